"""The scorer (nlpolicy/evaluate.py) and ``nlpolicy eval``.

Unit rows are tiny hand-made gold/prediction pairs, one rule of CONTRACT.md
("How it is scored") each.  The yardstick test runs ../shared/tools/score.py
--json on the extractor's saved output for every gold file of ../shared/spec/gold
and corpus/gold, and on a perturbed copy of it, and wants the very same figures
and errors; it skips with a reason when ../shared is absent.
"""
from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path

import pytest

from nlpolicy.errors import InputError
from nlpolicy.evaluate import (DocumentScore, Part, Scores, evaluate_dir, evidence_errors, macro_means,
                               prf, score)

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SCORE_PY = SHARED / "tools" / "score.py"
GOLD_DIRS = (SHARED / "spec" / "gold", ROOT / "corpus" / "gold")
CORPUS_DIRS = (SHARED / "corpus", ROOT / "corpus")
SEED = "000_3cffab5bee4fe395.txt"


# ---------------------------------------------------------------- helpers

def T(value, unit="%", year=2020, kind="target", comparator="=", subject=None, **kw) -> dict:
    return {"kind": kind, "value": value, "unit": unit, "year": year, "comparator": comparator,
            "subject": subject, **kw}


def P(name, category="industrial_park", **kw) -> dict:
    return {"name": name, "category": category, **kw}


def A(agency, section="II.1", role="lead") -> dict:
    return {"agency": agency, "section": section, "role": role}


def tasks(*assignments: dict) -> list[dict]:
    """Predicted tasks, one per assignment row."""
    return [{"section": a["section"], "assignments": [{"agency": a["agency"], "role": a["role"]}]}
            for a in assignments]


def check_rows(rows, run) -> None:
    """Run every row, then fail once with all the rows that went wrong."""
    failures = []
    for row in rows:
        name, *args, want = row
        got = run(*args)
        if got != pytest.approx(want):
            failures.append(f"{name}: want {want!r}, got {got!r}")
    assert not failures, "\n".join(failures)


def figures(s, *extra):
    """(precision, recall, F1, tp, pred, gold) and named accuracies of a PartScore, rounded."""
    acc = dict(s.accuracy)
    return (round(s.precision, 3), round(s.recall, 3), round(s.f1, 3), s.tp, s.pred, s.gold,
            *[None if acc.get(k) is None else round(acc[k], 3) for k in extra])


# ---------------------------------------------------------------- prf

def test_prf():
    check_rows([
        ("ordinary", 3, 4, 6, (0.75, 0.5, 0.6)),
        ("nothing predicted", 0, 0, 4, (0.0, 0.0, 0.0)),
        ("nothing to find, nothing found", 0, 0, 0, (1.0, 1.0, 1.0)),
        ("nothing to find, one false alarm", 0, 1, 0, (0.5, 1.0, 2 / 3)),
        ("nothing to find, three false alarms", 0, 3, 0, (0.25, 1.0, 0.4)),
    ], lambda tp, n_pred, n_gold: prf(tp, n_pred, n_gold))


# ---------------------------------------------------------------- targets

TARGET_ROWS = [
    # name, gold targets, predicted targets, (P, R, F1, tp, pred, gold, comparator_acc, subject_acc)
    ("same kind, value, unit, year", [T(9.5, "%/năm")], [T(9.5, "%/năm")], (1, 1, 1, 1, 1, 1, 1, None)),
    ("spaces inside a unit do not count", [T(9.5, "%/năm")], [T(9.5, "% / năm")], (1, 1, 1, 1, 1, 1, 1, None)),
    ("value as a string", [T(1200, "ha")], [T("1200.0", "ha")], (1, 1, 1, 1, 1, 1, 1, None)),
    ("wrong year", [T(9.5, year=2020)], [T(9.5, year=2025)], (0, 0, 0, 0, 1, 1, None, None)),
    ("a baseline is no target", [T(8.8, kind="baseline")], [T(8.8)], (0, 0, 0, 0, 1, 1, None, None)),
    ("each gold target used once", [T(50)], [T(50), T(50)], (0.5, 1, 0.667, 1, 2, 1, 1, None)),
    ("twice in gold, twice found", [T(50), T(50)], [T(50), T(50)], (1, 1, 1, 2, 2, 2, 1, None)),
    ("optional gold neither for nor against", [T(30), T(40, optional=True)], [T(30), T(40)],
     (1, 1, 1, 1, 1, 1, 1, None)),
    ("optional gold not found costs nothing", [T(30), T(40, optional=True)], [T(30)], (1, 1, 1, 1, 1, 1, 1, None)),
    ("comparator is accuracy, not a match condition", [T(50, comparator=">")], [T(50, comparator="=")],
     (1, 1, 1, 1, 1, 1, 0, None)),
    ("subject through category words and tone marks",
     [T(50, subject="Khu công nghiệp Hàm Kiệm I"), T(60, subject="Thủy điện Đại Ninh")],
     [T(50, subject="KCN Hàm Kiệm I"), T(60, subject="Thuỷ điện Đại Ninh")], (1, 1, 1, 2, 2, 2, 1, 1)),
    ("wrong subject", [T(50, subject="Khu công nghiệp Sông Bình")], [T(50, subject="Khu công nghiệp Tân Đức")],
     (1, 1, 1, 1, 1, 1, 1, 0)),
    ("missing kind means target", [T(5)], [{"value": 5, "unit": "%", "year": 2020}], (1, 1, 1, 1, 1, 1, 0, None)),
    ("nothing to find", [], [T(1), T(2)], (0.333, 1, 0.5, 0, 2, 0, None, None)),
]


def test_targets():
    check_rows(TARGET_ROWS, lambda g, p: figures(score({"targets": g}, {"targets": p})[Part.TARGETS],
                                                 "comparator_acc", "subject_acc"))


def test_target_errors_name_the_key():
    s = score({"targets": [T(9.5, "%/năm")]}, {"targets": [T(10, "%")]})[Part.TARGETS]
    assert s.errors == ("extra ('target', 10.0, '%', 2020)", "missed ('target', 9.5, '%/năm', 2020)")


# ---------------------------------------------------------------- deadlines

def D(*values):
    return [{"value": v} for v in values]


DEADLINE_ROWS = [
    ("distinct values", {"include": D("2020", "2019-07-01")}, D("2020", "2020", "2019-07-01"), (1, 1, 1, 2, 2, 2)),
    ("one missed", {"include": D("2020", "2025")}, D("2020"), (1, 0.5, 0.667, 1, 1, 2)),
    ("an excluded value is an error", {"include": D("2020"), "exclude": D("2015")}, D("2020", "2015"),
     (0.5, 1, 0.667, 1, 2, 1)),
    ("nothing to find, nothing said", {}, [], (1, 1, 1, 0, 0, 0)),
    ("nothing to find, one said", {"exclude": D("yearly")}, D("yearly"), (0.5, 1, 0.667, 0, 1, 0)),
]


def test_deadlines():
    check_rows(DEADLINE_ROWS, lambda g, p: figures(score({"deadlines": g}, {"deadlines": p})[Part.DEADLINES]))


def test_excluded_deadline_is_flagged():
    s = score({"deadlines": {"include": D("2020"), "exclude": D("2015")}}, {"deadlines": D("2015")})
    assert s[Part.DEADLINES].errors == ("missed 2020", "extra 2015 (an excluded value)")


# ---------------------------------------------------------------- projects

PROJECT_ROWS = [
    ("whole name", [P("Khu công nghiệp Hàm Kiệm I")], [P("Khu công nghiệp Hàm Kiệm I")], (1, 1, 1, 1, 1, 1, 1)),
    ("abbreviated head (KCN)", [P("Khu công nghiệp Hàm Kiệm I")], [P("KCN Hàm Kiệm I")], (1, 1, 1, 1, 1, 1, 1)),
    ("no head at all", [P("Khu công nghiệp Sông Bình")], [P("Sông Bình")], (1, 1, 1, 1, 1, 1, 1)),
    ("old-style tone marks", [P("Nhà máy thủy điện La Ngà", "hydropower")], [P("Nhà máy thuỷ điện La Ngà", "hydropower")],
     (1, 1, 1, 1, 1, 1, 1)),
    ("dashes and spaces", [P("Đường cao tốc Dầu Giây - Phan Thiết", "road")], [P("Cao tốc Dầu Giây–Phan Thiết", "road")],
     (1, 1, 1, 1, 1, 1, 1)),
    ("upper case and markup", [P("Cụm công nghiệp Đầm Hồng", "industrial_cluster")],
     [P("**CỤM CÔNG NGHIỆP ĐẦM HỒNG**", "industrial_cluster")], (1, 1, 1, 1, 1, 1, 1)),
    ("through an alias", [P("Nhà máy nhiệt điện Vĩnh Tân 4 mở rộng", "thermal_power", aliases=["Vĩnh Tân 4 MR"])],
     [P("Vĩnh Tân 4 MR", "thermal_power")], (1, 1, 1, 1, 1, 1, 1)),
    ("a close spelling", [P("Khu công nghiệp Phan Thiết 2")], [P("Khu công nghiệp Phan Thiết 2.")], (1, 1, 1, 1, 1, 1, 1)),
    ("Hàm Kiệm I and Hàm Kiệm II are two", [P("Khu công nghiệp Hàm Kiệm I"), P("Khu công nghiệp Hàm Kiệm II")],
     [P("KCN Hàm Kiệm II")], (1, 0.5, 0.667, 1, 1, 2, 1)),
    # as in score.py: a name within difflib's 0.9 of a gold name matches it, even "II" for "I"
    ("a close spelling reaches a lone neighbour", [P("Khu công nghiệp Hàm Kiệm I")], [P("Khu công nghiệp Hàm Kiệm II")],
     (1, 1, 1, 1, 1, 1, 1)),
    ("a different name", [P("Khu công nghiệp Hàm Kiệm I")], [P("Khu công nghiệp Tân Đức")], (0, 0, 0, 0, 1, 1, None)),
    # a close spelling must keep the head word and the numbers (score.py's _shape)
    ("a close spelling with another number is another project", [P("Cụm công nghiệp Bình Minh 3", "industrial_cluster")],
     [P("Cụm công nghiệp Bình Minh 8", "industrial_cluster")], (0, 0, 0, 0, 1, 1, None)),
    ("a close spelling with a number dropped is another project", [P("Cụm công nghiệp Bình Minh 3", "industrial_cluster")],
     [P("Cụm công nghiệp Bình Minh", "industrial_cluster")], (0, 0, 0, 0, 1, 1, None)),
    ("an ambiguous short name matches nothing",
     [P("Khu công nghiệp Tân Đức"), P("Cụm công nghiệp Tân Đức", "industrial_cluster")], [P("Tân Đức")],
     (0, 0, 0, 0, 1, 2, None)),
    ("the same project twice counts once", [P("Khu công nghiệp Sông Bình")], [P("KCN Sông Bình"), P("Sông Bình")],
     (1, 1, 1, 1, 1, 1, 1)),
    ("optional project neither for nor against", [P("Khu công nghiệp A1"), P("Khu công nghiệp B2", optional=True)],
     [P("KCN A1"), P("KCN B2")], (1, 1, 1, 1, 1, 1, 1)),
    ("wrong category is accuracy only", [P("Cụm công nghiệp Đầm Hồng", "industrial_cluster")],
     [P("Cụm công nghiệp Đầm Hồng", "industrial_park")], (1, 1, 1, 1, 1, 1, 0)),
    ("an extra name", [P("Khu công nghiệp Sông Bình")], [P("Sông Bình"), P("Nước khoáng Vĩnh Hảo", "other")],
     (0.5, 1, 0.667, 1, 2, 1, 1)),
]


def test_projects():
    check_rows(PROJECT_ROWS, lambda g, p: figures(score({"projects": g}, {"projects": p})[Part.PROJECTS],
                                                  "category_acc"))


# ---------------------------------------------------------------- agencies and assignments

UBND = {"name": "Ủy ban nhân dân tỉnh", "aliases": ["UBND tỉnh"]}
SCT = {"name": "Sở Công Thương"}
MTTQ = {"name": "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "aliases": ["Ủy ban MTTQ Việt Nam tỉnh"]}

ASSIGNMENT_ROWS = [
    # name, gold agencies, gold assignments, predicted assignments,
    # (assignments F1, assignments_no_role F1, agencies F1)
    ("canonical name", [UBND], [A("Ủy ban nhân dân tỉnh")], [A("Ủy ban nhân dân tỉnh")], (1, 1, 1)),
    ("abbreviation UBND", [{"name": "Ủy ban nhân dân tỉnh"}], [A("Ủy ban nhân dân tỉnh")], [A("UBND tỉnh")],
     (1, 1, 1)),
    ("old-style tone mark", [UBND], [A("Ủy ban nhân dân tỉnh")], [A("Uỷ ban nhân dân tỉnh")], (1, 1, 1)),
    ("abbreviation MTTQ", [MTTQ], [A(MTTQ["name"])], [A("Ủy ban MTTQ Việt Nam tỉnh")], (1, 1, 1)),
    ("abbreviations BTV and BCSĐ",
     [{"name": "Ban Thường vụ Tỉnh ủy"}, {"name": "Ban cán sự đảng Ủy ban nhân dân tỉnh"}],
     [A("Ban Thường vụ Tỉnh ủy", role="report_to"), A("Ban cán sự đảng Ủy ban nhân dân tỉnh")],
     [A("BTV Tỉnh ủy", role="report_to"), A("BCSĐ UBND tỉnh")], (1, 1, 1)),
    ("a close spelling with another head word is another agency", [{"name": "Sở Tài nguyên và Môi trường tỉnh"}],
     [A("Sở Tài nguyên và Môi trường tỉnh")], [A("Bộ Tài nguyên và Môi trường tỉnh")], (0, 0, 0)),
    ("a close spelling with the same head word matches", [{"name": "Sở Tài nguyên và Môi trường tỉnh"}],
     [A("Sở Tài nguyên và Môi trường tỉnh")], [A("Sở Tài nguyên và Môi trường tỉnh.")], (1, 1, 1)),
    ("wrong role", [UBND, SCT], [A("Ủy ban nhân dân tỉnh"), A("Sở Công Thương", role="support")],
     [A("UBND tỉnh"), A("Sở Công Thương")], (0.5, 1, 1)),
    ("wrong section", [SCT], [A("Sở Công Thương", "II.1")], [A("Sở Công Thương", "II.2")], (0, 0, 1)),
    ("an agency not in the gold list", [SCT], [A("Sở Công Thương")], [A("Sở Công Thương"), A("Sở Xây dựng")],
     (0.667, 0.667, 0.667)),
    ("optional agency neither for nor against", [SCT, {"name": "Các cơ quan báo chí", "optional": True}],
     [A("Sở Công Thương"), A("Các cơ quan báo chí", role="support")],
     [A("Sở Công Thương")], (1, 1, 1)),
    ("optional agency predicted costs nothing", [SCT, {"name": "Các cơ quan báo chí", "optional": True}],
     [A("Sở Công Thương")], [A("Sở Công Thương"), A("cơ quan báo chí")], (1, 1, 1)),
    ("one agency, several sections: agencies count it once", [SCT],
     [A("Sở Công Thương", "II.1"), A("Sở Công Thương", "II.2")], [A("Sở Công Thương", "II.1")], (0.667, 0.667, 1)),
    ("no assignment to find", [], [], [A("Sở Công Thương")], (0.667, 0.667, 0.667)),
]


def test_assignments_and_agencies():
    def run(agencies, gold, pred):
        s = score({"agencies": agencies, "assignments": gold}, {"tasks": tasks(*pred)})
        return tuple(round(s[p].f1, 3) for p in (Part.ASSIGNMENTS, Part.ASSIGNMENTS_NO_ROLE, Part.AGENCIES))
    check_rows(ASSIGNMENT_ROWS, run)


def test_assignment_errors_use_gold_names():
    s = score({"agencies": [UBND], "assignments": [A("Ủy ban nhân dân tỉnh", "III")]},
              {"tasks": tasks(A("UBND tỉnh", "III", "support"), A("Sở Xây dựng", "III"))})
    # sorted as score.py sorts them: by the text of (agency, section, role), unknown names first
    assert s[Part.ASSIGNMENTS].errors == ("missed Ủy ban nhân dân tỉnh III lead",
                                          "extra ?sở xây dựng III lead",
                                          "extra Ủy ban nhân dân tỉnh III support")
    assert s[Part.AGENCIES].errors == ("extra ?sở xây dựng",)


# ---------------------------------------------------------------- document and sections

GOLD_DOC = {"kind": "resolution", "number": "05-NQ/TU", "date": "2016-04-20",
            "signer": {"name": "Nguyễn Mạnh Hùng"}, "citations": ["28-NQ/TU", "26-NQ/TW"],
            "optional_citations": ["15/2015/QĐ-UBND"]}


def doc(**changes) -> dict:
    d = copy.deepcopy(GOLD_DOC)
    d.pop("optional_citations")
    d["citations"] = [{"number": c, "kind": "resolution"} for c in d["citations"]]
    d.update(changes)
    return d


DOCUMENT_ROWS = [
    ("all right, citations as objects", doc(), 1.0),
    ("citations as plain strings", doc(citations=["28-NQ/TU", "26-NQ/TW"]), 1.0),
    ("number wrong", doc(number="5-NQ/TU"), 0.8),
    ("date missing", doc(date=None), 0.8),
    ("signer in upper case, other tone convention", doc(signer={"name": "NGUYỄN MẠNH HÙNG"}), 1.0),
    ("no signer", doc(signer=None), 0.8),
    ("half the citations (Jaccard 1/2)", doc(citations=[{"number": "28-NQ/TU"}]), 0.9),
    ("an optional citation is not extra", doc(citations=["28-NQ/TU", "26-NQ/TW", "15/2015/QĐ-UBND"]), 1.0),
    ("an extra citation (Jaccard 2/3)", doc(citations=["28-NQ/TU", "26-NQ/TW", "99-KL/TW"]), (4 + 2 / 3) / 5),
    ("nothing right", {}, 0.0),
]


def test_document():
    check_rows(DOCUMENT_ROWS, lambda p: score({"document": GOLD_DOC}, {"document": p})[Part.DOCUMENT].f1)


def test_document_empty_and_none_agree():
    s = score({"document": {"number": None, "citations": []}}, {"document": {"number": "", "citations": []}})
    assert s[Part.DOCUMENT].f1 == 1.0 and s[Part.DOCUMENT].errors == ()


def test_sections():
    s = score({"sections": ["I", "II", "II.1", "II.2"]},
              {"sections": [{"id": "I"}, {"id": "II"}, {"id": "II.1"}, {"id": "III"}]})[Part.SECTIONS]
    assert figures(s) == (0.75, 0.75, 0.75, 3, 4, 4)
    assert s.errors == ("missed II.2", "extra III")


# ---------------------------------------------------------------- evidence

def test_evidence_spans():
    text = "Sở Công Thương chủ trì, hoàn thành trước năm 2020."
    good = {"text": "năm 2020", "start": 41, "end": 49}
    pred = {"document": {"text": text, "citations": ["plain strings are not checked"]},
            "deadlines": [dict(good, value="2020")],
            "targets": [{"text": "2021", "start": 41, "end": 49}],
            "tasks": [{"text": text, "start": 0}],
            "agencies": [{"name": "Sở Công Thương", "mentions": [{"text": "Sở Công Thương", "start": 0, "end": 14}]}]}
    assert text[41:49] == "năm 2020"
    assert evidence_errors(pred) == ("targets[0]: text does not match document.text[41:49]",
                                     "tasks[0]: text does not match document.text[0:None]")
    assert evidence_errors({"document": {}}) == ("document.text is missing",)
    assert score({}, pred).evidence_errors == evidence_errors(pred)


# ---------------------------------------------------------------- means and folders

def _doc_score(f1s: dict) -> DocumentScore:
    from nlpolicy.evaluate import PartScore
    parts = tuple(PartScore(p, f1s.get(p, 1.0), f1s.get(p, 1.0), f1s.get(p, 1.0), 0, 0, 0) for p in Part)
    return DocumentScore("d", Path("d.json"), Path("d.txt"), Scores(parts))


def test_macro_means_and_overall_leave_out_assignments_without_role():
    macro, overall = macro_means([_doc_score({Part.TARGETS: 0.5, Part.ASSIGNMENTS_NO_ROLE: 0.0}),
                                  _doc_score({Part.TARGETS: 0.0})])
    macro = dict(macro)
    assert macro[Part.TARGETS] == 0.25 and macro[Part.ASSIGNMENTS_NO_ROLE] == 0.5
    assert overall == pytest.approx((6 + 0.25) / 7)
    assert macro_means([]) == ((), 0.0)


def _write_gold(folder: Path, name: str, source: str, **parts) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.json"
    path.write_text(json.dumps({"source": source, **parts}, ensure_ascii=False), encoding="utf-8")
    return path


def test_evaluate_dir_looks_in_the_corpus_folders_then_in_the_project_corpus(tmp_path):
    gold = tmp_path / "gold"
    _write_gold(gold, "a", "a.txt", sections=["I"])
    _write_gold(gold, "seed", SEED, sections=["I"])
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.txt").write_text("text", encoding="utf-8")
    seen, progress = [], []
    report = evaluate_dir(gold, tmp_path / "docs",
                          extract_fn=lambda p: seen.append(p) or {"sections": [{"id": "I"}]},
                          progress=lambda i, n, name: progress.append((i, n, name)))
    assert seen == [tmp_path / "docs" / "a.txt", ROOT / "corpus" / SEED]
    assert progress == [(1, 2, "a"), (2, 2, "seed")]
    assert [d.name for d in report.documents] == ["a", "seed"]
    assert report.macro(Part.SECTIONS) == 1.0
    assert report.to_dict()["documents"]["a"]["parts"]["sections"]["f1"] == 1.0


def test_evaluate_dir_fails_before_extracting_when_a_source_is_missing(tmp_path):
    _write_gold(tmp_path / "gold", "a", "nowhere.txt")
    called = []
    with pytest.raises(InputError, match=r"a\.json: its source document 'nowhere\.txt' is not in"):
        evaluate_dir(tmp_path / "gold", tmp_path, extract_fn=called.append)
    assert called == []


@pytest.mark.parametrize("content, message", [
    (None, "no such folder"),
    ("", "no gold file"),
    ("{not json", "cannot read the gold file"),
    ('{"targets": []}', "not a gold annotation"),
])
def test_evaluate_dir_bad_gold(tmp_path, content, message):
    folder = tmp_path / "gold"
    if content is not None:
        folder.mkdir()
        if content:
            (folder / "x.json").write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        evaluate_dir(folder, tmp_path, extract_fn=lambda p: {})


# ---------------------------------------------------------------- the command

def _cli(*argv):
    return subprocess.run([sys.executable, "-m", "nlpolicy.cli", *map(str, argv)],
                          capture_output=True, text=True, cwd=ROOT)


def test_eval_command_on_the_seed(tmp_path):
    gold = json.loads((SHARED / "spec" / "gold" / "000_3cffab5bee4fe395.json").read_text(encoding="utf-8")) \
        if (SHARED / "spec" / "gold").is_dir() else {"source": SEED, "sections": ["I"]}
    (tmp_path / "gold").mkdir()
    (tmp_path / "gold" / "seed.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    text = _cli("eval", tmp_path / "gold", "-v")
    assert text.returncode == 0, text.stderr
    lines = text.stdout.splitlines()
    assert lines[0].split()[:9] == ["document", "doc", "sect", "targ", "dead", "proj", "agen", "asgn", "asgn-r"]
    assert lines[1].startswith("seed ") and lines[2].startswith("mean ")
    assert lines[3].startswith("overall: macro-F1 ")
    assert "== seed" in text.stdout and "assignments_no_role  P=" in text.stdout
    assert text.stderr == ""  # no progress line for a single document
    js = _cli("eval", tmp_path / "gold", "--format", "json")
    data = json.loads(js.stdout)
    assert set(data) == {"documents", "macro_f1", "overall", "evidence_errors"}
    assert data["documents"]["seed"]["parts"]["sections"]["f1"] == data["macro_f1"]["sections"]
    assert f"{data['overall']:.3f}" in lines[3]


def test_eval_command_missing_source_is_one_line(tmp_path):
    _write_gold(tmp_path / "gold", "lost", "lost.txt")
    res = _cli("eval", tmp_path / "gold", "--corpus", tmp_path)
    assert res.returncode == 2 and res.stdout == ""
    assert res.stderr.count("\n") == 1 and "lost.txt" in res.stderr and "Traceback" not in res.stderr


# ---------------------------------------------------------------- the outside yardstick

def _gold_files() -> list[Path]:
    return sorted(p for d in GOLD_DIRS if d.is_dir() for p in d.glob("*.json"))


def _perturbed(pred: dict, gold: dict) -> dict:
    """Every other item dropped, old-style tone marks, abbreviations, and the gold's traps predicted."""
    out = copy.deepcopy(pred)
    for part in ("targets", "projects", "tasks", "sections"):
        out[part] = out.get(part, [])[::2]
    for p in out["projects"]:
        p["name"] = p["name"].replace("Khu công nghiệp", "KCN").replace("ủy", "uỷ")
    for t in out["tasks"]:
        for a in t["assignments"]:
            a["agency"] = a["agency"].replace("Ủy ban nhân dân", "UBND").replace("Ủy", "Uỷ")
    out["projects"] += [{"name": n if isinstance(n, str) else n.get("name", ""), "category": "other"}
                        for n in gold.get("not_projects", [])]
    out["deadlines"] = out.get("deadlines", []) + gold.get("deadlines", {}).get("exclude", [])
    out["document"]["citations"] = out["document"].get("citations", [])[1:]
    return out


@pytest.fixture(scope="module")
def predictions(tmp_path_factory) -> dict[str, tuple[Path, Path]]:
    """gold stem -> (saved prediction, saved perturbed prediction), extracted once."""
    from nlpolicy.evaluate import extract_json, find_source, read_gold
    folder = tmp_path_factory.mktemp("predictions")
    out = {}
    for g in _gold_files():
        gold = read_gold(g)
        pred = extract_json(find_source(g, gold["source"], CORPUS_DIRS))
        plain, perturbed = folder / f"{g.stem}.json", folder / f"{g.stem}.perturbed.json"
        plain.write_text(json.dumps(pred, ensure_ascii=False), encoding="utf-8")
        perturbed.write_text(json.dumps(_perturbed(pred, gold), ensure_ascii=False), encoding="utf-8")
        out[g.stem] = (plain, perturbed)
    return out


@pytest.mark.shared
@pytest.mark.skipif(not SCORE_PY.is_file(), reason=f"{SCORE_PY} is absent (../shared is not checked out)")
@pytest.mark.parametrize("gold_path", _gold_files(), ids=lambda p: p.stem)
def test_same_figures_as_score_py(gold_path, predictions):
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    failures = []
    for pred_path in predictions[gold_path.stem]:
        res = subprocess.run([sys.executable, str(SCORE_PY), "--json", str(gold_path), str(pred_path)],
                             capture_output=True, text=True)
        assert res.returncode == 0, res.stderr
        (theirs,) = json.loads(res.stdout)["documents"].values()
        ours = score(gold, json.loads(pred_path.read_text(encoding="utf-8"))).to_dict()
        for part, want in theirs["parts"].items():
            if ours["parts"][part] != want:
                failures.append(f"{pred_path.name} {part}: score.py {want} != ours {ours['parts'][part]}")
        if ours["evidence_errors"] != theirs["evidence_errors"]:
            failures.append(f"{pred_path.name} evidence: {theirs['evidence_errors']} != {ours['evidence_errors']}")
    assert not failures, "\n".join(failures)


def test_there_are_gold_files_to_compare():
    if not SHARED.is_dir():
        pytest.skip(f"{SHARED} is absent: only the project's own gold files are here")
    assert len(_gold_files()) >= 10
