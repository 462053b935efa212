#pragma once
// notice: NoticeDoc + the build's output set → the NoticeDoc of one written file, whose "Other
// formats and languages" section states (and links) the files really written beside it. The
// on-request offers stay as the source declares them.
#include <string>
#include <vector>

#include "doc/notice_doc.h"

namespace pnc::notice {

/// `doc` as the file `current` of the output set `outputs` shows it: with the files a reader of
/// `doc` can use instead — its other formats, its other languages, a bilingual document holding
/// it, and (for the adult notice) the children's guides — listed as links to their relative names
/// under the labels "output-<format>" (a format without a label is not for readers: not listed).
/// The list opens the section with id "formats" (made when the notice has none). Every piece of
/// the list has a kBuild origin: the catalogue key of its words and the file(s) it names, so
/// `pnc explain` shows it. `doc` unchanged when no other file is written, or `current` is not in
/// the set (a fragment lives in another site's page, where the files are not beside it; lint
/// writes nothing).
NoticeDoc WithOutputs(const NoticeDoc& doc, const std::vector<OutputFile>& outputs, const std::string& current);

}  // namespace pnc::notice
