"""Corrections that stay: the extraction as a table staff edit, read back on the next run.

``report`` writes ``corrections.csv`` and ``corrections.xlsx``: one line per task and agency
(a task that names nobody has one line with no agency).  The columns on the left are to edit;
the grey columns on the right ("... (máy đọc)") hold what the documents said when the file was
written.  ``report --corrections FILE`` compares, line by line, what staff wrote with what the
machine had read *in the same file*, and applies only the differences:

* **Vai trò**: C chủ trì, P phối hợp, B báo cáo (or the words); a lower-case letter is an
  inference, as in the matrix.  Changed: the agency's role is set by hand.  Emptied: the agency
  is taken off the task.  A new line (same Văn bản and Mã, another Cơ quan) adds an agency;
  another name in Cơ quan puts that agency in place of the one read.
* **Thời hạn**, **Tình trạng** (Hoàn thành, Đang thực hiện, Chưa thực hiện, Quá hạn, Chưa có
  thông tin), **Ghi chú**: the task's; a change on any of its lines sets it.

A corrected cell is marked "sửa thủ công" in every output, and it stays when the documents are
read again: the next file written carries the corrected value on the left and what the machine
reads now on the right, so the difference, and the correction, go on.  A line whose task is no
longer found (same document, same id or a near-identical text) is reported and skipped.
"""
from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from pathlib import Path

from nlpolicy.errors import InputError
from nlpolicy.report.matrix import (MANUAL_VI, ROLE_LETTER, ROLE_ORDER, Cell, Matrix, TaskRow,
                                    parse_deadline)
from nlpolicy.report.status import STATUSES, status_word

AUTO = "máy đọc"
HEADER = ("Văn bản", "Mã", "Mục", "Nhiệm vụ", "Cơ quan", "Vai trò", "Thời hạn", "Tình trạng",
          "Ghi chú", f"Cơ quan ({AUTO})", f"Vai trò ({AUTO})", f"Thời hạn ({AUTO})",
          f"Tình trạng ({AUTO})", f"Ghi chú ({AUTO})")
EDITABLE = ("Cơ quan", "Vai trò", "Thời hạn", "Tình trạng", "Ghi chú")
SHEET = "Sửa dữ liệu"
HELP_SHEET = "Hướng dẫn"
_ROLE_WORDS = {"c": "lead", "chu tri": "lead", "p": "support", "phoi hop": "support",
               "b": "report_to", "bao cao": "report_to"}


@dataclass(frozen=True)
class Correction:
    """One line of the edited table (``line`` counts from 1, the header being line 1)."""
    line: int
    document: str
    task: str
    text: str
    agency: str
    role: str
    auto_agency: str
    deadline: str
    status: str
    note: str
    auto_role: str
    auto_deadline: str
    auto_status: str
    auto_note: str


# ---------------------------------------------------------------- writing

def table_rows(matrix: Matrix) -> list[tuple[str, ...]]:
    """The lines of the editable table, in matrix order."""
    rows = []
    for t in matrix.tasks:
        doc = matrix.documents[t.doc]
        base = (doc.ref, t.id, t.section, t.text)
        task = (t.deadline.label if t.deadline else "", t.status, t.note)
        auto_task = _auto_task(t)
        if not t.cells:
            rows.append(base + ("", "") + task + ("", "") + auto_task)
        for c in t.cells:
            rows.append(base + (c.agency, _letter(c.role, c.source)) + task
                        + (c.agency if not c.manual or c.auto else "", _auto_letter(c))
                        + auto_task)
        for name, letter in t.removed:
            rows.append(base + (name, "") + task + (name, letter) + auto_task)
    return rows


def render_corrections_csv(matrix: Matrix) -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(HEADER)
    w.writerows(table_rows(matrix))
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


def render_corrections_xlsx(matrix: Matrix, now: datetime) -> bytes:
    from zipfile import ZIP_DEFLATED, ZipFile

    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.writer.excel import ExcelWriter

    from nlpolicy import __version__
    from nlpolicy.report.files import pin_zip

    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    ws.append(HEADER)
    for row in table_rows(matrix):
        ws.append(row)
    grey = PatternFill("solid", fgColor="EDEDED")
    widths = (16, 10, 9, 60, 30, 8, 16, 18, 30, 30, 10, 16, 18, 30)
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
        head = ws.cell(1, i)
        head.font = Font(bold=True)
        head.alignment = Alignment(wrap_text=True, vertical="top")
        if HEADER[i - 1] not in EDITABLE:
            for r in range(2, ws.max_row + 1):
                ws.cell(r, i).fill = grey
    for r in range(2, ws.max_row + 1):
        ws.cell(r, 4).alignment = Alignment(wrap_text=True, vertical="top")
    ws.freeze_panes = "E2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(HEADER))}{max(ws.max_row, 1)}"
    help_ws = wb.create_sheet(HELP_SHEET)
    for line in HELP_LINES:
        help_ws.append((line,))
    help_ws.column_dimensions["A"].width = 120
    naive = now.astimezone(timezone.utc).replace(tzinfo=None, microsecond=0)
    props = wb.properties
    props.creator = props.lastModifiedBy = f"nlpolicy {__version__}"
    props.title = f"Sửa dữ liệu – {matrix.resolution.label}"
    props.created = props.modified = naive
    buf = io.BytesIO()
    ExcelWriter(wb, ZipFile(buf, "w", ZIP_DEFLATED, allowZip64=True)).save()
    return pin_zip(buf.getvalue(), now)


HELP_LINES = (
    "Sửa ở các cột Cơ quan, Vai trò, Thời hạn, Tình trạng, Ghi chú; không sửa các cột xám "
    f"\"({AUTO})\": đó là điều văn bản nói, để so sánh.",
    "Vai trò: C = chủ trì, P = phối hợp, B = báo cáo; chữ thường = suy luận. Xóa vai trò để bỏ "
    "cơ quan khỏi nhiệm vụ; thêm một dòng (cùng Văn bản, Mã) để thêm cơ quan.",
    "Tình trạng: " + ", ".join(STATUSES) + ".",
    "Thời hạn: như văn bản ghi (2025, 30/6/2025, trước 01/07/2025, quý II/2026, tháng 09/2025, "
    "Hằng năm ...).",
    "Chạy lại: nlpolicy report ... --corrections <tệp này> --out <thư mục> [--force]. Ô đã sửa "
    f"được ghi \"{MANUAL_VI}\" ở mọi tệp kết quả và giữ nguyên khi đọc lại văn bản.",
)


def _letter(role: str, source: str) -> str:
    letter = ROLE_LETTER.get(role, "?")
    return letter.lower() if source == "inferred" else letter


def _auto_letter(c: Cell) -> str:
    return c.auto if c.manual else _letter(c.role, c.source)


def _auto_task(t: TaskRow) -> tuple[str, str, str]:
    auto = dict(t.auto)
    return (auto.get("deadline", t.deadline.label if t.deadline else ""),
            auto.get("status", t.status), auto.get("note", t.note))


# ---------------------------------------------------------------- reading

def read_corrections(path: str | Path) -> list[Correction]:
    """The lines of an edited table (.csv or .xlsx); a bad file raises InputError (one line)."""
    p = Path(path)
    if not p.is_file():
        raise InputError(f"{path}: no such corrections file")
    if p.suffix.lower() == ".xlsx":
        rows = _xlsx_rows(p)
    else:
        try:
            text = p.read_bytes().decode("utf-8-sig")
        except UnicodeDecodeError:
            raise InputError(f"{path}: not a UTF-8 CSV file (save it as 'CSV UTF-8')") from None
        dialect = csv.excel_tab if text.split("\n", 1)[0].count("\t") > \
            text.split("\n", 1)[0].count(",") else csv.excel
        if text.split("\n", 1)[0].count(";") > text.split("\n", 1)[0].count(","):
            dialect = _Semicolon
        rows = list(csv.reader(io.StringIO(text), dialect))
    if not rows:
        raise InputError(f"{path}: empty corrections file")
    head = [h.strip() for h in rows[0]]
    missing = [h for h in HEADER if h not in head]
    if missing:
        raise InputError(f"{path}: not a corrections table written by 'nlpolicy report' "
                         f"(no column {missing[0]!r})")
    col = {h: head.index(h) for h in HEADER}
    out = []
    for n, row in enumerate(rows[1:], 2):
        if not any(str(x).strip() for x in row):
            continue
        get = lambda h: (str(row[col[h]]).strip() if col[h] < len(row) and row[col[h]]  # noqa: E731
                         is not None else "")
        c = Correction(n, get("Văn bản"), get("Mã"), get("Nhiệm vụ"), get("Cơ quan"),
                       get("Vai trò"), get(HEADER[9]), get("Thời hạn"), get("Tình trạng"),
                       get("Ghi chú"), get(HEADER[10]), get(HEADER[11]), get(HEADER[12]),
                       get(HEADER[13]))
        if c.status and c.status != c.auto_status and status_word(c.status) is None:
            raise InputError(f"{path}, line {n}: status {c.status!r} is not one of "
                             + ", ".join(STATUSES))
        if c.role and c.role != c.auto_role and parse_role(c.role) is None:
            raise InputError(f"{path}, line {n}: role {c.role!r} is not C, P or B")
        out.append(c)
    return out


class _Semicolon(csv.excel):
    delimiter = ";"


def _xlsx_rows(p: Path) -> list[list[str]]:
    from openpyxl import load_workbook
    try:
        wb = load_workbook(p, read_only=True, data_only=True)
    except Exception as exc:          # openpyxl raises many kinds for a file that is no workbook
        raise InputError(f"{p}: not an Excel workbook ({type(exc).__name__})") from None
    ws = wb[SHEET] if SHEET in wb.sheetnames else wb.worksheets[0]
    rows = [["" if v is None else str(v) for v in row] for row in ws.iter_rows(values_only=True)]
    wb.close()
    return rows


def parse_role(text: str) -> tuple[str, str] | None:
    """``(role, source)`` for what staff wrote: "C" -> lead, "c" -> lead inferred, "phối hợp".

    >>> parse_role("C"), parse_role("p"), parse_role("báo cáo"), parse_role("X")
    (('lead', 'explicit'), ('support', 'inferred'), ('report_to', 'explicit'), None)
    """
    from nlpolicy.textfold import fold
    t = text.strip().rstrip("*").strip()
    role = _ROLE_WORDS.get(" ".join(fold(t).split()))
    if role is None:
        return None
    return role, ("inferred" if len(t) == 1 and t.islower() else "explicit")


# ---------------------------------------------------------------- applying

def apply_corrections(matrix: Matrix, corrections: list[Correction]) -> Matrix:
    """The matrix with staff's changes; lines that no longer fit are named in ``matrix.notes``."""
    if not corrections:
        return matrix
    from nlpolicy.report.columns import canonical
    by_ref: dict[str, list[int]] = {}
    for i, t in enumerate(matrix.tasks):
        by_ref.setdefault(matrix.documents[t.doc].ref, []).append(i)
    tasks = list(matrix.tasks)
    notes = list(matrix.notes)
    agencies = {a.name for a in matrix.agencies}
    new_agencies: dict[str, None] = {}
    for c in corrections:
        i = _find_task(tasks, by_ref.get(c.document, ()), c)
        if i is None:
            notes.append(f"correction line {c.line} ({c.document} {c.task}): task not found, "
                         "skipped")
            continue
        t = tasks[i]
        auto = dict(t.auto)
        manual = set(t.manual)
        if c.deadline != c.auto_deadline and c.deadline != (t.deadline.label if t.deadline
                                                            else ""):
            auto.setdefault("deadline", t.deadline.label if t.deadline else "")
            t = replace(t, deadline=deadline_from_label(c.deadline) if c.deadline else None)
            manual.add("deadline")
        if c.status != c.auto_status and c.status and status_word(c.status) != t.status:
            auto.setdefault("status", t.status)
            t = replace(t, status=status_word(c.status), status_detail=(MANUAL_VI,), status_source="",
                        status_evidence=None)
            manual.add("status")
        if c.note != c.auto_note and c.note != t.note:
            auto.setdefault("note", t.note)
            t = replace(t, note=c.note)
            manual.add("note")
        renamed = c.auto_agency and c.agency != c.auto_agency
        if renamed and any(x.agency == c.auto_agency for x in t.cells):
            t = _set_role(t, c.auto_agency, "", c.auto_role)          # the one read goes
        if c.agency and (c.role != c.auto_role or renamed):
            name = canonical(c.agency)
            t = _set_role(t, name, c.role, "" if renamed else c.auto_role)
            if name not in agencies:
                new_agencies.setdefault(name, None)
        t = replace(t, manual=tuple(sorted(manual)), auto=tuple(sorted(auto.items())))
        tasks[i] = t
    out = replace(matrix, tasks=tuple(tasks), notes=tuple(notes))
    if new_agencies:
        out = _add_agencies(out, list(new_agencies))
    return out


def _find_task(tasks: list[TaskRow], candidates, c: Correction) -> int | None:
    for i in candidates:
        if c.task in tasks[i].ids:
            if not c.text or _near(tasks[i].text, c.text):
                return i
    best, score = None, 0.0
    for i in candidates:
        s = _similarity(tasks[i].text, c.text)
        if s > score:
            best, score = i, s
    return best if score >= 0.8 else None


def _near(a: str, b: str) -> bool:
    return a == b or _similarity(a, b) >= 0.6


def _similarity(a: str, b: str) -> float:
    from nlpolicy.textfold import fold
    wa, wb = set(re.findall(r"\w+", fold(a))), set(re.findall(r"\w+", fold(b)))
    return len(wa & wb) / len(wa | wb) if wa and wb else 0.0


def _set_role(t: TaskRow, agency: str, role_text: str, auto_text: str) -> TaskRow:
    old = [c for c in t.cells if c.agency == agency]
    keep = [c for c in t.cells if c.agency != agency]
    was = auto_text or "/".join(_auto_letter(c) for c in old)
    if not role_text:
        return replace(t, cells=tuple(keep), removed=t.removed + ((agency, was),))
    role, _ = parse_role(role_text)
    evidence = old[0].evidence if old else (t.evidence,)
    cell = Cell(agency, role, "manual", evidence, tuple(n for c in old for n in c.names), was)
    cells = sorted(keep + [cell], key=lambda c: ROLE_ORDER.get(c.role, 9))
    return replace(t, cells=tuple(cells))


def _add_agencies(matrix: Matrix, names: list[str]) -> Matrix:
    from nlpolicy.report.columns import level_of, order_columns
    from nlpolicy.report.matrix import Agency, abbreviate, slugify
    known = {a.name: a for a in matrix.agencies}
    order = order_columns(list(known) + names)
    slugs = {a.slug for a in matrix.agencies}
    out = []
    for name in order:
        if name in known:
            out.append(known[name])
            continue
        slug = base = slugify(name) or "co-quan"
        n = 2
        while slug in slugs:
            slug, n = f"{base}-{n}", n + 1
        slugs.add(slug)
        out.append(Agency(name, abbreviate(name), slug, level_of(name), (name,)))
    return replace(matrix, agencies=tuple(out))


def deadline_from_label(label: str):
    """A deadline from what staff wrote, in the labels the report prints or the contract's values.

    >>> d = deadline_from_label("trước 01/07/2025"); (d.value, d.due.isoformat())
    ('2025-07-01', '2025-06-30')
    >>> deadline_from_label("30/6/2025").value, deadline_from_label("quý II/2026").value
    ('2025-06-30', '2026-Q2')
    >>> deadline_from_label("tháng 9/2025").value, deadline_from_label("Hằng năm").value
    ('2025-09', 'yearly')
    """
    from nlpolicy.textfold import fold
    text = label.strip()
    key = " ".join(fold(text).split())
    before = key.startswith("truoc")
    if m := re.search(r"(\d{1,2})/(\d{1,2})/(\d{4})", text):
        value = f"{m[3]}-{int(m[2]):02d}-{int(m[1]):02d}"
        return parse_deadline(value, "before" if before else "by")
    if m := re.search(r"quy\s+(i{1,3}|iv|[1-4])\s*/\s*(\d{4})", key):
        q = {"i": 1, "ii": 2, "iii": 3, "iv": 4}.get(m[1]) or int(m[1])
        return parse_deadline(f"{m[2]}-Q{q}")
    if m := re.search(r"thang\s+(\d{1,2})\s*/\s*(\d{4})", key):
        return parse_deadline(f"{m[2]}-{int(m[1]):02d}")
    if m := re.fullmatch(r"(\d{4})\s*[-–/]\s*(\d{4})", text):
        return parse_deadline(f"{m[1]}/{m[2]}")
    if m := re.search(r"\b(\d{4})\b", text):
        return parse_deadline(m[1])
    for value, word in (("yearly", "hang nam"), ("half-yearly", "6 thang"),
                        ("quarterly", "hang quy"), ("monthly", "hang thang"),
                        ("weekly", "hang tuan")):
        if word in key:
            return parse_deadline(value)
    return parse_deadline(text)
