// draft: HTML attributes and a page's own style sheets, for the HTML reader (read_html.cc): a tag's
// attributes → (name, value) pairs; <style> rules → the classes the page hides (display:none).
#include "draft/html_style.h"

#include <cctype>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace pnc::draft::html {

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::vector<std::string> Words(std::string_view s) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && std::isspace(static_cast<unsigned char>(s[i]))) ++i;
    size_t j = i;
    while (j < s.size() && !std::isspace(static_cast<unsigned char>(s[j]))) ++j;
    if (j > i) out.emplace_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

std::vector<std::pair<std::string, std::string>> Attrs(std::string_view a) {
  std::vector<std::pair<std::string, std::string>> out;
  size_t i = 0;
  auto space = [&](size_t k) { return std::isspace(static_cast<unsigned char>(a[k])) || a[k] == '/'; };
  while (i < a.size()) {
    while (i < a.size() && space(i)) ++i;
    size_t j = i;
    while (j < a.size() && !space(j) && a[j] != '=') ++j;
    if (j == i) break;
    std::string key = Lower(a.substr(i, j - i));
    std::string value;
    i = j;
    while (i < a.size() && std::isspace(static_cast<unsigned char>(a[i]))) ++i;
    if (i < a.size() && a[i] == '=') {
      ++i;
      while (i < a.size() && std::isspace(static_cast<unsigned char>(a[i]))) ++i;
      char q = i < a.size() ? a[i] : 0;
      if (q == '"' || q == '\'') {
        size_t end = a.find(q, i + 1);
        if (end == std::string_view::npos) end = a.size();
        value = std::string(a.substr(i + 1, end - i - 1));
        i = end + 1;
      } else {
        size_t end = i;
        while (end < a.size() && !std::isspace(static_cast<unsigned char>(a[end]))) ++end;
        value = std::string(a.substr(i, end - i));
        i = end;
      }
    }
    out.emplace_back(std::move(key), std::move(value));
  }
  return out;
}

std::set<std::string> HiddenClasses(std::string_view html) {
  std::set<std::string> out;
  for (size_t at = html.find('<'); at != std::string_view::npos; at = html.find('<', at + 1)) {
    if (Lower(html.substr(at + 1, 5)) != "style") continue;
    size_t open = html.find('>', at);
    if (open == std::string_view::npos) break;
    size_t close = open;
    while ((close = html.find("</", close + 1)) != std::string_view::npos &&
           Lower(html.substr(close + 2, 5)) != "style") {
    }
    if (close == std::string_view::npos) close = html.size();
    std::string css;
    std::string_view sheet = html.substr(open + 1, close - open - 1);
    for (size_t i = 0; i < sheet.size(); ++i) {  // comments out, spaces kept
      if (sheet.compare(i, 2, "/*") == 0) {
        size_t end = sheet.find("*/", i + 2);
        i = end == std::string_view::npos ? sheet.size() : end + 1;
        continue;
      }
      css += sheet[i];
    }
    size_t i = 0;
    while (i < css.size()) {
      size_t brace = css.find('{', i);
      if (brace == std::string::npos) break;
      std::string selectors = css.substr(i, brace - i);
      size_t first = selectors.find_first_not_of(" \t\r\n}");
      if (first != std::string::npos && selectors[first] == '@') {  // skip the @-block whole
        int depth = 0;
        size_t k = brace;
        for (; k < css.size(); ++k) {
          if (css[k] == '{') ++depth;
          if (css[k] == '}' && --depth == 0) break;
        }
        i = k + 1;
        continue;
      }
      size_t end = css.find('}', brace);
      if (end == std::string::npos) end = css.size();
      std::string decl;
      for (char c : Lower(std::string_view(css).substr(brace + 1, end - brace - 1))) {
        if (!std::isspace(static_cast<unsigned char>(c))) decl += c;
      }
      if (decl.find("display:none") != std::string::npos) {
        size_t from = 0;
        while (from <= selectors.size()) {
          size_t comma = selectors.find(',', from);
          if (comma == std::string::npos) comma = selectors.size();
          auto words = Words(std::string_view(selectors).substr(from, comma - from));
          if (words.size() == 1 && words[0].size() > 1 && words[0][0] == '.' &&
              words[0].find_first_of(".:[>#", 1) == std::string::npos) {
            out.insert(words[0].substr(1));
          }
          from = comma + 1;
        }
      }
      i = end + 1;
    }
    at = close;
  }
  return out;
}
}  // namespace pnc::draft::html
