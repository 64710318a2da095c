"""The plain-Python phrase matcher (nlpolicy/phrases.py) finds what spaCy's PhraseMatcher finds.

nlpolicy matched its agency lexicon with spaCy's ``PhraseMatcher`` over ``spacy.blank("xx")``
tokens split at every punctuation mark; the matcher now runs without spaCy (start-up time).  This
test keeps the two in step: spaCy, installed with the test tools, is the reference on invented
strings and on the whole lexicon over the corpus texts (skipped when ../shared is absent).
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from nlpolicy.phrases import PhraseMatcher

spacy = pytest.importorskip("spacy", reason="spaCy (the reference implementation) is installed with the test tools")

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"


def _spacy_matcher(phrases: list[str]):
    from spacy.matcher import PhraseMatcher as SpacyMatcher
    from spacy.tokenizer import Tokenizer
    nlp = spacy.blank("xx")
    punct = r"[^\w\s]"
    nlp.tokenizer = Tokenizer(nlp.vocab, prefix_search=re.compile("^" + punct).search,
                              suffix_search=re.compile(punct + "$").search,
                              infix_finditer=re.compile(punct).finditer)
    nlp.max_length = 50_000_000
    m = SpacyMatcher(nlp.vocab, attr="ORTH")
    for i, p in enumerate(phrases):
        m.add(str(i), [nlp.make_doc(p)])
    return nlp, m


def _both(phrases: list[str], text: str) -> tuple[set, set]:
    nlp, sm = _spacy_matcher(phrases)
    doc = nlp.make_doc(text)
    want = {(nlp.vocab.strings[mid], doc[a:b].start_char, doc[a:b].end_char) for mid, a, b in sm(doc)}
    pm = PhraseMatcher()
    for i, p in enumerate(phrases):
        pm.add(p, str(i))
    toks = pm.tokens(text)
    got = [(pid, toks[a][0], toks[b - 1][1]) for pid, a, b in pm.match(toks)]
    assert pm.match_text(text) == got, f"match_text differs from the tokens' matches on {text!r}"
    return want, set(got)


ROWS = [
    (["ubnd tinh", "ubnd", "so tai chinh"], "giao ubnd tinh va so tai chinh (so tai chinh)."),
    (["so kh&cn", "kh", "kh&cn tinh"], "so kh&cn tinh, so kh & cn; kh&cn."),
    (["ban chinh sach, chien luoc trung uong", "ban chinh sach"], "ban chinh sach, chien luoc trung uong va ban chinh sach"),
    (["a a", "a"], "a a a"),
    (["ubnd xa", "xa"], "ubnd xa_tan an ubnd-xa"),
    (["ubnd tinh"], "ubnd\ntinh ubnd  tinh ubnd \n tinh"),
    (["ubnd , tinh", "so :", "tinh"], "ubnd, tinh ubnd ,tinh so: so :: xtinh tinhx"),
    (["( ubnd )", "ubnd"], "(ubnd) ( ubnd )"),     # a phrase that starts with a mark: tokenised whole
]


def test_same_matches_as_spacy_on_invented_strings():
    failures = []
    for phrases, text in ROWS:
        want, got = _both(phrases, text)
        if want != got:
            failures.append(f"{text!r}: spaCy {sorted(want)}, ours {sorted(got)}")
    assert not failures, "\n".join(failures)


@pytest.mark.skipif(not CORPUS.is_dir(), reason=f"{CORPUS} is absent")
def test_same_matches_as_spacy_with_the_agency_lexicon_on_the_corpus():
    from nlpolicy.agencies import _matcher
    from nlpolicy.matching import loose_key
    ours = _matcher().matcher
    phrases = []

    def walk(node, prefix):
        for k, v in node.items():
            if isinstance(k, str):
                walk(v, prefix + [k])
            else:
                phrases.append(" ".join(prefix))
    walk(ours._root, [])
    nlp, sm = _spacy_matcher(phrases)
    for path in sorted(CORPUS.glob("*.txt"))[:8]:
        text = loose_key(path.read_text(encoding="utf-8"))
        doc = nlp.make_doc(text)
        want = {(doc[a:b].start_char, doc[a:b].end_char) for _, a, b in sm(doc)}
        toks = ours.tokens(text)
        got = {(toks[a][0], toks[b - 1][1]) for _, a, b in ours.match(toks)}
        assert want == got, f"{path.name}: {len(want - got)} spans only spaCy finds, {len(got - want)} only ours"
        assert ours.match_text(text) == [(pid, toks[a][0], toks[b - 1][1]) for pid, a, b in ours.match(toks)], path.name
