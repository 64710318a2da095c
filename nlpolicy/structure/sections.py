"""The section tree: the document's own numbering, read line by line and checked against its sequence.

Ids follow DOMAIN.md section 3: "4.7-" inside part "II-" is ``II.4.7``; letters hang under the
nearest numbered item (``I.1.a``); lettered parts above Roman ones (``B.III.2``); articles
``D1``, clauses ``D1.2``, points ``D1.2.a``; Roman parts inside an article ``D1.II.1``; chapters
of a regulation ``II.D6.3.d``; appendices ``PL1`` with table rows ``PL1.<row>``.

Reading happens in two steps, so that one damaged line cannot take a part with it:

1. :func:`read_label` gives every plausible reading of a line's label: "1V." may be part IV
   misread by OCR, "1-" part I or item 1, "i." a letter or (in a lower-cased text) part I.
2. :class:`_Tree` keeps what is open (part, article, item, letter ...) and the last number of
   each list, and takes the reading that fits the sequence.  A line that fits no sequence (a
   wrapped citation "75-KL/TW ...", a page header "7.NQTU12.DOC 5", a number far ahead of its
   siblings) is local damage: it is no section, and its siblings keep their numbers.  A number
   that repeats ("I, I, II", "3, 3, 4") follows the sequence, as DOMAIN.md says of OCR
   duplicates; a plain gap ("I, II, IV") is kept as printed.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from nlpolicy.matching import Keys
from nlpolicy.regexes import FIGURE_CELL, OCR_DIGITS
from nlpolicy.structure.lines import PLACEHOLDER, Line, ocr_roman_value, roman_value, to_roman
from nlpolicy.types import Section

__all__ = ["Reading", "read_label", "parse_sections", "attached_kind", "attached_start", "label_end", "is_article"]

# ---------------------------------------------------------------- reading a label

_SEP = r"[ ]*[-.–—:)/](?:[ ]?\.)?[ ]*"          # OCR doubles a dot now and then: "3 .. Các loại hình"
_AFTER = r"(?=[^\W\d_]|[\"“'(])"        # a heading starts with a letter or a quote
# Line starts that are no part of the label: markdown leftovers, OCR specks, an opening quote.
_LEAD = re.compile(r"^[ #>]*(?:[¬'_|`´][ ]+(?![-.–—][ ]))?(?:[-*•+][ ]+(?=[a-zđ]\)[ ]|\(\d{1,2}\)[ ]|\d{1,2}\.[ ]))?")

_ARTICLE = re.compile(r"^(?:điều|dieu)[ ]*(?P<n>\d{1,3})[ ]*(?:[.:\-–][ ]*|$)")
# a question of a guidance written as questions and answers ("Câu hỏi 3: Sở Nội vụ có trách nhiệm gì ...?", "Câu
# 3."): numbered through the document as articles are, its id "C3" as an article's is "D3"
_QUESTION = re.compile(r"^cau(?:[ ]+hoi)?[ ]*(?P<n>\d{1,3})[ ]*[:.][ ]*")
# a resolution's tasks as ordinals, a paragraph each ("Một là, nâng cao nhận thức ...", "Thứ hai, ..."): items 1, 2
_ITEM_ORDINAL_WORDS = {"mot": 1, "nhat": 1, "hai": 2, "ba": 3, "bon": 4, "tu": 4, "nam": 5, "sau": 6, "bay": 7,
                       "tam": 8, "chin": 9, "muoi": 10}
_ORDINAL = re.compile(r"^(?:(?P<n>mot|hai|ba|bon|nam|sau|bay|tam|chin|muoi)[ ]+la"
                      r"|thu[ ]+(?P<t>nhat|hai|ba|tu|nam|sau|bay|tam|chin|muoi))[ ]*[,:]"
                      r"(?![ ]*(?:ngay[ ]|\d))[ ]*")     # (not a weekday over its date: "Thứ hai, ngày 14/6/2027:")
_CHAPTER = re.compile(r"^chuong[ ]+(?P<n>[ivxl]{1,6}|\d{1,2})(?![\w])[ ]*[.:\-–]?[ ]*")
# a part named by the word "Phần" ("Phần I" alone over its heading, "PHẦN II. MỤC TIÊU", "Phần thứ hai"): its
# numeral numbers it as a Roman part (DOMAIN.md 4b: a scheme's "Phần III", item 2 is III.2)
_PART_WORD = re.compile(r"^phan[ ]+(?:(?P<n>[ivx]{1,5}|\d{1,2})|thu[ ]+(?P<w>nhat|hai|ba|tu|nam|sau|bay|tam))(?![\w])"
                        r"[ ]*[.:\-–]?[ ]*")
_ORDINAL_WORDS = {"nhat": 1, "hai": 2, "ba": 3, "tu": 4, "nam": 5, "sau": 6, "bay": 7, "tam": 8}
_APPENDIX = re.compile(r"^phu luc(?:[ ]+(?:so[ ]+)?(?P<n>[ivx]{1,4}|\d{1,2})(?![\w]))?[ ]*[.:\-–]?[ ]*")
_LIST_TITLE = re.compile(r"^(?:danh muc|danh sach|bieu)\b")
# a report's outline sent with a letter, its title in capitals ("ĐỀ CƯƠNG BÁO CÁO" over "(Kèm theo Văn bản số ...)")
_OUTLINE_TITLE = re.compile(r"^de cuong\b")
_PART = re.compile(r"^(?P<n>[A-H])" + _SEP + r"(?=[A-ZĐÀ-Ỹ][A-ZĐÀ-Ỹ ,\-]{3})")
# a part printed in sentence case, as web copies print headings ("A- Tình hình và nguyên nhân")
_PART_TITLE = re.compile(r"^(?P<n>[A-H])[ ]*[-.–][ ]*(?=[A-ZĐÀ-Ỹ][a-zđà-ỹ])")
_PART_LOWER = re.compile(r"^(?P<n>[a-h])" + _SEP + _AFTER)
_ROMAN = re.compile(r"^(?P<n>[IVXLHl1|!]{1,5})" + _SEP + _AFTER)
_ROMAN_LOWER = re.compile(r"^(?P<n>[ivxl]{1,5})" + _SEP + _AFTER)
# Texts lower-cased and then given a capital at each sentence start: "Ii - nhiệm vụ", "Iii . ..."
_ROMAN_TITLE = re.compile(r"^(?P<n>[IVXL][ivxl]{1,4})" + _SEP + _AFTER)
# OCR's misreadings of a Roman numeral in capitals, the text lower-cased after: a numeral's letter beside "h" or a
# digit ("hi" for III, "v1" for VI, "1v" for IV); a digit alone or "h" alone is no numeral
_ROMAN_OCR_LOWER = re.compile(r"^(?P<n>(?=[ivx1h]{0,3}[ivx])(?=[ivx]{0,3}[1h])[ivx1h]{2,4})" + _SEP + _AFTER)
_ROMAN_OCR_MIXED = re.compile(r"^(?P<n>[l1|][ivx]{1,4})" + _SEP + _AFTER)
_DECIMAL = re.compile(r"^(?P<n>\d{1,2}(?:[ ]?\.[ ]?\d{1,2}){1,3})\.?[ ]*[-.–)]?[ ]*" + _AFTER)
_ARABIC = re.compile(r"^(?P<n>\d{1,2})" + _SEP + _AFTER)
# an item whose text opens with a figure ("2.1.3. 100% cơ quan ...", "3. 95% trẻ em ..."): a label only where the
# sequence expects it (a line "1.5 triệu ..." or "3. 500 tỷ" elsewhere is a figure)
_LABEL_BEFORE_FIGURE = re.compile(r"^(?P<n>\d{1,2}(?:\.\d{1,2}){0,3})\.[ ]+(?=\d)")
_LETTER = re.compile(r"^(?P<n>[a-zđ])[ ]*(?:\)[ ]*|[.\-–/]\.?[ ]+)(?=\S)")
_PAREN = re.compile(r"^\((?P<n>[ivx]{1,4}|\d{1,2})\)[.:]?[ ]*" + _AFTER)
# a point of a letter, as laws write them: "b1) ...", "a2) ..." under "a)", "b)"
_SUBLETTER = re.compile(r"^(?P<n>[a-zđ]\d{1,2})[ ]?\)[ ]*(?=\S)")
# A label alone on its line ("A ." ⏎ "Những nội dung ...", "1 ." in word-segmented texts):
# the heading is the next line.
_ALONE = re.compile(r"^(?P<n>H[Il]|[Il]H|[A-H]|[IVXL]{1,5}|[ivx]{2,5}|[IVXL][ivxl]{1,4}|[Il]{1,4}"
                    r"|\d{1,2}(?:\.\d{1,2}){0,3}|[a-zđ])[ ]*[-.–:)]?[ ]*$")
# OCR misreadings of a label's mark or numeral: "5," for "5." (an item where 5 is next), "I)" for the
# letter "l)" (where l is next)
_HALF_PAREN = re.compile(r"^(?P<n>\d{1,2})\)[ ]*" + _AFTER)
_ARABIC_COMMA = re.compile(r"^(?P<n>\d{1,2}),[ ]+" + _AFTER)
_LETTER_L = re.compile(r"^I[ ]*\)[ ]*(?=\S)")
# a letter OCR read in capitals ("C. Kiểm tra thực tế" between "b." and "d."): a letter only where the
# sequence expects that letter (tried after every other reading)
# an item numbered by its kind's word ("Nhiệm vụ 1: Đẩy mạnh ...", "Giải pháp 2. ..."), on the loose key: item 1,
# 2 ... where the sequence expects it
_NAMED_ITEM = re.compile(r"^(?:nhom[ ])?(?:nhiem vu|giai phap|noi dung|hoat dong)[ ]+(?:so[ ]+)?(?P<n>\d{1,2})"
                         r"(?:[ ]*[:.\-–][ ]*(?=\S)|[ ]*$)")     # (alone over its record: "Nhiệm vụ số 3")
# an item whose number a scan lost (". Di dời, chuyển đổi ..." between "2." and "4."): item 3 only where the
# item after it is the one after next
_NUMBER_LOST = re.compile(r"^\.[ ]+(?=[A-ZĐÀ-Ỹ][a-zđà-ỹ])")
_NUMBER_LOST_LOWER = re.compile(r"^\.[ ]+(?=[a-zđà-ỹ]{2})")
_LETTER_UPPER = re.compile(r"^(?P<n>[A-HK-UY])[ ]*(?:\)[ ]*|\.[ ]+)(?=[A-ZĐÀ-Ỹ][a-zđà-ỹ])")

# Not headings although they start with a number: a page marker or running header that
# normalisation missed, a digital-signature time stamp.
_FURNITURE = re.compile(r"^(?:=+|-+)?[ ]*(?:trang|page)[ ]+\d+|^\d+\.[A-Za-z0-9]+\.(?:doc|docx|pdf)\b|"
                        r"^\d{1,2}[-/]\d{1,2}[-/]\d{4}[ ]+\d{1,2}:\d{2}", re.I)

LETTERS = "abcdđefghijklmnopqrstuvwxyz"   # Vietnamese lists use a-y with đ; some skip f, j, w, z


@dataclass(frozen=True)
class Reading:
    """One way to read the label of a line."""
    kind: str        # chapter, article, appendix, list_title, part, roman, decimal, arabic, letter, paren
    value: object    # int; a tuple of ints for decimals; the letter for letters
    label_end: int   # where the heading starts in the line (after the lead)
    exact: bool      # printed as a numeral of its kind, not as OCR misreads one
    alone: bool = False
    mark: str = "D"  # an article's id letter: "D" for "Điều", "C" for a question ("Câu hỏi"); "là" for an item
                     # numbered by an ordinal word ("Hai là, ..."); ")" for a paren item printed "2)"; "arabic"
                     # for a "Phần" numbered in digits ("Phần 3.")


def read_label(line: str, *, lowercase: bool = False, line_loose: str | None = None) -> tuple[int, list[Reading]]:
    """The lead to skip and every plausible reading of a line's numbering label, best first
    (``line_loose``: the line's loose key, when the caller has it).

    >>> [(r.kind, r.value, r.exact) for r in read_label("1V. TỔ CHỨC THỰC HIỆN")[1]]
    [('roman', 4, False)]
    >>> [(r.kind, r.value) for r in read_label("1- MỤC ĐÍCH, YÊU CẦU")[1]]
    [('roman', 1), ('arabic', 1)]
    >>> [(r.kind, r.value) for r in read_label("Điều 2 : Giao Ủy ban nhân dân tỉnh")[1]]
    [('article', 2)]
    >>> [(r.kind, r.value) for r in read_label("i - mục tiêu :", lowercase=True)[1]]
    [('letter', 'i'), ('roman', 1)]
    """
    m = _LEAD.match(line)
    lead = m.end() if m else 0
    s = line[lead:]
    if s.startswith(("“", "\"")):
        lead += 1
        s = s[1:]
    if not s or _FURNITURE.match(s):
        return lead, []
    keys = Keys(s[:60], loose=None if line_loose is None else line_loose[lead:lead + 60])
    loose = keys.loose
    out: list[Reading] = []
    if (m := _ARTICLE.match(loose)):
        out.append(Reading("article", int(m.group("n")), m.end(), True, alone=not s[m.end():].strip()))
        return lead, out
    if (m := _ORDINAL.match(loose)):
        out.append(Reading("arabic", _ITEM_ORDINAL_WORDS[m.group("n") or m.group("t")], m.end(), True, mark="là"))
        return lead, out
    if (m := _QUESTION.match(loose)):
        out.append(Reading("article", int(m.group("n")), m.end(), True, alone=not s[m.end():].strip(), mark="C"))
        return lead, out
    if (m := _CHAPTER.match(loose)):
        n = m.group("n")
        v = int(n) if n.isdigit() else roman_value(n.upper())
        if v:
            out.append(Reading("chapter", v, m.end(), True, alone=not s[m.end():].strip()))
            return lead, out
    if (m := _PART_WORD.match(loose)) and (lowercase or not s[m.end():].strip() or not s[m.end()].islower()):
        n, w = m.group("n"), m.group("w")
        v = _ORDINAL_WORDS[w] if w else int(n) if n.isdigit() else roman_value(n.upper())
        if v:
            # a level of its own over parts numbered I, II ... inside it (taken only then), else a Roman part
            out.append(Reading("phan", v, m.end(), True, alone=not s[m.end():].strip(),
                               mark="arabic" if n and n.isdigit() else "D"))
            out.append(Reading("roman", v, m.end(), True, alone=not s[m.end():].strip()))
            return lead, out
    if (m := _APPENDIX.match(loose)):
        n = m.group("n")
        v = None if not n else (int(n) if n.isdigit() else roman_value(n.upper()))
        out.append(Reading("appendix", v, m.end(), True))
        return lead, out
    if _LIST_TITLE.match(loose) or (_OUTLINE_TITLE.match(loose) and s[:9].isupper()):
        out.append(Reading("list_title", None, 0, True))
    if (m := _ALONE.match(s)):
        n = m.group("n")
        if n.isdigit():
            out.append(Reading("arabic", int(n), len(s), True, alone=True))
        elif "." in n:          # "2.1." over its item's text (a text re-cut one sentence a line)
            out.append(Reading("decimal", tuple(int(p) for p in n.split(".")), len(s), True, alone=True))
        elif n in "ABCDEFGH" and len(n) == 1 and n not in "VXL":
            if n == "I":
                out.append(Reading("roman", 1, len(s), True, alone=True))
            out.append(Reading("part", ord(n) - 64, len(s), True, alone=True))
            if n == "H":        # a scan's "H." alone for "II." (taken only where II is next)
                out.append(Reading("roman", 2, len(s), False, alone=True))
        elif "H" in n:          # "HI." alone: a scan's "III."
            out.append(Reading("roman", ocr_roman_value(n.replace("l", "I")), len(s), False, alone=True))
        elif len(n) > 1 and set(n) <= set("ivx"):
            if lowercase and roman_value(n.upper()):     # "ii." alone in a text that lost its capitals
                out.append(Reading("roman", roman_value(n.upper()), len(s), True, alone=True))
        elif "l" in n and set(n) <= set("Il"):
            # OCR reads "I" as "l": "l." alone is part I ("L", fifty, never numbers a part), or the letter l
            out.append(Reading("roman", roman_value(n.replace("l", "I")), len(s), False, alone=True))
            if n == "l":
                out.append(Reading("letter", "l", len(s), True, alone=True))
        elif roman_value(n.upper()):
            out.append(Reading("roman", roman_value(n.upper()), len(s), True, alone=True))
        elif n in LETTERS:
            out.append(Reading("letter", n, len(s), True, alone=True))
            if lowercase and n in "abcdefgh":
                out.append(Reading("part", ord(n) - 96, len(s), True, alone=True))   # "A ." lower-cased
        return lead, out
    if (m := _PART.match(s)):
        out.append(Reading("part", ord(m.group("n")) - 64, m.end(), True))
    elif (m := _PART_TITLE.match(s)):
        out.append(Reading("part", ord(m.group("n")) - 64, m.end(), False))
    if (m := _ROMAN.match(s)):
        n = m.group("n")
        exact = roman_value(n)
        v = exact or ocr_roman_value(n)
        if v:
            out.append(Reading("roman", v, m.end(), bool(exact)))
        if n in ("l", "|"):
            out.append(Reading("arabic", 1, m.end(), False))   # OCR reads "1." as "l." too: item 1 where it is next
    if (m := _ROMAN_TITLE.match(s)) and roman_value(m.group("n").upper()):
        out.append(Reading("roman", roman_value(m.group("n").upper()), m.end(), True))
    elif (m := _ROMAN_OCR_MIXED.match(s)) and not any(r.kind == "roman" for r in out):
        # OCR of a title-cased numeral: "li." for II, "lii." for III, "lv." for IV (the capital I read as l)
        v = ocr_roman_value(m.group("n")[0] + m.group("n")[1:].upper())
        if v:
            out.append(Reading("roman", v, m.end(), False))
    if lowercase and (m := _ROMAN_LOWER.match(s)) and not roman_value(m.group("n").upper()) and "l" in m.group("n") \
            and (v := ocr_roman_value(m.group("n").replace("l", "I").upper())):
        out.append(Reading("roman", v, m.end(), False))     # "il." a scan printed for II, lower-cased
    elif lowercase and (m := _ROMAN_OCR_LOWER.match(s)) and not any(r.kind == "roman" for r in out) \
            and (v := ocr_roman_value(m.group("n").upper())):
        out.append(Reading("roman", v, m.end(), False))     # "hi." for III, "v1." for VI: a scan of capitals, lowered
    if lowercase and (m := _ROMAN_LOWER.match(s)) and roman_value(m.group("n").upper()):
        rv = roman_value(m.group("n").upper())
        if len(m.group("n")) == 1 and (lm := _LETTER.match(s)):
            out.append(Reading("letter", lm.group("n"), lm.end(), True))
        out.append(Reading("roman", rv, m.end(), True))
    if (m := _DECIMAL.match(s)):
        parts = tuple(int(p) for p in re.split(r"[ ]?\.[ ]?", m.group("n")))
        out.append(Reading("decimal", parts, m.end(), True))
    elif (m := _ARABIC.match(s)):
        out.append(Reading("arabic", int(m.group("n")), m.end(), True))
    elif (m := _ARABIC_COMMA.match(s)):
        out.append(Reading("arabic", int(m.group("n")), m.end(), False))
    elif (m := _LABEL_BEFORE_FIGURE.match(s)):
        parts = tuple(int(p) for p in m.group("n").split("."))
        out.append(Reading("decimal", parts, m.end(), False) if len(parts) > 1
                   else Reading("arabic", parts[0], m.end(), False))
    if (m := _LETTER_L.match(s)):
        out.insert(0, Reading("letter", "l", m.end(), False))    # tried first: it holds only after k
    if (m := _LETTER.match(s)) and not any(r.kind == "letter" for r in out):
        out.append(Reading("letter", m.group("n"), m.end(), True))
        if lowercase and m.group("n") in "abcdefgh":
            out.append(Reading("part", ord(m.group("n")) - 96, m.end(), True))
    if (m := _PAREN.match(s)):
        n = m.group("n")
        out.append(Reading("paren", int(n) if n.isdigit() else roman_value(n.upper()), m.end(), True))
    elif (m := _HALF_PAREN.match(s)):
        # "1)" under "3. Các chỉ tiêu chủ yếu": a list of its own under the open item, its marks not the item's
        # (tried first; where no item is open, or the list does not go on by one, it is an item)
        out.insert(0, Reading("paren", int(m.group("n")), m.end(), True, mark=")"))
    if (m := _SUBLETTER.match(s)):
        out.append(Reading("subletter", m.group("n"), m.end(), True))
    if not out and (m := _NAMED_ITEM.match(loose)):
        out.append(Reading("arabic", int(m.group("n")), m.end(), False))
    if not out and (m := (_NUMBER_LOST_LOWER if lowercase else _NUMBER_LOST).match(s)):
        out.append(Reading("arabic", 0, m.end(), False))      # 0: the number the sequence expects
    if (m := _LETTER_UPPER.match(s)) and not any(r.kind == "letter" for r in out):
        out.append(Reading("letter", m.group("n").lower(), m.end(), False))
    return lead, [r for r in out if r.value is not None or r.kind in ("appendix", "list_title")]


# ---------------------------------------------------------------- the tree


@dataclass
class _Open:
    id: str
    kind: str         # part, chapter, article, roman, arabic, decimal, letter, subletter, paren, appendix, group, row
    start: int
    heading: str
    heading_end: int
    value: int


_SENTENCE_END = re.compile(r"[.:;!?)\"”…/]\s*$")
_GROUP_LETTER = re.compile(r"[A-H]")      # a table's top groups: "A", "B" (Roman "I", "V" are not letters here)
_ATTACHED = re.compile(r"^(?P<kind>chuong trinh|ke hoach|quy dinh|quy che|de an|huong dan|dieu le|du thao bao cao|bao cao)\b")
_ATTACHED_KIND = {"chuong trinh": "programme", "ke hoach": "plan", "du thao bao cao": "report", "bao cao": "report"}
_OWN_HEADER = re.compile(r"^(?:so[ ]*:|kinh gui|[a-z ]+, ngay)")
# any other title in capitals over its own "(Ban hành kèm theo Quyết định số ...)": "BỘ CHỈ SỐ", "BỘ TIÊU CHÍ",
# "QUY TRÌNH", "TIÊU CHUẨN"; not an annex or a list, which open an appendix of this document
_ISSUED_WITH = re.compile(r"^(?:ban hanh )?kem theo (?:nghi quyet|quyet dinh|ke hoach|chi thi|chuong trinh|ket luan)\b")
_ISSUED_WITH_BRACKET = re.compile(r"\((?:ban hanh )?kem theo (?:nghi quyet|quyet dinh|ke hoach|chi thi|chuong trinh|"
                                  r"ket luan)\b")
_NOT_ATTACHED = re.compile(r"^(?:phu luc|danh muc|danh sach|bieu|bang|mau|de cuong|noi nhan|cong hoa)\b")


def attached_start(lines: list[Line], idx: int) -> str | None:
    """Does line ``idx`` (after a footer) open a document issued with this one?  Its title ("CHƯƠNG TRÌNH
    HÀNH ĐỘNG", "QUY ĐỊNH", "DỰ THẢO BÁO CÁO Kết quả ...") followed by "(Ban hành) kèm theo ...", or in
    capitals and followed by a header of its own (a number, "Kính gửi", a date line); or any other title in
    capitals right over its "(Ban hành) kèm theo Quyết định số ..." ("BỘ CHỈ SỐ").  Returns the title's kind
    word (loose key; an other title's first two words), or None."""
    stripped = lines[idx].text.strip().lstrip("#* ").strip()
    loose = Keys(stripped[:40]).loose
    m = _ATTACHED.match(loose)
    follow = lines[idx:idx + 8]
    if not m:
        # (in capitals, or with no capital at all where a copy lost them: "bộ chỉ_số" over "(ban hành_kèm theo ...")
        titled = 2 <= len(loose.split()) and len(stripped) <= 120 and not _SENTENCE_END.search(stripped) and (
            stripped.isupper() or stripped == stripped.lower())
        return " ".join(loose.split()[:2]) if titled and not _NOT_ATTACHED.match(loose) and any(
            _ISSUED_WITH.match(Keys(l.text.strip().lstrip("#*( ")[:60]).loose) for l in follow[1:5]) else None
    if not stripped[:1].isupper():
        # a text that lost its capitals ("chương trình hành động_của chính phủ" over "(kèm theo nghị quyết số
        # 147/nq-cp ...)"): the "kèm theo" line alone says it, or its bracket closing the subtitle's line where a
        # copy joined them ("chăm sóc sức khỏe tâm thần ... (ban hành kèm theo quyết định số 1847/qđ-byt ...)")
        return m.group("kind") if len(stripped) <= 120 and any(
            Keys(l.text.strip()[:30]).loose.lstrip("( ").startswith(("kem theo", "ban hanh kem theo"))
            or _ISSUED_WITH_BRACKET.search(Keys(l.text[:400]).loose) for l in follow[1:4]) else None
    if any("kèm theo" in l.text.lower() for l in follow[:7]):
        # (its title in capitals or, where a conversion lost them, a title line: "Chương trình hành động của
        # Chính phủ" over "(Kèm theo Nghị quyết số ...)")
        return m.group("kind") if stripped[:m.end()].isupper() or len(stripped) <= 120 else None
    if stripped[:m.end()].isupper() and any(_OWN_HEADER.match(Keys(l.text.strip().lstrip("#* ")[:40]).loose)
                                            for l in follow[1:]):
        return m.group("kind")
    return None


def attached_kind(lines: list[Line], footer_start: int) -> str | None:
    """The kind of a report, plan or programme issued after this document's footer (a cover letter's
    draft report), or None."""
    for idx, ln in enumerate(lines):
        if ln.start >= footer_start and ln.text.strip():
            got = attached_start(lines, idx)
            if got:
                return _ATTACHED_KIND.get(got)
    return None
_QUOTE_OPEN = re.compile(r"(?:nhu sau|sau day)[ ]*:[ ]*[“\"]?[ ]*$")
_QUOTE_CLOSE = re.compile(r"[”\"][ ]*[.;,]?[ ]*(?:/\.)?[ ]*$")
_STT = re.compile(r"^(?:s?tt|số tt|số thứ tự)\.?$")
# a table's header on one line, its cells joined by single spaces as a PDF's landscape table comes out
# ("TT Tên mỏ Vị trí Loại vật liệu Trữ lượng ..."), and the row of its column numbers ("(1) (2) (3) ...")
_STT_LINE = re.compile(r"^(?:s?tt|số tt)[ ]+(?:[^\W\d_]+[ ]+){3}")
_COLUMN_NUMBERS_LINE = re.compile(r"^(?:\(\d{1,2}\)[ ]*){3,}$")
# a row of such a table: its number, a space, its first cell ("1 Mỏ đất đắp Núi ...", "II CÁC DỰ ÁN ...")
_SPACED_ROW = re.compile(r"^(?P<n>\d{1,3}\.?|[IVXL]{1,6}\.?)[ ]+(?=[^\W\d_])")


def _blank_around(lines: list[Line], idx: int) -> bool:
    """Whether the lines on both sides of ``idx`` are blank (or absent)."""
    return all(not (0 <= k < len(lines)) or not lines[k].text.strip() for k in (idx - 1, idx + 1))


def _cuts_a_sentence(lines: list[Line], idx: int) -> bool:
    """Whether the line at ``idx``, a bare number, stands inside a sentence: the line above does not end one and
    the line below goes on in lower case (the number is the page's, not an item's; "3." with its mark is an item's)."""
    if not (0 < idx < len(lines) - 1):
        return False
    above, below = lines[idx - 1].text.rstrip(), lines[idx + 1].text.lstrip()
    if not (lines[idx].text.strip().isdigit() and above and above[-1] not in ".;:!?)"):
        return False
    # (or in figures, after a line of prose cut mid-clause: "... tỷ lệ doanh nghiệp có" ⏎ "2" ⏎ "40 - 50% ...";
    # a table's cells are short)
    return (below[:1].isalpha() and below[:1].islower()) or (below[:1].isdigit() and len(above) > 60
                                                                and above.split()[-1].islower())


def _a_cell_of_figures(lines: list[Line], idx: int, in_sequence: bool) -> bool:
    """Whether the line at ``idx``, a bare number, is a cell of a table of figures copied one cell a line, which
    has no number column to mark its rows ("Các phường" ⏎ "4" ⏎ "15" ⏎ "38"): "0" numbers nothing, an item's
    label is followed by its heading, not by another figure, and a number out of its list's sequence after two
    figures is the last figure of a row ("5" ⏎ "6" ⏎ "3" ⏎ "Tổng cộng"; a row number that goes on, "2" after a
    row's figures, stays one)."""
    if not lines[idx].text.strip().isdigit():
        return False
    if int(lines[idx].text.strip()) == 0:
        return True
    below = next((ln.text.strip() for ln in lines[idx + 1:idx + 3] if ln.text.strip()), "")
    above = [ln.text.strip() for ln in lines[max(0, idx - 2):idx]]
    return bool(FIGURE_CELL.fullmatch(below)) or (
        not in_sequence and len(above) == 2 and all(FIGURE_CELL.fullmatch(a) for a in above))


_MARK = re.compile(r"^[ #>*]*[0-9A-Za-zđĐ]{1,4}[ ]*(?P<mark>[-.–—:)])")


def _mark(line: str) -> str:
    """The mark after a line's label: "-" for "b- định hướng", ")" for "b) ...", "" when none."""
    m = _MARK.match(line)
    return {"–": "-", "—": "-"}.get(m.group("mark"), m.group("mark")) if m else ""


def _is_upper(s: str) -> bool:
    letters = [c for c in s[:80] if c.isalpha()]
    return len(letters) >= 3 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


class _Tree:
    def __init__(self, text: str, lines: list[Line], lowercase: bool):
        self.text, self.lines, self.lowercase = text, lines, lowercase
        self.found: list[_Open] = []
        self.rows: list[tuple[_Open, _Open, _Open | None]] = []
        self.last: dict[str, object] = {}      # parent id + kind -> last value of its list
        self.container: _Open | None = None    # part, chapter or appendix
        self.article: _Open | None = None
        self.top: _Open | None = None          # the current Roman part, article or container
        self.arabic: _Open | None = None
        self.decimals: list[_Open] = []
        self.letter: _Open | None = None
        self.quote: _Open | None = None        # the clause an amendment quotes under
        self.quote_lines = 0
        self.appendix_count = 0
        self.in_appendix = False
        self.table_mode = False
        self.spaced_rows = False               # the table's header and rows are lines of cells joined by spaces
        self.row_expected = 1
        self.group: _Open | None = None
        self.letter_group: _Open | None = None   # a table's letter group ("A", "B") above its Roman ones
        self.romans_ahead: list[int] = []      # line indexes of upper-case Roman-like headings
        self.readings_at: dict[int, tuple[int, list[Reading]]] = {}     # every labelled line's readings

    # ---- helpers
    def _prev_closed(self, idx: int) -> bool:
        """The line before is blank, a heading, or ends a sentence: a new item may start here."""
        j = idx - 1
        if j < 0 or not self.lines[j].text.strip():
            return True
        prev = self.lines[j].text.rstrip()
        return bool(_SENTENCE_END.search(prev)) or len(prev) < 40 or _is_upper(prev)

    def _heading_like(self, idx: int, heading: str) -> bool:
        h = heading.lstrip("“\"'(*")
        starts_well = (not h) or h[:1].isupper() or h[:1].isdigit() or self.lowercase
        return starts_well and self._prev_closed(idx)

    def _add(self, sid: str, kind: str, pos: int, heading: str, heading_end: int, value) -> _Open:
        sec = _Open(sid, kind, pos, heading, heading_end, value)
        self.found.append(sec)
        return sec

    def _reset_below_top(self):
        self.arabic, self.decimals, self.letter = None, [], None

    def _next_in_list(self, parent: str, kind: str, n: int, heading_ok: bool, exact: bool = True) -> int | None:
        """The number an item gets in its list, or None when it fits no sequence."""
        key = f"{parent}|{kind}"
        last = self.last.get(key, 0)
        if n == last + 1 or (n == 1 and last == 0):
            got = n
        elif n == 1:
            got = 1                      # a list restarting: the id repeats and the first one holds it
        elif n <= last and exact and heading_ok:
            got = last + 1               # a duplicate (OCR, typing): follow the sequence
        elif last < n <= last + 3 and heading_ok:
            got = n                      # a gap: kept as printed
        else:
            return None
        self.last[key] = max(got, last) if got != 1 else max(last, 1)
        return got

    # ---- readings
    def feed(self, idx: int, ln: Line, readings: list[Reading], lead: int) -> None:
        s = ln.text[lead:]
        for r in readings:
            pos = ln.start + lead
            heading = s[r.label_end:].strip()
            heading_end = ln.end
            if r.alone or not heading:
                nxt = next((k for k in range(idx + 1, min(idx + 3, len(self.lines))) if self.lines[k].text.strip()), None)
                if nxt is not None and not read_label(self.lines[nxt].text, lowercase=self.lowercase, line_loose=self.lines[nxt].loose)[1]:
                    heading, heading_end = self.lines[nxt].text.strip(), self.lines[nxt].end
            if self._take(idx, r, pos, heading, heading_end):
                break

    def open_quote(self, idx: int, ln: Line) -> None:
        """"... Điều 10 như sau:" ⏎ "“2. ...": the quoted clauses hang under the amending one."""
        if not self.found or not _QUOTE_OPEN.search(Keys(ln.text[-40:], loose=None if ln.loose is None else ln.loose[-40:]).loose):
            return
        nxt = next((l for l in self.lines[idx + 1:idx + 3] if l.text.strip()), None)
        if ln.text.rstrip().endswith(("“", '"')) or (nxt is not None and nxt.text.lstrip(" #*").startswith(("“", '"'))):
            self.quote, self.quote_lines = self.found[-1], 0

    def quoted(self, idx: int, ln: Line, readings: list[Reading], lead: int) -> None:
        """A line inside a quoted amendment (DOMAIN.md 4b): its numbers hang under the amending clause;
        a quoted "Điều 10." is the amended article, not a section of this document."""
        q = self.quote
        for r in readings:
            if r.kind == "article":
                break
            if r.kind in ("arabic", "decimal", "letter", "paren"):
                parent = q
                if r.kind in ("letter", "paren") and self.arabic is not None and self.arabic.id.startswith(q.id + "."):
                    parent = self.arabic
                n = r.value[-1] if r.kind == "decimal" else r.value
                sec = self._add(f"{parent.id}.{n}", r.kind, ln.start + lead, ln.text[lead + r.label_end:].strip(),
                                ln.end, n if isinstance(n, int) else LETTERS.find(n))
                if r.kind in ("arabic", "decimal"):
                    self.arabic = sec
                break
        self.quote_lines += 1
        if _QUOTE_CLOSE.search(ln.text) or self.quote_lines > 80:
            self.quote = None

    def _take(self, idx: int, r: Reading, pos: int, heading: str, heading_end: int) -> bool:
        kind = r.kind
        if kind == "article":
            # articles are numbered through the whole document, across its chapters ("Chương II" goes
            # on with "Điều 4"); the chapter is in the id ("II.D4")
            prefix = f"{self.container.id}." if self.container and self.container.kind in ("chapter", "part", "phan") else ""
            n = self._next_in_list("root", "article", r.value, True)
            if n is None:
                return False
            self.article = self._add(f"{prefix}{r.mark}{n}", "article", pos, heading, heading_end, n)
            self.top = self.article
            self._reset_below_top()
            self.last.pop(f"{self.article.id}|roman", None)
            return True
        if kind == "chapter":
            if self.in_appendix:
                return False
            self.container = self._add(to_roman(r.value), "chapter", pos, heading, heading_end, r.value)
            self.top, self.article = self.container, None
            self._reset_below_top()
            return True
        if kind == "phan":
            # "PHẦN THỨ NHẤT" over "I. KẾT QUẢ", "II. HẠN CHẾ" ...: the parts inside it are its own (P1.I, P1.II);
            # "Phần 3." numbered in digits, in a document numbered "1.", "1.1." ..., is P3 (its "1.1." is P3.1.1)
            if self.in_appendix or not (r.mark == "arabic" or self._romans_inside(idx)):
                return False
            self.container = self._add(f"P{r.value}", "phan", pos, heading, heading_end, r.value)
            self.top, self.article = self.container, None
            self._reset_below_top()
            return True
        if kind == "part":
            if self.in_appendix:
                return False
            if not self.lowercase and not (_is_upper(heading) or r.alone) \
                    and (r.exact or not self._sentence_case_part(idx, heading, r)):
                return False
            if self.lowercase and (self.top is not None and self.top.kind != "part") \
                    and not self._continues_parts(idx, r):
                return False             # "a." under an open item is a letter
            n = self._next_in_list("root", "part", r.value, True)
            if n is None or n != r.value:
                return False
            self.container = self._add(chr(64 + n), "part", pos, heading, heading_end, n)
            self.top, self.article = self.container, None
            self._reset_below_top()
            return True
        if kind == "roman":
            return self._roman(idx, r, pos, heading, heading_end)
        if kind == "decimal":
            return self._decimal(idx, r, pos, heading, heading_end)
        if kind == "arabic":
            parent = self.top
            pid = parent.id if parent else "root"
            if r.value == 0:
                expected = self.last.get(f"{pid}|arabic", 0) + 1
                if not self._next_label_is(idx, expected + 1, ahead=60):
                    return False
                r = Reading("arabic", expected, r.label_end, False)
            if not r.exact and r.value != self.last.get(f"{pid}|arabic", 0) + 1:
                return False             # "5," is item 5 only where item 5 is next
            if r.alone and r.value < self.last.get(f"{pid}|arabic", 0) and _blank_around(self.lines, idx):
                return False             # "2" alone between blank lines after item 5: a page number, no item
            if r.alone and _cuts_a_sentence(self.lines, idx):
                return False             # "... bờ sông Tiền" ⏎ "3" ⏎ "đoạn qua ấp ...": a page number inside a sentence
            if r.alone and _a_cell_of_figures(self.lines, idx, r.value == self.last.get(f"{pid}|arabic", 0) + 1):
                return False             # "Các phường" ⏎ "4" ⏎ "15": a table's figures, no item
            n = self._next_in_list(pid, "arabic", r.value, self._heading_like(idx, heading))
            if n is None:
                return False
            prefix = f"{parent.id}." if parent else ""
            self.arabic = self._add(prefix + str(n), "arabic", pos, heading, heading_end, n)
            self.decimals, self.letter = [], None
            return True
        if kind == "letter":
            parent = self.decimals[-1] if self.decimals else (self.arabic or self.top)
            if parent is None:
                return False
            last = self.last.get(f"{parent.id}|letter")
            if not r.exact and (last is None or LETTERS.find(r.value) != LETTERS.find(last) + 1):
                return False             # "I)" is the letter l only after k, "C." the letter c only after b
            if not self._letter_fits(parent.id, r.value, idx, heading):
                return False
            self.letter = self._add(f"{parent.id}.{r.value}", "letter", pos, heading, heading_end,
                                    LETTERS.find(r.value))
            return True
        if kind == "subletter":
            # "b1)" under "b)": numbered from 1 under its own letter
            parent, n = self.letter, int(r.value[1:])
            if parent is None or not parent.id.endswith("." + r.value[0]):
                return False
            key = f"{parent.id}|subletter"
            if n != self.last.get(key, 0) + 1:
                return False
            self.last[key] = n
            self._add(f"{parent.id}.{r.value}", "subletter", pos, heading, heading_end, n)
            return True
        if kind == "paren":
            parent = self.letter or (self.decimals[-1] if self.decimals else None) or self.arabic or self.top
            if parent is None:
                return False
            if r.mark == ")":
                key = f"{parent.id}|half paren"
                if parent is self.top or r.value != self.last.get(key, 0) + 1:
                    return False
                self.last[key] = r.value
            self._add(f"{parent.id}.{r.value}", "paren", pos, heading, heading_end, r.value)
            return True
        return False

    def _letter_fits(self, parent: str, ch: str, idx: int, heading: str) -> bool:
        key = f"{parent}|letter"
        last = self.last.get(key)
        i = LETTERS.find(ch)
        ok = (last is None and ch == "a") or (last is not None and 0 < i - LETTERS.find(last) <= 2) or ch == "a"
        if not ok and self._heading_like(idx, heading) and (last is None or i > LETTERS.find(last)):
            ok = last is not None and i - LETTERS.find(last) <= 4
        if ok:
            self.last[key] = ch
        return ok

    def _roman(self, idx: int, r: Reading, pos: int, heading: str, heading_end: int) -> bool:
        container = self.article or self.container   # an open article is inside the open container
        pid = container.id if container else "root"
        key = f"{pid}|roman"
        last = self.last.get(key, 0)
        v = r.value
        if not r.exact:
            # an OCR misreading is only a part where the sequence expects that part, on a heading
            # a numeral no item is numbered with ("1V.", "li.", "| -", "H."), or a "1." whose next label is item 1
            # again, is the part the sequence expects, whatever the case of its heading
            token = re.match(r"[^\s.\-–—:)]*", self.lines[idx].text.lstrip(" #>*")).group(0)
            not_an_item = not token.isdigit() or (v == 1 and self._next_label_is(idx, 1))
            if v != last + 1 or not (_is_upper(heading) or r.alone or self.lowercase or not_an_item):
                return False
            if v == 1 and not self._roman_ahead(idx, 2) and not self.lines[idx].text.lstrip(" #>").startswith("l"):
                return False             # "1- MỤC TIÊU" with no part II to come: item 1 (an "l." is no item)
            if v == 1 and not (_is_upper(heading) or r.alone or not_an_item) and self._second_is_arabic(idx):
                return False             # lower-cased "1- ..." followed by "2- ..." before "ii- ...": item 1
        else:
            if self.lowercase and v != last + 1 and not (v == 1 and last == 0):
                return False             # "v." / "x." in a lower-cased text: a letter unless it continues the parts
            if v <= last:
                v = last + 1             # a duplicate ("I, I, II"): follow the sequence
            elif v > last + 3 and not _is_upper(heading):
                return False             # "thế kỷ" ⏎ "XXI." wrapped onto a line of its own: no part XXI after II
        self.last[key] = v
        prefix = f"{container.id}." if container else ""
        self.top = self._add(prefix + to_roman(v), "roman", pos, heading, heading_end, v)
        self._reset_below_top()
        return True

    def _sentence_case_part(self, idx: int, heading: str, r: Reading) -> bool:
        """"A- Tình hình và nguyên nhân" is part A when it reads as a title (short, no sentence in it, after
        a closed line) where the parts' sequence expects it: the first part before any other section, or
        the part after the last one ("C. Kiểm tra thực tế" between points "b." and "d." is no part)."""
        parts = [s for s in self.found if s.kind == "part"]
        expected = r.value == parts[-1].value + 1 if parts else r.value == 1 and not self.found
        title = len(heading) <= 120 and ". " not in heading and not heading.rstrip("*").endswith((".", ";", ","))
        return expected and title and self._prev_closed(idx)

    def _continues_parts(self, idx: int, r: Reading) -> bool:
        """In a lower-cased text, "c- tổ chức thực hiện" after parts "a-" and "b-" is part C even under
        an open item: it continues the parts, with the mark they were printed with (a dash or a dot,
        never the ")" of points), at the start of a line that follows a closed one."""
        parts = [s for s in self.found if s.kind == "part"]
        if not parts or r.value != parts[-1].value + 1 or not self._prev_closed(idx):
            return False
        return _mark(self.lines[idx].text) == _mark(self.text[parts[-1].start:parts[-1].start + 8]) != ")"

    def _next_label_is(self, idx: int, value: int, ahead: int = 40) -> bool:
        """Whether the next numbered line after ``idx``, within ``ahead`` lines, is item ``value`` ("1. Đặc điểm" ⏎
        "1. Bối cảnh": the first is OCR's "I."; ". Di dời ..." ⏎ "- ..." ⏎ "4. Quan trắc": the first is item 3)."""
        for k in range(idx + 1, min(idx + ahead, len(self.lines))):
            _, rs = read_label(self.lines[k].text, lowercase=self.lowercase, line_loose=self.lines[k].loose)
            if rs:
                return any(x.kind == "arabic" and x.value == value for x in rs)
        return False

    def _second_is_arabic(self, idx: int) -> bool:
        """Whether, after ``idx``, a line labelled 2 as an item ("2- ...") comes before one labelled II."""
        for k in range(idx + 1, len(self.lines)):
            _, rs = read_label(self.lines[k].text, lowercase=self.lowercase, line_loose=self.lines[k].loose)
            kinds = {x.kind for x in rs if x.value == 2}
            if "roman" in kinds:
                return False
            if "arabic" in kinds:
                return True
        return False

    def _romans_inside(self, idx: int) -> bool:
        """Whether a part "I." with a heading follows the "Phần" at line ``idx`` before the next "Phần"."""
        for k, (_, rs) in self.readings_at.items():       # (in line order: filled line by line)
            if k <= idx:
                continue
            if any(r.kind == "phan" for r in rs):
                return False
            if any(r.kind == "roman" and r.exact and not r.alone for r in rs):
                return any(r.kind == "roman" and r.value == 1 for r in rs)
        return False

    def _roman_ahead(self, idx: int, value: int) -> bool:
        for k in self.romans_ahead:
            if k > idx:
                _, rs = read_label(self.lines[k].text, lowercase=self.lowercase, line_loose=self.lines[k].loose)
                if any(r.kind == "roman" and r.value == value for r in rs):
                    return True
        return False

    def _decimal(self, idx: int, r: Reading, pos: int, heading: str, heading_end: int) -> bool:
        parts = list(r.value)
        prefix = f"{self.top.id}." if self.top else ""
        parent = prefix + ".".join(map(str, parts[:-1]))
        n = self._next_in_list(parent, "decimal", parts[-1], self._heading_like(idx, heading))
        if n is None:
            return False
        if self.arabic is not None and parts[0] > self.arabic.value + 3:
            return False                 # "12.5 triệu ..." far from the items around it
        parts[-1] = n
        sec = self._add(prefix + ".".join(map(str, parts)), "decimal", pos, heading, heading_end, n)
        self.decimals = [sec]
        self.letter = None
        return True

    # ---- appendices and their tables
    def appendix(self, idx: int, ln: Line, r: Reading, pos: int) -> None:
        self.appendix_count += 1
        n = r.value or self.appendix_count
        self.container = self._add(f"PL{n}", "appendix", pos, ln.text.strip(), ln.end, n)
        self.appendix_count = max(self.appendix_count, n)
        self.top, self.article = self.container, None
        self._reset_below_top()
        self.in_appendix, self.table_mode, self.row_expected, self.group = True, False, 1, None
        self.letter_group = None

    def table_rows(self, table) -> None:
        """The rows of an appendix's table (:mod:`nlpolicy.tables`): ``PL1.<row>``, group rows kept
        for ``PL1.<group>.<row>`` when the numbering restarts in each group."""
        app = self.container
        group = letter = None
        last = self.found[-1] if self.found else None
        if last is not None and last.kind == "roman" and last.id.startswith(app.id + ".") \
                and not any(r.group for r in table.rows):
            # a table under its part's own title ("I. PHẦN CÔNG VIỆC ĐÃ THỰC HIỆN" ⏎ "STT | ..."): its rows are
            # that part's, as a group row's are
            group = last
        prev = 0
        for row in table.rows:
            if row.number is None:
                continue
            title = next((c for c in row.cells if c.role.value == "task"),
                         next((c for c in row.cells if c.role.value != "number"), None))
            heading, heading_end = (title.text, title.end) if title else ("", row.end)
            number = row.number.strip().rstrip(".")
            if row.group and _GROUP_LETTER.fullmatch(number):
                # "A", "B": groups above the Roman ones ("A | Hàng hóa ... cả nước", "I | Bình ổn giá", "1 | Xăng")
                letter = group = _Open(f"{app.id}.{number}", "group", row.start, heading, heading_end,
                                       ord(number) - 64)
                self.found.append(letter)
                continue
            rv = roman_value(number.upper()) if number.islower() else roman_value(number)   # ("ii" lower-cased)
            if row.group and rv:
                above = letter.id if letter is not None else app.id
                group = _Open(f"{above}.{to_roman(rv)}", "group", row.start, heading, heading_end, rv)
                self.found.append(group)
                prev = 0                 # (a group's rows may number from 1 again)
                continue
            ocr = number.translate(OCR_DIGITS)
            if number != ocr and ocr.isdigit() and int(ocr) == prev + 1:
                number = ocr             # "l" for 1, "1O" for 10: OCR's digits, where the next row stands
            if not re.fullmatch(r"\d{1,3}(?:\.\d{1,3})*", number):
                continue                 # a group row named by a letter, or no number at all
            parts = number.split(".")
            prev = int(parts[-1]) if len(parts) == 1 else prev
            sec = _Open(f"{app.id}.{number}", "row", row.start, heading, heading_end, int(parts[-1]))
            self.found.append(sec)
            if len(parts) == 1:
                self.rows.append((app, sec, group))
        self.table_mode = False

    def body_table_rows(self, table) -> bool:
        """The numbered rows of a table in the body hang under the item that holds it ("3. Mục tiêu
        dự án:" over "TT | Mục tiêu hoạt động | Mã ngành": ``D1.3.1``, ``D1.3.2`` ...), as an
        appendix's rows hang under it; its numbers are no items of the body's own lists.  False
        when the table has no numbered row of its own (nothing is taken)."""
        numbered = [r for r in table.rows if not r.group and r.number is not None
                    and re.fullmatch(r"\d{1,3}", r.number.strip().rstrip("."))]
        if not numbered:
            return False
        parent = self.found[-1]
        values = [int(r.number.strip().rstrip(".")) for r in numbered]
        # group rows ("A | Chỉ tiêu kinh tế", "I | ...") whose rows number from 1 again: rows hang under them
        nest = any(b <= a for a, b in zip(values, values[1:]))
        group = None
        for row in table.rows:
            if row.number is None:
                continue
            number = row.number.strip().rstrip(".")
            title = next((c for c in row.cells if c.role.value == "task"),
                         next((c for c in row.cells if c.role.value != "number"), None))
            heading, heading_end = (title.text, title.end) if title else ("", row.end)
            if nest and row.group and (_GROUP_LETTER.fullmatch(number) or roman_value(number)):
                label = number if _GROUP_LETTER.fullmatch(number) else to_roman(roman_value(number))
                value = ord(number) - 64 if _GROUP_LETTER.fullmatch(number) else roman_value(number)
                group = _Open(f"{parent.id}.{label}", "group", row.start, heading, heading_end, value)
                self.found.append(group)
                continue
            if row.group or not re.fullmatch(r"\d{1,3}", number):
                continue
            n = int(number)
            above = group.id if nest and group is not None else parent.id
            self.found.append(_Open(f"{above}.{n}", "row", row.start, heading, heading_end, n))
        return True

    def table_line(self, idx: int, ln: Line, s: str, pos: int) -> bool:
        """A line of an appendix table: the STT header, group rows, numbered rows.  Rows arrive one
        cell per line (Word tables as text) or on one line with " | " between cells (pipe tables)."""
        app = self.container
        piped = " | " in s
        first = s.split(" | ")[0].strip() if piped else s
        spaced = not piped and bool(_STT_LINE.match(first.lower()))
        if spaced or _STT.match(first.lower()):
            self.table_mode, self.row_expected, self.group, self.letter_group = True, 1, None, None
            self.spaced_rows = spaced
            return True
        if not self.table_mode or app is None:
            return False
        if _COLUMN_NUMBERS_LINE.match(s):
            return True       # "(1) (2) (3) ...": the columns' numbers, again after a page break
        if not piped and self.spaced_rows and (m := _SPACED_ROW.match(s)):
            first, title, title_end = m.group("n"), s[m.end():], ln.end    # "1 Mỏ đất đắp Núi Gò Cà ..."
            if roman_value(first.rstrip(".")) and not title[:4].isupper():
                return False  # "I Mỏ ...": a word, no group row in capitals
        elif piped:
            rest = s.split(" | ", 1)[1].strip(" |")
            title, title_end = rest, ln.end
        else:
            nxt = next((l for l in self.lines[idx + 1:] if l.text.strip()), None)
            title, title_end = (nxt.text.strip(), nxt.end) if nxt else ("", ln.end)
        if _GROUP_LETTER.fullmatch(first.rstrip(".")) and title and not title[:1].isdigit():
            self.group = self.letter_group = _Open(f"{app.id}.{first.rstrip('.')}", "group", pos, title,
                                                   title_end, ord(first[0]) - 64)
            self.found.append(self.group)
            return True
        rv = roman_value(first.rstrip("."))
        if rv and re.fullmatch(r"[IVXL]{1,6}\.?", first):
            above = self.letter_group.id if self.letter_group is not None else app.id
            self.group = _Open(f"{above}.{to_roman(rv)}", "group", pos, title, title_end, rv)
            self.found.append(self.group)
            return True
        m = re.fullmatch(r"(\d{1,3})\.?", first)
        if m and (int(m.group(1)) == self.row_expected or (self.group is not None and int(m.group(1)) == 1)):
            n = int(m.group(1))
            sec = _Open(f"{app.id}.{n}", "row", pos, title, title_end, n)
            self.found.append(sec)
            self.rows.append((app, sec, self.group))
            self.row_expected = n + 1
            return True
        return False


_QUESTION_ID = re.compile(r"(?:[IVXL]+\.)?C\d+")    # a question's ("Câu hỏi 3" is "C3")
_ARTICLE_ID = re.compile(r"(?:[IVXL]+\.)?D\d+")     # the id :meth:`_take` gives an article: "D4", "II.D4"


def label_end(text: str, section: Section) -> int:
    """Where the heading of ``section`` starts, after its number as the parser read it ("VH." that a scan
    printed for VII, "1V", "b1)", "Điều 3."): every stage that reads a heading's words starts here,
    instead of reading the number again with a pattern of its own."""
    h = section.heading
    if not h:
        return section.heading_end          # a label alone, its heading lost
    k = section.heading_end - len(h)
    return k if k >= section.start and text[k:section.heading_end] == h else section.start


def is_article(section: Section) -> bool:
    """Whether the section is an article ("Điều 4"), in or out of a chapter."""
    return _ARTICLE_ID.fullmatch(section.id) is not None


def parse_sections(text: str, lines: list[Line], body_start: int, footer_start: int,
                   *, lowercase: bool | None = None, tables: tuple = ()) -> list[Section]:
    """The section tree from numbered lines in the body and in appendices after the footer.

    ``tables`` (:func:`nlpolicy.tables.find_tables` of the text) give the rows of an appendix's
    table (``PL1.<row>``, ``PL1.<group>.<row>``) in whatever layout the table arrived."""
    if lowercase is None:
        from nlpolicy.matching import is_lowercased
        lowercase = is_lowercased(text)
    tree = _Tree(text, lines, lowercase)
    attached = False
    readings_at = tree.readings_at
    for idx, ln in enumerate(lines):
        if ln.start < body_start or not ln.text.strip():
            continue
        lead, rs = read_label(ln.text, lowercase=lowercase, line_loose=ln.loose)
        if rs:
            readings_at[idx] = (lead, rs)
            if any(r.kind == "roman" for r in rs):
                tree.romans_ahead.append(idx)

    # an ordinal word numbers an item only in a run of them, a line each ("Một là, ..." ⏎ ... ⏎ "Hai là, ..."), not
    # in a paragraph that counts its lessons inline ("Một là, ... Hai là, ...")
    runs = [(k, rs[0].value) for k, (_, rs) in readings_at.items() if rs[0].mark == "là"]
    parts = tree.romans_ahead

    def in_run(a: tuple[int, int], b: tuple[int, int]) -> bool:     # b goes on from a, in the same part
        return b[1] == a[1] + 1 and bisect.bisect_right(parts, a[0]) == bisect.bisect_right(parts, b[0])

    for j, here in enumerate(runs):
        if not ((j and in_run(runs[j - 1], here)) or (j + 1 < len(runs) and in_run(here, runs[j + 1]))):
            del readings_at[here[0]]

    pending = sorted(tables, key=lambda t: t.start)
    skip_to = -1
    for idx, ln in enumerate(lines):
        if ln.start < body_start or ln.start < skip_to:
            continue
        stripped = ln.text.strip()
        if not stripped or PLACEHOLDER.match(stripped):
            continue
        while pending and pending[0].end <= ln.start:
            pending.pop(0)
        if tree.in_appendix and pending and pending[0].start <= ln.end and pending[0].rows \
                and tree.container is not None and pending[0].start >= tree.container.start:
            table = pending.pop(0)
            tree.table_rows(table)
            skip_to = table.end
            continue
        if not tree.in_appendix and (ln.start < footer_start or attached) and pending and pending[0].start <= ln.end \
                and tree.found and pending[0].start >= tree.found[-1].heading_end and tree.body_table_rows(pending[0]):
            skip_to = pending.pop(0).end
            continue
        lead, rs = readings_at.get(idx, (len(ln.text) - len(ln.text.lstrip(" #")), []))
        pos = ln.start + lead
        in_footer = footer_start <= ln.start and not tree.in_appendix and not attached
        if in_footer and not tree.in_appendix and attached_start(lines, idx):
            attached = True
            tree.container = tree.top = tree.article = None
            tree._reset_below_top()
            tree.last = {}
            continue
        app = next((r for r in rs if r.kind == "appendix"), None)
        if app is not None and app.value is None and tree.table_mode and tree.rows \
                and tree.rows[-1][0] is tree.container and "/" in stripped:
            continue   # "Phụ lục Kế hoạch số 214/KH-UBND" over a page of the table: the page's running header
        if app is not None and _appendix_heading(stripped, app) and (
                ln.start >= footer_start or _annexed(lines, idx) or tree.in_appendix):
            tree.appendix(idx, ln, app, pos)
            continue
        # (in an appendix, a second title opens another only after the first has content and with its own "Kèm
        # theo ..." line: "Biểu mẫu" after the outline; "PHỤ LỤC" ⏎ "DANH MỤC ..." ⏎ "(Kèm theo ...)" is one)
        if any(r.kind == "list_title" for r in rs) and (ln.start >= footer_start or tree.found) \
                and (not tree.in_appendix or (tree.found[-1].kind != "appendix" and _annexed(lines, idx, 3, by_table=False))) \
                and _annexed(lines, idx, 4):
            tree.appendix(idx, ln, Reading("appendix", None, 0, True), pos)
            continue
        if in_footer:
            continue
        if tree.in_appendix and tree.table_line(idx, ln, stripped, pos):
            continue
        if tree.quote is not None:
            tree.quoted(idx, ln, rs, lead)
            continue
        if not rs and tree.article is not None and _QUESTION_ID.fullmatch(tree.article.id) and stripped.isupper() \
                and len(stripped) <= 80 and not _SENTENCE_END.search(stripped):
            # a heading in capitals after the last answer ("TỔ CHỨC THỰC HIỆN") ends the questions: its items are
            # the document's own ("1.", not "C15.1")
            tree.top, tree.article = tree.container, None
            tree._reset_below_top()
        if rs:
            tree.feed(idx, ln, rs, lead)
        tree.open_quote(idx, ln)

    _number_rows(tree.found, tree.rows)
    return _close(text, tree.found, footer_start)


def _appendix_heading(line: str, reading: Reading) -> bool:
    """"PHỤ LỤC 01", "Phụ lục II: DANH MỤC ...", not a sentence that mentions one ("Phụ lục 01 kèm theo
    Quy định này.")."""
    rest = line[reading.label_end:].strip() if reading.label_end <= len(line) else ""
    if len(line) >= 120 or "kèm theo" in Keys(line).key:
        return False
    return not rest or rest.isupper() or not rest.rstrip().endswith(".")


def _annexed(lines: list[Line], idx: int, ahead: int = 6, by_table: bool = True) -> bool:
    """An appendix heading is followed by "(Kèm theo ...)" / "Ban hành kèm theo" or (``by_table``) a table header
    ("STT" alone on its line, as a Word table is copied, or as a pipe row's first cell: "STT | Chỉ tiêu | ...")."""
    for l in lines[idx + 1:idx + 1 + ahead]:
        k = Keys(l.text[:200]).loose
        if "kem theo" in k or (by_table and _STT.match(k.split("|")[0].strip())):
            return True
    return False


def _number_rows(found: list[_Open], rows: list[tuple[_Open, _Open, _Open | None]]) -> None:
    """Rows are ``PL1.<row>``; when their numbers restart inside groups, ``PL1.<group>.<row>``
    (DOMAIN.md section 3).  A group row is a section either way ("I | Nâng cao nhận thức ..." is
    ``PL1.I``, as three annotators read tables numbered through), holding its own line only."""
    by_app: dict[str, list[tuple[_Open, _Open | None]]] = {}
    for app, row, grp in rows:
        by_app.setdefault(app.id, []).append((row, grp))
    for items in by_app.values():
        nums = [r.value for r, _ in items]
        if not all(g is not None for _, g in items):
            continue
        # restarting in each group; or the rows of one group only, from 1 ("I | Thu nội địa", "1 | ...", ..., "II |
        # Thu từ xuất nhập khẩu" with none): nothing numbers through a group
        firsts = [r.value for k, (r, g) in enumerate(items) if k == 0 or items[k - 1][1] is not g]
        if len(set(nums)) < len(nums) or (len(firsts) == 1 and firsts[0] == 1 and len(items) > 1):
            for r, g in items:
                r.id = f"{g.id}.{r.value}"


def _close(text: str, found: list[_Open], footer_start: int) -> list[Section]:
    """Ends and levels: a section runs until the next one that its id does not contain."""
    out: list[Section] = []
    seen: set[str] = set()
    ids = {s.id for s in found}
    for i, s in enumerate(found):
        limit = footer_start if s.start < footer_start else len(text)
        end = limit
        for t in found[i + 1:]:
            if not t.id.startswith(s.id + ".") or (s.kind != "row" and t.kind == "appendix"):
                end = min(t.start, limit)
                break
        if s.id in seen:
            continue  # a repeated number (a list restarting): the first one holds the id
        seen.add(s.id)
        parts = s.id.split(".")
        level = 1 + sum(".".join(parts[:k]) in ids for k in range(1, len(parts)))
        out.append(Section(id=s.id, heading=s.heading, start=s.start, end=max(end, s.heading_end),
                           level=level, heading_end=s.heading_end))
    return out
