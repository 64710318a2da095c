"""Agency mentions, canonicalised through the lexicon in ``resources/agencies.tsv``.

A spaCy pipeline (``spacy.blank("xx")``) runs over the document's matching key
(lower case, one tone convention, same length as the text, so token offsets are
text offsets).  Its component ``nlpolicy_agency_ruler`` holds a PhraseMatcher fed
from the lexicon files; a second pass widens a mention over a place name
("UBND xã Yên Bình", "Sở Công Thương tỉnh Lào Cai").  Coordinated lists are split
by the lexicon, not by commas: "các huyện, thị, thành ủy" is one alias that
expands to Huyện ủy, Thị ủy and Thành ủy, while "Ban Chính sách, chiến lược
Trung ương" is one body.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from nlpolicy.normalize import match_key


@dataclass(frozen=True)
class LexEntry:
    names: tuple[str, ...]     # canonical name(s); several when an alias names a list
    kind: str                  # body | collective | person
    level: str


@dataclass(frozen=True)
class AgencyMention:
    start: int
    end: int
    text: str
    names: tuple[str, ...]
    kind: str


def _read_tsv(name: str) -> list[list[str]]:
    rows = []
    for line in resources.files("nlpolicy.resources").joinpath(name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(line.split("\t"))
    return rows


def _by_level(canonical: str, level: str) -> str:
    """"@province=Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh@central=Mặt trận Tổ quốc Việt Nam": a bare
    "Mặt trận" is the provincial committee in a provincial document and the national one in a
    central document."""
    if not canonical.startswith("@"):
        return canonical
    options = dict(part.split("=", 1) for part in canonical.strip("@").split("@"))
    return options.get(level) or next(iter(options.values()))


@lru_cache(maxsize=2)
def lexicon(level: str = "province") -> dict[str, LexEntry]:
    """Surface form (matching key) -> entry, for a document of ``level`` ("province" or "central")."""
    lex: dict[str, LexEntry] = {}
    for row in _read_tsv("agencies.tsv"):
        canonical, aliases, kind, level_col = (row + ["", "", ""])[:4]
        canonical = _by_level(canonical, level)
        entry = LexEntry(tuple(canonical.split(";")), kind or "body", level_col or "any")
        for alias in [canonical if ";" not in canonical else None, *aliases.split("|")]:
            if alias:
                lex.setdefault(match_key(alias.strip()), entry)
                if " và " in alias:   # "Sở Khoa học & Công nghệ"
                    lex.setdefault(match_key(alias.strip().replace(" và ", " & ")), entry)
        if level_col == "assembly" and ";" not in canonical:
            # the standing committee of a body, its party cell, its leaders
            for prefix, canon_prefix in (("Thường trực ", "Thường trực "), ("Tổ đảng ở Thường trực ", "Tổ đảng ở Thường trực "),
                                         ("Đảng ở Thường trực ", "Tổ đảng ở Thường trực "),  # a frequent slip for "Tổ đảng ở"
                                         ("Tổ đảng ở TT ", "Tổ đảng ở Thường trực "), ("Lãnh đạo ", "")):
                e2 = LexEntry((canon_prefix + canonical,), kind or "body", "central")
                for alias in [canonical, *aliases.split("|")]:
                    if alias:
                        lex.setdefault(match_key(prefix + alias.strip()), e2)
    for row in _read_tsv("departments.tsv"):
        name, abbrs = (row + [""])[:2]
        variants = [name, *[a for a in abbrs.split("|") if a]]
        for head, level in (("Sở", "province"), ("Bộ", "central")):
            entry = LexEntry((f"{head} {name}",), "body", level)
            for v in variants:
                lex.setdefault(match_key(f"{head} {v}"), entry)
                if " và " in v:
                    lex.setdefault(match_key(f"{head} {v.replace(' và ', ' & ')}"), entry)
            lex.setdefault(match_key(f"Giám đốc {head} {name}"), entry)
            lex.setdefault(match_key(f"{head} trưởng {head} {name}"), entry) if head == "Bộ" else None
    return lex


@lru_cache(maxsize=1)
def _nlp():
    import spacy
    from spacy.language import Language
    from spacy.matcher import PhraseMatcher

    if "nlpolicy_agency_ruler" not in Language.factories:
        @Language.factory("nlpolicy_agency_ruler")
        def make_ruler(nlp, name):  # noqa: ARG001  (spaCy's factory signature)
            return AgencyRuler(nlp)

    class AgencyRuler:
        """``__call__(doc) -> doc``: sets ``doc.spans["agency"]`` from the lexicon phrases."""

        def __init__(self, nlp):
            self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
            keys = sorted(lexicon("province"))  # the surface forms are the same at every level
            self.matcher.add("AGENCY", [nlp.make_doc(k) for k in keys])

        def __call__(self, doc):
            doc.spans["agency"] = [doc[s:e] for _, s, e in self.matcher(doc)]
            return doc

    globals()["AgencyRuler"] = AgencyRuler
    nlp = spacy.blank("xx")
    nlp.tokenizer = _word_tokenizer(nlp.vocab)
    nlp.max_length = 50_000_000   # only a tokenizer and a phrase matcher: no parser whose memory grows with length
    nlp.add_pipe("nlpolicy_agency_ruler")
    return nlp


def _word_tokenizer(vocab):
    """Words and single punctuation marks, like ``spacy.blank("xx")`` gives on this text, but
    without its language rules (they were a quarter of the extraction time): spaCy's own
    tokenizer with one-character prefixes, suffixes and infixes.  ``doc.text == text`` always,
    so token offsets are text offsets; patterns go through the same tokenizer and match alike."""
    from spacy.tokenizer import Tokenizer
    punct = r"[^\w\s]"
    return Tokenizer(vocab, prefix_search=re.compile("^" + punct).search,
                     suffix_search=re.compile(punct + "$").search,
                     infix_finditer=re.compile(punct).finditer)


# "UBND xã Yên Bình", "Ủy ban nhân dân phường Văn Phú": a commune/ward body named by its place.
_LOCAL_BODY = re.compile(r"(?:ủy ban nhân dân|ubnd)[ ]+(?P<unit>xã|phường|thị trấn|huyện|thị xã|thành phố)[ ]+(?=\S)")
_PLACE_NAME = re.compile(r"(?:[A-ZĐÀ-Ỹ][a-zđà-ỹ]*|\d{1,2})(?:[ ]+(?:[A-ZĐÀ-Ỹ][a-zđà-ỹ]*|\d{1,2}))*")
# a unit inside a department or ministry: "Phòng Quản lý Công nghiệp", "Phòng Kế hoạch - Tổng hợp",
# "Vụ Pháp chế"; its name runs to the next punctuation or role word.
_NAME_ENDS = (r"(?=\s*(?:[,;:.()\n]|và\b|chủ trì|phối hợp|thực hiện|tham mưu|theo dõi|có trách nhiệm|tổng hợp|"
              r"báo cáo|hướng dẫn|kiểm tra|đôn đốc|(?<!đầu tư )xây dựng|triển khai|rà soát|đề xuất|đẩy nhanh|khẩn trương|khảo sát|"
              r"gửi|là\b|$))")
_SUB_UNIT = re.compile(r"(?<!\w)(?:Phòng|Vụ|Cục|Chi cục)[ ](?=[A-ZĐ])(?:[A-ZĐÀ-Ỹa-zđà-ỹ]+(?:[ ]-[ ]|[ ]–[ ]|[ ])){0,5}?"
                       r"[A-ZĐÀ-Ỹa-zđà-ỹ]+" + _NAME_ENDS)
# bodies named after what they run, one per project or place: "Ban Quản lý dự án đầu tư xây dựng số 1",
# "Ban QLDA ĐTXD công trình giao thông tỉnh", "Công ty Điện lực Lào Cai"
_NAMED_BODY = re.compile(r"(?<!\w)(?:(?:Ban Quản lý dự án|Ban QLDA|BQLDA)(?:[ ][\wĐđ&]+){1,10}?" + _NAME_ENDS +
                         r"|Công ty Điện lực(?:[ ][A-ZĐÀ-Ỹ][a-zđà-ỹ]+){1,3})")
_BODY_ABBREVIATIONS = (("BQLDA", "Ban Quản lý dự án"), ("QLDA", "Quản lý dự án"), ("ĐTXD", "đầu tư xây dựng"))
# a province after a provincial body: "Sở Công Thương tỉnh Lào Cai", "UBND tỉnh Lào Cai"
_PROVINCE_TAIL = re.compile(r"[ ]+(?:tỉnh|thành phố)[ ]+(?:[A-ZĐÀ-Ỹ][a-zđà-ỹ]*)(?:[ ]+[A-ZĐÀ-Ỹ][a-zđà-ỹ]*){0,3}")
_PLACE_AFTER = re.compile(r"[ ]+[A-ZĐÀ-Ỹ][a-zđà-ỹ]+(?:[ ]+[A-ZĐÀ-Ỹ][a-zđà-ỹ]+){0,3}(?![a-zđà-ỹ])")
# a leader's title before a body stands for the body ("Tổ trưởng Tổ đảng ở Thường trực Hội đồng Dân tộc")
_LEADER_BEFORE = re.compile(r"(?:(?:Các|các)[ ]+)?(?:thành viên|Thành viên|Tổ trưởng|tổ trưởng|Trưởng|trưởng|Thủ trưởng|thủ trưởng|Lãnh đạo|lãnh đạo|Người đứng đầu|người đứng đầu|Bộ trưởng|bộ trưởng)[ ]+$")
_UNIT_NAMES = {"xã": "xã", "phường": "phường", "thị trấn": "thị trấn", "huyện": "huyện", "thị xã": "thị xã",
               "thành phố": "thành phố"}


def document_level(number: str | None, issuer: str | None) -> str:
    """"central" for documents of the Party centre, the National Assembly and the Government
    ("57-NQ/TW", "03/NQ-CP", "3260-KH/ĐĐQH15"), "province" otherwise."""
    n = number or ""
    if re.search(r"/(?:TW|BCT|BBT)$|-(?:CP|TTg|VPCP|VPTW)$|/ĐĐQH|/VPĐU$|/ĐUCP$|/BCSĐ$", n):
        return "central"
    if issuer and re.search(r"Trung ương|Bộ Chính trị|Chính phủ|Quốc hội", issuer) and "tỉnh" not in issuer.lower():
        return "central"
    return "province"


def find_agencies(text: str, key: str | None = None, start: int = 0, end: int | None = None,
                  level: str = "province") -> list[AgencyMention]:
    """Agency mentions in ``text[start:end]``, longest first, not overlapping, in order."""
    key = key if key is not None else match_key(text)
    end = len(text) if end is None else end
    if end <= start:
        return []
    nlp = _nlp()
    lex = lexicon(level)
    doc = nlp(key[start:end])
    cands: list[tuple[int, int, tuple[str, ...], str]] = []
    for span in doc.spans["agency"]:
        s, e = start + span.start_char, start + span.end_char
        entry = lex.get(key[s:e])
        if entry is None:
            continue
        cands.append((s, e, entry.names, entry.kind))
    for m in _SUB_UNIT.finditer(text, start, end):
        name = re.sub(r"\s+", " ", m.group(0)).strip()
        cands.append((m.start(), m.start() + len(m.group(0).rstrip()), (name,), "body"))
    for m in _NAMED_BODY.finditer(text, start, end):
        name = re.sub(r"\s+", " ", m.group(0)).strip()
        for short, long_ in _BODY_ABBREVIATIONS:
            name = re.sub(rf"(?<!\w){short}(?!\w)", long_, name)
        cands.append((m.start(), m.start() + len(m.group(0).rstrip()), (name,), "body"))
    for m in _LOCAL_BODY.finditer(key, start, end):
        pm = _PLACE_NAME.match(text, m.end(), end)
        if not pm or not pm.group(0)[:1].isupper():
            continue
        place = pm.group(0)
        unit = _UNIT_NAMES[m.group("unit")]
        cands.append((m.start(), pm.end(), (f"Ủy ban nhân dân {unit} {place}",), "body"))
    # keep the longest, earliest candidates
    cands.sort(key=lambda c: (c[0], -(c[1] - c[0])))
    chosen: list[tuple[int, int, tuple[str, ...], str]] = []
    last_end = -1
    for c in cands:
        if c[0] >= last_end:
            chosen.append(c)
            last_end = c[1]
        elif chosen and c[1] - c[0] > chosen[-1][1] - chosen[-1][0] and c[0] < chosen[-1][1]:
            if len(chosen) < 2 or c[0] >= chosen[-2][1]:
                chosen[-1] = c
                last_end = c[1]
    out = []
    for s, e, names, kind in chosen:
        if kind == "body" and (names[0].startswith(("Sở ", "Ủy ban nhân dân tỉnh", "Tỉnh ủy", "Công an tỉnh"))
                               or names[0].endswith(" tỉnh")):
            t = _PROVINCE_TAIL.match(text, e, end)
            if t is None and key[s:e].endswith("tỉnh"):
                t = _PLACE_AFTER.match(text, e, end)   # "Ủy ban nhân dân tỉnh Lào Cai"
            if t:
                e = t.end()
        lead = _LEADER_BEFORE.search(text, max(start, s - 40), s)
        if lead and lead.end() == s:
            s = lead.start()   # "Tổ trưởng Tổ đảng ở ...", "Các thành viên Đảng đoàn Quốc hội": the body is meant
        if not _word_boundary(key, s, e):
            continue
        out.append(AgencyMention(s, e, text[s:e], names, kind))
    return out


def _word_boundary(key: str, s: int, e: int) -> bool:
    before = key[s - 1] if s > 0 else " "
    after = key[e] if e < len(key) else " "
    return not (before.isalnum() or after.isalnum())
