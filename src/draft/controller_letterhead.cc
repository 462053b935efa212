// draft: the organisation's name on a letterhead, footer or signature line. Sentence → whether it is
// a name followed by its own postal address ("Acme Chapel, 4 Fore Street, Porthcarrow TR19 6AB"), at
// the top or the foot of the notice: how a leaflet or a letter says whose it is without "we are".
#include <cctype>
#include <string>

#include "draft/contact_scan.h"
#include "draft/elements.h"

namespace pnc::draft {

bool LetterheadName(const Matcher& m, int s) {
  const auto& sents = m.doc().sentences;
  const int n = static_cast<int>(sents.size());
  const Sentence& sen = sents[s];
  // Only the first two or last three lines: a name with an address in the body is a recipient, a
  // source or a venue ("Send forms to the Parish Office, 1 Church Lane …").
  if (s > 1 && s < n - 3) return false;
  if (sen.list_item || sen.joined || sen.table_row || sen.text.size() > 200 || !HasPostcode(sen.text)) return false;
  if (RegulatorDetails(m, s)) return false;
  // The name: the capitalised (and joining) words the line opens with, up to its first comma.
  std::string t = sen.text;
  while (!t.empty() && (t[0] == '*' || t[0] == '_')) t.erase(0, 1);
  size_t comma = t.find(", ");
  if (comma == std::string::npos || comma > 80) return false;
  std::string name = t.substr(0, comma);
  if (name.empty() || !std::isupper(static_cast<unsigned char>(name[0])) || !OnlyName(name)) return false;
  // A street or a place alone is an address, not a name: the name is of an organisation's kind, or
  // of two or more words that are not a notice's title words.
  const auto tok = Tokenize(name);
  if (std::isdigit(static_cast<unsigned char>(name[0])) || tok.empty()) return false;
  return m.Matches(tok, "controller.kind") || NameWords(name) >= 3;
}

}  // namespace pnc::draft
