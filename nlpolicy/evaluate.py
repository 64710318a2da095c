"""The scorer behind ``nlpolicy eval``: an extraction against a gold annotation.

The rules are those of CONTRACT.md ("How it is scored"), and the figures are the
same as the outside yardstick ``../shared/tools/score.py`` gives on the same inputs
(``tests/test_evaluate.py`` checks this on every gold file).  Both sides are the
contract's JSON: ``gold`` a ``spec/gold/*.json`` object, ``predicted`` an
``nlpolicy.extraction/1`` object (``serialize.extraction_to_dict``).

    >>> gold = {"sections": ["I", "II"], "deadlines": {"include": [{"value": "2020"}]}}
    >>> s = score(gold, {"sections": [{"id": "I"}], "deadlines": [{"value": "2020"}]})
    >>> round(s[Part.SECTIONS].f1, 3), s[Part.DEADLINES].f1
    (0.667, 1.0)

Parts: document (kind, number, date, signer, citations), sections (ids), targets
(kind, value, unit, year), deadlines (distinct values), projects (names through
aliases), agencies (those holding an assignment), assignments ((agency, section,
role) triples) and assignments_no_role.  Gold items marked ``"optional": true``
count neither for nor against.
"""
from __future__ import annotations

import difflib
import json
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping, Sequence

from nlpolicy.errors import InputError, NlpolicyError


class Part(str, Enum):
    DOCUMENT = "document"
    SECTIONS = "sections"
    TARGETS = "targets"
    DEADLINES = "deadlines"
    PROJECTS = "projects"
    AGENCIES = "agencies"
    ASSIGNMENTS = "assignments"
    ASSIGNMENTS_NO_ROLE = "assignments_no_role"


PARTS: tuple[Part, ...] = tuple(Part)
# the overall figure is the mean over these: assignments without role only echo assignments
OVERALL_PARTS: tuple[Part, ...] = tuple(p for p in Part if p is not Part.ASSIGNMENTS_NO_ROLE)


# ---------------------------------------------------------------- types

@dataclass(frozen=True)
class PartScore:
    """Precision, recall and F1 of one part, with the counts and the errors behind them.

    ``tp`` is a float for the document part (the citations' Jaccard overlap counts
    as a fraction of one field).  ``accuracy`` holds the figures measured over the
    matched items only: comparator and subject (targets), category (projects).
    """
    part: Part
    precision: float
    recall: float
    f1: float
    tp: float
    pred: int
    gold: int
    errors: tuple[str, ...] = ()
    accuracy: tuple[tuple[str, float | None], ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The shape of score.py's ``--json`` output for one part."""
        out: dict[str, Any] = {"p": self.precision, "r": self.recall, "f1": self.f1,
                               "tp": self.tp, "pred": self.pred, "gold": self.gold}
        out.update(self.accuracy)
        out["errors"] = list(self.errors)
        return out


@dataclass(frozen=True)
class Scores:
    """Every part of one document, and the evidence spans that do not match the text."""
    parts: tuple[PartScore, ...]
    evidence_errors: tuple[str, ...] = ()

    def __getitem__(self, part: Part | str) -> PartScore:
        part = Part(part)
        for p in self.parts:
            if p.part is part:
                return p
        raise KeyError(part)

    def to_dict(self) -> dict[str, Any]:
        return {"parts": {p.part.value: p.to_dict() for p in self.parts},
                "evidence_errors": list(self.evidence_errors)}


@dataclass(frozen=True)
class DocumentScore:
    name: str            # the gold file's stem
    gold_path: Path
    document_path: Path
    scores: Scores


@dataclass(frozen=True)
class Report:
    documents: tuple[DocumentScore, ...]
    macro_f1: tuple[tuple[Part, float], ...] = field(default=())
    overall: float = 0.0

    @property
    def evidence_errors(self) -> int:
        return sum(len(d.scores.evidence_errors) for d in self.documents)

    def macro(self, part: Part | str) -> float:
        return dict(self.macro_f1)[Part(part)]

    def to_dict(self) -> dict[str, Any]:
        """The shape of ``score.py --json``."""
        return {"documents": {d.name: d.scores.to_dict() for d in self.documents},
                "macro_f1": {p.value: f for p, f in self.macro_f1},
                "overall": self.overall, "evidence_errors": self.evidence_errors}


# ---------------------------------------------------------------- normalisation

# Old-style tone placement on the last syllable vowel pair ("hoà", "uỷ") -> new style
# ("hòa", "ủy"), so that both conventions compare equal.
_TONED = {"a": "àáảãạ", "e": "èéẻẽẹ", "y": "ỳýỷỹỵ"}
_TONE_OF = {ch: (base, i) for base, marks in _TONED.items() for i, ch in enumerate(marks)}
_LEAD_TONED = {"o": "òóỏõọ", "u": "ùúủũụ", "O": "ÒÓỎÕỌ", "U": "ÙÚỦŨỤ"}
_OLD_STYLE = re.compile(r"""
    ([oOuU])                 # the first vowel, which carries the mark in the new style
    ([àáảãạèéẻẽẹỳýỷỹỵ])      # the second vowel, which carries it in the old style
    (?![\wđ])                # at the end of the syllable only: "hoàn" stays
    """, re.VERBOSE)
_DASH = re.compile(r"[‐‑‒–—―−]")
_SPACED_DASH = re.compile(r"\s*-\s*")
# markup and punctuation that do not change a name: "**Hàm Kiệm**", "(Đầm Hồng)", "Hàm Kiệm I."
_NOISE = re.compile(r"[*_\"“”'’()\[\].,;:]")
_SPACES = re.compile(r"\s+")

# Words a project name may start with that only say what kind of thing it is:
# "Khu công nghiệp Hàm Kiệm I" and "KCN Hàm Kiệm I" both reduce to "hàm kiệm i".
# Order matters: longer heads before their prefixes ("cảng hàng không" before "cảng").
CATEGORY_WORDS: tuple[str, ...] = (
    "khu công nghiệp", "cụm công nghiệp", "kcn", "ccn", "nhà máy", "dự án",
    "nhiệt điện", "thủy điện", "điện gió", "phong điện", "điện mặt trời", "khí điện",
    "trung tâm", "đường cao tốc", "cao tốc", "đường", "quốc lộ", "ql", "sân bay",
    "cảng hàng không", "cảng tổng hợp", "cảng vận tải", "cảng", "các", "giai đoạn",
)

# Abbreviations an agency name may carry in a gold file or a prediction.
_AGENCY_ABBREVIATIONS: tuple[tuple[str, str], ...] = (
    ("ubnd", "ủy ban nhân dân"), ("btv ", "ban thường vụ "),
    ("bcsđ ", "ban cán sự đảng "), ("mttq", "mặt trận tổ quốc"),
)


def _retone(m: re.Match) -> str:
    base, tone = _TONE_OF[m.group(2)]
    return _LEAD_TONED[m.group(1)][tone] + base


def norm(s: str | None) -> str:
    """NFC, lower case, one tone convention, dashes and spaces unified, markup dropped.

    >>> norm("Uỷ ban nhân dân  tỉnh"), norm("Phan Thiết–Dầu Giây"), norm(None)
    ('ủy ban nhân dân tỉnh', 'phan thiết - dầu giây', '')
    """
    if s is None:
        return ""
    s = unicodedata.normalize("NFC", s)
    s = _OLD_STYLE.sub(_retone, s).lower()
    s = _SPACED_DASH.sub(" - ", _DASH.sub("-", s))
    s = _NOISE.sub(" ", s)
    return _SPACES.sub(" ", s).strip()


def core_name(s: str) -> str:
    """A project name without its category words.

    >>> core_name("Khu công nghiệp Hàm Kiệm I"), core_name("các KCN Sông Bình giai đoạn 2")
    ('hàm kiệm i', 'sông bình 2')
    """
    n = norm(s)
    changed = True
    while changed:
        changed = False
        for w in CATEGORY_WORDS:
            if n.startswith(w + " "):
                n = n[len(w) + 1:]
                changed = True
    return n.replace("giai đoạn ", "").strip(" -")


def agency_key(s: str) -> str:
    """An agency name with its abbreviations spelt out.

    >>> agency_key("UBND tỉnh"), agency_key("các BCSĐ UBND tỉnh")
    ('ủy ban nhân dân tỉnh', 'ban cán sự đảng ủy ban nhân dân tỉnh')
    """
    n = re.sub(r"^các ", "", norm(s))
    for short, full in _AGENCY_ABBREVIATIONS:
        n = n.replace(short, full)
    return n


# ---------------------------------------------------------------- counting

def prf(tp: float, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    """Precision, recall, F1.  With nothing to find, precision decays with each false alarm.

    >>> prf(3, 4, 6)
    (0.75, 0.5, 0.6)
    >>> prf(0, 0, 0), prf(0, 1, 0)[0]
    ((1.0, 1.0, 1.0), 0.5)
    """
    if n_gold == 0:
        p = 1.0 / (1 + n_pred)
        return p, 1.0, 2 * p / (p + 1)
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def _part(part: Part, tp: float, n_pred: int, n_gold: int, errors: Iterable[str],
          accuracy: Sequence[tuple[str, float | None]] = ()) -> PartScore:
    p, r, f = prf(tp, n_pred, n_gold)
    return PartScore(part, p, r, f, tp, n_pred, n_gold, tuple(errors), tuple(accuracy))


def _ratio(ok: int, n: int) -> float | None:
    return ok / n if n else None


def _missed_extra(missed: Iterable[str], extra: Iterable[str]) -> list[str]:
    return [f"missed {m}" for m in missed] + [f"extra {e}" for e in extra]


# ---------------------------------------------------------------- document

_HEADER_FIELDS = ("kind", "number", "date")


def score_document(gold: Mapping, pred: Mapping) -> PartScore:
    """Kind, number, date and signer name each right or wrong, plus the Jaccard overlap of
    the cited numbers; the part's precision = recall = F1 = the mean of the five."""
    errors, ok = [], 0.0
    for name in _HEADER_FIELDS:
        if (gold.get(name) or None) == (pred.get(name) or None):
            ok += 1
        else:
            errors.append(f"{name}: want {gold.get(name)!r} got {pred.get(name)!r}")
    want_signer, got_signer = (gold.get("signer") or {}).get("name"), (pred.get("signer") or {}).get("name")
    if norm(want_signer) == norm(got_signer):
        ok += 1
    else:
        errors.append(f"signer: want {want_signer!r} got {got_signer!r}")
    jaccard, error = _citation_overlap(gold, pred)
    ok += jaccard
    if error:
        errors.append(error)
    n = len(_HEADER_FIELDS) + 2
    acc = ok / n
    return PartScore(Part.DOCUMENT, acc, acc, acc, round(ok, 2), n, n, tuple(errors))


def _citation_overlap(gold: Mapping, pred: Mapping) -> tuple[float, str | None]:
    want = {norm(c) for c in gold.get("citations", [])}
    skip = {norm(c) for c in gold.get("optional_citations", [])}
    got = {norm(c.get("number") if isinstance(c, dict) else c) for c in pred.get("citations", [])} - skip
    union = want | got
    jaccard = len(want & got) / len(union) if union else 1.0
    if jaccard < 1:
        return jaccard, f"citations (Jaccard {jaccard:.2f}): missed {sorted(want - got)}, extra {sorted(got - want)}"
    return jaccard, None


# ---------------------------------------------------------------- sections

def score_sections(gold_ids: Iterable[str], pred_sections: Iterable[Mapping]) -> PartScore:
    want, got = set(gold_ids), {s.get("id") for s in pred_sections}
    return _part(Part.SECTIONS, len(want & got), len(got), len(want),
                 _missed_extra(sorted(want - got), sorted(got - want)))


# ---------------------------------------------------------------- targets

TargetKey = tuple[str, float | None, str, int | None]  # kind, value, unit, year


def _number(v: Any) -> float | None:
    try:
        return round(float(v), 6)
    except (TypeError, ValueError):
        return None


def _unit(u: str | None) -> str:
    """"%/ năm" and "%/năm" are one unit."""
    return re.sub(r"\s+", "", norm(u or ""))


def target_key(t: Mapping) -> TargetKey:
    """What a predicted target must share with a gold one: kind, value, unit and year."""
    return (t.get("kind", "target"), _number(t.get("value")), _unit(t.get("unit")), t.get("year"))


def score_targets(gold: Sequence[Mapping], pred: Sequence[Mapping]) -> PartScore:
    """Each gold target is matched at most once, in the order of the predictions; a
    prediction that only matches an optional gold target is ignored."""
    required = [g for g in gold if not g.get("optional")]
    pool = Counter(target_key(g) for g in required)
    optional = Counter(target_key(g) for g in gold if g.get("optional"))
    waiting: dict[TargetKey, list[Mapping]] = {}
    for g in required:
        waiting.setdefault(target_key(g), []).append(g)
    tp = ignored = comparator_ok = subject_ok = subject_n = 0
    errors = []
    for t in pred:
        k = target_key(t)
        if pool[k] > 0:
            pool[k] -= 1
            tp += 1
            g = waiting[k].pop(0)
            comparator_ok += t.get("comparator") == g.get("comparator")
            if g.get("subject"):
                subject_n += 1
                subject_ok += core_name(t.get("subject") or "") == core_name(g["subject"])
        elif optional[k] > 0:
            optional[k] -= 1
            ignored += 1
        else:
            errors.append(f"extra {k}")
    errors += [f"missed {k}" for k, left in pool.items() for _ in range(left)]
    return _part(Part.TARGETS, tp, len(pred) - ignored, len(required), errors,
                 [("comparator_acc", _ratio(comparator_ok, tp)), ("subject_acc", _ratio(subject_ok, subject_n))])


# ---------------------------------------------------------------- deadlines

def score_deadlines(gold: Mapping, pred: Sequence[Mapping]) -> PartScore:
    """Distinct values; an ``exclude`` value predicted is flagged among the extras."""
    want = {d["value"] for d in gold.get("include", [])}
    excluded = {d["value"] for d in gold.get("exclude", [])}
    got = {str(d.get("value")) for d in pred}
    extras = [v + (" (an excluded value)" if v in excluded else "") for v in sorted(got - want)]
    return _part(Part.DEADLINES, len(got & want), len(got), len(want), _missed_extra(sorted(want - got), extras))


# ---------------------------------------------------------------- named things (projects, agencies)

@dataclass(frozen=True)
class NameIndex:
    """Gold items by whole normalised name (first wins), and by short key when only one item has it."""
    exact: Mapping[str, int]
    short: Mapping[str, int]
    key: Callable[[str], str]

    @classmethod
    def build(cls, items: Sequence[Mapping], key: Callable[[str], str] = core_name) -> NameIndex:
        exact: dict[str, int] = {}
        short: dict[str, set[int]] = {}
        for i, item in enumerate(items):
            for name in (item["name"], *item.get("aliases", [])):
                exact.setdefault(norm(name), i)
                short.setdefault(key(name), set()).add(i)
        return cls(exact, {k: next(iter(v)) for k, v in short.items() if len(v) == 1}, key)

    def match(self, name: str) -> int | None:
        """The gold item a name refers to: whole name, then short key, then a close spelling
        (difflib ratio >= 0.9) among the gold names of the same shape (:func:`name_shape`)."""
        n = norm(name)
        if n in self.exact:
            return self.exact[n]
        k = self.key(name)
        if k in self.short:
            return self.short[k]
        # A close spelling counts only with the same head word and the same numbers:
        # "Sở X" is not "Bộ X", "Quốc lộ 80" is not "Quốc lộ 30", "CCN Minh Quân 4" is not "CCN Minh Quân".
        shape = name_shape(n)
        candidates = [c for c in self.exact if name_shape(c) == shape]
        close = difflib.get_close_matches(n, candidates, n=1, cutoff=0.9)
        return self.exact[close[0]] if close else None


_NUMBERS = re.compile(r"\d+\w*")


def name_shape(n: str) -> tuple[str, tuple[str, ...]]:
    """The first word and the numbers of a normalised name: what a close spelling must keep.

    >>> name_shape("cụm công nghiệp phú thịnh 2"), name_shape("quốc lộ 1a và 55")
    (('cụm', ('2',)), ('quốc', ('1a', '55')))
    >>> name_shape("")
    ('', ())
    """
    words = n.split()
    return (words[0] if words else "", tuple(_NUMBERS.findall(n)))


def score_projects(gold: Sequence[Mapping], pred: Sequence[Mapping]) -> PartScore:
    """Distinct names matched to gold projects through names and aliases; category accuracy
    over the gold projects found (the last prediction of a name gives its category)."""
    names = [p.get("name", "") for p in pred]
    categories = {p.get("name", ""): p.get("category") for p in pred}
    index = NameIndex.build(gold)
    found: set[int] = set()
    extra: set[str] = set()
    category_ok = category_n = 0
    for name in names:
        i = index.match(name)
        if i is None:
            extra.add(name)
        elif i not in found:
            found.add(i)
            if "category" in gold[i]:
                category_n += 1
                category_ok += categories.get(name) == gold[i]["category"]
    required = {i for i, g in enumerate(gold) if not g.get("optional")}
    n_pred = len(found & required) + len(extra)
    errors = _missed_extra([gold[i]["name"] for i in sorted(required - found)], sorted(extra))
    return _part(Part.PROJECTS, len(found & required), n_pred, len(required), errors,
                 [("category_acc", _ratio(category_ok, category_n))])


# ---------------------------------------------------------------- agencies and assignments

# (agency, section, role); the agency is a gold agency's index, or "?<key>" for a name not in the gold list
Triple = tuple[Any, Any, Any]


def _assignment_triples(gold: Mapping, pred: Mapping) -> tuple[set[Triple], set[Triple], Callable[[Any], str]]:
    agencies = gold.get("agencies", [])
    index = NameIndex.build(agencies, agency_key)
    optional = {i for i, a in enumerate(agencies) if a.get("optional")}

    def canon(name: str):
        i = index.match(name)
        return i if i is not None else "?" + agency_key(name)

    want = {(canon(a["agency"]), a["section"], a["role"]) for a in gold.get("assignments", [])}
    got = {(canon(a.get("agency", "")), task.get("section"), a.get("role"))
           for task in pred.get("tasks", []) for a in task.get("assignments", [])}
    want = {t for t in want if t[0] not in optional}
    got = {t for t in got if t[0] not in optional}

    def label(agency) -> str:
        return agencies[agency]["name"] if isinstance(agency, int) else agency

    return want, got, label


def score_assignments(gold: Mapping, pred: Mapping) -> tuple[PartScore, PartScore, PartScore]:
    """(agency, section, role) triples; the same without role; and the distinct agencies
    that hold at least one assignment.  Agencies are matched to the gold list like
    projects, with abbreviations spelt out (UBND, BTV, BCSĐ, MTTQ)."""
    want, got, label = _assignment_triples(gold, pred)
    triples = _part(Part.ASSIGNMENTS, len(want & got), len(got), len(want), _missed_extra(
        [f"{label(a)} {s} {r}" for a, s, r in sorted(want - got, key=str)],
        [f"{label(a)} {s} {r}" for a, s, r in sorted(got - want, key=str)]))
    want_pairs, got_pairs = {t[:2] for t in want}, {t[:2] for t in got}
    pairs = _part(Part.ASSIGNMENTS_NO_ROLE, len(want_pairs & got_pairs), len(got_pairs), len(want_pairs), ())
    want_agencies, got_agencies = {t[0] for t in want}, {t[0] for t in got}
    holders = _part(Part.AGENCIES, len(want_agencies & got_agencies), len(got_agencies), len(want_agencies),
                    _missed_extra([label(a) for a in sorted(want_agencies - got_agencies, key=str)],
                                  [label(a) for a in sorted(got_agencies - want_agencies, key=str)]))
    return triples, pairs, holders


# ---------------------------------------------------------------- evidence

_SPANNED_PARTS = ("targets", "deadlines", "projects", "tasks")


def evidence_errors(pred: Mapping) -> tuple[str, ...]:
    """Every reported span must be ``document.text[start:end]``."""
    doc = pred.get("document") or {}
    text = doc.get("text")
    if not isinstance(text, str):
        return ("document.text is missing",)

    def bad(where: str, item: Mapping) -> list[str]:
        s, e = item.get("start"), item.get("end")
        if isinstance(s, int) and isinstance(e, int) and text[s:e] == item.get("text"):
            return []
        return [f"{where}: text does not match document.text[{s}:{e}]"]

    errors: list[str] = []
    for part in _SPANNED_PARTS:
        for i, item in enumerate(pred.get(part, [])):
            errors += bad(f"{part}[{i}]", item)
    for i, agency in enumerate(pred.get("agencies", [])):
        for j, mention in enumerate(agency.get("mentions", [])):
            errors += bad(f"agencies[{i}].mentions[{j}]", mention)
    for i, citation in enumerate(doc.get("citations", [])):
        if isinstance(citation, dict):
            errors += bad(f"document.citations[{i}]", citation)
    return tuple(errors)


# ---------------------------------------------------------------- one document

def score(gold: Mapping, predicted: Mapping) -> Scores:
    """Every part of ``predicted`` (an extraction's JSON) against ``gold`` (a gold annotation)."""
    assignments, no_role, agencies = score_assignments(gold, predicted)
    parts = (
        score_document(gold.get("document", {}), predicted.get("document", {})),
        score_sections(gold.get("sections", []), predicted.get("sections", [])),
        score_targets(gold.get("targets", []), predicted.get("targets", [])),
        score_deadlines(gold.get("deadlines", {}), predicted.get("deadlines", [])),
        score_projects(gold.get("projects", []), predicted.get("projects", [])),
        agencies, assignments, no_role,
    )
    return Scores(parts, evidence_errors(predicted))


# ---------------------------------------------------------------- a folder of gold files

ExtractFn = Callable[[Path], Mapping]


def extract_json(path: Path) -> dict:
    """The default extractor: this project's pipeline, as the contract's JSON."""
    from nlpolicy.extract.pipeline import extract
    from nlpolicy.serialize import extraction_to_dict
    return extraction_to_dict(extract(path))


def project_corpus() -> Path:
    """The project's own ``corpus/`` (the seed document and its gold files)."""
    return Path(__file__).resolve().parents[1] / "corpus"


def gold_files(gold_dirs: Iterable[Path]) -> list[Path]:
    files = []
    for d in map(Path, gold_dirs):
        if not d.is_dir():
            raise InputError(f"{d}: no such folder of gold files")
        found = sorted(d.glob("*.json"))
        if not found:
            raise InputError(f"{d}: no gold file (*.json) in this folder")
        files += found
    return files


def read_gold(path: Path) -> dict:
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"{path}: cannot read the gold file ({exc})") from None
    if not isinstance(gold, dict) or not isinstance(gold.get("source"), str):
        raise InputError(f"{path}: not a gold annotation (no 'source' naming its document)")
    return gold


def find_source(gold_path: Path, source: str, corpus_dirs: Sequence[Path]) -> Path:
    """The gold's document in the first corpus folder holding it, then in the project's corpus/."""
    places = [*map(Path, corpus_dirs), project_corpus()]
    for d in places:
        if (d / source).is_file():
            return d / source
    raise InputError(f"{gold_path}: its source document {source!r} is not in "
                     + ", ".join(str(d) for d in places))


def macro_means(documents: Sequence[DocumentScore]) -> tuple[tuple[tuple[Part, float], ...], float]:
    """The mean F1 of each part over the documents, and the overall macro-F1: the mean of
    those means over every part but assignments_no_role."""
    if not documents:
        return (), 0.0
    means = {p: sum(d.scores[p].f1 for d in documents) / len(documents) for p in PARTS}
    return tuple(means.items()), sum(means[p] for p in OVERALL_PARTS) / len(OVERALL_PARTS)


def evaluate_dir(gold_dir: Path | Sequence[Path], corpus_dir: Path | Sequence[Path] = (),
                 extract_fn: ExtractFn = extract_json,
                 progress: Callable[[int, int, str], None] | None = None) -> Report:
    """Extract each gold file's source document and score it.

    ``gold_dir`` and ``corpus_dir`` may each be one folder or several; a source is
    looked up in the corpus folders in order, then in the project's ``corpus/``.
    Every source is found before any extraction starts, so a missing document fails
    at once.  ``progress(i, n, name)`` is called before each document.
    """
    gold_dirs = [gold_dir] if isinstance(gold_dir, (str, Path)) else list(gold_dir)
    corpus_dirs = [corpus_dir] if isinstance(corpus_dir, (str, Path)) else list(corpus_dir)
    jobs = []
    for path in gold_files(gold_dirs):
        gold = read_gold(path)
        jobs.append((path, gold, find_source(path, gold["source"], corpus_dirs)))
    documents = []
    for i, (path, gold, source) in enumerate(jobs, 1):
        if progress:
            progress(i, len(jobs), path.stem)
        try:
            predicted = extract_fn(source)
        except NlpolicyError as exc:
            raise type(exc)(f"{source.name}: {exc}") from None
        documents.append(DocumentScore(path.stem, path, source, score(gold, predicted)))
    macro, overall = macro_means(documents)
    return Report(tuple(documents), macro, overall)
