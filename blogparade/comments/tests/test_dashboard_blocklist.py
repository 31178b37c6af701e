"""The staff blocklist editor: add normalised entries of each kind, remove them; hosts and
visitors cannot reach it; new entries take effect on the next comment."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model

from blogparade.comments import blocklist, services
from blogparade.comments.models import Blocklist

URL = "/dashboard/comments/blocklist/"


@pytest.fixture
def staff(db):
    return get_user_model().objects.create_user("op", "op@example.org", "pw", is_staff=True)


@pytest.mark.parametrize(
    ("kind", "raw", "stored"),
    [
        ("word", "  cheap   pills ", "cheap pills"),
        ("ip", "203.0.113.7", "203.0.113.7"),
        ("ip", "203.0.113.9/24", "203.0.113.0/24"),
        ("ip", "2001:db8::1/32", "2001:db8::/32"),
        ("email_domain", "@Spam.Example", "spam.example"),
        ("url_domain", "https://www.spam.example/path", "www.spam.example"),
        ("url_domain", "*.spam.example", "spam.example"),
    ],
)
def test_values_are_normalised(kind, raw, stored):
    assert blocklist.normalise(kind, raw) == stored


@pytest.mark.parametrize(
    ("kind", "raw"),
    [("word", "x"), ("ip", "300.1.1.1"), ("email_domain", "localhost"), ("url_domain", "a b")],
)
def test_bad_values_are_refused(kind, raw):
    with pytest.raises(blocklist.InvalidEntry):
        blocklist.normalise(kind, raw)


def test_staff_adds_lists_and_removes(client, staff):
    client.force_login(staff)
    r = client.post(URL, {"kind": "email_domain", "value": "@Spam.Example", "note": "bots"})
    assert r.status_code == 302
    entry = Blocklist.objects.get()
    assert (entry.kind, entry.value, entry.note) == ("email_domain", "spam.example", "bots")
    html = client.get(URL).content.decode()
    assert "spam.example" in html and "csrfmiddlewaretoken" in html
    client.post(URL, {"kind": "email_domain", "value": "spam.example"})
    assert Blocklist.objects.count() == 1
    client.post(f"{URL}{entry.pk}/remove/")
    assert not Blocklist.objects.exists()


def test_invalid_value_shows_error(client, staff):
    client.force_login(staff)
    r = client.post(URL, {"kind": "ip", "value": "not an ip"})
    assert r.status_code == 400 and "errorlist" in r.content.decode()
    assert not Blocklist.objects.exists()


def test_hosts_and_visitors_cannot_edit(client, host):
    entry = Blocklist.objects.create(kind="word", value="keep")
    assert client.get(URL).status_code == 302
    client.force_login(host)
    assert client.get(URL).status_code == 404
    assert client.post(URL, {"kind": "word", "value": "evil"}).status_code == 404
    assert client.post(f"{URL}{entry.pk}/remove/").status_code == 404
    assert list(Blocklist.objects.values_list("value", flat=True)) == ["keep"]


def test_entry_files_next_comment_as_spam(client, staff, thread, settings):
    settings.MODERATION = True
    client.force_login(staff)
    client.post(URL, {"kind": "url_domain", "value": "spam.example"})
    comment = services.post_comment(
        thread,
        author="S",
        email="s@example.net",
        text="see [this](https://shop.spam.example/x)",
        ip="198.51.100.1",
    )
    assert comment.status == "spam"


def test_xss_in_entry_is_escaped(client, staff):
    Blocklist.objects.create(kind="word", value="<script>alert(1)</script>", note="<b>x</b>")
    client.force_login(staff)
    html = client.get(URL).content.decode()
    assert "<script>alert(1)" not in html and "&lt;script&gt;" in html
