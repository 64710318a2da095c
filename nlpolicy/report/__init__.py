"""Rendering: the task x agency matrix, targets and per-agency checklists.

    >>> from nlpolicy.report import render                        # doctest: +SKIP
    >>> render([resolution_dict, plan_dict], links, "out/", force=False, now=now)

``render`` builds one :class:`~nlpolicy.report.matrix.Matrix` from contract
dicts and writes, into ``out_dir``: ``matrix.xlsx``, ``index.html``,
``matrix.docx``, ``matrix.csv``, ``extraction.json`` (and ``links.json`` when
links are given), ``checklists/<slug>.md`` and ``calendar/<slug>.ics`` per
agency.  Every target path is checked before anything is written; files are
written atomically.  ``now`` is the one timestamp of the run: the same input
and ``now`` give the same bytes.
"""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

__all__ = ["render", "render_files"]


def render_files(extractions, links, now: datetime) -> dict[str, bytes]:
    """Every output file as ``{relative path: bytes}``, nothing written."""
    import json

    from nlpolicy.report.checklist import has_calendar, render_ics, render_markdown
    from nlpolicy.report.csvout import render_csv
    from nlpolicy.report.docx import render_docx
    from nlpolicy.report.html import render_html
    from nlpolicy.report.matrix import build_matrix
    from nlpolicy.report.xlsx import render_xlsx

    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware (e.g. datetime.now(timezone.utc))")
    matrix = build_matrix(list(extractions), links)
    files = {
        "matrix.xlsx": render_xlsx(matrix, now),
        "index.html": render_html(matrix, now),
        "matrix.docx": render_docx(matrix, now),
        "matrix.csv": render_csv(matrix),
        "extraction.json": (json.dumps(list(extractions), ensure_ascii=False, indent=1)
                            + "\n").encode("utf-8"),
    }
    if links is not None:
        files["links.json"] = (json.dumps(links, ensure_ascii=False, indent=1)
                               + "\n").encode("utf-8")
    for agency in matrix.agencies:
        dated = has_calendar(matrix, agency)
        files[f"checklists/{agency.slug}.md"] = render_markdown(matrix, agency, now,
                                                                has_calendar=dated)
        if dated:
            files[f"calendar/{agency.slug}.ics"] = render_ics(matrix, agency, now)
    return files


def render(extractions, links, out_dir, *, force: bool, now: datetime) -> list[Path]:
    """Write the report into ``out_dir``; returns the paths written.

    Raises :class:`nlpolicy.errors.OutputExistsError` (before writing anything)
    when a target exists and ``force`` is false.
    """
    from nlpolicy.report.files import check_free, write_all

    out = Path(out_dir)
    files = render_files(extractions, links, now)
    check_free(out, files, force=force)
    return write_all(out, files, force=True)
