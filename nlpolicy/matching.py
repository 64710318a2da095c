"""One matching layer for every stage: the keys a text is matched on, and cues that forgive damage.

Scanning and conversion damage the words that carry structure: a heading "TÔ CHỨC THỰC HIỆN"
(for "TỔ CHỨC"), "Uy ban nhân dân" (a lost hook), "Ủy_ban nhân_dân" (a word-segmented research
text).  Rather than widen hundreds of regular expressions one by one, every stage matches on
the keys made here:

* :func:`desegment` turns the ``_`` that joins the syllables of a word-segmented text into a
  space (same length: offsets do not move);
* :func:`strict_key`: lower case, one tone convention, plain dashes, desegmented;
* :func:`loose_key`: the same without any diacritic ("tổ chức" and "tô chúc" both read
  "to chuc").

A :class:`Cue` is written once, in Vietnamese, as a pattern over the strict key; it matches on
the loose key when it is *tolerant* (the default for phrases of two syllables or more, whose
folded form is still unambiguous) and on the strict key otherwise ("đã" folded is "da", which
"đa dạng" also gives).  :data:`TOLERANT` switches tolerance off everywhere at once
(``NLPOLICY_TOLERANCE=strict`` in the environment), to measure what it buys.

    >>> keys = Keys("III - TÔ CHỨC THỤC HIỆN")
    >>> bool(Cue(r"tổ chức thực hiện").search(keys))
    True
    >>> bool(Cue(r"\\bđã\\b").search(Keys("đa dạng")))
    False
    >>> desegment("Ủy_ban nhân_dân tỉnh")
    'Ủy ban nhân dân tỉnh'
"""
from __future__ import annotations

import os
import re
import re._parser as _re_parser
from functools import cached_property

from nlpolicy.normalize import is_lowercased, match_key, plain_dashes
from nlpolicy.textfold import fold

__all__ = ["TOLERANT", "Keys", "Cue", "desegment", "strict_key", "loose_key", "fold_pattern",
           "is_lowercased", "slices_keep_loose"]

#: Match tolerant cues on the loose key (default); ``NLPOLICY_TOLERANCE=strict`` turns it off.
TOLERANT = os.environ.get("NLPOLICY_TOLERANCE", "").lower() != "strict"

# "_" between two letters joins the syllables of one word in word-segmented texts.
# (the "_" first, then the look-behind for the letter before it: a pattern that starts with a
# look-behind is tried at every position of the text, one that starts with "_" is searched in C)
_JOIN = re.compile(r"_(?<=[^\W\d_]_)_*(?=[^\W\d_])")


def desegment(text: str) -> str:
    """``Ủy_ban nhân_dân`` -> ``Ủy ban nhân dân``; every other character stays where it is."""
    if "_" not in text:
        return text
    return _JOIN.sub(lambda m: " " * len(m.group()), text)


def strict_key(text: str) -> str:
    """Lower case, new-style tone marks, plain dashes, desegmented; same length as ``text``."""
    return match_key(desegment(text))


def loose_key(text: str) -> str:
    """The strict key without any diacritic, "đ" read "d"; same length as ``text``.

    >>> loose_key("Tổ chức THỰC HIỆN")
    'to chuc thuc hien'
    >>> loose_key("Uỷ ban – hoà bình") == fold(strict_key("Uỷ ban – hoà bình"))
    True

    It is ``fold(strict_key(text))`` without the tone placement, which folding erases anyway
    ("hoà" and "hòa" both fold to "hoa"): the key's lower case, folded, with plain dashes.
    """
    text = desegment(text)
    lower = text.lower()
    if len(lower) != len(text):   # a character whose lower case is longer ("İ"): fold lowers it alone
        lower = text
    if len(lower) < 2000:
        return lower.translate(_LOOSE_TABLE)    # a heading, a line: one C call
    return plain_dashes(fold(lower))


class _LooseTable(dict):
    """``plain_dashes(fold(c))`` for each code point, filled as they come: both map one character
    to one, so one ``str.translate`` does the two (most keys are of short strings, thousands of
    them per document, and the dash regex cost more than the folding)."""

    def __missing__(self, code: int) -> str:
        self[code] = loose = plain_dashes(fold(chr(code)))
        return loose


_LOOSE_TABLE = _LooseTable()


class Keys:
    """A text and its keys, each computed once and only when asked for (most short texts, a
    heading or a line, are only matched on the loose key)."""

    def __init__(self, text: str, key: str = "", loose: str | None = None):
        self.text = text
        self._key = key
        self._loose: str | None = loose

    @property
    def key(self) -> str:
        if not self._key:
            self._key = strict_key(self.text)
        return self._key

    @property
    def loose(self) -> str:
        if self._loose is None:
            self._loose = fold(self._key) if self._key else loose_key(self.text)
        return self._loose


def slices_keep_loose(text: str) -> bool:
    """Whether the loose key of every slice of ``text`` is that slice of the text's loose key, so
    that a line's key can be cut from the document's instead of made again.  Each character's
    loose form is its own, whatever its case, but for two that read their neighbours: a "Σ" that
    ends a word lowers to "ς", and a "_" between two letters joins a word-segmented text's syllables.

    >>> slices_keep_loose("Ủy ban nhân dân"), slices_keep_loose("Ủy_ban nhân_dân")
    (True, False)
    """
    return "Σ" not in text and desegment(text) == text


# escape sequences, group names and flags must not be folded ("\S" is not "\s", "(?P<kind>" stays)
_PATTERN_TOKEN = re.compile(r"\\.|\(\?P<\w+>|\(\?P=\w+\)|\(\?[aiLmsux]+[:)]|[^\\(]+|\(", re.S)


def fold_pattern(pattern: str) -> str:
    """A pattern over the strict key, rewritten for the loose key: letters folded, escapes kept.

    >>> fold_pattern(r"tổ chức\\s+thực hiện\\b")
    'to chuc\\\\s+thuc hien\\\\b'
    >>> fold_pattern(r"(?P<kind>Nghị quyết)")
    '(?P<kind>nghi quyet)'
    """
    return "".join(tok if tok.startswith(("\\", "(?")) else fold(tok) for tok in _PATTERN_TOKEN.findall(pattern))


def _shortest_words(pattern: str, flags: int = 0) -> int:
    """How many words the shortest text ``pattern`` matches has: the literal words that every match
    must contain, the shortest branch of each alternation, optional parts and look-arounds left out.

    >>> _shortest_words(r"tổ chức (?:thực hiện|triển khai)")
    4
    >>> _shortest_words(r"(?:có|chịu) trách nhiệm(?: thực hiện)?[ ]*:")
    3
    >>> _shortest_words(r"\\bđã\\b|được")
    1
    """
    try:
        tree = _re_parser.parse(pattern, flags)
    except (re.error, RecursionError):
        return 0
    return len(_shortest(tree).split())


def _shortest(items) -> str:
    """The shortest literal text a parsed pattern matches; a character class stands as one letter,
    or as a space when it holds only blanks (``[ ]``, ``\\s``)."""
    out = []
    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            out.append(chr(av))
        elif name in ("NOT_LITERAL", "ANY"):
            out.append("x")
        elif name == "IN":
            blank = all(str(o) == "LITERAL" and chr(a).isspace() or str(o) == "CATEGORY" and "SPACE" in str(a)
                        and "NOT" not in str(a) for o, a in av)
            out.append(" " if blank else "x")
        elif name == "CATEGORY":
            out.append(" " if "SPACE" in str(av) and "NOT" not in str(av) else "x")
        elif name == "SUBPATTERN":
            out.append(_shortest(av[-1]))
        elif name == "ATOMIC_GROUP":
            out.append(_shortest(av))
        elif name == "BRANCH":
            out.append(min((_shortest(b) for b in av[1]), key=lambda t: len(t.split())))
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            lo, _, sub = av
            out.append(_shortest(sub) * min(lo, 2))
        # AT (\\b, ^, $), ASSERT, ASSERT_NOT, GROUPREF...: no text of their own
    return "".join(out)


def _needed_literal(pattern: str, flags: int = 0) -> str:
    """The longest run of plain characters that every match of ``pattern`` holds, when the pattern
    does not start with it (a pattern that does fails on it at once), or "".  Only the pattern's
    top level is read: a run inside a group, a repeat or a branch may not be matched.

    >>> _needed_literal(r"[ ,]*(?:(?:(?!chu tri)[^.;]){0,160}?[ ])?(?:can|chu dong)?[ ]*phoi hop(?![ ]+voi)")
    'phoi hop'
    >>> _needed_literal(r"phoi hop[ ]+voi"), _needed_literal(r"(?i)[ ]*ab"), _needed_literal(r"[ ,]*(?:da|dang)\\b")
    ('', '', 'da')
    """
    try:
        tree = _re_parser.parse(pattern, flags)
    except (re.error, RecursionError):
        return ""
    if tree.state.flags & re.IGNORECASE:
        return ""
    runs, run = [], []
    for op, av in tree:
        if str(op) == "LITERAL":
            run.append(chr(av))
        else:
            runs.append("".join(run))
            run = []
    runs.append("".join(run))
    if not tree or str(tree[0][0]) == "LITERAL":
        return ""
    return max(runs, key=len)


class Cue:
    """A pattern over the strict key (lower case, written in Vietnamese), matched tolerantly.

    ``tolerant=None`` decides by length: tolerant when the shortest text the pattern matches has
    two words or more (:func:`_shortest_words`).
    Matches are positions in the text (both keys have its length).
    """

    def __init__(self, pattern: str, flags: int = 0, *, tolerant: bool | None = None):
        self.pattern, self.flags = pattern, flags
        self.tolerant = _shortest_words(pattern, flags) >= 2 if tolerant is None else tolerant

    # compiled on first use: a one-off run compiles only the patterns it reaches, and only the key
    # it matches on (hundreds of cues are declared at import time)
    @cached_property
    def strict(self) -> re.Pattern:
        return re.compile(self.pattern, self.flags)

    @cached_property
    def loose(self) -> re.Pattern:
        return re.compile(fold_pattern(self.pattern), self.flags) if self.tolerant else self.strict

    @cached_property
    def needs(self) -> str:
        """Characters every match holds (:func:`_needed_literal`, on the key the cue runs on): a
        window without them is not matched at all ("phối hợp" ends a scan of up to 160 characters)."""
        rx = self.loose if self.tolerant and TOLERANT else self.strict
        return _needed_literal(rx.pattern, self.flags)

    # (search, match and finditer choose the key inline: they run tens of thousands of times per
    # corpus pass, and a helper call for the choice cost a tenth of their time)
    def search(self, keys, pos: int = 0, endpos: int | None = None) -> re.Match | None:
        if self.tolerant and TOLERANT:
            rx, s = self.loose, keys.loose
        else:
            rx, s = self.strict, keys.key
        return rx.search(s, pos, len(s) if endpos is None else endpos)

    def match(self, keys, pos: int = 0, endpos: int | None = None) -> re.Match | None:
        if self.tolerant and TOLERANT:
            rx, s = self.loose, keys.loose
        else:
            rx, s = self.strict, keys.key
        if endpos is None:
            endpos = len(s)
        needs = self.needs
        if needs and s.find(needs, pos, endpos) < 0:
            return None
        return rx.match(s, pos, endpos)

    def finditer(self, keys, pos: int = 0, endpos: int | None = None):
        if self.tolerant and TOLERANT:
            rx, s = self.loose, keys.loose
        else:
            rx, s = self.strict, keys.key
        return rx.finditer(s, pos, len(s) if endpos is None else endpos)

    def search_text(self, text: str) -> re.Match | None:
        """Search a short string (a heading, a cell) that has no keys yet."""
        return self.search(Keys(text))

    def __repr__(self) -> str:
        return f"Cue({self.pattern!r}, tolerant={self.tolerant})"
