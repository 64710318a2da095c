"""``index.html``: matrix, targets and checklists as one self-contained page.

The page is rendered by jinja2 with autoescape on, so every piece of document
text is HTML-escaped where it is printed.  The evidence shown on click travels
as JSON in a ``<script type="application/json">`` block; ``<``, ``>`` and
``&`` are written as ``\\u003c`` ... there, so no text can close the block.
The script and the style sheet are inlined: the page works from ``file://``
with no network.

Search looks at the whole task (not the shortened text on screen), its
section, agencies (column names and the names the document used), deadline,
status, product and note, folded without diacritics on both sides ("ham kiem"
finds "Hàm Kiệm").  Ticks in the checklists are kept in the browser
(localStorage, per resolution) and can be exported as CSV.
"""
from __future__ import annotations

import json
import re
from datetime import datetime

from markupsafe import Markup

from nlpolicy import __version__
from nlpolicy.report.checklist import stamp
from nlpolicy.report.matrix import (COMPARATOR_VI, INFERRED_VI, MANUAL_MARK, MANUAL_VI,
                                    ROLE_LETTER, ROLE_VI, TARGET_KIND_VI, TARGET_STATUS_VI,
                                    Evidence, Matrix, format_number)
from nlpolicy.textfold import fold


def json_for_script(obj) -> Markup:
    """JSON that is safe inside ``<script type="application/json">``.

    >>> str(json_for_script({"t": "</script><b>&"}))
    '{"t": "\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e\\\\u0026"}'
    """
    text = json.dumps(obj, ensure_ascii=False, sort_keys=True)
    text = (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))
    return Markup(text)


class _Evidence:
    """Numbers evidence lists in the order the page asks for them.

    A quoted text is stored once (``texts``) and items point at it: every cell of a task quotes
    the same sentence, and a chain's page was 4 MB of copies before.
    """

    def __init__(self, matrix: Matrix):
        self.matrix = matrix
        self.items: dict[str, list[dict]] = {}
        self.texts: list[str] = []
        self._text_ids: dict[str, int] = {}

    def add(self, title: str, evidence, extra: tuple = ()) -> str:
        key = f"e{len(self.items)}"
        self.items[key] = [self._one(title, e) for e in evidence if e is not None] + list(extra)
        return key

    def _one(self, title: str, e: Evidence) -> dict:
        docs = self.matrix.documents
        source = docs[e.doc].label if 0 <= e.doc < len(docs) else ""
        t = self._text_ids.get(e.text)
        if t is None:
            t = self._text_ids[e.text] = len(self.texts)
            self.texts.append(e.text)
        return {"title": title, "source": source, "note": e.note, "t": t,
                "where": e.where, "hl": [list(h) for h in e.highlights]}


def search_key(*parts) -> str:
    """What the page's search box is matched against: the parts folded, every run of
    punctuation and spaces made one space, with a space in front (a query matches from the
    start of a word: "ham kiem" finds "Hàm Kiệm", not "phạm ... kiểm").

    >>> search_key("Khu công nghiệp Hàm Kiệm;", None, "Ủy ban nhân dân tỉnh")
    ' khu cong nghiep ham kiem uy ban nhan dan tinh'
    """
    return " " + " ".join(" ".join(re.findall(r"\w+", fold(p))) for p in parts if p)


def build_view(matrix: Matrix, now: datetime) -> dict:
    ev = _Evidence(matrix)
    agencies = [{"slug": a.slug, "name": a.name, "short": a.short, "level": a.level_vi}
                for a in matrix.agencies]
    levels = []
    for a in agencies:
        if levels and levels[-1]["label"] == a["level"]:
            levels[-1]["span"] += 1
        else:
            levels.append({"label": a["level"], "span": 1})
    rows = []
    for n, t in enumerate(matrix.tasks, 1):
        d = t.deadline
        kind = "none" if d is None else "dated" if d.due else "recurring" if d.recurring \
            else "other"
        cells = []
        for a in matrix.agencies:
            cs = t.cells_of(a.name)
            if not cs:
                cells.append(None)
                continue
            title = f"{t.section} · {a.name}: " + ", ".join(c.role_vi for c in cs)
            said = sorted({x for c in cs for x in c.names} - {a.name})
            if said:
                title += " (văn bản ghi: " + ", ".join(said) + ")"
            cells.append({
                "letters": t.letters(a.name),
                "role": next((c.role for c in cs if not c.inferred), cs[0].role),
                "inferred": all(c.inferred for c in cs),
                "manual": any(c.manual for c in cs),
                "title": title, "ev": ev.add(title, cs[0].evidence)})
        names = [a.name for a in matrix.agencies if t.cells_of(a.name)]
        said = [x for c in t.cells for x in c.names]
        status_ev = ev.add(f"{t.section} · tình trạng", (t.status_evidence,)) \
            if t.status_evidence else ""
        rows.append({
            "n": n, "key": t.key, "doc": matrix.documents[t.doc].label, "section": t.section,
            "text": t.text, "short": t.short, "deadline": d.label if d else "",
            "due": d.due.isoformat() if d and d.due else "", "kind": kind,
            "status": t.status, "detail": "; ".join(t.status_detail), "status_ev": status_ev,
            "manual_deadline": t.is_manual("deadline"), "manual_status": t.is_manual("status"),
            "agencies": " ".join(a.slug for a in matrix.agencies if t.cells_of(a.name)),
            "q": search_key(t.section, " ".join(t.also), t.text, *names, *said,
                            d.label if d else "", t.status, t.product, t.note),
            "ev": ev.add(f"{t.section} · nhiệm vụ", (t.evidence,)), "cells": cells})
    targets = []
    for n, t in enumerate(matrix.targets, 1):
        rep = t.reported
        title = f"{t.section} · {t.indicator}"
        rep_view = None
        if rep:
            rep_view = {"value": format_number(rep.value), "year": rep.year or "",
                        "document": rep.document,
                        "ev": ev.add(f"Số liệu báo cáo · {rep.document}", (rep.evidence,))}
        targets.append({
            "n": n, "section": t.section, "indicator": t.indicator, "subject": t.subject or "",
            "kind": TARGET_KIND_VI.get(t.kind, t.kind), "is_target": t.kind == "target",
            "comparator": COMPARATOR_VI.get(t.comparator, t.comparator), "value": t.value_vi,
            "unit": t.unit, "year": t.year or "", "due": f"{t.year}-12-31" if t.year else "",
            "period": f"{t.period[0]}–{t.period[1]}" if t.period else "",
            "status": t.status, "doc": matrix.documents[t.doc].label, "reported": rep_view,
            "q": search_key(t.section, t.indicator, t.subject, t.evidence.text, t.status),
            "ev": ev.add(title, (t.evidence,))})
    by_key = {r["key"]: r for r in rows}
    checklists = []
    for i, a in enumerate(matrix.agencies):
        items = []
        for it in matrix.checklist(a.name):
            t = it.task
            d = t.deadline
            row = by_key[t.key]
            items.append({"section": t.section, "text": t.text, "deadline": d.label if d else "",
                          "due": row["due"], "kind": row["kind"], "status": t.status,
                          "detail": "; ".join(t.status_detail), "roles": it.roles_vi,
                          "inferred": all(c.inferred for c in it.cells),
                          "manual": any(c.manual for c in it.cells) or bool(t.manual),
                          "tick": f"{matrix.documents[t.doc].ref}|{t.id}|{a.slug}",
                          "q": search_key(row["q"], a.name),
                          "ev": row["cells"][i]["ev"]})
        checklists.append({"agency": {"slug": a.slug, "name": a.name}, "items": items})

    def section_depth(sid: str) -> int:
        return sid.count(".")
    years = sorted({r["due"][:4] for r in rows if r["due"]} | {str(t.year) for t in matrix.targets
                                                               if t.year and t.kind == "target"})
    res = matrix.resolution
    return {
        "version": __version__, "stamp": stamp(now), "resolution": res,
        "documents": matrix.documents, "linked": matrix.linked,
        "status_known": matrix.status_known,
        "left_out": matrix.left_out,
        "as_of": f"{matrix.as_of:%d/%m/%Y}" if matrix.as_of else "",
        "agencies": agencies, "levels": levels, "rows": rows, "targets": targets,
        "checklists": checklists,
        "sections": [{"id": s, "depth": section_depth(s)} for s in matrix.sections()],
        "statuses": sorted({r["status"] for r in rows}),
        "target_statuses": [s for s in TARGET_STATUS_VI.values()
                            if any(t["status"] == s for t in targets)],
        "years": years,
        "legend": [{"letter": ROLE_LETTER[r], "role": r, "label": v} for r, v in ROLE_VI.items()],
        "inferred_vi": INFERRED_VI, "manual_vi": MANUAL_VI, "manual_mark": MANUAL_MARK,
        "data": {"evidence": ev.items, "texts": ev.texts,
                 "store": "nlpolicy-ticks:" + (res.number or res.title or res.path or "")},
    }


def render_html(matrix: Matrix, now: datetime) -> bytes:
    import jinja2
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("nlpolicy.report", "templates"),
        autoescape=True, undefined=jinja2.StrictUndefined, keep_trailing_newline=True,
        trim_blocks=True, lstrip_blocks=True)
    env.filters["json_script"] = json_for_script
    page = env.get_template("report.html.j2").render(**build_view(matrix, now))
    return page.encode("utf-8")
