"""Letters a broken font or a converter gave the wrong code, put right.

Word 2010's "Save as PDF" with Times New Roman writes a ToUnicode map that names some Vietnamese
glyphs after their neighbours ("THƢƠNG" for "THƯƠNG", "HÕA" for "HÒA"); a text copied out of such a
PDF keeps them.  Some fonts and converters give the Icelandic eth "Ð"/"ð" (or the African "Ɖ"/"ɖ")
for "Đ"/"đ".  The maps are data (``resources/pdf_fontfix.tsv``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True)
class _FontFix:
    symptoms: tuple[str, ...]
    chars: dict[str, str]
    keep: frozenset[str]
    pattern: re.Pattern[str]
    always: dict[str, str]          # letters wrong in any text: "Ð" -> "Đ"
    always_pattern: re.Pattern[str]


@lru_cache(maxsize=1)
def _fontfix() -> _FontFix:
    symptoms, chars, keep, always = [], {}, set(), {}
    text = resources.files("nlpolicy.resources").joinpath("pdf_fontfix.tsv").read_text("utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, *rest = line.split("\t")
        if kind == "symptom":
            symptoms.append(rest[0])
        elif kind == "char":
            chars[rest[0]] = rest[1]
        elif kind == "keep":
            keep.add(rest[0].lower())
        elif kind == "always":
            always[rest[0]] = rest[1]
    letters = "".join(re.escape(c) for c in chars)
    return _FontFix(tuple(symptoms), chars, frozenset(keep), re.compile(rf"\w*[{letters}]\w*"), always,
                    re.compile("[" + "".join(always) + "]"))


def repair_font(text: str) -> tuple[str, bool]:
    """Undo a broken font map when the text shows its symptom.

    >>> repair_font("BỘ CÔNG THƢƠNG, CỘNG HÕA, nói rõ")
    ('BỘ CÔNG THƯƠNG, CỘNG HÒA, nói rõ', True)
    >>> repair_font("nói rõ, Hõa")
    ('nói rõ, Hõa', False)
    """
    fix = _fontfix()
    if not any(s in text for s in fix.symptoms):
        return text, False

    def word(m: re.Match[str]) -> str:
        w = m.group(0)
        if w.lower() in fix.keep:
            return w
        return "".join(fix.chars.get(c, c) for c in w)
    return fix.pattern.sub(word, text), True


def wrong_letters(text: str) -> list[tuple[int, str]]:
    """(offset, right letter) for every letter of ``text`` a broken font or converter got wrong: the
    letters no Vietnamese text uses ("Ð" for "Đ"), and, when the text shows the symptom of Word's
    broken map (a "ƣ"), that map's letters outside the syllables where they are genuine.

    >>> wrong_letters("ÐẢNG BỘ, nói rõ")
    [(0, 'Đ')]
    >>> wrong_letters("THƢƠNG, HÕA, nói rõ")
    [(2, 'Ư'), (9, 'Ò')]
    """
    fix = _fontfix()
    out = [(m.start(), fix.always[m.group()]) for m in fix.always_pattern.finditer(text)]
    if any(s in text for s in fix.symptoms):
        for m in fix.pattern.finditer(text):
            if m.group(0).lower() not in fix.keep:
                out += [(m.start() + k, fix.chars[c]) for k, c in enumerate(m.group(0)) if c in fix.chars]
    return sorted(out)


def right_letter(ch: str) -> str | None:
    """The letter ``ch`` is put right to when it is wrong, or None (for the property tests: a letter
    normalisation changes is one of these)."""
    fix = _fontfix()
    return fix.always.get(ch) or fix.chars.get(ch)
