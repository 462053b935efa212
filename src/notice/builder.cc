// notice: assembles the adult NoticeDoc from its section builders and the catalogue's labels.
#include "notice/builder.h"

#include "notice/sections.h"

namespace pnc::notice {
NoticeDoc BuildNotice(const BuildInput& in, diag::Sink* sink) {
  NoticeDoc doc;
  Writer w(in, &doc, sink);
  const auto& m = in.model;
  doc.locale = in.catalogue.code();
  doc.dir = in.catalogue.dir();
  doc.title = w.Plain(m.notice.title);
  doc.title_origin = w.Src(m.notice.title.pointer);
  doc.organisation = w.Plain(m.controller.contact.name);
  doc.organisation_origin = w.Src(m.controller.contact.name.pointer);
  doc.version = m.notice.version;
  doc.version_origin = w.Src("/notice/version");
  doc.updated_iso = m.notice.date;
  doc.updated = w.Date(m.notice.date);
  doc.updated_origin = w.Src(m.notice.date_pointer);
  doc.summary_title = w.T("label.summary");
  doc.summary_title_origin = w.Cat("label.summary");
  doc.summary = DraftBlocks(w, in.preview, &doc);
  for (auto& b : Summary(w)) doc.summary.push_back(std::move(b));
  doc.sections.push_back(About(w));
  for (auto& s : DataSections(w)) doc.sections.push_back(std::move(s));
  doc.sections.push_back(Purposes(w));
  for (auto& s : SharingSections(w)) doc.sections.push_back(std::move(s));
  for (auto& s : RightsSections(w)) doc.sections.push_back(std::move(s));
  doc.alternates = in.alternates;
  for (auto& a : doc.alternates) a.current = a.locale == doc.locale;
  SetLabels(w, &doc);
  if (in.jit) doc.jit = JitSections(w, doc);
  w.MarkLangs(&doc);
  return doc;
}

}  // namespace pnc::notice
