"""Accuracy on copies of the gold documents written the way other conversions and offices write them.

    bench/run.sh conversions                         # every kind, the 22 gold documents
    bench/run.sh conversions --kinds tabs,english_numbers --fresh   # the text documents of corpus/gold/fresh
    .venv/bin/python -m bench.conversions --help

``../shared/tools/damage.py`` damages text the way scanning does (OCR confusions, page furniture,
hard wraps, word segmentation; ``bench/damage.py``).  Real files differ in other ways too, and
each of them is the same document to a reader: a blank line after every line (a double-spaced
page read by a PDF converter), tables copied with a tab between cells, other bullet marks,
headings whose capitals a conversion lost, numbers written the English way, abbreviated agency
names, old-style tone marks, odd spaces, a web page's HTML source, a drafting system's line
numbers.  Each kind below rewrites a document without touching what its gold annotation holds
(values, section numbers, agencies), so the same gold scores the copy; a tool that reads the genre
scores every copy as it scores the clean text.  Each is deterministic (its random choices are
seeded by the document's name).

Scores come from ``../shared/tools/score.py`` (loaded as a module, as ``bench/damage.py`` does).
Copies are written to ``bench/out/conversions/<kind>/`` (gitignored) so that a loss can be read
with ``score.py GOLD --text COPY -v``.  Goal: every kind within 0.01 of clean.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import statistics
import sys
import unicodedata
from pathlib import Path
from typing import Callable

from bench.common import ROOT, machine
from bench.damage import CORPUS_DIRS, PARTS, Job, gold_jobs, load_tool, scorer, write_whole

OUT = ROOT / "bench" / "out" / "conversions"
GOAL = 0.01            # a kind at most this far below clean


# ---------------------------------------------------------------- the kinds

def double_spaced(text: str, rng: random.Random) -> str:
    """A blank line after every line (a paragraph's blank line becomes three)."""
    return "\n\n".join(text.split("\n"))


def wrapped_double_spaced(text: str, rng: random.Random) -> str:
    """Hard-wrapped by damage.py's ``wrap``, then double-spaced: a PDF converter's reading of a
    double-spaced printed page."""
    return double_spaced(load_tool("damage").damage(text, ["wrap"], rng, 0.04, "x"), rng)


def _cells(line: str) -> list[str]:
    return [c.strip() for c in line.strip().strip("|").split("|")]


def _pipe_row(line: str) -> bool:
    return line.lstrip().startswith("|")


def _rule_row(line: str) -> bool:
    return set(line.strip()) <= set("|-: ")


def tabs(text: str, rng: random.Random) -> str:
    """Every pipe-table row with a tab between its cells, as a table copied out of a word processor."""
    return "\n".join(("" if _rule_row(ln) else "\t".join(_cells(ln))) if _pipe_row(ln) else ln
                     for ln in text.split("\n"))


def cells_a_line(text: str, rng: random.Random) -> str:
    """Every pipe-table row one cell a line, a blank line after the row (docx2txt's layout)."""
    out = []
    for ln in text.split("\n"):
        if _pipe_row(ln):
            if not _rule_row(ln):
                out.append("\n".join(_cells(ln)) + "\n")
        else:
            out.append(ln)
    return "\n".join(out)


_BULLETS = ("• ", "\uf0b7 ", "➢ ", "– ", "- ", "+ ")


def bullets(text: str, rng: random.Random) -> str:
    """Item marks "-", "+", "•" at line starts replaced by marks other files use."""
    return re.sub(r"(?m)^(\s*)[-–+•]\s+", lambda m: m.group(1) + rng.choice(_BULLETS), text)


_LABEL = re.compile(r"[\s*#|]*(?:(?:[IVX]{1,4}|[A-Z]|\d{1,2}(?:\.\d{1,2})*)[ ]?[.\-–)])?[\s*]*")


def sentence_case(text: str, rng: random.Random) -> str:
    """Every line in capitals written in sentence case after its label ("I- MỤC TIÊU" -> "I- Mục tiêu"),
    as a conversion that lost a heading style's capitals writes it."""
    def line(s: str) -> str:
        if not s.isupper() or len(s) < 4:
            return s
        head = _LABEL.match(s).end()
        rest = s[head:].lower()
        first = next((k for k, c in enumerate(rest) if c.isalpha()), None)
        if first is not None:
            rest = rest[:first] + rest[first].upper() + rest[first + 1:]
        return s[:head] + rest
    return "\n".join(line(s) for s in text.split("\n"))


def english_numbers(text: str, rng: random.Random) -> str:
    """The marks of every number swapped ("24,5" -> "24.5", "1.200" -> "1,200"), labels at line starts kept."""
    def number(m: re.Match) -> str:
        start = text.rfind("\n", 0, m.start()) + 1
        if not text[start:m.start()].strip(" *#|-+("):
            return m.group(0)
        return re.sub(r"[.,]", lambda k: "," if k.group(0) == "." else ".", m.group(0))
    return re.sub(r"(?<![\w.,/])\d+(?:[.,]\d+)+(?![\w/])", number, text)


_ABBREVIATIONS = (
    ("Sở Kế hoạch và Đầu tư", "Sở KH&ĐT"), ("Sở Tài nguyên và Môi trường", "Sở TN&MT"),
    ("Sở Giáo dục và Đào tạo", "Sở GD&ĐT"), ("Sở Nông nghiệp và Phát triển nông thôn", "Sở NN&PTNT"),
    ("Sở Lao động - Thương binh và Xã hội", "Sở LĐ-TB&XH"), ("Sở Văn hóa, Thể thao và Du lịch", "Sở VH,TT&DL"),
    ("Sở Khoa học và Công nghệ", "Sở KH&CN"), ("Sở Thông tin và Truyền thông", "Sở TT&TT"),
    ("Sở Nông nghiệp và Môi trường", "Sở NN&MT"), ("Bộ Khoa học và Công nghệ", "Bộ KH&CN"),
    ("Bộ Kế hoạch và Đầu tư", "Bộ KH&ĐT"), ("Bộ Tài nguyên và Môi trường", "Bộ TN&MT"),
    ("Bộ Thông tin và Truyền thông", "Bộ TT&TT"), ("Bộ Giáo dục và Đào tạo", "Bộ GD&ĐT"),
    ("Bộ Nông nghiệp và Môi trường", "Bộ NN&MT"), ("Ủy ban nhân dân", "UBND"), ("Hội đồng nhân dân", "HĐND"),
    ("Mặt trận Tổ quốc", "MTTQ"),
)


def abbreviations(text: str, rng: random.Random) -> str:
    """Seven in ten names of departments, ministries and councils in the body abbreviated ("Sở KH&CN")."""
    cut = len(text) // 8        # the header keeps its names
    body = text[cut:]
    for full, short in _ABBREVIATIONS:
        body = re.sub(re.escape(full), lambda m: short if rng.random() < 0.7 else m.group(0), body)
    return text[:cut] + body


_OLD_TONES = {"òa": "oà", "óa": "oá", "ỏa": "oả", "õa": "oã", "ọa": "oạ", "òe": "oè", "óe": "oé", "ỏe": "oẻ",
              "õe": "oẽ", "ọe": "oẹ", "ùy": "uỳ", "úy": "uý", "ủy": "uỷ", "ũy": "uỹ", "ụy": "uỵ"}


def old_tones(text: str, rng: random.Random) -> str:
    """Old-style tone placement ("hoà", "Uỷ ban", "thuỷ")."""
    def one(m: re.Match) -> str:
        s = m.group(0)
        new = _OLD_TONES.get(s.lower())
        return s if new is None else "".join(c.upper() if o.isupper() else c for o, c in zip(s, new))
    return re.sub(r"(?i)(?:[òóỏõọ][ae]|[ùúủũụ]y)(?![^\W\d_])", one, text)


def odd_spaces(text: str, rng: random.Random) -> str:
    """Non-breaking spaces for some spaces, zero-width spaces after a few, CRLF line ends, decomposed
    (NFD) letters, indentation by tabs and spaces."""
    text = "".join(("\u00a0" if rng.random() < 0.15 else " \u200b" if rng.random() < 0.03 else " ") if c == " " else c
                   for c in text)
    lines = [(rng.choice(("\t", "    ", "")) + ln) if ln.strip() else ln for ln in text.split("\n")]
    return unicodedata.normalize("NFD", "\r\n".join(lines))


def broken_letters(text: str, rng: random.Random) -> str:
    """Letters as a PDF with Word's broken font map and a converter's eth give them ("THƢƠNG", "ÐẢNG")."""
    return text.replace("ư", "ƣ").replace("Ư", "Ƣ").replace("Đ", "Ð").replace("đ", "ð")


def header_forms(text: str, rng: random.Random) -> str:
    """The header's date in figures ("ngày 05/06/2026") and "Số" without its colon."""
    text = re.sub(r"(,[ ]*ngày[ ]+)(\d{1,2})[ ]+tháng[ ]+(\d{1,2})[ ]+năm[ ]+(\d{4})",
                  lambda m: f"{m.group(1)}{int(m.group(2)):02d}/{int(m.group(3)):02d}/{m.group(4)}", text, count=1)
    return re.sub(r"Số:[ ]*(?=\d)", "Số ", text, count=1)


def numbering(text: str, rng: random.Random) -> str:
    """Items "1." written "1)", Roman parts "I." written "I -", articles "Điều 1." written "ĐIỀU 1:"."""
    text = re.sub(r"(?m)^(\s*)(\d{1,2})\.(?=\s)", r"\1\2)", text)
    text = re.sub(r"(?m)^(\s*)([IVX]{1,4})\.(?=\s)", r"\1\2 -", text)
    return re.sub(r"(?m)^(\s*)Điều (\d+)\.", r"\1ĐIỀU \2:", text)


_ENTITY_LETTERS = "ốếậộờữ"


def html_source(text: str, rng: random.Random) -> str:
    """The source of a web page the document was published on: each line a ``<p class="MsoNormal">`` paragraph or
    two lines of one joined by ``<br>``, headings in ``<strong>``, "&" and a few letters written as entities
    ("&amp;", "&#7889;"), "&nbsp;" after some numbers, and every pipe table a ``<table>`` with a cell a line."""
    def escape(line: str) -> str:
        line = line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        line = "".join(f"&#{ord(c)};" if c in _ENTITY_LETTERS and rng.random() < 0.2 else c for c in line)
        return re.sub(r"(?<=\d) (?=[^\W\d])", lambda m: "&nbsp;" if rng.random() < 0.3 else " ", line)

    out: list[str] = []
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        ln = lines[i]
        if _pipe_row(ln):
            out.append('<table border="1" cellpadding="0" cellspacing="0">')
            while i < len(lines) and _pipe_row(lines[i]):
                if not _rule_row(lines[i]):
                    out += ["<tr>", *(f"<td><p>{escape(c)}</p></td>" for c in _cells(lines[i])), "</tr>"]
                i += 1
            out.append("</table>")
            continue
        if not ln.strip():
            out.append("<p>&nbsp;</p>" if rng.random() < 0.3 else "")
        elif ln.isupper() or rng.random() < 0.1:
            out.append(f'<p style="text-align:center"><strong>{escape(ln)}</strong></p>')
        elif i + 1 < len(lines) and lines[i + 1].strip() and not _pipe_row(lines[i + 1]) and rng.random() < 0.3:
            out.append(f'<p class="MsoNormal">{escape(ln)}<br>')
            out.append(f"{escape(lines[i + 1])}</p>")
            i += 1
        else:
            out.append(f'<p class="MsoNormal">{escape(ln)}</p>')
        i += 1
    return "\n".join(out)


def line_numbers(text: str, rng: random.Random) -> str:
    """As a drafting system prints it: every line with text numbered in the margin, the count right-aligned."""
    out, n = [], 0
    for ln in text.split("\n"):
        if ln.strip():
            n += 1
            ln = f"{n:>4}  {ln}"
        out.append(ln)
    return "\n".join(out)


def json_export(text: str, rng: random.Random) -> str:
    """As a document system exports a record: a JSON object of short fields and the document as one string with
    its line breaks escaped, written with or without ASCII escapes for the letters."""
    first = next((ln.strip() for ln in text.split("\n") if ln.strip()), "")
    record = {"id": f"VB-{rng.randrange(10**6):06d}", "trich_yeu": first[:80], "noi_dung": text,
              "tep_dinh_kem": [{"ten_tep": "van_ban.signed.pdf", "kich_thuoc": rng.randrange(10**5, 10**6)}]}
    return json.dumps(record, ensure_ascii=rng.random() < 0.5)


KINDS: dict[str, Callable[[str, random.Random], str]] = {
    "double_spaced": double_spaced, "wrapped_double_spaced": wrapped_double_spaced, "tabs": tabs,
    "cells_a_line": cells_a_line, "bullets": bullets, "sentence_case": sentence_case,
    "english_numbers": english_numbers, "abbreviations": abbreviations, "old_tones": old_tones,
    "odd_spaces": odd_spaces, "broken_letters": broken_letters, "header_forms": header_forms, "numbering": numbering,
    "html_source": html_source, "line_numbers": line_numbers, "json_export": json_export,
}


def converted(kind: str, job: Job) -> str:
    text = job.source.read_text(encoding="utf-8")
    return KINDS[kind](text, random.Random(f"{kind}:{job.name}"))


# ---------------------------------------------------------------- scoring

def fresh_text_jobs() -> list[Job]:
    """The gold files of ``corpus/gold/fresh`` whose document is a text file."""
    jobs = []
    for path in sorted((ROOT / "corpus" / "gold" / "fresh").glob("*.json")):
        source = json.loads(path.read_text(encoding="utf-8"))["source"]
        found = next((d / source for d in CORPUS_DIRS if (d / source).is_file()), None)
        if found is not None and found.suffix == ".txt":
            jobs.append(Job(path.stem, path, found))
    return jobs


def score_copy(job: Job, text: str, folder: Path) -> dict[str, float]:
    """Per-part F1 of the extraction of ``text`` (written to ``folder``) against the job's gold."""
    from nlpolicy.evaluate import extract_json
    path = folder / job.source.name
    write_whole(path, text)         # (CRLF and NFD kept as they are: no newline translation on POSIX)
    gold = json.loads(job.gold.read_text(encoding="utf-8"))
    res = scorer().score(gold, extract_json(path))
    return {p: res[p]["f1"] for p in PARTS}


def run(jobs: list[Job], kinds: list[str], out: Path) -> dict[str, dict[str, dict[str, float]]]:
    """kind ("clean" first) -> document -> part -> F1."""
    results: dict[str, dict[str, dict[str, float]]] = {}
    for kind in ["clean"] + kinds:
        results[kind] = {}
        for job in jobs:
            text = job.source.read_text(encoding="utf-8") if kind == "clean" else converted(kind, job)
            results[kind][job.name] = score_copy(job, text, out / kind)
    return results


def overall(scores: dict[str, float]) -> float:
    return statistics.fmean(scores[p] for p in PARTS)


def report(results: dict[str, dict[str, dict[str, float]]], verbose: bool) -> str:
    clean = results["clean"]
    clean_mean = statistics.fmean(overall(s) for s in clean.values())
    lines = [f"  {'kind':24s} {'overall':>8s}  " + " ".join(f"{p[:6]:>6s}" for p in PARTS) + "   vs clean"]
    for kind, docs in results.items():
        means = {p: statistics.fmean(s[p] for s in docs.values()) for p in PARTS}
        mean = statistics.fmean(overall(s) for s in docs.values())
        mark = "" if kind == "clean" else f"   {mean - clean_mean:+.3f} {'ok' if mean >= clean_mean - GOAL else 'MISS'}"
        lines.append(f"  {kind:24s} {mean:8.3f}  " + " ".join(f"{means[p]:6.2f}" for p in PARTS) + mark)
        if verbose and kind != "clean":
            for name, s in docs.items():
                lost = {p: round(s[p] - clean[name][p], 2) for p in PARTS if abs(s[p] - clean[name][p]) > 0.005}
                if lost:
                    lines.append(f"      {name[:60]:60s} {lost}")
    lines.append(f"  goal: every kind within {GOAL} of clean (the signed figure is the difference)")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.conversions", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--kinds", default=",".join(KINDS), help=f"comma-separated subset of: {', '.join(KINDS)}")
    ap.add_argument("--fresh", action="store_true", help="the text documents of corpus/gold/fresh instead of the 22")
    ap.add_argument("--docs", help="comma-separated substrings of gold names to keep")
    ap.add_argument("--out", type=Path, default=OUT, help="folder for the copies (default bench/out/conversions)")
    ap.add_argument("-v", "--verbose", action="store_true", help="the documents that lose, per kind")
    a = ap.parse_args(argv)
    kinds = [k for k in a.kinds.split(",") if k]
    unknown = set(kinds) - set(KINDS)
    if unknown:
        ap.error(f"unknown kind(s): {', '.join(sorted(unknown))}")
    jobs = fresh_text_jobs() if a.fresh else gold_jobs()
    if a.docs:
        jobs = [j for j in jobs if any(k in j.name for k in a.docs.split(","))]
    m = machine()
    print(f"conversions benchmark, {m['date']}, commit {m['commit']}: {len(jobs)} gold documents, {len(kinds)} kinds")
    results = run(jobs, kinds, a.out)
    print(report(results, a.verbose))
    (a.out / "results.json").write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
