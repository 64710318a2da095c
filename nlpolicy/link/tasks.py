"""Task links: which resolution sections each unit of an implementing document carries out.

Rules propose every (document unit, resolution unit) pair; a score combines
wording (TF-IDF cosine of the texts, and of the document unit's headings with the
resolution unit's heading; the share of the unit's headings found in the resolution
unit and its headings, which a programme that repeats the resolution's headings
shows), shared named projects, a unit about one project against a section on its
kind, and shared years; a threshold decides.  Below it the
linker abstains.  At most ``top_k`` links per unit.  A heading over a group of tasks links where most of its
tasks link, and an appendix row that names one task of the body takes that task's best link.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Sequence

from nlpolicy.link.models import TaskLink, Unit
from nlpolicy.link.units import all_sections, units as units_of
from nlpolicy.regexes import UPPER
from nlpolicy.types import Document, Extraction, Section

# "Cụm công nghiệp Phú Thịnh 1", "KCN Tằng Loỏng", "các CCN mới: Bảo Minh, An Thịnh, Bảo Hưng 2"; a name starts
# with a capital ("05 cụm công nghiệp đã có nhà đầu tư" names none: "À-Ỹ" would take "đ" and "à" for capitals)
_PROJECT = re.compile(rf"""
    (?:[Cc]ụm[ ]công[ ]nghiệp|CCN|[Kk]hu[ ]công[ ]nghiệp|KCN|[Nn]hà[ ]máy|[Tt]hủy[ ]điện|[Nn]hiệt[ ]điện)
    (?:[ ]+mới)?[ ]*:?[ ]+
    (?P<names>(?:[{UPPER}][\wà-ỹđ]*(?:[ ]+(?:[{UPPER}][\wà-ỹđ]*|\d{{1,2}}|[IVX]{{1,3}}))*)
              (?:[ ]*,[ ]*[{UPPER}][\wà-ỹđ]*(?:[ ]+(?:[{UPPER}][\wà-ỹđ]*|\d{{1,2}}|[IVX]{{1,3}}))*)*)
""", re.VERBOSE)
_YEAR = re.compile(r"(?<!\d)20[2-5]\d(?!\d)")

# Below this score a task link is not shown.  Chosen on corpus/gold/links/ (bench/link_eval.py):
# at 0.14, 03/NQ-CP -> 57-NQ/TW P 0.54 R@3 0.89, 3260-KH -> 57 P 0.71 R@3 0.94, the Lào Cai report ->
# plan P 0.75 R@3 0.41; at 0.16 the Lào Cai recall falls to 0.38.  (With the project-kind weight of
# 2026-12-05 the Lào Cai pair gives P 0.82 R@3 0.78 at 0.14; the others are unchanged.)
DEFAULT_THRESHOLD = 0.14
# A section of the document none of whose units reaches DEFAULT_THRESHOLD keeps its single best link when
# that scores at least this much, marked weak in its evidence: the threshold weighs a link, it does not
# leave a section of an implementing document with no link at all.  Half the threshold, not tuned; on
# corpus/gold/links/ (2026-12-06) it moved R@3 of 5973 -> 334 0.44 -> 0.67, Lào Cai BC -> KH 0.78 -> 0.84,
# the synthetic plan -> directive 0.78 -> 0.81, with precision 0.00 to 0.07 lower, the rest unchanged.
WEAK_THRESHOLD = DEFAULT_THRESHOLD / 2


def project_names(text: str) -> set[str]:
    """Named projects in a text, lower case.

    >>> sorted(project_names("Đôn đốc thành lập các CCN mới: Bảo Minh, Bảo Hưng 2; KCN Tằng Loỏng"))
    ['bảo hưng 2', 'bảo minh', 'tằng loỏng']
    """
    out = set()
    for m in _PROJECT.finditer(text):
        for name in m.group("names").split(","):
            name = name.strip().lower()
            if name and name not in {"lào cai", "việt nam"}:
                out.add(name)
    return out


@dataclass(frozen=True)
class Weights:
    text: float = 0.55       # TF-IDF cosine of the two texts
    heading: float = 0.35    # cosine of the unit's headings with the resolution unit
    project: float = 0.25    # named projects both name
    year: float = 0.03       # years both name
    contained: float = 0.3   # share of the unit's headings found in the resolution unit and its headings
    category: float = 0.15   # a unit about one project ("Cụm công nghiệp Y Can: ...") and a section about its kind


_LABEL = re.compile(r"[ \-+•*–]*(?:(?:\(?[0-9ivx]{1,4}(?:\.[0-9]{1,2})*|[a-z])[ ]?[.)\-:][ ]*)?")   # on folded text


@lru_cache(maxsize=1)
def _category_cues() -> tuple[tuple[str, str], ...]:
    """(folded head noun, category) of the named projects' kinds (resources/project_categories.tsv):
    heads of two syllables or more, longest first ("cụm công nghiệp", not "cụm")."""
    from nlpolicy.lexicon import read_tsv
    from nlpolicy.textfold import fold
    rows = {(fold(cue), cat) for cue, cat, *_ in read_tsv("project_categories.tsv")
            if cat != "other" and len(cue.split()) >= 2}
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


def _about_one_project(heading: str) -> str | None:
    """The kind of project a unit is about when its heading opens with one ("Cụm công nghiệp Y Can: ...")."""
    from nlpolicy.textfold import fold
    h = fold(heading)
    h = h[_LABEL.match(h).end():]
    return next((cat for cue, cat in _category_cues() if h.startswith(cue + " ")), None)


def _kinds_named(text: str) -> set[str]:
    """The kinds of project a resolution unit's headings speak of ("Phát triển các khu, cụm công nghiệp")."""
    from nlpolicy.textfold import fold
    t = fold(text)
    return {cat for cue, cat in _category_cues() if cue in t}


def _heading_text(u: Unit) -> str:
    return f"{u.context} {u.heading}".strip()


def link_tasks(resolution: Extraction | Document, document: Extraction | Document, *,
               threshold: float = DEFAULT_THRESHOLD, top_k: int = 3, weights: Weights = Weights(),
               weak: float | None = WEAK_THRESHOLD,
               res_units: Sequence[Unit] | None = None, doc_units: Sequence[Unit] | None = None) -> list[TaskLink]:
    """The ranked resolution sections (and tasks) each unit of ``document`` carries out: up to ``top_k``
    scoring ``threshold`` or more; a section with none keeps its best link when it scores ``weak`` or
    more (None: never), with "weak" in its evidence."""
    from nlpolicy.link.similarity import cosine_matrix
    doc = document.document if isinstance(document, Extraction) else document
    R = list(res_units) if res_units is not None else units_of(resolution)
    D = list(doc_units) if doc_units is not None else units_of(document)
    if not R or not D:
        return []
    text_sim = cosine_matrix([u.text for u in D], [r.text for r in R])
    head_sim = cosine_matrix([_heading_text(u) or u.text[:200] for u in D], [r.text for r in R])
    if weights.contained:
        from nlpolicy.link.similarity import containment_matrix
        contained = containment_matrix([_heading_text(u) or u.text[:200] for u in D],
                                       [f"{r.context} {r.text}" for r in R])
    else:
        contained = None
    r_proj = [project_names(r.text) for r in R]
    r_years = [set(_YEAR.findall(r.text)) for r in R]
    r_kinds = [_kinds_named(f"{r.context} {r.heading}") if weights.category else set() for r in R]
    out: list[TaskLink] = []
    below: dict[str, TaskLink] = {}     # each document section's best link under the threshold
    for i, u in enumerate(D):
        u_proj = project_names(u.text)
        u_years = set(_YEAR.findall(u.text))
        u_kind = _about_one_project(u.heading or u.text[:120]) if weights.category else None
        scored = []
        for j, r in enumerate(R):
            shared = u_proj & r_proj[j]
            years = u_years & r_years[j]
            kind = u_kind is not None and u_kind in r_kinds[j]
            s = (weights.text * text_sim[i, j] + weights.heading * head_sim[i, j]
                 + (weights.contained * contained[i, j] if contained is not None else 0.0)
                 + weights.project * min(1.0, len(shared) / 2) + weights.year * min(1, len(years))
                 + (weights.category if kind else 0.0))
            evidence = [f"wording {text_sim[i, j]:.2f}", f"headings {head_sim[i, j]:.2f}"]
            if kind:
                evidence.append(f"a {u_kind.replace('_', ' ')} in a section on that kind")
            if shared:
                evidence.append("projects: " + ", ".join(sorted(shared)))
            if years:
                evidence.append("years: " + ", ".join(sorted(years)))
            scored.append((min(1.0, s), j, tuple(evidence)))
        scored.sort(key=lambda x: -x[0])
        seen, top = set(), []
        for item in scored:  # the best unit of each resolution section: top_k distinct sections
            sec = R[item[1]].section
            if sec not in seen:
                seen.add(sec)
                top.append(item)
        for s, j, evidence in top[:top_k]:
            if s < threshold:
                if weak is not None and s >= weak and s > getattr(below.get(u.section), "score", -1.0):
                    below[u.section] = _task_link(R[j], u, doc, s, evidence + (f"weak: under {threshold:g}",))
                break
            out.append(_task_link(R[j], u, doc, s, evidence))
    # a section and the tasks inside it are all units of that section: keep its top_k resolution sections
    linked = {t.document_section for t in out}
    out.extend(t for sec, t in below.items() if sec not in linked)
    best: dict[tuple[str, str], TaskLink] = {}
    for t in out:
        k = (t.document_section, t.resolution_section)
        if k not in best or t.score > best[k].score:
            best[k] = t
    per: dict[str, list[TaskLink]] = {}
    for t in sorted(best.values(), key=lambda t: -t.score):
        if len(per.setdefault(t.document_section, [])) < top_k:
            per[t.document_section].append(t)
    rows = {u.section: u for u in D if "#" not in u.id}
    for row, body in _body_twins(D).items():
        per[row] = _with_twin(per.get(row, []), per.get(body, []), rows[row], body, doc, top_k)
    sections = all_sections(doc)
    per.update(_rolled_up(per, sections, doc, threshold, top_k))
    order = {s.id: s.start for s in sections}
    return [t for sec in sorted(per, key=lambda s: order.get(s, 0)) for t in per[sec]]


# An appendix row names its task in a few words ("Trạm Y tế xã Ia Tơi"); when all but a tenth of them (four
# words at least) are in one section of the body and in no other, the row is that section's task again.
TWIN_SHARE = 0.9
_TWIN_MIN_WORDS = 4


def _body_twins(D: Sequence[Unit]) -> dict[str, str]:
    """Appendix row -> the one body section that states its task.

    >>> u = lambda sec, heading, text: Unit(sec, sec, heading, "", text, 0, 0)
    >>> _body_twins([u("III.4.1", "", "Ban QLDA hoàn thành xây mới Trạm Y tế xã Ia Tơi, xã Đăk Plô"),
    ...              u("III.4.2", "", "Sở Y tế mua sắm trang thiết bị cho trạm y tế các xã"),
    ...              u("III.4.3", "", "Sở Tài chính bố trí vốn mua sắm trang thiết bị trạm y tế"),
    ...              u("PL1.7", "Trạm Y tế xã Ia Tơi", "7 Trạm Y tế xã Ia Tơi Ban QLDA Năm 2026"),
    ...              u("PL1.8", "Trang thiết bị trạm y tế", "8 Trang thiết bị trạm y tế Sở Y tế")])
    {'PL1.7': 'III.4.1'}
    """
    from nlpolicy.textfold import fold
    words = lambda text: set(re.findall(r"\w+", fold(text)))
    body = {u.section: words(u.text) for u in D if "#" not in u.id and not u.section.startswith("PL")}
    out = {}
    for u in D:
        if "#" in u.id or not u.section.startswith("PL") or not u.heading:
            continue
        mine = words(u.heading)
        if len(mine) < _TWIN_MIN_WORDS:
            continue
        hits = [sec for sec, w in body.items() if len(mine & w) >= TWIN_SHARE * len(mine)]
        if len(hits) == 1:
            out[u.section] = hits[0]
    return out


def _with_twin(own: list[TaskLink], twin: list[TaskLink], row: Unit, body: str, doc: Document,
               top_k: int) -> list[TaskLink]:
    """A row's links with its body twin's best one (the twin's section may hold several tasks: its other
    links are not the row's).  On corpus/gold/links (2026-12-06) the best link only, against all of them:
    precision of the synthetic plan -> directive 0.63 against 0.58, of the first chain's plan 0.61 against
    0.47, recall@3 the same."""
    best: dict[str, TaskLink] = {t.resolution_section: t for t in own}
    for t in twin[:1]:
        if t.resolution_section not in best or t.score > best[t.resolution_section].score:
            best[t.resolution_section] = replace(t, document_section=row.section, text=doc.text[row.start:row.end],
                                                 start=row.start, end=row.end,
                                                 evidence=t.evidence + (f"the task of {body}",))
    return sorted(best.values(), key=lambda t: -t.score)[:top_k]


def _rolled_up(per: dict[str, list[TaskLink]], sections: Sequence[Section], doc: Document, threshold: float,
               top_k: int) -> dict[str, list[TaskLink]]:
    """Links of the sections whose children are the units (a heading over a group of tasks): the group
    carries out what most of its tasks carry out.  A resolution section that more than half of the group's
    linked sections (two at least) link to scores the mean of their scores for it (0 where it is not among
    a section's links); a mean of ``threshold`` or more is a link, at most ``top_k``.  A part whose tasks
    carry out different sections ("I. NHIỆM VỤ", an appendix) gets none: its tasks have theirs.

    >>> link = lambda sec, res, score: TaskLink(res, None, "kh.txt", sec, "", 0, 0, score, "tfidf")
    >>> doc = Document(path="kh.txt", text="", key="", sections=(Section("III.1", "Tuyên truyền", 0, 9, 2, 5),
    ...                Section("III.1.1", "", 5, 7, 3, 5), Section("III.1.2", "", 7, 9, 3, 7)))
    >>> per = {"III.1.1": [link("III.1.1", "III.1", 0.11)],
    ...        "III.1.2": [link("III.1.2", "III.1", 0.48), link("III.1.2", "II.2", 0.21)]}
    >>> [(t.resolution_section, t.score) for t in _rolled_up(per, doc.sections, doc, 0.14, 3)["III.1"]]
    [('III.1', 0.295)]
    """
    out: dict[str, list[TaskLink]] = {}
    for sec in sections:
        if sec.id in per:
            continue
        inside = [k for k in per if k.startswith(sec.id + ".")]
        if len(inside) < 2:
            continue
        total: dict[str, float] = {}
        count: dict[str, int] = {}
        for k in inside:
            for t in per[k]:
                total[t.resolution_section] = total.get(t.resolution_section, 0.0) + t.score
                count[t.resolution_section] = count.get(t.resolution_section, 0) + 1
        ranked = sorted(((s / len(inside), r) for r, s in total.items() if 2 * count[r] > len(inside)),
                        key=lambda x: -x[0])
        links = [TaskLink(resolution_section=r, resolution_task=None, document=doc.path, document_section=sec.id,
                          text=doc.text[sec.start:sec.heading_end], start=sec.start, end=sec.heading_end,
                          score=round(s, 3), method="rolled-up", evidence=(f"mean of {len(inside)} linked parts",))
                 for s, r in ranked[:top_k] if s >= threshold]
        if links:
            out[sec.id] = links
    return out


def _task_link(r: Unit, u: Unit, doc: Document, score: float, evidence: tuple[str, ...]) -> TaskLink:
    return TaskLink(resolution_section=r.section, resolution_task=r.id if "#" in r.id else None,
                    document=doc.path, document_section=u.section, text=doc.text[u.start:u.end], start=u.start,
                    end=u.end, score=round(float(score), 3), method="tfidf+headings+projects+years",
                    evidence=evidence)
