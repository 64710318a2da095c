"""``nlpolicy agencies --db FILE``: who holds which task, across every indexed document."""
from __future__ import annotations

import sys


def register(sub) -> None:
    p = sub.add_parser(
        "agencies", help="list who holds which task across an index",
        description="List the assignments found in the documents of an index: agency, document, "
                    "section, role (lead, support, report_to; explicit or inferred), deadline and "
                    "task text.  --name matches whole words, with or without diacritics ('so cong thuong'; "
                    "'huyen' finds 'huyện', not 'chuyển').")
    p.add_argument("--db", required=True, metavar="FILE", help="the index file")
    p.add_argument("--name", metavar="S", help="agencies whose name contains S")
    p.add_argument("--role", choices=("lead", "support", "report_to"), help="this role only")
    p.add_argument("--limit", type=int, metavar="N", help="at most N rows")
    p.add_argument("--format", choices=("text", "json"), default="text", help="output format (default: text)")
    p.set_defaults(run=run)


def run(args) -> int:
    from nlpolicy.messages import date, role_name, say
    from nlpolicy.store.base import AgencyQuery
    from nlpolicy.store.render import short_path, table, to_json
    from nlpolicy.store.sqlite import SQLiteStore

    with SQLiteStore(args.db, create=False) as store:
        rows = store.agencies(AgencyQuery(name=args.name, role=args.role, limit=args.limit))
    if args.format == "json":
        print(to_json("nlpolicy.agencies/1", "assignments", rows))
        return 0
    if not rows:
        print(say("agencies.none"), file=sys.stderr)
        return 0
    print(table(
        say("agencies.headers").split("|"),
        [[r.agency, r.number or short_path(r.path), r.section or "-",
          role_name(r.role) + ("" if r.source == "explicit" else say("agencies.inferred")),
          date(r.deadline) or "", r.task]
         for r in rows],
        [40, 28, 10, 20, 10, 90]))
    return 0
