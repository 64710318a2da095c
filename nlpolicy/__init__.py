"""nlpolicy: read Vietnamese policy resolutions and the documents that implement them.

The Python API is six verbs and one converter; ``import nlpolicy`` does no work
(each verb imports what it needs when it is first called):

=================================  ============================================================
``load(path)``                     read, normalise and structure a document -> ``Document``
``extract(path)``                  targets, deadlines, projects, agencies, tasks -> ``Extraction``
``link(resolution, documents)``    which documents carry the resolution out -> ``LinkResult``
``report(resolution, documents,    the matrix workbook, web page, checklists ... written to
out=DIR)``                         ``DIR`` -> the paths written
``index(paths, db)``               extract many documents into a SQLite index -> ``IndexReport``
``search(query, db)``              full-text search of an index, with filters -> ``SearchResult`` s
``to_json(result)``                an extraction or a link result as its contract dict
=================================  ============================================================

    >>> import nlpolicy
    >>> ex = nlpolicy.extract("corpus/000_3cffab5bee4fe395.txt")
    >>> data = nlpolicy.to_json(ex)
    >>> data["schema"], data["document"]["kind"], data["document"]["issuer"]
    ('nlpolicy.extraction/1', 'resolution', 'Tỉnh ủy Bình Thuận')

Errors a user can act on (a missing file, a scanned PDF without OCR, an index
that is not one) are :class:`nlpolicy.errors.NlpolicyError`; the README's section
"Python API" shows each verb at work.
"""
from __future__ import annotations

# Only modules that Python has loaded at start-up anyway: importing nlpolicy costs nothing.
import functools
import importlib
import os
import sys
import types

__version__ = "0.1.0"

__all__ = ["load", "extract", "link", "report", "index", "search", "to_json", "__version__"]


def load(path: str | Path):
    """Read, normalise and structure a document (.txt, .docx, .pdf or a scanned image).

    Returns an ``nlpolicy.types.Document``: its normalised ``text``, its ``header``
    (kind, number, date, issuer, title, signer), its ``sections`` and ``citations``.

    >>> doc = nlpolicy.load("corpus/000_3cffab5bee4fe395.txt")
    >>> doc.header.kind, doc.header.issuer
    ('resolution', 'Tỉnh ủy Bình Thuận')
    >>> "NGHỊ QUYẾT" in doc.text[:500], len(doc.sections) > 0
    (True, True)
    """
    from nlpolicy.document import load as load_document
    return load_document(path)


def extract(path: str | Path):
    """Load a document and extract its targets, deadlines, named projects, agencies and tasks.

    Returns an ``nlpolicy.types.Extraction``; :func:`to_json` gives its
    ``nlpolicy.extraction/1`` dict (``../shared/spec/CONTRACT.md``).  Every item
    carries ``start``/``end`` into ``document.text`` and the text there.

    >>> ex = nlpolicy.extract("corpus/000_3cffab5bee4fe395.txt")
    >>> t = ex.targets[0]
    >>> ex.document.text[t.start:t.end] == t.text
    True
    """
    from nlpolicy.extract.pipeline import extract as extract_path
    return extract_path(path)


def link(resolution: str | Path, documents: Sequence[str | Path], *, threshold: float = 0.08):
    """Link a resolution to the plans, programmes and reports that implement it.

    Which documents cite or carry it out (by number, short form, title or a
    chain), which of its tasks each section of theirs carries out (task links
    scoring below ``threshold`` are left out), and reported figures against its
    targets.  Returns an ``nlpolicy.link.models.LinkResult``; :func:`to_json`
    gives its ``nlpolicy.links/1`` dict.

    >>> result = nlpolicy.link("corpus/000_3cffab5bee4fe395.txt", [plan])      # plan: see the README
    >>> links = nlpolicy.to_json(result)
    >>> links["schema"], [Path(d["path"]).name for d in links["documents"]]
    ('nlpolicy.links/1', ['ke-hoach-12.txt'])
    """
    from nlpolicy.link import link as link_documents
    return link_documents(resolution, [os.fspath(d) for d in documents], task_threshold=threshold)


def report(resolution: str | Path, documents: Sequence[str | Path] = (), *, out: str | Path,
            force: bool = False, link: bool = True, now=None) -> list[Path]:
    """Write the report of a resolution and the documents that implement it into the folder ``out``.

    The task x agency matrix (``matrix.xlsx``, ``matrix.docx``, ``matrix.csv``),
    the web page ``index.html``, per-agency checklists and calendars, and
    ``extraction.json``.  The documents are linked first unless ``link`` is
    false.  Existing files are never overwritten unless ``force`` is true
    (:class:`nlpolicy.errors.OutputExistsError`, before anything is written).
    ``now`` (a timezone-aware datetime) stamps the files: the same inputs and
    ``now`` give the same bytes.  Returns the paths written.

    >>> written = nlpolicy.report("corpus/000_3cffab5bee4fe395.txt", out=out)  # out: see the README
    >>> {"index.html", "matrix.xlsx"} <= {p.name for p in written}
    True
    """
    from datetime import datetime, timezone

    from nlpolicy.report import render

    paths = [os.fspath(resolution), *map(os.fspath, documents)]
    extractions = [to_json(extract(p)) for p in paths]
    linker = globals()["link"]          # the verb: the argument ``link`` is a switch
    links = to_json(linker(paths[0], paths[1:])) if link and len(paths) > 1 else None
    return render(extractions, links, out, force=force, now=now or datetime.now(timezone.utc))


def index(paths: str | Path | Iterable[str | Path], db: str | Path, *, jobs: int = 1, force: bool = False,
           prune: bool = False, progress: bool = False):
    """Extract every document under ``paths`` (files or folders) into the SQLite index ``db``.

    Incremental: unchanged files (same sha256) are skipped, changed ones
    replaced, each in one transaction.  A file that fails is recorded and the
    others are indexed all the same.  Files holding the same document (its
    .txt and .docx, two copies) make one entry.  ``jobs`` extracts in that
    many processes.  Returns an ``nlpolicy.store.indexer.IndexReport``
    (``indexed``, ``skipped``, ``failed``, ``copies``, ``seconds``).

    >>> r = nlpolicy.index("corpus/000_3cffab5bee4fe395.txt", db)           # db: see the README
    >>> r.indexed, r.failed
    (1, [])
    """
    from nlpolicy.store.indexer import index_paths
    from nlpolicy.store.sqlite import SQLiteStore

    given = [paths] if isinstance(paths, (str, os.PathLike)) else list(paths)
    with SQLiteStore(db) as store:
        return index_paths(given, store, jobs=jobs, force=force, prune=prune, progress=progress or None)


def search(query: str, db: str | Path, *, limit: int = 10, kind: str | None = None, issuer: str | None = None,
            agency: str | None = None, project: str | None = None, year: int | None = None,
            indicator: str | None = None, province: str | None = None, district: str | None = None):
    """Search the index ``db``: documents with the words of ``query``, best first (BM25).

    With or without diacritics ("ham kiem" finds "Hàm Kiệm"); the words as a
    phrase first, else anywhere in a document.  The filters on names match whole
    words ("huyen" finds "huyện", not "chuyển").  Returns
    ``nlpolicy.store.base.SearchResult`` s: ``path``, ``files`` (every file
    holding the document), ``number``, ``kind``, ``title``, ``score``,
    ``snippet`` (hits in «»), ``hits`` (offsets into the document's text).

    >>> best = nlpolicy.search("ham kiem", db)[0]                           # db: see the README
    >>> best.hits[0].text, best.kind
    ('Hàm Kiệm', 'resolution')
    """
    from nlpolicy.store.base import SearchQuery
    from nlpolicy.store.sqlite import SQLiteStore

    q = SearchQuery(text=query, kind=kind, issuer=issuer, agency=agency, project=project, year=year,
                    indicator=indicator, province=province, district=district, limit=max(1, limit))
    with SQLiteStore(db, create=False) as store:
        return store.search(q)


def to_json(result) -> dict:
    """The contract's dict for a result: ``nlpolicy.extraction/1`` for an extraction,
    ``nlpolicy.links/1`` for a link result (``../shared/spec/CONTRACT.md``).

    >>> nlpolicy.to_json(nlpolicy.extract("corpus/000_3cffab5bee4fe395.txt"))["schema"]
    'nlpolicy.extraction/1'
    """
    if type(result).__name__ == "LinkResult":
        from nlpolicy.link.render import to_dict
        return to_dict(result)
    from nlpolicy.serialize import extraction_to_dict
    return extraction_to_dict(result)


class _Verb:
    """A verb of the API that shares its name with a sub-package (``extract``, ``link``, ``report``).

    Calling it calls the function; any other attribute is the sub-package's
    (``nlpolicy.link.render`` is the module), so both uses of the name work, in
    any order of imports.
    """

    def __init__(self, function, package: str):
        functools.update_wrapper(self, function)
        self._package = package

    def __call__(self, *args, **kwargs):
        return self.__wrapped__(*args, **kwargs)

    def __getattr__(self, name: str):
        if name.startswith("_"):
            raise AttributeError(name)
        module = importlib.import_module(self._package)
        try:
            return getattr(module, name)
        except AttributeError:
            return importlib.import_module(f"{self._package}.{name}")

    def __repr__(self) -> str:
        return f"<nlpolicy verb {self.__name__}>"

    def __reduce__(self):
        return _verb, (self.__name__,)


def _verb(name: str):
    """The verb ``name`` (how a pickled verb is found again)."""
    return globals()[name]


extract = _Verb(extract, f"{__name__}.extract")
link = _Verb(link, f"{__name__}.link")
report = _Verb(report, f"{__name__}.report")


class _Package(types.ModuleType):
    """Keeps the verbs: importing ``nlpolicy.link.render`` would otherwise put the
    package ``nlpolicy.link`` in place of the verb ``nlpolicy.link``."""

    def __setattr__(self, name: str, value) -> None:
        if isinstance(value, types.ModuleType) and isinstance(self.__dict__.get(name), _Verb):
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
