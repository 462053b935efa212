// base: where pnc's optional modules (pnc-readers.so, pnc-speech.so, pnc-serve.so) are loaded from.
#pragma once

#include <string>

namespace pnc::base {

/// The path to dlopen for `module` ("pnc-speech.so"): the file named by the environment variable
/// `env_var` when set (a bare name means one in the current folder, never a library search), else
/// the file beside the running executable (a build tree), else ../lib/pnc/ from it (an installed
/// pnc). The path is returned even when no file exists there, for the error message.
std::string ModulePath(const char* module, const char* env_var);

}  // namespace pnc::base
