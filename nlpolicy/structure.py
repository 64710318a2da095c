"""Structure of a normalised document: header, section tree, signature, recipients, citations.

The section tree follows the document's own numbering (DOMAIN.md section 3):
"4.7-" inside part "II-" is ``II.4.7``; letters hang under the nearest numbered
item (``I.1.a``); articles are ``D1``; appendices ``PL1`` with table rows
``PL1.<row>``.  Unnumbered bullets belong to the section above them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from nlpolicy import regexes as rx
from nlpolicy.types import Body, Citation, Header, Section, Signer, Span

# ---------------------------------------------------------------- lines


@dataclass(frozen=True)
class Line:
    start: int
    end: int
    text: str


def lines_of(text: str) -> list[Line]:
    out, pos = [], 0
    for part in text.split("\n"):
        out.append(Line(pos, pos + len(part), part))
        pos += len(part) + 1
    return out


# ---------------------------------------------------------------- roman numerals

_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50}


def roman_value(s: str) -> int | None:
    """>>> roman_value("XIV")
    14
    """
    if not s or any(c not in _ROMAN for c in s):
        return None
    total = 0
    for i, c in enumerate(s):
        v = _ROMAN[c]
        total += -v if i + 1 < len(s) and _ROMAN[s[i + 1]] > v else v
    return total if total > 0 else None


def to_roman(n: int) -> str:
    """>>> to_roman(4)
    'IV'
    """
    out = ""
    for v, s in ((50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= v:
            out += s
            n -= v
    return out


# ---------------------------------------------------------------- header

_TITLE_STOP = re.compile(r"(?:Căn cứ|Xét|Theo đề nghị|Thực hiện|Để|Kính gửi)\b|(?:ỦY BAN|UỶ BAN|HỘI ĐỒNG|BỘ TRƯỞNG|CHỦ TỊCH|THỦ TƯỚNG|GIÁM ĐỐC)\b[A-ZĐÀ-Ỹ ]*$")

_KINDS = {
    "nghị quyết": "resolution", "kết luận": "conclusion", "chỉ thị": "directive",
    "kế hoạch": "plan", "chương trình": "programme", "chương trình hành động": "programme",
    "báo cáo": "report", "dự thảo báo cáo": "report", "quyết định": "decision",
    "thông báo": "other", "hướng dẫn": "other", "tờ trình": "other", "công văn": "other",
    "đề án": "other",
}
_CODE_KINDS = {"NQ": "resolution", "KL": "conclusion", "CT": "directive", "KH": "plan",
               "CTr": "programme", "CTR": "programme", "BC": "report", "QĐ": "decision",
               "QD": "decision"}

_POSITIONS = [
    "PHÓ TỔNG BÍ THƯ", "TỔNG BÍ THƯ", "PHÓ BÍ THƯ THƯỜNG TRỰC", "PHÓ BÍ THƯ", "BÍ THƯ",
    "PHÓ THỦ TƯỚNG", "THỦ TƯỚNG", "PHÓ CHỦ TỊCH", "CHỦ TỊCH", "PHÓ GIÁM ĐỐC", "GIÁM ĐỐC",
    "PHÓ CHÁNH VĂN PHÒNG", "CHÁNH VĂN PHÒNG", "PHÓ TRƯỞNG BAN", "TRƯỞNG BAN", "BỘ TRƯỞNG",
    "THỨ TRƯỞNG", "PHÓ BÍ THƯ ĐẢNG ĐOÀN", "BÍ THƯ ĐẢNG ĐOÀN", "CHÁNH THANH TRA", "VIỆN TRƯỞNG",
    "CỤC TRƯỞNG", "TRƯỞNG PHÒNG", "PHÓ CHÁNH THANH TRA",
]
_POSITION_RE = re.compile("|".join(sorted(map(re.escape, _POSITIONS), key=len, reverse=True)))
_ON_BEHALF = re.compile(r"^(?:T/M|TM\.?|T\.M\.?|KT\.?|K/T|TL\.?|TUQ\.?|Q\.)\s*(?P<who>.*)$")
_ON_BEHALF_ANY = re.compile(r"(?:^|\s)(?:T/M|TM\.|T\.M\.|KT\.|K/T|TL\.|TUQ\.)\s*(?P<who>[A-ZĐÀ-Ỹ][A-ZĐÀ-Ỹ ]*[A-ZĐÀ-Ỹ])")
_INLINE_NAME = re.compile(r"\((?:đã|Đã|ĐÃ) ký[^)]*\)\s*(?P<name>[A-ZĐÀ-Ỹ][a-zđà-ỹ]+(?: [A-ZĐÀ-Ỹ][a-zđà-ỹ]+){1,4})\s*$")
_NAME = re.compile(r"^(?:[A-ZĐÀ-Ỹ][a-zđà-ỹ]+|[A-ZĐÀ-Ỹ]+)(?: (?:[A-ZĐÀ-Ỹ][a-zđà-ỹ]+|[A-ZĐÀ-Ỹ]+)){1,5}$")
_SIGNED = re.compile(r"^\(?\s*(?:đã ký|Đã ký|ĐÃ KÝ|ký|Ký)[^)]*\)?$")

_SMALL_WORDS = {"và", "của", "các", "về", "trên", "tỉnh", "thành", "phố", "huyện", "xã", "phường",
                "nhân", "dân", "đảng", "bộ", "chính", "trị", "ủy", "uỷ", "ban", "thường", "vụ",
                "thư", "tịch", "đốc"}


def _title_case(s: str) -> str:
    """'PHÓ CHỦ TỊCH' -> 'Phó Chủ tịch'; 'BÍ THƯ' -> 'Bí thư' (first word capitalised, the
    rest lower case except the capitalised parts of fixed titles)."""
    words = s.lower().split()
    if not words:
        return s
    out = [words[0].capitalize()]
    fixed = {"chủ", "thủ", "bí", "giám"}
    for w in words[1:]:
        out.append(w.capitalize() if w in fixed else w)
    return " ".join(out)


def _person_name(s: str) -> str:
    if s.isupper():
        return " ".join(w.capitalize() for w in s.lower().split())
    return s


def _iso(d: str | None, m: str | None, y: str | None) -> str | None:
    try:
        if d and m and y:
            di, mi, yi = int(d), int(m), int(y)
            if 1 <= di <= 31 and 1 <= mi <= 12:
                return f"{yi:04d}-{mi:02d}-{di:02d}"
    except ValueError:
        pass
    return None


def normalise_number(raw: str) -> str | None:
    """'57\\-NQ/TW' -> '57-NQ/TW'; '34 -NQ/TU' -> '34-NQ/TU'; '5973 /UBND-KT' -> '5973/UBND-KT';
    '866/QĐ-Tg' -> '866/QĐ-TTg'; '/KH-UBND' (a draft without number) -> None.

    >>> normalise_number("34 -NQ/TU")
    '34-NQ/TU'
    >>> normalise_number("/BC - SCT") is None
    True
    """
    s = raw.replace("\\", "").strip().rstrip(".,;:)")
    s = re.sub(r"\s*([-/–])\s*", r"\1", s).replace("–", "-")
    if not re.match(r"\d", s):
        return None
    s = re.sub(r"(?<=[/-])Tg$", "TTg", s)   # a frequent typo for Thủ tướng
    s = s.replace("QD-", "QĐ-").replace("-QD", "-QĐ")
    s = re.sub(r"/(QĐ|NQ|KH|BC|NĐ)(?=[A-Z])", r"/\1-", s)   # "1626/QĐTTg": the hyphen was lost
    return s


def _kind_from_number(number: str | None) -> str | None:
    if not number:
        return None
    m = re.match(r"\d+(?:/\d{4})?[-/](?P<code>[A-Za-zĐđ]+)", number)
    return _CODE_KINDS.get(m.group("code")) if m else None


def parse_header(text: str, lines: list[Line], body_start: int, footer_start: int) -> Header:
    head = [ln for ln in lines if ln.start < body_start] if body_start > 0 else lines[:30]
    kind = number = date = place = issuer = title = None

    kind_idx = None
    for i, ln in enumerate(head[:60]):
        s = ln.text.strip().lstrip("#").strip()
        m = rx.KIND_LINE.match(s)
        if m and (s.isupper() or len(s) <= len(m.group(0)) + 60):
            kind = _KINDS.get(m.group("kind").lower())
            kind_idx = i
            break
    for ln in head[:40]:
        m = rx.NUMBER_LINE.search(ln.text)
        if m:
            number = normalise_number(m.group("num"))
            break
    if number is None and lines:
        # "Kết luận số 69-KL/TW ngày 11/01/2024 của Bộ Chính trị ..." as the first line
        first = next((ln.text for ln in lines if ln.text.strip()), "")
        m = re.match(r"^[#\s]*(?P<kind>Nghị quyết|Kết luận|Chỉ thị|Kế hoạch|Báo cáo|Quyết định)\s+số\s+(?P<num>\S+)", first)
        if m:
            number = normalise_number(m.group("num"))
            kind = kind or _KINDS.get(m.group("kind").lower())
    for ln in head[:40]:
        m = rx.PLACE_DATE.search(ln.text)
        if m:
            # the place is the run of capitalised words before ", ngày" ("Số: /ĐCK-CTT Hà Nội" -> "Hà Nội")
            pm = re.search(r"(?:[A-ZĐÀ-Ỹ][a-zđà-ỹ]+[ ]?)+$", m.group("place").strip(" *#"))
            place = pm.group(0).strip() if pm else m.group("place").strip(" *#")
            date = _iso(m.group("d") or m.group("d2"), m.group("m") or m.group("m2"), m.group("y") or m.group("y2"))
            break
    if date is None and number:
        # "Kết luận số 69-KL/TW ngày 11/01/2024 của Bộ Chính trị ..." in the first lines
        for ln in [ln for ln in lines if ln.text.strip()][:3]:
            m = re.search(r"số\s+(?P<num>\S+)\s+ngày\s+(\d{1,2})/(\d{1,2})/(\d{4})", ln.text)
            if m and normalise_number(m.group("num")) == number:
                date = _iso(m.group(2), m.group(3), m.group(4))
                break
    code_kind = _kind_from_number(number)
    if kind is None:
        kind = code_kind or "other"
    # title: the lines after the kind line up to a blank line; "CỦA BỘ CHÍNH TRỊ" names the issuer
    if kind_idx is not None:
        parts = []
        # "QUYẾT ĐỊNH CHẤP THUẬN CHỦ TRƯƠNG ĐẦU TƯ": the title may start on the kind line itself
        kline = head[kind_idx].text.strip().lstrip("#").strip()
        km = rx.KIND_LINE.match(kline)
        if km and kline[km.end():].strip(" :*"):
            parts.append(kline[km.end():].strip(" :*"))
        for ln in head[kind_idx + 1:kind_idx + 8]:
            s = ln.text.strip().strip("#").strip()
            if not s:
                if parts:
                    break
                continue
            if _TITLE_STOP.match(s):
                break   # the preamble ("Căn cứ ..."), or the issuer's name line before it
            if s.startswith("("):
                continue   # "(Cấp lần đầu: ...)", "(Kèm theo ...)": a note, not the title
            if re.match(r"^(CỦA|của)\s", s) and s.split()[1:2] and s.split()[1].isupper():
                issuer = _title_case(re.sub(r"^(CỦA|của)\s+", "", s))
                rest = re.split(r"(?<=[A-ZĐÀ-Ỹ)])\s*(?=về\s)", s, maxsplit=1)
                if len(rest) == 2:
                    parts.append(rest[1])
                continue
            if re.match(r"^(HỘI NGHỊ|BAN CHẤP HÀNH)\b", s):
                continue
            parts.append(s)
        title = " ".join(parts).strip() or None
        if title and title.isupper():
            title = title[0] + title[1:].lower()
        if kind == "resolution" and title and "chương trình hành động" in title.lower():
            kind = "programme"
    org: list[str] = []
    if issuer is None:
        for ln in head[:8]:
            s = ln.text.strip().strip("#*").strip()
            # a two-column header puts the motto on the same line: "ỦY BAN NHÂN DÂN CỘNG HOÀ XÃ HỘI ..."
            s = re.split(r"CỘNG H(?:ÒA|OÀ)|ĐẢNG CỘNG SẢN|Độc lập", s)[0].strip()
            if not s or rx.NUMBER_LINE.search(s):
                if org:
                    break
                continue
            if s.isupper() and len(s) < 60:
                org.append(s)
        if org:
            issuer = _title_case(" ".join(org[-2:]))
    signer, recipients, rec_span = _footer(text, lines, footer_start)
    central = bool(number and re.search(r"/(?:TW|BCT|BBT)$|-(?:CP|TTg)$|/ĐĐQH|/VPĐU$", number))
    province = None if central else _province(text, head)
    issuer = _canonical_issuer([org[-1]] if org else [], issuer, signer, province)
    return Header(kind=kind, number=number, date=date, place=place, issuer=issuer, title=title,
                  signer=signer, recipients=recipients, recipients_span=rec_span, province=province)


@lru_cache(maxsize=1)
def _provinces() -> tuple[tuple[str, re.Pattern], ...]:
    from importlib import resources
    out = []
    for line in resources.files("nlpolicy.resources").joinpath("provinces.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, *rest = line.split("\t")
            forms = [name, *(rest[0].split("|") if rest else [])]
            alt = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
            out.append((name, re.compile(rf"(?<![\w])(?:{alt})(?![\w])", re.IGNORECASE)))
    return tuple(out)


@lru_cache(maxsize=1)
def _province_scan() -> tuple[re.Pattern, dict[str, str]]:
    """One pattern for every province name (longest first), and each spelling's canonical name."""
    canon: dict[str, str] = {}
    for name, pat in _provinces():
        for form in pat.pattern[len("(?<![\\w])(?:"):-len(")(?![\\w])")].split("|"):
            canon[re.sub(r"\\(.)", r"\1", form).lower()] = name
    alt = "|".join(re.escape(f) for f in sorted(canon, key=len, reverse=True))
    return re.compile(rf"(?P<tinh>(?:tỉnh|thành phố)[ ]+)?(?<![\w])(?P<name>{alt})(?![\w])", re.IGNORECASE), canon


def _province(text: str, head: list[Line]) -> str | None:
    """The province a document belongs to: named in its header ("TỈNH LÀO CAI", "Lào Cai, ngày ..."),
    else the province its body names most often after "tỉnh", else by its bare name."""
    pattern, canon = _province_scan()
    head_text = "\n".join(ln.text for ln in head)
    for m in pattern.finditer(head_text):
        after = head_text[m.end():m.end() + 8]
        if m.group("tinh") or re.match(r"[ *]*,[ ]*ngày", after, re.IGNORECASE):
            return canon[m.group("name").lower()]
    after_tinh: dict[str, int] = {}
    bare: dict[str, int] = {}
    for m in pattern.finditer(text, 0, min(len(text), 200_000)):
        name = canon[m.group("name").lower()]
        bare[name] = bare.get(name, 0) + 1
        if m.group("tinh"):
            after_tinh[name] = after_tinh.get(name, 0) + 1
    for counts in (after_tinh, bare):   # "tỉnh Lào Cai" first, then the bare name ("Bình Thuận sớm trở thành")
        if counts:
            best = sorted(counts.values(), reverse=True)
            if len(best) == 1 or best[0] > best[1]:
                return max(counts, key=counts.get)
    return None


def _canonical_issuer(last_org: list[str], issuer: str | None, signer: Signer | None, province: str | None) -> str | None:
    """The issuer by its canonical name, with the province where the body is a province's:
    "UBND TỈNH LÀO CAI / SỞ CÔNG THƯƠNG" -> "Sở Công Thương tỉnh Lào Cai"; an unheaded resolution
    signed "T/M TỈNH ỦY" in Bình Thuận -> "Tỉnh ủy Bình Thuận"."""
    from nlpolicy.extract.agencies import find_agencies
    candidates = [*last_org, *([issuer] if issuer else [])]   # the most specific header line first
    if signer and signer.on_behalf:
        candidates.append(signer.on_behalf)
    for cand in candidates:
        found = find_agencies(cand, level="central" if re.search(r"Trung ương|Chính phủ|Bộ Chính trị|Quốc hội", cand, re.I)
                              and not province else "province")
        if not found:
            continue
        name = found[-1].names[0]
        if province and (name.endswith(" tỉnh") or name.startswith("Sở ")):
            return f"{name} {province}" if name.endswith(" tỉnh") else f"{name} tỉnh {province}"
        if province and name in ("Tỉnh ủy", "Hội đồng nhân dân tỉnh", "Ủy ban nhân dân tỉnh"):
            return f"{name} {province}"
        return name
    return issuer


_RECIPIENTS = re.compile(r"^\s*(?:Nơi nhận|NƠI NHẬN)\s*:?\s*$|^\s*(?:Nơi nhận|NƠI NHẬN)\s*:")


def find_footer_start(lines: list[Line]) -> int | None:
    """Where the distribution list or the signature block begins (the end of the body)."""
    for ln in lines:
        if _RECIPIENTS.match(ln.text):
            return ln.start
    # a signature without a distribution list: "T/M ...", "TM. ..." near the end
    for ln in reversed(lines[-60:]):
        m = _ON_BEHALF.match(ln.text.strip())
        if m and m.group("who")[:4].isupper():
            return ln.start
    return None


def _footer(text: str, lines: list[Line], footer_start: int) -> tuple[Signer | None, tuple[Span, ...], tuple[int, int] | None]:
    tail = [ln for ln in lines if ln.start >= footer_start]
    recipients: list[Span] = []
    rec_span = None
    in_rec = False
    for ln in tail:
        s = ln.text.strip()
        if _RECIPIENTS.match(ln.text):
            in_rec = True
            rec_span = (ln.start, ln.end)
            continue
        if in_rec:
            if s.startswith(("-", "+", "•")):
                lead = len(ln.text) - len(ln.text.lstrip("-+• "))
                recipients.append(Span(ln.start + lead, ln.end, ln.text[lead:]))
                rec_span = (rec_span[0], ln.end)
            elif s and not s.startswith(("-", "+")):
                in_rec = False
    # The signature block: "T/M TỈNH ỦY" / "BÍ THƯ" / "(đã ký)" / "Nguyễn Mạnh Hùng".  Two-column
    # layouts put the positions at the ends of recipient lines ("- Như trên; PHÓ CHỦ TỊCH"), and
    # some copies keep it on one line ("T/M BỘ CHÍNH TRỊ (Đã ký) Trương Thị Mai").
    signer = None
    position = on_behalf = None
    seen_block = False
    for ln in tail:
        s = ln.text.strip()
        if not s:
            continue
        m = _ON_BEHALF_ANY.search(s)
        if m:
            seen_block = True
            who = m.group("who")
            on_behalf = _title_case(_POSITION_RE.split(who)[0].strip()) or on_behalf
            inline = _INLINE_NAME.search(s)
            if inline:
                signer = Signer(name=inline.group("name"), position=None, on_behalf=on_behalf)
        pos = _POSITION_RE.findall(s)
        if pos:
            position = pos[-1]
            seen_block = True
            continue
        if rx.APPENDIX.match(s):
            break
        if (seen_block and not s.startswith(("-", "+")) and not _SIGNED.match(s) and _NAME.match(s)
                and not s.startswith("Nơi")):
            signer = Signer(name=_person_name(s), position=_title_case(position) if position else None,
                            on_behalf=on_behalf)
            break
    if signer and signer.position is None and position:
        signer = Signer(signer.name, _title_case(position), signer.on_behalf)
    return signer, tuple(recipients), rec_span


# ---------------------------------------------------------------- sections

@dataclass
class _Open:
    id: str
    kind: str         # roman, arabic, decimal, letter, article, appendix, row
    level: int
    start: int
    heading: str
    heading_end: int
    value: int


def parse_sections(text: str, lines: list[Line], body_start: int, footer_start: int) -> list[Section]:
    """The section tree from numbered lines in the body and in appendices after the footer."""
    found: list[_Open] = []
    part: _Open | None = None         # a lettered part "A-", "B-" above the Roman parts
    appendix: _Open | None = None
    last_value: dict[str, int] = {}   # parent id -> last child number, to mend OCR/typing duplicates
    top: _Open | None = None          # the current Roman part / article / appendix
    arabic: _Open | None = None       # the current Arabic item (level below top)
    decimal_stack: list[_Open] = []
    letter: _Open | None = None
    appendix_count = 0
    in_appendix = False
    last_roman_value = 0
    row_expected = 1
    table_mode = False
    attached = False                  # a programme or plan issued with the document, after its signature
    group: _Open | None = None        # a Roman group row inside an assignment table ("I." ⏎ "Nâng cao ...")
    rows: list[tuple[_Open, _Open, _Open | None]] = []   # (appendix, row, group) to number at the end

    for idx, ln in enumerate(lines):
        if ln.start < body_start:
            continue
        raw = ln.text
        stripped = raw.lstrip(" #")
        lead = len(raw) - len(stripped)
        pos = ln.start + lead
        if not stripped:
            continue
        in_footer = footer_start <= ln.start and not in_appendix and not attached
        if in_footer and _ATTACHED.match(stripped) and any(
                "kèm theo" in l.text.lower() for l in lines[idx:idx + 7]):
            attached = True
            top = part = None
            arabic, decimal_stack, letter = None, [], None
            last_roman_value = 0
            continue

        m = rx.APPENDIX.match(stripped)
        if m and len(stripped) < 40 and ln.start >= footer_start:
            appendix_count += 1
            num = m.group("num")
            n = roman_value(num) if num and not num.isdigit() else (int(num) if num else appendix_count)
            top = _Open(f"PL{n}", "appendix", 1, pos, stripped, ln.end, n)
            part, appendix = None, top
            last_roman_value = 0
            found.append(top)
            arabic, decimal_stack, letter = None, [], None
            in_appendix, table_mode, row_expected, group = True, False, 1, None
            continue
        if in_footer:
            continue

        if in_appendix:
            s = stripped.strip()
            if re.fullmatch(r"(?:S?TT|STT|Số TT)", s, re.IGNORECASE):
                table_mode, row_expected, group = True, 1, None
                continue
            if table_mode and re.fullmatch(r"[IVXL]{1,6}\.?", s) and roman_value(s.rstrip(".")):
                nxt = next((l for l in lines[idx + 1:] if l.text.strip()), None)
                group = _Open(f"{appendix.id}.{to_roman(roman_value(s.rstrip('.')))}", "group", 2, pos,
                              nxt.text.strip() if nxt else "", nxt.end if nxt else ln.end, roman_value(s.rstrip(".")))
                found.append(group)
                continue
            rm = re.fullmatch(r"(\d{1,3})\.?", s) if table_mode else None
            if rm and (int(rm.group(1)) == row_expected or (group is not None and int(rm.group(1)) == 1)):
                n = int(rm.group(1))
                sec = _Open(f"{appendix.id}.{n}", "row", 2, pos, "", ln.end, n)
                nxt = next((l for l in lines[idx + 1:] if l.text.strip()), None)
                if nxt:
                    sec.heading = nxt.text.strip()
                    sec.heading_end = nxt.end
                found.append(sec)
                rows.append((appendix, sec, group))
                row_expected = n + 1
                continue

        m = rx.PART.match(stripped)
        if m and not in_appendix and stripped[m.end():].split(" ")[0].isupper():
            n = ord(m.group("num")) - ord("A") + 1
            part = _Open(m.group("num"), "part", 1, pos, stripped[m.end():].strip(), ln.end, n)
            found.append(part)
            top = part
            arabic, decimal_stack, letter = None, [], None
            last_roman_value = 0
            continue

        m = rx.ARTICLE.match(stripped)
        if m:
            n = int(m.group("num"))
            top = _Open(f"D{n}", "article", 1, pos, stripped[m.end():].strip(), ln.end, n)
            found.append(top)
            arabic, decimal_stack, letter = None, [], None
            continue

        m = rx.ROMAN.match(stripped)
        if m and roman_value(m.group("num")):
            v = roman_value(m.group("num"))
            if v <= last_roman_value and v != 1:
                v = last_roman_value + 1        # OCR duplicate ("I, I, II"): follow the sequence
            if v == 1 and last_roman_value >= 1:
                v = last_roman_value + 1
            last_roman_value = v
            container = appendix if in_appendix else part
            prefix = f"{container.id}." if container else ""
            top = _Open(prefix + to_roman(v), "roman", 2 if container else 1, pos, stripped[m.end():].strip(), ln.end, v)
            found.append(top)
            arabic, decimal_stack, letter = None, [], None
            continue

        m = rx.DECIMAL.match(stripped)
        if m:
            parts = m.group("num").split(".")
            prefix = f"{top.id}." if top else ""
            parts[-1] = str(_mend(last_value, prefix + ".".join(parts[:-1]), int(parts[-1])))
            sid = prefix + ".".join(parts)
            level = (top.level if top else 0) + len(parts)
            sec = _Open(sid, "decimal", level, pos, stripped[m.end():].strip(), ln.end, int(parts[-1]))
            found.append(sec)
            decimal_stack = [sec]
            letter = None
            continue

        m = rx.ARABIC.match(stripped)
        if m:
            n = int(m.group("num"))
            parent = top
            prefix = f"{parent.id}." if parent else ""
            level = (parent.level if parent else 0) + 1
            n = _mend(last_value, prefix, n)
            sec = _Open(prefix + str(n), "arabic", level, pos, stripped[m.end():].strip(), ln.end, n)
            found.append(sec)
            if parent is top:
                arabic = sec
            decimal_stack, letter = [], None
            continue

        m = rx.PAREN.match(stripped)
        if m:
            parent = letter or (decimal_stack[-1] if decimal_stack else None) or arabic or top
            if parent is None:
                continue
            num = m.group("num")
            n = int(num) if num.isdigit() else roman_value(num.upper())
            sec = _Open(f"{parent.id}.{n}", "paren", parent.level + 1, pos, stripped[m.end():].strip(), ln.end, n)
            found.append(sec)
            continue

        m = rx.LETTER.match(stripped)
        if m:
            parent = decimal_stack[-1] if decimal_stack else arabic
            if parent is None:
                parent = top
            if parent is None:
                continue
            ch = m.group("num")
            sec = _Open(f"{parent.id}.{ch}", "letter", parent.level + 1, pos, stripped[m.end():].strip(), ln.end,
                        ord(ch))
            found.append(sec)
            letter = sec
            continue

    _number_rows(found, rows)
    # ends: the next section at the same or a higher level, or the end of the body / appendix
    out: list[Section] = []
    seen: set[str] = set()
    ids = {s.id for s in found}
    for i, s in enumerate(found):
        limit = footer_start if s.start < footer_start else len(text)
        end = limit
        # a section runs until the next section that its id does not contain, so spans nest as ids do
        for t in found[i + 1:]:
            if not t.id.startswith(s.id + ".") or (s.kind != "row" and t.kind == "appendix"):
                end = min(t.start, limit)
                break
        if s.id in seen:
            continue  # a repeated number (OCR, copy-paste): the first one holds the id
        seen.add(s.id)
        parts = s.id.split(".")
        level = 1 + sum(".".join(parts[:k]) in ids for k in range(1, len(parts)))
        out.append(Section(id=s.id, heading=s.heading, start=s.start, end=max(end, s.heading_end),
                           level=level, heading_end=s.heading_end))
    return out


_ATTACHED = re.compile(r"(?:CHƯƠNG TRÌNH|KẾ HOẠCH|QUY ĐỊNH|QUY CHẾ|ĐỀ ÁN|HƯỚNG DẪN|ĐIỀU LỆ)\b[A-ZĐÀ-Ỹ ,\-]*$")


def _number_rows(found: list[_Open], rows: list[tuple[_Open, _Open, _Open | None]]) -> None:
    """Rows are ``PL1.<row>``; when their numbers restart inside groups, ``PL1.<group>.<row>``
    (DOMAIN.md section 3).  Group rows only stay as sections in the second case."""
    by_app: dict[str, list[tuple[_Open, _Open | None]]] = {}
    for app, row, grp in rows:
        by_app.setdefault(app.id, []).append((row, grp))
    grouped_apps = set()
    for app_id, items in by_app.items():
        nums = [r.value for r, _ in items]
        if len(set(nums)) < len(nums) and all(g is not None for _, g in items):
            grouped_apps.add(app_id)
            for r, g in items:
                r.id = f"{g.id}.{r.value}"
                r.level = 3
    # groups of ungrouped appendices are headings, not numbered sections
    found[:] = [s for s in found if s.kind != "group" or s.id.split(".")[0] in grouped_apps]


def _mend(last_value: dict[str, int], parent: str, n: int) -> int:
    """A number that repeats or goes back inside the same parent ("2.5" after "2.7") follows the
    sequence instead; a gap ("1, 2, 4") is kept as printed, and "1" restarts nothing."""
    last = last_value.get(parent, 0)
    if 1 < n <= last:
        n = last + 1
    last_value[parent] = max(n, last) if n != 1 else max(last, 1)
    return n


# ---------------------------------------------------------------- citations

_CITE_KINDS = {
    "nghị quyết": "resolution", "kết luận": "conclusion", "chỉ thị": "directive", "kế hoạch": "plan",
    "chương trình": "programme", "chương trình hành động": "programme", "báo cáo": "report",
    "báo cáo thẩm định": "report", "quyết định": "decision", "nghị định": "decree",
    "thông tư": "circular", "luật": "law", "công văn": "letter", "văn bản": "letter",
    "thông báo": "notice", "tờ trình": "submission", "hướng dẫn": "guidance", "đề án": "scheme",
    "giấy mời": "letter", "phiếu chuyển": "letter", "quy định": "regulation",
}
_CODE_CITE_KINDS = {**_CODE_KINDS, "NĐ": "decree", "TT": "circular", "CV": "letter", "TB": "notice",
                    "TTr": "submission", "HD": "guidance", "ĐA": "scheme", "GM": "letter", "PC": "letter"}


def parse_citations(text: str, own_number: str | None) -> list[Citation]:
    out: list[Citation] = []
    taken: list[tuple[int, int]] = []
    for pattern, style in ((rx.PARTY_NUMBER, "party"), (rx.STATE_NUMBER, "state")):
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            raw = m.group(0)
            number = normalise_number(raw)
            if not number or number == own_number:
                continue
            if style == "state" and not m.group("org") and not m.group("year") and "-" not in number.split("/")[-1]:
                continue  # "1/2" or "5/KH" alone is too weak
            before = text[max(0, m.start() - 40):m.start()]
            km = rx.CITE_KIND_BEFORE.search(before)
            code = m.group("code")
            kind = _CITE_KINDS.get(km.group("kind").lower()) if km else None
            kind = kind or _CODE_CITE_KINDS.get(code) or "other"
            start = m.start() - (len(before) - km.start()) if km else m.start()
            after = text[m.end():m.end() + 160]
            date = issuer = None
            end = m.end()
            dm = rx.CITE_DATE_AFTER.match(after)
            if dm:
                date = _iso(dm.group("d") or dm.group("d2"), dm.group("m") or dm.group("m2"),
                            dm.group("y") or dm.group("y2"))
                end = m.end() + dm.end()
                after = text[end:end + 120]
            im = rx.CITE_ISSUER_AFTER.match(after)
            if im:
                issuer = im.group("issuer").strip()
                end = end + im.end("issuer")
            taken.append((m.start(), m.end()))
            out.append(Citation(number=number, kind=kind, date=date, issuer=issuer,
                                text=text[start:end], start=start, end=end))
    out.sort(key=lambda c: c.start)
    return out


# ---------------------------------------------------------------- whole

def body_start_of(lines: list[Line]) -> int:
    """The body starts after the header block: the first line after the title block.

    The header ends at the first blank line after the kind line (NGHỊ QUYẾT / KẾ HOẠCH ...),
    or after the "Kính gửi" lines of a letter.
    """
    for i, ln in enumerate(lines[:80]):
        s = ln.text.strip().lstrip("#").strip()
        if rx.KIND_LINE.match(s) and (s.isupper() or len(s) < 80):
            j = i + 1
            while j < len(lines) and not lines[j].text.strip():
                j += 1
            while j < len(lines) and lines[j].text.strip():
                j += 1
            # "CỦA BỘ CHÍNH TRỊ" ⏎ "về ..." may sit after one more blank line
            k = j
            while k < len(lines) and not lines[k].text.strip():
                k += 1
            if k < len(lines) and re.match(r"^(về|VỀ|của|CỦA)\s", lines[k].text.strip()):
                while k < len(lines) and lines[k].text.strip():
                    k += 1
                j = k
            return lines[j].start if j < len(lines) else lines[-1].end
    return 0


def analyse(text: str) -> tuple[Header, list[Section], list[Citation], Body]:
    lines = lines_of(text)
    footer = find_footer_start(lines)
    footer_start = footer if footer is not None else len(text)
    body = body_start_of(lines)
    if body >= footer_start:
        body = 0
    header = parse_header(text, lines, body, footer_start)
    sections = parse_sections(text, lines, body, footer_start)
    citations = parse_citations(text, header.number)
    return header, sections, citations, body_of(text, sections, body, footer_start)


def body_of(text: str, sections: list[Section], body_start: int, footer_start: int) -> Body:
    """Where the document speaks: the header ends at ``body_start`` (or at the first section, if
    that comes earlier), the footer starts at ``footer_start``, and a programme or appendix after
    the footer (its first section) resumes the body."""
    start = min(body_start, sections[0].start) if sections else body_start
    if start >= footer_start:
        start = 0
    after = [s.start for s in sections if s.start >= footer_start]
    return Body(start=start, footer=footer_start, resume=min(after) if after else len(text), end=len(text))
