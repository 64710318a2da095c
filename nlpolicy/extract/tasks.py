"""Tasks and who carries them out.

A task is an instruction in the tasks-and-solutions part, the organisation part,
a plan's body, a report's proposals, or a row of an assignment table.  Its
agencies get roles from the words around them (DOMAIN.md section 4):

* **lead**: the subject of the sentence ("Ủy ban nhân dân tỉnh xây dựng kế hoạch ..."),
  the object of "Giao / Đề nghị / Yêu cầu ...", the body before "chủ trì", a
  heading that only names bodies ("8. Thanh tra tỉnh"), the "chủ trì" column;
* **support**: after "phối hợp (với)", the "phối hợp" column;
* **report_to**: after "báo cáo (kết quả) (với | lên | về)", "(qua ...)".

Bodies after "tham mưu (cho)", "trình", "chịu trách nhiệm trước", "của", "theo"
are not assignees.  Tasks of the tasks-and-solutions part that name no lead fall
by **inference** to the body that carries out the whole document ("Ủy ban nhân
dân tỉnh xây dựng kế hoạch và tổ chức triển khai Nghị quyết").
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from nlpolicy.extract.agencies import AgencyMention
from nlpolicy.types import Assignment, Body, Deadline, Document, Section, Task

# ---------------------------------------------------------------- section kinds (on the matching key)

_TASK_HEAD = re.compile(r"nhiệm vụ|giải pháp|nội dung (?:thực hiện|triển khai|chủ yếu|trọng tâm)|kiến nghị|đề xuất")
_ORG_HEAD = re.compile(r"tổ chức thực hiện|tổ chức triển khai|trách nhiệm|phân công|chế độ báo cáo|kiến nghị|đề xuất|triển khai thực hiện")
_NOT_TASK_HEAD = re.compile(r"^(?:một số |về |các )?(?:mục tiêu|chỉ tiêu|quan điểm|mục đích|yêu cầu|tình hình|kết quả|đánh giá|dự báo|thực trạng|nguyên nhân|bối cảnh|căn cứ|sự cần thiết|hạn chế|tồn tại|khó khăn|những kết quả|kinh phí|nguồn kinh phí|hiệu lực)")

# ---------------------------------------------------------------- role cues (on the matching key)

_SUPPORT_BEFORE = re.compile(r"(?:phối hợp|phối hợp chặt chẽ|phối hợp thực hiện|cùng|cùng với|phối hợp tốt)(?:[ ]+với)?(?:[ ]+các)?[ ,:]*$"
                             r"|phối hợp(?:[ ]+chặt chẽ)?[ ]+giữa(?:[ ]+các)?(?:[ ]+(?:cơ quan|đơn vị|lực lượng))?[ ]*:[ ]*$")
_REPORT_BEFORE = re.compile(r"(?:báo cáo|gửi báo cáo|gửi|báo cáo kết quả|kết quả)(?:[ ]+[^ ;.]+){0,8}?[ ]+(?:với|lên|về|cho)[ ]*$|(?:báo cáo|gửi báo cáo về|gửi về)[ ]*$|\((?:qua|thông qua)[ ]*$")
_LEAD_BEFORE = re.compile(r"(?:^|[ ,;:])(?:giao|đề nghị|yêu cầu|giao cho|phân công|do)[ ]*$"
                          r"|(?:đơn vị|cơ quan)[ ]+(?:chủ trì|thực hiện|đầu mối)(?:[ ]+tham mưu)?[ ]*:[ ]*$")
# in a report, the addressee of a recommendation leads it ("kiến nghị UBND tỉnh xem xét, chỉ đạo")
_LEAD_BEFORE_REPORT = re.compile(r"(?:^|[ ,;:])(?:kiến nghị|đề xuất|đề nghị)[ ]*$")
_EXCLUDE_BEFORE = re.compile(r"(?:tham mưu|tham mưu cho|trình|chịu trách nhiệm trước|trách nhiệm trước|trước|của|theo|theo đề nghị của|đối với|cho|được|với|tại|thuộc|từ|bởi|như|và nhân dân|tạo điều kiện cho|hỗ trợ|hướng dẫn|đôn đốc|xin ý kiến|ý kiến của|chỉ đạo của|thẩm quyền của|kiểm tra)[ ]*$")
_LEAD_AFTER = re.compile(r"^[ ,]*(?:chủ trì|là cơ quan chủ trì|làm đầu mối|là đầu mối)")
_CLAUSE_BREAK = re.compile(r"[;.!?]|\b(?:để|nhằm)\b")
_SUBJECT_GAP = re.compile(r"[ ]*(?:các[ ]+)?")
_SEPARATOR = re.compile(r"^[ ,;]*(?:và|cùng|với|,|;)?[ ,]*(?:các[ ]+)?$")
_PREFIX = re.compile(r"^[ \-+•*–]*(?:\(?[0-9a-zđ]{1,3}[.)\-]+[ ]*)?(?:giao|đề nghị|yêu cầu|các)?[ ]*")
_SUBJECT_VERB_GAP = re.compile(r"^[ ,;:]*(?:và|cùng|,)?[ ]*$")

# "... Ủy ban nhân dân tỉnh xây dựng kế hoạch và tổ chức triển khai Nghị quyết", "Ban cán sự đảng
# Chính phủ lãnh đạo, chỉ đạo xây dựng chương trình hành động triển khai thực hiện Nghị quyết",
# "yêu cầu các Sở, ban, ngành và UBND các xã, phường nghiêm túc triển khai thực hiện Kế hoạch này".
_EXECUTOR = re.compile(r"""
    (?:xây[ ]dựng[ ](?:kế[ ]hoạch|chương[ ]trình[ ]hành[ ]động)(?:[ ]và)?(?:[ ]tổ[ ]chức)?(?:[ ]triển[ ]khai)?(?:[ ]thực[ ]hiện)?[ ](?:nghị[ ]quyết|kết[ ]luận|chỉ[ ]thị|chương[ ]trình|kế[ ]hoạch)
      # "chỉ đạo các bộ, ngành ... xây dựng và tổ chức thực hiện các chương trình, kế hoạch hành động cụ thể
      # để thực hiện Nghị quyết" (20-NQ/TW); not "kế hoạch hướng dẫn, vận động Nhân dân thực hiện Nghị quyết"
      |xây[ ]dựng(?:[ ]và[ ]tổ[ ]chức[ ]thực[ ]hiện)?[ ](?:các[ ])?(?:chương[ ]trình|kế[ ]hoạch)(?:(?!vận[ ]động|tuyên[ ]truyền|hướng[ ]dẫn)[^.;]){0,50}?(?:để[ ])?(?:triển[ ]khai[ ])?thực[ ]hiện[ ](?:nghị[ ]quyết|kết[ ]luận|chỉ[ ]thị)
      |(?:nghiêm[ ]túc[ ]|tổ[ ]chức[ ])?triển[ ]khai[ ]thực[ ]hiện[ ](?:nghiêm[ ]túc[ ])?(?:có[ ]hiệu[ ]quả[ ])?(?:kế[ ]hoạch|nghị[ ]quyết|chỉ[ ]thị|kết[ ]luận|chương[ ]trình)[ ]này
      |tổ[ ]chức[ ]thực[ ]hiện[ ](?:kế[ ]hoạch|nghị[ ]quyết|chỉ[ ]thị|kết[ ]luận|chương[ ]trình)[ ]này)
""", re.VERBOSE)
# "Bộ Chính trị yêu cầu các cấp uỷ, tổ chức đảng ... thực hiện tốt một số nhiệm vụ, giải pháp sau:"
_REPORT_TASK_HEAD = re.compile(r"(?:một số |các )?(?:kiến nghị|đề xuất|đề nghị|phương hướng|nhiệm vụ|giải pháp|kế hoạch)")
_PASS_DOWN_TASKS = re.compile(r"(?:nhiệm vụ|giải pháp|công việc)[^.;]{0,40}sau[ ]*:?[ ]*$")
_PASS_DOWN = re.compile(r"(?:nhiệm vụ|giải pháp|nội dung|công việc)[^.;]{0,40}sau[ ]*:?[ ]*$")


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


def _parent_chain(sec: Section, by_id: dict[str, Section]) -> list[Section]:
    out, sid = [sec], sec.id
    while "." in sid:
        sid = sid.rsplit(".", 1)[0]
        if sid in by_id:
            out.append(by_id[sid])
    return out


def _heading_text_key(doc: Document, s: Section) -> str:
    """The heading's matching key without its number ("4.2- Đầu tư ..." -> "đầu tư ...")."""
    hk = doc.key[s.start:s.heading_end]
    m = re.match(r"[ ]*(?:\(?[0-9ivxlIVXL.]{1,8}[.)\-–:]?|[a-zđA-H][.)\-–]|điều \d+[.:]|phụ lục[^\n]*)[ ]*", hk)
    return hk[m.end():] if m else hk


def classify_sections(doc: Document) -> dict[str, str]:
    """Section id -> 'task', 'org', 'other' or 'row' (a row of an assignment table)."""
    by_id = {s.id: s for s in doc.sections}
    out: dict[str, str] = {}
    for s in doc.sections:
        if s.id.startswith("PL") and s.heading_end != s.start and "." in s.id and s.id.split(".")[-1].isdigit() \
                and s.level == 2:
            out[s.id] = "row"
            continue
        kind = None
        for anc in _parent_chain(s, by_id):
            # the most specific heading that says what its part is decides: "II.3 Mục tiêu ..."
            # inside "II. QUAN ĐIỂM, MỤC TIÊU, NHIỆM VỤ VÀ GIẢI PHÁP" is not a task
            hk = _heading_text_key(doc, anc)
            # a title names its part; a long numbered sentence is content, not a title
            probe = hk[:80] if len(hk) <= 140 else hk[:30]
            if _ORG_HEAD.search(probe):
                kind = "org"
            elif _NOT_TASK_HEAD.search(hk[:60]):
                kind = "other"
            elif _TASK_HEAD.search(probe):
                kind = "task"
            if kind:
                break
        out[s.id] = kind or "none"
    return out


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
            if line.strip():
                lead = len(line) - len(line.lstrip(" -+•*–"))
                units.append(_Unit(s, pos + lead, end, False))
            pos = end + 1
    return units


def _clause_start(key: str, unit_start: int, pos: int) -> int:
    seg = key[unit_start:pos]
    last = 0
    for m in _CLAUSE_BREAK.finditer(seg):
        last = m.end()
    return unit_start + last


# a sentence may open with a time or a condition before its subject:
# "Định kỳ 6 tháng, hàng năm, giữa nhiệm kỳ, Sở Công Thương tổ chức sơ kết ..."
_ADVERBIAL = re.compile(r"(?:định kỳ|hằng năm|hàng năm|trong|trước|sau|căn cứ|trên cơ sở|khi|đối với|ngoài ra|đồng thời|để|nhằm|thực hiện)[^.;:]{0,120}?,[ ]*")
# "X ... có trách nhiệm phối hợp tổ chức thực hiện": a subject that only co-operates (not "X phối hợp với Y làm ...")
_SUPPORT_AFTER = re.compile(r"[ ,]*(?:[^.;,]{0,60}?[ ])?(?:có trách nhiệm|cần|chủ động)?[ ]*phối hợp(?![ ]+(?:chặt chẽ[ ]+)?với)")
_SENTENCE = re.compile(r"(?<=[.;:])[ ]+(?=[A-ZĐÀ-Ỹ])")
_COLON_LABEL = re.compile(r"(?:chủ trì|phối hợp|thực hiện|báo cáo|gửi|giao|đề nghị|kiến nghị|yêu cầu|với|gồm|như|sau|"
                          r"cơ quan|đơn vị|thời gian|thời hạn|sản phẩm)[^.;:]{0,12}:$")
# the closing formula of a report or letter is no task: "Trên đây là báo cáo ...", "... trân trọng báo cáo ..."
_CLOSING = re.compile(r"(?:trên đây là|(?:nghị quyết|quyết định|kế hoạch|chỉ thị|kết luận) này (?:đã được|có hiệu lực|được phổ biến|phổ biến)"
                      r"|[^\n]{0,120}(?:trân trọng báo cáo|kính báo cáo|xin trân trọng|trân trọng đề nghị))")
# in a report, work that is still open: a future bound, or words that look ahead
# ("chưa" alone is not one: reports describe shortcomings with it — "còn hạn chế, chưa ...")
_OPEN_CUE = re.compile(r"\b(?:tiếp tục|sẽ|phấn đấu|song đến nay|đến nay vẫn|chưa được (?:triển khai|giải quyết|thực hiện|hoàn thành|xử lý))\b")
_NUMBER_LABEL = re.compile(r"[ ]*(?:\(?[0-9ivxlIVXL.]{1,8}[.)\-–:]?|[a-zđA-H][.)\-–])[ ]*")


# a subject that hands the work on: "Bộ Chính trị yêu cầu ...", "UBND tỉnh đã giao ...", "Sở Công Thương kiến nghị ..."
_ASSIGNER_AFTER = re.compile(r"[ ,]*(?:đã[ ]+|cũng[ ]+)?(?:giao|yêu cầu|đề nghị|kiến nghị|đề xuất)\b")
# a subject whose action is done or under way (a report's past, not a task): "Sở Công Thương đã xin ý kiến", "đang tập trung"
_DONE_AFTER = re.compile(r"[ ,]*(?:đã|đang|vừa)\b")


def _own_voice(key: str, clause_start: int, pos: int, mentions: list[AgencyMention]) -> bool:
    """"Kiến nghị UBND tỉnh ...", "Sở Công Thương kiến nghị UBND tỉnh ...": the document's own proposal
    (its addressee leads it), not "Xem xét, kiến nghị Chính phủ ..." inside a task (a level it goes to)."""
    seg = key[clause_start:pos]
    for m in mentions:
        if clause_start <= m.start and m.end <= pos:
            seg = seg.replace(key[m.start:m.end], "", 1)
    return re.fullmatch(r"[\W\d]*(?:[a-zđ][.)][ ]*)?(?:\w+[ ]+){0,1}(?:kiến nghị|đề nghị|đề xuất)[ ]*", seg) is not None


def _chain_end(key: str, first: AgencyMention, mentions: list[AgencyMention]) -> int:
    """The end of the list of bodies that starts with ``first`` ("Sở A, Sở B và UBND xã ...")."""
    end = first.end
    for m in mentions:
        if m.start >= end and _SEPARATOR.match(key[end:m.start]):
            end = m.end
        elif m.start >= end:
            break
    return end


def _subject_starts(doc: Document, unit: _Unit) -> list[int]:
    """Where a subject may stand: the start of each sentence of the unit, after its number,
    bullet, "Giao"/"Đề nghị"/"Yêu cầu" and a leading adverbial phrase."""
    key = doc.key
    starts = [unit.start]
    if unit.is_heading:
        m = _NUMBER_LABEL.match(doc.text, unit.start, unit.end)
        starts = [m.end() if m else unit.start]
    for m in _SENTENCE.finditer(doc.text, unit.start, unit.end):
        if doc.text[m.start() - 1] == ":" and _COLON_LABEL.search(key, max(unit.start, m.start() - 50), m.start()):
            continue  # "Đơn vị phối hợp: Phòng ...": a label, not the end of a sentence
        starts.append(m.end())
    out = []
    for pos in starts:
        h = _PREFIX.match(key, pos)
        pos = h.end() if h else pos
        a = _ADVERBIAL.match(key, pos)
        out.append(pos)
        if a:
            end = a.end()
            # "Định kỳ 6 tháng, hàng năm, giữa nhiệm kỳ, Sở Công Thương ...": more short time phrases
            while (m2 := re.match(r"[a-zđà-ỹ][^,.;:\n]{0,30},[ ]*", doc.text[end:end + 40])) and len(m2.group(0).split()) <= 5:
                end += m2.end()
            out.append(end)
    return out


def _roles_in_unit(doc: Document, unit: _Unit, mentions: list[AgencyMention]) -> list[tuple[AgencyMention, str]]:
    """(mention, role) for the mentions of one unit that carry a role."""
    key = doc.key
    out: list[tuple[AgencyMention, str]] = []
    prev_role: str | None = None
    prev_end = None
    subject_starts = _subject_starts(doc, unit)
    in_subject = False
    for m in mentions:
        role = None
        between = key[prev_end:m.start] if prev_end is not None else None
        at_subject = any(abs(m.start - p) <= 3 or (p <= m.start and _SUBJECT_GAP.fullmatch(key, p, m.start))
                         for p in subject_starts)
        if at_subject and _ASSIGNER_AFTER.match(key, _chain_end(key, m, mentions)):
            role, in_subject = None, False   # "UBND tỉnh giao Sở Tài chính ...": the assigner is not the lead
        elif at_subject:
            role, in_subject = "lead", True
            if _SUPPORT_AFTER.match(key, _chain_end(key, m, mentions)):
                role = "support"
        elif in_subject and prev_role in ("lead", "support") and between is not None and _SEPARATOR.match(between):
            role = prev_role
        else:
            in_subject = False
            cs = _clause_start(key, unit.start, m.start)
            before = key[max(cs, m.start - 80):m.start]
            if prev_role and between is not None and _SEPARATOR.match(between):
                role = prev_role
            elif _SUPPORT_BEFORE.search(before):
                role = "support"
            elif _REPORT_BEFORE.search(before):
                role = "report_to"
            elif _LEAD_BEFORE.search(before):
                role = "lead"
            elif (doc.header and doc.header.kind == "report" and _LEAD_BEFORE_REPORT.search(before)
                  and _own_voice(key, cs, m.start, mentions)):
                role = "lead"
            elif _LEAD_AFTER.match(key, m.end) and not _EXCLUDE_BEFORE.search(before):
                role = "lead"
        if role and m.kind == "person" and m.names[0].startswith(("Chủ tịch", "Thủ tướng")) and role != "lead":
            role = None  # "báo cáo Chủ tịch UBND tỉnh": the level a product goes to
        if role:
            out.append((m, role))
        prev_role, prev_end = role, m.end
    return out


def _heading_only_agencies(doc: Document, s: Section, mentions: list[AgencyMention]) -> list[AgencyMention]:
    """A heading that only names bodies ("8. Thanh tra tỉnh", "1. Các Sở, ban, ngành, UBND các xã, phường")."""
    text = doc.key[s.start:s.heading_end]
    m = re.match(r"[ ]*(?:\(?[0-9ivxlIVXL.]{1,8}[.)\-–:]?|[a-zđ][.)\-–])[ ]*", text)
    rest_start = s.start + (m.end() if m else 0)
    inside = [x for x in mentions if rest_start <= x.start < s.heading_end]
    if not inside:
        return []
    residue = doc.key[rest_start:s.heading_end]
    for x in reversed(inside):
        residue = residue[:x.start - rest_start] + residue[x.end - rest_start:]
    residue = re.sub(r"\b(?:các|và|có trách nhiệm|chủ trì|tỉnh)\b|[ ,;:.\-–]", "", residue)
    return inside if len(residue) <= 2 else []


def extract_tasks(doc: Document, mentions: list[AgencyMention], deadlines: list[Deadline],
                  body: Body) -> list[Task]:
    sections = tuple(s for s in doc.sections)
    if not sections:
        return []
    by_id = {s.id: s for s in sections}
    kids = _children(sections)
    kinds = classify_sections(doc)
    cite_spans = [(c.start, c.end) for c in doc.citations]
    usable = [m for m in mentions if not any(s <= m.start < e for s, e in cite_spans)]
    units = _units(doc, sections, kids)
    has_task_parts = any(k in ("task", "org") for k in kinds.values())

    # who a heading names passes to the section and its descendants
    heading_leads: dict[str, list[AgencyMention]] = {}
    for s in sections:
        hl = _heading_only_agencies(doc, s, usable)
        if hl:
            heading_leads[s.id] = hl

    # a section headed by the bodies it addresses ("2. Thanh tra tỉnh") is part of the assignments,
    # whatever its part is called, and so are its sub-items
    for s in sections:
        if kinds.get(s.id) in ("none", "task", "org") and any(a.id in heading_leads for a in _parent_chain(s, by_id)):
            kinds[s.id] = "org" if kinds.get(s.id) == "none" else kinds[s.id]
    # "... thực hiện tốt một số nhiệm vụ trọng tâm sau:" before the first item, or in a section's
    # intro: the items below are tasks whatever their headings say
    if _PASS_DOWN_TASKS.search(doc.key[max(0, sections[0].start - 400):sections[0].start].rstrip()):
        for s in sections:
            if kinds.get(s.id) == "none":
                kinds[s.id] = "task"
    for s in sections:
        if kids[s.id] and _PASS_DOWN_TASKS.search(doc.key[s.heading_end:kids[s.id][0].start].rstrip()):
            for k in kids[s.id]:
                for d in [k] + [x for x in sections if x.id.startswith(k.id + ".")]:
                    if kinds.get(d.id) in ("none", "other"):
                        kinds[d.id] = "task"
    has_task_parts = any(k in ("task", "org") for k in kinds.values())

    def inherited_leads(sec: Section) -> list[AgencyMention]:
        for anc in _parent_chain(sec, by_id):
            if anc.id in heading_leads:
                return heading_leads[anc.id]
        return []

    # bodies named before a list of items ("... yêu cầu các cấp ủy, ... thực hiện tốt các nhiệm vụ sau:")
    pass_down = _pass_down_agencies(doc, sections, usable)

    tasks: list[Task] = []
    explicit_by_section: dict[str, set[str]] = {}
    counter: dict[str, int] = {}
    is_report = bool(doc.header and doc.header.kind == "report")
    if is_report:
        # a report's headings describe what was done ("Công tác triển khai thực hiện ..."); its task
        # part is only where it proposes or plans ("Kiến nghị", "Đề xuất", "Phương hướng, nhiệm vụ ...")
        for s in sections:
            if kinds.get(s.id) == "row":
                continue
            chain = _parent_chain(s, by_id)
            kinds[s.id] = "org" if any(_REPORT_TASK_HEAD.match(_heading_text_key(doc, a)) for a in chain) else "other"
    section_intro_leads = _intro_pass_down(doc, sections, kids, usable)
    for u in units:
        kind = kinds.get(u.section.id, "none")
        if kind == "row":
            continue
        if has_task_parts and kind not in ("task", "org") and not is_report:
            continue
        if u.start not in body:
            continue
        in_unit = [m for m in usable if u.start <= m.start < u.end]
        roles = _roles_in_unit(doc, u, in_unit)
        if u.is_heading and u.section.id in heading_leads:
            roles = []  # the heading's bodies pass to its content
        future = any(u.start <= d.start < u.end for d in deadlines)
        if is_report and not future:
            # a report's finished or ongoing work is not a task: "Sở Công Thương đã xin ý kiến ..."
            roles = [(m, r) for m, r in roles
                     if not (r == "lead" and _DONE_AFTER.match(doc.key, _chain_end(doc.key, m, in_unit)))]
        assigned: list[Assignment] = []
        for m, role in roles:
            for name in m.names:
                assigned.append(Assignment(name, role, "explicit", m.text, m.start, m.end))
        if not any(a.role == "lead" for a in assigned) and not (u.is_heading and u.section.id in heading_leads):
            # a heading or a preamble that names the bodies assigns them (explicit); an intro that
            # addresses a proposal to a body leaves the items to it by inference
            named = inherited_leads(u.section) or (pass_down if _is_top_item(u.section, pass_down, doc) else [])
            source = "explicit"
            if not named:
                named, source = section_intro_leads.get(u.section.id, []), "inferred"
            for m in named:
                for name in m.names:
                    assigned.append(Assignment(name, "lead", source, m.text, m.start, m.end))
        if is_report and kind not in ("task", "org"):
            # outside its proposals, a report's figures and deeds are the past: keep only open work
            if not (future or _OPEN_CUE.search(doc.key[u.start:u.end])):
                assigned = []
        if is_report and not assigned and not future:
            continue  # in a report, only open work with someone to do it is a task
        if _CLOSING.match(doc.key, u.start):
            continue
        text = doc.text[u.start:u.end]
        if u.is_heading:
            if kids[u.section.id] and not assigned:
                continue  # a heading over sub-items is not itself a task
            if not assigned and any(x.section is u.section and not x.is_heading for x in units):
                continue  # the content below carries the task
        if not text.strip():
            continue
        counter[u.section.id] = counter.get(u.section.id, 0) + 1
        dl = next((d.value for d in deadlines if u.start <= d.start < u.end), None)
        seen = set()
        uniq = []
        for a in assigned:
            if (a.agency, a.role) not in seen:
                seen.add((a.agency, a.role))
                uniq.append(a)
        tasks.append(Task(id=f"{u.section.id}#{counter[u.section.id]}", section=u.section.id, text=text,
                          start=u.start, end=u.end, deadline=dl, assignments=tuple(uniq)))
        explicit_by_section.setdefault(u.section.id, set()).update(a.agency for a in uniq)

    tasks += _table_rows(doc, sections, kinds, usable, deadlines)
    return _infer(doc, tasks, sections, kids, kinds, usable, explicit_by_section, body)


def _intro_pass_down(doc: Document, sections, kids, mentions: list[AgencyMention]) -> dict[str, list[AgencyMention]]:
    """Child section id -> the bodies that the intro of its parent charges with the items below:
    "Sở Công Thương kiến nghị UBND tỉnh xem xét, chỉ đạo một số nội dung sau:" passes UBND tỉnh
    to each item that names no lead of its own."""
    out: dict[str, list[AgencyMention]] = {}
    for s in sections:
        if not kids[s.id]:
            continue
        intro_end = kids[s.id][0].start
        intro_key = doc.key[s.heading_end:intro_end].rstrip()
        if not (_PASS_DOWN.search(intro_key) or re.search(r"(?:^|\n)[ ]*(?:đề nghị|kiến nghị|yêu cầu|giao)[^\n]{3,160}:$", intro_key)):
            continue
        cue = list(re.finditer(r"yêu cầu|đề nghị|kiến nghị|giao", intro_key))
        if not cue:
            continue
        at = s.heading_end + cue[-1].end()
        chain = [m for m in mentions if at <= m.start < intro_end]
        if not chain:
            continue
        first = [chain[0]] + [m for m in chain[1:] if _SEPARATOR.match(doc.key[chain[0].end:m.start]) is not None]
        for k in kids[s.id]:
            out[k.id] = first
    return out


def _is_top_item(sec: Section, pass_down: list[AgencyMention], doc: Document) -> bool:
    return bool(pass_down) and sec.start > pass_down[-1].end and "." not in sec.id and sec.id[:1].isdigit()


def _pass_down_agencies(doc: Document, sections: tuple[Section, ...], mentions: list[AgencyMention]) -> list[AgencyMention]:
    first = sections[0]
    # the sentence just before the first numbered item
    para_end = len(doc.text[:first.start].rstrip())
    para_start = doc.text.rfind("\n", 0, para_end) + 1
    seg_key = doc.key[para_start:para_end]
    if not _PASS_DOWN.search(seg_key):
        return []
    ym = list(re.finditer(r"yêu cầu|đề nghị|giao", seg_key))
    if not ym:
        return []
    at = para_start + ym[-1].end()
    return [m for m in mentions if at <= m.start < first.start]


def _infer(doc: Document, tasks: list[Task], sections: tuple[Section, ...], kids, kinds, mentions,
           explicit_by_section: dict[str, set[str]], body: Body) -> list[Task]:
    executors = _executors(doc, mentions, body)
    if not executors:
        return tasks
    by_section: dict[str, list[int]] = {}
    for i, t in enumerate(tasks):
        by_section.setdefault(t.section, []).append(i)
    out = list(tasks)
    for s in sections:
        if kinds.get(s.id) != "task" or kids[s.id]:
            continue
        if _NOT_TASK_HEAD.search(doc.key[s.start:s.heading_end].split(" ", 1)[-1][:60]):
            continue
        have = explicit_by_section.get(s.id, set())
        add = [Assignment(name, "lead", "inferred") for name in executors if name not in have]
        if not add:
            continue
        if s.id in by_section:
            for i in by_section[s.id]:   # every task of the section falls to the executors
                t = out[i]
                own = {a.agency for a in t.assignments}
                extra = tuple(a for a in add if a.agency not in own)
                out[i] = Task(t.id, t.section, t.text, t.start, t.end, t.deadline, t.assignments + extra)
        else:
            out.append(Task(f"{s.id}#1", s.id, doc.text[s.start:s.heading_end], s.start, s.heading_end, None,
                            tuple(add)))
    return out


def _executors(doc: Document, mentions: list[AgencyMention], body: Body) -> list[str]:
    """The bodies that carry out the whole document, from the organisation part or the closing lines."""
    names: list[str] = []
    for m in _EXECUTOR.finditer(doc.key):
        if m.start() not in body:
            continue
        para_start = max(doc.key.rfind("\n", 0, m.start()) + 1, 0)
        sent_start = max(para_start, doc.key.rfind(". ", para_start, m.start()) + 1)
        window = [x for x in mentions if sent_start <= x.start < m.start()]
        if not window:
            continue
        # the subject chain: the first mentions of the sentence, or those after "yêu cầu"
        yc = doc.key.rfind("yêu cầu", sent_start, m.start())
        if yc >= 0:
            window = [x for x in window if x.start > yc]
        chain = [window[0]]
        for x in window[1:]:
            if _SEPARATOR.match(doc.key[chain[-1].end:x.start]):
                chain.append(x)
            else:
                break
        for x in chain:
            for n in x.names:
                if n not in names:
                    names.append(n)
    return names


# ---------------------------------------------------------------- assignment tables

_COL_LEAD = re.compile(r"chủ trì|cơ quan thực hiện|đơn vị thực hiện|thực hiện")
_COL_SUPPORT = re.compile(r"phối hợp")
_COL_TIME = re.compile(r"thời gian|thời hạn|tiến độ")
_COL_TASK = re.compile(r"nhiệm vụ|nội dung|công việc|tên")
_TIMEISH = re.compile(r"^(?:xong|hoàn thành|trong|trước|từ|năm|quý|tháng|hằng|hàng|thường xuyên|định kỳ|giai đoạn|\d{4}|\d{1,2}/\d{4})", re.I)


def _table_rows(doc: Document, sections, kinds, mentions: list[AgencyMention], deadlines: list[Deadline]) -> list[Task]:
    """One task per row of an assignment table (appendix rows ``PL1.<n>``).

    Rows arrive one cell per line (Word tables as text).  The first non-empty lines hold the
    task; lines made of agency names are the lead and then the support cell; a time phrase is
    the deadline cell.
    """
    tasks = []
    rows = [s for s in sections if kinds.get(s.id) == "row"]
    for s in rows:
        lines = []
        pos = s.heading_end if s.heading else s.start
        # the row number line, then its cells
        nl = doc.text.find("\n", s.start)
        pos = nl + 1 if 0 <= nl < s.end else s.end
        while pos < s.end:
            e = doc.text.find("\n", pos, s.end)
            e = s.end if e < 0 else e
            if doc.text[pos:e].strip():
                lines.append((pos, e))
            pos = e + 1
        if not lines:
            continue
        task_span = lines[0]
        cells = []
        for (a, b) in lines[1:]:
            inside = [m for m in mentions if a <= m.start < b]
            covered = sum(m.end - m.start for m in inside)
            if inside and covered >= 0.5 * len(doc.text[a:b].strip()):
                cells.append(("agency", a, b, inside))
            elif _TIMEISH.match(doc.text[a:b].strip()):
                cells.append(("time", a, b, []))
            elif not cells:
                task_span = (task_span[0], b)  # the task text goes on over several lines
            else:
                cells.append(("other", a, b, []))
        agency_cells = [c for c in cells if c[0] == "agency"]
        assigned: list[Assignment] = []
        for i, (_, a, b, inside) in enumerate(agency_cells[:2]):
            role = "lead" if i == 0 else "support"
            for m in inside:
                for n in m.names:
                    assigned.append(Assignment(n, role, "explicit", m.text, m.start, m.end))
        dl = next((d.value for d in deadlines if s.start <= d.start < s.end), None)
        seen, uniq = set(), []
        for a in assigned:
            if (a.agency, a.role) not in seen:
                seen.add((a.agency, a.role))
                uniq.append(a)
        tasks.append(Task(id=f"{s.id}#1", section=s.id, text=doc.text[task_span[0]:task_span[1]],
                          start=task_span[0], end=task_span[1], deadline=dl, assignments=tuple(uniq)))
    return tasks
