"""Writing the report: refuse to clobber, write atomically, zip bytes that repeat.

The renderers return bytes; :func:`write_all` checks every target path before
writing the first one, so a refused run leaves the folder as it was.
"""
from __future__ import annotations

import hashlib
import io
import json
import os
import tempfile
import zipfile
from datetime import datetime, timezone
from pathlib import Path

from nlpolicy.errors import OutputExistsError

# what a run wrote into its folder, and from what: {"key": ..., "files": {relative path: sha256}}
MANIFEST = ".nlpolicy-report.json"


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


def report_key(matrix) -> str:
    """What a report's files are made of, as one hash: the matrix (every task, cell, status, document,
    note and the day statuses are reckoned on, corrections applied) and the code's fingerprint.  The
    run's clock is left out: the same inputs on the same day give the same key."""
    from nlpolicy.cache import code_fingerprint
    h = hashlib.sha256(code_fingerprint().encode())
    h.update(repr(matrix).encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def unchanged(out_dir: Path, key: str) -> list[Path] | None:
    """The files an earlier run wrote into ``out_dir`` from the same inputs (its manifest holds
    ``key``), when every one of them is still there as written; None otherwise (then the report is
    laid out and written again)."""
    try:
        manifest = json.loads((out_dir / MANIFEST).read_text(encoding="utf-8"))
        if manifest.get("key") != key or not manifest.get("files"):
            return None
        paths = []
        for rel, digest in manifest["files"].items():
            p = out_dir / rel
            if hashlib.sha256(p.read_bytes()).hexdigest() != digest:
                return None
            paths.append(p)
        return paths
    except (OSError, ValueError, AttributeError, TypeError):
        return None


def write_manifest(out_dir: Path, key: str, files: dict[str, bytes]) -> None:
    data = {"key": key, "files": {rel: hashlib.sha256(b).hexdigest() for rel, b in files.items()}}
    write_atomic(out_dir / MANIFEST, (json.dumps(data, indent=0, sort_keys=True) + "\n").encode("utf-8"))
