"""``matrix.docx``: the phụ lục phân công nhiệm vụ, ready to attach to a plan or send out.

A4 landscape, Times New Roman, the eight columns staff use (see :mod:`.appendix`): STT, Nội
dung nhiệm vụ, Cơ quan chủ trì, Cơ quan phối hợp, Thời gian hoàn thành, Sản phẩm, Tiến độ /
Tình trạng, Ghi chú; the header row repeated on every page, page numbers in the footer ("Trang
3/12"), rows grouped under the parts of the document.  The agency cells hold only the
document's own wording: inferred agencies, report lines and corrections are in "Ghi chú".
``render_docx(matrix, now, agency=...)`` gives the same table for one agency, the file sent to it.
"""
from __future__ import annotations

import io
from copy import deepcopy
from datetime import datetime, timezone

from nlpolicy import __version__
from nlpolicy.report.appendix import COLUMNS, MANUAL_MARK, appendix_rows
from nlpolicy.report.matrix import INFERRED_VI, MANUAL_VI, Matrix

WIDTHS_CM = (1.3, 7.8, 3.3, 3.5, 2.2, 2.7, 3.0, 2.9)
FONT = "Times New Roman"


def render_docx(matrix: Matrix, now: datetime, agency: str | None = None) -> bytes:
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
    sec.left_margin = sec.right_margin = Cm(1.5)
    sec.top_margin = sec.bottom_margin = Cm(1.5)
    _page_numbers(sec.footer.paragraphs[0])

    res = matrix.resolution
    heads = [("PHỤ LỤC", True, False, 14),
             (f"PHÂN CÔNG NHIỆM VỤ THỰC HIỆN {res.label.upper()}", True, False, 14),
             (res.title or "", True, False, 13)]
    if agency:
        heads.append((f"Nhiệm vụ của {agency}", True, False, 13))
    heads.append(("(Kèm theo Kế hoạch số …… ngày …… tháng …… năm ……)", False, True, 12))
    for text, bold, italic, size in heads:
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
        _write(cell, label, bold=True, center=True, size=11)
    widths = [Cm(w) for w in WIDTHS_CM]
    for cell, width in zip(head.cells, widths):
        cell.width = width
    # one row of each kind is laid out with python-docx, then copied for every row: building
    # each row through python-docx took 5 ms a row (seconds for a chain's phụ lục)
    task_proto = _task_prototype(table, widths)
    group_proto = _group_prototype(table)
    tbl = table._tbl
    for row in appendix_rows(matrix, agency):
        if row.group:
            tr = deepcopy(group_proto)
            _fill(tr.tc_lst[0], row.group)
        else:
            tr = deepcopy(task_proto)
            for tc, value in zip(tr.tc_lst, row.values):
                _fill(tc, value)
        tbl.append(tr)
    for column, width in zip(table.columns, widths):
        column.width = width

    legend = doc.add_paragraph()
    legend.paragraph_format.space_before = Pt(6)
    r = legend.add_run(
        f"Ghi chú: các cột cơ quan ghi đúng tên văn bản nêu ở nhiệm vụ; cơ quan {INFERRED_VI} "
        "(văn bản giao chung ở phần tổ chức thực hiện) ghi ở cột Ghi chú. "
        f"Dấu {MANUAL_MARK}: {MANUAL_VI}. "
        + (f"Tình trạng tính đến ngày {matrix.as_of:%d/%m/%Y}. " if matrix.as_of else "")
        + f"Lập tự động bởi nlpolicy {__version__}; cần rà soát trước khi ban hành.")
    r.italic, r.font.size = True, Pt(10)

    naive = now.astimezone(timezone.utc).replace(tzinfo=None, microsecond=0)
    cp = doc.core_properties
    cp.author = cp.last_modified_by = f"nlpolicy {__version__}"
    cp.title = f"Phụ lục phân công nhiệm vụ – {res.label}" + (f" – {agency}" if agency else "")
    cp.language = "vi-VN"
    cp.created = cp.modified = naive
    cp.last_printed = naive
    cp.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    return pin_zip(buf.getvalue(), now)


def _page_numbers(paragraph) -> None:
    """ "Trang N/M" centred in the footer, with Word's PAGE and NUMPAGES fields."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for part in ("Trang ", "PAGE", "/", "NUMPAGES"):
        if part in ("PAGE", "NUMPAGES"):
            _field(paragraph, part)
        else:
            paragraph.add_run(part).font.size = Pt(10)


def _field(paragraph, code: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt
    for kind, text in (("begin", None), (None, f" {code} "), ("separate", None), (None, "1"),
                       ("end", None)):
        run = paragraph.add_run()
        run.font.size = Pt(10)
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
            run._r.append(el)
        elif text.strip() == code:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
            run._r.append(el)
        else:
            run.text = text


def _task_prototype(table, widths):
    """A task row, styled, taken out of the table: cells of one paragraph and one run each."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    row = table.add_row()
    for i, (cell, width) in enumerate(zip(row.cells, widths)):
        cell.width = width
        p = cell.paragraphs[0]
        run = p.add_run("x")
        run.font.size = Pt(11)
        if i in (0, 4):
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if i == 7:
            run.italic = True
    tr = row._tr
    tr.getparent().remove(tr)
    return tr


def _group_prototype(table):
    """A group row (one cell across the table, bold), taken out of the table."""
    row = table.add_row()
    merged = row.cells[0].merge(row.cells[-1])
    _write(merged, "x", bold=True)
    tr = row._tr
    tr.getparent().remove(tr)
    return tr


def _fill(tc, value: str) -> None:
    """Put ``value`` in a copied cell, one paragraph a line."""
    first = tc.p_lst[0]
    lines = value.split("\n")
    first.r_lst[0].t_lst[0].text = lines[0]
    anchor = first
    for line in lines[1:]:
        p = deepcopy(first)
        p.r_lst[0].t_lst[0].text = line
        anchor.addnext(p)
        anchor = p


def _write(cell, text: str, *, bold: bool = False, center: bool = False,
           size: int | None = None) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)
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
