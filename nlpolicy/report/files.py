"""Writing the report: refuse to clobber, write atomically, zip bytes that repeat.

The renderers return bytes; :func:`write_all` checks every target path before
writing the first one, so a refused run leaves the folder as it was.
"""
from __future__ import annotations

import io
import os
import tempfile
import zipfile
from datetime import datetime, timezone
from pathlib import Path

from nlpolicy.errors import OutputExistsError


def check_free(out_dir: Path, relpaths, *, force: bool) -> None:
    """Raise OutputExistsError if any target exists (unless ``force``)."""
    if force:
        return
    existing = [p for p in relpaths if (out_dir / p).exists()]
    if existing:
        more = f" and {len(existing) - 1} more" if len(existing) > 1 else ""
        raise OutputExistsError(
            f"{out_dir / existing[0]}{more} already exist(s); use --force to overwrite")


def write_atomic(path: Path, data: bytes) -> None:
    """Write through a temporary file in the same folder, then rename over ``path``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def write_all(out_dir: Path, files: dict[str, bytes], *, force: bool) -> list[Path]:
    check_free(out_dir, files, force=force)
    written = []
    for rel, data in files.items():
        write_atomic(out_dir / rel, data)
        written.append(out_dir / rel)
    return written


def pin_zip(data: bytes, now: datetime) -> bytes:
    """Rewrite a zip (xlsx, docx) with every member dated ``now``.

    zipfile stamps members with the wall clock; pinning them makes two runs
    with the same timestamp give the same bytes.
    """
    when = now.astimezone(timezone.utc).timetuple()[:6]
    when = max(when, (1980, 1, 1, 0, 0, 0))
    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            new = zipfile.ZipInfo(info.filename, date_time=when)
            new.compress_type = zipfile.ZIP_DEFLATED
            new.external_attr = 0o644 << 16
            dst.writestr(new, src.read(info.filename))
    return buf.getvalue()
