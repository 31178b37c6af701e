import re

import pytest
from django.core import mail, signing

from blogparade.comments.models import Comment

from .conftest import XSS, assert_inert


def _links(message):
    return dict(re.findall(r"/comments/\d+/(approve|delete)/([^/\s]+)/", message.body))


def test_host_email_links_approve(client, post_form, parade, old_ts):
    post_form(old_ts)
    c = Comment.objects.get()
    (msg,) = mail.outbox
    assert "ada@example.net" not in msg.body and "ada@example.net" not in msg.alternatives[0][0]
    token = _links(msg)["approve"]
    url = f"/comments/{c.pk}/approve/{token}/"
    assert client.get(url).status_code == 200  # confirmation page, nothing changed yet
    c.refresh_from_db()
    assert c.status == "pending"
    assert client.post(url).status_code == 200
    c.refresh_from_db()
    assert c.status == "approved"


def test_token_is_per_action_and_per_comment(client, post_form, parade, old_ts):
    post_form(old_ts)
    post_form(old_ts, text="second one", email="eve@example.net")
    first, second = Comment.objects.order_by("pk")
    token = _links(mail.outbox[0])["approve"]
    assert client.post(f"/comments/{first.pk}/delete/{token}/").status_code == 404
    assert client.post(f"/comments/{second.pk}/approve/{token}/").status_code == 404


def test_links_expire_after_7_days(client, post_form, parade, old_ts, monkeypatch):
    import time

    post_form(old_ts)
    c = Comment.objects.get()
    token = _links(mail.outbox[0])["delete"]
    real = time.time
    monkeypatch.setattr(signing.time, "time", lambda: real() + 8 * 86400)
    assert client.post(f"/comments/{c.pk}/delete/{token}/").status_code == 404
    monkeypatch.setattr(signing.time, "time", lambda: real() + 6 * 86400)
    assert client.post(f"/comments/{c.pk}/delete/{token}/").status_code == 200
    assert not Comment.objects.exists()


def test_tampered_token(client, post_form, parade, old_ts):
    post_form(old_ts)
    c = Comment.objects.get()
    forged = signing.dumps(c.pk, salt="something-else")
    assert client.post(f"/comments/{c.pk}/approve/{forged}/").status_code == 404


@pytest.mark.parametrize("payload", XSS)
def test_xss_inert_in_host_email(post_form, parade, old_ts, payload):
    post_form(old_ts, text=payload, author=payload[:100])
    if not mail.outbox:
        pytest.skip("refused before storing")
    html = mail.outbox[0].alternatives[0][0]
    assert_inert(html)
    assert "\n" not in mail.outbox[0].subject
