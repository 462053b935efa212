#pragma once
// watch: the C interface of pnc-serve.so, the module holding the HTTP server (Debian's
// cpp-httplib, whose shared library brings OpenSSL, brotli and zlib). Loaded only by
// `pnc watch --serve`, so the other commands start as fast as before. Plain C types, and no
// exception crosses it (pnc's libstdc++ is static, the module's shared). Bump _v1 on any change.
#include <stddef.h>

extern "C" {

/// Serves the files under `root` on 127.0.0.1:`port` from a background thread. HTML pages get a
/// small script (in the response only, never on disk) that reloads them when pnc_serve_reload_v1
/// is called. Returns a handle, or NULL with a message in `error` (at most `cap` bytes).
typedef void* (*pnc_serve_start_v1_fn)(const char* root, int port, char* error, size_t cap);
/// Tells every open page to reload.
typedef void (*pnc_serve_reload_v1_fn)(void* handle);
/// Stops the server and frees the handle.
typedef void (*pnc_serve_stop_v1_fn)(void* handle);
}
