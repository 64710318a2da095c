"""Accuracy on damaged copies of the gold documents (issue 10): does the extractor generalise?

    bench/run.sh damage                          # everything: 3 seeds, OCR included
    bench/run.sh damage --seeds 1 --no-ocr --docs 000_,KL-69     # a quick look
    bench/run.sh damage --commit HEAD --verbose  # the committed extractor, per-document tables
    bench/run.sh damage --scan-kinds wrap --no-ocr   # what one kind of damage alone costs
    .venv/bin/python -m bench.damage --help

For every gold file (``../shared/spec/gold`` and ``corpus/gold``; each names its
document in ``source``, found in ``../shared/corpus`` or ``corpus/``) the document
is extracted four ways and scored against the same gold:

- clean: the document as it is;
- scan: ``../shared/tools/damage.py`` with kinds ``scan,pages,wrap`` (OCR
  confusions of diacritics and Roman numerals, page furniture, hard wrapping),
  one copy per seed, the mean over the seeds;
- seg: damage.py's ``seg`` (syllables joined by "_", all lower case), per seed;
- ocr: the text printed on A4 pages and read back by Tesseract (``bench/ocr_pages.py``).

damage.py's own code makes the copies (loaded as a module; the random generator is
seeded per file as its command line does, so a copy equals ``damage.py SRC OUT
--kinds K --seed S``).  Scores come from ``../shared/tools/score.py`` itself, loaded as
a module (``nlpolicy/evaluate.py`` gives the same figures).  Extraction runs in
``--jobs`` worker processes (default 2) through ``nlpolicy.evaluate.extract_json``.

Goals: scan within 0.05 of clean; seg >= 0.80; OCR is held to the scan goal.

Everything written goes to ``bench/out/damage/`` (gitignored; ``--out DIR`` for another
folder, so that two people's runs do not overwrite each other's ``results.json``): the
damaged copies, the OCR'd texts, and ``results.json`` with every score and error list.
Files are written whole (a temporary file renamed), so a run never reads another's
half-written copy.  ``--lost N``
lists the errors that damage adds (those not made on the clean copy), most common first.

``--commit REV`` measures the extractor of a commit instead of the working tree (the
package is taken with ``git archive`` into ``bench/out/damage/tree-<sha>/`` and put
first on ``sys.path``), for when the working tree is half-way through a change.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import multiprocessing
import os
import random
import statistics
import subprocess
import sys
import time
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from pathlib import Path

from bench.common import ROOT, SHARED, machine

OUT = ROOT / "bench" / "out" / "damage"
TOOLS = SHARED / "tools"
GOLD_DIRS = (SHARED / "spec" / "gold", ROOT / "corpus" / "gold")
CORPUS_DIRS = (SHARED / "corpus", ROOT / "corpus")

PARTS = ("document", "sections", "targets", "deadlines", "projects", "agencies", "assignments")
KINDS = {"scan": ("scan", "pages", "wrap"), "seg": ("seg",)}
CONDITIONS = ("clean", "scan", "seg", "ocr")
SCAN_GOAL = 0.05        # scan (and OCR) at most this far below clean
SEG_GOAL = 0.80         # seg at least this


# ---------------------------------------------------------------- the shared tools

def load_tool(name: str):
    """``../shared/tools/<name>.py`` as a module (both tools are standard library only)."""
    path = TOOLS / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"shared_tools_{name}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@lru_cache(maxsize=1)
def scorer():
    return load_tool("score")


# ---------------------------------------------------------------- the documents

@dataclass(frozen=True)
class Job:
    name: str           # the gold file's stem
    gold: Path
    source: Path        # the clean document


def gold_jobs() -> list[Job]:
    jobs = []
    for folder in GOLD_DIRS:
        for path in sorted(folder.glob("*.json")):
            source = json.loads(path.read_text(encoding="utf-8"))["source"]
            found = next((d / source for d in CORPUS_DIRS if (d / source).is_file()), None)
            if found is None:
                raise SystemExit(f"bench.damage: {path}: its document {source!r} is in none of "
                                 + ", ".join(map(str, CORPUS_DIRS)))
            jobs.append(Job(path.stem, path, found))
    return jobs


def select(jobs: list[Job], docs: str | None, limit: int | None) -> list[Job]:
    """The jobs whose name contains one of the comma-separated ``docs``, at most ``limit``."""
    if docs:
        keys = [k for k in docs.split(",") if k]
        jobs = [j for j in jobs if any(k in j.name for k in keys)]
    return jobs[:limit] if limit else jobs


def write_whole(path: Path, text: str) -> None:
    """Write ``text`` to a temporary file beside ``path``, then rename it into place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def damaged_copy(tool, source: Path, steps: tuple[str, ...], seed: int, rate: float, out: Path) -> Path:
    """``damage.py <folder of source> <out>/<steps>-seed<seed> --kinds <steps> --seed <seed>`` for one file."""
    rng = random.Random(f"{seed}:{source.name}")           # as damage.py's main() seeds each file
    text = tool.damage(source.read_text(encoding="utf-8"), list(steps), rng, rate, source.stem)
    dst = out / f"{'+'.join(steps)}-seed{seed}" / source.name
    write_whole(dst, text)
    return dst


# ---------------------------------------------------------------- extraction and scoring (in workers)

@dataclass(frozen=True)
class Task:
    condition: str
    seed: int | None
    name: str
    gold: str
    document: str


@dataclass
class Outcome:
    condition: str
    seed: int | None
    name: str
    f1: dict[str, float]
    errors: dict[str, list[str]] = field(default_factory=dict)
    evidence_errors: int = 0
    failure: str | None = None      # the extractor refused or crashed: scored as an empty extraction
    seconds: float = 0.0

    @property
    def overall(self) -> float:
        return statistics.fmean(self.f1[p] for p in PARTS)


def run_task(task: Task) -> Outcome:
    from nlpolicy.evaluate import extract_json
    score = scorer()
    gold = json.loads(Path(task.gold).read_text(encoding="utf-8"))
    failure = None
    t0 = time.perf_counter()
    try:
        pred = extract_json(Path(task.document))
    except Exception as exc:  # noqa: BLE001 -- a refusal or a crash on a damaged copy is a result to report
        failure = f"{type(exc).__name__}: {str(exc)[:200]}"
        pred = {}
    seconds = time.perf_counter() - t0
    res = score.score(gold, pred)
    return Outcome(task.condition, task.seed, task.name,
                   {p: res[p]["f1"] for p in PARTS}, {p: res[p]["errors"] for p in PARTS},
                   len(score.evidence_errors(pred)) if pred else 0, failure, seconds)


# ---------------------------------------------------------------- summary

def condition_means(outcomes: list[Outcome]) -> dict[str, dict[str, float]]:
    """condition -> part -> macro-F1 over the documents (and the seeds: every copy weighs the same,
    which is the mean over the seeds of each seed's macro-F1), plus "overall"."""
    by: dict[str, list[Outcome]] = defaultdict(list)
    for o in outcomes:
        by[o.condition].append(o)
    means = {}
    for cond, rows in by.items():
        m = {p: statistics.fmean(o.f1[p] for o in rows) for p in PARTS}
        m["overall"] = statistics.fmean(m[p] for p in PARTS)
        means[cond] = m
    return means


def seed_spread(outcomes: list[Outcome], condition: str) -> tuple[float, float] | None:
    """The lowest and highest overall macro-F1 of a damaged condition's single seeds."""
    per_seed: dict[int, list[float]] = defaultdict(list)
    for o in outcomes:
        if o.condition == condition:
            per_seed[o.seed].append(o.overall)
    if len(per_seed) < 2:
        return None
    figures = [statistics.fmean(v) for v in per_seed.values()]
    return min(figures), max(figures)


def goal_mark(condition: str, value: float, clean: float) -> str:
    if condition in ("scan", "ocr"):
        return "ok" if clean - value <= SCAN_GOAL + 1e-9 else "MISS"
    if condition == "seg":
        return "ok" if value >= SEG_GOAL - 1e-9 else "MISS"
    return ""


def table(means: dict[str, dict[str, float]], seeds: int) -> str:
    conds = [c for c in CONDITIONS if c in means]
    heads = {"clean": "clean", "scan": f"scan ({seeds} seed{'s' * (seeds > 1)})",
             "seg": f"seg ({seeds} seed{'s' * (seeds > 1)})", "ocr": "OCR"}
    lines = [f"  {'part':<12} " + "".join(f"{heads[c]:>16}" + ("" if c == "clean" else f"{'':>13}") for c in conds)]
    for part in (*PARTS, "overall"):
        clean = means.get("clean", {}).get(part)
        cells = []
        for c in conds:
            v = means[c][part]
            if c == "clean":
                cells.append(f"{v:>16.3f}")
            else:
                mark = goal_mark(c, v, clean) if clean is not None else ""
                delta = f"{v - clean:+.2f}" if clean is not None else ""
                cells.append(f"{v:>16.3f}{delta:>7} {mark:<5}")
        lines.append(f"  {part:<12} " + "".join(cells))
    lines.append(f"  goals: scan and OCR within {SCAN_GOAL:.2f} of clean (the signed figure is the "
                 f"difference); seg >= {SEG_GOAL:.2f}")
    return "\n".join(lines)


def document_tables(outcomes: list[Outcome], conds: list[str]) -> str:
    per: dict[tuple[str, str], list[Outcome]] = defaultdict(list)
    names = []
    for o in outcomes:
        per[(o.name, o.condition)].append(o)
        if o.name not in names:
            names.append(o.name)
    names.sort()
    out = ["", "== overall macro-F1 per document (damaged: mean over the seeds)",
           f"  {'document':<44}" + "".join(f"{c:>8}" for c in conds)]
    for n in names:
        out.append(f"  {n[:44]:<44}" + "".join(
            f"{statistics.fmean(o.overall for o in per[(n, c)]):>8.3f}" if per[(n, c)] else f"{'-':>8}"
            for c in conds))
    for c in conds:
        out += ["", f"== {c}: F1 per document and part" + (" (mean over the seeds)" if c in KINDS else ""),
                f"  {'document':<44}" + "".join(f"{p[:6]:>8}" for p in PARTS)]
        for n in names:
            rows = per[(n, c)]
            if rows:
                out.append(f"  {n[:44]:<44}" + "".join(f"{statistics.fmean(o.f1[p] for o in rows):>8.2f}"
                                                     for p in PARTS))
    return "\n".join(out)


def lost_errors(outcomes: list[Outcome], top: int) -> str:
    """Errors made on damaged copies and not on the clean one, counted per condition and part."""
    clean = {o.name: o for o in outcomes if o.condition == "clean"}
    out = []
    for cond in ("scan", "seg", "ocr"):
        counts: dict[str, Counter] = defaultdict(Counter)
        for o in outcomes:
            if o.condition != cond or o.name not in clean:
                continue
            for part in PARTS:
                base = set(clean[o.name].errors.get(part, []))
                for e in o.errors.get(part, []):
                    if e not in base:
                        counts[part][f"{o.name[:28]}: {e[:110]}"] += 1
        if not counts:
            continue
        out.append(f"\n== errors added by {cond} (count over seeds), most common first")
        for part in PARTS:
            if counts[part]:
                out.append(f"  {part}: {sum(counts[part].values())} added")
                out += [f"    {n}x {e}" for e, n in counts[part].most_common(top)]
    return "\n".join(out)


# ---------------------------------------------------------------- which extractor

def use_commit(rev: str) -> str:
    """Put the package of commit ``rev`` first on sys.path; returns the full hash."""
    sha = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--verify", f"{rev}^{{commit}}"],
                         capture_output=True, text=True).stdout.strip()
    if not sha:
        raise SystemExit(f"bench.damage: {rev!r} is not a commit of {ROOT}")
    if "nlpolicy" in sys.modules:
        raise SystemExit("bench.damage: nlpolicy was imported before --commit could take effect")
    tree = OUT / f"tree-{sha[:12]}"
    if not (tree / "nlpolicy" / "__init__.py").is_file():
        tree.mkdir(parents=True, exist_ok=True)
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", sha, "nlpolicy"], capture_output=True, check=True)
        subprocess.run(["tar", "-x", "-C", str(tree)], input=archive.stdout, check=True)
    sys.path.insert(0, str(tree))
    return sha


def extractor_label(sha: str | None) -> str:
    if sha:
        return f"commit {sha[:7]} (git archive, --commit)"
    head = machine()["commit"]
    dirty = subprocess.run(["git", "-C", str(ROOT), "status", "--porcelain", "--", "nlpolicy"],
                           capture_output=True, text=True).stdout.strip()
    return f"working tree at commit {head}" + (" with uncommitted changes in nlpolicy/" if dirty else "")


# ---------------------------------------------------------------- the command

def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.damage", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seeds", type=int, default=3, help="damage seeds 1..N (default 3)")
    ap.add_argument("--rate", type=float, default=0.04, help="damage.py --rate (default 0.04, its default)")
    ap.add_argument("--docs", help="comma-separated substrings of gold names to keep")
    ap.add_argument("--limit", type=int, help="at most this many documents")
    ap.add_argument("--no-ocr", action="store_true", help="leave out the OCR row (the slow part)")
    ap.add_argument("--jobs", type=int, default=2, help="worker processes (default 2)")
    ap.add_argument("--scan-kinds", default=",".join(KINDS["scan"]),
                    help="damage.py kinds of the scan row (default scan,pages,wrap; one kind alone shows what it costs)")
    ap.add_argument("--commit", help="measure the extractor of this commit instead of the working tree")
    ap.add_argument("--out", type=Path, default=OUT, help="folder for copies and results.json (default bench/out/damage)")
    ap.add_argument("-v", "--verbose", action="store_true", help="per-document tables")
    ap.add_argument("--lost", type=int, metavar="N", help="list the N most common errors each damage adds, per part")
    a = ap.parse_args(argv)
    if not (TOOLS / "damage.py").is_file() or not (SHARED / "corpus").is_dir():
        print(f"bench.damage: skipped: {SHARED} is absent (damage.py, score.py and the gold documents live there)")
        return 0
    if a.seeds < 1 or a.jobs < 1:
        ap.error("--seeds and --jobs must be at least 1")
    sha = use_commit(a.commit) if a.commit else None
    jobs = select(gold_jobs(), a.docs, a.limit)
    if not jobs:
        ap.error(f"no gold document matches --docs {a.docs!r}")
    m = machine()
    print(f"damage benchmark, {m['date']}: extractor = {extractor_label(sha)}; {m['nproc']} CPUs, "
          f"load average {m['load']}")
    print(f"{len(jobs)} gold documents, seeds 1..{a.seeds}, rate {a.rate}, {a.jobs} workers"
          + ("" if a.no_ocr else ", OCR row included"), flush=True)
    t_start = time.perf_counter()

    tool = load_tool("damage")
    kinds = dict(KINDS, scan=tuple(k for k in a.scan_kinds.split(",") if k))
    unknown = {k for steps in kinds.values() for k in steps} - {"scan", "pages", "wrap", "seg"}
    if unknown or not kinds["scan"]:
        ap.error(f"--scan-kinds: damage.py knows scan, pages, wrap and seg, not {', '.join(sorted(unknown))}")
    if kinds["scan"] != KINDS["scan"]:
        print(f"the scan row is damage.py --kinds {','.join(kinds['scan'])}")
    tasks = []
    for j in jobs:
        tasks.append(Task("clean", None, j.name, str(j.gold), str(j.source)))
        for kind, steps in kinds.items():
            for seed in range(1, a.seeds + 1):
                copy = damaged_copy(tool, j.source, steps, seed, a.rate, a.out)
                tasks.append(Task(kind, seed, j.name, str(j.gold), str(copy)))

    ocr_note = ""
    if not a.no_ocr:
        from bench import ocr_pages
        t0 = time.perf_counter()
        pages = made = 0
        made_seconds = 0.0
        with ocr_pages.pool(a.jobs) as workers:
            for j in jobs:
                res = ocr_pages.ocr_text(j.source.read_text(encoding="utf-8"), pool=workers)
                dst = a.out / "ocr" / j.source.name
                write_whole(dst, res.text)
                tasks.append(Task("ocr", None, j.name, str(j.gold), str(dst)))
                pages += res.pages
                if not res.cached:
                    made += res.pages
                    made_seconds += res.seconds
        ocr_note = (f"OCR: {pages} pages; {made} read now in {made_seconds:.0f} s"
                    + (f" ({made_seconds / made:.1f} s/page, {a.jobs} workers)" if made else "")
                    + f", {pages - made} from the cache; {time.perf_counter() - t0:.0f} s wall")
        print(ocr_note, flush=True)

    t0 = time.perf_counter()
    ctx = multiprocessing.get_context("fork")
    with ctx.Pool(a.jobs) as pool:
        outcomes = list(pool.imap_unordered(run_task, tasks, chunksize=1))
    t_extract = time.perf_counter() - t0
    outcomes.sort(key=lambda o: (o.name, CONDITIONS.index(o.condition), o.seed or 0))

    means = condition_means(outcomes)
    print(f"\n== macro-F1 per part ({len(jobs)} documents; score.py's scoring)")
    print(table(means, a.seeds))
    for cond in KINDS:
        spread = seed_spread(outcomes, cond)
        if spread:
            print(f"  {cond}: overall of single seeds from {spread[0]:.3f} to {spread[1]:.3f}")
    failures = [o for o in outcomes if o.failure]
    evidence = Counter(o.condition for o in outcomes if o.evidence_errors)
    for o in failures:
        print(f"  extractor failed: {o.condition} seed {o.seed} {o.name}: {o.failure} (scored as empty)")
    if evidence:
        print("  copies with evidence errors: " + ", ".join(f"{c} {n}" for c, n in evidence.items()))
    if a.verbose:
        print(document_tables(outcomes, [c for c in CONDITIONS if c in means]))
    if a.lost:
        print(lost_errors(outcomes, a.lost))

    write_whole(a.out / "results.json", json.dumps({
        "date": m["date"], "extractor": extractor_label(sha), "seeds": a.seeds, "rate": a.rate, "kinds": kinds,
        "means": means, "outcomes": [asdict(o) for o in outcomes]}, ensure_ascii=False, indent=1))
    print(f"\nextraction of {len(tasks)} copies: {t_extract:.0f} s with {a.jobs} workers"
          + (f"; {ocr_note}" if ocr_note else "")
          + f"; total {time.perf_counter() - t_start:.0f} s; details in {a.out / 'results.json'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
