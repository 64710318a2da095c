"""``nlpolicy link RESOLUTION DOCUMENT...`` and ``nlpolicy link --corpus DIR``."""
from __future__ import annotations

import json
import sys


def register(sub) -> None:
    p = sub.add_parser(
        "link", help="link a resolution to the documents that implement it",
        description="Link a resolution to plans, programmes and reports: which documents cite and carry it out "
                    "(by number, short form, title, or a chain), which of its sections each of their sections "
                    "carries out, and how reported figures compare with its targets. With --corpus DIR, find "
                    "every linked pair in a folder and print the graph. --format json prints the "
                    "nlpolicy.links/1 object of CONTRACT.md.")
    p.add_argument("paths", nargs="*", metavar="PATH", help="RESOLUTION then one or more DOCUMENTs")
    p.add_argument("--corpus", metavar="DIR", help="link every document of a folder with every other")
    p.add_argument("--format", choices=("json", "text", "dot"), default="text",
                   help="output format (default: text; dot only with --corpus)")
    p.add_argument("--threshold", type=float, default=0.08,
                   help="task links scoring below this are not reported (default: 0.08)")
    p.set_defaults(run=run)


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
        from nlpolicy.link import link
        from nlpolicy.link.render import to_dict, to_text
        result = link(args.paths[0], args.paths[1:], task_threshold=args.threshold)
        out = json.dumps(to_dict(result), ensure_ascii=False, indent=1) if args.format == "json" else to_text(result)
    sys.stdout.write(out + "\n")
    return 0
