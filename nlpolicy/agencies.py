"""Agency mentions: recognised by their form, named through the lexicon.

The genre names its bodies by a few forms, and this module reads the forms rather than a list of
the names one corpus happened to use:

* a **head and a domain**: "Sở" / "Bộ" + a domain of ``resources/departments.tsv`` written with any
  connector or abbreviation ("Sở NN&PTNT", "Sở Nông nghiệp và PTNT", "Bộ Văn hóa, Thể thao và Du
  lịch"), then optionally the level and the place ("Sở Khoa học và Công nghệ tỉnh Gia Lai" ->
  "Sở Khoa học và Công nghệ"); one head may cover a list ("các Sở: Tài chính, Xây dựng");
* a **body, a level and a place** (``agency_bodies.tsv``): "UBND huyện Mèo Vạc" -> "Ủy ban nhân dân
  huyện Mèo Vạc", "Công an tỉnh Gia Lai" -> "Công an tỉnh", "Ủy ban nhân dân các cấp" (collective);
* a **part or a head of an owner** (``agency_heads.tsv``): "Thường trực, Ban Thường vụ Tỉnh ủy" (two
  bodies), "Đảng ủy Bộ Y tế", "Ban Tuyên giáo Tỉnh ủy", "Ban Kinh tế - Ngân sách HĐND tỉnh",
  "Phó Chủ tịch UBND tỉnh" (a person, never the office "Chủ tịch Ủy ban nhân dân tỉnh");
* **named bodies**: universities, institutes, companies, project boards, units of a department;
* **a place standing for its government** at the start of a clause ("Thành phố Cần Thơ nghiên cứu
  ..."): kind ``place``, named "Ủy ban nhân dân thành phố Cần Thơ"; the task stage accepts it only
  as a sentence subject;
* everything else that has no form of its own (collectives such as "các sở, ban, ngành", the central
  bodies, names with a comma of their own such as "Ban Chính sách, chiến lược Trung ương") comes from
  ``agencies.tsv``, which also wins over a name made by form from the same words.

Matching is tolerant of scanning damage and of word-segmented, lower-cased text: one phrase
matcher (:mod:`nlpolicy.phrases`, the matches of spaCy's PhraseMatcher without importing spaCy) runs
over the *loose* key of :mod:`nlpolicy.matching` (no diacritics, same length as the text), and each hit is checked against the strict key: a mark the text lost ("Uy ban", "Sở Tài chinh")
is forgiven, a mark that differs ("tính" for "tỉnh") is not, except once in a name of four words or more.

    >>> [(m.text, m.names) for m in find_agencies("Giao Sở Tài chính, Xây dựng chủ trì.")]
    [('Sở Tài chính, Xây dựng', ('Sở Tài chính', 'Sở Xây dựng'))]
    >>> find_agencies("UBND huyện Mèo Vạc báo cáo")[0].names
    ('Ủy ban nhân dân huyện Mèo Vạc',)

This module sits below ``structure`` (which calls it to name the issuer) and ``extract``: it imports
only the matching layer, the phrase matcher, the resource loader and the standard library.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, replace
from datetime import date
from functools import cached_property, lru_cache
from itertools import product

from nlpolicy.lexicon import read_tsv
from nlpolicy.regexes import UPPER
from nlpolicy.matching import desegment
from nlpolicy.phrases import PhraseMatcher
from nlpolicy.normalize import match_key
from nlpolicy.regexes import find_all
from nlpolicy.textfold import fold

__all__ = ["AgencyMention", "LexEntry", "find_agencies", "document_level", "lexicon", "current_name", "names_on",
           "province_on", "speaks_to_peers", "NO_HOME"]


@dataclass(frozen=True)
class LexEntry:
    names: tuple[str, ...]     # canonical name(s); several when an alias names a list
    kind: str                  # body | collective | person | owner
    level: str


@dataclass(frozen=True)
class AgencyMention:
    start: int
    end: int
    text: str
    names: tuple[str, ...]
    kind: str                  # body | collective | person | place
    how: str = "lexicon"       # lexicon: a phrase of agencies.tsv; form: read by its form; place: a place;
    #                            referent / own: a word standing for a body the document names (its own, for "own")
    score: float = 1.0         # 1.0 when the text spells the name exactly; lower for damage and forms


# ---------------------------------------------------------------- keys and tolerance

@lru_cache(maxsize=4096)
def _loose(s: str) -> str:
    return fold(match_key(s))


def _tokens(loose: str) -> tuple[str, ...]:
    """The words of a loose string, connectors dropped: "nn&ptnt" and "nông nghiệp và ptnt" alike."""
    return tuple(t for t in re.findall(r"[^\W_]+", loose) if t != "va")


@lru_cache(maxsize=4096)
def _marks(ch: str) -> tuple[str, frozenset]:
    if ch == "đ":
        return "d", frozenset("-")
    d = unicodedata.normalize("NFD", ch)
    return d[0], frozenset(d[1:])


def _damage(t: str, a: str) -> tuple[int, int]:
    """(lost, changed): characters of the text ``t`` that lost a mark of the alias ``a``, and those
    whose mark differs.  Both are strict keys of the same loose form.

    >>> _damage("uy ban nhân dân tinh", "ủy ban nhân dân tỉnh"), _damage("tính", "tỉnh")
    ((2, 0), (0, 1))
    """
    lost = changed = 0
    for x, y in zip(t, a):
        if x != y:
            bx, mx = _marks(x)
            by, my = _marks(y)
            if bx == by and mx <= my:
                lost += 1
            else:
                changed += 1
    return lost, changed


def _accept(t: str, a: str) -> float | None:
    """The score of text ``t`` read as alias ``a`` (strict keys), or None when it is another word."""
    if t == a:
        return 1.0
    words = len(a.split())
    t, a = "".join(t.split()), "".join(a.split())   # "sở , ban" (a space before a comma) is "sở, ban"
    if t == a:
        return 1.0
    if len(t) != len(a):
        return None
    lost, changed = _damage(t, a)
    if changed == 0 and (lost == 0 or words >= 2):
        return round(1.0 - 0.03 * lost, 2)
    if changed == 1 and words >= 4:
        return round(0.8 - 0.03 * lost, 2)
    return None


@lru_cache(maxsize=1)
def _upper() -> re.Pattern:
    return re.compile("[" + "".join(re.escape(chr(c)) for c in range(0x41, 0x2000) if chr(c).isupper()) + "]")


def _lowercased(seg: str) -> bool:
    """A text without capitals, or that lost them (as :func:`nlpolicy.matching.is_lowercased` says,
    counted by one regex scan instead of a loop over the characters): names cannot be told by
    their capitals there.

    >>> _lowercased("ubnd huyện mèo vạc"), _lowercased("UBND huyện Mèo Vạc")
    (True, False)
    """
    if seg.islower():
        return True
    sample = seg[:20_000]      # enough to tell a lower-cased text, and cheap
    letters = len(sample) - sample.count(" ") - sample.count("\n")
    return letters >= 30 and len(_upper().findall(sample)) * 200 < letters


# ---------------------------------------------------------------- data

def _by_level(canonical: str, level: str) -> str:
    """"@province=Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh@central=Mặt trận Tổ quốc Việt Nam": a bare
    "Mặt trận" is the provincial committee in a provincial document and the national one in a
    central document."""
    if not canonical.startswith("@"):
        return canonical
    options = dict(part.split("=", 1) for part in canonical.strip("@").split("@"))
    return options.get(level) or next(iter(options.values()))


def _cells(row: tuple[str, ...], n: int) -> tuple[str, ...]:
    return tuple(row) + ("",) * (n - len(row))


def _split(cell: str) -> list[str]:
    return [x.strip() for x in cell.split("|") if x.strip()]


@dataclass(frozen=True)
class _Domain:
    name: str
    heads: frozenset
    start: str
    until: str
    successor: str


@dataclass(frozen=True)
class _Head:
    title: str
    templates: tuple[str, ...]
    kind: str                  # part | self | office | deputy
    only: tuple[str, ...] = ()


@dataclass(frozen=True)
class _Body:
    stem: str
    levels: frozenset
    owner_only: bool


_LOCAL = ("tỉnh", "thành phố", "huyện", "quận", "thị xã", "xã", "phường", "thị trấn", "đặc khu")
_DISTRICT_OFFICE = _Body("Phòng", frozenset(("huyện", "quận", "thị xã", "thành phố")), False)


def _domain_name(d: "_Domain | str") -> str:
    return d.name if isinstance(d, _Domain) else d


def _abbreviation(part: str) -> str:
    """"Phát triển nông thôn" -> "PTNT", "Đào tạo" -> "ĐT"."""
    return "".join(w[0].upper() for w in part.split())


def _domain_variants(name: str, aliases: list[str]) -> set[tuple[str, ...]]:
    """Token tuples a domain may be written as: each part in full or by its initials (for a domain of
    two parts or more), the listed spellings, all initials run together ("VHTTDL")."""
    out = {_tokens(_loose(name))}
    parts = [p.strip() for p in re.split(r",| và | - | – |&", name) if p.strip()]
    if len(parts) >= 2:
        for choice in product(*[(p, _abbreviation(p)) for p in parts]):
            out.add(_tokens(_loose(" ".join(choice))))
        out.add((_loose("".join(_abbreviation(p) for p in parts)),))
    for a in aliases:
        out.add(_tokens(_loose(a)))
    return {v for v in out if v}


_HAS_COMMA = re.compile(r",| - ")


class _Trie:
    """Token tuples -> value, walked over a loose key with connectors skipped."""

    # connectors between the words of a name: "và", "&", "-", "," (a comma only where the name has a
    # comma or a dash: "Văn hóa, Thể thao và Du lịch" and "Lao động, Thương binh và Xã hội" are one
    # domain, "Tuyên giáo, Dân vận" two)
    _STEP = re.compile(r"((?:[ ]+|[ ]*(?:[&,\-–][ ]*|va[ ]+))*)([^\W_]+)")

    def __init__(self):
        self.full: dict[tuple[str, ...], object] = {}
        self.prefixes: set[tuple[str, ...]] = set()

    def add(self, tokens: tuple[str, ...], value) -> None:
        self.full.setdefault(tokens, value)
        for i in range(1, len(tokens) + 1):
            self.prefixes.add(tokens[:i])

    def longest(self, loose: str, pos: int, end: int) -> tuple[object, int, int] | None:
        """(value, start of the first word, end of the last word) of the longest entry at ``pos``."""
        best, path, first, comma = None, (), None, False
        while True:
            m = self._STEP.match(loose, pos, end)
            if not m:
                break
            path = path + (m.group(2),)
            if path not in self.prefixes:
                break
            if first is None:
                first = m.start(2)
            else:
                comma = comma or "," in m.group(1)
            pos = m.end()
            value = self.full.get(path)
            if value is not None and not (comma and not _HAS_COMMA.search(getattr(value, "name", ""))):
                best = (value, first, pos)
        return best


class _Tables:
    """Every table, read once (lazily) from ``nlpolicy/resources``."""

    def __init__(self):
        self.domains: dict[str, _Trie] = {"Sở": _Trie(), "Bộ": _Trie(), "Ban": _Trie()}
        self.domain_rows: dict[str, _Domain] = {}
        for row in read_tsv("departments.tsv"):
            name, aliases, heads, start, until, successor = _cells(row, 6)
            d = _Domain(name, frozenset(_split(heads)), start, until, successor)
            self.domain_rows[name] = d
            for v in _domain_variants(name, _split(aliases)):
                for h in d.heads:
                    self.domains[h].add(v, d)
        # a district's offices mirror the province's departments: "Phòng Tài nguyên và Môi trường"
        self.domains["Phòng"] = self.domains["Sở"]
        self.heads: dict[str, _Head] = {}           # spelling -> head
        for row in read_tsv("agency_heads.tsv"):
            title, aliases, template, kind, only = _cells(row, 5)
            h = _Head(title, (template,), kind, tuple(_split(only)))
            for a in [title, *_split(aliases)]:
                self.heads.setdefault(a, h)
        self.bodies: dict[str, _Body] = {}          # spelling -> body
        for row in read_tsv("agency_bodies.tsv"):
            stem, aliases, levels, flag = _cells(row, 4)
            lv = frozenset(_LOCAL if levels == "local" else _split(levels))
            b = _Body(stem, lv, flag == "owner")
            for a in [stem, *_split(aliases)]:
                self.bodies.setdefault(a, b)
        self.provinces = _Trie()
        for row in read_tsv("provinces.tsv"):
            name, spellings = _cells(row, 2)
            for form in [name, *_split(spellings)]:
                self.provinces.add(_tokens(_loose(form)), name)
        self.cities: set[str] = set()
        self.city_keys: set[str] = set()
        self.merged: dict[str, tuple[str, str]] = {}
        for row in read_tsv("province_changes.tsv"):
            name, kind, into, since = _cells(row, 4)
            if kind == "thành phố":
                self.cities.add(name)
                for form in self.provinces.full:      # every spelling of the city, as a loose key
                    if self.provinces.full[form] == name:
                        self.city_keys.add(" ".join(form))
            if into:
                self.merged[name] = (into, since)
        # stop words of two words or more are matched without diacritics, one-word ones as spelt
        # ("làm" stops a name, "lâm" in "Viện Hàn lâm" does not)
        stops = [match_key(r[0]) for r in read_tsv("agency_stopwords.tsv")]
        many = sorted({fold(w) for w in stops if " " in w}, key=len, reverse=True)
        one = sorted({w for w in stops if " " not in w}, key=len, reverse=True)
        self.stop_loose = re.compile(r"[ ]*(?:" + "|".join(re.escape(w) for w in many) + r")(?![^\W_])")
        self.stop_strict = re.compile(r"[ ]*(?:" + "|".join(re.escape(w) for w in one) + r")(?![^\W_])")


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    return _Tables()


@lru_cache(maxsize=2)
def _lex_rows(level: str) -> tuple[tuple[str, LexEntry], ...]:
    """(spelling, entry) for every alias of ``agencies.tsv`` in a document of ``level``."""
    rows: list[tuple[str, LexEntry]] = []
    for row in read_tsv("agencies.tsv"):
        canonical, aliases, kind, level_col = _cells(row, 4)
        canonical = _by_level(canonical, level)
        entry = LexEntry(tuple(canonical.split(";")), kind or "body", level_col or "any")
        for alias in [canonical if ";" not in canonical else None, *aliases.split("|")]:
            if alias and alias.strip():
                rows.append((alias.strip(), entry))
                if " và " in alias:   # "Sở Khoa học & Công nghệ"
                    rows.append((alias.strip().replace(" và ", " & "), entry))
        if level_col == "assembly" and ";" not in canonical:
            # the standing committee of a body, its party cell, its leaders
            for prefix, canon_prefix in (("Thường trực ", "Thường trực "), ("Tổ đảng ở Thường trực ", "Tổ đảng ở Thường trực "),
                                         ("Đảng ở Thường trực ", "Tổ đảng ở Thường trực "),  # a frequent slip for "Tổ đảng ở"
                                         ("Tổ đảng ở TT ", "Tổ đảng ở Thường trực "), ("Lãnh đạo ", "")):
                e2 = LexEntry((canon_prefix + canonical,), kind or "body", "central")
                for alias in [canonical, *aliases.split("|")]:
                    if alias and alias.strip():
                        rows.append((prefix + alias.strip(), e2))
    first: dict[tuple[str, bool], LexEntry] = {}
    out = []
    for surface, entry in rows:      # the first row that spells a key wins (owners apart) ...
        k = (match_key(surface), entry.kind == "owner")
        if first.setdefault(k, entry) is entry and (surface, entry) not in out:
            out.append((surface, entry))     # ... with all its spellings ("Đảng đoàn", "đảng đoàn")
    return tuple(out)


@lru_cache(maxsize=2)
def lexicon(level: str = "province") -> dict[str, LexEntry]:
    """Surface form (strict matching key) -> entry, for a document of ``level`` ("province" or
    "central"): the rows of ``agencies.tsv`` and the canonical names of the ministries and departments
    (which are recognised by their form, see ``departments.tsv``)."""
    lex = {match_key(surface): entry for surface, entry in _lex_rows(level) if entry.kind != "owner"}
    for name, d in _tables().domain_rows.items():
        for head, lvl in (("Sở", "province"), ("Bộ", "central")):
            if head in d.heads:
                lex.setdefault(match_key(f"{head} {name}"), LexEntry((f"{head} {name}",), "body", lvl))
    return lex


@lru_cache(maxsize=1)
def _renames() -> dict[str, tuple[str, str]]:
    return {current: (before, since) for current, before, since in (r[:3] for r in read_tsv("agency_renames.tsv"))}


def names_on(mentions: list[AgencyMention], on: str | None) -> list[AgencyMention]:
    """The mentions with each body named as it was on the document's date ``on`` (ISO; ``None``: as now): a
    directive of 2014 speaks of "Cục Thuế tỉnh", which has been "Thuế tỉnh" since March 2025.

    >>> m = AgencyMention(0, 13, "Cục Thuế tỉnh", ("Thuế tỉnh",), "body")
    >>> [x.names for x in names_on([m], "2014-04-18")], [x.names for x in names_on([m], "2026-01-05")]
    ([('Cục Thuế tỉnh',)], [('Thuế tỉnh',)])
    """
    table = _renames()
    if not on or not any(n in table for m in mentions for n in m.names):
        return mentions
    return [replace(m, names=tuple(table[n][0] if n in table and on < table[n][1] else n for n in m.names))
            for m in mentions]


def regional_collectives(text: str, mentions: list[AgencyMention]) -> list[AgencyMention]:
    """The provinces of a region as a body of their own, in a document that speaks to them and never to
    all provinces (a regional council's plan: "Ủy ban nhân dân các tỉnh, thành phố trong vùng bố trí vốn
    ...", "phối hợp với các địa phương trong vùng"). A document that also names the provinces without a
    region (a directive to all of them that turns to some) keeps the one collective.

    >>> t = "UBND các tỉnh, thành phố trong vùng bố trí vốn; các Bộ phối hợp với các địa phương trong vùng."
    >>> [(m.text, m.names) for m in regional_collectives(t, find_agencies(t))]  # doctest: +NORMALIZE_WHITESPACE
    [('UBND các tỉnh, thành phố', ('Ủy ban nhân dân các tỉnh, thành phố trong vùng',)),
     ('các địa phương', ('Ủy ban nhân dân các tỉnh, thành phố trong vùng',))]
    >>> t = "UBND các tỉnh, thành phố trực thuộc Trung ương chỉ đạo; UBND các tỉnh, thành phố trong vùng bố trí vốn."
    >>> {m.names for m in regional_collectives(t, find_agencies(t))}
    {('Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương',)}
    """
    # a region named after them is a collective of its own, wherever it stands: "UBND các tỉnh, thành phố vùng đồng
    # bằng sông Cửu Long" (written short too: "vùng ĐBSCL")
    named = {}
    for m in mentions:
        r = _NAMED_REGION_AFTER.match(text, m.end) if _PROVINCES in m.names else None
        if r:
            region = _REGION_SHORT.get(r.group("r").upper(), r.group("r"))
            named[m.start] = replace(m, end=r.end(), text=text[m.start:r.end()],
                                     names=(f"Ủy ban nhân dân các tỉnh, thành phố vùng {region[0].lower()}{region[1:]}",))
    if named:
        mentions = [named.get(m.start, m) for m in mentions]

    def regional(m: AgencyMention) -> bool:
        return _REGION_AFTER.match(text, m.end) is not None or _REGION_AFTER.search(m.text) is not None

    provinces = [m for m in mentions if _PROVINCES in m.names]
    if not provinces or not all(regional(m) for m in provinces):
        return mentions
    return [replace(m, names=tuple(_REGIONAL if n in (_PROVINCES, "Các địa phương") else n for n in m.names))
            if regional(m) else m for m in mentions]


def current_name(name: str, on: date | str) -> str:
    """The body that carries on a ministry or department on a date, through the mergers of
    ``departments.tsv``.

    >>> current_name("Sở Kế hoạch và Đầu tư", "2025-06-01"), current_name("Sở Kế hoạch và Đầu tư", "2020-01-01")
    ('Sở Tài chính', 'Sở Kế hoạch và Đầu tư')
    >>> current_name("Bộ Thủy sản", "2026-01-01")
    'Bộ Nông nghiệp và Môi trường'
    """
    day = on if isinstance(on, str) else on.isoformat()
    head, _, domain = name.partition(" ")
    rows = _tables().domain_rows
    for _ in range(6):
        d = rows.get(domain)
        if d is None or not d.until or day <= d.until or not d.successor:
            break
        domain = d.successor
    return f"{head} {domain}"


def province_on(name: str, on: date | str) -> str:
    """The province or centrally-run city a province of ``provinces.tsv`` belongs to on a date.

    >>> province_on("Hà Giang", "2026-01-01"), province_on("Hà Giang", "2017-07-14")
    ('Tuyên Quang', 'Hà Giang')
    """
    day = on if isinstance(on, str) else on.isoformat()
    merged = _tables().merged
    for _ in range(3):
        into = merged.get(name)
        if not into or day < into[1]:
            break
        name = into[0]
    return name


# ---------------------------------------------------------------- the matcher

_LEX, _PART, _BODY, _OWNER, _HEAD, _OVERLAY = "LEX", "PART", "BODY", "OWNER", "HEAD", "OVERLAY"
_ALL_CITIES = "thành phố trực thuộc Trung ương"
# a region after a collective: "Ủy ban nhân dân các tỉnh, thành phố trong vùng", "các địa phương thuộc vùng"
_REGION_AFTER = re.compile(r"[ ]+(?:trong|thuộc)[ ]+vùng(?![^\W_])")
# the country's regions, as a body's name or a collective's qualifier writes them (either case for their common words)
_REGIONS = (r"(?i:đồng bằng sông (?:Cửu Long|Hồng)|trung du và miền núi phía Bắc|Bắc Trung Bộ và duyên hải miền Trung"
            r"|duyên hải Nam Trung Bộ)|Đông Nam Bộ|Tây Nguyên")
_NAMED_REGION_AFTER = re.compile(rf"[ ]+(?:(?:trong|thuộc)[ ]+)?vùng[ ]+(?P<r>{_REGIONS}|ĐBSCL|ĐBSH)(?![^\W_])")
_REGION_SHORT = {"ĐBSCL": "đồng bằng sông Cửu Long", "ĐBSH": "đồng bằng sông Hồng"}
_PROVINCES = "Ủy ban nhân dân các tỉnh, " + _ALL_CITIES
_REGIONAL = "Ủy ban nhân dân các tỉnh, thành phố trong vùng"


class _Matcher:
    """One phrase matcher (:mod:`nlpolicy.phrases`) over loose keys; each pattern is its own key, so that a hit says at once
    what it may be: ``self.hits[match_id] = (label, {level: aliases})``, each alias a tuple
    (strict key, number of words, capitals, payload); capitals is the length of a leading word in
    capitals such as "UBND", -1 when a short name must begin with a capital, 0 otherwise."""

    def __init__(self):
        self.matcher = PhraseMatcher()
        t = _tables()
        groups: dict[tuple[str, str], dict[str, list]] = {}

        def add(label: str, surface: str, payload, levels=("province", "central")) -> None:
            strict = match_key(surface)
            first = re.match(r"[^\W\d_]+", surface)
            caps = 0
            if first and len(first.group(0)) > 1 and first.group(0).isupper():
                caps = len(first.group(0))          # "UBND": capitals in the text too
            elif surface[:1].isupper() and len(strict.split()) <= 2:
                caps = -1                           # "Thuế tỉnh", "Tỉnh ủy": a capital first ("thu thuế tỉnh")
            alias = (strict, len(strict.split()), caps, payload)
            by_level = groups.setdefault((label, fold(strict)), {})
            for level in levels:
                if alias not in by_level.setdefault(level, []):
                    by_level[level].append(alias)

        for level in ("province", "central"):
            for surface, entry in _lex_rows(level):
                add(_OWNER if entry.kind == "owner" else _LEX, surface, entry, (level,))
        for row in read_tsv("agencies_local.tsv"):
            province, canonical, aliases, kind = _cells(row, 4)
            entry = LexEntry(tuple(canonical.split(";")), kind or "body", province)
            for surface in [canonical, *_split(aliases)]:
                add(_OVERLAY, surface, entry)
        for surface, h in t.heads.items():
            add(_PART, surface, h)
        for surface, b in t.bodies.items():
            add(_BODY, surface, b)
        for head in ("Sở", "Bộ", "Ban", "Phòng"):
            for first in {v[0] for v in t.domains[head].full}:
                add(_HEAD, f"{head} {first}", head)
            for intro in (":", ", ngành:", ", ban, ngành:", ", ban ngành:"):
                add(_HEAD, f"{head}{intro}", head)
        self.hits: list[tuple[str, dict[str, tuple]]] = []
        for (label, loose), by_level in groups.items():
            self.matcher.add(loose, len(self.hits))
            self.hits.append((label, {lv: tuple(v) for lv, v in by_level.items()}))


@lru_cache(maxsize=1)
def _matcher() -> _Matcher:
    return _Matcher()


# ---------------------------------------------------------------- patterns (over the loose key unless said)

# a level after a body: "tỉnh", "cấp huyện", "các cấp", "các huyện, thành phố", "các xã, phường, thị trấn"
_LVL = r"(?:thanh[ ]pho|thi[ ]xa|thi[ ]tran|dac[ ]khu|tinh|huyen|quan|xa|phuong)"
_LEVEL = re.compile(rf"""[ ]+(?:
      cap[ ]+(?P<cap>tinh|huyen|xa|co[ ]so)
    | (?P<all>cac[ ]+cap)
    | (?P<plural>cac[ ]+{_LVL}(?:[ ]*(?:,|va)[ ]*(?:cac[ ]+)?(?:{_LVL}|thi(?=[ ]*,)))*)
    | (?P<one>{_LVL})
    )(?![^\W_])""", re.X)
_LEVEL_WORD = {fold(w): w for w in (*_LOCAL, "cơ sở", "thị")}
# a regional court's or procuracy's region, by number (on the text: Roman numerals are capitals)
_REGION = re.compile(r"[ ]+khu[ ]vuc(?![^\W_])")
_REGION_NO = re.compile(r"[ ]+(\d{1,2}|[IVX]{1,5})(?![\w])")
_REGION_NEXT = re.compile(r"[ ]*(?:,|[ ]và)[ ]*(\d{1,2}|[IVX]{1,5})(?![\w])")
_EVERY_BEFORE = re.compile(r"(?:cac|moi)[ ]+$")
# an item of a list that the domain table does not know: capitalised words up to "," ";" or "và"
_UNKNOWN_ITEM = re.compile(r"[ ]*([^\W\d_]+(?:[ ][^\W\d_]+){0,4}?)(?=[ ]*(?:,|;|[ ]và[ ]))")
# "cán bộ", "tiến bộ", "toàn bộ", "cơ sở", "trụ sở", "chi bộ": "bộ"/"sở" ending another word is no head
_WORD_BEFORE_HEAD = re.compile(r"(?:^|[ ])(?:can|tien|toan|dong|co|tru|noi|so|chi|tung|mot)[ ]$")
_CAC_BEFORE = re.compile(r"(?:^|[ ])cac[ ]$")
_WORD_AFTER = re.compile(r"[ ]+[^\W\d_]")
_AGENCY_WORD = re.compile(r"(?<![^\W_])(?:uy|ban|ubnd|hdnd|so|bo|cuc|vien|cong ty)(?![^\W_])")
# after a head, before its list of domains: "các Sở: ...", "các sở, ngành: Tài chính; Xây dựng"
_HEAD_INTRO = re.compile(r"(?:[ ]*,[ ]*(?:ban[ ]*,?[ ]*)?nganh)?[ ]*:?")
_SEP = re.compile(r"[ ]*(?:,|;|va(?![^\W_]))[ ]*")
# after a list of places of one level, one of another level: ", và thị xã Hồng Ngự", ", thành phố Cao Lãnh"
_MORE_LOCAL = re.compile(r"[ ]*(?:,|[ ]va|,[ ]*va)[ ]+(?P<lvl>thi[ ]xa|thanh[ ]pho|huyen|quan|thi[ ]tran|xa|phuong)[ ]")
# after a body's province, more of them: ", các tỉnh Hưng Yên, Bắc Ninh", " và tỉnh Bắc Ninh", ", thành phố Huế"
_MORE_PROVINCES = re.compile(r"[ ]*(?:,|[ ]va)[ ]+(?P<cac>cac[ ]+)?(?P<lvl>tinh|thanh[ ]pho)[ ]")
_SPACE = re.compile(r"[ ]+")
_CITY_SHORT = re.compile(r"[ ]+tp\.?[ ]")
# (searched for by its words, which the regex engine skips to; where it stands is checked after)
_PROVINCES_SUBJECT = re.compile(r"(?P<cac>cac[ ]+tinh(?:[ ]*,[ ]*thanh[ ]pho)?)(?=[ ]*:)")
_CLAUSE_BEFORE = re.compile(r"(?:^|[.;,][ ]+|\n[ \t]*[-+•*–]?[ ]*)$")
_ENDS = re.compile(r"[ ]*(?:$|[,;:.()\n\"“”]|(?:tinh|thanh[ ]pho|huyen)(?![^\W_]))")
_WORD_AT = re.compile(r"[ ]*([^\W_]+)")
# a region's name inside a body's name, lower-case words and all ("Viện Lúa Đồng bằng sông Cửu Long")
_REGION_IN_NAME = re.compile(rf"(?:{_REGIONS})(?![\w])")
# a provincial body's place after it: "Sở Công Thương tỉnh Lào Cai", "Tỉnh ủy Lào Cai"
_OF_EVERY_PROVINCE = re.compile(r"[ ]+cac[ ]+tinh(?:[ ]*,[ ]*(?:cac[ ]+)?thanh[ ]+pho)?(?:[ ]+truc[ ]+thuoc[ ]+trung[ ]+uong)?"
                                r"(?![^\W_])")
_TAIL_LEVEL = re.compile(r"[ ]+(tinh|thanh[ ]pho)(?![^\W_])")
# a qualifier that leaves a collective what it is: "các địa phương có liên quan", "... trong vùng X",
# "các địa phương được lựa chọn" (to pilot a task)
_QUALIFIER = re.compile(r"[ ]+(?:(?:co[ ]+)?lien[ ]+quan|duoc[ ]+(?:lua[ ]+)?chon|trong[ ]+(?:va[ ]+ngoai[ ]+)?tinh|tren[ ]+dia[ ]+ban(?:[ ]+tinh)?"
                        r"|cua[ ]+tinh|cap[ ]+tinh|(?P<region>trong[ ]+vung|thuoc[ ]+vung|o[ ]+vung))(?![^\W_])")
# what sets a collective of places apart ("các xã ven biển", "các xã diễn tập", "các xã có đất thu hồi", "các tỉnh có
# công trình ..."): part of its name; after "có" only a thing the places hold, not a verb ("các xã có trách nhiệm",
# "có kế hoạch")
_SET_APART = re.compile(r"[ ]+(?:ven[ ]+(?:bien|song)|bien[ ]+gioi|mien[ ]+nui|vung[ ]+(?:cao|sau|xa|phia[ ]+(?:tay|dong|nam|bac))"
                        r"|dac[ ]+biet[ ]+kho[ ]+khan|bi[ ]+(?:chia[ ]+cat|anh[ ]+huong|thiet[ ]+hai)|con[ ]+lai|dien[ ]+tap"
                        r"|trong[ ]+diem|thi[ ]+diem|co[ ]+dat(?:[ ]+bi)?[ ]+thu[ ]+hoi"
                        r"|(?P<has>co[ ]+(?:vung|tuyen|du[ ]+an|di[ ]+tich|khu|diem|cong[ ]+trinh|rung"
                        r"|cua[ ]+khau|lang[ ]+nghe|ho|de|mo|cum|dong[ ]+bao|bien|song)))(?![^\W_])")
# a place standing for its government as the subject of a clause: "Thành phố Cần Thơ nghiên cứu ..."
_BULLET = r"(?:[-+*•][ ]*|\(?\d{1,2}(?:\.\d{1,2})*[.)][ ]*|\(?[a-z][.)][ ]*)?"
# (each pattern begins with a literal or a character class, so that the regex engine can skip ahead;
# the start of the searched text is tried apart)
_PLACE_SUBJECT = (re.compile(r"\n[ \t]*" + _BULLET + r"(?P<lvl>tinh|thanh[ ]pho|huyen|thi[ ]xa)[ ]+"),
                  re.compile(r"[.;!?][ ]+" + _BULLET + r"(?P<lvl>tinh|thanh[ ]pho|huyen|thi[ ]xa)[ ]+"))
_DELEGATION_UNIT = re.compile(r"[ ]+don[ ]+vi[ ]+(huyen|thi[ ]xa|thanh[ ]pho|quan)(?![^\W_])")
# a place a body works with ("phối hợp với tỉnh Đồng Tháp"), and the next place of a list of them
_PLACE_PARTNER = re.compile(r"phoi[ ]hop[ ]voi[ ]+(?P<lvl>tinh|thanh[ ]pho)[ ]+")
_PLACE_NEXT = re.compile(r"[ ]*(?:,|[ ]va|,[ ]*va)[ ]+(?P<lvl>tinh|thanh[ ]pho)[ ]+")
_PLACE_AT_START = re.compile(r"[ \t]*" + _BULLET + r"(?P<lvl>tinh|thanh[ ]pho|huyen|thi[ ]xa)[ ]+")
_LIST_BEFORE = re.compile(r"(?:,|;|[ ]va)[ ]*$")

# ---- over the text: bodies named after what they are, written with capitals
# what follows the field "xây dựng" at the end of a name: a role verb, the end of the clause or "Việt Nam"
# (not a comma: "Bộ Tài chính xây dựng, trình Chính phủ đề án" shares the verbs' object)
_FIELD_LAST = re.compile(r"[ ]*(?:[;:.()\n|]|$|(?:chủ trì|phối hợp|thực hiện|việt nam)(?![^\W_]))")
_NAME_ENDS = (r"(?=\s*(?:[,;:.()\n|]|và\b|hoặc\b|để\b|nhằm\b|theo\b|trước\b|lập\b|chủ trì|phối hợp|thực hiện|tham mưu|theo dõi|có trách nhiệm|(?<!Phòng Kế hoạch )tổng hợp|"
              r"báo cáo|hướng dẫn|kiểm tra|đôn đốc|(?<!đầu tư )(?<!công trình )(?<![vV]ật liệu )(?<!hoạt động )xây dựng|triển khai|rà soát|đề xuất|đẩy nhanh|khẩn trương|khảo sát|"
              r"gửi|là\b|tổ chức|thẩm định|bàn giao|cân đối|bố trí|phân bổ|chỉ đạo|giám sát|làm đầu mối|nghiên cứu|hoàn thành|"
              r"ban hành|tiếp tục|đánh giá|cập nhật|hỗ trợ|cung cấp|biên soạn|soạn thảo|chuẩn bị|bảo đảm|đảm bảo|tuần tra|tuyên truyền|vận động|tăng cường|"
              r"công bố|hoàn thiện|(?<![tT]rợ )giúp(?![ ]việc)|$))")
# the rest of what places hold, up to where a name ends: "các xã có tuyến" + " đường đi qua"
# (or where a party committee's verb begins: "Đảng ủy các xã có dự án đi qua lãnh đạo ...")
_HELD = re.compile(r"(?:[ ][^\W\d_]+){0,4}?(?:(?=[ ]lãnh đạo(?![\w]))|" + _NAME_ENDS + ")")
# a unit inside a department or ministry: "Phòng Quản lý Công nghiệp", "Vụ Pháp chế", up to six words, or eight for
# what it manages: "Phòng Quản lý kết cấu hạ tầng giao thông" (not "Phòng Kinh tế vận động nông dân góp vốn")
# ("Phòng" opens no second unit where it is "to prevent": "Phòng Phòng chống ma túy và tội phạm")
_UNIT_WORD = r"(?:(?!(?:và|Vụ|Cục|Phòng(?![ ](?:chống|cháy|ngừa)[ ])|Chi cục|Sở|Ban)[ ])[A-ZĐÀ-Ỹa-zđà-ỹ]+(?:[ ]-[ ]|[ ]–[ ]|[ ]))"
_UNIT_WORDS = (r"(?:(?=Quản lý[ ])" + _UNIT_WORD + r"{0,7}?|" + _UNIT_WORD + r"{0,5}?)"
               r"[A-ZĐÀ-Ỹa-zđà-ỹ]+")     # (not "Vụ Vận tải và Vụ Kế hoạch - Đầu tư": two units)
# (a name of two parts, the second after a dash with a capital, has up to six words in each: "Cục Kinh tế - Quản
# lý đầu tư xây dựng"; so has a name whose field follows "về": "Cục Giám định nhà nước về chất lượng công trình xây
# dựng"; the works of "xây dựng" are no verb: "công trình xây dựng", "vật liệu xây dựng")
_SUB_UNIT = re.compile(r"(?:Phòng|Vụ|Cục|Chi cục|Khoa)[ ](?=[A-ZĐ])(?:" + _UNIT_WORDS + r"[ ][-–][ ](?=[A-ZĐÀ-Ỹ]))?"
                       + _UNIT_WORDS + r"(?:[ ]về[ ]" + _UNIT_WORDS + ")?" + _NAME_ENDS)
# a police or a military unit followed by the force it belongs to, which closes its name
_UNIT_OF_FORCE = re.compile(r"Phòng[ ](?=[A-ZĐ])" + _UNIT_WORDS + r"(?:[ ]về[ ]" + _UNIT_WORDS + ")?"
                            r"[ ](?:Công an|Bộ Chỉ huy Quân sự|Bộ CHQS)[ ](?:tỉnh|thành phố)(?![\w])")
# a unit's name of several parts, each opening with a capital: "Cục Trồng trọt và Bảo vệ thực vật", "Cục Chất
# lượng, Chế biến và Phát triển thị trường" (not another body: "Cục A, Vụ B", "Vụ Pháp chế và Sở Tư pháp")
_UNIT_PART = re.compile(r"(?:[ ]*,[ ]*|[ ]+và[ ]+)(?=[A-ZĐÀ-Ỹ])(?!(?:Phòng|Vụ|Cục|Chi cục|Khoa|Sở|Bộ|Ban|Văn phòng|Thanh tra|Viện"
                        r"|Trường|Học viện|Đại học|Phân hiệu|Công ty|Tổng công ty|Tập đoàn|Ngân hàng|Bệnh viện|Trung tâm"
                        r"|Ủy ban|UBND|Hội đồng|HĐND|Tổng cục|Báo|Đài|Các|Tỉnh|Thành phố|Huyện|Xã|Phường)\b)"
                        r"(?:[A-ZĐÀ-Ỹa-zđà-ỹ]+(?:[ ]-[ ]|[ ]–[ ]|[ ])){0,5}?[A-ZĐÀ-Ỹa-zđà-ỹ]+" + _NAME_ENDS)


# a body's name, which no place's name opens: after "các xã A, B và", "Sở Nông nghiệp ..." is another body
_BODY_OPENS = re.compile(r"[ ]*(?:sở|bộ|cục|chi cục|phòng|văn phòng|công an|ủy ban|ubnd|trung tâm|thanh tra|kho bạc|"
                         r"công ty|tổng công ty|bệnh viện|ban (?:quản lý|chỉ huy|chỉ đạo|dân tộc))[ ]")


def _unit_parts_end(text: str, end: int, limit: int) -> int:
    """Where a unit's name ends when more parts follow its first one; the last part is joined by "và"
    (a comma alone lists units: "Vụ Pháp chế, Tổ chức cán bộ" stays two parts only with a "và" after)."""
    ends, pos = [], end
    while len(ends) < 3:
        m = _UNIT_PART.match(text, pos, limit)
        if m is None and (low := _LOWER_PART_BEFORE_AND.match(text, pos, limit)):
            # one part in lower case, then the last one joined by "và": "Cục Quản lý chất lượng, an toàn và Bảo
            # vệ môi trường", "Phòng Phổ biến, giáo dục pháp luật và Trợ giúp pháp lý"
            m = _UNIT_PART.match(text, low.end(), limit)
            if m is None or "và" not in m.group(0)[:6]:
                break
        if m is None:
            break
        ends.append((m.end(), "và" in m.group(0)[:6]))
        pos = m.end()
    for e, joined in reversed(ends):
        if joined:
            return e
    return end


# a part in lower case after a comma, which another comma, "và", a bracket or a verb closes: "Phòng Quản lý tiêu
# chuẩn, đo lường, chất lượng (phối hợp)" (not "Phòng Kinh tế, các trường học")
_LOWER_OPENS = r",[ ](?!(?:các|những|và|trong|tại|theo|đối với)\b)[a-zđà-ỹ]+"
_LOWER_PART = re.compile(_LOWER_OPENS + r"(?:[ ][a-zđà-ỹ]+){0,2}(?=[ ]*(?:,|[ ]và[ ]|\(|;|\.|\n|$))")
# (before a last part joined by "và" with a capital, one of four words: "Phòng Phổ biến, giáo dục pháp luật và Trợ giúp
# pháp lý", read by _unit_parts_end)
_LOWER_PART_BEFORE_AND = re.compile(_LOWER_OPENS + r"(?:[ ][a-zđà-ỹ]+){0,3}(?=[ ]và[ ][A-ZĐÀ-Ỹ])")


# one part in lower case that opens with a field units are named after, up to a role verb or a stop: "Phòng Quản
# lý, giám sát tổ chức tín dụng chủ trì", "Phòng Tổ chức đảng, đảng viên phối hợp" (not "Phòng Tổng hợp, hướng
# dẫn ...", "Phòng Kinh tế, phòng chuyên môn")
_FIELDS = (r"(?:giám sát|thanh tra|đảng viên|tài chính|hành chính|kế hoạch|tiền tệ|tín dụng|kỹ thuật"
                         r"|nghiệp vụ|pháp chế|khen thưởng|bồi dưỡng|đào tạo|thông tin|truyền thông|chiến lược|hạ tầng"
                         r"|đô thị|xã hội|văn hóa|thể thao|du lịch|y tế|dân số|môi trường|chất lượng|đo lường|cứu nạn"
                         r"|cứu hộ|kế toán|nhân sự|cán bộ|hợp tác|đối ngoại|kho quỹ|thanh toán|ngân quỹ|viên chức|công chức"
                         r"|biên chế|tiền lương|văn thư|lưu trữ|tôn giáo|thi đua|chính quyền|thanh niên|việc làm|gia đình)")
_FIELD_PART = re.compile(r",[ ]" + _FIELDS +
                         r"(?:[ ](?!(?:chủ trì|phối hợp|thực hiện|tham mưu|theo dõi|có trách nhiệm|là|làm|hướng dẫn|báo cáo"
                         r"|kiểm tra|đôn đốc|triển khai|rà soát|đề xuất|xây dựng|tổng hợp|chỉ đạo|nghiên cứu|hoàn thành"
                         r"|và|hoặc|để|nhằm|theo|các|của|trên|tại|với)(?![\w]))[a-zđà-ỹ]+){0,4}" + _NAME_ENDS)


# one more field joined by "và" after a field part, which a stop closes: "..., thi đua khen thưởng và thanh tra chủ trì"
_AND_FIELD = re.compile(r"[ ]và[ ]" + _FIELDS + r"(?:[ ][a-zđà-ỹ]+){0,2}?" + _NAME_ENDS)


# a last part in lower case joined by "và", maybe after one more after a comma, up to the unit's own role verb:
# "Phòng Quản lý nợ và cưỡng chế nợ thuế chủ trì", "Phòng Quản lý hộ kinh doanh, cá nhân và thu khác chủ trì" (not
# "Phòng Kinh tế và các xã phối hợp", "Phòng Nội vụ và cơ quan liên quan thực hiện")
_JOINED_LOWER = re.compile(r"(?:,[ ][a-zđà-ỹ]+(?:[ ][a-zđà-ỹ]+){0,2})?[ ]và[ ]"
                           r"(?!(?:các|những|mọi|ủy|uỷ|ubnd|cơ quan|đơn vị|địa phương|chính quyền|người|nhân dân"
                           r"|doanh nghiệp|tổ chức(?![ ]phi[ ]chính[ ]phủ)|cá nhân|hộ|phòng|sở|ban|chi cục|cục)(?![\w]))"
                           r"[a-zđà-ỹ]+(?:[ ][a-zđà-ỹ]+){0,4}?(?=[ ](?:chủ trì|phối hợp|thực hiện|tham mưu"
                           r"|có trách nhiệm|theo dõi)(?![\w])|[ ]*[:)])")


def _lower_parts_end(text: str, end: int, limit: int) -> int:
    """Where a unit's name ends when parts in lower case follow it after commas (at least two of them, or one
    that opens with a field: one lower-case word after a comma is more often a clause)."""
    pos, n = end, 0
    while n < 4 and (m := _LOWER_PART.match(text, pos, limit)):
        pos, n = m.end(), n + 1
    if n >= 2:
        return pos
    # (the longer: "Phòng Tổ chức, biên chế và tổ chức phi chính phủ" is a field and a part joined by "và")
    field = _FIELD_PART.match(text, end, limit)
    if field and (last := _AND_FIELD.match(text, field.end(), limit)):
        field = last    # "Phòng Tổ chức cán bộ, thi đua khen thưởng và thanh tra": a last field joined by "và"
    return max((m.end() for m in (field, _JOINED_LOWER.match(text, end, limit)) if m), default=end)


# bodies named after what they run: "Ban Quản lý dự án đầu tư xây dựng số 1", "Ban QLDA ĐTXD công trình giao thông tỉnh"
# the same unit in a text that lost its capitals: "phòng quản lý công nghiệp", "chi cục quản lý thị trường"
# ("phòng" is also "to prevent": "phòng chống dịch" is no office, so the unit names what it runs)
_SUB_UNIT_LOWER = re.compile(r"(?<![\w])(?:phòng|chi cục)[ ](?:quản lý|kế hoạch|tổ chức|pháp chế|thanh tra|hành chính"
                             r"|nghiệp vụ|kinh tế|tài chính|tổng hợp)(?:(?:[ ]-[ ]|[ ]–[ ]|[ ])[a-zđà-ỹ]+){0,5}?"
                             + _NAME_ENDS)
# (a "cục" that is no "cục bộ"; a "vụ" of a ministry, not a season or a case: by the fields units are named after)
_MINISTRY_UNIT_LOWER = re.compile(r"(?<![\w])(?:cục(?![ ]bộ)|vụ(?=[ ](?:pháp chế|kế hoạch|tổ chức|hợp tác|khoa học|tài chính"
                                  r"|vận tải|quản lý|chính sách|thi đua|an toàn|môi trường|đất đai|thanh tra|kinh tế|đầu tư"
                                  r"|công nghệ|giáo dục|văn hóa|dân tộc|tổng hợp|thị trường|công nghiệp|nông nghiệp)))"
                                  r"[ ](?:[a-zđà-ỹ]+(?:[ ]-[ ]|[ ])){0,5}?[a-zđà-ỹ]+" + _NAME_ENDS)
_PROJECT_BOARD = re.compile(r"(?:Ban Quản lý dự án|Ban QLDA|BQLDA|Ban Quản lý rừng|Ban Quản lý Vườn quốc gia"
                            r"|Ban Quản lý Khu bảo tồn|Ban Quản lý (?:các )?[cC]ảng cá)(?:[ ][\wĐđ&]+|[ ][-–](?=[ ])){1,12}?"
                            + _NAME_ENDS)
# "... các công trình dân dụng và công nghiệp tỉnh": two kinds of works joined by "và" and the level closing the name
# ("Ban Quản lý cảng cá và khu neo đậu tránh trú bão tỉnh")
_PROJECT_BOARD_JOINED = re.compile(r"(?:Ban Quản lý dự án|Ban QLDA|BQLDA|Ban Quản lý (?:các )?[cC]ảng cá)"
                                   r"(?:[ ][\wĐđ&]+){0,10}?(?:[ ]và(?:[ ][a-zđà-ỹ]+){1,5}?)?"
                                   r"[ ](?:tỉnh|thành phố|huyện|khu vực)(?![\w])")
# a steering committee named after its work up to its level, place and term: "Ban Chỉ đạo các Chương trình mục tiêu
# quốc gia tỉnh Điện Biên giai đoạn 2026 - 2030", "Ban Chỉ đạo phát triển du lịch tỉnh", or up to the bracket that
# gives it a short name ("Ban Chỉ đạo thi đua, khen thưởng (sau đây gọi tắt là Ban Chỉ đạo)"); a role verb ends it
_STEERING_WORD = (r"(?:[ ](?!(?:chỉ đạo|chủ trì|phối hợp|thực hiện|tổ chức|báo cáo|kiểm tra|hướng dẫn|theo dõi|đôn đốc|giúp"
                  r"|tham mưu|là|có|gồm|do|được|và|tại|của|với|Sở|Ủy|UBND)(?![\w]))[\wĐđ]+|,[ ](?![" + UPPER + r"])[a-zđà-ỹ]+"
                  r"|[ ][-–][ ][\wĐđ]+)")   # (after a comma a lower-case word: "à-ỹ" takes capitals too)
_STEERING = re.compile(r"Ban Chỉ đạo(?:[ ]Trung ương)?" + _STEERING_WORD + r"{1,16}?"
                       r"(?:[ ](?:tỉnh|thành phố|huyện|xã(?![ ]hội)|phường)(?:[ ][A-ZĐÀ-Ỹ][a-zđà-ỹ]*){0,3}"
                       r"(?:[ ]giai đoạn[ ]\d{4}[ ]?[-–][ ]?\d{4})?(?![\w])|(?=[ ]*\((?:sau đây|dưới đây)))"
                       # the centre's, which has no level word: up to a stop or a time ("báo cáo Ban Chỉ đạo Trung ương
                       # các Chương trình mục tiêu quốc gia, Ban Thường vụ Tỉnh ủy", "Ban Chỉ đạo quốc gia về chống
                       # khai thác IUU trước ngày 20 hằng tháng")
                       r"|Ban Chỉ đạo[ ](?:Trung ương|quốc gia)" + _STEERING_WORD
                       + r"{1,10}?(?=[ ]*(?:[;.:()\n]|,[ ]*[A-ZĐÀ-Ỹ]|$|[ ](?:trước|trong|hằng|định kỳ)[ ]"
                       # (or another body after it: "Ban Chỉ đạo quốc gia vận động hiến máu tình nguyện và Trung ương
                       # Hội Chữ thập đỏ Việt Nam")
                       r"|[ ]và[ ][A-ZĐÀ-Ỹ]))")


# a steering committee named by the number of the decision that set it up, and its standing office: "Ban Chỉ đạo 389
# tỉnh", "BCĐ 389 quốc gia", "Văn phòng Thường trực BCĐ 389 tỉnh" (the number is its name, no quantity)
_NUMBERED_STEERING = re.compile(r"(?<![\w/-])(?:Văn phòng Thường trực[ ])?(?:Ban Chỉ đạo|BCĐ)[ ]?\d{2,4}"
                                r"(?:[ ](?:quốc gia|Trung ương|tỉnh|thành phố|xã|phường|Tỉnh ủy|Tỉnh uỷ|Thành ủy|Thành uỷ"
                                r"|(?P<many>các[ ](?:xã,[ ]phường|xã|phường)|cấp[ ]xã)))?(?![\w/])")


def _steering_name(text: str, start: int, end: int) -> bool:
    m = _STEERING.match(text, start)
    return bool(m) and m.end() == end


_BODY_ABBREVIATIONS = (("BQLDA", "Ban Quản lý dự án"), ("QLDA", "Quản lý dự án"), ("ĐTXD", "đầu tư xây dựng"),
                       ("Công ty CP", "Công ty cổ phần"), ("BVTV", "Bảo vệ thực vật"),
                       ("THPT", "Trung học phổ thông"), ("THCS", "Trung học cơ sở"),
                       ("PTDTNT", "Phổ thông dân tộc nội trú"))
# universities, institutes, companies, centres: the head, its type words, then a name with capitals
# a lower-case "và" inside a name that runs on to its level word: "... khoa học và công nghệ tỉnh"
_LOWER_AND_LEVEL = re.compile(r"(?:[ ]+[a-zđà-ỹ]+){1,3}[ ]+(?:tỉnh|huyện)(?![\w])")
_INSTITUTION = re.compile(r"(?:Trường|Đại học|Học viện|Viện|Phân hiệu|Tổng công ty|Công ty|Tập đoàn|Trung tâm|Quỹ"
                          r"|Ngân hàng|Sở|Báo|Tạp chí|Bệnh viện|Công đoàn|Đồn Biên phòng|Hiệp hội)(?=[ ])")
# one scan for every capitalised head above (the word boundary before it is checked in Python: a
# look-behind first would keep the regex engine from skipping ahead to the heads' first letters)
def _spell_out(name: str) -> str:
    """"Ban QLDA ĐTXD số 1" -> "Ban Quản lý dự án đầu tư xây dựng số 1", "Công ty CP X" -> "Công ty cổ phần X"."""
    name = re.sub(r"\s+", " ", name).strip()
    for short, long_ in _BODY_ABBREVIATIONS:
        if short in name:
            name = re.sub(rf"(?<!\w){short}(?!\w)", long_, name)
    return name


# a board for one piece of work, by one or two lower-case words of it: "Ban Chỉ đạo diễn tập", "Ban Chỉ huy diễn tập"
# (no role verb: "Ban Chỉ đạo kiểm tra ...", "Ban Chỉ huy tổ chức ..."; the document must name it more than once)
_PURPOSE_BOARD = re.compile(r"Ban Chỉ (?:đạo|huy)[ ](?!(?:chỉ đạo|chủ trì|phối hợp|thực hiện|tổ chức|báo cáo|kiểm tra|hướng dẫn"
                            r"|theo dõi|đôn đốc|giúp|tham mưu|là|có|gồm|do|được|và|tại|của|với|điều hành|xem xét|quyết định"
                            r"|phê duyệt|thông qua|họp|làm|các|tỉnh|xã|phường|huyện|thành phố)(?![\w]))[a-zđà-ỹ]+(?:[ ][a-zđà-ỹ]+)?"
                            r"(?=[ ]*[,.;:()\n]|[ ](?:chủ trì|phối hợp|thực hiện|tổ chức|kiểm tra|điều hành|do|theo dõi|chỉ đạo"
                            r"|tham mưu|báo cáo|quyết định|phê duyệt)(?![\w]))")
# an event's organising committee and its sub-committees, named by their work: "Ban Tổ chức Đại hội", "Tiểu ban
# Chuyên môn", "Tiểu ban Tuyên truyền, Khánh tiết", "Tiểu ban Hậu cần - Y tế" (each part a capitalised word of two
# syllables; not the party's "Ban Tổ chức Tỉnh ủy")
_BOARD_PART = r"[A-ZĐÀ-Ỹ][a-zđà-ỹ]*[ ][a-zđà-ỹ]+"
_EVENT_BOARD = re.compile(r"Ban Tổ chức[ ](?:Đại hội|Hội thi|Hội thao|Hội diễn|Hội nghị|Lễ hội|Liên hoan|Cuộc thi|Ngày hội"
                          r"|Tuần lễ|Giải)(?![\w])"
                          rf"|Tiểu ban[ ](?!Tiểu[ ]ban){_BOARD_PART}(?:(?:,[ ]|[ ][-–][ ]|[ ]và[ ])(?!Tiểu[ ]ban){_BOARD_PART})*"
                          r"(?:[ ][IVXL]{1,5})?(?![\w])")   # ("Tiểu ban Đại hội XIV": of the fourteenth congress)
_UNIT_HEADS = ("Phòng", "Vụ", "Cục", "Chi cục", "Khoa")   # (a hospital's wards: "Khoa Cấp cứu")
# a unit named in full before its code in brackets, as the police write theirs: "Phòng An ninh mạng và phòng, chống
# tội phạm sử dụng công nghệ cao (PA05)", "Cục Cảnh sát điều tra tội phạm về ma túy (C04)"
# (a police unit's code, "(PC04)", or a division's number, "(Phòng 3)", as a procuracy's or a department's plan heads
# each division's part with its long name)
UNIT_CODE = r"\((?P<code>[A-Z]{1,3}\d{2,3}[A-Z]?|(?:Phòng|Vụ|Cục)[ ]\d{1,2})\)"
# (the long name may wrap onto the next line, which goes on in lower case)
_CODED_UNIT = re.compile(r"(?:Phòng|Vụ|Cục|Chi cục)[ ][A-ZĐÀ-Ỹ](?:[^()\n;:.]|\n(?=[a-zđà-ỹ])){2,130}?(?=\s{0,3}" + UNIT_CODE + ")")
_BOARD_HEADS = ("Ban Quản lý dự án", "Ban QLDA", "BQLDA", "Ban Quản lý rừng", "Ban Quản lý Vườn quốc gia",
                "Ban Quản lý Khu bảo tồn", "Ban Quản lý Khu kinh tế", "Ban Chỉ đạo", "Ban Quản lý cảng cá",
                "Ban Quản lý Cảng cá", "Ban Quản lý các cảng cá")
# an economic zone's board named by its zone: "Ban Quản lý Khu kinh tế Nghi Sơn và các khu công nghiệp", "Ban Quản
# lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn" (not "Ban Quản lý Khu kinh tế tỉnh", which the lexicon names)
_NAME_WORD = r"[A-ZĐÀ-Ỹ][a-zđà-ỹ]*"
_ZONE_BOARD = re.compile(rf"Ban Quản lý Khu kinh tế(?: cửa khẩu| ven biển)?[ ]{_NAME_WORD}(?:[ ]{_NAME_WORD}|[ ][-–][ ]{_NAME_WORD})*"
                         rf"(?:[ ]và các khu công nghiệp(?:[ ]{_NAME_WORD}(?:[ ]{_NAME_WORD})*)?)?")
_INSTITUTION_HEADS = ("Trường", "Đại học", "Học viện", "Viện", "Phân hiệu", "Tổng công ty", "Công ty", "Tập đoàn",
                      "Trung tâm", "Ngân hàng", "Sở", "Báo", "Tạp chí", "Bệnh viện", "Công đoàn", "Đồn Biên phòng",
                      "Hiệp hội", "Quỹ")
_ALL_HEADS = (*_UNIT_HEADS, *_BOARD_HEADS, *_INSTITUTION_HEADS)
# the heads' first letters as a character class first: the regex engine then skips to them (five times
# faster than an alternation of the words); the head itself is checked in Python
_NAMED_HEAD = re.compile("[" + "".join(sorted({h[0] for h in _ALL_HEADS})) + "](?:"
                         + "|".join(sorted({re.escape(h[1:]) for h in _ALL_HEADS}, key=len, reverse=True)) + ")[ ]")
# a neighbourhood's bodies: "Ban điều hành khu phố 3, khu phố 7", "Ban điều hành các khu phố", "Chi bộ thôn Tân An"
_HAMLET_UNIT = r"(?:ở[ ])?(?:khu phố|thôn|ấp|tổ dân phố|bản|buôn|khối phố|khu dân cư)"
_HAMLET_HEADS = ("Ban điều hành ", "ban điều hành ", "Ban công tác ", "Ban Công tác ", "ban công tác ", "Ban nhân dân ",
                 "Chi bộ ", "chi bộ ", "Chi ủy ", "chi ủy ", "Chi uỷ ", "chi uỷ ", "Trưởng ", "trưởng ")
_HAMLET_WHICH = r"(?:\d{1,3}[A-Z]?|[A-ZĐÀ-Ỹ][a-zđà-ỹ]+(?:[ ][A-ZĐÀ-Ỹ][a-zđà-ỹ]+){0,3})"
_HAMLET_BODY = re.compile(rf"(?P<head>[Bb]an[ ](?i:điều hành|công tác Mặt trận|nhân dân)|[Cc]hi[ ](?i:bộ|ủy|uỷ)|[Tt]rưởng)[ ]"
                          rf"(?:(?P<many>các)[ ]"
                          rf"(?P<unit>{_HAMLET_UNIT}(?:(?:,[ ]|[ ]và[ ])(?:các[ ])?{_HAMLET_UNIT})*)"
                          rf"(?![ ]{_HAMLET_WHICH})"
                          rf"|{_HAMLET_UNIT}(?:[ ](?P<which>{_HAMLET_WHICH})(?:(?:,[ ]|[ ]và[ ]){_HAMLET_UNIT}[ ]{_HAMLET_WHICH})*)?)"
                          rf"(?![\w])")
# offices of the 2025 reorganisation named by a number or a place ("Thuế cơ sở 8 tỉnh An Giang", "Bảo hiểm xã hội
# cơ sở Thoại Sơn", "Kho bạc Nhà nước khu vực XII", "Ban Chỉ huy Phòng thủ khu vực 2 - Tân An"), and a cooperative
# by its trade and name ("Hợp tác xã nông nghiệp Mỹ Phú", "Hợp tác xã Dịch vụ môi trường Tam Phước")
_UPPER = UPPER
_LOWER = "a-zđàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"   # ("à-ỹ" would take capitals too)
_CAP_WORD = rf"[{_UPPER}][{_LOWER}]+"
_OFFICE_END = (r"(?=[ ]*(?:[,;.():\n]|$|và\b|(?:chủ trì|phối hợp|thực hiện|vận động|tổ chức|triển khai|đôn đốc|hướng dẫn"
               r"|báo cáo|tham gia|cung cấp|thu gom|bảo đảm|xây dựng|kiểm soát|theo dõi)\b))")
# words of time, which no office's number follows: "gửi Phòng Tư pháp trước ngày 20" (the 20 is a day)
_WHEN_WORD = r"(?:trước|sau|trong|đến|từ|chậm nhất|ngày|tháng|quý|năm)"
_LOCAL_OFFICE = re.compile(rf"(?:Thuế cơ sở[ ]\d{{1,2}}(?:[ ](?:tỉnh|thành phố)[ ]{_CAP_WORD}(?:[ ]{_CAP_WORD}){{0,3}})?"
                           rf"|Bảo hiểm xã hội cơ sở[ ]{_CAP_WORD}(?:[ ]{_CAP_WORD}){{0,3}}"
                           rf"|Ban Chỉ huy [Pp]hòng thủ khu vực[ ]\d{{1,2}}(?:[ ]*[-–][ ]*{_CAP_WORD}(?:[ ]{_CAP_WORD}){{0,3}})?"
                           rf"|Hợp tác xã(?:[ ][^\W\d_]+){{0,5}}[ ]{_CAP_WORD}){_OFFICE_END}"
                           # a port authority by its port's province or city ("Cảng vụ Hàng hải Thanh Hóa", "Cảng vụ
                           # Đường thủy nội địa Cần Thơ")
                           rf"|Cảng vụ[ ](?:[Hh]àng hải|[Đđ]ường thủy nội địa)[ ]{_CAP_WORD}(?:[ ]{_CAP_WORD}){{0,3}}(?![\w])"
                           # a social policy bank's transaction office by its area ("Phòng giao dịch Ngân hàng Chính sách
                           # xã hội khu vực Hàm Yên", "Phòng giao dịch NHCSXH huyện Yên Sơn"): one office, not them all
                           rf"|Phòng giao dịch[ ](?:Ngân hàng Chính sách xã hội|NHCSXH)[ ]"
                           rf"(?:(?:[Kk]hu vực|huyện|thị xã|thành phố|liên huyện)[ ])?{_CAP_WORD}(?:[ ]{_CAP_WORD}){{0,3}}(?![\w])"
                           # a treasury's region ends at its number, whatever follows ("Kho bạc Nhà nước khu vực XIX
                           # hạch toán ..."); an office or team named by its number ends there before what it is told
                           # ("Phòng Nghiệp vụ 2 chủ trì", "Đội Kiểm tra thuế số 3 phối hợp"; not "Phòng Kinh tế hướng
                           # dẫn 2 xã")
                           rf"|Kho bạc Nhà nước [Kk]hu vực[ ](?:[IVX]{{1,5}}|\d{{1,2}})(?![\w])"
                           rf"|(?:Phòng|Đội)[ ]{_CAP_WORD}(?:[ ](?!{_WHEN_WORD}[ ])[{_LOWER}]+){{0,3}}[ ](?:số[ ])?\d{{1,2}}{_OFFICE_END}"
                           # a market's board and a cooperative whose name's capitals end it, whatever verb follows:
                           # "Ban Quản lý chợ Tân An di chuyển ...", "Hợp tác xã Dịch vụ môi trường Hòa Lợi điều chỉnh ..."
                           rf"|(?:Ban Quản lý chợ|Hợp tác xã(?:[ ](?!(?:và|với|của|tại|hoặc|cho)[ ])[^\W\d_]+){{0,4}})"
                           rf"(?:[ ]{_CAP_WORD}){{1,4}}"
                           rf"(?=[ ]+[{_LOWER}])")
# a bank's or a group's branch by its brand, a word in Latin letters with capitals: "Agribank Chi nhánh tỉnh An
# Giang", "BIDV chi nhánh Bắc Đồng Tháp", "VietinBank Chi nhánh Khu vực 3" (the branch's place ends it)
# (a brand: capitals only, two capitals or more, or a name ending in "bank")
_BRAND_BRANCH = re.compile(rf"(?<![\w])(?:[A-Z]{{2,6}}|[A-Z][a-z]*[A-Z][A-Za-z]*|[A-Z][a-z]*bank)[ ][Cc]hi nhánh[ ]"
                           rf"(?:(?:tỉnh|thành phố|[Kk]hu vực)[ ])?(?:{_CAP_WORD}(?:[ ]{_CAP_WORD}){{0,3}}|\d{{1,2}})"
                           rf"(?![\w])")
_NAME_GAPS = (" ", " - ", " – ", "-", "–", " & ", "&")
_GAP_WORD = re.compile(r"([ ]*[-–&]?[ ]*)([^\W_]+)")
_ROLE_VERB_NEXT = re.compile(r"[ ]+(?:chủ trì|phối hợp|thực hiện|tham mưu|tổ chức|triển khai|hướng dẫn|theo dõi|đôn đốc"
                             r"|kiểm tra|rà soát|cung cấp|biên soạn|đề xuất|tuyên truyền|chuyển giao|có trách nhiệm)(?![\w])")
_NOT_NAME_PART = frozenset(("các", "những", "mọi", "cơ", "đơn", "địa", "nhân", "người", "doanh", "hộ", "chủ", "đồng", "toàn"))
_FIELD_NAMED = ("Trường", "Đại học", "Học viện", "Viện", "Phân hiệu")   # named after a field of study or research
_QUANTITY_AT = re.compile(r"\d+[.,]\d")    # a figure with a thousands or a decimal separator
_SHARE_AFTER = re.compile(r"[ ]?(?:%|phần trăm(?![\w]))")   # "Trường Tiểu học Lý Sơn đạt 65%": a share, no name's number
_LOWER_START = ("Công ty", "Tổng công ty", "Tập đoàn")     # "Công ty cổ phần cao su Lai Châu"
# the goods a company's name may end on in lower case ("Công ty Mua bán điện", "Công ty Kinh doanh nước sạch")
_TRADE_END = re.compile(r"[ ](?:điện|nước|nước sạch|than|khí|dầu|xăng dầu|dầu khí|khoáng sản|cao su|thủy sản|lương thực)$")
_CELL_END = re.compile(r"[ \t]*(?:$|[\n,;:.()|])")
_INSTITUTION_TYPE = re.compile(r"(?:[ ]+(?:đại học|cao đẳng|trung cấp|cổ phần|CP|TNHH|trách nhiệm hữu hạn|một thành viên"
                               r"|MTV|hai thành viên|Đại học|Cao đẳng|Trung cấp|Cổ phần"
                               r"|trung học phổ thông|trung học cơ sở|tiểu học|mầm non|phổ thông dân tộc nội trú"
                               r"|THPT|THCS|PTDTNT|PTDTBT|chuyên))*", re.I)   # ("Trường THPT chuyên Lê Quý Đôn")


# ---------------------------------------------------------------- the recogniser

# the line break first, the look-behind after it: the regex engine then jumps from break to break
_BREAK = re.compile(r"\n(?<=[^\W_,]\n|,\n)(?=[ \t]*[^\W\d_])")


def _join_lines(loose: str) -> str:
    r"""Line breaks inside a sentence read as spaces ("UBND huyện\nVị Xuyên", text converted from web
    pages): a break after a word or a comma, before a word (not before a bullet or a number).

    >>> _join_lines("ubnd huyen\nvi xuyen\n- so tai chinh")
    'ubnd huyen vi xuyen\n- so tai chinh'
    """
    return _BREAK.sub(" ", loose) if "\n" in loose else loose


@lru_cache(maxsize=2)
def _scan_loose(key: str) -> str:
    """The key a scan reads its words on: folded, lines inside a sentence joined (:func:`_join_lines`).  Made
    once for a document's key: a scan of one of its lines (a work's body on its line, a letter's addressees)
    reads the whole key's, as the document's scan does."""
    return _join_lines(fold(key))


class _Scan:
    """One call of :func:`find_agencies`: the text, its keys, the candidates found."""

    def __init__(self, text: str, key: str, start: int, end: int, level: str, province: str | None):
        self.text = desegment(text) if "_" in text else text
        self.key = desegment(key) if "_" in key else key
        self.loose = _scan_loose(self.key)
        self.start, self.end, self.level = start, end, level
        self.province = _loose(province) if province else None
        self.t = _tables()
        # (-length, prio, -score, s, e, names, kind, how, score): sorted as they stand, longest first,
        # then the lexicon before forms, then the better spelt
        self.cands: list[tuple] = []
        self.owners: list[tuple] = []      # (s, e, names, kind): bodies that only own parts
        self.parts: dict[int, list[tuple]] = {}   # end -> [(s, head, score)]
        self.owner_spans: set[tuple[int, int]] = set()   # words that only name an owner ("Trung ương Đảng")
        self.owner_only: set[tuple] = set()

    @cached_property
    def lower(self) -> bool:
        """A lower-cased text: names cannot be told by their capitals (read once, when first asked)."""
        return _lowercased(self.text[self.start:self.end])

    # -- helpers
    def capital(self, pos: int) -> bool:
        return self.text[pos].isupper() or self.lower

    def add(self, s, e, names, kind, how, score, prio=1):
        if names:
            self.cands.append((s - e, prio, -score, s, e, tuple(names), kind, how, score))

    def place(self, pos: int, lower_ok: bool) -> tuple[str, int, bool] | None:
        """(name, end, is a province) of a place written at ``pos`` (before its spaces)."""
        m = _SPACE.match(self.loose, pos, self.end)
        if not m:
            return None
        q = m.end()
        hit = self.t.provinces.longest(self.loose, q, self.end)
        if hit:
            return hit[0], hit[2], True
        words, p = [], q
        while len(words) < 4 and not self.stop_at(p):
            w = _WORD_AT.match(self.text, p, self.end)
            if not w or (words and self.text[p:w.start(1)] not in (" ", " - ", " – ")):
                break
            word = w.group(1)
            if not (word[0].isupper() or (word.isdigit() and len(word) <= 2 and not words)):
                break
            words.append(word)
            p = w.end()
        if words and "\n" in self.text[pos:q] and sum(w[1:].islower() for w in words) < 2:
            # across a line break only a name of two words or more ("UBND huyện" ⏎ "Vị Xuyên"): not the next
            # line's first word ("Văn phòng HĐND và UBND phường" ⏎ "Đăng tải ...", a cell "Quý III/2026" below)
            words = []
        if words:
            return " ".join(words), p, False
        if not lower_ok:
            return None
        p = q
        while len(words) < 3 and not self.stop_at(p):
            w = _WORD_AT.match(self.text, p, self.end)
            if not w or self.text[p:w.start(1)].strip() or not w.group(1).isalpha():
                break
            words.append(w.group(1))
            p = w.end()
        if words and _ENDS.match(self.loose, p, self.end) or words and self.stop_at(p):
            return " ".join(x.capitalize() for x in words), p, False
        return None

    def and_to_verb(self, pos: int) -> bool:
        """Whether one or two words in lower case after a name's "và" reach a role verb: the name's last
        part ("... khoa học và công nghệ thực hiện"), not another party ("và các đơn vị", "và nhân dân")."""
        for _ in range(2):
            w = _WORD_AT.match(self.text, pos, self.end)
            if not w or not w.group(1).islower() or w.group(1) in _NOT_NAME_PART:
                return False
            pos = w.end()
            if _ROLE_VERB_NEXT.match(self.text, pos, self.end):
                return True
        return False

    def stop_at(self, pos: int) -> bool:
        """Whether a word that ends a name (a role verb, a function word) is written at ``pos``."""
        if (m := self.t.stop_loose.match(self.loose, pos, self.end)):
            # "Viện Vật liệu xây dựng chủ trì": the last words of a field, no verb, when nothing to build follows
            return not (m.group(0).strip() == "xay dung" and _FIELD_LAST.match(self.key, m.end(), self.end))
        m = self.t.stop_strict.match(self.key, pos, self.end)
        # "làm" ends a name ("... làm chủ đầu tư") unless it is the noun "việc làm" ("Trung tâm Dịch vụ việc làm")
        return bool(m) and not (m.group(0).strip() == "làm" and self.key[max(0, pos - 5):pos] == " việc")

    def same_province(self, place: str) -> bool:
        """Whether a province named after a body is the document's own (its name is then dropped):
        unknown in a provincial document means yes; a central document names provinces apart."""
        if self.province is None:
            return self.level != "central"
        return _loose(place) == self.province

    def display(self, place: str) -> str:
        return place[len("Thành phố "):] if place.startswith("Thành phố ") else place

    # -- LEX, OWNER
    def best(self, s: int, e: int, aliases: tuple) -> tuple[float, tuple] | None:
        """The alias the text at ``s:e`` spells best, with its score; None when it spells none."""
        ks = self.key[s:e]
        best = None
        for alias in aliases:
            strict, words, caps, _ = alias
            if ks == strict:
                sc = 1.0
            elif words == 1 and not self.lower:
                continue           # one word must be spelt right: "ca" is not "cả"
            else:
                sc = _accept(ks, strict)
                if sc is None:
                    continue
            if caps and not self.lower and not (self.text[s].isupper() if caps < 0 else self.text[s:s + caps].isupper()):
                continue           # an abbreviation in capitals ("UBND", "CA") is capitals in the text
            if best is None or sc > best[0]:
                best = (sc, alias)
        return best

    def lex_hit(self, s, e, label, aliases):
        got = self.best(s, e, aliases)
        if got is None:
            return
        sc, (alias, _, _, entry) = got
        if label == _OWNER:
            self.owners.append((s, e, entry.names, "body"))
            self.owner_spans.add((s, e))
            self.owner_only.add((s, e, entry.names, "body"))
            return
        e2 = e
        if entry.kind == "collective" and _loose(alias) == "thanh uy":
            # "Thành ủy Hà Nội", "Thành ủy Thành phố Hồ Chí Minh": the party committee of a centrally-run city
            m = _TAIL_LEVEL.match(self.loose, e, self.end)
            p0 = m.end() if m and m.group(1) != "tinh" else e
            pl = self.place(p0, self.lower)
            if pl and pl[0] in self.t.cities:
                if not self.same_province(pl[0]):
                    name = "Thành ủy " + ("Thành phố Hồ Chí Minh" if "Hồ Chí Minh" in pl[0] else self.display(pl[0]))
                    self.add(s, pl[1], (name,), "body", "lexicon", sc, 0)
                    return
        if entry.kind == "collective":
            e2 = self.qualifier(e)
            if e2 > e:
                self.add(s, e2, entry.names, entry.kind, "lexicon", sc, 1)
            e2 = e
        names = entry.names
        if entry.kind == "body":
            if alias.endswith(("tỉnh", "tỉnh ủy")):
                pl = self.place(e, self.lower)
                if pl and pl[2]:
                    e2 = pl[1]
                    if not self.same_province(pl[0]):
                        names = tuple(f"{n} {self.display(pl[0])}" for n in names)
            elif names[0].startswith("Sở "):
                e2, names = self.province_tail(e, names)
        self.add(s, e2, names, entry.kind, "lexicon", sc, 0)
        if entry.kind == "collective" or s - 1 in self.parts or s - 5 in self.parts:
            # an owner only where a part stands before it (parts come first: hits are in order),
            # or a collective, which a part before a list may reach ("Ban Thường vụ các tỉnh ủy, thành ủy")
            self.owners.append((s, e2, names, entry.kind))

    def local_hit(self, s, e, aliases):
        """A name of ``agencies_local.tsv``, in a document of its province (it wins over the lexicon)."""
        mine = tuple(a for a in aliases if _loose(a[3].level) == self.province
                     or (a[3].level == _ALL_CITIES and self.province in self.t.city_keys))
        got = self.best(s, e, mine) if mine else None
        if got is not None:
            sc, (_, _, _, entry) = got
            self.add(s, e, entry.names, entry.kind, "lexicon", sc, -1)
            self.owners.append((s, e, entry.names, entry.kind))

    def province_tail(self, e, names):
        """" tỉnh Lào Cai" after a provincial body: part of the mention, not of the name; " các tỉnh, thành phố trực
        thuộc trung ương" after a department: whose departments they are (every province's), no body of its own."""
        every = _OF_EVERY_PROVINCE.match(self.loose, e, self.end)
        if every:
            return every.end(), names
        m = _TAIL_LEVEL.match(self.loose, e, self.end)
        if m:
            pl = self.place(m.end(), self.lower)
            if pl and (pl[2] or m.group(1) != "tinh"):
                if not self.same_province(pl[0]):
                    names = tuple(f"{n} {self.key[m.start(1):m.end(1)]} {self.display(pl[0])}" for n in names)
                return pl[1], names
        return e, names

    def unknown_item(self, p: int) -> tuple[str, int, int] | None:
        """An item of a list that the table does not know, written with a capital ("các Sở: Ngoại
        thương, Tài chính"): (its words, start, end) up to the next separator, so that the rest of the
        list is still read."""
        m = _UNKNOWN_ITEM.match(self.text, p, self.end)
        if not m or not m.group(1)[0].isupper() or _AGENCY_WORD.search(self.loose, m.start(1), m.end(1)):
            return None
        return m.group(1), m.start(1), m.end(1)

    def qualifier(self, e: int) -> int:
        m = _QUALIFIER.match(self.loose, e, self.end)
        if not m:
            return e
        if not m.group("region"):
            return m.end()
        # "trong vùng Đồng bằng sông Cửu Long": words up to the last one with a capital
        p, last, n = m.end(), None, 0
        while n < 6:
            w = _WORD_AT.match(self.text, p, self.end)
            if not w or self.text[p:w.start(1)].strip():
                break
            p, n = w.end(), n + 1
            if w.group(1)[0].isupper():
                last = p
        return last or e

    # -- PART
    def part_hit(self, s, e, aliases):
        got = self.best(s, e, aliases)
        if got is None:
            return
        sc, (alias, words, _, head) = got
        if alias.startswith("các ") or words >= 3 or head.only or self.capital(s):
            self.parts.setdefault(e, []).append((s, head, sc))

    # -- BODY: a body, a level, a place
    def body_hits(self, hits):
        """"UBND huyện Mèo Vạc", "Công an cấp huyện", "HĐND, UBND tỉnh"; a body without a level only
        owns parts ("Thường trực HĐND")."""
        resolved: dict[int, tuple[int, str, str, str]] = {}   # start -> (end, level suffix, kind, stem)
        for s, e, aliases in sorted(hits, key=lambda h: -h[0]):
            got = self.best(s, e, aliases)
            if got is None:
                continue
            _, (alias, words, _, body) = got
            if words < 3 and not self.capital(s):
                continue           # "thu thuế tỉnh", "công tác thanh tra": a common noun, no body
            lower_ok = self.lower or self.key[s:e] == self.text[s:e]
            if "khu vực" in body.levels and (regional := self.regional(body, s, e)):
                self.add(*regional, "form", 0.95)
                self.owners.append(regional[:4])
                continue
            m = _LEVEL.match(self.loose, e, self.end)
            got = self.level_of(body, m, lower_ok) if m else None
            if got is None:
                # "HĐND, UBND tỉnh": a level shared with the next body of a list
                sep = _SEP.match(self.loose, e, self.end)
                nxt = resolved.get(sep.end()) if sep and "\n" not in self.loose[e:sep.end()] else None
                if nxt and self.capital(s):
                    n_end, suffix, kind, next_stem = nxt
                    self.add(s, n_end, (f"{body.stem}{suffix}", f"{next_stem}{suffix}"), kind, "form", 0.9)
                suffix = " tỉnh" if self.level == "province" and "tỉnh" in body.levels else ""
                self.owners.append((s, e, (f"{body.stem}{suffix}",), "body"))
                continue
            end, suffix, kind = got
            suffixes = suffix if isinstance(suffix, tuple) else (suffix,)   # several places: a body each
            if len(suffixes) == 1:
                resolved[s] = (end, suffix, kind, body.stem)     # a level the body before may share
            names = tuple(f"{body.stem}{x}" for x in suffixes)
            self.owners.append((s, end, names, kind))
            if not body.owner_only:
                self.add(s, end, names, kind, "form", 0.95 if suffix else 0.9)

    def regional(self, body: _Body, s: int, e: int) -> tuple[int, int, tuple[str, ...], str] | None:
        """(start, end, names, kind) of a regional court or procuracy: "khu vực 2", "khu vực 1, 2 và 3" (a body each),
        or, without a number, all of them ("các Viện kiểm sát nhân dân khu vực")."""
        m = _REGION.match(self.loose, e, self.end)
        if not m:
            return None
        numbers, end = [], m.end()
        while (n := (_REGION_NO if not numbers else _REGION_NEXT).match(self.text, end, self.end)):
            numbers.append(n.group(1))
            end = n.end()
        if numbers:
            return s, end, tuple(f"{body.stem} khu vực {n}" for n in numbers), "body"
        every = _EVERY_BEFORE.search(self.loose, max(0, s - 6), s)
        named = _WORD_AT.match(self.text, m.end(), self.end)     # "khu vực Tây Nguyên": a region, no court's
        if every and not (named and named.group(1)[0].isupper()):
            return every.start(), m.end(), (f"Các {body.stem} khu vực",), "collective"
        return None

    def more_provinces(self, pos: int, lower_ok: bool) -> list[tuple[int, str]]:
        """The provinces and cities that go on after a body's province: "Ủy ban nhân dân thành phố Hà Nội,
        [các tỉnh Hưng Yên, Bắc Ninh]", "..., tỉnh Hưng Yên và tỉnh Bắc Ninh": (end, level and name) of each,
        a body each."""
        out: list[tuple[int, str]] = []
        while True:
            again = _MORE_PROVINCES.match(self.loose, pos, min(self.end, pos + 24))
            if not again or "\n" in self.loose[pos:again.end()]:
                return out
            lvl = "tỉnh" if again.group("lvl") == "tinh" else "thành phố"
            pl = self.place(again.end() - 1, lower_ok)
            if pl is None or not (pl[2] or pl[0] in self.t.cities):
                return out
            out.append((pl[1], f" {lvl} {self.display(pl[0])}"))
            pos = pl[1]
            while again.group("cac"):          # "các tỉnh Hưng Yên, Bắc Ninh": the level word once
                sep = _SEP.match(self.loose, pos, self.end)
                if not sep or sep.end() == pos or "\n" in self.loose[pos:sep.end()]:
                    break
                pl = self.place(sep.end() - 1 if self.loose[sep.end() - 1] == " " else sep.end(), lower_ok)
                if pl is None or not pl[2]:
                    break
                out.append((pl[1], f" {lvl} {self.display(pl[0])}"))
                pos = pl[1]

    def level_of(self, body: _Body, m: re.Match, lower_ok: bool) -> tuple[int, str | tuple[str, ...], str] | None:
        """(end, suffix of the name, kind) for the level matched by ``m`` after a body; several suffixes
        when a plural level names its places ("các xã Yên Lạc, Phú Lạc")."""
        if m.group("one"):
            lvl = _LEVEL_WORD[m.group("one")]
            if lvl not in body.levels or _accept(self.key[m.start("one"):m.end("one")], lvl) is None:
                return None
            pl = self.place(m.end(), lower_ok)
            if lvl == "tỉnh" and pl and not pl[2]:
                pl = None      # after "tỉnh" only a province's name ("UBND tỉnh Quyết định ..." is no place)
            if pl is None:
                return m.end(), f" {lvl}", "body"
            place, end, _ = pl
            if lvl == "tỉnh" or (lvl == "thành phố" and place in self.t.cities):
                own = self.same_province(place)
                first = f" {lvl}" + ("" if own else f" {self.display(place)}")
                more = [] if own else self.more_provinces(end, lower_ok)
                if more:
                    return more[-1][0], (first, *(name for _, name in more)), "body"
                return end, first, "body"
            # "UBND xã Hướng Phùng, xã Hướng Lập": the level word again before each place, a body each
            places = [self.display(place)]
            word = self.loose[m.start("one"):m.end("one")]
            while True:
                again = re.match(rf"[ ]*(?:,|[ ]va)[ ]+{re.escape(word)}[ ]", self.loose[end:min(self.end, end + 20)])
                nxt = self.place(end + again.end() - 1, lower_ok) if again and "\n" not in self.loose[end:end + again.end()] else None
                if nxt is None or nxt[2]:
                    break
                places.append(self.display(nxt[0]))
                end = nxt[1]
            if len(places) >= 2:
                return end, tuple(f" {lvl} {p}" for p in places), "body"
            return end, f" {lvl} {self.display(place)}", "body"
        if m.group("cap"):
            lvl = _LEVEL_WORD[m.group("cap").replace("  ", " ")]
            if lvl == "tỉnh":
                return m.end(), " tỉnh", "body"
            return m.end(), f" cấp {lvl}", "collective"
        if m.group("all"):
            return m.end(), " các cấp", "collective"
        words = [_LEVEL_WORD.get(w.strip(), w.strip()) for w in
                 re.split(r"[ ]*(?:,|[ ]va[ ])[ ]*(?:cac[ ]+)?", m.group("plural")[len("cac "):].strip())]
        words = ["thị xã" if w == "thị" else w for w in words]
        if len(words) == 1 and words[0] in ("tỉnh", "xã", "phường", "huyện", "quận", "thị trấn"):
            # "UBND các xã Yên Lạc, Phú Lạc": the bodies of the places named, one each
            places, pos = [], m.end()
            for pl in self.listed_places(m.end(), lower_ok):   # (a commune may bear a province's name: "xã Hòa Bình")
                places.append(self.display(pl[0]))
                pos = pl[1]
            if words[0] == "tỉnh":
                places = [p for p in places if not self.same_province(p)] if len(places) >= 2 else []
            if len(places) >= 2:
                names = [f" {words[0]} {place}" for place in places]
                # "các huyện Tân Hồng, Hồng Ngự và thị xã Hồng Ngự": a place of another level closes the list
                while (more := _MORE_LOCAL.match(self.loose, pos, min(self.end, pos + 24))) \
                        and "\n" not in self.loose[pos:more.end()]:
                    pl = self.place(more.end() - 1, lower_ok)
                    if pl is None or pl[2]:
                        break
                    names.append(f" {_LEVEL_WORD[more.group('lvl')]} {self.display(pl[0])}")
                    pos = pl[1]
                return pos, tuple(names), "body"
        if set(words) <= {"tỉnh", "thành phố"} and (listed := self.province_list(m.end(), lower_ok)):
            return listed[0], listed[1], "body"     # "UBND các tỉnh, thành phố: Lào Cai, Phú Thọ, Hà Nội"
        end, suffix = m.end(), " các " + ", ".join(words)
        if words[-1] in ("thành phố", "thị xã"):     # "UBND các huyện, thành phố Tân An"
            pl = self.place(end, False)
            if pl and not pl[2]:
                return pl[1], f"{suffix} {pl[0]}", "collective"
        apart = self.set_apart(end)
        if apart:
            end, suffix = apart[0], f"{suffix} {apart[1]}"
        return end, suffix, "collective"

    def set_apart(self, e: int) -> tuple[int, str] | None:
        """(end, words as written) of what sets a collective of places apart right after ``e``."""
        m = _SET_APART.match(self.loose, e, self.end)
        if not m:
            return None
        held = _HELD.match(self.text, m.end(), self.end) if m.group("has") else m
        return (held.end(), " ".join(self.text[m.start():held.end()].split())) if held else None

    def province_list(self, pos: int, lower_ok: bool) -> tuple[int, tuple[str, ...]] | None:
        """(end, name suffixes) of the provinces a colon at ``pos`` lists, two or more ("...: Lào Cai, Phú Thọ,
        Hà Nội, TP. Hồ Chí Minh" -> " tỉnh Lào Cai", ..., " thành phố Hồ Chí Minh")."""
        colon = re.match(r"[ ]*:", self.loose[pos:pos + 4])
        if colon is None:
            return None
        names, last = [], 0
        for pl in self.listed_places(pos + colon.end(), lower_ok, city_short=True):
            if not pl[2]:
                break
            level = "thành phố" if pl[0] in self.t.cities else "tỉnh"
            names.append(f" {level} {self.display(pl[0])}")
            last = pl[1]
        return (last, tuple(names)) if len(names) >= 2 else None

    def listed_places(self, pos: int, lower_ok: bool, city_short: bool = False):
        """The places a list names from ``pos`` on, one after another while separators join them ("Yên Lạc, Phú
        Lạc và Hòa Bình"): (name, end, is a province) each; ``city_short`` reads "TP. Hồ Chí Minh" too."""
        while True:
            city = _CITY_SHORT.match(self.loose, pos, self.end) if city_short else None
            pl = self.place(city.end() - 1 if city else pos, lower_ok)
            if pl is None:
                return
            yield pl
            pos = pl[1]
            sep = _SEP.match(self.loose, pos, self.end)
            if not sep or sep.end() == pos or "\n" in self.loose[pos:sep.end()]:
                return
            pos = sep.end() - 1 if self.loose[sep.end() - 1] == " " else sep.end()
            if _BODY_OPENS.match(self.key, pos, self.end):
                return      # "các xã Hải Đông, Vĩnh Lợi và Sở Nông nghiệp và Môi trường": a body ends the list

    # -- HEAD: "Sở"/"Bộ" + domains; "Ban" + domain (a part of its owner)
    def head_hit(self, s, e, head):
        word_end = s + len(head)
        if _accept(self.key[s:word_end], match_key(head)) is None:
            return
        q = _HEAD_INTRO.match(self.loose, word_end, self.end).end()
        listed = ":" in self.loose[word_end:q]        # "các sở, ngành: Tài chính; Xây dựng"
        if not (listed or self.capital(s) or (head == "Sở" and _CAC_BEFORE.search(self.loose, max(self.start, s - 5), s))):
            return     # (in lower case after "các" a department is still named: "yêu cầu các sở giáo dục và đào tạo")
        line = self.text.rfind("\n", max(self.start, s - 6), s) + 1    # (a word on the line above joins nothing)
        before = self.loose[max(self.start, s - 6, line):s]
        if _WORD_BEFORE_HEAD.search(before):
            return     # "cán bộ khoa học", "tiến bộ", "cơ sở y tế", "chi bộ" (the head is another word's end)
        items, p, known = [], q, 0
        trie = self.t.domains[head]
        while True:
            hit = trie.longest(self.loose, p, self.end)
            if hit is None or "\n" in self.loose[p:hit[1]]:
                hit = self.unknown_item(p) if (listed or items) and head != "Ban" else None
                if hit is None:
                    break
            dom, w0, w1 = hit
            capital = self.text[w0].isupper()
            if (items or listed) and not (capital or self.lower):
                break      # "Sở Tài chính, xây dựng kế hoạch": a verb, not a second department
            if items and w1 - w0 <= 3 and self.text[w0:w1].isupper():
                break      # "Bộ X; Thành ủy TP Hà Nội": initials after the first item are no department
            if (self.lower or not self.text[s].isupper() or (head == "Sở" and not capital)) and not (
                    _ENDS.match(self.loose, w1, self.end) or self.stop_at(w1) or _SEP.match(self.loose, w1, self.end)
                    or self.text.startswith("\n", w1)):       # (the loose key reads a line's end as a space)
                break      # in lower case a name must end where a name can end ("các đơn vị trực thuộc Sở xây dựng dự
                #            toán": the department's own units, and a verb)
            items.append((dom, w1))
            known += isinstance(dom, _Domain)
            sep = _SEP.match(self.loose, w1, self.end)
            if not sep:
                break
            p = sep.end()
        while items and not isinstance(items[-1][0], _Domain):
            items.pop()
        if not known:
            return
        first = s
        if _CAC_BEFORE.search(self.loose, max(self.start, s - 5), s):
            first = s - 4
        end = items[-1][1]
        if head == "Ban":
            templates = tuple(f"Ban {_domain_name(d)} {{}}" for d, _ in items)
            self.parts.setdefault(end, []).append((first, _Head("Ban", templates, "part"), 0.95))
            return
        names = tuple(f"{head} {_domain_name(d)}" for d, _ in items)
        if head == "Sở":
            end, names = self.province_tail(end, names)
        elif head == "Phòng":
            # "Phòng Tài nguyên và Môi trường huyện Mèo Vạc", "... các huyện, thành phố"
            m = _LEVEL.match(self.loose, end, self.end)
            got = self.level_of(_DISTRICT_OFFICE, m, self.lower) if m else None
            if got:
                end, suffix, _ = got
                names = tuple(n + suffix for n in names)
        self.add(first, end, names, "body", "form", 0.95 if len(items) == 1 else 0.9, 0)
        self.owners.append((first, end, names, "body"))

    # -- parts and heads composed with what they belong to
    def compose(self):
        """Parts and heads written before what they belong to: "Thường trực, Ban Thường vụ" +
        "Tỉnh ủy"; "Ban Thường vụ" + "các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương" (a part
        is shared by a list of collectives, not by a list of bodies: "Thường trực HĐND tỉnh, UBND
        tỉnh" is no standing committee of the UBND)."""
        owners_at: dict[int, list[tuple]] | None = None     # made when a collective needs it
        parts = self.parts
        # "Ban Nội chính Trung ương Đảng": words that only name an owner ("Trung ương") own the
        # board, not the body they name alone (the Central Committee)
        work = [o for o in self.owners if (o[0] - 1 in parts or o[0] - 5 in parts)
                and ((o[0], o[1]) not in self.owner_spans or o in self.owner_only)]
        seen, depth = set(), 0
        while work and depth < 4:
            nxt = []
            for s, e, names, kind in work:
                if (s, e, names) in seen:
                    continue
                seen.add((s, e, names))
                group = self.part_group(s)
                if not group:
                    continue
                owners = [(e, names, kind)]
                while kind == "collective" and all(g[1].kind == "part" for g in group):
                    if owners_at is None:
                        owners_at = {}
                        for o in self.owners:
                            owners_at.setdefault(o[0], []).append(o)
                    sep = _SEP.match(self.loose, owners[-1][0], self.end)
                    more = [o for o in owners_at.get(sep.end(), ()) if o[3] == "collective"] if sep else []
                    if not more:
                        break
                    o = max(more, key=lambda o: o[1])
                    if not all(self.apply(g[1], t, n, o[3]) for g in group for t in g[1].templates for n in o[2]):
                        break      # "..., các cơ quan thuộc UBTVQH": a body the part cannot belong to ends the list
                    owners.append((o[1], o[2], o[3]))
                out, out_kind = [], None
                for _, head, _ in group:
                    for template in head.templates:
                        for _, ns, k in owners:
                            for n in ns:
                                got = self.apply(head, template, n, k)
                                if got:
                                    out.append(got[0])
                                    out_kind = out_kind or got[1]
                if not out:
                    continue
                end = owners[-1][0]
                unit = _DELEGATION_UNIT.match(self.loose, end, self.end)
                if unit and any(n.startswith("Tổ đại biểu") for n in out):
                    # "Tổ đại biểu HĐND tỉnh đơn vị huyện Bắc Mê": the delegation of one district
                    pl = self.place(unit.end(), self.lower)
                    if pl:
                        lvl = _LEVEL_WORD[unit.group(1)]
                        out = [f"{n} đơn vị {lvl} {self.display(pl[0])}" if n.startswith("Tổ đại biểu") else n
                               for n in out]
                        end = pl[1]
                uniq = tuple(dict.fromkeys(out))
                sc = round(min(g[2] for g in group) * 0.95, 2)
                self.add(group[0][0], end, uniq, out_kind, "form", sc, 0)
                nxt.append((group[0][0], end, uniq, out_kind))
            work, depth = nxt, depth + 1

    def part_group(self, pos: int) -> list[tuple]:
        """The parts written right before ``pos`` ("Thường trực, Ban Thường vụ " before "Tỉnh ủy")."""
        cands = self.parts.get(pos - 1) if pos >= 1 and self.loose[pos - 1] == " " else None
        if not cands and self.loose[max(0, pos - 5):pos] == " cua ":
            cands = self.parts.get(pos - 5)
        if not cands:
            return []
        group = [min(cands, key=lambda c: c[0])]
        if self.text[pos - 1] == "\n" and not self.text[self.text.rfind("\n", 0, group[0][0]) + 1:group[0][0]].strip(" \t-+•*–"):
            return []   # a part alone on its line, a body on the next: two cells of a table, not one name
        while True:
            j = group[0][0]
            m = _LIST_BEFORE.search(self.loose, max(0, j - 6), j)
            if not m:
                break
            prev = self.parts.get(m.start()) or self.parts.get(m.start() - 1 if self.loose[m.start() - 1:m.start()] == " " else -1)
            if not prev:
                break
            head = min(prev, key=lambda c: c[0])
            if head[1].kind == "self" and group[0][1].kind == "self":
                break      # "Bộ trưởng, Thủ trưởng cơ quan ngang bộ": two heads of two bodies, not one
            if head[0] >= 1 and self.loose[head[0] - 1] == " " and self.parts.get(head[0] - 1):
                break      # "Văn phòng Đảng ủy, Ban Tổ chức Đảng ủy": that "Đảng ủy" owns the office before it
                           # and is no part of the list ("Đảng ủy Đảng ủy")
            group.insert(0, head)
        return group

    @staticmethod
    def apply(head: _Head, template: str, name: str, kind: str) -> tuple[str, str] | None:
        """The name a part or head makes of its owner's name, and its kind."""
        if head.only and not name.startswith(head.only):
            return None
        if kind == "person" or name.startswith("Các "):
            return (name, kind) if head.kind == "self" else None
        if head.kind == "self":
            return template.format(name), kind if template == "{}" else "body"
        if head.kind == "office":
            return (template.format(name), "person") if kind == "body" else (name, kind)
        if head.kind == "deputy":
            return template.format(name), "person"
        return template.format(name), kind

    # -- named bodies (over the text)
    def named(self):
        text, s0, e0 = self.text, self.start, self.end
        for h in _NAMED_HEAD.finditer(text, s0, e0):
            head = h.group(0)[:-1]
            if head not in _ALL_HEADS or (h.start() > 0 and (text[h.start() - 1].isalnum() or text[h.start() - 1] == "_")):
                continue
            if head in _UNIT_HEADS and (m := _CODED_UNIT.match(text, h.start(), e0)):
                # "Phòng Cảnh sát điều tra tội phạm về ma túy (PC04)": the code's bracket closes a long name
                self.add(m.start(), m.end(), (re.sub(r"\s+", " ", m.group(0)).strip(),), "body", "form", 0.85)
                continue
            if head == "Phòng" and (m := _UNIT_OF_FORCE.match(text, h.start(), e0)):
                # "Phòng Cảnh sát điều tra tội phạm về ma túy Công an tỉnh": a unit and the force it belongs to, one body
                self.add(m.start(), m.end(), (re.sub(r"\s+", " ", m.group(0)).strip(),), "body", "form", 0.85)
                continue
            if head in _UNIT_HEADS:
                m = _SUB_UNIT.match(text, h.start(), e0)
                if m:
                    end = _unit_parts_end(text, m.end(), e0)
                    if end == m.end():
                        end = _lower_parts_end(text, m.end(), e0)
                    if end > m.end():
                        name = _spell_out(re.sub(r"\s+", " ", text[m.start():end]).strip())
                        self.add(m.start(), end, (name,), "body", "form", 0.8)
                        continue
            elif head == "Ban Quản lý Khu kinh tế":
                m = _ZONE_BOARD.match(text, h.start(), e0)
            elif head == "Ban Chỉ đạo":
                m = _STEERING.match(text, h.start(), e0)
            elif head in _BOARD_HEADS:
                # a board's name runs to its level ("... các công trình nông nghiệp tỉnh làm chủ đầu tư"), unless
                # a verb ends it first
                short = _PROJECT_BOARD.match(text, h.start(), e0)
                level = _PROJECT_BOARD_JOINED.match(text, h.start(), e0)
                m = level if level and (short is None or level.end() >= short.end()) else short
            else:
                m = _INSTITUTION.match(text, h.start(), e0)
                if m:
                    self.institution(m)
                continue
            if m:
                name = re.sub(r"\s+", " ", m.group(0)).strip()
                name = _spell_out(name)
                self.add(m.start(), m.start() + len(m.group(0).rstrip()), (name,), "body", "form", 0.8)
        if self.lower and ("phòng" in text or "chi cục" in text):
            for m in _SUB_UNIT_LOWER.finditer(text, s0, e0):
                name = re.sub(r"\s+", " ", m.group(0)).strip()
                self.add(m.start(), m.start() + len(m.group(0).rstrip()), (name[0].upper() + name[1:],), "body", "form", 0.8)
        if self.lower and self.level == "central" and ("vụ " in text or "cục " in text):
            # a ministry's units in a text that lost its capitals: "cục môi trường hướng dẫn", "vụ pháp chế chủ trì"
            for m in _MINISTRY_UNIT_LOWER.finditer(text, s0, e0):
                name = re.sub(r"\s+", " ", m.group(0)).strip()
                self.add(m.start(), m.start() + len(m.group(0).rstrip()), (name[0].upper() + name[1:],), "body", "form", 0.75)

    def institution(self, m: re.Match):
        """"Trường Đại học Cần Thơ", "Công ty cổ phần cao su Lai Châu", "Tập đoàn Điện lực Việt Nam":
        the head, its type words, then words up to the last one with a capital (a name ends before a
        stop word or a lower-case tail)."""
        head, text = m.group(0), self.text
        t = _INSTITUTION_TYPE.match(text, m.end(), self.end)
        if head == "Trường" and not t.group(0).strip():
            return      # a school says what it is ("Trường Cao đẳng ..."); "Nguyễn Trường Giang" is a person
        if head == "Sở" and self.t.domains["Sở"].longest(self.loose, m.end(), self.end):
            return      # a department of the table: read with its domains (head_hit)
        p, words, keep, joined, ended = t.end(), [], 0, False, False
        capitals: list[bool] = []
        level_at = None      # the words up to a level word that ends a name: "... bệnh tật tỉnh"
        and_to_level = and_to_verb = False
        while len(words) < 10:
            w = _GAP_WORD.match(text, p, self.end)
            if not w or w.group(1) not in _NAME_GAPS:
                ended = True       # punctuation or the line's end
                break
            word = w.group(2)
            region = _REGION_IN_NAME.match(text, w.start(2), self.end)
            if region:   # "Viện Lúa Đồng bằng sông Cửu Long": a region's name, its lower-case words too
                words.append(region.end())
                keep, p = len(words), region.end()
                continue
            # a number is part of a name right after its capitals ("Ngân hàng Nhà nước Khu vực 10", "Trường Tiểu
            # học số 2"), not after a run of lower-case words ("Bệnh viện Đa khoa tỉnh quy mô 500 giường")
            capital = word[0].isupper() or (word.isdigit() and len(words) - keep <= 1
                                            and not _SHARE_AFTER.match(text, w.end(2), self.end)) \
                or (word == "ương" and text.endswith("Trung ", 0, w.start(2)))    # "Bệnh viện Nhi Trung ương"
            if words and capital and _INSTITUTION.match(text, w.start(2)):
                break      # "Công ty A - Công ty B": another body begins
            if not capital and _QUANTITY_AT.match(text, w.start(2)):
                break      # "Công ty X bổ sung 1.000 m phao": a quantity, no number of a name
            if not capital:
                if word in ("tại", "và") and keep:
                    # "Phân hiệu Đại học Thái Nguyên tại Lào Cai", "Công ty Đầu tư và Phát triển ..."
                    nxt = _WORD_AT.match(text, w.end(), self.end)
                    if word == "và" and nxt and not nxt.group(1)[:1].isupper() \
                            and _LOWER_AND_LEVEL.match(text, w.end(), self.end):
                        and_to_level = True   # "Trung tâm Ứng dụng tiến bộ khoa học và công nghệ tỉnh"
                    elif word == "và" and nxt and not nxt.group(1)[:1].isupper() and self.and_to_verb(w.end()):
                        and_to_verb = True    # "Trung tâm Truyền thông khoa học và công nghệ thực hiện"
                    elif not (nxt and nxt.group(1)[:1].isupper()) or _INSTITUTION.match(text, nxt.start(1)) \
                            or _OTHER_BODY.match(text, nxt.start(1)):
                        break     # "Ngân hàng Nhà nước Việt Nam và Ủy ban nhân dân ...": another body
                    joined = joined or word == "và"
                elif self.stop_at(p) or (not words and head not in _LOWER_START):
                    ended = bool(words) and self.stop_at(p)      # a role verb ends the name
                    break
            words.append(w.end())
            capitals.append(capital)
            if capital:
                keep = len(words)
            elif keep and level_at is None \
                    and (word in ("tỉnh", "huyện", "phường") or (word == "gia" and text.endswith("quốc", 0, w.start(2) - 1))
                         or (word == "xã" and not text.startswith(" hội", w.end()))
                         or (word == "khu" and text.endswith("đặc", 0, w.start(2) - 1))) \
                    and (len(words) - keep <= (6 if joined else 4) + 2 * (keep == 1) or and_to_level):
                # (a first capital starts a word of two syllables: "Hỗ trợ thanh niên khởi nghiệp tỉnh")
                level_at = len(words)
            p = w.end()
        if not keep:
            return
        if level_at is not None and level_at > keep and not (0 < len(words) - keep <= 3
                                                             and _ENDS.match(self.loose, p, self.end)):
            keep = level_at        # "Trung tâm Kiểm soát bệnh tật tỉnh tổ chức ...", "Trung tâm Dịch vụ công ích đặc
            # khu bố trí ...": the name ends at its level
        elif 0 < len(words) - keep <= 3 and _ENDS.match(self.loose, p, self.end) \
                and not (keep >= 2 and capitals[keep - 2]):
            keep = len(words)      # "Trung tâm Phát triển quỹ đất tỉnh": lower case up to where a name ends
            # (not after a proper name of two capitals: "Ngân hàng ... khu vực Hàm Yên [tư vấn], ...")
        elif head in ("Viện", "Học viện") and ended and len(words) - keep == 1 and keep >= 2 and self.stop_at(p) \
                and text[words[keep - 1]:words[-1]].count(" ") == 1:
            # "Viện Môi trường Nông nghiệp chủ trì": an institute is named by its field, and the field's last
            # word its second syllable in lower case, before the verb (a company's "... Lào Cai nộp" is no name)
            keep = len(words)
        elif head in _FIELD_NAMED and keep == 1 and ended and 0 < len(words) - keep <= 5 \
                and (self.stop_at(p) or _ENDS.match(self.loose, p, self.end)):
            # "Trường Đại học Giao thông vận tải chủ trì": a school or an institute named after its field writes
            # the field in sentence case, one capital, up to the verb (a place's name has a capital on each word),
            # or to the clause's end ("phối hợp: Viện Khoa học công nghệ xây dựng;")
            keep = len(words)
        elif joined and ended and 0 < len(words) - keep <= (7 if and_to_verb else 5):
            # "Trung tâm Khuyến công và Tư vấn phát triển công nghiệp chủ trì": a name of two parts joined
            # by "và", each written with one capital, runs in lower case to the verb that follows it
            keep = len(words)
        elif head in _LOWER_START and ended and 0 < len(words) - keep <= 2 and _TRADE_END.search(text, words[keep - 1], p) \
                and (self.stop_at(p) or _CELL_END.match(text, p, self.end)):
            # "Công ty Mua bán điện chủ trì": a company's trade in lower case up to its verb, or its cell's end
            keep = len(words)
        elif keep == 1 < len(words):
            keep = 2               # "Trung tâm Dữ liệu", "Viện Kiểm sát": the first word of a name has two syllables
        end = words[keep - 1]
        if keep == len(words):
            # "Học viện Khoa học, Công nghệ và Đổi mới sáng tạo": more parts with capitals, the last joined by "và"
            end = _unit_parts_end(text, end, self.end)
        name = re.sub(r"\s+", " ", text[m.start():end]).strip()
        name = _spell_out(name)
        names = (name,)
        if head == "Sở":
            end, names = self.province_tail(end, names)
        self.add(m.start(), end, names, "body", "form", 0.7, 2)
        if party := _PARTY_COMMITTEE_BEFORE.search(text, max(self.start, m.start() - 9), m.start()):
            # "Đảng ủy Trường Đại học Quảng Trị lãnh đạo ...": the party committee of a named body is a body of
            # its own
            self.add(party.start(), end, tuple(f"Đảng ủy {n}" for n in names), "body", "form", 0.7, 2)

    # -- a place standing for its government
    def places(self):
        # "Đối với tuyến đường sắt ..., các tỉnh, thành phố: Lào Cai, Phú Thọ, Hà Nội hoàn thành ...": each province's
        # government, at the start of a clause
        for m in _PROVINCES_SUBJECT.finditer(self.loose, self.start, self.end):
            if not _CLAUSE_BEFORE.search(self.loose, max(self.start, m.start() - 12), m.start()):
                continue
            listed = self.province_list(m.end(), False)
            if listed and _WORD_AFTER.match(self.loose, listed[0], self.end):
                self.add(m.start("cac"), listed[0], tuple(f"Ủy ban nhân dân{n}" for n in listed[1]), "place", "place", 0.6, 3)
        hits = [m for rx in (*_PLACE_SUBJECT, _PLACE_PARTNER) for m in rx.finditer(self.loose, self.start, self.end)]
        first = _PLACE_AT_START.match(self.loose, self.start, self.end)
        if first:
            hits.append(first)
        while hits:
            m = hits.pop()
            lvl = _LEVEL_WORD[m.group("lvl")]
            if _accept(self.key[m.start("lvl"):m.end("lvl")], lvl) is None:
                continue
            pl = self.place(m.end("lvl"), False)
            if pl is None:
                continue
            place, end, province = pl
            if lvl == "tỉnh" and not province:
                continue
            if lvl == "thành phố" and province and place not in self.t.cities:
                continue
            more = _PLACE_NEXT.match(self.loose, end, self.end)
            if more:
                hits.append(more)     # "tỉnh An Giang, tỉnh Cà Mau và thành phố Cần Thơ phối hợp": a list of places
            elif not _WORD_AFTER.match(self.loose, end, self.end):
                continue
            s = m.start("lvl")
            if province and self.province is not None and self.same_province(place):
                name = f"Ủy ban nhân dân {lvl}"
            else:
                name = f"Ủy ban nhân dân {lvl} {self.display(place)}"
            self.add(s, end, (name,), "place", "place", 0.6, 3)

    # -- run
    def run(self) -> list[AgencyMention]:
        mt = _matcher()
        # by start: a part is seen before its owner
        matches = mt.matcher.match_text(self.loose[self.start:self.end])
        base = self.start
        bodies = []
        level = self.level
        for match_id, first, last in matches:
            label, by_level = mt.hits[match_id]
            values = by_level.get(level)
            if not values:
                continue
            s, e = base + first, base + last
            if label == _LEX or label == _OWNER:
                self.lex_hit(s, e, label, values)
            elif label == _OVERLAY:
                if self.province is not None:
                    self.local_hit(s, e, values)
            elif label == _PART:
                self.part_hit(s, e, values)
            elif label == _BODY:
                bodies.append((s, e, values))
            else:
                self.head_hit(s, e, values[0][3])
        self.body_hits(bodies)
        self.compose()
        self.named()
        self.places()
        self.hamlets()
        seg = self.text[self.start:self.end]
        offices = _LOCAL_OFFICE.finditer(self.text, self.start, self.end) \
            if any(w in seg for w in ("Thuế cơ sở", "xã hội cơ sở", "Kho bạc", "Hợp tác xã", "thủ khu vực", "Quản lý chợ",
                                           "Phòng ", "Đội ", "Cảng vụ ")) else ()
        for m in offices:
            if m.start() and self.text[m.start() - 1].isalnum():
                continue
            self.add(m.start(), m.end(), (re.sub(r"\s+", " ", m.group(0)),), "body", "form", 0.95)
        if "hi nhánh " in seg:
            for m in _BRAND_BRANCH.finditer(self.text, self.start, self.end):
                self.add(m.start(), m.end(), (m.group(0),), "body", "form", 0.85)
        if "Ban Chỉ " in seg:
            self.purpose_boards()
        if "Ban Chỉ đạo " in seg or "BCĐ" in seg:
            for m in _NUMBERED_STEERING.finditer(self.text, self.start, self.end):
                name = re.sub(r"BCĐ[ ]?", "Ban Chỉ đạo ", m.group(0))
                self.add(m.start(), m.end(), (name,), "collective" if m.group("many") else "body", "form", 0.95)
        if "Ban Tổ chức " in seg or "Tiểu ban " in seg:
            for m in _EVENT_BOARD.finditer(self.text, self.start, self.end):
                self.add(m.start(), m.end(), (re.sub(r"\s+", " ", m.group(0)),), "body", "form", 0.9)
        if "thuộc " in seg or "thành viên " in seg:
            self.units_of()
        return self.select()

    def purpose_boards(self) -> None:
        """A steering or command board named for one piece of work, by the words the document repeats ("Ban Chỉ
        đạo diễn tập kiểm tra ...", "Ban Chỉ huy diễn tập điều hành ..."): a name, not the standing board (a
        phrase met once may be a verb the list does not know)."""
        for m in _PURPOSE_BOARD.finditer(self.text, self.start, self.end):
            name = m.group(0)
            if self.text.count(name) >= 2:
                self.add(m.start(), m.end(), (name,), "body", "purpose", 0.9)   # (not "form": it runs past the lexicon's)

    def units_of(self) -> None:
        """A body's own units together, named with the body: "Các phòng thuộc Thuế tỉnh", "Các đơn vị trực thuộc
        Bộ Chỉ huy Quân sự tỉnh" (the lexicon's own collective at the same place is kept: "Các phòng thuộc Sở")."""
        lexical: dict[int, int] = {}
        for c in self.cands:
            if c[6] == "collective":
                lexical[c[3]] = max(lexical.get(c[3], 0), c[4])
        for c in list(self.cands):
            s, e, names, kind = c[3], c[4], c[5], c[6]
            written = self.text[s:e]
            if kind != "body" or not names or (written != names[0] and written.lower() == names[0].lower()):
                continue            # ("các phòng, đơn vị thuộc Sở xây dựng kế hoạch": a verb, not "Sở Xây dựng")
            m = _UNITS_OF.search(self.text, max(self.start, s - 60), s)
            if m is None or lexical.get(m.start(), 0) >= e:
                continue
            units = re.sub(r"\s+", " ", self.text[m.start() + 4:s])
            self.add(m.start(), e, (f"Các {units}{names[0]}",), "collective", "form", 0.8)
        for m in _DEPARTMENTS_OWN_UNITS.finditer(self.text, self.start, self.end):
            # "Các đơn vị y tế trực thuộc Sở xây dựng dự toán ...": the issuing department's own units, the department
            # named by its head alone
            name = re.sub(r"\s+", " ", m.group(0))
            self.add(m.start(), m.end(), (name[0].upper() + name[1:],), "collective", "form", 0.8)

    def hamlets(self) -> None:
        """The bodies of a ward's or a commune's neighbourhoods: "Ban điều hành khu phố 3, khu phố 7" (a
        body each), "Ban điều hành các khu phố", "Ban công tác Mặt trận thôn", "Chi bộ khu phố", and their
        heads: "Trưởng thôn Nà Coóc" (the head of one village, a post of its own), "trưởng các thôn"."""
        # (the heads are found with str.find, in C, and the pattern is tried only there: "ban" and "chi" are
        # everywhere, "Ủy ban nhân dân" among them)
        starts = [i for head in _HAMLET_HEADS for i in find_all(self.text, head, self.start, self.end)]
        for i in sorted(starts):
            m = _HAMLET_BODY.match(self.text, i, self.end)
            if m is None or (i and self.text[i - 1].isalnum()) or re.search(r"(?:Ủy|Uỷ|ỦY)[ ]$", self.text[max(0, i - 4):i]):
                continue
            head = m.group("head")
            head = head[:1].upper() + head[1:].lower()
            head = re.sub(r"mặt trận", "Mặt trận", head)
            if m.group("many"):
                names = [f"{head} các {m.group('unit').lower()}"]
            else:
                units = [x.strip() for x in re.split(r",[ ]|[ ]và[ ]", m.group(0)[len(m.group("head")):].strip())]
                names = [f"{head} {re.sub(r'^(?i:ở )?(?i:khu phố|thôn|ấp|tổ dân phố|bản|buôn|khối phố|khu dân cư)', lambda u: u.group(0).lower(), u)}"
                         for u in units]
            kind = "collective" if m.group("many") or not m.group("which") else "body"
            self.add(m.start(), m.end(), names, kind, "form", 0.95)

    def select(self) -> list[AgencyMention]:
        """The longest candidates that do not overlap (the lexicon first at equal length), in order."""
        chosen: list[tuple] = []
        starts: list[int] = []      # the chosen spans, sorted and disjoint
        ends: list[int] = []
        key = self.key
        # a name read by its form that runs past a name of the lexicon starting at the same place, by words in
        # lower case only, ran into what the body does: "Vụ Khoa học và Công nghệ [đặt hàng nhiệm vụ]"
        known = {}
        for c in self.cands if not self.lower else ():      # (a text that lost its capitals cannot tell)
            if c[7] == "lexicon":
                known[c[3]] = max(known.get(c[3], 0), c[4])
        # (not one that closes on its level, place or term: "Ban Chỉ đạo phát triển du lịch tỉnh")
        cands = [c for c in self.cands
                 if not (c[7] == "form" and known.get(c[3], c[4]) < c[4]
                         and _LOWER_TAIL.fullmatch(self.text, known[c[3]], c[4])
                         and self.text[known[c[3]]:c[4]].islower()
                         and not _steering_name(self.text, c[3], c[4]))]
        for c in sorted(cands):
            s, e = c[3], c[4]
            if (s > 0 and key[s - 1].isalnum()) or (e < len(key) and key[e].isalnum()):
                continue            # inside a word
            i = bisect_right(starts, s)
            if (i and ends[i - 1] > s) or (i < len(starts) and starts[i] < e):
                continue
            starts.insert(i, s)
            ends.insert(i, e)
            chosen.append(c)
        chosen.sort(key=lambda c: c[3])
        text = self.text
        return [AgencyMention(s, e, text[s:e], names, kind, how, score)
                for _, _, _, s, e, names, kind, how, score in chosen]


# a body's units: "Các phòng, đội (chuyên môn) (trực) thuộc <body>", right before the body's name
# (this pattern and the next start with the "C" and look behind it for a word character: a pattern that starts with
# a look-behind is tried at every position, one that starts with a letter is searched for in C)
_UNITS_OF = re.compile(r"[Cc](?<![\w][Cc])ác[ ](?:(?:(?:phòng|đơn vị|ban|đội|khoa|cơ quan|trung tâm|chi cục)"
                       r"(?:,[ ](?:phòng|đơn vị|ban|đội|khoa|trung tâm|chi cục)){0,2}(?:[ ]chuyên môn)?[ ](?:trực[ ])?)"
                       r"thuộc"
                       # a board's member bodies: "Các cơ quan thành viên Ban Chỉ đạo 389 tỉnh", "Các sở, ban, ngành,
                       # đoàn thể là thành viên Ban Chỉ đạo tỉnh" ("các thành viên Ban Chỉ đạo", its members, act as
                       # the board)
                       r"|(?:cơ quan|đơn vị|sở,[ ]ban,[ ]ngành)(?:,[ ](?:đơn vị|đoàn thể))?(?:[ ]tỉnh)?"
                       r"[ ](?:là[ ])?thành viên)"
                       r"[ ]$")


# (two words or more, not a level or place word: "Hội Nông dân xã", "Ban Dân vận huyện ủy" keep theirs)
# the heads of bodies that a name joined by "và" does not run into
_DEPARTMENTS_OWN_UNITS = re.compile(r"[Cc](?<![\w][Cc])ác[ ](?:đơn vị|cơ sở|bệnh viện|trung tâm)(?:[ ][a-zà-ỹđ]+){0,2}?"
                                    r"[ ](?:trực[ ])?thuộc[ ]Sở(?=[ ]+[a-zà-ỹđ]|[ ]*[,.;:)\n]|$)")
_PARTY_COMMITTEE_BEFORE = re.compile(r"Đảng (?:ủy|uỷ)[ ]$")
_OTHER_BODY = re.compile(r"(?:Ủy ban|Uỷ ban|UBND|Hội đồng|HĐND|Sở|Bộ|Ban|Văn phòng|Thanh tra|Tỉnh ủy|Thành ủy|Đảng ủy|"
                         r"Công an|Cục|Vụ|Tổng cục|Kho bạc|Mặt trận|Tòa án|Viện kiểm sát)(?![^\W\d_])")
_LOWER_TAIL = re.compile(r"[ ]+(?!(?:xã|phường|tỉnh|huyện|quận|thị|thành|đặc|cấp|khu|thôn|ấp|bản|tổ|ủy|uỷ)\b)"
                         r"[a-zđà-ỹ]+(?:[ ]+[a-zđà-ỹ]+)+")


def find_agencies(text: str, key: str | None = None, start: int = 0, end: int | None = None,
                  level: str = "province", *, province: str | None = None) -> list[AgencyMention]:
    """Agency mentions in ``text[start:end]``, longest first, not overlapping, in order.

    ``key`` is ``match_key(text)`` when the caller has it; ``level`` is the document's
    (:func:`document_level`); ``province`` the document's own province, when known: a body of
    another province then keeps its place in its name ("Ủy ban nhân dân tỉnh Yên Bái").
    """
    key = key if key is not None else match_key(text)
    end = len(text) if end is None else end
    if end <= start:
        return []
    level = "central" if level == "central" else "province"
    mentions = _Scan(text, key, start, end, level, province).run()
    if "_" in text:   # the mention's text is the caller's, word-segmented as it was
        mentions = [AgencyMention(m.start, m.end, text[m.start:m.end], m.names, m.kind, m.how, m.score)
                    for m in mentions]
    return mentions


_PEER_GAP = re.compile(r"[ ]*(?:,|;|và|,[ ]*và)[ ]*")
NO_HOME = "-"     # a document's province for find_agencies when it has none of its own: every place is kept


def speaks_to_peers(text: str, mentions: list[AgencyMention], province: str | None, on: str | None = None) -> bool:
    """Does the document name a body of its own province next to the same body of another one ("Ủy ban nhân dân
    tỉnh An Giang, Ủy ban nhân dân tỉnh Đồng Tháp")?  A regional office's plan speaks to both provinces as peers:
    each keeps its name (see :data:`NO_HOME`).

    >>> t = "đề nghị Ủy ban nhân dân tỉnh An Giang, Ủy ban nhân dân tỉnh Đồng Tháp chỉ đạo"
    >>> speaks_to_peers(t, find_agencies(t, province="An Giang"), "An Giang")
    True
    >>> t = "Ủy ban nhân dân tỉnh An Giang phối hợp với Ủy ban nhân dân tỉnh Đồng Tháp"
    >>> speaks_to_peers(t, find_agencies(t, province="An Giang"), "An Giang")
    False

    A province merged into the document's own is its past, not a peer ("Thanh tra tỉnh Lào Cai và Thanh tra tỉnh Yên
    Bái (trước hợp nhất)" in a report of Lào Cai in 2026):

    >>> t = "Thanh tra tỉnh Lào Cai và Thanh tra tỉnh Yên Bái (trước hợp nhất) tổ chức 03 cuộc thanh tra"
    >>> speaks_to_peers(t, find_agencies(t, province="Lào Cai"), "Lào Cai", "2026-03-01")
    False
    """
    if not province:
        return False
    home = _loose(province)
    for a, b in zip(mentions, mentions[1:]):
        if (a.names and b.names and _PEER_GAP.fullmatch(text, a.end, b.start)
                and b.names[0].startswith(a.names[0] + " ") and _loose(a.text).endswith(" " + home)):
            place = b.names[0][len(a.names[0]) + 1:]
            if _loose(province_on(place, on or "9999-12-31")) == home:
                continue        # (undated: any province ever merged into it may be its past)
            return True
    return False


def document_level(number: str | None, issuer: str | None) -> str:
    """"central" for documents of the Party centre, the National Assembly and the Government
    ("57-NQ/TW", "03/NQ-CP", "3260-KH/ĐĐQH15"), "province" otherwise."""
    n = number or ""
    if re.search(r"/(?:TW|BCT|BBT)$|-(?:CP|TTg|VPCP|VPTW)$|/ĐĐQH|/VPĐU$|/ĐUCP$|/BCSĐ$", n):
        return "central"
    if re.search(r"[/-](?:UBTV)?QH\d+$", n):
        return "central"       # the Assembly's "64/2026/QH16" and its Standing Committee's
    if issuer and re.search(r"Trung ương|Bộ Chính trị|Chính phủ|Quốc hội|^Bộ (?!Chỉ huy)[A-ZĐ]", issuer) \
            and "tỉnh" not in issuer.lower():
        return "central"       # (a ministry's plans and reports too: "Bộ Xây dựng", not "Bộ Chỉ huy Quân sự tỉnh")
    return "province"
