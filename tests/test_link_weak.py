"""A section of an implementing document whose best task link scores under the threshold keeps that one
link, marked weak, instead of none (nlpolicy/link/tasks.py, WEAK_THRESHOLD): the threshold weighs a
link, it does not gate a section away.  Documents invented for this file."""
from __future__ import annotations

from nlpolicy.document import from_raw
from nlpolicy.link.tasks import DEFAULT_THRESHOLD, WEAK_THRESHOLD, link_tasks
from nlpolicy.types import RawDocument

RESOLUTION = """BAN THƯỜNG VỤ TỈNH ỦY TÂY SƠN
Số: 21-NQ/TU
Tây Sơn, ngày 6 tháng 2 năm 2026
NGHỊ QUYẾT
Về quản lý tài nguyên nước và khoáng sản
I. NHIỆM VỤ, GIẢI PHÁP
1. Quản lý chặt chẽ hoạt động khai thác cát, sỏi lòng sông; xử lý nghiêm khai thác trái phép.
2. Bảo vệ nguồn nước sinh hoạt, trữ nước ngọt phục vụ người dân trong mùa khô.
3. Đẩy mạnh chuyển đổi số trong quản lý đất đai.
"""
LETTER = """ỦY BAN NHÂN DÂN TỈNH TÂY SƠN
Số: 310/UBND-KT
Tây Sơn, ngày 2 tháng 4 năm 2026
V/v thực hiện Nghị quyết số 21-NQ/TU
1. Sở Xây dựng
Rà soát phương tiện, thiết bị khai thác cát, sỏi lòng sông so với thiết kế được duyệt; kiên quyết xử lý vi phạm.
2. Công an tỉnh
Chủ động nắm tình hình, xử lý nghiêm hành vi khai thác trái phép khoáng sản trên các tuyến sông.
3. Văn phòng Ủy ban nhân dân tỉnh
Bố trí lịch họp giao ban định kỳ hằng tháng.
"""


def doc(text: str, name: str):
    return from_raw(RawDocument(path=name, text=text, encoding="utf-8"))


def by_section(links):
    out = {}
    for t in links:
        out.setdefault(t.document_section, []).append(t)
    return out


def test_every_section_keeps_its_best_link_marked_weak():
    links = by_section(link_tasks(doc(RESOLUTION, "nq.txt"), doc(LETTER, "cv.txt"), threshold=0.99, weak=0.0))
    assert set(links) == {"1", "2", "3"}
    for found in links.values():
        assert len(found) == 1 and found[0].score < 0.99
        assert any(e.startswith("weak") for e in found[0].evidence)


def test_no_weak_link_when_asked_for_none():
    assert link_tasks(doc(RESOLUTION, "nq.txt"), doc(LETTER, "cv.txt"), threshold=0.99, weak=None) == []


def test_defaults_strong_weak_and_none():
    assert WEAK_THRESHOLD < DEFAULT_THRESHOLD
    links = by_section(link_tasks(doc(RESOLUTION, "nq.txt"), doc(LETTER, "cv.txt")))
    strong = links["1"][0]
    assert strong.resolution_section == "I.1" and strong.score >= DEFAULT_THRESHOLD
    assert not any(e.startswith("weak") for t in links["1"] for e in t.evidence)
    weak = links["2"]      # the police's task shares some wording with I.1, under the threshold
    assert len(weak) == 1 and weak[0].resolution_section == "I.1"
    assert WEAK_THRESHOLD <= weak[0].score < DEFAULT_THRESHOLD
    assert any(e.startswith("weak") for e in weak[0].evidence)
    assert "3" not in links    # the office's meetings share nothing worth a link, even a weak one
