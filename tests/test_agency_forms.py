"""Agencies recognised by their form (``nlpolicy/agencies.py``), table by table.

Every row was written for this file, in the style of the genre (council resolutions, plans of a
provincial People's Committee, central resolutions); none is copied from a corpus document.  Each
table test runs all its rows and fails once, listing every row that failed.

A row is (text, level, expected[, province]) where ``expected`` lists, in order, the mentions:
their canonical names and, when the row checks them, their text and kind.  The names follow the
conventions of the gold files (``../shared/spec/gold``, ``corpus/gold``): "Ủy ban nhân dân tỉnh"
without the province's name, "Các sở, ban, ngành", "Thường trực Hội đồng nhân dân tỉnh",
"Các Ban của Hội đồng nhân dân tỉnh".
"""
from __future__ import annotations

import pytest

from nlpolicy.agencies import (_accept, _matcher, current_name, find_agencies, lexicon, province_on,
                               regional_collectives)
from nlpolicy.lexicon import read_tsv

P, C = "province", "central"
UBND, HDND = "Ủy ban nhân dân tỉnh", "Hội đồng nhân dân tỉnh"
_ALL = "thành phố trực thuộc Trung ương"


def M(*names: str, text: str | None = None, kind: str | None = None):
    """One expected mention: its canonical names, and its text and kind when the row checks them."""
    return names, text, kind


def check(rows) -> None:
    failures = []
    for row in rows:
        text, level, expected = row[:3]
        province = row[3] if len(row) > 3 else None
        got = [(m.names, m.text, m.kind) for m in find_agencies(text, level=level, province=province)]
        ok = len(got) == len(expected) and all(
            g[0] == names and (t is None or g[1] == t) and (k is None or g[2] == k)
            for g, (names, t, k) in zip(got, expected))
        if not ok:
            failures.append(f"{text!r} ({level}{', ' + province if province else ''}):\n"
                            f"    want {[e for e in expected]}\n    got  {got}")
    assert not failures, f"{len(failures)} of {len(rows)} rows fail:\n" + "\n".join(failures)


# ---------------------------------------------------------------- 1. names by their form

HEAD_AND_DOMAIN = [
    ("Sở Khoa học và Công nghệ tỉnh Gia Lai chủ trì thẩm định.", P,
     [M("Sở Khoa học và Công nghệ", text="Sở Khoa học và Công nghệ tỉnh Gia Lai", kind="body")]),
    ("Giao Sở Nông nghiệp và PTNT hướng dẫn các xã.", P, [M("Sở Nông nghiệp và Phát triển nông thôn")]),
    ("Sở NN và PTNT kiểm tra", P, [M("Sở Nông nghiệp và Phát triển nông thôn")]),
    ("Sở VH,TT&DL tổ chức lễ hội", P, [M("Sở Văn hóa, Thể thao và Du lịch")]),
    ("Sở Văn hóa Thể thao và Du lịch tổ chức", P, [M("Sở Văn hóa, Thể thao và Du lịch")]),
    ("Sở LĐ-TB&XH rà soát hộ nghèo", P, [M("Sở Lao động - Thương binh và Xã hội")]),
    ("Sở Lao động, Thương binh và Xã hội rà soát", P, [M("Sở Lao động - Thương binh và Xã hội")]),
    ("Sở Tài nguyên Môi trường kiểm tra", P, [M("Sở Tài nguyên và Môi trường")]),
    ("Sở Kế hoạch - Đầu tư tổng hợp", P, [M("Sở Kế hoạch và Đầu tư")]),
    ("Sở Du lịch phối hợp", P, [M("Sở Du lịch")]),
    ("Sở Ngoại vụ tỉnh Quảng Ninh đón đoàn", P, [M("Sở Ngoại vụ", text="Sở Ngoại vụ tỉnh Quảng Ninh")]),
    ("Sở Dân tộc và Tôn giáo theo dõi", P, [M("Sở Dân tộc và Tôn giáo")]),
    ("Sở Giao thông vận tải thành phố Cần Thơ bảo trì", P,
     [M("Sở Giao thông vận tải", text="Sở Giao thông vận tải thành phố Cần Thơ")]),
    # every ministry, old and new names
    ("Bộ Nông nghiệp và Môi trường hướng dẫn", C, [M("Bộ Nông nghiệp và Môi trường")]),
    ("Bộ GD&ĐT ban hành chương trình", C, [M("Bộ Giáo dục và Đào tạo")]),
    ("Bộ Dân tộc và Tôn giáo chủ trì", C, [M("Bộ Dân tộc và Tôn giáo")]),
    ("Bộ Thông tin và Truyền thông chủ trì", C, [M("Bộ Thông tin và Truyền thông")]),
    ("Bộ Quốc phòng, Bộ Công an bảo đảm an ninh", C, [M("Bộ Quốc phòng"), M("Bộ Công an")]),
    ("Bộ Ngoại giao, Bộ Tư pháp thẩm định", C, [M("Bộ Ngoại giao"), M("Bộ Tư pháp")]),
    ("Bộ Thủy sản hướng dẫn", C, [M("Bộ Thủy sản")]),
    ("Bộ KH&ĐT tổng hợp", C, [M("Bộ Kế hoạch và Đầu tư")]),
    # not a head: the end of another word
    ("đội ngũ cán bộ khoa học và công nghệ còn thiếu", C, []),
    ("ứng dụng tiến bộ khoa học và công nghệ vào sản xuất", P, []),
    ("nâng cấp cơ sở y tế và cơ sở giáo dục", P, []),
    ("bổ sung tài chính cho quỹ", P, []),
]

BOARDS = [
    ("Ban Tuyên giáo Tỉnh ủy chủ trì", P, [M("Ban Tuyên giáo Tỉnh ủy")]),
    ("Ban Tổ chức Thành ủy hướng dẫn", P, [M("Ban Tổ chức Thành ủy")]),
    ("Ban Nội chính Huyện ủy theo dõi", P, [M("Ban Nội chính Huyện ủy")]),
    ("Ban Tuyên giáo và Dân vận Thành ủy tuyên truyền", P, [M("Ban Tuyên giáo và Dân vận Thành ủy")]),
    ("Ban Kinh tế - Ngân sách HĐND tỉnh thẩm tra", P, [M("Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh")]),
    ("báo cáo thẩm tra của Ban kinh tế và ngân sách HĐND tỉnh", P,
     [M("Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh")]),
    ("Ban Pháp chế Hội đồng nhân dân tỉnh giám sát", P, [M("Ban Pháp chế Hội đồng nhân dân tỉnh")]),
    ("Ban Văn hóa - Xã hội của Hội đồng nhân dân tỉnh khảo sát", P,
     [M("Ban Văn hóa - Xã hội Hội đồng nhân dân tỉnh")]),
    ("Ban Dân tộc HĐND tỉnh khảo sát", P, [M("Ban Dân tộc Hội đồng nhân dân tỉnh")]),
    ("Ban Dân tộc tỉnh chủ trì", P, [M("Ban Dân tộc tỉnh")]),
    ("Ban Đối ngoại Trung ương phối hợp", C, [M("Ban Đối ngoại Trung ương")]),
    ("Ban Nội chính Trung ương Đảng theo dõi", C, [M("Ban Nội chính Trung ương")]),
    ("Ban Tổ chức TW hướng dẫn", C, [M("Ban Tổ chức Trung ương")]),
    # the boards of a youth union, a Front committee, a women's union, with their owner
    ("Ban Phong trào Tỉnh đoàn chủ trì; Ban Tổ chức - Kiểm tra Tỉnh đoàn phối hợp", P,
     [M("Ban Phong trào Tỉnh đoàn"), M("Ban Tổ chức - Kiểm tra Tỉnh đoàn")]),
    ("Ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh giám sát", P,
     [M("Ban Dân chủ - Pháp luật Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh")]),
    ("Ban Gia đình - Xã hội Hội Liên hiệp Phụ nữ tỉnh vận động", P,
     [M("Ban Gia đình - Xã hội Hội Liên hiệp Phụ nữ tỉnh")]),
    # a steering committee named by the number of its founding decision, its standing office, its member bodies
    # (a collective), and those of every commune; a body in capitals after a comma opens a new name
    ("Văn phòng Thường trực BCĐ 127 tỉnh chủ trì, báo cáo Ban Chỉ đạo 127 quốc gia, Ủy ban nhân dân tỉnh", P,
     [M("Văn phòng Thường trực Ban Chỉ đạo 127 tỉnh"), M("Ban Chỉ đạo 127 quốc gia"), M("Ủy ban nhân dân tỉnh")]),
    # ... the departments and organisations that are its members, one collective
    ("Các sở, ban, ngành, đoàn thể là thành viên Ban Chỉ đạo tỉnh và Ủy ban nhân dân các xã xây dựng kế hoạch", P,
     [M("Các sở, ban, ngành, đoàn thể là thành viên Ban Chỉ đạo tỉnh", kind="collective"),
      M("Ủy ban nhân dân các xã", kind="collective")]),
    ("Các cơ quan, đơn vị thành viên Ban Chỉ đạo 127 Tỉnh ủy, Ban Chỉ đạo 127 các xã, phường thực hiện", P,
     [M("Các cơ quan, đơn vị thành viên Ban Chỉ đạo 127 Tỉnh ủy", kind="collective"),
      M("Ban Chỉ đạo 127 các xã, phường", kind="collective")]),
    ("Căn cứ Kế hoạch số 05/KH-BCĐ127; báo cáo Ban Chỉ đạo phát triển du lịch, Ủy ban nhân dân tỉnh", P,
     [M("Ban Chỉ đạo tỉnh", text="Ban Chỉ đạo"), M("Ủy ban nhân dân tỉnh")]),
    # a board alone on its line and a body on the next: two cells of a one-cell-a-line table
    ("3\nQuỹ khuyến học\ntỷ đồng\n12\nBan Phong trào\nHội Khuyến học tỉnh\n", P,
     [M("Ban Phong trào"), M("Hội Khuyến học tỉnh")]),
]

LEVEL_AND_PLACE = [
    ("UBND huyện Mèo Vạc chủ trì", P, [M("Ủy ban nhân dân huyện Mèo Vạc", text="UBND huyện Mèo Vạc")]),
    ("Ủy ban nhân dân thị xã Sa Pa phối hợp", P, [M("Ủy ban nhân dân thị xã Sa Pa")]),
    ("UBND thành phố Pleiku báo cáo", P, [M("Ủy ban nhân dân thành phố Pleiku")]),
    ("UBND quận Ninh Kiều thực hiện", P, [M("Ủy ban nhân dân quận Ninh Kiều")]),
    ("Ủy ban nhân dân phường 5 thực hiện", P, [M("Ủy ban nhân dân phường 5")]),
    # a province's library and museum, public units a culture plan assigns work to
    ("Thư viện tỉnh chủ trì số hóa tài liệu địa chí; Bảo tàng tỉnh phối hợp", P,
     [M("Thư viện tỉnh"), M("Bảo tàng tỉnh")]),
    # the level word again before each place: a body each ("xã đặc biệt khó khăn" names no place)
    ("UBND xã Tân An, xã Hòa Lợi phối hợp", P, [M("Ủy ban nhân dân xã Tân An", "Ủy ban nhân dân xã Hòa Lợi")]),
    ("UBND xã Tân An, xã đặc biệt khó khăn", P, [M("Ủy ban nhân dân xã Tân An")]),
    # a ministry's units in a text that lost its capitals (not a season, "vụ đông xuân", nor "cục bộ")
    ("cục môi trường hướng dẫn các địa phương lập kế hoạch; vụ pháp chế chủ trì rà soát văn bản; bảo đảm vụ đông xuân "
     "thắng lợi; xử lý cục bộ các điểm ô nhiễm", C, [M("Cục môi trường"), M("Các địa phương"), M("Vụ pháp chế")]),
    # a district's own offices and stations; a unit's name ends before "theo"; two units joined by "và" stay two
    ("Đài Truyền thanh - Truyền hình huyện duy trì chuyên mục; phối hợp với Trạm Khuyến nông huyện", P,
     [M("Đài Truyền thanh - Truyền hình huyện"), M("Trạm Khuyến nông huyện")]),
    ("Phòng Y tế theo chức năng, nhiệm vụ hướng dẫn các xã", P, [M("Phòng Y tế")]),
    ("Vụ Vận tải và Vụ Kế hoạch - Đầu tư phối hợp thẩm định", C, [M("Vụ Vận tải"), M("Vụ Kế hoạch - Đầu tư")]),
    # a list of districts closed by a town of another level; the provincial police's unit with a comma in its name
    ("Ủy ban nhân dân các huyện Tân Phú, Hòa Lợi và thị xã Hòa Lợi tăng cường kiểm tra", P,
     [M("Ủy ban nhân dân huyện Tân Phú", "Ủy ban nhân dân huyện Hòa Lợi", "Ủy ban nhân dân thị xã Hòa Lợi")]),
    ("Phòng Cảnh sát phòng, chống tội phạm về môi trường chủ trì kiểm tra bến bãi", P,
     [M("Phòng Cảnh sát phòng, chống tội phạm về môi trường")]),
    # a central document's provinces after the first: "các tỉnh A, B" (the level word once), "và tỉnh A", a body each
    ("Ủy ban nhân dân thành phố Cần Thơ, các tỉnh An Giang, Cà Mau bàn giao mặt bằng", C,
     [M("Ủy ban nhân dân thành phố Cần Thơ", "Ủy ban nhân dân tỉnh An Giang", "Ủy ban nhân dân tỉnh Cà Mau")]),
    ("UBND tỉnh Nghệ An và tỉnh Hà Tĩnh rà soát", C, [M("Ủy ban nhân dân tỉnh Nghệ An", "Ủy ban nhân dân tỉnh Hà Tĩnh")]),
    ("UBND tỉnh Nghệ An, các cơ quan liên quan", C, [M("Ủy ban nhân dân tỉnh Nghệ An"), M("Các cơ quan liên quan")]),
    # offices of the 2025 reorganisation by number or place, and a cooperative by its trade and name
    ("Thuế cơ sở 5 tỉnh Hòa Bình đôn đốc thu nợ; Bảo hiểm xã hội cơ sở Tân An vận động", P,
     [M("Thuế cơ sở 5 tỉnh Hòa Bình"), M("Bảo hiểm xã hội cơ sở Tân An")]),
    # the youth's and the students' associations of a province or a commune
    ("Hội Sinh viên Việt Nam tỉnh chủ trì; Hội LHTN Việt Nam xã Ea Kar phối hợp", P,
     [M("Hội Sinh viên Việt Nam tỉnh"), M("Hội Liên hiệp Thanh niên Việt Nam xã Ea Kar")]),
    # a department's office named by its field in up to eight words
    ("Phòng Quản lý kết cấu hạ tầng giao thông chủ trì; Phòng Quản lý chất lượng công trình xây dựng phối hợp", P,
     [M("Phòng Quản lý kết cấu hạ tầng giao thông"), M("Phòng Quản lý chất lượng công trình xây dựng")]),
    # a body's own units together, named with the body; the lexicon's own at the same place ("thuộc Sở" alone)
    ("Các phòng, đội thuộc Công an tỉnh triển khai; Các đơn vị trực thuộc Bộ Chỉ huy Quân sự tỉnh phối hợp", P,
     [M("Các phòng, đội thuộc Công an tỉnh"), M("Các đơn vị trực thuộc Bộ Chỉ huy Quân sự tỉnh")]),
    ("Các phòng thuộc Sở chủ trì; Các phòng thuộc Thuế tỉnh phối hợp", P,
     [M("Các phòng thuộc Sở"), M("Các phòng thuộc Thuế tỉnh")]),
    # ... the issuing department's own units by its head alone, a verb after it in lower case (no "Sở Xây dựng")
    ("Các bệnh viện trực thuộc Sở xây dựng phương án; Sở Tài chính phối hợp", P,
     [M("Các bệnh viện trực thuộc Sở"), M("Sở Tài chính")]),
    ("Các đơn vị y tế trực thuộc Sở báo cáo về Sở Y tế", P, [M("Các đơn vị y tế trực thuộc Sở"), M("Sở Y tế")]),
    # the party committee of a named body is a body of its own
    ("Đảng ủy Trường Đại học Tân An lãnh đạo; Đảng ủy Bệnh viện Đa khoa tỉnh phối hợp", P,
     [M("Đảng ủy Trường Đại học Tân An"), M("Đảng ủy Bệnh viện Đa khoa tỉnh")]),
    # a province's or a commune's traffic safety board; a police office's name ends before what it does
    ("Ban An toàn giao thông tỉnh chủ trì; Ban ATGT xã Tân An phối hợp; Phòng Cảnh sát giao thông tuần tra, "
     "Phòng Cảnh sát cơ động tăng cường kiểm soát", P,
     [M("Ban An toàn giao thông tỉnh"), M("Ban An toàn giao thông xã Tân An"), M("Phòng Cảnh sát giao thông"),
      M("Phòng Cảnh sát cơ động")]),
    # the labour unions' grassroots and upper-level unions together (not a count of unions founded)
    ("Các công đoàn cơ sở tổ chức đối thoại; các công đoàn cấp trên trực tiếp cơ sở báo cáo; thành lập 40 công đoàn "
     "cơ sở", P, [M("Các công đoàn cơ sở"), M("Các công đoàn cấp trên trực tiếp cơ sở")]),
    # a tax office's grassroots offices together
    ("Các Thuế cơ sở đôn đốc thu nợ; Thuế cơ sở 2 chủ trì kiểm tra", P, [M("Các Thuế cơ sở"), M("Thuế cơ sở 2")]),
    # an office or team named by its number, and a treasury's region before any verb
    ("Phòng Nghiệp vụ 3 chủ trì; Đội Kiểm tra thuế số 2 phối hợp", P,
     [M("Phòng Nghiệp vụ 3"), M("Đội Kiểm tra thuế số 2")]),
    ("Kho bạc Nhà nước khu vực XIV hạch toán đầy đủ các khoản thu", P, [M("Kho bạc Nhà nước khu vực XIV")]),
    ("Phòng Kinh tế hướng dẫn 2 xã còn lại", P, [M("Phòng Kinh tế")]),
    # a bloc party committee's own office and board, each named with its owner (the owner of the first is no part of
    # a list with the board); its grassroots party committees and cells, together or each
    ("Văn phòng Đảng ủy, Ban Tổ chức Đảng ủy phối hợp; các đảng bộ, chi bộ cơ sở trực thuộc tổ chức thực hiện; "
     "các chi bộ cơ sở báo cáo", P,
     [M("Văn phòng Đảng ủy"), M("Ban Tổ chức Đảng ủy"), M("Các đảng bộ cơ sở", "Các chi bộ cơ sở"),
      M("Các chi bộ cơ sở")]),
    # a body after the last commune of a list is no commune: "các xã Tân Hòa, Phú Lộc và Sở Xây dựng"
    ("Phối hợp với Ủy ban nhân dân các xã Tân Hòa, Phú Lộc và Sở Xây dựng thực hiện", P,
     [M("Ủy ban nhân dân xã Tân Hòa", "Ủy ban nhân dân xã Phú Lộc"), M("Sở Xây dựng")]),
    # a date after an office is no number of its name: "gửi Phòng Tư pháp trước ngày 20" (the text may end there)
    ("gửi Phòng Tư pháp trước ngày 20", P, [M("Phòng Tư pháp")]),
    ("Đội Quản lý thị trường số 4 chủ trì, báo cáo Phòng Kinh tế chậm nhất ngày 5", P,
     [M("Đội Quản lý thị trường số 4"), M("Phòng Kinh tế")]),
    # a social policy bank's transaction office by its area is one office; the offices together stay a collective;
    # a bank's name by its area ends before the verb that says what it does ("tư vấn", "cho vay")
    ("Đoàn Thanh niên xã, Phòng giao dịch Ngân hàng Chính sách xã hội khu vực Bảo Yên tư vấn vay vốn; các Phòng giao "
     "dịch Ngân hàng Chính sách xã hội phối hợp", P,
     [M("Đoàn Thanh niên Cộng sản Hồ Chí Minh xã"), M("Phòng giao dịch Ngân hàng Chính sách xã hội khu vực Bảo Yên"),
      M("Các Phòng giao dịch Ngân hàng Chính sách xã hội")]),
    ("Ngân hàng Chính sách xã hội khu vực Bảo Yên tư vấn thủ tục", P, [M("Ngân hàng Chính sách xã hội khu vực Bảo Yên")]),
    # a port authority by its port's province or city; the national civil defence steering committee is no
    # province's steering committee; a company's name read by its form ends before a quantity
    ("trụ sở Cảng vụ Hàng hải Nghệ An; Cảng vụ Đường thủy nội địa Cần Thơ phối hợp", P,
     [M("Cảng vụ Hàng hải Nghệ An"), M("Cảng vụ Đường thủy nội địa Cần Thơ")]),
    ("Ủy ban nhân dân tỉnh báo cáo Ban Chỉ đạo Phòng thủ dân sự quốc gia đề nghị hỗ trợ", P,
     [M("Ủy ban nhân dân tỉnh"), M("Ban Chỉ đạo Phòng thủ dân sự quốc gia")]),
    ("Tập đoàn Xăng dầu Nam Hải bổ sung 1.000 m phao quây", P, [M("Tập đoàn Xăng dầu Nam Hải")]),
    # departments of every province, in lower case after "các" or followed by the provinces they belong to: one
    # collective of departments, not the provinces' governments ("cơ sở giáo dục" is no department: the schools)
    ("yêu cầu các sở y tế tập trung chỉ đạo; Sở Xây dựng các tỉnh, thành phố trực thuộc Trung ương báo cáo; các cơ sở "
     "giáo dục thực hiện", P, [M("Sở Y tế"), M("Sở Xây dựng"), M("Các cơ sở giáo dục", kind="collective")]),
    # the head of one named village is a post of its own; the heads of all villages are one collective
    ("Trưởng thôn Nà Lừu, trưởng bản Khe Mạ vận động; trưởng các thôn tuyên truyền", P,
     [M("Trưởng thôn Nà Lừu"), M("Trưởng bản Khe Mạ"), M("Trưởng thôn")]),      # a count after the verb: no number of its
    # the heads of all the hamlets of two kinds are one collective; the village heads by the lexicon's name
    ("Trưởng các ấp, khu phố vận động hộ dân đấu nối; Ban điều hành các khu phố và các ấp tuyên truyền; trưởng các "
     "thôn, tổ dân phố báo cáo", P,
     [M("Trưởng các ấp, khu phố", kind="collective"), M("Ban điều hành các khu phố và các ấp", kind="collective"),
      M("Trưởng thôn", kind="collective")]),
    # a heading that ends on "số" (digital) over a line that opens with a department: the department is named (a word
    # on the line above makes no "cơ sở" of it); the water companies as one collective, the health facilities another
    ("2.5. Về ứng dụng khoa học, công nghệ và chuyển đổi số\nSở Khoa học và Công nghệ chủ trì, phối hợp với các "
     "đơn vị cấp nước xây dựng cơ sở dữ liệu; các cơ sở y tế thực hiện", P,
     [M("Sở Khoa học và Công nghệ"), M("Các đơn vị cấp nước", kind="collective"),
      M("Các cơ sở y tế", kind="collective")]),
    # the commercial banks as one collective; a treasury's region with its word in capitals; the province's portal
    ("Sở Tài chính phối hợp với Kho bạc Nhà nước Khu vực IX chi trả qua tài khoản; các ngân hàng thương mại mở tài "
     "khoản miễn phí; Cổng Thông tin điện tử tỉnh đăng tải danh sách", P,
     [M("Sở Tài chính"), M("Kho bạc Nhà nước Khu vực IX"), M("Các ngân hàng thương mại", kind="collective"),
      M("Cổng Thông tin điện tử tỉnh")]),
    ("phối hợp Hợp tác xã nông nghiệp Phú Mỹ thu gom lúa; hỗ trợ hợp tác xã trên địa bàn", P,
     [M("Hợp tác xã nông nghiệp Phú Mỹ")]),
    # a department's unit whose name lists its fields in lower case, and a province's public fund
    ("Đơn vị thực hiện: Phòng Quản lý tiêu chuẩn, đo lường, chất lượng (phối hợp).", P,
     [M("Phòng Quản lý tiêu chuẩn, đo lường, chất lượng")]),
    # one lower-case part that opens with a field, up to the role verb; a clause or another unit after the comma is no part
    ("Phòng Thanh tra, giám sát ngân hàng chủ trì; Phòng Tổ chức cán bộ, đảng viên phối hợp", P,
     [M("Phòng Thanh tra, giám sát ngân hàng"), M("Phòng Tổ chức cán bộ, đảng viên")]),
    ("giao Phòng Tổng hợp, hướng dẫn các đơn vị; Phòng Kinh tế, phòng chuyên môn liên quan thực hiện", P,
     [M("Phòng Tổng hợp"), M("Phòng Kinh tế")]),
    # a last lower-case part joined by "và" up to the unit's own role verb (not a list of bodies after "và")
    ("Phòng Kiểm soát thu và hoàn thuế chủ trì; Phòng Hỗ trợ doanh nghiệp, hộ gia đình và thu khác phối hợp", P,
     [M("Phòng Kiểm soát thu và hoàn thuế"), M("Phòng Hỗ trợ doanh nghiệp, hộ gia đình và thu khác")]),
    # boards set up for one piece of work, named by it, the document naming them more than once; the standing board
    # by its bare name, and a verb after it, are no such name
    ("Ban Chỉ đạo diễn tập do Chủ tịch làm Trưởng ban; Ban Chỉ huy diễn tập điều hành thực hành. Ban Chỉ đạo diễn tập "
     "kiểm tra công tác chuẩn bị; Ban Chỉ huy diễn tập báo cáo. Ban Chỉ đạo kiểm tra việc thực hiện.", P,
     [M("Ban Chỉ đạo diễn tập"), M("Ban Chỉ huy diễn tập"), M("Ban Chỉ đạo diễn tập"), M("Ban Chỉ huy diễn tập"),
      M("Ban Chỉ đạo tỉnh")]),
    # an event's organising committee and its sub-committees, each part of a sub-committee's name a capitalised word
    # (the party's organisation commission keeps its own name; a verb after a name is no part of it)
    ("Ban Tổ chức Hội thi chỉ đạo chung; Tiểu ban Nội dung ban hành thể lệ; Tiểu ban Lễ tân, Khánh tiết trang trí hội "
     "trường; Tiểu ban Hậu cần - Y tế bố trí nơi nghỉ. Ban Tổ chức Tỉnh ủy hướng dẫn.", P,
     [M("Ban Tổ chức Hội thi"), M("Tiểu ban Nội dung"), M("Tiểu ban Lễ tân, Khánh tiết"), M("Tiểu ban Hậu cần - Y tế"),
      M("Ban Tổ chức Tỉnh ủy")]),
    # a company's name ends before what it is asked to change
    ("Phòng Kinh tế chủ trì, phối hợp với Công ty cổ phần Đô thị và Môi trường Tân An điều chỉnh giờ thu gom rác", P,
     [M("Phòng Kinh tế"), M("Công ty cổ phần Đô thị và Môi trường Tân An")]),
    # a home-affairs department's units, named by their fields, before a colon or in brackets
    ("1. Phòng Công chức, viên chức: chủ trì tuyển dụng; gửi hồ sơ về Sở Nội vụ (qua Phòng Tổ chức, biên chế và tổ "
     "chức phi chính phủ) để thẩm định", P,
     [M("Phòng Công chức, viên chức"), M("Sở Nội vụ"), M("Phòng Tổ chức, biên chế và tổ chức phi chính phủ")]),
    ("Phòng Văn hóa và các cơ quan liên quan phối hợp; Phòng Y tế và doanh nghiệp thực hiện", P,
     [M("Phòng Văn hóa"), M("Các cơ quan liên quan"), M("Phòng Y tế")]),
    # a company's name ends at what it operates
    ("Công ty Thủy điện Sông Lô vận hành hồ thủy điện Sông Lô, Công ty Thủy lợi Bắc Yên điều tiết nước hồ Bắc Yên", P,
     [M("Công ty Thủy điện Sông Lô"), M("Công ty Thủy lợi Bắc Yên")]),
    # a bank's branch by its brand in Latin letters, up to the branch's place
    ("Sacombank Chi nhánh tỉnh Vĩnh Long, MB chi nhánh Khu vực 7 và TPBank Chi nhánh Trà Vinh bố trí nguồn vốn", P,
     [M("Sacombank Chi nhánh tỉnh Vĩnh Long"), M("MB chi nhánh Khu vực 7"), M("TPBank Chi nhánh Trà Vinh")]),
    ("Quỹ Phát triển khoa học và công nghệ tỉnh dành 30% nguồn vốn cho vay", P,
     [M("Quỹ Phát triển khoa học và công nghệ tỉnh")]),
    # the party committees of centrally-run cities by their city; a body's name joined by "và" stops before another body
    ("Thành ủy Thành phố Hồ Chí Minh, Thành ủy Hải Phòng, Tỉnh ủy Đồng Nai rà soát chương trình", C,
     [M("Thành ủy Thành phố Hồ Chí Minh"), M("Thành ủy Hải Phòng"), M("Tỉnh ủy Đồng Nai")]),
    ("phối hợp với Ngân hàng Nhà nước Việt Nam và Ủy ban nhân dân thành phố Cần Thơ hoàn thiện", C,
     [M("Ngân hàng Nhà nước Việt Nam"), M("Ủy ban nhân dân thành phố Cần Thơ")]),
    # a ministry's units: a name of two parts after a dash, a name that ends before a clause of purpose
    ("Cục Kinh tế - Quản lý đầu tư xây dựng hướng dẫn điều chỉnh giá hợp đồng", C,
     [M("Cục Kinh tế - Quản lý đầu tư xây dựng")]),
    ("các đơn vị báo cáo về Vụ Kế hoạch - Tài chính để tổng hợp", C, [M("Vụ Kế hoạch - Tài chính")]),
    # a company's name ends at the verb after it
    ("phối hợp với Công ty Điện lực Hòa Bình đẩy nhanh tiến độ", P, [M("Công ty Điện lực Hòa Bình")]),
    # a place across a line break is a name of two words or more, not the next line's first word or cell
    ("UBND huyện\nVị Xuyên chủ trì", P, [M("Ủy ban nhân dân huyện Vị Xuyên")]),
    ("4. Văn phòng HĐND và UBND phường\nĐăng tải Kế hoạch trên Trang thông tin điện tử", P,
     [M("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường", text="Văn phòng HĐND và UBND phường")]),
    ("Đoàn Thanh niên phường\nQuý III/2026", P, [M("Đoàn Thanh niên Cộng sản Hồ Chí Minh phường", text="Đoàn Thanh niên phường")]),
    ("Ủy ban nhân dân tỉnh Gia Lai chỉ đạo", P, [M(UBND, text="Ủy ban nhân dân tỉnh Gia Lai")]),
    ("UBND cấp tỉnh quyết định", P, [M(UBND)]),
    # the district-level governments as a class are "cấp huyện", whatever kinds of district the place has
    ("UBND các huyện, thành phố chỉ đạo", P, [M("Ủy ban nhân dân cấp huyện")]),
    ("Ủy ban nhân dân cấp huyện tổ chức kiểm tra", P, [M("Ủy ban nhân dân cấp huyện")]),
    ("Chủ tịch UBND các quận, huyện, thị xã chịu trách nhiệm", P,
     [M("Ủy ban nhân dân cấp huyện", text="Chủ tịch UBND các quận, huyện, thị xã")]),
    ("UBND quận, huyện, thị xã niêm yết công khai", P, [M("Ủy ban nhân dân cấp huyện")]),
    ("UBND các huyện, thành phố Buôn Ma Thuột chỉ đạo", P,
     [M("Ủy ban nhân dân các huyện, thành phố Buôn Ma Thuột", kind="collective")]),
    ("Ủy ban nhân dân cấp xã xác nhận", P, [M("Ủy ban nhân dân các xã, phường")]),
    ("UBND các xã, phường, thị trấn rà soát", P, [M("Ủy ban nhân dân các xã, phường, thị trấn", kind="collective")]),
    ("Công an tỉnh Kon Tum bảo đảm an ninh", P, [M("Công an tỉnh", text="Công an tỉnh Kon Tum")]),
    ("Công an huyện Bảo Lạc phối hợp", P, [M("Công an huyện Bảo Lạc")]),
    ("Công an cấp huyện xử lý", P, [M("Công an cấp huyện", kind="collective")]),
    ("HĐND, UBND huyện Đồng Văn giám sát", P,
     [M("Hội đồng nhân dân huyện Đồng Văn", "Ủy ban nhân dân huyện Đồng Văn")]),
    ("Thanh tra tỉnh, Công an tỉnh phối hợp", P, [M("Thanh tra tỉnh"), M("Công an tỉnh")]),
    # the regional offices of the State Audit, in full or short
    ("Kiểm toán khu vực XII phối hợp kiểm tra", P, [M("Kiểm toán Nhà nước khu vực XII", text="Kiểm toán khu vực XII")]),
    ("Kiểm toán Nhà nước khu vực IV kiểm toán dự án", P, [M("Kiểm toán Nhà nước khu vực IV")]),
    # a body of another province keeps its place when the caller says which province is the document's
    ("UBND tỉnh Yên Bái cung cấp hồ sơ", P, [M("Ủy ban nhân dân tỉnh Yên Bái")], "Lào Cai"),
    ("UBND tỉnh Lào Cai chỉ đạo", P, [M(UBND)], "Lào Cai"),
    # a central document names the provinces apart
    ("UBND thành phố Hà Nội, UBND tỉnh Bắc Ninh thí điểm", C,
     [M("Ủy ban nhân dân thành phố Hà Nội"), M("Ủy ban nhân dân tỉnh Bắc Ninh")]),
    # the provinces a colon lists after "UBND các tỉnh, thành phố", a city of the centre by its short form; the same
    # list with no body before it at the start of a clause stands for the provinces' governments (a place)
    ("UBND các tỉnh, thành phố: Bắc Ninh, Hà Nội, TP. Hồ Chí Minh chủ động bố trí vốn", C,
     [M("Ủy ban nhân dân tỉnh Bắc Ninh", "Ủy ban nhân dân thành phố Hà Nội", "Ủy ban nhân dân thành phố Hồ Chí Minh")]),
    ("Đối với Quốc lộ 4, các tỉnh, thành phố: Lạng Sơn, Hải Phòng hoàn thành bàn giao mặt bằng", C,
     [M("Ủy ban nhân dân tỉnh Lạng Sơn", "Ủy ban nhân dân thành phố Hải Phòng", kind="place")]),
    ("Quy hoạch các tỉnh: Lạng Sơn, Cao Bằng được phê duyệt", C, []),
    # not a place: the next words are a role verb
    ("UBND huyện chủ động bố trí vốn", P, [M("Ủy ban nhân dân huyện", text="UBND huyện")]),
    ("UBND tỉnh Quyết định ban hành", P, [M(UBND, text="UBND tỉnh")]),
    # a ministry's own units: names of several parts, each with a capital, joined by "và" (a comma alone
    # or another head lists units), its office, inspectorate and units as a class, its newspaper
    ("Cục Trồng trọt và Bảo vệ thực vật chủ trì, Vụ Kế hoạch - Tài chính cân đối nguồn vốn", C,
     [M("Cục Trồng trọt và Bảo vệ thực vật"), M("Vụ Kế hoạch - Tài chính")]),
    ("Cục Chất lượng, Chế biến và Phát triển thị trường phối hợp với Cục Chăn nuôi, Vụ Pháp chế", C,
     [M("Cục Chất lượng, Chế biến và Phát triển thị trường"), M("Cục Chăn nuôi"), M("Vụ Pháp chế")]),
    # one part in lower case between them, the last part joined by "và" with its capital
    ("Cục Quản lý chất lượng, an toàn và Bảo vệ môi trường chủ trì; Vụ Pháp chế, Vụ Tổng hợp phối hợp", C,
     [M("Cục Quản lý chất lượng, an toàn và Bảo vệ môi trường"), M("Vụ Pháp chế"), M("Vụ Tổng hợp")]),
    # ... of four words, and "Trợ giúp" of the last part is no verb; a name ends before "trước" and "lập"
    ("Phòng Quản lý, khai thác nguồn nước và Trợ giúp kỹ thuật lập dự toán, gửi Phòng Kế hoạch trước ngày 15 hằng năm.",
     C, [M("Phòng Quản lý, khai thác nguồn nước và Trợ giúp kỹ thuật"), M("Phòng Kế hoạch")]),
    ("Cục Khoa học công nghệ biên soạn tài liệu, Vụ Tổ chức cán bộ cung cấp danh sách học viên", C,
     [M("Cục Khoa học công nghệ"), M("Vụ Tổ chức cán bộ")]),
    # the board of a province's economic zone and its industrial parks, by its whole name, beside the zone's own
    ("Ban Quản lý Khu kinh tế và các khu công nghiệp tỉnh chủ trì; Ban Quản lý Khu kinh tế tỉnh phối hợp", P,
     [M("Ban Quản lý Khu kinh tế và các khu công nghiệp tỉnh"), M("Ban Quản lý Khu kinh tế tỉnh")]),
    # a board named after what it runs, then "công bố" or "hoàn thiện": the verb ends its name
    ("Ban Quản lý dự án hạ tầng cảng công bố đơn giá; Ban Quản lý dự án đường thủy hoàn thiện hồ sơ", C,
     [M("Ban Quản lý dự án hạ tầng cảng"), M("Ban Quản lý dự án đường thủy")]),
    # the party committee's boards and offices as a class
    ("Các đảng ủy trực thuộc Tỉnh ủy, các ban, cơ quan tham mưu, giúp việc Tỉnh ủy có trách nhiệm quán triệt", P,
     [M("Các đảng ủy trực thuộc Tỉnh ủy"), M("Các ban, cơ quan tham mưu, giúp việc Tỉnh ủy")]),
    # the election bodies of the election law, a body's initials written together ("UBMTTQ")
    ("Ủy ban bầu cử tỉnh chủ trì, các Ban bầu cử, Tổ bầu cử thực hiện; báo cáo Hội đồng bầu cử quốc gia", P,
     [M("Ủy ban bầu cử tỉnh"), M("Ban bầu cử"), M("Tổ bầu cử"), M("Hội đồng bầu cử quốc gia")]),
    ("Ban Thường trực UBMTTQ Việt Nam tỉnh; Ủy ban bầu cử ở xã, phường lập danh sách cử tri", P,
     [M("Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"), M("Ủy ban bầu cử ở xã, phường")]),
    # a border guard post named after its border gate; the board of a province's economic zones
    ("Ban Quản lý các khu kinh tế tỉnh chủ trì, phối hợp với Đồn Biên phòng Cửa khẩu quốc tế Tân An thực hiện", P,
     [M("Ban Quản lý các khu kinh tế tỉnh"), M("Đồn Biên phòng Cửa khẩu quốc tế Tân An")]),
    # "hoàn thành" ends a name as the other verbs do
    ("chỉ đạo Ban Quản lý dự án Hòa Lợi hoàn thành, phối hợp với Cục Đường thủy Việt Nam hoàn thành thủ tục", C,
     [M("Ban Quản lý dự án Hòa Lợi"), M("Cục Đường thủy Việt Nam")]),
    # a company's trade in lower case up to its verb or its cell's end; a union named after its trade
    ("Công ty Mua bán điện chủ trì, phối hợp với Công đoàn Điện lực Việt Nam", C,
     [M("Công ty Mua bán điện"), M("Công đoàn Điện lực Việt Nam")]),
    ("Tổng công ty Phát điện 1; Công ty Kinh doanh than\nQuý IV/2026", C,
     [M("Tổng công ty Phát điện 1"), M("Công ty Kinh doanh than")]),
    ("Công ty TNHH Hòa Phát nhanh chóng triển khai; thành lập tổ chức Công đoàn cơ sở", C, [M("Công ty TNHH Hòa Phát")]),
    # a unit whose field follows "về", the works of "xây dựng" inside a name; "xây dựng" after a field is the verb
    ("Cục Giám định nhà nước về chất lượng công trình xây dựng kiểm tra các dự án, Vụ Vật liệu xây dựng phối hợp", C,
     [M("Cục Giám định nhà nước về chất lượng công trình xây dựng"), M("Vụ Vật liệu xây dựng")]),
    ("Cục Quản lý hoạt động xây dựng hướng dẫn, Phòng Quản lý đô thị xây dựng kế hoạch", C,
     [M("Cục Quản lý hoạt động xây dựng"), M("Phòng Quản lý đô thị")]),
    # a unit named in full before its code in brackets, as the police write theirs; "bảo đảm" ends a unit's name
    ("Phòng Cảnh sát quản lý hành chính về trật tự xã hội (PC06) chủ trì, Phòng Hậu cần bảo đảm kinh phí", P,
     [M("Phòng Cảnh sát quản lý hành chính về trật tự xã hội"), M("Phòng Hậu cần")]),
    # a name in lower case up to "quốc gia", as up to its level word: "Tổng công ty Truyền tải điện quốc gia"
    ("Tổng công ty Truyền tải điện quốc gia đầu tư đường dây 500 kV", C, [M("Tổng công ty Truyền tải điện quốc gia")]),
    # an institution's name of several parts the same way: "Viện Địa chất, Khoáng sản và Môi trường"
    ("Viện Thủy văn, Tài nguyên nước và Biến đổi khí hậu thực hiện đo đạc, Vụ Pháp chế thẩm định", C,
     [M("Viện Thủy văn, Tài nguyên nước và Biến đổi khí hậu"), M("Vụ Pháp chế")]),
    ("phối hợp với Trường Cao đẳng Kỹ thuật, Du lịch và Dịch vụ Hà Tiên tổ chức đào tạo", P,
     [M("Trường Cao đẳng Kỹ thuật, Du lịch và Dịch vụ Hà Tiên")]),
    # a name's last part in lower case after "và", up to the verb: "... khoa học và công nghệ thực hiện"
    ("Giao Trung tâm Thông tin khoa học và công nghệ thực hiện số hóa tài liệu", P,
     [M("Trung tâm Thông tin khoa học và công nghệ")]),
    ("Trung tâm Văn hóa thông tin và thể thao tổ chức giải chạy", P, [M("Trung tâm Văn hóa thông tin và thể thao")]),
    # "việc làm" (employment) is a noun in a name; "làm" alone ends one ("... làm chủ đầu tư")
    ("Trung tâm Dịch vụ việc làm tỉnh tổ chức 12 phiên giao dịch", P, [M("Trung tâm Dịch vụ việc làm tỉnh")]),
    # a steering committee named after its work, up to its level, place and term, or to the bracket naming it short;
    # a role verb after "Ban Chỉ đạo" leaves the bare name to the lexicon
    ("Kiện toàn Ban Chỉ đạo phòng, chống thiên tai tỉnh Gia Lai giai đoạn 2026 - 2030 như sau", P,
     [M("Ban Chỉ đạo phòng, chống thiên tai tỉnh Gia Lai giai đoạn 2026 - 2030")]),
    ("Thành lập Ban Chỉ đạo xây dựng xã hội học tập (sau đây gọi tắt là Ban Chỉ đạo)", P,
     [M("Ban Chỉ đạo xây dựng xã hội học tập"), M("Ban Chỉ đạo tỉnh", text="Ban Chỉ đạo")]),
    ("Ban Chỉ đạo báo cáo Ủy ban nhân dân tỉnh", P, [M("Ban Chỉ đạo tỉnh", text="Ban Chỉ đạo"), M(UBND)]),
    # the centre's has no level word: its name runs to the next body of a list
    ("báo cáo Ban Chỉ đạo Trung ương các chương trình phát triển vùng, Ban Thường vụ Tỉnh ủy", P,
     [M("Ban Chỉ đạo Trung ương các chương trình phát triển vùng"), M("Ban Thường vụ Tỉnh ủy")]),
    # ... and so has the national one, written "quốc gia", up to a time
    ("báo cáo Ban Chỉ đạo quốc gia về chống khai thác hải sản bất hợp pháp trước ngày 20 hằng tháng", P,
     [M("Ban Chỉ đạo quốc gia về chống khai thác hải sản bất hợp pháp")]),
    # ... or up to another body after "và"
    ("báo cáo Ban Chỉ đạo quốc gia phòng chống sốt xuất huyết và Bộ Y tế theo quy định", P,
     [M("Ban Chỉ đạo quốc gia phòng chống sốt xuất huyết"), M("Bộ Y tế")]),
    # a fishing ports' board named by what it runs, two kinds of works joined by "và" up to its level
    ("Ban Quản lý cảng cá và khu neo đậu tránh trú bão tỉnh bố trí nhân lực; Ban Quản lý Cảng cá Hòa Lợi phối hợp", P,
     [M("Ban Quản lý cảng cá và khu neo đậu tránh trú bão tỉnh"), M("Ban Quản lý Cảng cá Hòa Lợi")]),
    # a coast guard region's command, and the associations a province assigns work to
    ("Đề nghị Bộ Tư lệnh Vùng Cảnh sát biển 2 phối hợp; Hội Nghề cá tỉnh, Hội Luật gia tỉnh vận động hội viên", P,
     [M("Bộ Tư lệnh Vùng Cảnh sát biển 2"), M("Hội Nghề cá tỉnh"), M("Hội Luật gia tỉnh")]),
    # (not another party: "và các đơn vị", "và nhân dân")
    ("Công ty Điện lực Bến Tre và các đơn vị thi công thực hiện", P, [M("Công ty Điện lực Bến Tre")]),
    # (not another body after the comma: "Trung tâm A, Công ty B và Bệnh viện C")
    ("Trung tâm Khuyến nông, Công ty Cấp nước Sóc Trăng và Bệnh viện Đa khoa tỉnh phối hợp", P,
     [M("Trung tâm Khuyến nông"), M("Công ty Cấp nước Sóc Trăng"), M("Bệnh viện Đa khoa tỉnh")]),
    ("Văn phòng Bộ, Thanh tra Bộ và Thủ trưởng các đơn vị thuộc Bộ chịu trách nhiệm; Báo Nông nghiệp Việt Nam đưa tin", C,
     [M("Văn phòng Bộ"), M("Thanh tra Bộ"), M("Các đơn vị thuộc Bộ", kind="collective", text="Thủ trưởng các đơn vị thuộc Bộ"),
      M("Báo Nông nghiệp Việt Nam")]),
    ("UBND các tỉnh Đồng Tháp, Vĩnh Long phối hợp", C,
     [M("Ủy ban nhân dân tỉnh Đồng Tháp", "Ủy ban nhân dân tỉnh Vĩnh Long", text="UBND các tỉnh Đồng Tháp, Vĩnh Long")]),
    # a plural level that names its places is a body for each place; without names it is the class
    ("UBND các xã Hòa Bình, Tân Lập bàn giao mặt bằng", P,
     [M("Ủy ban nhân dân xã Hòa Bình", "Ủy ban nhân dân xã Tân Lập", text="UBND các xã Hòa Bình, Tân Lập")]),
    ("Ủy ban nhân dân các phường Tân An và Hòa Lợi phối hợp", P,
     [M("Ủy ban nhân dân phường Tân An", "Ủy ban nhân dân phường Hòa Lợi")]),
    # a centre's name of two parts joined by "và", each with one capital, runs to the verb after it
    ("Trung tâm Khuyến công và Tư vấn phát triển công nghiệp chủ trì", P,
     [M("Trung tâm Khuyến công và Tư vấn phát triển công nghiệp")]),
    # a centre's name in lower case after its first capital runs to its level word: a two-syllable first
    # word and four more ("Hỗ trợ thanh niên khởi nghiệp tỉnh"), or a lower-case "và" on the way
    ("Tỉnh đoàn (Trung tâm Hỗ trợ nông dân khởi nghiệp tỉnh) đảm nhận khâu tổ chức", P,
     [M("Tỉnh đoàn"), M("Trung tâm Hỗ trợ nông dân khởi nghiệp tỉnh")]),
    ("Trung tâm Ứng dụng tiến bộ khoa học và công nghệ tỉnh chuyển giao giống", P,
     [M("Trung tâm Ứng dụng tiến bộ khoa học và công nghệ tỉnh")]),
    ("Trung tâm Dữ liệu và hạ tầng số phối hợp", P, [M("Trung tâm Dữ liệu")]),
    # a school or an institute named after its field writes the field in sentence case, up to the verb
    ("Trường Đại học Hàng hải kỹ thuật biển chủ trì đào tạo; Học viện Ngân hàng phối hợp", C,
     [M("Trường Đại học Hàng hải kỹ thuật biển"), M("Học viện Ngân hàng")]),
    ("Viện Khoa học thủy lợi miền Trung chủ trì; Trường Cao đẳng Kỹ thuật công nghiệp tổ chức", C,
     [M("Viện Khoa học thủy lợi miền Trung"), M("Trường Cao đẳng Kỹ thuật công nghiệp")]),
    # but a place's name is all in capitals, and what follows it in lower case is the clause
    ("Trường Đại học Quy Nhơn chủ trì, Trường Đại học Vinh nghiên cứu", C,
     [M("Trường Đại học Quy Nhơn"), M("Trường Đại học Vinh")]),
    # "Trung ương" is one word of a name ("Bệnh viện Nhi Trung ương")
    ("Bệnh viện Phổi Trung ương hỗ trợ chuyên môn", C, [M("Bệnh viện Phổi Trung ương")]),
    # the commune's party committee and its offices under the two-level local government (from July 2025)
    ("Đảng ủy xã Hòa Bình lãnh đạo", P, [M("Đảng ủy xã Hòa Bình")]),
    ("Ban Thường vụ Đảng ủy phường chỉ đạo, Ủy ban Kiểm tra Đảng ủy phường kiểm tra", P,
     [M("Ban Thường vụ Đảng ủy phường"), M("Ủy ban Kiểm tra Đảng ủy phường")]),
    ("Ban Xây dựng Đảng Đảng ủy xã hướng dẫn; Văn phòng Đảng ủy xã tổng hợp", P,
     [M("Ban Xây dựng Đảng Đảng ủy xã"), M("Văn phòng Đảng ủy xã")]),
    ("các chi bộ trực thuộc tổ chức quán triệt", P, [M("Các chi bộ trực thuộc", kind="collective")]),
    ("Trung tâm Dịch vụ tổng hợp xã phối hợp", P, [M("Trung tâm Dịch vụ tổng hợp xã")]),
    ("Trung tâm Phục vụ hành chính công phường tiếp nhận", P, [M("Trung tâm Phục vụ hành chính công phường")]),
    # common nouns, no body
    ("Năm 2025, thu thuế tỉnh tăng 12%.", P, []),
    ("Tăng cường công tác thanh tra, kiểm tra.", P, []),
    ("Đến nay cả tỉnh có 20 xã đạt chuẩn.", P, []),
]

PARTS_AND_HEADS = [
    ("Đảng ủy Hội đồng nhân dân tỉnh lãnh đạo", P, [M("Đảng ủy Hội đồng nhân dân tỉnh")]),
    ("Đảng ủy Bộ Y tế chỉ đạo", C, [M("Đảng ủy Bộ Y tế")]),
    ("Đảng ủy Công an tỉnh lãnh đạo", P, [M("Đảng ủy Công an tỉnh")]),
    ("Ban Cán sự đảng Bộ Tài chính chỉ đạo", C, [M("Ban Cán sự đảng Bộ Tài chính")]),
    ("Đảng đoàn Liên đoàn Lao động tỉnh", P, [M("Đảng đoàn Liên đoàn Lao động tỉnh")]),
    ("Chi bộ Văn phòng Sở lãnh đạo", P, [M("Chi bộ Văn phòng Sở")]),
    ("Ủy ban Kiểm tra Huyện ủy kiểm tra", P, [M("Ủy ban Kiểm tra Huyện ủy")]),
    ("Văn phòng UBND tỉnh theo dõi", P, [M("Văn phòng Ủy ban nhân dân tỉnh")]),
    ("Thanh tra Sở Xây dựng kiểm tra", P, [M("Thanh tra Sở Xây dựng")]),
    # a steering committee's working group: "Tổ giúp việc" is a part, as "Văn phòng" is
    ("Tổ giúp việc Ban Chỉ đạo tỉnh tổng hợp, báo cáo", P, [M("Tổ giúp việc Ban Chỉ đạo tỉnh")]),
    # offices of one person, and deputies, who are never the office above them
    ("Chủ tịch UBND tỉnh quyết định", P, [M("Chủ tịch Ủy ban nhân dân tỉnh", kind="person")]),
    ("Phó Chủ tịch UBND tỉnh phụ trách lĩnh vực", P, [M("Phó Chủ tịch Ủy ban nhân dân tỉnh", kind="person")]),
    ("PCT UBND tỉnh chủ trì cuộc họp", P, [M("Phó Chủ tịch Ủy ban nhân dân tỉnh", kind="person")]),
    ("Chủ tịch, các Phó Chủ tịch UBND tỉnh", P,
     [M("Chủ tịch Ủy ban nhân dân tỉnh", "Phó Chủ tịch Ủy ban nhân dân tỉnh", kind="person")]),
    ("Phó Giám đốc Sở Xây dựng phụ trách", P, [M("Phó Giám đốc Sở Xây dựng", kind="person")]),
    ("Thứ trưởng Bộ Tài chính chủ trì", C, [M("Thứ trưởng Bộ Tài chính", kind="person")]),
    ("Bí thư Tỉnh ủy chủ trì", P, [M("Bí thư Tỉnh ủy", kind="person")]),
    # heads that stand for their body
    ("Giám đốc Sở Y tế chịu trách nhiệm", P, [M("Sở Y tế", text="Giám đốc Sở Y tế")]),
    ("Bộ trưởng Bộ Công an chỉ đạo", C, [M("Bộ Công an")]),
    ("Chánh Văn phòng UBND tỉnh tổng hợp", P, [M("Văn phòng Ủy ban nhân dân tỉnh")]),
    ("Chánh Thanh tra tỉnh báo cáo", P, [M("Thanh tra tỉnh")]),
    ("Thủ trưởng các sở, ban, ngành chịu trách nhiệm", P, [M("Các sở, ban, ngành", kind="collective")]),
    ("Chủ tịch UBND các xã, phường chịu trách nhiệm", P, [M("Ủy ban nhân dân các xã, phường")]),
    ("Lãnh đạo Ban Dân vận Tỉnh ủy", P, [M("Ban Dân vận Tỉnh ủy")]),
    # two heads of two bodies, not two heads of one
    ("Bộ trưởng, Thủ trưởng cơ quan ngang bộ chịu trách nhiệm", C, [M("Các cơ quan ngang bộ", text="Thủ trưởng cơ quan ngang bộ")]),
    ("Thủ trưởng cơ quan thuộc Chính phủ, Chủ tịch UBND các tỉnh, thành phố trực thuộc Trung ương thi hành", C,
     [M("Các cơ quan thuộc Chính phủ"), M("Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương")]),
    # a verb in lower case is no head ("Tỉnh ủy lãnh đạo UBND tỉnh")
    ("Tỉnh ủy lãnh đạo UBND tỉnh thực hiện", P, [M("Tỉnh ủy"), M(UBND, text="UBND tỉnh")]),
]

PROVINCIAL_OFFICES = [
    # the land registration office and its branches, which no head word names
    ("Văn phòng Đăng ký đất đai tỉnh chuyển thông tin địa chính; chỉ đạo các Chi nhánh Văn phòng Đăng ký đất đai xác "
     "định vị trí thửa đất", P,
     [M("Văn phòng Đăng ký đất đai tỉnh"), M("Các Chi nhánh Văn phòng Đăng ký đất đai", kind="collective")]),
    ("Bộ Chỉ huy Quân sự tỉnh Điện Biên", P, [M("Bộ Chỉ huy Quân sự tỉnh")]),
    ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh chủ trì", P, [M("Bộ Chỉ huy Bộ đội Biên phòng tỉnh")]),
    ("Cục Thống kê tỉnh cung cấp số liệu", P, [M("Thống kê tỉnh")]),
    ("Kho bạc Nhà nước tỉnh kiểm soát chi", P, [M("Kho bạc Nhà nước tỉnh")]),
    ("Ngân hàng Nhà nước chi nhánh tỉnh chỉ đạo", P, [M("Ngân hàng Nhà nước chi nhánh tỉnh")]),
    ("Bảo hiểm xã hội tỉnh Sơn La", P, [M("Bảo hiểm xã hội tỉnh")]),
    ("Liên đoàn Lao động tỉnh vận động", P, [M("Liên đoàn Lao động tỉnh")]),
    ("Tỉnh đoàn phát động", P, [M("Tỉnh đoàn")]),
    # a mass organisation's standing boards and lower levels, as its own plans name them
    ("b) Ban Tổ chức - Kiểm tra: Hướng dẫn kiện toàn tổ chức; Ban Kinh tế - Xã hội là đầu mối", P,
     [M("Ban Tổ chức - Kiểm tra"), M("Ban Kinh tế - Xã hội")]),
    ("Ban Tuyên huấn chủ trì; Ban Phong trào tổng hợp", P, [M("Ban Tuyên huấn"), M("Ban Phong trào")]),
    ("Đoàn các xã, phường ra quân; các cơ sở Đoàn trực thuộc đăng ký công trình", P,
     [M("Đoàn các xã, phường", kind="collective"), M("Các cơ sở Đoàn trực thuộc", kind="collective")]),
    ("Hội Doanh nhân trẻ tỉnh kết nối nhà đầu tư", P, [M("Hội Doanh nhân trẻ tỉnh")]),
    ("Các chi hội nông dân đăng ký thi đua, báo cáo Trung ương Hội Nông dân Việt Nam", P,
     [M("Các chi hội nông dân", kind="collective"), M("Trung ương Hội Nông dân Việt Nam")]),
    ("Hội Nông dân tỉnh, Hội Liên hiệp Phụ nữ tỉnh, Hội Cựu chiến binh tỉnh tuyên truyền", P,
     [M("Hội Nông dân tỉnh"), M("Hội Liên hiệp Phụ nữ tỉnh"), M("Hội Cựu chiến binh tỉnh")]),
    ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Bến Tre giám sát", P, [M("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh")]),
    ("Ngân hàng Chính sách xã hội chi nhánh tỉnh cho vay", P, [M("Ngân hàng Chính sách xã hội chi nhánh tỉnh")]),
    ("Phòng Giáo dục và Đào tạo các huyện, thành phố hướng dẫn", P,
     [M("Phòng Giáo dục và Đào tạo các huyện, thành phố")]),
    ("Phòng Tài nguyên và Môi trường huyện Bảo Lâm kiểm tra", P, [M("Phòng Tài nguyên và Môi trường huyện Bảo Lâm")]),
    # a market's board and a cooperative named by their trade and place, up to the last capitalised word, whatever
    # verb follows; "và" between two cooperatives parts them
    ("Ban Quản lý chợ Phú Hòa sắp xếp lại các hộ kinh doanh", P, [M("Ban Quản lý chợ Phú Hòa")]),
    ("phối hợp với Hợp tác xã Vệ sinh môi trường Tân Lập điều chỉnh giờ thu gom", P,
     [M("Hợp tác xã Vệ sinh môi trường Tân Lập")]),
    ("Hợp tác xã Bình An và Hợp tác xã Hòa Mỹ ký hợp đồng bao tiêu", P, [M("Hợp tác xã Bình An"), M("Hợp tác xã Hòa Mỹ")]),
]

NAMED_BODIES = [
    # a share after a body's name is no number of it ("Trường Tiểu học số 2", "Ngân hàng Nhà nước Khu vực 10" are)
    ("Trường Mầm non Hòa Lợi đạt 85% kế hoạch; Trung tâm Y tế đặc khu Tân An đạt 70 phần trăm khối lượng", P,
     [M("Trường Mầm non Hòa Lợi", text="Trường Mầm non Hòa Lợi"),
      M("Trung tâm Y tế đặc khu Tân An", text="Trung tâm Y tế đặc khu Tân An")]),
    ("Trường Tiểu học Hòa Lợi 2 chủ trì; Ngân hàng Nhà nước Khu vực 7 phối hợp", P,
     [M("Trường Tiểu học Hòa Lợi 2"), M("Ngân hàng Nhà nước Khu vực 7")]),
    # the merged office of a province's deputies and council, its council abbreviated
    ("Văn phòng Đoàn đại biểu Quốc hội và HĐND tỉnh gửi tài liệu", P,
     [M("Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh")]),
    ("Trường Đại học Tây Nguyên phối hợp đào tạo", P, [M("Trường Đại học Tây Nguyên")]),
    # a fund by its capitalised name ("quỹ" in lower case is no body)
    ("Quỹ Phát triển đất tỉnh ứng vốn; Quỹ Hỗ trợ nông dân Việt Nam cho vay; lập quỹ khuyến học", P,
     [M("Quỹ Phát triển đất tỉnh"), M("Quỹ Hỗ trợ nông dân Việt Nam")]),
    # a ministry's unit joining two fields with "và" before a verb, as the lexicon names it
    ("phối hợp với Cục Chăn nuôi và Thú y hướng dẫn tiêm phòng", C, [M("Cục Chăn nuôi và Thú y")]),
    ("Viện Nghiên cứu Cao su Việt Nam hỗ trợ giống", P, [M("Viện Nghiên cứu Cao su Việt Nam")]),
    # an institute whose field ends in "xây dựng", up to its verb or its clause's end; "xây dựng" with an object
    # after it, or after a comma and a second verb, is the verb
    ("Viện Vật liệu xây dựng chủ trì; phối hợp: Viện Khoa học công nghệ xây dựng; Viện Kinh tế xây dựng kế hoạch", C,
     [M("Viện Vật liệu xây dựng"), M("Viện Khoa học công nghệ xây dựng"), M("Viện Kinh tế")]),
    ("bộ y tế chủ trì, phối hợp với bộ nội vụ, bộ tài chính xây dựng, trình chính phủ đề án dân số.", C,
     [M("Bộ Y tế"), M("Bộ Nội vụ"), M("Bộ Tài chính"), M("Chính phủ")]),
    ("Công ty cổ phần cao su Mường Tè chủ trì trồng mới", P, [M("Công ty cổ phần cao su Mường Tè")]),
    ("Công ty CP Thủy điện Bản Mồng bàn giao", P, [M("Công ty cổ phần Thủy điện Bản Mồng")]),
    ("Tập đoàn Điện lực Việt Nam đầu tư lưới điện", C, [M("Tập đoàn Điện lực Việt Nam")]),
    ("Ban Quản lý dự án đầu tư xây dựng công trình dân dụng tỉnh tổ chức", P,
     [M("Ban Quản lý dự án đầu tư xây dựng công trình dân dụng tỉnh")]),
    ("Phó Giám đốc Nguyễn Trường Sơn phụ trách", P, []),
    # an institute named by its field, the field's second syllable in lower case before the verb, or by a region whose
    # name has lower-case words; an association by its trade; a company's name stops before its verb
    ("Viện Cơ điện Nông nghiệp chủ trì thử nghiệm", C, [M("Viện Cơ điện Nông nghiệp")]),
    ("Viện Cây ăn quả Đồng bằng sông Hồng phối hợp", C, [M("Viện Cây ăn quả Đồng bằng sông Hồng")]),
    ("Hiệp hội Du lịch tỉnh phối hợp quảng bá", P, [M("Hiệp hội Du lịch tỉnh")]),
    ("Công đoàn các khu công nghiệp tỉnh phối hợp tuyên truyền", P, [M("Công đoàn các khu công nghiệp tỉnh")]),
    # an exam's council and its boards, a specialised school named after its type
    ("Hội đồng thi chỉ đạo Ban In sao đề thi, Ban Coi thi, Ban Làm phách và Ban Phúc khảo", P,
     [M("Hội đồng thi"), M("Ban In sao đề thi"), M("Ban Coi thi"), M("Ban Làm phách"), M("Ban Phúc khảo")]),
    ("Trường THPT chuyên Hòa Lợi bố trí phòng thi", P, [M("Trường Trung học phổ thông chuyên Hòa Lợi")]),
    ("do Công ty cổ phần Phát triển Tân An nộp ngày 12/5/2026", P, [M("Công ty cổ phần Phát triển Tân An")]),
    ("Liên minh Hợp tác xã Việt Nam, Hội Nông dân Việt Nam phối hợp", C,
     [M("Liên minh Hợp tác xã Việt Nam"), M("Hội Nông dân Việt Nam")]),
    # the armed forces' bodies: a party committee's standing committee without "Ban" ("Thường vụ Đảng ủy ..."), a
    # military region, a numbered defence zone with its place, a special zone's military command
    ("Thường vụ Đảng ủy Quân sự tỉnh chỉ đạo; báo cáo Thường vụ Đảng ủy Quân khu 5", P,
     [M("Thường vụ Đảng ủy Quân sự tỉnh"), M("Thường vụ Đảng ủy Quân khu 5")]),
    ("Ban Chỉ huy Phòng thủ khu vực 3 - Hòa Lợi chủ trì; Ban Chỉ huy Quân sự đặc khu Tân An phối hợp", P,
     [M("Ban Chỉ huy Phòng thủ khu vực 3 - Hòa Lợi"), M("Ban Chỉ huy Quân sự đặc khu Tân An")]),
    # bodies of a province after the 2025 reorganisation: the merged press body (named with its province,
    # a comma inside its name), the business association, the committee of the party's 57-NQ/TW steering
    ("Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Báo và Phát thanh, Truyền hình Khánh Hòa và các cơ quan thông tin đại chúng", P,
     [M("Sở Văn hóa, Thể thao và Du lịch"), M("Báo và Phát thanh, Truyền hình Khánh Hòa"),
      M("Các cơ quan thông tin đại chúng")], "Khánh Hòa"),
    ("Liên minh Hợp tác xã tỉnh phối hợp với Hiệp hội Doanh nghiệp tỉnh tổ chức diễn đàn", P,
     [M("Liên minh Hợp tác xã tỉnh"), M("Hiệp hội Doanh nghiệp tỉnh")]),
    ("Ban Chỉ đạo của Tỉnh ủy về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số theo dõi", P,
     [M("Ban Chỉ đạo của Tỉnh ủy về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số")]),
    ("Các đảng ủy trực thuộc Tỉnh ủy tổ chức quán triệt; các đảng ủy trực thuộc xây dựng kế hoạch", P,
     [M("Các đảng ủy trực thuộc Tỉnh ủy"), M("Đảng ủy trực thuộc")]),
    # a health plan's units: a centre's name runs in lower case to its level, hospitals are named bodies, the
    # regional health centres of 2025 a collective, a project board of two kinds of works joined by "và"
    ("Sở Giáo dục và Đào tạo phối hợp với Trung tâm Kiểm soát bệnh tật tỉnh tổ chức khám sức khỏe", P,
     [M("Sở Giáo dục và Đào tạo"), M("Trung tâm Kiểm soát bệnh tật tỉnh")]),
    ("Bệnh viện Đa khoa vùng Tây Bắc và Bệnh viện Đa khoa Sa Pa triển khai bệnh án điện tử", P,
     [M("Bệnh viện Đa khoa vùng Tây Bắc"), M("Bệnh viện Đa khoa Sa Pa")]),
    ("các Trung tâm Y tế khu vực rà soát hồ sơ sức khỏe", P, [M("Các Trung tâm Y tế khu vực", kind="collective")]),
    ("Ban Quản lý dự án đầu tư xây dựng các công trình giao thông và nông nghiệp tỉnh tổ chức đấu thầu", P,
     [M("Ban Quản lý dự án đầu tư xây dựng các công trình giao thông và nông nghiệp tỉnh")]),
    ("Ngân hàng Nhà nước Khu vực 7 chỉ đạo; xây dựng Bệnh viện Đa khoa tỉnh quy mô 300 giường", P,
     [M("Ngân hàng Nhà nước Khu vực 7"), M("Bệnh viện Đa khoa tỉnh")]),
    # a project board's name runs to its level though no verb of the lexicon follows; a centre's name of two
    # parts joined by "và" runs in lower case to its level
    ("giao Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh làm chủ đầu tư", P,
     [M("Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh"), M("Chủ đầu tư")]),
    ("(UBND các xã chủ trì; Trung tâm Nước sạch và Vệ sinh môi trường nông thôn tỉnh phối hợp)", P,
     [M("Ủy ban nhân dân các xã"), M("Trung tâm Nước sạch và Vệ sinh môi trường nông thôn tỉnh")]),
    # a department of education's schools: a school by its level ("THPT" spelled out), the collectives of schools
    ("Trường THPT Đô Lương 2 khẩn trương hoàn thiện hồ sơ; các trường THPT, PTDTNT tổ chức dạy học", P,
     [M("Trường Trung học phổ thông Đô Lương 2"), M("Các trường trung học phổ thông"),
      M("Các trường phổ thông dân tộc nội trú")]),
    ("các trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên phối hợp với các phòng thuộc Sở", P,
     [M("Các trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên"), M("Các phòng thuộc Sở")]),
    # an economic zone's board named by its zone (the lexicon's "Ban Quản lý Khu kinh tế tỉnh" stays)
    ("Giao Ban Quản lý Khu kinh tế Vân Phong và các khu công nghiệp chủ trì; Ban Quản lý Khu kinh tế tỉnh phối hợp", P,
     [M("Ban Quản lý Khu kinh tế Vân Phong và các khu công nghiệp"), M("Ban Quản lý Khu kinh tế tỉnh")]),
    ("phối hợp với Ban Quản lý Khu kinh tế cửa khẩu Móng Cái - Hoành Mô và Công an tỉnh", P,
     [M("Ban Quản lý Khu kinh tế cửa khẩu Móng Cái - Hoành Mô"), M("Công an tỉnh")]),
    # the forest and defence bodies of a fire-prevention directive; a board's name ends before "hoặc"
    ("Chỉ đạo Ban Quản lý rừng đặc dụng Na Hang, Ban Quản lý Vườn quốc gia Ba Bể - Na Hang và các chủ rừng", P,
     [M("Ban Quản lý rừng đặc dụng Na Hang"), M("Ban Quản lý Vườn quốc gia Ba Bể - Na Hang")]),
    ("phối hợp với Ban Chỉ huy Phòng thủ khu vực; chỉ đạo Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ "
     "bố trí lực lượng", P,
     [M("Ban Chỉ huy Phòng thủ khu vực"), M("Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ")]),
    ("giao Ban Quản lý dự án đầu tư xây dựng cấp xã hoặc Trung tâm Dịch vụ tổng hợp xã lập hồ sơ", P,
     [M("Ban Quản lý dự án đầu tư xây dựng cấp xã"), M("Trung tâm Dịch vụ tổng hợp xã")]),
    # a department's units in the cells of a pipe table: a name of two parts ends at the cell's pipe; "BVTV"
    ("| 2 | Hướng dẫn cấp mã số vùng trồng | Chi cục Trồng trọt và BVTV | Phòng Kinh tế hợp tác và Phát triển nông thôn "
     "| Quý III/2026 |", P,
     [M("Chi cục Trồng trọt và Bảo vệ thực vật"), M("Phòng Kinh tế hợp tác và Phát triển nông thôn")]),
]

# ---------------------------------------------------------------- 2. collectives

COLLECTIVES = [
    ("các sở, ban, ngành tổ chức thực hiện", P, [M("Các sở, ban, ngành", kind="collective")]),
    # a ward's residential groups, and their heads, when a plan gives them work
    ("Các tổ dân phố tổ chức tổng vệ sinh; Tổ trưởng các tổ dân phố vận động hộ gia đình", P,
     [M("Các tổ dân phố", kind="collective"), M("Các tổ dân phố", kind="collective")]),
    ("các bộ, ngành Trung ương hỗ trợ", P, [M("Các bộ, ngành Trung ương", kind="collective")]),
    # the heads of ministries and of the bodies ranked with them, as a central document addresses them: the three classes
    ("Bộ trưởng, Thủ trưởng các cơ quan ngang bộ, cơ quan thuộc Chính phủ chỉ đạo rà soát", C,
     [M("Các bộ, ngành", "Các cơ quan ngang bộ", "Các cơ quan thuộc Chính phủ")]),
    ("Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ báo cáo", C,
     [M("Các bộ, ngành", "Các cơ quan ngang bộ", "Các cơ quan thuộc Chính phủ")]),
    ("các cơ quan thông tấn, báo chí tuyên truyền", C, [M("Các cơ quan thông tấn, báo chí")]),
    # the central mass organisations a Secretariat directive names, by their central committees
    ("Trung ương Hội Liên hiệp Phụ nữ Việt Nam chủ trì, phối hợp với Trung ương Hội Người cao tuổi Việt Nam", C,
     [M("Trung ương Hội Liên hiệp Phụ nữ Việt Nam"), M("Trung ương Hội Người cao tuổi Việt Nam")]),
    ("Hội Cựu chiến binh Việt Nam vận động hội viên", C, [M("Trung ương Hội Cựu chiến binh Việt Nam")]),
    # the Bank for Social Policy as the Government names it; a province's document names the national bank in full
    ("Chỉ đạo Ngân hàng Chính sách xã hội bố trí nguồn vốn", C, [M("Ngân hàng Chính sách xã hội")]),
    ("Ngân hàng Chính sách xã hội Việt Nam phân bổ vốn", P, [M("Ngân hàng Chính sách xã hội Việt Nam")]),
    # the press is named as the text names it, not as the mass media
    ("chỉ đạo các cơ quan báo chí xây dựng chuyên mục", C, [M("Các cơ quan báo chí")]),
    ("các địa phương trong vùng Đồng bằng sông Cửu Long liên kết", C,
     [M("Các địa phương", text="các địa phương trong vùng Đồng bằng sông Cửu Long")]),
    ("các địa phương có liên quan phối hợp", P, [M("Các địa phương", text="các địa phương có liên quan")]),
    ("Các địa phương được lựa chọn | Bộ Y tế", C, [M("Các địa phương", text="Các địa phương được lựa chọn"), M("Bộ Y tế")]),
    ("các cơ quan Trung ương hướng dẫn", C, [M("Các cơ quan Trung ương")]),
    ("các cơ quan Đảng thống nhất quản lý dữ liệu", C, [M("Các cơ quan Đảng", kind="collective")]),
    ("các cơ quan đại diện Việt Nam ở nước ngoài vận động", C, [M("Các cơ quan đại diện Việt Nam ở nước ngoài")]),
    ("các cấp, các ngành quan tâm", P, [M("Các cấp, ngành")]),
    ("các tổ chức chính trị - xã hội vận động", C, [M("Các tổ chức chính trị - xã hội")]),
    # a commune's or a ward's own mass organisations, and its neighbourhoods' bodies (a body each when numbered
    # or named, a class otherwise)
    ("Ủy ban MTTQ Việt Nam phường và các tổ chức chính trị - xã hội phường giám sát", P,
     [M("Ủy ban Mặt trận Tổ quốc Việt Nam phường"), M("Các tổ chức chính trị - xã hội phường", kind="collective")]),
    ("các đoàn thể xã vận động hội viên", P, [M("Các tổ chức chính trị - xã hội xã")]),
    ("Ban điều hành khu phố 3, khu phố 7 phối hợp", P,
     [M("Ban điều hành khu phố 3", "Ban điều hành khu phố 7", kind="body")]),
    ("Ban điều hành các khu phố vận động", P, [M("Ban điều hành các khu phố", kind="collective")]),
    ("Ban Công tác Mặt trận ở khu dân cư vận động", P, [M("Ban công tác Mặt trận ở khu dân cư", kind="collective")]),
    # a Fatherland Front's plan: the mass associations of a province, the Front's own boards and its centre
    ("Đề nghị Hội Người cao tuổi tỉnh, Hội Khuyến học tỉnh hưởng ứng", P,
     [M("Hội Người cao tuổi tỉnh"), M("Hội Khuyến học tỉnh")]),
    ("Ban Phong trào tham mưu; Ban Dân chủ - Pháp luật tổ chức giám sát", P, [M("Ban Phong trào"), M("Ban Dân chủ - Pháp luật")]),
    ("báo cáo Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", P,
     [M("Ban Thường trực Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam")]),
    # a dispatch's bodies: a city's border guard and civil defence command, a regional hydro-meteorological
    # station, the owners of reservoirs as a class
    ("Bộ Chỉ huy Bộ đội Biên phòng thành phố chủ trì", P, [M("Bộ Chỉ huy Bộ đội Biên phòng thành phố")]),
    ("Ban Chỉ huy Phòng thủ dân sự tỉnh tổ chức trực ban", P, [M("Ban Chỉ huy Phòng thủ dân sự tỉnh")]),
    ("Đài KTTV khu vực Nam Trung Bộ dự báo, cảnh báo", P, [M("Đài Khí tượng thủy văn khu vực Nam Trung Bộ")]),
    ("Các chủ hồ thủy lợi, thủy điện thông báo lịch xả lũ", P, [M("Các chủ hồ chứa thủy lợi, thủy điện", kind="collective")]),
    ("phối hợp với chi bộ thôn, Ban công tác Mặt trận thôn Tân An", P,
     [M("Chi bộ thôn", kind="collective"), M("Ban công tác Mặt trận thôn Tân An", kind="body")]),
    ("các đơn vị có liên quan thực hiện", P, [M("Các đơn vị liên quan")]),
    # a collective keeps what it names: 'cơ quan, đơn vị' is not widened to '..., địa phương'
    ("các cơ quan, đơn vị liên quan triển khai", P, [M("Các cơ quan, đơn vị liên quan")]),
    ("các cơ quan, đơn vị, địa phương liên quan triển khai", P, [M("Các cơ quan, đơn vị, địa phương liên quan")]),
    ("UBND các cấp chỉ đạo", P, [M("Ủy ban nhân dân các cấp", kind="collective")]),
    ("các ngành chức năng kiểm tra", P, [M("Các ngành chức năng")]),
    # the department of the sector, as regulations name it, spelt out, shortened, or scanned
    ("Sở quản lý ngành, lĩnh vực thẩm định phương án giá", P, [M("Sở quản lý ngành, lĩnh vực", kind="collective")]),
    ("các sở quản lý chuyên ngành tiếp nhận hồ sơ", P, [M("Sở quản lý ngành, lĩnh vực")]),
    ("sở quan ly nganh, linh vuc tổng hợp", P, [M("Sở quản lý ngành, lĩnh vực")]),
    # the schools and health facilities a sectoral plan gives work to, by the level it names; a list of levels is one
    # class ("mầm non, tiểu học")
    ("Các cơ sở giáo dục mầm non, tiểu học tổ chức cho trẻ uống sữa; các cơ sở y tế trên địa bàn tỉnh khám sàng lọc; "
     "các bệnh viện tuyến tỉnh hỗ trợ chuyên môn", P,
     [M("Các cơ sở giáo dục mầm non, tiểu học", kind="collective"), M("Các cơ sở y tế", kind="collective"),
      M("Các bệnh viện tuyến tỉnh", kind="collective")]),
    # hospitals and health centres together, a class the health department gives its work to (those of the regions
    # by their own name); not a count of them
    ("Giám đốc các bệnh viện, trung tâm y tế tổ chức thực hiện; các bệnh viện, trung tâm y tế khu vực báo cáo", P,
     [M("Các bệnh viện, trung tâm y tế", kind="collective"),
      M("Các bệnh viện, trung tâm y tế khu vực", kind="collective")]),
    ("đến nay 27/31 bệnh viện, trung tâm y tế đã triển khai", P, []),
]

# a commune's, a ward's or a special zone's own centres and posts, named up to their level or to their verb
LOCAL_UNITS = [
    ("e) Trung tâm Dịch vụ công ích đặc khu bố trí thêm điểm tập kết rác", P,
     [M("Trung tâm Dịch vụ công ích đặc khu")]),
    ("Trung tâm Phục vụ hành chính công phường tiếp nhận hồ sơ", P, [M("Trung tâm Phục vụ hành chính công phường")]),
    ("Trung tâm Công tác xã hội tỉnh tiếp nhận đối tượng", P, [M("Trung tâm Công tác xã hội tỉnh")]),
    ("- Đồn Biên phòng Hòn Khoai kiểm soát người, phương tiện ra vào đảo", P, [M("Đồn Biên phòng Hòn Khoai")]),
    # a commune's offices since 2025 in a copy that lost its capitals and was word-segmented
    ("a) phòng văn_hóa - xã_hội chủ trì, phối_hợp_với phòng_kinh tế, hạ_tầng và đô thị xây dựng quy tắc", "commune",
     [M("Phòng Văn hóa - Xã hội"), M("Phòng Kinh tế, Hạ tầng và Đô thị")]),
    ("phòng kinh tế chủ trì thống kê", "commune", [M("Phòng Kinh tế")]),
]

# a police or a military unit named with the force it belongs to is one body, the force no second one; the
# police's investigation agency
UNITS_OF_A_FORCE = [
    ("phối hợp với Phòng Cảnh sát hình sự Công an tỉnh điều tra", P, [M("Phòng Cảnh sát hình sự Công an tỉnh")]),
    ("Phòng Chính trị Bộ Chỉ huy Quân sự tỉnh tuyên truyền", P, [M("Phòng Chính trị Bộ Chỉ huy Quân sự tỉnh")]),
    ("thông báo cho Cơ quan CSĐT Công an tỉnh", P, [M("Cơ quan Cảnh sát điều tra Công an tỉnh")]),
    # (the force after a comma is a second body)
    ("Phòng Cảnh sát giao thông chủ trì, phối hợp Công an tỉnh", P, [M("Phòng Cảnh sát giao thông"), M("Công an tỉnh")]),
    # a border guard command's units: a division named for what it prevents ("Phòng" twice), one whose name ends
    # before the verb of helping, its posts together, and the national command above it
    ("Phòng Phòng chống ma túy và tội phạm chủ trì; Phòng Tham mưu giúp Bộ Chỉ huy tổng hợp; chỉ đạo các đồn Biên phòng "
     "tuần tra; báo cáo Bộ Tư lệnh Bộ đội Biên phòng.", P,
     [M("Phòng Phòng chống ma túy và tội phạm"), M("Phòng Tham mưu"), M("Các đồn Biên phòng", kind="collective"),
      M("Bộ Tư lệnh Bộ đội Biên phòng")]),
]

# the regional courts and procuracies (since 2025, in place of the districts'): one each by its number, a list of
# numbers a body each, and all of them as a class
REGIONAL_COURTS = [
    ("Viện kiểm sát nhân dân khu vực 2 chủ trì", P, [M("Viện kiểm sát nhân dân khu vực 2", kind="body")]),
    ("Chánh án Tòa án nhân dân khu vực 1, 2 và 3 bố trí phòng xử án", P,
     [M("Tòa án nhân dân khu vực 1", "Tòa án nhân dân khu vực 2", "Tòa án nhân dân khu vực 3")]),
    ("hướng dẫn nghiệp vụ đối với các Viện kiểm sát nhân dân khu vực trong tỉnh", P,
     [M("Các Viện kiểm sát nhân dân khu vực", kind="collective")]),
    ("VKSND khu vực III phối hợp", P, [M("Viện kiểm sát nhân dân khu vực III")]),
    # (a region named by words is no such body: "khu vực biên giới")
    ("Tòa án nhân dân khu vực biên giới", P, []),
    # the specialised courts inside a court, one with "và" in its name; a division named by three fields
    ("Tòa Kinh tế chủ trì; Tòa Gia đình và người chưa thành niên phối hợp với Tòa Lao động; Phòng Tổ chức cán bộ, "
     "thi đua khen thưởng và thanh tra chủ trì tổng kết", P,
     [M("Tòa Kinh tế"), M("Tòa Gia đình và người chưa thành niên"), M("Tòa Lao động"),
      M("Phòng Tổ chức cán bộ, thi đua khen thưởng và thanh tra")]),
]

# what sets a collective of communes, wards or provinces apart is part of its name, as written: the communes on the
# coast, those the road crosses, those holding the exercise; a verb after "có" is no such thing
PLACES_SET_APART = [
    ("UBND các xã ven biển tổ chức di dời", P, [M("Ủy ban nhân dân các xã ven biển", kind="collective")]),
    ("UBND các xã có đất thu hồi thành lập hội đồng bồi thường", P,
     [M("Ủy ban nhân dân các xã có đất thu hồi", kind="collective")]),
    ("Công an các xã biên giới nắm tình hình", P, [M("Công an các xã biên giới")]),
    ("Ủy ban nhân dân các xã có tuyến đường đi qua phối hợp bàn giao", P,
     [M("Ủy ban nhân dân các xã có tuyến đường đi qua")]),
    ("Ban Chỉ huy quân sự các xã diễn tập chuẩn bị lực lượng", P, [M("Ban Chỉ huy Quân sự các xã diễn tập")]),
    ("Ủy ban nhân dân các xã bị chia cắt báo cáo", P, [M("Ủy ban nhân dân các xã bị chia cắt")]),
    ("Đảng ủy các xã có dự án đi qua lãnh đạo công tác vận động", P, [M("Đảng ủy các xã có dự án đi qua")]),
    # (the communes and wards together are the collective the lexicon knows, whatever follows)
    ("UBND các xã, phường ven sông cắm biển cảnh báo", P, [M("Ủy ban nhân dân các xã, phường")]),
    ("UBND các tỉnh có công trình thủy lợi liên tỉnh phối hợp vận hành", C,
     [M("Ủy ban nhân dân các tỉnh có công trình thủy lợi liên tỉnh")]),
    ("UBND các xã có trách nhiệm phối hợp", P, [M("Ủy ban nhân dân các xã", text="UBND các xã")]),
    ("UBND các xã có kế hoạch cụ thể", P, [M("Ủy ban nhân dân các xã", text="UBND các xã")]),
]

# ---------------------------------------------------------------- 3. shared heads and lists

LISTS = [
    ("Thường trực, Ban Thường vụ Tỉnh ủy chỉ đạo", P,
     [M("Thường trực Tỉnh ủy", "Ban Thường vụ Tỉnh ủy")]),
    ("Thường trực HĐND, các Ban, các Tổ đại biểu HĐND tỉnh giám sát", P,
     [M("Thường trực Hội đồng nhân dân tỉnh"),
      M("Các Ban của Hội đồng nhân dân tỉnh", "Các Tổ đại biểu Hội đồng nhân dân tỉnh")]),
    ("Thường trực HĐND tỉnh, UBND tỉnh phối hợp", P,
     [M("Thường trực Hội đồng nhân dân tỉnh"), M(UBND)]),
    ("các Sở: Tài chính, Xây dựng, Công Thương phối hợp", P,
     [M("Sở Tài chính", "Sở Xây dựng", "Sở Công Thương", text="các Sở: Tài chính, Xây dựng, Công Thương")]),
    ("Sở Tài chính, Xây dựng thẩm định", P, [M("Sở Tài chính", "Sở Xây dựng")]),
    ("Sở Tài chính, xây dựng kế hoạch vốn", P, [M("Sở Tài chính")]),
    ("Giám đốc các sở, ngành: Y tế; Giáo dục và Đào tạo; Nội vụ chịu trách nhiệm", P,
     [M("Sở Y tế", "Sở Giáo dục và Đào tạo", "Sở Nội vụ")]),
    ("Ban Chính sách, chiến lược Trung ương chủ trì", C, [M("Ban Chính sách, chiến lược Trung ương")]),
    ("Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương lãnh đạo", C,
     [M("Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương")]),
    ("Ban Tuyên giáo, Ban Dân vận Tỉnh ủy phối hợp", P, [M("Ban Tuyên giáo Tỉnh ủy", "Ban Dân vận Tỉnh ủy")]),
    ("Ban Tuyên giáo, Dân vận Tỉnh ủy phối hợp", P, [M("Ban Tuyên giáo Tỉnh ủy", "Ban Dân vận Tỉnh ủy")]),
    ("Ban Thường vụ các tỉnh ủy, thành ủy chỉ đạo", C, [M("Ban Thường vụ Tỉnh ủy", "Ban Thường vụ Thành ủy")]),
    # an unknown first item does not break the rest of the list
    ("Câu lạc bộ Doanh nhân trẻ, Sở Công Thương và UBND các huyện hỗ trợ", P,
     [M("Sở Công Thương"), M("Ủy ban nhân dân các huyện")]),
    ("các Sở: Ngoại thương, Tài chính, Xây dựng", P,
     [M("Sở Ngoại thương", "Sở Tài chính", "Sở Xây dựng")]),
]

# ---------------------------------------------------------------- 4. a place standing for its government

PLACES = [
    ("Thành phố Cần Thơ nghiên cứu cơ chế đặc thù.", P,
     [M("Ủy ban nhân dân thành phố Cần Thơ", text="Thành phố Cần Thơ", kind="place")]),
    ("Tỉnh Hậu Giang chủ động bố trí vốn.", P, [M("Ủy ban nhân dân tỉnh Hậu Giang", kind="place")]),
    ("2. Tỉnh Gia Lai tập trung chỉ đạo.", P, [M("Ủy ban nhân dân tỉnh Gia Lai", kind="place")]),
    ("Năm 2026, xong. Huyện Mèo Vạc rà soát hộ nghèo.", P, [M("Ủy ban nhân dân huyện Mèo Vạc", kind="place")]),
    ("- Thị xã Sa Pa xây dựng phương án.", P, [M("Ủy ban nhân dân thị xã Sa Pa", kind="place")]),
    ("Thành phố Huế rà soát quy hoạch.", P, [M("Ủy ban nhân dân thành phố Huế", kind="place")]),
    ("Tỉnh Tuyên Quang chủ động triển khai.", P, [M(UBND, kind="place")], "Tuyên Quang"),
    # not a subject
    ("Các dự án trên địa bàn tỉnh Hậu Giang được triển khai.", P, []),
    ("Tỉnh ủy Gia Lai lãnh đạo.", P, [M("Tỉnh ủy", text="Tỉnh ủy Gia Lai")]),
]

# ---------------------------------------------------------------- 5. tolerance

TOLERANCE = [
    ("Uy ban nhân dân tỉnh chỉ đạo", P, [M(UBND, text="Uy ban nhân dân tỉnh")]),
    ("Ủy ban nhân dân tinh chỉ đạo", P, [M(UBND)]),
    ("Sở Tài chinh chủ trì", P, [M("Sở Tài chính")]),
    ("Ban Thuờng vụ Tỉnh uy chỉ đạo", P, [M("Ban Thường vụ Tỉnh ủy")]),
    ("Dảng ủy Bộ Y tế lãnh đạo", C, [M("Đảng ủy Bộ Y tế")]),
    ("ủy_ban nhân_dân tỉnh chỉ_đạo", P, [M(UBND, text="ủy_ban nhân_dân tỉnh")]),
    ("sở tài_chính chủ_trì", P, [M("Sở Tài chính", text="sở tài_chính")]),
    # a department alone on its line, a heading over its points, in a copy that lost its capitals
    ("2. sở tài chính\na) chủ_trì bố trí kinh phí;\n3. sở giáo_dục và đào_tạo\na) chỉ_đạo các trường thực hiện", P,
     [M("Sở Tài chính", text="sở tài chính"), M("Sở Giáo dục và Đào tạo", text="sở giáo_dục và đào_tạo")]),
    ("ubnd huyện mèo_vạc chủ_trì", P, [M("Ủy ban nhân dân huyện Mèo Vạc", text="ubnd huyện mèo_vạc")]),
    ("ubnd huyện mèo vạc chủ trì , sở tài chính , sở xây dựng phối hợp", P,
     [M("Ủy ban nhân dân huyện Mèo Vạc"), M("Sở Tài chính"), M("Sở Xây dựng")]),
    ("thường_trực hội_đồng_nhân_dân tỉnh giám_sát", P, [M("Thường trực Hội đồng nhân dân tỉnh")]),
    # a department's units in a lower-cased text, by what they run; "phòng chống" (to prevent) is no office
    ("đơn_vị chủ_trì : phòng quản_lý công_nghiệp ; đơn_vị phối_hợp : phòng kế_hoạch - tổng_hợp .", P,
     [M("Phòng quản lý công nghiệp"), M("Phòng kế hoạch - tổng hợp")]),
    ("tăng_cường công_tác phòng chống dịch_bệnh , phòng cháy chữa cháy .", P, []),
    # distinct agencies stay distinct: a mark that differs is another word
    ("Thứ trưởng Bộ Tài chính chủ trì", C, [M("Thứ trưởng Bộ Tài chính", kind="person")]),
    ("Thủ trưởng các sở, ngành chịu trách nhiệm", P, [M("Các sở, ngành")]),
    ("tính ủy thác của quỹ", P, []),
    ("Hoàn thiện tính ủy thác của quỹ.", P, []),
]

# ---------------------------------------------------------------- 6. the document's level

LEVEL = [
    ("Mặt trận chủ trì giám sát", P, [M("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh")]),
    ("Mặt trận chủ trì giám sát", C, [M("Mặt trận Tổ quốc Việt Nam")]),
    ("Ủy ban Kiểm tra kiểm tra việc chấp hành", P, [M("Ủy ban Kiểm tra Tỉnh ủy")]),
    ("Ủy ban Kiểm tra kiểm tra việc chấp hành", C, [M("Ủy ban Kiểm tra Trung ương")]),
    ("Ban Chỉ đạo của tỉnh chủ trì sơ kết", P, [M("Ban Chỉ đạo tỉnh")]),
]


# ---------------------------------------------------------------- overlays: names of one province (agencies_local.tsv)

OVERLAYS = [
    ("Thành ủy lãnh đạo, UBND Thành phố chỉ đạo", P, [M("Thành ủy", kind="body"), M("Ủy ban nhân dân thành phố")],
     "Hà Nội"),
    ("Thành ủy lãnh đạo", P, [M("Thành ủy", kind="collective")], "Gia Lai"),
    ("Thành ủy lãnh đạo", P, [M("Thành ủy", kind="collective")]),
    ("UBND các quận, huyện, thị xã báo cáo", P, [M("Ủy ban nhân dân các quận, huyện, thị xã")], "Đà Nẵng"),
    ("Ban Quản lý Khu kinh tế Phú Quốc hướng dẫn", P, [M("Ban Quản lý Khu kinh tế Phú Quốc")], "Kiên Giang"),
    # (a board named by its zone is that board in any province's document: read by its form, not the overlay)
    ("Ban Quản lý Khu kinh tế Phú Quốc hướng dẫn", P, [M("Ban Quản lý Khu kinh tế Phú Quốc")], "Lào Cai"),
    ("Ban Quản lý Khu kinh tế hướng dẫn", P, [M("Ban Quản lý Khu kinh tế tỉnh")], "Lào Cai"),
    # a centrally-run city's merged press body
    ("Báo và Phát thanh, Truyền hình Cần Thơ tăng thời lượng", P, [M("Báo và Phát thanh, Truyền hình Cần Thơ")], "Cần Thơ"),
]


@pytest.mark.parametrize("table", [
    "HEAD_AND_DOMAIN", "BOARDS", "LEVEL_AND_PLACE", "PARTS_AND_HEADS", "PROVINCIAL_OFFICES", "NAMED_BODIES",
    "COLLECTIVES", "LOCAL_UNITS", "UNITS_OF_A_FORCE", "REGIONAL_COURTS", "PLACES_SET_APART", "LISTS", "PLACES", "TOLERANCE", "LEVEL", "OVERLAYS"])
def test_table(table):
    check(globals()[table])


def test_the_level_of_a_document_from_its_number_or_issuer():
    from nlpolicy.agencies import document_level
    assert [document_level(n, i) for n, i in [
        ("64/2026/QH16", None), ("12/NQ-UBTVQH15", None), ("518/BC-BXD", "Bộ Xây dựng"),
        ("2185/KH-BNNMT", "Bộ Nông nghiệp và Môi trường"), ("41/KH-BCH", "Bộ Chỉ huy Quân sự tỉnh"),
        ("88/KH-UBND", "Ủy ban nhân dân tỉnh Quảng Trị"), ("03/NQ-CP", None),
        ("415/SXD-QH", "Sở Xây dựng tỉnh Quảng Trị")]] == \
        ["central", "central", "central", "central", "province", "province", "central", "province"]


def test_every_province_stands_for_its_government():
    """Every province and centrally-run city of provinces.tsv (before and after the 2025 mergers)."""
    cities = {r[0] for r in read_tsv("province_changes.tsv") if r[1] == "thành phố"}
    rows = []
    for row in read_tsv("provinces.tsv"):
        name = row[0]
        short = name[len("Thành phố "):] if name.startswith("Thành phố ") else name
        level = "Thành phố" if name in cities else "Tỉnh"
        rows.append((f"{level} {short} chủ động triển khai.", P,
                     [M(f"Ủy ban nhân dân {level.lower()} {short}", kind="place")]))
    check(rows)


def test_mentions_point_into_the_text():
    text = ("Giao Sở NN&MT tỉnh Lào Cai chủ trì, phối hợp với các Sở: Tài chính, Xây dựng; "
            "Thường trực, Ban Thường vụ Tỉnh ủy; ủy_ban nhân_dân huyện Bát_Xát.")
    mentions = find_agencies(text)
    assert len(mentions) == 4
    assert all(text[m.start:m.end] == m.text for m in mentions)
    assert [m.start for m in mentions] == sorted(m.start for m in mentions)


def test_start_end_restrict_the_search():
    text = "Sở Y tế chủ trì. Sở Tài chính phối hợp."
    key_start = text.index("Sở Tài")
    assert [m.names for m in find_agencies(text, start=key_start)] == [("Sở Tài chính",)]
    assert [m.names for m in find_agencies(text, end=key_start)] == [("Sở Y tế",)]


def test_how_and_score():
    exact, damaged = find_agencies("Ủy ban nhân dân tỉnh"), find_agencies("Uy ban nhân dân tinh")
    assert exact[0].how == "lexicon" and exact[0].score == 1.0
    assert damaged[0].how == "lexicon" and damaged[0].score < 1.0
    assert find_agencies("UBND huyện Mèo Vạc")[0].how == "form"
    assert find_agencies("Tỉnh Gia Lai chủ động.")[0].how == "place"


def test_folding_collisions_stay_distinct():
    """Two aliases that fold to the same loose key name different agencies only when the text can
    tell them apart: neither reads as the other."""
    groups = 0
    for label, by_level in _matcher().hits:
        for aliases in by_level.values():
            by_name: dict[str, str] = {}
            for strict, _, _, payload in aliases:
                by_name.setdefault(repr(getattr(payload, "names", None) or getattr(payload, "title", payload)), strict)
            spellings = list(by_name.values())
            for a in spellings:
                for b in spellings:
                    if a != b:
                        groups += 1
                        assert _accept(a, b) is None, (label, a, b)
    assert groups >= 2      # "Thứ trưởng" / "Thủ trưởng" at least


def test_lexicon_keeps_its_interface():
    lex = lexicon("province")
    assert lex["ủy ban nhân dân tỉnh"].names == (UBND,)
    assert lex["sở tài chính"].names == ("Sở Tài chính",)
    assert lexicon("central")["mặt trận"].names == ("Mặt trận Tổ quốc Việt Nam",)


@pytest.mark.parametrize("name, on, want", [
    ("Sở Kế hoạch và Đầu tư", "2025-06-01", "Sở Tài chính"),
    ("Sở Kế hoạch và Đầu tư", "2024-12-31", "Sở Kế hoạch và Đầu tư"),
    ("Bộ Thông tin và Truyền thông", "2025-03-01", "Bộ Khoa học và Công nghệ"),
    ("Bộ Thủy sản", "2026-01-01", "Bộ Nông nghiệp và Môi trường"),
    ("Sở Y tế", "2026-01-01", "Sở Y tế"),
])
def test_current_name_follows_the_mergers(name, on, want):
    assert current_name(name, on) == want


@pytest.mark.parametrize("name, on, want", [
    ("Hà Giang", "2025-07-01", "Tuyên Quang"),
    ("Hà Giang", "2017-07-14", "Hà Giang"),
    ("Thừa Thiên Huế", "2025-02-01", "Huế"),
    ("Nghệ An", "2026-01-01", "Nghệ An"),
])
def test_province_on(name, on, want):
    assert province_on(name, on) == want


REGION = "Ủy ban nhân dân các tỉnh, thành phố trong vùng"


@pytest.mark.parametrize("text, want", [
    # a regional council's plan: the provinces of the region are the only collective of provinces
    ("2. UBND các tỉnh, thành phố trong vùng bố trí vốn đối ứng cho các dự án liên tỉnh.", {REGION}),
    ("UBND các tỉnh, thành phố trong vùng bố trí vốn; Bộ Xây dựng phối hợp với các địa phương trong vùng"
     " tổ chức hội nghị xúc tiến đầu tư.", {REGION}),
    ("Ủy ban nhân dân các tỉnh, thành phố thuộc vùng Tây Nguyên rà soát quỹ đất.", {REGION}),
    # a collective of provinces the text also names with no region: one body, the national one
    ("Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương chỉ đạo rà soát; riêng Ủy ban nhân dân"
     " các tỉnh, thành phố trong vùng Tây Bắc báo cáo trước ngày 30/6.", {"Ủy ban nhân dân các tỉnh, " + _ALL}),
    # localities with no region stay what they are
    ("Bộ Công Thương hướng dẫn các địa phương xây dựng chuỗi cung ứng.", {"Các địa phương"}),
])
def test_provinces_of_a_region_are_their_own_collective(text, want):
    mentions = regional_collectives(text, find_agencies(text, level=C))
    assert {n for m in mentions for n in m.names if "các" in n.lower()} == want


@pytest.mark.parametrize("text, want", [
    # a hospital's wards and departments, named as every hospital names them
    ("Khoa Khám bệnh chủ trì, phối hợp với Phòng Điều dưỡng rà soát quy trình.", ["Khoa Khám bệnh", "Phòng Điều dưỡng"]),
    ("- Khoa Cấp cứu và Khoa Hồi sức tích cực - Chống độc bảo đảm trực 24/24 giờ.",
     ["Khoa Cấp cứu", "Khoa Hồi sức tích cực - Chống độc"]),
    ("Giao Phòng Kế hoạch tổng hợp tham mưu Giám đốc phê duyệt danh mục kỹ thuật.", ["Phòng Kế hoạch tổng hợp"]),
    ("Các khoa, phòng căn cứ Kế hoạch xây dựng kế hoạch của đơn vị.", ["Các khoa, phòng"]),
    ("Phòng Điều dưỡng phối hợp với các khoa lâm sàng, cận lâm sàng.", ["Phòng Điều dưỡng", "Các khoa lâm sàng, cận lâm sàng"]),
    # not a ward: science, nor a district's finance office that "tổng hợp" (compiles)
    ("Sở Khoa học và Công nghệ chủ trì thẩm định.", ["Sở Khoa học và Công nghệ"]),
    ("Phòng Tài chính - Kế hoạch tổng hợp, báo cáo kết quả.", ["Phòng Tài chính - Kế hoạch"]),
])
def test_a_hospitals_wards_and_departments(text, want):
    assert [m.names[0] for m in find_agencies(text)] == want


@pytest.mark.parametrize("text, want", [
    # a commune's plan after the 2025 reorganisation: its own collectives, the village heads, the community teams
    ("Giao Văn phòng HĐND và UBND xã chủ trì, phối hợp với các doanh nghiệp viễn thông trên địa bàn.",
     ["Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã", "Các doanh nghiệp viễn thông"]),
    ("Trưởng thôn chủ trì tuyên truyền; Tổ công nghệ số cộng đồng các thôn hướng dẫn người dân cài đặt ứng dụng.",
     ["Trưởng thôn", "Tổ công nghệ số cộng đồng"]),
    ("6. Các ban, ngành, đoàn thể xã phối hợp vận động Nhân dân.", ["Các ban, ngành, đoàn thể xã"]),
    # a centrally run city's party committees under its Thành ủy: one collective, not the Thành ủy beside them
    ("1. Các đảng ủy trực thuộc Thành ủy, đảng ủy các xã, phường, đặc khu tổ chức quán triệt Nghị quyết.",
     ["Các đảng ủy trực thuộc Thành ủy", "Đảng ủy các xã, phường, đặc khu"]),
    # the party committee of the Front and the unions (since 2025), a comma in its name, leading the Front's committee
    ("4. Đảng ủy MTTQ, các đoàn thể tỉnh lãnh đạo Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh tuyên truyền.",
     ["Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"]),
])
def test_a_communes_own_collectives(text, want):
    assert [m.names[0] for m in find_agencies(text)] == want


def test_overlay_provinces_exist():
    names = {r[0] for r in read_tsv("provinces.tsv")} | {"thành phố trực thuộc Trung ương"}
    assert {r[0] for r in read_tsv("agencies_local.tsv")} <= names


def test_every_merged_province_merges_into_a_province():
    names = {r[0] for r in read_tsv("provinces.tsv")}
    changes = read_tsv("province_changes.tsv")
    assert all(r[0] in names for r in changes)
    merged = [r for r in changes if len(r) > 2 and r[2]]
    assert all(r[2] in names for r in merged)
    remaining = names - {r[0] for r in merged}
    assert len(remaining) == 34        # 28 provinces and 6 centrally-run cities since 1 July 2025


def test_docstring_examples():
    import doctest
    import importlib

    # the module itself, not the package's attribute: a test that re-imports nlpolicy leaves the
    # attribute unset while the module stays in sys.modules
    result = doctest.testmod(importlib.import_module("nlpolicy.agencies"))
    assert result.attempted >= 8 and result.failed == 0


def test_a_named_region_after_the_provinces_is_a_collective_of_its_own():
    """"UBND các tỉnh, thành phố vùng đồng bằng sông Cửu Long" (or "vùng ĐBSCL") is those provinces, wherever the
    document speaks to all provinces too (invented sentences)."""
    from nlpolicy.agencies import regional_collectives
    text = ("UBND các tỉnh, thành phố trực thuộc Trung ương chỉ đạo; Ủy ban nhân dân các tỉnh, thành phố vùng đồng bằng "
            "sông Cửu Long bố trí vốn; báo cáo UBND các tỉnh, thành phố vùng ĐBSCL.")
    got = [m.names for m in regional_collectives(text, find_agencies(text, level="central"))]
    assert got == [("Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương",),
                   ("Ủy ban nhân dân các tỉnh, thành phố vùng đồng bằng sông Cửu Long",),
                   ("Ủy ban nhân dân các tỉnh, thành phố vùng đồng bằng sông Cửu Long",)]


def test_units_of_a_body_written_in_lower_case_is_no_body_of_theirs():
    """"các phòng, đơn vị thuộc Sở xây dựng kế hoạch": "xây dựng" is the verb, so the units are not named after a
    "Sở Xây dựng"."""
    got = [m.names[0] for m in find_agencies("Các phòng, đơn vị thuộc Sở xây dựng kế hoạch chi tiết", level="province",
                                             province="Quảng Ngãi")]
    assert got and not any(n.startswith("Các phòng, đơn vị thuộc Sở X") for n in got), got
