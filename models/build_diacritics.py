"""Tone marks for a text typed without them: syllable counts from the corpus.

A text that lost every tone mark and Vietnamese letter ("Uy ban nhan dan tinh", "So Nong nghiep
va Moi truong chu tri") is read after its marks are put back (:mod:`nlpolicy.diacritics`).  The
model is counted, not fitted: for each syllable written without marks, the marked syllables
that fold to it, and for each pair of neighbouring syllables, how often the pair occurs.

Texts: ``../shared/corpus/*.txt`` and ``corpus/synthetic/*.txt``, except the documents of the
latest blind round (``--exclude``, a file-name prefix: their first sight must stay blind) and
texts with no marks at all.  Pairs seen once are left out.

    .venv/bin/python models/build_diacritics.py [--exclude R48_ --exclude Chain34_]

It writes ``nlpolicy/models/diacritics.json.gz`` and prints its size and a held-out check: the
share of syllables of the excluded documents, stripped of marks, that come back as written.
"""
from __future__ import annotations

import argparse
import gzip
import json
import sys
import unicodedata
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from nlpolicy.diacritics import SYLLABLE, TOKEN, fold, restore  # noqa: E402

CORPORA = (ROOT.parent / "shared" / "corpus", ROOT / "corpus" / "synthetic")
OUT = ROOT / "nlpolicy" / "models" / "diacritics.json.gz"
MAX_FORMS = 6        # marked forms kept per folded syllable


def _texts(exclude: tuple[str, ...]):
    for folder in CORPORA:
        for path in sorted(folder.glob("*.txt")):
            text = unicodedata.normalize("NFC", path.read_text("utf-8", errors="replace"))
            if path.name.startswith(exclude):
                continue
            if sum(ch > "\x7f" for ch in text) < 0.01 * len(text):
                continue        # a text without marks teaches nothing
            yield path.name, text


def count(exclude: tuple[str, ...]) -> dict:
    forms: dict[str, Counter] = {}
    pairs: Counter = Counter()
    for _, text in _texts(exclude):
        for line in text.split("\n"):
            prev = None
            for m in TOKEN.finditer(line):
                word = "0" if m.group(0)[0].isdigit() else m.group(0).lower()
                if word.isalpha():
                    forms.setdefault(fold(word), Counter())[word] += 1
                if prev is not None and m.start() - prev[1] <= 1:
                    pairs[prev[0] + " " + word] += 1
                prev = (word, m.end())
    kept_forms = {f: dict(c.most_common(MAX_FORMS)) for f, c in forms.items()
                  if any(w != f for w in c) or len(c) > 1}
    kept_pairs = {p: n for p, n in pairs.items() if n >= 2 and any(fold(w) in kept_forms for w in p.split(" "))}
    return {"forms": kept_forms, "pairs": kept_pairs}


def held_out(exclude: tuple[str, ...]) -> tuple[int, int]:
    right = total = 0
    for folder in CORPORA:
        for path in sorted(folder.glob("*.txt")):
            if not path.name.startswith(exclude):
                continue
            text = unicodedata.normalize("NFC", path.read_text("utf-8", errors="replace"))
            if sum(ch > "\x7f" for ch in text) < 0.01 * len(text):
                continue
            got = restore(fold(text, keep_case=True))
            for a, b in zip(SYLLABLE.finditer(text), SYLLABLE.finditer(got)):
                total += 1
                right += a.group(0) == b.group(0)
    return right, total


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--exclude", action="append", default=[], help="file-name prefix kept out (repeatable)")
    args = ap.parse_args()
    exclude = tuple(args.exclude) or ("R48_", "Chain34_")
    model = count(exclude)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    data = json.dumps({"excluded": list(exclude), **model}, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    with open(OUT, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=9, mtime=0) as f:
        f.write(data.encode("utf-8"))      # (no time stamp: the same counts give the same bytes)
    print(f"{OUT.relative_to(ROOT)}: {len(model['forms'])} syllables, {len(model['pairs'])} pairs, "
          f"{OUT.stat().st_size / 1024:.0f} KB")
    from nlpolicy import diacritics
    diacritics._model.cache_clear()
    right, total = held_out(exclude)
    share = right / max(1, total)
    print(f"held out ({', '.join(exclude)}): {right}/{total} syllables restored as written ({share:.1%})")


if __name__ == "__main__":
    main()
