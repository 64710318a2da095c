"""The contract's JSON (``nlpolicy.extraction/1``) for an :class:`~nlpolicy.types.Extraction`."""
from __future__ import annotations

import unicodedata
from typing import Any, Callable

from nlpolicy.diacritics import fold
from nlpolicy.types import Extraction

SCHEMA = "nlpolicy.extraction/1"


def _strings(value: Any, change: Callable[[str], str]) -> Any:
    """``value`` with ``change`` applied to every string inside its dicts and lists."""
    if isinstance(value, str):
        return change(value)
    if isinstance(value, dict):
        return {k: _strings(v, change) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_strings(v, change) for v in value]
    return value


def _nfc(value: Any) -> Any:
    return _strings(value, lambda s: unicodedata.normalize("NFC", s))


def _quoting(doc):
    """Span texts from the text as given: a word-segmented document is read with spaces for its
    "_" joins, but its evidence quotes it as it is (same offsets)."""
    given = doc.given
    if given is doc.text:
        return lambda text, start, end: text
    return lambda text, start, end: given[start:end] if start is not None and end is not None else text


def extraction_to_dict(ex: Extraction) -> dict:
    doc = ex.document
    h = doc.header
    q = _quoting(doc)
    out = {
        "schema": SCHEMA,
        "document": {
            "path": doc.path,
            "kind": h.kind if h else "other",
            "number": h.number if h else None,
            "date": h.date if h else None,
            "issuer": h.issuer if h else None,
            "title": h.title if h else None,
            "place": h.place if h else None,
            "province": h.province if h else None,
            "signer": ({"name": h.signer.name, "position": h.signer.position, "on_behalf": h.signer.on_behalf}
                       if h and h.signer else None),
            "recipients": [{"text": q(r.text, r.start, r.end), "start": r.start, "end": r.end} for r in (h.recipients if h else ())],
            "citations": [{"number": c.number, "kind": c.kind, "date": c.date, "issuer": c.issuer,
                           "text": q(c.text, c.start, c.end), "start": c.start, "end": c.end} for c in doc.citations],
            "encoding": doc.encoding,
            "notes": list(doc.notes),
            "text": doc.given,
        },
        "sections": [{"id": s.id, "heading": s.heading, "start": s.start, "end": s.end, "level": s.level}
                     for s in doc.sections],
        "targets": [{"kind": t.kind, "section": t.section, "indicator": t.indicator, "subject": t.subject,
                     "comparator": t.comparator, "value": t.value, "value_max": t.value_max, "unit": t.unit,
                     "year": t.year, "period": list(t.period) if t.period else None,
                     "text": q(t.text, t.start, t.end), "start": t.start, "end": t.end, "score": round(t.score, 3)}
                    for t in ex.targets],
        "deadlines": [{"value": d.value, "relation": d.relation, "section": d.section,
                       "text": q(d.text, d.start, d.end), "start": d.start, "end": d.end} for d in ex.deadlines],
        "projects": [{"name": p.name, "category": p.category, "section": p.section,
                      "text": q(p.text, p.start, p.end), "start": p.start, "end": p.end} for p in ex.projects],
        "agencies": [{"name": a.name, "mentions": [{"text": q(m.text, m.start, m.end), "start": m.start, "end": m.end}
                                                   for m in a.mentions]} for a in ex.agencies],
        "tasks": [{"id": t.id, "section": t.section, "text": q(t.text, t.start, t.end), "start": t.start, "end": t.end,
                   "deadline": t.deadline,
                   "assignments": [{"agency": a.agency, "role": a.role, "source": a.source,
                                    **({"text": q(a.text, a.start, a.end), "start": a.start, "end": a.end} if a.text is not None else {})}
                                   for a in t.assignments]} for t in ex.tasks],
    }
    if doc.marks_restored:
        # a text typed without tone marks was read with them; its names and words are given as it wrote them
        path, notes = out["document"]["path"], out["document"]["notes"]
        out = _strings(out, lambda s: fold(s, keep_case=True))
        out["document"]["path"] = path      # (the file's own name, marks and all)
        out["document"]["notes"] = notes + ["typed without tone marks: read with them put back, quoted as written"]
    return _nfc(out)

