"""Bodies a document names by its own words: companies by their form, and the role nouns that point
back at a body the document has named.

The agency lexicon and the forms of :mod:`nlpolicy.agencies` know public bodies.  Two kinds of doer
they cannot know are named by the document itself:

- **Companies**, read by their form: "Công ty" + a legal form ("Cổ phần", "CP", "TNHH", "TNHH một
  thành viên", "trách nhiệm hữu hạn") + a name, up to punctuation or the verb after it
  ("Công ty Cổ phần Đầu tư hạ tầng Sông Lam có trách nhiệm ..." names "Công ty Cổ phần Đầu tư hạ tầng
  Sông Lam").  A company that a document gives a duty is a body that can be given a task (DOMAIN.md
  3, "Agency").
- **Role nouns with one referent in the document**: a decision that approves an investor, or a
  certificate that registers one, names it once ("Nhà đầu tư: Công ty ...", "Chứng nhận nhà đầu tư:
  Tên doanh nghiệp: Công ty ..."), then calls it "nhà đầu tư" or "chủ đầu tư"; a letter names its
  addressee after "Kính gửi:" and then calls it "Quý Sở", "Quý cơ quan".  Such a mention stands for
  the body named (not the plural "các nhà đầu tư", which are others).

>>> text = ("QUYẾT ĐỊNH\\nĐiều 1. Chấp thuận nhà đầu tư\\n1. Nhà đầu tư: Công ty Cổ phần Phát triển hạ tầng "
...         "Nam Sơn.\\nĐiều 2. Nhà đầu tư có trách nhiệm triển khai dự án.\\n")
>>> [(m.text, m.names[0]) for m in named_referents(text)]  # doctest: +NORMALIZE_WHITESPACE
[('nhà đầu tư', 'Công ty Cổ phần Phát triển hạ tầng Nam Sơn'),
 ('Nhà đầu tư', 'Công ty Cổ phần Phát triển hạ tầng Nam Sơn'),
 ('Công ty Cổ phần Phát triển hạ tầng Nam Sơn', 'Công ty Cổ phần Phát triển hạ tầng Nam Sơn'),
 ('Nhà đầu tư', 'Công ty Cổ phần Phát triển hạ tầng Nam Sơn')]
"""
from __future__ import annotations

import re
from dataclasses import replace

from nlpolicy.agencies import _UPPER, UNIT_CODE, AgencyMention, find_agencies
from nlpolicy.textfold import fold

__all__ = ["named_referents", "with_referents"]

_W = r"[^\W\d_][\w&'.\-]*|\d+[\w\-]*"          # a word of a name ("Sông", "Đà", "số", "2", "I&C")
# the patterns below match the folded text (nlpolicy.textfold.fold: lower case, no diacritics, same
# offsets), so that a scan that lost a mark ("Cong ty Co phan") is read as the print
_LEGAL = (r"(?:co\s+phan|cp|tnhh(?:\s+(?:mtv|mot\s+thanh\s+vien|hai\s+thanh\s+vien(?:\s+tro\s+len)?))?"
          r"|trach\s+nhiem\s+huu\s+han(?:\s+(?:mot|hai)\s+thanh\s+vien)?)")
# the words after a name that are no longer the name: a verb, a preposition, a role cue (a word that
# may also begin a trade, "Thực phẩm", "Xây dựng", "Đầu tư", is a stop only with the word after it)
_STOP_ONE = frozenset("có chịu nộp được là tại theo để về gửi với trong đã đang sẽ phải lập làm nhận do cho của từ "
                      "ngày hoặc này đó".split())
# "và" joins two trades inside a name ("Đầu tư và Phát triển"), and a company to another body
_BODY_HEAD = frozenset("sở ủy uỷ ubnd ban bộ công cục phòng trung văn thanh chi tổng liên hội".split())
_BODY_HEAD |= {fold(w) for w in _BODY_HEAD}
# a word a scan took the marks off stops a name only when no word of a name folds the same ("tu" is
# "từ" and the "tư" of "Đầu tư", "da" is "đã" and "Đà")
_STOP_ONE |= {"chiu", "nop", "duoc", "theo", "gui", "trong", "hoac"}
_AND = frozenset({"và", "va"})
_STOP_TWO = frozenset({"chủ trì", "phối hợp", "thực hiện", "triển khai", "báo cáo", "đăng ký", "cam kết", "đề nghị", "bố trí",
                       "tổ chức", "hoàn thành", "chấp hành", "bảo đảm", "đảm bảo", "xây dựng", "trụ sở", "địa chỉ",
                       "mã số", "đầu tư", "khai thác", "quản lý", "đẩy nhanh", "đôn đốc", "hướng dẫn", "kiểm tra", "rà soát",
                       "khẩn trương", "chỉ đạo", "tập trung", "chủ động", "nghiên cứu", "tham mưu", "cung cấp",
                       "vận hành", "điều tiết", "hạ mực", "xả lũ", "điều chỉnh"})     # (a reservoir's operator: "... vận hành hồ X")
_STOP_TWO |= {fold(w) for w in _STOP_TWO} - {"dau tu", "xay dung", "khai thac"}
_STOP_TWO |= {"có trách", "co trach", "chịu trách", "chiu trach"}
# (each branch looks behind after its first letter: a pattern that starts with a look-behind is
# tried at every position, one that starts with "t" or "c" is searched for those letters in C)
_COMPANY = re.compile(rf"(?:t(?<!\wt)ong\s+cong|c(?<!\wc)ong)\s+ty\s+{_LEGAL}\s+(?P<name>(?:{_W})(?:[ ](?:{_W})){{0,11}})")
# "Nhà đầu tư: Công ty ...", "chấp thuận nhà đầu tư ... Công ty ...", "Tên doanh nghiệp: Công ty ..."
_INVESTOR_DEF = re.compile(r"(?:nha|chu)\s+dau\s+tu\b[^\n]{0,80}?\n?(?:[^\n]{0,40}?:\s*)?$|ten\s+doanh\s+nghiep\s*:\s*$")
_INVESTOR = re.compile(r"(?=[nc])(?<!cac )(?<!nhung )(?<!\w)(?:nha|chu)\s+dau\s+tu(?!\s+(?:san\s+xuat|thu\b|khac|trong\s+va))\b")
_ADDRESSEE_LINE = re.compile(r"^[ \t]*kinh\s+gui\s*:?[ \t]*(?P<to>[^\n]*(?:\n[ \t]*[-–+][^\n]*)*)", re.M)
_YOUR = re.compile(r"q(?<!\wq)uy\s+(?:so|bo|ban|cuc|tong cuc|vu|vien|uy ban|co quan|don vi|van phong|chi cuc|trung tam|"
                   r"cong ty|phong|thanh tra|dai|bao|hoi|lien doan)(?!\w)")


def _word(w: str) -> str:
    """A word's key for the stop lists: as written, or folded when a scan took its marks off."""
    low = w.lower()
    return fold(low) if fold(low) == low else low


def _name(text: str, m: re.Match) -> str:
    """The company's name as ``text`` spells it (``m`` matched its folded copy), the legal form in full."""
    words = text[m.start("name"):m.end("name")].split()
    cut = len(words)
    for i in range(1, len(words)):
        w, two = _word(words[i]), _word(" ".join(words[i:i + 2]))
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if w in _STOP_ONE or (two in _STOP_TWO and words[i][0].islower()) or (
                w in _AND and (not nxt[:1].isupper() or _word(nxt) in _BODY_HEAD)):
            cut = i
            break
    # a proper name of two capitals or more ends the name before a run of lower-case words, which say what the
    # company does: "Công ty Cổ phần Hóa chất Đông Á Nghi Sơn [lắp đặt hệ thống ...]", "... Tĩnh Hải [bổ sung 1.000 m]"
    caps = [i for i in range(cut) if words[i][:1].isupper()]
    if caps and caps[-1] >= 1 and words[caps[-1] - 1][:1].isupper() and cut - caps[-1] - 1 >= 2:
        cut = caps[-1] + 1
    head = re.sub(r"\bCP\b", "Cổ phần", " ".join(text[m.start():m.start("name")].split()))
    return " ".join([head] + words[:cut]).rstrip(".")


def _companies(text: str, folded: str) -> list[tuple[int, int, str]]:
    out = []
    for m in _COMPANY.finditer(folded):
        name = _name(text, m)
        if len(name.split()) < 4:
            continue                       # "Công ty Cổ phần" alone: a form of company, no name
        out.append((m.start(), m.start() + _span_len(text, m.start(), name), name))
    return out


def _span_len(text: str, start: int, name: str) -> int:
    """The length in ``text`` of ``name`` written from ``start`` (whitespace may differ, "CP" is short)."""
    n_words = len(name.split())
    got = re.match(r"\S+(?:\s+\S+){%d}" % (n_words - 1), text[start:])
    span = got.group(0) if got else name
    if re.search(r"\bCP\b", " ".join(span.split()[:4])):
        got = re.match(r"\S+(?:\s+\S+){%d}" % (n_words - 2), text[start:])
        span = got.group(0) if got else span
    return len(span.rstrip(".,;:"))


def _canonical(names: list[str]) -> dict[str, str]:
    """One spelling per company: the first one met, for every spelling that folds the same."""
    out: dict[str, str] = {}
    for n in names:
        out.setdefault(fold(n).lower(), n)
    return out


# a department or ministry calling itself by its head noun: "báo cáo kết quả về Sở (qua Phòng ...)", "báo cáo
# Giám đốc Sở", "Lãnh đạo Bộ" (not "Sở Tài chính", "các Sở", "Quý Sở", nor "cơ sở")
_SELF = re.compile(r"(?<![\w])(?:(?:Giám đốc|Lãnh đạo|Bộ trưởng)[ ]+)?(?P<head>Sở|Bộ)(?![\w])(?![ ]+[A-ZĐÀ-Ỹ&])")
# (nor the leader in charge of an item, "Lãnh đạo phụ trách: Giám đốc Sở": a person who oversees, no doer)
_SELF_BEFORE = re.compile(r"(?:các|những|Quý|quý|Văn phòng|Thanh tra|Chánh Văn phòng|Chánh Thanh tra|thuộc|phụ trách[ ]*:?)[ ]*$")


def _self_mentions(text: str, own: tuple[str, ...]) -> list[AgencyMention]:
    """Where a department's or a ministry's own document names the issuer by its head noun alone."""
    head = own[0].split()[0] if own else ""
    if head not in ("Sở", "Bộ"):
        return []
    out = []
    for m in _SELF.finditer(text):
        if m.group("head") == head and not _SELF_BEFORE.search(text, max(0, m.start() - 20), m.start()):
            out.append(AgencyMention(m.start(), m.end(), text[m.start():m.end()], own, "body", "referent", 0.9))
    return out


# a board calling itself short in its own document: "Ban QLDA tập trung thực hiện", "trình Ban Quản lý trước ngày
# ...", "gửi về Ban." (the words its name begins with, or the initials of those after "Ban"), where the name goes
# no further: a verb, a word of a clause or punctuation follows ("Ban Quản lý chợ Đông Ba" is another board)
_BOARD_NEXT = re.compile(r"[ ]*(?:[,.;:)\n]|$|(?P<w>[^\W\d_]+)(?:[ ]+(?P<w2>[^\W\d_]+))?)")
_BOARD_PARTY = re.compile(r"(?<![\w])(Đảng ủy|Chi bộ|Công đoàn|Đoàn Thanh niên)[ ]+$")
# (nor its members: "các cơ quan, đơn vị thành viên Ban Chỉ đạo tỉnh")
_BOARD_BEFORE = re.compile(r"(?:các|những|Văn phòng|Lãnh đạo|Đảng ủy|Chi bộ|Công đoàn|thuộc|Trưởng|Phó"
                           r"|thành viên)[ ]*$")
_NOT_INITIAL = frozenset({"các", "và", "của"})
_BOARD_STOP = _STOP_ONE | {"trước", "và", "kịp"}
_BOARD_TWO = _STOP_TWO | {"lãnh đạo", "tổng hợp", "theo dõi", "xem xét", "giải quyết", "quyết định", "phê duyệt", "thẩm định"}


def _board_mentions(text: str, own: tuple[str, ...]) -> list[AgencyMention]:
    """Where a board's own document names it short: by "Ban" alone, the first words of its name ("Ban Quản lý"),
    or "Ban" and the initials of the words after it ("Ban QLDA" for "Ban Quản lý dự án đầu tư xây dựng tỉnh")."""
    words = own[0].replace(",", " ").split() if own else []
    if len(words) < 2 or words[0] != "Ban" or _COUNCIL.match(own[0]):
        return []
    initials = fold("".join(w[0] for w in words[1:] if w not in _NOT_INITIAL)).lower()   # ("án": "a")
    prefix = "".join(r"(?:[ ]+" + re.escape(w) for w in words[1:6]) + ")?" * len(words[1:6])
    pattern = re.compile(rf"(?<![\w])(?:(?-i:Ban[ ]+(?P<abbr>[A-ZĐ]{{2,}})|B(?P<abbr2>[A-ZĐ]{{2,}}))(?![\w])"
                         rf"|Ban{prefix}(?![\w]))", re.I)
    out = []
    raw, text = text, text.replace("_", " ")     # (a word-segmented copy: same offsets)
    for m in pattern.finditer(text):
        party = _BOARD_PARTY.search(text, max(0, m.start() - 20), m.start())
        if not m.group()[:1].isupper() or (not party and _BOARD_BEFORE.search(text, max(0, m.start() - 14), m.start())):
            continue
        abbr = m.group("abbr") or m.group("abbr2")
        if abbr is not None and not initials.startswith(fold(abbr).lower()):
            continue
        nxt = _BOARD_NEXT.match(text, m.end())
        w = (nxt.group("w") or "") if nxt else "?"
        two = f"{w} {nxt.group('w2')}".lower() if nxt and nxt.group("w2") else ""
        if w and (w[:1].isupper() or w.lower() not in _BOARD_STOP and two not in _BOARD_TWO):
            continue    # the name goes on ("Ban Chỉ đạo", "Ban quản lý chợ"), or "Ban hành"
        if party:   # "Đảng ủy Ban Quản lý lãnh đạo ...": the board's own party committee (or union)
            name = f"{party.group(1)} {own[0]}"
            out.append(AgencyMention(party.start(1), m.end(), raw[party.start(1):m.end()], (name,), "body", "own", 0.85))
        else:
            out.append(AgencyMention(m.start(), m.end(), raw[m.start():m.end()], own[:1], "body", "own", 0.85))
    return out


# a people's council's own boards by their bare names in the council's document: "Ban Kinh tế - Ngân sách, Ban
# Pháp chế và Ban Dân tộc giám sát ..." (not with an owner of their own: "Ban Pháp chế HĐND tỉnh", "Ban Dân tộc
# tỉnh", "Ban Kinh tế Tỉnh ủy")
# (an owner of another after a board's bare name: its level, a place, another body, or more of a name in capitals)
_OWNER_AFTER = (r"(?:[-–]|Hội[ ]đồng|HĐND|Tỉnh[ ]ủy|Thành[ ]ủy|Huyện[ ]ủy|Đảng[ ]ủy|Trung[ ]ương|của|Ủy[ ]ban"
                r"|UBND|Quốc[ ]hội|Chính[ ]phủ|tỉnh|thành[ ]phố|huyện|xã(?![ ]hội)|phường|[A-ZĐ])")   # ("Ban Công tác xã hội")
_COUNCIL_BOARD = re.compile(r"(?<![\w])Ban[ ]+(?P<dom>Kinh[ ]tế[ ]*[-–][ ]*(?:Ngân[ ]sách|Xã[ ]hội)|Pháp[ ]chế"
                            r"|Văn[ ]h(?:óa|oá|oa)[ ]*[-–][ ]*Xã[ ]hội|Dân[ ]tộc|Đô[ ]thị)(?![\w])"
                            rf"(?![ ]*{_OWNER_AFTER})")
_COUNCIL_BOARD_ANY_CASE = re.compile(_COUNCIL_BOARD.pattern, re.IGNORECASE)
_COUNCIL = re.compile(r"^(?:Thường trực )?(?P<council>Hội đồng nhân dân .+)$")


def names_own_bodies_short(issuer: str) -> bool:
    """Whether the issuer's documents name its own bodies short: a people's council ("Ban Pháp chế"), a
    corporation or its party committee ("Ban Tổ chức Đảng ủy Tập đoàn"), a mass organisation ("Ban Tuyên giáo")."""
    return bool(_COUNCIL.match(issuer) or _CORPORATION.match(issuer) or _INSTITUTION.match(issuer)
                or _ASSOCIATION.match(issuer))


# a mass organisation, whose own documents name its divisions and office bare: "Ban Gia đình - Xã hội chủ trì ...",
# "gửi về Hội LHPN tỉnh (qua Văn phòng)" (not another's: "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Ban Dân tộc tỉnh")
_ASSOCIATION = re.compile(r"^(?:Ban Thường vụ |Ban Chấp hành )?(?P<assoc>(?:Hội (?:Liên hiệp Phụ nữ|Nông dân"
                          r"|Cựu chiến binh|Liên hiệp Thanh niên|Chữ thập đỏ|Khuyến học|Người cao tuổi|Luật gia"
                          r"|Nạn nhân chất độc da cam)|Tỉnh đoàn|Thành đoàn|Đoàn Thanh niên"
                          r"|Liên đoàn Lao động|Ủy ban Mặt trận Tổ quốc)\b.*)$")
_TWO_WORDS = rf"[{_UPPER}][a-zđà-ỹ]+[ ][a-zđà-ỹ]+(?![\w])"       # "Tuyên giáo", "Gia đình"
_ASSOCIATION_BODY = re.compile(rf"(?<![\w])(?:Ban[ ]+(?P<dom>{_TWO_WORDS}(?:[ ]*[-–][ ]*{_TWO_WORDS})?)"
                               r"|(?P<office>Văn[ ]phòng)(?=[ ]*[:)]))"
                               rf"(?![ ]*(?:và[ ]|{_OWNER_AFTER}))")     # ("Ban Tuyên giáo và Dân vận Tỉnh ủy")


_DIVISION_WHOLE = re.compile(rf"(?<![\w])(Ban[ ]+{_TWO_WORDS}(?:[ ][a-zđà-ỹ]+){{1,6}})(?=[ ]*(?:\n|\)|:|$))")


def _association_bodies(text: str, own: tuple[str, ...]) -> list[AgencyMention]:
    """Where a mass organisation's document names one of its divisions or its office without the organisation."""
    m = _ASSOCIATION.match(own[0]) if own else None
    if m is None:
        return []
    assoc, out = m.group("assoc"), []
    plain = text.replace("_", " ")     # (a word-segmented copy: same offsets)
    # a division's name that runs on in lower case, as a cell, a heading or a bracket gives it whole ("Ban Hỗ trợ
    # phụ nữ phát triển kinh tế" alone on its line): the name wherever the text writes it so
    whole = {re.sub(r"\s+", " ", w.group(1)) for w in _DIVISION_WHOLE.finditer(plain)}
    for b in _ASSOCIATION_BODY.finditer(plain):
        end = b.end()
        if b.group("dom"):
            longer = [w for w in whole if plain.startswith(w, b.start()) and len(w) > end - b.start()
                      and not plain[b.start() + len(w):b.start() + len(w) + 1].isalnum()]
            end = b.start() + max(map(len, longer)) if longer else end
        head = "Văn phòng" if b.group("office") else "Ban " + re.sub(r"[ ]*[-–][ ]*", " - ", b.group("dom"))
        if end > b.end():
            head = re.sub(r"\s+", " ", plain[b.start():end])
        # a division by its name as written ("Ban Tài chính"), the office with its organisation ("Văn phòng" alone
        # names nobody's)
        name = f"{head} {assoc}" if b.group("office") else head
        out.append(AgencyMention(b.start(), end, text[b.start():end], (name,), "body", "own", 0.85))
    return out


# the issuer's own office named bare, as a heading or the subject of its work gives it: "6. Văn phòng", "Văn phòng chủ
# trì ..." (not another's: "Văn phòng Ủy ban nhân dân tỉnh", "Văn phòng HĐND"; nor the channel of a report, "gửi về
# Viện (qua Văn phòng)": the report goes to the body)
_BARE_OFFICE = re.compile(r"(?<![\w])(?<!qua )(?:Chánh[ ])?Văn[ ]phòng(?=[ ]*(?:[:)\n;,.]|$|(?:chủ trì|phối hợp|tham mưu|tổng hợp"
                          r"|theo dõi|thực hiện|làm đầu mối|có trách nhiệm)(?![\w])))")
# (the issuers whose own office is named elsewhere, or for whom "Văn phòng" alone names another's)
_OFFICE_NAMED_APART = re.compile(r"(?:Ủy ban nhân dân|Hội đồng nhân dân|Tỉnh ủy|Thành ủy|Đảng ủy|Ban Thường vụ|Ban Chấp hành"
                                 r"|Chính phủ|Thủ tướng|Quốc hội|Bộ Chính trị|Ban Bí thư)(?![\w])")


def _own_office(text: str, own: tuple[str, ...]) -> list[AgencyMention]:
    """Where an office, a procuracy, an insurer ... names its own office bare: "Văn phòng" + its name."""
    if not own or _OFFICE_NAMED_APART.match(own[0]) or _ASSOCIATION.match(own[0]):
        return []
    name = f"Văn phòng {own[0]}"
    return [AgencyMention(m.start(), m.end(), text[m.start():m.end()], (name,), "body", "own", 0.85)
            for m in _BARE_OFFICE.finditer(text)]


def is_corporation(issuer: str) -> bool:
    return bool(_CORPORATION.match(issuer))


def _council_boards(text: str, own: tuple[str, ...]) -> list[AgencyMention]:
    """Where a people's council's document names one of its boards without the council."""
    m = _COUNCIL.match(own[0]) if own else None
    if m is None:
        return []
    out = []
    spaced = text.replace("_", " ")       # (a word-segmented copy: same offsets)
    # (a group row or a heading in capitals, "BAN KINH TẾ - NGÂN SÁCH", names it too)
    found = [*_COUNCIL_BOARD.finditer(spaced), *(b for b in _COUNCIL_BOARD_ANY_CASE.finditer(spaced) if b.group(0).isupper())]
    for b in sorted(found, key=lambda b: b.start()):
        dom = re.sub(r"[ ]*[-–][ ]*", " - ", b.group("dom")).replace("Văn hoá", "Văn hóa").replace("VĂN HOÁ", "VĂN HÓA")
        if dom.isupper():
            dom = " - ".join(part.capitalize() for part in dom.split(" - "))
        out.append(AgencyMention(b.start(), b.end(), text[b.start():b.end()], (f"Ban {dom} {m.group('council')}",),
                                 "body", "referent", 0.85))
    return out


# a corporation's own documents, and its party committee's, name it by its head noun alone: "báo cáo kết quả về Tập
# đoàn", "Ban Tổ chức Đảng ủy Tập đoàn", "Hội đồng thành viên", "Ban Tổng giám đốc Tập đoàn", "Công đoàn Tổng công
# ty" (not "Tập đoàn Dầu khí Việt Nam", a name; nor "Đảng bộ Tập đoàn", the whole party organisation); so do a
# hospital's, a school's or a centre's ("Đảng ủy Bệnh viện", "Ban Giám hiệu", "Công đoàn cơ sở Trường")
_CORPORATION = re.compile(r"^(?:Đảng ủy |Ban Thường vụ Đảng ủy )?(?P<corp>(?P<head>(?i:tập đoàn|tổng công ty)) .+)$")
_INSTITUTION = re.compile(r"^(?:Đảng ủy |Chi bộ )?(?P<corp>(?P<head>Bệnh viện|Trường|Học viện|Đại học|Trung tâm) .+)$")
_CORP_PARTY_PART = (r"(?:Ban Thường vụ|Thường trực|Văn phòng|Ban Tổ chức|Ủy ban Kiểm tra|Ban Kiểm tra"
                    r"|Ban Tuyên giáo và Dân vận|Ban Tuyên giáo|Ban Dân vận)")
_CORP_BOARD = r"(?:Hội đồng thành viên|Hội đồng quản trị|Ban Tổng giám đốc|Ban Kiểm soát|Ban Giám đốc|Ban Giám hiệu|Hội đồng trường)"
_CORP_UNION = r"(?:Đoàn Thanh niên|Công đoàn cơ sở|Công đoàn)"
_NO_NAME_AFTER = rf"(?![\w])(?![ ]+[{_UPPER}\d])"


def _corporation_mentions(text: str, own: tuple[str, ...]) -> list[AgencyMention]:
    """Where a corporation's (or its party committee's) document names the corporation by its head noun, and a
    hospital's, a school's or a centre's names the unit so."""
    m = (_CORPORATION.match(own[0]) or _INSTITUTION.match(own[0])) if own else None
    if m is None:
        return []
    head, corp = m.group("head").capitalize(), m.group("corp")
    if not corp[len(head) + 1:][:1].isupper():
        # a header in capitals loses the name's case: the body spells it ("... Đảng bộ Tổng công ty Cảng biển Nam Bình")
        spelt = next((x.group() for x in re.finditer(re.escape(corp), text.replace("_", " "), re.I)
                      if not x.group().isupper()), "")
        corp = spelt
        if not corp[len(head) + 1:][:1].isupper():
            return []
    pattern = re.compile(rf"(?<![\w])(?:(?P<party>(?:{_CORP_PARTY_PART}[ ]+)?Đảng ủy)[ ]+{head}"
                         rf"|(?P<board>{_CORP_BOARD})(?:[ ]+{head})?|(?P<union>{_CORP_UNION})[ ]+{head}"
                         rf"|(?<!Đảng bộ )(?<!thuộc )(?<!của )(?<!toàn )(?<!trong ){head}){_NO_NAME_AFTER}")
    out = []
    for x in pattern.finditer(text.replace("_", " ")):     # (a word-segmented copy: same offsets)
        what = x.group("party") or x.group("board") or x.group("union")
        # (its own bodies by the head noun, as the province's are "Ban Thường vụ Tỉnh ủy": "Hội đồng thành viên Tổng
        # công ty", "Đảng ủy Trường"; the corporation itself by its whole name)
        name = f"{what} {head}" if what else corp
        out.append(AgencyMention(x.start(), x.end(), text[x.start():x.end()], (name,), "body", "referent", 0.85))
    return out


def named_referents(text: str, addressee: tuple[str, ...] = (), folded: str | None = None,
                    own: tuple[str, ...] = ()) -> list[AgencyMention]:
    """Companies by their form, "nhà đầu tư" / "chủ đầu tư" standing for the one investor the text
    names, "Quý Sở" standing for ``addressee`` (the names after "Kính gửi:"), and a department's
    "về Sở", "Giám đốc Sở" standing for ``own`` (the issuer's names), a council's boards named bare in the
    council's own document ("Ban Pháp chế" for "Ban Pháp chế Hội đồng nhân dân tỉnh"), and a corporation's
    own bodies named by its head noun ("Ban Tổ chức Đảng ủy Tập đoàn"), in text order."""
    src, text = text, text.replace("_", " ")     # a word-segmented text: same offsets, words apart
    folded = folded if folded is not None and len(folded) == len(text) else fold(text)
    companies = _companies(text, folded)
    canon = _canonical([n for _, _, n in companies])
    out = [AgencyMention(s, e, src[s:e], (canon[fold(n).lower()],), "body", "form", 0.9) for s, e, n in companies]
    # the investor, when the text defines one and only one ("Chủ đầu tư - Công ty ..." for each of seven
    # clusters in a report defines none)
    defined = {canon[fold(n).lower()] for s, _, n in companies if _INVESTOR_DEF.search(folded, max(0, s - 120), s)}
    investor = defined.pop() if len(defined) == 1 else None
    taken = [(m.start, m.end) for m in out]
    if investor is not None:
        for m in _INVESTOR.finditer(folded):
            if not any(a < m.end() and m.start() < b for a, b in taken):
                out.append(AgencyMention(m.start(), m.end(), src[m.start():m.end()], (investor,), "body", "referent", 0.9))
    if addressee:
        for m in _YOUR.finditer(folded):
            if text[m.start()] == "Q":      # "Quý Sở", not "quy số ..."
                out.append(AgencyMention(m.start(), m.end(), src[m.start():m.end()], addressee, "body", "addressee", 0.9))
    taken = [(m.start, m.end) for m in out]
    shorts = (_self_mentions(src, own) + _board_mentions(src, own) + _council_boards(src, own)
              + _corporation_mentions(src, own) + _association_bodies(src, own) + _own_office(src, own))
    out += [m for m in shorts if not any(a < m.end and m.start < b for a, b in taken)]
    return sorted(out, key=lambda m: m.start)


def addressee_of(text: str, end: int, level: str = "province", province: str | None = None) -> tuple[str, ...]:
    """The bodies a letter is addressed to: its "Kính gửi:" line (and the "- ..." lines under it),
    before ``end`` (the start of its body)."""
    m = _ADDRESSEE_LINE.search(fold(text[:max(end, 0) + 400]))
    if m is None:
        return ()
    found = find_agencies(text, None, m.start("to"), m.end("to"), level, province=province)
    names: list[str] = []
    for a in found:
        for n in a.names:
            if n not in names:
                names.append(n)
    return tuple(names)


# a body's head and an abbreviation of its name in capitals: "Phòng KT-HT-ĐT", "Phòng VH-XH", "Trung tâm DVTH"
_ABBREVIATED = re.compile(r"(?P<head>Phòng|Ban|Trung tâm|Văn phòng|Chi cục|Hội|Đội)[ ]+"
                          r"(?P<abbr>[A-ZĐ]{1,4}(?:[ ]?[-&.][ ]?[A-ZĐ]{1,4})+|[A-ZĐ]{3,8})(?![\w-])")
_INITIALS_SKIP = frozenset({"và", "va", "các", "cac"})
_LETTER_RUN = re.compile(r"[^\W\d_]+")
# a body named in full: its head, and the level and place its name ends with (left out of its initials)
_OFFICE_HEAD = re.compile(r"(Phòng|Ban|Trung tâm|Văn phòng|Chi cục|Hội|Đội)[ ]+")
_LEVEL_AND_PLACE = re.compile(r"[ ]+(?:tỉnh|thành phố|huyện|xã|phường|đặc khu)\b.*$")


def _initials(name: str) -> str:
    """The capitals an office writes for a name: "Kinh tế, Hạ tầng và Đô thị" -> "KTHTĐT"."""
    return "".join(w[0].upper() for w in _LETTER_RUN.findall(name) if w.lower() not in _INITIALS_SKIP)


def _abbreviated(text: str, mentions: list[AgencyMention]) -> list[AgencyMention]:
    """A body the document names in full and elsewhere by its head and the initials of the rest
    ("Phòng Kinh tế, Hạ tầng và Đô thị" ... "Phòng KT-HT-ĐT" in a table's cells): the short form is
    a mention of that body.  Only bodies the document itself names in full: initials alone are
    ambiguous across documents ("Phòng KT" is "Kinh tế" in one commune and "Kế toán" in a company)."""
    full: dict[tuple[str, str], tuple[str, ...]] = {}
    for m in mentions:
        if m.kind != "body":
            continue
        h = _OFFICE_HEAD.match(m.text)
        if h:
            rest = _LEVEL_AND_PLACE.sub("", m.text[h.end():])
            key = _initials(rest)
            if len(key) >= 2:
                full.setdefault((h.group(1), key), m.names)
    if not full:
        return []
    out = []
    for a in _ABBREVIATED.finditer(text):
        if a.start() and text[a.start() - 1].isalnum():
            continue        # (the word boundary is checked here: a leading look-behind is tried at every position)
        names = full.get((a.group("head"), re.sub(r"[^A-ZĐ]", "", a.group("abbr"))))
        if names:
            out.append(AgencyMention(a.start(), a.end(), text[a.start():a.end()], names, "body", "referent", 0.9))
    return out


# "Ủy ban nhân dân các xã, phường, đặc khu (sau đây gọi chung là Ủy ban nhân dân cấp xã)": the short name stands for
# the bodies named before it, in this document
_DEFINES = re.compile(r"[ ]*\((?:sau đây |dưới đây )?(?:gọi chung là|gọi tắt là|viết tắt là|gọi là)[ ]+")
_DEFINES_FOLDED = re.compile(r"[ ]*\((?:sau[ _]day[ _]|duoi[ _]day[ _])?(?:goi[ _]chung[ _]la|goi[ _]tat[ _]la|viet[ _]tat[ _]la"
                             r"|goi[ _]la)[ _]+")


def _listed_before(text: str, ordered: list[AgencyMention], i: int) -> list[AgencyMention]:
    """The mention ``i`` and the mentions listed right before it ("A, B và C"), in text order."""
    j = i
    while j > 0 and re.fullmatch(r"[ ]*(?:,|và|,[ ]*và)[ ]*", text[ordered[j - 1].end:ordered[j].start]):
        j -= 1
    return ordered[j:i + 1]


def _term_pattern(term: str) -> re.Pattern:
    """A defined term's words (folded) as a pattern over the folded text, joined by a space or a "_"."""
    return re.compile(r"(?<![^\W_])" + r"[ _]".join(map(re.escape, term.split())) + r"(?![^\W_])", re.I)


def _defined_names(text: str, mentions: list[AgencyMention]) -> dict[tuple[str, ...], tuple[str, ...]]:
    """The names a document defines for bodies it named first: {the defined term's names: the bodies' names}."""
    out: dict[tuple[str, ...], tuple[str, ...]] = {}
    by_start = {m.start: m for m in mentions}
    ordered = sorted(mentions, key=lambda x: x.start)
    for i, m in enumerate(ordered):
        d = _DEFINES.match(text, m.end)
        term = by_start.get(d.end()) if d else None
        if term is None or term.names == m.names:
            continue
        # the bodies listed before the bracket ("Chủ tịch ... và các Phó Chủ tịch ... (sau đây gọi chung là Chủ
        # tịch ...)"): a term that is one of them widens its meaning, it renames none
        listed = _listed_before(text, ordered, i)
        if any(set(term.names) & set(x.names) for x in listed):
            continue
        if len(listed) > 1:
            # "Tổng công ty A, Tổng công ty B (sau đây gọi chung là các tổng công ty điện lực)": the collective the
            # document defines is those bodies
            if term.kind == "collective":
                out.setdefault(term.names, tuple(dict.fromkeys(n for x in listed for n in x.names)))
            continue
        if term.kind == m.kind:
            out.setdefault(term.names, m.names)
    return out


# the defined term itself, when it is no name the lexicon knows: "(sau đây gọi là Ban Thường trực)"
_TERM = re.compile(r"(?P<term>[A-ZĐÀ-Ỹ][^\W\d_]*(?:[ _][^\W\d_]+){0,4})[ ]*\)")
_APPOSITIVE = re.compile(r"[ ]*\((?P<term>[Cc]ơ quan (?:thường trực|đầu mối|chủ trì)(?:[ ][^\W\d_]+){0,5})\)")
_LIST_TERM = re.compile(r"(?P<term>[Cc]ác[ _][^\W\d_]+(?:[ _][^\W\d_]+){0,4})[ ]*\)")
# after a later use of the term, a word that makes it another body's name ("Ban Thường trực Tỉnh ủy", "... xã")
_NOT_THE_TERM = re.compile(rf"[ _]+(?:[{_UPPER}]|(?:tỉnh|huyện|xã|phường|thành phố|cấp)(?![^\W_]))")


# a list of abbreviations ("DANH MỤC CHỮ VIẾT TẮT") line: "SNV: Sở Nội vụ", "| SYT | Sở Y tế |", "P.BTXH - Phòng
# Bảo trợ xã hội"; and a name with its abbreviation in a bracket after it: "Sở Nội vụ (SNV)" (in lower case in a
# lower-cased copy)
_ABBREVIATION = r"[A-ZĐ](?:[A-ZĐ&]|\.(?=[A-ZĐ])){1,11}|[a-zđ](?:[a-zđ&]|\.(?=[a-zđ])){1,11}"
_GLOSSARY_LINE = re.compile(rf"(?m)^[ \t|]*(?P<abbr>{_ABBREVIATION})[ \t]*(?::|\||[-–][ \t])[ \t]*")
_BRACKETED = re.compile(rf"[ ]*\((?P<abbr>{_ABBREVIATION})\)")


def _glossary(text: str, mentions: list[AgencyMention]) -> list[AgencyMention]:
    """Each use of an abbreviation the document defines for a body, in a list of abbreviations or in a bracket after
    the name ("SYT chủ trì, phối hợp SNV, SGDĐT ..."): a mention of that body.  An abbreviation the lexicon reads
    itself somewhere ("UBND tỉnh") is left to it, and so is a use a lexicon mention holds."""
    by_start = {m.start: m for m in mentions if m.kind in ("body", "collective")}
    defined: dict[str, tuple[AgencyMention, int]] = {}
    for g in _GLOSSARY_LINE.finditer(text):
        m = by_start.get(g.end())
        if m is not None and (g.group("abbr")[0].isupper() or m.text[:1].islower()):
            defined.setdefault(g.group("abbr"), (m, g.end()))
    for m in by_start.values():
        b = _BRACKETED.match(text, m.end)
        if b and fold(b.group("abbr")[0]).upper() == fold(m.text.lstrip()[:1]).upper() \
                and (b.group("abbr")[0].isupper() or m.text[:1].islower()):
            defined.setdefault(b.group("abbr"), (m, b.end()))
    out: list[AgencyMention] = []
    for abbr, (m, after) in defined.items():
        # (a word-segmented copy glues it to the next word: "snv_chủ_trì")
        uses = [u for u in re.finditer(rf"(?<![^\W_]|[.&]){re.escape(abbr)}(?![^\W_]|&)", text) if u.start() >= after]
        if any(x.start == u.start() for u in uses for x in mentions):
            continue        # the lexicon's own abbreviation
        out += [AgencyMention(u.start(), u.end(), abbr, m.names, m.kind, "referent", 0.9) for u in uses
                if not any(x.start <= u.start() < x.end for x in mentions)]
    return out


def _short_names(text: str, folded: str, mentions: list[AgencyMention]) -> list[AgencyMention]:
    """Mentions of a short name a document defines for a body and the lexicon does not know ("Ban Thường trực
    Ủy ban MTTQ Việt Nam tỉnh (sau đây gọi là Ban Thường trực)"): each later use of the term (found on the
    folded text, so that a scan's "Ban Thuong truc" is read too); a role a bracket gives a body ("Bộ Tài chính
    (Cơ quan thường trực Hội đồng)"): each use of it, before and after."""
    out: list[AgencyMention] = []
    starts = {m.start for m in mentions}
    ordered = sorted(mentions, key=lambda x: x.start)
    for i, m in enumerate(ordered):
        ap = _APPOSITIVE.match(text, m.end) if m.kind == "body" else None
        if ap:
            # "Bộ Tài chính (Cơ quan thường trực Hội đồng) chủ trì ...": the role the bracket names is that body's,
            # wherever the document uses it, before the bracket too
            term = fold(ap.group("term")).lower()
            for u in _term_pattern(term).finditer(folded):
                a, b = u.start(), u.end()
                # (a body the term holds whole is the term's: "Cơ quan thường trực [Ban Chỉ đạo]")
                if not ap.start() <= a < ap.end() and not any(x.start < b and a < x.end and not a <= x.start < x.end <= b
                                                               for x in mentions):
                    out.append(AgencyMention(a, b, text[a:b], m.names, m.kind, "referent", 0.85))
            continue
        d = _DEFINES_FOLDED.match(folded, m.end)
        if not d or d.end() in starts or m.kind == "place":
            continue
        names, kind, t = m.names, m.kind, _TERM.match(text, d.end())
        if not t:
            # "Tổng công ty A, Tổng công ty B (sau đây gọi chung là các tổng công ty điện lực)": a collective term
            # for the bodies listed before the bracket
            t = _LIST_TERM.match(text, d.end())
            listed = _listed_before(text, ordered, i)
            if not t or len(listed) < 2:
                continue
            names, kind = tuple(dict.fromkeys(n for x in listed for n in x.names)), "collective"
        term = fold(t.group("term")).replace("_", " ").lower()
        for u in _term_pattern(term).finditer(folded, t.end()):
            a, b = u.start(), u.end()
            if (text[a].isupper() or kind == "collective") and not _NOT_THE_TERM.match(text, b) \
                    and not any(x.start < b and a < x.end for x in mentions):
                out.append(AgencyMention(a, b, text[a:b], names, kind, "referent", 0.9))
    return out


# "Quy chế phối hợp công tác giữa Ủy ban nhân dân tỉnh và Ban Thường trực ...": the two parties, whom "hai bên"
# then names together (not "hai bên bờ sông", "hai bên đường": sides of a place)
_BETWEEN = re.compile(r"giua[ _]+$")
_AND_NEXT = re.compile(r"[ ]*(?:\([^()]*\)[ ]*)?va[ _]+$")
_BOTH = re.compile(r"(?<![^\W_])hai[ _]ben(?![^\W_])")
_SIDES = re.compile(r"[ _]+(?:bờ|đường|tuyến|sông|phố|cầu|lề|đầu)(?![^\W_])")


_CODE_AFTER = re.compile(r"\s{0,3}" + UNIT_CODE)


def _unit_codes(text: str, mentions: list[AgencyMention]) -> list[AgencyMention]:
    """Each later use of a code a unit is given in brackets after its name ("Phòng Cảnh sát điều tra tội phạm về
    ma túy (PC04)" ... "báo cáo về PC04"); not a code inside a document's number ("412/KH-CAT-PC04")."""
    out: list[AgencyMention] = []
    for m in mentions:
        d = _CODE_AFTER.match(text, m.end)
        if not d or m.kind == "place":
            continue
        for u in re.finditer(r"(?<![\w/-])" + re.escape(d.group("code")) + r"(?![\w])", text):
            a, b = u.start(), u.end()
            if a != d.start("code") and not any(x.start < b and a < x.end for x in mentions):
                out.append(AgencyMention(a, b, text[a:b], m.names, m.kind, "referent", 0.9))
    return out


# the codes every provincial police force gives its divisions (after the Ministry's departments: C04, A05 ...), which a
# police document may use without naming the division first ("PC04 xác lập 41 chuyên án")
_POLICE_CODES = {
    "PV01": "Phòng Tham mưu",
    "PA05": "Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao",
    "PC02": "Phòng Cảnh sát hình sự",
    "PC03": "Phòng Cảnh sát điều tra tội phạm về tham nhũng, kinh tế, buôn lậu, môi trường",
    "PC04": "Phòng Cảnh sát điều tra tội phạm về ma túy",
    "PC06": "Phòng Cảnh sát quản lý hành chính về trật tự xã hội",
    "PC07": "Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ",
    "PC08": "Phòng Cảnh sát giao thông",
    "PC09": "Phòng Kỹ thuật hình sự",
}
# (the "P" every code opens with first, then the look-behind for the character before it: a pattern that starts with
# a look-behind is tried at every position of the text, one that starts with a letter is searched for it in C)
_POLICE_CODE = re.compile(r"P(?<![\w/-]P)(?:" + "|".join(code[1:] for code in _POLICE_CODES) + r")(?![\w/-])")


def _police_codes(text: str, mentions: list[AgencyMention]) -> list[AgencyMention]:
    """A police division by its standard code where the document does not name it with the code ("PC04 chủ trì"; not
    inside a document's number, "412/KH-CAT-PC04", nor where a name the document gives it already stands)."""
    given = set(re.findall(r"\((P[A-Z]\d{2})\)", text))     # (a code the document gives a name of its own)
    return [AgencyMention(u.start(), u.end(), u.group(0), (_POLICE_CODES[u.group(0)],), "body", "referent", 0.85)
            for u in _POLICE_CODE.finditer(text)
            if u.group(0) not in given and not any(x.start < u.end() and u.start() < x.end for x in mentions)]


def _parties(folded: str, mentions: list[AgencyMention], body_start: int) -> tuple[str, ...]:
    """The two parties of a document between two ("giữa A và B"), as its title or preamble names them."""
    ordered = sorted((m for m in mentions if m.kind != "place"), key=lambda m: m.start)
    for i, m in enumerate(ordered[:-1]):
        if m.start > body_start + 1500:
            break
        n = ordered[i + 1]
        if _BETWEEN.search(folded, max(0, m.start - 8), m.start) and _AND_NEXT.fullmatch(folded, m.end, n.start):
            return (*m.names, *n.names)
    return ()


def _both_parties(text: str, folded: str, mentions: list[AgencyMention], parties: tuple[str, ...],
                  body_start: int) -> list[AgencyMention]:
    """"Hai bên" as a doer, in a document between two parties."""
    if len(parties) < 2:
        return []
    return [AgencyMention(u.start(), u.end(), text[u.start():u.end()], parties, "collective", "referent", 0.9)
            for u in _BOTH.finditer(folded, body_start) if not _SIDES.match(text, u.end())
            and not any(x.start < u.end() and u.start() < x.end for x in mentions)]


_PARTY_PROVINCE = re.compile(r"(?:tỉnh|thành phố)[ ]+(.+)$")
_OF_BOTH_PROVINCES = re.compile(r"[ _]+(?:cua[ _]+)?hai[ _]+tinh(?![^\W_])")


def _of_both_provinces(text: str, folded: str, mentions: list[AgencyMention], parties: tuple[str, ...],
                       body_start: int) -> list[AgencyMention]:
    """"Sở Xây dựng hai tỉnh" in a programme between two provinces' bodies: the body of each province, by its
    province's name ("Sở Xây dựng tỉnh Nghệ An", "Công an tỉnh Hà Tĩnh")."""
    provinces = [p.group(1) for p in map(_PARTY_PROVINCE.search, parties) if p]
    if len(provinces) != 2:
        return []
    out = []
    for m in mentions:
        both = _OF_BOTH_PROVINCES.match(folded, m.end) if m.start >= body_start and m.kind == "body" else None
        if both is None or len(m.names) != 1:
            continue
        stem = m.names[0].removesuffix(" tỉnh")     # ("Công an tỉnh hai tỉnh": the level word gives way to each name)
        if not _PARTY_PROVINCE.search(stem):     # (a body that names its place already is one body)
            out.append(AgencyMention(m.start, both.end(), text[m.start:both.end()],
                                     tuple(f"{stem} tỉnh {p}" for p in provinces), "body", "referent", 0.85))
    return out


def with_referents(text: str, mentions: list[AgencyMention], addressee: tuple[str, ...] = (),
                   body_start: int = 0, folded: str | None = None, own: tuple[str, ...] = ()) -> list[AgencyMention]:
    """``mentions`` with the document's own referents; a referent replaces a mention it overlaps
    ("chủ đầu tư" read as the collective of investors is the one investor the decision names).  In
    the body, a mention of the addressee itself is marked so ("... đề nghị Sở Công Thương tổng hợp").
    ``folded`` is the text folded (the document's ``loose`` key), when the caller has it."""
    defined = _defined_names(text, mentions)
    if defined:
        mentions = [replace(m, names=defined[m.names]) if m.names in defined else m for m in mentions]
    low = folded if folded is not None else fold(text)
    more = _short_names(text, low, mentions)
    more += _glossary(text, mentions)
    more += _unit_codes(text, mentions) if ")" in text else []
    more += _police_codes(text, mentions + more)
    parties = _parties(low, mentions + more, body_start)
    more += _both_parties(text, low, mentions + more, parties, body_start)
    more += _of_both_provinces(text, low, mentions, parties, body_start)
    if more:
        mentions = [m for m in mentions if not any(x.start <= m.start and m.end <= x.end for x in more)]
        mentions = sorted(mentions + more, key=lambda m: m.start)
    if addressee:
        mentions = [replace(m, how="addressee") if m.start >= body_start and set(m.names) <= set(addressee) else m
                    for m in mentions]
    extra = named_referents(text, addressee, folded, own)
    taken = [(x.start, x.end) for x in extra]
    # an abbreviation a lexicon mention holds whole is that mention's ("Phòng KT" inside "Phòng KT-HT-ĐT" is not)
    extra += [x for x in _abbreviated(text, mentions) if not any(a < x.end and x.start < b for a, b in taken)
              and not any(m.start <= x.start and x.end <= m.end and (m.start, m.end) != (x.start, x.end)
                          and set(m.names) != set(x.names) for m in mentions if m.how == "lexicon")]
    if not extra:
        return mentions
    # a lexicon mention that holds a company's name whole ("Tổng công ty Điện lực ...") is kept instead
    # (and one a name read by its form holds: "Vụ Pháp chế; Bộ" ⏎ "Tư pháp" is "Bộ Tư pháp", not the issuer "Bộ")
    # (but a board's short name before its verb is the board: "Ban QLDA tập trung ..." is no "Ban ... tập trung")
    extra = [x for x in extra if not any(m.start <= x.start and x.end <= m.end and (m.how == "lexicon" or (
        m.how == "form" and (m.start, m.end) != (x.start, x.end) and not (x.how == "own" and x.start == m.start)))
        for m in mentions if m.kind != "collective")]
    kept = [m for m in mentions if not any(x.start < m.end and m.start < x.end for x in extra)]
    return sorted(kept + extra, key=lambda m: m.start)
