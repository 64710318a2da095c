"""Per-agency follow-up: ``checklists/<slug>.md`` and ``calendar/<slug>.ics``.

The Markdown checklist lists an agency's tasks by deadline (dated first,
recurring next, undated last).  The calendar (RFC 5545) holds one all-day
VEVENT per dated task, on the last day the deadline allows ("đến năm 2020" ->
31/12/2020).  UIDs hash the document, task, agency and deadline, so that a
calendar re-imported after a new run updates its events instead of doubling
them; DTSTAMP is the run's one timestamp.
"""
from __future__ import annotations

import hashlib
import re
from datetime import datetime, timedelta, timezone

from nlpolicy import __version__
from nlpolicy.report.matrix import (INFERRED_VI, ROLE_LETTER, ROLE_VI, Agency, DocumentInfo,
                                    Matrix, TASK_UNCHECKED)

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|])")


def md_escape(text: str) -> str:
    r"""Escape what Markdown would read as markup.

    >>> md_escape("a*b [c]")
    'a\\*b \\[c\\]'
    """
    return _MD_SPECIAL.sub(r"\\\1", text)


def stamp(now: datetime) -> str:
    """The run timestamp as printed in text outputs (UTC)."""
    return now.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")


def render_markdown(matrix: Matrix, agency: Agency, now: datetime, *,
                    has_calendar: bool = False) -> bytes:
    res = matrix.resolution
    lines = [f"# Danh sách việc cần làm: {md_escape(agency.name)}", ""]
    lines.append(f"Theo {md_escape(_doc_line(res))}.")
    if len(matrix.documents) > 1:
        others = "; ".join(md_escape(_doc_line(d)) for d in matrix.documents[1:])
        lines.append(f"Văn bản triển khai đã đối chiếu: {others}.")
    lines += ["", f"Lập bởi nlpolicy {__version__} lúc {stamp(now)}. "
              f"Vai trò: {', '.join(f'{ROLE_LETTER[r]} = {v}' for r, v in ROLE_VI.items())}; "
              f"\"({INFERRED_VI})\" khi văn bản không nêu tên cơ quan ở nhiệm vụ này "
              "mà giao chung ở phần tổ chức thực hiện.", ""]
    if has_calendar:
        lines += [f"Lịch các thời hạn: `calendar/{agency.slug}.ics`.", ""]
    items = matrix.checklist(agency.name)
    if not items:
        lines.append("_Không có nhiệm vụ nào._")
    for it in items:
        t = it.task
        when = t.deadline.label if t.deadline else "Chưa có thời hạn"
        doc = matrix.documents[t.doc]
        where = f"mục {t.section}" + (f", {doc.label}" if t.doc else "")
        lines.append(f"- [ ] **{md_escape(when)}** — {md_escape(t.text)} ({md_escape(where)})")
        status = t.status if t.status != TASK_UNCHECKED else "chưa đối chiếu văn bản triển khai"
        detail = f": {'; '.join(t.status_detail)}" if t.status_detail else ""
        lines.append(f"  - Vai trò: {it.roles_vi}. Tình trạng: {md_escape(status + detail)}.")
    return ("\n".join(lines) + "\n").encode("utf-8")


def _doc_line(doc: DocumentInfo) -> str:
    parts = [doc.label]
    if doc.date:
        parts.append(f"ngày {doc.date_vi}")
    if doc.issuer:
        parts.append(f"của {doc.issuer}")
    if doc.title:
        parts.append(doc.title)
    return " ".join(parts)


# ---------------------------------------------------------------- iCalendar

def ics_escape(text: str) -> str:
    r"""TEXT value escaping of RFC 5545, 3.3.11.

    >>> ics_escape("a, b; c\\d\ne")
    'a\\, b\\; c\\\\d\\ne'
    """
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\\n").replace("\n", "\\n"))


def fold(line: str) -> str:
    """Fold a content line at 75 octets without splitting a UTF-8 character."""
    out, cur, size = [], [], 0
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > (75 if not out else 74):
            out.append("".join(cur))
            cur, size = [], 0
        cur.append(ch)
        size += n
    out.append("".join(cur))
    return "\r\n ".join(out)


def has_calendar(matrix: Matrix, agency: Agency) -> bool:
    return any(it.task.deadline and it.task.deadline.due for it in matrix.checklist(agency.name))


def render_ics(matrix: Matrix, agency: Agency, now: datetime) -> bytes:
    dtstamp = now.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    res = matrix.resolution
    identity = res.number or res.title or res.path or "nlpolicy"
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0",
             f"PRODID:-//nlpolicy//nlpolicy {__version__}//VI", "CALSCALE:GREGORIAN",
             "METHOD:PUBLISH", f"X-WR-CALNAME:{ics_escape('Thời hạn – ' + agency.name)}"]
    for it in matrix.checklist(agency.name):
        t = it.task
        if not (t.deadline and t.deadline.due):
            continue
        doc = matrix.documents[t.doc]
        key = "|".join((identity, doc.number or doc.path or str(t.doc), t.id, agency.name,
                        t.deadline.value))
        uid = hashlib.sha1(key.encode("utf-8")).hexdigest()[:24] + "@nlpolicy"
        letters = "/".join(c.letter for c in it.cells)
        desc = (f"{t.text}\n\nMục {t.section}, {doc.label}. Thời hạn: {t.deadline.label}. "
                f"Vai trò: {it.roles_vi}. Tình trạng: {t.status}.")
        lines += ["BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{dtstamp}",
                  f"DTSTART;VALUE=DATE:{t.deadline.due:%Y%m%d}",
                  f"DTEND;VALUE=DATE:{t.deadline.due + timedelta(days=1):%Y%m%d}",
                  f"SUMMARY:{ics_escape(f'[{letters}] {t.section} {t.short}')}",
                  f"DESCRIPTION:{ics_escape(desc)}",
                  f"CATEGORIES:{ics_escape(it.roles_vi)}",
                  "TRANSP:TRANSPARENT", "END:VEVENT"]
    lines.append("END:VCALENDAR")
    return ("\r\n".join(fold(line) for line in lines) + "\r\n").encode("utf-8")
