"""Per-agency follow-up: ``checklists/<slug>.md`` and ``calendar/<slug>.ics``.

The Markdown checklist lists an agency's tasks by deadline (dated first,
recurring next, undated last).  The calendar (RFC 5545) holds one all-day
VEVENT per task with a deadline, on the last day the deadline allows ("đến năm
2020" -> 31/12/2020; "trước 01/7/2019" -> 30/06/2019, the day before), with a
VALARM reminder ahead of it.  A recurring duty is one event with an RRULE
(:func:`recurrence`): "hằng năm" yearly, "định kỳ 6 tháng" on 30/6 and 31/12,
"hằng quý" at each quarter's end, "trước ngày 20 hằng tháng" monthly on the
19th; it starts at the first occurrence on or after the document's date.  UIDs
hash the document, task, agency and deadline, so that a calendar re-imported
after a new run updates its events instead of doubling them; DTSTAMP is the
run's one timestamp.
"""
from __future__ import annotations

import calendar
import hashlib
import re
from datetime import date, datetime, timedelta, timezone

from nlpolicy import __version__
from nlpolicy.report.matrix import (INFERRED_VI, MANUAL_MARK, MANUAL_VI, ROLE_LETTER, ROLE_VI,
                                    Agency, Deadline, DocumentInfo, Matrix)

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
              f"mà giao chung ở phần tổ chức thực hiện; {MANUAL_MARK} = {MANUAL_VI}."
              + (f" Tình trạng tính đến ngày {matrix.as_of:%d/%m/%Y}." if matrix.as_of else ""),
              ""]
    if has_calendar:
        lines += [f"Lịch các thời hạn: `calendar/{agency.slug}.ics`.", ""]
    items = matrix.checklist(agency.name)
    if not items:
        lines.append("_Không có nhiệm vụ nào._")
    for it in items:
        t = it.task
        when = t.deadline.label if t.deadline else "Chưa có thời hạn"
        when += f" {MANUAL_MARK}" if t.is_manual("deadline") else ""
        doc = matrix.documents[t.doc]
        where = f"mục {t.section}" + (f", {doc.label}" if t.doc else "")
        lines.append(f"- [ ] **{md_escape(when)}** — {md_escape(t.text)} ({md_escape(where)})")
        status = t.status + (f" {MANUAL_MARK}" if t.is_manual("status") else "")
        detail = f" ({'; '.join(t.status_detail)})" if t.status_detail and \
            not t.is_manual("status") else ""
        lines.append(f"  - Vai trò: {it.roles_vi}. Tình trạng: {md_escape(status + detail)}.")
        if t.note:
            lines.append(f"  - Ghi chú: {md_escape(t.note)}"
                         + (f" {MANUAL_MARK}" if t.is_manual("note") else ""))
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
    return any(_schedulable(it.task.deadline) for it in matrix.checklist(agency.name))


def _schedulable(d: Deadline | None) -> bool:
    return bool(d and (d.due or (d.recurring and d.value.split(":")[0] in _FREQ)))


_FREQ = {"yearly", "half-yearly", "quarterly", "monthly", "weekly"}
ALARM_DAYS = {"yearly": 7, "half-yearly": 7, "quarterly": 7, "monthly": 2, "weekly": 1}


def _month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def recurrence(d: Deadline, start: date) -> tuple[date, str]:
    """``(first day, RRULE)`` of a recurring deadline, from ``start`` on.

    >>> from nlpolicy.report.matrix import parse_deadline
    >>> recurrence(parse_deadline("monthly:20"), date(2025, 1, 25))
    (datetime.date(2025, 2, 19), 'FREQ=MONTHLY;BYMONTHDAY=19')
    >>> recurrence(parse_deadline("half-yearly"), date(2025, 7, 1))
    (datetime.date(2025, 12, 31), 'FREQ=MONTHLY;INTERVAL=6;BYMONTHDAY=-1')
    >>> recurrence(parse_deadline("yearly:12-10"), date(2025, 1, 1))
    (datetime.date(2025, 12, 9), 'FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=9')
    >>> recurrence(parse_deadline("yearly"), date(2025, 3, 1))
    (datetime.date(2025, 12, 31), 'FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=31')
    """
    kind, _, when = d.value.partition(":")
    if kind == "weekly":
        return start, "FREQ=WEEKLY"
    if kind in ("half-yearly", "quarterly") or (kind == "monthly" and not when.isdigit()):
        step = {"half-yearly": 6, "quarterly": 3, "monthly": 1}[kind]
        m = start.month + (-start.month) % step       # the first period end at or after start
        first = _month_end(start.year, m)
        if first < start:                               # not reached for a month end
            first = _month_end(start.year + (m + step > 12), (m + step - 1) % 12 + 1)
        interval = f";INTERVAL={step}" if step > 1 else ""
        return first, f"FREQ=MONTHLY{interval};BYMONTHDAY=-1"
    if kind == "monthly":
        day = int(when) - (1 if d.before else 0)
        if day < 1:
            first = _month_end(start.year, start.month)
            return first, "FREQ=MONTHLY;BYMONTHDAY=-1"
        y, m = start.year, start.month
        for _ in range(14):
            if day <= calendar.monthrange(y, m)[1] and date(y, m, day) >= start:
                return date(y, m, day), f"FREQ=MONTHLY;BYMONTHDAY={day}"
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    month, day = 12, 31
    if m := re.fullmatch(r"(\d{1,2})-(\d{1,2})", when):
        when_day = date(2001, int(m[1]), int(m[2])) - timedelta(days=1 if d.before else 0)
        month, day = when_day.month, when_day.day
    last = calendar.monthrange(2001, month)[1]
    byday = -1 if day == last and month == 2 else day
    first = None
    for y in (start.year, start.year + 1):
        cand = _month_end(y, month) if byday == -1 else date(y, month, day)
        if cand >= start:
            first = cand
            break
    return first, f"FREQ=YEARLY;BYMONTH={month};BYMONTHDAY={byday}"


def render_ics(matrix: Matrix, agency: Agency, now: datetime) -> bytes:
    dtstamp = now.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    res = matrix.resolution
    identity = res.number or res.title or res.path or "nlpolicy"
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0",
             f"PRODID:-//nlpolicy//nlpolicy {__version__}//VI", "CALSCALE:GREGORIAN",
             "METHOD:PUBLISH", f"X-WR-CALNAME:{ics_escape('Thời hạn – ' + agency.name)}"]
    for it in matrix.checklist(agency.name):
        t = it.task
        if not _schedulable(t.deadline):
            continue
        doc = matrix.documents[t.doc]
        key = "|".join((identity, doc.number or doc.path or str(t.doc), t.id, agency.name,
                        t.deadline.value))
        uid = hashlib.sha1(key.encode("utf-8")).hexdigest()[:24] + "@nlpolicy"
        letters = "/".join(c.letter for c in it.cells)
        rule = None
        if t.deadline.due:
            day = t.deadline.due
            last = f" (ngày cuối: {day:%d/%m/%Y})" if t.deadline.before else ""
            alarm = 7
        else:
            anchor = _date(doc.date) or _date(res.date) or matrix.as_of or now.date()
            day, rule = recurrence(t.deadline, anchor)
            last = ""
            alarm = ALARM_DAYS[t.deadline.value.split(":")[0]]
        mark = lambda field: f" ({MANUAL_VI})" if t.is_manual(field) else ""  # noqa: E731
        desc = (f"{t.text}\n\nMục {t.section}, {doc.label}. Thời hạn: {t.deadline.label}{last}"
                f"{mark('deadline')}. Vai trò: {it.roles_vi}. Tình trạng: {t.status}"
                f"{mark('status')}.")
        lines += ["BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{dtstamp}",
                  f"DTSTART;VALUE=DATE:{day:%Y%m%d}",
                  f"DTEND;VALUE=DATE:{day + timedelta(days=1):%Y%m%d}"]
        if rule:
            lines.append(f"RRULE:{rule}")
        lines += [f"SUMMARY:{ics_escape(f'[{letters}] {t.section} {t.short}')}",
                  f"DESCRIPTION:{ics_escape(desc)}",
                  f"CATEGORIES:{ics_escape(it.roles_vi)}",
                  "TRANSP:TRANSPARENT",
                  "BEGIN:VALARM", "ACTION:DISPLAY",
                  f"DESCRIPTION:{ics_escape(f'Sắp đến hạn: {t.section} {t.short}')}",
                  f"TRIGGER:-P{alarm}D", "END:VALARM",
                  "END:VEVENT"]
    lines.append("END:VCALENDAR")
    return ("\r\n".join(fold(line) for line in lines) + "\r\n").encode("utf-8")


def _date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None
