"""Link a resolution to the documents that implement it: citations, task links, progress.

    >>> from nlpolicy.link import link                                   # doctest: +SKIP
    >>> result = link("57.txt", ["03-NQ-CP.txt", "402-CV.txt"], as_of=datetime.date(2025, 5, 25))  # doctest: +SKIP

Stages, one module each: ``citations`` (who a document is, whom it cites, how it is named) ->
``resolve`` (citations to given documents, chains) -> ``screen`` (which documents carry the
resolution out; the others are left out) -> ``units`` + ``tasks`` (section-to-section links) ->
``figures`` + ``progress`` (achieved values against targets) -> ``status`` (each task's status
with its evidence) -> ``graph`` (a folder as a graph) -> ``render`` (JSON, text, dot).
"""
from __future__ import annotations

import datetime
from pathlib import Path
from typing import Sequence

__all__ = ["link", "link_corpus"]


def _extract(path):
    """A path is read and extracted; an Extraction already made (``report`` reads each document
    once) is taken as it is."""
    if not isinstance(path, (str, Path)):
        return path
    from nlpolicy.extract.pipeline import extract
    return extract(path)


def link(resolution: str | Path, documents: Sequence[str | Path], *, as_of: datetime.date | None = None,
         task_threshold: float | None = None, status_threshold: float | None = None, top_k: int = 3):
    """Link ``resolution`` to ``documents``: which documents carry it out (by citation, short
    citation, title, chain or content; the others are reported and left out), task links for
    each of those, progress of each report against the targets, and, when ``as_of`` is given, the
    status of every task of the resolution on that day (:mod:`nlpolicy.link.status`)."""
    from nlpolicy import progress as shown
    from nlpolicy.link.citations import doc_info
    from nlpolicy.link.figures import reported_of, targets_of
    from nlpolicy.link.models import DocumentLink, LinkResult, Method, Relation
    from nlpolicy.link.progress import match_progress
    from nlpolicy.link.resolve import chains, resolve_document
    from nlpolicy.link.screen import screen_documents
    from nlpolicy.link.status import DEFAULT_THRESHOLD as STATUS_THRESHOLD, task_statuses
    from nlpolicy.link.tasks import DEFAULT_THRESHOLD as TASK_THRESHOLD, link_tasks
    from nlpolicy.messages import say

    res_ex = _extract(resolution)
    doc_exs = [_extract(p) for p in documents]
    all_docs = [res_ex.document] + [e.document for e in doc_exs]
    res_info = doc_info(res_ex.document)
    infos = [doc_info(e.document) for e in doc_exs]
    direct, unresolved = [], []
    for e in doc_exs:
        got, un = resolve_document(e.document, all_docs)
        direct.extend(got)
        unresolved.extend(un)
    screenings = screen_documents(res_ex, doc_exs, links=direct)
    counted = {s.path for s in screenings if s.counts}
    links = []
    for e, info in zip(doc_exs, infos):
        path = e.document.path
        mine = [ln for ln in direct if ln.source == path and ln.target == res_ex.document.path]
        if mine:
            links.append(max(mine, key=lambda ln: (ln.relation != Relation.CITES, ln.score)))
            continue
        paths = chains(direct, path, res_ex.document.path)
        if paths:
            first = next(ln for ln in direct if ln.source == path and ln.target == paths[0][1])
            links.append(DocumentLink(source=path, target=res_ex.document.path, number=res_info.number,
                                      kind=res_info.kind, relation=first.relation, method=first.method,
                                      score=round(first.score * 0.9 ** (len(paths[0]) - 2), 3), text=first.text,
                                      start=first.start, end=first.end,
                                      notes=first.notes + ("through a chain of documents",), path=paths[0]))
            continue
        note = ("no citation of the resolution: task links and progress are wording matches only"
                if path in counted else "not an implementing document: left out")
        links.append(DocumentLink(source=path, target=None, number=None, kind=info.kind, relation=Relation.CITES,
                                  method=Method.SIMILARITY, score=0.0, text="", start=0, end=0, notes=(note,)))
    task_links, progress = [], []
    carried = [(e, info) for e, info in zip(doc_exs, infos) if e.document.path in counted]
    with shown.task(say("progress.linking"), total=len(carried), unit=say("progress.files")) as bar:
        for e, info in carried:
            bar.item(Path(e.document.path).name)
            task_links.extend(link_tasks(res_ex, e, top_k=top_k,
                                         threshold=TASK_THRESHOLD if task_threshold is None else task_threshold))
            if info.kind in {"report", "other"}:
                progress.extend(match_progress(targets_of(res_ex), reported_of(e), document=e.document.path,
                                               report_year=info.year, report_date=info.date))
            bar.advance()
    statuses = {}
    if as_of is not None:
        statuses = task_statuses(res_ex, doc_exs, as_of=as_of, screenings=screenings,
                                 threshold=STATUS_THRESHOLD if status_threshold is None else status_threshold)
    others = [ln for ln in direct if ln.target != res_ex.document.path]
    return LinkResult(resolution=res_info, documents=tuple(infos), links=tuple(links) + tuple(others),
                      task_links=tuple(task_links), progress=tuple(progress), unresolved=tuple(unresolved),
                      screenings=tuple(screenings), tasks=tuple(res_ex.tasks), statuses=statuses,
                      as_of=as_of.isoformat() if as_of else None)


def link_corpus(folder: str | Path):
    """Every document pair in ``folder`` that links by citation or title, with chains."""
    from nlpolicy.link.graph import corpus_graph
    return corpus_graph(folder)
