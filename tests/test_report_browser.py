"""index.html in a real headless Chromium (Debian's /usr/bin/chromium, driven by playwright).

Never ``playwright install``: the project's test command installs Debian's
chromium package; without it these tests are skipped.  The screenshot goes to
tests/artifacts/report.png (git-ignored); set NLPOLICY_UPDATE_SCREENSHOT=1 to
also refresh docs/report.png, the picture in the README.
"""
from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
from datetime import date, datetime, timezone
from pathlib import Path

import pytest
from _stubs import Stub

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data" / "report"
NOW = datetime(2026, 5, 1, 8, 30, tzinfo=timezone.utc)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path(CHROMIUM).exists(),
                       reason=f"{CHROMIUM} missing (apt-get install -y chromium)"),
]




QUOTE = "Ủy ban nhân dân tỉnh đã ban hành kế hoạch di dời các cơ sở sản xuất gây ô nhiễm"


def load(name: str) -> dict:
    return json.loads((DATA / name).read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def page_url(tmp_path_factory) -> str:
    from nlpolicy.report import render
    out = tmp_path_factory.mktemp("report")
    report = load("seed_report_extraction.json")
    start = report["document"]["text"].index(QUOTE)
    statuses = {"II.4.7#2": Stub("Hoàn thành", report["document"]["path"], QUOTE, start,
                                 start + len(QUOTE), "Báo cáo 12-BC/BCSĐ")}
    render([load("seed_extraction.json"), report], load("seed_links.json"), out, force=False,
           now=NOW, statuses=statuses, as_of=date(2026, 5, 1))
    return (out / "index.html").as_uri()


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser, page_url):
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    pg = context.new_page()
    messages: list[str] = []
    requests: list[str] = []
    pg.on("console", lambda m: messages.append(f"{m.type}: {m.text}") if m.type == "error" else None)
    pg.on("pageerror", lambda e: messages.append(f"pageerror: {e}"))
    pg.on("request", lambda r: requests.append(r.url))
    pg.goto(page_url)
    pg.wait_for_selector("#matrix tbody tr")
    pg.errors, pg.requests = messages, requests
    yield pg
    context.close()


def visible_rows(pg, table: str = "#matrix") -> int:
    return pg.locator(f"{table} tbody tr:visible").count()


def test_page_loads_offline_without_errors(page, page_url):
    assert page.errors == []
    assert page.requests == [page_url]          # nothing fetched beyond the file itself
    assert page.locator("#count").inner_text() == "18 / 18 nhiệm vụ"   # the report: no rows


def test_agency_filter_changes_the_rows(page):
    before = visible_rows(page)
    page.select_option("#f-agency", "cac-bo-nganh-trung-uong")
    assert visible_rows(page) == 2 < before
    sections = page.locator("#matrix tbody tr:visible td.sec").all_inner_texts()
    assert sections == ["II.4.4", "II.4.7"]
    # only the chosen agency's column stays
    assert page.locator("#matrix thead th.ag:visible").count() == 1
    page.select_option("#f-agency", "")
    assert visible_rows(page) == before
    assert page.errors == []


def test_section_status_deadline_and_text_filters(page):
    page.select_option("#f-section", "III")
    assert page.locator("#matrix tbody tr:visible td.sec").all_inner_texts() == [
        "III.1", "III.2", "III.3", "III.4", "III.5"]
    page.select_option("#f-section", "")
    page.select_option("#f-status", "Hoàn thành")
    assert page.locator("#matrix tbody tr:visible td.sec").all_inner_texts() == ["II.4.7"]
    page.select_option("#f-status", "")
    page.select_option("#f-deadline", "by:2020")
    assert page.locator("#matrix tbody tr:visible td.due").all_inner_texts() == [
        "2020", "trước 01/07/2019"]
    page.select_option("#f-deadline", "")
    page.fill("#f-text", "ham kiem")             # no diacritics needed
    assert page.locator("#matrix tbody tr:visible td.sec").all_inner_texts() == ["II.4.2"]
    assert page.errors == []


def test_search_reads_the_whole_task_and_the_agencies_without_diacritics(page):
    from nlpolicy.report.matrix import build_matrix
    from nlpolicy.textfold import fold
    m = build_matrix([load("seed_extraction.json"), load("seed_report_extraction.json")],
                     load("seed_links.json"))
    titan = [t.section for t in m.tasks if "titan" in fold(t.text)]
    on_screen = [t.section for t in m.tasks if "titan" in fold(t.short)]
    assert len(titan) > len(on_screen)            # some say it beyond the shortened text
    for query in ("titan", "Titan", "TITAN"):
        page.fill("#f-text", query)
        assert page.locator("#matrix tbody tr:visible td.sec").all_inner_texts() == titan
    # agency names, as the column says them and as the document did
    page.fill("#f-text", "so cong thuong")
    assert page.locator("#matrix tbody tr:visible td.sec").all_inner_texts() == [
        t.section for t in m.tasks if t.cells_of("Sở Công Thương")]
    page.fill("#f-text", "thành ủy")              # a member of the group column
    shown = page.locator("#matrix tbody tr:visible td.sec").all_inner_texts()
    assert [t.section for t in m.tasks if t.cells_of("Huyện ủy, Thị ủy, Thành ủy")] == ["III.1"]
    assert "III.1" in shown
    # a query matches from the start of a word: "ham kiem" is not "phạm ... kiểm"
    page.fill("#f-text", "ham kiem")
    assert page.locator("#matrix tbody tr:visible td.sec").all_inner_texts() == ["II.4.2"]
    page.fill("#f-text", "")
    assert page.errors == []


def test_clicking_a_cell_shows_its_evidence_highlighted(page):
    page.select_option("#f-agency", "cac-bo-nganh-trung-uong")
    cell = page.locator("#matrix tbody tr:visible td.cell[data-ev]:visible").first
    cell.click()
    panel = page.locator("#evidence")
    assert panel.is_visible()
    assert "Phối hợp chặt chẽ với các bộ, ngành Trung ương" in panel.inner_text()
    assert page.locator("#evidence mark").all_inner_texts() == ["bộ, ngành Trung ương"]
    assert "selected" in (cell.get_attribute("class") or "")
    page.keyboard.press("Escape")
    assert not panel.is_visible()

    # an inferred cell shows where the inference comes from
    page.select_option("#f-agency", "")
    page.locator("#matrix td.cell.inferred").first.click()
    text = page.locator("#evidence").inner_text()
    assert "suy luận từ mục III.2" in text
    assert page.locator("#evidence mark").all_inner_texts() == ["Ủy ban nhân dân tỉnh"]
    # evidence is placed by section and paragraph, not by character offsets
    assert re.search(r"mục II\.4\.\d+, đoạn \d+|mục II\.4\.\d+", text)
    assert "ký tự" not in text
    # a task's status shows the report sentence it comes from
    page.locator("#matrix tbody tr[data-key='0:II.4.7#2'] td.status").click()
    text = page.locator("#evidence").inner_text()
    assert QUOTE in text and "Báo cáo 12-BC/BCSĐ" in text and "mục I.3" in text
    # the panel closes when the tab changes
    page.click("button[data-tab=targets]")
    assert not page.locator("#evidence").is_visible()
    assert page.errors == []


def test_checklist_ticks_survive_a_reload_and_export(page):
    page.click("button[data-tab=checklists]")
    page.select_option("#f-agency", "uy-ban-nhan-dan-tinh")
    boxes = page.locator("article.checklist:visible input[data-tick]")
    boxes.nth(0).check()
    boxes.nth(2).check()
    ticked = [boxes.nth(i).get_attribute("data-tick") for i in (0, 2)]
    kept = page.locator("input[data-tick]:checked")
    # Chromium hands a localStorage write to its browser process asynchronously, so a reload
    # at once may still read the old storage (it did once in CI): reload until the ticks are
    # back, a few times at most; a page that never keeps them still fails
    for _ in range(5):
        page.wait_for_timeout(200)
        page.reload()
        page.wait_for_selector("#matrix tbody tr")
        if kept.count() == 2:
            break
    page.click("button[data-tab=checklists]")
    assert sorted(kept.evaluate_all("els => els.map(e => e.dataset.tick)")) == sorted(ticked)
    assert "2 việc đã đánh dấu" in page.locator("#ticks-count").inner_text()
    with page.expect_download() as info:
        page.click("#ticks-export")
    path = info.value.path()
    rows = list(csv.reader(io.StringIO(Path(path).read_text(encoding="utf-8-sig"))))
    assert rows[0][:3] == ["Cơ quan", "Mục", "Nhiệm vụ"]
    assert sorted(r[-1] for r in rows[1:]) == sorted(ticked)
    assert {r[0] for r in rows[1:]} == {"Ủy ban nhân dân tỉnh"}
    page.click("#ticks-clear")
    assert page.locator("input[data-tick]:checked").count() == 0
    assert page.errors == []


def test_targets_show_the_number_and_the_reported_value(page):
    page.click("button[data-tab=targets]")
    assert page.locator("#tab-targets").is_visible() and not page.locator("#tab-matrix").is_visible()
    page.locator("#targets td.num").first.click()
    assert page.locator("#evidence mark").all_inner_texts() == ["9,5"]
    row = page.locator("#targets tbody tr").first
    row.locator("td.num").nth(1).click()
    assert page.locator("#evidence mark").all_inner_texts() == ["10,2"]
    assert "Báo cáo 12-BC/BCSĐ" in page.locator("#evidence").inner_text()
    page.select_option("#f-status", "không đạt")
    assert visible_rows(page, "#targets") == 1
    assert page.errors == []


def test_checklists_follow_the_agency_filter_and_screenshot(page):
    page.click("button[data-tab=checklists]")
    page.select_option("#f-agency", "uy-ban-nhan-dan-tinh")
    arts = page.locator("article.checklist:visible")
    assert arts.count() == 1 and arts.locator("h2").inner_text() == "Ủy ban nhân dân tỉnh"
    first = arts.locator("li strong").first.inner_text()
    assert first == "trước 01/07/2019"
    assert arts.locator("li strong").last.inner_text() == "Chưa có thời hạn"

    page.click("button[data-tab=matrix]")
    page.select_option("#f-agency", "")
    page.locator("#matrix tbody tr").nth(6).locator("td.cell[data-ev]").nth(1).click()
    assert page.locator("#evidence mark").count() == 1
    artifacts = ROOT / "tests" / "artifacts"
    artifacts.mkdir(exist_ok=True)
    shot = artifacts / "report.png"
    page.evaluate("window.scrollTo(0, 0)")
    page.screenshot(path=str(shot))
    assert shot.stat().st_size > 20_000
    if os.environ.get("NLPOLICY_UPDATE_SCREENSHOT") == "1":
        (ROOT / "docs").mkdir(exist_ok=True)
        shutil.copyfile(shot, ROOT / "docs" / "report.png")
    assert page.errors == []
