"""Every corpus text extracted alone against its extraction in one process after all the others (in reverse order,
so each follows a different set): state kept between documents would show as a difference.  A fresh interpreter per
text, about a minute in all; the test suite checks every fourth text (tests/test_properties.py).

Run: .venv/bin/python bench/batch_order.py
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    sys.path.insert(0, str(ROOT / "tests"))
    from test_properties import corpus, corpus_alone_vs_in_batch
    t0 = time.perf_counter()
    diffs = corpus_alone_vs_in_batch(every=1)
    print(f"alone vs in a batch: {len(corpus())} texts, {len(diffs)} differ ({time.perf_counter() - t0:.0f} s)")
    for d in diffs:
        print("  " + d)
    return 1 if diffs else 0


if __name__ == "__main__":
    sys.exit(main())
