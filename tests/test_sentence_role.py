"""The sentence-role model: it loads, its probabilities are sound, it is deterministic, it
reads a few hand-written sentences sensibly, and its rebuild script runs on the gold data.

The hand-written sentences below were written for this test (after the model was built),
in the style of the corpus; they are not in the training data.
"""
from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from nlpolicy.errors import NlpolicyError
from nlpolicy.extract import sentence_role as sr

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"

# (sentence, context, the class that must come first)
OBVIOUS = [
    ("Phấn đấu đến năm 2030 tỷ lệ hộ gia đình sử dụng nước sạch đạt 80%.",
     {"heading": "II. MỤC TIÊU | 2. Chỉ tiêu cụ thể", "doc_year": 2025, "doc_kind": "resolution"}, "target"),
    ("Năm 2025 đã cấp 12 giấy phép thăm dò, khai thác khoáng sản.",
     {"heading": "I. KẾT QUẢ THỰC HIỆN | 2. Công tác cấp phép", "doc_year": 2026, "doc_kind": "report"}, "baseline"),
    ("Bình Thuận là tỉnh ven biển thuộc vùng duyên hải Nam Trung Bộ, có bờ biển dài, khí hậu nắng nóng quanh năm.",
     {"heading": "", "doc_year": 2016, "doc_kind": "resolution"}, "background"),
]


def test_split_text_keeps_offsets():
    text = "I. MỤC TIÊU\n- Đến năm 2030 đạt 80%; tỷ lệ hộ nghèo dưới 2%. Giao Sở Tài chính.\n**\n"
    sents = sr.split_text(text, offset=10)
    assert [s.text for s in sents] == ["I. MỤC TIÊU", "- Đến năm 2030 đạt 80%;", "tỷ lệ hộ nghèo dưới 2%.",
                                       "Giao Sở Tài chính."]
    for s in sents:
        assert text[s.start - 10:s.end - 10] == s.text


def test_model_loads_with_metadata():
    model, meta = sr.load_model()
    assert sr.load_model()[0] is model  # read once
    assert set(meta["classes"]) == set(sr.ROLES)
    assert meta["training_documents"] and meta["heldout"]["method"] == "leave-one-document-out"


def test_probabilities_sum_to_one_and_are_deterministic():
    sents = [s for s, _, _ in OBVIOUS] + ["", "Giao Sở Công Thương chủ trì, phối hợp với các sở, ngành liên quan."]
    ctx = [c for _, c, _ in OBVIOUS] + [{}, {}]
    first = sr.classify(sents, ctx)
    assert first == sr.classify(sents, ctx)
    for probs in first:
        assert set(probs) == set(sr.ROLES)
        assert abs(sum(probs.values()) - 1.0) < 1e-6
        assert all(0.0 <= p <= 1.0 for p in probs.values())


def test_obvious_sentences():
    probs = sr.classify([s for s, _, _ in OBVIOUS], [c for _, c, _ in OBVIOUS])
    wrong = [(s, want, max(p, key=p.get), p) for (s, _, want), p in zip(OBVIOUS, probs) if max(p, key=p.get) != want]
    assert not wrong, wrong


def test_target_outscores_baseline_where_it_should():
    (t, tc, _), (b, bc, _) = OBVIOUS[0], OBVIOUS[1]
    pt, pb = sr.classify([t, b], [tc, bc])
    assert pt["target"] > pt["baseline"]
    assert pb["baseline"] > pb["target"]


def test_classify_checks_lengths():
    with pytest.raises(ValueError):
        sr.classify(["a"], [])
    assert sr.classify([], []) == []


def test_plain_arrays_give_the_fitted_pipelines_probabilities():
    """The run-time model (plain arrays, NumPy only) scores as the scikit-learn pipeline it was exported
    from: a small pipeline fitted here on invented sentences, exported, read back and compared."""
    import numpy as np
    from nlpolicy.extract.plain_model import PlainModel, export
    rows = [(s, c) for s, c, _ in OBVIOUS] * 3
    labels = [w for _, _, w in OBVIOUS] * 3
    pipe = sr.make_pipeline(C=1.0).fit(rows, labels)
    export(pipe, tmp_path_factory_dir := Path(tempfile.mkdtemp()), "demo")
    plain = PlainModel.load(tmp_path_factory_dir, "demo", sr.match_key, sr.features)
    probe = rows + [("Giao Sở Y tế chủ trì kiểm tra an toàn thực phẩm", {"heading": "III. TỔ CHỨC THỰC HIỆN"}),
                    ("câu không có gì", {})]
    assert tuple(plain.classes_) == tuple(str(c) for c in pipe.classes_)
    assert np.abs(plain.predict_proba(probe) - pipe.predict_proba(probe)).max() < 1e-6


def test_run_time_scoring_does_not_import_scikit_learn():
    code = ("import sys; from nlpolicy.extract import sentence_role as sr; "
            "sr.classify(['Phấn đấu đến năm 2030 đạt 80%'], [{}]); print('sklearn' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_missing_artefact_is_a_clear_error(monkeypatch, tmp_path):
    monkeypatch.setattr(sr, "_artefact", lambda suffix: tmp_path / ("sentence_role" + suffix))
    sr.load_model.cache_clear()
    try:
        with pytest.raises(sr.ModelUnavailableError, match="build_sentence_role"):
            sr.load_model()
        assert issubclass(sr.ModelUnavailableError, NlpolicyError)
    finally:
        sr.load_model.cache_clear()


def test_target_kind_scores_on_the_seed():
    seed = ROOT / "corpus" / "000_3cffab5bee4fe395.txt"
    from nlpolicy.document import load
    from nlpolicy.extract.numbers import find_quantities
    doc = load(seed)
    qs = find_quantities(doc.text)
    scores = sr.target_kind_scores(doc, qs)
    assert len(scores) == len(qs)
    assert all(0.0 <= pt <= 1.0 and 0.0 <= pb <= 1.0 for pt, pb in scores)
    # "tốc độ tăng trưởng ... bình quân 9,5%/năm" in "3.2 - Chỉ tiêu chủ yếu" is a target
    i = next(i for i, q in enumerate(qs) if q.value == 9.5 and q.unit == "%/năm")
    assert scores[i][0] > 0.5 > scores[i][1]
    assert sr.target_kind_scores(doc, []) == []


@pytest.mark.slow
@pytest.mark.skipif(not (SHARED / "corpus").is_dir(), reason="../shared (gold data and corpus) is absent")
def test_rebuild_script_end_to_end(tmp_path):
    # a fixed sample of four gold documents keeps the suite fast; bench/ and models/ run them all
    res = subprocess.run([sys.executable, str(ROOT / "models" / "build_sentence_role.py"),
                          "--shared", str(SHARED), "--out", str(tmp_path), "--limit", "4"],
                         capture_output=True, text=True, timeout=900)
    assert res.returncode == 0, res.stderr[-2000:]
    assert "leave one document out" in res.stdout and "confusion matrix" in res.stdout
    meta = json.loads((tmp_path / "sentence_role.json").read_text(encoding="utf-8"))
    assert (tmp_path / "sentence_role.plain.npz").stat().st_size > 10_000
    assert (tmp_path / "sentence_role.plain.json").stat().st_size > 10_000
    assert len(meta["training_documents"]) == 4
    assert meta["heldout"]["macro_f1"] > 0.3
