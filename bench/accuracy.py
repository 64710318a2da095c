"""The project's evaluation: ``../shared/tools/score.py`` over each gold folder, run on
the installed ``nlpolicy extract`` as a subprocess, printed as a per-part F1 table.

Gold folders: the shared spec (``../shared/spec/gold``) and the project's own
(``corpus/gold``, annotated by the team) when present.  The documents are in
``../shared/corpus``.
"""
from __future__ import annotations

import json
import subprocess

from bench.common import CORPUS, NLPOLICY, ROOT, SHARED, Row

SCORE = SHARED / "tools" / "score.py"
PARTS = ("document", "sections", "targets", "deadlines", "projects", "agencies",
         "assignments", "assignments_no_role")


def gold_dirs() -> list:
    return [d for d in (SHARED / "spec" / "gold", ROOT / "corpus" / "gold") if d.is_dir() and any(d.glob("*.json"))]


def score(gold_dir) -> dict | str:
    cmd = ["python3", str(SCORE), "--dir", str(gold_dir), "--corpus", str(CORPUS),
           "--extract", f"{NLPOLICY} extract {{}} --format json", "--json"]
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=1800)
    if r.returncode != 0:
        return (r.stderr.strip().splitlines() or [f"exit {r.returncode}"])[-1]
    return json.loads(r.stdout)


def table(results: dict) -> str:
    """Per-part F1: one column per document, then the mean of each gold folder."""
    cols = []
    for label, res in results.items():
        if isinstance(res, str):
            continue
        for doc, d in res["documents"].items():
            cols.append((doc[:14], {p: d["parts"][p]["f1"] for p in PARTS if p in d["parts"]}))
        cols.append((f"mean:{label}", res["macro_f1"]))
    head = f"  {'part':<20}" + "".join(f"{c[0]:>16}" for c in cols)
    lines = [head]
    for p in PARTS:
        lines.append(f"  {p:<20}" + "".join(
            f"{c[1][p]:>16.2f}" if c[1].get(p) is not None else f"{'-':>16}" for c in cols))
    return "\n".join(lines)


def run() -> tuple[list[Row], str]:
    if not SCORE.exists():
        return [Row("score.py", f"missing at {SCORE}")], ""
    results = {}
    for d in gold_dirs():
        label = "spec" if d.parent.name == "spec" else "project"
        results[label] = score(d)
    rows = []
    for label, res in results.items():
        if isinstance(res, str):
            rows.append(Row(f"{label} gold", f"failed: {res}"))
        else:
            rows.append(Row(f"{label} gold: overall macro-F1", f"{res['overall']:.3f}",
                            f"{len(res['documents'])} documents; evidence errors {res['evidence_errors']} (goal 0)"))
    return rows, table(results)
