"""A target table copied out of a PDF whose table has no ruled cells: a space between cells, an
indicator's wrapped rest on the next line, group rows by a Roman number, perhaps a page break
with its number and running header inside the table.  It reads as the same table its Word
original gives (normalize.spaced_tables).

The resolution and its annex are invented, in the way provincial party committees annex their
targets; the layout is the one a PDF reader gives such an annex.
"""
from __future__ import annotations

from nlpolicy.document import from_raw
from nlpolicy.extract.pipeline import extract_document
from nlpolicy.normalize import normalize
from nlpolicy.types import RawDocument

HEAD = ("ĐẢNG BỘ TỈNH QUẢNG NGÃI\nTỈNH ỦY\nSố 14-NQ/TU\nQuảng Ngãi, ngày 10 tháng 8 năm 2026\n\nNGHỊ QUYẾT\n"
        "về phát triển du lịch biển đến năm 2030\n\nI. MỤC TIÊU\nCác chỉ tiêu cụ thể tại Phụ lục kèm theo.\n"
        "II. TỔ CHỨC THỰC HIỆN\nBan cán sự đảng Ủy ban nhân dân tỉnh lãnh đạo xây dựng kế hoạch thực hiện.\n\n"
        "PHỤ LỤC\nCÁC CHỈ TIÊU PHÁT TRIỂN DU LỊCH BIỂN ĐẾN NĂM 2030\n"
        "(Kèm theo Nghị quyết số 14-NQ/TU ngày 10/8/2026 của Ban Chấp hành Đảng bộ tỉnh)\n")
TABLE = ["TT Chỉ tiêu Đơn vị tính Thực hiện năm 2025 Mục tiêu đến năm 2030",
         "I Chỉ tiêu về du lịch",
         "1 Số lượt khách du lịch đến các điểm ven biển nghìn lượt 2.150 4.000 - 4.500",
         "2 Tỷ lệ cơ sở lưu trú ven biển đạt tiêu chuẩn từ 3 sao trở % 24 Trên 40",
         "lên",
         "3 Số khu du lịch ven biển được công nhận cấp tỉnh khu 3 7",
         "II Chỉ tiêu về hạ tầng",
         "1 Chiều dài đường ven biển được đầu tư nâng cấp km 38,5 120"]
EXPECTED = [("PL1.I.1", "baseline", 2150.0, "nghìn lượt", 2025), ("PL1.I.1", "target", 4000.0, "nghìn lượt", 2030),
            ("PL1.I.2", "baseline", 24.0, "%", 2025), ("PL1.I.2", "target", 40.0, "%", 2030),
            ("PL1.I.3", "baseline", 3.0, "khu", 2025), ("PL1.I.3", "target", 7.0, "khu", 2030),
            ("PL1.II.1", "baseline", 38.5, "km", 2025), ("PL1.II.1", "target", 120.0, "km", 2030)]


def extract(text: str):
    return extract_document(from_raw(RawDocument(path="t.txt", text=text, encoding="utf-8")))


def table_targets(text: str) -> list[tuple]:
    return sorted((t.section, t.kind, t.value, t.unit, t.year) for t in extract(text).targets
                  if t.section and t.section.startswith("PL1"))


def test_a_spaced_table_reads_as_its_rows():
    text = normalize(HEAD + "\n".join(TABLE) + "\n").text
    assert "\n1 | Số lượt khách du lịch đến các điểm ven biển | nghìn lượt | 2.150 | 4.000 - 4.500\n" in text
    assert "\nI | Chỉ tiêu về du lịch" in text
    assert table_targets(HEAD + "\n".join(TABLE) + "\n") == sorted(EXPECTED)


def test_the_rows_sections_and_an_indicators_wrapped_rest():
    ex = extract(HEAD + "\n".join(TABLE) + "\n")
    ids = [s.id for s in ex.document.sections if s.id.startswith("PL1")]
    assert ids == ["PL1", "PL1.I", "PL1.I.1", "PL1.I.2", "PL1.I.3", "PL1.II", "PL1.II.1"]
    row = next(s for s in ex.document.sections if s.id == "PL1.I.2")
    assert ex.document.text[row.start:row.end].count("lên") == 1     # the wrapped rest stays in its row


def test_a_page_break_inside_the_table_leaves_it_whole():
    # the PDF's page number and running header between two rows
    broken = TABLE[:4] + ["", "2", "Nghị quyết số 14-NQ/TU", ""] + TABLE[4:]
    assert table_targets(HEAD + "\n".join(broken) + "\n") == sorted(EXPECTED)


def test_lines_that_only_look_like_a_header_change_nothing():
    # a numbered list after a line that names columns, with no figures at the rows' ends
    text = (HEAD + "TT Chỉ tiêu Đơn vị tính Thực hiện năm 2025 Mục tiêu đến năm 2030\n"
            "1 Rà soát các chỉ tiêu của ngành du lịch\n2 Xây dựng bộ chỉ số đánh giá\n\nGhi chú: số liệu ước.\n")
    assert " | " not in normalize(text).text.split("PHỤ LỤC")[1]


# A council's resolution setting the levels of mechanisation in a small Word table with no STT column,
# copied one cell a line (invented): the header names its value columns by their years.
MECHANISATION = ("HỘI ĐỒNG NHÂN DÂN\nTỈNH TÂN AN\nSố: 12/2027/NQ-HĐND\nTân An, ngày 9 tháng 7 năm 2027\n\nNGHỊ QUYẾT\n"
                 "Về chính sách hỗ trợ cơ giới hóa nông nghiệp giai đoạn 2027 - 2030\n\nĐiều 1. Mục tiêu\n"
                 "Phấn đấu đến năm 2030:\n- Tỷ lệ cơ giới hóa các khâu sản xuất đạt như sau:\n"
                 "Khâu sản xuất\nThực hiện năm 2026\nMục tiêu năm 2030\nLàm đất\n90%\nTrên 98%\nThu hoạch\n52%\n80%\n"
                 "Sấy nông sản\n21%\n45%\n"
                 "- Giảm tỷ lệ tổn thất sau thu hoạch từ 10% năm 2026 xuống dưới 5%.\n")


def test_a_table_with_no_stt_column_copied_one_cell_a_line():
    text = normalize(MECHANISATION).text
    assert "\nKhâu sản xuất | Thực hiện năm 2026 | Mục tiêu năm 2030\nLàm đất | 90% | Trên 98%\n" in text
    got = sorted((t.kind, t.value, t.year, t.indicator) for t in extract(MECHANISATION).targets)
    assert got == sorted([("baseline", 90.0, 2026, "Làm đất"), ("target", 98.0, 2030, "Làm đất"),
                          ("baseline", 52.0, 2026, "Thu hoạch"), ("target", 80.0, 2030, "Thu hoạch"),
                          ("baseline", 21.0, 2026, "Sấy nông sản"), ("target", 45.0, 2030, "Sấy nông sản"),
                          ("baseline", 10.0, 2026, "tỷ lệ tổn thất sau thu hoạch"),
                          ("target", 5.0, 2030, "tỷ lệ tổn thất sau thu hoạch")])


# A plan's list of equipment, held and to add, copied one cell a line with a unit column and a last column of who
# keeps each (invented): the values are dated by their headers, the keepers are text.
EQUIPMENT = ("ỦY BAN NHÂN DÂN\nTỈNH TÂN AN\nSố: 31/KH-UBND\nTân An, ngày 14 tháng 4 năm 2027\n\nKẾ HOẠCH\n"
             "Ứng phó sự cố hóa chất giai đoạn 2027 - 2030\n\nI. LỰC LƯỢNG, PHƯƠNG TIỆN\nPhương tiện chủ yếu:\n"
             "Danh mục\nĐơn vị tính\nHiện có (đến ngày 31/12/2026)\nBổ sung giai đoạn 2027 - 2030\nĐơn vị quản lý\n"
             "Bộ quần áo chống hóa chất\nbộ\n120\n80\nBộ Chỉ huy Quân sự tỉnh\n"
             "Xe chuyên dụng tẩy độc\nchiếc\n02\n01\nCông an tỉnh; Sở Y tế\n")


def test_a_table_with_no_stt_column_a_unit_and_a_last_column_of_keepers():
    text = normalize(EQUIPMENT).text
    assert "\nBộ quần áo chống hóa chất | bộ | 120 | 80 | Bộ Chỉ huy Quân sự tỉnh\n" in text
    got = sorted((t.kind, t.value, t.unit, t.year) for t in extract(EQUIPMENT).targets)
    assert got == sorted([("baseline", 120.0, "bộ", 2026), ("target", 80.0, "bộ", 2030),
                          ("baseline", 2.0, "chiếc", 2026), ("target", 1.0, "chiếc", 2030)])


def test_short_lines_that_are_no_table_stay_lines():
    # a list of short lines under a line that names a year is no table without figures in its rows
    text = ("KẾ HOẠCH\nvề du lịch\n\nI. NHIỆM VỤ\nCác nội dung chính\nKế hoạch năm 2027\nMục tiêu năm 2030\n"
            "Quảng bá du lịch\nPhát triển sản phẩm\nĐào tạo nhân lực\n")
    assert " | " not in normalize(text).text


def test_count_columns_dated_by_their_headers_and_a_year_to_reach_the_standard():
    # a district's plan: communes with the criteria met by a date, those to meet by a year, and the year each
    # meets the standard (a Word table copied one cell a line, invented)
    text = ("ỦY BAN NHÂN DÂN\nHUYỆN TÂN AN\nSố: 41/KH-UBND\nTân An, ngày 5 tháng 4 năm 2027\n\nKẾ HOẠCH\n"
            "Xây dựng nông thôn mới giai đoạn 2027 - 2030\n\nI. MỤC TIÊU\nLộ trình của từng xã tại Phụ lục.\n\n"
            "PHỤ LỤC\nLỘ TRÌNH ĐẠT CHUẨN CỦA CÁC XÃ\nTT\nTên xã\nSố tiêu chí đã đạt đến 31/12/2026\n"
            "Số tiêu chí phấn đấu đạt đến năm 2030\nNăm đạt chuẩn\n1\nPhú Mỹ\n15\n19\n2028\n2\nHòa Lợi\n11\n19\n2030\n")
    ex = extract(text)
    got = sorted((t.section, t.kind, t.value, t.unit, t.year) for t in ex.targets)
    assert got == sorted([("PL1.1", "baseline", 15.0, "tiêu chí", 2026), ("PL1.1", "target", 19.0, "tiêu chí", 2030),
                          ("PL1.2", "baseline", 11.0, "tiêu chí", 2026), ("PL1.2", "target", 19.0, "tiêu chí", 2030)])
    assert {(d.section, d.value) for d in ex.deadlines} >= {("PL1.1", "2028"), ("PL1.2", "2030")}


# A decision assigning next year's targets to districts, its annex a Word table copied one cell a line with
# the rows parted by blank lines: a total row whose STT cell is empty (a second blank line before its name),
# a value cell left empty (a blank line inside the row), a "-" for a target that does not apply.
DISTRICTS = (
    "ỦY BAN NHÂN DÂN\nTỈNH ĐIỆN BIÊN\nSố: 3105/QĐ-UBND\nĐiện Biên, ngày 20 tháng 12 năm 2026\n\nQUYẾT ĐỊNH\n"
    "Về việc giao chỉ tiêu kế hoạch năm 2027 cho các huyện\n\nĐiều 1. Giao chỉ tiêu kế hoạch năm 2027 cho các "
    "huyện, thị xã (chi tiết tại Phụ lục kèm theo).\nĐiều 2. Ủy ban nhân dân các huyện, thị xã tổ chức thực hiện.\n\n"
    "PHỤ LỤC\nCHỈ TIÊU KẾ HOẠCH NĂM 2027 GIAO CHO CÁC HUYỆN, THỊ XÃ\n"
    "(Kèm theo Quyết định số 3105/QĐ-UBND ngày 20/12/2026 của UBND tỉnh)\n\n"
    "STT\nHuyện, thị xã\nDiện tích trồng rừng mới (ha)\nTỷ lệ trường đạt chuẩn quốc gia so với năm 2026 (%)\n"
    "Số hộ được hỗ trợ nhà ở (hộ)\n\n"
    "\nToàn tỉnh\n1.250\n\n640\n\n"
    "1\nHuyện Mường Nhé\n420\n55\n210\n\n"
    "2\nThị xã Mường Lay\n-\n80\n35\n\n"
    "3\nHuyện Tủa Chùa\n305\n61\n118\n")


def test_a_table_of_districts_by_indicators_with_rows_parted_by_blank_lines():
    text = normalize(DISTRICTS).text
    assert "\n1 | Huyện Mường Nhé | 420 | 55 | 210\n" in text
    assert "\nToàn tỉnh | 1.250 | | 640\n" in text
    got = sorted((t.section, t.subject, t.indicator, t.value, t.unit, t.year) for t in extract(DISTRICTS).targets
                 if t.section and t.section.startswith("PL"))
    rate = "tỷ lệ trường đạt chuẩn quốc gia so với năm 2026"
    assert got == sorted([
        ("PL1", "Toàn tỉnh", "diện tích trồng rừng mới", 1250.0, "ha", 2027),
        ("PL1", "Toàn tỉnh", "số hộ được hỗ trợ nhà ở", 640.0, "hộ", 2027),
        ("PL1.1", "Huyện Mường Nhé", "diện tích trồng rừng mới", 420.0, "ha", 2027),
        ("PL1.1", "Huyện Mường Nhé", rate, 55.0, "%", 2027),
        ("PL1.1", "Huyện Mường Nhé", "số hộ được hỗ trợ nhà ở", 210.0, "hộ", 2027),
        ("PL1.2", "Thị xã Mường Lay", rate, 80.0, "%", 2027),
        ("PL1.2", "Thị xã Mường Lay", "số hộ được hỗ trợ nhà ở", 35.0, "hộ", 2027),
        ("PL1.3", "Huyện Tủa Chùa", "diện tích trồng rừng mới", 305.0, "ha", 2027),
        ("PL1.3", "Huyện Tủa Chùa", rate, 61.0, "%", 2027),
        ("PL1.3", "Huyện Tủa Chùa", "số hộ được hỗ trợ nhà ở", 118.0, "hộ", 2027)])


# A plan's annex of communes whose first column says where each stood at the end of last year: those are
# baselines of that year; the plan year's column holds its targets.
COMMUNES = (
    "ỦY BAN NHÂN DÂN\nTỈNH CAO BẰNG\nSố: 212/KH-UBND\nCao Bằng, ngày 14 tháng 02 năm 2027\n\nKẾ HOẠCH\n"
    "Phát triển rừng năm 2027\n\nI. MỤC TIÊU\nNâng tỷ lệ che phủ rừng của các xã (chi tiết tại Phụ lục).\n"
    "II. TỔ CHỨC THỰC HIỆN\nỦy ban nhân dân các xã tổ chức thực hiện.\n\n"
    "PHỤ LỤC\nTỶ LỆ CHE PHỦ RỪNG CỦA CÁC XÃ NĂM 2027\n(Kèm theo Kế hoạch số 212/KH-UBND)\n\n"
    "STT\nTên xã\nTỷ lệ che phủ rừng cuối năm 2026 (%)\nTỷ lệ che phủ rừng năm 2027 (%)\n\n"
    "1\nXã Quảng Lâm\n61,4\n62,5\n\n"
    "2\nXã Lý Bôn\n58,9\n60,0\n")


def test_a_total_row_whose_empty_stt_cell_left_no_blank_line():
    # the total row right after the header, one blank line before it like any row: its STT cell is empty all
    # the same ("Tổng cộng" is no row number), and the rows after it are read
    text = ("PHỤ LỤC\nCHỈ TIÊU NĂM 2027\n(Kèm theo Kế hoạch số 9/KH-UBND)\n\nSTT\nNội dung\nNăm 2027 (km)\n"
            "Cơ quan chủ trì\n\nTổng cộng\n120\n\n1\nĐường giao thông nông thôn\n80\nSở Xây dựng\n\n"
            "2\nĐường nội đồng\n40\nSở Nông nghiệp và Môi trường\n\n3\nĐường tuần tra biên giới\n15\nCông an tỉnh\n"
            "\n\nPhụ lục II\nDANH MỤC TUYẾN ĐƯỜNG\n(Kèm theo Kế hoạch số 9/KH-UBND)\n")
    got = normalize(text).text
    assert "\nTổng cộng | 120 |\n" in got and "\n1 | Đường giao thông nông thôn | 80 | Sở Xây dựng\n" in got
    # (the next annex's heading after two blank lines is no row with an empty STT cell)
    assert "\nPhụ lục II\nDANH MỤC TUYẾN ĐƯỜNG\n" in got


def test_columns_of_what_is_to_be_done_by_a_date_hold_targets():
    # "Hoàn thành đến <date> (<unit>)" heads a column of targets of that year; "(lũy kế, <unit>)" sums them up
    # to a later date (a total to reach, in the unit after the comma); "Hình thức sắp xếp" names the rows
    text = ("ỦY BAN NHÂN DÂN\nTỈNH PHÚ THỌ\nSố: 55/KH-UBND\nPhú Thọ, ngày 10 tháng 3 năm 2027\n\nKẾ HOẠCH\n"
            "Sắp xếp trường học năm 2027\n\nI. NHIỆM VỤ\nSở Giáo dục và Đào tạo chủ trì thực hiện (chi tiết tại Phụ lục).\n\n"
            "PHỤ LỤC\nCHỈ TIÊU SẮP XẾP TRƯỜNG HỌC\n(Kèm theo Kế hoạch số 55/KH-UBND)\n\nSTT\nHình thức sắp xếp\n"
            "Hoàn thành đến 31/12/2027 (trường)\nHoàn thành đến 30/6/2028 (lũy kế, trường)\nCơ quan chủ trì\n\n"
            "1\nSáp nhập trường tiểu học\n24\n31\nSở Giáo dục và Đào tạo\n\n2\nGiải thể điểm trường lẻ\n40\n52\n"
            "Ủy ban nhân dân các xã\n\n3\nChuyển đổi trường mầm non\n6\n9\nSở Giáo dục và Đào tạo\n")
    got = sorted((t.kind, t.value, t.unit, t.year) for t in extract(text).targets if t.section and t.section.startswith("PL"))
    assert got == sorted([("target", 24.0, "trường", 2027), ("target", 31.0, "trường", 2028),
                          ("target", 40.0, "trường", 2027), ("target", 52.0, "trường", 2028),
                          ("target", 6.0, "trường", 2027), ("target", 9.0, "trường", 2028)])


def test_an_annex_of_revenues_by_item_with_the_estimate_given_and_the_one_aimed_at():
    # "Khoản thu" names the rows; "Dự toán HĐND tỉnh giao" and "Chỉ tiêu phấn đấu" are both figures of the plan's
    # year in the unit the caption gives; the column comparing them holds none
    text = ("CỤC THUẾ\nTHUẾ TỈNH AN BÌNH\nSố: 12/KH-TTH\nAn Bình, ngày 10 tháng 01 năm 2027\n\nKẾ HOẠCH\n"
            "Thu ngân sách nhà nước năm 2027\n\nI. CHỈ TIÊU\nChỉ tiêu theo từng khoản thu tại Phụ lục kèm theo.\n"
            "II. TỔ CHỨC THỰC HIỆN\nCác Thuế cơ sở tổ chức thực hiện; Sở Tài chính phối hợp.\n\n"
            "PHỤ LỤC\nCHỈ TIÊU THU NGÂN SÁCH NĂM 2027\n(Kèm theo Kế hoạch số 12/KH-TTH)\n\nĐơn vị tính: tỷ đồng\n"
            "STT\nKhoản thu\nDự toán HĐND tỉnh giao\nChỉ tiêu phấn đấu\nSo với dự toán (%)\n"
            "1\nThu từ doanh nghiệp nhà nước\n640\n660\n103,1\n"
            "2\nLệ phí trước bạ\n310\n325\n104,8\n")
    got = sorted((t.value, t.unit, t.year) for t in extract(text).targets if t.section and t.section.startswith("PL"))
    assert got == sorted([(640.0, "tỷ đồng", 2027), (660.0, "tỷ đồng", 2027),
                          (310.0, "tỷ đồng", 2027), (325.0, "tỷ đồng", 2027)])


def test_a_total_row_that_says_what_it_counts_is_no_header_cell():
    # "Tổng cộng (03 nhiệm vụ)" with its empty cells, between the header and the first group: the header ends
    # before it, and each task's funds stand in the funds column
    text = ("SỞ KHOA HỌC VÀ CÔNG NGHỆ\nTỈNH AN BÌNH\nSố: 45/QĐ-SKHCN\nAn Bình, ngày 09 tháng 10 năm 2026\n\n"
            "QUYẾT ĐỊNH\nPhê duyệt danh mục nhiệm vụ khoa học và công nghệ cấp tỉnh năm 2027\n\n"
            "Điều 1. Phê duyệt danh mục nhiệm vụ tại Phụ lục kèm theo.\n"
            "Điều 2. Các tổ chức chủ trì nộp hồ sơ về Sở Khoa học và Công nghệ trước ngày 15/11/2026.\n\n"
            "PHỤ LỤC\nDANH MỤC NHIỆM VỤ NĂM 2027\n(Kèm theo Quyết định số 45/QĐ-SKHCN)\n\n"
            "STT\nTên nhiệm vụ\nTổ chức chủ trì\nThời gian thực hiện (tháng)\nKinh phí (triệu đồng)\n\n"
            "Tổng cộng (03 nhiệm vụ)\n\n\n4.200\nI\nLĨNH VỰC NÔNG NGHIỆP\n"
            "1\nNghiên cứu giống lúa chịu mặn\nViện Lúa An Bình\n24\n1.500\n"
            "2\nỨng dụng chế phẩm vi sinh xử lý rơm rạ\nTrường Đại học An Bình\n18\n1.200\n"
            "II\nLĨNH VỰC Y TẾ\n3\nSàng lọc ung thư gan\nBệnh viện Đa khoa tỉnh\n24\n1.500\n")
    (table,) = extract(text).document.text_tables
    assert [h.text for h in table.header] == ["STT", "Tên nhiệm vụ", "Tổ chức chủ trì", "Thời gian thực hiện (tháng)",
                                             "Kinh phí (triệu đồng)"]
    funds = [c.text for row in table.rows for c in row.cells if c.column == 4]
    assert funds == ["1.500", "1.200", "1.500"]
    # the last row keeps its last cell: a count of months fits the time column ("24" under "... (tháng)")
    assert [c.text for c in table.rows[-1].cells][-2:] == ["24", "1.500"]


def test_a_column_of_where_things_stood_last_year_holds_baselines():
    got = sorted((t.kind, t.subject, t.value, t.year) for t in extract(COMMUNES).targets
                 if t.section and t.section.startswith("PL"))
    assert got == sorted([("baseline", "Xã Quảng Lâm", 61.4, 2026), ("target", "Xã Quảng Lâm", 62.5, 2027),
                          ("baseline", "Xã Lý Bôn", 58.9, 2026), ("target", "Xã Lý Bôn", 60.0, 2027)])


def test_lines_parted_by_blank_lines_under_an_stt_line_that_are_no_table_stay_lines():
    # an "STT" line over a list of names with no figures and no header of columns is no table
    text = ("KẾ HOẠCH\nvề du lịch\n\nI. NHIỆM VỤ\n\nTT\nNội dung\n\nQuảng bá du lịch trên các kênh truyền thông.\n\n"
            "Phát triển sản phẩm du lịch cộng đồng.\n")
    assert " | " not in normalize(text).text


def test_a_column_named_with_its_unit_holds_values_and_a_column_that_compares_holds_none():
    from nlpolicy.tables import ColumnRole, column_role
    assert [column_role(h)[0] for h in ("Diện tích trồng rừng mới (ha)", "Số hộ thoát nghèo (hộ)",
                                        "Tỷ lệ hộ nghèo giảm so với năm 2026 (%)")] == [ColumnRole.VALUE] * 3
    assert [column_role(h)[0] for h in ("Tỷ lệ so với KH (%)", "So sánh cùng kỳ (%)", "Tỷ lệ thực hiện (%)",
                                        "Đạt % kế hoạch năm", "Tỷ lệ (%)")] == [ColumnRole.OTHER] * 5


def test_the_office_or_unit_that_carries_a_row_out_leads_it():
    # an inspection programme's "Phòng/bộ phận thực hiện": the office doing the row's work leads it
    from nlpolicy.tables import ColumnRole, column_role
    assert [column_role(h)[0] for h in ("Phòng/bộ phận thực hiện", "Phòng chuyên môn thực hiện",
                                        "Bộ phận được giao")] == [ColumnRole.LEAD] * 3
    assert column_role("Nội dung thực hiện")[0] == ColumnRole.TASK


def test_a_total_row_above_works_is_due_when_the_last_of_them_is():
    # a council's list of works whose total row has an empty STT cell and no time cell of its own: the total
    # investment is due with the last work (2029); the plan column keeps the year its header names
    text = ("HỘI ĐỒNG NHÂN DÂN\nXÃ TÂN AN\nSố: 31/NQ-HĐND\nTân An, ngày 15 tháng 12 năm 2026\n\nNGHỊ QUYẾT\n"
            "Về kế hoạch đầu tư công năm 2027\n\nĐiều 1. Thông qua kế hoạch đầu tư công năm 2027:\n"
            "1. Danh mục công trình:\nĐơn vị tính: triệu đồng\n\nSTT\tTên công trình\tTổng mức đầu tư\tKế hoạch vốn năm 2027\tThời gian thực hiện\n"
            "\tTỔNG CỘNG\t21.000\t9.000\t\n"
            "1\tĐường trục thôn Tân Lập\t13.000\t5.000\t2027 - 2029\n"
            "2\tNhà văn hóa thôn Hòa Bình\t8.000\t4.000\t2027\n"
            "Điều 2. Giao Ủy ban nhân dân xã tổ chức thực hiện Nghị quyết này.\n")
    got = sorted((t.value, t.year) for t in extract(text).targets if t.section == "D1.1")
    assert got == [(9000.0, 2027), (21000.0, 2029)]


def test_the_districts_table_holds_on_a_page_break_a_page_number_and_lost_capitals():
    want = sorted((t.subject, t.value) for t in extract(DISTRICTS).targets if t.section and t.section.startswith("PL"))
    assert len(want) == 10
    # a page broke inside the total row, and the next page's number was read between a row's STT and its name
    broken = DISTRICTS.replace("1.250\n\n640", "1.250\n\n===== Trang 2 =====\n\n640") \
        .replace("2\nThị xã Mường Lay", "2\n\n3\n\nThị xã Mường Lay")
    assert "===== Trang 2 =====" in broken and "2\n\n3\n\nThị xã" in broken
    got = sorted((t.subject, t.value) for t in extract(broken).targets if t.section and t.section.startswith("PL"))
    assert got == want
    # (the page broke where the total row's rate was left empty: its households stay in their column)
    assert ("số hộ được hỗ trợ nhà ở", 640.0) in [(t.indicator, t.value) for t in extract(broken).targets]
    # a copy that lost its capitals: the header's "stt" still opens the table
    lowered = extract(DISTRICTS.lower())
    assert sorted(t.value for t in lowered.targets if t.section and t.section.startswith("PL")) == sorted(v for _, v in want)


def test_a_column_of_places_by_indicators_keeps_its_bracket_unit_whatever_it_is():
    grain = DISTRICTS.replace("Số hộ được hỗ trợ nhà ở (hộ)", "Sản lượng lương thực (tấn)")
    got = sorted((t.subject, t.value, t.unit) for t in extract(grain).targets
                 if t.section and t.section.startswith("PL") and t.indicator == "sản lượng lương thực")
    assert got == [("Huyện Mường Nhé", 210.0, "tấn"), ("Huyện Tủa Chùa", 118.0, "tấn"),
                   ("Thị xã Mường Lay", 35.0, "tấn"), ("Toàn tỉnh", 640.0, "tấn")]


INDICES = ("ỦY BAN NHÂN DÂN TỈNH\nSố: 412/KH-UBND\nTân An, ngày 20 tháng 12 năm 2026\n\nKẾ HOẠCH\ncải cách hành chính năm 2027\n\nII. MỤC TIÊU\n"
           "2. Chỉ tiêu cụ thể\n\nChỉ số\nKết quả năm 2025\nChỉ tiêu năm 2027\n\n"
           "Chỉ số hài lòng của người dân (SIPAS)\n81,36% (xếp thứ 17/34)\nTrên 85%, thuộc nhóm 15 tỉnh dẫn đầu\n\n"
           "Chỉ số năng lực cạnh tranh cấp tỉnh (PCI)\nXếp thứ 24/34\nTăng tối thiểu 04 bậc\n\n"
           "Chỉ số chuyển đổi số (DTI)\nChưa đánh giá\n100% xã, phường được đánh giá\n\nIII. NHIỆM VỤ\n")


def test_a_table_of_indices_one_cell_a_line_with_rows_parted_by_blank_lines_and_cells_in_words():
    """Indices by last year's result and next year's goal, each row a name and two cells that say more than a
    figure ("81,36% (xếp thứ 17/34)", "Trên 85%, thuộc nhóm 15 tỉnh dẫn đầu"): the rows are a table, and a cell's
    words give its figures their units (the rank after "xếp thứ", the group "nhóm 15 ... dẫn đầu")."""
    text = normalize(INDICES).text
    assert "\nChỉ số | Kết quả năm 2025 | Chỉ tiêu năm 2027\n" in text
    assert "\nChỉ số năng lực cạnh tranh cấp tỉnh (PCI) | Xếp thứ 24/34 | Tăng tối thiểu 04 bậc\n" in text
    got = sorted((t.kind, t.value, t.unit, t.year) for t in extract(INDICES).targets)
    assert got == sorted([("baseline", 81.36, "%", 2025), ("baseline", 17.0, "hạng", 2025),
                          ("target", 85.0, "%", 2027), ("target", 15.0, "hạng", 2027),
                          ("baseline", 24.0, "hạng", 2025), ("target", 4.0, "bậc", 2027),
                          ("target", 100.0, "%", 2027)])


def test_lines_parted_by_blank_lines_under_a_header_of_years_without_figures_stay_lines():
    text = ("KẾ HOẠCH\nvề du lịch\n\nI. NHIỆM VỤ\nNội dung\nKết quả năm 2025\nKế hoạch năm 2027\n\n"
            "Quảng bá du lịch\nĐã tổ chức hội chợ\nMở rộng thị trường\n\nPhát triển sản phẩm\nChưa có\nXây dựng tour mới\n")
    assert " | " not in normalize(text).text


def test_a_total_row_with_empty_cells_ends_where_the_next_parts_title_and_table_begin():
    # an annex of several tables, each under its own numbered title: the total row's empty cells are blank lines,
    # and the next part's title (over its own STT header) is no cell of it; each part's rows hang under its title
    text = ("ỦY BAN NHÂN DÂN\nTỈNH AN BÌNH\nSố: 77/QĐ-UBND\nAn Bình, ngày 3 tháng 5 năm 2027\n\nQUYẾT ĐỊNH\n"
            "Phê duyệt kế hoạch lựa chọn nhà thầu\n\nĐiều 1. Phê duyệt kế hoạch lựa chọn nhà thầu (Phụ lục kèm theo).\n"
            "Điều 2. Ban Quản lý dự án tỉnh tổ chức lựa chọn nhà thầu.\n\n"
            "PHỤ LỤC\nKẾ HOẠCH LỰA CHỌN NHÀ THẦU\n(Kèm theo Quyết định số 77/QĐ-UBND)\n\n"
            "I. PHẦN CÔNG VIỆC ĐÃ THỰC HIỆN\n\nSTT\nNội dung công việc\nĐơn vị thực hiện\nGiá trị (đồng)\n\n"
            "1\nKhảo sát địa hình\nCông ty Tư vấn Tân An\n1.200.000.000\n\n"
            "2\nLập báo cáo nghiên cứu khả thi\nCông ty Tư vấn Hòa Lợi\n2.300.000.000\n\n\n"
            "Tổng cộng\n\n3.500.000.000\n\n\n"
            "II. PHẦN CÔNG VIỆC THUỘC KẾ HOẠCH LỰA CHỌN NHÀ THẦU\n\nSTT\nTên gói thầu\nGiá gói thầu (đồng)\n"
            "Thời gian lựa chọn nhà thầu\n\n"
            "1\nGói thầu số 01: Xây lắp đoạn 1\n410.000.000.000\nQuý III năm 2027\n\n"
            "2\nGói thầu số 02: Giám sát thi công\n6.100.000.000\nQuý III năm 2027\n\n"
            "3\nGói thầu số 03: Bảo hiểm công trình\n1.400.000.000\nQuý IV năm 2027\n")
    got = normalize(text).text
    assert "\nTổng cộng | | 3.500.000.000\n" in got
    assert "\nII. PHẦN CÔNG VIỆC THUỘC KẾ HOẠCH LỰA CHỌN NHÀ THẦU\n" in got
    ids = [s.id for s in extract(text).document.sections if s.id.startswith("PL")]
    assert ids == ["PL1", "PL1.I", "PL1.I.1", "PL1.I.2", "PL1.II", "PL1.II.1", "PL1.II.2", "PL1.II.3"]
