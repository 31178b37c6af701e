"""Verification of received Webmentions against fake source sites (pytest-httpserver)."""

from __future__ import annotations

import pytest
from werkzeug import Response

from blogparade.contributions.models import Contribution
from blogparade.linkbacks.models import Mention
from blogparade.linkbacks.reactions import reactions_for
from blogparade.linkbacks.tests.pages import post_page

pytestmark = pytest.mark.django_db


def send(client, source, target):
    response = client.post("/webmention", {"source": source, "target": target})
    assert response.status_code == 201, response.content
    return Mention.objects.get(source=source)


def serve(httpserver, path, html, status=200, content_type="text/html; charset=utf-8"):
    httpserver.expect_request(path).respond_with_data(
        html, status=status, content_type=content_type
    )
    return httpserver.url_for(path)


def test_mention_with_a_real_link_is_verified_with_author(client, httpserver, target):
    html = post_page(
        f'<a href="{target}">the call</a>',
        author="Anna Example",
        author_url="https://anna.example/",
        photo="https://anna.example/me.jpg",
    )
    source = serve(httpserver, "/post", html)
    mention = send(client, source, target)
    assert mention.status == Mention.Status.VERIFIED, mention.status_reason
    assert mention.type == Mention.Type.MENTION
    assert mention.author_name == "Anna Example"
    assert mention.author_url == "https://anna.example/"
    assert mention.published is not None
    assert "<script" not in mention.content
    assert mention.verified_at is not None


def test_a_mention_of_the_call_becomes_a_contribution(client, httpserver, target, parade):
    source = serve(httpserver, "/post", post_page(f'<a href="{target}">the call</a>'))
    mention = send(client, source, target)
    contribution = mention.contribution
    assert contribution is not None
    assert contribution.parade == parade
    assert contribution.channel == Contribution.Channel.WEBMENTION
    assert contribution.status == Contribution.Status.APPROVED, contribution.status_reason
    assert contribution.url == source
    assert contribution.events.exists()
    assert len(httpserver.log) == 1  # one incoming request, one fetch


@pytest.mark.parametrize(
    "link",
    [
        "the call is at {target}",  # text, not a link
        '<a href="{target}x">almost</a>',
        '<img src="{target}">',
        '<!-- <a href="{target}">hidden</a> -->',
    ],
)
def test_no_real_link_is_rejected(client, httpserver, target, link):
    source = serve(httpserver, "/post", post_page(link.format(target=target)))
    mention = send(client, source, target)
    assert mention.status == Mention.Status.REJECTED
    assert "does not link" in mention.status_reason
    assert mention.contribution is None


def test_relative_link_counts_when_it_resolves_to_the_target(client, httpserver, settings, parade):
    # The call lives on the "same site" as the source: a relative link resolves to it.
    parade.call_url = httpserver.url_for("/call/")
    parade.save()
    source = serve(httpserver, "/post", post_page('<a href="../call/">my call</a>'))
    mention = send(client, source, parade.call_url)
    assert mention.status == Mention.Status.VERIFIED, mention.status_reason


def test_source_is_stored_as_submitted_even_when_redirected(client, httpserver, target):
    httpserver.expect_request("/old").respond_with_response(
        Response(status=301, headers={"Location": httpserver.url_for("/new")})
    )
    serve(httpserver, "/new", post_page(f'<a href="{target}">call</a>'))
    mention = send(client, httpserver.url_for("/old"), target)
    assert mention.status == Mention.Status.VERIFIED
    assert mention.source == httpserver.url_for("/old")


@pytest.mark.parametrize(
    ("prop", "expected"),
    [
        ('<a class="u-in-reply-to" href="{target}">in reply to</a>', Mention.Type.REPLY),
        ('<a class="u-like-of" href="{target}">liked</a>', Mention.Type.LIKE),
        ('<a class="u-repost-of" href="{target}">reposted</a>', Mention.Type.REPOST),
        ('<a class="u-bookmark-of" href="{target}">bookmarked</a>', Mention.Type.BOOKMARK),
    ],
)
def test_microformats_decide_the_type(client, httpserver, target, prop, expected):
    html = post_page("", entry_props=prop.format(target=target))
    mention = send(client, serve(httpserver, "/post", html), target)
    assert mention.status == Mention.Status.VERIFIED, mention.status_reason
    assert mention.type == expected
    assert mention.contribution is None  # replies and reactions are not contributions


def test_reactions_are_counted_with_their_authors(client, httpserver, target, parade):
    for i, prop in enumerate(["u-like-of", "u-like-of", "u-repost-of"]):
        html = post_page(
            "",
            entry_props=f'<a class="{prop}" href="{target}">x</a>',
            author=f"Fan {i}",
            author_url=f"https://fan{i}.example/",
        )
        send(client, serve(httpserver, f"/r{i}", html), target)
    reactions = reactions_for(parade)
    assert reactions["total"] == 3
    likes = next(g for g in reactions["groups"] if g["type"] == "like")
    assert likes["count"] == 2
    assert {a["name"] for a in likes["authors"]} == {"Fan 0", "Fan 1"}

    from django.template import Context, Template

    html = Template("{% load linkbacks %}{% parade_reactions parade %}").render(
        Context({"parade": parade})
    )
    assert "Fan 0" in html and "https://fan2.example/" in html


def test_resent_mention_with_changed_content_is_updated(client, httpserver, target):
    source = httpserver.url_for("/post")
    httpserver.expect_oneshot_request("/post").respond_with_data(
        post_page(f'<a href="{target}">call</a>', title="First title", author="Anna"),
        content_type="text/html",
    )
    mention = send(client, source, target)
    assert mention.status == Mention.Status.VERIFIED
    httpserver.expect_oneshot_request("/post").respond_with_data(
        post_page(f'<a href="{target}">call</a>', title="Second title", author="Anna Changed"),
        content_type="text/html",
    )
    mention = send(client, source, target)
    assert mention.status == Mention.Status.VERIFIED
    assert mention.author_name == "Anna Changed"
    assert Mention.objects.count() == 1
    assert mention.contribution.title.startswith("Second title")


@pytest.mark.parametrize(
    ("second", "reason"),
    [
        (("gone", 410), "410"),
        (("missing", 404), "404"),
        (("nolink", 200), "no longer links"),
    ],
)
def test_resent_mention_that_went_away_is_gone_with_reason(
    client, httpserver, target, second, reason
):
    source = httpserver.url_for("/post")
    httpserver.expect_oneshot_request("/post").respond_with_data(
        post_page(f'<a href="{target}">call</a>'), content_type="text/html"
    )
    mention = send(client, source, target)
    assert mention.status == Mention.Status.VERIFIED
    assert mention.contribution.status == Contribution.Status.APPROVED
    body = post_page("no link any more") if second[0] == "nolink" else "gone"
    httpserver.expect_oneshot_request("/post").respond_with_data(
        body, status=second[1], content_type="text/html"
    )
    mention = send(client, source, target)
    assert mention.status == Mention.Status.GONE
    assert reason in mention.status_reason
    contribution = Contribution.objects.get(pk=mention.contribution_id)
    assert contribution.status == Contribution.Status.GONE
    assert contribution.status_reason


def test_first_404_is_rejected_not_gone(client, httpserver, target):
    source = serve(httpserver, "/missing", "nothing", status=404)
    mention = send(client, source, target)
    assert mention.status == Mention.Status.REJECTED
    assert "404" in mention.status_reason


def test_private_address_is_refused_by_the_safe_client(client, settings, target):
    settings.FETCH_ALLOW_HOSTS = []
    mention = send(client, "http://127.0.0.1:9/post", target)
    assert mention.status == Mention.Status.REJECTED
    assert mention.status_reason


def test_unreachable_source_is_left_for_a_retry(client, httpserver, target):
    source = serve(httpserver, "/down", "oops", status=503)
    mention = send(client, source, target)
    assert mention.status == Mention.Status.UNVERIFIED
    assert mention.next_try_at is not None
    assert "503" in mention.last_error


def test_a_task_left_over_for_a_failing_source_waits_for_its_back_off(client, httpserver, target):
    """RQ queues a task per mention. A task that runs after the mention failed once must not
    fetch the source again before its retry time: a hanging source then held the only task
    thread 10 s at a time, over and over, and good mentions queued behind it."""
    from datetime import timedelta

    from django.utils import timezone

    from blogparade.linkbacks import tasks

    source = serve(httpserver, "/down", "oops", status=503)
    mention = send(client, source, target)
    assert mention.status == Mention.Status.UNVERIFIED
    fetched = len(httpserver.log)
    tasks.verify_mention_task.call(mention.pk)  # the leftover task
    assert len(httpserver.log) == fetched
    mention.refresh_from_db()
    assert mention.status == Mention.Status.UNVERIFIED and mention.attempts == 1

    # once its time has come, the periodic job queues it, and it is tried again
    Mention.objects.filter(pk=mention.pk).update(next_try_at=timezone.now() - timedelta(1))
    assert tasks.enqueue_due_mentions() == 1
    assert len(httpserver.log) == fetched + 1
    mention.refresh_from_db()
    assert mention.attempts == 2


def test_non_html_source_is_rejected(client, httpserver, target):
    source = serve(httpserver, "/img", b"\x89PNG....", content_type="image/png")
    mention = send(client, source, target)
    assert mention.status == Mention.Status.REJECTED


def test_plain_text_source_with_the_target_counts(client, httpserver, target):
    source = serve(
        httpserver, "/note.txt", f"See {target} for the call.", content_type="text/plain"
    )
    assert send(client, source, target).status == Mention.Status.VERIFIED


def test_mention_is_logged(client, httpserver, target):
    mention = send(
        client, serve(httpserver, "/post", post_page(f'<a href="{target}">x</a>')), target
    )
    messages = [line["message"] for line in mention.log]
    assert any("Received" in m for m in messages)
    assert any("HTTP 200" in m for m in messages)
