"""Assignment constructions of the genre (issue 11, item 3), on small documents written for these tests.

Every text here was invented in the style of the genre (DOMAIN.md sections 4 and 4b); none is
taken from a corpus document.  Each row is (document text, expected set of (section, agency,
role, source)); the test collects every failing row before failing.  A second test checks the
example of every row of ``resources/role_cues.tsv``: the table's own examples must give their
role, so the data and the code cannot drift apart.
"""
from __future__ import annotations

import re

import pytest

from nlpolicy.document import from_raw
from nlpolicy.extract.pipeline import extract_document
from nlpolicy.lexicon import read_tsv
from nlpolicy.types import RawDocument

UB, HD = "Ủy ban nhân dân tỉnh", "Hội đồng nhân dân tỉnh"
STC, SXD, SYT, SNV = "Sở Tài chính", "Sở Xây dựng", "Sở Y tế", "Sở Nội vụ"


def extract(text: str):
    return extract_document(from_raw(RawDocument(path="t.txt", text=text, encoding="utf-8")))


def triples(text: str) -> set[tuple[str, str, str, str]]:
    return {(t.section, a.agency, a.role, a.source) for t in extract(text).tasks for a in t.assignments}


PLAN = "ỦY BAN NHÂN DÂN TỈNH\nSố: 21/KH-UBND\nThanh Hóa, ngày 3 tháng 4 năm 2025\n\nKẾ HOẠCH\nvề cải cách hành chính năm 2025\n\n"
REPORT = "SỞ CÔNG THƯƠNG\nSố: 9/BC-SCT\nThanh Hóa, ngày 10 tháng 6 năm 2025\n\nBÁO CÁO\nTình hình thực hiện kế hoạch năm 2025\n\n"
DUTIES = ("ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\nSố: 12/2025/QĐ-UBND\nNinh Bình, ngày 5 tháng 3 năm 2025\n\nQUYẾT ĐỊNH\n"
          "Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Tư pháp tỉnh Ninh Bình\n\n"
          "ỦY BAN NHÂN DÂN TỈNH NINH BÌNH\nCăn cứ Luật Tổ chức chính quyền địa phương;\nQUYẾT ĐỊNH:\n"
          "Điều 1. Vị trí và chức năng\nSở Tư pháp là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh.\n"
          "Điều 2. Nhiệm vụ và quyền hạn\n1. Trình Ủy ban nhân dân tỉnh dự thảo quyết định về lĩnh vực tư pháp.\n"
          "2. Phối hợp với Sở Nội vụ kiểm tra công tác văn thư, lưu trữ.\n3. Hướng dẫn nghiệp vụ hộ tịch cho cấp xã.\n"
          "Điều 3. Hiệu lực thi hành\nQuyết định này có hiệu lực từ ngày 15 tháng 3 năm 2025.\n")
STP = "Sở Tư pháp"
DUTIES_OF_STP = {("D2.1", STP, "lead", "inferred"), ("D2.2", STP, "support", "inferred"),
                 ("D2.2", SNV, "support", "explicit"), ("D2.3", STP, "lead", "inferred")}
COUNCIL = ("<jsontable name=\"bang_0\"> </jsontable>\nNGHỊ QUYẾT\nVỀ NHIỆM VỤ PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2025\n"
           "HỘI ĐỒNG NHÂN DÂN TỈNH THANH HÓA\nCăn cứ Luật Tổ chức chính quyền địa phương;\nQUYẾT NGHỊ:\n")

SCT, NAM_SON = "Sở Công Thương", "Công ty Cổ phần Phát triển hạ tầng Nam Sơn"
INVESTMENT = ("ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\nSố: 88/QĐ-UBND\nNghệ An, ngày 9 tháng 9 năm 2026\n\nQUYẾT ĐỊNH\n"
              "Chấp thuận chủ trương đầu tư đồng thời chấp thuận nhà đầu tư\n\nỦY BAN NHÂN DÂN TỈNH NGHỆ AN\n"
              "Căn cứ Luật Đầu tư;\nQUYẾT ĐỊNH:\n"
              "Điều 1. Chấp thuận chủ trương đầu tư dự án Khu công nghiệp Nam Sơn với các nội dung sau:\n"
              "1. Nhà đầu tư: Công ty Cổ phần Phát triển hạ tầng Nam Sơn.\n2. Quy mô dự án: 120 ha.\n"
              "Điều 2. Tổ chức thực hiện\n1. Trách nhiệm của nhà đầu tư\n"
              "- Triển khai dự án theo đúng tiến độ; báo cáo tình hình thực hiện dự án gửi Sở Công Thương hằng quý.\n"
              "2. Trách nhiệm của các sở, ngành\n- Sở Công Thương hướng dẫn nhà đầu tư thực hiện dự án theo quy định.\n"
              "Điều 3. Quyết định này có hiệu lực kể từ ngày ký.\n")
INVESTMENT_ROLES = {("D2.1", NAM_SON, "lead", "explicit"), ("D2.1", SCT, "report_to", "explicit"),
                    ("D2.2", SCT, "lead", "explicit"), ("D2.2", "Các sở, ngành", "lead", "explicit")}
LETTER = ("SỞ XÂY DỰNG\nSố: 415/SXD-QH\nV/v góp ý hồ sơ thành lập cụm công nghiệp Đồng Văn\n"
          "Quảng Trị, ngày 4 tháng 8 năm 2026\nKính gửi: Sở Công Thương tỉnh Quảng Trị\n\n"
          "Sở Xây dựng nhận được Văn bản số 210/SCT-CN của Sở Công Thương; sau khi nghiên cứu, có ý kiến như sau:\n"
          "1. Về quy hoạch: vị trí cụm công nghiệp phù hợp với quy hoạch tỉnh.\n"
          "2. Về hạ tầng: Do đó, đề nghị rà soát lại quy mô hệ thống thoát nước.\n"
          "Trên đây là ý kiến của Sở Xây dựng, đề nghị Sở Công Thương tổng hợp, báo cáo theo quy định./.\n"
          "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nGIÁM ĐỐC\nLê Văn Nam\n")

TOURISM = ("TỈNH ỦY QUẢNG TRỊ\nSố: 08-NQ/TU\nQuảng Trị, ngày 3 tháng 4 năm 2025\n\nNGHỊ QUYẾT\nvề phát triển du lịch đến năm 2030\n\n"
           "I- MỤC TIÊU\nĐến năm 2030 đón 3 triệu lượt khách.\nII- NHIỆM VỤ VÀ GIẢI PHÁP\n1- Hoàn thiện quy hoạch các khu du lịch.\n"
           "2- Đẩy mạnh xúc tiến, quảng bá.\nIII- TỔ CHỨC THỰC HIỆN\n"
           "1- Ủy ban nhân dân tỉnh xây dựng kế hoạch và tổ chức triển khai Nghị quyết.\n"
           "2- Ban Tuyên giáo Tỉnh ủy chủ trì tuyên truyền Nghị quyết.\n")
TOURISM_ROLES = {("II.1", UB, "lead", "inferred"), ("II.2", UB, "lead", "inferred"), ("III.1", UB, "lead", "explicit"),
                 ("III.2", "Ban Tuyên giáo Tỉnh ủy", "lead", "explicit")}

PROGRAMME = ("ỦY BAN NHÂN DÂN TỈNH\nSố: 30/CTr-UBND\nQuảng Trị, ngày 3 tháng 4 năm 2025\n\nCHƯƠNG TRÌNH HÀNH ĐỘNG\n"
             "thực hiện Nghị quyết số 08-NQ/TU về phát triển du lịch\n\nI. NHIỆM VỤ\n1. Hoàn thiện quy hoạch các khu du lịch.\n"
             "2. Đẩy mạnh xúc tiến, quảng bá.\nII. TỔ CHỨC THỰC HIỆN\n1. Trên cơ sở Nghị quyết số 08-NQ/TU của Tỉnh ủy, Chương "
             "trình hành động của Ủy ban nhân dân tỉnh, các sở, ngành, Ủy ban nhân dân các huyện xây dựng và tổ chức thực hiện "
             "kế hoạch thực hiện Chương trình trong tháng 5 năm 2025.\n")
SN, UBH = "Các sở, ngành", "Ủy ban nhân dân các huyện"

OCR_PROPOSALS = ("I. KẾT QUẢ\nĐã hoàn thành 3 cụm công nghiệp.\nH. TỒN TẠI\nTiến độ còn chậm.\nHI. KIẾN NGHỊ\n"
                 "Sở Công Thương kiến nghị UBND tỉnh xem xét, chỉ đạo một số nội dung sau:\n"
                 "1. Sở Nội vụ: chủ trì, phối hợp với Sở Tài chính rà soát nhu cầu lao động.\n"
                 "2. Công ty Điện lực tỉnh: xây dựng phương án cấp điện cho các cụm công nghiệp.\n")

REPEAL = ("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\nSố: 15/2025/QĐ-UBND\nQuảng Trị, ngày 5 tháng 3 năm 2025\n\nQUYẾT ĐỊNH\n"
          "Về việc bãi bỏ khoản thu đóng góp xây dựng trường học\n\nỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ\n"
          "Căn cứ Luật Tổ chức chính quyền địa phương;\nQUYẾT ĐỊNH:\nĐiều 1. Bãi bỏ khoản thu đóng góp xây dựng trường học.\n"
          "Điều 2. Giao Sở Giáo dục và Đào tạo hướng dẫn các trường thực hiện.\n"
          "Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc các Sở: Tài chính,\nGiáo dục và Đào tạo; Thủ trưởng các sở, ban ngành cấp tỉnh;\n"
          "Ủy ban nhân dân các huyện, thành phố và các tổ chức, cá nhân có\nliên quan chịu trách nhiệm thi hành Quyết định này.\n")

MONITORED = (COUNCIL + "Điều 1. Thông qua nhiệm vụ phát triển kinh tế - xã hội năm 2025:\n1. Phát triển nông nghiệp.\n"
             "2. Phát triển du lịch.\nĐiều 2. Giao Ủy ban nhân dân tỉnh tổ chức triển khai thực hiện Nghị quyết này.\n"
             "Điều 3. Giao Thường trực Hội đồng nhân dân, các Ban Hội đồng nhân dân tỉnh giám sát viêc tổ chức triển khai "
             "thực hiện Nghị quyết này.\n")
TT_HD, BAN_HD = "Thường trực Hội đồng nhân dân tỉnh", "Các Ban của Hội đồng nhân dân tỉnh"

ASK_MINISTRY = ("1. Kết quả\nĐã cấp 12 giấy phép khai thác.\n2. Khó khăn\nCòn khai thác trái phép.\n3. Đề xuất, kiến nghị\n"
                "Đề nghi Bộ Nông nghiệp và Môi trường:\n(1). Xem xét, sửa đổi quy định về tiền cấp quyền khai thác khoáng sản.\n"
                "(2). Hướng dẫn thống nhất việc thu hồi giấy phép.\n")
BNN = "Bộ Nông nghiệp và Môi trường"

DIRECTIVE = ("ỦY BAN NHÂN DÂN\nTỈNH LONG AN\nSố: 09/CT-UBND\nLong An, ngày 5 tháng 3 năm 2025\n\nCHỈ THỊ\n"
             "Về việc xây dựng kế hoạch năm 2026\n\nI. NHIỆM VỤ\n1. Đánh giá tình hình thực hiện kế hoạch năm 2025.\n"
             "2. Xây dựng kế hoạch năm 2026.\nII. TỔ CHỨC THỰC HIỆN\nỦy ban nhân dân tỉnh yêu câu thủ trưởng các sở, ban, "
             "ngành tỉnh và Chủ tịch Ủy ban nhân dân các huyện tổ chức thực hiện nghiêm túc Chỉ thị này.\n")

ADOPTED = (COUNCIL + "Điều 1. Thông qua báo cáo tình hình kinh tế - xã hội năm 2024.\n"
           "Điều 2. Hội đồng nhân dân tỉnh thống nhât thông qua các nhiệm vụ, giải pháp chủ yếu năm 2025 như sau:\n"
           "1. Phát triển nông nghiệp công nghệ cao.\n2. Các sở, ngành đẩy mạnh cải cách hành chính.\n"
           "Điều 3. Hội đồng nhân dân tỉnh giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết.\n")

DISPATCH = ("ỦY BAN NHÂN DÂN\nTỈNH AN BÌNH\nSố: 31/CĐ-UBND\nAn Bình, ngày 25 tháng 10 năm 2027\n\nCÔNG ĐIỆN\n"
            "Về việc ứng phó khẩn cấp với bão số 9\n\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:\n- Giám đốc các sở, ban, ngành;\n"
            "- Chủ tịch Ủy ban nhân dân các xã, phường.\n\nĐể chủ động ứng phó, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu "
            "Giám đốc các sở, ban, ngành, Chủ tịch Ủy ban nhân dân các xã, phường triển khai ngay các nội dung sau:\n"
            "1. Bộ Chỉ huy Quân sự tỉnh, Công an tỉnh bố trí lực lượng tại các địa bàn trọng điểm.\n"
            "2. Sở Y tế chỉ đạo các bệnh viện bố trí lực lượng trực cấp cứu 24/24 giờ.\n"
            "3. Sở Nông nghiệp và Môi trường (cơ quan thường trực về phòng, chống thiên tai):\n"
            "- Theo dõi chặt chẽ diễn biến của bão.\n- Tổng hợp thiệt hại, báo cáo Ủy ban nhân dân tỉnh.\n"
            "Giám đốc các sở, ban, ngành, Chủ tịch Ủy ban nhân dân các xã, phường chịu trách nhiệm trước Chủ tịch Ủy "
            "ban nhân dân tỉnh nếu để xảy ra thiệt hại về người./.\n")
SNN = "Sở Nông nghiệp và Môi trường"

REGULATION = ("ỦY BAN NHÂN DÂN\nTỈNH AN BÌNH\nSố: 21/2027/QĐ-UBND\nAn Bình, ngày 6 tháng 5 năm 2027\n\nQUY ĐỊNH\n"
              "Phân cấp quản lý công trình cấp nước nông thôn\n\nChương I\nQUY ĐỊNH CHUNG\nĐiều 1. Đối tượng áp dụng\n"
              "Các sở, ban, ngành; Ủy ban nhân dân các xã, phường, đặc khu (sau đây gọi chung là Ủy ban nhân dân cấp xã).\n"
              "Chương II\nTRÁCH NHIỆM\nĐiều 2. Trách nhiệm của Sở Y tế và các cơ quan liên quan\n"
              "1. Sở Y tế giao Trung tâm Kiểm soát bệnh tật tỉnh kiểm tra chất lượng nước định kỳ 6 tháng một lần.\n"
              "2. Sở Xây dựng hướng dẫn tiêu chuẩn thiết kế công trình cấp nước.\n"
              "Điều 3. Trách nhiệm của Ủy ban nhân dân cấp xã\nTuyên truyền người dân sử dụng nước sạch tiết kiệm.\n")

CLUSTER_RULES = ("ỦY BAN NHÂN DÂN\nTỈNH AN BÌNH\nSố: 14/2027/QĐ-UBND\nAn Bình, ngày 6 tháng 5 năm 2027\n\nQUY CHẾ\n"
                 "Quản lý cụm công nghiệp\n\n")

WARD_PLAN = ("ỦY BAN NHÂN DÂN\nPHƯỜNG HÒA LỢI\nSố: 77/KH-UBND\nHòa Lợi, ngày 6 tháng 5 năm 2026\n\nKẾ HOẠCH\n"
             "Giữ gìn trật tự đô thị năm 2026\n\nI. MỤC ĐÍCH\nLập lại trật tự vỉa hè.\nII. NHIỆM VỤ\n"
             "1. Tuyên truyền quy định về trật tự đô thị đến từng hộ kinh doanh.\n"
             "2. Kiểm tra, xử lý lấn chiếm vỉa hè, lòng đường.\nIII. TỔ CHỨC THỰC HIỆN\n"
             "1. Phòng Văn hóa - Xã hội\nChủ trì thực hiện các nhiệm vụ tại mục 1 Phần II; tổng hợp ý kiến người dân.\n"
             "2. Công an phường\nChủ trì, phối hợp với Phòng Kinh tế, Hạ tầng và Đô thị thực hiện nhiệm vụ tại mục 2 Phần II.\n\n"
             "Nơi nhận:\n- Như mục III;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nTrần Văn Lâm\n\n"
             "PHỤ LỤC\nSTT\nNội dung\nCơ quan chủ trì\nCơ quan phối hợp\nThời gian\n"
             "1\nCắm mốc chỉ giới vỉa hè\nPhòng KT-HT-ĐT\nBan điều hành khu phố 2, khu phố 6\nQuý III/2026\n"
             "2\nCông khai kết quả xử lý\nVăn phòng HĐND và UBND phường\nBan điều hành các khu phố\nQuý IV/2026\n")

BCH = "Ban Chấp hành Đảng bộ tỉnh"
CONGRESS = ("ĐẢNG BỘ TỈNH KON TUM\nĐẠI HỘI ĐẠI BIỂU LẦN THỨ XVII\nSố 01-NQ/ĐH\nKon Tum, ngày 20 tháng 10 năm 2025\n\n"
            "NGHỊ QUYẾT\nĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ TỈNH LẦN THỨ XVII\n\nQUYẾT NGHỊ:\nI- MỤC TIÊU\n"
            "Đến năm 2030, tỉnh phát triển khá.\nII- NHIỆM VỤ, GIẢI PHÁP\n1. Phát triển kinh tế rừng gắn với du lịch sinh thái.\n"
            "2. Đổi mới phương thức lãnh đạo; Ủy ban Kiểm tra Tỉnh ủy kiểm tra việc thực hiện.\nIII- TỔ CHỨC THỰC HIỆN\n"
            "1. Ban Chấp hành Đảng bộ tỉnh có trách nhiệm lãnh đạo, chỉ đạo tổ chức thực hiện thắng lợi Nghị quyết Đại hội.\n")

JOINT_PLAN = ("BAN THƯỜNG VỤ TỈNH ĐOÀN - SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH\nSố: 07/KHLT-TĐTN-SVHTTDL\n"
              "Lâm Đồng, ngày 12 tháng 2 năm 2027\n\nKẾ HOẠCH LIÊN TỊCH\nvề phát triển phong trào văn nghệ thanh niên "
              "giai đoạn 2027 - 2030\n\nI. MỤC ĐÍCH\nPhát huy vai trò của thanh niên.\nII. NỘI DUNG THỰC HIỆN\n"
              "1. Liên hoan ca khúc thanh niên\nTổ chức liên hoan cấp tỉnh hằng năm.\n- Thời gian: tháng 3 hằng năm.\n"
              "- Đơn vị thực hiện: Ban Tuyên giáo Tỉnh đoàn chủ trì; Phòng Thông tin - Truyền thông (Sở Văn hóa, Thể "
              "thao và Du lịch) hướng dẫn chuyên môn.\n"
              "2. Đội văn nghệ xung kích\nThành lập đội văn nghệ xung kích tại các xã, phường.\n"
              "- Đơn vị thực hiện: Sở Văn hóa, Thể thao và Du lịch (Phòng Quản lý văn hóa) chủ trì; Ban Phong trào "
              "Tỉnh đoàn hỗ trợ nhạc cụ; đề nghị Ủy ban nhân dân các xã, phường tạo điều kiện về địa điểm.\n"
              "3. Sơ kết, tổng kết\nSơ kết vào năm 2028, tổng kết trong quý IV/2030.\n"
              "III. KINH PHÍ\n1. Hằng năm, căn cứ nội dung Kế hoạch, Văn phòng Tỉnh đoàn lập dự toán, gửi Sở Tài chính "
              "thẩm định.\nIV. TỔ CHỨC THỰC HIỆN\n1. Ban Thường vụ Tỉnh đoàn và Sở Văn hóa, Thể thao và Du lịch tổ chức "
              "thực hiện Kế hoạch liên tịch này.\n")

ROWS = [
    # the stations a count of their kind introduces after a verb that repairs them are works, not doers; a station that
    # acts leads its own item
    (PLAN + "I. NHIỆM VỤ\n1. Sở Y tế chủ trì nâng cấp, cải tạo 03 trạm y tế xã, trong đó hoàn thành trước ngày "
     "31/12/2025 đối với 02 trạm xuống cấp nặng: Trạm Y tế xã Tân An, Trạm Y tế xã Hòa Lợi.\n2. Trạm Y tế xã Phú Mỹ tổ "
     "chức khám sàng lọc cho người cao tuổi.\n",
     {("I.1", "Sở Y tế", "lead", "explicit"), ("I.2", "Trạm Y tế xã Phú Mỹ", "lead", "explicit")}),
    # the schools listed under "tại các trường:" are where the pilot is done, not its doers; the body that leads the
    # next item still leads it (and "những tồn tại ...:" is no place)
    (PLAN + "I. NHIỆM VỤ\n1. Thí điểm dạy học bằng tiếng Anh\n- Năm học 2028 - 2029, thí điểm dạy học môn Toán bằng "
     "tiếng Anh tại các trường:\n+ Cấp tiểu học: Trường Tiểu học Hòa Lợi; Trường Tiểu học Tân An.\n+ Cấp THCS: Trường "
     "THCS Phú Mỹ.\n2. Sở Y tế chỉ đạo khắc phục những tồn tại sau:\n- Trung tâm Y tế khu vực Tân An rà soát hồ sơ.\n",
     {("I.2", "Sở Y tế", "lead", "explicit"), ("I.2", "Trung tâm Y tế khu vực Tân An", "lead", "explicit")}),
    # the council adopting the tasks ("thống nhất thông qua", a scan's "thống nhât") is not their doer; the
    # executor takes the item that names none (DOMAIN.md 4b), not the one that does
    (ADOPTED, {("D2.1", UB, "lead", "inferred"), ("D2.2", "Các sở, ngành", "lead", "explicit"),
               ("D3", UB, "lead", "explicit")}),
    # the issuer asks the bodies after "yêu cầu" (a scan's "yêu câu") to carry the directive out: they, not
    # the issuer, are its executors
    (DIRECTIVE, {("I.2", "Các sở, ban, ngành", "lead", "inferred"), ("I.2", "Ủy ban nhân dân các huyện", "lead", "inferred")}),
    # a report's request to a ministry hands it the items below, also when a scan lost a mark ("Đề nghi")
    (REPORT + ASK_MINISTRY, {("3", BNN, "lead", "explicit"), ("3.1", BNN, "lead", "inferred"), ("3.2", BNN, "lead", "inferred")}),
    # the bodies that monitor the resolution ("giám sát viêc": a scan lost a mark) do not carry out its tasks
    (MONITORED, {("D1.1", UB, "lead", "inferred"), ("D1.2", UB, "lead", "inferred"), ("D2", UB, "lead", "explicit"),
                 ("D3", BAN_HD, "lead", "explicit"), ("D3", TT_HD, "lead", "explicit")}),
    # an article headed "Giám sát thực hiện" is the resolution's organisation: the bodies that supervise lead
    # that task without a "Giao" before them (individual deputies are no assignees)
    (COUNCIL + "Điều 1. Thông qua nhiệm vụ năm 2025.\nĐiều 2. Tổ chức thực hiện\n1. Giao Ủy ban nhân dân tỉnh tổ "
     "chức thực hiện Nghị quyết này.\nĐiều 3. Giám sát thực hiện\n1. Thường trực Hội đồng nhân dân tỉnh, các Ban của "
     "Hội đồng nhân dân tỉnh, các Tổ đại biểu và đại biểu Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết.\n",
     {("D1", UB, "lead", "inferred"), ("D2.1", UB, "lead", "explicit"), ("D3.1", TT_HD, "lead", "explicit"),
      ("D3.1", BAN_HD, "lead", "explicit"),
      ("D3.1", "Các Tổ đại biểu Hội đồng nhân dân tỉnh", "lead", "explicit")}),
    # an item that gives the resolution to a body, then asks it to direct the points below: the body leads the
    # item (its own clauses) and each point, beside the body a point names (a second "giao" names nobody)
    (COUNCIL + "Điều 1. Thông qua danh mục dự án.\nĐiều 2. Tổ chức thực hiện\n1. Giao Ủy ban nhân dân tỉnh tổ chức "
     "thực hiện Nghị quyết này; giao chi tiết kế hoạch vốn cho từng dự án; chỉ đạo các cơ quan, đơn vị thực hiện các "
     "nhiệm vụ sau:\na) Sở Tài chính chủ trì bố trí vốn, báo cáo Ủy ban nhân dân tỉnh trước ngày 30/9/2026;\n"
     "b) Sở Xây dựng phối hợp với Sở Y tế hoàn thiện hồ sơ bệnh viện;\nc) Rà soát quy hoạch sử dụng đất.\n",
     {("D2.1", UB, "lead", "explicit"), ("D2.1.a", STC, "lead", "explicit"),
      ("D2.1.a", UB, "lead", "explicit"), ("D2.1.a", UB, "report_to", "explicit"), ("D2.1.b", SXD, "support", "explicit"),
      ("D2.1.b", SYT, "support", "explicit"), ("D2.1.b", UB, "lead", "explicit"), ("D2.1.c", UB, "lead", "explicit")}),
    # ... but a report's proposal that a body direct the points leaves each point to the body it names
    (REPORT + "1. Kết quả\nĐã thành lập 02 cụm công nghiệp.\n2. Kiến nghị\nSở Công Thương kiến nghị Ủy ban nhân dân "
     "tỉnh xem xét, chỉ đạo thực hiện một số nội dung sau:\na) Sở Tài chính bố trí vốn hỗ trợ hạ tầng cụm công nghiệp.\n"
     "b) Bố trí vốn giải phóng mặt bằng.\n",
     {("2", UB, "lead", "explicit"), ("2.a", STC, "lead", "explicit"), ("2.b", UB, "lead", "inferred")}),
    # a directive's preamble that asks named bodies to carry out the items below: they lead every item and point,
    # beside the body an item names; a title over points and the organisation part get none of them
    ("TỈNH ỦY THANH HÓA\nSố 5-CT/TU\nThanh Hóa, ngày 3 tháng 3 năm 2026\n\nCHỈ THỊ\nvề chuyển đổi số\n\n"
     "Ban Thường vụ Tỉnh ủy yêu cầu Ban Tuyên giáo và Dân vận Tỉnh ủy, Ủy ban Kiểm tra Tỉnh ủy thực hiện tốt "
     "một số nhiệm vụ trọng tâm sau:\n1. Sở Tài chính bố trí kinh phí cho chuyển đổi số.\n2. Phát triển hạ tầng số\n"
     "a) Sở Xây dựng rà soát quy hoạch hạ tầng viễn thông.\n3. Tổ chức thực hiện\n"
     "a) Văn phòng Tỉnh ủy theo dõi, đôn đốc việc thực hiện Chỉ thị.\n",
     {("1", STC, "lead", "explicit"), ("1", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "lead", "explicit"),
      ("1", "Ủy ban Kiểm tra Tỉnh ủy", "lead", "explicit"),
      ("2.a", SXD, "lead", "explicit"), ("2.a", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "lead", "explicit"),
      ("2.a", "Ủy ban Kiểm tra Tỉnh ủy", "lead", "explicit"),
      ("3.a", "Văn phòng Tỉnh ủy", "lead", "explicit")}),
    # ... but a preamble addressed to the whole political system (the party's committees with the authorities or
    # the Front) is a directive's formula for everyone: an item or point that names its own body is that body's
    ("TỈNH ỦY THANH HÓA\nSố 5-CT/TU\nThanh Hóa, ngày 3 tháng 3 năm 2026\n\nCHỈ THỊ\nvề chuyển đổi số\n\n"
     "Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy, Mặt trận Tổ quốc và các tổ chức chính trị - xã hội thực hiện tốt "
     "một số nhiệm vụ trọng tâm sau:\n1. Sở Tài chính bố trí kinh phí cho chuyển đổi số.\n2. Phát triển hạ tầng số\n"
     "a) Sở Xây dựng rà soát quy hoạch hạ tầng viễn thông.\n3. Tổ chức thực hiện\n"
     "a) Văn phòng Tỉnh ủy theo dõi, đôn đốc việc thực hiện Chỉ thị.\n",
     {("1", STC, "lead", "explicit"), ("2.a", SXD, "lead", "explicit"),
      ("3.a", "Văn phòng Tỉnh ủy", "lead", "explicit")}),
    # the execution formula broken into lines by a scan (a line ending in ";"): still a formula, no task
    (REPEAL, {("D2", "Sở Giáo dục và Đào tạo", "lead", "explicit")}),
    # a part whose Roman number a scan misprinted ("HI." for III) is read after its number as the parser
    # read it: its intro and items keep their bodies
    (REPORT + OCR_PROPOSALS, {("III", UB, "lead", "explicit"), ("III.1", SNV, "lead", "explicit"),
                              ("III.1", STC, "support", "explicit"), ("III.2", "Công ty Điện lực tỉnh", "lead", "explicit")}),
    # a list after "phối hợp với" keeps its cue when its first item is a body the lexicon does not know
    (PLAN + "I. NHIỆM VỤ\n1. Phối hợp với Liên đoàn Lao động Quảng Trị, Sở Văn hóa, Thể thao và Du lịch tổ chức hội chợ.\n",
     {("I.1", "Sở Văn hóa, Thể thao và Du lịch", "support", "explicit")}),
    (PLAN + "I. NHIỆM VỤ\n1. Phối hợp với các cơ quan Đảng, Tòa án nhân dân tỉnh bảo đảm liên thông dữ liệu.\n",
     {("I.1", "Các cơ quan Đảng", "support", "explicit"), ("I.1", "Tòa án nhân dân tỉnh", "support", "explicit")}),
    # the executor sentence's lead-in names documents and their owners ("Chương trình hành động của Ủy ban nhân
    # dân tỉnh"): the owners are not its doers
    (PROGRAMME, {("I.1", SN, "lead", "inferred"), ("I.1", UBH, "lead", "inferred"), ("I.2", SN, "lead", "inferred"),
                 ("I.2", UBH, "lead", "inferred"), ("II.1", SN, "lead", "explicit"), ("II.1", UBH, "lead", "explicit")}),
    # the executor sentence of the organisation part gives the tasks their doer, also when a scan lost a
    # tone mark in it ("Nghi quyết", "kê hoạch"): the cue matches on the folded text
    (TOURISM, TOURISM_ROLES),
    (TOURISM.replace("triển khai Nghị quyết.", "triển khai Nghi quyết.").replace("dựng kế hoạch", "dựng kê hoạch"),
     TOURISM_ROLES),
    # "gửi", "đồng gửi": report_to; "X phối hợp với Y thực hiện Z" with nobody chủ trì: both support (4b)
    (PLAN + "I. NHIỆM VỤ\n1. Sở Y tế phối hợp với Sở Tài chính hướng dẫn thủ tục thanh toán.\n"
     "2. Giao Sở Nội vụ tổng hợp kết quả, gửi Sở Tài chính trước ngày 15/12/2025.\n",
     {("I.1", SYT, "support", "explicit"), ("I.1", STC, "support", "explicit"),
      ("I.2", SNV, "lead", "explicit"), ("I.2", STC, "report_to", "explicit")}),
    # a body that monitors leads the monitoring, even when it "phối hợp với" another
    (PLAN + "I. NHIỆM VỤ\n1. Sở Nội vụ phối hợp với Sở Tài chính theo dõi, đôn đốc việc thực hiện Kế hoạch.\n",
     {("I.1", SNV, "lead", "explicit"), ("I.1", STC, "support", "explicit")}),
    # "chỉ đạo X ...": the body directed does the work; "do X chủ trì" leads, "do X đề xuất" does not
    (PLAN + "I. NHIỆM VỤ\n1. Đề nghị Ủy ban nhân dân tỉnh chỉ đạo Sở Xây dựng hoàn thành thủ tục trong quý II/2025.\n"
     "2. Dự án do Sở Y tế chủ trì triển khai; đề án do Sở Nội vụ đề xuất được bổ sung vốn.\n",
     {("I.1", UB, "lead", "explicit"), ("I.1", SXD, "lead", "explicit"), ("I.2", SYT, "lead", "explicit")}),
    # a trailing label and a heading "Đối với X:" give the lead
    (PLAN + "I. NHIỆM VỤ\n1. Kiểm tra an toàn thực phẩm tại các chợ.\nTrách nhiệm chỉ đạo thực hiện: Sở Y tế.\n"
     "2. Đối với Sở Xây dựng:\na) Rà soát quy hoạch chung.\nb) Hướng dẫn cấp phép xây dựng.\n",
     {("I.1", SYT, "lead", "explicit"), ("I.2.a", SXD, "lead", "explicit"), ("I.2.b", SXD, "lead", "explicit")}),
    # an intro whose subjects take the items below
    (PLAN + "I. NHIỆM VỤ\nSở Tài chính, Sở Xây dựng cần tập trung thực hiện các nhiệm vụ sau:\n"
     "1. Rà soát danh mục dự án.\n2. Đẩy nhanh giải ngân vốn đầu tư công.\n",
     {("I.1", STC, "lead", "explicit"), ("I.1", SXD, "lead", "explicit"),
      ("I.2", STC, "lead", "explicit"), ("I.2", SXD, "lead", "explicit")}),
    # a long lead-in before the subject
    (PLAN + "I. NHIỆM VỤ\n1. Trên cơ sở nhiệm vụ được giao tại Kế hoạch này; căn cứ chức năng, nhiệm vụ, Sở Xây dựng "
     "có trách nhiệm xây dựng kế hoạch chi tiết của ngành.\n",
     {("I.1", SXD, "lead", "explicit")}),
    # a people's council: the executor by "giao ... tổ chức thực hiện Nghị quyết", supervision as a task,
    # no individual deputies, the council itself deciding is no assignee
    (COUNCIL + "Điều 1. Hội đồng nhân dân tỉnh thống nhất đánh giá kết quả năm 2024.\n"
     "Điều 2. Nhiệm vụ, giải pháp chủ yếu năm 2025\n1. Đẩy mạnh cải cách hành chính.\n2. Phát triển du lịch.\n"
     "Điều 3. Hội đồng nhân dân tỉnh giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết.\n"
     "Hội đồng nhân dân tỉnh giao Thường trực Hội đồng nhân dân tỉnh, các Ban của Hội đồng nhân dân tỉnh và "
     "đại biểu Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết.\n"
     "Nghị quyết này đã được Hội đồng nhân dân tỉnh Thanh Hóa khóa XVIII, kỳ họp thứ 20 thông qua ngày 10 tháng 12 năm 2024.\n",
     {("D2.1", UB, "lead", "inferred"), ("D2.2", UB, "lead", "inferred"), ("D3", UB, "lead", "explicit"),
      ("D3", "Thường trực Hội đồng nhân dân tỉnh", "lead", "explicit"),
      ("D3", "Các Ban của Hội đồng nhân dân tỉnh", "lead", "explicit")}),
    # the execution clause of a decision is a formula, not a task
    ("ỦY BAN NHÂN DÂN TỈNH\nSố: 30/2025/QĐ-UBND\nThanh Hóa, ngày 3 tháng 4 năm 2025\n\nQUYẾT ĐỊNH\nvề việc ban hành quy định\n\n"
     "Điều 1. Ban hành kèm theo Quyết định này Quy định về quản lý chợ.\n"
     "Điều 2. Giao Sở Công Thương hướng dẫn thực hiện Quy định.\n"
     "Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Tài chính và Thủ trưởng các cơ quan liên quan "
     "chịu trách nhiệm thi hành Quyết định này.\n",
     {("D2", "Sở Công Thương", "lead", "explicit")}),
    # ... and so is the closing article of the regulation it issues ("thi hành Quy chế này")
    (PLAN + "I. NHIỆM VỤ\n1. Sở Nội vụ hướng dẫn thực hiện Quy chế.\n2. Giám đốc các sở, thủ trưởng các ban, ngành tỉnh, "
     "Chủ tịch Ủy ban nhân dân các xã, phường chịu trách nhiệm thi hành Quy chế này.\n",
     {("I.1", SNV, "lead", "explicit")}),
    # ... and a decree's ("Các Bộ trưởng, ... chịu trách nhiệm thi hành Nghị định này")
    ("CHÍNH PHỦ\nSố: 12/2027/NĐ-CP\nHà Nội, ngày 5 tháng 3 năm 2027\n\nNGHỊ ĐỊNH\nQuy định chính sách hỗ trợ hợp tác "
     "xã\n\nChương I\nTỔ CHỨC THỰC HIỆN\nĐiều 1. Trách nhiệm của Bộ Tài chính\nHướng dẫn thực hiện Nghị định.\n"
     "Điều 2. Trách nhiệm thi hành\nCác Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ, Chủ "
     "tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương chịu trách nhiệm thi hành Nghị định này./.\n",
     {("I.D1", "Bộ Tài chính", "lead", "explicit")}),
    # an article on the duties of the communes where the works lie: the place it names them by is part of the name
    (CLUSTER_RULES + "Chương I\nTRÁCH NHIỆM\nĐiều 1. Trách nhiệm của Ủy ban nhân dân các xã, phường nơi có "
     "cụm công nghiệp\n1. Tổ chức bồi thường, giải phóng mặt bằng cụm công nghiệp trên địa bàn.\n"
     "2. Quản lý trật tự xây dựng trong cụm công nghiệp.\n",
     {("I.D1.1", "Ủy ban nhân dân các xã, phường", "lead", "explicit"),
      ("I.D1.2", "Ủy ban nhân dân các xã, phường", "lead", "explicit")}),
    # a regulation's procedure: each step a body opens with its verb is that body's duty (not the issuer's own
    # decision, nor a leave "được ...", nor a body's name alone on a line)
    (CLUSTER_RULES + "Chương I\nTHỦ TỤC\nĐiều 1. Thành lập cụm công nghiệp\n1. Sở Công Thương tiếp nhận hồ sơ, "
     "lấy ý kiến các sở.\n2. Ủy ban nhân dân tỉnh quyết định thành lập cụm công nghiệp.\n3. Ủy ban nhân dân xã Tân An được "
     "phê duyệt khu tái định cư mà không phải lập lại hồ sơ.\n4. Nơi cấp:\nCục Cảnh sát Quản lý hành chính về trật tự xã hội.\n"
     "Chương II\nTRÁCH NHIỆM\nĐiều 2. Trách nhiệm của Sở Tài chính\nBố trí kinh phí.\n",
     {("I.D1.1", "Sở Công Thương", "lead", "explicit"), ("II.D2", "Sở Tài chính", "lead", "explicit")}),
    # a decree's chapter of support levels is no tasks part, but a body that opens a clause with its verb and a
    # deadline there has a duty; a level of support does not
    (CLUSTER_RULES + "Chương I\nCÁC CHÍNH SÁCH HỖ TRỢ\nĐiều 1. Hỗ trợ xây dựng nhà kho\n1. Mức hỗ trợ tối đa 60% tổng "
     "mức đầu tư.\n2. Ủy ban nhân dân tỉnh phê duyệt danh mục dự án được hỗ trợ trước ngày 30 tháng 9 hằng năm.\n"
     "Chương II\nTỔ CHỨC THỰC HIỆN\nĐiều 2. Trách nhiệm của Sở Tài chính\nBố trí kinh phí.\n",
     {("I.D1.2", UB, "lead", "explicit"), ("II.D2", "Sở Tài chính", "lead", "explicit")}),
    # ... and so is a directive's last line, which asks every body to carry it out
    (PLAN + "I. NHIỆM VỤ\n1. Sở Nội vụ hướng dẫn thực hiện.\nYêu cầu Giám đốc các sở, Thủ trưởng các ban, ngành tỉnh, "
     "Chủ tịch Ủy ban nhân dân các xã, phường nghiêm túc thực hiện Chỉ thị này./.\n",
     {("I.1", SNV, "lead", "explicit")}),
    # outside the tasks parts an explicit construction still makes a task; a past deed does not
    (PLAN + "I. TÌNH HÌNH\nỦy ban nhân dân tỉnh đã chỉ đạo rà soát các thủ tục.\nGiao Sở Nội vụ chủ trì tổng kết mô hình một cửa.\n"
     "II. NHIỆM VỤ\n1. Sở Tài chính bố trí kinh phí.\n",
     {("I", SNV, "lead", "explicit"), ("II.1", STC, "lead", "explicit")}),
    # the director and the directed are both the executor of the whole resolution
    ("TỈNH ỦY THANH HÓA\nSố 12-NQ/TU\nThanh Hóa, ngày 3 tháng 4 năm 2025\n\nNGHỊ QUYẾT\nvề phát triển du lịch\n\n"
     "I. NHIỆM VỤ, GIẢI PHÁP\n1. Phát triển sản phẩm du lịch.\n"
     "II. TỔ CHỨC THỰC HIỆN\n1. Ban cán sự đảng Ủy ban nhân dân tỉnh lãnh đạo Ủy ban nhân dân tỉnh xây dựng kế hoạch "
     "thực hiện Nghị quyết.\n",
     {("I.1", "Ban Cán sự đảng Ủy ban nhân dân tỉnh", "lead", "inferred"), ("I.1", UB, "lead", "inferred"),
      ("II.1", "Ban Cán sự đảng Ủy ban nhân dân tỉnh", "lead", "explicit"), ("II.1", UB, "lead", "explicit")}),
    # committees that study the resolution and make their own programmes of it ("quán triệt ..., xây dựng chương
    # trình hành động thực hiện Nghị quyết") do not carry out its tasks for all: the body that does takes them
    ("TỈNH ỦY NINH BÌNH\nSố 21-NQ/TU\nNinh Bình, ngày 8 tháng 9 năm 2026\n\nNGHỊ QUYẾT\nvề phát triển làng nghề\n\n"
     "I. NHIỆM VỤ, GIẢI PHÁP\n1. Phát triển thương hiệu sản phẩm làng nghề.\n"
     "II. TỔ CHỨC THỰC HIỆN\n1. Các đảng ủy trực thuộc Tỉnh ủy tổ chức quán triệt Nghị quyết, xây dựng chương trình "
     "hành động thực hiện Nghị quyết phù hợp với thực tế địa phương.\n2. Đảng ủy Ủy ban nhân dân tỉnh lãnh đạo, chỉ đạo "
     "xây dựng kế hoạch thực hiện Nghị quyết.\n",
     {("I.1", "Đảng ủy Ủy ban nhân dân tỉnh", "lead", "inferred"),
      ("II.1", "Các đảng ủy trực thuộc Tỉnh ủy", "lead", "explicit"),
      ("II.2", "Đảng ủy Ủy ban nhân dân tỉnh", "lead", "explicit")}),
    # ... but when they are the only ones named, the tasks are theirs
    ("TỈNH ỦY NINH BÌNH\nSố 22-NQ/TU\nNinh Bình, ngày 8 tháng 9 năm 2026\n\nNGHỊ QUYẾT\nvề phát triển làng nghề\n\n"
     "I. NHIỆM VỤ, GIẢI PHÁP\n1. Phát triển thương hiệu sản phẩm làng nghề.\n"
     "II. TỔ CHỨC THỰC HIỆN\n1. Các đảng ủy trực thuộc Tỉnh ủy tổ chức quán triệt Nghị quyết, xây dựng chương trình "
     "hành động thực hiện Nghị quyết phù hợp với thực tế địa phương.\n",
     {("I.1", "Các đảng ủy trực thuộc Tỉnh ủy", "lead", "inferred"),
      ("II.1", "Các đảng ủy trực thuộc Tỉnh ủy", "lead", "explicit")}),
    # the body urged to hand the work on answers for it ("hướng dẫn X giao Y ..."); one only guided
    # to agree on something ("hướng dẫn X thống nhất ...") is no assignee
    (PLAN + "I. NHIỆM VỤ\n1. Sở Xây dựng hướng dẫn Ủy ban nhân dân các huyện giao phòng chuyên môn lập hồ sơ.\n"
     "2. Sở Y tế chủ trì, hướng dẫn Ủy ban nhân dân các huyện thống nhất danh mục thuốc.\n",
     {("I.1", SXD, "lead", "explicit"), ("I.1", "Ủy ban nhân dân các huyện", "lead", "explicit"),
      ("I.2", SYT, "lead", "explicit")}),
    # in a report an item that is stuck is still open, a past deed is not; a body in brackets after a
    # semicolon is no subject (the investor of the item)
    (REPORT + "I. KẾT QUẢ\n1. Chợ đầu mối phía Nam: Sở Tài chính đã thẩm định hồ sơ.\n"
     "2. Chợ đầu mối phía Bắc (xã An Phú, 20 ha; Công ty cổ phần Chợ An Phú): hồ sơ đang vướng mắc do chồng "
     "lấn ranh giới; Sở Xây dựng chủ trì rà soát.\n",
     {("I.2", SXD, "lead", "explicit")}),
    # the body that "chủ trì ... hướng dẫn, chỉ đạo thực hiện" the whole document (named by its heading)
    # takes the tasks that name nobody, not the bodies that each plan their own share
    ("THỦ TƯỚNG CHÍNH PHỦ\nSố: 77/QĐ-TTg\nHà Nội, ngày 3 tháng 4 năm 2025\n\nQUYẾT ĐỊNH\nPhê duyệt Chiến lược phát "
     "triển ngành muối\n\nĐiều 1. Phê duyệt Chiến lược phát triển ngành muối với những nội dung sau:\nI. QUAN ĐIỂM\n"
     "1. Phát triển bền vững.\nII. NHIỆM VỤ VÀ GIẢI PHÁP\n1. Hoàn thiện thể chế về sản xuất muối.\n"
     "Điều 2. Tổ chức thực hiện\n1. Căn cứ chức năng, nhiệm vụ được giao, các bộ, ngành có trách nhiệm xây dựng kế hoạch "
     "tổ chức thực hiện Chiến lược.\n2. Bộ Công Thương\n- Chủ trì, phối hợp với các bộ, ngành tổ chức hướng dẫn, chỉ đạo "
     "thực hiện và kiểm tra, giám sát việc triển khai thực hiện Chiến lược.\n"
     "Điều 3. Quyết định này có hiệu lực kể từ ngày ký.\n",
     {("D1.II.1", "Bộ Công Thương", "lead", "inferred"), ("D2.1", "Các bộ, ngành", "lead", "explicit"),
      ("D2.2", "Bộ Công Thương", "lead", "explicit"), ("D2.2", "Các bộ, ngành", "support", "explicit")}),
    # a council's article "Hội đồng nhân dân tỉnh giao:" hands its items on: the council leads none of them
    (COUNCIL + "Điều 1. Thông qua Quy hoạch phát triển du lịch đến năm 2030 với những nội dung sau:\nI. GIẢI PHÁP\n"
     "1. Phát triển sản phẩm du lịch.\nĐiều 2. Hội đồng nhân dân tỉnh giao:\n"
     "- Ủy ban nhân dân tỉnh tổ chức triển khai thực hiện Nghị quyết;\n"
     "- Thường trực Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết.\n",
     {("D1.I.1", UB, "lead", "inferred"), ("D2", UB, "lead", "explicit"),
      ("D2", "Thường trực Hội đồng nhân dân tỉnh", "lead", "explicit")}),
    # an article that opens "Giao X phối hợp với Y ..." with nobody chủ trì: both support (4b); a council's
    # "Điều 4. Giao Thường trực ... giám sát" is a task of its own
    ("ỦY BAN NHÂN DÂN TỈNH\nSố: 31/2025/QĐ-UBND\nThanh Hóa, ngày 3 tháng 4 năm 2025\n\nQUYẾT ĐỊNH\nvề việc bãi bỏ "
     "khoản thu\n\nĐiều 1. Bãi bỏ khoản thu tiền điện tại các trường học.\n"
     "Điều 2. Giao Sở Tài chính phối hợp với Sở Giáo dục và Đào tạo hướng dẫn việc hoàn trả khoản thu.\n",
     {("D2", STC, "support", "explicit"), ("D2", "Sở Giáo dục và Đào tạo", "support", "explicit")}),
    (COUNCIL + "Điều 1. Bãi bỏ khoản thu tiền điện tại các trường học.\n"
     "Điều 2. Giao Thường trực Hội đồng nhân dân tỉnh, các Ban của Hội đồng nhân dân tỉnh kiểm tra, giám sát việc "
     "thực hiện Nghị quyết.\n",
     {("D2", "Thường trực Hội đồng nhân dân tỉnh", "lead", "explicit"),
      ("D2", "Các Ban của Hội đồng nhân dân tỉnh", "lead", "explicit")}),
    # a council's article: a past deed ("Sở Y tế ... đã trả lời") assigns nothing; its intro "... đề nghị UBND
    # tỉnh chỉ đạo thực hiện một số công việc sau:" is no task and gives the items and theirs to UBND tỉnh
    # (explicitly: it names UBND tỉnh as the body that directs them);
    # "Chỉ đạo X phối hợp với Y ..." with nobody chủ trì: both support; a report at a session goes to the council
    (COUNCIL + "Điều 1. Hội đồng nhân dân tỉnh ghi nhận các giải pháp mà Sở Y tế, Sở Xây dựng đã trả lời tại kỳ họp. "
     "Hội đồng nhân dân tỉnh đề nghị Ủy ban nhân dân tỉnh chỉ đạo thực hiện một số công việc sau:\n"
     "1. Về lĩnh vực xây dựng:\na) Rà soát các công trình chậm tiến độ.\n"
     "b) Chỉ đạo Sở Xây dựng phối hợp với Ủy ban nhân dân huyện Quan Sơn kiểm tra chất lượng công trình, báo cáo kết quả "
     "tại Kỳ họp thứ Mười, Hội đồng nhân dân tỉnh.\n",
     {("D1.1.a", UB, "lead", "explicit"), ("D1.1.b", UB, "lead", "explicit"), ("D1.1.b", SXD, "support", "explicit"),
      ("D1.1.b", "Ủy ban nhân dân huyện Quan Sơn", "support", "explicit"), ("D1.1.b", HD, "report_to", "explicit")}),
    # a condition with commas of its own before the subject; not past the first role word, where commas
    # separate partners or addressees
    (PLAN + "I. NHIỆM VỤ\n1. Trường hợp cần điều chỉnh danh mục hàng hóa, dịch vụ thiết yếu, Sở Y tế chuẩn bị hồ sơ, "
     "gửi Sở Tài chính, Sở Nội vụ.\n2. Khi cần sửa đổi, bổ sung nội dung, các sở, ban, ngành chủ động đề xuất gửi "
     "Sở Nội vụ, Sở Tài chính để tổng hợp.\n",
     {("I.1", SYT, "lead", "explicit"), ("I.1", STC, "report_to", "explicit"), ("I.1", SNV, "report_to", "explicit"),
      ("I.2", "Các sở, ban, ngành", "lead", "explicit"), ("I.2", SNV, "report_to", "explicit"),
      ("I.2", STC, "report_to", "explicit")}),
    (PLAN + "I. NHIỆM VỤ\n1. Sở Xây dựng\n- Theo chức năng, nhiệm vụ được giao, chủ trì, phối hợp với Sở Y tế, "
     "Sở Nội vụ lập quy hoạch mạng lưới cơ sở y tế.\n",
     {("I.1", SXD, "lead", "explicit"), ("I.1", SYT, "support", "explicit"), ("I.1", SNV, "support", "explicit")}),
    # "Đối với X:" opening an item gives X the duties after the colon, outside the tasks parts too and when
    # scanned; "hỗ trợ đối với X" names no doer
    (PLAN + "I. NHIỆM VỤ\n1. Đối với Sở Y tế: Kiểm tra an toàn thực phẩm tại các chợ.\n"
     "2. Hỗ trợ đối với Sở Nội vụ trong công tác đào tạo.\nII. NHỮNG VẤN ĐỀ KHÁC\n"
     "1. Đối với các đơn vị được kiểm tra: Chuẩn bị báo cáo bằng văn bản.\n2. Đôi với Sở Xây dựng: Cử cán bộ phối hợp.\n",
     {("I.1", SYT, "lead", "explicit"), ("II.1", "Các đơn vị được kiểm tra", "lead", "explicit"),
      ("II.2", SXD, "lead", "explicit")}),
    # a decision setting out one body's functions and duties: its duties are that body's, by inference,
    # and a duty "phối hợp" makes it support (DOMAIN.md 4b, Regulations); the same scanned and word-segmented
    (DUTIES, DUTIES_OF_STP),
    (DUTIES.replace("chức năng, nhiệm vụ, quyền hạn", "chuc năng, nhiệm vu, quyên hạn"), DUTIES_OF_STP),
    (DUTIES.replace("chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Tư pháp",
                    "chức_năng , nhiệm_vụ , quyền_hạn và cơ_cấu tổ_chức của Sở Tư_pháp"), DUTIES_OF_STP),
    # a duty over its points is the owner's too ("1. Trình Ủy ban nhân dân tỉnh:" over "a) Dự thảo ..."), a
    # field of work over them is not ("2. Về công tác hộ tịch:")
    (DUTIES.replace("Điều 2. Nhiệm vụ và quyền hạn\n1. Trình Ủy ban nhân dân tỉnh dự thảo quyết định về lĩnh vực tư pháp.\n"
                    "2. Phối hợp với Sở Nội vụ kiểm tra công tác văn thư, lưu trữ.\n3. Hướng dẫn nghiệp vụ hộ tịch cho cấp xã.\n",
                    "Điều 2. Nhiệm vụ và quyền hạn\n1. Trình Ủy ban nhân dân tỉnh:\na) Dự thảo quyết định về lĩnh vực tư pháp;\n"
                    "b) Dự thảo kế hoạch phổ biến pháp luật.\n2. Về công tác hộ tịch:\na) Hướng dẫn nghiệp vụ hộ tịch cho cấp "
                    "xã;\nb) Phối hợp với Sở Nội vụ kiểm tra công tác hộ tịch.\n"),
     {("D2.1", STP, "lead", "inferred"), ("D2.1.a", STP, "lead", "inferred"), ("D2.1.b", STP, "lead", "inferred"),
      ("D2.2.a", STP, "lead", "inferred"), ("D2.2.b", SNV, "support", "explicit"), ("D2.2.b", STP, "support", "inferred")}),
    # a decision on anything else names no owner: a duty without a doer stays without one
    (DUTIES.replace("Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của", "Ban hành Quy chế làm việc của"),
     {("D2.2", SNV, "support", "explicit")}),
    # ... nor does a legal basis the preamble cites about another body's functions
    (DUTIES.replace("Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của", "Ban hành Quy chế làm việc của")
     .replace("Căn cứ Luật Tổ chức chính quyền địa phương;", "Căn cứ Quyết định số 3/2024/QĐ-UBND quy định chức năng, "
              "nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Tư pháp;"),
     {("D2.2", SNV, "support", "explicit")}),
    # a decision approving an investor: the field that names it is no duty; "nhà đầu tư" is the company
    # named; a heading "Trách nhiệm của nhà đầu tư" gives it the items; "hướng dẫn nhà đầu tư" does not
    (INVESTMENT, INVESTMENT_ROLES),
    # the investor named under a heading that is the field alone ("1. Nhà đầu tư" ⏎ "Tên doanh nghiệp: ...")
    (INVESTMENT.replace("1. Nhà đầu tư: Công ty", "1. Nhà đầu tư\nTên doanh nghiệp: Công ty"), INVESTMENT_ROLES),
    # the same word-segmented: the company keeps its name
    (INVESTMENT.replace("Công ty Cổ phần Phát triển hạ tầng Nam Sơn", "Công_ty Cổ_phần Phát_triển hạ_tầng Nam_Sơn"),
     INVESTMENT_ROLES),
    # a functions decision: its articles on the body's structure and heads describe, they assign nothing,
    # nor does its entry into force; "X có trách nhiệm:" over items gives them to X, "Phối hợp ..." as support
    (DUTIES.replace("Điều 3. Hiệu lực thi hành\nQuyết định này có hiệu lực từ ngày 15 tháng 3 năm 2025.\n",
                    "Điều 3. Cơ cấu tổ chức\n1. Các phòng chuyên môn:\na) Văn phòng Sở;\nb) Phòng Hành chính tư pháp.\n"
                    "Điều 4. Giám đốc, Phó Giám đốc Sở\n1. Giám đốc Sở, Phó Giám đốc Sở:\na) Sở Tư pháp có Giám đốc và "
                    "không quá 03 Phó Giám đốc.\nĐiều 5. Điều khoản chuyển tiếp\nSở Tư pháp có trách nhiệm:\n"
                    "1. Chủ trì bàn giao hồ sơ công chứng cho cấp xã.\n2. Phối hợp với Sở Nội vụ sắp xếp biên chế.\n"
                    "Điều 6. Điều khoản thi hành\n1. Quyết định này có hiệu lực từ ngày 15 tháng 3 năm 2025.\n"),
     DUTIES_OF_STP | {("D5.1", STP, "lead", "explicit"), ("D5.2", STP, "support", "explicit"),
                      ("D5.2", SNV, "support", "explicit")}),
    # a lead-in on its basis, with commas of its own, before the subject and a time
    (PLAN + "I. NHIỆM VỤ\n1. Về biên chế\n- Căn cứ chức năng, nhiệm vụ, danh mục vị trí việc làm được phê duyệt, hằng năm "
     "Sở Nội vụ xây dựng kế hoạch biên chế.\n",
     {("I.1", SNV, "lead", "explicit")}),
    # an annex table with no column of bodies: a group row that names one gives it the rows under it
    # (its qualifier aside); a row under no body is nobody's
    (PLAN + "I. NHIỆM VỤ\n1. Các sở thực hiện định giá theo danh mục tại Phụ lục.\n\nNơi nhận:\n- Như trên.\n\n"
     "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLê Văn An\n\nPHỤ LỤC\nDANH MỤC HÀNG HÓA, DỊCH VỤ DO TỈNH ĐỊNH GIÁ\n"
     "(Kèm theo Kế hoạch số 21/KH-UBND)\nSTT | Nội dung\n1 | Sở Y tế\n1.1 | Giá dịch vụ khám bệnh tại cơ sở y tế công lập\n"
     "1.2 | Giá dịch vụ tiêm chủng theo yêu cầu\n2 | Sở Giáo dục và Đào tạo đối với các dịch vụ giáo dục\n"
     "2.1 | Học phí cơ sở giáo dục công lập\n3 | Giá dịch vụ khác\n",
     {("PL1.1.1", SYT, "lead", "explicit"), ("PL1.1.2", SYT, "lead", "explicit"),
      ("PL1.2.1", "Sở Giáo dục và Đào tạo", "lead", "explicit")}),
    # a report's progress table: a row marked done is finished work, the open rows are tasks (a scan
    # that lost the marks of "Hoàn thành" reads the same)
    (REPORT + "I. KẾT QUẢ\nĐã hoàn thành phần lớn nhiệm vụ.\n\nNơi nhận:\n- Như trên.\n\nGIÁM ĐỐC\nLê Văn Nam\n\n"
     "PHỤ LỤC\nDANH MỤC NHIỆM VỤ CÓ THỜI HẠN TRONG QUÝ II/2025\n(Kèm theo Báo cáo số 9/BC-SCT)\n"
     "TT | Nhiệm vụ | Cơ quan thực hiện | Tiến độ\n1 | Xây dựng cơ sở dữ liệu chợ truyền thống | Sở Công Thương | Hoàn thành\n"
     "2 | Rà soát quy hoạch cửa hàng xăng dầu | Sở Xây dựng | Đang thực hiện\n3 | Ban hành quy chế phối hợp | Sở Nội vụ | "
     "Quá hạn\n4 | Tổng kết thí điểm chợ số | Sở Tài chính | Hoan thanh\n",
     {("PL1.2", SXD, "lead", "explicit"), ("PL1.3", SNV, "lead", "explicit")}),
    # a report's own coming work ("Giải pháp thời gian tới") names no doer: its issuer's, by inference;
    # what it asks of others ("Kiến nghị") is not its own
    (REPORT + "I. KẾT QUẢ\n1. Đã tổ chức 12 cuộc kiểm tra.\nII. GIẢI PHÁP THỜI GIAN TỚI\n"
     "1. Tiếp tục rà soát quy hoạch các chợ đầu mối.\n2. Tăng cường kiểm tra hoạt động kinh doanh xăng dầu.\n"
     "III. KIẾN NGHỊ\n1. Bố trí kinh phí nâng cấp chợ truyền thống.\n",
     {("II.1", "Sở Công Thương", "lead", "inferred"), ("II.2", "Sở Công Thương", "lead", "inferred")}),
    # a regulation's article outside its parts on responsibilities: a subject that "có thẩm quyền, trách
    # nhiệm" (or "có trách nhiệm") is an explicit lead wherever it stands
    ("ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\nSố: 30/2025/QĐ-UBND\nNinh Bình, ngày 5 tháng 3 năm 2025\n\nQUYẾT ĐỊNH\n"
     "Ban hành Quy định quản lý nhà nước về giá\n\nĐiều 1. Phạm vi điều chỉnh\nQuy định này quy định việc quản lý giá.\n"
     "Điều 2. Trách nhiệm của Sở Tài chính\n1. Tổng hợp báo cáo giá thị trường.\n"
     "Điều 3. Hiệp thương giá\nSở Xây dựng có thẩm quyền, trách nhiệm hiệp thương giá vật liệu xây dựng.\n"
     "Điều 4. Kê khai giá\nTổ chức, cá nhân kinh doanh thực hiện kê khai giá theo quy định.\n",
     {("D2.1", STC, "lead", "explicit"), ("D3", SXD, "lead", "explicit")}),
    # a line ending "..., đề nghị Chủ đầu tư:" hands the bullets under it to that body ("- Phối hợp với ..."
    # as support); "Chủ đầu tư" there is the body asked, not a field naming it
    ("SỞ XÂY DỰNG\nSố: 415/SXD-QH\nV/v góp ý hồ sơ thành lập cụm công nghiệp Đồng Văn\n"
     "Quảng Trị, ngày 4 tháng 8 năm 2026\nKính gửi: Sở Công Thương tỉnh Quảng Trị\n\n"
     "Sở Xây dựng nhận được Văn bản số 210/SCT-CN của Sở Công Thương; sau khi nghiên cứu, có ý kiến như sau:\n"
     "1. Về thủy lợi\nQua rà soát, khu vực dự án gần hồ chứa nước Khe Sanh, đề nghị Chủ đầu tư:\n"
     "- Phối hợp với Sở Nông nghiệp và Môi trường kiểm tra ảnh hưởng của dự án đến hồ chứa.\n"
     "- Có giải pháp bảo đảm an toàn hồ chứa trong quá trình thi công.\n"
     "2. Ý kiến khác\nKhông có.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nGIÁM ĐỐC\nLê Văn Nam\n",
     {("1", "Chủ đầu tư", "lead", "explicit"), ("1", "Chủ đầu tư", "support", "explicit"),
      ("1", "Sở Nông nghiệp và Môi trường", "support", "explicit")}),
    # the executor a council names takes the items and the clauses that name no doer, not an item whose
    # every clause has one ("Sở A chủ trì ...; xây dựng ...": the subject goes on after ";")
    (COUNCIL + "Điều 1. Nhiệm vụ, giải pháp năm 2025\n1. Hoàn thành giải phóng mặt bằng Khu công nghiệp Nam Sơn trong "
     "quý II/2025. Sở Xây dựng chủ trì thẩm định thiết kế cơ sở.\n2. Sở Tài chính chủ trì cân đối vốn đầu tư công; "
     "tham mưu phân bổ vốn trước ngày 30/6/2025.\n3. Nâng cao chất lượng y tế cơ sở; Sở Y tế hướng dẫn các trạm y tế "
     "xã thực hiện.\nĐiều 2. Tổ chức thực hiện\nGiao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này.\n",
     {("D1.1", UB, "lead", "inferred"), ("D1.1", SXD, "lead", "explicit"), ("D1.2", STC, "lead", "explicit"),
      ("D1.3", UB, "lead", "inferred"), ("D1.3", SYT, "lead", "explicit"), ("D2", UB, "lead", "explicit")}),
    # a party conclusion's item that asks bodies to carry out the points below: they lead every point, beside
    # the body a point names (as the preamble of a directive does), and the executor adds nothing
    ("BAN THƯỜNG VỤ TỈNH ỦY\nSố 12-KL/TU\nThái Bình, ngày 5 tháng 5 năm 2026\n\nKẾT LUẬN\ncủa Ban Thường vụ Tỉnh ủy\n\n"
     "1. Kết quả thực hiện Nghị quyết đạt khá.\n2. Thời gian tới, Ban Thường vụ Tỉnh ủy đề nghị Mặt trận Tổ quốc và "
     "các tổ chức chính trị - xã hội tỉnh tập trung thực hiện tốt một số nhiệm vụ sau:\n"
     "a) Đẩy mạnh tuyên truyền về phát triển du lịch.\nb) Sở Tài chính chủ trì bố trí kinh phí xúc tiến du lịch.\n"
     "3. Tổ chức thực hiện\n- Đảng ủy Ủy ban nhân dân tỉnh lãnh đạo xây dựng kế hoạch thực hiện Kết luận này.\n",
     {("2.a", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "lead", "explicit"),
      ("2.a", "Các tổ chức chính trị - xã hội", "lead", "explicit"),
      ("2.b", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "lead", "explicit"),
      ("2.b", "Các tổ chức chính trị - xã hội", "lead", "explicit"), ("2.b", STC, "lead", "explicit"),
      ("3", "Đảng ủy Ủy ban nhân dân tỉnh", "lead", "explicit")}),
    # a corporation's party committee names the corporation by its head noun: its own boards, the corporation's board of
    # members, the corporation a report goes to; the whole party organisation ("Đảng bộ Tổng công ty") is no body
    ("ĐẢNG ỦY TỔNG CÔNG TY CẢNG BIỂN NAM BÌNH\nSố 12-CTr/ĐU\nNam Bình, ngày 4 tháng 3 năm 2026\n\nCHƯƠNG TRÌNH HÀNH "
     "ĐỘNG\nthực hiện Nghị quyết Đại hội Đảng bộ Tổng công ty Cảng biển Nam Bình\n\nI. NHIỆM VỤ\n1. Ban Tổ chức Đảng ủy Tổng công ty hướng dẫn rà "
     "soát quy hoạch cán bộ, hoàn thành trước ngày 30/9/2026.\n2. Hội đồng thành viên chỉ đạo đầu tư bến số 3; định kỳ "
     "6 tháng báo cáo kết quả về Tổng công ty.\n",
     {("I.1", "Ban Tổ chức Đảng ủy Tổng công ty", "lead", "explicit"),
      ("I.2", "Hội đồng thành viên Tổng công ty", "lead", "explicit"),
      ("I.2", "Tổng công ty Cảng biển Nam Bình", "report_to", "explicit")}),
    # a collective a document defines for the bodies it lists ("(sau đây gọi chung là các công ty cảng)") stands for
    # those bodies where it is used later, also before a verb in lower case
    (PLAN + "I. NHIỆM VỤ\n1. Công ty Cảng Tân An, Công ty Cảng Hòa Lợi (sau đây gọi chung là các công ty cảng) nạo vét "
     "luồng tàu trước ngày 30/6/2026.\n2. Các công ty cảng đầu tư thiết bị bốc xếp trong năm 2027.\n",
     {("I.1", "Công ty Cảng Tân An", "lead", "explicit"), ("I.1", "Công ty Cảng Hòa Lợi", "lead", "explicit"),
      ("I.2", "Công ty Cảng Tân An", "lead", "explicit"), ("I.2", "Công ty Cảng Hòa Lợi", "lead", "explicit")}),
    # in a table's support column, a body after "đến" or "tại" locates the work (a sub-row's cells shifted one column):
    # it names no doer
    (PLAN + "I. DANH MỤC CÔNG TRÌNH\nSTT | Tên công trình | Chủ trì | Phối hợp | Thời gian\n"
     "1 | Đường Tân An - Hòa Lợi | Sở Xây dựng | Công an tỉnh | 2026 - 2028\n"
     "2 | Nâng cấp đường biên giới | Sở Xây dựng | kéo dài tuyến đến Đồn Biên phòng Hòa Lợi | 2029\n",
     {("I.1", "Sở Xây dựng", "lead", "explicit"), ("I.1", "Công an tỉnh", "support", "explicit"),
      ("I.2", "Sở Xây dựng", "lead", "explicit")}),
    # a heading that names its doer and, in an aside, what the doer also is: the board of the aside does nothing here
    (PLAN + "I. NHIỆM VỤ\n1. Sở Xây dựng (cơ quan thường trực Ban Chỉ huy Phòng thủ dân sự tỉnh):\n"
     "- Theo dõi diễn biến mưa lũ.\n2. Công an tỉnh (Phòng Cảnh sát giao thông):\n- Phân luồng giao thông.\n",
     {("I.1", "Sở Xây dựng", "lead", "explicit"), ("I.2", "Công an tỉnh", "lead", "explicit"),
      ("I.2", "Phòng Cảnh sát giao thông", "lead", "explicit")}),
    # a heading that names its bodies as the members of a board ("là thành viên Ban Chỉ đạo tỉnh") still only names
    # bodies: the members and the bodies after them lead what follows; the board is not addressed
    (PLAN + "I. NHIỆM VỤ\n1. Tuyên truyền về hiến máu.\nII. TỔ CHỨC THỰC HIỆN\n1. Sở Y tế, Hội Chữ thập đỏ tỉnh "
     "là thành viên Ban Chỉ đạo tỉnh và Ủy ban nhân dân các xã\nXây dựng kế hoạch của cơ quan, địa phương trước ngày "
     "31/01/2027.\n",
     {("II.1", "Sở Y tế", "lead", "explicit"), ("II.1", "Hội Chữ thập đỏ tỉnh", "lead", "explicit"),
      ("II.1", "Ủy ban nhân dân các xã", "lead", "explicit")}),
    # ... however long the aside ("... về phòng, chống thiên tai của Ban Chỉ huy ...", over 80 characters)
    (PLAN + "I. NHIỆM VỤ\n1. Sở Nông nghiệp và Môi trường (cơ quan thường trực về phòng, chống thiên tai và tìm kiếm "
     "cứu nạn của Ban Chỉ huy Phòng thủ dân sự tỉnh):\na) Kiểm tra hồ chứa trước ngày 30/6/2027.\nb) Tổng hợp thiệt hại.\n",
     {("I.1.a", "Sở Nông nghiệp và Môi trường", "lead", "explicit"),
      ("I.1.b", "Sở Nông nghiệp và Môi trường", "lead", "explicit")}),
    # a role a bracket gives a body ("Sở X (cơ quan thường trực Ban Chỉ đạo)") is that body's wherever the document
    # uses it, before the bracket too
    (PLAN + "I. NHIỆM VỤ\n1. Ủy ban nhân dân các xã rà soát, báo cáo kết quả về Cơ quan thường trực Ban Chỉ đạo trước ngày "
     "30/5/2026.\n"
     "II. TỔ CHỨC THỰC HIỆN\n1. Sở Nông nghiệp và Môi trường (Cơ quan thường trực Ban Chỉ đạo) chủ trì tổng hợp, báo "
     "cáo kết quả trước ngày 15/12/2026.\n",
     {("I.1", "Ủy ban nhân dân các xã", "lead", "explicit"), ("I.1", "Sở Nông nghiệp và Môi trường", "report_to", "explicit"),
      ("II.1", "Sở Nông nghiệp và Môi trường", "lead", "explicit")}),
    # a region's plan names provinces for their governments: a list of places opening a clause after ";", and the
    # partner of "phối hợp với"; a place that only locates the work is none
    ("HỘI ĐỒNG ĐIỀU PHỐI VÙNG TÂY NGUYÊN\nSố: 8/KH-HĐĐPV\nHà Nội, ngày 2 tháng 3 năm 2026\n\nKẾ HOẠCH\nHoạt động năm "
     "2026 của Hội đồng điều phối vùng\n\nI. NHIỆM VỤ TRIỂN KHAI\n1. Bộ Xây dựng chủ trì điều phối; tỉnh Gia Lai, tỉnh Đắk Lắk và thành phố Đà Nẵng phối hợp "
     "rà soát quy hoạch.\n2. Tỉnh Lâm Đồng chủ trì, phối hợp với tỉnh Đắk Lắk lập hồ sơ tuyến đường qua tỉnh Gia Lai.\n",
     {("I.1", "Bộ Xây dựng", "lead", "explicit"), ("I.1", "Ủy ban nhân dân tỉnh Gia Lai", "support", "explicit"),
      ("I.1", "Ủy ban nhân dân tỉnh Đắk Lắk", "support", "explicit"),
      ("I.1", "Ủy ban nhân dân thành phố Đà Nẵng", "support", "explicit"),
      ("I.2", "Ủy ban nhân dân tỉnh Lâm Đồng", "lead", "explicit"), ("I.2", "Ủy ban nhân dân tỉnh Đắk Lắk", "support", "explicit")}),
    # bodies the lexicon does not know inside a list of subjects do not end the list
    (PLAN + "I. NHIỆM VỤ\n1. Ủy ban nhân dân xã, Đoàn Luật sư tỉnh, Câu lạc bộ Doanh nhân Nam Bình và Công an xã "
     "chuẩn bị báo cáo trước ngày 10/11/2026.\n",
     {("I.1", "Ủy ban nhân dân xã", "lead", "explicit"), ("I.1", "Công an xã", "lead", "explicit")}),
    # a people's council's own programme names its boards without the council; the province's former committee on
    # ethnic affairs ("Ban Dân tộc tỉnh"), with its level, is another body
    ("HỘI ĐỒNG NHÂN DÂN TỈNH AN BÌNH\nSố: 31/NQ-HĐND\nAn Bình, ngày 8 tháng 7 năm 2026\n\nNGHỊ QUYẾT\nVề Chương trình "
     "giám sát năm 2027\n\nĐiều 1. Nội dung giám sát\n1. Ban Kinh tế - Ngân sách, Ban Văn hoá - Xã hội và Ban Pháp chế "
     "giám sát theo lĩnh vực phụ trách, hoàn thành trong Quý III/2027.\n2. Ban Dân tộc tỉnh cung cấp số liệu.\n",
     {("D1.1", "Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh", "lead", "explicit"),
      ("D1.1", "Ban Văn hóa - Xã hội Hội đồng nhân dân tỉnh", "lead", "explicit"),
      ("D1.1", "Ban Pháp chế Hội đồng nhân dân tỉnh", "lead", "explicit"), ("D1.2", "Ban Dân tộc tỉnh", "lead", "explicit")}),
    # a department's own plan calls itself "Sở": reports go "về Sở", to "Giám đốc Sở" (the department), not the
    # leader "phụ trách" an item
    ("SỞ Y TẾ TỈNH QUẢNG TRỊ\nSố: 210/KH-SYT\nQuảng Trị, ngày 4 tháng 3 năm 2026\n\nKẾ HOẠCH\nTriển khai tiêm chủng "
     "mở rộng năm 2026\n\nI. NHIỆM VỤ\n1. Các phòng, đơn vị thuộc Sở tổ chức thực hiện; báo cáo kết quả về Sở (qua "
     "Phòng Nghiệp vụ Y) trước ngày 20 hằng tháng.\n2. Văn phòng Sở tổng hợp, báo cáo Giám đốc Sở trước ngày 25 hằng "
     "tháng.\n3. Rà soát danh sách trẻ em. Lãnh đạo phụ trách: Giám đốc Sở.\n",
     {("I.1", "Các phòng, đơn vị trực thuộc Sở", "lead", "explicit"), ("I.1", "Phòng Nghiệp vụ Y", "report_to", "explicit"),
      ("I.1", SYT, "report_to", "explicit"), ("I.2", SYT, "report_to", "explicit"),
      ("I.2", "Văn phòng Sở", "lead", "explicit")}),
    # the bodies that direct the points below are those of the intro's first clause: the committee it reports to is
    # no lead of the points
    ("TỈNH ỦY AN BÌNH\nSố 09-NQ/TU\nAn Bình, ngày 5 tháng 5 năm 2026\nNGHỊ QUYẾT\ncủa Ban Thường vụ Tỉnh ủy về phát "
     "triển cảng biển\nI. TỔ CHỨC THỰC HIỆN\n1. Đảng ủy Ủy ban nhân dân tỉnh lãnh đạo, chỉ đạo Ủy ban nhân dân tỉnh xây "
     "dựng kế hoạch thực hiện Nghị quyết; định kỳ hằng năm báo cáo Ban Thường vụ Tỉnh ủy kết quả thực hiện. Chỉ đạo "
     "thực hiện các nhiệm vụ trọng tâm sau:\na) Sở Xây dựng chủ trì rà soát quy hoạch các khu bến.\n",
     {("I.1", "Đảng ủy Ủy ban nhân dân tỉnh", "lead", "explicit"), ("I.1", "Ủy ban nhân dân tỉnh", "lead", "explicit"),
      ("I.1", "Ban Thường vụ Tỉnh ủy", "report_to", "explicit"), ("I.1.a", "Sở Xây dựng", "lead", "explicit"),
      ("I.1.a", "Đảng ủy Ủy ban nhân dân tỉnh", "lead", "explicit"), ("I.1.a", "Ủy ban nhân dân tỉnh", "lead", "explicit")}),
    # a mass organisation's plan names its divisions and office bare, and gives each the items of another part by
    # reference ("Chủ trì thực hiện khoản 2 Mục I"); a law's clause is no item of the plan; a division keeps its
    # name as written, the office ("Văn phòng" alone is nobody's) takes the organisation's
    ("HỘI LHPN TỈNH AN BÌNH\nBAN THƯỜNG VỤ\nSố: 21/KH-HPN\nAn Bình, ngày 9 tháng 3 năm 2026\n\nKẾ HOẠCH\nTriển khai "
     "Nghị quyết của Tỉnh ủy về công tác phụ nữ\n\nI. NHIỆM VỤ\n1. Tuyên truyền, quán triệt Nghị quyết.\n2. Hỗ trợ "
     "phụ nữ khởi nghiệp.\nII. TỔ CHỨC THỰC HIỆN\n1. Ban Gia đình - Xã hội: Chủ trì thực hiện khoản 2 Mục I.\n"
     "2. Văn phòng: Theo dõi, tổng hợp kết quả; thực hiện khoản 1 Điều 5 Luật Bình đẳng giới.\n",
     {("I.2", "Ban Gia đình - Xã hội", "lead", "inferred"),
      ("II.1", "Ban Gia đình - Xã hội", "lead", "explicit"),
      ("II.2", "Văn phòng Hội Liên hiệp Phụ nữ tỉnh", "lead", "explicit")}),
    # a division whose name runs on in lower case: a cell or a bracket gives it whole, and wherever the text writes
    # it so, the name is the whole, whatever verb follows
    ("HỘI LHPN TỈNH AN BÌNH\nBAN THƯỜNG VỤ\nSố: 22/KH-HPN\nAn Bình, ngày 9 tháng 3 năm 2027\n\nKẾ HOẠCH\nTriển khai Nghị quyết của Tỉnh ủy về hỗ trợ "
     "phụ nữ khởi nghiệp năm 2027\n\nI. NHIỆM VỤ\n1. Ban Hỗ trợ phụ nữ phát triển kinh tế bồi dưỡng kiến thức "
     "quản trị cho 200 hội viên.\n2. Các cấp Hội gửi hồ sơ dự thi về Tỉnh hội (qua Ban Hỗ trợ phụ nữ phát triển kinh "
     "tế) trước ngày 15/4/2027.\n",
     {("I.1", "Ban Hỗ trợ phụ nữ phát triển kinh tế", "lead", "explicit"),
      ("I.2", "Ban Hỗ trợ phụ nữ phát triển kinh tế", "report_to", "explicit")}),
    # another mass organisation (the Red Cross) names its divisions the same way, one of them with "xã hội" in its
    # name (no commune's)
    ("HỘI CHỮ THẬP ĐỎ TỈNH AN BÌNH\nBAN THƯỜNG VỤ\nSố: 12/KH-HCTĐ\nAn Bình, ngày 9 tháng 3 năm 2027\n\nKẾ HOẠCH\nTriển "
     "khai Tháng Nhân đạo năm 2027\n\nI. NHIỆM VỤ\n1. Vận động quà tặng.\n2. Tuyên truyền về Tháng Nhân đạo.\nII. TỔ "
     "CHỨC THỰC HIỆN\n1. Ban Công tác xã hội\nChủ trì thực hiện khoản 1 Mục I.\n2. Ban Tổ chức - Tuyên truyền: Chủ trì "
     "thực hiện khoản 2 Mục I.\n",
     {("I.1", "Ban Công tác xã hội", "lead", "inferred"), ("II.1", "Ban Công tác xã hội", "lead", "explicit"),
      ("I.2", "Ban Tổ chức - Tuyên truyền", "lead", "inferred"), ("II.2", "Ban Tổ chức - Tuyên truyền", "lead", "explicit")}),
    # a programme between two provinces' committees: "X hai tỉnh" is the body of each province, by its name
    ("ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN\nSố: 41/CTr-UBND\nLạng Sơn, ngày 18 tháng 4 năm 2026\nCHƯƠNG TRÌNH HỢP TÁC\nGiữa Ủy ban "
     "nhân dân tỉnh Lạng Sơn và Ủy ban nhân dân tỉnh Cao Bằng giai đoạn 2026 - 2030\nI. NHIỆM VỤ\n1. Sở Công Thương hai "
     "tỉnh chủ trì tổ chức hội chợ thương mại hằng năm.\n2. Công an tỉnh hai tỉnh chủ trì tuần tra vùng giáp ranh; Sở Xây "
     "dựng tỉnh Cao Bằng phối hợp.\n",
     {("I.1", "Sở Công Thương tỉnh Lạng Sơn", "lead", "explicit"), ("I.1", "Sở Công Thương tỉnh Cao Bằng", "lead", "explicit"),
      ("I.2", "Công an tỉnh Lạng Sơn", "lead", "explicit"), ("I.2", "Công an tỉnh Cao Bằng", "lead", "explicit"),
      ("I.2", "Sở Xây dựng tỉnh Cao Bằng", "support", "explicit")}),
    # the Bank for Social Policy's own bodies: its board of representatives and their members, its transaction
    # offices, the associations it entrusts loans to, its savings and loan groups
    (PLAN + "I. NHIỆM VỤ\n1. Các thành viên Ban đại diện HĐQT tỉnh tổ chức quán triệt Chỉ thị, hoàn thành trong quý "
     "I/2026.\n2. Các Phòng giao dịch Ngân hàng Chính sách xã hội chủ trì, phối hợp với tổ chức hội nhận ủy thác cấp xã "
     "đối chiếu nợ.\n3. Các Tổ tiết kiệm và vay vốn bình xét công khai hộ vay.\n",
     {("I.1", "Các thành viên Ban đại diện Hội đồng quản trị Ngân hàng Chính sách xã hội tỉnh", "lead", "explicit"),
      ("I.2", "Các Phòng giao dịch Ngân hàng Chính sách xã hội", "lead", "explicit"),
      ("I.2", "Các tổ chức hội nhận ủy thác cấp xã", "support", "explicit"),
      ("I.3", "Tổ tiết kiệm và vay vốn", "lead", "explicit")}),
    # a board's own offices and units are the board's, not a department's: "các phòng, đơn vị thuộc Ban Quản lý"
    ("BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP TỈNH AN BÌNH\nSố: 52/KH-BQL\nAn Bình, ngày 4 tháng 3 năm 2026\n\nKẾ HOẠCH\n"
     "Triển khai chuyển đổi số năm 2026\n\nI. NHIỆM VỤ\n1. Các phòng, đơn vị thuộc Ban Quản lý rà soát thủ tục hành "
     "chính, hoàn thành trong quý II/2026.\n2. Các phòng, đơn vị trực thuộc Ban chủ động cập nhật dữ liệu doanh nghiệp.\n",
     {("I.1", "Các phòng, đơn vị thuộc Ban Quản lý", "lead", "explicit"),
      ("I.2", "Các phòng, đơn vị thuộc Ban Quản lý", "lead", "explicit")}),
    # a body asked to co-operate ("Đề nghị X phối hợp ...") supports; one asked to act leads; a commune's own
    # units and its post office are bodies of the commune
    (PLAN + "I. NHIỆM VỤ\n1. Văn phòng HĐND và UBND xã xây dựng kế hoạch tuyên truyền. Đề nghị Ủy ban Mặt trận Tổ quốc "
     "Việt Nam xã phối hợp khảo sát sự hài lòng của người dân.\n2. Đề nghị Hội Nông dân xã vận động hội viên tham gia.\n"
     "3. Các phòng, đơn vị thuộc UBND xã chủ trì, phối hợp với Bưu điện xã hướng dẫn người dân nộp hồ sơ.\n",
     {("I.1", "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã", "lead", "explicit"),
      ("I.1", "Ủy ban Mặt trận Tổ quốc Việt Nam xã", "support", "explicit"),
      ("I.2", "Hội Nông dân xã", "lead", "explicit"),
      ("I.3", "Các phòng, đơn vị thuộc Ủy ban nhân dân xã", "lead", "explicit"), ("I.3", "Bưu điện xã", "support", "explicit")}),
    # a party resolution's executor in the words "cụ thể hóa Nghị quyết thành kế hoạch ... và tổ chức thực hiện"
    ("ĐẢNG ỦY XÃ TÂN HÒA\nSố 04-NQ/ĐU\nTân Hòa, ngày 5 tháng 5 năm 2026\n\nNGHỊ QUYẾT\nvề phát triển du lịch cộng đồng"
     "\n\nI. NHIỆM VỤ, GIẢI PHÁP\n1. Phát triển 03 điểm du lịch cộng đồng tại các thôn ven hồ.\n2. Phòng Kinh tế chủ trì "
     "xây dựng sản phẩm du lịch đặc trưng.\nII. TỔ CHỨC THỰC HIỆN\n1. Ủy ban nhân dân xã chịu trách nhiệm cụ thể hóa "
     "Nghị quyết thành kế hoạch, đề án và tổ chức thực hiện.\n2. Văn phòng Đảng ủy theo dõi, đôn đốc việc thực hiện.\n",
     {("I.1", "Ủy ban nhân dân xã", "lead", "inferred"), ("I.2", "Phòng Kinh tế", "lead", "explicit"),
      ("II.1", "Ủy ban nhân dân xã", "lead", "explicit"), ("II.2", "Văn phòng Đảng ủy", "lead", "explicit")}),
    # a report's own work for the months to come falls to its issuer, save the items a heading gives a body
    ("ỦY BAN NHÂN DÂN\nXÃ TÂN HÒA\nSố: 88/BC-UBND\nTân Hòa, ngày 6 tháng 7 năm 2026\n\nBÁO CÁO\nKết quả 6 tháng đầu năm "
     "2026\n\nI. KẾT QUẢ\nĐã hoàn thành 05 công trình.\nII. NHIỆM VỤ, GIẢI PHÁP 6 THÁNG CUỐI NĂM 2026\n1. Phòng Kinh tế\n"
     "- Chỉ đạo sản xuất vụ Đông.\n2. Rà soát hộ nghèo, hoàn thành trước ngày 31/10/2026.\n3. Giao Phòng Văn hóa - "
     "Xã hội chủ trì, phối hợp với Trạm Y tế xã vận động người dân tham gia bảo hiểm y tế trong năm 2026.\n",
     {("II.1", "Phòng Kinh tế", "lead", "explicit"), ("II.2", "Ủy ban nhân dân xã", "lead", "inferred"),
      ("II.3", "Phòng Văn hóa - Xã hội", "lead", "explicit"), ("II.3", "Trạm Y tế xã", "support", "explicit")}),
    # an article headed "Giám sát và hiệu lực thi hành": its supervising bodies lead that task
    (COUNCIL + "Điều 1. Thông qua nhiệm vụ năm 2027.\nĐiều 2. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết "
     "này.\nĐiều 3. Giám sát và hiệu lực thi hành\n1. Thường trực Hội đồng nhân dân tỉnh, các Ban của Hội đồng nhân "
     "dân tỉnh giám sát việc thực hiện Nghị quyết này.\n2. Nghị quyết này có hiệu lực từ ngày ký.\n",
     {("D1", UB, "lead", "inferred"), ("D2", UB, "lead", "explicit"), ("D3.1", TT_HD, "lead", "explicit"),
      ("D3.1", BAN_HD, "lead", "explicit")}),
    # a council adopting a plan's content ("Thông qua ... với các nội dung chủ yếu sau"): its items are no tasks;
    # "Giao X tổ chức thực hiện Nghị quyết này, trong đó tập trung:" is X's task and hands X each point below
    (COUNCIL + "Điều 1. Thông qua kế hoạch đầu tư công năm 2027 với các nội dung chủ yếu sau:\n1. Tổng kế hoạch vốn: "
     "48.650 triệu đồng.\n2. Phương án phân bổ:\na) Thanh toán nợ xây dựng cơ bản: 1.350 triệu đồng;\n"
     "b) Chuẩn bị đầu tư: 500 triệu đồng.\nĐiều 2. Tổ chức thực hiện\n1. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện "
     "Nghị quyết này, trong đó tập trung:\na) Giao chi tiết kế hoạch vốn trước ngày 31/12/2026.\nb) Sở Tài chính "
     "chủ trì giải ngân vốn.\n",
     {("D2.1", UB, "lead", "explicit"), ("D2.1.a", UB, "lead", "explicit"), ("D2.1.b", UB, "lead", "explicit"),
      ("D2.1.b", STC, "lead", "explicit")}),
    # "1. Sở X:" over its points: a point that is only "Phối hợp với Y ..." makes X support (DOMAIN.md 4b); a
    # bullet of co-operation among X's duties in one item leaves X the lead of the item
    ("ỦY BAN NHÂN DÂN\nTỈNH PHÚ YÊN\nSố: 08/CT-UBND\nPhú Yên, ngày 4 tháng 10 năm 2026\n\nCHỈ THỊ\nVề phòng cháy rừng\n\n"
     "1. Sở Xây dựng:\na) Rà soát phương án chữa cháy.\nb) Phối hợp với Sở Tài chính rà soát kinh phí trong tháng 11/2026.\n"
     "2. Sở Y tế\n- Chuẩn bị lực lượng cấp cứu.\n- Phối hợp với Sở Xây dựng kiểm tra các cơ sở y tế.\n",
     {("1.a", SXD, "lead", "explicit"), ("1.b", SXD, "support", "explicit"), ("1.b", STC, "support", "explicit"),
      ("2", SYT, "lead", "explicit"), ("2", SXD, "support", "explicit")}),
    # under a heading that names a department, a named body it directs leads beside it; its own units, a
    # collective, do not
    ("ỦY BAN NHÂN DÂN\nTỈNH PHÚ YÊN\nSố: 09/KH-UBND\nPhú Yên, ngày 4 tháng 10 năm 2026\n\nKẾ HOẠCH\nVề nước sạch\n\n"
     "I. NHIỆM VỤ\n1. Sở Y tế:\n- Chỉ đạo Trung tâm Kiểm soát bệnh tật tỉnh kiểm tra chất lượng nước sạch.\n"
     "- Chỉ đạo các phòng chuyên môn rà soát hồ sơ.\n2. Công an tỉnh:\n- Chỉ đạo Công an các xã, phường nắm chắc "
     "tình hình địa bàn.\n",
     {("I.1", SYT, "lead", "explicit"), ("I.1", "Trung tâm Kiểm soát bệnh tật tỉnh", "lead", "explicit"),
      ("I.2", "Công an tỉnh", "lead", "explicit"), ("I.2", "Công an các xã, phường", "lead", "explicit")}),
    # "Đối với X:" gives X the duties after the colon, unless a body opens them ("Đối với Trường ...: Phòng ...")
    (PLAN + "I. NHIỆM VỤ\n1. Đối với Sở Tài chính: bố trí kinh phí thực hiện.\n2. Đối với Trường Tiểu học Tân An: "
     "Phòng Văn hóa - Xã hội phối hợp với nhà trường bố trí phòng học tạm.\n",
     {("I.1", STC, "lead", "explicit"), ("I.2", "Phòng Văn hóa - Xã hội", "support", "explicit")}),
    # the organisation part hands a body the tasks of another part by its number ("chủ trì thực hiện các nhiệm
    # vụ tại mục 1 Phần II"): that part's tasks are the body's, its partners in the clause support them; a
    # ward's office written in full, then by its initials in a table cell ("Phòng KT-HT-ĐT"), is one body
    (WARD_PLAN, {("II.1", "Phòng Văn hóa - Xã hội", "lead", "inferred"),
                 ("II.2", "Công an phường", "lead", "inferred"),
                 ("II.2", "Phòng Kinh tế, Hạ tầng và Đô thị", "support", "inferred"),
                 ("III.1", "Phòng Văn hóa - Xã hội", "lead", "explicit"),
                 ("III.2", "Công an phường", "lead", "explicit"),
                 ("III.2", "Phòng Kinh tế, Hạ tầng và Đô thị", "support", "explicit"),
                 ("PL1.1", "Phòng Kinh tế, Hạ tầng và Đô thị", "lead", "explicit"),
                 ("PL1.1", "Ban điều hành khu phố 2", "support", "explicit"),
                 ("PL1.1", "Ban điều hành khu phố 6", "support", "explicit"),
                 ("PL1.2", "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường", "lead", "explicit"),
                 ("PL1.2", "Ban điều hành các khu phố", "support", "explicit")}),
    # a cell of the lead column that says each body's role itself ("X chủ trì; Y phối hợp"): Y supports
    (WARD_PLAN.split("PHỤ LỤC")[0] + "PHỤ LỤC\nSTT\nNội dung\nCơ quan chủ trì\nThời gian\n1\nCắm mốc chỉ giới vỉa hè\n"
     "Công an phường chủ trì; Phòng Văn hóa - Xã hội phối hợp\nQuý III/2026\n",
     {("II.1", "Phòng Văn hóa - Xã hội", "lead", "inferred"), ("II.2", "Công an phường", "lead", "inferred"),
      ("II.2", "Phòng Kinh tế, Hạ tầng và Đô thị", "support", "inferred"),
      ("III.1", "Phòng Văn hóa - Xã hội", "lead", "explicit"), ("III.2", "Công an phường", "lead", "explicit"),
      ("III.2", "Phòng Kinh tế, Hạ tầng và Đô thị", "support", "explicit"),
      ("PL1.1", "Công an phường", "lead", "explicit"), ("PL1.1", "Phòng Văn hóa - Xã hội", "support", "explicit")}),
    # a dispatch whose items each open with their body: each item is that body's (the addressees of the
    # preamble do not take them all), a heading that names a body with an aside gives it the bullets below,
    # and the closing that makes the heads answerable is no task
    (DISPATCH, {("1", "Bộ Chỉ huy Quân sự tỉnh", "lead", "explicit"), ("1", "Công an tỉnh", "lead", "explicit"),
                ("2", "Sở Y tế", "lead", "explicit"), ("3", SNN, "lead", "explicit"),
                ("3", UB, "report_to", "explicit")}),
    # "X lãnh đạo Y:" over lettered points: both lead each point (a party body and the government it leads)
    (PLAN + "I. NHIỆM VỤ\n1. Hoàn thiện chính sách bồi thường\nĐảng ủy Ủy ban nhân dân tỉnh lãnh đạo Ủy ban nhân dân "
     "tỉnh:\na) Ban hành đơn giá bồi thường cây trồng, vật nuôi.\nb) Kiện toàn Ban Chỉ đạo giải phóng mặt bằng.\n"
     "c) Thành lập Tổ công tác liên ngành; chỉ đạo Sở Tài chính hướng dẫn các xã lập dự toán kinh phí.\n",
     {("I.1.a", "Đảng ủy Ủy ban nhân dân tỉnh", "lead", "explicit"), ("I.1.a", UB, "lead", "explicit"),
      ("I.1.b", "Đảng ủy Ủy ban nhân dân tỉnh", "lead", "explicit"), ("I.1.b", UB, "lead", "explicit"),
      # (a point that names only the body it directs: the intro's bodies direct it)
      ("I.1.c", "Đảng ủy Ủy ban nhân dân tỉnh", "lead", "explicit"), ("I.1.c", UB, "lead", "explicit"),
      ("I.1.c", "Sở Tài chính", "lead", "explicit")}),
    # ... and "X lãnh đạo, chỉ đạo:" with nobody after the verbs: X leads each point, also one that names who
    # carries it out (a central directive's points to the Government's party committee)
    (PLAN + "I. NHIỆM VỤ\n3. Đảng ủy Chính phủ lãnh đạo, chỉ đạo:\na) Sửa đổi chính sách dân số.\nb) Chỉ đạo Bộ Y tế "
     "chủ trì xây dựng Đề án nâng cao chất lượng dân số.\n",
     {("I.3.a", "Đảng ủy Chính phủ", "lead", "explicit"), ("I.3.b", "Đảng ủy Chính phủ", "lead", "explicit"),
      ("I.3.b", "Bộ Y tế", "lead", "explicit")}),
    # a heading that names a class of bodies over points that each open with one of them: each point is its
    # member's, not the class's
    (PLAN + "V. TỔ CHỨC THỰC HIỆN\n1. Các tổ chức chính trị - xã hội tỉnh\na) Hội Nông dân tỉnh: chủ trì phong trào nông "
     "dân sản xuất giỏi.\nb) Tỉnh Đoàn: phát động phong trào thanh niên tình nguyện.\n",
     {("V.1.a", "Hội Nông dân tỉnh", "lead", "explicit"), ("V.1.b", "Tỉnh đoàn", "lead", "explicit")}),
    # ... and a heading that names the front and the unions by their class words ("Mặt trận, đoàn thể")
    (PLAN + "V. TỔ CHỨC THỰC HIỆN\n3. Mặt trận, đoàn thể:\na) Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh chủ trì vận động "
     "Nhân dân hiến đất.\nb) Hội Nông dân tỉnh vận động hội viên liên kết sản xuất.\n",
     {("V.3.a", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "lead", "explicit"), ("V.3.b", "Hội Nông dân tỉnh", "lead", "explicit")}),
    # a regulation: an article on "X và các cơ quan liên quan" leaves each clause to the body it names (X keeps the
    # clause that names it again); the short name the document defines stands for the bodies it named first
    (REGULATION, {("II.D2.1", "Sở Y tế", "lead", "explicit"), ("II.D2.1", "Trung tâm Kiểm soát bệnh tật tỉnh", "lead", "explicit"),
                  ("II.D2.2", "Sở Xây dựng", "lead", "explicit"),
                  ("II.D3", "Ủy ban nhân dân các xã, phường, đặc khu", "lead", "explicit")}),
    # a commune report's coming tasks: the subject after a clause of purpose directs every item below, beside the
    # body an item names
    ("ỦY BAN NHÂN DÂN\nXÃ TÂN AN\nSố: 88/BC-UBND\nTân An, ngày 24 tháng 6 năm 2027\n\nBÁO CÁO\nTình hình kinh tế - xã "
     "hội 6 tháng đầu năm 2027\n\nI. KẾT QUẢ\nThu ngân sách đạt 52% dự toán.\nII. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2027\n"
     "Để hoàn thành các chỉ tiêu Nghị quyết Hội đồng nhân dân xã đề ra, Ủy ban nhân dân xã tập trung chỉ đạo thực hiện tốt "
     "các nhiệm vụ sau:\n1. Hoàn thành xuống giống vụ Thu Đông trước ngày 15/8/2027.\n"
     "2. Phòng Văn hóa - Xã hội chủ trì vận động người dân tham gia bảo hiểm y tế trong quý III/2027.\n",
     {("II.1", "Ủy ban nhân dân xã", "lead", "explicit"), ("II.2", "Ủy ban nhân dân xã", "lead", "explicit"),
      ("II.2", "Phòng Văn hóa - Xã hội", "lead", "explicit")}),
    # a ministry's plan: its own units named the same in every ministry (a unit's name does not run on into what it
    # does), and the capital named in a central document signed in Hà Nội is the city, not the document's own
    ("BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nSố: 140/KH-BNNMT\nHà Nội, ngày 6 tháng 4 năm 2027\n\nKẾ HOẠCH\nPhục hồi các dòng sông\n\n"
     "I. NHIỆM VỤ\n1. Vụ Hợp tác quốc tế vận động nguồn vốn ODA cho phục hồi lưu vực sông.\n2. Vụ Khoa học và Công nghệ "
     "đặt hàng nhiệm vụ nghiên cứu xử lý nước thải phân tán.\n3. Cục Thủy lợi chủ trì, phối hợp với UBND thành phố Hà Nội "
     "vận hành cống điều tiết trong mùa cạn.\n",
     {("I.1", "Vụ Hợp tác quốc tế", "lead", "explicit"), ("I.2", "Vụ Khoa học và Công nghệ", "lead", "explicit"),
      ("I.3", "Cục Thủy lợi", "lead", "explicit"), ("I.3", "Ủy ban nhân dân thành phố Hà Nội", "support", "explicit")}),
    # a report's proposals under headings that name a class: a point that opens with a member ("Đề nghị Bộ X") is
    # that member's; an intro under the heading that names bodies ("Đề nghị các tỉnh ủy, thành ủy ...:") gives them
    # the points beside the class; "Riêng X" singles X out
    ("BỘ XÂY DỰNG\nSố: 91/BC-BXD\nHà Nội, ngày 8 tháng 12 năm 2027\n\nBÁO CÁO\nTình hình thực hiện các dự án\n\n"
     "I. KIẾN NGHỊ\n1. Đối với các bộ, ngành\na) Đề nghị Bộ Tài chính bố trí đủ vốn cho các dự án.\n"
     "2. Đối với các địa phương\nĐề nghị các tỉnh ủy, thành ủy có dự án đi qua:\na) Lãnh đạo, chỉ đạo quyết liệt công tác "
     "giải phóng mặt bằng.\nb) Riêng Ủy ban nhân dân tỉnh Gia Lai khẩn trương bố trí tái định cư.\n",
     {("I.1.a", "Bộ Tài chính", "lead", "explicit"),
      ("I.2", "Tỉnh ủy", "lead", "explicit"), ("I.2", "Thành ủy", "lead", "explicit"),
      ("I.2", "Các địa phương", "lead", "explicit"), ("I.2.a", "Các địa phương", "lead", "explicit"),
      ("I.2.a", "Tỉnh ủy", "lead", "explicit"), ("I.2.a", "Thành ủy", "lead", "explicit"),
      ("I.2.b", "Ủy ban nhân dân tỉnh Gia Lai", "lead", "explicit")}),
    # "Riêng X ...": the bodies singled out are the subject of the point (a ministry's report: a central document,
    # whose provinces keep their names)
    ("BỘ XÂY DỰNG\nSố: 77/BC-BXD\nHà Nội, ngày 4 tháng 12 năm 2027\n\nBÁO CÁO\nTình hình thực hiện các dự án\n\n"
     "I. KIẾN NGHỊ\n1. Các địa phương bàn giao mặt bằng trước ngày 31/3/2028.\n2. Riêng Ủy ban nhân dân tỉnh Gia Lai và Ủy "
     "ban nhân dân tỉnh Đắk Lắk khẩn trương hoàn thành bố trí tái định cư trong tháng 01/2028.\n",
     {("I.1", "Các địa phương", "lead", "explicit"), ("I.2", "Ủy ban nhân dân tỉnh Gia Lai", "lead", "explicit"),
      ("I.2", "Ủy ban nhân dân tỉnh Đắk Lắk", "lead", "explicit")}),
    # an article of a resolution that is no tasks part: an item a body opens as its subject, with a deadline, is a
    # task; the article's description beside it is not
    ("QUỐC HỘI\nSố: 31/2027/QH16\nHà Nội, ngày 19 tháng 6 năm 2027\n\nNGHỊ QUYẾT\nVề chủ trương đầu tư Dự án cảng "
     "hàng không Quảng Trị\n\nĐiều 1. Phương án bồi thường, tái định cư\n1. Số dân tái định cư khoảng 2.100 người.\n"
     "2. Ủy ban nhân dân tỉnh Quảng Trị tổ chức xây dựng 6 khu tái định cư, hoàn thành trong năm 2028.\n"
     "Điều 2. Tổ chức thực hiện\nGiao Chính phủ tổ chức thực hiện Nghị quyết này.\n",
     {("D1.2", "Ủy ban nhân dân tỉnh Quảng Trị", "lead", "explicit"), ("D2", "Chính phủ", "lead", "explicit")}),
    # the council that "cơ bản tán thành" what an article sets out is no doer of its tasks
    (COUNCIL + "Điều 1. Hội đồng nhân dân tỉnh cơ bản tán thành các nhiệm vụ chủ yếu sau:\n1. Phát triển nông nghiệp "
     "công nghệ cao.\n2. Sở Công Thương đẩy mạnh xúc tiến thương mại.\nĐiều 2. Giao Ủy ban nhân dân tỉnh tổ chức thực "
     "hiện Nghị quyết này.\n",
     {("D1.1", UB, "lead", "inferred"), ("D1.2", "Sở Công Thương", "lead", "explicit"), ("D2", UB, "lead", "explicit")}),
    # the bodies after the lead's "chủ trì," that "phối hợp" support it, with "Giao" before the lead or without
    (PLAN + "I. NHIỆM VỤ\n1. Số hóa hồ sơ đất đai. Giao Sở Nông nghiệp và Môi trường chủ trì, Sở Tài chính và Công an "
     "tỉnh phối hợp triển khai, hoàn thành trong quý III/2025.\n2. Sở Nội vụ chủ trì thực hiện, Sở Tư pháp có trách "
     "nhiệm phối hợp rà soát thủ tục hành chính.\n3. Cấp giấy chứng nhận cho các hộ tái định cư trong năm 2026 "
     "(Sở Nông nghiệp và Môi trường chủ trì; Sở Tư pháp, Ủy ban nhân dân các xã có tuyến đi qua phối hợp).\n",
     {("I.1", SNN, "lead", "explicit"), ("I.1", "Sở Tài chính", "support", "explicit"),
      ("I.1", "Công an tỉnh", "support", "explicit"), ("I.2", "Sở Nội vụ", "lead", "explicit"),
      ("I.2", "Sở Tư pháp", "support", "explicit"),
      # (a plural body's qualifier before the verb, "các xã có tuyến đi qua phối hợp": part of its name)
      ("I.3", SNN, "lead", "explicit"), ("I.3", "Sở Tư pháp", "support", "explicit"),
      ("I.3", "Ủy ban nhân dân các xã có tuyến đi qua", "support", "explicit")}),
    # a letter: a request with no body named is put to its addressee; its closing hands the work to it
    (LETTER, {("2", SCT, "lead", "inferred"), ("2", SCT, "lead", "explicit")}),
    (LETTER.replace("đề nghị Sở Công Thương tổng hợp, báo cáo", "để Quý Sở nghiên cứu, thực hiện"),
     {("2", SCT, "lead", "inferred"), ("2", SCT, "lead", "explicit")}),
    # a congress's resolution names itself "Nghị quyết Đại hội": the committee that carries it out takes the
    # tasks that name nobody ("Nghị quyết Đại hội XIV của Đảng" would be another document)
    (CONGRESS, {("II.1", BCH, "lead", "inferred"), ("II.2", BCH, "lead", "inferred"),
                ("II.2", "Ủy ban Kiểm tra Tỉnh ủy", "lead", "explicit"), ("III.1", BCH, "lead", "explicit")}),
    # a joint plan's items each name their doers on a line of their own: the bodies there that help the one the
    # label gives the work to ("hỗ trợ", "hướng dẫn chuyên môn", asked to "tạo điều kiện") support it, a unit in
    # parentheses does its body's work ("Phòng X (Sở Y)" only says where the unit belongs), and no executor is
    # inferred for an item that names its doers; "Hằng năm, căn cứ ..., X lập dự toán" has X for its subject
    (JOINT_PLAN, {("II.1", "Ban Tuyên giáo Tỉnh đoàn", "lead", "explicit"),
                  ("II.1", "Phòng Thông tin và Truyền thông", "support", "explicit"),
                  ("II.2", "Sở Văn hóa, Thể thao và Du lịch", "lead", "explicit"),
                  ("II.2", "Phòng Quản lý văn hóa", "lead", "explicit"),
                  ("II.2", "Ban Phong trào Tỉnh đoàn", "support", "explicit"),
                  ("II.2", "Ủy ban nhân dân các xã, phường", "support", "explicit"),
                  ("II.3", "Ban Thường vụ Tỉnh đoàn", "lead", "inferred"),
                  ("II.3", "Sở Văn hóa, Thể thao và Du lịch", "lead", "inferred"),
                  ("III.1", "Văn phòng Tỉnh đoàn", "lead", "explicit"), ("III.1", "Sở Tài chính", "report_to", "explicit"),
                  ("IV.1", "Ban Thường vụ Tỉnh đoàn", "lead", "explicit"),
                  ("IV.1", "Sở Văn hóa, Thể thao và Du lịch", "lead", "explicit")}),
    # a party committee over a government: the items of the tasks part a range refers to ("từ điểm 2 đến điểm 3,
    # Mục II") fall to the body its clause goes on with (the one it directs), not to the committee
    ("TỈNH ỦY LÂM ĐỒNG\nSố: 31-KH/TU\nLâm Đồng, ngày 2 tháng 3 năm 2027\n\nKẾ HOẠCH\nthực hiện Nghị quyết số 71-NQ/TW"
     "\n\nI. MỤC ĐÍCH\nQuán triệt sâu sắc Nghị quyết.\nII. NHIỆM VỤ\n1. Nâng cao nhận thức về giáo dục.\n"
     "2. Sắp xếp mạng lưới trường học.\n3. Xây dựng đội ngũ nhà giáo.\nIII. TỔ CHỨC THỰC HIỆN\n"
     "1. Đảng ủy Ủy ban nhân dân tỉnh\na) Lãnh đạo, chỉ đạo Ủy ban nhân dân tỉnh ban hành kế hoạch thực hiện; cụ thể hóa "
     "các nhiệm vụ, giải pháp từ điểm 2 đến điểm 3, Mục II Kế hoạch này.\n"
     "2. Đảng ủy Quân sự tỉnh, Đảng ủy các cơ quan Đảng tỉnh lãnh đạo quán triệt Nghị quyết.\n",
     {("III.1.a", "Đảng ủy Ủy ban nhân dân tỉnh", "lead", "explicit"), ("III.1.a", UB, "lead", "explicit"),
      ("II.2", UB, "lead", "inferred"), ("II.3", UB, "lead", "inferred"),
      ("III.2", "Đảng ủy Quân sự tỉnh", "lead", "explicit"),
      ("III.2", "Đảng ủy các cơ quan Đảng tỉnh", "lead", "explicit")}),
    # "the contents given [to them] at Mục II": what each was given there, no item of another body's
    (PLAN + "II. NỘI DUNG\n1. Sở Y tế chủ trì nâng cấp trạm y tế xã.\n2. Hỗ trợ nhà ở cho hộ nghèo.\n"
     "III. TỔ CHỨC THỰC HIỆN\n1. Sở Xây dựng\nChủ trì hướng dẫn, tổ chức thực hiện các nội dung được giao tại mục II.\n",
     {("II.1", SYT, "lead", "explicit"), ("II.2", SXD, "lead", "inferred"), ("III.1", SXD, "lead", "explicit")}),
    # a heading that names its own work by reference and hands its points on ("1. Sở X chủ trì, phối hợp với Sở Y
    # thực hiện nội dung tại khoản 1 Mục I:") is a task of its own; the referred items are its bodies' (inferred);
    # a point that names its own doer keeps it alone, one that names none is the heading's bodies'
    (PLAN + "I. NHIỆM VỤ\n1. Giao thông\na) Đầu tư cầu qua sông Kỳ Cùng.\nb) Nâng cấp đường liên xã.\n2. Y tế\n"
     "Nâng cấp trạm y tế các xã.\nII. TỔ CHỨC THỰC HIỆN\n1. Sở Xây dựng chủ trì, phối hợp với Sở Tài chính thực hiện "
     "nội dung tại khoản 1 Mục I:\na) Ban Quản lý dự án đầu tư xây dựng tỉnh lập hồ sơ cầu trước ngày 30/6/2025.\n"
     "b) Lập hồ sơ đề xuất vốn cho đường liên xã.\n2. Sở Y tế chủ trì thực hiện khoản 2 Mục I.\n",
     {("I.1.a", SXD, "lead", "inferred"), ("I.1.a", STC, "support", "inferred"),
      ("I.1.b", SXD, "lead", "inferred"), ("I.1.b", STC, "support", "inferred"), ("I.2", SYT, "lead", "inferred"),
      ("II.1", SXD, "lead", "explicit"), ("II.1", STC, "support", "explicit"),
      ("II.1.a", "Ban Quản lý dự án đầu tư xây dựng tỉnh", "lead", "explicit"),
      ("II.1.b", SXD, "lead", "explicit"), ("II.1.b", STC, "support", "explicit"), ("II.2", SYT, "lead", "explicit")}),
    # in a plan's part that is no tasks part (response levels and command), an item a body opens as the subject of
    # what it does is its task ("thống nhất chỉ huy" is commanding, not agreeing), "báo cáo nhanh X" reports to X;
    # an annex's list of facilities is no one's task
    ("ỦY BAN NHÂN DÂN TỈNH NGHỆ AN\nSố: 77/PA-UBND\nNghệ An, ngày 2 tháng 4 năm 2025\n\n"
     "PHƯƠNG ÁN\nỨng phó sự cố tràn dầu tại cảng Cửa Lò\n\nI. PHÂN CẤP VÀ CHỈ HUY\n1. Cơ quan chỉ huy\n"
     "Ban Chỉ huy Phòng thủ dân sự tỉnh thống nhất chỉ huy ứng phó sự cố cấp tỉnh.\n2. Thông tin\nSở Công Thương tổng "
     "hợp tình hình, báo cáo nhanh Ủy ban nhân dân tỉnh.\nII. NHIỆM VỤ\n1. Công an tỉnh bảo đảm an ninh khu vực sự cố.\n"
     "PHỤ LỤC\nDANH SÁCH CƠ SỞ CÓ NGUY CƠ\n(Kèm theo Phương án số 77/PA-UBND ngày 02/4/2025 của Ủy ban nhân dân tỉnh)\n"
     "Công ty Cổ phần Xây dựng Bình Minh: thi công kè cảng.\n",
     {("I.1", "Ban Chỉ huy Phòng thủ dân sự tỉnh", "lead", "explicit"), ("I.2", "Sở Công Thương", "lead", "explicit"),
      ("I.2", UB, "report_to", "explicit"), ("II.1", "Công an tỉnh", "lead", "explicit")}),
    # a ministry's directive whose preamble hands "the tasks and solutions below" to the provinces' departments:
    # each item of its Roman tasks part is theirs; the organisation part and the annex keep their own bodies
    ("BỘ Y TẾ\nSố: 05/CT-BYT\nHà Nội, ngày 3 tháng 9 năm 2025\n\nCHỈ THỊ\nVề công tác y tế dự phòng\n\n"
     "Bộ trưởng Bộ Y tế yêu cầu các sở y tế tập trung thực hiện các nhiệm vụ và giải pháp chủ yếu sau đây:\n"
     "I. NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU\n1. Phòng chống dịch\na) Giám sát dịch bệnh tại cửa khẩu.\nb) Tiêm chủng đủ liều.\n"
     "II. TỔ CHỨC THỰC HIỆN\n1. Vụ Kế hoạch - Tài chính bố trí kinh phí.\n",
     {("I.1.a", SYT, "lead", "explicit"), ("I.1.b", SYT, "lead", "explicit"), ("II.1", "Vụ Kế hoạch - Tài chính", "lead", "explicit")}),
    # a plan's preamble that names who proposed it ("Theo đề nghị của Giám đốc Sở X tại Tờ trình số ..., Ủy ban nhân
    # dân tỉnh ban hành Kế hoạch ... với các nội dung như sau:") hands its parts to no one
    ("ỦY BAN NHÂN DÂN TỈNH AN BÌNH\nSố: 90/KH-UBND\nAn Bình, ngày 3 tháng 7 năm 2027\n\nKẾ HOẠCH\nThực hiện Quy hoạch "
     "tỉnh\n\nTheo đề nghị của Giám đốc Sở Tài chính tại Tờ trình số 93/TTr-STC ngày 01/7/2027, Ủy ban nhân dân tỉnh ban "
     "hành Kế hoạch thực hiện Quy hoạch tỉnh với các nội dung như sau:\n\nI. NHIỆM VỤ, GIẢI PHÁP\n1. Phát triển công "
     "nghiệp\n- Đẩy nhanh đầu tư hạ tầng các khu công nghiệp.\nII. TỔ CHỨC THỰC HIỆN\n1. Sở Công Thương chủ trì theo "
     "dõi, đôn đốc thực hiện Kế hoạch này.\n",
     {("II.1", "Sở Công Thương", "lead", "explicit")}),
    # the organisation part's item whose heading names the bodies and whose line hands them "the tasks and solutions
    # of this plan": the tasks part's items that name no one are theirs
    (PLAN + "I. NHIỆM VỤ, GIẢI PHÁP\n1. Phát triển du lịch\n- Xây dựng sản phẩm du lịch đặc trưng.\n"
     "II. TỔ CHỨC THỰC HIỆN\n1. Các sở, ban, ngành tỉnh; Ủy ban nhân dân các xã, phường\nCăn cứ chức năng, nhiệm vụ "
     "được giao, chủ động xây dựng kế hoạch, tổ chức thực hiện các nhiệm vụ, giải pháp tại Kế hoạch này.\n"
     "2. Sở Tài chính chủ trì theo dõi, tổng hợp tình hình thực hiện.\n",
     {("I.1", "Các sở, ban, ngành", "lead", "inferred"), ("I.1", "Ủy ban nhân dân các xã, phường", "lead", "inferred"),
      ("II.1", "Các sở, ban, ngành", "lead", "explicit"), ("II.1", "Ủy ban nhân dân các xã, phường", "lead", "explicit"),
      ("II.2", "Sở Tài chính", "lead", "explicit")}),
    # ... and a line that hands a body "the tasks and solutions of Part I of this plan", as the standing office that
    # leads them with the other bodies, before the duties of each: the items of that part that name no one are its
    (PLAN + "I. NHIỆM VỤ, GIẢI PHÁP\n1. Kiểm soát tàu cá\n- Rà soát, đăng ký toàn bộ tàu cá trên địa bàn.\n"
     "II. TỔ CHỨC THỰC HIỆN\nSở Nông nghiệp và Môi trường là cơ quan thường trực, chủ trì, phối hợp với các sở, ban, ngành "
     "tổ chức triển khai các nhiệm vụ, giải pháp tại Mục I Kế hoạch này; nhiệm vụ cụ thể như sau:\n1. Công an tỉnh "
     "chủ trì xử lý vi phạm.\n",
     {("I.1", "Sở Nông nghiệp và Môi trường", "lead", "inferred"), ("II.1", "Công an tỉnh", "lead", "explicit")}),
    # a council's supervision programme: a heading that names the bodies under supervision gives them the points below
    # (what they are to send and provide), like any heading that only names bodies
    ("HỘI ĐỒNG NHÂN DÂN TỈNH AN BÌNH\nSố: 40/NQ-HĐND\nAn Bình, ngày 8 tháng 7 năm 2025\n\nNGHỊ QUYẾT\nVề Chương trình "
     "giám sát năm 2026\n\nĐiều 1. Thông qua Chương trình giám sát năm 2026.\nĐiều 2. Tổ chức thực hiện\n1. Sở Y tế, "
     "Sở Xây dựng chịu sự giám sát:\na) Gửi báo cáo về Thường trực Hội đồng nhân dân tỉnh trước ngày 20/6/2026.\n"
     "b) Cung cấp đầy đủ thông tin, tài liệu cho Đoàn giám sát.\n",
     {("D2.1.a", SYT, "lead", "explicit"), ("D2.1.a", SXD, "lead", "explicit"),
      ("D2.1.a", "Thường trực Hội đồng nhân dân tỉnh", "report_to", "explicit"),
      ("D2.1.b", SYT, "lead", "explicit"), ("D2.1.b", SXD, "lead", "explicit")}),
    # an annex table with no lead column whose group rows name a council's board in capitals ("I | BAN PHÁP CHẾ"):
    # each row below is that board's, beside the support column's bodies
    ("HỘI ĐỒNG NHÂN DÂN TỈNH AN BÌNH\nSố: 41/NQ-HĐND\nAn Bình, ngày 8 tháng 7 năm 2025\n\nNGHỊ QUYẾT\nVề Chương trình "
     "giám sát năm 2026\n\nĐiều 1. Thông qua Chương trình giám sát năm 2026 (Phụ lục kèm theo).\n\nPHỤ LỤC\n"
     "NỘI DUNG GIÁM SÁT CỦA CÁC BAN\n(Kèm theo Nghị quyết số 41/NQ-HĐND ngày 8/7/2025 của Hội đồng nhân dân tỉnh)\n\n"
     "STT\nNội dung giám sát\nCơ quan phối hợp\nThời gian\n\nI\nBAN PHÁP CHẾ\n\n1\nCông tác cải cách hành chính\n"
     "Sở Nội vụ\nQuý II/2026\n\nII\nBAN DÂN TỘC\n\n1\nChính sách hỗ trợ đồng bào dân tộc thiểu số\nSở Y tế\n"
     "Quý III/2026\n",
     {("PL1.I.1", "Ban Pháp chế Hội đồng nhân dân tỉnh", "lead", "explicit"), ("PL1.I.1", SNV, "support", "explicit"),
      ("PL1.II.1", "Ban Dân tộc Hội đồng nhân dân tỉnh", "lead", "explicit"), ("PL1.II.1", SYT, "support", "explicit")}),
    # "phối hợp" after a noun names a thing, not a role: signing a "Quy chế phối hợp" or building a "cơ chế phối
    # hợp" is the subject's own work; "có trách nhiệm phối hợp" still makes support
    (PLAN + "I. NHIỆM VỤ\n1. Công an tỉnh và Bộ Chỉ huy Quân sự tỉnh ký kết Quy chế phối hợp bảo đảm an ninh vùng giáp "
     "ranh trước ngày 30/6/2025.\n2. Sở Y tế xây dựng cơ chế phối hợp cấp cứu liên tỉnh.\n3. Sở Nội vụ có trách nhiệm "
     "phối hợp rà soát biên chế.\n",
     {("I.1", "Công an tỉnh", "lead", "explicit"), ("I.1", "Bộ Chỉ huy Quân sự tỉnh", "lead", "explicit"),
      ("I.2", SYT, "lead", "explicit"), ("I.3", SNV, "support", "explicit")}),
    # outside a line of doers each body that "hướng dẫn" or "tạo điều kiện" does its own work
    (PLAN + "I. NHIỆM VỤ\n1. Sở Tài chính chủ trì thẩm định dự toán; Sở Nội vụ hướng dẫn chuyên môn cho các xã.\n"
     "2. Đề nghị Đảng ủy các xã lãnh đạo; Ủy ban nhân dân các xã tạo điều kiện về mặt bằng.\n",
     {("I.1", "Sở Tài chính", "lead", "explicit"), ("I.1", "Sở Nội vụ", "lead", "explicit"),
      ("I.2", "Đảng ủy các xã", "lead", "explicit"), ("I.2", "Ủy ban nhân dân các xã", "lead", "explicit")}),
    # an article on "the duties and powers of" a body the decision sets up gives that body its items
    ("ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\nSố: 902/QĐ-UBND\nLạng Sơn, ngày 6 tháng 5 năm 2026\n\nQUYẾT ĐỊNH\n"
     "Về việc thành lập Ban Chỉ đạo phát triển du lịch tỉnh\n\nĐiều 1. Thành lập Ban Chỉ đạo phát triển du lịch tỉnh "
     "(sau đây gọi tắt là Ban Chỉ đạo).\nĐiều 2. Nhiệm vụ, quyền hạn của Ban Chỉ đạo\n1. Chỉ đạo xây dựng sản phẩm du lịch "
     "đặc trưng của tỉnh.\n2. Định kỳ 6 tháng báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện.\n",
     {("D2.1", "Ban Chỉ đạo phát triển du lịch tỉnh", "lead", "explicit"),
      ("D2.2", "Ban Chỉ đạo phát triển du lịch tỉnh", "lead", "explicit"), ("D2.2", UB, "report_to", "explicit")}),
    # a committee post held by virtue of an office: the item is the office's body's
    ("ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\nSố: 903/QĐ-UBND\nLạng Sơn, ngày 6 tháng 5 năm 2026\n\nQUYẾT ĐỊNH\n"
     "Về việc kiện toàn Ban Chỉ đạo phát triển du lịch tỉnh\n\nĐiều 1. Nhiệm vụ của các Phó Trưởng ban\n"
     "1. Phó Trưởng ban là Giám đốc Sở Văn hóa, Thể thao và Du lịch: Giúp Trưởng ban chỉ đạo phát triển sản phẩm du lịch.\n"
     "2. Phó Trưởng ban là Giám đốc Sở Tài chính: Chủ trì tham mưu bố trí kinh phí hoạt động.\n",
     {("D1.1", "Sở Văn hóa, Thể thao và Du lịch", "lead", "explicit"), ("D1.2", "Sở Tài chính", "lead", "explicit")}),
    # the bodies a supervision is about ("Đối tượng chịu sự giám sát:") and the drafter of a text put to social
    # criticism are not doers; a heading "... do X chủ trì" makes X the lead of its items, beside a member
    # the item names
    ("ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM\nTỈNH NINH THUẬN\nSố: 05/KH-MTTQ-BTT\nNinh Thuận, ngày 9 tháng 1 năm 2027\n\n"
     "KẾ HOẠCH\nGiám sát và phản biện xã hội năm 2027\n\nI. NỘI DUNG GIÁM SÁT\n"
     "1. Giám sát chuyên đề do Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh chủ trì\n"
     "a) Giám sát việc thực hiện chính sách bảo hiểm y tế cho người cao tuổi.\n"
     "- Đối tượng chịu sự giám sát: Sở Y tế; Ủy ban nhân dân xã Phước Hà.\n- Thời gian: quý II/2027.\n"
     "b) Giám sát việc bố trí tái định cư dự án hồ chứa nước Sông Cái. Đối tượng được giám sát: Sở Xây dựng.\n"
     "2. Giám sát chuyên đề do các tổ chức chính trị - xã hội tỉnh chủ trì\n"
     "a) Hội Nông dân tỉnh chủ trì giám sát việc cấp giấy chứng nhận quyền sử dụng đất. Đối tượng chịu sự giám "
     "sát: Sở Nông nghiệp và Môi trường.\n"
     "II. NỘI DUNG PHẢN BIỆN XÃ HỘI\n1. Phản biện dự thảo Đề án phát triển nhà ở xã hội (cơ quan chủ trì soạn "
     "thảo: Sở Xây dựng); Hội Cựu chiến binh tỉnh phối hợp.\n",
     {("I.1.a", "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "lead", "explicit"),
      ("I.1.b", "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "lead", "explicit"),
      ("I.2.a", "Các tổ chức chính trị - xã hội", "lead", "explicit"),
      ("I.2.a", "Hội Nông dân tỉnh", "lead", "explicit"),
      ("II.1", "Hội Cựu chiến binh tỉnh", "support", "explicit")}),
    # a regional office's plan over two provinces: the intro line that opens with the body asking ("NHNN Khu vực 9 đề
    # nghị X, Y:") hands its items to both People's Committees, and each province's body keeps its province's name
    # (the dateline's province is no more "own" than the other)
    ("NGÂN HÀNG NHÀ NƯỚC VIỆT NAM\nCHI NHÁNH KHU VỰC 9\nSố: 12/KH-NHNN\nVĩnh Long, ngày 5 tháng 3 năm 2026\n\nKẾ HOẠCH\n"
     "về tín dụng chính sách năm 2026\n\nI. ĐỀ NGHỊ PHỐI HỢP\nNHNN Khu vực 9 đề nghị Ủy ban nhân dân tỉnh Vĩnh Long, Ủy "
     "ban nhân dân tỉnh Đồng Tháp:\n1. Bố trí vốn ngân sách địa phương ủy thác năm 2026.\n2. Tuyên truyền chính sách "
     "tín dụng trên địa bàn.\nII. TỔ CHỨC THỰC HIỆN\nSở Xây dựng tỉnh Vĩnh Long chủ trì rà soát danh mục dự án nhà ở xã "
     "hội.\n",
     {("I.1", "Ủy ban nhân dân tỉnh Vĩnh Long", "lead", "inferred"),
      ("I.1", "Ủy ban nhân dân tỉnh Đồng Tháp", "lead", "inferred"),
      ("I.2", "Ủy ban nhân dân tỉnh Vĩnh Long", "lead", "inferred"),
      ("I.2", "Ủy ban nhân dân tỉnh Đồng Tháp", "lead", "inferred"),
      ("II", "Sở Xây dựng tỉnh Vĩnh Long", "lead", "explicit")}),
    # a ministry's plan closes each task with "(Chủ trì: ...; phối hợp: ...)"; a department whose name holds a
    # comma ("Cục Quản lý Khám, chữa bệnh") stays whole; the units told to carry out "các nhiệm vụ tại Mục II"
    # "theo chức năng, nhiệm vụ" each do their own share: they lead no task of that part, and a task that names no
    # lead goes to the focal unit that "chủ trì tổ chức triển khai Kế hoạch này"; a collective told the same ("Ủy ban
    # nhân dân các tỉnh ...") answers as a whole and leads the tasks that name no lead
    ("BỘ Y TẾ\nSố: 310/KH-BYT\nHà Nội, ngày 2 tháng 3 năm 2027\n\nKẾ HOẠCH\nPhòng, chống bệnh không lây nhiễm "
     "giai đoạn 2027 - 2030\n\nI. MỤC TIÊU\nGiảm tỷ lệ tử vong sớm.\nII. NHIỆM VỤ\n1. Chuyên môn\n"
     "a) Ban hành hướng dẫn quản lý bệnh tăng huyết áp tại trạm y tế xã. (Chủ trì: Cục Quản lý Khám, chữa bệnh; "
     "phối hợp: Vụ Pháp chế; thời gian: năm 2027).\n"
     "b) Rà soát danh mục thuốc điều trị tại tuyến xã. (Chủ trì: Cục Quản lý Dược; phối hợp: Vụ Bảo hiểm y tế).\n"
     "c) Truyền thông về dinh dưỡng hợp lý cho người cao tuổi.\n"
     "III. TỔ CHỨC THỰC HIỆN\n1. Cục Phòng bệnh, Cục Quản lý Dược, Vụ Pháp chế theo chức năng, nhiệm vụ được giao "
     "chủ động triển khai các nhiệm vụ tại Mục II; báo cáo kết quả về Bộ Y tế trước ngày 30/11 hằng năm.\n"
     "2. Cục Quản lý Khám, chữa bệnh là đơn vị đầu mối, chủ trì tổ chức triển khai Kế hoạch này.\n",
     {("II.1.a", "Cục Quản lý Khám, chữa bệnh", "lead", "explicit"), ("II.1.a", "Vụ Pháp chế", "support", "explicit"),
      ("II.1.b", "Cục Quản lý Dược", "lead", "explicit"), ("II.1.b", "Vụ Bảo hiểm y tế", "support", "explicit"),
      ("II.1.c", "Cục Quản lý Khám, chữa bệnh", "lead", "inferred"),
      ("III.1", "Cục Phòng bệnh", "lead", "explicit"), ("III.1", "Cục Quản lý Dược", "lead", "explicit"),
      ("III.1", "Vụ Pháp chế", "lead", "explicit"), ("III.1", "Bộ Y tế", "report_to", "explicit"),
      ("III.2", "Cục Quản lý Khám, chữa bệnh", "lead", "explicit")}),
    ("BỘ Y TẾ\nSố: 311/KH-BYT\nHà Nội, ngày 2 tháng 3 năm 2027\n\nKẾ HOẠCH\nPhòng, chống bệnh không lây nhiễm "
     "giai đoạn 2027 - 2030\n\nI. MỤC TIÊU\nGiảm tỷ lệ tử vong sớm.\nII. NHIỆM VỤ\n"
     "1. Ban hành hướng dẫn quản lý bệnh tăng huyết áp. (Chủ trì: Cục Quản lý Khám, chữa bệnh).\n"
     "2. Truyền thông về dinh dưỡng hợp lý cho người cao tuổi.\n"
     "III. TỔ CHỨC THỰC HIỆN\n1. Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương theo chức năng, nhiệm vụ "
     "được giao chủ động triển khai các nhiệm vụ tại Mục II.\n",
     {("II.1", "Cục Quản lý Khám, chữa bệnh", "lead", "explicit"),
      ("II.2", "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương", "lead", "inferred"),
      ("III.1", "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương", "lead", "explicit")}),
    # a department's own plan: the department that "chủ trì tổ chức triển khai Kế hoạch này" carries out the tasks
    # that name no doer; that sentence is a task although its line ends "Phân công nhiệm vụ cụ thể như sau:"
    ("SỞ Y TẾ\nSố: 52/KH-SYT\nHuế, ngày 9 tháng 3 năm 2027\n\nKẾ HOẠCH\nPhòng, chống tai nạn thương tích trẻ em\n\n"
     "I. NHIỆM VỤ\n1. Truyền thông phòng, chống đuối nước tại trường học.\n2. Tập huấn sơ cứu cho giáo viên.\n"
     "II. TỔ CHỨC THỰC HIỆN\nSở Y tế là cơ quan thường trực, chủ trì tổ chức triển khai Kế hoạch này; sơ kết "
     "trong quý I/2029. Phân công nhiệm vụ cụ thể như sau:\n1. Phòng Nghiệp vụ Y\n- Chủ trì biên soạn tài liệu tập huấn.\n",
     {("I.1", "Sở Y tế", "lead", "inferred"), ("I.2", "Sở Y tế", "lead", "inferred"),
      ("II", "Sở Y tế", "lead", "explicit"), ("II.1", "Phòng Nghiệp vụ Y", "lead", "explicit")}),
]


def test_assignment_constructions():
    failures = []
    for text, expected in ROWS:
        got = triples(text)
        if got != expected:
            failures.append(f"{text[110:170]!r}...\n  missing {sorted(expected - got)}\n  extra   {sorted(got - expected)}")
    assert not failures, f"{len(failures)} of {len(ROWS)} rows fail:\n" + "\n".join(failures)


@pytest.mark.parametrize("row", read_tsv("role_cues.tsv"), ids=lambda r: r[0])
def test_role_cue_examples(row):
    """Each cue's example, as a bullet of a task of a plan, gives the bracketed body the cue's role."""
    name, role, _position, _pattern, example = row[:5]
    m = re.search(r"\[([^\]]+)\]", example)
    assert m, f"{name}: the example marks no body in [brackets]"
    sentence = example.replace("[", "").replace("]", "")
    # a subject whose deed is done or under way is a report's past ("done" cues hold in reports)
    head = (REPORT + "I. KẾT QUẢ\n1. Về quy hoạch.\n- ") if role == "done" else (PLAN + "I. NHIỆM VỤ\n1. Về quy hoạch.\n- ")
    start = len(head) + m.start()
    ex = extract(head + sentence + "\n")
    roles = {a.role for t in ex.tasks for a in t.assignments if a.start is not None and a.start <= start < a.end}
    want = {"none": set(), "assigner": set(), "done": set(), "co": {"support"}}.get(role, {role})
    assert roles == want, f"{name}: {example!r} gave {roles or 'no role'}, the table says {role}"


@pytest.mark.parametrize("text, ref", [
    ("chủ trì thực hiện khoản 2, khoản 3 mục iii;", "khoản 2, khoản 3 mục iii"),
    ("các nhiệm vụ quy định tại khoản 2 điều 3 nghị quyết này", "khoản 2 điều 3"),
    ("nhiệm vụ tại mục 1, mục 2 và mục 5 phần iii", "mục 1, mục 2 và mục 5 phần iii"),
    # the labels after a plural
    ("chủ trì thực hiện nhiệm vụ tại các khoản 3, 5, 6 mục iii kế hoạch này", "khoản 3, 5, 6 mục iii"),
    # a law's or a decree's article is no part of the document: neither whole nor cut short before it
    ("chủ trì thực hiện khoản 1 điều 5 luật bình đẳng giới", None),
    ("các nhiệm vụ tại khoản 2 điều 3 nghị định 100", None),
])
def test_cross_references_name_the_documents_own_items(text, ref):
    from nlpolicy.extract.tasks import _CROSS_REF
    m = _CROSS_REF.search(text)
    assert (m.group("ref") if m else None) == ref


_WORKS_ANNEX = ("PHỤ LỤC\nDANH MỤC DỰ ÁN NĂM 2027\n\nSTT\nDanh mục dự án\nChủ đầu tư\nThời gian KC-HT\n"
                "Kế hoạch 2027\n\n1\nĐường trục chính xã Tân An\nBan QLDA ĐTXD các công trình giao thông tỉnh\n"
                "2026-2028\n120\n2\nTrường THPT Hòa Lợi\nSở Giáo dục và Đào tạo\n2027-2028\n35\n")


def test_the_investor_column_of_a_list_of_works_leads_each_row_outside_a_report():
    """A resolution allocating capital lists its works with their investors ("Chủ đầu tư"): each investor leads its
    row's work; a report's list of slow works names their investors and gives them nothing (texts written for
    this test)."""
    resolution = ("HỘI ĐỒNG NHÂN DÂN TỈNH TÂN AN\nSố: 45/NQ-HĐND\nTân An, ngày 10 tháng 12 năm 2026\n\nNGHỊ QUYẾT\n"
                  "Giao kế hoạch đầu tư công năm 2027\n\nĐiều 1. Giao kế hoạch vốn năm 2027 theo Phụ lục kèm theo.\n"
                  "Điều 2. Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết.\n\n" + _WORKS_ANNEX)
    got = {(a.agency, a.role) for t in extract(resolution).tasks for a in t.assignments
           if t.section and t.section.startswith("PL")}
    assert ("Sở Giáo dục và Đào tạo", "lead") in got
    assert any(n.startswith("Ban Quản lý dự án") and r == "lead" for n, r in got), got
    report = ("ỦY BAN NHÂN DÂN TỈNH TÂN AN\nSố: 210/BC-UBND\nTân An, ngày 5 tháng 10 năm 2027\n\nBÁO CÁO\n"
              "Tình hình thực hiện kế hoạch đầu tư công năm 2027\n\nI. KẾT QUẢ\nCác dự án chậm tiến độ như sau.\n\n"
              + _WORKS_ANNEX)
    assert not [a for t in extract(report).tasks for a in t.assignments if t.section and t.section.startswith("PL")]


@pytest.mark.parametrize("point, doers, starts, tasks", [
    # the statement names no body and its line of doers follows: one task, the statement with its doers
    ("a) Rà soát, cập nhật danh mục dự án kêu gọi đầu tư vào khu du lịch Hồ Núi Cốc.",
     "Cơ quan chủ trì: Sở Tài chính; cơ quan phối hợp: Sở Xây dựng. Thời gian hoàn thành: quý IV năm 2026.",
     "a) Rà soát, cập nhật danh mục", 1),
    ("a) Xây dựng bộ tiêu chí đánh giá cơ sở lưu trú du lịch xanh",
     "- Đơn vị thực hiện: Sở Tài chính chủ trì, Sở Xây dựng phối hợp; hoàn thành trong quý IV năm 2026.",
     "a) Xây dựng bộ tiêu chí", 1),
    # a statement that names its own body is a task of its own, and so is the line below it
    ("a) Sở Tài chính rà soát danh mục dự án kêu gọi đầu tư.",
     "Cơ quan phối hợp: Sở Xây dựng. Thời gian hoàn thành: quý IV năm 2026.", "a) Sở Tài chính rà soát", 2),
])
def test_a_line_of_doers_gives_the_statement_above_it_its_bodies(point, doers, starts, tasks):
    doc = extract(PLAN + f"I. NHIỆM VỤ\n1. Thu hút đầu tư\n{point}\n{doers}\nb) Tổ chức hội chợ du lịch.\n")
    got = [t for t in doc.tasks if t.section == "I.1.a"]
    assert len(got) == tasks and got[0].text.startswith(starts)
    assert {(a.agency, a.role) for t in got for a in t.assignments} >= {(STC, "lead"), (SXD, "support")}
    assert got[-1].deadline == "2026-Q4" and doers.split(":")[0] in got[-1].text


def test_a_headings_underline_is_not_a_task():
    # a plan typeset with underlined headings ("III. NHIỆM VỤ" over "=========="): the rule line is no task of
    # the part, and the part's tasks are its items
    text = (PLAN + "I. MỤC TIÊU\n==========\n\nGiảm số vụ tai nạn giao thông.\n\nII. NHIỆM VỤ\n============\n\n"
            "1. Tuyên truyền\n---------------\n\nSở Văn hóa, Thể thao và Du lịch chủ trì tuyên truyền luật giao "
            "thông.\n")
    tasks = extract(text).tasks
    assert [t.section for t in tasks] == ["II.1"]
    assert all(re.search(r"\w", t.text) for t in tasks)
