"""Renderings of link results: the contract's ``nlpolicy.links/1`` dict, readable text, Graphviz dot."""
from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from nlpolicy.link.citations import document_label
from nlpolicy.link.models import LinkResult, Relation
from nlpolicy.link.status import show_deadline
from nlpolicy.messages import CATALOGUE, kind_name, language, number, say, value_name

SCHEMA = "nlpolicy.links/1"
EXAMPLE_NOTE = "written for the nlpolicy project as an example: not a real document"


def _nfc(v):
    if isinstance(v, str):
        return unicodedata.normalize("NFC", v)
    if isinstance(v, dict):
        return {k: _nfc(x) for k, x in v.items()}
    if isinstance(v, (list, tuple)):
        return [_nfc(x) for x in v]
    return v


def _doc_entry(info, ln, screening) -> dict:
    out = {"path": info.path, "kind": info.kind, "number": info.number, "date": info.date,
           "label": screening.label if screening else None,
           "counts": screening.counts if screening else True,
           "implements": bool(ln and ln.target and ln.relation != Relation.CITES),
           "relation": ln.relation.value if ln and ln.target else None,
           "evidence": {"text": ln.text, "start": ln.start, "end": ln.end} if ln and ln.target else None,
           "method": (screening.method if screening and not (ln and ln.target) else ln.method.value if ln
                      else "similarity"),
           "score": ln.score if ln and ln.target else screening.score if screening else 0.0,
           "path_to_resolution": list(ln.path) if ln and ln.path else None,
           "message": screening.message if screening else None,
           "notes": [n for n in ((ln.notes if ln else ()) + ((info.year_note,) if info.year_note else ())) if n]}
    if info.example:
        out["example"] = True
        out["notes"].append(EXAMPLE_NOTE)
    return out


def _status_entry(task, st) -> dict:
    return {"task": task.id, "section": task.section, "text": task.text, "deadline": task.deadline,
            "status": st.status, "reason": st.reason, "score": st.score, "statements": st.evidence,
            "deadline_passed": st.deadline if st.status == "Quá hạn" else None,
            "evidence": ({"document": st.source, "document_label": st.document_label, "section": st.section,
                          "text": st.quote, "start": st.start, "end": st.end, "matched": st.matched}
                         if st.source else None)}


def to_dict(result: LinkResult) -> dict:
    r = result.resolution
    by_source = {ln.source: ln for ln in result.links if ln.target in (r.path, None)}
    screened = {s.path: s for s in result.screenings}
    labels = {s.path: s.label for s in result.screenings}
    res = {"path": r.path, "number": r.number, "title": r.title, "kind": r.kind, "date": r.date,
           "label": document_label(r)}
    if r.example:
        res["example"] = True
        res["note"] = EXAMPLE_NOTE
    return _nfc({
        "schema": SCHEMA,
        "resolution": res,
        "as_of": result.as_of,
        "documents": [_doc_entry(i, by_source.get(i.path), screened.get(i.path)) for i in result.documents],
        "left_out": [{"path": s.path, "label": s.label, "message": s.message, "similarity": s.score}
                     for s in result.screenings if not s.counts],
        "other_links": [{"document": ln.source, "target": ln.target, "number": ln.number,
                         "relation": ln.relation.value, "method": ln.method.value, "score": ln.score,
                         "text": ln.text, "start": ln.start, "end": ln.end}
                        for ln in result.links if ln.target not in (r.path, None)],
        "task_statuses": [_status_entry(t, result.statuses[t.id]) for t in result.tasks if t.id in result.statuses],
        "task_links": [{"resolution_section": t.resolution_section, "resolution_task": t.resolution_task,
                        "document": t.document, "document_label": labels.get(t.document),
                        "document_section": t.document_section, "text": t.text,
                        "start": t.start, "end": t.end, "score": t.score, "method": t.method,
                        "evidence": list(t.evidence)} for t in result.task_links],
        "progress": [{"target": {"section": p.target.section, "indicator": p.target.indicator,
                                 "comparator": p.target.comparator, "value": p.target.value,
                                 "value_max": p.target.value_max, "unit": p.target.unit, "year": p.target.year,
                                 "subject": p.target.subject, "text": p.target.text, "start": p.target.start,
                                 "end": p.target.end},
                      "document": p.document, "document_label": labels.get(p.document),
                      "reported_value": p.reported_value, "reported_year": p.reported_year,
                      "status": p.status.value, "text": p.text, "start": p.start, "end": p.end,
                      "reason": p.reason} for p in result.progress],
        "unresolved": [{"document": u.document, "number": u.number, "kind": u.kind, "text": u.text,
                        "start": u.start, "end": u.end, "reason": u.reason} for u in result.unresolved],
    })


def _name(path: str) -> str:
    return Path(path).name


def _short(text: str, n: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[:n - 1].rstrip() + "…"


# the words of a task link's evidence (nlpolicy/link/tasks.py), as the language says them
_EVIDENCE_VI = (("wording", "lời văn"), ("headings", "tiêu đề"), ("projects:", "dự án:"), ("years:", "năm:"),
                ("in a section on that kind", "ở mục về loại này"), ("industrial cluster", "cụm công nghiệp"),
                ("industrial park", "khu công nghiệp"), ("weak: under", "yếu: dưới ngưỡng"),
                ("mean of", "trung bình của"), ("linked parts", "phần đã liên kết"),
                ("the task of", "nhiệm vụ của mục"))


# the notes of the link stage, by their English text (the JSON's), to their catalogue keys
_NOTES = {english: key for key, (_, english) in CATALOGUE.items() if key.startswith("link.note.")}


def _note(text: str) -> str:
    """A note of the link stage (English in the JSON) in the language of the text output."""
    return say(_NOTES[text]) if text in _NOTES else text


def _evidence(text: str) -> str:
    """'wording 0.57' -> 'lời văn 0,57' in Vietnamese; as it is in English."""
    if language() == "en":
        return text
    for en, vi in _EVIDENCE_VI:
        text = text.replace(en, vi)
    return re.sub(r"(?<=\d)\.(?=\d)", ",", text)


def to_text(result: LinkResult) -> str:
    r = result.resolution
    labels = {s.path: s.label for s in result.screenings}
    lines = [say("link.resolution", label=f"{document_label(r)}  {r.date or ''}  {r.title or ''}".rstrip())]
    if r.example:
        lines.append(say("link.note", note=_note(EXAMPLE_NOTE)))
    d = to_dict(result)
    lines.append("")
    lines.append(say("link.documents"))
    for e in d["documents"]:
        head = f"  {e['label'] or _name(e['path'])}  [{kind_name(e['kind'])}]"
        if e["implements"]:
            lines.append(head + "\n" + say("link.implements", relation=value_name("relation", e["relation"]),
                                            method=value_name("method", e["method"]), score=number(e["score"]),
                                            text=e["evidence"]["text"]))
            if e["path_to_resolution"] and len(e["path_to_resolution"]) > 2:
                lines.append(say("link.chain", chain=" -> ".join(labels.get(p, _name(p)) for p in e["path_to_resolution"])))
        elif e["message"]:
            lines.append(f"{head}\n    {e['message']}")
        else:
            lines.append(head + "\n" + say("link.no_citation"))
        for n in e["notes"]:
            lines.append(say("link.doc_note", note=_note(n)))
    if d["left_out"]:
        lines.append("")
        lines.append(say("link.left_out"))
        for e in d["left_out"]:
            lines.append(f"  {e['message']}")
    if d["task_statuses"]:
        lines.append("")
        day = result.as_of
        lines.append(say("link.statuses_on", day=f"{day[8:10]}/{day[5:7]}/{day[:4]}") if day
                     else say("link.statuses"))
        for e in d["task_statuses"]:
            lines.append(f"  {e['task']}  {e['status']}  {_short(e['text'], 70)}"
                         + (f"  (hạn {show_deadline(e['deadline'])})" if e["deadline"] else ""))
            ev = e["evidence"]
            if ev:
                row = ev["matched"] and not ev["text"].startswith(ev["matched"][:40])
                lines.append(f"    {ev['document_label']} {ev['section'] or ''}: \"{_short(ev['text'], 110)}\""
                             + (f"  [{_short(ev['matched'], 60)}]" if row else ""))
            lines.append(f"    {e['reason']}")
    if result.task_links:
        lines.append("")
        lines.append(say("link.task_links"))
        for t in result.task_links:
            lines.append(f"  {labels.get(t.document, _name(t.document))} {t.document_section} -> {t.resolution_section}"
                         f"  {number(t.score, '.2f')}  [{'; '.join(_evidence(x) for x in t.evidence)}]  {_short(t.text, 70)}")
    if result.progress:
        lines.append("")
        lines.append(say("link.progress"))
        for p in result.progress:
            t = p.target
            want = f"{t.comparator} {t.value:g}" + (f"-{t.value_max:g}" if t.value_max is not None else "")
            got = number(p.reported_value) if p.reported_value is not None else "-"
            when = f" ({p.reported_year})" if p.reported_value is not None and p.reported_year else ""
            src = f"  {labels.get(p.document, _name(p.document))}" if p.text else ""
            by = say("link.by_year", year=t.year or "?")
            lines.append(f"  {t.section or ''} {t.indicator} {want} {t.unit or ''} {by}: "
                         f"{got}{when} -> {value_name('progress', p.status.value)}"
                         + (f"  \"{p.text}\"{src}" if p.text else ""))
    if result.unresolved:
        lines.append("")
        lines.append(say("link.unresolved"))
        for u in result.unresolved:
            lines.append(f"  {labels.get(u.document, _name(u.document))}: {u.number} ({u.kind}) "
                         f"\"{_short(u.text, 90)}\"")
    return "\n".join(lines)


def graph_to_dict(g) -> dict:
    return _nfc({
        "schema": "nlpolicy.link_graph/1",
        "documents": [{"path": i.path, "kind": i.kind, "number": i.number, "date": i.date,
                       **({"example": True, "note": EXAMPLE_NOTE} if i.example else {})} for i in g.documents],
        "links": [{"document": ln.source, "target": ln.target, "number": ln.number, "relation": ln.relation.value,
                   "method": ln.method.value, "score": ln.score, "text": ln.text, "start": ln.start,
                   "end": ln.end, "notes": list(ln.notes)} for ln in g.links],
        "chains": [list(c) for c in g.chains],
        "unresolved": [{"document": u.document, "number": u.number, "kind": u.kind, "text": u.text,
                        "start": u.start, "end": u.end} for u in g.unresolved],
        "skipped": list(g.skipped),
    })


def graph_to_text(g) -> str:
    lines = [say("graph.links")]
    for ln in g.links:
        lines.append(f"  {_name(ln.source)} --{value_name('relation', ln.relation.value)}/"
                     f"{value_name('method', ln.method.value)}--> {_name(ln.target)}"
                     f"  ({ln.number or say('graph.by_title')}) \"{' '.join(ln.text.split())[:80]}\"")
    lines.append("")
    lines.append(say("graph.chains"))
    for c in g.chains:
        lines.append("  " + " -> ".join(_name(p) for p in c))
    ex = [i for i in g.documents if i.example]
    for i in ex:
        lines.append(say("graph.example", name=_name(i.path), note=_note(EXAMPLE_NOTE)))
    pol = [u for u in g.unresolved if u.kind in {"resolution", "conclusion", "directive", "plan", "programme"}]
    if pol:
        lines.append("")
        lines.append(say("graph.unresolved"))
        for u in pol:
            lines.append(f"  {_name(u.document)}: {u.number} ({kind_name(u.kind)})")
    for s in g.skipped:
        lines.append(say("graph.skipped", what=s))
    return "\n".join(lines)


def graph_to_dot(g) -> str:
    def q(s):
        return '"' + s.replace('"', r'\"') + '"'
    out = ["digraph nlpolicy_links {", "  rankdir=LR;", "  node [shape=box, fontsize=10];"]
    for i in g.documents:
        label = f"{i.number or _name(i.path)}\\n{i.kind} {i.date or (i.year or '')}"
        if i.example:
            label += "\\n(example written for the project)"
        out.append(f"  {q(_name(i.path))} [label={q(label)}];")
    for ln in g.links:
        style = "dashed" if ln.relation == Relation.CITES else "solid"
        out.append(f"  {q(_name(ln.source))} -> {q(_name(ln.target))} [label={q(ln.relation.value)}, style={style}];")
    out.append("}")
    return "\n".join(out)
