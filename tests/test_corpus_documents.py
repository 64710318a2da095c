"""Every real document of ../shared/corpus yields its sections and the agencies its text names (issue 10).

No document of the folder may come out empty because one line surprised the reader: when a
text numbers its items, the extraction has sections; when it names bodies, the recognizer finds
them; when it hands work to a named body ("Giao ...", "... chủ trì"), some agency holds an
assignment.  The signals are read from the text with plain patterns independent of the
extractor, so the test does not restate the extractor's answers; it holds for whatever file is
added to the folder.  Skipped when ../shared is absent (the documents are not redistributed).
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
DOCS = sorted([*CORPUS.glob("*.txt"), *(CORPUS / "original").glob("*.docx")]) if CORPUS.is_dir() else []

pytestmark = [pytest.mark.shared,
              pytest.mark.skipif(not DOCS, reason=f"{CORPUS} is absent (the corpus is not redistributed)")]

# a numbered line: "I.", "2-", "3)", "Điều 4.", with or without spaces ("1 .", "a )") and word joins
_NUMBERED = re.compile(r"(?m)^[ #*>]*(?:\*\*)?(?:[IVX]{1,4}|\d{1,2}|Điều[ _]\d{1,3})[ ]?[.\-–:)](?:[ ]|\\?$)", re.I)
# a body named by its head noun
_BODY = re.compile(r"(?:Ủy[ _]ban[ _]nhân[ _]dân|Uỷ[ _]ban[ _]nhân[ _]dân|UBND|Sở[ _][A-ZĐ]|Bộ[ _][A-ZĐ]|Tỉnh[ _]ủy|Ban[ _]"
                   r"[A-ZĐ]|Hội[ _]đồng[ _]nhân[ _]dân|HĐND|Chính[ _]phủ|Thủ[ _]tướng)", re.I)
# work handed to a named body
# (not "Xét đề nghị của Giám đốc Sở ...", the preamble; not "chịu trách nhiệm thi hành", a formula)
_HANDS = re.compile(r"(?:\b[Gg]iao[ _](?:cho[ _])?(?=[A-ZĐỦU])|chủ[ _]trì|(?<![Xx]ét[ _])(?<![Tt]heo[ _])[Đđ]ề[ _]nghị[ _](?!của))")


def _signals(text: str) -> tuple[int, bool, bool]:
    return len(_NUMBERED.findall(text)), bool(_BODY.search(text)), bool(_HANDS.search(text))


@pytest.fixture(scope="module")
def extracted() -> dict[str, dict]:
    from nlpolicy.document import load
    from nlpolicy.extract.pipeline import extract_document
    from nlpolicy.extract.agencies import document_level, find_agencies
    out = {}
    for path in DOCS:
        doc = load(path)
        ex = extract_document(doc)
        h = doc.header
        mentions = find_agencies(doc.text, doc.key, level=document_level(h.number if h else None, h.issuer if h else None))
        out[path.name] = {"text": doc.given, "sections": len(doc.sections), "mentions": len(mentions),
                          "holders": len(ex.agencies), "tasks": len(ex.tasks)}
    return out


def test_every_document_yields_its_sections_and_agencies(extracted):
    failures = []
    for name, got in extracted.items():
        numbered, names_bodies, hands_work = _signals(got["text"])
        if numbered >= 2 and got["sections"] < 2:
            failures.append(f"{name}: {numbered} numbered lines, {got['sections']} sections")
        if names_bodies and got["mentions"] == 0:
            failures.append(f"{name}: names bodies, no agency mention found")
        if names_bodies and hands_work and numbered >= 2 and got["holders"] == 0:
            failures.append(f"{name}: hands work to named bodies, no agency holds an assignment")
    counts = "\n".join(f"  {n[:60]:60s} sections {g['sections']:3d} mentions {g['mentions']:4d} "
                       f"agencies {g['holders']:3d} tasks {g['tasks']:3d}" for n, g in extracted.items())
    assert not failures, "\n".join(failures) + "\n" + counts
