"""Task links and progress on the gold pairs of corpus/gold/links/: precision, recall@3, progress accuracy.

Run: .venv/bin/python bench/link_eval.py [--threshold 0.08]
Needs ../shared/corpus (the real documents are not redistributed with the project).

Scoring (CONTRACT.md): for each annotated section of the implementing document, recall@3 asks whether one
of its gold resolution sections is among its (at most three) predicted links; precision is the share of
predicted links, on annotated sections, whose resolution section is one of that section's gold ones
(a prediction on a section's descendant counts for the section).  Sections not annotated are not scored.
Progress: for each gold target, the predicted entry with the same section, value and unit must have the
gold status and (when the gold has one) the gold reported value.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "corpus"
GOLD = ROOT / "corpus" / "gold" / "links"


def _ok(pred: str, gold: list[str]) -> bool:
    return any(pred == g or pred.startswith(g + ".") for g in gold)


def evaluate(threshold: float = 0.08) -> dict:
    sys.path.insert(0, str(ROOT))
    from nlpolicy.extract.pipeline import extract
    from nlpolicy.link.citations import doc_info
    from nlpolicy.link.figures import reported_of, targets_of
    from nlpolicy.link.progress import match_progress
    from nlpolicy.link.tasks import link_tasks

    out = {}
    for gf in sorted(GOLD.glob("*.json")):
        gold = json.loads(gf.read_text(encoding="utf-8"))
        res, doc = extract(SHARED / gold["resolution"]), extract(SHARED / gold["document"])
        preds: dict[str, list[str]] = {}
        for t in link_tasks(res, doc, threshold=threshold):
            preds.setdefault(t.document_section, []).append(t.resolution_section)
        glinks = gold["links"]
        hit = sum(1 for s, g in glinks.items() if any(_ok(p, g) for p in preds.get(s, [])[:3]))
        n_pred = sum(len(preds.get(s, [])) for s in glinks)
        right = sum(1 for s, g in glinks.items() for p in preds.get(s, []) if _ok(p, g))
        top1 = sum(1 for s, g in glinks.items() if preds.get(s) and _ok(preds[s][0], g))
        row = {"sections": len(glinks), "recall@3": hit / len(glinks), "top1": top1 / len(glinks),
               "precision": right / n_pred if n_pred else 0.0, "predicted": n_pred,
               "abstained": sum(1 for s in glinks if not preds.get(s))}
        if gold.get("progress"):
            prog = match_progress(targets_of(res), reported_of(doc), document=str(doc.document.path),
                                  report_year=doc_info(doc.document).year)
            good = 0
            for gp in gold["progress"]:
                gt = gp["target"]
                cand = [p for p in prog if p.target.section == gt["section"] and p.target.value == gt["value"]
                        and (p.target.unit or "") == gt["unit"]]
                if cand and cand[0].status.value == gp["status"] and (
                        gp["reported_value"] is None or cand[0].reported_value == gp["reported_value"]):
                    good += 1
            row["progress_accuracy"] = good / len(gold["progress"])
            row["progress_targets"] = len(gold["progress"])
        out[gf.name] = row
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--threshold", type=float, default=0.08)
    args = ap.parse_args()
    if not SHARED.is_dir():
        print(f"skipped: {SHARED} is absent (the real corpus is not redistributed)")
        return 0
    res = evaluate(args.threshold)
    for name, row in res.items():
        extra = (f"  progress acc {row['progress_accuracy']:.2f} ({row['progress_targets']} targets)"
                 if "progress_accuracy" in row else "")
        print(f"{name:45s} n={row['sections']:3d}  P={row['precision']:.2f}  R@3={row['recall@3']:.2f}  "
              f"top1={row['top1']:.2f}  abstained={row['abstained']}{extra}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
