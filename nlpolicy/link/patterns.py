"""Regular expressions of the linker: short citations, implementing cues, issuers, figures.

Full document numbers ("34-NQ/TU", "134/KH-UBND") are found by
:mod:`nlpolicy.structure`; the patterns here catch what it leaves: short forms
that name a document by kind and bare number, the words that say a document
*carries out* what it cites, and the province / issuer words that tell one
"01/KH-UBND" from another.  They run over ``Document.text`` (NFC, not folded).
"""
from __future__ import annotations

import re

# ---------------------------------------------------------------- short citations

# Kind words and their abbreviations, as they precede a bare number.
#   "Nghị quyết 57", "NQ 34", "NQ số 34", "Chỉ thị 11", "Kết luận số 69", "CTr 39"
# The number must not continue into a full number ("57-NQ/TW" is the structure
# parser's business) nor into a date or a quantity ("Nghị quyết 57/2024/...").
SHORT_CITATION = re.compile(r"""
    (?<![\w/])
    (?P<kind>Nghị[ ]quyết|Kết[ ]luận|Chỉ[ ]thị|Kế[ ]hoạch|Chương[ ]trình[ ]hành[ ]động
       |Đề[ ]án|Quyết[ ]định
       |NQ|KL|CT|KH|CTr|ĐA|QĐ)          # abbreviations in running text: "NQ 34", "CT 11"
    [ ]+(?:số[ ]+)?
    (?P<n>\d{1,5})
    (?![\w]|[ ]*[-‐–/][ ]*[\wĐ])       # not "57-NQ/TW", not "32/2024"
""", re.VERBOSE)

SHORT_KINDS = {
    "nghị quyết": "resolution", "nq": "resolution",
    "kết luận": "conclusion", "kl": "conclusion",
    "chỉ thị": "directive", "ct": "directive",
    "kế hoạch": "plan", "kh": "plan",
    "chương trình hành động": "programme", "ctr": "programme",
    "đề án": "scheme", "đa": "scheme",
    "quyết định": "decision", "qđ": "decision",
}

# ---------------------------------------------------------------- relation cues

# Words in the ~80 characters before a citation saying the document carries it out:
#   "Thực hiện Nghị quyết số 34-NQ/TU", "triển khai thực hiện Chỉ thị số 11-CT/TU",
#   "cụ thể hóa ...", "(Kèm theo Nghị quyết số 03/NQ-CP ...)" (an attached programme).
IMPLEMENT_CUE = re.compile(r"""
    (?:thực[ ]hiện|triển[ ]khai|cụ[ ]thể[ ]hóa|cụ[ ]thể[ ]hoá|quán[ ]triệt|ban[ ]hành[ ]kèm[ ]theo)
    [^.;\n]{0,60}$
""", re.VERBOSE | re.IGNORECASE)

# "tiếp tục thực hiện Nghị quyết số 20-NQ/TW", "sau 10 năm thực hiện", "sơ kết", "tổng kết":
# a conclusion or review that follows an older resolution up.
FOLLOW_UP_CUE = re.compile(r"""
    (?:tiếp[ ]tục[ ]thực[ ]hiện|sau[ ]\d+[ ]năm[ ]thực[ ]hiện|sơ[ ]kết|tổng[ ]kết)
    [^.;\n]{0,60}$
""", re.VERBOSE | re.IGNORECASE)

# A report saying what was done: "báo cáo kết quả (triển khai) thực hiện Nghị quyết ..."
REPORT_CUE = re.compile(r"""
    báo[ ]cáo[^.;\n]{0,40}(?:thực[ ]hiện|triển[ ]khai)[^.;\n]{0,20}$
""", re.VERBOSE | re.IGNORECASE)

# ---------------------------------------------------------------- issuers and places

# The end of an issuer phrase that the structure parser may have run past:
#   "của Ban Thường vụ Tỉnh ủy và Kế hoạch số 134/KH-UBND ..." -> "Ban Thường vụ Tỉnh ủy"
#   "của Thủ tướng Chính phủ được ...", "của BTV Tỉnh ủy theo ..."
ISSUER_TAIL = re.compile(r"""
    [ ]+(?:và[ ]+(?:Kế[ ]hoạch|Nghị[ ]quyết|Chỉ[ ]thị|Kết[ ]luận|Quyết[ ]định|Chương[ ]trình|Văn[ ]bản)
         |được|theo|triển[ ]khai|như[ ]sau|ngày|tại|đã|về|trong)\b.*$
""", re.VERBOSE)

# A province or city named after its unit word: "tỉnh Lào Cai", "Tỉnh ủy Lào Cai",
# "UBND tỉnh Yên Bái", "TỈNH BÌNH THUẬN", "thành phố Hà Nội"; up to three capitalised syllables.
PROVINCE = re.compile(r"""
    (?:tỉnh|Tỉnh|TỈNH|Tỉnh[ ]ủy|Tỉnh[ ]uỷ|TỈNH[ ]ỦY|thành[ ]phố|Thành[ ]phố|THÀNH[ ]PHỐ|TP\.?)
    [ ]+(?P<name>(?:[A-ZĐÀ-Ỹ]+(?![a-zđà-ỹ])|[A-ZĐÀ-Ỹ][a-zđà-ỹ]*)(?:[ ]+(?:[A-ZĐÀ-Ỹ]+(?![a-zđà-ỹ])|[A-ZĐÀ-Ỹ][a-zđà-ỹ]*)){0,2})
""", re.VERBOSE)

# Capitalised words that follow "tỉnh" but are not place names ("tỉnh Ủy ban", "Tỉnh ủy").
NOT_PLACE = {"ủy", "uỷ", "ban", "đảng", "hội", "các", "ủy ban", "thường", "trực", "về", "đến"}

# ---------------------------------------------------------------- years and dates

YEAR = re.compile(r"(?<!\d)(?:19[5-9]\d|20[0-4]\d)(?!\d)")

# ---------------------------------------------------------------- figures

# A quantity with its unit: "29,0%", "12%/năm", "2.029,4ha", "37 CCN", "340 tỷ", "99,86%",
# "60-70%" (a range), "từ 8 đến 10%".  Vietnamese decimals use a comma and dots group
# thousands.  Units are the ones reports use for targets; a bare number is not a figure.
FIGURE = re.compile(r"""
    (?P<comp>trên|hơn|vượt|ít[ ]nhất|tối[ ]thiểu|không[ ]dưới|dưới|không[ ]quá|tối[ ]đa|khoảng|đạt|lên)?[ ]*
    (?:từ[ ]+)?
    (?P<value>\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)
    (?:[ ]*(?:-|–|đến)[ ]*(?P<value_max>\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?))?
    [ ]*
    (?P<unit>%/năm|%|ha\b|MW\b|km\b|tỷ[ ]đồng|tỷ\b|triệu[ ]USD|tỷ[ ]USD|triệu[ ]đồng
       |cụm[ ]công[ ]nghiệp|CCN\b|khu[ ]công[ ]nghiệp|Khu[ ]công[ ]nghiệp|KCN\b|dự[ ]án|doanh[ ]nghiệp)
""", re.VERBOSE)

# ---------------------------------------------------------------- progress of a task

# What a report says of a task, as staff write it in a progress column ("Tiến độ": "Hoàn thành",
# "Đang thực hiện", "Quá hạn") or in a sentence.  Read in this order: the first kind found in a
# statement decides, so "đã ban hành ..., 02 cơ quan đang trình ban hành" is in progress and
# "đã trình ..., chậm so với kế hoạch" is late.

# Late: "Quá hạn", "chậm tiến độ", "triển khai chậm", "còn chậm", "bị chậm", "chậm muộn", "trễ hạn",
# "chưa hoàn thành đúng hạn".  ("chậm nhất" is a time limit, not a delay.)
STATUS_OVERDUE = re.compile(r"""
    quá[ ]hạn|trễ[ ]hạn|chậm[ ](?:tiến[ ]độ|muộn|so[ ]với|triển[ ]khai|thực[ ]hiện)
    |(?:triển[ ]khai|thực[ ]hiện|tiến[ ]độ[^.;\n]{0,40})[ ](?:còn[ ])?chậm(?![ ]nhất)
    |(?:còn|rất|vẫn|bị)[ ]chậm(?![ ]nhất)
    |chưa[ ]hoàn[ ]thành[ ](?:đúng|theo)[ ](?:hạn|thời[ ]hạn|tiến[ ]độ)
    |không[ ]kịp(?![ ]thời)         # "không kịp đưa vào hoạt động trong quý II như kế hoạch" (not "không kịp thời")
""", re.VERBOSE | re.IGNORECASE)

# Not started: "Chưa thực hiện", "chưa triển khai", "chưa ban hành", "chưa xây dựng", "chưa được
# triển khai".  ("chưa hoàn thành" is started and not done: in progress.)
STATUS_NOT_STARTED = re.compile(r"""
    chưa[ ](?:được[ ])?(?:thực[ ]hiện|triển[ ]khai|ban[ ]hành|xây[ ]dựng|bắt[ ]đầu|khởi[ ]công|có[ ]kết[ ]quả)
""", re.VERBOSE | re.IGNORECASE)

# In progress: "Đang thực hiện", "Đang làm", "đang triển khai", "đang trình", "đã trình ... xem xét" (submitted,
# not yet issued), "dự kiến ban hành", "xin ý kiến", "chưa hoàn thành", "đúng tiến độ", "theo lộ trình".
STATUS_IN_PROGRESS = re.compile(r"""
    đang[ ](?:thực[ ]hiện|triển[ ]khai|xây[ ]dựng|hoàn[ ]thiện|hoàn[ ]tất|trình|chuẩn[ ]bị|tổ[ ]chức
           |nghiên[ ]cứu|xin[ ]ý[ ]kiến|lấy[ ]ý[ ]kiến|rà[ ]soát|thẩm[ ]định|khẩn[ ]trương|tích[ ]cực
           |tổng[ ]hợp|xử[ ]lý|trong[ ](?:quá[ ]trình|giai[ ]đoạn)|được|đôn[ ]đốc|thí[ ]điểm|giải[ ]phóng
           |lựa[ ]chọn|lập|thi[ ]công|đấu[ ]thầu|kêu[ ]gọi|vận[ ]động|giải[ ]ngân|hoàn[ ]chỉnh|bồi[ ]thường)
    |đang[ ]làm(?![ ]việc)          # a cell's short form, "Đang làm" (not "lao động đang làm việc ...")
    |(?:đã|đang)[ ]trình\b
    |(?<![\w])trình[ ](?:Thủ[ ]tướng|Chính[ ]phủ|Quốc[ ]hội|Ủy[ ]ban|UBND|HĐND|Hội[ ]đồng|cấp[ ]có[ ]thẩm[ ]quyền)
       [^.;\n]{0,60}(?:xem[ ]xét|ban[ ]hành|phê[ ]duyệt|thông[ ]qua)   # not "quá trình", "Tờ trình"
    |dự[ ]kiến[ ](?:ban[ ]hành|hoàn[ ]thành|trình|khởi[ ]công)|sẽ[ ](?:ban[ ]hành|hoàn[ ]thành|xem[ ]xét|trình)
    |(?<!\w)triển[ ]khai[ ]thí[ ]điểm(?!\w)      # a pilot started: "triển khai thí điểm gia cố nền đường ..."
    |xin[ ]ý[ ]kiến|lấy[ ]ý[ ]kiến|chưa[ ]hoàn[ ]thành|(?:đúng|đạt)[ ]tiến[ ]độ|theo[ ]lộ[ ]trình|tiếp[ ]tục[ ]triển[ ]khai
    # a figure short of the plan's step or target: "đạt 47,6%, chưa đạt lộ trình đề ra (50%)"
    |chưa[ ]đạt[ ](?:lộ[ ]trình|chỉ[ ]tiêu|kế[ ]hoạch|mục[ ]tiêu|yêu[ ]cầu)
    # how much of a works is built: "giá trị khối lượng thực hiện đạt khoảng 42%", "đạt 65% khối lượng"
    |khối[ ]lượng[^.;\n]{0,30}?đạt[ ](?:khoảng[ ]|gần[ ]|trên[ ])?\d{1,2}(?:,\d+)?[ ]?%
    |đạt[ ](?:khoảng[ ]|gần[ ]|trên[ ])?\d{1,2}(?:,\d+)?[ ]?%[ ](?:giá[ ]trị[ ])?khối[ ]lượng
    |hoàn[ ]thành[ ](?:khoảng[ ]|gần[ ]|trên[ ]|được[ ])?\d{1,2}(?:,\d+)?[ ]?%    # "đã hoàn thành khoảng 65% khối lượng"
    # part of the length or number done: "đã hoàn thành 6,1/9,2 km" (read_status checks the part is short of it)
""", re.VERBOSE | re.IGNORECASE)

# Done: "Hoàn thành" (a status cell, or "đã hoàn thành"), "đã ban hành", "đã được phê duyệt",
# "đã thành lập", "đã khai trương", "đã lựa chọn", "thu hút được 277 chuyên gia", "Vượt", "Đạt".
# A task that begins with the verb ("Hoàn thành xây dựng ...") is not done: only a status cell or
# "đã hoàn thành" counts.
STATUS_DONE = re.compile(r"""
    (?:đã|được)[ ](?:được[ ])?(?:hoàn[ ]thành|ban[ ]hành|phê[ ]duyệt|thông[ ]qua|thành[ ]lập|ký[ ]kết|khai[ ]trương
        |công[ ]nhận|lựa[ ]chọn|công[ ]bố|(?:đưa|đi)[ ]vào[ ](?:vận[ ]hành|khai[ ]thác|sử[ ]dụng|hoạt[ ]động)
        |khởi[ ]công|nghiệm[ ]thu
        |kiện[ ]toàn|tổ[ ]chức[ ]thành[ ]công|triển[ ]khai[ ]xong|xây[ ]dựng[ ]xong|hoàn[ ]tất)
    |(?:thu[ ]hút|tuyển[ ]chọn|đào[ ]tạo)[ ]được[ ]\d
    # issued, and named by its number: "đã tham mưu Ủy ban nhân dân tỉnh ban hành Quyết định số 2468/QĐ-UBND"
    |đã[ ][^.;\n]{0,60}?ban[ ]hành[ ](?:Quyết[ ]định|Nghị[ ]quyết|Kế[ ]hoạch|Chỉ[ ]thị|Quy[ ]chế|Quy[ ]định|Hướng[ ]dẫn
        |Công[ ]văn|Thông[ ]báo)[ ]số[ ]\d
    # approved by a decision named: "Danh mục ... được Ủy ban nhân dân tỉnh phê duyệt tại Quyết định số 112/QĐ-UBND"
    |được[ ][^.;\n]{0,60}?phê[ ]duyệt[ ]tại[ ](?:Quyết[ ]định|Nghị[ ]quyết|Văn[ ]bản|Công[ ]văn)[ ]số
    # a works' line after its name: "Cầu Rạch Bần Đỏ: hoàn thành, đưa vào sử dụng ngày 30/6/2027"
    |:[ ]+hoàn[ ]thành(?=[ ]*[,;.]|[ ]+(?:và[ ])?đưa[ ]vào)
    # an event held, one of its kind (not a count: "đã tổ chức 03 hội nghị" is work that goes on): "Sở đã tổ chức
    # hội nghị quán triệt Chỉ thị ...", "đã tổ chức Lễ hội ..."
    |đã[ ]tổ[ ]chức[ ](?:thành[ ]công[ ])?(?:hội[ ]nghị|hội[ ]thảo|tọa[ ]đàm|lễ|cuộc[ ]thi|triển[ ]lãm|diễn[ ]đàn
        |đại[ ]hội|liên[ ]hoan|ngày[ ]hội)(?![\w])
    # an event held on a day, the sentence opening with it: "Ngày 21/5/2026, UBND tỉnh tổ chức hội nghị ..."
    |^\W*ngày[ ]\d{1,2}/\d{1,2}/\d{4},[ ](?:(?!sẽ|dự[ ]kiến)[^.;\n]){0,80}?(?<![\w])
        (?:tổ[ ]chức|phát[ ]động|khởi[ ]công|khánh[ ]thành|ký[ ]kết|thành[ ]lập|khai[ ]trương)(?![\w])
""", re.VERBOSE | re.IGNORECASE)

# A whole progress cell: "Hoàn thành", "Đã hoàn thành", "Vượt", "Đạt", "Xong".
STATUS_CELL_DONE = re.compile(r"^\s*(?:đã[ ])?(?:hoàn[ ]thành|hoàn[ ]tất|vượt|đạt|xong)\b", re.IGNORECASE)

# Parts of a report that look ahead or propose, not report: "NHIỆM VỤ TRỌNG TÂM THỜI GIAN TỚI",
# "Phương hướng, nhiệm vụ năm 2026", "Đề xuất, kiến nghị", "GÓP Ý KIẾN ĐỐI VỚI DỰ THẢO ..."; what
# they say of a task ("chưa triển khai" in a proposal) is no status.
FORWARD_PART = re.compile(r"""
    nhiệm[ ]vụ[^\n]{0,40}(?:thời[ ]gian[ ]tới|tiếp[ ]theo|năm[ ]\d{4}|trong[ ]năm)|phương[ ]hướng
    |đề[ ]xuất|kiến[ ]nghị|góp[ ]ý
""", re.VERBOSE | re.IGNORECASE)

# A tally of tasks, not a statement on one: "22/45 nhiệm vụ (hạn T5) đang thực hiện",
# "có 37 nhiệm vụ hạn thực hiện trong tháng 3", "13 việc đang thực hiện".
TALLY = re.compile(r"(?<![\w/])\d+(?:/\d+)?[ ]+(?:nhiệm[ ]vụ|việc|nội[ ]dung|đề[ ]án|văn[ ]bản)\b", re.IGNORECASE)

# The topic a report's sentence names before a colon: "(4) Nhiệm vụ Xây dựng Danh mục công nghệ:
# Bộ ... đã trình", "1. Về cơ sở dữ liệu du lịch: Sở ... chưa triển khai", "Dữ liệu hộ tịch: 62/63 ...".
TOPIC = re.compile(r"""
    ^\s*(?:\(?[0-9ivx]{1,4}[.)]\s*|[a-zđ]\)\s*)?        # "(4)", "1.", "ii)", "a)"
    (?:Về[ ]việc[ ]|Về[ ]|Nhiệm[ ]vụ[ ]*:?[ ]*)?
    (?P<topic>[^:;.\n]{3,160}?)[ ]*:[ ]
""", re.VERBOSE | re.IGNORECASE)

# Where a sentence turns to its reasons: "..., do chưa được bố trí kinh phí", "... vì vướng mắc", "(chậm 10 ngày do ...)".
REASON = re.compile(r"[ ,(]+(?:do|vì|bởi vì|nguyên nhân)[ ](?!đó\b)", re.IGNORECASE)

# Every plan's organisation part asks the bodies to make plans of their own ("Các sở, ban, ngành, Ủy ban
# nhân dân các xã, phường xây dựng kế hoạch thực hiện, hoàn thành trước ngày 31/7/2026"), and every report
# on it counts them ("18/18 sở, ngành và 98/102 xã, phường đã ban hành kế hoạch, còn 04 xã chưa ban
# hành"): the count speaks of that task, in words the task does not share.
OWN_PLANS_TASK = re.compile(r"""
    ^\W*(?:\d+(?:\.\d+)*\.?[ ]*)?(?:Các|Ủy[ ]ban[ ]nhân[ ]dân[ ]các|UBND[ ]các)[ ][^.;\n]{0,160}?
    (?:xây[ ]dựng|ban[ ]hành)[ ](?:và[ ]triển[ ]khai[ ])?kế[ ]hoạch
    (?:[ ](?:chi[ ]tiết|thực[ ]hiện|triển[ ]khai|hành[ ]động|của[ ](?:cơ[ ]quan|đơn[ ]vị|địa[ ]phương|ngành|mình))
       |[ ]*[,;.]|$)                                   # "..., xây dựng kế hoạch, hoàn thành trong tháng 01/2026"
    # a row of an annex, its bodies in another cell: "Ban hành kế hoạch thực hiện Nghị quyết số 21-NQ/TU của cấp xã"
    |^\W*(?:\d+(?:\.\d+)*\.?[ ]*)?(?:xây[ ]dựng|ban[ ]hành)[ ]kế[ ]hoạch[ ][^.;\n]{0,80}?
     của[ ](?:cấp[ ]xã|các[ ](?:xã|sở|địa[ ]phương|cơ[ ]quan|đơn[ ]vị))(?!\w)
""", re.VERBOSE | re.IGNORECASE)
OWN_PLANS_REPORTED = re.compile(r"""
    (?:sở|ngành|xã|phường|đặc[ ]khu|địa[ ]phương|đơn[ ]vị|cơ[ ]quan)(?!\w)[^.;\n]{0,80}?
    (?:(?:đã|chưa)[ ](?:được[ ])?|(?<=[ ])(?=ban[ ]hành))     # "Đã có 17/19 sở, ngành ... ban hành kế hoạch"
    (?:ban[ ]hành|xây[ ]dựng)[ ]kế[ ]hoạch(?![ ]số)
""", re.VERBOSE | re.IGNORECASE)

# Work reported by its count, with no word of progress: "Công tác tuyên truyền được duy trì với 146 tin,
# bài", "đến nay đã thực hiện 12 số", "tổ chức 186 đợt tuần tra", "đã đăng, phát 86 tin, bài", "thanh tra 06
# doanh nghiệp", "khởi tố 07 vụ". It says the work goes on (in progress), not that it is done; a task that is
# due once and past its day is not told by it (see nlpolicy.link.status.decide).
# a statement that says how many of a whole are reached: "Có 9/14 bệnh viện ...", "đã đưa 187/246 sản phẩm ..."
SHARE_REACHED = re.compile(r"(?<![\w])(?:đã|có|đạt)(?![\w])", re.IGNORECASE)

ACTIVITY = re.compile(r"""
    (?<!\w)duy[ ]trì[ ](?:chuyên[ ]mục|chương[ ]trình|với[ ]\d)
    |(?<!\w)(?:tổ[ ]chức|thực[ ]hiện|đăng(?:[ ]tải)?|phát(?:[ ]sóng|[ ]hành)?|xuất[ ]bản|tuần[ ]tra|truy[ ]quét
        |kiểm[ ]tra|tập[ ]huấn|bồi[ ]dưỡng|tuyên[ ]truyền|tiếp[ ]nhận|xử[ ]lý|giải[ ]quyết|tư[ ]vấn|thanh[ ]tra
        |khởi[ ]tố)
     (?:,[ ](?:đăng|phát|xử[ ]lý|truy[ ]quét|giải[ ]quyết))?[ ](?:được[ ])?
     \d[\d.,]*[ ](?:tin|bài|phóng[ ]sự|số|kỳ|lớp|đợt|cuộc|buổi|hội[ ]nghị|lượt|chương[ ]trình|tọa[ ]đàm|vụ|hồ[ ]sơ
                    |chuyên[ ]mục|doanh[ ]nghiệp|chi[ ]nhánh|cơ[ ]sở|trường[ ]hợp|phương[ ]tiện|lượt[ ]xe)(?!\w)
    # money put to the work this year: "năm 2027 bố trí 96 tỷ đồng", "đã giải ngân 412 tỷ đồng"
    |(?<!\w)(?:bố[ ]trí|phân[ ]bổ|giải[ ]ngân|huy[ ]động)(?:[ ]được)?[ ]\d[\d.,]*[ ](?:tỷ|triệu)[ ]đồng(?!\w)
    |(?<!\w)đến[ ]nay[ ](?:đã[ ])?(?:được|thực[ ]hiện|phát[ ]sóng)[ ]\d[\d.,]*[ ](?:số|kỳ|tin|bài|lớp|đợt|buổi|lượt)(?!\w)
    |(?<!\w)(?:tôn[ ]vinh|khen[ ]thưởng|biểu[ ]dương)[ ]\d[\d.,]*[ ](?:hợp[ ]tác[ ]xã|tổ[ ]hợp[ ]tác|tập[ ]thể|cá[ ]nhân
        |điển[ ]hình|mô[ ]hình|doanh[ ]nghiệp|gương)(?!\w)
    # groups formed and firms signed up, counted: "Thành lập mới 08 hợp tác xã", "11 doanh nghiệp đã ký hợp đồng
    # liên kết"
    |(?<!\w)(?:thành[ ]lập|phát[ ]triển)(?:[ ]mới|[ ]thêm)?[ ]\d[\d.,]*[ ]
        (?:hợp[ ]tác[ ]xã|tổ[ ]hợp[ ]tác|tổ[ ]hội|chi[ ]hội|câu[ ]lạc[ ]bộ|mô[ ]hình|doanh[ ]nghiệp)(?!\w)
    |(?<![\w.,])\d[\d.,]*[ ](?:doanh[ ]nghiệp|hợp[ ]tác[ ]xã)[ ](?:đã[ ])?ký(?:[ ]kết)?[ ]hợp[ ]đồng(?!\w)
""", re.VERBOSE | re.IGNORECASE)

# The body a plan makes its standing office ("Sở Nông nghiệp và Môi trường là cơ quan thường trực, theo dõi,
# đôn đốc ... tổng hợp báo cáo"): a report on the plan is that work being done.
STANDING_BODY = re.compile(r"là[ ]cơ[ ]quan[ ]thường[ ]trực|làm[ ]đầu[ ]mối[ ](?:theo[ ]dõi|tổng[ ]hợp|đôn[ ]đốc)",
                           re.IGNORECASE)

# A part of a whole: "240/720 căn hộ", "17/19 sở, ngành", "960/1.950 hộ" (not a date: "31/5/2026").
FRACTION = re.compile(r"(?<![\d.,/])(\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?[ ]*/[ ]*(\d{1,3}(?:\.\d{3})+|\d+)(?![\d.,/])")

# A result cell in free text, with no word of progress of its own, read as staff read it (see
# nlpolicy.link.status.judge_result):
# ... nothing done yet: the cell opens with "Chưa" ("Chưa lựa chọn sản phẩm; chờ hướng dẫn của Bộ"); not a target's
# verdict "Chưa đạt" (short of the plan: a figure was reached, the work goes on)
RESULT_NONE = re.compile(r"^\W*chưa[ ](?!hoàn[ ]thành|xong|đạt)", re.IGNORECASE)
# ... part of it done: something still missing ("9 xã chưa đo đạc xong", "còn 12 hộ", "các hồ sơ còn lại")
RESULT_PARTIAL = re.compile(r"(?<!\w)(?:chưa|còn[ ]lại|còn[ ]\d|bước[ ]đầu|một[ ]phần)(?!\w)", re.IGNORECASE)
# ... a share below the whole: "(78% diện tích)", "đạt 37,5%"
PERCENT = re.compile(r"(?<![\d.,])(\d{1,3}(?:,\d+)?)[ ]?%")
# ... done: a document issued by its number ("Nghị quyết số 18/2026/NQ-HĐND ngày 10/12/2026"), or an event held
# on its day ("Khai trương ngày 26/3/2027", "Tổ chức từ 11 - 15/12/2026", "khởi công ngày 22/4/2027")
RESULT_DONE = re.compile(r"""
    (?<!\w)(?:Quyết[ ]định|Nghị[ ]quyết|Kế[ ]hoạch|Chỉ[ ]thị|Quy[ ]chế|Quy[ ]định|Đề[ ]án|Chương[ ]trình
        |Công[ ]văn|Văn[ ]bản|Thông[ ]báo|Hướng[ ]dẫn)[ ]số[ ]\d+
    |(?<!\w)(?:tổ[ ]chức|khai[ ]trương|khởi[ ]công|khánh[ ]thành|ra[ ]mắt|ký[ ]kết|nghiệm[ ]thu|bàn[ ]giao
        |phát[ ]hành|công[ ]bố|thành[ ]lập)[ ](?:vào[ ])?(?:từ[ ]|ngày[ ]|trong[ ])?(?:tháng[ ])?
        \d{1,2}(?:[ ]?[-–][ ]?\d{1,2})?/\d{1,2}(?:/\d{4})?
""", re.VERBOSE | re.IGNORECASE)
# ... work counted: a figure that is no date ("Cấp mới 22 mã; lũy kế 109 mã", "Dư nợ 412 tỷ đồng")
RESULT_FIGURE = re.compile(r"(?<![\d/.,])\d[\d.,]*(?![\d/])[ ]+[^\W\d_]")

