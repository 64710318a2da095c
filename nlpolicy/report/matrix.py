"""The task x agency matrix, the target table and the checklists, as plain data.

Everything here is pure: contract dicts (``nlpolicy.extraction/1``, and
optionally ``nlpolicy.links/1``) in, frozen dataclasses out.  The renderers
(``xlsx.py``, ``html.py``, ``docx.py``, ``checklist.py``, ``csvout.py``) only
lay this model out; none of them reads an extraction dict itself.

Row order is the documents' order (the resolution first), then the tasks'
order inside each document; a task stated twice in one document (in its body and as a row of
its appendix) is one row.  Agency columns are ordered and merged by :mod:`.columns`.  Task
status comes from the link stage (:mod:`.status`), corrections staff made from
:mod:`.corrections`.  Nothing reads the clock: the run timestamp is a renderer argument.
"""
from __future__ import annotations

import calendar
import re
import unicodedata
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import PurePath

ROLE_LETTER = {"lead": "C", "support": "P", "report_to": "B"}
ROLE_VI = {"lead": "chủ trì", "support": "phối hợp", "report_to": "báo cáo"}
ROLE_ORDER = {"lead": 0, "support": 1, "report_to": 2}
INFERRED_VI = "suy luận"
MANUAL_VI = "sửa thủ công"
MANUAL_MARK = "✎"           # after a value staff corrected, in every output

KIND_VI = {
    "resolution": "Nghị quyết", "conclusion": "Kết luận", "directive": "Chỉ thị",
    "plan": "Kế hoạch", "programme": "Chương trình hành động", "report": "Báo cáo",
    "decision": "Quyết định", "other": "Văn bản",
}
# documents whose own tasks are the ones to follow up (the others implement them)
LEADING_KINDS = ("resolution", "conclusion", "directive")


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
    ("Ủy ban Thường vụ Quốc hội", "UBTVQH"),
    ("Ủy ban Thường vụ", "UBTV"),
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
    "monthly": "Hằng tháng", "weekly": "Hằng tuần",
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
    spans: tuple[tuple[str, int, int], ...] = ()  # (section id, start, end), in document order
    named: str = ""            # the linker's name for it ("Công văn 402-CV/VPĐU"), when given
    reports: bool = False      # a report on the resolution: its sentences give status, not tasks

    def heading(self, section: str) -> str:
        return next((h for sid, h in self.headings if sid == section), "")

    @property
    def kind_vi(self) -> str:
        return KIND_VI.get(self.kind, KIND_VI["other"])

    @property
    def label(self) -> str:
        """ "Nghị quyết 05-NQ/TU", or the kind alone when the number is unknown."""
        if self.named:
            return self.named
        return f"{self.kind_vi} {self.number}" if self.number else self.kind_vi

    @property
    def ref(self) -> str:
        """What names the document in a corrections table: its number, else its file name."""
        return self.number or (PurePath(self.path).name if self.path else str(self.index))

    @property
    def date_vi(self) -> str:
        return format_iso_date(self.date) if self.date else ""

    def where(self, pos: int) -> str:
        """ "mục II.4.7, đoạn 2": the most specific section holding ``pos`` and the paragraph (a
        non-empty line) below its heading line; "mục II.4.7" on the heading line itself.

        >>> d = DocumentInfo(0, "plan", None, None, None, None, None,
        ...                  "1. Mục tiêu\\nCâu một.\\n\\nCâu hai.", spans=(("I.1", 0, 29),))
        >>> d.where(3), d.where(25)
        ('mục I.1', 'mục I.1, đoạn 2')
        """
        best = None
        for sid, s, e in self.spans:
            if s <= pos < e and (best is None or s >= best[1]):
                best = (sid, s, e)
        start = best[1] if best else 0
        lines = self.text[start:pos].split("\n")
        if best and len(lines) == 1:
            return f"mục {best[0]}"
        before = lines[1:-1] if best else lines[:-1]
        para = sum(1 for line in before if line.strip()) + 1
        return f"mục {best[0]}, đoạn {para}" if best else f"đoạn {para}"


@dataclass(frozen=True)
class Evidence:
    """A stretch of one document's text, with the words to highlight.

    ``highlights`` are ``(start, end)`` pairs relative to ``text``; ``where`` says where the text
    stands ("mục II.4.7, đoạn 2").
    """
    doc: int
    start: int
    end: int
    text: str
    highlights: tuple[tuple[int, int], ...] = ()
    note: str = ""
    where: str = ""


@dataclass(frozen=True)
class Deadline:
    value: str
    label: str                 # "trước 01/07/2019", "2020", "2016–2020", "Hằng năm"
    due: date | None           # the last day it allows; None when recurring or unparsed
    recurring: bool
    before: bool = False       # "trước ngày D": the last day is D - 1

    @property
    def sort_key(self) -> tuple:
        if self.due:
            return (0, self.due.isoformat(), self.value)
        return (1, "", self.value)


@dataclass(frozen=True)
class Agency:
    name: str                  # the column name: one body, one collective, or a group "A, B, C"
    short: str
    slug: str
    level: str = "province"    # nlpolicy.report.columns.LEVELS
    members: tuple[str, ...] = ()   # the extraction's names this column stands for

    @property
    def level_vi(self) -> str:
        from nlpolicy.report.columns import LEVEL_VI
        return LEVEL_VI[self.level]


@dataclass(frozen=True)
class Cell:
    agency: str
    role: str                  # lead | support | report_to
    source: str                # explicit | inferred | manual
    evidence: tuple[Evidence, ...]
    names: tuple[str, ...] = ()     # the extraction's names behind it (a group column: its members)
    auto: str = ""             # a manual cell: the letter(s) the documents gave ("" = none)

    @property
    def inferred(self) -> bool:
        return self.source == "inferred"

    @property
    def manual(self) -> bool:
        return self.source == "manual"

    @property
    def letter(self) -> str:
        """C / P / B; lower case when inferred, so plain-text outputs keep the difference."""
        letter = ROLE_LETTER.get(self.role, "?")
        return letter.lower() if self.inferred else letter

    @property
    def role_vi(self) -> str:
        role = ROLE_VI.get(self.role, self.role)
        if self.inferred:
            return f"{role} ({INFERRED_VI})"
        return f"{role} ({MANUAL_VI})" if self.manual else role


@dataclass(frozen=True)
class TaskRow:
    key: str                   # unique in the matrix: "<doc>:<task id>"
    doc: int
    id: str
    section: str
    section_heading: str
    text: str                  # the task's sentence, markup and its repeated number removed
    short: str
    deadline: Deadline | None
    status: str                # one of nlpolicy.report.status.STATUSES
    status_detail: tuple[str, ...]   # where the status comes from ("Báo cáo 12-BC/BCSĐ: “...”")
    cells: tuple[Cell, ...]
    evidence: Evidence
    product: str = ""          # the "Sản phẩm" / "Kết quả" cell of the task's table row
    note: str = ""             # the "Ghi chú" cell of its table row, or a note staff wrote
    status_evidence: Evidence | None = None
    status_source: str = ""    # "Công văn 402-CV/VPĐU, mục A.II.2": where the status is read
    manual: tuple[str, ...] = ()     # fields staff corrected: "deadline", "status", "note"
    also: tuple[str, ...] = ()       # sections of the same task merged into this row ("II.1.a")
    also_ids: tuple[str, ...] = ()   # their task ids
    auto: tuple[tuple[str, str], ...] = ()      # a corrected field -> what the documents gave
    removed: tuple[tuple[str, str], ...] = ()   # agencies staff took off -> their letters

    def cells_of(self, agency: str) -> tuple[Cell, ...]:
        return tuple(c for c in self.cells if c.agency == agency)

    def letters(self, agency: str) -> str:
        return "/".join(c.letter + (MANUAL_MARK if c.manual else "") for c in self.cells_of(agency))

    @property
    def ids(self) -> tuple[str, ...]:
        return (self.id,) + self.also_ids

    def is_manual(self, field: str) -> bool:
        return field in self.manual


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
    linked: bool               # whether links were given
    as_of: date | None = None  # the day task status is reckoned on
    notes: tuple[str, ...] = ()      # what the user should know about this run (one line each)
    status_known: bool = False       # whether the link stage gave task status at all
    left_out: tuple[str, ...] = ()   # documents given that do not carry the resolution out: why

    @property
    def resolution(self) -> DocumentInfo:
        return self.documents[0]

    def agency(self, name: str) -> Agency | None:
        return next((a for a in self.agencies if a.name == name), None)

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

def build_matrix(extractions: list[dict] | tuple[dict, ...], links: dict | None = None, *,
                 statuses: dict | None = None, as_of: date | None = None,
                 notes: tuple[str, ...] = ()) -> Matrix:
    """The model for a resolution (first) and the documents that implement it.

    ``links`` is an ``nlpolicy.links/1`` dict or None; a document it leaves out ("không phải
    văn bản triển khai ...") is not drawn, and its message goes to ``notes``.  ``statuses`` maps
    the resolution's task ids to the link stage's TaskStatus (``status, source, quote, start,
    end, document_label``); a task it does not name reads "Chưa có thông tin".
    """
    if not extractions:
        raise ValueError("build_matrix needs at least one extraction")
    linked = {d.get("path"): d for d in (links or {}).get("documents") or ()}
    if (links or {}).get("resolution"):
        linked.setdefault(links["resolution"].get("path"), links["resolution"])
    docs = tuple(_document_info(i, ex, _linked_entry(linked, ex))
                 for i, ex in enumerate(extractions))
    statuses = statuses or {}
    # documents the linker found not to carry the resolution out are named and not drawn
    notes, left_out = list(notes), ()
    left = {e.get("path"): e for e in (links or {}).get("left_out") or ()}
    if left:
        out = [d for d in docs[1:] if _linked_entry(left, extractions[d.index])]
        left_out = tuple(_linked_entry(left, extractions[d.index]).get("message")
                         or f"{d.label}: left out" for d in out)
        notes += left_out
        kept = [0] + [d.index for d in docs[1:] if d not in out]
        extractions = [extractions[i] for i in kept]
        docs = tuple(replace(docs[i], index=n) for n, i in enumerate(kept))
    tasks: list[TaskRow] = []
    for doc, ex in zip(docs, extractions):
        if doc.reports and doc.index:
            continue       # a report's rows are what was done, not tasks to assign
        rows = _task_rows(doc, ex, statuses if doc.index == 0 else {}, docs)
        tasks.extend(merge_repeated(rows))
    tasks = _unique_keys(tasks)
    tasks, agencies = _columns(tasks)
    targets: list[TargetRow] = []
    for doc, ex in zip(docs, extractions):
        targets.extend(_target_rows(doc, ex, docs, (links or {}).get("progress") or []))
    return Matrix(documents=docs, agencies=agencies, tasks=tuple(tasks),
                  targets=tuple(targets), linked=links is not None, as_of=as_of,
                  notes=tuple(notes), status_known=bool(statuses), left_out=left_out)


def _unique_keys(tasks: list[TaskRow]) -> list[TaskRow]:
    """Row keys made unique: an extraction may give two tasks one id; the second is "…~2"."""
    seen: dict[str, int] = {}
    out = []
    for t in tasks:
        n = seen[t.key] = seen.get(t.key, 0) + 1
        out.append(t if n == 1 else replace(t, key=f"{t.key}~{n}"))
    return out


def _linked_entry(linked: dict, ex: dict) -> dict:
    path = (ex.get("document") or {}).get("path") or ex.get("path")
    return linked.get(path) or next((v for k, v in linked.items() if _same_path(k, path)), {})


def _document_info(index: int, ex: dict, entry: dict | None = None) -> DocumentInfo:
    """One document; ``entry`` is what the linker says of it (its name, whether it reports)."""
    d = ex.get("document") or {}
    secs = ex.get("sections") or ()
    entry = entry or {}
    kind = d.get("kind") or "other"
    return DocumentInfo(index=index, kind=kind, number=d.get("number"),
                        date=d.get("date"), title=d.get("title"), issuer=d.get("issuer"),
                        path=d.get("path") or ex.get("path"), text=d.get("text") or "",
                        headings=tuple((s["id"], clean_text(s.get("heading") or "")) for s in secs),
                        spans=tuple((s["id"], s.get("start", 0), s.get("end", 0)) for s in secs),
                        named=entry.get("label") or "",
                        reports=kind == "report" or entry.get("relation") == "reports_on")


def _evidence(doc: DocumentInfo, start: int, end: int, fallback: str = "", note: str = "") -> Evidence:
    return Evidence(doc.index, start, end, doc.text[start:end] or fallback, note=note,
                    where=doc.where(start) if doc.text else "")


def _task_rows(doc: DocumentInfo, ex: dict, statuses: dict,
               docs: tuple[DocumentInfo, ...]) -> list[TaskRow]:
    from nlpolicy.report.status import UNKNOWN
    headings = {s["id"]: clean_text(s.get("heading") or "") for s in ex.get("sections") or ()}
    deadlines = {(d.get("section"), d.get("value")): d for d in ex.get("deadlines") or ()}
    mentions = {a["name"]: [(m["start"], m["end"]) for m in a.get("mentions") or ()]
                for a in ex.get("agencies") or ()}
    raw_tasks = ex.get("tasks") or ()
    cells_of_row = _table_cells(doc.text, raw_tasks)

    # where each agency is given something explicitly: the basis of an inference
    explicit: dict[str, dict] = {}
    for t in raw_tasks:
        for a in t.get("assignments") or ():
            if a.get("source") == "explicit" and a.get("role") == "lead":
                explicit.setdefault(a["agency"], t)

    rows = []
    for t in raw_tasks:
        ev = _evidence(doc, t["start"], t["end"], t["text"])
        cells = []
        for a in sorted(t.get("assignments") or (), key=lambda a: ROLE_ORDER.get(a["role"], 9)):
            own = _with_mentions(ev, mentions.get(a["agency"], ()))
            evidence = (own,)
            if a.get("source") == "inferred" and not own.highlights:
                basis = explicit.get(a["agency"])
                if basis is not None and basis is not t:
                    b = _evidence(doc, basis["start"], basis["end"], basis["text"],
                                  note=f"{INFERRED_VI} từ mục {basis['section']}")
                    evidence = (own, _with_mentions(b, mentions.get(a["agency"], ())))
            cells.append(Cell(a["agency"], a["role"], a.get("source") or "explicit", evidence,
                              (a["agency"],)))
        deadline = None
        if t.get("deadline"):
            d = deadlines.get((t["section"], t["deadline"])) or {}
            deadline = parse_deadline(t["deadline"], d.get("relation"),
                                      _said_before(doc.text, d) if d else None)
        st = statuses.get(t["id"])
        status, detail, st_ev = UNKNOWN, (), None
        if st is not None:
            status = st.status
            label = st.document_label or ""
            if st.quote:
                quote = shorten(clean_text(st.quote), 200)     # the whole of it is the evidence
                detail = (f"{label}: “{quote}”" if label else f"“{quote}”",)
                src = next((x for x in docs if x.label == label or _same_path(x.path, st.source)),
                           None)
                st_ev = Evidence(src.index if src else -1, st.start or 0, st.end or 0, st.quote,
                                 note=f"Tình trạng theo {label}" if label else "Tình trạng",
                                 where=src.where(st.start or 0) if src and src.text else "")
            elif label:
                detail = (label,)
        source = ""
        if st is not None and st.document_label:
            place = (st_ev.where.split(",")[0] if st_ev and st_ev.where else
                     f"mục {st.section}" if getattr(st, "section", None) else "")
            source = st.document_label + (f", {place}" if place else "")
        product, note = cells_of_row.get(t["id"], ("", ""))
        body = strip_number(clean_text(t["text"]), t["section"])
        rows.append(TaskRow(
            key=f"{doc.index}:{t['id']}", doc=doc.index, id=t["id"], section=t["section"],
            section_heading=headings.get(t["section"], ""), text=body, short=shorten(body),
            deadline=deadline, status=status, status_detail=detail, cells=tuple(cells),
            evidence=ev, product=product, note=note, status_evidence=st_ev,
            status_source=source))
    return rows


def _said_before(text: str, deadline: dict) -> bool:
    """Whether a deadline is written "trước ..." (the word may stand just before its span)."""
    s, e = deadline.get("start") or 0, deadline.get("end") or 0
    window = text[max(0, s - 12):e] if text else deadline.get("text") or ""
    return "trước" in window.lower() or "truoc" in window.lower()


def _table_cells(text: str, raw_tasks) -> dict[str, tuple[str, str]]:
    """Task id -> (product, note): the "Sản phẩm"/"Kết quả" and "Ghi chú" cells of the table row
    the task was read from (nlpolicy.tables, on the same text, so offsets agree)."""
    if not text or not raw_tasks or "\n" not in text:
        return {}
    from nlpolicy.tables import ColumnRole, find_tables
    rows = [r for tb in find_tables(text) for r in tb.rows if not r.group]
    if not rows:
        return {}
    out = {}
    starts = sorted((r.start, r.end, i) for i, r in enumerate(rows))
    for t in raw_tasks:
        hit = next((rows[i] for s, e, i in starts if s <= t["start"] < e), None)
        if hit is None:
            continue
        product = " ".join(clean_text(c.text) for c in hit.cells if c.role == ColumnRole.PRODUCT)
        note = " ".join(clean_text(c.text) for c in hit.cells if c.role == ColumnRole.NOTE)
        if product or note:
            out[t["id"]] = (product, note)
    return out


def merge_repeated(rows: list[TaskRow]) -> list[TaskRow]:
    """One row for a task the document states twice: in its body and as a row of its appendix
    (see :func:`same_task`), or twice in one section with the same text.  The appendix row is
    kept, where it stands (it has the agencies, the time and the product); the body's section is
    named in ``also``; cells of both are kept, an inferred one only where nobody is named for its
    role.  Each appendix row takes the one body task that is closest to it."""
    words = [_words(r.text) for r in rows]
    merged: dict[int, list[int]] = {}
    taken: set[int] = set()
    for i, r in enumerate(rows):                  # exact repeats in one section
        for j in range(i + 1, len(rows)):
            if j not in taken and i not in taken and rows[j].section == r.section \
                    and rows[j].text == r.text:
                merged.setdefault(i, []).append(j)
                taken.add(j)
    body = [i for i, r in enumerate(rows) if not r.section.startswith("PL") and i not in taken]
    for i, r in enumerate(rows):
        if not r.section.startswith("PL") or i in taken:
            continue
        best = max(((_containment(words[i], words[j]), -j) for j in body if j not in taken),
                   default=(0.0, 0))
        if best[0] >= SAME_TASK_CONTAINMENT:
            j = -best[1]
            merged.setdefault(i, []).append(j)
            taken.add(j)
    out = []
    for i, r in enumerate(rows):
        if i in taken:
            continue
        for j in merged.get(i, ()):
            r = _merged(r, rows[j])
        out.append(r)
    return out


SAME_TASK_CONTAINMENT = 0.9


def same_task(a: TaskRow, b: TaskRow) -> bool:
    """Two rows of one document stating the same task: the same section and text, or a body
    task and an appendix row where 90% of the words of the shorter (eight words at least) are
    in the other ("Xây dựng đề án ..." in the table, "Sở Tài chính chủ trì xây dựng đề án ...,
    trình UBND tỉnh trước ngày ..." in the body)."""
    if a.doc != b.doc:
        return False
    if a.section == b.section and a.text == b.text:
        return True
    if a.section.startswith("PL") == b.section.startswith("PL"):
        return False
    return _containment(_words(a.text), _words(b.text)) >= SAME_TASK_CONTAINMENT


def _containment(wa: set, wb: set) -> float:
    small = min(len(wa), len(wb))
    return len(wa & wb) / small if small >= 8 else 0.0


def _words(text: str) -> set[str]:
    from nlpolicy.textfold import fold
    return set(re.findall(r"\w+", fold(text)))


def _merged(main: TaskRow, extra: TaskRow) -> TaskRow:
    roles_named = {c.role for c in main.cells if not c.inferred}
    cells = list(main.cells)
    have = {(c.agency, c.role) for c in cells}
    for c in extra.cells:
        if (c.agency, c.role) in have or (c.inferred and c.role in roles_named):
            continue
        cells.append(c)
        have.add((c.agency, c.role))
    cells.sort(key=lambda c: ROLE_ORDER.get(c.role, 9))
    from nlpolicy.report.status import UNKNOWN
    status_from = main if main.status != UNKNOWN or extra.status == UNKNOWN else extra
    return replace(
        main, cells=tuple(cells), deadline=main.deadline or extra.deadline,
        product=main.product or extra.product, note=main.note or extra.note,
        status=status_from.status, status_detail=status_from.status_detail,
        status_evidence=status_from.status_evidence, status_source=status_from.status_source,
        also=main.also + (extra.section,) + extra.also, also_ids=main.also_ids + (extra.id,) + extra.also_ids)


def _columns(tasks: list[TaskRow]) -> tuple[list[TaskRow], tuple[Agency, ...]]:
    """Cells renamed to their column (collectives of one class merged, groups named together
    joined), then the columns ordered by level.  See :mod:`nlpolicy.report.columns`."""
    from nlpolicy.report.columns import canonical, grouped_names, level_of, order_columns
    pairs = [[(canonical(c.agency), c.role) for c in t.cells] for t in tasks]
    group = grouped_names(pairs)
    out_tasks = []
    members: dict[str, dict[str, None]] = {}
    for t in tasks:
        cells: dict[tuple[str, str], Cell] = {}
        for c in t.cells:
            col = group.get(canonical(c.agency), canonical(c.agency))
            members.setdefault(col, {}).setdefault(c.agency, None)
            k = (col, c.role)
            if k in cells:
                old = cells[k]
                source = "explicit" if "explicit" in (old.source, c.source) else old.source
                cells[k] = Cell(col, c.role, source, old.evidence + tuple(
                    e for e in c.evidence if e not in old.evidence), old.names + c.names)
            else:
                cells[k] = Cell(col, c.role, c.source, c.evidence, c.names)
        out_tasks.append(replace(t, cells=tuple(cells.values())))
    names = order_columns(list(members))
    slugs: set[str] = set()
    agencies = []
    for name in names:
        slug = base = slugify(name) or "co-quan"
        n = 2
        while slug in slugs:
            slug, n = f"{base}-{n}", n + 1
        slugs.add(slug)
        # a group ("Huyện ủy, Thị ủy, Thành ủy") ranks as its first member
        level = level_of(name if name in members[name] else canonical(next(iter(members[name]))))
        agencies.append(Agency(name=name, short=abbreviate(name), slug=slug, level=level,
                               members=tuple(members[name])))
    rank = {a.name: i for i, a in enumerate(agencies)}
    out_tasks = [replace(t, cells=tuple(sorted(t.cells, key=lambda c: (ROLE_ORDER.get(c.role, 9),
                                                                      rank[c.agency]))))
                 for t in out_tasks]
    return out_tasks, tuple(agencies)


def _with_mentions(ev: Evidence, spans) -> Evidence:
    hl = tuple((max(s, ev.start) - ev.start, min(e, ev.end) - ev.start)
               for s, e in sorted(spans) if s < ev.end and e > ev.start)
    return replace(ev, highlights=hl)


def _target_rows(doc: DocumentInfo, ex: dict, docs: tuple[DocumentInfo, ...],
                 progress: list[dict]) -> list[TargetRow]:
    rows = []
    for i, t in enumerate(ex.get("targets") or ()):
        ev = _evidence(doc, t["start"], t["end"], t["text"])
        ev = replace(ev, highlights=number_spans(ev.text, t["value"], t.get("value_max")))
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
    hits = [(p.get("reported_year") or 0, i, p) for i, p in enumerate(progress) if same(p)
            and p.get("reported_value") is not None]
    if not hits:
        return None
    _, _, p = max(hits, key=lambda h: (h[0], h[1]))
    doc = next((d for d in docs if _same_path(d.path, p.get("document"))), None)
    label = doc.label if doc else PurePath(p.get("document") or "?").name
    evidence = None
    if p.get("text") is not None:
        hl = number_spans(p["text"], p.get("reported_value"), None)
        evidence = Evidence(doc.index if doc else -1, p.get("start", 0), p.get("end", 0),
                            p["text"], hl, where=doc.where(p.get("start", 0)) if doc and doc.text
                            else "")
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

    >>> abbreviate("Ban Cán sự đảng Ủy ban nhân dân tỉnh"), abbreviate("Ủy ban Thường vụ Quốc hội")
    ('BCSĐ UBND tỉnh', 'UBTVQH')
    """
    for long, short in ABBREVIATIONS:
        name = re.sub(rf"(?<!\w){re.escape(long)}(?!\w)", short, name, flags=re.I)
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


def parse_deadline(value: str, relation: str | None = None,
                   said_before: bool | None = None) -> Deadline:
    """A contract deadline value, with a Vietnamese label and the last day it allows.

    "trước ngày D" allows D - 1 ("trước 01/7/2019": the last day is 30/06/2019).  A recurring
    day is "before" when ``said_before`` (the text says "trước ngày 20 hằng tháng"); by default
    the extractor's values for recurring days come from "trước ngày ..." and are read so.

    >>> parse_deadline("2019-07-01", "before").label, parse_deadline("2019-07-01", "before").due
    ('trước 01/07/2019', datetime.date(2019, 6, 30))
    >>> parse_deadline("2016/2020").due
    datetime.date(2020, 12, 31)
    >>> parse_deadline("2026-Q2").label, parse_deadline("2026-Q2").due
    ('quý II/2026', datetime.date(2026, 6, 30))
    >>> parse_deadline("2026-Q3/2027-Q2").label, parse_deadline("2026-Q3/2027-Q2").due
    ('quý III/2026 – quý II/2027', datetime.date(2027, 6, 30))
    >>> parse_deadline("2026-04-06/2026-04-17", "during").label, parse_deadline("2026-12/2027-05").due
    ('06/04/2026 – 17/04/2026', datetime.date(2027, 5, 31))
    >>> parse_deadline("yearly:12-10").label
    'Hằng năm (trước ngày 10/12)'
    >>> parse_deadline("monthly:20", "every", False).label
    'Hằng tháng (ngày 20)'
    """
    v = value.strip()
    if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", v):
        day = _safe_date(int(m[1]), int(m[2]), int(m[3]))
        label = format_iso_date(v)
        before = relation == "before"
        due = day - timedelta(days=1) if day and before else day
        return Deadline(value, f"trước {label}" if before else label, due, False, before)
    if m := re.fullmatch(r"(\d{4})-(\d{2})", v):
        y, mo = int(m[1]), int(m[2])
        due = _safe_date(y, mo, calendar.monthrange(y, mo)[1]) if 1 <= mo <= 12 else None
        return Deadline(value, f"tháng {mo:02d}/{y}", due, False)
    if m := re.fullmatch(r"(\d{4})-Q([1-4])", v):
        y, q = int(m[1]), int(m[2])
        due = _safe_date(y, q * 3, calendar.monthrange(y, q * 3)[1])
        return Deadline(value, f"quý {ROMAN_QUARTER[q]}/{y}", due, False)
    if m := re.fullmatch(r"(\d{4})-H([12])", v):
        y, h = int(m[1]), int(m[2])
        return Deadline(value, f"6 tháng {'đầu' if h == 1 else 'cuối'} năm {y}",
                        _safe_date(y, 6 * h, 30 if h == 1 else 31), False)
    if m := re.fullmatch(r"(\d{4})-Q([1-4])/(\d{4})-Q([1-4])", v):
        y, q = int(m[3]), int(m[4])
        return Deadline(value, f"quý {ROMAN_QUARTER[int(m[2])]}/{m[1]} – quý {ROMAN_QUARTER[q]}/{y}",
                        _safe_date(y, q * 3, calendar.monthrange(y, q * 3)[1]), False)
    if re.fullmatch(r"\d{4}-\d{2}(?:-\d{2})?/\d{4}-\d{2}(?:-\d{2})?", v):
        # a span of days or months lived through: "2026-04-06/2026-04-17" is "06/04/2026 – 17/04/2026", due by its end
        a, b = (parse_deadline(x) for x in v.split("/"))
        return Deadline(value, f"{a.label} – {b.label}", b.due, False)
    if m := re.fullmatch(r"(\d{4})/(\d{4})", v):
        return Deadline(value, f"{m[1]}–{m[2]}", _safe_date(int(m[2]), 12, 31), False)
    if m := re.fullmatch(r"\d{4}", v):
        return Deadline(value, v, _safe_date(int(v), 12, 31), False)
    kind, _, when = v.partition(":")
    if kind in RECURRING_VI:
        label = RECURRING_VI[kind]
        before = said_before is not False
        word = "trước ngày" if before else "ngày"
        if kind == "yearly" and (m := re.fullmatch(r"(\d{1,2})-(\d{1,2})", when)):
            label += f" ({word} {int(m[2]):02d}/{int(m[1]):02d})"
        elif kind == "monthly" and when.isdigit():
            label += f" ({word} {int(when)})"
        else:
            before = False
        return Deadline(value, label, None, True, before)
    return Deadline(value, value, None, False)


_NUMBER_LABEL = re.compile(r"^\(?([IVXLC]+|\d+(?:\.\d+)*|[a-zđ])(?:\.|\)|\s*[-–])\s*(?=\S)", re.I)


def strip_number(text: str, section: str | None) -> str:
    """The task without the number its section already shows ("1. Xây dựng ..." -> "Xây dựng ...").

    Only a label that repeats the section's own last number is dropped, so "2025 hoàn thành"
    and a list label that is not the section's stay as they are.

    >>> strip_number("1. Xây dựng kế hoạch", "PL2.1"), strip_number("a) Rà soát", "II.1.a")
    ('Xây dựng kế hoạch', 'Rà soát')
    >>> strip_number("2.1. Để thể chế hóa", "II.2.1"), strip_number("3. Khác", "II.1")
    ('Để thể chế hóa', '3. Khác')
    """
    if not section:
        return text
    m = _NUMBER_LABEL.match(text)
    if not m:
        return text
    label = m.group(1).rstrip(".").split(".")[-1].casefold()
    last = section.split("#")[0].split(".")[-1].casefold()
    if label != last and not (last.startswith("pl") and label == last[2:]):
        return text
    return text[m.end():] or text


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None
