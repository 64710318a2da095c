"""A text typed without tone marks (:mod:`nlpolicy.diacritics`): read with them put back, quoted as written.

The plan below is invented for this test; the model is counted from the corpus by
``models/build_diacritics.py``."""
from __future__ import annotations

import doctest
import json

import pytest

from nlpolicy import diacritics
from nlpolicy.diacritics import fold, is_unaccented, restore
from nlpolicy.document import from_raw
from nlpolicy.extract.pipeline import extract_document
from nlpolicy.serialize import extraction_to_dict
from nlpolicy.types import RawDocument

PLAN = """UY BAN NHAN DAN
TINH DIEN BIEN
So: 77/KH-UBND
Dien Bien, ngay 5 thang 4 nam 2027

KE HOACH
Phat trien cay mac ca giai doan 2027 - 2030

I. MUC TIEU
1. Den nam 2028, dien tich mac ca toan tinh dat 6.000 ha.
2. Den nam 2030, ty le san luong mac ca duoc che bien sau dat 50%.
II. NHIEM VU VA GIAI PHAP
1. So Nong nghiep va Moi truong chu tri, phoi hop voi So Tai chinh ra soat quy hoach vung trong, hoan thanh
truoc ngay 30/9/2027.
2. So Cong Thuong chu tri xay dung thuong hieu mac ca Dien Bien; bao cao Uy ban nhan dan tinh truoc ngay 15/12
hang nam.
3. Uy ban nhan dan cac xa vung trong mac ca tuyen truyen, van dong nguoi dan tham gia lien ket san xuat.
III. TO CHUC THUC HIEN
Cac so, nganh, Uy ban nhan dan cac xa can cu chuc nang, nhiem vu to chuc thuc hien Ke hoach nay.
"""


def test_doctests():
    result = doctest.testmod(diacritics)
    assert result.attempted >= 2 and result.failed == 0


@pytest.mark.parametrize("text, unaccented", [
    (PLAN * 2, True),
    (restore(PLAN) * 2, False),                       # the same text with its marks
    ("The council decided to improve water quality and report to the province. " * 30, False),
    ("Uy ban nhan dan tinh chu tri.", False),        # too short to tell
])
def test_a_text_without_marks_is_told_apart(text, unaccented):
    assert is_unaccented(text) is unaccented


def test_marks_come_back_letter_for_letter():
    got = restore(PLAN)
    assert len(got) == len(PLAN) and fold(got, keep_case=True) == PLAN
    assert "Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Sở Tài chính" in got
    assert "Đến năm 2028, diện tích mắc ca toàn tỉnh đạt 6.000 ha" in got.replace("mac ca", "mắc ca")


def test_a_plan_typed_without_marks_gives_its_targets_and_tasks_named_as_written():
    doc = from_raw(RawDocument("kế hoạch.txt", PLAN, "utf-8"))
    assert doc.marks_restored
    out = extraction_to_dict(extract_document(doc))
    assert out["document"]["path"] == "kế hoạch.txt"        # the file's own name is not the text's
    assert out["document"]["number"] == "77/KH-UBND" and out["document"]["date"] == "2027-04-05"
    assert {(t["value"], t["unit"], t["year"]) for t in out["targets"]} >= {(6000.0, "ha", 2028), (50.0, "%", 2030)}
    got = {(t["section"], a["agency"], a["role"]) for t in out["tasks"] for a in t["assignments"]}
    assert {("II.1", "So Nong nghiep va Moi truong", "lead"), ("II.1", "So Tai chinh", "support"),
            ("II.2", "So Cong Thuong", "lead")} <= got, sorted(got)
    # nothing in the output has a mark the text did not write
    out["document"]["path"] = "kh.txt"
    assert fold(json.dumps(out, ensure_ascii=False), keep_case=True) == json.dumps(out, ensure_ascii=False)
    assert "30/9/2027" in {d["text"][-9:] for d in out["deadlines"]} or any(
        d["value"] == "2027-09-30" for d in out["deadlines"])
