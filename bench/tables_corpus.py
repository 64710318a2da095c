"""Print the tables ``nlpolicy.tables.find_tables`` reads in every corpus document, to eyeball them.

A check by eye, not a test and not a benchmark: for each document of ``../shared/corpus`` (the
``.txt`` files and the Word and PDF originals read through ``nlpolicy.ingest.read``), the tables
found in the normalised text: where they start (line), their rows, the roles of their columns,
and with ``--rows`` every row's cells.

    .venv/bin/python -m bench.tables_corpus                 # summary per document
    .venv/bin/python -m bench.tables_corpus --rows CP_NQ-03 # every row of the documents matching
    .venv/bin/python -m bench.tables_corpus --cells-a-line  # markdown tables one cell a line

``--cells-a-line`` splits markdown pipe rows into one cell a line (as ``normalize`` did before
pipe rows were kept on one line, and as Word tables arrive), so the two readers can be compared
on the same tables.  ``--no-ocr`` skips the scanned PDF.
"""
from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

from bench.common import CORPUS, ORIGINALS
from nlpolicy.normalize import STEPS, Edit, markdown_tables, normalize
from nlpolicy.tables import find_tables

_ROW = re.compile(r"(?m)^[ ]*\|.*$")
_RULE = re.compile(r"^[ |:\-]+$")


def cells_a_line(text: str) -> list[Edit]:
    """Markdown tables with one cell a line: edge pipes and rule rows go, inner pipes break lines."""
    if "|" not in text:
        return []
    edits = []
    for m in _ROW.finditer(text):
        line = m.group(0)
        if _RULE.match(line) and "-" in line:
            edits.append(Edit(m.start(), min(m.end() + 1, len(text))))
            continue
        for p in re.finditer(r"[ ]*\|[ ]*", line):
            at_edge = p.start() == 0 or p.end() == len(line)
            edits.append(Edit(m.start() + p.start(), m.start() + p.end(), "" if at_edge else "\n"))
    return edits


def documents(no_ocr: bool) -> list[Path]:
    paths = sorted(CORPUS.glob("*.txt"))
    paths += sorted(p for p in ORIGINALS.glob("*") if p.suffix.lower() in (".docx", ".pdf"))
    if no_ocr:
        paths = [p for p in paths if not p.name.startswith("KH-1105")]
    return paths


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.tables_corpus", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rows", metavar="SUBSTRING", help="print every row of the documents whose name holds it")
    ap.add_argument("--cells-a-line", action="store_true", help="markdown tables one cell a line")
    ap.add_argument("--no-ocr", action="store_true", help="skip the scanned PDF (30 s of OCR)")
    a = ap.parse_args(argv)
    if not CORPUS.is_dir():
        print(f"no corpus at {CORPUS}", file=sys.stderr)
        return 2
    from nlpolicy.ingest import read
    steps = tuple(cells_a_line if s is markdown_tables else s for s in STEPS) if a.cells_a_line else STEPS
    total = 0.0
    for path in documents(a.no_ocr):
        text = normalize(read(path).text, steps).text
        t0 = time.perf_counter()
        tables = find_tables(text)
        total += time.perf_counter() - t0
        print(f"{path.name}: {len(tables)} table(s)")
        for t in tables:
            line = text.count("\n", 0, t.start) + 1
            groups = sum(r.group for r in t.rows)
            print(f"  line {line}: {len(t.rows)} rows ({groups} group), "
                  f"roles {' | '.join(r.value for r in t.roles)}")
            if t.header:
                print(f"    header: {' | '.join(' '.join(c.text.split())[:28] for c in t.header)}")
            if a.rows and a.rows in path.name:
                for r in t.rows:
                    cells = "  ".join(f"[{c.column}:{c.role.value}] {' '.join(c.text.split())[:40]}"
                                      for c in r.cells)
                    print(f"      {'G' if r.group else ' '} {r.number or '-':>6}  {cells}")
            assert all(text[c.start:c.end] == c.text for r in t.rows for c in r.cells)
    print(f"find_tables: {total * 1000:.0f} ms for all documents")
    return 0


if __name__ == "__main__":
    sys.exit(main())
