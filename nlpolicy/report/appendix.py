"""The phụ lục as staff draw it: one row per task, eight columns, official wording only.

    STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |
    Sản phẩm | Tiến độ / Tình trạng | Ghi chú

The agency columns hold only what the document says at the task (and what staff corrected).
Everything else goes to "Ghi chú", never into the official cells: agencies *inferred* from the
document's organisation part ("Suy luận từ mục III.2: chủ trì Ủy ban nhân dân tỉnh"), the
bodies a task reports to, the body section a table row repeats, and which cells were corrected
by hand.  Rows are grouped under the document (when there are several) and its top parts.
``xlsx.py`` and ``docx.py`` lay these rows out; one agency's rows make the file sent to it.
"""
from __future__ import annotations

from dataclasses import dataclass

from nlpolicy.report.matrix import INFERRED_VI, MANUAL_MARK, MANUAL_VI, ROLE_VI, Matrix, TaskRow

COLUMNS = ("STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp",
           "Thời gian hoàn thành", "Sản phẩm", "Tiến độ / Tình trạng", "Ghi chú")


@dataclass(frozen=True)
class AppendixRow:
    group: str                 # a group row's title ("" for a task row)
    n: int = 0
    task: str = ""
    lead: tuple[str, ...] = ()
    support: tuple[str, ...] = ()
    deadline: str = ""
    product: str = ""
    status: str = ""
    note: str = ""
    manual: frozenset = frozenset()    # COLUMNS names holding a correction
    key: str = ""

    @property
    def values(self) -> tuple[str, ...]:
        """The eight cells as text (a manual cell ends with ✎)."""
        cells = (str(self.n), self.task, "\n".join(self.lead), "\n".join(self.support),
                 self.deadline, self.product, self.status, self.note)
        return tuple(v + f" {MANUAL_MARK}" if name in self.manual and v else v
                     for name, v in zip(COLUMNS, cells))


def appendix_rows(matrix: Matrix, agency: str | None = None) -> list[AppendixRow]:
    """The phụ lục's rows (all tasks, or the tasks of one agency column)."""
    rows: list[AppendixRow] = []
    n = 0
    several = len({t.doc for t in matrix.tasks}) > 1
    for d in matrix.documents:
        tasks = [t for t in matrix.tasks if t.doc == d.index
                 and (agency is None or t.cells_of(agency))]
        if not tasks:
            continue
        if several:
            rows.append(AppendixRow(group=d.label + (f" {d.title}" if d.title else "")))
        part = None
        for t in tasks:
            top = t.section.split(".")[0]
            if top != part:
                part = top
                heading = d.heading(top)
                rows.append(AppendixRow(group=f"{_part_label(top)}. {heading}" if heading
                                        else _part_label(top)))
            n += 1
            rows.append(task_row(n, t, matrix))
    return rows


def _part_label(top: str) -> str:
    """ "PL2" -> "Phụ lục 2"; a Roman part as it is."""
    return f"Phụ lục {top[2:]}" if top.startswith("PL") and top[2:].isdigit() else top


def task_row(n: int, t: TaskRow, matrix: Matrix) -> AppendixRow:
    lead = tuple(c.agency for c in t.cells if c.role == "lead" and not c.inferred)
    support = tuple(c.agency for c in t.cells if c.role == "support" and not c.inferred)
    manual = set()
    if any(c.manual for c in t.cells if c.role == "lead") or any(
            a for a, _ in t.removed if _was(t, a, "c")):
        manual.add(COLUMNS[2])
    if any(c.manual for c in t.cells if c.role == "support") or any(
            a for a, _ in t.removed if _was(t, a, "p")):
        manual.add(COLUMNS[3])
    if t.is_manual("deadline"):
        manual.add(COLUMNS[4])
    if t.is_manual("status"):
        manual.add(COLUMNS[6])
    if t.is_manual("note"):
        manual.add(COLUMNS[7])
    status = t.status
    if t.status_source and not t.is_manual("status"):
        status += f"\n(theo {t.status_source})"      # the quote itself is in the page and sheet
    return AppendixRow(group="", n=n, task=t.text, lead=lead, support=support,
                       deadline=t.deadline.label if t.deadline else "", product=t.product,
                       status=status, note=note_of(t, matrix), manual=frozenset(manual),
                       key=t.key)


def _was(t: TaskRow, agency: str, letter: str) -> bool:
    return any(a == agency and letter in w.lower() for a, w in t.removed)


def note_of(t: TaskRow, matrix: Matrix) -> str:
    """What the official cells leave out, one sentence each."""
    parts = [f"Mục {t.section}" + (f" (nhắc lại ở mục {', '.join(t.also)})" if t.also else "")
             + "."]
    inferred = [c for c in t.cells if c.inferred]
    if inferred:
        basis = sorted({e.note.replace(f"{INFERRED_VI} từ ", "") for c in inferred
                        for e in c.evidence if e.note})
        where = f" ở {', '.join(basis)}" if basis else ""
        parts.append(f"{INFERRED_VI.capitalize()} (giao chung{where}): "
                     + "; ".join(f"{ROLE_VI[c.role]} {c.agency}" for c in inferred) + ".")
    reports = [c.agency for c in t.cells if c.role == "report_to" and not c.inferred]
    if reports:
        parts.append("Báo cáo: " + ", ".join(reports) + ".")
    if t.note:
        parts.append(t.note if t.note.endswith(".") else t.note + ".")
    fixed = [c for c in t.cells if c.manual]
    if fixed or t.removed or t.manual:
        what = [f"{ROLE_VI[c.role]} {c.agency}" for c in fixed]
        what += [f"bỏ {a}" for a, _ in t.removed]
        what += [{"deadline": "thời hạn", "status": "tình trạng", "note": "ghi chú"}[f]
                 for f in t.manual]
        parts.append(f"{MANUAL_VI.capitalize()}: " + ", ".join(what) + ".")
    return " ".join(parts)
