"""Tests for nlpolicy.extract.deadlines: which time expressions bind the document's own work.

Where the rows come from: every document below was written for these tests, in the style of
the genre (people's-council resolutions, provincial plans and reports, a ministry decision),
after reading DOMAIN.md sections 4 and 4b and the `exclude` reasons of the gold files; none is
copied from a corpus document, and the province "An Bình" does not exist.  Each row names the
construction it pins.  The gold documents (spec/gold, corpus/gold) are used to evaluate only
(``nlpolicy eval``), never here.

Table tests collect every failing row before failing.
"""
from __future__ import annotations

import doctest
import re
from datetime import date
from pathlib import Path

import pytest

from nlpolicy.document import from_raw
from nlpolicy.extract import deadlines as dl
from nlpolicy.extract.deadlines import (contract_value, deadline_candidates, extract_deadlines, reference_date)
from nlpolicy.extract.pipeline import body_bounds
from nlpolicy.extract.timegrammar import find_times
from nlpolicy.types import RawDocument

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CORPUS = sorted((SHARED / "corpus").glob("*.txt")) if SHARED.is_dir() else []


# ------------------------------------------------------------------ invented documents

def resolution(body: str, *, title: str = "Về một số nhiệm vụ phát triển kinh tế - xã hội của tỉnh",
               date_line: str = "An Bình, ngày 12 tháng 12 năm 2026", kind: str = "NGHỊ QUYẾT",
               number: str = "45/NQ-HĐND", preamble: str | None = None) -> str:
    """A people's-council resolution of the invented province An Bình, around ``body``."""
    if preamble is None:
        preamble = ("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
                    "Xét Tờ trình số 210/TTr-UBND ngày 01 tháng 12 năm 2026 của Ủy ban nhân dân tỉnh;\n")
    return (f"HỘI ĐỒNG NHÂN DÂN\nTỈNH AN BÌNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            f"Số: {number}\n{date_line}\n\n{kind}\n{title}\n\nHỘI ĐỒNG NHÂN DÂN TỈNH AN BÌNH\n"
            f"KHÓA XI, KỲ HỌP THỨ TÁM\n\n{preamble}\nQUYẾT NGHỊ:\n\n{body.strip()}\n\n"
            "Nơi nhận:\n- Thường trực HĐND tỉnh;\n- Lưu: VT.\nCHỦ TỊCH\nNguyễn Văn An\n")


def plan(body: str, *, title: str = "Triển khai nhiệm vụ phát triển công nghiệp của tỉnh",
         date_line: str = "An Bình, ngày 10 tháng 3 năm 2027", kind: str = "KẾ HOẠCH",
         number: str = "88/KH-UBND") -> str:
    """A provincial plan (or report, with ``kind="BÁO CÁO"``) of the invented province."""
    return (f"ỦY BAN NHÂN DÂN\nTỈNH AN BÌNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            f"Số: {number}\n{date_line}\n\n{kind}\n{title}\n\n{body.strip()}\n\n"
            "Nơi nhận:\n- Các sở, ban, ngành;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nTrần Văn Bình\n")


def doc_of(text: str):
    return from_raw(RawDocument("invented.txt", text, "utf-8"))


def values(text: str) -> set[str]:
    doc = doc_of(text)
    return {d.value for d in extract_deadlines(doc, body_bounds(doc))}


def check_rows(rows):
    """Each row: (construction, document, values that must be found, values that must not)."""
    failures = []
    for name, text, want, forbid in rows:
        got = values(text)
        missing, wrong = set(want) - got, set(forbid) & got
        if missing or wrong:
            failures.append(f"{name}: missing {sorted(missing)}, wrongly found {sorted(wrong)} (got {sorted(got)})")
    assert not failures, f"{len(failures)} of {len(rows)} rows fail:\n" + "\n".join(failures)


# ------------------------------------------------------------------ the table

ROWS = [
    # --- yearly schedules of the document's own programme
    ("schedule items 'a) Năm 2027: ...'", resolution("""
Điều 1. Thông qua Đề án hỗ trợ di dời hộ dân vùng sạt lở giai đoạn 2027 - 2029 với các nội dung sau:
1. Mục tiêu: di dời 1.500 hộ ra khỏi vùng nguy cơ sạt lở.
2. Phân kỳ thực hiện:
a) Năm 2027: di dời 400 hộ, kinh phí 60 tỷ đồng.
b) Năm 2028: di dời 600 hộ, kinh phí 90 tỷ đồng.
c) Năm 2029: di dời 500 hộ, kinh phí 75 tỷ đồng.
Điều 2. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết.
""", title="Thông qua Đề án hỗ trợ di dời hộ dân vùng sạt lở giai đoạn 2027 - 2029"),
     {"2027", "2028", "2029", "2027/2029"}, {"2015-06-19", "2026-12-01", "2026-12-12"}),
    ("a bare year followed by the work of that year", resolution("""
Điều 1. Phát triển cây mắc ca trên địa bàn tỉnh đến năm 2030:
- Diện tích trồng mới 3.000 ha (năm 2027 trồng mới 800 ha; năm 2028 trồng mới 1.000 ha; năm 2029 trồng mới 1.200 ha).
Điều 2. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện.
""", title="Về phát triển cây mắc ca trên địa bàn tỉnh đến năm 2030"), {"2027", "2028", "2029", "2030"}, set()),
    ("a year that ends within weeks of the document is no bound", resolution("""
Điều 1. Kế hoạch trồng rừng: năm 2026 trồng mới 200 ha; năm 2027 trồng mới 900 ha.
""", date_line="An Bình, ngày 20 tháng 12 năm 2026"), {"2027"}, {"2026"}),
    # --- phases of the document's own programme, against past periods
    ("own phases kept, a period mostly past dropped", resolution("""
Điều 1. Thông qua Quy hoạch phát triển chợ nông thôn của tỉnh đến năm 2035:
1. Mục tiêu: doanh thu bán lẻ tăng bình quân 9%/năm giai đoạn 2022 - 2027; tăng 11%/năm giai đoạn 2028 - 2030; tăng 12%/năm giai đoạn 2031 - 2035.
2. Giai đoạn 2028 - 2030: xây dựng mới 15 chợ hạng III.
""", title="Về quy hoạch phát triển chợ nông thôn tỉnh An Bình đến năm 2035",
        date_line="An Bình, ngày 05 tháng 11 năm 2026"),
     {"2028/2030", "2031/2035", "2035"}, {"2022/2027"}),
    ("a past period that is assessed, the new period that is planned", plan("""
I. ĐÁNH GIÁ
Các sở, ngành đánh giá tình hình thực hiện kế hoạch 5 năm 2021 - 2025, làm rõ kết quả đạt được.
II. NHIỆM VỤ
1. Xây dựng kế hoạch phát triển kinh tế - xã hội 5 năm 2026 - 2030 của ngành, gửi Sở Tài chính trước ngày 30/4/2026.
""", title="Xây dựng kế hoạch phát triển kinh tế - xã hội 5 năm 2026 - 2030",
        date_line="An Bình, ngày 10 tháng 02 năm 2026"), {"2026/2030", "2026-04-30"}, {"2021/2025"}),
    # --- half years (DOMAIN.md 4b)
    ("a half year is valued as its year; the half already lived is past", resolution("""
Điều 1. Tình hình kinh tế - xã hội 6 tháng đầu năm 2027 có nhiều chuyển biến tích cực.
Điều 2. Phương hướng, nhiệm vụ 6 tháng cuối năm 2027: tập trung thu hút đầu tư, đẩy nhanh giải ngân vốn đầu tư công.
""", title="Về nhiệm vụ phát triển kinh tế - xã hội 6 tháng cuối năm 2027",
        date_line="An Bình, ngày 14 tháng 7 năm 2027"), {"2027"}, {"2027-H1", "2027-H2", "H1", "H2", "half-yearly"}),
    # --- quarters, dates, months
    ("quarter, date, month, and the older spelling 'quí'", plan("""
II. NHIỆM VỤ
1. Sở Xây dựng trình Ủy ban nhân dân tỉnh phê duyệt quy chế trong quý II/2027.
2. Sở Tư pháp gửi báo cáo về Ủy ban nhân dân tỉnh trước ngày 30/6/2027.
3. Sở Nội vụ hoàn thành việc sắp xếp tổ chức trong tháng 9/2027.
4. Sở Tài chính tổng hợp dự toán, trình Ủy ban nhân dân tỉnh trong quí 3 năm 2027.
"""), {"2027-Q2", "2027-06-30", "2027-09", "2027-Q3"}, set()),
    # --- the council's own programme year (4b), an event without a date
    ("a council's own programme year; a session without a date is nothing", resolution("""
Điều 1. Thông qua Chương trình giám sát năm 2027 của Hội đồng nhân dân tỉnh với các nội dung sau:
1. Giám sát việc thực hiện các chính sách hỗ trợ sản xuất nông nghiệp.
2. Thường trực Hội đồng nhân dân tỉnh báo cáo kết quả tại Kỳ họp thứ Mười.
""", title="Về Chương trình giám sát năm 2027 của Hội đồng nhân dân tỉnh An Bình"), {"2027"}, set()),
    # --- 'từ ngày ...' as the start of the document's own measure
    ("'Thời gian thực hiện: từ ngày ...' is a bound", resolution("""
Điều 1. Bãi bỏ khoản thu đóng góp xây dựng trường học tại các cơ sở giáo dục công lập trên địa bàn tỉnh.
Điều 2. Thời gian thực hiện: từ ngày 01 tháng 01 năm 2027.
Điều 3. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này.
"""), {"2027-01-01"}, set()),
    ("the document's own entry into force is not", resolution("""
Điều 1. Quy định mức hỗ trợ đối với cán bộ y tế thôn bản là 500.000 đồng/người/tháng.
Điều 2. Nghị quyết này có hiệu lực kể từ ngày 22 tháng 12 năm 2026.
Điều 3. Nghị quyết này đã được Hội đồng nhân dân tỉnh An Bình khóa XI, kỳ họp thứ tám thông qua ngày 12 tháng 12 năm 2026.
"""), set(), {"2026-12-22", "2026-12-12", "2026-12"}),
    ("an entry into force left blank in a draft is not either; a task's year beside 'Nghị quyết này' is", resolution("""
Điều 1. Rà soát các chương trình còn hiệu lực có liên quan để đồng bộ với Nghị quyết này, hoàn thành trong năm 2027.
Điều 2. Nghị quyết này có hiệu lực từ ngày    tháng    năm 2026.
"""), {"2027"}, {"2026"}),
    ("the periodic reports a regulation names are rhythms; 'báo cáo quy định' and 'báo cáo năm 2026' are not", plan("""
II. CHẾ ĐỘ BÁO CÁO
1. Các sở gửi Sở Tài chính trước ngày 05 của tháng sau đối với báo cáo tháng và trước ngày 10 của tháng sau đối với báo cáo quý, 6 tháng và cả năm.
"""), {"monthly:05", "quarterly", "half-yearly", "yearly"}, {"monthly:10"}),
    ("... and 'báo cáo quy định', 'báo cáo năm 2026', 'báo cáo quý này' are not", plan("""
II. CHẾ ĐỘ BÁO CÁO
1. Thực hiện theo mẫu báo cáo quy định; số liệu của báo cáo quý này gửi kèm báo cáo năm 2026 của Sở.
"""), set(), {"quarterly", "yearly", "monthly"}),
    # --- background commitments, cited documents, titles of other documents, terms
    ("a national commitment quoted as background", plan("""
Việt Nam đã cam kết tại Hội nghị COP đưa phát thải ròng bằng 0 vào năm 2050.
II. NHIỆM VỤ
1. Chuyển đổi 30% xe buýt sang sử dụng điện, hoàn thành trước năm 2030, hướng tới mục tiêu phát thải ròng bằng 0 vào năm 2050.
"""), {"2030"}, {"2050"}),
    ("cited documents' dates and the titles they carry", plan("""
Thực hiện Quyết định số 450/QĐ-TTg ngày 13 tháng 4 năm 2022 của Thủ tướng Chính phủ phê duyệt Chiến lược bảo vệ môi trường quốc gia đến năm 2030, tầm nhìn đến năm 2050; Nghị quyết số 07-NQ/TU ngày 05/3/2021 của Tỉnh ủy về phát triển lâm nghiệp giai đoạn 2021 - 2030, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:
I. NHIỆM VỤ
1. Sở Nông nghiệp và Môi trường hoàn thành kiểm kê rừng trước ngày 31/12/2027.
"""), {"2027-12-31"}, {"2022-04-13", "2021-03-05", "2030", "2050", "2021/2030"}),
    ("a year inside the name of another plan; a bound after the name ended", plan("""
I. NHIỆM VỤ
1. Rà soát các dự án theo Quy hoạch tỉnh An Bình thời kỳ 2021 - 2030, tầm nhìn đến năm 2050; phấn đấu đến năm 2028 thu hút thêm 10 dự án.
2. Sở Tài nguyên lập Kế hoạch sử dụng đất năm 2028 của tỉnh.
"""), {"2028"}, {"2021/2030", "2050"}),
    ("lower-case document names in a lower-cased text", plan("""
i. nhiệm vụ
1. thực hiện đúng quy hoạch tổng thể phát triển kinh tế - xã hội tỉnh đến năm 2035.
2. hoàn thành việc kiểm kê đất đai trong quý iv/2027.
""").lower(), {"2027-Q4"}, {"2035"}),
    ("terms of office and school years", resolution("""
Điều 1. Chuẩn bị tốt các điều kiện tổ chức đại hội đảng bộ các cấp nhiệm kỳ 2030 - 2035 và bầu cử đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2031 - 2036.
Điều 2. Miễn học phí năm học 2027 - 2028 cho học sinh trung học cơ sở; chuẩn cận nghèo áp dụng cho giai đoạn 2026 - 2030 theo quy định.
"""), set(), {"2030/2035", "2031/2036", "2027/2028", "2026/2030"}),
    ("an entitlement kept to a day bounds no work; a reward given by a day still does", resolution("""
Điều 3. Người đang hưởng trợ cấp theo Nghị quyết cũ tiếp tục được hưởng đến hết ngày 30 tháng 9 năm 2027; mức cao hơn thì được giữ nguyên mức đang hưởng đến hết ngày 31/12/2027.
Điều 4. Ủy ban nhân dân tỉnh chi trả trợ cấp trước ngày 15/10/2027 và tổ chức khen thưởng trước ngày 30/11/2027.
"""), {"2027-10-15", "2027-11-30"}, {"2027-09-30", "2027-12-31"}),
    ("a term label against a bound after relation words; applying technology is no standard's validity", plan("""
II. NHIỆM VỤ
1. Sở Tư pháp hoàn thiện dự thảo Luật, trình Quốc hội khóa XVI trong năm 2027.
2. Chuẩn bị nhân sự đại biểu Quốc hội khóa XVI (2026 - 2031).
3. Đẩy mạnh áp dụng công nghệ số giai đoạn 2027 - 2029 trong quản lý đất đai.
"""), {"2027", "2027/2029"}, {"2026/2031"}),
    # --- reports: cut-off, past events, base years
    ("a report's cut-off, past events, base years", plan("""
I. KẾT QUẢ
Tính đến ngày 15/9/2027, toàn tỉnh có 42 dự án đang triển khai. Đến ngày 20/8/2027, Ủy ban nhân dân tỉnh đã phê duyệt 12 dự án. Kim ngạch xuất khẩu gấp 1,5 lần năm 2025.
II. KIẾN NGHỊ
Đề nghị Sở Công Thương hoàn thành thủ tục thành lập cụm công nghiệp trước ngày 31/12/2027.
""", kind="BÁO CÁO", number="301/BC-UBND", title="Tình hình triển khai các dự án đầu tư trên địa bàn tỉnh",
        date_line="An Bình, ngày 25 tháng 9 năm 2027"), {"2027-12-31"}, {"2027-09-15", "2027-08-20", "2025"}),
    ("the goals of a year", resolution("""
Điều 1. Tập trung lãnh đạo, chỉ đạo thực hiện thắng lợi các mục tiêu phát triển kinh tế - xã hội năm 2027.
""", date_line="An Bình, ngày 12 tháng 4 năm 2027"), {"2027"}, set()),
    # --- 'hằng năm': rhythm of an obligation or a kind of thing
    ("'hằng năm' as a rhythm, a plan made every year, a rate, a noun", plan("""
II. NHIỆM VỤ
1. Hằng năm, Sở Tài chính tổ chức sơ kết việc thực hiện Kế hoạch.
2. Sở Nội vụ xây dựng kế hoạch kiểm tra công vụ hằng năm.
3. Các đơn vị định kỳ 6 tháng báo cáo kết quả; báo cáo tháng gửi trước ngày 20 hằng tháng.
4. Các sở, ngành báo cáo Ủy ban nhân dân tỉnh định kỳ hằng năm (trước ngày 05/12).
"""), {"yearly", "half-yearly", "monthly:20", "yearly:12-05"}, set()),
    ("'hằng năm' qualifying a budget, a rate per year", plan("""
II. NHIỆM VỤ
1. Bố trí kinh phí trong dự toán ngân sách hằng năm của các sở, ngành.
2. Bình quân mỗi năm trồng mới 300 ha rừng sản xuất.
3. Thường xuyên kiểm tra việc khai thác khoáng sản.
"""), set(), {"yearly"}),
    ("a word broken by wrapping at its hyphen does not cut the clause", resolution("""
Điều 1. Tập trung lãnh đạo thực hiện thắng lợi các mục tiêu phát triển kinh tế
-
xã hội, bảo đảm quốc phòng, an ninh năm 2027, tổ chức tốt các ngày lễ lớn.
""", date_line="An Bình, ngày 12 tháng 4 năm 2027"), {"2027"}, set()),
    # --- a time column of an assignment table
    ("time cells of an assignment table, 'Thường xuyên' is no deadline", plan("""
III. TỔ CHỨC THỰC HIỆN
Các nhiệm vụ cụ thể:
STT | Nhiệm vụ | Cơ quan chủ trì | Thời gian hoàn thành
1. | Rà soát quy hoạch các cụm công nghiệp | Sở Công Thương | 2027
2. | Xây dựng cơ sở dữ liệu đất đai | Sở Nông nghiệp và Môi trường | Quý I/2028
3. | Kiểm tra việc chấp hành pháp luật | Thanh tra tỉnh | Thường xuyên
4. | Đào tạo nguồn nhân lực số | Sở Nội vụ | 2027 - 2028
"""), {"2027", "2028-Q1", "2027/2028"}, set()),
    # --- damaged text: diacritics lost by a scanner
    ("relation words with lost diacritics", plan("""
II. NHIỆM VỤ
1. Sở Xây dựng phấn đấu dến năm 2030 hoàn thành cắm mốc giới các khu dô thị.
2. Sở Tư pháp gửi báo cáo truớc ngày 30/6/2027; các huyện báo cáo dịnh kỳ hàng năm.
3. Thực hiện giai doạn 2027 - 2029 theo lộ trình.
"""), {"2030", "2027-06-30", "yearly", "2027/2029"}, set()),
    # --- a school year: the time of the work when relation words govern it, a label when a noun does
    ("a school year's end, the school year lived through, a fee's school year", plan("""
I. MỤC TIÊU
1. Chỉ tiêu đến cuối năm học 2027 - 2028
a) Tỷ lệ trường mầm non đạt chuẩn quốc gia đạt 80%.
b) Mỗi xã có thêm ít nhất 01 trường đạt chuẩn quốc gia trong năm học 2027 - 2028.
II. NHIỆM VỤ
1. Phòng Kế hoạch - Tài chính hướng dẫn thu học phí năm học 2029 - 2030 theo quy định.
2. Văn phòng Sở tổ chức sơ kết học kỳ I trong tháng 01/2028, tổng kết năm học trong tháng 6/2028.
""", title="Thực hiện nhiệm vụ năm học 2027 - 2028", date_line="An Bình, ngày 25 tháng 8 năm 2027",
         number="1520/KH-SGDĐT"),
     {"2028", "2027/2028", "2028-01", "2028-06"}, {"2029/2030"}),
    ("a school year that opens its clause is the time of the clause's work; a fee's school year is a label", plan("""
II. NHIỆM VỤ
1. Dạy học bằng tiếng Pháp
- Năm học 2028 - 2029, triển khai thí điểm tại 06 trường; năm học 2030 - 2031 đánh giá, nhân rộng mô hình.
- Phòng Kế hoạch - Tài chính hướng dẫn thu học phí năm học 2029 - 2030.
""", date_line="An Bình, ngày 25 tháng 8 năm 2027", number="1520/KH-SGDĐT"),
     {"2028/2029", "2030/2031"}, {"2029/2030"}),
    ("a dispatch: hours before the day bound the work, the weather it forecasts does not", plan("""
Theo tin dự báo, bão số 9 đổ bộ vào đất liền trong đêm 26/10/2027. Từ đêm 25/10 đến hết ngày 29/10/2027, tỉnh có mưa to đến rất to.
1. Ủy ban nhân dân các xã ven biển bảo đảm 100% tàu thuyền vào nơi neo đậu trước 17 giờ ngày 26/10/2027.
2. Sở Nông nghiệp và Môi trường tổng hợp thiệt hại, báo cáo chậm nhất 11 giờ ngày 28/10/2027.
""", kind="CÔNG ĐIỆN", number="31/CĐ-UBND", date_line="An Bình, ngày 25 tháng 10 năm 2027",
         title="Về việc ứng phó khẩn cấp với bão số 9"),
     {"2027-10-26", "2027-10-28"}, {"2027-10-29"}),
    ("the years of a spending plan listed on one line after a lead-in that says so", resolution("""
Điều 5. Kinh phí thực hiện
1. Tổng kinh phí thực hiện chính sách giai đoạn 2027 - 2030 là 412.600 triệu đồng.
2. Phân bổ dự kiến theo năm: năm 2027 khoảng 86.000 triệu đồng; năm 2028 khoảng 104.500 triệu đồng; năm 2029 khoảng 110.300 triệu đồng.
"""), {"2027", "2028", "2029", "2027/2030"}, set()),
    ("a span of months in a task table's time column ends on its last month", plan("""
II. NHIỆM VỤ CỤ THỂ
TT | Nội dung | Chủ trì | Phối hợp | Thời gian hoàn thành
1 | Rà soát đội ngũ viên chức, đề xuất bổ sung biên chế | Phòng Tổ chức cán bộ | Sở Nội vụ | Tháng 10 - 11/2027
"""), {"2027-11"}, set()),
    ("a timetable's time cell 'Từ ngày A đến ngày B': the step is due by B, A only opens it; in prose a duty from "
     "one day to another is lived through that span (golds differ: R5_CT-UBND splits it, R13, R15, R17, R18 keep "
     "the span)", plan("""
II. NHIỆM VỤ
1. Chi cục Kiểm lâm trực phòng cháy rừng từ ngày 01/11/2027 đến hết ngày 30/4/2028.
III. LỊCH TRÌNH
STT | Nội dung công việc | Thời gian thực hiện | Cơ quan thực hiện
1 | Tiếp nhận hồ sơ ứng cử | Từ ngày 10/01/2028 đến ngày 05/02/2028 | Ủy ban bầu cử tỉnh
2 | Niêm yết danh sách cử tri | Chậm nhất ngày 20/02/2028 | Ủy ban nhân dân các xã
"""), {"2027-11-01/2028-04-30", "2028-02-05", "2028-02-20"}, {"2028-01-10", "2028-01-10/2028-02-05"}),
    ("a yearly day right after 'hằng năm', with no comma or bracket: 'kê khai hằng năm trước ngày 31/12'", plan("""
II. NHIỆM VỤ
1. Người đứng đầu kê khai tài sản, thu nhập hằng năm trước ngày 31/12; báo cáo hằng năm trước ngày 15/12/2027.
"""), {"yearly:12-31", "2027-12-15"}, set()),
    ("a holiday that dates the work: 'vào dịp Quốc khánh 2/9/2027', 'dịp 30/4/2028'", plan("""
II. NHIỆM VỤ
1. Sở Xây dựng bảo đảm thông xe kỹ thuật đoạn Tân An - Hòa Lợi vào dịp Quốc khánh 2/9/2027; khánh thành cầu Phú Mỹ
dịp 30/4/2028.
"""), {"2027-09-02", "2028-04-30"}, set()),
    ("a draft to be signed by a date is due then; a document signed on a date is no deadline", plan("""
II. NHIỆM VỤ
1. Sở Xây dựng xây dựng quy định về thiết kế mẫu, trình Chủ tịch Ủy ban nhân dân tỉnh ký ban hành chậm nhất ngày
30/9/2027.
2. Thực hiện Quyết định số 45/QĐ-UBND do Chủ tịch Ủy ban nhân dân tỉnh ký ban hành ngày 12/3/2027.
"""), {"2027-09-30"}, {"2027-03-12"}),
    ("an hour of the day the dispatch is written is due that day; the day itself, bare, is the document's", plan("""
1. Ủy ban nhân dân các xã sơ tán hộ dân vùng sạt lở, hoàn thành trước 17 giờ ngày 10/3/2027.
2. Công điện này được gửi ngày 10/3/2027.
""", kind="CÔNG ĐIỆN", number="9/CĐ-UBND"), {"2027-03-10"}, set()),
    ("a span of quarters in a timetable's time column stays a span (only days and months are due by their end there)",
     plan("""
III. LỊCH TRÌNH
STT | Nội dung công việc | Thời gian thực hiện | Cơ quan thực hiện
1 | Lập báo cáo nghiên cứu khả thi | Từ Quý III/2027 đến Quý II/2028 | Sở Xây dựng
"""), {"2027-Q3/2028-Q2"}, {"2028-Q2"}),
    ("a report due by an hour of each day is a daily deadline; work done each day is none", plan("""
1. Ủy ban nhân dân các xã thống kê thiệt hại, báo cáo nhanh về Sở Xây dựng trước 9 giờ hằng ngày.
2. Các hợp tác xã thu gom rác thải hằng ngày tại các khu dân cư.
""", kind="CÔNG ĐIỆN", number="9/CĐ-UBND"), {"daily"}, set()),
    ("work done each day with no hour to bound it is no deadline", plan("""
1. Các hợp tác xã thu gom rác thải hằng ngày tại các khu dân cư.
"""), set(), {"daily"}),
    ("the document's own day with no hour is no deadline", plan("""
1. Ủy ban nhân dân các xã tổng hợp thiệt hại trước ngày 10/3/2027.
""", kind="CÔNG ĐIỆN", number="9/CĐ-UBND"), set(), {"2027-03-10"}),
    ("a campaign from one day to another is one span lived through, its start's year taken from its end; a span of "
     "days that ended on the document's day is over", plan("""
Hội nghị sơ kết họp từ ngày 08/3 đến ngày 10/3/2027.
1. Tổ chức chiến dịch tiêm vắc xin, đợt 1 từ ngày 15/4 đến ngày 30/4/2027; đợt 2 từ tháng 9 đến hết tháng 10/2027.
"""), {"2027-04-15/2027-04-30", "2027-09/2027-10"}, {"2027-03-08/2027-03-10", "2027-04-30", "2027-10"}),
    ("an hour of the day that says where things stand ('đến 11 giờ ngày ...') is no deadline", plan("""
Đến 11 giờ ngày 10/3/2027 vẫn còn 42 hộ dân chưa di dời.
1. Ủy ban nhân dân các xã tổng hợp thiệt hại.
""", kind="CÔNG ĐIỆN", number="9/CĐ-UBND"), set(), {"2027-03-10"}),
]


def test_deadline_rows():
    check_rows(ROWS)


def test_word_segmented_copies():
    """The same constructions in a word-segmented, lower-cased copy (as research datasets give them)."""
    joins = re.compile(r"\b(hội đồng|nhân dân|ủy ban|thực hiện|kế hoạch|giai đoạn|phát triển|hằng năm|trồng mới)\b")
    rows = [(f"{name} (segmented)", joins.sub(lambda m: m.group().replace(" ", "_"), text.lower()), want, forbid)
            for name, text, want, forbid in ROWS[:4]]
    check_rows(rows)


def test_title_stub_left_by_a_damaged_header():
    """A header parsed from a damaged text may keep only "về" of the title: the title lines at the head of
    the text still give the document's own programme ("Thông qua Đề án ... giai đoạn 2027 - 2029")."""
    import dataclasses
    text = resolution("""
Điều 1. Thông qua Đề án Hỗ trợ di dời hộ dân vùng sạt lở giai đoạn 2027 - 2029, với những nội dung sau:
1. Di dời 1.500 hộ ra khỏi vùng nguy cơ sạt lở.
Điều 2. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết.
""", title="Về việc thông qua Đề án Hỗ trợ di dời hộ dân vùng sạt lở giai đoạn 2027 - 2029")
    doc = doc_of(text)
    stub = dataclasses.replace(doc, header=dataclasses.replace(doc.header, title="Về"))
    for d in (doc, stub):
        assert "2027/2029" in {x.value for x in extract_deadlines(d, body_bounds(d))}


# ------------------------------------------------------------------ the document's date

@pytest.mark.parametrize("text,expected", [
    (resolution("Điều 1. Nội dung."), (date(2026, 12, 12), True)),
    # the header lost in conversion: the adoption closes the resolution
    ("NGHỊ QUYẾT\nVề nhiệm vụ năm 2027\n\nĐiều 1. Giao Ủy ban nhân dân tỉnh thực hiện.\n"
     "Nghị quyết này đã được Hội đồng nhân dân tỉnh thông qua ngày 08 tháng 12 năm 2026.\n", (date(2026, 12, 8), True)),
    # a draft's date line: the month and the year only
    (plan("I. NHIỆM VỤ\n1. Nội dung.", date_line="An Bình, ngày      tháng 6 năm 2027"), (date(2027, 6, 1), False)),
    # the number and the place on one line
    ("TỈNH ỦY AN BÌNH\nSố 12-NQ/TU An Bình, ngày 05 tháng 3 năm 2027\n\nNGHỊ QUYẾT\nvề phát triển du lịch\n\n"
     "I. MỤC TIÊU\n1. Đến năm 2030 đón 5 triệu lượt khách.\nII. NHIỆM VỤ\n1. Giao Ủy ban nhân dân tỉnh xây dựng kế hoạch "
     "thực hiện Nghị quyết.\n", (date(2027, 3, 5), True)),
    # the header lost and the text lower-cased: the horizon of the title in the first lines, less four years
    ("nghị quyết\nvề phát triển du lịch tỉnh an bình đến năm 2030\n\ni. mục tiêu\n1. đón 5 triệu lượt khách.\n"
     "ii. nhiệm vụ\n1. giao ủy ban nhân dân tỉnh xây dựng kế hoạch thực hiện nghị quyết.\n", (date(2026, 1, 1), False)),
    # no date at all: the latest cited document
    ("NGHỊ QUYẾT\nVề hỗ trợ sản xuất\n\nCăn cứ Quyết định số 12/2026/QĐ-UBND ngày 15/5/2026 của Ủy ban nhân dân tỉnh;\n"
     "Xét Tờ trình số 77/TTr-UBND ngày 02 tháng 11 năm 2026;\n\nĐiều 1. Hỗ trợ sản xuất cho hộ nghèo.\n",
     (date(2026, 11, 2), False)),
])
def test_reference_date(text, expected):
    ref = reference_date(doc_of(text))
    assert (ref.day, ref.exact) == expected, ref


# ------------------------------------------------------------------ values, relations, evidence

def test_contract_values_and_relations():
    text = plan("""
II. NHIỆM VỤ
1. Phương hướng 6 tháng cuối năm 2027; đến năm 2030 hoàn thành; giai đoạn 2027 - 2030; trong quý II/2027;
trước ngày 30/6/2027; hằng năm báo cáo; trước ngày 20 hằng tháng; Thời gian thực hiện: từ ngày 01/7/2027.
""")
    doc = doc_of(text)
    got = {(d.value, d.relation) for d in extract_deadlines(doc, body_bounds(doc))}
    assert got == {("2027", "during"), ("2030", "by"), ("2027/2030", "during"), ("2027-Q2", "by"),
                   ("2027-06-30", "before"), ("yearly", "every"), ("monthly:20", "every"), ("2027-07-01", "by")}


def test_evidence_is_exact_and_relations_are_the_contracts():
    for _, text, _, _ in ROWS:
        doc = doc_of(text)
        for d in extract_deadlines(doc, body_bounds(doc)):
            assert doc.text[d.start:d.end] == d.text
            assert d.relation in ("by", "before", "during", "every")
            # (a span from one day, month or quarter to another: "2027-11-01/2028-04-30", lived through)
            point = r"\d{4}(?:-\d{2}(?:-\d{2})?|-Q[1-4])?"
            assert re.fullmatch(rf"{point}(?:/{point})?|(?:yearly|half-yearly|quarterly|monthly)"
                                r"(?::\d{2}(?:-\d{2})?)?|weekly|daily", d.value), d.value
            if "/" in d.value:
                assert d.relation == "during" and d.value.split("/")[0] < d.value.split("/")[1], d


def test_every_decision_says_why():
    doc = doc_of(ROWS[0][1])
    cands = deadline_candidates(doc, body_bounds(doc))
    from nlpolicy.decide import decide_all
    decisions = decide_all("deadline", cands)
    assert len(decisions) == len(cands) > 5
    assert all(d.why for d in decisions)
    cited = [d for c, d in zip(cands, decisions) if c.time.value == "2015-06-19"]
    assert cited and cited[0].label is None and "legal basis" in cited[0].why


def test_contract_value_of_halves_and_month_spans():
    (h,) = find_times("6 tháng cuối năm 2027")
    (y,) = find_times("6 tháng đầu năm")
    (s,) = find_times("HOÀN THÀNH THÁNG 3-5/2027")
    assert (contract_value(h), contract_value(y), contract_value(s)) == ("2027", None, "2027-05")
    assert dl._relation(s) == "by"      # the work is done by the span's last month


def test_cues_file_is_well_formed():
    """Every row of resources/deadline_cues.tsv has a known position, a label the rule reads, an example."""
    from nlpolicy.lexicon import read_tsv
    rows = read_tsv("deadline_cues.tsv")
    positions = {"before", "near_before", "after", "near_after", "line", "clause", "own"}
    source = Path(dl.__file__).read_text(encoding="utf-8")
    for row in rows:
        assert len(row) == 4 and row[3], row
        assert row[2] in positions, row
        assert f'"{row[1]}"' in source, f"label {row[1]!r} is read nowhere"
        re.compile(row[0])


@pytest.mark.parametrize("opening, day", [
    ("Sở Nông nghiệp và Môi trường báo cáo kết quả như sau (số liệu tổng hợp đến ngày 30/6/2028):", "2028-06-30"),
    ("Kết quả cụ thể như sau (số liệu thống kê đến hết ngày 31/3/2028):", "2028-03-31"),
    ("Số liệu được cập nhật đến ngày 15/9/2027.", "2027-09-15"),
    ("Số liệu báo cáo tính từ ngày 01/01/2027 đến ngày 31/12/2027.", "2027-12-31"),
    ("Sở đã tổng hợp số liệu của các xã và đến ngày 30/6/2028 tổ chức hội nghị.", None),   # no cut-off said
])
def test_the_day_a_reports_figures_stand_on(opening, day):
    text = f"BÁO CÁO\nKết quả thực hiện Kế hoạch số 12/KH-UBND\n{opening}\nI. KẾT QUẢ\n1. Đã kiểm định 41 hồ.\n"
    assert dl.data_cut_off(from_raw(RawDocument("bc.txt", text, "utf-8"), require_policy=False)) == day


def test_doctests():
    result = doctest.testmod(dl)
    assert result.attempted >= 2 and result.failed == 0


# ------------------------------------------------------------------ the corpus (evaluation only)

@pytest.mark.shared
@pytest.mark.skipif(not CORPUS, reason="needs ../shared/corpus")
def test_corpus_deadlines_have_exact_evidence():
    from nlpolicy.document import load
    for path in CORPUS:
        doc = load(path)
        for d in extract_deadlines(doc, body_bounds(doc)):
            assert doc.text[d.start:d.end] == d.text, (path.name, d)
            assert d.relation in ("by", "before", "during", "every"), (path.name, d)
