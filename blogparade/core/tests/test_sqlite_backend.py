"""The SQLite backend's writing transactions (blogparade.core.sqlite): they wait for another
connection's write lock by asking again, get it once it is free, give up after the
connection's timeout with SQLite's own error, and leave SQLite's busy timeout as it was."""

from __future__ import annotations

import sqlite3
import threading

import pytest
from django.db import OperationalError, connection, transaction

from blogparade.core.models import PeriodicRun

pytestmark = pytest.mark.skipif(
    connection.vendor != "sqlite", reason="the SQLite backend's own behaviour"
)


def _hold_write_lock() -> sqlite3.Connection:
    other = sqlite3.connect(
        str(connection.settings_dict["NAME"]), isolation_level=None, check_same_thread=False
    )
    other.execute("BEGIN IMMEDIATE")
    return other


def _busy_timeout() -> int:
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA busy_timeout")
        return cursor.fetchone()[0]


def test_a_transaction_gets_the_lock_once_another_connection_lets_go(transactional_db):
    before = _busy_timeout()
    other = _hold_write_lock()
    released = threading.Event()

    def let_go() -> None:
        other.execute("COMMIT")
        other.close()
        released.set()

    threading.Timer(0.2, let_go).start()
    with transaction.atomic():
        assert released.is_set()  # the BEGIN could only succeed after the other one let go
        PeriodicRun.objects.create(name="after-the-wait", last_run_at="2026-12-08T00:00:00Z")
    assert PeriodicRun.objects.filter(name="after-the-wait").exists()
    assert _busy_timeout() == before


def test_a_lock_held_past_the_timeout_is_sqlites_own_error(transactional_db, monkeypatch):
    connection.ensure_connection()
    monkeypatch.setitem(connection.settings_dict["OPTIONS"], "timeout", 0.1)
    other = _hold_write_lock()
    try:
        with pytest.raises(OperationalError, match="locked"), transaction.atomic():
            pass
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert _busy_timeout() == 100  # the connection's own timeout again, in milliseconds
    with transaction.atomic():  # and the connection is usable
        PeriodicRun.objects.create(name="later", last_run_at="2026-12-08T00:00:00Z")
