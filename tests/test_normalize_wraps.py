"""Hard wraps (issue 10): a text wrapped at a page width, and wrapped again, reads as its paragraphs.

The texts are invented in the style of the genre and wrapped here with ``textwrap`` the way a PDF
or an e-mail wraps them; rows are (what the text says, a phrase that must come out on one line,
a phrase that must stay on a line of its own).
"""
from __future__ import annotations

import re
import textwrap

from nlpolicy.normalize import normalize

PROSE = ("Trong những năm qua, được sự quan tâm lãnh đạo của Tỉnh ủy, Hội đồng nhân dân tỉnh và sự điều hành "
         "quyết liệt của Ủy ban nhân dân tỉnh, ngành du lịch đã có bước phát triển khá, đóng góp ngày càng lớn "
         "vào tăng trưởng kinh tế của địa phương, tạo việc làm cho nhiều lao động ở vùng nông thôn và miền núi. ") * 6


def wrapped(paragraphs: list[str], width: int = 74) -> str:
    return "\n".join(line for p in paragraphs for line in textwrap.wrap(p, width)) + "\n"


def test_a_text_wrapped_twice_joins_its_short_fragments():
    # wrapped at 74, then the line "... tổ chức thực hiện" wrapped again at a narrower width: "hiện" is left
    # alone on a line, and the next starts with a capital ("Nghị quyết"), as Vietnamese writes document kinds
    text = wrapped([PROSE, "Điều 3. Hội đồng nhân dân tỉnh giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết."])
    text = text.replace("tổ chức thực hiện\nNghị", "tổ chức thực\nhiện\nNghị")
    assert "tổ chức thực\nhiện" in text, "the invented text is not wrapped as this test means"
    out = normalize(text).text
    assert "tổ chức thực hiện Nghị quyết." in out


def test_a_field_after_a_wrapped_subject_line_stays_on_its_own():
    # a letter's subject wrapped over three lines, then its addressee: "Kính gửi:" opens a field of its own
    text = wrapped([PROSE]) + ("V/v hướng dẫn về công tác quản\nlý, phát triển cụm công nghiệp\ntheo địa giới hành chính mới\n"
                               "Kính gửi: Sở Công Thương tỉnh Quảng Trị\n") + wrapped([PROSE])
    out = normalize(text).text
    assert "\nKính gửi: Sở Công Thương" in out
    assert "quản lý, phát triển cụm công nghiệp theo địa giới hành chính mới" in out


def test_a_clause_ending_a_line_with_a_semicolon_runs_on_into_lower_case():
    # "3- Ban cán sự đảng ... văn bản dưới luật; ⏎ chỉ đạo các bộ ...": one sentence, its subject on the line
    # above; a point "b1)" after a ";" stays on its own line
    item = ("3- Ban cán sự đảng Ủy ban nhân dân tỉnh chỉ đạo sửa đổi, bổ sung các văn bản quy phạm pháp luật; chỉ đạo "
            "các sở, ngành, địa phương xây dựng và tổ chức thực hiện các chương trình, kế hoạch để thực hiện Nghị quyết.")
    lines = textwrap.wrap(item, 74)
    cut = next(i for i, ln in enumerate(lines) if "pháp" in ln)
    first = " ".join(lines[:cut + 1]).split("; ")[0] + ";"
    rest = item[len(first) + 1:]
    text = wrapped([PROSE]) + first + "\n" + "\n".join(textwrap.wrap(rest, 74)) + "\n" + wrapped([PROSE])
    assert "pháp luật;\nchỉ đạo" in text, "the invented text is not wrapped as this test means"
    assert "pháp luật; chỉ đạo các sở" in normalize(text).text
    points = wrapped([PROSE]) + ("a1) Cập nhật giá hàng hóa, dịch vụ thuộc danh mục do Nhà nước định giá theo quy định;\n"
                                 "b1) Cập nhật giá dịch vụ trong thời hạn 05 ngày làm việc kể từ ngày ban hành.\n") + wrapped([PROSE])
    assert "theo quy định;\nb1) Cập nhật" in normalize(points).text


# ---------------------------------------------------------------- double-spaced copies

ITEMS = [
    "Điều 1. Hội đồng nhân dân tỉnh thống nhất đánh giá kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội "
    "6 tháng đầu năm và phương hướng, nhiệm vụ 6 tháng cuối năm 2019, với những nội dung chủ yếu sau:",
    "1. Tập trung chỉ đạo thu hút đầu tư vào các khu, cụm công nghiệp trên địa bàn tỉnh Bình Phước, hỗ trợ "
    "doanh nghiệp nhỏ và vừa tiếp cận vốn tín dụng, đẩy nhanh tiến độ giải ngân vốn đầu tư công năm 2019.",
    "2. Nâng cao chất lượng khám, chữa bệnh cho Nhân dân, phấn đấu tỷ lệ bao phủ bảo hiểm y tế đạt 85% "
    "vào cuối năm 2019; tiếp tục đầu tư hoàn thành các dự án y tế tuyến huyện và xã.",
    "Điều 2. Hội đồng nhân dân tỉnh giao Ủy ban nhân dân tỉnh tổ chức triển khai thực hiện Nghị quyết "
    "này; Thường trực Hội đồng nhân dân tỉnh, các Ban và đại biểu Hội đồng nhân dân tỉnh giám sát việc "
    "thực hiện Nghị quyết.",
]


def double_spaced(paragraphs: list[str], width: int, between: str = "\n\n") -> str:
    """Each wrapped line followed by a blank line, as a PDF converter reads a double-spaced page;
    ``between`` separates paragraphs."""
    return between.join("\n\n".join(textwrap.wrap(p, width)) for p in paragraphs) + "\n"


def test_a_double_spaced_wrapped_text_reads_as_its_paragraphs():
    # rows: the width the page was wrapped at; each copy must read as the same text wrapped without
    # blank lines (a year, a capital and a proper noun may start a wrapped line)
    for width in (58, 66, 74, 82):
        text = double_spaced([PROSE] + ITEMS + [PROSE], width)
        assert "\n\n" in text and text.count("\n\n") > 40
        out = normalize(text).text
        assert out == normalize(wrapped([PROSE] + ITEMS + [PROSE], width)).text, width
        for item in ITEMS:
            assert "\n" + item + "\n" in out, (width, item[:30])


def test_a_double_spaced_text_keeps_its_paragraph_breaks():
    # paragraphs two and three blank lines apart in a double-spaced copy stay apart, by one blank line
    for between in ("\n\n\n", "\n\n\n\n"):
        text = double_spaced([PROSE] + ITEMS + [PROSE], 70, between)
        out = normalize(text).text
        assert out == normalize(wrapped([PROSE], 70) + "\n" + "\n\n".join(ITEMS) + "\n\n" + wrapped([PROSE], 70)).text
        assert "\n\n" + ITEMS[1] + "\n\n" in out


def test_blank_lines_between_whole_paragraphs_stay():
    # a text whose paragraphs are whole lines separated by blank lines (as most web copies are) keeps them
    paragraphs = [PROSE.strip()] * 3 + ITEMS
    text = "\n\n".join(paragraphs * 6) + "\n"
    assert normalize(text).text.count("\n\n") == len(paragraphs) * 6 - 1


# A plan's table of targets as a converter writes it (cells padded to the column's width), then
# hard-wrapped at a page width the way a mail client or a PDF reader wraps every long line: a row
# is cut anywhere, inside a cell or its padding, and a piece may start with the next cell's pipe.
TABLE_ROWS = [
    ["TT", "Chỉ tiêu", "Đơn vị tính", "Mục tiêu năm 2027", "Cơ quan chủ trì theo dõi"],
    ["1", "Tỷ lệ hộ gia đình sử dụng nước sạch theo quy chuẩn ở khu vực nông thôn", "%", "≥ 65",
     "Sở Nông nghiệp và Môi trường"],
    ["2", "Số xã đạt chuẩn nông thôn mới nâng cao", "xã", "12", "Văn phòng Điều phối nông thôn mới tỉnh"],
    ["3", "Diện tích rừng trồng mới tập trung", "ha", "1.850", "Chi cục Kiểm lâm"],
    ["4", "Tỷ lệ chất thải rắn sinh hoạt đô thị được thu gom, xử lý đúng quy định", "%", "98",
     "Ủy ban nhân dân các xã, phường"],
]


def pipe_table(rows: list[list[str]]) -> str:
    widths = [max(len(r[c]) for r in rows) for c in range(len(rows[0]))]
    line = lambda r: "| " + " | ".join(cell.ljust(w) for cell, w in zip(r, widths)) + " |"
    rule = "|" + "|".join("-" * (w + 2) for w in widths) + "|"
    return "\n".join([line(rows[0]), rule] + [line(r) for r in rows[1:]])


def hard_wrapped(text: str, width: int) -> str:
    out = []
    for line in text.split("\n"):
        while len(line) > width:
            cut = line.rfind(" ", 0, width)
            if cut <= 0:
                break
            out.append(line[:cut])
            line = line[cut + 1:]
        out.append(line)
    return "\n".join(out)


def test_a_wrapped_pipe_table_reads_as_its_rows():
    # rows: the page width; wrapped, and wrapped then double-spaced, the table reads as it was
    table = pipe_table(TABLE_ROWS)
    expected = normalize(wrapped([PROSE]) + "\n" + table + "\n\n" + wrapped([PROSE])).text
    assert "\n1 | Tỷ lệ hộ gia đình sử dụng nước sạch" in expected
    for width in (60, 70, 80):
        cut = hard_wrapped(table, width)
        assert cut.count("\n") > table.count("\n") + 4, width
        assert normalize(wrapped([PROSE]) + "\n" + cut + "\n\n" + wrapped([PROSE])).text == expected, width
        spaced = double_spaced([PROSE], 74) + "\n\n" + "\n\n".join(cut.split("\n")) + "\n\n\n" + double_spaced([PROSE], 74)
        assert normalize(spaced).text == expected, ("double-spaced", width)


# A converter's pipe table (pandoc writes the rule with spaces, "| --- | --- |") listing a
# ministry's tasks, long enough that, wrapped and double-spaced, its rows run hundreds of lines
# below the rule, and with cells long enough that a row is cut into twenty lines and more.
TASK_ROWS = [["TT", "Tên nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Sản phẩm", "Thời hạn"]] + [
    [f"{n}.", f"Xây dựng, trình cấp có thẩm quyền ban hành quy định về hỗ trợ hợp tác xã nông nghiệp số {n} "
     + "ứng dụng công nghệ cao trong sản xuất, bảo quản và chế biến nông sản, gắn với liên kết chuỗi giá trị " * (1 + n % 4),
     "Bộ Nông nghiệp và Môi trường", "Bộ Tài chính, Ủy ban nhân dân các tỉnh, thành phố", "Nghị định", f"{1 + n % 12}/2027"]
    for n in range(1, 41)]


def test_a_long_wrapped_table_with_a_spaced_rule_reads_as_its_rows():
    widths = [max(len(r[c]) for r in TASK_ROWS) for c in range(6)]
    line = lambda r: "| " + " | ".join(cell.ljust(w) for cell, w in zip(r, widths)) + " |"
    rule = "| " + " | ".join("-" * w for w in widths) + " |"
    table = "\n".join([line(TASK_ROWS[0]), rule] + [line(r) for r in TASK_ROWS[1:]])
    expected = normalize(wrapped([PROSE]) + "\n" + table + "\n\n" + wrapped([PROSE])).text
    assert "\n40. | Xây dựng, trình cấp có thẩm quyền" in expected
    cut = hard_wrapped(table, 76)
    spaced = "\n\n".join(cut.split("\n"))
    assert spaced.count("\n") > 600 and rule not in cut
    out = normalize(double_spaced([PROSE], 74) + "\n\n" + spaced + "\n\n\n" + double_spaced([PROSE], 74)).text
    assert out == expected


def test_a_heading_as_long_as_a_wrapped_line_keeps_its_own_line():
    # a wrapped copy with a blank line after every line (the paragraphs' breaks are lost): a part's heading
    # that happens to fill the line width, over a paragraph that opens with a capital, is no wrapped line
    heading = "II. Về nội dung kế hoạch phát triển kinh tế - xã hội 5 năm giai đoạn 2026-2030"
    paragraph = ("Kinh tế của tỉnh đang hội nhập ngày càng sâu rộng, những biến động của tình hình trong và ngoài "
                 "nước sẽ tác động trực tiếp đến các hoạt động phát triển kinh tế - xã hội của tỉnh.")
    under_label = "Những nội dung chủ yếu của kế hoạch phát triển năm 2027 của tỉnh Tân An"
    width = len(heading) + 2
    text = double_spaced([PROSE] * 4 + [heading] + [paragraph] * 3 + ["A .", under_label] + [paragraph] * 3, width,
                         between="\n\n")
    out = normalize(text).text
    assert re.search("\n" + re.escape(heading) + "\n+Kinh tế của tỉnh", out)
    assert re.search("\n" + under_label + "\n+Kinh tế", out)


def test_pipe_rows_that_close_on_their_line_are_left_alone():
    # a row that ends with its pipe is whole, however few cells it has; a line after it is not joined
    text = "| Số: 12/KH-UBND | Hà Nội, ngày 3 tháng 2 năm 2026 |\nKẾ HOẠCH\n| 1 | Trồng rừng | ha |\nGhi chú: số liệu ước."
    assert normalize(text).text.split("\n")[1:] == ["KẾ HOẠCH", "1 | Trồng rừng | ha", "Ghi chú: số liệu ước."]


def test_a_text_wrapped_only_in_part_reads_as_its_paragraphs():
    # the first pages copied from a PDF (wrapped at a page's width; a line may open with a proper name or
    # with a thousands figure, "1.250 ha", which is no item label), the rest from Word (a paragraph per
    # line, hundreds of characters long): the wrapped lines run on, the long paragraphs stay lines
    page = ("Xã Tân Hòa được thành lập từ ngày 01/7/2025 trên cơ sở sáp nhập các xã Tân\n"
            "Hòa, Tân Lợi và Phú Mỹ; có 18 thôn, 4.210 hộ với 16.350 nhân khẩu. Đến hết\n"
            "năm 2025, toàn xã có 1.250 ha cây ăn quả, trong đó 720 ha đang cho thu hoạch,\n"
            "sản lượng đạt 9.800 tấn; 180 ha được chứng nhận VietGAP; 05 mã số vùng trồng\n"
            "được cấp phục vụ xuất khẩu. Cây bưởi được xác định là cây trồng chủ lực, toàn xã có\n"
            "1.250 ha bưởi, trong đó 640 ha cho thu hoạch, giá trị sản phẩm bình quân đạt\n")
    text = "\n".join(textwrap.wrap(PROSE, 80)) + "\n" + page * 4 + "\n" + "\n\n".join(ITEMS * 3) + "\n"
    out = normalize(text).text
    assert "các xã Tân Hòa, Tân Lợi" in out and "toàn xã có 1.250 ha bưởi" in out
    assert not any(ln.startswith("1.250") for ln in out.split("\n"))
    assert all("\n" + item + "\n" in "\n" + out for item in ITEMS)


def test_a_table_copied_one_cell_a_line_is_not_a_wrapped_text():
    # a Word table copied as text, each cell on its own line: long task cells end without a stop, as wrapped
    # lines do, but each next cell opens with a capital or a number; none is joined to the one before
    task = "Rà soát, cập nhật cơ sở dữ liệu về đất đai và quy hoạch sử dụng đất của các xã, phường trên địa bàn"
    rows = []
    for i in range(1, 26):
        rows += [str(i), f"{task} {i}", "Sở Nông nghiệp và Môi trường", "Ủy ban nhân dân các xã, phường", "Quý IV/2026"]
    # (paragraphs a line each around it, as a converted Word document has: the text is no wrapped one)
    text = "\n\n".join(ITEMS * 12) + "\n\nTT\nNội dung nhiệm vụ\nCơ quan chủ trì\nCơ quan phối hợp\nThời gian\n" \
        + "\n".join(rows) + "\n"
    out = normalize(text).text
    assert f"\n{task} 7\nSở Nông nghiệp và Môi trường\n" in out


def test_a_unit_cell_of_a_table_copied_one_cell_a_line_stays_on_its_line():
    # a Word table copied one cell a line: the unit cell ("nhà", "tỷ đồng") starts in lower case under an
    # indicator cell long enough to look like wrapped prose, and a value cell follows it
    text = ("PHỤ LỤC\nSTT\nChỉ tiêu\nĐơn vị tính\nNăm 2027\nĐến năm 2031\n"
            "1\nNhà Đại đoàn kết xây mới, sửa chữa cho hộ nghèo\nnhà\n800\n4.000\n"
            "2\nQuỹ Vì người nghèo các cấp vận động được trong năm\ntỷ đồng\n45\n250\n")
    out = normalize(text).text
    assert "\nnhà\n800\n" in out and "\ntỷ đồng\n45\n" in out
    # a wrapped line that starts in lower case and is no cell still runs on
    prose = "Nhà Đại đoàn kết xây mới, sửa chữa cho hộ nghèo trên địa bàn các xã\nmiền núi được ưu tiên bố trí vốn.\n"
    assert "các xã miền núi được" in normalize(prose).text


def test_a_cell_after_a_long_cell_of_a_table_in_a_wrapped_letter_stays_on_its_line():
    # a letter whose prose a PDF wrapped at 74, with an annex table copied one cell a line: a long task cell,
    # as long as a wrapped line, then the short cell of the body that leads it -- two cells, not one line
    task = "Trình phê duyệt điều chỉnh chủ trương đầu tư dự án Đường tỉnh 662 đoạn qua xã"
    text = wrapped([PROSE, PROSE]) + ("\nPHỤ LỤC\nDANH MỤC NHIỆM VỤ CHẬM TIẾN ĐỘ\n\nTT\nNhiệm vụ\nCơ quan chủ trì\n"
                                      f"Cơ quan phối hợp\nThời hạn\n1\n{task}\nSở Xây dựng\nSở Tài chính\n30/6/2027\n"
                                      "2\nHoàn thiện hồ sơ thành lập Cụm công nghiệp Ia Grai\nSở Công Thương\n"
                                      "Ủy ban nhân dân xã Ia Grai\n15/7/2027\n")
    assert len(task) >= 0.9 * 74, "the invented cell is not as long as a wrapped line"
    out = normalize(text).text
    assert f"\n{task}\nSở Xây dựng\nSở Tài chính\n" in out
    # the prose above the table still reads as its paragraphs
    assert "sự điều hành quyết liệt của Ủy ban nhân dân tỉnh" in out
    # and in a copy that lost its capitals ("tt" over the header; every line starts in lower case)
    assert f"\n{task.lower()}\nsở xây dựng\nsở tài chính\n" in normalize(text.lower()).text


def test_a_unit_cell_of_a_table_in_a_wrapped_text_stays_on_its_line():
    # a decision a PDF wrapped at 74, with a target table copied one cell a line: the unit cell ("ha", "%",
    # "cá thể/năm") starts in lower case under an indicator cell, and a value cell (or the dash of an empty
    # one) follows it -- the unit is a cell of its own, not the rest of a wrapped line
    text = wrapped([PROSE, PROSE]) + ("\nTT\nChỉ tiêu\nĐơn vị tính\nHiện trạng năm 2026\nNăm 2030\n"
                                      "1\nDiện tích rừng ngập mặn được phục hồi, trồng mới ven biển\nha\n350\n1.000\n"
                                      "2\nSố cá thể rùa biển được cứu hộ, thả về tự nhiên\ncá thể/năm\n40\n≥ 120\n"
                                      "3\nTỷ lệ số vụ vi phạm giảm so với năm 2026\n%\n-\n20\n")
    out = normalize(text).text
    assert "\nha\n350\n" in out and "\ncá thể/năm\n40\n" in out and "\n%\n-\n20" in out
    # the prose above the table still reads as its paragraphs
    assert "sự điều hành quyết liệt của Ủy ban nhân dân tỉnh" in out


def test_a_few_lines_broken_mid_sentence_in_a_text_of_paragraph_lines_run_on():
    # paragraphs are lines, but a page pasted from a PDF broke two of them mid-sentence: before a figure that goes on
    # as prose, and before a lower-case word; a one-cell-a-line table's unit cell after a long indicator cell, and a
    # heading after a paragraph, stay on their own lines (written for this test)
    para = PROSE.strip()
    text = (para + "\nĐến hết năm 2026, tổng công suất các nguồn điện đã vận hành trên địa bàn tỉnh đạt 2.346 MW, "
            "trong đó: điện gió\n1.318 MW (31 nhà máy), điện mặt trời 574 MW, thủy điện 402 MW, điện sinh khối "
            "52 MW.\nHạ tầng cảng biển phục vụ vận chuyển thiết bị siêu trường, siêu trọng chưa đáp\nứng yêu cầu của "
            "các dự án điện gió ngoài khơi.\nII. NHIỆM VỤ, GIẢI PHÁP\n" + para
            + "\n\nPHỤ LỤC\nSTT\nChỉ tiêu\nĐơn vị tính\nNăm 2027\n1\n"
            "Số người mắc bệnh đái tháo đường được quản lý, điều trị tại trạm y tế xã, phường\nngười\n46.420\n")
    out = normalize(text).text
    assert "trong đó: điện gió 1.318 MW (31 nhà máy)" in out and "chưa đáp ứng yêu cầu" in out
    assert "tại trạm y tế xã, phường\nngười\n46.420" in out and "\nII. NHIỆM VỤ, GIẢI PHÁP\n" in out


def test_a_plan_forwarded_by_email_reads_as_the_plan():
    """A document forwarded by e-mail has "> " before each of its lines (">" alone on a blank line, "> > "
    when forwarded twice): the marks go, the sections and the annex's rows are read as in the plan itself,
    and a lone line that starts "> 50%" in the text keeps its sign."""
    from nlpolicy.document import from_raw
    from nlpolicy.types import RawDocument
    plan = ("ỦY BAN NHÂN DÂN TỈNH BÌNH PHƯỚC\nSố: 21/KH-UBND\nBình Phước, ngày 4 tháng 5 năm 2027\n\nKẾ HOẠCH\n"
            "Phát triển nhà văn hóa công nhân\n\nI. MỤC TIÊU\n1. Đến năm 2030 có 06 nhà văn hóa công nhân.\n"
            "2. Tỷ lệ công nhân được sinh hoạt văn hóa đạt trên 70%.\n\nII. NHIỆM VỤ\n"
            "1. Sở Xây dựng hướng dẫn thiết kế mẫu nhà văn hóa.\n2. Sở Tài chính bố trí kinh phí.\n\n"
            "Phụ lục\nDANH MỤC CÔNG TRÌNH\nSTT | Công trình | Địa điểm\n"
            "1 | Nhà văn hóa công nhân Minh Hưng | xã Minh Hưng\n"
            "2 | Nhà văn hóa công nhân Đồng Xoài | phường Đồng Xoài\n")
    lines = plan.splitlines()
    mail = ("From: Văn thư <vanthu@binhphuoc.gov.vn>\nSent: Tuesday, May 4, 2027 9:12 AM\nSubject: FW: KH 21\n\n"
            "Chuyển Phòng Văn hóa để tham mưu.\n\n"
            + "\n".join("> " + x if x else ">" for x in lines[:12])
            + "\n" + "\n".join("> > " + x if x else "> >" for x in lines[12:]) + "\n\n> 50% số hồ sơ đã xử lý\n")
    def outline(text):
        doc = from_raw(RawDocument(path="t.txt", text=text, encoding="utf-8"))
        return [s.id for s in doc.sections], doc
    ids, doc = outline(mail)
    assert ids == outline(plan)[0] == ["I", "I.1", "I.2", "II", "II.1", "II.2", "PL1", "PL1.1", "PL1.2"]
    assert "\n> " not in doc.text.split("Phụ lục")[0] and "> 50% số hồ sơ" in doc.text
