"""The extraction pipeline: a document in, targets, deadlines, projects, agencies and tasks out.

Each step is a function of the structured :class:`~nlpolicy.types.Document` and of
what earlier steps found; the order is fixed: time expressions and agency mentions
first (both cheap scans), then deadlines, projects, targets, tasks.
"""
from __future__ import annotations

from pathlib import Path

from nlpolicy.document import load
from nlpolicy.structure import body_bounds
from nlpolicy.types import Agency, Document, Extraction, Mention

__all__ = ["extract", "extract_document", "body_bounds"]


def extract_document(doc: Document) -> Extraction:
    from nlpolicy.extract.agencies import (NO_HOME, document_level, find_agencies, names_on, regional_collectives,
                                          speaks_to_peers)
    from nlpolicy.extract.deadlines import extract_deadlines
    from nlpolicy.extract.projects import extract_projects, find_project_mentions, new_sites
    from nlpolicy.extract.referents import addressee_of, is_corporation, names_own_bodies_short, with_referents
    from nlpolicy.extract.targets import extract_targets
    from nlpolicy.extract.tasks import extract_tasks
    from nlpolicy.extract.timegrammar import find_times

    body = body_bounds(doc)
    times = find_times(doc.text)
    h = doc.header
    level = document_level(h.number if h else None, h.issuer if h else None)
    # (a central document's dateline, "Hà Nội, ngày ...", is where it was signed, not a province of its own)
    province = h.province if h and level != "central" else None
    found = find_agencies(doc.text, doc.key, level=level, province=province)
    if speaks_to_peers(doc.text, found, province, h.date if h else None):
        province = NO_HOME      # (a regional office's plan for two provinces: each body keeps its province)
        found = find_agencies(doc.text, doc.key, level=level, province=province)
    mentions = names_on(found, h.date if h else None)
    mentions = regional_collectives(doc.text, mentions)
    # companies by their form; "nhà đầu tư", "Quý Sở" for the investor or the addressee the text names
    # a department's own plan calls it "Sở" ("báo cáo kết quả về Sở", "Giám đốc Sở")
    # (a council's document names its boards without the council: "Ban Pháp chế giám sát ..."; a corporation's
    # calls it "Tập đoàn": "Ban Tổ chức Đảng ủy Tập đoàn")
    own: tuple[str, ...] = ()
    if h and h.issuer and (h.issuer.split()[0] in ("Sở", "Bộ", "Ban") or names_own_bodies_short(h.issuer)):
        own = tuple(dict.fromkeys(n for m in find_agencies(h.issuer, level=level) for n in m.names))
        if not own and is_corporation(h.issuer):
            own = (h.issuer,)     # a corporation the lexicon does not know: as its header names it
    elif h and h.issuer:
        # (any other issuer names its own office bare, "6. Văn phòng": when the lexicon reads the issuer whole, not
        # "Ngân hàng Nhà nước" of "Ngân hàng Nhà nước Chi nhánh Khu vực 14")
        own = next((m.names[:1] for m in find_agencies(h.issuer, level=level)
                    if m.start == 0 and m.end == len(h.issuer.rstrip())), ())
    mentions = with_referents(doc.text, mentions, addressee_of(doc.text, body.start, level, province),
                              body.start, doc.loose, own[:1])
    deadlines = extract_deadlines(doc, body, times)
    projects = extract_projects(doc, body)
    # a body named by a work's name is no doer there: a body's new site ("Bệnh viện Bạch Mai cơ sở 2"), and a station,
    # a school or a hospital a verb builds or repairs ("Nâng cấp ... 06 trạm: Trạm Y tế xã A, Trạm Y tế xã B")
    sites = new_sites(projects)
    works = {(p.start, p.end) for p in find_project_mentions(doc, body.start)}
    mentions = [m for m in mentions if not any(s <= m.start and m.end <= e for s, e in sites)
                and not any(s == m.start and m.end <= e for s, e in works)]
    targets = extract_targets(doc, body, times)
    tasks = extract_tasks(doc, mentions, deadlines, body)

    # agencies: those that hold an assignment, with every mention of them in the document
    holders = []
    for t in tasks:
        for a in t.assignments:
            if a.agency not in holders:
                holders.append(a.agency)
    by_name: dict[str, list[Mention]] = {n: [] for n in holders}
    for m in mentions:
        for n in m.names:
            if n in by_name:
                by_name[n].append(Mention(m.text, m.start, m.end))
    agencies = tuple(Agency(n, tuple(by_name[n])) for n in holders)
    return Extraction(document=doc, targets=tuple(targets), deadlines=tuple(deadlines),
                      projects=tuple(projects), agencies=agencies, tasks=tuple(tasks))


def extract(path: str | Path) -> Extraction:
    return extract_document(load(path))
