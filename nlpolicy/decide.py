"""One decision seam: every choice the extractors make about a candidate goes through :func:`decide`.

Extractors *propose* candidates (a figure with its clause, an agency mention with the words around
it, a noun phrase that may name a project, a time expression) together with their context (the
zone of the section, the sentence, the document's kind and year).  :func:`decide` answers one
question about one candidate and says why::

    decide("figure_kind", candidate) -> Decision(label="target", score=0.92, why="objective zone")

Each question has a *rule* (registered with :func:`rule` by the module that knows the genre)
and may have a *model* (registered with :func:`model`), trained on the gold annotations by a
script in ``models/`` that reports leave-one-document-out scores.  A model is consulted only
where it was shown to beat the rule on held-out documents, in the way its registration says:

* ``"fallback"``: the rule abstains (label None) and the model is confident (score ≥ threshold);
* ``"veto"``: as fallback, and also where the rule decided without a cue (``decision.cue`` is
  False) and the model strongly prefers another label;
* ``"off"``: the rule alone decides (the model lost on held-out documents, or is missing).

    >>> @rule("demo_parity")
    ... def _parity(n):
    ...     return Decision("even" if n % 2 == 0 else "odd", 1.0, "n mod 2")
    >>> decide("demo_parity", 3)
    Decision(label='odd', score=1.0, why='n mod 2', cue=True)
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

__all__ = ["Decision", "rule", "model", "decide", "questions"]


@dataclass(frozen=True)
class Decision:
    label: str | None      # None: no decision (the candidate is dropped, or left to a model)
    score: float           # confidence in [0, 1]
    why: str               # the cue, zone or model that decided, for a reader
    cue: bool = True       # False when the rule decided from a default, without any cue


RuleFn = Callable[[Any], Decision]
# a model: candidates -> [(label, probability)], evaluated lazily; None when unavailable
ModelFn = Callable[[list], "list[tuple[str, float]] | None"]


@dataclass(frozen=True)
class _Model:
    score: ModelFn
    mode: str              # "fallback" | "veto" | "off"
    threshold: float
    name: str


_RULES: dict[str, RuleFn] = {}
_MODELS: dict[str, _Model] = {}


def rule(question: str) -> Callable[[RuleFn], RuleFn]:
    """Register the rule that answers ``question``."""
    def register(fn: RuleFn) -> RuleFn:
        _RULES[question] = fn
        return fn
    return register


def model(question: str, score: ModelFn, *, mode: str, threshold: float, name: str) -> None:
    """Register the model for ``question`` and how it may overrule the rule (see the module doc)."""
    if mode not in ("fallback", "veto", "off"):
        raise ValueError(f"unknown model mode {mode!r}")
    _MODELS[question] = _Model(score, mode, threshold, name)


def questions() -> dict[str, str]:
    """Each registered question and how its model takes part ("rule only" when it has none)."""
    return {q: (f"rule + {m.name} ({m.mode}, p ≥ {m.threshold})" if (m := _MODELS.get(q)) else "rule only")
            for q in sorted(_RULES)}


def decide(question: str, candidate: Any) -> Decision:
    """The answer to ``question`` about one candidate."""
    return decide_all(question, [candidate])[0]


def decide_all(question: str, candidates: list) -> list[Decision]:
    """The answers for many candidates at once (a model scores them in one batch)."""
    try:
        fn = _RULES[question]
    except KeyError:
        raise KeyError(f"no rule answers {question!r} (registered: {', '.join(sorted(_RULES))})") from None
    decisions = [fn(c) for c in candidates]
    m = _MODELS.get(question)
    if m is None or m.mode == "off":
        return decisions
    ask = [i for i, d in enumerate(decisions) if d.label is None or (m.mode == "veto" and not d.cue)]
    if not ask:
        return decisions
    scores = m.score([candidates[i] for i in ask])
    if scores is None:
        return decisions
    for i, (label, p) in zip(ask, scores):
        d = decisions[i]
        if d.label is None and p >= m.threshold:
            decisions[i] = Decision(label, p, f"{m.name} p={p:.2f}", cue=False)
        elif d.label is not None and not d.cue and label != d.label and p >= m.threshold:
            decisions[i] = Decision(label, p, f"{m.name} p={p:.2f} over the default ({d.why})", cue=False)
    return decisions
