"""The statistical layer: what role a sentence plays (target, baseline, assignment, task, background).

The rules propose candidates; this model (a logistic regression fitted with scikit-learn, run
as plain NumPy arrays) scores them; the caller's threshold decides.  A *sentence* is a line of the normalised text cut further at ". ", "!", "?" and
";" (a list of targets often runs "... đạt 9,5%/năm; tỷ trọng ... 24,5%"), each with its
offsets into ``Document.text``.  Its *context* is what the line alone does not say: the
headings above it, the document's year and kind.

The model (``nlpolicy/models/sentence_role.plain.json`` and ``.plain.npz``, scored by
:mod:`nlpolicy.extract.plain_model` without scikit-learn; ``sentence_role.json`` beside them) is
rebuilt from the gold annotations by ``models/build_sentence_role.py``.  It is loaded lazily,
once, by :func:`load_model`; nothing is downloaded, nothing is loaded at import.

    >>> [s.text for s in split_text("Đến năm 2030 đạt 80%; tỷ lệ hộ nghèo dưới 2%. Giao Sở Tài chính.")]
    ['Đến năm 2030 đạt 80%;', 'tỷ lệ hộ nghèo dưới 2%.', 'Giao Sở Tài chính.']
"""
from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Any, Sequence

from nlpolicy.errors import NlpolicyError
from nlpolicy.normalize import match_key
from nlpolicy.types import Document

__all__ = ["ROLES", "Sentence", "ModelUnavailableError", "split_text", "document_sentences",
           "features", "make_pipeline", "load_model", "classify", "classify_document",
           "target_kind_scores"]

ROLES = ("target", "baseline", "assignment", "task", "background")
MODEL_NAME = "sentence_role"


class ModelUnavailableError(NlpolicyError):
    """The sentence-role model is missing or was built with another scikit-learn."""
    exit_code = 6


@dataclass(frozen=True)
class Sentence:
    """A sentence or bullet: ``text == document.text[start:end]``."""
    start: int
    end: int
    text: str


# ---------------------------------------------------------------- sentences

# Where a line is cut: after ". ", "!", "?" followed by a capital or a bullet, and after ";".
# Not after "9,5" or "1.200" (no space), nor after "TP." before a lower-case word.
# (each branch begins with the first blank and then looks behind it for the mark: a pattern that begins
# with a look-behind is tried at every position, one that begins with a blank only at blanks)
_CUT = re.compile(r"[ \t](?<=[.!?][ \t])[ \t]*(?=[\"“(*\-+•A-ZĐÀ-Ỹ0-9])|[ \t](?<=;[ \t])[ \t]*")
# A numbering token is no sentence of its own: "I. MỤC TIÊU", "2. Chỉ tiêu", "a. Đến năm 2030".
_NUMBERING = re.compile(r"[\s\-+•*]*(?:[IVXLC]+|\d+(?:\.\d+)*|[a-zđ])[.)]", re.I)
# A piece with no letter or digit (markdown debris "**", a lone "-") is not a sentence.
_CONTENT = re.compile(r"[^\W_]")


def split_text(text: str, offset: int = 0) -> list[Sentence]:
    """Cut ``text`` into sentences; offsets are ``offset`` plus the position in ``text``."""
    out: list[Sentence] = []
    pos = 0
    for line in text.split("\n"):
        cuts = [0]
        for m in _CUT.finditer(line):
            if not _NUMBERING.fullmatch(line[cuts[-1]:m.start()]):
                cuts.append(m.end())
        cuts.append(len(line))
        for a, b in zip(cuts, cuts[1:]):
            piece = line[a:b]
            lead = len(piece) - len(piece.lstrip())
            piece = piece.strip()
            if len(piece) >= 2 and _CONTENT.search(piece):
                s = offset + pos + a + lead
                out.append(Sentence(s, s + len(piece), piece))
        pos += len(line) + 1
    return out


def document_sentences(doc: Document) -> tuple[list[Sentence], list[dict]]:
    """The document's sentences and, for each, the context :func:`features` reads."""
    sents = split_text(doc.text)
    return sents, contexts_of(doc, sents)


def contexts_of(doc: Document, sents: Sequence[Sentence]) -> list[dict]:
    """The context :func:`features` reads, for the sentences given (a few, or all)."""
    from nlpolicy.extract.deadlines import reference_year
    from nlpolicy.structure import body_bounds

    year = reference_year(doc)
    kind = doc.header.kind if doc.header else None
    body = body_bounds(doc)
    starts = {s.start for s in doc.sections}
    secs = sorted(doc.sections, key=lambda s: s.start)
    contexts = []
    for st in sents:
        chain = [s for s in secs if s.start <= st.start < s.end]
        chain.sort(key=lambda s: s.level)
        contexts.append({
            "heading": " | ".join(doc.text[s.start:s.heading_end][:120] for s in chain),
            "doc_year": year,
            "doc_kind": kind,
            "section": chain[-1].id if chain else None,
            "is_heading": any(st.start - d in starts for d in range(3)),
            "in_body": st.start in body,
        })
    return contexts


# ---------------------------------------------------------------- features

# Cue words, matched on the matching key (lower case, one tone convention).
# "phấn đấu", "tối thiểu": a commitment ("Phấn đấu đến năm 2030 tỷ lệ ... đạt 80%").
_FORWARD = re.compile(r"\b(?:phấn đấu|tối thiểu|ít nhất|không dưới|không thấp hơn|bảo đảm|đảm bảo|mục tiêu|chỉ tiêu|hình thành|duy trì|nâng cao|trở thành)\b")
# "đã cấp 12 giấy phép", "hiện có 56 cụm", "lũy kế đến nay": the past and the present.
_PAST = re.compile(r"\b(?:đã|đạt được|hiện có|hiện nay|hiện đang|lũy kế|luỹ kế|tính đến|đến nay|so với cùng kỳ|tăng so với|giảm so với|trong năm qua|vừa qua|thời gian qua|đang)\b")
# "dự kiến", "ước đạt": an estimate is neither a target nor a baseline.
_ESTIMATE = re.compile(r"\b(?:dự kiến|ước tính|ước đạt|ước thực hiện|dự toán)\b")
_COMPARE = re.compile(r"\b(?:trên|dưới|hơn|vượt|không quá|tối đa|bình quân|đạt|chiếm|từ \d)")
# Agencies and roles: "Sở Công Thương chủ trì, phối hợp với ...", "Giao UBND tỉnh ...".
_ROLE = re.compile(r"\b(?:chủ trì|phối hợp|giao|chịu trách nhiệm|tham mưu|đôn đốc|theo dõi|báo cáo|hướng dẫn)\b")
_AGENCY = re.compile(r"\b(?:ủy ban nhân dân|ubnd|sở |bộ |ban |đảng đoàn|ban cán sự|tỉnh ủy|huyện ủy|thành ủy|đảng ủy|mặt trận|đoàn thể|cơ quan|các ngành|các cấp|chính phủ|quốc hội|công an|phòng )")
_IMPERATIVE = re.compile(r"^[\W\d]*(?:[a-zđ]\)\s*)?(?:tập trung|đẩy mạnh|đẩy nhanh|tăng cường|xây dựng|hoàn thiện|rà soát|triển khai|thực hiện|tổ chức|nâng cao|phát triển|hỗ trợ|khuyến khích|ưu tiên|chỉ đạo|kiểm tra|nghiên cứu|ban hành|bố trí|huy động|đổi mới|quán triệt|tiếp tục|khẩn trương|chủ động)\b")
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
_PERCENT = re.compile(r"\d(?:[\d.,]*)\s*%")
_NUMBER = re.compile(r"\d")
_HEAD_ZONES = {
    "objective": re.compile(r"mục tiêu|chỉ tiêu|tầm nhìn|định hướng"),
    "task": re.compile(r"nhiệm vụ|giải pháp"),
    "organisation": re.compile(r"tổ chức thực hiện|phân công|trách nhiệm"),
    "situation": re.compile(r"thực trạng|tình hình|kết quả|đánh giá|hiện trạng|tiến độ|hạn chế|nguyên nhân"),
    "proposal": re.compile(r"kiến nghị|đề xuất|đề nghị"),
    "appendix": re.compile(r"phụ lục"),
}


def _years(key: str, doc_year: int | None, prefix: str) -> dict[str, float]:
    ys = [int(y) for y in _YEAR.findall(key)]
    if not ys:
        return {}
    if doc_year is None:
        return {f"{prefix}year": 1.0}
    out = {}
    if any(y > doc_year for y in ys):
        out[f"{prefix}year_future"] = 1.0
    if any(y < doc_year for y in ys):
        out[f"{prefix}year_past"] = 1.0
    if doc_year in ys:
        out[f"{prefix}year_same"] = 1.0
    return out


def features(sentence: str, context: dict) -> dict[str, float]:
    """The hand features of a sentence in its context (all optional keys: ``heading``,
    ``doc_year``, ``doc_kind``, ``is_heading``, ``in_body``).

    >>> sorted(features("Phấn đấu đến năm 2030 đạt 80%", {"doc_year": 2025}))
    ['compare', 'forward', 'kind=none', 'length', 'number', 'percent', 'year_future']
    """
    key = match_key(sentence)
    head = match_key(context.get("heading") or "")
    year = context.get("doc_year")
    f: dict[str, float] = {f"kind={context.get('doc_kind') or 'none'}": 1.0,
                           "length": math.log1p(len(key)) / 6.0}
    for name, rx in (("forward", _FORWARD), ("past", _PAST), ("estimate", _ESTIMATE),
                     ("compare", _COMPARE), ("role", _ROLE), ("agency", _AGENCY),
                     ("imperative", _IMPERATIVE), ("percent", _PERCENT), ("number", _NUMBER)):
        if rx.search(key):
            f[name] = 1.0
    f.update(_years(key, year, ""))
    f.update(_years(head, year, "head_"))
    for zone, rx in _HEAD_ZONES.items():
        if rx.search(head):
            f[f"head={zone}"] = 1.0
    if context.get("is_heading"):
        f["is_heading"] = 1.0
    if context.get("in_body") is False:
        f["outside_body"] = 1.0
    return f


# The pipeline's inputs are (sentence, context) pairs; these selectors live here, in the
# package, so that the saved pipeline refers to importable functions only.

def _sentence_keys(rows: Sequence[tuple[str, dict]]) -> list[str]:
    return [match_key(s) for s, _ in rows]


def _heading_keys(rows: Sequence[tuple[str, dict]]) -> list[str]:
    return [match_key(c.get("heading") or "") for _, c in rows]


def _hand_features(rows: Sequence[tuple[str, dict]]) -> list[dict[str, float]]:
    return [features(s, c) for s, c in rows]


def make_pipeline(*, C: float = 4.0) -> Any:
    """An unfitted pipeline: character n-grams of the sentence, words of its headings, the
    hand features, and a multinomial logistic regression (its probabilities need no calibration
    step; newton-cg converges in a few iterations where lbfgs takes seconds on these features)."""
    import numpy as np
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import FeatureUnion, Pipeline, make_pipeline as chain
    from sklearn.preprocessing import FunctionTransformer

    union = FeatureUnion([
        ("chars", chain(FunctionTransformer(_sentence_keys),
                        TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=2,
                                        sublinear_tf=True, max_features=60000, dtype=np.float32))),
        ("heading", chain(FunctionTransformer(_heading_keys),
                          TfidfVectorizer(analyzer="word", ngram_range=(1, 2), min_df=2,
                                          sublinear_tf=True, dtype=np.float32))),
        ("hand", chain(FunctionTransformer(_hand_features), DictVectorizer())),
    ])
    return Pipeline([("features", union),
                     ("model", LogisticRegression(C=C, solver="newton-cg", max_iter=1000, class_weight="balanced"))])


# ---------------------------------------------------------------- the saved model

def _artefact(suffix: str):
    return files("nlpolicy").joinpath("models", MODEL_NAME + suffix)


@cache
def load_model() -> tuple[Any, dict]:
    """The model and its metadata, read once.

    The model is the fitted pipeline exported as plain arrays (:mod:`nlpolicy.extract.plain_model`):
    scoring needs NumPy only, not scikit-learn.  Raises :class:`ModelUnavailableError` when the
    artefacts are missing or disagree with their metadata.
    """
    from nlpolicy.extract.plain_model import PlainModel
    meta_path, spec_path, arrays_path = _artefact(".json"), _artefact(".plain.json"), _artefact(".plain.npz")
    if not (meta_path.is_file() and spec_path.is_file() and arrays_path.is_file()):
        raise ModelUnavailableError(
            f"the sentence-role model is missing ({spec_path}); rebuild it with "
            "`python models/build_sentence_role.py`")
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    try:
        model = PlainModel.load(spec_path.parent, MODEL_NAME, match_key, features)
    except (OSError, ValueError, KeyError) as exc:
        raise ModelUnavailableError(f"the sentence-role model cannot be read ({type(exc).__name__}); rebuild it with "
                                    "`python models/build_sentence_role.py`") from None
    if tuple(model.classes_) != tuple(meta.get("classes", ())):
        raise ModelUnavailableError("the sentence-role model and its metadata disagree on the classes; rebuild it")
    return model, meta


def classify(sentences: list[str], context: list[dict], *, model: Any = None) -> list[dict[str, float]]:
    """Class probabilities for each sentence (each dict sums to 1 over :data:`ROLES`).

    ``context[i]`` holds what :func:`features` reads (``{}`` is allowed); ``model`` is a fitted
    pipeline to use instead of the packaged one (cross-validation, experiments).
    """
    if len(sentences) != len(context):
        raise ValueError("classify: one context per sentence")
    if not sentences:
        return []
    if model is None:
        model = load_model()[0]
    proba = model.predict_proba(list(zip(sentences, context)))
    classes = [str(c) for c in model.classes_]
    out = []
    for row in proba:
        d = {r: 0.0 for r in ROLES}
        d.update({c: float(p) for c, p in zip(classes, row)})
        out.append(d)
    return out


def classify_document(doc: Document, *, model: Any = None) -> list[tuple[Sentence, dict[str, float]]]:
    """Every sentence of ``doc`` with its class probabilities."""
    sents, ctx = document_sentences(doc)
    return list(zip(sents, classify([s.text for s in sents], ctx, model=model)))


def target_kind_scores(doc: Document, quantities: Sequence[Any], *, model: Any = None) -> list[tuple[float, float]]:
    """``(p_target, p_baseline)`` of the sentence around each quantity (anything with a
    ``start``), in the order given.  A quantity outside every sentence gets ``(0.0, 0.0)``.

    Only the sentences that hold a quantity are classified, so the cost follows the number
    of candidates, not the length of the document.
    """
    if not quantities:
        return []
    # a sentence never runs across a line break: only the lines that hold a quantity are cut
    text = doc.text
    sents: list[Sentence] = []
    for start in sorted({text.rfind("\n", 0, q.start) + 1 for q in quantities}):
        end = text.find("\n", start)
        sents += split_text(text[start:end if end >= 0 else len(text)], start)
    import bisect
    starts = [s.start for s in sents]
    where: list[int | None] = []
    for q in quantities:
        i = bisect.bisect_right(starts, q.start) - 1
        where.append(i if i >= 0 and q.start < sents[i].end else None)
    wanted = sorted({i for i in where if i is not None})
    ctx = contexts_of(doc, [sents[i] for i in wanted])   # only the sentences that hold a candidate
    probs = dict(zip(wanted, classify([sents[i].text for i in wanted], ctx, model=model)))
    return [(probs[i]["target"], probs[i]["baseline"]) if i is not None else (0.0, 0.0) for i in where]
