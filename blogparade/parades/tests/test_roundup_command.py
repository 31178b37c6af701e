"""`blogparade roundup SLUG --format md|html|json|csv [--publish]`."""

import json

import pytest
from django.core import mail

from blogparade.cli import main
from blogparade.parades.models import Roundup
from blogparade.syndication.tests.factories import make_contribution, make_parade

pytestmark = pytest.mark.django_db(transaction=True)


def test_prints_json_draft_without_publishing(capsys):
    parade = make_parade(slug="open-web")
    make_contribution(parade, title="Hello", submitter_email="p@example.org")
    assert main(["roundup", "open-web", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["entries"][0]["title"] == "Hello"
    assert data["published_at"] is None
    assert Roundup.objects.get(parade=parade).published_at is None
    assert mail.outbox == []


@pytest.mark.parametrize(
    ("fmt", "needle"), [("md", "# 1 answer to “"), ("html", "<ol>"), ("csv", "position,title")]
)
def test_formats(capsys, fmt, needle):
    parade = make_parade(slug="fmt-test")
    make_contribution(parade)
    assert main(["roundup", "fmt-test", "--format", fmt]) == 0
    assert needle in capsys.readouterr().out


def test_publish_of_a_closed_parade_says_what_it_does(capsys):
    from django.utils import timezone

    parade = make_parade(slug="pub", closes_at=timezone.now() - timezone.timedelta(hours=1))
    make_contribution(parade, submitter_email="p@example.org")
    assert main(["roundup", "pub", "--format", "md", "--publish"]) == 0
    assert "1 Webmention(s) or Pingback(s)" in capsys.readouterr().err
    parade.refresh_from_db()
    assert parade.rounded_up_at is not None
    assert len(mail.outbox) == 1


def test_publishing_an_open_parade_needs_yes_and_then_closes_it(capsys):
    from django.utils import timezone

    parade = make_parade(slug="open-pub")
    make_contribution(parade)
    assert main(["roundup", "open-pub", "--format", "md", "--publish"]) == 1
    err = capsys.readouterr().err
    assert "still open" in err and "--yes" in err
    parade.refresh_from_db()
    assert parade.rounded_up_at is None and parade.closes_at > timezone.now()
    assert main(["roundup", "open-pub", "--format", "md", "--publish", "--yes"]) == 0
    parade.refresh_from_db()
    assert parade.rounded_up_at is not None
    assert parade.closes_at <= timezone.now()  # the parade ended with the roundup


def test_a_parade_not_yet_open_has_nothing_to_publish(capsys):
    from django.utils import timezone

    now = timezone.now()
    make_parade(
        slug="later",
        opens_at=now + timezone.timedelta(days=1),
        closes_at=now + timezone.timedelta(days=9),
    )
    assert main(["roundup", "later", "--format", "md", "--publish", "--yes"]) == 1
    assert "not opened yet" in capsys.readouterr().err


def test_unknown_slug_is_one_error_line(capsys):
    assert main(["roundup", "nope", "--format", "md"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and "nope" in lines[0]


def test_bad_format_is_an_error(capsys):
    make_parade(slug="x")
    assert main(["roundup", "x", "--format", "pdf"]) != 0


def test_publishing_shows_its_progress_and_what_failed(capsys, httpserver, settings):
    from django.utils import timezone

    settings.FETCH_ALLOW_HOSTS = ["127.0.0.1"]
    page = '<html><head><link rel="webmention" href="/wm"></head><body>Hi</body></html>'
    httpserver.expect_request("/post").respond_with_data(page, content_type="text/html")
    httpserver.expect_request("/wm", method="POST").respond_with_data("", status=202)
    httpserver.expect_request("/plain").respond_with_data("<p>x</p>", content_type="text/html")
    parade = make_parade(slug="told", closes_at=timezone.now() - timezone.timedelta(hours=1))
    sent = f"http://127.0.0.1:{httpserver.port}/post"
    plain = f"http://127.0.0.1:{httpserver.port}/plain"
    make_contribution(parade, url=sent)
    make_contribution(parade, url=plain)
    assert main(["roundup", "told", "--format", "md", "--publish"]) == 0
    err = capsys.readouterr().err
    lines = err.splitlines()
    assert f"1/2 sent: {sent}" in lines
    assert f"2/2 FAILED: {plain}" in lines
    assert "Published; 1 of 2 contribution(s) notified, 1 failed." in lines
    assert any(line.startswith(f"  {plain}: not notified:") for line in lines)
    assert "again to retry what failed" in err
    # again: only the failed one is tried
    assert main(["roundup", "told", "--format", "md", "--publish"]) == 0
    err = capsys.readouterr().err
    assert f"1/1 FAILED: {plain}" in err.splitlines()
    assert len([r for r, _ in httpserver.log if r.path == "/wm"]) == 1


def test_the_progress_bar_on_a_terminal(capsys, monkeypatch):
    from django.core.management.base import OutputWrapper
    from django.utils import timezone

    monkeypatch.setattr(OutputWrapper, "isatty", lambda self: True)
    parade = make_parade(slug="bar", closes_at=timezone.now() - timezone.timedelta(hours=1))
    for _ in range(2):
        make_contribution(parade)
    assert main(["roundup", "bar", "--format", "md", "--publish"]) == 0
    err = capsys.readouterr().err
    assert "\rTelling the contributions [###############---------------] 1/2" in err
    assert "\rTelling the contributions [" + "#" * 30 + "] 2/2\n" in err
