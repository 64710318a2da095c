"""What each part of a document is for, computed once from its headings (DOMAIN.md sections 3-4).

A zone is a prior, never a gate: extractors weigh a decision by the zone it falls in (a figure
in an objectives part leans to a target, a subject in a tasks part to an assignment) and still
decide outside the zones they know.  The cues are data (``resources/zones.tsv``).

    >>> from nlpolicy.document import from_raw
    >>> from nlpolicy.types import RawDocument
    >>> doc = from_raw(RawDocument("t.txt", "KẾ HOẠCH\\nvề việc của tỉnh\\n\\nI. MỤC TIÊU\\nNội dung.\\n"
    ...                                     "II. NHIỆM VỤ\\n1. Sở Tài chính chủ trì.\\n", "utf-8"))
    >>> [(z.section, z.zone) for z in zones_of(doc)]
    [('I', 'objective'), ('II', 'task'), ('II.1', 'task')]
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from nlpolicy.lexicon import read_tsv
from nlpolicy.matching import Cue, Keys
from nlpolicy.types import Document, Section

__all__ = ["Zone", "zones_of", "zone_at", "heading_zone", "ZONES"]

ZONES = ("organisation", "proposal", "norms", "objective", "viewpoint", "situation", "general", "finance", "effect",
         "composition", "task", "orientation", "adopted", "template", "none")


@dataclass(frozen=True)
class Zone:
    section: str | None
    zone: str              # one of ZONES
    task_weight: float     # how much a sentence here is expected to be an instruction
    why: str               # the heading that decided ("" when none did)


@lru_cache(maxsize=1)
def _rules() -> tuple[tuple[str, str, Cue, float], ...]:
    out = []
    for row in read_tsv("zones.tsv"):
        zone, how, pattern, weight = row[:4]
        rx = rf"^(?:(?:một số|về|các|những)[ ]+)?(?:{pattern})" if how == "start" else pattern
        out.append((zone, how, Cue(rx, tolerant=True), float(weight)))
    return tuple(out)


_WEIGHTS = {"none": 0.5}
# the number of a heading: "II.", "4.2-", "a)", "Điều 3.", "Chương II", "PHỤ LỤC I"
_LABEL = re.compile(r"[ ]*(?:\(?[0-9ivxlIVXL.]{1,8}[.)\-–:]?|[a-zđA-H][.)\-–]|điều[ ]*\d+[ ]*[.:]?|chương[ ]+[ivxl\d]+[.:]?"
                    r"|phụ lục[^\n]*)[ ]*", re.I)


def heading_zone(heading: str, annex: bool = True) -> tuple[str, float] | None:
    """The zone a heading names, or None (an outline or form to fill in, "template", only for an ``annex``).

    >>> heading_zone("III. TÔ CHỨC THỰC HIỆN")      # damaged by a scan
    ('organisation', 1.0)
    >>> heading_zone("2. Chỉ tiêu chủ yếu đến năm 2030")
    ('objective', 0.2)
    >>> heading_zone("Điều 2. Nhiệm vụ, giải pháp")[0], heading_zone("II. Nhiệm vụ, giải pháp 6 tháng cuối năm")[0]
    ('task', 'orientation')
    """
    m = _LABEL.match(heading)
    title = (heading[m.end():] if m else heading).lstrip()     # (a chapter's title on the line below "Chương II")
    # a title names its part; a long numbered sentence is content, not a title, and a lettered point that is
    # a sentence ending with its full stop ("b) Trường hợp cùng một nội dung được hưởng ... cao nhất.") names none
    if len(title) > 60 and title.rstrip().endswith(".") and not title.rstrip().endswith("..") \
            and re.match(r"[ ]*[a-zđ][)]", heading):
        return None
    probe = title[:80] if len(title) <= 140 else title[:30]
    keys = Keys(probe)
    for zone, _how, cue, weight in _rules():
        if cue.search(keys) and (annex or zone != "template"):
            return zone, weight
    return None


def parent_chain(s: Section, by_id: dict[str, Section]) -> list[Section]:
    """The section and its ancestors, by the ids ("II.4.1", "II.4", "II"), the section first."""
    out, sid = [s], s.id
    while "." in sid:
        sid = sid.rsplit(".", 1)[0]
        if sid in by_id:
            out.append(by_id[sid])
    return out


def zones_of(doc: Document) -> tuple[Zone, ...]:
    """The zone of every section: the most specific heading in its chain that names one."""
    cached = _CACHE.get(id(doc))
    if cached is not None and cached[0] is doc:
        return cached[1]
    by_id = {s.id: s for s in doc.sections}
    own = {s.id: heading_zone(doc.text[s.start:s.heading_end], annex=s.id.startswith("PL")) for s in doc.sections}
    out = []
    for s in doc.sections:
        # the most specific heading that names a zone; an outline's or a form's over all (its "I. KẾT QUẢ ..." is
        # what the report to be written is to say)
        chain = [anc for anc in parent_chain(s, by_id) if own[anc.id]]
        anc = next((a for a in chain if own[a.id][0] == "template"), chain[0] if chain else None)
        if anc is not None and own[anc.id][0] == "objective":
            # targets named under a part that reports on them: "III. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU / 2. Các chỉ tiêu
            # khác" tells what they reached
            anc = next((a for a in chain[1:] if own[a.id][0] == "situation"), anc)
        got = (*own[anc.id], doc.text[anc.start:anc.heading_end][:80]) if anc else None
        zone, weight, why = got or ("none", _WEIGHTS["none"], "")
        out.append(Zone(s.id, zone, weight, why))
    result = tuple(out)
    _CACHE.clear()          # one document at a time: the pipeline asks about the same one repeatedly
    _CACHE[id(doc)] = (doc, result)
    return result


_CACHE: dict[int, tuple[Document, tuple[Zone, ...]]] = {}


# a letter's or a directive's call on its addressees, on a line of its own ahead of the numbered points: "Chủ tịch
# UBND tỉnh yêu cầu:", "... đề nghị các sở, ngành thực hiện tốt một số nội dung sau:"
_CALL = re.compile(r"^[^\n]{0,300}(?<![\w])(?:yêu cầu|đề nghị|chỉ đạo)(?![\w])[^\n:]{0,300}:[ ]*$", re.M)
_CALL_WITHIN = 8000


@lru_cache(maxsize=1)
def _situation_zone() -> Zone:
    """The zone of what stands before the call (its weight is the situation rows', read when first asked)."""
    return Zone(None, "situation", next(w for z, _h, _c, w in _rules() if z == "situation"), "before the call")


def _before_the_call(doc: Document) -> int:
    """Where the situation a letter or a directive opens with ends: the start of the sentence that makes its call,
    when the call comes before the first numbered part (0 when there is none)."""
    got = doc.__dict__.get("_before_the_call")
    if got is None:
        got = 0
        # (near the top only: a copy that lost its headings may make a call deep in its body, over its aims)
        end = min(doc.sections[0].start if doc.sections else len(doc.key), _CALL_WITHIN)
        m = _CALL.search(doc.key, 0, end)
        if m:
            # back to the line after the last one that ends a sentence: the call's own sentence may set the aim
            # ("Để hoàn thành mục tiêu giải ngân ... đạt 100% kế hoạch vốn, Chủ tịch UBND tỉnh yêu cầu:")
            got = m.start()
            while got > 0:
                prev = doc.key.rfind("\n", 0, got - 1) + 1
                if re.search(r"[.;:][ ]*$", doc.key[prev:got - 1]) or not doc.key[prev:got - 1].strip():
                    break
                got = prev
        object.__setattr__(doc, "_before_the_call", got)
    return got


def zone_at(doc: Document, pos: int) -> Zone:
    """The zone of the most specific section holding ``pos`` (zone "none" outside every section; "situation" ahead
    of a call that opens the numbered points).

    >>> from nlpolicy.document import from_raw
    >>> from nlpolicy.types import RawDocument
    >>> text = "CÔNG VĂN\\nTỷ lệ giải ngân đạt 41,2%.\\nUBND tỉnh yêu cầu:\\n1. Các sở tập trung giải ngân.\\n"
    >>> d = from_raw(RawDocument("t.txt", text, "utf-8"), require_policy=False)
    >>> zone_at(d, 20).zone, zone_at(d, 50).zone
    ('situation', 'none')
    """
    sec = doc.section_at(pos)
    if sec is None:
        if pos < _before_the_call(doc):
            return _situation_zone()
        return Zone(None, "none", _WEIGHTS["none"], "")
    for z in zones_of(doc):
        if z.section == sec.id:
            return z
    return Zone(sec.id, "none", _WEIGHTS["none"], "")
