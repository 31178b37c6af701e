"""The CLI contracts of DESIGN.md that the foundation owns."""

from __future__ import annotations

import os
import subprocess
import sys
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from blogparade.core.models import RegisteredSite
from blogparade.parades.models import HostProfile, Parade


def run(*args: str, **kwargs) -> str:
    out = StringIO()
    call_command(*args, stdout=out, stderr=StringIO(), **kwargs)
    return out.getvalue()


def test_createhost_non_interactive(db):
    out = run(
        "createhost", "--email", "New@Example.org", "--password", "long-enough-pw", "--name", "Nina"
    )
    assert "Created host Nina" in out
    profile = HostProfile.objects.get()
    assert profile.user.username == "new@example.org"
    assert profile.user.check_password("long-enough-pw")


@pytest.mark.parametrize(
    "email,password,message",
    [
        ("not-an-email", "long-enough-pw", "not an email address"),
        ("x@example.org", "short", "password rejected"),
    ],
)
def test_createhost_rejects_bad_input_and_saves_nothing(db, email, password, message):
    with pytest.raises(CommandError, match=message):
        run("createhost", "--email", email, "--password", password, "--name", "X")
    assert not HostProfile.objects.exists()


def test_createhost_duplicate(host):
    with pytest.raises(CommandError, match="exists already"):
        run("createhost", "--email", host.username, "--password", "long-enough-pw", "--name", "X")


def test_parade_create_prints_url(host, settings):
    out = run(
        "parade",
        "create",
        "--slug",
        "slow-tools",
        "--title",
        "Slow tools",
        "--closes",
        "2031-01-31T23:59+01:00",
    )
    assert out.strip() == settings.BASE_URL + "/p/slow-tools/"
    parade = Parade.objects.get(slug="slow-tools")
    assert parade.host == host
    assert parade.closes_at.isoformat() == "2031-01-31T22:59:00+00:00"


def test_parade_create_suggests_the_short_name_from_the_title(host, settings):
    out = run("parade", "create", "--title", "Größer träumen!", "--closes", "2031-01-31")
    assert out.strip() == settings.BASE_URL + "/p/groesser-traeumen/"
    out = run("parade", "create", "--title", "Größer träumen!", "--closes", "2031-01-31")
    assert out.strip() == settings.BASE_URL + "/p/groesser-traeumen-2/"  # the first is taken
    with pytest.raises(CommandError, match="add --slug"):
        run("parade", "create", "--title", "!!!", "--closes", "2031-01-31")


def test_parade_share_prints_the_kit_in_the_parades_language(host, settings):
    run("parade", "create", "--title", "Langsam lesen", "--closes", "2031-01-31",
        "--language", "de", "--call-url", "https://hanna.example/langsam/")  # fmt: skip
    out = run("parade", "share", "langsam-lesen")
    assert "== The call's address\nhttps://hanna.example/langsam/\n" in out
    assert "#Blogparade" in out and "Blogparade: Langsam lesen" in out
    assert "data-blogparade-contributions" in out
    assert "blogparade site add https://hanna.example" not in out  # registered with the call
    with pytest.raises(CommandError, match="no parade"):
        run("parade", "share", "nope")


def test_parade_create_naive_time_uses_time_zone(host):
    run(
        "parade",
        "create",
        "--slug",
        "tz",
        "--title",
        "T",
        "--closes",
        "2031-07-01T12:00",
        "--time-zone",
        "Europe/Berlin",
    )
    assert Parade.objects.get(slug="tz").closes_at.isoformat() == "2031-07-01T10:00:00+00:00"


@pytest.mark.parametrize(
    "extra,message",
    [
        (
            ["--closes", "2031-01-01", "--opens", "2031-02-01"],
            "deadline must come after the opening",
        ),
        (["--closes", "next tuesday"], "not an ISO 8601"),
        (["--closes", "2031-01-01", "--call-url", "ftp://example.org/call"], "--call-url"),
        (["--closes", "2031-01-01", "--time-zone", "Mars/Olympus"], "unknown time zone"),
    ],
)
def test_parade_create_rejects(host, extra, message):
    with pytest.raises(CommandError, match=message):
        run("parade", "create", "--slug", "bad", "--title", "Bad", *extra)
    assert not Parade.objects.filter(slug="bad").exists()


def test_parade_create_duplicate_slug(parade):
    with pytest.raises(CommandError, match="exists already"):
        run("parade", "create", "--slug", parade.slug, "--title", "Again", "--closes", "2031-01-01")


def test_parade_create_without_host(db):
    with pytest.raises(CommandError, match="createhost"):
        run("parade", "create", "--slug", "x", "--title", "X", "--closes", "2031-01-01")


def test_site_add_normalises_origin(db):
    assert "Registered https://blog.example.org" in run(
        "site", "add", "https://Blog.Example.org/some/page"
    )
    assert "Updated" in run("site", "add", "https://blog.example.org", "--name", "My blog")
    assert RegisteredSite.objects.get().name == "My blog"
    with pytest.raises(CommandError, match="not an http"):
        run("site", "add", "mailto:me@example.org")


def test_demo_content_is_created_once(db, settings, tmp_path):
    from blogparade.core.management.demo import create_demo_content, demo_login

    settings.DATA_DIR = tmp_path
    created = create_demo_content()
    assert created is not None
    assert demo_login() == created
    parade = Parade.objects.get()
    assert parade.is_open
    assert parade.contributions.filter(status="approved").count() >= 3
    assert create_demo_content() is None


def test_console_script_errors_are_one_line(tmp_path):
    env = {**os.environ, "BLOGPARADE_DATA_DIR": str(tmp_path), "BLOGPARADE_TASKS": "celery"}
    proc = subprocess.run(
        [sys.executable, "-m", "blogparade.cli", "check"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 2
    assert proc.stderr.strip().count("\n") == 0
    assert "BLOGPARADE_TASKS must be one of db, immediate, rq" in proc.stderr


def test_console_script_help_lists_contract_commands():
    proc = subprocess.run(
        [sys.executable, "-m", "blogparade.cli", "--help"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0
    for command in (
        "demo",
        "serve",
        "worker",
        "createhost",
        "parade create",
        "inspect",
        "webmention discover",
    ):
        assert command in proc.stdout


def test_migrate_creates_a_data_dir_that_does_not_exist_yet(tmp_path):
    """With BLOGPARADE_SECRET_KEY set nothing made the data directory, and the first
    `blogparade migrate` failed with "unable to open database file"."""
    data = tmp_path / "not" / "yet"
    env = {
        **os.environ,
        "BLOGPARADE_DATA_DIR": str(data),
        "BLOGPARADE_SECRET_KEY": "k" * 40,
        "BLOGPARADE_TASKS": "db",
    }
    env.pop("BLOGPARADE_DATABASE_URL", None)
    proc = subprocess.run(
        [sys.executable, "-m", "blogparade.cli", "migrate", "--verbosity", "0"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert (data / "blogparade.sqlite3").stat().st_size > 0


def _console(*args: str, tmp_path) -> subprocess.CompletedProcess:
    env = {**os.environ, "BLOGPARADE_DATA_DIR": str(tmp_path)}
    return subprocess.run(
        [sys.executable, "-m", "blogparade.cli", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_help_of_a_command_shows_our_name_and_our_options_only(tmp_path):
    """`check --help` said "usage: blogparade bp_check" and listed --settings, --pythonpath …"""
    check = _console("check", "--help", tmp_path=tmp_path)
    assert check.returncode == 0
    assert check.stdout.startswith("usage: blogparade check ")
    roundup = _console("roundup", "--help", tmp_path=tmp_path)
    assert "--format" in roundup.stdout
    for django_option in ("--settings", "--pythonpath", "--traceback", "--no-color", "--verbosity"):
        assert django_option not in check.stdout + roundup.stdout


def test_a_command_error_is_one_line_without_a_class_name(tmp_path):
    done = _console("restore", str(tmp_path / "missing.tar.gz"), tmp_path=tmp_path)
    assert done.returncode == 1
    assert done.stderr.strip().splitlines() == [
        f"blogparade: no backup at {tmp_path / 'missing.tar.gz'}"
    ]
    usage = _console("restore", tmp_path=tmp_path)
    assert usage.returncode == 2
    assert usage.stderr.strip().splitlines() == [
        "blogparade restore: the following arguments are required: path "
        "(see: blogparade restore --help)"
    ]
    sub = _console("parade", "create", "--slug", "x", tmp_path=tmp_path)
    assert sub.returncode == 2 and len(sub.stderr.strip().splitlines()) == 1
    assert "the following arguments are required: --title, --closes" in sub.stderr


def test_serve_on_an_impossible_port_says_so(tmp_path):
    """It blamed BLOGPARADE_BASE_URL, a variable the user never set."""
    done = _console("serve", "--port", "99999", tmp_path=tmp_path)
    assert done.returncode != 0
    assert "BLOGPARADE_BASE_URL" not in done.stderr
    assert "99999" in done.stderr and len(done.stderr.strip().splitlines()) == 1


def test_demo_content_sends_the_host_no_mail_about_itself(
    db, settings, tmp_path, mailoutbox, django_capture_on_commit_callbacks
):
    """`make demo` printed four "New contribution" mails for its own seed content."""
    from blogparade.core.management.demo import create_demo_content

    settings.DATA_DIR = tmp_path
    with django_capture_on_commit_callbacks(execute=True):
        create_demo_content()
    assert mailoutbox == []
    assert Parade.objects.get().notify_host == Parade.HostNotice.EACH  # new ones are news
