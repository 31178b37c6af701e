"""The hosts' daily digest: hosts who choose it get no per-comment email, and one email a
day listing new comments on their own parades (pending ones with signed moderation links)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.test import Client
from django.utils import timezone

from blogparade.comments import notify, services
from blogparade.comments.models import HostPreference

from .conftest import XSS, assert_inert, make_comment


def post(thread, text, email="reader@example.net"):
    return services.post_comment(thread, author="Reader", email=email, text=text, ip="198.51.100.9")


@pytest.fixture
def digest_host(thread, django_capture_on_commit_callbacks):
    pref = notify.set_daily_digest(thread.parade.host, True)
    HostPreference.objects.filter(pk=pref.pk).update(
        last_digest_at=timezone.now() - timedelta(days=2)
    )
    return thread.parade.host


def test_per_comment_email_without_digest(thread, settings, django_capture_on_commit_callbacks):
    settings.MODERATION = True
    with django_capture_on_commit_callbacks(execute=True):
        post(thread, "hello host")
    assert [m.to for m in mail.outbox] == [[thread.parade.host.email]]


def test_digest_host_gets_no_per_comment_email(
    thread, digest_host, settings, django_capture_on_commit_callbacks
):
    settings.MODERATION = True
    with django_capture_on_commit_callbacks(execute=True):
        post(thread, "hello host")
    assert mail.outbox == []


def test_digest_lists_new_comments_once(thread, digest_host, other_host):
    make_comment(thread, status="pending", text="please approve me", email="p@example.net")
    make_comment(thread, status="approved", text="already public", email="q@example.net")
    make_comment(thread, status="spam", text="buy pills")
    sent = notify.send_daily_digests()
    assert sent == 1
    (msg,) = mail.outbox
    assert msg.to == [digest_host.email] and "2" in msg.subject
    assert "please approve me" in msg.body and "already public" in msg.body
    assert "buy pills" not in msg.body
    assert msg.body.count("/approve/") == 1 and msg.body.count("/delete/") == 2
    assert "p@example.net" not in msg.body and "q@example.net" not in msg.body
    html = msg.alternatives[0][0]
    assert "please approve me" in html and "p@example.net" not in html
    mail.outbox.clear()
    assert notify.send_daily_digests() == 0  # within a day: nothing again
    assert notify.send_daily_digests(now=timezone.now() + timedelta(days=1)) == 0  # nothing new


def test_digest_skips_other_hosts_and_quiet_days(thread, digest_host, other_host):
    notify.set_daily_digest(other_host, True)
    assert notify.send_daily_digests() == 0
    make_comment(thread, text="news")
    later = timezone.now() + timedelta(days=1, minutes=1)
    assert notify.send_daily_digests(now=later) == 1
    assert [m.to for m in mail.outbox] == [[digest_host.email]]


def test_digest_html_is_inert(thread, digest_host, settings):
    settings.MODERATION = True
    for i, payload in enumerate(XSS):
        services.post_comment(
            thread, author=payload, email=f"x{i}@example.net", text=f"{payload} {i}", ip=""
        )
    mail.outbox.clear()
    notify.send_daily_digests()
    (msg,) = mail.outbox
    assert_inert(msg.alternatives[0][0])


def test_staff_with_digest_leave_the_fallback_list(db, settings):
    settings.COMMENTS_NOTIFY_EMAIL = ""
    users = get_user_model().objects
    a = users.create_user("a", "a@example.org", "pw", is_staff=True)
    users.create_user("b", "b@example.org", "pw", is_staff=True)
    notify.set_daily_digest(a, True)
    # (a page without a parade: blogparade's own pages other than calls have no thread, so
    # a registered site's page)
    from blogparade.core.models import RegisteredSite

    RegisteredSite.objects.create(origin="https://blog.example")
    thread = services.get_or_create_thread("https://blog.example", "/about/")
    comment = make_comment(thread, text="on a page without parade")
    assert notify.host_recipients(comment) == ["b@example.org"]


def test_preferences_page_toggles_with_csrf(host):
    client = Client(enforce_csrf_checks=True)
    client.force_login(host)
    page = client.get("/dashboard/comments/email/")
    token = page.cookies["csrftoken"].value
    assert client.post("/dashboard/comments/email/", {"daily_digest": "1"}).status_code == 403
    r = client.post(
        "/dashboard/comments/email/", {"daily_digest": "1", "csrfmiddlewaretoken": token}
    )
    assert r.status_code == 302 and notify.wants_digest(host)
    client.post("/dashboard/comments/email/", {"csrfmiddlewaretoken": token})
    assert not notify.wants_digest(host)
