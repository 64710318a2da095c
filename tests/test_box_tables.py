"""Tables drawn with box characters (a PDF tool's layout mode, a plain-text export): every text below
is invented.  A row whose cells wrap onto several lines inside their columns reads as one pipe row,
each cell's pieces in order and pointing at their own source; the header a PDF repeats over the
table's rows on a new page is no row of figures; the figures read as targets with their columns'
years."""
from __future__ import annotations

import textwrap

from nlpolicy.document import from_raw
from nlpolicy.extract.pipeline import extract_document
from nlpolicy.normalize import normalize
from nlpolicy.types import RawDocument

HEADER = ["STT", "Chỉ tiêu", "Đơn vị tính", "Hiện trạng năm 2026", "Mục tiêu năm 2028", "Mục tiêu năm 2030"]
ROWS = [
    ["1", "Tỷ lệ hộ gia đình ở vùng nông thôn được sử dụng nước sạch đạt quy chuẩn", "%", "61,5", "70", "≥ 80"],
    ["2", "Số công trình cấp nước tập trung hoạt động bền vững", "công trình", "48", "60", "75"],
    ["3", "Tỷ lệ thất thoát nước sạch", "%", "24,0", "≤ 20", "< 15"],
]
WIDTHS = [5, 30, 10, 12, 10, 10]


def box(rows: list[list[str]], widths: list[int]) -> list[str]:
    """The lines of a box table, each cell wrapped inside its column and padded (the header row first)."""
    def rule(left: str, mid: str, right: str) -> str:
        return "  " + left + mid.join("─" * (w + 2) for w in widths) + right
    out = [rule("┌", "┬", "┐")]
    for k, row in enumerate(rows):
        pieces = [textwrap.wrap(cell, w) or [""] for cell, w in zip(row, widths)]
        for n in range(max(len(p) for p in pieces)):
            out.append("  │" + "│".join(f" {(p[n] if n < len(p) else ''):<{w}} " for p, w in zip(pieces, widths)) + "│")
        out.append(rule("├", "┼", "┤") if k + 1 < len(rows) else rule("└", "┴", "┘"))
    return out


PLAN = ("ỦY BAN NHÂN DÂN\nTỈNH AN BÌNH\nSố: 41/KH-UBND\nAn Bình, ngày 12 tháng 3 năm 2027\n\nKẾ HOẠCH\n"
        "Cấp nước sạch nông thôn giai đoạn 2027 - 2030\n\nI. MỤC TIÊU\n1. Các chỉ tiêu cụ thể như sau:\n{table}\n"
        "II. TỔ CHỨC THỰC HIỆN\nSở Nông nghiệp và Môi trường chủ trì theo dõi, tổng hợp kết quả thực hiện.\n")


def test_a_box_table_reads_as_pipe_rows_each_cell_whole():
    raw = "\n".join(box([HEADER] + ROWS, WIDTHS)) + "\n"
    assert raw.count("\n") > 4 * len(ROWS)      # cells do wrap
    norm = normalize(raw)
    lines = [ln for ln in norm.text.split("\n") if ln.strip()]
    assert lines[0] == "STT | Chỉ tiêu | Đơn vị tính | Hiện trạng năm 2026 | Mục tiêu năm 2028 | Mục tiêu năm 2030"
    assert lines[1:] == [" | ".join(r) for r in ROWS]
    # a piece moved up from a lower line keeps pointing at its own source
    word = "quy chuẩn"
    at = norm.text.index(word)
    src = norm.source_offsets[at]
    assert raw[src:src + len(word)] == word


def test_a_header_repeated_over_a_new_page_is_no_row_of_figures():
    first, second = box([HEADER] + ROWS[:2], WIDTHS), box([HEADER] + ROWS[2:], WIDTHS)
    table = "\n".join(first) + "\n\n" + "\n".join(second)       # (the page number between them gone as furniture)
    for text in (PLAN.format(table="\n".join(box([HEADER] + ROWS, WIDTHS))), PLAN.format(table=table)):
        ex = extract_document(from_raw(RawDocument("kh.txt", text, "utf-8")))
        got = {(t.kind, t.value, t.year) for t in ex.targets}
        assert {("target", 70.0, 2028), ("target", 80.0, 2030), ("baseline", 61.5, 2026), ("target", 60.0, 2028),
                ("target", 75.0, 2030), ("target", 15.0, 2030)} <= got, sorted(got)
        assert not any(t.value in (2026.0, 2028.0, 2030.0) for t in ex.targets), sorted(got)
