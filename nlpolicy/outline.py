"""A readable outline of an extraction, for ``nlpolicy extract --format text``."""
from __future__ import annotations

from nlpolicy.types import Extraction


def _short(s: str, n: int = 90) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"


def outline(ex: Extraction) -> str:
    doc, h = ex.document, ex.document.header
    out = []
    if h:
        out.append(f"{(h.kind or 'document').upper()} {h.number or '(no number)'}  {h.date or ''}  {h.place or ''}".rstrip())
        if h.issuer:
            out.append(f"  issuer: {h.issuer}")
        if h.title:
            out.append(f"  title:  {_short(h.title, 120)}")
        if h.signer:
            out.append(f"  signed: {h.signer.name} ({h.signer.position})")
    if doc.citations:
        out.append("  cites:  " + ", ".join(dict.fromkeys(c.number for c in doc.citations if c.number)))
    if doc.notes:
        out.append("  notes:  " + "; ".join(doc.notes))
    out.append("")
    out.append("SECTIONS")
    for s in doc.sections:
        out.append(f"  {'  ' * (s.level - 1)}{s.id:<10} {_short(s.heading, 80)}")
    if ex.targets:
        out.append("")
        out.append("TARGETS")
        for t in ex.targets:
            val = f"{t.value:g}" + (f"-{t.value_max:g}" if t.value_max is not None else "")
            out.append(f"  [{t.section or '-'}] {t.kind:<8} {_short(t.indicator, 60)} {t.comparator} {val} {t.unit or ''}"
                       f" ({t.year or '-'})" + (f" · {t.subject}" if t.subject else ""))
    if ex.deadlines:
        out.append("")
        out.append("DEADLINES")
        for d in ex.deadlines:
            out.append(f"  [{d.section or '-'}] {d.relation:<6} {d.value:<12} «{_short(d.text, 60)}»")
    if ex.projects:
        out.append("")
        out.append("PROJECTS")
        for p in ex.projects:
            out.append(f"  [{p.section or '-'}] {p.name} ({p.category})")
    if ex.tasks:
        out.append("")
        out.append("TASKS")
        for t in ex.tasks:
            who = "; ".join(f"{a.agency} ({a.role}{', inferred' if a.source == 'inferred' else ''})" for a in t.assignments)
            out.append(f"  {t.id:<12} {_short(t.text, 70)}" + (f"  ⏰ {t.deadline}" if t.deadline else ""))
            if who:
                out.append(f"  {'':<12} → {who}")
    return "\n".join(out)
