"""Bodies a document names by its own words (``nlpolicy.extract.referents``): companies by their
form, "nhà đầu tư" for the one investor a decision names, "Quý Sở" for a letter's addressee.

Every text here was written for these tests in the style of the genre (investment decisions,
registration certificates, letters between departments); none is copied from a corpus document.
Each row also holds on a scanned copy (diacritics lost) and on a word-segmented one.
"""
from __future__ import annotations

from nlpolicy.agencies import find_agencies
from nlpolicy.extract.referents import addressee_of, named_referents

DAI_VIET = "Công ty Cổ phần Đầu tư và Phát triển Đại Việt"

ROWS = [
    # a company by its form, the name up to the verb after it; "CP" is "Cổ phần"
    ("Công ty Cổ phần Đầu tư và Phát triển Đại Việt có trách nhiệm hoàn thành hạ tầng.", (),
     [("Công ty Cổ phần Đầu tư và Phát triển Đại Việt", DAI_VIET)]),
    ("Giao Công ty CP Đầu tư và Phát triển Đại Việt lập hồ sơ.", (),
     [("Công ty CP Đầu tư và Phát triển Đại Việt", DAI_VIET)]),
    # a reservoir's operator: its name ends at what it is told to do with the reservoir
    # a proper name of two capitals ends the company's name before what it does, in lower case
    ("Công ty TNHH Kho vận Xăng dầu Tân Hải bổ sung 1.000 m phao quây; Công ty Cổ phần Hóa chất Đông Á Nghi Sơn lắp đặt "
     "hệ thống phun nước.", (),
     [("Công ty TNHH Kho vận Xăng dầu Tân Hải", "Công ty TNHH Kho vận Xăng dầu Tân Hải"),
      ("Công ty Cổ phần Hóa chất Đông Á Nghi Sơn", "Công ty Cổ phần Hóa chất Đông Á Nghi Sơn")]),
    ("Công ty cổ phần Thủy điện Bản Lầy hạ mực nước hồ thủy điện Bản Lầy; Công ty cổ phần Thủy điện Nà Hang vận hành "
     "hồ Nà Hang.", (),
     [("Công ty cổ phần Thủy điện Bản Lầy", "Công ty cổ phần Thủy điện Bản Lầy"),
      ("Công ty cổ phần Thủy điện Nà Hang", "Công ty cổ phần Thủy điện Nà Hang")]),
    # an urban services company: its name ends at what it is asked to change
    ("Phòng Kinh tế phối hợp với Công ty cổ phần Đô thị và Môi trường Tân An điều chỉnh giờ thu gom rác.", (),
     [("Công ty cổ phần Đô thị và Môi trường Tân An", "Công ty cổ phần Đô thị và Môi trường Tân An")]),
    ("Sở Xây dựng phối hợp với Công ty Cổ phần Đầu tư và Phát triển Đại Việt bố trí hành lang kỹ thuật.", (),
     [("Công ty Cổ phần Đầu tư và Phát triển Đại Việt", DAI_VIET)]),
    ("Công ty TNHH MTV Thủy lợi Sông Chu (đơn vị quản lý công trình) phối hợp kiểm tra.", (),
     [("Công ty TNHH MTV Thủy lợi Sông Chu", "Công ty TNHH MTV Thủy lợi Sông Chu")]),
    # "và" before another body ends the name
    ("Công ty TNHH Hòa Bình và Sở Xây dựng phối hợp.", (), [("Công ty TNHH Hòa Bình", "Công ty TNHH Hòa Bình")]),
    # a legal form alone names no company
    ("Loại hình tổ chức kinh tế: Công ty cổ phần.", (), []),
    # the one investor a decision names: "nhà đầu tư" after it stands for it, "các nhà đầu tư" do not
    ("1. Nhà đầu tư: Công ty TNHH Hòa Bình.\n2. Nhà đầu tư triển khai dự án; thu hút các nhà đầu tư thứ cấp.", (),
     [("Nhà đầu tư", "Công ty TNHH Hòa Bình"), ("Công ty TNHH Hòa Bình", "Công ty TNHH Hòa Bình"),
      ("Nhà đầu tư", "Công ty TNHH Hòa Bình")]),
    # a report on several clusters, each with its investor, defines none
    ("1. Cụm công nghiệp A: Chủ đầu tư - Công ty TNHH Hòa Bình.\n2. Cụm công nghiệp B: Chủ đầu tư - Công ty "
     "Cổ phần Đầu tư và Phát triển Đại Việt.\n3. Một số chủ đầu tư còn chậm.", (),
     [("Công ty TNHH Hòa Bình", "Công ty TNHH Hòa Bình"),
      ("Công ty Cổ phần Đầu tư và Phát triển Đại Việt", DAI_VIET)]),
    # a letter's addressee
    ("Trên đây là ý kiến của Sở Xây dựng để Quý Sở nghiên cứu, thực hiện./.", ("Sở Công Thương",),
     [("Quý Sở", "Sở Công Thương")]),
    # "quy" in another word is no addressee
    ("thực hiện theo quy số liệu thống kê", ("Sở Công Thương",), []),
]


def _scanned(text: str) -> str:
    """Every mark of the first eight words of each line lost, the case kept, as a bad scan gives."""
    from nlpolicy.textfold import fold
    out = []
    for line in text.split("\n"):
        words = line.split(" ")
        out.append(" ".join("".join(fold(c).upper() if c.isupper() else fold(c) if c.isalpha() else c for c in w)
                            if i < 8 else w for i, w in enumerate(words)))
    return "\n".join(out)


def _segmented(text: str) -> str:
    return text.replace("Công ty", "Công_ty").replace("Đầu tư", "Đầu_tư").replace("nhà đầu tư", "nhà đầu_tư")


def _got(text: str, addressee) -> list[tuple[str, str]]:
    return [(m.text, m.names[0]) for m in named_referents(text, addressee)]


def test_referents_table():
    failures = []
    for text, addressee, expected in ROWS:
        got = _got(text, addressee)
        if got != expected:
            failures.append(f"{text!r}\n  want {expected}\n  got  {got}")
    assert not failures, "\n".join(failures)


def test_referents_hold_on_scanned_and_segmented_copies():
    from nlpolicy.textfold import fold
    failures = []
    for text, addressee, expected in ROWS:
        for damage in (_scanned, _segmented):
            copy = damage(text)
            got = [(t, fold(n)) for t, n in _got(copy, addressee)]
            want = [(copy[text.index(t):text.index(t) + len(t)] if t in text else t, fold(n)) for t, n in expected]
            if [fold(n) for _, n in got] != [fold(n) for _, n in want]:
                failures.append(f"{damage.__name__}: {copy!r}\n  want {want}\n  got  {got}")
    assert not failures, "\n".join(failures)


def test_the_addressee_is_read_from_the_kinh_gui_line():
    text = ("SỞ XÂY DỰNG\nSố: 415/SXD-QH\nKính gửi:\n- Sở Công Thương;\n- Sở Tài chính.\n\n"
            "Sở Xây dựng nhận được Văn bản số 210/SCT-CN.\n")
    assert addressee_of(text, text.index("Sở Xây dựng nhận")) == ("Sở Công Thương", "Sở Tài chính")
    assert addressee_of(text.replace("Kính gửi", "Kinh gui"), text.index("Sở Xây dựng nhận")) == \
        ("Sở Công Thương", "Sở Tài chính")
    assert addressee_of("QUYẾT ĐỊNH\nĐiều 1. Giao Sở Tài chính.\n", 10) == ()


MTTQ_BOARD = "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"
COORDINATION = ("QUY CHẾ\nPhối hợp công tác giữa Ủy ban nhân dân tỉnh và Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam "
                "tỉnh\n\nĐiều 1. Phạm vi\nQuy chế quy định việc phối hợp giữa Ủy ban nhân dân tỉnh và Ban Thường trực Ủy ban "
                "Mặt trận Tổ quốc Việt Nam tỉnh (sau đây gọi là Ban Thường trực).\nĐiều 2. Nội dung\n"
                "1. Ban Thường trực chủ trì giám sát việc thực hiện chính sách.\n"
                "2. Hai bên phối hợp vận động Nhân dân trồng cây hai bên đường.\n")


def test_a_defined_short_name_and_the_two_parties():
    """A coordination regulation between two bodies: the short name it defines for one of them stands for that
    body, and "Hai bên" for both (not "hai bên đường", the sides of a road); on a scanned and a segmented copy
    too."""
    from nlpolicy.agencies import find_agencies
    from nlpolicy.extract.referents import with_referents
    from nlpolicy.textfold import fold
    failures = []
    for damage in (lambda t: t, _scanned, lambda t: t.replace("Thường trực", "Thường_trực").replace("Hai bên", "Hai_bên")):
        text = damage(COORDINATION)
        got = {(m.start, tuple(fold(n) for n in m.names)) for m in with_referents(text, find_agencies(text), (), 0)
               if m.how == "referent"}
        board = text.index("Ban Th", text.index("1. Ban"))
        both = text.index("\n2. ") + 4
        want = {(board, (fold(MTTQ_BOARD),)), (both, (fold("Ủy ban nhân dân tỉnh"), fold(MTTQ_BOARD)))}
        if got != want:
            failures.append(f"{text[-120:]!r}\n  want {sorted(want)}\n  got  {sorted(got)}")
    assert not failures, "\n".join(failures)


def test_a_units_code_in_brackets_stands_for_it_later():
    """The police name a unit in full once, with its code in brackets ("Phòng Quản lý xuất nhập cảnh (PA08)"),
    then write the code alone: each later code is that unit (not the code inside a document's number)."""
    from nlpolicy.agencies import find_agencies
    from nlpolicy.extract.referents import with_referents
    text = ("Số: 77/KH-CAT-PA08\n\nIII. NHIỆM VỤ\n1. Phòng Quản lý xuất nhập cảnh (PA08) chủ trì rà soát người nước "
            "ngoài tạm trú.\n2. Công an các xã báo cáo kết quả về PA08 trước ngày 20 hằng tháng.\n")
    unit = "Phòng Quản lý xuất nhập cảnh"
    got = [(m.text, m.names, m.how) for m in with_referents(text, find_agencies(text), (), 0) if unit in m.names]
    assert got == [(unit, (unit,), "form"), ("PA08", (unit,), "referent")]


def test_a_police_divisions_standard_code_stands_for_it_unnamed():
    """A police report may write a division's standard code without naming it first ("PC06 kiểm tra ..."): the code is
    that division; a code the document gives another name keeps that name, and one inside a document's number is
    none."""
    from nlpolicy.agencies import find_agencies
    from nlpolicy.extract.referents import with_referents
    text = ("Số: 31/BC-CAT-PC06\n\nI. KẾT QUẢ\n1. PC06 kiểm tra 120 lượt cơ sở kinh doanh có điều kiện; PC08 xử lý "
            "2.400 trường hợp vi phạm.\n2. Phòng Tuần tra cơ động (PC02) phối hợp; PC02 báo cáo hằng tháng.\n")
    got = [(m.text, m.names) for m in with_referents(text, find_agencies(text), (), 0) if m.text.startswith("PC")]
    assert got == [("PC06", ("Phòng Cảnh sát quản lý hành chính về trật tự xã hội",)),
                   ("PC08", ("Phòng Cảnh sát giao thông",)), ("PC02", ("Phòng Tuần tra cơ động",))]


def test_a_divisions_number_in_brackets_stands_for_it_later():
    """A procuracy or a department heads each division's part with its full name, commas and all, and its number in
    brackets ("Phòng Kiểm sát ..., ... (Phòng 3)"), the name at times wrapped onto a second line; later "Phòng 3" is
    that division."""
    from nlpolicy.agencies import find_agencies
    from nlpolicy.extract.referents import with_referents
    text = ("IV. NHIỆM VỤ\n3. Phòng Kiểm sát việc tạm giữ, tạm giam, thi hành án hình sự và hỗ trợ tư pháp\n(Phòng 3)\n"
            "a) Chủ trì kiểm sát trực tiếp nhà tạm giữ.\n4. Phòng Kiểm sát án dân sự, kinh doanh, thương mại\nvà lao "
            "động (Phòng 4)\na) Phối hợp với Phòng 3 tổng hợp số liệu.\n")
    third = "Phòng Kiểm sát việc tạm giữ, tạm giam, thi hành án hình sự và hỗ trợ tư pháp"
    fourth = "Phòng Kiểm sát án dân sự, kinh doanh, thương mại và lao động"
    got = [(m.text.replace("\n", " "), m.names, m.how) for m in with_referents(text, find_agencies(text), (), 0)]
    assert got == [(third, (third,), "form"), (fourth, (fourth,), "form"), ("Phòng 3", (third,), "referent")]


def test_an_issuers_own_office_named_bare():
    """A procuracy's, an insurer's or an inspectorate's own plan names its office bare ("6. Văn phòng", "Văn phòng chủ
    trì"): that is the issuer's office; a people's committee's "Văn phòng" is named apart, another body's office
    ("Văn phòng Sở Tư pháp") keeps its own name, and "(qua Văn phòng)" is the channel of a report, no body."""
    from nlpolicy.extract.referents import named_referents
    text = ("IV. NHIỆM VỤ\n6. Văn phòng\nTổng hợp tình hình.\n7. Các phòng gửi báo cáo về Viện (qua Văn phòng) trước ngày "
            "20 hằng tháng; Văn phòng chủ trì theo dõi; phối hợp với Văn phòng Sở Tư pháp.\n")
    got = [(text[m.start:m.end], m.names) for m in named_referents(text, own=("Viện kiểm sát nhân dân tỉnh",))]
    office = ("Văn phòng Viện kiểm sát nhân dân tỉnh",)
    assert got == [("Văn phòng", office)] * 2
    assert named_referents(text, own=("Ủy ban nhân dân tỉnh",)) == []


def test_own_bodies_named_short_hold_on_a_segmented_copy():
    """A council's boards and a corporation's bodies named short ("Ban Pháp chế", "Ban Tổ chức Đảng ủy Tập đoàn")
    are read on a word-segmented copy too: the words are joined by "_", the offsets are the same."""
    council = "Ban Kinh tế - Ngân sách, Ban Pháp chế giám sát theo lĩnh vực."
    corporation = "Ban Tổ chức Đảng ủy Tập đoàn hướng dẫn; báo cáo kết quả về Tập đoàn."
    for text, own, want in ((council, ("Hội đồng nhân dân tỉnh",),
                             ["Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh", "Ban Pháp chế Hội đồng nhân dân tỉnh"]),
                            (corporation, ("Đảng ủy Tập đoàn Điện lực Tân An",),
                             ["Ban Tổ chức Đảng ủy Tập đoàn", "Tập đoàn Điện lực Tân An"])):
        for copy in (text, text.replace("Kinh tế", "Kinh_tế").replace("Pháp chế", "Pháp_chế")
                     .replace("Tổ chức", "Tổ_chức").replace("Tập đoàn", "Tập_đoàn")):
            got = named_referents(copy, (), None, own)
            assert [m.names[0] for m in got] == want, copy
            assert all(copy[m.start:m.end] == m.text for m in got)


def test_a_hospitals_or_a_schools_own_bodies_named_short():
    """A hospital's plan names its party committee, its board and its unions by "Bệnh viện" alone, a school's by
    "Trường"; the board may stand bare ("Ban Giám đốc"). Each keeps the short name, as a province's bodies do ("Ban
    Thường vụ Tỉnh ủy"). Not another hospital named in full, nor "các bệnh viện"."""
    text = ("Đảng ủy Bệnh viện lãnh đạo; Ban Giám đốc chỉ đạo; Công đoàn cơ sở Bệnh viện và Đoàn Thanh niên Bệnh viện "
            "phát động thi đua; phối hợp với Bệnh viện Chợ Rẫy và các bệnh viện tuyến trên.")
    got = [m.names[0] for m in named_referents(text, (), None, ("Bệnh viện Đa khoa tỉnh Nam Sơn",))]
    assert got == ["Đảng ủy Bệnh viện", "Ban Giám đốc Bệnh viện", "Công đoàn cơ sở Bệnh viện", "Đoàn Thanh niên Bệnh viện"]
    text = "Ban Giám hiệu Trường chỉ đạo các tổ chuyên môn; Công đoàn Trường phối hợp."
    got = [m.names[0] for m in named_referents(text, (), None, ("Trường Trung học phổ thông Chu Văn An",))]
    assert got == ["Ban Giám hiệu Trường", "Công đoàn Trường"]


def test_a_boards_own_document_names_it_short():
    """A management board's report calls itself "Ban QLDA" (its initials), "Ban Quản lý" (the first words of its
    name) or "Ban" before a verb or a stop; not "Ban hành", "Ban Chỉ đạo", another board ("Ban Quản lý chợ ..."),
    nor its own office or leaders ("Văn phòng Ban") (invented sentences)."""
    own = ("Ban Quản lý dự án đầu tư xây dựng tỉnh",)
    text = ("Ban QLDA tập trung chỉ đạo nhà thầu; Kho bạc thanh toán khi Ban QLDA gửi hồ sơ. Ban hành quy chế. "
            "Ban Chỉ đạo tỉnh họp. Văn phòng Ban tổng hợp, báo cáo về Ban. Ban Quản lý chợ Tân An phối hợp. "
            "BQLDA chủ trì.")
    got = named_referents(text, (), None, own)
    assert [(m.text, m.names[0]) for m in got] == [("Ban QLDA", own[0]), ("Ban QLDA", own[0]), ("Ban", own[0]),
                                                   ("BQLDA", own[0])]
    own = ("Ban Quản lý các khu kinh tế, khu công nghiệp tỉnh",)
    text = "Chủ đầu tư trình Ban Quản lý trước ngày 31/12/2026; Ban QLKKT chủ trì; các phòng thuộc Ban Quản lý."
    assert [m.text for m in named_referents(text, (), None, own)] == ["Ban Quản lý", "Ban QLKKT"]
    # its own party committee and union, named by the short name
    text = "Đề nghị Đảng ủy Ban Quản lý lãnh đạo các chi bộ; Công đoàn Ban phối hợp tuyên truyền."
    assert [(m.text, m.names[0]) for m in named_referents(text, (), None, own)] == [
        ("Đảng ủy Ban Quản lý", "Đảng ủy " + own[0]), ("Công đoàn Ban", "Công đoàn " + own[0])]


def test_a_boards_members_are_not_the_board():
    """A steering committee's own plan says "các cơ quan, đơn vị thành viên Ban Chỉ đạo tỉnh" for its member bodies:
    that is the collective of the members, not the board by its short name (invented sentences)."""
    from nlpolicy.extract.referents import with_referents
    own = ("Ban Chỉ đạo tỉnh An Bình",)
    text = "Các cơ quan, đơn vị thành viên Ban Chỉ đạo tỉnh và Ủy ban nhân dân các xã báo cáo về Ban Chỉ đạo tỉnh."
    assert [m.text for m in named_referents(text, (), None, own)] == ["Ban Chỉ đạo tỉnh"]
    mentions = with_referents(text, find_agencies(text), own=own)
    assert [m.names[0] for m in mentions][:2] == ["Các cơ quan, đơn vị thành viên Ban Chỉ đạo tỉnh",
                                                  "Ủy ban nhân dân các xã"]


def test_a_boards_short_name_before_its_verb_is_the_board():
    """"Ban QLDA tập trung ..." is the board, not a board read by its form as "Ban Quản lý dự án tập trung"."""
    from nlpolicy.extract.referents import with_referents
    text = "Ban QLDA tập trung thực hiện các nhiệm vụ sau."
    mentions = with_referents(text, find_agencies(text), own=("Ban Quản lý dự án đầu tư xây dựng tỉnh",))
    assert [(m.text, m.names) for m in mentions] == [("Ban QLDA", ("Ban Quản lý dự án đầu tư xây dựng tỉnh",))]


def test_a_boards_short_names_hold_on_a_segmented_copy():
    """The same short names on a word-segmented copy ("Ban_Quản_lý dự_án tập_trung"), at the same offsets."""
    own = ("Ban Quản lý dự án đầu tư xây dựng tỉnh",)
    text = "Ban_QLDA tập_trung chỉ_đạo nhà_thầu; Ban_Quản_lý dự_án tập_trung giải_ngân; gửi về Ban."
    got = named_referents(text, (), None, own)
    assert [m.text for m in got] == ["Ban_QLDA", "Ban_Quản_lý dự_án", "Ban"]
    assert all(m.names == own for m in got)


def test_every_police_code_is_found_as_a_word_of_its_own():
    """The codes' pattern starts with the "P" every code opens with: each code is found alone, at a text's start and
    after a space, and not inside a longer word or after a slash."""
    from nlpolicy.extract.referents import _POLICE_CODE, _POLICE_CODES
    for code in _POLICE_CODES:
        assert code.startswith("P"), code
        assert [m.group() for m in _POLICE_CODE.finditer(f"{code} chủ trì; giao {code}.")] == [code, code], code
        assert not _POLICE_CODE.search(f"X{code} và 12/{code} và {code}A"), code



GLOSSARY_ROWS = [
    # a list of abbreviations before the body, then the body writes the bodies by them
    ("DANH MỤC CHỮ VIẾT TẮT\nSNV: Sở Nội vụ\nSGDĐT: Sở Giáo dục và Đào tạo\nNKT: Người khuyết tật\n\nI. NHIỆM VỤ\n"
     "1. SNV chủ trì, phối hợp SGDĐT hỗ trợ NKT học nghề.\n",
     [("SNV", "Sở Nội vụ"), ("SGDĐT", "Sở Giáo dục và Đào tạo")]),
    # the list as a table, one with a dash
    ("CÁC TỪ VIẾT TẮT\n| STC | Sở Tài chính |\nSXD - Sở Xây dựng\n\nII. TỔ CHỨC THỰC HIỆN\n"
     "STC bố trí kinh phí; SXD hướng dẫn thiết kế công trình.\n",
     [("STC", "Sở Tài chính"), ("SXD", "Sở Xây dựng")]),
    # the abbreviation in a bracket after the name, then alone
    ("1. Sở Y tế (SYT) chủ trì triển khai Kế hoạch.\n2. Các xã báo cáo kết quả về SYT trước ngày 15/12 hằng năm.\n",
     [("SYT", "Sở Y tế")]),
    # a lower-cased, word-segmented copy: the list and the uses in lower case, a use glued to the next word
    ("danh mục chữ viết tắt\nsnv: sở nội vụ\nstc: sở tài chính\n\ni. nhiệm vụ\n1. snv_chủ_trì, phối_hợp stc bố trí "
     "kinh phí.\n", [("snv", "Sở Nội vụ"), ("stc", "Sở Tài chính")]),
    # "Lưu: VT" is no list of abbreviations: a word in ordinary case defines nothing
    ("Nơi nhận:\n- Như trên;\nLưu: Sở Tài chính\n\nI. NHIỆM VỤ\nLưu trữ hồ sơ tại Sở.\n", []),
    # a word in capitals that is no body's abbreviation, and a code in a bracket that does not start as the name
    ("Sở Y tế (QĐ) ban hành; QĐ số 12 được thực hiện.\nBTXH: Bảo trợ xã hội\nChính sách BTXH được mở rộng.\n", []),
]


def test_abbreviations_a_document_defines_stand_for_their_bodies():
    from nlpolicy.extract.referents import with_referents
    bad = []
    for text, want in GLOSSARY_ROWS:
        body = text.index("\n\n") if "\n\n" in text else 0
        got = [(m.text, m.names[0]) for m in with_referents(text, find_agencies(text), (), 0)
               if m.how == "referent" and m.start > body]
        if got != want:
            bad.append((text[:50], got, want))
    assert not bad, bad
