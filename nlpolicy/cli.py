"""Command line: argument parsing, printing and exit codes only.

Each sub-command lives in ``nlpolicy/commands/<name>.py`` with two functions,
``register(subparsers)`` and ``run(args) -> int``.  Command modules import
nothing heavy at module level, so ``nlpolicy --help`` stays fast.

Progress bars show on a terminal and not when standard error is piped
(:mod:`nlpolicy.progress`); what the program says is in Vietnamese unless the
locale asks for English (:mod:`nlpolicy.messages`), errors from reading a
document included.
"""
from __future__ import annotations

import argparse
import importlib
import os
import sys

from nlpolicy import __version__
from nlpolicy.errors import NlpolicyError

# name -> module; the order is the order of --help
COMMANDS = ("extract", "report", "link", "eval", "index", "search", "targets", "agencies")

DESCRIPTION = """\
nlpolicy reads Vietnamese policy resolutions (Nghị quyết, Kết luận, Chỉ thị) and
the plans and reports that implement them. It extracts targets, deadlines, named
projects, tasks and the agencies responsible; links a resolution to the documents
that carry it out; and draws a task x agency matrix with per-agency checklists.

examples:
  nlpolicy extract corpus/000_3cffab5bee4fe395.txt --format text
  nlpolicy report corpus/000_3cffab5bee4fe395.txt --out out/
  nlpolicy link RESOLUTION.txt PLAN.docx REPORT.pdf
  nlpolicy index ../shared/corpus --db index.sqlite && nlpolicy search "ham kiem" --db index.sqlite
"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="nlpolicy", description=DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"nlpolicy {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        try:
            module = importlib.import_module(f"nlpolicy.commands.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"nlpolicy.commands.{name}":
                raise
            continue  # a command not built yet
        module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "run", None):
        parser.print_help()
        return 0
    from nlpolicy import progress
    from nlpolicy.messages import say, translate_error

    try:
        with progress.session():
            return int(args.run(args) or 0)
    except NlpolicyError as exc:
        message = " ".join(translate_error(str(exc)).split())
        print(say("cli.error", message=message), file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print(say("cli.interrupted"), file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except MemoryError:
        print(say("cli.out_of_memory"), file=sys.stderr)
        return 2
    except Exception as exc:   # a bug of the tool's own: one line for the user, the traceback on request
        if os.environ.get("NLPOLICY_DEBUG"):
            raise
        detail = " ".join(str(exc).split())[:200]
        print(say("cli.internal", kind=type(exc).__name__, detail=detail), file=sys.stderr)
        return 3


if __name__ == "__main__":
    sys.exit(main())
