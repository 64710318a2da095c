"""``matrix.xlsx``: the matrix, the phụ lục, the targets, one checklist per agency, the sources.

Every data sheet has the same frame: a title on row 1, a note on row 2, the header below
(frozen, filtered, repeated on each printed page), A4 landscape.  Inferred roles are lower
case, italic and grey with no fill; explicit ones are bold upper case on a coloured fill; a
value staff corrected ends with ✎ on a yellow fill.

The matrix sheet groups its agency columns by level (a row of level names above them) and
prints legibly: on one page wide when that keeps the scale at 60% or more, else at a fixed
scale with a page break between groups of columns and the task columns repeated on each page
(:func:`print_plan`).  ``render_agency_xlsx`` gives one agency's phụ lục, the file sent to it.
"""
from __future__ import annotations

import io
import re
from datetime import datetime, timezone

from nlpolicy import __version__
from nlpolicy.report.appendix import COLUMNS as APPENDIX_COLUMNS, appendix_rows
from nlpolicy.report.checklist import stamp
from nlpolicy.report.matrix import (COMPARATOR_VI, INFERRED_VI, MANUAL_MARK, MANUAL_VI,
                                    ROLE_LETTER, ROLE_VI, TARGET_KIND_VI, Matrix)

MATRIX_SHEET = "Ma trận phân công"
APPENDIX_SHEET = "Phụ lục"
TARGETS_SHEET = "Chỉ tiêu"
SOURCES_SHEET = "Nguồn"
RESERVED = (MATRIX_SHEET, APPENDIX_SHEET, TARGETS_SHEET, SOURCES_SHEET)
HEADER_ROW = 3
MATRIX_HEADER_ROW = 4          # the matrix has a row of level names above its header
ROLE_FILL = {"lead": "F8CBAD", "support": "BDD7EE", "report_to": "C6E0B4"}
MANUAL_FILL = "FFF2CC"
GREY = "808080"
LEGEND = ("Vai trò: " + ", ".join(f"{ROLE_LETTER[r]} = {v}" for r, v in ROLE_VI.items())
          + f". Chữ thường, nghiêng, màu xám = ({INFERRED_VI}): văn bản không nêu tên cơ quan "
          f"ở nhiệm vụ này mà giao chung ở phần tổ chức thực hiện. {MANUAL_MARK} = {MANUAL_VI}. "
          "Di chuột lên ô để xem câu trích dẫn.")

# matrix columns: STT, Văn bản, Mục, Nhiệm vụ, Thời hạn, Tình trạng, then one per agency
FIXED = ("STT", "Văn bản", "Mục", "Nhiệm vụ", "Thời hạn", "Tình trạng")
FIXED_WIDTHS = (5, 13, 8, 46, 13, 15)
AGENCY_WIDTH = 5.0
MIN_SCALE = 60                 # below this a printed A4 page is no longer readable
SPLIT_SCALE = 65
PRINTABLE_PX = 1045            # A4 landscape less 0.4" margins, in Excel's 96-dpi pixels

_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")
# shorter forms used only where a sheet name would pass 31 characters
SHEET_SHORT = (("Thường trực", "TT"), ("Ủy ban", "UB"), ("Khoa học và Công nghệ", "KH&CN"),
               ("Thương binh và Xã hội", "TB&XH"), ("Phát triển nông thôn", "PTNT"),
               ("Việt Nam", "VN"), ("Trung ương", "TW"), ("Quốc hội", "QH"), ("Hội đồng", "HĐ"),
               ("thành phố", "TP"), ("Chính phủ", "CP"), ("Văn phòng", "VP"))


def _cut(name: str, limit: int) -> str:
    """At most ``limit`` characters, cut between words (inside a word only when one word is
    longer than the limit)."""
    if len(name) <= limit:
        return name
    cut = name[:limit + 1]
    if " " in cut.strip():
        cut = cut[:cut.rstrip().rindex(" ")]
    return cut[:limit].rstrip(" ,;-–")


def sheet_names(names, reserved=RESERVED) -> list[str]:
    """Excel-safe, unique sheet names (≤ 31 characters, none of []:*?/\\, never cut mid-word).

    Excel compares sheet names without case, so uniqueness does too.

    >>> sheet_names(["Sở Công Thương", "Sở Công Thương", "a/b", "x" * 40])
    ['Sở Công Thương', 'Sở Công Thương (2)', 'a-b', 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx']
    >>> sheet_names(["Ban Chỉ đạo Trung ương về phát triển khoa học"])
    ['Ban Chỉ đạo TW về phát triển']
    >>> sheet_names(["Tổ đảng ở Thường trực Ủy ban Kinh tế", "Tổ đảng ở Thường trực Ủy ban Xã hội"])
    ['Tổ đảng ở TT Ủy ban Kinh tế', 'Tổ đảng ở TT Ủy ban Xã hội']
    """
    taken = {r.casefold() for r in reserved}
    out = []
    for name in names:
        base = _BAD_SHEET_CHARS.sub("-", name).strip("' ") or "Cơ quan"
        for long, short in SHEET_SHORT:
            if len(base) <= 31:
                break
            base = re.sub(rf"(?<!\w){re.escape(long)}(?!\w)", short, base)
        base = _cut(base, 31)
        cand, n = base, 2
        while cand.casefold() in taken:
            suffix = f" ({n})"
            cand, n = _cut(base, 31 - len(suffix)) + suffix, n + 1
        taken.add(cand.casefold())
        out.append(cand)
    return out


def _px(width: float) -> float:
    return width * 7 + 5


def print_plan(levels: list[str]) -> tuple[int | None, list[int]]:
    """How the matrix prints: ``(None, [])`` = one page wide at 60% or more (fit to width);
    else ``(scale, breaks)``: a fixed scale and the agency indexes before which a new page
    starts (at a change of level where one falls on the page, the task columns repeated).

    >>> print_plan(["central"] * 10)
    (None, [])
    >>> print_plan(["central"] * 15 + ["province"] * 20 + ["collective"] * 30)
    (65, [15, 35, 56])
    """
    fixed = sum(_px(w) for w in FIXED_WIDTHS)
    total = fixed + _px(AGENCY_WIDTH) * len(levels)
    if PRINTABLE_PX / total * 100 >= MIN_SCALE:
        return None, []
    per_page = int((PRINTABLE_PX * 100 / SPLIT_SCALE - fixed) // _px(AGENCY_WIDTH))
    breaks, start = [], 0
    while len(levels) - start > per_page:
        end = start + per_page
        # the last change of level inside this page, if it leaves the page at least half full
        changes = [i for i in range(start + per_page // 2, end + 1) if levels[i] != levels[i - 1]]
        end = changes[-1] if changes else end
        breaks.append(end)
        start = end
    return SPLIT_SCALE, breaks


def render_xlsx(matrix: Matrix, now: datetime) -> bytes:
    from openpyxl import Workbook

    wb = Workbook()
    _matrix_sheet(wb.active, matrix)
    _appendix_sheet(wb.create_sheet(APPENDIX_SHEET), matrix)
    _targets_sheet(wb.create_sheet(TARGETS_SHEET), matrix)
    for agency, name in zip(matrix.agencies, sheet_names(a.short for a in matrix.agencies)):
        _checklist_sheet(wb.create_sheet(name), matrix, agency)
    _sources_sheet(wb.create_sheet(SOURCES_SHEET), matrix, now)
    return _save(wb, now, f"Ma trận phân công – {matrix.resolution.label}")


def render_agency_xlsx(matrix: Matrix, agency, now: datetime) -> bytes:
    """One agency's phụ lục (its tasks, the eight columns) and its checklist by deadline."""
    from openpyxl import Workbook
    wb = Workbook()
    _appendix_sheet(wb.active, matrix, agency.name)
    _checklist_sheet(wb.create_sheet("Việc cần làm"), matrix, agency)
    return _save(wb, now, f"Nhiệm vụ của {agency.name} – {matrix.resolution.label}")


def _save(wb, now: datetime, title: str) -> bytes:
    from zipfile import ZIP_DEFLATED, ZipFile

    from openpyxl.writer.excel import ExcelWriter

    from nlpolicy.report.files import pin_zip
    naive = now.astimezone(timezone.utc).replace(tzinfo=None, microsecond=0)
    props = wb.properties
    props.creator = props.lastModifiedBy = f"nlpolicy {__version__}"
    props.title = title
    props.language = "vi-VN"
    props.created = props.modified = naive
    buf = io.BytesIO()
    # ExcelWriter directly: openpyxl's save_workbook() stamps "modified" with the clock
    ExcelWriter(wb, ZipFile(buf, "w", ZIP_DEFLATED, allowZip64=True)).save()
    return pin_zip(buf.getvalue(), now)


# ---------------------------------------------------------------- sheets

def _styles():
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    thin = Side(style="thin", color="A6A6A6")
    return {
        "title": Font(bold=True, size=14),
        "note": Font(italic=True, size=9, color="595959"),
        "head_font": Font(bold=True),
        "head_fill": PatternFill("solid", fgColor="D9D9D9"),
        "group_fill": PatternFill("solid", fgColor="EDEDED"),
        "manual_fill": PatternFill("solid", fgColor=MANUAL_FILL),
        "border": Border(left=thin, right=thin, top=thin, bottom=thin),
        "wrap": Alignment(wrap_text=True, vertical="top"),
        "center": Alignment(horizontal="center", vertical="center", wrap_text=True),
        "left": Alignment(horizontal="left", vertical="center"),
        "rotated": Alignment(horizontal="center", vertical="bottom", text_rotation=90,
                             wrap_text=True),
        "explicit": Font(bold=True),
        "inferred": Font(italic=True, color=GREY),
        "fill": {r: PatternFill("solid", fgColor=c) for r, c in ROLE_FILL.items()},
        "_cache": {},
    }


_ATTR = {"title": "font", "note": "font", "head_font": "font", "explicit": "font",
         "inferred": "font", "head_fill": "fill", "group_fill": "fill", "manual_fill": "fill",
         "border": "border", "wrap": "alignment", "center": "alignment", "rotated": "alignment",
         "left": "alignment"}


def _put(st: dict, cell, *names: str) -> None:
    """Give ``cell`` the named styles ("wrap", "border", "fill:lead" ...).

    openpyxl hashes every style object it is given, which made a large matrix take tens of
    seconds; the style of a combination is made once per sheet and copied after that.
    """
    from copy import copy
    cached = st["_cache"].get(names)
    if cached is not None:
        cell._style = copy(cached)
        return
    for n in names:
        if n.startswith("fill:"):
            cell.fill = st["fill"][n[5:]]
        else:
            setattr(cell, _ATTR[n], st[n])
    st["_cache"][names] = copy(cell._style)


def _frame(ws, title: str, note: str, header: list[str], widths: list[float],
           freeze_col: int = 1, rotate_from: int | None = None,
           header_row: int = HEADER_ROW) -> dict:
    """Title, note and header rows, widths, print set-up.  Returns the styles."""
    from openpyxl.utils import get_column_letter
    st = _styles()
    ws["A1"] = title
    ws["A1"].font = st["title"]
    ws["A2"] = note
    ws["A2"].font = st["note"]
    last = get_column_letter(min(len(header), 12))
    ws.merge_cells(f"A2:{last}2")
    ws["A2"].alignment = st["wrap"]
    ws.row_dimensions[2].height = 30
    for i, (label, width) in enumerate(zip(header, widths), 1):
        c = ws.cell(row=header_row, column=i, value=label)
        _put(st, c, "head_font", "head_fill", "border",
             "rotated" if rotate_from and i >= rotate_from else "center")
        ws.column_dimensions[get_column_letter(i)].width = width
    if rotate_from:
        longest = max((len(h) for h in header[rotate_from - 1:]), default=10)
        ws.row_dimensions[header_row].height = min(max(60, 4.2 * min(longest, 45)), 190)
    ws.freeze_panes = ws.cell(row=header_row + 1, column=freeze_col)
    ws.print_title_rows = f"{header_row}:{header_row}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.5
    ws.oddFooter.center.text = "Trang &P / &N"
    return st


def _finish(ws, n_cols: int, n_rows: int, header_row: int = HEADER_ROW,
            text_cols: int | None = None) -> None:
    """The filter over the table, and row heights for the wrapped text of its first
    ``text_cols`` columns (every column by default)."""
    from openpyxl.utils import get_column_letter
    last_row = max(header_row + n_rows, header_row)
    ws.auto_filter.ref = f"A{header_row}:{get_column_letter(n_cols)}{last_row}"
    _fit_rows(ws, header_row + 1, last_row, text_cols or n_cols)


LINE_PT = 15          # one line of 11-point text
CHARS_PER_WIDTH = 1.2  # characters of running Vietnamese text per unit of column width


def line_count(text: str, width: float) -> int:
    """Lines ``text`` takes in a wrapped column ``width`` wide (an estimate).

    >>> line_count("ab", 10), line_count("x" * 25, 10), line_count("a\\nb", 10)
    (1, 3, 2)
    """
    per_line = max(1, int(width * CHARS_PER_WIDTH))
    return sum(max(1, -(-len(part) // per_line)) for part in str(text).split("\n"))


def _fit_rows(ws, first: int, last: int, n_cols: int) -> None:
    """Set each row's height from its longest wrapped cell.  Spreadsheet programs do not
    all grow a row for wrapped text written by a program (LibreOffice printed the rows of a
    chain's matrix over each other): the height is written out."""
    from openpyxl.utils import get_column_letter
    widths = [ws.column_dimensions[get_column_letter(i)].width or 8.43
              for i in range(1, n_cols + 1)]
    merged = {r.min_row for r in ws.merged_cells.ranges if r.min_row >= first}
    total = sum(widths)
    for r in range(first, last + 1):
        lines = 1
        for i, width in enumerate(widths, 1):
            v = ws.cell(r, i).value
            if isinstance(v, str) and v:
                lines = max(lines, line_count(v, total if r in merged and i == 1 else width))
        if lines > 1:
            ws.row_dimensions[r].height = min(409, lines * LINE_PT)


def _matrix_sheet(ws, m: Matrix) -> None:
    from openpyxl.comments import Comment
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.pagebreak import Break
    ws.title = MATRIX_SHEET
    hr = MATRIX_HEADER_ROW
    header = list(FIXED) + [a.name for a in m.agencies]
    widths = list(FIXED_WIDTHS) + [AGENCY_WIDTH] * len(m.agencies)
    res = m.resolution
    title = f"MA TRẬN PHÂN CÔNG NHIỆM VỤ – {res.label}" + (f" {res.title}" if res.title else "")
    st = _frame(ws, title, LEGEND, header, widths, freeze_col=len(FIXED) + 1,
                rotate_from=len(FIXED) + 1, header_row=hr)
    # the level of each agency column, one merged cell per run of one level
    first = len(FIXED) + 1
    runs: list[tuple[int, int, str]] = []
    for i, a in enumerate(m.agencies):
        if runs and runs[-1][2] == a.level_vi:
            runs[-1] = (runs[-1][0], i, a.level_vi)
        else:
            runs.append((i, i, a.level_vi))
    for lo, hi, label in runs:
        c = ws.cell(row=hr - 1, column=first + lo, value=label)
        _put(st, c, "head_font", "group_fill", "left")   # seen on the level's first page
        if hi > lo:
            ws.merge_cells(start_row=hr - 1, start_column=first + lo, end_row=hr - 1,
                           end_column=first + hi)
    for n, t in enumerate(m.tasks, 1):
        r = hr + n
        status = t.status + (f" {MANUAL_MARK}" if t.is_manual("status") else "")
        deadline = (t.deadline.label if t.deadline else "") + (
            f" {MANUAL_MARK}" if t.is_manual("deadline") else "")
        values = [n, m.documents[t.doc].label, t.section, t.text, deadline, status]
        for col, v in enumerate(values, 1):
            c = ws.cell(row=r, column=col, value=v)
            if (col == 5 and t.is_manual("deadline")) or (col == 6 and t.is_manual("status")):
                _put(st, c, "wrap", "border", "manual_fill")
            else:
                _put(st, c, "wrap", "border")
        if t.status_detail:
            ws.cell(row=r, column=6).comment = Comment("\n".join(t.status_detail), "nlpolicy",
                                                       width=360, height=160)
        for col, agency in enumerate(m.agencies, first):
            c = ws.cell(row=r, column=col)
            cells = t.cells_of(agency.name)
            if not cells:
                _put(st, c, "border", "center")
                continue
            c.value = t.letters(agency.name)
            if any(x.manual for x in cells):
                _put(st, c, "border", "center", "explicit", "manual_fill")
            elif all(x.inferred for x in cells):
                _put(st, c, "border", "center", "inferred")
            else:
                role = next(x.role for x in cells if not x.inferred)
                _put(st, c, "border", "center", "explicit", f"fill:{role}")
            note = "\n".join(f"{agency.name}: {x.role_vi}." for x in cells)
            names = sorted({n for x in cells for n in x.names} - {agency.name})
            if names:
                note += "\nTrong văn bản: " + ", ".join(names) + "."
            note += "\n" + "\n".join(
                (f"[{e.note}] " if e.note else "") + (f"({e.where}) " if e.where else "")
                + _clip(e.text) for e in cells[0].evidence)
            c.comment = Comment(note, "nlpolicy", width=360, height=200)
    _finish(ws, len(header), len(m.tasks), header_row=hr, text_cols=len(FIXED))
    ws.print_title_rows = f"{hr - 1}:{hr}"
    scale, breaks = print_plan([a.level for a in m.agencies])
    if scale is not None:
        ws.sheet_properties.pageSetUpPr.fitToPage = False
        ws.page_setup.scale = scale
        ws.print_title_cols = f"A:{get_column_letter(len(FIXED))}"
        for b in breaks:
            ws.col_breaks.append(Break(id=len(FIXED) + b))


def _appendix_sheet(ws, m: Matrix, agency: str | None = None) -> None:
    """The phụ lục (all tasks, or one agency's) in the eight columns staff use."""
    ws.title = APPENDIX_SHEET
    res = m.resolution
    title = f"PHỤ LỤC PHÂN CÔNG NHIỆM VỤ THỰC HIỆN {res.label.upper()}" + (
        f" – {agency}" if agency else "")
    note = (f"Các cột cơ quan ghi đúng tên văn bản nêu ở nhiệm vụ; cơ quan {INFERRED_VI} ghi ở "
            f"cột Ghi chú. {MANUAL_MARK} = {MANUAL_VI}."
            + (f" Tình trạng tính đến ngày {m.as_of:%d/%m/%Y}." if m.as_of else ""))
    widths = [5, 60, 24, 28, 14, 22, 20, 34]
    st = _frame(ws, title, note, list(APPENDIX_COLUMNS), widths, freeze_col=3)
    r = HEADER_ROW
    for row in appendix_rows(m, agency):
        r += 1
        if row.group:
            c = ws.cell(row=r, column=1, value=row.group)
            _put(st, c, "head_font", "group_fill", "wrap")
            ws.merge_cells(start_row=r, start_column=1, end_row=r,
                           end_column=len(APPENDIX_COLUMNS))
            continue
        for col, (name, v) in enumerate(zip(APPENDIX_COLUMNS, row.values), 1):
            c = ws.cell(row=r, column=col, value=row.n if col == 1 else v)
            _put(st, c, "wrap", "border", *(("manual_fill",) if name in row.manual else ()),
                 *(("note",) if col == 8 else ()))
    _finish(ws, len(APPENDIX_COLUMNS), r - HEADER_ROW)


def _targets_sheet(ws, m: Matrix) -> None:
    header = ["STT", "Mục", "Chỉ tiêu", "Đối tượng", "Loại", "So sánh", "Giá trị", "Đơn vị",
              "Năm", "Giai đoạn", "Giá trị báo cáo mới nhất", "Năm báo cáo",
              "Nguồn số liệu báo cáo", "Tình trạng", "Văn bản", "Trích dẫn"]
    widths = [5, 8, 40, 24, 12, 9, 9, 11, 7, 11, 12, 9, 18, 13, 14, 60]
    st = _frame(ws, f"CHỈ TIÊU – {m.resolution.label}",
                "Chỉ tiêu (mục tiêu phải đạt) và số liệu thực hiện (giá trị đã đạt) trong các văn "
                "bản; giá trị báo cáo mới nhất lấy từ văn bản triển khai đã đối chiếu.",
                header, widths, freeze_col=4)
    for n, t in enumerate(m.targets, 1):
        rep = t.reported
        values = [n, t.section, t.indicator, t.subject or "", TARGET_KIND_VI.get(t.kind, t.kind),
                  COMPARATOR_VI.get(t.comparator, t.comparator),
                  t.value if t.value_max is None else t.value_vi, t.unit, t.year,
                  f"{t.period[0]}–{t.period[1]}" if t.period else "",
                  rep.value if rep else None, rep.year if rep else None,
                  rep.document if rep else "", t.status, m.documents[t.doc].label,
                  t.evidence.text]
        for col, v in enumerate(values, 1):
            c = ws.cell(row=HEADER_ROW + n, column=col, value=v)
            _put(st, c, "wrap", "border")
    _finish(ws, len(header), len(m.targets))


def _checklist_sheet(ws, m: Matrix, agency) -> None:
    header = ["STT", "Thời hạn", "Mục", "Nhiệm vụ", "Vai trò", "Tình trạng", "Văn bản"]
    widths = [5, 16, 8, 70, 20, 26, 16]
    st = _frame(ws, f"VIỆC CẦN LÀM – {agency.name}",
                "Xếp theo thời hạn; nhiệm vụ chưa có thời hạn ở cuối. " + LEGEND.split(". Di")[0]
                + ".", header, widths, freeze_col=1)
    items = m.checklist(agency.name)
    for n, it in enumerate(items, 1):
        t = it.task
        status = t.status + (f": {'; '.join(t.status_detail)}" if t.status_detail else "")
        values = [n, t.deadline.label if t.deadline else "", t.section, t.text, it.roles_vi,
                  status, m.documents[t.doc].label]
        for col, v in enumerate(values, 1):
            c = ws.cell(row=HEADER_ROW + n, column=col, value=v)
            names = ["wrap", "border"]
            if col == 5 and all(x.inferred for x in it.cells):
                names.append("inferred")
            if (col == 5 and any(x.manual for x in it.cells)) or (
                    col == 2 and t.is_manual("deadline")) or (col == 6 and t.is_manual("status")):
                names.append("manual_fill")
            _put(st, c, *names)
    _finish(ws, len(header), len(items))


def _sources_sheet(ws, m: Matrix, now: datetime) -> None:
    header = ["STT", "Loại", "Số, ký hiệu", "Ngày", "Cơ quan ban hành", "Trích yếu", "Tệp"]
    widths = [5, 22, 16, 12, 28, 60, 40]
    note = (f"Lập bởi nlpolicy {__version__} lúc {stamp(now)}. "
            + (f"Tình trạng nhiệm vụ tính đến ngày {m.as_of:%d/%m/%Y}, theo các báo cáo đã "
               "đối chiếu." if m.status_known and m.as_of else
               "Chưa có báo cáo nêu tình trạng nhiệm vụ: tình trạng là \"Chưa có thông tin\".")
            + "".join(f" {n}." for n in m.left_out))
    st = _frame(ws, "NGUỒN", note, header, widths, freeze_col=1)
    for n, d in enumerate(m.documents, 1):
        values = [n, d.kind_vi + (" (văn bản chính)" if n == 1 else ""), d.number or "",
                  d.date_vi, d.issuer or "", d.title or "", d.path or ""]
        for col, v in enumerate(values, 1):
            c = ws.cell(row=HEADER_ROW + n, column=col, value=v)
            _put(st, c, "wrap", "border")
    _finish(ws, len(header), len(m.documents))


def _clip(text: str, limit: int = 600) -> str:
    return text if len(text) <= limit else text[:limit].rstrip() + "…"
