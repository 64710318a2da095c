"""Agency recognition on the real corpus: speed of ``find_agencies`` and recall of the gold agencies.

    .venv/bin/python -m bench.agencies                       # the current recogniser
    .venv/bin/python -m bench.agencies --impl OLD.py         # another implementation, for a before/after
    .venv/bin/python -m bench.agencies --names               # also print each document's distinct names
    .venv/bin/python -m bench.agencies --against OLD.py      # time both, rounds interleaved (a loaded machine)

Speed: MB of UTF-8 text per CPU-second of ``find_agencies`` over every ``../shared/corpus/*.txt``
(normalised and desegmented, as the pipeline hands them over), best of 5 rounds after a warm-up.

Recall: for each gold file (``../shared/spec/gold``, ``corpus/gold``), the share of its agencies
(not marked optional; all of them in brackets) that some mention anywhere in the text names,
matched through the scorer's own name index (whole name, alias, abbreviations spelt out, close
spelling).  It says what the recogniser can offer the task stage, not what ends up assigned.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import time
from pathlib import Path

from bench.common import CORPUS, MB, ROOT, SHARED

GOLD_DIRS = (SHARED / "spec" / "gold", ROOT / "corpus" / "gold")
CENTRAL_PREFIXES = ("TW_", "CP_", "QH_", "TTg_")


def load_impl(path: str | None):
    if not path:
        from nlpolicy import agencies
        return agencies
    spec = importlib.util.spec_from_file_location("agencies_impl", path)
    mod = importlib.util.module_from_spec(spec)
    sys.modules["agencies_impl"] = mod
    spec.loader.exec_module(mod)
    return mod


def corpus() -> list[tuple[str, str, str]]:
    """(stem, text, level) for each corpus text, normalised and desegmented."""
    from nlpolicy.ingest import read
    from nlpolicy.matching import desegment
    from nlpolicy.normalize import normalize
    out = []
    for p in sorted(CORPUS.glob("*.txt")):
        text = desegment(normalize(read(p).text).text)
        out.append((p.stem, text, "central" if p.name.startswith(CENTRAL_PREFIXES) else "province"))
    return out


def speed(mods, docs, rounds: int = 5) -> tuple[float, list[float]]:
    """MB of text, and the best CPU seconds of each module over the corpus; the modules take turns
    round by round, so that a load that comes and goes weighs on each alike."""
    from nlpolicy.normalize import match_key
    keyed = [(t, match_key(t), lvl) for _, t, lvl in docs]
    for mod in mods:
        for t, k, lvl in keyed:       # warm-up: lexicon, spaCy
            mod.find_agencies(t, k, level=lvl)
    best = [float("inf")] * len(mods)
    for _ in range(rounds):
        for i, mod in enumerate(mods):
            c0 = time.process_time()
            for t, k, lvl in keyed:
                mod.find_agencies(t, k, level=lvl)
            best[i] = min(best[i], time.process_time() - c0)
    size = sum(len(t.encode("utf-8")) for t, _, _ in keyed) / MB
    return size, best


def recall(mod, docs, show_names: bool) -> None:
    from nlpolicy.evaluate import NameIndex, agency_key
    texts = {stem: (t, lvl) for stem, t, lvl in docs}
    hit = want = hit_all = want_all = 0
    for d in GOLD_DIRS:
        for g in sorted(d.glob("*.json")):
            if g.stem not in texts:
                continue
            gold = json.loads(g.read_text(encoding="utf-8"))
            agencies = gold.get("agencies", [])
            index = NameIndex.build(agencies, agency_key)
            text, lvl = texts[g.stem]
            names = {n for m in mod.find_agencies(text, level=lvl) for n in m.names}
            found = {index.match(n) for n in names} - {None}
            required = [i for i, a in enumerate(agencies) if not a.get("optional")]
            h = sum(1 for i in required if i in found)
            hit, want = hit + h, want + len(required)
            hit_all, want_all = hit_all + len(found), want_all + len(agencies)
            missed = [agencies[i]["name"] for i in required if i not in found]
            print(f"  {g.stem[:60]:60s} {h:3d}/{len(required):<3d} [{len(found)}/{len(agencies)}]"
                  + (f"  missed: {'; '.join(missed)}" if missed else ""))
    print(f"recall of gold agencies: {hit}/{want} = {hit / max(want, 1):.3f}"
          f"  [with optional ones {hit_all}/{want_all} = {hit_all / max(want_all, 1):.3f}]")
    if show_names:
        for stem, text, lvl in docs:
            names = sorted({n for m in mod.find_agencies(text, level=lvl) for n in m.names})
            print(f"== {stem} ({lvl}): {len(names)} names")
            for n in names:
                print("   ", n)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--impl", help="a module file with find_agencies (default: nlpolicy.agencies)")
    ap.add_argument("--names", action="store_true", help="print the distinct names found per document")
    ap.add_argument("--against", metavar="OLD.py", help="also time this implementation, rounds interleaved")
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args(argv)
    mod = load_impl(args.impl)
    docs = corpus()
    mods = [mod] + ([load_impl(args.against)] if args.against else [])
    size, cpu = speed(mods, docs, args.rounds)
    for label, c in zip(("find_agencies", "against"), cpu):
        print(f"{label}: {len(docs)} docs, {size:.2f} MB, best CPU {c:.3f} s = {size / c:.2f} MB/s/core")
    recall(mod, docs, args.names)
    return 0


if __name__ == "__main__":
    sys.exit(main())
