"""Build the hand-made fixtures the report tests run on.

    .venv/bin/python tests/data/report/build_seed.py

``seed_extraction.json`` is a contract extraction (``nlpolicy.extraction/1``)
of ``corpus/000_3cffab5bee4fe395.txt`` written by hand for the project's
tests: assignments, targets and deadlines follow ``../shared/spec/gold/`` and
every offset is computed here so that ``text == document.text[start:end]``.
It does not come from the extractor, so the report tests stay deterministic
while the extractor changes.

``seed_report_extraction.json`` is a short, invented mid-term report (not a
real document) and ``seed_links.json`` links it to the seed the way
``nlpolicy link`` would (``nlpolicy.links/1``), so that task status and
reported values have something to show.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
CORPUS = ROOT / "corpus" / "000_3cffab5bee4fe395.txt"

NOTE = ("Hand-made for nlpolicy's report tests from corpus/000_3cffab5bee4fe395.txt "
        "and the gold annotation; not extractor output. Rebuild with "
        "tests/data/report/build_seed.py.")

# a numbered line: "II- ", "4.7- ", "3.2 - ", "1- "
# ("3.1 Mục tiêu tổng quát." has no dash after its number)
HEADING = re.compile(r"^(?P<num>[IVX]+|\d+\.\d+|\d+)(?:\s*[-.–]|(?<=\d\.\d))\s+(?P<head>.+)$",
                     re.M)


def span(text: str, needle: str, after: int = 0) -> dict:
    start = text.index(needle, after)
    return {"text": needle, "start": start, "end": start + len(needle)}


def sections(text: str) -> list[dict]:
    stop = text.index("Nơi nhận:")
    out: list[dict] = []
    part = item = None
    for m in HEADING.finditer(text[:stop]):
        num = m.group("num")
        if re.fullmatch(r"[IVX]+", num):
            part, item, sid = num, None, num
        elif "." in num:
            sid = f"{part}.{num}"
        else:
            item, sid = num, f"{part}.{num}"
        out.append({"id": sid, "heading": m.group("head").strip(), "start": m.start(),
                    "heading_end": m.end()})
    for i, s in enumerate(out):
        # a section ends where the next section at the same or a higher level starts
        depth = s["id"].count(".")
        end = stop
        for t in out[i + 1:]:
            if t["id"].count(".") <= depth:
                end = t["start"]
                break
        s["end"] = len(text[:end].rstrip()) if end != stop else len(text[:stop].rstrip())
    return [{"id": s["id"], "heading": s["heading"], "start": s["start"], "end": s["end"]}
            for s in out]


def sentence_at(text: str, start: int) -> tuple[int, int]:
    """From ``start`` to the end of its sentence (". " or end of line)."""
    m = re.compile(r"\.(?=\s)|\n").search(text, start)
    end = m.start() + (1 if m.group() == "." else 0) if m else len(text)
    return start, end


def build_seed() -> dict:
    text = CORPUS.read_text(encoding="utf-8")
    secs = sections(text)
    sec = {s["id"]: s for s in secs}

    def sentence(sid: str, needle: str) -> tuple[int, int, str]:
        start = text.index(needle, sec[sid]["start"])
        assert start < sec[sid]["end"], (sid, needle)
        s, e = sentence_at(text, start)
        return s, e, text[s:e]

    ubnd, infer = "Ủy ban nhân dân tỉnh", "inferred"
    lead = lambda a, src="explicit": {"agency": a, "role": "lead", "source": src}  # noqa: E731
    # (id, section, first words of the task sentence, deadline, assignments)
    specs = [
        ("II.4.1#1", "II.4.1", "Tập trung chỉ đạo và tổ chức", None, [lead(ubnd, infer)]),
        ("II.4.2#1", "II.4.2", "Hỗ trợ tạo điều kiện đẩy nhanh", None, [lead(ubnd, infer)]),
        ("II.4.2#2", "II.4.2", "+ *Đến năm 2020*: Cơ bản hoàn thành", "2020", [lead(ubnd, infer)]),
        ("II.4.2#3", "II.4.2", "+ *Đến năm 2025*: Cơ bản hoàn chỉnh", "2025", [lead(ubnd, infer)]),
        ("II.4.3#1", "II.4.3", "Khuyến khích phát triển công nghiệp bảo quản", None,
         [lead(ubnd, infer)]),
        ("II.4.4#1", "II.4.4", "Tạo điều kiện thuận lợi và tích cực", None, [lead(ubnd, infer)]),
        ("II.4.4#2", "II.4.4", "Phối hợp chặt chẽ với các bộ", None,
         [lead(ubnd, infer),
          {"agency": "Các bộ, ngành Trung ương", "role": "support", "source": "explicit"}]),
        ("II.4.5#1", "II.4.5", "Tiến hành rà soát, bổ sung", None, [lead(ubnd, infer)]),
        ("II.4.6#1", "II.4.6", "Ưu tiên bố trí ngân sách", None, [lead(ubnd, infer)]),
        ("II.4.7#1", "II.4.7", "Phối hợp với các bộ, ngành", None,
         [lead(ubnd, infer),
          {"agency": "Các bộ, ngành Trung ương", "role": "support", "source": "explicit"}]),
        ("II.4.7#2", "II.4.7", "Tiếp tục thực hiện tốt chính sách di dời", "2019-07-01",
         [lead(ubnd, infer)]),
        ("II.4.8#1", "II.4.8", "Tiếp tục làm tốt công tác cải cách", None, [lead(ubnd, infer)]),
        ("II.4.9#1", "II.4.9", "Rà soát lại quy chế hoạt động", None, [lead(ubnd, infer)]),
        ("III.1#1", "III.1", "Các Ban Cán sự đảng, đảng đoàn", None,
         [lead(a) for a in ("Ban Cán sự đảng", "Đảng đoàn", "Huyện ủy", "Thị ủy", "Thành ủy",
                            "Đảng ủy trực thuộc")]),
        ("III.2#1", "III.2", "Ủy ban nhân dân tỉnh xây dựng kế hoạch", None, [lead(ubnd)]),
        ("III.3#1", "III.3", "Mặt trận và các đoàn thể tỉnh", None,
         [lead(a) for a in ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Các đoàn thể tỉnh",
                            "Các cơ quan thông tin đại chúng")]),
        ("III.4#1", "III.4", "Các cơ quan quản lý chuyên ngành", None,
         [lead("Các cơ quan quản lý chuyên ngành"), lead("Các cơ quan bảo vệ pháp luật")]),
        ("III.5#1", "III.5", "Giao Ban Cán sự đảng Ủy ban", "yearly",
         [lead("Ban Cán sự đảng Ủy ban nhân dân tỉnh"),
          {"agency": "Tỉnh ủy", "role": "report_to", "source": "explicit"},
          {"agency": "Ban Thường vụ Tỉnh ủy", "role": "report_to", "source": "explicit"}]),
    ]
    tasks = []
    for tid, sid, needle, deadline, assignments in specs:
        s, e, t = sentence(sid, needle)
        if tid == "II.4.7#2":   # the sentence holds both removal deadlines; keep the first clause
            e = text.index(";", s)
            t = text[s:e]
        tasks.append({"id": tid, "section": sid, "text": t, "start": s, "end": e,
                      "deadline": deadline, "assignments": assignments})

    gold = json.loads((ROOT.parent / "shared" / "spec" / "gold" /
                       "000_3cffab5bee4fe395.json").read_text(encoding="utf-8"))
    used = {a["agency"] for t in tasks for a in t["assignments"]}
    body_end = text.index("Nơi nhận:")
    agencies = []
    for g in gold["agencies"]:
        if g["name"] not in used:
            continue
        taken: list[tuple[int, int]] = []
        for form in sorted({g["name"], *g["aliases"]}, key=len, reverse=True):
            for m in re.finditer(re.escape(form), text[:body_end]):
                if any(m.start() < b and a < m.end() for a, b in taken):
                    continue
                # "Ban Cán sự đảng Ủy ban nhân dân tỉnh" holds "Ủy ban nhân dân tỉnh"
                # and "Ban Thường vụ Tỉnh ủy" holds "Tỉnh ủy": those are other bodies
                if form in ("Ủy ban nhân dân tỉnh", "UBND tỉnh") and \
                        text[max(0, m.start() - 16):m.start()].endswith("Ban Cán sự đảng "):
                    continue
                if form == "Ban Cán sự đảng" and text[m.end():m.end() + 7] == " Ủy ban":
                    continue
                if form == "Tỉnh ủy" and text[max(0, m.start() - 14):m.start()] == \
                        "Ban Thường vụ ":
                    continue
                taken.append((m.start(), m.end()))
        if g["name"] in ("Huyện ủy", "Thị ủy"):
            # "các huyện, thị, thành ủy" is three bodies; the word is their mention
            at = text.index("các huyện, thị, thành ủy")
            word = "huyện" if g["name"] == "Huyện ủy" else "thị"
            a = text.index(word, at)
            taken.append((a, a + len(word)))
        mentions = [{"text": text[a:b], "start": a, "end": b} for a, b in sorted(taken)]
        agencies.append({"name": g["name"], "mentions": mentions})

    target_evidence = {
        9.5: "Tốc độ tăng trưởng công nghiệp - tiểu thủ công nghiệp (GRDP) đạt bình quân 9,5%/năm",
        24.5: "đến năm 2020 chiếm tỷ trọng 24,5%",
        300: "kim ngạch xuất khẩu sản phẩm công nghiệp đạt 300 triệu USD",
        11.5: "Tốc độ tăng trưởng công nghiệp - tiểu thủ công nghiệp (GRDP) đạt bình quân 11,5%/năm",
        29.5: "đến năm 2025 chiếm tỷ trọng 29,5% tổng sản phẩm nội tỉnh",
        470: "kim ngạch xuất khẩu sản phẩm công nghiệp đạt 470 triệu USD",
        80: "Khu công nghiệp Phan Thiết giai đoạn 2 đạt trên 80%",
        50: "Khu công nghiệp Hàm Kiệm I, II đạt trên 50%",
        30: "Khu công nghiệp Sông Bình, Tuy Phong đạt trên 30% diện tích cho thuê",
        8.8: "Tốc độ tăng trưởng (GRDP) ngành công nghiệp - tiểu thủ công nghiệp giai đoạn "
             "(2010 – 2015) đạt khá, bình quân trên 8,8%/năm",
    }
    targets = []
    for g in gold["targets"]:
        if g.get("optional"):
            continue
        if g["value"] == 70:
            needle = ("Các cụm công nghiệp ở các huyện, thị xã, thành phố được lấp đầy trên "
                      "70% diện tích" if g["year"] == 2020 else
                      "lấp đầy trên 70% diện tích các khu công nghiệp, cụm công nghiệp theo quy hoạch")
        else:
            needle = target_evidence[g["value"]]
        ev = span(text, needle, sec[g["section"]]["start"] if g["section"] != "I" else 0)
        targets.append({"kind": g["kind"], "section": g["section"], "indicator": g["indicator"],
                        "subject": g.get("subject"), "comparator": g["comparator"],
                        "value": g["value"], "value_max": None, "unit": g["unit"],
                        "year": g["year"], "period": g.get("period"), **ev})

    deadlines = []
    for g in gold["deadlines"]["include"]:
        needle = {"đến năm 2020": "Đến năm 2020", "đến năm 2025": "Đến năm 2025",
                  "giai đoạn 2016 - 2020": "Giai đoạn 2016 - 2020",
                  "giai đoạn 2021 - 2025": "Giai đoạn 2021 - 2025"}.get(
            g["text"], g["text"])
        ev = span(text, needle, sec["II"]["start"])
        sid = next(s["id"] for s in reversed(secs) if s["start"] <= ev["start"] < s["end"])
        deadlines.append({"value": g["value"], "relation": g["relation"], "section": sid, **ev})
    ev = span(text, "định kỳ sơ kết, tổng kết", sec["III.5"]["start"])
    deadlines.append({"value": "yearly", "relation": "every", "section": "III.5", **ev})

    citations = []
    for number, kind in (("28-NQ/TU", "resolution"), ("90-KL/TU", "conclusion")):
        word = "Nghị quyết số " if kind == "resolution" else "Kết luận số "
        citations.append({"number": number, "kind": kind, **span(text, word + number)})

    projects = []
    for name, cat, needle in (("Khu công nghiệp Hàm Kiệm I", "industrial_park", "Hàm Kiệm I"),
                              ("Nhà máy nhiệt điện Vĩnh Tân 1", "thermal_power", "Vĩnh Tân 1")):
        ev = span(text, needle, sec["II.4.2"]["start"])
        projects.append({"name": name, "category": cat, "section": "II.4.2", **ev})

    doc = {"schema": "nlpolicy.extraction/1", "note": NOTE,
           "document": {"kind": "resolution", "number": None, "date": None,
                        "issuer": "Tỉnh ủy Bình Thuận",
                        "title": gold["document"]["title"],
                        "signer": gold["document"]["signer"],
                        "citations": citations, "path": "corpus/000_3cffab5bee4fe395.txt",
                        "text": text},
           "sections": secs, "targets": targets, "deadlines": deadlines,
           "projects": projects, "agencies": agencies, "tasks": tasks}
    check(doc)
    return doc


REPORT_TEXT = """\
TỈNH ỦY BÌNH THUẬN
BAN CÁN SỰ ĐẢNG UBND TỈNH
Số 12-BC/BCSĐ (văn bản giả lập cho kiểm thử)

BÁO CÁO
sơ kết thực hiện Nghị quyết về phát triển công nghiệp - tiểu thủ công nghiệp

I- KẾT QUẢ THỰC HIỆN

1- Tốc độ tăng trưởng công nghiệp - tiểu thủ công nghiệp (GRDP) giai đoạn 2016 - 2020 đạt bình quân 10,2%/năm, vượt chỉ tiêu.
2- Kim ngạch xuất khẩu sản phẩm công nghiệp năm 2020 đạt 280 triệu USD, chưa đạt chỉ tiêu.
3- Ủy ban nhân dân tỉnh đã ban hành kế hoạch di dời các cơ sở sản xuất gây ô nhiễm vào các khu công nghiệp, cụm công nghiệp.

II- KIẾN NGHỊ

1- Đề nghị Sở Công Thương chủ trì rà soát quy hoạch các cụm công nghiệp trước ngày 30/6/2021.
"""


def build_report() -> tuple[dict, dict]:
    text = REPORT_TEXT
    path = "tests/data/report/seed_report.txt"

    def ev(needle: str) -> dict:
        return span(text, needle)

    s_growth = ev("đạt bình quân 10,2%/năm")
    s_export = ev("đạt 280 triệu USD")
    task = ev("Đề nghị Sở Công Thương chủ trì rà soát quy hoạch các cụm công nghiệp trước ngày "
              "30/6/2021.")
    move = ev("Ủy ban nhân dân tỉnh đã ban hành kế hoạch di dời các cơ sở sản xuất gây ô nhiễm "
              "vào các khu công nghiệp, cụm công nghiệp.")
    secs = sections(text + "\nNơi nhận:")
    report = {
        "schema": "nlpolicy.extraction/1",
        "note": "An invented report, written for nlpolicy's report tests; not a real document.",
        "document": {"kind": "report", "number": "12-BC/BCSĐ", "date": "2021-03-15",
                     "issuer": "Ban Cán sự đảng Ủy ban nhân dân tỉnh",
                     "title": "sơ kết thực hiện Nghị quyết về phát triển công nghiệp - "
                              "tiểu thủ công nghiệp",
                     "signer": None, "citations": [], "path": path, "text": text},
        "sections": secs,
        "targets": [
            {"kind": "baseline", "section": "I.1", "indicator": "tốc độ tăng trưởng công nghiệp - "
             "tiểu thủ công nghiệp (GRDP)", "subject": None, "comparator": "=", "value": 10.2,
             "value_max": None, "unit": "%/năm", "year": 2020, "period": [2016, 2020], **s_growth},
            {"kind": "baseline", "section": "I.2", "indicator": "kim ngạch xuất khẩu sản phẩm "
             "công nghiệp", "subject": None, "comparator": "=", "value": 280, "value_max": None,
             "unit": "triệu USD", "year": 2020, "period": None, **s_export},
        ],
        "deadlines": [{"value": "2021-06-30", "relation": "before", "section": "II.1",
                       **ev("trước ngày 30/6/2021")}],
        "projects": [],
        "agencies": [{"name": "Sở Công Thương", "mentions": [ev("Sở Công Thương")]}],
        "tasks": [{"id": "II.1#1", "section": "II.1", **task, "deadline": "2021-06-30",
                   "assignments": [{"agency": "Sở Công Thương", "role": "lead",
                                    "source": "explicit"}]}],
    }
    check(report)
    links = {
        "schema": "nlpolicy.links/1",
        "note": "Hand-made for nlpolicy's report tests.",
        "resolution": {"path": "corpus/000_3cffab5bee4fe395.txt", "number": None,
                       "title": "về phát triển công nghiệp - tiểu thủ công nghiệp đến năm 2020, "
                                "định hướng đến năm 2025"},
        "documents": [{"path": path, "kind": "report", "number": "12-BC/BCSĐ",
                       "implements": True, "evidence": ev("sơ kết thực hiện Nghị quyết"),
                       "method": "title", "score": 0.9}],
        "task_links": [{"resolution_section": "II.4.7", "resolution_task": "II.4.7#2",
                        "document": path, "document_section": "I.3", **move,
                        "score": 0.81, "method": "similarity"}],
        "progress": [
            {"target": {"section": "II.3.2", "indicator": "tốc độ tăng trưởng công nghiệp - "
                        "tiểu thủ công nghiệp (GRDP)", "value": 9.5, "unit": "%/năm",
                        "year": 2020},
             "document": path, "reported_value": 10.2, "reported_year": 2020, "status": "met",
             **s_growth},
            {"target": {"section": "II.3.2", "indicator": "kim ngạch xuất khẩu sản phẩm công "
                        "nghiệp", "value": 300, "unit": "triệu USD", "year": 2020},
             "document": path, "reported_value": 280, "reported_year": 2020,
             "status": "not_met", **s_export},
        ],
    }
    return report, links


def check(doc: dict) -> None:
    text = doc["document"]["text"]
    items = [*doc["sections"], *doc["targets"], *doc["deadlines"], *doc["projects"],
             *doc["tasks"], *doc["document"]["citations"],
             *(m for a in doc["agencies"] for m in a["mentions"])]
    for it in items:
        if "text" in it:
            assert text[it["start"]:it["end"]] == it["text"], it


def main() -> None:
    dump = lambda obj, name: (HERE / name).write_text(  # noqa: E731
        json.dumps(obj, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    dump(build_seed(), "seed_extraction.json")
    report, links = build_report()
    (HERE / "seed_report.txt").write_text(REPORT_TEXT, encoding="utf-8")
    dump(report, "seed_report_extraction.json")
    dump(links, "seed_links.json")


if __name__ == "__main__":
    main()
