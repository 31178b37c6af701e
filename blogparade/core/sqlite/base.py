"""Django's SQLite backend, asking for the write lock often instead of sleeping long.

SQLite has one writer at a time. A connection that finds the lock taken waits in SQLite's busy
handler, which sleeps in steps that grow to 100 ms and does not wake when the lock comes free.
Under a burst of comments (two request processes and the worker writing) a few writers slept
through many free moments while others came and went: the slowest 1 % of comments took about a
second (``benchmarks/isso_bench.py``). So a transaction that writes (Django's ``atomic`` blocks
begin ``IMMEDIATE``; django-tasks-db's claims ``EXCLUSIVE``) asks for the lock itself: again
after half a millisecond, doubling up to 4 ms, with some jitter, until the connection's
``timeout``. Then the error is SQLite's own, as before. Single statements outside a transaction
wait in the busy handler as before.
"""

from __future__ import annotations

import random
import sqlite3
import time

from django.db.backends.sqlite3 import base

FIRST_DELAY = 0.0005  # seconds between tries at SQLite's write lock, doubling up to
LONGEST_DELAY = 0.004


def _busy(exc: sqlite3.OperationalError) -> bool:
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)
    return "locked" in str(exc) or "busy" in str(exc)


class DatabaseWrapper(base.DatabaseWrapper):
    def _start_transaction_under_autocommit(self) -> None:
        if self.transaction_mode not in ("IMMEDIATE", "EXCLUSIVE"):
            super()._start_transaction_under_autocommit()
            return
        timeout = float(self.settings_dict.get("OPTIONS", {}).get("timeout", 5))
        raw = self.connection
        deadline = time.monotonic() + timeout
        delay = FIRST_DELAY
        with self.wrap_database_errors:
            raw.execute("PRAGMA busy_timeout = 0")
            try:
                while True:
                    try:
                        raw.execute(f"BEGIN {self.transaction_mode}")
                        return
                    except sqlite3.OperationalError as exc:
                        if not _busy(exc) or time.monotonic() >= deadline:
                            raise
                    time.sleep(delay * random.uniform(0.5, 1.5))
                    delay = min(delay * 2, LONGEST_DELAY)
            finally:
                raw.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
