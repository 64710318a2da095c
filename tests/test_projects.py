"""Named projects (DOMAIN.md section 4), on sentences written for these tests.

Every sentence below was invented in the style of the genre (plans, reports and council
resolutions of a province); the places and works are made up or common place names, none is
copied from a corpus document.  Each row is (what the row shows, body text, expected set of
(name, category)); the table tests collect every failing row before failing.  The same rows
are run again on damaged copies: marks lost the way a scan loses them, and the lower-cased,
word-segmented form of research datasets.
"""
from __future__ import annotations

import re

import pytest

from nlpolicy.decide import decide
from nlpolicy.document import from_raw
from nlpolicy.extract.projects import (ProjectCandidate, extract_projects, find_project_mentions, heads,
                                       project_rule)
from nlpolicy.lexicon import read_tsv
from nlpolicy.types import RawDocument

HEAD = ("ỦY BAN NHÂN DÂN TỈNH\nSố: 21/KH-UBND\nTân An, ngày 12 tháng 3 năm 2026\n\nKẾ HOẠCH\n"
        "thực hiện Nghị quyết về phát triển công nghiệp\n\nI. NHIỆM VỤ CỤ THỂ\n")

IP, IC, RD, WT, OT = "industrial_park", "industrial_cluster", "road", "water", "other"
RW = "railway"
SP, AP, RW = "seaport", "airport", "railway"


def projects(body: str, head: str = HEAD) -> set[tuple[str, str]]:
    doc = from_raw(RawDocument(path="t.txt", text=head + body + "\n", encoding="utf-8"))
    return {(p.name, p.category) for p in extract_projects(doc, doc.body)}


ROWS = [
    # ---- bus routes by their numbers, their ends in brackets; the ends are places the routes reach
    ("routes listed after one head, each with its ends in brackets, and a route named by its number with its ends",
     "1. Chuyển đổi sang xe buýt điện các tuyến buýt số 03 (Bến xe Tân An - Cảng hàng không Hòa Lợi), số 05 (Chợ "
     "Phú Mỹ - Khu du lịch Hồ Xanh) và số 08 (Ga Tân An - Chợ Hòa Lợi). 2. Mở mới tuyến số 11 (Bến xe Tân An - Khu "
     "công nghiệp Phú Mỹ 2) trong năm 2028; nghiên cứu tuyến số 3 của dự án.",
     {("Tuyến buýt số 03", OT), ("Tuyến buýt số 05", OT), ("Tuyến buýt số 08", OT), ("Tuyến số 11", OT)}),
    # ---- a work named after the canal it serves is that work, not the canal
    ("a pumping station named after its canal is the station; the canal named alone is the canal",
     "1. Ưu tiên đầu tư các công trình: Trạm bơm điện Kênh Tư Mới (xã Tân An), Cống điều tiết Rạch Sáu (xã Hòa Lợi). "
     "2. Xây dựng Cống Kênh Sáu. 3. Nạo vét kênh Phú Mỹ.",
     {("Trạm bơm điện Kênh Tư Mới", WT), ("Cống điều tiết Rạch Sáu", WT), ("Cống Kênh Sáu", WT),
      ("Kênh Phú Mỹ", WT)}),
    # ---- a main or branch canal is named by the reservoir it leads from; an irrigation system by its area; a part
    # of a work named in brackets after it is no work of its own
    ("a main canal named by its reservoir, a branch canal by it too, an irrigation system by its place; a canal in "
     "brackets after its system is part of it; a marketing channel is no work",
     "1. Kiên cố hóa Kênh chính hồ Phú Mỹ (xã Tân An) dài 12,4 km và kênh nhánh hồ Tân An; xây dựng Hệ thống "
     "tưới tiết kiệm nước vùng đồi Hòa Lợi, quy mô 250 ha. 2. Mở rộng kênh phân phối hiện đại cho nông sản. "
     "3. Hoàn thành Hệ thống kênh tưới hồ chứa nước Long Hòa (kênh chính Đông) trong năm 2028.",
     {("Kênh chính hồ Phú Mỹ", WT), ("Kênh nhánh hồ Tân An", WT),
      ("Hệ thống tưới tiết kiệm nước vùng đồi Hòa Lợi", WT), ("Hệ thống kênh tưới hồ chứa nước Long Hòa", WT)}),
    # ---- creeks are written "rạch X" in a sentence; a capitalised "Rạch X" there is a town, at a line's start a
    # creek
    ("creeks in a sentence and at a line's start are works; a town named Rạch inside a name stays in it",
     "1. Cải tạo rạch Ông Lãnh đoạn từ cầu Ông Lãnh đến sông Tân An, dài 2,1 km; xây dựng Cống ngăn triều Rạch Sáu "
     "Mới; hoàn thành Khu du lịch sinh thái Rạch Sỏi.\n2. Rạch Bà Tám\n3. Nạo vét rạch Cây Me.",
     {("Rạch Ông Lãnh", WT), ("Cống ngăn triều Rạch Sáu Mới", WT), ("Khu du lịch sinh thái Rạch Sỏi", OT),
      ("Rạch Bà Tám", WT), ("Rạch Cây Me", WT)}),
    # ---- a monitoring station named by the park or the place it watches ("không khí", air, is no negation); an
    # unnamed count of them is no work
    ("a monitoring station is a work named by the park or the place it watches, whatever it measures",
     "1. Đầu tư Trạm quan trắc nước thải tự động Khu công nghiệp Phú Mỹ, vận hành trong quý II/2028; hoàn thành "
     "trạm quan trắc không khí tại xã Hòa Lợi.\n2. Lắp đặt thêm 04 trạm quan trắc tự động tại các khu đô thị.",
     {("Trạm quan trắc nước thải tự động Khu công nghiệp Phú Mỹ", OT),
      ("Trạm quan trắc không khí tại xã Hòa Lợi", OT)}),
    # ---- a facility of a named body (a school's pool) is named by the body, one for each body listed; the
    # province's own body at a new site is named by "tỉnh cơ sở 2"; bodies listed as subjects are no works
    ("a pool at each school listed is a work named by its school; a provincial centre's second site is a work",
     "1. Đầu tư xây dựng bể bơi tại Trường Tiểu học Hòa Lợi, Trường Trung học cơ sở Phú Mỹ và Trường Tiểu học Tân "
     "An, hoàn thành trong năm 2028; xây dựng Trung tâm Văn hóa thể thao tổng hợp tỉnh cơ sở 2.\n2. Trường Đại học "
     "Tân An, Bệnh viện Đa khoa tỉnh Hòa Lợi gửi hồ sơ đề xuất nhiệm vụ.",
     {("Bể bơi Trường Tiểu học Hòa Lợi", OT), ("Bể bơi Trường Trung học cơ sở Phú Mỹ", OT),
      ("Bể bơi Trường Tiểu học Tân An", OT), ("Trung tâm Văn hóa thể thao tổng hợp tỉnh cơ sở 2", OT)}),
    # ---- a sewer line is one work with the street or the creek it runs along named inside, not the street
    ("a sewer line along a street or a creek is one work named by it; the street is no work of its own",
     "1. Đầu tư tuyến cống thu gom dọc đường Trần Phú (đoạn từ cầu Tân An đến chợ Hòa Lợi), dài 2,1 km; tuyến cống "
     "bao rạch Bà Ba, hoàn thành trong năm 2029.",
     {("Tuyến cống thu gom dọc đường Trần Phú", WT), ("Tuyến cống bao rạch Bà Ba", WT)}),
    # ---- a kind of body in lower case before a head names no body: firms invest in the plant; a company's
    # capitalised name holds its head
    ("a plant firms are called to invest in is a work; a company named after a plant is a body",
     "1. Kêu gọi, thu hút doanh nghiệp đầu tư Nhà máy chế biến chè Tân An, đưa vào vận hành trong năm 2028.\n"
     "2. Công ty cổ phần Thủy điện Hòa Lợi bảo đảm an toàn hồ chứa.",
     {("Nhà máy chế biến chè Tân An", OT)}),
    # ---- production zones named by their place; a later line may drop their "tập trung"
    ("a zone of livestock, of a crop or of raw material named by its place is a work, one entry with its short form",
     "1. Hình thành Vùng chăn nuôi tập trung Tân Phú (xã Tân Phú, 85 ha), Vùng trồng dược liệu tập trung Phú Mỹ; "
     "Vùng nguyên liệu mía Hòa Lợi.\n2. Xây dựng Cơ sở giết mổ gia cầm tập trung Tân An.\n3. Phát triển du lịch gắn "
     "với vùng trồng dược liệu Phú Mỹ; liên kết vùng sản xuất với doanh nghiệp.",
     {("Vùng chăn nuôi tập trung Tân Phú", OT), ("Vùng trồng dược liệu tập trung Phú Mỹ", OT),
      ("Vùng nguyên liệu mía Hòa Lợi", OT), ("Cơ sở giết mổ gia cầm tập trung Tân An", OT)}),
    # ---- a zone of one crop named by its place is a work; a system a wrapped project builds for it is the work,
    # named by its head as any work after "Dự án" is; a side of the province ("phía Tây") names none
    ("a crop's zone named by its place is a work; a project serving it names its own work; a side names no zone",
     "1. Hình thành vùng chè hữu cơ Hòa Lợi, vùng lúa hữu cơ Tân An và vùng dược liệu Phú Mỹ trong năm 2028; thực "
     "hiện Dự án hệ thống tưới nhỏ giọt vùng cam Long Hòa.\n2. Vùng cà phê phía Tây (lưu vực sông Tân An): tái canh "
     "trước ngày 30/6/2028; xây dựng Đường tránh phía Tây thị trấn Phú Mỹ.",
     {("Vùng chè hữu cơ Hòa Lợi", OT), ("Vùng lúa hữu cơ Tân An", OT), ("Vùng dược liệu Phú Mỹ", OT),
      ("Hệ thống tưới nhỏ giọt vùng cam Long Hòa", WT), ("Đường tránh phía Tây thị trấn Phú Mỹ", RD)}),
    # ---- lines of an urban railway by their numbers and ends; an extension or a phase is a work of its own
    ("a metro line is a railway, its extension and its phase are works of their own, depots are railway works",
     "1. Khởi công tuyến số 2 (Tân An – Hòa Lợi) và depot Phú Mỹ trong năm 2028; chuẩn bị đầu tư tuyến số 1 kéo dài "
     "(Hòa Lợi – Cảng Tân An) và tuyến số 5 giai đoạn 1 (Chợ Tân An – Cầu Hòa Lợi) của mạng lưới đường sắt đô thị. "
     "2. Đầu tư các depot Long Hòa, Tân Phú và Mỹ Xuân.",
     {("Tuyến số 2", RW), ("Depot Phú Mỹ", RW), ("Tuyến số 1 kéo dài", RW), ("Tuyến số 5 giai đoạn 1", RW),
      ("Depot Long Hòa", RW), ("Depot Tân Phú", RW), ("Depot Mỹ Xuân", RW)}),
    # ---- craft villages: places where people work and pollute, works when restored; what treats their waste is a work
    ("a craft village that pollutes is a place; its treatment plant and its cluster are works; a restored village is one",
     "1. Làng nghề chế biến nông sản Tân Hòa phát sinh 900 m3 nước thải/ngày. 2. Xây dựng Trạm xử lý nước thải tập "
     "trung làng nghề Tân Hòa công suất 1.000 m3/ngày.đêm; đẩy nhanh đầu tư Cụm công nghiệp làng nghề Phú Mỹ. "
     "3. Khôi phục làng nghề gốm Hòa Lợi.",
     {("Trạm xử lý nước thải tập trung làng nghề Tân Hòa", WT), ("Cụm công nghiệp làng nghề Phú Mỹ", IC),
      ("Làng nghề gốm Hòa Lợi", OT)}),
    ("the ends of a route in a table's column of ends are places",
     "1. Mở các tuyến tại Phụ lục.\n\nPHỤ LỤC\n\nSTT | Tuyến | Điểm đầu - Điểm cuối | Cự ly (km)\n"
     "1 | Số 14 | Chợ Tân An - Cảng Hòa Lợi | 34,8\n2 | Số 18 | Quảng trường Tân An - Khu du lịch Hồ Xanh | 31,5",
     set()),
    # ---- a table of rates names where each rate applies; a table that spends on its rows names works
    ("a street in a table of coefficients is a place a rate is set for; the same street in a table of works is a work",
     "1. Áp dụng hệ số tại Phụ lục I.\n\nPHỤ LỤC I\n\nSTT | Tên đường | Đoạn từ - đến | Hệ số K\n"
     "1 | Đường Lê Hồng Phong | Trọn đường | 1,35\n2 | Đường Hùng Vương | Cầu Tân An - Ngã tư Hòa Lợi | 1,20\n\n"
     "PHỤ LỤC II\n\nSTT | Tên công trình | Tổng mức đầu tư (tỷ đồng) | Thời gian thực hiện\n"
     "1 | Đường Nguyễn Văn Cừ | 120 | 2027 - 2028\n2 | Đường Lê Lai | 85 | 2028",
     {("Đường Nguyễn Văn Cừ", RD), ("Đường Lê Lai", RD)}),
    # ---- a capitalised "Dự án" calls what follows a work's title, though no proper name anchors it
    ("a titled project with no head of its own, its owner after a comma; its short form later is the same work",
     "1. Đẩy nhanh tiến độ Dự án Khu phẫu thuật và hồi sức tích cực, Bệnh viện Đa khoa tỉnh, phấn đấu đưa vào sử "
     "dụng trong năm 2029. 2. Đưa Dự án Khu phẫu thuật và hồi sức tích cực vào sử dụng.",
     {("Dự án Khu phẫu thuật và hồi sức tích cực, Bệnh viện Đa khoa tỉnh", OT)}),
    ("a title that opens with its verbs, and a title that ends at the body it is for",
     "3. Hoàn thành Dự án Cải tạo, nâng cấp Nhà văn hóa tỉnh Tân An trong năm 2028. 4. Khởi công Dự án Nhà điều trị "
     "nội trú 7 tầng Bệnh viện Y học cổ truyền tỉnh trước ngày 30/6/2028.",
     {("Dự án Cải tạo, nâng cấp Nhà văn hóa tỉnh Tân An", OT),
      ("Dự án Nhà điều trị nội trú 7 tầng Bệnh viện Y học cổ truyền tỉnh", OT)}),
    ("a titled project whose first words are a head that names nothing by itself, up to a school that owns it",
     "5. Hoàn thành Dự án Ký túc xá học viên Trường Cao đẳng Kỹ thuật Tân An trong năm 2029.",
     {("Dự án Ký túc xá học viên Trường Cao đẳng Kỹ thuật Tân An", OT)}),
    ("a bill is no work; a heading in capitals names nothing; a titled head named by its own name stays that work",
     "6. Góp ý Dự án Luật Địa chất và Khoáng sản (sửa đổi). 7. Đầu tư Dự án Cảng cạn Hòa Lợi.\n"
     "II. DỰ ÁN NHÀ Ở XÃ HỘI TRỌNG ĐIỂM\n1. Hoàn thành Khu nhà ở xã hội Phú Mỹ.",
     {("Cảng cạn Hòa Lợi", OT), ("Khu nhà ở xã hội Phú Mỹ", OT)}),
    # ---- works of tourism and the night economy (a square is a venue until something builds it)
    ("night streets, night markets and a walking street described before its name",
     "3. Đưa Khu phố đêm Tân An và Chợ đêm Hòa Lợi vào hoạt động; hình thành phố đi bộ ven hồ Phú Mỹ.",
     {("Khu phố đêm Tân An", OT), ("Chợ đêm Hòa Lợi", OT), ("Phố đi bộ ven hồ Phú Mỹ", OT)}),
    ("a square where fireworks are let off is a venue; a square renovated is a work",
     "2. Tổ chức bắn pháo hoa tại Quảng trường Tân An. 3. Chỉnh trang Quảng trường Hòa Lợi.",
     {("Quảng trường Hòa Lợi", OT)}),
    ("a car park under a square is one work",
     "4. Kêu gọi đầu tư Bãi đỗ xe ngầm Quảng trường Tân An theo phương thức đối tác công tư.",
     {("Bãi đỗ xe ngầm Quảng trường Tân An", OT)}),
    ("resorts, a resort complex and official housing described before their names",
     "1. Khởi công Khu nghỉ dưỡng biển Bắc Tân An, Tổ hợp nghỉ dưỡng và sân golf Hòa Lợi; hoàn thành Khu nhà ở "
     "công vụ chuyên gia Phú Mỹ trong năm 2028.",
     {("Khu nghỉ dưỡng biển Bắc Tân An", OT), ("Tổ hợp nghỉ dưỡng và sân golf Hòa Lợi", OT),
      ("Khu nhà ở công vụ chuyên gia Phú Mỹ", OT)}),
    # ---- a head and its list
    ("schools listed with nothing that builds them are the schools, not works; the same list to build is works",
     "2. Thi tuyển: áp dụng đối với các trường THPT Tân An, Hòa Lợi, Phú Mỹ. 3. Đầu tư xây dựng các trường THPT Tân "
     "Lập, Mỹ Hòa.",
     {("Trường THPT Tân Lập", OT), ("Trường Mỹ Hòa", OT)}),
    ("a commune named like a school ('Trường Xuân') is a name in a list, not a school",
     "2. Xây dựng các trạm bơm Trường Xuân, Mỹ Hòa và Tân Kiều; khảo sát tại các xã Trường Xuân, Phú Cường.",
     {("Trạm bơm Trường Xuân", WT), ("Trạm bơm Mỹ Hòa", WT), ("Trạm bơm Tân Kiều", WT)}),
    ("the kind words between a shared head and its names go with each name",
     "2. Đầu tư các mỏ đá vôi Tân An, Hòa Lợi và Sông Cầu; xây dựng các hồ chứa tại Tân Lập, Phú Mỹ.",
     {("Mỏ đá vôi Tân An", OT), ("Mỏ đá vôi Hòa Lợi", OT), ("Mỏ đá vôi Sông Cầu", OT)}),
    ("a high-tech agriculture zone, under its full head or the short form the text defines",
     "2. Đầu tư hạ tầng Khu nông nghiệp ứng dụng công nghệ cao Tân An (sau đây gọi là khu NNƯDCNC); quy hoạch các khu "
     "NNƯDCNC Hòa Lợi và Phú Mỹ.",
     {("Khu nông nghiệp ứng dụng công nghệ cao Tân An", OT), ("Khu nông nghiệp ứng dụng công nghệ cao Hòa Lợi", OT),
      ("Khu nông nghiệp ứng dụng công nghệ cao Phú Mỹ", OT)}),
    ("a phase between the verb and the work it builds",
     "2. Hoàn thành đầu tư giai đoạn 2 Trung tâm Dữ liệu tỉnh Hòa Lợi; nâng cấp giai đoạn II Bệnh viện Đa khoa Tân An.",
     {("Trung tâm dữ liệu tỉnh Hòa Lợi", OT), ("Bệnh viện Đa khoa Tân An", OT)}),
    ("a phase's number before a park is no count of parks; a national work one of several by its number",
     "2. Đầu tư hạ tầng giai đoạn 2 Khu công nghiệp Hòa Lợi; xây dựng Trung tâm dữ liệu quốc gia số 3 tại Tân An.",
     {("Khu công nghiệp Hòa Lợi", IP), ("Trung tâm dữ liệu quốc gia số 3", OT)}),
    ("'và' between two words of one description, and a post-harvest centre, keep the name whole",
     "2. Xây dựng Trung tâm sơ chế và bảo quản thủy sản sau thu hoạch Hòa Lợi; nâng cấp Trạm y tế xã Tân An.",
     {("Trung tâm sơ chế và bảo quản thủy sản sau thu hoạch Hòa Lợi", OT), ("Trạm Y tế xã Tân An", OT)}),
    ("one work named by the ward it serves; works of a kind located in a commune are none",
     "2. Giải ngân cho người mua nhà tại Dự án Nhà ở xã hội phường Tân An; phát triển các Cụm công nghiệp xã Hòa Lợi; "
     "chỉ tiêu đất cụm công nghiệp xã Phú Mỹ còn 20 ha.",
     {("Nhà ở xã hội phường Tân An", OT)}),
    ("a part of the building between the verb and the school: the school is the work",
     "2. Xây dựng lại 03 dãy phòng học của Trường Tiểu học và THCS Tân An; sửa chữa mái Trạm y tế xã Hòa Lợi.",
     {("Trường Tiểu học và THCS Tân An", OT), ("Trạm Y tế xã Hòa Lợi", OT)}),
    ("a national work named in capitals by what it does, 'và' between two of its capitalised words; not a body after 'và'",
     "2. Đầu tư Trung tâm Kiểm định và Đánh giá pin lưu trữ quốc gia; xây dựng Trung tâm Y tế và Sở Y "
     "tế phối hợp thẩm định.",
     {("Trung tâm Kiểm định và Đánh giá pin lưu trữ quốc gia", OT)}),
    ("a site a fee is set for is no work; a work the same norms pay to build is one",
     "1. Rà soát các điểm tham quan.\nII. MỨC THU PHÍ VÀ MỨC HỖ TRỢ\n1. Khu du lịch sinh thái Tân An:\na) Người lớn: "
     "30.000 đồng/người/lượt;\nb) Trẻ em: 15.000 đồng/người/lượt.\n2. Hỗ trợ 500 triệu đồng xây dựng Chợ nông sản Hòa "
     "Lợi.",
     {("Chợ nông sản Hòa Lợi", OT)}),
    ("a college whose name joins two fields with a dash",
     "2. Đầu tư nâng cấp Trường Cao đẳng Kinh tế - Kỹ thuật Tân An thành trường chất lượng cao.",
     {("Trường Cao đẳng Kinh tế - Kỹ thuật Tân An", OT)}),
    ("a hospital put into use is a work, its second campus one of its own",
     "2. Hoàn thành đưa vào sử dụng Bệnh viện Nhi tỉnh cơ sở 2; khảo sát Bệnh viện Mắt tỉnh.",
     {("Bệnh viện Nhi tỉnh cơ sở 2", OT)}),
    ("a school says what it is",
     "2. Xây dựng Trường Mầm non Hòa Lợi; nâng cấp Trường THCS Tân An.",
     {("Trường Mầm non Hòa Lợi", OT), ("Trường THCS Tân An", OT)}),
    ("a list shares the head; a bare numeral repeats the stem",
     "1. Hoàn thành hạ tầng các khu công nghiệp Tân Phước 2, Hòa Lợi I, II và Sông Cầu.",
     {("Khu công nghiệp Tân Phước 2", IP), ("Khu công nghiệp Hòa Lợi I", IP), ("Khu công nghiệp Hòa Lợi II", IP),
      ("Khu công nghiệp Sông Cầu", IP)}),
    ("numbers joined by commas after one name",
     "1. Giải phóng mặt bằng CCN Đồng Sơn 1,2,3 trong quý II/2026.",
     {("Cụm công nghiệp Đồng Sơn 1", IC), ("Cụm công nghiệp Đồng Sơn 2", IC), ("Cụm công nghiệp Đồng Sơn 3", IC)}),
    ("a measure after a name is no number of the name",
     "1. CCN Đồng Sơn đạt 4,3 ha; CCN Khe Mạ đạt 12/40 ha.",
     {("Cụm công nghiệp Đồng Sơn", IC), ("Cụm công nghiệp Khe Mạ", IC)}),
    # ---- a counted head and a list introduced after it
    ("names in brackets after a counted head",
     "1. Phấn đấu thành lập ít nhất 03 cụm công nghiệp (Tân An, Phú Mỹ 2, Hòa Lợi) trong giai đoạn 2026 - 2030.",
     {("Cụm công nghiệp Tân An", IC), ("Cụm công nghiệp Phú Mỹ 2", IC), ("Cụm công nghiệp Hòa Lợi", IC)}),
    ("a clause between the counted head and its brackets",
     "1. Có 04 cụm công nghiệp do doanh nghiệp làm chủ đầu tư, (Nà Phặc, Bằng Lũng 1): đang bồi thường.",
     {("Cụm công nghiệp Nà Phặc", IC), ("Cụm công nghiệp Bằng Lũng 1", IC)}),
    ("head: A (x tỷ đồng), B (y tỷ đồng)",
     "1. Bố trí vốn cho các nhà máy thủy điện: Nậm Khao (120 tỷ đồng), Pa Ma (85 tỷ đồng).",
     {("Nhà máy thủy điện Nậm Khao", "hydropower"), ("Nhà máy thủy điện Pa Ma", "hydropower")}),
    ("a short head of a document about clusters, a list after 'như'",
     "1. Lấp đầy các cụm công nghiệp hiện có; một số cụm có tỷ lệ lấp đầy cao như Tân Lập (92%), "
     "Bản Lầm (85,5%), Khe Sanh.",
     {("Cụm công nghiệp Tân Lập", IC), ("Cụm công nghiệp Bản Lầm", IC), ("Cụm công nghiệp Khe Sanh", IC)}),
    ("'gồm:' introduces a list with values in brackets, across a wrapped line",
     "1. Các cụm công nghiệp có tỷ lệ lấp đầy cao gồm: Tân Lập (92%),\nBản Lầm (85,5%).",
     {("Cụm công nghiệp Tân Lập", IC), ("Cụm công nghiệp Bản Lầm", IC)}),
    ("a remark in brackets is no list",
     "1. Hiện có 12 cụm công nghiệp (trong đó 05 cụm chưa có nhà đầu tư hạ tầng).",
     set()),
    # ---- numbered roads
    ("ring roads and national roads with their numbers",
     "1. Đầu tư xây dựng đường Vành đai 3 và nâng cấp Quốc lộ 14B, 40; mở rộng ĐT.712.",
     {("Đường Vành đai 3", RD), ("Quốc lộ 14B", RD), ("Quốc lộ 40", RD), ("Đường tỉnh 712", RD)}),
    ("a ring without a number is no road",
     "1. Phát huy vai trò của vành đai kinh tế ven biển.",
     set()),
    ("a ring road named by its side of a town, not by a number",
     "1. Hoàn thành đường vành đai phía Đông thành phố Tân An và tuyến vành đai phía Nam thị xã Hòa Lợi trước năm 2029.",
     {("Đường vành đai phía Đông thành phố Tân An", RD), ("Đường vành đai phía Nam thị xã Hòa Lợi", RD)}),
    # ---- described works
    ("a road to a cluster is one project, not the cluster inside it",
     "1. Đẩy nhanh tiến độ Dự án đường nối từ nút giao IC 7 đến CCN Tân An.",
     {("Đường nối từ nút giao IC 7 đến CCN Tân An", RD)}),
    ("a main road named by the clusters it serves",
     "1. Hoàn thành Dự án đường trục chính Cụm công nghiệp Hòa Phú 1, 2, 3 trong năm 2027.",
     {("Đường trục chính Cụm công nghiệp Hòa Phú 1, 2, 3", RD)}),
    ("a mining project and a mine",
     "1. Khắc phục tồn tại của dự án khai thác, tuyển quặng sắt tại Nà Rụa; đánh giá lại mỏ sắt Trại Cau.",
     {("Dự án khai thác, tuyển quặng sắt tại Nà Rụa", OT), ("Mỏ sắt Trại Cau", OT)}),
    ("a 'Dự án' holding a plant is the plant",
     "1. Xử lý dứt điểm các tồn tại của Dự án Nhà máy gang thép Thái Hà.",
     {("Nhà máy gang thép Thái Hà", OT)}),
    ("a reservoir and an embankment with its stretch",
     "1. Sửa chữa hồ chứa nước Khuổi Lếch, xã Tân Lập và kè bờ hữu sông Chảy đoạn từ cầu Bản Phố đến cầu Cốc Ly.",
     {("Hồ chứa nước Khuổi Lếch", WT), ("Kè bờ hữu sông Chảy đoạn từ cầu Bản Phố đến cầu Cốc Ly", WT)}),
    ("an irrigation work",
     "1. Hoàn thành công trình thủy lợi Nậm Pồ, huyện Mường Chà trước ngày 30/6/2027.",
     {("Công trình thủy lợi Nậm Pồ", WT)}),
    ("a resettlement project anchored by its village",
     "1. Bố trí vốn thực hiện dự án ổn định dân cư thôn Nậm Chà, xã Pa Tần trong năm 2027.",
     {("Dự án ổn định dân cư thôn Nậm Chà", OT)}),
    ("a training ground named by its province",
     "1. Thanh toán kinh phí bồi thường dự án thao trường huấn luyện tổng hợp tỉnh Điện Biên.",
     {("Thao trường huấn luyện tổng hợp tỉnh Điện Biên", OT)}),
    ("a hospital is a project only where it is built",
     "1. Khởi công xây dựng Bệnh viện Đa khoa huyện Mường Tè.\n2. Triển khai Đề án chuyển đổi số của Bệnh viện Sản Nhi.",
     {("Bệnh viện Đa khoa huyện Mường Tè", OT)}),
    ("heritage sites, a walking street, a flower garden and a ditch, each by its own head",
     "1. Tu bổ Cụm tháp Chăm Hòa Lợi và Di tích Thành cổ Tân An; đưa phố đi bộ Cửa Tây vào hoạt động; "
     "cải tạo vườn hoa Cửa Đông; cống hóa mương Bà Rén.",
     {("Cụm tháp Chăm Hòa Lợi", OT), ("Di tích Thành cổ Tân An", OT), ("Phố đi bộ Cửa Tây", OT),
      ("Vườn hoa Cửa Đông", OT), ("Mương Bà Rén", WT)}),
    ("a school's building is named by its school; a training centre is a work where it is built",
     "1. Bàn giao Nhà học bộ môn Trường THPT Hòa Lợi; đầu tư Trung tâm Đào tạo nghề chất lượng cao Tân An.",
     {("Nhà học bộ môn Trường THPT Hòa Lợi", OT), ("Trung tâm Đào tạo nghề chất lượng cao Tân An", OT)}),
    ("a canal system of a reservoir, a coastal road by its stretch, a group of works",
     "1. Hoàn thành hệ thống kênh tưới hồ chứa nước Tân An; Đường ven biển đoạn từ cầu Hòa Lợi đến cảng Tân An; "
     "xây dựng cụm công trình chiến đấu khu vực phòng thủ Hòa Lợi.",
     {("Hệ thống kênh tưới hồ chứa nước Tân An", WT), ("Đường ven biển đoạn từ cầu Hòa Lợi đến cảng Tân An", RD),
      ("Cụm công trình chiến đấu khu vực phòng thủ Hòa Lợi", OT)}),
    ("a plant a park holds is named by the park, not the park itself; a plant beside a park is not",
     "1. Hoàn thành Nhà máy xử lý nước thải tập trung KCN Tân An giai đoạn 2.",
     {("Nhà máy xử lý nước thải tập trung KCN Tân An giai đoạn 2", OT)}),
    ("a centre called a project is a work though nothing builds it; the same kind of centre as a doer is a body",
     "1. Dự án Trung tâm giống cây lâm nghiệp công nghệ cao Tân An chậm tiến độ; Trung tâm Y tế khu vực Hòa Lợi tổ chức "
     "tiêm chủng.",
     {("Trung tâm giống cây lâm nghiệp công nghệ cao Tân An", OT)}),
    ("a centre or a school a park holds is named by the park too",
     "1. Đầu tư Trung tâm đào tạo kỹ năng nghề Khu công nghiệp Hòa Lợi; xây dựng Trường mầm non KCN Tân An.",
     {("Trung tâm Đào tạo kỹ năng nghề Khu công nghiệp Hòa Lợi", OT), ("Trường mầm non KCN Tân An", OT)}),
    ("a hospital's second site is a work even where no verb builds it; the hospital itself is a body",
     "1. Ưu tiên vốn cho Bệnh viện Đa khoa tỉnh Hòa Lợi cơ sở 2 và Trường Trung học phổ thông Tân An cơ sở 2; "
     "Bệnh viện Đa khoa tỉnh Hòa Lợi chủ trì khám sàng lọc.",
     {("Bệnh viện Đa khoa tỉnh Hòa Lợi cơ sở 2", OT), ("Trường Trung học phổ thông Tân An cơ sở 2", OT)}),
    ("a stretch between two villages locates an unnamed work",
     "1. Sửa chữa tuyến kè khu dân cư giáp ranh giữa thôn Nà Ngòa và thôn Pác Ban.",
     set()),
    ("a word of the name between the head and the rest ('quốc tế', 'LNG', 'tích năng', 'tổng hợp'), one that is no "
     "part of it ('mới'); an acronym in a name; a berth area",
     "1. Mở rộng Cảng hàng không quốc tế Tân Sơn; thu hút đầu tư vào KCN VSIP Hòa Lợi và khu công nghiệp mới Phú Mỹ; "
     "đưa các nhà máy điện khí LNG Tân An 1, Tân An 2 và thủy điện tích năng Hòa Lợi vào vận hành; phát triển bến "
     "cảng tổng hợp Phú Mỹ giai đoạn 2, khu bến Tân An II.",
     {("Cảng hàng không quốc tế Tân Sơn", "airport"), ("Khu công nghiệp VSIP Hòa Lợi", IP), ("Khu công nghiệp Phú Mỹ", IP),
      ("Nhà máy điện khí LNG Tân An 1", "gas_power"), ("Nhà máy điện khí LNG Tân An 2", "gas_power"),
      ("Nhà máy thủy điện tích năng Hòa Lợi", "hydropower"), ("Bến cảng tổng hợp Phú Mỹ giai đoạn 2", SP),
      ("Khu bến Tân An II", SP)}),
    ("a street and a school that is built",
     "1. Nâng cấp đường Lê Văn Tám; xây dựng Trường Trung học cơ sở xã Tân Lập.",
     {("Đường Lê Văn Tám", RD), ("Trường Trung học cơ sở xã Tân Lập", OT)}),
    ("an economic zone at a border gate",
     "1. Đầu tư hạ tầng Khu kinh tế cửa khẩu Hòa Lợi.",
     {("Khu kinh tế cửa khẩu Hòa Lợi", OT)}),
    # ---- not projects
    ("generic phrases",
     "1. Thu hút các dự án điện mặt trời, điện gió trên địa bàn tỉnh; các khu công nghiệp tập trung được mở rộng.",
     set()),
    ("a project said only by its place",
     "1. Thu hút dự án tại tỉnh Hòa Bình; khởi công dự án ở xã Tân Lập.",
     set()),
    ("a plural described phrase located by a place",
     "1. Rà soát các dự án khai thác khoáng sản tại huyện Bảo Yên.",
     set()),
    ("heads inside agencies' names",
     "1. Ban Quản lý các Khu công nghiệp tỉnh chủ trì; Công ty cổ phần Thủy điện Nậm Khao báo cáo.",
     set()),
    ("schemes, plans and laws",
     "1. Xây dựng Đề án phát triển cụm công nghiệp; trình dự án Luật Quy hoạch; thực hiện Quy hoạch tỉnh.",
     set()),
    ("a count of several before one name names a group",
     "1. Giải phóng mặt bằng 03 cụm công nghiệp Phú Mỹ.",
     set()),
    ("words that hold a head's syllables",
     "1. Mở rộng thị trường; thực hiện đúng đường lối; rà soát hồ sơ; giữ vững trở mỏ; cụm thi đua số 2.",
     set()),
    ("a school or a street word that is an agency or a phrase",
     "1. Trường Chính trị tỉnh chủ trì; thực hiện các dự án sử dụng vốn ODA; mở rộng mặt đường.",
     set()),
    ("a heading in capitals names nothing",
     "1. KHU CÔNG NGHIỆP VÀ CỤM CÔNG NGHIỆP\nHoàn thành các khu công nghiệp hiện có.",
     set()),
    ("a street in an address",
     "1. Giao Công ty cổ phần Đầu tư Tân An, địa chỉ: Số 12, đường Lê Lợi, phường Hòa Lợi làm chủ đầu tư.",
     set()),
    ("a product brand has no head",
     "1. Quảng bá sản phẩm nước khoáng Suối Ngọc.",
     set()),
    # ---- an investment list: an item that opens with a work and gives its capital or schedule names it
    ("items of a list of works, each with its capital",
     "1. Bổ sung các dự án sau:\nc) Bệnh viện Đa khoa huyện Tân An, quy mô 200 giường: tổng mức đầu tư 300 tỷ đồng.\n"
     "d) Cầu Phú Mỹ 2 và đường dẫn hai đầu cầu, chiều dài 150 m: kế hoạch vốn 90 tỷ đồng.\n",
     {("Bệnh viện Đa khoa huyện Tân An", OT), ("Cầu Phú Mỹ 2", RD)}),
    ("a hospital or a bridge named with no work to do on it is no project",
     "1. Bệnh viện Đa khoa tỉnh chủ trì khám sàng lọc; yêu cầu Thủ trưởng các đơn vị báo cáo; đáp ứng nhu cầu Nhân dân.",
     set()),
    ("a bridge, a pumping station and a cluster of craft villages to build",
     "1. Xây dựng cầu Hòa Lợi; nâng cấp trạm bơm điện Phú Mỹ; đầu tư cụm làng nghề truyền thống Tân An - Phú Mỹ.",
     {("Cầu Hòa Lợi", RD), ("Trạm bơm điện Phú Mỹ", WT), ("Cụm làng nghề truyền thống Tân An - Phú Mỹ", OT)}),
    ("a suspension bridge to build ('cầu treo' is a bridge, not a word of another phrase)",
     "2. Xây dựng cầu treo Khuổi Nà, xã Thông Nông; sửa chữa cầu treo bản Giộc.",
     {("Cầu treo Khuổi Nà", RD), ("Cầu treo bản Giộc", RD)}),
    ("a health centre or hospital named by its region since 2025 ('khu vực X'), to build; not a road a lot faces",
     "3. Xây dựng Trung tâm Y tế khu vực Kiến Xương; nâng cấp Bệnh viện Đa khoa khu vực Quỳnh Phụ; đấu giá các lô mặt đường "
     "Quốc lộ 37.",
     {("Trung tâm Y tế khu vực Kiến Xương", OT), ("Bệnh viện Đa khoa khu vực Quỳnh Phụ", OT)}),
    ("fishing ports and wharves, a list sharing the head",
     "- Nâng cấp các cảng cá Tân An, Hòa Lợi và Phú Mỹ; đầu tư cầu cảng tại bến cá Rạch Tràm.",
     {("Cảng cá Tân An", SP), ("Cảng cá Hòa Lợi", SP), ("Cảng cá Phú Mỹ", SP), ("Bến cá Rạch Tràm", SP)}),
    ("a centre of any kind to build or invest in is a work; the centre that acts is an agency",
     "b) Viện Cơ khí chủ trì đầu tư Trung tâm Kiểm định thiết bị nâng khu vực miền Trung, vận hành năm 2028; "
     "Trung tâm Khuyến công hướng dẫn doanh nghiệp.",
     {("Trung tâm Kiểm định thiết bị nâng khu vực miền Trung", OT)}),
    ("a project of a centre inside a hospital is named by the hospital after it",
     "2. Lập dự án Trung tâm Tim mạch Bệnh viện Đa khoa tỉnh Hòa Lợi, khởi công năm 2027.",
     {("Dự án Trung tâm Tim mạch Bệnh viện Đa khoa tỉnh Hòa Lợi", OT)}),
    ("the name cells of a table of works are works, whatever their head; a task row or a group title is none",
     "II. DANH MỤC DỰ ÁN\n| STT | Tên dự án | Địa điểm | Quy mô |\n|---|---|---|---|\n| I | NÔNG NGHIỆP | | |\n"
     "| 1 | Vùng trồng dược liệu tập trung Hòa Lợi | Xã Hòa Lợi | 300 ha |\n"
     "| 2 | Trung tâm giống thủy sản Phú Mỹ | Xã Phú Mỹ | 12 ha |\n"
     "| 3 | Rà soát, cập nhật danh mục dự án kêu gọi đầu tư | Toàn tỉnh | |\n",
     {("Vùng trồng dược liệu tập trung Hòa Lợi", OT), ("Trung tâm giống thủy sản Phú Mỹ", OT)}),
    ("a described head shares the list of names right after it",
     "1. Sửa chữa, nâng cao an toàn đập các hồ chứa nước Phú Mỹ, Hòa Lợi: tổng mức đầu tư 185 tỷ đồng.",
     {("Hồ chứa nước Phú Mỹ", WT), ("Hồ chứa nước Hòa Lợi", WT)}),
    ("a road named to its far end, not to a year",
     "1. Giảm vốn của Dự án Đường nối Quốc lộ 1 đến cảng Tân An; xây dựng đường nối Quốc lộ 9 đến năm 2030.",
     {("Đường nối Quốc lộ 1 đến cảng Tân An", RD), ("Đường nối Quốc lộ 9", RD)}),
    ("a data centre to build and a zone of information technology",
     "1. Đầu tư xây dựng Trung tâm dữ liệu tỉnh Hòa Lợi; kêu gọi đầu tư Khu công nghệ thông tin tập trung Tân An.",
     {("Trung tâm dữ liệu tỉnh Hòa Lợi", OT), ("Khu công nghệ thông tin tập trung Tân An", OT)}),
    ("railway stations listed after one head, and one named alone; gas is no station",
     "1. Thiết kế các nhà ga Tân An, Hòa Lợi và Phú Mỹ; hoàn thành thiết kế ga Tân An trong năm 2026; dùng khí ga hóa lỏng.",
     {("Ga Tân An", RW), ("Ga Hòa Lợi", RW), ("Ga Phú Mỹ", RW)}),
    ("a named digital platform to build and run; a platform of no name is none",
     "1. Xây dựng Nền tảng quản lý hồ sơ sức khỏe dùng chung tỉnh Hòa Lợi, đưa vào vận hành trong năm 2027; phát "
     "triển nền tảng số phục vụ người dân.",
     {("Nền tảng quản lý hồ sơ sức khỏe dùng chung tỉnh Hòa Lợi", OT)}),
    ("irrigation systems named in a list, and one that names nothing",
     "1. Tưới tiết kiệm nước tại các hệ thống thủy lợi Tân An, Hòa Lợi và Phú Mỹ - Sông Lũy; nâng cấp hệ thống thủy lợi nội đồng.",
     {("Hệ thống thủy lợi Tân An", WT), ("Hệ thống thủy lợi Hòa Lợi", WT), ("Hệ thống thủy lợi Phú Mỹ - Sông Lũy", WT)}),
    ("a national tourism area, and areas of the province's grade named in a list (one by its lake)",
     "1. Ưu tiên đầu tư Khu du lịch quốc gia Hòa Lợi; hoàn thiện hạ tầng các khu du lịch cấp tỉnh Tân An, "
     "Phú Mỹ - Sông Lũy và hồ Đá Mài.",
     {("Khu du lịch quốc gia Hòa Lợi", OT), ("Khu du lịch Tân An", OT), ("Khu du lịch Phú Mỹ - Sông Lũy", OT),
      ("Khu du lịch hồ Đá Mài", OT)}),
    ("a sluice that controls salinity, named; sluices and dykes that name nothing",
     "1. Đôn đốc chủ đầu tư đẩy nhanh tiến độ Cống kiểm soát mặn Phú Mỹ; vận hành hệ thống cống, đê bao trong mùa khô.",
     {("Cống kiểm soát mặn Phú Mỹ", WT)}),
    ("the grid and markets: a substation and a line by their voltage, a wholesale market, a market to build",
     "1. Đóng điện Trạm biến áp 110 kV Tân An 2; đẩy nhanh tiến độ Đường dây 220 kV Hòa Lợi - Phú Mỹ; Chợ đầu mối "
     "nông sản Tân An đi vào hoạt động; xây dựng mới Chợ nông sản Hòa Lợi; đường dây nóng tiếp nhận phản ánh.",
     {("Trạm biến áp 110 kV Tân An 2", OT), ("Đường dây 220 kV Hòa Lợi - Phú Mỹ", OT),
      ("Chợ đầu mối nông sản Tân An", OT), ("Chợ nông sản Hòa Lợi", OT)}),
    ("works between two named ends ('A - B'), which a lower-cased copy keeps whole; a dash before a clause ends none",
     "1. Hoàn thành Đường dây 110 kV Bến Đình - Gò Sành; nâng cấp Hệ thống thủy lợi Tân An - Hòa Lợi; cải tạo đường "
     "giao thông nông thôn - thủy lợi nội đồng; sửa chữa Hệ thống thủy lợi Phú Mỹ - hoàn thành trước tháng 6/2027.",
     {("Đường dây 110 kV Bến Đình - Gò Sành", OT), ("Hệ thống thủy lợi Tân An - Hòa Lợi", WT),
      ("Hệ thống thủy lợi Phú Mỹ", WT)}),
    ("a work whose kind words stand before its name, a two-syllable name, a bridge by its name; a work of the "
     "province, a length and a verb name nothing (a lower-cased copy bounds each by the clause)",
     "1. Đầu tư Khu du lịch sinh thái Bàu Sen trong năm 2027; xây dựng Công viên Gò Sành; nâng cấp Cầu treo Bến "
     "Đình, xã Tân An; mở rộng Bệnh viện đa khoa tỉnh; làm cầu treo dân sinh dài 48 m; Trung tâm văn hóa xuống cấp.",
     {("Khu du lịch sinh thái Bàu Sen", OT), ("Công viên Gò Sành", OT), ("Cầu treo Bến Đình", RD)}),
    ("two words of one description joined by 'và' before a place's name; in a lower-cased copy 'và' joins only "
     "before a place word, so a line that follows a work's name is no part of it",
     "1. Đưa Trung tâm trưng bày và giới thiệu sản phẩm thủ công tỉnh Hòa Lợi vào hoạt động; khởi công Trạm biến áp "
     "110 kV Bến Đình và đường dây đấu nối; cải tạo đê bao và khơi thông dòng chảy tại chỗ.",
     {("Trung tâm trưng bày và giới thiệu sản phẩm thủ công tỉnh Hòa Lợi", OT),
      ("Trạm biến áp 110 kV Bến Đình", OT)}),
    ("a stadium, a sports hall and an archive's repositories are works where built, a list sharing the head; "
     "a stadium that is a venue and a repository only used are none",
     "1. Đầu tư xây dựng Sân vận động tỉnh Hòa Lợi với quy mô 15.000 chỗ ngồi; nâng cấp Nhà thi đấu đa năng tỉnh "
     "Hòa Lợi. "
     "2. Cải tạo, nâng cấp các phân kho lưu trữ Tân An và Phú Mỹ; đầu tư xây dựng Kho Lưu trữ chuyên dụng Cam Ly. "
     "3. Tài liệu được nộp vào kho lưu trữ của cơ quan. Địa điểm: Sân vận động trung tâm phường Tân An.",
     {("Sân vận động tỉnh Hòa Lợi", OT), ("Nhà thi đấu đa năng tỉnh Hòa Lợi", OT), ("Phân kho lưu trữ Tân An", OT),
      ("Phân kho lưu trữ Phú Mỹ", OT), ("Kho lưu trữ chuyên dụng Cam Ly", OT)}),
    ("one verb builds each work of a list of one head closed by 'và', a body's facility named by the body too; "
     "a body a clause only speaks of is no work",
     "1. Hoàn thành Bể bơi công cộng xã Tân An và Bể bơi Trung tâm Văn hóa - Thể thao phường Hòa Lợi trong năm 2028; "
     "Trung tâm Văn hóa - Thể thao phường Hòa Lợi tổ chức dạy bơi.",
     {("Bể bơi công cộng xã Tân An", OT), ("Bể bơi Trung tâm Văn hóa - Thể thao phường Hòa Lợi", OT)}),
    ("a platform described in the languages it speaks, a fund's programme, and a body that opens an item and acts "
     "in it name no work; a work an item lists with its schedule does",
     "1. Đa dạng hóa truyền thông trên nền tảng số, truyền thông bằng tiếng dân tộc Thái, Mông; bố trí kinh phí "
     "Dự án Quỹ Toàn cầu phòng, chống lao: 2.000 triệu đồng; đầu tư Nhà máy nước Tân An.\n2. Cơ sở điều trị\n"
     "- Trung tâm "
     "Y tế khu vực Bến Đình triển khai điều trị methadone, hoàn thành trong quý II/2027.\n- Bệnh viện đa khoa khu "
     "vực Gò Sành, hoàn thành trong năm 2028.",
     {("Nhà máy nước Tân An", WT), ("Bệnh viện đa khoa khu vực Gò Sành", OT)}),
    ("streets listed after a plural road head; kinds of roads and areas of towns before the towns' names are no "
     "streets",
     "1. Lắp đặt chiếu sáng thông minh, ưu tiên các tuyến đường chính, khu trung tâm đô thị Tân An, Hòa Lợi; cải tạo "
     "các tuyến đường Lê Lai, Phú Mỹ trong năm 2027.",
     {("Đường Lê Lai", RD), ("Đường Phú Mỹ", RD)}),
    ("works of one kind in a list, the head repeated after each comma; a class of works by the unit it serves "
     "('đường liên ấp') and a description that goes on past a comma to another kind name none",
     "1. Nâng cấp hồ chứa nước Khe Sòng, hồ chứa nước Gò Mít; làm mới đường liên ấp, đường trục thôn; xây dựng 20 "
     "km kè chống sạt lở bờ sông, kênh rạch trong năm 2027.",
     {("Hồ chứa nước Khe Sòng", WT), ("Hồ chứa nước Gò Mít", WT)}),
    ("a counted head's kind words before the list it opens stay in each member's name; 'sau' (a clause word) "
     "does not",
     "1. Xây dựng mới 03 trạm cấp cứu vệ tinh: Tân An, Hòa Lợi và Phú Mỹ; hoàn thiện hạ tầng các cụm công nghiệp "
     "sau: Bến Đình, Gò Sành.",
     {("Trạm cấp cứu vệ tinh Tân An", OT), ("Trạm cấp cứu vệ tinh Hòa Lợi", OT), ("Trạm cấp cứu vệ tinh Phú Mỹ", OT),
      ("Cụm công nghiệp Bến Đình", IC), ("Cụm công nghiệp Gò Sành", IC)}),
    ("the province's own work, its kind in capitals, ends at 'tỉnh' (a titled description's first word is the "
     "name's, 'Chỉ' too, not a locator: 'Quốc gia cùng ...'); a body of the province that the document has act, and "
     "a body's kind in lower case, name nothing, whatever verb comes before them",
     "1. Khởi công Trung tâm Hội nghị - Triển lãm tỉnh; xây dựng Trung tâm Chỉ huy, điều hành đô thị thông minh tỉnh "
     "trong năm 2027; nâng cấp Trung tâm Kiểm soát bệnh tật tỉnh, do Trung tâm Kiểm soát bệnh tật tỉnh chủ trì; mở "
     "rộng Bệnh viện đa khoa tỉnh; hợp tác giữa Trung tâm Đổi mới sáng tạo Quốc gia cùng Tân An, Hòa Lợi.",
     {("Trung tâm Hội nghị - Triển lãm tỉnh", OT), ("Trung tâm Chỉ huy, điều hành đô thị thông minh tỉnh", OT)}),
    ("black spots named by their place are works to treat, each of a list; counted ones, one at a chainage ('Km "
     "12+300', no name) and a national road whose traffic is watched are not",
     "1. Xử lý dứt điểm điểm đen dốc Bến Đình và điểm đen ngã ba Gò Sành trong năm 2027; rà soát 23 điểm "
     "đen trên các "
     "tuyến; xử lý điểm đen tại Km 12+300 Quốc lộ 1; tuần tra, kiểm soát, xử lý vi phạm trên Quốc lộ 1.",
     {("Điểm đen dốc Bến Đình", RD), ("Điểm đen ngã ba Gò Sành", RD)}),
    ("the seat of a body built or repaired is a work the body's name ends (a regional body's province after a "
     "dash); an old seat handed over names nothing, and 'lưu trữ số' holds no seat",
     "1. Khởi công Trụ sở làm việc Tòa án nhân dân khu vực 2 - Hòa Lợi; cải tạo trụ sở Công an xã Tân An; bàn giao "
     "Trụ sở Sở Tư pháp (cũ); đưa Trung tâm Lưu trữ số dữ liệu tỉnh Phú Mỹ vào vận hành.",
     {("Trụ sở làm việc Tòa án nhân dân khu vực 2 - Hòa Lợi", OT), ("Trụ sở Công an xã Tân An", OT),
      ("Trung tâm Lưu trữ số dữ liệu tỉnh Phú Mỹ", OT)}),
    ("heritage works by their own heads (a relic area, a temple-tower complex), and a museum's new site in brackets",
     "1. Dự án tu bổ Khu di tích Thành cổ Hòa Lợi (cơ quan chủ trì: Ủy ban nhân dân tỉnh Tân An); chống xuống cấp Khu "
     "đền tháp Phú Mỹ; đầu tư xây dựng Bảo tàng Lịch sử tỉnh Tân An (cơ sở mới) trong năm 2027; lập dự án Bảo tàng Mỹ thuật quốc gia "
     "(cơ sở mới).",
     {("Khu di tích Thành cổ Hòa Lợi", OT), ("Khu đền tháp Phú Mỹ", OT), ("Bảo tàng Lịch sử tỉnh Tân An (cơ sở mới)", OT),
      ("Bảo tàng Mỹ thuật quốc gia (cơ sở mới)", OT)}),
    ("a numeral ends a work's name ('... Gò Sành 2'); a figure after the name ('trên 2 xã') does not",
     "1. Hoàn thành Trạm biến áp 110 kV Gò Sành 2; khởi công Nhà máy nước Bến Đình 2 trong quý II/2027; xây dựng "
     "Trạm bơm Hòa Lợi trên 2 xã.",
     {("Trạm biến áp 110 kV Gò Sành 2", OT), ("Nhà máy nước Bến Đình 2", WT), ("Trạm bơm Hòa Lợi", WT)}),
    ("works of public order and culture: a rehabilitation facility, a border control station, a museum (its new "
     "headquarters built is the museum), a theatre, a resettlement site",
     "1. Cải tạo, mở rộng Cơ sở cai nghiện ma túy tỉnh Hòa Lợi; xây dựng Trạm Kiểm soát Biên phòng cửa khẩu Tân An; "
     "xây dựng trụ sở mới Bảo tàng tỉnh Phú Mỹ; đầu tư Nhà hát Ca múa nhạc Tân An; hoàn thành Điểm tái định cư tập "
     "trung Gò Sành.",
     {("Cơ sở cai nghiện ma túy tỉnh Hòa Lợi", OT), ("Trạm Kiểm soát Biên phòng cửa khẩu Tân An", OT),
      ("Bảo tàng tỉnh Phú Mỹ", OT), ("Nhà hát Ca múa nhạc Tân An", OT), ("Điểm tái định cư tập trung Gò Sành", OT)}),
    ("a centre named by its part of the province, a national centre put into operation; the facility acting is a body",
     "2. Bàn giao, đưa vào sử dụng Trung tâm Thể thao phía Nam tỉnh trước tháng 6/2027; đưa Trung tâm Lưu trữ số tư "
     "liệu quốc gia vào vận hành trong năm 2028; Cơ sở cai nghiện ma túy tỉnh tiếp nhận học viên.",
     {("Trung tâm Thể thao phía Nam tỉnh", OT), ("Trung tâm Lưu trữ số tư liệu quốc gia", OT)}),
    ("a centre to build, a resettlement area; a map's scale and a period are no count or name; a proper name that "
     "folds to a head is none",
     "1. Khởi công xây dựng Trung tâm Đổi mới sáng tạo tỉnh Hòa Lợi; hoàn thành hạ tầng Khu tái định cư Phú Mỹ; lập "
     "quy hoạch tỷ lệ 1/500 Khu công nghệ số tập trung Tân An; thu hút dự án tại Khu kinh tế Hòa Lợi giai đoạn "
     "2026 - 2030; Ban Quản lý dự án khu vực Tam Dương đẩy nhanh tiến độ.",
     {("Trung tâm Đổi mới sáng tạo tỉnh Hòa Lợi", OT), ("Khu tái định cư Phú Mỹ", OT),
      ("Khu công nghệ số tập trung Tân An", OT), ("Khu kinh tế Hòa Lợi", OT)}),
    ("a table of works to invest in: each name cell is a work, a route by its two ends",
     "STT | Tên công trình | Tổng mức đầu tư | Thời gian thực hiện\n|---|---|---|---|\n"
     "1 | Đường trục xã tuyến thôn Tân An - thôn Hòa Lợi | 12.800 | 2027 - 2028\n"
     "2 | Trường Tiểu học Phú Mỹ (xây mới 08 phòng học) | 9.600 | 2027 - 2028\n"
     "3 | Nhà văn hóa thôn Tân An | 2.400 | 2027\n",
     {("Đường trục xã tuyến thôn Tân An - thôn Hòa Lợi", RD), ("Trường Tiểu học Phú Mỹ", OT), ("Nhà văn hóa thôn Tân An", OT)}),
    ("memorials a plan repairs or builds: a martyrs' cemetery, a memorial, a memorial house named by an honorific "
     "('Mẹ Việt Nam anh hùng'), a cemetery park; a gift to a heroic mother builds nothing",
     "1. Tu bổ, nâng cấp Nghĩa trang liệt sĩ xã Tân An; tu bổ Đài tưởng niệm liệt sĩ xã Hòa Lợi; xây dựng Nhà tưởng "
     "niệm Mẹ Việt Nam anh hùng Nguyễn Thị Lan tại xã Phú Mỹ; xây dựng Công viên nghĩa trang Sông Lũy quy mô 30 ha; "
     "thăm, tặng quà Mẹ Việt Nam anh hùng Trần Thị Mai.",
     {("Nghĩa trang liệt sĩ xã Tân An", OT), ("Đài tưởng niệm liệt sĩ xã Hòa Lợi", OT),
      ("Nhà tưởng niệm Mẹ Việt Nam anh hùng Nguyễn Thị Lan", OT), ("Công viên nghĩa trang Sông Lũy", OT)}),
    ("a dike's or an embankment's stretch by its chainage is part of the work's name; a stretch by its ends too",
     "1. Nâng cấp Đê tả sông Tân An đoạn K12+300 - K18+950 (xã Hòa Lợi); gia cố Kè bờ sông Phú Mỹ đoạn từ K2+100 "
     "đến K4+650; cứng hóa mặt đê hữu sông Hòa Lợi đoạn từ cầu Tân An đến cống Phú Mỹ.",
     {("Đê tả sông Tân An đoạn K12+300 - K18+950", WT), ("Kè bờ sông Phú Mỹ đoạn từ K2+100 đến K4+650", WT),
      ("Đê hữu sông Hòa Lợi đoạn từ cầu Tân An đến cống Phú Mỹ", WT)}),
    ("works a count of their kind introduces after a verb that repairs them ('02 trạm xuống cấp nặng: ...'); a count "
     "of something else introduces no works",
     "1. Nâng cấp 05 trạm y tế, hoàn thành trong năm 2027 đối với 02 trạm xuống cấp nặng: Trạm Y tế xã Tân An, Trạm Y tế "
     "xã Hòa Lợi. Hỗ trợ kinh phí tại 03 xã: Trạm Y tế xã Phú Mỹ, Trạm Y tế xã Sông Lũy tiếp nhận thiết bị.",
     {("Trạm Y tế xã Tân An", OT), ("Trạm Y tế xã Hòa Lợi", OT)}),
    ("dikes as a system, a dike's grade, guarding a dike and its crown are no works; a named dike is",
     "1. Kiểm tra toàn bộ hệ thống đê điều trên nền GIS; xử lý trọng điểm trên đê cấp I; tổ chức hộ đê tại chỗ, gia "
     "cố mái đê mùa lũ; nâng cấp Đê tả sông Tân An.",
     {("Đê tả sông Tân An", WT)}),
    ("a table naming its rows under 'Tên ...' with each row's capital and investor: each name cell is a work",
     "| STT | Tên trạm | Địa điểm | Quy mô | Tổng mức đầu tư (tỷ đồng) | Chủ đầu tư |\n|---|---|---|---|---|---|\n"
     "| 1 | Trạm Y tế xã Tân An | Xã Tân An | 12 phòng | 6,5 | UBND xã Tân An |\n"
     "| 2 | Trường PTDTBT TH và THCS Hòa Lợi | Xã Hòa Lợi | 16 lớp | 48 | Ban QLDA tỉnh |\n",
     {("Trạm Y tế xã Tân An", OT), ("Trường PTDTBT TH và THCS Hòa Lợi", OT)}),
    ("a table of who does what under 'Tên đơn vị' (no capital, no investor): its rows are bodies, not works",
     "| STT | Tên đơn vị | Nhiệm vụ | Thời gian |\n|---|---|---|---|\n"
     "| 1 | Trạm Y tế xã Tân An | Khám sàng lọc cho người cao tuổi | Quý II/2027 |\n"
     "| 2 | Trường PTDTBT TH và THCS Hòa Lợi | Tổ chức bữa ăn bán trú | Năm học 2027 - 2028 |\n",
     set()),
    ("a border-gate zone's works: a market and a logistics centre named after the same gate are two works; a road "
     "that joins a park with a national road runs to its far end; a zone put 'vào' a plan is no name",
     "1. Xây dựng Trung tâm logistics cửa khẩu Tân An; đầu tư Chợ cửa khẩu Tân An; đầu tư tuyến đường kết nối Khu công "
     "nghiệp Hòa Lợi với Quốc lộ 14; cập nhật các khu chức năng của Khu kinh tế vào Quy hoạch tỉnh Phú Mỹ.",
     {("Trung tâm logistics cửa khẩu Tân An", OT), ("Chợ cửa khẩu Tân An", OT),
      ("Tuyến đường kết nối Khu công nghiệp Hòa Lợi với Quốc lộ 14", RD)}),
    ("a component project named by its section right after its number (after a colon the section describes it); a "
     "national road's stretch after its number is not part of its name",
     "1. Bảo đảm dự án thành phần 1 đoạn Tân An - Hòa Lợi đạt 70% khối lượng; dự án thành phần 2: đường bộ cao tốc "
     "Phú Mỹ - Sông Lũy; nâng cấp Quốc lộ 14 đoạn Tân An - Phú Mỹ.",
     {("Dự án thành phần 1 đoạn Tân An - Hòa Lợi", OT), ("Dự án thành phần 2", OT),
      ("Đường cao tốc Phú Mỹ - Sông Lũy", RD), ("Quốc lộ 14", RD)}),
    ("a project named by its wrapper ('Dự án ...') is the work of that name, whatever its kind",
     "1. Bảo đảm nguyên liệu cho Nhà máy gang thép Hòa Lợi; tháo gỡ vướng mắc Dự án gang thép Hòa Lợi.",
     {("Nhà máy gang thép Hòa Lợi", OT)}),
    ("housing: a social housing area and a workers' housing area described before their names, social housing "
     "projects named in a list; social housing as a policy, or before a city, names nothing",
     "1. Kiểm tra chất lượng Khu nhà ở xã hội Tân An 2 (tỉnh Hòa Lợi), Khu nhà ở công nhân Phú Mỹ 3, các dự án nhà "
     "ở xã hội Hòa Lợi 4 và Sông Lũy Nam; phát triển nhà ở xã hội cho thuê; hoàn thành 20.000 căn nhà ở xã hội "
     "Thành phố Hồ Chí Minh.",
     {("Khu nhà ở xã hội Tân An 2", OT), ("Khu nhà ở công nhân Phú Mỹ 3", OT), ("Nhà ở xã hội Hòa Lợi 4", OT),
      ("Nhà ở xã hội Sông Lũy Nam", OT)}),
    ("workers' lodging houses and cold-storage complexes: a lodging area described before its name, complexes "
     "listed after the head and a colon; cold storage in general names nothing",
     "1. Hoàn thành Khu nhà lưu trú công nhân Sông Lũy B tại xã Tân An; xây dựng các tổ hợp kho lạnh: Hòa Lợi, Phú "
     "Mỹ; phát triển hệ thống kho lạnh của tỉnh.",
     {("Khu nhà lưu trú công nhân Sông Lũy B", OT), ("Tổ hợp kho lạnh Hòa Lợi", OT), ("Tổ hợp kho lạnh Phú Mỹ", OT)}),
    ("old apartment blocks to rebuild: a block area, a block with its code, an old collective housing area and a "
     "temporary housing area; old blocks in general name nothing",
     "1. Khởi công Khu chung cư Tân An (nhà A1, A2), nhà chung cư B3 Hòa Lợi; di dời các hộ tại Khu tập thể Cơ khí "
     "Phú Mỹ về Khu nhà tạm cư Sông Lũy; kiểm định các nhà chung cư cũ.",
     {("Khu chung cư Tân An", OT), ("Nhà chung cư B3 Hòa Lợi", OT), ("Khu tập thể Cơ khí Phú Mỹ", OT),
      ("Khu nhà tạm cư Sông Lũy", OT)}),
    ("homes for older people, named at once after their head",
     "1. Đôn đốc nhà đầu tư Khu dưỡng lão Tân An Viên tại phường Hòa Lợi; đầu tư Viện dưỡng lão Phú Mỹ; phát triển "
     "các viện dưỡng lão ngoài công lập.",
     {("Khu dưỡng lão Tân An Viên", OT), ("Viện dưỡng lão Phú Mỹ", OT)}),
    ("works for solid waste: a treatment area and a landfill, each described before its name",
     "1. Đẩy nhanh tiến độ Khu xử lý chất thải rắn tập trung Tân An; đóng cửa Bãi chôn lấp chất thải rắn sinh hoạt Hòa Lợi.",
     {("Khu xử lý chất thải rắn tập trung Tân An", OT), ("Bãi chôn lấp chất thải rắn sinh hoạt Hòa Lợi", OT)}),
    ("a school named after its level (two levels joined by 'và'), and a building of a school, with its floors (the "
     "building's own head names it, as 'Dự án Nhà máy ...' is the plant)",
     "1. Đẩy nhanh tiến độ xây dựng Trường Phổ thông dân tộc nội trú liên cấp tiểu học và trung học cơ sở Tân An; "
     "đưa công trình Nhà đa năng 3 tầng Trường Trung học phổ thông Hòa Lợi vào sử dụng.",
     {("Trường Phổ thông dân tộc nội trú liên cấp tiểu học và trung học cơ sở Tân An", OT),
      ("Nhà đa năng 3 tầng Trường Trung học phổ thông Hòa Lợi", OT)}),
    ("an energy plan: substations and lines sharing their voltage in a list, a thousand or a capacity after a name, "
     "an offshore wind farm",
     "1. Đẩy nhanh tiến độ các trạm biến áp 220 kV Hòa Lợi 2, Tân An; nhiệt điện khí tại Trung tâm điện lực Phú Mỹ 1.830\n"
     "MW; điện mặt trời 534 MW; khảo sát dự án điện gió ngoài khơi Hòa Lợi Thượng.",
     {("Trạm biến áp 220 kV Hòa Lợi 2", OT), ("Trạm biến áp 220 kV Tân An", OT), ("Trung tâm điện lực Phú Mỹ", "thermal_power"),
      ("Điện gió Hòa Lợi Thượng", "wind_power")}),
    ("a road named from a city, a road's branch, a road whose name starts like 'đường hướng', an inland port with its "
     "acronym, logistics centres, a transfer station",
     "1. Đẩy nhanh đường cao tốc Thành phố Hồ Chí Minh - Tân An; kết nối đường Hồ Chí Minh nhánh Tây; khởi công Đường "
     "Hướng Phùng - Hòa Lợi; kêu gọi đầu tư Cảng cạn (ICD) Phú Mỹ, các trung tâm logistics Tân An, Hòa Lợi; giải phóng "
     "mặt bằng Trạm trung chuyển chất thải rắn sinh hoạt Phú Mỹ.",
     {("Đường cao tốc Thành phố Hồ Chí Minh - Tân An", RD), ("Đường Hồ Chí Minh nhánh Tây", RD),
      ("Đường Hướng Phùng - Hòa Lợi", RD), ("Cảng cạn Phú Mỹ", OT), ("Trung tâm logistics Tân An", OT),
      ("Trung tâm logistics Hòa Lợi", OT), ("Trạm trung chuyển chất thải rắn sinh hoạt Phú Mỹ", OT)}),
    ("berths numbered with 'số' in a list, a transhipment port, an airport's cargo terminal, an aviation logistics "
     "centre ('hàng không' is no 'không')",
     "1. Đẩy nhanh các bến container số 3, số 4 khu bến Tân An; hoàn thiện thủ tục đầu tư Cảng trung chuyển quốc tế Hòa Lợi. "
     "2. Đưa Nhà ga hàng hóa số 2 Cảng hàng không Phú Mỹ và Trung tâm logistics hàng không Phú Mỹ vào khai thác.",
     {("Bến container số 3", SP), ("Bến container số 4", SP), ("Cảng trung chuyển quốc tế Hòa Lợi", SP),
      ("Nhà ga hàng hóa số 2", AP), ("Trung tâm logistics hàng không Phú Mỹ", OT)}),
    ("a river port; residential areas a verb builds, through their infrastructure; not the residential area a farm "
     "is moved away from",
     "1. Nâng cấp Cảng thủy nội địa Tân An, hoàn thành năm 2028. 2. Đầu tư hạ tầng Khu dân cư mới Phú Mỹ để đấu giá "
     "quyền sử dụng đất. 3. Di dời trại chăn nuôi ra xa khu dân cư tại thôn Hòa Lợi.",
     {("Cảng thủy nội địa Tân An", SP), ("Khu dân cư mới Phú Mỹ", OT)}),
    ("works an item opens and schedules with no verb before them (built new, put into use, a phase carried out); not "
     "a school an item keeps to its standard",
     "a) Chợ Tân An (xây dựng mới tại khu đất Gò Sim, diện tích 1,2 ha) đạt chuẩn chợ hạng II; hoàn thành, đưa vào "
     "sử dụng năm 2028.\nb) Nhà văn hóa xã Phú Mỹ, hội trường 300 chỗ ngồi; thực hiện giai đoạn 2028 - 2029.\n"
     "c) Trường Tiểu học Hòa Lợi duy trì đạt chuẩn quốc gia mức độ 2.",
     {("Chợ Tân An", OT), ("Nhà văn hóa xã Phú Mỹ", OT)}),
    ("one verb builds each work of a list of two heads closed by 'và': a market, a body's name too, after a road",
     "- Hoàn thành đầu tư xây dựng Đường trục trung tâm xã Phú Mỹ và Chợ Tân An, đưa vào sử dụng trong năm 2027.",
     {("Đường trục trung tâm xã Phú Mỹ", RD), ("Chợ Tân An", OT)}),
    ("a project titled after a command centre ('chỉ huy' is no 'chỉ', only), of the centre's kind whatever its words "
     "are about; nothing where 'chỉ' means only",
     "1. Bố trí vốn đẩy nhanh tiến độ Dự án Trung tâm chỉ huy giám sát an ninh, trật tự và giao thông thông minh "
     "tỉnh Tân An. 2. Nâng cấp các hồ chứa chỉ phục vụ tưới tại xã Phú Mỹ.",
     {("Dự án Trung tâm chỉ huy giám sát an ninh, trật tự và giao thông thông minh tỉnh Tân An", OT)}),
    ("a co-working space by its name; not co-working spaces as a kind",
     "- Trước mắt hình thành Không gian làm việc chung Tân An Hub tại Trường Đại học Tân An; khuyến khích doanh "
     "nghiệp đầu tư các cơ sở ươm tạo, không gian làm việc chung.",
     {("Không gian làm việc chung Tân An Hub", OT)}),
    ("a park, a rice zone and a cultural centre in a column of where stations are put ('Vị trí lắp đặt'): places, "
     "not works",
     "PHỤ LỤC\nDANH MỤC TRẠM QUAN TRẮC KHÔNG KHÍ LẮP ĐẶT BỔ SUNG\n\nSTT\nVị trí lắp đặt\nXã, phường\nLoại trạm\n"
     "Thời gian hoàn thành\n1\nKhu công nghiệp Tân An 2\nxã Tân An\nTrạm cố định\nQuý IV/2028\n2\n"
     "Vùng lúa tập trung xã Phú Mỹ\nxã Phú Mỹ\nTrạm cố định\nQuý II/2028\n3\n"
     "Khuôn viên Trung tâm Văn hóa phường Hòa Lợi\nphường Hòa Lợi\nTrạm cố định\nQuý IV/2027\n",
     set()),
    ("bridges a report lists after a lead-in that finished them, or that a verb earlier in the clause builds; not a "
     "bridge that ends a stretch of embankment",
     "- Đã hoàn thành, đưa vào sử dụng: Đường ĐT.742 đoạn Tân An - Phú Mỹ; Cầu Hòa Lợi (năm 2014). - Hoàn thành trong năm "
     "2016 Cầu Bến Gỗ. - Xây dựng kè đoạn từ cầu Phú Mỹ II tới giáp chợ Tân An.",
     {("Đường ĐT.742", RD), ("Cầu Hòa Lợi", RD), ("Cầu Bến Gỗ", RD),
      ("Kè đoạn từ cầu Phú Mỹ II tới giáp chợ Tân An", WT)}),
    ("a district road by its number, an industrial and handicraft cluster",
     "1. Nâng cấp tuyến đường ĐH.52 (Tân An - Phú Mỹ), hoàn thành trong năm 2014; hoàn thiện hạ tầng Cụm công nghiệp - "
     "tiểu thủ công nghiệp Hòa Lợi; nâng cấp đường huyện 17.",
     {("Tuyến đường ĐH.52", RD), ("Cụm công nghiệp - tiểu thủ công nghiệp Hòa Lợi", IC), ("Đường huyện 17", RD)}),
    ("a national project's component projects by number, and a road tunnel ('đường bộ' is part of its head)",
     "a) Dự án thành phần 1: đoạn Tân An – Hòa Lợi, dài khoảng 40 km; b) Dự án thành phần 2: đoạn Hòa Lợi – Phú Mỹ "
     "(bao gồm hầm đường bộ Đèo Gió), dài khoảng 30 km; chỉ đạo các dự án thành phần khởi công trong năm 2027.",
     {("Dự án thành phần 1", OT), ("Dự án thành phần 2", OT), ("Hầm đường bộ Đèo Gió", RD)}),
    ("a Word table of works copied one cell a line, and the abbreviations of the grid in its cells",
     "PHỤ LỤC\nTT\nTên dự án, nhiệm vụ\nCơ quan chủ trì\nThời gian thực hiện\n1\nCầu Tân An và đường dẫn hai đầu cầu\n"
     "Ban QLDA ĐTXD tỉnh\n2026 - 2028\n2\nTBA 110 kV Hòa Lợi\nCông ty Điện lực tỉnh\n2027\n3\nĐZ 110 kV Tân An - Phú Mỹ\n"
     "Công ty Điện lực tỉnh\n2027\n",
     {("Cầu Tân An", RD), ("Trạm biến áp 110 kV Hòa Lợi", OT), ("Đường dây 110 kV Tân An - Phú Mỹ", OT)}),
    ("a commune's works: the two phases of a road are two works, a hamlet named like a canal is no canal, a water "
     "supply station",
     "1. Hoàn thành Đường bê tông ấp Tân An - ấp Hòa Lợi (giai đoạn 1); khởi công Đường bê tông ấp Tân An - ấp Hòa Lợi "
     "(giai đoạn 2) qua ấp Kênh Hội; xây dựng Trạm cấp nước tập trung ấp Phú Mỹ.",
     {("Đường bê tông ấp Tân An - ấp Hòa Lợi giai đoạn 1", RD), ("Đường bê tông ấp Tân An - ấp Hòa Lợi giai đoạn 2", RD),
      ("Trạm cấp nước tập trung ấp Phú Mỹ", WT)}),
    ("rural water works: a clean-water plant, an inter-commune supply system named by its two ends",
     "1. Bàn giao Nhà máy nước sạch Tân An; đưa Hệ thống cấp nước liên xã Hòa Lợi - Phú Mỹ vào vận hành.",
     {("Nhà máy nước sạch Tân An", WT), ("Hệ thống cấp nước liên xã Hòa Lợi - Phú Mỹ", WT)}),
    ("a cluster whose name holds the word for a bridge",
     "1. Hoàn thành hạ tầng Cụm công nghiệp Tây Cầu Mậu A.",
     {("Cụm công nghiệp Tây Cầu Mậu A", IC)}),
    ("a city's urban railway lines by their numbers (the route in brackets), and the depot of one",
     "1. Phê duyệt dự án tuyến đường sắt đô thị số 2 (Tân An - Hòa Lợi); đầu tư Khu depot Phú Mỹ phục vụ tuyến.",
     {("Đường sắt đô thị số 2", RW), ("Khu depot Phú Mỹ", RW)}),
    ("an urban railway named by its two ends keeps them",
     "1. Nghiên cứu đầu tư đường sắt đô thị Tân An - Hòa Lợi.",
     {("Đường sắt đô thị Tân An - Hòa Lợi", RW)}),
    ("a bridge the list names 'mới' (the new one beside the old), then one more after 'và'",
     "1. Đầu tư các cầu Phú Mỹ 2, Tân An mới và Hòa Lợi 3; đưa cầu Phú Mỹ 2 vào sử dụng năm 2027.",
     {("Cầu Phú Mỹ 2", RD), ("Cầu Tân An mới", RD), ("Cầu Hòa Lợi 3", RD)}),
    ("'mới' that means 'just' is no part of a name",
     "1. Hỗ trợ Khu công nghiệp Tân An mới được thành lập hoàn thiện hạ tầng.",
     {("Khu công nghiệp Tân An", IP)}),
    ("dike lines named by their bank or their two ends, and the storm anchorages a list shares",
     "1. Tu bổ tuyến đê tả Phú Mỹ, tuyến đê biển Tân An - Hòa Lợi; nạo vét luồng vào các khu neo đậu tránh trú bão "
     "Cửa Tân, Cửa Hòa; kiểm tra công trình đê điều trước mùa mưa bão.",
     {("Tuyến đê tả Phú Mỹ", WT), ("Tuyến đê biển Tân An - Hòa Lợi", WT), ("Khu neo đậu tránh trú bão Cửa Tân", SP),
      ("Khu neo đậu tránh trú bão Cửa Hòa", SP)}),
    ("a city's parks, named", "1. Đầu tư Công viên trung tâm bờ Nam sông Tân An và Công viên sinh thái hồ Phú Mỹ.",
     {("Công viên trung tâm bờ Nam sông Tân An", OT), ("Công viên sinh thái hồ Phú Mỹ", OT)}),
    ("streets a plural road head lists by their names are each a street",
     "1. Cải tạo vỉa hè trên các tuyến đường Lê Lai, Phú Mỹ và Hòa Lợi; lát đá các đường Tân An, Lê Lợi.",
     {("Đường Lê Lai", RD), ("Đường Phú Mỹ", RD), ("Đường Hòa Lợi", RD), ("Đường Tân An", RD), ("Đường Lê Lợi", RD)}),
    ("'kè' after another verb of the works is a verb: the canal it embanks is the work",
     "1. Nạo vét, kè bờ kênh Phú Mỹ; khơi thông và kè bờ mương Tân An; xây dựng kè bờ kênh Hòa Lợi.",
     {("Kênh Phú Mỹ", WT), ("Mương Tân An", WT), ("Kè bờ kênh Hòa Lợi", WT)}),
    ("a list of names whose member opens with a head word ('Cầu Sập') is still the list's: sluices, not a bridge",
     "1. Vận hành đóng các cống: Phú Mỹ, Cầu Tân, Hòa Lợi theo quy trình; nạo vét kênh Cầu Hòa - Tân An.",
     {("Cống Phú Mỹ", WT), ("Cống Cầu Tân", WT), ("Cống Hòa Lợi", WT), ("Kênh Cầu Hòa - Tân An", WT)}),
    ("a dormitory named by its block's code, not the dormitories in general",
     "1. Hoàn thành Ký túc xá sinh viên K3 trong năm 2027; ký túc xá hiện có 1.450 chỗ ở.",
     {("Ký túc xá sinh viên K3", OT)}),
    ("one road head before a name and a place stays one road (no list)",
     "1. Nâng cấp tuyến đường Tân An, xã Phú Mỹ; mở rộng đường Hòa Lợi - Phú Mỹ, Tân An.",
     {("Tuyến đường Tân An", RD), ("Đường Hòa Lợi - Phú Mỹ", RD)}),
    ("a head that describes already takes a second kind joined by 'và'; a kind in capitals inside a description",
     "1. Khởi công Trung tâm logistics và kho lạnh thủy sản Tân An; đầu tư Trung tâm trưng bày và quảng bá sản phẩm "
     "OCOP tỉnh Hòa Lợi.",
     {("Trung tâm logistics và kho lạnh thủy sản Tân An", OT),
      ("Trung tâm trưng bày và quảng bá sản phẩm OCOP tỉnh Hòa Lợi", OT)}),
    ("a work put into use: 'đưa' before it, 'vào hoạt động' after its name",
     "1. Đưa Trung tâm Văn hóa tỉnh Hòa Lợi tại phường Tân An vào hoạt động trong quý III/2027.",
     {("Trung tâm Văn hóa tỉnh Hòa Lợi", OT)}),
    ("a province's building named with the province after its own name",
     "1. Hoàn thành Bệnh viện Sản Nhi tỉnh Hòa Lợi; xây dựng Trường Chính trị tỉnh Tân An.",
     {("Bệnh viện Sản Nhi tỉnh Hòa Lợi", OT), ("Trường Chính trị tỉnh Tân An", OT)}),
    ("tourist villages, sites and rest stops a scheme invests in; a count of sites of a kind, located, names none",
     "1. Đầu tư Làng du lịch cộng đồng Tân An và Trạm dừng chân du lịch nông nghiệp Hòa Lợi; nâng cấp Điểm du lịch "
     "sinh thái thác Phú Mỹ; 03 điểm du lịch cộng đồng tại Tân An, Hòa Lợi được công nhận đạt chuẩn.",
     {("Làng du lịch cộng đồng Tân An", OT), ("Trạm dừng chân du lịch nông nghiệp Hòa Lợi", OT),
      ("Điểm du lịch sinh thái thác Phú Mỹ", OT)}),
    ("a union's facilities for the workers of a park, named by the park",
     "1. Đầu tư Thiết chế công đoàn Khu công nghiệp Tân An, hoàn thành trong năm 2028.",
     {("Thiết chế công đoàn Khu công nghiệp Tân An", OT)}),
    ("a startup space, whose description holds 'sáng tạo' (no verb 'tạo')",
     "1. Xây dựng Không gian khởi nghiệp sáng tạo thanh niên Tân An tại Nhà Văn hóa Thanh niên tỉnh.",
     {("Không gian khởi nghiệp sáng tạo thanh niên Tân An", OT)}),
    ("a work named by the people it serves ('của' a group of people), then by its province or its place",
     "1. Xây dựng Không gian khởi nghiệp của thanh niên tỉnh Hòa Lợi; nâng cấp Nhà văn hóa của công nhân Khu "
     "công nghiệp Tân An; cải tạo trụ sở của Công ty Phú Mỹ.",
     {("Không gian khởi nghiệp của thanh niên tỉnh Hòa Lợi", OT), ("Nhà văn hóa của công nhân Khu công nghiệp Tân An", OT)}),
    ("a work named by the people it is for ('cho', 'dành cho'; workers sent abroad by the law's phrase)",
     "1. Đầu tư xây dựng Trung tâm Đào tạo ngoại ngữ và kỹ năng nghề cho người lao động đi làm việc ở nước ngoài tỉnh "
     "Hòa Lợi; xây dựng Nhà văn hóa dành cho công nhân Khu công nghiệp Tân An.",
     {("Trung tâm Đào tạo ngoại ngữ và kỹ năng nghề cho người lao động đi làm việc ở nước ngoài tỉnh Hòa Lợi", OT),
      ("Nhà văn hóa dành cho công nhân Khu công nghiệp Tân An", OT)}),
    ("a bridge over a lagoon or a bay whose name opens with a one-letter syllable",
     "1. Khởi công Cầu qua đầm Ô Loan và Cầu qua vịnh Xuân Đài trong quý III/2027.",
     {("Cầu qua đầm Ô Loan", RD), ("Cầu qua vịnh Xuân Đài", RD)}),
    ("works listed after a colon whose words just before it build them, at the end of a long line",
     "d) Công trình thanh niên cấp tỉnh năm 2027: phối hợp với Bộ Chỉ huy Quân sự tỉnh huy động lực lượng dân quân, "
     "đoàn viên, thanh niên thi công 02 công trình: Cầu thanh niên thôn Tân An (cầu treo dài 40 m); Cầu thanh niên "
     "thôn Phú Mỹ.",
     {("Cầu thanh niên thôn Tân An", RD), ("Cầu thanh niên thôn Phú Mỹ", RD)}),
    ("the number of a module is no count of works",
     "1. Hoàn thành Mô-đun 2 Nhà máy xử lý nước thải tập trung Khu công nghiệp Tân An trong quý II/2027.",
     {("Nhà máy xử lý nước thải tập trung Khu công nghiệp Tân An", OT)}),
    ("a list of national roads closed by a provincial one: each road under its own head",
     "1. Nâng cấp Quốc lộ 27, Quốc lộ 40 và ĐT.725 đoạn qua xã Tân An; mở rộng ĐT.741, 753 và QL.14C.",
     {("Quốc lộ 27", RD), ("Quốc lộ 40", RD), ("Đường tỉnh 725", RD), ("Đường tỉnh 741", RD), ("Đường tỉnh 753", RD),
      ("Quốc lộ 14C", RD)}),
    # ---- a road the text only travels or polices; the same road built a clause later is a work
    ("a road where patrols and accidents happen is a place; a road its clause widens is a work",
     "1. Tuần tra, kiểm soát, xử lý vi phạm nồng độ cồn trên Quốc lộ 27 và Quốc lộ 40; giảm ùn tắc tại Quốc lộ 14C "
     "bằng cách mở rộng Quốc lộ 14C đoạn qua xã Tân An.",
     {("Quốc lộ 14C", RD)}),
    ("roads goods are carried over are places; a road built to carry goods is a work",
     "1. Kiểm soát việc vận chuyển lợn, gia cầm từ các địa phương có dịch qua các tuyến Quốc lộ 1A, Quốc lộ 14 và cao "
     "tốc Tân An - Hòa Lợi.\n2. Nâng cấp Quốc lộ 19 để vận chuyển hàng hóa.",
     {("Quốc lộ 19", RD)}),
    ("a road or a canal a light, a junction or a sign sits on is a place: 'trên', a chainage, a junction before it",
     "1. Lắp đặt đèn tín hiệu tại Km 12+300 Quốc lộ 27 và tại nút giao Quốc lộ 40 với đường Tân An; bổ sung báo hiệu "
     "trên kênh Phú Mỹ.\n2. Ùn tắc tập trung trên Quốc lộ 14C (đoạn qua xã Hòa Lợi, xã Tân An), Quốc lộ 14D và "
     "ĐT.725.\n3. Nâng cấp Quốc lộ 19 đoạn qua xã Tân An.",
     {("Quốc lộ 19", RD)}),
    ("a work where something is held or guarded is a venue; a verb of the works that makes a plan builds nothing; "
     "a road people are moved along is a place; a park investors are drawn to stays a work",
     "1. Xây dựng kế hoạch bắn đạn thật tại Thao trường huấn luyện Tân An; bảo vệ mục tiêu Nhà máy Thủy điện Hòa "
     "Lợi; sơ tán Nhân dân theo Quốc lộ 27; thu hút đầu tư tại Khu công nghiệp Phú Mỹ.\n2. Nâng cấp Thao trường "
     "huấn luyện Hòa Lợi.",
     {("Khu công nghiệp Phú Mỹ", IP), ("Thao trường huấn luyện Hòa Lợi", OT)}),
    ("the roads and bridges that end a stretch ('đoạn từ ... đến ...') locate the work, they are none",
     "1. Nâng cấp, mở rộng đường Trần Quý Cáp (đoạn từ đường Phan Bội Châu đến đường Lê Duẩn, dài 0,85 km).\n"
     "2. Mở rộng Quốc lộ 27 đoạn từ Quốc lộ 40 tới cầu Tân An.",
     {("Đường Trần Quý Cáp", RD), ("Quốc lộ 27", RD)}),
    ("a cell under a column of routes locates a campaign, not a work",
     "PHỤ LỤC\nSTT\nĐợt cao điểm\nTuyến, địa bàn trọng điểm\nĐơn vị chủ trì\n1\nTết Nguyên đán\n"
     "Quốc lộ 27, kênh Tân An\nPhòng Cảnh sát giao thông\n2\nNghỉ lễ 30/4\nQuốc lộ 40\nPhòng Cảnh sát giao thông",
     set()),
    ("a central hospital named by its field and its grade, 'Trung ương' in sentence case, and a new site of it",
     "1. Đưa Bệnh viện Lão khoa Trung ương cơ sở 2 vào hoạt động trong năm 2028; mở rộng Bệnh viện Nhi Trung ương.",
     {("Bệnh viện Lão khoa Trung ương cơ sở 2", OT), ("Bệnh viện Nhi Trung ương", OT)}),
    ("a central hospital's new site, however its grade is written",
     "2. Đưa Bệnh viện Nội tiết Trung ương cơ sở 3 vào hoạt động trong năm 2029.",
     {("Bệnh viện Nội tiết Trung ương cơ sở 3", OT)}),
    ("a street-naming annex: the works where each street begins and ends locate it, and a street's former name is a "
     "name; a work the text builds stays one",
     "1. Hoàn thành xây dựng Cầu Tân An trong năm 2027.\nPHỤ LỤC\nSTT\nTên đường, phố\nĐiểm đầu\nĐiểm cuối\n"
     "Chiều dài (m)\n1\nHoàng Văn Thụ\nĐường Lê Duẩn\nCầu Tân An\n850\n2\nPhan Đình Giót (tên cũ: đường Trần "
     "Phú, đoạn qua khu vực Hòa Lợi)\nQuốc lộ 27\nKhu dân cư Phú Mỹ\n1.240",
     {("Cầu Tân An", RD)}),
    ("a work titled by 'Dự án' whose kind takes a name at once, with words before its name (canals); the "
     "province's own theatre and museum, in capitals, with no word between; a body of the province that acts is none",
     "1. Đầu tư Dự án Kênh tưới chính Bắc Tân An, dài 7 km; khởi công Dự án Kênh thoát nước Rạch Gò Sành (giai đoạn "
     "2). 2. Xây dựng Nhà hát tỉnh tại phường Hòa Lợi; nâng cấp Bảo tàng tỉnh; Bệnh viện tỉnh chủ trì khám bệnh.",
     {("Dự án Kênh tưới chính Bắc Tân An", WT), ("Dự án Kênh thoát nước Rạch Gò Sành giai đoạn 2", WT),
      ("Nhà hát tỉnh", OT), ("Bảo tàng tỉnh", OT)}),
    ("a lead-in that calls what it lists works makes each a work, and a relic by its rank is one; an old factory "
     "whose site a new work takes, and works the annex lists ('tại Phụ lục'), are none",
     "1. Tập trung đầu tư các công trình: Trung tâm Sáng tạo Văn hóa Tân An trên cơ sở cải tạo nhà xưởng Nhà máy "
     "Dệt Hòa Lợi cũ; tu bổ di tích quốc gia chùa Phú Mỹ; trùng tu Thánh thất Cao Đài Gò Sành. 2. Thực hiện các dự "
     "án tu bổ công trình tôn giáo tại Phụ lục.",
     {("Trung tâm Sáng tạo Văn hóa Tân An", OT), ("Chùa Phú Mỹ", OT), ("Thánh thất Cao Đài Gò Sành", OT)}),
    ("the items of a section whose heading calls them works are works, with no verb in their own line; the "
     "items of a section of bodies are none",
     "1. Đào tạo\nMở rộng đào tạo.\n2. Đầu tư hạ tầng nghiên cứu và các công trình trọng điểm\na) Trung tâm Thiết "
     "kế vi mạch dùng chung tỉnh Tân An: trang bị hệ thống máy chủ.\nb) Vườn ươm doanh nghiệp công nghệ Hòa Lợi: bố "
     "trí 3.000 m2 mặt sàn.\n3. Các đơn vị thực hiện\na) Trung tâm Y tế Phú Mỹ: tổ chức khám sàng lọc.",
     {("Trung tâm Thiết kế vi mạch dùng chung tỉnh Tân An", OT), ("Vườn ươm doanh nghiệp công nghệ Hòa Lợi", OT)}),
    ("industrial parks and clusters named after the industry they hold",
     "1. Hoàn thiện hạ tầng Khu công nghiệp bán dẫn Tân An và Cụm công nghiệp hỗ trợ bán dẫn Hòa Lợi; lấp đầy Khu "
     "công nghiệp sinh thái Phú Mỹ.",
     {("Khu công nghiệp bán dẫn Tân An", IP), ("Cụm công nghiệp hỗ trợ bán dẫn Hòa Lợi", IC),
      ("Khu công nghiệp sinh thái Phú Mỹ", IP)}),
    ("works of culture and research: a film studio, a craft street, a laboratory at a university, a church to "
     "repair; a pagoda where a ceremony is held is none",
     "1. Kêu gọi nhà đầu tư xây dựng Khu phim trường Tân An; hoàn thành Phố nghề thủ công Hòa Lợi; đầu tư Phòng thí "
     "nghiệm vi mạch tại Trường Đại học Phú Mỹ; tu bổ nhà thờ Gò Sành; tổ chức lễ tại chùa Bến Đình.",
     {("Khu phim trường Tân An", OT), ("Phố nghề thủ công Hòa Lợi", OT),
      ("Phòng thí nghiệm vi mạch tại Trường Đại học Phú Mỹ", OT), ("Nhà thờ Gò Sành", OT)}),
    ("a destination ('điểm đến', its tone written) is no black spot ('điểm đen') of a road, though the two fold the "
     "same without marks; a black spot named as one is",
     "1. Tân An là điểm đến hấp dẫn (Gò Sành, Bến Đình, Hòa Lợi). 2. Xử lý dứt điểm điểm đen "
     "dốc Phú Mỹ trong năm 2028.",
     {("Điểm đen dốc Phú Mỹ", "road")}),
]


def _failures(rows, transform=lambda s: s, compare=lambda got, exp: got == exp):
    out = []
    for why, body, expected in rows:
        got = projects(transform(body), transform(HEAD))
        if not compare(got, expected):
            out.append(f"{why}: {body[:70]!r}\n  missing {sorted(expected - got)}\n  extra   {sorted(got - expected)}")
    return out


def test_project_rows():
    failures = _failures(ROWS)
    assert not failures, "\n".join(failures)


# ---------------------------------------------------------------- damaged copies

# marks a scan loses on the head words (the names keep theirs, as they usually do)
_SCAN = {"công nghiệp": "cong nghiêp", "thủy điện": "thuy điên", "Công nghiệp": "Cong nghiêp"}


def _scan(body: str) -> str:
    for a, b in _SCAN.items():
        body = body.replace(a, b)
    return body


def test_project_rows_with_head_words_damaged_by_a_scan():
    rows = [r for r in ROWS if any(k in r[1] for k in _SCAN)]
    assert len(rows) >= 8
    failures = _failures(rows, _scan, lambda got, exp: _folded(got) == _folded(exp))
    assert not failures, "\n".join(failures)


def _folded(items):
    """Names as a reader matches them on a damaged copy: without marks (the name quotes the text)."""
    from nlpolicy.textfold import fold
    return {(fold(n.lower()), c) for n, c in items}


def _segment(body: str) -> str:
    """The research datasets' form: lower case, some syllables of a word joined by "_"."""
    body = body.lower()
    for w in ("khu công nghiệp", "cụm công nghiệp", "hạ tầng", "hoàn thành", "nhà máy", "thủy điện",
              "phú mỹ", "tân an", "hòa lợi", "dân cư", "huấn luyện", "trên địa bàn"):
        body = body.replace(w, w.replace(" ", "_"))
    return body


def _lower_key(items):
    return {(re.sub(r"\s+", " ", n.lower()), c) for n, c in items}


# what a lower-cased text can and cannot give: lists after a head, numbered roads, a counted
# head's brackets, works anchored by a place word; not names that only capitals would end
LOWER_OK = {"a list shares the head; a bare numeral repeats the stem", "names in brackets after a counted head",
            "head: A (x tỷ đồng), B (y tỷ đồng)", "ring roads and national roads with their numbers",
            "a resettlement project anchored by its village", "generic phrases",
            "a plural described phrase located by a place", "heads inside agencies' names",
            "schemes, plans and laws", "words that hold a head's syllables", "a product brand has no head",
            "a remark in brackets is no list", "a ring without a number is no road",
            "a central hospital's new site, however its grade is written",
            "works between two named ends ('A - B'), which a lower-cased copy keeps whole; a dash before a clause ends none",
            "a numeral ends a work's name ('... Gò Sành 2'); a figure after the name ('trên 2 xã') does not",
            "a work whose kind words stand before its name, a two-syllable name, a bridge by its name; a work of the "
            "province, a length and a verb name nothing (a lower-cased copy bounds each by the clause)",
            "two words of one description joined by 'và' before a place's name; in a lower-cased copy 'và' "
            "joins only "
            "before a place word, so a line that follows a work's name is no part of it",
            "works of one kind in a list, the head repeated after each comma; a class of works by the unit it serves "
            "('đường liên ấp') and a description that goes on past a comma to another kind name none",
            "dikes as a system, a dike's grade, guarding a dike and its crown are no works; a named dike is"}


def test_project_rows_on_lower_cased_word_segmented_text():
    rows = [r for r in ROWS if r[0] in LOWER_OK]
    assert len(rows) == len(LOWER_OK)
    failures = _failures(rows, _segment, lambda got, exp: _lower_key(got) == _lower_key(exp))
    assert not failures, "\n".join(failures)


# ---------------------------------------------------------------- the rule and the data

def test_every_head_row_has_an_invented_example_that_finds_its_head():
    """Each row of project_categories.tsv carries an example; the head is found in it."""
    from nlpolicy.extract.projects import _head_hits
    missing = []
    for h in heads():
        doc = from_raw(RawDocument(path="t.txt", text=HEAD + "1. " + h.example + ".\n", encoding="utf-8"))
        if not any(x.key == h.key or x.key.endswith(h.key) or h.key in x.key for x, _, _ in _head_hits(doc, doc.body.start)):
            missing.append(f"{h.cue}: {h.example}")
    assert not missing, "\n".join(missing)


def test_cue_rows_have_four_columns_and_known_labels():
    labels = {"plural", "count", "agency", "landmark", "address", "lower_stop", "common", "direction", "not_head", "stop", "locator", "place", "intro", "qualifier", "name_qualifier",
              "not_name", "road", "water", "build", "use", "venue"}
    bad = [r for r in read_tsv("project_cues.tsv") if len(r) != 4 or r[1] not in labels]
    assert not bad, bad


def _candidates(text: str, cites=()):
    from nlpolicy.extract.projects import _context, _head_hits, _propose
    from nlpolicy.spans import Spans
    doc = from_raw(RawDocument(path="t.txt", text=HEAD + text + "\n", encoding="utf-8"))
    out = []
    for head, hs, he in _head_hits(doc, doc.body.start):
        out += _propose(doc, head, hs, he, _context(doc, head, hs, he, Spans(cites)))
    return doc, out


def test_every_decision_goes_through_the_rule_and_says_why():
    doc, cands = _candidates("1. Ban Quản lý các Khu công nghiệp Tân An báo cáo; hoàn thành Khu công nghiệp Hòa Lợi.")
    assert all(isinstance(c, ProjectCandidate) for c in cands)
    decisions = [(c.name, decide("project", c)) for c in cands]
    assert [(n, d.label) for n, d in decisions] == [("Khu công nghiệp Tân An", None),
                                                    ("Khu công nghiệp Hòa Lợi", "project")]
    assert "agency" in decisions[0][1].why and decisions[1][1].score >= 0.5
    assert decisions[1][1] == project_rule(cands[1])


def test_a_head_inside_a_citation_is_decided_out():
    doc, cands = _candidates("1. Thực hiện Quyết định số 12/QĐ-UBND về Khu công nghiệp Hòa Lợi.",
                             cites=[(0, 10 ** 6)])
    assert cands and all(decide("project", c).label is None for c in cands)
    assert "citation" in decide("project", cands[0]).why


def test_mentions_quote_the_text_and_lists_give_one_mention_each():
    doc = from_raw(RawDocument(path="t.txt", text=HEAD + "1. Hoàn thành các khu công nghiệp Tân Phước 2, Hòa Lợi I, II.\n",
                               encoding="utf-8"))
    ms = find_project_mentions(doc, doc.body.start)
    assert [m.name for m in ms] == ["Khu công nghiệp Tân Phước 2", "Khu công nghiệp Hòa Lợi I", "Khu công nghiệp Hòa Lợi II"]
    assert all(doc.text[m.start:m.end] == m.text for m in ms)
    assert ms[0].text == "Tân Phước 2"


@pytest.mark.parametrize("text", ["", "1.", "Khu công nghiệp", "dự án", "(((", "đường từ đến", "cụm: (", "Quốc lộ"])
def test_odd_inputs_give_no_project_and_no_error(text):
    assert projects(text) == set()


def test_common_words_of_a_lower_cased_text_leave_out_what_the_dictionary_also_writes_as_a_name():
    """A lower-cased run ending in a common word describes a work ("... kỹ thuật", "chợ đầu mối"); a word the
    dictionary also lists in capitals is a place as often ("Tam Quan", "Yên Bình") and may end a name."""
    from nlpolicy.extract.projects import _common_words
    words = _common_words()
    if not words:
        pytest.skip("underthesea's dictionaries are not installed")
    assert {"kỹ thuật", "đầu mối", "sinh thái"} <= words
    assert not {"tam quan", "yên bình", "đà nẵng"} & words


def test_a_part_of_the_document_ends_no_name_but_a_place_word_like_its_label_does_not():
    """"tại Phụ lục", "tại mục 2": the document's own annex or part names the works, not the phrase; "tại điểm du lịch
    ..." is a place, whose word only looks like a part's label."""
    got = projects("1. Xây dựng Trạm cấp nước sinh hoạt tại điểm dân cư Bến Đình; thực hiện các dự án tu bổ công "
                   "trình tôn giáo tại Phụ lục; xây dựng nhà văn hóa tại mục 2.")
    assert got == {("Trạm cấp nước sinh hoạt tại điểm dân cư Bến Đình", "water")}


def test_a_lower_cased_work_of_up_to_eight_syllables_ends_at_its_clause():
    """A lower-cased, segmented copy cannot end a name by its capitals: a run after a head that closes its clause
    is the work's name when it ends in no word of a kind, up to eight syllables ("trung tâm giống cà phê chất
    lượng cao ea tul;"), not a longer run that is a sentence."""
    head = _segment(HEAD)
    got = projects(_segment("1. Đầu tư trung_tâm giống cà phê chất lượng cao ea tul; hoàn thành nhà_máy chế_biến cà "
                            "phê hòa tan krông ana; xây dựng trung tâm dịch vụ của xã để hỗ trợ người dân tham "
                            "gia sản xuất theo chuỗi liên kết bền vững;"), head)
    assert _lower_key(got) == {("trung tâm giống cà phê chất lượng cao ea tul", "other"),
                               ("nhà máy chế biến cà phê hòa tan krông ana", "other")}
