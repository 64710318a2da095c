"""Vietnamese time expressions: "đến năm 2020", "trước ngày 01/7/2019", "Quý II/2026".

A time expression is found in two steps: a *core* ("năm 2020", "ngày 15/3/2016",
"tháng 5/2026", "Quý II/2026", "6 tháng đầu năm 2026", "2016 - 2020", "hằng năm")
and the *relation* words just before it ("đến", "trước", "trong", "giai đoạn",
"xong trong"), which give the relation (by, before, during, every).

Values follow the output contract: ``'2020'``, ``'2019-07-01'``, ``'2017-09'``,
``'2026-Q2'``, ``'2026-H1'``, ``'2016/2020'``, ``'yearly'``, ``'yearly:12-10'``,
``'quarterly'``, ``'half-yearly'``, ``'monthly'``, ``'monthly:25'``.  A year is four
digits from 1945 to 2100 in a time context, never part of a larger number or of
a document number ("32/2024/NĐ-CP").

Whether an expression is a *deadline* is for the caller to decide; this module
finds and values them exactly.

    >>> [(t.value, t.relation) for t in find_times("Đến năm 2030, giai đoạn 2021 - 2025, trước ngày 01/7/2019")]
    [('2030', 'by'), ('2021/2025', 'during'), ('2019-07-01', 'before')]
"""
from __future__ import annotations

import calendar
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import cache

from nlpolicy.regexes import digit_runs, find_all
from nlpolicy.spans import Spans
from nlpolicy.textfold import TONE_MARKS, fold

__all__ = ["TimeExpr", "find_times", "YEAR_MIN", "YEAR_MAX"]

YEAR_MIN, YEAR_MAX = 1945, 2100

_S = r"[ \t\u00a0]"        # a space that stays on the line
# Between the words of a core: spaces, or one line break ('đến năm\n2030' in text from a PDF).
_W = r"(?:[ \t\u00a0]+|[ \t\u00a0]*\n[ \t\u00a0]*)"
_W0 = r"(?:[ \t\u00a0]*\n?[ \t\u00a0]*)"
_YEAR = r"(?:19[4-9]\d|20\d\d|2100)(?![\d]|[.,]\d)"   # '2.029,4' and '20251' are not years
_DAY = r"(?:0?[1-9]|[12]\d|3[01])"
_MONTH = r"(?:0?[1-9]|1[0-2])"
_DASH = r"(?:\\?[-–—])"     # hyphen, en dash, em dash; '\-' is a markdown escape in converted files
_BLANK = r"[ \t\u00a0._…]"  # what stands for a day or month left blank in a draft: 'ngày    tháng 6'

# Scanning and broken fonts lose diacritics: "dến năm 2030", "giai doạn", "dịnh kỳ", "quí 2".  A word
# written with _t() also matches its forms with a tone mark or a modifier (hook, breve, circumflex,
# stroke) lost.  "năm" stays strict ("Nam" is a name), and so do the short relation words whose
# damaged form is another word ("từ" -> "tư" of "đầu tư", "kỳ" -> "ký", "hạn" -> "hàn").
_MODIFIERS = "\u0302\u0306\u031b"


def _damaged_forms(ch: str) -> str:
    """The letter and its forms with one or both kinds of mark lost.

    >>> sorted(_damaged_forms("ộ")), sorted(_damaged_forms("đ")), _damaged_forms("a")
    (['o', 'ô', 'ọ', 'ộ'], ['d', 'đ'], 'a')
    """
    if ch in "đĐ":
        return ch + "dD"[ch == "Đ"]
    parts = unicodedata.normalize("NFD", ch)
    base, marks = parts[:1], parts[1:]
    if not marks:
        return ch
    tone = "".join(m for m in marks if m in TONE_MARKS)
    modifier = "".join(m for m in marks if m in _MODIFIERS)
    forms = {ch, base, unicodedata.normalize("NFC", base + modifier), unicodedata.normalize("NFC", base + tone)}
    return "".join(sorted(forms))


def _t(words: str) -> str:
    """A pattern for ``words`` that forgives lost diacritics (spaces become ``_W``).

    >>> bool(re.fullmatch(_t("định kỳ"), "dịnh ky")), bool(re.fullmatch(_t("giai đoạn"), "giai doan"))
    (True, True)
    """
    out = []
    for ch in words:
        if ch == " ":
            out.append(_W)
        else:
            forms = _damaged_forms(ch)
            out.append(f"[{forms}]" if len(forms) > 1 else re.escape(ch))
    return "".join(out)


_DINH_KY = _t("định kỳ")
_EVERY_WORD = rf"(?:h[ằàăa]ng|mỗi)"          # 'hằng', 'hàng', 'hang' (a lost tone), 'mỗi'
_MONTH_WORD = _t("tháng")
_DAY_WORD = _t("ngày")
_QUARTER_WORD = rf"(?:{_t('quý')}|{_t('quí')})"   # 'quí 2 năm 2010': the older spelling

_CORE = rf"""
(?<!\w)                     # a core starts a word: not the 'năm' of 'hằngnăm', not the '2025' of '12025'
(?=[\d(nNtTqQhHmMđĐdDsScCgG])  # and with one of these: positions that cannot start a core fail at once
# and with the first word of some branch below (most words that pass the letters above, 'nghị', 'thực',
# 'quản', 'đồng', fail here: one look-ahead instead of trying the twenty branches; each branch
# starts with one of these words or a digit, or with optional words that are in the list too; the
# 'ba' of 'ba tháng một lần' is left out as the letters above leave it out)
(?=[\d(]|{_DAY_WORD}|{_MONTH_WORD}|{_QUARTER_WORD}|(?-i:T\d|Q[1-4])|{_EVERY_WORD}|{_t('định')}|năm|{_t('nửa')}|sáu
   |{_t('cuối')}|{_t('đầu')}|{_t('giữa')}|{_t('hết')})
(?:
  # ---- recurring: 'trước ngày 25 hằng tháng' -> monthly:25
    {_DAY_WORD}{_W}(?P<md>{_DAY}){_W}{_EVERY_WORD}{_W}{_MONTH_WORD}(?!\w)
  # the day of the month after a monthly period: 'trước ngày 02 của tháng tiếp theo', 'ngày 05 tháng sau' -> monthly:02
  | {_DAY_WORD}{_W}(?P<nmd>{_DAY}){_W}(?:{_t('của')}{_W})?{_MONTH_WORD}{_W}(?:{_t('tiếp theo')}|{_t('kế tiếp')}|sau)(?!\w)(?![ ]+(?:khi|{_t('kể từ')}))
  # 'trước ngày 15/12 hằng năm', 'ngày 15 tháng 12 hằng năm' -> yearly:12-15
  | {_DAY_WORD}{_W}(?P<yd>{_DAY}){_W0}(?:/|{_S}{_MONTH_WORD}{_W})(?P<ym>{_MONTH}){_W}{_EVERY_WORD}{_W}năm(?!\w)
  # 'định kỳ hằng năm (trước ngày 10/12)', 'hằng quý', 'hàng tháng', 'mỗi năm'
  | (?:{_DINH_KY}{_W})?{_EVERY_WORD}{_W}(?P<every>năm|{_QUARTER_WORD}|{_MONTH_WORD}|{_t('tuần')}|{_DAY_WORD})(?!\w)(?!{_S}+\d)  # not 'ngân hàng năm 2025'
    # its day in brackets, after a comma or right after it: 'hằng năm (trước ngày 10/12)', 'hằng năm, trước ngày 15
    # tháng 12,', 'kê khai hằng năm trước ngày 31/12'
    (?:{_W0}(?:\(|,)?{_W0}{_t('trước')}{_W}{_DAY_WORD}{_W}(?P<ad>{_DAY})(?!\d)(?:{_W0}(?:/|{_S}{_MONTH_WORD}{_W})(?P<am>{_MONTH})(?!\d))?
       (?!{_W0}(?:năm|/|-){_W0}\d)(?:{_W0}\))?)?
  # 'định kỳ 6 tháng' -> half-yearly; 'định kỳ 03 tháng' -> quarterly
  | {_DINH_KY}{_W}(?P<kn>\d{{1,2}}|{_t('một')}|ba|{_t('sáu')}|{_t('mười hai')}){_W}{_MONTH_WORD}(?!\w)(?:{_W}(?:{_t('một')}|1){_W}{_t('lần')})?
  # '6 tháng một lần'
  | (?P<ln>\d{{1,2}}|ba|sáu){_W}{_MONTH_WORD}{_W}(?:{_t('một')}|1){_W}{_t('lần')}(?!\w)

  # ---- half years: '6 tháng đầu năm 2026' -> 2026-H1; '6 tháng cuối năm' -> H2
  | (?:(?:0?6|sáu){_W}{_MONTH_WORD}|{_t('nửa')}){_W}(?P<half>{_t('đầu')}|{_t('cuối')}){_W}năm(?:{_W}(?P<hy>{_YEAR}))?(?!\w)

  # ---- dates
  # 'ngày 22 tháng 12 năm 2024', '15 tháng 3 năm 2016'
  | (?:{_DAY_WORD}{_W})?(?P<dd>{_DAY}){_W}{_MONTH_WORD}{_W}(?P<dm>{_MONTH}){_W0}(?:,{_W0})?(?:năm|/){_W0}(?P<dy>{_YEAR})
  # a draft's blank day: 'ngày       tháng 6 năm 2026' -> 2026-06 (a month, no relation)
  | {_DAY_WORD}{_BLANK}+{_MONTH_WORD}{_W}(?P<bm>{_MONTH}){_W0}(?:năm|/){_W0}(?P<bmy>{_YEAR})
  # blank day and month: 'ngày    tháng    năm 2026', '(tháng …/2026)' -> 2026
  | (?:{_DAY_WORD}{_BLANK}+)?{_MONTH_WORD}{_BLANK}*(?:năm|/){_W0}(?P<bby>{_YEAR})
  # '01/7/2019', '15-3-2016', '15.3.2016' (one separator throughout)
  | (?:{_DAY_WORD}{_W})?(?P<nd>{_DAY})(?P<sep>[/.-])(?P<nm>{_MONTH})(?P=sep)(?P<ny>{_YEAR})(?![/\d])
  # the ISO way a spreadsheet or an English-minded typist writes a day: '2027-06-15'
  | (?:{_DAY_WORD}{_W})?(?P<iy>{_YEAR})-(?P<im>[01]\d)-(?P<id>[0-3]\d)(?![-\d])

  # ---- months
  # 'tháng 3-5/2025' (a report on months 3 to 5) -> 2025-03/2025-05
  | {_MONTH_WORD}{_W}(?P<m1>{_MONTH}){_W0}{_DASH}{_W0}(?P<m2>{_MONTH}){_W0}(?:/|năm){_W0}(?P<mry>{_YEAR})
  # 'tháng 5/2026', 'tháng 7 năm 2026', 'tháng 01, năm 2025'
  | {_MONTH_WORD}{_W}(?P<mm>{_MONTH}){_W0}(?:/|-|,?{_W0}năm){_W0}(?P<my>{_YEAR})
  # 'T4/2025' in report tables
  | (?-i:T)(?P<tm>{_MONTH})/(?P<ty>{_YEAR})
  # '6/2025' alone on a line or in a cell of its own ('| 6/2025 |'): the deadline cell of an assignment table
  | (?:(?<![^\n])|(?<=\|[ ]))(?P<cm>{_MONTH})/(?P<cy>{_YEAR})(?=[ \t]*(?:\n|\Z|\|))

  # ---- quarters: 'Quý II/2026', 'quý 3 năm 2026', 'quý 2/2026', 'Q2/2026', 'quí 2 năm 2010'
  | (?:{_QUARTER_WORD}{_W}(?P<q>IV|I{{1,3}}|[1-4])|(?-i:Q)(?P<qa>[1-4]))(?!\w){_W0}(?:/|-|,?{_W0}năm){_W0}(?P<qy>{_YEAR})

  # ---- periods: '2016 - 2020', 'giai đoạn (2010 – 2015)', 'năm 2026 - 2030', 'năm 2021 đến năm 2025'
  | (?:năm{_W})?(?P<po>\({_W0})?(?P<y1>{_YEAR}){_W0}(?:{_DASH}|(?:{_t('đến')}|{_t('tới')})(?:{_W}năm)?){_W0}(?P<y2>{_YEAR})(?(po){_W0}\))

  # ---- years: 'năm 2020', 'cuối năm 2025', 'NĂM 2020'
  | (?:(?:{_t('cuối')}|{_t('đầu')}|{_t('giữa')}|{_t('hết')}){_W})?năm{_W}(?P<yy>{_YEAR})
  # a bare year, kept only after relation words ('đến 2030', 'tầm nhìn 2050')
  | (?P<bare>{_YEAR})
)
"""

# Relation words before a core, longest first.  The class is resolved with the
# core's kind in _relation().
_PREFIXES = {
    "by": ["cơ bản hoàn thành trong", "hoàn thành trong", "xong trong", "hoàn thành vào", "xong vào",
           "chậm nhất trong", "chậm nhất vào", "chậm nhất là", "chậm nhất", "muộn nhất",
           "từ nay đến hết", "từ nay đến", "tầm nhìn đến", "định hướng đến", "có xét tới", "có xét đến",
           "đến hết", "đến cuối", "tới hết", "đến", "tới", "tầm nhìn", "hạn",
           "hoàn thành", "xong"],   # 'HOÀN THÀNH THÁNG 3-5/2025'; 'xong Quý II'
    "before": ["hoàn thành trước", "xong trước", "trước"],
    "from": ["kể từ", "bắt đầu từ", "từ"],
    "in": ["ngay trong", "trong", "vào",
           # a holiday that dates the work: "thông xe vào dịp Quốc khánh 2/9/2026", "khánh thành dịp 30/4/2027"
           "vào dịp Quốc khánh", "nhân dịp Quốc khánh", "dịp Quốc khánh", "vào dịp", "nhân dịp", "dịp"],
    "period": ["trong giai đoạn", "trong thời kỳ", "cho giai đoạn", "giai đoạn", "thời kỳ"],   # not 'nhiệm kỳ' 
}
# one-word relation words whose damaged form is another common word: matched as written
_STRICT_PREFIXES = frozenset({"từ", "hạn"})


@dataclass(frozen=True)
class TimeExpr:
    """A time expression: ``text == source[start:end]``.

    ``relation`` is 'by', 'before', 'during', 'every', 'from' (for "từ ngày ...", a
    start, never a deadline) or ``None`` for a bare mention; ``kind`` is 'year',
    'date', 'month', 'quarter', 'half', 'period' or 'recurring'; ``years`` are
    the years it names; ``words`` are the relation words it starts with ("" when
    the relation, if any, comes from the kind alone: 'Quý II/2026' in a table cell).
    """
    start: int
    end: int
    text: str
    value: str
    relation: str | None
    kind: str
    years: tuple[int, ...]
    words: str = ""


@cache
def _core_re() -> re.Pattern:
    return re.compile(_CORE, re.VERBOSE | re.IGNORECASE)


# Every core holds a digit, or is a recurring or half-year phrase starting with one
# of these words.  Scanning for them first (patterns that begin with a character
# class, which the regex engine skips to quickly) and running the core pattern
# only near them is several times faster than running it over the whole text.
# (The digits' runs come from regexes.digit_runs, which the other stages share.)
# hằng/hàng, mỗi, định kỳ, sáu, nửa, with the damaged forms _t() allows ('hang năm', 'dịnh kỳ', 'nủa')
_KEYWORDS = r"[hHmMđĐdDsSnN](?:[ằàăaẰÀĂA][nN][gG]|ỗi|ỖI|[ịiỊI][nN][hH]|áu|ÁU|[ửủưuỬỦƯU][aA])"
_BEFORE_DIGIT = 80   # the longest core start before its first digit: 'ngày      tháng      năm 2026'
_AFTER_DIGIT = 30    # the longest core end after its last digit: '6 tháng cuối năm', '10/12 )'
_AFTER_KEYWORD = 90  # 'hằng năm (trước ngày 10/12)'


@cache
def _keywords_re() -> re.Pattern:
    return re.compile(_KEYWORDS)


def _segments(text: str) -> list[tuple[int, int]]:
    """Disjoint stretches of ``text`` that may hold a time expression.

    >>> _segments("abc năm 2020 xyz"), _segments("không có gì")
    ([(0, 16)], [])
    """
    spans = [(max(0, start - _BEFORE_DIGIT), end + _AFTER_DIGIT) for start, end in digit_runs(text)]
    spans += [(m.start(), m.start() + _AFTER_KEYWORD) for m in _keywords_re().finditer(text)]
    spans.sort()
    merged: list[list[int]] = []
    for lo, hi in spans:
        if merged and lo <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], hi)
        else:
            merged.append([lo, hi])
    return [(lo, min(hi, len(text))) for lo, hi in merged]


@cache
def _prefix_re() -> re.Pattern:
    alts = sorted(((p, cls) for cls, ps in _PREFIXES.items() for p in ps), key=lambda x: -len(x[0]))
    body = "|".join(rf"(?P<p{i}>{p.replace(' ', _W) if p in _STRICT_PREFIXES else _t(p)})" for i, (p, _) in enumerate(alts))
    # the first two letters of some relation word, looked for first: the search tries each position
    # of the forty characters before a core, and most fail there instead of in each of the branches
    firsts = "|".join(sorted({p[:2] if p in _STRICT_PREFIXES else _t(p[:2]) for p, _ in alts}))
    return re.compile(rf"(?<!\w)(?={firsts})(?:{body}){_W0}\Z", re.IGNORECASE)


@cache
def _prefix_classes() -> dict[str, str]:
    alts = sorted(((p, cls) for cls, ps in _PREFIXES.items() for p in ps), key=lambda x: -len(x[0]))
    return {f"p{i}": cls for i, (_, cls) in enumerate(alts)}


_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
# keyed by the folded word, so that damaged forms ('mot', 'thang', 'quí') find their value
_WORD_NUM = {"mot": 1, "ba": 3, "sau": 6, "muoi hai": 12}
_EVERY = {"nam": "yearly", "quy": "quarterly", "qui": "quarterly", "thang": "monthly", "tuan": "weekly",
          "ngay": "daily"}
_EVERY_MONTHS = {1: "monthly", 3: "quarterly", 6: "half-yearly", 12: "yearly"}


def _months(word: str) -> int:
    """A month count written in digits or words.

    >>> _months("06"), _months("sáu"), _months("mười  hai")
    (6, 6, 12)
    """
    w = re.sub(r"\s+", " ", fold(word))
    return _WORD_NUM[w] if w in _WORD_NUM else int(w)


def _valid_date(y: int, m: int, d: int) -> bool:
    """True for a real calendar day.

    >>> _valid_date(2026, 2, 29), _valid_date(2024, 2, 29)
    (False, True)
    """
    return 1 <= m <= 12 and 1 <= d <= calendar.monthrange(y, m)[1]


def _prefix(text: str, pos: int, floor: int) -> tuple[int, str | None, str | None]:
    """Relation words right before ``pos``, at most one line break away: (start, class, words).

    >>> _prefix("Xong trong Quý II/2026", 11, 0)
    (0, 'by', 'Xong trong')
    >>> _prefix("vận hành xong trước ", 20, 0)
    (9, 'before', 'xong trước')
    >>> _prefix("hiện nay ", 9, 0)
    (9, None, None)
    """
    lo = max(floor, pos - 40)
    blank = text.rfind("\n\n", lo, pos)   # never across a blank line
    lo = blank + 2 if blank >= 0 else lo
    m = _prefix_re().search(text, lo, pos)
    if m is None:
        return pos, None, None
    name = m.lastgroup
    return m.start(), _prefix_classes()[name], m.group(name)


def _token_start_ok(text: str, pos: int) -> bool:
    """A core starting with a digit must start a token: not '66.4.2025', not '32/2024', not 'IC2025'.

    A hyphen after a digit is allowed: '14-15/5/2025' (a range of days) ends on a date.

    >>> _token_start_ok("số 32/2024/NĐ-CP", 7), _token_start_ok("ngày 14-15/5/2025", 8), _token_start_ok("(2010", 1)
    (False, True, True)
    """
    if pos == 0:
        return True
    prev = text[pos - 1]
    if prev.isalnum() or prev in "_./,":
        return False
    if prev == "-":
        return pos >= 2 and text[pos - 2].isdigit()
    return True


def _relation(cls: str | None, kind: str, blank_day: bool) -> str | None:
    """The relation of a core of ``kind`` after relation words of class ``cls``.

    >>> _relation("in", "year", False), _relation("in", "month", False), _relation(None, "period", False)
    ('during', 'by', 'during')
    >>> _relation(None, "month", True), _relation("from", "period", False), _relation(None, "date", False)
    (None, 'during', None)
    """
    if kind == "recurring":
        return "every"
    if cls in ("by", "before"):
        return cls
    if cls == "from":
        return "during" if kind == "period" else "from"
    if cls in ("in", "period"):
        return "during" if kind in ("year", "period") else "by"
    if kind == "period":
        return "during"
    if kind in ("month", "quarter", "half") and not blank_day:
        return "by"   # a month or quarter alone is a deadline cell: 'Quý II/2025', 'tháng 7 năm 2026'
    return None


def _value(m: re.Match) -> tuple[str, str, tuple[int, ...]] | None:
    """(value, kind, years) of a core match, or ``None`` when it is no valid time."""
    g = m.groupdict()
    if g["md"] or g["nmd"]:
        return f"monthly:{int(g['md'] or g['nmd']):02d}", "recurring", ()
    if g["yd"]:
        return f"yearly:{int(g['ym']):02d}-{int(g['yd']):02d}", "recurring", ()
    if g["every"]:
        every = _EVERY[fold(g["every"])]
        if g["ad"]:
            if every == "yearly" and g["am"]:
                return f"yearly:{int(g['am']):02d}-{int(g['ad']):02d}", "recurring", ()
            if every == "monthly" and not g["am"]:
                return f"monthly:{int(g['ad']):02d}", "recurring", ()
        return every, "recurring", ()
    if g["kn"] or g["ln"]:
        every = _EVERY_MONTHS.get(_months(g["kn"] or g["ln"]))
        return (every, "recurring", ()) if every else None
    if g["half"]:
        h = "H1" if fold(g["half"]) == "dau" else "H2"
        return (f"{int(g['hy'])}-{h}", "half", (int(g["hy"]),)) if g["hy"] else (h, "half", ())
    if g["dd"] or g["nd"] or g["id"]:
        day, month, year = ("dd", "dm", "dy") if g["dd"] else ("nd", "nm", "ny") if g["nd"] else ("id", "im", "iy")
        d, mo, y = int(g[day]), int(g[month]), int(g[year])
        return (f"{y}-{mo:02d}-{d:02d}", "date", (y,)) if _valid_date(y, mo, d) else None
    if g["bm"]:
        y = int(g["bmy"])
        return f"{y}-{int(g['bm']):02d}", "month", (y,)
    if g["bby"]:
        return g["bby"], "year", (int(g["bby"]),)
    if g["m1"]:
        y, a, b = int(g["mry"]), int(g["m1"]), int(g["m2"])
        return (f"{y}-{a:02d}/{y}-{b:02d}", "period", (y,)) if a < b else None
    if g["mm"] or g["tm"] or g["cm"]:
        mo, y = ((int(g["mm"]), int(g["my"])) if g["mm"] else
                 (int(g["tm"]), int(g["ty"])) if g["tm"] else (int(g["cm"]), int(g["cy"])))
        return f"{y}-{mo:02d}", "month", (y,)
    if g["qy"]:
        q = _ROMAN[g["q"].casefold()] if g["q"] and not g["q"].isdigit() else int(g["q"] or g["qa"])
        return f"{int(g['qy'])}-Q{q}", "quarter", (int(g["qy"]),)
    if g["y1"]:
        a, b = int(g["y1"]), int(g["y2"])
        return (f"{a}/{b}", "period", (a, b)) if a < b <= a + 100 else None
    y = g["yy"] or g["bare"]
    return y, "year", (int(y),)


def _years_ok(years: tuple[int, ...]) -> bool:
    """All years inside [YEAR_MIN, YEAR_MAX].

    >>> _years_ok((2020,)), _years_ok((1942,))
    (True, False)
    """
    return all(YEAR_MIN <= y <= YEAR_MAX for y in years)


def _bare_year_is_count(text: str, end: int) -> bool:
    """True when a bare 'year' is an amount: 'tăng từ 1500 đến 2000 doanh nghiệp'.

    >>> _bare_year_is_count("đến 2000 doanh nghiệp", 8), _bare_year_is_count("đến 2030, tầm nhìn", 8)
    (True, False)
    """
    from nlpolicy.extract.numbers import _unit_at
    return _unit_at(text, end) is not None


def find_times(text: str) -> list[TimeExpr]:
    """Every time expression in ``text``, in order, non-overlapping (longest match wins).

    >>> [(t.text, t.value, t.relation, t.kind) for t in find_times("xong trong Quý II/2026; hằng năm")]
    [('xong trong Quý II/2026', '2026-Q2', 'by', 'quarter'), ('hằng năm', 'yearly', 'every', 'recurring')]
    >>> find_times("Quốc lộ 55, Điều 108, 866/QĐ-TTg, 2.029,4 ha, 80%")
    []
    """
    out: list[TimeExpr] = []
    last = 0
    core = _core_re()
    for m in (m for lo, hi in _segments(text) for m in core.finditer(text, lo, hi)):
        first = text[m.start()]
        if (first.isdigit() or first == "(") and not _token_start_ok(text, m.start()):
            continue
        got = _value(m)
        if got is None:
            continue
        value, kind, years = got
        if not _years_ok(years):
            continue
        if m.group("nmd") and not _monthly_day(text, m.start(), m.end()):
            continue    # "trước ngày 10 của tháng sau ... đối với báo cáo quý": the day after a quarter, not each month
        start, cls, words = _prefix(text, m.start(), last)
        if cls is None and (m.group("dd") or m.group("nd") or m.group("id")):
            # a clock time between the relation words and the day: "trước 17 giờ ngày 26/10/2026",
            # "chậm nhất 11 giờ 30 phút ngày 28/10/2026", "từ 06h00 ngày 26/10/2026"
            clock = _CLOCK.search(text, max(last, m.start() - 24), m.start())
            if clock:
                cstart, ccls, cwords = _prefix(text, clock.start(), last)
                if ccls is not None:
                    start, cls, words = cstart, ccls, f"{cwords} {clock.group(0).strip()}"
        if m.group("bare"):
            # a bare year counts only after relation words, and never as an amount
            if cls is None or cls == "period" or _bare_year_is_count(text, m.end()):
                continue
        if kind == "recurring" and cls not in ("before", "in"):
            start = m.start()   # 'trước ngày 25 hằng tháng' keeps its 'trước'; nothing else joins
        blank_day = bool(m.group("bm") or m.group("bby"))
        joined = start < m.start()
        relation = _relation(cls if joined else None, kind, blank_day)
        out.append(TimeExpr(start, m.end(), text[start:m.end()], value, relation, kind, years,
                            words if joined else ""))
        last = m.end()
    out = _quarter_spans(text, _yearless_starts(text, out))
    out = _shared_year_quarters(text, out)
    out = _school_years(text, out)
    out = _with_report_rhythms(text, out)
    out = _several_days_every_year(text, out)
    out = _days_of_a_yearly_rhythm(text, out)
    out = _restating_a_lunar_date(text, out)
    return out


# a lunar date the solar one in brackets after it restates: "trước ngày 23 tháng Chạp năm Đinh Mùi (ngày 19/01/2028)"
_LUNAR_BEFORE = re.compile(r"(?:ngày|mùng|mồng)[ ]+\d{1,2}[ ]+tháng[ ]+(?:[Cc]hạp|[Gg]iêng|[Mm]ột|[Hh]ai|[Bb]a|[Tt]ư|[Nn]ăm|[Ss]áu"
                           r"|[Bb]ảy|[Tt]ám|[Cc]hín|[Mm]ười(?:[ ][Mm]ột)?|\d{1,2}[ ]+âm[ ]+lịch)(?:[ ]+năm[ ]+[A-ZĐ]\w*[ ]+[A-ZĐ]\w*)?"
                           r"[ ]*\([ ]*$")


def _restating_a_lunar_date(text: str, found: list[TimeExpr]) -> list[TimeExpr]:
    """A bare solar date in brackets after a lunar one takes the relation words before the lunar date (the
    grammar reads no lunar calendar): "hoàn thành trước ngày 23 tháng Chạp năm Đinh Mùi (ngày 19/01/2028)"."""
    out, last = [], 0
    for t in found:
        lunar = _LUNAR_BEFORE.search(text, max(last, t.start - 70), t.start) if t.relation is None else None
        if lunar:
            start, cls, words = _prefix(text, lunar.start(), last)
            relation = _relation(cls, t.kind, False) if cls else None
            if relation:
                t = TimeExpr(start, t.end, text[start:t.end], t.value, relation, t.kind, t.years, words)
        out.append(t)
        last = t.end
    return out


# "trước ngày 15/6 và 15/11 hằng năm", "ngày 05/6, 05/12 hằng năm": several days of each year
_DAYS_EVERY_YEAR = re.compile(r"(?P<pre>(?:trước|chậm nhất|vào)[ ]+)?ngày[ ]+(?P<first>\d{1,2}/\d{1,2})"
                              r"(?P<rest>(?:[ ]*(?:,|và)[ ]*(?:ngày[ ]+)?\d{1,2}/\d{1,2})+)[ ]+(?:hằng|hàng)[ ]+năm(?!\w)",
                              re.IGNORECASE)


def _several_days_every_year(text: str, found: list[TimeExpr]) -> list[TimeExpr]:
    """A yearly rhythm over several days is one yearly time a day, not a bare "hằng năm".

    >>> [(t.text, t.value) for t in find_times("báo cáo trước ngày 15/6 và 15/11 hằng năm")]
    [('trước ngày 15/6', 'yearly:06-15'), ('15/11', 'yearly:11-15')]
    """
    ends = [i for word in ("hằng năm", "hàng năm") for i in find_all(text, word)]
    if not ends:
        return found            # (a scan for the words costs little; the pattern's only where they are)
    matches = {m.span(): m for i in ends for m in _DAYS_EVERY_YEAR.finditer(text, max(0, i - 120), i + 9)}
    for m in sorted(matches.values(), key=lambda m: m.start()):
        days = [(m.start(), m.end("first"))] + [(m.start("rest") + d.start(), m.start("rest") + d.end())
                                                 for d in re.finditer(r"\d{1,2}/\d{1,2}", m.group("rest"))]
        mine = []
        for a, b in days:
            d, mo = (int(x) for x in re.search(r"(\d{1,2})/(\d{1,2})", text[a:b]).groups())
            if not (1 <= d <= 31 and 1 <= mo <= 12):
                mine = []
                break
            mine.append(TimeExpr(a, b, text[a:b], f"yearly:{mo:02d}-{d:02d}", "every", "recurring", (),
                                 (m.group("pre") or "").strip() if a == m.start() else ""))
        if mine:
            found = sorted([t for t in found if t.end <= m.start() or t.start >= m.end()] + mine, key=lambda t: t.start)
    return found


# a day with no year of its own where the sentence says it comes each year: the yearly report's day in brackets
# ("báo cáo năm (trước ngày 05/12)"), a day in a sentence that opens on "Hằng năm," ("Hằng năm, các đơn vị ... gửi
# Phòng Kế hoạch - Tài chính trước ngày 15/7")
_YEARLY_REPORT_DAY = re.compile(r"báo cáo[ ]+(?:cả[ ]+)?năm[ ]*\([ ]*(?P<pre>trước|chậm nhất)[ ]+ngày[ ]+"
                                r"(?P<d>\d{1,2})/(?P<m>\d{1,2})(?![\d/])", re.IGNORECASE)
_YEARLY_SENTENCE = re.compile(r"(?:^|(?<=[.;:]\s)|(?<=\n))[ \t\-+•*]*(?:Hằng|Hàng)[ ]+năm,[ ]")
_A_DAY_NO_YEAR = re.compile(r"(?P<pre>trước|chậm nhất|vào)[ ]+ngày[ ]+(?P<d>\d{1,2})/(?P<m>\d{1,2})(?![\d/])"
                           r"(?![ ]*(?:năm|hằng|hàng))")


def _days_of_a_yearly_rhythm(text: str, found: list[TimeExpr]) -> list[TimeExpr]:
    """Days with no year that a sentence puts in each year are yearly times of that day.

    >>> [(t.text, t.value) for t in find_times("báo cáo 6 tháng và báo cáo năm (trước ngày 05/12) về Sở Y tế")]
    [('6 tháng', 'half-yearly'), ('trước ngày 05/12', 'yearly:12-05')]
    >>> [(t.text, t.value) for t in find_times("Hằng năm, các đơn vị lập dự toán, gửi Sở trước ngày 15/7.")]
    [('Hằng năm', 'yearly'), ('trước ngày 15/7', 'yearly:07-15')]
    """
    if "ngày" not in text or ("năm (" not in text and "năm," not in text):
        return found
    taken = Spans([(t.start, t.end) for t in found]) if found else None
    days = [(m.start("pre"), m) for m in _YEARLY_REPORT_DAY.finditer(text)]
    for s in _YEARLY_SENTENCE.finditer(text):
        end = len(text)
        for stop in (". ", "\n"):      # (the sentence, or its line: a list's next item is another sentence)
            k = text.find(stop, s.end())
            end = min(end, k if k >= 0 else end)
        days += [(m.start(), m) for m in _A_DAY_NO_YEAR.finditer(text, s.end(), end)]
    extra = []
    for at, m in days:
        d, mo = int(m.group("d")), int(m.group("m"))
        if not (1 <= d <= 31 and 1 <= mo <= 12) or (taken is not None and at in taken):
            continue
        extra.append(TimeExpr(at, m.end(), text[at:m.end()], f"yearly:{mo:02d}-{d:02d}", "every", "recurring", (),
                              m.group("pre")))
    return sorted(found + extra, key=lambda t: t.start) if extra else found


# an hour before a day: "17 giờ", "11 giờ 30 phút", "20h00", "20h", "8 giờ 30" (the day's word follows)
_CLOCK = re.compile(r"(?<![\w])(?:[01]?\d|2[0-4])[ ]?(?:giờ(?:[ ]\d{1,2}(?:[ ]phút)?)?|h(?:[ ]?\d{2})?(?:')?)(?:[ ]+(?:sáng|chiều|tối))?[ ]+$",
                    re.IGNORECASE)
# "năm học 2026 - 2027" right before a school year's two years; the words that govern it before that
_SCHOOL_YEAR = re.compile(r"(?<!\w)(?:năm|niên)[ ]+học[ ]*$", re.I)
_SCHOOL_YEAR_END = re.compile(r"(?<!\w)(?:(?:đến|tới)[ ]+)?(?:cuối|hết)[ ]*$", re.I)


def _school_years(text: str, found: list[TimeExpr]) -> list[TimeExpr]:
    """A school year governed by relation words is the time of the work: "đến cuối năm học 2026 -
    2027" is by 2027 (a school year ends in its second year), "trong năm học 2026 - 2027" is lived
    through; "học phí năm học 2027 - 2028" stays a bare period (a label, for the caller to weigh).

    >>> [(t.text, t.value, t.relation) for t in find_times("Chỉ tiêu đến cuối năm học 2026 - 2027; trong năm học 2026 - 2027")]
    [('đến cuối năm học 2026 - 2027', '2027', 'by'), ('trong năm học 2026 - 2027', '2026/2027', 'during')]
    """
    out: list[TimeExpr] = []
    for t in found:
        m = None
        if t.kind == "period" and not t.words and len(t.years) == 2 and t.years[1] == t.years[0] + 1:
            m = _SCHOOL_YEAR.search(text, max(0, t.start - 12), t.start)
        if m is None:
            out.append(t)
            continue
        floor = out[-1].end if out else 0
        end = _SCHOOL_YEAR_END.search(text, max(floor, m.start() - 12), m.start())
        start, cls, _ = (end.start(), "by", None) if end else _prefix(text, m.start(), floor)
        if cls == "by":
            y = t.years[1]
            out.append(TimeExpr(start, t.end, text[start:t.end], str(y), "by", "year", (y,), text[start:t.start].strip()))
        elif cls == "in":
            out.append(TimeExpr(start, t.end, text[start:t.end], t.value, "during", "period", t.years,
                                text[start:t.start].strip()))
        else:
            out.append(t)
    return out


_QUARTER_BEFORE = re.compile(r"(?<![\w])(?:[Qq]u[ýíyi])[ ]+(IV|I{1,3}|[1-4])[ ]*(?:,[ ]*và|,|và)[ ]*$")
_QUARTER_NUMBER = {"I": 1, "II": 2, "III": 3, "IV": 4, "1": 1, "2": 2, "3": 3, "4": 4}


def _shared_year_quarters(text: str, found: list[TimeExpr]) -> list[TimeExpr]:
    """"Quý II và Quý IV/2026": the first quarter takes the year the second prints.

    >>> [t.value for t in find_times("Kiểm tra đột xuất: Quý II và Quý IV/2026")]
    ['2026-Q2', '2026-Q4']
    """
    out: list[TimeExpr] = []
    for t in found:
        if t.kind == "quarter" and len(t.years) == 1:
            m = _QUARTER_BEFORE.search(text, max(0, t.start - 24), t.start)
            if m and not any(o.start <= m.start() < o.end for o in out):
                y = t.years[0]
                out.append(TimeExpr(m.start(), m.start(1) + len(m.group(1)), text[m.start():m.start(1) + len(m.group(1))],
                                    f"{y}-Q{_QUARTER_NUMBER[m.group(1)]}", t.relation, "quarter", (y,), ""))
        out.append(t)
    return out


# what makes "ngày 05 của tháng sau" a monthly day: the monthly report it is the day of (the report
# named right after it decides; else one named before it)
_MONTHLY_REPORT = re.compile(r"báo cáo tháng\b|hằng tháng|hàng tháng|sau tháng kỳ báo cáo", re.I)
_OTHER_REPORT = re.compile(r"báo cáo (?:quý|năm|6 tháng|sáu tháng|9 tháng|cả năm)|tháng cuối cùng của kỳ", re.I)


def _monthly_day(text: str, start: int, end: int) -> bool:
    after = text[end:end + 80]
    mo, other = _MONTHLY_REPORT.search(after), _OTHER_REPORT.search(after)
    if mo or other:
        return bool(mo) and (other is None or mo.start() < other.start())
    return bool(_MONTHLY_REPORT.search(text, max(0, start - 80), start))


# the start of a span that takes its year from the end: "từ ngày 01/3 đến ngày 30/4/2027", "từ tháng 01 đến hết tháng 5/2027"
_YEARLESS_DAY = re.compile(r"(?<![\w/])(?:[Tt]ừ|TỪ)[ ]+(?:ngày[ ]+)?(\d{1,2})/(\d{1,2})[ ]+$")
_YEARLESS_MONTH = re.compile(r"(?<![\w/])(?:[Tt]ừ|TỪ)[ ]+tháng[ ]+(\d{1,2})[ ]+$")


def _yearless_starts(text: str, found: list[TimeExpr]) -> list[TimeExpr]:
    """``found`` with the start of a span written without its year put back before its end ("từ ngày 01/3" before
    "đến ngày 30/4/2027"), for :func:`_quarter_spans` to join."""
    out: list[TimeExpr] = []
    for t in found:
        if t.kind in ("date", "month") and t.relation == "by" and len(t.years) == 1 \
                and fold(t.words).lower().split()[:1] in (["den"], ["toi"]):
            before = text[max(0, t.start - 24):t.start]
            m = (_YEARLESS_DAY if t.kind == "date" else _YEARLESS_MONTH).search(before)
            if m:
                y = t.years[0]
                try:
                    value = (date(y, int(m.group(2)), int(m.group(1))).isoformat() if t.kind == "date"
                             else date(y, int(m.group(1)), 1).isoformat()[:7])
                except ValueError:
                    value = None         # "từ 35/12": no day
                if value is not None:
                    s0 = t.start - len(before) + m.start()
                    out.append(TimeExpr(s0, s0 + len(m.group(0).rstrip()), m.group(0).rstrip(), value, "from", t.kind,
                                        (y,), "từ"))
        out.append(t)
    return out


def _spans(text: str, a: TimeExpr, b: TimeExpr) -> bool:
    """Whether ``a`` ("từ ...") and ``b`` right after it ("đến ...") of the same kind make one span, in order."""
    if a.kind != b.kind or a.kind not in ("quarter", "month", "date") or a.relation != "from" or b.relation != "by":
        return False
    if fold(b.words).lower().split()[:1] not in (["den"], ["toi"]) or text[a.end:b.start].strip():
        return False
    if a.kind == "quarter":
        return (a.years[0], a.value[-1]) < (b.years[0], b.value[-1])
    return a.value < b.value


def _quarter_spans(text: str, found: list[TimeExpr]) -> list[TimeExpr]:
    """"Từ Quý III/2026 đến Quý II/2027" is one span, "2026-Q3/2027-Q2", lived through as "từ năm
    2026 đến năm 2028" is ("2026/2028"), not a start and a separate end; so are two days or two months
    ("đợt 1 từ ngày 06/4/2026 đến ngày 17/4/2026": a campaign's days).

    >>> [(t.value, t.relation, t.kind) for t in find_times("Thực hiện đầu tư: Từ Quý II/2027 đến Quý III/2029.")]
    [('2027-Q2/2029-Q3', 'during', 'period')]
    >>> [t.value for t in find_times("đợt 1 từ ngày 06/4/2026 đến ngày 17/4/2026; từ tháng 12/2026 đến tháng 5/2027")]
    ['2026-04-06/2026-04-17', '2026-12/2027-05']
    """
    out: list[TimeExpr] = []
    i = 0
    while i < len(found):
        a = found[i]
        b = found[i + 1] if i + 1 < len(found) else None
        if b is not None and _spans(text, a, b):
            years = tuple(sorted({a.years[0], b.years[0]}))
            out.append(TimeExpr(a.start, b.end, text[a.start:b.end], f"{a.value}/{b.value}", "during", "period",
                                years, a.words))
            i += 2
            continue
        out.append(a)
        i += 1
    return out


# The kinds of periodic report a regulation names ("báo cáo quý, 6 tháng, 9 tháng và cả năm",
# "chế độ báo cáo định kỳ tháng, quý"): each a rhythm, as "hằng quý" is.  Nine months is no rhythm.
_RHYTHM_ITEM = (rf"(?:(?P<six>0?6|{_t('sáu')}){_W}{_MONTH_WORD}|(?P<nine>0?9|{_t('chín')}){_W}{_MONTH_WORD}"
                rf"|(?:{_EVERY_WORD}{_W})?(?:(?P<month>{_MONTH_WORD})|(?P<quarter>quý|quí))"
                rf"|(?:(?:{_t('cả')}|{_EVERY_WORD}){_W})?(?P<year>năm))"
                # an item ends the list or goes on with it: not 'báo cáo quy định', 'báo cáo năm 2025', 'quý này'
                rf"(?={_S}*(?:[,.;:)\n]|và\b|hoặc\b|\Z)"
                # or the day of each period it is due: 'báo cáo quý trước ngày 12 của tháng cuối quý' (not 'báo cáo
                # năm trước', last year's; nor 'báo cáo năm trước ngày 10/11/2027', one date)
                rf"|{_S}+(?:{_t('trước')}|{_t('chậm nhất')}){_W}{_t('ngày')}{_W}\d{{1,2}}(?![\d/.-]))")
_RHYTHM_ANY = re.sub(r"\(\?P<\w+>", "(?:", _RHYTHM_ITEM)       # the same, without group names
_REPORT_RHYTHMS = re.compile(
    rf"(?<!\w){_t('báo cáo')}{_W}(?:{_DINH_KY}{_W})?(?P<items>{_RHYTHM_ANY}"
    rf"(?:(?:{_W0},{_W0}|{_W}(?:và|hoặc|{_t('và')}){_W}){_RHYTHM_ANY})*)", re.IGNORECASE)
_RHYTHM_ONE = re.compile(_RHYTHM_ITEM, re.IGNORECASE)
_REPORT_WORD = re.compile(r"[bB][áaÁA][oO][ _]+[cC][áaÁA][oO]\b")
_RHYTHM_VALUE = {"six": "half-yearly", "month": "monthly", "quarter": "quarterly", "year": "yearly"}


def _with_report_rhythms(text: str, found: list[TimeExpr]) -> list[TimeExpr]:
    """``found`` and the rhythms of the periodic reports ``text`` names, where no expression is.

    >>> [(t.text, t.value) for t in find_times("gửi báo cáo quý, 6 tháng, 9 tháng và cả năm; báo cáo năm 2025")]
    [('quý', 'quarterly'), ('6 tháng', 'half-yearly'), ('cả năm', 'yearly'), ('năm 2025', '2025')]
    >>> [(t.text, t.value) for t in find_times("chế độ báo cáo định kỳ hằng quý, 6 tháng và hằng năm")]
    [('định kỳ hằng quý', 'quarterly'), ('6 tháng', 'half-yearly'), ('hằng năm', 'yearly')]
    >>> [t.value for t in find_times("báo cáo tháng gửi trước ngày 02 của tháng tiếp theo")]
    ['monthly:02']
    """
    taken = Spans([(t.start, t.end) for t in found]) if found else None
    extra = []
    # the full pattern only where "báo cáo" starts (a pattern that opens with a look-behind and
    # classes of letters is tried at every position of the text)
    for at in _REPORT_WORD.finditer(text):
        m = _REPORT_RHYTHMS.match(text, at.start())
        if m is None:
            continue
        for item in _RHYTHM_ONE.finditer(text, m.start("items"), m.end("items")):
            kind = next((k for k in _RHYTHM_VALUE if item.group(k)), None)
            if kind is None or (taken is not None and item.start() in taken):
                continue
            value = _RHYTHM_VALUE[kind]
            if any(t.value.startswith(value + ":") and abs(t.start - item.start()) < 300 for t in found):
                continue   # "báo cáo tháng ... trước ngày 02 của tháng tiếp theo": the rhythm has its day already
            extra.append(TimeExpr(item.start(), item.end(), item.group(0), value, "every",
                                  "recurring", ()))
    return sorted(found + extra, key=lambda t: t.start) if extra else found
