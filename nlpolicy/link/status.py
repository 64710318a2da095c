"""Where each task of a resolution stands, read from the documents that carry it out.

    >>> from nlpolicy.link.status import task_statuses                     # doctest: +SKIP
    >>> task_statuses(ex57, [ex03, ex402], as_of=datetime.date(2025, 5, 25))["III.3#1"].status  # doctest: +SKIP
    'Đang thực hiện'

Three steps, one function each:

1. :func:`readings`: every statement of progress in an implementing document, with its evidence:
   a row of a progress table (a column "TIẾN ĐỘ" / "Tình trạng" read as ``PROGRESS`` by
   :mod:`nlpolicy.tables`: "Hoàn thành", "Đang thực hiện", "Quá hạn"; a "Kết quả thực hiện"
   cell when there is no such column), and, in a report, a sentence that says how a piece of
   work stands ("đã ban hành ...", "đang triển khai", "chưa triển khai", "chậm tiến độ");
   a part that looks ahead or proposes ("Nhiệm vụ thời gian tới", "Kiến nghị") says nothing of
   progress.  The cues are in :mod:`nlpolicy.link.patterns`.
2. :func:`match_readings`: each statement goes to the resolution tasks its wording matches
   best (TF-IDF cosine of the texts, of the statement's heading with the task's section
   heading, shared named projects, the share of the task found in the statement), when the score
   reaches ``threshold``; a plan that states one piece of work as a task, a body's duty and an
   annex row hears it in each (the best of each group).
3. :func:`decide`: a task's statements give its status: any late one makes it "Quá hạn";
   all done, "Hoàn thành"; some in progress (or done and not started), "Đang thực hiện"; all not
   started, "Chưa thực hiện"; none, "Chưa có thông tin".  On ``as_of``, a statement of work not
   done whose own deadline (the row's "Thời gian" cell) has passed, or a task not done whose
   deadline in the resolution has passed, is "Quá hạn".  Only the latest document that speaks of
   a task is heard; documents dated after ``as_of`` are not, unless they say their figures stand on
   ``as_of`` or before (:func:`data_cut_off`).

Only documents that carry out the resolution count (:mod:`nlpolicy.link.screen`).  ``as_of``
is always the caller's: the command line gives today's date, this module never reads a clock.
"""
from __future__ import annotations

import calendar
import datetime
import re
from dataclasses import dataclass
from typing import Sequence

from nlpolicy.extract.deadlines import data_cut_off
from nlpolicy.link import patterns as px
from nlpolicy.link.models import (DONE, IN_PROGRESS, NO_INFO, NOT_STARTED, OVERDUE, DocInfo, Screening,
                                  TaskStatus)
from nlpolicy.textfold import fold
from nlpolicy.types import Document, Extraction, Task
from nlpolicy.zones import zone_at

__all__ = ["task_statuses", "readings", "match_readings", "decide", "read_status", "last_day", "Reading",
           "Weights", "DEFAULT_THRESHOLD"]

# Chosen on corpus/gold/links/status_*.json (bench/link_eval.py): see bench/README.md.
DEFAULT_THRESHOLD = 0.3
# A statement also goes to a second task whose score is this close to its best one
# ("Xây dựng nền tảng đào tạo trực tuyến" serves both the awareness and the training task).
TIE = 0.9


# ---------------------------------------------------------------- reading one statement

def read_status(text: str, *, cell: bool = False) -> tuple[str, int, int] | None:
    """The status a statement gives, and where its cue stands in ``text``.

    A progress cell is read whole ("Hoàn thành"); a sentence by its cues, late before not
    started before in progress before done: "đã ban hành ..., 02 cơ quan đang trình" is in
    progress.

    >>> read_status("Hoàn thành", cell=True)[0], read_status("Đang thực hiện", cell=True)[0]
    ('Hoàn thành', 'Đang thực hiện')
    >>> read_status("Đạt chỉ tiêu năm 2027", cell=True)[0]      # a year's step of a task that runs on
    'Đang thực hiện'

    >>> read_status("Bộ Tư pháp đã trình Chính phủ dự thảo Nghị định, dự kiến ban hành trong tháng 6")[0]
    'Đang thực hiện'
    >>> read_status("Hoàn thành xây dựng kế hoạch hành động") is None   # a task's verb, not a status
    True
    >>> read_status("Sở đã trình Ủy ban nhân dân tỉnh ngày 12/5 và Ủy ban nhân dân tỉnh đã phê duyệt Đề án")[0]
    'Hoàn thành'
    """
    if cell:
        m = px.STATUS_CELL_DONE.match(text)
        if m and not px.STATUS_OVERDUE.search(text) and not px.STATUS_IN_PROGRESS.search(text):
            if m.group(0).strip().lower().endswith("đạt") and _short_of_whole(text):
                return IN_PROGRESS, m.start(), m.end()   # "Đạt 90,3%", "Đạt 88/102 xã": so far, not all
            if _A_YEARS_STEP.search(text):
                return IN_PROGRESS, m.start(), m.end()   # "Đạt chỉ tiêu năm 2027": a year's step of a longer task
            return DONE, m.start(), m.end()
    # the main clause says how the work stands, its reason does not ("đã ban hành ... (chậm 10 ngày do phải lấy ý kiến
    # các xã)"); a clause with no word of progress leaves it to the reason
    main = px.REASON.split(text)[0]
    in_main = [bool(pattern.search(main)) for _, pattern in _STATUS_CUES]
    for (status, pattern), said in zip(_STATUS_CUES, in_main):
        if any(in_main) and not said:
            continue
        m = pattern.search(text)
        if m:
            if status == IN_PROGRESS and "trình" in m.group(0).lower() and (done := px.STATUS_DONE.search(main)) \
                    and done.end() > m.start():
                # submitted, then issued or approved: "đã trình ... và Ủy ban nhân dân tỉnh đã phê duyệt", "đã tham
                # mưu ... trình Hội đồng nhân dân tỉnh ban hành Nghị quyết số 41"
                return DONE, done.start(), done.end()
            if status == DONE and (part := _DONE_PART.match(text, m.end())) and _number(part[1]) < _number(part[2]):
                return IN_PROGRESS, m.start(), part.end()     # "đã hoàn thành 6,1/9,2 km": part of it
            if status == DONE and m.group(0).lower().endswith(("thành lập", "công nhận")) \
                    and (count := _DONE_COUNT.match(text, m.end())):
                return IN_PROGRESS, m.start(), count.end()   # "đã thành lập mới 23 tổ hội": so many so far
            return status, m.start(), m.end()
    return None


# a progress cell that measures against one year's figure of a task set for several ("Đạt chỉ tiêu năm 2027",
# "Vượt kế hoạch năm 2026"): that step is reached, the task goes on
_A_YEARS_STEP = re.compile(r"(?i)(?:chỉ tiêu|kế hoạch|mục tiêu|lộ trình)[ ]+(?:của[ ]+)?năm[ ]+(?:19|20)\d{2}")


# late before not started before in progress before done
_STATUS_CUES = ((OVERDUE, px.STATUS_OVERDUE), (NOT_STARTED, px.STATUS_NOT_STARTED), (IN_PROGRESS, px.STATUS_IN_PROGRESS),
                (DONE, px.STATUS_DONE))
# a count right after a verb of forming or recognising: groups or products counted, work that goes on ("đã thành
# lập mới 23 tổ hội, chi hội", "đã công nhận thêm 12 sản phẩm"), not a share reached ("đã thành lập 100% ...")
_DONE_COUNT = re.compile(r"[ ]+(?:mới[ ]|thêm[ ])?\d[\d.]*(?:,\d+)?[ ]+[^\W\d_]+")
_DONE_PART = re.compile(r"[ ]+(\d[\d.]*(?:,\d+)?)[ ]*/[ ]*(\d[\d.]*(?:,\d+)?)(?![\d/])")


def _number(s: str) -> float:
    return float(s.replace(".", "").replace(",", "."))


def _short_of_whole(text: str) -> bool:
    """A share under 100% or a part of a whole ("88/102") in ``text``."""
    return any(int(a.replace(".", "")) < int(b.replace(".", "")) for a, b in px.FRACTION.findall(text)) \
        or any(float(p.replace(",", ".")) < 100 for p in px.PERCENT.findall(text))


def judge_result(text: str) -> tuple[str, int, int] | None:
    """The status a result cell gives in free text, with no word of progress of its own, as staff judge it: nothing
    done yet, part of it done, a document issued or an event held, or work counted.

    >>> judge_result("Chưa chọn đơn vị tư vấn; chờ ý kiến của Bộ")[0]
    'Chưa thực hiện'
    >>> judge_result("Quyết định số 15/QĐ-UBND ngày 02/3/2027")[0], judge_result("Khánh thành ngày 19/5/2027")[0]
    ('Hoàn thành', 'Hoàn thành')
    >>> judge_result("Vận hành từ 01/2027; 120/300 hộ đã kết nối")[0], judge_result("Số hóa 5.200 ha (64% diện tích)")[0]
    ('Đang thực hiện', 'Đang thực hiện')
    >>> judge_result("Cấp mới 18 giấy chứng nhận; lũy kế 75")[0]
    'Đang thực hiện'
    >>> judge_result("Theo Kế hoạch") is None
    True
    """
    if m := px.RESULT_NONE.match(text):
        return NOT_STARTED, m.start(), m.end()
    part = px.RESULT_PARTIAL.search(text)
    if part or _short_of_whole(text):
        return IN_PROGRESS, (part.start() if part else 0), (part.end() if part else len(text))
    if m := px.RESULT_DONE.search(text):
        return DONE, m.start(), m.end()
    if m := px.RESULT_FIGURE.search(text):
        return IN_PROGRESS, m.start(), m.end()
    return None


def last_day(value: str | None, relation: str | None = None) -> datetime.date | None:
    """The last day a deadline allows, from its contract value; None for a recurring duty.

    "trước ngày 01/7/2019" ends on 30/6; "đến ngày 01/7/2019" on 1/7.

    >>> last_day("2025"), last_day("2025-06"), last_day("2026-Q2"), last_day("2016/2020")
    (datetime.date(2025, 12, 31), datetime.date(2025, 6, 30), datetime.date(2026, 6, 30), datetime.date(2020, 12, 31))
    >>> last_day("2019-07-01", "before"), last_day("2019-07-01", "by"), last_day("yearly")
    (datetime.date(2019, 6, 30), datetime.date(2019, 7, 1), None)
    """
    if not value:
        return None
    v = value.split("/")[-1]
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-Q([1-4])|-H([12]))?", v)
    if not m:
        return None
    y = int(m.group(1))
    if m.group(3):
        d = datetime.date(y, int(m.group(2)), int(m.group(3)))
        return d - datetime.timedelta(days=1) if relation == "before" else d
    if m.group(2):
        month = int(m.group(2))
    elif m.group(4):
        month = int(m.group(4)) * 3
    elif m.group(5):
        month = int(m.group(5)) * 6
    else:
        month = 12
    if relation == "before" and (m.group(2) or m.group(4) or m.group(5)) is None:
        return datetime.date(y - 1, 12, 31)     # "trước năm 2025": by the end of 2024
    return datetime.date(y, month, calendar.monthrange(y, month)[1])


def cell_deadline(text: str) -> str | None:
    """The deadline in a "Thời gian" cell, as valued by the time grammar ("Tháng 4/2025" ->
    '2025-04'; a bare "2025" -> '2025'); None for "Thường xuyên", "Hằng năm".

    >>> cell_deadline("Tháng 4/2025"), cell_deadline("2025"), cell_deadline("Thường xuyên")
    ('2025-04', '2025', None)
    """
    from nlpolicy.extract.timegrammar import find_times
    times = [t for t in find_times(text) if t.relation in ("by", "before", "during", None) and t.kind != "recurring"]
    if times:
        return times[-1].value
    m = re.fullmatch(r"\s*(?:năm\s+)?((?:19|20)\d\d)\s*\.?\s*", text, re.IGNORECASE)
    return m.group(1) if m else None


@dataclass(frozen=True)
class Reading:
    """One statement of progress in an implementing document.

    ``text`` is what the statement is about (a row's task cell, or the sentence), ``context``
    the headings above it; ``start``/``end`` is the evidence (the progress cell, or the
    sentence): ``quote == document.text[start:end]``.
    """
    document: str
    label: str
    date: str | None
    section: str | None
    text: str
    context: str
    status: str
    quote: str
    start: int
    end: int
    deadline: str | None = None
    kind: str = "sentence"       # "row" | "sentence" | "activity" (work counted: "tổ chức 186 đợt tuần tra") | "share"
    #                              (so many of a whole: "Có 9/14 bệnh viện triển khai ...")
                                 # | "report" (the report itself, for the office that writes it)
    topics: tuple[str, ...] = ()  # the headings of the items above its context, nearest first
    step: bool = False            # a figure reached in a table of targets, short of the whole: a step of a task that
    #                               runs on past the report, the whole of one due by then
    measure: bool = False         # a row of a table of targets: how far a figure has got, not what work was done


# ---------------------------------------------------------------- step 1: statements of progress

# a result cell that says the work was finished on a day: "Hoàn thành ngày 14/4/2027", "Đã hoàn thành, ..."
_FINISHED_ON = re.compile(r"[ ]*(?:da[ ])?hoan[ ]thanh(?:[ ]*[,;.(]|[ ](?:ngay|vao[ ]ngay|trong[ ]thang|thang)[ ]\d|$)")


def _row_readings(doc: Document, info: DocInfo, label: str) -> list[Reading]:
    from nlpolicy.link.units import all_sections
    heads = {s.id: s.heading for s in all_sections(doc)}
    out = []
    for table in doc.text_tables:
        roles = {r.value for r in table.roles}
        if not roles & {"progress", "result"}:
            continue
        group = ""
        above = None     # the status cell of the row above: a cell merged over rows is printed once, in the first
        progress_columns = {i for i, r in enumerate(table.roles) if r.value == "progress"}
        for row in table.rows:
            cells = {c.role.value: c for c in row.cells}
            title = cells.get("task") or cells.get("indicator")
            if row.group:
                group = title.text if title else group
                above = None
                continue
            if title is None:
                continue
            got, cell = None, None
            # the first column that reads as a status ("Tiến độ" before a "Kết quả" column that the
            # table reader also took for progress: "Chậm tiến độ | Đạt 86%" is late, not done)
            for c in (c for c in row.cells if c.role.value == "progress"):
                got = read_status(c.text, cell=True)
                if got is not None:
                    cell = c
                    break
            if got is not None and got[0] == OVERDUE and "result" in cells \
                    and _FINISHED_ON.match(fold(cells["result"].text).lower()):
                # "Chậm tiến độ" beside "Hoàn thành ngày 14/4/2027; ...": finished, late
                cell = cells["result"]
                got = (DONE, 0, len(cell.text))
            if got is None and "result" in cells:
                cell = cells["result"]
                got = read_status(cell.text)
            if got is None and above is not None and progress_columns and not any(
                    c.column in progress_columns for c in row.cells):
                got, cell = above    # no cell at all under the status column: the row above's, merged over both
            above = (got, cell) if got is not None and cell is not None and cell.column in progress_columns else None
            if got is None:
                # a result written out, with no word of progress: "Khai trương ngày 26/3/2027; 214 sản phẩm"
                for c in [c for c in row.cells if c.role.value == "progress"] + [cells.get("result")]:
                    if c is not None and (got := judge_result(c.text)) is not None:
                        cell = c
                        break
            if got is None or cell is None:
                continue
            sec = doc.section_at(row.start)
            context = " ".join(x for x in (heads.get(sec.id, "") if sec else "", group) if x)
            number = (row.number or "").strip().rstrip(".")
            where = (f"{sec.id}.{number}" if sec and re.fullmatch(r"PL\d+", sec.id)
                     else sec.id if sec and sec.id.startswith("PL") and sec.id.endswith("." + number)
                     else f"{sec.id}, dòng {number}" if sec else f"dòng {number}")
            deadline = cell_deadline(cells["time"].text) if "time" in cells else None
            # a verdict on a target's row ("Vượt", "Đạt") reads the figure reached, not the work behind it: short of
            # the whole (a count, a share under 100%), it is a step
            measure = "task" not in cells and "indicator" in cells
            step = got[0] == DONE and "task" not in cells and cell.column in progress_columns and not any(
                _WHOLE.fullmatch(c.text.strip()) for c in row.cells if c is not title)
            out.append(Reading(document=doc.path, label=label, date=info.date, section=where,
                text=title.text, context=context, status=got[0], quote=cell.text, start=cell.start, end=cell.end,
                deadline=deadline, kind="row", step=step, measure=measure))
            # a row that merges two works ("Quy định quản lý và chính sách hỗ trợ phân loại, thu gom") speaks of
            # each of them: a reading for each part, beside the whole
            whole = re.sub(r"\s+", " ", title.text).strip()
            parts = [x.strip() for x in whole.split(";")]
            if len(parts) < 2 or not all(len(x.split()) >= 2 for x in parts) or not (
                    all(len(x.split()) <= 8 for x in parts) or len(whole) <= 80):
                # (short works listed: "Sàn TMĐT tỉnh; đào tạo bán hàng trực tuyến", "Không gian mạng; kiểm tra cơ sở
                # kinh doanh dịch vụ có điều kiện"; else documents joined by "và")
                parts = _MERGED.split(whole)
                if not all(len(x.split()) >= 2 and _PRODUCT.match(x) for x in parts):
                    parts = []
            if len(parts) >= 2:
                out.extend(Reading(document=doc.path, label=label, date=info.date, section=where, text=x,
                                   context=context, status=got[0], quote=cell.text, start=cell.start, end=cell.end,
                                   deadline=deadline, kind="row", step=step, measure=measure) for x in parts)
    return out


# a value cell that is the whole of what is measured: "100", "100%"
_WHOLE = re.compile(r"100(?:,0+)?[ ]?%?")
_MERGED = re.compile(r"[ ]+và[ ]+(?=[^\W\d_]+[ ])")
# ... each part a document to issue (a title "Xây dựng và ban hành ..." is one work)
_PRODUCTS = (r"(?:quy định|quy chế|chính sách|cơ chế|kế hoạch|đề án|chương trình|nghị quyết|quyết định|hướng dẫn"
             r"|bộ tiêu chí|danh mục)(?!\w)")
_PRODUCT = re.compile("(?i)" + _PRODUCTS)


# a task that is to issue a document: "Xây dựng, trình Hội đồng nhân dân tỉnh ban hành Nghị quyết quy định ..."
_ISSUES = re.compile(r"(?i)^\W*(?:\d+(?:\.\d+)*\.?[ ]*)?"
                     r"(?:(?:nghiên cứu|xây dựng|tham mưu|soạn thảo|hoàn thiện)[ ,]+(?:và[ ]+)?)*"
                     r"(?:trình[ ][^.;\n]{0,60}?)?ban hành[ ]+(?:các[ ]+|một số[ ]+)?" + _PRODUCTS)


_SENTENCE_END = re.compile(r"(?<=[.;!?])\s+(?=[\"“(]?[A-ZĐÀ-Ỹ0-9(])")
_BULLET = re.compile(r"^[\s*•+\-–]*(?:\*\*)?")
_FOOTNOTE = re.compile(r"^\s*[*_]?[¹²³⁴⁵⁶⁷⁸⁹⁰]+")


def _topic(sentence: str) -> tuple[str, str]:
    """What a report's sentence is about, and the sentence without its reasons.

    "(4) Nhiệm vụ Xây dựng X: Bộ Y đã trình ..." names its topic before the colon; a reason
    ("do chưa được bố trí kinh phí", "vì ...") says nothing of which task it is.

    >>> _topic("1. Về cơ sở dữ liệu: Sở X chưa triển khai xây dựng do chưa được bố trí kinh phí.")
    ('cơ sở dữ liệu', '1. Về cơ sở dữ liệu: Sở X chưa triển khai xây dựng')
    """
    about = px.REASON.split(sentence)[0].rstrip(" ,.;")
    m = px.TOPIC.match(sentence)
    topic = m.group("topic").strip() if m and len(m.group("topic").split()) >= 2 else ""
    return topic, about


def _sentence_readings(doc: Document, info: DocInfo, label: str) -> list[Reading]:
    """Sentences of a report's body that say how a piece of work stands."""
    from nlpolicy.link.units import all_sections
    from nlpolicy.structure import lines_of
    secs = all_sections(doc)
    by_id = {s.id: s for s in secs}
    in_table = [(t.start, t.end) for t in doc.text_tables]
    # a heading over items says nothing itself ("3. Thống kê nhiệm vụ được giao, hoàn thành, chưa hoàn
    # thành"); an item whose whole text is its heading line ("1. Về đào tạo: đã tổ chức ...") does
    parents = {s.id.rsplit(".", 1)[0] for s in secs if "." in s.id}
    headings = [(s.start, s.heading_end) for s in secs if s.id in parents or "." not in s.id]
    out = []
    for ln in lines_of(doc.text):
        if not ln.text.strip() or any(a <= ln.start < b for a, b in in_table + headings):
            continue
        if _FOOTNOTE.match(ln.text):
            continue  # a footnote: detail of a statement made above
        here = [s for s in secs if s.start <= ln.start < s.end]
        if secs and not here:
            continue  # outside the numbered parts: the header, a cover letter, the signature
        if not secs and doc.body is not None and not (doc.body.start <= ln.start < doc.body.footer
                                                      or doc.body.resume <= ln.start < doc.body.end):
            continue
        chain = []
        for s in sorted(here, key=lambda s: s.level):
            chain.append(s.heading)
        if any(px.FORWARD_PART.search(h) for h in chain):
            continue
        context = chain[-1] if chain else ""
        section = max(here, key=lambda s: s.level).id if here else None
        # "2. Cụm công nghiệp Minh Quân: Chủ đầu tư ...; diện tích 75ha; đã hoàn thành đo đạc ...": the
        # line's topic is what each of its clauses speaks of
        line_topic = _topic(ln.text.strip())[0]
        pos = ln.start
        issued = False
        for part in _SENTENCE_END.split(ln.text):
            start = doc.text.find(part, pos)
            pos = start + len(part)
            lead = _BULLET.match(part)
            s0 = start + (lead.end() if lead else 0)
            quote = doc.text[s0:start + len(part)].rstrip(" *")
            if len(quote) < 25:
                continue
            got, kind = read_status(quote), "sentence"
            if got is None and issued and px.RESULT_DONE.match(quote):
                got = (DONE, 0, 0)      # "...; Quyết định số 2591/QĐ-UBND ... quy định ...": the list of issued goes on
            issued = bool(got) and got[0] == DONE
            if got is None and px.OWN_PLANS_REPORTED.search(quote) and (counts := px.FRACTION.findall(quote)):
                # "Đã có 17/19 sở, ngành và 29/31 xã ... ban hành kế hoạch": all of them done, or not yet
                got = (DONE if all(a == b for a, b in counts) else IN_PROGRESS, 0, 0)
            if got is None and px.ACTIVITY.search(quote):
                got, kind = (IN_PROGRESS, 0, 0), "activity"   # work counted, still going on
            if got is None and px.SHARE_REACHED.search(quote) and (counts := px.FRACTION.findall(quote)):
                # "Có 9/14 bệnh viện (64,3%) triển khai bệnh án điện tử", "đã xóa 46/63 thôn 'vùng lõm'": so many
                # of the whole so far (all of them: done)
                got, kind = (DONE if all(_number(a) == _number(b) for a, b in counts) else IN_PROGRESS, 0, 0), "share"
            if got is None or px.TALLY.search(quote):
                continue
            topic, about = _topic(quote)
            # a statement under a heading takes the heading as context; an item that is its own
            # heading line ("1. Về đào tạo: đã tổ chức ...") takes its topic, else its parent's heading
            own = by_id.get(section)
            heading = chain[-2] if len(chain) > 1 else ""
            own_context = own is not None and own.heading_end <= ln.start
            # the items above say what it is about too ("3. Về tăng cường đầu tư, hạ tầng ..." over
            # "(1) Nhiệm vụ xây dựng hạ tầng số ..." over "(i) Đã xây dựng kế hoạch ..."), not the parts
            # titled in capitals ("A. BÁO CÁO ...", "II. KẾT QUẢ THỰC HIỆN")
            above = [h for h in (chain[:-1] if own_context else chain[:-2]) if h and not h.isupper()]
            out.append(Reading(document=doc.path, label=label, date=info.date, section=section, text=about,
                               context=context if own_context else topic or line_topic or heading, status=got[0],
                               quote=quote, start=s0, end=s0 + len(quote), kind=kind,
                               topics=tuple(reversed(above))))
    return out


def readings(document: Extraction | Document, *, report: bool) -> list[Reading]:
    """Every statement of progress in ``document``: rows of its progress tables, and, when it is
    a report (``report``), the sentences of its body."""
    from nlpolicy.link.citations import doc_info, document_label
    doc = document.document if isinstance(document, Extraction) else document
    info = doc_info(doc)
    label = document_label(info)
    out = _row_readings(doc, info, label)
    if report:
        out.extend(_sentence_readings(doc, info, label))
    return out


# ---------------------------------------------------------------- step 2: statements to tasks

def _task_heading(doc: Document, task: Task) -> str:
    if not task.section:
        return ""
    ids = [s.id for s in doc.sections]
    parts = task.section.split(".")
    heads = {s.id: s.heading for s in doc.sections}
    return " ".join(heads.get(".".join(parts[:k]), "") for k in range(1, len(parts) + 1) if ".".join(parts[:k]) in ids)


@dataclass(frozen=True)
class Weights:
    """How a statement's score against a task is made (each part in 0..1)."""
    contained: float = 0.5   # share of the statement's words found in the task
    cosine: float = 0.2      # TF-IDF cosine of the two texts
    heading: float = 0.3     # share of the statement's headings found in the task's headings and text
    project: float = 0.25    # named projects both name
    own_plans: float = 0.3   # bodies counted for their own plans, and the task asking them for them
    task_found: float = 0.2   # share of the task's words found in the statement (below)


def match_readings(resolution: Extraction, found: Sequence[Reading], *, threshold: float = DEFAULT_THRESHOLD,
                   weights: Weights = Weights()) -> dict[str, list[tuple[Reading, float]]]:
    """The statements that speak of each task of the resolution, with their scores.

    A statement goes to its best-scoring task, and to any other within :data:`TIE` of it, when
    the score reaches ``threshold``.
    """
    import numpy as np

    from nlpolicy.link.similarity import containment_matrix, cosine_matrix
    from nlpolicy.link.tasks import project_names
    tasks = list(resolution.tasks)
    if not tasks or not found:
        return {}
    doc = resolution.document
    heads = [f"{_task_heading(doc, t)} {t.text}" for t in tasks]
    texts = [_CITED.sub(" ", r.text) for r in found]
    task_texts = [t.text for t in tasks]
    contained = containment_matrix(texts, task_texts)
    cosine = cosine_matrix(texts, task_texts)
    # ... and how much of each task is found in each statement: a short task (an annex row, an item's title) is found
    # whole in the long sentence that reports on it ("Mở rộng nhà ga hành khách" in "Dự án mở rộng nhà ga hành khách
    # Cảng hàng không Đồng Hới đã hoàn thành ..."), whose own words the row has few of
    task_found = containment_matrix(task_texts, texts)
    # a statement's headings: its context, then the items above it; the best of them counts
    with_context = [i for i, r in enumerate(found) if r.context or r.topics]
    contexts = [(i, c) for i in with_context for c in (found[i].context, *found[i].topics) if c]
    sims = containment_matrix([c for _, c in contexts], heads) if contexts else None
    head_sim = {}
    for k, (i, _) in enumerate(contexts):
        head_sim[i] = sims[k] if i not in head_sim else np.maximum(head_sim[i], sims[k])
    # named projects: the kinds tasks.project_names knows, and every project the resolution names ("Cầu Cái Muồng",
    # "Đường liên xã Phú Thuận Đông - Long Hòa Tây", however its dashes are written)
    named = _named_projects(resolution)
    t_proj = [project_names(t.text) | _names_in(t.text, named) for t in tasks]
    # the rows of the resolution's own assignment tables (a report's progress row speaks of one of them
    # and of the body task it repeats)
    row_tasks = [j for j, t in enumerate(tasks) if t.section and _TABLE_ROW.fullmatch(t.section)]
    row_works = {j: _opening_names(tasks[j].text, named) for j in row_tasks}     # a row that is a works: its name
    # ... and so does the duty of the body that leads it, in the organisation part ("5. Sở Y tế: Chủ trì xây dựng Đề
    # án ..."): a statement speaks of the best task of each group
    rows = set(row_tasks)
    duties = {j for j, t in enumerate(tasks) if j not in rows and zone_at(doc, t.start).zone == "organisation"}
    groups = (row_tasks, sorted(duties), [k for k in range(len(tasks)) if k not in duties and k not in rows])
    # a task asking bodies for their own plans, the bodies named in it or by the heading over it ("11. Ủy ban nhân dân
    # các xã, phường" over "- Ban hành kế hoạch thực hiện của địa phương trước ngày 31/5/2026")
    own_heads = {s.id: s.heading for s in doc.sections}
    own_plans = [bool(px.OWN_PLANS_TASK.search(t.text)
                      or px.OWN_PLANS_TASK.search(f"{own_heads.get(t.section, '')} {_BULLET.sub('', t.text)}"))
                 for t in tasks]
    w = weights
    out: dict[str, list[tuple[Reading, float]]] = {}
    for i, r in enumerate(found):
        # the project may be named by its heading only; one the resolution names counts when the statement is on it
        # ("Cầu Cái Muồng: khởi công ..."), not when it is named in passing (a museum that is also a body)
        on = _names_in(_topic(r.quote)[0], named)
        # a sentence that opens with a works ("Khu phố đêm Đông Hà đã đi vào hoạt động ...") speaks of the annex row
        # that is that works ("Khu phố đêm Đông Hà | ... | Quý II/2027"), not of a row on one step of it ("Lựa chọn nhà
        # đầu tư Chợ đầu mối ...")
        opens = _opening_names(r.quote, named)
        r_proj = project_names(f"{r.context} {r.text}") | on
        hs = head_sim.get(i)
        counted = bool(px.OWN_PLANS_REPORTED.search(r.quote))
        scores = [w.contained * contained[i, j] + w.cosine * cosine[i, j]
                  + w.task_found * task_found[j, i]
                  + (w.heading * hs[j] if hs is not None else 0.0)
                  + w.project * min(1.0, len(r_proj & t_proj[j]))
                  + (w.own_plans if counted and own_plans[j] else 0.0)
                  for j in range(len(tasks))]
        best = max(scores)
        if best < threshold and not (opens and row_tasks):
            continue
        chosen = {j for j, s in enumerate(scores) if s >= threshold and s >= TIE * best}
        if row_tasks or duties:
            # a progress row or sentence speaks of the resolution's row for the same work, of the body task that
            # row repeats and of the duty that asks for it: the best of each, when it reaches the threshold too
            for group in groups:
                j = max(group, key=lambda k: scores[k], default=None)
                if j is not None and scores[j] >= threshold:
                    chosen.add(j)
        if on and row_tasks:
            # a line on a named works ("Cầu Cái Muồng: khởi công tháng 3/2027, đạt khoảng 35% khối lượng") speaks
            # of the resolution's annex row for that works too
            chosen.update(j for j in row_tasks if on & t_proj[j] and scores[j] >= threshold)
        if opens and row_tasks:
            chosen.update(j for j in row_tasks if opens & row_works[j])   # (its name is enough)
        for j in sorted(chosen):
            out.setdefault(tasks[j].id, []).append((r, round(float(scores[j]), 3)))
    return out


_TABLE_ROW = re.compile(r"PL\d+(?:\.[IVX]+)?\.\d+")
# a document cited by number and date ("Quyết định số 2605/QĐ-UBND ngày 24/12/2026") says which paper, not what it
# is about: its words would only dilute the statement's share found in a task
_CITED = re.compile(r"(?i)(?<!\w)số[ ]+\d[\w.]*/[\w./-]*\w(?:[ ]+ngày[ ]+\d{1,2}[/.-]\d{1,2}[/.-]\d{4})?")
_DASHES = re.compile(r"[ ]*[-–—][ ]*")


def _name_key(text: str) -> str:
    return " ".join(re.sub(r"[^\w\-]+", " ", _DASHES.sub(" - ", fold(text))).split())


def _named_projects(resolution: Extraction) -> set[str]:
    """The resolution's named projects, as :func:`_names_in` finds them (of three words or more: a head and a name,
    "Cầu Cái Muồng"; a two-word one is as often a place or a body's short name)."""
    return {k for p in resolution.projects if len((k := _name_key(p.name)).split()) >= 3}


def _names_in(text: str, named: set[str]) -> set[str]:
    key = f" {_name_key(text)} "
    return {n for n in named if f" {n} " in key}


_LEAD = re.compile(r"^[\s\-+•*–]*(?:\(?[0-9a-zđ]{1,3}[.)]\s*)?(?:(?:dự án|công trình)\s+)?", re.IGNORECASE)


def _opening_names(sentence: str, named: set[str]) -> set[str]:
    """The named works a sentence opens with, its subject: "- Khu phố đêm Đông Hà đã đi vào hoạt động ..."

    >>> sorted(_opening_names("- Dự án Cầu Cái Muồng đã khởi công.", {"cau cai muong", "cho dem tan an"}))
    ['cau cai muong']
    >>> _opening_names("Sở Xây dựng đã khởi công Cầu Cái Muồng.", {"cau cai muong"})
    set()
    """
    key = f"{_name_key(sentence[_LEAD.match(sentence).end():])} "
    return {n for n in named if key.startswith(f"{n} ")}


# ---------------------------------------------------------------- step 3: a task's status

def _fmt(day: datetime.date) -> str:
    return day.strftime("%d/%m/%Y")


def show_deadline(value: str | None) -> str:
    """A deadline as staff write it: '2025-05' -> '05/2025', '2026-Q2' -> 'Quý II/2026'.

    >>> show_deadline("2025-05"), show_deadline("2019-07-01"), show_deadline("2026-Q2"), show_deadline("2025")
    ('05/2025', '01/07/2019', 'Quý II/2026', '2025')
    """
    if not value:
        return ""
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", value)
    if m:
        return f"{m.group(3)}/{m.group(2)}/{m.group(1)}"
    m = re.fullmatch(r"(\d{4})-(\d{2})", value)
    if m:
        return f"{m.group(2)}/{m.group(1)}"
    m = re.fullmatch(r"(\d{4})-Q([1-4])", value)
    if m:
        return f"Quý {'I II III IV'.split()[int(m.group(2)) - 1]}/{m.group(1)}"
    m = re.fullmatch(r"(\d{4})-H([12])", value)
    if m:
        return f"6 tháng {'đầu' if m.group(2) == '1' else 'cuối'} năm {m.group(1)}"
    return value


def _last_days(resolution: Extraction, start: int, end: int) -> list[datetime.date]:
    """The last days of the resolution's deadlines written between ``start`` and ``end`` (a task's stages)."""
    return [x for x in (last_day(d.value, d.relation) for d in resolution.deadlines if start <= d.start < end)
            if x is not None]


def _task_deadline(resolution: Extraction, task: Task) -> tuple[str, str | None, str, int, int] | None:
    """The task's deadline with its relation and its evidence in the resolution."""
    if not task.deadline:
        return None
    for d in resolution.deadlines:
        if d.value == task.deadline and task.start <= d.start < max(task.end, task.start + 1):
            return d.value, d.relation, d.text, d.start, d.end
    return task.deadline, None, "", task.start, task.start


def _adjusted(r: Reading, as_of: datetime.date) -> tuple[str, str | None]:
    """A statement of work not done whose own deadline has passed on ``as_of`` is late."""
    day = last_day(r.deadline)
    if r.status in (IN_PROGRESS, NOT_STARTED) and day is not None and as_of > day:
        return OVERDUE, r.deadline
    return r.status, None


WEAKER = 0.5   # a statement below half the best one's score does not count (chosen on 402 -> 03/NQ-CP and 57)


# a task that is one milestone of a work ("Khởi công cầu ...", "Phê duyệt chủ trương đầu tư đường ..."), and no stage
# after it: reached when a statement says the milestone happened ("khởi công ngày 15/7/2026", "đã quyết định chủ
# trương đầu tư"), whatever it says of the work since ("khối lượng đạt 71%"); not a milestone to come ("dự kiến khởi
# công tháng 6/2028") nor one denied ("chưa khởi công")  (folded text)
_MILESTONE_TASK = re.compile(r"^\W*(?:\d+\W+)?(khoi cong|thong xe|khanh thanh|(?:phe duyet|quyet dinh) chu truong dau tu)\b")
_LATER_STAGE = re.compile(r"\b(?:hoan thanh|dua vao|khanh thanh|thong xe|ban giao|van hanh)\b")
# (an investment policy is said decided, approved or agreed, whichever verb the task used)
_POLICY_DECIDED = r"(?:quyet dinh|phe duyet|chap thuan) chu truong dau tu"
_NOT_YET = re.compile(r"(?:chua|du kien|phan dau|se|ke hoach|de xuat|trinh)(?: duoc)?[ ]$")


# a task whose body's part ends in a submission ("lập báo cáo nghiên cứu tiền khả thi ..., trình phê duyệt chủ trương
# đầu tư trong Quý II/2027", "hoàn thiện hồ sơ ..., trình Ủy ban nhân dân tỉnh trong quý IV/2027"): done when the body
# has submitted ("đã trình ...", "đã tham mưu ... trình ..."), whatever the body it went to does with it since; a task
# that names no submission ("Xây dựng đề án ...") is not done by one, which only starts it  (folded text)
_SUBMISSION_TASK = re.compile(r"(?:[,;]|\b(?:va|lap|xay dung|hoan thien|hoan chinh))[ ]+trinh[ ]+"
                              r"(?:ubnd|uy ban|hdnd|hoi dong|cap co tham quyen|thu tuong|chinh phu|bo[ ]|phe duyet"
                              r"|tham dinh|ban thuong vu|tinh uy|thuong truc)")
_SUBMITTED = re.compile(r"\b(?:da|duoc)[ ](?:(?:chu tri[ ])?tham muu[^.;]{0,60}?[ ])?trinh\b")


def _milestone_reached(task_text: str, heard: Sequence[tuple[Reading, float]]) -> Reading | None:
    """The statement that says the milestone a one-milestone task names has happened, if one does."""
    folded = fold(task_text).lower()
    m = _MILESTONE_TASK.match(folded)
    if not m or _LATER_STAGE.search(folded, m.end()):
        return None
    milestone = _POLICY_DECIDED if m.group(1).endswith("chu truong dau tu") else m.group(1)
    said = re.compile(rf"(?:\b(?:da|duoc)[ ](?:duoc[ ])?)?\b{milestone}\b"
                      r"(?P<when>[ ](?:tu[ ]|vao[ ])?(?:ngay|thang)[ ]\d|[ ]tai[ ](?:nghi quyet|quyet dinh))?")
    for r, _ in heard:
        text = fold(r.quote).lower()
        for x in said.finditer(text):
            done = x.group(0).startswith(("da ", "duoc ")) or x.group("when")
            if done and not _NOT_YET.search(text, max(0, x.start() - 14), x.start()):
                return r
    return None


def decide(resolution: Extraction, task: Task, matched: Sequence[tuple[Reading, float]], *,
           as_of: datetime.date, resolution_label: str = "") -> TaskStatus:
    """One task's status from the statements that speak of it (see the module's docstring)."""
    latest = max((r.date or "" for r, _ in matched), default=None)
    heard = [(r, s) for r, s in matched if (r.date or "") == latest]
    # a statement far weaker than the best one speaks of something else: the row of a progress table
    # that names the task (0.98) is not outweighed by a sentence that shares a heading with it (0.32)
    best = max((s for _, s in heard), default=0.0)
    heard = [(r, s) for r, s in heard if s >= WEAKER * best]
    # a report's progress table gives each row of the plan's table one row: of the rows that speak of it, the
    # best-scoring one ("Chọn nhà đầu tư nhà máy điện rác | Hoàn thành", not "Khởi công nhà máy điện rác | Chưa thực
    # hiện"); a body task that holds several steps hears them all
    rows = [(r, s) for r, s in heard if r.kind == "row"]
    if task.section and _TABLE_ROW.fullmatch(task.section) and len({(r.document, r.start) for r, _ in rows}) > 1:
        top = max(rows, key=lambda x: x[1])[0]
        heard = [(r, s) for r, s in heard if r.kind != "row" or (r.document, r.start) == (top.document, top.start)
                 or r.document != top.document]
    if _ISSUES.match(task.text):
        # a figure reached or not says nothing of whether the regulation that was to help reach it has been issued
        heard = [(r, s) for r, s in heard if not r.measure]
    deadline = _task_deadline(resolution, task)
    day = last_day(deadline[0], deadline[1]) if deadline else None
    # a task of stages ("trình ... trong năm 2026, khởi công trong quý II/2027, đưa vào sử dụng trong năm 2028") runs to
    # its last one: a stage behind it is behind its schedule, not the task overdue
    stages = _last_days(resolution, task.start, task.end)
    if day is not None and len(stages) > 1:
        day = max(day, *stages)
    # a row of an assignment table holds its stages in its time cell ("Khởi công Quý III/2026; hoàn thành trước
    # 31/12/2027"): work reported going on is not overdue before the last of them; work reported late still is
    due = day
    row = next((sec for sec in resolution.document.sections if sec.id == task.section), None) \
        if day is not None and task.section and _TABLE_ROW.fullmatch(task.section) else None
    if row is not None and row.start <= task.start < row.end:
        due = max([day, *_last_days(resolution, row.start, row.end)])
    # work reported by its count tells of a task only when nothing says more of it, and not of one due once
    # and past its day ("đã tổ chức 05 lớp" may be the whole of it)
    # (a share of the whole reached, "Có 9/14 bệnh viện triển khai ...", likewise speaks only when nothing says more,
    # and says how far the work has gone whatever its day)
    counted = [(r, s) for r, s in heard if r.kind == "activity"]
    shares = [(r, s) for r, s in heard if r.kind == "share"]
    if counted or shares:
        heard = [(r, s) for r, s in heard if r.kind not in ("activity", "share")] or shares or (
            counted if day is None or as_of <= day else [])
    if not heard:
        late = f"; hạn {show_deadline(deadline[0])} đã qua ngày {_fmt(as_of)}" if day and as_of > day else ""
        return TaskStatus(status=NO_INFO, source=None, quote="", start=0, end=0, document_label=None,
                          deadline=deadline[0] if deadline else None,
                          reason=f"không văn bản triển khai nào báo cáo nhiệm vụ này{late}")
    states = [(_adjusted(r, as_of), r, s) for r, s in heard]
    # a figure reached is a step of a task that runs on (one with no day, or a day still ahead), the whole of one
    # due by then
    states = [((IN_PROGRESS, rd) if st == DONE and r.step and (day is None or as_of <= day) else (st, rd), r, s)
              for (st, rd), r, s in states]
    if day is not None and as_of <= day:
        # "chậm tiến độ" of a task whose own deadline is still ahead: behind its schedule, not yet overdue
        states = [((IN_PROGRESS, None) if st == OVERDUE and not row_deadline else (st, row_deadline), r, s)
                  for (st, row_deadline), r, s in states]
    if _SUBMISSION_TASK.search(fold(task.text).lower()):
        states = [((DONE, None), r, s) if st == IN_PROGRESS and _SUBMITTED.search(fold(r.quote).lower()) else
                  ((st, rd), r, s) for (st, rd), r, s in states]
    if reached := _milestone_reached(task.text, heard):
        states = [((DONE, None), r, s) for (_, r, s) in states if r is reached]
    kinds = {st for (st, _), _, _ in states}
    if OVERDUE in kinds:
        status = OVERDUE
    elif kinds == {DONE}:
        status = DONE
    elif kinds == {NOT_STARTED}:
        status = NOT_STARTED
    else:
        status = IN_PROGRESS
    own_deadline = None
    if status in (IN_PROGRESS, NOT_STARTED) and due is not None and as_of > due:
        status, own_deadline = OVERDUE, deadline[0]
    # the evidence: the best-matching statement of the deciding kind
    deciding = [x for x in states if x[0][0] == status] or [x for x in states if x[0][0] != DONE] or states
    (st, row_deadline), r, score = max(deciding, key=lambda x: x[2])
    counts = {k: sum(1 for (s2, _), _, _ in states if s2 == k) for k in kinds}
    # most first, ties by name: the same words on every run (``kinds`` is a set)
    summary = ", ".join(f"{n} {k.lower()}" for k, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
    if own_deadline:
        why = (f"hạn {show_deadline(own_deadline)} trong {resolution_label or 'nghị quyết'} đã qua ngày {_fmt(as_of)}, "
               f"{r.label} báo cáo: {r.status}")
    elif row_deadline:
        why = f"{r.label} báo cáo {r.status.lower()}, hạn {show_deadline(row_deadline)} đã qua ngày {_fmt(as_of)}"
    else:
        why = f"{r.label}: {summary}" if len(states) > 1 else f"{r.label}: {r.status.lower()}"
    return TaskStatus(status=status, source=r.document, quote=r.quote, start=r.start, end=r.end,
                      document_label=r.label, section=r.section, matched=r.text[:300], score=score,
                      deadline=own_deadline or row_deadline or (deadline[0] if deadline else None),
                      reason=why, evidence=len(states))


# ---------------------------------------------------------------- the whole

def _is_report(doc: Document, screening: Screening) -> bool:
    kind = doc.header.kind if doc.header else "other"
    return kind == "report" or screening.relation == "reports_on" or bool(
        re.search(r"báo cáo (?:kết quả|tình hình)", doc.key[:3000]))


def _the_report(doc: Document, info: DocInfo, label: str) -> Reading:
    """A report itself as a statement: the work of the office that follows the plan and sums it up
    goes on (its evidence is the report's title, or its kind line)."""
    title = doc.header.title if doc.header else None
    start = doc.text.find(title) if title else -1
    if start < 0:
        start, title = 0, doc.text[:doc.text.find("\n")] if "\n" in doc.text else doc.text
    return Reading(document=doc.path, label=label, date=info.date, section=None, text=title, context="",
                   status=IN_PROGRESS, quote=title, start=start, end=start + len(title), kind="report")


def task_statuses(resolution: Extraction, documents: list[Extraction], *, as_of: datetime.date,
                  threshold: float = DEFAULT_THRESHOLD, weights: Weights = Weights(),
                  screenings: Sequence[Screening] | None = None) -> dict[str, TaskStatus]:
    """The status of every task of ``resolution`` (keyed by its id), read from the ``documents``
    that carry it out, on the day ``as_of``.  Documents that do not carry it out are left out
    (:func:`nlpolicy.link.screen.screen_documents` says which and why; pass its result as
    ``screenings`` when you have it)."""
    from nlpolicy.link.citations import doc_info, document_label
    from nlpolicy.link.screen import screen_documents
    if screenings is None:
        screenings = screen_documents(resolution, documents)
    verdict = {s.path: s for s in screenings}
    found: list[Reading] = []
    latest: Reading | None = None     # the latest report on the plan, itself a statement (see _the_report)
    for ex in documents:
        s = verdict.get(ex.document.path)
        if s is None or not s.counts:
            continue
        info = doc_info(ex.document)
        if info.date and info.date > as_of.isoformat() and (data_cut_off(ex.document) or info.date) > as_of.isoformat():
            continue  # written after the day asked about, on figures after it
        report = _is_report(ex.document, s)
        found.extend(readings(ex, report=report))
        if report and (latest is None or (info.date or "") > (latest.date or "")):
            latest = _the_report(ex.document, info, document_label(info))
    matched = match_readings(resolution, found, threshold=threshold, weights=weights)
    # the standing office's work (following, urging, summing up) is done by the reports on the plan
    if latest is not None:
        for t in resolution.tasks:
            if px.STANDING_BODY.search(t.text):
                matched[t.id] = [*matched.get(t.id, ()), (latest, 1.0)]
    label = document_label(doc_info(resolution.document))
    return _by_reference(resolution, {t.id: decide(resolution, t, matched.get(t.id, ()), as_of=as_of,
                                                   resolution_label=label) for t in resolution.tasks})


def _by_reference(resolution: Extraction, statuses: dict[str, TaskStatus]) -> dict[str, TaskStatus]:
    """A task nothing speaks of that hands a body the tasks of other sections ("Chủ trì thực hiện nhiệm vụ tại
    khoản 1 mục III") stands where those tasks stand: as they all do, or under way when they differ."""
    from dataclasses import replace
    from nlpolicy.extract.tasks import referenced_sections
    out = dict(statuses)
    for t in resolution.tasks:
        if statuses[t.id].status != NO_INFO:
            continue
        refs = [r for r in referenced_sections(resolution.document, t.start, t.end) if r != t.section]
        heard = [statuses[u.id] for u in resolution.tasks if u.id != t.id and statuses[u.id].status != NO_INFO
                 and any(u.section == r or u.section.startswith(r + ".") for r in refs)]
        if not heard:
            continue
        kinds = {h.status for h in heard}
        status = kinds.pop() if len(kinds) == 1 else IN_PROGRESS
        # (the deadline that made one of them late makes this one late only when all of them are)
        out[t.id] = replace(heard[0], status=status,
                            deadline=heard[0].deadline if status == heard[0].status else None,
                            reason=f"theo các nhiệm vụ được giao tại {', '.join(refs)}: {heard[0].reason}")
    return out
