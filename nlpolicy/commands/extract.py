"""``nlpolicy extract PATH``: print the contract JSON or a readable outline."""
from __future__ import annotations

import json
import sys


def register(sub) -> None:
    p = sub.add_parser(
        "extract", help="extract targets, deadlines, projects, agencies and tasks from one document",
        description="Read one .txt, .docx, .pdf, .rtf or .eml policy document and print what it commits to: "
                    "its header, sections, targets, deadlines, named projects, agencies and tasks. "
                    "--format json prints the nlpolicy.extraction/1 object of CONTRACT.md; "
                    "--format text prints an outline for people.")
    p.add_argument("path", help="a .txt, .docx, .pdf, .rtf or .eml file")
    p.add_argument("--format", choices=("json", "text"), default="text", help="output format (default: text)")
    p.add_argument("--no-text", action="store_true", help="leave document.text out of the JSON (smaller output)")
    p.set_defaults(run=run)


def run(args) -> int:
    from nlpolicy.extract.pipeline import extract
    from nlpolicy.serialize import extraction_to_dict

    ex = extract(args.path)
    if args.format == "json":
        data = extraction_to_dict(ex)
        if args.no_text:
            data["document"].pop("text", None)
        out = json.dumps(data, ensure_ascii=False, indent=1)
    else:
        from nlpolicy.outline import outline
        out = outline(ex)
    sys.stdout.write(out + "\n")
    return 0
