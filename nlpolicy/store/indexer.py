"""Fill an index from files: walk, hash, extract (here, in processes or on Dask), write.

Workers only extract and hand back contract dicts; the one parent process
writes, one transaction per document, so a run killed at any moment leaves a
consistent index and the next run resumes from the content hashes.

Every step that a caller may want to swap is a parameter: ``extract_fn``
(a picklable ``path -> nlpolicy.extraction/1 dict``), the store, the number of
processes, a Dask scheduler.
"""
from __future__ import annotations

import contextlib
import hashlib
import importlib
import os
import time
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator, Sequence

from nlpolicy import progress as _progress
from nlpolicy.errors import InputError
from nlpolicy.messages import say
from nlpolicy.store.base import Store, StoreError

SCHEMA = "nlpolicy.extraction/1"

ExtractFn = Callable[[str], dict]


def default_extract(path: str) -> dict:
    """The real extractor: ``nlpolicy.to_json(nlpolicy.extract(path))``.

    Called through its modules: once the subpackage ``nlpolicy.extract`` is
    imported it shadows the function ``nlpolicy.extract`` on the package.
    """
    from nlpolicy.extract.pipeline import extract
    from nlpolicy.serialize import extraction_to_dict
    return extraction_to_dict(extract(path))


def load_extractor(spec: str) -> ExtractFn:
    """``"package.module:function"`` -> the function (for ``nlpolicy index --extractor``)."""
    module_name, _, name = spec.partition(":")
    if not module_name or not name:
        raise InputError(say("index.extractor_spec", spec=spec))
    try:
        fn = getattr(importlib.import_module(module_name), name)
    except (ImportError, AttributeError) as exc:
        raise InputError(say("index.extractor_load", spec=spec, detail=exc)) from exc
    if not callable(fn):
        raise InputError(say("index.extractor_call", spec=spec))
    return fn


# ---------------------------------------------------------------- finding files

def discover(paths: Sequence[str | Path]) -> list[str]:
    """Absolute paths of the documents under ``paths``, sorted, each once.

    Folders are walked for .txt, .docx, .pdf, .rtf and .eml files (hidden files and Word's
    ``~$`` lock files left out); a file named on the command line is taken
    whatever its suffix, so that the extractor can say what is wrong with it.
    """
    from nlpolicy.ingest import DOCUMENT_SUFFIXES       # (here: the readers' package, not needed to start)
    found: set[str] = set()
    for given in paths:
        p = Path(given)
        if p.is_dir():
            for root, dirs, files in os.walk(p):
                dirs[:] = [d for d in dirs if not d.startswith(".")]
                for name in files:
                    if name.lower().endswith(DOCUMENT_SUFFIXES) and not name.startswith((".", "~$")):
                        found.add(str(Path(root, name).resolve()))
        elif p.is_file():
            found.add(str(p.resolve()))
        else:
            raise InputError(say("index.no_path", path=given))
    return sorted(found)


def sha256_of(path: str) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


# ---------------------------------------------------------------- extracting

@dataclass(frozen=True)
class Outcome:
    """What a worker hands back for one file: a contract dict, or a one-line error."""
    path: str
    sha256: str
    extraction: dict | None
    error: str | None = None


def one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return text if text else type(exc).__name__


def extract_one(extract_fn: ExtractFn, path: str, sha256: str) -> Outcome:
    """Run the extractor on one file; a failure becomes an error outcome, never an exception."""
    try:
        result = extract_fn(path)
        check_contract(result)
    except Exception as exc:  # one bad file (or an extractor bug on it) must not stop the run
        return Outcome(path, sha256, None, one_line(exc))
    return Outcome(path, sha256, result)


def check_contract(result: object) -> None:
    if not isinstance(result, dict):
        raise ValueError(f"the extractor returned {type(result).__name__}, not a contract dict")
    if result.get("schema") != SCHEMA:
        raise ValueError(f"the extractor returned schema {result.get('schema')!r}, not {SCHEMA}")
    doc = result.get("document")
    if not isinstance(doc, dict) or not isinstance(doc.get("text"), str):
        raise ValueError("the extraction has no document.text")


Started = Callable[[str], None]        # told the path of each file as its extraction is handed out


def _serial(extract_fn: ExtractFn, todo: list[tuple[str, str]], started: Started) -> Iterator[Outcome]:
    for path, digest in todo:
        started(path)
        yield extract_one(extract_fn, path, digest)


def _processes(extract_fn: ExtractFn, todo: list[tuple[str, str]], jobs: int,
               started: Started) -> Iterator[Outcome]:
    """Extract in ``jobs`` processes, a few files in flight per process (bounded memory)."""
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait

    pending, queue = set(), deque(todo)
    pool = ProcessPoolExecutor(max_workers=jobs)
    try:
        while queue or pending:
            while queue and len(pending) < jobs * 4:
                started(queue[0][0])
                pending.add(pool.submit(extract_one, extract_fn, *queue.popleft()))
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                yield future.result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _dask(extract_fn: ExtractFn, todo: list[tuple[str, str]], address: str, started: Started,
          ) -> Iterator[Outcome]:
    """Extract on a Dask cluster; the workers must see the same paths (a shared file system)."""
    try:
        from distributed import Client, as_completed
    except ImportError as exc:
        raise InputError(say("index.dask_missing")) from exc
    try:
        # (how long to keep trying a scheduler that does not answer: NLPOLICY_DASK_TIMEOUT, "20s" by default)
        client = Client(address, timeout=os.environ.get("NLPOLICY_DASK_TIMEOUT", "20s"))
    except (OSError, TimeoutError) as exc:
        raise InputError(say("index.dask_unreachable", address=address, detail=one_line(exc))) from exc
    try:
        window = max(8, 4 * sum(client.nthreads().values()))
        queue = deque(todo)
        running = as_completed()
        for _ in range(min(window, len(queue))):
            started(queue[0][0])
            running.add(client.submit(extract_one, extract_fn, *queue.popleft(), pure=False))
        for future in running:
            outcome = future.result()
            future.release()
            if queue:
                started(queue[0][0])
                running.add(client.submit(extract_one, extract_fn, *queue.popleft(), pure=False))
            yield outcome
    finally:
        client.close()


# ---------------------------------------------------------------- the run

@dataclass
class IndexReport:
    indexed: int = 0
    skipped: int = 0
    removed: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    abandoned_before: int = 0           # earlier runs that were killed before finishing
    seconds: float = 0.0
    copies: int = 0                     # indexed files holding a document another file speaks for

    @property
    def counts(self) -> dict[str, int]:
        return {"indexed": self.indexed, "skipped": self.skipped,
                "failed": len(self.failed), "removed": self.removed}


def index_paths(
    paths: Sequence[str | Path],
    store: Store,
    *,
    extract_fn: ExtractFn = default_extract,
    jobs: int = 1,
    dask_address: str | None = None,
    progress: bool | None = None,
    force: bool = False,
    prune: bool = False,
) -> IndexReport:
    """Index the documents under ``paths`` into ``store``; see the module docstring.

    ``progress``: True shows a bar (file by file, naming the file being read)
    even when standard error is not a terminal, False never; None leaves it to
    :mod:`nlpolicy.progress` (the command line shows it on a terminal).
    """
    if progress is not None and progress != _progress.enabled():
        with _progress.session(on=progress):
            return index_paths(paths, store, extract_fn=extract_fn, jobs=jobs, dask_address=dask_address,
                               progress=None, force=force, prune=prune)
    started = time.perf_counter()
    files = discover(paths)
    report = IndexReport()
    run_id = store.begin([str(p) for p in paths])
    report.abandoned_before = getattr(store, "abandoned_runs", lambda: 0)()
    status = "failed"
    try:
        known = store.known_hashes()
        todo: list[tuple[str, str]] = []
        for path in files:
            try:
                digest = sha256_of(path)
            except OSError as exc:
                report.failed.append((path, f"cannot read: {exc.strerror or one_line(exc)}"))
                store.record_error(path, None, report.failed[-1][1], run_id=run_id)
                continue
            if not force and known.get(path) == digest:
                report.skipped += 1
            else:
                todo.append((path, digest))
        if prune:
            report.removed = _prune(store, known, files, paths)
        for path, _ in store.errors():
            if not os.path.exists(path):        # a failed file since deleted: forget its error
                store.delete_document(path)

        with _progress.task(say("progress.index"), total=len(todo), unit=say("progress.files")) as bar:
            in_flight: dict[str, None] = {}         # handed out, not back yet: oldest first

            def show() -> None:
                names = [Path(p).name for p in in_flight]
                bar.item(names[0] + (f" (+{len(names) - 1})" if len(names) > 1 else "") if names else "")

            def handed_out(path: str) -> None:
                in_flight[path] = None
                show()

            if dask_address:
                outcomes: Iterable[Outcome] = _dask(extract_fn, todo, dask_address, handed_out)
            elif jobs > 1 and len(todo) > 1:
                outcomes = _processes(extract_fn, todo, jobs, handed_out)
            else:
                outcomes = _serial(extract_fn, todo, handed_out)
            for outcome in outcomes:
                _write(store, outcome, run_id, report)
                in_flight.pop(outcome.path, None)
                bar.advance()
                show()
        if report.indexed >= 50 and hasattr(store, "optimize"):
            store.optimize()
        report.copies = getattr(store, "copies", lambda: 0)()
        status = "done"
    except KeyboardInterrupt:
        status = "interrupted"
        raise
    except StoreError as exc:
        raise StoreError(say("index.kept", message=exc, count=report.indexed)) from exc
    finally:
        report.seconds = time.perf_counter() - started
        # closing the run may fail the same way (disk full): the first error is the one to show
        with contextlib.suppress(StoreError):
            store.end(run_id, status, report.counts)
    return report


def _write(store: Store, outcome: Outcome, run_id: int, report: IndexReport) -> None:
    if outcome.error is None:
        try:
            store.upsert_document(outcome.path, outcome.sha256, outcome.extraction, run_id=run_id)
            report.indexed += 1
            return
        except (KeyError, TypeError, ValueError) as exc:   # a malformed contract dict
            outcome = Outcome(outcome.path, outcome.sha256, None, f"bad extraction: {one_line(exc)}")
    report.failed.append((outcome.path, outcome.error))
    store.record_error(outcome.path, outcome.sha256, outcome.error, run_id=run_id)


def _prune(store: Store, known: dict[str, str], files: list[str], roots: Sequence[str | Path]) -> int:
    """Remove indexed documents that no longer exist under the folders given."""
    present = set(files)
    folders = [str(Path(r).resolve()) + os.sep for r in roots if Path(r).is_dir()]
    removed = 0
    for path in known:
        if path not in present and path.startswith(tuple(folders)) and not os.path.exists(path):
            removed += store.delete_document(path)
    return removed

