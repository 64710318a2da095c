"""Which of the given documents carry out the resolution: only those count.

A document counts when it cites the resolution (by number, short form, title, or through a
chain of documents that carry one another out), or, citing nothing, when its content matches
the resolution's: same province (a provincial resolution is carried out in its province), no
older than the resolution, and a wording similarity of at least :data:`MIN_SIMILARITY`.  Any
other document is reported ("Công văn 5973/UBND-KT: không phải văn bản triển khai Nghị quyết
57-NQ/TW ...") and left out of task links, progress and statuses.

The similarity floor was set on the real pairs of ``../shared/corpus`` (TF-IDF cosine of the two
whole texts): the Lào Cai report on clusters against the Lào Cai industry plan it reports on
0.19; a Lào Cai letter on minerals against the same plan 0.16, against 57-NQ/TW 0.09; 60-NQ/TW
against 57-NQ/TW 0.13.  Two documents of a topic but not of a chain (a Bình Thuận industry
resolution and a Lào Cai industry plan, 0.23) are told apart by the province, not by the floor.
The margin is thin: a match by content alone is reported as such ("similarity"), never as
"implements".
"""
from __future__ import annotations

from typing import Sequence

from nlpolicy.link.models import DocInfo, DocumentLink, Relation, Screening
from nlpolicy.messages import number
from nlpolicy.types import Document, Extraction

MIN_SIMILARITY = 0.18


def _doc(x: Extraction | Document) -> Document:
    return x.document if isinstance(x, Extraction) else x


def content_similarity(a: Document, b: Document) -> float:
    """TF-IDF cosine of two whole texts (underthesea words, the linker's stop list)."""
    from nlpolicy.link.similarity import cosine_matrix
    return float(cosine_matrix([a.text], [b.text])[0, 0])


def _older(doc: DocInfo, resolution: DocInfo) -> bool:
    if doc.date and resolution.date:
        return doc.date < resolution.date
    return bool(doc.year and resolution.year and doc.year < resolution.year and not doc.year_note)


def screen_documents(resolution: Extraction | Document, documents: Sequence[Extraction | Document], *,
                     links: Sequence[DocumentLink] | None = None,
                     min_similarity: float = MIN_SIMILARITY) -> list[Screening]:
    """One :class:`Screening` per document, in the order given.

    ``links`` are the documents' resolved citations when the caller has them already
    (:func:`nlpolicy.link.resolve.resolve_document` over the resolution and the documents).
    """
    from nlpolicy.link.citations import doc_info, document_label
    from nlpolicy.link.resolve import chains, resolve_document, same_place

    res = _doc(resolution)
    docs = [_doc(d) for d in documents]
    res_info = doc_info(res)
    res_label = document_label(res_info)
    if links is None:
        pool = [res] + docs
        links = [ln for d in docs for ln in resolve_document(d, pool)[0]]
    out = []
    for d in docs:
        info = doc_info(d)
        label = document_label(info)
        mine = [ln for ln in links if ln.source == d.path and ln.target == res.path]
        if mine:
            ln = max(mine, key=lambda x: (x.relation != Relation.CITES, x.score))
            verb = ("trích dẫn " + res_label + " làm căn cứ" if ln.relation == Relation.CITES
                    else f"văn bản triển khai {res_label}")
            out.append(Screening(path=d.path, label=label, counts=True, method=ln.method.value,
                                 relation=ln.relation.value, score=ln.score, message=f"{label}: {verb}",
                                 text=ln.text, start=ln.start, end=ln.end))
            continue
        paths = chains(links, d.path, res.path)
        if paths:
            first = next(ln for ln in links if ln.source == d.path and ln.target == paths[0][1])
            via = " → ".join(document_label(doc_info(next(x for x in docs + [res] if x.path == p)))
                             for p in paths[0])
            out.append(Screening(path=d.path, label=label, counts=True, method="chain", relation=first.relation.value,
                                 score=round(first.score * 0.9 ** (len(paths[0]) - 2), 3),
                                 message=f"{label}: văn bản triển khai {res_label} qua {via}",
                                 text=first.text, start=first.start, end=first.end))
            continue
        sim = content_similarity(d, res)
        local_ok = not res_info.provinces or not info.provinces or same_place(res_info.provinces, info.provinces)
        if sim >= min_similarity and local_ok and not _older(info, res_info):
            out.append(Screening(path=d.path, label=label, counts=True, method="similarity", relation=None,
                                 score=round(sim, 3),
                                 message=f"{label}: không trích dẫn {res_label}, nội dung tương đồng "
                                         f"(độ tương đồng {number(sim, '.2f', lang='vi')}): đối chiếu theo nội dung"))
            continue
        why = ("văn bản ban hành trước" if _older(info, res_info) else
               "khác tỉnh" if not local_ok else f"nội dung khác, độ tương đồng {number(sim, '.2f', lang='vi')}")
        out.append(Screening(path=d.path, label=label, counts=False, method="none", relation=None,
                             score=round(sim, 3),
                             message=f"{label}: không phải văn bản triển khai {res_label} "
                                     f"(không trích dẫn, không trùng tên; {why}): không đối chiếu"))
    return out
