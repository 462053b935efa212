// locale: catalogue JSON → lookups, placeholder substitution, list joining and dates.
#include "locale/catalogue.h"

namespace pnc::locale {

std::string Catalogue::Parse(const std::string& code, const nlohmann::json& json) {
  try {
    code_ = code;
    const auto& meta = json.at("meta");
    name_ = meta.at("name").get<std::string>();
    dir_ = meta.value("dir", "ltr");
    if (dir_ != "ltr" && dir_ != "rtl") return "meta.dir must be \"ltr\" or \"rtl\"";
    const auto& review = meta.at("review");
    review_ = {review.at("status").get<std::string>(), review.value("by", ""), review.value("date", "")};
    for (auto it = json.at("messages").begin(); it != json.at("messages").end(); ++it) {
      messages_[it.key()] = it->get<std::string>();
    }
    if (json.contains("conditions")) {
      for (auto it = json.at("conditions").begin(); it != json.at("conditions").end(); ++it) {
        if (it.key().rfind("$", 0) == 0) continue;  // "$comment"
        conditions_[it.key()] = it->get<std::string>();
      }
    }
    if (json.contains("fixed")) {
      for (auto it = json.at("fixed").begin(); it != json.at("fixed").end(); ++it) {
        if (it.key().rfind("$", 0) == 0) continue;
        fixed_[it.key()] = {it->at("why").get<std::string>(), it->at("instead").get<std::string>()};
      }
    }
  } catch (const nlohmann::json::exception& e) {
    return e.what();
  }
  return "";
}

const FixedKey* Catalogue::Fixed(const std::string& key) const {
  std::string k = key.substr(0, key.find('@'));
  if (auto it = fixed_.find(k); it != fixed_.end()) return &it->second;
  for (size_t dot = k.rfind('.'); dot != std::string::npos && dot > 0; dot = k.rfind('.', dot - 1)) {
    if (auto it = fixed_.find(k.substr(0, dot) + ".*"); it != fixed_.end()) return &it->second;
  }
  return nullptr;
}

std::string Catalogue::Get(const std::string& key) const {
  auto it = messages_.find(key);
  if (it != messages_.end()) return it->second;
  std::lock_guard<std::mutex> lock(missing_mutex_);
  missing_.insert(key);
  return "[" + key + "]";
}

std::string Catalogue::Condition(const std::string& key) const {
  std::string k = key.substr(0, key.find('@'));
  if (auto it = conditions_.find(k); it != conditions_.end()) return it->second;
  for (size_t dot = k.rfind('.'); dot != std::string::npos && dot > 0; dot = k.rfind('.', dot - 1)) {
    if (auto it = conditions_.find(k.substr(0, dot) + ".*"); it != conditions_.end()) return it->second;
  }
  return "";
}

std::set<std::string> Catalogue::Missing() const {
  std::lock_guard<std::mutex> lock(missing_mutex_);
  return missing_;
}

std::string Catalogue::Format(const std::string& key, const std::map<std::string, std::string>& args) const {
  return Substitute(Get(key), args);
}

std::string Substitute(const std::string& pattern, const std::map<std::string, std::string>& args) {
  std::string out;
  size_t i = 0;
  while (i < pattern.size()) {
    size_t open = pattern.find('{', i);
    if (open == std::string::npos) break;
    size_t close = pattern.find('}', open);
    if (close == std::string::npos) break;
    out.append(pattern, i, open - i);
    auto it = args.find(pattern.substr(open + 1, close - open - 1));
    out += it == args.end() ? pattern.substr(open, close - open + 1) : it->second;
    i = close + 1;
  }
  out.append(pattern, i, std::string::npos);
  return out;
}

std::set<std::string> Placeholders(const std::string& pattern) {
  std::set<std::string> names;
  size_t i = 0;
  while ((i = pattern.find('{', i)) != std::string::npos) {
    size_t close = pattern.find('}', i);
    if (close == std::string::npos) break;
    names.insert(pattern.substr(i + 1, close - i - 1));
    i = close + 1;
  }
  return names;
}

std::string Catalogue::JoinList(const std::vector<std::string>& items) const {
  if (items.empty()) return "";
  if (items.size() == 1) return items[0];
  std::string head = items[0];
  for (size_t i = 1; i + 1 < items.size(); ++i) head = Format("list.more", {{"head", head}, {"item", items[i]}});
  return Format(LastKey(items.back()), {{"head", head}, {"item", items.back()}});
}

const char* Catalogue::LastKey(const std::string& item) {
  // Vowels as Welsh counts them (w and y too), with their circumflex, acute, grave and diaeresis
  // forms. Only which key is used depends on this; each catalogue says what the key reads.
  static const std::vector<std::string> kVowels = {
      "a", "e", "i", "o", "u", "w", "y", "A", "E", "I", "O", "U", "W", "Y", "â", "ê", "î", "ô",
      "û", "ŵ", "ŷ", "Â", "Ê", "Î", "Ô", "Û", "Ŵ", "Ŷ", "á", "é", "í", "ó", "ú", "ẃ", "ý", "Á",
      "É", "Í", "Ó", "Ú", "Ẃ", "Ý", "à", "è", "ì", "ò", "ù", "ẁ", "ỳ", "À", "È", "Ì", "Ò", "Ù",
      "Ẁ", "Ỳ", "ä", "ë", "ï", "ö", "ü", "ẅ", "ÿ", "Ä", "Ë", "Ï", "Ö", "Ü", "Ẅ", "Ÿ"};
  for (const auto& v : kVowels) {
    if (item.compare(0, v.size(), v) == 0) return "list.last-vowel";
  }
  return "list.last";
}

std::string Catalogue::FormatDate(const std::string& iso) const {
  if (iso.size() != 10) return iso;
  int month = std::stoi(iso.substr(5, 2));
  int day = std::stoi(iso.substr(8, 2));
  return Format("date.long", {{"day", std::to_string(day)},
                              {"month", Get("date.month." + std::to_string(month))},
                              {"year", iso.substr(0, 4)}});
}

}  // namespace pnc::locale
