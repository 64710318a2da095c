"""Scanned images (JPEG, PNG, TIFF with several pages, BMP, WebP) go through the
same OCR as scanned PDF pages.

The images are drawn here with Pillow: a plan of an invented province written in
DejaVu Sans at about 300 dpi, large enough for Tesseract.  The tests that run
Tesseract are few (about a second of OCR each) and skip, saying why, where the
tesseract program, its Vietnamese data or the font is missing.  The error cases
run the real command line: one line on stderr, a non-zero exit.
"""
from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from nlpolicy.ingest import read, sniff
from nlpolicy.ingest.image import image_format

ROOT = Path(__file__).resolve().parent.parent
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")

# An invented plan: header, title, two numbered parts, two agencies, a target and a deadline.
PLAN = ["ỦY BAN NHÂN DÂN", "TỈNH BẮC SƠN", "", "Số: 27/KH-UBND", "",
        "KẾ HOẠCH", "Phát triển giao thông nông thôn năm 2027", "",
        "I. MỤC TIÊU", "1. Đến năm 2027, 95% số xã có đường ô tô đến trung tâm.",
        "II. NHIỆM VỤ", "1. Sở Xây dựng chủ trì rà soát quy hoạch mạng lưới đường.",
        "2. Sở Tài chính bố trí kinh phí thực hiện trước ngày 30/6/2027."]
MORE = ["III. TỔ CHỨC THỰC HIỆN", "1. Sở Nông nghiệp và Môi trường hướng dẫn các xã lập danh mục công trình.",
        "2. Ủy ban nhân dân các huyện báo cáo kết quả trước ngày 15/12/2027."]


def _tesseract_vie() -> str | None:
    """Why OCR tests cannot run here, or None."""
    if shutil.which("tesseract") is None:
        return "the tesseract program is not installed (apt-get install tesseract-ocr tesseract-ocr-vie)"
    out = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True).stdout.split()
    if "vie" not in out:
        return "Tesseract has no Vietnamese data (apt-get install tesseract-ocr-vie)"
    if not FONT.exists():
        return f"{FONT} is absent (apt-get install fonts-dejavu-core)"
    return None


needs_ocr = pytest.mark.skipif(_tesseract_vie() is not None, reason=str(_tesseract_vie()))


def page(lines: list[str], size: int = 34, width: int = 1700):
    """A white page with ``lines`` in black DejaVu Sans (34 px is 8 pt at 300 dpi)."""
    from PIL import Image, ImageDraw, ImageFont
    font = ImageFont.truetype(str(FONT), size)
    step = int(size * 1.6)
    image = Image.new("L", (width, 120 + step * len(lines)), 255)
    draw = ImageDraw.Draw(image)
    for i, line in enumerate(lines):
        draw.text((80, 60 + i * step), line, font=font, fill=0)
    return image


def encoded(image, fmt: str, **kw) -> bytes:
    buf = io.BytesIO()
    image.save(buf, fmt, **kw)
    return buf.getvalue()


def tiff_pages(*images) -> bytes:
    buf = io.BytesIO()
    images[0].save(buf, "TIFF", save_all=True, append_images=list(images[1:]), compression="tiff_deflate")
    return buf.getvalue()


def blank(width: int = 1200, height: int = 900):
    from PIL import Image
    return Image.new("L", (width, height), 255)


def run_cli(path: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "nlpolicy.cli", "extract", str(path), "--format", "json"],
                          capture_output=True, text=True, timeout=300, cwd=ROOT,
                          env={**os.environ, "NLPOLICY_LANG": "en", **(env or {})})   # English wordings below


def one_line_error(r: subprocess.CompletedProcess) -> str:
    assert r.returncode != 0 and r.returncode > 0, f"exit {r.returncode}, stdout {r.stdout[:200]!r}"
    assert "Traceback" not in r.stderr, r.stderr
    assert r.stdout == "", r.stdout[:200]
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1, r.stderr
    return lines[0]


# ---------------------------------------------------------------- detection (no OCR)

MAGIC = [
    # (first bytes, format): invented headers, the image data need not follow
    (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "JPEG"),
    (b"\xff\xd8\xff\xe1\x1c\x45Exif\x00\x00", "JPEG"),           # a phone photo: EXIF first
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
    (b"II*\x00\x08\x00\x00\x00", "TIFF"),                          # little-endian, as most scanners write
    (b"MM\x00*\x00\x00\x00\x08", "TIFF"),                          # big-endian
    (b"BM\x36\x10\x0e\x00\x00\x00\x00\x00\x36\x00\x00\x00", "BMP"),
    (b"RIFF\x24\x08\x00\x00WEBPVP8 ", "WebP"),
    (b"GIF89a\x40\x01", "GIF"),
    (b"BMW X5 sold at auction", None),                           # "BM" alone is no bitmap
    (b"RIFF\x24\x08\x00\x00WAVEfmt ", None),                     # a sound, not a picture
    ("Nghị quyết số 05-NQ/TU".encode(), None),
    (b"%PDF-1.7\n", None),
]


@pytest.mark.parametrize("head,fmt", MAGIC, ids=[repr(h[:6]) for h, _ in MAGIC])
def test_image_format_by_magic_bytes(head: bytes, fmt: str | None) -> None:
    assert image_format(head) == fmt


@pytest.mark.parametrize("head,suffix,kind", [
    (b"\x89PNG\r\n\x1a\n....", ".txt", "image"),       # the content decides, not the name
    (b"\xff\xd8\xff\xe0....", ".pdf", "image"),
    ("Kế hoạch".encode(), ".png", "text"),             # read() then refuses it as a false .png
    (b"%PDF-1.4\n", ".jpg", "pdf"),
])
def test_sniff_prefers_content_to_name(head: bytes, suffix: str, kind: str) -> None:
    assert sniff(head, suffix) == kind


# ---------------------------------------------------------------- OCR

@needs_ocr
@pytest.mark.slow
def test_png_scan_through_the_command_line(tmp_path: Path) -> None:
    path = tmp_path / "ke-hoach-27.png"
    path.write_bytes(encoded(page(PLAN), "PNG"))
    r = run_cli(path)
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    doc = data["document"]
    assert doc["kind"] == "plan"
    assert "PNG page 1 read by OCR" in doc["notes"]
    ids = [s["id"] for s in data["sections"]]
    assert "II.2" in ids, ids
    names = [a["name"] for a in data["agencies"]]
    assert "Sở Tài chính" in names and "Sở Xây dựng" in names, names


@needs_ocr
@pytest.mark.slow
def test_multipage_tiff_reads_every_page_and_says_which(tmp_path: Path) -> None:
    path = tmp_path / "scan.tif"
    path.write_bytes(tiff_pages(page(PLAN), blank(), page(MORE)))
    raw = read(path)
    assert raw.encoding == "image+ocr" and raw.pages == 3
    assert raw.notes == ("TIFF pages 1, 3 read by OCR", "no text found on TIFF page 2")
    assert raw.text.index("Sở Tài chính") < raw.text.index("TỔ CHỨC THỰC HIỆN"), raw.text


@needs_ocr
@pytest.mark.parametrize("name,fmt,kw", [
    ("scan.txt", "JPEG", {"quality": 85}),      # a JPEG under a wrong name: found by its bytes
    ("scan.webp", "WEBP", {"quality": 90}),
    ("scan.bmp", "BMP", {}),
])
def test_other_formats(tmp_path: Path, name: str, fmt: str, kw: dict) -> None:
    path = tmp_path / name
    path.write_bytes(encoded(page(PLAN[8:]).convert("RGB"), fmt, **kw))
    raw = read(path)
    assert raw.encoding == "image+ocr"
    assert "Sở Tài chính" in raw.text and "II. NHIỆM VỤ" in raw.text, raw.text


# ---------------------------------------------------------------- errors

@needs_ocr
def test_image_with_no_text(tmp_path: Path) -> None:
    path = tmp_path / "blank.png"
    path.write_bytes(encoded(blank(), "PNG"))
    r = run_cli(path)
    assert r.returncode == 2
    assert "holds no text" in one_line_error(r)


def test_tesseract_missing(tmp_path: Path) -> None:
    pytest.importorskip("PIL")
    if not FONT.exists():
        pytest.skip(f"{FONT} is absent")
    path = tmp_path / "scan.png"
    path.write_bytes(encoded(page(PLAN[:6]), "PNG"))
    r = run_cli(path, env={"PATH": str(tmp_path)})          # no tesseract on this PATH
    assert r.returncode == 4                                 # MissingToolError, as for a scanned PDF
    line = one_line_error(r)
    assert "needs OCR" in line and "apt-get install tesseract-ocr tesseract-ocr-vie" in line


@pytest.mark.parametrize("name,cut,says", [
    ("cut.png", "PNG", "truncated"),
    ("cut.jpg", "JPEG", "truncated"),
    ("cut.tif", "TIFF", "damaged"),         # a TIFF's directory sits at its end: a cut one is unreadable
])
def test_truncated_image(tmp_path: Path, name: str, cut: str, says: str) -> None:
    if not FONT.exists():
        pytest.skip(f"{FONT} is absent")
    kw = {"compression": "tiff_deflate"} if cut == "TIFF" else {}
    data = encoded(page(PLAN), cut, **kw)
    path = tmp_path / name
    path.write_bytes(data[: len(data) // 2])
    r = run_cli(path)
    assert r.returncode == 2
    line = one_line_error(r)
    assert says in line and f"the {cut} image" in line, line


@pytest.mark.parametrize("user_value, during, after", [(None, "1", None), ("2", "2", "2")])
def test_tesseract_runs_on_one_thread_unless_the_user_chose(monkeypatch, user_value, during, after) -> None:
    import pytesseract
    from PIL import Image

    from nlpolicy.ingest import ocr
    seen = []
    monkeypatch.setattr(pytesseract, "image_to_string",
                        lambda *a, **k: seen.append(os.environ.get("OMP_THREAD_LIMIT")) or "Điều 1.")
    if user_value is None:
        monkeypatch.delenv("OMP_THREAD_LIMIT", raising=False)
    else:
        monkeypatch.setenv("OMP_THREAD_LIMIT", user_value)
    assert ocr.ocr_image(Image.new("L", (10, 10), 255)) == "Điều 1."
    assert seen == [during] and os.environ.get("OMP_THREAD_LIMIT") == after
