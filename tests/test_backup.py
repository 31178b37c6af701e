"""`blogparade backup` and `blogparade restore`: a backup taken while writes arrive holds every
row committed before it began, and restores with the secret key and the uploads (issue:
copying the database file while writes arrived lost 30 of 315 commits, still in the WAL)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import tarfile
import threading
import time
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.db import connection, connections

from blogparade.core.models import PeriodicRun


def _restore(archive: Path, env: dict[str, str], *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "blogparade.cli", "restore", str(archive), *extra],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture
def data_dir(settings, tmp_path):
    settings.DATA_DIR = tmp_path / "data"
    settings.MEDIA_ROOT = tmp_path / "data" / "uploads"
    (settings.MEDIA_ROOT / "avatars").mkdir(parents=True)
    (settings.MEDIA_ROOT / "avatars" / "ann.png").write_bytes(b"\x89PNG fake")
    (settings.DATA_DIR / "secret_key").write_text("k" * 60)
    return settings.DATA_DIR


class Writer(threading.Thread):
    """Commits one row at a time, as fast as it can, until told to stop."""

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.committed = 0
        self.stop = threading.Event()

    def run(self) -> None:
        try:
            while not self.stop.is_set():
                PeriodicRun.objects.create(
                    name=f"load-{self.committed:05d}", last_run_at="2026-01-01T00:00:00Z"
                )
                self.committed += 1
        finally:
            connections.close_all()


@pytest.mark.django_db(transaction=True)
def test_a_backup_under_write_load_restores_every_committed_row(data_dir, tmp_path):
    if connection.vendor != "sqlite":
        pytest.skip("the SQLite path; PostgreSQL has its own test below")
    writer = Writer()
    writer.start()
    try:
        while writer.committed < 200:
            time.sleep(0.01)
        committed_before = writer.committed
        archive = tmp_path / "backup.tar.gz"
        call_command("backup", str(archive), stdout=StringIO())
        time.sleep(0.05)  # the writer goes on after the snapshot
    finally:
        writer.stop.set()
        writer.join()
    assert writer.committed > committed_before

    with tarfile.open(archive) as tar:
        names = set(tar.getnames())
    assert {"manifest.json", "blogparade.sqlite3", "secret_key", "uploads/avatars/ann.png"} <= names
    assert oct(archive.stat().st_mode & 0o777) == "0o600"

    restored = tmp_path / "restored"
    env = {**os.environ, "BLOGPARADE_DATA_DIR": str(restored), "BLOGPARADE_TASKS": "db"}
    env.pop("BLOGPARADE_DATABASE_URL", None)
    env.pop("BLOGPARADE_SECRET_KEY", None)
    done = _restore(archive, env)
    assert done.returncode == 0, done.stderr
    assert "Restored the backup of" in done.stdout

    with sqlite3.connect(restored / "blogparade.sqlite3") as db:
        names = [
            row[0]
            for row in db.execute(
                "SELECT name FROM core_periodicrun WHERE name LIKE 'load-%' ORDER BY name"
            )
        ]
    # every row committed before the backup began, and no gap: a consistent snapshot
    assert len(names) >= committed_before
    assert names == [f"load-{i:05d}" for i in range(len(names))]
    assert (restored / "secret_key").read_text() == "k" * 60
    assert (restored / "uploads" / "avatars" / "ann.png").read_bytes() == b"\x89PNG fake"


@pytest.mark.django_db
def test_restore_does_not_overwrite_data_without_force(data_dir, tmp_path, parade):
    archive = tmp_path / "backup.tar.gz"
    call_command("backup", str(archive), stdout=StringIO())
    with pytest.raises(CommandError, match=r"already holds data.*--force"):
        call_command("restore", str(archive), stdout=StringIO())


def test_restore_of_something_else_says_so(tmp_path, db):
    junk = tmp_path / "notes.txt"
    junk.write_text("hello")
    with pytest.raises(CommandError, match="is not a blogparade backup"):
        call_command("restore", str(junk))
    with pytest.raises(CommandError, match="no backup at"):
        call_command("restore", str(tmp_path / "missing.tar.gz"))


@pytest.mark.django_db(transaction=True)
def test_postgres_backup_and_restore_into_another_database(data_dir, tmp_path, parade):
    if connection.vendor != "postgresql":
        pytest.skip("pg_dump and pg_restore; the SQLite path has its own test above")
    import psycopg

    settings_dict = connection.settings_dict
    archive = tmp_path / "backup.tar.gz"
    call_command("backup", str(archive), stdout=StringIO())
    admin_url = (
        f"postgres://{settings_dict['USER']}@{settings_dict['HOST'] or '127.0.0.1'}:"
        f"{settings_dict['PORT'] or 5432}"
    )
    name = f"blogparade_restore_{os.getpid()}"
    with psycopg.connect(f"{admin_url}/postgres", autocommit=True) as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {name}")
        admin.execute(f"CREATE DATABASE {name}")
    try:
        env = {
            **os.environ,
            "BLOGPARADE_DATA_DIR": str(tmp_path / "restored"),
            "BLOGPARADE_DATABASE_URL": f"{admin_url}/{name}",
            "BLOGPARADE_TASKS": "db",
        }
        done = _restore(archive, env)
        assert done.returncode == 0, done.stderr
        with psycopg.connect(f"{admin_url}/{name}") as db:
            slugs = [row[0] for row in db.execute("SELECT slug FROM parades_parade")]
        assert slugs == [parade.slug]
    finally:
        with psycopg.connect(f"{admin_url}/postgres", autocommit=True) as admin:
            admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
