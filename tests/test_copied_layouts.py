"""Documents copied out of other systems, as they come: every text below is invented.

The source of a web page the document was published on: its tags go, a paragraph or a line break ends a line, its
entities are the characters they name, a table of one-line cells reads as pipe rows and a table laying out blocks (the
recipients beside the signature) as their lines; a "<" in prose is no tag.

A drafting system's print with every line numbered in the margin: the numbers go and each line keeps its own indent,
where nearly every line is numbered and the numbers count on by one; a table's row numbers stay.

A plan printed in Vietnamese and English, each line's translation under it, reads as its Vietnamese.

An annex written as records, a numbered block a task with a "Label: value" line a field, reads as its table.

A plan typed in capitals throughout is read as a text that lost its capitals, and quoted as printed.

A document system's record exported as JSON: the string values that break lines are the documents it holds, a blank
line apart and unescaped; its keys and short fields go.

What a word processor and a web editor leave unseen: a soft hyphen, zero-width spaces and joiners inside a word go; a
thin, narrow or no-break space between groups of three figures is a thousands mark, elsewhere a space.

A plan typed into a spreadsheet and saved as tab-separated text: its first column's lines stand alone, a row under the
sheet's header is its numbered paragraph with the other cells named by their headers, a table of its own inside stays
a table."""
from __future__ import annotations

import json
import random
import textwrap

import pytest

from bench.conversions import line_numbers

from nlpolicy.document import from_raw
from nlpolicy.extract.pipeline import extract_document
from nlpolicy.normalize import normalize, sheet_export
from nlpolicy.types import RawDocument

HTML_PLAN = """<p style="text-align:center"><b>ỦY BAN NHÂN DÂN<br/>TỈNH AN BÌNH</b><br>-------</p>
<p class="MsoNormal">Số: 77/KH-UBND</p>
<p class="MsoNormal" style="text-align:right"><em>An Bình, ngày 02 tháng 4 năm 2027</em></p>
<p style="text-align:center"><strong>KẾ HOẠCH</strong></p>
<p style="text-align:center"><strong>Phát triển thư viện xã, phường giai đoạn 2027 - 2030</strong></p>
<p class="MsoNormal"><b>I. MỤC TIÊU</b></p>
<p class="MsoNormal">- Đến năm 2030, 100% xã, phường có thư viện được s&#7889; hóa dữ liệu;<br>
- Mỗi năm tổ chức ít nhất 02&nbsp;hội sách tại trung tâm tỉnh.</p><p class="MsoNormal"><b>II. NHIỆM VỤ</b></p>
<p class="MsoNormal">Sở Văn hóa, Thể thao &amp; Du lịch chủ trì xây dựng Đề án phát triển mạng lưới thư viện.</p>
<p class="MsoNormal"><b>III. LỘ TRÌNH</b></p>
<table border="1" cellpadding="0" cellspacing="0" width="100%">
<tr>
<td width="5%"><p><b>STT</b></p></td>
<td width="45%"><p><b>Chỉ tiêu</b></p></td>
<td><p><b>Đơn vị tính</b></p></td>
<td><p><b>Năm 2028</b></p></td>
<td><p><b>Năm 2030</b></p></td>
</tr>
<tr>
<td><p>1</p></td>
<td><p>Số thư viện xã được nâng cấp</p></td>
<td><p>Thư viện</p></td>
<td><p>40</p></td>
<td><p>95</p></td>
</tr>
</table>
<table border="0" cellpadding="0" cellspacing="0" width="100%">
<tr>
<td width="55%"><p><b><i>Nơi nhận:</i></b><br>
- Bộ Văn hóa, Thể thao và Du lịch;<br>
- Lưu: VT, KGVX.</p></td>
<td width="45%"><p style="text-align:center"><b>TM. ỦY BAN NHÂN DÂN<br>CHỦ TỊCH<br><br><br>Lê Văn An</b></p></td>
</tr>
</table>
"""


def test_an_html_pages_source_reads_as_its_text():
    text = normalize(HTML_PLAN).text
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    assert lines[:4] == ["ỦY BAN NHÂN DÂN", "TỈNH AN BÌNH", "-------", "Số: 77/KH-UBND"], lines[:6]
    assert "- Đến năm 2030, 100% xã, phường có thư viện được số hóa dữ liệu;" in lines
    assert "- Mỗi năm tổ chức ít nhất 02 hội sách tại trung tâm tỉnh." in lines
    assert "II. NHIỆM VỤ" in lines and "Sở Văn hóa, Thể thao & Du lịch chủ trì" in text
    assert any(ln.startswith("1 | Số thư viện xã được nâng cấp | Thư viện | 40 | 95") for ln in lines), lines
    # the layout table's cells are blocks: the recipients a line each, the signature's lines
    assert "- Bộ Văn hóa, Thể thao và Du lịch;" in lines and "Lê Văn An" in lines
    assert "<" not in text and "&" not in text.replace("Thể thao & Du lịch", "")


def test_an_html_pages_plan_gives_its_parts_targets_and_tasks():
    ex = extract_document(from_raw(RawDocument("kh.html.txt", HTML_PLAN, "utf-8")))
    assert {"I", "II", "III"} <= {s.id for s in ex.document.sections}
    got = {(t.value, t.year) for t in ex.targets}
    assert {(100.0, 2030), (40.0, 2028), (95.0, 2030)} <= got, sorted(got)
    got = [(a.agency, a.role) for t in ex.tasks for a in t.assignments]
    assert ("Sở Văn hóa, Thể thao và Du lịch", "lead") in got, got


def test_an_html_pages_source_lower_cased_and_word_segmented_reads_as_its_text():
    seg = HTML_PLAN.replace("<p class", "<p_class").replace("Thể thao", "thể_thao")
    text = normalize(seg).text
    assert "<" not in text and "Số: 77/KH-UBND" in text and "II. NHIỆM VỤ" in text, text[:300]


def test_a_less_than_sign_or_one_tag_in_prose_is_no_page():
    prose = ("- Tỷ lệ hộ nghèo <3% vào năm 2030; tỷ lệ thất thoát nước < 15%.\n"
             "- Ghi chú của người soạn: chữ <b> trong bản gốc là in đậm.\n")
    text = normalize(prose).text
    assert "<3%" in text and "< 15%" in text and "chữ <b> trong" in text, text


NUMBERED_LINES = """ĐẢNG BỘ TỈNH AN BÌNH                        ĐẢNG CỘNG SẢN VIỆT NAM
ĐẢNG ỦY XÃ TÂN HÒA
          *
Số 05-NQ/ĐU                      Tân Hòa, ngày 10 tháng 4 năm 2027

NGHỊ QUYẾT
về phát triển chăn nuôi tập trung giai đoạn 2027 - 2030

I. MỤC TIÊU
1. Chỉ tiêu
- Đến năm 2030, tỷ lệ hộ chăn nuôi xa khu dân cư đạt trên 60%;
- Tổng đàn trâu, bò đạt 12.000 con vào năm 2030.
II. NHIỆM VỤ, GIẢI PHÁP
1. Quy hoạch vùng chăn nuôi tập trung tại các thôn xa khu dân cư, hoàn thành trong năm
2028.
III. TỔ CHỨC THỰC HIỆN
1. Ủy ban nhân dân xã chủ trì xây dựng kế hoạch thực hiện Nghị quyết, hoàn thành trước
ngày 30/6/2027.
2. Các chi bộ thôn quán triệt Nghị quyết đến đảng viên."""


def _numbered(text: str) -> str:
    return line_numbers(text, random.Random(0))     # (the conversion bench/conversions.py scores the gold with)


def test_line_numbers_in_the_margin_go_and_each_line_keeps_its_indent():
    text = normalize(_numbered(NUMBERED_LINES)).text
    assert text == normalize(NUMBERED_LINES).text


def test_a_resolution_printed_with_line_numbers_gives_its_parts_and_targets():
    ex = extract_document(from_raw(RawDocument("nq.txt", _numbered(NUMBERED_LINES), "utf-8")))
    assert [s.id for s in ex.document.sections if "." not in s.id] == ["I", "II", "III"]
    assert {(t.value, t.year) for t in ex.targets} >= {(60.0, 2030), (12000.0, 2030)}
    assert any(a.agency.startswith("Ủy ban nhân dân xã") for t in ex.tasks if t.section == "III.1"
               for a in t.assignments)


def test_a_tables_row_numbers_are_no_margin():
    rows = "".join(f"{n}  Tỷ lệ hộ dân thôn {n} dùng nước sạch      82,5      90\n" for n in range(1, 7))
    text = "KẾ HOẠCH\nCấp nước sạch\nI. CHỈ TIÊU\n" + rows + "II. NHIỆM VỤ\n" + "".join(
        f"- Nhiệm vụ số {n} của kế hoạch.\n" for n in range(1, 8))
    assert all(f"{n} Tỷ lệ hộ dân thôn {n} dùng" in normalize(text).text for n in range(1, 7))
    # a text that is only such rows, their count starting again every six lines
    assert all(f"{n} Tỷ lệ hộ dân thôn {n} dùng" in normalize(rows * 3).text for n in range(1, 7))


@pytest.mark.parametrize("raw, clean", [
    ("\ufeffSở Nông nghiệp và Môi trư\u00adờng", "Sở Nông nghiệp và Môi trường"),
    ("Ban quản lý cảng cá Cửa Tù\u200bng", "Ban quản lý cảng cá Cửa Tùng"),
    ("Phó Chủ tịch Lê Văn Phư\u200dớc", "Phó Chủ tịch Lê Văn Phước"),
    ("sản lượng đạt 250\u202f000 tấn/năm", "sản lượng đạt 250.000 tấn/năm"),
    ("tổng vốn 1\u2009250\u2009000 triệu đồng", "tổng vốn 1.250.000 triệu đồng"),
    ("diện tích 12\u00a0345,5 ha", "diện tích 12.345,5 ha"),
    ("có 2.500\u00a0tàu trên 15\u00a0m", "có 2.500 tàu trên 15 m"),
    ("1.\u00a0Đến năm 2030\u00a0100% tàu có thiết bị", "1. Đến năm 2030 100% tàu có thiết bị"),
])
def test_characters_that_show_nothing_go_and_spaces_in_figures_mark_thousands(raw, clean):
    assert normalize(raw).text == clean


# a document system's record, as it exports it: short fields, the body as one string with escaped line breaks (a
# tab between the header's two columns, a quote, a letter written as "\u1ed7"), an attached annex in a second string
_BODY = """ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH AN BÌNH\tĐộc lập - Tự do - Hạnh phúc
Số: 63/KH-UBND\tAn Bình, ngày 02 tháng 5 năm 2027

KẾ HOẠCH
Triển khai mô hình "Gia đình học tập" giai đoạn 2027 - 2030

I. MỤC TIÊU
- Đến năm 2030, 70% hộ gia đình đạt danh hiệu "Gia đình học tập".
II. NHIỆM VỤ
1. Sở Giáo dục và Đào tạo chủ trì hướng dẫn tiêu chí công nhận, hoàn thành trước ngày 30/9/2027.
2. Hội Khuyến học tỉnh phối hợp tuyên truyền, nhân rộng mô hình.

Nơi nhận:
- Lưu: VT.\tKT. CHỦ TỊCH
\tPHÓ CHỦ TỊCH
\tLê Văn An"""
_ANNEX = """PHỤ LỤC
Lộ trình thực hiện
- Năm 2028: 55% hộ gia đình đạt danh hiệu; mỗi xã có 01 trung tâm học tập cộng đồng đạt chuẩn."""
EXPORTED = json.dumps({"ma": "VB-2027-000417", "so_ky_hieu": "63/KH-UBND", "ngay_ban_hanh": "02/05/2027",
                       "nguoi_ky": "Lê Văn An", "noi_dung": _BODY, "noi_dung_phu_luc": _ANNEX,
                       "tep_dinh_kem": [{"ten_tep": "63_KH-UBND.signed.pdf", "kich_thuoc": 51200}]},
                      ensure_ascii=False).replace("mỗi", "m\\u1ed7i")


def test_a_document_systems_json_record_reads_as_the_documents_it_holds():
    text = normalize(EXPORTED).text
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    assert lines[0].startswith("ỦY BAN NHÂN DÂN") and "Số: 63/KH-UBND" in lines[2], lines[:4]
    assert 'Triển khai mô hình "Gia đình học tập" giai đoạn 2027 - 2030' in lines
    assert "I. MỤC TIÊU" in lines and "II. NHIỆM VỤ" in lines
    assert lines[-1] == ("- Năm 2028: 55% hộ gia đình đạt danh hiệu; mỗi xã có 01 trung tâm học tập cộng đồng"
                         " đạt chuẩn.")
    assert "noi_dung" not in text and "\\n" not in text and "VB-2027" not in text and "kich_thuoc" not in text


def test_a_json_records_plan_gives_its_parts_targets_and_tasks():
    ex = extract_document(from_raw(RawDocument("kh.json.txt", EXPORTED, "utf-8")))
    assert {"I", "II"} <= {s.id for s in ex.document.sections}
    got = {(t.value, t.year) for t in ex.targets}
    assert {(70.0, 2030), (55.0, 2028)} <= got, sorted(got)
    got = [(a.agency, a.role) for t in ex.tasks for a in t.assignments]
    assert ("Sở Giáo dục và Đào tạo", "lead") in got, got


def test_half_a_surrogate_pair_in_a_record_is_the_replacement_character():
    text = normalize(EXPORTED.replace("m\\u1ed7i", "m\\ud83di")).text
    assert "m\ufffdi xã" in text and text.encode("utf-8")


@pytest.mark.parametrize("raw", [
    '{"so_ky_hieu": "63/KH-UBND", "trich_yeu": "Kế hoạch triển khai mô hình"}',     # no string breaks a line
    '{ Phụ lục kèm theo: "Danh mục\\n" } và các nội dung khác.\n',                  # a brace in prose, no JSON
])
def test_a_record_without_a_document_or_a_brace_in_prose_stays(raw):
    assert normalize(raw).text.strip() == raw.strip()


# an old template typed in capitals from the header to the recipients, tone marks kept
CAPITALS_PLAN = """ỦY BAN NHÂN DÂN TỈNH AN BÌNH
SỐ: 52/KH-UBND
AN BÌNH, NGÀY 12 THÁNG 4 NĂM 2027

KẾ HOẠCH
PHÒNG, CHỐNG ĐUỐI NƯỚC TRẺ EM GIAI ĐOẠN 2027 - 2030

I. MỤC TIÊU
1. ĐẾN NĂM 2030, 95% TRẺ EM TỪ 6 ĐẾN 15 TUỔI ĐƯỢC HỌC KỸ NĂNG AN TOÀN TRONG MÔI TRƯỜNG NƯỚC.
2. GIẢM 20% SỐ TRẺ EM TỬ VONG DO ĐUỐI NƯỚC VÀO NĂM 2030 SO VỚI NĂM 2026.
II. NHIỆM VỤ
1. SỞ GIÁO DỤC VÀ ĐÀO TẠO CHỦ TRÌ, PHỐI HỢP VỚI SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỔ CHỨC DẠY BƠI CHO HỌC SINH
TIỂU HỌC, HOÀN THÀNH TRƯỚC NGÀY 31/8/2028.
2. ỦY BAN NHÂN DÂN CÁC XÃ RÀ SOÁT, CẮM BIỂN CẢNH BÁO TẠI CÁC AO, HỒ, SÔNG, SUỐI NGUY HIỂM.
III. TỔ CHỨC THỰC HIỆN
1. SỞ Y TẾ
A) HƯỚNG DẪN SƠ CỨU NGƯỜI BỊ ĐUỐI NƯỚC CHO NHÂN VIÊN Y TẾ THÔN.
B) THEO DÕI, TỔNG HỢP, BÁO CÁO ỦY BAN NHÂN DÂN TỈNH TRƯỚC NGÀY 15/12 HẰNG NĂM.
2. CÔNG AN TỈNH
A) CHỈ ĐẠO LỰC LƯỢNG CẢNH SÁT ĐƯỜNG THỦY TUẦN TRA CÁC BẾN ĐÒ NGANG SÔNG.

NƠI NHẬN:
- BỘ Y TẾ;
- LƯU: VT.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
LÊ VĂN AN
"""


def test_a_plan_typed_in_capitals_gives_its_parts_targets_and_tasks():
    ex = extract_document(from_raw(RawDocument("kh-hoa.txt", CAPITALS_PLAN, "utf-8")))
    got = {s.id for s in ex.document.sections}
    assert {"I", "I.1", "I.2", "II", "II.1", "II.2", "III", "III.1.a", "III.1.b", "III.2.a"} <= got, sorted(got)
    got = {(t.value, t.year) for t in ex.targets}
    assert {(95.0, 2030), (20.0, 2030)} <= got, sorted(got)
    got = {(a.agency, a.role) for t in ex.tasks for a in t.assignments}
    assert {("Sở Giáo dục và Đào tạo", "lead"), ("Sở Văn hóa, Thể thao và Du lịch", "support")} <= got, got
    # the output quotes it as printed
    from nlpolicy.serialize import extraction_to_dict
    tasks = extraction_to_dict(ex)["tasks"]
    assert any("SỞ GIÁO DỤC VÀ ĐÀO TẠO CHỦ TRÌ" in t["text"] for t in tasks), [t["text"] for t in tasks]


def test_a_plan_typed_in_capitals_and_scanned_keeps_its_parts():
    # OCR read the Roman numeral III as "HI"; the text is read lower-cased, where "hi." is no word
    scanned = CAPITALS_PLAN.replace("III. TỔ CHỨC", "HI. TỔ CHỨC")
    got = [s.id for s in from_raw(RawDocument("kh-hoa.txt", scanned, "utf-8")).sections]
    assert {"III", "III.1.a", "III.2.a"} <= set(got), got


def test_a_heading_or_a_name_in_capitals_does_not_make_a_text_all_capitals():
    from nlpolicy.normalize import is_all_capitals
    assert not is_all_capitals(CAPITALS_PLAN.replace("TỔ CHỨC DẠY BƠI CHO HỌC SINH", "tổ chức dạy bơi cho học sinh")
                               .replace("RÀ SOÁT, CẮM BIỂN CẢNH BÁO", "rà soát, cắm biển cảnh báo"))
    assert is_all_capitals(CAPITALS_PLAN)


# an annex written as records, a block a task, one block leaving a field out and one field running over two lines
RECORDS_PLAN = """ỦY BAN NHÂN DÂN TỈNH AN BÌNH
Số: 90/KH-UBND
An Bình, ngày 5 tháng 5 năm 2027

KẾ HOẠCH
Phát triển thư viện cộng đồng năm 2027

I. NHIỆM VỤ
Các nhiệm vụ cụ thể tại Phụ lục kèm theo.

PHỤ LỤC
DANH MỤC NHIỆM VỤ
(Kèm theo Kế hoạch số 90/KH-UBND ngày 5/5/2027 của Ủy ban nhân dân tỉnh)

Nhiệm vụ số 1
Tên nhiệm vụ: Khảo sát nhu cầu đọc của người dân tại các xã vùng sâu
Đơn vị chủ trì: Sở Văn hóa, Thể thao và Du lịch
Đơn vị phối hợp: Ủy ban nhân dân các xã
Thời gian hoàn thành: Quý III năm 2027

Nhiệm vụ số 2
Tên nhiệm vụ: Xây dựng tủ sách pháp luật tại nhà văn hóa thôn,
bảo đảm mỗi tủ có ít nhất 200 đầu sách
Đơn vị chủ trì: Sở Tư pháp
Thời gian hoàn thành: Trước ngày 30/11/2027

Nhiệm vụ số 3
Tên nhiệm vụ: Tổ chức Ngày Sách và Văn hóa đọc Việt Nam
Đơn vị chủ trì: Thư viện tỉnh
Đơn vị phối hợp: Sở Giáo dục và Đào tạo
Thời gian hoàn thành: Tháng 4 hằng năm
"""


def test_an_annex_written_as_records_reads_as_its_table():
    text = normalize(RECORDS_PLAN).text
    lines = [ln.strip(" |") for ln in text.split("\n") if ln.strip()]
    assert "STT | Tên nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành" in lines, lines[-6:]
    assert ("2 | Xây dựng tủ sách pháp luật tại nhà văn hóa thôn, bảo đảm mỗi tủ có ít nhất 200 đầu sách | Sở Tư pháp"
            " | | Trước ngày 30/11/2027") in lines, lines[-6:]
    ex = extract_document(from_raw(RawDocument("kh.txt", RECORDS_PLAN, "utf-8")))
    assert {"PL1.1", "PL1.2", "PL1.3"} <= {s.id for s in ex.document.sections}
    got = {(t.section, a.agency, a.role) for t in ex.tasks for a in t.assignments}
    assert {("PL1.1", "Sở Văn hóa, Thể thao và Du lịch", "lead"), ("PL1.2", "Sở Tư pháp", "lead"),
            ("PL1.3", "Sở Giáo dục và Đào tạo", "support")} <= got, sorted(got)


def test_records_lower_cased_and_word_segmented_read_as_their_table():
    seg = (RECORDS_PLAN.lower().replace("đơn vị chủ trì:", "đơn_vị chủ_trì:", 1)
           .replace("tên nhiệm vụ:", "tên_nhiệm vụ:", 2).replace("nhiệm vụ số 2", "nhiệm vụ_số 2"))
    lines = [ln.strip(" |") for ln in normalize(seg).text.split("\n")]
    assert "STT | tên_nhiệm vụ | đơn_vị chủ_trì | đơn vị phối hợp | thời gian hoàn thành" in lines, lines[-5:]
    assert any(ln.startswith("3 | tổ chức ngày sách") for ln in lines), lines[-5:]


def test_fields_in_other_orders_or_without_a_numbered_head_are_no_records():
    swapped = RECORDS_PLAN.replace("Đơn vị chủ trì: Thư viện tỉnh\nĐơn vị phối hợp: Sở Giáo dục và Đào tạo",
                                   "Đơn vị phối hợp: Sở Giáo dục và Đào tạo\nĐơn vị chủ trì: Thư viện tỉnh")
    assert "| STT" not in normalize(swapped).text and "Nhiệm vụ số 3" in normalize(swapped).text
    unnumbered = RECORDS_PLAN.replace("Nhiệm vụ số ", "Nhiệm vụ thứ ")
    assert "| STT" not in normalize(unnumbered).text


# a plan printed in two languages, each line's English under it (a heading's too, with its own label)
_BILINGUAL = [
    ("ỦY BAN NHÂN DÂN TỈNH AN BÌNH", "PEOPLE'S COMMITTEE OF AN BINH PROVINCE"),
    ("Số: 21/KH-UBND", "No. 21/KH-UBND"),
    ("KẾ HOẠCH", "PLAN"),
    ("Xúc tiến đầu tư năm 2028", "On investment promotion in 2028"),
    ("Căn cứ Luật Đầu tư số 61/2020/QH14;", "Pursuant to the Law on Investment No. 61/2020/QH14;"),
    ("I. CHỈ TIÊU", "I. TARGETS"),
    ("1. Năm 2028, thu hút 40 dự án mới với tổng vốn đăng ký 30.000 tỷ đồng.",
     "1. In 2028, to attract 40 new projects with a total registered capital of VND 30,000 billion."),
    ("2. Tỷ lệ lấp đầy Khu công nghiệp Nhơn Hòa đạt trên 60% vào năm 2028.",
     "2. The occupancy rate of the Nhon Hoa Industrial Park to exceed 60% by 2028."),
    ("II. NHIỆM VỤ", "II. TASKS"),
    ("1. Sở Tài chính chủ trì tổ chức Hội nghị xúc tiến đầu tư tại Thành phố Hồ Chí Minh trong quý II năm 2028.",
     "1. The Department of Finance to lead the organisation of an investment conference in Ho Chi Minh City in Q2."),
    ("2. Ban Quản lý Khu kinh tế chủ trì cập nhật danh mục dự án kêu gọi đầu tư.",
     "2. The Economic Zone Authority to lead the update of the list of projects calling for investment."),
    ("3. Các sở, ngành phối hợp cung cấp thông tin cho nhà đầu tư.",
     "3. The departments and sectors to coordinate in providing information to the investors."),
    ("III. TỔ CHỨC THỰC HIỆN", "III. IMPLEMENTATION"),
    ("Sở Tài chính theo dõi, tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 15/12/2028.",
     "The Department of Finance to monitor and report to the Provincial People's Committee by 15 December 2028."),
]
BILINGUAL_PLAN = "\n".join(f"{vi}\n{en}" for vi, en in _BILINGUAL) + "\n"


def test_a_plan_printed_in_two_languages_reads_as_its_vietnamese():
    text = normalize(BILINGUAL_PLAN).text
    assert [ln for ln in text.split("\n") if ln.strip()] == [vi for vi, _ in _BILINGUAL]
    ex = extract_document(from_raw(RawDocument("kh.txt", BILINGUAL_PLAN, "utf-8")))
    assert [s.id for s in ex.document.sections] == ["I", "I.1", "I.2", "II", "II.1", "II.2", "II.3", "III"]
    got = {(t.section, a.agency, a.role) for t in ex.tasks for a in t.assignments}
    assert {("II.1", "Sở Tài chính", "lead"), ("II.2", "Ban Quản lý Khu kinh tế tỉnh", "lead")} <= got, sorted(got)


def test_a_plan_in_two_languages_whose_english_a_scan_wrapped_reads_as_its_vietnamese():
    wrapped = BILINGUAL_PLAN.replace("to the Provincial People's Committee", "to the\nProvincial People's Committee")
    wrapped = wrapped.replace("organisation of an investment", "organisation\nof an investment")
    assert [ln for ln in normalize(wrapped).text.split("\n") if ln.strip()] == [vi for vi, _ in _BILINGUAL]


def test_a_few_english_words_or_names_in_a_vietnamese_text_stay():
    text = "\n".join(vi for vi, _ in _BILINGUAL) + "\nHội nghị có chủ đề \"Invest in the future of the region\".\n"
    assert normalize(text).text.strip() == text.strip()


# ---------------------------------------------------------------- letter-spaced headings
# a PDF whose titles use wide character spacing: its extractor put a space between letters and two between words
def _spaced(s: str) -> str:
    return "  ".join(" ".join(word) for word in s.split(" "))


SPACED_PLAN = ("SỞ Y TẾ\nSố: 52/KH-SYT\nHuế, ngày 9 tháng 3 năm 2027\n\n" + _spaced("KẾ HOẠCH") + "\n"
               + _spaced("Phòng, chống tai nạn thương tích trẻ em giai đoạn 2027 - 2030") + "\n\n"
               + _spaced("I. MỤC TIÊU") + "\n- Đến năm 2030, tỷ lệ trường học an toàn " + " ".join("đạt") + " 90%.\n"
               + _spaced("II. NHIỆM VỤ") + "\n" + _spaced("1. Truyền thông")
               + "\nSở Y tế chủ trì biên soạn tài liệu.\n"
               + _spaced("2. Đào tạo") + "\nTrung tâm Kiểm soát bệnh tật tỉnh tập huấn sơ cứu.\n"
               + "Bảng: 1 2 3 4 5 6\nSTT a b c d e\n")


def test_letter_spaced_headings_read_as_words():
    text = normalize(SPACED_PLAN).text
    assert "KẾ HOẠCH\nPhòng, chống tai nạn thương tích trẻ em giai đoạn 2027 - 2030\n" in text
    assert "II. NHIỆM VỤ\n1. Truyền thông\n" in text and "an toàn đạt 90%" in text
    # a row of column numbers or letters is no spaced word
    assert "Bảng: 1 2 3 4 5 6\nSTT a b c d e" in text


def test_a_plan_with_letter_spaced_headings_gives_its_parts_targets_and_tasks():
    ex = extract_document(from_raw(RawDocument("kh.txt", SPACED_PLAN, "utf-8")))
    assert [s.id for s in ex.document.sections] == ["I", "II", "II.1", "II.2"]
    assert (90.0, 2030) in {(t.value, t.year) for t in ex.targets}
    assert ("II.1", "Sở Y tế") in {(t.section, a.agency) for t in ex.tasks for a in t.assignments}


# ---------------------------------------------------------------- pasted from a chat group
CHAT_NOTICE = ("[08:40, 3/10/2027] Văn phòng Huyện ủy:\nVăn phòng gửi Thông báo kết luận, đề nghị các đồng chí "
               "nghiên cứu.\n[08:41, 3/10/2027] Văn phòng Huyện ủy:\nĐẢNG BỘ TỈNH NGHỆ AN\nHUYỆN ỦY YÊN THÀNH\n*\n"
               "Số 31-TB/HU\nĐẢNG CỘNG SẢN VIỆT NAM\nYên Thành, ngày 2 tháng 10 năm 2027\n\nTHÔNG BÁO\n"
               "KẾT LUẬN CỦA BAN THƯỜNG VỤ HUYỆN ỦY\nvề chỉnh trang đô thị thị trấn\n\n1. Mục tiêu\n"
               "Đến năm 2030, hoàn thành 8 km vỉa hè và hệ thống thoát nước\n"
               "[08:43, 3/10/2027] Văn phòng Huyện ủy:\ncác tuyến phố chính.\n"
               "[08:44, 3/10/2027] Nguyễn Văn Hùng: Đã nhận ạ\n"
               "[08:46, 3/10/2027] Văn phòng Huyện ủy:\n> Văn phòng Huyện ủy: KẾT LUẬN CỦA BAN THƯỜNG VỤ HUYỆN ỦY\n"
               "(Tiếp theo)\n2. Tổ chức thực hiện\nGiao Ủy ban nhân dân huyện chỉ đạo lập phương án chỉnh trang.\n\n"
               "T/L BAN THƯỜNG VỤ HUYỆN ỦY\nCHÁNH VĂN PHÒNG\n(đã ký)\nHồ Văn Minh\n\nNơi nhận:\n- Các đảng bộ xã,\n"
               "- Lưu Văn phòng Huyện ủy.\n[09:02, 3/10/2027] Lê Thị Lan: Xã Hợp Thành đã nhận ạ.\n")


def test_a_notice_pasted_from_a_chat_group_reads_as_one_text():
    text = normalize(CHAT_NOTICE).text
    assert "[08:" not in text and "Đã nhận" not in text and "Tiếp theo" not in text and "> " not in text
    assert "8 km vỉa hè và hệ thống thoát nước các tuyến phố chính." in text       # the paragraph a message cut
    doc = from_raw(RawDocument("tb.txt", CHAT_NOTICE, "utf-8"))
    assert doc.header.number == "31-TB/HU"
    assert doc.header.signer.name == "Hồ Văn Minh"       # signed "T/L" (thừa lệnh), as party offices write it


@pytest.mark.parametrize("text", [
    "Họp lúc [08:40, 3/10/2027] Tổ công tác: kiểm tra.\nGhi chú [09:00, 3/10/2027] Lê Lan: đồng ý.",
    "[08:40, 3/10/2027] Tổ công tác: kiểm tra hiện trường.\nBiên bản lập lúc 09:00.",    # one head only
])
def test_bracketed_times_in_prose_or_once_are_no_chat(text):
    assert normalize(text).text == text


# ---------------------------------------------------------------- a database field, a word diff, full-width forms
FIELD_PLAN = ("ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH AN BÌNH\tĐộc lập - Tự do - Hạnh phúc\n"
              "Số: 88/QĐ-UBND\tAn Bình, ngày 4 tháng 5 năm 2027\n\nQUYẾT ĐỊNH\nPhê duyệt Đề án \"Phát triển cây "
              "dừa giai đoạn 2027 - 2030\"\n\nĐiều 1. Phê duyệt Đề án kèm theo Quyết định này.\n"
              "Điều 2. Giao Sở Nông nghiệp và Môi trường chủ trì tổ chức thực hiện Đề án.\n"
              "Điều 3. Quyết định này có hiệu lực kể từ ngày ký.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLê Văn An\n\n"
              "ĐỀ ÁN\nPhát triển cây dừa giai đoạn 2027 - 2030\n(Kèm theo Quyết định số 88/QĐ-UBND)\nI. MỤC TIÊU\n"
              "1. Đến năm 2030, diện tích dừa hữu cơ đạt 12.000 ha.\n2. Đến năm 2028, giá trị xuất khẩu đạt 450 "
              "triệu USD.\nII. NHIỆM VỤ\n1. Sở Công Thương chủ trì xúc tiến thương mại sản phẩm dừa, hoàn thành "
              "trước ngày 30/6/2028.\n")
# stored in one field: every line break, tab and quote escaped, one real line break at the end
ESCAPED_FIELD = (FIELD_PLAN.replace("\\", "\\\\").replace('"', '\\"').replace("\t", "\\t")
                 .replace("\n", "\\n") + "\n")


def test_a_database_fields_escapes_read_as_the_characters_they_stand_for():
    assert normalize(ESCAPED_FIELD).text.split("\n")[:3] == normalize(FIELD_PLAN).text.split("\n")[:3]
    text = normalize(ESCAPED_FIELD).text
    assert "\\" not in text and 'Đề án "Phát triển cây dừa giai đoạn 2027 - 2030"' in text
    ex = extract_document(from_raw(RawDocument("qd.txt", ESCAPED_FIELD, "utf-8")))
    assert ex.document.header.number == "88/QĐ-UBND"
    assert {"I.1", "II.1"} <= {s.id for s in ex.document.sections}
    assert {(12000.0, 2030), (450.0, 2028)} <= {(t.value, t.year) for t in ex.targets}
    assert ("II.1", "Sở Công Thương", "lead") in {(t.section, a.agency, a.role) for t in ex.tasks
                                                  for a in t.assignments}


def test_a_database_field_a_scan_wrapped_reads_as_its_text():
    wrapped = "\n".join(textwrap.wrap(ESCAPED_FIELD, 70, break_long_words=False)) + "\n"
    ex = extract_document(from_raw(RawDocument("qd.txt", wrapped, "utf-8")))
    assert ex.document.header.number == "88/QĐ-UBND"
    assert {(12000.0, 2030), (450.0, 2028)} <= {(t.value, t.year) for t in ex.targets}


@pytest.mark.parametrize("text", [
    "Đường dẫn lưu tệp: C:\\new\\nghi-quyet\\noi-dung.txt\nDòng hai.\n",          # a few backslashes in a path
    "Dòng một \\n dòng hai \\n ba \\n bốn \\n năm \\n sáu\nDòng hai.\nDòng ba.\nDòng bốn.\nDòng năm.\n",   # lines
])
def test_backslashes_in_a_text_with_its_own_lines_stay(text):
    assert normalize(text).text.strip() == text.strip()


# a comparison of the draft with the final resolution, word by word
DIFF_RESOLUTION = ("KẾT QUẢ SO SÁNH VĂN BẢN (so sánh theo từ)\n\nHỘI ĐỒNG NHÂN DÂN\nTỈNH AN BÌNH\n[-DỰ THẢO-]\n"
                   "Số: [-    /2027/NQ-HĐND-]{+18/2027/NQ-HĐND+}\nAn Bình, ngày {+17+} tháng 7 năm 2027\n\n"
                   "NGHỊ QUYẾT\nQuy định chính sách hỗ trợ trồng rừng gỗ lớn\n\n"
                   "Điều 1. Mục tiêu\nĐến năm 2030, diện tích rừng gỗ lớn đạt [-65-]{+70+} nghìn ha.\n"
                   "Điều 2. Tổ chức thực hiện\n1. Giao Ủy ban nhân dân tỉnh chỉ đạo Sở [-Tài chính-]{+Công Thương+} "
                   "xây dựng cơ sở dữ liệu chuỗi gỗ, hoàn thành [-trong năm 2029-]{+trước ngày 30/6/2028+}.\n"
                   "[-2. Ban Kinh tế - Ngân sách giám sát việc thực hiện.\n-]{+2. Đề nghị Ủy ban Mặt trận Tổ quốc "
                   "Việt Nam tỉnh giám sát việc thực hiện.\n+}")


def test_a_word_diff_reads_as_the_final_text():
    text = normalize(DIFF_RESOLUTION).text
    assert "[-" not in text and "{+" not in text and "DỰ THẢO" not in text and "Tài chính" not in text
    assert "Số: 18/2027/NQ-HĐND" in text and "đạt 70 nghìn ha" in text and "Sở Công Thương xây dựng" in text
    assert "Ban Kinh tế" not in text and "2. Đề nghị Ủy ban Mặt trận" in text
    ex = extract_document(from_raw(RawDocument("nq.txt", DIFF_RESOLUTION, "utf-8")))
    assert ex.document.header.number == "18/2027/NQ-HĐND"
    assert (70.0, 2030) in {(t.value, t.year) for t in ex.targets}
    assert any("30/6/2028" in d.text for d in ex.deadlines) and not any("2029" in d.text for d in ex.deadlines)


@pytest.mark.parametrize("text", [
    "Điểm [-5] của bảng giữ nguyên.\n",                           # a bracket and a dash, no comparison
    "Công thức {+a+} và [-b-] trong phụ lục.\n",                  # two marks only
])
def test_a_bracket_or_two_marks_are_no_word_diff(text):
    assert normalize(text).text == text.strip()


# typed with an East Asian input method: full-width digits and punctuation, an eth for Đ
WIDE_PLAN = ("ỦY BAN NHÂN DÂN\nTỈNH AN BÌNH\nSố： ２１４／KH－UBND\nAn Bình， ngày ９ tháng ４ năm ２０２７\n\n"
             "KẾ HOẠCH\nThu hút đầu tư trung tâm dữ liệu\n\nI． MỤC TIÊU\n１． Ðến năm ２０３０， công suất trung tâm dữ "
             "liệu ðạt ２５０ MW．\n２． Tỷ lệ cơ quan nhà nước sử dụng nền tảng điện toán đám mây của tỉnh đạt ８０％ "
             "vào năm ２０２８．\nII． NHIỆM VỤ\n１． Sở Khoa học và Công nghệ chủ trì xây dựng cơ chế thu hút đầu tư， "
             "hoàn thành trước ngày ３０／９／２０２７．\n")


def test_full_width_forms_read_as_ascii():
    text = normalize(WIDE_PLAN).text
    assert "Số: 214/KH-UBND" in text and "đạt 80% vào năm 2028." in text and "I. MỤC TIÊU" in text
    assert "Đến năm 2030, công suất" in text
    ex = extract_document(from_raw(RawDocument("kh.txt", WIDE_PLAN, "utf-8")))
    assert ex.document.header.number == "214/KH-UBND"
    assert [s.id for s in ex.document.sections] == ["I", "I.1", "I.2", "II", "II.1"]
    assert {(250.0, 2030), (80.0, 2028)} <= {(t.value, t.year) for t in ex.targets}
    assert any("trước ngày 30/9/2027" in d.text for d in ex.deadlines)


# a legal-documents database's record exported as XML: the numbers of articles, clauses and points in attributes
XML_RESOLUTION = """<?xml version="1.0" encoding="UTF-8"?>
<VanBan id="AB-2027-000112">
  <ThuocTinh>
    <LoaiVanBan>Nghị quyết</LoaiVanBan>
    <SoKyHieu>31/2027/NQ-HĐND</SoKyHieu>
    <NgayBanHanh>10/07/2027</NgayBanHanh>
    <CoQuanBanHanh>Hội đồng nhân dân tỉnh An Bình</CoQuanBanHanh>
    <TrichYeu>Quy định hỗ trợ học phí &amp; chi phí học tập cho học sinh vùng khó khăn</TrichYeu>
    <TinhTrang>Còn hiệu lực</TinhTrang>
  </ThuocTinh>
  <NoiDung>
    <TieuDe>NGHỊ QUYẾT Quy định hỗ trợ học phí cho học sinh vùng khó khăn giai đoạn 2027 - 2030</TieuDe>
    <CanCu><DongCanCu>Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;</DongCanCu></CanCu>
    <Dieu so="1">
      <TieuDe>Mục tiêu</TieuDe>
      <Khoan so="1">Đến năm 2030, tỷ lệ học sinh vùng khó khăn hoàn thành chương trình tiểu học đạt 95%.</Khoan>
    </Dieu>
    <Dieu so="2">
      <TieuDe>Tổ chức thực hiện</TieuDe>
      <Khoan so="1">Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này:
        <Diem so="a">Sở Giáo dục và Đào tạo chủ trì lập danh sách học sinh, hoàn thành trước ngày 30/9/2027;</Diem>
        <Diem so="b">Sở Tài chính bảo đảm kinh phí hằng năm.</Diem>
      </Khoan>
      <Khoan so="2">Thường trực Hội đồng nhân dân tỉnh giám sát &amp; báo cáo tại kỳ họp cu&#7889;i năm.</Khoan>
    </Dieu>
    <ChuKy><ChucVu>CHỦ TỊCH</ChucVu><HoTen>Lê Văn An</HoTen></ChuKy>
  </NoiDung>
</VanBan>
"""


def test_a_databases_xml_record_reads_as_its_document():
    lines = [ln.strip() for ln in normalize(XML_RESOLUTION).text.split("\n") if ln.strip()]
    assert "Điều 1. Mục tiêu" in lines and "Điều 2. Tổ chức thực hiện" in lines
    assert "a) Sở Giáo dục và Đào tạo chủ trì lập danh sách học sinh, hoàn thành trước ngày 30/9/2027;" in lines
    assert "Số: 31/2027/NQ-HĐND" in lines and not any("<" in ln or "Còn hiệu lực" in ln for ln in lines)
    assert not any("chi phí học tập" in ln for ln in lines)         # a property that went, its entity with it
    assert any(ln.endswith("& báo cáo tại kỳ họp cuối năm.") for ln in lines)
    ex = extract_document(from_raw(RawDocument("nq.xml.txt", XML_RESOLUTION, "utf-8")))
    h = ex.document.header
    assert (h.kind, h.number, h.date) == ("resolution", "31/2027/NQ-HĐND", "2027-07-10")
    assert h.title.startswith("Quy định hỗ trợ học phí")
    assert {"D1.1", "D2.1.a", "D2.1.b", "D2.2"} <= {s.id for s in ex.document.sections}
    assert (95.0, 2030) in {(t.value, t.year) for t in ex.targets}
    got = {(t.section, a.agency, a.role) for t in ex.tasks for a in t.assignments}
    assert ("D2.1.a", "Sở Giáo dục và Đào tạo", "lead") in got, sorted(got)


def test_an_xml_record_with_english_names_reads_the_same():
    english = (XML_RESOLUTION.replace("Dieu so=", "article number=").replace("</Dieu>", "</article>")
               .replace("Khoan so=", "clause number=").replace("</Khoan>", "</clause>")
               .replace("Diem so=", "point number=").replace("</Diem>", "</point>"))
    lines = [ln.strip() for ln in normalize(english).text.split("\n") if ln.strip()]
    assert "Điều 2. Tổ chức thực hiện" in lines and "b) Sở Tài chính bảo đảm kinh phí hằng năm." in lines


def test_a_few_tags_or_a_web_page_are_no_xml_record():
    few = "<ghi chú> Văn bản gửi kèm <b>bản chính</b>.\nNội dung khác.\n"
    assert normalize(few).text.strip() == few.strip()
    page = "<html><body>" + "".join(f"<p>Đoạn {i}</p>\n" for i in range(12)) + "</body></html>\n"
    assert "Đoạn 5" in normalize(page).text and "Điều" not in normalize(page).text


# a plan copied out of an intranet wiki as MediaWiki markup
WIKI_PLAN = """{{Hộp thông tin văn bản
| số = 41/KH-SNV
| trạng thái = Còn hiệu lực
}}
'''ỦY BAN NHÂN DÂN TỈNH AN BÌNH'''<br />
'''SỞ NỘI VỤ'''

Số: 41/KH-SNV

''An Bình, ngày 20 tháng 01 năm 2027''

<center>'''KẾ HOẠCH'''<br />'''Số hóa tài liệu lưu trữ giai đoạn 2027 - 2030'''</center>

== I. MỤC TIÊU ==
=== 1. Chỉ tiêu cụ thể ===
# '''Đến năm 2028:'''
## Số trang tài liệu được số hóa đạt 2 triệu trang.
## 100% cơ quan lập hồ sơ điện tử.<ref>Theo Thông tư số 07/2026/TT-BNV.</ref>
# '''Đến năm 2030:''' số trang được số hóa đạt 5 triệu trang.

== II. NHIỆM VỤ ==
# [[Trung tâm Lưu trữ lịch sử tỉnh An Bình|Trung tâm Lưu trữ lịch sử tỉnh]] chủ trì chỉnh lý tài liệu tồn đọng.
# '''Sở Khoa học và Công nghệ''' chủ trì bố trí hạ tầng máy chủ, hoàn thành trước ngày 30/6/2027.
* Các phòng thuộc Sở phối hợp thực hiện.

== PHỤ LỤC ==
{| class="wikitable"
|-
! STT !! Nhiệm vụ !! Đơn vị chủ trì !! Thời gian
|-
| 1 || Ban hành quy trình số hóa || style="text-align:center" | Phòng Văn thư - Lưu trữ || Quý II/2027
|-
| 2 || Đào tạo kỹ năng số hóa<br />cho văn thư cơ quan || Sở Nội vụ || Hằng năm
|}

[[Thể loại:Kế hoạch năm 2027]]
"""


def test_a_wiki_page_reads_as_the_document_it_shows():
    lines = [ln.strip() for ln in normalize(WIKI_PLAN).text.split("\n") if ln.strip()]
    assert lines[:3] == ["ỦY BAN NHÂN DÂN TỈNH AN BÌNH", "SỞ NỘI VỤ", "Số: 41/KH-SNV"], lines[:4]
    assert "I. MỤC TIÊU" in lines and "1. Chỉ tiêu cụ thể" in lines and "1.1. Đến năm 2028:" in lines
    assert "1.1.2. 100% cơ quan lập hồ sơ điện tử." in lines and "1.2. Đến năm 2030: số trang" in " ".join(lines)
    assert "1. Trung tâm Lưu trữ lịch sử tỉnh chủ trì chỉnh lý tài liệu tồn đọng." in lines
    assert "- Các phòng thuộc Sở phối hợp thực hiện." in lines
    row = "2 | Đào tạo kỹ năng số hóa cho văn thư cơ quan | Sở Nội vụ"
    assert any(ln.strip("| ").startswith(row) for ln in lines)
    assert not any(m in ln for ln in lines for m in ("'''", "[[", "{{", "{|", "<ref", "Thể loại", "wikitable"))
    ex = extract_document(from_raw(RawDocument("kh.txt", WIKI_PLAN, "utf-8")))
    assert ex.document.header.number == "41/KH-SNV"
    assert {"I.1.1.1", "I.1.1.2", "I.1.2", "II.1", "II.2"} <= {s.id for s in ex.document.sections}
    assert {(2.0, 2028), (5.0, 2030)} <= {(t.value, t.year) for t in ex.targets}
    got = {(t.section, a.agency, a.role) for t in ex.tasks for a in t.assignments}
    assert ("II.2", "Sở Khoa học và Công nghệ", "lead") in got, sorted(got)


def test_markdown_headings_or_one_wiki_heading_are_no_wiki_page():
    md = "# KẾ HOẠCH\n## I. MỤC TIÊU\n# Đến năm 2030 đạt 90%.\n**Sở Nội vụ** chủ trì.\n"
    assert "1. " not in normalize(md).text
    one = "== Ghi chú ==\nCâu có '''chữ đậm''' giữ nguyên.\n"
    assert normalize(one).text.strip() == one.strip()


# a bound programme: its table of contents before the body, page lines between
CONTENTS_PROGRAMME = """TỈNH ỦY AN BÌNH
Số 12-CTr/TU
An Bình, ngày 3 tháng 4 năm 2027

CHƯƠNG TRÌNH HÀNH ĐỘNG
về phát triển kinh tế tuần hoàn đến năm 2030

MỤC LỤC
I. MỤC TIÊU ............................................. 2
   1. Mục tiêu chung .................................... 2
   2. Chỉ tiêu cụ thể ................................... 2
II. NHIỆM VỤ, GIẢI PHÁP ............................... 3
   1. Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức
      chính trị - xã hội tỉnh ........................... 3

- 2 -

I. MỤC TIÊU
1. Mục tiêu chung
Phát triển kinh tế tuần hoàn thành phương thức chủ đạo.
2. Chỉ tiêu cụ thể
Đến năm 2030, tỷ lệ chất thải rắn sinh hoạt được tái chế đạt 40%.
II. NHIỆM VỤ, GIẢI PHÁP
1. Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh
Vận động nhân dân phân loại chất thải tại nguồn.
"""


def test_a_table_of_contents_goes_and_the_body_keeps_its_parts():
    text = normalize(CONTENTS_PROGRAMME).text
    assert "MỤC LỤC" not in text and "...." not in text and text.count("I. MỤC TIÊU") == 1
    ex = extract_document(from_raw(RawDocument("ctr.txt", CONTENTS_PROGRAMME, "utf-8")))
    assert [s.id for s in ex.document.sections] == ["I", "I.1", "I.2", "II", "II.1"]
    assert (40.0, 2030) in {(t.value, t.year) for t in ex.targets}


def test_a_form_with_dotted_blanks_keeps_its_lines():
    form = ("Họ và tên: ........................ 1\nĐơn vị công tác: ...............\n"
            "Kết quả: đạt ............ 2\n\nÝ kiến khác.\n")
    assert normalize(form).text.strip() == form.strip()


# a plan whose structure is its indentation alone: headings in capitals, bullets indented, no number anywhere
INDENTED_PLAN = ("SỞ CÔNG THƯƠNG TỈNH AN BÌNH\nSố: 46/KH-SCT\nAn Bình, ngày 22 tháng 3 năm 2027\n\nKẾ HOẠCH\n"
                 "Sử dụng năng lượng tiết kiệm và hiệu quả giai đoạn 2027 - 2030\n\n"
                 "MỤC TIÊU\n  - Mục tiêu chung: sử dụng năng lượng tiết kiệm thành hoạt động thường xuyên.\n"
                 "  - Mục tiêu cụ thể:\n      + Đến năm 2030:\n          • Tiết kiệm 6% tổng năng lượng tiêu thụ.\n"
                 "\t  • 100% đèn chiếu sáng công cộng dùng công nghệ LED.\n\n"
                 "NHIỆM VỤ\n  - Tuyên truyền:\n      + Phòng Quản lý năng lượng chủ trì tổ chức hội thảo hằng năm.\n"
                 "\t+ Sở Văn hóa, Thể thao và Du lịch phối hợp tuyên truyền.\n"
                 "  - Kiểm tra:\n      + Sở Xây dựng chủ trì kiểm tra các tòa nhà trọng điểm, hoàn thành trước ngày "
                 "30/11/2027.\n\nNơi nhận:\n- Bộ Công Thương;\n- Lưu: VT.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nLê Văn An\n")


def test_a_plan_laid_out_by_indentation_is_numbered_as_a_reader_counts_it():
    lines = normalize(INDENTED_PLAN).text.split("\n")
    assert "1. MỤC TIÊU" in lines and "1.2.1.2. 100% đèn chiếu sáng công cộng dùng công nghệ LED." in lines
    assert "2.1.2. Sở Văn hóa, Thể thao và Du lịch phối hợp tuyên truyền." in lines    # a tab's "+" is a "+"
    assert "- Bộ Công Thương;" in lines                                              # the recipients stay
    lower = normalize(INDENTED_PLAN.lower()).text.split("\n")                       # a copy that lost its capitals
    assert "1. mục tiêu" in lower and "2.2.1. sở xây dựng chủ trì kiểm tra các tòa nhà trọng điểm, hoàn thành " \
        "trước ngày 30/11/2027." in lower
    ex = extract_document(from_raw(RawDocument("kh.txt", INDENTED_PLAN, "utf-8")))
    assert [s.id for s in ex.document.sections] == ["1", "1.1", "1.2", "1.2.1", "1.2.1.1", "1.2.1.2", "2", "2.1",
                                                    "2.1.1", "2.1.2", "2.2", "2.2.1"]
    assert {(6.0, 2030), (100.0, 2030)} <= {(t.value, t.year) for t in ex.targets}
    got = {(t.section, a.agency, a.role) for t in ex.tasks for a in t.assignments}
    assert ("2.2.1", "Sở Xây dựng", "lead") in got, sorted(got)


def test_a_numbered_plan_with_bullets_or_a_letter_with_dashes_keeps_its_lines():
    numbered = INDENTED_PLAN.replace("MỤC TIÊU\n", "I. MỤC TIÊU\n").replace("NHIỆM VỤ\n", "II. NHIỆM VỤ\n") \
        .replace("  - Tuyên truyền:", "1. Tuyên truyền:").replace("  - Kiểm tra:", "2. Kiểm tra:")
    assert "1.2.1" not in normalize(numbered).text
    letter = "Kính gửi: Sở Tài chính\nĐỀ NGHỊ\n  - Bố trí kinh phí;\n  - Hướng dẫn thủ tục.\n      + Hồ sơ;\n"
    assert normalize(letter).text.strip().split("\n")[2] == "- Bố trí kinh phí;"


def _sheet(rows: list[list[str]], width: int = 6) -> str:
    """Rows as a spreadsheet saves them as tab-separated text: every row its width, a cell with a line break or a
    quote in double quotes, a quote doubled."""
    def cell(c: str) -> str:
        return '"' + c.replace('"', '""') + '"' if "\n" in c or '"' in c else c
    return "\n".join("\t".join(cell(c) for c in row + [""] * (width - len(row))) for row in rows) + "\n"


# a plan typed into a spreadsheet: header lines in the first column, the body as rows under the sheet's header
SHEET_PLAN = _sheet([
    ["ỦY BAN NHÂN DÂN TỈNH AN BÌNH"], ["Số: 52/KH-UBND"], ["An Bình, ngày 5 tháng 2 năm 2027"], [],
    ["KẾ HOẠCH"], ["Phát triển cây mắc ca giai đoạn 2027 - 2030"], [],
    ["STT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn", "Kết quả"],
    ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"],
    ["I", "MỤC TIÊU"],
    ["1", "Chỉ tiêu đến năm 2030"],
    ["", "Chỉ tiêu", "Đơn vị tính", "Năm 2028", "Năm 2030", "Ghi chú"],
    ["1.1", "Diện tích mắc ca", "ha", "1.200", "2.000"],
    ["1.2", "Sản lượng hạt", "tấn", "800", "1.500", 'Theo "giá cố định"'],
    ["II", "NHIỆM VỤ"],
    ["1", "Rà soát quỹ đất trồng mắc ca", "Sở Nông nghiệp và Môi trường", "- Sở Tài chính;\n- UBND các xã",
     "Quý III/2027", "Bản đồ vùng trồng"],
    ["", "Ưu tiên đất đồi đã thoái hóa", "", "Hội Nông dân tỉnh"],
    ["2", "Xây dựng nhà máy chế biến mắc ca", "Sở Công Thương", "", "Năm 2029"],
    [],
    ["Nơi nhận:", "", "", "", "KT. CHỦ TỊCH"], ["- Như trên;", "", "", "", "Lê Văn An"],
])


def test_a_plan_typed_into_a_spreadsheet_reads_as_the_document_it_is():
    lines = [ln.strip() for ln in normalize(SHEET_PLAN).text.split("\n") if ln.strip()]
    assert lines[:3] == ["ỦY BAN NHÂN DÂN TỈNH AN BÌNH", "Số: 52/KH-UBND", "An Bình, ngày 5 tháng 2 năm 2027"]
    assert "I. MỤC TIÊU" in lines and "1. Chỉ tiêu đến năm 2030" in lines and "II. NHIỆM VỤ" in lines
    assert not any(ln.startswith(("STT | Nội dung", "(1)")) for ln in lines)
    assert ("1. Rà soát quỹ đất trồng mắc ca (đơn vị chủ trì: Sở Nông nghiệp và Môi trường; đơn vị phối hợp: Sở Tài "
            "chính; UBND các xã; thời hạn: Quý III/2027; kết quả: Bản đồ vùng trồng)") in lines
    assert "Ưu tiên đất đồi đã thoái hóa (đơn vị phối hợp: Hội Nông dân tỉnh)" in lines
    assert any(ln.strip("| ").startswith("1.2 | Sản lượng hạt | tấn | 800 | 1.500") for ln in lines)
    assert 'Theo "giá cố định"' in " ".join(lines)
    ex = extract_document(from_raw(RawDocument("kh.txt", SHEET_PLAN, "utf-8")))
    assert ex.document.header.number == "52/KH-UBND"
    assert {"I", "I.1", "II", "II.1", "II.2"} <= {s.id for s in ex.document.sections}
    assert {(2000.0, 2030), (1500.0, 2030), (1200.0, 2028)} <= {(t.value, t.year) for t in ex.targets}
    got = {(t.section, a.agency, a.role) for t in ex.tasks for a in t.assignments}
    assert ("II.1", "Sở Nông nghiệp và Môi trường", "lead") in got, sorted(got)
    assert ("II.1", "Sở Tài chính", "support") in got and ("II.2", "Sở Công Thương", "lead") in got


def test_a_few_tabbed_rows_or_a_sheet_without_its_header_row_are_left_to_the_table_steps():
    rows = [[f"{i}", f"Nhiệm vụ {i}", "Sở Tài chính", "", "2027"] for i in range(1, 12)]
    headless = _sheet(rows, 5)
    assert sheet_export(headless) == []
    assert sheet_export(_sheet([["STT", "Nội dung", "Chủ trì", "Thời hạn"], *rows[:3]], 5)) == []
