// pnc executable: libharu 2.3 compresses every stream at zlib's default level (6) and has no
// setting for it. This definition of deflateInit_ in the executable takes the place of zlib's
// for libharu's calls (ELF symbol interposition: the executable comes first in the lookup
// order), asking for level 1 instead: on a one-notice build the PDF is ~5% larger and the save
// ~2 ms faster (bench/README.md). Nothing else in pnc deflates.
#include <zlib.h>

extern "C" __attribute__((visibility("default"))) int deflateInit_(z_streamp strm, int level, const char* version,
                                                                   int stream_size) {
  (void)level;
  return deflateInit2_(strm, Z_BEST_SPEED, Z_DEFLATED, MAX_WBITS, 8, Z_DEFAULT_STRATEGY, version, stream_size);
}
