"""``nlpolicy report`` of a resolution with three implementing documents, as a user runs it:
a fresh subprocess with an empty cache (each document read and extracted once), then the same
command again (the extractions and word segmentations come from the cache of the first run).

Goals (issue 13): the first run within 10 s; the second near-instant.  Baseline in the same
run: ``nlpolicy extract`` of the same four documents, one subprocess each.
"""
from __future__ import annotations

import os
import subprocess
import tempfile
import time

from bench.common import CORPUS, NLPOLICY, Row, verdict

GOAL = 10.0
AGAIN = 1.5      # "near-instant": about what starting Python and reading the cache cost
CHAIN = ("TW_NQ-57-NQ-TW_2024-12-22_BoChinhTri_KHCN-DMST-CDS.txt",
         "CP_NQ-03-NQ-CP_2025-01-09_CTHD-ChinhPhu-thuc-hien-NQ57.txt",
         "QH_KH-3260-KH-DDQH15_2025-01-10_DangDoanQH_thuc-hien-NQ57.txt",
         "CP_CV-402-CV-VPDU_2025-05-25_DuThao-BaoCao-ket-qua-thuc-hien-NQ57.txt")


def _timed(cmd: list[str], env: dict) -> tuple[float, subprocess.CompletedProcess]:
    t0 = time.perf_counter()
    r = subprocess.run(cmd, capture_output=True, text=True, env=env)
    return time.perf_counter() - t0, r


def run() -> list[Row]:
    paths = [str(CORPUS / name) for name in CHAIN]
    if not all(os.path.exists(p) for p in paths):
        return [Row("report (57-NQ/TW chain)", "skipped", f"{CORPUS} lacks the chain")]
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, NLPOLICY_CACHE=os.path.join(tmp, "cache"), NLPOLICY_PROGRESS="0")
        base = 0.0
        for p in paths:
            seconds, _ = _timed([str(NLPOLICY), "extract", p, "--format", "json"], env)
            base += seconds
        cmd = [str(NLPOLICY), "report", *paths, "--out", os.path.join(tmp, "out"), "--force", "-q",
               "--as-of", "2025-06-01"]
        first, r1 = _timed(cmd, env)
        second, r2 = _timed(cmd, env)
        ok = r1.returncode == 0 and r2.returncode == 0
        files = sum(len(f) for _, _, f in os.walk(os.path.join(tmp, "out")))
        rows.append(Row("report 57-NQ/TW + 3 documents, first run", f"{first:.1f} s",
                        f"goal <= {GOAL:.0f} s; extract of the 4 documents, one process each {base:.1f} s; "
                        f"{files} files" + ("" if ok else f"; exit {r1.returncode}/{r2.returncode}"),
                        verdict(ok and first <= GOAL)))
        rows.append(Row("report, same inputs again (cache)", f"{second:.1f} s",
                        f"goal: near-instant (<= {AGAIN:.1f} s: extractions from the cache, files left as "
                        "written when the report is the same)", verdict(ok and second <= AGAIN)))
    return rows
