"""Run every benchmark and print its figures next to a baseline or a goal.

    .venv/bin/python -m bench              # everything (about two minutes, OCR included)
    .venv/bin/python -m bench --no-ocr     # skip the OCR PDF (minutes saved)
    .venv/bin/python -m bench --only startup,accuracy
"""
from __future__ import annotations

import argparse
import sys
import time

from bench import accuracy, memory, pdf_pages, report, startup, throughput
from bench.common import print_rows, machine

PARTS = ("memory", "throughput", "pdf", "startup", "report", "accuracy")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--only", help=f"comma-separated subset of: {', '.join(PARTS)}")
    ap.add_argument("--no-ocr", action="store_true", help="do not time the OCR PDF")
    ap.add_argument("--rounds", type=int, default=5, help="timed rounds of extraction over the corpus")
    a = ap.parse_args(argv)
    only = set(a.only.split(",")) if a.only else set(PARTS)
    unknown = only - set(PARTS)
    if unknown:
        ap.error(f"unknown part(s): {', '.join(sorted(unknown))}")

    m = machine()
    print(f"nlpolicy benchmarks, {m['date']}, commit {m['commit']}: {m['nproc']} CPUs ({m['cpu']}), "
          f"Python {m['python']}, load average {m['load']}")
    t0 = time.perf_counter()
    # first: a child's ru_maxrss starts at this process's size (see bench/memory.py)
    if "memory" in only:
        print_rows("peak memory (largest corpus text, fresh interpreter each)", memory.run())
    if "throughput" in only:
        print_rows("extraction throughput (real corpus, in process, after warm-up)", throughput.run(a.rounds))
    if "pdf" in only:
        print_rows("PDF ingest (corpus/original)", pdf_pages.run(ocr=not a.no_ocr))
    if "startup" in only:
        print_rows("start-up and single-document latency", startup.run())
    if "report" in only:
        print_rows("report of a resolution with three documents (fresh subprocess, empty cache, then again)",
                   report.run())
    if "accuracy" in only:
        rows, table = accuracy.run()
        print_rows("accuracy (shared/tools/score.py, per-part F1)", rows)
        if table:
            print(table)
    print(f"\n(benchmarks took {time.perf_counter() - t0:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
