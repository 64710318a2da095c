"""``matrix.csv``: the matrix as one flat table.

UTF-8 with a byte-order mark and CRLF line ends, so that Excel opens the
Vietnamese text right when the file is double-clicked.  Role letters follow the
workbook: C chủ trì, P phối hợp, B báo cáo; lower case when inferred; ✎ after a
value staff corrected.
"""
from __future__ import annotations

import csv
import io

from nlpolicy.report.appendix import note_of
from nlpolicy.report.matrix import MANUAL_MARK, Matrix

HEADER = ("STT", "Văn bản", "Mục", "Mã nhiệm vụ", "Nhiệm vụ", "Thời hạn", "Tình trạng",
          "Sản phẩm", "Ghi chú")


def render_csv(matrix: Matrix) -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(HEADER + tuple(a.name for a in matrix.agencies))
    for n, t in enumerate(matrix.tasks, 1):
        doc = matrix.documents[t.doc]
        mark = lambda field: f" {MANUAL_MARK}" if t.is_manual(field) else ""  # noqa: E731
        w.writerow((n, doc.label, t.section, t.id, t.text,
                    (t.deadline.label if t.deadline else "") + mark("deadline"),
                    t.status + mark("status"), t.product, note_of(t, matrix))
                   + tuple(t.letters(a.name) for a in matrix.agencies))
    return ("\ufeff" + buf.getvalue()).encode("utf-8")
