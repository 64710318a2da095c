"""Properties of the whole extraction over real documents and mutations of them.

Documents: every text of ``../shared/corpus`` (or only the seed in ``corpus/`` when
the shared corpus is absent).  Mutations, drawn by hypothesis, imitate what
conversions and copy-paste do to these files: lines deleted, duplicated or swapped,
random Unicode inserted, stretches decomposed to NFD, old and new tone placement
swapped ("hoà"/"hòa", "uỷ"/"ủy"), markdown debris (``**``, ``\\-``, ``#``, pipes,
``*`` bullets), a text cut short, CR line ends.

Properties:
- nothing but an :class:`~nlpolicy.errors.NlpolicyError` escapes
  ``document.from_raw`` / ``pipeline.extract_document``;
- every span of the contract JSON (``nlpolicy.to_json``) is exact, every string NFC;
- two runs give equal output;
- a document extracted alone (in a fresh interpreter) gives the same output as the
  same document extracted after others in one process; and ``nlpolicy.extract``
  can be called more than once.
Example counts are kept small: the module runs in a minute or two on two cores.
"""
from __future__ import annotations

import json
import subprocess
import sys
import unicodedata
from functools import lru_cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

import nlpolicy
from nlpolicy.document import from_raw
from nlpolicy.errors import NlpolicyError
from nlpolicy.extract.pipeline import extract_document
from nlpolicy.types import RawDocument

ROOT = Path(__file__).resolve().parent.parent
SHARED_CORPUS = ROOT.parent / "shared" / "corpus"
SEED = ROOT / "corpus" / "000_3cffab5bee4fe395.txt"

SOME = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                        HealthCheck.data_too_large])
FEW = settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                     HealthCheck.data_too_large])


def _sources_stamp() -> tuple:
    """Names, sizes and times of nlpolicy's sources: other developers save files while tests run."""
    pkg = ROOT / "nlpolicy"
    return tuple(sorted((str(p), p.stat().st_size, p.stat().st_mtime_ns) for p in pkg.rglob("*")
                        if p.is_file() and p.suffix in (".py", ".tsv", ".json", ".jsonl", ".txt")))


SOURCES_AT_IMPORT = _sources_stamp()


@lru_cache(maxsize=1)
def corpus() -> tuple[tuple[str, str], ...]:
    paths = sorted(SHARED_CORPUS.glob("*.txt")) or [SEED]
    return tuple((p.name, p.read_text(encoding="utf-8")) for p in paths)


# ---------------------------------------------------------------- mutations

NEW_TO_OLD = {"òa": "oà", "óa": "oá", "ỏa": "oả", "õa": "oã", "ọa": "oạ", "ủy": "uỷ", "úy": "uý", "ùy": "uỳ",
              "ụy": "uỵ", "òe": "oè", "óe": "oé", "Ủy": "Uỷ", "Hòa": "Hoà"}
OLD_TO_NEW = {v: k for k, v in NEW_TO_OLD.items()}
DEBRIS = ["**", "*", "\\-", "\\.", "# ", "### ", "| ", " | ", "|:---|:---|\n", "* ", "**\n", "\\*"]
ODD_CHARS = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=6)


def _lines_op(kind: str, lines: list[str], i: int) -> list[str]:
    if not lines:
        return lines
    i %= len(lines)
    if kind == "delete":
        return lines[:i] + lines[i + 1:]
    if kind == "duplicate":
        return lines[:i + 1] + lines[i:]
    j = (i * 7 + 3) % len(lines)
    lines = list(lines)
    lines[i], lines[j] = lines[j], lines[i]
    return lines


@st.composite
def mutation(draw, text: str) -> str:
    kind = draw(st.sampled_from(["delete", "duplicate", "swap", "insert", "nfd", "tones", "debris", "cut", "cr"]))
    pos = draw(st.integers(0, max(0, len(text))))
    if kind in ("delete", "duplicate", "swap"):
        return "\n".join(_lines_op(kind, text.split("\n"), draw(st.integers(0, 10_000))))
    if kind == "insert":
        return text[:pos] + draw(ODD_CHARS) + text[pos:]
    if kind == "nfd":
        end = min(len(text), pos + draw(st.integers(1, 2000)))
        return text[:pos] + unicodedata.normalize("NFD", text[pos:end]) + text[end:]
    if kind == "tones":
        table = draw(st.sampled_from([NEW_TO_OLD, OLD_TO_NEW]))
        end = min(len(text), pos + draw(st.integers(1, 20_000)))
        part = text[pos:end]
        for a, b in table.items():
            part = part.replace(a, b)
        return text[:pos] + part + text[end:]
    if kind == "debris":
        at = text.rfind("\n", 0, pos) + 1 if draw(st.booleans()) else pos   # at a line start, or anywhere
        return text[:at] + draw(st.sampled_from(DEBRIS)) + text[at:]
    if kind == "cut":
        return text[:max(pos, len(text) // 3)]
    return text.replace("\n", "\r\n" if draw(st.booleans()) else "\r")


@st.composite
def mutated_document(draw) -> tuple[str, str]:
    name, text = draw(st.sampled_from(corpus()))
    for _ in range(draw(st.integers(0, 6))):
        text = draw(mutation(text))
    return name, text


# ---------------------------------------------------------------- helpers

def extract_text(text: str, name: str = "<mutated>") -> dict | str:
    """The contract JSON of ``text``, or the message of the NlpolicyError that refused it."""
    try:
        doc = from_raw(RawDocument(path=name, text=text, encoding="utf-8"))
        return nlpolicy.to_json(extract_document(doc))
    except NlpolicyError as exc:
        return f"{type(exc).__name__}: {exc}"


def span_errors(data: dict) -> list[str]:
    text = data["document"]["text"]
    items = [("citation", c) for c in data["document"]["citations"]]
    items += [(part, it) for part in ("targets", "deadlines", "projects", "tasks") for it in data[part]]
    items += [("agency mention", m) for a in data["agencies"] for m in a["mentions"]]
    out = []
    for part, it in items:
        s, e = it["start"], it["end"]
        if not (0 <= s <= e <= len(text)) or text[s:e] != it["text"]:
            out.append(f"{part} [{s}:{e}] holds {text[s:e][:50]!r}, reports {it['text'][:50]!r}")
    for t in data["tasks"]:
        for a in t["assignments"]:
            if "start" in a and text[a["start"]:a["end"]] != a["text"]:
                out.append(f"assignment [{a['start']}:{a['end']}] holds {text[a['start']:a['end']][:50]!r}, "
                           f"reports {a['text'][:50]!r}")
    return out


def non_nfc(value) -> list[str]:
    if isinstance(value, str):
        return [] if unicodedata.is_normalized("NFC", value) else [value[:40]]
    if isinstance(value, dict):
        return [s for v in value.values() for s in non_nfc(v)]
    if isinstance(value, list):
        return [s for v in value for s in non_nfc(v)]
    return []


# Extracts every [name, text] of stdin in order, in one fresh interpreter, and prints all outputs.
# Both sides of the alone/batch comparison run this way, started together: the working tree
# is shared with other developers, and a module saved between two imports must not pass
# for a difference between "alone" and "in a batch".
_RUN = """
import json, sys
import nlpolicy
from nlpolicy.document import from_raw
from nlpolicy.errors import NlpolicyError
from nlpolicy.extract.pipeline import extract_document
from nlpolicy.types import RawDocument
outs = []
for name, text in json.load(sys.stdin):
    try:
        outs.append(nlpolicy.to_json(extract_document(from_raw(RawDocument(path=name, text=text, encoding="utf-8")))))
    except NlpolicyError as exc:
        outs.append(f"{type(exc).__name__}: {exc}")
json.dump(outs, sys.stdout, ensure_ascii=False)
"""


def extract_in_fresh_processes(batches: list[list[tuple[str, str]]]) -> list[list]:
    """Run each batch in its own fresh interpreter, all at once; the outputs of each, in order."""
    procs = [subprocess.Popen([sys.executable, "-c", _RUN], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True, cwd=ROOT) for _ in batches]
    results = []
    for proc, batch in zip(procs, batches):
        out, err = proc.communicate(json.dumps(batch), timeout=600)
        assert proc.returncode == 0, err[-2000:]
        results.append(json.loads(out))
    return results


def first_difference(a, b, path: str = "") -> str | None:
    if type(a) is not type(b):
        return f"{path}: {str(a)[:80]!r} != {str(b)[:80]!r}"
    if isinstance(a, dict):
        for k in sorted(set(a) | set(b)):
            d = first_difference(a.get(k), b.get(k), f"{path}.{k}")
            if d:
                return d
        return None
    if isinstance(a, list):
        if len(a) != len(b):
            return f"{path}: {len(a)} items != {len(b)} items"
        for i, (x, y) in enumerate(zip(a, b)):
            d = first_difference(x, y, f"{path}[{i}]")
            if d:
                return d
        return None
    return None if a == b else f"{path}: {str(a)[:80]!r} != {str(b)[:80]!r}"


# ---------------------------------------------------------------- properties

@SOME
@given(mutated_document())
def test_no_exception_and_exact_spans(doc: tuple[str, str]) -> None:
    name, text = doc
    out = extract_text(text, name)      # anything but an NlpolicyError propagates and fails the test
    if isinstance(out, str):
        return
    errors = span_errors(out)
    assert not errors, f"{len(errors)} inexact spans in a mutation of {name}: {errors[:5]}"
    bad = non_nfc(out)
    assert not bad, f"strings not NFC: {bad[:3]}"


@pytest.mark.parametrize("name", [n for n, _ in corpus()])
def test_corpus_spans_exact(name: str) -> None:
    text = dict(corpus())[name]
    out = extract_text(text, name)
    assert not isinstance(out, str), out
    errors = span_errors(out)
    assert not errors, f"{len(errors)} inexact spans: {errors[:5]}"


@SOME
@given(mutated_document())
def test_deterministic(doc: tuple[str, str]) -> None:
    name, text = doc
    first, second = extract_text(text, name), extract_text(text, name)
    assert first_difference(first, second) is None, first_difference(first, second)


@FEW
@given(st.lists(mutated_document(), min_size=2, max_size=4))
def test_alone_equals_in_batch(docs: list[tuple[str, str]]) -> None:
    """The last document, extracted after the others in one process, equals its extraction alone."""
    batch, alone = extract_in_fresh_processes([docs, docs[-1:]])
    diff = first_difference(alone[0], batch[-1])
    assert diff is None, f"alone vs in a batch, {docs[-1][0]}: {diff}"


def corpus_alone_vs_in_batch(every: int = 1) -> list[str]:
    """The differences between each corpus text extracted alone and in one process after all the others (in reverse
    order, so each follows a different set); ``every``: check one text in that many alone (a fresh interpreter each
    costs about two seconds; bench/batch_order.py checks them all)."""
    docs = list(reversed(corpus()))
    sample = docs[::every]
    outs = extract_in_fresh_processes([docs] + [[d] for d in sample])
    batch = {name: out for (name, _), out in zip(docs, outs[0])}
    return [f"{name}: {d}" for (name, _), out in zip(sample, outs[1:]) if (d := first_difference(out[0], batch[name]))]


def test_corpus_alone_equals_in_batch() -> None:
    """Every fourth corpus text extracted alone equals its extraction in one process after all the others."""
    diffs = corpus_alone_vs_in_batch(every=4)
    assert not diffs, "\n".join(diffs)


def test_in_process_batch_equals_fresh_process() -> None:
    """The same, with the batch run in this test process: state kept in module globals between
    documents (caches, lexicons) would show here."""
    docs = list(corpus())
    for name, text in docs:
        extract_text(text, name)
    in_process = [extract_text(text, name) for name, text in docs]
    fresh = extract_in_fresh_processes([docs])[0]
    if _sources_stamp() != SOURCES_AT_IMPORT:
        pytest.skip("nlpolicy's sources changed while the tests ran: this process and the fresh one ran "
                    "different code")
    diffs = [f"{name}: {d}" for (name, _), a, b in zip(docs, fresh, in_process) if (d := first_difference(a, b))]
    assert not diffs, "\n".join(diffs)


def test_public_extract_verb_can_be_called_twice() -> None:
    """``nlpolicy.extract`` stays the verb after its sub-package is imported (it once became the module)."""
    path = sorted(SHARED_CORPUS.glob("*.txt"))[0] if SHARED_CORPUS.is_dir() else SEED
    r = subprocess.run([sys.executable, "-c", "import sys, nlpolicy; a = nlpolicy.extract(sys.argv[1]); "
                        "b = nlpolicy.extract(sys.argv[1]); assert nlpolicy.to_json(a) == nlpolicy.to_json(b)",
                        str(path)], capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert r.returncode == 0, r.stderr[-1000:]
