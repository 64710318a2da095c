"""Per-agency files laid out over two processes are the files laid out in one, in the same
order; when no second process can be made, the report is made in one."""
from datetime import datetime, timezone
from pathlib import Path

import pytest

import nlpolicy
import nlpolicy.report as report
from nlpolicy.report import build, files_of

SEED = Path(__file__).resolve().parents[1] / "corpus" / "000_3cffab5bee4fe395.txt"
NOW = datetime(2026, 1, 1, 8, 0, tzinfo=timezone.utc)


@pytest.fixture(scope="module")
def matrix_and_dicts():
    d = nlpolicy.to_json(nlpolicy.extract(SEED))
    return build([d], None), [d]


def test_split_over_two_processes_gives_the_same_files(monkeypatch, matrix_and_dicts):
    m, dicts = matrix_and_dicts
    assert len(m.agencies) >= 4
    monkeypatch.setattr(report, "SPLIT_FROM", 10 ** 6)
    serial = files_of(m, dicts, None, NOW)
    monkeypatch.setattr(report, "SPLIT_FROM", 2)
    monkeypatch.setattr(__import__("os"), "cpu_count", lambda: 2)
    split = files_of(m, dicts, None, NOW)
    assert list(split) == list(serial)
    assert split == serial


def test_no_second_process_means_one(monkeypatch, matrix_and_dicts):
    import concurrent.futures
    m, dicts = matrix_and_dicts
    monkeypatch.setattr(report, "SPLIT_FROM", 10 ** 6)
    serial = files_of(m, dicts, None, NOW)

    class NoFork:
        def __init__(self, *a, **k):
            raise OSError("fork: resource temporarily unavailable")

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", NoFork)
    monkeypatch.setattr(report, "SPLIT_FROM", 2)
    monkeypatch.setattr(__import__("os"), "cpu_count", lambda: 2)
    assert files_of(m, dicts, None, NOW) == serial
