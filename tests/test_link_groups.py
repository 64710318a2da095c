"""Task links of a plan's headings and appendix rows (nlpolicy/link/tasks.py): a heading over a group of
tasks carries out what its tasks carry out (the mean of their scores), and an appendix row that names one
task of the body in a few words takes that task's best link.  Documents invented for this file."""
from __future__ import annotations

from nlpolicy.document import from_raw
from nlpolicy.link.tasks import link_tasks
from nlpolicy.types import RawDocument

RESOLUTION = """BAN THƯỜNG VỤ TỈNH ỦY HÀ TIÊN
Số: 07-NQ/TU
Hà Tiên, ngày 3 tháng 3 năm 2026
NGHỊ QUYẾT
Về phát triển thể dục, thể thao quần chúng
I. NHIỆM VỤ, GIẢI PHÁP
1. Tuyên truyền, vận động Nhân dân tập luyện thể dục, thể thao thường xuyên, nhất là người cao tuổi.
2. Đầu tư xây dựng sân vận động, nhà thi đấu đa năng và bể bơi cho các xã, phường.
3. Đào tạo, bồi dưỡng huấn luyện viên, hướng dẫn viên thể thao cơ sở.
"""
PLAN = """ỦY BAN NHÂN DÂN TỈNH HÀ TIÊN
Số: 412/KH-UBND
Hà Tiên, ngày 2 tháng 4 năm 2026
KẾ HOẠCH
Thực hiện Nghị quyết số 07-NQ/TU
I. NHIỆM VỤ CỤ THỂ
1. Tuyên truyền về thể thao quần chúng
1.1. Báo Hà Tiên mở chuyên mục "Khỏe mỗi ngày" giới thiệu các bài tập cho người cao tuổi, phát hằng tuần.
1.2. Ủy ban nhân dân các xã, phường vận động Nhân dân tập luyện thể dục, thể thao thường xuyên.
2. Đầu tư cơ sở vật chất thể thao
2.1. Ban Quản lý dự án tỉnh đầu tư xây dựng Nhà thi đấu đa năng phường Pháo Đài cho Nhân dân, hoàn thành trong năm 2027.
2.2. Ủy ban nhân dân các xã xây dựng sân vận động, bể bơi cho xã.

PHỤ LỤC
DANH MỤC NHIỆM VỤ

STT
Nội dung
Cơ quan chủ trì
Thời gian hoàn thành

1
Chuyên mục "Khỏe mỗi ngày"
Báo Hà Tiên
Hằng tuần

2
Nhà thi đấu đa năng phường Pháo Đài
Ban Quản lý dự án tỉnh
Năm 2027
"""


def doc(text: str, name: str):
    return from_raw(RawDocument(path=name, text=text, encoding="utf-8"))


def links_by_section():
    out = {}
    for t in link_tasks(doc(RESOLUTION, "nq.txt"), doc(PLAN, "kh.txt")):
        out.setdefault(t.document_section, []).append(t)
    return out


def test_a_heading_over_tasks_links_where_its_tasks_link():
    links = links_by_section()
    for heading, resolution in (("I.1", "I.1"), ("I.2", "I.2")):
        assert links[heading][0].resolution_section == resolution
        assert links[heading][0].method == "rolled-up"
        assert links[heading][0].text.startswith(("1. Tuyên truyền", "2. Đầu tư"))
    assert "PL1" not in links     # one row carries out I.1, the other I.2: the appendix as a whole, neither


def test_an_appendix_row_takes_the_link_of_the_task_it_names():
    links = links_by_section()
    row = links["PL1.2"]              # "Nhà thi đấu đa năng phường Pháo Đài": the task of I.2.1
    assert row[0].resolution_section == "I.2"
    assert any("the task of I.2.1" in e for e in row[0].evidence)
    assert row[0].text.startswith("2\nNhà thi đấu")     # the row is quoted, not the body's task
