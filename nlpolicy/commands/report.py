"""``nlpolicy report``: the matrix, targets and checklists of a resolution and its follow-up.

Arguments only: reading documents is ``nlpolicy.extract``, linking is
``nlpolicy.link``, drawing is ``nlpolicy.report.render``.
"""
from __future__ import annotations

import argparse
import os
import sys

from nlpolicy.errors import InputError, NlpolicyError

LEADING_KINDS = ("resolution", "conclusion", "directive")

HELP = "draw the task x agency matrix, the phụ lục, targets and per-agency checklists"
DESCRIPTION = """\
Write, into --out: matrix.xlsx (matrix, phụ lục, targets, one checklist sheet per
agency, sources), index.html (one self-contained page with search, filters,
evidence and checklists whose ticks the browser keeps), matrix.docx (the 'phụ lục
phân công nhiệm vụ': STT, Nội dung nhiệm vụ, Cơ quan chủ trì, Cơ quan phối hợp,
Thời gian hoàn thành, Sản phẩm, Tiến độ / Tình trạng, Ghi chú), matrix.csv,
corrections.csv and corrections.xlsx (the extraction as a table to edit),
extraction.json, and per agency checklists/<agency>.md, calendar/<agency>.ics,
phu-luc/<agency>.docx and phu-luc/<agency>.xlsx (the files to send out).

RESOLUTION is the resolution (or conclusion, directive); DOCUMENTs are the
plans and reports that implement it.  A folder stands for the documents in it:
the resolution is then the one named with --resolution, else the first one
whose kind is a resolution, conclusion or directive, else the first by name.
A .json file is read as an extraction already made by 'nlpolicy extract
--format json'.  Each document is read and extracted once, and its extraction
is kept for the next run in ~/.cache/nlpolicy (by the file's content and the
version of nlpolicy; NLPOLICY_CACHE=DIR puts it elsewhere, NLPOLICY_CACHE=off
turns it off).

Task status (Hoàn thành, Đang thực hiện, Chưa thực hiện, Quá hạn, Chưa có thông
tin) comes from the reports given, reckoned on --as-of (default: today).  Edit
corrections.csv or corrections.xlsx and give it back with --corrections FILE:
the cells changed are kept, marked 'sửa thủ công' (✎) in every output, also
when the documents are read again.

Existing files are never overwritten without --force.  Set SOURCE_DATE_EPOCH
to fix the run's timestamp (the outputs are then byte-for-byte repeatable).
"""


def register(subparsers) -> None:
    p = subparsers.add_parser("report", help=HELP, description=DESCRIPTION,
                              formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("first", metavar="RESOLUTION",
                   help="the resolution (.txt, .pdf, .docx, or a .json extraction), or a folder")
    p.add_argument("others", nargs="*", metavar="DOCUMENT",
                   help="plans and reports that implement it (files or folders)")
    p.add_argument("--out", "-o", required=True, metavar="DIR", help="output folder")
    p.add_argument("--force", action="store_true", help="overwrite existing output files")
    p.add_argument("--resolution", metavar="PATH",
                   help="with a folder: which file is the resolution")
    p.add_argument("--links", metavar="LINKS.json",
                   help="links made earlier by 'nlpolicy link --format json' (else linked "
                        "here when the linker is available)")
    p.add_argument("--no-link", action="store_true", help="do not link the documents")
    p.add_argument("--as-of", metavar="DATE", type=_as_of,
                   help="the day task status is reckoned on: a task past its deadline and not "
                        "done is 'Quá hạn' (YYYY-MM-DD or DD/MM/YYYY; default: today)")
    p.add_argument("--corrections", metavar="FILE",
                   help="corrections.csv or corrections.xlsx of an earlier run, edited: "
                        "its changes are applied and kept")
    p.add_argument("--quiet", "-q", action="store_true", help="print nothing on success")
    p.set_defaults(run=run)


def run(args) -> int:
    import time

    from nlpolicy.cache import Cache
    from nlpolicy.link.similarity import kept_between_runs
    from nlpolicy.report.corrections import read_corrections

    started = time.perf_counter()
    now = _now()
    as_of = args.as_of or now.date()
    corrections = read_corrections(args.corrections) if args.corrections else []
    given = [args.first, *args.others]
    paths = _expand(given, args.resolution)
    with Cache.default() as cache, kept_between_runs(cache):
        return _run(args, paths, given, cache, started=started, now=now, as_of=as_of,
                    corrections=corrections)


def _run(args, paths, given, cache, *, started, now, as_of, corrections) -> int:
    import json
    import time
    from pathlib import Path

    from nlpolicy import progress
    from nlpolicy.messages import say
    from nlpolicy.report import build, files_of, write
    from nlpolicy.report.files import report_key, unchanged, write_manifest
    from nlpolicy.report.status import task_statuses

    read = read_documents(paths, cache)       # (Extraction or None, contract dict), once each
    if not args.resolution and len(paths) > 1 and any(Path(a).is_dir() for a in given):
        lead = next((i for i, (_, d) in enumerate(read)
                     if (d.get("document") or {}).get("kind") in LEADING_KINDS), 0)
        paths.insert(0, paths.pop(lead))
        read.insert(0, read.pop(lead))
    objects = [ex for ex, _ in read]
    extractions = [d for _, d in read]

    notes: list[str] = []
    links = None
    statuses = None
    if args.links:
        try:
            links = json.loads(Path(args.links).read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise InputError(f"cannot read links {args.links}: {exc}") from None
    elif len(paths) > 1 and not args.no_link:
        links, statuses = _link(objects, as_of)
        if links is None:
            notes.append(say("report.not_linked"))
    if statuses is None:
        statuses = {}
        if len(paths) > 1 and all(ex is not None for ex in objects):
            statuses, why = task_statuses(objects[0], objects[1:], as_of=as_of)
            if why:
                notes.append(why)

    matrix = build(extractions, links, statuses=statuses, as_of=as_of, corrections=corrections,
                   notes=tuple(notes))
    out = Path(args.out)
    key = report_key(matrix)
    written = unchanged(out, key)       # the same report already there: nothing to lay out or write
    same = written is not None
    if written is None:
        with progress.task(say("progress.writing")) as bar:
            bar.item(args.out)
            files = files_of(matrix, extractions, links, now)
            written = write(files, out, force=args.force)
            write_manifest(out, key, files)
    for note in matrix.notes:
        print(say("report.note", note=note), file=sys.stderr)
    if not args.quiet:
        print(say("report.unchanged" if same else "report.summary", count=len(written), out=args.out,
                  seconds=time.perf_counter() - started, index=os.path.join(args.out, "index.html")))
    return 0


def read_documents(paths: list[str], cache=None) -> list:
    """``[(Extraction or None, contract dict)]``, one per path, each read once (or found in
    ``cache``), with a progress line naming the file being read."""
    from pathlib import Path

    from nlpolicy import progress
    from nlpolicy.messages import say
    out = []
    with progress.task(say("progress.documents"), total=len(paths), unit=say("progress.files")) as bar:
        for path in paths:
            bar.item(Path(path).name)
            out.append(_read(path, cache))
            bar.advance()
    return out


def _as_of(text: str):
    """--as-of: an ISO date or a Vietnamese one (DD/MM/YYYY)."""
    import re
    from datetime import date
    m = re.fullmatch(r"\s*(\d{1,2})/(\d{1,2})/(\d{4})\s*", text)
    try:
        return date(int(m[3]), int(m[2]), int(m[1])) if m else date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {text!r} (YYYY-MM-DD or DD/MM/YYYY)") \
            from None


def _now():
    """The run's one timestamp: SOURCE_DATE_EPOCH when set (reproducible builds), else the clock."""
    from datetime import datetime, timezone
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        try:
            return datetime.fromtimestamp(int(epoch), tz=timezone.utc)
        except (ValueError, OverflowError, OSError):
            raise InputError(f"SOURCE_DATE_EPOCH is not a Unix time: {epoch!r}") from None
    return datetime.now(timezone.utc)


def _expand(args_paths: list[str], resolution: str | None) -> list[str]:
    from pathlib import Path

    from nlpolicy.ingest import DOCUMENT_SUFFIXES       # (here: the readers' package, not needed to start)
    out: list[str] = []
    for a in args_paths:
        p = Path(a)
        if p.is_dir():
            found = sorted(str(f) for f in p.iterdir()
                           if f.is_file() and f.suffix.lower() in (*DOCUMENT_SUFFIXES, ".json")
                           and not f.name.startswith("."))
            if not found:
                raise InputError(f"{a}: no .txt, .pdf, .docx, .rtf, .eml or .json documents in this folder")
            out.extend(found)
        elif p.exists():
            out.append(str(p))
        else:
            raise InputError(f"{a}: no such file or folder")
    out = list(dict.fromkeys(out))
    if resolution:
        r = Path(resolution)
        if not r.is_file():
            raise InputError(f"{resolution}: no such file")
        out = [str(r)] + [p for p in out if Path(p).resolve() != r.resolve()]
    return out


def _read(path: str, cache=None):
    """``(Extraction or None, contract dict)`` for one input: a .json extraction is read as it
    is (no Extraction object), any other file is read and extracted, once (or found in
    ``cache``, a :class:`nlpolicy.cache.Cache`, when an earlier run read the same bytes)."""
    import json
    from pathlib import Path
    p = Path(path)
    if p.suffix.lower() == ".json":
        try:
            d = json.loads(p.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            raise InputError(f"{path}: not a JSON extraction ({exc})") from None
        if not isinstance(d, dict) or d.get("schema") != "nlpolicy.extraction/1":
            raise InputError(f"{path}: not an nlpolicy.extraction/1 object")
        return None, d
    try:
        ex = cache.extract(path, _extract) if cache is not None else _extract(path)
    except NlpolicyError:
        raise
    except ModuleNotFoundError as exc:
        if exc.name and exc.name.startswith("nlpolicy"):
            raise InputError(f"{path}: the extractor is not available in this version "
                             f"({exc.name}); give a .json extraction instead") from None
        raise
    import nlpolicy
    d = nlpolicy.to_json(ex)
    d.setdefault("document", {}).setdefault("path", str(path))
    return ex, d


def _extract(path: str):
    """``nlpolicy.extract(path)``.

    Once ``nlpolicy.extract.pipeline`` is imported, the package attribute
    ``nlpolicy.extract`` is the sub-package, not the function, so the function
    is taken from where it lives when the attribute is not callable.
    """
    import nlpolicy
    extract = nlpolicy.extract
    if not callable(extract):
        from nlpolicy.extract.pipeline import extract
    return extract(path)


def _extract_to_dict(path: str) -> dict:
    """The contract dict of one document (kept for callers of the earlier name)."""
    return _read(path)[1]


def _link(objects: list, as_of):
    """``(links, statuses)``: the ``nlpolicy.links/1`` dict of the Extractions already made and
    the task statuses the linker read on ``as_of`` (None when it gives none); ``(None, None)``
    when an input was a .json extraction (the linker reads documents) or there is no linker."""
    if any(ex is None for ex in objects):
        return None, None
    try:
        from nlpolicy.link import link
        from nlpolicy.link.render import to_dict
    except ImportError:
        return None, None
    try:
        result = link(objects[0], objects[1:], as_of=as_of)
    except TypeError:                       # a linker without as_of
        result = link(objects[0], objects[1:])
    statuses = getattr(result, "statuses", None)
    return to_dict(result), (dict(statuses) if statuses is not None and
                             getattr(result, "as_of", None) else None)
