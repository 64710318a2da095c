#!/usr/bin/env python3
"""Rebuild the sentence-role model from the gold annotations and print its held-out score.

    .venv/bin/python models/build_sentence_role.py [--shared ../shared] [--out nlpolicy/models]

Training data: every sentence of every gold-annotated document (``../shared/spec/gold/*.json``
and ``corpus/gold/*.json``; texts in ``../shared/corpus/``), cut by
:func:`nlpolicy.extract.sentence_role.document_sentences`, labelled from the gold file by
the first rule that applies (the precedence):

1. ``target``     the sentence holds a quantity with the value and unit of a gold target
                  of kind target (optional gold targets count: they are real targets that
                  the scorer forgives);
2. ``baseline``   likewise for a gold target of kind baseline;
3. ``assignment`` it names (by name or alias) an agency that holds a gold assignment in
                  the sentence's section, one of its sub-sections, or its parent section;
4. ``task``       it lies in a section that holds gold assignments (same relation), and
                  is not a heading line;
5. ``background`` everything else (headers, situation text, signatures, headings).

A figure that appears twice with the same value and unit labels both sentences: the gold
files carry no offsets for targets.

Evaluation is leave-one-document-out: for each document, a model fitted on the others
classifies its sentences; the per-class precision, recall and F1 and the confusion matrix
are over all held-out predictions.  Then the model is fitted on every document and saved to
``nlpolicy/models/`` as plain arrays (``sentence_role.plain.json`` and ``.plain.npz``, read at run time
without scikit-learn by :mod:`nlpolicy.extract.plain_model`) with ``sentence_role.json`` (metadata).
"""
from __future__ import annotations

import argparse
import datetime as _dt
import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from nlpolicy.document import load  # noqa: E402
from nlpolicy.extract import sentence_role as sr  # noqa: E402
from nlpolicy.extract.numbers import find_quantities  # noqa: E402
from nlpolicy.normalize import match_key  # noqa: E402


DEFAULT_C = 1.0  # chosen by leave-one-document-out macro F1 over 0.25 .. 16


def _unit(u: str | None) -> str:
    """The scorer's unit key: lower case, no spaces, one tone convention."""
    return re.sub(r"\s+", "", match_key(u or "")).strip()


def gold_files(shared: Path) -> list[Path]:
    files = sorted((shared / "spec" / "gold").glob("*.json")) + sorted((ROOT / "corpus" / "gold").glob("*.json"))
    seen, out = set(), []
    for f in files:
        src = json.loads(f.read_text(encoding="utf-8"))["source"]
        if src not in seen:
            seen.add(src)
            out.append(f)
    return out


def _related(a: str | None, b: str | None) -> bool:
    """Same section, or one holds the other ("1" and "1.a": a heading naming an agency
    passes it to its lettered items)."""
    if a is None or b is None:
        return False
    return a == b or a.startswith(b + ".") or b.startswith(a + ".")


def label_document(gold: dict, shared: Path) -> tuple[list[str], list[dict], list[str]]:
    """Sentences, their contexts and their labels for one gold-annotated document."""
    doc = load(shared / "corpus" / gold["source"])
    sents, ctx = sr.document_sentences(doc)
    quantities = find_quantities(doc.text)
    gold_q = {"target": set(), "baseline": set()}
    gold_units = {"target": [], "baseline": []}
    for t in gold.get("targets", []):
        try:
            v = round(float(t["value"]), 6)
        except (TypeError, ValueError, KeyError):
            continue
        gold_q[t.get("kind", "target")].add((v, _unit(t.get("unit"))))
        gold_units[t.get("kind", "target")].append((v, match_key(t.get("unit") or "")))

    # agencies by section: every name and alias of an agency holding an assignment there
    names = {}
    for a in gold.get("agencies", []):
        forms = {a["name"], *a.get("aliases", [])}
        forms |= {re.sub(r"^(?:các|những)\s+", "", f, flags=re.I) for f in forms}
        names[a["name"]] = {match_key(f) for f in forms if len(f) >= 3}
    by_section: dict[str, set[str]] = {}
    for a in gold.get("assignments", []):
        by_section.setdefault(a["section"], set()).update(names.get(a["agency"], {match_key(a["agency"])}))

    labels = []
    qi = 0
    quantities.sort(key=lambda q: q.start)
    for s, c in zip(sents, ctx):
        while qi < len(quantities) and quantities[qi].start < s.start:
            qi += 1
        qs = []
        j = qi
        while j < len(quantities) and quantities[j].start < s.end:
            qs.append(quantities[j])
            j += 1
        key = match_key(s.text)
        label = None
        for kind in ("target", "baseline"):
            for q in qs:
                if (round(q.value, 6), _unit(q.unit)) in gold_q[kind]:
                    label = kind
                    break
            if label is None:
                # a unit the number finder reads otherwise ("nhóm 3 nước" for the gold "hạng")
                nums = {round(q.value, 6) for q in qs}
                if any(v in nums and u and u in key for v, u in gold_units[kind]):
                    label = kind
            if label:
                break
        sec = c.get("section")
        if label is None:
            held = [g for g in by_section if _related(sec, g)]
            if any(f in key for g in held for f in by_section[g]):
                label = "assignment"
            elif held and not c.get("is_heading"):
                label = "task"
            else:
                label = "background"
        labels.append(label)
    return [s.text for s in sents], ctx, labels


def report(y_true: list[str], y_pred: list[str]) -> tuple[str, dict]:
    from sklearn.metrics import classification_report, confusion_matrix
    labels = list(sr.ROLES)
    text = classification_report(y_true, y_pred, labels=labels, digits=3, zero_division=0)
    cm = confusion_matrix(y_true, y_pred, labels=labels)
    width = max(len(x) for x in labels) + 2
    lines = ["confusion matrix (rows = gold, columns = predicted)",
             " " * width + "".join(f"{x[:10]:>11s}" for x in labels)]
    for lab, row in zip(labels, cm):
        lines.append(f"{lab:<{width}s}" + "".join(f"{int(v):>11d}" for v in row))
    scores = classification_report(y_true, y_pred, labels=labels, output_dict=True, zero_division=0)
    return text + "\n" + "\n".join(lines), scores


def build_dataset(shared: Path, *, quiet: bool = False, limit: int | None = None
                  ) -> list[tuple[str, list[str], list[dict], list[str]]]:
    data = []
    for f in gold_files(shared)[:limit]:
        gold = json.loads(f.read_text(encoding="utf-8"))
        sents, ctx, labels = label_document(gold, shared)
        data.append((gold["source"], sents, ctx, labels))
        if not quiet:
            from collections import Counter
            c = Counter(labels)
            print(f"  {gold['source'][:60]:60s} " + " ".join(f"{r}={c.get(r, 0)}" for r in sr.ROLES))
    return data


def fit(data, *, exclude: str | None = None, C: float = DEFAULT_C):
    X, y = [], []
    for name, sents, ctx, labels in data:
        if name == exclude:
            continue
        X += list(zip(sents, ctx))
        y += labels
    return sr.make_pipeline(C=C).fit(X, y)


def leave_one_out(data, *, C: float = DEFAULT_C) -> tuple[list[str], list[str], dict[str, float]]:
    y_true, y_pred, per_doc = [], [], {}
    for name, sents, ctx, labels in data:
        model = fit(data, exclude=name, C=C)
        pred = [str(p) for p in model.predict(list(zip(sents, ctx)))]
        y_true += labels
        y_pred += pred
        per_doc[name] = sum(a == b for a, b in zip(labels, pred)) / max(1, len(labels))
    return y_true, y_pred, per_doc


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared",
                    help="the shared folder with spec/gold and corpus (default: ../shared)")
    ap.add_argument("--out", type=Path, default=ROOT / "nlpolicy" / "models",
                    help="where to save sentence_role.plain.json/.plain.npz and .json (default: nlpolicy/models)")
    ap.add_argument("-C", type=float, default=DEFAULT_C, help="inverse regularisation of the logistic regression")
    ap.add_argument("--limit", type=int, default=None, help="use only the first N gold documents (a quick check)")
    a = ap.parse_args(argv)
    if not (a.shared / "corpus").is_dir():
        print(f"build_sentence_role: {a.shared}/corpus not found (give --shared)", file=sys.stderr)
        return 2

    import sklearn

    from nlpolicy.extract.plain_model import export

    t0 = time.perf_counter()
    print("labelled sentences per document:")
    data = build_dataset(a.shared, limit=a.limit)
    y_true, y_pred, per_doc = leave_one_out(data, C=a.C)
    text, scores = report(y_true, y_pred)
    print(f"\nheld-out (leave one document out, {len(data)} documents, {len(y_true)} sentences)")
    print(text)
    print("\naccuracy per held-out document:")
    for name, acc in per_doc.items():
        print(f"  {acc:.3f}  {name}")

    model = fit(data, C=a.C)
    a.out.mkdir(parents=True, exist_ok=True)
    path, arrays = export(model, a.out, sr.MODEL_NAME)
    meta = {
        "name": sr.MODEL_NAME,
        "classes": [str(c) for c in model.classes_],
        "sklearn_version": sklearn.__version__,
        "built": _dt.date.today().isoformat(),
        "training_documents": [d[0] for d in data],
        "training_sentences": len(y_true),
        "label_counts": {r: y_true.count(r) for r in sr.ROLES},
        "C": a.C,
        "heldout": {
            "method": "leave-one-document-out",
            "accuracy": scores["accuracy"],
            "macro_f1": scores["macro avg"]["f1-score"],
            "per_class": {r: {k: round(scores[r][k], 4) for k in ("precision", "recall", "f1-score", "support")}
                          for r in sr.ROLES},
            "per_document_accuracy": {k: round(v, 4) for k, v in per_doc.items()},
        },
        "rebuild": "python models/build_sentence_role.py",
    }
    (a.out / f"{sr.MODEL_NAME}.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    size = (path.stat().st_size + arrays.stat().st_size) / 1024
    print(f"\nsaved {path} and {arrays.name} ({size:.0f} KB) in {time.perf_counter() - t0:.1f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
