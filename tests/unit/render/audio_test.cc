// tests: render/audio*, speech*: the spoken script reads addresses and numbers as a person would;
// a small notice's MP3, decoded with libmpg123, lasts as long as its chapters say and has one
// chapter per section of the NoticeDoc; a second build comes from the cache.
#include <doctest/doctest.h>
#include <mpg123.h>

#include <chrono>
#include <filesystem>

#include "render/audio.h"
#include "render/mp3.h"
#include "render/speech.h"
#include "render/speech_script.h"
#include "test_support.h"

namespace pnc {
namespace {

const std::map<std::string, std::string> kEnglish = {
    {"audio-at", "at"}, {"audio-dot", "dot"}, {"audio-slash", "slash"}};

struct Decoded {
  long samples = 0;
  long rate = 0;
};

Decoded Decode(const std::string& mp3) {
  Decoded d;
  mpg123_init();
  int err = 0;
  mpg123_handle* h = mpg123_new(nullptr, &err);
  REQUIRE(h != nullptr);
  REQUIRE(mpg123_open_feed(h) == MPG123_OK);
  std::vector<unsigned char> out(1 << 16);
  size_t done = 0;
  int ret =
      mpg123_decode(h, reinterpret_cast<const unsigned char*>(mp3.data()), mp3.size(), out.data(), out.size(), &done);
  for (;;) {
    if (ret == MPG123_NEW_FORMAT) {
      long rate;
      int channels, encoding;
      mpg123_getformat(h, &rate, &channels, &encoding);
      CHECK(channels == 1);
      d.rate = rate;
    }
    d.samples += static_cast<long>(done / 2);  // 16-bit mono
    if (ret == MPG123_ERR || ret == MPG123_NEED_MORE) break;
    ret = mpg123_decode(h, nullptr, 0, out.data(), out.size(), &done);
  }
  CHECK(ret != MPG123_ERR);
  mpg123_delete(h);
  return d;
}

// The CHAP frames of an ID3v2.3 tag: (title bytes, start ms, end ms).
std::vector<std::tuple<std::string, unsigned, unsigned>> Chapters(const std::string& mp3, int* ctoc_entries) {
  std::vector<std::tuple<std::string, unsigned, unsigned>> out;
  REQUIRE(mp3.compare(0, 3, "ID3") == 0);
  size_t size = 0;
  for (int i = 6; i < 10; ++i) size = (size << 7) | (static_cast<unsigned char>(mp3[i]) & 0x7F);
  auto be32 = [&](size_t at) {
    unsigned v = 0;
    for (int i = 0; i < 4; ++i) v = (v << 8) | static_cast<unsigned char>(mp3[at + i]);
    return v;
  };
  for (size_t at = 10; at + 10 <= 10 + size;) {
    std::string id = mp3.substr(at, 4);
    size_t len = be32(at + 4);
    size_t body = at + 10;
    if (id == "CHAP") {
      size_t nul = mp3.find('\0', body);
      out.emplace_back(mp3.substr(nul + 17 + 10, len - (nul + 1 - body) - 16 - 10), be32(nul + 1), be32(nul + 5));
    } else if (id == "CTOC") {
      size_t nul = mp3.find('\0', body);
      *ctoc_entries = static_cast<unsigned char>(mp3[nul + 2]);
    }
    at = body + len;
  }
  return out;
}

}  // namespace

TEST_CASE("addresses and phone numbers are spoken as a person says them") {
  CHECK(render::Spoken("Email dpo@example.org.", kEnglish) == "Email dpo at example dot org.");
  CHECK(render::Spoken("Call 0303 123 1113 today", kEnglish) == "Call 0 3 0 3, 1 2 3, 1 1 1 3 today");
  CHECK(render::Spoken("(+44 29 2067 8400)", kEnglish) == "(+ 4 4, 2 9, 2 0 6 7, 8 4 0 0)");
  // Short helplines a child may need to note down from the recording (user test F27).
  CHECK(render::Spoken("Phone: 0800 1111.", kEnglish) == "Phone: 0 8 0 0, 1 1 1 1.");
  CHECK(render::Spoken("Call 116 123 free", kEnglish) == "Call 1 1 6, 1 2 3 free");
  // A number ends where the next group cannot belong to it (review M1).
  CHECK(render::Spoken("Call 0800 1111 7 days a week.", kEnglish) == "Call 0 8 0 0, 1 1 1 1 7 days a week.");
  CHECK(render::Spoken("on 0800 1111 24 hours a day", kEnglish) == "on 0 8 0 0, 1 1 1 1 24 hours a day");
  CHECK(render::Spoken("Ring 0303 123 1113 2026 edition", kEnglish) == "Ring 0 3 0 3, 1 2 3, 1 1 1 3 2026 edition");
  CHECK(render::Spoken("Ring 0800 11 11 now", kEnglish) == "Ring 0 8 0 0, 1 1, 1 1 now");
  CHECK(render::Spoken("Ages 0 to 5, 116 members in 2024", kEnglish) == "Ages 0 to 5, 116 members in 2024");
  CHECK(render::Spoken("Open 9 to 5, 1200 2024", kEnglish) == "Open 9 to 5, 1200 2024");
  CHECK(render::Spoken("See https://ico.org.uk/make-a-complaint/ now", kEnglish) ==
        "See ico dot org dot uk slash make a complaint now");
  CHECK(render::Spoken("www.example.org", kEnglish) == "w w w dot example dot org");
  CHECK(render::Spoken("Charity 1234567 since 2019.", kEnglish) == "Charity 1234567 since 2019.");
  CHECK(render::Spoken("19 June 2026", kEnglish) == "19 June 2026");
  CHECK(render::VoiceFor("cy") == "cy");
  CHECK(render::VoiceFor("en-GB") == "en-gb");
  CHECK(render::VoiceFor("pl").empty());
}

TEST_CASE("the spoken script announces sections and lists, in the block's language") {
  auto c = test::CompileSource(test::Data().data_dir + "/notices/pfp.json");
  REQUIRE(c->sink.Errors() == 0);
  for (const auto& doc : c->docs) {
    CAPTURE(doc.file_base);
    auto script = render::SpeechScript(doc);
    CHECK(script.size() == doc.sections.size() + (doc.summary.empty() ? 0 : 1));
    bool section = false;
    for (const auto& ch : script) {
      for (const auto& u : ch.utterances) {
        CHECK(!u.text.empty());
        CHECK(u.text.find("|") == std::string::npos);
        CHECK(u.text.find("mailto:") == std::string::npos);
        CHECK(u.text.find("https://") == std::string::npos);
        section = section || u.text.rfind(doc.labels.at("audio-section").substr(0, 4), 0) == 0;
      }
    }
    CHECK(section);
  }
}

TEST_CASE("a small notice's MP3: decoded length and chapters match the NoticeDoc; rebuilt from the cache") {
  std::string speech_error;
  if (render::speech::Version(&speech_error).empty()) {
    FAIL("the speech module does not load: " << speech_error);
    return;
  }
  // A tiny document, so the test speaks seconds of audio, not a whole notice.
  diag::Sink sink;
  notice::NoticeDoc doc = test::Build(test::BaseSource(), "en", &sink);
  doc.summary.resize(std::min<size_t>(doc.summary.size(), 1));
  doc.sections.resize(std::min<size_t>(doc.sections.size(), 2));
  for (auto& s : doc.sections) {
    s.blocks.resize(std::min<size_t>(s.blocks.size(), 1));
    s.children.clear();
  }
  auto cache = std::filesystem::temp_directory_path() / ("pnc-audio-test-" + std::to_string(getpid()));
  std::filesystem::remove_all(cache);
  render::RenderContext ctx;
  ctx.audio_cache = cache.string();
  std::string cold, warm;
  REQUIRE(render::RenderMp3(doc, ctx, &cold, &sink));
  CHECK(sink.Errors() == 0);
  auto t0 = std::chrono::steady_clock::now();
  REQUIRE(render::RenderMp3(doc, ctx, &warm, &sink));
  auto warm_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  CHECK(warm == cold);  // deterministic, and the cache gives back what was spoken
  CHECK(warm_ms < 500);
  std::filesystem::remove_all(cache);

  int ctoc = -1;
  auto chapters = Chapters(cold, &ctoc);
  auto script = render::SpeechScript(doc);
  CHECK(chapters.size() == script.size());
  CHECK(ctoc == static_cast<int>(script.size()));
  Decoded d = Decode(cold);
  CHECK(d.rate == 22050);
  REQUIRE(!chapters.empty());
  double decoded_ms = d.samples * 1000.0 / d.rate;
  CHECK(std::get<1>(chapters.front()) == 0);
  for (size_t i = 1; i < chapters.size(); ++i) CHECK(std::get<1>(chapters[i]) == std::get<2>(chapters[i - 1]));
  // The last chapter ends where the decoded audio does (to a frame: 26 ms).
  CHECK(std::abs(decoded_ms - std::get<2>(chapters.back())) < 30);
  CHECK(decoded_ms > 5000);  // something was said in every chapter
}

}  // namespace pnc

namespace pnc {

TEST_CASE("the spoken script says one stop after a heading that is a question, and 'one item' for one") {
  auto c = test::CompileSource(test::Data().data_dir + "/notices/pfp.json");
  REQUIRE(c->sink.Errors() == 0);
  notice::NoticeDoc doc = c->docs.front();
  REQUIRE(doc.locale == "en");
  notice::Section s;
  s.title = "Who are we?";
  notice::Block list;
  list.kind = notice::BlockKind::kBulletList;
  notice::Block item;
  item.inlines = {notice::Inline{notice::InlineKind::kText, "Members"}};
  list.items = {{item}};
  notice::Block table;
  table.kind = notice::BlockKind::kTable;
  table.table.rows.resize(1);
  s.blocks = {list, table};
  doc.sections = {s};
  doc.summary.clear();
  auto script = render::SpeechScript(doc);
  REQUIRE(script.size() == 1);
  std::string said;
  for (const auto& u : script[0].utterances) said += u.text + "\n";
  CAPTURE(said);
  CHECK(said.find("Section 1: Who are we?\n") != std::string::npos);
  CHECK(said.find("?.") == std::string::npos);
  CHECK(said.find("A list of one item.") != std::string::npos);
  CHECK(said.find("A table with one row.") != std::string::npos);
  CHECK(said.find("1 items") == std::string::npos);
}

// Review L2: every registered number is an identifier, read character by character in groups;
// before, a charity number was read as a cardinal and a company number with a leading 0 digit by digit.
TEST_CASE("registered charity, company and ICO numbers are spoken digit by digit, in groups") {
  auto c = test::CompileSource(test::Data().data_dir + "/notices/pfp.json");
  REQUIRE(c->sink.Errors() == 0);
  notice::NoticeDoc doc = c->docs.front();
  REQUIRE(doc.locale == "en");
  auto field = [](const char* label, const char* value, bool spelled) {
    notice::Field f;
    f.label = label;
    f.value = {notice::Inline{notice::InlineKind::kText, value}};
    f.spelled = spelled;
    return f;
  };
  notice::Block fields;
  fields.kind = notice::BlockKind::kFields;
  fields.fields = {field("Registered charity number", "1187654", true), field("Company number", "06146820", true),
                   field("ICO registration number", "ZA123456", true),
                   field("Charity number", "224469 (England and Wales); 1260 (Isle of Man)", true),
                   field("Members", "1187654", false)};
  notice::Section s;
  s.title = "About us";
  s.blocks = {fields};
  doc.sections = {s};
  doc.summary.clear();
  std::string said;
  const auto script = render::SpeechScript(doc);
  REQUIRE(!script.empty());
  for (const auto& u : script[0].utterances) said += u.text + "\n";
  CAPTURE(said);
  CHECK(said.find("Registered charity number: 1 1 8, 7 6 5 4.\n") != std::string::npos);
  CHECK(said.find("Company number: 0 6 1 4, 6 8 2 0.\n") != std::string::npos);
  CHECK(said.find("ICO registration number: Z A, 1 2 3, 4 5 6.\n") != std::string::npos);
  CHECK(said.find("Charity number: 2 2 4, 4 6 9 (England and Wales); 1 2 6 0 (Isle of Man).\n") != std::string::npos);
  CHECK(said.find("Members: 1187654.\n") != std::string::npos);  // a quantity stays a number
}

// The notice marks its registered numbers so (notice/adult_about.cc).
TEST_CASE("the notice marks the registered numbers as spelled fields") {
  auto c = test::CompileSource(test::Data().data_dir + "/notices/families-in-focus.json");
  REQUIRE(c->sink.Errors() == 0);
  bool found = false;
  for (const auto& s : c->docs.front().sections)
    for (const auto& b : s.blocks)
      for (const auto& f : b.fields)
        if (f.label == "Company number") found = f.spelled;
  CHECK(found);
}

}  // namespace pnc
