#!/usr/bin/env python3
"""Held-out effect of the sentence-role model on the targets F1 of ``../shared/tools/score.py``.

    .venv/bin/python models/eval_sentence_role.py [--shared ../shared] [-v]

For each gold document, a model fitted on the *other* documents (leave one document out)
scores the sentence around each quantity with
:func:`nlpolicy.extract.sentence_role.target_kind_scores`, and the rule extractor
``nlpolicy.extract.targets.extract_targets`` runs with its kind decision overruled on the
*ambiguous* candidates only.  ``targets.py`` is not edited: its decision is steered by
monkeypatching four names the loop consults for each quantity, in this order:
``_clause_bounds(doc, q.start, q.end)`` (records which quantity is being decided),
``_ESTIMATE.search`` (a truthy answer drops the candidate), ``_zone`` ("objective" makes a
target) and ``_PAST.search`` (truthy makes a baseline).

A candidate is *ambiguous* when the rules either dropped it (and it is no estimate) or
decided it on weak evidence: a target without a commitment cue and outside an objectives
part, or a baseline with no past-tense cue ("đã", "hiện có", "lũy kế").  Policy at a
threshold ``t``: an ambiguous candidate the rules kept switches kind when the model gives
the other kind ``p >= t`` and more than the rules' kind; an ambiguous dropped one is added
with the model's kind when ``max(p_target, p_baseline) >= t``.  ``--all`` treats every
candidate as ambiguous.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import build_sentence_role as build  # noqa: E402
from nlpolicy.document import load  # noqa: E402
from nlpolicy.extract import targets as T  # noqa: E402
from nlpolicy.extract.numbers import find_quantities  # noqa: E402
from nlpolicy.extract.pipeline import extract_document  # noqa: E402
from nlpolicy.extract.sentence_role import target_kind_scores  # noqa: E402
from nlpolicy.serialize import extraction_to_dict  # noqa: E402


class _Steered:
    """Stands in for one of targets.py's compiled regexes: answers from the forced decision
    for the quantity being decided, else like the real pattern."""

    def __init__(self, real, state, truthy_for: str):
        self.real, self.state, self.truthy_for = real, state, truthy_for

    def search(self, s, *args):
        real = self.real.search(s, *args)
        force = self.state["force"].get(self.state["pos"])
        if self.truthy_for == "drop":  # _ESTIMATE: a real estimate stays dropped
            return real if real or force != "drop" else True
        if force is None or force == "drop":
            return real
        return True if force == self.truthy_for else None


@contextmanager
def steered(force: dict[int, str]):
    """Run targets.extract_targets with ``force[q.start]`` in {"target", "baseline", "drop"}."""
    state = {"pos": None, "force": force}
    saved = {n: getattr(T, n) for n in ("_clause_bounds", "_ESTIMATE", "_zone", "_PAST")}
    real_bounds, real_zone = saved["_clause_bounds"], saved["_zone"]

    def bounds(doc, pos, end):
        state["pos"] = pos
        return real_bounds(doc, pos, end)

    def zone(doc, pos):
        f = force.get(pos)
        return {"target": "objective", "baseline": "situation"}.get(f) or real_zone(doc, pos)

    T._clause_bounds = bounds
    T._ESTIMATE = _Steered(saved["_ESTIMATE"], state, "drop")
    T._PAST = _Steered(saved["_PAST"], state, "baseline")
    T._zone = zone
    try:
        yield
    finally:
        for n, v in saved.items():
            setattr(T, n, v)


def candidates(doc, body) -> list:
    cites = [(c.start, c.end) for c in doc.citations]
    qs = [q for q in find_quantities(doc.text) if q.start in body and not any(s <= q.start < e for s, e in cites)]
    qs += [q for q in T._index_values(doc, body.start, body.end) if q.start in body]
    return sorted(qs, key=lambda q: q.start)


def rule_evidence(doc, q, is_report: bool) -> dict:
    cs, _ = T._clause_bounds(doc, q.start, q.end)
    pre_key = doc.key[cs:q.start]
    line_key = doc.key[doc.text.rfind("\n", 0, q.start) + 1:q.start]
    return {"estimate": bool(T._ESTIMATE.search(pre_key[-60:])),
            "past": bool(T._PAST.search(pre_key[-80:])),
            "forward": bool(T._FORWARD.search(line_key[-120:])),
            "zone": T._zone(doc, q.start)}


def decide(rule_kind: str | None, ev: dict, pt: float, pb: float, t: float, everything: bool) -> str | None:
    """The forced kind for one candidate, or None to leave the rules' decision."""
    if ev["estimate"]:
        return None
    strong = (rule_kind == "target" and not ev["past"] and (ev["zone"] == "objective" or ev["forward"])) \
        or (rule_kind == "baseline" and ev["past"])
    if strong and not everything:
        return None
    if rule_kind is None:
        if max(pt, pb) >= t:
            return "target" if pt >= pb else "baseline"
        return None
    other, p_other, p_rule = ("baseline", pb, pt) if rule_kind == "target" else ("target", pt, pb)
    return other if p_other >= t and p_other > p_rule else None


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--thresholds", default="0.3,0.4,0.5,0.6,0.7,0.8,0.9")
    ap.add_argument("--all", action="store_true", help="let the model decide every candidate")
    ap.add_argument("-C", type=float, default=build.DEFAULT_C)
    ap.add_argument("-v", "--verbose", action="store_true", help="list the decisions the model changed")
    a = ap.parse_args(argv)
    sys.path.insert(0, str(a.shared / "tools"))
    import score  # the project's scorer, standard library only

    thresholds = [float(x) for x in a.thresholds.split(",")]
    data = build.build_dataset(a.shared, quiet=True)
    totals = {"rules": []} | {t: [] for t in thresholds}
    counts = {t: [0, 0, 0] for t in thresholds}  # changed, added, flipped
    print(f"{'document':48s} {'rules':>6s} " + " ".join(f"t={t:<4}" for t in thresholds))
    for f in build.gold_files(a.shared):
        gold = json.loads(f.read_text(encoding="utf-8"))
        doc = load(a.shared / "corpus" / gold["source"])
        model = build.fit(data, exclude=gold["source"], C=a.C)
        from nlpolicy.extract.pipeline import body_bounds
        body = body_bounds(doc)
        is_report = bool(doc.header and doc.header.kind == "report")
        base = extraction_to_dict(extract_document(doc))
        rule_kind = {t["start"]: t["kind"] for t in base["targets"]}
        qs = candidates(doc, body)
        scores = target_kind_scores(doc, qs, model=model)
        row = [score.score_targets(gold["targets"], base["targets"])["f1"]]
        totals["rules"].append(row[0])
        for t in thresholds:
            force = {}
            for q, (pt, pb) in zip(qs, scores):
                k = decide(rule_kind.get(q.start), rule_evidence(doc, q, is_report), pt, pb, t, a.all)
                if k is not None:
                    force[q.start] = k
            with steered(force):
                pred = extraction_to_dict(extract_document(doc))
            f1 = score.score_targets(gold["targets"], pred["targets"])["f1"]
            totals[t].append(f1)
            row.append(f1)
            for q in qs:
                if q.start in force:
                    counts[t][0] += 1
                    counts[t][1 if q.start not in rule_kind else 2] += 1
            if a.verbose and t == 0.5:
                for q, (pt, pb) in zip(qs, scores):
                    if q.start in force:
                        print(f"    {rule_kind.get(q.start)} -> {force[q.start]} p_t={pt:.2f} p_b={pb:.2f} "
                              f"{doc.text[max(0, q.start - 60):q.end].replace(chr(10), ' ')!r}")
        print(f"{gold['source'][:48]:48s} " + " ".join(f"{x:6.3f}" for x in row))
    n = len(totals["rules"])
    print(f"{'mean targets F1 (' + str(n) + ' documents, held out)':48s} {sum(totals['rules']) / n:6.3f} "
          + " ".join(f"{sum(totals[t]) / n:6.3f}" for t in thresholds))
    print("decisions changed (added / flipped): " + ", ".join(f"t={t}: {c[0]} ({c[1]}/{c[2]})" for t, c in counts.items()))
    return 0


if __name__ == "__main__":
    t0 = time.perf_counter()
    rc = main()
    print(f"({time.perf_counter() - t0:.0f}s)")
    sys.exit(rc)
