// pnc-serve.so: a folder → HTTP on 127.0.0.1, with live reload (cpp-httplib behind serve_abi.h).
// Only files under the root are served: the request path is checked word by word ("..", ".",
// hidden names, NUL and backslashes refused) and the file's real path must stay under the real
// root, so neither "../" nor a symbolic link leads out of it.
#include <httplib.h>
#include <limits.h>
#include <stdlib.h>
#include <sys/stat.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <mutex>
#include <sstream>
#include <string>
#include <thread>

#include "watch/serve_abi.h"

namespace {

// Reload script: the only script pnc ever adds, and only to pages served by `pnc watch --serve`.
constexpr const char* kReloadScript =
    "<script>new EventSource('/__pnc/events').addEventListener('reload',function(){location.reload()});</script>";

struct Server {
  httplib::Server http;
  std::thread thread;
  std::string root;  // realpath of the served folder, with a trailing '/'
  std::mutex mu;
  std::condition_variable changed;
  unsigned long generation = 0;
  bool stopping = false;
};

std::string RealPath(const std::string& p) {
  char buf[PATH_MAX];
  return realpath(p.c_str(), buf) ? std::string(buf) : "";
}

// "/a/b.html" → "a/b.html" if every word is a plain name; "" when refused.
bool SafeRelative(const std::string& path, std::string* out) {
  if (path.empty() || path[0] != '/') return false;
  std::string rel = path.substr(1);
  if (rel.find('\0') != std::string::npos || rel.find('\\') != std::string::npos) return false;
  std::stringstream ss(rel);
  for (std::string word; std::getline(ss, word, '/');) {
    if (word.empty() && ss.eof()) break;
    if (word.empty() || word == "." || word == ".." || word[0] == '.') return false;
  }
  *out = rel;
  return true;
}

const char* TypeOf(const std::string& path) {
  auto ends = [&](const char* s) {
    std::string e(s);
    return path.size() >= e.size() && path.compare(path.size() - e.size(), e.size(), e) == 0;
  };
  if (ends(".html")) return "text/html; charset=utf-8";
  if (ends(".pdf")) return "application/pdf";
  if (ends(".css")) return "text/css";
  if (ends(".svg")) return "image/svg+xml";
  if (ends(".json")) return "application/json";
  return "application/octet-stream";
}

void Serve(Server* s, const httplib::Request& req, httplib::Response& res) {
  std::string rel;
  if (!SafeRelative(req.path, &rel)) {
    res.status = 404;
    return;
  }
  std::string full = RealPath(s->root + rel);
  if (full.empty() || (full + "/").rfind(s->root, 0) != 0) {
    res.status = 404;
    return;
  }
  struct stat st;
  if (stat(full.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) {
    // A folder: its notices, as links (out/ holds one folder per source).
    if (!req.path.empty() && req.path.back() != '/') {
      res.set_redirect(req.path + "/");
      return;
    }
    std::string body = "<!doctype html><html lang=\"en\"><meta charset=\"utf-8\"><title>pnc watch</title><ul>";
    for (const auto& e : std::filesystem::directory_iterator(full)) {
      std::string name = e.path().filename().string();
      if (name.empty() || name[0] == '.') continue;
      std::string esc;
      for (char c : name) esc += c == '<' ? "&lt;" : c == '&' ? "&amp;" : c == '"' ? "&quot;" : std::string(1, c);
      body += "<li><a href=\"" + esc + (e.is_directory() ? "/" : "") + "\">" + esc + "</a></li>";
    }
    body += "</ul>" + std::string(kReloadScript) + "</html>";
    res.set_content(body, "text/html; charset=utf-8");
    return;
  }
  std::ifstream in(full, std::ios::binary);
  if (!in || !S_ISREG(st.st_mode)) {
    res.status = 404;
    return;
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  std::string body = ss.str();
  const char* type = TypeOf(full);
  if (std::string(type).rfind("text/html", 0) == 0) {
    size_t at = body.rfind("</body>");
    body.insert(at == std::string::npos ? body.size() : at, kReloadScript);
  }
  res.set_header("Cache-Control", "no-store");
  res.set_content(body, type);
}

}  // namespace

extern "C" __attribute__((visibility("default"))) void* pnc_serve_start_v1(const char* root, int port, char* error,
                                                                           size_t cap) {
  try {
    auto s = std::make_unique<Server>();
    s->root = RealPath(root);
    if (s->root.empty()) {
      std::snprintf(error, cap, "cannot serve '%s': no such folder", root);
      return nullptr;
    }
    s->root += "/";
    Server* raw = s.get();
    raw->http.Get("/__pnc/events", [raw](const httplib::Request&, httplib::Response& res) {
      unsigned long seen;
      {
        std::lock_guard<std::mutex> lock(raw->mu);
        seen = raw->generation;
      }
      res.set_header("Cache-Control", "no-store");
      res.set_chunked_content_provider("text/event-stream", [raw, seen](size_t, httplib::DataSink& sink) mutable {
        std::unique_lock<std::mutex> lock(raw->mu);
        // A comment line every 10 s finds closed connections; a new generation sends "reload".
        raw->changed.wait_for(lock, std::chrono::seconds(10), [&] { return raw->stopping || raw->generation != seen; });
        if (raw->stopping) return false;
        std::string msg = ": ping\n\n";
        if (raw->generation != seen) {
          seen = raw->generation;
          msg = "event: reload\ndata: " + std::to_string(seen) + "\n\n";
        }
        lock.unlock();
        return sink.write(msg.data(), msg.size());
      });
    });
    raw->http.Get(R"(/.*)", [raw](const httplib::Request& req, httplib::Response& res) { Serve(raw, req, res); });
    if (!raw->http.bind_to_port("127.0.0.1", port)) {
      std::snprintf(error, cap, "cannot listen on 127.0.0.1:%d (is the port in use? try --serve %d)", port, port + 1);
      return nullptr;
    }
    raw->thread = std::thread([raw] { raw->http.listen_after_bind(); });
    return s.release();
  } catch (const std::exception& e) {
    std::snprintf(error, cap, "cannot start the server: %s", e.what());
    return nullptr;
  }
}

extern "C" __attribute__((visibility("default"))) void pnc_serve_reload_v1(void* handle) {
  auto* s = static_cast<Server*>(handle);
  {
    std::lock_guard<std::mutex> lock(s->mu);
    ++s->generation;
  }
  s->changed.notify_all();
}

extern "C" __attribute__((visibility("default"))) void pnc_serve_stop_v1(void* handle) {
  auto* s = static_cast<Server*>(handle);
  {
    std::lock_guard<std::mutex> lock(s->mu);
    s->stopping = true;
  }
  s->changed.notify_all();
  s->http.stop();
  if (s->thread.joinable()) s->thread.join();
  delete s;
}
