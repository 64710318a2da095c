"""Targets (what a document commits to reach) and baselines (what was reached).

:func:`nlpolicy.extract.numbers.find_quantities` finds every number with a unit.
This module decides for each one, from where it stands and the words around it:

* **kind**: a *target* in an objectives part ("Chỉ tiêu chủ yếu", "Đến năm 2030") or
  in a tasks part with a commitment ("phấn đấu", "ít nhất", a future year); a
  *baseline* where the text describes the past or the present ("đã", "hiện có",
  "lũy kế", a past period, a situation part, most figures of a report); an
  estimate ("dự kiến") and background numbers are neither.
* **year / period**: the nearest time expression before it on the same line
  ("- Giai đoạn 2016 - 2020: ... đạt bình quân 9,5%/năm; đến năm 2020 chiếm 24,5%"),
  then one after it in the same clause, then the enclosing headings ("1. Đến năm
  2030"); a baseline without one takes the document's own year.
* **subject**: one target per named project in the clause ("Khu công nghiệp Hàm Kiệm
  I, II đạt trên 50%" is two targets).
"""
from __future__ import annotations

import re

from nlpolicy.extract.deadlines import reference_year
from nlpolicy.extract.numbers import Quantity, find_quantities
from nlpolicy.extract.projects import find_project_mentions
from nlpolicy.extract.timegrammar import TimeExpr
from nlpolicy.types import Body, Document, Section, Target

_OBJECTIVE_HEAD = re.compile(r"mục tiêu|chỉ tiêu|tầm nhìn|đến năm \d{4}|định hướng")
_SITUATION_HEAD = re.compile(r"thực trạng|tình hình|kết quả|đánh giá|hiện trạng|tiến độ")
_PAST = re.compile(r"\b(?:đã|đạt được|hiện có|hiện nay|hiện đang|lũy kế|luỹ kế|tính đến|đến nay|so với cùng kỳ|tăng so với|giảm so với|trong năm qua|vừa qua|thời gian qua)\b")
_FORWARD = re.compile(r"\b(?:phấn đấu|tối thiểu|ít nhất|không dưới|không thấp hơn|bảo đảm|đảm bảo|bố trí|mục tiêu|chỉ tiêu|đến năm|hình thành|thu hút thêm|duy trì)\b")
_ESTIMATE = re.compile(r"\b(?:dự kiến|ước tính|ước đạt|khoảng chừng|dự toán)\b")
_CLAUSE_BREAK = re.compile(r"[;.!?\n]|:(?=[ ])")
_LINE_BREAK = re.compile(r"\n")
_SENTENCE_END = re.compile(r"[.!?][ ]+(?=[A-ZĐÀ-Ỹ])")
# "chỉ số phát triển con người (HDI) duy trì trên 0,7": an index has no unit
_INDEX_VALUE = re.compile(r"(?P<cmp>trên|dưới|đạt|ở mức|tối thiểu|ít nhất)[ ]+(?P<num>\d+,\d+)(?![\d%]|[,.]\d|[ ]*%|[ ]+[a-zđà-ỹ])")


def _section_chain(doc: Document, pos: int) -> list[Section]:
    chain = [s for s in doc.sections if s.start <= pos < s.end]
    return sorted(chain, key=lambda s: -s.level)


def _zone(doc: Document, pos: int) -> str:
    """'objective', 'situation' or 'task' from the enclosing headings, the most specific first."""
    for s in _section_chain(doc, pos):
        hk = doc.key[s.start:s.heading_end][:120]
        if _OBJECTIVE_HEAD.search(hk):
            return "objective"
        if re.search(r"nhiệm vụ|giải pháp|tổ chức thực hiện|kiến nghị|đề xuất", hk):
            return "task"
        if _SITUATION_HEAD.search(hk):
            return "situation"
    return "none"


def _clause_bounds(doc: Document, pos: int, end: int) -> tuple[int, int]:
    line_start = doc.text.rfind("\n", 0, pos) + 1
    cs = line_start
    for m in _CLAUSE_BREAK.finditer(doc.text, line_start, pos):
        cs = m.end()
    ce = len(doc.text)
    m = _CLAUSE_BREAK.search(doc.text, end)
    if m:
        ce = m.start()
    return cs, ce


def _time_for(doc: Document, q_start: int, q_end: int, times: list[TimeExpr], ref: int | None,
              want_future: bool) -> TimeExpr | None:
    line_start = doc.text.rfind("\n", 0, q_start) + 1
    cs, ce = _clause_bounds(doc, q_start, q_end)

    def ok(t: TimeExpr) -> bool:
        if not t.years or t.relation == "every":
            return False
        if want_future and ref is not None and max(t.years) < ref:
            return False
        return True

    # "đạt 1,5% GDP vào năm 2015, trên 2% GDP vào năm 2020": a time right after the figure is its own
    right = [t for t in times if q_end <= t.start <= q_end + 20 and ok(t)
             and not re.search(r"[,;.:\n]", doc.text[q_end:t.start])]
    if right:
        return right[0]
    # the nearest time before it in the same sentence
    sent_start = line_start
    for m in _SENTENCE_END.finditer(doc.text, line_start, q_start):
        sent_start = m.end()
    before = [t for t in times if sent_start <= t.start and t.end <= q_start and ok(t)]
    if before:
        return before[-1]
    # a time that labels the whole line: "+ Đến năm 2020: ...", "b) Đến năm 2020, ..."
    label = re.match(r"[ \-+•*–]*(?:[a-zđ0-9.]{1,6}[.)\-][ ]*)?", doc.text[line_start:q_start])
    lab = [t for t in times if t.start == line_start + (label.end() if label else 0) and ok(t)
           and re.match(r"[ ]*[:,]", doc.text[t.end:t.end + 2])]
    if lab:
        return lab[0]
    after = [t for t in times if q_end <= t.start < ce and ok(t)]
    if after:
        return after[0]
    # the enclosing headings: "1. Đến năm 2030", "+ Đến năm 2020:" on a line of its own
    for s in _section_chain(doc, q_start):
        ts = [t for t in times if s.start <= t.start < s.heading_end and ok(t)]
        if ts:
            return ts[0]
    return None


def extract_targets(doc: Document, body: Body, times: list[TimeExpr]) -> list[Target]:
    ref = reference_year(doc)
    is_report = bool(doc.header and doc.header.kind == "report")
    # a report on a year ("Báo cáo ... năm 2025") states its figures for that year
    period_year = _reported_year(doc) if is_report else None
    baseline_year = period_year or ref
    title_horizon = _title_horizon(doc)
    cites = [(c.start, c.end) for c in doc.citations]
    projects = find_project_mentions(doc, body.start)
    quantities = [q for q in find_quantities(doc.text) if q.start in body
                  and not any(s <= q.start < e for s, e in cites)]
    quantities += [q for q in _index_values(doc, body.start, body.end) if q.start in body]
    times = [t for t in times if not any(s <= t.start < e for s, e in cites)]  # dates of cited documents
    out: list[Target] = []
    quantities = sorted(quantities, key=lambda q: q.start)
    # first the rules; the sentence-role model is asked only about the figures they decide without a cue
    decided = []
    for q in quantities:
        cs, ce = _clause_bounds(doc, q.start, q.end)
        pre_key = doc.key[cs:q.start]
        line_key = doc.key[doc.text.rfind("\n", 0, q.start) + 1:q.start]
        if _ESTIMATE.search(pre_key[-60:]):
            continue
        zone = _zone(doc, q.start)
        past = bool(_PAST.search(pre_key[-80:]))
        forward = bool(_FORWARD.search(line_key[-120:]))
        future_time = _time_for(doc, q.start, q.end, times, ref, want_future=True)
        if is_report and not forward and _in_proposals(doc, q.start):
            continue  # figures inside a report's proposals are conditions of the proposal, not facts
        if zone == "objective" and not past:
            kind = "target"
        elif zone == "task" and not past and (forward or future_time is not None) and not is_report:
            kind = "target"
        elif is_report and future_time is not None and forward and not past:
            kind = "target"
        elif past or zone == "situation" or is_report:
            kind = "baseline"
        else:
            kind = None
        cueless = not (past or forward or zone in ("objective", "situation"))
        decided.append((q, cs, ce, zone, future_time, kind, cueless))
    unsure = [d for d in decided if d[5] is None or (d[5] == "target" and d[6])]
    model = _model_scores(doc, [d[0] for d in unsure])
    scores = {id(d[0]): model[i] for i, d in enumerate(unsure) if i in model}
    for q, cs, ce, zone, future_time, kind, cueless in decided:
        p_target, p_baseline = scores.get(id(q), (None, None))
        if kind is None:
            if p_target is None or max(p_target, p_baseline) < MODEL_THRESHOLD:
                continue
            kind = "target" if p_target >= p_baseline else "baseline"   # no cue: the model decides when sure
        elif cueless and p_target is not None and kind == "target" and p_baseline >= MODEL_THRESHOLD > p_target:
            kind = "baseline"   # a rule decided without a cue and the model strongly disagrees
        # the model's probability where it was asked; 1.0 where a cue of the rules decided
        score = (p_target if kind == "target" else p_baseline) if p_target is not None else 1.0
        if kind == "target":
            t = future_time
            if t is None and zone == "objective" and title_horizon:
                year = title_horizon   # "Nghị quyết ... đến năm 2025": the objectives are for its horizon
        else:
            t = _time_for(doc, q.start, q.end, times, None, want_future=False)
            if t is not None and baseline_year is not None and max(t.years) > baseline_year:
                t = None
        if t:
            year = max(t.years)
        elif kind == "baseline":
            year = baseline_year
        elif not (zone == "objective" and title_horizon):
            year = None
        period = (min(t.years), max(t.years)) if t and t.kind == "period" and len(t.years) == 2 else None
        sec = doc.section_at(q.start)
        indicator = _indicator(doc, cs, q, ce)
        names = _subjects(doc, [p for p in projects if cs <= p.start and p.end <= q.start], q.start)
        for name in names or [None]:
            out.append(Target(kind=kind, section=sec.id if sec else None, indicator=indicator, subject=name,
                              comparator=q.comparator, value=q.value, value_max=q.value_max, unit=q.unit,
                              year=year, period=period, text=q.text, start=q.start, end=q.end, score=score))
    return out


# Where the rules have no cue, the sentence-role model may decide; below this probability it may not
# (held-out on the gold documents: lower thresholds overrule the rules wrongly more often than not).
MODEL_THRESHOLD = 0.9


def _model_scores(doc: Document, quantities: list) -> dict[int, tuple[float, float]]:
    """Candidate index -> (p_target, p_baseline) from the sentence-role model ({} without the model)."""
    from nlpolicy.extract.sentence_role import ModelUnavailableError, target_kind_scores
    if not quantities:
        return {}
    try:
        return dict(enumerate(target_kind_scores(doc, quantities)))
    except ModelUnavailableError:
        return {}


def _in_proposals(doc: Document, pos: int) -> bool:
    """Inside a part headed "Kiến nghị", "Đề xuất, kiến nghị", "Đề nghị"."""
    for sec in _section_chain(doc, pos):
        hk = re.sub(r"^[\divxl.\-–)( ]+", "", doc.key[sec.start:sec.heading_end])
        if re.match(r"(?:kiến nghị|đề xuất|đề nghị)", hk):
            return True
    return False


def _title_horizon(doc: Document) -> int | None:
    """The first horizon the document's own title sets: "... đến năm 2020, định hướng đến năm 2025" -> 2020."""
    title = doc.header.title if doc.header else None
    m = re.search(r"(?:đến|tới)[ ]+năm[ ]+((?:19|20)\d{2})", title or "")
    return int(m.group(1)) if m else None


def _reported_year(doc: Document) -> int | None:
    """The year a report covers, from its title: "Báo cáo công tác ... năm 2025" -> 2025."""
    title = doc.header.title if doc.header else None
    if not title:
        return None
    m = re.search(r"(?:năm|Năm|NĂM)[ ]+((?:19|20)\d{2})(?![\d/-])", title)
    return int(m.group(1)) if m else None


def _subjects(doc: Document, mentions: list, q_start: int) -> list[str]:
    """The named projects that are the subject of a figure: the run of project mentions that
    ends a few words before it ("Khu công nghiệp Hàm Kiệm I, II đạt trên 50%"), not a project
    named earlier in the clause ("... Sơn Mỹ I, Tân Đức và mỗi huyện đều có 1 cụm công nghiệp")."""
    if not mentions:
        return []
    mentions = sorted(mentions, key=lambda p: p.end)
    last = mentions[-1]
    gap = doc.key[last.end:q_start]
    if len(gap.split()) > 4 or re.search(r"[;:]", gap):
        return []
    run_start = last.start
    run = [last]
    for p in reversed(mentions[:-1]):
        between = doc.key[p.end:run_start] if p.end <= run_start else ""
        if p.end >= run_start - 1 or re.fullmatch(r"[ ]*(?:,|và|,[ ]*và)[ ]*", between):
            run.append(p)
            run_start = min(run_start, p.start)
        else:
            break
    return list(dict.fromkeys(p.name for p in sorted(run, key=lambda p: (p.start, p.end))))


def _indicator(doc: Document, cs: int, q: Quantity, ce: int) -> str:
    pre = doc.text[cs:q.start]
    pre = re.sub(r"^[\s\-+•*:,]*(?:[a-zđ0-9]{1,2}[.)]\s+)?(?:(?:[Đđ]ến năm|[Gg]iai đoạn|[Nn]ăm)\s+[\d\s\-–]+[,:]?\s*)?", "", pre)
    pre = re.sub(r"\s+(?:đạt|là|chiếm|ở mức|với|có)?\s*$", "", pre).strip(" ,:;-")
    post = doc.text[q.end:ce].strip(" ,")
    if q.unit == "%" and post and post[0].islower():
        post_words = post.split()[:8]
        pre = f"{pre} trong {' '.join(post_words)}".strip()
    words = pre.split()
    if len(words) > 18:
        pre = " ".join(words[-18:])
    return pre or post[:80]


def _index_values(doc: Document, start: int, end: int) -> list[Quantity]:
    out = []
    for m in _INDEX_VALUE.finditer(doc.key, start, end):
        line_start = doc.key.rfind("\n", 0, m.start()) + 1
        if "chỉ số" not in doc.key[line_start:m.start()][-120:]:
            continue
        from nlpolicy.extract.numbers import parse_vn_number
        v = parse_vn_number(m.group("num"))
        if v is None:
            continue
        cmp_ = {"trên": ">", "dưới": "<", "tối thiểu": ">=", "ít nhất": ">="}.get(m.group("cmp"), "=")
        out.append(Quantity(m.start(), m.end(), doc.text[m.start():m.end()], v, None, None, cmp_,
                            m.start("num"), m.end("num")))
    return out
