"""One definition of "links to the call", for the mention and its contribution alike."""

from __future__ import annotations

import pytest

from blogparade.contributions.models import Contribution
from blogparade.contributions.pipeline import ONLY_ASIDE
from blogparade.linkbacks.models import Mention
from blogparade.linkbacks.tests.pages import post_page

pytestmark = pytest.mark.django_db


def send(client, source, target):
    response = client.post("/webmention", {"source": source, "target": target})
    assert response.status_code == 201, response.content
    return Mention.objects.get(source=source)


def test_a_link_only_in_the_sidebar_verifies_neither_mention_nor_contribution(
    client, httpserver, parade, target
):
    httpserver.expect_request("/post").respond_with_data(
        post_page("no link in the text", sidebar_links=f'<a href="{target}">a parade</a>'),
        content_type="text/html",
    )
    mention = send(client, httpserver.url_for("/post"), target)
    assert mention.status == Mention.Status.REJECTED
    assert mention.status_reason == str(ONLY_ASIDE)
    assert not Contribution.objects.filter(status=Contribution.Status.APPROVED).exists()


def test_a_differently_spelt_link_in_the_text_verifies_both(client, httpserver, parade, target):
    spelt = target.replace("http://", "https://www.") + "?utm_source=mastodon"
    httpserver.expect_request("/post").respond_with_data(
        post_page(f'<a href="{spelt}">the call</a>'), content_type="text/html"
    )
    mention = send(client, httpserver.url_for("/post"), target)
    # The Webmention itself names the target exactly; the post's own link may be spelt
    # another way and still be the link to the call.
    assert mention.status == Mention.Status.VERIFIED
    assert mention.contribution.status == Contribution.Status.APPROVED


def test_a_parade_without_the_backlink_rule_takes_a_sidebar_mention(
    client, httpserver, parade, target
):
    parade.backlink_required = False
    parade.save()
    httpserver.expect_request("/post").respond_with_data(
        post_page("no link in the text", sidebar_links=f'<a href="{target}">a parade</a>'),
        content_type="text/html",
    )
    mention = send(client, httpserver.url_for("/post"), target)
    assert mention.status == Mention.Status.VERIFIED
    assert mention.contribution.status == Contribution.Status.APPROVED
