"""``nlpolicy link RESOLUTION DOCUMENT...`` and ``nlpolicy link --corpus DIR``."""
from __future__ import annotations

import json
import sys


def register(sub) -> None:
    p = sub.add_parser(
        "link", help="link a resolution to the documents that implement it",
        description="Link a resolution to plans, programmes and reports: which documents cite and carry it out "
                    "(by number, short form, title, or a chain; a document that neither cites it nor matches "
                    "it by title or content is reported and left out), which of its sections each of their "
                    "sections carries out, the status of each of its tasks on --as-of with the evidence "
                    "(Hoàn thành / Đang thực hiện / Chưa thực hiện / Quá hạn / Chưa có thông tin), and how "
                    "achieved figures compare with its targets. With --corpus DIR, find "
                    "every linked pair in a folder and print the graph. --format json prints the "
                    "nlpolicy.links/1 object of CONTRACT.md. Extractions and word segmentations are kept "
                    "for the next run in ~/.cache/nlpolicy (NLPOLICY_CACHE=DIR or off).")
    p.add_argument("paths", nargs="*", metavar="PATH", help="RESOLUTION then one or more DOCUMENTs")
    p.add_argument("--corpus", metavar="DIR", help="link every document of a folder with every other")
    p.add_argument("--format", choices=("json", "text", "dot"), default="text",
                   help="output format (default: text; dot only with --corpus)")
    p.add_argument("--as-of", metavar="DATE", dest="as_of",
                   help="the day task statuses are for (YYYY-MM-DD or DD/MM/YYYY; default: today): a task past "
                        "its deadline and not done is 'Quá hạn'")
    p.add_argument("--threshold", type=float, default=None,
                   help="task links scoring below this are not shown (default: 0.14, chosen on gold)")
    p.add_argument("--status-threshold", type=float, default=None, dest="status_threshold",
                   help="a report's statement goes to a task only from this score (default: 0.3, chosen on gold)")
    p.set_defaults(run=run)


def parse_day(text: str):
    """'2025-05-25' or '25/05/2025' -> a date; anything else is an InputError."""
    import datetime
    import re

    from nlpolicy.errors import InputError
    m = re.fullmatch(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*", text) or None
    d = re.fullmatch(r"\s*(\d{1,2})/(\d{1,2})/(\d{4})\s*", text) if m is None else None
    try:
        if m:
            return datetime.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if d:
            return datetime.date(int(d.group(3)), int(d.group(2)), int(d.group(1)))
    except ValueError:
        pass
    raise InputError(f"--as-of {text!r}: not a date (give YYYY-MM-DD or DD/MM/YYYY)")


def run(args) -> int:
    from pathlib import Path

    from nlpolicy.errors import InputError
    if args.corpus:
        if args.paths:
            raise InputError("give either --corpus DIR or RESOLUTION DOCUMENT..., not both")
        folder = Path(args.corpus)
        if not folder.is_dir():
            raise InputError(f"{folder}: not a folder")
        from nlpolicy.link import link_corpus
        from nlpolicy.link.render import graph_to_dict, graph_to_dot, graph_to_text
        g = link_corpus(folder)
        out = {"json": lambda: json.dumps(graph_to_dict(g), ensure_ascii=False, indent=1),
               "text": lambda: graph_to_text(g), "dot": lambda: graph_to_dot(g)}[args.format]()
    else:
        if len(args.paths) < 2:
            raise InputError("link needs a RESOLUTION and at least one DOCUMENT (or --corpus DIR)")
        if args.format == "dot":
            raise InputError("--format dot draws a folder: use it with --corpus DIR")
        for p in args.paths:
            if not Path(p).is_file():
                raise InputError(f"{p}: no such file")
        import datetime
        as_of = parse_day(args.as_of) if args.as_of else datetime.date.today()
        from nlpolicy.cache import Cache
        from nlpolicy.commands.report import read_documents
        from nlpolicy.link import link
        from nlpolicy.link.render import to_dict, to_text
        from nlpolicy.link.similarity import kept_between_runs
        with Cache.default() as cache, kept_between_runs(cache):
            read = read_documents(args.paths, cache)      # each read once, or found in the cache
            given_json = [p for p, (ex, _) in zip(args.paths, read) if ex is None]
            if given_json:
                raise InputError(f"{given_json[0]}: link reads the documents themselves, not .json extractions")
            result = link(read[0][0], [ex for ex, _ in read[1:]], as_of=as_of, task_threshold=args.threshold,
                          status_threshold=args.status_threshold)
        out = json.dumps(to_dict(result), ensure_ascii=False, indent=1) if args.format == "json" else to_text(result)
    sys.stdout.write(out + "\n")
    return 0
