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
