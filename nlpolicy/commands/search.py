"""``nlpolicy search QUERY --db FILE``: full-text search of an index, with or without diacritics."""
from __future__ import annotations

import sys

EPILOG = """\
The query matches with or without diacritics ("ham kiem" finds "Hàm Kiệm",
"dau tu" finds "đầu tư").  Its words are first looked for as one phrase, then,
if no document has the phrase, anywhere in a document.  "Quoted words" are
always a phrase; a trailing * matches a prefix (cong*).

Filters on names (--issuer, --agency, --project, --indicator, --province,
--district) match whole words, with or without diacritics: "huyen" finds
"huyện", not "chuyển".  --province keeps the documents of a province (read
from the issuer and the header); --district those issued in a district or
naming one of its bodies ("UBND huyện Mèo Vạc").

One document, one entry: a document held by several files (its .txt and
.docx) is listed once, with its other files under it.

Ranking: when at least --limit documents have the words in their head (title,
section headings, names of targets, projects and agencies), those come first,
by BM25 over the heads; otherwise the whole texts are ranked by BM25.  So a
common phrase ("dau tu") returns the documents about it without ranking every
document that mentions it.

examples:
  nlpolicy search "ham kiem" --db index.sqlite
  nlpolicy search "khoang san" --db index.sqlite --kind report --year 2025 --format json
  nlpolicy search "nong thon moi" --db index.sqlite --province "ha giang" --district "meo vac"
"""


def register(sub) -> None:
    import argparse

    p = sub.add_parser(
        "search", help="search an index by words, with filters",
        description="Search the documents of an index (built by nlpolicy index), best first "
                    "(BM25), each with a snippet where the hits are marked «like this».",
        epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("query", help="words to look for")
    p.add_argument("--db", required=True, metavar="FILE", help="the index file")
    p.add_argument("--kind", choices=("resolution", "conclusion", "directive", "plan", "programme",
                                      "report", "decision", "other"), help="only documents of this kind")
    p.add_argument("--issuer", metavar="S", help="only documents whose issuer contains S")
    p.add_argument("--agency", metavar="S", help="only documents naming an agency that contains S")
    p.add_argument("--project", metavar="S", help="only documents naming a project that contains S")
    p.add_argument("--year", type=int, metavar="N",
                   help="only documents dated N or with a target or deadline in N")
    p.add_argument("--indicator", metavar="S", help="only documents with a target whose indicator contains S")
    p.add_argument("--province", metavar="S", help="only documents of this province (e.g. 'lao cai')")
    p.add_argument("--district", metavar="S",
                   help="only documents issued in this district or naming one of its bodies (e.g. 'meo vac')")
    p.add_argument("--limit", type=int, default=10, metavar="N", help="at most N results (default: 10)")
    p.add_argument("--format", choices=("text", "json"), default="text", help="output format (default: text)")
    p.set_defaults(run=run)


def run(args) -> int:
    from nlpolicy.messages import say
    from nlpolicy.store.base import SearchQuery
    from nlpolicy.store.render import to_json
    from nlpolicy.store.sqlite import SQLiteStore

    query = SearchQuery(text=args.query, kind=args.kind, issuer=args.issuer, agency=args.agency,
                        project=args.project, year=args.year, indicator=args.indicator,
                        province=args.province, district=args.district, limit=max(1, args.limit))
    with SQLiteStore(args.db, create=False) as store:
        results = store.search(query)
    if args.format == "json":
        print(to_json("nlpolicy.search/1", "results", results, query=args.query))
        return 0
    if not results:
        print(say("search.none", query=args.query), file=sys.stderr)
        return 0
    if results[0].match == "all_words":
        print(say("search.all_words"), file=sys.stderr)
    print(render(results))
    return 0


def score(value: float, *, lang: str | None = None) -> str:
    """A BM25 score as the JSON has it, to three significant digits (a tiny one too).

    >>> score(1.7612, lang="vi"), score(2.0671e-06, lang="vi"), score(12.345, lang="en")
    ('1,76', '2,07e-06', '12.3')
    """
    from nlpolicy.messages import number
    return number(value, ".3g", lang=lang)


def render(results, *, lang: str | None = None) -> str:
    """The results for people: rank, score, number, kind, date, file; title, snippet, other files."""
    from nlpolicy.messages import date, kind_name, say
    from nlpolicy.store.render import clip, short_path, table

    heads = table(None, [[f"{i}.", score(r.score, lang=lang), r.number or "-",
                          kind_name(r.kind, lang=lang) or "-", date(r.date, lang=lang) or "-",
                          short_path(r.path)] for i, r in enumerate(results, 1)],
                  [4, 9, 24, 12, 10, 80]).splitlines()
    out = []
    for head, r in zip(heads, results):
        out.append(head)
        if r.title:
            out.append("    " + clip(r.title, 110))
        out.append("    " + clip(r.snippet, 240))
        others = [short_path(f) for f in r.files if f != r.path]
        if others:
            out.append("    " + clip(say("search.same_document", files=", ".join(others), lang=lang), 240))
    return "\n".join(out)
