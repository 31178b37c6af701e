"""Reader reminders: double opt-in, deadline and roundup mails, one-click unsubscribe."""

import datetime as dt
import re

import pytest
from django.utils import timezone

from blogparade.contributions import roundup as roundup_service
from blogparade.syndication import reminders
from blogparade.syndication.models import ReminderSubscription
from blogparade.syndication.tests.factories import make_contribution, make_parade

pytestmark = pytest.mark.django_db

ADDRESS = "reader@example.org"


def _path(url: str) -> str:
    return re.sub(r"^https?://[^/]+", "", url)


@pytest.fixture
def parade():
    return make_parade(slug="soon", title="Soon <b>over</b>")


def _subscribe(client, parade, captured, email=ADDRESS, **extra):
    with captured(execute=True):
        return client.post(f"/p/{parade.slug}/remind/", {"email": email, **extra})


def test_subscribe_sends_only_a_confirmation(
    client, parade, mailoutbox, django_capture_on_commit_callbacks
):
    response = _subscribe(client, parade, django_capture_on_commit_callbacks)
    assert response.status_code == 302 and response["Location"].endswith("/p/soon/remind/sent/")
    assert len(mailoutbox) == 1
    mail = mailoutbox[0]
    assert mail.to == [ADDRESS] and "Confirm" in mail.subject
    assert "List-Unsubscribe" not in mail.extra_headers
    sub = ReminderSubscription.objects.get()
    assert sub.confirmed_at is None
    # not confirmed: nothing is sent, even when due
    parade.closes_at = timezone.now() + dt.timedelta(days=1)
    parade.save()
    assert reminders.send_due_reminders() == 0
    assert len(mailoutbox) == 1
    page = client.get(response["Location"])
    assert ADDRESS not in page.content.decode()


def test_confirm_link_asks_then_confirms(
    client, parade, mailoutbox, django_capture_on_commit_callbacks
):
    _subscribe(client, parade, django_capture_on_commit_callbacks)
    url = _path(re.search(r"https?://\S+/reminders/confirm/\S+/", mailoutbox[0].body).group(0))
    assert client.get(url).status_code == 200
    assert (
        ReminderSubscription.objects.get().confirmed_at is None
    )  # a scanner's GET confirms nothing
    assert client.post(url).status_code == 200
    assert ReminderSubscription.objects.get().confirmed_at is not None


def test_bad_tokens_404(client, parade, mailoutbox, django_capture_on_commit_callbacks):
    _subscribe(client, parade, django_capture_on_commit_callbacks)
    sub = ReminderSubscription.objects.get()
    assert client.post("/reminders/confirm/nonsense/").status_code == 404
    # an unsubscribe token does not confirm
    assert (
        client.post(f"/reminders/confirm/{reminders.make_token(sub, 'unsubscribe')}/").status_code
        == 404
    )
    assert ReminderSubscription.objects.get().confirmed_at is None


def _confirmed(parade, email=ADDRESS):
    return ReminderSubscription.objects.create(
        parade=parade, email=email, language="de", confirmed_at=timezone.now()
    )


def test_deadline_reminder_once_with_unsubscribe(client, parade, mailoutbox):
    sub = _confirmed(parade)
    assert reminders.send_due_reminders() == 0  # ten days left, default is three
    parade.closes_at = timezone.now() + dt.timedelta(days=2)
    parade.save()
    assert reminders.send_due_reminders() == 1
    assert reminders.send_due_reminders() == 0
    mail = mailoutbox[0]
    assert mail.to == [ADDRESS]
    assert "Erinnerung" in mail.subject or "Soon" in mail.subject
    url = mail.extra_headers["List-Unsubscribe"].strip("<>")
    assert mail.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert url in mail.body
    assert "<b>" in mail.subject  # plain text mail: the title is not HTML-escaped
    # one-click: a POST without a CSRF token unsubscribes
    csrf_client = client.__class__(enforce_csrf_checks=True)
    assert csrf_client.post(_path(url)).status_code == 200
    sub.refresh_from_db()
    assert sub.unsubscribed_at is not None


def test_days_before_setting(parade, settings, mailoutbox):
    settings.REMINDER_DAYS_BEFORE = 12
    _confirmed(parade)
    assert reminders.send_due_reminders() == 1


def test_roundup_hook_mails_confirmed_readers_once(
    parade, mailoutbox, django_capture_on_commit_callbacks
):
    _confirmed(parade)
    left = _confirmed(parade, "left@example.org")
    reminders.unsubscribe(left)
    ReminderSubscription.objects.create(parade=parade, email="pending@example.org")
    make_contribution(parade)
    parade.closes_at = timezone.now() - dt.timedelta(hours=1)
    parade.opens_at = timezone.now() - dt.timedelta(days=5)
    parade.save()
    roundup = roundup_service.draft_roundup(parade)
    with django_capture_on_commit_callbacks(execute=True):
        roundup_service.publish_roundup(roundup)
    to_readers = [m for m in mailoutbox if "List-Unsubscribe" in m.extra_headers]
    assert [m.to for m in to_readers] == [[ADDRESS]]
    assert "/p/soon/roundup/" in to_readers[0].body
    assert reminders.send_due_reminders() == 0  # the safety net sends nothing twice


def test_safety_net_sends_missed_roundup_mails(parade, mailoutbox):
    _confirmed(parade)
    parade.rounded_up_at = timezone.now()
    parade.save()
    assert reminders.send_due_reminders() == 1


def test_resubscribe_does_not_reveal_or_spam(
    client, parade, mailoutbox, django_capture_on_commit_callbacks
):
    for _ in range(5):
        response = _subscribe(
            client, parade, django_capture_on_commit_callbacks, email="Reader@Example.org "
        )
        assert response.status_code == 302
    assert len(mailoutbox) == reminders.REMINDER_CONFIRMATIONS_MAX
    assert ReminderSubscription.objects.count() == 1
    sub = ReminderSubscription.objects.get()
    reminders.confirm(sub)
    mailoutbox.clear()
    assert _subscribe(client, parade, django_capture_on_commit_callbacks).status_code == 302
    assert mailoutbox == []


def test_invalid_email_and_honeypot(client, parade, mailoutbox, django_capture_on_commit_callbacks):
    bad = _subscribe(client, parade, django_capture_on_commit_callbacks, email="not-an-address")
    assert bad.status_code == 400 and "valid email" in bad.content.decode()
    bot = _subscribe(
        client, parade, django_capture_on_commit_callbacks, homepage="http://spam.example"
    )
    assert bot.status_code == 302
    assert ReminderSubscription.objects.count() == 0 and mailoutbox == []


def test_csrf_required(parade):
    from django.test import Client

    response = Client(enforce_csrf_checks=True).post("/p/soon/remind/", {"email": ADDRESS})
    assert response.status_code == 403


def test_rate_limited(client, parade, settings, mailoutbox, django_capture_on_commit_callbacks):
    settings.RATE_LIMITS = True
    settings.RATE_LIMIT_RULES = {**settings.RATE_LIMIT_RULES, "remind-ip": [(2, 60)]}
    codes = [
        _subscribe(
            client, parade, django_capture_on_commit_callbacks, email=f"r{i}@example.org"
        ).status_code
        for i in range(3)
    ]
    assert codes == [302, 302, 429]
    assert ReminderSubscription.objects.count() == 2


def test_no_subscriptions_after_roundup(
    client, parade, mailoutbox, django_capture_on_commit_callbacks
):
    parade.rounded_up_at = timezone.now()
    parade.closes_at = timezone.now() - dt.timedelta(hours=1)
    parade.opens_at = timezone.now() - dt.timedelta(days=3)
    parade.save()
    response = _subscribe(client, parade, django_capture_on_commit_callbacks)
    assert response.status_code == 400 and "roundup has been published" in response.content.decode()
    assert mailoutbox == []


def test_include_renders_form_with_csrf_and_honeypot(parade, rf):
    from django.middleware.csrf import get_token
    from django.template.loader import render_to_string

    request = rf.get("/")
    get_token(request)
    html = render_to_string("syndication/_subscribe.html", {"parade": parade}, request=request)
    assert 'action="/p/soon/remind/"' in html
    assert "csrfmiddlewaretoken" in html and 'name="homepage"' in html


def test_unknown_parade_404(client):
    assert client.get("/p/nope/remind/").status_code == 404


def test_unconfirmed_forgotten_after_a_week(parade):
    ReminderSubscription.objects.create(
        parade=parade, email="old@example.org", created_at=timezone.now() - dt.timedelta(days=8)
    )
    reminders.send_due_reminders()
    assert not ReminderSubscription.objects.exists()


def test_confirmations_to_one_address_are_limited_across_parades(
    client, settings, mailoutbox, django_capture_on_commit_callbacks
):
    settings.RATE_LIMITS = True
    settings.RATE_LIMIT_RULES = {
        **settings.RATE_LIMIT_RULES,
        "remind-email": [(2, 86400)],
        "remind-ip": [(100, 60)],
    }
    parades = [make_parade() for _ in range(3)]
    codes = [_subscribe(client, p, django_capture_on_commit_callbacks).status_code for p in parades]
    assert codes == [302, 302, 302]  # the answer never changes
    assert len(mailoutbox) == 2


def test_gdpr_export_and_erase(parade):
    _confirmed(parade)
    other = make_parade()
    _confirmed(other)
    _confirmed(other, "someone@example.org")
    data = reminders.gdpr_export("Reader@Example.org")
    assert sorted(d["parade"] for d in data) == sorted(["soon", other.slug])
    assert len(reminders.gdpr_export(ADDRESS, host=parade.host)) == 1
    assert reminders.gdpr_erase(ADDRESS, host=parade.host) == 1
    assert reminders.gdpr_erase(ADDRESS) == 1
    assert list(ReminderSubscription.objects.values_list("email", flat=True)) == [
        "someone@example.org"
    ]


def test_form_page_in_the_parade_language(client):
    make_parade(slug="de-parade", language="de")
    response = client.get("/p/de-parade/remind/")
    assert response.status_code == 200
    assert 'name="email"' in response.content.decode()
