"""The synthetic chain written blind to the tool (corpus/synthetic, FIRST_SIGHT.md fifth round): a
resolution, the plan that cites it, the report on the plan.  Floors on its task links, progress and
statuses (bench/link_eval.py's scoring; the documents are the project's own, so this runs everywhere).
At first sight: links 0.89 and 0.96 recall in the top three, progress 0.12, statuses 0.68; the floors
hold what the rules since won (progress 0.75, statuses 0.78).
"""
from __future__ import annotations

from bench.link_eval import GOLD_DIRS, evaluate, evaluate_status

SYNTHETIC = (GOLD_DIRS[1],)


def test_chain_links_and_progress_hold():
    got = evaluate(folders=SYNTHETIC)
    plan = got["Chain_KH-UBND_2025_thuc-hien-NQ_to_Chain_NQ-TU_2025_kinh-te-tu-nhan.json"]
    report = got["Chain_BC_2026_ket-qua-thuc-hien-KH_to_Chain_KH-UBND_2025_thuc-hien-NQ.json"]
    assert plan["recall@3"] >= 0.85 and report["recall@3"] >= 0.90
    assert report["progress_accuracy"] >= 0.75 and report["progress_targets"] == 16


def test_chain_statuses_hold():
    (row,) = evaluate_status(folders=SYNTHETIC).values()
    assert row["tasks"] == 37 and not row["missing"]
    assert row["accuracy"] >= 0.75 and row["left_out_ok"]
