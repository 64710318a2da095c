"""A table a PDF reader gave in the page's layout (pdftotext -layout): no cell marks, runs of spaces between
cells standing at the page's columns, a header over three lines, an indicator too long for its column wrapped
onto lines of its own, figures set flush right, group rows by a Roman number, a page number between two rows.
It reads as the pipe table its Word original gives, one line a row (normalize.aligned_tables).

The report and its annex are invented, in the way party committees annex the targets of a resolution they
review; the layout is the one a PDF reader gives such an annex.
"""
from __future__ import annotations

from nlpolicy.document import from_raw
from nlpolicy.extract.pipeline import extract_document
from nlpolicy.normalize import normalize
from nlpolicy.types import RawDocument

HEAD = ("TỈNH ỦY GIA LAI\nSố 212-BC/TU\nGia Lai, ngày 14 tháng 3 năm 2027\n\nBÁO CÁO\n"
        "sơ kết 5 năm thực hiện Nghị quyết số 11-NQ/TU về giáo dục vùng đồng bào dân tộc thiểu số\n\n"
        "I. KẾT QUẢ\nKết quả thực hiện các chỉ tiêu tại Phụ lục kèm theo.\n"
        "II. KIẾN NGHỊ\nĐề nghị Ban Thường vụ Tỉnh ủy cho chủ trương tổng kết vào năm 2030.\n\n"
        "PHỤ LỤC\nKẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CỦA NGHỊ QUYẾT SỐ 11-NQ/TU\n\n")
TABLE = [
    " TT   Chỉ tiêu                                  Đơn vị       Mục tiêu     Thực hiện     Đánh giá",
    "                                                             đến năm      năm 2026",
    "                                                             2030",
    " I    GIÁO DỤC MẦM NON",
    " 1    Tỷ lệ trẻ em người dân tộc thiểu số       %                  95          88,4     Đang thực hiện",
    "      từ 3 đến 5 tuổi được đến trường",
    " 2    Số trường mầm non đạt chuẩn quốc gia      trường             60            41     Đang thực hiện",
    "",
    "                                        2",
    "",
    " II   GIÁO DỤC PHỔ THÔNG",
    " 1    Số trường phổ thông dân tộc bán trú       trường             25            27     Vượt",
    "      được kiên cố hóa",
]
EXPECTED = [("PL1.I.1", "target", 95.0, "%", 2030), ("PL1.I.2", "target", 60.0, "trường", 2030),
            ("PL1.II.1", "target", 25.0, "trường", 2030)]


def extract(text: str):
    return extract_document(from_raw(RawDocument(path="t.txt", text=text, encoding="utf-8")))


def table_targets(text: str) -> list[tuple]:
    return sorted((t.section, t.kind, t.value, t.unit, t.year) for t in extract(text).targets
                  if t.section and t.section.startswith("PL1") and t.kind == "target")


def test_an_aligned_table_reads_as_its_rows():
    text = normalize(HEAD + "\n".join(TABLE) + "\n").text
    assert "TT | Chỉ tiêu | Đơn vị | Mục tiêu đến năm 2030 | Thực hiện năm 2026 | Đánh giá" in text
    assert ("1 | Tỷ lệ trẻ em người dân tộc thiểu số từ 3 đến 5 tuổi được đến trường | % | 95 | 88,4 "
            "| Đang thực hiện") in text
    assert "\nII | GIÁO DỤC PHỔ THÔNG" in text
    assert table_targets(HEAD + "\n".join(TABLE) + "\n") == sorted(EXPECTED)


def test_the_rows_are_sections_across_the_page_number():
    ex = extract(HEAD + "\n".join(TABLE) + "\n")
    ids = [s.id for s in ex.document.sections if s.id.startswith("PL1")]
    assert ids == ["PL1", "PL1.I", "PL1.I.1", "PL1.I.2", "PL1.II", "PL1.II.1"]


def test_a_wrapped_cell_keeps_its_source():
    raw = HEAD + "\n".join(TABLE) + "\n"
    norm = normalize(raw)
    at = norm.text.index("từ 3 đến 5 tuổi")
    assert raw[norm.source_offsets[at]:].startswith("từ 3 đến 5 tuổi")


def test_a_lower_cased_segmented_copy_reads_the_same():
    # the research dataset's damage: lower case, some syllables joined by "_"
    damaged = [ln.lower().replace("chỉ tiêu", "chỉ_tiêu").replace("đơn vị", "đơn_vị").replace("trẻ em", "trẻ_em")
               for ln in TABLE]
    text = normalize(HEAD + "\n".join(damaged) + "\n").text
    assert "\nii | giáo dục phổ thông" in text
    assert "1 | tỷ lệ trẻ_em người dân tộc thiểu số từ 3 đến 5 tuổi được đến trường | % | 95 | 88,4" in text


def test_lines_that_only_look_like_a_table_change_nothing():
    # an indented numbered list with wide gaps under a line that opens with "TT": no column header of
    # three cells or more, so nothing is a table
    text = (HEAD + " TT   Nội dung\n 1    Rà soát  các chỉ tiêu\n 2    Xây dựng  bộ chỉ số\n")
    assert " | " not in normalize(text).text.split("PHỤ LỤC")[1]


def test_a_header_that_centres_its_titles_over_their_columns_reads_the_same():
    # "Chỉ tiêu" centred over a wide column: the STT column ends where its title does, and a cell wrapped onto the
    # next line under it is the rest of the row's cell, not a new row's number
    centred = [" TT              Chỉ tiêu                    Đơn vị       Mục tiêu     Thực hiện     Đánh giá",
               *TABLE[1:]]
    text = normalize(HEAD + "\n".join(centred) + "\n").text
    assert ("1 | Tỷ lệ trẻ em người dân tộc thiểu số từ 3 đến 5 tuổi được đến trường | % | 95 | 88,4 "
            "| Đang thực hiện") in text
    assert table_targets(HEAD + "\n".join(centred) + "\n") == sorted(EXPECTED)
