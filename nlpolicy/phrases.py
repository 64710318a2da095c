"""A phrase matcher over word tokens, in plain Python: every occurrence of every phrase of a lexicon.

It gives what spaCy's ``PhraseMatcher`` gives over a blank pipeline whose tokenizer splits at
white space and at every punctuation mark (the tokens nlpolicy always used for its agency
lexicon), without importing spaCy: a one-off ``nlpolicy extract`` then starts in a fraction of
the time.  ``tests/test_phrases.py`` checks the two agree, phrase for phrase, on the corpus.

Tokens are runs of word characters (letters, digits, ``_``) and single marks of punctuation:
``tokens("Sở KH&CN (tỉnh)")`` is ``Sở``, ``KH``, ``&``, ``CN``, ``(``, ``tỉnh``, ``)``; white space
other than one plain space (a line break, two spaces) is a token too, so no phrase matches across it.  A phrase
matches a run of tokens equal to its own tokens; matches may overlap, and every one is returned
as ``(phrase id, first token, end token)``, by first token then end token.

    >>> m = PhraseMatcher()
    >>> m.add("ubnd tinh", 1); m.add("ubnd", 2); m.add("so tai chinh", 3)
    >>> toks = m.tokens("giao ubnd tinh va so tai chinh")
    >>> [(pid, toks[a][0], toks[b - 1][1]) for pid, a, b in m.match(toks)]
    [(2, 5, 9), (1, 5, 14), (3, 18, 30)]
"""
from __future__ import annotations

import re
from itertools import accumulate, compress

__all__ = ["PhraseMatcher", "TOKEN"]

#: a run of word characters, a single mark that is neither a word character nor a space, or white
#: space other than one plain space (spaCy keeps such white space as a token: no phrase runs across it)
TOKEN = re.compile(r"\w+|[^\w\s]|\s{2,}|[^\S ]")
_SPLIT = re.compile(f"({TOKEN.pattern})")   # re.split keeps the tokens, between the gaps they leave

_END = object()   # the key under which a trie node keeps the ids of the phrases ending there


class PhraseMatcher:
    def __init__(self):
        self._root: dict = {}
        self.size = 0

    @staticmethod
    def tokens(text: str) -> list[tuple[int, int, str]]:
        """(start, end, token) of every token of ``text``."""
        words, starts, ends = PhraseMatcher.split(text)
        return list(zip(starts, ends, words))

    @staticmethod
    def split(text: str) -> tuple[list[str], list[int], list[int]]:
        """The tokens of ``text``, their starts and their ends, as three lists.

        Built in C (``re.split`` and the running sum of the pieces' lengths), not a match object
        per token: a whole document is tokenised in a third of the time.

        >>> PhraseMatcher.split("Sở KH&CN")
        (['Sở', 'KH', '&', 'CN'], [0, 3, 5, 6], [2, 5, 6, 8])
        """
        pieces = _SPLIT.split(text)      # gap, token, gap, token, ..., gap
        offsets = list(accumulate(map(len, pieces), initial=0))
        return pieces[1::2], offsets[1:-1:2], offsets[2::2]

    def add(self, phrase: str, phrase_id) -> None:
        """Match ``phrase`` (its tokens, as :meth:`tokens` reads them) and report it as ``phrase_id``."""
        words = TOKEN.findall(phrase)
        if not words:
            return
        node = self._root
        for w in words:
            node = node.setdefault(w, {})
        node.setdefault(_END, []).append(phrase_id)
        self.size += 1

    def match(self, tokens: list[tuple[int, int, str]]) -> list[tuple[object, int, int]]:
        """Every (phrase id, first token, end token) in ``tokens``, by first token then end token."""
        return self.match_words([t[2] for t in tokens])

    def match_words(self, words: list[str]) -> list[tuple[object, int, int]]:
        """As :meth:`match`, over the tokens' words alone (the first list :meth:`split` gives)."""
        root = self._root
        n = len(words)
        out = []
        # only the tokens that begin some phrase are looked at (picked in C: most words begin none)
        for i in compress(range(n), map(root.__contains__, words)):
            node = root[words[i]]
            j = i + 1
            while True:
                ids = node.get(_END)
                if ids:
                    out.extend((pid, i, j) for pid in ids)
                if j >= n:
                    break
                node = node.get(words[j])
                if node is None:
                    break
                j += 1
        return out
