// notice: names → running text ("a, b and c", as the language joins them) or, for a long list
// (IsLongList), a lead-in and one item per line; each stamped with its origin like all Writer text.
#include "notice/writer.h"

namespace pnc::notice {

std::string Writer::Join(const std::vector<std::string>& items) const {
  // The catalogue's join, with the source's `wording` of the list.* keys and its names kept whole.
  // An item left in the default locale's words (--allow-fallback) is read with that language's
  // conjunctions too: "Parents and carers" in a Welsh list still needs the pause before the last "a".
  const locale::Catalogue* other = in_.fallback != &cat() ? in_.fallback : nullptr;
  return cat().JoinList(
      items, [this](const std::string& key, const std::map<std::string, std::string>& args) { return T(key, args); },
      [this](const std::string& item) { return names_.count(item) > 0; },
      [this, other](const std::string& item) {
        return cat().HoldsConjunction(item) || (other && fallback_.count(item) && other->HoldsConjunction(item));
      });
}

bool IsLongList(const std::vector<std::string>& items) {
  if (items.size() >= kListItems) return true;
  if (items.size() >= 3) {
    for (const auto& item : items) {
      if (item.find(',') != std::string::npos) return true;
    }
  }
  size_t words = 0;
  for (const auto& item : items) {
    bool in_word = false;
    for (char c : item) {
      const bool space = c == ' ' || c == '\n' || c == '\t';
      if (!space && !in_word) ++words;
      in_word = !space;
    }
  }
  return words > kListWords;
}

Field Writer::ListField(const std::string& label_key, const std::vector<const source::Text*>& names,
                        const std::string& because, const std::string& fact) const {
  std::vector<std::string> plain;
  for (const source::Text* t : names) plain.push_back(Plain(*t));
  if (!IsLongList(plain)) return F(label_key, Joined(plain, because, fact));
  Field f = F(label_key, {});
  for (const source::Text* t : names) {
    f.items.push_back(Inline(*t));
    f.item_langs.push_back(LangOf(*t));
  }
  return f;
}

std::vector<Block> Writer::ListBlocks(const std::string& key, const std::string& placeholder,
                                      const std::vector<const source::Text*>& names, const std::string& fact,
                                      const std::vector<std::string>& facts) const {
  std::vector<std::string> plain;
  for (const source::Text* t : names) plain.push_back(Plain(*t));
  if (!IsLongList(plain)) return {P(key, {{placeholder, Join(plain)}}, fact, facts)};
  // The label says what the sentence would have said before the list; it follows the same fact.
  Field f{T(key + "-list"), {}, Cat(key + "-list", fact, facts), {}, {}, false};
  for (const source::Text* t : names) {
    f.items.push_back(Inline(*t));
    f.item_langs.push_back(LangOf(*t));
  }
  return {Fields({std::move(f)})};
}

std::vector<Block> Writer::ListSentence(const std::string& key, const std::string& placeholder,
                                        const std::vector<const source::Text*>& texts, const std::string& fact,
                                        const std::vector<std::string>& facts) const {
  std::vector<std::string> names, langs;
  for (const source::Text* t : texts) {
    names.push_back(Plain(*t));
    langs.push_back(LangOf(*t));  // a name with no translation is marked as the language it is in
  }
  return ListSentence(key, placeholder, names, langs, fact, facts);
}

std::vector<Block> Writer::ListSentence(const std::string& key, const std::string& placeholder,
                                        const std::vector<std::string>& names, const std::vector<std::string>& langs,
                                        const std::string& fact, const std::vector<std::string>& facts) const {
  if (!IsLongList(names)) return {P(key, {{placeholder, Join(names)}}, fact, facts)};
  std::vector<Inlines> items;
  const int origin = Derived("one of the names the sentence '" + key + "' lists", fact, facts);
  for (const auto& name : names) items.push_back(Text(name, origin));
  return {P(key + "-list", {}, fact, facts), Bullets(std::move(items), langs)};
}

Inlines Writer::Joined(const std::vector<std::string>& names, const std::string& because,
                       const std::string& fact) const {
  return Text(Join(names), Derived(because, fact));
}

}  // namespace pnc::notice
