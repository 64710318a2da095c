"""Tasks and who carries them out.

A task is an instruction: in the tasks-and-solutions part, the organisation part, a plan's body,
a report's proposals, a row of an assignment table, and anywhere else a sentence hands work to a
named body ("Sở Xây dựng chủ trì ...", "Giao ...").  Candidates are the units of each section (its
heading, its paragraphs and bullets); two questions of :mod:`nlpolicy.decide` are asked:

* ``"task_unit"``: is this unit a task?  The zone of its section (:mod:`nlpolicy.zones`) weighs the
  answer; it never gates it: outside the tasks parts an explicit construction still makes a task;
* ``"agency_role"`` (:mod:`nlpolicy.extract.roles`): the role of each agency mention in it.

Then the assignments a unit does not state are passed down (DOMAIN.md 4, 4b): a heading that only
names bodies ("8. Thanh tra tỉnh", "a) Đối với Sở Tài chính:") gives them each item below it; an
intro ("Các sở, ngành, UBND các huyện cần tập trung thực hiện các nhiệm vụ sau:", "Đề nghị UBND tỉnh
... một số nội dung sau:") gives its bodies the items that follow; and tasks of the tasks parts that
name no lead fall, by **inference**, to the body that carries out the whole document ("Ủy ban nhân
dân tỉnh xây dựng kế hoạch và tổ chức triển khai Nghị quyết", "Hội đồng nhân dân tỉnh giao Ủy ban
nhân dân tỉnh tổ chức thực hiện Nghị quyết").
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from operator import attrgetter

from nlpolicy.agencies import AgencyMention, find_agencies
from nlpolicy.decide import Decision, decide, rule
from nlpolicy.extract.roles import DOERS_LABEL, SEPARATOR, RoleCandidate, chain_end, clause_start
from nlpolicy.matching import Cue
from nlpolicy.regexes import REF_LABEL, REF_UNIT
from nlpolicy.spans import Spans
from nlpolicy.structure import is_article, label_end
from nlpolicy.textfold import fold
from nlpolicy.types import Assignment, Body, Deadline, Document, Section, Task
from nlpolicy.zones import parent_chain, zones_of

# ---------------------------------------------------------------- section kinds

# what a zone means for tasks: "task" (instructions expected), "org" (who does what), "other"
_KIND_OF_ZONE = {"task": "task", "organisation": "org", "proposal": "org"}
# a report's own coming work, as its headings name it (not "Kiến nghị", "Đề xuất": what it asks of others)
_OWN_WORK_HEAD = Cue(r"^(?:một số |các )?(?:giải pháp|phương hướng|nhiệm vụ[^.:]{0,40}(?:thời gian tới|năm tới|tiếp theo|trọng tâm"
                    r"|cuối năm|tháng cuối|quý tới|tháng tới))")
# "Bộ Chính trị yêu cầu các cấp uỷ ... thực hiện tốt một số nhiệm vụ, giải pháp sau:"
_REPORT_TASK_HEAD = Cue(r"^(?:một số |các )?(?:kiến nghị|đề xuất|đề nghị|phương hướng|nhiệm vụ|giải pháp|kế hoạch)")
_PASS_DOWN_TASKS = Cue(r"(?:nhiệm vụ|giải pháp|công việc)[^.;]{0,40}sau(?:[ ]+đây)?[ ]*:?[ ]*$")
# "Văn phòng Ủy ban nhân dân Thành phố có trách nhiệm:" over the items it is charged with
_DUTY_INTRO = Cue(r"(?:có|chịu) trách nhiệm(?: thực hiện)?(?: (?:các|những) (?:nhiệm vụ|nội dung|việc))?(?: (?:sau|như sau))?"
                  r"[ ]*:[ ]*$")
_PASS_DOWN = Cue(r"(?:nhiệm vụ|giải pháp|nội dung|công việc)[^.;]{0,40}sau(?:[ ]+đây)?[ ]*:?[ ]*$")
# a clause of purpose before the subject of an intro: "Để hoàn thành các chỉ tiêu Nghị quyết ..., "
_PURPOSE_LEAD = re.compile(r"(?:để|nhằm|trên cơ sở|căn cứ)\b[^:;\n]{3,200}?,")

# ---------------------------------------------------------------- units

_START = attrgetter("start")


def _outside_citations(doc: Document, mentions: list[AgencyMention]) -> list[AgencyMention]:
    """The mentions that do not start inside a citation ("Nghị quyết số 12 của Tỉnh ủy" names no assignee)."""
    cited = Spans((c.start, c.end) for c in doc.citations)
    return [m for m in mentions if m.start not in cited]


def _first_within(deadlines: list[Deadline]) -> Callable[[int, int], str | None]:
    """``first(lo, hi)``: the value of the first deadline, in list order, that starts in [lo, hi)
    (an index built once: a document has thousands of units)."""
    order = sorted(range(len(deadlines)), key=lambda i: deadlines[i].start)
    starts = [deadlines[i].start for i in order]

    def first(lo: int, hi: int) -> str | None:
        k = bisect_left(starts, lo)
        inside = []
        while k < len(starts) and starts[k] < hi:
            inside.append(order[k])
            k += 1
        return deadlines[min(inside)].value if inside else None
    return first


def _starting_in(mentions: list[AgencyMention], lo: int, hi: int) -> list[AgencyMention]:
    """The mentions that start in ``[lo, hi)``, found by bisection: mentions come in order of their
    starts (:func:`nlpolicy.agencies.find_agencies`), and a document has thousands of them."""
    return mentions[bisect_left(mentions, lo, key=_START):bisect_left(mentions, hi, key=_START)]



@dataclass
class _Unit:
    section: Section
    start: int
    end: int
    is_heading: bool
    assignments: list[Assignment] = field(default_factory=list)


def _children(sections: tuple[Section, ...]) -> dict[str, list[Section]]:
    kids: dict[str, list[Section]] = {s.id: [] for s in sections}
    ids = {s.id for s in sections}
    for s in sections:
        parent = s.id.rsplit(".", 1)[0] if "." in s.id else None
        while parent and parent not in ids:
            parent = parent.rsplit(".", 1)[0] if "." in parent else None
        if parent:
            kids[parent].append(s)
    return kids


_LABEL = re.compile(r"[ ]*(?:\(?[0-9ivxlIVXL.]{1,8}[ ]?[.)\-–:]?|[a-zđA-H][ ]?[.)\-–]|điều[ ]*\d+[ ]*[.:]?|chương[ ]+[ivxl\d]+[.:]?"
                    r"|phụ lục[^\n]*)[ ]*")


def _heading_text_key(doc: Document, s: Section) -> str:
    """The heading's matching key without its number ("4.2- Đầu tư ..." -> "đầu tư ...")."""
    return doc.key[label_end(doc.text, s):s.heading_end]


def classify_sections(doc: Document) -> dict[str, str]:
    """Section id -> 'task', 'org', a zone name (objective, situation ...), 'none', or 'row' (a row of an
    assignment table)."""
    out: dict[str, str] = {}
    zones = {z.section: z for z in zones_of(doc)}
    for s in doc.sections:
        if s.id.startswith("PL") and s.heading_end != s.start and "." in s.id and s.id.split(".")[-1].isdigit() \
                and s.level == 2:
            out[s.id] = "row"
            continue
        z = zones.get(s.id)
        out[s.id] = _KIND_OF_ZONE.get(z.zone, z.zone) if z else "none"
    return out


_WORDLESS = re.compile(r"[\W_]*")


def _units(doc: Document, sections: tuple[Section, ...], kids: dict[str, list[Section]]) -> list[_Unit]:
    """Paragraphs and bullets of each section that are not inside a child section."""
    units = []
    for s in sections:
        limit = min([c.start for c in kids[s.id]] or [s.end])
        units.append(_Unit(s, s.start, s.heading_end, True))
        pos = s.heading_end
        while pos < limit:
            nl = doc.text.find("\n", pos, limit)
            end = limit if nl < 0 else nl
            line = doc.text[pos:end]
            if not _WORDLESS.fullmatch(line):       # (not a heading's underline "=======")
                lead = len(line) - len(line.lstrip(" -+•*–"))
                units.append(_Unit(s, pos + lead, end, False))
            pos = end + 1
    return units


# ---------------------------------------------------------------- subjects

# a sentence may open with a time or a condition before its subject:
# "Định kỳ 6 tháng, hàng năm, giữa nhiệm kỳ, Sở Công Thương tổ chức sơ kết ...",
# "Trên cơ sở các nhiệm vụ trong Nghị quyết ...; căn cứ chức năng, nhiệm vụ được phân công, Bộ trưởng ..."
_ADVERBIAL = re.compile(r"(?:định kỳ|hằng năm|hàng năm|trong|trước|sau|căn cứ|trên cơ sở|khi|đối với|ngoài ra|đồng thời|để|nhằm"
                        r"|thực hiện|theo|qua|nếu|trường hợp|riêng)[^.:]{0,240}?,[ ]*")
_COMMA = re.compile(r",[ ]*")
_EVERY_BEFORE = re.compile(r"(?:hằng|hàng|mỗi) (?:năm|quý|tháng)[ ]+")
_CONDITION = re.compile(r"(?:trong )?(?:trường hợp|khi|nếu|quá trình|căn cứ|trên cơ sở)\b")
_LEAD_IN_STOP = re.compile(r"[.:;\n]|\b(?:chủ trì|phối hợp|với|giao|đề nghị|yêu cầu|gửi|báo cáo)\b")
_MORE_TIME = re.compile(r"[a-zđà-ỹ0-9][^,.;:\n]{0,30}?\b(?:năm|tháng|quý|kỳ|tuần|ngày|đột xuất)\b[^,.;:\n]{0,10},[ ]*")
# (a space first, then the look-behind for the mark before it: a leading look-behind is tried at
# every position, a leading space is searched for in C; three times faster)
_SENTENCE = re.compile(r"[ ](?<=[.;:][ ])[ ]*(?=[A-ZĐÀ-Ỹ])")
_LOCATES = re.compile(r"(?<!\w)(?:đến|tới|tại|qua)[ ]+$")
# a place opens a clause in lower case ("...; tỉnh An Giang, tỉnh Cà Mau phối hợp"): the sentence starts above want a capital
_CLAUSE_OPEN = re.compile(r"[;.:][ ]+$")
_SENTENCE_LOWER = re.compile(r"[ ](?<=[.;:][ ])[ ]*(?=[a-zđà-ỹ])")
_COLON_LABEL = re.compile(r"(?:chủ trì|phối hợp|thực hiện|báo cáo|gửi|giao|đề nghị|kiến nghị|yêu cầu|với|gồm|như|sau|"
                          r"cơ quan|đơn vị|thời gian|thời hạn|sản phẩm)[^.;:]{0,12}:$")
_PREFIX = re.compile(r"^[ \-+•*–]*(?:\(?[0-9a-zđ]{1,3}[ ]?[.)\-]+[ ]*)?(?:giao|đề nghị|yêu cầu|các)?[ ]*")
_GIVER = re.compile(r"(?:giao|đề nghị|yêu cầu)[ ]+")
_SINGLED_OUT = re.compile(r"riêng[ ]+(?:đối với[ ]+)?")      # "c) Riêng Ủy ban nhân dân tỉnh A ...": only the bodies named
# a post held by virtue of an office: "3. Phó Trưởng ban là Giám đốc Sở Tài chính: ..." is the department's item
_POST_HELD_BY = re.compile(r"(?:phó[ ]+)?trưởng[ ]+(?:ban|đoàn)(?:[ ]+thường[ ]+trực)?[ ]+là[ ]+"
                           r"|(?:thành viên|ủy viên|uỷ viên)[ ]+là[ ]+")


# the front named bare, as a class beside "đoàn thể" in a heading ("3. Mặt trận, đoàn thể:"), not a body of its own
_CLASS_WORD = re.compile(r"mặt trận(?: tổ quốc)?|mttq")


def _opens_item(doc: Document, section, m) -> bool:
    """Whether a body opens its item, right after the item's label or after "Giao", "Đề nghị", "Yêu cầu"."""
    pos = label_end(doc.text, section)
    g = _GIVER.match(doc.key, pos) or _SINGLED_OUT.match(doc.key, pos) or _POST_HELD_BY.match(doc.key, pos)
    return pos <= m.start <= pos + 3 or bool(g and g.end() <= m.start <= g.end() + 3)


def _subject_starts(doc: Document, unit: _Unit) -> list[int]:
    """Where a subject may stand: the start of each sentence of the unit, after its number,
    bullet, "Giao"/"Đề nghị"/"Yêu cầu" and a leading adverbial phrase."""
    key = doc.key
    starts = [unit.start]
    if unit.is_heading:     # (a heading unit starts where its section does: _units)
        pos = min(label_end(doc.text, unit.section), unit.end)
        g = _GIVER.match(key, pos) or _POST_HELD_BY.match(key, pos)      # "Điều 3. Giao Sở Tài chính phối hợp với ..."
        starts = [g.end() if g else pos]
    sentence = _SENTENCE_LOWER if doc.lowercase else _SENTENCE
    depth, seen = 0, unit.start     # brackets opened and not closed since the unit's start (counted once: a long unit)
    for m in sentence.finditer(doc.text, unit.start, unit.end):
        depth += doc.text.count("(", seen, m.start()) - doc.text.count(")", seen, m.start())
        seen = m.start()
        if doc.text[m.start() - 1] == ":" and _COLON_LABEL.search(key, max(unit.start, m.start() - 50), m.start()):
            continue  # "Đơn vị phối hợp: Phòng ...": a label, not the end of a sentence
        if depth > 0:
            continue  # inside brackets: "(phường Âu Lâu, 50 ha; Công ty cổ phần X): đã nộp hồ sơ" names the investor
        starts.append(m.end())
    out = []
    for pos in starts:
        h = _PREFIX.match(key, pos)
        pos = h.end() if h else pos
        out.append(pos)
        a = _ADVERBIAL.match(key, pos)
        if a:
            end = a.end()
            out.append(end)
            if _CONDITION.match(key, pos):
                # a condition may have commas of its own ("Trường hợp cần thiết điều chỉnh Danh mục hàng hóa,
                # dịch vụ bình ổn giá, Sở X chuẩn bị hồ sơ"): the subject may follow any of them, up to the
                # sentence's end or its first role word (after "phối hợp với" a comma separates partners)
                limit = min(len(key), pos + 240)
                stop = _LEAD_IN_STOP.search(key, end, limit)
                for c in _COMMA.finditer(key, end, stop.start() if stop else limit):
                    out.append(c.end())
                    if (t := _MORE_TIME.match(key, c.end())) and len(t.group(0).split()) <= 5:
                        out.append(t.end())
                    if t := _EVERY_BEFORE.match(key, c.end()):
                        out.append(t.end())   # "Căn cứ chức năng, nhiệm vụ ..., hằng năm Văn phòng ..."
            # "Định kỳ 6 tháng, hàng năm, giữa nhiệm kỳ, Sở Công Thương ...": more short time phrases
            # (a phrase with a word of time in it: not "Thường trực Ủy ban KH," cut at a comma of a name)
            # "Hằng năm, căn cứ nội dung Kế hoạch, Văn phòng ...": an adverbial after it
            while ((m2 := _MORE_TIME.match(key, end)) and len(m2.group(0).split()) <= 5) \
                    or (_CONDITION.match(key, end) and (m2 := _ADVERBIAL.match(key, end))
                        and len(m2.group(0).split()) <= 10):
                end = m2.end()
                out.append(end)
    return out


# "Kiến nghị UBND tỉnh ...", "Sở Công Thương kiến nghị UBND tỉnh ...": a report's own proposal (its
# addressee leads it), not "Xem xét, kiến nghị Chính phủ ..." inside a task (a level it goes to).
_SUBJECT_GAP = re.compile(r"[ ]*(?:riêng[ ]+)?(?:các[ ]+)?")      # ("Riêng UBND tỉnh A và UBND tỉnh B khẩn trương ...")
_PROPOSAL_BEFORE = re.compile(r"(?<!\w)(?:kiến nghị|đề xuất|đề nghị)[ ]*$")


def _own_voice(doc: Document, cs: int, pos: int, mentions) -> bool:
    if not _PROPOSAL_BEFORE.search(doc.key, max(cs, pos - 80), pos):
        return False
    seg = doc.key[cs:pos]
    for m in mentions:
        if m.start >= pos:
            break
        if cs <= m.start and m.end <= pos:
            seg = seg.replace(doc.key[m.start:m.end], "", 1)
    return re.fullmatch(r"[\W\d]*(?:[a-zđ][.)][ ]*)?(?:\w+[ ]+){0,1}(?:kiến nghị|đề nghị|đề xuất)[ ]*", seg) is not None


def _roles_in_unit(doc: Document, unit: _Unit, mentions: list[AgencyMention],
                   is_report: bool, trace: list | None = None) -> list[tuple[AgencyMention, str, str]]:
    """(mention, role, why) for the mentions of one unit that carry a role.  ``trace`` collects every
    (candidate, decision), for the held-out comparison of rule and model (``models/``)."""
    if not mentions:
        return []   # (two units in three: their subject starts, found for the mentions alone, are not read)
    out = []
    prev_role: str | None = None
    prev_end = None
    in_subject = False
    starts = sorted(set(_subject_starts(doc, unit)))
    key = doc.key
    ordered = tuple(mentions)
    for i, m in enumerate(ordered):
        # a subject stands at a sentence start (a few characters off, or after "các")
        k = bisect_right(starts, m.start + 3)
        near = starts[max(0, k - 3):k]
        at_subject = any(abs(m.start - p) <= 3 or (p <= m.start and _SUBJECT_GAP.fullmatch(key, p, m.start))
                         for p in near) or (m.kind == "place" and _CLAUSE_OPEN.search(key, max(0, m.start - 4), m.start))
        # (a report's own proposal is looked for in the mention's clause: only a report's clauses are read back)
        own_voice = is_report and _own_voice(doc, clause_start(doc, unit.start, m.start), m.start, ordered)
        cand = RoleCandidate(doc, unit.start, unit.end, m, ordered, i, at_subject, prev_role, prev_end,
                             in_subject, is_report, own_voice)
        d = decide("agency_role", cand)
        if trace is not None:
            trace.append((unit.section.id, cand, d))
        in_subject = (at_subject and d.label in ("lead", "support")) or \
                     (in_subject and d.label == prev_role and d.why.startswith("list"))
        if d.label:
            out.append((m, d.label, d.why))
        prev_role, prev_end = d.label, m.end
    return out


# ---------------------------------------------------------------- is a unit a task?

# the closing formula of a report or letter is no task: "Trên đây là báo cáo ...", "... trân trọng báo cáo ..."
_CLOSING = Cue(r"(?:trên đây là|(?:nghị quyết|quyết định|kế hoạch|chỉ thị|kết luận) này (?:đã được|được|có hiệu lực|được phổ biến|phổ biến)"
               r"|[^\n]{0,120}(?:trân trọng báo cáo|kính báo cáo|xin trân trọng|trân trọng đề nghị))")
# the execution clause of a decision or resolution (DOMAIN.md 4b): "Chánh Văn phòng ..., Giám đốc các sở ...
# chịu trách nhiệm thi hành Quyết định này"; "... trong phạm vi nhiệm vụ, quyền hạn của mình có trách
# nhiệm thực hiện Nghị quyết này"
_EXECUTION_FORMULA = Cue(r"thi hành (?:quyết định|nghị quyết|nghị định|chỉ thị|thông tư|quy chế|quy định)(?: này)?"
                         r"|trong phạm vi (?:chức năng,? )?nhiệm vụ,? quyền hạn(?: của mình| được giao)?,?[ ]*"
                         r"(?:có trách nhiệm|chịu trách nhiệm)?[ ]*(?:tổ chức )?(?:thực hiện|triển khai thực hiện|thi hành)"
                         r" (?:nghị quyết|quyết định|chỉ thị|kế hoạch)(?: này)?[ ]*[./]*[ ]*$"
                         # a directive's last line: "Yêu cầu Giám đốc các sở, ... nghiêm túc thực hiện Chỉ thị này./."
                         r"|nghiêm túc (?:triển khai )?thực hiện chỉ thị này[ ]*[./]*[ ]*$")
# in a report, work that is still open: a future bound, or words that look ahead
# ("chưa" alone is not one: reports describe shortcomings with it — "còn hạn chế, chưa ...")
# an item of a report that is still open: what comes next, what is not done, what is stuck ("hồ sơ đang vướng mắc do ...
# UBND tỉnh đã giao Sở Tài chính chủ trì ... rà soát, giải quyết"); a past "đã giao" alone is a report's past
_OPEN_CUE = Cue(r"\b(?:tiếp tục|sẽ|phấn đấu|song đến nay|đến nay vẫn|(?:đang|còn) vướng mắc|"
                r"chưa được (?:triển khai|giải quyết|thực hiện|hoàn thành|xử lý))\b",
                tolerant=False)
# a past or ongoing action ("Sở Công Thương đã xin ý kiến", "đang triển khai"): a report's past, not a task
_DONE = re.compile(r"\b(?:đã|đang|vừa)\b")
# "Giám đốc các sở ... chịu trách nhiệm trước Chủ tịch UBND tỉnh nếu để xảy ra thiệt hại": answerable, no task
_ANSWERABLE = re.compile(r"chịu trách nhiệm trước\b")
_EXPLICIT = ("lead_assign", "lead_label", "lead_duty_label", "lead_for_label", "lead_after", "lead_directed", "support_with",
             "support_between", "support_label", "report_to_prep", "report_to_direct", "report_to_via", "report_to_session", "co")


# a request that opens its clause and names no body: "Đề nghị bổ sung ...", "Do đó, đề nghị xem xét ..."
_REQUEST = re.compile(r"(?:(?<=\n)|(?<=^)|(?<=[.;:][ ])|(?<=, )|(?<=^[-+] ))(?:kính )?đề nghị[ ]+(?=[a-zđà-ỹ])", re.M)


@dataclass(frozen=True)
class UnitCandidate:
    doc: Document
    unit: _Unit
    kind: str                     # task, org, a zone name, none
    task_weight: float
    roles: tuple[tuple[AgencyMention, str, str], ...]
    future: bool                  # a deadline inside it
    is_report: bool
    has_task_parts: bool


# a sentence ends at a full stop before a line end or a space and a capital, not at a decimal point
_FULL_STOP = re.compile(r"\.(?=[ ]*(?:\n|$)|[ ]+[A-ZĐÀ-Ỹ])")


def _sentence_end(doc: Document, u: _Unit) -> int:
    """The end of the sentence the unit's last line belongs to: the unit itself when it ends one, else
    the following lines of its section up to the full stop ("Điều 4. Chánh Văn phòng ..., Giám đốc các Sở:
    Tài chính, Giáo dục và Đào tạo; ⏎ Ủy ban nhân dân các huyện ... chịu trách nhiệm thi hành Quyết định
    này." broken into lines by a scan)."""
    tail = doc.text[max(u.start, u.end - 3):u.end].rstrip()
    if tail.endswith((".", ":", "!", "?")) or u.end >= u.section.end:
        return u.end
    m = _FULL_STOP.search(doc.text, u.end, min(u.section.end, u.end + 400))
    return m.end() if m else u.end


# a clause of an article ("II.D4.1"): a regulation's procedure says who does each step ("1. Sở Công Thương tiếp nhận
# hồ sơ ...")
_IN_ARTICLE = re.compile(r"(?:^|\.)D\d+\.")
_DOES = re.compile(r"[ ]+(?!được[ ])[a-zđà-ỹ]+[ ][a-zđà-ỹ]+")  # (its verb after it: not a bare name, nor "được" a leave)


def _issues(doc: Document, m) -> bool:
    """Whether a mention names the document's own issuer ("3. Quốc hội quyết định ..." in the Assembly's resolution)."""
    issuer = (doc.header.issuer or "").casefold() if doc.header else ""
    return bool(issuer) and any(n.casefold() in issuer for n in m.names)
# the topic an item opens with, before the body that does it: "Bệnh viện X cơ sở 2 tại phường Y: "
_TOPIC = re.compile(r"[^.;:\n]{3,160}:[ ]+")


@rule("task_unit")
def task_unit(c: UnitCandidate) -> Decision:
    """Is this unit a task?  The zone weighs; an explicit construction decides anywhere."""
    doc, u = c.doc, c.unit
    if _CLOSING.match(doc, u.start):
        handed = [w for m, r, w in c.roles if r == "lead" and m.how == "addressee" and w in ("lead_addressee", "lead_assign")]
        if handed:
            # "Trên đây là ý kiến ... để Quý Sở nghiên cứu, thực hiện": a letter's closing hands its
            # content to the addressee it names
            return Decision("task", 0.5, f"a closing that hands the work to its addressee ({handed[0]})")
        return Decision(None, 0.0, "closing formula")
    if _EXECUTION_FORMULA.search(doc, u.start, _sentence_end(doc, u)):
        return Decision(None, 0.0, "execution formula")
    if c.kind == "template":
        return Decision(None, 0.1, "an outline or a form to fill in: what others are to report")
    explicit = [w for _, _, w in c.roles if w in _EXPLICIT]
    answer = _ANSWERABLE.search(doc.key, u.start, u.end)
    if not explicit and answer and not c.is_report and not re.search(r"[.;:]", doc.key[u.start:answer.start()]):
        # "Giám đốc các sở ... chịu trách nhiệm trước Chủ tịch UBND tỉnh nếu để xảy ra thiệt hại": who answers, no task
        return Decision(None, 0.0, "answerable to, no task")
    if c.is_report:
        return Decision("task", 0.8, "report") if c.kind in ("task", "org") or c.future or \
            _OPEN_CUE.search(doc, u.start, u.end) else Decision(None, 0.2, "a report's past")
    if c.kind in ("task", "org"):
        return Decision("task", c.task_weight, f"{c.kind} part", cue=bool(c.roles))
    if not c.has_task_parts:
        return Decision("task", 0.5, "no tasks part: every instruction counts", cue=bool(c.roles))
    if explicit and not _DONE.search(doc.key, u.start, min(u.end, u.start + 200)):
        return Decision("task", 0.6, f"explicit construction ({explicit[0]}) outside the tasks parts")
    if c.kind == "none" and c.task_weight >= 0.5 and doc.header \
            and (doc.header.kind in ("other", "directive", "conclusion") or c.future
                 or (doc.header.kind in ("plan", "programme") and not u.section.id.startswith("PL")) or (
                _IN_ARTICLE.search(u.section.id) and any(_DOES.match(doc.text, m.end) and not _issues(doc, m)
                                                         for m, _, _ in c.roles))) \
            and not _DONE.search(doc.key, u.start, min(u.end, u.start + 200)):
        # "3. Bộ Chỉ huy Quân sự tỉnh, Công an tỉnh rà soát, bố trí lực lượng ...": in a dispatch or a directive,
        # whose numbered items are instructions, an item a body opens as the subject of what it is to do; in any
        # document, such an item with a deadline ("3. UBND tỉnh A, UBND tỉnh B tổ chức xây dựng 23 khu tái định cư,
        # hoàn thành trong năm 2027", in an article of a resolution that is no tasks part)
        if _opened_by_a_body(c):
            return Decision("task", 0.55, "a body opens the item as its subject" + ("" if not c.future else ", with a deadline"))
    if c.kind in ("norms", "general") and c.future and _opened_by_a_body(c) \
            and not _DONE.search(doc.key, u.start, min(u.end, u.start + 200)):
        # "3. Ủy ban nhân dân cấp tỉnh phê duyệt danh mục dự án ... trước ngày 31 tháng 10 hằng năm", among a decree's
        # support levels: a body, its verb and a deadline outweigh the part
        return Decision("task", 0.5, f"a body opens the item as its subject, with a deadline, in a {c.kind} part")
    return Decision(None, c.task_weight, f"{c.kind} part, no explicit construction")


def _opened_by_a_body(c: UnitCandidate) -> bool:
    """A body opens the unit as the subject of what it is to do (or right after the topic the unit opens with: "b)
    Bệnh viện X cơ sở 2: Ủy ban nhân dân tỉnh Y quyết định")."""
    doc, u = c.doc, c.unit
    opens = label_end(doc.text, u.section) if u.is_heading else u.start
    return any(r == "lead" and w in ("subject", "list (subject)")
               and (m.start <= opens + 3 or _TOPIC.fullmatch(doc.text, opens, m.start)) for m, r, w in c.roles)


# ---------------------------------------------------------------- assembly


def extract_tasks(doc: Document, mentions: list[AgencyMention], deadlines: list[Deadline],
                  body: Body) -> list[Task]:
    sections = tuple(doc.sections)
    if not sections:
        return []
    by_id = {s.id: s for s in sections}
    kids = _children(sections)
    kinds = classify_sections(doc)
    zones = {z.section: z for z in zones_of(doc)}
    usable = _outside_citations(doc, mentions)
    units = _units(doc, sections, kids)
    with_content = {id(x.section) for x in units if not x.is_heading}
    deadline_in = _first_within(deadlines)
    is_report = bool(doc.header and doc.header.kind == "report")
    # a report's own body: the issuer, named in its header
    report_owner = tuple(dict.fromkeys(n for m in find_agencies(doc.header.issuer) for n in m.names)) \
        if is_report and doc.header.issuer else ()
    # a letter ("Kính gửi: Sở ..."): the body its requests without a doer are put to
    addressee = tuple(dict.fromkeys(n for m in mentions if m.how == "addressee" for n in m.names)) \
        if doc.header and doc.header.kind == "other" else ()

    # who a heading names passes to the section and its descendants
    heading_leads: dict[str, list[AgencyMention]] = {}
    led_by = {s.id: hl for s in sections if kids[s.id] and (hl := _heading_led_by(doc, s, usable))}
    for s in sections:
        hl = _heading_only_agencies(doc, s, usable) or led_by.get(s.id, [])
        if hl and not any(is_article(a) and _heading_opens(doc, a, _DESCRIBES) for a in parent_chain(s, by_id)):
            heading_leads[s.id] = hl      # (not "1. Chánh Văn phòng, Phó Chánh Văn phòng:" in the article on the heads)
    # a section headed by the bodies it addresses ("2. Thanh tra tỉnh") is part of the assignments,
    # whatever its part is called, and so are its sub-items
    for s in sections:
        if kinds.get(s.id) in ("none", "task", "org") and any(a.id in heading_leads for a in parent_chain(s, by_id)):
            kinds[s.id] = "org" if kinds.get(s.id) == "none" else kinds[s.id]
    # "Điều 2. Hội đồng nhân dân tỉnh giao:": the body that hands the items on is not their lead
    heading_leads = {k: kept for k, v in heading_leads.items()
                     if (kept := [x for x in v if not _HANDS_ON_AFTER.match(doc.key, x.end)])}
    # "... thực hiện tốt một số nhiệm vụ trọng tâm sau:" before the first item, or in a section's
    # intro: the items below are tasks whatever their headings say
    if _PASS_DOWN_TASKS.search(doc, max(0, sections[0].start - 400), _rstrip_end(doc, sections[0].start)):
        for s in sections:
            if kinds.get(s.id) == "none":
                kinds[s.id] = "task"
    for s in sections:
        # the intro before the first item, or the heading itself when it ends "... các nhiệm vụ chủ yếu sau:"
        if kids[s.id] and _PASS_DOWN_TASKS.search(doc, s.start, _rstrip_end(doc, kids[s.id][0].start)):
            for k in kids[s.id]:
                for d in [k] + [x for x in sections if x.id.startswith(k.id + ".")]:
                    if kinds.get(d.id) not in ("task", "org", "row"):
                        kinds[d.id] = "task"
    if is_report:
        # a report's headings describe what was done ("Công tác triển khai thực hiện ..."); its task
        # part is only where it proposes or plans ("Kiến nghị", "Đề xuất", "Phương hướng, nhiệm vụ ...")
        for s in sections:
            if kinds.get(s.id) == "row":
                continue
            chain = parent_chain(s, by_id)
            kinds[s.id] = "org" if any(_REPORT_TASK_HEAD.search_text(_heading_text_key(doc, a)) for a in chain) else "other"
    has_task_parts = any(k in ("task", "org") for k in kinds.values())

    def inherited_leads(sec: Section) -> list[AgencyMention]:
        for anc in parent_chain(sec, by_id):
            if anc.id in heading_leads:
                return heading_leads[anc.id]
        return []

    pass_down = _pass_down_agencies(doc, sections, usable)
    section_intro_leads, intro_list = _intro_pass_down(doc, sections, kids, usable)
    intro_spans = Spans(intro_list)
    tasks: list[Task] = []
    explicit_by_section: dict[str, set[str]] = {}
    counter: dict[str, int] = {}
    tables = Spans(_table_spans(doc))
    deadline_starts = sorted(d.start for d in deadlines)
    handed: dict[str, list[AgencyMention]] = {}    # section -> the bodies a line ending "đề nghị X:" hands its bullets
    # section -> the bodies, with their roles, of a heading that names its own work by reference and hands
    # its points on ("1. Sở X chủ trì, phối hợp với Sở Y thực hiện nội dung tại khoản 1 Mục III:")
    lead_ins: dict[str, list[tuple[AgencyMention, str]]] = {}
    stated: dict[str, int] = {}     # section -> where its heading starts, a statement that names no body
    for u in units:
        kind = kinds.get(u.section.id, "none")
        if kind == "row" or u.start not in body or u.start in tables:
            continue
        if not u.is_heading and u.start in intro_spans:
            continue   # "Sở A, Sở B cần tập trung thực hiện các nhiệm vụ sau:": the items below are the tasks
        in_unit = _starting_in(usable, u.start, u.end)
        roles = _roles_in_unit(doc, u, in_unit, is_report)
        if u.is_heading and u.section.id in heading_leads:
            roles = []  # the heading's bodies pass to its content
        future = bisect_left(deadline_starts, u.start) < bisect_left(deadline_starts, u.end)   # one starts in the unit
        if is_report and not future:
            # a report's finished or ongoing work is not a task: "Sở Công Thương đã xin ý kiến ..."
            roles = [(m, r, w) for m, r, w in roles
                     if not (r == "lead" and re.match(r"[ ,]*(?:đã|đang|vừa)\b", doc.key[chain_end(doc, m, in_unit):]))]
        z = zones.get(u.section.id)
        if kind == "none" and section_intro_leads.get(u.section.id, ((), "", False))[1] == "explicit":
            kind = "task"    # "Sở Tư pháp có trách nhiệm:" over "1. Chủ trì bàn giao ...": the intro hands it the item
        verdict = decide("task_unit", UnitCandidate(doc, u, kind, z.task_weight if z else 0.5, tuple(roles), future,
                                                    is_report, has_task_parts))
        if verdict.label is None:
            continue
        heading_named = inherited_leads(u.section) if not (u.is_heading and u.section.id in heading_leads) else []
        if heading_named:
            # under a heading that names a body, that body directs its own units: "chỉ đạo các phòng
            # chuyên môn ..." gives them no task of their own; a named body it directs ("Chỉ đạo Trung tâm Kiểm
            # soát bệnh tật tỉnh kiểm tra ...") leads beside it, as "X lãnh đạo Y" makes both leads
            roles = [(m, r, w) for m, r, w in roles
                     if w != "lead_directed" or (m.kind != "collective" or _LOWER_LEVEL.search(m.names[0]))]
        assigned: list[Assignment] = []
        for m, role, _why in roles:
            for name in m.names:
                if not _is_deputy(name):
                    assigned.append(Assignment(name, role, "explicit", m.text, m.start, m.end))
        if heading_named and all(m.kind == "collective" or _CLASS_WORD.fullmatch(doc.key, m.start, m.end) for m in heading_named) \
                and u.start <= u.section.start + 1 \
                and not any(a.id in led_by for a in parent_chain(u.section, by_id)) \
                and any(_opens_item(doc, u.section, m) for m in in_unit):
            # "2. Các tổ chức chính trị - xã hội tỉnh" over "a) Hội Nông dân tỉnh: ...", "2. Đối với các bộ, ngành" over
            # "a) Đề nghị Bộ Tài chính ...": a member's own point
            heading_named = []
        if heading_named and any(a.role == "lead" for a in assigned) \
                and any(m.kind == "collective" and "liên quan" in m.names[0] for m in heading_named):
            # "Điều 8. Trách nhiệm của Sở Y tế và các cơ quan liên quan" over "2. Sở Xây dựng ...": the others'
            # (a body of the heading the item names again keeps it: "1. Sở Y tế giao Trung tâm ... kiểm tra")
            heading_named = [m for m in heading_named if m.kind != "collective"
                             and any(set(m.names) & set(x.names) for x in in_unit)]
        if heading_named and any(a.role == "lead" for a in assigned):
            # a heading that gives the items below to a body makes it their lead (DOMAIN.md 4b), beside
            # any other lead an item names; a body the item itself gives another role keeps that role
            have = {a.agency for a in assigned}
            for m in heading_named:
                for name in m.names:
                    if name not in have:
                        assigned.append(Assignment(name, "lead", "explicit", m.text, m.start, m.end))
        top = u.section.id.split(".")[0]
        if pass_down and not (u.is_heading and kids[u.section.id]) and kind != "org" and kinds.get(top) != "org" \
                and any(a.role == "lead" for a in assigned) and _under_top_item(u.section, pass_down) \
                and not _whole_system(pass_down):
            # "Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy, ... Mặt trận Tổ quốc và các tổ chức chính trị - xã hội
            # thực hiện tốt một số nhiệm vụ trọng tâm sau:": they carry out every item of the tasks, beside
            # the body an item names (not the organisation part, which says who follows it up)
            have = {a.agency for a in assigned if a.role == "lead"}
            assigned += [Assignment(n, "lead", "explicit", m.text, m.start, m.end)
                         for m in pass_down for n in m.names if n not in have]
        directing, _, directs = section_intro_leads.get(u.section.id, ([], "", False))
        leads_why = [w for _, r, w in roles if r == "lead"]
        if directing and leads_why and all(w == "lead_directed" for w in leads_why):
            directs = True    # "...; chỉ đạo Sở X hướng dẫn ..." under "Đảng ủy UBND tỉnh lãnh đạo UBND tỉnh:": the
            #                   item names only whom it directs, and the intro's bodies direct
        if directs and any(a.role == "lead" for a in assigned):
            # an intro whose body directs the items below ("... chỉ đạo thực hiện các nhiệm vụ sau:") leads
            # each of them beside the body an item names, like a heading that gives them to it
            have = {a.agency for a in assigned if a.role == "lead"}
            assigned += [Assignment(n, "lead", "explicit", m.text, m.start, m.end)
                         for m in directing for n in m.names if n not in have]
        if not any(a.role == "lead" for a in assigned) and not (u.is_heading and u.section.id in heading_leads):
            # a heading or a preamble that names the bodies assigns them (explicit); an intro that
            # addresses a proposal to a body leaves the items to it by inference
            titled = u.is_heading and kids[u.section.id]       # a title over points: the points are the tasks
            named = inherited_leads(u.section) or (pass_down if (_is_top_item(u.section, pass_down)
                                                                 or _in_a_part_after(u.section, pass_down, kinds))
                                                   and not titled else [])
            source = "explicit"
            intro, _, _ = section_intro_leads.get(u.section.id, ([], "", False))
            if named and intro and all(m.kind == "collective" for m in named):
                # "2. Đối với các địa phương" / "Đề nghị các tỉnh ủy, thành ủy, UBND các tỉnh ...:" / "a) ...": the
                # bodies the intro names, beside the heading's class (a body's own heading keeps its points: "4. Sở
                # Tài chính:" under "Sở Công Thương kiến nghị UBND tỉnh ... sau:")
                named = list(named) + [m for m in intro if not any(set(m.names) & set(x.names) for x in named)]
            # "1. Sở X:" over "d) Phối hợp với Sở Tài chính ...": X supports that point (DOMAIN.md 4b)
            # (a point of its own, not one bullet among the body's duties in one item, which stays the body's)
            role = "support" if named and inherited_leads(u.section) and u.start <= u.section.start + 1 \
                and _SUPPORT_VERB.match(doc, u.start, u.end) and not _CHU_TRI_IN.search(doc, u.start, u.end) else "lead"
            if not named:
                named, source, _ = section_intro_leads.get(u.section.id, ([], "inferred", False))
                # "X có trách nhiệm:" over "2. Phối hợp với ...": X supports that item (DOMAIN.md 4b)
                role = "support" if named and _SUPPORT_VERB.match(doc, u.start, u.end) else "lead"
            for m in named:
                for name in m.names:
                    assigned.append(Assignment(name, role, source, m.text, m.start, m.end))
        handing = handed.get(u.section.id)
        if handing and not u.is_heading and not any(a.role == "lead" for a in assigned):
            # "..., đề nghị Chủ đầu tư:" over bullets: each bullet is that body's ("- Phối hợp với ..." as support)
            role = "support" if _SUPPORT_VERB.match(doc, u.start, u.end) else "lead"
            have = {a.agency for a in assigned}
            assigned += [Assignment(n, role, "explicit", m.text, m.start, m.end)
                         for m in handing for n in m.names if n not in have]
        lead_in = next((lead_ins[a.id] for a in parent_chain(u.section, by_id)[1:] if a.id in lead_ins), None)
        if lead_in and not any(a.role == "lead" for a in assigned):
            # a point under such a heading that names no doer is the heading's bodies', in their roles
            have = {a.agency for a in assigned}
            assigned += [Assignment(n, r, "explicit", m.text, m.start, m.end)
                         for m, r in lead_in for n in m.names if n not in have]
        if doc.text[u.start:u.end].rstrip().endswith(":"):
            giving = [m for m, r, w in roles if r == "lead" and w == "lead_assign"
                      and not doc.text[m.end:u.end].strip(" :")]
            if u.is_heading and not kids[u.section.id] and not giving:
                # "7. Đảng ủy UBND tỉnh lãnh đạo, chỉ đạo UBND tỉnh:" over "- Xây dựng kế hoạch ...": an item's
                # heading that ends on its bullets gives them its leads
                giving = [m for m, r, _ in roles if r == "lead"]
            if giving:
                handed[u.section.id] = giving
        if addressee and not any(a.role == "lead" for a in assigned):
            # a letter's request with no body named ("Do đó, đề nghị xem xét, điều chỉnh ranh giới ...") is
            # put to the body it is addressed to
            req = next((r for r in _REQUEST.finditer(doc.key, u.start, u.end)
                        if not any(r.end() <= x.start <= r.end() + 2 for x in in_unit)), None)
            if req is not None:
                assigned += [Assignment(n, "lead", "inferred", doc.text[req.start():req.end()].strip(),
                                        req.start(), req.end()) for n in addressee]
        if is_report and kind not in ("task", "org"):
            # outside its proposals, a report's figures and deeds are the past: keep only open work
            if not (future or _OPEN_CUE.search(doc, u.start, u.end)):
                assigned = []
        if is_report and kind in ("task", "org") and report_owner and not any(a.role == "lead" for a in assigned) \
                and not (u.is_heading and u.section.id in heading_leads) \
                and any(_OWN_WORK_HEAD.search_text(_heading_text_key(doc, a)) and not (u.is_heading and a is u.section)
                        for a in parent_chain(u.section, by_id)):
            # "Giải pháp thực hiện", "Nhiệm vụ trọng tâm thời gian tới" of a report name no doer: the
            # issuer sets them for itself (a proposal, "Kiến nghị ...", goes to its addressee instead)
            assigned += [Assignment(n, "lead", "inferred") for n in report_owner]
        if is_report and not assigned and not future:
            continue  # in a report, only open work with someone to do it is a task
        text = doc.text[u.start:u.end]
        if u.is_heading:
            # "1. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này; ...; chỉ đạo ... các nhiệm vụ sau:":
            # the clauses before the one that hands the items on are the body's own task
            cut = u.start + text.rfind(";")
            own_clauses = cut > u.start and any(a.role == "lead" and a.source == "explicit" and a.end <= cut
                                                for a in assigned)
            # "1. Giao Ủy ban nhân dân xã tổ chức thực hiện Nghị quyết này, trong đó tập trung:": handing the
            # document to its executor is a task of its own, beside the points it goes on to
            own_clauses = own_clauses or (any(a.role == "lead" and a.source == "explicit" for a in assigned)
                                          and bool(_EXECUTOR.search(doc, u.start, u.end)))
            # "1. Sở X chủ trì thực hiện nội dung tại khoản 1 Mục III:": the heading names its own work, the
            # section it refers to, and hands the points below on to its bodies
            if kids[u.section.id] and text.rstrip().endswith(":") and _CROSS_REF.search(doc.key, u.start, u.end) \
                    and any(a.role == "lead" and a.source == "explicit" for a in assigned):
                own_clauses = True
                lead_ins[u.section.id] = [(m, r) for m, r, _ in roles if r in ("lead", "support")]
            if kids[u.section.id] and (not assigned or (text.rstrip().endswith(":") and not own_clauses)):
                continue  # a heading over sub-items is not itself a task; one that ends "...:" hands them on
            if not assigned and id(u.section) in with_content:
                stated[u.section.id] = u.start
                continue  # the content below carries the task
        if not text.strip():
            continue
        start = u.start
        if u.section.id in stated and u.section.id not in counter and DOERS_LABEL.match(doc.key, u.start):
            # "a) Rà soát quy hoạch ..." over "Cơ quan chủ trì: Sở Tài chính; cơ quan phối hợp: ...": the line of
            # doers gives the statement above it its bodies; the task is the two
            start = stated[u.section.id]
            text = doc.text[start:u.end]
        counter[u.section.id] = counter.get(u.section.id, 0) + 1
        dl = deadline_in(start, u.end)
        tasks.append(Task(id=f"{u.section.id}#{counter[u.section.id]}", section=u.section.id, text=text,
                          start=start, end=u.end, deadline=dl, assignments=_unique(assigned)))
        explicit_by_section.setdefault(u.section.id, set()).update(a.agency for a in assigned)

    tasks += _table_rows(doc, sections, kinds, usable, deadlines)
    tasks = _cross_referenced(doc, tasks, sections)
    def named_above(pos: int) -> list[AgencyMention]:
        sec = doc.section_at(pos)
        if sec is not None and sec.id in handed and pos >= sec.heading_end:
            return handed[sec.id]     # "- Xây dựng kế hoạch thực hiện Chỉ thị" under "7. ... chỉ đạo UBND tỉnh:"
        return inherited_leads(sec) if sec is not None else []

    return _infer(doc, tasks, sections, kids, kinds, usable, explicit_by_section, body, named_above)


def role_candidates(doc: Document, mentions: list[AgencyMention]) -> list[tuple[str, RoleCandidate, Decision]]:
    """Every agency mention of every unit as the role question sees it, with the rule's answer:
    (section id, candidate, decision).  For training and evaluating models of the decision."""
    sections = tuple(doc.sections)
    kids = _children(sections)
    usable = _outside_citations(doc, mentions)
    is_report = bool(doc.header and doc.header.kind == "report")
    trace: list = []
    for u in _units(doc, sections, kids):
        _roles_in_unit(doc, u, _starting_in(usable, u.start, u.end), is_report, trace)
    return trace


def _is_deputy(name: str) -> bool:
    """An individual deputy of a council ("đại biểu Hội đồng nhân dân tỉnh") is no assignee (DOMAIN.md 4b)."""
    return name.lower().startswith("đại biểu")


def _unique(assigned: list[Assignment]) -> tuple[Assignment, ...]:
    seen, out = set(), []
    for a in assigned:
        if (a.agency, a.role) not in seen:
            seen.add((a.agency, a.role))
            out.append(a)
    return tuple(out)


def _rstrip_end(doc: Document, pos: int) -> int:
    """``pos`` moved back over trailing spaces and line breaks (a "... sau:" ending just before it)."""
    while pos > 0 and doc.text[pos - 1] in " \n":
        pos -= 1
    return pos


# ---------------------------------------------------------------- passed-down assignments

# the words a heading may hold besides the bodies it addresses: "a) Đối với Sở Tài chính:",
# "2. Trách nhiệm của các sở, ngành", "3. Nhiệm vụ của UBND các huyện", "1. Giao Sở Y tế"
_HEADING_FILLER = re.compile(r"\b(?:(?:chức năng,? )?nhiệm vụ,? (?:và )?quyền hạn(?:,? (?:và )?trách nhiệm)? của|quyền hạn của"
                             r"|các|và|có trách nhiệm|chủ trì|tỉnh|đối với|trách nhiệm của|nhiệm vụ của|nhiệm vụ chủ yếu của"
                             r"|nhiệm vụ cụ thể của|giao|đề nghị|yêu cầu|đơn vị|cơ quan|quy định|nghĩa vụ của|quyền và nghĩa vụ của"
                             r"|thực hiện dự án|chịu sự giám sát|(?:là )?thành viên)\b|[ ,;:.\-–]")


_FIELD_NOUN = re.compile(r"[ ]*(?:nhà|chủ) đầu tư[ .:]*")
# which members of a collective a heading means, by where they are: "... các xã, phường nơi có cụm công nghiệp",
# "... các xã ven biển", "... các xã có dự án đi qua"
_WHERE_THEY_ARE = re.compile(r"[ ]+(?:nơi có|có|ven|thuộc|trong vùng)[ ][^()\n:;.]{1,60}?(?=[ ]*[:.]?[ ]*$)")


def _heading_only_agencies(doc: Document, s: Section, mentions: list[AgencyMention]) -> list[AgencyMention]:
    """A heading that only names bodies ("8. Thanh tra tỉnh", "1. Các Sở, ban, ngành, UBND các xã, phường",
    "a) Đối với Sở Tài chính:", "Nhiệm vụ chủ yếu của Bộ Tài nguyên và Môi trường")."""
    rest_start = label_end(doc.text, s)
    inside = [x for x in _starting_in(mentions, rest_start, s.heading_end) if x.kind != "place"]
    if not inside or (len(inside) == 1 and _FIELD_NOUN.fullmatch(doc.key, rest_start, s.heading_end)):
        return []     # "1. Nhà đầu tư" over "Tên doanh nghiệp: ...": the field of a project's description
    residue = doc.key[rest_start:s.heading_end]
    for x in reversed(inside):
        end = x.end
        if x.kind == "collective" and (q := _WHERE_THEY_ARE.match(doc.key, x.end, s.heading_end)):
            end = q.end()   # "Trách nhiệm của Ủy ban nhân dân các xã, phường nơi có cụm công nghiệp": which of them
        residue = residue[:x.start - rest_start] + residue[end - rest_start:]
    # an aside that says what the body is ("4. Sở Nông nghiệp và Môi trường (cơ quan thường trực về phòng,
    # chống thiên tai):", "1. Phòng Kinh tế (Phòng KT)") still leaves a heading that only names it
    residue = _HEADING_FILLER.sub("", re.sub(r"\([^()\n]{0,160}\)", "", residue))
    if len(residue) > 2:
        return []
    # (a body an aside names while it describes the doer is no doer of the part: "(cơ quan thường trực Ban Chỉ huy
    # Phòng thủ dân sự tỉnh)"; a unit named bare in it is: "Công an tỉnh (Phòng Cảnh sát giao thông)")
    asides = [b.span() for b in re.finditer(r"\([ ]*(?=[a-zđà-ỹ])[^()\n]{0,160}\)", doc.text[rest_start:s.heading_end])]
    outside = [x for x in inside if not any(a <= x.start - rest_start and x.end - rest_start <= b for a, b in asides)]
    # nor is the board whose members they are: "1. Các sở, ban, ngành là thành viên Ban Chỉ đạo tỉnh và Ủy ban
    # nhân dân các xã, phường" is addressed to the departments and the communes
    doers = [x for x in outside or inside if not _MEMBERS_OF.search(doc.key, max(rest_start, x.start - 16), x.start)]
    return doers or outside or inside


_MEMBERS_OF = re.compile(r"thành viên[ ]+$")


# a heading that names its work and the body leading it: "1. Giám sát chuyên đề do Ban Thường trực Ủy ban MTTQ
# tỉnh chủ trì", "2. Phản biện xã hội ở cấp tỉnh (Ban Thường trực chủ trì)"
_LED_BY = re.compile(r"(?:(?<!\w)do[ ]+|\([ ]*)(?P<who>[^()\n]{3,160}?)[ ]+chủ trì(?:[ ]+(?:thực hiện|tổ chức))?"
                     r"[ ]*\)?[ ]*[:.]?[ ]*$")


def _heading_led_by(doc: Document, s: Section, mentions: list[AgencyMention]) -> list[AgencyMention]:
    """The bodies a heading says lead its work ("... do X chủ trì", "... (X chủ trì)"), when it names no other."""
    rest_start = label_end(doc.text, s)
    m = _LED_BY.search(doc.key, rest_start, s.heading_end)
    if m is None:
        return []
    inside = [x for x in _starting_in(mentions, rest_start, s.heading_end) if x.kind != "place"]
    return inside if inside and all(m.start("who") <= x.start and x.end <= m.end("who") for x in inside) else []


_HANDS_ON_AFTER = re.compile(r"[ ]*(?:giao|đề nghị|yêu cầu|kiến nghị)\b")


# an intro whose subject hands itself the items below: "Các sở, ngành, UBND các huyện cần tập trung thực
# hiện các nhiệm vụ sau:", "Ủy ban nhân dân tỉnh chỉ đạo thực hiện một số nhiệm vụ trọng tâm sau:"
# (the two-word verbs are matched tolerantly, so that a scan's "Đề nghi Bộ ...:" still hands its items on;
# "giao" strictly: folded, it would be "giáo" too)
# (the line may open with the item's own label: "1. Giao Ủy ban nhân dân xã tổ chức thực hiện ..., trong đó:")
# (the line may open with the body that asks: "NHNN Khu vực 14 đề nghị Ủy ban nhân dân tỉnh A, Ủy ban nhân dân tỉnh B:")
_INTRO_CUES = (Cue(r"(?<![^\n])[ ]*(?:\d{1,2}[.)][ ]*)?(?:[^\n:;.]{2,80}[ ])?(?:đề nghị|kiến nghị|yêu cầu)[^\n]{3,200}:$",
                   tolerant=True),
               Cue(r"(?<![^\n])[ ]*(?:\d{1,2}[.)][ ]*)?giao[^\n]{3,200}:$", tolerant=False))
# the issuer deciding ("Hội đồng nhân dân tỉnh thống nhất thông qua ... các nhiệm vụ sau:"; a scan's "thống nhât")
_ISSUER_DECIDES = Cue(r"[ ,]*(?:cơ bản[ ]+)?(?:thống nhất|nhất trí|quyết nghị|thông qua|tán thành|phê chuẩn)", tolerant=True)
# ("Theo đề nghị của Giám đốc Sở Tài chính tại Tờ trình số ...": who proposed the document, not whom it asks)
_INTRO_VERBS = (Cue(r"yêu cầu|(?<!theo )(?<!xét )đề nghị(?![ ]+của)|kiến nghị", tolerant=True), Cue(r"giao", tolerant=False))


def _in_order(cues: tuple[Cue, ...], doc: Document, lo: int, hi: int) -> list[re.Match]:
    """The matches of several cues (some tolerant, some strict) in ``doc`` between ``lo`` and ``hi``, in order."""
    return sorted((m for cue in cues for m in cue.finditer(doc, lo, hi)), key=lambda m: m.start())


def _sentence_start(doc: Document, line_start: int, pos: int) -> int:
    """Where the sentence holding ``pos`` starts, within its line from ``line_start``."""
    stop = doc.key.rfind(". ", line_start, pos)
    return stop + 2 if stop >= 0 else line_start


def _intro_pass_down(doc: Document, sections, kids, mentions: list[AgencyMention]
                     ) -> tuple[dict[str, tuple[list[AgencyMention], str, bool]], list[tuple[int, int]]]:
    """Child section id -> (the bodies the intro of its parent charges with the items below, source, whether
    they direct every item: also those that name their own doer).

    "Sở Công Thương kiến nghị UBND tỉnh xem xét, chỉ đạo một số nội dung sau:" passes UBND tỉnh to
    each item that names no lead of its own, by inference; "Các sở, ngành, UBND các huyện cần tập
    trung thực hiện các nhiệm vụ sau:" passes its subjects, explicitly (and is no task itself: the
    spans of such intros are returned too)."""
    out: dict[str, tuple[list[AgencyMention], str]] = {}
    spans: list[tuple[int, int]] = []
    is_report = bool(doc.header and doc.header.kind == "report")
    for s in sections:
        if not kids[s.id]:
            continue
        intro_end = _rstrip_end(doc, kids[s.id][0].start)
        if intro_end <= s.heading_end:
            intro_start = s.start           # the heading itself is the intro ("2. Các sở ... thực hiện các nhiệm vụ sau:")
        else:
            intro_start = s.heading_end
        leads_intro = _LEADS_INTRO.search(doc, intro_start, intro_end)
        if not (_PASS_DOWN.search(doc, intro_start, intro_end) or any(c.search(doc, intro_start, intro_end) for c in _INTRO_CUES)
                or _DUTY_INTRO.search(doc, intro_start, intro_end) or leads_intro):
            continue
        cues = _in_order(_INTRO_VERBS, doc, intro_start, intro_end)
        # the last verb that hands the items to a body ("Giao Ủy ban nhân dân tỉnh tổ chức thực hiện ...; giao chi
        # tiết kế hoạch vốn ...; chỉ đạo ... các nhiệm vụ sau:": the second "giao" names nobody)
        given = [c for c in cues if any(0 <= m.start - c.end() <= 3 for m in _starting_in(mentions, c.end(), intro_end))]
        cues = given or cues
        if cues:
            at = cues[-1].end()
            chain = _starting_in(mentions, at, intro_end)
            source = "inferred"
            if intro_end > s.heading_end and doc.key[intro_end - 1:intro_end] == ":" and not is_report:
                # "HĐND tỉnh đề nghị UBND tỉnh quan tâm chỉ đạo thực hiện một số công việc sau:" is no task
                # of its own: the items below are (a report's "kiến nghị UBND tỉnh xem xét ... sau:" is its
                # proposal, and a task of the addressee)
                # (from the sentence that hands them on: "Sở X chủ trì tổ chức triển khai Kế hoạch này. Phân công
                # nhiệm vụ cụ thể như sau:" keeps its first sentence, a task)
                line_start = doc.key.rfind("\n", 0, at) + 1
                spans.append((max(s.heading_end, _sentence_start(doc, line_start, cues[-1].start())), intro_end + 1))
        else:
            # the subject of the intro sentence: the first bodies of its last line
            line_start = doc.text.rfind("\n", intro_start, intro_end) + 1
            line_start = max(line_start, intro_start)
            lab = _LABEL.match(doc.key, line_start)
            if lab and lab.end() < len(doc.key) and doc.key[lab.end() - 1].isalpha() and doc.key[lab.end()].isalpha():
                lab = None      # "Văn phòng ...": the "v" of a word is no label
            first_pos = lab.end() if lab else line_start
            if _PURPOSE_LEAD.match(doc.key, first_pos, intro_end):
                # "Để hoàn thành các chỉ tiêu ..., Ủy ban nhân dân xã tập trung chỉ đạo ... các nhiệm vụ sau:": the
                # subject is the body right after the comma that closes the clause of purpose
                starts = {x.start for x in mentions}
                for c in re.finditer(r",[ ]*", doc.key[first_pos:intro_end]):
                    if first_pos + c.end() in starts:
                        first_pos += c.end()
                        break
            chain = _starting_in(mentions, first_pos, intro_end)
            if not chain or chain[0].start - first_pos > 3:
                continue
            if _ISSUER_DECIDES.match(doc, _list_of(doc, chain)[-1].end):
                continue   # the issuer deciding ("Hội đồng nhân dân tỉnh thống nhất ... các nhiệm vụ sau:")
            source = "explicit"
            # (a sentence of its own before the one that opens the list stays a task: "Sở X chủ trì tổ chức
            # triển khai Kế hoạch này. Phân công nhiệm vụ cụ thể như sau:")
            last = _sentence_start(doc, line_start, intro_end)
            spans.append((last if last > chain[0].start else line_start, intro_end + 1))
        if not chain:
            continue
        first = _list_of(doc, chain)
        if leads_intro and not cues:
            # "Đảng ủy Ủy ban nhân dân tỉnh lãnh đạo Ủy ban nhân dân tỉnh:": both lead the points below (the bodies
            # of the first clause: "...; định kỳ báo cáo Ban Thường vụ Tỉnh ủy. Chỉ đạo ... sau:" reports to one)
            clause = _CLAUSE_END.search(doc.text, chain[0].start, intro_end)
            first = [m for m in chain if m.start < (clause.start() if clause else intro_end)]
        # "... đề nghị Ủy ban nhân dân tỉnh quan tâm chỉ đạo thực hiện một số công việc sau:": the body directs
        # every item below, also those that name who does the work (HĐND resolutions; DOMAIN 4b, a heading
        # that gives the items to a body); a report's proposal that a body direct the items leaves each item
        # to the body it names
        # "... đề nghị Mặt trận Tổ quốc và các tổ chức chính trị - xã hội tập trung thực hiện tốt một số nhiệm vụ
        # sau:" hands them every item the same way, as a directive's preamble does
        # (not a class of bodies whose points each name one of them: "các tổ chức chính trị - xã hội tỉnh cụ thể
        # hóa ..., trong đó tập trung:" over "a) Hội Nông dân tỉnh: chủ trì ...", "b) Tỉnh Đoàn: ...")
        # (the subject of the intro directing the items itself, "Ủy ban nhân dân xã tập trung chỉ đạo, điều hành thực
        # hiện tốt các nhiệm vụ sau:", does so in a report too)
        directs = (not cues or not is_report) and bool(_DIRECTS.search(doc, first[-1].end, intro_end)
                                                       or _CARRIES_OUT.search(doc, first[-1].end, intro_end)) \
            and not (all(m.kind == "collective" for m in first) and _points_name_bodies(doc, kids[s.id], mentions))
        # the items below and theirs ("3. Về đầu tư ...:" / "a) Thực hiện nghiêm ..."); a deeper intro,
        # read later, passes its own bodies to its own items
        below = [k.id for k in kids[s.id]]
        while below:
            k = below.pop()
            out[k] = (first, "explicit" if directs else source, directs)
            below += [x.id for x in kids.get(k, ())]
    return out, spans


_CLAUSE_END = re.compile(r";|[.](?=\s)")


def _points_name_bodies(doc: Document, points: list[Section], mentions: list[AgencyMention]) -> bool:
    """Most of the points open with a body of their own ("a) Hội Nông dân tỉnh: ...")."""
    opening = sum(1 for p in points if any(label_end(doc.text, p) <= m.start <= label_end(doc.text, p) + 3
                                           for m in _starting_in(mentions, p.start, p.heading_end)))
    return len(points) >= 2 and 2 * opening >= len(points)


# "Đảng ủy Ủy ban nhân dân tỉnh lãnh đạo Ủy ban nhân dân tỉnh:", "Ban cán sự đảng ... lãnh đạo, chỉ đạo Bộ ...:"
_LEADS_INTRO = Cue(r"\b(?:lãnh đạo|chỉ đạo)(?:,? (?:lãnh đạo|chỉ đạo))?(?:[ ]+[^\n:;.]{3,120})?[ ]*:$", tolerant=True)
_DIRECTS = Cue(r"\bchỉ đạo\b[^\n]{0,160}(?:nhiệm vụ|công việc|nội dung)[^\n]{0,40}sau[ ]*:$", tolerant=True)
_CARRIES_OUT = Cue(r"\bthực hiện\b(?:[^\n]{0,60}(?:nhiệm vụ|giải pháp|công việc|nội dung)[^\n]{0,40}sau"
                   r"|[^\n]{0,60}(?:trong đó|cụ thể)[^\n]{0,30})[ ]*:$", tolerant=True)


def _list_of(doc: Document, chain: list[AgencyMention]) -> list[AgencyMention]:
    """The run of mentions that form one list from the first ("Sở A, Sở B và UBND các huyện")."""
    out = [chain[0]]
    for m in chain[1:]:
        if SEPARATOR.match(doc.key[out[-1].end:m.start]):
            out.append(m)
        else:
            break
    return out


def _under_top_item(sec: Section, pass_down: list[AgencyMention]) -> bool:
    """A section of the numbered items that follow the preamble's intro (an item or one of its points)."""
    return bool(pass_down) and sec.start > pass_down[-1].end and sec.id[:1].isdigit()


def _is_top_item(sec: Section, pass_down: list[AgencyMention]) -> bool:
    return bool(pass_down) and sec.start > pass_down[-1].end and "." not in sec.id and sec.id[:1].isdigit()


def _in_a_part_after(sec: Section, pass_down: list[AgencyMention], kinds: dict[str, str]) -> bool:
    """A section of a tasks part (Roman numbered) after the preamble's intro that hands its bodies the parts that
    follow ("... yêu cầu các sở giáo dục và đào tạo tập trung thực hiện các nhiệm vụ và giải pháp chủ yếu sau đây:")."""
    return bool(pass_down) and sec.start > pass_down[-1].end and not sec.id[:1].isdigit() and not sec.id.startswith("PL") \
        and kinds.get(sec.id.split(".")[0]) == "task" and kinds.get(sec.id) == "task"


# the whole political system addressed at once: the party's committees with the authorities or the Front
_PARTY_COLLECTIVE = re.compile(r"(?i)cấp ủy|tổ chức đảng")
_STATE_OR_FRONT = re.compile(r"(?i)chính quyền|ủy ban nhân dân|mặt trận")


def _whole_system(bodies: list[AgencyMention]) -> bool:
    """Whether an intro addresses the whole political system ("yêu cầu các cấp ủy, tổ chức đảng, chính quyền, Mặt
    trận Tổ quốc và các tổ chức chính trị - xã hội các cấp thực hiện tốt các nhiệm vụ sau:"): a directive's
    formula for everyone, which leaves an item that names its own body to that body."""
    names = [n for m in bodies for n in m.names]
    return any(_PARTY_COLLECTIVE.search(n) for n in names) and any(_STATE_OR_FRONT.search(n) for n in names)


def _pass_down_agencies(doc: Document, sections: tuple[Section, ...], mentions: list[AgencyMention]) -> list[AgencyMention]:
    """Bodies named before a list of items ("... yêu cầu các cấp ủy, ... thực hiện tốt các nhiệm vụ sau:")."""
    first = sections[0]
    para_end = len(doc.text[:first.start].rstrip())
    para_start = doc.text.rfind("\n", 0, para_end) + 1
    if not _PASS_DOWN.search(doc, para_start, para_end):
        return []
    ym = _in_order(_INTRO_VERBS, doc, para_start, para_end)
    if not ym:
        return []
    at = ym[-1].end()
    named = _starting_in(mentions, at, first.start)
    # a dispatch whose items each open with the body they are for ("2. Bộ Chỉ huy Quân sự tỉnh ...", "7. Sở Y tế
    # chỉ đạo ..."): the preamble addresses them all, and each item is its own body's, not every addressee's
    tops = [s for s in sections if s.level == first.level]
    opening = sum(1 for s in tops if any(label_end(doc.text, s) <= m.start <= label_end(doc.text, s) + 3
                                         for m in _starting_in(mentions, s.start, s.heading_end)))
    if len(tops) >= 3 and 2 * opening >= len(tops):
        return []
    return named


# ---------------------------------------------------------------- the executor of the whole document

# "... Ủy ban nhân dân tỉnh xây dựng kế hoạch và tổ chức triển khai Nghị quyết", "Ban cán sự đảng
# Chính phủ lãnh đạo, chỉ đạo xây dựng chương trình hành động triển khai thực hiện Nghị quyết",
# "yêu cầu các Sở, ban, ngành và UBND các xã, phường nghiêm túc triển khai thực hiện Kế hoạch này",
# "Hội đồng nhân dân tỉnh giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết", "Bộ Tài nguyên và
# Môi trường chủ trì ... tổ chức triển khai thực hiện Chiến lược", "... tổ chức thực hiện nghiêm túc
# Chỉ thị này"; not "kế hoạch hướng dẫn, vận động Nhân dân thực hiện Nghị quyết", nor "Để triển khai
# thực hiện Nghị quyết số 57-NQ/TW ..." (another document, by its number).
_DOC_WORD = r"(?:nghị quyết|kết luận|chỉ thị|chương trình|kế hoạch|quyết định|đề án|chiến lược|quy hoạch)"
# the document itself: "... Nghị quyết này", or the kind word ending the clause ("... thực hiện Chiến lược;"),
# not another document named after it ("Chỉ thị 11", "Nghị quyết số 57-NQ/TW")
# (a congress's resolution names itself "Nghị quyết Đại hội": "tổ chức thực hiện thắng lợi Nghị quyết Đại hội;")
# ("Kế hoạch liên tịch này", "Chương trình hành động này": the kind of a joint plan or a programme of action)
_THIS = r"(?:[ ]+(?:liên tịch|hành động))?(?:[ ]+này|(?:[ ]+đại hội)?(?=[ ]*(?:[.;,:)]|$)))"
_MANNER = r"(?:(?:nghiêm túc|có hiệu quả|thắng lợi|tốt|đầy đủ|kịp thời)[ ,]+(?:và )?)*"
# monitoring the implementation is not implementing: "giao Thường trực HĐND ... giám sát việc tổ chức thực hiện
# Nghị quyết này"
_MONITORS = Cue(r"(?:(?:giám sát|kiểm tra|theo dõi|đôn đốc|đánh giá)(?:,? (?:giám sát|kiểm tra|theo dõi|đôn đốc))*(?:[^.;]{0,60}?việc)?"
                r"|tình hình|kết quả|tiến độ|sơ kết|tổng kết)(?: tổ chức)?\s*$", tolerant=True)   # a scan's "giám sát viêc"
# (every branch begins with a letter, "x", "n", "t" or "p", not with an optional group: the scan over the
# whole document is then searched for those letters in C instead of trying every position; twice as fast.
# "(?:nghiêm túc |tổ chức )?triển khai ..." is written as its three branches, in that order)
_EXECUTOR = Cue("(?:" + "|".join([
    rf"xây dựng (?:kế hoạch|chương trình hành động)(?: và)?(?: tổ chức)?(?: triển khai)?(?: thực hiện)? {_DOC_WORD}",
    rf"xây dựng(?: và tổ chức thực hiện)? (?:các )?(?:chương trình|kế hoạch)(?:(?!vận động|tuyên truyền|hướng dẫn)[^.;]){{0,50}}?"
    rf"(?:để )?(?:triển khai )?thực hiện {_DOC_WORD}",
    rf"nghiêm túc triển khai thực hiện {_MANNER}{_DOC_WORD}{_THIS}",
    rf"tổ chức triển khai thực hiện {_MANNER}{_DOC_WORD}{_THIS}",
    rf"chủ trì(?:,)? tổ chức triển khai {_MANNER}{_DOC_WORD}{_THIS}",
    rf"triển khai thực hiện {_MANNER}{_DOC_WORD}{_THIS}",
    rf"tổ chức thực hiện {_MANNER}{_DOC_WORD}{_THIS}",
    rf"thực hiện nghiêm túc {_DOC_WORD} này",
    rf"tổ chức(?: triển khai)?(?:,? chỉ đạo)? thực hiện {_MANNER}{_DOC_WORD}{_THIS}",
    rf"triển khai(?: triển khai)?(?:,? chỉ đạo)? thực hiện {_MANNER}{_DOC_WORD}{_THIS}",
    rf"phê duyệt,? (?:và )?tổ chức thực hiện {_DOC_WORD}",
    # "tổ chức thực hiện các nhiệm vụ, giải pháp tại Kế hoạch này": the document's work, named by its parts
    # ("... tổ chức triển khai các nhiệm vụ, giải pháp tại Mục IV Kế hoạch này": its part of tasks)
    rf"tổ chức(?: triển khai)?(?: thực hiện)? (?:các|những) (?:nhiệm vụ|giải pháp|nội dung)(?:,? (?:và )?(?:nhiệm vụ|giải pháp"
    rf"|nội dung|chỉ tiêu))* (?:tại|trong|của|nêu tại) (?:(?:mục|phần) [ivx\d]{{1,4}},? (?:của )?)?{_DOC_WORD} này",
    # "Ủy ban nhân dân xã chịu trách nhiệm cụ thể hóa Nghị quyết thành kế hoạch, đề án và tổ chức thực hiện"
    rf"cụ thể hóa {_DOC_WORD}(?: này)?(?: thành [^.;]{{0,60}}?)?,? (?:và )?tổ chức(?: triển khai)? thực hiện",
]) + ")")
# ("yêu cầu" tolerantly, so that a scan's "yêu câu" still hands the document on; "giao" strictly)
_GIVEN = (Cue(r"\bgiao(?: cho)?\b", tolerant=False), Cue(r"\byêu cầu\b", tolerant=True))


_DIRECTS = Cue(r"\b(?:lãnh đạo|chỉ đạo)(?:,? (?:lãnh đạo|chỉ đạo))?\b")
# "Các đảng ủy trực thuộc Tỉnh ủy ... tổ chức học tập, quán triệt Nghị quyết; xây dựng chương trình hành động thực
# hiện Nghị quyết phù hợp với địa phương": each committee brings the document to its own members and makes its own
# programme of it; the document's tasks fall to the body that carries it out for all (DOMAIN.md 4b), and to these
# committees only when no such body is named
_STUDIES = Cue(r"\bquán triệt\b", tolerant=True)
_DOER_BREAK = re.compile(r"[.;]")
_POSSESSOR = re.compile(r"\bcủa[ ]*$")


# "Bộ Tài nguyên và Môi trường: - Chủ trì, phối hợp với các bộ ... tổ chức hướng dẫn, chỉ đạo thực hiện và
# kiểm tra, giám sát việc triển khai thực hiện Chiến lược": the body that co-ordinates the whole document
_COORDINATES = Cue(r"\bchủ trì\b[^.;]{0,150}?\b(?:hướng dẫn|chỉ đạo)(?:,? (?:hướng dẫn|chỉ đạo|tổ chức))*"
                   r"(?: triển khai)? thực hiện\b")


def _executors(doc: Document, mentions: list[AgencyMention], body: Body,
               heading_named: Callable[[int], list[AgencyMention]] | None = None) -> list[str]:
    """The bodies that carry out the whole document, from the organisation part or the closing lines.

    The body that "chủ trì ... hướng dẫn, chỉ đạo thực hiện" the document co-ordinates it and comes
    first (named in its sentence, or by the heading above it: "2. Bộ Tài nguyên và Môi trường").  Else
    a sentence of the organisation part, or one that hands the document to a body ("giao ..."), is
    the executor sentence; other sentences that speak of carrying something out ("Các ngành chức năng
    sớm tổ chức thực hiện quy hoạch" among the solutions) count only when there is none.  The preamble,
    before the first numbered part, describes the document itself and names no executor.
    ``heading_named(pos)`` gives the bodies the headings above ``pos`` name."""
    from nlpolicy.zones import zone_at
    coordinators: list[str] = []
    strong: list[str] = []
    weak: list[str] = []
    first_section = doc.sections[0].start if doc.sections else 0
    for m in _EXECUTOR.finditer(doc):
        if m.start() < first_section:
            continue   # the preamble describes the document itself ("Sở X xây dựng Kế hoạch thực hiện Đề án ...")
        if m.start() not in body or _EXECUTION_FORMULA.search(doc, m.start(), min(len(doc.key), m.end() + 10)):
            continue
        para_start = max(doc.key.rfind("\n", 0, m.start()) + 1, 0)
        sent_start = max(para_start, doc.key.rfind(". ", para_start, m.start()) + 1)
        # not the owner of a document named in a lead-in ("Trên cơ sở Nghị quyết số 57-NQ/TW của Bộ Chính
        # trị, Chương trình hành động của Chính phủ, các bộ ... xây dựng ... kế hoạch thực hiện"): "của X"
        window = [x for x in _starting_in(mentions, sent_start, m.start())
                  if x.kind != "place" and not _POSSESSOR.search(doc.key, max(0, x.start - 8), x.start)]
        if coord := _COORDINATES.search(doc, sent_start, m.start()):
            subject = [x for x in window if x.start < coord.start()]     # "Bộ X chủ trì, ..." or the heading's
            lead = _list_of(doc, subject) if subject else (heading_named(m.start()) if heading_named else [])
            for x in lead:
                coordinators += [n for n in x.names if n not in coordinators and not _is_deputy(n)]
            if lead:
                continue
        names = strong if zone_at(doc, m.start()).zone in ("organisation", "effect", "none") \
            or _in_order(_GIVEN, doc, max(0, m.start() - 200), m.start()) else weak
        if _STUDIES.search(doc, sent_start, m.start()):
            names = weak       # a committee that studies the document and makes its own programme of it
        if _MONITORS.search(doc, max(0, m.start() - 60), m.start()):
            continue
        if not window and heading_named and sent_start == para_start:
            # "1. Các sở, ban, ngành tỉnh; Ủy ban nhân dân các xã, phường" ⏎ "Căn cứ chức năng, nhiệm vụ được giao, ...
            # tổ chức thực hiện các nhiệm vụ, giải pháp tại Kế hoạch này": the heading names who does it
            window = heading_named(m.start())
        if not window:
            continue
        # the doers: the bodies after "giao" / "yêu cầu", else the first bodies of the sentence, and
        # those they "lãnh đạo, chỉ đạo" to do it ("Đảng ủy UBND tỉnh lãnh đạo UBND tỉnh ban hành kế hoạch
        # thực hiện Nghị quyết": both)
        given = _in_order(_GIVEN, doc, sent_start, m.start())
        if given:
            window = [x for x in window if x.start >= given[-1].end()] or window
        doers = _list_of(doc, window)
        directs = _DIRECTS.search(doc, doers[-1].end, m.start())
        if directs:
            directed = [x for x in window if x.start >= directs.end()]
            if directed and not _DOER_BREAK.search(doc.key, directs.end(), directed[0].start):
                doers += _list_of(doc, directed)
        for x in doers:
            for n in x.names:
                if n not in names and not _is_deputy(n):
                    names.append(n)
    return coordinators or strong or weak


# A decision that sets out one body's functions and duties ("quy định chức năng, nhiệm vụ, quyền hạn
# và cơ cấu tổ chức của Sở Tư pháp"): the duties it lists are that body's (DOMAIN.md 4b, Regulations).
_DUTIES_OF = Cue(r"chức năng[ ]?,?[ ]nhiệm vụ[ ]?(?:,|[ ]và)[ ]quyền hạn(?:[ ]?,?[ ](?:và[ ])?cơ cấu tổ chức)?"
                 r"(?:[ ]và[ ]mối quan hệ công tác)?[ ](?:của|cho)[ ]", tolerant=True)
# a duty whose verb is "phối hợp" makes its doer support, not lead ("g) Phối hợp với các cơ quan liên quan ...")
_SUPPORT_VERB = Cue(r"[ ]*(?:\(?[0-9a-zđ]{1,3}[).][ ]*)?phối hợp\b")
_CHU_TRI_IN = Cue(r"\bchủ trì\b")
# the bodies of the levels below that a department directs as bodies of their own ("Chỉ đạo Công an các xã,
# phường ..."), unlike its own units or functions ("các phòng chuyên môn", "các cơ quan chức năng")
_LOWER_LEVEL = re.compile(r"^(?:Ủy ban nhân dân|Công an|Ban Chỉ huy|Đảng ủy|Hội đồng nhân dân)[ ]")


_CITED_BASIS = re.compile(r"[ \-+*]*(?:căn cứ|xét|theo đề nghị|thực hiện)\b")


def _duty_owner(doc: Document, mentions: list[AgencyMention]) -> list[str]:
    """The body whose functions and duties the document sets out, named in its title before the
    first section: the doer of every duty that names none."""
    end = doc.sections[0].start if doc.sections else 0
    # not a legal basis the preamble cites ("Căn cứ Quyết định ... quy định chức năng, nhiệm vụ ... của X")
    m = next((m for m in _DUTIES_OF.finditer(doc, 0, end)
              if not _CITED_BASIS.match(doc.key, doc.text.rfind("\n", 0, m.start()) + 1)), None)
    if m is None:
        return []
    named = [x for x in _starting_in(mentions, m.end(), m.end() + 2) if x.kind in ("body", "collective")]
    return [n for x in named[:1] for n in x.names if not _is_deputy(n)]


# what an article of a functions-and-duties decision describes rather than assigns: the body's structure,
# its head and deputies ("Điều 3. Cơ cấu tổ chức", "Điều 4. Chánh Văn phòng, Phó Chánh Văn phòng ...",
# "3. Giám đốc Sở ...; Thủ trưởng các cơ quan ... chịu trách nhiệm thi hành")
_DESCRIBES = re.compile(r"(?:cơ cấu tổ chức|lãnh đạo (?:sở|văn phòng|ban|cục)|(?:phó )?(?:chánh văn phòng|giám đốc|trưởng ban"
                        r"|cục trưởng|chánh thanh tra)\b)")


# a heading that names a field of work, not a duty: "12. Về công tác hợp tác quốc tế:", "Đối với ...:"
_TOPIC_HEAD = re.compile(r"[ ]*(?:về|đối với|trong lĩnh vực|lĩnh vực|trong công tác|công tác)\b")


def _heading_opens(doc: Document, s: Section, pattern: re.Pattern) -> bool:
    """Whether the heading of ``s``, after its number, opens with ``pattern``."""
    return pattern.match(doc.key, label_end(doc.text, s), s.heading_end) is not None


_SENTENCE_END = re.compile(r"\.(?=[ \t]*(?:\n|$)|[ ]+[^\W\d_](?<=[^\W\d_a-zđà-ỹ]))")


def _every_clause_has_a_doer(doc: Document, t: Task) -> bool:
    """Does every clause of the task have a lead: one handed down from above (a heading, an intro), or
    one named in the clause or in an earlier clause of its sentence ("Sở A chủ trì ...; xây dựng ...")?
    A clause before any doer ("hoàn thành ... trong quý III/2027; Sở Y tế khẩn trương ...") is the
    executor's."""
    leads = [a for a in t.assignments if a.role == "lead"]
    if not leads:
        return False
    if any(a.start is None or not t.start <= a.start < t.end for a in leads):
        return True
    starts = [a.start for a in leads]
    pos = t.start
    for sentence_end in [m.end() for m in _SENTENCE_END.finditer(doc.text, t.start, t.end)] + [t.end]:
        covered, cs = False, pos
        for clause_end in [m.end() for m in re.finditer(";", doc.text[pos:sentence_end])] + [sentence_end - pos]:
            ce = pos + clause_end
            covered = covered or any(cs <= x < ce for x in starts)
            if not covered and re.search(r"[^\W\d_]{2}", doc.text[cs:ce]):
                return False
            cs = ce
        pos = sentence_end
    return True


# "chủ trì thực hiện các nhiệm vụ tại mục 2 Phần III Kế hoạch này", "các nội dung, nhiệm vụ nêu tại Mục IV",
# "nhiệm vụ tại mục 1, mục 2 và mục 5 Phần III", "các nhiệm vụ quy định tại khoản 2 Điều 3"
# ("... các nhiệm vụ, giải pháp từ điểm 2 đến điểm 6, Mục III Kế hoạch này": a range)
# ("Chủ trì thực hiện khoản 2, khoản 3 Mục III": the items themselves, not a law's ("thực hiện khoản 2 Điều 5 Luật ..."))
# ("nhiệm vụ tại các khoản 3, 5, 6 mục III": the labels after a plural)
_CROSS_REF = re.compile(
    rf"(?:(?:nhiệm vụ|nội dung|giải pháp|công việc)[ ]+(?:(?:tại|ở|nêu tại|nêu ở|quy định tại|được giao tại)[ ]+|(?=từ[ ]))"
    rf"|(?:thực hiện|triển khai)[ ]+(?=(?:khoản|tiểu mục|mục|điểm)[ ]))"
    rf"(?:các[ ]+)?(?P<ref>(?:từ[ ]+)?{REF_UNIT}[ ]+{REF_LABEL}"
    rf"(?:(?:[ ]*,[ ]*|[ ]+và[ ]+|[ ]+đến[ ]+)(?:{REF_UNIT}[ ]+)?{REF_LABEL})*"
    rf"(?:[ ]*,?[ ]+(?:của[ ]+|thuộc[ ]+)?{REF_UNIT}[ ]+{REF_LABEL})*)"
    rf"(?![ ]*(?:của[ ]+)?(?:luật|bộ luật|nghị định|thông tư|quyết định|nghị quyết|chỉ thị|pháp lệnh)\b(?![ ]+này)"
    rf"|[ ]*,?[ ]+(?:điều|khoản|điểm)[ ]+\w)")     # (nor the shorter match that stops before the law's article)
_REF_RANGE = re.compile(rf"(?:từ[ ]+)?(?P<unit>{REF_UNIT})[ ]+(?P<a>\d{{1,2}})[ ]+đến[ ]+(?:(?P=unit)[ ]+)?"
                        rf"(?P<b>\d{{1,2}})(?![\w.])")
_REF_PART = re.compile(rf"(?P<unit>{REF_UNIT})?[ ]*(?P<label>{REF_LABEL})")
_ROMAN_LABEL = re.compile(r"[ivxlc]+")


def _ref_ids(ref: str) -> list[str]:
    """The section ids a cross-reference names, outermost label first: "mục 1, mục 2 và mục 5 phần iii"
    -> ["III.1", "III.2", "III.5"]; "khoản 2 điều 3" -> ["D3.2"]; "mục iv" -> ["IV"].

    >>> _ref_ids("mục 1, mục 2 và mục 5 phần iii"), _ref_ids("khoản 2 điều 3"), _ref_ids("mục iv")
    (['III.1', 'III.2', 'III.5'], ['D3.2'], ['IV'])
    >>> _ref_ids("từ điểm 2 đến điểm 4, mục iii")
    ['III.2', 'III.3', 'III.4']
    """
    # "từ điểm 2 đến điểm 6": every label of the range
    ref = _REF_RANGE.sub(lambda r: r["unit"] + " " + ", ".join(str(i) for i in range(int(r["a"]), int(r["b"]) + 1))
                         if int(r["a"]) < int(r["b"]) <= int(r["a"]) + 20 else r.group(0), ref)
    groups: list[tuple[str, list[str]]] = []     # (unit, labels), innermost first as written
    for m in _REF_PART.finditer(ref):
        unit, label = m.group("unit"), m.group("label")
        label = label.upper() if _ROMAN_LABEL.fullmatch(label) and unit != "điểm" else label
        if unit:
            groups.append((unit, [label]))
        elif groups:
            groups[-1][1].append(label)
    # "mục 1, mục 2 và mục 5": the same unit again is one more label of the list
    merged: list[tuple[str, list[str]]] = []
    for unit, labels in groups:
        if merged and merged[-1][0] == unit and len(merged) == 1:
            merged[-1][1].extend(labels)
        else:
            merged.append((unit, labels))
    outer = [("D" + labels[0]) if unit == "điều" else labels[0] for unit, labels in reversed(merged[1:])]
    unit, labels = merged[0]
    return [".".join(outer + [("D" + x) if unit == "điều" else x]) for x in labels]


def referenced_sections(doc: Document, start: int, end: int) -> list[str]:
    """The section ids the cross-references between ``start`` and ``end`` hand over ("Chủ trì thực hiện nhiệm vụ
    tại các khoản 3, 5 mục III" -> ["III.3", "III.5"]), in the order written."""
    return [rid for m in _CROSS_REF.finditer(doc.key, start, end) for rid in _ref_ids(m.group("ref"))]


def _cross_referenced(doc: Document, tasks: list[Task], sections: tuple[Section, ...]) -> list[Task]:
    """A clause that gives a body the tasks of another section ("Phòng Văn hóa - Xã hội: chủ trì thực hiện
    các nhiệm vụ tại mục 1 Phần III") gives that section's tasks, and those of its sub-items, the same
    bodies in the same roles (the clause's leads and supports, marked inferred), beside the bodies the
    section names itself."""
    ids = {s.id for s in sections}
    by_id = {s.id: s for s in sections}
    out = list(tasks)
    for t in tasks:
        if not any(a.role in ("lead", "support") for a in t.assignments):
            continue
        for m in _CROSS_REF.finditer(doc.key, t.start, t.end):
            lo = max(doc.key.rfind(";", t.start, m.start()), doc.key.rfind(". ", t.start, m.start()), t.start - 1) + 1
            hi = min([x for x in (doc.key.find(";", m.end(), t.end), doc.key.find(". ", m.end(), t.end)) if x >= 0]
                     or [t.end])
            # the clause's own bodies, and, when it names no lead, the lead the item's heading gives it
            own = [a for a in t.assignments if a.role in ("lead", "support") and lo <= a.start < hi]
            if not any(a.role == "lead" for a in own):
                # a clause with no body goes on with the sentence's last lead ("Lãnh đạo, chỉ đạo UBND tỉnh xây
                # dựng kế hoạch ...; cụ thể hóa ... các nhiệm vụ từ điểm 2 đến điểm 6"), else the heading's
                sentence = max(doc.key.rfind(". ", t.start, lo), t.start)
                before = [a for a in t.assignments if a.role == "lead" and a.start is not None and sentence <= a.start < lo]
                own += before[-1:] or [a for a in t.assignments if a.role == "lead" and not (t.start <= a.start < t.end)]
            given = own
            if not given:
                continue
            for rid in _ref_ids(m.group("ref")):
                if rid not in ids or rid == t.section or t.section.startswith(rid + "."):
                    continue
                inside = [i for i, x in enumerate(out) if x.section == rid or x.section.startswith(rid + ".")]
                if not inside:
                    s = by_id[rid]
                    out.append(Task(f"{rid}#1", rid, doc.text[s.start:s.heading_end], s.start, s.heading_end, None, ()))
                    inside = [len(out) - 1]
                # "theo chức năng, nhiệm vụ ... triển khai các nhiệm vụ tại Mục III": each its own share, so named
                # units lead none of those tasks; a collective ("Các bộ, ngành ...") answers as a whole and leads
                # the tasks that name no lead
                functions = "theo chức năng" in doc.key[lo:m.start()]
                assigned = functions or "được giao" in doc.key[m.start():m.start("ref")]
                share = functions and not any(" các " in f" {a.agency.lower()}" for a in given)
                for i in inside:
                    x = out[i]
                    if share or (assigned and any(a.role == "lead" and a.source == "explicit"
                                                  for a in x.assignments)):
                        continue   # "tổ chức thực hiện các nội dung được giao tại mục III": what each was given there
                    have = {a.agency for a in x.assignments}
                    extra = tuple(Assignment(a.agency, a.role, "inferred", a.text, a.start, a.end)
                                  for a in given if a.agency not in have)
                    if extra:
                        out[i] = Task(x.id, x.section, x.text, x.start, x.end, x.deadline, x.assignments + extra)
    return out


def _infer(doc: Document, tasks: list[Task], sections: tuple[Section, ...], kids, kinds, mentions,
           explicit_by_section: dict[str, set[str]], body: Body,
           heading_named: Callable[[int], list[AgencyMention]] | None = None) -> list[Task]:
    """Tasks of the tasks parts that name no lead fall to the executors, marked inferred; in a
    document without executors that sets out one body's duties, every duty that names no lead
    falls to that body, as support when the duty is to "phối hợp"."""
    executors = _executors(doc, mentions, body, heading_named)
    owner = not executors
    if owner:
        # the body whose duties the document sets out does them, wherever a heading puts them
        executors = _duty_owner(doc, mentions)
    if not executors:
        return tasks
    inferred_kinds = ("task", "org") if owner else ("task",)
    if not owner and "task" not in kinds.values() and all(s.id.split(".")[0].isdigit() for s in sections):
        # a directive's numbered points, under no part heading ("3. Tập trung phát triển ...", "4. Đầu tư hạ
        # tầng ..."): those that name no doer fall to the body that carries the whole document out
        inferred_kinds = ("task", "none")

    def role_at(pos: int, end: int) -> str:
        # a regulation's verb decides its owner's role (DOMAIN.md 4b); a resolution's executor leads
        return "support" if owner and _SUPPORT_VERB.match(doc, pos, end) else "lead"
    by_section: dict[str, list[int]] = {}
    for i, t in enumerate(tasks):
        by_section.setdefault(t.section, []).append(i)
    out = list(tasks)
    by_id = {s.id: s for s in sections}
    for s in sections:
        if kinds.get(s.id) not in inferred_kinds:
            continue
        if kids[s.id] and not (owner and s.level > 1 and not is_article(s)
                               and not _heading_opens(doc, s, _TOPIC_HEAD)):
            continue   # a heading over items is no task, but a duty over its points is ("1. Trình UBND ban hành:")
        if owner and any(_heading_opens(doc, a, _DESCRIBES) for a in parent_chain(s, by_id)):
            continue   # the body's structure and its heads ("Điều 3. Cơ cấu tổ chức", "Điều 4. Chánh Văn phòng ..."): no duties
        if _CLOSING.match(doc, label_end(doc.text, s)):
            continue   # "2. Quyết định này có hiệu lực kể từ ngày ...": no one's duty
        have = explicit_by_section.get(s.id, set())
        if have and not owner and _names_its_doers(doc, s):
            continue   # "- Đơn vị thực hiện: Ban A chủ trì; ...": the item says who does it, no one is inferred
        add = [name for name in executors if name not in have]
        if not add:
            continue
        if s.id in by_section:
            for i in by_section[s.id]:   # every task of the section falls to the executors
                t = out[i]
                if not owner and (_every_clause_has_a_doer(doc, t)
                                  or (kinds.get(s.id) == "none" and any(a.role == "lead" for a in t.assignments))):
                    continue   # a task whose every clause names its doer, or whose intro does, is theirs
                    # (a regulation's owner does every duty its articles set out, whoever a duty names)
                own = {a.agency for a in t.assignments}
                role = role_at(t.start, t.end)
                extra = tuple(Assignment(name, role, "inferred") for name in add if name not in own)
                out[i] = Task(t.id, t.section, t.text, t.start, t.end, t.deadline, t.assignments + extra)
        else:
            role = role_at(s.start, s.heading_end)
            out.append(Task(f"{s.id}#1", s.id, doc.text[s.start:s.heading_end], s.start, s.heading_end, None,
                            tuple(Assignment(name, role, "inferred") for name in add)))
    return out


_DOERS_LINE = re.compile(r"^" + DOERS_LABEL.pattern, re.MULTILINE)


def _names_its_doers(doc: Document, s: Section) -> bool:
    """Has the section a line of its doers ("- Đơn vị thực hiện: ...", "Cơ quan chủ trì: ...")?"""
    return _DOERS_LINE.search(doc.key, s.start, s.end) is not None


# ---------------------------------------------------------------- assignment tables

def _table_spans(doc: Document) -> list[tuple[int, int]]:
    """Where tables lie: their rows are read as rows (below), not as sentences."""
    return [(t.start, t.end) for t in doc.text_tables if t.rows]


def _table_rows(doc: Document, sections, kinds, mentions: list[AgencyMention], deadlines: list[Deadline]) -> list[Task]:
    """One task per row of an assignment table (:mod:`nlpolicy.tables`), each cell read by its column:
    the "Nhiệm vụ" cell is the task, the "Chủ trì" cell names the lead and the "Phối hợp" cell the
    support; a "Thời gian" cell ("2025", "Quý II/2025", "Thường xuyên") is the deadline; a "Sản phẩm"
    or "Kết quả" cell names no agency, whatever it says.  A table with no lead or support column (a
    target table: Chỉ tiêu | Đơn vị | Năm 2025) gives no tasks."""
    by_start = {s.start: s for s in sections}
    is_report = bool(doc.header and doc.header.kind == "report")
    tasks = []
    for table in doc.text_tables:
        roles = {r.value for r in table.roles}
        # the investor of each work a resolution or a plan lists ("Danh mục dự án | Chủ đầu tư | ..."): who carries it
        # out; a report's list of works names them, it gives them nothing
        investors = set() if is_report or "task" not in roles else {
            h.column for h in table.header if _INVESTOR_HEADER.fullmatch(" ".join(h.text.split()))}
        if not roles & {"lead", "support"} and not investors:
            tasks += _rows_under_bodies(doc, table, by_start, mentions)
            continue   # a table with no column of bodies hands work only through its group rows
        group_leads: list[AgencyMention] = []
        for row in table.rows:
            if row.group:
                # a group row that names a body ("I | BAN KINH TẾ - NGÂN SÁCH") gives it the rows below, as a
                # heading that names a body does (DOMAIN.md 4b), where a row names no lead of its own
                first = next((c for c in row.cells if c.role.value != "number" and c.text.strip()), None)
                inside = [m for m in _starting_in(mentions, first.start, first.end) if m.kind != "place"] if first else []
                group_leads = inside[:1] if inside and inside[0].start - first.start <= 2 else []
                continue
            cells = {c.role.value: c for c in reversed(row.cells)}
            # the task, or in a target table the indicator a body answers for ("Tỷ lệ ... | % | 80 | Bộ X")
            task_cell = cells.get("task") or cells.get("indicator") or next(
                (c for c in row.cells if c.role.value not in ("number", "lead", "support", "time", "progress", "value",
                                                               "unit", "product", "result", "note")), None)
            if task_cell is None or not task_cell.text.strip():
                continue
            progress = cells.get("progress")
            if is_report and progress is not None and _DONE_CELL.match(fold(progress.text)):
                continue   # a report's row marked "Hoàn thành" is finished work, no task (DOMAIN.md 4)
            sec = by_start.get(row.start) or doc.section_at(task_cell.start)
            assigned: list[Assignment] = []
            for c in row.cells:
                role = {"lead": "lead", "support": "support"}.get(c.role.value) or (
                    "lead" if c.column in investors else None)
                if role is None:
                    continue
                pending: list[AgencyMention] = []
                for m in _starting_in(mentions, c.start, c.end):
                    # (a body after "đến", "tại", "qua" locates the work: a cell shifted from the work's column,
                    # "kéo dài tuyến đến Đồn Biên phòng Hướng Lập", names no doer)
                    if m.kind != "place" and not _LOCATES.search(doc.key, max(c.start, m.start - 6), m.start):
                        pending.append(m)
                        said = _CELL_ROLE.match(doc.key, m.end, c.end)
                        if said:    # "Phòng Nghiệp vụ 4 chủ trì; Văn phòng phối hợp": the cell says each one's role
                            own_role = "lead" if said.group(1) == "chủ trì" else "support"
                            assigned += [Assignment(n, own_role, "explicit", x.text, x.start, x.end)
                                         for x in pending for n in x.names]
                            pending = []
                assigned += [Assignment(n, role, "explicit", x.text, x.start, x.end) for x in pending for n in x.names]
            if group_leads and not any(a.role == "lead" for a in assigned):
                have = {a.agency for a in assigned}
                assigned = [Assignment(n, "lead", "explicit", m.text, m.start, m.end)
                            for m in group_leads for n in m.names if n not in have] + assigned
            dl = None
            time_cell = cells.get("time")
            if time_cell is not None:
                dl = next((d.value for d in deadlines if time_cell.start <= d.start < time_cell.end), None) \
                    or time_cell_value(time_cell.text)
            sid = sec.id if sec else None
            tasks.append(Task(id=f"{sid}#r{row.number or ''}".rstrip("r#") + ("" if row.number else ""),
                              section=sid, text=task_cell.text, start=task_cell.start, end=task_cell.end,
                              deadline=dl, assignments=_unique(assigned)))
    return _number_ids(tasks)


_INVESTOR_HEADER = re.compile(r"(?i)chủ đầu tư|đơn vị chủ đầu tư")
# the role a cell of bodies gives one of them itself, right after its name: "X chủ trì; Y phối hợp", "Y (phối hợp)"
_CELL_ROLE = re.compile(r"[ ]*\(?[ ]*(chủ trì|phối hợp)(?![\w])")


def _rows_under_bodies(doc: Document, table, by_start: dict, mentions: list[AgencyMention]) -> list[Task]:
    """A table with no column of bodies whose group rows name one ("1 | Sở Giao thông vận tải" over
    "1.1 | Giá tối đa dịch vụ ...", "1.2 | ..."): each row under it is that body's, as the items under
    a heading that names a body are (DOMAIN.md 4b)."""
    rows = [r for r in table.rows if r.number]
    out: list[Task] = []
    owner: list[AgencyMention] = []
    owner_num = ""
    for i, row in enumerate(rows):
        num = row.number.strip().rstrip(".")
        cell = next((c for c in row.cells if c.role.value not in ("number", "time", "unit", "value", "note")), None)
        if cell is None:
            continue
        inside = [m for m in _starting_in(mentions, cell.start, cell.end) if m.kind != "place"]
        nxt = rows[i + 1].number.strip().rstrip(".") if i + 1 < len(rows) else ""
        if inside and inside[0].start - cell.start <= 2 and nxt.startswith(num + "."):
            owner, owner_num = inside[:1], num      # the group row: the body it names, its qualifier aside
            continue
        if not owner or not num.startswith(owner_num + "."):
            owner = []
            continue
        sec = by_start.get(row.start) or doc.section_at(cell.start)
        out.append(Task(id=f"{sec.id if sec else None}#r{num}", section=sec.id if sec else None, text=cell.text,
                        start=cell.start, end=cell.end, deadline=None,
                        assignments=tuple(Assignment(n, "lead", "explicit", m.text, m.start, m.end)
                                          for m in owner for n in m.names)))
    return out


_DONE_CELL = re.compile(r"[ *]*(?:da[ ]+)?hoan[ ]+thanh\b(?![^|\n]{0,20}\b(?:mot phan|cham))")   # on the folded cell
_BARE_YEAR = re.compile(r"^(?:năm[ ]+)?((?:19|20)\d{2})\b")


def time_cell_value(text: str) -> str | None:
    """The deadline a "Thời gian" cell holds: a bare year is one ("2025", "2025 và những năm tiếp theo"),
    as are the time grammar's phrases ("12/2025", "Quý II/2025", "Hằng năm"); "Thường xuyên" is none.

    >>> [time_cell_value(t) for t in ("2025", "Quý II/2025", "12/2025", "Thường xuyên", "Hằng năm")]
    ['2025', '2025-Q2', '2025-12', None, 'yearly']
    """
    from nlpolicy.extract.timegrammar import find_times
    got = find_times(text)
    if got:
        return got[0].value
    m = _BARE_YEAR.match(text.strip().lower())
    return m.group(1) if m else None


def _number_ids(tasks: list[Task]) -> list[Task]:
    """Ids "<section>#<n>", counting the rows of each section."""
    seen: dict[str | None, int] = {}
    out = []
    for t in tasks:
        seen[t.section] = seen.get(t.section, 0) + 1
        out.append(Task(f"{t.section}#{seen[t.section]}", t.section, t.text, t.start, t.end, t.deadline, t.assignments))
    return out
