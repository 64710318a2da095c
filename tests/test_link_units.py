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
