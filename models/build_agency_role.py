"""The agency-role decision, learned: does a model beat the rule on documents it has not seen?

For every agency mention of every gold-annotated document (``../shared/spec/gold`` and
``corpus/gold``, texts in ``../shared/corpus``), the candidate is what the rule of
:mod:`nlpolicy.extract.roles` sees (:func:`nlpolicy.extract.tasks.role_candidates`), and its label
is the gold role of that agency in that section (lead / support / report_to), or ``none`` when the
gold gives the agency no role there.  A logistic regression over :func:`role_features` (the
words around the mention, the cues that fire, whether it opens a sentence ...) is evaluated
leave-one-document-out, next to the rule's answers on the same candidates.

    .venv/bin/python models/build_agency_role.py [--limit N]

It prints both held-out reports and writes ``nlpolicy/models/agency_role.json`` with the
figures and the verdict: the model is registered for the decision (``nlpolicy.decide``) only
if its held-out macro-F1 beats the rule's; otherwise the rule alone decides and the file says why.
"""
from __future__ import annotations

import argparse
import datetime as _dt
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from nlpolicy.document import load  # noqa: E402
from nlpolicy.evaluate import NameIndex, agency_key  # noqa: E402
from nlpolicy.extract.agencies import document_level, find_agencies  # noqa: E402
from nlpolicy.extract.roles import role_features  # noqa: E402
from nlpolicy.extract.tasks import role_candidates  # noqa: E402

sys.path.insert(0, str(ROOT / "models"))
from build_sentence_role import gold_files  # noqa: E402  (the same gold documents, in the same order)

LABELS = ("lead", "support", "report_to", "none")


def candidates_of(gold: dict, shared: Path) -> tuple[list[dict], list[str], list[str]]:
    """(features, gold labels, rule labels) of every mention of one document."""
    doc = load(shared / "corpus" / gold["source"])
    h = doc.header
    mentions = find_agencies(doc.text, doc.key, level=document_level(h.number if h else None, h.issuer if h else None),
                             province=h.province if h else None)
    idx = NameIndex.build(gold.get("agencies", []), agency_key)
    roles: dict[tuple[int, str], str] = {}
    for a in gold.get("assignments", []):
        i = idx.match(a["agency"])
        if i is not None:
            roles.setdefault((i, a["section"]), a["role"])
    X, y, rule = [], [], []
    for section, cand, decision in role_candidates(doc, mentions):
        gold_role = "none"
        for name in cand.mention.names:
            i = idx.match(name)
            if i is not None and (i, section) in roles:
                gold_role = roles[(i, section)]
                break
        X.append(role_features(cand))
        y.append(gold_role)
        rule.append(decision.label or "none")
    return X, y, rule


def make_model(C: float = 1.0):
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    return make_pipeline(DictVectorizer(), LogisticRegression(C=C, max_iter=2000, class_weight="balanced"))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--out", type=Path, default=ROOT / "nlpolicy" / "models")
    ap.add_argument("--limit", type=int, default=None, help="use only the first N gold documents")
    ap.add_argument("-C", type=float, default=1.0)
    a = ap.parse_args(argv)
    if not (a.shared / "corpus").is_dir():
        print(f"build_agency_role: {a.shared}/corpus not found (give --shared)", file=sys.stderr)
        return 2
    from sklearn.metrics import classification_report

    data = []
    for g in gold_files(a.shared)[:a.limit]:
        gold = json.loads(g.read_text(encoding="utf-8"))
        X, y, rule = candidates_of(gold, a.shared)
        data.append((gold["source"], X, y, rule))
        print(f"  {gold['source'][:60]:60s} mentions {len(y):4d}  with a gold role {sum(l != 'none' for l in y):3d}")
    y_true, y_model, y_rule = [], [], []
    for i, (name, X, y, rule) in enumerate(data):
        train_X = [x for j, d in enumerate(data) if j != i for x in d[1]]
        train_y = [l for j, d in enumerate(data) if j != i for l in d[2]]
        if not X or len(set(train_y)) < 2:
            continue
        model = make_model(a.C).fit(train_X, train_y)
        y_model += list(model.predict(X))
        y_true += y
        y_rule += rule
    reports = {}
    for who, pred in (("rule", y_rule), ("model", y_model)):
        print(f"\nheld-out ({who}, leave one document out, {len(data)} documents, {len(y_true)} mentions)")
        print(classification_report(y_true, pred, labels=list(LABELS), digits=3, zero_division=0))
        reports[who] = classification_report(y_true, pred, labels=list(LABELS), output_dict=True, zero_division=0)
    roles_f1 = {w: sum(reports[w][r]["f1-score"] for r in LABELS[:3]) / 3 for w in reports}
    wins = roles_f1["model"] > roles_f1["rule"]
    verdict = ("the model beats the rule on held-out documents" if wins else
               "the rule beats the model on held-out documents: the rule alone decides")
    print(f"\nmacro-F1 over lead/support/report_to: rule {roles_f1['rule']:.3f}, model {roles_f1['model']:.3f} -> {verdict}")
    meta = {"name": "agency_role", "built": _dt.date.today().isoformat(), "documents": [d[0] for d in data],
            "mentions": len(y_true), "heldout": {"method": "leave-one-document-out",
                                                  "macro_f1_roles": {k: round(v, 4) for k, v in roles_f1.items()},
                                                  "per_class": {w: {r: {k: round(reports[w][r][k], 4) for k in
                                                                        ("precision", "recall", "f1-score", "support")}
                                                                    for r in LABELS} for w in reports}},
            "use_model": wins, "verdict": verdict, "rebuild": "python models/build_agency_role.py"}
    a.out.mkdir(parents=True, exist_ok=True)
    (a.out / "agency_role.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {a.out / 'agency_role.json'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
