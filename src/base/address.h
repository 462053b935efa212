#pragma once
// base: the host named by a web or e-mail address, the one reading of it that init (whose address is
// the regulator's), history (is it the same organisation) and source (is it a placeholder) share.
#include <string>
#include <string_view>

namespace pnc::base {

/// The part of `address` that names its host, as written: a URL's authority (after "://", and after
/// any "user@"), an e-mail address's part after '@', else the start of `address`; up to the first
/// '/', '?', '#', ':' (a port) or ']'.
/// "https://www.x.org:8080/a" → "www.x.org"; "info@x.org" → "x.org".
std::string_view HostPart(std::string_view address);

/// The site an address belongs to: its host part lowercased, without a leading "www."; "" when that
/// is not a domain (no '.', or a space in it). "https://WWW.Ico.org.uk/concerns/" and
/// "casework@ico.org.uk" are both "ico.org.uk".
std::string SiteOf(std::string_view address);

/// Whether `site` is `domain` or one of its subdomains ("cy.ico.org.uk" is on "ico.org.uk";
/// "notico.org.uk" is not). Both as SiteOf gives them.
bool OnDomain(std::string_view site, std::string_view domain);

}  // namespace pnc::base
