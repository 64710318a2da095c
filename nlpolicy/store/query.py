"""From what a person types to FTS5 MATCH expressions over the folded text.

The query is folded like the index ("Hàm Kiệm" and "ham kiem" are the same
query), and only words reach FTS5, so no input can be an FTS5 syntax error.
Vietnamese words are often two or three syllables ("đầu tư", "khoáng sản"),
so the bare words are first tried as one phrase; only when no document holds
that phrase are they tried as words anywhere in the document.  Text in double
quotes is always a phrase; a trailing ``*`` makes the last word a prefix.

A phrase of several words is looked up as adjacent word pairs ("đầu tư" ->
the token ``dau_tu`` in the ``*_pairs`` columns, see schema.py): FTS5 then
reads the short position list of one rare pair instead of merging those of
"dau" and "tu", which are in every document.  :func:`pair_tokens` makes the
pairs of the indexed text the same way.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from typing import Iterator

from nlpolicy.errors import InputError
from nlpolicy.textfold import fold_query

# FTS5's unicode61 tokenizer splits on everything that is not a letter or digit
_WORD = re.compile(r"[^\W_]+(?:\*)?")
_QUOTED = re.compile(r'"([^"]*)"?')
_TOKEN = re.compile(r"[^\W_]+")


def name_key(text: str | None) -> str:
    """A name as the filters compare it: folded words between single spaces, one space around.

    "_" joins the syllables of a word-segmented text ("Ủy_ban nhân_dân"): it is a
    space here, as in the full-text index.  A filter value is keyed the same way
    and looked up with ``instr``, so it matches whole words only.

    >>> name_key("UBND huyện Mèo_Vạc"), name_key("Sở Công Thương,")
    (' ubnd huyen meo vac ', ' so cong thuong ')
    >>> name_key("huyen") in name_key("Ủy ban nhân dân huyện"), name_key("huyen") in name_key("chuyển đổi")
    (True, False)
    """
    return " " + " ".join(_TOKEN.findall(fold_query(text or ""))) + " "


# The columns of doc_fts and head_fts holding words and word pairs.
WORD_COLUMNS = "{title body}"
PAIR_COLUMNS = "{title_pairs body_pairs}"


def pair_tokens(folded: str) -> str:
    """The adjacent word pairs of folded text, as FTS5 tokens (``_`` is a token character there).

    >>> pair_tokens("dau tu, khu cong_nghiep")
    'dau_tu tu_khu khu_cong cong_nghiep'
    >>> pair_tokens("mot")
    ''
    """
    words = _TOKEN.findall(folded)
    return " ".join(map("_".join, zip(words, words[1:])))


def _phrase(words: list[str]) -> str:
    """One phrase: a word in the word columns, several as a phrase of pairs in the pair columns.

    >>> _phrase(["dau", "tu"]), _phrase(["chuyen", "doi", "so*"]), _phrase(["cong*"])
    ('{title_pairs body_pairs} : "dau_tu"', '{title_pairs body_pairs} : "chuyen_doi doi_so" *', '{title body} : "cong" *')
    """
    prefix = " *" if words[-1].endswith("*") else ""
    words = [w.rstrip("*") for w in words]
    if len(words) == 1:
        return f'{WORD_COLUMNS} : "{words[0]}"{prefix}'
    pairs = " ".join(f"{a}_{b}" for a, b in zip(words, words[1:]))
    return f'{PAIR_COLUMNS} : "{pairs}"{prefix}'


@dataclass(frozen=True)
class CompiledQuery:
    phrases: tuple[tuple[str, ...], ...]    # the quoted parts
    words: tuple[str, ...]                  # the bare words, in order

    def attempts(self) -> Iterator[tuple[str, str]]:
        """(how, MATCH expression) pairs, tightest first.

        >>> for how, expression in compile_query("Hàm Kiệm").attempts():
        ...     print(how, expression)
        phrase {title_pairs body_pairs} : "ham_kiem"
        all_words {title body} : "ham" AND {title body} : "kiem"
        >>> list(compile_query('"đầu tư" công*').attempts())
        [('phrase', '{title_pairs body_pairs} : "dau_tu" AND {title body} : "cong" *')]
        """
        yield "phrase", " AND ".join(self.terms("phrase"))
        if len(self.words) > 1:
            yield "all_words", " AND ".join(self.terms("all_words"))

    def terms(self, match: str) -> list[str]:
        """The MATCH expressions that ``match`` ("phrase" or "all_words") joins with AND.

        >>> compile_query('"đầu tư" công nghiệp').terms("all_words")
        ['{title_pairs body_pairs} : "dau_tu"', '{title body} : "cong"', '{title body} : "nghiep"']
        """
        quoted = [_phrase(list(p)) for p in self.phrases]
        if match == "phrase":
            return quoted + ([_phrase(list(self.words))] if self.words else [])
        return quoted + [_phrase([w]) for w in self.words]


    def hit_finder(self, match: str) -> "HitFinder":
        """What ``match`` ("phrase" or "all_words") counts as a hit, to find in folded text."""
        groups = list(self.phrases)
        if self.words:
            groups += [self.words] if match == "phrase" else [(w,) for w in self.words]
        return HitFinder(tuple(groups))


@dataclass(frozen=True)
class HitFinder:
    """Finds hits in folded text the way FTS5 matched them.

    Tokens of a phrase may be apart by anything that is not a letter or a
    digit, as for FTS5's tokenizer ("ham\\nkiem", "ham **kiem").  Each group is
    one regex that starts with its first word, so ``re`` scans for it in C.

    >>> f = compile_query("ham kiem").hit_finder("phrase")
    >>> t = "kcn ham  kiem i, ham kiemx, cham kiem, HAM KIEM"
    >>> [t[s:e] for s, e in f.find(t)]
    ['ham  kiem']
    >>> f = compile_query("dau tu*").hit_finder("all_words")
    >>> t = "dau tu, tuong dau"
    >>> [t[s:e] for s, e in f.find(t)]
    ['dau', 'tu', 'tuong', 'dau']
    """
    groups: tuple[tuple[str, ...], ...]

    @cached_property
    def _patterns(self) -> tuple[re.Pattern, ...]:
        # the first word is a literal prefix: re scans for it in C
        return tuple(re.compile(
            re.escape(words[0].rstrip("*"))
            + "".join(r"[\W_]+" + re.escape(w.rstrip("*")) for w in words[1:])
            + (r"[^\W_]*" if words[-1].endswith("*") else "") + r"(?![^\W_])") for words in self.groups)

    def find(self, text: str) -> list[tuple[int, int]]:
        hits = []
        for pattern in self._patterns:
            m = pattern.search(text)
            while m:
                pos = m.start()
                if pos == 0 or not text[pos - 1].isalnum():
                    hits.append((pos, m.end()))
                m = pattern.search(text, pos + 1)        # from the next character: overlaps too
        hits.sort()
        out: list[tuple[int, int]] = []
        for s, e in hits:                   # overlapping hits (from two groups) become one
            if out and s < out[-1][1]:
                out[-1] = (out[-1][0], max(e, out[-1][1]))
            else:
                out.append((s, e))
        return out


def compile_query(text: str) -> CompiledQuery:
    """Parse a query; raise :class:`InputError` when it holds no word.

    >>> compile_query('khu "cong nghiep" Ham').words
    ('khu', 'ham')
    """
    folded = fold_query(text)
    phrases = []
    for m in _QUOTED.finditer(folded):
        words = _WORD.findall(m.group(1))
        if words:
            phrases.append(tuple(words))
    words = tuple(_WORD.findall(_QUOTED.sub(" ", folded)))
    if not phrases and not words:
        raise InputError(f"the query {text!r} has no words to search for")
    return CompiledQuery(tuple(phrases), words)
