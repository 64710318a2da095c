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
    from nlpolicy.messages import say
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
        print(say("targets.none"), file=sys.stderr)
        return 0
    print(table(
        say("targets.headers").split("|"),
        [[r.number or short_path(r.path), r.section or "-", say(f"targets.kind.{r.kind}")
          if r.kind in ("target", "baseline") else r.kind, r.indicator + (f" [{r.subject}]" if r.subject else ""),
          r.comparator or "", value_text(r.value, r.value_max), r.unit or "", str(r.year or ""), r.province or ""]
         for r in rows],
        [28, 10, 10, 70, 7, 14, 12, 6, 16]))
    return 0


def value_text(value, value_max, *, lang: str | None = None) -> str:
    """A target's value or range in the language's number format.

    >>> value_text(1200.0, None, lang="vi"), value_text(9.5, None, lang="vi"), value_text(40, 50.5, lang="vi")
    ('1.200', '9,5', '40–50,5')
    >>> value_text(1200.0, None, lang="en"), value_text(None, None, lang="en")
    ('1,200', '')
    """
    from nlpolicy.messages import number
    if value is None:
        return ""
    text = number(value, lang=lang)
    return text if value_max is None else f"{text}–{number(value_max, lang=lang)}"
