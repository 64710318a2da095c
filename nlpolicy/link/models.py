"""Types of the linker: frozen dataclasses, every one with its evidence span.

Offsets (``start``/``end``) point into the normalised text of the document named
by ``path`` (or ``document``), so ``text == load(path).text[start:end]``.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


class Method(str, Enum):
    CITATION = "citation"        # a number in the document's own text
    SHORT = "short_citation"     # "Nghị quyết 57": kind and bare number, unique among the documents
    TITLE = "title"              # "Nghị quyết ... về phát triển công nghiệp ...": title and issuer
    SIMILARITY = "similarity"    # no citation: only the wording is alike (never 'implements')


class Relation(str, Enum):
    IMPLEMENTS = "implements"
    FOLLOWS_UP = "follows_up"
    REPORTS_ON = "reports_on"
    CITES = "cites"              # cited as a basis ("Căn cứ ..."), not carried out


class Status(str, Enum):
    MET = "met"
    NOT_MET = "not_met"
    ON_TRACK = "on_track"
    NO_DATA = "no_data"


@dataclass(frozen=True)
class DocInfo:
    """What the linker needs to know of a document's identity."""
    path: str
    kind: str
    number: str | None
    date: str | None             # ISO, from the header
    year: int | None             # the year of ``date``, or a bound (see ``year_note``)
    year_note: str | None        # "no date in the header: latest year in the first lines (2026)"
    issuer: str | None
    provinces: tuple[str, ...]   # place words of the issuer / header ("Lào Cai")
    title: str | None
    example: bool = False        # written for the project, not a real document


@dataclass(frozen=True)
class CitationRef:
    """One mention of another document in a document's text."""
    number: str | None           # "34-NQ/TU"; None for a short form ("Nghị quyết 57")
    short: str | None            # the bare number of a short form ("57")
    kind: str
    date: str | None
    issuer: str | None
    provinces: tuple[str, ...]
    relation: Relation
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class DocumentLink:
    """``source`` cites (and, unless ``relation`` is 'cites', carries out) ``target``."""
    source: str                  # path of the citing document
    target: str | None           # path of the cited document; None when not among the given ones
    number: str | None           # the cited number as written (normalised)
    kind: str
    relation: Relation
    method: Method
    score: float
    text: str                    # evidence in the source document
    start: int
    end: int
    notes: tuple[str, ...] = ()
    path: tuple[str, ...] = ()   # for a chain: source, ..., target


@dataclass(frozen=True)
class Unit:
    """A linkable piece of a document: a section, an item, a task, an appendix row."""
    id: str                      # section id ("II.1.a", "PL2.14") or task id ("III.2#1")
    section: str                 # the section it sits in
    heading: str
    context: str                 # the headings above it, joined
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class TaskLink:
    resolution_section: str
    resolution_task: str | None
    document: str
    document_section: str
    text: str
    start: int
    end: int
    score: float
    method: str                  # "tfidf+projects+years" ...
    evidence: tuple[str, ...] = ()


@dataclass(frozen=True)
class Figure:
    """A quantity in a text: a target (forward-looking) or a reported value."""
    kind: str                    # "target" | "baseline"
    section: str | None
    indicator: str
    subject: str | None
    comparator: str
    value: float
    value_max: float | None
    unit: str | None
    year: int | None
    text: str
    start: int
    end: int
    context: str = ""            # the clause around the value: words before it and after its unit
    due: str | None = None       # a target's last day when its clause names a month or quarter (ISO)


@dataclass(frozen=True)
class Progress:
    target: Figure
    document: str
    reported_value: float | None
    reported_year: int | None
    status: Status
    text: str
    start: int
    end: int
    score: float = 0.0
    reason: str = ""


@dataclass(frozen=True)
class Unresolved:
    document: str
    number: str | None
    kind: str
    text: str
    start: int
    end: int
    reason: str


@dataclass(frozen=True)
class LinkResult:
    resolution: DocInfo
    documents: tuple[DocInfo, ...]
    links: tuple[DocumentLink, ...]
    task_links: tuple[TaskLink, ...] = ()
    progress: tuple[Progress, ...] = ()
    unresolved: tuple[Unresolved, ...] = ()
    notes: tuple[str, ...] = field(default=())
    screenings: tuple["Screening", ...] = ()        # one per document: does it count, and why
    tasks: tuple = ()                               # the resolution's tasks (nlpolicy.types.Task)
    statuses: dict = field(default_factory=dict)    # task id -> TaskStatus (empty without as_of)
    as_of: str | None = None                        # ISO date the statuses are for


# ---------------------------------------------------------------- status of a resolution's tasks
# The vocabulary staff use in a progress table (plain strings, so that they print, compare and go
# into JSON as they are).
DONE = "Hoàn thành"
IN_PROGRESS = "Đang thực hiện"
NOT_STARTED = "Chưa thực hiện"
OVERDUE = "Quá hạn"
NO_INFO = "Chưa có thông tin"
STATUSES = (DONE, IN_PROGRESS, NOT_STARTED, OVERDUE, NO_INFO)


@dataclass(frozen=True)
class TaskStatus:
    """Where one task of a resolution stands, with the evidence that says so.

    ``source`` is the path of the document the evidence is in (an implementing document, or the
    resolution itself when only its deadline speaks), and ``quote == load(source).text[start:end]``;
    both are None/""/0 when nothing was found (``status`` is then "Chưa có thông tin").
    ``document_label`` names that document by kind and number ("Báo cáo 12/BC-UBND").
    """
    status: str                  # one of STATUSES
    source: str | None
    quote: str
    start: int
    end: int
    document_label: str | None
    section: str | None = None   # where in that document: a row ("PL1.8") or a section ("II.3")
    matched: str = ""            # that row's / item's own wording of the task (for display)
    score: float = 0.0           # how well that wording matches the resolution's task
    deadline: str | None = None  # the deadline that decided "Quá hạn", as valued ("2025-06")
    reason: str = ""             # one line: how the status was decided
    evidence: int = 0            # how many statements of progress were weighed


@dataclass(frozen=True)
class Screening:
    """Whether a given document carries out the resolution, and why (or why not).

    ``counts`` is False for a document that neither cites the resolution nor matches it by title
    or content: it is reported with ``message`` ("... không phải văn bản triển khai ...") and left
    out of task links, progress and statuses.
    """
    path: str
    label: str                   # "Kế hoạch 3260-KH/ĐĐQH15"
    counts: bool
    method: str                  # "citation" | "short_citation" | "title" | "chain" | "similarity" | "none"
    relation: str | None         # implements | reports_on | follows_up | cites | None
    score: float
    message: str
    text: str = ""               # evidence in the document (a citation), when there is one
    start: int = 0
    end: int = 0
