"""Tests for nlpolicy.extract.targets: targets and baselines on documents never seen (issue 11).

Where the rows come from: every text below was invented for these tests, in the style of the
genre (council resolutions approving a scheme, party resolutions, plans with annex tables,
reports of a year), one row per construction that the gold documents showed to be hard:
commitments outside an objectives part, counts in the noun that is counted, a yearly schedule,
the horizon of a heading or of the title, norms and rates, background counts of places,
estimates, "từ X lên Y", qualifiers ("trẻ em dưới 5 tuổi"), ranks, ranges, annex tables of
indicators, a comparison base ("gấp 2 lần năm 2020"), a yearly share ("hằng năm").  No row is
copied from a corpus document; the corpus and its gold are scored by ``nlpolicy eval`` and
``bench/damage.py``, not here.

Each row is checked on the text as written and on a word-segmented, lower-cased copy (the
research-dataset damage of ``../shared/tools/damage.py``, made here deterministically), and the
cue rows once more with diacritics damaged in the cue words.  Table tests collect every failing
row before failing.
"""
from __future__ import annotations

import doctest
import re
import unicodedata

import pytest

from nlpolicy.document import from_raw
from nlpolicy.extract import targets
from nlpolicy.extract.pipeline import body_bounds
from nlpolicy.extract.targets import extract_targets, figures, indicator_of
from nlpolicy.extract.timegrammar import find_times
from nlpolicy.types import RawDocument


# ------------------------------------------------------------------ helpers

def doc_of(text: str):
    return from_raw(RawDocument("t.txt", text, "utf-8"), require_policy=False)


def kinds_of(text: str) -> list[tuple]:
    """(kind, value, unit, year) of every target and baseline of a text, in order."""
    doc = doc_of(text)
    return [(t.kind, t.value, t.unit, t.year) for t in extract_targets(doc, body_bounds(doc), find_times(doc.text))]


def T(value, unit, year=None):
    return ("target", float(value), unit, year)


def B(value, unit, year=None):
    return ("baseline", float(value), unit, year)


def segmented(text: str) -> str:
    """The research-dataset damage: lower case, and the syllables of every other pair of words
    joined by "_" ("Ủy_ban nhân_dân"), deterministically."""
    out, words = [], text.lower().split(" ")
    i = 0
    while i < len(words):
        w = words[i]
        if i % 2 == 0 and i + 1 < len(words) and re.fullmatch(r"[^\W\d_]+", w) and re.fullmatch(r"[^\W\d_]+", words[i + 1]):
            out.append(w + "_" + words[i + 1])
            i += 2
        else:
            out.append(w)
            i += 1
    return " ".join(out)


def check_rows(rows, fn):
    failures = []
    for text, expected in rows:
        got = fn(text)
        if got != expected:
            failures.append(f"{text!r}\n    expected {expected!r}\n    got      {got!r}")
    assert not failures, f"{len(failures)} of {len(rows)} rows fail:\n" + "\n".join(failures)


# ------------------------------------------------------------------ documents and what they commit to

RESOLUTION = "NGHỊ QUYẾT\nvề phát triển kinh tế - xã hội\n\nHà Tĩnh, ngày 10 tháng 12 năm 2025\n\n"
PLAN = "KẾ HOẠCH\nthực hiện chương trình chuyển đổi số\n\nHà Tĩnh, ngày 15 tháng 3 năm 2026\n\n"
DECISION = "QUYẾT ĐỊNH\nphê duyệt kế hoạch lựa chọn nhà thầu\n\nHà Tĩnh, ngày 20 tháng 4 năm 2026\n\n"
REPORT = "BÁO CÁO\nkết quả thực hiện nhiệm vụ năm 2025\n\nHà Tĩnh, ngày 20 tháng 1 năm 2026\n\n"

ROWS = [
    # a report's table of results by the row's content: a column of counts ("Số xã") and one of shares ("Tỷ lệ (%)")
    # give each row its figures; beside a plan's column the share compares two columns and is no figure of its own
    ("BÁO CÁO\nKết quả giám sát năm 2027\n\nTân An, ngày 10 tháng 12 năm 2027\n\nI. KẾT QUẢ\n"
     "Nội dung\tSố xã\tTỷ lệ (%)\nCông khai dự toán ngân sách\t52\t96,3\nTổ chức đối thoại với Nhân dân\t47\t87,0\n",
     [B(52, "xã", 2027), B(96.3, "%", 2027), B(47, "xã", 2027), B(87, "%", 2027)]),
    ("BÁO CÁO\nKết quả thực hiện năm 2027\n\nTân An, ngày 10 tháng 12 năm 2027\n\nI. KẾT QUẢ\n"
     "Chỉ tiêu\tĐơn vị\tKế hoạch năm 2027\tThực hiện năm 2027\tTỷ lệ (%)\nĐường giao thông nông thôn được cứng hóa"
     "\tkm\t120\t96\t80,0\nNhà văn hóa thôn được xây mới\tnhà\t40\t42\t105,0\n",
     [T(120, "km", 2027), B(96, "km", 2027), T(40, "nhà", 2027), B(42, "nhà", 2027)]),
    # the term that names a congress dates nothing: the results its intro introduces are of the year it names (a
    # resolution's own "Mục tiêu nhiệm kỳ 2027 - 2032" is the period of its targets: CLEAN_ROWS)
    ("THÔNG BÁO\nKết luận tại buổi làm việc với Đảng ủy xã Hòa Lợi\n\nTân An, ngày 20 tháng 3 năm 2028\n\n"
     "1. Đánh giá chung\nXã cơ bản hoàn thành các chỉ tiêu Nghị quyết Đại hội Đảng bộ xã lần thứ I, nhiệm kỳ "
     "2025 - 2030 đề ra cho năm 2027:\n- Thu nhập bình quân đầu người đạt 68,4 triệu đồng;\n"
     "- Tỷ lệ hộ nghèo còn 2,1%.\n",
     [B(68.4, "triệu đồng", 2027), B(2.1, "%", 2027)]),
    # a decision's list of resettlement sites, each item closing on its own schedule: that schedule's end dates the
    # item's sizes and capital, not the plan's horizon
    ("QUYẾT ĐỊNH\nPhê duyệt Dự án bố trí dân cư giai đoạn 2027 - 2030\n\nTân An, ngày 9 tháng 3 năm 2027\n\n"
     "Điều 1. Phê duyệt Dự án với các nội dung sau:\n1. Quy mô\na) Khu tái định cư Bến Đình, xã Hòa Lợi: diện tích "
     "9,4 ha; 168 lô đất ở; kinh phí 112,6 tỷ đồng; thời gian thực hiện năm 2027 - 2028.\nb) Điểm tái định "
     "cư Gò Sành: "
     "110 lô; thực hiện năm 2028 - 2029.\n",
     [T(9.4, "ha", 2028), T(168, "lô", 2028), T(112.6, "tỷ đồng", 2028), T(110, "lô", 2029)]),
    # a council's resolution merging villages: the size of a village it forms is the state it sets at its date, no
    # level to reach; a count its article sets up with a year stays a target
    ("NGHỊ QUYẾT\nVề việc sáp nhập, đổi tên thôn\n\nTân An, ngày 16 tháng 7 năm 2027\n\nQUYẾT NGHỊ:\n\n"
     "Điều 1. Sáp nhập thôn\n1. Xã Hòa Lợi\na) Sáp nhập toàn bộ 68 hộ gia đình của thôn Bến Đình và toàn bộ "
     "74 hộ gia "
     "đình của thôn Gò Sành để thành lập thôn mới có tên gọi là thôn Bến Sành.\nThôn Bến Sành sau khi thành "
     "lập có 142 "
     "hộ gia đình, diện tích tự nhiên 5,97 km².\nSau khi sáp nhập, xã Hòa Lợi có 09 thôn.\n"
     "Điều 2. Thành lập mới 05 tổ hợp tác trong năm 2028.\n",
     [B(142, "hộ", 2027), B(5.97, "km²", 2027), B(9, "thôn", 2027), T(5, "tổ hợp tác", 2028)]),
    # a council's five-year plan whose first article opens with the period it looks back on: that period dates
    # the results in its sentence, not the targets of the plan below it (its title's period does)
    ("NGHỊ QUYẾT\nVề kế hoạch phát triển kinh tế - xã hội 5 năm 2011 - 2015\n\nTân An, ngày 9 tháng 12 năm 2010\n\n"
     "Điều 1. Hội đồng nhân dân tỉnh cơ bản tán thành đánh giá kết quả thực hiện kế hoạch 5 năm 2006 - 2010: kinh tế "
     "tăng trưởng khá, tốc độ tăng trưởng bình quân đạt 11,8%/năm; tỷ lệ hộ nghèo giảm còn 12,5% năm 2010. Đồng thời "
     "thống nhất các mục tiêu, chỉ tiêu chủ yếu như sau:\nI. CÁC CHỈ TIÊU CHỦ YẾU\n- Tốc độ tăng trưởng kinh tế bình "
     "quân 14%/năm; tỷ lệ hộ nghèo giảm bình quân 2%/năm.\n",
     [B(11.8, "%/năm", 2010), B(12.5, "%", 2010), T(14, "%/năm", 2015), T(2, "%/năm", 2015)]),
    # a rule's list of the cases it applies to ("... bị xem xét trách nhiệm khi: a) Có từ 30% ... trở lên") bounds the
    # cases, it sets no level; a target under the same rule's duties is still one
    (PLAN + "III. TRÁCH NHIỆM\n1. Người đứng đầu bị xem xét trách nhiệm khi cơ quan, đơn vị:\na) Có từ 30% chỉ tiêu, "
     "nhiệm vụ trở lên trong năm không hoàn thành.\n2. Bảo đảm 100% văn bản được xử lý đúng hạn trong năm 2026.\n",
     [T(100, "%", 2026)]),
    # "đã" before the verb of a figure makes it what was done, even under the objectives; a verb in the past that
    # describes the things paid for ("nợ của các công trình đã hoàn thành: ...") leaves the allocation a target
    (PLAN + "II. MỤC TIÊU\n1. Mục tiêu chung\nGiai đoạn 2021 - 2025, toàn tỉnh đã hoàn thành 2.460 căn hộ nhà ở xã hội; "
     "phấn đấu đến năm 2030 hoàn thành 5.000 căn hộ.\n2. Chỉ tiêu cụ thể\na) Thanh toán nợ xây dựng cơ bản của các "
     "công trình đã hoàn thành, được phê duyệt quyết toán: 1.350 triệu đồng trong năm 2027.\n",
     [B(2460, "căn hộ", 2025), T(5000, "căn hộ", 2030), T(1350, "triệu đồng", 2027)]),
    # "đã hoàn thành" with the works done between it and the count ("nâng cấp, mở rộng"): what was done, in a
    # report's part on the targets too
    (REPORT + "II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU\n1. Cơ sở vật chất: đã hoàn thành nâng cấp, mở rộng 12 trường học; 03 trường "
     "đang thi công.\n", [B(12, "trường học", 2025), B(3, "trường", 2025)]),
    # a part on last year's results and this year's outlook: its forecast word speaks for the year it names, a few
    # words after it ("DỰ BÁO MÙA MƯA BÃO NĂM 2026"), not for last year's figures
    (PLAN + "II. KẾT QUẢ NĂM 2025 VÀ DỰ BÁO MÙA MƯA BÃO NĂM 2026\n1. Kết quả năm 2025\nNăm 2025 toàn tỉnh trồng mới "
     "3.200 ha rừng; tỷ lệ che phủ rừng đạt 41,2%.\n", [B(3200, "ha", 2025), B(41.2, "%", 2025)]),
    # capital allotted "theo tiêu chí, định mức" (by the norms) is an amount to allot, not a norm; a norm is none
    (RESOLUTION + "Điều 1. Kế hoạch đầu tư công trung hạn giai đoạn 2026 - 2030\n1. Tổng vốn theo nguồn:\na) Vốn cân "
     "đối ngân sách theo tiêu chí, định mức: 2.150 tỷ đồng;\nb) Định mức hỗ trợ làm nhà: 40 triệu đồng/hộ.\n",
     [T(2150, "tỷ đồng", 2030)]),
    # a report's table of figures by port, its total row first: each column's unit from its header, in brackets
    # before a comment ("(nghìn tấn, quy đổi)") or the noun it counts ("Số tàu ...")
    (REPORT + "II. KẾT QUẢ THỰC HIỆN\nTình hình các cảng cá như sau:\n\nSTT\nCảng cá\nDiện tích vùng nước (ha)\n"
     "Số tàu cập cảng\nSản lượng qua cảng (nghìn tấn, quy đổi)\n\nTổng cộng\n84,5\n57\n31,2\n"
     "1\nCảng cá Gành Đỏ\n40,5\n32\n18,6\n2\nCảng cá Tiên Châu\n44,0\n25\n12,6\n",
     [B(40.5, "ha", 2025), B(32, "tàu", 2025), B(18.6, "nghìn tấn", 2025),
      B(44, "ha", 2025), B(25, "tàu", 2025), B(12.6, "nghìn tấn", 2025)]),
    # an aside of several clauses after a heading gives where things stood, each clause dated by its own time
    ("QUYẾT ĐỊNH\nPhê duyệt Quy hoạch phát triển công nghiệp đến năm 2020\n\nTân An, ngày 15 tháng 11 năm 2012\n\n"
     "Điều 1. Phê duyệt Quy hoạch với các nội dung sau:\n1. Mục tiêu\nb) Mục tiêu cụ thể (năm 2011 giá trị sản xuất "
     "công nghiệp đạt 1.380 tỷ đồng; giai đoạn 2006 - 2010 tăng bình quân 17,2%/năm):\n- Năm 2015 giá trị sản xuất "
     "công nghiệp đạt 3.100 tỷ đồng.\n",
     [B(1380, "tỷ đồng", 2011), B(17.2, "%/năm", 2010), T(3100, "tỷ đồng", 2015)]),
    # "mặt bằng" (the site) is no comparison "bằng": the time after it dates the figure before it; resettlement
    # areas are counted in their noun
    (PLAN + "III. NHIỆM VỤ\n1. Xây dựng 14 khu tái định cư tập trung, hoàn thành trong năm 2027; bàn giao ít nhất 60% "
     "diện tích mặt bằng trước ngày 30 tháng 9 năm 2027 và bàn giao 100% mặt bằng chậm nhất trong quý II/2028.\n",
     [T(14, "khu tái định cư", 2027), T(60, "%", 2027), T(100, "%", 2028)]),
    # so many of the whole reached by a date gone by is where things stand, though "hoàn thành" looks ahead; the
    # same count with a year to come is a target
    ("CHỈ THỊ\nVề đẩy nhanh giải phóng mặt bằng\n\nHà Nội, ngày 2 tháng 6 năm 2026\n\nTính đến ngày 31 tháng 5 năm 2026, "
     "các địa phương đã bàn giao 1.214 ha mặt bằng; hoàn thành 17/23 khu tái định cư.\n1. Hoàn thành 23/23 khu tái "
     "định cư trong năm 2026.\n",
     [B(1214, "ha", 2026), B(17, "khu tái định cư", 2026), T(23, "khu tái định cư", 2026)]),
    # "trên cả 3 tiêu chí": all of the criteria the sentence speaks of, no level to reach
    (PLAN + "III. NHIỆM VỤ\n1. Kéo giảm tai nạn giao thông trên cả 3 tiêu chí; phấn đấu 100% xã đạt tiêu chí an "
     "toàn giao thông trong năm 2027.\n", [T(100, "%", 2027)]),
    # an objectives part with its heading's year; a share and a rate
    (RESOLUTION + "I. MỤC TIÊU\n1. Đến năm 2030\n- Tỷ lệ hộ nghèo giảm xuống dưới 2%; thu nhập bình quân đầu người "
     "đạt 95 triệu đồng/người/năm.\n",
     [T(2, "%", 2030), T(95, "triệu đồng/người/năm", 2030)]),
    # a commitment outside any objectives part, and a time label that governs its whole line
    (PLAN + "III. NHIỆM VỤ\n1. Phấn đấu đến năm 2028 có 60% doanh nghiệp nhỏ và vừa sử dụng nền tảng số.\n"
     "+ Đến năm 2027: Hoàn thành kết nối 35 điểm. Các xã miền núi được phủ sóng trên 90% dân số.\n",
     [T(60, "%", 2028), T(35, "điểm", 2027), T(90, "%", 2027)]),
    # a council resolution approving a scheme: its period in the article's heading dates the counts;
    # the yearly schedule dates each year; the support norms are no targets
    ("NGHỊ QUYẾT\nThông qua Đề án sắp xếp dân cư giai đoạn 2027 - 2029\n\nCăn cứ Tờ trình số 12/TTr-UBND ngày "
     "05 tháng 6 năm 2026 của Ủy ban nhân dân tỉnh;\n"
     "Điều 1. Thông qua Đề án sắp xếp dân cư vùng thiên tai giai đoạn 2027 - 2029, với các nội dung sau:\n"
     "1. Phạm vi: thực hiện tại 85 xã thuộc 9 huyện.\n"
     "2. Quy mô: 1.250 hộ với 5.830 khẩu.\n"
     "3. Định mức hỗ trợ: hộ di chuyển xen ghép 40 triệu đồng/hộ; hộ ổn định tại chỗ 15 triệu đồng/hộ.\n"
     "4. Phân kỳ thực hiện:\na) Năm 2027: Tổng số 400 hộ, kinh phí 9.800 triệu đồng.\n"
     "b) Năm 2028: Tổng số 450 hộ, kinh phí 11.250,5 triệu đồng.\n",
     [T(1250, "hộ", 2029), T(5830, "khẩu", 2029), T(400, "hộ", 2027), T(9800, "triệu đồng", 2027),
      T(450, "hộ", 2028), T(11250.5, "triệu đồng", 2028)]),
    # a decision approving an investment: the approved size and capital bind the investor, undated (the
    # schedule of another clause dates neither); the copies the decision is made in are no figure
    ("QUYẾT ĐỊNH\nChấp thuận chủ trương đầu tư dự án cụm công nghiệp Phú Lâm\n\nLạng Sơn, ngày 12 tháng 5 năm 2026\n\n"
     "Điều 1. Chấp thuận chủ trương đầu tư dự án với các nội dung sau:\n1. Tên dự án: Cụm công nghiệp Phú Lâm.\n"
     "2. Quy mô dự án: 52,6 ha.\n3. Tổng vốn đầu tư: 480.000.000.000 đồng, trong đó vốn góp của nhà đầu tư "
     "72.000.000.000 đồng.\n4. Tiến độ thực hiện: Từ Quý III/2026 đến Quý IV/2028.\n"
     "5. Diện tích mặt đất, mặt nước sử dụng: 52,6 ha.\n"
     "Điều 2. Quyết định này được lập thành 03 bản chính: 01 bản cấp cho nhà đầu tư, 01 bản lưu tại Sở Công Thương.\n",
     [T(52.6, "ha"), T(480000000000, "đồng"), T(72000000000, "đồng"), T(52.6, "ha")]),
    # the same size in a report's account of a cluster is what exists
    (REPORT + "I. TÌNH HÌNH\n1. Cụm công nghiệp Phú Lâm có quy mô 52,6 ha, đã lấp đầy 40%.\n",
     [B(52.6, "ha", 2025), B(40, "%", 2025)]),
    # a lead-in's "as of" date dates the lettered items under it, in a scheme written a year later
    (PLAN + "I. THỰC TRẠNG\nTính đến ngày 31/12/2025, toàn tỉnh có 640 trường học, cụ thể như sau:\n"
     "a) Mầm non: 210 trường.\nb) Tiểu học: 230 trường.\n",
     [B(640, "trường học", 2025), B(210, "trường", 2025), B(230, "trường", 2025)]),
    # an account that opens "Tính đến ngày ..." dates the undated figures of its part, on the lines below too; a
    # sentence that opens with a time of its own is the document's year
    (PLAN + "I. THỰC TRẠNG\nTính đến ngày 31/12/2025, toàn tỉnh có 1.120 trạm BTS.\n- Về cáp quang: tỷ lệ hộ có cáp "
     "quang mới đạt 64%. Sau sắp xếp đơn vị hành chính, toàn tỉnh có 95 điểm bưu điện văn hóa xã.\n",
     [B(1120, "trạm", 2025), B(64, "%", 2025), B(95, "điểm", 2026)]),
    # a contractor-selection plan prices its packages and sorts the works' value into parts: no targets; a share of a
    # package to finish is one
    (DECISION + "Điều 1. Phê duyệt kế hoạch lựa chọn nhà thầu dự án Đường trục Tân An:\n1. Phần công việc đã thực hiện: 03 "
     "nội dung, tổng giá trị 9.120.000.000 đồng.\n2. Gói thầu số 05 (xây lắp), giá gói thầu 412.500.000.000 đồng.\n"
     "Điều 2. Chủ đầu tư bảo đảm năm 2028 hoàn thành 100% khối lượng gói thầu số 05.\n",
     [T(100, "%", 2028)]),
    # a lead-in that says the list below is a support norm
    (RESOLUTION + "II. CHÍNH SÁCH\n- Hỗ trợ một lần cho hộ góp đất, mức hỗ trợ như sau:\n+ Đất trồng lúa: 06 triệu đồng/1 ha.\n"
     "+ Đất rừng sản xuất: 03 triệu đồng/1 ha.\n- Ngân sách tỉnh hỗ trợ 50% chi phí mua giống.\n", []),
    # an estimate is neither; a report speaks of its year; a comparison with last year is a baseline
    (REPORT + "I. KẾT QUẢ THỰC HIỆN\n1. Tổng thu ngân sách đạt 3.250 tỷ đồng, tăng 12% so với cùng kỳ; ước cả năm "
     "thu 3.900 tỷ đồng. Hiện có 45 xã đạt chuẩn nông thôn mới.\n",
     [B(3250, "tỷ đồng", 2025), B(12, "%", 2025), B(45, "xã", 2025)]),
    # a report written early in a year on figures to the end of the last: its present figures stand in that year
    ("BÁO CÁO\nSơ kết 02 năm thực hiện Chương trình hành động số 12/CTr-UBND\n\nAn Bình, ngày 20 tháng 2 năm 2028\n\n"
     "Ủy ban nhân dân tỉnh báo cáo kết quả, số liệu tính đến ngày 31/12/2027, như sau:\n"
     "I. KẾT QUẢ\n1. Đã cứng hóa thêm 486 km đường giao thông nông thôn; còn 46 hộ chưa nhận tiền bồi thường.\n",
     [B(486, "km", 2027), B(46, "hộ", 2027)]),
    # "từ X lên Y": where it starts is a baseline, where it goes a target
    (REPORT + "III. KIẾN NGHỊ\n1. Bố trí vốn giai đoạn 2026-2030 để mở rộng cụm công nghiệp phía Nam từ 40 ha lên 70 ha.\n",
     [B(40, "ha", 2025), T(70, "ha", 2030)]),
    # a rate "từ X% trở lên" is its level, however its indicator is described; a group "từ 30 hộ trở lên" qualifies,
    # and so does the rate communes counted reach
    (PLAN + "II. MỤC TIÊU\n1. Đến năm 2030, tỷ lệ hợp tác xã hoạt động hiệu quả (xếp loại tốt, khá) từ 65% trở lên; "
     "có 10 liên hiệp hợp tác xã; hỗ trợ các tổ hợp tác từ 30 thành viên trở lên; 95 xã đạt tỷ lệ tiêm chủng từ 90% "
     "trở lên.\n",
     [T(65, "%", 2030), T(10, "liên hiệp hợp tác xã", 2030), T(95, "xã", 2030)]),
    # an average the verb states is a level too: "tăng bình quân từ 9%/năm trở lên"
    (PLAN + "II. MỤC TIÊU\n1. Giai đoạn 2026 - 2030, số doanh nghiệp thành lập mới tăng bình quân từ 9%/năm trở lên.\n",
     [T(9, "%/năm", 2030)]),
    # the rest of a group, which the commitment's verb follows, is no remainder of the present: "các xã còn lại đạt
    # bình quân từ 12 tiêu chí trở lên" (not "số vốn còn lại 4,5 tỷ đồng")
    (PLAN + "II. MỤC TIÊU\n1. Đến năm 2028, có 30% số xã đạt chuẩn; các xã còn lại đạt bình quân từ 12 tiêu chí trở lên.\n",
     [T(30, "%", 2028), T(12, "tiêu chí", 2028)]),
    # figures that qualify a noun are no targets
    (PLAN + "II. MỤC TIÊU\n1. Đến năm 2028, tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng còn dưới 9%; xóa nhà tạm cho "
     "các nhóm từ 20 hộ trở lên.\n",
     [T(9, "%", 2028)]),
    # an age the sentence reaches is a level, the age of a group no level: "tuổi thọ trung bình đạt 76,5 tuổi", not
    # "thanh niên 18 tuổi"
    (PLAN + "II. MỤC TIÊU\n1. Đến năm 2030, tuổi thọ trung bình đạt 76,5 tuổi; chiều cao trung bình của thanh niên "
     "18 tuổi đạt 166 cm đối với nam.\n",
     [T(76.5, "tuổi", 2030), T(166, "cm", 2030)]),
    # criteria and quotas for grading are rules, not levels to reach ("có từ 80% ... trở lên", "không vượt quá 20%")
    (PLAN + "1. Tiêu chí xếp loại chi bộ\n- Hoàn thành tốt nhiệm vụ: có từ 80% đảng viên trở lên hoàn thành tốt nhiệm "
     "vụ.\n2. Tỷ lệ xếp loại\n- Số đảng viên xếp loại xuất sắc không vượt quá 20%.\n", []),
    # a total stated "từ X trở lên" is a target ("vận động đạt tổng số từ 80 tỷ đồng trở lên")
    (PLAN + "II. MỤC TIÊU\n1. Đến năm 2028, vận động Quỹ Khuyến học các cấp đạt tổng số từ 80 tỷ đồng trở lên.\n",
     [T(80, "tỷ đồng", 2028)]),
    # a rank and a range
    (RESOLUTION + "I. MỤC TIÊU\n- Đến năm 2030, chỉ số năng lực cạnh tranh cấp tỉnh nằm trong nhóm 20 tỉnh dẫn đầu; "
     "chi phí logistics giảm từ 5-10%.\n",
     [T(20, "hạng", 2030), T(5, "%", 2030)]),
    # no horizon anywhere: the year stays unknown, not invented (and a date of another clause is no year)
    ("NGHỊ QUYẾT\nHội nghị lần thứ mười\n\n1. Về tổ chức bộ máy: (1) Kết thúc hoạt động của cấp huyện từ ngày 01/7/2026. "
     "(2) Đồng ý số lượng đơn vị hành chính cấp xã sau sắp xếp là 120 xã, phường.\n",
     [T(120, "xã, phường", None)]),
    # a comparison base is not the figure's year; a yearly share has none
    (RESOLUTION + "I. MỤC TIÊU\n- Giai đoạn 2026 - 2030, kim ngạch xuất khẩu gấp 2 lần năm 2025; "
     "tỷ lệ đô thị hóa đạt 45%.\nII. NHIỆM VỤ\n1. Bảo đảm chi cho khoa học tối thiểu 2% tổng chi ngân sách hằng năm.\n",
     [T(2, "lần", 2030), T(45, "%", 2030), T(2, "%", None)]),
    # a heading "Hằng năm" between two time headings: its figures are each year's, not the year of the heading
    # before it
    (RESOLUTION + "I. MỤC TIÊU\n2. Chỉ tiêu cụ thể\na) Đến hết năm 2027\n- Hỗ trợ ít nhất 120 dự án khởi nghiệp.\n"
     "b) Hằng năm\n- Tổ chức ít nhất 01 cuộc thi khởi nghiệp cấp tỉnh.\n- Hỗ trợ không dưới 100 lượt doanh nghiệp "
     "nhỏ và vừa.\nc) Đến năm 2030\n- Có từ 8 cơ sở ươm tạo trở lên.\n",
     [T(120, "dự án", 2027), T(1, "cuộc thi", None), T(100, "lượt", None), T(8, "cơ sở", 2030)]),
    # the same with the times as the "*" lines over "+" items some offices write; a militia's squads are counts
    (RESOLUTION + "I. MỤC TIÊU\n2. Chỉ tiêu cụ thể\n* Đến năm 2028:\n+ Duy trì không dưới 12 tiểu đội dân quân "
     "thường trực.\n* Hằng năm:\n+ 100% dân quân được huấn luyện đủ nội dung.\n* Đến năm 2030:\n+ Tỷ lệ đảng "
     "viên trong dân quân tự vệ đạt 25%.\n",
     [T(12, "tiểu đội", 2028), T(100, "%", None), T(25, "%", 2030)]),
    # an undated resolution that cites only laws speaks from its earliest dated deadline, not the law's year
    ("NGHỊ QUYẾT\nvề chất vấn tại kỳ họp thứ tư\n\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
     "Điều 1. Đề nghị Ủy ban nhân dân tỉnh chỉ đạo rà soát số kinh phí còn thiếu (3,2 tỷ đồng) của dự án kè sông, "
     "hoàn thành trong tháng 9/2019.\n",
     [B(3.2, "tỷ đồng", 2019)]),
    # a half year before the document's date is the past
    ("NGHỊ QUYẾT\nvề nhiệm vụ 6 tháng cuối năm 2026\n\nHà Tĩnh, ngày 15 tháng 7 năm 2026\n\n"
     "Điều 1. Tình hình 6 tháng đầu năm 2026: tốc độ tăng trưởng đạt 7,2%.\n"
     "Điều 2. Phấn đấu 6 tháng cuối năm 2026 tỷ lệ bao phủ bảo hiểm y tế đạt 95%.\n",
     [B(7.2, "%", 2026), T(95, "%", 2026)]),
    # a count that points back, a distance that locates: neither
    (PLAN + "II. NHIỆM VỤ\n- Giai đoạn 2026 - 2030 xây dựng 03 bến cảng và 03 kho hàng gắn với 03 bến cảng này, "
     "cách trung tâm huyện khoảng 12 km.\n",
     [T(3, "bến cảng", 2030), T(3, "kho", 2030)]),
    # an item that gives the time of its whole part; a count of the parts a whole is divided into
    ("KẾ HOẠCH\nĐầu tư cấp nước sinh hoạt cụm xã phía Tây\n\nĐắk Nông, ngày 02 tháng 3 năm 2026\n\n"
     "I. NỘI DUNG\n"
     "1. Quy mô: cấp nước cho 3.200 hộ; phân chia thành 4 vùng cấp nước.\n2. Tổng mức đầu tư: 86 tỷ đồng.\n"
     "3. Thời gian thực hiện: 2026 - 2027.\n",
     [T(3200, "hộ", 2027), T(86, "tỷ đồng", 2027)]),
    # the clauses of an article are provisions of their own: the time of one dates no figure of another
    ("QUYẾT ĐỊNH\nPhê duyệt dự án cấp nước sinh hoạt\n\nĐắk Nông, ngày 02 tháng 3 năm 2026\n\n"
     "Điều 1. Phê duyệt dự án cấp nước sinh hoạt cụm xã phía Tây, với các nội dung sau:\n"
     "1. Quy mô: cấp nước cho 3.200 hộ; phân chia thành 4 vùng cấp nước.\n2. Tổng mức đầu tư: 86 tỷ đồng.\n"
     "3. Thời gian thực hiện: 2026 - 2027.\n",
     [T(3200, "hộ"), T(86, "tỷ đồng")]),
    # a plan for one year: its title's year dates its targets
    ("KẾ HOẠCH\nPhát triển thương mại điện tử năm 2027\n\nĐồng Tháp, ngày 10 tháng 1 năm 2027\n\n"
     "I. MỤC TIÊU\n- 70% doanh nghiệp nhỏ và vừa bán hàng trên sàn thương mại điện tử.\n", [T(70, "%", 2027)]),
    # a council resolution of December on next year's plan: this year's results are baselines, a share of
    # the plan reached too; next year's indicators are targets
    ("NGHỊ QUYẾT\nVề kế hoạch phát triển kinh tế - xã hội năm 2027\n\nNam Định, ngày 09 tháng 12 năm 2026\n\n"
     "Điều 1. Đánh giá tình hình năm 2026\nNăm 2026, tổng thu ngân sách đạt 9.400 tỷ đồng, bằng 106% dự toán.\n"
     "Điều 2. Các chỉ tiêu chủ yếu năm 2027\na) Tốc độ tăng trưởng GRDP đạt 9% trở lên.\n"
     "b) Có thêm 15 xã đạt chuẩn nông thôn mới nâng cao.\n",
     [B(9400, "tỷ đồng", 2026), B(106, "%", 2026), T(9, "%", 2027), T(15, "xã", 2027)]),
    # how often is no amount; a bound that says which things a rule applies to is no target
    (PLAN + "II. NHIỆM VỤ\n- Kiểm tra 2 lần mỗi năm; dự án có tổng mức đầu tư dưới 15 tỷ đồng do cấp huyện phê duyệt.\n"
     "- 01 Khu công nghiệp đạt tiêu chuẩn khu công nghiệp sinh thái vào năm 2030.\n",
     [T(1, "khu công nghiệp", 2030)]),
    # what a humanitarian campaign counts is its unit: blood units, gift parcels, humanitarian addresses
    (PLAN + "II. MỤC TIÊU\n- Năm 2027 tiếp nhận tối thiểu 8.000 đơn vị máu; trao 1.200 suất quà; kết nối mới 900 địa chỉ "
     "nhân đạo.\n",
     [T(8000, "đơn vị máu", 2027), T(1200, "suất quà", 2027), T(900, "địa chỉ nhân đạo", 2027)]),
    # the parts a figure is broken down into ("trong đó") are what the whole is: a year's results are results, a
    # call's quota a quota (the army's share after "Quân đội" is no team number); a part that says what it is itself
    # keeps it
    (PLAN + "I. TÌNH HÌNH\nNăm 2024, toàn tỉnh đã giao 1.900 công dân nhập ngũ, đạt 100% chỉ tiêu, trong đó 1.700 công dân "
     "nhập ngũ Quân đội và 200 công dân thực hiện nghĩa vụ tham gia Công an nhân dân.\nII. CHỈ TIÊU\nTổng số công dân nhập "
     "ngũ năm 2026 là 2.000 công dân, trong đó: nhập ngũ Quân đội 1.750 công dân; tham gia Công an nhân dân 250 công dân.\n"
     "Năm 2026 có 30 chợ, trong đó, hiện có 12 chợ đạt chuẩn.\n",
     [B(1900, "công dân", 2024), B(100, "%", 2024), B(1700, "công dân", 2024), B(200, "công dân", 2024),
      T(2000, "công dân", 2026), T(1750, "công dân", 2026), T(250, "công dân", 2026), T(30, "chợ", 2026),
      B(12, "chợ", 2026)]),
    # a table whose caption gives the unit of all its figures and whose columns are no years ("Cụm xã | Quân sự |
    # Công an"): each number is a figure in that unit, for the year its title gives
    (PLAN + "II. CHỈ TIÊU\nGiao chỉ tiêu theo Phụ lục.\n\nPHỤ LỤC\nCHỈ TIÊU GIAO QUÂN NĂM 2026 THEO CỤM XÃ\nĐơn vị tính: "
     "công dân\n\nSTT\nCụm xã, phường\nQuân sự\nCông an\nTổng\n\n1\nCụm Hồng Lĩnh\n120\n15\n135\n\n2\nCụm Kỳ Anh\n95\n"
     "12\n107\n\n3\nCụm Hương Sơn\n80\n10\n90\n",
     [T(120, "công dân", 2026), T(15, "công dân", 2026), T(135, "công dân", 2026), T(95, "công dân", 2026),
      T(12, "công dân", 2026), T(107, "công dân", 2026), T(80, "công dân", 2026), T(10, "công dân", 2026),
      T(90, "công dân", 2026)]),
    # a military service call counts citizens; its recruits and soldiers are counted the same way
    (PLAN + "II. MỤC TIÊU\n- Năm 2028 gọi 2.460 công dân nhập ngũ; tiếp nhận 1.800 tân binh; huấn luyện 300 chiến sĩ.\n",
     [T(2460, "công dân", 2028), T(1800, "tân binh", 2028), T(300, "chiến sĩ", 2028)]),
    # a council sets how many may hold a post ("bố trí không quá 03 người") and what each is paid, as a coefficient of
    # the base salary: levels a rule sets, not figures to reach; what it asks to reach by a year still is one, and so is
    # the money it puts to the work under a cap
    ("HỘI ĐỒNG NHÂN DÂN\nTỈNH AN BÌNH\nSố: 14/2027/NQ-HĐND\nAn Bình, ngày 10 tháng 7 năm 2027\n\nNGHỊ QUYẾT\nQuy định số "
     "lượng, mức phụ cấp người hoạt động không chuyên trách ở tổ dân phố\n\nĐiều 1. Số lượng\nMỗi tổ dân phố bố trí không "
     "quá 03 người; tổ dân phố dưới 200 hộ bố trí tối đa 02 người.\nĐiều 2. Mức phụ cấp\nMức phụ cấp hằng tháng theo Phụ "
     "lục.\nĐiều 3. Tổ chức thực hiện\nỦy ban nhân dân tỉnh phấn đấu đến năm 2028 có 100% tổ dân phố có Tổ bảo vệ an "
     "ninh; ngân sách tỉnh bố trí không quá 45 tỷ đồng trong giai đoạn 2027 - 2030.\n\nPHỤ LỤC\nMỨC PHỤ CẤP HẰNG "
     "THÁNG\nĐơn vị tính: hệ số so với mức lương cơ sở\n\n| STT | Chức danh | Tổ dân phố loại 1 | Tổ dân phố loại 2 |"
     "\n|---|---|---|---|\n| 1 | Tổ trưởng tổ dân phố | 1,8 | 1,4 |\n",
     [T(100, "%", 2028), T(45, "tỷ đồng", 2030)]),
    # a date the figures are counted to, opening a sentence inside a paragraph, dates the paragraph's later figures,
    # up to a sentence that opens on another time or says it speaks of now; a population's share in words
    (PLAN + "I. THỰC TRẠNG\nThời gian qua, tỉnh có nhiều cố gắng. Đến ngày 31/12/2025, toàn tỉnh có 12.400 sinh viên, "
            "tương đương 85 sinh viên trên một vạn dân. Đội ngũ giảng viên có 640 người; Trường Cao đẳng Y tế hiện chỉ "
            "có 35 giảng viên. Trong năm 2026, các trường tuyển 3.100 sinh viên.\nII. MỤC TIÊU\n- Đến năm 2030 đạt 150 "
            "sinh viên trên 1 vạn dân.\n",
     [B(12400, "sinh viên", 2025), B(85, "sinh viên/vạn dân", 2025), B(640, "người", 2025), B(35, "giảng viên", 2026),
      B(3100, "sinh viên", 2026), T(150, "sinh viên/vạn dân", 2030)]),
    # a note in brackets under a part's heading saying what day its figures are counted to dates the part, as its
    # heading would; the next part is dated by its own words
    (PLAN + "I. THỰC TRẠNG\n(Số liệu tổng hợp đến ngày 31/12/2025)\n1. Hệ thống chợ\nToàn tỉnh có 126 chợ, trong đó "
            "18 chợ xuống cấp.\n2. Siêu thị\nCó 11 siêu thị.\nII. MỤC TIÊU\n- Đến năm 2030 có 20 siêu thị.\n",
     [B(126, "chợ", 2025), B(18, "chợ", 2025), B(11, "siêu thị", 2025), T(20, "siêu thị", 2030)]),
    # sport counts its coaches and its medals by metal: a gold medal is not a medal of any kind
    (PLAN + "II. MỤC TIÊU\n- Năm 2028 có 52 huấn luyện viên; giành 14 huy chương vàng, 09 huy chương bạc tại Đại hội "
            "Thể thao toàn quốc.\n",
     [T(52, "huấn luyện viên", 2028), T(14, "huy chương vàng", 2028), T(9, "huy chương bạc", 2028)]),
    (PLAN + "II. MỤC TIÊU\n- Tại Đại hội Thể thao toàn quốc năm 2028 giành 6 HCV, 4 HCB và 5 HCĐ.\n",
     [T(6, "huy chương vàng", 2028), T(4, "huy chương bạc", 2028), T(5, "huy chương đồng", 2028)]),
    # square metres keep the way the text writes them, as a reader quotes them
    (PLAN + "II. MỤC TIÊU\n- Năm 2027 đấu giá 45.000 m² đất ở; xây dựng 1.200 m2 sân chơi.\n",
     [T(45000, "m²", 2027), T(1200, "m2", 2027)]),
    # what a mechanism allows up to a ceiling is no target: a loan cap, a share the centre may add, a cap on deputy
    # posts, a radius; a ceiling on an indicator to reach still is one
    ("NGHỊ QUYẾT\nThí điểm cơ chế đặc thù phát triển tỉnh Tân An\n\nHà Nội, ngày 26 tháng 6 năm 2027\n\n"
     "Điều 3. Tài chính, ngân sách\n1. Tỉnh được vay với tổng mức dư nợ vay không vượt quá 80% số thu ngân sách tỉnh; "
     "tỷ lệ vốn nhà nước do tỉnh quyết định nhưng không quá 60% tổng mức đầu tư.\n"
     "2. Số lượng Phó Chủ tịch Ủy ban nhân dân tỉnh không quá 05 người; trong bán kính không quá 900 m tính từ nhà ga.\n"
     "Điều 4. Mục tiêu\nĐến năm 2030, tỷ lệ hộ nghèo không quá 1,5%.\n",
     [T(1.5, "%", 2030)]),
    # a multiple of a level a rule sets is that rule's norm, not a level to reach; growth by a multiple still is one
    ("NGHỊ QUYẾT\nQuy định mức học phí năm học 2027 - 2028\n\nTân An, ngày 10 tháng 7 năm 2027\n\n"
     "Điều 2. Mức học phí năm học 2027 - 2028\n1. Mức học phí: 300.000 đồng/học sinh/tháng.\n"
     "2. Đối với trường tự bảo đảm chi thường xuyên, mức học phí tối đa bằng 2 lần mức học phí quy định tại khoản 1 "
     "Điều này.\n"
     "Điều 3. Mục tiêu\nĐến năm 2030, số học sinh học hai buổi/ngày tăng gấp 2 lần so với năm 2025.\n",
     [T(2, "lần", 2030)]),
    # a task in a table row is due when the row's time cell says
    (PLAN + "II. NHIỆM VỤ CỤ THỂ\n| STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Thời gian hoàn thành |\n|---|---|---|---|\n"
     "| 1 | Tổ chức 06 lớp tập huấn kỹ năng số | Sở Thông tin và Truyền thông | Quý III/2026 |\n"
     "| 2 | Xây dựng 04 điểm du lịch cộng đồng | Ủy ban nhân dân các huyện | Năm 2027 |\n",
     [T(6, "lớp tập huấn", 2026), T(4, "điểm du lịch cộng đồng", 2027)]),
    # ... but what a cell says is left now ("còn 2,5 ha chưa giải phóng mặt bằng") is where things stand: the time
    # cell is when the obstacle is to be removed
    (PLAN + "II. NHIỆM VỤ CỤ THỂ\n| STT | Dự án | Khó khăn, vướng mắc | Cơ quan chủ trì | Thời hạn |\n"
     "|---|---|---|---|---|\n"
     "| 1 | Khu dân cư Tân An | Còn 2,5 ha chưa giải phóng mặt bằng | Ủy ban nhân dân huyện Tân An | Quý IV/2026 |\n",
     [B(2.5, "ha", 2026)]),
    # the numbers a plan stands on: the figures after an aside that says when they stand, even under a heading of
    # targets to carry out
    (PLAN + "II. PHẠM VI VÀ CHỈ TIÊU THỰC HIỆN\n1. Theo báo cáo của các xã (số liệu đến ngày 31/12/2025), có 215 hộ "
     "phải bố trí tái định cư.\n2. Phấn đấu hoàn thành bố trí tái định cư cho 215 hộ trong năm 2027.\n",
     [B(215, "hộ", 2025), T(215, "hộ", 2027)]),
    # an assessment looks back: a year gone by in a figure's own sentence makes it a baseline, even with a
    # verb of commitment ("trồng mới") and with no other cue (the sentence-role model may not overrule it)
    ("KẾT LUẬN\ncủa Ban Thường vụ Tỉnh ủy\n\nThái Bình, ngày 10 tháng 3 năm 2026\n\n"
     "1. Năm 2025 toàn tỉnh trồng mới 1.200 ha rừng, vượt kế hoạch; tỷ lệ che phủ rừng đạt 12,5%; thu ngân "
     "sách năm 2025 bằng 96% dự toán.\n"
     "2. Phấn đấu đến năm 2030, tỷ lệ che phủ rừng đạt 15%.\n",
     [B(1200, "ha", 2025), B(12.5, "%", 2025), B(96, "%", 2025), T(15, "%", 2030)]),
    # the target an assessment measures a result against is an earlier document's, quoted: neither here
    (REPORT + "I. KẾT QUẢ\n1. Năm 2025 toàn tỉnh đã trồng 1.200 ha rừng, vượt chỉ tiêu Nghị quyết đề ra (1.000 ha); "
     "tỷ lệ che phủ rừng đạt 12,5%, chưa đạt mục tiêu 14% Nghị quyết đề ra; thu ngân sách bằng 96% so với "
     "chỉ tiêu 9.000 tỷ đồng.\n",
     [B(1200, "ha", 2025), B(12.5, "%", 2025), B(96, "%", 2025)]),
    # an aside in parentheses says where things stand beside the level the objective sets: a baseline when
    # its own time is gone by or it says "hiện"; a parenthesis that splits the target stays a target
    (PLAN + "II. MỤC TIÊU\n- Đến năm 2030, tỷ lệ hồ sơ trực tuyến đạt trên 80% (năm 2025 đạt 47,3%); số bác sĩ "
     "đạt 12 người/vạn dân (hiện đạt 8,5 người/vạn dân).\n- Trên cơ sở kết quả đến hết năm 2025 (toàn tỉnh có 650 mã "
     "số vùng trồng), năm 2027 cấp mới 60 mã số.\n- Sau khi Luật năm 2025 có hiệu lực, đến năm 2028 có 20 xã "
     "(12 xã và 8 phường) đạt chuẩn.\n",
     [T(80, "%", 2030), B(47.3, "%", 2025), T(12, "người/vạn dân", 2030), B(8.5, "người/vạn dân", 2026),
      B(650, "mã số", 2025), T(60, "mã số", 2027), T(20, "xã", 2028), T(12, "xã", 2028), T(8, "phường", 2028)]),
    # the line that introduces a list dates its items, as a heading would
    (PLAN + "I. MỤC ĐÍCH, YÊU CẦU\n2. Yêu cầu\n- Các chỉ tiêu chủ yếu năm 2027:\n+ 100% thủ tục hành chính đủ điều kiện "
     "được cung cấp trực tuyến toàn trình; tỷ lệ hồ sơ trực tuyến đạt tối thiểu 70%.\n+ Mở ít nhất 08 lớp tập huấn "
     "kỹ năng số.\n",
     [T(100, "%", 2027), T(70, "%", 2027), T(8, "lớp tập huấn", 2027)]),
    # in the objectives of a plan, what was reached by a date gone by is where things stand
    (PLAN + "II. MỤC TIÊU\nĐến hết năm 2025, tỷ lệ dân số nông thôn sử dụng nước sạch đạt 61,2%; tỷ lệ thất thoát "
     "nước sạch khoảng 25%.\n1. Đến năm 2027\n- Tỷ lệ dân số nông thôn sử dụng nước sạch đạt 72%.\n",
     [B(61.2, "%", 2025), B(25, "%", 2025), T(72, "%", 2027)]),
    # a report's part on the months to come sets targets like a plan ("phấn đấu đến cuối năm ...")
    ("BÁO CÁO\nkết quả thực hiện 6 tháng đầu năm 2026\n\nHà Nam, ngày 8 tháng 7 năm 2026\n\nI. KẾT QUẢ THỰC HIỆN\n"
     "1. Giá trị sản xuất công nghiệp đạt 151.200 tỷ đồng.\nII. NHIỆM VỤ, GIẢI PHÁP 6 THÁNG CUỐI NĂM 2026\n1. Phấn đấu "
     "đến cuối năm 2026 giá trị sản xuất công nghiệp đạt trên 320.000 tỷ đồng, kim ngạch xuất khẩu đạt 9.800 triệu USD "
     "(vượt kế hoạch năm); công suất điện mặt trời mái nhà lũy kế đạt 250 MWp.\n",
     [B(151200, "tỷ đồng", 2026), T(320000, "tỷ đồng", 2026), T(9800, "triệu USD", 2026), T(250, "MWp", 2026)]),
    # a council's targets for next year: the year of an aside after a figure is the aside's; points of a share
    ("NGHỊ QUYẾT\nVề kế hoạch phát triển kinh tế - xã hội năm 2027\n\nNam Định, ngày 10 tháng 12 năm 2026\n\n"
     "Điều 1. Thông qua kế hoạch năm 2027 với các nội dung chủ yếu sau:\nII. CÁC CHỈ TIÊU CHỦ YẾU NĂM 2027\n"
     "1. Tốc độ tăng trưởng GRDP đạt 9% trở lên (ước thực hiện năm 2026 đạt 8,4%).\n"
     "2. Tỷ lệ hộ nghèo giảm 1 - 1,5 điểm %.\n",
     [T(9, "%", 2027), ("target", 1.0, "điểm %", 2027)]),
    # a council's list of works: the caption gives the unit, the row's time cell dates the total, the column's
    # header the year's capital
    ("NGHỊ QUYẾT\nVề kế hoạch đầu tư công năm 2027\n\nĐịnh Hòa, ngày 18 tháng 12 năm 2026\n\n"
     "Điều 1. Danh mục công trình và mức vốn bố trí năm 2027:\nĐơn vị tính: triệu đồng\n\n"
     "STT\tTên công trình\tTổng mức đầu tư\tKế hoạch vốn năm 2027\tThời gian thực hiện\n"
     "1\tĐường trục xã tuyến thôn Đông - thôn Tây\t11.600\t7.500\t2027 - 2028\n"
     "2\tNhà văn hóa thôn Đông\t2.100\t2.100\t2027\n",
     [T(11600, "triệu đồng", 2028), T(7500, "triệu đồng", 2027), T(2100, "triệu đồng", 2027),
      T(2100, "triệu đồng", 2027)]),
    # a letter's opening that says where things stand now, over every clause of its sentence
    ("SỞ XÂY DỰNG\nSố: 512/SXD-HT\nV/v xử lý chất thải rắn\nPhú Yên, ngày 6 tháng 10 năm 2026\nKính gửi: Ủy ban nhân "
     "dân các xã, phường\n\nHiện nay, tỷ lệ thu gom chất thải rắn ở khu vực đô thị đạt 95,2%, ở khu vực nông thôn "
     "đạt khoảng 61%; còn 9 bãi chôn lấp không hợp vệ sinh.\n",
     [B(95.2, "%", 2026), B(61, "%", 2026), B(9, "bãi", 2026)]),
    # a dispatch: what stands at an hour of the day it is written ("đến 11 giờ ngày ... vẫn còn") is a baseline;
    # the share it orders by an hour of the next day is a target; boats counted as "tàu cá" are "tàu"
    ("CÔNG ĐIỆN\nVề việc ứng phó với bão số 9\n\nAn Bình, ngày 25 tháng 10 năm 2027\n\n"
     "Theo báo cáo của Bộ Chỉ huy Bộ đội Biên phòng tỉnh, đến 11 giờ ngày 25/10/2027 vẫn còn 142 tàu cá với 906 lao động "
     "đang hoạt động trên biển.\n1. Ủy ban nhân dân các xã ven biển bảo đảm 100% tàu thuyền vào nơi neo đậu trước 17 "
     "giờ ngày 26/10/2027.\n",
     [B(142, "tàu", 2027), B(906, "lao động", 2027), T(100, "%", 2027)]),
    # a party report on a resolution "đến năm 2030": what it reports is of its own year, not of that horizon; a
    # share of the target reached ("đạt 27,9% chỉ tiêu", "bằng 61,3% chỉ tiêu") is a result; so is a figure in the
    # "Kết quả thực hiện" column of its table, whatever the row's deadline
    ("ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH\nSố 12-BC/ĐU\nAn Bình, ngày 18 tháng 11 năm 2027\n\nBÁO CÁO\nsơ kết 01 năm thực hiện "
     "Nghị quyết số 05-NQ/TU về phát triển giao thông đến năm 2030\n\nII. KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT\n"
     "1. Kết quả thực hiện các chỉ tiêu Nghị quyết đề ra đến năm 2030 như sau:\n"
     "- Sản lượng hàng hóa qua cảng: đạt 4,2 triệu tấn, bằng 52,5% chỉ tiêu.\n"
     "- Nâng cấp đường tỉnh: đã hoàn thành 31,4 km, đạt 22,4% chỉ tiêu.\n"
     "PHỤ LỤC\nSTT\nNhiệm vụ\nCơ quan chủ trì\nThời hạn\nKết quả thực hiện\nTiến độ\n"
     "1\nNâng cấp tuyến ĐT.795\nSở Xây dựng\nTháng 6/2028\nĐạt 45% khối lượng\nĐang thực hiện\n",
     [B(4.2, "triệu tấn", 2027), B(52.5, "%", 2027), B(31.4, "km", 2027), B(22.4, "%", 2027), B(45, "%", 2027)]),
    # a council's support policy: its objectives are targets (a head count of cattle, a value from its base
    # year to its horizon); per hectare is no amount; the norms it sets and its estimated yearly spending are none
    ("NGHỊ QUYẾT\nQuy định chính sách hỗ trợ phát triển chăn nuôi giai đoạn 2028 - 2031\n\nAn Bình, ngày 8 tháng 12 "
     "năm 2027\n\nĐiều 2. Mục tiêu\nPhấn đấu đến năm 2031:\n1. Tổng đàn bò đạt 260 nghìn con, trong đó đàn bò sữa đạt "
     "12.500 con.\n2. Giá trị thu hoạch bình quân trên 01 ha tăng từ 85 triệu đồng năm 2027 lên 120 triệu đồng năm 2031.\n"
     "Điều 3. Nội dung và mức hỗ trợ\n1. Hỗ trợ mua bò cái sinh sản 10 triệu đồng/con, tối đa 02 con/hộ.\n"
     "2. Hỗ trợ trồng cỏ 4 triệu đồng/ha, quy mô tối thiểu 0,5 ha/hộ.\nĐiều 4. Kinh phí thực hiện\n"
     "Phân bổ dự kiến theo năm: năm 2028 khoảng 21.000 triệu đồng; năm 2029 khoảng 25.000 triệu đồng.\n",
     [T(260, "nghìn con", 2031), T(12500, "con", 2031), B(85, "triệu đồng", 2027), T(120, "triệu đồng", 2031)]),
    # a directive's account of where things stand: what a project has only handed over, what remains
    ("CHỈ THỊ\nVề đẩy nhanh giải phóng mặt bằng\n\nAn Bình, ngày 14 tháng 4 năm 2027\n\nTiến độ còn chậm: Dự án Khu "
     "công nghiệp Tân An mới bàn giao 42,5 ha; tuyến đường dây còn 19 vị trí móng cột chưa được bàn giao.\n",
     [B(42.5, "ha", 2027), B(19, "vị trí móng cột", 2027)]),
    # cases of a disease are counted; shifts of a construction site are not ("thi công 3 ca, 4 kíp")
    (PLAN + "I. MỤC TIÊU\n1. Đến năm 2027 giảm số ca mắc sốt xuất huyết xuống dưới 900 ca.\n"
     "II. NHIỆM VỤ\n1. Đôn đốc nhà thầu tổ chức thi công \"3 ca, 4 kíp\" để hoàn thành công trình.\n",
     [T(900, "ca", 2027)]),
    # "trong đó" goes on with the sentence before: its year holds
    (RESOLUTION + "III. QUY HOẠCH\n1. Đến năm 2030 phát triển 30 chợ.\nTrong đó xây dựng mới 12 chợ, hiện có 18 chợ.\n",
     [T(30, "chợ", 2030), T(12, "chợ", 2030), B(18, "chợ", 2025)]),
    # a reminder letter: the year after a noun ("vốn kế hoạch năm 2026") is part of what is measured, the date it
    # is to be reached by dates the figure; "trong đó năm 2027" opens a clause of its own
    ("CÔNG VĂN\nVề đôn đốc giải ngân vốn đầu tư công\n\nAn Bình, ngày 5 tháng 10 năm 2026\n\n"
     "2. Phấn đấu đến ngày 31/01/2027 tỷ lệ giải ngân vốn kế hoạch năm 2026 đạt 98%.\n"
     "3. Đến năm 2028 cứng hóa 300 km đường xã, trong đó năm 2027 cứng hóa 120 km.\n",
     [T(98, "%", 2027), T(300, "km", 2028), T(120, "km", 2027)]),
    # what is not yet done is where things stand, and so are its parts after "gồm"; each part keeps its own
    # words ("so với kế hoạch" is the first part's, not the second's); a level a result falls short of ("chưa
    # bảo đảm mức tối thiểu 2%") is quoted, and an estimate ("Ước đến hết ...") is neither
    ("CÔNG VĂN\nVề đôn đốc thực hiện nhiệm vụ\n\nAn Bình, ngày 5 tháng 10 năm 2026\n\n"
     "Toàn tỉnh còn 95 công trình chưa hoàn thành, gồm: 20 công trình chậm so với kế hoạch và 75 công trình đang thi "
     "công trong hạn. Kinh phí sự nghiệp chưa bảo đảm mức tối thiểu 2% tổng chi. Ước đến hết tháng 12/2026 hoàn "
     "thành khoảng 60 công trình.\n",
     [B(95, "công trình", 2026), B(20, "công trình", 2026), B(75, "công trình", 2026)]),
    # the period of a standard named in the clause ("chuẩn nghèo đa chiều giai đoạn 2027 - 2031") is no date of the
    # figures: the survey's year is
    ("KẾ HOẠCH\nthực hiện Chương trình giảm nghèo năm 2027\n\nAn Bình, ngày 9 tháng 3 năm 2027\n\n"
     "Theo kết quả rà soát cuối năm 2026 theo chuẩn nghèo đa chiều giai đoạn 2027 - 2031, toàn tỉnh có 24.310 hộ "
     "nghèo, chiếm 9,8%.\n",
     [B(24310, "hộ", 2026), B(9.8, "%", 2026)]),
    ("KẾ HOẠCH\nphát triển giao thông nông thôn đến năm 2030\n\nAn Bình, ngày 20 tháng 12 năm 2027\n\n"
     "II. NHIỆM VỤ\n1. Cứng hóa ít nhất 120 km đường trục xã.\n",
     [T(120, "km", None)]),
    # a heading that names last year's events and next year's forecast: the forecast speaks for next year, not for
    # the figures of a paragraph dated by last year; an estimate in its own clause stays one
    ("KẾ HOẠCH\nphòng, chống thiên tai năm 2027\n\nAn Bình, ngày 5 tháng 3 năm 2027\n\n"
     "I. TÌNH HÌNH THIÊN TAI NĂM 2026 VÀ DỰ BÁO NĂM 2027\n1. Năm 2026, tỉnh chịu ảnh hưởng của 03 cơn bão; thiệt hại "
     "ước tính 820 tỷ đồng. Các lực lượng đã sơ tán 6.150 hộ đến nơi an toàn.\n",
     [B(6150, "hộ", 2026)]),
    # a year gone by that opens the sentence says what it is about, under a heading of aims: where things stood
    ("KẾ HOẠCH\nnâng cao chất lượng khám bệnh, chữa bệnh\n\nAn Bình, ngày 12 tháng 2 năm 2027\n\n"
     "I. MỤC TIÊU\n1. Mục tiêu chung\nXây dựng Trung tâm Y tế trở thành đơn vị hạng I. Năm 2026, Trung tâm thực "
     "hiện 310 giường bệnh, tỷ lệ hài lòng của người bệnh là 86,5%.\n2. Chỉ tiêu cụ thể\n- Đến năm 2028: 400 giường bệnh.\n",
     [B(310, "giường bệnh", 2026), B(86.5, "%", 2026), T(400, "giường bệnh", 2028)]),
    # the days a support norm is paid for are part of the norm, like its amount; a stock of food to keep is a level
    (RESOLUTION + "Điều 1. Chế độ trợ cấp\n1. Người cai nghiện được trợ cấp tiền ăn 40.000 đồng/người/ngày, thời gian "
     "tối đa không quá 20 ngày; khi trở về được cấp tiền ăn đường, tối đa không quá 03 ngày.\n"
     "Điều 2. Các xã dự trữ lương thực đủ dùng tối thiểu 05 ngày.\n",
     [T(5, "ngày", None)]),
    # "Ước" and the verb it estimates open a clause: neither (the reached figure before it stays a baseline)
    ("BÁO CÁO\ntình hình giải ngân vốn đầu tư công 9 tháng năm 2025\n\nHà Tĩnh, ngày 6 tháng 10 năm 2025\n\n"
     "I. KẾT QUẢ\nĐến ngày 30/9/2025 giải ngân đạt 420 tỷ đồng. Ước giải ngân đến hết tháng 10/2025 đạt "
     "khoảng 505 tỷ đồng, bằng 61,2% kế hoạch; ước thu ngân sách cả năm 2.100 tỷ đồng.\n",
     [B(420, "tỷ đồng", 2025)]),
    # a bed occupancy rate ("công suất sử dụng giường bệnh") is how a hospital is used, not a project's approved size
    ("KẾ HOẠCH\nnâng cao chất lượng khám bệnh, chữa bệnh\n\nAn Bình, ngày 12 tháng 2 năm 2027\n\n"
     "I. MỤC TIÊU\n1. Mục tiêu chung\nXây dựng Trung tâm Y tế trở thành đơn vị hạng I. Năm 2026, công suất sử dụng "
     "giường bệnh bình quân 104%, tỷ lệ hài lòng 91%.\n",
     [B(104, "%", 2026), B(91, "%", 2026)]),
    # a time right after a figure but behind "và" opens the next member of the pair: "đến ngày 31/12/2026 đạt trên
    # 75% và đến hết ngày 31/01/2027 đạt 100%" dates the 75% by its own date, not the one after it
    ("ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\nSố: 12/KH-UBND\nHà Tĩnh, ngày 15 tháng 3 năm 2026\n\nKẾ HOẠCH\nthực hiện chương trình "
     "chuyển đổi số\n\nI. MỤC TIÊU\nPhấn đấu tỷ lệ giải ngân đến ngày 31/12/2026 đạt trên 75% và đến hết ngày 31/01/2027 đạt "
     "100% kế hoạch vốn được giao.\n",
     [T(75, "%", 2026), T(100, "%", 2027)]),
    # a directive's call runs long ("..., Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy, ... tập trung thực hiện tốt các
    # nhiệm vụ sau:"): what it says before the call is where things stand all the same
    ("TỈNH ỦY HÀ TĨNH\nSố: 21-CT/TU\nHà Tĩnh, ngày 20 tháng 7 năm 2026\n\nCHỈ THỊ\nvề công tác phòng cháy, chữa cháy\n\n"
     "Toàn tỉnh hiện có 2.140 đội dân phòng, bao phủ 76,5% số thôn, tổ dân phố.\nĐể nâng cao hiệu quả công tác phòng "
     "cháy, chữa cháy, bảo vệ tính mạng, tài sản của Nhân dân, Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy, tổ chức đảng, "
     "chính quyền, Mặt trận Tổ quốc và các tổ chức chính trị - xã hội các cấp tập trung thực hiện tốt các nhiệm vụ sau:\n"
     "1. Đến năm 2028, 100% thôn, tổ dân phố có đội dân phòng.\n",
     [B(2140, "đội", 2026), B(76.5, "%", 2026), T(100, "%", 2028)]),
    # a school year after the event it names ("đủ điều kiện khai giảng năm học 2026 - 2027") does not date the figure:
    # the time label of its list does; "trong năm học ..." does date it
    (PLAN + "II. MỤC TIÊU\n1. Trước ngày 31/8/2026\n- Sửa chữa xong 40 trường học, bảo đảm 100% trường đủ điều kiện "
     "khai giảng năm học 2026 - 2027.\n2. Chỉ tiêu khác\n- Đạt 95% học sinh được tập huấn trong năm học 2026 - 2027.\n",
     [T(40, "trường học", 2026), T(100, "%", 2026), T(95, "%", 2027)]),
    # a part that holds the last year's results and the next year's aims: its results subsection speaks for its
    # figures, not the "chỉ tiêu" of the heading above it
    (PLAN + "II. KẾT QUẢ NĂM HỌC 2025 - 2026 VÀ CHỈ TIÊU NĂM HỌC 2026 - 2027\n1. Kết quả năm học 2025 - 2026\nToàn tỉnh "
     "có 412 cơ sở giáo dục; xảy ra 27 vụ tai nạn liên quan đến học sinh.\n2. Chỉ tiêu năm học 2026 - 2027\n- 100% học "
     "sinh được tuyên truyền pháp luật về giao thông.\n",
     [B(412, "cơ sở", 2026), B(27, "vụ", 2026), T(100, "%", 2027)]),
    # a letter opens with where things stand and then makes its call ("Chủ tịch UBND tỉnh yêu cầu:"): a bare figure
    # before the call is a state reached, the figures of the call's own sentence and of the points after it are aims
    ("ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\nSố: 88/UBND-KT\nHà Tĩnh, ngày 20 tháng 10 năm 2026\nV/v đẩy nhanh tiến độ thi "
     "công các công trình trọng điểm\n\n      Qua kiểm tra, một số công trình còn chậm: Cầu Hộ Độ (Ban Quản lý dự án "
     "làm chủ đầu tư): khối lượng thực hiện 42,5%; Trường THPT Lê Quý Đôn: thực hiện 35%.\n      Để bảo đảm đến "
     "ngày 31/12/2026 giải ngân đạt trên 90% kế hoạch vốn, Chủ tịch UBND tỉnh yêu cầu:\n1. Các chủ đầu tư tập trung thi công, "
     "bảo đảm khối lượng hoàn thành 100% trong năm 2027.\n",
     [B(42.5, "%", 2026), B(35, "%", 2026), T(90, "%", 2026), T(100, "%", 2027)]),
    # a council's plan for a period: the figures of its principles (zone "viewpoint") are for the period its title
    # names, as those of its objectives are
    ("NGHỊ QUYẾT\nVề Kế hoạch đầu tư công trung hạn giai đoạn 2026 - 2030 tỉnh Tân An\n\nTân An, ngày 20 tháng 7 năm "
     "2026\n\nĐiều 1. Nguyên tắc bố trí vốn\n1. Vốn bố trí cho các dự án có tính liên kết vùng đạt tối thiểu 40% vốn "
     "ngân sách cấp tỉnh.\n",
     [T(40, "%", 2030)]),
    # a year that opens a line dates its first sentence; a later sentence that says what the province has now is
    # valued at the document's year
    ("CHỈ THỊ\nvề phòng, chống thiên tai năm 2027\n\nTân An, ngày 12 tháng 4 năm 2027\n\nNăm 2026, trên địa bàn "
     "tỉnh xảy ra 05 cơn bão. Toàn tỉnh hiện có 518 hồ chứa, 276 km đê sông; trong đó còn 47 hồ chứa hư hỏng.\n",
     [B(518, "hồ chứa", 2027), B(276, "km", 2027), B(47, "hồ chứa", 2027)]),
    # ... and so is a clause of the same sentence that says "now" after the time ("in 2026 ...; now ..."); "từ
    # trước đến nay" (ever) is no "now"
    ("BÁO CÁO\nkết quả thực hiện Kế hoạch chuyển đổi số năm 2027\n\nTân An, ngày 14 tháng 5 năm 2027\n\nI. KẾT QUẢ\n"
     "Trong năm 2026, toàn tỉnh đã chuyển đổi 4.100 hộ kinh doanh sang kê khai; hiện còn 150 hộ kinh doanh nộp thuế "
     "khoán. Năm 2026 tỷ suất sinh chỉ còn 1,8 con, thấp nhất từ trước đến nay; 22 xã có mức sinh thấp.\n",
     [B(4100, "hộ kinh doanh", 2026), B(150, "hộ kinh doanh", 2027), B(1.8, "con", 2026), B(22, "xã", 2026)]),
    # a review of the first three years of a resolution for 2024 - 2028, written early in 2027: where things stand is
    # where they stood at the end of 2026
    ("BÁO CÁO\nsơ kết 3 năm thực hiện Nghị quyết số 09-NQ/TU về kinh tế biển giai đoạn 2024 - 2028\n\nTân An, ngày 25 "
     "tháng 02 năm 2027\n\nI. KẾT QUẢ\nToàn tỉnh có 412 cơ sở lưu trú ven biển.\n",
     [B(412, "cơ sở lưu trú", 2026)]),
    # ... but a figure taken on a day the report has passed stands at that day's year, though the title's count of
    # years ends earlier (ten years from 2016 is 2025; the review is written late in 2026)
    ("BÁO CÁO\ntổng kết 10 năm thực hiện Nghị quyết số 03-NQ/TU về du lịch giai đoạn 2016 - 2024\n\nTân An, ngày 20 "
     "tháng 11 năm 2026\n\nI. KẾT QUẢ\nToàn tỉnh có 412 cơ sở lưu trú. Đến ngày 30/9/2026, toàn tỉnh có 95 điểm du "
     "lịch cộng đồng.\n",
     [B(412, "cơ sở lưu trú", 2025), B(95, "điểm du lịch cộng đồng", 2026)]),
    # a report's annex copied one cell a line: the plan's figures under "Chỉ tiêu Kế hoạch số ...", each with its own
    # year in brackets (the years are no figures), the unit cells kept on their lines, the result a column apart
    ("BÁO CÁO\nKết quả 01 năm thực hiện Kế hoạch số 12/KH-UBND ngày 3/4/2026 về thủy lợi\n\nTân An, ngày 12 tháng 5 "
     "năm 2027\n\nI. KẾT QUẢ\nChi tiết tại Phụ lục.\n\nPHỤ LỤC\nKẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU\n\nTT\nChỉ tiêu\n"
     "Đơn vị tính\nChỉ tiêu Kế hoạch số 12/KH-UBND\nKết quả thực hiện đến 30/4/2027\nĐánh giá\n"
     "1\nTỷ lệ diện tích lúa được tưới chủ động\n%\nTrên 95 (năm 2030)\n90,2\nĐang thực hiện\n"
     "2\nDiện tích cây trồng cạn được tưới tiết kiệm nước tăng thêm\nha\n800 (năm 2026); ít nhất 4.000 (đến năm 2030)\n"
     "912\nVượt kế hoạch năm 2026\n"
     "3\nHồ chứa nước nhỏ được sửa chữa, nâng cấp\nhồ\nÍt nhất 10 (năm 2026); ít nhất 50 (đến năm 2030)\n8\nKhông đạt\n",
     [T(95, "%", 2030), T(800, "ha", 2026), T(4000, "ha", 2030), T(10, "hồ", 2026), T(50, "hồ", 2030)]),
    # a plan made for a day to come (an anniversary in its title) dates its figures at that day's year; what the
    # events of such a plan count: athletes, booths, papers, copies, emergency teams
    ("BAN TỔ CHỨC\nSố 05-KH/BTC\nTân An, ngày 10 tháng 2 năm 2027\n\nKẾ HOẠCH\ntổ chức Lễ kỷ niệm 50 năm Ngày giải "
     "phóng tỉnh Tân An (30/4/1977 - 30/4/2027)\n\nII. NỘI DUNG\n1. Hội thảo khoa học: tuyển chọn không dưới 40 bài "
     "tham luận. 2. Giải chạy: phấn đấu thu hút trên 2.500 vận động viên. 3. Hội chợ: không dưới 200 gian hàng. "
     "4. Ngành y tế bố trí không dưới 02 kíp cấp cứu. 5. Các chủ đầu tư thi công \"3 ca, 4 kíp\".\n",
     [T(40, "bài tham luận", 2027), T(2500, "vận động viên", 2027), T(200, "gian hàng", 2027), T(2, "kíp", 2027)]),
    # ... and so does every figure of a report that says it estimates that day's year ("số liệu năm 2026 là số ước
    # thực hiện")
    ("BÁO CÁO\ntổng kết 10 năm thực hiện Nghị quyết số 03-NQ/TU về du lịch giai đoạn 2016 - 2024\n\nTân An, ngày 20 "
     "tháng 11 năm 2026\n\nSố liệu năm 2026 là số ước thực hiện.\n\nI. KẾT QUẢ\nToàn tỉnh có 412 cơ sở lưu trú.\n",
     [B(412, "cơ sở lưu trú", 2026)]),
    # a council's targets: "từ khoảng X ... năm 2026 lên Y" starts from X whatever the words between (an age range
    # "từ 6 đến 16 tuổi" is no start); a table whose rows are years ("Năm | ... (ha)") dates each row; a total over
    # the period keeps the period's end although the yearly average after its comma is yearly; yields in "tấn
    # nhân/ha" (coffee beans) and "tạ/ha"
    ("NGHỊ QUYẾT\nvề hỗ trợ tái canh cà phê giai đoạn 2027 - 2030\n\nBuôn Ma Thuột, ngày 9 tháng 7 năm 2027\n\n"
     "Điều 1. Chỉ tiêu đến năm 2030\n1. Giai đoạn 2027 - 2030 tái canh 20.000 ha cà phê, bình quân mỗi năm khoảng "
     "5.000 ha; phân kỳ như sau:\n\n| Năm | Tái canh (ha) |\n|---|---|\n| 2027 | 4.000 |\n| 2028 | 5.500 |\n\n"
     "2. Năng suất cà phê tái canh đạt không dưới 3,2 tấn nhân/ha; năng suất lúa đạt 62 tạ/ha.\n"
     "3. Nâng tỷ lệ diện tích có chứng nhận bền vững từ khoảng 25% tổng diện tích toàn tỉnh năm 2026 lên ít nhất 40% "
     "vào năm 2030; nâng tỷ lệ trẻ em từ 6 đến 16 tuổi biết bơi lên 60%.\n",
     [T(20000, "ha", 2030), T(5000, "ha", 2030), T(4000, "ha", 2027), T(5500, "ha", 2028),
      T(3.2, "tấn nhân/ha", 2030), T(62, "tạ/ha", 2030), B(25, "%", 2026), T(40, "%", 2030), T(60, "%", 2030)]),
]


def test_targets_table():
    check_rows(ROWS, kinds_of)


# rows whose word-segmented, lower-cased copy is not read the same: a one-cell-a-line table loses its header
# (its words and the row numbers are all that mark it), and a roman part in lower case is no heading
CLEAN_ROWS = [
    # a resolution's own "Mục tiêu nhiệm kỳ 2027 - 2032", under a congress's name, is the period of its targets
    ("NGHỊ QUYẾT\nĐại hội Đảng bộ xã Hòa Lợi lần thứ II\n\nTân An, ngày 20 tháng 6 năm 2027\n\n"
     "II. MỤC TIÊU NHIỆM KỲ 2027 - 2032\n- Thu nhập bình quân đầu người đạt 95 triệu đồng;\n"
     "- Tỷ lệ hộ nghèo giảm còn dưới 1%.\n",
     [T(95, "triệu đồng", 2032), T(1, "%", 2032)]),
    # a mass organisation's plan: the counts of its table's unit cells ("nhà" over "1.000"), a figure of its tasks
    # put in the plan's period without its years ("trong giai đoạn") is due at the period's end
    ("KẾ HOẠCH\nThực hiện Cuộc vận động xây dựng nông thôn mới giai đoạn 2027 - 2031\n\nAn Bình, ngày 9 tháng 3 năm 2027\n\n"
     "IV. NHIỆM VỤ TRỌNG TÂM\n1. Hội Liên hiệp Phụ nữ tỉnh hỗ trợ 2.000 phụ nữ khởi nghiệp trong giai đoạn.\n"
     "PHỤ LỤC\nSTT\nChỉ tiêu\nĐơn vị tính\nNăm 2027\nĐến năm 2031\n1\nNhà Đại đoàn kết xây mới, sửa chữa\nnhà\n800\n4.000\n",
     [T(2000, "phụ nữ", 2031), T(800, "nhà", 2027), T(4000, "nhà", 2031)]),
    # the year a one-year plan is for dates every figure of it, its tasks' too; a plan "đến năm 2030" dates only
    # its objectives
    ("KẾ HOẠCH\nkiểm tra, giám sát năm 2028\n\nAn Bình, ngày 20 tháng 12 năm 2027\n\nII. NHIỆM VỤ\n"
     "1. Kiểm tra ít nhất 03 tổ chức đảng khi có dấu hiệu vi phạm; giải quyết 100% tố cáo thuộc thẩm quyền.\n",
     [T(3, "tổ chức đảng", 2028), T(100, "%", 2028)]),
]


def test_targets_table_clean_copies_only():
    check_rows(CLEAN_ROWS, kinds_of)


def test_targets_table_word_segmented():
    """The same rows on a lower-cased, word-segmented copy give the same figures."""
    check_rows([(segmented(text), expected) for text, expected in ROWS], kinds_of)


def _strip_marks(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word) if unicodedata.category(c) != "Mn").replace("đ", "d")


def test_cue_phrases_forgive_lost_diacritics():
    """Cues of two words or more hold where a scan lost their diacritics ("phan dau", "hien co")."""
    damaged = [
        (PLAN + "III. NHIỆM VỤ\n1. " + _strip_marks("Phấn đấu") + " đến năm 2028 có 60% doanh nghiệp dùng nền tảng số.\n",
         [T(60, "%", 2028)]),
        (REPORT + "I. KẾT QUẢ\n1. " + _strip_marks("Hiện có") + " 45 xã đạt chuẩn; " + _strip_marks("ước đạt")
         + " 3.900 tỷ đồng.\n", [B(45, "xã", 2025)]),
        (RESOLUTION + "II. CHÍNH SÁCH\n- " + _strip_marks("Mức hỗ trợ") + ": 06 triệu đồng/1 ha.\n", []),
    ]
    check_rows(damaged, kinds_of)


# ------------------------------------------------------------------ annex tables of indicators

ANNEX = (PLAN + "I. MỤC TIÊU\nThực hiện các chỉ tiêu tại Phụ lục kèm theo.\n\nPHỤ LỤC\nCÁC CHỈ TIÊU CHỦ YẾU ĐẾN NĂM 2028\n"
         "| STT | Chỉ tiêu | Đơn vị tính | Chỉ tiêu đến năm 2028 |\n|---|---|---|---|\n"
         "| 1 | Tỷ lệ hồ sơ giải quyết trực tuyến | % | tối thiểu 85 |\n"
         "| 2 | Số doanh nghiệp công nghệ số | Doanh nghiệp | ≥ 40 |\n"
         "| 3 | Xếp hạng chỉ số chuyển đổi số | Thứ bậc | ≤ 10 |\n"
         "| 4 | Quy mô kinh tế số | % GRDP | 20 - 25 |\n")
TWO_COLUMNS = (PLAN + "I. MỤC TIÊU\n\nPHỤ LỤC\nCHỈ TIÊU PHÁT TRIỂN\n"
               "| STT | Chỉ tiêu | Đơn vị tính | Thực hiện năm 2025 | Kế hoạch năm 2028 |\n|---|---|---|---|---|\n"
               "| 1 | Tỷ lệ che phủ rừng | % | 52 | 55 |\n"
               "| 2 | Tỷ lệ dân số dùng nước sạch | % | 85 | 90 |\n")


BARE_YEARS = (PLAN + "I. MỤC TIÊU\n\nPHỤ LỤC\nMỘT SỐ CHỈ TIÊU\n"
              "| TT | Chỉ tiêu | Đơn vị | 2023 | 2028 |\n|---|---|---|---|---|\n"
              "| 1 | Số xã đạt chuẩn nông thôn mới | Xã | 120 | 150 |\n"
              "| 2 | Tỷ lệ hộ nghèo | % | ước 4,5 | dưới 2 |\n")


REPORT_TABLE = (REPORT + "I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU\n"
                "| STT | Chỉ tiêu | Đơn vị tính | Kế hoạch năm 2025 | Ước thực hiện năm 2025 | So sánh (%) |\n"
                "|---|---|---|---|---|---|\n| 1 | Tổng thu ngân sách | Tỷ đồng | 2.800 | 2.950 | 105,4 |\n")
ANNEX_ROWS = [
    # the annex of a resolution merging villages, the units before and after it: their counts stand at its date
    ("NGHỊ QUYẾT\nVề việc sáp nhập thôn\n\nTân An, ngày 16 tháng 7 năm 2027\n\nQUYẾT NGHỊ:\n\nĐiều 1. Sáp nhập "
     "các thôn theo Phụ lục.\n\nPHỤ LỤC\n| STT | Tên thôn hiện nay | Số hộ (hộ) | Tên thôn sau sắp xếp | Số hộ sau "
     "sắp xếp (hộ) |\n|---|---|---|---|---|\n| 1 | Thôn Bến Đình | 68 | Thôn Bến Sành | 142 |\n| 2 | Thôn "
     "Gò Sành | 74 "
     "| | |\n",
     [B(68, "hộ", 2027), B(142, "hộ", 2027), B(74, "hộ", 2027)]),
    (ANNEX, [T(85, "%", 2028), T(40, "doanh nghiệp", 2028), T(10, "hạng", 2028), T(20, "%", 2028)]),
    # a group of works carried over from last year's plan: the year it names is where they come from, not when
    # their areas are due (the plan's year is)
    ("KẾ HOẠCH\nsử dụng đất năm 2027\n\nTân An, ngày 20 tháng 12 năm 2026\n\nI. MỤC TIÊU\nThực hiện danh mục tại "
     "Phụ lục.\n\nPHỤ LỤC\nDANH MỤC CÔNG TRÌNH, DỰ ÁN NĂM 2027\n"
     "| STT | Tên công trình, dự án | Diện tích (ha) | Địa điểm (xã, phường) |\n|---|---|---|---|\n"
     "| I | CÔNG TRÌNH CHUYỂN TIẾP TỪ KẾ HOẠCH NĂM 2026 | 12,5 | |\n"
     "| 1 | Mở rộng Cụm công nghiệp Tân An | 12,5 | Xã Tân An |\n"
     "| II | CÔNG TRÌNH CHUYỂN SANG NĂM 2028 | 4,2 | |\n| 1 | Khu tái định cư Hòa Lợi | 4,2 | Xã Hòa Lợi |\n",
     [T(12.5, "ha", 2027), T(4.2, "ha", 2028)]),
    # a column of what was reached and one of what is planned
    (TWO_COLUMNS, [B(52, "%", 2025), T(55, "%", 2028), B(85, "%", 2025), T(90, "%", 2028)]),
    # bare years as headers: a past year is reached, a future one planned; "ước" in a cell is an estimate
    (BARE_YEARS, [B(120, "xã", 2023), T(150, "xã", 2028), T(2, "%", 2028)]),
    # a report's table: the plan column holds targets even in a results part, the estimate column neither,
    # a comparison column no figure
    (REPORT_TABLE, [T(2800, "tỷ đồng", 2025)]),
    # a list of works called for investment: the preliminary cost ("sơ bộ") is an estimate, no target; the capacity
    # the plan wants is one
    (PLAN + "I. MỤC TIÊU\n\nPHỤ LỤC\nDANH MỤC DỰ ÁN KÊU GỌI ĐẦU TƯ GIAI ĐOẠN 2027 - 2030\n"
     "| STT | Tên dự án | Công suất (m3/ngày đêm) | Tổng mức đầu tư sơ bộ (tỷ đồng) | Kinh phí tạm tính (tỷ đồng) |\n"
     "|---|---|---|---|---|\n| 1 | Nhà máy nước Tân An 2 | 30.000 | 640 | 12 |\n"
     "| 2 | Nhà máy nước Hòa Lợi | 15.000 | 310 | 8 |\n",
     [T(30000, "m3/ngày đêm", 2030), T(15000, "m3/ngày đêm", 2030)]),
    # a report's table of what was reached, its column headed with no year ("Thực hiện 6 tháng")
    (REPORT + "I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU\n"
     "| TT | Chỉ tiêu | Đơn vị tính | Kế hoạch năm 2025 | Thực hiện 6 tháng | So với kế hoạch (%) |\n"
     "|---|---|---|---|---|---|\n| 1 | Thu ngân sách | tỷ đồng | 40 | 21,5 | 53,8 |\n"
     "| 2 | Lao động được giải quyết việc làm | người | 300 | 180 | 60 |\n",
     [T(40, "tỷ đồng", 2025), B(21.5, "tỷ đồng", 2025), T(300, "người", 2025), B(180, "người", 2025)]),
    # a disbursement report's table: the capital given for each project and what was disbursed by the cut-off (both
    # where things stand: baselines, in the unit its caption gives, as the golds of three blind writers read such a
    # report), and the rate against the plan (a comparison: no figure)
    ("BÁO CÁO\ntình hình giải ngân vốn đầu tư công 9 tháng năm 2026\n\nHà Tĩnh, ngày 6 tháng 10 năm 2026\n\n"
     "I. KẾT QUẢ GIẢI NGÂN\nĐơn vị tính: triệu đồng\n"
     "| STT | Tên dự án | Kế hoạch vốn 2026 | Giải ngân đến 30/9/2026 | Tỷ lệ % |\n|---|---|---|---|---|\n"
     "| 1 | Đường tỉnh 550 đoạn Tân An - Hòa Lợi | 120.000 | 84.600 | 70,5 |\n",
     [B(120000, "triệu đồng", 2026), B(84600, "triệu đồng", 2026)]),
    # the same columns in a meeting's notice, which is no report: what was paid out by a day, and its rate, stand
    # where things are; the disbursement the plan wants for the year is still to reach
    ("THÔNG BÁO\nKết luận của Phó Chủ tịch Ủy ban nhân dân tỉnh tại cuộc họp Ban Chỉ đạo các dự án giao thông\n\n"
     "Tân An, ngày 14 tháng 9 năm 2027\n\nI. KẾT LUẬN\nCác chủ đầu tư đẩy nhanh tiến độ.\n\nPHỤ LỤC\nTÌNH HÌNH GIẢI "
     "NGÂN CÁC DỰ ÁN\nĐơn vị tính: tỷ đồng\n| STT | Dự án | Kế hoạch giải ngân năm 2027 | Giải ngân đến ngày "
     "31/8/2027 | Tỷ lệ giải ngân (%) |\n|---|---|---|---|---|\n| 1 | Đường tỉnh 839 | 460,0 | 171,2 | 37,2 |\n",
     [T(460, "tỷ đồng", 2027), B(171.2, "tỷ đồng", 2027), B(37.2, "%", 2027)]),
    # a policy's annex of works: a header's bracket may name what it counts before the unit ("(số tàu, chiếc)"); the
    # state now stands at the document's year, not at the row's completion year; the most the policy grants is a
    # term of the rule, no figure to reach
    ("NGHỊ QUYẾT\nQuy định chính sách hỗ trợ đầu tư cảng cá\n\nTân An, ngày 22 tháng 4 năm 2027\n\nĐiều 1. Phạm vi"
     "\nHỗ trợ đầu tư.\n\nPHỤ LỤC\nDANH MỤC KHU NEO ĐẬU ĐƯỢC HỖ TRỢ GIAI ĐOẠN 2027 - 2030\n| STT | Tên công trình | "
     "Quy mô hiện trạng (số tàu neo đậu, chiếc) | Quy mô sau đầu tư (số tàu neo đậu, chiếc) | Mức hỗ trợ tối đa "
     "(tỷ đồng) | Thời gian hoàn thành |\n|---|---|---|---|---|---|\n| 1 | Khu neo đậu Cửa Tùng | 250 | 400 | 60 | "
     "2029 |\n",
     [B(250, "chiếc", 2027), T(400, "chiếc", 2029)]),
    # a report's table of where each water company stands: its design capacity, its connections counted, the pipes
    # laid in a period ending in the report's year are results; the plan's next period is still to reach; meters
    # counted are no money
    ("BÁO CÁO\nKết quả cấp nước sạch đô thị\n\nTân An, ngày 25 tháng 11 năm 2027\n\nI. KẾT QUẢ\nĐã thay thế 4.200 "
     "đồng hồ nước.\n\nPHỤ LỤC\nKẾT QUẢ CẤP NƯỚC THEO ĐƠN VỊ\n| TT | Đơn vị cấp nước | Công suất thiết kế (m³/ngày "
     "đêm) | Số đấu nối (đấu nối) | Đường ống lắp đặt mới giai đoạn 2023 - 2027 (km) | Kế hoạch lắp đặt giai đoạn "
     "2028 - 2030 (km) |\n|---|---|---|---|---|---|\n| 1 | Công ty Cấp nước Tân An | 50.000 | 64.300 | 92,5 | 40 |\n",
     [B(4200, "đồng hồ", 2027), B(50000, "m³/ngày đêm", 2027), B(64300, "đấu nối", 2027), B(92.5, "km", 2027),
      T(40, "km", 2030)]),
    # a table of support levels: its caps and its minimum scales in the notes are the norm's terms, no target
    (PLAN + "PHỤ LỤC\nCHI TIẾT CHÍNH SÁCH PHÁT TRIỂN CHĂN NUÔI\n"
     "| STT | Nội dung hỗ trợ | Đơn vị tính | Mức hỗ trợ | Ghi chú |\n|---|---|---|---|---|\n"
     "| 1 | Mua lợn nái giống | triệu đồng/con | 4 | Tối đa 40% giá mua; không quá 05 con/hộ |\n"
     "| 2 | Làm nhà màng | triệu đồng/m2 | 0,1 | Quy mô tối thiểu 500 m2/hộ |\n", []),
    # a row's whole is due at the last of the milestones its time cell lists
    (PLAN + "PHỤ LỤC\nDANH MỤC DỰ ÁN VÀ MỐC BÀN GIAO MẶT BẰNG\n"
     "| STT | Dự án | Diện tích thu hồi (ha) | Mốc hoàn thành |\n|---|---|---|---|\n"
     "| 1 | Cụm công nghiệp Phú Mỹ | 210,0 | Đợt 1: 30/9/2026; toàn bộ: Quý II/2027 |\n", [T(210, "ha", 2027)]),
    # a list of what stands on a date its caption gives ("Số liệu tính đến ngày 31/12/2025"): its areas are
    # baselines of that year, whatever the deadline each row is to be dealt with by
    (PLAN + "PHỤ LỤC\nDANH MỤC CÁC KHU ĐẤT CHẬM ĐƯA VÀO SỬ DỤNG\nSố liệu tính đến ngày 31/12/2025\n"
     "| STT | Khu đất | Diện tích (ha) | Hiện trạng | Thời hạn xử lý |\n|---|---|---|---|---|\n"
     "| 1 | Sân vận động xã Tân An | 3,2 | Bỏ hoang | Quý IV/2027 |\n", [B(3.2, "ha", 2025)]),
    # a table a spreadsheet set to English wrote: "12,500" is twelve thousand five hundred, "4.5" four and a half
    (PLAN + "I. MỤC TIÊU\n\nPHỤ LỤC\nMỘT SỐ CHỈ TIÊU\n"
     "| TT | Chỉ tiêu | Đơn vị | 2023 | 2028 |\n|---|---|---|---|---|\n"
     "| 1 | Diện tích trồng rừng mới | ha | 12,500 | 15,250.5 |\n"
     "| 2 | Tỷ lệ hộ nghèo | % | 4.5 | dưới 2.5 |\n",
     [B(12500, "ha", 2023), T(15250.5, "ha", 2028), B(4.5, "%", 2023), T(2.5, "%", 2028)]),
    # a plan's table of activities, each given to a body: its cost column is what the activity is estimated to
    # cost, not a figure to reach (a count the activity names in its cell still is)
    (PLAN + "PHỤ LỤC\nDANH MỤC HOẠT ĐỘNG NĂM 2027\n"
     "| TT | Nội dung hoạt động | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian | Kinh phí (triệu đồng) |\n"
     "|---|---|---|---|---|---|\n"
     "| 1 | Tổ chức 12 hội nghị phổ biến pháp luật | Sở Tư pháp | Sở Nội vụ | Quý II/2027 | 180 |\n"
     "| 2 | Biên soạn tài liệu hỏi đáp pháp luật | Sở Tư pháp | Công an tỉnh | Quý III/2027 | 95 |\n",
     [T(12, "hội nghị", 2027)]),
    # a Word table's merged header, one cell a line: three groups (the state of a year, the plan's and the goal's
    # years) over the columns under them; each figure takes its group's year and its column's unit
    ("KẾ HOẠCH\nphát triển cây dược liệu\n\nTân An, ngày 20 tháng 3 năm 2027\n\nI. MỤC TIÊU\nPhát triển vùng "
     "dược liệu theo Phụ lục.\n\nPHỤ LỤC\nCHỈ TIÊU PHÁT TRIỂN CÂY DƯỢC LIỆU\nTT\nCây dược liệu\n"
     "Hiện trạng năm 2026\nKế hoạch năm 2028\nMục tiêu năm 2030\nDiện tích (ha)\nGiá trị (tỷ đồng)\n"
     "Diện tích (ha)\nDiện tích (ha)\nGiá trị (tỷ đồng)\n1\nSâm Ngọc Linh\n120\n450\n180\n260\n900\n"
     "2\nQuế\n3.400\n210\n3.800\n4.200\n320\n3\nGừng gió\n60\n15\n90\n140\n40\n",
     [B(120, "ha", 2026), B(450, "tỷ đồng", 2026), T(180, "ha", 2028), T(260, "ha", 2030), T(900, "tỷ đồng", 2030),
      B(3400, "ha", 2026), B(210, "tỷ đồng", 2026), T(3800, "ha", 2028), T(4200, "ha", 2030), T(320, "tỷ đồng", 2030),
      B(60, "ha", 2026), B(15, "tỷ đồng", 2026), T(90, "ha", 2028), T(140, "ha", 2030), T(40, "tỷ đồng", 2030)]),
    # the same column in a decision that orders the tasks grants each its sum
    ("QUYẾT ĐỊNH\nphê duyệt danh mục nhiệm vụ đặt hàng năm 2027\n\nHà Tĩnh, ngày 15 tháng 12 năm 2026\n\n"
     "PHỤ LỤC\nDANH MỤC NHIỆM VỤ NĂM 2027\n"
     "| TT | Tên nhiệm vụ | Tổ chức chủ trì | Đơn vị phối hợp | Thời gian | Kinh phí (triệu đồng) |\n"
     "|---|---|---|---|---|---|\n"
     "| 1 | Chọn tạo giống lúa chịu mặn | Viện Lúa Hòa Lợi | Sở Nông nghiệp và Môi trường | 2027 | 1.450 |\n",
     [T(1450, "triệu đồng", 2027)]),
]


def test_annex_tables():
    check_rows(ANNEX_ROWS, kinds_of)


def test_annex_tables_word_segmented():
    check_rows([(segmented(text), expected) for text, expected in ANNEX_ROWS], kinds_of)


def test_annex_table_comparators_and_indicators():
    doc = doc_of(ANNEX)
    got = [(t.comparator, t.value_max, t.indicator) for t in extract_targets(doc, body_bounds(doc), find_times(doc.text))]
    assert got == [(">=", None, "Tỷ lệ hồ sơ giải quyết trực tuyến"), (">=", None, "Số doanh nghiệp công nghệ số"),
                   ("<=", None, "Xếp hạng chỉ số chuyển đổi số"), ("range", 25.0, "Quy mô kinh tế số trong GRDP")]


def test_evidence_is_the_text():
    for text, _ in ROWS + [(ANNEX, None), (TWO_COLUMNS, None)]:
        doc = doc_of(text)
        for t in extract_targets(doc, body_bounds(doc), find_times(doc.text)):
            assert doc.text[t.start:t.end] == t.text and t.text.strip() == t.text


# ------------------------------------------------------------------ the indicator is a noun phrase

INDICATOR_ROWS = [
    # an age qualifies the noun it follows; a pair of places written with a comma is one noun
    ("- Tỷ lệ trẻ em từ 6 đến 16 tuổi biết bơi an toàn đạt trên 44%.",
     ["tỷ lệ trẻ em", "tỷ lệ trẻ em từ 6 đến 16 tuổi biết bơi an toàn"]),
    ("- 100% xã, phường bố trí công chức làm công tác bảo vệ trẻ em; 90% thôn, bản có tổ hòa giải.",
     ["tỷ lệ xã, phường bố trí công chức làm công tác bảo vệ trẻ em", "tỷ lệ thôn, bản có tổ hòa giải"]),
    # a yearly step that names its time by the year's end or by "đến hết", and says "còn dưới": the label measures
    ("- Tỷ lệ trẻ em suy dinh dưỡng: cuối năm 2026 còn dưới 11%, cuối năm 2027 còn dưới 9,5%.",
     ["tỷ lệ trẻ em suy dinh dưỡng", "tỷ lệ trẻ em suy dinh dưỡng"]),
    ("- Số thôn có nhà văn hóa đạt chuẩn: đến hết năm 2026 đạt 40 thôn; đến hết năm 2027 không dưới 52 thôn.",
     ["số thôn có nhà văn hóa đạt chuẩn", "số thôn có nhà văn hóa đạt chuẩn"]),
    # (a step that names what it counts keeps it)
    ("- Nhân lực: đến hết năm 2026, 40/52 trường có giáo viên tin học.", ["số trường có giáo viên tin học"]),
    ("- Tai nạn lao động: năm 2026 xảy ra 9 vụ sập giàn giáo.", ["số vụ sập giàn giáo"]),
    ("- Thu ngân sách: năm 2026 đạt 97,5% dự toán; năm 2027 đạt 101% dự toán.",
     ["thu ngân sách", "thu ngân sách"]),
    ("- Đến năm 2030, tốc độ tăng trưởng kinh tế bình quân đạt 8%/năm.", ["tốc độ tăng trưởng kinh tế"]),
    ("Phấn đấu xây dựng mới 12 chợ nông thôn và cải tạo 20 chợ.", ["số chợ nông thôn xây dựng mới", "số chợ cải tạo"]),
    ("Tỷ trọng công nghiệp chiếm 35% GRDP; 60% trường học đạt chuẩn quốc gia.",
     ["tỷ trọng công nghiệp trong GRDP", "tỷ lệ trường học đạt chuẩn quốc gia"]),
    ("Đến năm 2028 có 3.000 ha cà phê được tái canh, sản lượng đạt 9.000 tấn.",
     ["diện tích cà phê được tái canh", "sản lượng"]),
    ("Phấn đấu bố trí tỷ lệ cán bộ trẻ trong lãnh đạo các sở, hướng tới tối thiểu đạt 30%.",
     ["tỷ lệ cán bộ trẻ trong lãnh đạo các sở"]),
    ("Tỷ lệ huy động vào ngân sách: 18 - 20%.", ["tỷ lệ huy động vào ngân sách"]),
    ("Thu nhập bình quân đầu người năm 2030 là 120 triệu đồng/người/năm.", ["thu nhập bình quân đầu người"]),
    ("Hoàn thành 90% diện tích đo đạc bản đồ địa chính.", ["tỷ lệ diện tích đo đạc bản đồ địa chính hoàn thành"]),
    ("Trong nhóm này có 12 hợp tác xã chưa có trụ sở.", ["số hợp tác xã chưa có trụ sở"]),
]


def targets_of(text: str) -> list[tuple[str, str]]:
    doc = doc_of(text)
    return [(t.text, t.indicator) for t in extract_targets(doc, body_bounds(doc), find_times(doc.text))]


def test_indicators_of_targets():
    """A clause that names only a change goes on with the indicator of its sentence; a rank names its ranking."""
    check_rows([
        (RESOLUTION + "I. MỤC TIÊU\n- Tổng mức bán lẻ hàng hóa tăng bình quân 12%/năm giai đoạn 2026 - 2030; "
         "tăng 14%/năm giai đoạn 2031 - 2035.\n",
         [("bình quân 12%/năm", "tổng mức bán lẻ hàng hóa"), ("14%/năm", "tổng mức bán lẻ hàng hóa")]),
        (RESOLUTION + "I. TÌNH HÌNH\nToàn tỉnh có 84 xã đạt chuẩn nông thôn mới, chiếm 61,3% tổng số xã.\n",
         [("84 xã", "số xã đạt chuẩn nông thôn mới"),
          ("chiếm 61,3%", "số xã đạt chuẩn nông thôn mới trong tổng số xã")]),
        # a report's item whose figures name only when: the item's label is what they measure
        (REPORT + "I. KẾT QUẢ\n3. Ngộ độc thực phẩm: năm 2026 xảy ra 07 vụ; 5 tháng đầu năm 2027 xảy ra 02 vụ.\n",
         [("07 vụ", "ngộ độc thực phẩm"), ("02 vụ", "ngộ độc thực phẩm")]),
        # a share in brackets after a count is the share of what it counts
        (REPORT + "I. KẾT QUẢ\nCó 14/52 trường hạng 1 đạt chuẩn mức độ 2 (26,9%).\n",
         [("14/52 trường", "số trường hạng 1 đạt chuẩn mức độ 2"), ("26,9%", "tỷ lệ trường hạng 1 đạt chuẩn mức độ 2")]),
        # (a list of grades after the counted thing is one phrase)
        (REPORT + "I. KẾT QUẢ\nCó 9/40 trường loại A, loại B được sửa chữa (22,5%).\n",
         [("9/40 trường", "số trường loại A, loại B được sửa chữa"), ("22,5%", "tỷ lệ trường loại A, loại B được sửa chữa")]),
        (REPORT + "I. KẾT QUẢ\nCuối năm 2026, toàn tỉnh còn 2.140 hộ thiếu nước sạch (4,6%), giảm 310 hộ.\n",
         [("2.140 hộ", "số hộ thiếu nước sạch"), ("4,6%", "tỷ lệ hộ thiếu nước sạch"), ("310 hộ", "số hộ")]),
        (REPORT + "I. KẾT QUẢ\nNăm 2026 có 61/250 thôn có nhà văn hóa đạt chuẩn, đạt 24,4%.\n",
         [("61/250 thôn", "số thôn có nhà văn hóa đạt chuẩn"), ("đạt 24,4%", "tỷ lệ thôn có nhà văn hóa đạt chuẩn")]),
        # a step that names only its time goes on with the count of its sentence in the same unit
        (REPORT + "I. KẾT QUẢ\n2. Nhà văn hóa: năm 2026 có 61/250 thôn có nhà văn hóa đạt chuẩn; đến ngày 30/6/2027 là 70 thôn.\n",
         [("61/250 thôn", "số thôn có nhà văn hóa đạt chuẩn"), ("là 70 thôn", "số thôn có nhà văn hóa đạt chuẩn")]),
        # (not after a share: the bracket is what it is compared with)
        (REPORT + "I. KẾT QUẢ\nTỷ lệ giải ngân đạt 61,2%, cao hơn bình quân của vùng (55,4%).\n",
         [("đạt 61,2%", "tỷ lệ giải ngân"), ("55,4%", "cao hơn bình quân của vùng")]),
        (RESOLUTION + "I. MỤC TIÊU\n- Đến năm 2030, tỉnh thuộc nhóm 15 tỉnh dẫn đầu cả nước về chỉ số chuyển đổi số.\n",
         [("nhóm 15 tỉnh", "xếp hạng chỉ số chuyển đổi số (dẫn đầu cả nước)")]),
    ], targets_of)


def indicators(line: str) -> list[str]:
    doc = doc_of("KẾ HOẠCH\nvề việc\n\nI. MỤC TIÊU\n" + line + "\n")
    figs = figures(doc, body_bounds(doc), find_times(doc.text))
    return [indicator_of(doc, f, figs) for f in figs]


def test_indicator_table():
    check_rows(INDICATOR_ROWS, indicators)


# ------------------------------------------------------------------ the decision and its model

def test_every_decision_says_why():
    doc = doc_of(ROWS[2][0])
    figs = figures(doc, body_bounds(doc), find_times(doc.text))
    from nlpolicy.decide import decide_all
    for f, d in zip(figs, decide_all("figure_kind", figs)):
        assert d.why and (d.label is None or 0.0 < d.score <= 1.0), (f, d)


def test_figure_kind_is_registered_with_its_model():
    from nlpolicy.decide import questions
    assert questions()["figure_kind"] == "rule + sentence-role (veto, p ≥ 0.9)"


def test_cue_table_is_well_formed():
    from nlpolicy.lexicon import read_tsv
    rows = read_tsv("figure_cues.tsv")
    assert rows and all(len(r) == 4 and r[2] in targets._POSITIONS and r[3] for r in rows), \
        [r for r in rows if len(r) != 4 or r[2] not in targets._POSITIONS]
    for r in rows:
        re.compile(r[0])


@pytest.mark.parametrize("module", [targets])
def test_doctests(module):
    result = doctest.testmod(module)
    assert result.attempted >= 5 and result.failed == 0


def test_a_table_of_bodies_by_indicators_gives_each_body_its_figures():
    """An annex that shares the year's figures among bodies: each value column is an indicator with its unit in
    brackets, each row a body ("Đơn vị" = the body, not the unit of measure), whose figures are targets of the plan's
    year (a plan written for this test)."""
    text = ("HỘI NÔNG DÂN TỈNH TÂN AN\nSố: 12/KH-HND\nTân An, ngày 10 tháng 01 năm 2027\n\nKẾ HOẠCH\n"
            "Công tác hội năm 2027\n\nI. CHỈ TIÊU\nKết nạp 2.050 hội viên mới trong năm 2027.\n\n"
            "PHỤ LỤC\nPHÂN BỔ CHỈ TIÊU NĂM 2027\n\nSTT\nĐơn vị\nKết nạp hội viên (người)\nThành lập chi hội (đơn vị)\n\n"
            "1\nChi hội Nông dân thôn Tân An\n1.200\n4\n2\nChi hội Nông dân thôn Hòa Lợi\n850\n2\n")
    got = kinds_of(text)
    assert T(1200, "người", 2027) in got and T(850, "người", 2027) in got
    assert T(4, "đơn vị", 2027) in got and T(2, "đơn vị", 2027) in got


def test_capital_given_for_the_year_is_what_a_report_measures_against():
    """A column "Kế hoạch vốn năm 2026" in a report's table of projects is the capital given (a baseline, as the
    disbursed column is); the same column in a resolution that allocates it is its target (texts written for this
    test)."""
    table = ("STT\nTên dự án\nKế hoạch vốn năm 2026 (tỷ đồng)\nGiải ngân đến 30/9/2026 (tỷ đồng)\n\n"
             "1\nĐường trục chính xã Tân An\n120,5\n48,2\n2\nTrường THPT Hòa Lợi\n35\n30,1\n")
    report = ("ỦY BAN NHÂN DÂN TỈNH TÂN AN\nSố: 210/BC-UBND\nTân An, ngày 5 tháng 10 năm 2026\n\nBÁO CÁO\n"
              "Tình hình giải ngân vốn đầu tư công 9 tháng năm 2026\n\nI. KẾT QUẢ\nCác dự án giải ngân như sau:\n\n"
              + table)
    got = kinds_of(report)
    assert B(120.5, "tỷ đồng", 2026) in got and B(35, "tỷ đồng", 2026) in got
    assert T(120.5, "tỷ đồng", 2026) not in got
    resolution = ("HỘI ĐỒNG NHÂN DÂN TỈNH TÂN AN\nSố: 45/NQ-HĐND\nTân An, ngày 10 tháng 12 năm 2025\n\nNGHỊ QUYẾT\n"
                  "Giao kế hoạch đầu tư công năm 2026\n\nĐiều 1. Giao kế hoạch vốn năm 2026 như sau:\n\n"
                  + table.replace("\nGiải ngân đến 30/9/2026 (tỷ đồng)", "").replace("\n48,2", "").replace("\n30,1", ""))
    assert T(120.5, "tỷ đồng", 2026) in kinds_of(resolution)


def test_a_table_whose_rows_are_years_dates_each_row_and_leaves_its_total_out():
    """An annex that spreads a plan's work over its years, one cell a line: each row is a year ("Năm thực hiện"),
    which dates its figures as targets, a count of the communes "thực hiện" (carrying it out) too; the total row
    after the last row, its STT cell empty, adds no figures to the row above (a plan written for this test)."""
    text = ("ỦY BAN NHÂN DÂN TỈNH TÂN AN\nSố: 64/KH-UBND\nTân An, ngày 9 tháng 3 năm 2027\n\nKẾ HOẠCH\n"
            "Dồn điền, đổi thửa giai đoạn 2027 - 2029\n\nI. MỤC TIÊU\nHoàn thành dồn điền, đổi thửa 9.300 ha.\n\n"
            "PHỤ LỤC\nKẾ HOẠCH THEO NĂM\n\nTT\nNăm thực hiện\nDiện tích dồn điền, đổi thửa (ha)\n"
            "Số xã thực hiện (xã)\nĐường giao thông nội đồng (km)\n1\nNăm 2027\n2.000\n8\n95\n2\nNăm 2028\n3.500\n"
            "14\n175\n3\nNăm 2029\n3.800\n15\n190\n\nTổng cộng\n9.300\n37\n460\n")
    got = kinds_of(text)
    assert T(2000, "ha", 2027) in got and T(8, "xã", 2027) in got and T(95, "km", 2027) in got
    assert T(14, "xã", 2028) in got and T(175, "km", 2028) in got and T(190, "km", 2029) in got
    assert not [k for k in got if k[1] in (37.0, 460.0)] and not [k for k in got if k[0] == "baseline"]


def test_the_schedule_that_closes_a_works_item_dates_its_figures_within_its_sentence():
    """An item that describes a work, then after a semicolon when it is finished, the verb part of the time
    ("hoàn thành trước ngày ...") or before it ("hoàn thành đưa vào sử dụng năm ...", "phấn đấu đi vào hoạt
    động trong năm ..."): the figures are due then.  A figure of an earlier sentence of the line is not (a plan
    written for this test)."""
    text = ("ỦY BAN NHÂN DÂN TỈNH TÂN AN\nSố: 27/KH-UBND\nTân An, ngày 22 tháng 01 năm 2027\n\nKẾ HOẠCH\n"
            "Phát triển sản xuất muối giai đoạn 2027 - 2030\n\nI. NHIỆM VỤ\n1. Đầu tư hạ tầng\n"
            "a) Dự án Kênh dẫn nước biển Hòa Lợi, chiều dài 4,2 km, tổng mức đầu tư 38,5 tỷ đồng; hoàn thành trước "
            "ngày 31/12/2028.\nb) Dự án Kho muối Phú Mỹ, sức chứa 20.000 tấn, tổng mức đầu tư 24 tỷ đồng; khởi công "
            "trong quý III năm 2027, hoàn thành đưa vào sử dụng năm 2029.\nc) Nhà máy muối tinh Gò Sành, công suất "
            "60.000 tấn/năm, vốn đầu tư 320 tỷ đồng; phấn đấu đi vào hoạt động trong năm 2030.\n"
            "d) Điểm trường Bến Đình hiện còn 04 phòng học tạm. Xây dựng dãy nhà 2 tầng; hoàn thành trước ngày "
            "30/6/2028.\n")
    got = kinds_of(text)
    assert T(4.2, "km", 2028) in got and T(38.5, "tỷ đồng", 2028) in got
    assert T(20000, "tấn", 2029) in got and T(24, "tỷ đồng", 2029) in got
    assert T(60000, "tấn/năm", 2030) in got and T(320, "tỷ đồng", 2030) in got
    assert not [k for k in got if k[1] == 4.0 and k[3] == 2028]


def test_the_lead_in_just_above_a_table_dates_its_figures():
    """A table of the situation introduced by a line that names its year ("... theo địa bàn năm 2026 như sau:"):
    its figures stand in that year, whatever the plan's horizon (a plan written for this test)."""
    text = ("ỦY BAN NHÂN DÂN TỈNH TÂN AN\nSố: 27/KH-UBND\nTân An, ngày 22 tháng 01 năm 2027\n\nKẾ HOẠCH\n"
            "Phát triển sản xuất muối giai đoạn 2027 - 2030\n\nI. THỰC TRẠNG\nDiện tích, sản lượng muối theo địa "
            "bàn năm 2026 như sau:\n\nTT\nXã, phường\nDiện tích đồng muối (ha)\nSố hộ diêm dân (hộ)\n1\nXã Tân An\n"
            "618\n740\n2\nXã Hòa Lợi\n482\n560\n\nII. MỤC TIÊU\nĐến năm 2030, diện tích đồng muối đạt 1.100 ha.\n")
    got = kinds_of(text)
    assert B(618, "ha", 2026) in got and B(560, "hộ", 2026) in got and T(1100, "ha", 2030) in got
    assert not [k for k in got if k[1] in (618.0, 482.0) and k[0] == "target"]
