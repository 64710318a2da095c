"""RTF: the text of a Rich Text Format file, read from its source.

A Word document saved as RTF, or its source pasted into a ``.txt``, holds the text between control words:
``\\par`` ends a paragraph, ``\\tab`` is a tab, ``\\u7897?`` is "ộ" (a Unicode escape and its one-character
fallback), ``\\'e1`` a byte of the code page ``\\ansicpg`` names, a bare line break in the source is no text.
The groups that hold no text of the document (the font, colour and style tables, document properties,
pictures, field instructions, ``{\\*\\...}`` destinations) are skipped.  A table's cells are joined by " | ",
one row a line, as a pipe table.
"""
from __future__ import annotations

import codecs
import re
import unicodedata

from nlpolicy.errors import InputError
from nlpolicy.types import RawDocument

_TOKEN = re.compile(rb"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?|\\'([0-9a-fA-F]{2})|\\([^a-zA-Z])|([{}])|[\r\n]+"
                    rb"|([^\\{}\r\n]+)")
_SKIPPED = frozenset({b"fonttbl", b"colortbl", b"stylesheet", b"info", b"pict", b"object", b"fldinst",
                      b"listtable", b"listoverridetable", b"rsidtbl", b"generator", b"themedata", b"header",
                      b"footer", b"headerl", b"headerr", b"headerf", b"footerl", b"footerr", b"footerf",
                      b"colorschememapping", b"latentstyles", b"datastore", b"xmlnstbl", b"filetbl",
                      b"revtbl", b"userprops", b"nonshppict", b"footnote", b"annotation", b"atnid",
                      b"atnauthor", b"bkmkstart", b"bkmkend", b"shpinst", b"shptxt", b"mmathPr", b"pgdsctbl"})
_BREAKS = {b"par": "\n", b"line": "\n", b"sect": "\n", b"page": "\n", b"tab": "\t", b"row": "\n",
           b"emdash": "—", b"endash": "–", b"bullet": "•", b"lquote": "‘", b"rquote": "’",
           b"ldblquote": "“", b"rdblquote": "”", b"emspace": " ", b"enspace": " ", b"qmspace": " "}
_SYMBOLS = {b"~": " ", b"_": "-", b"-": "", b"\\": "\\", b"{": "{", b"}": "}", b"\n": "\n", b"\r": "\n"}


def looks_like_rtf(head: bytes) -> bool:
    """The file is RTF source: it opens with ``{\\rtf`` (after a BOM or white space).

    >>> looks_like_rtf(b"{\\\\rtf1\\\\ansi ..."), looks_like_rtf(b"\\xef\\xbb\\xbf {\\\\rtf1")
    (True, True)
    >>> looks_like_rtf(b"{rtf")
    False
    """
    return head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{\\rtf")


def rtf_text(data: bytes) -> str:
    """The document's text from RTF source (NFC; a cell ends in " | ", a row in a line break)."""
    out: list[str] = []
    pending = bytearray()            # bytes of \\'hh escapes, decoded together (a code page may need two)
    codepage = "cp1252"
    stack: list[tuple[bool, int]] = []
    skip, uc, fallback = False, 1, 0
    first_in_group = False           # the next control word opens the group (a destination's name)

    def flush() -> None:
        if pending:
            out.append(pending.decode(codepage, errors="replace"))
            pending.clear()

    for m in _TOKEN.finditer(data):
        word, arg, hexbyte, symbol, brace, text = m.groups()
        opens = first_in_group
        first_in_group = False
        if brace == b"{":
            stack.append((skip, uc))
            first_in_group = True
            continue
        if brace == b"}":
            flush()
            skip, uc = stack.pop() if stack else (False, 1)
            fallback = 0
            continue
        if word is not None:
            if word in _SKIPPED and (opens or word in (b"fonttbl", b"colortbl", b"stylesheet", b"info")):
                skip = True
            elif word == b"ansicpg" and arg:
                name = f"cp{int(arg)}"
                try:
                    codecs.lookup(name)
                    codepage = name
                except LookupError:
                    pass
            elif word == b"uc" and arg is not None:
                uc = max(0, int(arg))
            elif skip:
                continue
            elif word == b"u" and arg is not None:
                flush()
                n = int(arg)
                out.append(chr(n + 65536 if n < 0 else n))
                fallback = uc
            elif word == b"cell" or word == b"nestcell":
                flush()
                out.append(" | ")
            elif word in _BREAKS:
                flush()
                out.append(_BREAKS[word])
            continue
        if symbol is not None:
            if symbol == b"*" and opens:
                skip = True
            elif not skip and symbol in _SYMBOLS:
                flush()
                out.append(_SYMBOLS[symbol])
            continue
        if skip:
            continue
        if hexbyte is not None:
            if fallback:
                fallback -= 1
            else:
                pending.append(int(hexbyte, 16))
            continue
        if text is not None:
            flush()
            chunk = text.decode(codepage, errors="replace")
            if fallback:
                cut = min(fallback, len(chunk))
                chunk, fallback = chunk[cut:], fallback - cut
            out.append(chunk)
    flush()
    lines = [re.sub(r"(?:[ ]\|[ ]*)+$", "", line) if "|" in line else line for line in "".join(out).split("\n")]
    return unicodedata.normalize("NFC", "\n".join(lines)).strip("\n") + "\n"


def read_rtf(path: str, data: bytes) -> RawDocument:
    text = rtf_text(data)
    if not text.strip():
        raise InputError(f"{path}: the RTF file holds no text.")
    return RawDocument(path=path, text=text, encoding="rtf")
