"""A report's unit about one project ("Cụm công nghiệp Y Can: ...") carries out the plan's section on
that kind of project ("Phát triển các khu, cụm công nghiệp"), even when the plan names other projects
of the kind or none (nlpolicy/link/tasks.py, Weights.category).  Documents invented for this file."""
from __future__ import annotations

import pytest

from nlpolicy.document import from_raw
from nlpolicy.link.tasks import _about_one_project, _kinds_named, link_tasks
from nlpolicy.types import RawDocument


@pytest.mark.parametrize("heading, kind", [
    ("Cụm công nghiệp Tân Hòa: chủ đầu tư đang lập quy hoạch chi tiết", "industrial_cluster"),
    ("3. Khu công nghiệp Đông Phú: đã lấp đầy 60% diện tích", "industrial_park"),
    ("b) Nhà máy thủy điện Nậm Pung: chậm tiến độ", "hydropower"),
    ("Cum cong nghiep Tan Hoa: chu dau tu dang lap quy hoach", "industrial_cluster"),      # scanned
    ("Rút khỏi quy hoạch: 04 cụm công nghiệp", None),      # about the kind, not one project
    ("Cụm từ khóa trong báo cáo", None),
])
def test_a_unit_about_one_project(heading, kind):
    assert _about_one_project(heading) == kind


def test_a_section_on_a_kind_of_project():
    assert _kinds_named("NHIỆM VỤ TRỌNG TÂM Phát triển các khu, cụm công nghiệp xanh") == {"industrial_cluster"}
    assert _kinds_named("Phát triển nguồn nhân lực") == set()


PLAN = """SỞ CÔNG THƯƠNG TỈNH YÊN BÌNH
Số: 12/KH-SCT
Yên Bình, ngày 4 tháng 3 năm 2026
KẾ HOẠCH
Phát triển công nghiệp tỉnh Yên Bình năm 2026
I. NHIỆM VỤ
1. Phát triển các khu, cụm công nghiệp theo hướng xanh, đồng bộ hạ tầng kỹ thuật.
2. Đào tạo nguồn nhân lực cho doanh nghiệp công nghiệp.
3. Bảo đảm cấp điện cho sản xuất công nghiệp.
"""
REPORT = """SỞ CÔNG THƯƠNG TỈNH YÊN BÌNH
Số: 40/BC-SCT
Yên Bình, ngày 10 tháng 9 năm 2026
BÁO CÁO
Tình hình thực hiện Kế hoạch số 12/KH-SCT
I. TÌNH HÌNH CÁC CỤM CÔNG NGHIỆP
1. Cụm công nghiệp Tân Hòa: chủ đầu tư đang lập quy hoạch chi tiết, dự kiến khởi công quý IV/2026.
2. Cụm công nghiệp Gia Lộc: đã hoàn thành giải phóng mặt bằng giai đoạn 1.
"""


def doc(text: str, name: str):
    return from_raw(RawDocument(path=name, text=text, encoding="utf-8"))


def test_a_report_on_clusters_links_to_the_plan_on_clusters():
    links = link_tasks(doc(PLAN, "kh.txt"), doc(REPORT, "bc.txt"))
    top = {}
    for t in links:
        top.setdefault(t.document_section, t)
    assert top["I.1"].resolution_section == "I.1" and top["I.2"].resolution_section == "I.1"
    assert any("industrial cluster" in e for e in top["I.2"].evidence)
