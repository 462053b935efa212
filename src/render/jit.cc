// render: NoticeDoc::jit (notice/jit.cc) → the just-in-time notices as HTML fragments and as plain
// text for paper forms. Every word comes from the document: this file adds markup and layout only.
#include "render/jit.h"

#include "locale/catalogue.h"
#include "render/html_blocks.h"
#include "render/plain_text.h"

namespace pnc::render {
namespace {

using Labels = std::map<std::string, std::string>;

// The catalogue's label.<key> with its placeholders filled.
std::string Label(const Labels& labels, const std::string& key, const std::map<std::string, std::string>& args) {
  auto it = labels.find(key);
  return it == labels.end() ? "" : locale::Substitute(it->second, args);
}

// Plain text of inlines, a line break starting a new line at `indent` (a children's group's name,
// then its ages: "Junior leaders" / "Ages 14 to 15.", not run together).
std::string Lines(const notice::Inlines& inlines, const std::string& indent) {
  std::string out;
  notice::Inlines line;
  auto flush = [&] {
    const std::string text = PlainText(line, false);
    if (!text.empty()) out += (out.empty() ? "" : "\n" + indent) + text;
    line.clear();
  };
  for (const auto& in : inlines) {
    if (in.kind == notice::InlineKind::kLineBreak) {
      flush();
    } else {
      line.push_back(in);
    }
  }
  flush();
  return out;
}

// Plain text of blocks: paragraphs as lines, list items as "- " lines; an item's later paragraphs
// (a children's purpose, then whether they must tell us) go on lines of their own under it, indented,
// so that a wording without a full stop does not run into the next sentence. A list or field list in
// an item (whose right it is, as a long list of groups) is indented under it, not dropped.
void AppendText(const std::vector<notice::Block>& blocks, const Labels& labels, const std::string& indent,
                std::string* out) {
  for (const auto& b : blocks) {
    if (b.kind == notice::BlockKind::kBulletList || b.kind == notice::BlockKind::kOrderedList) {
      for (const auto& item : b.items) {
        std::string mark = indent + "- ";
        for (const auto& inner : item) {
          if (inner.kind == notice::BlockKind::kParagraph) {
            *out += mark + Lines(inner.inlines, indent + "  ") + "\n";
          } else {
            AppendText({inner}, labels, indent + "  ", out);
          }
          mark = indent + "  ";
        }
      }
    } else if (b.kind == notice::BlockKind::kFields) {
      for (const auto& f : b.fields) {
        // The catalogue puts the label and its value together (label.field): its punctuation is the
        // locale's, not ": " for every language.
        if (f.items.empty()) {
          *out += indent + Label(labels, "field", {{"label", f.label}, {"value", PlainText(f.value, false)}}) + "\n";
          continue;
        }
        *out += indent + Label(labels, "field-list", {{"label", f.label}}) + "\n";
        for (const auto& item : f.items) *out += indent + "- " + PlainText(item, false) + "\n";
      }
    } else {
      *out += indent + Lines(b.inlines, indent) + "\n";
    }
  }
}

std::string BlocksText(const std::vector<notice::Block>& blocks, const Labels& labels) {
  std::string out;
  AppendText(blocks, labels, "", &out);
  return out;
}

}  // namespace

bool RenderJitHtml(const notice::NoticeDoc& doc, const RenderContext&, std::string* out, diag::Sink*) {
  if (doc.jit.empty()) return false;
  std::string html;
  for (const auto& s : doc.jit) {
    // Each notice carries its own language, so it can be pasted on its own.
    html += "<aside class=\"pnc-jit\" id=\"" + EscapeHtml(s.id) + "\" lang=\"" + EscapeHtml(doc.locale) + "\" dir=\"" +
            EscapeHtml(doc.dir) + "\" aria-labelledby=\"" + EscapeHtml(s.id) + "-title\">\n";
    html += "<h2 id=\"" + EscapeHtml(s.id) + "-title\"" +
            (s.title_lang.empty() ? "" : " lang=\"" + EscapeHtml(s.title_lang) + "\"") + ">" + EscapeHtml(s.title) +
            "</h2>\n";
    html += BlocksHtml(s.blocks, 3, doc.locale);
    html += "</aside>\n";
  }
  *out = std::move(html);
  return true;
}

bool RenderJitText(const notice::NoticeDoc& doc, const RenderContext&, std::string* out, diag::Sink*) {
  if (doc.jit.empty()) return false;
  std::string text;
  for (const auto& s : doc.jit) {
    if (!text.empty()) text += "\n";
    text += s.title + "\n\n";
    text += BlocksText(s.blocks, doc.labels);
  }
  *out = std::move(text);
  return true;
}

}  // namespace pnc::render
