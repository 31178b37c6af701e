import re

import pytest
from django.core import mail

from blogparade.comments.models import Comment, NotificationSubscription

from .conftest import XSS, assert_inert


@pytest.fixture
def subscribed(client, post_form, parade, old_ts, settings):
    settings.MODERATION = False
    post_form(old_ts, notify="on")
    confirm = next(m for m in mail.outbox if "ada@example.net" in m.to)
    token = re.search(r"/comments/notify/confirm/([^/\s]+)/", confirm.body).group(1)
    assert not NotificationSubscription.objects.get().active
    assert client.get(f"/comments/notify/confirm/{token}/").status_code == 200
    assert NotificationSubscription.objects.get().active
    mail.outbox.clear()
    return Comment.objects.get()


def test_reply_sent_once_after_approval(
    post_form, subscribed, old_ts, settings, django_capture_on_commit_callbacks
):
    settings.MODERATION = True
    post_form(old_ts, parent=subscribed.pk, text="a reply", email="bo@example.net", author="Bo")
    assert not [m for m in mail.outbox if "ada@example.net" in m.to]
    reply = Comment.objects.get(text="a reply")
    from blogparade.comments import services

    with django_capture_on_commit_callbacks(execute=True):
        services.moderate(reply, "approve")
    with django_capture_on_commit_callbacks(execute=True):
        services.moderate(reply, "approve")
    (msg,) = [m for m in mail.outbox if "ada@example.net" in m.to]
    assert msg.extra_headers["List-Unsubscribe"].startswith("<http")
    assert msg.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert "bo@example.net" not in msg.body


def test_one_click_unsubscribe(client, post_form, subscribed, old_ts):
    post_form(old_ts, parent=subscribed.pk, text="reply one", email="bo@example.net", author="Bo")
    (msg,) = [m for m in mail.outbox if "ada@example.net" in m.to]
    url = msg.extra_headers["List-Unsubscribe"].strip("<>").split("8000", 1)[-1]
    assert client.post(url).status_code == 200
    assert not NotificationSubscription.objects.get().active
    mail.outbox.clear()
    post_form(old_ts, parent=subscribed.pk, text="reply two", email="bo@example.net", author="Bo")
    assert not [m for m in mail.outbox if "ada@example.net" in m.to]


def test_unconfirmed_gets_nothing(post_form, parade, old_ts, settings):
    settings.MODERATION = False
    post_form(old_ts, notify="on")
    parent = Comment.objects.get()
    mail.outbox.clear()
    post_form(old_ts, parent=parent.pk, text="reply", email="bo@example.net", author="Bo")
    assert not [m for m in mail.outbox if "ada@example.net" in m.to]


@pytest.mark.parametrize("payload", XSS[:5])
def test_xss_inert_in_reply_email(post_form, subscribed, old_ts, payload):
    post_form(
        old_ts, parent=subscribed.pk, text=payload, email="bo@example.net", author=payload[:100]
    )
    for m in [m for m in mail.outbox if "ada@example.net" in m.to]:
        assert_inert(m.alternatives[0][0])
