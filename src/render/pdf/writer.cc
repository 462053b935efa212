// render/pdf: Layout → PDF bytes. Public libharu calls only; the tagging internals are behind
// tagging.h. Byte-deterministic: libharu 2.3 writes no dates and no /ID unless encrypting.
#include "render/pdf/writer.h"

#include <hpdf.h>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <new>
#include <set>
#include <type_traits>

#include "render/pdf/haru_font.h"
#include "render/pdf/metadata.h"
#include "render/pdf/tagging.h"
#include "render/pdf/text.h"

namespace pnc::render::pdf {
namespace {

// libharu errors are sticky; remember the first so the diagnostic names the cause, not an echo.
struct HaruErrors {
  HPDF_STATUS first = HPDF_OK;
  HPDF_STATUS detail = 0;
  int count = 0;
};

// A libharu failure as a diagnostic. Its limits of the PDF format (arrays of 32,767 entries,
// strings of 65,535 bytes…) are the notice's size, not a bug: a length-limit error the user can
// act on (exit 1). Anything else is pnc's fault (internal, exit 70).
diag::Diagnostic Failure(HPDF_STATUS error, HPDF_STATUS detail) {
  char code[48];
  std::snprintf(code, sizeof code, "libharu error 0x%04X, detail %u", static_cast<unsigned>(error),
                static_cast<unsigned>(detail));
  const char* limit = nullptr;
  switch (error) {
    case HPDF_ARRAY_COUNT_ERR:
      limit = "a PDF array would hold more than 32,767 entries";
      break;
    case HPDF_DICT_COUNT_ERR:
      limit = "a PDF dictionary would hold more than 4,095 entries";
      break;
    case HPDF_STRING_OUT_OF_RANGE:
      limit = "a PDF string would be longer than 65,535 bytes";
      break;
    case HPDF_XREF_COUNT_ERR:
      limit = "the PDF would hold more than 8,388,607 objects";
      break;
    case HPDF_PAGE_OUT_OF_RANGE:
      limit = "the PDF would have too many pages";
      break;
    case HPDF_REAL_OUT_OF_RANGE:
      limit = "a position would be outside what a PDF can hold";
      break;
    default:
      break;
  }
  if (limit) {
    auto d =
        diag::Make(diag::Severity::kError, "", "",
                   std::string("the large-print pdf cannot be written: ") + limit + " (" + code + ")", "length-limit");
    d.hints = {"shorten the notice (README \"Input limits\"), or build only the HTML with --format html"};
    return d;
  }
  return diag::Make(diag::Severity::kError, "", "",
                    std::string("internal error: libharu failed writing the pdf (") + code + ")", "internal");
}

void OnHaruError(HPDF_STATUS error, HPDF_STATUS detail, void* user) {
  auto* e = static_cast<HaruErrors*>(user);
  if (e->count++ == 0) {
    e->first = error;
    e->detail = detail;
  }
}

class Writer {
 public:
  Writer(HPDF_Doc pdf, const Style& style, const Fonts& fonts, const Layout& layout, HaruErrors* errors)
      : pdf_(pdf), style_(style), fonts_(fonts), layout_(layout), errors_(errors) {}

  /// False when a libharu call failed (the first error is in `errors`): the writer stops at the
  /// first failure, since libharu returns null objects after one and using them would crash.
  bool Write(const notice::NoticeDoc& doc) {
    if (HPDF_SetCompressionMode(pdf_, HPDF_COMP_ALL) != HPDF_OK || HPDF_UseUTFEncodings(pdf_) != HPDF_OK ||
        HPDF_SetCurrentEncoder(pdf_, "UTF-8") != HPDF_OK) {  // Info strings become UTF-16 text strings
      return Healthy();
    }
    const char* regular = LoadTrueType(pdf_, fonts_.regular->bytes);
    const char* bold = LoadTrueType(pdf_, fonts_.bold->bytes);
    if (!regular || !bold || !Healthy()) return false;
    for (const Run& r : layout_.runs) {
      std::set<char32_t>& used = used_[r.face == Face::kBold ? 1 : 0];
      for (char32_t c : DecodeUtf8(r.text)) used.insert(c);
      if (r.space_after) used.insert(U' ');
    }
    // Settings may name one font for both faces: libharu then has one font, which must map what
    // both faces show.
    shared_ = std::string(regular) == bold;
    if (shared_) {
      used_[0].insert(used_[1].begin(), used_[1].end());
      used_[1] = used_[0];
    }
    font_[0] = GetUtf8Font(pdf_, regular, used_[0]);
    font_[1] = shared_ ? font_[0] : GetUtf8Font(pdf_, bold, used_[1]);
    if (!font_[0] || !font_[1] || !Healthy()) return false;

    auto subject_label = doc.labels.find("subject");
    const std::string subject = subject_label != doc.labels.end() ? subject_label->second : doc.title;
    // A preview says so in its title too: a file opened on its own, or listed by title, is a draft.
    const std::string title = doc.draft.empty() ? doc.title : doc.draft + ". " + doc.title;
    if (HPDF_SetInfoAttr(pdf_, HPDF_INFO_TITLE, title.c_str()) != HPDF_OK ||
        HPDF_SetInfoAttr(pdf_, HPDF_INFO_AUTHOR, doc.organisation.c_str()) != HPDF_OK ||
        HPDF_SetInfoAttr(pdf_, HPDF_INFO_SUBJECT, subject.c_str()) != HPDF_OK) {
      return Healthy();
    }
    AddXmpMetadata(pdf_, {title, doc.organisation, subject, doc.locale, "pnc " PNC_VERSION});
    if (!layout_.bookmarks.empty()) HPDF_SetPageMode(pdf_, HPDF_PAGE_MODE_USE_OUTLINE);
    if (!Healthy()) return false;

    for (int p = 0; p < layout_.page_count; ++p) {
      HPDF_Page page = HPDF_AddPage(pdf_);
      if (!page) return Healthy();
      HPDF_Page_SetWidth(page, static_cast<HPDF_REAL>(layout_.page_width));
      HPDF_Page_SetHeight(page, static_cast<HPDF_REAL>(layout_.page_height));
      refs_.pages.push_back(page);
    }
    if (!Healthy()) return false;
    int max_run = -1;
    for (const Run& r : layout_.runs) max_run = std::max(max_run, r.id);
    refs_.run_mcid.assign(max_run + 1, {-1, -1});
    refs_.link_annot.assign(layout_.links.size(), {-1, nullptr});

    std::vector<std::vector<const Run*>> runs(layout_.page_count);
    for (const Run& r : layout_.runs) runs[r.page].push_back(&r);
    std::vector<std::vector<const Rule*>> rules(layout_.page_count);
    for (const Rule& r : layout_.rules) rules[r.page].push_back(&r);
    for (int p = 0; p < layout_.page_count; ++p) {
      Page(p, runs[p], rules[p]);
      if (!Healthy()) return false;
    }
    bool linked = Links(), outlined = linked && Outline();
    if (!Healthy() || !outlined) return false;
    FixToUnicode(font_[0], used_[0]);
    if (!shared_) FixToUnicode(font_[1], used_[1]);
    if (!Healthy()) return false;
    bool tagged = FinishTagging(pdf_, layout_, doc.locale, refs_);
    return Healthy() && tagged;
  }

 private:
  // libharu's internal calls (tagging, fonts) record errors without calling the handler: both
  // are looked at, and the first error is kept for the diagnostic.
  bool Healthy() {
    if (errors_->count == 0 && HPDF_GetError(pdf_) != HPDF_OK) {
      errors_->first = HPDF_GetError(pdf_);
      errors_->detail = HPDF_GetErrorDetail(pdf_);
      errors_->count = 1;
    }
    return errors_->count == 0;
  }

  void Fill(HPDF_Page page, const Rgb& c) {
    HPDF_Page_SetRGBFill(page, static_cast<HPDF_REAL>(c.r), static_cast<HPDF_REAL>(c.g), static_cast<HPDF_REAL>(c.b));
  }
  void Stroke(HPDF_Page page, const Rgb& c) {
    HPDF_Page_SetRGBStroke(page, static_cast<HPDF_REAL>(c.r), static_cast<HPDF_REAL>(c.g), static_cast<HPDF_REAL>(c.b));
  }

  void Page(int p, const std::vector<const Run*>& runs, const std::vector<const Rule*>& rules) {
    HPDF_Page page = refs_.pages[p];
    int mcid = 0;
    // Tagged text first, in reading order; consecutive runs of one element share a marked-content
    // sequence (one MCID per element per page, not per line). Decoration and footers follow.
    std::vector<const Run*> later;
    int open = -1;
    for (const Run* r : runs) {
      if (r->elem < 0) {
        later.push_back(r);
        continue;
      }
      if (r->text.empty()) continue;
      if (r->elem != open) {
        if (open >= 0) EndMarkedContent(page);
        BeginMarkedContent(page, layout_.elems[r->elem].type, mcid++);
        open = r->elem;
      }
      if (r->id >= 0) refs_.run_mcid[r->id] = {p, mcid - 1};
      Text(page, *r);
    }
    if (open >= 0) EndMarkedContent(page);
    BeginArtifact(page, false);
    for (const Run* r : runs) {
      if (r->underline) Underline(page, *r);
    }
    for (const Rule* rule : rules) Line(page, *rule);
    EndMarkedContent(page);
    for (const Run* r : later) {
      if (r->text.empty()) continue;
      BeginArtifact(page, true);
      Text(page, *r);
      EndMarkedContent(page);
    }
  }

  void Text(HPDF_Page page, const Run& r) {
    const int face = r.face == Face::kBold ? 1 : 0;
    std::string text = r.space_after ? r.text + " " : r.text;
    Fill(page, r.ink == Ink::kLink ? style_.link : style_.text);
    HPDF_Page_BeginText(page);
    HPDF_Page_SetFontAndSize(page, font_[face], static_cast<HPDF_REAL>(r.size));
    HPDF_Page_TextOut(page, static_cast<HPDF_REAL>(r.x), static_cast<HPDF_REAL>(r.y), text.c_str());
    HPDF_Page_EndText(page);
  }

  void Underline(HPDF_Page page, const Run& r) {
    const FontMetrics& f = fonts_.Get(r.face);
    double width = r.width;
    for (size_t n = r.text.size(); n > 0 && r.text[n - 1] == ' '; --n) width -= f.Width(U' ', r.size);
    if (width <= 0) return;
    double thickness = std::max(style_.underline_min, f.underline_thickness * r.size);
    double y = r.y - f.underline_position * r.size;
    Stroke(page, style_.link);
    HPDF_Page_SetLineWidth(page, static_cast<HPDF_REAL>(thickness));
    HPDF_Page_MoveTo(page, static_cast<HPDF_REAL>(r.x), static_cast<HPDF_REAL>(y));
    HPDF_Page_LineTo(page, static_cast<HPDF_REAL>(r.x + width), static_cast<HPDF_REAL>(y));
    HPDF_Page_Stroke(page);
  }

  void Line(HPDF_Page page, const Rule& rule) {
    HPDF_Page_GSave(page);
    Stroke(page, style_.rule);
    HPDF_Page_SetLineWidth(page, static_cast<HPDF_REAL>(rule.width));
    if (rule.dotted) {  // round dots: a zero-length dash with round caps would be rejected
      const HPDF_UINT16 dots[] = {1, 5};
      HPDF_Page_SetLineCap(page, HPDF_ROUND_END);
      HPDF_Page_SetDash(page, dots, 2, 0);
    }
    HPDF_Page_MoveTo(page, static_cast<HPDF_REAL>(rule.x0), static_cast<HPDF_REAL>(rule.y0));
    HPDF_Page_LineTo(page, static_cast<HPDF_REAL>(rule.x1), static_cast<HPDF_REAL>(rule.y1));
    HPDF_Page_Stroke(page);
    HPDF_Page_GRestore(page);
  }

  HPDF_Destination Destination(int dest) {
    if (dest < 0 || dest >= static_cast<int>(layout_.dests.size())) return nullptr;
    const Dest& d = layout_.dests[dest];
    if (d.page < 0) return nullptr;
    HPDF_Destination dst = HPDF_Page_CreateDestination(refs_.pages[d.page]);
    // SetXYZ rejects zoom 0 ("keep the zoom"), so jump with fit-width at the heading's top.
    HPDF_Destination_SetFitH(dst, static_cast<HPDF_REAL>(d.top));
    return dst;
  }

  bool Links() {
    for (size_t i = 0; i < layout_.links.size(); ++i) {
      const LinkArea& a = layout_.links[i];
      HPDF_Page page = refs_.pages[a.page];
      HPDF_Rect rect = {static_cast<HPDF_REAL>(a.x0), static_cast<HPDF_REAL>(a.y0), static_cast<HPDF_REAL>(a.x1),
                        static_cast<HPDF_REAL>(a.y1)};
      HPDF_Annotation annot = nullptr;
      if (!a.uri.empty()) {
        annot = HPDF_Page_CreateURILinkAnnot(page, rect, a.uri.c_str());
      } else if (HPDF_Destination dst = Destination(a.dest)) {
        annot = HPDF_Page_CreateLinkAnnot(page, rect, dst);
      }
      if (!annot) {
        if (!Healthy()) return false;
        continue;
      }
      HPDF_LinkAnnot_SetBorderStyle(annot, 0, 0, 0);
      if (a.id >= 0 && a.id < static_cast<int>(refs_.link_annot.size())) {
        refs_.link_annot[a.id] = {a.page, annot};
      }
    }
    return Healthy();
  }

  bool Outline() {
    HPDF_Encoder utf8 = HPDF_GetEncoder(pdf_, "UTF-8");
    std::vector<HPDF_Outline> open(8, nullptr);  // the last outline at each level
    for (const Bookmark& b : layout_.bookmarks) {
      int level = std::clamp(b.level, 1, 7);
      HPDF_Outline parent = level > 1 ? open[level - 1] : nullptr;
      HPDF_Outline o = HPDF_CreateOutline(pdf_, parent, b.title.c_str(), utf8);
      if (!o) return Healthy();
      if (HPDF_Destination dst = Destination(b.dest)) HPDF_Outline_SetDestination(o, dst);
      HPDF_Outline_SetOpened(o, level == 1 ? HPDF_TRUE : HPDF_FALSE);
      open[level] = o;
      std::fill(open.begin() + level + 1, open.end(), nullptr);
    }
    return Healthy();
  }

  HPDF_Doc pdf_;
  const Style& style_;
  const Fonts& fonts_;
  const Layout& layout_;
  HaruErrors* errors_;
  HPDF_Font font_[2] = {nullptr, nullptr};
  std::set<char32_t> used_[2];
  bool shared_ = false;  // one font for both faces
  TagRefs refs_;
};

}  // namespace

bool WritePdf(const notice::NoticeDoc& doc, const Style& style, const Fonts& fonts, const Layout& layout,
              std::string* out, diag::Sink* sink) {
  HaruErrors errors;
  std::unique_ptr<std::remove_pointer_t<HPDF_Doc>, decltype(&HPDF_Free)> pdf(HPDF_New(OnHaruError, &errors), HPDF_Free);
  std::string bytes;
  if (pdf) {
    bool written = Writer(pdf.get(), style, fonts, layout, &errors).Write(doc);
    if (!written && errors.count == 0) errors.count = 1;  // never save a document without its pages
    if (errors.count == 0 && HPDF_SaveToStream(pdf.get()) == HPDF_OK && HPDF_ResetStream(pdf.get()) == HPDF_OK) {
      bytes.resize(HPDF_GetStreamSize(pdf.get()));
      HPDF_UINT32 size = static_cast<HPDF_UINT32>(bytes.size());
      if (HPDF_ReadFromStream(pdf.get(), reinterpret_cast<HPDF_BYTE*>(bytes.data()), &size) != HPDF_OK &&
          size != bytes.size()) {
        bytes.clear();
      }
      bytes.resize(size);
    }
  }
  if (!pdf && errors.count == 0) throw std::bad_alloc();  // HPDF_New fails only for memory
  if (errors.count > 0 || bytes.empty()) {
    if (errors.first == HPDF_FAILD_TO_ALLOC_MEM) throw std::bad_alloc();
    sink->Add(Failure(errors.first, errors.detail));
    return false;
  }
  *out = std::move(bytes);
  return true;
}

}  // namespace pnc::render::pdf
