"""Word ``.docx``: paragraphs in order, automatic numbering made visible, tables.

The XML is read directly (``zipfile`` + ``lxml``, both already needed by
python-docx) because python-docx does not compute list numbers.  Text follows
docx2txt, which made the ``*_docx2txt.txt`` twins in the corpus: one paragraph
per line, table cells one per line in reading order.  Unlike docx2txt, the
label Word draws for an automatically numbered paragraph ("II. ", "1. ",
"a) ") is put back in front of it, since it carries the section number.
A bare ``word/document.xml`` taken out of its .docx is read the same way;
without the numbering part, its lists' labels are guessed.
"""
from __future__ import annotations

import io
import re
import unicodedata
import zipfile
import zlib
from dataclasses import dataclass, field
from typing import IO

from lxml import etree

from nlpolicy.errors import InputError
from nlpolicy.ingest import limits
from nlpolicy.types import RawDocument, Table

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


# ---------------------------------------------------------------- numbering

@dataclass(frozen=True)
class _Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = "%1."
    restart: int | None = None     # w:lvlRestart: restart after this (1-based) level; 0 = never
    legal: bool = False            # w:isLgl: show every level as decimal
    suffix: str = "tab"


@dataclass
class _Numbering:
    levels: dict[str, dict[int, _Level]] = field(default_factory=dict)       # abstractNumId -> ilvl -> level
    nums: dict[str, tuple[str, dict[int, int]]] = field(default_factory=dict)  # numId -> (abstractNumId, startOverrides)
    style_num: dict[str, tuple[str, int]] = field(default_factory=dict)        # styleId -> (numId, ilvl)
    caps_styles: set[str] = field(default_factory=set)     # styles whose text Word shows in capitals (w:caps)
    counters: dict[str, list[int | None]] = field(default_factory=dict)
    seen: set[str] = field(default_factory=set)
    guess: bool = False     # no numbering part to read (a bare document.xml): lists get Word's usual look

    def label(self, num_id: str, ilvl: int, style: str | None = None) -> str:
        """Advance the counters of ``num_id`` at ``ilvl`` and return the visible label."""
        if num_id not in self.nums and self.guess:
            self._guess(num_id, style)
        if num_id not in self.nums:
            return ""
        abstract, overrides = self.nums[num_id]
        levels = self.levels.get(abstract, {})
        count = self.counters.setdefault(abstract, [None] * 9)
        if num_id not in self.seen:          # a restarted list instance: Word's startOverride
            self.seen.add(num_id)
            for lvl in overrides:
                count[lvl] = None
        ilvl = max(0, min(ilvl, 8))
        level = levels.get(ilvl, _Level())

        def start(lvl: int) -> int:
            return overrides.get(lvl, levels.get(lvl, _Level()).start)

        count[ilvl] = start(ilvl) if count[ilvl] is None else count[ilvl] + 1
        for deeper in range(ilvl + 1, 9):
            restart = levels.get(deeper, _Level()).restart
            if restart is None or (restart != 0 and restart <= ilvl + 1):
                count[deeper] = None
        if level.fmt == "none":
            return ""
        if level.fmt == "bullet":
            mark = level.text.strip()
            if not mark or any(0xE000 <= ord(c) <= 0xF8FF for c in mark):
                mark = "•"                   # a Symbol/Wingdings glyph: show a plain bullet
            return mark + " "

        def value(match: re.Match[str]) -> str:
            lvl = int(match.group(1)) - 1
            n = count[lvl] if count[lvl] is not None else start(lvl)
            fmt = "decimal" if level.legal else levels.get(lvl, _Level()).fmt
            return _format(n, fmt)

        text = re.sub(r"%([1-9])", value, level.text)
        return text + ("" if level.suffix == "nothing" else " ") if text else ""

    def _guess(self, num_id: str, style: str | None) -> None:
        """A list whose definition is missing: a bullet list if its paragraph style says so ("ListBullet"),
        else numbered "1.", then "a)", then dashes below."""
        if "bullet" in (style or "").lower():
            levels = {lvl: _Level(fmt="bullet", text="-") for lvl in range(9)}
        else:
            levels = {0: _Level(text="%1."), 1: _Level(fmt="lowerLetter", text="%2)")}
            levels.update({lvl: _Level(fmt="bullet", text="-") for lvl in range(2, 9)})
        self.levels["guess:" + num_id] = levels
        self.nums[num_id] = ("guess:" + num_id, {})


def _roman(n: int) -> str:
    out = []
    for value, letters in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                           (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out.append(letters)
            n -= value
    return "".join(out)


def _letters(n: int) -> str:
    # Word repeats the letter past z: aa, bb ...
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1) if n > 0 else ""


def _format(n: int, fmt: str) -> str:
    """Draw ``n`` in a Word numFmt.

    >>> [_format(4, f) for f in ("decimal", "upperRoman", "lowerLetter", "decimalZero")]
    ['4', 'IV', 'd', '04']
    """
    if fmt == "upperRoman":
        return _roman(n)
    if fmt == "lowerRoman":
        return _roman(n).lower()
    if fmt == "upperLetter":
        return _letters(n).upper()
    if fmt == "lowerLetter":
        return _letters(n)
    if fmt == "decimalZero":
        return f"{n:02d}"
    return str(n)


def _val(el: etree._Element | None, default: str | None = None) -> str | None:
    return default if el is None else el.get(W + "val", default)


def _stream(zf: zipfile.ZipFile, name: str, tags: tuple[str, ...], parent: str | None = None):
    """Each element of ``tags`` in the member ``name`` (see :func:`_elements`)."""
    with zf.open(name) as f:
        yield from _elements(f, tags, parent)


def _elements(f: IO[bytes], tags: tuple[str, ...], parent: str | None = None):
    """Each element of ``tags`` (whose parent is ``parent``, if given) once it is whole;
    it is emptied after use and its earlier siblings dropped, so memory stays one
    element deep however long the XML is."""
    for _, el in etree.iterparse(f, events=("end",), tag=tags, resolve_entities=False,
                                 huge_tree=True, no_network=True, load_dtd=False):
        up = el.getparent()
        if parent is not None and (up is None or up.tag != parent):
            continue
        yield el
        el.clear(keep_tail=False)
        if up is not None:
            while el.getprevious() is not None:
                del up[0]


def _load_numbering(zf: zipfile.ZipFile) -> _Numbering:
    numbering = _Numbering()
    names = set(zf.namelist())
    if "word/numbering.xml" in names:
        for el in _stream(zf, "word/numbering.xml", (W + "abstractNum", W + "num")):
            if el.tag == W + "num":
                num = el
                overrides = {}
                for ov in num.iter(W + "lvlOverride"):
                    so = ov.find(W + "startOverride")
                    if so is not None:
                        overrides[int(ov.get(W + "ilvl", "0"))] = int(_val(so, "1") or 1)
                numbering.nums[num.get(W + "numId", "")] = (_val(num.find(W + "abstractNumId"), "") or "", overrides)
                continue
            abstract = el
            levels = {}
            for lvl in abstract.iter(W + "lvl"):
                restart = _val(lvl.find(W + "lvlRestart"))
                levels[int(lvl.get(W + "ilvl", "0"))] = _Level(
                    start=int(_val(lvl.find(W + "start"), "1") or 1),
                    fmt=_val(lvl.find(W + "numFmt"), "decimal") or "decimal",
                    text=_val(lvl.find(W + "lvlText"), "") or "",
                    restart=int(restart) if restart is not None else None,
                    legal=lvl.find(W + "isLgl") is not None and _val(lvl.find(W + "isLgl"), "1") not in ("0", "false"),
                    suffix=_val(lvl.find(W + "suff"), "tab") or "tab",
                )
            numbering.levels[abstract.get(W + "abstractNumId", "")] = levels
    if "word/styles.xml" in names:
        own: dict[str, tuple[str | None, int | None]] = {}
        based: dict[str, str] = {}
        caps: dict[str, bool] = {}
        for style in _stream(zf, "word/styles.xml", (W + "style",)):
            sid = style.get(W + "styleId", "")
            numpr = style.find(f"{W}pPr/{W}numPr")
            if numpr is not None:
                ilvl = _val(numpr.find(W + "ilvl"))
                own[sid] = (_val(numpr.find(W + "numId")), int(ilvl) if ilvl else None)
            base = _val(style.find(W + "basedOn"))
            if base:
                based[sid] = base
            shown = _caps(style.find(W + "rPr"))
            if shown is not None:
                caps[sid] = shown
        for sid in set(caps) | set(based):
            chain, cur = 0, sid
            while cur and cur not in caps and chain < 20:
                cur, chain = based.get(cur), chain + 1
            if caps.get(cur):
                numbering.caps_styles.add(sid)
        for sid in set(own) | set(based):
            chain, cur, num_id, ilvl = 0, sid, None, None
            while cur and chain < 20:
                n, lv = own.get(cur, (None, None))
                num_id = num_id or n
                ilvl = ilvl if ilvl is not None else lv
                cur, chain = based.get(cur), chain + 1
            if num_id:
                numbering.style_num[sid] = (num_id, ilvl or 0)
    return numbering


# ---------------------------------------------------------------- text

def _caps(rpr: etree._Element | None) -> bool | None:
    """Whether run properties show the text in capitals (``w:caps``, ``w:smallCaps``), None if they
    do not say."""
    if rpr is None:
        return None
    said = [el for el in (rpr.find(W + "caps"), rpr.find(W + "smallCaps")) if el is not None]
    return any(_val(el, "true") not in ("0", "false", "off") for el in said) if said else None


def _para_text(p: etree._Element, caps_styles: set[str] | frozenset[str] = frozenset()) -> str:
    """A paragraph's text; runs that Word shows in capitals (``w:caps`` on the run, its character
    style or the paragraph's style: a heading typed "Nghị quyết" and printed "NGHỊ QUYẾT") in capitals."""
    parts: list[str] = []
    para_caps = _val(p.find(f"{W}pPr/{W}pStyle")) in caps_styles

    def walk(el: etree._Element, caps: bool) -> None:
        for child in el:
            tag = child.tag
            if tag == MC_FALLBACK or not isinstance(tag, str):
                continue                     # the same content again, for old readers
            if tag == W + "t":
                parts.append((child.text or "").upper() if caps else child.text or "")
            elif tag == W + "tab":
                parts.append("\t")
            elif tag in (W + "br", W + "cr"):
                parts.append("\n")
            elif tag == W + "noBreakHyphen":
                parts.append("-")
            elif tag in (W + "del", W + "instrText", W + "pPr", W + "rPr"):
                continue
            elif tag == W + "r":
                rpr = child.find(W + "rPr")
                own = _caps(rpr)
                style = _val(rpr.find(W + "rStyle")) if rpr is not None else None
                walk(child, own if own is not None else (style in caps_styles or para_caps))
            else:
                if tag == W + "p" and parts:
                    parts.append("\n")       # a paragraph inside a text box
                walk(child, caps)

    walk(p, para_caps)
    return "".join(parts)


class _Reader:
    def __init__(self, numbering: _Numbering) -> None:
        self.numbering = numbering
        self.lines: list[str] = []
        self.tables: list[Table] = []

    def paragraph(self, p: etree._Element) -> str:
        text = _para_text(p, self.numbering.caps_styles)
        ppr = p.find(W + "pPr")
        num_id, ilvl = None, 0
        if ppr is not None:
            style = _val(ppr.find(W + "pStyle"))
            if style in self.numbering.style_num:
                num_id, ilvl = self.numbering.style_num[style]
            numpr = ppr.find(W + "numPr")
            if numpr is not None:
                num_id = _val(numpr.find(W + "numId"), num_id)
                ilvl = int(_val(numpr.find(W + "ilvl"), str(ilvl)) or 0)
        if num_id and num_id != "0":
            label = self.numbering.label(num_id, ilvl, _val(ppr.find(W + "pStyle")) if ppr is not None else None)
            if text.strip():
                text = label + text.lstrip()
        return text

    def block(self, el: etree._Element, out: list[str]) -> None:
        for child in el:
            self.element(child, out)

    def element(self, child: etree._Element, out: list[str]) -> None:
        if child.tag == W + "p":
            out.append(self.paragraph(child))
        elif child.tag == W + "tbl":
            self.table(child, out)
        elif child.tag in (W + "sdt", W + "sdtContent", W + "customXml", W + "ins"):
            self.block(child if child.tag != W + "sdt" else (child.find(W + "sdtContent") or child), out)

    def table(self, tbl: etree._Element, out: list[str]) -> None:
        rows = []
        for tr in tbl.iter(W + "tr"):
            if tr.getparent() is not tbl and tr.getparent().tag != W + "sdtContent":
                continue                     # rows of a nested table belong to its cell
            cells: list[str] = []
            for tc in tr.iter(W + "tc"):
                if tc.getparent() is not tr and tc.getparent().tag != W + "sdtContent":
                    continue
                cell_lines: list[str] = []
                self.block(tc, cell_lines)
                out.extend(cell_lines)
                cells.append("\n".join(line for line in cell_lines if line.strip()))
                span = int(_val(tc.find(f"{W}tcPr/{W}gridSpan"), "1") or 1)
                cells.extend([""] * (span - 1))
            rows.append(tuple(cells))
        if tbl.getparent() is not None and tbl.getparent().tag != W + "tc":
            self.tables.append(Table(rows=tuple(rows)))


_BLOCKS = (W + "p", W + "tbl", W + "sdt", W + "customXml", W + "ins")
_MEMBERS = ("word/document.xml", "word/numbering.xml", "word/styles.xml")


def _check_members(path: str, zf: zipfile.ZipFile) -> None:
    """Refuse a Word file whose XML would expand past the limits, before reading any of it.

    The sizes are the ZIP directory's; a member that expands further than it
    says is cut there by ``zipfile`` and fails its checksum (read as damaged).
    """
    max_total, max_ratio = limits.get("MAX_XML_BYTES"), limits.get("MAX_ZIP_RATIO")
    infos = [zf.getinfo(name) for name in _MEMBERS if name in zf.NameToInfo]
    total = sum(i.file_size for i in infos)
    if total > max_total:
        raise limits.over(path, f"the Word file's XML expands to {limits.size(total)}", "MAX_XML_BYTES",
                          limits.size(max_total))
    for info in infos:
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > limits.RATIO_FLOOR and ratio > max_ratio:
            raise limits.over(path, f"the Word file's {info.filename} expands {ratio:,.0f}-fold "
                              f"({limits.size(info.compress_size)} to {limits.size(info.file_size)})",
                              "MAX_ZIP_RATIO", f"{max_ratio:,}-fold")


def read_docx(path: str, data: bytes) -> RawDocument:
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        names = set(zf.namelist())
    except zipfile.BadZipFile:
        raise InputError(f"{path}: the Word file is damaged (not a readable ZIP container).") from None
    if "word/document.xml" not in names:
        raise InputError(f"{path}: is a ZIP archive but not a Word document (no word/document.xml).")
    _check_members(path, zf)
    reader = _Reader(numbering=_Numbering())
    try:
        reader.numbering = _load_numbering(zf)
        with zf.open("word/document.xml") as f:
            return _document(path, reader, f, "docx")
    except (etree.XMLSyntaxError, zipfile.BadZipFile, KeyError, ValueError, EOFError, zlib.error) as exc:
        raise InputError(f"{path}: the Word file is damaged ({type(exc).__name__}).") from None


def read_word_xml(path: str, data: bytes) -> RawDocument:
    """A bare ``word/document.xml``: read as a ``.docx`` would be, without its numbering and styles (automatic
    numbers are guessed: see :meth:`_Numbering._guess`)."""
    reader = _Reader(numbering=_Numbering(guess=True))
    try:
        return _document(path, reader, io.BytesIO(data), "docx-xml")
    except (etree.XMLSyntaxError, ValueError) as exc:
        raise InputError(f"{path}: the Word XML is damaged ({type(exc).__name__}).") from None


def _document(path: str, reader: _Reader, f: IO[bytes], encoding: str) -> RawDocument:
    lines: list[str] = []
    chars = 0
    for el in _elements(f, _BLOCKS, parent=W + "body"):
        start = len(lines)
        reader.element(el, lines)
        chars += sum(len(line) + 1 for line in lines[start:])
        limits.check_chars(path, chars, at_least=True)
    text = unicodedata.normalize("NFC", "\n".join(lines)).strip("\n")
    if not text.strip():
        raise InputError(f"{path}: the Word document holds no text.")
    return RawDocument(path=path, text=text + "\n", encoding=encoding, tables=tuple(reader.tables))
