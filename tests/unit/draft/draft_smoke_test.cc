// draft: smoke test while the suite is written.
#include <doctest/doctest.h>

#include "draft/draft.h"

TEST_SUITE("draft") {
TEST_CASE("draft smoke") {
  pnc::draft::DraftOptions o;
  o.notice_date = "2026-11-23";
  o.data_dir = PNC_DEFAULT_DATA_DIR;
  auto r = pnc::draft::LintDraft("x.txt", "We are Acme, a registered charity. Email hello@acme.org.\n", o);
  CHECK(r.error.empty());
}
}
