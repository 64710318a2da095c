"""Peak memory of an extraction, each figure from a fresh interpreter so runs do not
share a peak: Python allocations (``tracemalloc``, imports and lexicon or model
loading included) and the resident set (``ru_maxrss``, with ``VmHWM`` beside it).

On Linux a child's ``ru_maxrss`` starts at its parent's resident size at fork,
so this part runs first, while the benchmark process is still small; ``VmHWM``
(the peak of the new address space only) is the figure to trust if the two differ.

Baselines in the same run: the interpreter after ``import nlpolicy`` only, and
underthesea ``word_tokenize`` over the same text.

    python -m bench.memory --child extract PATH      # used by run(); prints one JSON line
"""
from __future__ import annotations

import json
import re
import resource
import subprocess
import sys

from bench.common import MB, ROOT, Row, corpus_texts, extractor


def _vm_hwm_kb() -> int:
    try:
        with open("/proc/self/status") as f:
            m = re.search(r"VmHWM:\s+(\d+) kB", f.read())
        return int(m.group(1)) if m else 0
    except OSError:
        return 0


def _child(mode: str, path: str) -> dict:
    import tracemalloc
    text = open(path, encoding="utf-8").read()
    tracemalloc.start()
    if mode == "extract":
        extractor()(path)
    elif mode == "tokenize":
        from underthesea import word_tokenize
        word_tokenize(text, use_token_normalize=False)
    elif mode == "import":
        import nlpolicy  # noqa: F401
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {"traced": peak / MB, "maxrss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "hwm": _vm_hwm_kb() / 1024}


def _measure(mode: str, path: str) -> dict | str:
    r = subprocess.run([sys.executable, "-m", "bench.memory", "--child", mode, path],
                       capture_output=True, text=True, cwd=ROOT, timeout=600)
    if r.returncode != 0:
        return (r.stderr.strip().splitlines() or ["failed"])[-1]
    return json.loads(r.stdout.strip().splitlines()[-1])


def _fmt(d: dict | str, key: str) -> str:
    return f"{d[key]:.1f} MB" if isinstance(d, dict) else f"failed ({d})"


def run() -> list[Row]:
    texts = corpus_texts()
    if not texts:
        return [Row("memory", "no corpus")]
    big = max(texts, key=lambda p: p.stat().st_size)
    size_mb = big.stat().st_size / MB
    imp, ex, tok = (_measure(m, str(big)) for m in ("import", "extract", "tokenize"))
    rows = [Row("document", f"{big.name[:40]}... ({size_mb * 1024:.0f} KB)")]
    if isinstance(ex, str):
        return rows + [Row("extract", f"failed: {ex}")]
    rows += [
        Row("tracemalloc peak, extract", _fmt(ex, "traced"),
            f"{ex['traced'] / size_mb:.0f}x the file; word_tokenize {_fmt(tok, 'traced')}"),
        Row("ru_maxrss, extract", _fmt(ex, "maxrss"),
            f"import nlpolicy alone {_fmt(imp, 'maxrss')}; word_tokenize {_fmt(tok, 'maxrss')}"),
        Row("VmHWM, extract", _fmt(ex, "hwm"),
            f"import nlpolicy alone {_fmt(imp, 'hwm')}; word_tokenize {_fmt(tok, 'hwm')}"),
    ]
    return rows


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--child":
        print(json.dumps(_child(sys.argv[2], sys.argv[3])))
    else:
        from bench.common import print_rows
        print_rows("peak memory", run())
