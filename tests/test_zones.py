"""What a part of a document is for, read from its heading (``nlpolicy/zones.py``, ``resources/zones.tsv``).

Every heading here was written for this file in the style of the genre; a zone weighs the decisions made
inside the part (a target, a task), it never gates them.
"""
from __future__ import annotations

import doctest

import pytest

from nlpolicy import zones
from nlpolicy.zones import ZONES, heading_zone

ROWS = [
    ("III. NHIỆM VỤ VÀ GIẢI PHÁP", "task"),
    # a plan's part on the forms of its work, its capitals' marks lost by a scan
    ("III. HINH THỨC TUYÊN TRUYỀN", "task"),
    # a report's part on the months to come speaks forward
    ("II. NHIỆM VỤ, GIẢI PHÁP 6 THÁNG CUỐI NĂM 2026", "orientation"),
    ("III. Phương hướng, nhiệm vụ thời gian tới", "orientation"),
    # "theo định hướng ..." says how a task is done, not that the part is an orientation
    ("2. Phát triển đô thị theo định hướng giao thông công cộng", "none"),
    ("III. ĐỊNH HƯỚNG PHÁT TRIỂN ĐẾN NĂM 2030", "orientation"),
    # a council adopting a plan's content: the items are what it adopts, no tasks; adopting tasks stays tasks
    ("Điều 1. Thông qua kế hoạch đầu tư công năm 2027 với các nội dung chủ yếu sau:", "adopted"),
    ("Điều 1. Thông qua các nhiệm vụ, giải pháp chủ yếu năm 2027 như sau:", "task"),
    # an article on supervision and entry into force is the organisation part
    ("Điều 3. Giám sát và hiệu lực thi hành", "organisation"),
    ("Điều 4. Hiệu lực thi hành", "effect"),
    # the norms a support policy sets: rules, neither targets nor tasks
    ("Điều 4. Nội dung và mức hỗ trợ", "norms"),
    ("Điều 3. Nguyên tắc và điều kiện hỗ trợ", "norms"),
    ("2. Điều kiện hỗ trợ", "norms"),
    # a decree's chapter of policies, its title on the line below its number (a general chapter too)
    ("Chương II\nCÁC CHÍNH SÁCH HỖ TRỢ", "norms"),
    ("Chương I\nQUY ĐỊNH CHUNG", "general"),
    # a circular's technical requirements (thresholds, frequencies, precision) are norms too; a plan's purposes
    # and requirements stay its viewpoint
    ("Chương II\nYÊU CẦU KỸ THUẬT", "norms"),
    ("Điều 5. Tần suất quan trắc và truyền số liệu", "norms"),
    ("Điều 6. Yêu cầu đối với trạm quan trắc tự động", "norms"),
    ("Điều 8. Ngưỡng cảnh báo", "norms"),
    ("Điều 4. Thông số quan trắc", "norms"),
    ("I. MỤC ĐÍCH, YÊU CẦU", "viewpoint"),
    ("Chương III\nTỔ CHỨC THỰC HIỆN", "organisation"),
    # a lettered point that is a sentence names no part, whatever words it holds
    ("b) Trường hợp cùng một nội dung được hưởng nhiều chính sách hỗ trợ thì được chọn mức cao nhất.", "none"),
    ("b) Nội dung tuyên truyền", "task"),
    # who takes part in an exercise or makes up a delegation lists bodies, not duties (its heading above may say "nội
    # dung"); the economy's sectors are no such list
    ("2. Thành phần tham dự", "composition"),
    ("II. THÀNH PHẦN, THỜI GIAN, ĐỊA ĐIỂM", "composition"),
    ("b) Thành phần Đoàn kiểm tra", "composition"),
    ("3. Thành phần kinh tế tư nhân", "none"),
    # (a task's own heading that mentions supervision is no organisation part)
    ("6. Tăng cường thanh tra, kiểm tra, giám sát và xử lý vi phạm", "none"),
    # a directive's point that sets the goals; one that strives for its tasks is a tasks part
    ("2. Phấn đấu đến năm 2030:", "objective"),
    ("2. Thống nhất mục tiêu phấn đấu đến năm 2030:", "objective"),
    ("3. Phấn đấu hoàn thành các nhiệm vụ trọng tâm", "task"),
]


def test_heading_zones():
    got = [(h, (heading_zone(h) or ("none",))[0]) for h, _ in ROWS]
    assert got == ROWS


def test_every_zone_of_the_table_is_known():
    from nlpolicy.lexicon import read_tsv
    assert {r[0] for r in read_tsv("zones.tsv")} <= set(ZONES)


def test_doctests():
    result = doctest.testmod(zones)
    assert result.attempted > 0 and result.failed == 0


# documents whose parts nest (invented): each line's section, read through its chain of headings
NESTED = [
    # a report's part on what its targets reached: a sub-heading naming targets reports on them, no objectives
    ("ỦY BAN NHÂN DÂN TỈNH AN BÌNH\nSố: 12/BC-UBND\n\nBÁO CÁO\nKết quả thực hiện Kế hoạch số "
     "5/KH-UBND\n\nII. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU\n1. Các chỉ tiêu về kinh tế\n"
     "Tăng trưởng đạt 7,2%.\nIII. MỤC TIÊU NĂM 2028\n1. Chỉ tiêu chủ yếu\nTăng trưởng 8%.\n",
     {"II.1": "situation", "III.1": "objective"}),
]


@pytest.mark.parametrize("text,want", NESTED)
def test_zones_of_nested_parts(text, want):
    from nlpolicy.document import from_raw
    from nlpolicy.types import RawDocument
    doc = from_raw(RawDocument(path="t.txt", text=text, encoding="utf-8"))
    got = {z.section: z.zone for z in zones.zones_of(doc)}
    assert {k: got.get(k) for k in want} == want
