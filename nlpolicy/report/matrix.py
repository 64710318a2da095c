"""The task x agency matrix, the target table and the checklists, as plain data.

Everything here is pure: contract dicts (``nlpolicy.extraction/1``, and
optionally ``nlpolicy.links/1``) in, frozen dataclasses out.  The renderers
(``xlsx.py``, ``html.py``, ``docx.py``, ``checklist.py``, ``csvout.py``) only
lay this model out; none of them reads an extraction dict itself.

Row order is the documents' order (the resolution first), then the tasks'
order inside each document.  Agency columns are in order of first appearance.
Nothing reads the clock: the run timestamp is a renderer argument.
"""
from __future__ import annotations

import calendar
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from pathlib import PurePath

ROLE_LETTER = {"lead": "C", "support": "P", "report_to": "B"}
ROLE_VI = {"lead": "chủ trì", "support": "phối hợp", "report_to": "báo cáo"}
ROLE_ORDER = {"lead": 0, "support": 1, "report_to": 2}
INFERRED_VI = "suy luận"

KIND_VI = {
    "resolution": "Nghị quyết", "conclusion": "Kết luận", "directive": "Chỉ thị",
    "plan": "Kế hoạch", "programme": "Chương trình hành động", "report": "Báo cáo",
    "decision": "Quyết định", "other": "Văn bản",
}
# documents whose own tasks are the ones to follow up (the others implement them)
LEADING_KINDS = ("resolution", "conclusion", "directive")

TASK_LINKED = "có văn bản triển khai"
TASK_UNLINKED = "chưa có"
TASK_UNCHECKED = "chưa đối chiếu"      # no links were given: nothing to say either way
TASK_IMPLEMENTING = "văn bản triển khai"  # a row of an implementing document itself

TARGET_STATUS_VI = {
    "met": "đạt", "not_met": "không đạt", "on_track": "đúng tiến độ",
    "no_data": "chưa có số liệu",
}
TARGET_KIND_VI = {"target": "chỉ tiêu", "baseline": "số liệu thực hiện"}
COMPARATOR_VI = {"=": "đạt", ">": "trên", ">=": "ít nhất", "<": "dưới", "<=": "không quá",
                 "range": "từ … đến"}

# Short forms for sheet names and narrow places.  Kept here rather than in a
# resources file because the package data of this module only ships templates/.
ABBREVIATIONS = (
    ("Ủy ban Mặt trận Tổ quốc Việt Nam", "UBMTTQVN"),
    ("Mặt trận Tổ quốc Việt Nam", "MTTQVN"),
    ("Ủy ban nhân dân", "UBND"),
    ("Hội đồng nhân dân", "HĐND"),
    ("Ban Cán sự đảng", "BCSĐ"),
    ("Ban Thường vụ", "BTV"),
    ("Ban Quản lý các khu công nghiệp", "BQL các KCN"),
    ("Trung ương", "TW"),
)

RECURRING_VI = {
    "yearly": "Hằng năm", "half-yearly": "Định kỳ 6 tháng", "quarterly": "Hằng quý",
    "monthly": "Hằng tháng",
}
ROMAN_QUARTER = {1: "I", 2: "II", 3: "III", 4: "IV"}


# ---------------------------------------------------------------- model

@dataclass(frozen=True)
class DocumentInfo:
    index: int
    kind: str
    number: str | None
    date: str | None
    title: str | None
    issuer: str | None
    path: str | None
    text: str
    headings: tuple[tuple[str, str], ...] = ()   # (section id, heading), in document order

    def heading(self, section: str) -> str:
        return next((h for sid, h in self.headings if sid == section), "")

    @property
    def kind_vi(self) -> str:
        return KIND_VI.get(self.kind, KIND_VI["other"])

    @property
    def label(self) -> str:
        """ "Nghị quyết 05-NQ/TU", or the kind alone when the number is unknown."""
        return f"{self.kind_vi} {self.number}" if self.number else self.kind_vi

    @property
    def date_vi(self) -> str:
        return format_iso_date(self.date) if self.date else ""


@dataclass(frozen=True)
class Evidence:
    """A stretch of one document's text, with the words to highlight.

    ``highlights`` are ``(start, end)`` pairs relative to ``text``.
    """
    doc: int
    start: int
    end: int
    text: str
    highlights: tuple[tuple[int, int], ...] = ()
    note: str = ""


@dataclass(frozen=True)
class Deadline:
    value: str
    label: str                 # "trước 01/07/2019", "2020", "2016–2020", "Hằng năm"
    due: date | None           # the last day it allows; None when recurring or unparsed
    recurring: bool

    @property
    def sort_key(self) -> tuple:
        if self.due:
            return (0, self.due.isoformat(), self.value)
        return (1, "", self.value)


@dataclass(frozen=True)
class Agency:
    name: str
    short: str
    slug: str


@dataclass(frozen=True)
class Cell:
    agency: str
    role: str                  # lead | support | report_to
    source: str                # explicit | inferred
    evidence: tuple[Evidence, ...]

    @property
    def inferred(self) -> bool:
        return self.source == "inferred"

    @property
    def letter(self) -> str:
        """C / P / B; lower case when inferred, so plain-text outputs keep the difference."""
        letter = ROLE_LETTER.get(self.role, "?")
        return letter.lower() if self.inferred else letter

    @property
    def role_vi(self) -> str:
        role = ROLE_VI.get(self.role, self.role)
        return f"{role} ({INFERRED_VI})" if self.inferred else role


@dataclass(frozen=True)
class TaskRow:
    key: str                   # unique in the matrix: "<doc>:<task id>"
    doc: int
    id: str
    section: str
    section_heading: str
    text: str                  # the task's sentence, markup removed
    short: str
    deadline: Deadline | None
    status: str
    status_detail: tuple[str, ...]   # which documents / sections back the status
    cells: tuple[Cell, ...]
    evidence: Evidence

    def cells_of(self, agency: str) -> tuple[Cell, ...]:
        return tuple(c for c in self.cells if c.agency == agency)

    def letters(self, agency: str) -> str:
        return "/".join(c.letter for c in self.cells_of(agency))


@dataclass(frozen=True)
class Reported:
    value: float
    year: int | None
    status: str                # met | not_met | on_track | no_data
    document: str              # label of the reporting document
    evidence: Evidence | None


@dataclass(frozen=True)
class TargetRow:
    key: str
    doc: int
    section: str
    kind: str
    indicator: str
    subject: str | None
    comparator: str
    value: float
    value_max: float | None
    unit: str
    year: int | None
    period: tuple[int, int] | None
    evidence: Evidence
    reported: Reported | None

    @property
    def status(self) -> str:
        if self.kind != "target":
            return ""
        return TARGET_STATUS_VI[self.reported.status if self.reported else "no_data"]

    @property
    def value_vi(self) -> str:
        if self.comparator == "range" and self.value_max is not None:
            return f"{format_number(self.value)}–{format_number(self.value_max)}"
        return format_number(self.value)


@dataclass(frozen=True)
class ChecklistItem:
    task: TaskRow
    cells: tuple[Cell, ...]

    @property
    def roles_vi(self) -> str:
        return ", ".join(c.role_vi for c in self.cells)


@dataclass(frozen=True)
class Matrix:
    documents: tuple[DocumentInfo, ...]
    agencies: tuple[Agency, ...]
    tasks: tuple[TaskRow, ...]
    targets: tuple[TargetRow, ...]
    linked: bool               # whether links were given (else task status is unknown)

    @property
    def resolution(self) -> DocumentInfo:
        return self.documents[0]

    def checklist(self, agency: str) -> tuple[ChecklistItem, ...]:
        """The agency's tasks by deadline (dated first, recurring next, undated last)."""
        items = [ChecklistItem(t, t.cells_of(agency)) for t in self.tasks if t.cells_of(agency)]
        order = {t.key: i for i, t in enumerate(self.tasks)}
        return tuple(sorted(items, key=lambda it: (
            it.task.deadline.sort_key if it.task.deadline else (2, "", ""),
            order[it.task.key])))

    def sections(self) -> tuple[str, ...]:
        """Section ids that hold tasks, and their ancestors, in first-seen order."""
        seen: dict[str, None] = {}
        for t in self.tasks:
            parts = t.section.split(".")
            for i in range(1, len(parts) + 1):
                seen.setdefault(".".join(parts[:i]), None)
        return tuple(seen)


# ---------------------------------------------------------------- building

def build_matrix(extractions: list[dict] | tuple[dict, ...], links: dict | None = None) -> Matrix:
    """The model for a resolution (first) and the documents that implement it.

    ``links`` is an ``nlpolicy.links/1`` dict or None.
    """
    if not extractions:
        raise ValueError("build_matrix needs at least one extraction")
    docs = tuple(_document_info(i, ex) for i, ex in enumerate(extractions))
    links = links or None
    task_links = (links or {}).get("task_links") or []
    tasks: list[TaskRow] = []
    for doc, ex in zip(docs, extractions):
        tasks.extend(_task_rows(doc, ex, task_links, links is not None))
    agencies = _agency_columns(tasks)
    targets: list[TargetRow] = []
    for doc, ex in zip(docs, extractions):
        targets.extend(_target_rows(doc, ex, docs, (links or {}).get("progress") or []))
    return Matrix(documents=docs, agencies=agencies, tasks=tuple(tasks),
                  targets=tuple(targets), linked=links is not None)


def _document_info(index: int, ex: dict) -> DocumentInfo:
    d = ex.get("document") or {}
    return DocumentInfo(index=index, kind=d.get("kind") or "other", number=d.get("number"),
                        date=d.get("date"), title=d.get("title"), issuer=d.get("issuer"),
                        path=d.get("path") or ex.get("path"), text=d.get("text") or "",
                        headings=tuple((s["id"], clean_text(s.get("heading") or ""))
                                       for s in ex.get("sections") or ()))


def _task_rows(doc: DocumentInfo, ex: dict, task_links: list[dict], linked: bool) -> list[TaskRow]:
    text = doc.text
    headings = {s["id"]: clean_text(s.get("heading") or "") for s in ex.get("sections") or ()}
    relations = {(d.get("section"), d.get("value")): d.get("relation")
                 for d in ex.get("deadlines") or ()}
    mentions = {a["name"]: [(m["start"], m["end"]) for m in a.get("mentions") or ()]
                for a in ex.get("agencies") or ()}
    raw_tasks = ex.get("tasks") or ()

    # where each agency is given something explicitly: the basis of an inference
    explicit: dict[str, dict] = {}
    for t in raw_tasks:
        for a in t.get("assignments") or ():
            if a.get("source") == "explicit" and a.get("role") == "lead":
                explicit.setdefault(a["agency"], t)

    rows = []
    for t in raw_tasks:
        ev = Evidence(doc.index, t["start"], t["end"], text[t["start"]:t["end"]] or t["text"])
        cells = []
        for a in sorted(t.get("assignments") or (), key=lambda a: ROLE_ORDER.get(a["role"], 9)):
            own = _with_mentions(ev, mentions.get(a["agency"], ()))
            evidence = (own,)
            if a.get("source") == "inferred" and not own.highlights:
                basis = explicit.get(a["agency"])
                if basis is not None and basis is not t:
                    b = Evidence(doc.index, basis["start"], basis["end"],
                                 text[basis["start"]:basis["end"]] or basis["text"],
                                 note=f"{INFERRED_VI} từ mục {basis['section']}")
                    evidence = (own, _with_mentions(b, mentions.get(a["agency"], ())))
            cells.append(Cell(a["agency"], a["role"], a.get("source") or "explicit", evidence))
        deadline = None
        if t.get("deadline"):
            deadline = parse_deadline(t["deadline"], relations.get((t["section"], t["deadline"])))
        status, detail = _task_status(doc, t, task_links, linked)
        body = clean_text(t["text"])
        rows.append(TaskRow(
            key=f"{doc.index}:{t['id']}", doc=doc.index, id=t["id"], section=t["section"],
            section_heading=headings.get(t["section"], ""), text=body, short=shorten(body),
            deadline=deadline, status=status, status_detail=detail, cells=tuple(cells),
            evidence=ev))
    return rows


def _task_status(doc: DocumentInfo, task: dict, task_links: list[dict],
                 linked: bool) -> tuple[str, tuple[str, ...]]:
    if doc.index != 0:
        serves = sorted({tl["resolution_section"] for tl in task_links
                         if _same_path(tl.get("document"), doc.path)
                         and tl.get("document_section") == task["section"]})
        return TASK_IMPLEMENTING, tuple(f"thực hiện mục {s}" for s in serves)
    if not linked:
        return TASK_UNCHECKED, ()
    hits = [tl for tl in task_links
            if tl.get("resolution_task") == task["id"]
            or (not tl.get("resolution_task") and tl.get("resolution_section") == task["section"])]
    if not hits:
        return TASK_UNLINKED, ()
    detail = tuple(dict.fromkeys(
        f"{PurePath(tl['document']).name if tl.get('document') else '?'}"
        f" (mục {tl.get('document_section') or '?'})" for tl in hits))
    return TASK_LINKED, detail


def _with_mentions(ev: Evidence, spans) -> Evidence:
    hl = tuple((max(s, ev.start) - ev.start, min(e, ev.end) - ev.start)
               for s, e in sorted(spans) if s < ev.end and e > ev.start)
    return Evidence(ev.doc, ev.start, ev.end, ev.text, hl, ev.note)


def _agency_columns(tasks: list[TaskRow]) -> tuple[Agency, ...]:
    names: dict[str, None] = {}
    for t in tasks:
        for c in t.cells:
            names.setdefault(c.agency, None)
    slugs: set[str] = set()
    out = []
    for name in names:
        slug = base = slugify(name) or "co-quan"
        n = 2
        while slug in slugs:
            slug, n = f"{base}-{n}", n + 1
        slugs.add(slug)
        out.append(Agency(name=name, short=abbreviate(name), slug=slug))
    return tuple(out)


def _target_rows(doc: DocumentInfo, ex: dict, docs: tuple[DocumentInfo, ...],
                 progress: list[dict]) -> list[TargetRow]:
    rows = []
    for i, t in enumerate(ex.get("targets") or ()):
        ev = Evidence(doc.index, t["start"], t["end"], doc.text[t["start"]:t["end"]] or t["text"])
        ev = Evidence(ev.doc, ev.start, ev.end, ev.text,
                      number_spans(ev.text, t["value"], t.get("value_max")))
        reported = _reported(t, docs, progress) if doc.index == 0 and t["kind"] == "target" \
            else None
        period = tuple(t["period"]) if t.get("period") else None
        rows.append(TargetRow(
            key=f"{doc.index}:t{i}", doc=doc.index, section=t.get("section") or "",
            kind=t["kind"], indicator=clean_text(t.get("indicator") or ""),
            subject=t.get("subject"), comparator=t.get("comparator") or "=",
            value=t["value"], value_max=t.get("value_max"), unit=t.get("unit") or "",
            year=t.get("year"), period=period, evidence=ev, reported=reported))
    return rows


def _reported(target: dict, docs: tuple[DocumentInfo, ...], progress: list[dict]) -> Reported | None:
    """The latest reported value for a target (by reported year, then link order)."""
    def same(p: dict) -> bool:
        pt = p.get("target") or {}
        return (pt.get("value") == target["value"] and pt.get("unit") == target.get("unit")
                and pt.get("year") == target.get("year")
                and pt.get("section", target.get("section")) == target.get("section")
                and pt.get("indicator", target.get("indicator")) == target.get("indicator"))
    hits = [(p.get("reported_year") or 0, i, p) for i, p in enumerate(progress) if same(p)]
    if not hits:
        return None
    _, _, p = max(hits, key=lambda h: (h[0], h[1]))
    doc = next((d for d in docs if _same_path(d.path, p.get("document"))), None)
    label = doc.label if doc else PurePath(p.get("document") or "?").name
    evidence = None
    if p.get("text") is not None:
        hl = number_spans(p["text"], p.get("reported_value"), None)
        evidence = Evidence(doc.index if doc else -1, p.get("start", 0), p.get("end", 0),
                            p["text"], hl)
    return Reported(value=p.get("reported_value"), year=p.get("reported_year"),
                    status=p.get("status") or "no_data", document=label, evidence=evidence)


def _same_path(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return False
    if a == b:
        return True
    pa, pb = PurePath(a), PurePath(b)
    return pa.parts[-len(pb.parts):] == pb.parts or pb.parts[-len(pa.parts):] == pa.parts


# ---------------------------------------------------------------- text helpers

_MARKUP = re.compile(r"\*+")
_BULLET = re.compile(r"^\s*[-+•]\s+")
_SPACES = re.compile(r"\s+")


def clean_text(text: str) -> str:
    """Drop conversion markup and bullets, join lines.

    >>> clean_text("+ *Đến năm 2020*: Cơ bản hoàn thành\\n\\nhạ tầng")
    'Đến năm 2020: Cơ bản hoàn thành hạ tầng'
    """
    text = _BULLET.sub("", text)
    text = _MARKUP.sub("", text)
    return _SPACES.sub(" ", text).strip()


def shorten(text: str, limit: int = 160) -> str:
    """Cut at a word boundary.

    >>> shorten("Phối hợp với các bộ, ngành Trung ương", 20)
    'Phối hợp với các bộ,…'
    """
    if len(text) <= limit:
        return text
    cut = text[:limit]
    if not text[limit].isspace() and " " in cut:
        cut = cut[:cut.rindex(" ")]
    return cut.rstrip() + "…"


def slugify(name: str) -> str:
    """An ASCII file name for an agency.

    >>> slugify("Ủy ban nhân dân tỉnh")
    'uy-ban-nhan-dan-tinh'
    >>> slugify("Đảng đoàn")
    'dang-doan'
    """
    folded = unicodedata.normalize("NFD", name.replace("đ", "d").replace("Đ", "D"))
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")[:60].rstrip("-")


def abbreviate(name: str) -> str:
    """ "Ủy ban nhân dân tỉnh" -> "UBND tỉnh".

    >>> abbreviate("Ban Cán sự đảng Ủy ban nhân dân tỉnh")
    'BCSĐ UBND tỉnh'
    """
    for long, short in ABBREVIATIONS:
        name = re.sub(re.escape(long), short, name, flags=re.I)
    return name


def format_number(value: float | None) -> str:
    """Vietnamese style: a decimal comma, dots between thousands.

    >>> format_number(9.5), format_number(1200), format_number(300.0)
    ('9,5', '1.200', '300')
    """
    if value is None:
        return ""
    if float(value).is_integer():
        return f"{int(value):,}".replace(",", ".")
    whole, frac = f"{value:.6f}".rstrip("0").split(".")
    return f"{int(whole):,}".replace(",", ".") + "," + frac


def number_spans(text: str, value, value_max) -> tuple[tuple[int, int], ...]:
    """Where the value (and the range's upper end) is printed in ``text``.

    >>> number_spans("đạt bình quân 9,5%/năm", 9.5, None)
    ((14, 17),)
    """
    spans = []
    for v in (value, value_max):
        if v is None:
            continue
        printed = format_number(v)
        m = re.search(rf"(?<![\d.,]){re.escape(printed)}(?![\d]|[.,]\d)", text)
        if m is None and "." in printed:       # "1200" printed without grouping
            m = re.search(rf"(?<![\d.,]){re.escape(printed.replace('.', ''))}(?!\d)", text)
        if m:
            spans.append((m.start(), m.end()))
    return tuple(sorted(set(spans)))


def format_iso_date(value: str) -> str:
    """ "2019-07-01" -> "01/07/2019"; other shapes are returned as they are."""
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", value)
    return f"{m[3]}/{m[2]}/{m[1]}" if m else value


def parse_deadline(value: str, relation: str | None = None) -> Deadline:
    """A contract deadline value, with a Vietnamese label and the last day it allows.

    >>> parse_deadline("2019-07-01", "before").label
    'trước 01/07/2019'
    >>> parse_deadline("2016/2020").due
    datetime.date(2020, 12, 31)
    >>> parse_deadline("2026-Q2").label, parse_deadline("2026-Q2").due
    ('quý II/2026', datetime.date(2026, 6, 30))
    >>> parse_deadline("yearly:12-10").label
    'Hằng năm (trước ngày 10/12)'
    """
    v = value.strip()
    if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", v):
        due = _safe_date(int(m[1]), int(m[2]), int(m[3]))
        label = format_iso_date(v)
        return Deadline(value, f"trước {label}" if relation == "before" else label, due, False)
    if m := re.fullmatch(r"(\d{4})-(\d{2})", v):
        y, mo = int(m[1]), int(m[2])
        due = _safe_date(y, mo, calendar.monthrange(y, mo)[1]) if 1 <= mo <= 12 else None
        return Deadline(value, f"tháng {mo:02d}/{y}", due, False)
    if m := re.fullmatch(r"(\d{4})-Q([1-4])", v):
        y, q = int(m[1]), int(m[2])
        due = _safe_date(y, q * 3, calendar.monthrange(y, q * 3)[1])
        return Deadline(value, f"quý {ROMAN_QUARTER[q]}/{y}", due, False)
    if m := re.fullmatch(r"(\d{4})/(\d{4})", v):
        return Deadline(value, f"{m[1]}–{m[2]}", _safe_date(int(m[2]), 12, 31), False)
    if m := re.fullmatch(r"\d{4}", v):
        return Deadline(value, v, _safe_date(int(v), 12, 31), False)
    kind, _, when = v.partition(":")
    if kind in RECURRING_VI:
        label = RECURRING_VI[kind]
        if kind == "yearly" and (m := re.fullmatch(r"(\d{1,2})-(\d{1,2})", when)):
            label += f" (trước ngày {int(m[2]):02d}/{int(m[1]):02d})"
        elif kind == "monthly" and when.isdigit():
            label += f" (trước ngày {int(when)})"
        return Deadline(value, label, None, True)
    return Deadline(value, value, None, False)


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None
