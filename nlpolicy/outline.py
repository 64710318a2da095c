"""A readable outline of an extraction, for ``nlpolicy extract --format text``."""
from __future__ import annotations

from nlpolicy.types import Extraction


def _short(s: str, n: int = 90) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"


def outline(ex: Extraction) -> str:
    """The outline in the user's language (nlpolicy.messages): Vietnamese by default."""
    from nlpolicy.messages import kind_name, number, role_name, say, value_name
    doc, h = ex.document, ex.document.header
    out = []
    if h:
        kind = kind_name(h.kind or "other") or "document"
        out.append(f"{kind.upper()} {h.number or say('outline.no_number')}  {h.date or ''}  {h.place or ''}".rstrip())
        if h.issuer:
            out.append(say("outline.issuer", value=h.issuer))
        if h.title:
            out.append(say("outline.title", value=_short(h.title, 120)))
        if h.signer:
            position = f" ({h.signer.position})" if h.signer.position else ""
            out.append(say("outline.signed", value=f"{h.signer.name}{position}"))
    if doc.citations:
        out.append(say("outline.cites", value=", ".join(dict.fromkeys(c.number for c in doc.citations if c.number))))
    if doc.notes:
        out.append(say("outline.notes", value="; ".join(doc.notes)))
    out.append("")
    out.append(say("outline.sections"))
    for s in doc.sections:
        out.append(f"  {'  ' * (s.level - 1)}{s.id:<10} {_short(s.heading, 80)}")
    if ex.targets:
        out.append("")
        out.append(say("outline.targets"))
        for t in ex.targets:
            val = number(t.value) + (f"-{number(t.value_max)}" if t.value_max is not None else "")
            out.append(f"  [{t.section or '-'}] {value_name('target', t.kind):<10} {_short(t.indicator, 60)} {t.comparator} "
                       f"{val} {t.unit or ''} ({t.year or '-'})" + (f" · {t.subject}" if t.subject else ""))
    if ex.deadlines:
        out.append("")
        out.append(say("outline.deadlines"))
        for d in ex.deadlines:
            out.append(f"  [{d.section or '-'}] {d.relation:<6} {d.value:<12} «{_short(d.text, 60)}»")
    if ex.projects:
        out.append("")
        out.append(say("outline.projects"))
        for p in ex.projects:
            out.append(f"  [{p.section or '-'}] {p.name} ({p.category})")
    if ex.tasks:
        out.append("")
        out.append(say("outline.tasks"))
        inferred = say("outline.inferred")
        for t in ex.tasks:
            who = "; ".join(f"{a.agency} ({role_name(a.role)}{', ' + inferred if a.source == 'inferred' else ''})"
                            for a in t.assignments)
            out.append(f"  {t.id:<12} {_short(t.text, 70)}" + (f"  ⏰ {t.deadline}" if t.deadline else ""))
            if who:
                out.append(f"  {'':<12} → {who}")
    return "\n".join(out)
