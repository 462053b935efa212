// driver: the registry's declared inputs (files, folders, files named inside them) → bytes, the
// only place renderers' data is read. Named files (fonts, ~100 KB–700 KB each) wait for first use,
// so an HTML-only build or a lint never reads them.
#include "driver/data_files.h"

#include <filesystem>

#include "driver/files.h"

namespace pnc::driver {

std::string DataFiles::Path(const std::string& name) const {
  return !name.empty() && name[0] == '/' ? name : data_dir_ + "/" + name;
}

bool DataFiles::Load(const std::string& data_dir, diag::Sink* sink) {
  data_dir_ = data_dir;
  for (const auto& format : render::AllFormats()) {
    std::vector<std::string>& names = inputs_[std::string(format.name)];
    for (std::string_view input : format.inputs) {
      std::string name(input);
      if (name.empty() || name.back() != '/') {
        std::string text, error;
        if (!read_.count(name) && ReadFile(Path(name), &text, &error, 64u << 20, "a data file")) read_[name] = text;
        names.push_back(name);
        continue;
      }
      for (const auto& path : ListFiles(data_dir + "/" + name, "")) {
        std::string file = name + std::filesystem::path(path).filename().string();
        names.push_back(file);
        if (read_.count(file)) continue;
        std::string text, error;
        if (!ReadFile(path, &text, &error, 64u << 20, "a data file")) {
          sink->Add(diag::Make(diag::Severity::kError, path, "", error, "internal"));
          return false;
        }
        read_[file] = text;
      }
    }
    if (format.named_inputs == nullptr) continue;
    for (auto& name : format.named_inputs(*this)) {
      named_.insert(name);
      names.push_back(std::move(name));
    }
  }
  return true;
}

const std::string* DataFiles::Get(const std::string& name) const {
  // A renderer may resolve a relative name against the data directory before asking.
  std::string key = name;
  const std::string prefix = data_dir_ + "/";
  if (key.compare(0, prefix.size(), prefix) == 0 && !read_.count(key) && !named_.count(key))
    key.erase(0, prefix.size());
  if (auto it = read_.find(key); it != read_.end()) return &it->second;
  if (!named_.count(key)) return nullptr;
  std::lock_guard<std::mutex> lock(mu_);
  auto [it, fresh] = lazy_.try_emplace(key);
  if (fresh) {
    std::string text, error;
    if (ReadFile(Path(key), &text, &error, 64u << 20, "a data file")) it->second = std::move(text);
  }
  return it->second ? &*it->second : nullptr;
}

std::vector<std::string> DataFiles::PathsOf(const render::Format& format) const {
  std::vector<std::string> out;
  auto it = inputs_.find(std::string(format.name));
  if (it == inputs_.end()) return out;
  for (const auto& name : it->second) out.push_back(Path(name));
  return out;
}

}  // namespace pnc::driver
