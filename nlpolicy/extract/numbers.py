"""Vietnamese numbers and quantities: ``9,5%/năm``, ``2.029,4 ha``, ``trên 80%``.

Vietnamese writes decimals with a comma and groups thousands with dots
(``1.200`` = 1200, ``2.029,4`` = 2029.4).  A *quantity* is a number with a unit
("300 triệu USD", "56 cụm công nghiệp", "59/76 hộ", a rate "41 triệu đồng/người/năm"),
with the comparator words just before it ("đạt trên", "tối thiểu", "không quá") and
ranges ("16 - 18%/năm", "từ 8 đến 10%"); a rank ("nhóm 3 nước dẫn đầu", "xếp thứ 5")
has the unit "hạng".  A bare number is not a quantity: it may be a
document number, a road, an article, a name ("Phú Thịnh 1") or a section number.

Units and comparator words are data: ``resources/units.tsv`` and
``resources/comparators.tsv``, read lazily once.

    >>> [(q.comparator, q.value, q.unit) for q in find_quantities("đạt trên 80%; nhóm 3 nước dẫn đầu")]
    [('>', 80.0, '%'), ('<=', 3.0, 'hạng')]
"""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib.resources import files

from nlpolicy.regexes import digit_runs
from nlpolicy.textfold import fold

__all__ = ["Quantity", "parse_vn_number", "parse_number", "english_numbers", "find_quantities", "NUMBER"]

# A Vietnamese number: dot-grouped thousands with an optional comma decimal part
# ("18.799.810.000", "2.029,4"), or plain digits with an optional comma decimal
# part ("3052,81", "9,5", "02").  "1.5" and "3.2" are neither: in this genre
# they are section numbers ("3.2 - Chỉ tiêu chủ yếu").
# A number as Vietnamese writes it ("1.200", "9,5", "2.029,4") or as a spreadsheet set to English
# writes it ("1,200", "9.5", "2,029.4"); :func:`parse_number` reads which.
VN_NUMBER = r"(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)"
NUMBER = r"(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:,\d+|\.\d{1,2}(?!\d))?)"

_SPACE = "[ \\t\\u00a0]"  # spaces that stay on one line: a unit never starts the next line

# The pattern starts with a digit so that the regex engine can skip ahead fast;
# what may precede the number is checked in code (_starts_token).
_CORE = rf"""
    (?P<n1>{NUMBER})
    (?![.,]?\d)             # never a piece of a number: '3.2 -', 'Phú Thịnh 1,2,3'
    (?:
        {_SPACE}*(?:(?P<u1>%){_SPACE}*)?   # (written so that a long run of spaces cannot backtrack)
        (?P<sep>\\?[-–—]|đến|tới|~)   # '16 - 18%/năm'; 'từ 8 đến 10%'; '40 \\- 50' (markdown escape)
        {_SPACE}*(?P<n2>{NUMBER})(?![.,]?\d)
      |
        /(?P<den>{NUMBER})(?![.,]?\d)   # a part of a whole: '59/76 hộ', '18/75 ha'
    )?
    (?![/\d])               # '24/5/2025' and '32/2024/NĐ-CP' are not quantities
"""

# Words right before a number that make it a reference, not an amount:
# 'Quốc lộ 55', 'QL 28B', 'Vành đai 4', 'Điều 108', 'Khoản 2', 'Số 57', 'lần thứ 9', 'Tổng đài 115'.
_REFERENCE = r"""
    (?<!\w)(?:
        quốc\ lộ | tỉnh\ lộ | đường\ tỉnh | QL | ĐT | DT | ĐH | vành\ đai
      | điều | khoản | (?<!dứt\ )điểm | mục | chương | phần | phụ\ lục | biểu | mẫu | tiểu\ mục
      | (?<!tổng\ )số       # 'Số 57-NQ/TW', 'số 9 Bắc Giang' (but 'tổng số 234 dự án' is a count)
      | thứ | khóa | khoá | kỳ\ họp | tổ | (?<!quân\ )(?<!Quân\ )đội   # ("Quân đội 2.150": the army, no team number)
      | ngày | tháng | quý | năm   # date parts: 'ngày 22 tháng 12', 'năm 2026 báo cáo' (a year, not 2026 reports)
      | nghị\ quyết | nghị\ định | quyết\ định | chỉ\ thị | kết\ luận | thông\ tư | đề\ án
      | công\ văn | văn\ bản | tờ\ trình | thông\ báo | kế\ hoạch | chương\ trình | luật
      | IC | km\ ?số
      | km\ ?\d{1,4}\ ?\+   # a chainage: 'Km6+850' (metres past kilometre 6), no 850 of anything
      | ban\ chỉ\ đạo | BCĐ    # a steering committee named by its founding decision: 'Ban Chỉ đạo 389 tỉnh'
      | tổng\ đài | đường\ dây\ nóng | hotline | (?:trung\ tâm|trạm|gọi)\ cấp\ cứu   # a service's number:
      #   'Tổng đài 1022', 'Trung tâm Cấp cứu 115' (not 'xe cấp cứu 24 chiếc')
    )[ \t\u00a0]*\Z
"""

# "gấp đôi" (twice as much), "gấp ba"; numerals are read by the core pattern ("gấp 2 lần").
_TIMES_WORDS = {"đôi": 2.0, "rưỡi": 1.5, "ba": 3.0, "bốn": 4.0, "mười": 10.0}
_TIMES = r"(?<!\w)gấp[ \t\u00a0]+(?P<w>đôi|rưỡi|ba|bốn|mười)(?!\w)(?![ \t\u00a0]+lần\b)"

# Tokens of the look-back window: words and comparison symbols.
_TOKEN = r"[^\W\d_]+|[<>=≤≥~≈]+"


@dataclass(frozen=True)
class Quantity:
    """A number with a unit, as found in a text.

    ``text == source[start:end]``; the span runs from the first comparator word
    (if any) to the end of the unit (or of a trailing "trở lên").
    ``value_start``/``value_end`` delimit the number itself.
    """
    start: int
    end: int
    text: str
    value: float
    value_max: float | None
    unit: str | None
    comparator: str
    value_start: int
    value_end: int


# ----------------------------------------------------------------- numbers

@cache
def _number_full() -> re.Pattern:
    return re.compile(rf"[-−]?{VN_NUMBER}")


def parse_vn_number(s: str) -> float | None:
    """Read a number written the Vietnamese way; ``None`` if it is not one.

    >>> parse_vn_number("9,5"), parse_vn_number("1.200"), parse_vn_number("2.029,4")
    (9.5, 1200.0, 2029.4)
    >>> parse_vn_number("02"), parse_vn_number("0,7"), parse_vn_number("3052,81")
    (2.0, 0.7, 3052.81)
    >>> parse_vn_number("18.799.810.000")
    18799810000.0
    >>> parse_vn_number(" -5 ")
    -5.0
    >>> [parse_vn_number(s) for s in ("3.2", "1,2,3", "", "9,5%", "abc", "1.20")]
    [None, None, None, None, None, None]
    """
    s = s.strip()
    if not _number_full().fullmatch(s):
        return None
    return float(s.replace("−", "-").replace(".", "").replace(",", "."))


# Numbers that only one convention writes: groups of three with two separators or more, both marks
# ("2.029,4" / "2,029.4"), a decimal of one or two digits ("9,5" / "9.5"); a section number at a
# line start ("2.1. Mục tiêu") or cited ("mục 2.1") is no number
# (each found at its telling mark, which the regex engine scans for in C: "ddd.ddd.ddd" at a dot followed by
# two groups, "ddd.ddd,d" at a dot before the comma's group, "d,dd" at a comma followed by one or two digits)
_ONLY_VN = re.compile(r"[.,](?<=\d[.,])(?:(?<=\.)\d{3}\.\d{3}(?![\d.,])|(?<=\.)\d{3},\d|(?<=,)\d{1,2}(?![\d.,]))")
_ONLY_EN = re.compile(r"[.,](?<=\d[.,])(?:(?<=,)\d{3},\d{3}(?![\d.,])|(?<=,)\d{3}\.\d|(?<=\.)\d{1,2}(?![\d.,]))")
_DIGITS_BEFORE = re.compile(r"[\d.,]*$")
_NOT_AN_AMOUNT = re.compile(r"(?:^|\n)[ #*|(\-+]*[\d.]*$|(?:mục|điểm|khoản|tiết|phần|phụ lục|biểu|mẫu|bảng)[ ]*[\d.]*$",
                            re.IGNORECASE)


def english_numbers(text: str) -> bool:
    """Whether a text writes its numbers the English way: more numbers only English writes ("9.5%",
    "1,200,000") than numbers only Vietnamese writes ("9,5%", "1.200.000").

    >>> english_numbers("tăng 9.5%, đạt 1,250,000 tấn"), english_numbers("tăng 9,5%, đạt 1.250 tấn; mục 2.1")
    (True, False)
    """
    def amounts(rx: re.Pattern):
        for m in rx.finditer(text):
            start = _DIGITS_BEFORE.search(text, max(0, m.start() - 16), m.start()).start()    # the number's start
            if not _NOT_AN_AMOUNT.search(text, max(0, start - 12), start):
                yield m
    english = sum(1 for _ in amounts(_ONLY_EN))
    # (a Vietnamese text has many numbers only Vietnamese writes: counting stops once they outnumber)
    return english > 0 and sum(1 for _ in itertools.islice(amounts(_ONLY_VN), english)) < english


# a number as a whole (a sign allowed), and one group of three after a first group: "1.200", "2,500"
_SIGNED_NUMBER = re.compile(rf"[-−]?{NUMBER}")
_ONE_GROUP = re.compile(r"-?[1-9]\d{0,2}[.,]\d{3}")


def parse_number(s: str, english: bool = False) -> float | None:
    """Read a number in either convention: a form only one convention writes by that one ("9.5",
    "2,029.4", "1.200.000"); one group of three after a single mark ("1.200", "1,200") by the
    document's (``english``), except after a leading zero ("0,125" and "0.125" are decimals).

    >>> parse_number("9.5"), parse_number("2,029.4"), parse_number("2.029,4"), parse_number("1,200,000")
    (9.5, 2029.4, 2029.4, 1200000.0)
    >>> parse_number("1.200"), parse_number("1.200", english=True), parse_number("1,200", english=True)
    (1200.0, 1.2, 1200.0)
    >>> parse_number("0,125", english=True), parse_number("1,2,3")
    (0.125, None)
    """
    s = s.strip()
    if not _SIGNED_NUMBER.fullmatch(s):
        return None
    s = s.replace("−", "-")
    marks = [c for c in s if c in ".,"]
    if not marks:
        return float(s)
    if len(marks) > 1:
        english = marks[0] == ","       # the grouping mark comes first (and is the one that repeats)
    elif not _ONE_GROUP.fullmatch(s):
        english = marks[0] == "."       # not one group of three: the mark is the decimal one
    elif s.lstrip("-").startswith("0"):
        english = marks[0] == "."
    return float(s.replace(",", "") if english else s.replace(".", "").replace(",", "."))


# ----------------------------------------------------------------- lexicons

@dataclass(frozen=True)
class _Unit:
    canonical: str
    unless: frozenset[str]

    @property
    def unless_loose(self) -> frozenset[str]:
        return frozenset(fold(w) for w in self.unless)


def _rows(name: str):
    """Non-comment rows of a TSV under ``nlpolicy/resources``.

    >>> next(iter(_rows("units.tsv")))[:2]
    ['%', '%']
    """
    text = files("nlpolicy").joinpath("resources", name).read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.split("\t")


@lru_cache(maxsize=4096)
def _key(surface: str) -> str:
    """Lookup key of a surface form: case-folded, spaces collapsed, none around "/".

    >>> _key("Người  trên một vạn dân"), _key("% / năm")
    ('người trên một vạn dân', '%/năm')
    """
    s = re.sub(r"\s+", " ", surface.strip().casefold())
    return re.sub(r" ?/ ?", "/", s)


def _pattern_of(surface: str) -> str:
    """Regex for a lexicon surface: any run of spaces for a space, "/" may be spaced.

    >>> _pattern_of("%/năm")
    '%[ \\\\t\\\\u00a0]*/[ \\\\t\\\\u00a0]*năm'
    """
    parts = []
    for ch in surface:
        if ch == " ":
            parts.append(_SPACE + "+")
        elif ch == "/":
            parts.append(_SPACE + "*/" + _SPACE + "*")
        else:
            parts.append(re.escape(ch))
    return "".join(parts)


@cache
def units() -> dict[str, _Unit]:
    """The unit lexicon: surface key -> canonical unit (and words that veto it).

    >>> units()["ccn"].canonical, units()["người trên một vạn dân"].canonical
    ('cụm công nghiệp', 'người/vạn dân')
    """
    out = {}
    for row in _rows("units.tsv"):
        if row[0].startswith("/"):
            continue     # a denominator (see denominators())
        unless = frozenset(w.casefold() for w in row[2].split("|")) if len(row) > 2 and row[2] else frozenset()
        out[_key(row[0])] = _Unit(row[1], unless)
    return out


@cache
def denominators() -> dict[str, str]:
    """The denominators a rate may add to its unit: surface key (without the "/") -> canonical.

    >>> denominators()["đầu người"], denominators()["năm"]
    ('/người', '/năm')
    """
    return {_key(row[0][1:]): row[1] for row in _rows("units.tsv") if row[0].startswith("/")}


@cache
def _denominator_re() -> re.Pattern:
    """'/người/năm', ' / 1 ha', '/01 hộ' right after a unit (a '1' before the denominator is dropped); a share of the
    population also in words: "150 sinh viên trên một vạn dân"."""
    alts = "|".join(_pattern_of(d) for d in sorted(denominators(), key=len, reverse=True))
    return re.compile(rf"(?:{_SPACE}*/{_SPACE}*(?:0?1{_SPACE}+)?|{_SPACE}+trên{_SPACE}+(?:một{_SPACE}+|1{_SPACE}+)?"
                      rf"(?=(?:vạn|nghìn|1\.000){_SPACE}+dân))(?P<d>{alts})(?![\w²³])", re.IGNORECASE)


@cache
def comparators() -> dict[tuple[str, ...], tuple[str, str]]:
    """The comparator lexicon: phrase (as a tuple of tokens) -> (comparator, position).

    >>> comparators()[("không", "dưới")], comparators()[("trở", "lên")]
    (('>=', 'pre'), ('>=', 'post'))
    """
    return {tuple(_key(row[0]).split()): (row[1], row[2]) for row in _rows("comparators.tsv")}


@cache
def _unit_res() -> dict[str, re.Pattern]:
    """One pattern per first letter of the unit surfaces: a long alternation is slow to try."""
    by_first: dict[str, list[str]] = {}
    for surface in units():
        by_first.setdefault(surface[0], []).append(surface)
    return {
        first: re.compile(
            # a unit ending in a letter ends a word ('5 hạng' is not '5 ha'); '%' may be glued on ('30%GDP')
            "(?P<unit>" + "|".join(_pattern_of(a) for a in sorted(alts, key=len, reverse=True))
            + r")(?:(?<![\w²³])|(?![\w²³]))",
            re.IGNORECASE)
        for first, alts in by_first.items()
    }


@cache
def _loose_units() -> tuple[dict[str, _Unit], dict[str, re.Pattern]]:
    """Units of two words or more, without diacritics: a scan that misread a mark ("triêu USD",
    "doanh nghiêp") still gives the unit.  One-word units are left out: folded, "xã", "chợ", "hộ"
    read "xa", "cho", "ho", which are other words."""
    by_key: dict[str, _Unit] = {}
    by_first: dict[str, list[str]] = {}
    for surface, unit in units().items():
        if len(surface.split()) < 2:
            continue
        f = fold(surface)
        if f not in by_key:
            by_key[f] = unit
            by_first.setdefault(f[0], []).append(f)
    res = {first: re.compile("(?P<unit>" + "|".join(_pattern_of(a) for a in sorted(alts, key=len, reverse=True))
                             + r")(?![\w²³])")
           for first, alts in by_first.items()}
    return by_key, res


def _loose_unit_at(text: str, pos: int) -> tuple[int, _Unit] | None:
    """A unit of several words at ``pos``, read without diacritics: (end, unit).

    >>> _loose_unit_at("300 triêu USD", 4)[1].canonical, _loose_unit_at("5 tô chức, doanh nghiêp", 2)[1].canonical
    ('triệu USD', 'tổ chức, doanh nghiệp')
    """
    if pos >= len(text) or not text[pos].isalpha():
        return None
    by_key, res = _loose_units()
    pattern = res.get(fold(text[pos]))
    if pattern is None:
        return None
    window = fold(text[pos:pos + 40])
    m = pattern.match(window)
    if not m:
        return None
    return pos + m.end(), by_key[_key(m.group("unit"))]


@cache
def _post_re() -> re.Pattern:
    posts = sorted((" ".join(k) for k, (_, pos) in comparators().items() if pos == "post"), key=len, reverse=True)
    return re.compile(rf"{_SPACE}+(?P<post>{'|'.join(_pattern_of(p) for p in posts)})(?!\w)", re.IGNORECASE)


@cache
def _core_re() -> re.Pattern:
    return re.compile(_CORE, re.VERBOSE)


@cache
def _reference_re() -> re.Pattern:
    return re.compile(_REFERENCE, re.VERBOSE | re.IGNORECASE)


@cache
def _token_re() -> re.Pattern:
    return re.compile(_TOKEN)


@cache
def _times_re() -> re.Pattern:
    return re.compile(_TIMES, re.IGNORECASE)


@cache
def _rank_re() -> re.Pattern:
    return re.compile(r"(?<!\w)(?:nhóm|top|tốp)(?!\w)", re.IGNORECASE)


# A place in a ranking with no unit word, read back from the number: "xếp thứ 5", "đứng thứ 12/63",
# "xếp hạng thứ 3".
_PLACE = r"(?<!\w)(?:xếp[ \t\u00a0]+hạng|xếp|đứng|vị[ \t\u00a0]+trí)(?:[ \t\u00a0]+thứ)?[ \t\u00a0]+\Z"


@cache
def _place_re() -> re.Pattern:
    return re.compile(_PLACE, re.IGNORECASE)


def _place(text: str, m: re.Match, floor: int) -> Quantity | None:
    """A rank without a unit word: "xếp thứ 8/63" is place 8, unit "hạng".

    >>> _place("chỉ số PCI xếp thứ 8/63", re.compile(r"(?P<n1>\\d+)").search("chỉ số PCI xếp thứ 8/63"), 0).text
    'xếp thứ 8'
    """
    n = m.group("n1")
    if not n.isdigit() or len(n) > 3:
        return None
    lo = max(floor, m.start() - 24)
    p = _place_re().search(text, lo, m.start())
    if p is None:
        return None
    return Quantity(p.start(), m.start() + len(n), text[p.start():m.start() + len(n)], float(n), None, "hạng", "=",
                    m.start(), m.start() + len(n))


# ----------------------------------------------------------------- look-back

def _line_start(text: str, pos: int, reach: int = 80) -> int:
    """Offset where the line holding ``pos`` starts, looking back at most ``reach`` characters.

    >>> _line_start("ab\\ncd", 4), _line_start("x" * 100, 100)
    (3, 20)
    """
    lo = max(0, pos - reach)
    nl = text.rfind("\n", lo, pos)
    return nl + 1 if nl >= 0 else lo


def comparator_chain(text: str, pos: int, floor: int = 0) -> tuple[int, str | None]:
    """Comparator words right before ``pos``: (start of the chain, comparator).

    The chain is a run of lexicon phrases separated only by spaces, ending right
    before ``pos``; its last non-"=" phrase decides.  A "có" may sit between the
    chain and the number ("Tối thiểu có 5 doanh nghiệp").  Returns ``(pos, None)``
    when there is none.

    >>> comparator_chain("đạt bình quân trên 8,8%", 19)
    (0, '>')
    >>> comparator_chain("Tối thiểu có 5 doanh nghiệp", 13)
    (0, '>=')
    >>> comparator_chain("chiếm tỷ trọng 24,5%", 15)
    (15, None)
    """
    lo = max(floor, _line_start(text, pos), pos - 40)
    window = text[lo:pos]
    tokens = [(m.start() + lo, m.end() + lo, m.group().casefold()) for m in _token_re().finditer(window)]
    lex = comparators()
    found: list[str] = []
    start, edge = pos, pos   # edge: where the next phrase to the left must end (up to spaces)
    i = len(tokens)
    glue_ok = True
    while i > 0:
        hit = None
        for n in (3, 2, 1):  # the longest phrase ending at token i-1
            if i - n < 0:
                continue
            phrase = tuple(t[2] for t in tokens[i - n:i])
            if phrase in lex and lex[phrase][1] == "pre" and _only_spaces(text, tokens[i - n:i], edge):
                hit = (n, lex[phrase][0])
                break
        if hit is None:
            # "Tối thiểu có 5 ...": one "có" between the chain and the number
            if glue_ok and not found and tokens[i - 1][2] == "có" and _only_spaces(text, tokens[i - 1:i], edge):
                glue_ok = False
                edge = tokens[i - 1][0]
                i -= 1
                continue
            break
        n, comp = hit
        found.append(comp)
        start = edge = tokens[i - n][0]
        i -= n
    if not found:
        return pos, None
    decisive = [c for c in found if c != "="]   # found is right-to-left: the first is the last in text
    return start, decisive[0] if decisive else "="


def _only_spaces(text: str, toks, edge: int) -> bool:
    """True when ``toks`` are separated from each other and from ``edge`` by spaces only.

    >>> _only_spaces("đạt  trên 5", [(0, 3, "đạt"), (5, 9, "trên")], 10)
    True
    >>> _only_spaces("đạt, trên 5", [(0, 3, "đạt"), (5, 9, "trên")], 10)
    False
    """
    gaps = [(a[1], b[0]) for a, b in zip(toks, toks[1:])] + [(toks[-1][1], edge)]
    return all(text[a:b].strip(" \t\u00a0") == "" for a, b in gaps)


# ----------------------------------------------------------------- quantities

def _unit_at(text: str, pos: int) -> tuple[int, str] | None:
    """The unit starting at ``pos`` (after optional spaces): (end, canonical unit).

    >>> _unit_at("75ha;", 2), _unit_at("12 người trên một vạn dân", 2)
    ((4, 'ha'), (25, 'người/vạn dân'))
    >>> _unit_at("02 đồng chí", 2) is None, _unit_at("5G", 1) is None
    (True, True)
    """
    # The unit may be glued to the number ("2.029,4ha", "80%") or spaced on the same line.
    while pos < len(text) and text[pos] in " \t\u00a0":
        pos += 1
    pattern = _unit_res().get(text[pos:pos + 1].casefold())
    m = pattern.match(text, pos) if pattern else None
    if m:
        unit = units()[_key(m.group("unit"))]
        end = m.end()
    else:
        got = _loose_unit_at(text, pos)
        if got is None:
            return _magnified_unit_at(text, pos)
        end, unit = got
    if unit.unless:
        # (the next word, or a denominator: "học 2 buổi/ngày" is how pupils are schooled, not a count of sessions)
        nxt = re.match(r"[ \t\u00a0]+(\w+)|(/)[ ]*(\w+)", text[end:end + 40])
        if nxt and fold(nxt.group(1) or nxt.group(2) + nxt.group(3)) in unit.unless_loose:
            return None
    canonical = unit.canonical
    # a rate: "41 triệu đồng/người/năm", "5 triệu đồng/1 ha", "20.000 đồng / người / ngày"
    while d := _denominator_re().match(text, end):
        per = denominators()[_key(d.group("d"))]
        if canonical.endswith(per):
            break
        canonical += per
        end = d.end()
    return end, canonical


_MAGNITUDE = re.compile(r"(triệu|nghìn|ngàn)[ \t\u00a0]+", re.IGNORECASE)


def _magnified_unit_at(text: str, pos: int) -> tuple[int, str] | None:
    """A count in millions or thousands of the noun counted ("15,8 triệu lượt khách", "1,5 triệu hồ
    sơ"): the magnitude word is part of the unit, as the genre writes it; the lexicon's own
    magnified units ("triệu đồng", "nghìn tấn") are found before this.

    >>> _magnified_unit_at("6 triệu lượt khách/năm", 2), _magnified_unit_at("6 triệu, 7 triệu", 2)
    ((22, 'triệu lượt khách/năm'), None)
    """
    m = _MAGNITUDE.match(text, pos)
    if not m:
        return None
    got = _unit_at(text, m.end())
    if got is None or _MAGNITUDE.match(got[1]):
        return None
    word = m.group(1).lower()
    return got[0], ("nghìn" if word == "ngàn" else word) + " " + got[1]


def _starts_token(text: str, pos: int) -> bool:
    """True when a number at ``pos`` starts a token of its own.

    Not 'IC18', not the '2' of '3.2' or the '76' of '59/76', and not a number glued
    to a word by a hyphen ('NQ-80', or '\\-' in markdown).

    >>> _starts_token("IC18", 2), _starts_token("3.2", 2), _starts_token("NQ-80", 3), _starts_token("(80%", 1)
    (False, False, False, True)
    >>> _starts_token("tỷ lệ 1:500.000", 8)
    False
    """
    if pos == 0:
        return True
    prev = text[pos - 1]
    if prev.isalnum() or prev in "_.,/":
        return False
    if prev == ":" and text[pos - 2:pos - 1].isdigit():
        return False    # a scale or a ratio: 'tỷ lệ 1:500.000'

    if prev == "-":
        before = text[pos - 2:pos - 1]
        if before == "\\":   # markdown escape: 'NQ\\-80'
            before = text[pos - 3:pos - 2]
        return not (before.isalnum() or before == "_")
    return True


def _is_reference(text: str, pos: int) -> bool:
    """True when the number at ``pos`` follows a reference noun ("Quốc lộ", "Điều", "Số").

    >>> _is_reference("nâng cấp Quốc lộ 55", 17), _is_reference("có tổng số 234 dự án", 11)
    (True, False)
    """
    lo = max(_line_start(text, pos), pos - 30)
    return _reference_re().search(text[lo:pos]) is not None


def _at_line_head(text: str, pos: int) -> bool:
    """True when only bullets or markup precede ``pos`` on its line (a row or item number).

    >>> _at_line_head("x\\n| 1 Tổ chức", 4), _at_line_head("có 1 cụm", 3)
    (True, False)
    """
    return text[_line_start(text, pos):pos].strip(" \t\u00a0*#+|>-•") == ""


def _quantity(text: str, m: re.Match, floor: int, english: bool = False) -> Quantity | None:
    """Build the quantity around a core number match, or ``None`` if it has no unit."""
    got = _unit_at(text, m.end())   # the cheapest test first: most numbers have no unit
    if got is None:
        return None
    end, unit = got
    n1 = parse_number(m.group("n1"), english)
    n2 = parse_number(m.group("n2"), english) if m.group("n2") else None
    if n1 is None or _is_reference(text, m.start()):
        return None
    if m.group("u1") and unit not in ("%", "%/năm"):
        return None   # '8% - 10 ha' is not a range
    if (_at_line_head(text, m.start()) and text[m.end():end].strip()[:1].isupper()
            and not m.group("n1").startswith("0")
            and not re.search(r"[-+•–]", text[_line_start(text, m.start()):m.start()])):
        return None   # '1 Tổ chức quán triệt ...': a table row number before a capitalised task ('- 01 Khu công nghiệp' counts)
    start, comp = comparator_chain(text, m.start(), floor)
    if unit in DURATIONS and not _duration_is_level(text, start, end, comp):
        return None
    if comp == "<=" and unit not in ("%", "%/năm") and _rank_re().search(text, start, m.start()):
        unit = "hạng"   # "nhóm 3 nước dẫn đầu" is a rank: 3rd or better (DOMAIN.md 4)
    value_max = None
    if _is_period(text, m, n1, n2, unit):
        return None       # 'thời kỳ 2021 - 2030 huyện Trấn Yên': a plan's period and a place, not 2021 districts
    if n2 is not None:
        if n2 <= n1:
            return None   # '2016 - 2020' would have passed; '5 - 3 ha' is not a range
        comp, value_max = "range", n2
    post = _post_re().match(text, end)
    if post and value_max is None:
        comp = comparators()[tuple(_key(post.group("post")).split())][0]
        end = post.end()
    elif comp == ">=" and _from_to(text, start, end):
        comp = "="   # 'từ 50ha lên thành 75ha': a change of value, not a lower bound
    value_end = m.end("n1") if value_max is None else m.end("n2")
    return Quantity(start, end, text[start:end], n1, value_max, unit, comp or "=", m.start("n1"), value_end)


_SUPERSCRIPTS = str.maketrans("²³", "23")


def unit_key(unit: str | None) -> str:
    """A unit as two writings of it compare: "m²" (kept as the text writes it) is "m2".

    >>> unit_key("m²") == unit_key("m2"), unit_key("km²"), unit_key(None)
    (True, 'km2', '')
    """
    return (unit or "").translate(_SUPERSCRIPTS)


_PER_PERIOD = re.compile(r"[ ]*(?:trong|mỗi|một|/)[ ]*(?:tháng|tuần|quý|năm)(?![\w])", re.IGNORECASE)
_REGULARLY = re.compile(r"(?:định kỳ|hằng tháng|hàng tháng|mỗi tháng|hằng tuần|mỗi tuần)[ ]*$", re.IGNORECASE)
DURATIONS = frozenset({"ngày", "giờ", "phút"})   # lengths of time, kept only under a bound of their own
# words before a bound that make the length of time a notice or a time limit ("trước ít nhất 03 ngày")
_NOTICE_BEFORE = re.compile(r"(?:trước|sau|trong|chậm nhất|muộn nhất|sớm nhất)[ \t\u00a0]*$", re.IGNORECASE)


def _duration_is_level(text: str, start: int, end: int, comp: str | None) -> bool:
    """A length of time is a level to keep only under a bound of its own: "không quá 60 phút", "tối thiểu 07
    ngày", not "trong thời hạn 15 ngày", "trước ít nhất 04 giờ" (a notice), "từ 3 ngày" (a span), nor "định kỳ
    ít nhất 01 ngày trong tháng" (how often a duty is done).

    >>> [bool(find_quantities(t)) for t in ("chờ khám không quá 60 phút", "trước ít nhất 04 giờ", "trong 30 ngày")]
    [True, False, False]
    """
    return (comp in ("<", "<=", ">", ">=") and text[start:start + 2].casefold() != "từ"
            and not _NOTICE_BEFORE.search(text, max(0, start - 16), start)
            and not _PER_PERIOD.match(text, end) and not _REGULARLY.search(text, max(0, start - 12), start))


_PERIOD_BEFORE = re.compile(r"(?:thời kỳ|giai đoạn|nhiệm kỳ|năm|niên độ|kế hoạch)[ ]*$", re.IGNORECASE)
_PLACE_UNITS = frozenset({"huyện", "tỉnh", "xã", "quận", "thị xã", "thành phố", "phường", "thị trấn"})


def _is_period(text: str, m: re.Match, n1: float, n2: float | None, unit: str) -> bool:
    """A year, or two written as a range ("2021 - 2030"), before a place's name or after a word of time.

    >>> [bool(find_quantities(t)) for t in ("thời kỳ 2021 - 2030 huyện Trấn Yên", "giai đoạn 2021-2025 tỉnh Lào Cai",
    ...                                     "quy hoạch 2030 tỉnh Lào Cai", "sản lượng 2000 - 2020 tấn", "có 12 - 15 huyện")]
    [False, False, False, True, True]
    """
    def year(v: float | None, digits: str) -> bool:
        return v is not None and v.is_integer() and 1945 <= v <= 2100 and len(digits.strip()) == 4
    if not year(n1, m.group("n1")):
        return False
    if unit in _PLACE_UNITS:
        return True
    return year(n2, m.group("n2") or "") and 0 < n2 - n1 <= 50 \
        and bool(_PERIOD_BEFORE.search(text, max(0, m.start() - 20), m.start()))


def _from_to(text: str, start: int, end: int) -> bool:
    """True for "từ X lên/xuống ...": the chain is "từ" and a change follows.

    >>> _from_to("từ 50ha lên thành 75ha", 0, 7), _from_to("từ 05 mỏ khoáng sản", 0, 8)
    (True, False)
    """
    return (text[start:start + 2].casefold() == "từ"
            and re.match(r"[ \t\u00a0]*(?:lên|xuống|thành)\b", text[end:end + 20], re.IGNORECASE) is not None)


_RANGE_SEP = re.compile(r"[ \t\u00a0]*(?:\\?[-–—]|đến|tới)[ \t\u00a0]*", re.IGNORECASE)


def _merge_ranges(text: str, found: list[Quantity]) -> list[Quantity]:
    """Two amounts of one unit joined by a dash are a range when the unit is written twice:
    "từ 2.000m2 - 3.000 m2", "5 ha đến 10 ha".

    >>> [(q.comparator, q.value, q.value_max, q.unit) for q in find_quantities("từ 2.000m2 - 3.000 m2")]
    [('range', 2000.0, 3000.0, 'm2')]
    """
    out: list[Quantity] = []
    for q in found:
        p = out[-1] if out else None
        if (p is not None and p.value_max is None and q.value_max is None and p.unit == q.unit
                and q.start == q.value_start and q.value > p.value and _RANGE_SEP.fullmatch(text, p.end, q.start)):
            out[-1] = Quantity(p.start, q.end, text[p.start:q.end], p.value, q.value, p.unit, "range",
                               p.value_start, q.value_end)
        else:
            out.append(q)
    return out


def find_quantities(text: str) -> list[Quantity]:
    """All quantities with a unit in ``text``, in order, non-overlapping.

    >>> [(q.text, q.value, q.unit) for q in find_quantities("đạt bình quân 9,5%/năm, 2.029,4ha")]
    [('đạt bình quân 9,5%/năm', 9.5, '%/năm'), ('2.029,4ha', 2029.4, 'ha')]
    >>> [(q.comparator, q.value, q.value_max, q.unit) for q in find_quantities("có từ 40 - 50 tổ chức")]
    [('range', 40.0, 50.0, 'tổ chức')]
    >>> find_quantities("Nghị quyết số 34-NQ/TU ngày 01/7/2019, Quốc lộ 55, Điều 108")
    []
    """
    found: list[Quantity] = []
    last = 0
    core = _core_re()
    english = english_numbers(text)
    consumed = 0
    for start, _ in digit_runs(text):   # jump from digit run to digit run: much faster than core.finditer
        if start < max(consumed, last) or not _starts_token(text, start):
            continue
        m = core.match(text, start)
        if m is None:
            continue
        consumed = m.end()
        q = _quantity(text, m, last, english)
        if q is None and m.group("n2"):
            # a failed range may hide a quantity in its second number: 'Phong điện 1 – 2 MW'
            m2 = core.match(text, m.start("n2"))
            q = _quantity(text, m2, last, english) if m2 else None
        if q is None and not m.group("n2"):
            q = _place(text, m, last)
        if q is not None:
            found.append(q)
            last = q.end
    found = _merge_ranges(text, found)
    # "gấp đôi" is rare: a test in C first (the pattern, which ignores case, is tried at every position)
    for m in _times_re().finditer(text) if "gấp" in text.lower() else ():
        if any(q.start < m.end() and m.start() < q.end for q in found):
            continue
        found.append(Quantity(m.start(), m.end(), text[m.start():m.end()], _TIMES_WORDS[m.group("w").casefold()],
                              None, "lần", "=", m.start("w"), m.end("w")))
    found.sort(key=lambda q: q.start)
    return found
