"""Agency columns: which names are one column, in which order, under which heading.

Three decisions, each from the agency lexicon (``resources/agencies.tsv`` through
:func:`nlpolicy.agencies.lexicon`) and the names' own form, never from one document:

* **One collective, one column.**  The genre names the same class of bodies in several ways
  ("Các sở, ngành" and "Các sở, ban, ngành"; "Các bộ, ngành" in a central document and "Các bộ,
  ngành Trung ương").  :data:`SAME_COLLECTIVE` maps the lexicon's canonical collectives that
  denote the same class to one name; only collectives are merged, never two bodies.
* **A group named together stays together.**  The lexicon reads "các huyện, thị, thành ủy" as
  the three collectives "Huyện ủy", "Thị ủy", "Thành ủy" (a canonical cell with ``;``).  When,
  in the matrix at hand, every task that names one of them names all of them in the same role,
  they are one column "Huyện ủy, Thị ủy, Thành ủy" (the document addresses them as one group,
  and one checklist goes to all three); when one of them is also named alone, each keeps its own
  column, since the document then tells them apart.
* **Columns by level**: central bodies, the province's own bodies, departments and boards, the
  district and commune level, collectives last.  Inside a level, the order of first
  appearance.

    >>> level_of("Bộ Tài chính"), level_of("Sở Tài chính"), level_of("Ủy ban nhân dân tỉnh")
    ('central', 'department', 'province')
    >>> level_of("Ủy ban nhân dân huyện Mèo Vạc"), level_of("Các sở, ban, ngành")
    ('local', 'collective')
    >>> level_of("Ban Thường vụ Tỉnh ủy"), level_of("Ban Tuyên giáo Tỉnh ủy")
    ('province', 'department')
    >>> canonical("Các sở, ngành")
    'Các sở, ban, ngành'
"""
from __future__ import annotations

import re
from functools import lru_cache

LEVELS = ("central", "province", "department", "local", "collective")
LEVEL_VI = {"central": "Trung ương", "province": "Cấp tỉnh", "department": "Sở, ban, ngành",
            "local": "Cấp huyện, cấp xã", "collective": "Các cơ quan chung"}

# Canonical collectives of agencies.tsv that name the same class of bodies -> the name kept.
# Data, kept beside the code that reads it: the package data of nlpolicy.report is its templates.
SAME_COLLECTIVE = {
    "Các sở, ngành": "Các sở, ban, ngành",
    "Các bộ, ngành": "Các bộ, ngành Trung ương",
    "Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ": "Các bộ, ngành Trung ương",
    "Các cơ quan liên quan": "Các cơ quan, đơn vị, địa phương liên quan",
    "Các đơn vị liên quan": "Các cơ quan, đơn vị, địa phương liên quan",
}

# the form of a name when the lexicon does not know it (names made by form: "Sở X", "UBND huyện Y")
_CENTRAL = re.compile(r"^(Bộ|Ban .* Trung ương|Văn phòng Trung ương|Văn phòng Chính phủ|Chính phủ|"
                      r"Quốc hội|Thủ tướng|Tòa án nhân dân tối cao|Viện kiểm sát nhân dân tối cao|"
                      r"Kiểm toán nhà nước|Ngân hàng Nhà nước|Thanh tra Chính phủ|Ủy ban .* Quốc hội|"
                      r"Đài |Thông tấn xã|Viện Hàn lâm|Đại học Quốc gia)", re.I)
_DEPARTMENT = re.compile(r"^(Sở |Ban |Văn phòng |Thanh tra tỉnh|Công an tỉnh|Bộ Chỉ huy|Cục |"
                         r"Kho bạc|Bảo hiểm xã hội tỉnh|Trường |Đài Phát thanh)", re.I)
# the province's own leading bodies, named by a part or a party cell of the province's organs
_PROVINCE_TOP = re.compile(r"^(Ban Thường vụ|Thường trực|Ban Cán sự đảng|Đảng đoàn|Ban Chấp hành) "
                           r"(Tỉnh ủy|Thành ủy|Hội đồng nhân dân|Ủy ban nhân dân|.* tỉnh$)", re.I)
_LOCAL = re.compile(r"\b(huyện|quận|thị xã|thành phố [A-ZĐÂ]|xã|phường|thị trấn|cấp huyện|cấp xã|"
                    r"Huyện ủy|Thị ủy|Thành ủy|Đảng ủy xã)\b")


def canonical(name: str) -> str:
    """The column name of one agency name (collectives of one class merged)."""
    return SAME_COLLECTIVE.get(name, name)


@lru_cache(maxsize=1)
def _entries() -> dict[str, tuple[str, str]]:
    """Canonical name -> (kind, level) from the lexicon, central rows winning over provincial."""
    from nlpolicy.agencies import lexicon
    out: dict[str, tuple[str, str]] = {}
    for level in ("central", "province"):
        for entry in lexicon(level).values():
            for name in entry.names:
                out.setdefault(name, (entry.kind, entry.level))
    return out


@lru_cache(maxsize=1)
def lexicon_groups() -> tuple[tuple[str, ...], ...]:
    """The lists the lexicon reads as one alias ("các huyện, thị, thành ủy" -> three names)."""
    from nlpolicy.agencies import lexicon
    groups: dict[tuple[str, ...], None] = {}
    for level in ("central", "province"):
        for entry in lexicon(level).values():
            if len(entry.names) > 1:
                groups.setdefault(tuple(canonical(n) for n in entry.names), None)
    return tuple(groups)


def level_of(name: str) -> str:
    """One of :data:`LEVELS` for an agency (column) name."""
    kind, level = _entries().get(name, ("", ""))
    if kind == "collective" or name.startswith("Các ") or name.endswith(" các cấp"):
        return "collective"
    if level in ("central", "assembly") or name.endswith(" Việt Nam"):
        return "central"
    if level in ("district", "commune") or _LOCAL.search(name):
        return "local"
    if level == "department" or name.startswith("Sở "):
        return "department"
    if _CENTRAL.match(name) or name.endswith(" Việt Nam"):
        return "central"
    if _PROVINCE_TOP.match(name):
        return "province"
    if level == "province" and not _DEPARTMENT.match(name):
        return "province"
    if _DEPARTMENT.match(name):
        return "department"
    return "province"


def grouped_names(task_cells: list[list[tuple[str, str]]]) -> dict[str, str]:
    """Agency name -> column name, for the lexicon groups always named together.

    ``task_cells`` holds, per task, its ``(agency, role)`` pairs (after :func:`canonical`).

    >>> cells = [[("Huyện ủy", "lead"), ("Thị ủy", "lead"), ("Thành ủy", "lead")]]
    >>> grouped_names(cells)["Thị ủy"]
    'Huyện ủy, Thị ủy, Thành ủy'
    >>> grouped_names([[("Các cấp ủy", "lead"), ("Các tổ chức đảng", "lead")]])["Các cấp ủy"]
    'Các cấp ủy, tổ chức đảng'
    >>> grouped_names(cells + [[("Thành ủy", "support")]])
    {}
    """
    present = {a for cells in task_cells for a, _ in cells}
    out: dict[str, str] = {}
    for group in lexicon_groups():
        members = [m for m in group if m in present]
        if len(members) < 2 or any(m in out for m in members):
            continue
        together = True
        for cells in task_cells:
            roles = {m: {r for a, r in cells if a == m} for m in members}
            named = [m for m in members if roles[m]]
            if named and (len(named) < len(members) or len({frozenset(v) for v in roles.values()}) > 1):
                together = False
                break
        if together:
            label = ", ".join([members[0]] + [_tail(m) for m in members[1:]])
            out.update({m: label for m in members})
    return out


def _tail(name: str) -> str:
    """A later member of a joined label: "Các tổ chức đảng" -> "tổ chức đảng"."""
    return name[4].lower() + name[5:] if name.startswith("Các ") and len(name) > 5 else name


def order_columns(names: list[str]) -> list[str]:
    """Names by level (:data:`LEVELS`), first appearance inside a level."""
    rank = {lv: i for i, lv in enumerate(LEVELS)}
    return [n for _, _, n in sorted((rank[level_of(n)], i, n) for i, n in enumerate(names))]
