"""The XSS set at the sinks the page tests do not cover, asserted in the real browser: the
host's notification email (its HTML part), the thread's Atom feed, the JSON API, and hostile
contributions on the parade page, the roundup and the host's moderation page."""

from __future__ import annotations

import pytest
from django.conf import settings as django_settings
from django.test import Client

from blogparade.comments import notify, services
from blogparade.comments.tests.test_browser_xss import (
    PAYLOADS,
    assert_nothing_ran,
    hostile_comments,
    watch,
)
from blogparade.contributions.models import Contribution

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def thread(live_server, settings, parade):
    settings.BASE_URL = live_server.url
    return services.get_or_create_thread("", f"/p/{parade.slug}/")


def test_host_notification_email_html(page, thread, mailoutbox):
    made = hostile_comments(thread, status="pending")
    for comment in made:
        notify.send_host_mail(comment.pk)  # (posting may have mailed already: more is fine)
    assert len(mailoutbox) >= len(made)
    dialogs = watch(page)
    for message in mailoutbox:
        html = next(body for body, mime in message.alternatives if mime == "text/html")
        page.set_content(html)
        assert_nothing_ran(page, dialogs, 1)


def test_thread_feed_and_api_in_the_browser(page, thread, live_server, parade):
    hostile_comments(thread)
    dialogs = watch(page)
    page.goto(f"{live_server.url}/comments/feed/?uri=/p/{parade.slug}/")
    assert_nothing_ran(page, dialogs, len(PAYLOADS))
    page.goto(f"{live_server.url}/isso/?uri=/p/{parade.slug}/")
    assert_nothing_ran(page, dialogs, len(PAYLOADS))


def test_hostile_contributions_on_page_roundup_and_dashboard(page, live_server, parade, host):
    for i, payload in enumerate(PAYLOADS):
        Contribution.objects.create(
            parade=parade,
            url=f"https://c{i}.example.org/post",
            canonical_url=f"https://c{i}.example.org/post",
            title=payload,
            author_name=payload[:200],
            author_url="javascript:window.__xss=1",
            summary=payload,
            channel=Contribution.Channel.WEBMENTION,
            status=Contribution.Status.APPROVED,
        )
    from blogparade.contributions.roundup import draft_roundup

    draft_roundup(parade)
    client = Client()
    client.force_login(host)
    cookie = client.cookies[django_settings.SESSION_COOKIE_NAME]
    page.context.add_cookies([{"name": cookie.key, "value": cookie.value, "url": live_server.url}])
    dialogs = watch(page)
    for path in (
        f"/p/{parade.slug}/",
        f"/p/{parade.slug}/roundup/",
        f"/dashboard/p/{parade.slug}/",
        f"/p/{parade.slug}/contributions.atom",
        f"/widgets/contributions.html?parade={parade.slug}",
        f"/dashboard/p/{parade.slug}/roundup/",
    ):
        page.goto(live_server.url + path)
        assert_nothing_ran(page, dialogs, 1)
