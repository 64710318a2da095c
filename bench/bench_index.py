"""Benchmark of the index: how fast documents go in, how fast searches come back.

    .venv/bin/python bench/bench_index.py [--sizes 1000,10000] [--corpus ../shared/corpus]

1. The real end-to-end rate: ``index_paths`` with the real extractor on the
   real corpus (every .txt, .docx and .pdf under it), in --jobs processes.
2. Indexes of 1,000 and 10,000 documents made from the real corpus texts: each
   real document is extracted ONCE, then copied with its number changed, a few
   words changed in place and a short tail added (so hashes and texts differ),
   and the copies' contract dicts are written through the store.  This measures
   the store (writing, FTS5, links), not the extractor; the output says so.
3. Search latency (p50 / p95, snippets included) over a fixed query set, at
   each size, after the index is optimised as ``nlpolicy index`` does.

Not a test: it prints figures, and the goal they are read against is a search
p95 under 50 ms at 10,000 documents.  Each size's line is followed by the
figures of the index before schema 2 (BEFORE below), labelled as such.

Latest run (2 cores; store only, copies of the 13 corpus texts):

                     documents/s   p50 ms   p95 ms   file
    before, 1,000         -          13       33       -
    before, 10,000        65         78      193    1,500 MB
    schema 2, 1,000      35.2        6.5     13.2     143 MB
    schema 2, 10,000     33.4       17.3     30.9   1,385 MB   (goal p95 < 50 ms: met)

Schema 2 writes each text's word pairs too, so the store writes about half as
fast; end to end the extractor sets the pace (0.6 documents/s on this corpus).
"""
from __future__ import annotations

import argparse
import copy
import hashlib
import random
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

from nlpolicy.store.base import SearchQuery
from nlpolicy.store.indexer import default_extract, discover, index_paths
from nlpolicy.store.sqlite import SQLiteStore

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"

# A fixed query set: diacritic-free and accented, rare and common, phrases,
# words apart, and filters.
QUERIES = [
    SearchQuery("ham kiem"),
    SearchQuery("dau tu"),
    SearchQuery("khoang san"),
    SearchQuery("Khu công nghiệp"),
    SearchQuery("cum cong nghiep"),
    SearchQuery("chuyen doi so"),
    SearchQuery("tang truong binh quan"),
    SearchQuery("doi moi sang tao"),
    SearchQuery("so cong thuong"),
    SearchQuery("thanh tra kiem tra"),
    SearchQuery("nang luong tai tao"),
    SearchQuery("ha tang giao thong lao cai"),          # words apart: falls back to all words
    SearchQuery("05-NQ/TU"),
    SearchQuery("khoang san", kind="report"),
    SearchQuery("dau tu", year=2020),
    SearchQuery("cong nghiep", issuer="lao cai"),
    SearchQuery("khoa hoc", agency="bo khoa hoc"),
]
# The last run before schema 2 (one FTS5 table ranking the whole folded text,
# filters scanning every mention): size -> (documents/s, p50 ms, p95 ms, file MB),
# None where that run did not report the figure.
BEFORE = {1000: (None, 13.0, 33.0, None), 10000: (65.0, 78.0, 193.0, 1500.0)}
WORD = re.compile(r"[^\W\d_]{4,}")
SYLLABLES = ("phát triển", "công nghiệp", "hạ tầng", "đầu tư", "khoáng sản", "năng lượng",
             "giao thông", "nông thôn", "du lịch", "chuyển đổi", "thương mại", "môi trường")


def real_extractions(corpus: Path) -> tuple[list[dict], list[str]]:
    """Each real .txt document extracted once; a bare contract dict where extraction fails."""
    out, notes = [], []
    for path in sorted(corpus.glob("*.txt")):
        try:
            out.append(default_extract(str(path)))
        except Exception as exc:  # a benchmark of the store must not stop on an extractor bug
            text = path.read_text(encoding="utf-8")
            notes.append(f"{path.name}: extractor failed ({type(exc).__name__}); text only")
            out.append({"schema": "nlpolicy.extraction/1",
                        "document": {"kind": "other", "number": None, "text": text, "citations": []}})
    return out, notes


def variant(base: dict, k: int) -> dict:
    """Copy k of a document: another number, a third of its words changed in place, a tail added.

    Changes keep every offset valid: words are swapped for words of the same
    length, and the tail goes after the end of the text.  A third of the words is enough for the
    index not to take the copies for one document in several files (it groups near-identical
    texts: runs of five words shared at 0.85 or more), so each copy is an entry of its own.
    """
    rng = random.Random(k)
    d = copy.deepcopy(base)
    doc = d["document"]
    text = doc["text"]
    words = list(WORD.finditer(text))
    chars = list(text)
    for m in rng.sample(words, len(words) // 3):
        repl = "".join(rng.choice("abcdeghiklmnopqrstuvxy") for _ in range(m.end() - m.start()))
        chars[m.start():m.end()] = repl
    tail = " ".join(rng.choice(SYLLABLES) for _ in range(12))
    doc["text"] = "".join(chars) + f"\nBản sao số {k}: {tail}.\n"
    doc["number"] = f"{k}-{doc.get('number') or 'BS'}"
    if doc.get("date"):
        doc["date"] = f"{2000 + k % 27}{doc['date'][4:]}"
    return d


def build(store: SQLiteStore, bases: list[dict], start: int, stop: int) -> float:
    """Write copies start..stop-1; returns documents per second."""
    run = store.begin(["bench"])
    t0 = time.perf_counter()
    for k in range(start, stop):
        d = variant(bases[k % len(bases)], k)
        digest = hashlib.sha256(d["document"]["text"].encode()).hexdigest()
        store.upsert_document(f"/bench/copy{k:06d}.txt", digest, d, run_id=run)
    store.optimize()                 # as nlpolicy index does after a big run
    seconds = time.perf_counter() - t0
    store.end(run, "done", {"indexed": stop - start})
    return (stop - start) / seconds


def latencies(store: SQLiteStore, rounds: int = 5) -> tuple[list[float], dict[str, float]]:
    for q in QUERIES:                # warm the page cache once
        store.search(q)
    times, per_query = [], {}
    for q in QUERIES:
        mine = []
        for _ in range(rounds):
            t0 = time.perf_counter()
            store.search(q)
            mine.append((time.perf_counter() - t0) * 1000)
        times += mine
        per_query[_label(q)] = statistics.median(mine)
    return times, per_query


def _label(q: SearchQuery) -> str:
    filters = {k: v for k, v in vars(q).items() if k not in ("text", "limit") and v is not None}
    return q.text + (f" {filters}" if filters else "")


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def _before(rate: float | None, p50: float, p95: float, mb: float | None) -> str:
    return ", ".join(filter(None, [
        rate and f"indexed at {rate:.0f} documents/s", f"search p50 {p50:.0f} ms, p95 {p95:.0f} ms",
        mb and f"file {mb:,.0f} MB"]))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="1000,10000", help="index sizes, growing (default: 1000,10000)")
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--jobs", type=int, default=2, help="processes for the end-to-end run (default: 2)")
    ap.add_argument("--workdir", type=Path, help="where the indexes go (default: a temporary folder)")
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    if not args.corpus.is_dir():
        print(f"no corpus at {args.corpus}", file=sys.stderr)
        return 2
    tmp = tempfile.TemporaryDirectory(prefix="nlpolicy-bench-")
    work = args.workdir or Path(tmp.name)
    work.mkdir(parents=True, exist_ok=True)

    print(f"== end to end: real extractor on the real corpus ({args.corpus}), --jobs {args.jobs}")
    files = discover([args.corpus])
    with SQLiteStore(work / "corpus.sqlite") as store:
        report = index_paths([args.corpus], store, jobs=args.jobs)
    print(f"   {len(files)} files: {report.indexed} indexed, {len(report.failed)} failed, "
          f"{report.seconds:.1f} s -> {len(files) / report.seconds:.2f} files/s "
          f"({report.indexed / report.seconds:.2f} indexed documents/s)")
    for path, message in report.failed:
        print(f"   failed: {Path(path).name}: {message[:120]}")

    bases, notes = real_extractions(args.corpus)
    size_mb = sum(len(b["document"]["text"]) for b in bases) / len(bases) / 1000
    print(f"\n== store: copies of the {len(bases)} real .txt documents (extracted once, mean "
          f"{size_mb:.0f} k characters), numbers and a few words varied; the extractor is NOT timed here")
    for note in notes:
        print(f"   note: {note}")
    rows = []
    with SQLiteStore(work / "bench.sqlite") as store:
        done = 0
        for size in sizes:
            rate = build(store, bases, done, size)
            done = size
            times, per_query = latencies(store)
            mb = (work / "bench.sqlite").stat().st_size / 1e6
            rows.append((size, rate, pct(times, 50), pct(times, 95), max(times), mb))
            print(f"\n   {size:>6} documents: indexed at {rate:7.1f} documents/s (store only), "
                  f"search p50 {pct(times, 50):6.1f} ms, p95 {pct(times, 95):6.1f} ms, "
                  f"max {max(times):6.1f} ms; file {mb:,.0f} MB")
            if size in BEFORE:
                print("      before this change (schema 1): " + _before(*BEFORE[size]))
            for label, ms in per_query.items():
                print(f"      {ms:7.1f} ms  {label}")
    if len(rows) > 1:
        (n0, r0, p50a, p95a, _, mb0), (n1, r1, p50b, p95b, _, mb1) = rows[0], rows[-1]
        print(f"\n== growth {n0} -> {n1} documents (x{n1 / n0:.0f}): indexing rate x{r1 / r0:.2f}, "
              f"search p50 x{p50b / p50a:.2f}, p95 x{p95b / p95a:.2f}, file x{mb1 / mb0:.1f}")
        print(f"   goal: search p95 < 50 ms at {n1} documents: {'met' if p95b < 50 else 'NOT met'} "
              f"({p95b:.1f} ms)")
        if n0 in BEFORE and n1 in BEFORE:
            (_, b50a, b95a, _), (_, b50b, b95b, _) = BEFORE[n0], BEFORE[n1]
            print(f"   before this change (schema 1): search p50 x{b50b / b50a:.2f}, p95 x{b95b / b95a:.2f}"
                  f" ({b95b:.0f} ms at {n1})")
    tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
