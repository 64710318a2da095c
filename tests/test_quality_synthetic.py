"""Quality floors on the documents written blind to the tool (corpus/synthetic, FIRST_SIGHT.md fifth round).

Eleven invented documents (two rounds) that writers who never saw the code wrote and annotated; the first-sight
scores are in FIRST_SIGHT.md, and the floors keep what the genre rules written since then won.
The documents are the project's own (``corpus/synthetic/``), so this runs everywhere.  Floors are
the F1 measured when they were set, rounded down to 0.05; they only rise.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from nlpolicy.evaluate import evaluate_dir

from _floors import below_floors, rounded_down_to_a_twentieth

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "corpus" / "gold" / "synthetic"
FLOORS = {
    "Chain_BC_2026_ket-qua-thuc-hien-KH":
        {"document": 1.00, "sections": 1.00, "targets": 0.65, "deadlines": 0.80, "projects": 1.00,
         "agencies": 1.00, "assignments": 0.85},
    "Chain_KH-UBND_2025_thuc-hien-NQ":
        {"document": 1.00, "sections": 1.00, "targets": 0.80, "deadlines": 1.00, "projects": 1.00,
         "agencies": 0.95, "assignments": 0.90},
    "Chain_NQ-TU_2025_kinh-te-tu-nhan":
        {"document": 1.00, "sections": 1.00, "targets": 0.80, "deadlines": 1.00, "projects": 1.00,
         "agencies": 1.00, "assignments": 1.00},
    "HDND_NQ_2026_dau-tu-cong":
        {"document": 1.00, "sections": 1.00, "targets": 0.60, "deadlines": 0.95, "projects": 0.85,
         "agencies": 0.90, "assignments": 0.95},
    "HuyenUy_NQ_2026_nong-thon-moi":
        {"document": 1.00, "sections": 1.00, "targets": 0.90, "deadlines": 0.95, "projects": 0.85,
         "agencies": 1.00, "assignments": 1.00},
    "SoCongThuong_BC_2026_tien-do":
        {"document": 1.00, "sections": 1.00, "targets": 0.85, "deadlines": 0.80, "projects": 1.00,
         "agencies": 1.00, "assignments": 0.90},
    "UBND_KH_2026_trien-khai-chi-thi":
        {"document": 1.00, "sections": 1.00, "targets": 0.90, "deadlines": 0.95, "projects": 1.00,
         "agencies": 0.90, "assignments": 0.90},
    # second round (FIRST_SIGHT.md): first sight at eb21e28, floors at the commit that set them
    "R2_BC-UBND-xa_2026_so-ket":
        {"document": 1.00, "sections": 1.00, "targets": 0.80, "deadlines": 0.80, "projects": 0.85,
         "agencies": 0.85, "assignments": 0.85},
    "R2_CT-TU_2026_chuyen-doi-so":
        {"document": 1.00, "sections": 1.00, "targets": 0.90, "deadlines": 0.90, "projects": 1.00,
         "agencies": 0.85, "assignments": 0.75},
    "R2_KH-BoNganh_2026_thuc-hien-NQ":
        {"document": 1.00, "sections": 1.00, "targets": 0.90, "deadlines": 0.95, "projects": 0.55,
         "agencies": 0.85, "assignments": 0.70},
    "R2_QD-UBND_2026_giao-nhiem-vu":
        {"document": 1.00, "sections": 1.00, "targets": 0.95, "deadlines": 0.95, "projects": 1.00,
         "agencies": 0.95, "assignments": 0.90},
}


@pytest.fixture(scope="module")
def report():
    return evaluate_dir([GOLD], [ROOT / "corpus"])


def test_every_synthetic_gold_file_has_floors():
    assert {f.stem for f in GOLD.glob("*.json")} == set(FLOORS)


def test_synthetic_floors(report):
    failures = below_floors(report, FLOORS)
    assert not failures, "\n".join(failures)


def test_floors_are_rounded_down_to_a_twentieth():
    assert rounded_down_to_a_twentieth(FLOORS)
