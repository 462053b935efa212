#pragma once
// driver: the names of a build's output files, shared by build.cc (rendering, writing) and
// written_files.cc (the output set the documents list). build.h has the public ones.
#include <string>
#include <vector>

#include "doc/notice_doc.h"
#include "driver/build.h"
#include "render/registry.h"

namespace pnc::driver {

/// The file name of one output of document `base` ("notice.en") in `format` ("notice.en.html").
std::string OutName(const Options& o, const std::string& base, const render::Format& format);
/// The formats this build writes.
std::vector<const render::Format*> Formats(const Options& o);
/// The kinds of output file (extensions) this build writes (output_set.h).
std::vector<std::string> OwnedKinds(const Options& o);
/// Whether `format` renders documents of `audience` ("adult", "child").
bool ForAudience(const render::Format& format, const std::string& audience);
/// The adult documents of the --bilingual locales, in that order.
std::vector<const notice::NoticeDoc*> BilingualOrder(const Options& o, const std::vector<notice::NoticeDoc>& docs);
/// The file name base of the bilingual document ("notice.cy-en").
std::string BilingualBase(const Options& o);

}  // namespace pnc::driver
