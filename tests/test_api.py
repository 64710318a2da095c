"""The Python API (``nlpolicy/__init__.py``): the README's examples and the docstrings run, the
verbs stay verbs whatever is imported, and ``import nlpolicy`` does no work.

The README's section "Python API" runs whole with :func:`doctest.testfile`; the
verbs' docstrings run with the names the README defines (``plan``, ``out``,
``db``).  The doctests of the modules behind the commands, the index and the
messages run here too, so that every example in them is checked in CI.
"""
from __future__ import annotations

import doctest
import importlib
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

import nlpolicy

ROOT = Path(__file__).resolve().parent.parent
SEED = "corpus/000_3cffab5bee4fe395.txt"
PLAN = ("ỦY BAN NHÂN DÂN\nTỈNH BÌNH THUẬN\n\nSố: 12/KH-UBND\n\nBình Thuận, ngày 10 tháng 3 năm 2017\n\n"
        "KẾ HOẠCH\nThực hiện Nghị quyết của Tỉnh ủy Bình Thuận về phát triển công nghiệp - tiểu thủ công "
        "nghiệp đến năm 2020, định hướng đến năm 2025\n\nI. NHIỆM VỤ\n1. Sở Công Thương chủ trì, phối hợp "
        "với Ủy ban nhân dân các huyện đẩy nhanh đầu tư hạ tầng Khu công nghiệp Hàm Kiệm II, hoàn thành "
        "trong năm 2018.\n2. Sở Tài chính bố trí vốn cho hạ tầng các cụm công nghiệp.\n")

# Modules whose docstring examples are part of their documentation.
DOCTESTED = ["nlpolicy.messages", "nlpolicy.link.similarity", "nlpolicy.store.query", "nlpolicy.store.sqlite",
             "nlpolicy.store.render", "nlpolicy.commands.index", "nlpolicy.commands.search",
             "nlpolicy.commands.targets", "nlpolicy.link.progress", "nlpolicy.link.status", "nlpolicy.ingest",
             "nlpolicy.ingest.rtf", "nlpolicy.ingest.mail", "nlpolicy.ingest.docx"]


@pytest.fixture(autouse=True)
def at_the_root(monkeypatch):
    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("NLPOLICY_LANG", "vi")


def test_readme_examples_run():
    result = doctest.testfile(str(ROOT / "README.md"), module_relative=False, encoding="utf-8",
                              optionflags=doctest.ELLIPSIS, verbose=False)
    assert result.attempted >= 20, "the README's Python API section lost its examples"
    assert result.failed == 0


def test_verb_docstrings_run(tmp_path):
    plan = tmp_path / "ke-hoach-12.txt"
    plan.write_text(PLAN, encoding="utf-8")
    globs = {"nlpolicy": nlpolicy, "Path": Path, "plan": plan, "out": tmp_path / "out",
             "db": tmp_path / "index.sqlite"}
    tests = doctest.DocTestFinder().find(nlpolicy, "nlpolicy", globs=globs)
    # the index is built by index's example before search's reads it: run them in that order
    tests.sort(key=lambda t: ["index", "search"].index(t.name.split(".")[-1])
               if t.name.split(".")[-1] in ("index", "search") else -1)
    names = {t.name.split(".")[-1] for t in tests if t.examples}
    assert {"nlpolicy", "load", "extract", "link", "report", "index", "search", "to_json"} <= names
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    for t in tests:
        t.globs = globs          # one namespace, as in the README
        runner.run(t, clear_globs=False)
    assert runner.failures == 0


@pytest.mark.parametrize("module", DOCTESTED)
def test_module_doctests(module):
    result = doctest.testmod(importlib.import_module(module), optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0 and result.failed == 0


def test_import_does_no_work():
    code = ("import sys, nlpolicy; print(sorted(m for m in sys.modules if m.split('.')[0] in "
            "('nlpolicy', 'spacy', 'sklearn', 'scipy', 'numpy', 'rich', 'underthesea', 'pdfplumber')))")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "['nlpolicy']"


def test_verbs_stay_verbs_after_their_packages_are_imported():
    """``extract``, ``link`` and ``report`` share their names with sub-packages."""
    code = ("import nlpolicy.extract.pipeline, nlpolicy.link.render, nlpolicy.report, nlpolicy\n"
            "from nlpolicy import extract, link, report\n"
            "assert extract is nlpolicy.extract and callable(link) and callable(report)\n"
            "assert nlpolicy.link.render.to_dict.__module__ == 'nlpolicy.link.render'\n"
            "assert nlpolicy.extract.pipeline.extract.__module__ == 'nlpolicy.extract.pipeline'\n"
            "assert nlpolicy.report.render.__module__ == 'nlpolicy.report'\n"
            "print(nlpolicy.extract.__name__, nlpolicy.link.__doc__.split()[0])")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert r.returncode == 0, r.stderr
    assert r.stdout.split() == ["extract", "Link"]


def test_verbs_pickle_and_have_signatures():
    import inspect

    for name in ("load", "extract", "link", "report", "index", "search"):
        verb = getattr(nlpolicy, name)
        assert pickle.loads(pickle.dumps(verb)) is verb
        assert verb.__doc__ and verb.__name__ == name
    assert list(inspect.signature(nlpolicy.search).parameters)[:3] == ["query", "db", "limit"]
    assert "out" in inspect.signature(nlpolicy.report).parameters
    assert set(nlpolicy.__all__) >= {"load", "extract", "link", "report", "index", "search", "to_json"}


def test_api_errors_are_nlpolicy_errors(tmp_path):
    from nlpolicy.errors import InputError

    with pytest.raises(InputError, match="không có chỉ mục tại"):
        nlpolicy.search("ham kiem", tmp_path / "none.sqlite")
    with pytest.raises(InputError):
        nlpolicy.load(tmp_path / "missing.txt")
