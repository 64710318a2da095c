"""A fitted text classifier as plain arrays: scoring without scikit-learn at run time.

The sentence-role model is trained with scikit-learn (``models/build_sentence_role.py``), then
exported as numbers: the vocabularies and idf weights of its TF-IDF steps, the feature names
of its hand features, and the coefficients of its logistic regression.  This module scores
with those numbers and NumPy alone, so a one-off ``nlpolicy extract`` does not import
scikit-learn and SciPy (about a second of start-up).  ``tests/test_sentence_role.py`` checks
that it gives the fitted pipeline's probabilities.

The arithmetic is scikit-learn's own, step by step:

* ``char_wb`` n-grams: runs of white space collapsed, each word padded with a space on both
  sides, every n-gram of the padded word (a word shorter than n once);
* ``word`` n-grams: tokens ``\\b\\w\\w+\\b``, unigrams then bigrams joined by a space;
* TF-IDF: counts, ``1 + log(count)`` (sublinear), times idf, the row scaled to unit length;
* the hand features as given (``DictVectorizer``);
* probabilities: the softmax of ``coef · x + intercept`` (multinomial logistic regression).
"""
from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Sequence

__all__ = ["PlainModel", "export", "char_wb_ngrams", "word_ngrams"]

_WHITE = re.compile(r"\s\s+")
_TOKEN = re.compile(r"(?u)\b\w\w+\b")


def char_wb_ngrams(text: str, lo: int, hi: int) -> list[str]:
    """scikit-learn's ``char_wb`` analyser (after lower-casing).

    >>> char_wb_ngrams("ab c", 2, 3)
    [' a', 'ab', 'b ', ' ab', 'ab ', ' c', 'c ', ' c ']
    """
    out: list[str] = []
    for w in _WHITE.sub(" ", text).split():
        w = f" {w} "
        n_w = len(w)
        for n in range(lo, hi + 1):
            offset = 0
            out.append(w[offset:offset + n])
            while offset + n < n_w:
                offset += 1
                out.append(w[offset:offset + n])
            if offset == 0:
                break
    return out


def word_ngrams(text: str, lo: int, hi: int) -> list[str]:
    """scikit-learn's ``word`` analyser with its default token pattern (the caller lower-cases).

    >>> word_ngrams("nhiệm vụ và giải pháp", 1, 2)
    ['nhiệm', 'vụ', 'và', 'giải', 'pháp', 'nhiệm vụ', 'vụ và', 'và giải', 'giải pháp']
    """
    tokens = _TOKEN.findall(text)
    out = list(tokens) if lo == 1 else []
    for n in range(max(lo, 2), min(hi, len(tokens)) + 1):
        out.extend(" ".join(tokens[i:i + n]) for i in range(len(tokens) - n + 1))
    return out


@dataclass
class _Tfidf:
    analyzer: str
    lo: int
    hi: int
    vocab: dict[str, int]
    idf: list[float]
    sublinear: bool
    offset: int          # where this block starts in the model's feature vector

    def features(self, text: str) -> dict[int, float]:
        grams = char_wb_ngrams(text.lower(), self.lo, self.hi) if self.analyzer == "char_wb" \
            else word_ngrams(text.lower(), self.lo, self.hi)
        counts: dict[int, int] = {}
        for g in grams:
            j = self.vocab.get(g)
            if j is not None:
                counts[j] = counts.get(j, 0) + 1
        vals = {j: ((1.0 + math.log(c)) if self.sublinear else float(c)) * self.idf[j] for j, c in counts.items()}
        norm = math.sqrt(sum(v * v for v in vals.values()))
        return {self.offset + j: v / norm for j, v in vals.items()} if norm else {}


class PlainModel:
    """The exported pipeline: ``predict_proba(rows)`` for rows of (sentence, context)."""

    def __init__(self, spec: dict, coef, intercept, keys: Callable[[str], str],
                 hand: Callable[[str, dict], dict[str, float]]):
        self.classes_ = tuple(spec["classes"])
        off = 0
        self._chars = _Tfidf("char_wb", *spec["chars"]["ngram_range"], spec["chars"]["vocab"],
                             spec["chars"]["idf"], spec["chars"]["sublinear"], off)
        off += len(spec["chars"]["vocab"])
        self._heads = _Tfidf("word", *spec["heading"]["ngram_range"], spec["heading"]["vocab"],
                             spec["heading"]["idf"], spec["heading"]["sublinear"], off)
        off += len(spec["heading"]["vocab"])
        self._hand_vocab = {k: off + j for k, j in spec["hand"]["vocab"].items()}
        self._coef = coef            # numpy (classes, features)
        self._intercept = intercept  # numpy (classes,)
        self._keys, self._hand = keys, hand

    @classmethod
    def load(cls, folder: Path, name: str, keys, hand) -> "PlainModel":
        import numpy as np
        spec = json.loads((folder / f"{name}.plain.json").read_text(encoding="utf-8"))
        arrays = np.load(folder / f"{name}.plain.npz")
        return cls(spec, arrays["coef"], arrays["intercept"], keys, hand)

    def predict_proba(self, rows: Sequence[tuple[str, dict]]):
        import numpy as np
        out = np.empty((len(rows), len(self.classes_)))
        for i, (sentence, context) in enumerate(rows):
            x = self._chars.features(self._keys(sentence))
            x.update(self._heads.features(self._keys(context.get("heading") or "")))
            for k, v in self._hand(sentence, context).items():
                j = self._hand_vocab.get(k)
                if j is not None:
                    x[j] = x.get(j, 0.0) + v
            idx = np.fromiter(x.keys(), dtype=np.int64, count=len(x))
            val = np.fromiter(x.values(), dtype=np.float64, count=len(x))
            z = self._coef[:, idx] @ val + self._intercept
            z = np.exp(z - z.max())
            out[i] = z / z.sum()
        return out


def export(pipeline, folder: Path, name: str) -> tuple[Path, Path]:
    """Write a fitted pipeline of ``make_pipeline`` (sentence_role) as plain arrays beside it."""
    import numpy as np
    union = pipeline.named_steps["features"]
    lr = pipeline.named_steps["model"]
    parts = dict(union.transformer_list)

    def tfidf(step):
        vec = step.steps[-1][1]
        return {"ngram_range": list(vec.ngram_range), "sublinear": bool(vec.sublinear_tf),
                "vocab": {k: int(v) for k, v in vec.vocabulary_.items()}, "idf": [float(x) for x in vec.idf_]}

    dv = parts["hand"].steps[-1][1]
    spec = {"classes": [str(c) for c in lr.classes_], "chars": tfidf(parts["chars"]),
            "heading": tfidf(parts["heading"]), "hand": {"vocab": {k: int(v) for k, v in dv.vocabulary_.items()}}}
    jpath, npath = folder / f"{name}.plain.json", folder / f"{name}.plain.npz"
    jpath.write_text(json.dumps(spec, ensure_ascii=False), encoding="utf-8")
    np.savez_compressed(npath, coef=lr.coef_.astype(np.float64), intercept=lr.intercept_.astype(np.float64))
    return jpath, npath
