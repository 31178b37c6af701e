"""Publishing a roundup: dates, one email per participant who asked, a linkback per entry."""

import pytest
from django.core import mail

from blogparade.contributions import roundup as service
from blogparade.contributions.models import Contribution
from blogparade.syndication.tests.factories import make_contribution, make_parade

pytestmark = pytest.mark.django_db(transaction=True)


def test_publish_sets_dates_and_emails_each_participant_once():
    parade = make_parade(title="Open web")
    make_contribution(parade, submitter_email="Pia@example.org")
    make_contribution(parade, submitter_email="pia@example.org")
    make_contribution(parade, submitter_email="max@example.org")
    make_contribution(parade, submitter_email="")
    make_contribution(parade, submitter_email="spam@example.org", status=Contribution.Status.SPAM)
    roundup = service.draft_roundup(parade)
    service.publish_roundup(roundup)
    roundup.refresh_from_db()
    parade.refresh_from_db()
    assert roundup.published_at is not None
    assert parade.rounded_up_at == roundup.published_at
    assert parade.state == "rounded_up"
    assert sorted(m.to[0] for m in mail.outbox) == ["max@example.org", "pia@example.org"]
    assert all(len(m.to) == 1 and not m.cc and not m.bcc for m in mail.outbox)
    assert service.roundup_url(parade) in mail.outbox[0].body
    # Publishing again (e.g. after adding a late entry) sends no second email.
    first = roundup.published_at
    service.publish_roundup(roundup)
    roundup.refresh_from_db()
    assert roundup.published_at == first
    assert len(mail.outbox) == 2


def test_publish_empty_roundup():
    parade = make_parade()
    roundup = service.publish_roundup(service.draft_roundup(parade))
    assert roundup.published_at is not None
    assert mail.outbox == []


def test_webmention_sent_to_every_contribution(httpserver, settings):
    settings.FETCH_ALLOW_HOSTS = ["127.0.0.1"]
    page = '<html><head><link rel="webmention" href="/wm"></head><body>Hi</body></html>'
    httpserver.expect_request("/post").respond_with_data(page, content_type="text/html")
    httpserver.expect_request("/wm", method="POST").respond_with_data("", status=202)
    parade = make_parade()
    target = f"http://127.0.0.1:{httpserver.port}/post"
    make_contribution(parade, url=target)
    roundup = service.draft_roundup(parade)
    service.publish_roundup(roundup)
    entry = roundup.entries.get()
    assert entry.notified_at is not None, entry.notification
    posts = [r for r, _ in httpserver.log if r.path == "/wm"]
    assert len(posts) == 1
    assert posts[0].form["source"] == service.roundup_url(parade)
    assert posts[0].form["target"] == target
    assert "Webmention sent" in entry.notification
    assert entry.contribution.events.filter(message__startswith="Roundup:").exists()
    # Publishing again does not notify twice.
    service.publish_roundup(roundup)
    assert len([r for r, _ in httpserver.log if r.path == "/wm"]) == 1


def test_failed_linkback_is_recorded_and_retried(httpserver, settings):
    settings.FETCH_ALLOW_HOSTS = ["127.0.0.1"]
    httpserver.expect_request("/plain").respond_with_data(
        "<p>no endpoints</p>", content_type="text/html"
    )
    parade = make_parade()
    make_contribution(parade, url=f"http://127.0.0.1:{httpserver.port}/plain")
    roundup = service.draft_roundup(parade)
    service.publish_roundup(roundup)
    entry = roundup.entries.get()
    assert entry.notified_at is None
    assert entry.notification.startswith("not notified")
    service.publish_roundup(roundup)
    assert len([r for r, _ in httpserver.log if r.path == "/plain"]) == 2


def _two_entries(httpserver, settings):
    """One contribution whose site takes Webmentions, one whose site offers nothing."""
    settings.FETCH_ALLOW_HOSTS = ["127.0.0.1"]
    page = '<html><head><link rel="webmention" href="/wm"></head><body>Hi</body></html>'
    httpserver.expect_request("/post").respond_with_data(page, content_type="text/html")
    httpserver.expect_request("/wm", method="POST").respond_with_data("", status=202)
    httpserver.expect_request("/plain").respond_with_data("<p>x</p>", content_type="text/html")
    parade = make_parade()
    make_contribution(parade, url=f"http://127.0.0.1:{httpserver.port}/post", title="Sent")
    make_contribution(parade, url=f"http://127.0.0.1:{httpserver.port}/plain", title="Plain")
    return parade


def test_the_status_counts_sent_failed_and_waiting(httpserver, settings):
    parade = _two_entries(httpserver, settings)
    roundup = service.draft_roundup(parade)
    before = service.notification_status(roundup)
    assert (before["total"], before["waiting"], before["done"]) == (2, 2, False)
    service.publish_roundup(roundup)
    status = service.notification_status(roundup)
    assert (status["sent"], status["failed"], status["waiting"], status["done"]) == (1, 1, 0, True)
    (failure,) = status["failures"]
    assert failure.contribution.title == "Plain"
    assert failure.notification_phrase["code"] == "not_notified"
    from django.utils import translation

    with translation.override("de"):
        assert failure.notification_text.startswith("nicht benachrichtigt")


def test_publishing_again_retries_only_what_failed(httpserver, settings):
    parade = _two_entries(httpserver, settings)
    roundup = service.draft_roundup(parade)
    service.publish_roundup(roundup, queue=False)
    waiting = service.notification_status(roundup)
    assert waiting["waiting"] == 2  # nothing queued: the caller sends them
    seen = []
    status = service.send_notifications(
        roundup, progress=lambda done, total, entry: seen.append((done, total, entry.pk))
    )
    assert [(d, t) for d, t, _ in seen] == [(1, 2), (2, 2)]
    assert (status["sent"], status["failed"]) == (1, 1)
    service.publish_roundup(roundup, queue=False)  # the retry
    assert service.notification_status(roundup)["waiting"] == 1  # the failed one waits again
    service.send_notifications(roundup)
    assert len([r for r, _ in httpserver.log if r.path == "/wm"]) == 1
    assert len([r for r, _ in httpserver.log if r.path == "/plain"]) == 2
