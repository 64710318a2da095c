"""Citations of other documents: "Nghị quyết số 28-NQ/TU ngày 20/4/2016 của Tỉnh ủy", "134/KH-UBND"."""
from __future__ import annotations

from nlpolicy import regexes as rx
from nlpolicy.structure.numbers import CODE_KINDS, iso_date_of, normalise_number
from nlpolicy.types import Citation

__all__ = ["parse_citations"]

_CITE_KINDS = {
    "nghị quyết": "resolution", "kết luận": "conclusion", "chỉ thị": "directive", "kế hoạch": "plan",
    "chương trình": "programme", "chương trình hành động": "programme", "báo cáo": "report",
    "báo cáo thẩm định": "report", "quyết định": "decision", "nghị định": "decree",
    "thông tư": "circular", "luật": "law", "công văn": "letter", "văn bản": "letter",
    "thông báo": "notice", "tờ trình": "submission", "hướng dẫn": "guidance", "đề án": "scheme",
    "giấy mời": "letter", "phiếu chuyển": "letter", "quy định": "regulation",
}
_CODE_CITE_KINDS = {**CODE_KINDS, "NĐ": "decree", "TT": "circular", "CV": "letter", "TB": "notice",
                    "TTr": "submission", "HD": "guidance", "ĐA": "scheme", "GM": "letter", "PC": "letter"}


def parse_citations(text: str, own_number: str | None, *, lowercase: bool = False) -> list[Citation]:
    """Every number of another document, with its kind, date and issuer where printed.

    A lower-cased text ("số 05-nq/tu") is scanned in upper case (the same length in Vietnamese),
    so its numbers are found and given in their standard form.
    """
    out: list[Citation] = []
    taken: list[tuple[int, int]] = []
    scan = text.upper() if lowercase and len(text.upper()) == len(text) else text
    for pattern, style in ((rx.PARTY_NUMBER, "party"), (rx.STATE_NUMBER, "state")):
        for m in rx.finditer_from_digits(pattern, scan):    # (a number starts a run of digits)
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            raw = m.group(0)
            number = normalise_number(raw)
            if not number or number == own_number:
                continue
            if style == "state" and not m.group("org") and not m.group("year") and "-" not in number.split("/")[-1]:
                continue  # "1/2" or "5/KH" alone is too weak
            before = text[max(0, m.start() - 40):m.start()]
            km = rx.CITE_KIND_BEFORE.search(before)
            code = m.group("code")
            kind = _CITE_KINDS.get(km.group("kind").lower()) if km else None
            kind = kind or _CODE_CITE_KINDS.get(code) or "other"
            start = m.start() - (len(before) - km.start()) if km else m.start()
            after = text[m.end():m.end() + 160]
            date = issuer = None
            end = m.end()
            dm = rx.CITE_DATE_AFTER.match(after)
            if dm:
                date = iso_date_of(dm)
                end = m.end() + dm.end()
                after = text[end:end + 120]
            im = rx.CITE_ISSUER_AFTER.match(after)
            if im:
                issuer = im.group("issuer").strip()
                end = end + im.end("issuer")
            taken.append((m.start(), m.end()))
            out.append(Citation(number=number, kind=kind, date=date, issuer=issuer,
                                text=text[start:end], start=start, end=end))
    out.sort(key=lambda c: c.start)
    return out


