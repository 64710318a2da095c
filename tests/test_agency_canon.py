"""Agency canonicalisation through ``find_agencies(text, level=...)``.

Each row is (text, level, expected) where ``expected`` lists, in order, the
canonical names of each mention found (a tuple per mention; several names when a
coordinated list is one mention), optionally with the mention's own text.  The
rows come from DOMAIN.md ("Agency") and from the gold documents of ../shared/spec
and corpus/gold; they test the lexicon (resources/agencies.tsv, departments.tsv)
and the code in nlpolicy/agencies.py (re-exported by extract/agencies.py).

Known misses are kept in LEDGER (strict xfail, with the reason): when the lexicon
or the code learns one, the row passes, the xfail fails, and the row moves up.
"""
from __future__ import annotations

import pytest

from nlpolicy.extract.agencies import find_agencies

PROVINCE, CENTRAL = "province", "central"


def M(*names: str, text: str | None = None) -> tuple[tuple[str, ...], str | None]:
    """One expected mention: its canonical names, and its text when the row checks it."""
    return names, text


UBND, HDND, SCT = "Ủy ban nhân dân tỉnh", "Hội đồng nhân dân tỉnh", "Sở Công Thương"

ROWS = [
    # --- learned from the ledger (the lexicon now knows them)
    ("BCH Đảng bộ tỉnh lãnh đạo", PROVINCE, [M("Ban Chấp hành Đảng bộ tỉnh")]),
    ("Sở Khoa học & Công nghệ chủ trì", PROVINCE, [M("Sở Khoa học và Công nghệ")]),
    ("UBND tỉnh Lào Cai chỉ đạo", PROVINCE, [M(UBND, text="UBND tỉnh Lào Cai")]),
    ("HĐND, UBND tỉnh giám sát", PROVINCE, [M(HDND, UBND, text="HĐND, UBND tỉnh")]),
    ("các huyện, thị ủy, thành ủy lãnh đạo", PROVINCE, [M("Huyện ủy", "Thị ủy", "Thành ủy")]),
    ("Đoàn Đại biểu Quốc hội tỉnh giám sát", PROVINCE, [M("Đoàn đại biểu Quốc hội tỉnh")]),
    # --- the heads of the departments and of the other provincial bodies, named apart in one list, are those bodies
    ("Giám đốc các sở, Thủ trưởng các ban, ngành, đơn vị thuộc Ủy ban nhân dân tỉnh, Chủ tịch UBND các xã, phường:",
     PROVINCE, [M("Các sở, ban, ngành"), M("Ủy ban nhân dân các xã, phường")]),
    ("Giám đốc các sở, Thủ trưởng các ban, ngành tỉnh chủ trì", PROVINCE, [M("Các sở, ban, ngành")]),
    # --- the communes, wards and special zones of a province are one collective by its long or its short name
    ("UBND các xã, phường, đặc khu kiểm soát; Ủy ban nhân dân các xã, phường, đặc khu bố trí", PROVINCE,
     [M("Ủy ban nhân dân các xã, phường, đặc khu"), M("Ủy ban nhân dân các xã, phường, đặc khu")]),
    # --- a military region's command by its name as written, the region by its own
    ("báo cáo Bộ Tư lệnh Quân khu 2; Quân khu 4 hướng dẫn; BTL Quân khu 7 phê duyệt", PROVINCE,
     [M("Bộ Tư lệnh Quân khu 2"), M("Quân khu 4"), M("Bộ Tư lệnh Quân khu 7")]),
    # --- abbreviations and long forms are one agency
    ("UBND tỉnh chỉ đạo thực hiện.", PROVINCE, [M(UBND, text="UBND tỉnh")]),
    ("Ủy ban nhân dân tỉnh xây dựng kế hoạch.", PROVINCE, [M(UBND)]),
    ("HĐND tỉnh giám sát việc thực hiện.", PROVINCE, [M(HDND)]),
    ("Thường trực HĐND tỉnh giám sát.", PROVINCE, [M("Thường trực Hội đồng nhân dân tỉnh")]),
    ("Ủy ban MTTQ tỉnh và các đoàn thể tuyên truyền", PROVINCE,
     [M("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"), M("Các đoàn thể tỉnh")]),
    ("BCSĐ UBND tỉnh lãnh đạo", PROVINCE, [M("Ban Cán sự đảng Ủy ban nhân dân tỉnh")]),
    ("Ban cán sự đảng UBND tỉnh lãnh đạo", PROVINCE, [M("Ban Cán sự đảng Ủy ban nhân dân tỉnh")]),
    ("BCSĐ Chính phủ lãnh đạo", CENTRAL, [M("Ban cán sự đảng Chính phủ")]),
    ("Sở NN&MT chủ trì", PROVINCE, [M("Sở Nông nghiệp và Môi trường", text="Sở NN&MT")]),
    ("Sở NN và MT chủ trì", PROVINCE, [M("Sở Nông nghiệp và Môi trường")]),
    ("Sở KH&CN chủ trì", PROVINCE, [M("Sở Khoa học và Công nghệ")]),
    ("Sở KHCN chủ trì", PROVINCE, [M("Sở Khoa học và Công nghệ")]),
    ("Sở TN&MT báo cáo", PROVINCE, [M("Sở Tài nguyên và Môi trường")]),
    ("Bộ KH&CN chủ trì", CENTRAL, [M("Bộ Khoa học và Công nghệ")]),
    ("BTV Tỉnh ủy chỉ đạo", PROVINCE, [M("Ban Thường vụ Tỉnh ủy")]),
    ("Ban Quản lý các KCN tỉnh chủ trì", PROVINCE, [M("Ban Quản lý các Khu công nghiệp")]),
    ("Chủ tịch UBND tỉnh quyết định", PROVINCE, [M("Chủ tịch Ủy ban nhân dân tỉnh")]),
    ("Cục Thuế tỉnh phối hợp", PROVINCE, [M("Thuế tỉnh")]),
    # the provincial statistics office since March 2025 ("Cục Thống kê" is now the Ministry of Finance's department)
    ("Thống kê tỉnh Hưng Yên phối hợp", PROVINCE, [M("Thống kê tỉnh")]),
    ("Ban Chính sách, Chiến lược TW chủ trì", CENTRAL, [M("Ban Chính sách, chiến lược Trung ương")]),
    # --- both tone conventions, and case
    ("Uỷ ban nhân dân tỉnh xây dựng kế hoạch.", PROVINCE, [M(UBND, text="Uỷ ban nhân dân tỉnh")]),
    ("Ban Thường vụ Tỉnh uỷ chỉ đạo", PROVINCE, [M("Ban Thường vụ Tỉnh ủy")]),
    ("Tỉnh uỷ lãnh đạo", PROVINCE, [M("Tỉnh ủy")]),
    ("Uỷ ban Kiểm tra Tỉnh uỷ kiểm tra", PROVINCE, [M("Ủy ban Kiểm tra Tỉnh ủy")]),
    ("Uỷ ban MTTQ Việt Nam tỉnh giám sát", PROVINCE, [M("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh")]),
    ("Đảng uỷ Quốc hội lãnh đạo", CENTRAL, [M("Đảng ủy Quốc hội")]),
    ("Sở Công thương chủ trì", PROVINCE, [M(SCT)]),
    # --- coordinated lists are split by the lexicon
    ("các huyện, thị, thành ủy lãnh đạo", PROVINCE, [M("Huyện ủy", "Thị ủy", "Thành ủy")]),
    ("các huyện ủy, thị ủy, thành ủy lãnh đạo", PROVINCE, [M("Huyện ủy", "Thị ủy", "Thành ủy")]),
    ("Sở Tài chính, Sở Xây dựng phối hợp", PROVINCE, [M("Sở Tài chính"), M("Sở Xây dựng")]),
    ("Ban Thường vụ Tỉnh ủy, Thường trực Tỉnh ủy", PROVINCE, [M("Ban Thường vụ Tỉnh ủy"), M("Thường trực Tỉnh ủy")]),
    ("Thuế tỉnh, Công an tỉnh phối hợp", PROVINCE, [M("Thuế tỉnh"), M("Công an tỉnh")]),
    ("Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội tập trung thực hiện", CENTRAL,
     [M("Mặt trận Tổ quốc Việt Nam"), M("Các tổ chức chính trị - xã hội")]),
    # --- ... but some single bodies carry a comma or "và" in their name
    ("Ban Chính sách, chiến lược Trung ương chủ trì", CENTRAL,
     [M("Ban Chính sách, chiến lược Trung ương", text="Ban Chính sách, chiến lược Trung ương")]),
    ("Ban Tuyên giáo và Dân vận Trung ương chủ trì", CENTRAL, [M("Ban Tuyên giáo và Dân vận Trung ương")]),
    ("Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì", PROVINCE, [M("Ban Tuyên giáo và Dân vận Tỉnh ủy")]),
    ("Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương lãnh đạo", CENTRAL,
     [M("Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương")]),
    ("Sở Khoa học và Công nghệ chủ trì", PROVINCE, [M("Sở Khoa học và Công nghệ")]),
    ("Sở Kế hoạch và Đầu tư tham mưu", PROVINCE, [M("Sở Kế hoạch và Đầu tư")]),
    ("các sở, ban, ngành phối hợp", PROVINCE, [M("Các sở, ban, ngành")]),
    ("các bộ, ngành Trung ương hỗ trợ", PROVINCE, [M("Các bộ, ngành Trung ương")]),
    ("Ủy ban nhân dân các xã, phường thực hiện", PROVINCE, [M("Ủy ban nhân dân các xã, phường")]),
    # --- a place after a provincial body belongs to the mention, not to the name
    ("Sở Công Thương tỉnh Lào Cai báo cáo", PROVINCE, [M(SCT, text="Sở Công Thương tỉnh Lào Cai")]),
    ("Sở NN&MT tỉnh Lào Cai phối hợp", PROVINCE, [M("Sở Nông nghiệp và Môi trường", text="Sở NN&MT tỉnh Lào Cai")]),
    # --- commune and ward bodies are named by their place
    ("UBND xã Yên Bình phối hợp", PROVINCE, [M("Ủy ban nhân dân xã Yên Bình", text="UBND xã Yên Bình")]),
    ("Ủy ban nhân dân phường Văn Phú phối hợp", PROVINCE, [M("Ủy ban nhân dân phường Văn Phú")]),
    ("UBND xã Bảo Hà, UBND xã Yên Bình", PROVINCE, [M("Ủy ban nhân dân xã Bảo Hà"), M("Ủy ban nhân dân xã Yên Bình")]),
    # --- learned from the ledger when the recogniser read names by their form (nlpolicy/agencies.py)
    ("các Sở: Tài chính, Xây dựng phối hợp", PROVINCE, [M("Sở Tài chính", "Sở Xây dựng")]),
    ("Phối hợp với Phân hiệu Đại học Thái Nguyên tại Lào Cai", PROVINCE,
     [M("Phân hiệu Đại học Thái Nguyên tại Lào Cai")]),
    # --- names that depend on the document's level
    ("Mặt trận chủ trì giám sát", PROVINCE, [M("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh")]),
    ("Mặt trận chủ trì giám sát", CENTRAL, [M("Mặt trận Tổ quốc Việt Nam")]),
    ("Mặt trận Tổ quốc Việt Nam giám sát", PROVINCE, [M("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh")]),
    ("Mặt trận Tổ quốc Việt Nam giám sát", CENTRAL, [M("Mặt trận Tổ quốc Việt Nam")]),
    # --- negatives: no body named
    ("Tình hình kinh tế tăng trưởng khá, đời sống nhân dân được cải thiện.", PROVINCE, []),
    ("Kế hoạch này được triển khai đến năm 2030.", PROVINCE, []),
    ("Tỷ lệ lấp đầy bình quân các cụm công nghiệp đạt 29%.", PROVINCE, []),
    ("Phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia.", CENTRAL, []),
]

# Known misses: (text, level, expected, reason).  When the recogniser learns one, the row passes,
# the xfail fails, and the row moves up.
LEDGER = [
    ("Tiểu ban Văn kiện Đại hội chủ trì chuẩn bị dự thảo", CENTRAL, [M("Tiểu ban Văn kiện Đại hội")],
     "the sub-committees of a party congress ('Tiểu ban ...') have neither a form nor a row"),
]


def found(text: str, level: str) -> list[tuple[tuple[str, ...], str]]:
    return [(m.names, m.text) for m in find_agencies(text, level=level)]


def matches(got: list, expected: list) -> bool:
    return len(got) == len(expected) and all(
        g_names == names and (text is None or g_text == text)
        for (g_names, g_text), (names, text) in zip(got, expected))


def test_agency_rows():
    failures = []
    for text, level, expected in ROWS:
        got = found(text, level)
        if not matches(got, expected):
            failures.append(f"{text!r} ({level}): want {expected}, got {got}")
    assert not failures, f"{len(failures)} of {len(ROWS)} rows fail:\n" + "\n".join(failures)


@pytest.mark.parametrize("text, level, expected", [
    pytest.param(text, level, expected, id=text[:40], marks=pytest.mark.xfail(strict=True, reason=reason))
    for text, level, expected, reason in LEDGER])
def test_agency_ledger(text, level, expected):
    assert matches(found(text, level), expected), found(text, level)


def test_mentions_point_into_the_text():
    text = "Giao Sở NN&MT tỉnh Lào Cai chủ trì, phối hợp với UBND xã Yên Bình và Uỷ ban nhân dân tỉnh."
    mentions = find_agencies(text, level=PROVINCE)
    assert [m.text for m in mentions] == ["Sở NN&MT tỉnh Lào Cai", "UBND xã Yên Bình", "Uỷ ban nhân dân tỉnh"]
    assert all(text[m.start:m.end] == m.text for m in mentions)
