"""``nlpolicy report``: the matrix, targets and checklists of a resolution and its follow-up.

Arguments only: reading documents is ``nlpolicy.extract``, linking is
``nlpolicy.link``, drawing is ``nlpolicy.report.render``.
"""
from __future__ import annotations

import argparse
import os
import sys

from nlpolicy.errors import InputError, NlpolicyError

DOC_SUFFIXES = (".txt", ".pdf", ".docx", ".json")
LEADING_KINDS = ("resolution", "conclusion", "directive")

HELP = "draw the task x agency matrix, targets and per-agency checklists"
DESCRIPTION = """\
Write, into --out: matrix.xlsx (matrix, targets, one checklist sheet per agency,
sources), index.html (one self-contained page with filters and evidence),
matrix.docx (a 'phụ lục phân công nhiệm vụ' table), matrix.csv, extraction.json,
checklists/<agency>.md and calendar/<agency>.ics.

RESOLUTION is the resolution (or conclusion, directive); DOCUMENTs are the
plans and reports that implement it.  A folder stands for the documents in it:
the resolution is then the one named with --resolution, else the first one
whose kind is a resolution, conclusion or directive, else the first by name.
A .json file is read as an extraction already made by 'nlpolicy extract
--format json'.

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
    p.add_argument("--quiet", "-q", action="store_true", help="print nothing on success")
    p.set_defaults(run=run)


def run(args) -> int:
    import json
    import time
    from pathlib import Path

    started = time.perf_counter()
    given = [args.first, *args.others]
    paths = _expand(given, args.resolution)
    extractions = [_extraction(p) for p in paths]
    if not args.resolution and len(paths) > 1 and any(Path(a).is_dir() for a in given):
        lead = next((i for i, ex in enumerate(extractions)
                     if (ex.get("document") or {}).get("kind") in LEADING_KINDS), 0)
        paths.insert(0, paths.pop(lead))
        extractions.insert(0, extractions.pop(lead))

    links = None
    if args.links:
        try:
            links = json.loads(Path(args.links).read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise InputError(f"cannot read links {args.links}: {exc}") from None
    elif len(paths) > 1 and not args.no_link:
        links = _link(paths)

    from nlpolicy.report import render
    written = render(extractions, links, args.out, force=args.force, now=_now())
    if not args.quiet:
        took = time.perf_counter() - started
        print(f"nlpolicy report: {len(written)} files in {args.out} ({took:.1f} s): "
              f"{os.path.join(args.out, 'index.html')}, matrix.xlsx, matrix.docx, matrix.csv, "
              "checklists/, calendar/")
        if links is None and len(paths) > 1:
            print("nlpolicy report: documents not linked (linker unavailable): task status "
                  "shows 'chưa đối chiếu'", file=sys.stderr)
    return 0


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
    out: list[str] = []
    for a in args_paths:
        p = Path(a)
        if p.is_dir():
            found = sorted(str(f) for f in p.iterdir()
                           if f.is_file() and f.suffix.lower() in DOC_SUFFIXES
                           and not f.name.startswith("."))
            if not found:
                raise InputError(f"{a}: no .txt, .pdf, .docx or .json documents in this folder")
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


def _extraction(path: str) -> dict:
    """The contract dict for one input: read a .json extraction, else run the extractor."""
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
        return d
    try:
        d = _extract_to_dict(path)
    except NlpolicyError:
        raise
    except ModuleNotFoundError as exc:
        if exc.name and exc.name.startswith("nlpolicy"):
            raise InputError(f"{path}: the extractor is not available in this version "
                             f"({exc.name}); give a .json extraction instead") from None
        raise
    d.setdefault("document", {}).setdefault("path", str(path))
    return d


def _extract_to_dict(path: str) -> dict:
    """``nlpolicy.to_json(nlpolicy.extract(path))``.

    Once ``nlpolicy.extract.pipeline`` is imported, the package attribute
    ``nlpolicy.extract`` is the sub-package, not the function, so the function
    is taken from where it lives when the attribute is not callable.
    """
    import nlpolicy
    extract = nlpolicy.extract
    if not callable(extract):
        from nlpolicy.extract.pipeline import extract
    return nlpolicy.to_json(extract(path))


def _link(paths: list[str]):
    """Links (an ``nlpolicy.links/1`` dict) from the linker when it exists; None otherwise.

    Tries ``nlpolicy.link.api.link_documents`` first, then ``nlpolicy.link.link``
    with ``nlpolicy.link.render.to_dict``: the linker is being written and its
    entry point may be either.
    """
    if any(p.lower().endswith(".json") for p in paths):
        return None     # the linker reads documents, not extractions
    try:
        from nlpolicy.link.api import link_documents
    except ImportError:
        try:
            from nlpolicy.link import link as link_documents
        except ImportError:
            return None
    result = link_documents(paths[0], paths[1:])
    if result is None or isinstance(result, dict):
        return result
    try:
        from nlpolicy.link.render import to_dict
    except ImportError:
        to_dict = getattr(result, "to_dict", None) or getattr(result, "to_json", None)
        return to_dict() if to_dict else None
    return to_dict(result)
