"""Leave-one-document-out scores of every model of the project, printed side by side with the rule.

    .venv/bin/python models/heldout.py [--limit N]

Runs each model's build script with its held-out evaluation, writing the artefacts to a
temporary folder (the packaged ones are not touched):

* ``build_sentence_role.py``: what a sentence does (target / baseline / assignment / task /
  background); used by the targets rule where it has no cue, at p >= 0.9 (``nlpolicy.decide``,
  question ``figure_kind``, mode ``veto``);
* ``build_agency_role.py``: an agency mention's role (lead / support / report_to / none), next
  to the rule of ``nlpolicy.extract.roles`` on the same mentions; the rule alone decides while it
  scores higher.

Needs ../shared (gold and corpus).  Takes a few minutes on two cores.
"""
from __future__ import annotations

import argparse
import importlib.util
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _run(script: str, argv: list[str]) -> int:
    spec = importlib.util.spec_from_file_location(script, HERE / f"{script}.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    print(f"\n======== {script}")
    return mod.main(argv)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limit", type=int, default=None, help="use only the first N gold documents")
    a = ap.parse_args(argv)
    extra = ["--limit", str(a.limit)] if a.limit else []
    with tempfile.TemporaryDirectory() as out:
        codes = [_run(s, ["--out", out, *extra]) for s in ("build_sentence_role", "build_agency_role")]
    return max(codes)


if __name__ == "__main__":
    sys.exit(main())
