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


@pytest.fixture(autouse=True)
def vietnamese(monkeypatch):
    """Messages in Vietnamese, whatever the locale of the machine running the tests."""
    monkeypatch.setenv("NLPOLICY_LANG", "vi")


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
                                             " WHERE n.kind = 'indicator'") == [(" toc do tang truong cong nghiep ",)]


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
    with pytest.raises(StoreError, match="không mở được chỉ mục"):
        SQLiteStore(bad)
    with pytest.raises(InputError, match="không có chỉ mục tại"):
        SQLiteStore(tmp_path / "missing.sqlite", create=False)


def test_wal_mode(store):
    assert table_rows(Path(store.path), "PRAGMA journal_mode") == [("wal",)]


# ---------------------------------------------------------------- one document, one entry

# An invented plan long enough to be compared by its words (MIN_SHINGLES runs of words).
LONG_PLAN = ("ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ\nSố: 45/KH-UBND\nKẾ HOẠCH phát triển cụm công nghiệp\n"
             "I. NHIỆM VỤ\n1. Sở Công Thương chủ trì, phối hợp với Ủy ban nhân dân huyện Cam Lộ rà soát quy hoạch "
             "các cụm công nghiệp, đề xuất điều chỉnh diện tích phù hợp với nhu cầu của nhà đầu tư trong năm 2026.\n"
             "2. Sở Tài chính cân đối nguồn vốn ngân sách tỉnh để hỗ trợ đầu tư hạ tầng kỹ thuật cụm công nghiệp "
             "Cam Hiếu, bảo đảm hoàn thành đường giao thông nội bộ và hệ thống xử lý nước thải trước năm 2027.\n"
             "3. Ban Quản lý các khu kinh tế tỉnh hướng dẫn doanh nghiệp thủ tục đầu tư, môi trường và đất đai.\n"
             "4. Sở Nông nghiệp và Môi trường thẩm định hồ sơ giao đất, cho thuê đất để thực hiện dự án trong cụm "
             "công nghiệp; kiểm tra việc chấp hành pháp luật về bảo vệ môi trường của các cơ sở sản xuất.\n"
             "5. Sở Xây dựng hướng dẫn lập quy hoạch chi tiết xây dựng, cấp phép xây dựng các công trình hạ tầng "
             "dùng chung; phối hợp với Công an tỉnh bảo đảm an toàn phòng cháy, chữa cháy.\n"
             "6. Ủy ban nhân dân các huyện, thị xã, thành phố bố trí quỹ đất tái định cư, vận động nhân dân bàn giao "
             "mặt bằng đúng tiến độ; báo cáo kết quả thực hiện về Sở Công Thương trước ngày 15 tháng 12 hằng năm "
             "để tổng hợp, báo cáo Ủy ban nhân dân tỉnh.\n"
             "II. TỔ CHỨC THỰC HIỆN\nCác sở, ban, ngành và địa phương căn cứ nhiệm vụ được giao xây dựng kế hoạch "
             "cụ thể, tổ chức triển khai thực hiện nghiêm túc, hiệu quả; trong quá trình thực hiện nếu có khó khăn, "
             "vướng mắc kịp thời phản ánh về Sở Công Thương để tổng hợp, báo cáo Ủy ban nhân dân tỉnh xem xét.\n")


def _plan_like(text: str, **kw) -> dict:
    return make_doc(text, kind="plan", issuer="UBND tỉnh Quảng Trị",
                    agencies=[(a, a) for a in ("Sở Công Thương", "Sở Tài chính") if a in text],
                    tasks=[("Sở Tài chính cân đối nguồn vốn ngân sách tỉnh", "Sở Tài chính")], **kw)


def _grouped(db_store: SQLiteStore) -> list[list[str]]:
    """The files of each document, the one that speaks for it first."""
    rows = db_store._conn.execute("SELECT group_id, canonical, path FROM documents ORDER BY group_id, canonical DESC,"
                                  " path").fetchall()
    groups: dict[int, list[str]] = {}
    for gid, _, path in rows:
        groups.setdefault(gid, []).append(Path(path).name)
    return sorted(groups.values())


@pytest.mark.parametrize("second, same", [
    # the .docx of the same text, read with other line breaks and with the "_" of a word segmenter
    (LONG_PLAN.replace("\n", " \n\n"), True),
    (LONG_PLAN.replace("Ủy ban nhân dân", "Ủy_ban nhân_dân").replace("cụm công nghiệp", "cụm công_nghiệp"), True),
    # a copy with a few words changed and a line added: near-identical
    (LONG_PLAN.replace("năm 2026", "năm 2025").replace("Cam Hiếu", "Cam Hiếu 2") + "Nơi nhận: như trên.\n", True),
    # another plan of the same province: most of its words are other words
    ("ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ\nSố: 46/KH-UBND\nKẾ HOẠCH phát triển du lịch\nI. NHIỆM VỤ\n"
     "1. Sở Văn hóa, Thể thao và Du lịch chủ trì xây dựng sản phẩm du lịch biển Cửa Tùng, du lịch sinh thái "
     "vùng gò đồi, quảng bá điểm đến trên các nền tảng số trong năm 2026.\n2. Sở Tài chính cân đối nguồn vốn "
     "ngân sách tỉnh để hỗ trợ đầu tư hạ tầng kỹ thuật cụm công nghiệp Cam Hiếu.\n", False),
], ids=["line breaks", "word-segmented", "a few words changed", "another plan"])
def test_same_text_in_two_files_is_one_document(tmp_path, second, same):
    with SQLiteStore(tmp_path / "i.sqlite") as s:
        run = s.begin(["x"])
        s.upsert_document("/docs/ke-hoach-45.txt", "a", _plan_like(LONG_PLAN), run_id=run)
        s.upsert_document("/docs/ke-hoach-45.docx", "b", _plan_like(second), run_id=run)
        found = s.search(SearchQuery("ngan sach tinh", limit=10))
        if same:
            assert _grouped(s) == [["ke-hoach-45.docx", "ke-hoach-45.txt"]]
            assert [r.files for r in found] == [("/docs/ke-hoach-45.docx", "/docs/ke-hoach-45.txt")]
            assert s.copies() == 1
            assert len(s.agencies(AgencyQuery(name="so tai chinh"))) == 1
            assert s.same_document("/docs/ke-hoach-45.txt") == ["/docs/ke-hoach-45.docx", "/docs/ke-hoach-45.txt"]
        else:
            assert _grouped(s) == [["ke-hoach-45.docx"], ["ke-hoach-45.txt"]]
            assert sorted(len(r.files) for r in found) == [1, 1] and s.copies() == 0


@pytest.mark.parametrize("other, same", [
    ({"number": "12/KH-UBND", "date": "2017-03-01", "issuer": "UBND tỉnh Bình Thuận"}, True),
    ({"number": "12/KH-UBND", "date": "2017-03-01", "issuer": "UBND tỉnh Lào Cai"}, False),   # another issuer
    ({"number": "12/KH-UBND", "date": "2018-03-01", "issuer": "UBND tỉnh Bình Thuận"}, False),  # another year
    ({"number": None, "date": "2017-03-01", "issuer": "UBND tỉnh Bình Thuận"}, False),
])
def test_same_number_issuer_and_date_is_one_document(tmp_path, other, same):
    """A short text (an OCR'd scan of the plan, worded apart) is matched by its number, issuer and date."""
    scan = "KẾ HOẠCH số 12/KH-UBND (bản chụp)\nSở Công Thương chủ trì Khu công nghiệp Hàm Kiệm I.\n"
    with SQLiteStore(tmp_path / "i.sqlite") as s:
        run = s.begin(["x"])
        s.upsert_document("/docs/plan.txt", "a", plan(), run_id=run)
        s.upsert_document("/docs/plan-scan.pdf", "b", make_doc(scan, **other), run_id=run)
        assert (len(_grouped(s)) == 1) == same
        if same:       # the .txt speaks for it, before the PDF
            assert [r.files for r in s.search(SearchQuery("ham kiem"))] == [("/docs/plan.txt", "/docs/plan-scan.pdf")]


def test_grouping_does_not_depend_on_the_order_and_survives_deletions(tmp_path):
    copies = {"/d/a.pdf": LONG_PLAN.replace("\n", "\n\n"), "/d/b.docx": LONG_PLAN, "/d/c.txt": LONG_PLAN + "\n"}
    for order in (["/d/a.pdf", "/d/b.docx", "/d/c.txt"], ["/d/c.txt", "/d/a.pdf", "/d/b.docx"]):
        db = tmp_path / f"{order[0][3]}.sqlite"
        with SQLiteStore(db) as s:
            run = s.begin(["x"])
            for path in order:
                s.upsert_document(path, path, _plan_like(copies[path]), run_id=run)
            assert _grouped(s) == [["b.docx", "a.pdf", "c.txt"]]
            assert s.delete_document("/d/b.docx")                 # the .txt speaks for it now
            assert _grouped(s) == [["c.txt", "a.pdf"]]
            assert [r.path for r in s.search(SearchQuery("ngan sach"))] == ["/d/c.txt"]
            s.upsert_document("/d/c.txt", "changed", make_doc(REPORT_TEXT * 3), run_id=run)   # another text
            assert _grouped(s) == [["a.pdf"], ["c.txt"]]
            assert s.delete_document("/d/a.pdf") and s.delete_document("/d/c.txt")
            assert s._conn.execute("SELECT count(*) FROM doc_groups").fetchone() == (0,)
            assert s._conn.execute("SELECT count(*) FROM group_sketch").fetchone() == (0,)


def test_many_copies_are_filtered_in_sql(tmp_path, monkeypatch):
    """Past OVERFETCH_COPIES the copies are dropped by the query itself: the same results."""
    import nlpolicy.store.sqlite as sq

    with SQLiteStore(tmp_path / "i.sqlite") as s:
        run = s.begin(["x"])
        for i in range(4):
            s.upsert_document(f"/d/copy{i}.txt", str(i), _plan_like(LONG_PLAN), run_id=run)
        s.upsert_document("/d/plan.txt", "p", plan(), run_id=run)
        overfetched = s.search(SearchQuery("dau tu", limit=5))
        monkeypatch.setattr(sq, "OVERFETCH_COPIES", 1)
        assert s.search(SearchQuery("dau tu", limit=5)) == overfetched
        assert sorted(len(r.files) for r in overfetched) == [1, 4]


# ---------------------------------------------------------------- whole words, places, segmented text

PLACES = [
    ("/d/huyen.txt", "UBND huyện Mèo Vạc", "Ủy ban nhân dân huyện Mèo Vạc chủ trì xây dựng nông thôn mới.",
     [("Ủy ban nhân dân huyện Mèo Vạc", "Ủy ban nhân dân huyện Mèo Vạc")]),
    ("/d/chuyen.txt", "UBND tỉnh Hà Giang", "Sở Thông tin và Truyền thông chủ trì chuyển đổi số nông thôn mới.",
     [("Sở Thông tin và Truyền thông", "Sở Thông tin và Truyền thông")]),
    ("/d/chuyen2.txt", "Ban Chỉ đạo chuyên đề", "Tổ công tác chuyên trách nông thôn mới của Ban Chỉ đạo chuyên đề.",
     [("Tổ công tác chuyên trách", "Tổ công tác chuyên trách")]),
    ("/d/laocai.txt", "UBND tỉnh Lào Cai", "Sở Nông nghiệp và Môi trường tỉnh Lào Cai hướng dẫn nông thôn mới; "
     "UBND huyện Bảo Thắng phối hợp.", [("UBND huyện Bảo Thắng", "UBND huyện Bảo Thắng")]),
]


@pytest.fixture()
def places(tmp_path):
    s = SQLiteStore(tmp_path / "p.sqlite")
    run = s.begin(["x"])
    for path, issuer, text, agencies in PLACES:
        s.upsert_document(path, path, make_doc(text, issuer=issuer, agencies=agencies,
                                               tasks=[(text, agencies[0][0])]), run_id=run)
    yield s
    s.close()


@pytest.mark.parametrize("filters, expected", [
    ({"issuer": "huyen"}, ["huyen"]),                 # not "chuyên đề"
    ({"agency": "huyen"}, ["huyen", "laocai"]),       # not "chuyển", "chuyên trách"
    ({"agency": "huyện mèo vạc"}, ["huyen"]),
    ({"agency": "meo"}, ["huyen"]),
    ({"agency": "me"}, []),                           # a whole word only
    ({"agency": "chuyen"}, ["chuyen2"]),              # "chuyên trách", not "chuyển"
    ({"province": "ha giang"}, ["chuyen"]),
    ({"province": "Lào Cai"}, ["laocai"]),
    ({"province": "cai"}, ["laocai"]),
    ({"district": "meo vac"}, ["huyen"]),             # issued there
    ({"district": "huyen bao thang"}, ["laocai"]),    # names one of its bodies
    ({"district": "bao thang"}, ["laocai"]),
    ({"district": "lao cai"}, []),                    # a province, not a district
])
def test_name_filters_match_whole_words(places, filters, expected):
    assert sorted(paths(places.search(SearchQuery("nong thon moi", **filters)))) == expected


@pytest.mark.parametrize("name, expected", [
    ("huyen", ["Ủy ban nhân dân huyện Mèo Vạc", "UBND huyện Bảo Thắng"]),
    ("chuyen", ["Tổ công tác chuyên trách"]),
    ("so thong tin", ["Sở Thông tin và Truyền thông"]),
    ("thong tin va truyen", ["Sở Thông tin và Truyền thông"]),
    ("truyen thong so", []),
])
def test_agencies_listing_matches_whole_words(places, name, expected):
    assert sorted({r.agency for r in places.agencies(AgencyQuery(name=name))}) == sorted(expected)


def test_district_of_documents(places):
    rows = dict(places._conn.execute("SELECT path, district FROM documents"))
    assert rows == {"/d/huyen.txt": "Mèo Vạc", "/d/chuyen.txt": None, "/d/chuyen2.txt": None, "/d/laocai.txt": None}


def test_word_segmented_text_is_found_with_spaces(tmp_path):
    """A word segmenter's "_" is a space in the index: "ủy ban" finds "Ủy_ban nhân_dân"."""
    text = "Ủy_ban nhân_dân tỉnh giao Sở Kế_hoạch và Đầu_tư chủ_trì thẩm_định các dự_án khoáng_sản .\n"
    with SQLiteStore(tmp_path / "i.sqlite") as s:
        run = s.begin(["x"])
        s.upsert_document("/d/seg.txt", "s", make_doc(text, issuer="Ủy_ban nhân_dân tỉnh Long_An",
                                                      agencies=[("Sở Kế_hoạch và Đầu_tư", "Sở Kế_hoạch và Đầu_tư")]),
                          run_id=run)
        for query in ("ủy ban", "uy ban nhan dan", "khoang san", "chủ trì thẩm định"):
            found = s.search(SearchQuery(query))
            assert paths(found) == ["seg"], query
        assert [h.text for h in s.search(SearchQuery("ủy ban nhân dân"))[0].hits] == ["Ủy_ban nhân_dân"]
        assert paths(s.search(SearchQuery("du an", agency="so ke hoach va dau tu", issuer="uy ban nhan dan"))) == ["seg"]
        assert paths(s.search(SearchQuery("du an", province="long an"))) == ["seg"]


# ---------------------------------------------------------------- citation numbers with dots

@pytest.mark.parametrize("text, numbers", [
    ("Căn cứ Nghị quyết số 66.4/2025/NQ-CP ngày 12/3/2025 của Chính phủ", ["66.4/2025/NQ-CP"]),
    ("theo Nghị quyết 66.12/2025/NQ-CP và Quyết định số 1.234/QĐ-UBND", ["66.12/2025/NQ-CP", "1.234/QĐ-UBND"]),
    ("Thông tư số 32/2024/TT-BTC; Kế hoạch 134/KH-UBND", ["32/2024/TT-BTC", "134/KH-UBND"]),
    ("tỷ lệ đạt 9.5/10 điểm", []),                                  # no code after the slash
    ("hết năm 2025. 4/KH-UBND đã ban hành", ["4/KH-UBND"]),          # a sentence's full stop is no dot of it
    ("mã 12.34.5/2025/NQ-CP", []),                                    # never the tail of a longer number
    # a line wrapped after the hyphen, and an "&" inside an issuer's code
    ("thay thế Quyết định số 18/2023/QĐ- UBND ngày 5/4/2023", ["18/2023/QĐ- UBND"]),
    ("Công văn số 512/SXD-QH&KT ngày 3/2/2025", ["512/SXD-QH&KT"]),
    ("Quyết định số 7/QĐ- tỉnh", ["7/QĐ"]),                           # no code after the wrap: the number alone
])
def test_citation_numbers_with_dots_stay_whole(text, numbers):
    from nlpolicy import regexes as rx
    assert [m.group(0) for m in rx.STATE_NUMBER.finditer(text)] == numbers


def test_dotted_number_links_in_the_index(tmp_path):
    decree = make_doc("NGHỊ QUYẾT về phát triển khoa học và công nghệ.\n", number="66.4/2025/NQ-CP",
                      kind="resolution", date="2025-03-12", issuer="Chính phủ")
    plan_text = "KẾ HOẠCH thực hiện Nghị quyết số 66.4/2025/NQ-CP của Chính phủ.\n"
    with SQLiteStore(tmp_path / "i.sqlite") as s:
        run = s.begin(["x"])
        s.upsert_document("/d/nq.txt", "n", decree, run_id=run)
        s.upsert_document("/d/kh.txt", "k", make_doc(plan_text, citations=["66.4/2025/NQ-CP"]), run_id=run)
        links = s._conn.execute("SELECT s.path, d.path, l.number FROM links l JOIN documents s ON s.id = l.src_doc_id"
                                " JOIN documents d ON d.id = l.dst_doc_id").fetchall()
    assert links == [("/d/kh.txt", "/d/nq.txt", "66.4/2025/NQ-CP")]
    assert number_key("66.4/2025/NQ-CP") == "66.4/2025/nq-cp"
