"""``nlpolicy index PATH... --db FILE``: extract documents into a searchable SQLite index."""
from __future__ import annotations

import sys

EPILOG = """\
Unchanged files (same sha256) are skipped; changed ones are replaced, each in
one transaction, so an interrupted run leaves a consistent index and rerunning
the same command resumes.  A file that fails to extract is listed at the end
and the exit status is 1; the other files are indexed all the same.

examples:
  nlpolicy index ../shared/corpus --db index.sqlite --jobs 4
  nlpolicy index docs/ --db index.sqlite --dask tcp://scheduler:8786
"""


def register(sub) -> None:
    import argparse

    p = sub.add_parser(
        "index", help="extract many documents into a searchable SQLite index",
        description="Extract every .txt, .docx and .pdf document under PATH (folders are walked) "
                    "into a SQLite index: documents, sections, targets, deadlines, projects, "
                    "agencies, tasks, assignments and citation links, each with its evidence.",
        epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("paths", nargs="+", metavar="PATH", help="documents or folders of documents")
    p.add_argument("--db", required=True, metavar="FILE", help="the index file (created if missing)")
    p.add_argument("--jobs", type=_positive, default=1, metavar="N",
                   help="extract in N processes (default: 1)")
    p.add_argument("--dask", metavar="ADDRESS",
                   help="extract on a Dask cluster (e.g. tcp://host:8786); workers must see the same paths")
    p.add_argument("--progress", action="store_true",
                   help="show a progress bar even when standard error is not a terminal")
    p.add_argument("--force", action="store_true", help="re-extract unchanged files too")
    p.add_argument("--prune", action="store_true",
                   help="drop indexed documents that are gone from the folders given")
    p.add_argument("--extractor", metavar="MODULE:FUNCTION",
                   help="use another extraction function (path -> nlpolicy.extraction/1 dict)")
    p.set_defaults(run=run)


def _positive(value: str) -> int:
    import argparse

    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if n < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return n


def run(args) -> int:
    from nlpolicy.store.indexer import default_extract, index_paths, load_extractor
    from nlpolicy.store.sqlite import SQLiteStore

    extract_fn = load_extractor(args.extractor) if args.extractor else default_extract
    with SQLiteStore(args.db) as store:
        report = index_paths(
            args.paths, store, extract_fn=extract_fn, jobs=args.jobs, dask_address=args.dask,
            progress=args.progress or sys.stderr.isatty(), force=args.force, prune=args.prune)
    rate = report.indexed / report.seconds if report.seconds > 0 else 0.0
    resumed = " (resumed after an unfinished run)" if report.abandoned_before else ""
    print(f"indexed {report.indexed}, unchanged {report.skipped}, failed {len(report.failed)}"
          + (f", removed {report.removed}" if report.removed else "")
          + f" in {report.seconds:.1f} s ({rate:.1f} documents/s){resumed}", file=sys.stderr)
    for path, message in report.failed:
        print(f"failed: {path}: {message}", file=sys.stderr)
    return 1 if report.failed else 0
