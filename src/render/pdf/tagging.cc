// render/pdf: Layout + writer references → structure tree and catalog entries, written through
// libharu's internal object API (hpdf_objects.h, hpdf_doc.h), which Debian ships and exports.
#include "render/pdf/tagging.h"

#include <hpdf_doc.h>
#include <hpdf_objects.h>
#include <hpdf_pages.h>

#include <algorithm>
#include <cstdio>

namespace pnc::render::pdf {
namespace {

HPDF_Stream ContentStream(HPDF_Page page) { return static_cast<HPDF_PageAttr>(page->attr)->stream; }

// A name object for a structure type; libharu escapes nothing, and our types are plain ASCII.
HPDF_STATUS AddName(HPDF_Dict d, const char* key, const std::string& v) { return HPDF_Dict_AddName(d, key, v.c_str()); }

// Null when libharu failed (out of memory, a limit): callers stop, since using it would crash.
HPDF_Dict Indirect(HPDF_Doc doc) {
  HPDF_Dict d = HPDF_Dict_New(doc->mmgr);
  if (d && HPDF_Xref_Add(doc->xref, d) != HPDF_OK) return nullptr;  // Xref_Add frees it on failure
  return d;
}

bool AddText(HPDF_Doc doc, HPDF_Dict d, const char* key, const std::string& value) {
  // The UTF-8 encoder makes libharu write a UTF-16BE text string with a byte-order mark.
  HPDF_String s = HPDF_String_New(doc->mmgr, value.c_str(), HPDF_GetEncoder(doc, "UTF-8"));
  return s && HPDF_Dict_Add(d, key, s) == HPDF_OK;
}

}  // namespace

void BeginMarkedContent(HPDF_Page page, const std::string& tag, int mcid) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "/%s <</MCID %d>> BDC\012", tag.c_str(), mcid);
  HPDF_Stream_WriteStr(ContentStream(page), buf);
}

void BeginArtifact(HPDF_Page page, bool pagination) {
  HPDF_Stream_WriteStr(ContentStream(page),
                       pagination ? "/Artifact <</Type /Pagination>> BDC\012" : "/Artifact <</Type /Layout>> BDC\012");
}

void EndMarkedContent(HPDF_Page page) { HPDF_Stream_WriteStr(ContentStream(page), "EMC\012"); }

bool FinishTagging(HPDF_Doc doc, const Layout& layout, const std::string& lang, const TagRefs& refs) {
  const int npages = static_cast<int>(refs.pages.size());
  HPDF_Dict root = Indirect(doc);
  if (!root || HPDF_Dict_AddName(root, "Type", "StructTreeRoot") != HPDF_OK) return false;

  std::vector<HPDF_Dict> elems(layout.elems.size());
  for (size_t e = 0; e < layout.elems.size(); ++e) {
    if (!(elems[e] = Indirect(doc))) return false;
  }

  // ParentTree: per page, the element owning each MCID; per annotation, its Link element.
  std::vector<std::vector<HPDF_Dict>> by_page(npages);
  std::vector<std::pair<int, HPDF_Dict>> annot_parents;

  for (size_t e = 0; e < layout.elems.size(); ++e) {
    const StructElem& se = layout.elems[e];
    HPDF_Dict d = elems[e];
    if (HPDF_Dict_AddName(d, "Type", "StructElem") != HPDF_OK || AddName(d, "S", se.type) != HPDF_OK ||
        HPDF_Dict_Add(d, "P", se.parent >= 0 ? elems[se.parent] : root) != HPDF_OK ||
        (!se.lang.empty() && !AddText(doc, d, "Lang", se.lang)) ||
        (!se.alt.empty() && !AddText(doc, d, "Alt", se.alt))) {
      return false;
    }
    if (se.column_header) {
      HPDF_Dict a = HPDF_Dict_New(doc->mmgr);
      if (!a || HPDF_Dict_Add(d, "A", a) != HPDF_OK) return false;
      HPDF_Dict_AddName(a, "O", "Table");
      HPDF_Dict_AddName(a, "Scope", "Column");
    }
    HPDF_Array kids = nullptr;
    std::pair<int, int> last_mcr = {-1, -1};  // runs sharing a marked-content sequence: one MCR
    // Containers are attached to their parent as soon as they exist: on a failure half-way, the
    // document then owns (and frees) everything made so far.
    auto add_kid = [&](void* obj) {
      if (!kids && (kids = HPDF_Array_New(doc->mmgr)) != nullptr && HPDF_Dict_Add(d, "K", kids) != HPDF_OK) {
        kids = nullptr;  // Dict_Add frees it on failure
      }
      if (!kids) {
        if (obj) HPDF_Obj_Free(doc->mmgr, obj);
        return false;
      }
      return obj && HPDF_Array_Add(kids, obj) == HPDF_OK;  // Array_Add frees obj on failure
    };
    for (const StructKid& kid : se.kids) {
      if (kid.kind == StructKid::Kind::kElem) {
        if (!add_kid(elems[kid.index])) return false;
      } else if (kid.kind == StructKid::Kind::kRun) {
        if (kid.index < 0 || kid.index >= static_cast<int>(refs.run_mcid.size())) continue;
        auto [page, mcid] = refs.run_mcid[kid.index];
        if (page < 0 || std::make_pair(page, mcid) == last_mcr) continue;
        last_mcr = {page, mcid};
        HPDF_Dict mcr = HPDF_Dict_New(doc->mmgr);
        if (!mcr) return false;
        HPDF_Dict_AddName(mcr, "Type", "MCR");
        HPDF_Dict_Add(mcr, "Pg", refs.pages[page]);
        HPDF_Dict_AddNumber(mcr, "MCID", mcid);
        if (!add_kid(mcr)) return false;
        auto& slots = by_page[page];
        if (slots.size() <= static_cast<size_t>(mcid)) slots.resize(mcid + 1, nullptr);
        slots[mcid] = d;
      } else {
        if (kid.index < 0 || kid.index >= static_cast<int>(refs.link_annot.size())) continue;
        auto [page, annot] = refs.link_annot[kid.index];
        if (page < 0 || !annot) continue;
        HPDF_Dict objr = HPDF_Dict_New(doc->mmgr);
        if (!objr) return false;
        HPDF_Dict_AddName(objr, "Type", "OBJR");
        HPDF_Dict_Add(objr, "Pg", refs.pages[page]);
        HPDF_Dict_Add(objr, "Obj", annot);
        if (!add_kid(objr)) return false;
        int key = npages + static_cast<int>(annot_parents.size());
        HPDF_Dict_AddNumber(annot, "StructParent", key);
        annot_parents.push_back({key, d});
      }
    }
  }

  // Link annotations carry their text too (PDF/UA asks for /Contents on every annotation).
  for (const LinkArea& a : layout.links) {
    if (a.id < 0 || a.id >= static_cast<int>(refs.link_annot.size())) continue;
    if (HPDF_Annotation annot = refs.link_annot[a.id].second; annot && !a.alt.empty()) {
      if (!AddText(doc, annot, "Contents", a.alt)) return false;
    }
  }

  HPDF_Array root_kids = HPDF_Array_New(doc->mmgr);
  if (!root_kids || HPDF_Dict_Add(root, "K", root_kids) != HPDF_OK) return false;
  if (!elems.empty()) HPDF_Array_Add(root_kids, elems[0]);

  HPDF_Dict tree = HPDF_Dict_New(doc->mmgr);
  if (!tree || HPDF_Dict_Add(root, "ParentTree", tree) != HPDF_OK) return false;
  HPDF_Array nums = HPDF_Array_New(doc->mmgr);
  if (!nums || HPDF_Dict_Add(tree, "Nums", nums) != HPDF_OK) return false;
  for (int p = 0; p < npages; ++p) {
    HPDF_Array arr = HPDF_Array_New(doc->mmgr);
    if (!arr || HPDF_Array_AddNumber(nums, p) != HPDF_OK || HPDF_Array_Add(nums, arr) != HPDF_OK) return false;
    for (HPDF_Dict owner : by_page[p]) {
      if (HPDF_Array_Add(arr, owner ? static_cast<void*>(owner) : HPDF_Null_New(doc->mmgr)) != HPDF_OK) return false;
    }
    HPDF_Dict_AddNumber(refs.pages[p], "StructParents", p);
    HPDF_Dict_AddName(refs.pages[p], "Tabs", "S");  // tab through links in structure order
  }
  for (const auto& [key, owner] : annot_parents) {
    if (HPDF_Array_AddNumber(nums, key) != HPDF_OK || HPDF_Array_Add(nums, owner) != HPDF_OK) return false;
  }
  HPDF_Dict_AddNumber(root, "ParentTreeNextKey", npages + static_cast<int>(annot_parents.size()));

  HPDF_Dict catalog = doc->catalog;
  HPDF_Dict_Add(catalog, "StructTreeRoot", root);
  HPDF_Dict mark = HPDF_Dict_New(doc->mmgr);
  if (!mark || HPDF_Dict_Add(catalog, "MarkInfo", mark) != HPDF_OK) return false;
  HPDF_Dict_AddBoolean(mark, "Marked", HPDF_TRUE);
  if (!lang.empty() && !AddText(doc, catalog, "Lang", lang)) return false;
  HPDF_Dict prefs = HPDF_Dict_New(doc->mmgr);
  if (!prefs || HPDF_Dict_Add(catalog, "ViewerPreferences", prefs) != HPDF_OK) return false;
  HPDF_Dict_AddBoolean(prefs, "DisplayDocTitle", HPDF_TRUE);
  // Structure trees and /Lang in the catalog are PDF 1.4+; 1.7 is what PDF/UA-minded checkers
  // expect.
  doc->pdf_version = HPDF_VER_17;
  return true;
}

}  // namespace pnc::render::pdf
