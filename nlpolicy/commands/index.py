"""``nlpolicy index PATH... --db FILE``: extract documents into a searchable SQLite index."""
from __future__ import annotations

import sys

EPILOG = """\
Unchanged files (same sha256) are skipped; changed ones are replaced, each in
one transaction, so an interrupted run leaves a consistent index and rerunning
the same command resumes.  A file that fails to extract is listed at the end
and the exit status is 1; the other files are indexed all the same.

One document, one entry: files holding the same document (its .txt and its
.docx, two copies; the same number, issuer and date, or near-identical text)
are indexed once, and a search result lists all of them.

On a terminal a progress bar counts the files and names the one being read
(--progress shows it elsewhere too, NLPOLICY_PROGRESS=0 hides it).

examples:
  nlpolicy index ../shared/corpus --db index.sqlite --jobs 4
  nlpolicy index docs/ --db index.sqlite --dask tcp://scheduler:8786
"""


def register(sub) -> None:
    import argparse

    p = sub.add_parser(
        "index", help="extract many documents into a searchable SQLite index",
        description="Extract every .txt, .docx, .pdf, .rtf and .eml document under PATH (folders are walked) "
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
                   help="show the progress bar even when standard error is not a terminal")
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
    from nlpolicy import progress
    from nlpolicy.messages import say, translate_error
    from nlpolicy.store.indexer import default_extract, index_paths, load_extractor
    from nlpolicy.store.sqlite import SQLiteStore

    if args.progress:
        progress.enable(True)
    extract_fn = load_extractor(args.extractor) if args.extractor else default_extract
    with SQLiteStore(args.db) as store:
        report = index_paths(
            args.paths, store, extract_fn=extract_fn, jobs=args.jobs, dask_address=args.dask,
            force=args.force, prune=args.prune)
    print(summary(report), file=sys.stderr)
    for path, message in report.failed:
        print(say("index.failed", path=path, message=translate_error(message)), file=sys.stderr)
    return 1 if report.failed else 0


def summary(report, *, lang: str | None = None) -> str:
    """The one line that ends a run, in the language of the messages.

    >>> from nlpolicy.store.indexer import IndexReport
    >>> r = IndexReport(indexed=1200, skipped=3, seconds=8.84, copies=5)
    >>> print(summary(r, lang="vi"))
    đã lập chỉ mục 1.200 tệp, 3 tệp không đổi, 0 tệp lỗi trong 8,8 giây (135,7 tệp/giây); 5 tệp là bản khác của một văn bản đã có (mỗi văn bản một mục)
    >>> print(summary(r, lang="en"))
    indexed 1,200, unchanged 3, failed 0 in 8.8 s (135.7 documents/s); 5 files are other copies of an indexed document (one entry each)
    """
    from nlpolicy.messages import say

    rate = report.indexed / report.seconds if report.seconds > 0 else 0.0
    removed = say("index.summary.removed", removed=report.removed, lang=lang) if report.removed else ""
    line = say("index.summary.counts", indexed=report.indexed, skipped=report.skipped, failed=len(report.failed),
               removed=removed, seconds=report.seconds, rate=rate, lang=lang)
    if report.copies:
        line += say("index.summary.copies", copies=report.copies, lang=lang)
    if report.abandoned_before:
        line += say("index.summary.resumed", lang=lang)
    return line
