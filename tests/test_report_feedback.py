"""``report`` and ``link`` talk as issue 13 asks: progress by document when asked for (a log
line each time a document is started), the summary and notes in the user's language."""
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "corpus" / "000_3cffab5bee4fe395.txt"

# invented: a plan carrying out the seed resolution's number
PLAN = """ỦY BAN NHÂN DÂN TỈNH BÌNH THUẬN
Số 45/KH-UBND
KẾ HOẠCH
Thực hiện Nghị quyết số 10-NQ/TU của Tỉnh ủy
I. NHIỆM VỤ
1. Sở Công Thương chủ trì phát triển điện gió ngoài khơi, hoàn thành trong năm 2028.
"""


@pytest.fixture
def plan(tmp_path):
    p = tmp_path / "ke-hoach-45.txt"
    p.write_text(PLAN, encoding="utf-8")
    return p


def _run(args, tmp_path, **env):
    import os
    full = dict(os.environ, **env)
    return subprocess.run([sys.executable, "-m", "nlpolicy.cli", *args], capture_output=True, text=True,
                          env=full, cwd=ROOT)


def test_report_progress_names_each_document_and_speaks_vietnamese(tmp_path, plan):
    run = _run(["report", str(SEED), str(plan), "--out", str(tmp_path / "out")], tmp_path,
               NLPOLICY_LANG="vi", NLPOLICY_PROGRESS="1")
    assert run.returncode == 0, run.stderr
    log = run.stderr.splitlines()
    assert f"Đọc văn bản 0/2 tệp: {SEED.name}" in log
    assert "Đọc văn bản 1/2 tệp: ke-hoach-45.txt" in log
    assert "Đọc văn bản 2/2 tệp" in log
    assert any(line.startswith("Ghi tệp") for line in log)
    assert run.stdout.startswith("nlpolicy report: đã ghi ")
    assert " giây: " in run.stdout and "index.html" in run.stdout


def test_report_summary_in_english_when_asked_and_silent_progress_when_piped(tmp_path, plan):
    run = _run(["report", str(SEED), str(plan), "--out", str(tmp_path / "out")], tmp_path,
               NLPOLICY_LANG="en", NLPOLICY_PROGRESS="")
    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith("nlpolicy report: ") and " files in " in run.stdout
    assert "Reading documents" not in run.stderr and "Đọc văn bản" not in run.stderr


def test_link_progress_by_document(tmp_path, plan):
    run = _run(["link", str(SEED), str(plan), "--format", "json"], tmp_path,
               NLPOLICY_LANG="vi", NLPOLICY_PROGRESS="1")
    assert run.returncode == 0, run.stderr
    log = run.stderr.splitlines()
    assert "Đọc văn bản 1/2 tệp: ke-hoach-45.txt" in log
    assert run.stdout.lstrip().startswith("{")


def test_link_refuses_json_extractions_in_one_line(tmp_path):
    j = tmp_path / "a.json"
    j.write_text('{"schema": "nlpolicy.extraction/1", "document": {}}', encoding="utf-8")
    run = _run(["link", str(SEED), str(j)], tmp_path, NLPOLICY_LANG="en")
    assert run.returncode != 0
    assert "Traceback" not in run.stderr
    assert len(run.stderr.strip().splitlines()) == 1 and ".json" in run.stderr
