"""What the program says, and in which language: Vietnamese by default, English when the locale
asks for it; Vietnamese numbers in Vietnamese output; errors of ingest translated whole; the
search score as its JSON says; progress on a terminal only (nlpolicy/progress.py).

The documents, paths and messages here are invented for the tests.
"""
from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from nlpolicy import messages, progress
from nlpolicy.cli import main
from nlpolicy.messages import CATALOGUE, ERRORS, language, number, say, translate_error

ROOT = Path(__file__).resolve().parent.parent
LOCALE_VARIABLES = ("NLPOLICY_LANG", "LC_ALL", "LC_MESSAGES", "LANG")


def cli(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if k not in LOCALE_VARIABLES}
    return subprocess.run([sys.executable, "-m", "nlpolicy.cli", *args], capture_output=True, text=True,
                          timeout=120, cwd=ROOT, env={**clean, **env})


# ---------------------------------------------------------------- the language

@pytest.mark.parametrize("env, lang", [
    ({}, "vi"),
    ({"LANG": "C.UTF-8"}, "vi"),
    ({"LANG": "vi_VN.UTF-8"}, "vi"),
    ({"LANG": "en_US.UTF-8"}, "en"),
    ({"LANG": "en"}, "en"),
    ({"LANG": "fr_FR.UTF-8"}, "vi"),
    ({"LC_MESSAGES": "en_GB.UTF-8", "LANG": "vi_VN.UTF-8"}, "en"),
    ({"LC_ALL": "vi_VN.UTF-8", "LC_MESSAGES": "en_GB.UTF-8"}, "vi"),     # LC_ALL first
    ({"LC_ALL": "", "LANG": "en_AU.UTF-8"}, "en"),                       # an empty variable is unset
    ({"NLPOLICY_LANG": "en", "LC_ALL": "vi_VN.UTF-8"}, "en"),
    ({"NLPOLICY_LANG": "vi", "LANG": "en_US.UTF-8"}, "vi"),
    ({"NLPOLICY_LANG": "de", "LANG": "en_US.UTF-8"}, "en"),              # not a language of ours: the locale
])
def test_language_from_the_environment(env, lang):
    assert language(env) == lang


@pytest.mark.parametrize("env, line", [
    ({"LANG": "C.UTF-8"}, "nlpolicy: lỗi: {p}: không có tệp này."),
    ({"LANG": "en_US.UTF-8"}, "nlpolicy: error: {p}: no such file."),
    ({"LC_ALL": "en_US.UTF-8", "LANG": "vi_VN.UTF-8"}, "nlpolicy: error: {p}: no such file."),
])
def test_errors_in_the_language_of_the_locale(tmp_path, env, line):
    missing = tmp_path / "nghị quyết 05.txt"
    r = cli(["extract", str(missing)], env)
    assert r.returncode == 2 and r.stdout == ""
    assert r.stderr.splitlines() == [line.format(p=missing)]


def test_every_message_has_both_languages_and_the_same_fields():
    fields = re.compile(r"{(\w+)")
    for key, (vi, en) in CATALOGUE.items():
        assert vi and en, key
        assert set(fields.findall(vi)) == set(fields.findall(en)), key


# ---------------------------------------------------------------- numbers

@pytest.mark.parametrize("value, spec, vi, en", [
    (1200, None, "1.200", "1,200"),
    (8.8, None, "8,8", "8.8"),
    (2029.4, None, "2.029,4", "2,029.4"),
    (1234567.5, None, "1.234.567,5", "1,234,567.5"),
    (0.25, None, "0,25", "0.25"),
    (9.0, None, "9", "9"),
    (1.7612, ".2f", "1,76", "1.76"),
    (2.0671e-06, ".3g", "2,07e-06", "2.07e-06"),
    (135.73, ".1f", "135,7", "135.7"),
])
def test_number_formats(value, spec, vi, en):
    assert number(value, spec, lang="vi") == vi
    assert number(value, spec, lang="en") == en


def test_years_keep_no_separator():
    assert say("progress.page", page=2025, lang="vi") == "trang 2025"
    assert messages.date("2025-12-31", lang="vi") == "31/12/2025"


# ---------------------------------------------------------------- errors raised in English

@pytest.mark.parametrize("english, vietnamese", [
    ("a/b.txt: the file is empty.", "a/b.txt: tệp rỗng."),
    ("x.txt: the file holds binary data, not text, PDF, Word (.docx) or a scanned image.",
     "x.txt: tệp chứa dữ liệu nhị phân, không phải văn bản, PDF, Word (.docx) hay ảnh quét."),
    ("x.pdf: the PDF is encrypted and needs a password; save an unprotected copy and try again.",
     "x.pdf: tệp PDF đã mã hoá và cần mật khẩu; hãy lưu một bản không đặt mật khẩu rồi thử lại."),
    ("x.pdf: the PDF is damaged and cannot be read (PSSyntaxError).",
     "x.pdf: tệp PDF bị hỏng, không đọc được (PSSyntaxError)."),
    ("scan.png: the PNG image is damaged and cannot be read (its header or directory cannot be read; it may be "
     "cut short).",
     "scan.png: ảnh PNG bị hỏng, không đọc được (không đọc được phần đầu hay mục lục của ảnh; có thể tệp đã bị cắt)."),
    ("big.txt: the file is 52.4 MB, over the 50.0 MB limit (set NLPOLICY_MAX_BYTES to read it anyway).",
     "big.txt: tệp nặng 52,4 MB, vượt giới hạn 50,0 MB (đặt biến NLPOLICY_MAX_BYTES để vẫn đọc)."),
    ("b.docx: the Word file's XML expands to 139.9 MB, over the 64.0 MB limit (set NLPOLICY_MAX_XML_BYTES to read "
     "it anyway).",
     "b.docx: phần XML của tệp Word giải nén ra 139,9 MB, vượt giới hạn 64,0 MB (đặt biến NLPOLICY_MAX_XML_BYTES "
     "để vẫn đọc)."),
    ("b.docx: the Word file's word/document.xml expands 258-fold (540,123 bytes to 139.9 MB), over the 100-fold "
     "limit (set NLPOLICY_MAX_ZIP_RATIO to read it anyway).",
     "b.docx: word/document.xml của tệp Word giải nén ra gấp 258 lần (từ 540.123 byte thành 139,9 MB), vượt giới "
     "hạn 100 lần (đặt biến NLPOLICY_MAX_ZIP_RATIO để vẫn đọc)."),
    ("p.pdf: page 3 at 300 dpi is 60,000 x 60,000 pixels (3,600 million), over the 60-million-pixel limit (set "
     "NLPOLICY_MAX_PIXELS to read it anyway).",
     "p.pdf: trang 3 ở độ phân giải 300 dpi có 60.000 x 60.000 điểm ảnh (3.600 triệu), vượt giới hạn 60 triệu "
     "điểm ảnh (đặt biến NLPOLICY_MAX_PIXELS để vẫn đọc)."),
    ("s.tif: the TIFF image has 250 pages to read by OCR, over the 200-page limit (set NLPOLICY_MAX_OCR_PAGES to "
     "read it anyway).",
     "s.tif: ảnh TIFF có 250 trang cần nhận dạng chữ (OCR), vượt giới hạn 200 trang (đặt biến "
     "NLPOLICY_MAX_OCR_PAGES để vẫn đọc)."),
    ("s.pdf: this PDF needs OCR but Tesseract has no Vietnamese ('vie') language data; install it with: apt-get "
     "install tesseract-ocr tesseract-ocr-vie.",
     "s.pdf: tệp PDF này cần nhận dạng chữ (OCR) nhưng Tesseract chưa có dữ liệu tiếng Việt ('vie'); cài đặt bằng: "
     "apt-get install tesseract-ocr tesseract-ocr-vie."),
    ("NLPOLICY_MAX_PAGES must be a whole number above 0, not 'nhiều'.",
     "NLPOLICY_MAX_PAGES phải là một số nguyên lớn hơn 0, không phải 'nhiều'."),
    # a message without a pattern, or with a part no pattern knows, stays whole in English
    ("x.pdf: the PDF is odd in a new way.", "x.pdf: the PDF is odd in a new way."),
    ("x.pdf: the PDF has a strange 7 parts, over the 3-widget limit (set NLPOLICY_MAX_PAGES to read it anyway).",
     "x.pdf: the PDF has a strange 7 parts, over the 3-widget limit (set NLPOLICY_MAX_PAGES to read it anyway)."),
])
def test_errors_of_ingest_are_translated_whole(english, vietnamese):
    assert translate_error(english, lang="vi") == vietnamese
    assert translate_error(english, lang="en") == english


def test_every_error_pattern_fills_its_template():
    fields = re.compile(r"{(\w+)}")
    for pattern, vi in ERRORS:
        assert set(fields.findall(vi)) <= set(re.compile(pattern).groupindex), pattern


def test_a_real_ingest_error_in_vietnamese(tmp_path):
    path = tmp_path / "trống.txt"
    path.write_text(" \n\t\n", encoding="utf-8")
    r = cli(["extract", str(path)], {"LANG": "vi_VN.UTF-8"})
    assert r.returncode == 2
    assert r.stderr == f"nlpolicy: lỗi: {path}: tệp chỉ có khoảng trắng, không có chữ.\n"


# ---------------------------------------------------------------- index, search, targets

def _contract(text: str, **document) -> dict:
    def span(needle):
        start = text.index(needle)
        return {"text": needle, "start": start, "end": start + len(needle)}
    return {"schema": "nlpolicy.extraction/1",
            "document": {"kind": "plan", "number": None, "date": None, "issuer": "UBND tỉnh Ninh Thuận",
                         "title": None, "signer": None, "citations": [], "text": text, **document},
            "sections": [], "deadlines": [], "projects": [], "agencies": [], "tasks": [],
            "targets": [{"kind": "target", "section": None, "indicator": "diện tích trồng rừng", "subject": None,
                         "comparator": ">=", "value": 1200.0, "value_max": None, "unit": "ha", "year": 2030,
                         "period": None, **span("1.200 ha")},
                        {"kind": "target", "section": None, "indicator": "tốc độ tăng trưởng", "subject": None,
                         "comparator": "=", "value": 8.8, "value_max": None, "unit": "%", "year": 2030,
                         "period": None, **span("8,8%")}]}


@pytest.fixture()
def db(tmp_path):
    from nlpolicy.store.sqlite import SQLiteStore

    path = tmp_path / "i.sqlite"
    with SQLiteStore(path) as store:
        run = store.begin(["x"])
        store.upsert_document("/d/a.txt", "a", _contract(
            "KẾ HOẠCH trồng rừng: trồng mới 1.200 ha rừng, tăng trưởng 8,8% đến năm 2030.\n",
            number="7/KH-UBND", date="2025-02-03"), run_id=run)
        store.upsert_document("/d/b.txt", "b", _contract(
            "KẾ HOẠCH trồng rừng ven biển 1.200 ha, tăng trưởng 8,8%; rừng phòng hộ, rừng đặc dụng, rừng "
            "sản xuất.\n"), run_id=run)
    return path


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_search_score_prints_as_its_json_says(db, capsys, monkeypatch, lang):
    monkeypatch.setenv("NLPOLICY_LANG", lang)
    for query in ("trong rung", "rung"):                # "rung" is in every document: a tiny BM25 score
        assert main(["search", query, "--db", str(db), "--format", "json"]) == 0
        scores = [r["score"] for r in json.loads(capsys.readouterr().out)["results"]]
        assert main(["search", query, "--db", str(db)]) == 0
        printed = [ln.split()[1] for ln in capsys.readouterr().out.splitlines() if re.match(r"\d+\.", ln)]
        assert printed == [number(s, ".3g", lang=lang) for s in scores]
        assert all(p not in ("0.00", "0,00") for p in printed)


def test_search_output_in_vietnamese(db, capsys, monkeypatch):
    monkeypatch.setenv("NLPOLICY_LANG", "vi")
    assert main(["search", "trong rung", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "7/KH-UBND  kế hoạch  03/02/2025" in out
    monkeypatch.setenv("NLPOLICY_LANG", "en")
    assert main(["search", "trong rung", "--db", str(db)]) == 0
    assert "7/KH-UBND  plan  2025-02-03" in capsys.readouterr().out


@pytest.mark.parametrize("lang, header, values", [
    ("vi", ["văn bản", "chỉ tiêu", "giá trị", "đơn vị", "năm"], ["1.200", "8,8", "2030"]),
    ("en", ["document", "indicator", "value", "unit", "year"], ["1,200", "8.8", "2030"]),
])
def test_targets_in_the_languages_numbers(db, capsys, monkeypatch, lang, header, values):
    monkeypatch.setenv("NLPOLICY_LANG", lang)
    assert main(["targets", "--db", str(db), "--province", "ninh thuan"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert all(h in lines[0] for h in header)
    assert all(any(v in ln for ln in lines[1:]) for v in values)
    assert not any("2.030" in ln or "2,030" in ln for ln in lines)          # a year is no quantity


def test_index_summary_in_vietnamese(tmp_path, monkeypatch):
    monkeypatch.setenv("NLPOLICY_LANG", "vi")
    from nlpolicy.commands.index import summary
    from nlpolicy.store.indexer import IndexReport

    line = summary(IndexReport(indexed=1200, skipped=3, removed=2, seconds=8.84, abandoned_before=1))
    assert line == ("đã lập chỉ mục 1.200 tệp, 3 tệp không đổi, 0 tệp lỗi, đã bỏ 2 tệp trong 8,8 giây "
                    "(135,7 tệp/giây) (tiếp tục lượt chạy trước chưa xong)")


# ---------------------------------------------------------------- progress

def test_progress_is_off_by_default_and_costs_nothing():
    assert not progress.enabled()
    with progress.task("Lập chỉ mục", total=3) as bar:
        bar.item("a.txt")
        bar.advance()
    assert bar.done == 1 and progress._display is None


class _Stream(io.StringIO):
    def __init__(self, tty: bool):
        super().__init__()
        self.tty = tty

    def isatty(self) -> bool:
        return self.tty


@pytest.mark.parametrize("variable, tty, on", [
    (None, True, True), (None, False, False), ("0", True, False), ("1", False, True), ("no", True, False),
])
def test_progress_follows_the_terminal_and_the_variable(monkeypatch, variable, tty, on):
    if variable is None:
        monkeypatch.delenv("NLPOLICY_PROGRESS", raising=False)
    else:
        monkeypatch.setenv("NLPOLICY_PROGRESS", variable)
    with progress.session(stream=_Stream(tty)) as shown:
        assert shown is on and progress.enabled() is on
    assert not progress.enabled()


def test_progress_lines_into_a_log(monkeypatch):
    monkeypatch.setenv("NLPOLICY_LANG", "vi")
    log = _Stream(False)
    with progress.session(on=True, stream=log):
        with progress.task(say("progress.index"), total=1200, unit=say("progress.files")) as bar:
            bar.item("a.txt")
            bar.advance(1199, item="b.docx")
            bar.advance()
    assert log.getvalue().splitlines() == ["Lập chỉ mục 0/1.200 tệp: a.txt", "Lập chỉ mục 1.199/1.200 tệp: b.docx",
                                           "Lập chỉ mục 1.200/1.200 tệp"]


def test_progress_never_in_a_forked_worker(monkeypatch):
    with progress.session(on=True, stream=_Stream(False)):
        monkeypatch.setitem(progress._state, "pid", os.getpid() + 1)       # as seen from a forked child
        assert not progress.enabled()


def test_ocr_progress_by_page(monkeypatch):
    """OCR reports each page through nlpolicy.progress (Tesseract stood in for: no OCR runs here)."""
    pytesseract = pytest.importorskip("pytesseract")
    from nlpolicy.ingest import ocr

    monkeypatch.setenv("NLPOLICY_LANG", "vi")
    monkeypatch.setattr(pytesseract, "image_to_string", lambda image, **kw: f"trang {image}")
    log = _Stream(False)
    with progress.session(on=True, stream=log):
        ocr.check_ocr_pages("/scans/quyet-dinh.pdf", 3, "the PDF")
        assert [ocr.ocr_image(n, "/scans/quyet-dinh.pdf", n) for n in (2, 5, 6)] == ["trang 2", "trang 5", "trang 6"]
    assert log.getvalue().splitlines() == [
        "Nhận dạng chữ (OCR) quyet-dinh.pdf 0/3 trang: trang 2",
        "Nhận dạng chữ (OCR) quyet-dinh.pdf 1/3 trang: trang 5",
        "Nhận dạng chữ (OCR) quyet-dinh.pdf 2/3 trang: trang 6",
        "Nhận dạng chữ (OCR) quyet-dinh.pdf 3/3 trang"]


def test_a_bug_of_the_tools_own_gives_one_line_and_its_traceback_on_request(tmp_path, monkeypatch, capsys):
    # a fault inside the extractor (simulated here) is no reason to show the user a traceback
    import nlpolicy.extract.pipeline as pipeline
    doc = tmp_path / "kh.txt"
    doc.write_text("KẾ HOẠCH\nvề chuyển đổi số\n\nI. NHIỆM VỤ\n1. Sở Tài chính rà soát.\n", encoding="utf-8")

    def broken(*args, **kwargs):
        raise KeyError("boom")
    monkeypatch.setattr(pipeline, "extract_document", broken)
    monkeypatch.delenv("NLPOLICY_DEBUG", raising=False)
    monkeypatch.setenv("NLPOLICY_CACHE", "off")
    code = main(["extract", str(doc), "--format", "json"])
    err = capsys.readouterr().err
    assert code == 3 and len(err.strip().splitlines()) == 1 and "KeyError" in err and "Traceback" not in err
    monkeypatch.setenv("NLPOLICY_DEBUG", "1")
    with pytest.raises(KeyError):
        main(["extract", str(doc), "--format", "json"])
