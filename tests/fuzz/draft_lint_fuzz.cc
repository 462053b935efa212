// tests/fuzz: an existing notice in any format → draft::LintDraft → diagnostics → every report format. The
// first byte picks the file name's extension (content sniffing comes first, so every reader is
// reached either way).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "draft/draft.h"
#include "report/format.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  static const char* kNames[] = {"fuzz.txt", "fuzz.md", "fuzz.html", "fuzz.docx", "fuzz.pdf", "fuzz"};
  std::string_view path = kNames[data[0] % 6];
  std::string_view bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
  pnc::draft::DraftOptions opts;
  opts.data_dir = PNC_DEFAULT_DATA_DIR;
  opts.notice_date = (data[0] & 0x80) ? "2026-01-01" : "";
  std::vector<pnc::draft::DraftReport> reports{pnc::draft::LintDraft(path, bytes, opts)};
  pnc::diag::Sink sink;
  pnc::draft::AddDiagnostics(reports, &sink);
  for (auto fmt : {pnc::report::Format::kHuman, pnc::report::Format::kShort, pnc::report::Format::kJson,
                   pnc::report::Format::kSarif}) {
    (void)pnc::report::Render(sink, fmt);
  }
  (void)pnc::draft::DraftExitCode(reports);
  return 0;
}
