"""Ingest on synthetic inputs: every encoding, every bad input, docx numbering,
PDF layout.  Fixtures are built in ``tmp_path`` by the helpers below, so the
tests carry no binary files."""
from __future__ import annotations

import io
import os
import unicodedata
import zipfile

import pytest

from nlpolicy.errors import InputError, MissingToolError
from nlpolicy.ingest import read
from nlpolicy.ingest import legacy
from nlpolicy.ingest.text import decode_text, vietnamese_score
from _testcodecs import encode_cp1258

VIET = ("Nghị quyết của Ban Chấp hành Đảng bộ tỉnh về phát triển công nghiệp, "
        "tiểu thủ công nghiệp đến năm 2020, định hướng đến năm 2025.\n"
        "Ủy ban nhân dân tỉnh xây dựng kế hoạch và tổ chức triển khai thực hiện; "
        "Sở Công Thương chủ trì, phối hợp với các sở, ngành được giao nhiệm vụ.\n")
# TCVN3 has no upper-case toned letters: its fixture keeps only the ones it can write.
VIET_TCVN3 = ("nghị quyết của ban chấp hành Đảng bộ tỉnh về phát triển công nghiệp, "
              "tiểu thủ công nghiệp đến năm 2020; Ưu tiên ứng dụng khoa học.\n"
              "ủy ban nhân dân tỉnh xây dựng kế hoạch và tổ chức triển khai thực hiện.\n")
TONES = "\u0300\u0301\u0303\u0309\u0323"


def write(tmp_path, name: str, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


# ---------------------------------------------------------------- text encodings

ENCODED = [
    # (case, bytes, expected encoding, expected text, note fragment)
    ("utf-8", VIET.encode("utf-8"), "utf-8", VIET, None),
    ("utf-8 BOM", b"\xef\xbb\xbf" + VIET.encode("utf-8"), "utf-8", VIET, None),
    ("utf-8 NFD", unicodedata.normalize("NFD", VIET).encode("utf-8"), "utf-8", VIET, None),
    ("utf-8 CRLF", VIET.replace("\n", "\r\n").encode("utf-8"), "utf-8", VIET, None),
    ("utf-16 BOM", VIET.encode("utf-16"), "utf-16-le", VIET, "UTF-16"),
    ("utf-16-le no BOM", VIET.encode("utf-16-le"), "utf-16-le", VIET, "UTF-16"),
    ("utf-16-be no BOM", VIET.encode("utf-16-be"), "utf-16-be", VIET, "UTF-16"),
    ("cp1258", encode_cp1258(VIET), "cp1258", VIET, "Windows-1258"),
    ("tcvn3", legacy.encode(VIET_TCVN3, "tcvn3"), "tcvn3", VIET_TCVN3, "TCVN3 (ABC) legacy encoding"),
    ("vni", legacy.encode(VIET, "vni"), "vni", VIET, "VNI legacy encoding"),
]


@pytest.mark.parametrize("case,data,encoding,expected,note", ENCODED, ids=[c[0] for c in ENCODED])
def test_text_encodings(tmp_path, case, data, encoding, expected, note):
    raw = read(write(tmp_path, "doc.txt", data))
    assert raw.encoding == encoding
    assert raw.text == unicodedata.normalize("NFC", expected)
    if note is None:
        assert raw.notes == ()
    else:
        assert any(note in n for n in raw.notes), raw.notes


@pytest.mark.parametrize("name", legacy.ENCODINGS)
def test_legacy_round_trip_every_letter(name):
    letters = "".join(sorted(legacy._table(name).from_unicode))
    data = legacy.encode(letters, name)
    assert legacy.decode(data, name) == letters


def test_tcvn3_capitals_font_words_are_upper_cased():
    # "NGHỊ QUYẾT" typed in a .VnTimeH capitals font is stored with lower-case codes
    data = b"NGH\xde QUY\xd5T s\xe8 05"
    assert legacy.decode(data, "tcvn3") == "NGHỊ QUYẾT số 05"


def test_utf8_holding_tcvn3_mojibake_is_converted(tmp_path):
    mojibake = legacy.encode(VIET_TCVN3, "tcvn3").decode("cp1252")
    raw = read(write(tmp_path, "doc.txt", mojibake.encode("utf-8")))
    assert raw.text == VIET_TCVN3
    assert raw.encoding == "utf-8+tcvn3"
    assert any("TCVN3" in n for n in raw.notes)


@pytest.mark.parametrize("reader", ["cp1252", "latin-1"])
def test_utf8_read_once_as_windows_1252_is_converted_back(tmp_path, reader):
    # a program read the UTF-8 file as Windows-1252 (or Latin-1) and saved what it showed: "Nghá»‹ quyáº¿t";
    # "Ý" is C3 9D in UTF-8, a byte Windows-1252 leaves undefined, kept as the control character U+009D
    text = VIET + "Ý kiến của Hội đồng nhân dân tỉnh Hưng Yên; ỨNG DỤNG.\n"
    shown = "".join(bytes([b]).decode(reader) if reader == "latin-1" or b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)
                    else chr(b) for b in text.encode("utf-8"))
    raw = read(write(tmp_path, "doc.txt", shown.encode("utf-8")))
    assert raw.text == text
    assert raw.encoding == "utf-8+cp1252"
    assert any("Windows-1252" in n for n in raw.notes)


def test_windows_1252_mojibake_a_scan_damaged_here_and_there_is_converted_back(tmp_path):
    text = VIET * 20
    shown = "".join(bytes([b]).decode("cp1252") if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D) else chr(b)
                    for b in text.encode("utf-8"))
    k = next(i for i, ch in enumerate(shown) if ch == "á")      # the lead of a three-byte letter ("á»‡" for "ệ")
    shown = shown[:k] + "x" + shown[k + 1:]           # one sequence broken
    raw = read(write(tmp_path, "doc.txt", shown.encode("utf-8")))
    assert raw.encoding == "utf-8+cp1252" and raw.text.count("\ufffd") <= 2 and "Sở Công Thương" in raw.text


def test_encoding_detection_scores_are_clear():
    """Each legacy text, read in the wrong 8-bit code, scores far below the right one."""
    for right, data in (("tcvn3", legacy.encode(VIET_TCVN3, "tcvn3")), ("vni", legacy.encode(VIET, "vni"))):
        ok = vietnamese_score(legacy.decode(data, right))[0]
        wrong = [vietnamese_score(data.decode("cp1258", errors="replace"))[0]]
        wrong += [vietnamese_score(legacy.decode(data, other))[0] for other in legacy.ENCODINGS if other != right]
        assert ok > 0.95 and max(wrong) < 0.6, (right, ok, wrong)


def test_ascii_text_is_utf8(tmp_path):
    raw = read(write(tmp_path, "a.txt", b"UBND tinh Lao Cai\n"))
    assert (raw.encoding, raw.text) == ("utf-8", "UBND tinh Lao Cai\n")


# ---------------------------------------------------------------- bad inputs

def _fails(path, *fragments, **kw):
    with pytest.raises(InputError) as info:
        read(path, **kw)
    message = str(info.value)
    assert "\n" not in message and "Traceback" not in message
    for fragment in fragments:
        assert fragment in message, message
    return message


def test_missing_path(tmp_path):
    _fails(tmp_path / "nope.txt", "no such file")


def test_directory(tmp_path):
    _fails(tmp_path, "folder")


def test_empty_file(tmp_path):
    _fails(write(tmp_path, "e.txt", b""), "empty")


def test_whitespace_only(tmp_path):
    _fails(write(tmp_path, "w.txt", b" \n\t\r\n  \n"), "white space")


def test_whitespace_only_utf16(tmp_path):
    _fails(write(tmp_path, "w.txt", " \n \n".encode("utf-16")), "white space")


def test_random_bytes(tmp_path):
    data = bytes((i * 7919 + 13) % 256 for i in range(4000))
    _fails(write(tmp_path, "r.txt", data), "binary")
    _fails(write(tmp_path, "r.bin", os.urandom(4096)), "binary")


def test_too_big_says_size_and_limit(tmp_path):
    path = write(tmp_path, "big.txt", ("Nghị quyết " * 300).encode("utf-8"))
    message = _fails(path, "limit", max_bytes=1000)
    assert "4,500 bytes" in message and "1,000 bytes" in message


def test_default_limit_is_20_mb(tmp_path):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as f:
        f.truncate(21 * 1024 * 1024)
    _fails(path, "21.0 MB", "20.0 MB")


def test_undecodable_text(tmp_path):
    # high bytes that make no Vietnamese in any candidate encoding
    data = b"\xa4\xbc\xdb \xcd\xae\xa6\xde \xfc\xa1\xd7 \xb0\xbe\xa3\xc3 \x8e\x9e\xaa\xc0\n" * 5
    _fails(write(tmp_path, "u.txt", data), "encoding could not be determined")


def test_zip_renamed_docx(tmp_path):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("hello.txt", "not a word file")
    _fails(write(tmp_path, "x.docx", buf.getvalue()), "word/document.xml")


def test_damaged_docx(tmp_path):
    _fails(write(tmp_path, "x.docx", b"PK\x03\x04" + b"\x00garbage" * 50), "damaged")


def test_docx_extension_on_text_file(tmp_path):
    _fails(write(tmp_path, "x.docx", b"Nghi quyet\n"), "not a Word document")


def test_old_binary_doc(tmp_path):
    _fails(write(tmp_path, "x.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600), ".docx")


def test_pdf_extension_on_non_pdf(tmp_path):
    _fails(write(tmp_path, "x.pdf", b"Nghi quyet\n"), "not a PDF")


def test_truncated_pdf(tmp_path):
    good = make_pdf([[(72, 750, "Nghi quyet so 05-NQ/TU")] * 1] * 3)
    _fails(write(tmp_path, "t.pdf", good[: len(good) // 2]), "truncated")


def test_corrupt_pdf(tmp_path):
    _fails(write(tmp_path, "c.pdf", b"%PDF-1.4\n" + os.urandom(3000) + b"\n%%EOF\n"), "PDF")


def test_encrypted_pdf(tmp_path):
    _fails(write(tmp_path, "enc.pdf", make_pdf([[(72, 750, "secret")]], encrypt=True)), "encrypted", "password")


def test_pdf_needing_ocr_without_tesseract(tmp_path, monkeypatch):
    from nlpolicy.ingest import ocr
    monkeypatch.setattr(ocr, "_check", lambda: "the tesseract program is not installed")
    path = write(tmp_path, "scan.pdf", make_pdf([[]]))
    with pytest.raises(MissingToolError) as info:
        read(path)
    assert "apt-get install tesseract-ocr tesseract-ocr-vie" in str(info.value)


def test_library_errors_are_wrapped(tmp_path, monkeypatch):
    import nlpolicy.ingest.pdf as pdf
    def boom(*a, **k):
        raise KeyError("internal")
    monkeypatch.setattr(pdf, "_read_page", boom)
    _fails(write(tmp_path, "ok.pdf", make_pdf([[(72, 750, "Text")]])), "cannot be read")


# ---------------------------------------------------------------- docx

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def para(text: str, num: tuple[int, int] | None = None, style: str | None = None) -> str:
    ppr = ""
    if num or style:
        ppr = "<w:pPr>" + (f'<w:pStyle w:val="{style}"/>' if style else "")
        if num:
            ppr += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
        ppr += "</w:pPr>"
    return f'<w:p>{ppr}<w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def table(rows: list[list[str]]) -> str:
    return "<w:tbl>" + "".join(
        "<w:tr>" + "".join(f"<w:tc>{para(c)}</w:tc>" for c in row) + "</w:tr>" for row in rows) + "</w:tbl>"


def level(ilvl: int, fmt: str, text: str, start: int = 1) -> str:
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
            f'<w:lvlText w:val="{text}"/></w:lvl>')


NUMBERING = f"""<w:numbering {W_NS}>
<w:abstractNum w:abstractNumId="0">{level(0, "upperRoman", "%1.")}{level(1, "decimal", "%2.")}
{level(2, "decimal", "%2.%3.")}{level(3, "lowerLetter", "%4)")}</w:abstractNum>
<w:abstractNum w:abstractNumId="1">{level(0, "bullet", "-")}</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="1"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
</w:numbering>"""
STYLES = f"""<w:styles {W_NS}><w:style w:type="paragraph" w:styleId="Muc"><w:pPr><w:numPr>
<w:numId w:val="1"/><w:ilvl w:val="0"/></w:numPr></w:pPr></w:style></w:styles>"""


def make_docx(body: str, numbering: str | None = NUMBERING, styles: str | None = STYLES) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", f"<w:document {W_NS}><w:body>{body}</w:body></w:document>")
        if numbering:
            zf.writestr("word/numbering.xml", numbering)
        if styles:
            zf.writestr("word/styles.xml", styles)
    return buf.getvalue()


def test_docx_numbering_made_visible(tmp_path):
    body = "".join([
        para("QUYẾT ĐỊNH"),
        para("MỤC TIÊU", (1, 0)),
        para("Mục tiêu chung", (1, 1)),
        para("Chỉ tiêu cụ thể", (1, 2)),
        para("Công nghiệp", (1, 3)),
        para("Dịch vụ", (1, 3)),
        para("Chỉ tiêu khác", (1, 2)),
        para("Mục tiêu riêng", (1, 1)),
        para("một gạch đầu dòng", (2, 0)),
        para("NHIỆM VỤ", style="Muc"),        # numbered through its style
        para("Nhiệm vụ đầu", (1, 1)),          # level 2 restarted by the level-1 item above
        para("TỔ CHỨC THỰC HIỆN", (1, 0)),
        para("Giao Sở Công Thương", (3, 1)),   # a restarted instance: startOverride 1
        para("không đánh số", (0, 0)),
    ])
    raw = read(write(tmp_path, "kh.docx", make_docx(body)))
    assert raw.encoding == "docx"
    assert raw.text.splitlines() == [
        "QUYẾT ĐỊNH", "I. MỤC TIÊU", "1. Mục tiêu chung", "1.1. Chỉ tiêu cụ thể", "a) Công nghiệp",
        "b) Dịch vụ", "1.2. Chỉ tiêu khác", "2. Mục tiêu riêng", "- một gạch đầu dòng",
        "II. NHIỆM VỤ", "1. Nhiệm vụ đầu", "III. TỔ CHỨC THỰC HIỆN", "1. Giao Sở Công Thương",
        "không đánh số",
    ]


def test_docx_tables_kept_and_written_once_per_cell(tmp_path):
    body = para("Phụ lục") + table([["TT", "Nhiệm vụ", "Chủ trì"], ["1", "Rà soát quy hoạch", "Sở Công Thương"]]) \
        + para("Nơi nhận:")
    raw = read(write(tmp_path, "pl.docx", make_docx(body, numbering=None, styles=None)))
    assert raw.tables[0].rows == (("TT", "Nhiệm vụ", "Chủ trì"), ("1", "Rà soát quy hoạch", "Sở Công Thương"))
    assert raw.text.splitlines() == ["Phụ lục", "TT", "Nhiệm vụ", "Chủ trì", "1", "Rà soát quy hoạch",
                                     "Sở Công Thương", "Nơi nhận:"]


CAPS_STYLES = f"""<w:styles {W_NS}>
<w:style w:type="paragraph" w:styleId="TieuDe"><w:rPr><w:b/><w:caps/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="TieuDe2"><w:basedOn w:val="TieuDe"/></w:style>
<w:style w:type="character" w:styleId="ChuHoa"><w:rPr><w:smallCaps w:val="1"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Thuong"><w:rPr><w:caps w:val="0"/></w:rPr></w:style></w:styles>"""


def test_docx_text_word_shows_in_capitals(tmp_path):
    # rows: how a paragraph's capitals are set (its style, a style it is based on, a run's own
    # property, a character style, a run that turns them off) -> the text as printed
    def run(props: str, text: str) -> str:
        return f'<w:r><w:rPr>{props}</w:rPr><w:t xml:space="preserve">{text}</w:t></w:r>'
    body = "".join([
        para("Nghị quyết", style="TieuDe"),
        para("về phát triển du lịch", style="TieuDe2"),
        "<w:p>" + run("<w:caps/>", "Tổ chức ") + run("", "thực hiện") + "</w:p>",
        "<w:p>" + run('<w:rStyle w:val="ChuHoa"/>', "Ủy ban nhân dân tỉnh") + "</w:p>",
        '<w:p><w:pPr><w:pStyle w:val="TieuDe"/></w:pPr>' + run('<w:caps w:val="false"/>', "Thường") + "</w:p>",
        para("Đoạn văn bình thường.", style="Thuong"),
    ])
    raw = read(write(tmp_path, "caps.docx", make_docx(body, numbering=None, styles=CAPS_STYLES)))
    assert raw.text.splitlines() == ["NGHỊ QUYẾT", "VỀ PHÁT TRIỂN DU LỊCH", "TỔ CHỨC thực hiện",
                                     "ỦY BAN NHÂN DÂN TỈNH", "Thường", "Đoạn văn bình thường."]


def test_docx_without_text(tmp_path):
    _fails(write(tmp_path, "blank.docx", make_docx(para(" "), None, None)), "no text")


# ---------------------------------------------------------------- PDF

def make_pdf(pages: list[list[tuple[float, float, str]]], *, rules: list[list[tuple]] | None = None,
             encrypt: bool = False) -> bytes:
    """A small valid PDF: Helvetica text at (x, y) per page, optional ruled lines, optional /Encrypt."""
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    catalog = add(b"")               # filled in below
    pages_obj = add(b"")
    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    kids = []
    for i, items in enumerate(pages):
        ops = [f"BT /F1 11 Tf 1 0 0 1 {x} {y} Tm ({t}) Tj ET" for x, y, t in items]
        for (x1, y1, x2, y2) in (rules[i] if rules else []):
            ops.append(f"0.5 w {x1} {y1} m {x2} {y2} l S")
        stream = "\n".join(ops).encode("latin-1")
        content = add(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        kids.append(add(f"<< /Type /Page /Parent {pages_obj} 0 R /MediaBox [0 0 595 842] "
                        f"/Resources << /Font << /F1 {font} 0 R >> >> /Contents {content} 0 R >>".encode()))
    objects[catalog - 1] = f"<< /Type /Catalog /Pages {pages_obj} 0 R >>".encode()
    objects[pages_obj - 1] = (f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] "
                              f"/Count {len(kids)} >>").encode()
    encrypt_ref = ""
    if encrypt:  # standard handler, RC4 40-bit; U is not derivable from the empty password
        e = add(b"<< /Filter /Standard /V 1 /R 2 /O <" + b"ab" * 32 + b"> /U <" + b"cd" * 32 + b"> /P -44 >>")
        encrypt_ref = f" /Encrypt {e} 0 R /ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>]"
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{n} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{o:010d} 00000 n \n" for o in offsets).encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root {catalog} 0 R{encrypt_ref} >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def test_pdf_headers_footers_and_page_numbers_removed(tmp_path):
    pages = []
    for n in range(1, 4):
        pages.append([
            (200, 815, "BAO CAO SO 12/BC-UBND"),                 # running header
            (72, 700, f"Noi dung trang {n} dong mot."),
            (72, 680, f"Noi dung trang {n} dong hai."),
            (290, 30, str(n)),                                   # bare page number
        ])
    raw = read(write(tmp_path, "p.pdf", make_pdf(pages)))
    assert raw.pages == 3 and raw.encoding == "pdf"
    assert raw.text.splitlines() == [f"Noi dung trang {n} dong {k}." for n in (1, 2, 3) for k in ("mot", "hai")]


def test_pdf_two_columns_read_column_by_column(tmp_path):
    items = [(72, 800, "TIEU DE TOAN TRANG CHAY QUA GIUA TRANG NAY")]
    for i in range(12):
        items.append((72, 760 - 20 * i, f"trai {i:02d} chu"))
        items.append((330, 760 - 20 * i, f"phai {i:02d} chu"))
    raw = read(write(tmp_path, "c.pdf", make_pdf([items])))
    lines = raw.text.splitlines()
    assert lines[0].startswith("TIEU DE")
    assert lines[1:13] == [f"trai {i:02d} chu" for i in range(12)]
    assert lines[13:] == [f"phai {i:02d} chu" for i in range(12)]


def test_pdf_ruled_table_extracted_once(tmp_path):
    cells = [("TT", "Nhiem vu", "Chu tri"), ("1", "Ra soat", "So Cong Thuong")]
    items = [(72, 760, "Phu luc phan cong")]
    xs, ys = [70, 120, 300, 500], [700, 680, 660]
    for r, row in enumerate(cells):
        for c, text in enumerate(row):
            items.append((xs[c] + 4, ys[r] - 14, text))
    items.append((72, 600, "Noi nhan:"))
    rules = [(x, ys[-1], x, ys[0]) for x in xs] + [(xs[0], y, xs[-1], y) for y in ys]
    raw = read(write(tmp_path, "t.pdf", make_pdf([items], rules=[rules])))
    assert raw.tables[0].rows == tuple(cells)
    assert raw.text.count("Ra soat") == 1
    # one row a line, as the ruling draws it: a row's end is never guessed from a cell
    assert raw.text.splitlines() == ["Phu luc phan cong", "TT | Nhiem vu | Chu tri", "1 | Ra soat | So Cong Thuong",
                                     "Noi nhan:"]


def test_pdf_font_repair_only_with_symptom():
    from nlpolicy.ingest.pdf import repair_font
    assert repair_font("BỘ CÔNG THƢƠNG, CỘNG HÕA, làm rõ") == ("BỘ CÔNG THƯƠNG, CỘNG HÒA, làm rõ", True)
    assert repair_font("võ thuật, rõ ràng, Hõa") == ("võ thuật, rõ ràng, Hõa", False)


def test_content_sniffing_beats_extension(tmp_path):
    raw = read(write(tmp_path, "really-a-pdf.txt", make_pdf([[(72, 750, "Nghi quyet")]])))
    assert raw.encoding == "pdf" and "Nghi quyet" in raw.text
    raw = read(write(tmp_path, "really-a-docx.bin", make_docx(para("Kế hoạch"), None, None)))
    assert raw.encoding == "docx" and raw.text == "Kế hoạch\n"


def test_decode_text_reports_notes_only_for_non_utf8():
    assert decode_text(VIET.encode("utf-8"))[2] == ()
    assert decode_text(legacy.encode(VIET, "vni"))[2] == ("read as VNI legacy encoding",)
