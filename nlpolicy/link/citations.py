"""Who a document is, and whom it cites: identity (:func:`doc_info`) and citations (:func:`find_citations`).

Full numbers come from :func:`nlpolicy.structure.parse_citations` (through
``Document.citations``); this module adds the short forms it leaves ("NQ 34",
"Nghị quyết 57", "Chỉ thị 11"), trims issuers that ran on, reads the province
words around each citation, and says how the document relates to what it cites
(implements, follows up, reports on, or only cites).
"""
from __future__ import annotations

import re
import unicodedata

from nlpolicy.link import patterns as px
from nlpolicy.link.models import CitationRef, DocInfo, Relation
from nlpolicy.structure import normalise_number
from nlpolicy.types import Document

# Suffixes of numbers issued by a province's own bodies: a "01/KH-UBND" of Lào Cai is not
# the "01/KH-UBND" of Bình Thuận, so these need compatible province words.
LOCAL_ISSUERS = {"TU", "HU", "ĐU", "TƯ", "UBND", "HĐND", "SCT", "VPUBND", "BCSĐ"}

# A marker that a file was written for this project (a demo or test example), not issued.
EXAMPLE_MARKER = re.compile(
    r"written for the (?:nlpolicy )?project|soạn cho dự án nlpolicy|văn bản ví dụ của dự án", re.IGNORECASE)

_CODE_KINDS = {"NQ": "resolution", "KL": "conclusion", "CT": "directive", "KH": "plan", "CTR": "programme",
               "BC": "report", "QĐ": "decision", "QD": "decision", "ĐA": "scheme", "DA": "scheme",
               "CV": "letter", "TB": "notice", "NĐ": "decree", "ND": "decree"}


def fold(s: str) -> str:
    """Compare-key for numbers and names: NFC, upper case, Đ kept apart from D by mapping both ways.

    >>> fold("3260-KH/ĐĐQH15") == fold("3260-kh/ddqh15")
    True
    """
    s = unicodedata.normalize("NFC", s).upper().replace("Đ", "D")
    return re.sub(r"\s+", "", s)


def number_code(number: str | None) -> str | None:
    """The kind code of a number: '34-NQ/TU' -> 'NQ'; '134/KH-UBND' -> 'KH'; '32/2024/NĐ-CP' -> 'NĐ'.

    >>> number_code("134/KH-UBND"), number_code("34-NQ/TU"), number_code("32/2024/NĐ-CP")
    ('KH', 'NQ', 'NĐ')
    """
    if not number:
        return None
    m = re.match(r"\d+(?:/\d{4})?[-/](?P<code>[A-Za-zĐđ]+)", number)
    return m.group("code") if m else None


def number_issuer(number: str | None) -> str | None:
    """The issuing body code: '34-NQ/TU' -> 'TU'; '134/KH-UBND' -> 'UBND'; '866/QĐ-TTg' -> 'TTg'."""
    if not number:
        return None
    m = re.match(r"\d+-[A-Za-zĐđ]+/(?P<org>\S+)$", number)       # party style
    if m:
        return m.group("org")
    m = re.match(r"\d+(?:/\d{4})?/[A-Za-zĐđ&]+-(?P<org>\S+)$", number)   # state style
    return m.group("org") if m else None


def bare(number: str | None) -> str | None:
    """'57-NQ/TW' -> '57'; '03/NQ-CP' -> '3' (leading zeros do not count)."""
    if not number:
        return None
    m = re.match(r"0*(\d+)", number)
    return m.group(1) if m else None


def kind_of_number(number: str | None) -> str | None:
    code = number_code(number)
    return _CODE_KINDS.get(code.upper()) if code else None


def provinces_in(text: str) -> tuple[str, ...]:
    """Province / city names in ``text``: 'UBND tỉnh Lào Cai' -> ('lào cai',).

    >>> provinces_in("Ủy ban nhân dân tỉnh Lào Cai; UBND TỈNH YÊN BÁI")
    ('lào cai', 'yên bái')
    """
    out: list[str] = []
    for m in px.PROVINCE.finditer(text):
        words = m.group("name").split()
        while words and words[0].lower() in px.NOT_PLACE:
            words = words[1:]
        # stop at a word that starts a new phrase ("tỉnh Lào Cai Sở ...")
        kept = []
        for w in words:
            if w.lower() in px.NOT_PLACE or w.lower() in {"sở", "ủy", "về", "ban", "số"}:
                break
            kept.append(w)
        if kept:
            name = " ".join(kept).lower()
            if name not in out:
                out.append(name)
    return tuple(out)


def _date_years(text: str) -> list[int]:
    """Years that sit in a date: 'ngày 04/01/2026', 'tháng 6 năm 2026', 'ngày  tháng  năm 2026'."""
    years = []
    for m in re.finditer(r"\d{1,2}[/.-]\d{1,2}[/.-]((?:19|20)\d{2})|tháng[ \d]*năm\s+((?:19|20)\d{2})", text):
        years.append(int(m.group(1) or m.group(2)))
    return years


def doc_info(doc: Document) -> DocInfo:
    """The identity of a document as the linker sees it.

    When the header has no date, the date may stand in the first line
    ("Kết luận số 69-KL/TW ngày 11/01/2024 của Bộ Chính trị ..."); failing that, the
    latest year found in a date of the first lines is used as a lower bound and
    ``year_note`` says so.
    """
    h = doc.header
    number = h.number if h else None
    date = h.date if h else None
    note = None
    head = doc.text[:1500]
    if date is None and number:
        m = re.search(re.escape(number).replace(r"\-", r"\s*-\s*") + r"[,\s]+ngày\s+(\d{1,2})/(\d{1,2})/(\d{4})", head)
        if m:
            d, mo, y = (int(x) for x in m.groups())
            if 1 <= d <= 31 and 1 <= mo <= 12:
                date = f"{y:04d}-{mo:02d}-{d:02d}"
                note = "date read from the document's first line"
    year = int(date[:4]) if date else None
    if year is None:
        first = "\n".join(doc.text.split("\n")[:40])[:2500]
        years = _date_years(first)
        if years:
            year = max(years)
            note = f"no date in the header: {year} is the latest year in a date of its first lines, used as a bound"
    issuer = h.issuer if h else None
    header_text = "\n".join(x for x in (issuer or "", doc.text[:400]) if x)
    # the header's province (structure.py reads it from the header or the body against a list of
    # provinces); a place such as "Phan Thiết" is a city, not a province
    provinces = (h.province.lower(),) if h and h.province else provinces_in(header_text)
    return DocInfo(path=doc.path, kind=h.kind if h else "other", number=number, date=date, year=year,
                   year_note=note, issuer=issuer, provinces=provinces, title=h.title if h else None,
                   example=bool(EXAMPLE_MARKER.search(doc.text[:3000])))


def _trim_issuer(issuer: str | None) -> str | None:
    if not issuer:
        return None
    out = px.ISSUER_TAIL.sub("", issuer).strip(" ,;:")
    return out or None


def _relation(doc: Document, start: int, cited_kind: str) -> Relation:
    before = doc.text[max(0, start - 90):start]
    if px.FOLLOW_UP_CUE.search(before):
        return Relation.FOLLOWS_UP
    if px.REPORT_CUE.search(before):
        return Relation.REPORTS_ON
    if px.IMPLEMENT_CUE.search(before):
        if doc.header and doc.header.kind == "report":
            return Relation.REPORTS_ON
        return Relation.IMPLEMENTS
    return Relation.CITES


def find_citations(doc: Document) -> list[CitationRef]:
    """Every citation of another document: full numbers, then short forms, in text order.

    A short form that repeats a full number of the same document ("Chỉ thị số 11-CT/TU ...
    (viết tắt là Chỉ thị 11)") takes that number.
    """
    own = fold(doc.header.number) if doc.header and doc.header.number else None
    out: list[CitationRef] = []
    taken: list[tuple[int, int]] = []
    for c in doc.citations:
        if c.number and own and fold(c.number) == own:
            continue
        issuer = _trim_issuer(c.issuer)
        ctx = doc.text[c.start:min(len(doc.text), c.end + 60)]
        out.append(CitationRef(number=c.number, short=None, kind=c.kind, date=c.date, issuer=issuer,
                               provinces=provinces_in(issuer or "") or provinces_in(ctx[len(c.text):]),
                               relation=_relation(doc, c.start, c.kind), text=c.text, start=c.start, end=c.end))
        taken.append((c.start, c.end))
    # the full numbers cited, by (kind, bare number), to complete short forms
    full: dict[tuple[str, str], str] = {}
    for c in out:
        if c.number:
            full.setdefault((c.kind, bare(c.number) or ""), c.number)
    for m in px.SHORT_CITATION.finditer(doc.text):
        if any(s <= m.start() < e for s, e in taken):
            continue
        kind = px.SHORT_KINDS.get(m.group("kind").lower()) or px.SHORT_KINDS.get(m.group("kind").lower()[:2])
        if kind is None:
            continue
        n = str(int(m.group("n")))
        if len(n) == 4 and 1990 <= int(n) <= 2060:
            continue  # "Kế hoạch 2026": a year, not a number
        number = full.get((kind, n))
        if own and number and fold(number) == own:
            continue
        if own and doc.header and number is None and bare(doc.header.number) == n \
                and kind_of_number(doc.header.number) == kind:
            continue  # the document naming itself ("Nghị quyết 57" inside 57-NQ/TW)
        out.append(CitationRef(number=number, short=n, kind=kind, date=None, issuer=None,
                               provinces=provinces_in(doc.text[m.end():m.end() + 60]),
                               relation=_relation(doc, m.start(), kind), text=m.group(0),
                               start=m.start(), end=m.end()))
    out.sort(key=lambda c: c.start)
    return out


def normalise(raw: str) -> str | None:
    """:func:`nlpolicy.structure.normalise_number`, re-exported for the linker's callers."""
    return normalise_number(raw)


# How a document is named to a reader: its kind word, then its number.
_LABEL_CODES = {"NQ": "Nghị quyết", "KL": "Kết luận", "CT": "Chỉ thị", "KH": "Kế hoạch", "CTR": "Chương trình",
                "BC": "Báo cáo", "QĐ": "Quyết định", "QD": "Quyết định", "ĐA": "Đề án", "DA": "Đề án",
                "CV": "Công văn", "TB": "Thông báo", "NĐ": "Nghị định", "ND": "Nghị định", "TTR": "Tờ trình",
                "HD": "Hướng dẫn", "QC": "Quy chế"}
_LABEL_KINDS = {"resolution": "Nghị quyết", "conclusion": "Kết luận", "directive": "Chỉ thị", "plan": "Kế hoạch",
                "programme": "Chương trình", "report": "Báo cáo", "decision": "Quyết định", "scheme": "Đề án",
                "letter": "Công văn"}


def document_label(info: DocInfo) -> str:
    """A document as staff name it: kind and number, the file name only when there is no number.

    The number's own code names the kind ("03/NQ-CP" is a Nghị quyết even when it issues a
    programme); a number without one ("5973/UBND-KT") is a Công văn.

    >>> i = DocInfo("a/57.txt", "resolution", "57-NQ/TW", None, None, None, None, (), None)
    >>> document_label(i), document_label(i.__class__("a/x.txt", "programme", "03/NQ-CP", *[None] * 4, (), None))
    ('Nghị quyết 57-NQ/TW', 'Nghị quyết 03/NQ-CP')
    >>> document_label(i.__class__("a/cv.txt", "other", "5973/UBND-KT", *[None] * 4, (), None))
    'Công văn 5973/UBND-KT'
    >>> document_label(i.__class__("a/BC-SCT.txt", "report", None, *[None] * 4, (), None))
    'Báo cáo (BC-SCT.txt)'
    """
    from pathlib import Path
    kind = _LABEL_KINDS.get(info.kind)
    if info.number:
        code = (number_code(info.number) or "").upper()
        word = _LABEL_CODES.get(code) or kind or "Công văn"
        return f"{word} {info.number}"
    return f"{kind or 'Văn bản'} ({Path(info.path).name})"
