"""Tests for nlpolicy.extract.timegrammar: Vietnamese time expressions.

Where the rows come from: written while reading the seed (000_3cffab5bee4fe395),
TW 57-NQ/TW, the Lào Cai CCN report and the Lào Cai mining plan (KH-UBND), with
their gold deadlines (spec/gold); the negatives are traps from the same files.
The rest of the corpus (CP, QH, KL-69, NQ-20, the other Lào Cai files) is used
to evaluate only, in the corpus tests below.  Known misses stay in the xfail
ledger with the reason.

Table tests collect every failing row before failing.
"""
from __future__ import annotations

import datetime as dt
import doctest
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nlpolicy.extract import timegrammar
from nlpolicy.extract.timegrammar import YEAR_MAX, YEAR_MIN, TimeExpr, find_times

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CORPUS = sorted((SHARED / "corpus").glob("*.txt")) if SHARED.is_dir() else []
GOLD = sorted((SHARED / "spec" / "gold").glob("*.json")) if SHARED.is_dir() else []


# ------------------------------------------------------------------ helpers

def t(value, relation=None, kind=None, text=None):
    """Expected time expression: (value, relation, kind[, text])."""
    return (value, relation, kind, text)


def by(value, kind="year", text=None):
    return t(value, "by", kind, text)


def before(value, text=None):
    return t(value, "before", "date", text)


def during(value, kind="period", text=None):
    return t(value, "during", kind, text)


def every(value, text=None):
    return t(value, "every", "recurring", text)


def times_of(text, expected):
    """What find_times gives, shaped like ``expected`` (a text is compared only where one is expected)."""
    found = find_times(text)
    wants = [e[3] is not None for e in expected] + [False] * len(found)
    return [(x.value, x.relation, x.kind, x.text if w else None) for x, w in zip(found, wants)]


def check_rows(rows, fn):
    """Run every row, collect the failures, fail once with all of them."""
    failures = []
    for text, expected in rows:
        got = fn(text, expected)
        if got != expected:
            failures.append(f"{text!r}\n    expected {expected!r}\n    got      {got!r}")
    assert not failures, f"{len(failures)} of {len(rows)} rows fail:\n" + "\n".join(failures)


# ------------------------------------------------------------------ the table

TIME_ROWS = [
    # years
    ("Phấn đấu đến năm 2020 cơ bản", [by("2020", text="đến năm 2020")]),
    ("**1. Đến năm 2030**", [by("2030", text="Đến năm 2030")]),
    ("Tầm nhìn đến năm 2045", [by("2045", text="Tầm nhìn đến năm 2045")]),
    ("tầm nhìn 2050 đã được phê duyệt", [by("2050", text="tầm nhìn 2050")]),
    ("TẦM NHÌN ĐẾN NĂM 2030", [by("2030")]),
    ("định hướng đến năm 2025", [by("2025", text="định hướng đến năm 2025")]),
    # two quarters sharing the year the second prints
    ("Kiểm tra đột xuất: Quý II và Quý IV/2027", [by("2027-Q2", kind="quarter", text="Quý II"), by("2027-Q4", kind="quarter", text="Quý IV/2027")]),
    # a school year governed by relation words ends in its second year, or is lived through; after a noun it is bare
    ("Chỉ tiêu đến cuối năm học 2027 - 2028", [by("2028", text="đến cuối năm học 2027 - 2028")]),
    ("ít nhất 01 trường trong năm học 2027 - 2028.", [during("2027/2028", "period", text="trong năm học 2027 - 2028")]),
    ("thu học phí năm học 2027 - 2028", [during("2027/2028", "period", text="2027 - 2028")]),
    # a clock time between the relation words and the day
    ("neo đậu trước 17 giờ ngày 26/10/2027;", [t("2027-10-26", "before", "date", "trước 17 giờ ngày 26/10/2027")]),
    ("chậm nhất 11 giờ 30 phút ngày 28/10/2027.", [t("2027-10-28", "by", "date", "chậm nhất 11 giờ 30 phút ngày 28/10/2027")]),
    ("hồi 13 giờ ngày 25/10/2027, tâm bão", [t("2027-10-25", None, "date", "ngày 25/10/2027")]),
    ("có xét tới năm 2030", [by("2030")]),
    ("đến hết năm 2025", [by("2025", text="đến hết năm 2025")]),
    ("đến 2030, tầm nhìn", [by("2030", text="đến 2030")]),
    ("cơ bản hoàn thành trong năm 2025.", [by("2025", text="cơ bản hoàn thành trong năm 2025")]),
    ("Trong năm 2026", [during("2026", "year", text="Trong năm 2026")]),
    ("Luật Địa chất và khoáng sản năm 2024", [t("2024", None, "year", "năm 2024")]),
    ("trước năm 2030", [t("2030", "before", "year")]),
    ("vào năm 2030", [during("2030", "year")]),
    ("lãi suất ngân hàng năm 2025", [t("2025", None, "year", "năm 2025")]),   # not 'hàng năm' (yearly)
    ("đến năm\n2030", [by("2030")]),   # a PDF line break inside the phrase
    # periods
    ("giai đoạn 2016 - 2020", [during("2016/2020", text="giai đoạn 2016 - 2020")]),
    ("giai đoạn (2010 – 2015) đạt khá", [during("2010/2015", text="giai đoạn (2010 – 2015)")]),
    ("thời kỳ 2021–2030", [during("2021/2030")]), ("thời kỳ 2021 - 2030", [during("2021/2030")]),
    ("2021—2030", [during("2021/2030", text="2021—2030")]), ("GIAI ĐOẠN 2026-2030", [during("2026/2030")]),
    ("giai đoạn 2026- 2030;", [during("2026/2030")]), ("giai đoạn 2016 \\- 2020", [during("2016/2020")]),
    ("năm 2026 - 2030:", [during("2026/2030", text="năm 2026 - 2030")]),
    ("từ năm 2021 đến năm 2025", [during("2021/2025", text="từ năm 2021 đến năm 2025")]),
    ("| 2025 - 2026 |", [during("2025/2026", text="2025 - 2026")]),
    ("Quy hoạch tỉnh thời kỳ 2021 - 2030, tầm nhìn đến năm 2050",
     [during("2021/2030"), by("2050", text="tầm nhìn đến năm 2050")]),
    # dates
    ("trước ngày 01/7/2019;", [before("2019-07-01", text="trước ngày 01/7/2019")]),
    ("hoàn thành trước ngày 31/12/2026.", [before("2026-12-31")]),
    ("ban hành trước 05/10/2026", [before("2026-10-05", text="trước 05/10/2026")]),
    ("vận hành xong trước ngày 01/01/2030", [before("2030-01-01", text="xong trước ngày 01/01/2030")]),
    ("Hà Nội, ngày 22 tháng 12 năm 2024", [t("2024-12-22", None, "date", "ngày 22 tháng 12 năm 2024")]),
    ("NGÀY 22 THÁNG 12 NĂM 2024", [t("2024-12-22", None, "date")]),
    ("ngày 15/3/2016", [t("2016-03-15", None, "date")]), ("15-3-2016", [t("2016-03-15", None, "date")]),
    # the ISO way of a spreadsheet or an English-minded typist
    ("trình cấp có thẩm quyền trước 2027-06-15; phối hợp", [before("2027-06-15")]),
    ("được thành lập từ ngày 2025-07-01 trên cơ sở", [t("2025-07-01", "from", "date")]),
    ("ngày 15.3.2016", [t("2016-03-15", None, "date")]),
    ("Nghị quyết số 05-NQ/TU ngày 20/4/2016 của Tỉnh ủy", [t("2016-04-20", None, "date", "ngày 20/4/2016")]),
    ("tổng hợp báo cáo đến ngày 18/6/2026 như sau", [by("2026-06-18", "date", text="đến ngày 18/6/2026")]),
    ("Đến hết 24/5/2025, có 22 nhiệm vụ", [by("2025-05-24", "date")]),
    ("có hiệu lực thi hành từ ngày 01/7/2025", [t("2025-07-01", "from", "date", "từ ngày 01/7/2025")]),
    ("Tuyên bố chung (14-15/5/2025)", [t("2025-05-15", None, "date", "15/5/2025")]),
    ("Quyết định số 334/QĐ-TTg ngày\n01/4/2023", [t("2023-04-01", None, "date")]),
    # months
    ("tháng 5/2026", [by("2026-05", "month")]),
    # a month alone in a table's time cell, the row on one line: "... | Nghị định của Chính phủ | 9/2026"
    ("Xây dựng quy chế quản lý dữ liệu | Sở Tài chính | Quyết định của UBND tỉnh | 9/2026", [by("2026-09", "month")]),
    ("Rà soát danh mục | Sở Xây dựng | 11/2026 | Báo cáo", [by("2026-11", "month")]),
    ("Xong trong tháng 5/2026", [by("2026-05", "month", text="Xong trong tháng 5/2026")]),
    ("trình UBND tỉnh quyết định thành lập trong tháng 7 năm 2026.",
     [by("2026-07", "month", text="trong tháng 7 năm 2026")]),
    ("trong tháng 01 năm 2025", [by("2025-01", "month")]),
    ("so với T3/2025", [by("2025-03", "month", text="T3/2025")]),
    ("HOÀN THÀNH THÁNG 3-5/2025", [by("2025-03/2025-05", "period")]),
    # a draft's blank day or month: a date line, no relation
    ("Lào Cai, ngày       tháng 6 năm 2026", [t("2026-06", None, "month", "ngày       tháng 6 năm 2026")]),
    ("Lào Cai, ngày tháng 6 năm 2026", [t("2026-06", None, "month")]),
    ("ngày        tháng      năm 2026", [t("2026", None, "year")]),
    ("(tháng …/2026)", [t("2026", None, "year", "tháng …/2026")]),
    # quarters
    ("Quý II/2026", [by("2026-Q2", "quarter")]),
    ("Xong trong Quý II/2026", [by("2026-Q2", "quarter", text="Xong trong Quý II/2026")]),
    ("trong quý III/2017", [by("2017-Q3", "quarter", text="trong quý III/2017")]),
    ("quý 3 năm 2026", [by("2026-Q3", "quarter")]), ("xong trong quý 2/2026", [by("2026-Q2", "quarter")]),
    ("hoàn thành trong quý IV năm 2025", [by("2025-Q4", "quarter")]), ("quý I/2026", [by("2026-Q1", "quarter")]),
    # halves
    ("6 tháng đầu năm 2026", [by("2026-H1", "half", text="6 tháng đầu năm 2026")]),
    ("trong 6 tháng cuối năm 2025", [by("2025-H2", "half")]),
    ("6 tháng cuối năm", [by("H2", "half")]),
    # recurring
    ("Ưu tiên bố trí hằng năm cho các xã", [every("yearly", text="hằng năm")]),
    ("Hàng năm", [every("yearly")]), ("định kỳ hằng năm", [every("yearly", text="định kỳ hằng năm")]),
    ("định kỳ 6 tháng báo cáo", [every("half-yearly", text="định kỳ 6 tháng")]),
    ("định kỳ 03 tháng", [every("quarterly")]),
    ("Hàng quý, hàng năm thực hiện", [every("quarterly"), every("yearly")]),
    ("hằng tháng", [every("monthly")]), ("mỗi năm", [every("yearly")]),
    ("báo cáo trước ngày 25 hằng tháng", [every("monthly:25", text="trước ngày 25 hằng tháng")]),
    ("định kỳ hàng năm (trước ngày 10/12) hoặc đột xuất",
     [every("yearly:12-10", text="định kỳ hàng năm (trước ngày 10/12)")]),
    ("trước ngày 15 tháng 12 hằng năm", [every("yearly:12-15")]),
    # a day with no year that its sentence puts in each year: the yearly report's day in brackets, a day in a sentence
    # that opens on "Hằng năm,"; a day in any other sentence stays unread
    ("các đơn vị báo cáo quý và báo cáo năm (trước ngày 20/11) về Sở Công Thương",
     [every("quarterly", text="quý"), every("yearly:11-20", text="trước ngày 20/11")]),
    ("Hằng năm, các phòng lập dự toán, gửi Văn phòng Sở chậm nhất ngày 10/7 để tổng hợp.",
     [every("yearly", text="Hằng năm"), every("yearly:07-10", text="chậm nhất ngày 10/7")]),
    ("Các phòng lập dự toán, gửi Văn phòng Sở chậm nhất ngày 10/7 để tổng hợp.", []),
    ("- Hằng năm, tổ chức hội nghị sơ kết;\n- Gửi báo cáo về Sở chậm nhất ngày 10/7.",
     [every("yearly", text="Hằng năm")]),
    # several days of each year: one yearly time a day
    ("gửi báo cáo trước ngày 20/5 và 20/10 hằng năm", [every("yearly:05-20", text="trước ngày 20/5"),
                                                     every("yearly:10-20", text="20/10")]),
    ("chậm nhất ngày 10/3, 10/6 và 10/9 hàng năm", [every("yearly:03-10"), every("yearly:06-10"), every("yearly:09-10")]),
    # the day after a comma; not a date of its own ("hằng năm, trước ngày 31/12/2027" is that date)
    ("Định kỳ hằng năm, trước ngày 20 tháng 11, tổng hợp", [every("yearly:11-20", text="Định kỳ hằng năm, trước ngày 20 tháng 11")]),
    ("Hằng tháng, trước ngày 18, gửi báo cáo", [every("monthly:18", text="Hằng tháng, trước ngày 18")]),
    ("Hằng năm, trước ngày 31/12/2027 tổng kết", [every("yearly"), before("2027-12-31", text="trước ngày 31/12/2027")]),
    # the older spelling 'quí' (written for these tests)
    ("trình Ủy ban nhân dân tỉnh trong quí 3 năm 2027", [by("2027-Q3", "quarter", text="trong quí 3 năm 2027")]),
    # diacritics lost by a scanner or a broken font (written for these tests, in the damage of
    # ../shared/tools/damage.py: a tone mark or a hook dropped, 'đ' read 'd')
    ("hoàn thành dến năm 2030", [by("2030", text="dến năm 2030")]),
    ("gửi báo cáo truớc ngày 30/6/2027", [before("2027-06-30", text="truớc ngày 30/6/2027")]),
    ("thực hiện giai doạn 2026 - 2030", [during("2026/2030", text="giai doạn 2026 - 2030")]),
    ("báo cáo dịnh kỳ 6 thang", [every("half-yearly", text="dịnh kỳ 6 thang")]),
    ("báo cáo dịnh kỳ hàng năm (truớc ngày 05/12)", [every("yearly:12-05")]),
    ("phương hướng 6 tháng cuôi năm 2027", [by("2027-H2", "half")]),
    ("xong trong quý II nam 2027", []),   # "năm" stays strict ("Nam" is a name): nothing
    # a term is no 'kỳ' relation: the period alone, its relation from its kind
    ("đại hội nhiệm kỳ 2026 - 2031", [during("2026/2031", text="2026 - 2031")]),
    # the day of the month after a monthly report is a monthly day
    ("báo cáo tháng gửi Sở Tài chính trước ngày 05 của tháng tiếp theo", [every("monthly:05",
                                                                          text="trước ngày 05 của tháng tiếp theo")]),
    ("báo cáo tháng nộp trước ngày 10 tháng sau", [every("monthly:10")]),
    # ... not the day after a quarter's report: that report's rhythm alone
    ("gửi trước ngày 10 của tháng sau đối với báo cáo quý", [every("quarterly", text="quý")]),
    # a periodic report and the day it is due: "báo cáo quý trước ngày 12 của tháng cuối quý" is each quarter's
    # (not "báo cáo năm trước": last year's report)
    ("các đơn vị gửi báo cáo quý trước ngày 12 của tháng cuối quý", [every("quarterly", text="quý")]),
    ("như báo cáo năm trước đã nêu", []),
    ("báo cáo năm trước ngày 10/11/2027", [before("2027-11-10")]),
    # a span of quarters is one period, as a span of years is; a start alone stays a start
    ("Giai đoạn chuẩn bị đầu tư: Từ Quý IV/2026 đến Quý III/2027.", [during("2026-Q4/2027-Q3",
                                                                           text="Từ Quý IV/2026 đến Quý III/2027")]),
    # a campaign from one day to another, its start's year taken from its end, "Đến" in capitals too
    ("Đợt 1: Từ ngày 06/4 Đến ngày 17/4/2026.", [during("2026-04-06/2026-04-17", text="Từ ngày 06/4 Đến ngày 17/4/2026")]),
    ("từ tháng 12/2026 đến hết tháng 5/2027", [during("2026-12/2027-05")]),
    ("khởi công từ quý 2 năm 2027 đến quý 1 năm 2028", [during("2027-Q2/2028-Q1")]),
    ("khởi công từ Quý I/2027, hoàn thành Quý IV/2028", [t("2027-Q1", "from", "quarter"), by("2028-Q4", "quarter")]),
    # several in a row, longest match wins
    ("về phát triển công nghiệp đến năm 2020, định hướng đến năm 2025", [by("2020"), by("2025")]),
    ("giai đoạn đến năm 2020, có xét tới năm 2030", [by("2020"), by("2030")]),
    # a solar date in brackets restating a lunar one takes the relation words before the lunar date
    ("trang trí xong trước ngày 20 tháng Chạp năm Bính Ngọ (ngày 27/01/2027).",
     [before("2027-01-27", text="xong trước ngày 20 tháng Chạp năm Bính Ngọ (ngày 27/01/2027")]),
    ("họp mặt ngày 06 tháng Giêng (ngày 12/02/2027)", [t("2027-02-12", None, "date")]),
    # known misses, kept as a ledger
    pytest.param("hoạt động năm 2025 và 2026", [t("2025", None, "year"), t("2026", None, "year")],
                 marks=pytest.mark.xfail(reason="a year coordinated after 'và' without 'năm' is not read", strict=True)),
    pytest.param("trước ngày 15 tháng 6 và trước ngày 01 tháng 12", [before("--06-15"), before("--12-01")],
                 marks=pytest.mark.xfail(reason="dates without a year are not valued", strict=True)),
    pytest.param("| 2025 |", [t("2025", None, "year")],
                 marks=pytest.mark.xfail(reason="a bare year in a table cell has no time context", strict=True)),
]

NEGATIVE_ROWS = [
    "đạt trên 80%", "nâng cấp Quốc lộ 55, Quốc lộ 55B", "Điều 108, Luật Địa chất", "Quyết định số 866/QĐ-TTg",
    "tổng diện tích 2.029,4 ha", "3052,81 ha", "3.052,81 ha", "1178", "Điện thoại: 0214.3840.123",
    "Nghị định số 32/2024/NĐ-CP", "Nghị quyết 66.4/2025/NQ-CP", "Văn bản số 02/2026/VQYB-DA",
    "ngày 21/9/025", "ngày 31/2/2026", "ngày 15/13/2026", "giai đoạn 2", "5G, 6G", "9,5%/năm",
    "tăng từ 1500 đến 2000 doanh nghiệp", "năm 1900", "năm 2101", "thường xuyên", "định kỳ", "trong năm qua",
    "tăng 2025 hồ sơ", "2020 - 2016", "Quyết định | 12/2025/QĐ-UBND", "theo Văn bản số 6/2025 của Sở", "IC2025", "Việt Nam 2045", "đầu tư 2027 tỷ đồng", "ngày 3 tháng sau khi ký",
    "mã hồ sơ 2027-06-301", "2027-13-01", "2027-06-45",
]


def test_find_times_table():
    check_rows([r for r in TIME_ROWS if not hasattr(r, "marks")], times_of)


@pytest.mark.parametrize("text,expected", [r for r in TIME_ROWS if hasattr(r, "marks")])
def test_find_times_ledger(text, expected):
    assert times_of(text, expected) == expected


def test_find_times_negatives():
    check_rows([(text, []) for text in NEGATIVE_ROWS], lambda text, _: find_times(text))


def test_years_field():
    (p,) = find_times("giai đoạn 2016 - 2020")
    (d,) = find_times("ngày 01/7/2019")
    (r,) = find_times("hằng năm")
    assert (p.years, d.years, r.years) == ((2016, 2020), (2019,), ())


def test_relation_words_field():
    (a,) = find_times("phấn đấu đến năm 2030")
    (b,) = find_times("Quý II/2027")
    (c,) = find_times("vốn đầu tư năm 2027")      # 'tư' of 'đầu tư' is no damaged 'từ'
    assert (a.words, b.words, c.words, c.relation) == ("đến", "", "", None)


def test_doctests():
    result = doctest.testmod(timegrammar)
    assert result.attempted > 10 and result.failed == 0


# ------------------------------------------------------------------ properties

ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}
years = st.integers(YEAR_MIN, YEAR_MAX)


@given(st.dates(dt.date(YEAR_MIN, 1, 1), dt.date(YEAR_MAX, 12, 31)), st.sampled_from(["/", "-", "."]),
       st.booleans())
def test_numeric_dates_round_trip(day, sep, pad):
    fmt = "%02d" if pad else "%d"
    text = f"trước ngày {fmt % day.day}{sep}{fmt % day.month}{sep}{day.year}."
    (x,) = find_times(text)
    assert (x.value, x.relation, x.kind, x.years) == (day.isoformat(), "before", "date", (day.year,))


@given(st.dates(dt.date(YEAR_MIN, 1, 1), dt.date(YEAR_MAX, 12, 31)))
def test_worded_dates_round_trip(day):
    (x,) = find_times(f"Hà Nội, ngày {day.day} tháng {day.month} năm {day.year}")
    assert (x.value, x.relation) == (day.isoformat(), None)


@given(years, st.integers(1, 4), st.booleans(), st.sampled_from(["Quý", "quý", "QUÝ"]))
def test_quarters_round_trip(year, q, roman, word):
    (x,) = find_times(f"xong trong {word} {ROMAN[q] if roman else q}/{year}")
    assert (x.value, x.relation, x.kind) == (f"{year}-Q{q}", "by", "quarter")


@given(years, st.integers(1, 100), st.sampled_from(["-", "–", "—", " - ", " – ", "- ", " đến "]))
def test_periods_round_trip(y1, span, dash):
    y2 = min(y1 + span, YEAR_MAX)
    if y2 <= y1:
        return
    (x,) = find_times(f"giai đoạn {y1}{dash}{y2}")
    assert (x.value, x.relation, x.years) == (f"{y1}/{y2}", "during", (y1, y2))


def check_spans(text: str, found: list[TimeExpr]) -> None:
    for a, b in zip(found, found[1:]):
        assert a.end <= b.start, (a, b)
    for x in found:
        assert text[x.start:x.end] == x.text
        assert all(YEAR_MIN <= y <= YEAR_MAX for y in x.years)


FRAGMENTS = st.sampled_from([
    "đến ", "năm ", "2020", "2016", " - ", "–", "giai đoạn ", "(", ")", "trước ngày ", "01/7/2019", "ngày ",
    "tháng ", "6 ", "Quý II/2026", "hằng năm", "định kỳ ", "6 tháng", " đầu năm ", "\n", " ", "  ", "866/QĐ-TTg",
    "2.029,4", "80%", "Quốc lộ 55", "trong ", "xong ", "25 ", "hằng tháng", "/", "1178", "T4/2025", "\\-",
])


@settings(max_examples=300)
@given(st.lists(FRAGMENTS, max_size=25).map("".join))
def test_spans_exact_sorted_non_overlapping(text):
    check_spans(text, find_times(text))


@settings(max_examples=300)
@given(st.text(max_size=200))
def test_arbitrary_unicode_never_raises_and_is_deterministic(text):
    first = find_times(text)
    check_spans(text, first)
    assert find_times(text) == first


# ------------------------------------------------------------------ the corpus

@pytest.mark.shared
@pytest.mark.skipif(not CORPUS, reason="needs ../shared/corpus")
def test_corpus_spans_exact_and_years_in_range():
    for path in CORPUS:
        text = path.read_text(encoding="utf-8")
        check_spans(text, find_times(text))


@pytest.mark.shared
@pytest.mark.skipif(not GOLD, reason="needs ../shared/spec/gold")
def test_gold_deadline_values_are_found():
    """Every deadline value in the gold files is among the values found in its document."""
    missing = []
    for path in GOLD:
        gold = json.loads(path.read_text(encoding="utf-8"))
        text = (SHARED / "corpus" / gold["source"]).read_text(encoding="utf-8")
        values = {x.value for x in find_times(text)}
        missing += [(gold["source"], d["value"]) for d in gold["deadlines"]["include"] if d["value"] not in values]
    assert not missing, missing

