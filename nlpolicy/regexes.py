"""Regular expressions for document structure: numbering, header lines, citations.

One place for the patterns, each written with ``re.VERBOSE`` and the example that
needed it.  They run over the normalised text (see :mod:`nlpolicy.normalize`).
"""
from __future__ import annotations

import re

# the capital letters of Vietnamese, for a character class ("[" + UPPER + "]"); "À-Ỹ" would also take the lower-case
# letters that Unicode interleaves with them
UPPER = "A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
# the words of the digits ("ba mươi", "năm trăm", "hai dự án")
DIGIT_WORDS = {"không": 0, "một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8,
               "chín": 9}

# ---------------------------------------------------------------- numbering at a line start

# "I- THỰC TRẠNG", "II. MỤC TIÊU", "III – TỔ CHỨC", "IV: ..." ; the numeral is followed by a
# separator and then a letter, so "V/v tăng cường" (a subject line) is not part V.
ROMAN = re.compile(r"""
    (?P<num>[IVXL]{1,7})
    [ ]*[-.–—:)][ ]*
    (?=[A-Za-zĐđÀ-ỹ"“(])
""", re.VERBOSE)

# Lettered parts above the Roman ones: "A- TÌNH HÌNH VÀ NGUYÊN NHÂN", "B- ĐỊNH HƯỚNG ...",
# "C- TỔ CHỨC THỰC HIỆN" (20-NQ/TW).  An upper-case heading must follow.
PART = re.compile(r"""
    (?P<num>[A-H])[ ]*[-.)–][ ]*
    (?=[A-ZĐÀ-Ỹ][A-ZĐÀ-Ỹ ,]{3})
""", re.VERBOSE)

# "3.1 Mục tiêu", "3.2 - Chỉ tiêu", "4.2- Đầu tư", "4.7-", "1.1.2. ..."; a decimal number
# may stand without a separator.  "2.029,4 ha" is not a heading: a letter must follow.
DECIMAL = re.compile(r"""
    (?P<num>\d{1,2}(?:\.\d{1,2}){1,3})
    \.?[ ]*[-.–)]?[ ]*
    (?=[A-Za-zĐđÀ-ỹ"“(])
""", re.VERBOSE)

# "1- Dự báo", "2. Quan điểm", "3) ...", "1.Phát triển"; a bare "1" (page number, table row
# number) has no separator and is not a heading.
ARABIC = re.compile(r"""
    (?P<num>\d{1,2})
    [ ]*[-.–)][ ]*
    (?=[A-Za-zĐđÀ-ỹ"“(])
""", re.VERBOSE)

# "a) ...", "b- ...", "c. ..."; a lower-case letter alone, so "a)" but not "ab)".
LETTER = re.compile(r"""
    (?P<num>[a-zđ])
    [ ]*[).\-–][ ]+
    (?=\S)
""", re.VERBOSE)

# "(i) khẩn trương ...", "(ii) Ưu tiên ...", "(1) ..." items: numbered 1, 2 ... under the item
# above; a bare "(1)" on its own line is a table's column number, not an item.
PAREN = re.compile(r"""
    \((?P<num>[ivx]{1,4}|\d{1,2})\)[.:]?[ ]*
    (?=[A-Za-zĐđÀ-ỹ"“])
""", re.VERBOSE)

# "Điều 1.", "Điều 2:" in legal-style documents: ids D1, D2.
ARTICLE = re.compile(r"""
    Điều[ ]+(?P<num>\d{1,3})[ ]*[.:]
""", re.VERBOSE)

# An appendix heading on its own line: "PHỤ LỤC", "Phụ lục I", "PHỤ LỤC SỐ 2", "Phụ lục II:".
APPENDIX = re.compile(r"""
    (?:PHỤ[ ]LỤC|Phụ[ ]lục|Phụ[ ]Lục)
    (?:[ ]+(?:SỐ[ ]+|số[ ]+)?(?P<num>[IVX]{1,4}|\d{1,2}))?
    [ ]*[:.\-–]?[ ]*$
""", re.VERBOSE)


# ---------------------------------------------------------------- header

KIND_LINE = re.compile(r"""
    ^(?P<kind>NGHỊ[ ]QUYẾT|KẾT[ ]LUẬN|CHỈ[ ]THỊ|KẾ[ ]HOẠCH|CHƯƠNG[ ]TRÌNH(?:[ ]HÀNH[ ]ĐỘNG)?
      |BÁO[ ]CÁO|DỰ[ ]THẢO[ ]BÁO[ ]CÁO|QUYẾT[ ]ĐỊNH|THÔNG[ ]BÁO|HƯỚNG[ ]DẪN|TỜ[ ]TRÌNH|CÔNG[ ]VĂN|ĐỀ[ ]ÁN)
    (?![a-zà-ỹ])
""", re.VERBOSE)

# "Số: 57-NQ/TW", "Số 57 -NQ/TU" (OCR), "Số:  /KH-UBND" (a draft: no number yet).
NUMBER_LINE = re.compile(r"""
    (?:\b(?:Số|SỐ|Sô|SÔ|Só|SÓ|S[ổố])|^[ ]*(?:số|sô|só)   # OCR reads "SỐ" as "SÓ", "Sô"; a lower-cased "số:" opens its line
       |^[ ]*(?:Nghị[ ]quyết|NGHỊ[ ]QUYẾT|Luật|LUẬT|Nghị[ ]định|Quyết[ ]định)[ ]+(?:số|SỐ)(?=[ ]*:))   # the Assembly's "Nghị quyết số: 64/2026/QH16"
    [ ]*:?[ ]*(?P<num>\d+(?:\.\d{1,3})?[ ]*[-/][^\s,;]*|\d+[A-ZĐ]{1,4}-[^\s,;]+|[ ]*/[^\s,;]+)   # "89NQ-HĐND": the slash lost
""", re.VERBOSE)

# "Hà Nội, ngày 22 tháng 12 năm 2024", "Lào Cai, ngày     tháng      năm 2026"
# "Hà Nội, ngày 15/3/2016" and "Đà Nẵng, ngày 15-03-2016" too
PLACE_DATE = re.compile(r"""
    (?<![\w/-])(?P<place>[A-ZĐÀ-Ỹ][a-zđà-ỹ]+(?:[ ]+[A-ZĐÀ-Ỹ][a-zđà-ỹ]+){0,3})[ ]*\*?[ ]*,[ ]*\*?[ ]*(?:ngày|Ngày)[ ]*
    (?:(?P<d>\d{1,2})?[ ]*tháng[ ]*(?P<m>\d{1,2})?[ ]*năm[ ]*(?P<y>\d{4})
      |(?P<d2>\d{1,2})[/.\-](?P<m2>\d{1,2})[/.\-](?P<y2>\d{4}))
""", re.VERBOSE)
# the same in a text that lost its capitals ("hà nội, ngày 10 tháng 01 năm 2025"): the place is the
# words right before ", ngày" (at most four, after a line start, a cell's pipe or a number)
PLACE_DATE_LOWER = re.compile(PLACE_DATE.pattern.replace(
    "(?P<place>[A-ZĐÀ-Ỹ][a-zđà-ỹ]+(?:[ ]+[A-ZĐÀ-Ỹ][a-zđà-ỹ]+){0,3})",
    "(?P<place>[a-zđà-ỹ]+(?:[ ]+[a-zđà-ỹ]+){0,3})"), re.VERBOSE)

# ---------------------------------------------------------------- citations

_KIND_WORDS = r"""
    Nghị[ ]quyết|Kết[ ]luận|Chỉ[ ]thị|Kế[ ]hoạch|Chương[ ]trình(?:[ ]hành[ ]động)?|Báo[ ]cáo
    |Quyết[ ]định|Nghị[ ]định|Thông[ ]tư|Luật|Công[ ]văn|Văn[ ]bản|Thông[ ]báo|Tờ[ ]trình
    |Hướng[ ]dẫn|Đề[ ]án|Giấy[ ]mời|Phiếu[ ]chuyển|Quy[ ]định|Báo[ ]cáo[ ]thẩm[ ]định
"""

# Party numbering: "28-NQ/TU", "3260-KH/ĐĐQH15", "402-CV/VPĐU", "Số 34 -NQ/TU" (OCR spacing).
# (Both patterns look ahead for the digit before they look behind: a scan over the whole text then
# passes the other positions at one test each.)
PARTY_NUMBER = re.compile(r"""
    (?=\d)(?<![\w/])(?P<n>\d{1,5})[ ]*[-‐–][ ]*(?P<code>[A-ZĐ][A-Za-zĐđ]{0,4})[ ]*/[ ]*(?P<org>[A-ZĐ][A-Za-zĐđ0-9]{0,11})(?![\w])
""", re.VERBOSE)

# State numbering: "134/KH-UBND", "866/QĐ-TTg", "32/2024/NĐ-CP", "1918/SNNMT-QLĐĐ",
# "02/2026/VQYB-DA", "03/2026/VQYB" (no second part), "5973/UBND-KT", and numbers
# with a dot, kept whole: "66.4/2025/NQ-CP" (never "4/2025/NQ-CP").
STATE_NUMBER = re.compile(r"""
    (?=\d)(?<![\w/])(?<!\d\.)(?P<n>\d{1,5}(?:\.\d{1,3})?)(?:/(?P<year>(?:19|20)\d{2}))?/(?P<code>[A-ZĐ][A-Za-zĐđ&0-9]{0,9})
    # the issuers after the code, joined by "-"; word-segmented texts space the marks out
    # ("45/2006/TT - BTC", "117/2007/TTLT / BTC-BLĐTBXH", "01/2006/TTLT-BLĐTBXH - BGDĐT-BYT")
    # ("25/2024/QĐ- UBND": a line wrapped after the hyphen; "7628/STC-PC&CSTC": an "&" inside an issuer)
    (?:(?:-[ ]?|[ ]-[ ]|[ ]/[ ])(?P<org>[A-ZĐ][A-Za-zĐđ0-9&]{0,11}(?:(?:-|[ ]-[ ])[A-ZĐ][A-Za-zĐđ0-9&]{0,8}){0,3}))?(?![\w/&])
""", re.VERBOSE)

CITE_KIND_BEFORE = re.compile(r"(?P<kind>" + _KIND_WORDS + r")(?:[ ]+(?:liên[ ]tịch[ ]+)?số)?[ ]*:?[ ]*$", re.VERBOSE | re.IGNORECASE)

CITE_DATE_AFTER = re.compile(r"""
    ^[ ,]*ngày[ ]+(?:(?P<d>\d{1,2})[ ]*[/.\-][ ]*(?P<m>\d{1,2})[ ]*[/.\-][ ]*(?P<y>(?:19|20)\d{2})
                  |(?P<d2>\d{1,2})[ ]+tháng[ ]+(?P<m2>\d{1,2})[ ]+năm[ ]+(?P<y2>(?:19|20)\d{2}))
""", re.VERBOSE)

CITE_ISSUER_AFTER = re.compile(r"""
    ^[ ,]*(?:của|do)[ ]+(?P<issuer>[^,;.()\n]{3,80}?)(?=[ ]+(?:về|V/v|ban[ ]hành|phê[ ]duyệt|quy[ ]định|hướng[ ]dẫn|thực[ ]hiện)\b|[,;.()\n]|$)
""", re.VERBOSE)


# ---------------------------------------------------------------- scanning line by line

class LinePattern:
    """A pattern that matches at a line start and stays on its line (``^...`` in multi-line mode),
    scanned from the line breaks.

    The regex engine tries a pattern that starts with "^" at every position of a text; one that
    starts with a line break is searched for in C.  So the line starts where the pattern can match
    are found by ``\\n(?=...)``, and the match is taken there: the same matches as
    ``re.compile("^...", re.M).finditer(text)``, ten times faster over a 40,000-character text.
    The pattern must not match a line break (no match then runs into the next line).

        >>> rx = LinePattern(r"[ ]*(\\d{1,3})[ ]*$")
        >>> [m.group(1) for m in rx.finditer("12\\nabc 3\\n 4 \\n5")]
        ['12', '4', '5']
        >>> [m.span() for m in LinePattern(r"a|b").finditer("xa\\nb\\na")]
        [(3, 4), (5, 6)]
    """

    def __init__(self, body: str, flags: int = 0):
        flags |= re.MULTILINE
        end = "\n)" if flags & re.VERBOSE else ")"     # (a verbose pattern's last comment ends at a line break)
        self.pattern = re.compile("^(?:" + body + end, flags)
        self._after_break = re.compile(r"\n(?=" + body + end, flags)

    def finditer(self, text: str):
        m = self.pattern.match(text)
        if m:
            yield m
        for b in self._after_break.finditer(text):
            yield self.pattern.match(text, b.end())


_DIGITS = re.compile(r"\d+")
_LAST_DIGITS: list = [(None, ())]   # (the last text scanned, its runs), one tuple: read whole or not at all


def digit_runs(text: str) -> tuple[tuple[int, int], ...]:
    """The (start, end) of every run of digits in ``text``: ``re.finditer(r"\\d+", text)``.

    Numbers, citations, quantities and times are all found from the digits of a document, each
    stage in turn over the same text; the scan (a tenth of a millisecond per thousand characters)
    is done once for the last text asked about.

        >>> digit_runs("Số 28-NQ/TU, năm 2020")
        ((3, 5), (17, 21))
    """
    if len(text) < 5000:     # a title, a cell: scanned again (it would put the document's runs out)
        return tuple([m.span() for m in _DIGITS.finditer(text)])
    last = _LAST_DIGITS[0]
    if last[0] is not text:
        last = _LAST_DIGITS[0] = (text, tuple([m.span() for m in _DIGITS.finditer(text)]))
    return last[1]


def find_all(text: str, word: str, start: int = 0, end: int | None = None) -> list[int]:
    """Where ``word`` starts in ``text[start:end]``, every time (``str.find`` in C: a literal's places before
    a pattern is tried at each of them, where a pattern alone is tried at every position).

        >>> find_all("hằng năm và hằng năm", "hằng năm")
        [0, 12]
    """
    end = len(text) if end is None else end
    out, i = [], text.find(word, start, end)
    while i >= 0:
        out.append(i)
        i = text.find(word, i + 1, end)
    return out


def finditer_from_digits(pattern: re.Pattern, text: str):
    """``pattern.finditer(text)`` for a pattern whose every match starts a run of digits (it begins
    with a digit not preceded by a word character): tried at those starts alone."""
    end = 0
    for start, _ in digit_runs(text):
        if start < end:
            continue
        m = pattern.match(text, start)
        if m:
            yield m
            end = m.end()


# ---------------------------------------------------------------- word lists

def trie_pattern(words: list[str]) -> str:
    """One regex alternation of ``words`` as a trie ("cụm công nghiệp|cụm" -> "cụm(?: công nghiệp)?"),
    longer words first: the regex engine tries a prefix once instead of once per word (the scans for
    project heads and province names run over every text).  Each word starts a word of the text: the look-behind stands after its first letter ("c(?<!\\wc)ụm"),
    so that the scan is searched for the first letters in C (a leading look-behind is tried at every
    position, twice as slow).

    >>> print(trie_pattern(["cụm", "cụm công nghiệp", "kè"]))
    (?:c(?<!\\wc)ụm(?:\\ công\\ nghiệp)?|k(?<!\\wk)è)
    """
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict, first: bool = False) -> str:
        ends = "" in node
        alts = [re.escape(ch) + (rf"(?<!\w{re.escape(ch)})" if first else "") + emit(sub)
                for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if ends else body

    return emit(trie, first=True)



def word_start_alternation(alternatives: list[str]) -> str:
    r"""``(?<!\w)(?:a|b|...)``: one of ``alternatives`` (regular expressions, tried in their order) starting a word,
    written so that the regex engine searches for their first letters in C (a pattern that starts with a look-behind
    is tried at every position): the alternatives are grouped by their first letter, and each group looks behind that
    letter for a word character ("c(?<!\wc)(?:ông suất|ó)").  The same matches as the plain form: the alternatives
    of one letter keep their order, and no two of different letters match at one place.  Letters that fold alike
    ("đ" and "d": a tolerant :class:`~nlpolicy.matching.Cue` matches the pattern folded) are one group, each
    alternative with its own letter.  An alternative that opens with anything but a plain letter (a group, a class,
    a letter made optional) leaves the whole list in the plain form.

    >>> print(word_start_alternation(["công suất", "có", "đã", "dự kiến", "tăng"]))
    (?:c(?<!\wc)(?:ông suất|ó)|(?:đ(?<!\wđ)ã|d(?<!\wd)ự kiến)|t(?<!\wt)ăng)
    >>> print(word_start_alternation(["tăng", "(?:x|y)z"]))
    (?<!\w)(?:tăng|(?:x|y)z)
    """
    from nlpolicy.textfold import fold
    if not all(a[:1].isalpha() and a[1:2] not in ("?", "*", "+", "{") for a in alternatives):
        return r"(?<!\w)(?:" + "|".join(alternatives) + ")"
    groups: dict[str, list[str]] = {}
    for a in alternatives:
        groups.setdefault(fold(a[0]), []).append(a)
    out = []
    for group in groups.values():
        first = group[0][0]
        if all(a[0] == first for a in group):
            rests = [a[1:] for a in group]
            out.append(rf"{first}(?<!\w{first})" + (rests[0] if len(rests) == 1 else "(?:" + "|".join(rests) + ")"))
        else:
            out.append("(?:" + "|".join(rf"{a[0]}(?<!\w{a[0]}){a[1:]}" for a in group) + ")")
    return "(?:" + "|".join(out) + ")"


# a figure alone in its cell, as tables copied one cell a line give it: "4.220", "100,0", "≥ 95", "12%"
FIGURE_CELL = re.compile(r"[<>≤≥~]?[ ]*\d[\d.,]*[ ]*%?")

# a table's total row by its first cell: "Tổng cộng", "Cộng", "Toàn tỉnh", or what it sums, "TỔNG THU NGÂN SÁCH NHÀ NƯỚC
# TRÊN ĐỊA BÀN", "Tổng vốn", with what it counts in brackets, "Tổng cộng (09 nhiệm vụ)" (nlpolicy.tables,
# nlpolicy.normalize)
# a part of the document named by its unit and label, in the strict key: "mục 2", "khoản 3", "điểm a", "phần iii"
REF_UNIT = r"(?:tiểu mục|mục|phần|điểm|khoản|điều|tiết)"
REF_LABEL = r"(?:[ivxlc]+|\d{1,2}(?:\.\d{1,2})*|[a-zđ])(?![\w])"
TOTAL_LINE = re.compile(r"(?i)(?:(?:tổng cộng|tổng số|cộng|toàn tỉnh|tổng)"
                        r"|tổng[ ](?:thu|chi|vốn|nguồn vốn|mức đầu tư|kinh phí|diện tích)(?:[ ][^\W\d_]+){0,10})"
                        r"(?:[ ]*\((?:\d{1,4}[ ])?[^\W\d_][^()\n]{0,38}\))?[ :]*$")
# what OCR prints for the digits of a row's or an item's number: "l", "I" or "|" for 1, "O" or "o" for 0
# (a table for str.translate: a number read so stands only where the numbering expects it)
OCR_DIGITS = str.maketrans("lI|Oo", "11100")
