"""Load a path into a structured :class:`~nlpolicy.types.Document`: ingest -> normalise -> structure."""
from __future__ import annotations

import re
from itertools import islice
from pathlib import Path

from nlpolicy.diacritics import is_unaccented, restore
from nlpolicy.errors import NotPolicyError
from nlpolicy.matching import Keys, desegment, strict_key
from nlpolicy.normalize import is_all_capitals, normalize
from nlpolicy.structure import analyse_document
from nlpolicy.types import Document, RawDocument

# Words that any policy or administrative document carries; a text with none of them is not one.
_POLICY_WORDS = re.compile(
    r"nghị quyết|kết luận|chỉ thị|kế hoạch|chương trình|báo cáo|quyết định|công văn|thông báo|đề án"
    r"|ủy ban|ủy ban nhân dân|tỉnh ủy|trung ương|ban chấp hành|bộ chính trị|chính phủ|sở |nhiệm vụ|triển khai"
    r"|hội đồng nhân dân|quyết nghị|điều 1\b|ubnd\b|chứng nhận đăng ký đầu tư|chủ trương đầu tư")


def read_raw(path: str | Path) -> RawDocument:
    from nlpolicy.ingest import read
    return read(path)


def from_raw(raw: RawDocument, *, require_policy: bool = True) -> Document:
    # typed in capitals throughout: read as a text that lost them (its wraps joined as theirs are), quoted as given
    capitals = is_all_capitals(raw.text) and len(raw.text.lower()) == len(raw.text)
    norm = normalize(raw.text.lower() if capitals else raw.text)
    surface = _as_printed(norm.text, norm.source_offsets, raw.text) if capitals else norm.text
    # typed without tone marks ("Uy ban nhan dan tinh"): read with them put back, letter for letter
    unaccented = is_unaccented(norm.text)
    reading = restore(norm.text) if unaccented else norm.text
    text = desegment(reading)     # "Ủy_ban nhân_dân" is read "Ủy ban nhân dân"; offsets do not move
    key = strict_key(text)
    # three hits decide: counting every hit of the alternation costs 1% of an extraction
    if require_policy and len(list(islice(_POLICY_WORDS.finditer(key, 0, 200_000), 3))) < 3:
        raise NotPolicyError(f"{raw.path}: this does not look like a policy document "
                             "(no resolution, plan, report or agency vocabulary found)")
    keys = Keys(text, key)
    st = analyse_document(text, keys=keys)
    return Document(path=raw.path, text=text, key=key, source_offsets=norm.source_offsets,
                    header=st.header, sections=st.sections, citations=st.citations,
                    tables=raw.tables, encoding=raw.encoding, notes=raw.notes, body=st.body,
                    surface=surface if surface != text else "", loose=keys.loose, lowercase=st.lowercase,
                    text_tables=st.tables, marks_restored=unaccented)


def _as_printed(text: str, offsets: tuple[int, ...], raw: str) -> str:
    """The normalised lower-cased text with each letter in the case the source printed it."""
    return "".join(raw[o] if o < len(raw) and raw[o].lower() == c else c for c, o in zip(text, offsets))


def load(path: str | Path, *, require_policy: bool = True) -> Document:
    """Read, normalise and structure the document at ``path``."""
    return from_raw(read_raw(path), require_policy=require_policy)
