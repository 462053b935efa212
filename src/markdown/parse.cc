// markdown: the cmark-gfm parser setup (see parse.h).
#include "markdown/parse.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <cstdlib>
#include <mutex>
#include <new>

namespace pnc::markdown {
namespace {

// cmark's own allocator aborts the process when memory runs out; this one throws, so pnc ends
// with its "out of memory" message and exit 70 like everywhere else. The exception passes
// through cmark's C frames (Debian builds C with unwind tables); what cmark held is not freed,
// which is moot as the process ends.
void* Calloc(size_t n, size_t size) {
  void* p = std::calloc(n, size);
  if (p == nullptr && n != 0 && size != 0) throw std::bad_alloc();
  return p;
}

void* Realloc(void* old, size_t size) {
  void* p = std::realloc(old, size);
  if (p == nullptr && size != 0) throw std::bad_alloc();
  return p;
}

cmark_mem kMem = {Calloc, Realloc, std::free};

}  // namespace

cmark_node* ParseGfm(std::string_view text) {
  static std::once_flag once;
  std::call_once(once, [] { cmark_gfm_core_extensions_ensure_registered(); });
  cmark_parser* parser = cmark_parser_new_with_mem(CMARK_OPT_DEFAULT, &kMem);
  for (const char* name : {"table", "autolink", "strikethrough"}) {
    if (cmark_syntax_extension* ext = cmark_find_syntax_extension(name)) {
      cmark_parser_attach_syntax_extension(parser, ext);
    }
  }
  cmark_parser_feed(parser, text.data(), text.size());
  cmark_node* doc = cmark_parser_finish(parser);
  cmark_parser_free(parser);
  return doc;
}

}  // namespace pnc::markdown
