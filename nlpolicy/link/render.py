"""Renderings of link results: the contract's ``nlpolicy.links/1`` dict, readable text, Graphviz dot."""
from __future__ import annotations

import unicodedata
from pathlib import Path

from nlpolicy.link.models import LinkResult, Relation

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


def _doc_entry(info, ln) -> dict:
    out = {"path": info.path, "kind": info.kind, "number": info.number, "date": info.date,
           "implements": bool(ln and ln.target and ln.relation != Relation.CITES),
           "relation": ln.relation.value if ln and ln.target else None,
           "evidence": {"text": ln.text, "start": ln.start, "end": ln.end} if ln and ln.target else None,
           "method": ln.method.value if ln else "similarity", "score": ln.score if ln else 0.0,
           "path_to_resolution": list(ln.path) if ln and ln.path else None,
           "notes": [n for n in ((ln.notes if ln else ()) + ((info.year_note,) if info.year_note else ())) if n]}
    if info.example:
        out["example"] = True
        out["notes"].append(EXAMPLE_NOTE)
    return out


def to_dict(result: LinkResult) -> dict:
    r = result.resolution
    by_source = {ln.source: ln for ln in result.links if ln.target in (r.path, None)}
    res = {"path": r.path, "number": r.number, "title": r.title, "kind": r.kind, "date": r.date}
    if r.example:
        res["example"] = True
        res["note"] = EXAMPLE_NOTE
    return _nfc({
        "schema": SCHEMA,
        "resolution": res,
        "documents": [_doc_entry(i, by_source.get(i.path)) for i in result.documents],
        "other_links": [{"document": ln.source, "target": ln.target, "number": ln.number,
                         "relation": ln.relation.value, "method": ln.method.value, "score": ln.score,
                         "text": ln.text, "start": ln.start, "end": ln.end}
                        for ln in result.links if ln.target not in (r.path, None)],
        "task_links": [{"resolution_section": t.resolution_section, "resolution_task": t.resolution_task,
                        "document": t.document, "document_section": t.document_section, "text": t.text,
                        "start": t.start, "end": t.end, "score": t.score, "method": t.method,
                        "evidence": list(t.evidence)} for t in result.task_links],
        "progress": [{"target": {"section": p.target.section, "indicator": p.target.indicator,
                                 "comparator": p.target.comparator, "value": p.target.value,
                                 "value_max": p.target.value_max, "unit": p.target.unit, "year": p.target.year,
                                 "subject": p.target.subject, "text": p.target.text, "start": p.target.start,
                                 "end": p.target.end},
                      "document": p.document, "reported_value": p.reported_value, "reported_year": p.reported_year,
                      "status": p.status.value, "text": p.text, "start": p.start, "end": p.end,
                      "reason": p.reason} for p in result.progress],
        "unresolved": [{"document": u.document, "number": u.number, "kind": u.kind, "text": u.text,
                        "start": u.start, "end": u.end, "reason": u.reason} for u in result.unresolved],
    })


def _name(path: str) -> str:
    return Path(path).name


def to_text(result: LinkResult) -> str:
    r = result.resolution
    lines = [f"Resolution: {_name(r.path)}  {r.number or '(no number)'}  {r.date or ''}  {r.title or ''}".rstrip()]
    if r.example:
        lines.append(f"  NOTE: {EXAMPLE_NOTE}")
    d = to_dict(result)
    lines.append("")
    lines.append("Documents:")
    for e in d["documents"]:
        head = f"  {_name(e['path'])}  [{e['kind']}] {e['number'] or '(no number)'}"
        if e["implements"]:
            lines.append(f"{head}\n    {e['relation']} by {e['method']} (score {e['score']}): \"{e['evidence']['text']}\"")
            if e["path_to_resolution"] and len(e["path_to_resolution"]) > 2:
                lines.append("    chain: " + " -> ".join(_name(p) for p in e["path_to_resolution"]))
        else:
            lines.append(f"{head}\n    does not cite the resolution")
        for n in e["notes"]:
            lines.append(f"    note: {n}")
    if result.task_links:
        lines.append("")
        lines.append("Task links (document section -> resolution section, score; evidence):")
        for t in result.task_links:
            snippet = " ".join(t.text.split())[:70]
            lines.append(f"  {_name(t.document)} {t.document_section} -> {t.resolution_section}  {t.score:.2f}  "
                         f"[{'; '.join(t.evidence)}]  {snippet}")
    if result.progress:
        lines.append("")
        lines.append("Progress against targets:")
        for p in result.progress:
            t = p.target
            want = f"{t.comparator} {t.value:g}" + (f"-{t.value_max:g}" if t.value_max is not None else "")
            got = f"{p.reported_value:g}" if p.reported_value is not None else "-"
            lines.append(f"  {t.section or ''} {t.indicator} {want} {t.unit or ''} by {t.year or '?'}: "
                         f"{got} -> {p.status.value}" + (f"  \"{p.text}\"" if p.text else ""))
    if result.unresolved:
        lines.append("")
        lines.append("Citations not among the documents given (unresolved):")
        for u in result.unresolved:
            lines.append(f"  {_name(u.document)}: {u.number} ({u.kind}) \"{' '.join(u.text.split())[:90]}\"")
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
    lines = ["Links (document -> what it carries out or cites):"]
    for ln in g.links:
        lines.append(f"  {_name(ln.source)} --{ln.relation.value}/{ln.method.value}--> {_name(ln.target)}"
                     f"  ({ln.number or 'by title'}) \"{' '.join(ln.text.split())[:80]}\"")
    lines.append("")
    lines.append("Chains:")
    for c in g.chains:
        lines.append("  " + " -> ".join(_name(p) for p in c))
    ex = [i for i in g.documents if i.example]
    for i in ex:
        lines.append(f"NOTE: {_name(i.path)} is {EXAMPLE_NOTE}")
    pol = [u for u in g.unresolved if u.kind in {"resolution", "conclusion", "directive", "plan", "programme"}]
    if pol:
        lines.append("")
        lines.append("Cited policy documents not in the folder:")
        for u in pol:
            lines.append(f"  {_name(u.document)}: {u.number} ({u.kind})")
    for s in g.skipped:
        lines.append(f"skipped: {s}")
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
