"""Named projects: industrial parks and clusters, power plants, roads, ports, airports.

A project is a category head ("khu công nghiệp", "nhà máy thủy điện", "Quốc lộ",
from ``resources/project_categories.tsv``) followed by a proper name.  Lists share
their head: "các khu công nghiệp Phan Thiết 2, Hàm Kiệm I, II, Sông Bình" is four
parks, and a bare numeral after a name repeats the name's stem ("Hàm Kiệm I, II"
is Hàm Kiệm I and Hàm Kiệm II).  Generic phrases without a name ("các dự án điện
mặt trời") and product brands (no head) are not projects.  Short and long forms
of one project ("Khu công nghiệp Phan Thiết giai đoạn 2", "KCN Phan Thiết 2") are
merged by their core name.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from nlpolicy.normalize import match_key
from nlpolicy.types import Body, Document, Project


@dataclass(frozen=True)
class _Head:
    key: str
    category: str
    canonical: str     # "" when the head is part of the name ("Quốc lộ 55", "Phong điện 1")


@lru_cache(maxsize=1)
def heads() -> tuple[_Head, ...]:
    rows = []
    text = resources.files("nlpolicy.resources").joinpath("project_categories.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            key, cat, canon = (line.split("\t") + ["", ""])[:3]
            rows.append(_Head(match_key(key.strip()), cat.strip(), canon.strip()))
    return tuple(sorted(rows, key=lambda h: -len(h.key)))


@lru_cache(maxsize=1)
def _head_re() -> re.Pattern:
    alts = "|".join(re.escape(h.key) for h in heads())
    return re.compile(rf"(?<![\w])(?:{alts})(?![\w])")


_UP = "A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
_LOW = "a-zđàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
# one token of a proper name: "Hàm", "Kiệm", "I", "II", "2", "55B", "A" (Tây Cầu Mậu A)
_TOKEN = rf"(?:[{_UP}][{_LOW}]+|[IVX]{{1,4}}|\d{{1,3}}[A-Z]?|[{_UP}])(?![{_UP}{_LOW}\w])"
_NAME = re.compile(rf"""
    {_TOKEN}(?:[ ]{_TOKEN}){{0,5}}
    (?:[ ]?[–\-][ ]?{_TOKEN}(?:[ ]{_TOKEN}){{0,4}}){{0,3}}   # "Dầu Giây – Phan Thiết", "Lào Cai - Hà Nội - Hải Phòng"
    (?:[ ]giai[ ]đoạn[ ]\d{{1,2}}|[ ]mở[ ]rộng)?                # "Phan Thiết giai đoạn 2", "Vĩnh Tân 4 mở rộng"
""", re.VERBOSE)
_NUMERAL_ITEM = re.compile(r"(?:[IVX]{1,4}|\d{1,2})(?![\w])")
_LIST_SEP = re.compile(r"[ ]*(?:,|và|;)[ ]*(?:các[ ]+)?")
# words that start an agency or a place, not a further list item
_NOT_ITEM = re.compile(r"(?:UBND|Ủy|Uỷ|Sở|Ban|Bộ|Công ty|Tỉnh|Huyện|Xã|Phường|Nhà nước|Trung ương|Chính phủ|Thủ tướng|Quyết định|Nghị|Kế hoạch|Đồng|Việt Nam)\b")
_AGENCY_BEFORE = re.compile(r"(?:ban quản lý(?: các)?|chủ đầu tư(?: hạ tầng)?|trung tâm|công ty|doanh nghiệp)[ ]*$")


def _stem(name: str) -> str:
    """'Hàm Kiệm I' -> 'Hàm Kiệm': the part a bare numeral repeats."""
    return re.sub(r"[ ](?:[IVX]{1,4}|\d{1,3}[A-Z]?)$", "", name)


def _core(name: str) -> str:
    k = match_key(name)
    for h in heads():
        if k.startswith(h.key + " "):
            k = k[len(h.key) + 1:]
            break
    return re.sub(r"\bgiai đoạn\b", "", k).replace("–", "-").replace(" ", "")


def extract_projects(doc: Document, body: Body) -> list[Project]:
    """The distinct named projects of the document, short and long forms merged."""
    return _merge([p for p in find_project_mentions(doc, body.start) if p.start in body])


def find_project_mentions(doc: Document, body_start: int = 0) -> list[Project]:
    """Every mention of a named project, one per list item, in order (not merged)."""
    text, key = doc.text, doc.key
    head_of = {h.key: h for h in heads()}
    cites = [(c.start, c.end) for c in doc.citations]
    found: list[Project] = []
    for hm in _head_re().finditer(key, body_start, len(text)):
        if any(s <= hm.start() < e for s, e in cites):
            continue
        if _AGENCY_BEFORE.search(key[max(0, hm.start() - 30):hm.start()]):
            continue
        head = head_of[hm.group(0)]
        if head.canonical == "=":
            # a project named by its head alone, when written as a name: "Trung tâm dữ liệu quốc gia"
            if text[hm.start()].isupper():
                sec = doc.section_at(hm.start())
                found.append(Project(name=text[hm.start():hm.end()], category=head.category,
                                     section=sec.id if sec else None, text=text[hm.start():hm.end()],
                                     start=hm.start(), end=hm.end()))
            continue
        pos = hm.end()
        # "nhà máy nhiệt điện: Vĩnh Tân 1, ..." may put a colon after the head
        sep = re.match(r"(?:[ ]+(?:mới|hiện có|hiện hữu|dự kiến))?[ ]*:?[ ]+", text[pos:pos + 16])
        if not sep:
            continue
        pos += sep.end()
        if _head_re().match(key, pos):
            continue  # "các dự án điện gió: Phong điện 1 – ...": the inner head names its own list
        nm = _NAME.match(text, pos)
        if not nm:
            continue
        items = [(nm.start(), nm.end(), nm.group(0))]
        cur = nm.end()
        while True:
            sm = _LIST_SEP.match(text, cur)
            if not sm or sm.end() == cur:
                break
            nxt = sm.end()
            if _head_re().match(key, nxt):
                break  # a new head starts its own list
            num = _NUMERAL_ITEM.match(text, nxt)
            if num and not _NAME.match(text, nxt).group(0).count(" "):
                stem = _stem(items[-1][2])
                items.append((items[-1][0], num.end(), f"{stem} {num.group(0)}"))
                cur = num.end()
                continue
            if _NOT_ITEM.match(text, nxt):
                break
            m2 = _NAME.match(text, nxt)
            if not m2 or not m2.group(0)[0].isupper():
                break
            items.append((m2.start(), m2.end(), m2.group(0)))
            cur = m2.end()
        for s, e, name in items:
            if head.canonical == "" and head.key not in ("phong điện",):
                full = f"{text[hm.start():hm.end()]} {name}"
                full = full[0].upper() + full[1:]
            elif head.canonical == "":
                full = name if match_key(name).startswith(head.key) else f"{text[hm.start():hm.end()].capitalize()} {name}"
            else:
                full = f"{head.canonical} {name}" if not match_key(name).startswith(match_key(head.canonical)) else name
            if head.key in ("quốc lộ", "ql", "đường tỉnh") and not re.match(r"\d", name):
                continue  # "Quốc lộ" must carry a number
            if head.category == "seaport" and head.key == "cảng" and len(name.split()) > 4:
                continue
            sec = doc.section_at(s)
            found.append(Project(name=full, category=head.category, section=sec.id if sec else None,
                                 text=text[s:e], start=s, end=e))
    return found


def _merge(found: list[Project]) -> list[Project]:
    """One entry per project: the longest name among those with the same core."""
    by_core: dict[tuple[str, str], Project] = {}
    order: list[tuple[str, str]] = []
    for p in found:
        c = (p.category, _core(p.name))
        if c not in by_core:
            by_core[c] = p
            order.append(c)
        elif len(p.name) > len(by_core[c].name):
            by_core[c] = Project(p.name, by_core[c].category, by_core[c].section, by_core[c].text,
                                 by_core[c].start, by_core[c].end)
    return [by_core[c] for c in order]
