"""A table row under an empty STT cell that has figures of its own ("- Vụ Xuân | ha | 1.300 | 1.350"
under row 1 "Diện tích gieo trồng ngô cả năm"): it belongs to the row above (DOMAIN.md 4b: its section
is the row's), and its figures are its own, not the row's, whatever layout the table arrived in.

The report and its table are invented (a commune's half-year report, as such reports tabulate their
indicators); each layout is one a converter gives the same Word table.
"""
from __future__ import annotations

from nlpolicy.document import from_raw
from nlpolicy.extract.pipeline import extract_document
from nlpolicy.types import RawDocument

HEAD = ("ỦY BAN NHÂN DÂN\nXÃ PHÚ LỘC\nSố: 51/BC-UBND\nPhú Lộc, ngày 20 tháng 6 năm 2026\n\nBÁO CÁO\n"
        "Kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2026\n\nI. KẾT QUẢ\nCác chỉ tiêu chủ yếu tại Phụ lục kèm theo.\n\n"
        "PHỤ LỤC\nCÁC CHỈ TIÊU CHỦ YẾU 6 THÁNG ĐẦU NĂM 2026\n")
COLUMNS = ["STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch năm 2026", "Thực hiện 6 tháng"]
ROWS = [["1", "Diện tích gieo trồng ngô cả năm", "ha", "2.400", "1.350"],
        ["", "- Vụ Xuân 2026", "ha", "1.300", "1.350"],
        ["", "- Vụ Thu 2026", "ha", "1.100", "0"],
        ["2", "Sản lượng ngô", "tấn", "13.200", "7.020"],
        ["3", "Tỷ lệ hộ dân sử dụng nước sạch", "%", "85", "82,4"]]

EXPECTED = [("PL1.1", "target", 2400, "ha"), ("PL1.1", "baseline", 1350, "ha"),
            ("PL1.1", "target", 1300, "ha"), ("PL1.1", "baseline", 1350, "ha"),
            ("PL1.1", "target", 1100, "ha"), ("PL1.1", "baseline", 0, "ha"),
            ("PL1.2", "target", 13200, "tấn"), ("PL1.2", "baseline", 7020, "tấn"),
            ("PL1.3", "target", 85, "%"), ("PL1.3", "baseline", 82.4, "%")]


def pipes(rows):
    return "".join("| " + " | ".join(r) + " |\n" + ("|---" * len(r) + "|\n" if k == 0 else "")
                   for k, r in enumerate(rows))


def tabs(rows):
    return "".join("\t".join(r) + "\n" for r in rows)


def cell_a_line(rows):
    # Word: each cell a paragraph, an empty cell an empty paragraph, a blank line after each row
    return "".join("\n".join(r) + "\n\n" for r in rows)


def targets(text: str) -> list[tuple[str, str, float, str]]:
    ex = extract_document(from_raw(RawDocument(path="t.txt", text=text, encoding="utf-8")))
    return sorted((t.section, t.kind, t.value, t.unit) for t in ex.targets if t.year == 2026)


def test_a_line_under_an_empty_stt_cell_keeps_its_own_figures_in_every_layout():
    for layout in (pipes, tabs, cell_a_line):
        got = targets(HEAD + layout([COLUMNS] + ROWS))
        assert got == sorted(EXPECTED), layout.__name__


def test_a_line_under_an_empty_stt_cell_names_the_row_it_belongs_to():
    ex = extract_document(from_raw(RawDocument(path="t.txt", text=HEAD + cell_a_line([COLUMNS] + ROWS),
                                               encoding="utf-8")))
    spring = [t for t in ex.targets if t.value == 1300]
    assert [t.indicator for t in spring] == ["Diện tích gieo trồng ngô cả năm: Vụ Xuân 2026"]


def test_bullets_that_go_on_in_a_cell_open_no_line_of_their_own():
    # a plan's task table: a product cell of two bullet paragraphs is one cell of the row, not a second line
    text = ("ỦY BAN NHÂN DÂN\nXÃ PHÚ LỘC\nSố: 52/KH-UBND\nPhú Lộc, ngày 2 tháng 3 năm 2026\n\nKẾ HOẠCH\n"
            "Chuyển đổi số năm 2026\n\nI. NHIỆM VỤ\nCác nhiệm vụ tại Phụ lục kèm theo.\n\nPHỤ LỤC\n"
            "STT\nNhiệm vụ\nCơ quan chủ trì\nThời gian\nSản phẩm\n"
            "1\nSố hóa hồ sơ hộ tịch\nCông chức Tư pháp - Hộ tịch\nQuý III/2026\n- Kho dữ liệu hộ tịch\n- Báo cáo 12 tháng\n\n"
            "2\nCập nhật cơ sở dữ liệu đất đai\nCông chức Địa chính - Xây dựng\nQuý IV/2026\nCơ sở dữ liệu\n\n")
    ex = extract_document(from_raw(RawDocument(path="t.txt", text=text, encoding="utf-8")))
    tables = [t for t in ex.document.text_tables if len(t.rows) == 2]
    assert tables and all(c.sub == 0 for r in tables[0].rows for c in r.cells)
    product = [c.text for c in tables[0].rows[0].cells if c.role.value == "product"]
    assert product == ["- Kho dữ liệu hộ tịch\n- Báo cáo 12 tháng"]
