// cli: why this exists. On the project's (virtualised) 2-core machine a page fault costs about
// 12 µs, and a cold one-notice build touched ~1,800 fresh pages: over half its run time.
//  - glibc's defaults hand large freed blocks back to the kernel (zlib's 256 KB deflate state,
//    freed after every PDF stream, came back as fresh pages each time). mallopt keeps them.
//  - Faulting pages in one MADV_POPULATE_WRITE call costs about a tenth of touching them one by
//    one, so the first 4 MB of the heap (what a one-notice build uses) are faulted in up front.
// Measured with bench/bench.sh; see bench/README.md.
#include "cli/memory.h"

#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>

#include <cstdint>
#include <cstdlib>

namespace pnc::cli {
namespace {

constexpr size_t kPrefault = 4u << 20;
constexpr int kMadvPopulateWrite = 23;  // Linux 5.14+; older kernels refuse it harmlessly

}  // namespace

void TuneMemoryForOneRun() {
  mallopt(M_MMAP_THRESHOLD, 64 << 20);
  mallopt(M_TRIM_THRESHOLD, 256 << 20);
  mallopt(M_TOP_PAD, 8 << 20);
  // Freed straight back to the heap's top chunk, which M_TRIM_THRESHOLD keeps mapped.
  void* block = std::malloc(kPrefault);
  if (!block) return;
  const long size = sysconf(_SC_PAGESIZE);
  const uintptr_t page = size > 0 ? static_cast<uintptr_t>(size) : 4096;
  uintptr_t first = (reinterpret_cast<uintptr_t>(block) + page - 1) & ~(page - 1);
  uintptr_t end = (reinterpret_cast<uintptr_t>(block) + kPrefault) & ~(page - 1);
  madvise(reinterpret_cast<void*>(first), end - first, kMadvPopulateWrite);
  std::free(block);
}

}  // namespace pnc::cli
