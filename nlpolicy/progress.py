"""Progress on long work: a Rich bar on a terminal, nothing when the output is piped.

The command line turns progress on when standard error is a terminal
(:func:`session`, in ``nlpolicy.cli.main``); everywhere else, a library call
included, it is off and costs nothing (Rich is not even imported).
``NLPOLICY_PROGRESS=1`` or ``0`` overrides the terminal test, and a command's
``--progress`` flag calls :func:`enable`.

A command that works through documents (``report``, ``link``) adopts it in
three lines, naming each document as it starts on it::

    from nlpolicy import progress
    from nlpolicy.messages import say

    with progress.task(say("progress.documents"), total=len(paths), unit=say("progress.files")) as bar:
        for path in paths:
            bar.item(Path(path).name)       # shown next to the bar while it is read
            ...                             # the work
            bar.advance()

Several tasks may be open at once (``index`` by file and, inside one file, OCR
by page): each is one line of the same display, and a finished task's line goes
away.  Code that cannot hold a ``with`` block across its steps (OCR: the page
count is known in one function and the pages are read in another) uses the
keyed form::

    progress.begin(("ocr", path), "OCR a.pdf", total=12, unit="trang")
    progress.item(("ocr", path), "trang 3")
    progress.advance(("ocr", path))         # the task ends by itself at its total

Counts are printed in the language of :mod:`nlpolicy.messages` ("1.200/3.000").
On a terminal the display is Rich's, redrawn in place and gone when the work
ends; asked for elsewhere (``--progress`` into a log), it is one plain line
each time a task names a new item or ends.  Nothing here ever raises because of
the display: progress is a courtesy.
"""
from __future__ import annotations

import contextlib
import os
import sys
from typing import Hashable, Iterator, TextIO

__all__ = ["session", "enable", "enabled", "task", "begin", "item", "advance", "end", "Task"]

_state = {"on": False, "pid": None, "stream": None}
_display = None                                # a rich.progress.Progress while any task is open
_keyed: dict[Hashable, "Task"] = {}


def _auto(stream: TextIO) -> bool:
    forced = os.environ.get("NLPOLICY_PROGRESS", "").strip().lower()
    if forced in ("1", "yes", "true", "on"):
        return True
    if forced in ("0", "no", "false", "off"):
        return False
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def enable(on: bool | None = None, stream: TextIO | None = None) -> bool:
    """Turn progress on, off, or (``None``) on when ``stream`` (standard error) is a terminal."""
    stream = stream or sys.stderr
    _state.update(on=_auto(stream) if on is None else bool(on), pid=os.getpid(), stream=stream)
    return _state["on"]


def enabled() -> bool:
    """Whether progress shows here (never in a worker process forked from the one that turned it on)."""
    return bool(_state["on"]) and _state["pid"] == os.getpid()


@contextlib.contextmanager
def session(on: bool | None = None, stream: TextIO | None = None) -> Iterator[bool]:
    """Progress for one command: decided at the start, every bar cleared at the end (even on error)."""
    saved = dict(_state)
    enable(on, stream)
    try:
        yield enabled()
    finally:
        _stop()
        _state.update(saved)


class Task:
    """One line of the display: a label, a count out of a total, the item being worked on."""

    def __init__(self, label: str, total: int | None, unit: str = ""):
        self.label, self.total, self.unit = label, total, unit
        self.done = 0
        self._id = None
        self._counted = True
        display = _start()
        if display is not None:
            with contextlib.suppress(Exception):
                self._id = display.add_task(label, total=total, count=self._count(), item="")

    def _count(self) -> str:
        from nlpolicy.messages import number
        if self.total is None:
            return f"{number(self.done)} {self.unit}".strip()
        return f"{number(self.done)}/{number(self.total)} {self.unit}".strip()

    def _update(self, **fields) -> None:
        if self._id is not None and _display is not None:
            with contextlib.suppress(Exception):
                _display.update(self._id, **fields)

    def item(self, name: str) -> None:
        """Name what is being worked on now (a file, a page)."""
        self._update(item=name)

    def advance(self, n: int = 1, item: str | None = None) -> None:
        """Count ``n`` more done; ``item`` names the next one."""
        self.done += n
        fields = {"advance": n, "count": self._count()}
        if item is not None:
            fields["item"] = item
        self._update(**fields)

    def close(self) -> None:
        if self._id is not None and _display is not None:
            with contextlib.suppress(Exception):
                _display.remove_task(self._id)
        self._id = None
        if self._counted:
            self._counted = False
            _release()


class _Nothing(Task):
    """The task when progress is off: every call does nothing."""

    def __init__(self, label: str = "", total: int | None = None, unit: str = ""):   # noqa: D107
        self.label, self.total, self.unit, self.done, self._id, self._counted = label, total, unit, 0, None, False

    def item(self, name: str) -> None:
        pass

    def advance(self, n: int = 1, item: str | None = None) -> None:
        self.done += n

    def close(self) -> None:
        pass


@contextlib.contextmanager
def task(label: str, total: int | None = None, unit: str = "") -> Iterator[Task]:
    """A progress line for the ``with`` block (nothing at all when progress is off)."""
    t = Task(label, total, unit) if enabled() else _Nothing(label, total, unit)
    try:
        yield t
    finally:
        t.close()


# ---------------------------------------------------------------- the keyed form

def begin(key: Hashable, label: str, total: int | None = None, unit: str = "") -> None:
    """Open the task ``key`` (one already open under that key is closed first)."""
    end(key)
    if enabled():
        _keyed[key] = Task(label, total, unit)


def item(key: Hashable, name: str) -> None:
    t = _keyed.get(key)
    if t is not None:
        t.item(name)


def advance(key: Hashable, n: int = 1) -> None:
    """Count ``n`` more done on ``key``; the task closes when it reaches its total."""
    t = _keyed.get(key)
    if t is not None:
        t.advance(n)
        if t.total is not None and t.done >= t.total:
            end(key)


def end(key: Hashable) -> None:
    t = _keyed.pop(key, None)
    if t is not None:
        t.close()


# ---------------------------------------------------------------- the display

_open = {"tasks": 0}


class _Lines:
    """The display when the stream is no terminal: one line per new item and per finished task."""

    def __init__(self, stream: TextIO):
        self.stream, self.tasks, self.next_id = stream, {}, 0

    def add_task(self, label: str, total=None, **fields) -> int:
        self.next_id += 1
        self.tasks[self.next_id] = {"label": label, "total": total, **fields}
        return self.next_id

    def update(self, task_id: int, advance: int = 0, **fields) -> None:
        t = self.tasks.get(task_id)
        if t is None:
            return
        named = "item" in fields and fields["item"] and fields["item"] != t.get("item")
        t.update(fields)
        if named:
            self._say(t, t["item"])

    def remove_task(self, task_id: int) -> None:
        t = self.tasks.pop(task_id, None)
        if t is not None:
            self._say(t, "")

    def _say(self, t: dict, item: str) -> None:
        line = f"{t['label']} {t.get('count', '')}".rstrip() + (f": {item}" if item else "")
        print(line, file=self.stream, flush=True)

    def stop(self) -> None:
        self.tasks.clear()


def _start():
    """The shared display, started by the first open task."""
    global _display
    _open["tasks"] += 1
    if _display is None:
        stream = _state["stream"] or sys.stderr
        try:
            if not stream.isatty():
                _display = _Lines(stream)
                return _display
        except (AttributeError, ValueError):
            _display = _Lines(stream)
            return _display
        try:
            from rich.console import Console
            from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

            console = Console(file=stream)
            _display = Progress(
                SpinnerColumn(), TextColumn("{task.description}"), BarColumn(bar_width=30),
                TextColumn("{task.fields[count]}"), TimeElapsedColumn(),
                TextColumn("{task.fields[item]}", style="dim"),
                console=console, transient=True, refresh_per_second=8)
            _display.start()
        except Exception:          # no Rich, a closed stream: no progress, never an error
            _display = None
    return _display


def _release() -> None:
    _open["tasks"] = max(0, _open["tasks"] - 1)
    if _open["tasks"] == 0:
        _stop()


def _stop() -> None:
    global _display
    for key in list(_keyed):
        t = _keyed.pop(key)
        t._id, t._counted = None, False
    _open["tasks"] = 0
    display, _display = _display, None
    if display is not None:
        with contextlib.suppress(Exception):
            display.stop()
