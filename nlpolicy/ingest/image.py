"""Scanned pages as images (JPEG, PNG, TIFF with one or many pages, BMP, GIF,
WebP, JPEG 2000): Pillow decodes them one page at a time and Tesseract reads
each, as for the scanned pages of a PDF (:mod:`nlpolicy.ingest.ocr`).

The format is known from the first bytes (:func:`image_format`), never from
the name alone.  Before anything is decoded, the size of every page is read
from its header and held to ``limits.MAX_PIXELS``, and the page count to
``limits.MAX_OCR_PAGES``; Pillow's own decompression-bomb check becomes the
same one-line error.
"""
from __future__ import annotations

import io
import re
import unicodedata
import warnings

from nlpolicy.errors import InputError, NlpolicyError
from nlpolicy.ingest import limits, ocr
from nlpolicy.types import RawDocument

# (first bytes, format name); BMP and WebP are checked apart (see image_format)
_MAGIC = (
    (b"\xff\xd8\xff", "JPEG"),
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"II*\x00", "TIFF"), (b"MM\x00*", "TIFF"), (b"II+\x00", "TIFF"), (b"MM\x00+", "TIFF"),
    (b"GIF87a", "GIF"), (b"GIF89a", "GIF"),
    (b"\x00\x00\x00\x0cjP  \r\n\x87\n", "JPEG 2000"), (b"\xff\x4f\xff\x51", "JPEG 2000"),
)
SUFFIXES = frozenset({".jpg", ".jpeg", ".jpe", ".jfif", ".png", ".tif", ".tiff", ".bmp", ".dib",
                      ".gif", ".webp", ".jp2", ".j2k", ".jpx"})
_WORD = re.compile(r"[^\W\d_]{2,}")


def image_format(head: bytes) -> str | None:
    """The image format the first bytes announce, or None.

    >>> image_format(b"\\xff\\xd8\\xff\\xe0\\x00\\x10JFIF"), image_format(b"II*\\x00\\x08\\x00"), image_format(b"Ngh")
    ('JPEG', 'TIFF', None)
    >>> image_format(b"BM" + bytes(4) + bytes(4) + b"\\x36\\x00\\x00\\x00"), image_format(b"BMW 320i, 2019")
    ('BMP', None)
    """
    for magic, name in _MAGIC:
        if head.startswith(magic):
            return name
    # "BM" alone could start a text; a bitmap's two reserved words follow the file size and are zero
    if head[:2] == b"BM" and len(head) >= 14 and head[6:10] == b"\x00\x00\x00\x00":
        return "BMP"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "WebP"
    return None


def _damaged(path: str, fmt: str, exc: BaseException) -> InputError:
    from PIL import UnidentifiedImageError
    if "truncat" in str(exc).lower():
        return InputError(f"{path}: the {fmt} image is truncated (its data ends too early); "
                          f"copy or scan it again.")
    if isinstance(exc, UnidentifiedImageError):   # its message names a BytesIO object: say it plainly
        detail = "its header or directory cannot be read; it may be cut short"
    else:
        lines = str(exc).strip().splitlines()
        detail = f"{type(exc).__name__}: {lines[0][:100]}" if lines else type(exc).__name__
    return InputError(f"{path}: the {fmt} image is damaged and cannot be read ({detail}).")


def _bomb(path: str, fmt: str, exc: BaseException, max_pixels: int) -> InputError:
    """Pillow's DecompressionBombError ("Image size (N pixels) exceeds limit ...") as our one line."""
    m = re.search(r"\((\d+) pixels\)", str(exc))
    found = f"{int(m.group(1)) / 1e6:,.0f} million pixels" if m else f"over {2 * max_pixels / 1e6:,.0f} million pixels"
    return limits.over(path, f"the {fmt} image is {found}", "MAX_PIXELS", f"{max_pixels / 1e6:,.0f}-million-pixel")


def _for_ocr(frame):
    """A frame in a mode Tesseract takes: transparency laid on white, palettes and CMYK to RGB."""
    from PIL import Image
    if frame.mode in ("1", "L", "RGB"):
        return frame
    if frame.mode in ("RGBA", "LA", "PA") or (frame.mode == "P" and "transparency" in frame.info):
        rgba = frame.convert("RGBA")
        white = Image.new("RGB", rgba.size, "white")
        white.paste(rgba, mask=rgba.getchannel("A"))
        return white
    if frame.mode.startswith(("I", "F")):
        return frame.convert("L")
    return frame.convert("RGB")


def read_image(path: str, data: bytes, fmt: str) -> RawDocument:
    from PIL import Image, ImageOps

    max_pixels = limits.get("MAX_PIXELS")
    saved = Image.MAX_IMAGE_PIXELS
    Image.MAX_IMAGE_PIXELS = max_pixels        # Pillow refuses at twice this; we refuse at once, below
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")     # Pillow warns of corrupt EXIF, bombs ...: errors say enough
            try:
                image = Image.open(io.BytesIO(data))
                pages = getattr(image, "n_frames", 1)
                ocr.check_ocr_pages(path, pages, f"the {fmt} image")
                for i in range(pages):
                    image.seek(i)
                    what = f"the {fmt} image" if pages == 1 else f"page {i + 1} of the {fmt} image"
                    ocr.check_pixels(path, image.width, image.height, what)
            except Image.DecompressionBombError as exc:
                raise _bomb(path, fmt, exc, max_pixels) from None
            except NlpolicyError:
                raise
            except (OSError, SyntaxError, ValueError, EOFError, IndexError, TypeError, KeyError) as exc:
                raise _damaged(path, fmt, exc) from None

            ocr.ensure_tesseract(path, f"this {fmt} image")
            chunks: list[str] = []
            read: list[int] = []
            blank: list[int] = []
            for i in range(pages):
                try:
                    image.seek(i)
                    frame = ImageOps.exif_transpose(image) if i == 0 else image
                    frame = _for_ocr(frame)
                    frame.load()
                except Image.DecompressionBombError as exc:
                    raise _bomb(path, fmt, exc, max_pixels) from None
                except (OSError, SyntaxError, ValueError, EOFError, IndexError, TypeError, KeyError) as exc:
                    raise _damaged(path, fmt, exc) from None
                text = ocr.clean_page(ocr.ocr_image(frame, path, i + 1))
                del frame
                if _WORD.search(text):
                    read.append(i + 1)
                    chunks.append(text)
                else:
                    blank.append(i + 1)
                limits.check_chars(path, sum(len(c) + 1 for c in chunks), at_least=i + 1 < pages)
    finally:
        Image.MAX_IMAGE_PIXELS = saved
    if not read:
        raise InputError(f"{path}: the {fmt} image holds no text that OCR could read "
                         f"(is it a scan of a printed page?).")
    notes = [ocr.pages_note(read, f"{fmt} page")]
    if blank:
        notes.append(f"no text found on {fmt} page{'s' if len(blank) > 1 else ''} {ocr.page_ranges(blank)}")
    text = unicodedata.normalize("NFC", "\n".join(chunks))
    return RawDocument(path=path, text=text + "\n", encoding="image+ocr", pages=pages, notes=tuple(notes))
