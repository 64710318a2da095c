"""Plain text files: find the encoding, never guess silently.

Order of evidence: a byte-order mark; the NUL pattern of UTF-16; strict UTF-8;
then the 8-bit candidates (Windows-1258, TCVN3, VNI), each scored by the share
of its non-ASCII words that are well-formed Vietnamese syllables.  The winner
must be convincing and clearly ahead, or :class:`InputError` says the encoding
could not be determined.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter

from nlpolicy.errors import InputError
from nlpolicy.ingest import legacy, limits
from nlpolicy.types import RawDocument

LABELS = {"utf-8": "UTF-8", "utf-16-le": "UTF-16", "utf-16-be": "UTF-16",
          "cp1258": "Windows-1258", "tcvn3": "TCVN3 (ABC) legacy", "vni": "VNI legacy"}
MIN_SCORE = 0.8          # share of non-ASCII words that must be Vietnamese syllables
MIN_MARGIN = 0.15        # lead of the winner over the runner-up
SAMPLE = 200_000         # bytes scored; enough to decide, cheap on big files

_TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")
_SYLLABLE = re.compile(r"""
    (?:ngh|ng|nh|gh|gi|kh|ph|qu|th|tr|ch|[bcdđghklmnpqrstvx])?   # onset
    (?:uyê|uyu|uya|iêu|yêu|oai|oay|oeo|uây|uôi|ươi|ươu          # nucleus, glides included;
     |ai|ao|au|ay|âu|ây|eo|êu|ia|iê|iu|oa|oă|oe|oi|ôi|ơi|oo      # "oo" for xoong, boong
     |ua|uâ|uê|ui|uô|uơ|uy|ưa|ưi|ưu|ươ|yê
     |[aăâeêioôơuưy])
    (?:ng|nh|ch|[cmnpt])?                                        # coda
    """, re.VERBOSE)
_VOWELS = "aăâeêioôơuưy"
_LETTERS = frozenset(
    unicodedata.normalize("NFC", v + t) for v in _VOWELS + _VOWELS.upper()
    for t in ("", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323")
) | frozenset("đĐ") | frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
_EDGE_PUNCT = "\"'“”‘’()[]{}<>.,;:!?…-–—/\\*+=%&#@|_~`^0123456789"
_CONTROL = re.compile(rb"[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f\x7f]")


def is_syllable(word: str) -> bool:
    """True when ``word`` is a well-formed Vietnamese syllable (any case, one tone).

    >>> [is_syllable(w) for w in ("Nghị", "quyết", "NGƯỜI", "NghÞ", "Vieät", "khoẻ")]
    [True, True, True, False, False, True]
    """
    if not all(ch in _LETTERS for ch in word):
        return False
    decomposed = unicodedata.normalize("NFD", word.lower())
    tones = sum(ch in _TONE_MARKS for ch in decomposed)
    if tones > 1:
        return False
    base = unicodedata.normalize("NFC", "".join(ch for ch in decomposed if ch not in _TONE_MARKS))
    return _SYLLABLE.fullmatch(base) is not None


def vietnamese_score(text: str) -> tuple[float, int]:
    """(share of non-ASCII words that are Vietnamese syllables, how many such words).

    >>> vietnamese_score("Nghị quyết của Tỉnh ủy")
    (1.0, 5)
    >>> vietnamese_score("NghÞ quyÕt cña TØnh ñy")[0] < 0.5
    True
    """
    words = Counter(w.strip(_EDGE_PUNCT) for w in text.split())
    good = total = 0
    for word, n in words.items():
        if not word or word.isascii():
            continue
        total += n
        if is_syllable(word):
            good += n
    return (good / total if total else 0.0), total


def looks_binary(data: bytes) -> bool:
    """Control bytes a text file would not hold (NUL, bell, ...) in more than 1 byte in 200."""
    sample = data[:SAMPLE]
    return len(_CONTROL.findall(sample)) * 200 > len(sample)


def _utf16_by_nuls(data: bytes) -> str | None:
    sample = data[:SAMPLE]
    even, odd = sample[0::2], sample[1::2]
    if not odd:
        return None
    nul_even, nul_odd = even.count(0) / len(even), odd.count(0) / len(odd)
    if nul_odd > 0.3 and nul_even < 0.02:
        return "utf-16-le"
    if nul_even > 0.3 and nul_odd < 0.02:
        return "utf-16-be"
    return None


def _decode_8bit(data: bytes, name: str) -> str:
    if name == "cp1258":
        return unicodedata.normalize("NFC", data.decode("cp1258", errors="replace"))
    return legacy.decode(data, name)


def _best(candidates: dict[str, str], path: str) -> str:
    scored = sorted(((vietnamese_score(t[:SAMPLE]), name) for name, t in candidates.items()),
                    reverse=True)
    (best, n), name = scored[0]
    runner = scored[1][0][0] if len(scored) > 1 else 0.0
    distinct = len({candidates[nm] for _, nm in scored}) > 1
    if best < MIN_SCORE or (distinct and best - runner < MIN_MARGIN) or n == 0:
        tried = ", ".join(f"{LABELS[nm]} {sc:.0%}" for (sc, _), nm in scored)
        raise InputError(f"{path}: the text encoding could not be determined "
                         f"(Vietnamese words found when read as {tried}); "
                         f"save the file as UTF-8 and try again.")
    return name


def _too_long(path: str, n: int) -> None:
    """Refuse early, before costly steps, what is sure to pass ``limits.MAX_CHARS``: ``n`` code
    points or 8-bit bytes are at least ``n / 3`` characters once composed (NFC)."""
    limits.check_chars(path, n // 3, at_least=True)


def decode_text(data: bytes, path: str = "<bytes>") -> tuple[str, str, tuple[str, ...]]:
    """Bytes -> (NFC text with ``\\n`` line ends, encoding name, notes)."""
    notes: list[str] = []
    if data.startswith(b"\xef\xbb\xbf"):
        data, forced = data[3:], "utf-8"
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        forced = "utf-16-le" if data[:2] == b"\xff\xfe" else "utf-16-be"
        data = data[2:]
    else:
        forced = _utf16_by_nuls(data)
    if forced and forced.startswith("utf-16"):
        try:
            text = data.decode(forced)
        except UnicodeDecodeError:
            raise InputError(f"{path}: the file looks like UTF-16 text but does not decode as UTF-16.") from None
        _too_long(path, len(text))
        encoding = forced
        notes.append("read as UTF-16")
    else:
        if looks_binary(data):
            raise InputError(f"{path}: the file holds binary data, not text, PDF, Word (.docx) or a scanned image.")
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            if forced == "utf-8":
                raise InputError(f"{path}: the file starts with a UTF-8 mark but is not valid UTF-8.") from None
            _too_long(path, len(data))
            candidates = {nm: _decode_8bit(data, nm) for nm in ("cp1258", "tcvn3", "vni")}
            encoding = _best(candidates, path)
            text = candidates[encoding]
            notes.append(f"read as {LABELS[encoding]} encoding")
        else:
            _too_long(path, len(text))
            text, encoding, notes = _rescue_mojibake(text, encoding, notes)
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    return text, encoding, tuple(notes)


_VIET_ONLY = frozenset("ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹĂÂĐÊÔƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ")


def _rescue_mojibake(text: str, encoding: str, notes: list[str]) -> tuple[str, str, list[str]]:
    """UTF-8 text that is TCVN3/VNI read as Windows-1252 ("NghÞ quyÕt") is converted back."""
    head = text[:4000]
    if sum(map(_VIET_ONLY.__contains__, head)) > 0.02 * max(1, len(head)):
        return text, encoding, notes   # letters only Vietnamese has: real Unicode Vietnamese, no mojibake
    score, n = vietnamese_score(text[:SAMPLE])
    if n < 3 or score >= 0.5:
        return text, encoding, notes
    raw = _as_cp1252_bytes(text)
    if raw is None:
        return text, encoding, notes
    # UTF-8 read as Windows-1252 and saved again ("Nghá»‹ quyáº¿t"): its bytes are the UTF-8 of the text
    # (a damaged copy, a scan of a print of it, breaks a few sequences: each becomes "\ufffd")
    fixed = raw.decode("utf-8", errors="replace")
    if fixed.count("\ufffd") <= 0.005 * len(fixed) and vietnamese_score(fixed[:SAMPLE])[0] >= MIN_SCORE:
        notes.append("UTF-8 text read once as Windows-1252 (mojibake), converted back")
        return fixed, "utf-8+cp1252", notes
    for name in legacy.ENCODINGS:
        fixed = legacy.decode(raw, name)
        if vietnamese_score(fixed[:SAMPLE])[0] >= MIN_SCORE:
            notes.append(f"UTF-8 text holding {LABELS[name]} mojibake, converted to Unicode")
            return fixed, f"utf-8+{name}", notes
    return text, encoding, notes


def _as_cp1252_bytes(text: str) -> bytes | None:
    """The bytes a Windows-1252 reader took ``text`` from, or None when a character has none.

    The five bytes Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) come back as the
    control characters of the same code, as readers that map them through Latin-1 give them.
    """
    try:
        return text.encode("cp1252")
    except UnicodeEncodeError:
        pass
    out = bytearray()
    for ch in text:
        try:
            out += ch.encode("cp1252")
        except UnicodeEncodeError:
            if ord(ch) > 0xFF:
                return None
            out.append(ord(ch))
    return bytes(out)


def read_text(path: str, data: bytes) -> RawDocument:
    text, encoding, notes = decode_text(data, path)
    if not text.strip():
        raise InputError(f"{path}: the file holds only white space, no text.")
    return RawDocument(path=path, text=text, encoding=encoding, notes=notes)
