"""A fixed sample of ``bench/conversions.py``: copies written the way other conversions and offices
write the same document read as the document does (issue 10).

Each kind of the benchmark (a blank line after every line, tables with tabs, other bullet marks,
headings in sentence case, numbers in English marks, abbreviated names, old-style tone marks,
odd spaces, other header and numbering forms) rewrites three gold documents without touching
what their gold holds; every copy must score within 0.01 of the clean text (macro-F1 over the
document's parts, score.py's scoring).  The three: the seed resolution, a converted people's
council resolution whose header table was lost and whose lines are wrapped, and a Central
resolution with lettered parts over Roman ones.  The whole benchmark (22 documents) is
``bench/run.sh conversions``.
"""
from __future__ import annotations

import pytest

from bench.common import SHARED

pytestmark = pytest.mark.skipif(not (SHARED / "corpus").is_dir(), reason=f"no shared corpus at {SHARED}")

SAMPLE = ("000_3cffab5bee4fe395", "HauGiang_NQ-01-2017-NQ-HDND_2017-07-13_KTXH-6-thang-cuoi-nam-2017",
          "TW_NQ-20-NQ-TW_2012-11-01_KHCN-phuc-vu-CNH-HDH")
SLACK = 0.01


def test_converted_copies_read_as_the_document(tmp_path):
    from bench.conversions import KINDS, converted, overall, score_copy
    from bench.damage import gold_jobs
    jobs = [j for j in gold_jobs() if j.name in SAMPLE]
    assert len(jobs) == len(SAMPLE)
    failures = []
    for job in jobs:
        clean = overall(score_copy(job, job.source.read_text(encoding="utf-8"), tmp_path / "clean"))
        for kind in KINDS:
            got = overall(score_copy(job, converted(kind, job), tmp_path / kind))
            if got < clean - SLACK:
                failures.append(f"{kind} {job.name}: {got:.3f} against {clean:.3f} clean")
    assert not failures, "\n".join(failures)
