"""``matrix.csv``: the matrix as one flat table.

UTF-8 with a byte-order mark and CRLF line ends, so that Excel opens the
Vietnamese text right when the file is double-clicked.  Role letters follow the
workbook: C chủ trì, P phối hợp, B báo cáo; lower case when inferred.
"""
from __future__ import annotations

import csv
import io

from nlpolicy.report.matrix import Matrix

HEADER = ("STT", "Văn bản", "Mục", "Mã nhiệm vụ", "Nhiệm vụ", "Thời hạn", "Tình trạng")


def render_csv(matrix: Matrix) -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(HEADER + tuple(a.name for a in matrix.agencies))
    for n, t in enumerate(matrix.tasks, 1):
        doc = matrix.documents[t.doc]
        w.writerow((n, doc.label, t.section, t.id, t.text,
                    t.deadline.label if t.deadline else "", t.status)
                   + tuple(t.letters(a.name) for a in matrix.agencies))
    return ("\ufeff" + buf.getvalue()).encode("utf-8")
