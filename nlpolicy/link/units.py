"""Linkable units of a document: its leaf sections, its tasks, and the rows of its assignment tables.

The section tree comes from :mod:`nlpolicy.structure`.  Two things it leaves
out matter for linking, and are added here without changing its ids:

* a programme or plan *attached* after the signature of the decision that issues
  it (03/NQ-CP: "Điều 1. Ban hành kèm theo ... Chương trình hành động", then the
  footer, then "CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA CHÍNH PHỦ" with its own I, II ...);
* appendix table rows numbered "1.", "2." (with a dot), one cell per line, grouped
  under Roman group rows ("I." + the group's title): ``PL2.<row>``.
"""
from __future__ import annotations

import re
from dataclasses import replace

from nlpolicy import regexes as rx
from nlpolicy.link.models import Unit
from nlpolicy.structure import find_footer_start, lines_of, parse_sections
from nlpolicy.types import Document, Extraction, Section

# An attached document's title line after the issuing decision's footer.
#   "DỰ THẢO BÁO CÁO Kết quả ..." (a letter asking for comments on the draft report it carries)
_ATTACHED = re.compile(r"^(?:CHƯƠNG TRÌNH(?: HÀNH ĐỘNG)?|KẾ HOẠCH|ĐỀ ÁN|QUY CHẾ|QUY ĐỊNH|(?:DỰ THẢO )?BÁO CÁO)\b")


def _attached_sections(doc: Document) -> list[Section]:
    lines = lines_of(doc.text)
    footer = find_footer_start(lines)
    if footer is None:
        return []
    start = None
    for ln in lines:
        if ln.start > footer and _ATTACHED.match(ln.text.strip().lstrip("#").strip()):
            start = ln.end
            break
    if start is None:
        return []
    appendix = next((ln.start for ln in lines if ln.start > start and rx.APPENDIX.match(ln.text.strip())
                     and len(ln.text.strip()) < 40), len(doc.text))
    return [s for s in parse_sections(doc.text, lines, start, appendix) if not s.id.startswith("PL")]


def _table_rows(doc: Document, appendix: Section) -> list[tuple[Section, str]]:
    """Rows of the tables in one appendix (:mod:`nlpolicy.tables`): (row section, title of its group)."""
    rows: list[tuple[Section, str]] = []
    for table in doc.text_tables:
        if not (appendix.start <= table.start < appendix.end):
            continue
        group = ""
        for row in table.rows:
            title = next((c for c in row.cells if c.role.value in ("task", "indicator")),
                         next((c for c in row.cells if c.role.value != "number"), None))
            if row.group:
                group = title.text if title else group
                continue
            number = (row.number or "").strip().rstrip(".")
            if not re.fullmatch(r"\d{1,3}(?:\.\d{1,3})*", number) or title is None:
                continue
            sec = Section(id=f"{appendix.id}.{number}", heading=title.text, start=row.start, end=row.end,
                          level=appendix.level + 1, heading_end=title.end)
            rows.append((sec, group))
    return rows


def all_sections(doc: Document) -> list[Section]:
    """The document's sections, plus an attached programme's and appendix table rows."""
    secs = list(doc.sections)
    have = {s.id for s in secs}
    for s in _attached_sections(doc):
        if s.id not in have:
            secs.append(s)
            have.add(s.id)
    for ap in [s for s in secs if re.fullmatch(r"PL\d+", s.id)]:
        rows = [row for row, _ in _table_rows(doc, ap)]
        if rows:  # the table reader knows these rows better than a stray "5" line does
            mine = {r.id for r in rows}
            secs = [s for s in secs if s.id not in mine] + rows
            have |= mine
    secs.sort(key=lambda s: (s.start, s.level))
    return secs


def _is_ancestor(a: str, b: str) -> bool:
    return b.startswith(a + ".")


def units(ex: Extraction | Document, *, min_chars: int = 30) -> list[Unit]:
    """Leaf sections (and table rows) with their headings above as context, plus the tasks
    the extractor found (``II.4.7#2``), each as a unit of its own."""
    doc = ex.document if isinstance(ex, Extraction) else ex
    secs = all_sections(doc)
    ids = [s.id for s in secs]
    heads = {s.id: s.heading for s in secs}
    groups: dict[str, str] = {}
    for ap in [s for s in secs if re.fullmatch(r"PL\d+", s.id)]:
        for row, group in _table_rows(doc, ap):
            groups[row.id] = group
    out: list[Unit] = []
    for s in secs:
        if any(_is_ancestor(s.id, o) for o in ids):
            continue  # not a leaf: its children are the units
        text = doc.text[s.start:s.end]
        if len(text.strip()) < min_chars:
            continue
        parts = s.id.split(".")
        context = [heads.get(".".join(parts[:k]), "") for k in range(1, len(parts))]
        if s.id in groups:
            context.append(groups[s.id])
        out.append(Unit(id=s.id, section=s.id, heading=s.heading, context=" ".join(c for c in context if c),
                        text=text, start=s.start, end=s.end))
    if isinstance(ex, Extraction):
        for t in ex.tasks:
            sec = t.section or ""
            parts = sec.split(".") if sec else []
            context = " ".join(heads.get(".".join(parts[:k]), "") for k in range(1, len(parts) + 1))
            out.append(Unit(id=t.id, section=sec, heading="", context=context, text=t.text, start=t.start,
                            end=t.end))
    return out


def section_of(unit: Unit) -> str:
    return unit.section


__all__ = ["Unit", "units", "all_sections", "replace"]
