// tests: golden command cases. A case is a folder tests/cases/<area>/<NNNN-what>/ holding
//   args      the pnc arguments, one per line ({out} = a fresh output folder, {data} = the repo)
//   exit      the expected exit code
//   stderr    the expected standard error (optional stdout likewise)
//   expected/ the expected output tree; without it, the case must write nothing
//   setup/    optional: copied into {out} before the run (to prove a failed build leaves it alone)
//   digests   optional: folders of {out} ("input/archive/"), one per line, whose files are held
//             not in expected/ but in expected.sha256: "<sha-256> <bytes> <path>" for every file
//             there after the run (kept setup files too), so a copy of a page kept twice costs a
//             line, and a changed, missing or extra file still fails
//   excerpts  optional: "<path> <id>" lines: the HTML output <path> is held only in part, in
//             expected/<path>.excerpt: for each id in order, the element labelled by it
//             (aria-labelledby="<id>", else the element with id="<id>") and everything inside it.
//             For a case about one section, so other wording does not churn it; an id no longer
//             in the output, or a missing file, fails
// Run: pnc_golden PNC CASE_DIR. PNC_ACCEPT=1 rewrites exit, stderr, stdout, expected/ and
// expected.sha256.
#include <sys/wait.h>
#include <unistd.h>

#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

std::string Read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

void Write(const fs::path& p, const std::string& s) {
  fs::create_directories(p.parent_path());
  std::ofstream(p, std::ios::binary) << s;
}

std::string Replace(std::string s, const std::string& from, const std::string& to) {
  for (size_t at = 0; (at = s.find(from, at)) != std::string::npos; at += to.size()) s.replace(at, from.size(), to);
  return s;
}

std::map<std::string, std::string> Tree(const fs::path& root) {
  std::map<std::string, std::string> files;
  if (!fs::exists(root)) return files;
  for (const auto& e : fs::recursive_directory_iterator(root)) {
    if (e.is_regular_file()) files[fs::relative(e.path(), root).string()] = Read(e.path());
  }
  return files;
}

int Run(const std::string& pnc, const fs::path& dir, const std::vector<std::string>& args, const fs::path& out,
        const fs::path& err) {
  pid_t pid = fork();
  if (pid == 0) {
    if (chdir(dir.c_str()) != 0) _exit(127);
    FILE* o = freopen(out.c_str(), "w", stdout);
    FILE* e = freopen(err.c_str(), "w", stderr);
    if (!o || !e) _exit(127);
    std::vector<char*> argv = {const_cast<char*>(pnc.c_str())};
    for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    execv(pnc.c_str(), argv.data());
    _exit(127);
  }
  int status = 0;
  waitpid(pid, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

// The SHA-256 of a file, by coreutils' sha256sum (no hash code of our own to trust).
std::string Sha256(const fs::path& file) {
  int fds[2];
  if (pipe(fds) != 0) return "pipe-failed";
  pid_t pid = fork();
  if (pid == 0) {
    FILE* in = freopen(file.c_str(), "r", stdin);
    if (!in || dup2(fds[1], 1) < 0) _exit(127);
    close(fds[0]);
    execlp("sha256sum", "sha256sum", static_cast<char*>(nullptr));
    _exit(127);
  }
  close(fds[1]);
  std::string out;
  char buf[256];
  for (ssize_t n; (n = read(fds[0], buf, sizeof buf)) > 0;) out.append(buf, static_cast<size_t>(n));
  close(fds[0]);
  int status = 0;
  waitpid(pid, &status, 0);
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0 || out.size() < 64) return "sha256sum-failed";
  return out.substr(0, 64);
}

// Whether `name` (a path relative to {out}) lies in one of the digest folders.
bool Digested(const std::string& name, const std::vector<std::string>& folders) {
  for (const auto& f : folders) {
    if (name.rfind(f, 0) == 0) return true;
  }
  return false;
}

// "<sha-256> <bytes> <path>" for each file of `files` in the digest folders, in path order.
std::string Digests(const fs::path& root, const std::map<std::string, std::string>& files,
                    const std::vector<std::string>& folders) {
  std::string out;
  for (const auto& [name, text] : files) {
    if (Digested(name, folders)) out += Sha256(root / name) + " " + std::to_string(text.size()) + " " + name + "\n";
  }
  return out;
}

// The first differing line, for a readable failure.
std::string FirstDiff(const std::string& want, const std::string& got) {
  std::istringstream a(want), b(got);
  std::string la, lb;
  for (int line = 1;; ++line) {
    bool ha = static_cast<bool>(std::getline(a, la)), hb = static_cast<bool>(std::getline(b, lb));
    if (!ha && !hb) return "(same lines; whitespace at end differs)";
    if (la != lb || ha != hb) {
      return "line " + std::to_string(line) + ":\n  want: " + (ha ? la : "<end>") + "\n  got:  " + (hb ? lb : "<end>");
    }
  }
}

// The element of `html` labelled `id` (aria-labelledby), else the one with that id, with all it
// holds; the start tag's name is matched, counting nested elements of the same name.
std::string Element(const std::string& html, const std::string& id) {
  size_t at = html.find("aria-labelledby=\"" + id + "\"");
  if (at == std::string::npos) at = html.find(" id=\"" + id + "\"");
  const size_t start = at == std::string::npos ? at : html.rfind('<', at);
  if (start == std::string::npos) return "<!-- pnc_golden: no element labelled '" + id + "' -->";
  size_t name_end = start + 1;
  while (name_end < html.size() && std::isalnum(static_cast<unsigned char>(html[name_end]))) ++name_end;
  const std::string name = html.substr(start + 1, name_end - start - 1);
  int depth = 0;
  for (size_t i = start; (i = html.find('<', i)) != std::string::npos; ++i) {
    const bool close = html.compare(i, name.size() + 2, "</" + name) == 0;
    const bool open = html.compare(i, name.size() + 1, "<" + name) == 0 && i + name.size() + 1 < html.size() &&
                      !std::isalnum(static_cast<unsigned char>(html[i + name.size() + 1]));
    if (open) ++depth;
    if (close && --depth == 0) {
      const size_t end = html.find('>', i);
      return html.substr(start, end == std::string::npos ? std::string::npos : end + 1 - start);
    }
  }
  return "<!-- pnc_golden: element labelled '" + id + "' is not closed -->";
}

// `excerpts` applied to the produced files: each listed file is replaced by "<path>.excerpt".
// Returns what could not be cut (a file not produced, an id not found or not closed): a failure
// even under PNC_ACCEPT, so a vanished section is never accepted as a comment.
std::string Excerpt(const fs::path& dir, std::map<std::string, std::string>* produced) {
  std::string problems;
  std::map<std::string, std::vector<std::string>> ids;  // path → ids, in the order listed
  std::istringstream lines(fs::exists(dir / "excerpts") ? Read(dir / "excerpts") : "");
  for (std::string line; std::getline(lines, line);) {
    std::istringstream words(line);
    std::string path, id;
    if (words >> path >> id) ids[path].push_back(id);
  }
  for (const auto& [path, list] : ids) {
    auto it = produced->find(path);
    if (it == produced->end()) {
      problems += "excerpts: '" + path + "' was not produced\n";
      continue;
    }
    std::string text;
    for (const auto& id : list) {
      std::string element = Element(it->second, id);
      if (element.rfind("<!-- pnc_golden:", 0) == 0) problems += "excerpts: " + path + ": " + element + "\n";
      text += "<!-- #" + id + " -->\n" + element + "\n";
    }
    produced->erase(it);
    (*produced)[path + ".excerpt"] = text;
  }
  return problems;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: pnc_golden PNC CASE_DIR\n";
    return 2;
  }
  const std::string pnc = fs::absolute(argv[1]).string();
  const fs::path dir = fs::absolute(argv[2]);
  const bool accept = std::getenv("PNC_ACCEPT") && std::string(std::getenv("PNC_ACCEPT")) == "1";
  const fs::path work = fs::temp_directory_path() / ("pnc-golden-" + std::to_string(getpid()));
  fs::remove_all(work);
  const fs::path out = work / "out";
  fs::create_directories(out);
  if (fs::exists(dir / "setup")) fs::copy(dir / "setup", out, fs::copy_options::recursive);
  const auto before = Tree(out);

  const fs::path data = fs::path(PNC_SOURCE_DIR);
  std::vector<std::string> args;
  std::istringstream lines(Read(dir / "args"));
  for (std::string line; std::getline(lines, line);) {
    if (line.empty()) continue;
    args.push_back(Replace(Replace(line, "{out}", out.string()), "{data}", data.string()));
  }
  int code = Run(pnc, dir, args, work / "stdout", work / "stderr");
  // Paths of the temporary folder vary per run; goldens hold the placeholder instead.
  // So is the checkout's (a source named by {data} is reported by its full path).
  std::string err = Replace(Replace(Read(work / "stderr"), out.string(), "{out}"), data.string(), "{data}");
  // The build summary's time varies per run: "… in out/ in 0.2 s" is held as "in {time} s".
  err = std::regex_replace(err, std::regex(R"(( in \S+/) in [0-9]+\.[0-9] s\n)"), "$1 in {time} s\n");
  std::string out_text = Replace(Replace(Read(work / "stdout"), out.string(), "{out}"), data.string(), "{data}");
  auto produced = Tree(out);
  const auto all_produced = produced;  // (digests and setup checks see the whole files)
  if (std::string problems = Excerpt(dir, &produced); !problems.empty()) {
    std::cerr << "FAIL: " << problems;
    return 1;
  }
  std::vector<std::string> folders;
  std::istringstream digest_lines(fs::exists(dir / "digests") ? Read(dir / "digests") : "");
  for (std::string line; std::getline(digest_lines, line);) {
    if (!line.empty()) folders.push_back(line);
  }
  const std::string digests = Digests(out, all_produced, folders);
  if (fs::exists(dir / "setup")) {
    for (const auto& [name, text] : before) {
      if (!all_produced.count(name) || all_produced.at(name) != text) {
        if (!fs::exists(dir / "expected")) {
          std::cerr << "FAIL: setup file '" << name << "' was changed by a failing build\n";
          return 1;
        }
      }
    }
  }

  if (accept) {
    Write(dir / "exit", std::to_string(code) + "\n");
    Write(dir / "stderr", err);
    if (!out_text.empty() || fs::exists(dir / "stdout")) Write(dir / "stdout", out_text);
    if (fs::exists(dir / "expected") || (all_produced.size() > before.size())) {
      fs::remove_all(dir / "expected");
      for (const auto& [name, text] : produced) {
        if (Digested(name, folders)) continue;
        if (!before.count(name) || before.at(name) != text) Write(dir / "expected" / name, text);
      }
    }
    fs::remove(dir / "expected.sha256");
    if (!folders.empty()) Write(dir / "expected.sha256", digests);
    fs::remove_all(work);
    std::cout << "accepted " << dir.filename().string() << "\n";
    return 0;
  }

  int failures = 0;
  auto fail = [&](const std::string& what) {
    std::cerr << "FAIL: " << what << "\n";
    ++failures;
  };
  int want_code = std::stoi(Read(dir / "exit"));
  if (code != want_code) fail("exit code " + std::to_string(code) + ", expected " + std::to_string(want_code));
  std::string want_err = Read(dir / "stderr");
  if (err != want_err) fail("stderr differs at " + FirstDiff(want_err, err) + "\n--- got stderr:\n" + err);
  if (fs::exists(dir / "stdout") && out_text != Read(dir / "stdout")) {
    fail("stdout differs at " + FirstDiff(Read(dir / "stdout"), out_text));
  }
  auto expected = Tree(dir / "expected");
  for (const auto& [name, text] : expected) {
    if (!produced.count(name)) {
      fail("missing output " + name);
    } else if (produced[name] != text) {
      fail("output " + name + " differs at " + FirstDiff(text, produced[name]));
    }
  }
  for (const auto& [name, text] : produced) {
    if (Digested(name, folders)) continue;
    if (!expected.count(name) && !(before.count(name) && before.at(name) == text)) fail("unexpected output " + name);
  }
  if (!folders.empty()) {
    const std::string want = fs::exists(dir / "expected.sha256") ? Read(dir / "expected.sha256") : "";
    if (digests != want)
      fail("files in " + folders.front() + "… differ from expected.sha256 at " + FirstDiff(want, digests));
  }
  fs::remove_all(work);
  if (failures == 0) std::cout << "ok " << dir.filename().string() << "\n";
  return failures == 0 ? 0 : 1;
}
