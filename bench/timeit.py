#!/usr/bin/env python3
"""Wall time of a command, one line per run, in seconds.

Usage: timeit.py RUNS [--warmup N] [--clean DIR] -- COMMAND [ARGS...]

Each run is started by Python's subprocess, which uses vfork on Linux (as make and ninja start
tools with vfork or posix_spawn), and timed from just before the spawn to just after the wait: the
tool's own start-up, work and exit, without the cost of copying the caller's memory that a shell's
fork adds (on the project machine a fork of the
bench script's bash cost 3-10 ms, a third of a pnc run and noise next to WeasyPrint). --clean DIR
removes DIR before every run, untimed. --warmup N runs the command N times first, untimed (as
hyperfine does): the first run after a pause reads the program and its libraries back into memory,
which on the project machine made it up to twice as slow for any tool. Exits 1, printing the
tool's stderr, if a run fails.
"""
import os
import shutil
import subprocess
import sys
import time


def main(argv):
    if len(argv) < 3 or "--" not in argv:
        sys.exit(__doc__)
    runs = int(argv[0])
    split = argv.index("--")
    options, command = argv[1:split], argv[split + 1:]
    clean = options[options.index("--clean") + 1] if "--clean" in options else None
    warmup = int(options[options.index("--warmup") + 1]) if "--warmup" in options else 0
    for run in range(warmup + runs):
        if clean:
            shutil.rmtree(clean, ignore_errors=True)
        start = time.perf_counter()
        done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        took = time.perf_counter() - start
        if done.returncode != 0:
            sys.stderr.write(done.stderr.decode(errors="replace"))
            sys.exit("timeit: failed: " + " ".join(command))
        if run >= warmup:
            print(f"{took:.4f}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
