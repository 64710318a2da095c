"""A body's new site ("Bệnh viện Sản Nhi tỉnh Cà Mau cơ sở 2") is a work to build: a named project, and the
body named inside it is no agency of the item; an item that opens with such a work and then names the body
that handles it ("b) <work>: Ủy ban nhân dân tỉnh X quyết định ...") is that body's task, also outside the
tasks parts.  Documents invented for this file."""
from __future__ import annotations

from nlpolicy.document import from_raw
from nlpolicy.extract.pipeline import extract_document
from nlpolicy.types import RawDocument

RESOLUTION = """CHÍNH PHỦ
Số: 301/NQ-CP
Hà Nội, ngày 12 tháng 10 năm 2026
NGHỊ QUYẾT
Về xử lý các dự án đầu tư công chậm tiến độ
I. MỤC TIÊU
Xử lý dứt điểm các dự án chậm tiến độ, đưa công trình vào sử dụng.
II. XỬ LÝ CÁC DỰ ÁN CỤ THỂ
1. Nhóm dự án bệnh viện
a) Bệnh viện Sản Nhi tỉnh Cà Mau cơ sở 2 tại phường Tân An: Ủy ban nhân dân tỉnh Cà Mau điều chỉnh chủ trương đầu tư, bố trí vốn để hoàn thành dự án trước ngày 30 tháng 6 năm 2027.
b) Bệnh viện Mắt Phú Mỹ cơ sở 2: Bộ Y tế chủ trì, phối hợp với Bộ Tài chính bố trí vốn.
"""


def extraction():
    return extract_document(from_raw(RawDocument(path="nq.txt", text=RESOLUTION, encoding="utf-8")))


def test_a_new_site_named_after_its_body_and_place_is_a_project():
    names = {p.name for p in extraction().projects}
    assert "Bệnh viện Sản Nhi tỉnh Cà Mau cơ sở 2" in names
    assert "Bệnh viện Mắt Phú Mỹ cơ sở 2" in names


def test_the_body_inside_a_new_site_is_no_agency_and_the_item_is_its_handlers_task():
    ex = extraction()
    agencies = {a.name for a in ex.agencies}
    assert not any(n.startswith("Bệnh viện") for n in agencies)
    first = [t for t in ex.tasks if t.section == "II.1.a"]
    assert first and [(a.agency, a.role) for a in first[0].assignments] == [("Ủy ban nhân dân tỉnh Cà Mau", "lead")]
    second = [t for t in ex.tasks if t.section == "II.1.b"]
    assert second and ("Bộ Y tế", "lead") in [(a.agency, a.role) for a in second[0].assignments]
