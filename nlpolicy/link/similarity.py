"""Wording similarity: TF-IDF over underthesea-segmented words and word pairs, cosine.

The TF-IDF is scikit-learn's ``TfidfVectorizer(token_pattern=r"\\S+", ngram_range=(1, 2))``
written out over SciPy's sparse matrices (``tests/test_similarity.py`` holds the two equal):
importing scikit-learn cost ``report`` 1.3 s of its 10.

underthesea's ``word_tokenize(text, format="text", use_token_normalize=False)`` runs
offline; nothing here calls its classify / sentiment / lang_detect /
dependency_parse / deep ner, which try to download models.  Imports are lazy.
"""
from __future__ import annotations

import re
from contextlib import contextmanager
from functools import lru_cache
from typing import Sequence

_WORD = re.compile(r"[0-9a-zà-ỹđ_]+")

# Function words and the vocabulary every unit of these documents shares; they carry no topic.
STOP = frozenset("""
và của các cho với trong theo tại được là có những để về từ đến này đó một như khi thì đã đang sẽ
việc nhằm bảo_đảm đảm_bảo thực_hiện triển_khai tổ_chức tăng_cường nâng_cao xây_dựng phát_triển nghị_quyết
chủ_trì phối_hợp các_bộ ngành địa_phương cơ_quan đơn_vị liên_quan năm hằng_năm trên hoặc
""".split())


# Topic abbreviations these documents use for the words a task spells out ("thành lập các CCN mới" is
# the report's "THÀNH LẬP MỚI CỤM CÔNG NGHIỆP"): spelt out before segmentation, so both share words.
# Only unambiguous ones, written in capitals as a word of their own.
SPELLED = {
    "KCN": "khu công nghiệp", "CCN": "cụm công nghiệp", "KKT": "khu kinh tế",
    "KHCN": "khoa học công nghệ", "KH&CN": "khoa học và công nghệ", "ĐMST": "đổi mới sáng tạo",
    "CĐS": "chuyển đổi số", "CNTT": "công nghệ thông tin", "CSDL": "cơ sở dữ liệu",
    "TTHC": "thủ tục hành chính", "CCHC": "cải cách hành chính", "GPMB": "giải phóng mặt bằng",
    "ĐTXD": "đầu tư xây dựng", "QLDA": "quản lý dự án", "NSNN": "ngân sách nhà nước",
    "NTM": "nông thôn mới", "HTX": "hợp tác xã", "DNNVV": "doanh nghiệp nhỏ và vừa",
    "ATTP": "an toàn thực phẩm", "ATGT": "an toàn giao thông", "PCCC": "phòng cháy chữa cháy",
    "BHYT": "bảo hiểm y tế", "BHXH": "bảo hiểm xã hội", "GDĐT": "giáo dục và đào tạo",
    "THPT": "trung học phổ thông", "THCS": "trung học cơ sở", "KT-XH": "kinh tế - xã hội",
    "TMĐT": "thương mại điện tử", "XTTM": "xúc tiến thương mại", "NN&MT": "nông nghiệp và môi trường",
    "TNMT": "tài nguyên môi trường", "PCTT": "phòng chống thiên tai", "HTKT": "hạ tầng kỹ thuật",
}
_ABBREVIATION = re.compile(r"(?<![\w&-])(?:%s)(?![\w&-])" % "|".join(
    re.escape(a) for a in sorted(SPELLED, key=len, reverse=True)))


def spell_out(text: str) -> str:
    """The text with its topic abbreviations spelt out.

    >>> spell_out("Đôn đốc thành lập các CCN mới; KH&CN")
    'Đôn đốc thành lập các cụm công nghiệp mới; khoa học và công nghệ'
    >>> spell_out("Sàn TMĐT tỉnh; Sở NN&MT")
    'Sàn thương mại điện tử tỉnh; Sở nông nghiệp và môi trường'
    """
    return _ABBREVIATION.sub(lambda m: SPELLED[m.group()], text)


_DISK = None       # a nlpolicy.cache.Cache while ``kept_between_runs`` is in force


@contextmanager
def kept_between_runs(cache):
    """Within this block, segmentations are looked up in and added to ``cache``
    (a :class:`nlpolicy.cache.Cache`), so that a second run does not segment the same texts."""
    global _DISK
    before, _DISK = _DISK, (cache if cache is not None and cache.active else None)
    try:
        yield
    finally:
        _DISK = before


@lru_cache(maxsize=4096)
def segment(text: str) -> str:
    """'Phát triển khoa học công nghệ' -> 'phát_triển khoa_học công_nghệ' (lower case, no punctuation)."""
    disk = _DISK
    if disk is not None:
        found = disk.get_segment(text)
        if found is not None:
            return found
    from underthesea import word_tokenize
    # a heading in capitals is segmented in lower case: "THÀNH LẬP MỚI CỤM CÔNG NGHIỆP" comes out
    # "thành_lập mới_cụm công_nghiệp" from the capitals, "thành_lập mới cụm công_nghiệp" from the lower case
    spelt = spell_out(text)
    seg = word_tokenize(spelt.lower() if text.isupper() else spelt, format="text", use_token_normalize=False)
    out = " ".join(w for w in _WORD.findall(seg.lower()) if w not in STOP and not w.isdigit())
    if disk is not None:
        disk.put_segment(text, out)
    return out


def terms(segmented: str) -> list[str]:
    """The words of a segmented text and its pairs of adjacent words, in order.

    >>> terms("khoa_học công_nghệ số")
    ['khoa_học', 'công_nghệ', 'số', 'khoa_học công_nghệ', 'công_nghệ số']
    """
    words = segmented.split()
    return words + [f"{a} {b}" for a, b in zip(words, words[1:])]


def tfidf(docs: Sequence[str], *, sublinear: bool = False, binary: bool = False, norm: bool = True):
    """``(matrix, idf)``: the documents' TF-IDF rows (a SciPy CSR matrix over the terms of all
    of them) with smoothed IDF ``ln((1 + n) / (1 + df)) + 1``; counts are 1 when ``binary``,
    ``1 + ln(count)`` when ``sublinear``; rows scaled to unit length when ``norm``."""
    import numpy as np
    from scipy.sparse import csr_matrix
    vocab: dict[str, int] = {}
    indptr, indices, counts = [0], [], []
    for doc in docs:
        row: dict[int, int] = {}
        for t in terms(doc):
            j = vocab.setdefault(t, len(vocab))
            row[j] = row.get(j, 0) + 1
        indices.extend(row)
        counts.extend(row.values())
        indptr.append(len(indices))
    m = csr_matrix((np.asarray(counts, dtype=float), np.asarray(indices, dtype=np.int64), indptr),
                   shape=(len(docs), len(vocab)))
    m.sort_indices()
    if binary:
        m.data[:] = 1.0
    elif sublinear:
        m.data = 1.0 + np.log(m.data)
    df = np.bincount(m.indices, minlength=len(vocab))
    idf = np.log((1 + len(docs)) / (1 + df)) + 1.0
    m = m.multiply(idf).tocsr()
    if norm:
        lengths = np.sqrt(np.asarray(m.multiply(m).sum(axis=1)).ravel())
        lengths[lengths == 0] = 1.0
        m = m.multiply(1.0 / lengths[:, None]).tocsr()
    return m, idf


def cosine_matrix(left: Sequence[str], right: Sequence[str]):
    """Cosine similarities (len(left) x len(right)) of TF-IDF vectors fitted on both sides."""
    import numpy as np
    a = [segment(t) for t in left]
    b = [segment(t) for t in right]
    if not a or not b:
        return np.zeros((len(a), len(b)))
    m, _ = tfidf(a + b, sublinear=True)
    return np.asarray((m[:len(a)] @ m[len(a):].T).todense())


def containment_matrix(left: Sequence[str], right: Sequence[str]):
    """How much of each left text is found in each right text (len(left) x len(right)): the share
    of the left text's words and word pairs, weighted by their IDF over both sides, that the right
    text also has.  A short statement ("Xây dựng Danh mục Công nghệ chiến lược") is wholly found
    in the long paragraph that asks for it, where a cosine stays low."""
    import numpy as np
    a = [segment(t) for t in left]
    b = [segment(t) for t in right]
    if not a or not b:
        return np.zeros((len(a), len(b)))
    m, _ = tfidf(a + b, binary=True, norm=False)
    la = m[:len(a)]
    rb = (m[len(a):] > 0).astype(float)
    mass = np.asarray(la.sum(axis=1)).ravel()
    mass[mass == 0] = 1.0
    return np.asarray((la @ rb.T).todense()) / mass[:, None]
