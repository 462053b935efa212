#pragma once
// render/pdf: the document's XMP metadata stream (Dublin Core title, author, description and
// language), which libharu 2.3 cannot write; assistive technology and search tools read it where
// they do not read the Info dictionary. No PDF/UA identifier is claimed: nothing in Debian can
// validate the file against PDF/UA, and the identifier is a claim of conformance.
#include <hpdf.h>

#include <string>

namespace pnc::render::pdf {

/// What the XMP packet says; the same values as the Info dictionary.
struct DocMetadata {
  std::string title;
  std::string author;
  std::string subject;
  std::string lang;       // BCP 47
  std::string generator;  // "pnc 0.1.0"
};

/// Adds /Metadata (an uncompressed XMP packet) to the catalog of `doc`.
void AddXmpMetadata(HPDF_Doc doc, const DocMetadata& meta);

}  // namespace pnc::render::pdf
