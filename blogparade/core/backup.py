"""Backups of an installation: the database, the secret key and the uploads, in one archive.

:func:`create_backup` writes a ``.tar.gz`` holding

* the database — on SQLite through SQLite's online backup API, which copies a consistent
  snapshot while the site keeps writing (copying the file would miss what still waits in the
  write-ahead log); on PostgreSQL as a ``pg_dump`` custom-format dump;
* ``secret_key`` from the data directory, when the key is kept there (sessions, unsubscribe
  and confirmation links are signed with it);
* ``uploads/`` (host avatars, copied faces of replies);
* ``manifest.json``: when, which version, which database, and how many rows a few tables held.

:func:`restore_backup` puts an archive back into the configured installation and then
applies the migrations of this version (so a backup of an older version restores into a
newer one). It refuses to overwrite a database that already holds data unless told to.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from collections.abc import Callable
from importlib import metadata
from pathlib import Path

from django.conf import settings
from django.db import connections
from django.utils import timezone

FORMAT = 1
DATABASE_SQLITE = "blogparade.sqlite3"
DATABASE_POSTGRES = "database.pgdump"
COUNTED = ("auth_user", "parades_parade", "parades_contribution", "comments_comment")


class BackupError(Exception):
    """A backup or restore that cannot be done, said in one line."""


def _version() -> str:
    try:
        return metadata.version("blogparade")
    except metadata.PackageNotFoundError:
        return "unknown"


def _counts() -> dict[str, int]:
    connection = connections["default"]
    counts = {}
    with connection.cursor() as cursor:
        existing = set(connection.introspection.table_names(cursor))
        for table in COUNTED:
            if table in existing:
                cursor.execute(f"SELECT COUNT(*) FROM {connection.ops.quote_name(table)}")  # noqa: S608 - a fixed table name
                counts[table] = cursor.fetchone()[0]
    return counts


def _postgres_args(program: str) -> tuple[list[str], dict[str, str]]:
    found = shutil.which(program)
    if not found:
        raise BackupError(
            f"{program} is not installed; install PostgreSQL's client programs "
            "(Debian: apt-get install postgresql-client) and try again."
        )
    s = connections["default"].settings_dict
    args = [found, "--no-owner", "--dbname", s["NAME"]]
    if s.get("HOST"):
        args += ["--host", s["HOST"]]
    if s.get("PORT"):
        args += ["--port", str(s["PORT"])]
    if s.get("USER"):
        args += ["--username", s["USER"]]
    env = {**os.environ}
    if s.get("PASSWORD"):
        env["PGPASSWORD"] = s["PASSWORD"]
    return args, env


def _run(args: list[str], env: dict[str, str], what: str) -> None:
    done = subprocess.run(args, env=env, capture_output=True, text=True)
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["no message"])[-1]
        raise BackupError(f"{what} failed: {last}")


def create_backup(path: Path, say: Callable[[str], None] = print) -> dict[str, object]:
    """Write a backup archive to ``path`` (written beside it first, then renamed, so a
    half-written archive never has the final name). Returns the manifest."""
    path = path.resolve()
    path.parent.mkdir(parents=True, exist_ok=True)
    connection = connections["default"]
    manifest: dict[str, object] = {
        "format": FORMAT,
        "created_at": timezone.now().isoformat(),
        "blogparade": _version(),
        "database": connection.vendor,
    }
    with tempfile.TemporaryDirectory(prefix=".backup-", dir=path.parent) as tmp:
        work = Path(tmp)
        if connection.vendor == "sqlite":
            say("Copying the database (SQLite online backup)…")
            # A connection of its own: it reads the last committed state, whatever this
            # process's connection is in the middle of.
            source = sqlite3.connect(connection.settings_dict["NAME"], timeout=60)
            target = sqlite3.connect(work / DATABASE_SQLITE)
            try:
                source.backup(target)
            finally:
                target.close()
                source.close()
            database = DATABASE_SQLITE
        elif connection.vendor == "postgresql":
            say("Dumping the database (pg_dump)…")
            args, env = _postgres_args("pg_dump")
            _run(
                [*args, "--format=custom", "--file", str(work / DATABASE_POSTGRES)], env, "pg_dump"
            )
            database = DATABASE_POSTGRES
        else:
            raise BackupError(f"backups of a {connection.vendor} database are not supported")
        manifest["counts"] = _counts()
        (work / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n")

        partial = path.with_name(path.name + ".partial")
        with tarfile.open(partial, "w:gz") as archive:
            archive.add(work / "manifest.json", "manifest.json")
            archive.add(work / database, database)
            key = settings.DATA_DIR / "secret_key"
            if key.is_file():
                say("Adding the secret key…")
                archive.add(key, "secret_key")
            uploads = Path(settings.MEDIA_ROOT)
            if uploads.is_dir():
                files = sum(1 for p in uploads.rglob("*") if p.is_file())
                say(f"Adding the uploads ({files} files)…")
                archive.add(uploads, "uploads")
        os.chmod(partial, 0o600)  # it holds the secret key and every commenter's email address
        partial.replace(path)
    return manifest


def _has_data() -> bool:
    counts = _counts()
    return any(counts.get(t, 0) for t in COUNTED)


def restore_backup(
    path: Path, *, force: bool = False, say: Callable[[str], None] = print
) -> dict[str, object]:
    """Restore the archive at ``path`` into the configured installation, then migrate.
    Returns the archive's manifest. Stop ``serve`` and ``worker`` first."""
    from django.core.management import call_command

    if not path.is_file():
        raise BackupError(f"no backup at {path}")
    connection = connections["default"]
    with tempfile.TemporaryDirectory(prefix="blogparade-restore-") as tmp:
        work = Path(tmp)
        try:
            with tarfile.open(path, "r:gz") as archive:
                # Regular files and directories only, inside the target (no links, no
                # absolute paths).
                archive.extractall(work, filter="data")
        except (tarfile.TarError, OSError) as exc:
            raise BackupError(f"{path} is not a blogparade backup ({exc})") from None
        try:
            manifest = json.loads((work / "manifest.json").read_text())
        except (OSError, ValueError):
            raise BackupError(f"{path} is not a blogparade backup (no manifest)") from None
        if manifest.get("format") != FORMAT:
            raise BackupError(
                f"{path} has backup format {manifest.get('format')}; this version reads {FORMAT}"
            )
        if manifest.get("database") != connection.vendor:
            raise BackupError(
                f"this backup holds a {manifest.get('database')} database, and this installation "
                f"uses {connection.vendor}; restore it where BLOGPARADE_DATABASE_URL points to the same kind"
            )
        if _has_data() and not force:
            raise BackupError(
                "the database already holds data; restoring replaces all of it. "
                "Make a backup of it first, then run restore again with --force."
            )
        if connection.vendor == "sqlite":
            say("Restoring the database…")
            source = sqlite3.connect(work / DATABASE_SQLITE)
            try:
                connection.ensure_connection()
                source.backup(connection.connection)
            finally:
                source.close()
            connection.close()
        else:
            say("Restoring the database (pg_restore)…")
            args, env = _postgres_args("pg_restore")
            connection.close()
            _run(
                [*args, "--clean", "--if-exists", str(work / DATABASE_POSTGRES)], env, "pg_restore"
            )
        key = work / "secret_key"
        if key.is_file():
            target = settings.DATA_DIR / "secret_key"
            settings.DATA_DIR.mkdir(parents=True, exist_ok=True)
            fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "w") as fh:
                fh.write(key.read_text())
            if os.environ.get("BLOGPARADE_SECRET_KEY"):
                say(
                    "The backup's secret key was written to the data directory; "
                    "BLOGPARADE_SECRET_KEY is set and is used instead."
                )
            else:
                say("Restored the secret key.")
        uploads = work / "uploads"
        if uploads.is_dir():
            say("Restoring the uploads…")
            shutil.copytree(uploads, settings.MEDIA_ROOT, dirs_exist_ok=True)
        say("Applying this version's migrations…")
        call_command("migrate", interactive=False, verbosity=0)
    return manifest
