"""The types every stage passes on: frozen dataclasses and ``str`` enums.

Data flows one way: bytes -> :class:`RawDocument` (ingest) -> :class:`Document`
(normalised text, offset map, header, sections) -> facts with evidence.
Every fact carries ``start``/``end`` into ``Document.text`` and the ``text`` at
those offsets, so a reader can highlight it.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from enum import Enum


class DocKind(str, Enum):
    RESOLUTION = "resolution"
    CONCLUSION = "conclusion"
    DIRECTIVE = "directive"
    PLAN = "plan"
    PROGRAMME = "programme"
    REPORT = "report"
    DECISION = "decision"
    OTHER = "other"


class Role(str, Enum):
    LEAD = "lead"
    SUPPORT = "support"
    REPORT_TO = "report_to"


class Source(str, Enum):
    EXPLICIT = "explicit"
    INFERRED = "inferred"


class Category(str, Enum):
    INDUSTRIAL_PARK = "industrial_park"
    INDUSTRIAL_CLUSTER = "industrial_cluster"
    THERMAL_POWER = "thermal_power"
    HYDROPOWER = "hydropower"
    WIND_POWER = "wind_power"
    SOLAR_POWER = "solar_power"
    GAS_POWER = "gas_power"
    ROAD = "road"
    RAILWAY = "railway"
    AIRPORT = "airport"
    SEAPORT = "seaport"
    WATER = "water"
    OTHER = "other"


@dataclass(frozen=True)
class Span:
    """A stretch of ``Document.text``: ``text == document.text[start:end]``."""
    start: int
    end: int
    text: str


# ---------------------------------------------------------------- ingest

@dataclass(frozen=True)
class Table:
    """A table as read from the source: rows of cell strings."""
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class RawDocument:
    """What ingest hands on: text in reading order, tables as tables.

    ``text`` is the full text (tables included, one cell per line, rows in
    order) before normalisation.  ``encoding`` names how the bytes were read
    ("utf-8", "tcvn3", "docx", "pdf", "pdf+ocr" ...).  ``notes`` are what a
    user should know (e.g. "page 3 read by OCR").
    """
    path: str
    text: str
    encoding: str
    tables: tuple[Table, ...] = ()
    pages: int | None = None
    notes: tuple[str, ...] = ()


# ---------------------------------------------------------------- structure

@dataclass(frozen=True)
class Section:
    id: str                 # the document's own numbering path: "II.4.7", "PL1.3", "D1.2"
    heading: str            # the heading line as printed (without its number)
    start: int              # start of the numbered line
    end: int                # end of the section's content (before the next sibling or ancestor)
    level: int
    heading_end: int        # end of the heading line


@dataclass(frozen=True)
class Citation:
    number: str | None      # normalised: "28-NQ/TU", "134/KH-UBND"
    kind: str               # DocKind value or "law", "decree", "letter" ...
    date: str | None        # ISO
    issuer: str | None
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Signer:
    name: str
    position: str | None
    on_behalf: str | None   # "T/M TỈNH ỦY" -> "Tỉnh ủy"


@dataclass(frozen=True)
class Header:
    kind: str
    number: str | None
    date: str | None
    place: str | None
    issuer: str | None
    title: str | None
    signer: Signer | None
    recipients: tuple[Span, ...]        # the "Nơi nhận" / "Kính gửi" lines
    recipients_span: tuple[int, int] | None   # where the distribution list lies
    province: str | None = None         # "Lào Cai": the province the document belongs to, when it has one


@dataclass(frozen=True)
class Body:
    """Where the document speaks: from the end of the header to the distribution list /
    signature, and again from a programme or appendix issued with it (``resume``)."""
    start: int
    footer: int
    resume: int
    end: int

    def __contains__(self, pos: int) -> bool:
        return self.start <= pos < self.footer or self.resume <= pos < self.end


@dataclass(frozen=True)
class Document:
    """A normalised, structured document.

    ``text`` is what every stage reads and every offset points into.  In a word-segmented text
    ("Ủy_ban nhân_dân tỉnh") it reads the joins as spaces; ``surface`` then keeps the text as
    given (same length, same offsets), and outputs quote it.  ``key`` and ``loose`` are the
    matching keys of :mod:`nlpolicy.matching` (same length as ``text``).
    """
    path: str
    text: str                # normalised text, every offset points here
    key: str                 # same length as text: lower case, one tone convention (for matching)
    source_offsets: tuple[int, ...] = field(repr=False, default=())  # text index -> raw index
    header: Header | None = None
    sections: tuple[Section, ...] = ()
    citations: tuple[Citation, ...] = ()
    tables: tuple[Table, ...] = ()
    encoding: str = "utf-8"
    notes: tuple[str, ...] = ()
    body: Body | None = None     # None only for a Document built by hand
    surface: str = field(default="", repr=False)   # the text as given, when it differs from ``text``
    loose: str = field(default="", repr=False)     # ``key`` without diacritics (tolerant matching)
    lowercase: bool = False      # the text lost its capitals (research datasets)
    marks_restored: bool = False  # typed without tone marks: read with them put back (nlpolicy.diacritics)
    text_tables: tuple = field(default=(), repr=False)   # nlpolicy.tables.TextTable, read from ``text``

    @property
    def given(self) -> str:
        """The normalised text as the user gave it (``surface`` or ``text``): what outputs quote."""
        return self.surface or self.text

    def section_at(self, pos: int) -> Section | None:
        """The most specific section holding ``pos``.

        Sections come in the order of their starts and nest, so it is the last one that starts at or
        before ``pos`` and still holds it (found by bisection: documents of a thousand sections ask
        this for every task and figure)."""
        starts = self.__dict__.get("_section_starts")
        if starts is None:
            starts = [s.start for s in self.sections]
            object.__setattr__(self, "_section_starts", starts)
        for j in range(bisect_right(starts, pos) - 1, -1, -1):
            if pos < self.sections[j].end:
                return self.sections[j]
        return None


# ---------------------------------------------------------------- facts

@dataclass(frozen=True)
class Target:
    kind: str                # "target" | "baseline"
    section: str | None
    indicator: str
    subject: str | None
    comparator: str          # "=", ">", ">=", "<", "<=", "range"
    value: float
    value_max: float | None
    unit: str | None
    year: int | None
    period: tuple[int, int] | None
    text: str
    start: int
    end: int
    score: float = 1.0


@dataclass(frozen=True)
class Deadline:
    value: str               # "2020", "2019-07-01", "2017-09", "2026-Q2", "2016/2020", "yearly"
    relation: str            # "by" | "before" | "during" | "every"
    section: str | None
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Project:
    name: str
    category: str
    section: str | None
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Mention:
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Agency:
    name: str
    mentions: tuple[Mention, ...]


@dataclass(frozen=True)
class Assignment:
    agency: str
    role: str
    source: str
    text: str | None = None  # the mention that carries it (None when inferred)
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True)
class Task:
    id: str
    section: str | None
    text: str
    start: int
    end: int
    deadline: str | None
    assignments: tuple[Assignment, ...]


@dataclass(frozen=True)
class Extraction:
    document: Document
    targets: tuple[Target, ...] = ()
    deadlines: tuple[Deadline, ...] = ()
    projects: tuple[Project, ...] = ()
    agencies: tuple[Agency, ...] = ()
    tasks: tuple[Task, ...] = ()
