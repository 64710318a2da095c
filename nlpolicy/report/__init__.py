"""Rendering: the task x agency matrix, the phụ lục, targets and per-agency checklists.

    >>> from nlpolicy.report import build, render_files                  # doctest: +SKIP
    >>> matrix = build([resolution_dict, plan_dict], links, statuses=statuses, as_of=day)  # doctest: +SKIP
    >>> files = render_files([resolution_dict, plan_dict], links, now)   # doctest: +SKIP

:func:`build` makes one :class:`~nlpolicy.report.matrix.Matrix` from contract dicts (with the
link stage's task statuses and staff's corrections applied); :func:`files_of` lays it out as
``{relative path: bytes}``: ``matrix.xlsx``, ``index.html``, ``matrix.docx`` (the phụ lục),
``matrix.csv``, ``corrections.csv`` and ``corrections.xlsx`` (the editable table),
``extraction.json`` (and ``links.json`` when links are given), and per agency
``checklists/<slug>.md``, ``calendar/<slug>.ics``, ``phu-luc/<slug>.docx`` and
``phu-luc/<slug>.xlsx``.  Every target path is checked before anything is written; files are
written atomically.  ``now`` is the one timestamp of the run: the same input and ``now`` give
the same bytes.
"""
from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

__all__ = ["build", "files_of", "render", "render_files", "write"]


def build(extractions, links=None, *, statuses=None, as_of: date | None = None,
          corrections=(), notes: tuple[str, ...] = ()):
    """The matrix of a resolution (first) and its documents, corrections applied."""
    from nlpolicy.report.corrections import apply_corrections
    from nlpolicy.report.matrix import build_matrix
    matrix = build_matrix(list(extractions), links, statuses=statuses, as_of=as_of, notes=notes)
    return apply_corrections(matrix, list(corrections))


def files_of(matrix, extractions, links, now: datetime) -> dict[str, bytes]:
    """Every output file as ``{relative path: bytes}``, nothing written."""
    from concurrent.futures.process import BrokenProcessPool
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware (e.g. datetime.now(timezone.utc))")
    agencies = list(matrix.agencies)
    forked = _fork_agencies(matrix, agencies, now)
    if forked is None:
        return {**_main_files(matrix, extractions, links, now), **_agency_files(matrix, agencies, now)}
    pool, later, mine = forked
    try:
        files = _main_files(matrix, extractions, links, now)
        files.update(_agency_files(matrix, agencies[:mine], now))
        files.update(later.result())
    except BrokenProcessPool:                     # the forked half died: do it here
        files.update(_agency_files(matrix, agencies[mine:], now))
    finally:
        pool.shutdown()
        _SPLIT.clear()
    return files


def _main_files(matrix, extractions, links, now: datetime) -> dict[str, bytes]:
    """The files of the whole report: workbook, page, phụ lục, CSV, corrections, JSON."""
    import json

    from nlpolicy.report.corrections import render_corrections_csv, render_corrections_xlsx
    from nlpolicy.report.csvout import render_csv
    from nlpolicy.report.docx import render_docx
    from nlpolicy.report.html import render_html
    from nlpolicy.report.xlsx import render_xlsx

    files = {
        "matrix.xlsx": render_xlsx(matrix, now),
        "index.html": render_html(matrix, now),
        "matrix.docx": render_docx(matrix, now),
        "matrix.csv": render_csv(matrix),
        "corrections.csv": render_corrections_csv(matrix),
        "corrections.xlsx": render_corrections_xlsx(matrix, now),
        "extraction.json": (json.dumps(list(extractions), ensure_ascii=False, indent=1)
                            + "\n").encode("utf-8"),
    }
    if links is not None:
        files["links.json"] = (json.dumps(links, ensure_ascii=False, indent=1)
                               + "\n").encode("utf-8")
    return files


# Per-agency files are independent of each other and take most of the writing time (a .docx and
# a .xlsx each, ~70 ms an agency; the files of the whole report cost about as much as 35 agencies'):
# with this many agencies or more and a second core, a forked process lays out the last three
# quarters of the agencies while this one writes the report's own files and the first quarter.
# Same bytes, same order.
SPLIT_FROM = 12
_SPLIT: dict = {}            # what the forked process reads: (matrix, now), set just before the fork


def _agency_files(matrix, agencies, now: datetime) -> dict[str, bytes]:
    """The checklist, calendar and phụ lục (.docx, .xlsx) of each of ``agencies``."""
    from nlpolicy.report.checklist import has_calendar, render_ics, render_markdown
    from nlpolicy.report.docx import render_docx
    from nlpolicy.report.xlsx import render_agency_xlsx
    files = {}
    for agency in agencies:
        dated = has_calendar(matrix, agency)
        files[f"checklists/{agency.slug}.md"] = render_markdown(matrix, agency, now,
                                                                has_calendar=dated)
        if dated:
            files[f"calendar/{agency.slug}.ics"] = render_ics(matrix, agency, now)
        files[f"phu-luc/{agency.slug}.docx"] = render_docx(matrix, now, agency=agency.name)
        files[f"phu-luc/{agency.slug}.xlsx"] = render_agency_xlsx(matrix, agency, now)
    return files


def _forked_part(first: int) -> dict[str, bytes]:
    matrix, now = _SPLIT["job"]
    return _agency_files(matrix, list(matrix.agencies)[first:], now)


def _fork_agencies(matrix, agencies, now: datetime):
    """``(pool, future, first)``: a forked process laying out the files of ``agencies[first:]``;
    None when it would not pay (fewer than :data:`SPLIT_FROM` agencies, one core) or no process
    can be forked here."""
    import multiprocessing
    import os
    if len(agencies) < SPLIT_FROM or (os.cpu_count() or 1) < 2 \
            or "fork" not in multiprocessing.get_all_start_methods():
        return None
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool
    first = len(agencies) // 4
    _SPLIT["job"] = (matrix, now)
    try:
        pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("fork"))
        return pool, pool.submit(_forked_part, first), first
    except (OSError, BrokenProcessPool):          # no process can be made here
        _SPLIT.clear()
        return None


def render_files(extractions, links, now: datetime, **options) -> dict[str, bytes]:
    """:func:`files_of` of :func:`build` (``options`` as for :func:`build`)."""
    return files_of(build(extractions, links, **options), extractions, links, now)


def write(files: dict[str, bytes], out_dir, *, force: bool) -> list[Path]:
    """Write the files into ``out_dir``; returns the paths written.

    Raises :class:`nlpolicy.errors.OutputExistsError` (before writing anything)
    when a target exists and ``force`` is false.
    """
    from nlpolicy.report.files import check_free, write_all
    out = Path(out_dir)
    check_free(out, files, force=force)
    return write_all(out, files, force=True)


def render(extractions, links, out_dir, *, force: bool, now: datetime, **options) -> list[Path]:
    """Build, lay out and write the report into ``out_dir`` (see :func:`write`)."""
    return write(render_files(extractions, links, now, **options), out_dir, force=force)
