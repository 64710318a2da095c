"""Named projects: parks and clusters, power plants, roads, ports, water works, mines, plants ...

DOMAIN.md section 4: a project is a concrete, named work the document wants built, finished,
operated or filled.  The genre names one in a few ways, and this module reads the ways rather
than the names one corpus happened to use:

* a **head and a proper name**: "Khu công nghiệp Tân An", "Nhà máy thủy điện Sông Mã"; a list
  shares its head ("các khu công nghiệp Tân An 2, Hòa Lợi I, II" is three parks: a bare numeral
  repeats the stem before it);
* a **head and a number**: "Quốc lộ 12B", "QL.25", "ĐT 712", "đường Vành đai 3";
* a **counted head and a list introduced after it**: "ít nhất 03 cụm công nghiệp (Tân An, Phú
  Mỹ 2, Hòa Lợi)", "nhà máy thủy điện: Sông Mã (120 tỷ đồng), Nậm Tân (80 tỷ đồng)", "một số
  cụm có tỷ lệ lấp đầy cao như Tân An (90%), Hòa Lợi";
* a **described work**: a head, a few words that describe it, and a place or a proper name
  that anchors it: "Nhà máy gang thép Hòa Lợi", "mỏ sắt Tân An", "hồ thủy lợi thôn Nà Phú",
  "dự án ổn định dân cư thôn Nà Phú", "kè bờ tây sông Mã đoạn từ cầu A đến cầu B"; a road
  named by what it joins is one project, not the cluster named inside it ("Dự án đường nối từ
  nút giao IC 7 đến CCN Tân An"); a "dự án" or "công trình" that holds a head of its own is
  that work ("Dự án Nhà máy gang thép Hòa Lợi" is the plant).

Generic phrases ("các dự án điện mặt trời", "các khu công nghiệp trên địa bàn tỉnh"), heads
inside an agency's name ("Ban Quản lý các Khu công nghiệp", "Công ty cổ phần Thủy điện X"),
product brands (no head), plans, schemes and laws (no head) are not projects.

The stages are the decision seam's (:mod:`nlpolicy.decide`): :func:`find_project_mentions`
*proposes* a :class:`ProjectCandidate` for every head (and every member of its list) with its
context (the words before it, the zone of its section, how its name was found), the rule
registered as ``"project"`` *decides* (``Decision("project" | None, score, why, cue)``), and the
accepted ones are *assembled* into names.  The head nouns and their forms are data
(``resources/project_categories.tsv``), and so are the words around them
(``resources/project_cues.tsv``).

**Lower-cased texts** (``doc.lowercase``: research datasets, word-segmented copies) have no
capitals to end a name.  There a name is the run of at most four syllables after the head that
stops at punctuation, a list separator or a clause word of ``project_cues.tsv`` ("các khu công
nghiệp ở các huyện" has none); a run that opens with a common word of the language (underthesea's
22,000-word dictionary: "tập trung", "sinh thái") describes rather than names, unless a number
ends it ("thống nhất 1").  Described works need a place word there ("hồ thủy lợi thôn nà phú",
"tại cổ định"): "nhà máy gang thép hòa lợi" is not found, and a name that runs into a following
lower-case word ("cụm công nghiệp tân an phía nam") is taken whole.

    >>> from nlpolicy.document import from_raw
    >>> from nlpolicy.types import RawDocument
    >>> doc = from_raw(RawDocument("t.txt", "ỦY BAN NHÂN DÂN TỈNH\\nSố: 5/KH-UBND\\n\\nKẾ HOẠCH\\n"
    ...     "về phát triển công nghiệp\\n\\nI. NHIỆM VỤ\\n"
    ...     "1. Hoàn thành hạ tầng các cụm công nghiệp Tân An, Hòa Lợi I, II.\\n", "utf-8"))
    >>> [p.name for p in find_project_mentions(doc)]
    ['Cụm công nghiệp Tân An', 'Cụm công nghiệp Hòa Lợi I', 'Cụm công nghiệp Hòa Lợi II']
"""
from __future__ import annotations

import importlib.util
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from nlpolicy.agencies import find_agencies
from nlpolicy.decide import Decision, decide, rule
from nlpolicy.lexicon import read_tsv
from nlpolicy.matching import Cue
from nlpolicy.normalize import match_key
from nlpolicy.regexes import DIGIT_WORDS, REF_LABEL, REF_UNIT, UPPER, trie_pattern
from nlpolicy.spans import Spans
from nlpolicy.tables import ColumnRole
from nlpolicy.textfold import fold, has_tone
from nlpolicy.types import Body, Document, Project
from nlpolicy.zones import Zone, zone_at

__all__ = ["Head", "heads", "ProjectCandidate", "project_rule", "find_project_mentions", "extract_projects",
           "THRESHOLD"]

#: a candidate whose rule score reaches this is a project
THRESHOLD = 0.5

FORMS = ("named", "numbered", "described", "linear", "wrapper", "built", "anaphor", "self")


@dataclass(frozen=True)
class Head:
    cue: str           # as written in the table
    key: str           # strict key
    category: str
    canonical: str     # "" = the head as written is part of the name; "=" = the head is the name
    form: str          # one of FORMS
    example: str

    @property
    def syllables(self) -> int:
        return len(self.key.split())


@lru_cache(maxsize=1)
def heads() -> tuple[Head, ...]:
    """The head nouns of ``project_categories.tsv``, longest first."""
    rows = []
    for row in read_tsv("project_categories.tsv"):
        cue, category, canonical, form, example = (list(row) + [""] * 5)[:5]
        if form not in FORMS:
            raise ValueError(f"project_categories.tsv: unknown form {form!r} for {cue!r}")
        rows.append(Head(cue, match_key(cue), category, canonical, form, example))
    return tuple(sorted(rows, key=lambda h: -len(h.key)))


# heads of two syllables whose unmarked form is another common phrase ("trụ sở", "lưu trữ số"): found as written
_MARKED_ONLY = frozenset({"trụ sở"})


@lru_cache(maxsize=1)
def _head_index() -> tuple[re.Pattern, re.Pattern, dict[str, Head], dict[str, Head]]:
    """One pattern over the strict key (every head) and one over the loose key (heads of two
    syllables or more, which stay unambiguous without their marks)."""
    hs = heads()
    # one-syllable heads (and the marked-only ones) as written; the others are all found on the loose key
    strict = re.compile(trie_pattern([h.key for h in hs if h.syllables == 1 or h.key in _MARKED_ONLY]) + r"(?!\w)")
    multi = [h for h in hs if h.syllables >= 2 and h.key not in _MARKED_ONLY]
    loose = re.compile(trie_pattern([fold(h.key) for h in multi]) + r"(?!\w)")
    by_key = {h.key: h for h in hs}
    by_loose: dict[str, Head] = {}
    for h in multi:
        by_loose.setdefault(fold(h.key), h)
    return strict, loose, by_key, by_loose


@lru_cache(maxsize=1)
def _cues() -> dict[tuple[str, str], Cue]:
    """One Cue per (label, position) of ``project_cues.tsv`` (the rows of a label joined)."""
    parts: dict[tuple[str, str], list[str]] = {}
    for row in read_tsv("project_cues.tsv"):
        pattern, label, position = row[:3]
        parts.setdefault((label, position), []).append(f"(?:{pattern})")
    out = {}
    for (label, position), pats in parts.items():
        alt = "|".join(pats)
        if position == "before" and label not in ("build", "use"):
            rx = rf"(?<!\w)(?:{alt})[ ]*$"          # right before the head
        elif position in ("at", "before", "inside"):
            rx = rf"(?<!\w)(?:{alt})(?!\w)"         # anywhere in the span searched
        else:   # after, name: at the position; a word must end there, "(" or ":" need not
            rx = rf"(?:{alt})(?:(?<!\w)|(?!\w))"
        out[(label, position)] = Cue(rx, tolerant=False)
    return out


def _cue(label: str, position: str) -> Cue | None:
    return _cues().get((label, position))


def _at(doc: Document, label: str, position: str, pos: int, end: int | None = None) -> re.Match | None:
    """A cue of ``label`` matching at ``pos`` (after, name) or ending at ``end`` (before)."""
    cue = _cue(label, position)
    if cue is None:
        return None
    if position == "before":
        return cue.search(doc, pos, end)
    return cue.match(doc, pos, min(len(doc.key), pos + 80))


@lru_cache(maxsize=2)
def _common_words(dictionary: str = "Viet74K") -> frozenset[str]:
    """Common words of two syllables or more (one of underthesea's dictionaries), for lower-cased
    texts: a run after a head that opens with one describes the work rather than naming it.  A word
    the dictionary also lists in capitals is a name too ("Tam Quan", "Yên Bình"): not common."""
    spec = importlib.util.find_spec("underthesea")
    if spec is None or not spec.submodule_search_locations:
        return frozenset()
    path = Path(next(iter(spec.submodule_search_locations))) / "corpus" / "data" / f"{dictionary}.txt"
    try:
        lines = [unicodedata.normalize("NFC", w.strip()) for w in path.read_text(encoding="utf-8").splitlines()]
    except OSError:
        return frozenset()
    words = [w for w in lines if " " in w]
    names = {match_key(w) for w in words if w[:1].isupper()}
    return frozenset(match_key(w) for w in words) - names


# ---------------------------------------------------------------- name grammar (capitalised text)

_UP = UPPER
_LOW = "a-zđàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
# a decimal and its unit: "4,3 ha", "2.5%" (while "1,2,3 trong ..." lists numbers)
_MEASURE = r"[,.]\d+\s?(?i:%|ha|km|m2|m3|m|tỷ|triệu|nghìn|ngàn|tấn|mw|kw|kv|mva|hộ|người|đồng|lần|cm)(?!\w)"
# a number inside a name, unless it is a measure: "Phú Mỹ 2", "Tân An 1,2,3", not "Tân An 4,3 ha", nor the
# start of a thousand ("Ô Môn 1.830 MW"), nor a capacity ("điện mặt trời 534 MW")
_NUM = rf"\d{{1,3}}[A-Z]?(?!{_MEASURE})(?![.,]\d{{3}}(?!\d))(?!\s?(?i:mw|kw|kv|mva|mwp|ha|km|%)(?!\w))"
# one token of a proper name: "Hòa", "Lợi", "I", "II", "2", "12B", "A" (Tây Cầu Mậu A)
# an acronym of Latin capitals may name a work ("KCN VSIP II", "điện khí LNG Tân An"), not a Vietnamese
# word of a heading in capitals ("KHU CÔNG NGHIỆP VÀ ...": "VÀ" has a mark)
# (a one-letter code with its number is a block's name: "K3")
_TOKEN = (rf"(?:[{_UP}][{_LOW}]+|[IVX]{{1,4}}|{_NUM}|[A-Z]{{2,6}}\d{{0,3}}|[A-Z]\d{{1,3}}|[{_UP}])"
          rf"(?![{_UP}{_LOW}\w])")
_NAME = re.compile(rf"""
    (?:Thành[ ]phố[ ](?=[{_UP}]))?{_TOKEN}(?:[ ]{_TOKEN}){{0,5}}   # "Thành phố Hồ Chí Minh - Mộc Bài"
    (?:(?<=Việt[ ]Nam)[ ]anh[ ]hùng(?:[ ]{_TOKEN}){{1,4}})?      # "Mẹ Việt Nam anh hùng Hoàng Thị Lựu" (an honorific)
    (?:[ ]?[–\-][ ]?{_TOKEN}(?:[ ]{_TOKEN}){{0,4}}){{0,3}}   # "Tân An – Hòa Lợi", "A - B - C"
    (?:[ ]nhánh[ ]{_TOKEN})?                                 # "Hồ Chí Minh nhánh Tây"
    (?:[ ]giai[ ][đd][oọ][aạ]n[ ]\d{{1,2}}(?!\d)|[ ]m[ởơo][ ]r[ộôo]ng|(?:[ ]t[ỉi]nh)?[ ]c[ơo][ ]s[ởơo][ ]\d{{1,2}}(?!\d))?   # "Tân An giai đoạn 2", "Phú Mỹ 4 mở rộng", "... tỉnh cơ sở 2" (marks a scan may lose; not "giai đoạn 2026")
    (?:[ ]m[ớơo]i(?=[ ]*(?:[,;.)\n]|và(?!\w)|$)))?          # "cầu Văn Úc mới và Quý Cao 2" (not "Tân An mới được ...")
""", re.VERBOSE)
_TITLE = re.compile(rf"[{_UP}][{_LOW}]+(?![{_UP}{_LOW}\w])")
_ACRONYM = re.compile(rf"[{_UP}]{{2,6}}(?![{_UP}{_LOW}\w])")
# a bare numeral that repeats the stem of the item before it: "Hòa Lợi I, II", "Phú Mỹ 1,2,3"
_NUMERAL_ITEM = re.compile(rf"(?:[IVX]{{1,4}}|[1-9]\d{{0,2}}[A-Z]?)(?![{_UP}{_LOW}\w])(?![ ]+[{_UP}])(?!{_MEASURE})")
# between two members of a list: a comma or "và", after a short remark in brackets ("(90%)")
# (a comma may end a line that a scan or a converter wrapped: "Tân An (100%),\nHòa Lợi")
_LIST_SEP = re.compile(r"(?:[ ]*\([^()\n]{1,40}\))?[ ]*(?:,[ ]*và(?!\w)|,\n?|và(?!\w))[ ]*(?:các[ ]+)?")
_ROAD_NUMBER = re.compile(r"[ ]?[.]?[ ]?(?P<so>số[ ]+)?(\d{1,4}[A-Za-z]?)(?!\w)(?![,.]\d)")
_CLAUSE_END = re.compile(r"[.;!?\n]")
# lower-cased texts: one syllable, and a numeral ("i", "ii", "2", "12b")
_LOW_WORD = re.compile(rf"[{_LOW}]+(?![{_LOW}\w])")
# the spaces a walk over a name steps across, the capital a name in capitals opens with, a next word's first
# character (compiled once: the walks run a few thousand times a corpus pass)
_SPACES = re.compile(r"[ ]+")
_CAPITAL_AFTER_SPACES = re.compile(rf"[ ]*[{_UP}]")
_NEXT_WORD_CHAR = re.compile(r"[ ]+(\w)")
_LOW_NUM = re.compile(rf"(?:[ivx]{{1,4}}|[1-9]\d{{0,2}}[a-z]?)(?![{_LOW}\w])(?!{_MEASURE})")


def _stem(name: str) -> str:
    """'Hòa Lợi I' -> 'Hòa Lợi': the part a bare numeral repeats."""
    return re.sub(r"[ ](?:[IVXivx]{1,4}|\d{1,3}[A-Za-z]?)$", "", name)


def _name_at(doc: Document, pos: int, lone: bool = False) -> tuple[int, int] | None:
    """The proper name that starts at ``pos``: capitalised tokens, or, in a lower-cased text, a
    short run of syllables that stops at a clause word.  One capitalised word that a lower-case
    one goes on is no name ("Các cụm ...", "Đầu tư xây dựng ...") unless ``lone`` (after a place
    word: "sông Chảy đoạn ...")."""
    if doc.lowercase:
        return _lower_name_at(doc, pos, lone)
    m = _NAME.match(doc.text, pos)
    if not m or (_at(doc, "not_name", "name", pos)
                 and not (doc.text.startswith("Thành phố ", pos) and re.search(r"[ ][–\-][ ]", m.group(0)))):
        return None     # (a route from a city is named from it: "cao tốc Thành phố Hồ Chí Minh - Mộc Bài")
    if not lone and " " not in m.group(0) and not _BLOCK.fullmatch(m.group(0)) \
            and re.match(rf"[ ]+[{_LOW}]", doc.text[m.end():m.end() + 3]):
        return None   # one capitalised word that a lower-case one goes on: "Các cụm ...", "Đầu tư xây dựng"
    return m.start(), m.end()


def _lower_name_at(doc: Document, pos: int, lone: bool = False) -> tuple[int, int] | None:
    """A name in a lower-cased text: a run of at most four syllables that no clause word, head or
    common word of the genre opens; a numeral ends it ("phú mỹ 2"), a dash joins two runs
    ("dầu giây – phan thiết"); the run is cut before a common word of the language inside it
    ("iot di động" -> "iot"), and one that opens with one describes (None).  A name's first two
    syllables are judged by the core dictionary (Viet22K): the larger one holds many place names in
    lower case ("minh quân", "trấn yên")."""
    text, key = doc.text, doc.key
    if _at(doc, "not_name", "name", pos):
        return None   # "xã tân an", "sở công thương": a place or a body, not a name
    common, core = _common_words(), _common_words("Viet22K")
    end, numbered, runs = None, False, 0
    cur = pos
    lead = re.match(r"\d{1,3}[ ]?[–-][ ]?(?=[^\W\d_])", text[pos:pos + 8])
    if lead:   # "phong điện 1 – bình thuận": a number and a dash open the name
        cur, runs = pos + lead.end(), 1
    while runs < 3:
        run_start, syl = cur, []
        while len(syl) < 4:
            if (_at(doc, "stop", "after", cur) or _at(doc, "locator", "after", cur)
                    or _at(doc, "lower_stop", "after", cur) or _head_at(doc, cur)
                    or re.match(r"giai đoạn \d", key[cur:cur + 12])):
                break
            m = _LOW_WORD.match(text, cur)
            if not m:
                break
            if (runs == 0 and syl and f"{syl[-1]} {key[cur:m.end()]}" in (common if len(syl) >= 2 else core)
                    and not _LOW_NUM.match(text, m.end() + 1)
                    and not (len(syl) == 2 and _at(doc, "direction", "after", run_start))):
                syl.pop()   # "iot di động": the common word is no part of the name ("bắc duyên hải" is)
                break
            syl.append(key[cur:m.end()])
            cur = m.end()
            if text[cur:cur + 1] != " ":
                break
            num = _LOW_NUM.match(text, cur + 1)
            if num:   # a numeral ends the name: "phú mỹ 2", "hòa lợi ii"
                cur, numbered = num.end(), True
                break
            cur += 1
        if not syl:
            break
        if not numbered:
            cur = run_start + len(" ".join(syl))
        if runs == 0 and not numbered and not lone and (
                len(syl) < 2 or " ".join(syl[:2]) in core or _at(doc, "common", "after", pos)):
            return None   # "khu công nghiệp tập trung" describes; "khu công nghiệp x" is too short to tell
        end, runs = cur, runs + 1
        dash = re.match(r"[ ]?[–-][ ]?", text[end:end + 3])
        if numbered or not dash:
            break
        cur = end + dash.end()
    if end is None:
        return None
    # ("Bệnh viện Sản - Nhi tỉnh cơ sở 2": a hospital's second campus, a work of its own)
    tail = re.match(r"[ ]giai[ ]đoạn[ ]\d{1,2}|[ ]mở[ ]rộng|(?:[ ]tỉnh)?[ ]cơ[ ]sở[ ]\d{1,2}(?!\d)", text[end:end + 20])
    if tail:
        end += tail.end()
    return pos, end


# a natural feature that names a site in a list of sites ("các khu du lịch A, B và hồ C")
_FEATURE = re.compile(rf"(?:hồ|thác|động|hang|núi|đảo|vịnh|đèo|suối|bãi biển)[ ]+(?=[{_UP}])")


# a member of a list of names that opens with a one-word head and goes on with a capital is a name of the
# list's head ("các cống: Bến Rớ, Cầu Sập, Rạch Vọp"); a head that a lower-case word follows starts its own
_NAMED_LIKE_A_HEAD = re.compile(rf"(?:Cầu|Cống|Hồ|Kênh|Đập|Rạch|Bến)[ ][{_UP}]")


def _list_after(doc: Document, first: tuple[int, int, str]) -> list[tuple[int, int, str]]:
    """``first`` and the members of its list: "Tân An, Hòa Lợi I, II và Phú Mỹ"."""
    text = doc.text
    items = [first]
    cur = first[1]
    while True:
        sm = _LIST_SEP.match(text, cur)
        if not sm or sm.end() == cur:
            break
        nxt = sm.end()
        if _head_at(doc, nxt) and not _NAMED_LIKE_A_HEAD.match(doc.text, nxt):
            break  # a new head starts its own list
        num = (_LOW_NUM if doc.lowercase else _NUMERAL_ITEM).match(text, nxt)
        if num:
            items.append((items[-1][0], num.end(), f"{_stem(items[-1][2])} {num.group(0).upper() if doc.lowercase else num.group(0)}"))
            cur = num.end()
            continue
        feature = _FEATURE.match(text, nxt)
        span = _name_at(doc, feature.end() if feature else nxt)
        if not span:
            break
        span = (nxt, span[1]) if feature else span      # "... và hồ Đá Mài": a site named by its lake
        items.append((span[0], span[1], text[span[0]:span[1]]))
        cur = span[1]
    return items


def _head_at(doc: Document, pos: int) -> tuple[Head, int] | None:
    """The head that starts at ``pos`` (the longest), with its end."""
    strict, loose, by_key, by_loose = _head_index()
    m = strict.match(doc.key, pos)
    best = (by_key[m.group(0)], m.end()) if m else None
    lm = loose.match(doc.loose, pos)
    if lm and (best is None or lm.end() > best[1]):
        best = (by_loose[lm.group(0)], lm.end())
    if best and _not_head(doc, pos, best[1]):
        return None
    return best


# a capitalised word right before: the head's syllable is inside a proper name ("Sông Cầu", "Tây Cầu Mậu")
_NAME_WORD_BEFORE = re.compile(rf"(?<![.:;!?\n])[ ][{_UP}][{_LOW}]*[ ]$")


# what a line may hold before its first word: a bullet, a number, a table's bar
_LINE_OPENING = re.compile(r"[\s\-–+•*|]*(?:\(?(?:\d+(?:\.\d+)*|[a-zđ])[.)]?[ ]*\|?[ ]*)?")
_PLACE_WORD_BEFORE = re.compile(r"(?<!\w)(?:ấp|thôn|xã|phường|bản|buôn|làng|khu phố|tổ dân phố)[ ]$")

# a head written in lower case that a proper name follows: a capitalised head word right after it opens that
# name ("kênh Cầu Ngang - Long Hữu", "cống Cầu Sập", "đường Cầu Giấy")
_NAMING_HEAD_BEFORE = re.compile(r"(?i)(?<!\w)(?:kênh|cống|sông|rạch|mương|đập|trạm bơm|đường|phố)[ ]$")


def _not_head(doc: Document, start: int, end: int) -> bool:
    """The head's words belong to another word: "thị trường", "đường lối", "hồ sơ"; a one-word head written
    with a capital inside a proper name ("Khu công nghiệp Sông Cầu")."""
    if " " not in doc.key[start:end] and doc.text[start:start + 1].isupper() and not doc.lowercase \
            and (_NAME_WORD_BEFORE.search(doc.text, max(0, start - 20), start)
                 or _PLACE_WORD_BEFORE.search(doc.key, max(0, start - 12), start)
                 or (_NAMING_HEAD_BEFORE.search(doc.text, max(0, start - 12), start)
                     and doc.text[start + 1:start + 2].islower())):   # ("đường ĐH.52": a road's number)
        return True     # (and a hamlet's: "ấp Kênh Hội" is no canal; a canal's: "kênh Cầu Ngang" is no bridge)
    if doc.key[start:end] == "trường" and doc.text[start:start + 1].isupper() and not doc.lowercase \
            and not _SCHOOL_KIND.match(doc.text, end):
        return True     # a school says what it is ("Trường Tiểu học ..."); "Trường Xuân" is a commune's name
    if doc.key[start:end] == "rạch" and doc.text[start:start + 1].isupper() and not doc.lowercase \
            and not _LINE_OPENING.fullmatch(doc.text, doc.text.rfind("\n", 0, start) + 1, start):
        return True     # a creek is "rạch Bà Hương" in a sentence, "Rạch ..." only where a line or a cell
    #                     opens; "Rạch Giá" and "Rạch Sỏi" inside a sentence are towns
    if doc.key[start:end] == "trung tâm" and not doc.lowercase and doc.text[start:start + 1].islower():
        return True     # a centre to build is written "Trung tâm ..."; "công viên trung tâm" is the central park
    cue = _cue("not_head", "at")
    if cue is None:
        return False
    for m in cue.finditer(doc, max(0, start - 12), min(len(doc.key), end + 24)):
        if m.start() < end and m.end() > start:
            if m.start() > start and m.end() <= end:
                continue    # words of the head itself: "đường bộ" in "hầm đường bộ"
            nxt = _NEXT_WORD_CHAR.match(doc.text[end:end + 3])
            if m.start() == start and nxt and nxt.group(1).isupper() and not doc.lowercase:
                continue    # "Đường Hướng Phùng - Hướng Lập": a name, not "đường hướng" (a course of action)
            return True
    return False


# ---------------------------------------------------------------- candidates

@dataclass(frozen=True)
class ProjectCandidate:
    """A head noun and what may name it, with the context the rule weighs."""
    head: Head
    head_start: int
    head_end: int
    start: int                 # the mention: the name (named, numbered, lists) or the whole phrase
    end: int
    name: str                  # the assembled name ("" when nothing names the head)
    category: str
    how: str                   # name | number | list | intro | described | self | none
    numbered: bool             # the name ends with a number or numeral ("Tân An 2", "Hòa Lợi II")
    members: int               # how many members the list of this head has
    plural: bool               # "các", "những", "một số" ... right before the head
    count: int | None          # "03" / "ba" right before the head
    agency: str | None         # the agency whose name holds the head ("Ban Quản lý các ...")
    landmark: str | None       # a word that makes the head locate something else ("giáp kè ...")
    address: str | None        # the head is a street of an address ("Số 12, đường ...")
    cited: bool                # inside the citation of another document
    build: str | None          # a verb that builds or repairs a work: "near" (governs the head), "clause"
    lowercase: bool
    zone: Zone
    called_a_work: bool = False   # "dự án" or "công trình" right before the head: it names a work, not a body
    used: bool = False         # traffic in its clause before it ("tuần tra, kiểm soát trên Quốc lộ 1"), what sits on
                               # it or where ("trên", "theo", "tại Km 21+500", "nút giao ... với")
    placed: bool = False       # a cell under a column of places ("Tuyến, địa bàn trọng điểm", "Vị trí lắp đặt"):
                               # where its row patrols or puts something
    venue: str | None = None   # "tại", "ở" or "mục tiêu" right before it: where something is held or guarded
    rated: bool = False        # a row of a table of rates ("Hệ số K", "Giá đất") that spends nothing on it
    former: bool = False       # "cũ" right after it: the old work whose site something new takes ("cải tạo nhà
                               # xưởng Nhà máy Dệt Kim Đài cũ")
    why: str = ""              # how the proposer read the phrase, for a reader


_NUMBER_WORDS = {**DIGIT_WORDS, "mười": 10}


# a count right before a head, in digits or words (not "tỷ lệ 1/500"), and the word that makes it a part's number
_COUNT_BEFORE = re.compile(r"(?<![\w/.,])(\d{1,3}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|một)[ ]+$")
_PART_WORD_BEFORE = re.compile(r"(?<!\w)(?:giai đoạn|gđ|đợt|số|phần|mô-đun|mô đun|module|tổ máy|hạng mục|lô)[ ]+$")


def _count_before(key: str) -> int | None:
    m = _COUNT_BEFORE.search(key)
    if not m or _PART_WORD_BEFORE.search(key[:m.start()]):
        return None     # "giai đoạn 2 Khu công nghiệp X", "Mô-đun 2 Nhà máy ...": the number of a part, no count
    w = m.group(1)
    return int(w) if w.isdigit() else _NUMBER_WORDS[w]


# a mark that ends a clause, and the space after it
_CLAUSE_MARK = re.compile(r"[.;!?:]\s")


def _clause_start(doc: Document, pos: int) -> int:
    line = doc.key.rfind("\n", 0, pos) + 1
    return max((m.end() for m in _CLAUSE_MARK.finditer(doc.key, line, pos)), default=line)


def _clause_end(doc: Document, pos: int, limit: int = 220) -> int:
    m = _CLAUSE_END.search(doc.key, pos, min(len(doc.key), pos + limit))
    return m.start() if m else min(len(doc.key), pos + limit)


def _full_name(head: Head, head_text: str, name: str) -> str:
    if head.canonical == "":
        full = name if match_key(name).startswith(head.key) else f"{head_text} {name}"
    elif match_key(name).startswith(match_key(head.canonical) + " "):
        full = name
    else:
        full = f"{head.canonical} {name}"
    full = re.sub(r"\s+", " ", full).strip()
    return full[:1].upper() + full[1:]


def _category_inside(doc: Document, start: int, end: int, default: str) -> str:
    for label in ("road", "water"):
        cue = _cue(label, "inside")
        if cue is not None and cue.search(doc, start, end):
            return label
    return default


_PHASE = re.compile(r"[ ]*\((?:giai đoạn|GĐ)[ ]?(\d{1,2})\)")
_VOLTAGE = re.compile(r"\d{2,3}[ ]?kV(?![\w])", re.IGNORECASE)
# a building's floors describe it: "Nhà lớp học bộ môn 4 tầng Trường ..."
_FLOORS = re.compile(r"\d{1,2}[ ]tầng(?![\w])", re.IGNORECASE)
# a school's level, which may join two levels with "và": "Trường Phổ thông nội trú liên cấp tiểu học và trung học
# cơ sở Mường Típ", "Trường TH và THCS Tân An"; the name is what follows it
_LEVEL = r"(?:mầm non|tiểu học|trung học cơ sở|trung học phổ thông|TH|THCS|THPT|MN)"
_SCHOOL_LEVEL = re.compile(rf"(?:phổ thông dân tộc (?:nội trú|bán trú)|phổ thông nội trú|phổ thông|PTDTNT|PTDTBT|PTNT|PT|{_LEVEL})"
                           rf"(?:[ ]liên cấp)?(?:[ ]{_LEVEL})?(?:(?:,[ ]|[ ]và[ ]){_LEVEL})*(?=[ ])", re.IGNORECASE)
# what follows "Trường" when it heads a school: its level, or a kind a school of another sort is named by
_SCHOOL_KIND = re.compile(rf"[ ]+(?:{_SCHOOL_LEVEL.pattern}|(?:trung học|đại học|cao đẳng|trung cấp|chính trị|dân tộc"
                          r"|bồi dưỡng|quân sự|sĩ quan|nghề|chuyên|liên cấp|năng khiếu|giáo dưỡng|ĐH|CĐ|TC)(?![\w]))", re.IGNORECASE)


_NATIONAL = re.compile(r"quốc gia(?=[ ]*(?:[,;.:()\n]|$|(?:và|tại|ở|do|của|trong|năm|đến|trước|vào)(?![\w])))")
_CENTRAL = re.compile(r"Trung ương(?![\w])")
_CENTRAL_LOW = re.compile(r"trung[ ]ương(?=[ ]+cơ[ ]sở[ ]\d)")    # (lower-cased: only before a new site's number)
# production zones a wrapped work serves ("dự án hệ thống tưới ... vùng cây ăn quả X": the system is the work)
_ZONES_SERVED = frozenset(("vùng trồng", "vùng chuyên canh", "vùng nguyên liệu", "vùng chăn nuôi", "vùng nuôi",
                           "vùng lúa", "vùng chè", "vùng cà phê", "vùng cây ăn quả", "vùng cam", "vùng bưởi",
                           "vùng rau", "vùng dược liệu"))
# the first word of a body's name, which "và" after a described work opens ("Trung tâm Y tế và Sở Y tế ...")
_BODY_WORD = re.compile(r"(?:Sở|Bộ|Ban|Ủy|Uỷ|UBND|Công an|Cục|Chi cục|Phòng|Văn phòng|Tỉnh|Thành|Hội|Đoàn|Tập đoàn|Tổng"
                        r"|Công ty|Ngân hàng|Viện|Đảng|Mặt trận|Liên|Quỹ|Kho bạc|Thanh tra|Chính phủ|Thủ tướng)(?![\w])")
# in a lower-cased text, "và" joins two words of one description only where no body opens after it and a place
# word comes a word or more on ("trung tâm giới thiệu và quảng bá sản phẩm ocop tỉnh đắk lắk", not "trạm biến áp a
# dơi và đường dây đấu nối", "đê điều và ứng phó thiên tai tại chỗ", "đường sắt đô thị và khu vực tod")
_BODY_WORD_LOW = re.compile(_BODY_WORD.pattern, re.IGNORECASE)
_PLACE_LOW = r"(?:thôn|xóm|bản|ấp|tổ dân phố|xã|phường|thị trấn|thị xã|thành phố|tỉnh|đặc khu|khu vực)(?!\w)"
_PLACE_LATER_LOW = re.compile(rf"(?!{_PLACE_LOW})[^,;.:()\n]{{1,90}}?(?<!\w){_PLACE_LOW}")
# a dash between two capitalised fields of a described name ("Kinh tế - Kỹ thuật", "Văn hóa - Thể thao")
_TITLED_BEFORE_DASH = re.compile(rf"[{_UP}][{_LOW}]*(?:[ ][{_LOW}]+)?[ ]?$")
_DASH_TO_TITLE = re.compile(rf"[-–][ ]*[{_UP}]")
_LOWER_FAR_END = re.compile(rf"[-–][ ]?(?=[{_LOW}])")
# the last word of a run that names no work: "bệnh viện đa khoa tỉnh", "cầu treo dân sinh dài 48 m", "... nêu trên",
# "đường liên ấp", "nhà văn hóa thôn" (a class of works by the unit they serve)
_NO_NAME_END = frozenset({"tỉnh", "xã", "phường", "huyện", "dài", "rộng", "trên", "ấp", "thôn", "bản", "xóm"})
_ABOUT = frozenset({"khoảng", "trên", "dưới", "gần", "hơn", "số", "đạt", "còn"})   # before a figure, not a name's numeral


# a bill, a draft document, a scheme or a fund's programme is no work, however its title is written: "Dự án Luật Năng
# lượng nguyên tử", "Dự án Quỹ Toàn cầu phòng, chống HIV/AIDS"
_NOT_A_TITLE = re.compile(r"(?:Luật|Bộ luật|Pháp lệnh|Nghị quyết|Nghị định|Thông tư|Quyết định|Chỉ thị|Đề án|Kế hoạch"
                          r"|Chương trình|Quỹ)(?![\w])")


def _describe(doc: Document, head: Head, pos: int, depth: int = 0,
              title: bool = False) -> tuple[int, str, Head | None] | None:
    """Where a described work's name ends: (end, how it was anchored, the head it defers to).

    Walks the lower-case words after the head until a proper name, a place and its name, a
    nested head (for linear works: its name; for wrappers: the nested head names the work) or
    a "từ ... đến ..." span anchors it; a clause word, a locator or punctuation first means
    nothing names it (None).  In a lower-cased text a short run that ends the phrase and ends
    with no common word is taken whole ("mỏ sắt quý xa.": the reader cannot tell the kind from
    the name, and a name compared without case is the same).

    ``title``: the head is a capitalised wrapper ("Dự án", "Công trình" in running text), which
    calls what follows a work's title: the title is the whole phrase, its owner after it too
    ("Dự án Khu xạ trị và y học hạt nhân, Bệnh viện Ung bướu tỉnh", "Dự án Cải tạo, nâng cấp Thư
    viện tỉnh X"), though no proper name anchors it."""
    text, key = doc.text, doc.key
    limit_words = 16 if head.form == "wrapper" else 10
    cur, words, comma, syl, last, places = pos, 0, False, [], pos, 0

    # a description in capitals, as a name's ("Trung tâm Thử nghiệm và Chứng nhận thiết bị ... quốc gia")
    titled = not doc.lowercase and bool(_CAPITAL_AFTER_SPACES.match(text[pos:pos + 3]))
    title = title and titled and head.form == "wrapper" and not _NOT_A_TITLE.match(text, pos + len(text[pos:pos + 3])
                                                                              - len(text[pos:pos + 3].lstrip(" ")))

    def ended():   # the phrase ends here without an anchor
        if title and len(syl) >= 2:
            return (last, "title", None)   # "Dự án Khu xạ trị và y học hạt nhân| vào sử dụng"
        national = _NATIONAL.match(key, cur)
        if titled and len(syl) >= 2 and national:
            # one national work its grade names: "... xe điện quốc gia", "Bảo tàng Lịch sử quốc gia (cơ sở mới)"
            return (_new_site_after(doc, national.end()), "national", None)
        if (doc.lowercase and head.form in ("described", "linear", "built") and not comma and 2 <= len(syl) <= 8
                and f"{syl[-2]} {syl[-1]}" not in _common_words() and syl[-1] not in _NO_NAME_END
                and not _at(doc, "common", "after", last - len(syl[-1]))
                and not _at(doc, "common", "after", last - len(syl[-1]) - len(syl[-2]) - 1)):
            # "khu du lịch sinh thái bàu sen trong ...", "công viên gò sành;": the run ends with no word of a kind
            # ("... chế biến nông sản", "trung tâm văn hóa") and the kind words before the name stay in it
            return (last, "run", None)
        return None

    while words <= limit_words:
        sp = _SPACES.match(text[cur:cur + 4])
        cur += sp.end() if sp else 0
        if cur >= len(text):
            return ended()
        ch = text[cur]
        if title and syl and text[cur].isupper() and (body := _body_at(doc, cur)):
            return (body, "body", None)   # "Dự án Khu điều trị nội trú 5 tầng Bệnh viện Y dược cổ truyền tỉnh"
        if ch == ",":
            nxt = re.match(r",[ ]+", text[cur:cur + 4])
            if comma or not nxt or words == 0:
                return ended()
            after = cur + nxt.end()
            if title and text[after:after + 1].isupper() and (body := _body_at(doc, after)):
                return (body, "body", None)   # "..., Bệnh viện Ung bướu tỉnh": the work's owner ends its title
            if title and words <= 3 and _TITLE_VERBS.match(key, after):
                comma, cur = True, after      # "Dự án Cải tạo, nâng cấp ..."
                continue
            if not _LOW_WORD.match(text, after) or _at(doc, "stop", "after", after) \
                    or _at(doc, "place", "after", after) \
                    or ((nxt_head := _head_at(doc, after)) and nxt_head[0].key == head.key):
                return ended()    # ("hồ chứa nước khe sòng, hồ chứa nước bàu sen": the next work of a list)
            comma, cur = True, after   # "khai thác, chế biến quặng ..."
            continue
        if title and words <= 3 and (verb := _TITLE_VERBS.match(key, cur)):
            words += 1    # "Dự án Cải tạo, nâng cấp ...", "Dự án Đầu tư xây dựng ...": the title's verbs, no clause
            syl.append(key[cur:verb.end()])
            cur = last = verb.end()
            continue
        if (ch in "-–" and syl and not doc.lowercase and _TITLED_BEFORE_DASH.search(text, max(pos, cur - 25), cur)
                and _DASH_TO_TITLE.match(text, cur)):
            cur = _DASH_TO_TITLE.match(text, cur).end() - 1   # "Trường Cao đẳng Kinh tế - Kỹ thuật Mỹ Tho": two fields
            continue
        if ch in "-–" and doc.lowercase and (here := ended()) and (far := _LOWER_FAR_END.match(text, cur)):
            # "đường dây 110 kv tân an - hòa lợi": a lower-cased name goes on past the dash to the far end's name
            # (not "... phú mỹ - hoàn thành trước tháng 6", a clause)
            span = _lower_name_at(doc, far.end())
            if span and (span[1] >= len(text) or not _LOW_WORD.match(text, span[1] + 1) or text[span[1]] != " "
                         or _at(doc, "stop", "after", span[1] + 1)):
                return (span[1], "run", None)
            return here
        if not (ch.isalnum()):
            return ended()
        nested = _head_at(doc, cur)
        if (nested and head.form == "built" and nested[0].form == "built" and not syl
                and text[cur].isupper() and (body := _body_at(doc, cur))):
            # "Bể bơi Trường Tiểu học Tân An": a facility of the body named right after it (not "Trung tâm Tim mạch
            # Bệnh viện ...", a unit a wrapper names, nor "Trụ sở mới Bảo tàng ...", the body's own new building)
            return (body, "body", None)
        if nested:
            inner, inner_end = nested
            if head.form == "wrapper":
                if inner.key in _ZONES_SERVED and syl and not _TITLE_VERBS.match(syl[0]):
                    # "Dự án hệ thống tưới tiết kiệm nước vùng cây ăn quả Tân Lộc Đông": the work serves the zone,
                    # which names it
                    got = _describe(doc, inner, inner_end, depth + 1)
                    if got and got[1] != "defer":
                        return (got[0], "nested", inner)
                if inner.form == "built" and syl and text[pos:pos + 2].strip()[:1].isupper():
                    # "công trình Nhà lớp học bộ môn 4 tầng Trường THPT Thanh Chương 3": a building the
                    # wrapper names, of the school (hospital, ...) that holds it; the name runs to the school's
                    got = _describe(doc, inner, inner_end, depth + 1)
                    if got and got[1] != "defer":
                        return (got[0], "nested", inner)
                # (in a title, a head that names nothing by itself is a word of it, however far in: "Dự án Ký túc xá
                # sinh viên Trường ...", not "Dự án Cảng trung chuyển quốc tế Cần Giờ", which its own name anchors)
                names_nothing = (inner.form == "built" and not syl) or (title and (
                    inner.form == "built" or (inner.form == "described" and not _named_after(doc, inner_end))))
                # ("Dự án Kênh tưới chính Bắc Vụ Sơn": a head that takes a name right after it, with none there, is
                # a word of the title too)
                unnamed = title and inner.form == "named" and not _named_after(doc, inner_end)
                if unnamed or (names_nothing and depth < 2 and _describe(doc, inner, inner_end, depth + 1) is None):
                    # "dự án Trung tâm Ung bướu Bệnh viện Đa khoa tỉnh": a head that names nothing by itself
                    # describes the wrapper's work, which the hospital after it anchors
                    words += 1
                    syl.append(key[cur:inner_end])
                    cur = last = inner_end
                    continue
                return (cur, "defer", inner)
            # (a work a park or a cluster holds is named by it: "Nhà máy xử lý nước thải tập trung KCN Tân An")
            of_park = head.form in ("described", "built") and inner.category in ("industrial_park", "industrial_cluster") \
                and inner.form == "named" and not {"với", "và", "giữa"} & set(syl)   # (not "nhà máy X với KCN Y")
            # (and a work named after the canal or creek it serves, in capitals: "Trạm bơm điện Kênh Ba Mươi",
            # "Cống Rạch Sao")
            of_canal = head.form in ("described", "built") and inner.key in ("kênh", "rạch") \
                and text[cur:cur + 1].isupper()
            if (head.form == "linear" or of_park or of_canal) and inner.form not in ("wrapper", "anaphor", "self"):
                got = _nested_name(doc, inner, inner_end, depth)
                joins = "nối" in head.key or "nối" in syl     # "đường kết nối A với B": it joins A with B
                far = re.match(r"[ ]+(?:đến|tới|với)[ ]" if joins else r"[ ]+(?:đến|tới)[ ]", key[got:got + 8]) if got else None
                if far:   # "đường nối Quốc lộ 1 đến cảng Hòn La": the road runs on to its far end
                    got = _endpoint(doc, got + far.end(), depth) or got
                return (got, "nested", inner) if got else None
            return None
        if key.startswith("từ ", cur):
            got = _from_to(doc, cur + 3, depth)
            return (got, "from-to", None) if got else None
        if titled and syl and (region := _REGION_OF_PROVINCE.match(text, cur)):
            return (region.end(), "place", None)   # "Trung tâm Thể dục thể thao phía Bắc tỉnh": its part of the province
        if titled and syl and head.form == "built" and (site := _PROVINCE_NEW_SITE.match(text, cur)):
            return (site.end(), "place", None)   # "Trung tâm Thể thao tổng hợp tỉnh cơ sở 2": a new site
        capital_head = text[pos - len(head.key):pos - len(head.key) + 1].isupper() and not doc.lowercase
        if (titled and syl or not syl and capital_head) and head.form == "built" \
                and (own := _PROVINCE_OWN.match(text, cur)) \
                and not _acts_as_body(doc, text[pos - len(head.key):own.end()]):
            # "Trung tâm Hội nghị - Triển lãm tỉnh", "Nhà hát tỉnh": the province's own, in capitals (not "Bệnh
            # viện Đa khoa tỉnh", "Trung tâm Kiểm soát bệnh tật tỉnh": a body of the province, which the document
            # has act or work)
            return (own.end(), "place", None)
        place = _at(doc, "place", "after", cur)
        if place:
            after = place.end()
            sp2 = re.match(r"[ ]+", text[after:after + 3])
            if sp2 and _DOC_PART.match(key, after + sp2.end()):
                return None    # "các công trình tôn giáo tại Phụ lục": the annex names them, not this phrase
            if sp2 and head.form == "built" and text[after + sp2.end():after + sp2.end() + 1].isupper() \
                    and _head_at(doc, after + sp2.end()) and (body := _body_at(doc, after + sp2.end())):
                return (body, "body", None)   # "hồ bơi tại Trường Tiểu học Tân An": a facility where a body is
            if sp2 and (head.form != "wrapper" or len(syl) > places):   # "dự án tại tỉnh X" says no work
                span = _anchor_name(doc, after + sp2.end(), lone=True)
                if span:
                    return (_extend_from_to(doc, _new_site_after(doc, span[1]), depth), "place", None)
                region = _REGION.match(text, after + sp2.end())
                if region and head.form != "wrapper":   # "Trung tâm Thử nghiệm ... khu vực phía Nam"
                    return (region.end(), "place", None)
            places += 1
        if ((head.form in ("built", "described") and (syl or len(head.key.split()) >= 3) or title and syl)
                and key.startswith("và ", cur)
                and (not doc.lowercase or (not _BODY_WORD_LOW.match(text, cur + 3)
                                           and _PLACE_LATER_LOW.match(key, cur + 3)))
                and (_LOW_WORD.match(text, cur + 3) or (titled and _TITLE.match(text, cur + 3)
                                                         and not _BODY_WORD.match(text, cur + 3)))
                and not _head_at(doc, cur + 3)
                and not _at(doc, "stop", "after", cur + 3) and not _at(doc, "locator", "after", cur + 3)):
            # "Trung tâm chế biến và bảo quản nông sản Liên Nghĩa", "Trung tâm Thử nghiệm và Chứng nhận ...", "Trung tâm
            # logistics và kho lạnh nông sản Hòa Phú" (a head that describes already): two words of one description (not "... và Trạm y tế ...", a second work, nor "... và Sở Y tế", a body; a name must
            # still anchor the whole)
            words += 1
            syl.append("và")
            cur = last = cur + 2
            continue
        served = _SERVES.match(key, cur) if head.form in ("built", "described") else None
        if served:   # "Không gian khởi nghiệp của phụ nữ tỉnh Phú Thọ": whom the work serves describes it
            words += 1
            syl.append(key[cur:served.end()])
            cur = last = served.end()
            continue
        if (_at(doc, "stop", "after", cur) and not (titled and not syl and text[cur].isupper())) \
                or _at(doc, "locator", "after", cur):
            # (a titled description's first word is the name's, a clause word too: "Trung tâm Chỉ huy, điều hành
            # ..."; not a locator: "Trung tâm Đổi mới sáng tạo Quốc gia cùng Google")
            return ended()
        if head.form != "linear" and key.startswith("vào ", cur):
            return ended()    # "cập nhật các khu chức năng của Khu kinh tế vào Quy hoạch tỉnh" (not "đường vào ...")
        if syl and head.form == "built" and (central := _CENTRAL.match(text, cur) if titled else
                                             _CENTRAL_LOW.match(key, cur) if doc.lowercase else None):
            # "Bệnh viện Lão khoa Trung ương cơ sở 2", "Bệnh viện Nhi Trung ương": a central work its grade names
            return (_new_site_after(doc, central.end()), "national", None)
        if not doc.lowercase and text[cur].isupper():
            if head.form == "built" and (body := _body_at(doc, cur)):
                return (body, "body", None)   # "Trụ sở làm việc Tòa án nhân dân khu vực 4 - Đồng Tháp": the body's seat
            if head.form == "wrapper" and syl and len(syl) <= places:
                return None   # "dự án tại tỉnh Hòa Bình": a place, and no work described
            if syl and syl[-1] in ("phía", "miền") and (side := _REGION.match(text, cur - len(syl[-1]) - 1)):
                # "phía Tây" describes and names nothing: "Đường tránh phía Tây đô thị Đông Hà" (its town names
                # it), "Vùng lúa nước phía Tây (lưu vực ...)" (a side of the province, no work)
                words += 1
                syl.append(key[cur:side.end()])
                cur = last = side.end()
                continue
            span = _anchor_name(doc, cur)
            if span:
                end = span[1]
                if text.endswith("Trung", 0, end) and text.startswith(" ương", end):
                    end += len(" ương")     # "Bệnh viện Nhi Trung ương": the grade's second syllable in lower case
                if head.form == "built" and (prov := _OF_PROVINCE.match(text, end)):
                    end = prov.end()   # "Bệnh viện Sản - Nhi tỉnh Khánh Hòa": the province's own, by its name
                return (_extend_from_to(doc, _new_site_after(doc, end), depth), "name", None)
        volt = _VOLTAGE.match(text, cur) or _FLOORS.match(text, cur) or (
            _SCHOOL_LEVEL.match(text, cur) if head.key == "trường" and words == 0 else None)
        if volt:           # "Trạm biến áp 110 kV Tân An 2", "Đường dây 220 kV A - B": the voltage describes
            words += 1
            syl.append(key[cur:volt.end()])
            cur = last = volt.end()
            continue
        if text[cur].isdigit():
            if doc.lowercase and syl and syl[-1] in _ABOUT:
                syl.pop()   # "trạm bơm gò sành trên 2 xã": a figure follows the name
                last = text.rfind(" ", pos, last)
                return ended()
            if doc.lowercase and (num := _LOW_NUM.match(text, cur)) and ended() \
                    and not re.match(r"[ ]?[-–/.,][ ]?\d", text[num.end():num.end() + 3]):
                return (num.end(), "run", None)   # "cầu cửa tùng 2": a numeral ends a lower-cased name
            return None
        # a description word; a capitalised one that names nothing describes too ("Bệnh viện Đa khoa ...")
        w = _LOW_WORD.match(text, cur) if doc.lowercase or not text[cur].isupper() else _TITLE.match(text, cur)
        if not w and syl and not doc.lowercase:
            w = _ACRONYM.match(text, cur)    # "... sản phẩm OCOP tỉnh Đắk Lắk": a kind in capitals, no name
        if not w:
            return ended() if title else None
        words += 1
        syl.append(key[cur:w.end()])
        cur = last = w.end()
    return None


# the verbs a work's title opens with, a comma between two of them: "Dự án Cải tạo, nâng cấp ..."
_TITLE_VERBS = re.compile(r"(?:nâng cấp|mở rộng|cải tạo|sửa chữa|xây dựng|xây mới|đầu tư|hoàn thiện|chỉnh trang|tu bổ"
                          r"|phục hồi|bảo tồn|di dời)(?![\w])")


# a body's name and the province a regional body adds after a dash: "Tòa án nhân dân khu vực 4 - Đồng Tháp"
_BODYS_PROVINCE = re.compile(rf"[ ]?[–\-][ ]?[{_UP}][{_LOW}]+(?:[ ][{_UP}][{_LOW}]+){{0,2}}(?![\w])")


def _body_at(doc: Document, pos: int) -> int | None:
    """The end of the body whose name opens at ``pos``, when a work is that body's building
    ("Trụ sở Công an tỉnh", "Trụ sở Tòa án nhân dân khu vực 4 - Đồng Tháp"); None for its old seat."""
    line_end = doc.text.find("\n", pos)
    found = find_agencies(doc.text, doc.key, pos, line_end if line_end >= 0 else len(doc.text))
    if not found or found[0].start != pos:
        return None
    end = found[0].end
    suffix = _BODYS_PROVINCE.match(doc.text, end)
    end = suffix.end() if suffix else end
    if re.match(r"[ ]*\(?cũ(?![\w])", doc.key[end:end + 6]):
        return None   # "Trụ sở Sở Tư pháp (cũ)": the old seat, handed over or sold, is no work
    return end


# "của" before the people a work serves, which describe it ("Nhà văn hóa của công nhân ..."), not before an owner
# ("trụ sở của Công ty ...")
_SERVES = re.compile(r"(?:của|cho|dành[ ]cho)[ ]+(?:phụ nữ|thanh niên|thiếu nhi|trẻ em|công nhân|người lao động|nông dân"
                     r"|người cao tuổi|người khuyết tật|học sinh|sinh viên|cựu chiến binh)(?![\w])"
                     r"(?:[ ]+đi[ ]làm[ ]việc[ ]ở[ ]nước[ ]ngoài(?![\w]))?")   # (the law's phrase for workers sent abroad)


# a component project's section right after its number: " đoạn Tân Phú - Bảo Lộc", " đường bộ cao tốc Biên Hòa - Vũng Tàu"
# (after a colon the section describes a project named by its number alone: "Dự án thành phần 1: đoạn ...")
_PLACE_NAME = rf"[{_UP}][^\W\d_]*(?:[ ][{_UP}][^\W\d_]*)*"
_SECTION_AFTER = re.compile(rf"[ ]+(?P<sec>(?:đoạn|đường bộ cao tốc|đường cao tốc|tuyến)[ ]+{_PLACE_NAME}"
                            rf"(?:[ ]*[-–][ ]*{_PLACE_NAME})+)")


def _named_after(doc: Document, end: int) -> bool:
    """A proper name follows a head, maybe after its qualifier: "Cảng trung chuyển| quốc tế Cần Giờ"."""
    sp = re.match(r"[ ]+", doc.text[end:end + 3])
    if not sp:
        return False
    pos = end + sp.end()
    qual = _at(doc, "qualifier", "after", pos) or _at(doc, "name_qualifier", "after", pos)
    if qual and (after := re.match(r"[ ]+", doc.text[qual.end():qual.end() + 3])):
        pos = qual.end() + after.end()
    return _name_at(doc, pos) is not None


def _anchor_name(doc: Document, pos: int, lone: bool = False) -> tuple[int, int] | None:
    """A proper name that anchors a described work: it opens with a capitalised word ("Tân An",
    not "ODA" or "I"), or, in a lower-cased text, a short run of syllables."""
    if doc.lowercase:
        return _lower_name_at(doc, pos, lone)
    if not (_TITLE.match(doc.text, pos) or _BLOCK.match(doc.text, pos) or _ONE_LETTER_SYLLABLE.match(doc.text, pos)):
        return None
    return _name_at(doc, pos, lone)


# a name whose first syllable is one letter: "đầm Ô Loan", "huyện A Lưới", "xã Y Tý" (not a numeral: "I", "V", "X")
_ONE_LETTER_SYLLABLE = re.compile(rf"(?![IVX][ ])[{_UP}][ ](?=[{_UP}][{_LOW}]+)")


# a titled work's part of its province: "Trung tâm Thể dục thể thao phía Bắc tỉnh"
_REGION_OF_PROVINCE = re.compile(r"(?:khu vực[ ])?(?:miền|phía)[ ](?:Bắc|Trung|Nam|Đông|Tây)(?:[ ](?:Bắc|Nam))?[ ]tỉnh(?![\w])")
# the province's own body, at a new site: "tỉnh cơ sở 2" (not "tỉnh Tân An", a place a proper name anchors)
_PROVINCE_NEW_SITE = re.compile(r"(?:tỉnh|thành[ ]phố)[ ]+cơ[ ]sở[ ]\d{1,2}(?!\d)")
def _acts_as_body(doc: Document, name: str) -> bool:
    """Whether the document has the body of that name act or hold people anywhere: "X chủ trì", "phối hợp với X",
    "Giám đốc X", "làm việc tại X", or X alone on a line (a table's cell of bodies)."""
    return bool(_body_role(name).search(doc.text))


@lru_cache(maxsize=256)
def _body_role(name: str) -> re.Pattern:
    n = re.escape(name)
    return re.compile(rf"(?:(?:với|Giám đốc|tại|gồm|và)[ ]+{n}(?![\w])|^{n}[ ]*$"
                      rf"|{n}[ ]+(?:chủ trì|phối hợp|là đầu mối|tham mưu|thực hiện|tổ chức|có|xây dựng kế hoạch)"
                      rf"(?![\w]))", re.MULTILINE | re.IGNORECASE)


# the province's own work, its kind written in capitals as a name's: "Trung tâm Chỉ huy, điều hành giao thông thông
# minh tỉnh" (not "tỉnh Tân An", which a proper name anchors, nor "Bệnh viện đa khoa tỉnh", a body's kind)
_PROVINCE_OWN = re.compile(rf"tỉnh(?![\w])(?![ ]+[{_UP}])")
# a region of the country, after "khu vực": "khu vực miền Trung", "khu vực phía Nam", "khu vực Nam Bộ" (the last reads
# as a name already)
_REGION = re.compile(r"(?:miền|phía)[ ](?:Bắc|Trung|Nam|Đông|Tây)(?:[ ]Bộ)?(?![\w])")
_BLOCK = re.compile(r"[A-Z]\d{1,3}(?![\w])")     # a building's or a block's code: "Ký túc xá sinh viên K3"


def _nested_name(doc: Document, inner: Head, inner_end: int, depth: int) -> int | None:
    """The end of the name of a head named inside a linear work ("... Cụm công nghiệp Phú Mỹ 1,2")."""
    if inner.form == "numbered":
        m = _ROAD_NUMBER.match(doc.text, inner_end)
        return m.end(2) if m else None
    if inner.form in ("described", "linear", "built") and depth < 2:
        got = _describe(doc, inner, inner_end, depth + 1)
        return got[0] if got and got[1] != "defer" else None
    sp = re.match(r"[ ]+", doc.text[inner_end:inner_end + 3])
    if not sp:
        return None
    span = _name_at(doc, inner_end + sp.end())
    if not span:
        return None
    items = _list_after(doc, (span[0], span[1], doc.text[span[0]:span[1]]))
    return items[-1][1]


def _endpoint(doc: Document, pos: int, depth: int) -> int | None:
    """The far end of "từ A đến B": B's name, a head with its name, or a place and its name."""
    text = doc.text
    for _ in range(4):
        sp = re.match(r"[ ]+", text[pos:pos + 3])
        pos += sp.end() if sp else 0
        nested = _head_at(doc, pos)
        if nested and nested[0].form not in ("wrapper", "anaphor", "self"):
            return _nested_name(doc, nested[0], nested[1], depth + 1)
        place = _at(doc, "place", "after", pos)
        if place:
            sp2 = re.match(r"[ ]+", text[place.end():place.end() + 3])
            if sp2:
                span = _name_at(doc, place.end() + sp2.end(), lone=True)
                if span:
                    return span[1]
        code = re.match(r"(?:[A-Z]{1,3}[ ]?\d{1,4}(?:\+\d+)?)(?!\w)", text[pos:pos + 12])
        if code and not doc.lowercase:
            return pos + code.end()
        span = _anchor_name(doc, pos)
        if span:
            return span[1]
        if _at(doc, "stop", "after", pos) or text[pos:pos + 1].isdigit():
            return None
        w = _LOW_WORD.match(text, pos)
        if not w:
            return None
        pos = w.end()
    return None


def _from_to(doc: Document, pos: int, depth: int) -> int | None:
    """After "từ": the end of "từ A đến|tới B" (A may be a code, a head and its name, a place)."""
    end = _clause_end(doc, pos, 160)
    m = re.compile(r"(?<!\w)(?:đến|tới)(?!\w)").search(doc.key, pos, end)
    if not m or m.start() - pos > 90:
        return None
    if re.match(r"[ ]*(?:năm|ngày|tháng|nay|hết|cuối|giữa)(?!\w)", doc.key[m.end():m.end() + 8]):
        return None  # "từ năm 2020 đến nay": a time, not a route
    return _endpoint(doc, m.end(), depth)


# the far end of a route named by its two ends, a place word before the name: "tuyến thôn Tân Ngọc - thôn Yên
# Trung", "tuyến Phúc Thịnh - đê sông Cầu Chày"
_FAR_END = re.compile(r"[ ]?[-–][ ]?(?:(?:thôn|xóm|bản|ấp|xã|phường|đê|sông|đê sông|cầu|ngã ba|ngã tư|bến|cảng|khu)[ ]+)+(?=[A-ZĐÀ-Ỹ])")


# a stretch by its chainage: "đoạn K148+300 - K156+800", "đoạn từ Km12+000 đến Km41+500"
_CHAINAGE = re.compile(r"[ ]+đoạn[ ]+(?:từ[ ]+)?K[m]?\d{1,3}\+\d{3}[ ]*(?:[-–]|đến)[ ]*K[m]?\d{1,3}\+\d{3}(?!\w)", re.I)


def _extend_from_to(doc: Document, end: int, depth: int) -> int:
    """A work anchored by a name may go on with its stretch: "kè bờ tây sông Mã đoạn từ A tới B", "đường
    ... tuyến thôn A - thôn B"."""
    chain = _CHAINAGE.match(doc.text, end)
    if chain:
        return chain.end()     # "Đê hữu sông Hồng đoạn K148+300 - K156+800": the stretch by its chainage is the work
    m = re.match(r"[ ]+(?:đoạn[ ]+)?từ[ ]", doc.key[end:end + 12])
    if m:
        got = _from_to(doc, end + m.end(), depth)
        if got:
            return got
    far = _FAR_END.match(doc.text, end)
    if far and not doc.lowercase:
        span = _name_at(doc, far.end(), lone=True)
        if span:
            return span[1]
    return end


_LIST_GAP = re.compile(r"[ ,]+")    # (compiled once: the loop below runs thousands of times a corpus pass)
_LIST_WORD = re.compile(rf"[\w{_UP}{_LOW}./%-]+")


def _intro_list(doc: Document, head_end: int) -> tuple[list[tuple[int, int, str]], str] | None:
    """A list of names introduced in the clause after a head that has none of its own:
    "03 cụm công nghiệp (A, B 2, C)", "nhà máy thủy điện: A (120 tỷ đồng), B", "cụm ... như A, B"."""
    text, key = doc.text, doc.key
    end = _clause_end(doc, head_end, 140)
    cue = _cue("intro", "after")
    pos = head_end
    while pos < end:
        sp = _LIST_GAP.match(text, pos, pos + 4)
        pos = sp.end() if sp else pos
        if pos >= end:
            return None
        if _head_at(doc, pos) and pos != head_end:
            return None  # another head: the list belongs to it
        m = cue.match(doc, pos, end) if cue else None
        if m and (m.group(0) in ("(", ":") or key[pos - 1:pos] in (" ", ",")):
            start = m.end()
            opener = m.group(0)
            sp = re.match(r"[ ]*:?[ ]*(?:cụ thể(?:[ ]+là)?[ ]*:?|gồm(?:[ ]+có)?[ ]*:?|là[ ]*:?)?[ ]*", key[start:start + 18])
            start += sp.end()
            span = _name_at(doc, start) if doc.lowercase or _TITLE.match(text, start) else None
            if not span:
                if opener == "(":
                    pos = m.end()   # a remark in brackets ("(trong đó ...)"): no list here
                    close = text.find(")", pos, end)
                    pos = close + 1 if close >= 0 else end
                    continue
                return None
            items = _list_after(doc, (span[0], span[1], text[span[0]:span[1]]))
            last = items[-1][1]
            if opener == "(" and not re.match(r"[ ]*(?:\([^()\n]{1,40}\))?[ ]*(?:\.{3}|…)?[ ]*\)", text[last:last + 50]):
                return None  # the brackets hold more than a list of names
            return items, opener.strip()
        w = _LIST_WORD.match(text[pos:pos + 40])
        if not w:
            return None
        pos += w.end()
    return None


_INTRO_KIND = re.compile(rf"((?:[ ]+[{_LOW}]+){{1,3}})[ ]*[:(]")
_NOT_INTRO_KIND = re.compile(r"(?:trọng điểm|dưới đây|tiếp theo|còn lại|ưu tiên)$")


def _kind_words(doc: Document, head_end: int, first: int) -> str:
    """The lower-case words between a head and the list it introduces, which each member's name keeps:
    "08 trạm cấp cứu vệ tinh: A, B" -> "Trạm cấp cứu vệ tinh A" (not "các cụm công nghiệp sau:", a clause word,
    nor "các công trình trọng điểm:", a rank)."""
    m = _INTRO_KIND.match(doc.text, head_end, first)
    if not m or _NOT_INTRO_KIND.search(doc.key, m.start(1), m.end(1)):
        return ""
    pos = m.start(1)
    for w in m.group(1).split():
        pos = doc.text.index(w, pos)
        if _at(doc, "stop", "after", pos) or _at(doc, "locator", "after", pos) or _at(doc, "place", "after", pos):
            return ""
        pos += len(w)
    return m.group(1).strip()


def _context(doc: Document, head: Head, hs: int, he: int, cites: Spans) -> dict:
    clause = _clause_start(doc, hs)
    before = doc.key[max(clause, hs - 80):hs]
    agency = _at(doc, "agency", "before", max(0, hs - 60), hs)
    cell = _cell_at(doc, hs)     # (the table cell it stands in, read once for the three tests of its column)
    return dict(
        plural=bool(_at(doc, "plural", "before", max(0, hs - 20), hs)),
        count=_count_before(doc.key[max(0, hs - 12):hs]),
        agency=doc.text[agency.start():hs].strip() if agency and _same_name(doc, agency.start(), hs) else None,
        landmark=lm.group(0).strip() if (lm := _at(doc, "landmark", "before", max(0, hs - 20), hs)) else
        ("từ ... đến" if head.category in ("road", "water") and _STRETCH_END.search(doc.key, max(0, hs - 90), hs) else
         "điểm đầu, điểm cuối" if _at_a_routes_end(cell) or _ROUTES_ENDS.search(doc.key, max(0, hs - 90), hs) else None),
        address=ad.group(0).strip() if (ad := _at(doc, "address", "before", max(0, hs - 30), hs)) else None,
        cited=hs in cites,
        build=(_build_before(doc, before, hs) or _listed_investment(doc, hs, he) or _built_in_lead(doc, hs))
        if not _ENDS_A_STRETCH.search(doc.key, max(0, hs - 8), hs) else None,
        lowercase=doc.lowercase,
        zone=zone_at(doc, hs),
        called_a_work=bool(_CALLED_A_WORK.search(doc.key, max(0, hs - 60), hs)) or _listed_as_works(doc, hs),
        used=bool((use := _cue("use", "before")) and use.strict.search(before))
        or bool(_ON_A_ROUTE.search(doc.key, max(clause, hs - 160), hs)),
        placed=_in_place_column(cell),
        venue=v.group(0).strip() if (v := _at(doc, "venue", "before", max(0, hs - 12), hs)) else None,
        rated=_in_a_table_of_rates(cell),
    )


# what sits on a road or a waterway, or where on it: "trên Quốc lộ 1, Quốc lộ 30 và ...", "tại Km 21+500 Quốc lộ 30",
# "nút giao ĐT.864 với đường ...": the road is a place, unless a verb builds it
_ON_A_ROUTE = re.compile(r"(?<![\w])(?:(?:trên|dọc(?:[ ]+theo)?|theo)[ ]+(?:các[ ]+)?(?:tuyến[ ]+)?"
                         r"(?:(?:quốc lộ|ql|đường|đt|tỉnh lộ|cao tốc|sông|kênh|rạch)(?![\w])(?:[^;:.\n]|\.(?=\d))*)?"
                         r"|(?:km|lý trình)[ ]*\d+(?:[ ]*\+[ ]*\d+)?[ ]+"
                         r"|(?:nút giao|giao lộ|ngã ba|ngã tư)(?:[ ]+(?:[^;:.\n]|\.(?=\d)){1,30}?[ ]+(?:với|và))?[ ]+)$")


# the word that calls what follows a work: "dự án Trung tâm giống cây lâm nghiệp ... Cam Lộ" (not the centre as a body)
# (or a relic, of a rank: "tu bổ di tích quốc gia chùa Bưng Sen", "di tích kiến trúc nghệ thuật cấp tỉnh nhà thờ ...")
_CALLED_A_WORK = re.compile(r"(?<![\w])(?:dự án|công trình|di tích(?:[ ]+(?:quốc gia|đặc biệt|cấp tỉnh|cấp quốc gia"
                            r"|lịch sử|văn hóa|kiến trúc|nghệ thuật|khảo cổ|danh lam thắng cảnh|-))*)[ ]+$")


def _listed_as_works(doc: Document, hs: int) -> bool:
    """The head stands in a list on its line whose lead-in calls what it lists works ("Tập trung đầu tư các
    công trình: Trung tâm Sáng tạo ...; Nhà hát tỉnh ...", "03 dự án trọng điểm sau: ...")."""
    line_start = doc.key.rfind("\n", 0, hs) + 1
    colon = doc.key.rfind(":", line_start, hs)
    if colon >= 0:
        return bool(_WORKS_LEAD.search(doc.key, max(line_start, colon - 60), colon))
    # or it opens an item of a section whose heading calls its items works ("2. Đầu tư hạ tầng đào tạo ... và các
    # công trình trọng điểm" ⏎ "a) Trung tâm Thiết kế vi mạch ...: ...")
    if not _ITEM_LABEL.fullmatch(doc.key, line_start, hs):
        return False
    item = next((x for x in doc.sections if x.start == line_start), None)
    parent = item.id.rpartition(".")[0] if item else ""
    return any(x.id == parent and _WORKS_LEAD.search(x.heading.lower().rstrip(" :")) for x in doc.sections)


# an item of an investment list: the head opens it after its label, and the item gives the work's
# capital or schedule ("c) Bệnh viện Đa khoa tỉnh ... cơ sở 2, quy mô 500 giường: tổng mức đầu tư ...")
_ITEM_LABEL = re.compile(r"[ ]*(?:[-+•]|\(?(?:[a-zđ]|\d{1,2}(?:\.\d{1,2})*)[).])[ ]*")
_INVESTMENT = re.compile(r"tổng mức đầu tư|kế hoạch vốn|vốn đầu tư|tổng vốn|khởi công|thời gian thực hiện|"
                         r"hoàn thành(?:,)? (?:năm|trước|trong|giai đoạn|đưa vào)|xây dựng mới|"
                         r"đưa vào (?:sử dụng|hoạt động|khai thác)|thực hiện (?:trong )?giai đoạn \d")


_WORKS_TABLE_ROW = re.compile(r"[ ]*\d{1,3}[ ]*\|[ ]*")
_WORKS_HEADER = re.compile(r"tên (?:công trình|dự án)|danh mục (?:công trình|dự án)")
# a table's column naming its rows, and one of what building each costs or when it starts
_NAME_COLUMN = re.compile(r"[ *]*tên[ ]+\w", re.I)
_BUILT = r"(?:tổng mức|tổng vốn|vốn|kinh phí|quy mô|chủ đầu tư|khởi công)"
_BUILT_COLUMN = re.compile(rf"[ *]*{_BUILT}(?!\w)", re.I)


# a body that opens an item and acts in it: "- Trung tâm Y tế khu vực A triển khai điều trị ..., hoàn thành trong quý
# II/2027" (a body's task and its time, not a work and its schedule)
_ACTS_AFTER = re.compile(r"[^,;:()\n]{0,60}?[ ](?:triển khai|tổ chức|chủ trì|phối hợp|thực hiện|tham mưu|hướng dẫn"
                         r"|chỉ đạo|tiếp nhận|quản lý|theo dõi)(?!\w)")


def _listed_investment(doc: Document, hs: int, he: int) -> str | None:
    """"near" when the head opens an item of a list of works that gives its capital or schedule, or the name
    cell of a row of a table of works ("STT | Tên công trình | Tổng mức đầu tư | ..."): the list builds it as
    a verb would."""
    line_start = doc.key.rfind("\n", 0, hs) + 1
    for t in doc.text_tables:
        # the name cell of a row, "1 | Đường ..." or a Word table's cell on its own line ("Cầu Tà Rụt và đường dẫn")
        if t.start <= hs < t.end and t.header and any(_WORKS_HEADER.search(c.text.lower()) for c in t.header) \
                and any(c.start <= hs <= c.start + 1 and c.role.value == "task" for r in t.rows for c in r.cells):
            return "near"
        # or under a "Tên ..." column of a table that gives each row's capital, scale, investor or start ("Tên
        # trường | Địa điểm | Quy mô | Tổng mức đầu tư | Chủ đầu tư | Khởi công")
        if t.start <= hs < t.end and t.header and any(_BUILT_COLUMN.match(h.text) for h in t.header):
            names = {h.column for h in t.header if _NAME_COLUMN.match(h.text)}
            if any(c.start <= hs <= c.start + 1 and c.column in names for r in t.rows for c in r.cells):
                return "near"
    if _WORKS_TABLE_ROW.fullmatch(doc.key, line_start, hs):
        return None
    if not _ITEM_LABEL.fullmatch(doc.key, line_start, hs) or _ACTS_AFTER.match(doc.key, he):
        return None
    line_end = doc.key.find("\n", he)
    return "near" if _INVESTMENT.search(doc.key, he, line_end if line_end >= 0 else len(doc.key)) else None


# the parts of a building a repair or a build may name before the building ("dãy phòng học", "mái", "tường rào")
_BUILDING_PART = (r"(?:dãy phòng học|dãy nhà|phòng học|phòng chức năng|nhà lớp học|khối nhà|mái|tường rào|cổng"
                  r"|nhà đa năng|nhà vệ sinh|nhà công vụ|hạng mục|hội trường|trụ sở mới|trụ sở)")


# a table's column of where things happen: "Tuyến, địa bàn trọng điểm", "Địa điểm", "Khu vực", "Phạm vi"
_PLACE_HEADER = re.compile(r"[ ]*(?:tuyến|địa bàn|địa điểm|khu vực|phạm vi|vị trí)(?!\w)", re.I)


def _cell_at(doc: Document, hs: int):
    """(table, cell) of the headed table cell the head stands in, or None."""
    for t in doc.text_tables:
        if not (t.start <= hs < t.end) or not t.header:
            continue
        for r in t.rows:
            for c in r.cells:
                if c.start <= hs < c.end:
                    return t, c
    return None


def _in_place_column(got) -> bool:
    """The head stands in a cell (``got``: its table and cell, or None) under a column of places: the row locates
    its work or its patrol there."""
    return bool(got) and any(h.column == got[1].column and _PLACE_HEADER.match(h.text) for h in got[0].header)


# a table of rates: what its rows name is where the rate applies ("Tên đường | Đoạn từ - đến | Hệ số K"), unless a
# column says what is spent on it or when it is built
_RATE_HEADER = re.compile(r"[ ]*(?:hệ số|đơn giá|giá đất|mức giá|mức thu|giá)(?!\w)", re.I)
_WORKS_COST_HEADER = re.compile(rf"[ ]*(?:{_BUILT}|tiến độ|thời gian)(?!\w)", re.I)    # (or when it is built)


def _in_a_table_of_rates(got) -> bool:
    """The head stands in a row of a table (``got``: its table and cell, or None) that sets a rate for each row's
    place, and spends nothing on it."""
    if not got:
        return False
    header = got[0].header
    return any(_RATE_HEADER.match(h.text) for h in header) and not any(_WORKS_COST_HEADER.match(h.text) for h in header)


# an extension or a phase of a route, before its ends: "tuyến số 1 kéo dài (...)", "tuyến số 5 giai đoạn 1 (...)"
_ROUTE_STAGE = r"(?:kéo dài|nối dài|mở rộng|giai đoạn[ ]+(?:\d{1,2}|[IVXivx]{1,4}))"
_ROUTE_PHASE = re.compile(rf"[ ]+({_ROUTE_STAGE})(?=[ ]*\()")
# heads of a bus network or of an urban railway, by the line they stand in or the document's title
_RAIL_BY_CONTEXT = {"tuyến số", "depot"}
_ON_RAILS = re.compile(r"(?i)đường sắt|metro")


def _line_of(text: str, at: int) -> str:
    end = text.find("\n", at)
    return text[text.rfind("\n", 0, at) + 1:end if end >= 0 else len(text)]


_ENDS_IN_BRACKETS = re.compile(rf"[ ]*\([ ]*[{_UP}][^()\n]{{0,60}}[ ][-–][ ][{_UP}][^()\n]{{0,60}}\)")
# the ends of a route in brackets after its number: "tuyến số 17 (Bến xe buýt trung tâm - Cảng hàng không ...)"
_ROUTES_ENDS = re.compile(rf"(?<![\w])(?:tuyến|số)[ ]+\d{{1,3}}[a-z]?(?:[ ]+{_ROUTE_STAGE})?"
                          r"[ ]*\((?:[^()\n]{0,80}?[ ][-–][ ]*)?$")


def _at_a_routes_end(got) -> bool:
    """The head stands in a cell (``got``: its table and cell, or None) under "Điểm đầu" or "Điểm cuối": it marks
    where the row's route begins or ends."""
    return bool(got) and got[1].column < len(got[0].roles) and got[0].roles[got[1].column] is ColumnRole.ENDS


def _build_before(doc: Document, before: str, hs: int) -> str | None:
    """"near" when a verb that builds or repairs governs the head ("xây dựng Bệnh viện ...",
    "nâng cấp mới Trường ..."), also through works listed before it ("hoàn thành Bể bơi công cộng xã A
    và Bể bơi Trung tâm ..."), "clause" when one stands earlier in its clause, else None."""
    cue = _cue("build", "before")
    if cue is None:
        return None
    if _PUT_INTO.search(before):
        return "near"      # "Đưa Trung tâm giới thiệu sản phẩm ... vào hoạt động": the verb around the work
    last = None
    for m in cue.strict.finditer(before):
        if not _PLAN_NOUN.match(before, m.end()):
            last = m          # (not "xây dựng kế hoạch ...", "thực hiện phương án ...": a paper is made)
    if last is None:
        return None
    gap = before[last.end():]
    first = hs - len(gap) + (len(gap) - len(gap.lstrip(" ")))
    if _WORKS_BEFORE.fullmatch(gap) and _head_at(doc, first):
        return "near"   # one verb builds each work of a list closed by "và" ("hoàn thành Bể bơi công cộng xã A và Bể
        #                 bơi ...", "xây dựng Đường trục trung tâm xã và Chợ Tân Ninh"; not "nâng cấp Trường A, Trường
        #                 B đạt chuẩn ...": schools brought up to a standard)
    # (a phase between the verb and the work governs nothing: "hoàn thành đầu tư giai đoạn 2 Trung tâm Dữ liệu ...";
    # nor a part of the building: "xây dựng lại 02 dãy phòng học của Trường Tiểu học ...", "sửa chữa mái Trạm Y tế
    # ..."; nor its infrastructure: "đầu tư hạ tầng Khu dân cư mới ...")
    return "near" if re.fullmatch(r"[ ]*(?:(?:mới|lại|xong|hoàn chỉnh|các|dự án|công trình|hạ tầng(?:[ ]+kỹ thuật)?"
                                  r"|giai đoạn[ ]+(?:\d{1,2}|[ivx]{1,4})"
                                  rf"|(?:\d{{1,3}}[ ]+)?{_BUILDING_PART}(?:[ ]+của)?)[ ]+)*", gap) else "clause"


# the works listed between a verb and the last of them, which the verb builds too: "Đường trục ... xã và "
_WORKS_BEFORE = re.compile(r"[ ]*(?:[^,;:.]{1,80}?,[ ]+)*[^,;:.]{1,80}?[ ]và[ ]+")


# the paper a verb of the works makes or carries out instead of a work
_PLAN_NOUN = re.compile(r"[ ]+(?:kế hoạch|phương án|văn kiện|ý định|quy chế|quy định|đề án|chương trình|dự thảo|báo cáo"
                        r"|hồ sơ|tiêu chí|nội dung|nhiệm vụ|giải pháp)(?![\w])")


# a province's or a city's name after the name of one of its buildings
_OF_PROVINCE = re.compile(rf"[ ]+(?:tỉnh|thành[ ]phố)[ ]+[{_UP}][{_LOW}]*(?:[ ][{_UP}][{_LOW}]*){{0,3}}(?![{_UP}{_LOW}\w])")
# "đưa" right before the work, whose "vào hoạt động / sử dụng" follows its name
_PUT_INTO = re.compile(r"(?:^|[ ])đưa[ ]+$")
# a road or a bridge at either end of a stretch of another: "(đoạn từ đường Phan Bội Châu đến đường Lê Duẩn)",
# "Quốc lộ 27 đoạn từ Quốc lộ 40 tới cầu Tân An"
_STRETCH_END = re.compile(r"(?:^|[ (])đoạn[ ]+từ[ ]+(?:(?:[^;:()\n]|\.(?=\d)){1,60}?[ ](?:đến|tới)[ ]+)?$")
# a work that ends a stretch of another ("đoạn từ cầu Yên Biên II tới ..."): a landmark, built by nobody
_ENDS_A_STRETCH = re.compile(r"(?:^|[ ])(?:từ|tới|đến)[ ]*$")


def _built_in_lead(doc: Document, hs: int) -> str | None:
    """"clause" when a lead-in on the head's line builds or finished the works listed after it ("- Đã hoàn
    thành, đưa vào sử dụng: Đường ĐT.645 ...; Cầu Bến Lội (năm 2014)")."""
    line_start = doc.key.rfind("\n", 0, hs) + 1
    colon = doc.key.rfind(":", line_start, hs)
    if colon < 0:
        return None
    # (the words right before the colon: "... huy động đoàn viên thi công 03 công trình: Cầu thanh niên ...")
    lead = max(line_start, colon - 80, doc.key.rfind(";", line_start, colon) + 1, doc.key.rfind(":", line_start, colon) + 1)
    cue = _cue("build", "before")
    if cue is None or not cue.strict.search(doc.key[lead:colon]):
        return None
    counted = _COUNTED_LEAD.search(doc.key, lead, colon)
    # (a count of the head's own kind ends the lead-in: "hoàn thành ... 06 trạm xuống cấp nặng: Trạm Y tế xã A, ...":
    # the verb builds each; not "tại 12 xã: ...", a count of something else)
    return "near" if counted and doc.key.startswith(counted.group("noun") + " ", hs) else "clause"


# a count of works of a kind closing a lead-in: "06 trạm xuống cấp nặng"
_COUNTED_LEAD = re.compile(r"(?<![\w,.])\d{1,3}[ ]+(?P<noun>\w+)[^:;.\n\d]{0,60}$")
# a lead-in that ends by calling what it lists works: "... các công trình:", "03 dự án trọng điểm sau:"
_WORKS_LEAD = re.compile(r"(?<![\w])(?:công trình|dự án)(?:[ ]+(?!(?:tại|ở|trên|của|vào|cho)\b)\w+){0,3}[ ]*$")


def _same_name(doc: Document, start: int, end: int) -> bool:
    """The words from an agency's head to the project head belong to one capitalised name
    ("Công ty cổ phần Thủy điện ..."), not to a clause ("Công ty ... đầu tư hạ tầng KCN"), nor to a kind of
    body in lower case, which names none ("thu hút doanh nghiệp đầu tư Nhà máy ...": firms invest in the plant)."""
    between = doc.text[start:end]
    return not re.search(r"[,;:()\n]", between) and len(between.split()) <= 8 \
        and (doc.lowercase or not between[:1].islower())


_ROAD_KIND = {"ql": "national", "quốc lộ": "national", "đt": "provincial", "đường tỉnh": "provincial"}


def _propose(doc: Document, head: Head, hs: int, he: int, ctx: dict) -> list[ProjectCandidate]:
    """The candidates of one head: one per member of its list, or one for the whole phrase."""
    text = doc.text
    head_text = text[hs:he]
    sec_cat = head.category
    doc_title = (doc.header.title if doc.header else None) or ""
    if head.key in _RAIL_BY_CONTEXT and _ON_RAILS.search(_line_of(text, hs) + " " + doc_title):
        sec_cat = "railway"     # a line or a depot of an urban railway ("tuyến số 2 (A - B)", "depot Tham Lương")

    def cand(start, end, name, how, numbered=False, members=1, category=sec_cat, why=""):
        return ProjectCandidate(head, hs, he, start, end, name, category, how, numbered, members, why=why,
                                former=bool(_FORMER.match(doc.key, end)), **ctx)

    if head.form == "self":
        # one of several by its number: "Trung tâm dữ liệu quốc gia số 2"
        num = re.match(r"[ ]số[ ]\d{1,2}(?![\d/.,\w])", text[he:he + 8])
        end = he + num.end() if num else he
        return [cand(hs, end, text[hs:end][:1].upper() + text[hs + 1:end], "self")]
    pos = he
    if head.form == "numbered":
        m = _ROAD_NUMBER.match(text, pos)
        if m and head.key == "tuyến số":
            # "tuyến số 3 của dự án": a route is named by its number alone only with its ends; an extension or a
            # phase before them is a work of its own ("tuyến số 1 kéo dài (Suối Tiên - Thủ Dầu Một)")
            phase = _ROUTE_PHASE.match(text, m.end())
            if not _ENDS_IN_BRACKETS.match(text, phase.end() if phase else m.end()):
                return [cand(hs, he, "", "none")]
            if phase:
                return [cand(m.start(2), phase.end(), f"{head.canonical} {m.group(2).upper()} {phase.group(1)}",
                             "number", True, 1)]
        if not m:
            return [cand(hs, he, "", "none")]
        items = [(m.start(2), m.end(2), m.group(2))]
        cur = m.end()
        so = "số " if m.group("so") else ""      # "các bến container số 7, số 8": the name keeps its "số"
        while True:
            # (past the ends a route's number has in brackets: "số 01 (Tân An - Phú Mỹ), số 02 (...)")
            ends = re.match(r"[ ]*\([^()\n]{1,80}\)", doc.key[cur:cur + 90]) if so else None
            at = cur + ends.end() if ends else cur
            sm = re.match(r"[ ]*(?:,|và|,[ ]*và)[ ]*(?:(?P<own>ql|quốc lộ|đt|đường tỉnh)[ .]?[ ]?|số[ ]+)?(?P<n>\d{1,4}[a-z]?)(?!\w)(?![,.]\d)", doc.key[at:at + 30])
            if not sm or (sm.group("own") and _ROAD_KIND[sm.group("own")] != _ROAD_KIND.get(head.key)):
                break       # "Quốc lộ 1, Quốc lộ 30 và ĐT.864": a provincial road is read by its own head
            items.append((at + sm.start("n"), at + sm.end("n"), text[at + sm.start("n"):at + sm.end("n")]))
            cur = at + sm.end()
        if len(items) == 1 and head.key == "dự án thành phần" and (sec := _SECTION_AFTER.match(text, cur)):
            # "dự án thành phần 2 đoạn Tân Phú - Bảo Lộc": the component project is named by its section too
            s, e, n = items[0]
            return [cand(s, cur + sec.end(), f"{head.canonical} {n.upper()} {sec.group('sec')}", "number", True, 1)]
        return [cand(s, e, f"{head.canonical} {so}{n.upper()}", "number", True, len(items)) for s, e, n in items]
    if head.form == "described":
        graded = _graded_list(doc, head, head_text, hs, he, cand)
        if graded:
            return graded
    if head.form in ("described", "linear", "wrapper", "built"):
        got = _describe(doc, head, pos, title=head_text[:1].isupper() and not head_text.isupper())
        if got is None:
            intro = _intro_list(doc, he) if head.form in ("described", "linear") else None
            if intro:   # "các mỏ: A, B"
                items = intro[0]
                kind = _kind_words(doc, he, items[0][0])
                return [cand(s, e, _full_name(head, head_text, f"{kind} {n}" if kind else n), "intro", False,
                             len(items)) for s, e, n in items]
            return [cand(hs, he, "", "none")]
        end, how, inner = got
        if how == "defer":
            return []   # "Dự án Nhà máy ...": the nested head proposes the work
        ns = he + len(text[he:end]) - len(text[he:end].lstrip())
        volt = _VOLTAGE.match(text, ns) if how == "name" else None
        # a list the head shares: after kind words between the head and the first name ("các trạm bơm điện A, B
        # và C": each an electric pumping station), or from the name on ("các hồ chứa nước Đá Mài, Khe Sắn"), a
        # voltage shared too ("các trạm biến áp 220 kV Cái Răng 2, Trần Đề": both are 220 kV)
        starts: list[tuple[int, str]] = []
        kind_words = _KIND_WORDS.match(text, he, end) if how == "name" and head.form == "described" else None
        if kind_words and not doc.lowercase:
            starts.append((kind_words.end(), text[kind_words.start(1):kind_words.end(1)] + " "))
        streets = head.form == "linear" and head.category == "road" and ctx["plural"]
        if streets and not doc.lowercase and "," in re.match(rf"[^{_UP}]*", text[ns:end]).group(0):
            streets = False   # "các tuyến đường chính, khu trung tâm đô thị A, B": kinds of roads and areas of towns,
            #                   no streets (not "các tuyến đường kết nối T1, T2 Cảng ...")
        if how == "name" and head.form in ("described", "built", "linear") and (head.form != "linear" or volt or streets):
            starts.append((ns + (len(text[ns:volt.end()]) + len(text[volt.end():end]) - len(text[volt.end():end].lstrip())
                                 if volt else 0), volt.group(0) + " " if volt else ""))
        for first, shared in starts:
            items = _list_after(doc, (first, end, text[first:end]))
            if len(items) > 1:
                if streets and not volt:   # "các tuyến đường Lê Lai, Phú Mỹ": each a street of its town
                    return [cand(s, e, f"Đường {n}", "list", False, len(items)) for s, e, n in items]
                return [cand(s, e, _full_name(head, head_text, shared + n), "list", bool(re.search(r"\d$|[IVX]$", n)),
                             len(items)) for s, e, n in items]
        at = _AT.match(text[ns:end])
        body_at = ns + (at.end() if at else 0)
        if how == "body" and head.form == "built" and (more := _more_bodies(doc, body_at, end)):
            # "hồ bơi tại Trường A, Trường B và Trường C": one facility at each of the bodies, named by it
            return [cand(s, e, _full_name(head, head_text, text[n:e]), "described", False, 1 + len(more),
                         why="anchored by body") for s, n, e in [(hs, body_at, end)] + [(s, s, e) for s, e in more]]
        phase = _PHASE.match(text, end)
        if phase:   # "Đường bê tông ấp A - ấp B (giai đoạn 2)": each phase is a work of its own
            end = phase.end()
        name = _full_name(head, head_text, (_AT.sub("", text[he:end].strip()) if how == "body" else
                                            text[he:end].strip())) if head.canonical else text[hs:end]
        if phase:
            name = name[:len(name) - len(phase.group(0).strip())].rstrip() + f" giai đoạn {phase.group(1)}"
        category = sec_cat
        if head.form == "wrapper":
            # the head that opens the title gives the work's kind ("Dự án Trung tâm chỉ huy ... giao thông thông
            # minh": a centre, whatever its words are about); else a kind's words inside it ("Dự án cải tạo, nâng cấp
            # tuyến ...")
            opening = _head_at(doc, ns)
            category = opening[0].category if opening else _category_inside(doc, he, end, sec_cat)
        return [cand(hs, end, name, "described", bool(re.search(r"\d$|[IVX]$", text[hs:end])), 1, category,
                     why=f"anchored by {how}")]
    return _propose_named(doc, head, hs, he, ctx, cand)


# the document's own annex or part by its label ("tại Phụ lục", "tại mục 2"; not "tại điểm du lịch ...")
_DOC_PART = re.compile(rf"phụ lục(?![\w])|(?:biểu|{REF_UNIT})[ ]+{REF_LABEL}")
_FORMER = re.compile(r"[ ]+cũ(?![\w])")
_AT = re.compile(r"^tại[ ]+")   # "hồ bơi tại Trường A" is "Hồ bơi Trường A"
_NEXT_IN_LIST = re.compile(r"(?:,[ ]+|[ ]+và[ ]+)(?=[A-ZĐÀ-Ỹ])")


def _more_bodies(doc: Document, first: int, end: int) -> list[tuple[int, int]]:
    """The bodies listed after the one a facility was named by (from ``first`` to ``end``), each opening with
    the same head of a building ("hồ bơi Trường A, Trường Trung học cơ sở B và Trường Tiểu học C"); none when
    the first body opens with no head ("Trường Đại học A, Bệnh viện B": bodies, no facility of theirs)."""
    opened = _head_at(doc, first)
    found = []
    while opened and (sep := _NEXT_IN_LIST.match(doc.text, end)) and (nxt := _head_at(doc, sep.end())) \
            and nxt[0].key == opened[0].key and (body := _body_at(doc, sep.end())):
        found.append((sep.end(), body))
        end = body
    return found


# one or two lower-case words of kind between a head and a proper name: "trạm bơm [điện] Trường Xuân"
_KIND_WORD = r"(?!(?:tại|ở|của|và|các|xã|phường|huyện|tỉnh|thôn|ấp|bản|thị|trấn|khu|vực)[ ])[a-zđà-ỹ]+"   # (no place word)
_KIND_WORDS = re.compile(rf"[ ]+((?:{_KIND_WORD}[ ]+)?{_KIND_WORD})[ ]+(?=[A-ZĐÀ-Ỹ])")


# the grade of a work between its head and its name: "Khu du lịch quốc gia Mẫu Sơn" (a part of the name),
# "các khu du lịch cấp tỉnh A, B và C" (said of the whole list: no part of each name)
_GRADE = re.compile(r"[ ]+(?:(quốc gia)|cấp[ ]+(?:quốc gia|tỉnh|thành phố|huyện|xã|vùng))[ ]+")


def _graded_list(doc: Document, head: Head, head_text: str, hs: int, he: int, cand) -> list[ProjectCandidate]:
    """A described head, its grade and a proper name, perhaps a list the head shares."""
    g = _GRADE.match(doc.key, he)
    if not g or doc.lowercase:
        return []
    span = _name_at(doc, g.end())
    if not span:
        return []
    items = _list_after(doc, (span[0], span[1], doc.text[span[0]:span[1]]))
    grade = doc.text[g.start(1):g.end(1)] + " " if g.group(1) else ""
    how = "name" if len(items) == 1 else "list"
    return [cand(s, e, _full_name(head, head_text, grade + n), how, bool(re.search(r"\d$|[IVX]$", n)), len(items))
            for s, e, n in items]


_PLACE_AS_NAME = re.compile(r"(?:xã|phường|đặc khu)[ ]+(?=[A-ZĐÀ-Ỹ])")


def _propose_named(doc, head, hs, he, ctx, cand) -> list[ProjectCandidate]:
    text = doc.text
    head_text = text[hs:he]
    pos = he
    # (an acronym in brackets between the head and the name: "Cảng cạn (ICD) Trảng Bàng")
    sep = re.match(r"[ ]*:?[ ]+(?:\([A-Z]{2,6}\)[ ]+)?", text[pos:pos + 14])
    kept = ""          # a word of the name between the head and the rest: "Nhà máy điện khí LNG Cửa Việt 1"
    qual = None
    if sep:
        qual = _at(doc, "qualifier", "after", pos + sep.end())
        if qual is None and (qual := _at(doc, "name_qualifier", "after", pos + sep.end())):
            kept = text[qual.start():qual.end()]
    if qual:   # "khu công nghiệp mới Tân An", "Cảng hàng không quốc tế Tân An"
        after = re.match(r"[ ]*:?[ ]+", text[qual.end():qual.end() + 4])
        if after:
            sep = re.match(r".*", text[pos:qual.end() + after.end()], re.S)
        else:
            kept = ""
    if head.form == "anaphor":
        sep = None   # a short head names nothing by itself
    span = None
    if sep and _head_at(doc, pos + sep.end()):
        return []   # "các dự án điện gió: Phong điện 1 ...": the inner head names its own list
    if sep:
        span = _name_at(doc, pos + sep.end())
        place = None if span or doc.lowercase else _PLACE_AS_NAME.match(text, pos + sep.end())
        if place and head_text[:1].isupper() and not ctx["plural"]:
            # one work named by the commune or ward it serves, its head in capitals as a name's is: "Dự án Nhà ở xã
            # hội phường Minh Xuân" (not "các Cụm công nghiệp xã Tân An", nor "chỉ tiêu đất cụm công nghiệp xã Tân
            # An": works of a kind, located)
            inner = _name_at(doc, place.end(), lone=True)
            span = (place.start(), inner[1]) if inner else None
    if span and " " in head_text and head_text.isupper() and re.match(r"[A-Z]{2}", text[span[0]:span[0] + 2]):
        span = None   # a heading in capitals: "CỤM CÔNG NGHIỆP DO DOANH NGHIỆP ..." names nothing
    if span:
        items = _list_after(doc, (span[0], span[1], text[span[0]:span[1]]))
        how = "name" if len(items) == 1 else "list"
    else:
        intro = _intro_list(doc, he)
        if not intro:
            return [cand(hs, he, "", "none")]
        items, opener = intro
        how = "intro"
    out = []
    for s, e, name in items:
        numbered = bool(re.search(r"(?:\d{1,3}[A-Za-z]?|[IVXivx]{1,4})(?:[ ]giai[ ]đoạn[ ]\d{1,2}|[ ]mở[ ]rộng)?$", name))
        shown = name
        if doc.lowercase:
            shown = " ".join(w[:1].upper() + w[1:] if not re.fullmatch(r"[ivx]{1,4}", w) else w.upper()
                             for w in name.split())
        out.append(cand(s, e, _full_name(head, head_text, f"{kept} {shown}" if kept else shown), how, numbered,
                        len(items)))
    return out


# ---------------------------------------------------------------- the rule

_ZONE_WEIGHT = {"general": -0.15, "norms": -0.15, "effect": -0.2, "viewpoint": -0.05}


@rule("project")
def project_rule(c: ProjectCandidate) -> Decision:
    """Is this head, with what names it, a named project?  (``label`` "project" or None.)"""
    if c.cited:
        return Decision(None, 0.9, "inside the citation of another document")
    if c.agency:
        return Decision(None, 0.9, f"part of an agency's name ({c.agency} ...)")
    if c.address:
        return Decision(None, 0.8, f"a street in an address ({c.address} ...)")
    if c.landmark:
        return Decision(None, 0.7, f"a landmark that locates another work ({c.landmark} ...)")
    if c.how == "none":
        why = "generic: a head with no name" + (" after a plural" if c.plural else "")
        return Decision(None, 0.9 if c.plural else 0.8, why)
    if c.how in ("name", "list", "intro", "described") and c.count and c.count >= 2 and c.members == 1 \
            and not c.numbered:     # ("03 điểm du lịch cộng đồng tại Bắc Sơn, Bình Gia": sites of a kind, located)
        return Decision(None, 0.7, f"a count of {c.count} before one name names a group")
    base = {"name": 0.9, "list": 0.9, "number": 0.9, "intro": 0.85, "described": 0.7, "self": 0.85}[c.how]
    why = [c.how if c.how != "described" else f"described ({c.why})"]
    if c.lowercase and c.how in ("name", "list", "intro", "described", "self"):
        base -= 0.2
        why.append("lower-cased text")
    if c.head.form == "anaphor":
        base -= 0.1
        why.append("short head")
    if c.how == "list" and c.plural and c.head.form == "built" and not c.build and not c.called_a_work:
        # "áp dụng đối với các trường THPT Nậm Khao, Quyết Tiến, Pa Hán": schools (hospitals, stations) listed with
        # nothing that builds them are the bodies, not works
        base -= 0.45
        why.append("a list of bodies nothing builds")
    if c.how == "self" and c.plural:
        base -= 0.5
        why.append("after a plural")
    if c.how == "described":
        if c.plural:
            base -= 0.35
            why.append("after a plural")
        if c.build:
            base += 0.1
            why.append("a verb that builds it")
        if _NEW_SITE.search(c.name):
            why.append("a new site of its body")   # "Bệnh viện Đa khoa tỉnh ... cơ sở 2": a work, not the body
        elif c.called_a_work:
            why.append("called a project")    # "dự án Trung tâm ...": a work whatever builds it
        elif c.head.form == "built" and c.build != "near" and not (c.build == "clause" and c.head.category == "road"):
            # (a bridge is no body: a verb earlier in its clause, or its list's lead-in, builds it too)
            base -= 0.35
            why.append("no verb that builds it (also an agency's name)")
    if c.used and not c.build and not c.called_a_work and c.head.category in ("road", "water") \
            and c.head.key != "điểm đen":
        # "tuần tra, kiểm soát trên Quốc lộ 1", "xử lý điểm đen tại Km 12 Quốc lộ 30": where traffic is watched (a
        # black spot named by its place is the work itself, whatever its clause says of traffic)
        base -= 0.45
        why.append("a road its clause only travels or polices")
    if c.placed and not c.build and not c.called_a_work:
        # "Vị trí lắp đặt | ... | Loại trạm" over "Khu công nghiệp Gián Khẩu II | ... | Trạm cố định": a station is
        # put in the park, which the row does not build
        base -= 0.45
        why.append("a place its table's column puts something at")
    if c.venue and not c.build and not c.called_a_work and (c.venue == "mục tiêu" or (
            c.head.category == "other" and not c.head.key.startswith(("khu ", "cụm ", "trung tâm điện")))):
        # (a park, a zone or a power centre where works are drawn or built stays the work it is: "thu hút dự án tại
        # Khu kinh tế ...", "nhiệt điện khí tại Trung tâm điện lực ...")
        base -= 0.45
        why.append("a venue where something is held or guarded")
    w = _ZONE_WEIGHT.get(c.zone.zone, 0.0)
    if w:
        base += w
        why.append(f"{c.zone.zone} zone")
    if c.former and c.head.category != "road":
        # (a road's old route may still be the work: "nâng cấp Quốc lộ 1 cũ")
        base -= 0.45
        why.append("an old work whose site a new one takes")
    if c.rated and not c.build and not c.called_a_work:
        # "Tên đường | Đoạn từ - đến | Hệ số K" ⏎ "Đường Trần Phú | Trọn đường | 1,30": a place a rate is set for
        base -= 0.45
        why.append("a place a table of rates sets its rate for")
    if c.zone.zone == "norms" and not c.build:
        # "Điều 2. Mức thu phí" over "1. Khu du lịch quốc gia Mũi Cà Mau: a) Người lớn: 40.000 đồng/người/lượt": a site
        # a rate is set for, nothing built there
        base -= 0.3
        why.append("a site a norm is set for")
    score = round(max(0.0, min(1.0, base)), 3)
    label = "project" if score >= THRESHOLD else None
    return Decision(label, score, ", ".join(why), cue=True)


# ---------------------------------------------------------------- the document

# the second site of a hospital, a school or an office: a work to build, which its body's name alone is not
_NEW_SITE = re.compile(r"[Cc]ơ sở (?:\d{1,2}|mới\))$")
# ... after the body's name and its place: "Bệnh viện Sản Nhi| tỉnh Cà Mau cơ sở 2", "Bảo tàng X| (cơ sở mới)"
_SITE_AFTER = re.compile(rf"(?:[ ]+(?:tỉnh|thành phố|huyện|xã|phường)(?:[ ]+[{_UP}][{_LOW}]*)+)?"
                         rf"[ ]+(?:[Cc]ơ sở \d{{1,2}}(?!\d)|\(cơ sở mới\))")


def new_sites(projects: Sequence[Project]) -> list[tuple[int, int]]:
    """The spans of the projects that are a body's new site ("Bệnh viện Bạch Mai cơ sở 2"): the body named
    inside is the work's name there, not an agency."""
    return [(p.start, p.end) for p in projects if _NEW_SITE.search(p.name)]


def _new_site_after(doc: Document, end: int) -> int:
    """The end of a name that goes on with the place of its body and the number of a new site."""
    m = _SITE_AFTER.match(doc.text, end)
    return m.end() if m else end
_NAME_BEFORE = re.compile(rf"[{_UP}][{_LOW}]*[ ]$")


def _adds_a_tone(written: str, head: str) -> bool:
    """Does ``written`` carry a tone where ``head`` has none, at a letter where the two differ?  A scan loses or
    changes marks; it does not write a tone on an unmarked letter."""
    if len(written) != len(head):
        return False
    for a, b in zip(written, head):
        if a != b and has_tone(a) and not has_tone(b):
            return True
    return False


def _head_hits(doc: Document, start: int) -> list[tuple[Head, int, int]]:
    """Every head in reading order, the longest at each place, none inside another."""
    strict, loose, by_key, by_loose = _head_index()
    hits: dict[int, tuple[Head, int]] = {}
    for m in strict.finditer(doc.key, start):
        hits[m.start()] = (by_key[m.group(0)], m.end())
    for m in loose.finditer(doc.loose, start):
        got = hits.get(m.start())
        head = by_loose[m.group(0)]
        if (doc.key[m.start():m.end()] != head.key and doc.text[m.start()].isupper()
                and _NAME_BEFORE.search(doc.text, max(0, m.start() - 12), m.start())):
            continue   # the end of a proper name that folds to a head ("Tam Dương đẩy nhanh" is no "đường dây")
        if _adds_a_tone(doc.key[m.start():m.end()], head.key):
            continue   # another word, not the head with its marks lost: "điểm đến" (a destination) is no "điểm đen"
        if got is None or m.end() > got[1]:
            hits[m.start()] = (head, m.end())
    out, last_end = [], -1
    for s in sorted(hits):
        head, e = hits[s]
        if s < last_end or _not_head(doc, s, e):
            continue
        out.append((head, s, e))
        last_end = e
    return out


_MEMO: dict[tuple[int, int], tuple[Document, tuple[Project, ...]]] = {}


def find_project_mentions(doc: Document, body_start: int = 0) -> list[Project]:
    """Every mention of a named project, one per list member, in reading order (not merged).

    The targets stage asks for the same document's mentions as subjects: the last document's
    answer is kept (one document at a time, as :func:`nlpolicy.zones.zones_of` does)."""
    got = _MEMO.get((id(doc), body_start))
    if got is not None and got[0] is doc:
        return list(got[1])
    found = _find(doc, body_start)
    _MEMO.clear()
    _MEMO[(id(doc), body_start)] = (doc, tuple(found))
    return found


def _find(doc: Document, body_start: int) -> list[Project]:
    cites = Spans((c.start, c.end) for c in doc.citations)
    found: list[Project] = []
    covered_until = -1
    members: list[tuple[int, int]] = []    # the names of a list's members, which a head may open ("Cầu Sập")
    for head, hs, he in _head_hits(doc, body_start):
        if hs < covered_until or any(s <= hs < e for s, e in members):
            continue   # inside a work already named ("đường ... đến Cụm công nghiệp X", "các cống: A, Cầu Sập")
        if found and doc.text[found[-1].end:hs].strip() == "(":
            continue   # a part of the work just named, in brackets after it ("Hệ thống kênh tưới hồ X (kênh chính
            #   Bắc)")
        ctx = _context(doc, head, hs, he, cites)
        for c in _propose(doc, head, hs, he, ctx):
            d = decide("project", c)
            if d.label != "project":
                continue
            if c.how == "described":
                covered_until = max(covered_until, c.end)
            elif c.how in ("list", "intro"):
                members.append((c.start, c.end))
            sec = doc.section_at(c.start)
            found.append(Project(name=c.name, category=c.category, section=sec.id if sec else None,
                                 text=doc.text[c.start:c.end], start=c.start, end=c.end))
    return found + _named_cells(doc, body_start, found)


# a name cell of a table of works: a whole name, whatever its head ("Vùng nuôi cá tra ứng dụng công nghệ cao Phú Tân")
_NAME_CELL = re.compile(rf"[{_UP}][^\n|;:]{{3,140}}")
_NOT_A_WORK = re.compile(r"(?i)(?:tổng cộng|tổng số|cộng|toàn tỉnh|các dự án|dự án khác)\b")
# a cell that opens with what is to be done is a task of a mixed table ("Rà soát, lập danh mục ...", "Xây dựng cơ
# sở dữ liệu ..."): a work to build with its verb is read by its head already
_TASK_START = re.compile(r"(?i)(?:rà soát|xây dựng|sơ kết|tổng kết|lập|tổ chức|triển khai|hoàn thiện|nghiên cứu|đề xuất"
                         r"|tuyên truyền|kiểm tra|đánh giá|cập nhật|ban hành|thực hiện|hướng dẫn|điều chỉnh|nâng cấp|cải tạo"
                         r"|sửa chữa|đầu tư|hỗ trợ|phát triển|thu hút|kêu gọi|vận động|đào tạo|bồi dưỡng|chuyển đổi|số hóa"
                         r"|giải phóng|bố trí|phân bổ|theo dõi|quản lý|duy trì|tăng cường|đẩy mạnh|hoàn thành)(?!\w)")


def _named_cells(doc: Document, body_start: int, found: list[Project]) -> list[Project]:
    """The name cells of a table whose header names its works ("Tên dự án", "Danh mục công trình") that no head
    read: the table says each is a work.  Its category from a head word inside the name, else "other"; a cell
    in capitals is a group's title, not a work."""
    out: list[Project] = []
    for t in doc.text_tables:
        if t.start < body_start or not t.header:
            continue
        cols = [c.column for c in t.header if _WORKS_HEADER.search(c.text.lower())]
        if not cols:
            continue
        for r in t.rows:
            if r.group:
                continue
            for c in r.cells:
                text = re.sub(r"\s+", " ", c.text).strip(" *")
                if c.column not in cols or not _NAME_CELL.fullmatch(text) or text.isupper() or _NOT_A_WORK.match(text) \
                        or _TASK_START.match(text) \
                        or len(text.split()) > 20 or any(p.start < c.end and c.start < p.end for p in found):
                    continue
                key = match_key(text)
                head = next((h for h in heads() if re.search(rf"(?<!\w){re.escape(h.key)}(?!\w)", key)), None)
                sec = doc.section_at(c.start)
                out.append(Project(name=text, category=head.category if head else "other",
                                   section=sec.id if sec else None, text=doc.text[c.start:c.end], start=c.start, end=c.end))
    return out


def extract_projects(doc: Document, body: Body) -> list[Project]:
    """The distinct named projects of the document, short and long forms merged."""
    return _merge([p for p in find_project_mentions(doc, body.start) if p.start in body])


def _core(name: str) -> tuple[str, str]:
    """(the kind of work, the name without its head): "KCN Tân An" and "Khu công nghiệp Tân An" are one park;
    "Chợ cửa khẩu Bờ Y" and "Trung tâm logistics cửa khẩu Bờ Y" are two works of the category "other" ("Dự án
    ..." wraps a work and names no kind of its own)."""
    k, kind = match_key(name), ""
    for h in heads():
        if k.startswith(h.key + " "):
            k, kind = k[len(h.key) + 1:], (h.canonical or h.key).lower() if h.category == "other" and h.form != "wrapper" else ""
            break
    # ("Vùng trồng dược liệu tập trung Tây Côn Lĩnh" is the "vùng trồng dược liệu Tây Côn Lĩnh" of a later line)
    return kind, re.sub(r"\b(?:giai đoạn|tập trung)\b", "", k).replace("–", "-").replace(" ", "").replace(",", "")


def _owner_added(a: str, b: str) -> bool:
    """One name is the other with its owner after a comma: "Dự án X" and "Dự án X, Bệnh viện Y"."""
    a, b = sorted((match_key(a), match_key(b)), key=len)
    return len(a) > len("dự án ") + 3 and b.startswith(a + ", ")


def _merge(found: list[Project]) -> list[Project]:
    """One entry per project: the longest name among those with the same core and kind (a "Dự án ..." is
    the same project as the work of any kind with its core)."""
    kept: list[tuple[tuple[str, str], str, Project]] = []     # ((category, core), kind, project)
    for p in found:
        kind, core = _core(p.name)
        at = next((i for i, (c, k, _) in enumerate(kept) if c == (p.category, core) and (k == kind or "" in (k, kind))),
                  None)
        if at is None:   # "Dự án Khu xạ trị ..." and "Dự án Khu xạ trị ..., Bệnh viện Ung bướu tỉnh": its owner after a comma
            at = next((i for i, (c, _, q) in enumerate(kept) if c[0] == p.category and _owner_added(q.name, p.name)),
                      None)
        if at is None:
            kept.append(((p.category, core), kind, p))
        elif len(p.name) > len(kept[at][2].name):
            c, k, q = kept[at]
            kept[at] = (c, k or kind, Project(p.name, q.category, q.section, q.text, q.start, q.end))
    return [p for _, _, p in kept]
