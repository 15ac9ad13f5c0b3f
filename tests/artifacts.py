"""The site's flavours, built once per test run and shared by every pytest-xdist worker.

Each artifact (the handout, the offline copy, the site) has a folder under the run's
shared temporary directory.  The first worker that needs it builds it while holding
a file lock; a worker that needs it meanwhile waits on the lock — a condition, never
a clock — and then reads the finished folder.  A worker that needs several takes
first one that nobody is building, so the two workers build two flavours at once.
A failed build is recorded, and every worker that needs it fails with its log
instead of building it again.
"""

from __future__ import annotations

import fcntl
import traceback
from collections.abc import Callable
from pathlib import Path


class Artifact:
    """A folder that ``make(folder)`` fills, at most once per run across processes."""

    def __init__(self, root: Path, name: str, make: Callable[[Path], None]) -> None:
        self.name = name
        self.folder = root / name
        self._lock = root / f"{name}.lock"
        self._done = root / f"{name}.done"
        self._failed = root / f"{name}.failed"
        self._make = make
        root.mkdir(parents=True, exist_ok=True)

    def try_make(self) -> bool:
        """Make it (or find it made) unless another process holds it; whether it is now ready."""
        with open(self._lock, "a") as handle:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                return False
            self._make_once()
            return True

    def wait(self) -> None:
        """Wait until it is made (by whoever holds it), or make it."""
        with open(self._lock, "a") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            self._make_once()

    def _make_once(self) -> None:  # called with the lock held
        if self._done.exists():
            return
        if self._failed.exists():
            raise AssertionError(f"{self.name} failed to build earlier in this run:\n{self._failed.read_text()}")
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            self._make(self.folder)
        except BaseException as error:
            text = str(error) if isinstance(error, AssertionError) else traceback.format_exc()
            self._failed.write_text(text)
            raise
        self._done.touch()


def ensure(*artifacts: Artifact) -> None:
    """Every artifact made: those nobody is building first, then wait for the rest."""
    pending = list(artifacts)
    while pending:
        ready = [artifact for artifact in pending if artifact.try_make()]
        pending = [artifact for artifact in pending if artifact not in ready]
        if pending and not ready:
            pending.pop(0).wait()
