"""Tables as exports write them: every text below is invented.

Drawn with box characters (a PDF tool's layout mode, a plain-text export): a row whose cells wrap
onto several lines inside their columns reads as one pipe row, each cell's pieces in order and
pointing at their own source; the header a PDF repeats over the table's rows on a new page is no
row of figures; the figures read as targets with their columns' years.

Exported from a spreadsheet as CSV: the rows read as pipe rows, quoted cells whole, and the annex's
lead and support columns assign its rows; prose with commas is left as it is.

Written as Markdown with long column titles wrapped inside their columns over several header lines: the lines above
the rule are one header, each column's pieces joined; a table whose rows are years and whose columns are indicators
gives a target per cell, its indicator and unit from the column, its year from the row.

Laid out in fixed columns and ruled only above and below its header and under its last row: its numbered rows stay
rows, and a cell wrapped onto a line of its own (an empty number cell, text only where the row above has some) joins
its row's cell; a line filling a cell the row above leaves empty is a row of its own."""
from __future__ import annotations

import textwrap

from nlpolicy.document import from_raw
from nlpolicy.extract.pipeline import extract_document
from nlpolicy.normalize import normalize
from nlpolicy.types import RawDocument

HEADER = ["STT", "Chỉ tiêu", "Đơn vị tính", "Hiện trạng năm 2026", "Mục tiêu năm 2028", "Mục tiêu năm 2030"]
ROWS = [
    ["1", "Tỷ lệ hộ gia đình ở vùng nông thôn được sử dụng nước sạch đạt quy chuẩn", "%", "61,5", "70", "≥ 80"],
    ["2", "Số công trình cấp nước tập trung hoạt động bền vững", "công trình", "48", "60", "75"],
    ["3", "Tỷ lệ thất thoát nước sạch", "%", "24,0", "≤ 20", "< 15"],
]
WIDTHS = [5, 30, 10, 12, 10, 10]


def box(rows: list[list[str]], widths: list[int]) -> list[str]:
    """The lines of a box table, each cell wrapped inside its column and padded (the header row first)."""
    def rule(left: str, mid: str, right: str) -> str:
        return "  " + left + mid.join("─" * (w + 2) for w in widths) + right
    out = [rule("┌", "┬", "┐")]
    for k, row in enumerate(rows):
        pieces = [textwrap.wrap(cell, w) or [""] for cell, w in zip(row, widths)]
        for n in range(max(len(p) for p in pieces)):
            cells = (f" {(p[n] if n < len(p) else ''):<{w}} " for p, w in zip(pieces, widths))
            out.append("  │" + "│".join(cells) + "│")
        out.append(rule("├", "┼", "┤") if k + 1 < len(rows) else rule("└", "┴", "┘"))
    return out


PLAN = ("ỦY BAN NHÂN DÂN\nTỈNH AN BÌNH\nSố: 41/KH-UBND\nAn Bình, ngày 12 tháng 3 năm 2027\n\nKẾ HOẠCH\n"
        "Cấp nước sạch nông thôn giai đoạn 2027 - 2030\n\nI. MỤC TIÊU\n1. Các chỉ tiêu cụ thể như sau:\n{table}\n"
        "II. TỔ CHỨC THỰC HIỆN\nSở Nông nghiệp và Môi trường chủ trì theo dõi, tổng hợp kết quả thực hiện.\n")


def test_a_box_table_reads_as_pipe_rows_each_cell_whole():
    raw = "\n".join(box([HEADER] + ROWS, WIDTHS)) + "\n"
    assert raw.count("\n") > 4 * len(ROWS)      # cells do wrap
    norm = normalize(raw)
    lines = [ln for ln in norm.text.split("\n") if ln.strip()]
    assert lines[0] == "STT | Chỉ tiêu | Đơn vị tính | Hiện trạng năm 2026 | Mục tiêu năm 2028 | Mục tiêu năm 2030"
    assert lines[1:] == [" | ".join(r) for r in ROWS]
    # a piece moved up from a lower line keeps pointing at its own source
    word = "quy chuẩn"
    at = norm.text.index(word)
    src = norm.source_offsets[at]
    assert raw[src:src + len(word)] == word


def test_a_header_repeated_over_a_new_page_is_no_row_of_figures():
    first, second = box([HEADER] + ROWS[:2], WIDTHS), box([HEADER] + ROWS[2:], WIDTHS)
    table = "\n".join(first) + "\n\n" + "\n".join(second)       # (the page number between them gone as furniture)
    for text in (PLAN.format(table="\n".join(box([HEADER] + ROWS, WIDTHS))), PLAN.format(table=table)):
        ex = extract_document(from_raw(RawDocument("kh.txt", text, "utf-8")))
        got = {(t.kind, t.value, t.year) for t in ex.targets}
        assert {("target", 70.0, 2028), ("target", 80.0, 2030), ("baseline", 61.5, 2026), ("target", 60.0, 2028),
                ("target", 75.0, 2030), ("target", 15.0, 2030)} <= got, sorted(got)
        assert not any(t.value in (2026.0, 2028.0, 2030.0) for t in ex.targets), sorted(got)


CSV_ANNEX = (
    "STT,Nhiệm vụ,Cơ quan chủ trì,Cơ quan phối hợp,Thời gian thực hiện,Sản phẩm\n"
    "1,Xây dựng hồ sơ đăng ký nhãn hiệu chứng nhận gạo Tân Phú,Sở Khoa học và Công nghệ,"
    "\"Sở Nông nghiệp và Môi trường, Ủy ban nhân dân xã Tân Phú\",2027 - 2028,Văn bằng bảo hộ\n"
    "2,Tổ chức hội chợ nông sản có chỉ dẫn địa lý,Sở Công Thương,,Quý III/2028,Hội chợ\n"
    "3,\"Truy xuất nguồn gốc, tem điện tử cho sản phẩm được bảo hộ\",Sở Nông nghiệp và Môi trường,"
    "Sở Khoa học và Công nghệ,Hằng năm,Hệ thống truy xuất\n")
PROSE = ("Các sở, ban, ngành, Ủy ban nhân dân các xã, phường căn cứ chức năng, nhiệm vụ, chủ động triển khai.\n" * 3)


def test_a_csv_table_reads_as_pipe_rows_and_prose_with_commas_stays():
    text = normalize(PROSE + CSV_ANNEX).text
    assert text.startswith(PROSE)
    assert ("1 | Xây dựng hồ sơ đăng ký nhãn hiệu chứng nhận gạo Tân Phú | Sở Khoa học và Công nghệ | "
            "Sở Nông nghiệp và Môi trường, Ủy ban nhân dân xã Tân Phú | 2027 - 2028 | Văn bằng bảo hộ") in text
    assert "3 | Truy xuất nguồn gốc, tem điện tử cho sản phẩm được bảo hộ | Sở Nông nghiệp" in text
    assert "2 | Tổ chức hội chợ nông sản có chỉ dẫn địa lý | Sở Công Thương | | Quý III/2028" in text
    # a pipe table whose figures have decimal commas is no CSV
    figures = "".join(f"| {n} | Tỷ lệ bao phủ số {n} | 24,8 | 23,5 | 20,0 |\n" for n in range(1, 6))
    assert normalize(figures).text.count("| 24,8 | 23,5 | 20,0") == 5
    laid_out = "".join(f"  {n}    Tỷ lệ giải quyết xong số {n} (%)        84,55      85,97     +1,42\n"
                       for n in range(1, 6))
    assert normalize(laid_out).text.count("84,55") == 5 and "|" not in normalize(laid_out).text


def test_a_csv_annex_assigns_its_rows():
    doc = PLAN.format(table="1. Bảo hộ các sản phẩm nông sản chủ lực.\n").replace(
        "II. TỔ CHỨC THỰC HIỆN", "II. TỔ CHỨC THỰC HIỆN") + (
        "\nNơi nhận:\n- Như trên.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLê Văn An\n\nPHỤ LỤC\n"
        "DANH MỤC NHIỆM VỤ\n(Kèm theo Kế hoạch số 41/KH-UBND ngày 12/3/2027)\n\n" + CSV_ANNEX)
    ex = extract_document(from_raw(RawDocument("kh.txt", doc, "utf-8")))
    got = {(a.agency, t.section, a.role) for t in ex.tasks for a in t.assignments if t.section.startswith("PL")}
    assert {("Sở Khoa học và Công nghệ", "PL1.1", "lead"), ("Sở Nông nghiệp và Môi trường", "PL1.1", "support"),
            ("Sở Công Thương", "PL1.2", "lead"), ("Sở Nông nghiệp và Môi trường", "PL1.3", "lead"),
            ("Sở Khoa học và Công nghệ", "PL1.3", "support")} <= got, sorted(got)


STACKED = """| Mốc       | Tỷ lệ xã có       | Số cán bộ thư    | Tỷ lệ trường học  |
| thời gian | bưu điện văn hóa  | viện được bồi    | có thư viện đạt   |
|           | hoạt động (%)     | dưỡng (lũy kế,   | chuẩn (%)         |
|           |                   | người)           |                   |
|-----------|-------------------|------------------|-------------------|
| Năm 2028  | 80                | 40               | 70                |
| Năm 2030  | ≥ 95              | 95               | 100               |
"""


def test_a_header_wrapped_over_lines_above_the_rule_is_one_header():
    text = normalize(STACKED).text
    assert text.split("\n")[0] == ("Mốc thời gian | Tỷ lệ xã có bưu điện văn hóa hoạt động (%) | Số cán bộ thư viện "
                                   "được bồi dưỡng (lũy kế, người) | Tỷ lệ trường học có thư viện đạt chuẩn (%)"), \
        text
    # one header line above the rule is left as it is, and so are rows below it
    one = "| Chỉ tiêu | Năm 2030 |\n|---|---|\n| Tỷ lệ xã có bưu điện | 95 |\n| Số thư viện | 40 |\n"
    want = ["Chỉ tiêu | Năm 2030", "Tỷ lệ xã có bưu điện | 95", "Số thư viện | 40"]
    assert normalize(one).text.split("\n")[:3] == want


def test_a_table_of_years_by_indicators_gives_a_target_per_cell():
    ex = extract_document(from_raw(RawDocument("kh.txt", PLAN.format(table=STACKED), "utf-8")))
    got = {(t.value, t.unit, t.year) for t in ex.targets}
    assert {(80.0, "%", 2028), (40.0, "người", 2028), (95.0, "%", 2030), (100.0, "%", 2030)} <= got, sorted(got)
    bpvh = [t for t in ex.targets if t.value == 80.0]
    assert bpvh and "bưu điện văn hóa" in bpvh[0].indicator, [(t.indicator, t.value) for t in ex.targets]


# ruled above and below its header and under its last row, no rule between rows: a row's cells wrap onto a line
# whose number cell is empty
RULED_ONCE = """|----|------------------------------------|-------|-------|-------|
|STT | Chỉ tiêu                           | Đơn vị|  2028 |  2030 |
|----|------------------------------------|-------|-------|-------|
| 1  | Tỷ lệ hộ dân nông thôn dùng nước   | %     |  72   |  85   |
|    | sạch đạt quy chuẩn                 |       |       |       |
| 2  | Số công trình cấp nước tập trung   | công  |  40   |  55   |
|    |                                    | trình |       |       |
| 3  | Tỷ lệ thất thoát nước              | %     |  -    |  18   |
|----|------------------------------------|-------|-------|-------|
"""


def test_rows_above_the_closing_rule_stay_rows_and_their_wrapped_cells_join_them():
    lines = [ln for ln in normalize(RULED_ONCE).text.split("\n") if ln.strip()]
    assert lines == ["STT | Chỉ tiêu | Đơn vị | 2028 | 2030",
                     "1 | Tỷ lệ hộ dân nông thôn dùng nước sạch đạt quy chuẩn | % | 72 | 85",
                     "2 | Số công trình cấp nước tập trung | công trình | 40 | 55",
                     "3 | Tỷ lệ thất thoát nước | % | - | 18"]
    ex = extract_document(from_raw(RawDocument("kh.txt", PLAN.format(table=RULED_ONCE), "utf-8")))
    got = {(t.value, t.unit, t.year) for t in ex.targets}
    assert {(72.0, "%", 2028), (85.0, "%", 2030), (40.0, "công trình", 2028), (18.0, "%", 2030)} <= got, sorted(got)
    assert not {(72.0, "%", 2030), (40.0, "%", 2028)} & got


def test_a_line_that_fills_a_cell_the_row_above_leaves_empty_is_a_row_of_its_own():
    table = ("|----|-----------------|-----------|\n|STT | Nhiệm vụ        | Chủ trì   |\n"
             "|----|-----------------|-----------|\n| I  | Nhóm cấp nước   |           |\n"
             "|    | Rà soát nguồn   | Sở Tài    |\n|    | nước            | chính     |\n"
             "|----|-----------------|-----------|\n")
    lines = [ln for ln in normalize(table).text.split("\n") if ln.strip()]
    assert lines[1] == "I | Nhóm cấp nước |" and lines[2].endswith("Rà soát nguồn nước | Sở Tài chính"), lines
    assert len(lines) == 3
