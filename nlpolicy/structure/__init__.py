"""Structure of a normalised document: header, section tree, signature, recipients, citations.

* :mod:`.header`: kind, number, date, place, issuer, title, signer, recipients;
* :mod:`.sections`: the section tree from the document's own numbering (DOMAIN.md section 3);
* :mod:`.citations`: numbers of other documents;
* :mod:`.lines`, :mod:`.numbers`: lines, Roman numerals, document numbers and dates.

:func:`analyse` runs them in order.  Where the document's header ends and its footer begins is
decided here once and kept on the :class:`~nlpolicy.types.Document` (``body``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from nlpolicy.matching import Keys, is_lowercased, slices_keep_loose
from nlpolicy.structure.citations import parse_citations
from nlpolicy.structure.header import find_footer_start, find_kind_line, kind_word_end, parse_header
from nlpolicy.structure.lines import PLACEHOLDER, Line, lines_of, roman_value, to_roman
from nlpolicy.structure.numbers import normalise_number
from nlpolicy.structure.sections import attached_kind, is_article, label_end, parse_sections, read_label
from nlpolicy.tables import TextTable, find_tables
from nlpolicy.types import Body, Citation, Header, Section

__all__ = ["analyse", "analyse_document", "Structure", "body_bounds", "body_of", "body_start_of", "find_footer_start", "is_article", "label_end", "lines_of", "Line", "normalise_number",
           "parse_citations", "parse_header", "parse_sections", "roman_value", "to_roman"]

# Lines that open the body when no blank line ends the title block: the preamble, the decision
# formula, the first article (on the loose key, after a bullet).
_OPENS_BODY = re.compile(r"^(?:can cu|xet (?:de nghi|to trinh|bao cao)|theo de nghi|sau khi|tren co so"
                         r"|quyet nghi|quyet dinh[ ]*:|kinh gui|dieu[ ]*1\b)")
_TITLE_LINES = 14   # a title block is never longer than this


def body_start_of(lines: list[Line], *, lowercase: bool = False) -> int:
    """The body starts after the header block: after the title that follows the kind line.

    The title ends at a blank line, at the preamble ("Căn cứ ...", "QUYẾT NGHỊ:"), at a numbered
    line, or a placeholder for a lost table, whichever comes first; a "CỦA BỘ CHÍNH TRỊ" ⏎⏎ "về
    ..." after one blank line is still the title.
    """
    i = find_kind_line(lines, lowercase=lowercase, limit=60)
    if i is None:
        return 0
    j = i + 1
    kind_end = kind_word_end(lines[i].text, lowercase=lowercase)
    taken = 1 if kind_end is not None and lines[i].text.strip()[kind_end:].strip(" :*#") else 0   # "Nghị quyết về ..."
    while j < len(lines) and j <= i + _TITLE_LINES:
        s = lines[j].text.strip()
        if not s:
            if taken:
                # "CỦA BỘ CHÍNH TRỊ" ⏎ "về ..." may sit after one more blank line
                k = j
                while k < len(lines) and not lines[k].text.strip():
                    k += 1
                if k < len(lines) and re.match(r"^(về|VỀ|của|CỦA)\s", lines[k].text.strip()):
                    j = k
                    continue
                break
            j += 1
            continue
        loose = Keys(s.lstrip("-+•* ")[:40]).loose
        if PLACEHOLDER.match(s) or _OPENS_BODY.match(loose):
            break
        if taken and read_label(s, lowercase=lowercase)[1]:
            break
        if taken and len(s) > 120 and not s.isupper() and (lowercase or not s[:1].islower()):
            break      # a paragraph of prose: the preamble has begun (a title's line in lower case, "thực
                       # hiện Nghị quyết số ... về ...", however long, goes on with the title)
        taken += 1
        j += 1
    return lines[j].start if j < len(lines) else lines[-1].end


@dataclass(frozen=True)
class Structure:
    header: Header
    sections: tuple[Section, ...]
    citations: tuple[Citation, ...]
    body: Body
    tables: tuple[TextTable, ...]
    lowercase: bool


def analyse_document(text: str, *, keys: Keys | None = None) -> Structure:
    """Header, sections, citations, body and tables of a normalised text (``keys``: the text's, when
    the caller has them: the whole text's loose key is not made twice)."""
    keys = keys or Keys(text)
    # each line's loose key cut from the text's: thousands of lines are matched on their keys
    lines = lines_of(text, keys.loose if slices_keep_loose(text) else None)
    lowercase = is_lowercased(text)
    tables = tuple(find_tables(text))
    footer = find_footer_start(lines, lowercase=lowercase)
    footer_start = footer if footer is not None else len(text)
    body = body_start_of(lines, lowercase=lowercase)
    if body >= footer_start:
        body = 0
    header = parse_header(text, lines, body, footer_start, lowercase=lowercase, keys=keys)
    if header.kind == "other" and footer is not None:
        # a cover letter that carries a draft report or plan: the document is what it carries
        carried = attached_kind(lines, footer_start)
        if carried:
            header = replace(header, kind=carried)
    sections = parse_sections(text, lines, body, footer_start, lowercase=lowercase, tables=tables)
    citations = parse_citations(text, header.number, lowercase=lowercase)
    return Structure(header, tuple(sections), tuple(citations), body_of(text, sections, body, footer_start),
                     tables, lowercase)


def analyse(text: str) -> tuple[Header, list[Section], list[Citation], Body]:
    """(header, sections, citations, body) of a normalised text (see :func:`analyse_document`)."""
    s = analyse_document(text)
    return s.header, list(s.sections), list(s.citations), s.body


def body_bounds(doc) -> Body:
    """A document's body: found while its structure was parsed, or (for a Document built by hand)
    found again from its text."""
    if doc.body is not None:
        return doc.body
    lines = lines_of(doc.text)
    footer = find_footer_start(lines)
    return body_of(doc.text, list(doc.sections), body_start_of(lines),
                   footer if footer is not None else len(doc.text))


def body_of(text: str, sections: list[Section], body_start: int, footer_start: int) -> Body:
    """Where the document speaks: the header ends at ``body_start`` (or at the first section, if
    that comes earlier), the footer starts at ``footer_start``, and a programme or appendix after
    the footer (its first section) resumes the body."""
    start = min(body_start, sections[0].start) if sections else body_start
    if start >= footer_start:
        start = 0
    after = [s.start for s in sections if s.start >= footer_start]
    return Body(start=start, footer=footer_start, resume=min(after) if after else len(text), end=len(text))
