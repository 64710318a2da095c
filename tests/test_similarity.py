"""The linker's TF-IDF is scikit-learn's, written out over SciPy (so ``report`` does not import
scikit-learn): the two give the same matrices on invented task texts."""
import numpy as np
import pytest

from nlpolicy.link import similarity
from nlpolicy.link.similarity import containment_matrix, cosine_matrix, terms, tfidf

# already segmented, so that the comparison does not depend on underthesea
LEFT = ["khoa_học công_nghệ số hóa", "hạ_tầng số cho doanh_nghiệp nhỏ", "", "số số số"]
RIGHT = ["công_nghệ số hóa khoa_học", "đào_tạo nhân_lực số", "hạ_tầng giao_thông tỉnh"]


@pytest.fixture
def presegmented(monkeypatch):
    monkeypatch.setattr(similarity, "segment", lambda text: text)


def test_terms_are_words_then_adjacent_pairs():
    assert terms("a_b c d") == ["a_b", "c", "d", "a_b c", "c d"]
    assert terms("") == []


def test_cosine_equals_scikit_learn(presegmented):
    sklearn_text = pytest.importorskip("sklearn.feature_extraction.text")
    from sklearn.metrics.pairwise import cosine_similarity
    vec = sklearn_text.TfidfVectorizer(token_pattern=r"\S+", sublinear_tf=True, ngram_range=(1, 2))
    vec.fit(LEFT + RIGHT)
    expected = cosine_similarity(vec.transform(LEFT), vec.transform(RIGHT))
    assert np.allclose(cosine_matrix(LEFT, RIGHT), expected, atol=1e-12)


def test_containment_equals_scikit_learn_weights(presegmented):
    sklearn_text = pytest.importorskip("sklearn.feature_extraction.text")
    vec = sklearn_text.TfidfVectorizer(token_pattern=r"\S+", binary=True, norm=None, ngram_range=(1, 2))
    vec.fit(LEFT + RIGHT)
    la = vec.transform(LEFT)
    rb = (vec.transform(RIGHT) > 0).astype(float)
    mass = np.asarray(la.sum(axis=1)).ravel()
    mass[mass == 0] = 1.0
    expected = np.asarray((la @ rb.T).todense()) / mass[:, None]
    assert np.allclose(containment_matrix(LEFT, RIGHT), expected, atol=1e-12)


def test_a_text_is_wholly_contained_in_a_longer_one_that_says_it(presegmented):
    m = containment_matrix(["hạ_tầng số"], ["xây_dựng hạ_tầng số cho doanh_nghiệp", "nhân_lực"])
    assert m[0, 0] == pytest.approx(1.0)
    assert m[0, 1] == 0.0


def test_empty_sides_and_empty_texts(presegmented):
    assert cosine_matrix(["a"], []).shape == (1, 0)
    assert containment_matrix([], ["a"]).shape == (0, 1)
    assert cosine_matrix([""], [""]).tolist() == [[0.0]]


def test_tfidf_rows_have_unit_length():
    m, idf = tfidf(["a b", "b c c", ""], sublinear=True)
    lengths = np.sqrt(np.asarray(m.multiply(m).sum(axis=1)).ravel())
    assert np.allclose(lengths, [1.0, 1.0, 0.0])
    assert idf.shape == (m.shape[1],)


# ---------------------------------------------------------------- segmentation (underthesea, offline)

@pytest.mark.parametrize("text, spelt", [
    ("Hạ tầng các CCN đã hoàn thành", "Hạ tầng các cụm công nghiệp đã hoàn thành"),
    ("thu hút đầu tư vào KCN; phát triển KH&CN", "thu hút đầu tư vào khu công nghiệp; phát triển khoa học và công nghệ"),
    ("số hóa TTHC, GPMB", "số hóa thủ tục hành chính, giải phóng mặt bằng"),
    ("Phòng KCN-QH; CCNX", "Phòng KCN-QH; CCNX"),      # part of a code or a longer word: left as written
])
def test_topic_abbreviations_are_spelt_out(text, spelt):
    assert similarity.spell_out(text) == spelt


def test_a_statement_with_an_abbreviation_is_found_in_the_task_that_spells_it_out():
    m = containment_matrix(["Hạ tầng các CCN đã hoàn thành"],
                           ["Hoàn thiện hạ tầng các cụm công nghiệp", "Hoàn thiện hạ tầng các khu du lịch"])
    assert m[0, 0] > m[0, 1]


@pytest.mark.parametrize("heading", ["KẾT QUẢ XÂY DỰNG MỚI TRƯỜNG HỌC ĐẠT CHUẨN",
                                     "TÌNH HÌNH GIẢI PHÓNG MẶT BẰNG CÁC DỰ ÁN TRỌNG ĐIỂM"])
def test_a_heading_in_capitals_is_segmented_as_in_lower_case(heading):
    # from the capitals underthesea glues "mới_trường_học", "mặt_bằng_các"
    assert similarity.segment(heading) == similarity.segment(heading.lower())
