"""Limits that protect the machine (``nlpolicy/ingest/limits.py``).

Each row builds a file that is small on disk but enormous once read — a Word
file whose XML expands 258-fold to 140 MB, a PDF of 2,500 pages, a scanned
page five metres wide, a PNG claiming 1.6 billion pixels, a TIFF of 201
pages — and runs the real command line on it in a child process whose address
space is capped at 1 GiB (``RLIMIT_AS``).  Each must be refused with one line
on stderr that names the limit and the variable that raises it, exit 2 (like
the file-size limit), and nothing on stdout.  A row with ``env`` lowers a
limit so that a small honest file passes it.

The image bombs carry only a header and a few rows of pixel data: were they
decoded before the check, the error would say "truncated", not "limit".
"""
from __future__ import annotations

import io
import os
import random
import resource
import struct
import subprocess
import sys
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import pytest
from _testcodecs import encode_cp1258

from nlpolicy.errors import NlpolicyError, TooLargeError
from nlpolicy.ingest import limits, read

ROOT = Path(__file__).resolve().parent.parent
GiB = 1024 ** 3
W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
SENTENCE = "Sở Công Thương chủ trì, phối hợp với các sở, ngành triển khai nhiệm vụ phát triển cụm công nghiệp."
SYLLABLES = ("phát triển kinh tế xã hội nông thôn miền núi hạ tầng giao thông thủy lợi trường học trạm y tế "
             "chợ nước sạch điện lưới du lịch cộng đồng hợp tác xã sản phẩm chủ lực").split()


# ---------------------------------------------------------------- builders

def docx(paragraphs, *, repeat: int = 1, zip64: bool = True) -> bytes:
    """A Word file whose body is ``paragraphs`` written ``repeat`` times, streamed into the ZIP."""
    chunk = "".join(f"<w:p><w:r><w:t>{p}</w:t></w:r></w:p>" for p in paragraphs).encode("utf-8")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        with zf.open("word/document.xml", "w", force_zip64=zip64) as f:
            f.write(f"<w:document {W_NS}><w:body>".encode())
            for _ in range(repeat):
                f.write(chunk)
            f.write(b"</w:body></w:document>")
    return buf.getvalue()


def word_bomb() -> bytes:
    """570 KB on disk; 140 MB of XML (258-fold) and 90 million characters of text once expanded."""
    return docx([SENTENCE] * 1000, repeat=900)


def varied_text(n_chars: int, seed: int = 0) -> list[str]:
    """Paragraphs of random syllables: compresses like real text (about 4-fold), not like a bomb."""
    rng = random.Random(seed)
    out, total = [], 0
    while total < n_chars:
        p = " ".join(rng.choice(SYLLABLES) for _ in range(40)) + "."
        out.append(p)
        total += len(p) + 1
    return out


def lying_docx() -> bytes:
    """A member whose ZIP headers say 1,000 bytes while its data expands to 1.6 MB."""
    data = bytearray(docx([SENTENCE] * 10_000, zip64=False))
    local, central = data.index(b"PK\x03\x04"), data.index(b"PK\x01\x02")
    data[local + 22:local + 26] = data[central + 24:central + 28] = struct.pack("<I", 1000)
    return bytes(data)


def pdf(pages: int, *, text: bool = True, box: tuple[int, int] = (595, 842)) -> bytes:
    """``pages`` pages sharing one content stream (so 2,500 pages take 150 KB); ``text=False``: scans."""
    content = b"BT /F1 12 Tf 72 760 Td (Ke hoach trien khai nhiem vu nam 2026) Tj ET" if text else b""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % (5 + i) for i in range(pages))
               + b"] /Count %d >>" % pages,
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
               b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream"]
    objects += [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Contents 4 0 R "
                b"/Resources << /Font << /F1 3 0 R >> >> >>" % box] * pages
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def png_header(width: int, height: int) -> bytes:
    """A grey PNG that declares ``width`` x ``height`` but holds only its first rows."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    rows = zlib.compress(bytes(width + 1) * 8)          # filter byte + a white-ish row, eight times
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", rows) + chunk(b"IEND", b""))


def tiff_frames(n: int) -> bytes:
    from PIL import Image
    frames = [Image.new("L", (8, 8), 255) for _ in range(n)]
    buf = io.BytesIO()
    frames[0].save(buf, "TIFF", save_all=True, append_images=frames[1:])
    return buf.getvalue()


# ---------------------------------------------------------------- the table

@dataclass(frozen=True)
class Bomb:
    name: str
    file: str
    make: Callable[[], bytes]
    says: tuple[str, ...]                           # the error line holds each of these
    env: dict[str, str] = field(default_factory=dict)
    exit: int = 2


BOMBS = [
    Bomb("Word XML expanding 258-fold to 140 MB", "bomb.docx", word_bomb,
         ("XML expands to 139.9 MB", "64.0 MB limit", "NLPOLICY_MAX_XML_BYTES")),
    Bomb("the same, XML size limit raised: the ratio", "bomb.docx", word_bomb,
         ("word/document.xml expands 2", "100-fold limit", "NLPOLICY_MAX_ZIP_RATIO"),
         env={"NLPOLICY_MAX_XML_BYTES": str(GiB)}),
    Bomb("the same, both raised: the text length, while reading", "bomb.docx", word_bomb,
         ("more than 2,000,000 characters", "NLPOLICY_MAX_CHARS"),
         env={"NLPOLICY_MAX_XML_BYTES": str(GiB), "NLPOLICY_MAX_ZIP_RATIO": "100000"}),
    Bomb("honest Word file over a lowered XML limit", "long.docx", lambda: docx(varied_text(600_000)),
         ("Word file's XML expands to", "NLPOLICY_MAX_XML_BYTES"), env={"NLPOLICY_MAX_XML_BYTES": "500000"}),
    Bomb("honest Word file over a lowered text limit", "long.docx", lambda: docx(varied_text(60_000)),
         ("more than 50,000 characters", "NLPOLICY_MAX_CHARS"), env={"NLPOLICY_MAX_CHARS": "50000"}),
    Bomb("Word member longer than its directory says", "lying.docx", lying_docx, ("damaged",)),
    Bomb("text file over a lowered text limit", "long.txt", lambda: "\n".join(varied_text(20_000)).encode(),
         ("the text is 2", "10,000-character limit", "NLPOLICY_MAX_CHARS"), env={"NLPOLICY_MAX_CHARS": "10000"}),
    Bomb("Windows-1258 text far over a lowered text limit: refused before its three decodings",
         "long1258.txt", lambda: encode_cp1258("\n".join(varied_text(20_000))),
         ("more than 1,000 characters", "NLPOLICY_MAX_CHARS"), env={"NLPOLICY_MAX_CHARS": "1000"}),
    Bomb("text file over a lowered file-size limit", "long.txt", lambda: "\n".join(varied_text(20_000)).encode(),
         ("the file is", "10,000 bytes limit", "NLPOLICY_MAX_BYTES"), env={"NLPOLICY_MAX_BYTES": "10000"}),
    Bomb("PDF of 2,500 pages", "pages.pdf", lambda: pdf(2500), ("2,500 pages", "1,000-page limit", "NLPOLICY_MAX_PAGES")),
    Bomb("PDF whose text passes a lowered text limit, page by page", "text.pdf", lambda: pdf(60),
         ("more than 1,000 characters", "NLPOLICY_MAX_CHARS"), env={"NLPOLICY_MAX_CHARS": "1000"}),
    Bomb("scanned PDF page 200 inches square", "wide.pdf", lambda: pdf(1, text=False, box=(14400, 14400)),
         ("page 1 at 300 dpi is 60,000 x 60,000 pixels", "60-million-pixel limit", "NLPOLICY_MAX_PIXELS")),
    Bomb("scanned PDF over a lowered OCR page limit", "scans.pdf", lambda: pdf(3, text=False),
         ("3 pages to read by OCR", "2-page limit", "NLPOLICY_MAX_OCR_PAGES"), env={"NLPOLICY_MAX_OCR_PAGES": "2"}),
    Bomb("PNG claiming 40,000 x 40,000 pixels (Pillow's own bomb check)", "huge.png",
         lambda: png_header(40_000, 40_000), ("1,600 million pixels", "60-million-pixel limit", "NLPOLICY_MAX_PIXELS")),
    Bomb("PNG of 9,000 x 9,000 pixels (under Pillow's, over ours)", "big.png", lambda: png_header(9_000, 9_000),
         ("the PNG image is 9,000 x 9,000 pixels", "60-million-pixel limit", "NLPOLICY_MAX_PIXELS")),
    Bomb("TIFF of 201 pages", "pages.tif", lambda: tiff_frames(201),
         ("201 pages to read by OCR", "200-page limit", "NLPOLICY_MAX_OCR_PAGES")),
    Bomb("a limit set to nonsense", "pages.pdf", lambda: pdf(2), ("NLPOLICY_MAX_PAGES must be a whole number",),
         env={"NLPOLICY_MAX_PAGES": "lots"}),
]


def _cap_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (GiB, GiB))


def run_capped(path: Path, env: dict[str, str]) -> subprocess.CompletedProcess:
    """``nlpolicy extract PATH`` in a child that cannot map more than 1 GiB."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith("NLPOLICY_MAX") and k != "NLPOLICY_OCR_SECONDS"}
    return subprocess.run([sys.executable, "-m", "nlpolicy.cli", "extract", str(path), "--format", "json"],
                          capture_output=True, text=True, timeout=120, cwd=ROOT,
                          env={**clean, "NLPOLICY_LANG": "en", **env},   # the wordings below are English
                          preexec_fn=_cap_memory)


@pytest.mark.parametrize("bomb", BOMBS, ids=[b.name for b in BOMBS])
def test_bomb_is_refused_in_one_line(bomb: Bomb, tmp_path: Path) -> None:
    if bomb.file.endswith(".tif"):
        pytest.importorskip("PIL")
    path = tmp_path / bomb.file
    path.write_bytes(bomb.make())
    assert path.stat().st_size < 1_000_000, "a bomb is small on disk"
    r = run_capped(path, bomb.env)
    assert "Traceback" not in r.stderr and "MemoryError" not in r.stderr, r.stderr[-500:]
    assert r.returncode == bomb.exit, f"exit {r.returncode}: {r.stderr[:300]}"
    assert r.stdout == ""
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1, r.stderr
    for part in bomb.says:
        assert part in lines[0], lines[0]


# ---------------------------------------------------------------- in process

def test_every_limit_is_named_and_has_a_variable() -> None:
    for name in ("MAX_BYTES", "MAX_CHARS", "MAX_XML_BYTES", "MAX_ZIP_RATIO", "MAX_PAGES", "MAX_OCR_PAGES",
                 "MAX_PIXELS", "OCR_SECONDS"):
        env = limits.env_name(name)
        assert limits.get(name) == getattr(limits, name) or env in os.environ
        assert env in limits.__doc__, f"{env} is not documented in the module docstring"


@pytest.mark.parametrize("raw,value", [("5000", 5000), (" 5_000_000 ", 5_000_000), ("", limits.MAX_CHARS)])
def test_variable_overrides_constant(monkeypatch, raw: str, value: int) -> None:
    monkeypatch.setenv("NLPOLICY_MAX_CHARS", raw)
    assert limits.get("MAX_CHARS") == value


@pytest.mark.parametrize("raw", ["0", "-5", "4M", "lots", "1e6"])
def test_nonsense_variable_is_an_error(monkeypatch, raw: str) -> None:
    monkeypatch.setenv("NLPOLICY_MAX_CHARS", raw)
    with pytest.raises(NlpolicyError, match="NLPOLICY_MAX_CHARS must be a whole number"):
        limits.get("MAX_CHARS")


def test_raising_the_limit_lets_the_document_through(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "long.docx"
    path.write_bytes(docx(varied_text(60_000)))
    monkeypatch.setenv("NLPOLICY_MAX_CHARS", "50000")
    with pytest.raises(TooLargeError):
        read(path)
    monkeypatch.setenv("NLPOLICY_MAX_CHARS", "70000")
    assert len(read(path).text) > 50_000


def test_streamed_word_reading_keeps_every_paragraph(tmp_path: Path) -> None:
    """The Word body is read element by element; nothing is lost between the pieces."""
    paragraphs = [f"{i}. Nhiệm vụ số {i}: {SENTENCE}" for i in range(1, 3001)]
    path = tmp_path / "many.docx"
    path.write_bytes(docx(paragraphs))
    assert read(path).text.splitlines() == paragraphs
