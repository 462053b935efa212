#pragma once
// driver: the data files the output formats declare (render/registry.cc) → bytes handed to
// renderers. Listed files and folders are read at start-up; files named inside them (fonts) on
// first use, once per process.
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "diag/diagnostic.h"
#include "render/registry.h"

namespace pnc::driver {

/// The declared input files of every format, served to renderers (render::InputFiles).
class DataFiles : public render::InputFiles {
 public:
  /// Reads the inputs every format in the registry declares, under `data_dir`. A file of a
  /// declared folder that cannot be read is an "internal" error (false); a declared single file
  /// that is missing or unreadable is left out, and the renderer that needs it reports it.
  bool Load(const std::string& data_dir, diag::Sink* sink);

  /// The bytes of a declared input (a name relative to the data directory, the same name under
  /// it, or a named file as its settings write it); nullptr when undeclared or unreadable. Thread-safe.
  const std::string* Get(const std::string& name) const override;

  /// The paths `format`'s outputs depend on, for a depfile: its declared files, every file of its
  /// declared folders and the files named in them.
  std::vector<std::string> PathsOf(const render::Format& format) const;

 private:
  std::string Path(const std::string& name) const;  // data_dir/name, or name when absolute

  std::string data_dir_;
  std::map<std::string, std::string> read_;                 // listed files and folder contents
  std::map<std::string, std::vector<std::string>> inputs_;  // format name → its input names
  std::set<std::string> named_;                             // read on first use
  mutable std::mutex mu_;
  mutable std::map<std::string, std::optional<std::string>> lazy_;
};

}  // namespace pnc::driver
