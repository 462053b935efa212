#pragma once
// notice: Model + law data + locale catalogue → NoticeDoc, for the adult and children's versions.
#include <string>
#include <vector>

#include "diag/diagnostic.h"
#include "diff/diff.h"
#include "doc/notice_doc.h"
#include "law/law_data.h"
#include "locale/catalogue.h"
#include "source/model.h"

namespace pnc::notice {

/// One step of the notice's history: the changes `diff` found from `older` to `newer` (both live
/// as long as the build; `newer` is the source itself for the latest step).
struct HistoryStep {
  const source::Model* older = nullptr;
  const source::Model* newer = nullptr;
  const diff::Diff* diff = nullptr;
};

/// What the builder needs for one locale.
struct BuildInput {
  const source::Model& model;
  const rules::LawData& law;
  const locale::Catalogue& catalogue;          // the locale being built
  std::vector<Alternate> alternates;           // every locale's version, for the language switcher
  std::string as_of;                           // date the regulator's details are chosen for ("" = the notice's date)
  const locale::Catalogue* english = nullptr;  // records the catalogue's conditions (nullptr: `catalogue`)
  // the default locale's, whose text stands in for a missing translation (--allow-fallback): a list
  // item in that language is read with its conjunctions ("Parents and carers" in a Welsh list)
  const locale::Catalogue* fallback = nullptr;
  std::string band;                  // children's version: the age band it is written for
  bool preview = false;              // a draft: unconfirmed facts are listed and every page marked
  std::vector<HistoryStep> history;  // newest first: "What changed in version N" (empty = none)
  bool jit = false;                  // also build the just-in-time notices (NoticeDoc::jit)
};

/// Builds the full (adult) notice. Unsafe Markdown is removed and reported to `sink`.
NoticeDoc BuildNotice(const BuildInput& in, diag::Sink* sink);

/// Builds the children's version for `in.band` (requires model.notice.child).
NoticeDoc BuildChildNotice(const BuildInput& in, diag::Sink* sink);

}  // namespace pnc::notice
