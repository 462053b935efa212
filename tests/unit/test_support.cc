// tests: helpers shared by the unit tests (see test_support.h).
#include "test_support.h"

#include <mutex>

#include "notice/builder.h"
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
  "notice": {"title": "Privacy notice", "version": "1", "last_updated": "2026-10-01"},
  "controller": {"name": "Acme Family Centre", "address": "1 High Street, Leeds", "email": "info@acme-family-centre.org.uk"},
  "dpo": {"designated": true, "email": "dpo@acme-family-centre.org.uk"},
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
      "special_category_condition": {"article_9": "health-social-care", "schedule_1": "health-social-care"},
      "requirement": {"type": "contractual", "consequence": "We cannot support you."}
    }
  ],
  "recipients": [{"id": "la", "name": "The local authority", "purposes": ["support"]}],
  "transfers": "none",
  "retention": {"records": [{"id": "files", "name": "Files", "data_categories": ["contact", "health"], "period": "6 years"}]},
  "automated_decisions": "none",
  "complaints": {"email": "complaints@acme-family-centre.org.uk"}
})");
}

std::string Lint(const std::string& text, bool allow_fallback, bool strict) {
  diag::Sink sink;
  auto loaded = source::Load("t.json", text, &sink);
  if (loaded.parsed) {
    rules::Lint(loaded.model, Data().law, {strict, allow_fallback}, &sink);
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

notice::NoticeDoc Build(const nlohmann::json& source, const std::string& locale, diag::Sink* sink, bool child) {
  static std::string keep;  // the model's texts are copied; the locator needs the text alive only here
  keep = source.dump(2);
  auto loaded = source::Load("t.json", keep, sink);
  const locale::Catalogue* cat = Data().Catalogue(locale);
  notice::BuildInput in{loaded.model, Data().law, *cat, {}};
  return child ? notice::BuildChildNotice(in, sink) : notice::BuildNotice(in, sink);
}

}  // namespace pnc::test
