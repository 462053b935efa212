// base: addresses → host and site: the one reading that init, history and placeholders share.
#include <doctest/doctest.h>

#include "base/address.h"

namespace pnc::base {
namespace {

TEST_CASE("address: the host part of e-mail addresses, URLs and bare domains") {
  CHECK(HostPart("info@x.org") == "x.org");
  CHECK(HostPart("https://www.x.org:8080/a?b#c") == "www.x.org");
  CHECK(HostPart("www.x.org/about") == "www.x.org");
  CHECK(HostPart("mailto:info@x.org") == "x.org");
  // '@' in a URL's path is not an address: the host is the authority's.
  CHECK(HostPart("https://mastodon.social/@pnc") == "mastodon.social");
  CHECK(HostPart("https://user@x.org/") == "x.org");
  CHECK(HostPart("") == "");
}

TEST_CASE("address: the site is lowercased, without www., and only a domain") {
  CHECK(SiteOf("https://WWW.Ico.org.uk/concerns/") == "ico.org.uk");
  CHECK(SiteOf("casework@ico.org.uk") == "ico.org.uk");
  CHECK(SiteOf("http://x.org") == SiteOf("https://www.x.org/about"));
  CHECK(SiteOf("localhost") == "");
  CHECK(SiteOf("not an address.") == "");
  CHECK(SiteOf("") == "");
}

TEST_CASE("address: a site is on a domain when it is that domain or a subdomain of it") {
  CHECK(OnDomain("ico.org.uk", "ico.org.uk"));
  CHECK(OnDomain("cy.ico.org.uk", "ico.org.uk"));
  CHECK_FALSE(OnDomain("notico.org.uk", "ico.org.uk"));
  CHECK_FALSE(OnDomain("org.uk", "ico.org.uk"));
  CHECK_FALSE(OnDomain("ico.org.uk", ""));
  CHECK_FALSE(OnDomain("", "ico.org.uk"));
}

}  // namespace
}  // namespace pnc::base
