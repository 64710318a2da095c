"""Ingest on the real originals in ``../shared/corpus/original`` (not redistributed:
skipped when that folder is absent).

Word originals are compared with their ``*_docx2txt.txt`` twins (table in
``shared/corpus/README.md``) by difflib's ratio over NFC, whitespace-split words.
Floors are the figures measured when the reader was written minus a margin:
a floor only rises.
"""
from __future__ import annotations

import difflib
import unicodedata
from pathlib import Path

import pytest

from nlpolicy.ingest import read
from nlpolicy.ingest.text import vietnamese_score

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CORPUS = SHARED / "corpus"
ORIGINAL = CORPUS / "original"

pytestmark = [
    pytest.mark.shared,
    pytest.mark.skipif(not ORIGINAL.is_dir(), reason=f"real originals not found at {ORIGINAL} "
                       "(the shared corpus is not redistributed with the project)"),
]

# original -> (twin, floor); measured ratios in the comments
TWINS = {
    "KH-UBND-trien-khai-Chi-thi-11-CT-TU-QLNN-khoang-san.docx":
        ("LaoCai_KH-UBND_2026_trien-khai-ChiThi-11-CT-TU_khoang-san_docx2txt.txt", 0.99),      # 0.9984
    "BC-UBND-QLNN-khoang-san-nam-2025.docx":
        ("LaoCai_BC-UBND_2026_QLNN-dia-chat-khoang-san-nam-2025_docx2txt.txt", 0.99),          # 1.0000
    "BC-tinh-ket-qua-Chi-thi-38-TTg.docx":
        ("LaoCai_BC-UBND_2026_ket-qua-ChiThi-38-CT-TTg-nam-2025_docx2txt.txt", 0.99),          # 1.0000
    "bao-cao-tinh-hinh-trien-khai-ccn.docx":
        ("LaoCai_BC-SCT_2026-06-18_tinh-hinh-trien-khai-CCN_docx2txt.txt", 0.99),              # 1.0000
    "ke-hoach-thuc-hien-de-an-08.docx":
        ("LaoCai_KH-SCT_2026-04_thuc-hien-DeAn08-kem-NQ35-NQ-TU_docx2txt.txt", 0.99),          # 0.9995
}
CID_PDF = "KH-1105-DKT-ke-hoach-kiem-tra.pdf"
BROKEN_FONT_PDF = "1178-DCK-CTT-huong-dan-CCN-dia-gioi-moi.pdf"


def words(text: str) -> list[str]:
    # the twins mix NFC and NFD, and docx2txt escapes "&" as "&amp;"
    return unicodedata.normalize("NFC", text.replace("&amp;", "&")).split()


def similarity(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, words(a), words(b), autojunk=False).ratio()


def originals(pattern: str) -> list[str]:
    return sorted(p.name for p in ORIGINAL.glob(pattern)) if ORIGINAL.is_dir() else []


@pytest.mark.parametrize("name", originals("*.docx") + [n for n in originals("*.pdf") if n != CID_PDF])
def test_every_original_reads(name):
    raw = read(ORIGINAL / name)
    assert raw.encoding in ("docx", "pdf")
    assert len(raw.text.split()) > 200
    score, n = vietnamese_score(raw.text)
    print(f"{name}: {len(raw.text)} chars, {len(raw.tables)} tables, Vietnamese {score:.3f} over {n} words")
    assert score > 0.97
    assert "(cid:" not in raw.text
    assert raw.text == unicodedata.normalize("NFC", raw.text)


@pytest.mark.parametrize("name", sorted(TWINS))
def test_word_original_matches_its_twin(name):
    twin, floor = TWINS[name]
    raw = read(ORIGINAL / name)
    ratio = similarity(raw.text, (CORPUS / twin).read_text("utf-8"))
    print(f"{name}: similarity to {twin} = {ratio:.4f} (floor {floor})")
    assert ratio >= floor
    assert raw.tables, "these documents all hold tables"


def test_broken_font_pdf_is_repaired():
    raw = read(ORIGINAL / BROKEN_FONT_PDF)
    assert "THƯƠNG" in raw.text and "THƢƠNG" not in raw.text
    assert "HÒA" in raw.text and "HÕA" not in raw.text
    assert "ƣ" not in raw.text and "hướng" in raw.text
    assert any("font" in n for n in raw.notes)


def test_good_pdf_is_not_repaired():
    raw = read(ORIGINAL / "CV-6791-SNNMT-17-7-2026-y-kien-tham-dinh-CCN-Bao-Dap.pdf")
    assert not any("font" in n for n in raw.notes)
    assert "CỘNG HOÀ" in raw.text


def test_page_numbers_dropped():
    raw = read(ORIGINAL / "QD-2170-2026-CTDT-KCN-Ban-Qua.pdf")
    assert raw.pages == 9
    lines = raw.text.splitlines()
    # page 2 opens with its number "2" above this line
    i = next(i for i, line in enumerate(lines) if line.startswith("Giấy chứng nhận đăng ký doanh nghiệp số"))
    assert lines[i - 1].strip() != "2" and lines[i - 1].strip()
    assert raw.tables and raw.tables[0].rows[0][0] == "TT"


@pytest.mark.slow
def test_cid_pdf_is_read_by_ocr():
    raw = read(ORIGINAL / CID_PDF)
    assert raw.encoding == "pdf+ocr"
    assert "pages 1-6 read by OCR" in raw.notes
    assert "(cid:" not in raw.text
    for word in ("KẾ HOẠCH", "kiểm tra", "vật liệu", "Lào Cai", "Công Thương"):
        assert word in raw.text, word
    score, n = vietnamese_score(raw.text)
    print(f"{CID_PDF}: OCR text {len(raw.text)} chars, Vietnamese {score:.3f} over {n} words")
    assert n > 500 and score > 0.9
