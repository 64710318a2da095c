"""The header and footer of a document: kind, number, date, place, issuer, title, signer, recipients.

Headers arrive damaged: a conversion replaces the header table by a placeholder
("<jsontable name="bang_0"> </jsontable>"), puts the fields after the title or on one line
("Số: 12/NQ-HĐND | Hà Giang, ngày ..."), lower-cases everything (research datasets); OCR
reads "SỐ" as "SÓ".  Every field is looked for where it can be, and left empty, never guessed,
when it is not printed (DOMAIN.md 4b): a council resolution's adoption date ("thông qua ngày
...") stands for a lost date line, and a number printed only in an annex's "Ban hành kèm theo
Nghị quyết số 08/NQ-HĐND" is the document's own.
"""
from __future__ import annotations

import re
from functools import lru_cache

from nlpolicy import regexes as rx
from nlpolicy.matching import Cue, Keys, desegment, loose_key
from nlpolicy.structure.lines import PLACEHOLDER, Line, cells_of
from nlpolicy.structure.numbers import iso_date, iso_date_of, kind_from_number, normalise_number
from nlpolicy.types import Header, Signer, Span

__all__ = ["parse_header", "find_footer_start", "find_kind_line", "kind_word_end", "KINDS"]

_TITLE_STOP = re.compile(r"(?:Căn cứ|Xét|Theo đề nghị|Thực hiện|Để|Kính gửi|Mã số dự án|Chứng nhận lần)\b|(?:ỦY BAN|UỶ BAN|HỘI ĐỒNG|BỘ TRƯỞNG|CHỦ TỊCH|THỦ TƯỚNG|GIÁM ĐỐC)\b[A-ZĐÀ-Ỹ ]*$")

_PARTY_NOTICE = re.compile(r"\d{1,5}-TB/", re.IGNORECASE)
_NOTICE_OF_CONCLUSIONS = re.compile(r"thong[ _]bao[ _]+ket[ _]luan")

KINDS = {
    "nghị quyết": "resolution", "kết luận": "conclusion", "chỉ thị": "directive",
    "kế hoạch": "plan", "chương trình": "programme", "chương trình hành động": "programme",
    "báo cáo": "report", "dự thảo báo cáo": "report", "quyết định": "decision",
    "thông báo": "other", "hướng dẫn": "other", "tờ trình": "other", "công văn": "other", "công điện": "other",
    "đề án": "programme",      # a scheme: a programme of tasks and targets under its own number (06/ĐA-UBND)
    "phương án": "plan",       # what is to be done, by whom and by when (186/PA-UBND)
    # an investment registration certificate is the decision of the body that issues it
    "giấy chứng nhận đăng ký đầu tư": "decision",
}

_POSITIONS = [
    "PHÓ TỔNG BÍ THƯ", "TỔNG BÍ THƯ", "PHÓ BÍ THƯ THƯỜNG TRỰC", "PHÓ BÍ THƯ", "BÍ THƯ",
    "PHÓ THỦ TƯỚNG", "THỦ TƯỚNG", "PHÓ CHỦ TỊCH", "CHỦ TỊCH", "PHÓ GIÁM ĐỐC", "GIÁM ĐỐC",
    "PHÓ CHÁNH VĂN PHÒNG", "CHÁNH VĂN PHÒNG", "PHÓ TRƯỞNG BAN", "TRƯỞNG BAN", "BỘ TRƯỞNG",
    "THỨ TRƯỞNG", "PHÓ BÍ THƯ ĐẢNG ĐOÀN", "BÍ THƯ ĐẢNG ĐOÀN", "CHÁNH THANH TRA", "VIỆN TRƯỞNG",
    "CỤC TRƯỞNG", "TRƯỞNG PHÒNG", "PHÓ CHÁNH THANH TRA", "PHÓ TRƯỞNG ĐOÀN", "TRƯỞNG ĐOÀN", "PHÓ CHỦ NHIỆM",
    "CHỦ NHIỆM", "TỔNG CỤC TRƯỞNG", "HIỆU TRƯỞNG", "KIỂM TOÁN TRƯỞNG", "PHÓ KIỂM TOÁN TRƯỞNG",
    # the armed forces' commanders and the police's chiefs
    "PHÓ CHỈ HUY TRƯỞNG", "CHỈ HUY TRƯỞNG", "PHÓ CHÍNH ỦY", "CHÍNH ỦY", "PHÓ TƯ LỆNH", "TƯ LỆNH",
    "PHÓ TRƯỞNG CÔNG AN", "TRƯỞNG CÔNG AN",
]
_POSITION_RE = re.compile("|".join(sorted(map(re.escape, _POSITIONS), key=len, reverse=True)))
# the same as a scan prints them, a mark lost or changed ("PHÓ CHỦ TICH"), on the loose key of a cell
_POSITION_OF_LOOSE = {loose_key(p): p for p in _POSITIONS}
_POSITION_LOOSE = re.compile(r"(?<![^\W_])(?:" + "|".join(sorted(map(re.escape, _POSITION_OF_LOOSE), key=len,
                                                                 reverse=True)) + r")(?![^\W_])")
_ON_BEHALF = re.compile(r"^(?:T/M|TM\.?|T\.M\.?|KT\.?|K/T|TL\.?|T/L|TUQ\.?|T/UQ|Q\.)\s*(?P<who>.*)$")
# the marks that open a signature block: "T/M" (on behalf of), "KT." (for), "TL.", "T/L" (by order), "TUQ."
_MARKS = r"(?:T/M|TM\.|T\.M\.|KT\.|K/T|TL\.|T/L|TUQ\.|T/UQ)"
_ON_BEHALF_ANY = re.compile(r"(?:^|\s)" + _MARKS + r"\s*(?P<who>[A-ZĐÀ-Ỹ][A-ZĐÀ-Ỹ ]*[A-ZĐÀ-Ỹ])")
# the mark on a cell of its own whose capitals a conversion lost: "Kt. chủ tịch", "Tm. ủy ban nhân dân"
_ON_BEHALF_CELL = re.compile(r"^" + _MARKS + r"[ ]*(?P<who>[^\W\d_][^\n]{2,60})$", re.I)
# the head of an issuing organ's name, on the loose key: "Ủy ban nhân dân", "Sở Công Thương", "Tỉnh ủy"
# (not "Số 12/...", "bổ sung ...", "ban hành ...": a number line, a title)
_ORGAN_LINE = re.compile(r"(?:uy ban nhan dan|hoi dong nhan dan|so (?!\d)|bo (?!sung)|ban (?!hanh)|tinh uy|huyen uy|thanh uy"
                         r"|quan uy|dang uy|dang doan|van phong|cuc |tong cuc|chinh phu|thu tuong|quoc hoi)")
# a header line that names the place an organ's name goes on with: "TỈNH LÀO CAI", "HUYỆN BẢO THẮNG"
_PLACE_LINE = re.compile(r"(?:TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG)[ ]+[A-ZĐÀ-Ỹ][A-ZĐÀ-Ỹ ]{1,30}$")
_INLINE_NAME = re.compile(r"\((?:đã|Đã|ĐÃ) ký[^)]*\)\s*(?P<name>[A-ZĐÀ-Ỹ][a-zđà-ỹ]+(?: [A-ZĐÀ-Ỹ][a-zđà-ỹ]+){1,4})\s*$")
# (a Central Highlands name may open on "H'" or "Y": "H' Linh Niê", "H'Hen Niê", "Y Biêr Niê")
_NAME = re.compile(r"^(?:[A-ZĐÀ-Ỹ][a-zđà-ỹ]+|[A-ZĐÀ-Ỹ]+|H['’][ ]?[A-ZĐÀ-Ỹ][a-zđà-ỹ]+)"
                   r"(?: (?:[A-ZĐÀ-Ỹ][a-zđà-ỹ]+|[A-ZĐÀ-Ỹ]+)){1,5}$")
# a rank the police and the army print before a signer's name
_RANK = re.compile(r"^(?i:đại|thượng|trung|thiếu)[ ](?i:tướng|tá|úy|uý)[ ]+(?=\S)")
# a degree or an academic title printed before a name: "PGS.TS. Trần Minh Khoa", "ThS. BS. Phạm Văn An"
_DEGREE = re.compile(r"^(?:(?:GS|PGS|TSKH|TS|ThS|BSCKII|BSCKI|BS|CKII|CKI|DS|KS|NGND|NGƯT|TTND|TTƯT)[.]?[ ]*)+"
                     rf"(?=[{rx.UPPER}][a-zđà-ỹ])")
_SIGNED = re.compile(r"^\(?\s*(?:đã ký|Đã ký|ĐÃ KÝ|ký|Ký)[^)]*\)?$")
# not a person: the title of a document attached after the signature ("QUY ĐỊNH", "QUY CHẾ" ...), on the
# loose key
_NOT_A_NAME = re.compile(r"^(?:quy dinh|quy che|phu luc|danh muc|danh sach|chuong|dieu le|huong dan|ke hoach"
                         r"|nghi quyet|quyet dinh|chuong trinh|de an|bao cao|thong bao"
                         # nor the rest of the body signed for, on a line of its own under "TM. BAN THƯỜNG TRỰC"
                         r"|uy ban|hoi dong|ban thuong|ban chap hanh|ban can su|tinh uy|thanh uy|huyen uy|dang uy"
                         r"|mat tran|ubnd|hdnd|ubmttq|mttq"
                         # nor a body printed under the position ("KIỂM TOÁN TRƯỞNG" / "KIỂM TOÁN NHÀ NƯỚC KHU VỰC VIII",
                         # "TM. BAN THƯỜNG VỤ" / "HỘI CỰU CHIẾN BINH TỈNH")
                         r"|kiem toan nha nuoc|hoi (?:cuu chien binh|nong dan|lien hiep|chu thap do)|tinh doan|lien doan)\b")
# an attached document's own head ends the signature block: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
_MOTTO = re.compile(r"cong hoa xa hoi chu nghia|doc lap - tu do|dang cong san viet nam")
# a two-column footer that a PDF's text layer glued into one line puts the signer's name at the end
# of a recipients line ("- Lưu: VT, KTTH Trần Sỹ Thanh"): two to four capitalised syllables that
# start with a Vietnamese family name
_SURNAMES = ("Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý|Đào|Đinh|Mai|Trịnh|"
             "Lương|Lâm|Tạ|Cao|Hà|Tô|Chu|Triệu|Đoàn|Vương|Thái|Lưu|Quách|Kiều|Giang|Tăng|Mạc|Nông|Lò|Sùng|Hầu")
# ... or in the middle of it, between two of its items: "- VPUBTP: CVP, các PCVP; Lê Hồng Sơn các phòng, ban ..."
_INNER_NAME = re.compile(rf"(?<=; )(?P<name>(?:{_SURNAMES})(?: [A-ZĐÀ-Ỹ][a-zđà-ỹ]+){{1,3}})(?= [a-zđà-ỹ])")
_TRAILING_NAME = re.compile(rf"(?<=[a-zđà-ỹ;,.A-ZĐ] )(?P<name>(?:{_SURNAMES})(?: [A-ZĐÀ-Ỹ][a-zđà-ỹ]+){{1,3}})$")

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



# The kind line, on the loose key: "NGHỊ QUYẾT", "Nghị_quyết về ...", "QUYÊT ĐỊNH" (OCR).
# the kind words on the loose key (no marks), the longest first ("chuong trinh hanh dong" before "chuong trinh")
_KIND_OF_KEY = {Keys(k).loose: k for k in KINDS}
_KIND_KEY = re.compile(r"^(?P<kind>" + "|".join(sorted(_KIND_OF_KEY, key=len, reverse=True)) + r")(?![a-z])")
# What follows a kind word on a kind line with its title: "Nghị quyết về ...", "Chỉ thị về việc ..."
_ISSUED_FIELD = re.compile(r"(?i)ngày ban hành[ ]*:[ ]*(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})\b")
_TITLE_AFTER_KIND = re.compile(r"^[ :*]*(?:ve|v/v|ban hanh|phe duyet|thong qua|trien khai|thuc hien|sua doi|bai bo"
                               r"|quy dinh)\b")
_ADOPTED = Cue(r"(?:nghị quyết|quyết định) này[^.]{0,160}?thông qua[^.]{0,80}?ngày[ ]+(\d{1,2})[ ]+tháng[ ]+(\d{1,2})[ ]+năm[ ]+((?:19|20)\d{2})")
# an annex's own line: "(Ban hành kèm theo Nghị quyết số 08/NQ-HĐND ...)" opening its line, not the same words
# inside a sentence that cites another document's annex ("... Phụ lục II ban hành kèm theo Quyết định số ...")
_ANNEX_NUMBER = Cue(r"(?<![^\n])[ (*]*(?:ban hành )?kèm theo (?P<kind>nghị quyết|quyết định|kế hoạch|chỉ thị|kết luận|chương trình)[ ]+số[ ]*:?[ ]*")


# "Kết luận số 69-KL/TW ngày 11/01/2024 của Bộ Chính trị ..." as the first line, on the loose key
_FIRST_LINE_NUMBER = re.compile(r"^[#\s]*(?P<kind>nghi quyet|ket luan|chi thi|ke hoach|bao cao|quyet dinh)[\s_]+so[\s_]+(?P<num>\S+)")


def _kind_of(line: str, *, first_lines: bool, lowercase: bool, near_top: bool = False) -> tuple[str, int] | None:
    """The kind a line announces and where its kind word ends, or None.  ``first_lines``: the line is
    among the first five of the text; ``near_top``: among the first twelve, where a header ends."""
    s = line.strip().lstrip("#*").strip()
    cell = cells_of(s)[0]
    loose = Keys(cell).loose
    m = _KIND_KEY.match(loose)
    if not m:
        return None
    rest = cell[m.end():]
    if re.match(r"[ ]*(?:số|so)\b", Keys(rest[:6]).loose):
        return None                     # "Nghị quyết số 05-NQ/TU ...": a citation
    if cell[:m.end()].isupper() and (cell.isupper() or len(cell) <= m.end() + 60):
        return KINDS.get(_KIND_OF_KEY[m.group("kind")], "other"), m.end()      # "NGHỊ QUYẾT", "QUYẾT ĐỊNH PHÊ DUYỆT ..."
    # a kind in lower or sentence case names the document only as a title: "Nghị quyết về ...",
    # "Chỉ_thị về việc ..." (word-segmented texts), or the kind word alone on its line
    if (not rest.strip(" :*") or _TITLE_AFTER_KIND.match(Keys(rest[:20]).loose)) and (first_lines or lowercase):
        return KINDS.get(_KIND_OF_KEY[m.group("kind")], "other"), m.end()
    if not rest.strip(" :*") and near_top:
        # the kind word alone on its line below the issuer, the motto, the number and the date, its
        # capitals lost ("Báo cáo": a heading style's capitals a conversion did not keep)
        return KINDS.get(_KIND_OF_KEY[m.group("kind")], "other"), m.end()
    if lowercase and first_lines and re.match(r"[ :*]*cua\b", Keys(rest[:20]).loose):
        return KINDS.get(_KIND_OF_KEY[m.group("kind")], "other"), m.end()   # "nghị quyết của ban chấp hành ..." lower-cased
    return None


_CERT_CODE = re.compile(r"mã số dự án\s*:\s*(\d{6,12})\b", re.I)
# a letter OCR put among the digits of a number ("năm 2O27", "ngày l4"): read as the digit it stands for
_OCR_IN_NUMBER = re.compile(r"(?<![^\W\d_])(?=[\dOol]*\d)(?=[\dOol]*[Ool])[\dOol]{2,4}(?![^\W\d_])")
_CERT_DATE = re.compile(r"chứng nhận lần đầu\s*:?\s*ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})", re.I)


def _certificate_number_and_date(text: str) -> tuple[str | None, str | None]:
    """ "Mã số dự án: 4275604886", "Chứng nhận lần đầu: ngày 30 tháng 6 năm 2026" -> ("4275604886", "2026-06-30").

    >>> _certificate_number_and_date("Mã số dự án: 1234567890\\nChứng nhận lần đầu: ngày 2 tháng 3 năm 2026\\n")
    ('1234567890', '2026-03-02')
    """
    code, day = _CERT_CODE.search(text), _CERT_DATE.search(text)
    return (code.group(1) if code else None,
            iso_date(day.group(1), day.group(2), day.group(3)) if day else None)


def kind_word_end(line: str, *, lowercase: bool = False) -> int | None:
    """Where the kind word of a kind line ends (in the line stripped of spaces, "#" and "*")."""
    got = _kind_of(line, first_lines=True, lowercase=lowercase)
    return got[1] if got else None


def find_kind_line(lines: list[Line], *, lowercase: bool = False, limit: int = 60) -> int | None:
    """The index of the line that names the document's kind ("NGHỊ QUYẾT"), or None.  A kind in
    capitals wins over a sentence-case one above it ("Nghị quyết 20 - 2012", a file's caption)."""
    seen = 0
    found = None
    for i, ln in enumerate(lines[:limit * 3]):
        if not ln.text.strip():
            continue
        seen += 1
        if seen > limit:
            break
        got = _kind_of(ln.text, first_lines=seen <= 5, lowercase=lowercase, near_top=seen <= 12)
        if got:
            if found is None:
                found = i
            if cells_of(ln.text.strip().lstrip("#*").strip())[0][:got[1]].isupper():
                return i
    return found


def parse_header(text: str, lines: list[Line], body_start: int, footer_start: int,
                 *, lowercase: bool = False, keys: Keys | None = None) -> Header:
    """The header of a normalised text; ``keys`` are the text's, when the caller has them."""
    head = [ln for ln in lines if ln.start < body_start] if body_start > 0 else lines[:30]
    kind = number = date = place = issuer = title = None

    kind_idx = find_kind_line(head, lowercase=lowercase) if head else None
    if kind_idx is not None:
        kind = _kind_of(head[kind_idx].text, first_lines=True, lowercase=lowercase)[0]
    head_cells = [(ln, c) for ln in head[:40] for c in cells_of(ln.text)]
    # the document's own number; when the head prints another one too ("THEO QUYẾT ĐỊNH SỐ 1050/QĐ-SCT"
    # above "Số: 1105/KH-ĐKT"), the one whose code says the document's kind
    found = [normalise_number(m.group("num")) for _, c in head_cells if (m := rx.NUMBER_LINE.search(c))]
    found = [n for n in found if n]
    if found:
        number = next((n for n in found if kind and kind_from_number(n) == kind), found[0])
    if number is None and lines:
        # "Kết luận số 69-KL/TW ngày 11/01/2024 của Bộ Chính trị ..." as the first line
        # (matched on the loose key: a word-segmented, lower-cased "kết luận_số 69-kl/tw" too)
        first = next((ln.text for ln in lines if ln.text.strip()), "")
        m = _FIRST_LINE_NUMBER.match(Keys(first).loose)
        if m:
            number = normalise_number(first[m.start("num"):m.end("num")])
            kind = kind or KINDS.get(_KIND_OF_KEY[m.group("kind")])
    for _, c in head_cells:
        m = rx.PLACE_DATE_LOWER.search(desegment(c)) if lowercase else rx.PLACE_DATE.search(c)
        if m is None and _OCR_IN_NUMBER.search(c):
            fixed = _OCR_IN_NUMBER.sub(lambda d: d.group().translate(rx.OCR_DIGITS), c)
            m = rx.PLACE_DATE_LOWER.search(desegment(fixed)) if lowercase else rx.PLACE_DATE.search(fixed)
        if m and lowercase:
            place = " ".join(w.capitalize() for w in m.group("place").split())
            date = iso_date_of(m)
            break
        if m:
            # the place is the run of capitalised words before ", ngày" ("Số: /ĐCK-CTT Hà Nội" -> "Hà Nội")
            pm = re.search(r"(?:[A-ZĐÀ-Ỹ][a-zđà-ỹ]+[ ]?)+$", m.group("place").strip(" *#"))
            place = pm.group(0).strip() if pm else m.group("place").strip(" *#")
            date = iso_date_of(m)
            break
    if date is None:
        # a record's or a portal's labelled field: "Ngày ban hành: 10/07/2027"
        field = next((f for _, c in head_cells if (f := _ISSUED_FIELD.search(c))), None)
        date = iso_date(*field.groups()) if field else None
    if date is None and number:
        # "Kết luận số 69-KL/TW ngày 11/01/2024 của Bộ Chính trị ..." in the first lines
        for ln in [ln for ln in lines if ln.text.strip()][:3]:
            m = re.search(r"(?<![^\W_])so[\s_]+(?P<num>\S+)[\s_]+ngay[\s_]+(\d{1,2})/(\d{1,2})/(\d{4})", Keys(ln.text).loose)
            if m and normalise_number(ln.text[m.start("num"):m.end("num")]) == number:
                date = iso_date(m.group(2), m.group(3), m.group(4))
                break
    if number is None and date is None and kind_idx is not None and "chứng nhận" in head[kind_idx].text.lower():
        # a registration certificate has no "Số:" line: its project code is its number ("Mã số dự án:
        # 4275604886", as its annexes cite it), the day it was first issued its date
        number, date = _certificate_number_and_date(text[:3000])
    code_kind = kind_from_number(number)
    if kind is None:
        kind = code_kind or "other"
    if number is None and kind != "other":
        keys = keys or Keys(text)
        number, annex_date = _annex_number(keys, kind)
        date = date or annex_date
    if date is None and kind in ("resolution", "decision"):
        keys = keys or Keys(text)
        date = _adoption_date(keys)
    # title: the lines after the kind line up to a blank line; "CỦA BỘ CHÍNH TRỊ" names the issuer
    if kind_idx is not None:
        title, of_issuer = _title(head, kind_idx, lowercase)
        issuer = issuer or of_issuer
        if kind == "resolution" and title and "chương trình hành động" in title.lower():
            kind = "programme"
        # a party committee's notice of its conclusions ("Số 214-TB/TU", "THÔNG BÁO KẾT LUẬN của Ban Thường vụ"):
        # its conclusions, as a "-KL/TU" would give them (a state body's notice of a meeting stays a notice)
        said = loose_key(head[kind_idx].text.strip() + " " + (title or ""))
        if kind == "other" and number and _PARTY_NOTICE.match(number) and _NOTICE_OF_CONCLUSIONS.match(said):
            kind = "conclusion"
    org: list[str] = []
    if issuer is None:
        block = head[:8]
        for i, ln in enumerate(block):
            s = ln.text.strip().strip("#*").strip()
            if PLACEHOLDER.match(s):
                continue
            s = cells_of(s)[0]
            # a two-column header puts the motto on the same line: "ỦY BAN NHÂN DÂN CỘNG HOÀ XÃ HỘI ..."
            s = re.split(r"CỘNG H(?:ÒA|OÀ)|ĐẢNG CỘNG SẢN|Độc lập", s)[0].strip(" |-")
            if not ln.text.strip() and org and _PLACE_LINE.match(next((b.text.strip() for b in block[i + 1:]
                                                                        if b.text.strip()), "")):
                continue        # "ỦY BAN NHÂN DÂN" ⏎⏎ "TỈNH LÀO CAI" (a double-spaced copy): the place goes on
            if not s or rx.NUMBER_LINE.search(s):
                if org:
                    break
                continue
            if (s.isupper() or _ORGAN_LINE.match(loose_key(s)) or (org and _PLACE_LINE.match(s.upper()))) \
                    and len(s) < 60 and not _kind_of(s, first_lines=True, lowercase=False):
                org.append(s)   # (in capitals, or an organ's name whose capitals a conversion lost: "Uỷ ban nhân dân")
        if org:
            issuer = _title_case(" ".join(org[-2:]))
    signer, recipients, rec_span = _footer(text, lines, footer_start, lowercase=lowercase)
    central = bool(number and re.search(r"/(?:TW|BCT|BBT)$|-(?:CP|TTg)$|/ĐĐQH|/VPĐU$", number))
    province = None if central else _province(text, head)
    issuer = _congress(org) or _standing_body(org) or _branch_issuer(org, province) \
        or (_unit_issuer(org[-1], text, province) if len(org) >= 2 else None) \
        or _canonical_issuer([org[-1]] if org else [], issuer, signer, province, text)
    return Header(kind=kind, number=number, date=date, place=place, issuer=issuer, title=title,
                  signer=signer, recipients=recipients, recipients_span=rec_span, province=province)


def _title(head: list[Line], kind_idx: int, lowercase: bool) -> tuple[str | None, str | None]:
    """The title after the kind word and on the lines after it, and the issuer a "CỦA ..." line names."""
    parts: list[str] = []
    issuer = None
    kline = cells_of(head[kind_idx].text.strip().lstrip("#").strip())[0]
    got = _kind_of(kline, first_lines=True, lowercase=lowercase)
    if got and kline[got[1]:].strip(" :*"):
        # "QUYẾT ĐỊNH CHẤP THUẬN CHỦ TRƯƠNG ĐẦU TƯ", "Nghị_quyết về ...": the title starts on the kind line
        parts.append(kline[got[1]:].strip(" :*"))
    for ln in head[kind_idx + 1:kind_idx + 9]:
        s = ln.text.strip().strip("#").strip()
        if not s:
            if parts:
                break
            continue
        if PLACEHOLDER.match(s) or _TITLE_STOP.match(s) or _PREAMBLE.match(Keys(s.lstrip("-+• ")[:40]).loose):
            break   # the preamble ("Căn cứ ..."), or the issuer's name line before it
        if s in ("QUỐC HỘI", "CHÍNH PHỦ") and (not (nxt := _next_text(head, ln)) or _PREAMBLE.match(Keys(nxt[:40]).loose)):
            break   # "QUỐC HỘI" over "Căn cứ Hiến pháp ..." (or last in the head): the enacting body, not the title
        if lowercase and parts and re.match(r"^(?:hội đồng nhân dân|ủy ban nhân dân|khoá|khóa|kỳ họp)", Keys(s[:30]).key):
            break
        if re.fullmatch(r"[-_=*~.]{3,}", s):
            break      # the rule printed under the title ("-----")
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
    return title, issuer


def _next_text(head: list[Line], ln: Line) -> str:
    """The first non-blank line of the head after ``ln`` (stripped), or ""."""
    after = [x.text.strip() for x in head if x.start > ln.start and x.text.strip()]
    return after[0] if after else ""


# where the preamble starts (the title has ended): on the loose key
_PREAMBLE = re.compile(r"^(?:can cu|xet (?:de nghi|to trinh|bao cao)|theo de nghi|sau khi|quyet nghi|quyet dinh[ ]*:|"
                       r"ket luan[ ]*:|kinh gui|dieu[ ]*1\b)")


def _annex_number(keys: Keys, kind: str) -> tuple[str | None, str | None]:
    """"Ban hành kèm theo Nghị quyết số 08/NQ-HĐND ngày 10/7/2026 ..." (an annex of the document itself) when
    the header lost the number: the number is the document's if its code says the same kind, and the date
    printed after it is the document's date."""
    text = keys.text
    for m in _ANNEX_NUMBER.finditer(keys):
        raw = re.match(r"[^\s,;()]+", text[m.end():m.end() + 40])
        if not raw:
            continue
        number = normalise_number(raw.group(0))
        if number and kind_from_number(number) == kind:
            day = rx.CITE_DATE_AFTER.match(text[m.end() + raw.end():m.end() + raw.end() + 40])
            date = iso_date_of(day) if day else None
            return number, date
    return None, None


def _adoption_date(keys: Keys) -> str | None:
    """"Nghị quyết này đã được Hội đồng nhân dân tỉnh ... thông qua ngày 13 tháng 7 năm 2017": a council
    resolution whose date line was lost is dated by its adoption (DOMAIN.md 4b)."""
    found = None
    for m in _ADOPTED.finditer(keys):
        found = iso_date(m.group(1), m.group(2), m.group(3))
    return found

@lru_cache(maxsize=1)
def _provinces() -> tuple[tuple[str, re.Pattern], ...]:
    from nlpolicy.lexicon import read_tsv
    out = []
    for row in read_tsv("provinces.tsv"):
        if row and row[0]:
            name, *rest = row
            forms = [name, *(rest[0].split("|") if rest and rest[0] else [])]
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
    # (the names as a trie: at a word's start only the names with its first letter are tried, the
    # longest first, as the plain alternation of every spelling, longest first, did three times slower)
    alt = rx.trie_pattern(sorted(canon))
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


_CONGRESS_LINE = re.compile(r"ĐẠI HỘI(?: ĐẠI BIỂU)?(?: ĐẢNG BỘ)? LẦN THỨ (?P<n>[IVXL]+|\d+)")
_PARTY_ORG_LINE = re.compile(r"ĐẢNG BỘ (?P<level>TỈNH|THÀNH PHỐ|HUYỆN|THỊ XÃ|XÃ|PHƯỜNG) (?P<place>[A-ZĐÀ-Ỹ ]+)")


def _congress(org: list[str]) -> str | None:
    """A party congress is named by its party organisation and its number: "ĐẢNG BỘ TỈNH GIA LAI" ⏎ "ĐẠI HỘI
    ĐẠI BIỂU LẦN THỨ I" -> "Đại hội đại biểu Đảng bộ tỉnh Gia Lai lần thứ I"."""
    if len(org) < 2 or not (c := _CONGRESS_LINE.fullmatch(org[-1].strip())) \
            or not (p := _PARTY_ORG_LINE.fullmatch(org[-2].strip())):
        return None
    place = " ".join(w.capitalize() for w in p.group("place").lower().split())
    return f"Đại hội đại biểu Đảng bộ {p.group('level').lower()} {place} lần thứ {c.group('n')}"


# a unit under its parent's line issues the document: "SỞ Y TẾ TỈNH QUẢNG TRỊ" ⏎ "BỆNH VIỆN ĐA KHOA TỈNH", "UBND
# TỈNH X" ⏎ "TRƯỜNG CAO ĐẲNG Y TẾ" (the parent is the body above it, not the issuer)
_UNIT_LINE = re.compile(r"(?:BỆNH VIỆN|TRƯỜNG|TRUNG TÂM|HỌC VIỆN|ĐẠI HỌC) [A-ZĐÀ-Ỹ ]+")
_NEXT_NAME_WORD = re.compile(rf"[ ]+[{rx.UPPER}][^\W\d_]*")


def _branch_issuer(org: list[str], province: str | None) -> str | None:
    """A branch under its parent's name, the branch on the last line: "NGÂN HÀNG NHÀ NƯỚC VIỆT NAM" / "CHI NHÁNH KHU
    VỰC 14" -> "Ngân hàng Nhà nước Chi nhánh Khu vực 14".

    >>> _branch_issuer(["NGÂN HÀNG NHÀ NƯỚC VIỆT NAM", "CHI NHÁNH KHU VỰC 14"], "An Giang")
    'Ngân hàng Nhà nước Chi nhánh Khu vực 14'
    >>> _branch_issuer(["NGÂN HÀNG CHÍNH SÁCH XÃ HỘI", "CHI NHÁNH TỈNH ĐỒNG THÁP"], "Đồng Tháp")
    'Ngân hàng Chính sách xã hội Chi nhánh tỉnh Đồng Tháp'
    """
    from nlpolicy.agencies import find_agencies
    m = re.fullmatch(r"CHI NHÁNH[ ]+(.+)", org[-1].strip()) if len(org) >= 2 else None
    found = find_agencies(org[-2], level="central") if m else []
    if not found:
        return None
    parent = re.sub(r"[ ]Việt Nam$", "", found[0].names[0])
    where = m.group(1)
    if where.startswith("TỈNH ") and province:
        where = f"tỉnh {province}"
    else:
        where = _title_case(where)
        where = where[:1].upper() + where[1:]
    return f"{parent} Chi nhánh {where}"


def _unit_issuer(line: str, text: str, province: str | None) -> str | None:
    """The unit a header's last line names, as the text spells it ("Bệnh viện Đa khoa tỉnh Quảng Trị": the
    capitals of the header lost its names' case), else in the header's words with the province after "tỉnh".

    >>> _unit_issuer("BỆNH VIỆN ĐA KHOA TỈNH", "Bệnh viện Đa khoa tỉnh Quảng Trị xây dựng kế hoạch", "Quảng Trị")
    'Bệnh viện Đa khoa tỉnh Quảng Trị'
    >>> _unit_issuer("TRUNG TÂM Y TẾ KHU VỰC", "không có tên viết thường", "Hà Tĩnh")
    'Trung tâm y tế khu vực'
    """
    if not _UNIT_LINE.fullmatch(line.strip()):
        return None
    spelt = ""
    for m in _spellings(line, text):
        end = m.end()
        for _ in range(4):       # the name goes on in capitals: "... tỉnh Quảng Trị"
            w = _NEXT_NAME_WORD.match(text, end)
            if not w:
                break
            end = w.end()
        if end - m.start() > len(spelt):
            spelt = " ".join(text[m.start():end].split())
    name = spelt or _title_case(line)
    if province and name.endswith(" tỉnh"):
        name = f"{name} {province}"
    return name


def _standing_body(org: list[str]) -> str | None:
    """A council's standing body: its council above it, itself on the last line ("HỘI ĐỒNG NHÂN DÂN" ⏎ "TỈNH NAM
    SƠN" ⏎ "THƯỜNG TRỰC" -> "Thường trực Hội đồng nhân dân tỉnh Nam Sơn")."""
    if len(org) < 2 or loose_key(org[-1]) != "thuong truc":
        return None
    above = _title_case(" ".join(org[:-1]))
    council = re.match(r"(?i)hội đồng nhân dân[ ]+(tỉnh|thành phố|xã|phường|đặc khu)[ ]+(.+)", above)
    if not council:
        return None
    place = " ".join(w[:1].upper() + w[1:] for w in council.group(2).split())
    return f"Thường trực Hội đồng nhân dân {council.group(1).lower()} {place}"


def _canonical_issuer(last_org: list[str], issuer: str | None, signer: Signer | None, province: str | None,
                      text: str = "") -> str | None:
    """The issuer by its canonical name, with the province where the body is a province's:
    "UBND TỈNH LÀO CAI / SỞ CÔNG THƯƠNG" -> "Sở Công Thương tỉnh Lào Cai"; an unheaded resolution
    signed "T/M TỈNH ỦY" in Bình Thuận -> "Tỉnh ủy Bình Thuận"; a body no lexicon knows as the text spells it
    (the header's capitals lost its case: "BAN QUẢN LÝ DỰ ÁN / ĐẦU TƯ XÂY DỰNG TỈNH" is the text's "Ban Quản lý
    dự án đầu tư xây dựng tỉnh")."""
    from nlpolicy.agencies import find_agencies
    candidates = [*last_org, *([issuer] if issuer else [])]   # the most specific header line first
    if signer and signer.on_behalf:
        candidates.append(signer.on_behalf)
    for cand in candidates:
        found = find_agencies(cand, level="central" if re.search(r"Trung ương|Chính phủ|Bộ Chính trị|Quốc hội", cand, re.I)
                              and not province else "province")
        if not found:
            continue
        # (a two-column header glued into one line puts a mass organisation's national name, its motto, after the
        # issuer: "BCH HỘI NÔNG DÂN TỈNH X HỘI NÔNG DÂN VIỆT NAM")
        local = [m for m in found if not m.names[0].endswith(" Việt Nam")]
        name = (local or found)[-1].names[0]
        if province and (name.endswith(" tỉnh") or name.startswith("Sở ")):
            return f"{name} {province}" if name.endswith(" tỉnh") else f"{name} tỉnh {province}"
        if province and name in ("Tỉnh ủy", "Hội đồng nhân dân tỉnh", "Ủy ban nhân dân tỉnh"):
            return f"{name} {province}"
        return name
    return _as_spelt(issuer, text) if issuer else issuer


def _spellings(name: str, text: str):
    """Where the text writes the words of ``name`` (in any case) other than in capitals."""
    pattern = re.compile(r"(?<![\w])" + r"[ ]+".join(re.escape(w) for w in name.split()) + r"(?![\w])", re.I)
    return (m for m in pattern.finditer(text) if not m.group().isupper())


def _as_spelt(name: str, text: str) -> str:
    """``name`` as the text writes its words where they are not in capitals, else ``name``.

    >>> _as_spelt("Ban quản lý dự án tỉnh", "BAN QUẢN LÝ DỰ ÁN TỈNH ... báo cáo của Ban Quản lý dự án tỉnh.")
    'Ban Quản lý dự án tỉnh'
    """
    return next((" ".join(m.group().split()) for m in _spellings(name, text)
                 if m.group()[:1].isupper()), name)   # (a name, not words of a sentence)


_RECIPIENTS = re.compile(r"^[ *#]*noi nhan[ *]*(?::|$)")


def _is_recipients(line: str, loose: str | None = None) -> bool:
    """"Nơi nhận:", "NƠI NHẬN", "Noi nhân:" (OCR) on a line of its own or before the first recipient."""
    return bool(_RECIPIENTS.match(Keys(line[:30]).loose if loose is None else loose[:30]))


def _first_of_blocks(lines: list[Line], i: int) -> int:
    """Where the first of the signature blocks stacked above ``lines[i]`` begins: a joint programme ends with a block
    for each body that signs it ("TM. ỦY BAN NHÂN DÂN TỈNH" ... "Hồ Văn Lực" ⏎ "TM. BAN THƯỜNG VỤ" ...)."""
    while True:
        above = [x for x in lines[max(0, i - 12):i] if x.text.strip()]
        if not above:
            return lines[i].start
        found = next((x for x in above if (m := _ON_BEHALF.match(x.text.strip())) and m.group("who")[:4].isupper()
                      and all(len(y.text.strip()) <= 60 for y in above[above.index(x):])), None)
        if found is None:
            return lines[i].start
        i = lines.index(found)


def _position_block(lines: list[Line], short: bool = True) -> int | None:
    """Where a signature block without "T/M" starts among ``lines`` (non-blank): a position in capitals ("CHỦ
    TỊCH QUỐC HỘI", "GIÁM ĐỐC") with a person's name within three lines below it (and, if ``short``, no line from
    there on longer than a block's)."""
    for k, x in enumerate(lines[:-1]):
        cell = cells_of(x.text.strip())[-1].strip(" *") if x.text.strip() else ""
        below = lines[k + 1:k + 4]
        if cell.isupper() and _POSITION_RE.match(cell) and len(cell) <= 60 \
                and any(_NAME.match(y.text.strip(" *|")) and not y.text.strip(" *|").isupper() for y in below) \
                and (not short or all(len(y.text.strip()) <= 60 for y in lines[k:])):
            return x.start
    return None


def find_footer_start(lines: list[Line], *, lowercase: bool = False) -> int | None:
    """Where the distribution list or the signature block begins (the end of the body); in a text
    that lost its capitals, a short line opening with "t/m", "kt." ... is a signature block too."""
    for i, ln in enumerate(lines):
        if _is_recipients(ln.text, ln.loose):
            # a signature block printed above the distribution list ("T/M BAN THƯỜNG VỤ" / "BÍ THƯ" /
            # "(Đã ký)" / the name, then "Nơi nhận:"): the footer starts with the block
            above = [x for x in lines[max(0, i - 12):i] if x.text.strip()]
            for k, x in enumerate(above):
                m = _ON_BEHALF.match(x.text.strip())
                if m and m.group("who")[:4].isupper() and all(len(y.text.strip()) <= 60 for y in above[k:]):
                    return _first_of_blocks(lines, lines.index(x))
            # or one with no "T/M": a position in capitals, a person's name just below it ("GIÁM ĐỐC" /
            # "(đã ký)" / "Phạm Thị Ngọc Lan"), short lines down to the list
            block = _position_block(above)
            return block if block is not None else ln.start
    # a signature without a distribution list: "T/M ...", "TM. ..." near the end
    for ln in reversed(lines[-60:]):
        m = _ON_BEHALF.match(ln.text.strip())
        if m and m.group("who")[:4].isupper():
            return ln.start
        if lowercase and len(ln.text) < 120 and _ON_BEHALF_LOWER.match(desegment(ln.text).strip(" *`")):
            return ln.start
    # a signature with no "T/M" and no distribution list (the Assembly's "CHỦ TỊCH QUỐC HỘI", a law's, a
    # minister's own decision): a position in capitals in the last lines, a person's name just below it
    block = _position_block([x for x in lines[-12:] if x.text.strip()], short=False)
    if block is not None:
        return block
    # a signature table lost in conversion: its placeholder after the closing lines
    n = len(lines)
    for i in range(n - 1, max(-1, n - 15), -1):
        if PLACEHOLDER.match(lines[i].text) and i > n * 0.5:
            return lines[i].start
    return None


# a signature block in a text that lost its capitals: "t/m bộ chính trị", "kt. thủ_tướng", "bí thư",
# "(đã_ký)", "nguyễn_mạnh hùng"
_ON_BEHALF_LOWER = re.compile(r"^(?P<ob>(?:t/m|tm\.|t\.m\.|kt\.|k/t|tl\.|tuq\.)[ ]*[^\W\d_][^(*|]*?)"
                              r"(?:(?P<mid>[ *]*\([^)]*\)[ *]*)(?P<name>[^\W\d_]+(?: [^\W\d_]+){1,4})?)?[ ]*$")
_WORDS_ONLY = re.compile(r"[^\W\d_]+(?: [^\W\d_]+){1,4}")


_RECIPIENTS_HEAD = re.compile(r"^(?P<head>nơi nhận[ ]*:[ ]*)(?P<rest>.+)$")
# a two-column footer read line by line: a position at the end of a recipient ("...; phó chủ tịch"), the
# name after the last one ("- lưu văn phòng. tô lâm")
_TAIL_POSITION = re.compile(r"(?<=[;,.)] )(?P<pos>" + "|".join(sorted((p.lower() for p in _POSITIONS), key=len, reverse=True))
                            + r")[ ]*$")
_TAIL_NAME = re.compile(rf"(?<=\. )(?P<name>(?:{_SURNAMES.lower()})(?: [^\W\d_]+){{1,3}})[ ]*$")


def _recased(cell: str) -> str:
    """A cell of a lower-cased footer written the way a signature block prints it, so that the rules
    that read its capitals apply: the body and position in capitals, a person's name in title case."""
    s = desegment(cell).strip(" *`")
    if (m := _RECIPIENTS_HEAD.match(s)):
        return m.group("head") + _recased(m.group("rest"))      # "nơi nhận: t/m ban chấp hành trung ương"
    if s.startswith(("-", "+")):
        if (m := _TAIL_POSITION.search(s)):
            return s[:m.start()] + m.group("pos").upper()
        if (m := _TAIL_NAME.search(s)):
            return s[:m.start()] + " ".join(w.capitalize() for w in m.group("name").split())
        return cell
    if (m := _ON_BEHALF_LOWER.match(s)):
        name = " ".join(w.capitalize() for w in (m.group("name") or "").split())
        return (m.group("ob").upper().rstrip() + " " + (m.group("mid") or "").strip(" *") + " " + name).strip()
    if _POSITION_RE.fullmatch(s.upper()):
        return s.upper()
    if _WORDS_ONLY.fullmatch(s) and not _NOT_A_NAME.match(loose_key(s)):
        return " ".join(w.capitalize() for w in s.split())
    return cell


def _footer(text: str, lines: list[Line], footer_start: int, *, lowercase: bool = False
            ) -> tuple[Signer | None, tuple[Span, ...], tuple[int, int] | None]:
    tail = [ln for ln in lines if ln.start >= footer_start]
    recipients: list[Span] = []
    rec_span = None
    in_rec = False
    for ln in tail:
        s = ln.text.strip()
        if _is_recipients(ln.text, ln.loose):
            in_rec = True
            rec_span = (ln.start, ln.end)
            continue
        if in_rec:
            if s.startswith(("-", "+", "•")):
                lead = len(ln.text) - len(ln.text.lstrip("-+• "))
                # a two-column footer keeps the signature block on the right of the line (" | ")
                end = ln.start + (ln.text.index(" | ") if " | " in ln.text else len(ln.text))
                recipients.append(Span(ln.start + lead, end, text[ln.start + lead:end]))
                rec_span = (rec_span[0], end)
            elif s and not s.startswith(("-", "+")):
                in_rec = False
    # The signature block: "T/M TỈNH ỦY" / "BÍ THƯ" / "(đã ký)" / "Nguyễn Mạnh Hùng".  Two-column
    # layouts put the positions at the ends of recipient lines ("- Như trên; PHÓ CHỦ TỊCH"), and
    # some copies keep it on one line ("T/M BỘ CHÍNH TRỊ (Đã ký) Trương Thị Mai").
    signer = None
    position = on_behalf = None
    seen_block = False
    # each cell of a line on its own (a two-column footer: the list on the left, the block on the right)
    cells = [c for ln in tail for c in cells_of(ln.text.strip())]
    if lowercase:
        cells = [_recased(c) for c in cells]
    glued = None
    for s in cells:
        if not s:
            continue
        if _MOTTO.search(loose_key(s[:60])):
            break               # the head of a document attached after the signature
        if s.startswith(("-", "+")) and (t := _TRAILING_NAME.search(s) or _INNER_NAME.search(s)):
            glued = t.group("name")
        m = _ON_BEHALF_ANY.search(s) or _ON_BEHALF_CELL.match(s)
        if m:
            seen_block = True
            who = m.group("who").upper()
            on_behalf = _title_case(_POSITION_RE.split(who)[0].strip()) or on_behalf
            inline = _INLINE_NAME.search(s)
            if inline:
                signer = Signer(name=inline.group("name"), position=None, on_behalf=on_behalf)
        pos = _POSITION_RE.findall(s)
        if not pos and len(s) <= 40 and _POSITION_RE.fullmatch(s.upper()):
            pos = [s.upper()]           # "Phó chủ tịch" on a cell of its own: a position, its capitals lost
        if not pos and (lm := _POSITION_LOOSE.search(loose_key(s))) and s[lm.start():lm.end()].isupper():
            pos = [_POSITION_OF_LOOSE[lm.group()]]     # "PHÓ CHỦ TICH": its marks lost by a scan
        if pos:
            position = pos[-1]
            seen_block = True
            continue
        if rx.APPENDIX.match(s):
            break
        s = _DEGREE.sub("", _RANK.sub("", s))   # "Thiếu tướng Lương Văn Quyết", "PGS.TS. ...": no part of the name
        if (seen_block and not s.startswith(("-", "+")) and not _SIGNED.match(s) and _NAME.match(s)
                and not s.startswith("Nơi") and not _NOT_A_NAME.match(loose_key(s))):
            signer = Signer(name=_person_name(s), position=_title_case(position) if position else None,
                            on_behalf=on_behalf)
            break
    if signer is None and glued and seen_block:
        signer = Signer(name=glued, position=_title_case(position) if position else None, on_behalf=on_behalf)
    if signer and signer.position is None and position:
        signer = Signer(signer.name, _title_case(position), signer.on_behalf)
    return signer, tuple(recipients), rec_span


