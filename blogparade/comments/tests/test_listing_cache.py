"""The cached ``/isso/`` listing: every write path changes the thread's version, so readers
never see a stale body; repeated reads are served from the cache with one query."""

from __future__ import annotations

import json
from datetime import timedelta
from io import StringIO

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from blogparade.comments import privacy, services
from blogparade.comments.models import Comment, Thread
from blogparade.core import privacy as core_privacy

from .conftest import make_comment

BASE = "http://localhost:8000"


@pytest.fixture(autouse=True)
def _base(settings):
    settings.BASE_URL = BASE
    settings.MODERATION = True


def listing(client) -> dict:
    return client.get("/isso/?uri=/p/slow-web/").json()


def texts(body: dict) -> list[str]:
    out = []
    stack = list(body["replies"])
    while stack:
        c = stack.pop(0)
        out.append(c["text"])
        stack.extend(c["replies"])
    return out


def test_second_read_is_one_query_and_same_body(client, thread):
    make_comment(thread, text="cached one")
    first = client.get("/isso/?uri=/p/slow-web/").content
    with CaptureQueriesContext(connection) as q:
        second = client.get("/isso/?uri=/p/slow-web/").content
    assert second == first and len(q.captured_queries) == 1
    assert json.loads(second)["replies"][0]["text"] == "<p>cached one</p>"


def test_query_parameters_are_part_of_the_key(client, thread):
    for i in range(3):
        make_comment(thread, text=f"number {i}", created=timezone.now() + timedelta(seconds=i))
    assert len(listing(client)["replies"]) == 3
    limited = client.get("/isso/?uri=/p/slow-web/&limit=1").json()
    assert len(limited["replies"]) == 1 and limited["hidden_replies"] == 2
    newest = client.get("/isso/?uri=/p/slow-web/&sort=newest").json()
    assert newest["replies"][0]["text"] == "<p>number 2</p>"


def test_new_comment_invalidates(client, thread):
    make_comment(thread, text="old one")
    assert texts(listing(client)) == ["<p>old one</p>"]
    services.post_comment(
        thread, author="Ann", email="ann@example.net", text="brand new", trusted=True
    )
    assert "<p>brand new</p>" in texts(listing(client))


def test_edit_invalidates(client, thread):
    c = make_comment(thread, text="before edit")
    assert texts(listing(client)) == ["<p>before edit</p>"]
    services.edit_comment(c, text="after edit")
    assert texts(listing(client)) == ["<p>after edit</p>"]


def test_delete_invalidates(client, thread):
    c = make_comment(thread, text="going away")
    assert len(texts(listing(client))) == 1
    services.delete_comment(c)
    assert texts(listing(client)) == []


def test_like_invalidates(client, thread):
    c = make_comment(thread, text="likeable")
    assert listing(client)["replies"][0]["likes"] == 0
    services.vote(c, "someone-else", 1)
    assert listing(client)["replies"][0]["likes"] == 1


@pytest.mark.parametrize(
    ("start", "action", "visible"),
    [("pending", "approve", True), ("approved", "spam", False), ("approved", "delete", False)],
)
def test_moderation_invalidates(client, thread, start, action, visible):
    c = make_comment(thread, status=start, text="moderated")
    assert bool(texts(listing(client))) == (start == "approved")
    services.moderate(c, action)
    assert bool(texts(listing(client))) == visible


def test_dashboard_bulk_action_invalidates(client, thread, host):
    c = make_comment(thread, status="pending", text="queued")
    assert texts(listing(client)) == []
    client.force_login(host)
    client.post("/dashboard/comments/act/", {"action": "approve", "ids": [c.pk]})
    client.logout()
    assert texts(listing(client)) == ["<p>queued</p>"]


def test_gdpr_erase_invalidates(client, thread):
    make_comment(thread, text="mine", email="me@example.net")
    assert texts(listing(client)) == ["<p>mine</p>"]
    core_privacy.erase("me@example.net")
    assert texts(listing(client)) == []


def test_ip_truncation_invalidates_avatar(client, thread):
    c = make_comment(thread, text="old", email="", ip="203.0.113.5", voter_hash="")
    Comment.objects.filter(pk=c.pk).update(created=timezone.now() - timedelta(days=10))
    before = listing(client)["replies"][0]["hash"]
    privacy.purge_ips()
    assert listing(client)["replies"][0]["hash"] != before


def test_import_invalidates(client, db, tmp_path):
    from django.core.management import call_command

    from blogparade.core.models import RegisteredSite

    RegisteredSite.objects.create(origin="https://blog.example")
    thread = services.get_or_create_thread("https://blog.example", "/post/")
    url = "/isso/?uri=https://blog.example/post/"
    assert texts(client.get(url).json()) == []
    version = Thread.objects.get(pk=thread.pk).version
    wxr = tmp_path / "wp.xml"
    wxr.write_text(
        """<?xml version="1.0"?>
<rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/"
     xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<item><title>Slow web</title><link>https://blog.example/post/</link>
<wp:comment><wp:comment_id>7</wp:comment_id><wp:comment_author>Wil</wp:comment_author>
<wp:comment_author_email>wil@example.net</wp:comment_author_email>
<wp:comment_date_gmt>2024-01-02 10:00:00</wp:comment_date_gmt>
<wp:comment_content>Imported words</wp:comment_content><wp:comment_approved>1</wp:comment_approved>
<wp:comment_type>comment</wp:comment_type><wp:comment_parent>0</wp:comment_parent></wp:comment>
</item></channel></rss>"""
    )
    call_command("bp_import", "wordpress", str(wxr), stdout=StringIO(), stderr=StringIO())
    assert Thread.objects.get(pk=thread.pk).version > version
    assert any("Imported words" in t for t in texts(client.get(url).json()))


def test_counts_is_one_query_for_many_pages(thread, db):
    from blogparade.core.models import RegisteredSite

    make_comment(thread, text="one")
    make_comment(thread, text="two")
    make_comment(thread, status="pending", text="held")
    RegisteredSite.objects.create(origin="https://blog.example")
    other = services.get_or_create_thread("https://blog.example", "/p/slow-web/")
    make_comment(other, text="elsewhere")
    pages = ["/p/slow-web/", "https://blog.example/p/slow-web/"] + [f"/x/{i}/" for i in range(50)]
    with CaptureQueriesContext(connection) as q:
        result = services.counts(pages)
    assert result[:2] == [2, 1] and result[2:] == [0] * 50 and len(q.captured_queries) == 1
