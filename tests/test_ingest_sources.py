"""Documents handed over as a file format's source: RTF, a Word document's bare XML, an e-mail message saved whole.

Every example is invented; each is read through ``read`` as a user's file would be (named ``.txt`` as often as not).
"""
from __future__ import annotations

import base64
import quopri
from pathlib import Path

import pytest

from nlpolicy.errors import InputError
from nlpolicy.ingest import read
from test_ingest import W_NS, _fails, para, table, write


def rtf_escape(text: str) -> str:
    """Text as a Word RTF writer puts it: backslashes and braces escaped, every non-ASCII letter ``\\uN?``."""
    out = []
    for c in text:
        if c in "\\{}":
            out.append("\\" + c)
        elif c == "\n":
            out.append("\\par\n")
        elif ord(c) > 127:
            out.append(f"\\u{ord(c)}?")
        else:
            out.append(c)
    return "".join(out)


RTF_HEAD = ("{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\froman Times New Roman;}{\\f1 Arial;}}\n"
            "{\\colortbl ;\\red0\\green0\\blue0;}{\\*\\generator Riched20 10.0;}"
            "{\\info{\\author Nguy\\u7877?n V\\u259?n A}}\\viewkind4\\uc1\\pard\\qc\\b ")


def test_rtf_source_reads_as_its_text(tmp_path):
    body = rtf_escape("KẾ HOẠCH\nPhát triển vùng chè giai đoạn 2027 - 2030\n")
    # a writer wraps its source inside a word and inside an escape's digits' neighbour: a bare line break is no text
    body += ("\\b0\\pard\\qj I. M\\u7908?C TI\\u202?U\\par\n1. Tr\\u7891?ng m\n\\u7899?i 1.200 ha ch\\u232?\\tab "
             "{\\i (\\u273?\\u7871?n n\\u259?m 2030)}\\par\n")
    path = write(tmp_path, "kh.txt", (RTF_HEAD + body + "}").encode("ascii"))
    doc = read(path)
    assert doc.encoding == "rtf"
    assert doc.text.splitlines() == ["KẾ HOẠCH", "Phát triển vùng chè giai đoạn 2027 - 2030", "I. MỤC TIÊU",
                                     "1. Trồng mới 1.200 ha chè\t(đến năm 2030)"]
    assert "Times" not in doc.text and "Nguyễn" not in doc.text and "Riched" not in doc.text


@pytest.mark.parametrize("source, expected", [
    # a code page's bytes: Windows-1258 writes "ế" as "ê" and a combining acute
    ("{\\rtf1\\ansi\\ansicpg1258 Nghi\\'ccn t\\'ea\\'ec\\par}", "Nghìn tế"),
    # \\uc2: two fallback characters after each Unicode escape, \\uc0 none (a space ends the number)
    ("{\\rtf1\\ansi\\uc2 \\u7879?? vi\\u7879??t\\par\\uc0 \\u272 i\\u7873 u 1\\par}", "ệ việt\nĐiều 1"),
    # a fallback written as a byte escape is skipped too; a negative code is the code plus 65536
    ("{\\rtf1\\ansi \\u7897\\'3fi \\u-1280?\\par}", "ội \uFB00"),
    # control symbols: a non-breaking space, a non-breaking hyphen, an optional hyphen, escaped braces
    ("{\\rtf1\\ansi 01\\~tỷ ĐT\\_852B h\\-a \\{x\\}\\par}".replace("ỷ", "\\u7927?").replace("Đ", "\\u272?"),
     "01 tỷ ĐT-852B ha {x}"),
])
def test_rtf_escapes(tmp_path, source, expected):
    doc = read(write(tmp_path, "a.rtf", source.encode("ascii")))
    assert doc.text == expected + "\n"


def test_rtf_table_rows_become_pipe_rows_and_skipped_groups_stay_out(tmp_path):
    cells = "\\trowd\\cellx3000\\cellx6000\\pard\\intbl STT\\cell N\\u7897?i dung\\cell\\row"
    cells += "\\trowd\\cellx3000\\cellx6000\\pard\\intbl 1\\cell R\\u224? so\\u225?t\\cell\\row"
    source = ("{\\rtf1\\ansi{\\stylesheet{\\s1 heading 1;}}{\\*\\bkmkstart _Toc1}{\\*\\bkmkend _Toc1}"
              "{\\field{\\*\\fldinst PAGE}{\\fldrslt 3}}\\par " + cells + "\\pard Xong\\par}")
    doc = read(write(tmp_path, "t.txt", source.encode("ascii")))
    assert doc.text.splitlines() == ["3", "STT | Nội dung", "1 | Rà soát", "Xong"]


def test_rtf_without_text_is_refused(tmp_path):
    _fails(write(tmp_path, "e.rtf", b"{\\rtf1\\ansi{\\fonttbl{\\f0 Arial;}}\\pard\\par}"), "RTF", "no text")


def word_xml(body: str) -> bytes:
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W_NS}><w:body>{body}'
            f"</w:body></w:document>").encode("utf-8")


def test_bare_word_xml_reads_like_the_docx_it_came_from(tmp_path):
    split = ('<w:p><w:r><w:t xml:space="preserve">Đến năm 20</w:t></w:r><w:proofErr w:type="spellStart"/>'
             '<w:r><w:rPr><w:b/></w:rPr><w:t>30, tr</w:t></w:r><w:r><w:t>ồng 500 ha</w:t></w:r></w:p>')
    body = (para("I. MỤC TIÊU") + para("Mục tiêu chung", num=(4, 0), style="ListParagraph")
            + para("Mục tiêu cụ thể", num=(4, 0), style="ListParagraph")
            + para("rừng gỗ lớn", num=(4, 1), style="ListParagraph") + split
            + para("Chỉ tiêu một", num=(9, 0), style="ListBullet")
            + table([["STT", "Nội dung"], ["1", "Trồng rừng"]]))
    doc = read(write(tmp_path, "document.txt", word_xml(body)))
    assert doc.encoding == "docx-xml"
    assert doc.text.splitlines() == ["I. MỤC TIÊU", "1. Mục tiêu chung", "2. Mục tiêu cụ thể", "a) rừng gỗ lớn",
                                     "Đến năm 2030, trồng 500 ha", "- Chỉ tiêu một",
                                     "STT", "Nội dung", "1", "Trồng rừng"]
    assert doc.tables and doc.tables[0].rows[1] == ("1", "Trồng rừng")


def test_damaged_word_xml_is_refused_in_one_line(tmp_path):
    _fails(write(tmp_path, "document.xml", word_xml(para("Điều 1"))[:-30]), "Word XML", "damaged")


PLAN = "KẾ HOẠCH\nPhát triển điện khí LNG\nI. MỤC TIÊU\n1. Đến năm 2030, công suất đạt 3.000 MW.\n"


def mail(parts: list[str], boundary: str = "==b1") -> bytes:
    head = ("Return-Path: <vanthu@example.gov.vn>\r\nReceived: from mail.example.gov.vn\r\n"
            "\tby mx; Thu, 23 Sep 2027\r\n"
            "From: =?UTF-8?B?" + base64.b64encode("Văn thư".encode()).decode() + "?= <vanthu@example.gov.vn>\r\n"
            "Subject: =?UTF-8?Q?K=E1=BA=BF_ho=E1=BA=A1ch?=\r\nMIME-Version: 1.0\r\n"
            f'Content-Type: multipart/mixed; boundary="{boundary}"\r\n\r\n')
    return (head + "".join(f"--{boundary}\r\n{p}\r\n" for p in parts) + f"--{boundary}--\r\n").encode("ascii")


def qp_part(text: str, kind: str = "plain") -> str:
    body = quopri.encodestring(text.encode("utf-8")).decode("ascii")
    return f"Content-Type: text/{kind}; charset=UTF-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n{body}"


def attachment(name: str, data: bytes, kind: str = "application/octet-stream") -> str:
    return (f'Content-Type: {kind}; name="{name}"\r\nContent-Disposition: attachment; filename="{name}"\r\n'
            f"Content-Transfer-Encoding: base64\r\n\r\n{base64.encodebytes(data).decode('ascii')}")


def test_mail_body_in_quoted_printable_is_decoded_and_its_html_twin_left_out(tmp_path):
    alternative = ('Content-Type: multipart/alternative; boundary="==b2"\r\n\r\n--==b2\r\n' + qp_part(PLAN)
                   + "\r\n--==b2\r\n" + qp_part("<p>KẾ HOẠCH</p>", "html") + "\r\n--==b2--")
    doc = read(write(tmp_path, "thu.eml", mail([alternative])))
    assert doc.encoding == "email"
    assert doc.text == PLAN
    assert "=E1" not in doc.text and "<p>" not in doc.text and "Return-Path" not in doc.text


def test_mail_attachments_are_read_after_the_body(tmp_path):
    rtf = ("{\\rtf1\\ansi " + rtf_escape("PHỤ LỤC\nDanh mục nhiệm vụ\n") + "}").encode("ascii")
    doc = read(write(tmp_path, "thu.txt", mail([qp_part("Kính gửi các sở, ngành.\n"),
                                                 attachment("ke-hoach.txt", PLAN.encode("utf-8")),
                                                 attachment("phu-luc.rtf", rtf), attachment("anh.png", b"\x89PNG")])))
    assert doc.text.split("\n\n") == ["Kính gửi các sở, ngành.", PLAN.strip("\n"), "PHỤ LỤC\nDanh mục nhiệm vụ\n"]
    assert any("anh.png was not read" in n for n in doc.notes)
    assert any("ke-hoach.txt was read" in n for n in doc.notes)


def test_a_forward_pasted_as_text_is_not_a_mail(tmp_path):
    text = "From: Văn phòng\nSent: Thursday\nSubject: Kế hoạch\n\n" + PLAN
    doc = read(write(tmp_path, "fw.txt", text.encode("utf-8")))
    assert doc.encoding == "utf-8" and doc.text.startswith("From: Văn phòng")


def test_mail_without_any_text_is_refused(tmp_path):
    with pytest.raises(InputError, match="no text"):
        read(write(tmp_path, "x.eml", mail([attachment("anh.png", b"\x89PNG")])))


def test_a_folder_s_rtf_and_mail_files_are_its_documents(tmp_path):
    from nlpolicy.store.indexer import discover
    for name in ("nq.rtf", "kh.eml", "bc.txt", "anh.png", "ghi-chu.md"):
        write(tmp_path, name, b"x")
    assert sorted(Path(p).name for p in discover([tmp_path])) == ["bc.txt", "kh.eml", "nq.rtf"]
