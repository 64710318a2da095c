"""``matrix.xlsx``: the matrix, the targets, one checklist per agency, and the sources.

Every data sheet has the same frame: a title on row 1, a note on row 2, the
header on row 3 (frozen, filtered, repeated on each printed page), A4
landscape fitted to the page width.  Inferred roles are lower case, italic and
grey with no fill; explicit ones are bold upper case on a coloured fill.
"""
from __future__ import annotations

import io
import re
from datetime import datetime, timezone

from nlpolicy import __version__
from nlpolicy.report.checklist import stamp
from nlpolicy.report.matrix import (COMPARATOR_VI, INFERRED_VI, ROLE_LETTER, ROLE_VI,
                                    TARGET_KIND_VI, TASK_UNCHECKED, Matrix)

MATRIX_SHEET = "Ma trận phân công"
TARGETS_SHEET = "Chỉ tiêu"
SOURCES_SHEET = "Nguồn"
HEADER_ROW = 3
ROLE_FILL = {"lead": "F8CBAD", "support": "BDD7EE", "report_to": "C6E0B4"}
GREY = "808080"
LEGEND = ("Vai trò: " + ", ".join(f"{ROLE_LETTER[r]} = {v}" for r, v in ROLE_VI.items())
          + f". Chữ thường, nghiêng, màu xám = ({INFERRED_VI}): văn bản không nêu tên cơ quan "
          "ở nhiệm vụ này mà giao chung ở phần tổ chức thực hiện. "
          "Di chuột lên ô để xem câu trích dẫn.")

_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")


def sheet_names(names, reserved=(MATRIX_SHEET, TARGETS_SHEET, SOURCES_SHEET)) -> list[str]:
    """Excel-safe, unique sheet names (≤ 31 characters, none of []:*?/\\).

    Excel compares sheet names without case, so uniqueness does too.

    >>> sheet_names(["Sở Công Thương", "Sở Công Thương", "a/b", "x" * 40])
    ['Sở Công Thương', 'Sở Công Thương (2)', 'a-b', 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx']
    """
    taken = {r.casefold() for r in reserved}
    out = []
    for name in names:
        base = _BAD_SHEET_CHARS.sub("-", name).strip("' ") or "Cơ quan"
        base = base[:31].rstrip()
        cand, n = base, 2
        while cand.casefold() in taken:
            suffix = f" ({n})"
            cand, n = base[:31 - len(suffix)].rstrip() + suffix, n + 1
        taken.add(cand.casefold())
        out.append(cand)
    return out


def render_xlsx(matrix: Matrix, now: datetime) -> bytes:
    from openpyxl import Workbook
    from openpyxl.writer.excel import ExcelWriter
    from zipfile import ZIP_DEFLATED, ZipFile

    from nlpolicy.report.files import pin_zip

    wb = Workbook()
    _matrix_sheet(wb.active, matrix)
    _targets_sheet(wb.create_sheet(TARGETS_SHEET), matrix)
    for agency, name in zip(matrix.agencies, sheet_names(a.short for a in matrix.agencies)):
        _checklist_sheet(wb.create_sheet(name), matrix, agency)
    _sources_sheet(wb.create_sheet(SOURCES_SHEET), matrix, now)

    naive = now.astimezone(timezone.utc).replace(tzinfo=None, microsecond=0)
    props = wb.properties
    props.creator = props.lastModifiedBy = f"nlpolicy {__version__}"
    props.title = f"Ma trận phân công – {matrix.resolution.label}"
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
        "border": Border(left=thin, right=thin, top=thin, bottom=thin),
        "wrap": Alignment(wrap_text=True, vertical="top"),
        "center": Alignment(horizontal="center", vertical="center", wrap_text=True),
        "rotated": Alignment(horizontal="center", vertical="bottom", text_rotation=90,
                             wrap_text=True),
        "explicit": Font(bold=True),
        "inferred": Font(italic=True, color=GREY),
        "fill": {r: PatternFill("solid", fgColor=c) for r, c in ROLE_FILL.items()},
    }


def _frame(ws, title: str, note: str, header: list[str], widths: list[float],
           freeze_col: int = 1, rotate_from: int | None = None) -> dict:
    """Title, note and header rows, widths, print set-up.  Returns the styles."""
    from openpyxl.utils import get_column_letter
    st = _styles()
    ws["A1"] = title
    ws["A1"].font = st["title"]
    ws["A2"] = note
    ws["A2"].font = st["note"]
    last = get_column_letter(len(header))
    ws.merge_cells(f"A2:{last}2")
    ws["A2"].alignment = st["wrap"]
    ws.row_dimensions[2].height = 30
    for i, (label, width) in enumerate(zip(header, widths), 1):
        c = ws.cell(row=HEADER_ROW, column=i, value=label)
        c.font, c.fill, c.border = st["head_font"], st["head_fill"], st["border"]
        c.alignment = st["rotated"] if rotate_from and i >= rotate_from else st["center"]
        ws.column_dimensions[get_column_letter(i)].width = width
    if rotate_from:
        longest = max((len(h) for h in header[rotate_from - 1:]), default=10)
        ws.row_dimensions[HEADER_ROW].height = min(max(60, 4.2 * min(longest, 45)), 190)
    ws.freeze_panes = ws.cell(row=HEADER_ROW + 1, column=freeze_col)
    ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.5
    ws.oddFooter.center.text = "Trang &P / &N"
    return st


def _finish(ws, n_cols: int, n_rows: int) -> None:
    from openpyxl.utils import get_column_letter
    last_row = max(HEADER_ROW + n_rows, HEADER_ROW)
    ws.auto_filter.ref = f"A{HEADER_ROW}:{get_column_letter(n_cols)}{last_row}"


def _matrix_sheet(ws, m: Matrix) -> None:
    from openpyxl.comments import Comment
    ws.title = MATRIX_SHEET
    fixed = ["STT", "Văn bản", "Mục", "Nhiệm vụ", "Thời hạn", "Tình trạng"]
    header = fixed + [a.name for a in m.agencies]
    widths = [5, 14, 8, 60, 14, 16] + [5.5] * len(m.agencies)
    res = m.resolution
    title = f"MA TRẬN PHÂN CÔNG NHIỆM VỤ – {res.label}" + (f" {res.title}" if res.title else "")
    st = _frame(ws, title, LEGEND, header, widths, freeze_col=len(fixed) + 1,
                rotate_from=len(fixed) + 1)
    for n, t in enumerate(m.tasks, 1):
        r = HEADER_ROW + n
        values = [n, m.documents[t.doc].label, t.section, t.text,
                  t.deadline.label if t.deadline else "", t.status]
        for col, v in enumerate(values, 1):
            c = ws.cell(row=r, column=col, value=v)
            c.alignment, c.border = st["wrap"], st["border"]
        for col, agency in enumerate(m.agencies, len(fixed) + 1):
            c = ws.cell(row=r, column=col)
            c.border, c.alignment = st["border"], st["center"]
            cells = t.cells_of(agency.name)
            if not cells:
                continue
            c.value = "/".join(x.letter for x in cells)
            if all(x.inferred for x in cells):
                c.font = st["inferred"]
            else:
                c.font = st["explicit"]
                c.fill = st["fill"][next(x.role for x in cells if not x.inferred)]
            note = "\n".join(
                f"{agency.name}: {x.role_vi}." for x in cells) + "\n" + "\n".join(
                (f"[{e.note}] " if e.note else "") + _clip(e.text) for e in cells[0].evidence)
            c.comment = Comment(note, "nlpolicy", width=360, height=200)
    _finish(ws, len(header), len(m.tasks))


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
            c.alignment, c.border = st["wrap"], st["border"]
    _finish(ws, len(header), len(m.targets))


def _checklist_sheet(ws, m: Matrix, agency) -> None:
    header = ["STT", "Thời hạn", "Mục", "Nhiệm vụ", "Vai trò", "Tình trạng", "Văn bản"]
    widths = [5, 16, 8, 70, 20, 22, 16]
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
            c.alignment, c.border = st["wrap"], st["border"]
            if col == 5 and all(x.inferred for x in it.cells):
                c.font = st["inferred"]
    _finish(ws, len(header), len(items))


def _sources_sheet(ws, m: Matrix, now: datetime) -> None:
    header = ["STT", "Loại", "Số, ký hiệu", "Ngày", "Cơ quan ban hành", "Trích yếu", "Tệp"]
    widths = [5, 22, 16, 12, 28, 60, 40]
    note = (f"Lập bởi nlpolicy {__version__} lúc {stamp(now)}. "
            + ("Tình trạng nhiệm vụ theo liên kết với các văn bản triển khai."
               if m.linked else f"Chưa có liên kết văn bản triển khai: tình trạng nhiệm vụ "
               f"là \"{TASK_UNCHECKED}\"."))
    st = _frame(ws, "NGUỒN", note, header, widths, freeze_col=1)
    for n, d in enumerate(m.documents, 1):
        values = [n, d.kind_vi + (" (văn bản chính)" if n == 1 else ""), d.number or "",
                  d.date_vi, d.issuer or "", d.title or "", d.path or ""]
        for col, v in enumerate(values, 1):
            c = ws.cell(row=HEADER_ROW + n, column=col, value=v)
            c.alignment, c.border = st["wrap"], st["border"]
    _finish(ws, len(header), len(m.documents))


def _clip(text: str, limit: int = 600) -> str:
    return text if len(text) <= limit else text[:limit].rstrip() + "…"
