"""Structure that survives scans, conversions and odd layouts (issue 10), on documents written for these tests.

Every text here was invented in the style of the genre, with the damage real files carry (OCR
confusions of Roman numerals and diacritics, page furniture, hard wraps, lost header tables,
word-segmented and lower-cased research texts, labels alone on their line, legal-style
decisions).  None is copied from a corpus document.  Rows are (text, expected section ids); the
table test collects all failing rows before failing.
"""
from __future__ import annotations

import pytest

from nlpolicy.document import from_raw
from nlpolicy.extract.pipeline import extract_document
from nlpolicy.normalize import normalize
from nlpolicy.types import RawDocument


def doc(text: str):
    return from_raw(RawDocument(path="test.txt", text=text, encoding="utf-8"))


def ids(text: str) -> list[str]:
    return [s.id for s in doc(text).sections]


PLAN = "ỦY BAN NHÂN DÂN TỈNH\nSố: 45/KH-UBND\nNinh Bình, ngày 2 tháng 3 năm 2025\n\nKẾ HOẠCH\nvề chuyển đổi số năm 2025\n\n"

SECTION_ROWS = [
    # a letter OCR read in capitals is the letter where the sequence expects it, and only there
    (PLAN + "1. Phương thức kiểm tra\na. Thu thập tài liệu;\nb. Đối chiếu hồ sơ;\n"
     "C. Kiểm tra thực tế tại hiện trường;\nd. Sở Công Thương lập biên bản kiểm tra.\n2. Thời gian\nE. Trong tháng 5.\n",
     ["1", "1.a", "1.b", "1.c", "1.d", "2"]),
    # Roman numerals misread by OCR: "1-" for I (a part II follows), "H" for II, "HI" for III, "1V" for IV
    (PLAN + "1- MỤC ĐÍCH, YÊU CẦU\n1. Mục đích.\n2. Yêu cầu.\nH- NHIỆM VỤ\n1. Rà soát.\nHI. TÔ CHỨC THỰC HIỆN\n"
     "1. Sở Tài chính chủ trì.\n1V. KINH PHÍ\nNgân sách tỉnh.\n",
     ["I", "I.1", "I.2", "II", "II.1", "III", "III.1", "IV"]),
    # OCR'd parts in sentence case: "1." for I when the next label is item 1 again, "1V." for IV after III
    (PLAN + "1. Đặc điểm, tình hình\n1. Bối cảnh chung.\n2. Công tác chỉ đạo.\nII. Kết quả thực hiện\n1. Tuyên truyền.\n"
     "III. Đánh giá chung\n1. Ưu điểm.\n1V. Phương hướng, nhiệm vụ thời gian tới\n1. Nhiệm vụ trọng tâm.\n",
     ["I", "I.1", "I.2", "II", "II.1", "III", "III.1", "IV", "IV.1"]),
    # "1." at the top with no part II to come is an item, not part I
    (PLAN + "1. MỤC TIÊU\nNội dung.\n2. NHIỆM VỤ\nNội dung.\n", ["1", "2"]),
    # page furniture between items is no item and renumbers nothing
    (PLAN + "I. NHIỆM VỤ\n1. Một.\n\n===== Trang 2 =====\n\n2. Hai.\n7.NQTU12.DOC 5\n3. Ba.\n\n- 4 -\n\n4. Bốn.\n",
     ["I", "I.1", "I.2", "I.3", "I.4"]),
    # a lone page number between blank lines, smaller than the item before it, is no item (and no duplicate
    # that would renumber the items after it)
    (PLAN + "I. NHIỆM VỤ\n1. Rà soát quy hoạch.\n2. Kiểm tra.\n3. Đôn đốc các đơn vị thực hiện.\n\n2\n\n"
     "Khuyến khích các doanh nghiệp tham gia.\n4. Tổng hợp.\n", ["I", "I.1", "I.2", "I.3", "I.4"]),
    # a page number inside a sentence, the very number the next item would have, is no item: the line above runs on
    # into the line below in lower case; the item it would have been comes after
    (PLAN + "I. NHIỆM VỤ\n1. Rà soát quy hoạch.\n2. Phối hợp đầu tư kè chống sạt lở bờ sông Hậu\n3\n"
     "đoạn qua ấp Tân Lợi (dài 2 km).\n3. Tổng hợp.\n", ["I", "I.1", "I.2", "I.3"]),
    (PLAN + "I. MỤC TIÊU\n1. Đến năm 2030, tỷ lệ hộ dân được sử dụng nước sạch theo quy chuẩn đạt từ\n2\n"
     "85 - 90% tổng số hộ.\n2. Tầm nhìn.\n", ["I", "I.1", "I.2"]),
    # a wrapped citation that starts a line with "75-KL/TW" is no item 75; its siblings keep their numbers
    (PLAN + "I. NHIỆM VỤ\n1. Tiếp tục thực hiện Kết luận số\n75-KL/TW của Bộ Chính trị về đổi mới.\n2. Hai.\n3. Ba.\n",
     ["I", "I.1", "I.2", "I.3"]),
    # a hard wrap that leaves "XXI." (of "thế kỷ XXI.") alone on a line is no part XXI after part II
    (PLAN + "I. QUAN ĐIỂM\nChuyển đổi số là động lực.\nII. MỤC TIÊU\n1. Mục tiêu tổng quát\n"
     "Đến giữa thế kỷ, tỉnh trở thành trung tâm dịch vụ số của vùng, ngang tầm khu vực vào giữa thế kỷ\nXXI.\n"
     "2. Mục tiêu cụ thể\na) Năm 2025 có 80% dịch vụ công trực tuyến.\nIII. NHIỆM VỤ\n1. Hạ tầng số.\n",
     ["I", "II", "II.1", "II.2", "II.2.a", "III", "III.1"]),
    # a duplicate follows the sequence (OCR, typing); a gap is kept as printed
    (PLAN + "I. NHIỆM VỤ\n1. A.\n2. B.\n2. C.\n3. D.\nII. GIẢI PHÁP\nNội dung.\nIV. KINH PHÍ\nNội dung.\n",
     ["I", "I.1", "I.2", "I.3", "I.4", "II", "IV"]),
    # a word-segmented, lower-cased research text: "i -", "ii -" are parts, "a )" letters
    ("nghị_quyết về phát_triển cây chè đến năm 2030\nhội_đồng_nhân_dân tỉnh\n- căn_cứ luật tổ_chức chính_quyền địa_phương ;\n"
     "quyết_nghị\nđiều 1 : thông_qua chương_trình với các nội_dung sau :\ni - mục_tiêu :\n1 . về diện_tích .\n"
     "a ) giai_đoạn 2025 - 2027 trồng mới 500 ha .\nb ) giai_đoạn 2028 - 2030 trồng mới 700 ha .\n"
     "ii - nhiệm_vụ :\n1 . quy_hoạch vùng chè .\nđiều 2 : giao uỷ_ban_nhân_dân tỉnh tổ_chức thực_hiện nghị_quyết này .\n",
     ["D1", "D1.I", "D1.I.1", "D1.I.1.a", "D1.I.1.b", "D1.II", "D1.II.1", "D2"]),
    # a whole resolution lower-cased by a research converter: parts "a-", "b-", "c-" (a dash, not the ")" of
    # points) around items "1-", "2-" and Roman "i-", "ii-"; "1-" is item 1 because "2-" comes before any
    # "ii-", and "c-" continues the parts although item 3 of part II is open
    ("nghị_quyết hội_nghị ban_chấp_hành đảng_bộ tỉnh về phát_triển du_lịch\n"
     "a- tình hình\n1- những năm qua du_lịch có bước phát_triển.\n2- những hạn_chế có nguyên_nhân sau:\n"
     "a) nhận_thức chưa đầy_đủ;\nb) đầu_tư còn dàn_trải.\n"
     "b- định hướng đến năm 2030\ni- quan_điểm\n1- du_lịch là ngành kinh_tế mũi_nhọn.\nii- mục_tiêu\n"
     "1- mục_tiêu tổng_quát\n2- mục_tiêu cụ_thể\niii- nhiệm_vụ và giải_pháp\n1- quy_hoạch.\n2- đầu_tư hạ_tầng.\n"
     "3- quảng_bá.\nc- tổ chức thực hiện\n1- các cấp uỷ quán_triệt nghị_quyết.\n2- ban cán_sự đảng ubnd tỉnh chỉ_đạo.\n",
     ["A", "A.1", "A.2", "A.2.a", "A.2.b", "B", "B.I", "B.I.1", "B.II", "B.II.1", "B.II.2", "B.III", "B.III.1",
      "B.III.2", "B.III.3", "C", "C.1", "C.2"]),
    # labels alone on their line in a lower-cased text: "a ." and "b ." are parts, "i ." Roman
    ("chỉ_thị về việc xây_dựng kế_hoạch 5 năm\na .\nnhững nội_dung chủ_yếu\ni .\nvề đánh_giá tình_hình\n1 .\n"
     "tình_hình thực_hiện kế_hoạch .\nii. về mục_tiêu\na ) tăng_trưởng 8 % .\nb ) giảm nghèo .\nb .\ntổ_chức thực_hiện\n"
     "i .\ncác sở , ngành xây_dựng kế_hoạch .\n",
     ["A", "A.I", "A.I.1", "A.II", "A.II.a", "A.II.b", "B", "B.I"]),
    # the same research text printed and read back by OCR: the capital I of "Ii", "Iii", "Iv" read as "l"
    # ("li.", "lii.", "lv."), a dot doubled ("2 ..", "a..")
    ("Nghị quyết về quy hoạch phát triển thương mại\nHội đồng nhân dân tỉnh\nĐiều 1 . Thông qua quy hoạch :\n"
     "I. quan điểm phát triển\nli. mục tiêu phát triển\n1. Mục tiêu chung.\n2. Mục tiêu cụ thể.\nlii. định hướng\n"
     "lv. quy hoạch phát triển\n1. Phát triển theo không gian.\n2 .. Các loại hình thương mại chủ yếu\n"
     "a.. Phát triển mạng lưới chợ .\nb. Phát triển siêu thị .\nV. nhu cầu vốn đầu tư\nVi. giải pháp thực hiện\n"
     "Điều 2 . Tổ chức thực hiện .\n",
     ["D1", "D1.I", "D1.II", "D1.II.1", "D1.II.2", "D1.III", "D1.IV", "D1.IV.1", "D1.IV.2", "D1.IV.2.a", "D1.IV.2.b",
      "D1.V", "D1.VI", "D2"]),
    # OCR reads the "I -" of a part as "| -" (a lone pipe, no table) and "II -" as "li -"; the items "1.", "2."
    # under part I do not make it item 1
    ("Nghị quyết về chương trình phát triển cây cao su\nHội đồng nhân dân tỉnh\n"
     "Điều 1 : Thông qua Chương trình với những nội dung chính sau :\n\n| - mục tiêu :\n\n1. Về diện tích .\n"
     "2. Về sản phẩm :\nli - nhiệm vụ :\n1 . Quy hoạch vùng trồng .\nlii - những giải pháp chủ yếu .\n1. Giải pháp về vốn .\n"
     "Điều 2. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết .\n",
     ["D1", "D1.I", "D1.I.1", "D1.I.2", "D1.II", "D1.II.1", "D1.III", "D1.III.1", "D2"]),
    # title-cased Roman numerals of a research text ("Ii", "Iii")
    ("Nghị_quyết về phát_triển thương_mại\nHội_đồng_nhân_dân tỉnh\nĐiều 1 . Thông_qua quy_hoạch :\nI . Quan_điểm\nIi . Mục_tiêu\nIii . Giải_pháp\n"
     "Điều 2 . Tổ_chức thực_hiện .\n", ["D1", "D1.I", "D1.II", "D1.III", "D2"]),
    # labels alone on their line, the heading on the next
    ("Chỉ_thị về việc xây_dựng kế_hoạch 5 năm\nA .\nNhững nội_dung chủ_yếu\nI .\nVề đánh_giá tình_hình\n1 .\n"
     "Tình_hình thực_hiện kế_hoạch .\n2 .\nĐánh_giá kết_quả .\nB .\nTổ_chức thực_hiện\n",
     ["A", "A.I", "A.I.1", "A.I.2", "B"]),
    # Roman parts inside an article keep the article in the path (DOMAIN.md 4b)
    ("THỦ TƯỚNG CHÍNH PHỦ\nSố: 77/QĐ-TTg\nHà Nội, ngày 5 tháng 5 năm 2024\n\nQUYẾT ĐỊNH\nPHÊ DUYỆT CHIẾN LƯỢC PHÁT TRIỂN NGÀNH MUỐI\n"
     "Căn cứ Luật Tổ chức Chính phủ;\nQUYẾT ĐỊNH:\nĐiều 1. Phê duyệt Chiến lược với các nội dung như sau:\nI. QUAN ĐIỂM\n"
     "1. Phát triển bền vững.\nII. MỤC TIÊU\n1. Mục tiêu tổng quát\n2. Mục tiêu cụ thể\na) Đến năm 2030\n"
     "Điều 2. Tổ chức thực hiện\n1. Bộ Nông nghiệp và Môi trường chủ trì.\nĐiều 3. Quyết định này có hiệu lực.\n",
     ["D1", "D1.I", "D1.I.1", "D1.II", "D1.II.1", "D1.II.2", "D1.II.2.a", "D2", "D2.1", "D3"]),
    # a conversion broke an article's and a chapter's heading after their first word ("Điều" ⏎ "2. Tổ chức ...",
    # "Chương" ⏎ "II"): each is still its heading
    ("ỦY BAN NHÂN DÂN TỈNH\nSố: 41/QĐ-UBND\nCà Mau, ngày 4 tháng 6 năm 2026\n\nQUYẾT ĐỊNH\nPhê duyệt Đề án nuôi tôm sinh thái\n"
     "QUYẾT ĐỊNH:\nĐiều 1. Phê duyệt Đề án với các nội dung sau:\n1. Mục tiêu\n2. Nhiệm vụ\nĐiều\n"
     "2. Tổ chức thực hiện\n1. Sở Nông nghiệp và Môi trường chủ trì.\n2. Sở Tài chính bố trí kinh phí.\n"
     "Chương\nII\nĐIỀU KHOẢN THI HÀNH\nĐiều 3. Quyết định này có hiệu lực kể từ ngày ký.\n",
     ["D1", "D1.1", "D1.2", "D2", "D2.1", "D2.2", "II", "II.D3"]),
    # a regulation with chapters: Chương II, Điều 6, khoản 3, điểm d is II.D6.3.d (4b)
    ("QUY ĐỊNH\nvề quản lý chợ trên địa bàn tỉnh\n\nChương I\nQUY ĐỊNH CHUNG\nĐiều 1. Phạm vi điều chỉnh\nĐiều 2. Đối tượng áp dụng\n"
     "Chương II\nQUY ĐỊNH CỤ THỂ\nĐiều 3. Quy hoạch chợ\n1. Nội dung.\n2. Trách nhiệm.\na) Sở Công Thương.\nb) Sở Xây dựng.\n",
     ["I", "I.D1", "I.D2", "II", "II.D3", "II.D3.1", "II.D3.2", "II.D3.2.a", "II.D3.2.b"]),
    # a regulation issued with a decision, after its signature: its chapter heading glued by a PDF to the
    # line before; its articles go on across chapters; a sentence naming an annex is no annex
    ("ỦY BAN NHÂN DÂN TỈNH\nSố: 5/2025/QĐ-UBND\nHuế, ngày 2 tháng 3 năm 2025\n\nQUYẾT ĐỊNH\nban hành Quy định về giá\n\n"
     "Điều 1. Ban hành kèm theo Quyết định này Quy định về giá.\nĐiều 2. Quyết định này có hiệu lực.\n\nNơi nhận:\n- Như Điều 2;\n\n"
     "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLê Văn Bình\n\nQUY ĐỊNH\nvề quản lý giá\n(Ban hành kèm theo Quyết định số 5/2025/QĐ-UBND) Chương I\n"
     "QUY ĐỊNH CHUNG\nĐiều 1. Phạm vi\nĐiều 2. Đối tượng\nChương II\nQUY ĐỊNH CỤ THỂ\nĐiều 3. Định giá\n"
     "1. Sở Tài chính chủ trì thẩm định phương án giá theo mẫu tại\nPhụ lục 01 kèm theo Quy định này.\n2. Các sở phối hợp.\n",
     ["D1", "D2", "I", "I.D1", "I.D2", "II", "II.D3", "II.D3.1", "II.D3.2"]),
    # an amending decision: clauses it quotes hang under the amending clause (4b)
    ("ỦY BAN NHÂN DÂN TỈNH\nSố: 9/2025/QĐ-UBND\nNinh Bình, ngày 2 tháng 3 năm 2025\n\nQUYẾT ĐỊNH\nsửa đổi Quy định về quản lý chợ\n"
     "QUYẾT ĐỊNH:\nĐiều 1. Sửa đổi, bổ sung một số điều của Quy định như sau:\n1. Sửa đổi khoản 2 Điều 3 như sau:\n"
     "“2. Trách nhiệm của các cơ quan:\na) Sở Công Thương hướng dẫn.\nb) Sở Xây dựng kiểm tra.”\n"
     "2. Bãi bỏ Điều 5.\nĐiều 2. Quyết định này có hiệu lực từ ngày 15 tháng 3 năm 2025.\n",
     ["D1", "D1.1", "D1.1.2", "D1.1.2.a", "D1.1.2.b", "D1.2", "D2"]),
    # a council resolution whose header table became a placeholder and whose title block has no blank line
    ("<jsontable name=\"bang_0\"> </jsontable>\nNGHỊ QUYẾT\nVỀ VIỆC THÔNG QUA ĐỀ ÁN PHÁT TRIỂN GIAO THÔNG NÔNG THÔN\n"
     "HỘI ĐỒNG NHÂN DÂN TỈNH SƠN LA\nKHÓA XV - KỲ HỌP THỨ TÁM\nCăn cứ Luật Tổ chức chính quyền địa phương;\nQUYẾT NGHỊ:\n"
     "Điều 1. Thông qua Đề án với những nội dung chủ yếu sau:\n1. Phạm vi\nthực hiện trên địa bàn tỉnh.\n"
     "2. Kinh phí.\nĐiều 2. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết.\n",
     ["D1", "D1.1", "D1.2", "D2"]),
    # an unnumbered list of names attached after the signature, "(Kèm theo ...)", is PL1
    ("BỘ CHÍNH TRỊ\nSố 9-KL/TW\nHà Nội, ngày 2 tháng 3 năm 2025\n\nKẾT LUẬN\nvề sắp xếp đơn vị hành chính\n\n"
     "1. Thống nhất chủ trương.\n\nNơi nhận:\n- Như trên.\n\nT/M BỘ CHÍNH TRỊ\nTrần Văn An\n\n"
     "DANH SÁCH CÁC ĐƠN VỊ HÀNH CHÍNH\n(Kèm theo Kết luận số 9-KL/TW)\nI- Các đơn vị giữ nguyên\n1. Tỉnh A.\n2. Tỉnh B.\n",
     ["1", "PL1", "PL1.I", "PL1.I.1", "PL1.I.2"]),
    # an annex table numbered through its group rows: the rows are PL1.<row>, the group rows sections of
    # their own (PL1.I), as annotators read them
    (PLAN + "I. NHIỆM VỤ\n1. Thực hiện các nhiệm vụ tại Phụ lục.\n\nNơi nhận:\n- Như trên.\n\nTM. ỦY BAN NHÂN DÂN\n"
     "CHỦ TỊCH\nLê Văn An\n\nPHỤ LỤC\nDANH MỤC NHIỆM VỤ\n(Kèm theo Kế hoạch số 45/KH-UBND)\n"
     "| TT | Nhiệm vụ | Cơ quan chủ trì | Thời gian |\n|---|---|---|---|\n| I | Hạ tầng số | | |\n"
     "| 1 | Phủ sóng di động 5G các khu công nghiệp | Sở Khoa học và Công nghệ | 2025 |\n"
     "| 2 | Cáp quang đến các thôn | Viễn thông tỉnh | 2026 |\n| II | Dữ liệu số | | |\n"
     "| 3 | Cơ sở dữ liệu đất đai | Sở Nông nghiệp và Môi trường | 2025 |\n",
     ["I", "I.1", "PL1", "PL1.I", "PL1.1", "PL1.2", "PL1.II", "PL1.3"]),
    # an annex table whose only rows are numbered from 1 under one group row (a budget's "I | Thu nội địa", "1 |
    # ...", "2 | ...", "II | Thu từ xuất nhập khẩu" with none): numbered inside the group, PL1.I.1
    (PLAN + "I. NHIỆM VỤ\n1. Giao dự toán tại Phụ lục.\n\nNơi nhận:\n- Như trên.\n\nTM. ỦY BAN NHÂN DÂN\n"
     "CHỦ TỊCH\nLê Văn An\n\nPHỤ LỤC\nDỰ TOÁN THU NĂM 2027\n(Kèm theo Kế hoạch số 45/KH-UBND)\n"
     "| STT | Nội dung | Dự toán |\n|---|---|---|\n| | TỔNG THU | 5.840 |\n| I | Thu nội địa | 5.430 |\n"
     "| 1 | Thu từ doanh nghiệp | 238 |\n| 2 | Thuế thu nhập cá nhân | 315 |\n| II | Thu từ xuất nhập khẩu | 416 |\n",
     ["I", "I.1", "PL1", "PL1.I", "PL1.I.1", "PL1.I.2", "PL1.II"]),
    # OCR of printed pages: "l." alone for part I and "ll." for II, the heading after a blank line;
    # "5," for "5." where item 5 is next; "I)" for the letter l after k
    ("Chỉ thị về việc xây dựng kế hoạch 5 năm\nA.\n\nNhững nội dung chủ yếu\n\nl.\n\nVề đánh giá tình hình\n\n1.\n\n"
     "Tình hình thực hiện kế hoạch.\n\n2.\n\nĐánh giá kết quả.\n\nll.\n\nVề kế hoạch 5 năm\n\nB.\n\nTổ chức thực hiện\n",
     ["A", "A.I", "A.I.1", "A.I.2", "A.II", "B"]),
    (PLAN + "I. NHIỆM VỤ\n1. Rà soát.\n2. Kiểm tra.\n3. Đôn đốc.\n4. Tổng hợp.\n5, Báo cáo kết quả.\n6. Sơ kết.\n"
     "II. TỔ CHỨC\nNgày 12, 15 và 20 hằng tháng họp giao ban.\n",
     ["I", "I.1", "I.2", "I.3", "I.4", "I.5", "I.6", "II"]),
    (PLAN + "I. NHIỆM VỤ CỦA CÁC ĐƠN VỊ\n1. Các ban\n" + "".join(f"{c}) Ban số {i + 1} rà soát.\n" for i, c in enumerate("abcdeghik"))
     + "I) Ban số 10 rà soát.\nm) Văn phòng tổng hợp.\n",
     ["I", "I.1"] + [f"I.1.{c}" for c in "abcdeghik"] + ["I.1.l", "I.1.m"]),
    # lettered parts printed in sentence case, as web copies print headings: parts where their sequence
    # expects them, with Roman parts under them
    ("TỈNH ỦY BẮC GIANG\nSố 12-NQ/TU\nBắc Giang, ngày 2 tháng 3 năm 2025\n\nNghị quyết\nVề phát triển du lịch\n\n"
     "A- Tình hình và nguyên nhân\n\n1- Du lịch có bước phát triển.\n\n2- Hạn chế, nguyên nhân.\n\n"
     "B- Mục tiêu, nhiệm vụ và giải pháp đến năm 2030\n\nI- Quan điểm\n\n1- Du lịch là ngành kinh tế mũi nhọn.\n\n"
     "II- Mục tiêu\n\n1- Đón 5 triệu lượt khách.\n\nC- Tổ chức thực hiện\n\n1- Các huyện ủy quán triệt Nghị quyết.\n",
     ["A", "A.1", "A.2", "B", "B.I", "B.I.1", "B.II", "B.II.1", "C", "C.1"]),
    # a programme issued after the resolution's footer, its title in sentence case over "(Kèm theo ...)"
    ("CHÍNH PHỦ\nSố: 05/NQ-CP\nHà Nội, ngày 9 tháng 1 năm 2025\n\nNGHỊ QUYẾT\nBan hành Chương trình hành động\n\n"
     "Điều 1. Ban hành kèm theo Nghị quyết này Chương trình hành động.\nĐiều 2. Nghị quyết này có hiệu lực từ ngày ký.\n\n"
     "Nơi nhận:\n- Các bộ, cơ quan ngang bộ;\n- Lưu: VT.\n\nTm. chính phủ\nThủ tướng\n\nNguyễn Văn An\n\n"
     "Chương trình hành động của Chính phủ\n(Kèm theo Nghị quyết số 05/NQ-CP ngày 9 tháng 1 năm 2025 của Chính phủ)\n\n"
     "I. Mục tiêu\n1. Tổ chức thực hiện đầy đủ các nhiệm vụ.\nII. Nhiệm vụ cụ thể\n1. Hoàn thiện thể chế.\n"
     "2. Phát triển hạ tầng số.\n",
     ["D1", "D2", "I", "I.1", "II", "II.1", "II.2"]),
    # ... but a capital letter out of the parts' sequence, or before a sentence, is no part
    (PLAN + "I. NHIỆM VỤ\n1. Kiểm tra.\nB. Tăng cường kiểm tra các cơ sở. Xử lý vi phạm.\n2. Tổng hợp.\n",
     ["I", "I.1", "I.2"]),
    # a scheme's parts named by the word "Phần": alone over a heading in capitals, with the heading on the
    # line, or as an ordinal word; its items are the part's (III.2) -- and a sentence that opens with
    # "Phần II của ..." or "Phần lớn ..." is prose
    (PLAN.replace("KẾ HOẠCH", "ĐỀ ÁN") + "Phần I\nSỰ CẦN THIẾT\n1. Căn cứ pháp lý\n2. Thực trạng\n"
     "Phần II\nMỤC TIÊU\n1. Mục tiêu chung\nPhần II của Đề án nêu các mục tiêu đến năm 2030.\n"
     "Phần lớn các xã đã có quy hoạch.\n2. Mục tiêu cụ thể\nPHẦN III. GIẢI PHÁP\n1. Về vốn\n",
     ["I", "I.1", "I.2", "II", "II.1", "II.2", "III", "III.1"]),
    (PLAN + "PHẦN THỨ NHẤT\nĐÁNH GIÁ KẾT QUẢ\n1. Kết quả\nPHẦN THỨ HAI\nNHIỆM VỤ NĂM 2026\n1. Nhiệm vụ chung\n"
     "2. Nhiệm vụ cụ thể\n", ["I", "I.1", "II", "II.1", "II.2"]),
    # a congress report's parts hold parts numbered with Roman numerals of their own, starting again in each:
    # the "Phần" is then a level above them (P1.I.1), as a chapter is above its articles
    (PLAN.replace("KẾ HOẠCH", "BÁO CÁO CHÍNH TRỊ") + "PHẦN THỨ NHẤT\nKẾT QUẢ NHIỆM KỲ 2020 - 2025\nI. KẾT QUẢ ĐẠT ĐƯỢC\n"
     "1. Về kinh tế\n2. Về xã hội\nII. HẠN CHẾ\nPHẦN THỨ HAI\nPHƯƠNG HƯỚNG NHIỆM KỲ 2025 - 2030\n"
     "I. MỤC TIÊU TỔNG QUÁT\nII. NHIỆM VỤ\n1. Phát triển nông nghiệp\n",
     ["P1", "P1.I", "P1.I.1", "P1.I.2", "P1.II", "P2", "P2.I", "P2.II", "P2.II.1"]),
    # a ministry's plan numbered in digits only, four levels deep: "Phần 2." is a level above its "1.", "1.1.",
    # "1.1.1." (P2.1.1.1), never the Roman part II of a scheme that numbers its parts "Phần II"
    (PLAN + "Phần 1. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n1.1. Cụ thể hóa nhiệm vụ.\n2. Yêu cầu\n"
     "Phần 2. NHIỆM VỤ VÀ GIẢI PHÁP\n1. Hoàn thiện thể chế\n1.1. Thể chế, chính sách\n1.1.1. Văn bản pháp luật\n"
     "1.1.1.1. Xây dựng Thông tư hướng dẫn.\n1.1.1.2. Đề xuất cơ chế ưu đãi.\n1.2. Tiêu chuẩn\n"
     "2. Phát triển thị trường\n",
     ["P1", "P1.1", "P1.1.1", "P1.2", "P2", "P2.1", "P2.1.1", "P2.1.1.1", "P2.1.1.1.1", "P2.1.1.1.2", "P2.1.2",
      "P2.2"]),
    # a text re-cut one sentence a line, each label alone over its heading: "2.1." alone is item 2.1 of part II
    (PLAN + "I.\nMỤC TIÊU\n\n1.\nMục tiêu cụ thể\n\na)\nĐến năm 2028:\n\nII.\nNHIỆM VỤ\n\n2.\n"
     "Phát triển thiết chế\n\n"
     "2.1.\nĐầu tư nhà hát tỉnh.\nKhởi công trong năm 2028.\n\n2.2.\nXây dựng trung tâm sáng tạo.\n",
     ["I", "I.1", "I.1.a", "II", "II.2", "II.2.1", "II.2.2"]),
    # ... scanned, its "II." and "III." alone read "H." and "HI."; lower-cased, "ii." alone is still part II
    (PLAN + "I.\nMỤC TIÊU\n\n1.\nMục tiêu cụ thể\n\nH.\nNHIỆM VỤ\n\n1.\nPhát triển thiết chế\n\n"
     "HI.\nTỔ CHỨC THỰC HIỆN\n\n1.\nSở Văn hóa chủ trì.\n", ["I", "I.1", "II", "II.1", "III", "III.1"]),
    ((PLAN + "I.\nMỤC TIÊU\n\n1.\nMục tiêu cụ thể\n\nII.\nNHIỆM VỤ\n\n2.1.\nĐầu tư nhà hát.\n").lower(),
     ["I", "I.1", "II", "II.2.1"]),
    # OCR: "l." for item 1 under each part, "Il." for II, a line whose number was lost (". Hỗ trợ ...") between
    # items 2 and 4 is item 3; "l" for row 1 of an annex table; a lone "." sentence with no item 4 after it stays text
    (PLAN + "I. THỰC TRẠNG\nl. Chất lượng nư ớc giếng khoan\nNhiều giếng bị nhiễm asen.\nIl. NHIỆM VỤ\n"
     "l. Khoan giếng mới.\n2. Lắp đặt thiết bị lọc.\n. Hỗ trợ hộ nghèo mua bình lọc.\n4. Kiểm tra chất lượng nước.\n"
     "III. TỔ CHỨC THỰC HIỆN\nl. Sở Y tế chủ trì.\n. Sau đó các xã báo cáo.\n\n"
     "PHỤ LỤC\nDANH MỤC GIẾNG KHOAN\nTT | Tên công trình | Địa điểm\nl | Giếng khoan thôn Đông | xã An Lạc\n"
     "2 | Giếng khoan thôn Tây | xã An Lạc\n",
     ["I", "I.1", "II", "II.1", "II.2", "II.3", "II.4", "III", "III.1", "PL1", "PL1.1", "PL1.2"]),
    # an OCR'd annex whose groups number their rows from 1 again: row "l" of the second group is its row 1
    (PLAN + "I. NHIỆM VỤ\n1. Khoan giếng theo Phụ lục.\n\nPHỤ LỤC\nDANH MỤC GIẾNG KHOAN\nTT | Tên công trình | Địa điểm\n"
     "I | HUYỆN CŨ AN LẠC | \nl | Giếng khoan thôn Đông | xã An Lạc\n2 | Giếng khoan thôn Tây | xã An Lạc\n"
     "II | HUYỆN CŨ GIA SINH | \nl | Giếng khoan thôn Bắc | xã Gia Sinh\n2 | Giếng khoan thôn Nam | xã Gia Sinh\n",
     ["I", "I.1", "PL1", "PL1.I", "PL1.I.1", "PL1.I.2", "PL1.II", "PL1.II.1", "PL1.II.2"]),
    # a programme that numbers its tasks by the word ("Nhiệm vụ 1:", "Nhiệm vụ 2."), but not a sentence about one
    (PLAN + "I. MỤC TIÊU\nGiảm 50% túi ni lông.\nII. NHIỆM VỤ, GIẢI PHÁP\nNhiệm vụ 1: Đẩy mạnh tuyên truyền\n"
     "+ Tổ chức chiến dịch.\nNhiệm vụ 2. Thu gom, tái chế chất thải nhựa\nNhiệm vụ 5: nêu trên do các xã thực hiện.\n"
     "III. TỔ CHỨC THỰC HIỆN\n1. Sở Công Thương chủ trì.\n",
     ["I", "II", "II.1", "II.2", "III", "III.1"]),
    # an annex printed from a landscape PDF: a header and rows whose cells are joined by single spaces, rows that
    # wrap onto lines of their own, a page's running header, page number and the columns' numbers between rows
    (PLAN + "I. NHIỆM VỤ\n1. Cấp phép các mỏ đất đắp theo Phụ lục.\n\nPhụ lục\nDANH MỤC MỎ ĐẤT ĐẮP\n"
     "(Kèm theo Kế hoạch số 45/KH-UBND ngày 02/3/2025 của UBND tỉnh)\n"
     "TT Tên mỏ Vị trí Trữ lượng Đơn vị thực hiện Hoàn thành\n(1) (2) (3) (4) (5) (6)\n"
     "I DỰ ÁN CAO TỐC NINH BÌNH 3.100.000\n"
     "1 Mỏ đất đồi Cao Sơn Thôn Cao Sơn, xã Gia 1.200.000 Công ty cổ phần 31/3/2025\n"
     "Sinh Xây dựng Tràng An\n2 Mỏ đất Núi Voi Thôn Đông, xã Gia Phong 900.000 Công ty TNHH Hoàng Long 30/4/2025\n"
     "Phụ lục Kế hoạch số 45/KH-UBND\n7\n(1) (2) (3) (4) (5) (6)\n"
     "3 Mỏ cát Bãi Nổi Thôn Bãi, xã Khánh Thủy 1.000.000 Công ty cổ phần Sông Đáy Quý II/2025\n"
     "II CÁC DỰ ÁN KHÁC 500.000\n1 Mỏ đất Gò Đá Thôn Gò, xã Yên Mạc 500.000 Công ty TNHH Yên Mạc 30/6/2025\n",
     ["I", "I.1", "PL1", "PL1.I", "PL1.I.1", "PL1.I.2", "PL1.I.3", "PL1.II", "PL1.II.1"]),
]


def test_section_ids_on_damaged_layouts():
    failures = []
    for text, expected in SECTION_ROWS:
        got = ids(text)
        if got != expected:
            failures.append(f"{text[:70]!r}...: want {expected}, got {got}")
    assert not failures, f"{len(failures)} of {len(SECTION_ROWS)} rows fail:\n" + "\n".join(failures)


LOWER_CONCLUSION = ("kết luận_số 12-kl/tu ngày 05/3/2025 của ban_thường vụ tỉnh_ủy về phát_triển du_lịch\n\n"
                    "để tiếp_tục thực_hiện nghị_quyết số 08-nq/tu, ban thường_vụ tỉnh_ủy yêu_cầu:\n"
                    "1. tăng_cường sự lãnh_đạo của cấp ủy.\n2. tổ chức_thực hiện\n- ủy_ban nhân_dân tỉnh xây_dựng kế_hoạch.\n\n"
                    "t/m ban thường_vụ *(đã_ký)* lê_văn_bình\n")
LOWER_PLAN = ("ủy_ban nhân_dân tỉnh ninh_bình\nsố: 45/kh-ubnd\nninh bình, ngày 2 tháng 3 năm 2025\n\nkế_hoạch\n"
              "về chuyển_đổi số năm 2025\n\ni. mục_tiêu\n1. hoàn_thành cơ_sở dữ_liệu.\n\nnơi nhận:\n- như trên;\n"
              "- lưu: vt.\nkt. chủ tịch\nphó chủ tịch\n(đã_ký)\nnguyễn_văn an\n")
LOWER_RESOLUTION = ("nghị quyết**của ban_chấp hành đảng bộ tỉnh (khóa xv)****về phát_triển du_lịch đến năm 2030**\n\n"
                    "i- mục tiêu\n1- đón 3 triệu lượt khách.\nii- tổ chức thực hiện\n"
                    "1- ủy_ban nhân_dân tỉnh xây_dựng kế_hoạch thực_hiện nghị_quyết.\n")

HEADER_ROWS = [
    # (text, field, expected)
    # a lost date line: a council resolution is dated by its adoption (4b)
    ("<jsontable name=\"bang_0\"> </jsontable>\nNGHỊ QUYẾT\nVỀ NHIỆM VỤ NĂM 2018\nHỘI ĐỒNG NHÂN DÂN TỈNH BẾN TRE\nQUYẾT NGHỊ:\n"
     "Điều 1. Thông qua nhiệm vụ.\nNghị quyết này đã được Hội đồng nhân dân tỉnh Bến Tre khóa IX, Kỳ họp thứ 7 thông qua "
     "ngày 7 tháng 12 năm 2017 và có hiệu lực từ ngày 17 tháng 12 năm 2017./.\n", "date", "2017-12-07"),
    # the number printed only in an annex line
    ("NGHỊ QUYẾT\nVỀ GIÁ DỊCH VỤ\nQUYẾT NGHỊ:\nĐiều 1. Thông qua bảng giá kèm theo.\n\nPHỤ LỤC\n"
     "(Ban hành kèm theo Nghị quyết số 08/NQ-HĐND ngày 12/7/2017 của Hội đồng nhân dân tỉnh)\n", "number", "08/NQ-HĐND"),
    # ... and the date printed after it, when the header table was a placeholder (either way of writing a date)
    ("<jsontable name=\"bang_0\"> </jsontable>\nKẾ HOẠCH\nPhát triển đô thị thông minh\n\nI. MỤC ĐÍCH\n"
     "Xây dựng đô thị thông minh.\n\nPHỤ LỤC\n(Kèm theo Kế hoạch số 86/KH-UBND ngày 14 tháng 4 năm 2027 của Ủy ban "
     "nhân dân tỉnh)\n", "date", "2027-04-14"),
    ("NGHỊ QUYẾT\nVỀ GIÁ DỊCH VỤ\nQUYẾT NGHỊ:\nĐiều 1. Thông qua bảng giá kèm theo.\n\nPHỤ LỤC\n"
     "(Ban hành kèm theo Nghị quyết số 08/NQ-HĐND ngày 12/7/2017 của Hội đồng nhân dân tỉnh)\n", "date",
     "2017-07-12"),
    # an OCR'd slash ("⁄", the fraction slash) in the number; a head that prints the decision the team works
    # under ("THEO QUYẾT ĐỊNH SỐ ...") before the plan's own number: the number whose code says the kind
    ("SỞ XÂY DỰNG\nĐOÀN KIỂM TRA\nTHEO QUYẾT ĐỊNH\nSỐ 320/QĐ-SXD Ninh Bình, ngày 4 tháng 5 năm 2026\nSố: 415⁄KH-ĐKT\n\n"
     "KẾ HOẠCH\nKiểm tra an toàn công trình\n\n1. Mục tiêu\nĐánh giá tình hình.\n2. Nhiệm vụ\nĐoàn kiểm tra lập biên bản.\n",
     "number", "415/KH-ĐKT"),
    # a damaged number ("89NQ-HĐND") in its standard form
    ("HỘI ĐỒNG NHÂN DÂN TỈNH CÀ MAU\nSố: 89NQ-HĐND\nCà Mau, ngày 9 tháng 12 năm 2019\n\nNGHỊ QUYẾT\nvề biên chế\n\nĐiều 1. Giao biên chế.\n",
     "number", "89/NQ-HĐND"),
    # a two-column header kept on one line by the conversion
    ("HỘI ĐỒNG NHÂN DÂN TỈNH HÀ NAM | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 12/NQ-HĐND | Hà Nam, ngày 14 tháng 7 năm 2017\n\n"
     "NGHỊ QUYẾT\nvề kế hoạch đầu tư công\n\nĐiều 1. Thông qua kế hoạch.\n", "date", "2017-07-14"),
    # the kind of a word-segmented text read from its first line
    ("Chỉ_thị về việc xây_dựng kế_hoạch phát_triển kinh_tế - xã_hội\nThực_hiện Nghị_quyết của tỉnh , Ủy_ban_nhân_dân tỉnh "
     "chỉ_thị các sở , ngành thực_hiện các nhiệm_vụ sau :\n1 . Rà_soát .\n", "kind", "directive"),
    ("nghị_quyết về việc bãi_bỏ khoản thu đóng_góp\nhội_đồng_nhân_dân tỉnh\nđiều 1 . bãi_bỏ khoản thu .\n", "kind", "resolution"),
    # a party congress is named by its organisation and its number, not by the two header lines run together
    ("ĐẢNG BỘ TỈNH KON TUM\nĐẠI HỘI ĐẠI BIỂU LẦN THỨ XVII\n*\nSố 01-NQ/ĐH\nKon Tum, ngày 20 tháng 10 năm 2025\n\n"
     "NGHỊ QUYẾT\nĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ TỈNH LẦN THỨ XVII\n\nQUYẾT NGHỊ:\nI- NHIỆM VỤ\n1. Phát triển kinh tế.\n",
     "issuer", "Đại hội đại biểu Đảng bộ tỉnh Kon Tum lần thứ XVII"),
    # a scheme under its own number is a programme of tasks and targets (the contract has no "scheme")
    ("ỦY BAN NHÂN DÂN TỈNH\nSố: 12/ĐA-UBND\nHuế, ngày 2 tháng 3 năm 2026\n\nĐỀ ÁN\nPHÁT TRIỂN DU LỊCH CỘNG ĐỒNG\n\n"
     "I. MỤC TIÊU\n1. Đón 2 triệu lượt khách.\n", "kind", "programme"),
    # a "Phương án" says what is to be done, by whom and by when: a plan (the contract has no "scheme" either)
    ("ỦY BAN NHÂN DÂN TỈNH\nSố: 41/PA-UBND\nHuế, ngày 2 tháng 3 năm 2026\n\nPHƯƠNG ÁN\nỨng phó bão mạnh, siêu bão\n\n"
     "I. NHIỆM VỤ\n1. Sở Nông nghiệp và Môi trường chủ trì triển khai kế hoạch sơ tán dân; Ủy ban nhân dân các xã thực hiện.\n",
     "kind", "plan"),
    # an urgent dispatch ("Công điện") has its title under its kind line like any other document
    ("ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN\nSố: 7/CĐ-UBND\nLạng Sơn, ngày 12 tháng 8 năm 2026\n\nCÔNG ĐIỆN\nVề việc ứng phó mưa lũ\n\n"
     "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:\n1. Ủy ban nhân dân các xã sơ tán hộ dân vùng nguy hiểm.\n",
     "title", "Về việc ứng phó mưa lũ"),
] + [
    # a whole document lower-cased and word-segmented by a research converter: its header still reads
    (LOWER_CONCLUSION, "number", "12-KL/TU"), (LOWER_CONCLUSION, "date", "2025-03-05"),
    (LOWER_CONCLUSION, "kind", "conclusion"),
    (LOWER_PLAN, "date", "2025-03-02"), (LOWER_PLAN, "place", "Ninh Bình"),
    (LOWER_RESOLUTION, "kind", "resolution"),
]


COVER_LETTER = ("VĂN PHÒNG TỈNH ỦY\nSố 88-CV/VPTU\nV/v xin ý kiến dự thảo báo cáo\nKon Tum, ngày 5 tháng 5 năm 2025\n\n"
                "Kính gửi: Các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy.\n\nVăn phòng Tỉnh ủy xin gửi dự thảo báo cáo kèm theo.\n\n"
                "Nơi nhận:\n- Như trên.\n\nCHÁNH VĂN PHÒNG\nPhạm Văn Tư\n\n"
                "DỰ THẢO BÁO CÁO Kết quả thực hiện Nghị quyết số 05-NQ/TU\nSố: -BC/TU\nKính gửi: Ban Thường vụ Tỉnh ủy\n\n"
                "A. KẾT QUẢ THỰC HIỆN\nI- CÔNG TÁC LÃNH ĐẠO\n1. Ban hành kế hoạch.\nB. KIẾN NGHỊ\n1. Bố trí kinh phí.\n")


def test_a_cover_letter_carrying_a_draft_report_is_read_as_the_report():
    d = doc(COVER_LETTER)
    assert d.header.kind == "report" and d.header.number == "88-CV/VPTU"
    assert [s.id for s in d.sections] == ["A", "A.I", "A.I.1", "B", "B.1"]


# the Assembly's resolutions: the number after "Nghị quyết số:", the enacting body's line "QUỐC HỘI" over the
# preamble (no part of the title), the President of the Assembly signing with no "T/M" and no distribution list
ASSEMBLY = ("QUỐC HỘI\n-------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "Nghị quyết số: 31/2027/QH16 | Hà Nội, ngày 19 tháng 6 năm 2027\n\nNGHỊ QUYẾT\n"
            "VỀ CHỦ TRƯƠNG ĐẦU TƯ DỰ ÁN ĐƯỜNG SẮT TỐC ĐỘ CAO\nQUỐC HỘI\nCăn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa "
            "Việt Nam;\nQUYẾT NGHỊ:\nĐiều 1. Quyết định chủ trương đầu tư Dự án.\nĐiều 2. Giao Chính phủ tổ chức thực hiện "
            "Nghị quyết này.\nNghị quyết này được Quốc hội khóa XVI, Kỳ họp thứ 3 thông qua ngày 19 tháng 6 năm 2027.\n\n"
            "  | CHỦ TỊCH QUỐC HỘI\n\nPhạm Thanh Hải\n")


def test_a_programme_attached_to_a_lower_cased_resolution():
    # a research dataset's copy (lower-cased, syllables joined by "_"): the programme issued with the
    # resolution, after its signature, still opens its own parts
    text = ("chính phủ\nsố: 21/nq-cp\nhà nội, ngày 4 tháng 3 năm 2027\n\nnghị quyết\nban hành chương trình hành "
            "động của chính phủ\n\nđiều 1. ban_hành kèm theo nghị quyết này chương trình hành động.\n"
            "điều 2. nghị quyết này có hiệu lực từ ngày ký.\n\nnơi nhận:\n- các bộ;\n- lưu: vt.\ntm. chính phủ\n"
            "thủ tướng\n\nnguyễn văn a\n\nchương trình hành động_của chính phủ\n(kèm theo nghị quyết số 21/nq-cp "
            "ngày 4 tháng 3 năm 2027 của chính phủ)\n\ni. mục_tiêu\n1. đến năm 2030 tỷ lệ hồ sơ trực tuyến đạt 90%.\n"
            "ii. nhiệm vụ\n1. bộ công_thương xây_dựng nghị định về logistics trong quý iv năm 2027.\n")
    ids = [s.id for s in doc(text).sections]
    assert {"I", "I.1", "II", "II.1"} <= set(ids), ids



def test_a_plan_attached_to_a_lower_cased_decision_whose_subtitle_line_holds_its_bracket():
    # the title over its subtitle, the copy having joined "(ban hành kèm theo quyết định ...)" to the subtitle's line
    text = ("bộ nội vụ\nsố: 88/qđ-bnv\nhà nội, ngày 9 tháng 5 năm 2027\n\nquyết định\nphê duyệt kế_hoạch "
            "bồi dưỡng công chức\n\nđiều 1. phê duyệt kèm theo quyết định này kế hoạch bồi dưỡng.\n"
            "điều 2. quyết định này có hiệu lực từ ngày ký.\n\nnơi nhận:\n- các cục;\n- lưu: vt.\nbộ trưởng\n\n"
            "trần văn b\n\nbộ nội vụ\n\nkế_hoạch\nbồi dưỡng công chức cấp xã giai đoạn 2027 - 2030 (ban_hành kèm "
            "theo quyết định số 88/qđ-bnv ngày 9 tháng 5 năm 2027 của bộ trưởng bộ nội vụ)\n\ni. mục_tiêu\n"
            "1. đến năm 2030 có 95% công chức cấp xã được bồi dưỡng.\nii. nhiệm vụ\n"
            "1. vụ công chức chủ trì biên soạn tài liệu trong quý iv năm 2027.\n")
    ids = [s.id for s in doc(text).sections]
    assert {"D1", "D2", "I", "I.1", "II", "II.1"} <= set(ids), ids

def test_an_assembly_resolutions_header_and_signature():
    h = doc(ASSEMBLY).header
    assert (h.number, h.title, h.signer and h.signer.name) == (
        "31/2027/QH16", "Về chủ trương đầu tư dự án đường sắt tốc độ cao", "Phạm Thanh Hải")
    assert "31/2027/QH16" not in [c.number for c in doc(ASSEMBLY).citations]


def test_header_fields_on_damaged_headers():
    failures = []
    for text, field, want in HEADER_ROWS:
        got = getattr(doc(text).header, field)
        if got != want:
            failures.append(f"{text[:60]!r}...: {field} want {want!r}, got {got!r}")
    assert not failures, "\n".join(failures)


# a report whose heading styles' capitals a conversion lost: issuer, motto, kind word and signature block
# in sentence case, the kind word alone on its line below the number and the date
SENTENCE_CASE_REPORT = (
    "Ủy ban nhân dân\nTỉnh Quảng Trị\n  Cộng hòa xã hội chủ nghĩa Việt Nam\n  Độc lập - Tự do - Hạnh phúc\n"
    "Số: 112/BC-UBND\n       Quảng Trị, ngày 5 tháng 6 năm 2026\n\nBáo cáo\n"
    "Kết quả thực hiện kế hoạch phát triển cụm công nghiệp 6 tháng đầu năm 2026\n\n"
    "1. Kết quả đạt được\nĐã thành lập 03 cụm công nghiệp.\n2. Nhiệm vụ thời gian tới\n"
    "Sở Công Thương chủ trì rà soát quy hoạch các cụm công nghiệp.\n\n"
    "Nơi nhận:\n- Bộ Công Thương;\n- Lưu: VT.\n{mark}\n{position}\n\nTrần Văn Hòa\n")


def test_a_footer_and_kind_line_in_sentence_case():
    # rows: the mark and the position as the signature block prints them
    for mark, position, want in (("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Phó Chủ tịch"),
                                 ("Kt. chủ tịch", "Phó chủ tịch", "Phó Chủ tịch"),
                                 ("Tm. ủy ban nhân dân", "Chủ tịch", "Chủ tịch")):
        h = doc(SENTENCE_CASE_REPORT.format(mark=mark, position=position)).header
        assert (h.kind, h.number) == ("report", "112/BC-UBND"), mark
        assert h.title == "Kết quả thực hiện kế hoạch phát triển cụm công nghiệp 6 tháng đầu năm 2026", mark
        assert h.signer is not None and (h.signer.name, h.signer.position) == ("Trần Văn Hòa", want), mark
        assert h.issuer == "Ủy ban nhân dân tỉnh Quảng Trị", mark


def test_an_issuer_block_split_by_a_blank_line():
    # a double-spaced copy puts a blank line between the organ and its place: the place goes on with it
    text = SENTENCE_CASE_REPORT.format(mark="KT. CHỦ TỊCH", position="PHÓ CHỦ TỊCH")
    spaced = text.replace("Ủy ban nhân dân\nTỉnh Quảng Trị\n", "ỦY BAN NHÂN DÂN\n\nTỈNH QUẢNG TRỊ\n\n")
    assert doc(spaced).header.issuer == "Ủy ban nhân dân tỉnh Quảng Trị"
    # ... but a blank line before what is no place still ends the block
    other = text.replace("Ủy ban nhân dân\nTỉnh Quảng Trị\n", "SỞ CÔNG THƯƠNG\n\nBAN QUẢN LÝ DỰ ÁN\n\n")
    assert doc(other).header.issuer != "Ban Quản lý dự án"


def test_a_lower_cased_footer_gives_its_signer():
    # the block on lines of its own, on one line, or in two columns read line by line
    assert doc(LOWER_PLAN).header.signer.name == "Nguyễn Văn An"
    assert doc(LOWER_CONCLUSION).header.signer.name == "Lê Văn Bình"
    two = ("tỉnh ủy nam định\nsố 3-nq/tu\nnam định, ngày 3 tháng 3 năm 2025\n\nnghị quyết\nvề du_lịch\n\n1. phát_triển du_lịch.\n\n"
           "nơi nhận:                         t/m ban thường_vụ\n- các huyện ủy;                          bí thư\n"
           "- lưu văn_phòng tỉnh ủy. đặng_văn phúc\n")
    assert doc(two).header.signer.name == "Đặng Văn Phúc"


def test_a_two_column_footer_gives_its_signer():
    d = doc("TỈNH ỦY NAM ĐỊNH\nSố 3-NQ/TU\nNam Định, ngày 3 tháng 3 năm 2025\n\nNGHỊ QUYẾT\nvề du lịch\n\n1. Phát triển du lịch.\n\n"
            "Nơi nhận:                         T/M BAN THƯỜNG VỤ\n- Các huyện ủy,                          BÍ THƯ\n"
            "- Lưu Văn phòng Tỉnh ủy.                    Đặng Văn Phúc\n")
    assert d.header.signer is not None and d.header.signer.name == "Đặng Văn Phúc"
    assert [r.text for r in d.header.recipients] == ["Các huyện ủy,", "Lưu Văn phòng Tỉnh ủy."]


def test_a_scanned_footer_and_date_give_the_signer_and_the_date():
    """OCR lost the mark of "TỊCH" in the signer's position and read a 0 of the year as "O": the position is
    still no name, and the date is still the date."""
    d = doc("ỦY BAN NHÂN DÂN TỈNH\nSố: 18/KH-UBND            Hưng Yên, ngày 4 tháng 6 năm 2O27\n\nKẾ HOẠCH\n"
            "về nước sạch\n\n1. Khoan giếng mới.\n\nNơi nhận:                         KT. CHỦ TỊCH\n"
            "- Sở Y tế;                          PHÓ CHỦ TICH\n- Lưu: VT.\n\n                       Lê Văn Khải\n")
    assert d.header.date == "2027-06-04"
    assert d.header.signer is not None and d.header.signer.name == "Lê Văn Khải"


def test_a_scanned_plan_lower_cased_and_word_segmented_keeps_its_parts_and_date():
    """The same scan's confusions in a research copy that lost its capitals and joined its words: "il." is part
    II, "l." item 1, ". di dời" between items 2 and 4 item 3, "năm 2o27" the year."""
    d = doc("ủy_ban nhân_dân tỉnh hưng_yên\nsố: 18/kh-ubnd            hưng_yên, ngày 4 tháng 6 năm 2o27\n\n"
            "kế_hoạch\nvề nước_sạch nông_thôn\n\ni. thực_trạng\nl. chất_lượng nước giếng khoan\n"
            "nhiều giếng bị nhiễm asen.\nil. nhiệm_vụ\nl. khoan giếng mới.\n2. lắp_đặt thiết_bị lọc.\n"
            ". hỗ_trợ hộ nghèo mua bình lọc.\n4. kiểm_tra chất_lượng nước.\niii. tổ_chức thực_hiện\n"
            "l. sở y_tế chủ_trì.\n")
    assert [s.id for s in d.sections] == ["I", "I.1", "II", "II.1", "II.2", "II.3", "II.4", "III", "III.1"]
    assert d.header.date == "2027-06-04"


def test_items_behind_any_bullet_mark_read_as_items():
    # rows: the mark a word processor or a web page put before the items; the footer's recipients, the
    # signer glued after the last one, and the bodies the items hand tasks to read as with "-"
    reference = None
    for mark in ("-", "–", "—", "•", "●", "▪", "➢", "►", "\uf0b7", "\uf0d8", "·"):
        d = doc("TỈNH ỦY NAM ĐỊNH\nSố 3-NQ/TU\nNam Định, ngày 3 tháng 3 năm 2025\n\nNGHỊ QUYẾT\nvề du lịch\n\n"
                "I. NHIỆM VỤ\n1. Phát triển du lịch:\n"
                f"{mark} Sở Văn hóa, Thể thao và Du lịch chủ trì xây dựng kế hoạch quảng bá du lịch;\n"
                f"{mark} Sở Tài chính bảo đảm kinh phí thực hiện.\n\n"
                "Nơi nhận:                         T/M BAN THƯỜNG VỤ\n"
                f"{mark} Các huyện ủy,                          BÍ THƯ\n"
                f"{mark} Lưu Văn phòng Tỉnh ủy.                    Đặng Văn Phúc\n")
        assert d.header.signer is not None and d.header.signer.name == "Đặng Văn Phúc", mark
        assert [r.text for r in d.header.recipients] == ["Các huyện ủy,", "Lưu Văn phòng Tỉnh ủy."], mark
        assigned = sorted((t.section, a.agency, a.role) for t in extract_document(d).tasks for a in t.assignments)
        reference = reference or assigned
        assert assigned == reference and ("I.1", "Sở Tài chính", "lead") in assigned, mark


def test_letters_a_broken_font_gave_the_wrong_code():
    # a text copied out of a PDF whose font map was broken ("THƢƠNG", "HÕA"), and a converter's eth for
    # "Đ": the same header, sections and assignments as the right letters give
    right = ("ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP\nSố: 12/KH-UBND\nĐồng Tháp, ngày 3 tháng 4 năm 2026\n\nKẾ HOẠCH\n"
             "Phát triển thương mại điện tử năm 2026\n\nI. MỤC TIÊU\nĐạt 30% doanh nghiệp bán hàng trực tuyến.\n"
             "II. NHIỆM VỤ\n1. Sở Công Thương chủ trì, phối hợp với Sở Tài chính xây dựng sàn thương mại điện tử; "
             "Đài Phát thanh và Truyền hình tỉnh tuyên truyền; Ủy ban nhân dân các xã hòa giải tranh chấp, nói rõ lý do.\n")
    broken = right.replace("ư", "ƣ").replace("Ư", "Ƣ").replace("Đ", "Ð").replace("đ", "ð").replace("hòa", "hõa")
    assert broken != right and "rõ" in broken
    got, want = doc(broken), doc(right)
    assert got.text == want.text and "nói rõ" in got.text
    assert (got.header.number, got.header.issuer) == (want.header.number, want.header.issuer)
    assign = [sorted((t.section, a.agency, a.role) for t in extract_document(d).tasks for a in t.assignments)
              for d in (got, want)]
    assert assign[0] == assign[1] and ("II.1", "Sở Công Thương", "lead") in assign[0]


def test_a_signature_block_printed_above_the_distribution_list():
    # a party directive prints the block first, then "Nơi nhận:": the signer is read, and the block is no item
    d = doc("TỈNH ỦY NAM ĐỊNH\nSố 5-CT/TU\nNam Định, ngày 3 tháng 3 năm 2026\n\nCHỈ THỊ\nvề chuyển đổi số\n\n"
            "1. Các cấp ủy quán triệt Chỉ thị.\n2. Văn phòng Tỉnh ủy theo dõi, báo cáo.\n\nChỉ thị này được phổ biến đến chi bộ.\n\n"
            "T/M BAN THƯỜNG VỤ\nBÍ THƯ\n\n(Đã ký)\n\nĐặng Văn Phúc\n\nNơi nhận:\n- Ban Bí thư Trung ương Đảng (b/c),\n"
            "- Các huyện ủy,\n- Lưu Văn phòng Tỉnh ủy.\n")
    assert d.header.signer is not None and (d.header.signer.name, d.header.signer.position) == ("Đặng Văn Phúc", "Bí thư")
    assert [s.id for s in d.sections] == ["1", "2"]


@pytest.mark.parametrize("position, shown", [("GIÁM ĐỐC", "Giám đốc"), ("CHỦ TỊCH", "Chủ tịch")])
def test_a_signature_block_without_on_behalf_printed_above_the_distribution_list(position, shown):
    # a department's report, a council's resolution: the position alone, "(đã ký)", the name, then "Nơi nhận:"
    d = doc("SỞ CÔNG THƯƠNG TỈNH AN BÌNH\nSố: 21/BC-SCT\nAn Bình, ngày 3 tháng 6 năm 2028\n\nBÁO CÁO\n"
            "Kết quả thực hiện Kế hoạch số 14/KH-UBND\n\n1. Kết quả đạt được.\n2. Đề xuất, kiến nghị: Sở Tài chính "
            "bố trí kinh phí.\n\nSở Công Thương kính báo cáo./.\n\n" + f"{position}\n(đã ký)\nLê Thị Hoa\n\n"
            "Nơi nhận:\n- UBND tỉnh;\n- Lưu: VT.\n")
    assert d.header.signer is not None and (d.header.signer.name, d.header.signer.position) == ("Lê Thị Hoa", shown)
    assert [s.id for s in d.sections] == ["1", "2"]
    assert "GIÁM ĐỐC" not in d.text[d.sections[-1].start:d.sections[-1].end]


@pytest.mark.parametrize("number, head, kind", [
    ("Số 31-TB/TU", "THÔNG BÁO KẾT LUẬN\ncủa Ban Thường vụ Tỉnh ủy về phát triển cửa khẩu", "conclusion"),
    ("Số 52-TB/VPTU", "THÔNG BÁO\nKẾT LUẬN CỦA ĐỒNG CHÍ BÍ THƯ TỈNH ỦY\ntại buổi làm việc", "conclusion"),
    # a state body's notice of what its chairman concluded at a meeting stays a notice
    ("Số: 88/TB-UBND", "THÔNG BÁO\nKết luận của Chủ tịch Ủy ban nhân dân tỉnh tại cuộc họp", "other"),
    ("Số 40-TB/TU", "THÔNG BÁO\nvề lịch tiếp công dân", "other"),
])
def test_a_party_committees_notice_of_its_conclusions_is_a_conclusion(number, head, kind):
    d = doc(f"TỈNH ỦY AN BÌNH\n{number}\nAn Bình, ngày 2 tháng 3 năm 2027\n\n{head}\n\n"
            "1. Ban Thường vụ Tỉnh ủy ghi nhận kết quả đạt được của các cơ quan trong năm 2026.\n\n"
            "2. Mục tiêu đến năm 2030\n\n- Kim ngạch xuất nhập khẩu đạt 12 tỷ USD.\n\n3. Nhiệm vụ trọng tâm\n\n"
            "- Đẩy nhanh tiến độ xây dựng tuyến đường chuyên dụng (Giao Đảng ủy Ủy ban nhân dân tỉnh lãnh đạo, chỉ "
            "đạo; Sở Công Thương chủ trì; hoàn thành trước ngày 30/6/2027).\n\n"
            "4. Về công tác tuyên truyền, dân vận\n\n"
            "- Ban Tuyên giáo và Dân vận Tỉnh ủy định hướng các cơ quan báo chí tuyên truyền về chủ trương.\n\n"
            "- Đảng ủy xã Đồng Đăng lãnh đạo Ủy ban nhân dân xã vận động Nhân dân bàn giao mặt bằng.\n\n"
            "Văn phòng Tỉnh ủy thông báo để các cơ quan biết, thực hiện.\n")
    assert d.header.kind == kind
    if kind == "conclusion":        # its items instruct, as a directive's do: a body opening one leads it
        got = {(t.section, a.agency, a.role) for t in extract_document(d).tasks for a in t.assignments}
        assert {("4", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "lead"), ("4", "Đảng ủy xã Đồng Đăng", "lead")} <= got, \
            sorted(got)


def test_a_letters_report_outline_and_its_form_are_its_annexes():
    # a department asks for a report: the outline it attaches ("ĐỀ CƯƠNG BÁO CÁO" over "(Kèm theo ...)") and the
    # form after it ("Biểu mẫu", its own "Kèm theo" line) are PL1 and PL2, each with its own numbering
    d = doc("ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\nSỞ Y TẾ\nSố: 905/SYT-KHTC\nHà Tĩnh, ngày 4 tháng 8 năm 2026\n\n"
            "V/v báo cáo kết quả thực hiện tự chủ tài chính\n\nKính gửi: Các đơn vị trực thuộc.\n\n"
            "1. Các đơn vị báo cáo theo Đề cương kèm theo, gửi về Sở Y tế trước ngày 20/8/2026.\n"
            "2. Phòng Kế hoạch - Tài chính tổng hợp.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nGIÁM ĐỐC\n\n"
            "Trần Văn Hòa\n\nĐỀ CƯƠNG BÁO CÁO\nKết quả thực hiện tự chủ tài chính năm 2026\n"
            "(Kèm theo Công văn số 905/SYT-KHTC ngày 04/8/2026 của Sở Y tế)\n\nI. TÌNH HÌNH THỰC HIỆN\n"
            "1. Về nguồn thu\n2. Về chi thường xuyên: Trung tâm Y tế khu vực báo cáo số giường bệnh; tỷ lệ tự chủ ....% "
            "(chỉ tiêu giao 80%)\nII. NHIỆM VỤ NĂM 2027\n\nBiểu mẫu\nSỐ LIỆU THU, CHI NĂM 2026\n"
            "(Kèm theo Công văn số 905/SYT-KHTC ngày 04/8/2026 của Sở Y tế)\n\nSTT\nNội dung\nĐơn vị tính\n"
            "Số liệu\nI\nNGUỒN THU\n1\nThu sự nghiệp\nTriệu đồng\n\n2\nThu khác\nTriệu đồng\n\n")
    # (the form's rows hang under its one group, numbered from 1 inside it: PL2.I.1)
    assert [s.id for s in d.sections] == ["1", "2", "PL1", "PL1.I", "PL1.I.1", "PL1.I.2", "PL1.II",
                                          "PL2", "PL2.I", "PL2.I.1", "PL2.I.2"]
    # what the outline and the form ask others to write is no task, deadline or target of the letter's
    ex = extract_document(d)
    assert [t.section for t in ex.tasks] == ["1", "2"]
    assert [x.value for x in ex.deadlines] == ["2026-08-20"]
    assert not [t for t in ex.targets if t.kind == "target"]


def test_a_delegation_or_committee_post_over_the_signers_post_is_no_name():
    # a monitoring delegation's head signs as "TRƯỞNG ĐOÀN" over her council post; a commission's chairman
    # as "CHỦ NHIỆM"
    for posts, want in (("TM. ĐOÀN GIÁM SÁT\nTRƯỞNG ĐOÀN\nPHÓ CHỦ TỊCH HĐND TỈNH", "Phó chủ tịch"),
                        ("T/M ỦY BAN KIỂM TRA\nCHỦ NHIỆM", "Chủ nhiệm"),
                        # the body signed for on two lines: its second line is no name
                        ("TM. BAN THƯỜNG TRỰC\nỦY BAN MTTQ VIỆT NAM TỈNH\nCHỦ TỊCH", "Chủ tịch"),
                        # a police director signs with his rank before his name
                        ("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n(Đã ký)\n\nĐại tá", "Phó giám đốc")):
        d = doc("HỘI ĐỒNG NHÂN DÂN\nTỈNH QUẢNG NGÃI\nSố: 41/BC-ĐGS\nQuảng Ngãi, ngày 2 tháng 10 năm 2026\n\nBÁO CÁO\n"
                "Kết quả giám sát\n\nI. KẾT QUẢ\n1. Ủy ban nhân dân tỉnh đã ban hành kế hoạch.\n\nNơi nhận:\n"
                "- Thường trực HĐND tỉnh;\n- Lưu: VT.\n" + posts + (" " if posts.endswith("tá") else "\n\n\n") + "Lê Thị Hồng Vân\n")
        assert d.header.signer is not None and d.header.signer.name == "Lê Thị Hồng Vân", posts
        assert d.header.signer.position.casefold() == want.casefold(), posts


def test_a_footer_glued_by_a_pdf_gives_its_signer_and_not_the_attached_title():
    """A PDF's text layer glues the two columns with one space ("- Lưu: VT, KTTH Trần Văn Bình"), and
    the regulation issued with the decision follows with its own head ("QUY ĐỊNH")."""
    head = ("ỦY BAN NHÂN DÂN TỈNH NINH BÌNH\nSố: 20/2025/QĐ-UBND\nNinh Bình, ngày 4 tháng 5 năm 2025\n\nQUYẾT ĐỊNH\n"
            "Ban hành Quy định về quản lý giá\n\nĐiều 1. Ban hành kèm theo Quyết định này Quy định về quản lý giá.\n"
            "Điều 2. Giám đốc Sở Tài chính chịu trách nhiệm thi hành Quyết định này./.\n"
            "Nơi nhận: TM. ỦY BAN NHÂN DÂN\n- Như Điều 2; CHỦ TỊCH\n- Bộ Tài chính;\n")
    tail = ("\nỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH NINH BÌNH Độc lập - Tự do - Hạnh phúc\n"
            "QUY ĐỊNH\nVề quản lý giá trên địa bàn tỉnh\nChương I\nQUY ĐỊNH CHUNG\nĐiều 1. Phạm vi điều chỉnh\n")
    glued = doc(head + "- Lưu: VT, KTTH Trần Văn Bình" + tail).header.signer
    assert glued is not None and (glued.name, glued.position) == ("Trần Văn Bình", "Chủ tịch")
    assert doc(head + "- Lưu: VT, KTTH." + tail).header.signer is None      # no name: none, not "Quy Định"
    # or glued between two items of a recipients line ("...; Trần Văn Bình các phòng, ban ...")
    inner = doc(head + "- Văn phòng: CVP, các PCVP; Trần Văn Bình các phòng, ban thuộc Văn phòng;\n- Lưu: VT." + tail)
    assert inner.header.signer is not None and inner.header.signer.name == "Trần Văn Bình"
    # a recipient named in full is no signer: "Đồng chí Trần Văn Bình" is not between two items
    named = doc(head + "- Đồng chí Trần Văn Bình (để báo cáo);\n- Lưu: VT." + tail)
    assert named.header.signer is None


def test_an_annex_number_is_read_from_the_annex_line_only():
    cites_another = ("NGHỊ QUYẾT\nVỀ GIÁ DỊCH VỤ\nQUYẾT NGHỊ:\nĐiều 1. Bãi bỏ mức thu tại Phụ lục II ban hành kèm theo "
                     "Nghị quyết số 12/NQ-HĐND ngày 3/3/2015 của Hội đồng nhân dân tỉnh.\n")
    assert doc(cites_another).header.number is None


def test_spaced_citation_numbers_of_segmented_texts_are_whole():
    d = doc("quyết_định về việc thu phí\nủy_ban_nhân_dân tỉnh\ncăn_cứ Thông_tư liên_tịch số 117/2007/TTLT / BTC-BLĐTBXH ; "
            "Thông_tư số 45/2006/TT - BTC ; Nghị_định số 57/2002/NĐ - CP ;\nđiều 1 . thu phí .\n")
    assert [c.number for c in d.citations] == ["117/2007/TTLT-BTC-BLĐTBXH", "45/2006/TT-BTC", "57/2002/NĐ-CP"]


def test_citations_of_a_lower_cased_text_are_in_standard_form():
    d = doc("nghị_quyết về việc bãi_bỏ khoản thu đóng_góp\nhội_đồng_nhân_dân tỉnh\n- căn_cứ nghị_quyết số 05-nq/tu ngày 12/3/2009 "
            "của tỉnh_uỷ và quyết_định số 87/2006/qđ-ttg ;\nđiều 1 . bãi_bỏ khoản thu .\n")
    assert [c.number for c in d.citations] == ["05-NQ/TU", "87/2006/QĐ-TTg"]


def test_word_segmented_text_is_read_with_spaces_and_quoted_as_given():
    from nlpolicy.extract.pipeline import extract_document
    from nlpolicy.serialize import extraction_to_dict
    text = ("nghị_quyết về phát_triển cây chè\nđiều 1 : giao uỷ_ban_nhân_dân tỉnh tổ_chức thực_hiện nghị_quyết này .\n")
    d = doc(text)
    assert "_" not in d.text and d.given == normalize(text).text
    out = extraction_to_dict(extract_document(d))
    assert out["document"]["text"] == d.given
    spans = [m for a in out["agencies"] for m in a["mentions"]] + out["tasks"]
    assert spans and all(out["document"]["text"][s["start"]:s["end"]] == s["text"] for s in spans)
    assert any("_" in s["text"] for s in spans)   # the evidence quotes the text as it was given


FURNITURE_ROWS = [
    ("câu bị ngắt\n\n===== Trang 3 =====\n\nở giữa trang.", "câu bị ngắt ở giữa trang."),
    ("Dòng một.\n12.NQTU08.DOC 3\nDòng hai.", "Dòng một.\nDòng hai."),
    ("Dòng một.\n28-07-2026 18:08:51 +07:00\nDòng hai.", "Dòng một.\nDòng hai."),
    ("Dòng một.\n- 4 -\nDòng hai.", "Dòng một.\nDòng hai."),
    ("¬ Sở Tài chính chủ trì.", "Sở Tài chính chủ trì."),
    ("| TT | Nội dung | Chủ trì |\n|---|---|---|\n| 1. | Rà soát | Sở Xây dựng |\n| 2. | | Sở Y tế |",
     "TT | Nội dung | Chủ trì\n1. | Rà soát | Sở Xây dựng\n2. | | Sở Y tế"),
]


def test_normalisation_drops_page_furniture_and_keeps_table_rows():
    failures = [f"{raw!r}: want {want!r}, got {normalize(raw).text!r}" for raw, want in FURNITURE_ROWS
                if normalize(raw).text != want]
    assert not failures, "\n".join(failures)


def test_a_bare_page_number_after_another_kind_of_page_marker_is_furniture():
    # a copy that numbers one page "===== Trang 2 =====" and the next only "3", between blank lines after a
    # line ending in ":": the "3" is the page, not item 3 (which would renumber the items after it)
    filler = "Tiếp tục rà soát, bổ sung quy hoạch phát triển thương mại trên địa bàn tỉnh theo hướng hiện đại. " * 20
    text = (PLAN + "I. NHIỆM VỤ\n1. Quy hoạch chợ.\n2. Phát triển siêu thị.\n" + filler + "\n\n===== Trang 2 =====\n\n"
            + filler + "\nViệc đầu tư được thực hiện đến năm 2030, trong đó:\n\n3\n\n- Giai đoạn 2026 - 2028: đầu tư chợ.\n"
            + "3. Phát triển kho bãi.\n4. Phát triển trung tâm logistics.\n")
    assert ids(text) == ["I", "I.1", "I.2", "I.3", "I.4"]


def test_a_lone_page_number_inside_a_sentence_is_furniture():
    # one page number, with no other to count on from, between blank lines inside an item's sentence: the line
    # before stops mid-phrase, and the text goes on (in capitals, the list's own item 3 further on; or in lower
    # case); a number after a finished sentence, with its item's title below, stays the item
    cut = ("I. NHIỆM VỤ\n1. Sở Tài chính\n- Chủ trì tham mưu Ủy ban nhân dân tỉnh bố trí kinh phí cho Điều tra\n\n3\n\n"
           "Dân số theo Mục II Kế hoạch này.\n2. Sở Nội vụ\n- Hướng dẫn các xã, phường thực hiện rà soát, kịp thời\n\n"
           "5\n\nbáo cáo kết quả.\n3. Công an tỉnh\n- Bảo đảm an ninh.\n")
    assert ids(PLAN + cut) == ["I", "I.1", "I.2", "I.3"]
    kept = "I. NHIỆM VỤ\n1. Sở Tài chính\n- Bố trí kinh phí cho các xã thực hiện điều tra.\n\n2\n\nSở Nội vụ\n- Hướng dẫn.\n"
    assert ids(PLAN + kept) == ["I", "I.1", "I.2"]
    # (an item number alone whose own lettered points follow is the item, whatever the line before it)
    lettered = ("I. NHIỆM VỤ\n1. Sở Tài chính bố trí kinh phí cho các xã thực hiện điều tra, trong đó\n\n2\n\n"
                "a) Sở Nội vụ hướng dẫn.\nb) Công an tỉnh bảo đảm an ninh.\n")
    assert normalize(PLAN + lettered).text.count("\n2\n") == 1


def test_a_tables_row_numbers_stay_after_a_page_marker():
    # a table one cell a line, its rows numbered alone on a line with their text below, pages after a
    # "Trang 2" marker: row 3 is no page 3
    filler = "Tiếp tục rà soát, bổ sung quy hoạch phát triển thương mại trên địa bàn tỉnh theo hướng hiện đại. " * 20
    rows = "".join(f"\n{n}\nNhiệm vụ số {n} về quản lý khoáng sản.\nSở Nông nghiệp và Môi trường\nCác sở, ngành\nNăm 2026\n"
                   for n in range(1, 6))
    text = (PLAN + "I. NHIỆM VỤ\n1. Thực hiện các nhiệm vụ tại Phụ lục.\n" + filler + "\n\n===== Trang 2 =====\n\n" + filler
            + "\n\nNơi nhận:\n- Như trên.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLê Văn An\n\nPhụ lục\nNHIỆM VỤ TRỌNG TÂM\n"
            + "(Kèm theo Kế hoạch số 45/KH-UBND)\n\nTT\nTên nhiệm vụ\nSở chủ trì\nĐơn vị phối hợp\nThời gian thực hiện\n" + rows)
    assert ids(text) == ["I", "I.1", "PL1"] + [f"PL1.{n}" for n in range(1, 6)]


def test_page_numbers_of_two_printings_are_furniture():
    # a copy whose own pages are numbered after form feeds ("\f 2") and that a later print numbered again,
    # "2" and "3" between blank lines, pages apart: all three are page furniture, the text around them stays
    filler = "Tiếp tục rà soát, bổ sung quy hoạch phát triển thương mại trên địa bàn tỉnh theo hướng hiện đại. " * 20
    text = (PLAN + "1. Trách nhiệm chung\n" + filler + "\n\n2\n\nChương trình hành động của tỉnh;\n" + filler[:600]
            + "\n\n\f        2\n\n" + filler + "\n\n3\n\nCác sở, ngành triển khai.\n2. Sở Tài chính\n3. Sở Xây dựng\n")
    out = normalize(text).text
    assert "\n2\n" not in out and "\n3\n" not in out and "\f" not in out
    assert "Chương trình hành động của tỉnh;" in out and "2. Sở Tài chính" in out


def test_a_pdfs_running_header_and_its_page_numbers_are_furniture():
    # a ministry's plan copied out of a PDF: the same line at each page's foot, alone between blank lines, its page's
    # number beside it; a line a double-spaced copy repeats with no page number by it is text; a word broken at its
    # hyphen is two syllables again
    filler = "Các đơn vị thuộc Bộ rà soát văn bản quy phạm pháp luật thuộc lĩnh vực được giao, đề xuất sửa đổi. " * 12
    foot = "Bộ Nông nghiệp và Môi trường - Kế hoạch thi hành Luật Địa chất"
    text = (PLAN + "I. NHIỆM VỤ\n1. Rà soát văn bản.\n" + filler + f"\n\n{foot}\n\n2\n\n" + filler + f"\n\n{foot}\n\n3\n\n"
            + filler + f"\n\n{foot}\n\n4\n\n2. Giao Trung tâm Truyền thông khoa-\nhọc và công nghệ thực hiện.\n")
    out = normalize(text).text
    assert foot not in out and "\n2\n" not in out and "\n4\n" not in out
    assert "Trung tâm Truyền thông khoa học và công nghệ" in out and ids(text) == ["I", "I.1", "I.2"]
    kept = "\n\n".join(["Thường trực Hội đồng nhân dân tỉnh giám sát", "việc thực hiện Nghị quyết này."] * 3) + "\n"
    assert normalize(kept).text.count("Thường trực Hội đồng nhân dân tỉnh giám sát") == 3


def test_page_numbers_counting_up_between_lines_are_furniture_wherever_they_stand():
    # a PDF copy that prints each page's number between the page's last line and the next page's first, with no
    # blank line around it: three numbers counting up, pages apart, are pages, even where one cuts a sentence or
    # stands over the next item; a table's row numbers, close together, stay
    filler = "Các xã, phường rà soát danh sách người dôi dư, công khai tại trụ sở, báo cáo Sở Nội vụ đúng hạn. " * 17
    text = (PLAN + "I. CHÍNH SÁCH\n1. Hỗ trợ một lần cho người nghỉ việc.\n" + filler + "đối với những\n2\n"
            + "người dôi dư do sắp xếp.\n" + filler + "\n3\n2. Hỗ trợ đào tạo nghề.\n" + filler + "\n4\n"
            + "3. Hỗ trợ tìm việc làm.\n\nNơi nhận:\n- Như trên.\n\nTM. HỘI ĐỒNG NHÂN DÂN\nCHỦ TỊCH\nLê Văn An\n\n"
            + "Phụ lục\nTT\nĐối tượng\nSố người\n1\nCán bộ cấp xã\n318\n2\nViên chức\n204\n3\n"
            + "Người hoạt động không chuyên trách\n426\n")
    assert ids(text) == ["I", "I.1", "I.2", "I.3", "PL1", "PL1.1", "PL1.2", "PL1.3"]
    assert "đối với những người dôi dư" in normalize(text).text


@pytest.mark.parametrize("damaged, clean", [
    ("Nghị quyê \u0301t vê \u0300 hô \u0303 trợ", "Nghị quyết về hỗ trợ"),
    ("Điê \u0300u 4. Tô \u0309 chức thư \u0323c hiện", "Điều 4. Tổ chức thực hiện"),
    ("Sở Gia \u0301o dục và Đào tạo", "Sở Giáo dục và Đào tạo"),
    ("Ba \u0309o hiê \u0309m xa \u0303 hô \u0323i tỉnh", "Bảo hiểm xã hội tỉnh"),
])
def test_a_tone_mark_a_pdfs_font_set_apart_joins_its_letter(damaged, clean):
    # the marks stand as glyphs of their own after a space, where Vietnamese has none
    assert normalize(damaged).text == clean
