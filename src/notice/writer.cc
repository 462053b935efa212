// notice: source text and catalogue entries → blocks; the one place locale fallback and wording
// overrides are decided, and where every piece of text gets its origin.
#include "notice/writer.h"

#include "markdown/markdown.h"

namespace pnc::notice {

Writer::Writer(const BuildInput& in, NoticeDoc* doc, diag::Sink* sink)
    : in_(in), doc_(doc), sink_(sink), scope_(source::ComputeScope(in.model, in.band)) {}

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

void Writer::Stamp(Inlines* inlines, int origin) {
  for (auto& in : *inlines) {
    if (in.origin < 0) in.origin = origin;
    Stamp(&in.children, origin);
  }
}

int Writer::Add(Origin o) const {
  std::string k = std::to_string(static_cast<int>(o.kind)) + '\x1f' + o.pointer + '\x1f' + o.key + '\x1f' + o.because;
  for (const auto& f : o.facts) k += '\x1f' + f;
  auto [it, fresh] = seen_.emplace(k, static_cast<int>(doc_->origins.size()));
  if (fresh) doc_->origins.push_back(std::move(o));
  return it->second;
}

int Writer::Src(const std::string& pointer) const {
  Origin o;
  o.kind = Origin::Kind::kSource;
  o.pointer = pointer;
  return Add(std::move(o));
}

int Writer::Cat(const std::string& key, const std::string& fact, const std::vector<std::string>& facts) const {
  Origin o;
  o.kind = Origin::Kind::kCatalogue;
  o.key = key;
  o.pointer = fact;
  o.facts = facts;
  o.because = (in_.english ? *in_.english : in_.catalogue).Condition(key);
  if (!o.because.empty() && fact.empty()) {
    // A sentence that states a fact about the organisation needs the fact: printing it without one
    // is a pnc bug, never the source's fault.
    sink_->Add(diag::Make(diag::Severity::kError, model().file, "",
                          "internal error: catalogue text '" + key + "' (" + o.because +
                              ") was printed without the source fact that supports it",
                          "internal"));
  }
  if (const source::Translation* t = Override(key)) {
    o.kind = Origin::Kind::kSource;
    o.overridden = true;
    if (!fact.empty()) o.facts.insert(o.facts.begin(), fact);
    o.pointer = t->pointer;
  }
  return Add(std::move(o));
}

int Writer::Reg(const std::string& entry) const {
  Origin o;
  o.kind = Origin::Kind::kRegulator;
  const rules::Regulator* reg = Regulator();
  o.key = "data/regulator.json (from " + (reg ? reg->valid_from : std::string("?")) + "): " + entry;
  return Add(std::move(o));
}

int Writer::Data(const std::string& entry) const {
  Origin o;
  o.kind = Origin::Kind::kData;
  o.key = entry;
  return Add(std::move(o));
}

int Writer::Derived(const std::string& because, const std::string& fact, const std::vector<std::string>& facts) const {
  Origin o;
  o.kind = Origin::Kind::kDerived;
  o.because = because;
  o.pointer = fact;
  o.facts = facts;
  return Add(std::move(o));
}

const source::Translation* Writer::Override(const std::string& key) const {
  for (const auto& w : model().wording) {
    if (w.key != key) continue;
    if (const auto* t = w.text.Get(locale())) return t;
    return w.text.Get(model().default_locale());
  }
  return nullptr;
}

std::string Writer::Banded(const std::string& key) const {
  if (in_.band.empty()) return key;
  std::string banded = key + "@" + in_.band;
  if (Override(banded)) return banded;
  if (Override(key)) return key;
  return cat().Has(banded) ? banded : key;
}

// What safe mode removed from the source's Markdown. Tags alone are a warning; text that would go
// with them is an error, so a notice is never published silently missing a paragraph (user test s30
// F3: a CMS paste "<p>Only trained staff…</p>" left "How we keep it safe" empty).
void Writer::ReportMarkdown(const std::vector<markdown::Issue>& issues, const std::string& pointer) const {
  for (const auto& issue : issues) {
    auto d = diag::Make(issue.lost_text ? diag::Severity::kError : diag::Severity::kWarning, model().file, pointer,
                        issue.message, "unsafe-markdown");
    if (issue.lost_text) {
      d.hints = {
          "pnc publishes no HTML: delete the tags (<p>, <div>, <br>) and keep the words, as plain text "
          "or Markdown (a blank line between paragraphs, \"- \" for a list item)"};
    }
    sink_->Add(std::move(d));
  }
}

std::string Writer::T(const std::string& key, const std::map<std::string, std::string>& args) const {
  if (const source::Translation* t = Override(key)) {
    std::vector<markdown::Issue> issues;
    return locale::Substitute(markdown::PlainText(markdown::ToInlines(t->text, &issues)), args);
  }
  return in_.catalogue.Format(in_.law.TextKey(key, LawDate(model())), args);
}

Inlines Writer::I(const std::string& key, const std::map<std::string, std::string>& args, const std::string& fact,
                  const std::vector<std::string>& facts) const {
  std::map<std::string, std::string> escaped;
  for (const auto& [k, v] : args) escaped[k] = Escape(v);
  std::vector<markdown::Issue> issues;
  Inlines out;
  if (const source::Translation* t = Override(key)) {
    // The override is the source's own Markdown: what safe mode removes is reported.
    out = markdown::ToInlines(locale::Substitute(t->text, escaped), &issues);
    ReportMarkdown(issues, t->pointer);
    Stamp(&out, Cat(key, fact, facts));
  } else {
    const std::string& dated = in_.law.TextKey(key, LawDate(model()));
    out = markdown::ToInlines(in_.catalogue.Format(dated, escaped), &issues);  // pnc's own Markdown: trusted
    Stamp(&out, Cat(dated, fact, facts));
  }
  return out;
}

Block Writer::P(const std::string& key, const std::map<std::string, std::string>& args, const std::string& fact,
                const std::vector<std::string>& facts) const {
  Block b = Para(I(key, args, fact, facts), "catalogue:" + key);
  for (const auto& w : model().wording) {
    if (w.key == key && !w.text.Get(locale())) b.lang = model().default_locale();  // an untranslated override
  }
  b.origin_id = b.inlines.empty() ? -1 : b.inlines.front().origin;
  return b;
}

const source::Translation* Writer::Pick(const source::Text& text) const {
  if (const auto* t = text.Get(locale())) return t;
  return text.Get(model().default_locale());
}

namespace {

void StampBlocks(std::vector<Block>* blocks, int origin) {
  for (auto& b : *blocks) {
    b.origin_id = origin;
    Writer::Stamp(&b.inlines, origin);
    for (auto& item : b.items) StampBlocks(&item, origin);
    for (auto& cell : b.table.header) Writer::Stamp(&cell, origin);
    for (auto& row : b.table.rows) {
      for (auto& cell : row) Writer::Stamp(&cell, origin);
    }
    for (auto& f : b.fields) {
      f.label_origin = origin;
      Writer::Stamp(&f.value, origin);
      for (auto& item : f.items) Writer::Stamp(&item, origin);
    }
  }
}

}  // namespace

std::vector<Block> Writer::Blocks(const source::Text& text) const {
  const source::Translation* t = Pick(text);
  if (t == nullptr) return {};
  std::vector<markdown::Issue> issues;
  auto blocks = markdown::ToBlocks(t->text, &issues);
  ReportMarkdown(issues, t->pointer);
  std::string lang = LangOf(text);
  for (auto& b : blocks) {
    b.lang = lang;
    b.origin = t->pointer;
  }
  StampBlocks(&blocks, Src(t->pointer));
  return blocks;
}

Inlines Writer::Inline(const source::Text& text) const {
  const source::Translation* t = Pick(text);
  if (t == nullptr) return {};
  std::vector<markdown::Issue> issues;
  auto out = markdown::ToInlines(t->text, &issues);
  ReportMarkdown(issues, t->pointer);
  Stamp(&out, Src(t->pointer));
  return InLang(std::move(out), LangOf(text));  // a fallback or a name in its own language keeps its lang
}

std::string Writer::Plain(const source::Text& text) const {
  std::string plain = markdown::PlainText(Inline(text));
  if (IsName(text)) names_.insert(plain);
  if (text.present() && !text.proper_name && !LangOf(text).empty()) fallback_.insert(plain);
  if (std::string lang = LangOf(text); !lang.empty() && !plain.empty()) langs_[plain] = std::move(lang);
  return plain;
}

bool Writer::IsName(const source::Text& text) const {
  if (!text.present()) return false;
  if (text.proper_name || !LangOf(text).empty()) return true;
  if (text.by_locale.size() < 2) return false;
  const std::string& first = text.by_locale.begin()->second.text;
  for (const auto& [code, t] : text.by_locale) {
    if (t.text != first) return false;
  }
  return true;
}

std::string Writer::RegulatorDate() const {
  if (!in_.as_of.empty()) return in_.as_of;
  return model().notice.date.empty() ? "9999-12-31" : model().notice.date;
}

Inlines Writer::Text(std::string text, int origin) {
  Inlines out = Txt(std::move(text));
  Stamp(&out, origin);
  return out;
}

Field Writer::F(const std::string& label_key, Inlines value) const {
  Field f{T(label_key), std::move(value), -1, {}, {}, false};
  f.label_origin = Cat(label_key);
  return f;
}

std::string Writer::Date(const std::string& iso) const {
  if (iso.size() != 10) return iso;
  int month = std::stoi(iso.substr(5, 2));
  int day = std::stoi(iso.substr(8, 2));
  return T(
      "date.long",
      {{"day", std::to_string(day)}, {"month", T("date.month." + std::to_string(month))}, {"year", iso.substr(0, 4)}});
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

std::vector<Field> Writer::ContactFields(const source::Contact& c, bool who) const {
  std::vector<Field> f;
  const std::string& at = c.pointer;
  if (who && c.name.present()) f.push_back(F("contact.name", Inline(c.name)));
  if (who && c.role.present()) f.push_back(F("contact.role", Inline(c.role)));
  if (c.address.present()) f.push_back(F("contact.address", Inline(c.address)));
  if (!c.email.empty()) f.push_back(F("contact.email", {Link("mailto:" + c.email, c.email, Src(at + "/email"))}));
  if (!c.phone.empty()) f.push_back(F("contact.phone", {Link(TelHref(c.phone), c.phone, Src(at + "/phone"))}));
  if (!c.website.empty()) {
    std::string href = c.website.rfind("http", 0) == 0 ? c.website : "https://" + c.website;
    int o = Src(at + "/website");
    f.push_back(F("contact.website", {markdown::IsSafeHref(href) ? Link(href, c.website, o) : Text(c.website, o)[0]}));
  }
  return f;
}

void SetLabels(const Writer& w, NoticeDoc* doc) {
  for (const char* key :
       {"contents",       "page-of",         "version",          "last-updated",       "skip-link",
        "languages",      "summary",         "top-link",         "braille-unverified", "audio-section",
        "audio-list",     "audio-list-end",  "audio-table",      "audio-row",          "audio-at",
        "audio-list-one", "audio-table-one", "audio-field",      "audio-dot",          "audio-slash",
        "language-jump",  "outputs",         "outputs-child",    "output-html",        "output-pdf",
        "output-brf",     "output-mp3",      "output-bilingual", "output-child",       "output-child-band",
        "field",          "field-list"}) {
    doc->labels[key] = w.T(std::string("label.") + key);
    // The labels the "Other formats and languages" list is written in become document text
    // (notice/outputs.cc): their origins go with them, for pnc explain.
    if (std::string_view(key).starts_with("output")) doc->label_origins[key] = w.Cat(std::string("label.") + key);
  }
  doc->labels["outputs-title"] = w.T("section.formats");  // the section notice/outputs.cc may add
  doc->label_origins["outputs-title"] = w.Cat("section.formats");
  for (const auto& s : doc->sections) {
    if (!s.icon.empty()) doc->labels["icon." + s.icon] = w.T("child.icon." + s.icon);
  }
}

Inlines Txt(std::string text) { return {notice::Inline{InlineKind::kText, std::move(text), "", {}, -1}}; }

Inline Link(std::string href, std::string text, int origin) {
  Inline link{InlineKind::kLink, "", std::move(href), Txt(std::move(text)), origin};
  Writer::Stamp(&link.children, origin);
  return link;
}

Block Para(Inlines inlines, std::string origin) {
  Block b;
  b.inlines = std::move(inlines);
  b.origin = std::move(origin);
  return b;
}

Block Bullets(std::vector<Inlines> items, const std::vector<std::string>& langs) {
  Block b;
  b.kind = BlockKind::kBulletList;
  for (size_t i = 0; i < items.size(); ++i) {
    b.items.push_back({Para(std::move(items[i]))});
    if (i < langs.size()) b.items.back().front().lang = langs[i];
  }
  return b;
}

Block Fields(std::vector<Field> fields, std::string role) {
  Block b;
  b.kind = BlockKind::kFields;
  b.fields = std::move(fields);
  b.role = std::move(role);
  return b;
}

Block Heading(Inlines inlines) {
  Block b;
  b.kind = BlockKind::kHeading;
  b.inlines = std::move(inlines);
  return b;
}

}  // namespace pnc::notice
