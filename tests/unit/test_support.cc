// tests: helpers shared by the unit tests (see test_support.h).
#include "test_support.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <sstream>

#include "notice/builder.h"
#include "render/html.h"
#include "report/format.h"
#include "rules/lint.h"
#include "source/loader.h"

namespace pnc::test {

const driver::Resources& Data() {
  static driver::Resources res;
  static std::once_flag once;
  std::call_once(once, [] {
    diag::Sink sink;
    if (!driver::LoadResources(PNC_DEFAULT_DATA_DIR, &res, &sink)) throw std::runtime_error("cannot load data");
  });
  return res;
}

nlohmann::json BaseSource() {
  return nlohmann::json::parse(R"({
  "notice": {"title": "Privacy notice", "version": "1", "last_updated": "2026-07-01"},
  "controller": {"name": "Acme Family Centre", "address": "1 High Street, Leeds", "email": "info@acme.charity"},
  "dpo": {"designated": true, "email": "dpo@acme.charity"},
  "data_subjects": [{"id": "parents", "name": "Parents"}],
  "sources": [
    {"id": "you", "name": "You", "from_person": true},
    {"id": "referrers", "name": "Referrers"}
  ],
  "data_categories": [
    {"id": "contact", "name": "Contact details", "sources": ["you"]},
    {"id": "health", "name": "Health", "special_category": true, "sources": ["you", "referrers"]}
  ],
  "purposes": [
    {
      "id": "support",
      "name": "Supporting families",
      "data_subjects": ["parents"],
      "data_categories": ["contact", "health"],
      "lawful_bases": ["contract"],
      "automated_means": true,
      "special_category_condition": {"article_9": "health-social-care", "schedule_1": "health-social-care"},
      "requirement": {"type": "contractual", "consequence": "We cannot support you."}
    }
  ],
  "recipients": [{"id": "la", "name": "The local authority", "purposes": ["support"]}],
  "transfers": "none",
  "retention": {"records": [{"id": "files", "name": "Files", "data_categories": ["contact", "health"], "period": "6 years"}]},
  "automated_decisions": "none",
  "complaints": {"email": "complaints@acme.charity"}
})");
}

std::string Lint(const std::string& text, bool allow_fallback, bool strict) {
  Data();  // the placeholder words are set when the data is loaded
  diag::Sink sink;
  auto loaded = source::Load("t.json", text, &sink);
  if (loaded.parsed) {
    rules::LintOptions options{.strict = strict,
                               .allow_fallback = allow_fallback,
                               .catalogue = &Data().Catalogue("en")->messages(),
                               .english = Data().Catalogue("en")};
    rules::Lint(loaded.model, Data().law, options, &sink);
    source::Locate(loaded.locator, "t.json", &sink);
  }
  sink.Sort();
  std::string out = report::Render(sink, report::Format::kShort);
  // Drop the count line: tests compare diagnostics only.
  size_t last = out.rfind('\n', out.size() >= 2 ? out.size() - 2 : 0);
  if (!out.empty() && sink.All().size() > 0) out = out.substr(0, last == std::string::npos ? 0 : last + 1);
  return out;
}

std::string LintJson(const nlohmann::json& source) { return Lint(source.dump(2)); }

std::vector<std::string> Lines(const std::string& text, const std::string& rule) {
  std::vector<std::string> out;
  size_t at = 0;
  while (at < text.size()) {
    size_t end = text.find('\n', at);
    std::string line = text.substr(at, end - at);
    if (line.find("[" + rule + "]") != std::string::npos) out.push_back(line);
    if (end == std::string::npos) break;
    at = end + 1;
  }
  return out;
}

notice::NoticeDoc Build(const nlohmann::json& source, const std::string& locale, diag::Sink* sink, bool child) {
  static std::string keep;  // the model's texts are copied; the locator needs the text alive only here
  keep = source.dump(2);
  auto loaded = source::Load("t.json", keep, sink);
  const locale::Catalogue* cat = Data().Catalogue(locale);
  notice::BuildInput in{.model = loaded.model, .law = Data().law, .catalogue = *cat, .english = Data().Catalogue("en")};
  return child ? notice::BuildChildNotice(in, sink) : notice::BuildNotice(in, sink);
}

std::vector<std::string> TruthSources() {
  std::vector<std::string> out;
  for (const auto& e : std::filesystem::directory_iterator(std::string(PNC_DEFAULT_DATA_DIR) + "/notices")) {
    if (e.path().extension() == ".json") out.push_back(e.path().string());
  }
  // The truth cases that build a publishable notice (not the refused, placeholder or preview ones).
  auto read = [](const std::filesystem::path& p) {
    std::ifstream in(p);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
  };
  // Issue 17's history cases build a "What changed" section from their previous versions; the
  // children cases, one children's version per age band (decision 13 of the issue-11 review).
  std::vector<std::filesystem::directory_entry> cases;
  for (const char* area : {"/cases/truth", "/cases/history", "/cases/children"}) {
    for (const auto& e : std::filesystem::directory_iterator(std::string(PNC_TEST_DATA_DIR) + area)) cases.push_back(e);
  }
  for (const auto& e : cases) {
    if (!std::filesystem::exists(e.path() / "input.json")) continue;
    if (read(e.path() / "exit").rfind("0", 0) != 0 || read(e.path() / "args").find("--preview") != std::string::npos)
      continue;
    out.push_back((e.path() / "input.json").string());
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::unique_ptr<driver::Compiled> CompileSource(const std::string& path, const driver::Options& options,
                                                const std::string* text) {
  auto c = std::make_unique<driver::Compiled>();
  if (text == nullptr) {
    driver::Compile(path, options, Data(), c.get());
  } else {
    c->text = *text;
    driver::CompileText(path, options, Data(), c.get());
  }
  return c;
}

std::string HtmlOf(const notice::NoticeDoc& doc) {
  render::RenderContext ctx{Data().data_dir, false, "A4", &Data().files};
  diag::Sink sink;
  std::string out;
  render::RenderHtml(doc, ctx, &out, &sink);
  return out;
}

std::string Collapse(const std::string& text) {
  std::string out;
  for (char c : text) {
    bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (space) {
      if (!out.empty() && out.back() != ' ') out.push_back(' ');
    } else {
      out.push_back(c);
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

namespace {

std::string Decode(std::string s) {
  const std::pair<const char*, const char*> entities[] = {{"&lt;", "<"},  {"&gt;", ">"},   {"&quot;", "\""},
                                                          {"&#39;", "'"}, {"&apos;", "'"}, {"&amp;", "&"}};
  for (const auto& [from, to] : entities) {
    for (size_t at = 0; (at = s.find(from, at)) != std::string::npos; at += std::string(to).size()) {
      s.replace(at, std::string(from).size(), to);
    }
  }
  return s;
}

// Removes every element that opens with `open` (up to its closing `close`).
void Cut(std::string* html, const std::string& open, const std::string& close) {
  for (size_t at; (at = html->find(open)) != std::string::npos;) {
    size_t end = html->find(close, at);
    if (end == std::string::npos) break;
    html->erase(at, end + close.size() - at);
  }
}

}  // namespace

std::vector<std::string> VisibleText(const std::string& page, const notice::NoticeDoc& doc) {
  std::string html = page;
  Cut(&html, "<head>", "</head>");
  Cut(&html, "<svg", "</svg>");
  Cut(&html, "<a class=\"skip-link\"", "</a>");
  Cut(&html, "<nav class=\"pnc-languages\"", "</nav>");
  Cut(&html, "<nav class=\"pnc-toc\"", "</nav>");
  Cut(&html, "<p class=\"pnc-top\">", "</p>");
  std::vector<std::string> out;
  size_t i = 0;
  while (i < html.size()) {
    size_t lt = html.find('<', i);
    std::string text = Collapse(Decode(html.substr(i, (lt == std::string::npos ? html.size() : lt) - i)));
    for (size_t at; (at = text.find("\xC2\xB7")) != std::string::npos;) text.replace(at, 2, "\x1F");  // "·"
    std::stringstream pieces(text);
    for (std::string piece; std::getline(pieces, piece, '\x1F');) {
      piece = Collapse(piece);
      // The meta line "Org · Version 2.0 · Last updated <date>": the labels are furniture.
      for (const char* label : {"version", "last-updated"}) {
        auto it = doc.labels.find(label);
        if (it == doc.labels.end()) continue;
        if (piece == it->second) piece.clear();
        if (piece.rfind(it->second + " ", 0) == 0) piece.erase(0, it->second.size() + 1);
      }
      if (!piece.empty()) out.push_back(piece);
    }
    if (lt == std::string::npos) break;
    size_t gt = html.find('>', lt);
    if (gt == std::string::npos) break;
    i = gt + 1;
  }
  return out;
}

}  // namespace pnc::test
