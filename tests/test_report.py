"""The report: matrix model, workbook, Word table, CSV, checklists, calendars, page.

The fixtures under tests/data/report/ are hand-made (see build_seed.py there):
the seed resolution with the gold assignments and targets, an invented report
and links between them.  They do not come from the extractor, so these tests
check the rendering, not the extraction.
"""
from __future__ import annotations

import copy
import doctest
import io
import json
import os
import re
import zipfile
from datetime import date, datetime, timezone
from pathlib import Path

import pytest
from _stubs import Stub

from nlpolicy.errors import OutputExistsError
from nlpolicy.report import render, render_files
from nlpolicy.report.matrix import build_matrix, parse_deadline
from nlpolicy.report.status import UNKNOWN

DATA = Path(__file__).parent / "data" / "report"
GOLDEN = Path(__file__).parent / "golden" / "report"
NOW = datetime(2026, 5, 1, 8, 30, tzinfo=timezone.utc)
LATER = datetime(2026, 6, 2, 9, 45, 12, tzinfo=timezone.utc)
UBND = "Ủy ban nhân dân tỉnh"


def load(name: str) -> dict:
    return json.loads((DATA / name).read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def seed() -> dict:
    return load("seed_extraction.json")


@pytest.fixture(scope="module")
def inputs() -> tuple[list[dict], dict]:
    return [load("seed_extraction.json"), load("seed_report_extraction.json")], \
        load("seed_links.json")


@pytest.fixture(scope="module")
def files(inputs) -> dict[str, bytes]:
    extractions, links = inputs
    return render_files(extractions, links, NOW)


# ---------------------------------------------------------------- fixtures are sound

def test_fixture_offsets_point_at_their_text(inputs):
    extractions, _ = inputs
    bad = []
    for ex in extractions:
        text = ex["document"]["text"]
        spans = [*ex["sections"], *ex["targets"], *ex["deadlines"], *ex["projects"],
                 *ex["tasks"], *(m for a in ex["agencies"] for m in a["mentions"])]
        bad += [s for s in spans if "text" in s and text[s["start"]:s["end"]] != s["text"]]
    assert bad == []
    assert extractions[0]["note"].startswith("Hand-made for nlpolicy's report tests")


# ---------------------------------------------------------------- model

@pytest.mark.parametrize("value, relation, label, due", [
    ("2019-07-01", "before", "trước 01/07/2019", "2019-06-30"),   # the day before
    ("2019-01-01", "before", "trước 01/01/2019", "2018-12-31"),
    ("2019-07-01", "by", "01/07/2019", "2019-07-01"),
    ("2020", "by", "2020", "2020-12-31"),
    ("2016/2020", "during", "2016–2020", "2020-12-31"),
    ("2017-09", "by", "tháng 09/2017", "2017-09-30"),
    ("2026-Q2", "by", "quý II/2026", "2026-06-30"),
    ("yearly", "every", "Hằng năm", None),
    ("yearly:12-10", "every", "Hằng năm (trước ngày 10/12)", None),
    ("monthly:25", "every", "Hằng tháng (trước ngày 25)", None),
    ("half-yearly", "every", "Định kỳ 6 tháng", None),
    ("2026-H1", "by", "6 tháng đầu năm 2026", "2026-06-30"),
    ("2019-02-30", "by", "30/02/2019", None),   # impossible date: shown, not scheduled
    ("2027-03-08/2027-03-31", "during", "08/03/2027 – 31/03/2027", "2027-03-31"),   # a campaign's days
    ("2026-12/2027-05", "during", "tháng 12/2026 – tháng 05/2027", "2027-05-31"),
])
def test_parse_deadline(value, relation, label, due):
    d = parse_deadline(value, relation)
    assert d.label == label
    assert (d.due.isoformat() if d.due else None) == due


def column_of(m, task_key: str, agency: str, role: str):
    """The matrix cell an extraction's assignment went to (a merged collective, a group)."""
    row = next(t for t in m.tasks if t.key == task_key or task_key in
               tuple(f"{t.doc}:{i}" for i in t.ids))
    return next((c for c in row.cells if agency in c.names and c.role == role), None)


def test_matrix_holds_every_task_and_assignment(seed):
    m = build_matrix([seed])
    assert [t.id for t in m.tasks] == [t["id"] for t in seed["tasks"]]
    missing = [(raw["id"], a["agency"], a["role"]) for raw in seed["tasks"]
               for a in raw["assignments"]
               if (c := column_of(m, f"0:{raw['id']}", a["agency"], a["role"])) is None
               or c.source != a["source"]]
    assert missing == []
    named = {n for a in m.agencies for n in a.members}
    assert named == {a["agency"] for t in seed["tasks"] for a in t["assignments"]}
    # the district committees, named together in III.1, are one column
    assert "Huyện ủy, Thị ủy, Thành ủy" in [a.name for a in m.agencies]
    # without a report nothing is claimed about progress
    assert {t.status for t in m.tasks} == {UNKNOWN}


def test_inferred_cells_are_lower_case_and_cite_their_basis(seed):
    m = build_matrix([seed])
    row = next(t for t in m.tasks if t.id == "II.4.4#2")
    assert row.letters(UBND) == "c" and row.letters("Các bộ, ngành Trung ương") == "P"
    inferred = row.cells_of(UBND)[0]
    own, basis = inferred.evidence
    assert own.highlights == ()                         # the task names no agency
    assert basis.note == "suy luận từ mục III.2"
    assert basis.where == "mục III.2"
    s, e = basis.highlights[0]
    assert basis.text[s:e] == UBND
    support = row.cells_of("Các bộ, ngành Trung ương")[0].evidence[0]
    s, e = support.highlights[0]
    assert support.text[s:e] == "bộ, ngành Trung ương"




def test_status_comes_from_the_link_stage_with_its_evidence(inputs):
    extractions, links = inputs
    report = extractions[1]["document"]
    quote = "đã ban hành kế hoạch di dời các cơ sở sản xuất gây ô nhiễm"
    start = report["text"].index(quote)
    statuses = {"II.4.7#2": Stub("Hoàn thành", report["path"], quote, start, start + len(quote),
                                 "Báo cáo 12-BC/BCSĐ")}
    m = build_matrix(extractions, links, statuses=statuses, as_of=date(2026, 5, 1))
    row = next(t for t in m.tasks if t.id == "II.4.7#2")
    assert row.status == "Hoàn thành"
    assert row.status_detail == (f"Báo cáo 12-BC/BCSĐ: “{quote}”",)
    assert row.status_evidence.doc == 1 and row.status_evidence.text == quote
    assert row.status_evidence.where.startswith("mục I.3")
    assert {t.status for t in m.tasks if t.id != "II.4.7#2"} == {UNKNOWN}
    assert m.status_known


def test_links_give_reported_values(inputs):
    extractions, links = inputs
    m = build_matrix(extractions, links)
    growth = next(t for t in m.targets if t.doc == 0 and t.value == 9.5)
    assert (growth.reported.value, growth.status) == (10.2, "đạt")
    export = next(t for t in m.targets if t.doc == 0 and t.value == 300)
    assert (export.reported.value, export.status) == (280, "không đạt")
    s, e = export.reported.evidence.highlights[0]
    assert export.reported.evidence.text[s:e] == "280"
    s, e = growth.evidence.highlights[0]
    assert growth.evidence.text[s:e] == "9,5"


def test_checklist_is_ordered_by_deadline_undated_last(inputs):
    m = build_matrix(*inputs)
    items = m.checklist(UBND)
    kinds = [0 if it.task.deadline and it.task.deadline.due else
             1 if it.task.deadline else 2 for it in items]
    assert kinds == sorted(kinds) and kinds[-1] == 2
    dues = [it.task.deadline.due for it in items if it.task.deadline and it.task.deadline.due]
    assert dues == sorted(dues) and len(dues) == 3


# ---------------------------------------------------------------- workbook

def test_xlsx_reads_back_as_the_extraction(files, inputs):
    from openpyxl import load_workbook
    from nlpolicy.report.xlsx import (APPENDIX_SHEET, MATRIX_SHEET, SOURCES_SHEET,
                                      TARGETS_SHEET)
    extractions, _ = inputs
    m = build_matrix(*inputs)
    wb = load_workbook(io.BytesIO(files["matrix.xlsx"]))
    names = wb.sheetnames
    assert names[:3] == [MATRIX_SHEET, APPENDIX_SHEET, TARGETS_SHEET]
    assert names[-1] == SOURCES_SHEET
    agency_sheets = names[3:-1]
    assert len(agency_sheets) == len(m.agencies)
    assert len({n.casefold() for n in names}) == len(names)
    assert all(len(n) <= 31 and not re.search(r"[\[\]:*?/\\]", n) for n in names)
    assert "UBND tỉnh" in agency_sheets

    ws = wb[MATRIX_SHEET]
    header = [c.value for c in ws[4]]
    assert header[:6] == ["STT", "Văn bản", "Mục", "Nhiệm vụ", "Thời hạn", "Tình trạng"]
    levels = [c.value for c in ws[3]][6:]
    assert levels[0] == "Cấp tỉnh" and "Các cơ quan chung" in levels
    col = {name: i + 1 for i, name in enumerate(header)}
    rows = {ws.cell(r, 3).value + "|" + ws.cell(r, 4).value: r for r in range(5, ws.max_row + 1)}
    problems = []
    drawn = [(i, ex) for i, ex in enumerate(extractions) if not m.documents[i].reports]
    assert [i for i, _ in drawn] == [0]         # a report gives status, its rows are no tasks
    for doc_i, ex in drawn:
        for task in ex["tasks"]:
            t = next(t for t in m.tasks if t.key == f"{doc_i}:{task['id']}")
            row = rows.get(f"{t.section}|{t.text}")
            if row is None:
                problems.append(("missing row", task["id"]))
                continue
            for a in task["assignments"]:
                column = column_of(m, t.key, a["agency"], a["role"]).agency
                cell = ws.cell(row, col[column])
                letter = {"lead": "C", "support": "P", "report_to": "B"}[a["role"]]
                inferred = a["source"] == "inferred"
                if (letter.lower() if inferred else letter) not in cell.value.split("/"):
                    problems.append(("letter", task["id"], a["agency"], cell.value))
                grey = cell.font.color is not None and cell.font.color.rgb == "00808080"
                if inferred != bool(cell.font.i) or inferred != grey or inferred == cell.font.b:
                    problems.append(("style", task["id"], a["agency"]))
                if cell.comment is None or column not in cell.comment.text:
                    problems.append(("comment", task["id"], a["agency"]))
    assert problems == []
    assert ws.max_row - 4 == len(m.tasks) == sum(len(ex["tasks"]) for _, ex in drawn)
    assert "suy luận" in ws["A2"].value

    for sheet in (ws, wb[TARGETS_SHEET], wb[agency_sheets[0]], wb[SOURCES_SHEET],
                  wb[APPENDIX_SHEET]):
        assert sheet.freeze_panes is not None
        assert sheet.page_setup.orientation == "landscape"
        assert str(sheet.page_setup.paperSize) == "9"          # A4
        assert sheet.sheet_properties.pageSetUpPr.fitToPage
    for sheet in (wb[TARGETS_SHEET], wb[agency_sheets[0]], wb[SOURCES_SHEET]):
        assert sheet.freeze_panes.endswith("4") and sheet.auto_filter.ref.startswith("A3:")
        assert sheet.print_title_rows == "$3:$3"
    assert ws.freeze_panes == "G5" and ws.print_title_rows == "$3:$4"
    assert ws.cell(5, 4).alignment.wrap_text
    assert ws.column_dimensions["D"].width >= 40

    tws = wb[TARGETS_SHEET]
    theader = [c.value for c in tws[3]]
    trow = {(tws.cell(r, 2).value, tws.cell(r, 7).value, tws.cell(r, 9).value): r
            for r in range(4, tws.max_row + 1)}
    n_targets = sum(len(ex["targets"]) for ex in extractions)
    assert tws.max_row - 3 == n_targets
    for t in extractions[0]["targets"]:
        assert (t["section"], t["value"], t["year"]) in trow, t
    r = trow[("II.3.2", 9.5, 2020)]
    assert tws.cell(r, theader.index("Giá trị báo cáo mới nhất") + 1).value == 10.2
    assert tws.cell(r, theader.index("Tình trạng") + 1).value == "đạt"
    assert tws.cell(r, theader.index("Nguồn số liệu báo cáo") + 1).value == "Báo cáo 12-BC/BCSĐ"

    ubnd = wb["UBND tỉnh"]
    assert ubnd["A1"].value.endswith(UBND)
    assert ubnd.max_row - 3 == len(m.checklist(UBND))
    assert ubnd.cell(4, 2).value == "trước 01/07/2019"

    src = wb[SOURCES_SHEET]
    assert "nlpolicy 0.1.0" in src["A2"].value and "Chưa có thông tin" in src["A2"].value
    assert "nlpolicy 0.1.0" in src["A2"].value and "2026-05-01 08:30 UTC" in src["A2"].value
    assert src.cell(5, 3).value == "12-BC/BCSĐ"


def test_sheet_names_are_safe_and_unique():
    from nlpolicy.report.xlsx import sheet_names
    names = sheet_names(["Nguồn", "Sở Tài nguyên và Môi trường tỉnh Lào Cai [cũ]",
                         "Sở Tài nguyên và Môi trường tỉnh Lào Cai [mới]", "A/B:C*D?", "",
                         "ma trận phân công"])
    # never cut inside a word ("... tỉn"): at a space, then numbered when two agree
    assert names == ["Nguồn (2)", "Sở Tài nguyên và Môi trường", "Sở Tài nguyên và Môi trường (2)",
                     "A-B-C-D-", "Cơ quan", "ma trận phân công (2)"]


# ---------------------------------------------------------------- Word

def test_docx_is_an_assignment_appendix(files, inputs):
    import docx
    from docx.enum.section import WD_ORIENT
    from nlpolicy.report.appendix import COLUMNS
    m = build_matrix(*inputs)
    d = docx.Document(io.BytesIO(files["matrix.docx"]))
    sec = d.sections[0]
    assert sec.orientation == WD_ORIENT.LANDSCAPE and sec.page_width > sec.page_height
    assert abs(sec.page_width.cm - 29.7) < 0.1 and abs(sec.page_height.cm - 21.0) < 0.1
    assert d.paragraphs[0].text == "PHỤ LỤC"
    assert "PHÂN CÔNG NHIỆM VỤ" in d.paragraphs[1].text
    # page numbers: Word's PAGE and NUMPAGES fields in the footer
    footer = sec.footer.paragraphs[0]._p.xml
    assert "PAGE" in footer and "NUMPAGES" in footer and "Trang" in sec.footer.paragraphs[0].text
    (table,) = d.tables
    assert [c.text for c in table.rows[0].cells] == list(COLUMNS) == [
        "STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp",
        "Thời gian hoàn thành", "Sản phẩm", "Tiến độ / Tình trạng", "Ghi chú"]
    assert table.rows[0]._tr.trPr.xpath("./w:tblHeader")        # repeated on each page
    task_rows = [r for r in table.rows[1:] if r.cells[0].text.isdigit()]
    assert len(task_rows) == len(m.tasks)
    problems = []
    for row, t in zip(task_rows, m.tasks):
        texts = [c.text for c in row.cells]
        if texts[1] != t.text:
            problems.append(("text", t.id))
        if "suy luận" in texts[2] + texts[3]:          # never inside the official cells
            problems.append(("inferred in an agency cell", t.id))
        for c in t.cells:
            if c.inferred:
                where = texts[7]
            else:
                where = {"lead": texts[2], "support": texts[3], "report_to": texts[7]}[c.role]
            if c.agency not in where:
                problems.append((t.id, c.agency, c.role))
        if texts[4] != (t.deadline.label if t.deadline else ""):
            problems.append(("deadline", t.id, texts[4]))
        if not texts[6].startswith(t.status):
            problems.append(("status", t.id, texts[6]))
    assert problems == []
    inferred_row = next(r for r, t in zip(task_rows, m.tasks) if t.id == "II.4.4#2")
    assert "Suy luận (giao chung ở mục III.2)" in inferred_row.cells[7].text
    assert "chủ trì Ủy ban nhân dân tỉnh" in inferred_row.cells[7].text
    assert inferred_row.cells[2].text == ""
    group_rows = [r.cells[0].text for r in table.rows[1:] if not r.cells[0].text.isdigit()]
    assert "III. TỔ CHỨC THỰC HIỆN" in group_rows
    assert d.core_properties.created == NOW


def test_one_file_per_agency_to_send_out(files, inputs):
    import docx
    from openpyxl import load_workbook
    m = build_matrix(*inputs)
    for a in m.agencies:
        n = len(m.checklist(a.name))
        d = docx.Document(io.BytesIO(files[f"phu-luc/{a.slug}.docx"]))
        rows = [r for r in d.tables[0].rows[1:] if r.cells[0].text.isdigit()]
        assert len(rows) == n, a.name
        assert any(a.name in p.text for p in d.paragraphs)
        wb = load_workbook(io.BytesIO(files[f"phu-luc/{a.slug}.xlsx"]))
        assert wb.sheetnames == ["Phụ lục", "Việc cần làm"]
        assert wb["Việc cần làm"].max_row - 3 == n
        assert f"checklists/{a.slug}.md" in files


# ---------------------------------------------------------------- golden files

def golden(name: str, data: bytes) -> None:
    """Compare with tests/golden/report/<name>.

    NLPOLICY_UPDATE_GOLDEN=1 rewrites the golden file instead of comparing, so
    it can be refreshed when the renderers or fixtures change on purpose
    (review the diff before committing it).
    """
    path = GOLDEN / name
    if os.environ.get("NLPOLICY_UPDATE_GOLDEN") == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        return
    assert path.exists(), f"{path} missing: run with NLPOLICY_UPDATE_GOLDEN=1 once"
    assert data.decode("utf-8") == path.read_bytes().decode("utf-8")


def test_golden_matrix_csv(files):
    data = files["matrix.csv"]
    assert data.startswith(b"\xef\xbb\xbf")            # BOM: Excel reads it as UTF-8
    assert b"\r\n" in data
    golden("matrix.csv", data)


def test_golden_checklist(files):
    golden("uy-ban-nhan-dan-tinh.md", files["checklists/uy-ban-nhan-dan-tinh.md"])


def test_csv_rows_match_the_matrix(files, inputs):
    import csv
    m = build_matrix(*inputs)
    rows = list(csv.reader(io.StringIO(files["matrix.csv"].decode("utf-8-sig"))))
    header, body = rows[0], rows[1:]
    assert len(body) == len(m.tasks)
    for line, t in zip(body, m.tasks):
        assert line[3] == t.id
        for a in m.agencies:
            assert line[header.index(a.name)] == t.letters(a.name)


# ---------------------------------------------------------------- calendar

def unfold(ics: str) -> list[str]:
    return ics.replace("\r\n ", "").split("\r\n")


def test_ics_is_rfc5545_shaped(files):
    raw = files["calendar/uy-ban-nhan-dan-tinh.ics"]
    text = raw.decode("utf-8")
    assert text.startswith("BEGIN:VCALENDAR\r\n") and text.endswith("END:VCALENDAR\r\n")
    assert all(len(line.encode("utf-8")) <= 75 for line in text.split("\r\n"))
    lines = unfold(text)
    assert lines.count("BEGIN:VEVENT") == lines.count("END:VEVENT") == 3
    assert {line for line in lines if line.startswith("DTSTAMP:")} == {"DTSTAMP:20260501T083000Z"}
    starts = [line for line in lines if line.startswith("DTSTART")]
    # "trước 01/7/2019": the last day is 30/06
    assert starts == ["DTSTART;VALUE=DATE:20190630", "DTSTART;VALUE=DATE:20201231",
                      "DTSTART;VALUE=DATE:20251231"]
    assert lines.count("BEGIN:VALARM") == 3 and "TRIGGER:-P7D" in lines
    uids = [line for line in lines if line.startswith("UID:")]
    assert len(set(uids)) == 3
    # agencies with no dated task get no calendar (a VCALENDAR needs a component)
    assert "calendar/dang-doan.ics" not in files and "checklists/dang-doan.md" in files


def test_ics_uids_are_stable_across_runs(inputs, files):
    later = render_files(*inputs, LATER)["calendar/uy-ban-nhan-dan-tinh.ics"].decode()
    uid = lambda t: [x for x in unfold(t) if x.startswith("UID:")]  # noqa: E731
    assert uid(later) == uid(files["calendar/uy-ban-nhan-dan-tinh.ics"].decode())
    assert "DTSTAMP:20260602T094512Z" in later


# ---------------------------------------------------------------- writing

def test_refuses_to_overwrite_without_force(tmp_path, inputs):
    out = tmp_path / "out"
    out.mkdir()
    mine = out / "index.html"
    mine.write_text("my own page", encoding="utf-8")
    with pytest.raises(OutputExistsError, match="--force"):
        render(*inputs, out, force=False, now=NOW)
    assert sorted(p.name for p in out.rglob("*")) == ["index.html"]   # nothing written
    assert mine.read_text(encoding="utf-8") == "my own page"

    written = render(*inputs, out, force=True, now=NOW)
    assert mine.read_bytes().startswith(b"<!DOCTYPE html>")
    assert {p.relative_to(out).as_posix() for p in written} >= {
        "matrix.xlsx", "index.html", "matrix.docx", "matrix.csv", "extraction.json",
        "links.json", "checklists/uy-ban-nhan-dan-tinh.md", "calendar/uy-ban-nhan-dan-tinh.ics"}
    assert not list(out.rglob("*.tmp"))
    with pytest.raises(OutputExistsError):
        render(*inputs, out, force=False, now=LATER)


def test_extraction_json_is_the_contract_input(files, inputs):
    extractions, _ = inputs
    assert json.loads(files["extraction.json"]) == extractions


def test_same_input_same_bytes(inputs, files):
    again = render_files(*inputs, NOW)
    assert again.keys() == files.keys()
    assert [k for k in files if files[k] != again[k]] == []


def test_only_the_timestamp_differs_between_runs(inputs, files):
    later = render_files(*inputs, LATER)
    stamps = {NOW: ("2026-05-01 08:30 UTC", "20260501T083000Z", "2026-05-01T08:30:00"),
              LATER: ("2026-06-02 09:45 UTC", "20260602T094512Z", "2026-06-02T09:45:12")}

    def neutral(blob: bytes, when) -> dict[str, bytes]:
        if blob[:2] == b"PK":
            z = zipfile.ZipFile(io.BytesIO(blob))
            parts = {n: z.read(n) for n in z.namelist()}
        else:
            parts = {"": blob}
        out = {}
        for name, data in parts.items():
            for s in stamps[when]:
                data = data.replace(s.encode(), b"<STAMP>")
            out[name] = data
        return out

    diff = [k for k in files if neutral(files[k], NOW) != neutral(later[k], LATER)]
    assert diff == []
    assert files["index.html"] != later["index.html"]


# ---------------------------------------------------------------- HTML safety

def test_html_escapes_document_text(seed):
    evil = "<script>alert('x')</script> & </script><!-- "
    ex = copy.deepcopy(seed)
    text = ex["document"]["text"]
    start = len(text) + 1
    ex["document"]["text"] = text + "\n" + evil + "Sở <b>Xây dựng</b> chủ trì."
    end = len(ex["document"]["text"])
    ex["tasks"].append({"id": "X#1", "section": "III.5", "text": ex["document"]["text"][start:end],
                        "start": start, "end": end, "deadline": None,
                        "assignments": [{"agency": "Sở <b>Xây dựng</b>", "role": "lead",
                                         "source": "explicit"}]})
    page = render_files([ex], None, NOW)["index.html"].decode("utf-8")
    assert "<script>alert" not in page and "<b>Xây dựng</b>" not in page
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp;" in page
    assert "Sở &lt;b&gt;Xây dựng&lt;/b&gt;" in page
    assert page.count("<script") == 2 and page.count("</script>") == 2
    block = re.search(r'<script type="application/json" id="report-data">(.*?)</script>',
                      page, re.S).group(1)
    assert "<" not in block and "&" not in block
    data = json.loads(block)
    assert any(evil in data["texts"][item["t"]] for items in data["evidence"].values()
               for item in items)


def test_html_is_self_contained(files):
    page = files["index.html"].decode("utf-8")
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)
    assert "@import" not in page and "<link" not in page
    assert page.count('class="cell role-') >= 30


# ---------------------------------------------------------------- command

def test_command_writes_the_report(tmp_path, monkeypatch, capsys):
    from nlpolicy.cli import main
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(int(NOW.timestamp())))
    out = tmp_path / "r"
    args = ["report", str(DATA / "seed_extraction.json"), str(DATA / "seed_report_extraction.json"),
            "--links", str(DATA / "seed_links.json"), "--out", str(out)]
    assert main(args) == 0
    assert "index.html" in capsys.readouterr().out
    assert (out / "matrix.csv").read_bytes() == (GOLDEN / "matrix.csv").read_bytes()
    # the same inputs again: the files there are the report, nothing is laid out or written
    stamps = {p: p.stat().st_mtime_ns for p in out.rglob("*") if p.is_file()}
    assert main(args) == 0
    assert capsys.readouterr().out.count("index.html") == 1
    assert {p: p.stat().st_mtime_ns for p in out.rglob("*") if p.is_file()} == stamps
    # a file the user edited since is theirs: refused without --force, and kept
    (out / "corrections.csv").write_text("task,agency\nmy edit\n", encoding="utf-8")
    assert main(args) == OutputExistsError.exit_code
    assert "--force" in capsys.readouterr().err
    assert (out / "corrections.csv").read_text(encoding="utf-8") == "task,agency\nmy edit\n"
    assert main(args + ["--force", "-q"]) == 0
    assert (out / "matrix.csv").read_bytes() == (GOLDEN / "matrix.csv").read_bytes()


def test_command_takes_a_folder_and_finds_the_resolution(tmp_path, monkeypatch):
    from nlpolicy.cli import main
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1777624200")
    folder = tmp_path / "docs"
    folder.mkdir()
    # the report sorts first by name; the resolution must still lead
    (folder / "a_report.json").write_bytes((DATA / "seed_report_extraction.json").read_bytes())
    (folder / "b_resolution.json").write_bytes((DATA / "seed_extraction.json").read_bytes())
    out = tmp_path / "out"
    assert main(["report", str(folder), "--out", str(out), "-q"]) == 0
    written = json.loads((out / "extraction.json").read_text(encoding="utf-8"))
    assert [d["document"]["kind"] for d in written] == ["resolution", "report"]
    assert main(["report", str(folder), "--resolution", str(folder / "a_report.json"),
                 "--out", str(tmp_path / "out2"), "-q"]) == 0
    written = json.loads((tmp_path / "out2" / "extraction.json").read_text(encoding="utf-8"))
    assert written[0]["document"]["kind"] == "report"


def test_command_reports_bad_input(tmp_path, capsys):
    from nlpolicy.cli import main
    bad = tmp_path / "x.json"
    bad.write_text("{}", encoding="utf-8")
    assert main(["report", str(bad), "--out", str(tmp_path / "o")]) == 2
    assert "nlpolicy.extraction/1" in capsys.readouterr().err
    assert main(["report", str(tmp_path / "none.txt"), "--out", str(tmp_path / "o")]) == 2
    assert not (tmp_path / "o").exists()


# ---------------------------------------------------------------- doctests

@pytest.mark.parametrize("module", ["matrix", "checklist", "html", "xlsx", "columns",
                                    "corrections", "status"])
def test_doctests(module):
    import importlib
    mod = importlib.import_module(f"nlpolicy.report.{module}")
    result = doctest.testmod(mod)
    assert result.attempted > 0 and result.failed == 0


# ---------------------------------------------------------------- with the real extractor

@pytest.mark.slow
def test_report_of_the_extracted_seed(tmp_path):
    """End to end on the corpus seed: whatever the extractor finds is drawn, row for row."""
    from openpyxl import load_workbook
    from nlpolicy.commands.report import _extract_to_dict
    seed_txt = Path(__file__).parents[1] / "corpus" / "000_3cffab5bee4fe395.txt"
    try:
        ex = _extract_to_dict(str(seed_txt))
    except ModuleNotFoundError as exc:          # the extractor is not in this checkout yet
        pytest.skip(f"extractor unavailable: {exc}")
    render([ex], None, tmp_path, force=False, now=NOW)
    ws = load_workbook(tmp_path / "matrix.xlsx")["Ma trận phân công"]
    m = build_matrix([ex])
    assert ws.max_row - 4 == len(m.tasks) > 0
    assert [ws.cell(r, 3).value for r in range(5, ws.max_row + 1)] == [t.section for t in m.tasks]
    assert {i for t in m.tasks for i in t.ids} == {t["id"] for t in ex["tasks"]}
    header = [c.value for c in ws[4]]
    assert {c.agency for t in m.tasks for c in t.cells} <= set(header)
