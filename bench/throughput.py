"""Extraction throughput on the real corpus, next to underthesea word segmentation.

Goal (the issue): the whole of ``nlpolicy.extract`` on a document is at least five
times faster than ``underthesea.word_tokenize`` over the same text, i.e. nlpolicy
must never need to segment every word.  Both run in this process, one core, after
a warm-up (underthesea's CRF model and nlpolicy's lexicons load on first use).
"Per core" is MB of UTF-8 text over CPU seconds of this process.
"""
from __future__ import annotations

import cProfile
import pstats
import time
from collections import Counter

from bench.common import MB, Row, corpus_texts, extractor, verdict

GOAL_RATIO = 8.0          # issue 13: >= 8x word segmentation in the same run
GOAL_MB_S = 1.0           # and >= 1 MB/s per core


def _timed(fn, items, rounds: int) -> tuple[float, float]:
    """(best wall seconds, CPU seconds of that round) to call ``fn`` on every item."""
    best = None
    for _ in range(rounds):
        w0, c0 = time.perf_counter(), time.process_time()
        for it in items:
            fn(it)
        w, c = time.perf_counter() - w0, time.process_time() - c0
        if best is None or w < best[0]:
            best = (w, c)
    return best


def time_by_module(fn, items, top: int = 6) -> list[tuple[str, float, float]]:
    """(module, seconds, share) of the own time of ``fn`` over ``items``, under cProfile.

    Own time (tottime) grouped by file: nlpolicy modules by path, libraries by package,
    C functions such as regex matching as "builtins".  Profiling slows everything, so
    only the shares are meaningful.
    """
    prof = cProfile.Profile()
    prof.enable()
    for it in items:
        fn(it)
    prof.disable()
    by: Counter[str] = Counter()
    for (path, _, _), (_, _, tottime, _, _) in pstats.Stats(prof).stats.items():
        if "/nlpolicy/" in path:
            key = "nlpolicy/" + path.rsplit("/nlpolicy/", 1)[1]
        elif "site-packages/" in path:
            key = path.split("site-packages/", 1)[1].split("/", 1)[0]
        elif path.endswith((".pyx", ".pxd")):        # Cython sources are recorded relative: "spacy/tokenizer.pyx"
            key = path.split("/", 1)[0]
        else:
            key = "builtins (re, str ...)" if path == "~" else "stdlib"
        by[key] += tottime
    total = sum(by.values()) or 1.0
    return [(k, v, v / total) for k, v in by.most_common(top)]


def run(rounds: int = 5, tokenizer_rounds: int = 1) -> list[Row]:
    extract = extractor()
    from nlpolicy.errors import NlpolicyError

    paths = corpus_texts()
    usable, failed = [], []
    for p in paths:                           # warm-up, and find the documents that extract
        try:
            extract(p)
            usable.append(p)
        except NlpolicyError as exc:
            failed.append(f"{p.name}: {exc}")
    texts = [p.read_text(encoding="utf-8") for p in usable]
    mb = sum(len(t.encode("utf-8")) for t in texts) / MB

    wall, cpu = _timed(extract, usable, rounds)
    rows = [Row("corpus", f"{len(usable)} docs, {mb:.2f} MB"
                + (f" ({len(failed)} refused)" if failed else ""))]

    try:
        from underthesea import word_tokenize
    except ImportError as exc:
        rows.append(Row("nlpolicy extract", f"{mb / cpu:.2f} MB/s/core", f"underthesea missing ({exc})"))
        return rows
    word_tokenize(texts[0][:2000], use_token_normalize=False)        # load the model
    t_wall, t_cpu = _timed(lambda t: word_tokenize(t, use_token_normalize=False), texts, tokenizer_rounds)

    ratio = t_cpu / cpu if cpu else float("inf")
    rows += [
        Row("nlpolicy.extract (wall, 1 process)", f"{mb / wall:.2f} MB/s", f"{wall:.2f} s for the corpus"),
        Row("nlpolicy.extract per core (CPU)", f"{mb / cpu:.2f} MB/s/core",
            f"goal >= {GOAL_MB_S:.0f} MB/s/core; underthesea word_tokenize {mb / t_cpu:.3f} MB/s/core ({t_wall:.1f} s wall)",
            verdict(mb / cpu >= GOAL_MB_S)),
        Row("speed-up over word segmentation", f"{ratio:.1f}x", f"goal >= {GOAL_RATIO:.0f}x",
            verdict(ratio >= GOAL_RATIO)),
    ]
    for f in failed:
        rows.append(Row("  refused", f))
    for module, _, share in time_by_module(extract, usable):
        rows.append(Row(f"  time in {module}", f"{share:.0%}", "of extraction (cProfile own time)"))
    return rows
