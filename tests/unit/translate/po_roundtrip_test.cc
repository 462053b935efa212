// tests: translator round trip through real PO files (libgettextpo): export, translate, import;
// comments and key order survive; stale translations come back fuzzy; bad PO files are refused.
#include <doctest/doctest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "source/loader.h"
#include "test_support.h"
#include "translate/merge.h"

namespace pnc {
namespace {

const char* kSource = R"(// The organisation's own comment stays where it is.
{
  "notice": {"title": "Privacy notice", "version": "1", "last_updated": "2026-10-01", "locales": ["en", "cy"]},
  "controller": {"name": {"en": "Acme", "cy": "Acme"}, "email": "a@acme.charity"},
  /* block comment */
  "security": "We lock our *filing cabinets*."
}
)";

std::string TempPath(const std::string& name) {
  return (std::filesystem::temp_directory_path() / ("pnc-po-" + std::to_string(::getpid()) + "-" + name)).string();
}

std::string Slurp(const std::string& path) {
  std::ifstream in(path);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace

TEST_CASE("export, translate, import keeps everything else byte for byte") {
  std::string text = kSource;
  diag::Sink sink;
  auto loaded = source::Load("t.json", text, &sink);
  auto entries = translate::ExportEntries(loaded.model, "cy");
  REQUIRE(entries.size() == 3);
  CHECK(entries[0].context == "/notice/title");
  CHECK(entries[1].target == "Acme");  // already translated
  CHECK(entries[2].source == "We lock our *filing cabinets*.");

  std::string po = TempPath("a.po");
  REQUIRE(translate::WritePo(po, "pnc t", "cy", entries) == "");
  CHECK(Slurp(po).find("msgctxt \"/security\"") != std::string::npos);
  CHECK(std::system(("msgfmt --check -o /dev/null " + po + " 2>/dev/null").c_str()) == 0);

  // A translator fills the PO file (here through the same library).
  std::vector<translate::Entry> read;
  std::string language;
  REQUIRE(translate::ReadPo(po, &read, &language) == "");
  CHECK(language == "cy");
  read[0].target = "Hysbysiad preifatrwydd";
  read[2].target = "Rydym yn cloi ein *cypyrddau ffeilio*.";
  REQUIRE(translate::WritePo(po, "pnc t", "cy", read) == "");
  read.clear();
  REQUIRE(translate::ReadPo(po, &read, &language) == "");

  auto result = translate::ImportEntries(text, loaded, "cy", read);
  // "Acme" was translated without a recorded source hash; the import records it, so 3 are written.
  CHECK(result.imported == 3);
  CHECK(result.text.find(R"("cy": {"text": "Acme", "from": ")") != std::string::npos);
  CHECK(result.text.find("// The organisation's own comment stays where it is.") == 0);
  CHECK(result.text.find("/* block comment */") != std::string::npos);
  CHECK(result.text.find(R"("title": {"en": "Privacy notice", "cy": {"text": "Hysbysiad preifatrwydd", "from": ")") !=
        std::string::npos);
  // The merged source lints clean: nothing missing, nothing stale.
  CHECK(test::Lint(result.text).find("translation") == std::string::npos);
  std::remove(po.c_str());
}

// `pnc translate import` writes, with each translation, the hash of the English text it was made
// from (`from`), so a later change of the English is caught: a translation imported without it
// could never be checked (issue 11 review, decision 9).
TEST_CASE("import records the hash of the text each translation was made from") {
  const std::string text = R"({
  "notice": {"title": "Privacy notice", "version": "1", "last_updated": "2026-10-01", "locales": ["en", "cy"]},
  "controller": {"name": "Acme", "email": "a@acme.charity"},
  "security": {"en": "We lock our cabinets.", "cy": "Rydym yn cloi ein cypyrddau."}
})";
  // Before: the hand-written Welsh has no `from`, and lint says so.
  CHECK(test::Lint(text).find("records no 'from' hash") != std::string::npos);
  diag::Sink sink;
  auto loaded = source::Load("t.json", text, &sink);
  auto entries = translate::ExportEntries(loaded.model, "cy");
  for (auto& e : entries) {
    if (e.context == "/notice/title") e.target = "Hysbysiad preifatrwydd";
  }
  auto result = translate::ImportEntries(text, loaded, "cy", entries);
  CHECK(result.imported == 2);  // the title, and the security text (its hash recorded)
  diag::Sink sink2;
  auto after = source::Load("t.json", result.text, &sink2);
  REQUIRE(sink2.Errors() == 0);
  const auto* title = after.model.notice.title.Get("cy");
  const auto* security = after.model.security.Get("cy");
  REQUIRE(title != nullptr);
  REQUIRE(security != nullptr);
  CHECK(title->from == source::TextHash("Privacy notice"));
  CHECK(security->from == source::TextHash("We lock our cabinets."));
  CHECK(security->text == "Rydym yn cloi ein cypyrddau.");
  CHECK(test::Lint(result.text).find("[stale-translation]") == std::string::npos);
  // Staleness can now be checked: the English changes, the recorded hash no longer matches.
  std::string changed = result.text;
  changed.replace(changed.find("We lock our cabinets."), 21, "We lock every cabinet.");
  CHECK(test::Lint(changed).find("was made from an earlier 'en' text") != std::string::npos);
}

TEST_CASE("a changed English text makes the translation fuzzy on export and refuses a stale import") {
  std::string text = kSource;
  diag::Sink sink;
  auto loaded = source::Load("t.json", text, &sink);
  auto entries = translate::ExportEntries(loaded.model, "cy");
  entries[2].target = "Rydym yn cloi ein cypyrddau.";
  auto first = translate::ImportEntries(text, loaded, "cy", entries);
  // The English changes after the translation was made.
  std::string changed = first.text;
  changed.replace(changed.find("We lock our *filing cabinets*."), 30, "We lock all our cabinets.");
  diag::Sink sink2;
  auto reloaded = source::Load("t.json", changed, &sink2);
  auto again = translate::ExportEntries(reloaded.model, "cy");
  CHECK(again[2].fuzzy);
  CHECK(again[2].target == "Rydym yn cloi ein cypyrddau.");
  CHECK(test::Lint(changed).find("[stale-translation]") != std::string::npos);
  // An import made from the old English is refused for that field.
  auto stale = translate::ImportEntries(changed, reloaded, "cy", entries);
  REQUIRE(stale.skipped.size() >= 1);
  CHECK(stale.skipped[0] == "/security: the en text changed since the PO file was made");
}

// User test ut2: libgettextpo returns C strings, so "Ysgrif\0ennydd" was imported as "Ysgrif".
TEST_CASE("a PO string with an escape for NUL is refused at its line, not cut short") {
  std::string po = TempPath("nul.po");
  const std::string head = "msgid \"\"\nmsgstr \"Content-Type: text/plain; charset=UTF-8\\n\"\n\n";
  std::vector<translate::Entry> entries;
  std::string language;
  for (const std::string esc : {"\\0", "\\000", "\\x00", "\\x0"}) {
    CAPTURE(esc);
    std::ofstream(po) << head << "# a comment with \\0 is not a string\nmsgctxt \"/x\"\nmsgid \"a\"\nmsgstr \"Ysgrif"
                      << esc << "-nydd\"\n";
    entries.clear();
    CHECK(translate::ReadPo(po, &entries, &language) ==
          po + ":7: a string holds an escape for the NUL character (\\0 or \\x00), which would cut the text short; "
               "delete it");
  }
  // Escapes that are not NUL, and an escaped backslash before a 0, are fine.
  std::ofstream(po) << head << "msgctxt \"/x\"\nmsgid \"a\"\nmsgstr \"a\\\\0 \\012 \\x10 \\t\"\n";
  entries.clear();
  CHECK(translate::ReadPo(po, &entries, &language) == "");
  REQUIRE(entries.size() == 1);
  CHECK(entries[0].target == "a\\0 \n \x10 \t");
  std::remove(po.c_str());
}

TEST_CASE("PO files that are not UTF-8, or not PO at all, are refused with a message") {
  std::string po = TempPath("latin1.po");
  std::ofstream(po) << "msgid \"\"\nmsgstr \"Content-Type: text/plain; charset=ISO-8859-1\\n\"\n\nmsgctxt "
                       "\"/x\"\nmsgid \"a\"\nmsgstr \"b\"\n";
  std::vector<translate::Entry> entries;
  std::string language;
  CHECK(translate::ReadPo(po, &entries, &language).find("not UTF-8; convert it with: msgconv") != std::string::npos);
  std::ofstream(po) << "this is not a PO file \"\n";
  entries.clear();
  CHECK_FALSE(translate::ReadPo(po, &entries, &language).empty());
  std::remove(po.c_str());
}

}  // namespace pnc

namespace pnc {

TEST_CASE("a child wording per age band is exported with its band for the translator, and imported in place") {
  const std::string text = R"({
  "notice": {"title": {"en": "N", "cy": "N"}, "version": "1", "last_updated": "2026-10-01", "locales": ["en", "cy"],
             "audiences": ["adult", "child"], "child_age_bands": ["6-9", "13-15"]},
  "data_subjects": [{"id": "kids", "name": {"en": "Players", "cy": "Chwaraewyr"}, "children": true,
                     "child_by_band": {"6-9": "Players like you.", "13-15": "Players in our older teams."}}]
})";
  diag::Sink sink;
  auto loaded = source::Load("t.json", text, &sink);
  auto entries = translate::ExportEntries(loaded.model, "cy");
  std::vector<std::string> found;
  for (auto& e : entries) {
    if (e.context.find("child_by_band") == std::string::npos) continue;
    found.push_back(e.context + " | " + e.comment.substr(e.comment.find('\n') + 1));
    e.target = e.context.find("6-9") != std::string::npos ? "Chwaraewyr fel chi." : "Chwaraewyr yn ein timau hŷn.";
  }
  CHECK(found == std::vector<std::string>{
                     "/data_subjects/0/child_by_band/13-15 | children's version, ages 13-15: short sentences and "
                     "everyday words",
                     "/data_subjects/0/child_by_band/6-9 | children's version, ages 6-9: short sentences and everyday "
                     "words"});
  auto result = translate::ImportEntries(text, loaded, "cy", entries);
  CHECK(result.imported == 4);  // the two band texts, and the hashes of the two translations given without one
  CHECK(result.text.find(R"("6-9": {"en": "Players like you.", "cy": {"text": "Chwaraewyr fel chi.", "from": ")") !=
        std::string::npos);
}

}  // namespace pnc

namespace pnc {

// User test (hospice): export agrees with lint. A name or address written once as a plain string
// is a proper name lint never asks to translate, so it is not exported; a role is a title and is
// translated, with a note that says so (not "keep names as written locally").
TEST_CASE("export leaves out proper names and tells translators to translate roles") {
  const std::string text = R"({
  "notice": {"title": "Privacy notice", "version": "1", "last_updated": "2026-10-01", "locales": ["en", "cy"]},
  "controller": {"name": "Cwm Valley Hospice Limited", "address": "Heol y Cwm, Bridgend", "email": "a@cwm.org.uk"},
  "dpo": {"designated": true, "name": "Dr Eleri Rees", "role": "Data Protection Officer", "email": "d@cwm.org.uk"},
  "complaints": {"role": "Complaints Lead", "address": {"en": "Freepost CWM", "cy": "Rhadbost CWM"}}
})";
  diag::Sink sink;
  auto loaded = source::Load("t.json", text, &sink);
  std::map<std::string, std::string> notes;
  for (const auto& e : translate::ExportEntries(loaded.model, "cy")) notes[e.context] = e.comment;
  CHECK(notes.count("/controller/name") == 0);
  CHECK(notes.count("/controller/address") == 0);
  CHECK(notes.count("/dpo/name") == 0);
  REQUIRE(notes.count("/dpo/role") == 1);
  CHECK(notes["/dpo/role"].find("translate it") != std::string::npos);
  CHECK(notes["/dpo/role"].find("as they are written locally") == std::string::npos);
  REQUIRE(notes.count("/complaints/role") == 1);
  CHECK(notes["/complaints/role"].find("translate it") != std::string::npos);
  // An address given per locale is still exported, with the note on place names.
  REQUIRE(notes.count("/complaints/address") == 1);
  CHECK(notes["/complaints/address"].find("as they are written locally") != std::string::npos);
}

}  // namespace pnc
