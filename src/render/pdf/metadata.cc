// render/pdf: XMP packet → /Metadata stream, through libharu's internal object API (like
// tagging.cc).
#include "render/pdf/metadata.h"

#include <hpdf_doc.h>
#include <hpdf_objects.h>
#include <hpdf_streams.h>

#include "render/html_blocks.h"  // EscapeHtml: its entities are valid XML too

namespace pnc::render::pdf {
void AddXmpMetadata(HPDF_Doc doc, const DocMetadata& meta) {
  const std::string lang = EscapeHtml(meta.lang.empty() ? "x-default" : meta.lang);
  // A text value in the document's language, also as the x-default readers fall back to.
  auto alt = [&](const std::string& value) {
    const std::string v = EscapeHtml(value);
    return "<rdf:Alt><rdf:li xml:lang=\"x-default\">" + v + "</rdf:li><rdf:li xml:lang=\"" + lang + "\">" + v +
           "</rdf:li></rdf:Alt>";
  };
  std::string xmp =
      "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
      "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
      "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
      "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
      " xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n"
      "<dc:format>application/pdf</dc:format>\n"
      "<dc:title>" +
      alt(meta.title) +
      "</dc:title>\n"
      "<dc:creator><rdf:Seq><rdf:li>" +
      EscapeHtml(meta.author) +
      "</rdf:li></rdf:Seq></dc:creator>\n"
      "<dc:description>" +
      alt(meta.subject) +
      "</dc:description>\n"
      "<dc:language><rdf:Bag><rdf:li>" +
      lang +
      "</rdf:li></rdf:Bag></dc:language>\n"
      "<xmp:CreatorTool>" +
      EscapeHtml(meta.generator) +
      "</xmp:CreatorTool>\n"
      "</rdf:Description>\n"
      "</rdf:RDF>\n"
      "</x:xmpmeta>\n"
      "<?xpacket end=\"w\"?>";
  HPDF_Dict stream = HPDF_DictStream_New(doc->mmgr, doc->xref);
  if (!stream) return;
  // Left uncompressed, as XMP readers that scan files for packets expect.
  stream->filter = HPDF_STREAM_FILTER_NONE;
  HPDF_Dict_AddName(stream, "Type", "Metadata");
  HPDF_Dict_AddName(stream, "Subtype", "XML");
  HPDF_Stream_Write(stream->stream, reinterpret_cast<const HPDF_BYTE*>(xmp.data()), static_cast<HPDF_UINT>(xmp.size()));
  HPDF_Dict_Add(doc->catalog, "Metadata", stream);
}

}  // namespace pnc::render::pdf
