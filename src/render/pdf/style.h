#pragma once
// render/pdf: the clear-print rules from accessibility/large-print.json, resolved for one render.
#include <array>
#include <string>
#include <vector>

#include "diag/diagnostic.h"

namespace pnc::render::pdf {

/// The smallest text size pnc will print in a large-print document, whatever the configuration
/// says.
inline constexpr double kMinLargePrintSize = 16.0;

/// An RGB colour with components in 0..1.
struct Rgb {
  double r = 0, g = 0, b = 0;
  bool operator==(const Rgb&) const = default;
};

/// Every measurement the layout engine uses, in points unless named otherwise.
struct Style {
  std::string config_path;  // for diagnostics
  double page_width = 0, page_height = 0;
  double margin_top = 0, margin_bottom = 0, margin_left = 0, margin_right = 0;
  double max_line_chars = 70;
  double body_size = 18;
  double line_spacing = 1.5;  // line height / size for body text
  double heading_line_spacing = 1.25;
  std::array<double, 7> heading_size{};  // [1..6]
  double footer_size = 18;
  double paragraph_after = 0, heading_before = 0, heading_after = 0, list_item_after = 0;
  double list_indent = 0, cell_padding = 0, callout_padding = 0, fields_gap = 0, footer_gap = 0;
  double table_rule = 1, callout_rule = 2, underline_min = 1, leader_rule = 1;
  Rgb text, link, rule;
  std::array<std::string, 3> bullets;  // by nesting depth, cycling
  std::string number_suffix;
  int contents_depth = 2;
  bool contents_page_break = true;
  std::string font_regular, font_bold;  // TrueType paths
};

/// The settings file, relative to the data directory.
inline constexpr const char* kSettingsFile = "accessibility/large-print.json";

/// Resolves the settings (the text of `<data_dir>/accessibility/large-print.json`, read by the
/// driver; nullptr when it could not be read) for `audience` and `paper` ("A4", "Letter").
/// Reports `large-print-size` when any text size is below kMinLargePrintSize.
bool LoadStyle(const std::string& data_dir, const std::string* settings, const std::string& audience,
               const std::string& paper, Style* style, diag::Sink* sink);

/// The font files the settings name, for every audience, as written there (absolute, or relative
/// to the data directory); none when the settings are malformed (rendering reports that).
std::vector<std::string> FontFiles(const std::string& settings);

}  // namespace pnc::render::pdf
