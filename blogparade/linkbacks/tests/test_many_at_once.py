"""Nothing a peer sends is lost to a limit: a WordPress publishing 50 posts within a minute,
all from one address and one site, ends with all 50 listed."""

from __future__ import annotations

import xmlrpc.client
from datetime import timedelta

import pytest
from django.utils import timezone

from blogparade.contributions.models import Contribution
from blogparade.linkbacks.models import Mention
from blogparade.linkbacks.tasks import enqueue_due_mentions
from blogparade.linkbacks.tests.pages import post_page

pytestmark = pytest.mark.django_db


def test_fifty_pingbacks_from_one_blog_within_a_minute_are_all_listed(
    client, httpserver, parade, target, settings
):
    settings.RATE_LIMITS = True  # the defaults, as an instance runs them
    settings.RATE_LIMIT_RULES = {
        **settings.RATE_LIMIT_RULES,
    }
    for n in range(50):
        httpserver.expect_request(f"/2026/12/post-{n}/").respond_with_data(
            post_page(f'<a href="{target}">the call</a>', title=f"Post {n}"),
            content_type="text/html",
        )
    faults = []
    for n in range(50):
        body = xmlrpc.client.dumps(
            (httpserver.url_for(f"/2026/12/post-{n}/"), target), "pingback.ping"
        )
        response = client.post("/xmlrpc", body, content_type="text/xml", REMOTE_ADDR="203.0.113.5")
        try:
            xmlrpc.client.loads(response.content)
        except xmlrpc.client.Fault as fault:
            faults.append(fault.faultCode)
    assert faults == []  # nothing refused
    assert Mention.objects.count() == 50
    listed_now = Contribution.objects.filter(status=Contribution.Status.APPROVED).count()
    assert 0 < listed_now < 50  # the site's share for this minute; the rest wait

    # The periodic job picks up the rest once their wait is over.
    Mention.objects.filter(next_try_at__isnull=False).update(
        next_try_at=timezone.now() - timedelta(seconds=1)
    )
    enqueue_due_mentions()
    assert Contribution.objects.filter(status=Contribution.Status.APPROVED).count() == 50
    assert set(Mention.objects.values_list("status", flat=True)) == {Mention.Status.VERIFIED}


def test_a_dead_workers_claims_are_verified_in_the_next_pass(client, httpserver, parade, target):
    """A mention left *verifying* by a killed worker is freed and queued in one pass (before,
    a freed row waited another 15 minutes for the pass after)."""
    from django.utils import timezone

    from blogparade.linkbacks.tasks import STALE_AFTER

    httpserver.expect_request("/post").respond_with_data(
        post_page(f'<a href="{target}">the call</a>'), content_type="text/html"
    )
    mention = Mention.objects.create(
        source=httpserver.url_for("/post"),
        target=target,
        target_normalized=target,
        parade=parade,
        status=Mention.Status.VERIFYING,
    )
    Mention.objects.filter(pk=mention.pk).update(
        updated_at=timezone.now() - STALE_AFTER - timedelta(seconds=1)
    )
    assert enqueue_due_mentions() == 1  # tasks run inline here
    mention.refresh_from_db()
    assert mention.status == Mention.Status.VERIFIED
