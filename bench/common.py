"""What every benchmark shares: paths, the machine, timing helpers and the row printer."""
from __future__ import annotations

import datetime as _dt
import os
import platform
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent          # /work/main
SHARED = Path(os.environ.get("NLPOLICY_SHARED", ROOT.parent / "shared"))
CORPUS = SHARED / "corpus"
ORIGINALS = CORPUS / "original"
SEED = ROOT / "corpus" / "000_3cffab5bee4fe395.txt"
VENV_BIN = Path(sys.executable).parent
NLPOLICY = VENV_BIN / "nlpolicy"                        # the installed console script
MB = 1024 * 1024


@dataclass(frozen=True)
class Row:
    """One printed figure, with what it is compared to."""
    name: str
    value: str
    against: str = ""        # a baseline measured in the same run, or a goal
    verdict: str = ""        # "ok", "MISS" or "" when there is nothing to judge


def extractor():
    """The in-process public verb, ``nlpolicy.extract``."""
    import nlpolicy
    return nlpolicy.extract


def corpus_texts() -> list[Path]:
    return sorted(CORPUS.glob("*.txt"))


def machine() -> dict[str, str]:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        commit = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
                                capture_output=True, text=True, timeout=10).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        commit = "?"
    return {"date": _dt.date.today().isoformat(), "nproc": str(os.cpu_count()), "cpu": cpu,
            "python": platform.python_version(), "commit": commit or "?",
            "load": " ".join(f"{x:.1f}" for x in os.getloadavg())}


def median_time(fn, repeat: int) -> float:
    """Median wall time of ``fn()`` over ``repeat`` calls."""
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def run_seconds(cmd: list[str], repeat: int, **kw) -> tuple[float, subprocess.CompletedProcess]:
    """Median wall time of a subprocess, and its last result."""
    times, last = [], None
    for _ in range(repeat):
        t0 = time.perf_counter()
        last = subprocess.run(cmd, capture_output=True, **kw)
        times.append(time.perf_counter() - t0)
    return statistics.median(times), last


def verdict(ok: bool) -> str:
    return "ok" if ok else "MISS"


def print_rows(title: str, rows: list[Row]) -> None:
    print(f"\n== {title}")
    w = max((len(r.name) for r in rows), default=10)
    v = max((len(r.value) for r in rows), default=10)
    for r in rows:
        tail = f"   vs {r.against}" if r.against else ""
        mark = f"   [{r.verdict}]" if r.verdict else ""
        print(f"  {r.name:<{w}}  {r.value:>{v}}{tail}{mark}")
    sys.stdout.flush()
