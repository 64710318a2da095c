"""`nlpolicy extract --format text` and `nlpolicy link --corpus` print in the user's language (issue 13)."""
from pathlib import Path

import pytest

import nlpolicy
from nlpolicy.outline import outline

SEED = Path(__file__).resolve().parents[1] / "corpus" / "000_3cffab5bee4fe395.txt"


@pytest.fixture(scope="module")
def seed():
    return nlpolicy.extract(SEED)


def test_outline_in_vietnamese_by_default(seed, monkeypatch):
    monkeypatch.setenv("NLPOLICY_LANG", "vi")
    text = outline(seed)
    assert text.startswith("NGHỊ QUYẾT (không số)")
    for heading in ("CÁC MỤC", "CHỈ TIÊU", "THỜI HẠN", "DỰ ÁN", "NHIỆM VỤ"):
        assert f"\n{heading}\n" in text
    assert "cơ quan ban hành: Tỉnh ủy Bình Thuận" in text
    assert "= 9,5 %/năm (2020)" in text                       # a decimal comma
    assert "(chủ trì" in text and "suy luận" in text


def test_outline_in_english_when_asked(seed, monkeypatch):
    monkeypatch.setenv("NLPOLICY_LANG", "en")
    text = outline(seed)
    assert text.startswith("RESOLUTION (no number)")
    assert "\nSECTIONS\n" in text and "\nTASKS\n" in text and "= 9.5 %/năm (2020)" in text
    assert "(lead" in text and "inferred" in text


def test_link_graph_text_in_the_users_language(monkeypatch):
    from nlpolicy.link import link_corpus
    from nlpolicy.link.render import graph_to_text
    folder = Path(__file__).resolve().parent / "data" / "link"
    g = link_corpus(folder)
    monkeypatch.setenv("NLPOLICY_LANG", "vi")
    vi = graph_to_text(g)
    assert vi.startswith("Liên kết (văn bản -> văn bản nó triển khai hoặc trích dẫn):")
    assert "--triển khai/số hiệu trích dẫn-->" in vi and "Chuỗi văn bản:" in vi
    monkeypatch.setenv("NLPOLICY_LANG", "en")
    en = graph_to_text(g)
    assert en.startswith("Links (document -> what it carries out or cites):") and "--implements/citation-->" in en
