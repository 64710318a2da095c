"""``matrix.docx``: the matrix as a "phụ lục phân công nhiệm vụ" to attach to a plan.

A4 landscape, Times New Roman 12, the usual five columns (STT, Nhiệm vụ, Cơ
quan chủ trì, Cơ quan phối hợp, Thời hạn), the header row repeated on every
page, rows grouped under the parts of the document ("II. QUAN ĐIỂM, MỤC
TIÊU ...").  Inferred agencies carry "(suy luận)" in grey italics; the bodies
a task reports to are named under the task.
"""
from __future__ import annotations

import io
from datetime import datetime, timezone

from nlpolicy import __version__
from nlpolicy.report.matrix import INFERRED_VI, Matrix, TaskRow

COLUMNS = ("STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn")
WIDTHS_CM = (1.3, 12.4, 4.6, 4.6, 2.8)
FONT = "Times New Roman"


def render_docx(matrix: Matrix, now: datetime) -> bytes:
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    from nlpolicy.report.files import pin_zip

    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(12)
    _east_asian_font(normal)
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin = sec.bottom_margin = Cm(1.5)

    res = matrix.resolution
    for text, bold, italic, size in (
            ("PHỤ LỤC", True, False, 14),
            (f"PHÂN CÔNG NHIỆM VỤ THỰC HIỆN {res.label.upper()}", True, False, 14),
            (res.title or "", True, False, 13),
            ("(Kèm theo Kế hoạch số …… ngày …… tháng …… năm ……)", False, True, 12)):
        if not text:
            continue
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(2)
        run = p.add_run(text)
        run.bold, run.italic, run.font.size = bold, italic, Pt(size)

    table = doc.add_table(rows=1, cols=len(COLUMNS))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    head = table.rows[0]
    _repeat_header(head)
    for cell, label in zip(head.cells, COLUMNS):
        _write(cell, label, bold=True, center=True)
    n = 0
    for d_index, d in enumerate(matrix.documents):
        rows = [t for t in matrix.tasks if t.doc == d_index]
        if not rows:
            continue
        if len(matrix.documents) > 1:
            _group_row(table, f"{d.label}" + (f" {d.title}" if d.title else ""))
        part = None
        for t in rows:
            top = t.section.split(".")[0]
            if top != part:
                part = top
                heading = d.heading(top)
                _group_row(table, f"{top}. {heading}" if heading else top)
            n += 1
            _task_row(table, n, t)
    for row in table.rows:
        for cell, width in zip(row.cells, WIDTHS_CM):
            cell.width = Cm(width)

    legend = doc.add_paragraph()
    legend.paragraph_format.space_before = Pt(6)
    r = legend.add_run(f"Ghi chú: cơ quan ghi \"({INFERRED_VI})\" là cơ quan không được nêu tên ở "
                       "nhiệm vụ đó mà được giao chung ở phần tổ chức thực hiện. "
                       f"Lập tự động bởi nlpolicy {__version__}; cần rà soát trước khi ban hành.")
    r.italic, r.font.size = True, Pt(10)

    naive = now.astimezone(timezone.utc).replace(tzinfo=None, microsecond=0)
    cp = doc.core_properties
    cp.author = cp.last_modified_by = f"nlpolicy {__version__}"
    cp.title = f"Phụ lục phân công nhiệm vụ – {res.label}"
    cp.language = "vi-VN"
    cp.created = cp.modified = naive
    cp.last_printed = naive
    cp.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    return pin_zip(buf.getvalue(), now)


def _task_row(table, n: int, t: TaskRow) -> None:
    cells = table.add_row().cells
    _write(cells[0], str(n), center=True)
    _write(cells[1], f"{t.section} – {t.text}")
    reports = [c for c in t.cells if c.role == "report_to"]
    if reports:
        p = cells[1].add_paragraph()
        run = p.add_run("Báo cáo: " + ", ".join(c.agency for c in reports) + ".")
        run.italic = True
    for cell, role in ((cells[2], "lead"), (cells[3], "support")):
        first = True
        for c in (c for c in t.cells if c.role == role):
            p = cell.paragraphs[0] if first else cell.add_paragraph()
            first = False
            p.add_run(c.agency)
            if c.inferred:
                from docx.shared import RGBColor
                run = p.add_run(f" ({INFERRED_VI})")
                run.italic = True
                run.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
    _write(cells[4], t.deadline.label if t.deadline else "", center=True)


def _group_row(table, text: str) -> None:
    row = table.add_row()
    merged = row.cells[0].merge(row.cells[-1])
    _write(merged, text, bold=True)


def _write(cell, text: str, *, bold: bool = False, center: bool = False) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def _repeat_header(row) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tr_pr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    tr_pr.append(el)


def _east_asian_font(style) -> None:
    """Word picks a font per script; set them all so Vietnamese marks use Times too."""
    from docx.oxml.ns import qn
    rpr = style.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        from docx.oxml import OxmlElement
        fonts = OxmlElement("w:rFonts")
        rpr.append(fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), FONT)
