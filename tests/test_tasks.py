"""Tasks and the roles of their agencies, on small hand-written documents.

The texts were written for these tests, in the style of the genre (DOMAIN.md
section 4); none is a real document.  Each row is (document text, expected set of
(section, agency, role, source)); the table test collects every failing row.
"""
from __future__ import annotations

from nlpolicy.document import from_raw
from nlpolicy.extract.pipeline import extract_document
from nlpolicy.types import RawDocument

UB, BTV, TU = "Ủy ban nhân dân tỉnh", "Ban Thường vụ Tỉnh ủy", "Tỉnh ủy"
SCT, STC, SXD = "Sở Công Thương", "Sở Tài chính", "Sở Xây dựng"


def triples(text: str) -> set[tuple[str, str, str, str]]:
    ex = extract_document(from_raw(RawDocument(path="t.txt", text=text, encoding="utf-8")))
    return {(t.section, a.agency, a.role, a.source) for t in ex.tasks for a in t.assignments}


HEAD = "TỈNH ỦY\nSố 7-NQ/TU\nĐà Nẵng, ngày 10 tháng 1 năm 2024\n\nNGHỊ QUYẾT\nvề phát triển công nghiệp của tỉnh\n\n"
PLAN = "ỦY BAN NHÂN DÂN TỈNH\nSố: 15/KH-UBND\nĐà Nẵng, ngày 10 tháng 2 năm 2024\n\nKẾ HOẠCH\nthực hiện Nghị quyết của tỉnh\n\n"
REPORT = "SỞ CÔNG THƯƠNG\nSố: 9/BC-SCT\nĐà Nẵng, ngày 10 tháng 6 năm 2024\n\nBÁO CÁO\nTình hình thực hiện kế hoạch năm 2024\n\n"

ROWS = [
    # inference: tasks of the tasks part fall to the body that carries out the resolution
    (HEAD + "I- NHIỆM VỤ VÀ GIẢI PHÁP\n1- Phát triển hạ tầng.\nĐầu tư hạ tầng các khu công nghiệp.\n"
     "2- Thu hút đầu tư.\nPhối hợp với các bộ, ngành Trung ương xúc tiến đầu tư.\n\n"
     "II- TỔ CHỨC THỰC HIỆN\n1- Ủy ban nhân dân tỉnh xây dựng kế hoạch và tổ chức triển khai Nghị quyết.\n"
     "2- Giao Ban Cán sự đảng Ủy ban nhân dân tỉnh theo dõi, định kỳ báo cáo kết quả với Tỉnh ủy, Ban Thường vụ Tỉnh ủy.\n",
     {("I.1", UB, "lead", "inferred"), ("I.2", UB, "lead", "inferred"),
      ("I.2", "Các bộ, ngành Trung ương", "support", "explicit"),
      ("II.1", UB, "lead", "explicit"), ("II.2", "Ban Cán sự đảng Ủy ban nhân dân tỉnh", "lead", "explicit"),
      ("II.2", TU, "report_to", "explicit"), ("II.2", BTV, "report_to", "explicit")}),
    # a heading that names a body passes it to its content; chủ trì / phối hợp / tham mưu
    (PLAN + "I. NHIỆM VỤ CỤ THỂ\n1. Sở Công Thương\n- Chủ trì, phối hợp với Sở Tài chính, Sở Xây dựng rà soát quy hoạch.\n"
     "- Tham mưu Ủy ban nhân dân tỉnh ban hành cơ chế.\n2. Sở Tài chính\n- Bố trí kinh phí thực hiện.\n",
     {("I.1", SCT, "lead", "explicit"), ("I.1", STC, "support", "explicit"), ("I.1", SXD, "support", "explicit"),
      ("I.2", STC, "lead", "explicit")}),
    # a preamble naming the bodies passes them to the items; "trình" is not an assignee
    ("BỘ CHÍNH TRỊ\nSố 5-KL/TW\nHà Nội, ngày 2 tháng 3 năm 2024\n\nKẾT LUẬN\nvề tiếp tục thực hiện Nghị quyết\n\n"
     "Bộ Chính trị yêu cầu các cấp ủy, tổ chức đảng tập trung thực hiện tốt các nhiệm vụ sau:\n\n"
     "1. Nâng cao nhận thức.\nQuán triệt sâu rộng Nghị quyết, trình Thủ tướng Chính phủ ban hành chương trình.\n",
     {("1", "Các cấp ủy", "lead", "explicit"), ("1", "Các tổ chức đảng", "lead", "explicit")}),
    # a report: finished work is no task; a proposal's addressee leads it
    (REPORT + "I. KẾT QUẢ\nSở Công Thương đã ban hành kế hoạch.\n\nII. KIẾN NGHỊ\n"
     "Sở Công Thương kiến nghị Ủy ban nhân dân tỉnh xem xét một số nội dung sau:\n1. Bố trí vốn cho các cụm công nghiệp.\n"
     "2. Sở Xây dựng: khẩn trương chủ trì, phối hợp với Sở Tài chính hướng dẫn thủ tục.\n",
     {("II", UB, "lead", "explicit"), ("II.1", UB, "lead", "inferred"),
      ("II.2", SXD, "lead", "explicit"), ("II.2", STC, "support", "explicit")}),
]


def test_assignment_rows():
    failures = []
    for text, expected in ROWS:
        got = triples(text)
        if got != expected:
            failures.append(f"{text[90:150]!r}...\n  missing {sorted(expected - got)}\n  extra   {sorted(got - expected)}")
    assert not failures, "\n".join(failures)


def test_assignment_table_rows():
    text = (PLAN + "I. NHIỆM VỤ\nTriển khai theo Phụ lục.\n\nNơi nhận:\n- Như trên.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n"
            "Lê Văn An\n\nPhụ lục\nTT\nTên nhiệm vụ\nCơ quan chủ trì\nCơ quan phối hợp\nThời gian hoàn thành\n"
            "1\nRà soát quy hoạch cụm công nghiệp.\nSở Công Thương\nSở Xây dựng; Sở Tài chính\nQuý II/2024\n"
            "2\nKiểm tra hoạt động khoáng sản.\nThanh tra tỉnh\nCác sở, ngành liên quan\nHằng năm\n")
    ex = extract_document(from_raw(RawDocument(path="t.txt", text=text, encoding="utf-8")))
    rows = {t.section: t for t in ex.tasks if t.section.startswith("PL1.")}
    assert set(rows) == {"PL1.1", "PL1.2"}
    r1 = {(a.agency, a.role) for a in rows["PL1.1"].assignments}
    assert r1 == {(SCT, "lead"), (SXD, "support"), (STC, "support")}
    assert rows["PL1.1"].deadline == "2024-Q2"
    assert rows["PL1.1"].text == "Rà soát quy hoạch cụm công nghiệp."
    assert ("Thanh tra tỉnh", "lead") in {(a.agency, a.role) for a in rows["PL1.2"].assignments}
    assert rows["PL1.2"].deadline == "yearly"


def test_every_assignment_mention_is_exact():
    text, _ = ROWS[0]
    ex = extract_document(from_raw(RawDocument(path="t.txt", text=text, encoding="utf-8")))
    for t in ex.tasks:
        assert ex.document.text[t.start:t.end] == t.text
        for a in t.assignments:
            if a.text is not None:
                assert ex.document.text[a.start:a.end] == a.text


def test_peoples_council_resolution_with_articles():
    """A resolution of a people's council (Điều 1 ... Điều 2. Tổ chức thực hiện), written for these
    tests in the shape of the genre: targets of the objectives, deadlines, projects, the executor
    inferred for the tasks, the council's own bodies assigned, the closing formula no task."""
    from pathlib import Path
    text = (Path(__file__).parent / "data" / "hdnd_resolution_written_for_tests.txt").read_text(encoding="utf-8")
    ex = extract_document(from_raw(RawDocument(path="t.txt", text=text, encoding="utf-8")))
    h = ex.document.header
    assert (h.kind, h.number, h.date, h.province) == ("resolution", "12/2024/NQ-HĐND", "2024-07-10", "Quảng Ninh")
    assert [s.id for s in ex.document.sections] == ["D1", "D1.1", "D1.1.a", "D1.2", "D1.2.a", "D1.2.b", "D2", "D2.1", "D2.2"]
    assert {(t.value, t.unit, t.year, t.comparator) for t in ex.targets} == {
        (10.0, "cụm công nghiệp", 2030, "="), (60.0, "%", 2030, ">")}
    assert {d.value for d in ex.deadlines} == {"2030", "2026-12-31"}
    assert {p.name for p in ex.projects} == {"Cụm công nghiệp Đông Mai", "Cụm công nghiệp Kim Sen"}
    got = {(t.section, a.agency, a.role, a.source) for t in ex.tasks for a in t.assignments}
    assert ("D1.2.a", UB, "lead", "inferred") in got and ("D2.1", UB, "lead", "explicit") in got
    assert ("D2.2", "Thường trực Hội đồng nhân dân tỉnh", "lead", "explicit") in got
    assert not any("đã được Hội đồng nhân dân" in t.text for t in ex.tasks)


DIRECTIVE = ("TỈNH ỦY NINH BÌNH\nBAN THƯỜNG VỤ\nSố 09-CT/TU\nNinh Bình, ngày 5 tháng 3 năm 2027\n\nCHỈ THỊ\n"
             "về phát triển thể thao quần chúng\n\nThời gian qua, phong trào thể dục thể thao có bước phát triển.\n\n"
             "1. Các cấp ủy, tổ chức đảng nâng cao nhận thức về vai trò của thể thao quần chúng.\n"
             "2. Phấn đấu đến năm 2030:\n- 45% dân số tập luyện thể dục thể thao thường xuyên.\n"
             "3. Phát triển hệ thống thiết chế thể thao ở cơ sở; mỗi xã có ít nhất 01 sân thể thao đạt chuẩn.\n"
             "4. Đổi mới công tác tuyên truyền, vận động Nhân dân tham gia tập luyện.\n"
             "5. Đảng ủy Ủy ban nhân dân tỉnh lãnh đạo, chỉ đạo Ủy ban nhân dân tỉnh:\n"
             "- Xây dựng kế hoạch thực hiện Chỉ thị, hoàn thành trong quý II năm 2027.\n"
             "- Bố trí kinh phí cho các thiết chế thể thao cơ sở.\n"
             "6. Ban Tuyên giáo và Dân vận Tỉnh ủy hướng dẫn tuyên truyền Chỉ thị.\n")


def test_directive_without_part_headings():
    """A directive numbers its points under no part heading: the points that name no doer fall, by
    inference, to the body its point "X lãnh đạo, chỉ đạo Y:" gives the plan to, whose bullets are
    theirs; a point that names its doers keeps them, and the goals to strive for are nobody's task."""
    ex = extract_document(from_raw(RawDocument(path="t.txt", text=DIRECTIVE, encoding="utf-8")))
    by_task = {(t.section, t.text[:12]): {(a.agency, a.role, a.source) for a in t.assignments} for t in ex.tasks}
    assert (UB, "lead", "inferred") in by_task[("3", "3. Phát triể")]
    assert (UB, "lead", "inferred") in by_task[("4", "4. Đổi mới c")]
    assert (UB, "lead", "explicit") in by_task[("5", "Xây dựng kế ")]
    assert (UB, "lead", "explicit") in by_task[("5", "Bố trí kinh ")]
    assert by_task[("1", "1. Các cấp ủ")] == {("Các cấp ủy", "lead", "explicit"),
                                             ("Các tổ chức đảng", "lead", "explicit")}
    assert not any(a for t in ex.tasks if t.section == "2" for a in t.assignments)
