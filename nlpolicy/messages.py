"""What nlpolicy says to people, in Vietnamese by default and in English when asked.

Staff who use the tool read Vietnamese, so progress, summaries and errors are
Vietnamese unless the locale asks for English.  The language is, in order:

1. ``NLPOLICY_LANG`` (``vi`` or ``en``), for scripts and tests;
2. the first of ``LC_ALL``, ``LC_MESSAGES``, ``LANG`` that is set and not
   empty (POSIX order): English when it starts with ``en`` (``en_US.UTF-8``);
3. otherwise Vietnamese (``C.UTF-8``, ``vi_VN.UTF-8``, nothing set).

Every message has a key in :data:`CATALOGUE` with its Vietnamese and English
text; :func:`say` formats one::

    >>> say("search.none", query="ham kiem", lang="vi")
    'không có văn bản nào khớp với “ham kiem”'
    >>> say("search.none", query="ham kiem", lang="en")
    "no document matches 'ham kiem'"

Numbers follow the language ("8,8" and "1.200" in Vietnamese, "8.8" and
"1,200" in English).  In a template a number asks for thousands separators
with ``,`` in its format spec (``{count:,}``, ``{seconds:,.1f}``); a year is
written ``{year}`` and stays "2025":

    >>> say("index.summary.counts", indexed=1200, skipped=3, failed=0, removed="", seconds=8.8, rate=136.4,
    ...     lang="vi")
    'đã lập chỉ mục 1.200 tệp, 3 tệp không đổi, 0 tệp lỗi trong 8,8 giây (136,4 tệp/giây)'
    >>> number(1234567.5, lang="vi"), number(1234567.5, lang="en"), number(0.5, lang="vi")
    ('1.234.567,5', '1,234,567.5', '0,5')

Errors raised while reading a document (``nlpolicy.ingest``, ``nlpolicy.document``)
are written in English where they are raised; :func:`translate_error` gives the
Vietnamese of each of them at the command line's boundary (:data:`ERRORS`: one
pattern per message, the numbers in it reformatted).  A message without a
pattern stays as it is, whole: never half translated.

    >>> translate_error("a.txt: the file is empty.", lang="vi")
    'a.txt: tệp rỗng.'
    >>> translate_error("a.docx: the text is more than 2,000,000 characters, over the 2,000,000-character "
    ...                 "limit (set NLPOLICY_MAX_CHARS to read it anyway).", lang="vi")
    'a.docx: văn bản dài hơn 2.000.000 ký tự, vượt giới hạn 2.000.000 ký tự (đặt biến NLPOLICY_MAX_CHARS để vẫn đọc).'
"""
from __future__ import annotations

import os
import re
import string

__all__ = ["language", "say", "number", "date", "kind_name", "role_name", "value_name", "translate_error", "CATALOGUE"]

LANGUAGES = ("vi", "en")


def language(environ: dict[str, str] | None = None) -> str:
    """``"vi"`` or ``"en"`` from the environment (see the module docstring).

    >>> language({"LANG": "en_US.UTF-8"}), language({"LANG": "C.UTF-8"}), language({})
    ('en', 'vi', 'vi')
    >>> language({"LC_ALL": "vi_VN.UTF-8", "LANG": "en_US.UTF-8"}), language({"LC_ALL": "", "LC_MESSAGES": "en_GB"})
    ('vi', 'en')
    >>> language({"NLPOLICY_LANG": "en", "LANG": "vi_VN"}), language({"NLPOLICY_LANG": "vi", "LC_ALL": "en_US"})
    ('en', 'vi')
    """
    env = os.environ if environ is None else environ
    forced = (env.get("NLPOLICY_LANG") or "").strip().lower()[:2]
    if forced in LANGUAGES:
        return forced
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name)
        if value:
            return "en" if value.lower().startswith("en") else "vi"
    return "vi"


# ---------------------------------------------------------------- numbers

def _localise(english: str, lang: str) -> str:
    """An English-formatted number ("1,234.5") in ``lang``'s separators."""
    if lang == "en":
        return english
    return english.translate({ord(","): ".", ord("."): ","})


def number(value: float | int, spec: str | None = None, *, lang: str | None = None) -> str:
    """A number for people: thousands grouped, decimals as the language writes them.

    ``spec`` is a format spec without the grouping (``".2f"``, ``".3g"``); without
    one, an integral value prints without decimals and others with up to two.

    >>> number(1200, lang="vi"), number(8.8, lang="vi"), number(2.0671e-06, ".3g", lang="vi")
    ('1.200', '8,8', '2,07e-06')
    >>> number(1200.0, lang="en"), number(9.25, lang="en"), number(1.76, ".2f", lang="vi")
    ('1,200', '9.25', '1,76')
    """
    lang = lang or language()
    if spec is None:
        if float(value).is_integer():
            text = f"{int(value):,}"
        else:
            text = f"{value:,.2f}".rstrip("0").rstrip(".")
    else:
        text = format(value, "," + spec if spec[:1] == "." else spec)
    return _localise(text, lang)


def date(iso: str | None, *, lang: str | None = None) -> str | None:
    """An ISO date as people write it: "22/12/2024" in Vietnamese, unchanged in English.

    >>> date("2024-12-22", lang="vi"), date("2024-12", lang="vi"), date("2024-12-22", lang="en")
    ('22/12/2024', '12/2024', '2024-12-22')
    """
    if not iso or (lang or language()) == "en":
        return iso
    parts = iso.split("-")
    return "/".join(reversed(parts)) if all(p.isdigit() for p in parts) else iso


class _Formatter(string.Formatter):
    def __init__(self, lang: str):
        self.lang = lang

    def format_field(self, value, spec: str) -> str:
        if isinstance(value, (int, float)) and not isinstance(value, bool) and "," in spec:
            return _localise(format(value, spec), self.lang)
        return super().format_field(value, spec)


# ---------------------------------------------------------------- the catalogue

# key -> (Vietnamese, English).  Keys are grouped by where they are said.
CATALOGUE: dict[str, tuple[str, str]] = {
    # the command line
    "cli.error": ("nlpolicy: lỗi: {message}", "nlpolicy: error: {message}"),
    "cli.interrupted": ("nlpolicy: đã dừng theo yêu cầu", "nlpolicy: interrupted"),
    "cli.out_of_memory": ("nlpolicy: lỗi: hết bộ nhớ (tệp đầu vào có quá lớn không?)",
                          "nlpolicy: error: out of memory (is the input very large?)"),
    "cli.internal": ("nlpolicy: lỗi nội bộ của công cụ ({kind}: {detail}); đặt NLPOLICY_DEBUG=1 để xem chi tiết",
                     "nlpolicy: internal error ({kind}: {detail}); set NLPOLICY_DEBUG=1 to see the traceback"),
    # progress
    "progress.index": ("Lập chỉ mục", "Indexing"),
    "progress.ocr": ("Nhận dạng chữ (OCR) {name}", "OCR {name}"),
    "progress.page": ("trang {page}", "page {page}"),
    "progress.documents": ("Đọc văn bản", "Reading documents"),
    "progress.linking": ("Đối chiếu nhiệm vụ", "Linking tasks"),
    "progress.writing": ("Ghi tệp", "Writing files"),
    "progress.files": ("tệp", "files"),
    "progress.pages": ("trang", "pages"),
    # nlpolicy report
    "report.summary": ("nlpolicy report: đã ghi {count:,} tệp vào {out} trong {seconds:,.1f} giây: {index}, "
                       "matrix.xlsx, matrix.docx, matrix.csv, corrections.csv, corrections.xlsx, "
                       "checklists/, calendar/, phu-luc/",
                       "nlpolicy report: {count:,} files in {out} ({seconds:,.1f} s): {index}, "
                       "matrix.xlsx, matrix.docx, matrix.csv, corrections.csv, corrections.xlsx, "
                       "checklists/, calendar/, phu-luc/"),
    "report.unchanged": ("nlpolicy report: không có gì thay đổi từ lần chạy trước: {count:,} tệp trong {out} vẫn đúng "
                         "({seconds:,.1f} giây): {index}",
                         "nlpolicy report: nothing changed since the last run: the {count:,} files in {out} are up to "
                         "date ({seconds:,.1f} s): {index}"),
    "report.note": ("nlpolicy report: {note}", "nlpolicy report: {note}"),
    "report.not_linked": ("các văn bản không được liên kết (có tệp .json đã trích xuất: bộ liên kết cần "
                          "đọc văn bản gốc)",
                          "documents not linked (linker unavailable, or .json extractions given)"),
    # nlpolicy extract --format text
    "outline.no_number": ("(không số)", "(no number)"),
    "outline.issuer": ("  cơ quan ban hành: {value}", "  issuer: {value}"),
    "outline.title": ("  trích yếu: {value}", "  title:  {value}"),
    "outline.signed": ("  người ký: {value}", "  signed: {value}"),
    "outline.cites": ("  trích dẫn: {value}", "  cites:  {value}"),
    "outline.notes": ("  ghi chú: {value}", "  notes:  {value}"),
    "outline.sections": ("CÁC MỤC", "SECTIONS"),
    "outline.targets": ("CHỈ TIÊU", "TARGETS"),
    "outline.deadlines": ("THỜI HẠN", "DEADLINES"),
    "outline.projects": ("DỰ ÁN", "PROJECTS"),
    "outline.tasks": ("NHIỆM VỤ", "TASKS"),
    "outline.inferred": ("suy luận", "inferred"),
    "target.target": ("chỉ tiêu", "target"),
    "target.baseline": ("hiện trạng", "baseline"),
    # nlpolicy link --format text
    "link.resolution": ("Văn bản gốc: {label}", "Resolution: {label}"),
    "link.note": ("  LƯU Ý: {note}", "  NOTE: {note}"),
    "link.documents": ("Các văn bản:", "Documents:"),
    "link.implements": ("    {relation} theo {method} (điểm {score}): \"{text}\"",
                        "    {relation} by {method} (score {score}): \"{text}\""),
    "link.chain": ("    chuỗi: {chain}", "    chain: {chain}"),
    "link.no_citation": ("    không trích dẫn văn bản gốc", "    does not cite the resolution"),
    "link.doc_note": ("    ghi chú: {note}", "    note: {note}"),
    "link.left_out": ("Để ngoài (không phải văn bản triển khai):", "Left out (not implementing documents):"),
    "link.statuses_on": ("Tình trạng nhiệm vụ đến ngày {day} (nhiệm vụ: tình trạng; căn cứ):",
                         "Task statuses as of {day} (task: status; evidence):"),
    "link.statuses": ("Tình trạng nhiệm vụ:", "Task statuses:"),
    "link.task_links": ("Liên kết nhiệm vụ (mục của văn bản -> mục của văn bản gốc, điểm; căn cứ):",
                        "Task links (document section -> resolution section, score; evidence):"),
    "link.progress": ("Tiến độ so với chỉ tiêu (chỉ số liệu đã đạt):", "Progress against targets (achieved figures only):"),
    "link.by_year": ("đến {year}", "by {year}"),
    "relation.implements": ("triển khai", "implements"),
    "relation.follows_up": ("tiếp tục thực hiện", "follows_up"),
    "relation.reports_on": ("báo cáo việc thực hiện", "reports_on"),
    "relation.cites": ("trích dẫn làm căn cứ", "cites"),
    "method.citation": ("số hiệu trích dẫn", "citation"),
    "method.short_citation": ("trích dẫn rút gọn", "short_citation"),
    "method.title": ("tên văn bản", "title"),
    "method.similarity": ("nội dung tương đồng", "similarity"),
    "progress.met": ("đạt", "met"),
    "progress.not_met": ("không đạt", "not_met"),
    "progress.on_track": ("đúng tiến độ", "on_track"),
    "progress.no_data": ("chưa có số liệu", "no_data"),
    "link.note.example": ("văn bản viết làm ví dụ cho dự án nlpolicy, không phải văn bản thật",
                          "written for the nlpolicy project as an example: not a real document"),
    "link.note.chain": ("qua một chuỗi văn bản", "through a chain of documents"),
    "link.note.wording_only": ("không trích dẫn văn bản gốc: liên kết nhiệm vụ và tiến độ chỉ theo lời văn",
                               "no citation of the resolution: task links and progress are wording matches only"),
    "link.note.left_out": ("không phải văn bản triển khai: để ngoài", "not an implementing document: left out"),
    "graph.links": ("Liên kết (văn bản -> văn bản nó triển khai hoặc trích dẫn):",
                    "Links (document -> what it carries out or cites):"),
    "graph.by_title": ("theo tên văn bản", "by title"),
    "graph.chains": ("Chuỗi văn bản:", "Chains:"),
    "graph.example": ("LƯU Ý: {name} là {note}", "NOTE: {name} is {note}"),
    "graph.unresolved": ("Văn bản chính sách được trích dẫn nhưng không có trong thư mục:",
                         "Cited policy documents not in the folder:"),
    "graph.skipped": ("bỏ qua: {what}", "skipped: {what}"),
    "link.unresolved": ("Trích dẫn không có trong các văn bản đã cho (chưa đối chiếu):",
                        "Citations not among the documents given (unresolved):"),
    # nlpolicy index
    "index.summary.counts": (
        "đã lập chỉ mục {indexed:,} tệp, {skipped:,} tệp không đổi, {failed:,} tệp lỗi{removed}"
        " trong {seconds:,.1f} giây ({rate:,.1f} tệp/giây)",
        "indexed {indexed:,}, unchanged {skipped:,}, failed {failed:,}{removed} in {seconds:,.1f} s"
        " ({rate:,.1f} documents/s)"),
    "index.summary.removed": (", đã bỏ {removed:,} tệp", ", removed {removed:,}"),
    "index.summary.copies": ("; {copies:,} tệp là bản khác của một văn bản đã có (mỗi văn bản một mục)",
                             "; {copies:,} files are other copies of an indexed document (one entry each)"),
    "index.summary.resumed": (" (tiếp tục lượt chạy trước chưa xong)", " (resumed after an unfinished run)"),
    "index.failed": ("lỗi: {path}: {message}", "failed: {path}: {message}"),
    "index.no_path": ("{path}: không có tệp hay thư mục này", "{path}: no such file or folder"),
    "index.kept": ("{message} (giữ lại {count:,} văn bản đã lập chỉ mục trong lượt này; chạy lại để tiếp tục)",
                   "{message} ({count:,} documents indexed in this run are kept; rerun to resume)"),
    "index.extractor_spec": ("--extractor cần dạng MODULE:HÀM, không phải {spec!r}",
                             "--extractor wants MODULE:FUNCTION, not {spec!r}"),
    "index.extractor_load": ("không nạp được hàm trích xuất {spec}: {detail}",
                             "cannot load the extractor {spec}: {detail}"),
    "index.extractor_call": ("hàm trích xuất {spec} không phải một hàm", "the extractor {spec} is not a function"),
    "index.dask_missing": ("--dask cần gói 'distributed' (pip install nlpolicy[scale])",
                           "--dask needs the 'distributed' package (pip install nlpolicy[scale])"),
    "index.dask_unreachable": ("không kết nối được bộ điều phối Dask tại {address}: {detail}",
                               "cannot reach the Dask scheduler at {address}: {detail}"),
    # the index file
    "store.missing": ("không có chỉ mục tại {path} (tạo bằng: nlpolicy index ĐƯỜNG_DẪN --db {path})",
                      "no index at {path} (build one with: nlpolicy index PATH --db {path})"),
    "store.schema": ("{path} không phải chỉ mục nlpolicy lược đồ {want} (tệp có lược đồ {found}); "
                     "hãy lập chỉ mục vào một tệp mới",
                     "{path} is not an nlpolicy index of schema {want} (found {found}); index into a new file"),
    "store.failed": ("không {action} được chỉ mục {path}: {detail}", "cannot {action} the index {path}: {detail}"),
    "store.action.open": ("mở", "open"),
    "store.action.read": ("đọc", "read"),
    "store.action.write": ("ghi", "write"),
    "store.action.search": ("tìm trong", "search"),
    "store.no_words": ("câu tìm kiếm {query!r} không có từ nào để tìm", "the query {query!r} has no words to search for"),
    # nlpolicy search
    "search.none": ("không có văn bản nào khớp với “{query}”", "no document matches {query!r}"),
    "search.all_words": ("(không văn bản nào có các từ này liền nhau; hiển thị các văn bản có đủ các từ)",
                         "(no document has these words as a phrase; showing documents with all of them)"),
    "search.same_document": ("cùng văn bản: {files}", "same document: {files}"),
    # nlpolicy targets
    "targets.none": ("không có chỉ tiêu nào khớp", "no target matches"),
    "targets.headers": ("văn bản|mục|loại|chỉ tiêu|so sánh|giá trị|đơn vị|năm|tỉnh",
                        "document|section|kind|indicator|cmp|value|unit|year|province"),
    "targets.kind.target": ("chỉ tiêu", "target"),
    "targets.kind.baseline": ("hiện trạng", "baseline"),
    # nlpolicy agencies
    "agencies.none": ("không có phân công nào khớp", "no assignment matches"),
    "agencies.headers": ("cơ quan|văn bản|mục|vai trò|thời hạn|nhiệm vụ",
                         "agency|document|section|role|deadline|task"),
    "agencies.inferred": (" (suy ra)", " (inferred)"),
    "role.lead": ("chủ trì", "lead"),
    "role.support": ("phối hợp", "support"),
    "role.report_to": ("nhận báo cáo", "report_to"),
    # document kinds, as the index stores them
    "kind.resolution": ("nghị quyết", "resolution"),
    "kind.conclusion": ("kết luận", "conclusion"),
    "kind.directive": ("chỉ thị", "directive"),
    "kind.plan": ("kế hoạch", "plan"),
    "kind.programme": ("chương trình", "programme"),
    "kind.report": ("báo cáo", "report"),
    "kind.decision": ("quyết định", "decision"),
    "kind.other": ("khác", "other"),
}


def say(key: str, *, lang: str | None = None, **params) -> str:
    """The message ``key`` in ``lang`` (default: :func:`language`), its fields filled."""
    vi, en = CATALOGUE[key]
    lang = lang or language()
    template = en if lang == "en" else vi
    return _Formatter(lang).format(template, **params) if params or "{" in template else template


def kind_name(kind: str | None, *, lang: str | None = None) -> str | None:
    """A document kind of the contract ("plan") in the language ("kế hoạch").

    >>> kind_name("plan", lang="vi"), kind_name("plan", lang="en"), kind_name("memo", lang="vi")
    ('kế hoạch', 'plan', 'memo')
    """
    key = f"kind.{kind}"
    return say(key, lang=lang) if key in CATALOGUE else kind


def value_name(prefix: str, value: str, *, lang: str | None = None) -> str:
    """A value of the links contract (a relation, a method, a progress status) in the language.

    >>> value_name("relation", "implements", lang="vi"), value_name("progress", "on_track", lang="en")
    ('triển khai', 'on_track')
    """
    key = f"{prefix}.{value}"
    return say(key, lang=lang) if key in CATALOGUE else value


def role_name(role: str, *, lang: str | None = None) -> str:
    """A role of an assignment in the language.

    >>> role_name("support", lang="vi"), role_name("support", lang="en")
    ('phối hợp', 'support')
    """
    key = f"role.{role}"
    return say(key, lang=lang) if key in CATALOGUE else role


# ---------------------------------------------------------------- errors raised in English

# A number as the English messages print it: "2,000,000", "139.9", "258".
_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_SIZE = rf"(?:{_NUM}) (?:MB|bytes)"
_NUMBER_ONLY = re.compile(rf"(?:{_NUM})")


def _renumber(text: str) -> str:
    """Every number of an English message in Vietnamese separators; "MB" stays, "bytes" is "byte".

    >>> _renumber("139.9 MB to 2,500 bytes, page 12")
    '139,9 MB to 2.500 byte, page 12'
    """
    text = re.sub(rf"(?<![\w.,])(?:{_NUM})(?![\w])", lambda m: _localise(m.group(0), "vi"), text)
    return re.sub(r"(?<=\d) bytes\b", " byte", text)


# The things a message names ("this PDF", "the PNG image", "page 2 of the TIFF image").
_WHAT: list[tuple[str, str]] = [
    (r"this PDF", "tệp PDF này"),
    (r"this (?P<fmt>\w+) image", "ảnh {fmt} này"),
    (r"the PDF", "tệp PDF"),
    (r"the (?P<fmt>\w+) image", "ảnh {fmt}"),
    (r"page (?P<page>\d+) of the (?P<fmt>\w+) image", "trang {page} của ảnh {fmt}"),
    (r"page (?P<page>\d+) at (?P<dpi>\d+) dpi", "trang {page} ở độ phân giải {dpi} dpi"),
]

# What a limit found ("the file is 50.0 MB") and the limit ("2,000,000-character").
_FOUND: list[tuple[str, str]] = [
    (rf"the file is (?P<size>{_SIZE})", "tệp nặng {size}"),
    (rf"the text is more than (?P<n>{_NUM}) characters", "văn bản dài hơn {n} ký tự"),
    (rf"the text is (?P<n>{_NUM}) characters", "văn bản dài {n} ký tự"),
    (rf"the PDF has (?P<n>{_NUM}) pages", "tệp PDF có {n} trang"),
    (rf"(?P<what>.+) has (?P<n>{_NUM}) pages to read by OCR", "{what} có {n} trang cần nhận dạng chữ (OCR)"),
    (rf"(?P<what>.+) is (?P<w>{_NUM}) x (?P<h>{_NUM}) pixels \((?P<m>{_NUM}) million\)",
     "{what} có {w} x {h} điểm ảnh ({m} triệu)"),
    (rf"(?P<what>.+) is (?:over )?(?P<m>{_NUM}) million pixels", "{what} có {m} triệu điểm ảnh"),
    (rf"OCR of page (?P<page>\d+) took more than (?P<s>{_NUM}) s", "nhận dạng chữ (OCR) trang {page} mất hơn {s} giây"),
    (rf"the Word file's XML expands to (?P<size>{_SIZE})", "phần XML của tệp Word giải nén ra {size}"),
    (rf"the Word file's (?P<member>\S+) expands (?P<r>{_NUM})-fold \((?P<a>{_SIZE}) to (?P<b>{_SIZE})\)",
     "{member} của tệp Word giải nén ra gấp {r} lần (từ {a} thành {b})"),
]
_LIMIT: list[tuple[str, str]] = [
    (rf"(?P<size>{_SIZE})", "{size}"),
    (rf"(?P<n>{_NUM})-character", "{n} ký tự"),
    (rf"(?P<n>{_NUM})-page", "{n} trang"),
    (rf"(?P<n>{_NUM})-million-pixel", "{n} triệu điểm ảnh"),
    (rf"(?P<n>{_NUM})-fold", "{n} lần"),
    (rf"(?P<n>{_NUM})-second", "{n} giây"),
]
_PROBLEM: list[tuple[str, str]] = [
    (r"the tesseract program is not installed", "chưa cài chương trình tesseract"),
    (r"the tesseract program does not run", "chương trình tesseract không chạy được"),
    (r"Tesseract has no Vietnamese \('vie'\) language data", "Tesseract chưa có dữ liệu tiếng Việt ('vie')"),
]
_DETAIL: list[tuple[str, str]] = [
    (r"its header or directory cannot be read; it may be cut short",
     "không đọc được phần đầu hay mục lục của ảnh; có thể tệp đã bị cắt"),
    (r"(?P<x>.*)", "{x}"),              # an exception's own text: as it is
]
_INSTALL = "install it with: apt-get install tesseract-ocr tesseract-ocr-vie"

# (English pattern of a whole message, its Vietnamese).  A group named in _SUB is
# translated by that table (no match there: the whole message stays English).
ERRORS: list[tuple[str, str]] = [
    (r"(?P<path>.+): no such file\.", "{path}: không có tệp này."),
    (r"(?P<path>.+): is a folder, not a document\.", "{path}: đây là một thư mục, không phải văn bản."),
    (r"(?P<path>.+): the file is empty\.", "{path}: tệp rỗng."),
    (r"(?P<path>.+): cannot be read \((?P<x>.*)\)\.", "{path}: không đọc được tệp ({x})."),
    (r"(?P<path>.+): is an old binary Office file \(\.doc/\.xls\); save it as \.docx or PDF first\.",
     "{path}: là tệp Office nhị phân kiểu cũ (.doc/.xls); hãy lưu lại thành .docx hoặc PDF trước."),
    (r"(?P<path>.+): is named \.pdf but is not a PDF file\.", "{path}: có đuôi .pdf nhưng không phải tệp PDF."),
    (r"(?P<path>.+): is named \.docx but is not a Word document \(no ZIP container\)\.",
     "{path}: có đuôi .docx nhưng không phải văn bản Word (không có vỏ ZIP)."),
    (r"(?P<path>.+): is named (?P<suffix>\.\w+) but is not an image file \(its first bytes are no JPEG, PNG, "
     r"TIFF, BMP, GIF or WebP header\)\.",
     "{path}: có đuôi {suffix} nhưng không phải tệp ảnh (phần đầu tệp không phải đầu ảnh JPEG, PNG, TIFF, "
     "BMP, GIF hay WebP)."),
    (r"(?P<path>.+): the (?P<kind>\w+) file could not be read \((?P<x>.*)\)\.",
     "{path}: không đọc được tệp {kind} ({x})."),
    (r"(?P<path>.+): the text encoding could not be determined \(Vietnamese words found when read as "
     r"(?P<tried>.+)\); save the file as UTF-8 and try again\.",
     "{path}: không xác định được bảng mã của văn bản (đọc theo {tried} đều ra chữ tiếng Việt); "
     "hãy lưu tệp dạng UTF-8 rồi thử lại."),
    (r"(?P<path>.+): the file looks like UTF-16 text but does not decode as UTF-16\.",
     "{path}: tệp có vẻ là văn bản UTF-16 nhưng không giải mã được theo UTF-16."),
    (r"(?P<path>.+): the file holds binary data, not text, PDF, Word \(\.docx\) or a scanned image\.",
     "{path}: tệp chứa dữ liệu nhị phân, không phải văn bản, PDF, Word (.docx) hay ảnh quét."),
    (r"(?P<path>.+): the file starts with a UTF-8 mark but is not valid UTF-8\.",
     "{path}: tệp bắt đầu bằng dấu UTF-8 nhưng không phải UTF-8 hợp lệ."),
    (r"(?P<path>.+): the file holds only white space, no text\.",
     "{path}: tệp chỉ có khoảng trắng, không có chữ."),
    (r"(?P<path>.+): the PDF is truncated \(it has no end-of-file marker\); download or copy it again\.",
     "{path}: tệp PDF bị cắt cụt (không có dấu kết thúc tệp); hãy tải hoặc sao chép lại."),
    (r"(?P<path>.+): the PDF is encrypted and needs a password; save an unprotected copy and try again\.",
     "{path}: tệp PDF đã mã hoá và cần mật khẩu; hãy lưu một bản không đặt mật khẩu rồi thử lại."),
    (r"(?P<path>.+): the PDF is damaged and cannot be read \((?P<x>.*)\)\.",
     "{path}: tệp PDF bị hỏng, không đọc được ({x})."),
    (r"(?P<path>.+): the PDF has no pages\.", "{path}: tệp PDF không có trang nào."),
    (r"(?P<path>.+): the PDF is damaged and its pages cannot be read \((?P<x>.*)\)\.",
     "{path}: tệp PDF bị hỏng, không đọc được các trang ({x})."),
    (r"(?P<path>.+): the PDF holds no text, even after OCR\.",
     "{path}: tệp PDF không có chữ, kể cả sau khi nhận dạng chữ (OCR)."),
    (r"(?P<path>.+): the (?P<fmt>\w+) image is truncated \(its data ends too early\); copy or scan it again\.",
     "{path}: ảnh {fmt} bị cắt cụt (dữ liệu kết thúc quá sớm); hãy sao chép hoặc quét lại."),
    (r"(?P<path>.+): the (?P<fmt>\w+) image is damaged and cannot be read \((?P<detail>.*)\)\.",
     "{path}: ảnh {fmt} bị hỏng, không đọc được ({detail})."),
    (r"(?P<path>.+): the (?P<fmt>\w+) image holds no text that OCR could read \(is it a scan of a printed page\?\)\.",
     "{path}: ảnh {fmt} không có chữ nào nhận dạng (OCR) được (đây có phải bản quét của một trang in không?)."),
    (r"(?P<path>.+): the Word file is damaged \(not a readable ZIP container\)\.",
     "{path}: tệp Word bị hỏng (vỏ ZIP không đọc được)."),
    (r"(?P<path>.+): is a ZIP archive but not a Word document \(no word/document\.xml\)\.",
     "{path}: là tệp nén ZIP nhưng không phải văn bản Word (không có word/document.xml)."),
    (r"(?P<path>.+): the Word file is damaged \((?P<x>.*)\)\.", "{path}: tệp Word bị hỏng ({x})."),
    (r"(?P<path>.+): the Word document holds no text\.", "{path}: văn bản Word không có chữ."),
    (r"(?P<path>.+): this does not look like a policy document \(no resolution, plan, report or agency "
     r"vocabulary found\)",
     "{path}: đây không giống một văn bản chính sách (không thấy từ ngữ của nghị quyết, kế hoạch, báo cáo "
     "hay tên cơ quan)"),
    (rf"(?P<path>.+): (?P<what>.+) needs OCR but (?P<problem>.+); {_INSTALL}\.",
     "{path}: {what} cần nhận dạng chữ (OCR) nhưng {problem}; cài đặt bằng: "
     "apt-get install tesseract-ocr tesseract-ocr-vie."),
    (rf"OCR needs the tesseract program; {_INSTALL}\.",
     "Nhận dạng chữ (OCR) cần chương trình tesseract; cài đặt bằng: apt-get install tesseract-ocr tesseract-ocr-vie."),
    (r"(?P<path>.+): Tesseract could not read page (?P<page>\d+) \((?P<x>.*)\)\.",
     "{path}: Tesseract không đọc được trang {page} ({x})."),
    (r"(?P<path>.+?): (?P<found>.+), over the (?P<limit>.+) limit \(set (?P<env>\w+) to read it anyway\)\.",
     "{path}: {found}, vượt giới hạn {limit} (đặt biến {env} để vẫn đọc)."),
    (r"(?P<env>NLPOLICY_\w+) must be a whole number above 0, not (?P<raw>.+)\.",
     "{env} phải là một số nguyên lớn hơn 0, không phải {raw}."),
]
_SUB: dict[str, list[tuple[str, str]]] = {"what": _WHAT, "found": _FOUND, "limit": _LIMIT,
                                          "problem": _PROBLEM, "detail": _DETAIL}
_VERBATIM = {"path", "x", "raw", "env", "member", "tried", "suffix", "detail"}


def _compile(table: list[tuple[str, str]]) -> list[tuple[re.Pattern, str]]:
    return [(re.compile(pattern, re.DOTALL), vi) for pattern, vi in table]


_COMPILED: dict[str, list[tuple[re.Pattern, str]]] = {}


def _table(name: str) -> list[tuple[re.Pattern, str]]:
    if name not in _COMPILED:
        _COMPILED[name] = _compile(ERRORS if name == "errors" else _SUB[name])
    return _COMPILED[name]


def _translate(text: str, table: str) -> str | None:
    for pattern, vi in _table(table):
        m = pattern.fullmatch(text)
        if not m:
            continue
        groups = {}
        for name, value in m.groupdict().items():
            if value is None:
                continue
            if name in _SUB and table != name:
                value = _translate(value, name)
                if value is None:
                    break
            elif name not in _VERBATIM:
                value = _renumber(value)
            groups[name] = value
        else:
            return vi.format(**groups)
    return None


def translate_error(text: str, *, lang: str | None = None) -> str:
    """An error message in ``lang``: the Vietnamese of a known English message, else ``text`` itself.

    >>> translate_error("x.pdf: the PDF has 2,500 pages, over the 1,000-page limit "
    ...                 "(set NLPOLICY_MAX_PAGES to read it anyway).", lang="vi")
    'x.pdf: tệp PDF có 2.500 trang, vượt giới hạn 1.000 trang (đặt biến NLPOLICY_MAX_PAGES để vẫn đọc).'
    >>> translate_error("x.pdf: the PDF is odd in a new way.", lang="vi")
    'x.pdf: the PDF is odd in a new way.'
    >>> translate_error("a.txt: the file is empty.", lang="en")
    'a.txt: the file is empty.'
    """
    if (lang or language()) == "en":
        return text
    return _translate(text, "errors") or text

