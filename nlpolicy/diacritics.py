"""A text typed without tone marks, read with them put back.

Old mail gateways, text messages and some converters strip every mark and Vietnamese letter:
"Uy ban nhan dan tinh Son La", "So Nong nghiep va Moi truong chu tri". The cues the extractors
read are written with marks, so such a text is read after its marks are put back, syllable by
syllable, from the syllables and pairs of syllables of the corpus (``models/build_diacritics.py``
counts them into ``nlpolicy/models/diacritics.json.gz``). The restored text has the length of
the given one, letter for letter, so offsets hold; outputs quote and name things as the text
wrote them (:func:`fold`).

>>> restore("Uy ban nhan dan tinh giao So Tai chinh chu tri")
'Ủy ban nhân dân tỉnh giao Sở Tài chính chủ trì'
>>> fold("Ủy ban nhân dân tỉnh", keep_case=True)
'Uy ban nhan dan tinh'
"""
from __future__ import annotations

import gzip
import json
import math
import re
import unicodedata
from functools import lru_cache
from importlib import resources

from nlpolicy.textfold import fold as fold_lower

SYLLABLE = re.compile(r"[^\W\d_]+")
# a syllable, a number or a colon, the context a syllable is read in ("2.500 ha": an area, no "hạ"; "So:" is
# "Số:", a number's label); numbers count as "0"
TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+|:")
# syllables a text without marks still writes often: the test that it is Vietnamese
_COMMON = frozenset("cua va cac nam tinh nhan dan thuc hien phat trien nhiem vu ke hoach chu tri phoi hop".split())


def fold(text: str, *, keep_case: bool = False) -> str:
    """``text`` without marks, "đ" as "d", letter for letter (:func:`nlpolicy.textfold.fold`), lower case
    unless ``keep_case``."""
    text = unicodedata.normalize("NFC", text)
    low = fold_lower(text)
    return "".join(f.upper() if c.isupper() else f for c, f in zip(text, low)) if keep_case else low


@lru_cache(maxsize=1)
def _model() -> tuple[dict[str, dict[str, int]], dict[str, int]]:
    with resources.files("nlpolicy.models").joinpath("diacritics.json.gz").open("rb") as f:
        data = json.loads(gzip.decompress(f.read()).decode("utf-8"))
    return data["forms"], data["pairs"]


def is_unaccented(text: str) -> bool:
    """Whether ``text`` is Vietnamese written without any tone mark or Vietnamese letter."""
    head = text[:5000]
    if sum(1 for ch in head if ch > "\x7f" and ch.isalpha()) > 0.01 * len(head):
        return False        # (the common case, told at a glance: letters with marks)
    words = SYLLABLE.findall(text[:200_000])
    if len(words) < 150:
        return False
    marked = sum(1 for w in words if not w.isascii())
    common = sum(1 for w in words if w.lower() in _COMMON)
    return marked <= 0.003 * len(words) and common >= 0.06 * len(words)


def restore(text: str) -> str:
    """``text`` with the marks the corpus most likely gives each run of syllables (same length)."""
    forms, pairs = _model()
    out = list(text)
    for line_start, line in _lines(text):
        run: list[re.Match] = []
        for m in TOKEN.finditer(line):
            if run and m.start() - run[-1].end() > 1:
                _decode(run, forms, pairs, out, line_start)
                run = []
            run.append(m)
        if run:
            _decode(run, forms, pairs, out, line_start)
    return "".join(out)


def _lines(text: str):
    pos = 0
    for line in text.split("\n"):
        yield pos, line
        pos += len(line) + 1


def _decode(run: list[re.Match], forms, pairs, out: list[str], offset: int) -> None:
    """The likeliest marked forms of a run of syllables one space apart (Viterbi over pairs)."""
    cands = []
    counts = {}
    for m in run:
        word = m.group(0)
        options = forms.get(word.lower()) if len(word) > 1 and word.isalpha() and word.isascii() else None
        cands.append(options or {"0" if word[0].isdigit() else word.lower(): 1})
        if options:
            counts.update(options)
    best: dict[str, tuple[float, list[str]]] = {}
    for i, options in enumerate(cands):
        total = sum(options.values())
        step: dict[str, tuple[float, list[str]]] = {}
        for form, n in options.items():
            share = n / total
            if not best:
                step[form] = (math.log(share), [form])
                continue
            scored = []
            for prev, (score, path) in best.items():
                # P(form | prev): the pair's count over the previous syllable's, smoothed by the form's share
                after = counts.get(prev) or sum(pairs.get(f"{prev} {f}", 0) for f in options)
                p = (pairs.get(f"{prev} {form}", 0) + share) / (after + 1)
                scored.append((score + math.log(p), path))
            score, path = max(scored, key=lambda x: x[0])
            step[form] = (score, path + [form])
        best = step
    _, path = max(best.values(), key=lambda x: x[0])
    for m, form in zip(run, path):
        word = m.group(0)
        if form == word.lower() or len(form) != len(word) or fold(form) != word.lower() or not word.isalpha():
            continue
        for k, (given, put) in enumerate(zip(word, form)):
            out[offset + m.start() + k] = put.upper() if given.isupper() else put
