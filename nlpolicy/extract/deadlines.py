"""Deadlines: forward-looking time bounds on obligations, chosen from the time expressions.

:func:`nlpolicy.extract.timegrammar.find_times` finds and values every time
expression; this module decides which ones bind an obligation (DOMAIN.md
section 4).  Not deadlines: the document's own date (header), dates inside
citations of other documents ("Chỉ thị số 11-CT/TU ngày 04/01/2026"), years in
the titles of other documents ("Quy hoạch ... thời kỳ 2021 - 2030, tầm nhìn đến
năm 2050"), the horizon of an older resolution, past periods, a report's data
cut-off ("tính đến ngày 18/6/2026"), bare dates of past events.
"""
from __future__ import annotations

import re

from nlpolicy.extract.timegrammar import TimeExpr, find_times
from nlpolicy.types import Body, Deadline, Document

# A capitalised document type shortly before a time: the time is inside that document's title.
_TITLE_HEAD = re.compile(
    r"(?:Quy hoạch|Chiến lược|Chương trình|Đề án|Kế hoạch|Nghị quyết|Kết luận|Chỉ thị|Luật|Quyết định"
    r"|Nghị định|Thông tư|Dự án|Văn kiện)(?=[ ])")
_TITLE_TIME = re.compile(r"^(?:giai đoạn|thời kỳ|đến năm|tầm nhìn|có xét|định hướng|năm|\(?\d{4})", re.I)
_CUTOFF = re.compile(r"(?:tính|tổng hợp|số liệu|cập nhật|lũy kế|luỹ kế|báo cáo)[^.;\n]{0,40}$")
_BREAK = re.compile(r"[.;!?\n]")
_NOMINAL_HEAD = re.compile(r"\b(?:ngân sách|kế hoạch|chương trình|công tác|khen thưởng|thi đua|tổng chi|kinh phí|dự toán|"
                           r"vốn|thu nhập|sản lượng|tăng trưởng|theo)\b")
_OBLIGATION_VERB = re.compile(r"\b(?:bố trí|tổ chức|xây dựng|báo cáo|thực hiện|triển khai|rà soát|kiểm tra|đánh giá|sơ kết|"
                              r"tổng kết|cập nhật|công bố|ban hành|phê duyệt|trình|gửi)\b")
_HORIZON = re.compile(r"(?:định hướng|tầm nhìn|có xét)")


def _nominal_recurring(doc: Document, t: TimeExpr) -> bool:
    """"hằng năm" qualifying a noun ("Kế hoạch phát triển kinh tế - xã hội hằng năm", "tổng chi ngân sách
    nhà nước hằng năm") and not an action ("Ưu tiên bố trí hằng năm", "Hàng năm, chủ động xây dựng ...")."""
    if not re.match(r"(?:hằng|hàng|mỗi)[ ]", doc.key[t.start:t.end]):
        return False   # "trước ngày 18 hằng tháng", "định kỳ hằng năm": an obligation's rhythm
    seg = doc.key[max(0, t.start - 80):t.start]
    seg = re.split(r"[.;:,\n]", seg)[-1]
    heads = list(_NOMINAL_HEAD.finditer(seg))
    if not heads:
        return False
    return not _OBLIGATION_VERB.search(seg[heads[-1].end():])


def _horizon_after_time(doc: Document, t: TimeExpr, times: list[TimeExpr]) -> bool:
    """A horizon right after another time ("đến năm 2025, định hướng đến năm 2030") belongs to a title."""
    if not _HORIZON.match(doc.key, t.start):
        return False
    return any(0 <= t.start - o.end <= 4 and re.fullmatch(r"[ ]*(?:,|và)[ ]*", doc.key[o.end:t.start])
               for o in times if o is not t)
# a verb of doing between the title head and the time breaks the title ("Kế hoạch ... hoàn thành trong năm 2026")
_ACTION = re.compile(r"\b(?:hoàn thành|xong|thực hiện xong|trình|ban hành|triển khai|phấn đấu|đạt|bảo đảm|đảm bảo|đưa vào)\b")


def reference_year(doc: Document) -> int | None:
    """The year the document speaks from: its date, the year on its date line, or, for an
    undated resolution "... đến năm 2020", four years before that horizon (a five-year term)."""
    h = doc.header
    if h and h.date:
        return int(h.date[:4])
    head = doc.text[:min(len(doc.text), (doc.sections[0].start if doc.sections else 1500))]
    m = re.search(r"ngày[ ]*\d{0,2}[ ]*tháng[ ]*\d{0,2}[ ]*năm[ ]*((?:19|20)\d{2})", head)
    if m:
        return int(m.group(1))
    if h and h.title:
        ys = [int(y) for y in re.findall(r"đến năm ((?:19|20)\d{2})", h.title)]
        if ys:
            return min(ys) - 4
    return None


def _in_other_title(doc: Document, t: TimeExpr) -> bool:
    if not _TITLE_TIME.match(t.text):
        return False
    floor = t.start - 200
    seg = doc.text[max(0, floor):t.start]
    cut = max((m.end() for m in _BREAK.finditer(seg)), default=0)
    seg = seg[cut:]
    heads = list(_TITLE_HEAD.finditer(seg))
    if not heads:
        return False
    between = doc.key[t.start - len(seg) + heads[-1].end():t.start]
    if _ACTION.search(between):
        return False
    # a title ends with its horizon: "Quy hoạch tỉnh ... thời kỳ 2021 - 2030, tầm nhìn đến năm 2050,
    # trên địa bàn tỉnh đến năm 2030 hình thành 56 cụm" -- the second 2030 is a bound
    if re.search(r"(?:tầm nhìn|có xét (?:tới|đến))[^,;]{0,20}\d{4}", between):
        return False
    # "Theo Quy hoạch tỉnh ... (điều chỉnh), đến năm 2030 hình thành 56 cụm": the title closed
    if ")" in between and not re.match(r"(?:tầm nhìn|có xét|định hướng)", doc.key[t.start:t.end]):
        return False
    return True


def _after_citation(doc: Document, t: TimeExpr) -> bool:
    """"Nghị quyết số 28-NQ/TU của Tỉnh ủy (khóa X) ... về phát triển ... đến năm 2010": a time in
    the title that follows a citation, in the same clause."""
    for c in doc.citations:
        if c.start <= t.start < c.end:
            return True
        if c.end <= t.start <= c.end + 250:
            between = doc.text[c.end:t.start]
            if not _BREAK.search(between) and re.search(r"\bvề\b", between) and not _ACTION.search(doc.key[c.end:t.start]):
                return True
    return False


def extract_deadlines(doc: Document, body: Body, times: list[TimeExpr] | None = None) -> list[Deadline]:
    times = times if times is not None else find_times(doc.text)
    ref = reference_year(doc)
    ref_date = doc.header.date if doc.header else None
    out: list[Deadline] = []
    for t in times:
        if t.relation is None:
            continue          # a bare date is an event, not a bound
        if t.relation == "every" and _nominal_recurring(doc, t):
            continue          # "ngân sách hằng năm", "kế hoạch công tác hằng năm": a kind of thing, not a bound
        if _horizon_after_time(doc, t, times):
            continue          # "chương trình ... đến năm 2025, định hướng đến năm 2030": a title's horizon
        if t.start not in body:
            continue
        if _after_citation(doc, t) or _in_other_title(doc, t):
            continue
        if t.years and ref is not None and max(t.years) < ref:
            continue          # a past period or year
        after = doc.key[t.end:t.end + 80]
        if t.kind == "date" and re.search(r"\bđã\b", re.split(r"[.;\n]", after)[0]):
            continue          # "Đến ngày 25/02/2026, Chủ tịch UBND tỉnh đã phê duyệt ...": a past event
        before = doc.key[max(0, t.start - 60):t.start]
        if t.kind == "date" and t.relation == "by" and _CUTOFF.search(before):
            continue          # "tính đến ngày 18/6/2026": a data cut-off
        if t.kind == "date" and ref_date and t.value < ref_date and t.relation == "by":
            continue
        sec = doc.section_at(t.start)
        out.append(Deadline(value=t.value, relation=t.relation, section=sec.id if sec else None,
                            text=t.text, start=t.start, end=t.end))
    return out
