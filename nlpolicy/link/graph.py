"""A folder as a graph: which document implements, follows up or reports on which, and the chains."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from nlpolicy.link.models import DocInfo, DocumentLink, Relation, Unresolved


@dataclass(frozen=True)
class CorpusGraph:
    documents: tuple[DocInfo, ...]
    links: tuple[DocumentLink, ...]          # edges among the documents of the folder
    unresolved: tuple[Unresolved, ...]
    chains: tuple[tuple[str, ...], ...]      # maximal paths over 'carries out' edges
    skipped: tuple[str, ...] = ()            # files that could not be read, with the reason


def _chains(links) -> list[tuple[str, ...]]:
    edges: dict[str, list[str]] = {}
    for ln in links:
        if ln.target and ln.relation != Relation.CITES:
            edges.setdefault(ln.source, []).append(ln.target)
    targets = {t for ts in edges.values() for t in ts}
    out = []

    def walk(path):
        nxt = [t for t in edges.get(path[-1], []) if t not in path]
        if not nxt:
            if len(path) > 1:
                out.append(tuple(path))
            return
        for t in nxt:
            walk(path + [t])

    for s in edges:
        if s not in targets:
            walk([s])
    return sorted(out, key=lambda p: (-len(p), p))


def corpus_graph(folder: str | Path) -> CorpusGraph:
    from nlpolicy.document import load
    from nlpolicy.errors import NlpolicyError
    from nlpolicy.ingest import DOCUMENT_SUFFIXES
    from nlpolicy.link.citations import doc_info
    from nlpolicy.link.resolve import resolve_document

    docs, skipped = [], []
    for p in sorted(Path(folder).iterdir()):
        if p.is_file() and p.suffix.lower() in DOCUMENT_SUFFIXES:
            try:
                docs.append(load(p))
            except NlpolicyError as exc:
                skipped.append(f"{p.name}: {exc}")
    links, unresolved = [], []
    for d in docs:
        got, un = resolve_document(d, docs)
        links.extend(got)
        unresolved.extend(un)
    return CorpusGraph(documents=tuple(doc_info(d) for d in docs), links=tuple(links),
                       unresolved=tuple(unresolved), chains=tuple(_chains(links)), skipped=tuple(skipped))
