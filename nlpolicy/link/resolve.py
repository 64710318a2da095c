"""Resolve citations against the documents given: by number, by short form, by header, by title; then chains.

Each step is a function with the same shape, so a caller can swap one
(``resolve_links(..., steps=(by_number, by_title))``).  A citation resolves only
to a document with the same number (or, for a short form, the only document of
that kind and bare number), a compatible issuer and province, and a date no
later than the citing document's.  A full number whose document does not print
it (a council resolution kept without its header) resolves by kind, issuer,
province, date, sitting and title (:func:`by_header`).  What does not resolve is
reported, never guessed.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Callable, Iterable, Sequence

from nlpolicy.link.citations import (LOCAL_ISSUERS, bare, doc_info, find_citations, fold, kind_of_number,
                                     number_issuer, provinces_in)
from nlpolicy.link.models import CitationRef, DocInfo, DocumentLink, Method, Relation, Unresolved
from nlpolicy.types import Document

_RANK = {Relation.IMPLEMENTS: 3, Relation.REPORTS_ON: 3, Relation.FOLLOWS_UP: 3, Relation.CITES: 1}

# Issuer families: the same body under its several names.  Order matters: first match wins.
_FAMILIES = (
    ("central_party", r"trung ương|bộ chính trị|ban bí thư|\btw\b"),
    ("government", r"chính phủ|thủ tướng"),
    ("council", r"hội đồng nhân dân|hđnd"),
    ("committee", r"ủy ban nhân dân|uỷ ban nhân dân|ubnd"),
    ("province_party", r"tỉnh ủy|tỉnh uỷ|đảng bộ tỉnh|ban thường vụ|btv|ban chấp (?:hành )?đảng bộ"),
    ("department", r"\bsở\b"),
)


def issuer_family(text: str | None) -> str | None:
    """'Ban Thường vụ Tỉnh ủy' -> 'province_party'; 'Ban chấp đảng bộ tỉnh (khóa xiii)' -> 'province_party'.

    >>> issuer_family("UBND tỉnh Lào Cai"), issuer_family("Ban chấp đảng bộ tỉnh (khóa xiii)")
    ('committee', 'province_party')
    """
    if not text:
        return None
    low = text.lower()
    for name, pat in _FAMILIES:
        if re.search(pat, low):
            return name
    return None


def years_compatible(source: DocInfo, target: DocInfo) -> tuple[bool, str | None]:
    """A citing document is never older than what it cites.  With a year that is only a bound
    (no date in the header) the check can only pass, and the note says so."""
    if source.year is None or target.year is None:
        return True, "a date is missing: order not checked"
    if source.date and target.date:
        return source.date >= target.date, None
    if target.year > source.year and source.year_note is None:
        return False, None
    notes = "; ".join(n for n in (source.year_note, target.year_note) if n)
    return True, notes or None


def provinces_compatible(cite: CitationRef | None, source: DocInfo, target: DocInfo, number: str | None) -> bool:
    """Every province has its own '01/KH-UBND': province words in the citation (or, for a
    number of a provincial body, the citing document's own province) must meet the target's."""
    if not target.provinces:
        return True
    words = set(cite.provinces) if cite else set()
    if not words and (number_issuer(number) or "").split("-")[-1].upper() in {x.upper() for x in LOCAL_ISSUERS}:
        words = set(source.provinces)
    if not words:
        return True
    return same_place(words, target.provinces)


def same_place(a, b) -> bool:
    """Province word sets meet: 'lào' (a name cut by a line break) meets 'lào cai'."""
    return any(x == y or x.startswith(y + " ") or y.startswith(x + " ") for x in a for y in b)


# A numbered citation of a document that does not print its own number (research datasets keep
# a council resolution's body, not its header): the number's issuer code stands for the body.
_CODE_FAMILIES = {"HĐND": "council", "HDND": "council", "UBND": "committee", "UB": "committee",
                  "TU": "province_party", "TƯ": "province_party", "TW": "central_party", "CP": "government",
                  "TTG": "government", "QH": "national_assembly"}

# The tail a header reader leaves on a title when the issuer line follows it without a break:
#   "về trách nhiệm đóng góp ... tỉnh nghệ an Hội đồng nhân dân tỉnh nghệ an Khoá xv , kỳ họp thứ 13"
# (a body after "của" is part of the title: "về chương trình giám sát của Hội đồng nhân dân tỉnh")
_TITLE_TAIL = re.compile(r"""
    (?<!của)\s(?:(?:hội[ ]đồng[ ]nhân[ ]dân|ủy[ ]ban[ ]nhân[ ]dân|uỷ[ ]ban[ ]nhân[ ]dân|hđnd|ubnd)
                 [ ]+(?:tỉnh|thành[ ]phố)\b
               |kh(?:oá|óa|oa)[ ]+[xvil]+\b)
""", re.VERBOSE | re.IGNORECASE)

# "khoá XV, kỳ họp thứ 17", "Khoá xv - Kỳ họp thứ 13": the council's term and sitting
_SESSION = re.compile(r"kh(?:oá|óa|oa)\s+(?P<term>[xvil]+)\s*[,-]?\s*k[ỳy]\s+họp\s+thứ\s+(?P<sitting>\d+)",
                      re.IGNORECASE)


def bare_title(title: str | None) -> str | None:
    """A header title without the issuer and session a header reader ran on into.

    >>> bare_title("về bãi bỏ khoản thu học phí tại các trường học Hội đồng nhân dân tỉnh hà nam Khoá xv , kỳ họp thứ 9")
    'về bãi bỏ khoản thu học phí tại các trường học'
    """
    if not title:
        return title
    for m in _TITLE_TAIL.finditer(title):
        if len(title[:m.start()].split()) >= 4:
            return title[:m.start()].strip(" ,;")
    return title


def session_of(text: str) -> tuple[str, int] | None:
    """('XV', 17) from "khoá XV , kỳ họp thứ 17"; None when the text names no sitting."""
    m = _SESSION.search(text)
    return (m.group("term").upper(), int(m.group("sitting"))) if m else None


def _family_of_number(number: str | None) -> str | None:
    org = (number_issuer(number) or "").split("-")[-1].upper()
    return _CODE_FAMILIES.get(org)


def _head(doc: Document) -> str:
    """The header block: the text before the body (the preamble names other bodies)."""
    end = doc.body.start if doc.body and doc.body.start > 0 else 400
    return doc.text[:min(end, 800)]


def _latest_cited_date(doc: Document) -> str | None:
    """A document is never older than what it cites: the latest date among its own citations."""
    dates = [c.date for c in doc.citations if c.date]
    return max(dates) if dates else None


Step = Callable[[Document, DocInfo, list[CitationRef], Sequence[tuple[Document, DocInfo]]],
                tuple[list[DocumentLink], list[CitationRef]]]


def _best(cites: list[CitationRef]) -> CitationRef:
    return max(cites, key=lambda c: (_RANK[c.relation], c.date is not None, -c.start))


def _link(source: DocInfo, target: DocInfo | None, cites: list[CitationRef], method: Method, score: float,
          notes: Iterable[str | None] = ()) -> DocumentLink:
    ev = _best(cites)
    strong = [c.relation for c in cites if c.relation != Relation.CITES]
    if source.kind == "report" and strong:
        rel = Relation.REPORTS_ON
    elif strong:
        rel = max(set(strong), key=lambda r: (strong.count(r), r == Relation.IMPLEMENTS))
    else:
        rel = Relation.CITES
    restated = rel == Relation.CITES and target is not None and restates(source, target)
    if restated:
        rel = Relation.REPORTS_ON if source.kind == "report" else Relation.IMPLEMENTS
        notes = tuple(notes) + ("its own title restates the subject of the document it cites as a basis",)
    number = next((c.number for c in cites if c.number), None) or (target.number if target else None)
    return DocumentLink(source=source.path, target=target.path if target else None, number=number,
                        kind=ev.kind, relation=rel, method=method, score=score, text=ev.text,
                        start=ev.start, end=ev.end, notes=tuple(n for n in notes if n),
                        path=(source.path, target.path) if target else ())


_CARRIED_OUT = {"resolution", "conclusion", "directive", "plan", "programme", "decision", "scheme"}


def restates(source: DocInfo, target: DocInfo, *, threshold: float = 0.6) -> bool:
    """A document of another kind whose own title restates the title of what it cites as a basis
    carries it out: the province's decision "về việc bãi bỏ khoản thu X" after "Căn cứ Nghị quyết
    ... của HĐND tỉnh về bãi bỏ khoản thu X".  A document of the same kind (a resolution amending a
    resolution) does not count."""
    if not (source.title and target.title) or source.kind == target.kind or target.kind not in _CARRIED_OUT:
        return False
    if source.date and target.date and source.date < target.date:
        return False
    title = bare_title(target.title) or ""
    return title_score(title, bare_title(source.title) or "")[0] >= threshold


def by_number(doc, info, cites, others):
    """Full numbers: the same number, then province and date checks."""
    links, left = [], []
    groups: dict[str, list[CitationRef]] = {}
    for c in cites:
        if c.number:
            groups.setdefault(fold(c.number), []).append(c)
        else:
            left.append(c)
    for key, group in groups.items():
        hits = [(d, i) for d, i in others if i.number and fold(i.number) == key]
        ok = []
        notes: list[str] = []
        for d, i in hits:
            if not any(provinces_compatible(c, info, i, c.number) for c in group):
                notes.append(f"{i.path}: same number, another province")
                continue
            good, note = years_compatible(info, i)
            if not good:
                notes.append(f"{i.path}: same number but dated after the citing document")
                continue
            ok.append((i, note))
        if len(ok) == 1:
            links.append(_link(info, ok[0][0], group, Method.CITATION, 1.0, [ok[0][1]]))
        else:
            left.extend(group if len(ok) == 0 else group)
            if len(ok) > 1:
                notes.append(f"{len(ok)} documents carry this number")
    return links, left


def by_short(doc, info, cites, others):
    """Short forms ("Nghị quyết 57", "NQ 34"): only when one given document fits."""
    links, left = [], []
    groups: dict[tuple[str, str], list[CitationRef]] = {}
    for c in cites:
        if c.number is None and c.short:
            groups.setdefault((c.kind, c.short), []).append(c)
        else:
            left.append(c)
    for (kind, n), group in groups.items():
        fits = []
        for d, i in others:
            if not i.number or bare(i.number) != n:
                continue
            if kind not in {kind_of_number(i.number), i.kind}:
                continue
            if not any(provinces_compatible(c, info, i, i.number) for c in group):
                continue
            good, note = years_compatible(info, i)
            if good:
                fits.append((i, note))
        if len(fits) == 1:
            links.append(_link(info, fits[0][0], group, Method.SHORT, 0.9,
                               [fits[0][1], f"short form '{group[0].text}' is unique among the documents given"]))
        else:
            left.extend(group)
    return links, left


_SYL = re.compile(r"[0-9a-zà-ỹđ]+")
_KIND_WORDS = {"resolution": "nghị quyết", "conclusion": "kết luận", "directive": "chỉ thị", "plan": "kế hoạch",
               "programme": "chương trình", "report": "báo cáo", "decision": "quyết định"}


def _syllables(text: str) -> list[tuple[str, int, int]]:
    return [(m.group(0), m.start(), m.end()) for m in _SYL.finditer(text.lower())]


def title_score(title: str, window: str) -> tuple[float, int]:
    """Share of the title's syllable bigrams found in ``window``, and where the match ends.

    Years in the title must all be in the window: "... đến năm 2020" is not "... đến năm 2010".

    >>> title_score("về phát triển công nghiệp đến năm 2020", "Nghị quyết về phát triển công nghiệp đến năm 2020 của Tỉnh ủy")[0]
    1.0
    """
    t = [s for s, _, _ in _syllables(title)]
    if t and t[0] == "về":
        t = t[1:]
    w = _syllables(window)
    if len(t) < 4 or not w:
        return 0.0, 0
    years_t = {s for s in t if re.fullmatch(r"(?:19|20)\d\d", s)}
    if not years_t <= {s for s, _, _ in w}:
        return 0.0, 0
    tb = {(a, b) for a, b in zip(t, t[1:])}
    end = 0
    found = set()
    for (a, _, _), (b, _, e) in zip(w, w[1:]):
        if (a, b) in tb and (a, b) not in found:  # a repeat ("... khu công nghiệp") does not stretch the match
            found.add((a, b))
            end = max(end, e)
    return len(found) / len(tb), end


def by_title(doc, info, cites, others, *, threshold: float = 0.75):
    """Unnumbered targets (the seed resolution has no number): its kind word followed by its title,
    with a compatible issuer and province.  Method 'title', score = share of the title found."""
    links = []
    low = doc.key
    for d, i in others:
        if i.number or not i.title or i.path == info.path or d.text == doc.text:
            continue
        word = _KIND_WORDS.get(i.kind)
        if not word:
            continue
        best = None
        for m in re.finditer(re.escape(word), low):
            after = doc.text[m.end():m.end() + 20]
            if re.match(r"\s*(?:số\s*)?:?\s*\d", after):
                continue  # a numbered citation: not this unnumbered document
            window = doc.text[m.start():m.start() + int(len(i.title) * 1.6) + 120]
            score, end = title_score(i.title, window)
            if score >= threshold and (best is None or score > best[0]):
                best = (score, m.start(), m.start() + end, window)
        if best is None:
            continue
        score, start, end, window = best
        tail = re.split(r"[\n.;]", doc.text[end:end + 80])[0]
        fam_t, fam_c = issuer_family(i.issuer), issuer_family(doc.text[start:end] + " " + tail)
        if fam_t and fam_c and fam_t != fam_c:
            continue
        prov_c = provinces_in(doc.text[start:end + 80]) or info.provinces
        if i.provinces and prov_c and not same_place(prov_c, i.provinces):
            continue
        good, note = years_compatible(info, i)
        if not good:
            continue
        from nlpolicy.link.citations import _relation
        cite = CitationRef(number=None, short=None, kind=i.kind, date=None, issuer=None, provinces=tuple(prov_c),
                           relation=_relation(doc, start, i.kind), text=doc.text[start:end], start=start, end=end)
        links.append(_link(info, i, [cite], Method.TITLE, round(score, 3), [note]))
    return links, []


def header_fit(cite: CitationRef, window: str, target_doc: Document, target: DocInfo) -> tuple[float, list[str]]:
    """How well a numbered citation fits a document that does not print its number: the kind, the
    issuer (by the number's code), the province, the date (the header's, or no earlier than what
    the document itself cites), the sitting and the title must agree.  Returns the title's share
    found after the citation (0.0 when something disagrees) and notes of what was checked.

    The genre rule: "Nghị quyết số 125/2009/NQ-HĐND ngày 10 tháng 12 năm 2009 của Hội đồng nhân
    dân tỉnh Quảng Bình khoá XV, kỳ họp thứ 17 về ..." is the council resolution of that province,
    sitting and date whose title follows.
    """
    notes: list[str] = []
    if cite.kind not in {target.kind, kind_of_number(cite.number)} or target.kind != (
            kind_of_number(cite.number) or cite.kind):
        return 0.0, notes
    fam_c = _family_of_number(cite.number) or issuer_family(cite.issuer)
    fam_t = issuer_family(target.issuer) or issuer_family(_head(target_doc))
    if fam_c and fam_t and fam_c != fam_t:
        return 0.0, notes
    if not (cite.provinces and target.provinces and same_place(cite.provinces, target.provinces)):
        return 0.0, notes
    year = re.search(r"/((?:19|20)\d\d)/", cite.number or "")
    if cite.date and target.date:
        if cite.date != target.date:
            return 0.0, notes
        notes.append(f"same date {target.date}")
    elif cite.date:
        latest = _latest_cited_date(target_doc)
        if latest and latest > cite.date:
            return 0.0, notes
        notes.append("the document prints no date: it cites nothing later than " + cite.date)
    if year and target.date and target.date[:4] != year.group(1):
        return 0.0, notes
    s_c, s_t = session_of(window), session_of(_head(target_doc))
    if s_c and s_t and s_c != s_t:
        return 0.0, notes
    if s_c and s_t:
        notes.append(f"same sitting (khoá {s_t[0]}, kỳ họp thứ {s_t[1]})")
    title = bare_title(target.title)
    if not title:
        return 0.0, notes
    score, _ = title_score(title, window)
    notes.append(f"title found after the citation: {score:.2f}")
    return score, notes


def by_header(doc, info, cites, others, *, dated: float = 0.6, undated: float = 0.75):
    """Full numbers of documents that do not print their own number: a citation resolves to the one
    document of the same kind, issuer, province and date (or, undated, no older than what it
    cites) whose title follows the citation.  Method 'citation': the number is in the evidence."""
    links, left = [], []
    for c in cites:
        if not c.number:
            left.append(c)
            continue
        stop = re.search(r"[;\n]", doc.text[c.end:c.end + 400])
        window = doc.text[c.start:c.end + (stop.start() if stop else 400)]
        fits = []
        for d, i in others:
            if i.number or i.kind != (kind_of_number(c.number) or c.kind):
                continue
            score, notes = header_fit(c, window, d, i)
            if score >= (dated if (c.date and i.date) else undated):
                fits.append((i, score, notes))
        if len(fits) == 1:
            i, score, notes = fits[0]
            links.append(_link(info, i, [c], Method.CITATION, round(min(1.0, 0.5 + score / 2), 3),
                               ["the cited document does not print its number: matched by " + "; ".join(notes)]))
        else:
            left.append(c)
    return links, left


DEFAULT_STEPS: tuple[Step, ...] = (by_number, by_short, by_header)


def resolve_document(doc: Document, others: Sequence[Document], *, steps: Sequence[Step] = DEFAULT_STEPS,
                     title_step: Step | None = by_title) -> tuple[list[DocumentLink], list[Unresolved]]:
    """The links from ``doc`` to any of ``others``, and the citations of ``doc`` that resolve to none."""
    info = doc_info(doc)
    pool = [(d, doc_info(d)) for d in others if d.path != doc.path]
    cites = find_citations(doc)
    links: list[DocumentLink] = []
    left = cites
    for step in steps:
        got, left = step(doc, info, left, pool)
        links.extend(got)
    if title_step is not None:
        got, _ = title_step(doc, info, [], pool)
        links.extend(got)
    kind = doc.header.kind if doc.header else "other"
    if kind in ("report", "other") and re.search(r"báo cáo (?:kết q|tình hình)", doc.key[:1500]) or \
            re.search(r"báo cáo (?:kết q|tình hình)", _head(doc).lower()):
        # a report (or a letter carrying a draft report) on what it cites: "V/v ... báo cáo kết quả thực hiện ..."
        links = [replace(ln, relation=Relation.REPORTS_ON) if ln.relation != Relation.CITES else ln for ln in links]
    unresolved = []
    seen = set()
    for c in left:
        key = fold(c.number) if c.number else f"{c.kind}:{c.short}"
        if key in seen:
            continue
        seen.add(key)
        reason = "not among the documents given" if c.number else \
            "short form: no single given document of this kind and number"
        unresolved.append(Unresolved(document=doc.path, number=c.number or c.short, kind=c.kind,
                                     text=c.text, start=c.start, end=c.end, reason=reason))
    return links, unresolved


def chains(links: Sequence[DocumentLink], source: str, target: str, *, max_len: int = 5) -> list[tuple[str, ...]]:
    """Paths source -> ... -> target over 'carries out' links (not mere citations), shortest first."""
    edges: dict[str, list[str]] = {}
    for ln in links:
        if ln.target and ln.relation != Relation.CITES:
            edges.setdefault(ln.source, []).append(ln.target)
    out, frontier = [], [(source,)]
    while frontier:
        nxt = []
        for path in frontier:
            for t in edges.get(path[-1], []):
                if t in path:
                    continue
                p = path + (t,)
                if t == target:
                    out.append(p)
                elif len(p) < max_len:
                    nxt.append(p)
        frontier = nxt
    return out
