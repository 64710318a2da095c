#!/usr/bin/env python3
"""Held-out effect of the sentence-role model on the targets F1 of ``../shared/tools/score.py``.

    .venv/bin/python models/eval_sentence_role.py [--shared ../shared] [--limit N]

The model takes part in one decision, ``figure_kind`` (is a figure a target or a baseline?),
through the decision seam (:mod:`nlpolicy.decide`): it is asked only about the figures the rule
left open and overrules the rule at p >= a threshold (mode ``veto``).  For each gold document
this script fits a model on the *other* documents (leave one document out), registers it at
each threshold with :func:`nlpolicy.decide.model`, extracts the document and scores its
targets.  Columns: the rule alone (``off``), the packaged model at its threshold (in-sample on
the documents it was trained on), and the held-out models at 0.5 ... 0.95.  The last line
counts the figures the model decided.  Takes about two minutes on two cores.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
THRESHOLDS = (0.5, 0.7, 0.8, 0.9, 0.95)


def _scorer(model):
    """A ``figure_kind`` score function backed by ``model`` (one call per document's figures)."""
    from nlpolicy.extract.sentence_role import target_kind_scores

    def score(figures):
        out = [None] * len(figures)
        by_doc: dict[int, list[int]] = {}
        for i, f in enumerate(figures):
            by_doc.setdefault(id(f.doc), []).append(i)
        for idx in by_doc.values():
            pairs = target_kind_scores(figures[idx[0]].doc, [figures[i] for i in idx], model=model)
            for i, (pt, pb) in zip(idx, pairs):
                out[i] = ("target", pt) if pt >= pb else ("baseline", pb)
        return out
    return score


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=HERE.parent.parent / "shared")
    ap.add_argument("--limit", type=int, default=None, help="only the first N gold documents")
    a = ap.parse_args(argv)
    sys.path[:0] = [str(HERE), str(a.shared / "tools")]
    import build_sentence_role as build
    import score as yardstick

    from nlpolicy import decide
    from nlpolicy.document import load
    from nlpolicy.extract import targets
    from nlpolicy.extract.pipeline import extract_document
    from nlpolicy.serialize import extraction_to_dict

    decided: dict[str, int] = {}
    column = ""
    real_decide_all = targets.decide_all

    def counting(question, candidates):
        out = real_decide_all(question, candidates)
        decided[column] = decided.get(column, 0) + sum(d.why.startswith("sentence-role") for d in out)
        return out

    targets.decide_all = counting
    packaged = decide._MODELS.get("figure_kind")
    if packaged is None:
        print("no sentence-role model is registered for figure_kind (are the model files missing?)", file=sys.stderr)
        return 1
    meta = json.loads((HERE.parent / "nlpolicy" / "models" / "sentence_role.json").read_text(encoding="utf-8"))
    trained_on = set(meta.get("training_documents", ()))
    files = build.gold_files(a.shared)[:a.limit] if a.limit else build.gold_files(a.shared)
    data = build.build_dataset(a.shared, quiet=True, limit=a.limit)
    columns = ["off", f"packaged@{packaged.threshold}"] + [f"t={t}" for t in THRESHOLDS]
    totals: dict[str, list[float]] = {c: [] for c in columns}
    unseen: dict[str, list[float]] = {c: [] for c in columns}
    print(f"{'document (* = in the packaged model)':46s} " + " ".join(f"{c:>12s}" for c in columns))
    t0 = time.perf_counter()
    try:
        for f in files:
            gold = json.loads(f.read_text(encoding="utf-8"))
            doc = load(a.shared / "corpus" / gold["source"])
            held_out = build.fit(data, exclude=gold["source"])
            row = []
            for column in columns:
                if column == "off":
                    decide.model("figure_kind", packaged.score, mode="off", threshold=packaged.threshold, name=packaged.name)
                elif column.startswith("packaged"):
                    decide.model("figure_kind", packaged.score, mode="veto", threshold=packaged.threshold, name=packaged.name)
                else:
                    decide.model("figure_kind", _scorer(held_out), mode="veto", threshold=float(column[2:]),
                                 name=packaged.name)
                pred = extraction_to_dict(extract_document(doc))
                f1 = yardstick.score_targets(gold["targets"], pred["targets"])["f1"]
                row.append(f1)
                totals[column].append(f1)
                if gold["source"] not in trained_on:
                    unseen[column].append(f1)
            mark = "*" if gold["source"] in trained_on else " "
            print(f"{mark}{gold['source'][:45]:45s} " + " ".join(f"{x:12.3f}" for x in row), flush=True)
    finally:
        decide.model("figure_kind", packaged.score, mode=packaged.mode, threshold=packaged.threshold, name=packaged.name)
        targets.decide_all = real_decide_all
    n = len(totals["off"])
    print(f"{f'mean targets F1 ({n} documents)':46s} " + " ".join(f"{sum(v) / n:12.3f}" for v in totals.values()))
    if unseen["off"]:
        m = len(unseen["off"])
        print(f"{f'mean over the {m} not in the packaged model':46s} "
              + " ".join(f"{sum(v) / m:12.3f}" for v in unseen.values()))
    print("figures the model decided, per column:", decided)
    print(f"({time.perf_counter() - t0:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
