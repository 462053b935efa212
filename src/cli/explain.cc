// cli: pnc explain: each output's text in reading order, with where each piece came from, as
// human-readable text or JSON ({"outputs": [{"file", "items": [{"text", "origin"}]}]}).
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "diag/exit_codes.h"
#include "notice/explain.h"
#include "notice/outputs.h"
#include "render/registry.h"
#include "report/format.h"

namespace pnc::cli {
namespace {

using nlohmann::json;

// Whether the files of format `name` show only a document's just-in-time notices.
bool JustInTime(const std::string& name) {
  const render::Format* format = render::FindFormat(name);
  return format && format->just_in_time;
}

// The files the build writes for `doc` that show what `first` shows (the notice, or its
// just-in-time notices): the first ("notice.en.html", the one explained) and the extensions of the
// others, " (and .pdf)", from the build's own output set, so a format the options leave out, or
// one with no table or voice for the language, is not named.
std::pair<std::string, std::string> OutputFiles(const std::string& first, const notice::NoticeDoc& doc,
                                                const std::vector<notice::OutputFile>& outputs, bool just_in_time) {
  std::string others;
  for (const auto& f : outputs) {
    if (f.name == first || f.locales.size() != 1 || f.locales[0] != doc.locale || f.audience != doc.audience ||
        f.band != doc.band || JustInTime(f.format) != just_in_time)
      continue;
    const size_t dot = f.name.find('.', doc.file_base.size());
    if (f.name.rfind(doc.file_base + ".", 0) != 0 || dot == std::string::npos) continue;
    others += (others.empty() ? " (and " : ", ") + f.name.substr(dot);
  }
  return {first, others.empty() ? "" : others + ")"};
}

const char* KindName(notice::Origin::Kind k) {
  switch (k) {
    case notice::Origin::Kind::kSource:
      return "source";
    case notice::Origin::Kind::kCatalogue:
      return "catalogue";
    case notice::Origin::Kind::kRegulator:
      return "regulator";
    case notice::Origin::Kind::kDerived:
      return "derived";
    case notice::Origin::Kind::kData:
      return "data";
    case notice::Origin::Kind::kBuild:
      return "build";
  }
  return "source";
}

// A pointer with its line and column in the source, as JSON fields.
void Place(const source::Locator& locator, const std::string& pointer, json* out) {
  if (pointer.empty()) return;
  (*out)["pointer"] = pointer;
  diag::Position pos = locator.Nearest(pointer);
  if (pos.line > 0) {
    (*out)["line"] = pos.line;
    (*out)["column"] = pos.column;
  }
}

json OriginJson(const notice::NoticeDoc& doc, int index, const source::Locator& locator) {
  json o = json::object();
  if (index < 0 || index >= static_cast<int>(doc.origins.size())) {
    o["kind"] = "unknown";
    return o;
  }
  const notice::Origin& origin = doc.origins[index];
  o["kind"] = KindName(origin.kind);
  if (origin.kind == notice::Origin::Kind::kRegulator || origin.kind == notice::Origin::Kind::kData) {
    o["entry"] = origin.key;
    return o;
  }
  if (!origin.key.empty()) o["key"] = origin.key;
  if (origin.overridden) o["wording"] = true;  // the source's `wording` replaced the catalogue text
  Place(locator, origin.pointer, &o);
  if (!origin.because.empty()) o["because"] = origin.because;
  if (!origin.facts.empty()) {
    json facts = json::array();
    for (const auto& f : origin.facts) {
      json fact = json::object();
      Place(locator, f, &fact);
      facts.push_back(fact);
    }
    o["facts"] = facts;
  }
  return o;
}

std::string Human(const json& origin, const std::string& file) {
  std::string kind = origin.value("kind", "unknown");
  std::string s = kind;
  if (origin.contains("key")) s += " " + origin["key"].get<std::string>();
  if (origin.contains("entry")) s += " " + origin["entry"].get<std::string>();
  if (origin.value("wording", false)) s += " (the source's own wording)";
  auto at = [&](const json& o) {
    std::string p = o.value("pointer", "");
    if (o.contains("line"))
      p = file + ":" + std::to_string(o["line"].get<int>()) + ":" + std::to_string(o["column"].get<int>()) + " " + p;
    return p;
  };
  if (kind == "source" || kind == "derived") {
    if (origin.contains("pointer")) s += " " + at(origin);
    if (origin.contains("because")) s += ", " + origin["because"].get<std::string>();
  } else if (origin.contains("because")) {
    s += ", because " + origin["because"].get<std::string>();
    if (origin.contains("pointer")) s += " (" + at(origin) + ")";
  } else if (kind == "catalogue") {
    s += ", fixed text";
  }
  if (origin.contains("facts")) {
    std::string facts;
    for (const auto& f : origin["facts"]) facts += (facts.empty() ? "" : "; ") + at(f);
    s += "; from " + facts;
  }
  return s;
}

}  // namespace

int RunExplain(const Command& cmd) {
  driver::Resources res;
  diag::Sink setup;
  if (!driver::LoadResources(cmd.data_dir.empty() ? driver::DefaultDataDir() : cmd.data_dir, &res, &setup)) {
    std::cerr << report::Render(setup, cmd.diagnostic_format);
    return diag::SetupExitCode(setup.All());
  }
  int code = kExitOk;
  json all = {{"outputs", json::array()}};
  std::string human;
  // explain is the review tool: a source with unconfirmed facts is explained as the draft it is
  // (every output marked, each unconfirmed fact listed), not refused.
  driver::Options options = cmd.options;
  options.preview = true;
  // The documents are explained as the build these options would run writes them (--format's
  // output formats, default all; --fragment; --bilingual): each with the list of the files
  // written beside it, and none a format does not write in its language.
  // A record (ropa, dpv) asked for beside a notice's formats stays in the build explained (the
  // HTML links the DPV file), but it has no sentences to explain: said once, not left out silently.
  if (std::string records = RecordFormats(options.formats); !records.empty())
    std::cerr << "pnc: note: " << records << ": only the other formats are explained\n";
  for (const auto& path : cmd.files) {
    driver::Compiled c;
    driver::Compile(path, options, res, &c);
    c.sink.Sort();
    code = diag::WorseExit(code, diag::ExitCodeFor({c.internal_error, false, c.file_error, c.sink.Errors(), 0}));
    if (!c.sink.All().empty()) std::cerr << report::Render(c.sink, cmd.diagnostic_format);
    // Explaining a notice that cannot be built would explain text nobody will publish.
    if (c.sink.Errors() > 0) continue;
    bool any = false;
    // Each document as the build writes it: with the list of the other files written beside it.
    const std::vector<notice::OutputFile> outputs = driver::WrittenFiles(options, c.docs);
    for (const auto& built : c.docs) {
      if (!cmd.audience.empty() && built.audience != cmd.audience) continue;
      if (!cmd.locale.empty() && built.locale != cmd.locale) continue;
      // The notice as its files show it, then (--format jit) its just-in-time notices, each under
      // the files that show that text.
      for (const bool jit : {false, true}) {
        const std::string written = driver::FileOf(options, built, jit);
        if (written.empty()) continue;  // no format of this build writes it (--format brf, a Polish notice)
        const notice::NoticeDoc doc = notice::WithOutputs(built, outputs, written);
        any = true;
        json items = json::array();
        auto [file, others] = OutputFiles(written, doc, outputs, jit);
        human += "== " + report::Printable(path) + " → " + file + others + "\n";
        for (const auto& item : jit ? notice::ExplainJit(doc) : notice::Explain(doc)) {
          json origin = OriginJson(doc, item.origin, c.loaded.locator);
          human += item.text + "\n    ← " + Human(origin, path) + "\n";
          items.push_back({{"text", item.text}, {"origin", origin}});
        }
        human += "\n";
        all["outputs"].push_back({{"source", path},
                                  {"file", file},
                                  {"shows", jit ? "just-in-time notices" : "notice"},
                                  {"audience", doc.audience},
                                  {"locale", doc.locale},
                                  {"band", doc.band},
                                  {"items", items}});
      }
    }
    if (!any) {
      std::cerr << "pnc: " << report::Printable(path) << " has no "
                << (cmd.audience.empty() ? "" : report::Printable(cmd.audience) + " ") << "output"
                << (cmd.locale.empty() ? "" : " in locale '" + report::Printable(cmd.locale) + "'")
                << (options.formats.empty() ? "" : " in the formats asked for (--format)") << "\n";
      code = diag::WorseExit(code, kExitUsage);
    }
  }
  std::cout << (cmd.report_format == "json" ? all.dump(2) + "\n" : human);
  return code;
}

}  // namespace pnc::cli
