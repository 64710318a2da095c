"""Quantities written in words read as figures (nlpolicy.normalize.number_words); every example is invented."""
from __future__ import annotations

import pytest

from nlpolicy.document import from_raw
from nlpolicy.extract.pipeline import extract_document
from nlpolicy.normalize import normalize
from nlpolicy.types import RawDocument

# a text that writes tens or hundreds in words somewhere: the genre's sign, without which lone words stay words
GENRE = "Có hai mươi xã tham gia. "


@pytest.mark.parametrize("written, read", [
    ("đạt tám mươi phần trăm", "đạt 80%"),
    ("có bốn mươi mốt nghìn hai trăm năm mươi héc-ta", "có 41.250 héc-ta"),
    ("không vượt quá bốn mươi sáu nghìn năm trăm héc-ta", "không vượt quá 46.500 héc-ta"),
    ("Đến năm hai nghìn không trăm ba mươi:", "Đến năm 2030:"),
    ("trước ngày ba mươi tháng sáu năm hai nghìn không trăm hai mươi tám", "trước ngày 30 tháng 6 năm 2028"),
    ("khoảng một trăm hai mươi nghìn tấn quả tươi mỗi năm", "khoảng 120.000 tấn quả tươi mỗi năm"),
    ("đạt một nghìn năm trăm triệu đô la Mỹ", "đạt 1.500 triệu đô la Mỹ"),
    ("hai mươi tư giờ, một trăm linh năm xã, mười lăm ngày", "24 giờ, 105 xã, 15 ngày"),
    ("thu hút ít nhất ba doanh nghiệp", "thu hút ít nhất 3 doanh nghiệp"),
    # a figure's restatement in brackets goes, a scale's group after a comma counted in
    ("đạt 25.000 ha (hai mươi lăm nghìn héc-ta).", "đạt 25.000 ha."),
    ("là 412.600 triệu đồng (Bằng chữ: Bốn trăm mười hai tỷ, sáu trăm triệu đồng), trong đó",
     "là 412.600 triệu đồng, trong đó"),
    ("100% (một trăm phần trăm) hồ sơ", "100% hồ sơ"),
    # a word-segmented copy joins a number's words as it joins others'
    ("không quá 360 tỷ đồng (bằng_chữ: ba_trăm sáu_mươi tỷ đồng);", "không quá 360 tỷ đồng;"),
])
def test_quantities_in_words_read_as_figures(written, read):
    assert normalize(GENRE + written).text.strip() == (GENRE + read).replace("hai mươi xã", "20 xã").strip()


@pytest.mark.parametrize("text", [
    "Trạm bơm điện Kênh Ba Mươi, hồ Đồng Mười",            # capitals: a name
    "đầu tư một số công trình; hai, ba xã; tư nhân",      # no ten, hundred or scale among them
    "đạt 25.000 ha (hai mươi sáu nghìn héc-ta)",           # words in brackets that say another number: as written
    "hai phẩy năm lần",
    "thủy_lợi_hồ_đồng_mười, xã yên_thủy",                  # joined to a word before it: part of a name
    # words in brackets after a figure that a scan misread ("bay" for "bảy"): a restatement, never a figure of its own
    "là 1.276,4 tỷ đồng (Một nghìn hai trăm bay mươi sáu tỷ, bốn trăm triệu đồng).",
])
def test_words_that_are_no_quantity_or_another_one_stay(text):
    assert normalize(GENRE + text).text.strip() == (GENRE + text).replace("hai mươi xã", "20 xã").strip()


def test_lone_number_words_stay_in_a_text_that_writes_no_tens_in_words():
    text = "thu hút ít nhất ba doanh nghiệp vào ngày năm tháng sáu"
    assert normalize(text).text.strip() == text


def test_a_decision_with_its_figures_in_words_has_its_targets():
    text = ("ỦY BAN NHÂN DÂN TỈNH AN BÌNH\nSố: 15/QĐ-UBND\nAn Bình, ngày 2 tháng 3 năm 2027\n\nQUYẾT ĐỊNH\n"
            "Phê duyệt Đề án phát triển vùng nguyên liệu bơ giai đoạn 2027 - 2030\n\n"
            "Điều 1. Phê duyệt Đề án với các chỉ tiêu sau:\n"
            "1. Đến năm hai nghìn không trăm ba mươi, diện tích bơ đạt mười hai nghìn héc-ta; tỷ lệ diện tích được "
            "cấp mã số vùng trồng đạt tám mươi phần trăm.\n"
            "2. Sở Nông nghiệp và Môi trường chủ trì hoàn thành trước ngày ba mươi tháng sáu năm hai nghìn không "
            "trăm hai mươi tám.\n")
    ex = extract_document(from_raw(RawDocument("qd.txt", text, "utf-8")))
    got = {(t.value, t.unit, t.year) for t in ex.targets}
    assert (12000.0, "ha", 2030) in got and (80.0, "%", 2030) in got, got
    assert "2028-06-30" in {d.value for d in ex.deadlines}
