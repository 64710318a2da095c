"""Vietnamese legacy 8-bit encodings: TCVN3 (ABC) and VNI Windows.

Both predate Unicode and look like mojibake when read as Windows-1252
("NghÞ quyÕt" is TCVN3, "Nghò quyeát" is VNI, for "Nghị quyết").  The
mapping tables are data (``resources/enc_tcvn3.tsv``, ``resources/enc_vni.tsv``),
loaded once on first use.

>>> decode(bytes.fromhex("4E 67 68 DE 20 71 75 79 D5 74"), "tcvn3")
'Nghị quyết'
>>> decode("Nghò quyeát".encode("latin-1"), "vni")
'Nghị quyết'
>>> encode("Nghị quyết", "vni") == "Nghò quyeát".encode("latin-1")
True
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

ENCODINGS = ("tcvn3", "vni")
LABELS = {"tcvn3": "TCVN3 (ABC)", "vni": "VNI"}


@dataclass(frozen=True)
class _Table:
    to_unicode: dict[str, str]      # legacy code (bytes as latin-1 str) -> Unicode letter
    from_unicode: dict[str, str]    # Unicode letter -> legacy code
    pattern: re.Pattern[str]        # longest code first


@lru_cache(maxsize=None)
def _table(name: str) -> _Table:
    if name not in ENCODINGS:
        raise ValueError(f"unknown legacy encoding {name!r}")
    text = resources.files("nlpolicy.resources").joinpath(f"enc_{name}.tsv").read_text("utf-8")
    to_u: dict[str, str] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        letter, hexcodes = line.split("\t")
        code = bytes.fromhex(hexcodes).decode("latin-1")
        to_u[code] = letter
    codes = sorted(to_u, key=len, reverse=True)
    pattern = re.compile("|".join(re.escape(c) for c in codes))
    return _Table(to_u, {v: k for k, v in to_u.items()}, pattern)


# A word written in a capitals font comes out of TCVN3 with lower-case toned
# letters among capitals ("NGHị QUYếT"): those are upper-cased.
_MIXED_CAPS = re.compile(r"\b(?=\w*[A-ZĐ]\w*[A-ZĐ]|[A-ZĐ]\w*[^\W\d_a-z])"
                         r"[A-ZĐ\u00C0-\u1EF9]*[^\W\d_a-zA-Z][A-ZĐ\u00C0-\u1EF9]*\b")


def _fix_caps(text: str) -> str:
    def repl(m: re.Match[str]) -> str:
        word = m.group(0)
        if any(c.isascii() and c.islower() for c in word):
            return word
        upper = sum(c.isupper() for c in word)
        return word.upper() if upper >= 2 or (upper == 1 and len(word) <= 3) else word
    return _MIXED_CAPS.sub(repl, text)


def decode(data: bytes, name: str) -> str:
    """Decode legacy bytes to NFC Unicode (unmapped bytes read as Latin-1)."""
    table = _table(name)
    text = data.decode("latin-1")
    text = table.pattern.sub(lambda m: table.to_unicode[m.group(0)], text)
    if name == "tcvn3":
        text = _fix_caps(text)
    return unicodedata.normalize("NFC", text)


def encode(text: str, name: str) -> bytes:
    """The inverse of :func:`decode`, for tests and fixtures.

    Raises ``ValueError`` on a letter the encoding cannot write (TCVN3 has no
    upper-case toned letters).
    """
    table = _table(name)
    out = []
    for ch in unicodedata.normalize("NFC", text):
        code = table.from_unicode.get(ch)
        if code is None:
            if ord(ch) > 0x7F:
                raise ValueError(f"{ch!r} cannot be written in {LABELS[name]}")
            code = ch
        out.append(code)
    return "".join(out).encode("latin-1")
