"""Task status: the five words staff use, and where the report gets them.

The status of a resolution's task is read by the link stage
(:func:`nlpolicy.link.status.task_statuses`) from the reports that carry the resolution out:
their progress tables and sentences, with ``--as-of`` deciding what is overdue.  The report only
shows it.  When the link stage cannot say (no report given, a ``.json`` extraction as input, or a
version of nlpolicy without that stage), every task reads "Chưa có thông tin": nothing is claimed.

    >>> STATUSES[-1]
    'Chưa có thông tin'
    >>> status_word("hoan thanh"), status_word("Quá hạn"), status_word("xong")
    ('Hoàn thành', 'Quá hạn', None)
"""
from __future__ import annotations

from datetime import date

from nlpolicy.link.models import DONE, IN_PROGRESS as ONGOING, NO_INFO as UNKNOWN, NOT_STARTED, OVERDUE, STATUSES
from nlpolicy.textfold import fold

__all__ = ["DONE", "ONGOING", "NOT_STARTED", "OVERDUE", "UNKNOWN", "STATUSES", "status_word", "task_statuses"]


def status_word(text: str) -> str | None:
    """The vocabulary word a cell spells (any case, with or without marks), or None."""
    key = " ".join(fold(text or "").split())
    return next((s for s in STATUSES if fold(s) == key), None)


def task_statuses(resolution, documents, *, as_of: date) -> tuple[dict, str | None]:
    """``({task id: TaskStatus}, note)`` from the link stage, or ``({}, why)`` when it cannot say.

    ``resolution`` and ``documents`` are :class:`nlpolicy.types.Extraction` objects (read once by
    the caller).  A TaskStatus has ``status, source, quote, start, end, document_label``.
    """
    if resolution is None or not documents:
        return {}, None
    try:
        from nlpolicy.link.status import task_statuses as link_statuses
    except ImportError:
        return {}, ("task status unavailable in this version (nlpolicy.link.status): "
                    f"every task reads '{UNKNOWN}'")
    return dict(link_statuses(resolution, list(documents), as_of=as_of)), None
