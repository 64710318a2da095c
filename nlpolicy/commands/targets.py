"""``nlpolicy targets --db FILE``: the targets (chỉ tiêu) of every indexed document, filtered."""
from __future__ import annotations

import sys


def register(sub) -> None:
    p = sub.add_parser(
        "targets", help="list the targets across an index",
        description="List the targets (and, with --kind baseline, the baselines) found in the "
                    "documents of an index: indicator, comparator, value, unit, year, with the "
                    "document and section they come from.  Filters match with or without diacritics.")
    p.add_argument("--db", required=True, metavar="FILE", help="the index file")
    p.add_argument("--indicator", metavar="S", help="indicators that contain S (e.g. 'tang truong')")
    p.add_argument("--unit", metavar="U", help="this unit only (e.g. '%%', '%%/năm', 'ty dong')")
    p.add_argument("--year", type=int, metavar="N", help="targets due in year N")
    p.add_argument("--province", metavar="S", help="documents of a province (e.g. 'binh thuan')")
    p.add_argument("--kind", choices=("target", "baseline"), help="targets or baselines only (default: both)")
    p.add_argument("--limit", type=int, metavar="N", help="at most N rows")
    p.add_argument("--format", choices=("text", "json"), default="text", help="output format (default: text)")
    p.set_defaults(run=run)


def run(args) -> int:
    from nlpolicy.store.base import TargetQuery
    from nlpolicy.store.render import short_path, table, to_json
    from nlpolicy.store.sqlite import SQLiteStore

    query = TargetQuery(indicator=args.indicator, unit=args.unit, year=args.year,
                        province=args.province, kind=args.kind, limit=args.limit)
    with SQLiteStore(args.db, create=False) as store:
        rows = store.targets(query)
    if args.format == "json":
        print(to_json("nlpolicy.targets/1", "targets", rows))
        return 0
    if not rows:
        print("no target matches", file=sys.stderr)
        return 0
    print(table(
        ["document", "section", "kind", "indicator", "cmp", "value", "unit", "year", "province"],
        [[r.number or short_path(r.path), r.section or "-", r.kind, r.indicator + (f" [{r.subject}]" if r.subject else ""),
          r.comparator or "", _value(r.value, r.value_max), r.unit or "", r.year or "", r.province or ""]
         for r in rows],
        [28, 10, 8, 70, 5, 12, 12, 6, 16]))
    return 0


def _value(value, value_max) -> object:
    if value_max is None:
        return "" if value is None else value
    return f"{value:g}–{value_max:g}".replace(".", ",")
