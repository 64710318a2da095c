"""Status per task (nlpolicy.link.status), documents that do not count (nlpolicy.link.screen),
names of documents, achieved figures, and the `link` output: tables of invented cases, and a
golden rendering of an invented chain.

Every example below and every file of tests/data/link/ is INVENTED for these tests in the style
of the genre (see tests/data/link/README.md); none is copied from a corpus document.  Figures on
the real documents are in tests/test_link_corpus.py and bench/link_eval.py.
"""
from __future__ import annotations

import datetime
import json
import os
import re
import subprocess
from pathlib import Path

import pytest

from nlpolicy.link.citations import document_label
from nlpolicy.link.figures import achieved
from nlpolicy.link.models import (DONE, IN_PROGRESS, NO_INFO, NOT_STARTED, OVERDUE, STATUSES, DocInfo, Figure,
                                  TaskStatus)
from nlpolicy.link.status import Reading, cell_deadline, decide, last_day, read_status, show_deadline
from nlpolicy.types import Deadline, Document, Extraction, Section, Task

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data" / "link"
GOLDEN = ROOT / "tests" / "golden" / "link"
CLI = str(ROOT / ".venv" / "bin" / "nlpolicy")
D = datetime.date


# ---------------------------------------------------------------- reading one statement

@pytest.mark.parametrize("text, cell, expected", [
    # progress cells, as staff fill them in
    ("Hoàn thành", True, DONE), ("Đã hoàn thành", True, DONE), ("Vượt", True, DONE),
    ("Đang thực hiện", True, IN_PROGRESS), ("Quá hạn", True, OVERDUE), ("Chậm tiến độ", True, OVERDUE),
    ("Chưa thực hiện", True, NOT_STARTED), ("Chưa hoàn thành", True, IN_PROGRESS),
    ("Đang làm", True, IN_PROGRESS), ("Xong", True, DONE), ("Trễ hạn", True, OVERDUE),
    # a cell that says how far it got: short of the whole is under way, the whole or more is done
    ("Đạt 90,3%", True, IN_PROGRESS), ("Đạt 88/102 xã", True, IN_PROGRESS), ("Đạt 100%", True, DONE),
    ("Vượt 12%", True, DONE),
    # work under way named by its step: choosing a contractor, building, calling for investors
    ("Đã có chủ trương đầu tư; đang lựa chọn nhà thầu", True, IN_PROGRESS), ("Đang thi công phần móng", True, IN_PROGRESS),
    ("Đang kêu gọi nhà đầu tư", True, IN_PROGRESS), ("Đang lập hồ sơ thiết kế", True, IN_PROGRESS),
    ("Có 1.250 lao động đang làm việc tại các khu công nghiệp.", False, None),
    # sentences of a report
    ("Sở Tư pháp đã ban hành Kế hoạch số 15/KH-STP hướng dẫn các xã.", False, DONE),
    ("Trường Cao đẳng nghề đã tuyển sinh và đào tạo được 120 học viên.", False, DONE),
    ("Sở Y tế đang xây dựng dự thảo Đề án, dự kiến trình trong Quý III.", False, IN_PROGRESS),
    ("Sở Tài chính đã trình Ủy ban nhân dân tỉnh xem xét, ban hành.", False, IN_PROGRESS),
    ("Đã có 9/10 huyện ban hành kế hoạch, 01 huyện đang trình ban hành.", False, IN_PROGRESS),
    ("Dự án nâng cấp đê hữu sông Hồng triển khai chậm so với kế hoạch.", False, OVERDUE),
    ("Việc giải phóng mặt bằng còn chậm do vướng mắc về nguồn gốc đất.", False, OVERDUE),
    ("Sở Nội vụ chưa triển khai xây dựng phần mềm quản lý hồ sơ.", False, NOT_STARTED),
    # a works' line of a report: how much of it is built, or that it is in use
    ("Kè chống sạt lở bờ sông Lô: khởi công tháng 4/2027, giá trị khối lượng thực hiện đạt khoảng 38%.", False,
     IN_PROGRESS),
    ("Trường tiểu học Phú Lộc: đạt 65% khối lượng, dự kiến bàn giao tháng 8/2028.", False, IN_PROGRESS),
    ("Nhà văn hóa xã Tân Hòa: hoàn thành, đưa vào sử dụng ngày 19/5/2027.", False, DONE),
    ("Tuyến đường Tân Lập - Hòa Bình: đã hoàn thành 4,2/7,5 km, phần còn lại vướng mặt bằng.", False, IN_PROGRESS),
    ("Tuyến đường Tân Lập - Hòa Bình: đã hoàn thành 7,5/7,5 km.", False, DONE),
    ("Bến tàu khách Phú Mỹ đã hoàn thành khoảng 65% khối lượng.", False, IN_PROGRESS),
    ("Chợ đêm Tân An đã đi vào hoạt động từ ngày 30/4/2027, thu hút đông đảo du khách.", False, DONE),
    ("Phố đi bộ Hòa Lợi đã hoàn thành 70% hạ tầng, nhưng không kịp đưa vào hoạt động trong quý II như kế hoạch.",
     False, OVERDUE),
    ("Sở Y tế đã triển khai nhưng chưa kịp thời báo cáo kết quả.", False, None),
    ("Đạt tiến độ", True, IN_PROGRESS),          # on schedule, not done
    # a year's step of a task that runs on, reached or passed; the whole of it reached
    ("Đạt chỉ tiêu năm 2027", True, IN_PROGRESS),
    ("Vượt kế hoạch năm 2026", True, IN_PROGRESS),
    ("Vượt chỉ tiêu", True, DONE),
    # a figure short of the plan's step or target: the work goes on
    ("Năm 2026, tỷ lệ doanh nghiệp được kiểm tra đạt 8,2%, chưa đạt lộ trình đề ra (10%).", False, IN_PROGRESS),
    ("Số người tham gia bảo hiểm tăng 4,3%, chưa đạt chỉ tiêu tăng bình quân 5%/năm.", False, IN_PROGRESS),
    # an event held on a day before the report: done
    ("Ngày 12/4/2027, Ủy ban nhân dân tỉnh tổ chức hội nghị quán triệt Chỉ thị với 1.200 đại biểu.", False, DONE),
    ("Ngày 05/5/2027, Sở Y tế phát động Tháng hành động vì an toàn thực phẩm tại chợ Tân An.", False, DONE),
    ("Ngày 15/6 hằng năm, các xã báo cáo kết quả về Sở.", False, None),          # a yearly day, no event held
    # an event of its kind held, one of it (a count of them is work that goes on)
    ("Sở đã tổ chức hội nghị quán triệt Chỉ thị số 18-CT/TU đến các phòng, đơn vị thuộc Sở.", False, DONE),
    ("Huyện đã tổ chức thành công Liên hoan văn nghệ quần chúng lần thứ nhất.", False, DONE),
    ("Sở đã tổ chức 03 hội nghị tập huấn cho cán bộ các xã.", False, None),
    # the main clause says how it stands, not its reason
    ("Sở Tư pháp đã ban hành Quyết định số 12/QĐ-STP (chậm 10 ngày do phải lấy ý kiến các xã).", False, DONE),
    ("Danh mục chợ cần cải tạo được Ủy ban nhân dân tỉnh phê duyệt tại Quyết định số 88/QĐ-UBND.", False, DONE),
    # no status: a task's own verb, a time limit, a process word
    ("Hoàn thành xây dựng kế hoạch hành động của các sở, ngành.", False, None),
    ("Gửi báo cáo chậm nhất ngày 15/12 hằng năm.", False, None),
    ("Số hóa hồ sơ trong quá trình sắp xếp tổ chức bộ máy của Sở.", False, None),
    # a count after a verb of what was done is work counted, which goes on; the thing itself done is done
    ("Liên minh Hợp tác xã tỉnh đã thành lập mới 14 tổ hợp tác sản xuất rau an toàn.", False, IN_PROGRESS),
    ("Sở Công Thương đã công nhận thêm 09 sản phẩm đạt chuẩn.", False, IN_PROGRESS),
    ("Ủy ban nhân dân tỉnh đã thành lập Ban Chỉ đạo phát triển nông nghiệp sạch.", False, DONE),
    ("Huyện đã hoàn thành 100% kế hoạch năm.", False, DONE),
    # a submission followed by the act it asked for is done; a submission alone, or one still to be decided, goes on
    ("Sở Y tế đã trình Ủy ban nhân dân tỉnh ngày 03/4 và Ủy ban nhân dân tỉnh đã phê duyệt Đề án tại cùng tháng.",
     False, DONE),
    ("Sở Nội vụ đã tham mưu Ủy ban nhân dân tỉnh trình Hội đồng nhân dân tỉnh ban hành Nghị quyết số "
     "19/2027/NQ-HĐND.", False, DONE),
    ("Sở Nội vụ đã trình Ủy ban nhân dân tỉnh dự thảo Quy chế, dự kiến ban hành trong quý III.", False, IN_PROGRESS),
    ("Sở Xây dựng đã ban hành Kế hoạch số 7/KH-SXD; 02 đề án đang trình Ủy ban nhân dân tỉnh phê duyệt.",
     False, IN_PROGRESS),
])
def test_read_status(text, cell, expected):
    got = read_status(text, cell=cell)
    assert (got[0] if got else None) == expected
    if got:
        assert 0 <= got[1] < got[2] <= len(text)


@pytest.mark.parametrize("value, relation, expected", [
    ("2025", None, D(2025, 12, 31)), ("2025-06", "by", D(2025, 6, 30)), ("2024-02", None, D(2024, 2, 29)),
    ("2026-Q2", None, D(2026, 6, 30)), ("2026-H1", None, D(2026, 6, 30)), ("2021/2025", "during", D(2025, 12, 31)),
    ("2019-07-01", "before", D(2019, 6, 30)), ("2019-07-01", "by", D(2019, 7, 1)),
    ("yearly", "every", None), ("monthly:18", "every", None), (None, None, None),
])
def test_last_day(value, relation, expected):
    assert last_day(value, relation) == expected


@pytest.mark.parametrize("cell, expected", [
    ("Tháng 4/2025", "2025-04"), ("6/2025", "2025-06"), ("2025", "2025"), ("Năm 2026", "2026"),
    ("Quý II/2025", "2025-Q2"), ("Thường xuyên", None), ("Hằng năm", None), ("", None),
])
def test_cell_deadline(cell, expected):
    assert cell_deadline(cell) == expected


@pytest.mark.parametrize("value, shown", [("2025-05", "05/2025"), ("2019-07-01", "01/07/2019"),
                                          ("2026-Q3", "Quý III/2026"), ("2025", "2025"), (None, "")])
def test_show_deadline(value, shown):
    assert show_deadline(value) == shown


# ---------------------------------------------------------------- a task's status from its statements

def _reading(status, *, deadline=None, date="2025-06-10", section="PL1.1", text="Xây dựng đề án"):
    return Reading(document="bc.txt", label="Báo cáo 45/BC-UBND", date=date, section=section, text=text,
                   context="", status=status, quote=status, start=0, end=len(status), deadline=deadline,
                   kind="row")


def _resolution(deadline=None, relation="by"):
    text = "1. Xây dựng đề án phát triển du lịch cộng đồng, hoàn thành trong năm 2025."
    stages = deadline.split("+") if deadline else []      # "2025-03+2026": a task of two stages
    if len(stages) > 1:
        text = "1. Trình đề án trong tháng 3/2025, triển khai hoàn thành trong năm 2026."
    doc = Document(path="nq.txt", text=text, key=text.lower())
    task = Task(id="III.1#1", section="III.1", text=text, start=0, end=len(text), deadline=stages[0] if stages else None,
                assignments=())
    at = [m.start() for m in re.finditer("trong", text)]
    dls = tuple(Deadline(value=v, relation=relation, section="III.1", text=text[a:a + 14], start=a, end=a + 14)
                for v, a in zip(stages, at))
    return Extraction(document=doc, tasks=(task,), deadlines=dls), task


# (case, task deadline, statements (status, row deadline, date), as_of, expected status)
DECIDE = [
    ("nothing reported", None, [], D(2025, 6, 10), NO_INFO),
    ("nothing reported, deadline passed: still no information", "2024", [], D(2025, 6, 10), NO_INFO),
    ("all done", None, [(DONE, None, "2025-06-10"), (DONE, None, "2025-06-10")], D(2025, 6, 10), DONE),
    ("done and in progress", None, [(DONE, None, "2025-06-10"), (IN_PROGRESS, None, "2025-06-10")],
     D(2025, 6, 10), IN_PROGRESS),
    ("one late statement decides", None, [(DONE, None, "2025-06-10"), (OVERDUE, None, "2025-06-10")],
     D(2025, 6, 10), OVERDUE),
    ("not started", None, [(NOT_STARTED, None, "2025-06-10")], D(2025, 6, 10), NOT_STARTED),
    ("done and not started: under way", None, [(DONE, None, "2025-06-10"), (NOT_STARTED, None, "2025-06-10")],
     D(2025, 6, 10), IN_PROGRESS),
    ("row in progress, its own deadline passed", None, [(IN_PROGRESS, "2025-03", "2025-06-10")],
     D(2025, 6, 10), OVERDUE),
    ("row in progress, its deadline not yet passed", None, [(IN_PROGRESS, "2025-06", "2025-06-10")],
     D(2025, 6, 10), IN_PROGRESS),
    ("task in progress past the resolution's deadline", "2025", [(IN_PROGRESS, None, "2025-06-10")],
     D(2026, 1, 5), OVERDUE),
    ("done past the deadline stays done", "2024", [(DONE, None, "2025-06-10")], D(2026, 1, 5), DONE),
    # "chậm tiến độ" of a task whose deadline is still ahead: behind schedule, not overdue; past it, overdue
    ("reported late, its deadline ahead", "2025-12", [(OVERDUE, None, "2025-06-10")], D(2025, 6, 10), IN_PROGRESS),
    ("reported late, its deadline passed", "2025-03", [(OVERDUE, None, "2025-06-10")], D(2025, 6, 10), OVERDUE),
    # a task of stages runs to its last: late on a stage whose day has passed, the task is behind, not overdue
    ("reported late, an early stage passed, the last ahead", "2025-03+2026", [(OVERDUE, None, "2025-06-10")],
     D(2025, 6, 10), IN_PROGRESS),
    ("only the latest report is heard", None, [(IN_PROGRESS, None, "2025-01-10"), (DONE, None, "2025-06-10")],
     D(2025, 6, 10), DONE),
    # (status, row deadline, date, score): a statement far weaker than the best speaks of something else
    ("the row that names the task outweighs a sentence under a shared heading", None,
     [(DONE, None, "2025-06-10", 0.98), (IN_PROGRESS, None, "2025-06-10", 0.32)], D(2025, 6, 10), DONE),
    ("statements of like strength all count", None,
     [(DONE, None, "2025-06-10", 0.5), (IN_PROGRESS, None, "2025-06-10", 0.4)], D(2025, 6, 10), IN_PROGRESS),
]


@pytest.mark.parametrize("task_text, quote, expected", [
    # the body's part ends in a submission: submitted is done, whatever the body it went to does with it since
    ("Sở Công Thương chủ trì lập hồ sơ đề xuất dự án chợ đầu mối, trình Ủy ban nhân dân tỉnh trong quý II/2025.",
     "Sở Công Thương đã trình Ủy ban nhân dân tỉnh hồ sơ đề xuất dự án chợ đầu mối ngày 12/5/2025.", DONE),
    ("Ban Quản lý dự án lập báo cáo nghiên cứu tiền khả thi cầu Tân Phú, trình phê duyệt chủ trương đầu tư.",
     "Ban Quản lý dự án đã tham mưu Sở Xây dựng trình thẩm định báo cáo nghiên cứu tiền khả thi.", DONE),
    # a task that is to build or issue the thing: a submission only starts it
    ("Xây dựng đề án phát triển du lịch cộng đồng, hoàn thành trong năm 2025.",
     "Sở đã trình Ủy ban nhân dân tỉnh dự thảo đề án phát triển du lịch cộng đồng.", IN_PROGRESS),
    # not submitted yet
    ("Sở Công Thương chủ trì lập hồ sơ đề xuất dự án chợ đầu mối, trình Ủy ban nhân dân tỉnh trong quý II/2025.",
     "Sở Công Thương đang hoàn thiện hồ sơ đề xuất dự án chợ đầu mối.", IN_PROGRESS),
])
def test_a_task_that_ends_in_a_submission_is_done_when_submitted(task_text, quote, expected):
    doc = Document(path="kh.txt", text=task_text, key=task_text.lower())
    task = Task(id="III.1#1", section="III.1", text=task_text, start=0, end=len(task_text), deadline=None,
                assignments=())
    said = Reading(document="bc.txt", label="Báo cáo 45/BC-UBND", date="2025-06-10", section="II.1", text=quote,
                   context="", status=IN_PROGRESS, quote=quote, start=0, end=len(quote), deadline=None,
                   kind="sentence")
    got = decide(Extraction(document=doc, tasks=(task,)), task, [(said, 0.8)], as_of=D(2025, 6, 10))
    assert got.status == expected and got.quote == quote


def _row_resolution():
    """A plan whose assignment table gives a work two stages in its time cell."""
    text = "3\nTrạm bơm Tân An\nSở Nông nghiệp và Môi trường\nKhởi công Quý III/2025; hoàn thành trước 31/12/2026\n"
    doc = Document(path="kh.txt", text=text, key=text.lower(),
                   sections=(Section(id="PL1.3", heading="", start=0, end=len(text), level=2, heading_end=1),))
    name = text.index("Trạm")
    task = Task(id="PL1.3#1", section="PL1.3", text="Trạm bơm Tân An", start=name, end=name + 15, deadline="2025-Q3",
                assignments=())
    first, last = text.index("Quý III/2025"), text.index("31/12/2026")
    dls = (Deadline(value="2025-Q3", relation="by", section="PL1.3", text="Quý III/2025", start=first, end=first + 12),
           Deadline(value="2026-12-31", relation="by", section="PL1.3", text="31/12/2026", start=last, end=last + 10))
    return Extraction(document=doc, tasks=(task,), deadlines=dls), task


@pytest.mark.parametrize("said, as_of, expected", [
    (IN_PROGRESS, D(2026, 5, 14), IN_PROGRESS),    # begun, going on: its first stage passed, its last ahead
    (OVERDUE, D(2026, 5, 14), OVERDUE),            # reported late on the stage whose day has passed
    (IN_PROGRESS, D(2027, 2, 1), OVERDUE),         # going on past its last stage
])
def test_a_table_rows_stages_in_its_time_cell(said, as_of, expected):
    res, task = _row_resolution()
    got = decide(res, task, [(_reading(said, section="PL1.III.3", text="Trạm bơm Tân An"), 0.9)], as_of=as_of)
    assert got.status == expected


@pytest.mark.parametrize("case, deadline, said, as_of, expected", DECIDE, ids=[c[0] for c in DECIDE])
def test_decide(case, deadline, said, as_of, expected):
    res, task = _resolution(deadline)
    matched = [(_reading(s, deadline=d, date=when), rest[0] if rest else 0.8) for s, d, when, *rest in said]
    got = decide(res, task, matched, as_of=as_of, resolution_label="Nghị quyết 12-NQ/TU")
    assert isinstance(got, TaskStatus) and got.status == expected and got.status in STATUSES
    assert got.reason
    if expected == NO_INFO:
        assert got.source is None and got.quote == ""
    else:
        assert got.source == "bc.txt" and got.document_label == "Báo cáo 45/BC-UBND" and got.quote


def test_a_statement_knows_the_items_above_its_heading():
    """"3. Về hạ tầng số" over "(1) Nhiệm vụ xây dựng trung tâm dữ liệu" over "(i) Đã hoàn thành ...": the
    statement's context is its item's heading, and the item above says what it is about too (a report
    written for this test)."""
    from nlpolicy.document import from_raw
    from nlpolicy.link.status import readings
    from nlpolicy.types import RawDocument
    text = ("BỘ KHOA HỌC VÀ CÔNG NGHỆ\nSố: 15/BC-BKHCN\nHà Nội, ngày 20 tháng 5 năm 2025\n\nBÁO CÁO\n"
            "Kết quả thực hiện Nghị quyết\n\nI. KẾT QUẢ THỰC HIỆN\n3. Về tăng cường hạ tầng số quốc gia\n"
            "- (1) Nhiệm vụ xây dựng trung tâm dữ liệu quốc gia:\n"
            "- (i) Đã hoàn thành lập báo cáo nghiên cứu khả thi trung tâm dữ liệu.\n"
            "- (ii) Đang triển khai thi công giai đoạn 1 của trung tâm dữ liệu.\n")
    doc = from_raw(RawDocument(path="bc.txt", text=text, encoding="utf-8"))
    got = [(r.section, r.status, r.context, r.topics) for r in readings(doc, report=True)]
    context, above = "Nhiệm vụ xây dựng trung tâm dữ liệu quốc gia:", ("Về tăng cường hạ tầng số quốc gia",)
    assert got == [("I.3.1", DONE, context, above), ("I.3.1", IN_PROGRESS, context, above)]


def test_the_clauses_of_an_item_line_speak_of_its_topic():
    """"2. Cụm công nghiệp Hòa Phú: chủ đầu tư ...; đã hoàn thành giải phóng mặt bằng ...": each clause
    of the line takes the line's topic, so that the project it names is known (text written for this test)."""
    from nlpolicy.document import from_raw
    from nlpolicy.link.status import readings
    from nlpolicy.types import RawDocument
    text = ("SỞ CÔNG THƯƠNG\nSố: 88/BC-SCT\nThanh Hóa, ngày 20 tháng 6 năm 2026\n\nBÁO CÁO\n"
            "Tình hình triển khai các cụm công nghiệp\n\nI. TIẾN ĐỘ CÁC CỤM CÔNG NGHIỆP\n"
            "1. Cụm công nghiệp Hòa Phú: chủ đầu tư Công ty TNHH Hòa Phú; diện tích 50 ha; đã hoàn thành giải phóng "
            "mặt bằng toàn bộ diện tích.\n"
            "2. Cụm công nghiệp Đông Lĩnh: chủ đầu tư Công ty TNHH Đông Lĩnh; diện tích 60 ha; đang triển khai "
            "thi công hạ tầng kỹ thuật.\n")
    doc = from_raw(RawDocument(path="bc.txt", text=text, encoding="utf-8"))
    got = [(r.section, r.status, r.context) for r in readings(doc, report=True)]
    assert got == [("I.1", DONE, "Cụm công nghiệp Hòa Phú"), ("I.2", IN_PROGRESS, "Cụm công nghiệp Đông Lĩnh")]



def _report_readings(text: str):
    """The statements of progress of a report written for a test."""
    from nlpolicy.document import from_raw
    from nlpolicy.link.status import readings
    from nlpolicy.types import RawDocument
    return readings(from_raw(RawDocument(path="bc.txt", text=text, encoding="utf-8")), report=True)


def test_a_share_of_a_whole_reached_is_work_under_way_and_the_whole_of_it_done():
    """"Có 11/16 trạm y tế (68,8%) triển khai ..." and "đã đưa 120/200 sản phẩm ... lên sàn" say how far the work
    has gone without a word of progress; "đã lắp đặt 42/42 ..." says it is done; a count with no whole says
    nothing (a report written for this test)."""
    text = ("SỞ Y TẾ TỈNH AN BÌNH\nSố: 91/BC-SYT\nAn Bình, ngày 12 tháng 5 năm 2027\n\nBÁO CÁO\n"
            "Kết quả thực hiện Kế hoạch số 12/KH-UBND\n\nI. KẾT QUẢ\n"
            "1. Có 11/16 trạm y tế (68,8%) triển khai hồ sơ sức khỏe điện tử.\n"
            "2. Các hợp tác xã đã đưa 120/200 sản phẩm chủ lực lên sàn thương mại điện tử.\n"
            "3. Các doanh nghiệp đã lắp đặt 42/42 trạm quan trắc tự động tại các cửa xả.\n"
            "4. Toàn tỉnh có 16 trạm y tế xã với 180 người làm việc.\n")
    said = [(r.section, r.status, r.kind) for r in _report_readings(text) if r.kind in ("sentence", "share")]
    assert said == [("I.1", IN_PROGRESS, "share"), ("I.2", IN_PROGRESS, "share"), ("I.3", DONE, "share")]


def test_a_status_cell_merged_over_two_rows_speaks_for_both_and_a_count_of_plans_for_itself():
    """A status cell merged over two rows is printed once, in the first: the second row, with no cell under the
    status column, takes it (a row whose cell is there and says nothing of progress does not); "Đã có 15/18 sở,
    ngành ... ban hành kế hoạch" without a word of progress is work under way (a report written for this test)."""
    text = ("SỞ CÔNG THƯƠNG TỈNH AN BÌNH\nSố: 90/BC-SCT\nAn Bình, ngày 12 tháng 5 năm 2027\n\nBÁO CÁO\n"
            "Kết quả thực hiện Kế hoạch số 12/KH-UBND\n\nI. KẾT QUẢ\nĐã có 15/18 sở, ngành và 40/42 xã, phường ban "
            "hành kế hoạch thực hiện.\n\n"
            "PHỤ LỤC\nTIẾN ĐỘ THỰC HIỆN\n\nSTT\nNhiệm vụ\nĐơn vị thực hiện\nKết quả đến 30/4/2027\nTình trạng\n\n"
            "1\nQuy chế quản lý chợ\nSở Công Thương\nQuyết định số 15/2026/QĐ-UBND\nHoàn thành\n\n"
            "2\nChính sách hỗ trợ tiểu thương\nSở Tài chính\nNghị quyết số 20/2026/NQ-HĐND\n\n"
            "3\nCải tạo chợ Đông Ba\nSở Xây dựng\nChưa khởi công\nChậm tiến độ\n")
    rows = [(r.text, r.status) for r in _report_readings(text) if r.kind == "row"]
    assert rows == [("Quy chế quản lý chợ", DONE), ("Chính sách hỗ trợ tiểu thương", DONE),
                    ("Cải tạo chợ Đông Ba", OVERDUE)]
    said = [r.status for r in _report_readings(text) if r.kind == "sentence"]
    assert said == [IN_PROGRESS]


def test_a_report_table_one_cell_a_line_with_results_to_a_day_and_a_verdict_column():
    """A report's annex whose columns are "Kết quả đến 30/4/2027" and "Đánh giá", one cell a line (a Word
    table turned to text): each row is a statement of progress read from its verdict (text written for this test)."""
    text = ("ỦY BAN NHÂN DÂN TỈNH AN BÌNH\nSố: 77/BC-UBND\nAn Bình, ngày 12 tháng 5 năm 2027\n\nBÁO CÁO\n"
            "Kết quả thực hiện Kế hoạch số 12/KH-UBND\n\nI. KẾT QUẢ\nCác nhiệm vụ được triển khai theo kế hoạch.\n\n"
            "PHỤ LỤC\nTIẾN ĐỘ THỰC HIỆN CÁC NHIỆM VỤ\n\nSTT\nNhiệm vụ\nĐơn vị chủ trì\nKết quả đến 30/4/2027\nĐánh giá\n\n"
            "1\nQuy chế phối hợp quản lý chợ\nSở Công Thương\nQuyết định số 15/2026/QĐ-UBND\nHoàn thành\n\n"
            "2\nSắp xếp lại mạng lưới chợ nông thôn\nSở Công Thương\nĐã rà soát 40 chợ; chưa trình phương án\n"
            "Chậm tiến độ\n\n3\nĐào tạo cán bộ quản lý chợ\nSở Nội vụ\n12 lớp\nĐang thực hiện\n\n"
            "4\nPhân loại chợ năm 2026\nSở Công Thương\nHoàn thành ngày 20/4/2027; 38 chợ loại 1\nChậm tiến độ\n")
    got = [(r.kind, r.text, r.status) for r in _report_readings(text) if r.kind == "row"]
    # (a verdict "Chậm tiến độ" beside a result finished on a day: done, late)
    assert got == [("row", "Quy chế phối hợp quản lý chợ", DONE),
                   ("row", "Sắp xếp lại mạng lưới chợ nông thôn", OVERDUE),
                   ("row", "Đào tạo cán bộ quản lý chợ", IN_PROGRESS), ("row", "Phân loại chợ năm 2026", DONE)]


def test_a_report_table_whose_results_are_free_text_is_judged_as_staff_judge_it():
    """A report's annex with a result column in free text and no status column: a row that opens with "Chưa" has
    not begun, a document issued by number or an event held on its day is done, a part of a whole or what is still
    missing is under way, work counted goes on; a result that says nothing is not read (text written for this
    test)."""
    text = ("ỦY BAN NHÂN DÂN TỈNH AN BÌNH\nSố: 81/BC-UBND\nAn Bình, ngày 15 tháng 5 năm 2027\n\nBÁO CÁO\n"
            "Kết quả thực hiện Kế hoạch số 12/KH-UBND\n\nI. KẾT QUẢ\nCác nhiệm vụ được triển khai theo kế hoạch.\n\n"
            "PHỤ LỤC\nKẾT QUẢ THỰC HIỆN NHIỆM VỤ\n\nSTT\nNhiệm vụ\nĐơn vị thực hiện\nKết quả đến ngày 30/4/2027\n\n"
            "1\nQuy hoạch vùng chè an toàn\nSở NN&MT\nChưa chọn đơn vị tư vấn; chờ ý kiến của Bộ\n\n"
            "2\nChính sách hỗ trợ làng nghề\nSở Tài chính\nNghị quyết số 09/2027/NQ-HĐND ngày 20/3/2027\n\n"
            "3\nPhiên chợ nông sản an toàn\nSở Công Thương\nTổ chức từ 05 - 07/4/2027; 120 gian hàng\n\n"
            "4\nKết nối internet cho thôn bản\nSở KH&CN\n210/340 thôn đã kết nối; 40 thôn chưa có trạm\n\n"
            "5\nCho vay hộ trồng chè\nNgân hàng CSXH tỉnh\nDư nợ 85 tỷ đồng, 2.100 hộ vay\n\n"
            "6\nTuyên truyền về nông sản an toàn\nSở VHTTDL\nTheo kế hoạch\n")
    got = [(r.text, r.status) for r in _report_readings(text) if r.kind == "row"]
    assert got == [("Quy hoạch vùng chè an toàn", NOT_STARTED), ("Chính sách hỗ trợ làng nghề", DONE),
                   ("Phiên chợ nông sản an toàn", DONE), ("Kết nối internet cho thôn bản", IN_PROGRESS),
                   ("Cho vay hộ trồng chè", IN_PROGRESS)]


def test_a_target_short_of_its_plan_is_under_way_not_unstarted():
    """A report's annex of targets, one cell a line, whose verdict column says "Chưa đạt": the figure is short of the
    plan, so the work behind it is under way (a figure was reached), not unstarted; "Đạt" and "Vượt" are reached
    (text written for this test)."""
    text = ("SỞ NỘI VỤ TỈNH AN BÌNH\nSố: 90/BC-SNV\nAn Bình, ngày 12 tháng 5 năm 2027\n\nBÁO CÁO\n"
            "Kết quả thực hiện Kế hoạch số 12/KH-UBND\n\nI. KẾT QUẢ\nCác chỉ tiêu được triển khai theo kế hoạch.\n\n"
            "PHỤ LỤC\nKẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2026\n\nTT\nChỉ tiêu\nĐơn vị tính\nKế hoạch năm 2026\n"
            "Thực hiện năm 2026\nĐánh giá\n"
            "1\nSố hộ được vay vốn tạo việc làm\nHộ\n1.200\n1.050\nChưa đạt\n"
            "2\nTỷ lệ xã có tổ hòa giải được tập huấn\n%\n100\n100\nĐạt\n"
            "3\nSố phiên giao dịch việc làm\nPhiên\n12\n15\nVượt\n")
    got = [(r.text, r.status) for r in _report_readings(text) if r.kind == "row"]
    assert got == [("Số hộ được vay vốn tạo việc làm", IN_PROGRESS), ("Tỷ lệ xã có tổ hòa giải được tập huấn", DONE),
                   ("Số phiên giao dịch việc làm", DONE)]


def test_a_row_that_lists_two_short_works_speaks_of_each():
    """A report's row titled "Sàn TMĐT tỉnh; đào tạo bán hàng trực tuyến" reports two works of the plan together:
    a reading for each part besides the whole; a title whose clauses are long is one task (text written for this
    test)."""
    text = ("ỦY BAN NHÂN DÂN TỈNH AN BÌNH\nSố: 82/BC-UBND\nAn Bình, ngày 15 tháng 5 năm 2027\n\nBÁO CÁO\n"
            "Kết quả thực hiện Kế hoạch số 12/KH-UBND\n\nI. KẾT QUẢ\nCác nhiệm vụ được triển khai theo kế hoạch.\n\n"
            "PHỤ LỤC\nKẾT QUẢ THỰC HIỆN NHIỆM VỤ\n\nSTT\nNhiệm vụ\nĐơn vị thực hiện\nKết quả\n\n"
            "1\nCổng dịch vụ công tỉnh; tập huấn cán bộ một cửa\nSở KH&CN\nĐang thực hiện\n\n"
            "2\nRà soát, đơn giản hóa thủ tục hành chính thuộc thẩm quyền giải quyết của tỉnh; công bố danh mục thủ "
            "tục được cắt giảm trên Cổng thông tin điện tử tỉnh\nSở Nội vụ\nHoàn thành\n\n"
            "3\nChợ đêm; kiểm tra cơ sở kinh doanh dịch vụ ăn uống có điều kiện\nSở Công Thương\nĐang thực hiện\n")
    got = [r.text for r in _report_readings(text) if r.kind == "row"]
    assert got[:3] == ["Cổng dịch vụ công tỉnh; tập huấn cán bộ một cửa", "Cổng dịch vụ công tỉnh",
                       "tập huấn cán bộ một cửa"]
    # (a short title of two works, one of them of many words, is two works too)
    assert got[4:] == ["Chợ đêm; kiểm tra cơ sở kinh doanh dịch vụ ăn uống có điều kiện", "Chợ đêm",
                       "kiểm tra cơ sở kinh doanh dịch vụ ăn uống có điều kiện"]
    assert len(got) == 7


def test_decisions_listed_after_one_issued_are_issued_too():
    """"Sở X đã tham mưu ban hành Quyết định số A quy định ...; Quyết định số B quy định ...": each decision of the
    list is a statement of its own, issued like the first (a report written for this test)."""
    text = ("SỞ XÂY DỰNG TỈNH AN BÌNH\nSố: 77/BC-SXD\nAn Bình, ngày 12 tháng 5 năm 2027\n\nBÁO CÁO\n"
            "Kết quả thực hiện Kế hoạch số 31/KH-UBND\n\nI. KẾT QUẢ\n1. Ban hành văn bản\n"
            "Sở Xây dựng đã tham mưu Ủy ban nhân dân tỉnh ban hành Quyết định số 101/QĐ-UBND ngày 02/3/2027 quy định "
            "thiết kế mẫu nhà văn hóa thôn; Quyết định số 140/QĐ-UBND ngày 20/3/2027 quy định phân cấp quản lý chợ "
            "nông thôn.\n")
    got = [(r.status, r.text[:28]) for r in _report_readings(text)]
    assert got == [(DONE, "Sở Xây dựng đã tham mưu Ủy b"), (DONE, "Quyết định số 140/QĐ-UBND ng")]


def _annex_row_statuses(tmp_path, plan: str, report: str) -> dict[str, str]:
    """The status of each annex row of ``plan`` (by its text) that ``report`` gives on 30/9/2027."""
    return {text: status for (section, text), status in _all_statuses(tmp_path, plan, report).items()
            if section.startswith("PL")}


def test_a_line_on_a_named_works_speaks_of_its_annex_row(tmp_path):
    """A plan lists its works in an annex, one row each; the report says how each stands, one line a works
    ("Cầu Bến Mít: khởi công tháng 3/2027, đạt khoảng 40% khối lượng"). Each line gives its works' row its
    status; a body named in passing is no works line (a plan and a report written for this test)."""
    plan = ("ỦY BAN NHÂN DÂN\nTỈNH AN BÌNH\nSố: 31/KH-UBND\nAn Bình, ngày 10 tháng 3 năm 2026\n\nKẾ HOẠCH\n"
            "Đầu tư cầu giao thông nông thôn năm 2026 - 2028\n\nI. NHIỆM VỤ\n"
            "1. Sở Xây dựng chủ trì đầu tư xây dựng các cầu tại Phụ lục kèm theo, thay thế cầu khỉ, cầu tạm.\n"
            "2. Ủy ban nhân dân các xã bảo đảm mặt bằng thi công.\n\n"
            "PHỤ LỤC\nDANH MỤC CÔNG TRÌNH\n\nSTT\nTên công trình\nĐịa điểm\nChủ đầu tư\nThời gian thực hiện\n"
            "1\nCầu Bến Mít\nXã Tân Phú\nSở Xây dựng\n2026 - 2028\n"
            "2\nCầu Rạch Gừa - Kinh Xáng\nXã Long Điền\nSở Xây dựng\n2026 - 2027\n"
            "3\nCầu Ông Hai Lúa\nXã Mỹ Hòa\nSở Xây dựng\n2027 - 2028\n")
    report = ("SỞ XÂY DỰNG TỈNH AN BÌNH\nSố: 402/BC-SXD\nAn Bình, ngày 20 tháng 9 năm 2027\n\nBÁO CÁO\n"
              "Kết quả thực hiện Kế hoạch số 31/KH-UBND ngày 10/3/2026 của Ủy ban nhân dân tỉnh\n\n"
              "I. KẾT QUẢ\n1. Các công trình cầu\n"
              "- Cầu Bến Mít: khởi công tháng 3/2027, giá trị khối lượng thực hiện đạt khoảng 40%.\n"
              "- Cầu Rạch Gừa – Kinh Xáng: hoàn thành, đưa vào sử dụng ngày 30/6/2027.\n"
              "- Ủy ban nhân dân xã Mỹ Hòa đã hoàn thành giải phóng mặt bằng cầu dân sinh của xã.\n")
    rows = _annex_row_statuses(tmp_path, plan, report)
    assert rows == {"Cầu Bến Mít": IN_PROGRESS, "Cầu Rạch Gừa - Kinh Xáng": DONE, "Cầu Ông Hai Lúa": NO_INFO}


def test_a_row_that_is_one_milestone_is_done_when_the_milestone_happened(tmp_path):
    """A row that asks for one milestone of a works ("Khởi công ...", "Phê duyệt chủ trương đầu tư ...") is done once
    the report says it happened ("khởi công ngày 15/7/2026", "đã quyết định chủ trương đầu tư"), however far the works
    has got since; a milestone still to come ("dự kiến khởi công") or denied ("chưa khởi công") is not, and a row that
    goes on to a later stage ("Khởi công và hoàn thành ...") is judged on the works (a plan and a report written for
    this test)."""
    plan = ("ỦY BAN NHÂN DÂN\nTỈNH AN BÌNH\nSố: 44/KH-UBND\nAn Bình, ngày 10 tháng 3 năm 2026\n\nKẾ HOẠCH\n"
            "Đầu tư các công trình giao thông trọng điểm năm 2026 - 2028\n\nI. NHIỆM VỤ\n"
            "1. Sở Xây dựng chủ trì triển khai các công trình tại Phụ lục kèm theo.\n\n"
            "PHỤ LỤC\nNHIỆM VỤ CỤ THỂ\n\nSTT\nNhiệm vụ\nCơ quan chủ trì\nThời hạn\n"
            "1\nKhởi công cầu Bến Mít\nSở Xây dựng\nQuý III/2026\n"
            "2\nPhê duyệt chủ trương đầu tư đường Vành đai Tân Phú\nSở Tài chính\nNăm 2026\n"
            "3\nKhởi công đường trục Long Điền\nSở Xây dựng\nQuý IV/2026\n"
            "4\nKhởi công và hoàn thành cầu Ông Hai Lúa\nSở Xây dựng\nQuý II/2027\n")
    report = ("ỦY BAN NHÂN DÂN\nTỈNH AN BÌNH\nSố: 402/BC-UBND\nAn Bình, ngày 20 tháng 9 năm 2027\n\nBÁO CÁO\n"
              "Kết quả thực hiện Kế hoạch số 44/KH-UBND ngày 10/3/2026 của Ủy ban nhân dân tỉnh\n\n"
              "I. KẾT QUẢ\n"
              "1. Cầu Bến Mít: khởi công ngày 15/7/2026; khối lượng thi công đạt 71%, đang triển khai.\n"
              "2. Đường Vành đai Tân Phú: Hội đồng nhân dân tỉnh quyết định chủ trương đầu tư tại Nghị quyết số "
              "61/NQ-HĐND ngày 10/12/2026, đang triển khai lập dự án.\n"
              "3. Đường trục Long Điền: chưa khởi công do vướng mặt bằng, dự kiến khởi công tháng 12/2027.\n"
              "4. Cầu Ông Hai Lúa: khởi công ngày 20/3/2027; khối lượng thi công đạt 40%, đang triển khai.\n")
    rows = _annex_row_statuses(tmp_path, plan, report)
    assert rows == {"Khởi công cầu Bến Mít": DONE, "Phê duyệt chủ trương đầu tư đường Vành đai Tân Phú": DONE,
                    "Khởi công đường trục Long Điền": OVERDUE, "Khởi công và hoàn thành cầu Ông Hai Lúa": OVERDUE}


def test_a_sentence_that_opens_with_a_named_works_speaks_of_the_row_that_is_that_works(tmp_path):
    """The report's sentence names the works as its subject, with no colon ("Chợ đêm Tân An đã đi vào hoạt động
    ..."): the annex row that is that works takes its status; a row on one step of another works ("Lựa chọn nhà
    đầu tư Chợ đầu mối Hòa Lợi") does not take what is said of the works itself (written for this test)."""
    plan = ("ỦY BAN NHÂN DÂN\nTỈNH AN BÌNH\nSố: 44/KH-UBND\nAn Bình, ngày 10 tháng 3 năm 2026\n\nKẾ HOẠCH\n"
            "Phát triển du lịch đêm năm 2026 - 2027\n\nI. NHIỆM VỤ\n"
            "1. Sở Văn hóa, Thể thao và Du lịch chủ trì hình thành các sản phẩm du lịch đêm tại Phụ lục kèm theo.\n\n"
            "PHỤ LỤC\nDANH MỤC NHIỆM VỤ\n\nSTT\nNội dung\nCơ quan chủ trì\nThời gian hoàn thành\n"
            "1\nChợ đêm Tân An\nỦy ban nhân dân phường Tân An\nQuý II/2027\n"
            "2\nPhố đi bộ ven hồ Phú Mỹ\nỦy ban nhân dân phường Phú Mỹ\nQuý IV/2027\n"
            "3\nLựa chọn nhà đầu tư Chợ đầu mối Hòa Lợi\nSở Tài chính\nQuý IV/2027\n")
    report = ("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH AN BÌNH\nSố: 210/BC-SVHTTDL\nAn Bình, ngày 20 tháng 9 năm 2027\n\n"
              "BÁO CÁO\nKết quả thực hiện Kế hoạch số 44/KH-UBND ngày 10/3/2026 của Ủy ban nhân dân tỉnh\n\n"
              "I. KẾT QUẢ\n"
              "- Chợ đêm Tân An đã đi vào hoạt động từ ngày 30/4/2027, thu hút đông đảo người dân và du khách.\n"
              "- Phố đi bộ ven hồ Phú Mỹ đã hoàn thành khoảng 60% khối lượng hạ tầng.\n"
              "- Chợ đầu mối Hòa Lợi đã được công bố trong danh mục dự án kêu gọi đầu tư của tỉnh.\n")
    rows = _annex_row_statuses(tmp_path, plan, report)
    assert rows["Chợ đêm Tân An"] == DONE and rows["Phố đi bộ ven hồ Phú Mỹ"] == IN_PROGRESS
    assert rows["Lựa chọn nhà đầu tư Chợ đầu mối Hòa Lợi"] != DONE



def test_a_short_row_found_whole_in_a_long_sentence_takes_its_status(tmp_path):
    """An annex row names a piece of work in a few words ("Nâng cấp phòng phục hồi chức năng"); the report's
    sentence on it is long and says much the row does not ("Dự án nâng cấp phòng phục hồi chức năng của Bệnh viện
    ... đang triển khai thi công ..."), so few of the sentence's words are in the row. All of the row's words are in
    the sentence: the row takes its status; a row the report does not speak of stays without news (written for this
    test)."""
    plan = ("ỦY BAN NHÂN DÂN\nTỈNH AN BÌNH\nSố: 71/KH-UBND\nAn Bình, ngày 10 tháng 3 năm 2026\n\nKẾ HOẠCH\n"
            "Trợ giúp người khuyết tật giai đoạn 2026 - 2028\n\nI. NHIỆM VỤ\n"
            "1. Các sở, ngành được giao chủ trì thực hiện các nhiệm vụ tại Phụ lục kèm theo Kế hoạch này.\n\n"
            "PHỤ LỤC\nDANH MỤC NHIỆM VỤ\n\nSTT\nNội dung\nCơ quan chủ trì\nThời gian hoàn thành\n"
            "1\nNâng cấp phòng phục hồi chức năng\nSở Y tế\nNăm 2027\n"
            "2\nCơ sở dữ liệu người khuyết tật\nSở Nội vụ\nQuý IV/2026\n"
            "3\nHội thao người khuyết tật toàn tỉnh\nSở Văn hóa, Thể thao và Du lịch\nNăm 2028\n")
    report = ("SỞ NỘI VỤ TỈNH AN BÌNH\nSố: 288/BC-SNV\nAn Bình, ngày 20 tháng 9 năm 2027\n\nBÁO CÁO\n"
              "Kết quả thực hiện Kế hoạch số 71/KH-UBND ngày 10/3/2026 của Ủy ban nhân dân tỉnh\n\nI. KẾT QUẢ\n"
              "- Dự án nâng cấp phòng phục hồi chức năng của Bệnh viện Đa khoa tỉnh An Bình đang triển khai thi "
              "công, khối lượng đạt khoảng 70%, dự kiến đưa vào sử dụng trong quý IV/2027.\n"
              "- Cơ sở dữ liệu người khuyết tật của tỉnh đã hoàn thành, cập nhật thông tin của 12.460 người, kết nối "
              "với Cơ sở dữ liệu quốc gia về dân cư từ tháng 12/2026.\n")
    rows = _annex_row_statuses(tmp_path, plan, report)
    assert rows == {"Nâng cấp phòng phục hồi chức năng": IN_PROGRESS, "Cơ sở dữ liệu người khuyết tật": DONE,
                    "Hội thao người khuyết tật toàn tỉnh": NO_INFO}, rows


def _all_statuses(tmp_path, plan: str, report: str, as_of: D = D(2027, 9, 30)) -> dict[str, str]:
    """The status of each task of ``plan`` (by its section and text) that ``report`` gives on ``as_of``."""
    from nlpolicy.extract.pipeline import extract
    from nlpolicy.link.status import task_statuses
    (tmp_path / "kh.txt").write_text(plan, encoding="utf-8")
    (tmp_path / "bc.txt").write_text(report, encoding="utf-8")
    res = extract(tmp_path / "kh.txt")
    got = task_statuses(res, [extract(tmp_path / "bc.txt")], as_of=as_of)
    return {(t.section, t.text): got[t.id].status for t in res.tasks}


@pytest.mark.parametrize("annex", [True, False])
def test_a_sentence_speaks_of_a_task_wherever_the_plan_states_it(tmp_path, annex):
    """A plan states one piece of work three times: as a task, again in the duties of the body that leads it, and as a
    row of its annex (or twice, with no annex). The report's sentence on it gives each its status, not only the one it
    matches best; a task it does not speak of stays without news (a plan and a report written for this test)."""
    plan = ("ỦY BAN NHÂN DÂN\nTỈNH AN BÌNH\nSố: 52/KH-UBND\nAn Bình, ngày 10 tháng 3 năm 2026\n\nKẾ HOẠCH\n"
            "Phát triển thư viện cơ sở giai đoạn 2026 - 2028\n\nI. NHIỆM VỤ, GIẢI PHÁP\n"
            "1. Xây dựng Đề án phát triển mạng lưới thư viện xã, phường giai đoạn 2026 - 2028, bảo đảm mỗi xã, phường có "
            "một thư viện hoặc phòng đọc sách.\n"
            "2. Tổ chức Ngày hội đọc sách thiếu nhi hằng năm tại các trường tiểu học.\n\n"
            "II. TỔ CHỨC THỰC HIỆN\n1. Sở Văn hóa, Thể thao và Du lịch\n"
            "Chủ trì xây dựng Đề án phát triển mạng lưới thư viện xã, phường, trình Ủy ban nhân dân tỉnh trong quý IV năm 2026.\n"
            "2. Sở Giáo dục và Đào tạo\nChủ trì tổ chức Ngày hội đọc sách thiếu nhi tại các trường tiểu học.\n\n"
            "PHỤ LỤC\nDANH MỤC NHIỆM VỤ\n\nSTT\nNội dung\nCơ quan chủ trì\nThời gian hoàn thành\n"
            "1\nĐề án phát triển mạng lưới thư viện xã, phường\nSở Văn hóa, Thể thao và Du lịch\nQuý IV/2026\n")
    report = ("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH AN BÌNH\nSố: 233/BC-SVHTTDL\nAn Bình, ngày 20 tháng 9 năm 2027\n\n"
              "BÁO CÁO\nKết quả thực hiện Kế hoạch số 52/KH-UBND ngày 10/3/2026 của Ủy ban nhân dân tỉnh\n\n"
              "I. KẾT QUẢ\n1. Về mạng lưới thư viện\n"
              "Đề án phát triển mạng lưới thư viện xã, phường giai đoạn 2026 - 2028, bảo đảm mỗi xã, phường có một thư viện "
              "hoặc phòng đọc sách, đã được phê duyệt tại Quyết định số 118/QĐ-UBND ngày 15/01/2027.\n")
    if not annex:
        plan = plan[:plan.index("PHỤ LỤC")]
    got = _all_statuses(tmp_path, plan, report)
    about = {k[0]: v for k, v in got.items() if "Đề án phát triển mạng lưới" in k[1]}
    assert about == {"I.1": DONE, "II.1": DONE, **({"PL1.1": DONE} if annex else {})}, got
    assert {v for k, v in got.items() if "Ngày hội" in k[1]} == {NO_INFO}, got


def test_a_years_figure_reached_is_a_step_of_a_task_that_runs_on(tmp_path):
    """A report's table of one year's targets says "Vượt" of the training count and "Đạt" of the communes with a
    trained officer (100%): the plan's yearly training runs on to 2030, so it is under way; the task due in 2026 whose
    figure is the whole of it is done (a plan and a report written for this test)."""
    plan = ("ỦY BAN NHÂN DÂN\nTỈNH AN BÌNH\nSố: 61/KH-UBND\nAn Bình, ngày 10 tháng 3 năm 2026\n\nKẾ HOẠCH\n"
            "An toàn lao động giai đoạn 2026 - 2030\n\nI. NHIỆM VỤ, GIẢI PHÁP\n"
            "1. Hằng năm tổ chức huấn luyện an toàn lao động cho người lao động làm việc không theo hợp đồng lao "
            "động.\n"
            "2. Ủy ban nhân dân các xã phân công công chức theo dõi an toàn lao động, hoàn thành trong năm 2026.\n")
    report = ("SỞ NỘI VỤ TỈNH AN BÌNH\nSố: 240/BC-SNV\nAn Bình, ngày 20 tháng 5 năm 2027\n\n"
              "BÁO CÁO\nKết quả thực hiện Kế hoạch số 61/KH-UBND ngày 10/3/2026 của Ủy ban nhân dân tỉnh\n\n"
              "I. KẾT QUẢ\nCác chỉ tiêu năm 2026 cơ bản đạt kế hoạch (chi tiết tại Phụ lục).\n\n"
              "PHỤ LỤC\nKẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2026\n\nTT\nChỉ tiêu\nĐơn vị tính\nKế hoạch năm 2026\n"
              "Kết quả năm 2026\nĐánh giá\n"
              "1\nSố lượt người lao động làm việc không theo hợp đồng lao động được huấn luyện an toàn lao động\n"
              "Lượt người\n3.500\n4.260\nVượt\n"
              "2\nTỷ lệ xã phân công công chức theo dõi an toàn lao động\n%\n100\n100\nĐạt\n")
    got = _all_statuses(tmp_path, plan, report, as_of=D(2027, 5, 31))
    assert {k[0]: v for k, v in got.items()} == {"I.1": IN_PROGRESS, "I.2": DONE}, got


@pytest.mark.parametrize("opening, as_of, heard", [
    ("Sở báo cáo kết quả thực hiện (số liệu tính đến ngày 31/8/2027) như sau:", D(2027, 8, 31), True),
    ("Số liệu báo cáo tính đến hết ngày 31/8/2027.", D(2027, 9, 5), True),
    ("Sở báo cáo kết quả thực hiện (số liệu tính đến ngày 31/8/2027) như sau:", D(2027, 8, 15), False),
    ("Sở báo cáo kết quả thực hiện như sau:", D(2027, 8, 31), False),      # written on 20/9, figures of that day
    # the results summed up to a day, or to a month under the title, without the words "số liệu"
    ("Sở tổng hợp kết quả thực hiện Kế hoạch tính đến ngày 31/8/2027 như sau:", D(2027, 8, 31), True),
    ("(Từ tháng 4/2026 đến tháng 8/2027)", D(2027, 8, 31), True),
    ("(Từ tháng 4/2026 đến tháng 8/2027)", D(2027, 8, 15), False),
])
def test_a_report_written_later_speaks_of_the_day_its_figures_stand_on(tmp_path, opening, as_of, heard):
    """A report dated 20/9/2027 whose figures are "tính đến ngày 31/8/2027" tells how the work stood on 31/8: asked
    about that day, its statements count; asked about a day before its figures, or with no cut-off, they do not
    (a plan and a report written for this test)."""
    plan = ("ỦY BAN NHÂN DÂN\nTỈNH AN BÌNH\nSố: 61/KH-UBND\nAn Bình, ngày 10 tháng 3 năm 2026\n\nKẾ HOẠCH\n"
            "Phát triển thư viện cơ sở năm 2027\n\nI. NHIỆM VỤ\n"
            "1. Sở Văn hóa, Thể thao và Du lịch xây dựng Đề án phát triển mạng lưới thư viện xã, phường.\n")
    report = ("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH AN BÌNH\nSố: 240/BC-SVHTTDL\nAn Bình, ngày 20 tháng 9 năm 2027\n\n"
              "BÁO CÁO\nKết quả thực hiện Kế hoạch số 61/KH-UBND ngày 10/3/2026 của Ủy ban nhân dân tỉnh\n\n"
              f"{opening}\nI. KẾT QUẢ\n"
              "1. Sở Văn hóa, Thể thao và Du lịch đã hoàn thành xây dựng Đề án phát triển mạng lưới thư viện xã, phường.\n")
    got = _all_statuses(tmp_path, plan, report, as_of=as_of)
    assert list(got.values()) == [DONE if heard else NO_INFO], got



@pytest.mark.parametrize("caption, as_of, heard", [
    ("(Số liệu tính đến ngày 31/8/2027)", D(2027, 8, 31), True),
    ("(Số liệu tính đến ngày 31/8/2027)", D(2027, 8, 15), False),
    ("(Số liệu tính đến ngày 15/9/2027)", D(2027, 8, 31), False),   # the table's figures later than the opening's
])
def test_the_day_the_figures_stand_on_may_be_said_over_the_table_of_results(tmp_path, caption, as_of, heard):
    """The report says the day its figures stand on only over its table of results, in a later part far from its
    opening ("3. Kết quả thực hiện các chỉ tiêu\n(Số liệu tính đến ngày 31/8/2027)"), or says one day in its opening
    and a later one there: its statements count for a day on or after the latest of them (a plan and a report
    written for this test)."""
    plan = ("ỦY BAN NHÂN DÂN\nTỈNH AN BÌNH\nSố: 62/KH-UBND\nAn Bình, ngày 10 tháng 3 năm 2026\n\nKẾ HOẠCH\n"
            "Phát triển thư viện cơ sở năm 2027\n\nI. NHIỆM VỤ\n"
            "1. Sở Văn hóa, Thể thao và Du lịch xây dựng Đề án phát triển mạng lưới thư viện xã, phường.\n")
    opening = "Sở báo cáo kết quả thực hiện (số liệu tính đến ngày 31/8/2027) như sau:\n" if "15/9" in caption else ""
    communes = [f"{a} {b}" for a in ("Tân", "Phú", "Long", "Mỹ", "Hòa", "An")
                for b in ("Thạnh", "Lợi", "Điền", "Hưng", "Phước")]
    report = ("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH AN BÌNH\nSố: 241/BC-SVHTTDL\n"
              "An Bình, ngày 20 tháng 9 năm 2027\n\n"
              "BÁO CÁO\nKết quả thực hiện Kế hoạch số 62/KH-UBND ngày 10/3/2026 của Ủy ban nhân dân tỉnh\n\n"
              f"{opening}I. KẾT QUẢ\n1. Công tác chỉ đạo\nSở đã ban hành văn bản hướng dẫn các xã, phường.\n"
              + "".join(f"- Ủy ban nhân dân xã {name} đã ban hành kế hoạch thực hiện, bố trí phòng đọc sách tại nhà "
                        "văn hóa xã, huy động sách do người dân đóng góp.\n" for name in communes) +
              "2. Kết quả thực hiện nhiệm vụ\n"
              "Sở Văn hóa, Thể thao và Du lịch đã hoàn thành xây dựng Đề án phát triển mạng lưới thư viện xã, "
              f"phường.\n3. Kết quả thực hiện các chỉ tiêu\n{caption}\n"
              "TT\nChỉ tiêu\nKết quả\n1\nSố thư viện xã được bổ sung sách\n42\n")
    got = _all_statuses(tmp_path, plan, report, as_of=as_of)
    assert list(got.values()) == [DONE if heard else NO_INFO], got


@pytest.mark.parametrize("pattern, text, found", [
    ("OWN_PLANS_TASK", "2. Các sở, ban, ngành, Ủy ban nhân dân các xã, phường xây dựng kế hoạch thực hiện, hoàn thành "
                       "trước ngày 30/6/2026.", True),
    ("OWN_PLANS_TASK", "Các sở, ngành, UBND các xã căn cứ Phụ lục kèm theo xây dựng kế hoạch, hoàn thành trong quý I.", True),
    ("OWN_PLANS_TASK", "Ủy ban nhân dân các phường ban hành kế hoạch của địa phương trước ngày 15/8/2026.", True),
    ("OWN_PLANS_TASK", "Sở Tài chính xây dựng kế hoạch thực hiện đề án, trình trong quý II.", False),   # one body's plan
    ("OWN_PLANS_TASK", "Các sở, ngành triển khai nhiệm vụ được giao tại Kế hoạch này.", False),          # no plan of their own
    ("OWN_PLANS_TASK", "Xây dựng kế hoạch thực hiện Chỉ thị số 09-CT/TU của các xã, phường", True),    # an annex row
    ("OWN_PLANS_TASK", "Xây dựng kế hoạch kiểm tra an toàn thực phẩm của ngành y tế", False),
    ("OWN_PLANS_REPORTED", "Đến nay 20/22 sở, ngành và 80/85 xã, phường đã ban hành kế hoạch; còn 05 xã chưa ban hành.", True),
    ("OWN_PLANS_REPORTED", "100% các xã, phường đã xây dựng kế hoạch thực hiện.", True),
    ("OWN_PLANS_REPORTED", "Sở đã ban hành Kế hoạch số 45/KH-SNV hướng dẫn các xã.", False),            # a plan by number
    ("OWN_PLANS_REPORTED", "Các xã đã hoàn thành rà soát hộ nghèo.", False),
    ("OWN_PLANS_REPORTED", "Đã có 15/18 sở, ngành và 40/42 xã, phường ban hành kế hoạch thực hiện.", True),
    ("ACTIVITY", "Công tác tuyên truyền được duy trì với 146 tin, bài trên Báo An Bình.", True),
    ("ACTIVITY", "Báo An Bình duy trì chuyên mục “Chợ quê”, đến nay đã thực hiện 06 số.", True),
    ("ACTIVITY", "Lực lượng quản lý thị trường tổ chức 52 đợt kiểm tra, xử lý 31 vụ vi phạm.", True),
    ("ACTIVITY", "Nhân Ngày Hợp tác xã Việt Nam, Liên minh Hợp tác xã tỉnh tôn vinh 25 hợp tác xã tiêu biểu.", True),
    ("ACTIVITY", "Tỉnh có 25 hợp tác xã tiêu biểu được tôn vinh năm trước.", False),
    ("ACTIVITY", "Đài đã đăng, phát 86 tin, bài, phóng sự.", True),
    ("ACTIVITY", "Duy trì tỷ lệ 100% chợ có tổ quản lý.", False),                  # a target, not work done
    ("ACTIVITY", "Tổ chức 02 hội nghị sơ kết vào quý IV.", True),   # the pattern alone; a plan's body is no report
    ("ACTIVITY", "Toàn tỉnh có 120 chợ nông thôn.", False),
    ("ACTIVITY", "Chuyên mục được phát sóng đều đặn, đến nay được 14 số.", True),
    ("ACTIVITY", "Thanh tra Sở thanh tra 08 doanh nghiệp, kiểm tra 12 chi nhánh dịch vụ việc làm.", True),
    ("ACTIVITY", "Công an tỉnh khởi tố 05 vụ, 09 bị can về tội buôn bán hàng cấm.", True),
    ("ACTIVITY", "Đài Phát thanh tỉnh thực hiện 10 chuyên mục về an toàn lao động.", True),
    ("ACTIVITY", "Kiểm tra 100% doanh nghiệp có nguy cơ cao về tai nạn lao động.", False),     # a target's share
    ("ACTIVITY", "Trên địa bàn có 320 doanh nghiệp và 14 chi nhánh dịch vụ.", False),
    ("ACTIVITY", "Công an huyện đã kiểm tra, xử lý 215 trường hợp xe chở quá tải trên đường liên xã.", True),
    ("ACTIVITY", "Năm 2027 ngân sách huyện bố trí 12,5 tỷ đồng cho sửa chữa trường học.", True),
    ("ACTIVITY", "Đã giải ngân 40 tỷ đồng vốn sự nghiệp môi trường.", True),
    ("ACTIVITY", "Mức hỗ trợ tối đa 2 tỷ đồng cho mỗi hợp tác xã.", False),        # a level, not money spent
    ("ACTIVITY", "Có 215 trường hợp được miễn học phí.", False),
    ("ACTIVITY", "Thành lập mới 06 hợp tác xã trồng dược liệu trong năm 2026.", True),
    ("ACTIVITY", "Có 9 doanh nghiệp đã ký hợp đồng bao tiêu sản phẩm với nông dân.", True),
    ("ACTIVITY", "Toàn tỉnh có 41 hợp tác xã đang hoạt động.", False),
    ("STATUS_IN_PROGRESS", "Trung tâm Khuyến nông triển khai thí điểm mô hình tưới tiết kiệm tại 03 xã.", True),
    ("STATUS_IN_PROGRESS", "Sở Xây dựng đã ban hành quy định thiết kế mẫu nhà văn hóa thôn.", False),
    ("STANDING_BODY", "1. Sở Công Thương là cơ quan thường trực, theo dõi, đôn đốc, tổng hợp báo cáo.", True),
    ("STANDING_BODY", "Văn phòng Ủy ban nhân dân tỉnh làm đầu mối theo dõi việc thực hiện.", True),
    ("STANDING_BODY", "Sở Công Thương chủ trì rà soát mạng lưới chợ.", False),
])
def test_own_plans_of_the_bodies_work_counted_and_the_standing_office(pattern, text, found):
    """A report's count of bodies that made their own plans and the plan's task asking them to; work told by its
    count; the office that follows the plan (sentences written for this test)."""
    from nlpolicy.link import patterns as px
    assert bool(getattr(px, pattern).search(text)) is found


_PLAN = ("ỦY BAN NHÂN DÂN TỈNH AN BÌNH\nSố: 30/KH-UBND\nAn Bình, ngày 10 tháng 5 năm 2026\n\nKẾ HOẠCH\n"
         "Phát triển chợ nông thôn năm 2026\n\nI. NHIỆM VỤ\n1. Sở Công Thương chủ trì rà soát mạng lưới chợ "
         "nông thôn, hoàn thành trong quý III/2026.\n2. Sở Công Thương tổ chức tập huấn cho cán bộ quản lý chợ, "
         "hoàn thành trong quý II/2026.\n3. Báo và Phát thanh, Truyền hình An Bình duy trì chuyên mục về phiên chợ quê, "
         "phát sóng hằng tháng.\n\n"
         "II. TỔ CHỨC THỰC HIỆN\n1. Sở Công Thương là cơ quan thường trực, theo dõi, đôn đốc, tổng hợp báo cáo "
         "kết quả thực hiện Kế hoạch.\n2. Các sở, ban, ngành, Ủy ban nhân dân các xã, phường xây dựng kế hoạch "
         "thực hiện, hoàn thành trước ngày 31/7/2026.\n")
_REPORT = ("SỞ CÔNG THƯƠNG TỈNH AN BÌNH\nSố: 88/BC-SCT\nAn Bình, ngày 20 tháng 11 năm 2026\n\nBÁO CÁO\n"
           "Kết quả thực hiện Kế hoạch số 30/KH-UBND ngày 10/5/2026\n\nI. CÔNG TÁC TRIỂN KHAI\n"
           "Đến nay 19/21 sở, ngành và 98/104 xã, phường đã ban hành kế hoạch thực hiện; còn 02 sở và 06 xã "
           "chưa ban hành. Báo và Phát thanh, Truyền hình An Bình duy trì chuyên mục “Phiên chợ quê”, đến nay "
           "đã thực hiện 06 số.\n\n"
           "II. KẾT QUẢ\n1. Sở Công Thương đã hoàn thành rà soát mạng lưới chợ nông thôn.\n"
           "2. Sở Công Thương đã tổ chức 04 lớp tập huấn cho 200 cán bộ quản lý chợ nông thôn.\n")


@pytest.fixture(scope="module")
def market_statuses(tmp_path_factory):
    from nlpolicy.extract.pipeline import extract
    from nlpolicy.link.status import task_statuses
    folder = tmp_path_factory.mktemp("cho")
    (folder / "kh.txt").write_text(_PLAN, encoding="utf-8")
    (folder / "bc.txt").write_text(_REPORT, encoding="utf-8")
    res, bc = extract(folder / "kh.txt"), extract(folder / "bc.txt")
    got = task_statuses(res, [bc], as_of=D(2026, 11, 25))
    return {t.section: got[t.id] for t in res.tasks}


def test_a_count_of_the_bodies_plans_gives_the_status_of_the_task_asking_for_them(market_statuses):
    """"19/21 sở, ngành và 98/104 xã, phường đã ban hành kế hoạch ...; còn 02 sở và 06 xã chưa ban hành" shares
    few words with "Các sở, ban, ngành, Ủy ban nhân dân các xã, phường xây dựng kế hoạch thực hiện, hoàn thành
    trước ngày 31/7/2026", yet speaks of it: past its deadline with bodies still missing, the task is late
    (a plan and report written for this test)."""
    got = market_statuses["II.2"]
    assert got.status == OVERDUE
    assert "98/104 xã, phường đã ban hành kế hoạch" in got.quote


def test_work_counted_goes_on_and_the_standing_office_works_by_reporting(market_statuses):
    """A monthly column "đến nay đã thực hiện 06 số" is in progress; the office that follows the plan is at work
    when its report is there (the report's title is the evidence); "đã tổ chức 04 lớp tập huấn" does not tell
    whether a training due in the second quarter is late or done, so it stays without information rather than
    late (the plan and report above)."""
    assert market_statuses["I.3"].status == IN_PROGRESS and "06 số" in market_statuses["I.3"].quote
    standing = market_statuses["II.1"]
    assert standing.status == IN_PROGRESS and standing.quote.startswith("Kết quả thực hiện Kế hoạch số 30/KH-UBND")
    assert market_statuses["I.2"].status == NO_INFO
    assert market_statuses["I.1"].status == DONE

# ---------------------------------------------------------------- names and figures

def _info(path, kind, number):
    return DocInfo(path, kind, number, None, None, None, None, (), None)


@pytest.mark.parametrize("kind, number, path, label", [
    ("resolution", "12-NQ/TU", "a/nq.txt", "Nghị quyết 12-NQ/TU"),
    ("plan", "88/KH-UBND", "a/kh.txt", "Kế hoạch 88/KH-UBND"),
    ("programme", "07/NQ-CP", "a/ctr.txt", "Nghị quyết 07/NQ-CP"),          # the number's code names the kind
    ("plan", "215-KH/TU", "a/x.txt", "Kế hoạch 215-KH/TU"),
    ("other", "1234/UBND-KT", "a/cv.txt", "Công văn 1234/UBND-KT"),         # no kind code: a letter
    ("report", None, "a/bao-cao-quy-2.txt", "Báo cáo (bao-cao-quy-2.txt)"),  # no number: the file name
    ("other", None, "a/van-ban.txt", "Văn bản (van-ban.txt)"),
])
def test_document_label(kind, number, path, label):
    assert document_label(_info(path, kind, number)) == label


@pytest.mark.parametrize("line, figure, is_achieved", [
    ("Tỷ lệ che phủ rừng đạt 58,2%.", "58,2%", True),
    ("Đã bố trí 3,1% chi ngân sách cho khoa học.", "3,1%", True),
    ("Dự toán năm 2026 bố trí ít nhất 3% chi ngân sách cho du lịch.", "3%", False),
    ("Phấn đấu tỷ lệ hộ nghèo giảm còn 2%.", "2%", False),
    ("Mục tiêu phủ sóng 5G đạt 90% dân số.", "90%", False),
    ("Dự kiến đến hết năm 2026 tỷ lệ lấp đầy đạt 75%.", "75%", False),
    ("Năm 2026 hoàn thành 6,9 km kè, chưa đạt lộ trình 8 km.", "8 km", False),
])
def test_only_achieved_figures_are_reported(line, figure, is_achieved):
    doc = Document(path="x", text=line, key=line.lower())
    s = line.index(figure)
    f = Figure("baseline", None, "chỉ số", None, "=", 1.0, None, "%", 2025, figure, s, s + len(figure))
    assert achieved(doc, f) == is_achieved


# ---------------------------------------------------------------- an invented chain, end to end

@pytest.fixture(scope="module")
def chain():
    from nlpolicy.extract.pipeline import extract
    res = extract(DATA / "nq_du_lich.txt")
    docs = [extract(DATA / n) for n in ("kh_du_lich.txt", "bc_du_lich.txt", "cv_khoang_san.txt")]
    return res, docs


def test_statuses_of_an_invented_chain(chain):
    from nlpolicy.link.status import task_statuses
    res, docs = chain
    got = task_statuses(res, docs, as_of=D(2025, 6, 10))
    assert set(got) == {t.id for t in res.tasks}
    by_text = {t.text[:12]: got[t.id] for t in res.tasks}
    assert by_text["1. Rà soát, "].status == DONE                       # a progress cell "Hoàn thành"
    assert by_text["2. Xây dựng "].status == IN_PROGRESS                # "Đang thực hiện", due 2025
    assert by_text["3. Đầu tư ho"].status == OVERDUE                    # "Đang thực hiện", due 03/2025
    assert by_text["4. Xây dựng "].status == NOT_STARTED                # "chưa triển khai xây dựng ..."
    assert by_text["5. Đào tạo, "].status == DONE                       # "đã tổ chức thành công 04 lớp"
    texts = {d.document.path: d.document.text for d in docs}
    for st in got.values():
        if st.source:
            assert texts[st.source][st.start:st.end] == st.quote      # evidence into the report's text
            assert st.document_label == "Báo cáo 45/BC-UBND"
    # the same documents a year later: what was in progress is now late
    later = task_statuses(res, docs, as_of=D(2026, 1, 15))
    assert later[next(t.id for t in res.tasks if t.text.startswith("2. Xây dựng"))].status == OVERDUE
    # before the report was written, nothing is known
    before = task_statuses(res, docs, as_of=D(2025, 1, 1))
    assert {s.status for s in before.values()} == {NO_INFO}


def test_unrelated_letter_is_left_out(chain):
    from nlpolicy.link.screen import screen_documents
    res, docs = chain
    got = {Path(s.path).name: s for s in screen_documents(res, docs)}
    assert got["kh_du_lich.txt"].counts and got["kh_du_lich.txt"].method == "citation"
    assert got["bc_du_lich.txt"].counts and got["bc_du_lich.txt"].relation == "reports_on"
    letter = got["cv_khoang_san.txt"]
    assert not letter.counts and letter.label == "Công văn 1234/UBND-KT"
    assert "không phải văn bản triển khai Nghị quyết 12-NQ/TU" in letter.message


def test_content_match_needs_the_same_province(tmp_path, chain):
    """A plan that cites nothing counts by its content, but not from another province."""
    from nlpolicy.document import load
    from nlpolicy.link.screen import screen_documents
    res, _ = chain
    text = (DATA / "kh_du_lich.txt").read_text(encoding="utf-8")
    body = text.replace("Thực hiện Nghị quyết số 12-NQ/TU ngày 15/3/2024 của Ban Thường vụ Tỉnh ủy về ",
                        "Về ").replace("Số: 88/KH-UBND", "Số: 90/KH-UBND")
    same = tmp_path / "same.txt"
    same.write_text(body, encoding="utf-8")
    other = tmp_path / "other.txt"
    other.write_text(body.replace("HÀ NAM", "NAM ĐỊNH").replace("Hà Nam", "Nam Định"), encoding="utf-8")
    got = {Path(s.path).name: s for s in screen_documents(res, [load(same), load(other)])}
    assert got["same.txt"].counts and got["same.txt"].method == "similarity"
    assert not got["other.txt"].counts


# ---------------------------------------------------------------- the command, golden

def _run(*args, lang: str = "vi"):
    env = dict(os.environ, NLPOLICY_LANG=lang)
    return subprocess.run([CLI, "link", *args], capture_output=True, text=True, timeout=300, env=env)


def _golden(name: str, text: str) -> None:
    """Compare with tests/golden/link/<name>; NLPOLICY_UPDATE_GOLDEN=1 rewrites it instead."""
    path = GOLDEN / name
    if os.environ.get("NLPOLICY_UPDATE_GOLDEN") == "1":
        path.write_text(text, encoding="utf-8")
    assert path.is_file(), f"{path} missing: run with NLPOLICY_UPDATE_GOLDEN=1 once and review it"
    assert text == path.read_text(encoding="utf-8")


def _chain_args(*extra):
    return [str(DATA / n) for n in ("nq_du_lich.txt", "kh_du_lich.txt", "bc_du_lich.txt", "cv_khoang_san.txt")] \
        + ["--as-of", "2025-06-10", *extra]


def test_cli_text_golden():
    out = _run(*_chain_args())
    assert out.returncode == 0, out.stderr
    text = out.stdout.replace(str(DATA) + "/", "")
    _golden("chain.txt", text)
    # the defects of issue 12 on the link side, each visible in the output
    assert "Nghị quyết 12-NQ/TU" in text and "Kế hoạch 88/KH-UBND" in text and "Báo cáo 45/BC-UBND" in text
    assert "Công văn 1234/UBND-KT: không phải văn bản triển khai Nghị quyết 12-NQ/TU" in text
    assert "Tình trạng nhiệm vụ đến ngày 10/06/2025" in text and "Quá hạn" in text and "Hoàn thành" in text
    assert "độ tương đồng 0,13" in text and "triển khai theo số hiệu trích dẫn" in text


def test_cli_text_in_english_when_asked():
    out = _run(*_chain_args(), lang="en")
    assert out.returncode == 0, out.stderr
    assert "Task statuses as of 10/06/2025" in out.stdout and "implements by citation" in out.stdout
    assert "Documents:" in out.stdout and "[plan]" in out.stdout


def test_cli_json_statuses_and_left_out():
    out = _run(*_chain_args("--format", "json"))
    assert out.returncode == 0, out.stderr
    d = json.loads(out.stdout)
    assert d["schema"] == "nlpolicy.links/1" and d["as_of"] == "2025-06-10"
    assert d["resolution"]["label"] == "Nghị quyết 12-NQ/TU"
    assert [e["label"] for e in d["left_out"]] == ["Công văn 1234/UBND-KT"]
    letter = next(e for e in d["documents"] if e["label"] == "Công văn 1234/UBND-KT")
    assert letter["counts"] is False and letter["implements"] is False
    # nothing of the letter is linked, measured or used as evidence
    assert all(t["document_label"] != "Công văn 1234/UBND-KT" for t in d["task_links"])
    assert all(p["document_label"] != "Công văn 1234/UBND-KT" for p in d["progress"])
    statuses = {e["status"] for e in d["task_statuses"]}
    assert statuses <= set(STATUSES) and {DONE, IN_PROGRESS, OVERDUE} <= statuses
    for e in d["task_statuses"]:
        if e["evidence"]:
            src = Path(e["evidence"]["document"])
            from nlpolicy.document import load
            assert load(src).text[e["evidence"]["start"]:e["evidence"]["end"]] == e["evidence"]["text"]
    # task links below the threshold are shown only as a section's single best link, marked weak
    from nlpolicy.link.tasks import DEFAULT_THRESHOLD, WEAK_THRESHOLD
    for t in d["task_links"]:
        weak = any(e.startswith("weak") for e in t["evidence"])
        assert t["score"] >= (WEAK_THRESHOLD if weak else DEFAULT_THRESHOLD)
        if weak:
            assert [u["document_section"] for u in d["task_links"]
                    if u["document"] == t["document"]].count(t["document_section"]) == 1
    # progress only from an achieved figure: 48,5% against "trên 60%", never the repeated "ít nhất 3%"
    prog = {p["target"]["value"]: p for p in d["progress"]}
    assert prog[60.0]["reported_value"] == 48.5 and prog[60.0]["status"] == "on_track"
    assert prog[60.0]["reported_year"] == 2025
    assert prog[3.0]["reported_value"] is None and prog[3.0]["status"] == "no_data"


@pytest.mark.parametrize("value", ["2025-13-01", "hôm nay", "31/02/2025"])
def test_cli_bad_as_of_is_one_line(value):
    out = _run(str(DATA / "nq_du_lich.txt"), str(DATA / "bc_du_lich.txt"), "--as-of", value)
    assert out.returncode != 0 and out.stdout == ""
    assert len(out.stderr.strip().splitlines()) == 1 and "--as-of" in out.stderr


def test_a_decision_cited_by_number_and_date_does_not_hide_what_it_decided(tmp_path):
    """A report names the decision that did the work by its number and date; those words say which paper, not what
    it is about, and the statement still speaks of the task (a plan and a report written for this test)."""
    plan = ("ỦY BAN NHÂN DÂN\nTỈNH AN BÌNH\nSố: 75/KH-UBND\nAn Bình, ngày 12 tháng 4 năm 2026\n\nKẾ HOẠCH\n"
            "Quản lý đường giao thông nông thôn\n\nI. NHIỆM VỤ\n"
            "1. Sở Xây dựng chủ trì rà soát, trình phê duyệt danh mục các tuyến đường huyện cũ chuyển giao về "
            "cấp xã quản lý.\n"
            "2. Sở Tài chính bố trí kinh phí sửa chữa các cầu yếu trên đường liên xã.\n")
    report = ("SỞ XÂY DỰNG TỈNH AN BÌNH\nSố: 301/BC-SXD\nAn Bình, ngày 15 tháng 9 năm 2027\n\n"
              "BÁO CÁO\nKết quả thực hiện Kế hoạch số 75/KH-UBND ngày 12/4/2026 của Ủy ban nhân dân tỉnh\n\n"
              "I. KẾT QUẢ\n1. Ban hành văn bản\nQuyết định số 2605/QĐ-UBND ngày 24/12/2026 của Ủy ban nhân dân tỉnh "
              "đã phê duyệt danh mục các tuyến đường huyện chuyển giao về cấp xã.\n")
    got = _all_statuses(tmp_path, plan, report)
    assert [s for (_, text), s in got.items() if "Sở Xây dựng" in text] == [DONE], got
    assert [s for (_, text), s in got.items() if "Sở Tài chính" in text] == [NO_INFO], got


def test_bodies_asked_for_their_own_plans_by_the_heading_over_the_task(tmp_path):
    """The plan names the bodies in the heading of their duties and asks, in a dash item under it, for their own
    plans; a report counting the communes that made theirs speaks of that task (a plan and a report written for this
    test)."""
    plan = ("ỦY BAN NHÂN DÂN\nTỈNH AN BÌNH\nSố: 81/KH-UBND\nAn Bình, ngày 20 tháng 4 năm 2026\n\nKẾ HOẠCH\n"
            "Phát triển thị trường lao động\n\nI. TỔ CHỨC THỰC HIỆN\n1. Sở Nội vụ\n"
            "- Chủ trì tổ chức phiên giao dịch việc làm hằng quý tại các xã có đông lao động.\n"
            "2. Ủy ban nhân dân các xã, phường\n"
            "- Ban hành kế hoạch thực hiện của địa phương trước ngày 30/6/2026.\n")
    report = ("SỞ NỘI VỤ TỈNH AN BÌNH\nSố: 412/BC-SNV\nAn Bình, ngày 10 tháng 9 năm 2027\n\n"
              "BÁO CÁO\nKết quả thực hiện Kế hoạch số 81/KH-UBND ngày 20/4/2026 của Ủy ban nhân dân tỉnh\n\n"
              "I. CÔNG TÁC TRIỂN KHAI\nĐến nay, 52/52 xã, phường đã ban hành kế hoạch, trong đó 47 xã ban hành "
              "đúng thời hạn.\n")
    got = _all_statuses(tmp_path, plan, report)
    assert [s for (_, text), s in got.items() if "kế hoạch thực hiện của địa phương" in text] == [DONE], got
    assert [s for (_, text), s in got.items() if "phiên giao dịch" in text] == [NO_INFO], got


def test_a_figure_short_of_its_target_does_not_hold_back_the_regulation_issued(tmp_path):
    """A report's table of targets says the share of trained workers is short of the year's plan; that says nothing
    of whether the council's resolution on support, which the plan asked for, has been issued (the report says it
    has). A task on the work itself still hears the figure (a plan and a report written for this test)."""
    plan = ("ỦY BAN NHÂN DÂN\nTỈNH AN BÌNH\nSố: 96/KH-UBND\nAn Bình, ngày 5 tháng 5 năm 2026\n\nKẾ HOẠCH\n"
            "Đào tạo nghề cho lao động nông thôn\n\nI. NHIỆM VỤ\n"
            "1. Xây dựng, trình Hội đồng nhân dân tỉnh ban hành Nghị quyết quy định chính sách hỗ trợ đào tạo nghề "
            "cho lao động nông thôn trong tháng 9/2026 (Sở Nội vụ chủ trì).\n"
            "2. Tổ chức đào tạo nghề cho lao động nông thôn tại các xã (Sở Nội vụ chủ trì).\n")
    report = ("SỞ NỘI VỤ TỈNH AN BÌNH\nSố: 530/BC-SNV\nAn Bình, ngày 12 tháng 9 năm 2027\n\n"
              "BÁO CÁO\nKết quả thực hiện Kế hoạch số 96/KH-UBND ngày 05/5/2026 của Ủy ban nhân dân tỉnh\n\n"
              "I. KẾT QUẢ\n1. Chính sách\nHội đồng nhân dân tỉnh đã ban hành Nghị quyết số 18/2026/NQ-HĐND ngày "
              "20/9/2026 quy định chính sách hỗ trợ đào tạo nghề cho lao động nông thôn.\n\n"
              "II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU\n\n"
              "| STT | Chỉ tiêu | Đơn vị tính | Kế hoạch năm 2027 | Thực hiện | Đánh giá |\n"
              "|---|---|---|---|---|---|\n"
              "| 1 | Lao động nông thôn được đào tạo nghề | người | 4.000 | 3.150 | Chưa đạt |\n")
    got = _all_statuses(tmp_path, plan, report)
    assert [s for (_, text), s in got.items() if "ban hành Nghị quyết" in text] == [DONE], got
    assert [s for (_, text), s in got.items() if "Tổ chức đào tạo" in text] == [IN_PROGRESS], got


def test_a_task_that_hands_over_other_sections_stands_where_they_stand(tmp_path):
    """A plan's duties hand a body the tasks of other sections by their numbers ("Chủ trì thực hiện nhiệm vụ tại
    khoản 1 mục I", "... tại các khoản 2, 3 mục I"); the report speaks of those tasks, not of the duty: the duty
    stands as they do (done when all are, under way when they differ); a duty whose sections nothing speaks of
    stays without news (a plan and a report written for this test)."""
    plan = ("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH AN BÌNH\nSố: 86/KH-SVHTTDL\nAn Bình, ngày 10 tháng 3 năm 2027\n\n"
            "KẾ HOẠCH\nPhát triển công nghiệp văn hóa năm 2027\n\nI. NHIỆM VỤ\n"
            "1. Tổ chức hội nghị quán triệt Chỉ thị số 18-CT/TU đến các phòng, đơn vị thuộc Sở.\n"
            "2. Tổ chức Triển lãm mỹ thuật khu vực đồng bằng sông Hồng tại tỉnh.\n"
            "3. Dàn dựng mới vở chèo về đề tài lịch sử địa phương.\n"
            "4. Xây dựng cơ sở dữ liệu số về làng nghề truyền thống.\n\n"
            "II. TỔ CHỨC THỰC HIỆN\n1. Văn phòng Sở\nChủ trì thực hiện nhiệm vụ tại khoản 1 mục I Kế hoạch này.\n"
            "2. Phòng Quản lý Văn hóa\nChủ trì thực hiện nhiệm vụ tại các khoản 2, 3 mục I Kế hoạch này.\n"
            "3. Trung tâm Văn hóa tỉnh\nChủ trì thực hiện nhiệm vụ tại khoản 4 mục I Kế hoạch này.\n")
    report = ("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH AN BÌNH\nSố: 41/BC-SVHTTDL\nAn Bình, ngày 20 tháng 12 năm "
              "2027\n\nBÁO CÁO\nKết quả thực hiện Kế hoạch số 86/KH-SVHTTDL ngày 10/3/2027 của Sở Văn hóa, Thể "
              "thao và Du lịch\n\nI. KẾT QUẢ\n1. Sở đã tổ chức hội nghị quán triệt Chỉ thị số 18-CT/TU đến các "
              "phòng, đơn vị thuộc Sở ngày 24/3/2027.\n2. Triển lãm mỹ thuật khu vực đồng bằng sông Hồng đã tổ "
              "chức thành công tại tỉnh tháng 9/2027.\n3. Vở chèo về đề tài lịch sử địa phương đang được dàn dựng, "
              "dự kiến công diễn quý I/2028.\n")
    got = {k[0]: v for k, v in _all_statuses(tmp_path, plan, report, as_of=D(2027, 12, 31)).items()}
    assert got["I.1"] == DONE and got["I.2"] == DONE and got["I.3"] == IN_PROGRESS, got
    assert got["II.1"] == DONE and got["II.2"] == IN_PROGRESS, sorted(got.items())
    assert got["I.4"] == NO_INFO and got["II.3"] == NO_INFO, got
