"""Limits that protect the machine (``nlpolicy/ingest/limits.py``): what an
extraction costs per character of input, and how fast each bomb is refused.

Every figure comes from a fresh interpreter running ``nlpolicy extract PATH
--format json`` in process (``--child``) and reporting its own peak resident
set (``VmHWM``) and wall time, so runs share no peak and start-up is apart.

- memory per character: the largest text of ``../shared/corpus`` (skipped when
  absent; goal: peak <= 300 MB), a 1 MB synthetic plan (extracted), and a 10 MB
  synthetic plan, which the default limits refuse.  Bytes per character are
  counted above the peak of extracting a tiny document (interpreter, models
  and lexicons loaded), and as the whole peak over the characters.
- bombs: every row of ``tests/test_limits.py`` (a Word file expanding to
  140 MB, a PDF of 2,500 pages, a 1.6-billion-pixel PNG ...), time to refuse
  (median of 3) and peak memory.

    python -m bench.limits                 # about a minute
    python -m bench.limits --full          # also extract the 10 MB text with the limit lifted (minutes)
    python -m bench.limits --child PATH    # used by the above; prints one JSON line
"""
from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.common import CORPUS, MB, ROOT, Row, print_rows

GOAL_MB = 300
FULL_TIMEOUT = 900


def _hwm_mb() -> float:
    with open("/proc/self/status") as f:
        m = re.search(r"VmHWM:\s+(\d+) kB", f.read())
    return int(m.group(1)) / 1024 if m else 0.0


def _child(path: str) -> dict:
    from nlpolicy.cli import main
    err = io.StringIO()
    t0 = time.perf_counter()
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(err):
        try:
            code = main(["extract", path, "--format", "json"])
        except SystemExit as exc:  # argparse
            code = exc.code if isinstance(exc.code, int) else 1
    seconds = time.perf_counter() - t0
    return {"exit": code, "seconds": seconds, "hwm": _hwm_mb(), "error": err.getvalue().strip()[:300]}


def _measure(path: Path, env: dict[str, str] | None = None, timeout: float = 600) -> dict:
    """Run the child; on a time-out, kill it and keep the peak it had reached."""
    cmd = [sys.executable, "-m", "bench.limits", "--child", str(path)]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
                            env={**os.environ, **(env or {})})
    peak = 0.0
    while proc.poll() is None:
        try:
            status = Path(f"/proc/{proc.pid}/status").read_text()
            m = re.search(r"VmHWM:\s+(\d+) kB", status)
            peak = max(peak, int(m.group(1)) / 1024 if m else 0.0)
        except OSError:
            pass
        if time.perf_counter() - t0 > timeout:
            proc.kill()
            proc.wait()
            return {"exit": None, "seconds": time.perf_counter() - t0, "hwm": peak, "error": "timed out"}
        time.sleep(0.2)
    out, err = proc.communicate()
    lines = out.strip().splitlines()
    if proc.returncode != 0 or not lines:
        return {"exit": proc.returncode, "seconds": 0.0, "hwm": peak, "error": (err.strip().splitlines() or ["?"])[-1]}
    return json.loads(lines[-1])


def _plan(target_bytes: int) -> str:
    """An invented plan of numbered tasks in parts I, II ..., each with agencies, a target and a deadline."""
    head = ("ỦY BAN NHÂN DÂN\nTỈNH BẮC SƠN\n\nSố: 45/KH-UBND\n\nBắc Sơn, ngày 2 tháng 4 năm 2026\n\n"
            "KẾ HOẠCH\nThực hiện Nghị quyết số 12-NQ/TU về phát triển kinh tế số\n\n")
    foot = "\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nTrần Văn Bình\n"
    romans = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")
    parts, size, i = [head], len(head.encode()), 0
    while size < target_bytes:
        i += 1
        s = (f"{i}. Sở Công Thương chủ trì, phối hợp với Sở Tài chính triển khai chương trình số {i}, "
             f"phấn đấu đến năm 2030 đạt {50 + i % 45}% doanh nghiệp sử dụng dịch vụ số; "
             f"hoàn thành trước ngày 30/6/{2027 + i % 3}.\n")
        if i % 50 == 1:
            s = f"{romans[(i // 50) % 10]}. NHIỆM VỤ VÀ GIẢI PHÁP PHẦN {i // 50 + 1}\n" + s
        parts.append(s)
        size += len(s.encode())
    return "".join(parts) + foot


def _said(error: str) -> str:
    """The error line without "nlpolicy: error: PATH: "."""
    return error.split(": ", 3)[-1] if error.startswith("nlpolicy: error: /") else error.split(": ", 2)[-1]


def _mem_row(name: str, d: dict, chars: int, base: dict | None, goal: bool = False) -> Row:
    if d["exit"] != 0:
        what = "did not finish" if d["exit"] is None else f"exit {d['exit']}"
        return Row(name, f"peak {d['hwm']:.0f} MB", f"{chars:,} chars: {what} in {d['seconds']:.1f} s: "
                                                    f"{_said(d['error'])[:110]}")
    per_char = d["hwm"] * MB / chars
    above = f"; {(d['hwm'] - base['hwm']) * MB / chars:,.0f} B/char above a tiny document" if base else ""
    against = f"{per_char:,.0f} B/char of {chars:,} chars{above}; {d['seconds']:.1f} s"
    if goal:
        return Row(name, f"peak {d['hwm']:.0f} MB", f"goal <= {GOAL_MB} MB; {against}", "ok" if d["hwm"] <= GOAL_MB else "MISS")
    return Row(name, f"peak {d['hwm']:.0f} MB", against)


def memory_rows(full: bool = False) -> list[Row]:
    rows: list[Row] = []
    with tempfile.TemporaryDirectory() as tmp:
        tiny = Path(tmp) / "tiny.txt"
        tiny.write_text(_plan(2_000), encoding="utf-8")
        base = _measure(tiny)
        rows.append(Row("tiny plan (2 KB): the fixed cost", f"peak {base['hwm']:.0f} MB",
                        f"interpreter, models and lexicons; {base['seconds']:.1f} s"))
        texts = sorted(CORPUS.glob("*.txt"), key=lambda p: p.stat().st_size) if CORPUS.is_dir() else []
        if texts:
            big = texts[-1]
            chars = len(big.read_text(encoding="utf-8"))
            rows.append(_mem_row(f"largest corpus text ({big.stat().st_size / 1024:.0f} KB)", _measure(big), chars,
                                 base, goal=True))
        else:
            rows.append(Row("largest corpus text", "skipped", f"{CORPUS} is absent"))
        for mb in (1, 10):
            path = Path(tmp) / f"plan{mb}.txt"
            text = _plan(mb * MB)
            path.write_text(text, encoding="utf-8")
            rows.append(_mem_row(f"synthetic plan, {mb} MB, default limits", _measure(path), len(text), base))
            if mb == 10 and full:
                lifted = _measure(path, {"NLPOLICY_MAX_CHARS": str(10 * len(text))}, timeout=FULL_TIMEOUT)
                rows.append(_mem_row("synthetic plan, 10 MB, text limit lifted", lifted, len(text), base))
    return rows


def bomb_rows() -> list[Row]:
    sys.path.insert(0, str(ROOT / "tests"))
    import test_limits
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for bomb in test_limits.BOMBS:
            path = Path(tmp) / bomb.file
            path.write_bytes(bomb.make())
            runs = [_measure(path, bomb.env) for _ in range(3)]
            d = runs[-1]
            seconds = statistics.median(r["seconds"] for r in runs)
            refused = d["exit"] == bomb.exit and all(s in d["error"] for s in bomb.says)
            rows.append(Row(bomb.name[:60], f"{seconds:.3f} s",
                            f"peak {d['hwm']:.0f} MB, {path.stat().st_size / 1024:,.0f} KB on disk: "
                            f"{_said(d['error'])[:100]}", "ok" if refused else "MISS"))
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.limits", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--child", metavar="PATH", help=argparse.SUPPRESS)
    ap.add_argument("--full", action="store_true", help="also extract the 10 MB text with the text limit lifted")
    a = ap.parse_args(argv)
    if a.child:
        print(json.dumps(_child(a.child)))
        return 0
    t0 = time.perf_counter()
    print_rows("peak memory of nlpolicy extract per character (fresh interpreter each, VmHWM)", memory_rows(a.full))
    print_rows("time to refuse each bomb of tests/test_limits.py (in process, median of 3; start-up apart)",
               bomb_rows())
    print(f"\n(limits took {time.perf_counter() - t0:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
