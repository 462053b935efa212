// init: StartingPoint + guide → source text. Every value is a placeholder the placeholder rule
// refuses, or a value read from the draft with its quote; every item that can carry "unconfirmed"
// does, and the yes/no answers that cannot ("automated_decisions": "none") stay commented out.
#include "init/source_writer.h"

#include <stdexcept>

#include "law/registry.h"

namespace pnc::init {
namespace {

using nlohmann::json;

// One member of an object or item of an array, with the comments printed before it.
struct Node {
  std::vector<std::string> comments;
  std::string key;     // "" in an array
  json scalar;         // set unless the node has children
  bool block = false;  // an object ({…}) or array ([…]) of children
  bool array = false;
  std::vector<Node> children;
  bool comment_only = false;  // comments alone (a commented-out member)
};

Node Scalar(std::string key, json value, std::vector<std::string> comments = {}) {
  Node n;
  n.key = std::move(key);
  n.scalar = std::move(value);
  n.comments = std::move(comments);
  return n;
}

Node Block(std::string key, bool array, std::vector<Node> children, std::vector<std::string> comments = {}) {
  Node n;
  n.key = std::move(key);
  n.block = true;
  n.array = array;
  n.children = std::move(children);
  n.comments = std::move(comments);
  return n;
}

Node CommentOnly(std::vector<std::string> comments) {
  Node n;
  n.comment_only = true;
  n.comments = std::move(comments);
  return n;
}

// A comment's text on one line: a draft sentence may hold no line break (it would end the comment).
std::string OneLine(std::string s) {
  // Invalid UTF-8 (a value cut mid-character) would make the whole source unreadable: replaced.
  s = json::parse(json(s).dump(-1, ' ', false, json::error_handler_t::replace)).get<std::string>();
  for (char& c : s) {
    if (c == '\n' || c == '\r') c = ' ';
  }
  return s;
}

// Wraps `text` into "// " lines of at most ~100 columns at `indent`.
void EmitComment(std::string& out, int indent, const std::string& text) {
  const size_t width = 100 > indent + 20 ? 100 - indent : 20;
  std::string rest = OneLine(text);
  while (!rest.empty()) {
    size_t cut = rest.size();
    if (cut > width) {
      cut = rest.rfind(' ', width);
      if (cut == std::string::npos || cut == 0) cut = rest.find(' ', width);
      if (cut == std::string::npos) cut = rest.size();
    }
    out += std::string(indent, ' ') + "// " + rest.substr(0, cut) + "\n";
    rest = cut < rest.size() ? rest.substr(cut + 1) : "";
  }
}

void Emit(std::string& out, const Node& n, int indent, bool last) {
  for (const auto& c : n.comments) EmitComment(out, indent, c);
  if (n.comment_only) return;
  std::string pad(indent, ' ');
  std::string head = pad + (n.key.empty() ? "" : json(n.key).dump() + ": ");
  if (!n.block) {
    out += head + n.scalar.dump(-1, ' ', false, json::error_handler_t::replace) + (last ? "" : ",") + "\n";
    return;
  }
  out += head + (n.array ? "[" : "{") + "\n";
  size_t last_real = n.children.size();
  for (size_t i = 0; i < n.children.size(); ++i) {
    if (!n.children[i].comment_only) last_real = i;
  }
  for (size_t i = 0; i < n.children.size(); ++i) Emit(out, n.children[i], indent + 2, i >= last_real);
  out += pad + (n.array ? "]" : "}") + (last ? "" : ",") + "\n";
}

// Guide text with {name} filled in.
class Guide {
 public:
  Guide(const json& g, std::string draft) : g_(g), draft_(std::move(draft)) {}
  std::string Text(const std::string& path, const std::map<std::string, std::string>& vars = {}) const {
    const json* at = &g_;
    size_t start = 0;
    while (true) {
      size_t dot = path.find('/', start);
      std::string part = path.substr(start, dot == std::string::npos ? std::string::npos : dot - start);
      if (!at->is_object() || !at->contains(part))
        throw std::runtime_error("data/init/guide.json has no '" + path + "'");
      at = &(*at)[part];
      if (dot == std::string::npos) break;
      start = dot + 1;
    }
    if (!at->is_string()) throw std::runtime_error("data/init/guide.json: '" + path + "' is not a string");
    std::string s = at->get<std::string>();
    auto fill = [&](const std::string& name, const std::string& value) {
      for (size_t p = 0; (p = s.find("{" + name + "}", p)) != std::string::npos; p += value.size()) {
        s.replace(p, name.size() + 2, value);
      }
    };
    for (const auto& [k, v] : vars) fill(k, v);
    fill("draft", draft_);
    return s;
  }
  std::vector<std::string> Lines(const std::string& key) const {
    std::vector<std::string> out;
    if (!g_.contains(key) || !g_[key].is_array())
      throw std::runtime_error("data/init/guide.json has no '" + key + "' list");
    for (const auto& l : g_[key]) {
      std::string s = l.get<std::string>();
      for (size_t p = 0; (p = s.find("{draft}", p)) != std::string::npos; p += draft_.size()) s.replace(p, 7, draft_);
      out.push_back(s);
    }
    return out;
  }

 private:
  const json& g_;
  std::string draft_;
};

std::string Place(const Quote& q) {
  return std::to_string(q.line) + (q.page > 0 ? " (page " + std::to_string(q.page) + ")" : "");
}

class Writer {
 public:
  Writer(const StartingPoint& sp, const json& guide) : sp_(sp), g_(guide, sp.draft), from_(!sp.draft.empty()) {}

  std::string Run() {
    std::string out;
    for (const auto& l : g_.Lines("header")) EmitComment(out, 0, l);
    if (from_) {
      for (const auto& l : g_.Lines("header_from")) EmitComment(out, 0, l);
    }
    Node root = Block("", false, {});
    root.children.push_back(Notice());
    root.children.push_back(Controller());
    root.children.push_back(Dpo());
    root.children.push_back(Items("data_subjects", "data_subject", "people", {}, {}));
    root.children.push_back(Items("sources", "source", "source", sp_.sources, {"source-of-data"}));
    root.children.push_back(Categories());
    root.children.push_back(Purposes());
    root.children.push_back(Items("recipients", "recipient", "recipient", sp_.recipients, {"recipients"}));
    root.children.push_back(Transfers());
    root.children.push_back(Retention());
    root.children.push_back(Automated());
    root.children.push_back(Block("rights", false, {Scalar("how_to_exercise", g_.Text("placeholders/how_to_exercise"))},
                                  Section("rights", {})));
    root.children.push_back(Complaints());
    Emit(out, root, 0, true);
    return out;
  }

 private:
  std::vector<std::string> Section(const std::string& key, const std::vector<std::string>& rules) {
    std::vector<std::string> c = {key + ": " + g_.Text("sections/" + key)};
    for (const auto& r : rules) {
      if (std::find(sp_.missing.begin(), sp_.missing.end(), r) == sp_.missing.end()) continue;
      const rules::RuleInfo* info = rules::FindRule(r);
      if (!info) continue;
      c.push_back(
          g_.Text("missing", {{"summary", std::string(info->summary)}, {"reference", std::string(info->reference)}}));
    }
    return c;
  }

  std::string QuoteText(const Quote& q) { return g_.Text("quote", {{"line", Place(q)}, {"text", q.text}}); }

  std::string Unconfirmed(const Quote* q) {
    return q ? g_.Text("unconfirmed/from", {{"line", Place(*q)}}) : g_.Text("unconfirmed/blank");
  }

  // A controller/dpo member: the carried value with its quote, or the placeholder (when given).
  void Member(std::vector<Node>& into, const std::string& key, const Carried& c, const std::string& placeholder) {
    if (c.found()) {
      into.push_back(Scalar(key, c.value, {QuoteText(c.quote)}));
    } else if (!placeholder.empty()) {
      into.push_back(Scalar(key, g_.Text("placeholders/" + placeholder)));
    }
  }

  // The draft's own date is the old notice's, not the date this one takes effect: it is shown beside
  // the placeholder, not carried as the value (user test s28 F6, s29 F5).
  Node LastUpdated() {
    std::vector<std::string> c;
    if (sp_.last_updated.found()) {
      c.push_back(g_.Text("dated", {{"date", sp_.last_updated.value}, {"line", Place(sp_.last_updated.quote)}}));
      c.push_back(QuoteText(sp_.last_updated.quote));
    }
    return Scalar("last_updated", g_.Text("placeholders/last_updated"), c);
  }

  Node Notice() {
    return Block("notice", false,
                 {Scalar("title", "Privacy notice"), Scalar("version", "1"), LastUpdated(),
                  Scalar("locales", json::array({"en"})), Scalar("audiences", json::array({"adult"}))},
                 Section("notice", {}));
  }

  Node Controller() {
    std::vector<Node> m;
    m.push_back(Scalar("unconfirmed", from_ ? g_.Text("unconfirmed/controller") : g_.Text("unconfirmed/blank")));
    Member(m, "name", sp_.name, "controller.name");
    Member(m, "address", sp_.address, "controller.address");
    Member(m, "email", sp_.email, "controller.email");
    Member(m, "phone", sp_.phone, "");
    Member(m, "website", sp_.website, "");
    Member(m, "charity_number", sp_.charity_number, "");
    Member(m, "company_number", sp_.company_number, "");
    Member(m, "ico_registration", sp_.ico_registration, "");
    return Block("controller", false, std::move(m),
                 Section("controller", {"controller-identity", "uk-representative"}));
  }

  Node Dpo() {
    std::vector<std::string> comments = Section("dpo", {"dpo-contact"});
    if (!sp_.dpo) {
      // Whether there is a DPO is the organisation's answer: the block stays out until given.
      comments.push_back("\"dpo\": {\"designated\": true, \"name\": \"…\", \"email\": \"…\"},");
      return CommentOnly(comments);
    }
    std::vector<Node> m;
    m.push_back(Scalar("unconfirmed", Unconfirmed(&sp_.dpo_quote)));
    m.push_back(Scalar("designated", sp_.dpo_designated, {QuoteText(sp_.dpo_quote)}));
    Member(m, "name", sp_.dpo_name, "");
    Member(m, "email", sp_.dpo_email, sp_.dpo_phone.found() ? "" : "dpo.email");
    Member(m, "phone", sp_.dpo_phone, "");
    return Block("dpo", false, std::move(m), comments);
  }

  // A list section: one unconfirmed item per carried value, or one placeholder item.
  Node Items(const std::string& key, const std::string& placeholder, const std::string& id_stem,
             const std::vector<Carried>& found, const std::vector<std::string>& rules) {
    std::vector<Node> items;
    for (size_t i = 0; i < found.size(); ++i) {
      items.push_back(Block("", false,
                            {Scalar("id", id_stem + "-" + std::to_string(i + 1)), Scalar("name", found[i].value),
                             Scalar("unconfirmed", Unconfirmed(&found[i].quote))},
                            {QuoteText(found[i].quote)}));
    }
    if (items.empty()) {
      items.push_back(Block("", false,
                            {Scalar("id", id_stem), Scalar("name", g_.Text("placeholders/" + placeholder)),
                             Scalar("unconfirmed", Unconfirmed(nullptr))}));
    }
    return Block(key, true, std::move(items), Section(key, rules));
  }

  Node Categories() {
    Node n = Items("data_categories", "data_category", "category", sp_.categories, {"categories-of-data"});
    for (auto [quotes, flag, what] : {std::tuple{&sp_.special, "special_category", "special"},
                                      std::tuple{&sp_.criminal, "criminal_offence", "criminal"}}) {
      if (quotes->empty()) continue;
      std::vector<std::string> c;
      for (const auto& q : *quotes) c.push_back(QuoteText(q));
      n.children.push_back(Block(
          "", false,
          {Scalar("id", std::string(what)), Scalar("name", g_.Text(std::string("placeholders/") + flag)),
           Scalar(flag, true),
           Scalar("unconfirmed", g_.Text(std::string("unconfirmed/") + what, {{"line", Place(quotes->front())}}))},
          c));
    }
    return n;
  }

  Node Purposes() {
    Node n = Items("purposes", "purpose", "purpose", sp_.purposes,
                   {"purposes", "lawful-basis", "legitimate-interests", "recognised-legitimate-interest",
                    "special-category-condition", "criminal-offence-condition", "statutory-requirement"});
    if (from_) {
      if (sp_.bases.empty()) {
        n.comments.push_back(g_.Text("bases_none"));
      } else {
        n.comments.push_back(g_.Text("bases_found"));
        for (const auto& b : sp_.bases) n.comments.push_back("  " + b.value + ": " + QuoteText(b.quote));
      }
    }
    n.comments.push_back(g_.Text("links"));
    for (auto& item : n.children) {
      item.children.insert(item.children.end() - 1,
                           {Scalar("data_subjects", json::array({"people"})), Scalar("data_categories", json::array()),
                            Scalar("lawful_bases", json::array())});
    }
    return n;
  }

  Node Transfers() {
    std::vector<std::string> c = Section("transfers", {"international-transfers"});
    for (const auto& q : sp_.transfers) c.push_back(QuoteText(q));
    if (sp_.transfers_none.found()) {
      c.push_back(QuoteText(sp_.transfers_none.quote));
      return Block("transfers", false,
                   {Scalar("destinations", "none"), Scalar("unconfirmed", Unconfirmed(&sp_.transfers_none.quote))}, c);
    }
    return Block(
        "transfers", false,
        {Block("destinations", true, {Block("", false, {Scalar("destination", g_.Text("placeholders/destination"))})}),
         Scalar("unconfirmed", Unconfirmed(nullptr))},
        c);
  }

  Node Retention() {
    std::vector<Node> records;
    for (size_t i = 0; i < sp_.retention.size(); ++i) {
      const Carried& r = sp_.retention[i];
      records.push_back(
          Block("", false,
                {Scalar("id", "record-" + std::to_string(i + 1)), Scalar("name", g_.Text("placeholders/record")),
                 Scalar("criteria", r.value), Scalar("unconfirmed", Unconfirmed(&r.quote))},
                {QuoteText(r.quote)}));
    }
    if (records.empty()) {
      records.push_back(
          Block("", false,
                {Scalar("id", "record"), Scalar("name", g_.Text("placeholders/record")),
                 Scalar("period", g_.Text("placeholders/period")), Scalar("unconfirmed", Unconfirmed(nullptr))}));
    }
    return Block("retention", false,
                 {Block("records", true, std::move(records)),
                  Scalar("unconfirmed", from_ && !sp_.retention.empty() ? Unconfirmed(&sp_.retention.front().quote)
                                                                        : Unconfirmed(nullptr))},
                 Section("retention", {"retention"}));
  }

  Node Automated() {
    std::vector<std::string> c = Section("automated_decisions", {"automated-decisions"});
    if (sp_.adm_none.found()) {
      c.push_back(QuoteText(sp_.adm_none.quote));
      c.push_back(g_.Text("adm_none"));
    }
    c.push_back("\"automated_decisions\": \"none\",");
    return CommentOnly(c);
  }

  Node Complaints() {
    std::vector<std::string> c = Section("complaints", {"right-complain-controller"});
    if (sp_.complaints_email.found()) {
      c.push_back(g_.Text("complaints_found",
                          {{"line", Place(sp_.complaints_email.quote)}, {"value", sp_.complaints_email.value}}));
    } else if (!sp_.complaints_quote.text.empty()) {
      c.push_back(QuoteText(sp_.complaints_quote));
    }
    return Block("complaints", false, {Scalar("email", g_.Text("placeholders/complaints.email"))}, c);
  }

  const StartingPoint& sp_;
  Guide g_;
  bool from_;
};

}  // namespace

std::string WriteSource(const StartingPoint& sp, const json& guide, std::string* error) {
  try {
    return Writer(sp, guide).Run();
  } catch (const std::exception& e) {
    *error = e.what();
    return "";
  }
}

}  // namespace pnc::init
