"""The SQLite index: writing contract dicts, searching with and without diacritics, listings.

The contract dicts here are written for the project's tests: small ones built
by ``make_doc`` below, and the hand-made seed extraction in
``tests/data/report/seed_extraction.json`` (whose offsets point into the real
seed text).
"""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from nlpolicy.errors import InputError
from nlpolicy.store.base import AgencyQuery, SearchQuery, StoreError, TargetQuery
from nlpolicy.store.query import compile_query
from nlpolicy.store.sqlite import SQLiteStore, number_key, province_of
from nlpolicy.textfold import fold, fold_query

SEED = Path(__file__).parent / "data" / "report" / "seed_extraction.json"


def span(text: str, needle: str, nth: int = 0) -> dict:
    """{"text", "start", "end"} of the nth occurrence of needle in text."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return {"text": needle, "start": start, "end": start + len(needle)}


def make_doc(text: str, *, number=None, kind="plan", date=None, issuer=None, title=None,
             citations=(), targets=(), projects=(), agencies=(), tasks=(), deadlines=()) -> dict:
    """A contract dict whose every span is found in ``text``."""
    return {
        "schema": "nlpolicy.extraction/1",
        "document": {"kind": kind, "number": number, "date": date, "issuer": issuer, "title": title,
                     "signer": None, "text": text,
                     "citations": [{"number": n, "kind": "resolution", **span(text, n)} for n in citations]},
        "sections": [{"id": "I", "heading": "MỤC TIÊU", "start": 0, "end": len(text)}],
        "targets": [{"kind": "target", "section": "I", "indicator": ind, "subject": None,
                     "comparator": ">", "value": value, "value_max": None, "unit": unit, "year": year,
                     "period": None, **span(text, ev)} for ind, value, unit, year, ev in targets],
        "deadlines": [{"value": v, "relation": "by", "section": "I", **span(text, ev)} for v, ev in deadlines],
        "projects": [{"name": name, "category": "industrial_park", "section": "I", **span(text, ev)}
                     for name, ev in projects],
        "agencies": [{"name": name, "mentions": [span(text, m)]} for name, m in agencies],
        "tasks": [{"id": f"I#{i}", "section": "I", "deadline": None, **span(text, ev),
                   "assignments": [{"agency": a, "role": "lead", "source": "explicit"}]}
                  for i, (ev, a) in enumerate(tasks, 1)],
    }


PLAN_TEXT = ("KẾ HOẠCH thực hiện Nghị quyết số 05-NQ/TU của Tỉnh ủy Bình Thuận\n"
             "Sở Công Thương chủ trì đẩy nhanh đầu tư hạ tầng Khu công nghiệp Hàm Kiệm I đến năm 2020.\n"
             "Tỷ lệ lấp đầy đạt trên 50%.\n")
RESOLUTION_TEXT = ("NGHỊ QUYẾT về phát triển công nghiệp\n"
                   "Tốc độ tăng trưởng công nghiệp bình quân 9,5%/năm. Thu hút đầu tư vào khoáng sản.\n")
REPORT_TEXT = "BÁO CÁO công tác quản lý khoáng sản năm 2025 của UBND tỉnh Lào Cai.\n"


def plan() -> dict:
    return make_doc(
        PLAN_TEXT, number="12/KH-UBND", kind="plan", date="2017-03-01", issuer="UBND tỉnh Bình Thuận",
        title="thực hiện Nghị quyết số 05-NQ/TU", citations=["05-NQ/TU"],
        targets=[("tỷ lệ lấp đầy khu công nghiệp", 50.0, "%", 2020, "đạt trên 50%")],
        deadlines=[("2020", "đến năm 2020")],
        projects=[("Khu công nghiệp Hàm Kiệm I", "Khu công nghiệp Hàm Kiệm I")],
        agencies=[("Sở Công Thương", "Sở Công Thương")],
        tasks=[("Sở Công Thương chủ trì đẩy nhanh đầu tư hạ tầng Khu công nghiệp Hàm Kiệm I đến năm 2020.",
                "Sở Công Thương")])


def resolution() -> dict:
    return make_doc(
        RESOLUTION_TEXT, number="05-NQ/TU", kind="resolution", date="2016-04-20",
        issuer="Tỉnh ủy Bình Thuận", title="về phát triển công nghiệp",
        targets=[("tốc độ tăng trưởng công nghiệp", 9.5, "%/năm", 2020, "9,5%/năm")])


def report() -> dict:
    return make_doc(REPORT_TEXT, number="88/BC-UBND", kind="report", date="2026-01-10",
                    issuer="UBND tỉnh Lào Cai", title="công tác quản lý khoáng sản năm 2025")


@pytest.fixture()
def store(tmp_path):
    s = SQLiteStore(tmp_path / "index.sqlite")
    run = s.begin(["fixtures"])
    s.upsert_document("/docs/plan.txt", "h-plan", plan(), run_id=run)
    s.upsert_document("/docs/resolution.txt", "h-res", resolution(), run_id=run)
    s.upsert_document("/docs/report.txt", "h-rep", report(), run_id=run)
    s.end(run, "done", {"indexed": 3})
    yield s
    s.close()


def paths(results) -> list[str]:
    return [Path(r.path).stem for r in results]


# ---------------------------------------------------------------- folding and queries

@pytest.mark.parametrize("text, folded", [
    ("Hàm Kiệm", "ham kiem"),
    ("đầu tư", "dau tu"),
    ("ĐẦU TƯ", "dau tu"),
    ("khoáng sản", "khoang san"),
    ("Uỷ ban nhân dân", "uy ban nhan dan"),
    ("Ủy ban nhân dân", "uy ban nhan dan"),
    ("3260-KH/ĐĐQH15", "3260-kh/ddqh15"),
])
def test_fold_table(text, folded):
    assert fold(text) == folded
    assert len(fold(text)) == len(text)


def test_fold_query_accepts_nfd():
    assert fold_query("Ha\u0300m Kie\u0323\u0302m") == "ham kiem"


def words(*ws: str) -> str:
    """A MATCH expression for single words, in the word columns."""
    return " AND ".join('{title body} : "%s"' % w for w in ws)


def pairs(phrase: str, prefix: str = "") -> str:
    """A MATCH expression for a phrase, as word pairs in the pair columns."""
    ws = phrase.split()
    return '{title_pairs body_pairs} : "%s"%s' % (" ".join(f"{a}_{b}" for a, b in zip(ws, ws[1:])), prefix)


@pytest.mark.parametrize("query, attempts", [
    ("ham kiem", [("phrase", pairs("ham kiem")), ("all_words", words("ham", "kiem"))]),
    ("Đầu tư", [("phrase", pairs("dau tu")), ("all_words", words("dau", "tu"))]),
    ("khoáng", [("phrase", words("khoang"))]),
    ("khoáng*", [("phrase", words("khoang") + " *")]),
    ('"khu cong nghiep" ham*', [("phrase", pairs("khu cong nghiep") + " AND " + words("ham") + " *")]),
    ("dau tu*", [("phrase", pairs("dau tu", " *")), ("all_words", words("dau", "tu") + " *")]),
    ('05-NQ/TU', [("phrase", pairs("05 nq tu")), ("all_words", words("05", "nq", "tu"))]),
    ('a OR NEAR( b', [("phrase", pairs("a or near b")), ("all_words", words("a", "or", "near", "b"))]),
])
def test_compile_query(query, attempts):
    assert list(compile_query(query).attempts()) == attempts


def test_empty_query_is_an_input_error():
    with pytest.raises(InputError):
        compile_query(' " -- " ')


def test_number_key_and_province():
    assert number_key("05 - NQ/TU") == number_key("05-NQ/TU") == "05-nq/tu"
    assert province_of("Ban Chấp hành Đảng bộ tỉnh Bình Thuận (khóa XIII)", "") == "Bình Thuận"
    assert province_of(None, "UBND TỈNH LÀO CAI\nSở Công Thương") == "Lào Cai"


# ---------------------------------------------------------------- search

@pytest.mark.parametrize("query, expected", [
    ("ham kiem", ["plan"]),
    ("Hàm Kiệm", ["plan"]),
    ("HAM KIEM", ["plan"]),
    ("khoang san", ["report", "resolution"]),
    ("05-NQ/TU", ["plan"]),
])
def test_search_with_and_without_diacritics(store, query, expected):
    assert sorted(paths(store.search(SearchQuery(query)))) == expected


def test_dau_tu_finds_dau_tu_with_d_stroke(store):
    results = store.search(SearchQuery("dau tu"))
    assert sorted(paths(results)) == ["plan", "resolution"]
    for r in results:
        assert r.match == "phrase"
        assert [h.text for h in r.hits] == ["đầu tư"]
        assert "«đầu tư»" in r.snippet


def test_hits_point_into_the_original_text(store):
    (r,) = store.search(SearchQuery("ham kiem"))
    assert [(h.start, h.end, h.text) for h in r.hits] == [
        (PLAN_TEXT.index("Hàm Kiệm"), PLAN_TEXT.index("Hàm Kiệm") + 8, "Hàm Kiệm")]
    assert PLAN_TEXT[r.snippet_start:r.snippet_end].replace("\n", " ").strip() in r.snippet.replace("«", "").replace("»", "")
    assert "«Hàm Kiệm»" in r.snippet


def test_words_apart_fall_back_to_all_words(store):
    (r,) = store.search(SearchQuery("ham kiem lap day"))
    assert paths([r]) == ["plan"]
    assert r.match == "all_words"
    # "đẩy" (push) folds to "day" too: without marks the two words are one
    assert {h.text for h in r.hits} == {"Hàm", "Kiệm", "lấp", "đầy", "đẩy"}


def test_nothing_found(store):
    assert store.search(SearchQuery("xyzzy")) == []


def test_bm25_orders_by_relevance(tmp_path):
    with SQLiteStore(tmp_path / "i.sqlite") as s:
        run = s.begin(["x"])
        s.upsert_document("/a.txt", "a", make_doc("khoáng sản " * 20 + "và các thứ khác"), run_id=run)
        s.upsert_document("/b.txt", "b", make_doc("một lần khoáng sản trong một văn bản dài " + "chữ " * 200),
                          run_id=run)
        # BM25 needs documents without the words to give them weight
        for i in range(3):
            s.upsert_document(f"/other{i}.txt", f"o{i}", make_doc("năng lượng tái tạo"), run_id=run)
        results = s.search(SearchQuery("khoang san"))
    assert paths(results) == ["a", "b"]
    assert results[0].score > results[1].score > 0


@pytest.mark.parametrize("filters, expected", [
    ({"kind": "report"}, ["report"]),
    ({"kind": "plan"}, []),
    ({"issuer": "lao cai"}, ["report"]),
    ({"issuer": "Tỉnh ủy"}, ["resolution"]),
    ({"year": 2026}, ["report"]),
    ({"year": 2020}, ["resolution"]),          # through its target due in 2020
    ({"indicator": "tang truong"}, ["resolution"]),
])
def test_search_filters(store, filters, expected):
    assert sorted(paths(store.search(SearchQuery("khoang san", **filters)))) == expected


@pytest.mark.parametrize("filters, expected", [
    ({"agency": "so cong thuong"}, ["plan"]),
    ({"project": "Hàm Kiệm"}, ["plan"]),
    ({"project": "ham kiem i"}, ["plan"]),
    ({"project": "Phan Thiết"}, []),
    ({"year": 2017}, ["plan"]),
    ({"year": 2020}, ["plan", "resolution"]),   # the plan's deadline, the resolution's target
])
def test_search_filters_on_facts(store, filters, expected):
    assert sorted(paths(store.search(SearchQuery("dau tu", **filters)))) == expected


def test_phrases_as_word_pairs(store):
    """Phrases are looked up as word pairs: prefixes, punctuation between words, no false pairs."""
    assert sorted(paths(store.search(SearchQuery("dau t*")))) == ["plan", "resolution"]
    assert paths(store.search(SearchQuery("khu cong nghiep ham kie*"))) == ["plan"]
    assert paths(store.search(SearchQuery("lap day dat"))) == ["plan"]        # "lấp đầy đạt"
    assert paths(store.search(SearchQuery("binh quan 9"))) == ["resolution"]  # "bình quân 9,5%"
    results = store.search(SearchQuery("tu cong"))    # no such phrase: the words anywhere
    assert results and {r.match for r in results} == {"all_words"}


def test_heads_first_for_common_words(tmp_path):
    """When enough heads (titles, headings, names) match, they are the results; else the texts rank."""
    many = "khoáng sản " * 30
    with SQLiteStore(tmp_path / "i.sqlite") as s:
        run = s.begin(["x"])
        s.upsert_document("/body.txt", "b", make_doc(f"Báo cáo. {many}", title="Báo cáo tháng"), run_id=run)
        for i in range(3):
            s.upsert_document(f"/head{i}.txt", f"h{i}",
                              make_doc("Quản lý khoáng sản trên địa bàn.", title="về quản lý khoáng sản"),
                              run_id=run)
        for i in range(3):
            s.upsert_document(f"/other{i}.txt", f"o{i}", make_doc("năng lượng tái tạo"), run_id=run)
        heads = s.search(SearchQuery("khoang san", limit=3))
        everything = s.search(SearchQuery("khoang san", limit=4))
    assert sorted(paths(heads)) == ["head0", "head1", "head2"]
    assert paths(everything)[0] == "body" and len(everything) == 4
    assert all(r.hits and r.hit_count for r in heads + everything)


def test_common_words_filter_instead_of_ranking(tmp_path):
    """A word in more than half of the documents still has to be there, but only the rarer words rank."""
    with SQLiteStore(tmp_path / "i.sqlite") as s:
        run = s.begin(["x"])
        s.upsert_document("/rare2.txt", "r2", make_doc("Đầu tư. Khoáng sản, khoáng sản. Tư liệu."), run_id=run)
        s.upsert_document("/rare1.txt", "r1", make_doc("Đầu tư. Khoáng sản và nhiều chữ khác nữa."), run_id=run)
        s.upsert_document("/no_dau.txt", "n", make_doc("Khoáng sản, không có chữ kia."), run_id=run)
        for i in range(4):
            s.upsert_document(f"/other{i}.txt", f"o{i}", make_doc("Đầu tư năng lượng tái tạo."), run_id=run)
        results = s.search(SearchQuery("san dau"))      # "đầu" is in 6 documents of 7
    assert paths(results) == ["rare2", "rare1"]
    assert {r.match for r in results} == {"all_words"}
    assert [h.text for h in results[0].hits] == ["Đầu", "sản", "sản"]


def test_replacing_and_deleting_leave_no_words_behind(tmp_path):
    """doc_fts keeps no text: a replaced or deleted document's words must go all the same."""
    def vocabulary(db):
        c = sqlite3.connect(db)
        c.execute("CREATE VIRTUAL TABLE temp.v USING fts5vocab(main, doc_fts, instance)")
        rows = sorted(c.execute("SELECT term, col, offset FROM temp.v"))
        c.close()
        return rows

    with SQLiteStore(tmp_path / "a.sqlite") as s:
        run = s.begin(["x"])
        s.upsert_document("/docs/plan.txt", "1", plan(), run_id=run)
        s.upsert_document("/docs/report.txt", "2", report(), run_id=run)
        s.upsert_document("/docs/plan.txt", "3", resolution(), run_id=run)
        assert s.delete_document("/docs/report.txt")
    with SQLiteStore(tmp_path / "b.sqlite") as s:
        s.upsert_document("/docs/plan.txt", "3", resolution(), run_id=s.begin(["x"]))
    assert vocabulary(tmp_path / "a.sqlite") == vocabulary(tmp_path / "b.sqlite")
    assert table_rows(tmp_path / "a.sqlite", "SELECT count(*) FROM head_fts") == [(1,)]
    assert table_rows(tmp_path / "a.sqlite", "SELECT n.fold FROM names n JOIN doc_names d ON d.name_id = n.id"
                                             " WHERE n.kind = 'indicator'") == [("toc do tang truong cong nghiep",)]


def test_limit(store):
    assert len(store.search(SearchQuery("khoang san", limit=1))) == 1


# ---------------------------------------------------------------- listings

def test_targets_listing(store):
    rows = store.targets(TargetQuery())
    assert {(r.indicator, r.value, r.unit, r.year) for r in rows} == {
        ("tỷ lệ lấp đầy khu công nghiệp", 50.0, "%", 2020),
        ("tốc độ tăng trưởng công nghiệp", 9.5, "%/năm", 2020)}
    assert [r.number for r in store.targets(TargetQuery(indicator="lap day"))] == ["12/KH-UBND"]
    assert [r.value for r in store.targets(TargetQuery(unit="%/nam"))] == [9.5]
    assert [r.value for r in store.targets(TargetQuery(province="binh thuan", unit="%"))] == [50.0]
    assert store.targets(TargetQuery(province="Lào Cai")) == []
    assert store.targets(TargetQuery(year=2030)) == []
    for r in rows:
        text = PLAN_TEXT if r.number == "12/KH-UBND" else RESOLUTION_TEXT
        assert text[r.start:r.end] == r.text


def test_agencies_listing(store):
    (row,) = store.agencies(AgencyQuery(name="so cong thuong"))
    assert (row.agency, row.number, row.section, row.role, row.source) == (
        "Sở Công Thương", "12/KH-UBND", "I", "lead", "explicit")
    assert PLAN_TEXT[row.start:row.end] == row.task
    assert store.agencies(AgencyQuery(name="bo tai chinh")) == []
    assert store.agencies(AgencyQuery(role="support")) == []


def test_seed_extraction_round_trip(tmp_path):
    seed = json.loads(SEED.read_text(encoding="utf-8"))
    with SQLiteStore(tmp_path / "i.sqlite") as s:
        run = s.begin(["seed"])
        s.upsert_document("/seed.txt", "h", seed, run_id=run)
        assert len(s.targets(TargetQuery())) == len(seed["targets"])
        n_assignments = sum(len(t["assignments"]) for t in seed["tasks"])
        assert len(s.agencies(AgencyQuery())) == n_assignments
        (hit,) = s.search(SearchQuery("ham kiem"))
        assert hit.hits and all(h.text.lower() == "hàm kiệm" for h in hit.hits)
        rows = s.targets(TargetQuery(province="Bình Thuận"))
        assert rows and all(seed["document"]["text"][r.start:r.end] == r.text for r in rows)


def test_task_texts_are_not_copied(store):
    """Task and assignment evidence is read back from the document text through the views."""
    db = Path(store.path)
    task = "Sở Công Thương chủ trì đẩy nhanh đầu tư hạ tầng Khu công nghiệp Hàm Kiệm I đến năm 2020."
    assert table_rows(db, "SELECT text FROM tasks") == [(None,)]
    assert table_rows(db, "SELECT text FROM task_spans") == [(task,)]
    assert table_rows(db, "SELECT agency, text FROM assignment_spans") == [("Sở Công Thương", task)]


# ---------------------------------------------------------------- replacing, links, errors

def table_rows(db: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(db) as c:
        return c.execute(sql).fetchall()


def test_links_between_indexed_documents(tmp_path):
    db = tmp_path / "i.sqlite"
    with SQLiteStore(db) as s:
        run = s.begin(["x"])
        s.upsert_document("/docs/plan.txt", "p", plan(), run_id=run)       # cites 05-NQ/TU: not indexed yet
        assert table_rows(db, "SELECT * FROM links") == []
        s.upsert_document("/docs/resolution.txt", "r", resolution(), run_id=run)
        expected = [("/docs/plan.txt", "/docs/resolution.txt", "05-NQ/TU", "05-NQ/TU")]
        sql = ("SELECT a.path, b.path, l.number, l.text FROM links l JOIN documents a ON a.id = l.src_doc_id"
               " JOIN documents b ON b.id = l.dst_doc_id")
        assert table_rows(db, sql) == expected
        s.upsert_document("/docs/resolution.txt", "r2", resolution(), run_id=run)   # replaced: relinked
        assert table_rows(db, sql) == expected
        assert s.delete_document("/docs/resolution.txt")
        assert table_rows(db, "SELECT * FROM links") == []
        assert not s.delete_document("/docs/resolution.txt")


def test_replacing_a_document_removes_its_old_rows(store, tmp_path):
    db = Path(store.path)
    changed = make_doc("Kế hoạch mới về năng lượng tái tạo.\n", number="12/KH-UBND", kind="plan")
    store.upsert_document("/docs/plan.txt", "h-plan-2", changed, run_id=store.begin(["again"]))
    assert store.search(SearchQuery("ham kiem")) == []
    assert paths(store.search(SearchQuery("nang luong"))) == ["plan"]
    assert store.agencies(AgencyQuery(name="so cong thuong")) == []
    assert [r.number for r in store.targets(TargetQuery(indicator="lap day"))] == []
    assert table_rows(db, "SELECT count(*) FROM documents") == [(3,)]
    assert table_rows(db, "SELECT count(*) FROM doc_fts") == [(3,)]
    assert table_rows(db, "SELECT sha256 FROM documents WHERE path = '/docs/plan.txt'") == [("h-plan-2",)]


def test_a_failing_write_leaves_the_old_document(store, monkeypatch):
    def boom(*args, **kwargs):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(SQLiteStore, "_link", staticmethod(boom))
    with pytest.raises(StoreError, match="database or disk is full"):
        store.upsert_document("/docs/plan.txt", "h-new", make_doc("mới"), run_id=1)
    monkeypatch.undo()
    assert store.known_hashes()["/docs/plan.txt"] == "h-plan"
    assert paths(store.search(SearchQuery("ham kiem"))) == ["plan"]


def test_not_an_index(tmp_path):
    bad = tmp_path / "notes.sqlite"
    bad.write_bytes(b"this is not a database, just some bytes " * 100)
    with pytest.raises(StoreError, match="cannot open the index"):
        SQLiteStore(bad)
    with pytest.raises(InputError, match="no index at"):
        SQLiteStore(tmp_path / "missing.sqlite", create=False)


def test_wal_mode(store):
    assert table_rows(Path(store.path), "PRAGMA journal_mode") == [("wal",)]
