// notice: source text and catalogue entries → blocks; the one place locale fallback is decided.
#include "notice/writer.h"

#include "markdown/markdown.h"

namespace pnc::notice {

std::string Writer::Escape(const std::string& value) {
  std::string out;
  for (char c : value) {
    if (std::string_view("\\`*_{}[]()<>#+-.!|~&").find(c) != std::string_view::npos) out.push_back('\\');
    out.push_back(c);
  }
  return out;
}

// Catalogue keys whose law changed are looked up by the notice's date (data/law.json "dated_text"),
// so an older notice never states a provision that was not yet in force.
namespace {
std::string LawDate(const source::Model& m) { return m.notice.date.empty() ? "9999-12-31" : m.notice.date; }
}  // namespace

std::string Writer::T(const std::string& key, const std::map<std::string, std::string>& args) const {
  return in_.catalogue.Format(in_.law.TextKey(key, LawDate(model())), args);
}

Inlines Writer::I(const std::string& key, const std::map<std::string, std::string>& args) const {
  std::map<std::string, std::string> escaped;
  for (const auto& [k, v] : args) escaped[k] = Escape(v);
  std::vector<markdown::Issue> issues;  // catalogue text is pnc's own; its Markdown is trusted
  return markdown::ToInlines(in_.catalogue.Format(in_.law.TextKey(key, LawDate(model())), escaped), &issues);
}

Block Writer::P(const std::string& key, const std::map<std::string, std::string>& args) const {
  return Para(I(key, args), "catalogue:" + key);
}

const source::Translation* Writer::Pick(const source::Text& text) const {
  if (const auto* t = text.Get(locale())) return t;
  return text.Get(model().default_locale());
}

std::string Writer::LangOf(const source::Text& text) const {
  return text.Get(locale()) ? "" : model().default_locale();
}

std::vector<Block> Writer::Blocks(const source::Text& text) const {
  const source::Translation* t = Pick(text);
  if (t == nullptr) return {};
  std::vector<markdown::Issue> issues;
  auto blocks = markdown::ToBlocks(t->text, &issues);
  for (const auto& issue : issues) {
    sink_->Add(diag::Make(diag::Severity::kWarning, model().file, t->pointer, issue.message, "unsafe-markdown"));
  }
  std::string lang = LangOf(text);
  for (auto& b : blocks) {
    b.lang = lang;
    b.origin = t->pointer;
  }
  return blocks;
}

Inlines Writer::Inline(const source::Text& text) const {
  const source::Translation* t = Pick(text);
  if (t == nullptr) return {};
  std::vector<markdown::Issue> issues;
  auto out = markdown::ToInlines(t->text, &issues);
  for (const auto& issue : issues) {
    sink_->Add(diag::Make(diag::Severity::kWarning, model().file, t->pointer, issue.message, "unsafe-markdown"));
  }
  return out;
}

std::string Writer::Plain(const source::Text& text) const {
  return markdown::PlainText(Inline(text));
}

std::string Writer::RegulatorDate() const {
  if (!in_.as_of.empty()) return in_.as_of;
  return model().notice.date.empty() ? "9999-12-31" : model().notice.date;
}

const rules::Regulator* Writer::Regulator() const { return law().RegulatorOn(RegulatorDate()); }

std::string Writer::Localised(const nlohmann::json& by_locale) const {
  if (by_locale.contains(locale())) return by_locale[locale()].get<std::string>();
  return by_locale.value("en", "");
}

std::string Writer::TelHref(const std::string& phone) {
  std::string tel = "tel:";
  for (char ch : phone) {
    if (std::isdigit(static_cast<unsigned char>(ch)) || ch == '+') tel.push_back(ch);
  }
  return tel;
}

std::vector<Field> Writer::ContactFields(const source::Contact& c) const {
  std::vector<Field> f;
  if (c.address.present()) f.push_back(F(T("contact.address"), Inline(c.address)));
  if (!c.email.empty()) f.push_back(F(T("contact.email"), {Link("mailto:" + c.email, c.email)}));
  if (!c.phone.empty()) {
    f.push_back(F(T("contact.phone"), {Link(TelHref(c.phone), c.phone)}));
  }
  if (!c.website.empty()) {
    std::string href = c.website.rfind("http", 0) == 0 ? c.website : "https://" + c.website;
    f.push_back(F(T("contact.website"), {markdown::IsSafeHref(href) ? Link(href, c.website) : Txt(c.website)[0]}));
  }
  return f;
}

void SetLabels(const Writer& w, NoticeDoc* doc) {
  for (const char* key : {"contents", "page-of", "version", "last-updated", "skip-link", "languages", "summary",
                          "top-link"}) {
    doc->labels[key] = w.T(std::string("label.") + key);
  }
  for (const auto& s : doc->sections) {
    if (!s.icon.empty()) doc->labels["icon." + s.icon] = w.T("child.icon." + s.icon);
  }
}

Inlines Txt(std::string text) { return {notice::Inline{InlineKind::kText, std::move(text), "", {}}}; }

Inline Link(std::string href, std::string text) {
  return {InlineKind::kLink, "", std::move(href), Txt(std::move(text))};
}

Block Para(Inlines inlines, std::string origin) {
  Block b;
  b.inlines = std::move(inlines);
  b.origin = std::move(origin);
  return b;
}

Block Bullets(std::vector<Inlines> items) {
  Block b;
  b.kind = BlockKind::kBulletList;
  for (auto& i : items) b.items.push_back({Para(std::move(i))});
  return b;
}

Block Fields(std::vector<Field> fields, std::string role) {
  Block b;
  b.kind = BlockKind::kFields;
  b.fields = std::move(fields);
  b.role = std::move(role);
  return b;
}

}  // namespace pnc::notice
