#pragma once
// cli: one function per command; each prints its own output and returns the exit code.
#include "cli/args.h"

namespace pnc::cli {

/// pnc build / pnc lint over sources.
int RunBuild(const Command& cmd);
/// pnc lint --rules.
int RunRules();
/// pnc lint --draft FILE...
int RunDraft(const Command& cmd);
/// pnc lint --readability SOURCE...
int RunReadability(const Command& cmd);
/// pnc explain SOURCE...
int RunExplain(const Command& cmd);
/// pnc diff OLD NEW, pnc diff SOURCE --since REV.
int RunDiff(const Command& cmd);
/// pnc translate export / import.
int RunTranslate(const Command& cmd);
/// pnc init SOURCE [--from NOTICE] (init.cc).
int RunInit(const Command& cmd);
/// pnc watch SOURCE... [--serve [PORT]] (watch.cc).
int RunWatch(const Command& cmd);

}  // namespace pnc::cli
