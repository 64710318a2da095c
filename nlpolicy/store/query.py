"""From what a person types to FTS5 MATCH expressions over the folded text.

The query is folded like the index ("Hàm Kiệm" and "ham kiem" are the same
query), and only words reach FTS5, so no input can be an FTS5 syntax error.
Vietnamese words are often two or three syllables ("đầu tư", "khoáng sản"),
so the bare words are first tried as one phrase; only when no document holds
that phrase are they tried as words anywhere in the document.  Text in double
quotes is always a phrase; a trailing ``*`` makes the last word a prefix.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

from nlpolicy.errors import InputError
from nlpolicy.textfold import fold_query

# FTS5's unicode61 tokenizer splits on everything that is not a letter or digit
_WORD = re.compile(r"[^\W_]+(?:\*)?")
_QUOTED = re.compile(r'"([^"]*)"?')


def _phrase(words: list[str]) -> str:
    prefix = words[-1].endswith("*")
    body = " ".join(w.rstrip("*") for w in words)
    return f'"{body}"' + (" *" if prefix else "")


@dataclass(frozen=True)
class CompiledQuery:
    phrases: tuple[tuple[str, ...], ...]    # the quoted parts
    words: tuple[str, ...]                  # the bare words, in order

    def attempts(self) -> Iterator[tuple[str, str]]:
        """(how, MATCH expression) pairs, tightest first.

        >>> list(compile_query("Hàm Kiệm").attempts())
        [('phrase', '"ham kiem"'), ('all_words', '"ham" AND "kiem"')]
        >>> list(compile_query('"đầu tư" công*').attempts())
        [('phrase', '"dau tu" AND "cong" *')]
        """
        quoted = [_phrase(list(p)) for p in self.phrases]
        tight = quoted + ([_phrase(list(self.words))] if self.words else [])
        yield "phrase", " AND ".join(tight)
        if len(self.words) > 1:
            yield "all_words", " AND ".join(quoted + [_phrase([w]) for w in self.words])


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
