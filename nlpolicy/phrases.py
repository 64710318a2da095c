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
from itertools import accumulate, chain, compress

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
        self._starts: re.Pattern | bool | None = None    # see _start_pattern: built on first use after the last add

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
        self._starts = None

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

    def match_text(self, text: str) -> list[tuple[object, int, int]]:
        """Every (phrase id, start, end) in ``text``, in characters: what :meth:`match_words` finds
        over :meth:`split` of ``text``, in the same order.

        A document is not tokenised whole: the places where a phrase may start are searched for in C
        (:meth:`_start_pattern`), and the tokens are read on from each of them alone (a token does not
        depend on what precedes it: a word is a whole run of word characters).

        >>> m = PhraseMatcher()
        >>> m.add("ubnd tinh", 1); m.add("ubnd", 2); m.add("so tai chinh", 3)
        >>> m.match_text("giao ubnd tinh va so tai chinh")
        [(2, 5, 9), (1, 5, 14), (3, 18, 30)]
        """
        starts = self._start_pattern()
        if starts is None:
            words, firsts, ends = self.split(text)
            return [(pid, firsts[a], ends[b - 1]) for pid, a, b in self.match_words(words)]
        root = self._root
        out = []
        # the first word of the text has no character before it for the search to find: walked from
        # directly (the walk finds what it finds whether or not the search would have started there)
        t = TOKEN.match(text)
        heads = [(0, t.end(), t.group())] if t and t.group() in root else []
        for first, pos, word in chain(heads, ((m.start(1), m.end(1), m.group(1)) for m in starts.finditer(text))):
            node = root[word]
            while True:
                ids = node.get(_END)
                if ids:
                    out.extend((pid, first, pos) for pid in ids)
                t = TOKEN.search(text, pos)     # the next token (the gap before it is one plain space)
                if t is None:
                    break
                node = node.get(t.group())
                if node is None:
                    break
                pos = t.end()
        return out

    def _start_pattern(self) -> re.Pattern | None:
        """Where a phrase may start: a word that begins one and either is one or is followed by a
        token that goes on from it (more places than matches start: the walk decides), the word in
        group 1.  Written as a trie after the character before the word, so that the search skips in
        C to the next character that is not a letter (a fifth of them), not to the next letter that
        begins some phrase (most letters do).
        None when some phrase starts with a mark or a space (the lexicon has none): tokenise then."""
        if self._starts is None:
            if not all(re.fullmatch(r"\w+", w) for w in self._root):
                self._starts = False
            else:
                trie: dict = {}
                for word, node in self._root.items():
                    nexts = sorted(w for w in node if w is not _END)
                    words = "|".join(w for w in nexts if re.fullmatch(r"\w+", w))
                    goes_on = [f"(?:{words})(?!\\w)"] if words else []
                    goes_on += [re.escape(w) for w in nexts if not re.fullmatch(r"\w+", w)]
                    sub = trie
                    for ch in word:
                        sub = sub.setdefault(ch, {})
                    sub[_END] = "" if _END in node else f"(?=[ ]?(?:{'|'.join(goes_on)}))"
                self._starts = re.compile(rf"[^\w]({_trie(trie)})") if trie else False
        return self._starts or None


def _trie(node: dict) -> str:
    """The alternation of the words of a character trie; a word ends with its tail (node[_END])."""
    alts = [re.escape(ch) + _trie(sub) for ch, sub in sorted((k, v) for k, v in node.items() if k is not _END)]
    if _END in node:
        alts.append(r"(?!\w)" + node[_END])
    return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
