"""Wording similarity: TF-IDF over underthesea-segmented words, cosine with scikit-learn.

underthesea's ``word_tokenize(text, format="text", use_token_normalize=False)`` runs
offline; nothing here calls its classify / sentiment / lang_detect /
dependency_parse / deep ner, which try to download models.  Imports are lazy.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

_WORD = re.compile(r"[0-9a-zà-ỹđ_]+")

# Function words and the vocabulary every unit of these documents shares; they carry no topic.
STOP = frozenset("""
và của các cho với trong theo tại được là có những để về từ đến này đó một như khi thì đã đang sẽ
việc nhằm bảo_đảm đảm_bảo thực_hiện triển_khai tổ_chức tăng_cường nâng_cao xây_dựng phát_triển nghị_quyết
chủ_trì phối_hợp các_bộ ngành địa_phương cơ_quan đơn_vị liên_quan năm hằng_năm trên hoặc
""".split())


@lru_cache(maxsize=4096)
def segment(text: str) -> str:
    """'Phát triển khoa học công nghệ' -> 'phát_triển khoa_học công_nghệ' (lower case, no punctuation)."""
    from underthesea import word_tokenize
    seg = word_tokenize(text, format="text", use_token_normalize=False)
    return " ".join(w for w in _WORD.findall(seg.lower()) if w not in STOP and not w.isdigit())


def cosine_matrix(left: Sequence[str], right: Sequence[str]):
    """Cosine similarities (len(left) x len(right)) of TF-IDF vectors fitted on both sides."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.metrics.pairwise import cosine_similarity
    a = [segment(t) for t in left]
    b = [segment(t) for t in right]
    vec = TfidfVectorizer(token_pattern=r"\S+", sublinear_tf=True, ngram_range=(1, 2), min_df=1)
    vec.fit(a + b)
    if not a or not b:
        import numpy as np
        return np.zeros((len(a), len(b)))
    return cosine_similarity(vec.transform(a), vec.transform(b))


def containment_matrix(left: Sequence[str], right: Sequence[str]):
    """How much of each left text is found in each right text (len(left) x len(right)): the share
    of the left text's words and word pairs, weighted by their IDF over both sides, that the right
    text also has.  A short statement ("Xây dựng Danh mục Công nghệ chiến lược") is wholly found
    in the long paragraph that asks for it, where a cosine stays low."""
    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer
    a = [segment(t) for t in left]
    b = [segment(t) for t in right]
    if not a or not b:
        return np.zeros((len(a), len(b)))
    vec = TfidfVectorizer(token_pattern=r"\S+", binary=True, norm=None, ngram_range=(1, 2), min_df=1)
    vec.fit(a + b)
    la = vec.transform(a)
    rb = (vec.transform(b) > 0).astype(float)
    mass = np.asarray(la.sum(axis=1)).ravel()
    mass[mass == 0] = 1.0
    return np.asarray((la @ rb.T).todense()) / mass[:, None]
