"""An e-mail message saved whole (``.eml``): its readable body and the documents attached to it.

A plan that reached its reader by e-mail is often kept as the message itself: header fields, then the body in
quoted-printable or base64 ("Ngh=E1=BB=8B quy=E1=BA=BFt"), a plain and an HTML version of it, attachments.
The text read is the plain body (the HTML one only when there is no plain one), then each attached Word, PDF,
RTF or text document in order, each read as if it were given on its own.
"""
from __future__ import annotations

import re
from typing import Callable

from nlpolicy.errors import InputError, NlpolicyError
from nlpolicy.types import RawDocument

# header fields at the very top, one of them saying how the body is encoded
_FIELD = re.compile(rb"[A-Za-z][A-Za-z0-9-]{0,40}:[^\r\n]*(?:\r?\n[ \t][^\r\n]*)*\r?\n")
_MIME_FIELD = re.compile(rb"(?im)^(?:mime-version|content-type|content-transfer-encoding):")
_READABLE = (".docx", ".pdf", ".rtf", ".txt")


def looks_like_mail(head: bytes) -> bool:
    """The bytes open with a block of header fields (before the first blank line) that says how the body is
    encoded: "MIME-Version", "Content-Type" or "Content-Transfer-Encoding" (a forward pasted as text, "From: ...
    Sent: ... Subject: ...", has none).

    >>> looks_like_mail(b"Received: from a\\r\\n by b\\r\\nMIME-Version: 1.0\\r\\nSubject: x\\r\\n\\r\\nbody")
    True
    >>> looks_like_mail(b"From: A\\nSent: Monday\\nSubject: KH\\n\\nbody"), looks_like_mail(b"Ngh\\xe1\\xbb\\x8b")
    (False, False)
    """
    pos, fields = 0, []
    while pos < len(head):
        m = _FIELD.match(head, pos)
        if m is None:
            break
        fields.append(m.group(0))
        pos = m.end()
    blank = head[pos:pos + 1] in (b"\n", b"\r")
    return len(fields) >= 2 and blank and any(_MIME_FIELD.match(f) for f in fields)


def read_mail(path: str, data: bytes, read_part: Callable[[str, bytes], RawDocument]) -> RawDocument:
    """The message's body and readable attachments as one text; ``read_part(name, bytes)`` reads an attachment."""
    from email import policy                # (here: the e-mail package takes a while to import, most runs need none)
    from email.message import EmailMessage
    from email.parser import BytesParser

    try:
        msg = BytesParser(policy=policy.default).parsebytes(data)
        if not isinstance(msg, EmailMessage):
            raise TypeError("not a message")
        texts, notes, tables = [], [], []
        body = msg.get_body(preferencelist=("plain", "html"))
        if body is not None:
            texts.append(body.get_content())
        for part in msg.iter_attachments():
            name = part.get_filename() or ""
            if not name.lower().endswith(_READABLE):
                if name:
                    notes.append(f"the attachment {name} was not read (not a Word, PDF, RTF or text file)")
                continue
            content = part.get_content()
            raw = content.encode("utf-8") if isinstance(content, str) else bytes(content)
            try:
                doc = read_part(f"{path}#{name}", raw)
            except NlpolicyError as exc:
                notes.append(f"the attachment {name} was not read: {exc}")
                continue
            texts.append(doc.text)
            tables.extend(doc.tables)
            notes.append(f"the attachment {name} was read ({doc.encoding})")
    except (LookupError, ValueError, TypeError) as exc:
        raise InputError(f"{path}: the e-mail message could not be read ({type(exc).__name__}).") from None
    text = "\n\n".join(t.strip("\n") for t in texts if t.strip())
    if not text:
        raise InputError(f"{path}: the e-mail message holds no text to read.")
    return RawDocument(path=path, text=text.replace("\r\n", "\n") + "\n", encoding="email", tables=tuple(tables),
                       notes=("read as an e-mail message: its body" + (" and attachments" if len(texts) > 1 else ""),
                              *notes))
