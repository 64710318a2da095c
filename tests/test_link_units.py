"""Unit cases for the linker's parsers (tables of (input, expected)); examples from the real corpus lines."""
from __future__ import annotations

import pytest

from nlpolicy.link.citations import bare, fold, number_code, number_issuer, provinces_in
from nlpolicy.link.figures import number
from nlpolicy.link.models import Figure
from nlpolicy.link.progress import status_of
from nlpolicy.link.resolve import issuer_family, title_score
from nlpolicy.link.tasks import project_names
from nlpolicy.structure import normalise_number


@pytest.mark.parametrize("raw, expected", [
    ("34 -NQ/TU", "34-NQ/TU"), ("57\\-NQ/TW", "57-NQ/TW"), ("134/KH-UBND", "134/KH-UBND"),
    ("866/QĐ-Tg", "866/QĐ-TTg"), ("/KH-UBND", None),
    # a lost hyphen comes back ("1626/QĐTTg"), but a party cadre's code is one word
    ("1626/QĐTTg", "1626/QĐ-TTg"), ("87-TTr/BCSĐ", "87-TTr/BCSĐ"),
])
def test_normalise_number(raw, expected):
    assert normalise_number(raw) == expected


@pytest.mark.parametrize("number, code, org, n", [
    ("34-NQ/TU", "NQ", "TU", "34"), ("134/KH-UBND", "KH", "UBND", "134"), ("03/NQ-CP", "NQ", "CP", "3"),
    ("3260-KH/ĐĐQH15", "KH", "ĐĐQH15", "3260"), ("32/2024/NĐ-CP", "NĐ", "CP", "32"),
])
def test_number_parts(number, code, org, n):
    assert (number_code(number), number_issuer(number), bare(number)) == (code, org, n)


def test_fold_ignores_case_and_d():
    assert fold("3260-KH/ĐĐQH15") == fold("3260-kh/ddqh15")


@pytest.mark.parametrize("text, expected", [
    ("UBND TỈNH LÀO CAI", ("lào cai",)), ("của UBND tỉnh Yên Bái", ("yên bái",)),
    ("Ban Thường vụ Tỉnh ủy", ()), ("Tỉnh ủy Lào Cai", ("lào cai",)),
])
def test_provinces(text, expected):
    assert provinces_in(text) == expected


@pytest.mark.parametrize("text, family", [
    ("Ban Thường vụ Tỉnh ủy", "province_party"), ("Ban chấp đảng bộ tỉnh (khóa xiii)", "province_party"),
    ("UBND tỉnh", "committee"), ("Bộ Chính trị", "central_party"), ("Thủ tướng Chính phủ", "government"),
])
def test_issuer_family(text, family):
    assert issuer_family(text) == family


def test_title_needs_the_same_years():
    title = "về phát triển công nghiệp - tiểu thủ công nghiệp đến năm 2020, định hướng đến năm 2025"
    ok = "Nghị quyết của Tỉnh ủy về phát triển công nghiệp - tiểu thủ công nghiệp đến năm 2020, định hướng đến năm 2025"
    old = "Nghị quyết về phát triển công nghiệp - tiểu thủ công nghiệp đến năm 2010 và định hướng đến năm 2015"
    assert title_score(title, ok)[0] == 1.0
    assert title_score(title, old)[0] == 0.0


@pytest.mark.parametrize("raw, value", [("2.029,4", 2029.4), ("29,0", 29.0), ("1.300", 1300.0), ("12", 12.0)])
def test_vietnamese_numbers(raw, value):
    assert number(raw) == value


def _t(comp, value, year=2030, vmax=None):
    return Figure("target", "II.2", "tỷ lệ", None, comp, value, vmax, "%", year, "", 0, 0)


@pytest.mark.parametrize("target, reported, year, status", [
    (_t(">", 80), 85, 2030, "met"), (_t(">", 80), 80, 2030, "not_met"), (_t(">=", 80), 80, 2030, "met"),
    (_t("=", 80), 50, 2026, "on_track"), (_t("range", 60, vmax=70), 29, 2026, "on_track"),
    (_t("<=", 5), 4, 2031, "met"), (_t("<", 5), 6, 2031, "not_met"),
])
def test_status_comparators(target, reported, year, status):
    assert status_of(target, reported, year).value == status


def test_project_names_in_lists():
    assert project_names("Đôn đốc thành lập các CCN mới: Bảo Minh, Bảo Hưng 2, Yên Hợp 2") == {
        "bảo minh", "bảo hưng 2", "yên hợp 2"}


@pytest.mark.parametrize("text, names", [
    ("Đến nay có 04 khu công nghiệp đã có nhà đầu tư hạ tầng", set()),      # "đã" is no name
    ("các cụm công nghiệp ở xã Tân Lập", set()),
    ("Cụm công nghiệp Ân Thi 2 và KCN Đông Hà", {"ân thi 2", "đông hà"}),
])
def test_a_project_name_starts_with_a_capital(text, names):
    assert project_names(text) == names


# ---------------------------------------------------------------- progress on invented documents

def _extraction(text: str):
    from nlpolicy.document import from_raw
    from nlpolicy.extract.pipeline import extract_document
    from nlpolicy.types import RawDocument
    return extract_document(from_raw(RawDocument(path="x.txt", text=text, encoding="utf-8")))


PROGRESS_PLAN = (
    "ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH\nSố: 12/KH-UBND\nBình Định, ngày 5 tháng 1 năm 2026\n\nKẾ HOẠCH\n"
    "Phát triển doanh nghiệp năm 2026 - 2030\n\nI. MỤC TIÊU\n"
    "1. Đến năm 2030: toàn tỉnh có ít nhất 40.000 doanh nghiệp đang hoạt động; Chỉ số PCI thuộc nhóm 10 địa "
    "phương dẫn đầu; tối thiểu 70% doanh nghiệp nhỏ và vừa ứng dụng nền tảng số.\n"
    "2. Năm 2026: thành lập mới ít nhất 4.500 doanh nghiệp. Đến hết tháng 5/2026, 100% thủ tục đăng ký doanh "
    "nghiệp được cung cấp dịch vụ công trực tuyến toàn trình.\n"
    "II. NHIỆM VỤ\n1. Sở Tài chính bồi dưỡng kiến thức quản trị cho ít nhất 1.000 lượt chủ doanh nghiệp.\n")
PROGRESS_REPORT = (
    "SỞ TÀI CHÍNH\nSố: 88/BC-STC\nBình Định, ngày 8 tháng 7 năm 2026\n\nBÁO CÁO\nKết quả thực hiện Kế hoạch số "
    "12/KH-UBND ngày 5/1/2026\n\nI. KẾT QUẢ THỰC HIỆN\n"
    "1. Toàn tỉnh có 2.460 doanh nghiệp thành lập mới, đạt 54,7% kế hoạch năm; đến 30/6/2026 có 25.310 doanh "
    "nghiệp đang hoạt động.\n2. Tỷ lệ thủ tục đăng ký doanh nghiệp được cung cấp trực tuyến toàn trình đạt 86%.\n"
    "3. Chỉ số PCI năm 2025 của tỉnh xếp thứ 17/34 tỉnh, thành phố.\n"
    "4. Theo khảo sát, 41,2% doanh nghiệp nhỏ và vừa đã ứng dụng nền tảng số.\n"
    "5. Sở Tài chính mở 09 lớp bồi dưỡng quản trị cho 420 lượt chủ doanh nghiệp.\n"
    "II. NHIỆM VỤ THỜI GIAN TỚI\n1. Bảo đảm 100% thủ tục đăng ký doanh nghiệp được cung cấp trực tuyến toàn trình.\n")


def test_progress_reads_the_clause_around_each_value_and_when_a_target_is_due():
    from nlpolicy.link.citations import doc_info
    from nlpolicy.link.figures import reported_of, targets_of
    from nlpolicy.link.progress import match_progress
    plan, report = _extraction(PROGRESS_PLAN), _extraction(PROGRESS_REPORT)
    info = doc_info(report.document)
    got = {(p.target.value, p.target.unit): (p.status.value, p.reported_value)
           for p in match_progress(targets_of(plan), reported_of(report), document="bc", report_year=info.year,
                                   report_date=info.date)}
    assert got == {
        # the indicator written after the number, on both sides
        (40000.0, "doanh nghiệp"): ("on_track", 25310.0),
        (4500.0, "doanh nghiệp"): ("on_track", 2460.0),      # due at the end of 2026: a report of July
        (70.0, "%"): ("on_track", 41.2),
        # a rank against the index it is taken in
        (10.0, "hạng"): ("on_track", 17.0),
        # due at the end of May: not met in July; the share of the plan (54,7%) and the
        # commitment of the part ahead (100%) are no reported values
        (100.0, "%"): ("not_met", 86.0),
        # no time set: not yet a failure
        (1000.0, "lượt"): ("on_track", 420.0),
    }


SUM_PLAN = (
    "ỦY BAN NHÂN DÂN TỈNH AN BÌNH\nSố: 96/KH-UBND\nAn Bình, ngày 24 tháng 4 năm 2026\n\nKẾ HOẠCH\n"
    "Phòng, chống sạt lở bờ sông giai đoạn 2026 - 2030\n\nI. MỤC TIÊU\n"
    "1. Đến năm 2030, xây dựng 60 km kè chống sạt lở bờ sông.\n"
    "2. Năm 2026 xây dựng 8 km kè chống sạt lở bờ sông.\n")
SUM_REPORT = (
    "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nSố: 17/BC-SNNMT\nAn Bình, ngày 12 tháng 7 năm 2027\n\nBÁO CÁO\n"
    "Kết quả thực hiện Kế hoạch số 96/KH-UBND ngày 24/4/2026\n\nI. KẾT QUẢ\n"
    "1. Kè chống sạt lở: năm 2026 hoàn thành 6,9 km kè chống sạt lở bờ sông, chưa đạt lộ trình 8 km; lũy kế đến "
    "ngày 30/6/2027 đạt 11,6 km.\n")


def test_a_target_beyond_the_report_is_reached_by_the_sum_and_a_past_year_by_its_own_figure():
    """"lũy kế ... đạt 11,6 km" has no topic of its own: it takes the embankments of the figure before it, and
    speaks of the 2030 target; the 2026 target is told by the year's 6,9 km; "lộ trình 8 km" repeats the plan
    (a plan and report written for this test)."""
    from nlpolicy.link.citations import doc_info
    from nlpolicy.link.figures import reported_of, targets_of
    from nlpolicy.link.progress import match_progress
    plan, report = _extraction(SUM_PLAN), _extraction(SUM_REPORT)
    info = doc_info(report.document)
    got = {(p.target.value, p.target.year): (p.status.value, p.reported_value)
           for p in match_progress(targets_of(plan), reported_of(report), document="bc", report_year=info.year,
                                   report_date=info.date)}
    assert got == {(60.0, 2030): ("on_track", 11.6), (8.0, 2026): ("not_met", 6.9)}


UNIT_PLAN = (
    "ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH\nSố: 40/KH-UBND\nHà Tĩnh, ngày 12 tháng 2 năm 2026\n\nKẾ HOẠCH\n"
    "Phát triển thư viện số năm 2026\n\nI. MỤC TIÊU\n"
    "1. Năm 2026, kho dữ liệu số của tỉnh có ít nhất 8.000 học liệu số; số hóa 1.200 hồ sơ địa chính; "
    "mở 6 lớp tập huấn.\n")
UNIT_REPORT = (
    "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH\nSố: 51/BC-SVHTTDL\nHà Tĩnh, ngày 30 tháng 6 năm 2026\n\nBÁO CÁO\n"
    "Kết quả thực hiện Kế hoạch số 40/KH-UBND ngày 12/02/2026\n\nI. KẾT QUẢ\n"
    "1. Kho dữ liệu số của tỉnh đã có 5.140 học liệu; đã số hóa 700 hồ sơ địa chính; đã mở 4 lớp.\n")


def test_progress_takes_a_reported_count_whose_noun_is_the_targets_shortened():
    """A report names what it counts more briefly than the plan ("5.140 học liệu" for "8.000 học liệu số",
    "4 lớp" for "6 lớp tập huấn"), or more fully: one noun's words opening the other's is the
    same count (a rate, with its "/", is another unit)."""
    from nlpolicy.link.citations import doc_info
    from nlpolicy.link.figures import reported_of, targets_of
    from nlpolicy.link.progress import match_progress
    plan, report = _extraction(UNIT_PLAN), _extraction(UNIT_REPORT)
    info = doc_info(report.document)
    got = {(p.target.value, p.target.unit): p.reported_value
           for p in match_progress(targets_of(plan), reported_of(report), document="bc", report_year=info.year,
                                   report_date=info.date)}
    assert got == {(8000.0, "học liệu số"): 5140.0, (1200.0, "hồ sơ"): 700.0, (6.0, "lớp tập huấn"): 4.0}


YEARLY_PLAN = (
    "ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH\nSố: 42/KH-UBND\nHà Tĩnh, ngày 12 tháng 2 năm 2026\n\nKẾ HOẠCH\n"
    "Thu hút đầu tư vào khu công nghiệp 2026 - 2030\n\nI. MỤC TIÊU\n"
    "1. Giai đoạn 2026 - 2030, thu hút vốn đầu tư trực tiếp nước ngoài vào các khu công nghiệp bình quân 1,5 tỷ "
    "USD/năm; diện tích đất công nghiệp cho thuê tăng bình quân 120 ha/năm.\n")
YEARLY_REPORT = (
    "SỞ TÀI CHÍNH\nSố: 53/BC-STC\nHà Tĩnh, ngày 30 tháng 6 năm 2027\n\nBÁO CÁO\n"
    "Kết quả thực hiện Kế hoạch số 42/KH-UBND ngày 12/02/2026\n\nI. KẾT QUẢ\n"
    "1. Năm 2026, vốn đầu tư trực tiếp nước ngoài thu hút vào các khu công nghiệp đạt 1,8 tỷ USD; lũy kế vốn đầu tư "
    "trực tiếp nước ngoài vào các khu công nghiệp đạt 9,6 tỷ USD. Diện tích đất công nghiệp đã cho thuê đạt "
    "850 ha.\n")


def test_progress_tells_a_target_set_for_every_year_by_the_years_figure():
    """A target for every year ("1,5 tỷ USD/năm") is told by what the report gives for its year ("đạt 1,8 tỷ
    USD"), not by a sum over the years ("lũy kế ... 9,6 tỷ USD"); a yearly rise ("tăng bình quân 120 ha/năm")
    is not told by the level reached ("đạt 850 ha")."""
    from nlpolicy.link.citations import doc_info
    from nlpolicy.link.figures import reported_of, targets_of
    from nlpolicy.link.progress import match_progress
    plan, report = _extraction(YEARLY_PLAN), _extraction(YEARLY_REPORT)
    info = doc_info(report.document)
    got = {(p.target.value, p.target.unit): (p.reported_value, p.status.value)
           for p in match_progress(targets_of(plan), reported_of(report), document="bc", report_year=info.year,
                                   report_date=info.date)}
    assert got == {(1.5, "tỷ USD/năm"): (1.8, "met"), (120.0, "ha/năm"): (None, "no_data")}


TOPIC_PLAN = (
    "ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH\nSố: 41/KH-UBND\nHà Tĩnh, ngày 12 tháng 2 năm 2026\n\nKẾ HOẠCH\n"
    "Cấp nước sạch nông thôn 2026 - 2030\n\nI. MỤC TIÊU\n1. Năm 2026:\n"
    "- Tỷ lệ dân số nông thôn được sử dụng nước sạch theo quy chuẩn đạt 72%, tỷ lệ hộ được cấp nước qua hệ thống "
    "tập trung đạt 55%.\n- Tỷ lệ nước sạch thất thoát không quá 20%.\n"
    "2. Năm 2027:\n- Tỷ lệ dân số nông thôn được sử dụng nước sạch theo quy chuẩn đạt 75%, tỷ lệ hộ được cấp nước "
    "qua hệ thống tập trung đạt 60%.\n- Tỷ lệ nước sạch thất thoát không quá 18%.\n")
TOPIC_REPORT = (
    "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nSố: 52/BC-SNNMT\nHà Tĩnh, ngày 10 tháng 7 năm 2027\n\nBÁO CÁO\n"
    "Kết quả thực hiện Kế hoạch số 41/KH-UBND ngày 12/02/2026\n\nI. KẾT QUẢ\n"
    "1. Cấp nước: năm 2026, tỷ lệ dân số nông thôn được sử dụng nước sạch theo quy chuẩn đạt 72,6%, tỷ lệ hộ được "
    "cấp nước qua hệ thống tập trung đạt 54,1%; 6 tháng đầu năm 2027, hai tỷ lệ này lần lượt đạt 73,9% và 57,2%.\n"
    "2. Thất thoát nước: năm 2026 còn 21,4%; 6 tháng đầu năm 2027 giảm còn 19,5%.\n")


def test_progress_reads_the_indicators_a_sentence_refers_back_to_and_the_year_of_each_value():
    """"hai tỷ lệ này lần lượt đạt A và B": A is the first indicator of the sentence before, B the second; an item's
    topic before its colon ("Thất thoát nước:") names its figures; each target takes the value of its own year (the
    2027 ones the half year's)."""
    from nlpolicy.link.citations import doc_info
    from nlpolicy.link.figures import reported_of, targets_of
    from nlpolicy.link.progress import match_progress
    plan, report = _extraction(TOPIC_PLAN), _extraction(TOPIC_REPORT)
    info = doc_info(report.document)
    got = {(p.target.value, p.target.year): p.reported_value
           for p in match_progress(targets_of(plan), reported_of(report), document="bc", report_year=info.year,
                                   report_date=info.date)}
    assert got == {(72.0, 2026): 72.6, (55.0, 2026): 54.1, (20.0, 2026): 21.4,
                   (75.0, 2027): 73.9, (60.0, 2027): 57.2, (18.0, 2027): 19.5}


STATUS_PLAN = (
    "ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH\nSố: 15/KH-UBND\nBình Định, ngày 5 tháng 1 năm 2026\n\nKẾ HOẠCH\n"
    "Cải cách thủ tục hành chính năm 2026\n\nI. NHIỆM VỤ\n"
    "1. Giao Sở Khoa học và Công nghệ bảo đảm 100% thủ tục đăng ký doanh nghiệp được cung cấp dịch vụ công "
    "trực tuyến toàn trình trong tháng 5/2026.\n2. Sở Tài chính xây dựng kế hoạch nâng cao chỉ số PCI.\n\n"
    "Nơi nhận:\n- Các sở, ban, ngành;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Văn An\n\n"
    "PHỤ LỤC\nDANH MỤC NHIỆM VỤ\n(Kèm theo Kế hoạch số 15/KH-UBND ngày 5/1/2026)\n"
    "STT | Nhiệm vụ | Cơ quan chủ trì | Thời gian hoàn thành\n"
    "1 | Dịch vụ công toàn trình về đăng ký doanh nghiệp | Sở Khoa học và Công nghệ | Tháng 5/2026\n"
    "2 | Kế hoạch nâng cao chỉ số PCI | Sở Tài chính | Tháng 3/2026\n")
STATUS_REPORT = (
    "SỞ TÀI CHÍNH\nSố: 90/BC-STC\nBình Định, ngày 8 tháng 7 năm 2026\n\nBÁO CÁO\nKết quả thực hiện Kế hoạch số "
    "15/KH-UBND ngày 5/1/2026\n\nI. KẾT QUẢ\n"
    "TT | Nhiệm vụ | Cơ quan chủ trì | Thời hạn | Tiến độ | Kết quả thực hiện\n"
    "1 | Dịch vụ công toàn trình đăng ký doanh nghiệp | Sở KH&CN | Tháng 5/2026 | Chậm tiến độ | Đạt 86%\n"
    "2 | Kế hoạch nâng cao PCI | Sở Tài chính | Tháng 3/2026 | Hoàn thành | Đã ban hành\n")


MERGED_PLAN = (
    "ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH\nSố: 16/KH-UBND\nBình Định, ngày 5 tháng 1 năm 2026\n\nKẾ HOẠCH\n"
    "Phát triển kinh tế tuần hoàn năm 2026\n\nI. NHIỆM VỤ\n1. Sở Nông nghiệp và Môi trường xây dựng các văn bản.\n\n"
    "Nơi nhận:\n- Các sở, ban, ngành;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Văn An\n\n"
    "PHỤ LỤC\nDANH MỤC NHIỆM VỤ\n(Kèm theo Kế hoạch số 16/KH-UBND ngày 5/1/2026)\n"
    "STT | Nhiệm vụ | Cơ quan chủ trì | Thời gian hoàn thành\n"
    "1 | Quy chế phối hợp thu hồi bao bì thuốc bảo vệ thực vật | Sở Nông nghiệp và Môi trường | Tháng 6/2026\n"
    "2 | Kế hoạch tuyên truyền giảm rác thải nhựa đại dương | Sở Văn hóa, Thể thao và Du lịch "
    "| Tháng 5/2026\n3 | Khảo sát các điểm tập kết phế liệu | Ủy ban nhân dân các xã | Tháng 9/2026\n")
MERGED_REPORT = (
    "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nSố: 91/BC-SNNMT\nBình Định, ngày 8 tháng 7 năm 2026\n\nBÁO CÁO\nKết quả thực "
    "hiện Kế hoạch số 16/KH-UBND ngày 5/1/2026\n\nI. KẾT QUẢ\n"
    "TT | Nhiệm vụ | Đơn vị chủ trì | Kết quả | Đánh giá\n"
    "1 | Quy chế phối hợp thu hồi bao bì và kế hoạch tuyên truyền rác thải nhựa | Sở NN&MT; Sở VHTTDL | "
    "Đã ban hành | Hoàn thành\n")


def test_a_report_row_that_merges_two_documents_speaks_of_each():
    """"Quy chế ... và kế hoạch ...": one row of the report for two rows of the plan, each a document to issue; the
    third row, which the report leaves out, has no status."""
    import datetime
    from nlpolicy.link.status import task_statuses
    plan, report = _extraction(MERGED_PLAN), _extraction(MERGED_REPORT)
    got = task_statuses(plan, [report], as_of=datetime.date(2026, 7, 8))
    by_section = {t.section: got[t.id].status for t in plan.tasks if t.section.startswith("PL")}
    assert by_section == {"PL1.1": "Hoàn thành", "PL1.2": "Hoàn thành", "PL1.3": "Chưa có thông tin"}


ONE_ROW_PLAN = MERGED_PLAN.replace(
    "1 | Quy chế phối hợp thu hồi bao bì thuốc bảo vệ thực vật | Sở Nông nghiệp và Môi trường | Tháng 6/2026\n"
    "2 | Kế hoạch tuyên truyền giảm rác thải nhựa đại dương | Sở Văn hóa, Thể thao và Du lịch | Tháng 5/2026\n",
    "1 | Lựa chọn nhà đầu tư Nhà máy xử lý rác Phù Cát | Sở Tài chính | Tháng 3/2026\n"
    "2 | Kế hoạch tuyên truyền giảm rác thải nhựa đại dương | Sở Văn hóa, Thể thao và Du lịch | Tháng 5/2026\n").replace(
    "1. Sở Nông nghiệp và Môi trường xây dựng các văn bản.",
    "1. Sở Tài chính lựa chọn nhà đầu tư và khởi công Nhà máy xử lý rác Phù Cát trong năm 2026.")
ONE_ROW_REPORT = MERGED_REPORT.replace(
    "1 | Quy chế phối hợp thu hồi bao bì và kế hoạch tuyên truyền rác thải nhựa | Sở NN&MT; Sở VHTTDL | "
    "Đã ban hành | Hoàn thành\n",
    "1 | Chọn nhà đầu tư nhà máy xử lý rác | Sở Tài chính | Đã chọn ngày 18/3/2026 | Hoàn thành\n"
    "2 | Khởi công nhà máy xử lý rác | Sở Tài chính | Nhà đầu tư đang lập thiết kế | Chưa thực hiện\n")


def test_each_task_takes_the_one_row_of_the_progress_table_that_speaks_of_it_best():
    """Two rows of a report's table name the same work; the plan's row for one step takes the report's row that
    matches it best, not the worst status of both (the body task that holds both steps hears both)."""
    import datetime
    from nlpolicy.link.status import task_statuses
    plan, report = _extraction(ONE_ROW_PLAN), _extraction(ONE_ROW_REPORT)
    got = task_statuses(plan, [report], as_of=datetime.date(2026, 7, 8))
    by_section = {t.section: got[t.id].status for t in plan.tasks if t.section.startswith("PL")}
    assert by_section["PL1.1"] == "Hoàn thành"
    assert got[next(t.id for t in plan.tasks if t.section == "I.1")].status == "Đang thực hiện"


def test_a_progress_row_speaks_of_the_body_task_and_of_the_row_that_repeats_it():
    import datetime
    from nlpolicy.link.status import task_statuses
    plan, report = _extraction(STATUS_PLAN), _extraction(STATUS_REPORT)
    got = task_statuses(plan, [report], as_of=datetime.date(2026, 7, 8))
    by_section = {}
    for t in plan.tasks:
        by_section.setdefault(t.section, set()).add(got[t.id].status)
    assert by_section["PL1.1"] == {"Quá hạn"} and by_section["I.1"] == {"Quá hạn"}
    assert by_section["PL1.2"] == {"Hoàn thành"}


def test_a_value_written_as_a_part_of_the_target_speaks_of_that_target():
    # "đã hoàn thành 310/900 căn hộ": the whole after the slash is the target it measures against, whatever
    # words the report puts around it
    from nlpolicy.link.citations import doc_info
    from nlpolicy.link.figures import reported_of, targets_of
    from nlpolicy.link.progress import match_progress
    plan = _extraction(
        "ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH\nSố: 30/KH-UBND\nNam Định, ngày 5 tháng 2 năm 2026\n\nKẾ HOẠCH\n"
        "Phát triển nhà ở năm 2026 - 2028\n\nI. MỤC TIÊU\n1. Đến năm 2028: hoàn thành 900 căn hộ nhà ở xã hội tại "
        "dự án Hòa Vượng; giải phóng mặt bằng 35 ha cho khu nhà ở công nhân Mỹ Trung.\n")
    report = _extraction(
        "SỞ XÂY DỰNG\nSố: 77/BC-SXD\nNam Định, ngày 10 tháng 12 năm 2026\n\nBÁO CÁO\nKết quả thực hiện Kế hoạch "
        "số 30/KH-UBND ngày 5/2/2026\n\nI. KẾT QUẢ THỰC HIỆN\n1. Khu Hòa Vượng bàn giao được 310/900 căn hộ cho "
        "người mua.\n2. Xã Mỹ Trung đã thu hồi, bàn giao 21/35 ha mặt bằng.\n")
    info = doc_info(report.document)
    got = {(p.target.value, p.target.unit): p.reported_value
           for p in match_progress(targets_of(plan), reported_of(report), document="bc", report_year=info.year,
                                   report_date=info.date)}
    assert got == {(900.0, "căn hộ"): 310.0, (35.0, "ha"): 21.0}


def test_a_unit_written_with_a_superscript_on_one_side_is_the_same_unit():
    """The plan writes "m²", the report "m2" (units keep the text's writing): still one unit for progress
    (a plan and report written for this test)."""
    from nlpolicy.link.citations import doc_info
    from nlpolicy.link.figures import reported_of, targets_of
    from nlpolicy.link.progress import match_progress
    plan = _extraction(
        "ỦY BAN NHÂN DÂN TỈNH AN BÌNH\nSố: 12/KH-UBND\nAn Bình, ngày 10 tháng 2 năm 2027\n\nKẾ HOẠCH\n"
        "Đấu giá quyền sử dụng đất năm 2027\n\nI. MỤC TIÊU\n1. Năm 2027 đấu giá 45.000 m² đất ở.\n")
    report = _extraction(
        "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nSố: 31/BC-SNNMT\nAn Bình, ngày 12 tháng 7 năm 2027\n\nBÁO CÁO\n"
        "Kết quả thực hiện Kế hoạch số 12/KH-UBND ngày 10/02/2027\n\nI. KẾT QUẢ\n"
        "1. Đến ngày 30/6/2027 đã đấu giá 21.300 m2 đất ở.\n")
    info = doc_info(report.document)
    got = {(p.target.value, p.target.unit): (p.status.value, p.reported_value)
           for p in match_progress(targets_of(plan), reported_of(report), document="bc", report_year=info.year,
                                   report_date=info.date)}
    assert got == {(45000.0, "m²"): ("on_track", 21300.0)}


RATE_PLAN = (
    "ỦY BAN NHÂN DÂN TỈNH PHÚ YÊN\nSố: 77/KH-UBND\nPhú Yên, ngày 3 tháng 3 năm 2026\n\nKẾ HOẠCH\n"
    "Phát triển thương mại giai đoạn 2026 - 2030\n\nI. MỤC TIÊU\n"
    "1. Tốc độ tăng tổng mức bán lẻ hàng hóa bình quân 11%/năm giai đoạn 2026 - 2030; tổng mức bán lẻ hàng hóa "
    "năm 2030 đạt 90.000 tỷ đồng.\n"
    "2. Số hộ kinh doanh vi phạm giảm bình quân 5%/năm đến năm 2030.\n"
    "3. Số chợ truyền thống chưa cải tạo giảm bình quân 2%/năm đến năm 2030.\n")
RATE_REPORT = (
    "SỞ CÔNG THƯƠNG\nSố: 30/BC-SCT\nPhú Yên, ngày 20 tháng 1 năm 2027\n\nBÁO CÁO\n"
    "Kết quả thực hiện Kế hoạch số 77/KH-UBND ngày 3/3/2026\n\nI. KẾT QUẢ NĂM 2026\n"
    "1. Tổng mức bán lẻ hàng hóa năm 2026 đạt 61.300 tỷ đồng, tăng 13,2% so với năm 2025.\n"
    "2. Số hộ kinh doanh vi phạm bị xử lý giảm 3,4% so với năm 2025; tỷ lệ hộ kinh doanh nộp thuế điện tử "
    "đạt 58%.\n3. Chợ truyền thống còn 41 chợ (62,1%), giảm 2,3%, đạt lộ trình.\n")


def test_a_yearly_rate_is_told_by_the_years_rise_or_fall_and_judged_at_its_end():
    """A target of an average yearly rise or fall ("tăng bình quân 11%/năm") is told by the year's change against
    the year before ("tăng 13,2% so với năm 2025", or "giảm 2,3%" closing its clause), and is on track until the period ends whatever one year gave:
    the average is of all its years (a plan and report written for this test)."""
    from nlpolicy.link.citations import doc_info
    from nlpolicy.link.figures import reported_of, targets_of
    from nlpolicy.link.progress import match_progress
    plan, report = _extraction(RATE_PLAN), _extraction(RATE_REPORT)
    info = doc_info(report.document)
    got = {(p.target.value, p.target.unit): (p.status.value, p.reported_value)
           for p in match_progress(targets_of(plan), reported_of(report), document="bc", report_year=info.year,
                                   report_date=info.date)}
    assert got == {(11.0, "%/năm"): ("on_track", 13.2), (90000.0, "tỷ đồng"): ("on_track", 61300.0),
                   (5.0, "%/năm"): ("on_track", 3.4), (2.0, "%/năm"): ("on_track", 2.3)}


NOUN_PLAN = (
    "ỦY BAN NHÂN DÂN TỈNH KON TUM\nSố: 18/KH-UBND\nKon Tum, ngày 9 tháng 2 năm 2026\n\nKẾ HOẠCH\n"
    "Phát triển văn hóa cơ sở năm 2026\n\nI. MỤC TIÊU\n"
    "1. Phấn đấu năm 2026 có thêm 12 nhà văn hóa thôn được xây dựng đạt chuẩn.\n"
    "2. Năm 2026, tổ chức 40 lớp truyền dạy cồng chiêng.\n")
NOUN_REPORT = (
    "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH\nSố: 9/BC-SVHTTDL\nKon Tum, ngày 15 tháng 1 năm 2027\n\nBÁO CÁO\n"
    "Kết quả thực hiện Kế hoạch số 18/KH-UBND ngày 9/2/2026\n\nI. KẾT QUẢ\n"
    "1. Trong năm, các xã đã khánh thành 14 nhà văn hóa thôn; đã mở 31 lớp truyền dạy cồng chiêng.\n")


def test_a_count_whose_noun_names_the_thing_is_told_by_that_noun():
    """A count whose noun says what is counted ("12 nhà văn hóa") is told by the same noun in the report,
    however differently the two write what was done ("có thêm ... được xây dựng" against "đã khánh thành"); a
    noun of how much ("lớp") still needs the indicator's words (a plan and report written for this test)."""
    from nlpolicy.link.citations import doc_info
    from nlpolicy.link.figures import reported_of, targets_of
    from nlpolicy.link.progress import match_progress
    plan, report = _extraction(NOUN_PLAN), _extraction(NOUN_REPORT)
    info = doc_info(report.document)
    got = {(p.target.value, p.target.unit): (p.status.value, p.reported_value)
           for p in match_progress(targets_of(plan), reported_of(report), document="bc", report_year=info.year,
                                   report_date=info.date)}
    assert got == {(12.0, "nhà văn hóa"): ("met", 14.0), (40.0, "lớp"): ("not_met", 31.0)}
