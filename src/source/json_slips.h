#pragma once
// source: the slips of a hand-edited source that a bare "unexpected character" would not explain
// (curly quotes, no-break spaces, a byte order mark inside the text, a missing comma), named with
// their fix for the JSON scanner's errors. Internal to the scanner.
#include <cstddef>
#include <string>
#include <string_view>

#include "source/json_locator.h"

namespace pnc::source {

/// The character at `pos` as an "unexpected …" message names it: "'x'", "end of file", "NUL byte",
/// "curly quote '”'", "no-break space (U+00A0)", or "character".
std::string DescribeAt(std::string_view t, size_t pos);

/// The fix for the character at `pos` when it is one of the slips above, or "".
std::string HintAt(std::string_view t, size_t pos);

/// "; is a ',' missing at the end of line N?" when the token at `pos` starts a line, else "".
std::string MissingCommaHint(std::string_view t, size_t pos);

/// The character at `pos` as an escape message quotes it: the whole character when it is valid
/// UTF-8 ("”"), its code when it cannot be seen or is not UTF-8 ("U+00A0", "byte 0xE2").
std::string EscapedCharacter(std::string_view t, size_t pos);

/// The curly quote (“ ” ‘ ’) at `pos`, or "".
std::string_view CurlyQuoteAt(std::string_view t, size_t pos);

/// The error for the curly quote at `pos`, found where `what` ("a key", "a value") is expected;
/// `top`: the file's first value, where only the source's '{' may stand.
ScanError CurlyQuoteError(std::string_view t, size_t pos, const std::string& what, bool top);

/// In a string's text t[begin, end), the curly double quote typed as its closing quote: the last
/// “ or ” followed only by spaces and , : } ] up to `end` (at least one of them when `followed`);
/// else the first “ or ” that a ':' ',' '}' or ']' follows (a key's curly close, its value after it).
/// npos when there is none.
size_t CurlyClose(std::string_view t, size_t begin, size_t end, bool followed);

/// The error for a string closed with the curly quote at `at`.
ScanError CurlyCloseError(std::string_view t, size_t at);

}  // namespace pnc::source
