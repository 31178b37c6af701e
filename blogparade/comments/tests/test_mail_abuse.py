"""Nobody can use the instance to mail their text to someone else: threads exist only for
calls here and pages of registered sites, mails name the page (never a title a client
sent), and confirmation mails to one address are capped per day."""

from __future__ import annotations

import json

import pytest

from blogparade.comments.models import Thread

pytestmark = pytest.mark.django_db
BASE = "http://localhost:8000"


@pytest.fixture(autouse=True)
def _base(settings):
    settings.BASE_URL = BASE
    settings.MODERATION = True


def new(client, uri, **data):
    body = {"text": "Nice call, thank you!", "author": "Mallory", "email": "victim@example.net"}
    body.update(data)
    return client.post(
        f"/isso/new?uri={uri}", json.dumps(body), content_type="application/json", HTTP_ORIGIN=BASE
    )


def test_no_thread_and_no_mail_for_a_page_that_does_not_exist(client, mailoutbox):
    response = new(client, "/no-such-page/", notification=1, title="Click evil.example now")
    assert response.status_code == 404
    assert not Thread.objects.exists() and mailoutbox == []


def test_a_title_a_client_sends_never_reaches_a_mail(
    client, parade, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = new(client, f"/p/{parade.slug}/", notification=1, title="Click evil.example now")
    assert response.status_code == 202  # held for moderation
    assert Thread.objects.get().title == parade.title
    assert mailoutbox
    for message in mailoutbox:
        assert "evil.example" not in message.subject and "evil.example" not in message.body


def test_confirmation_mails_to_one_address_are_capped(
    client, parade, mailoutbox, settings, django_capture_on_commit_callbacks
):
    settings.RATE_LIMITS = True
    settings.RATE_LIMIT_RULES = {
        **settings.RATE_LIMIT_RULES,
        "notify-email": [(2, 86400)],
        "comment-ip": [(100, 60)],
    }
    for n in range(4):
        with django_capture_on_commit_callbacks(execute=True):
            new(client, f"/p/{parade.slug}/", notification=1, text=f"Comment number {n} here.")
    confirmations = [m for m in mailoutbox if m.to == ["victim@example.net"]]
    assert len(confirmations) == 2
