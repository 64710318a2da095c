"""Quality floors of the extractor on every gold document, and the ledger of known misses.

The extractor runs once per session on the gold files of ../shared/spec/gold and
corpus/gold (their documents are in ../shared/corpus, so the module skips with a
reason when ../shared is absent) and is scored with nlpolicy.evaluate.

- ``quality_floors.json``: per document and part, the F1 measured when the floor
  was set, rounded down to 0.05.  Floors only rise: raise one when the extractor
  gets better; never lower one to make this test pass.
- ``known_misses.json``: specific errors of ``nlpolicy eval -v`` judged real,
  understood limitations, each with its reason.  Each is a strict xfail asserting
  the item is found: a fix makes it XPASS, which fails, and the entry leaves the ledger.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from nlpolicy.evaluate import PARTS, Part, Report, evaluate_dir

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SHARED = ROOT.parent / "shared"
GOLD_DIRS = [SHARED / "spec" / "gold", ROOT / "corpus" / "gold"]
CORPUS_DIRS = [SHARED / "corpus"]
FLOORS = json.loads((HERE / "quality_floors.json").read_text(encoding="utf-8"))
MISSES = json.loads((HERE / "known_misses.json").read_text(encoding="utf-8"))["misses"]

pytestmark = [pytest.mark.shared,
              pytest.mark.skipif(not (SHARED / "corpus").is_dir(),
                                 reason=f"{SHARED} is absent (the gold documents are not redistributed)")]


@pytest.fixture(scope="module")
def report() -> Report:
    return evaluate_dir(GOLD_DIRS, CORPUS_DIRS)


def test_floors(report):
    floors = {k: v for k, v in FLOORS.items() if not k.startswith("_")}
    failures = []
    for d in report.documents:
        if d.name not in floors:
            failures.append(f"{d.name}: no floors in quality_floors.json (add the measured figures)")
            continue
        for part in PARTS:
            floor, f1 = floors[d.name].get(part.value), d.scores[part].f1
            if floor is None:
                failures.append(f"{d.name} {part.value}: no floor")
            elif f1 < floor - 1e-9:
                errors = "; ".join(d.scores[part].errors[:5])
                failures.append(f"{d.name} {part.value}: F1 {f1:.3f} < floor {floor:.2f} ({errors})")
    missing = sorted(set(floors) - {d.name for d in report.documents})
    failures += [f"{name}: has floors but no gold file" for name in missing]
    assert not failures, f"{len(failures)} floors broken:\n" + "\n".join(failures)


def test_ledger_is_well_formed():
    parts = {p.value for p in PARTS}
    bad = [m for m in MISSES if m.get("part") not in parts or not m.get("reason")
           or not str(m.get("error", "")).startswith(("missed ", "extra "))
           or m.get("document") not in FLOORS]
    assert not bad, bad


@pytest.mark.parametrize("miss", [
    pytest.param(m, id=f"{m['document'][:24]}:{m['part']}:{m['error'][:48]}",
                 marks=pytest.mark.xfail(strict=True, reason=m["reason"]))
    for m in MISSES])
def test_known_miss(report, miss):
    (doc,) = [d for d in report.documents if d.name == miss["document"]]
    assert miss["error"] not in doc.scores[Part(miss["part"])].errors
