"""A numbered citation of a document that does not print its own number (research datasets keep a
council resolution's body, not its header): it resolves by kind, issuer, province, date, sitting
and title (nlpolicy.link.resolve.by_header).

Every text below is INVENTED for these tests, in the style of the word-segmented research
dataset (syllables joined by '_', lower-cased title lines, no header block); none is copied
from a corpus document.
"""
from __future__ import annotations

import pytest

from nlpolicy.document import load
from nlpolicy.link.models import Method, Relation
from nlpolicy.link.resolve import bare_title, resolve_document, session_of

RESOLUTION = """Nghị_quyết về hỗ_trợ học_phí cho học_sinh dân_tộc thiểu_số trên địa_bàn tỉnh hà nam 
Hội_đồng_nhân_dân tỉnh hà nam 
Khoá xvi , kỳ họp thứ 9 
Căn_cứ Luật Tổ_chức HĐND và UBND ngày 26/11/2003 ; 
Xét Tờ_trình số 812/TTr-UBND ngày 02 tháng 11 năm 2011 của UBND tỉnh ; 
Quyết_nghị : 
Điều 1 . Hỗ_trợ học_phí cho học_sinh dân_tộc thiểu_số đang học tại các trường trên địa_bàn tỉnh . 
Điều 2 . Giao_Uỷ_ban_nhân_dân tỉnh tổ_chức triển_khai thực_hiện Nghị_quyết này . 
Nghị_quyết này được Hội_đồng_nhân_dân tỉnh Hà_Nam khoá XVI , kỳ họp thứ 9 thông_qua{adopted} . 
"""

CITATION = ("Căn_cứ Nghị_quyết số 31/2011/NQ-HĐND ngày {date} của Hội_đồng_nhân_dân tỉnh {province} "
            "khoá XVI , kỳ họp thứ {sitting} về {title} ; ")

DECISION = """Quyết_định về việc {own_title} 
Uỷ_ban_nhân_dân tỉnh {province_low} 
Căn_cứ Luật Tổ_chức HĐND và UBND ngày 26/11/2003 ; 
{citation}
Quyết_định : 
Điều 1 . Hỗ_trợ học_phí 150.000 đồng / tháng cho mỗi học_sinh dân_tộc thiểu_số . 
"""

TITLE = "hỗ_trợ học_phí cho học_sinh dân_tộc thiểu_số trên địa_bàn tỉnh Hà_Nam"
OTHER_TITLE = "quy_định mức thu phí trông_giữ xe đạp , xe_máy trên địa_bàn tỉnh Hà_Nam"


def _pair(tmp_path, *, adopted=" ngày 12 tháng 12 năm 2011", date="12 tháng 12 năm 2011", province="Hà_Nam",
          sitting=9, title=TITLE, own_title=TITLE.lower().replace("hà_nam", "hà nam")):
    res = tmp_path / "nq.txt"
    res.write_text(RESOLUTION.format(adopted=adopted), encoding="utf-8")
    cite = CITATION.format(date=date, province=province, sitting=sitting, title=title)
    dec = tmp_path / "qd.txt"
    dec.write_text(DECISION.format(own_title=own_title, province_low=province.lower().replace("_", " "),
                                   citation=cite), encoding="utf-8")
    docs = [load(res), load(dec)]
    links, _ = resolve_document(docs[1], docs)
    return [ln for ln in links if ln.target == str(res)]


# (case, changes to the pair, linked?, relation)
CASES = [
    ("same date, sitting, province and title", {}, True, Relation.IMPLEMENTS),
    ("resolution without a date: nothing it cites is later", {"adopted": ""}, True, Relation.IMPLEMENTS),
    ("another date", {"date": "20 tháng 7 năm 2011"}, False, None),
    ("another province", {"province": "Nam_Định"}, False, None),
    ("another sitting", {"sitting": 7}, False, None),
    ("another title", {"title": OTHER_TITLE}, False, None),
    ("undated resolution cited before the submission it cites", {"adopted": "", "date": "01 tháng 10 năm 2011"},
     False, None),
    ("a decision on another subject only cites it", {"own_title": "ban_hành quy_chế làm_việc của uỷ ban"},
     True, Relation.CITES),
]


@pytest.mark.parametrize("case, changes, linked, relation", CASES, ids=[c[0] for c in CASES])
def test_citation_of_an_unnumbered_council_resolution(tmp_path, case, changes, linked, relation):
    got = _pair(tmp_path, **changes)
    assert bool(got) == linked, case
    if linked:
        ln = got[0]
        assert ln.method == Method.CITATION and "31/2011/NQ-HĐND" in ln.text
        assert ln.relation == relation


@pytest.mark.parametrize("title, expected", [
    ("về hỗ trợ học phí cho học sinh Hội đồng nhân dân tỉnh hà nam Khoá xvi , kỳ họp thứ 9",
     "về hỗ trợ học phí cho học sinh"),
    ("về việc thu phí chợ trên địa bàn tỉnh Uỷ ban nhân dân tỉnh nam định", "về việc thu phí chợ trên địa bàn tỉnh"),
    ("về chương trình giám sát của Hội đồng nhân dân tỉnh năm 2012",
     "về chương trình giám sát của Hội đồng nhân dân tỉnh năm 2012"),  # the body is the subject
])
def test_bare_title(title, expected):
    assert bare_title(title) == expected


@pytest.mark.parametrize("text, expected", [
    ("khoá XVI , kỳ họp thứ 9 về", ("XVI", 9)), ("Khoá xv - Kỳ họp thứ 13", ("XV", 13)),
    ("khóa XIV, kỳ họp thứ 2", ("XIV", 2)), ("tại kỳ họp thứ Sáu", None),
])
def test_session(text, expected):
    assert session_of(text) == expected
