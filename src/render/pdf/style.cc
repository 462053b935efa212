// render/pdf: accessibility/large-print.json (its text, read by the driver) → Style, with the large-print floor
// enforced here.
#include "render/pdf/style.h"

#include <nlohmann/json.hpp>
#include <sstream>

namespace pnc::render::pdf {
namespace {

using nlohmann::json;

constexpr double kPtPerMm = 72.0 / 25.4;

std::string FormatNumber(double v) {
  std::ostringstream s;
  s << v;
  return s.str();
}

Rgb ParseColour(const std::string& hex) {
  if (hex.size() != 7 || hex[0] != '#') throw std::runtime_error("colour '" + hex + "' is not #rrggbb");
  auto part = [&](int i) { return std::stoi(hex.substr(1 + 2 * i, 2), nullptr, 16) / 255.0; };
  return {part(0), part(1), part(2)};
}

std::string ResolvePath(const std::string& data_dir, const std::string& p) {
  return p.empty() || p[0] == '/' ? p : data_dir + "/" + p;
}

}  // namespace

std::vector<std::string> FontFiles(const std::string& settings) {
  std::vector<std::string> out;
  json j = json::parse(settings, nullptr, /*allow_exceptions=*/false);
  if (!j.is_object() || !j.contains("audiences") || !j["audiences"].is_object()) return out;
  for (const auto& [audience, cfg] : j["audiences"].items()) {
    for (const char* key : {"font_regular", "font_bold"}) {
      if (cfg.is_object() && cfg.contains(key) && cfg[key].is_string()) out.push_back(cfg[key].get<std::string>());
    }
  }
  return out;
}

bool LoadStyle(const std::string& data_dir, const std::string* settings, const std::string& audience,
               const std::string& paper, Style* st, diag::Sink* sink) {
  st->config_path = data_dir + "/" + kSettingsFile;
  auto fail = [&](const std::string& pointer, const std::string& message, const char* rule) {
    sink->Add(diag::Make(diag::Severity::kError, st->config_path, pointer, message, rule));
    return false;
  };
  if (settings == nullptr) return fail("", "cannot read large-print settings", "large-print-config");
  json j;
  try {
    j = json::parse(*settings);
    const json& aud =
        j.at("audiences").contains(audience) ? j.at("audiences").at(audience) : j.at("audiences").at("adult");
    const json& papers = j.at("paper_mm");
    if (!papers.contains(paper)) {
      return fail("/paper_mm", "unknown paper size '" + paper + "'", "large-print-config");
    }
    st->page_width = papers.at(paper).at(0).get<double>() * kPtPerMm;
    st->page_height = papers.at(paper).at(1).get<double>() * kPtPerMm;
    const json& m = j.at("margins_mm");
    st->margin_top = m.at("top").get<double>() * kPtPerMm;
    st->margin_bottom = m.at("bottom").get<double>() * kPtPerMm;
    st->margin_left = m.at("left").get<double>() * kPtPerMm;
    st->margin_right = m.at("right").get<double>() * kPtPerMm;
    st->max_line_chars = j.at("max_line_chars").get<double>();
    st->line_spacing = j.at("line_spacing").get<double>();
    st->heading_line_spacing = j.at("heading_line_spacing").get<double>();
    st->body_size = aud.at("body_size_pt").get<double>();
    st->font_regular = ResolvePath(data_dir, aud.at("font_regular").get<std::string>());
    st->font_bold = ResolvePath(data_dir, aud.at("font_bold").get<std::string>());
    const double em = st->body_size;
    for (int level = 1; level <= 6; ++level) {
      st->heading_size[level] = j.at("heading_scale").at(std::to_string(level)).get<double>() * em;
    }
    st->footer_size = j.at("footer_scale").get<double>() * em;
    const json& sp = j.at("spacing_em");
    st->paragraph_after = sp.at("paragraph_after").get<double>() * em;
    st->heading_before = sp.at("heading_before").get<double>() * em;
    st->heading_after = sp.at("heading_after").get<double>() * em;
    st->list_item_after = sp.at("list_item_after").get<double>() * em;
    st->list_indent = sp.at("list_indent").get<double>() * em;
    st->cell_padding = sp.at("table_cell_padding").get<double>() * em;
    st->callout_padding = sp.at("callout_padding").get<double>() * em;
    st->fields_gap = sp.at("fields_gap").get<double>() * em;
    st->footer_gap = sp.at("footer_gap").get<double>() * em;
    const json& r = j.at("rules_pt");
    st->table_rule = r.at("table").get<double>();
    st->callout_rule = r.at("callout").get<double>();
    st->underline_min = r.at("underline_min").get<double>();
    st->leader_rule = r.at("leader").get<double>();
    const json& c = j.at("colours");
    st->text = ParseColour(c.at("text").get<std::string>());
    st->link = ParseColour(c.at("link").get<std::string>());
    st->rule = ParseColour(c.at("rule").get<std::string>());
    const json& bullets = j.at("markers").at("bullets");
    for (size_t i = 0; i < st->bullets.size(); ++i) {
      st->bullets[i] = bullets.at(i % bullets.size()).get<std::string>();
    }
    st->number_suffix = j.at("markers").at("number_suffix").get<std::string>();
    st->contents_depth = j.at("contents").at("depth").get<int>();
    st->contents_page_break = j.at("contents").at("page_break_after").get<bool>();
  } catch (const std::exception& e) {
    return fail("", std::string("invalid large-print settings: ") + e.what(), "large-print-config");
  }

  // The floor: body text, and every size derived from it, must stay large print.
  std::string aud_ptr = "/audiences/" + (j.at("audiences").contains(audience) ? audience : "adult");
  bool ok = true;
  auto check = [&](double size, const std::string& pointer, const std::string& what) {
    if (size + 1e-9 >= kMinLargePrintSize) return;
    ok = fail(pointer,
              what + " size '" + FormatNumber(size) + "' pt is below the large-print minimum of " +
                  FormatNumber(kMinLargePrintSize) + " pt",
              "large-print-size");
  };
  check(st->body_size, aud_ptr + "/body_size_pt", "body text");
  if (ok) {
    check(st->footer_size, "/footer_scale", "footer text");
    for (int level = 1; level <= 6; ++level) {
      check(st->heading_size[level], "/heading_scale/" + std::to_string(level), "heading");
    }
  }
  // Cramped lines or a column narrower than a few words would defeat the point of large print.
  if (ok && st->line_spacing < 1.0) {
    ok =
        fail("/line_spacing", "line spacing '" + FormatNumber(st->line_spacing) + "' is below 1", "large-print-config");
  }
  if (ok && st->page_width - st->margin_left - st->margin_right < 10 * st->body_size) {
    ok = fail("/margins_mm", "margins leave too narrow a column for large print", "large-print-config");
  }
  return ok;
}

}  // namespace pnc::render::pdf
