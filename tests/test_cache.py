"""The cache of extractions and segmentations between runs of ``report`` and ``link``
(nlpolicy/cache.py): a second run reads nothing again, says the same, and a cache that cannot
be used never stops a run."""
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

import nlpolicy
from nlpolicy import cache as cache_mod
from nlpolicy.cache import Cache, folder
from nlpolicy.link import similarity

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "corpus" / "000_3cffab5bee4fe395.txt"
SHARED = ROOT.parent / "shared" / "corpus"

# invented: a short provincial resolution with one task and one target
TEXT = """TỈNH ỦY THANH LONG
Số 12-NQ/TU
NGHỊ QUYẾT
về phát triển hạ tầng số tỉnh Thanh Long đến năm 2030
I. MỤC TIÊU
Đến năm 2030, tỷ lệ hộ gia đình có cáp quang đạt 95%.
II. NHIỆM VỤ
1. Sở Khoa học và Công nghệ chủ trì xây dựng hạ tầng số, hoàn thành trong năm 2027.
"""


class Counting:
    def __init__(self):
        self.calls = 0

    def __call__(self, path):
        self.calls += 1
        return nlpolicy.extract(path)


@pytest.fixture
def doc(tmp_path):
    p = tmp_path / "nq12.txt"
    p.write_text(TEXT, encoding="utf-8")
    return p


def test_folder_follows_the_environment():
    assert folder({"NLPOLICY_CACHE": "off"}) is None
    assert folder({"NLPOLICY_CACHE": "/a/b"}) == Path("/a/b")
    assert folder({"XDG_CACHE_HOME": "/x"}) == Path("/x/nlpolicy")
    assert folder({"HOME": "/home/u"}) == Path("/home/u/.cache/nlpolicy")


def test_a_second_extraction_of_the_same_bytes_comes_from_the_cache(tmp_path, doc):
    extract = Counting()
    with Cache.at(tmp_path / "c") as c:
        first = c.extract(doc, extract)
    with Cache.at(tmp_path / "c") as c:
        second = c.extract(doc, extract)
    assert extract.calls == 1
    assert nlpolicy.to_json(second) == nlpolicy.to_json(first)
    assert (tmp_path / "c").stat().st_mode & 0o077 == 0          # only its owner reads pickles


def test_changed_bytes_are_read_again_and_a_copy_keeps_its_own_name(tmp_path, doc):
    extract = Counting()
    copy = tmp_path / "copy.txt"
    copy.write_bytes(doc.read_bytes())
    with Cache.at(tmp_path / "c") as c:
        c.extract(doc, extract)
        again = c.extract(copy, extract)
        assert extract.calls == 1
        assert again.document.path == str(copy)
        doc.write_text(TEXT.replace("95%", "90%"), encoding="utf-8")
        changed = c.extract(doc, extract)
    assert extract.calls == 2
    assert any(t.value == 90 for t in changed.targets)


def test_a_new_version_of_the_code_misses(tmp_path, doc, monkeypatch):
    extract = Counting()
    with Cache.at(tmp_path / "c") as c:
        c.extract(doc, extract)
    monkeypatch.setattr(cache_mod, "code_fingerprint", lambda: "another version")
    with Cache.at(tmp_path / "c") as c:
        c.extract(doc, extract)
    assert extract.calls == 2


def test_a_damaged_entry_is_made_again(tmp_path, doc):
    extract = Counting()
    with Cache.at(tmp_path / "c") as c:
        c.extract(doc, extract)
    conn = sqlite3.connect(tmp_path / "c" / cache_mod.FILE_NAME)
    conn.execute("UPDATE extraction SET value = ?", (b"not a pickle",))
    conn.commit()
    conn.close()
    with Cache.at(tmp_path / "c") as c:
        again = c.extract(doc, extract)
    assert extract.calls == 2
    assert again.tasks


def test_a_cache_that_cannot_be_made_is_no_cache(tmp_path, doc):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    extract = Counting()
    with Cache.at(blocker / "sub") as c:          # a folder under a file cannot exist
        assert not c.active
        c.extract(doc, extract)
        c.extract(doc, extract)
        c.put_segment("a", "b")
        assert c.get_segment("a") is None
    assert extract.calls == 2
    with Cache.at(None) as c:
        assert not c.active


def test_segmentations_are_kept_between_runs(tmp_path, monkeypatch):
    similarity.segment.cache_clear()
    with Cache.at(tmp_path / "c") as c, similarity.kept_between_runs(c):
        first = similarity.segment("Phát triển hạ tầng số của tỉnh")
    assert first == "hạ_tầng số tỉnh"
    similarity.segment.cache_clear()
    import underthesea
    monkeypatch.setattr(underthesea, "word_tokenize", lambda *a, **k: pytest.fail("segmented again"))
    with Cache.at(tmp_path / "c") as c, similarity.kept_between_runs(c):
        assert similarity.segment("Phát triển hạ tầng số của tỉnh") == first
    similarity.segment.cache_clear()


def test_prune_keeps_the_most_recently_used(tmp_path, monkeypatch):
    monkeypatch.setattr(cache_mod, "MAX_BYTES", 1)
    with Cache.at(tmp_path / "c") as c:
        c._run("INSERT INTO extraction VALUES ('old', x'00', 1, 1.0)")
        c._run("INSERT INTO extraction VALUES ('new', x'00', 1, 2.0)")
    conn = sqlite3.connect(tmp_path / "c" / cache_mod.FILE_NAME)
    assert [k for (k,) in conn.execute("SELECT key FROM extraction")] == ["new"]
    conn.close()


def test_report_twice_reads_each_document_once_and_writes_the_same(tmp_path, monkeypatch, doc):
    from nlpolicy.cli import main
    from nlpolicy.commands import report
    monkeypatch.setenv("NLPOLICY_CACHE", str(tmp_path / "c"))
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1760000000")
    extract = Counting()
    monkeypatch.setattr(report, "_extract", extract)
    for out in ("a", "b"):
        assert main(["report", str(SEED), str(doc), "--out", str(tmp_path / out), "-q",
                     "--as-of", "2026-01-01"]) == 0
    assert extract.calls == 2                      # two documents, read in the first run only
    a = sorted(p.relative_to(tmp_path / "a") for p in (tmp_path / "a").rglob("*") if p.is_file())
    b = sorted(p.relative_to(tmp_path / "b") for p in (tmp_path / "b").rglob("*") if p.is_file())
    assert a == b and len(a) > 10
    assert all((tmp_path / "a" / f).read_bytes() == (tmp_path / "b" / f).read_bytes() for f in a)


@pytest.mark.shared
@pytest.mark.slow
def test_link_says_the_same_under_every_hash_seed(tmp_path):
    """Statuses summed over a set of kinds once printed them in hash order."""
    if not SHARED.is_dir():
        pytest.skip("../shared/corpus is absent")
    res = SHARED / "TW_NQ-57-NQ-TW_2024-12-22_BoChinhTri_KHCN-DMST-CDS.txt"
    rep = SHARED / "CP_CV-402-CV-VPDU_2025-05-25_DuThao-BaoCao-ket-qua-thuc-hien-NQ57.txt"
    outs = []
    for seed in ("1", "2"):
        env = dict(os.environ, PYTHONHASHSEED=seed, NLPOLICY_CACHE=str(tmp_path / "c"))
        run = subprocess.run([sys.executable, "-m", "nlpolicy.cli", "link", str(res), str(rep),
                              "--format", "json", "--as-of", "2025-06-01"],
                             capture_output=True, text=True, env=env, cwd=ROOT)
        assert run.returncode == 0, run.stderr
        outs.append(run.stdout)
    assert outs[0] == outs[1]
    assert '"status"' in outs[0]
