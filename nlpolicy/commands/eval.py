"""``nlpolicy eval GOLD_DIR... --corpus DIR``: score the extractor against gold annotations."""
from __future__ import annotations

import json

# column headers of the table, in the order of evaluate.PARTS
_HEADERS = {"document": "doc", "sections": "sect", "targets": "targ", "deadlines": "dead",
            "projects": "proj", "agencies": "agen", "assignments": "asgn", "assignments_no_role": "asgn-r"}
_NAME_WIDTH = 44


def register(sub) -> None:
    p = sub.add_parser(
        "eval", help="score the extractor against gold annotations",
        description="Extract the document named by each gold file ('source') and score it with the "
                    "rules of CONTRACT.md: precision, recall and F1 per part (document, sections, "
                    "targets, deadlines, projects, agencies, assignments with and without role). "
                    "Prints a table of F1 (rows = documents, then the mean over documents and the "
                    "overall macro-F1); the figures equal those of shared/tools/score.py.")
    p.add_argument("gold_dirs", nargs="+", metavar="GOLD_DIR", help="folders of gold *.json files")
    p.add_argument("--corpus", action="append", default=[], metavar="DIR",
                   help="folder holding the source documents (repeatable; the project's corpus/ is searched last)")
    p.add_argument("-v", "--verbose", action="store_true", help="list the errors of each part of each document")
    p.add_argument("--format", choices=("text", "json"), default="text",
                   help="text: the table; json: every figure, shaped like score.py --json (default: text)")
    p.set_defaults(run=run)


def run(args) -> int:
    from nlpolicy.evaluate import evaluate_dir

    from nlpolicy import progress

    try:
        report = evaluate_dir(args.gold_dirs, args.corpus, progress=_progress)
    finally:
        progress.end("eval")
    if args.format == "json":
        print(json.dumps(report.to_dict(), ensure_ascii=False, indent=1))
    else:
        print(render_table(report))
        if args.verbose:
            print(render_errors(report))
    return 0


def _progress(i: int, n: int, name: str) -> None:
    """Called before each document: a progress line on a terminal (nlpolicy.progress), nothing when piped."""
    from nlpolicy import progress
    from nlpolicy.messages import say

    if n < 2 or not progress.enabled():
        return
    if i == 1:
        progress.begin("eval", say("progress.documents"), total=n, unit=say("progress.files"))
    else:
        progress.advance("eval")
    progress.item("eval", name)


def _clip(name: str) -> str:
    return name if len(name) <= _NAME_WIDTH else name[:_NAME_WIDTH - 1] + "…"


def _row(label: str, cells) -> str:
    return f"{_clip(label):<{_NAME_WIDTH}}" + "".join(f"{c:>8}" for c in cells)


def render_table(report) -> str:
    """F1 per document and part, the mean row, and the overall macro-F1."""
    from nlpolicy.evaluate import PARTS

    lines = [_row("document", [_HEADERS[p.value] for p in PARTS] + ["spans"])]
    for d in report.documents:
        lines.append(_row(d.name, [f"{d.scores[p].f1:.2f}" for p in PARTS] + [len(d.scores.evidence_errors)]))
    if report.documents:
        lines.append(_row("mean", [f"{report.macro(p):.2f}" for p in PARTS] + [report.evidence_errors]))
    lines.append(f"overall: macro-F1 {report.overall:.3f} over {len(report.documents)} documents, "
                 f"evidence errors {report.evidence_errors}")
    return "\n".join(lines)


def render_errors(report) -> str:
    """Each document's errors, part by part, with precision, recall and counts."""
    from nlpolicy.evaluate import PARTS

    lines = []
    for d in report.documents:
        lines.append(f"\n== {d.name}")
        for p in PARTS:
            s = d.scores[p]
            acc = "".join(f" {k}={v:.2f}" for k, v in s.accuracy if v is not None)
            lines.append(f"{p.value:20s} P={s.precision:.2f} R={s.recall:.2f} F1={s.f1:.2f} "
                         f"(tp {s.tp}, pred {s.pred}, gold {s.gold}){acc}")
            lines += [f"    {e}" for e in s.errors]
        if d.scores.evidence_errors:
            lines.append(f"{'evidence':20s} {len(d.scores.evidence_errors)} spans do not match")
            lines += [f"    {e}" for e in d.scores.evidence_errors[:20]]
    return "\n".join(lines)
