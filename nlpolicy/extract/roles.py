"""The role of an agency mention in a task: lead, support, report_to, or none (DOMAIN.md 4, 4b).

The words around a mention decide, read from a table (``resources/role_cues.tsv``: name, role,
position, pattern, example) rather than from regexes in code:

* **lead**: the subject of the sentence ("Ủy ban nhân dân tỉnh xây dựng kế hoạch ..."), the object
  of "Giao / Đề nghị / Yêu cầu ...", the body a body "chỉ đạo" to do the work, the body before
  "chủ trì" or "có trách nhiệm", a label "Cơ quan chủ trì:", "Trách nhiệm chỉ đạo thực hiện:";
* **support**: after "phối hợp (chặt chẽ) (với)", a subject that only "phối hợp"; "X phối hợp với
  Y thực hiện Z" where nobody "chủ trì" Z makes both support (4b);
* **report_to**: after "báo cáo (kết quả) (với | lên | về)", "gửi", "đồng gửi", "(qua ...)".

Bodies after "tham mưu (cho)", "trình", "chịu trách nhiệm trước", "của", "theo", "với sự tham gia
của" are not assignees.  The rule is registered as the answer to the question ``"agency_role"`` of
:mod:`nlpolicy.decide`.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache

from nlpolicy.agencies import AgencyMention
from nlpolicy.decide import Decision, rule
from nlpolicy.lexicon import read_tsv
from nlpolicy.matching import Cue
from nlpolicy.types import Document

__all__ = ["RoleCue", "role_cues", "cue_at", "chain_end", "RoleCandidate", "SEPARATOR", "DOERS_LABEL", "role_features"]


@dataclass(frozen=True)
class RoleCue:
    name: str
    role: str          # lead, support, report_to, none, assigner, done, co
    position: str      # before | after
    cue: Cue
    example: str


@lru_cache(maxsize=1)
def role_cues() -> dict[str, tuple[RoleCue, ...]]:
    """The cue table by position, in file order."""
    out: dict[str, list[RoleCue]] = {"before": [], "after": []}
    for name, role, position, pattern, example in (r[:5] for r in read_tsv("role_cues.tsv")):
        out[position].append(RoleCue(name, role, position, Cue(pattern, tolerant=True), example))
    return {k: tuple(v) for k, v in out.items()}


def cue_at(doc: Document, position: str, start: int, end: int) -> RoleCue | None:
    """The first cue of ``position`` that ends at ``end`` (before) or starts at ``start`` (after)."""
    for rc in role_cues()[position]:
        if position == "before":
            if rc.cue.search(doc, start, end):
                return rc
        elif rc.cue.match(doc, start, min(len(doc.key), start + 120)):
            return rc
    return None


# Between two mentions of one list: "Sở A, Sở B và UBND xã ...", "..., các ...", "..., lãnh đạo các cơ
# quan ..." (a body's leaders stand for the body).
SEPARATOR = re.compile(r"^[ ,;]*(?:và|cùng|với|,|;)?[ ,]*(?:(?:lãnh đạo|thủ trưởng|người đứng đầu)[ ]+)?(?:các[ ]+)?$")
_CLAUSE_BREAK = re.compile(r"[;.!?]|\b(?:để|nhằm)\b")
_CHU_TRI = Cue(r"\bchủ trì\b", tolerant=True)
# "X phối hợp với Y theo dõi, đôn đốc ...": a body that monitors leads the monitoring (DOMAIN.md 4)
_MONITORING = Cue(r"\b(?:theo dõi|đôn đốc|tổng hợp|giám sát|kiểm tra, đánh giá)\b")
# "Sở X đôn đốc, hướng dẫn [UBND các xã] giao Ban Quản lý dự án lập hồ sơ": the body urged to hand the
# work on is the one that answers for it, not an object of the urging
_URGED = Cue(r"(?<!\w)(?:đôn đốc|hướng dẫn|nhắc nhở)(?:,? (?:đôn đốc|hướng dẫn|nhắc nhở))?[ ]*$", tolerant=True)
_HANDS_ON = Cue(r"[ ,]*(?:giao|phân công)\b")
# "6.1. Đối với Đoàn kiểm tra: Các thành viên thực hiện ...", "b) Đối với các sở, ngành: Chủ động ...": a label
# that opens an item and addresses its duties (elsewhere "đối với X" names no doer: "hỗ trợ đối với X")
# (matched on the folded key, so that a scan's "Đôi với" is read too)
_FOR_LABEL = re.compile(r"[ \-+•*–]*(?:\(?[0-9a-z]{1,3}(?:\.[0-9]{1,2})*[ ]?[.)\-]?[ ]*)?doi voi[ ]*(?:cac[ ]+)?")
_COLON_AFTER = re.compile(r"[ ]*:")
# the field of a project's description that names its investor ("1. Nhà đầu tư: ", "Tên doanh nghiệp: ",
# "Chủ đầu tư - "): a field stands at its line's start
_INVESTOR_WORD = re.compile(r"(?:nhà|chủ) đầu tư")
_FIELD_PREFIX = re.compile(r"[ \-+•*–]*(?:\(?[0-9a-zđ]{1,3}[.)]?[ ]*)?")
_INVESTOR_FIELD = re.compile(_FIELD_PREFIX.pattern + r"(?:(?:tên )?(?:nhà|chủ) đầu tư|tên doanh nghiệp)[ ]*(?:[:\-–][ ]*)")
# the verbs a letter asks its addressee ("Quý Sở", "Quý cơ quan") to act with
_ADDRESSEE_ACTS = re.compile(r"[ ,]*(?:nghiên cứu|thực hiện|triển khai|chỉ đạo|xem xét|tổ chức|chủ động|phối hợp|"
                             r"hướng dẫn|rà soát|kiểm tra|cho ý kiến|tham gia)\b")
# an item of a list that names a body the lexicon does not know, by its head noun, then a comma
_UNKNOWN_ITEM = re.compile(r"(?<!\w)(?:(?:các|những)[ ]+)?(?:cơ quan|đơn vị|tổ chức|hiệp hội|hội|liên đoàn|ban|đoàn|viện|"
                           r"trung tâm|ngân hàng|tập đoàn|tổng công ty|công ty|doanh nghiệp|trường|bệnh viện|lực lượng)"
                           r"\b[^,;.:()\n]{0,40},[ ]*$")
# bodies the lexicon does not know between two of a list's: "Viện kiểm sát nhân dân tỉnh, [Thi hành án dân sự tỉnh],
# các sở, ban, ngành tỉnh": up to three names, each opening with a capital, of a few words and no cue, between commas
_UNKNOWN_MIDDLE = re.compile(r"[ ]*,[ ]*(?P<items>[^;.:()\n]{3,150}?)[ ]*(?:,|[ ]và)[ ]*(?:các[ ]+)?")


def _joined(doc: Document, start: int, end: int) -> bool:
    """Whether the text between two mentions goes on with one list: a separator, or unknown names between two."""
    if SEPARATOR.match(doc.key[start:end]):
        return True
    m = _UNKNOWN_MIDDLE.fullmatch(doc.key, start, end)
    if m is None:
        return False
    s, e = m.span("items")
    items = [(s + i.start(), s + i.end()) for i in re.finditer(r"[^,]+", doc.key[s:e])]
    return len(items) <= 3 and all(
        doc.text[a:b].strip()[:1].isupper() and len(doc.text[a:b].split()) <= 8
        and not any(rc.cue.search(doc, a, b) for where in ("before", "after") for rc in role_cues()[where])
        for a, b in items)


# a line that is an item of a list ("+ ...", "- ...", "• ..."), and an intro that ends on where the work is done
_LIST_ITEM = re.compile(r"[ \t]*[-+•*–][ ]")
_VENUE_INTRO = re.compile(r"(?<![\w])(?<!tồn )(?<!hiện )(?:tại|ở)[ ]+[^\n:;.]{0,60}:[ ]*$")   # (not "những tồn tại ...:")


def _under_a_venue(key: str, line_start: int) -> bool:
    """The line is an item of a list whose intro ends "tại ...:" (the items above it items of the same list)."""
    if not _LIST_ITEM.match(key, line_start):
        return False
    bullet = key[line_start:line_start + 4].strip()[:1]
    start = line_start
    for _ in range(12):      # (a short list: its intro is a few lines up)
        if start == 0:
            return False
        prev = key.rfind("\n", 0, start - 1) + 1
        line = key[prev:start - 1]
        if not (line.strip()[:1] == bullet and _LIST_ITEM.match(line)):
            return bool(_VENUE_INTRO.search(line))
        start = prev
    return False


_WITH_PLACE = re.compile(r"phối hợp với[ ]+$")     # "Tỉnh A chủ trì, phối hợp với [tỉnh B] ..."

_LEADS_AFTER = re.compile(r"[ ,]*(?:chủ trì|thực hiện|triển khai|đảm nhiệm|phụ trách|tổ chức)\b")


def chain_end(doc: Document, first: AgencyMention, mentions, index: int | None = None) -> int:
    """The end of the list of bodies that starts with ``first`` ("Sở A, Sở B và UBND xã ...");
    ``mentions`` in order, ``index`` the position of ``first`` among them when known."""
    end = first.end
    if index is None:
        index = bisect_left([m.start for m in mentions], first.start)
    for k in range(index + 1, len(mentions)):
        m = mentions[k]
        if m.start < end:
            continue
        if SEPARATOR.match(doc.key[end:m.start]):
            end = m.end
        else:
            break
    return end


# a clause is read back at most this far: a paragraph of thousands of characters costs no more
_CLAUSE_REACH = 600


# the last clause break before a position: the greedy ".*" runs to the end and backs off to the
# last break, in C (a loop over every break of the window took twice as long)
_LAST_CLAUSE_BREAK = re.compile(rf"(?s:.*)(?:{_CLAUSE_BREAK.pattern})")


def clause_start(doc: Document, unit_start: int, pos: int) -> int:
    """Where the clause holding ``pos`` starts: after the last ";", ".", "!", "?", "để", "nhằm"."""
    lo = max(unit_start, pos - _CLAUSE_REACH)
    m = _LAST_CLAUSE_BREAK.match(doc.key, lo, pos)
    return m.end() if m else lo


@dataclass(frozen=True)
class RoleCandidate:
    """An agency mention in a unit (a heading, a paragraph, a bullet) with what came before it."""
    doc: Document
    unit_start: int
    unit_end: int
    mention: AgencyMention
    mentions: tuple[AgencyMention, ...]      # the unit's mentions, in order
    index: int                               # the mention's place among them
    at_subject: bool                         # it opens a sentence (after a label or an adverbial)
    prev_role: str | None                    # the role of the mention before it in the unit
    prev_end: int | None
    in_subject: bool                         # the mention before it was a subject (a list goes on)
    is_report: bool
    own_voice: bool                          # a report's own proposal ("Kiến nghị UBND tỉnh ...")


@rule("agency_role")
def agency_role(c: RoleCandidate) -> Decision:
    """The role of one mention (``label`` None when it gets none), and the cue that decided."""
    doc, m = c.doc, c.mention
    key = doc.key
    between = key[c.prev_end:m.start] if c.prev_end is not None else None
    end = chain_end(doc, m, c.mentions, c.index)
    after = cue_at(doc, "after", end, end)
    role: str | None
    why: str
    # (the line's start within 300 characters, or None: a field's label is short, and a scan back over a long
    # line for each of its mentions would take the square of its length)
    nl = key.rfind("\n", max(0, m.start - 300), m.start)
    line_start = nl + 1 if nl >= 0 or m.start <= 300 else None
    if line_start is not None and (_INVESTOR_FIELD.fullmatch(key, line_start, m.start) or (
            _INVESTOR_WORD.fullmatch(key, m.start, end) and _FIELD_PREFIX.fullmatch(key, line_start, m.start)
            and re.match(r"[ ]*(?::|$)", key[end:end + 3].split("\n")[0]))):
        # "1. Nhà đầu tư: Công ty Cổ phần ...": a field that says who the investor is, no duty
        return Decision(None, 0.0, "a field naming a project's investor")
    # (within 300 characters too: a label heads a short list)
    near = max(0, m.start - 300)
    label_scope = max(line_start or 0, near, key.rfind(". ", near, m.start) + 2, key.rfind(")", near, m.start) + 1)
    if line_start is not None and _under_a_venue(key, line_start):
        # "triển khai thí điểm tại các trường:" ⏎ "+ Cấp tiểu học: Trường Tiểu học A; Trường Tiểu học B": where the work
        # is done, not who does it
        return Decision(None, 0.0, "a place of the work listed under 'tại ...:'")
    if _WATCHED_LABEL.search(key, label_scope, m.start):
        # "Đối tượng chịu sự giám sát: Sở Xây dựng; UBND xã A", "(cơ quan chủ trì soạn thảo: Sở Y)": the bodies
        # a plan watches, inspects or asks to hear, not those that carry it out
        return Decision(None, 0.0, "named as the body watched or heard, not a doer")
    if c.at_subject:
        if after is not None and after.role == "assigner":
            role, why = None, "assigner (the subject hands the work on)"
        elif after is not None and after.role == "co" and not _CHU_TRI.search(doc, m.start, _clause_end(doc, end, c.unit_end)) \
                and not _MONITORING.search(doc, end, _clause_end(doc, end, c.unit_end)):
            role, why = "support", "co (X phối hợp với Y, nobody chủ trì)"
        elif after is not None and after.role == "support":
            role, why = "support", after.name
        elif after is not None and after.role == "done" and not c.is_report:
            role, why = None, "a past deed ('X đã trả lời ...'): no assignment outside a report"
        elif _HELPS.match(key, end) and _after_a_lead(c):
            # "Đơn vị thực hiện: Ban A chủ trì; Trung tâm B hỗ trợ trang thiết bị": helping the body that leads
            role, why = "support", "helps the body that leads"
        else:
            # "Giao [Sở X] ...", "Đề nghị [UBND tỉnh] ...": a subject handed the work is the explicit construction
            given = cue_at(doc, "before", max(c.unit_start, m.start - 20), m.start)
            role, why = "lead", (given.name if given is not None and given.name == "lead_assign"
                                 else after.name if after is not None and after.role == "lead" else "subject")
    elif c.in_subject and c.prev_role in ("lead", "support") and between is not None and _joined(doc, c.prev_end, m.start):
        role, why = c.prev_role, "list (subject)"
    elif m.kind == "place" and not _WITH_PLACE.search(key, max(0, m.start - 16), m.start):
        role, why = None, "a place is an agency only as a subject (or the partner of 'phối hợp với')"
    elif _FOR_LABEL.fullmatch(doc.loose, c.unit_start, m.start) and _COLON_AFTER.match(key, end) \
            and not _SUBJECT_AFTER_COLON.match(doc.text, end):
        role, why = "lead", "lead_for_label"        # "6.1. Đối với X: ..." gives X the duties after the colon
        # (not "c) Đối với Trường Tiểu học X: Phòng Văn hóa - Xã hội phối hợp ...": the work, done by the body named)
    else:
        cs = clause_start(doc, c.unit_start, m.start)
        window = max(cs, m.start - 80)
        before = cue_at(doc, "before", window, m.start)
        if before is None and c.prev_end is None and (u := _UNKNOWN_ITEM.search(key, window, m.start)):
            # "phối hợp với [Hiệp hội Du lịch tỉnh], Sở Văn hóa ...": a body the lexicon does not know opens
            # the list; the cue before it holds for the list
            before = cue_at(doc, "before", window, u.start())
        if c.prev_role and between is not None and _joined(doc, c.prev_end, m.start):
            role, why = c.prev_role, "list"
        elif c.prev_role in ("lead", "support") and between is not None and re.fullmatch(r"[ ]*\(", between) \
                and _SUB_UNIT.match(doc.text, m.start):
            # "Sở Khoa học và Công nghệ ([Phòng Quản lý khoa học]) chủ trì": the unit that does the work for
            # the body before it ("Phòng X (Sở Y)" names where the unit belongs: no role)
            role, why = c.prev_role, "the unit in parentheses does the work of the body before it"
        elif _URGED.search(doc, window, m.start) and _HANDS_ON.match(doc, end, min(len(doc.key), end + 40)):
            role, why = "lead", "urged to hand the work on (đôn đốc X giao Y ...): X answers for it"
        elif before is not None and before.name == "lead_by" and not _LEADS_AFTER.match(doc.key, end):
            role, why = None, "do X + another verb: an agent, not a lead"
        elif before is not None and before.name in ("lead_assign", "lead_directed") and after is not None \
                and after.role == "co" and not _CHU_TRI.search(doc, m.start, _clause_end(doc, end, c.unit_end)) \
                and not _MONITORING.search(doc, end, _clause_end(doc, end, c.unit_end)):
            # "Chỉ đạo [Ban Dân tộc tỉnh] phối hợp với UBND huyện X rà soát ...": nobody chủ trì, both support (4b)
            role, why = "support", f"{before.name} + co (nobody chủ trì)"
        elif before is not None and before.name in ("lead_assign", "lead_directed") \
                and _COOPERATES_NEXT.match(key, end):
            # "Đề nghị [Ủy ban MTTQ xã] phối hợp khảo sát ...": asked to co-operate, a support
            role, why = "support", f"{before.name} + phối hợp"
        elif before is not None and before.name in ("lead_assign", "lead_directed") and _HELPS.match(key, end) \
                and _after_a_lead(c):
            # "Ban A chủ trì; đề nghị [UBND các xã] tạo điều kiện về địa điểm": asked to help the body that leads
            role, why = "support", f"{before.name} + helps the body that leads"
        elif before is not None and before.role in ("lead", "support", "report_to"):
            role, why = before.role, before.name
        elif c.is_report and c.own_voice:
            role, why = "lead", "a report's proposal to its addressee"
        elif before is None and m.how == "addressee" and _ADDRESSEE_ACTS.match(key, end) \
                and re.search(r"\bđể[ ]*$", key[max(c.unit_start, m.start - 12):m.start]):
            role, why = "lead", "lead_addressee"    # "... để Quý Sở nghiên cứu, thực hiện": the addressee acts
        elif before is None and after is not None and after.role == "lead":
            role, why = "lead", after.name
        elif before is None and after is not None and after.role == "co":
            role, why = "support", "co"
        elif c.prev_role == "lead" and between is not None and _LEAD_THEN.match(between) \
                and _COOPERATES_AFTER.match(key, end):
            # "Giao Sở A chủ trì, Sở B và Sở C phối hợp triển khai": the bodies after the lead's "chủ trì,"
            # that "phối hợp" support it
            role, why = "support", "after the lead's chủ trì, phối hợp"
        else:
            role, why = None, before.name if before is not None else "no cue"
    if role and m.names[0].startswith(("Đại biểu", "đại biểu")):
        role, why = None, "individual deputies of a council are not assignees (4b)"
    if role and m.kind == "person" and m.names[0].startswith(("Chủ tịch", "Thủ tướng")) and role not in ("lead", "report_to"):
        role, why = None, "a leader is a level a product goes to, not a supporter"
    return Decision(role, 1.0 if role else 0.0, why)


# "phối hợp" as the next verb, not "phối hợp với" (which names the body co-operated with)
_COOPERATES_NEXT = re.compile(r"[ ,]*(?:có trách nhiệm[ ]+|cần[ ]+|chủ động[ ]+|tích cực[ ]+)?phối hợp(?![ ]+(?:chặt chẽ[ ]+)?với)(?!\w)")


# the head nouns of a unit inside a body: "Phòng Quản lý ...", "Trung tâm ...", "Chi cục ..."
_SUB_UNIT = re.compile(r"(?:Phòng|Trung tâm|Văn phòng|Chi cục|Ban|Đội|Trạm|Hạt|Tổ)\b")


# the verbs of a body that helps another's work: "hỗ trợ trang thiết bị", "hướng dẫn chuyên môn", "tạo điều kiện"
# (not "hướng dẫn" alone: "Bộ X hướng dẫn thủ tục ..." leads a task of its own)
_HELPS = re.compile(r"[ ,]*(?:\([^()\n]{0,80}\)[ ,]*)?(?:(?:có trách nhiệm|cần|chủ động|tích cực)[ ]+)?(?:hỗ trợ|hướng dẫn (?:về )?chuyên môn|"
                    r"tạo điều kiện|cung cấp|giúp đỡ|tư vấn)(?!\w)")


def _after_a_lead(c: RoleCandidate) -> bool:
    """Is the mention on an item's line of doers, after the body the label gives the work to ("- Đơn vị thực hiện: Ban A chủ trì;
    ...", "Đơn vị thực hiện: Đoàn các xã thực hiện; ...")?  (In a sentence of its own, "Đề nghị Đảng ủy xã lãnh
    đạo; UBND xã tạo điều kiện ...", each body has its own work.)"""
    key = c.doc.key
    line_start = key.rfind("\n", 0, c.mention.start) + 1
    return (c.prev_end is not None and line_start < c.prev_end and "." not in key[c.prev_end:c.mention.start]
            and DOERS_LABEL.match(key, line_start, c.mention.start) is not None)


# the label of the bodies a supervision, inspection or social criticism is about, or that drafted the text it hears
_WATCHED_LABEL = re.compile(r"(?:đối tượng|đơn vị|cơ quan)[ ]+(?:(?:chịu sự|chịu|được|bị)[ ]+)?"
                            r"(?:giám sát|kiểm tra|thanh tra|phản biện|khảo sát)[ ]*:"
                            r"|cơ quan (?:chủ trì[ ]+)?soạn thảo[ ]*:")


# the label of an item's line of doers: "- Đơn vị thực hiện:", "Cơ quan chủ trì, phối hợp:", "Trách nhiệm thực hiện:"
DOERS_LABEL = re.compile(r"[ \-+•*–]*(?:đơn vị|cơ quan|trách nhiệm|phân công)(?:[ ,]+(?:và[ ]+)?(?:chủ trì|thực hiện|"
                          r"phối hợp|triển khai|tổ chức))*[ ]*:")


# between a lead and the next list of bodies: "[Sở A] chủ trì, [Sở B ...]", "[Sở A] chủ trì thực hiện; [...]"
_LEAD_THEN = re.compile(r"[ ]*chủ trì(?:[ ]+(?:thực hiện|triển khai|tổ chức thực hiện))?[ ]*[,;][ ]*(?:các[ ]+)?$")
# the list's verb: "phối hợp", "có trách nhiệm phối hợp", "phối hợp với ..." (co-operating with the lead)
# (a plural body's qualifier may stand before it: "Ủy ban nhân dân các phường có dự án phối hợp", "... có tuyến đi qua")
_COOPERATES_AFTER = re.compile(r"[ ,]*(?:có[ ]+(?!trách[ ]nhiệm)(?:[a-zđà-ỹ]+[ ]+){1,3}?)?"
                               r"(?:có trách nhiệm[ ]+|cùng[ ]+|tích cực[ ]+)?phối hợp(?!\w)")


_SUBJECT_AFTER_COLON = re.compile(r"[ ]*:[ ]*(?:Phòng|Sở|Ủy ban|UBND|Ban|Trung tâm|Công an|Văn phòng|Chi cục|Cục|Hội|Đoàn)\b")


def _clause_end(doc: Document, pos: int, limit: int) -> int:
    m = _CLAUSE_BREAK.search(doc.key, pos, limit)
    return m.start() if m else limit


# ---------------------------------------------------------------- features for a model of the decision

_WORD = re.compile(r"[^\W\d_]+")


def role_features(c: RoleCandidate) -> dict[str, float]:
    """What a model of the decision sees of a candidate: the words just before the mention (in its
    clause) and just after the list it heads, whether it opens a sentence, the role of the mention
    before it, the kind of mention and of document, and which cues of the table fire."""
    doc, m = c.doc, c.mention
    key = doc.loose
    f: dict[str, float] = {"bias": 1.0, f"kind={m.kind}": 1.0,
                           f"doc={doc.header.kind if doc.header else 'none'}": 1.0,
                           f"prev={c.prev_role or 'none'}": 1.0}
    if c.at_subject:
        f["subject"] = 1.0
    if c.in_subject:
        f["in_subject"] = 1.0
    cs = clause_start(doc, c.unit_start, m.start)
    before = _WORD.findall(key[max(cs, m.start - 60):m.start])[-4:]
    for i, w in enumerate(reversed(before)):
        f[f"b{i}={w}"] = 1.0
        f[f"b={w}"] = 1.0
    end = chain_end(doc, m, c.mentions, c.index)
    for i, w in enumerate(_WORD.findall(key[end:end + 50])[:4]):
        f[f"a{i}={w}"] = 1.0
        f[f"a={w}"] = 1.0
    for pos, start, stop in (("before", max(cs, m.start - 80), m.start), ("after", end, end)):
        rc = cue_at(doc, pos, start, stop)
        if rc is not None:
            f[f"cue={rc.name}"] = 1.0
    return f
