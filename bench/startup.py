"""Start-up as a user sees it: ``nlpolicy --help`` and a first ``nlpolicy extract``,
each a fresh subprocess (median of several runs), next to a bare ``python -c pass``.
Then the time of ``extract`` on a ~30 KB resolution once the program has started.

Goals (the issue): ``--help`` under 0.3 s; extraction of a 30 KB resolution well
under a second after start-up.  When ``--help`` is slower, ``python -X importtime``
names the heavy imports (reported, not fixed here).
"""
from __future__ import annotations

import re
import subprocess
import sys
import time

from bench.common import NLPOLICY, SEED, Row, extractor, median_time, run_seconds, verdict

HELP_GOAL = 0.3
EXTRACT_GOAL = 1.0


def heavy_imports(argv: list[str], top: int = 6) -> list[tuple[str, float, float]]:
    """(module, self s, cumulative s) of the imports of ``python -m nlpolicy.cli argv``
    that cost the most by themselves (their own module body, children excluded)."""
    r = subprocess.run([sys.executable, "-X", "importtime", "-m", "nlpolicy.cli", *argv],
                       capture_output=True, text=True, timeout=300)
    rows = []
    for line in r.stderr.splitlines():
        m = re.match(r"import time:\s+(\d+)\s+\|\s+(\d+)\s+\|\s*(\S+)", line)
        if m:
            rows.append((m.group(3), int(m.group(1)) / 1e6, int(m.group(2)) / 1e6))
    rows.sort(key=lambda r: r[1], reverse=True)
    return rows[:top]


def run(repeat: int = 7) -> list[Row]:
    rows = []
    bare, _ = run_seconds([sys.executable, "-c", "pass"], repeat)
    t_help, r = run_seconds([str(NLPOLICY), "--help"], repeat)
    rows.append(Row("nlpolicy --help", f"{t_help:.3f} s",
                    f"goal < {HELP_GOAL} s; bare python {bare:.3f} s", verdict(t_help < HELP_GOAL and r.returncode == 0)))
    if t_help >= HELP_GOAL:
        for name, self_s, cum in heavy_imports(["--help"]):
            rows.append(Row(f"  heavy import {name}", f"{self_s:.3f} s", f"cumulative {cum:.3f} s"))

    seed = str(SEED)
    t_first, r = run_seconds([str(NLPOLICY), "extract", seed, "--format", "json"], max(3, repeat - 2))
    rows.append(Row("first nlpolicy extract (seed, subprocess)", f"{t_first:.3f} s",
                    f"goal <= {EXTRACT_GOAL:.0f} s and <= 25x bare python ({25 * bare:.2f} s); --help {t_help:.3f} s"
                    + ("" if r.returncode == 0 else f"; exit {r.returncode}"),
                    verdict(t_first <= EXTRACT_GOAL and t_first <= 25 * bare and r.returncode == 0)))
    for name, self_s, cum in heavy_imports(["extract", seed, "--format", "json"], top=4):
        rows.append(Row(f"  slowest import {name}", f"{self_s:.3f} s", f"cumulative {cum:.3f} s"))

    # after start-up: in this process, first call (lexicons load) and warm calls
    extract = extractor()
    t0 = time.perf_counter()
    extract(SEED)
    first = time.perf_counter() - t0
    warm = median_time(lambda: extract(SEED), 5)
    kb = SEED.stat().st_size / 1024
    rows.append(Row(f"extract {kb:.0f} KB resolution, first call in process", f"{first:.3f} s",
                    f"goal well under {EXTRACT_GOAL:.0f} s", verdict(first < EXTRACT_GOAL / 2)))
    rows.append(Row(f"extract {kb:.0f} KB resolution, warm (median of 5)", f"{warm:.3f} s",
                    f"goal well under {EXTRACT_GOAL:.0f} s", verdict(warm < EXTRACT_GOAL / 2)))
    # What a one-off command pays on top of the extraction itself: importing the extractor and loading
    # its tables (no spaCy and no scikit-learn at run time; the sentence-role model is NumPy arrays).
    rows.append(Row("subprocess extract minus --help start-up", f"{max(0.0, t_first - t_help):.3f} s",
                    "imports and tables of the extractor, then the extraction", ""))
    return rows
