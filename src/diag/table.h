#pragma once
// diag: the Table value a run reports besides its diagnostics (`pnc lint --readability`'s
// measures per section). Producers fill it; report/table.cc prints it as text or JSON.
#include <optional>
#include <string>
#include <vector>

namespace pnc::diag {

/// One cell: the text a person reads and, for a measure, the value a program reads.
struct Cell {
  std::string text;      // as shown: "12", "7.2", "-" (not measured)
  bool numeric = false;  // a measure: JSON gives `number`, or null when not measured
  std::optional<double> number;
  bool estimate = false;  // an estimate: marked "*" in text, listed under "estimates" in JSON
};

/// A titled table: a header, rows whose first cell labels them, and notes under it.
struct Table {
  std::string title;                    // the line above it
  std::vector<std::string> columns;     // header names (also the JSON keys)
  std::vector<std::vector<Cell>> rows;  // each as wide as `columns`
  std::vector<std::string> notes;       // footnotes, or (no rows) why nothing was measured
};

}  // namespace pnc::diag
