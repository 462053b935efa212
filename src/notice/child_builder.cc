// notice: Model → the children's NoticeDoc (filled in by the children's-version work).
#include "notice/builder.h"

namespace pnc::notice {

NoticeDoc BuildChildNotice(const BuildInput& in, diag::Sink* sink) {
  NoticeDoc doc = BuildNotice(in, sink);
  doc.audience = "child";
  return doc;
}

}  // namespace pnc::notice
