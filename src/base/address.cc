// base: web and e-mail addresses → their host and site (see address.h).
#include "base/address.h"

namespace pnc::base {

std::string_view HostPart(std::string_view address) {
  if (size_t scheme = address.find("://"); scheme != std::string_view::npos) {
    // A URL's host is in its authority: "https://mastodon.social/@pnc" is on mastodon.social, and
    // "https://user@x.org/" on x.org.
    address.remove_prefix(scheme + 3);
    address = address.substr(0, address.find_first_of("/?#"));
  }
  if (size_t at = address.rfind('@'); at != std::string_view::npos) address.remove_prefix(at + 1);
  return address.substr(0, address.find_first_of("/?#:]"));
}

std::string SiteOf(std::string_view address) {
  std::string site(HostPart(address));
  for (char& c : site) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  if (site.rfind("www.", 0) == 0) site.erase(0, 4);
  return site.find('.') == std::string::npos || site.find(' ') != std::string::npos ? "" : site;
}

bool OnDomain(std::string_view site, std::string_view domain) {
  if (site.empty() || domain.empty() || site.size() < domain.size()) return false;
  if (site.compare(site.size() - domain.size(), domain.size(), domain) != 0) return false;
  return site.size() == domain.size() || site[site.size() - domain.size() - 1] == '.';
}

}  // namespace pnc::base
