"""Golden tests for the report-side defects of issue 12, on documents invented for them.

Each test names the defect it guards.  The plan below is written for these tests in the style
of the genre (a body that states its tasks, a phụ lục table that repeats one of them); it is not
a corpus document, and its extraction is built by hand so that the report is tested, not the
extractor.  Golden files are under tests/golden/report/ (NLPOLICY_UPDATE_GOLDEN=1 rewrites
them; review the diff).
"""
from __future__ import annotations

import csv
import io
import json
import os
import re
from datetime import date, datetime, timezone
from pathlib import Path

import pytest
from _stubs import Stub

from nlpolicy.report import build, files_of, render_files
from nlpolicy.report.matrix import build_matrix

GOLDEN = Path(__file__).parent / "golden" / "report"
NOW = datetime(2026, 5, 1, 8, 30, tzinfo=timezone.utc)

PLAN = """\
ỦY BAN NHÂN DÂN TỈNH
KẾ HOẠCH
Thực hiện Nghị quyết số 12-NQ/TU về phát triển kinh tế số

I. NHIỆM VỤ
1. Sở Tài chính chủ trì xây dựng đề án phát triển kinh tế số của tỉnh giai đoạn 2026 - 2030, trình Ủy ban nhân dân tỉnh trước ngày 20/12/2025.
2. Các sở, ngành định kỳ 6 tháng báo cáo kết quả thực hiện Kế hoạch.
3. Các sở, ban, ngành, các huyện ủy, thị ủy, thành ủy trước ngày 20 hằng tháng gửi báo cáo tiến độ về Văn phòng Tỉnh ủy.
4. Đẩy mạnh thu hút đầu tư vào hạ tầng số, trung tâm dữ liệu của tỉnh; hằng năm rà soát danh mục dự án.
II. TỔ CHỨC THỰC HIỆN
Ủy ban nhân dân tỉnh chủ trì tổ chức thực hiện Kế hoạch này.
PHỤ LỤC
STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian | Sản phẩm | Ghi chú
1 | Xây dựng đề án phát triển kinh tế số của tỉnh giai đoạn 2026 - 2030 | Sở Tài chính | Sở Khoa học và Công nghệ | 2025 | Quyết định của Ủy ban nhân dân tỉnh | Ưu tiên
"""


def span(text: str, needle: str, after: int = 0) -> tuple[int, int]:
    s = text.index(needle, after)
    return s, s + len(needle)


def plan_extraction() -> dict:
    """The contract dict of PLAN, by hand."""
    text = PLAN

    def line(prefix: str) -> tuple[int, int]:
        s = text.index("\n" + prefix) + 1
        return s, text.index("\n", s)

    def task(tid, section, prefix, deadline, assignments, cell=None):
        s, e = line(prefix)
        if cell:                       # a table row's task is its "Nhiệm vụ" cell
            s, e = span(text, cell, s)
        out = []
        for agency, role, source, said in assignments:
            a = {"agency": agency, "role": role, "source": source}
            if said:
                ms, me = span(text, said, s)
                a.update({"text": said, "start": ms, "end": me})
            out.append(a)
        return {"id": tid, "section": section, "text": text[s:e], "start": s, "end": e,
                "deadline": deadline, "assignments": out}

    sec_i = text.index("I. NHIỆM VỤ")
    sec_ii = text.index("II. TỔ CHỨC")
    sec_pl = text.index("PHỤ LỤC")
    sections = [{"id": "I", "heading": "NHIỆM VỤ", "start": sec_i, "end": sec_ii, "level": 1}]
    for n in range(1, 5):
        s, e = line(f"{n}. ")
        sections.append({"id": f"I.{n}", "heading": "", "start": s, "end": e + 1, "level": 2})
    sections += [
        {"id": "II", "heading": "TỔ CHỨC THỰC HIỆN", "start": sec_ii, "end": sec_pl, "level": 1},
        {"id": "PL1", "heading": "PHỤ LỤC", "start": sec_pl, "end": len(text), "level": 1},
        {"id": "PL1.1", "heading": "", "start": line("1 | ")[0], "end": len(text), "level": 2}]
    tasks = [
        task("I.1#1", "I.1", "1. ", "2025-12-20",
             [("Sở Tài chính", "lead", "explicit", "Sở Tài chính")]),
        task("I.2#1", "I.2", "2. ", "half-yearly",
             [("Các sở, ngành", "lead", "explicit", "Các sở, ngành")]),
        task("I.3#1", "I.3", "3. ", "monthly:20",
             [("Các sở, ban, ngành", "lead", "explicit", "Các sở, ban, ngành"),
              ("Huyện ủy", "lead", "explicit", "huyện ủy"),
              ("Thị ủy", "lead", "explicit", "thị ủy"),
              ("Thành ủy", "lead", "explicit", "thành ủy"),
              ("Văn phòng Tỉnh ủy", "report_to", "explicit", "Văn phòng Tỉnh ủy")]),
        task("I.4#1", "I.4", "4. ", "yearly",
             [("Ủy ban nhân dân tỉnh", "lead", "inferred", None)]),
        task("PL1.1#1", "PL1.1", "1 | ", "2025",
             [("Sở Tài chính", "lead", "explicit", "Sở Tài chính"),
              ("Sở Khoa học và Công nghệ", "support", "explicit", "Sở Khoa học và Công nghệ")],
             cell="Xây dựng đề án phát triển kinh tế số của tỉnh giai đoạn 2026 - 2030"),
    ]
    deadlines = []
    for value, relation, said, after in (
            ("2025-12-20", "before", "trước ngày 20/12/2025", "1. "),
            ("half-yearly", "every", "định kỳ 6 tháng", "2. "),
            ("monthly:20", "every", "ngày 20 hằng tháng", "3. "),
            ("yearly", "every", "hằng năm", "4. "),
            ("2025", "by", "2025", "1 | ")):
        s, e = span(text, said, line(after)[0] + (70 if after == "1 | " else 0))
        sec = next(t["section"] for t in tasks if t["start"] <= line(after)[0] + 4 < t["end"]
                   or t["section"] == "PL1.1" and after == "1 | ")
        deadlines.append({"value": value, "relation": relation, "section": sec, "text": said,
                          "start": s, "end": e})
    names = sorted({a["agency"] for t in tasks for a in t["assignments"]})
    agencies = [{"name": n, "mentions": [{"text": a["text"], "start": a["start"], "end": a["end"]}
                                         for t in tasks for a in t["assignments"]
                                         if a["agency"] == n and "text" in a]} for n in names]
    return {"schema": "nlpolicy.extraction/1",
            "note": "Invented for nlpolicy's report tests; not a real document.",
            "document": {"path": "ke_hoach_kinh_te_so.txt", "kind": "plan", "number": "45/KH-UBND",
                         "date": "2025-03-10", "issuer": "Ủy ban nhân dân tỉnh",
                         "title": "Thực hiện Nghị quyết số 12-NQ/TU về phát triển kinh tế số",
                         "text": text},
            "sections": sections, "targets": [], "deadlines": deadlines, "projects": [],
            "agencies": agencies, "tasks": tasks}


@pytest.fixture(scope="module")
def plan() -> dict:
    return plan_extraction()


@pytest.fixture(scope="module")
def matrix(plan):
    return build_matrix([plan], as_of=date(2026, 5, 1))


@pytest.fixture(scope="module")
def files(plan) -> dict[str, bytes]:
    return render_files([plan], None, NOW, as_of=date(2026, 5, 1))


def golden(name: str, data: str) -> None:
    path = GOLDEN / name
    if os.environ.get("NLPOLICY_UPDATE_GOLDEN") == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data.encode("utf-8"))
        return
    assert path.exists(), f"{path} missing: run with NLPOLICY_UPDATE_GOLDEN=1 once"
    assert data == path.read_bytes().decode("utf-8")


def test_fixture_offsets_point_at_their_text(plan):
    text = plan["document"]["text"]
    spans = [*plan["tasks"], *plan["deadlines"],
             *(a for t in plan["tasks"] for a in t["assignments"] if "text" in a)]
    assert [s for s in spans if text[s["start"]:s["end"]] != s["text"]] == []


# ---------------------------------------------------------------- the phụ lục

def test_defect_body_task_and_its_appendix_row_are_one_row(matrix):
    """ "A body task and its appendix row appear twice." """
    rows = [(t.section, t.also) for t in matrix.tasks]
    assert rows == [("I.2", ()), ("I.3", ()), ("I.4", ()), ("PL1.1", ("I.1",))]
    merged = matrix.tasks[-1]
    assert merged.ids == ("PL1.1#1", "I.1#1")
    assert merged.product == "Quyết định của Ủy ban nhân dân tỉnh"   # from the table's cell
    assert merged.note == "Ưu tiên"
    assert {(c.agency, c.role) for c in merged.cells} == {
        ("Sở Tài chính", "lead"), ("Sở Khoa học và Công nghệ", "support")}


def test_defect_task_text_repeats_its_number(matrix):
    """ "1. Xây dựng ..." -> "Xây dựng ..." """
    assert [t.text.split()[0] for t in matrix.tasks] == ["Các", "Các", "Đẩy", "Xây"]


def test_defect_one_collective_several_columns(matrix):
    """ "Các sở, ngành" / "Các sở, ban, ngành" are one column; Huyện ủy, Thị ủy, Thành ủy
    named together are one group. """
    names = [a.name for a in matrix.agencies]
    assert "Các sở, ngành" not in names
    assert names.count("Các sở, ban, ngành") == 1
    assert "Huyện ủy, Thị ủy, Thành ủy" in names
    assert not {"Huyện ủy", "Thị ủy", "Thành ủy"} & set(names)
    sbn = matrix.agency("Các sở, ban, ngành")
    assert set(sbn.members) == {"Các sở, ngành", "Các sở, ban, ngành"}
    # by level: the province, its departments, then the collectives
    assert [a.level for a in matrix.agencies] == sorted(
        (a.level for a in matrix.agencies),
        key=["central", "province", "department", "local", "collective"].index)


def test_golden_appendix(files, matrix):
    """ "The Word appendix has STT, Nhiệm vụ, Chủ trì, Phối hợp, Thời hạn only: no Sản phẩm,
    no progress, no page numbers, and '(suy luận)' inside the official table." """
    import docx
    d = docx.Document(io.BytesIO(files["matrix.docx"]))
    table = d.tables[0]
    lines = ["\t".join(c.text.replace("\n", " / ") for c in row.cells) for row in table.rows]
    golden("phu-luc.tsv", "\n".join(lines) + "\n")
    assert len(table.columns) == 8
    for row in table.rows[1:]:
        if row.cells[0].text.isdigit():
            assert "suy luận" not in row.cells[2].text + row.cells[3].text
    inferred = next(r for r in table.rows if r.cells[1].text.startswith("Đẩy mạnh"))
    assert inferred.cells[2].text == ""
    assert "chủ trì Ủy ban nhân dân tỉnh" in inferred.cells[7].text
    footer = d.sections[0].footer.paragraphs[0]._p.xml
    assert "PAGE" in footer and "NUMPAGES" in footer


def test_appendix_sheet_has_the_eight_columns(files):
    from openpyxl import load_workbook
    wb = load_workbook(io.BytesIO(files["matrix.xlsx"]))
    ws = wb["Phụ lục"]
    assert [c.value for c in ws[3]] == ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì",
                                        "Cơ quan phối hợp", "Thời gian hoàn thành", "Sản phẩm",
                                        "Tiến độ / Tình trạng", "Ghi chú"]
    row = next(r for r in ws.iter_rows(min_row=4, values_only=True)
               if r[1] and r[1].startswith("Xây dựng đề án"))
    assert row[2:7] == ("Sở Tài chính", "Sở Khoa học và Công nghệ", "2025",
                        "Quyết định của Ủy ban nhân dân tỉnh", "Chưa có thông tin")
    assert "nhắc lại ở mục I.1" in row[7] and "Ưu tiên" in row[7]


def test_defect_grid_prints_too_small():
    """ "72 agency columns (A4 landscape at ~24%)": the grid prints at 60% or more, over
    pages, the task columns repeated on each. """
    from openpyxl import load_workbook
    text = "\n".join(f"{n}. Bộ số {n} chủ trì thực hiện nhiệm vụ thứ {n}." for n in range(1, 73))
    tasks, pos = [], 0
    for n in range(1, 73):
        s = text.index(f"{n}. Bộ", pos)
        e = text.index("\n", s) if n < 72 else len(text)
        tasks.append({"id": f"I.{n}#1", "section": f"I.{n}", "text": text[s:e], "start": s,
                      "end": e, "deadline": None,
                      "assignments": [{"agency": f"Bộ số {n}", "role": "lead",
                                       "source": "explicit"}]})
        pos = e
    ex = {"schema": "nlpolicy.extraction/1",
          "document": {"kind": "resolution", "number": "1-NQ/TW", "text": text},
          "sections": [], "tasks": tasks}
    from nlpolicy.report.xlsx import render_xlsx
    data = render_xlsx(build_matrix([ex]), NOW)
    ws = load_workbook(io.BytesIO(data))["Ma trận phân công"]
    assert ws.page_setup.scale >= 60
    assert not ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.print_title_cols == "$A:$F"
    breaks = [b.id for b in ws.col_breaks.brk]
    assert len(breaks) >= 3
    per_page = [b - a for a, b in zip([6] + breaks, breaks + [6 + 72])]
    assert max(per_page) <= 21


# ---------------------------------------------------------------- status



def test_defect_status_only_says_a_document_exists(plan):
    """The status column said "văn bản triển khai" / "chưa đối chiếu"; now it has the five
    words, each with its source document named by kind and number, and its quote."""
    stub = {"I.2#1": Stub("Quá hạn", "bao_cao.txt", "chưa gửi báo cáo 6 tháng", 0, 24,
                          "Báo cáo 88/BC-UBND")}
    m = build_matrix([plan], statuses=stub, as_of=date(2026, 5, 1))
    row = next(t for t in m.tasks if t.id == "I.2#1")
    assert row.status == "Quá hạn"
    assert row.status_detail == ("Báo cáo 88/BC-UBND: “chưa gửi báo cáo 6 tháng”",)
    assert {t.status for t in m.tasks if t.id != "I.2#1"} == {"Chưa có thông tin"}
    assert {t.status for t in build_matrix([plan]).tasks} == {"Chưa có thông tin"}


def test_status_stays_unknown_while_the_link_stage_has_none(monkeypatch):
    """Until nlpolicy.link.status exists, the report says so once and claims nothing."""
    import builtins
    from nlpolicy.report.status import task_statuses
    real = builtins.__import__

    def no_status(name, *args, **kwargs):
        if name == "nlpolicy.link.status":
            raise ImportError(name)
        return real(name, *args, **kwargs)
    monkeypatch.setattr(builtins, "__import__", no_status)
    got, why = task_statuses(object(), [object()], as_of=date(2026, 5, 1))
    assert got == {} and "Chưa có thông tin" in why


# ---------------------------------------------------------------- calendars

def test_golden_calendar_recurrence_reminders_and_the_day_before(files):
    """ "Calendars have no recurrence and no reminders; 'trước 01/7/2019' is an event on 01/07." """
    ics = files["calendar/cac-so-ban-nganh.ics"].decode("utf-8")
    lines = ics.replace("\r\n ", "").split("\r\n")
    rules = [x for x in lines if x.startswith(("DTSTART", "RRULE", "TRIGGER"))]
    # I.2 "định kỳ 6 tháng" and I.3 "trước ngày 20 hằng tháng", from the plan's date (10/03/2025)
    assert rules == ["DTSTART;VALUE=DATE:20250630", "RRULE:FREQ=MONTHLY;INTERVAL=6;BYMONTHDAY=-1",
                     "TRIGGER:-P7D",
                     "DTSTART;VALUE=DATE:20250319", "RRULE:FREQ=MONTHLY;BYMONTHDAY=19",
                     "TRIGGER:-P2D"]
    tc = files["calendar/so-tai-chinh.ics"].decode("utf-8")
    assert "DTSTART;VALUE=DATE:20251231" in tc        # the merged row's table deadline: 2025
    ubnd = files["calendar/uy-ban-nhan-dan-tinh.ics"].decode("utf-8")
    assert "RRULE:FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=31" in ubnd
    stamp = re.sub(r"DTSTAMP:\d{8}T\d{6}Z", "DTSTAMP:<run>", ics)
    golden("cac-so-ban-nganh.ics", stamp.replace("\r\n", "\n"))


@pytest.mark.parametrize("value, said_before, start, first, rule", [
    ("yearly", None, "2025-03-10", "2025-12-31", "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=31"),
    ("yearly:12-15", True, "2025-12-20", "2026-12-14", "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=14"),
    ("yearly:03-01", True, "2025-01-01", "2025-02-28", "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1"),
    ("yearly:06-30", False, "2025-01-01", "2025-06-30", "FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=30"),
    ("half-yearly", None, "2025-07-01", "2025-12-31", "FREQ=MONTHLY;INTERVAL=6;BYMONTHDAY=-1"),
    ("quarterly", None, "2025-04-02", "2025-06-30", "FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-1"),
    ("monthly", None, "2025-02-10", "2025-02-28", "FREQ=MONTHLY;BYMONTHDAY=-1"),
    ("monthly:25", True, "2025-02-25", "2025-03-24", "FREQ=MONTHLY;BYMONTHDAY=24"),
    ("monthly:05", False, "2025-02-01", "2025-02-05", "FREQ=MONTHLY;BYMONTHDAY=5"),
    ("monthly:01", True, "2025-02-10", "2025-02-28", "FREQ=MONTHLY;BYMONTHDAY=-1"),
    ("weekly", None, "2025-02-10", "2025-02-10", "FREQ=WEEKLY"),
])
def test_recurrence_table(value, said_before, start, first, rule):
    """Invented schedules: "hằng năm", "trước ngày 15/12 hằng năm", "trước ngày 01/3 hằng
    năm" (the last day of February), "định kỳ 6 tháng", "hằng quý", "hằng tháng", "trước ngày
    25 hằng tháng", "ngày 05 hằng tháng", "trước ngày 01 hằng tháng", "hằng tuần"."""
    from nlpolicy.report.checklist import recurrence
    from nlpolicy.report.matrix import parse_deadline
    day, got = recurrence(parse_deadline(value, "every", said_before), date.fromisoformat(start))
    assert (day.isoformat(), got) == (first, rule)


@pytest.mark.parametrize("name, level", [
    ("Bộ Kế hoạch và Đầu tư", "central"), ("Văn phòng Chính phủ", "central"),
    ("Bảo hiểm xã hội Việt Nam", "central"), ("Ủy ban nhân dân tỉnh", "province"),
    ("Ban Thường vụ Tỉnh ủy", "province"), ("Sở Nội vụ", "department"),
    ("Ban Dân tộc tỉnh", "department"), ("Công an tỉnh", "department"),
    ("Ủy ban nhân dân huyện Bắc Hà", "local"), ("Ủy ban nhân dân xã Tả Van", "local"),
    ("Các sở, ban, ngành", "collective"), ("Các cơ quan liên quan", "collective"),
])
def test_level_table(name, level):
    from nlpolicy.report.columns import level_of
    assert level_of(name) == level


@pytest.mark.parametrize("text, section, expected", [
    ("1. Rà soát quy hoạch", "PL2.1", "Rà soát quy hoạch"),
    ("a) Rà soát quy hoạch", "II.1.a", "Rà soát quy hoạch"),
    ("đ) Rà soát quy hoạch", "II.2.đ", "Rà soát quy hoạch"),
    ("2.3. Rà soát quy hoạch", "II.2.3", "Rà soát quy hoạch"),
    ("II. NHIỆM VỤ", "II", "NHIỆM VỤ"),
    ("3 - Rà soát quy hoạch", "I.3", "Rà soát quy hoạch"),
    ("2025 hoàn thành rà soát", "I.2025", "2025 hoàn thành rà soát"),
    ("5. Rà soát quy hoạch", "I.4", "5. Rà soát quy hoạch"),
    ("Rà soát quy hoạch", "I.4", "Rà soát quy hoạch"),
])
def test_number_not_repeated_table(text, section, expected):
    from nlpolicy.report.matrix import strip_number
    assert strip_number(text, section) == expected


def test_before_a_date_ends_the_day_before(plan):
    ex = json.loads(json.dumps(plan))
    ex["tasks"] = [t for t in ex["tasks"] if t["id"] == "I.1#1"]
    m = build_matrix([ex])
    d = m.tasks[0].deadline
    assert (d.label, d.due) == ("trước 20/12/2025", date(2025, 12, 19))
    ics = render_files([ex], None, NOW)["calendar/so-tai-chinh.ics"].decode()
    assert "DTSTART;VALUE=DATE:20251219" in ics and "ngày cuối: 19/12/2025" in ics.replace(
        "\r\n ", "")


# ---------------------------------------------------------------- corrections

def edit(rows: list[list[str]], match, column: str, value: str) -> None:
    head = rows[0]
    hits = [r for r in rows[1:] if match(dict(zip(head, r)))]
    assert hits, "no line to edit"
    for r in hits:
        r[head.index(column)] = value


def read_csv(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))


def write_csv(path: Path, rows) -> None:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    path.write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))


def test_golden_corrections_table(files):
    golden("corrections.csv", files["corrections.csv"].decode("utf-8-sig").replace("\r\n", "\n"))


def test_defect_corrections_do_not_stay(plan, files, tmp_path):
    """Edit a cell, run again: the cell stays and is marked manual in every output; run once
    more from the table that run wrote, with the documents read again: it still stays."""
    rows = read_csv(files["corrections.csv"])
    # a role: the inferred lead of I.4 confirmed, another agency added, one taken off
    edit(rows, lambda r: r["Mã"] == "I.4#1" and r["Cơ quan"] == "Ủy ban nhân dân tỉnh",
         "Vai trò", "C")
    added = list(next(r for r in rows[1:] if r[1] == "I.4#1"))    # a new line, same task
    added[rows[0].index("Cơ quan")] = "Sở Xây dựng"
    added[rows[0].index("Vai trò")] = "P"
    added[rows[0].index("Vai trò (máy đọc)")] = ""
    added[rows[0].index("Cơ quan (máy đọc)")] = ""
    rows.append(added)
    edit(rows, lambda r: r["Mã"] == "PL1.1#1" and r["Cơ quan"] == "Sở Khoa học và Công nghệ",
         "Vai trò", "")
    # task fields: a deadline, a status, a note
    edit(rows, lambda r: r["Mã"] == "I.2#1", "Thời hạn", "30/6/2026")
    edit(rows, lambda r: r["Mã"] == "I.3#1", "Tình trạng", "Đang thực hiện")
    edit(rows, lambda r: r["Mã"] == "PL1.1#1", "Ghi chú", "Đã giao Sở Tài chính")
    first = tmp_path / "corrections.csv"
    write_csv(first, rows)

    from nlpolicy.report.corrections import read_corrections

    def check(out: dict[str, bytes]) -> None:
        m_rows = {r[3]: r for r in read_csv(out["matrix.csv"])[1:]}
        head = read_csv(out["matrix.csv"])[0]
        i4 = m_rows["I.4#1"]
        assert i4[head.index("Ủy ban nhân dân tỉnh")] == "C✎"
        assert i4[head.index("Sở Xây dựng")] == "P✎"
        pl = m_rows["PL1.1#1"]
        assert pl[head.index("Sở Khoa học và Công nghệ")] == ""
        assert "bỏ Sở Khoa học và Công nghệ" in pl[head.index("Ghi chú")]
        assert m_rows["I.2#1"][head.index("Thời hạn")] == "30/06/2026 ✎"
        assert m_rows["I.3#1"][head.index("Tình trạng")] == "Đang thực hiện ✎"
        assert "Đã giao Sở Tài chính" in pl[head.index("Ghi chú")]
        # every output marks them
        page = out["index.html"].decode("utf-8")
        assert page.count('class="cell role-lead manual"') >= 1 and "Đang thực hiện ✎" in page
        md = out["checklists/uy-ban-nhan-dan-tinh.md"].decode("utf-8")
        assert "chủ trì (sửa thủ công)" in md
        import docx
        d = docx.Document(io.BytesIO(out["matrix.docx"]))
        cells = {r.cells[1].text: [c.text for c in r.cells] for r in d.tables[0].rows}
        i4_row = next(v for k, v in cells.items() if k.startswith("Đẩy mạnh"))
        assert i4_row[2] == "Ủy ban nhân dân tỉnh ✎" and i4_row[3] == "Sở Xây dựng ✎"
        assert "Sửa thủ công" in i4_row[7]
        from openpyxl import load_workbook
        ws = load_workbook(io.BytesIO(out["matrix.xlsx"]))["Ma trận phân công"]
        fills = {ws.cell(r, 4).value: ws.cell(r, 6) for r in range(5, ws.max_row + 1)}
        status = next(c for k, c in fills.items() if k.startswith("Các sở, ban"))
        assert status.value == "Đang thực hiện ✎" and status.fill.fgColor.rgb.endswith("FFF2CC")

    out1 = render_files([plan], None, NOW, corrections=read_corrections(first))
    check(out1)
    # the documents read again (a fresh extraction, same text) with the table run 1 wrote
    second = tmp_path / "corrections2.csv"
    second.write_bytes(out1["corrections.csv"])
    out2 = render_files([plan_extraction()], None, NOW, corrections=read_corrections(second))
    check(out2)
    # and the table of run 2 carries them again, unchanged
    assert out2["corrections.csv"] == out1["corrections.csv"]


def test_a_correction_can_put_another_agency_in_place(plan, files, tmp_path):
    from nlpolicy.report.corrections import read_corrections
    rows = read_csv(files["corrections.csv"])
    edit(rows, lambda r: r["Mã"] == "PL1.1#1" and r["Cơ quan"] == "Sở Khoa học và Công nghệ",
         "Cơ quan", "Sở Thông tin và Truyền thông")
    path = tmp_path / "c.csv"
    write_csv(path, rows)
    m = build([plan], corrections=read_corrections(path))
    row = next(t for t in m.tasks if t.id == "PL1.1#1")
    assert [(c.agency, c.role, c.source) for c in row.cells] == [
        ("Sở Tài chính", "lead", "explicit"), ("Sở Thông tin và Truyền thông", "support", "manual")]
    assert row.removed == (("Sở Khoa học và Công nghệ", "P"),)
    # and it stays: the table this run writes says so again
    again = tmp_path / "c2.csv"
    again.write_bytes(files_of(m, [plan], None, NOW)["corrections.csv"])
    m2 = build([plan_extraction()], corrections=read_corrections(again))
    assert next(t for t in m2.tasks if t.id == "PL1.1#1").cells == row.cells


def test_corrections_from_the_workbook(plan, files, tmp_path):
    from openpyxl import load_workbook
    from nlpolicy.report.corrections import read_corrections
    wb = load_workbook(io.BytesIO(files["corrections.xlsx"]))
    ws = wb["Sửa dữ liệu"]
    head = [c.value for c in ws[1]]
    r = next(r for r in range(2, ws.max_row + 1) if ws.cell(r, 2).value == "I.2#1")
    ws.cell(r, head.index("Tình trạng") + 1).value = "hoàn thành"     # any case, marks or none
    path = tmp_path / "sua.xlsx"
    wb.save(path)
    m = build([plan], corrections=read_corrections(path))
    row = next(t for t in m.tasks if t.id == "I.2#1")
    assert (row.status, row.manual) == ("Hoàn thành", ("status",))


@pytest.mark.parametrize("content, message", [
    ("a,b\n1,2\n", "not a corrections table"),
    (None, "status 'xong' is not one of"),
    (None, "role 'X' is not C, P or B"),
])
def test_bad_corrections_give_one_line(files, tmp_path, content, message, capsys):
    from nlpolicy.cli import main
    path = tmp_path / "c.csv"
    if content is None:
        rows = read_csv(files["corrections.csv"])
        if "status" in message:
            rows[1][rows[0].index("Tình trạng")] = "xong"
        else:
            rows[1][rows[0].index("Vai trò")] = "X"
        write_csv(path, rows)
    else:
        path.write_text(content, encoding="utf-8")
    plan_json = tmp_path / "plan.json"
    plan_json.write_text(json.dumps(plan_extraction(), ensure_ascii=False), encoding="utf-8")
    code = main(["report", str(plan_json), "--corrections", str(path), "--out",
                 str(tmp_path / "o")])
    err = capsys.readouterr().err
    assert code == 2 and message in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    assert not (tmp_path / "o").exists()


def test_a_correction_whose_task_is_gone_is_reported(plan, files, tmp_path):
    from nlpolicy.report.corrections import read_corrections
    rows = read_csv(files["corrections.csv"])
    rows[1][rows[0].index("Mã")] = "IX.9#9"
    rows[1][rows[0].index("Nhiệm vụ")] = "Một nhiệm vụ không còn trong văn bản nào cả"
    rows[1][rows[0].index("Tình trạng")] = "Hoàn thành"
    path = tmp_path / "c.csv"
    write_csv(path, rows)
    m = build([plan], corrections=read_corrections(path))
    assert any("task not found" in n for n in m.notes)


# ---------------------------------------------------------------- the page's search

def test_search_keys_hold_the_whole_task_and_its_agencies(files):
    page = files["index.html"].decode("utf-8")
    keys = re.findall(r'<tr data-key="[^"]+"[^>]* data-q="([^"]*)"', page)
    assert len(keys) == 4
    row = next(k for k in keys if "dau tu vao ha tang so" in k)
    assert "ra soat danh muc du an" in row                # beyond the shortened text
    assert "uy ban nhan dan tinh" in row                   # its (inferred) agency
    group = next(k for k in keys if "van phong tinh uy" in k)
    assert " thi uy" in group and " cac so ban nganh" in group


# ---------------------------------------------------------------- the command

def test_each_document_is_extracted_once(tmp_path, monkeypatch):
    """ "report extracts each document twice" (issue 13 too). """
    import nlpolicy.extract.pipeline as pipeline
    from nlpolicy.cli import main
    calls: list[str] = []
    real = pipeline.extract

    def counting(path):
        calls.append(Path(path).name)
        return real(path)
    monkeypatch.setattr(pipeline, "extract", counting)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(int(NOW.timestamp())))
    a = tmp_path / "nghi_quyet.txt"
    b = tmp_path / "ke_hoach.txt"
    a.write_text("TỈNH ỦY\nNGHỊ QUYẾT\nVề phát triển kinh tế số\n\nI. NHIỆM VỤ\n"
                 "1. Ủy ban nhân dân tỉnh chủ trì xây dựng đề án kinh tế số trước ngày 01/7/2026.\n",
                 encoding="utf-8")
    b.write_text(PLAN, encoding="utf-8")
    assert main(["report", str(a), str(b), "--out", str(tmp_path / "o"), "-q",
                 "--as-of", "15/01/2026"]) == 0
    assert sorted(calls) == ["ke_hoach.txt", "nghi_quyet.txt"]
    assert (tmp_path / "o" / "corrections.csv").exists()
    assert any((tmp_path / "o" / "phu-luc").glob("*.docx"))


def test_as_of_must_be_a_date(tmp_path, capsys):
    from nlpolicy.cli import main
    with pytest.raises(SystemExit) as exc:
        main(["report", "x.json", "--out", str(tmp_path), "--as-of", "mai"])
    assert exc.value.code == 2 and "not a date" in capsys.readouterr().err


def test_same_input_same_bytes_apart_from_the_timestamp(plan, files):
    again = render_files([plan], None, NOW, as_of=date(2026, 5, 1))
    assert [k for k in files if files[k] != again[k]] == []
    m = build([plan])
    assert files_of(m, [plan], None, NOW).keys() == files.keys()


def test_a_document_the_linker_leaves_out_is_named_and_not_drawn(plan, tmp_path, capsys,
                                                                   monkeypatch):
    """ "Adding an unrelated letter marks 44 rows 'văn bản triển khai', with no warning." """
    from nlpolicy.cli import main
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(int(NOW.timestamp())))
    letter = json.loads(json.dumps(plan))
    letter["document"].update({"path": "cong_van.txt", "kind": "other", "number": "77/UBND-KT"})
    res = tmp_path / "plan.json"
    other = tmp_path / "letter.json"
    res.write_text(json.dumps(plan, ensure_ascii=False), encoding="utf-8")
    other.write_text(json.dumps(letter, ensure_ascii=False), encoding="utf-8")
    message = ("Công văn 77/UBND-KT: không phải văn bản triển khai Kế hoạch 45/KH-UBND: "
               "không đối chiếu")
    links = {"schema": "nlpolicy.links/1", "resolution": {"path": "ke_hoach_kinh_te_so.txt"},
             "documents": [{"path": "cong_van.txt", "label": "Công văn 77/UBND-KT",
                            "counts": False}],
             "left_out": [{"path": "cong_van.txt", "label": "Công văn 77/UBND-KT",
                           "message": message}]}
    lk = tmp_path / "links.json"
    lk.write_text(json.dumps(links, ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "o"
    assert main(["report", str(res), str(other), "--links", str(lk), "--out", str(out)]) == 0
    assert message in capsys.readouterr().err
    rows = read_csv((out / "matrix.csv").read_bytes())
    assert {r[1] for r in rows[1:]} == {"Kế hoạch 45/KH-UBND"}
    assert message in (out / "index.html").read_text(encoding="utf-8")
