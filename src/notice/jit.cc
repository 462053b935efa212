// notice: Model → just-in-time notices (NoticeDoc::jit): one for each form and each purpose, headed
// by its name (in a children's version, its child wording), its lines (jit_adult.cc, jit_child.cc)
// and a link to the full notice. The children's ones cover only the purposes about children, in
// their words. A line whose facts the source does not tie to the purpose (a recipient or retention
// record that names no purposes or data) is left out, and the link sends the reader to the full notice.
#include <algorithm>

#include "notice/sections.h"

namespace pnc::notice {
namespace {

// The purposes a just-in-time notice covers, as indexes into the model's purposes.
struct JitSubject {
  std::string id;  // section id: "jit-form-<id>" or "jit-purpose-<id>"
  std::string title;
  int title_origin = -1;
  std::string pointer;  // the form or purpose
  std::vector<size_t> purposes;
  std::string title_lang;  // the title's language when it is not the notice's
};

// The page and anchor of the full notice this document belongs to.
std::string FullNoticeHref(const Writer& w, const NoticeDoc& doc, const JitSubject& s) {
  std::string page;
  for (const auto& a : doc.alternates) {
    if (a.locale == doc.locale) page = a.href;
  }
  if (doc.audience == "child") return page + "#child-why";
  return page + (s.purposes.size() == 1 ? "#purpose-" + w.model().purposes[s.purposes[0]].id : "#why");
}

}  // namespace

// The retention records that keep one of these purposes' data: the one link (source/scope.h), shared
// with the DPV export and the Article 30 record. A record that may or may not keep it is left out.
std::vector<bool> JitKeptRecords(const Writer& w, const std::vector<size_t>& purposes) {
  std::vector<bool> out(w.model().retention.size(), false);
  for (size_t p : purposes) {
    const std::vector<source::Kept> kept = source::RecordsOfPurpose(w.model(), w.scope(), p);
    for (size_t r = 0; r < out.size(); ++r) out[r] = out[r] || kept[r] == source::Kept::kYes;
  }
  return out;
}

// Where the source says that no one receives these purposes' data: "recipients": "none" for the whole
// notice, or on every one of them; "" when it does not. A purpose no recipient names is not such a
// fact (photos published on a website name no recipient): no "we do not share it" line from silence.
std::string JitNoneSharedAt(const source::Model& m, const std::vector<size_t>& purposes) {
  if (m.recipients_stated && m.recipients.empty()) return m.recipients_pointer;
  std::string at;
  for (size_t i : purposes) {
    if (m.purposes[i].recipients_none_pointer.empty()) return "";
    if (at.empty()) at = m.purposes[i].recipients_none_pointer;
  }
  return at;
}

// The recipients that receive these purposes' data about the groups in `about` through other
// purposes (source::OnwardRecipients), each once, in the source's order of recipients.
std::vector<source::OnwardRecipient> JitOnward(const Writer& w, const std::vector<size_t>& purposes,
                                               const source::Groups& about) {
  std::vector<source::OnwardRecipient> out;
  for (size_t i : purposes) {
    for (const auto& o : source::OnwardRecipients(w.model(), w.scope(), i, about)) out.push_back(o);
  }
  std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.recipient < b.recipient; });
  return out;
}

std::vector<size_t> JitDecisions(const Writer& w, const std::vector<size_t>& purposes, const source::Groups& about) {
  const auto& m = w.model();
  const auto& scope = w.scope();
  std::vector<size_t> out;
  for (size_t d = 0; d < m.decisions.size() && d < scope.decisions.size(); ++d) {
    const auto& dec = m.decisions[d];
    const bool uses = std::any_of(purposes.begin(), purposes.end(), [&](size_t i) {
      if (i >= scope.purposes.size() ||
          !source::Any(source::Intersect(source::Intersect(scope.decisions[d], scope.purposes[i]), about))) {
        return false;
      }
      const auto& cats = m.purposes[i].categories;
      return std::any_of(dec.categories.begin(), dec.categories.end(), [&](const source::Ref& c) {
        return std::any_of(cats.begin(), cats.end(), [&](const source::Ref& x) { return x.id == c.id; });
      });
    });
    if (uses) out.push_back(d);
  }
  return out;
}

std::vector<Section> JitSections(const Writer& w, const NoticeDoc& doc) {
  const auto& m = w.model();
  const auto& scope = w.scope();
  const bool child = doc.audience == "child";
  auto about_children = [&](size_t i) {
    return i < scope.purposes.size() && scope.ConcernsChildren(scope.purposes[i]);
  };
  // A children's notice is headed in the child's words, as its lines are: the form's or purpose's
  // child wording for this band, else (lint asks for one) its adult name (user test s28 F4).
  auto subject = [&](const std::string& id, const auto& item) {
    const source::Text& own = child ? w.Child(item) : item.name;
    const source::Text& name = own.present() ? own : item.name;
    std::string title = w.Plain(name);
    if (&name != &item.name && !title.empty() && title.back() == '.') title.pop_back();  // a heading, not a sentence
    return JitSubject{id, title, w.Src(name.pointer), item.pointer, {}, w.LangOf(name)};
  };
  std::vector<JitSubject> subjects;
  for (const auto& f : m.forms) {
    JitSubject s = subject("jit-form-" + f.id, f);
    for (const auto& ref : f.purposes) {
      for (size_t i = 0; i < m.purposes.size(); ++i) {
        if (m.purposes[i].id != ref.id || (child && !about_children(i))) continue;
        if (std::find(s.purposes.begin(), s.purposes.end(), i) == s.purposes.end()) s.purposes.push_back(i);
      }
    }
    if (!s.purposes.empty()) subjects.push_back(s);
  }
  for (size_t i = 0; i < m.purposes.size(); ++i) {
    if (child && !about_children(i)) continue;
    JitSubject s = subject("jit-purpose-" + m.purposes[i].id, m.purposes[i]);
    s.purposes = {i};
    subjects.push_back(s);
  }
  std::vector<Section> out;
  for (const JitSubject& s : subjects) {
    Section sec;
    sec.id = s.id;
    sec.title = s.title;
    sec.title_lang = s.title_lang;
    sec.title_origin = s.title_origin;
    sec.origin = s.pointer;
    sec.blocks = child ? JitChildLines(w, s.purposes, s.pointer) : JitAdultLines(w, s.purposes, s.pointer);
    std::string href = FullNoticeHref(w, doc, s);
    std::string label = w.T(child ? "jit.child.more" : "jit.more");
    sec.blocks.push_back(Para({Link(href, label, w.Cat(child ? "jit.child.more" : "jit.more"))}));
    out.push_back(std::move(sec));
  }
  return out;
}

}  // namespace pnc::notice
