"""Tables read from normalised text (``nlpolicy.tables``): layouts, header roles, placement.

Every text here was written for these tests, in the style of the genre (assignment appendices
of plans, target tables, progress tables of reports; DOMAIN.md 2 and 4); none is copied from a
corpus document.  The layouts imitate what conversions give: pipe rows as ``normalize`` leaves
them (cells joined by " | ") and as raw markdown, Word tables one cell a line (empty cells
dropped, cells in several paragraphs), numbers fused with their text, a PDF read column by
column, a table broken by a page with its header repeated.  Table tests collect every failing
row before failing.  The real tables of ``../shared/corpus`` are looked at by
``bench/tables_corpus.py``, not here.
"""
from __future__ import annotations

import ast
import re
from pathlib import Path

from hypothesis import given, settings, strategies as st

from nlpolicy.normalize import normalize
from nlpolicy.tables import ColumnRole as R, column_role, find_tables, place_lines

ROOT = Path(__file__).resolve().parent.parent


def only(text: str):
    tables = find_tables(text)
    assert len(tables) == 1, [t.header for t in tables]
    return tables[0]


def by_role(row) -> dict[str, str]:
    """The row's cells as {role: text} (texts of one role joined by " / ")."""
    out: dict[str, list[str]] = {}
    for c in row.cells:
        out.setdefault(c.role.value, []).append(" ".join(c.text.split()))
    return {k: " / ".join(v) for k, v in out.items()}


def spans_exact(text: str, tables) -> None:
    for t in tables:
        for c in t.header:
            assert text[c.start:c.end] == c.text
        for r in t.rows:
            assert t.start <= r.start <= r.end <= t.end
            for c in r.cells:
                assert text[c.start:c.end] == c.text, (c, text[c.start:c.end])
                assert c.text == c.text.strip(" |*") and c.text


# ---------------------------------------------------------------- header words -> roles

HEADER_ROWS = [
    ("STT", R.NUMBER), ("TT", R.NUMBER), ("Số TT", R.NUMBER), ("Số thứ tự", R.NUMBER),
    ("Nội dung", R.TASK), ("Nhiệm vụ", R.TASK), ("Tên nhiệm vụ", R.TASK), ("Công việc", R.TASK),
    ("Nội dung công việc", R.TASK), ("Nhiệm vụ, giải pháp", R.TASK), ("Tên đề án, dự án", R.TASK),
    ("Cơ quan chủ trì", R.LEAD), ("Đơn vị chủ trì", R.LEAD), ("Sở, ngành chủ trì tham mưu", R.LEAD),
    ("Cơ quan thực hiện", R.LEAD), ("Đơn vị thực hiện", R.LEAD), ("Chủ trì", R.LEAD),
    ("Cơ quan chủ trì theo dõi, đánh giá", R.LEAD),
    ("Cơ quan phối hợp", R.SUPPORT), ("Đơn vị phối hợp thực hiện", R.SUPPORT), ("Phối hợp", R.SUPPORT),
    ("Thời gian", R.TIME), ("Thời hạn", R.TIME), ("Thời gian hoàn thành", R.TIME),
    ("Thời hạn hoàn thành", R.TIME), ("Tiến độ thực hiện", R.TIME), ("Lộ trình", R.TIME),
    ("Mốc hoàn thành", R.TIME), ("Mốc bàn giao mặt bằng", R.TIME),
    ("Dự toán năm 2027", R.VALUE), ("Nội dung thu, cơ quan, đơn vị được giao", R.TASK),
    ("Sản phẩm", R.PRODUCT), ("Sản phẩm đầu ra", R.PRODUCT), ("Kết quả", R.PRODUCT),
    ("Hình thức văn bản", R.PRODUCT), ("Kết quả yêu cầu", R.PRODUCT),
    ("Tiến độ", R.PROGRESS), ("Tình trạng", R.PROGRESS), ("Tiến độ (Vượt/ Đạt/ Chậm)", R.PROGRESS),
    ("Kết quả thực hiện", R.RESULT), ("Kết quả hiện nay", R.RESULT), ("Lũy kế đến kỳ báo cáo", R.RESULT),
    ("Xây mới (căn)", R.VALUE), ("Số hộ được hỗ trợ (hộ)", R.VALUE), ("Diện tích (m2)", R.OTHER),
    ("Mức hỗ trợ xây mới (triệu đồng/căn)", R.OTHER),
    ("Kết quả đến 30/9/2026", R.RESULT), ("Kết quả tính đến ngày 31/12/2026", R.RESULT), ("Đánh giá", R.PROGRESS),
    ("Ghi chú", R.NOTE), ("Chỉ tiêu", R.INDICATOR), ("Đơn vị tính", R.UNIT), ("ĐVT", R.UNIT),
    ("Đơn vị", R.UNIT), ("Năm 2025", R.VALUE), ("2030", R.VALUE), ("Giai đoạn 2026-2030", R.VALUE),
    ("Kế hoạch năm 2026", R.VALUE), ("Chỉ tiêu năm 2027", R.VALUE), ("Chỉ tiêu giảm tỷ lệ hộ nghèo năm 2027 (%)", R.VALUE),
    ("Tổng giai đoạn 2026 - 2030", R.VALUE), ("Tổng cộng cả giai đoạn 2021-2025", R.VALUE),
    # both roles named, or the level a product goes to: neither an assignee
    ("Vai trò (Chủ trì/ Phối hợp)", R.OTHER), ("Cấp trình", R.RECIPIENT), ("Cơ quan phê duyệt", R.RECIPIENT), ("Mã ngành", R.OTHER),
    # the bodies a supervision or an inspection looks at: no assignees
    ("Cơ quan, đơn vị chịu sự giám sát", R.OTHER), ("Đơn vị được kiểm tra", R.OTHER), ("Đối tượng thanh tra", R.OTHER),
    # the units a reorganisation acts on: what its rows are about, not who does them (not "Đơn vị thực hiện")
    ("Đơn vị hiện có", R.TASK), ("Tên đơn vị sau sắp xếp", R.TASK), ("Đơn vị được hợp nhất", R.TASK),
    ("Đơn vị thực hiện", R.LEAD), ("Đơn vị chủ trì", R.LEAD),
    # the owner each row obliges (a list of facilities that must draw up their own plans); not an investment list's
    # investor, which says whose each project is
    ("Chủ cơ sở", R.LEAD), ("Chủ đầu tư", R.OTHER),
    # where a route begins and ends (a street-naming annex, a list of roads); not "Địa điểm", a place in general
    ("Điểm đầu", R.ENDS), ("Điểm cuối tuyến", R.ENDS), ("Lý trình", R.ENDS), ("Địa điểm", R.OTHER),
    # (the communes a work lies in, in brackets, are no unit of a value)
    ("Địa điểm (xã, phường)", R.OTHER), ("Địa bàn (xã)", R.OTHER),
    # lost diacritics (OCR, ASCII conversions) and upper case
    ("Co quan chu tri", R.LEAD), ("THOI HAN HOAN THANH", R.TIME), ("Don vi phoi hop", R.SUPPORT),
    ("CƠ QUAN THỰC HIỆN", R.LEAD), ("Ghi chu", R.NOTE), ("Tô chúc chủ trì", R.LEAD),
]


def test_header_words_name_column_roles():
    bad = [(h, column_role(h)[0], want) for h, want in HEADER_ROWS if column_role(h)[0] is not want]
    assert not bad, bad


def test_ambiguous_headers_list_the_roles_their_cells_may_choose():
    assert R.TIME in column_role("Tiến độ")[1]
    assert R.PROGRESS in column_role("Tiến độ thực hiện")[1]
    assert {R.VALUE, R.PROGRESS} <= set(column_role("Kết quả")[1])
    assert column_role("Cơ quan chủ trì")[1] == ()


# ---------------------------------------------------------------- layout 1: pipe rows

ASSIGNMENT_PIPES = """PHỤ LỤC
DANH MỤC NHIỆM VỤ TRIỂN KHAI KẾ HOẠCH
(Kèm theo Kế hoạch số 41/KH-UBND ngày 20/3/2025 của Ủy ban nhân dân tỉnh)

STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Sản phẩm | Thời gian hoàn thành
I. | Hoàn thiện thể chế, chính sách | | | |
1. | Xây dựng quy định hỗ trợ doanh nghiệp khởi nghiệp sáng tạo | Sở Khoa học và Công nghệ | Sở Tài chính; Sở Tư pháp | Nghị quyết của Hội đồng nhân dân tỉnh | Quý III/2025
2. | Rà soát, đề xuất bãi bỏ thủ tục hành chính không cần thiết | Văn phòng Ủy ban nhân dân tỉnh | Các sở, ban, ngành | Quyết định của Chủ tịch Ủy ban nhân dân tỉnh | 2025
| trong lĩnh vực đầu tư, đất đai | | | |
II. | Phát triển hạ tầng số | | | |
3. | Nâng cấp trung tâm dữ liệu dùng chung của tỉnh | Sở Thông tin và Truyền thông | | Trung tâm dữ liệu được nâng cấp | Thường xuyên

Nơi nhận:
- Như trên;
"""


def test_pipe_rows_read_by_position():
    t = only(ASSIGNMENT_PIPES)
    assert t.roles == (R.NUMBER, R.TASK, R.LEAD, R.SUPPORT, R.PRODUCT, R.TIME)
    assert [h.text for h in t.header][:3] == ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì"]
    assert [(r.number, r.group) for r in t.rows] == [
        ("I.", True), ("1.", False), ("2.", False), ("II.", True), ("3.", False)]
    assert by_role(t.rows[1]) == {
        "number": "1.", "task": "Xây dựng quy định hỗ trợ doanh nghiệp khởi nghiệp sáng tạo",
        "lead": "Sở Khoa học và Công nghệ", "support": "Sở Tài chính; Sở Tư pháp",
        "product": "Nghị quyết của Hội đồng nhân dân tỉnh", "time": "Quý III/2025"}
    # a "Thời gian" cell "2025" is a deadline and a "Sản phẩm" cell naming a body's decision a product
    assert by_role(t.rows[2])["time"] == "2025"
    assert by_role(t.rows[2])["product"] == "Quyết định của Chủ tịch Ủy ban nhân dân tỉnh"
    # the row with an empty STT cell goes on with row 2
    assert by_role(t.rows[2])["task"].endswith("/ trong lĩnh vực đầu tư, đất đai")
    assert "support" not in by_role(t.rows[4])
    assert t.rows[0].cells[1].text == "Hoàn thiện thể chế, chính sách"
    assert t.end <= ASSIGNMENT_PIPES.index("Nơi nhận")
    spans_exact(ASSIGNMENT_PIPES, [t])


# the same appendix copied out of a word processor: a tab between cells, an empty cell between two tabs,
# trailing empty cells dropped (a cell of two paragraphs, whose second one a copy puts anywhere, left out)
ONE_LINE_ROWS = ASSIGNMENT_PIPES.replace("| trong lĩnh vực đầu tư, đất đai | | | |\n", "")
ASSIGNMENT_TABS = "\n".join("\t".join(c.strip() for c in line.split("|")).rstrip("\t") if "|" in line else line
                            for line in ONE_LINE_ROWS.split("\n"))


def test_tab_rows_read_as_pipe_rows():
    assert "\t\t" in ASSIGNMENT_TABS and "|" not in ASSIGNMENT_TABS
    tabs, pipes = only(normalize(ASSIGNMENT_TABS).text), only(normalize(ONE_LINE_ROWS).text)
    assert tabs.roles == pipes.roles == (R.NUMBER, R.TASK, R.LEAD, R.SUPPORT, R.PRODUCT, R.TIME)
    assert [by_role(r) for r in tabs.rows] == [by_role(r) for r in pipes.rows]
    assert by_role(tabs.rows[4])["lead"] == "Sở Thông tin và Truyền thông" and "support" not in by_role(tabs.rows[4])


TAB_LINES = [
    # (a line with tabs, as normalize leaves it): two cells aligned by tabs, a numbered paragraph
    ("Nơi nhận:\t\t\tTM. ỦY BAN NHÂN DÂN", "Nơi nhận: | TM. ỦY BAN NHÂN DÂN"),
    ("1.\tMục tiêu chung\nPhát triển du lịch.", "1. Mục tiêu chung\nPhát triển du lịch."),
    ("a)\tĐối với các sở, ngành:", "a) Đối với các sở, ngành:"),
    ("\tThụt lề đầu dòng.", "Thụt lề đầu dòng."),
]


def test_lines_with_tabs_outside_tables():
    bad = [(raw, normalize(raw).text) for raw, want in TAB_LINES if normalize(raw).text != want]
    assert not bad


def test_a_word_table_in_a_text_that_lost_its_capitals():
    # one cell a line, lower-cased: every header line is a cell of its own (not a header cell's second line),
    # and groups numbered by lower-case Roman numerals
    text = ("tt\nnhiệm vụ\nđơn vị chủ trì\nthời gian hoàn thành\ni\nhoàn thiện thể chế\n1\nxây dựng thông tư về vận tải\n"
            "vụ vận tải\nquý iv/2027\n2\nsửa đổi quy chuẩn phương tiện\ncục đăng kiểm việt nam\n2028\nii\nphát triển hạ tầng\n"
            "1\nnâng cấp kênh chợ gạo\ncục đường thủy nội địa việt nam\n2028 - 2030\n")
    t = only(text)
    assert t.roles == (R.NUMBER, R.TASK, R.LEAD, R.TIME)
    assert [(r.number, r.group) for r in t.rows] == [("i", True), ("1", False), ("2", False), ("ii", True), ("1", False)]


def test_a_time_cell_of_labelled_dates_stays_in_its_column():
    # a milestone cell that dates each batch ("Đợt 1: 30/9/2026; toàn bộ: Quý II/2027", "120 ha: ...") is a time
    text = ("TT\nDự án\nDiện tích (ha)\nSố hộ (hộ)\nKhu tái định cư\nMốc hoàn thành\nChủ trì\n"
            "1\nMở rộng Cảng cá Tân An\n88,4\n120\nHòa Lợi\nĐợt 1: 30/9/2026; toàn bộ: Quý II/2027\nUBND tỉnh\n"
            "2\nCụm công nghiệp Phú Mỹ\n210,0\n64\nPhú Mỹ Đông\n120 ha: 31/12/2026; còn lại: năm 2027\n"
            "Sở Công Thương\n3\nHồ chứa nước Suối Đá\n75,2\n40\nSuối Đá\n30/4/2027\nUBND xã Suối Đá\n")
    t = only(text)
    assert t.roles == (R.NUMBER, R.TASK, R.VALUE, R.VALUE, R.OTHER, R.TIME, R.LEAD)
    assert [by_role(r).get("time") for r in t.rows] == [
        "Đợt 1: 30/9/2026; toàn bộ: Quý II/2027", "120 ha: 31/12/2026; còn lại: năm 2027", "30/4/2027"]


def test_a_list_of_works_due_by_a_time_holds_values_where_its_headers_name_units():
    # works, each with its size and when it is to be finished: the sizes whose headers name their unit are what
    # each work is to deliver by then; without a time column they only describe the works
    text = ("STT\nTên dự án\nĐịa điểm\nSố căn hộ\nDiện tích sàn (m2)\nThời gian hoàn thành\n"
            "1\nNhà ở xã hội Phú Hòa\nPhường Phú Hòa\n640\n41.200\nQuý IV/2027\n"
            "2\nNhà ở công nhân Tân An\nXã Tân An\n1.120\n70.400\nNăm 2028\n")
    assert only(text).roles == (R.NUMBER, R.TASK, R.OTHER, R.VALUE, R.VALUE, R.TIME)
    described = "\n".join(line for line in text.split("\n") if not re.match(r"(?:Thời gian|Quý|Năm) ", line))
    assert only(described).roles == (R.NUMBER, R.TASK, R.OTHER, R.OTHER, R.OTHER)


def test_a_total_row_named_by_what_it_sums_is_no_header_cell():
    # a budget annex, rows apart by blank lines: the total row first, its STT cell empty and its label saying what it
    # sums ("TỔNG THU NGÂN SÁCH ..."); the header keeps its three cells and the year's column holds values
    text = ("Đơn vị: triệu đồng\n\nSTT\nNội dung thu, cơ quan, đơn vị được giao\nDự toán năm 2027\n\n\n"
            "TỔNG THU NGÂN SÁCH TRÊN ĐỊA BÀN\n9.600.000\n\nA\nTHU NỘI ĐỊA\n8.100.000\n\n"
            "I\nThuế tỉnh Hòa Lợi\n6.900.000\n\n"
            "1\nThu từ doanh nghiệp nhà nước\n420.000\n\n2\nThu từ khu vực ngoài quốc doanh\n2.350.000\n\n")
    t = only(text)
    assert [h.text for h in t.header] == ["STT", "Nội dung thu, cơ quan, đơn vị được giao", "Dự toán năm 2027"]
    assert t.roles == (R.NUMBER, R.TASK, R.VALUE)
    assert [c.text for c in t.rows[-1].cells] == ["2", "Thu từ khu vực ngoài quốc doanh", "2.350.000"]
    # beside two years' estimates, the column that compares them holds none (no unit column needed to say so)
    text = ("STT\nNội dung\nDự toán năm 2026\nDự toán năm 2027\nSo sánh (%)\n"
            "1\nThu nội địa\n7.400.000\n8.100.000\n109,5\n2\nThu xuất nhập khẩu\n900.000\n950.000\n105,6\n")
    assert only(text).roles == (R.NUMBER, R.TASK, R.VALUE, R.VALUE, R.OTHER)


def test_a_page_number_between_the_header_and_the_first_row():
    # a scanned annex: the page's number, alone between blank lines, stands where the first row should be
    text = ("TT\nNhiệm vụ\nĐơn vị chủ trì\nThời gian\n(1)\n(2)\n(3)\n(4)\n\n3\n\nI\nHoàn thiện thể chế\n1\n"
            "Xây dựng thông tư về vận tải container\nVụ Vận tải\nQuý IV/2027\n2\nSửa đổi quy chuẩn phương tiện\n"
            "Cục Đăng kiểm Việt Nam\n2028\n")
    t = only(text)
    assert [(r.number, r.group) for r in t.rows] == [("I", True), ("1", False), ("2", False)]


def test_a_dash_closing_the_last_row_is_its_empty_last_cell():
    # one cell a line: the last row's last column holds nothing ("-"); its cells keep their columns
    text = ("STT\nHuyện\nSố trạm\nTỷ lệ đạt chuẩn (%)\nSố trạm đạt chuẩn\nChỉ tiêu năm 2027 (%)\n"
            "1\nTân An\n14\n85,7\n12\n90\n2\nHòa Lợi\n9\n66,7\n6\n-\n")
    t = only(text)
    assert [c.text for c in t.rows[-1].cells] == ["2", "Hòa Lợi", "9", "66,7", "6", "-"]


def test_a_value_that_is_the_next_rows_number_stays_in_its_row():
    # one cell a line: row 2's plan cell holds "3", the next row's number; a figure follows it, where a row's
    # number is followed by its name, and the row is short of its cells: a value, not row 3
    text = ("TT\nChỉ tiêu\nĐơn vị tính\nKế hoạch năm 2030\nThực hiện đến 30/6/2027\n"
            "1\nSố xã đạt chuẩn nông thôn mới nâng cao\nxã\n12\n7\n2\nTỷ lệ hộ dùng nước sạch\n%\n3\n1,5\n"
            "3\nSố chợ được cải tạo\nchợ\n8\n3\n")
    t = only(text)
    assert [r.number for r in t.rows] == ["1", "2", "3"]
    assert [c.text for c in t.rows[1].cells] == ["2", "Tỷ lệ hộ dùng nước sạch", "%", "3", "1,5"]


def test_a_row_of_column_numbers_with_a_formula_is_no_data_row():
    # a report's table of targets: the column-number row says how the rate is computed
    text = ("TT | Chỉ tiêu | Đơn vị | Kế hoạch năm 2027 | Thực hiện | Tỷ lệ (%)\n"
            "(1) | (2) | (3) | (4) | (5) | (6)=(5)/(4)\n"
            "1 | Số xã đạt chuẩn nông thôn mới | xã | 12 | 10 | 83,3\n"
            "2 | Tỷ lệ hộ nghèo | % | 2,5 | 2,8 | 112\n")
    t = only(text)
    assert [r.number for r in t.rows] == ["1", "2"]


def test_raw_markdown_with_edge_pipes_and_rule_row():
    text = ("Các chỉ tiêu chủ yếu:\n\n"
            "| TT | Chỉ tiêu | Đơn vị tính | Năm 2025 | Năm 2030 |\n"
            "|:---|:---|:---:|---:|---:|\n"
            "| (1) | (2) | (3) | (4) | (5) |\n"
            "| 1 | Tỷ lệ đô thị hóa | % | 35 | 45 |\n"
            "| 2 | Thu nhập bình quân đầu người | triệu đồng | 70 | 120 |\n"
            "| 3 | Tỷ lệ hộ nghèo theo chuẩn đa chiều | % |  | dưới 2 |\n")
    t = only(text)
    assert t.roles == (R.NUMBER, R.INDICATOR, R.UNIT, R.VALUE, R.VALUE)
    assert [r.number for r in t.rows] == ["1", "2", "3"]
    assert [(c.column, c.text) for c in t.rows[2].cells] == [
        (0, "3"), (1, "Tỷ lệ hộ nghèo theo chuẩn đa chiều"), (2, "%"), (4, "dưới 2")]
    spans_exact(text, [t])


def test_a_line_break_in_a_cell_splits_a_layout_table_and_joins_a_data_cell():
    """A Word file turned to markdown writes a line break inside a cell as "<br>": the two-cell table of a heading or
    a signature is a block of lines for each cell, so the signer is read; a data table's row stays one line, its
    cell's lines joined by a space (text written for this test)."""
    from nlpolicy.document import from_raw
    from nlpolicy.normalize import normalize
    from nlpolicy.types import RawDocument
    text = ("| ỦY BAN NHÂN DÂN<br>TỈNH AN BÌNH | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - "
            "Hạnh phúc |\n|---|---|\n| Số: 12/KH-UBND | An Bình, ngày 5 tháng 3 năm 2027 |\n\n"
            "KẾ HOẠCH\nPhòng, chống bạo lực gia đình\n\nI. CHỈ TIÊU\n\n| STT | Chỉ tiêu | Năm 2027 |\n|---|---|---|\n"
            "| 1 | Tỷ lệ xã có địa chỉ<br>tin cậy | 95% |\n| 2 | Tỷ lệ nạn nhân được hỗ trợ | 100% |\n\n"
            "II. TỔ CHỨC THỰC HIỆN\nSở Nội vụ chủ trì tổng hợp.\n\n| Nơi nhận:<br>- Như trên;<br>- Lưu: VT. | "
            "TM. ỦY BAN NHÂN DÂN<br>KT. CHỦ TỊCH<br>PHÓ CHỦ TỊCH<br><br>Trần Văn Bình |\n|---|---|\n")
    out = normalize(text).text
    assert "<br" not in out
    assert "ỦY BAN NHÂN DÂN\nTỈNH AN BÌNH\n\nCỘNG HÒA" in out
    assert "1 | Tỷ lệ xã có địa chỉ tin cậy | 95%" in out
    doc = from_raw(RawDocument(path="kh.txt", text=text, encoding="utf-8"))
    assert doc.header.signer.name == "Trần Văn Bình" and doc.header.number == "12/KH-UBND"


def test_an_empty_stt_lost_with_its_pipe_still_continues_the_row_above():
    # normalising twice can take the leading "|" of "| | tiếp theo ..." for an edge pipe
    text = ("TT | Nhiệm vụ | Chủ trì | Thời hạn\n"
            "1. | Khảo sát hiện trạng các cụm công nghiệp, | Sở Công Thương | 6/2025\n"
            "đề xuất phương án xử lý | |\n"
            "2. | Lập quy hoạch chi tiết | Ủy ban nhân dân cấp huyện | 2026\n")
    t = only(text)
    assert [r.number for r in t.rows] == ["1.", "2."]
    assert by_role(t.rows[0])["task"] == "Khảo sát hiện trạng các cụm công nghiệp, / đề xuất phương án xử lý"


def test_progress_table_of_a_report():
    text = ("Phụ lục 2\nKẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ CÓ THỜI HẠN TRONG QUÝ I\n"
            "TT | Nhiệm vụ | Thời hạn | Cơ quan thực hiện | Tiến độ | Kết quả hiện nay\n"
            "I | Thể chế | | | |\n"
            "1. | Ban hành kế hoạch chuyển đổi số năm 2025 | Tháng 3/2025 | Sở Thông tin và Truyền thông "
            "| Hoàn thành | Ngày 12/3/2025 Ủy ban nhân dân tỉnh đã ban hành Kế hoạch số 45/KH-UBND\n"
            "2. | Trình đề án sắp xếp đơn vị sự nghiệp công lập | Tháng 3/2025 | Sở Nội vụ | Đang thực hiện "
            "| Đang lấy ý kiến các sở, ngành\n"
            "3. | Hoàn thành kiểm kê đất đai | Tháng 2/2025 | Sở Tài nguyên và Môi trường | Quá hạn "
            "| Chưa tổng hợp xong số liệu của 3 huyện\n")
    t = only(text)
    assert t.roles == (R.NUMBER, R.TASK, R.TIME, R.LEAD, R.PROGRESS, R.RESULT)
    assert [by_role(r).get("progress") for r in t.rows] == [None, "Hoàn thành", "Đang thực hiện", "Quá hạn"]
    assert t.rows[0].group


CONTENT_ROLE_ROWS = [
    # "Tiến độ" of a plan holds deadlines
    ("STT | Nhiệm vụ | Đơn vị chủ trì | Tiến độ\n1 | Rà soát mạng lưới trường học | Sở Giáo dục và Đào tạo "
     "| Quý II/2025\n2 | Kiểm tra an toàn thực phẩm | Sở Y tế | Hằng năm\n", 3, R.TIME),
    # "Tiến độ thực hiện" of a report holds statuses
    ("STT | Nhiệm vụ | Tiến độ thực hiện\n1 | Lắp đặt camera giám sát | Hoàn thành\n"
     "2 | Số hóa hồ sơ địa chính | Đang thực hiện\n3 | Cấp mã định danh | Chưa thực hiện\n", 2, R.PROGRESS),
    # "Kết quả" of a plan: products
    ("TT | Nhiệm vụ | Chủ trì | Kết quả\n1 | Xây dựng đề án phát triển du lịch | Sở Văn hóa, Thể thao và Du lịch "
     "| Đề án được phê duyệt\n2 | Ban hành quy chế phối hợp | Công an tỉnh | Quy chế phối hợp\n", 3, R.PRODUCT),
    # "Kết quả" of a target table: values
    ("TT | Chỉ tiêu | Đơn vị | Kết quả\n1 | Tỷ lệ trường đạt chuẩn quốc gia | % | ≥ 70\n"
     "2 | Số giường bệnh trên một vạn dân | giường | 32\n3 | Tỷ lệ che phủ rừng | % | trên 55\n", 3, R.VALUE),
    # "Đơn vị" over agencies is the body that does the task
    ("TT | Nhiệm vụ | Đơn vị\n1 | Tập huấn cho cán bộ cấp xã | Sở Nội vụ\n"
     "2 | Kiểm tra việc thu phí | Sở Tài chính\n", 2, R.LEAD),
]


def test_cells_decide_between_the_roles_a_header_allows():
    bad = []
    for text, col, want in CONTENT_ROLE_ROWS:
        got = only(text).roles[col]
        if got is not want:
            bad.append((text.splitlines()[0], got, want))
    assert not bad, bad


def test_group_rows_fused_number_and_title_repeated_across_cells():
    text = ("STT | Nội dung | Chủ trì | Thời gian\n"
            "I Hạ tầng số | | |\n"
            "1 | Phủ sóng 5G các khu công nghiệp | Sở Thông tin và Truyền thông | 2026\n"
            "II.1 Chuyển đổi số | | |\n"
            "2 | Triển khai hóa đơn điện tử | Thuế tỉnh | 2025\n"
            "III | Kinh tế số | Kinh tế số | Kinh tế số\n"
            "3 | Hỗ trợ hộ kinh doanh bán hàng trực tuyến | Sở Công Thương | Thường xuyên\n")
    t = only(text)
    assert [(r.number, r.group) for r in t.rows] == [
        ("I", True), ("1", False), ("II.1", True), ("2", False), ("III", True), ("3", False)]
    assert [(c.column, c.text) for c in t.rows[0].cells] == [(0, "I"), (1, "Hạ tầng số")]
    assert [(c.column, c.text) for c in t.rows[2].cells] == [(0, "II.1"), (1, "Chuyển đổi số")]
    assert [(c.column, c.text) for c in t.rows[4].cells] == [(0, "III"), (1, "Kinh tế số")]
    spans_exact(text, [t])


def test_pipe_rows_after_a_blank_line_continue_the_table():
    text = ("TT | Nhiệm vụ | Chủ trì\n1. | Rà soát quy hoạch | Sở Xây dựng\n2. | Kiểm tra đê điều | Sở Nông nghiệp và Môi trường\n"
            "\n3. | Diễn tập phòng chống thiên tai | Bộ Chỉ huy Quân sự tỉnh\n")
    assert [r.number for r in only(text).rows] == ["1.", "2.", "3."]


def test_numbered_pipe_rows_without_a_header_take_roles_from_their_cells():
    text = ("Danh mục nhiệm vụ giao các sở:\n"
            "1. | Xây dựng bảng giá đất giai đoạn 2026 - 2030 | Sở Tài nguyên và Môi trường | Quý IV/2025\n"
            "2. | Lập kế hoạch sử dụng đất hằng năm cấp huyện | Ủy ban nhân dân cấp huyện | Hằng năm\n")
    t = only(text)
    assert t.header == ()
    assert t.roles == (R.NUMBER, R.TASK, R.LEAD, R.TIME)


COORDINATE_TABLES = [
    # boundary points of a land or investment decision's annex: the first column names points
    "Tên điểm | Tọa độ VN-2000 | \nMốc | X | Y\n1 | 2415630,12 | 512304,87\n2 | 2415702,40 | 512398,05\n"
    "3 | 2415811,93 | 512420,66\n",
    "Điểm | X (m) | Y (m)\n1 | 1203456,7 | 598712,3\n2 | 1203499,1 | 598790,0\n3 | 1203530,8 | 598801,4\n",
]


def test_a_table_of_named_points_has_no_numbered_rows():
    bad = []
    for text in COORDINATE_TABLES:
        t = only(text)
        if any(r.number is not None for r in t.rows):
            bad.append((text.splitlines()[0], [r.number for r in t.rows]))
    assert not bad


NOT_TABLES = [
    # the header block of a converted document
    "ỦY BAN NHÂN DÂN TỈNH HÀ NAM | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 25/KH-UBND | Hà Nam, ngày 12 tháng 3 năm 2025\n",
    # a signature block
    "Nơi nhận: - Như trên; - Lưu: VT. | TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH\n",
    # "TT" alone, then prose
    "TT\nỦy ban nhân dân tỉnh giao các sở, ngành căn cứ chức năng, nhiệm vụ được giao chủ động triển khai thực hiện "
    "Kế hoạch này, định kỳ báo cáo kết quả về Sở Kế hoạch và Đầu tư trước ngày 15 tháng 12 hằng năm để tổng hợp.\n",
    "",
    "Kế hoạch không có bảng.\n",
]


def test_what_is_no_table():
    bad = [(t, find_tables(t)) for t in NOT_TABLES if find_tables(t)]
    assert not bad, bad


# ---------------------------------------------------------------- layout 2: one cell a line

WORD_TABLE = """Phụ lục
NHIỆM VỤ CỤ THỂ CỦA CÁC SỞ, NGÀNH
(Kèm theo Kế hoạch số 25/KH-UBND ngày 12/3/2025 của Ủy ban nhân dân tỉnh)

TT
Nhiệm vụ
Đơn vị chủ trì
Đơn vị phối hợp
Thời gian thực hiện
Ghi chú

(1)
(2)
(3)
(4)
(5)
1
Tổ chức hội nghị quán triệt Kế hoạch đến cán bộ, công chức
Sở Nội vụ
Các sở, ban, ngành
Quý I/2025

2
Xây dựng cơ sở dữ liệu đất đai của tỉnh
Sở Tài nguyên và Môi trường
Năm 2026
Ưu tiên các huyện miền núi
3
Kiểm tra việc chấp hành pháp luật về khoáng sản, gồm:
- Kiểm tra các mỏ đá làm vật liệu xây dựng;
- Kiểm tra bến bãi tập kết cát, sỏi.
Sở Công Thương
Sở Xây dựng
Công an tỉnh
Thường xuyên
"""


def test_word_table_one_cell_a_line():
    t = only(WORD_TABLE)
    assert t.roles == (R.NUMBER, R.TASK, R.LEAD, R.SUPPORT, R.TIME, R.NOTE)
    assert [h.text for h in t.header] == ["TT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp",
                                          "Thời gian thực hiện", "Ghi chú"]
    assert [r.number for r in t.rows] == ["1", "2", "3"]    # "(1)" ... "(5)" is no row
    assert by_role(t.rows[0]) == {"number": "1", "task": "Tổ chức hội nghị quán triệt Kế hoạch đến cán bộ, công chức",
                                  "lead": "Sở Nội vụ", "support": "Các sở, ban, ngành", "time": "Quý I/2025"}
    # the empty support cell gave no line: the year is still the time, the remark the note
    assert by_role(t.rows[1]) == {"number": "2", "task": "Xây dựng cơ sở dữ liệu đất đai của tỉnh",
                                  "lead": "Sở Tài nguyên và Môi trường", "time": "Năm 2026",
                                  "note": "Ưu tiên các huyện miền núi"}
    # a cell in three paragraphs is one cell; several agencies: the first leads, the others support
    row = by_role(t.rows[2])
    assert row["task"].endswith("- Kiểm tra bến bãi tập kết cát, sỏi.") and "/" not in row["task"]
    assert row["lead"] == "Sở Công Thương"
    assert row["support"] == "Sở Xây dựng Công an tỉnh"
    assert row["time"] == "Thường xuyên"
    spans_exact(WORD_TABLE, [t])


def test_a_total_row_before_row_one_is_no_header_cell():
    """A table of communes by indicators, one cell a line, whose total row stands first with its STT and two
    cells empty (blank lines): the header keeps its six cells and row 1 starts the rows."""
    text = ("STT\nTên xã\nTỷ lệ hộ cận nghèo cuối năm 2026 (%)\nChỉ tiêu giảm tỷ lệ hộ cận nghèo năm 2027 (%)\n"
            "Số hộ thoát cận nghèo năm 2027 (hộ)\nVốn hỗ trợ năm 2027 (triệu đồng)\n\nTổng cộng\n\n\n1.320\n48.600\n"
            "1\nĐăk Ơ\n21,40\n3,0\n180\n9.200\n2\nBù Gia Mập\n18,75\n2,5\n145\n8.100\n")
    t = only(text)
    assert len(t.header) == 6 and t.roles == (R.NUMBER, R.OTHER, R.VALUE, R.VALUE, R.VALUE, R.VALUE)
    assert [r.number for r in t.rows] == ["1", "2"]
    assert [c.text for c in t.rows[1].cells] == ["2", "Bù Gia Mập", "18,75", "2,5", "145", "8.100"]
    spans_exact(text, [t])


def test_a_merged_header_one_cell_a_line_puts_each_column_under_its_group():
    """A Word table whose header merges cells: two groups over the columns under them, the leading cells
    beside them; more header lines than a row has cells.  Each column keeps its own cell and its group
    above it (the label a reader sees), and the rows fall in place."""
    text = ("TT\nHuyện\nNăm 2026\nNăm 2030\nKế hoạch (tỷ đồng)\nThực hiện (tỷ đồng)\nKế hoạch (tỷ đồng)\n"
            "Thực hiện (tỷ đồng)\n1\nBến Đình\n12\n10\n30\n4\n2\nGò Sành\n8\n8\n20\n3\n3\nHòa Lợi\n5\n6\n14\n2\n")
    t = only(text)
    assert [c.label for c in t.header] == ["TT", "Huyện", "Năm 2026 Kế hoạch (tỷ đồng)",
                                           "Năm 2026 Thực hiện (tỷ đồng)", "Năm 2030 Kế hoạch (tỷ đồng)",
                                           "Năm 2030 Thực hiện (tỷ đồng)"]
    assert [c.text for c in t.rows[1].cells] == ["2", "Gò Sành", "8", "8", "20", "3"]
    spans_exact(text, [t])


def test_a_header_longer_than_its_rows_with_no_repeated_names_stays_as_it_is():
    """Rows one cell a line with an empty cell each (no line) are shorter than their header; with no name
    under a group repeated, nothing is merged: the header keeps its cells, each with no group."""
    text = ("STT\nNhiệm vụ\nCơ quan chủ trì\nCơ quan phối hợp\nThời gian\nGhi chú\n1\nRà soát quy hoạch\n"
            "Sở Xây dựng\n"
            "Sở Tài chính\n2027\n2\nLập bản đồ số\nSở Nông nghiệp và Môi trường\nCác xã\n2028\n3\nKiểm tra\n"
            "Sở Xây dựng\nCông an tỉnh\n2029\n")
    t = only(text)
    assert [c.label for c in t.header] == ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian",
                                           "Ghi chú"]
    assert not any(c.over for c in t.header)
    assert by_role(t.rows[0])["lead"] == "Sở Xây dựng"


def test_a_part_of_a_rows_item_under_an_empty_stt_cell_is_a_line_of_its_own():
    """One cell a line: after a row's cells, a line naming a part of its item ("... (giai đoạn 2)") with fewer
    cells (its place and area left empty) is a line of the row under an empty STT cell: the part in the item's
    column, its other cells in the columns after it, none of them in the row's area column."""
    text = ("STT\nTên cụm công nghiệp\nĐịa bàn\nDiện tích (ha)\nNội dung hỗ trợ\nMức hỗ trợ tối đa (tỷ đồng)\n"
            "Thời gian thực hiện\n1\nCụm công nghiệp Bến Đình\nXã Bến Đình\n40,0\nHệ thống xử lý nước thải\n6,0\n"
            "2027 - 2028\nCụm công nghiệp Bến Đình (giai đoạn 2)\nHạ tầng kỹ thuật\n4,5\n2029 - 2030\n"
            "2\nCụm công nghiệp Gò Sành\nXã Gò Sành\n25,0\nHạ tầng kỹ thuật\n5,0\n2028 - 2029\n")
    t = only(text)
    first = [(c.column, c.text, c.sub) for c in t.rows[0].cells]
    assert first == [(0, "1", 0), (1, "Cụm công nghiệp Bến Đình", 0), (2, "Xã Bến Đình", 0), (3, "40,0", 0),
                     (4, "Hệ thống xử lý nước thải", 0), (5, "6,0", 0), (6, "2027 - 2028", 0),
                     (1, "Cụm công nghiệp Bến Đình (giai đoạn 2)", 1), (4, "Hạ tầng kỹ thuật", 1), (5, "4,5", 1),
                     (6, "2029 - 2030", 1)]
    spans_exact(text, [t])


def test_a_total_row_first_whose_sums_include_a_whole_number():
    """The total row stands first with no STT, and one of its sums is a whole number ("57" projects): a sum, not a
    row numbered 57; row 1 opens the rows.  In this table of figures by port, the columns whose headers give a
    unit (in brackets, with a comment after a comma; or the noun "Số ..." counts) hold values."""
    text = ("STT\nCảng cá\nDiện tích vùng nước (ha)\nSố tàu cập cảng\nSản lượng qua cảng (nghìn tấn, ước tính)\n"
            "Công suất kho lạnh (tấn/ngày)\n\nTổng cộng\n84,5\n57\n31,2\n420\n"
            "1\nCảng cá Gành Đỏ\n40,5\n32\n18,6\n250\n2\nCảng cá Tiên Châu\n44,0\n25\n12,6\n170\n")
    t = only(text)
    assert [r.number for r in t.rows] == ["1", "2"]
    assert [c.text for c in t.rows[1].cells] == ["2", "Cảng cá Tiên Châu", "44,0", "25", "12,6", "170"]
    assert t.roles == (R.NUMBER, R.OTHER, R.VALUE, R.VALUE, R.VALUE, R.VALUE)
    # beside a column of each row's unit, a "(%)" column compares with the plan: no value column of its own
    text = ("TT\nChỉ tiêu\nĐơn vị\nKế hoạch năm 2026\nThực hiện\nTỷ lệ so với kế hoạch (%)\n"
            "1\nSản lượng thủy sản\ntấn\n2.400\n1.150\n47,9\n2\nSố tàu đóng mới\nchiếc\n12\n9\n75,0\n")
    assert only(text).roles[-1] is not R.VALUE


def test_a_total_row_first_with_a_cell_of_words():
    """The total row stands first, its label over the STT and name cells, one of its sums said in words ("02 khu
    tái định cư") and its last cell empty: it is no row and no end of the table; row 1 opens the rows."""
    text = ("STT\nXã\nDiện tích thu hồi (ha)\nSố hộ phải di chuyển\nNơi bố trí tái định cư\nThời hạn bàn giao\n\n"
            "TỔNG CỘNG\n40,15\n96\n02 khu tái định cư\n\n\n"
            "1\nHòa Lợi\n18,40\n52\nKhu tái định cư Gò Sành\nTrước 30/6/2027\n"
            "2\nPhú Mỹ\n21,75\n44\nKhu tái định cư Bến Đình\nTrước 31/8/2027\n")
    t = only(text)
    assert [r.number for r in t.rows] == ["1", "2"]
    assert [c.text for c in t.rows[1].cells] == ["2", "Phú Mỹ", "21,75", "44", "Khu tái định cư Bến Đình",
                                                 "Trước 31/8/2027"]


def test_a_dash_is_an_empty_cell_of_its_own():
    """A row whose first year has nothing, printed "-": the dash holds that column, and the figures after it
    keep theirs (they do not slide one column left and leave the total's column empty)."""
    text = ("STT\nHuyện, xã\nNăm 2026\nNăm 2027\nNăm 2028\nTổng giai đoạn 2026 - 2028\n(1)\n(2)\n(3)\n(4)\n(5)\n(6)\n"
            "1\nXã Tân Lập\n120\n150\n180\n450\n2\nXã Phú Hòa\n-\n90\n110\n200\n3\nXã Mỹ An\n–\n–\n60\n60\n")
    t = only(text)
    assert t.roles == (R.NUMBER, R.OTHER, R.VALUE, R.VALUE, R.VALUE, R.VALUE)
    assert [c.text for c in t.rows[1].cells] == ["2", "Xã Phú Hòa", "-", "90", "110", "200"]
    assert [c.text for c in t.rows[2].cells] == ["3", "Xã Mỹ An", "–", "–", "60", "60"]
    spans_exact(text, [t])
    # beside a unit's column, the dash is still the first figure's: the unit stays the unit
    text = ("TT\nChỉ tiêu\nĐơn vị tính\nThực hiện năm 2025\nNăm 2027\nNăm 2030\n1\nSố hợp tác xã thành lập mới\n"
            "Hợp tác xã\n-\n8\n20\n2\nDiện tích cây ăn quả\nha\n1.250\n1.400\n1.800\n")
    t = only(text)
    assert [c.text for c in t.rows[0].cells] == ["1", "Số hợp tác xã thành lập mới", "Hợp tác xã", "-", "8", "20"]
    spans_exact(text, [t])


def test_a_header_repeated_on_the_next_page_and_cells_wrapped_in_a_pdf():
    """A ministry's task annex copied from a PDF: the page breaks inside row 2, the header is printed again, the
    row goes on under it; cells wrapped over lines whose break a capital does not show ("Vụ Pháp chế; Bộ" ⏎ "Tư
    pháp", "Cục Kinh tế," ⏎ "Thống kê") stay one cell; "Hải Phòng" ends a name."""
    head = "STT\nNội dung công việc\nĐơn vị chủ trì\nĐơn vị phối hợp\nThời gian hoàn\nthành\n"
    text = (head + "1\nThông tư hướng dẫn thống kê\nCục Kinh tế,\nThống kê\nVụ Pháp chế; Bộ\nTư pháp\nTháng 6/2027\n"
            "2\nRà soát văn bản quy phạm pháp luật\ndo Bộ ban hành\n\n" + head + "Vụ Pháp chế\nCác đơn vị thuộc Bộ\n"
            "Quý III/2027\n3\nKiểm tra thi hành Luật tại cảng\nUBND thành phố Hải Phòng\nCục Hàng hải\nNăm 2027\n")
    t = only(text)
    assert [r.number for r in t.rows] == ["1", "2", "3"]
    rows = [by_role(r) for r in t.rows]
    assert rows[0]["lead"] == "Cục Kinh tế, Thống kê" and rows[0]["support"] == "Vụ Pháp chế; Bộ Tư pháp"
    assert rows[1] == {"number": "2", "task": "Rà soát văn bản quy phạm pháp luật do Bộ ban hành",
                       "lead": "Vụ Pháp chế", "support": "Các đơn vị thuộc Bộ", "time": "Quý III/2027"}
    assert rows[2]["lead"] == "UBND thành phố Hải Phòng" and rows[2]["support"] == "Cục Hàng hải"


def test_the_same_header_over_a_total_row_and_numbering_from_one_is_a_second_table():
    """Two annexes of one resolution share their header; the second opens with its total row, then "I": a new
    table, not the first one's header repeated by a page (whose rows go on under it, as in the test above)."""
    head = "STT\nDanh mục dự án\nThời gian KC-HT\nTổng mức đầu tư\nKế hoạch vốn 2026-2030\n\n"
    text = ("Phụ lục I\n" + head + "TỔNG CỘNG\n\n640\n500\n\nI\nTHỦY LỢI\n\n640\n500\n\n1\nHồ chứa nước Bản Mòng\n"
            "2025-2028\n640\n500\n\nPhụ lục II\n" + head + "TỔNG CỘNG\n\n310\n300\n\nI\nGIÁO DỤC\n\n310\n300\n\n"
            "1\nTrường Tiểu học Đồng Tâm\n2026-2027\n310\n300\n")
    tables = find_tables(text)
    assert len(tables) == 2
    assert [r.number for r in tables[1].rows][-1] == "1"
    assert by_role(tables[1].rows[-1])["task"] == "Trường Tiểu học Đồng Tâm"


def test_a_window_with_an_hour_and_a_day_without_its_year_is_a_time_cell():
    """"Từ ngày 01/7 đến 17 giờ 00 ngày 10/7/2027": the minutes after the hour and the first day's missing year leave
    no count beside the times, so the cell is the row's time, not a second line of its task."""
    text = ("TT\nNội dung công việc\nThời gian\nChủ trì\n1\nNhận hồ sơ đăng ký\nTừ ngày 01/7 đến 17 giờ 00 ngày 10/7/2027\n"
            "Các trường THPT\n2\nCông bố kết quả\n8 giờ 30 phút ngày 15/7/2027\nSở Giáo dục và Đào tạo\n")
    t = only(text)
    assert [by_role(r)["time"] for r in t.rows] == ["Từ ngày 01/7 đến 17 giờ 00 ngày 10/7/2027",
                                                    "8 giờ 30 phút ngày 15/7/2027"]
    assert by_role(t.rows[0])["task"] == "Nhận hồ sơ đăng ký"


def test_a_products_cell_named_danh_muc_is_no_annex_title():
    """A cell "Danh mục dự án kêu gọi đầu tư" in sentence case is a row's product; "DANH MỤC ..." in capitals
    opens another annex and ends the table."""
    text = ("STT\nNhiệm vụ\nCơ quan chủ trì\nThời gian hoàn thành\nSản phẩm\n1\nTổ chức hội nghị xúc tiến đầu tư\n"
            "Sở Tài chính\nTháng 10/2027\nDanh mục dự án kêu gọi đầu tư\n2\nGiải ngân vốn đầu tư công năm 2027\n"
            "Các chủ đầu tư\nTrước 31/01/2028\nTỷ lệ giải ngân đạt 100%\n\nDANH MỤC DỰ ÁN KÊU GỌI ĐẦU TƯ\n"
            "1. Khu du lịch sinh thái Tràng An mở rộng.\n")
    t = only(text)
    assert [r.number for r in t.rows] == ["1", "2"]
    assert by_role(t.rows[0])["product"] == "Danh mục dự án kêu gọi đầu tư"
    assert by_role(t.rows[1])["lead"] == "Các chủ đầu tư" and "DANH MỤC" not in text[t.start:t.end]


def test_fused_numbers_and_group_rows_one_cell_a_line():
    text = ("STT\nNội dung công việc\nCơ quan thực hiện\nThời hạn\n"
            "I. CÔNG TÁC TUYÊN TRUYỀN\n"
            "1. Tuyên truyền pháp luật về khoáng sản trên sóng phát thanh\n"
            "Đài Phát thanh và Truyền hình tỉnh\nHằng tháng\n"
            "2. Biên soạn tài liệu hỏi đáp về pháp luật khoáng sản\nSở Tư pháp\nQuý II/2025\n"
            "II. CÔNG TÁC KIỂM TRA\n"
            "3. Kiểm tra các điểm khai thác cát trái phép\nCông an tỉnh\nTháng 10/2025\n"
            "\nTrên đây là Kế hoạch thực hiện công tác năm 2025.\n")
    t = only(text)
    assert [(r.number, r.group) for r in t.rows] == [
        ("I.", True), ("1.", False), ("2.", False), ("II.", True), ("3.", False)]
    assert by_role(t.rows[1]) == {"number": "1.", "task": "Tuyên truyền pháp luật về khoáng sản trên sóng phát thanh",
                                  "lead": "Đài Phát thanh và Truyền hình tỉnh", "time": "Hằng tháng"}
    assert by_role(t.rows[3]) == {"number": "II.", "task": "CÔNG TÁC KIỂM TRA"}
    # the closing sentence after the last row is no cell
    assert "Trên đây" not in " ".join(c.text for c in t.rows[-1].cells)
    spans_exact(text, [t])


def test_column_numbers_without_brackets_and_sub_rows():
    text = ("TT\nChỉ tiêu\nĐơn vị tính\nKế hoạch năm 2025\nGhi chú\n"
            "1\n2\n3\n4\n5\n"
            "1\nChỉ tiêu kinh tế\n"
            "1.1\nTốc độ tăng trưởng tổng sản phẩm trên địa bàn\n%\n8,5\n"
            "1.2\nThu ngân sách nhà nước trên địa bàn\ntỷ đồng\n15.200\nTheo dự toán giao\n"
            "2\nChỉ tiêu xã hội\n"
            "2.1\nTỷ lệ lao động qua đào tạo\n%\n72\n")
    t = only(text)
    assert t.roles == (R.NUMBER, R.INDICATOR, R.UNIT, R.VALUE, R.NOTE)
    assert [(r.number, r.group) for r in t.rows] == [
        ("1", True), ("1.1", False), ("1.2", False), ("2", True), ("2.1", False)]
    assert by_role(t.rows[2]) == {"number": "1.2", "indicator": "Thu ngân sách nhà nước trên địa bàn",
                                  "unit": "tỷ đồng", "value": "15.200", "note": "Theo dự toán giao"}


def test_a_table_broken_by_a_page_is_one_table():
    page1 = "STT\nNhiệm vụ\nChủ trì\n1\nLập quy hoạch phân khu\nSở Xây dựng\n2\nCấp giấy chứng nhận quyền sử dụng đất\nSở Tài nguyên và Môi trường\n"
    page2 = "STT\nNhiệm vụ\nChủ trì\n3\nCải tạo chung cư cũ\nỦy ban nhân dân thành phố\n"
    t = only(page1 + "5\n" + page2)
    assert [r.number for r in t.rows] == ["1", "2", "3"]
    # the same header over numbering that starts again is another table
    again = "STT\nNhiệm vụ\nChủ trì\n1\nTổng kết công tác năm\nVăn phòng Ủy ban nhân dân tỉnh\n"
    assert [len(t.rows) for t in find_tables(page1 + "\nPhụ lục 2\n" + again)] == [2, 1]


def test_a_row_number_glued_to_the_line_above_by_a_pdf_rewrap():
    text = ("STT\nNội dung\n1\nSở Giao thông vận tải\n1.1\nGiá dịch vụ ra, vào bến xe ô tô\n"
            "1.2\nGiá dịch vụ sử dụng phà do tỉnh quản lý 2\nSở Xây dựng\n2.1\nGiá nước sạch sinh hoạt\n")
    t = only(text)
    assert [(r.number, r.group) for r in t.rows] == [
        ("1", True), ("1.1", False), ("1.2", False), ("2", True), ("2.1", False)]
    assert by_role(t.rows[2])["task"] == "Giá dịch vụ sử dụng phà do tỉnh quản lý"
    assert by_role(t.rows[3])["task"] == "Sở Xây dựng"
    spans_exact(text, [t])


def test_header_only_form_has_no_rows():
    text = ("Biểu 01: TIẾN ĐỘ THỰC HIỆN NHIỆM VỤ\nTT\nTên nhiệm vụ\nKết quả thực hiện trong tháng\n"
            "Tiến độ (Vượt/ Đạt/ Chậm)\n\n\n\nBiểu 02: TÌNH HÌNH GIẢI NGÂN\n")
    t = only(text)
    assert t.rows == () and t.roles == (R.NUMBER, R.TASK, R.RESULT, R.PROGRESS)


# ---------------------------------------------------------------- layout 4: column by column

def test_column_by_column_pdf_text():
    text = ("TT\nNhiệm vụ\nChủ trì\nThời hạn\n1\n2\n3\n"
            "Xây dựng kế hoạch tuyên truyền\nTổ chức tập huấn cho cán bộ cấp xã\nSơ kết việc thực hiện\n"
            "Sở Văn hóa, Thể thao và Du lịch\nSở Nội vụ\nVăn phòng Ủy ban nhân dân tỉnh\n"
            "Quý I/2025\nQuý III/2025\nTháng 12/2025\n")
    t = only(text)
    assert [by_role(r) for r in t.rows] == [
        {"number": "1", "task": "Xây dựng kế hoạch tuyên truyền", "lead": "Sở Văn hóa, Thể thao và Du lịch", "time": "Quý I/2025"},
        {"number": "2", "task": "Tổ chức tập huấn cho cán bộ cấp xã", "lead": "Sở Nội vụ", "time": "Quý III/2025"},
        {"number": "3", "task": "Sơ kết việc thực hiện", "lead": "Văn phòng Ủy ban nhân dân tỉnh", "time": "Tháng 12/2025"}]
    spans_exact(text, [t])


def test_column_by_column_with_a_missing_cell_keeps_the_numbers_only():
    text = ("TT\nNhiệm vụ\nChủ trì\nThời hạn\n1\n2\n3\n"
            "Xây dựng kế hoạch tuyên truyền\nTổ chức tập huấn cho cán bộ cấp xã\nSơ kết việc thực hiện\n"
            "Sở Nội vụ\nVăn phòng Ủy ban nhân dân tỉnh\nQuý I/2025\nQuý III/2025\nTháng 12/2025\n")
    t = only(text)
    assert [[c.role for c in r.cells] for r in t.rows] == [[R.NUMBER]] * 3


# ---------------------------------------------------------------- placing lines in columns

P = [R.NUMBER, R.TASK, R.LEAD, R.SUPPORT, R.PRODUCT, R.TIME]
PLACEMENT_ROWS = [
    # everything present, one line a cell
    (["Rà soát quy hoạch vùng nguyên liệu", "Sở Nông nghiệp và Môi trường", "Các huyện",
      "Báo cáo rà soát", "Quý II/2025"], P, [1, 2, 3, 4, 5]),
    # support and product empty
    (["Điều chỉnh bảng giá đất", "Sở Tài chính", "Quý IV/2025"], P, [1, 2, 5]),
    # one agency: the lead
    (["Kiểm tra an toàn đập", "Các sở, ngành", "Thường xuyên"], P, [1, 2, 5]),
    # a product that names a body's act is no agency
    (["Ban hành quy chế phối hợp", "Sở Tư pháp", "Quyết định của Ủy ban nhân dân tỉnh", "2025"], P, [1, 2, 4, 5]),
    # a task in paragraphs (a colon, then bullets)
    (["Xây dựng cơ sở dữ liệu:", "- Khảo sát hiện trạng;", "- Chuẩn hóa dữ liệu.", "Sở Xây dựng", "Thường xuyên"],
     P, [1, 1, 1, 2, 5]),
    # several agencies, one a paragraph: the first leads
    (["Kiểm tra mỏ đá", "Sở Công Thương", "Sở Xây dựng", "Công an tỉnh", "Hằng năm"], P, [1, 2, 3, 3, 5]),
    # a report row: status, then what was done
    (["Trình đề án sắp xếp", "Tháng 6/2025", "Sở Nội vụ", "Đang thực hiện", "Đã trình Ủy ban nhân dân tỉnh dự thảo đề án"],
     [R.NUMBER, R.TASK, R.TIME, R.LEAD, R.PROGRESS, R.RESULT], [1, 2, 3, 4, 5]),
    # a report row whose result starts with a year: a count beside the time says it is what was done
    (["Đào tạo nhân lực logistics", "Sở Nội vụ", "Hằng năm", "Năm 2027 đào tạo 410 lao động", "Đang thực hiện"],
     [R.NUMBER, R.TASK, R.LEAD, R.TIME, R.RESULT, R.PROGRESS], [1, 2, 3, 4, 5]),
    # a work programme's row: the body the product is submitted to ("Cấp trình") is no second lead
    (["Kế hoạch triển khai Nghị quyết của Quốc hội", "Sở Tài chính", "UBND tỉnh", "Trước ngày 10/01/2027"],
     [R.NUMBER, R.TASK, R.LEAD, R.RECIPIENT, R.TIME], [1, 2, 3, 4]),
    # a target row with its unit left empty
    (["Số doanh nghiệp thành lập mới", "1.200"], [R.NUMBER, R.INDICATOR, R.UNIT, R.VALUE], [1, 3]),
    (["Tỷ lệ xã đạt chuẩn nông thôn mới", "%", "≥ 60"], [R.NUMBER, R.INDICATOR, R.UNIT, R.VALUE], [1, 2, 3]),
]


def test_place_lines():
    bad = [(lines, place_lines(lines, roles), want) for lines, roles, want in PLACEMENT_ROWS
           if place_lines(lines, roles) != want]
    assert not bad, bad


# ---------------------------------------------------------------- generated tables

TASKS = ["Rà soát quy hoạch khu công nghiệp", "Xây dựng kế hoạch chuyển đổi số năm 2026",
         "Tổ chức tập huấn nghiệp vụ cho cán bộ cấp xã", "Kiểm tra việc chấp hành pháp luật về đất đai",
         "Đề xuất cơ chế hỗ trợ hợp tác xã nông nghiệp", "Nâng cấp hệ thống thông tin giải quyết thủ tục hành chính"]
LEADS = ["Sở Tài chính", "Sở Xây dựng", "Công an tỉnh", "Văn phòng Ủy ban nhân dân tỉnh", "Ủy ban nhân dân cấp huyện",
         "Các sở, ban, ngành"]
SUPPORTS = ["", "Sở Tư pháp", "Các địa phương", "Sở Nội vụ; Sở Tài chính"]
TIMES = ["Quý II/2025", "2026", "Thường xuyên", "Hằng năm", "Tháng 9/2025", "Trước ngày 30/6/2025"]

rows_strategy = st.lists(st.tuples(st.sampled_from(TASKS), st.sampled_from(LEADS), st.sampled_from(SUPPORTS),
                                   st.sampled_from(TIMES)), min_size=1, max_size=8)


def _render(rows, pipes: bool) -> str:
    head = ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn"]
    if pipes:
        lines = [" | ".join(head)] + [f"{i}. | {t} | {l} | {s} | {d}" for i, (t, l, s, d) in enumerate(rows, 1)]
    else:
        lines = head + [x for i, (t, l, s, d) in enumerate(rows, 1) for x in (str(i), t, l, s, d) if x]
    return "Phụ lục\n" + "\n".join(lines) + "\n\nNơi nhận:\n- Như trên;\n"


@settings(max_examples=60, deadline=None)
@given(rows=rows_strategy, pipes=st.booleans())
def test_generated_assignment_tables_read_back(rows, pipes):
    text = _render(rows, pipes)
    t = only(text)
    spans_exact(text, [t])
    assert len(t.rows) == len(rows)
    for row, (task, lead, support, time) in zip(t.rows, rows):
        got = by_role(row)
        want = {"number": row.number, "task": task, "lead": lead, "time": time}
        if support:
            want["support"] = support
        assert got == want


# ---------------------------------------------------------------- the module's place

def test_tables_sits_below_structure():
    tree = ast.parse((ROOT / "nlpolicy" / "tables.py").read_text(encoding="utf-8"))
    imported = {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.module}
    imported |= {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
    ours = {m for m in imported if m.startswith("nlpolicy")}
    assert ours <= {"nlpolicy.types", "nlpolicy.matching", "nlpolicy.lexicon", "nlpolicy.normalize", "nlpolicy.regexes"}, ours


# ---------------------------------------------------------------- any text

_ALPHABET = st.sampled_from(list("|| \n\n\n.-()1234567890IVXABabcđăâêôơưàáạảãếệổờủ") + [
    "STT", "TT", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Thời hạn", "Tiến độ", "Kết quả", "Sở Tài chính",
    "Các sở, ngành", "Quý II/2025", "Hoàn thành", "Ghi chú", "Phụ lục", "II.1", "(1)", "|---|"])


@settings(max_examples=150, deadline=None)
@given(st.lists(_ALPHABET, max_size=80).map("".join))
def test_any_text_gives_exact_spans_and_no_error(text):
    tables = find_tables(text)
    spans_exact(text, tables)
    for t in tables:
        assert len(t.roles) >= len(t.header)
        assert all(c.column < max(len(t.roles), 1) or c.role is R.OTHER for r in t.rows for c in r.cells)


def test_doctests():
    import doctest

    import nlpolicy.tables as tables
    result = doctest.testmod(tables)
    assert result.attempted >= 5 and result.failed == 0


def test_a_report_table_one_cell_a_line_with_a_computed_column():
    # a commune's half-year report: the column numbers say how the last column is computed, and the plan's and
    # the result's figures stand one a line (each its own cell, not one cell of two figures)
    text = ("STT\nChỉ tiêu\nĐVT\nKế hoạch năm 2027\nThực hiện 6 tháng\nSo với kế hoạch (%)\n"
            "(1)\n(2)\n(3)\n(4)\n(5)\n(6)=(5)/(4)\n"
            "1\nDiện tích gieo trồng lúa cả năm\nha\n11.500\n7.420\n64,5\n"
            "2\nSản lượng thủy sản\ntấn\n2.400\n1.150\n47,9\n")
    t = only(text)
    assert [r.number for r in t.rows] == ["1", "2"]
    assert [c.text for c in t.rows[0].cells] == ["1", "Diện tích gieo trồng lúa cả năm", "ha", "11.500", "7.420", "64,5"]
    assert [c.text for c in t.rows[1].cells] == ["2", "Sản lượng thủy sản", "tấn", "2.400", "1.150", "47,9"]


def test_a_numbered_heading_after_a_full_last_row_ends_the_table():
    # a submission: a table of indicators one cell a line inside a point, then the next item's heading
    text = ("b) Chỉ tiêu cụ thể:\nSTT\nChỉ tiêu\nĐơn vị\nNăm 2028\nNăm 2030\n"
            "1\nTỷ lệ đường tỉnh đạt cấp III\n%\n60\n75\n"
            "2\nSố cầu yếu được thay thế\ncầu\n9\n17\n\n"
            "3. Danh mục công trình\nNâng cấp Đường tỉnh 390.\n")
    t = only(text)
    assert [r.number for r in t.rows] == ["1", "2"]
    assert "Danh mục" not in text[t.start:t.end]


def test_a_column_named_unit_that_lists_bodies_is_theirs():
    """"Đơn vị" is a unit of measure or the body a row is for: a column of names of three words or more with a
    capital ("Công đoàn ngành Giáo dục") is the bodies'; one of "người", "Tỷ đồng" is the unit's (tables written
    for this test)."""
    bodies = ("STT\nĐơn vị\nKết nạp đoàn viên (người)\nThành lập công đoàn cơ sở (đơn vị)\n\n"
              "1\nCông đoàn ngành Giáo dục\n1.200\n4\n2\nCông đoàn Viên chức tỉnh\n850\n2\n")
    assert only(bodies).roles == (R.NUMBER, R.LEAD, R.VALUE, R.VALUE)
    units = ("TT\nChỉ tiêu\nĐơn vị\nKế hoạch năm 2027\n1\nKết nạp hội viên mới\nNgười\n2.050\n"
             "2\nVốn vay hỗ trợ\nTỷ đồng\n45\n")
    assert only(units).roles[2] is R.UNIT


def test_a_total_row_after_the_last_row_is_no_more_cells_of_it():
    """One cell a line: after the last row, a blank line and the total row with its STT cell empty; the last
    row keeps its own cells and the table ends with the total row, which is no row of figures of its own."""
    text = ("TT\nNăm thực hiện\nDiện tích (ha)\nSố xã (xã)\n1\nNăm 2027\n2.000\n8\n2\nNăm 2028\n3.500\n14\n\n"
            "Tổng cộng\n5.500\n22\n")
    t = only(text)
    assert [r.number for r in t.rows] == ["1", "2"]
    assert [c.text for c in t.rows[1].cells] == ["2", "Năm 2028", "3.500", "14"]
    assert t.end == len(text.rstrip("\n"))
