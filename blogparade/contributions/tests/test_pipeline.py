"""The one pipeline: fetch → verify → describe → moderate, against fake sites."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone
from werkzeug import Response

from blogparade.contributions.models import Contribution, ContributionEvent, Contributor
from blogparade.contributions.pipeline import (
    enqueue_due_rechecks,
    enqueue_verification,
    recheck_contribution,
    run_pipeline,
)
from blogparade.core.urlnorm import canonical_url
from blogparade.linkbacks.tests.pages import post_page

pytestmark = pytest.mark.django_db
S = Contribution.Status
V = Contribution.Verification


@pytest.fixture(autouse=True)
def _local_web(settings):
    settings.FETCH_ALLOW_HOSTS = ["127.0.0.1", "localhost"]
    settings.BASE_URL = "http://blogparade.test"
    from blogparade.fetch.client import reset_politeness

    reset_politeness()


def submit(parade, url, channel=Contribution.Channel.FORM, **kw):
    c = Contribution.objects.create(
        parade=parade, url=url, canonical_url=canonical_url(url), channel=channel, **kw
    )
    enqueue_verification(c)
    c.refresh_from_db()
    return c


def page(httpserver, path, html, status=200):
    httpserver.expect_request(path).respond_with_data(
        html, status=status, content_type="text/html; charset=utf-8"
    )
    return httpserver.url_for(path)


def published(days: float) -> str:
    return (timezone.now() + timedelta(days=days)).isoformat(timespec="seconds")


def answer(parade, **kw):
    kw.setdefault("published", published(-1))
    return post_page(f'<a href="{parade.absolute_url()}">the call</a>', **kw)


def test_verified_contribution_is_described_and_approved(httpserver, parade):
    url = page(
        httpserver,
        "/post",
        answer(
            parade,
            title="Why I still write",
            author="Anna Example",
            author_url="https://anna.example/",
        ),
    )
    c = submit(parade, url)
    assert c.verification == V.VERIFIED, c.status_reason
    assert c.status == S.APPROVED
    assert c.title.startswith("Why I still write")
    assert c.author_name == "Anna Example"
    assert c.published is not None
    assert c.late is False
    assert c.next_check_at is not None and c.next_check_at - timezone.now() <= timedelta(
        days=1, minutes=1
    )
    assert c.contributor.url == "https://anna.example/"
    messages = list(c.events.values_list("message", flat=True))
    assert len(messages) >= 4
    assert any("main content" in m for m in messages)


def test_host_may_turn_auto_approval_off(httpserver, parade):
    parade.auto_approve = False
    parade.save()
    c = submit(parade, page(httpserver, "/post", answer(parade)))
    assert (c.verification, c.status) == (V.VERIFIED, S.PENDING)


def test_moderation_off_approves_verified(httpserver, parade, settings):
    settings.MODERATION = False
    parade.auto_approve = False
    parade.save()
    assert submit(parade, page(httpserver, "/post", answer(parade))).status == S.APPROVED


def test_link_to_the_hosts_own_call_counts(httpserver, parade):
    parade.call_url = "https://hanna.example.org/my-call/"
    parade.save()
    c = submit(
        parade,
        page(
            httpserver,
            "/post",
            post_page(
                '<a href="https://hanna.example.org/my-call/">call</a>', published=published(-1)
            ),
        ),
    )
    assert c.status == S.APPROVED, c.status_reason


@pytest.mark.parametrize("where", ["footer_links", "sidebar_links"])
def test_link_only_in_footer_or_sidebar_does_not_count(httpserver, parade, where):
    html = post_page(
        "no link here",
        published=published(-1),
        **{where: f'<a href="{parade.absolute_url()}">call</a>'},
    )
    c = submit(parade, page(httpserver, "/post", html))
    assert c.status == S.REJECTED
    assert c.verification == V.FAILED
    assert "sidebar, footer" in c.status_reason


def test_no_link_is_rejected_with_reason(httpserver, parade):
    c = submit(parade, page(httpserver, "/post", post_page("nothing", published=published(-1))))
    assert c.status == S.REJECTED
    assert "does not link" in c.status_reason


def test_backlink_not_required(httpserver, parade):
    parade.backlink_required = False
    parade.save()
    c = submit(parade, page(httpserver, "/post", post_page("nothing", published=published(-1))))
    assert c.status == S.APPROVED


def test_late_entry_is_flagged(httpserver, parade):
    parade.opens_at = timezone.now() - timedelta(days=20)
    parade.closes_at = timezone.now() - timedelta(days=2)
    parade.save()
    c = submit(parade, page(httpserver, "/post", answer(parade, published=published(-1))))
    assert c.status == S.APPROVED
    assert c.late is True


def test_late_entry_rejected_when_the_parade_takes_none(httpserver, parade):
    parade.opens_at = timezone.now() - timedelta(days=20)
    parade.closes_at = timezone.now() - timedelta(days=2)
    parade.late_entries_accepted = False
    parade.save()
    c = submit(parade, page(httpserver, "/post", answer(parade, published=published(-1))))
    assert c.status == S.REJECTED
    assert "deadline" in c.status_reason


def test_published_long_before_opening_is_rejected(httpserver, parade):
    c = submit(parade, page(httpserver, "/post", answer(parade, published=published(-30))))
    assert c.status == S.REJECTED
    assert "before the parade opened" in c.status_reason


def test_duplicate_after_redirect(httpserver, parade):
    first = submit(parade, page(httpserver, "/post", answer(parade)))
    assert first.status == S.APPROVED
    httpserver.expect_request("/short").respond_with_response(
        Response(status=301, headers={"Location": httpserver.url_for("/post/")})
    )
    page(httpserver, "/post/", answer(parade))
    dup = submit(parade, httpserver.url_for("/short"))
    assert dup.status == S.REJECTED
    assert "Duplicate" in dup.status_reason


def test_duplicate_by_rel_canonical_with_www_http_utm_and_slash(httpserver, parade):
    first = submit(parade, page(httpserver, "/post", answer(parade)))
    assert first.status == S.APPROVED
    host = httpserver.url_for("/").split("//", 1)[1].rstrip("/")
    canonical = f"https://www.{host}/post/?utm_source=feed&fbclid=abc"
    dup = submit(
        parade,
        page(
            httpserver,
            "/amp/post",
            answer(parade, head=f'<link rel="canonical" href="{canonical}">'),
        ),
    )
    assert dup.status == S.REJECTED
    assert "Duplicate" in dup.status_reason


def test_different_posts_are_not_duplicates(httpserver, parade):
    assert submit(parade, page(httpserver, "/a", answer(parade))).status == S.APPROVED
    assert submit(parade, page(httpserver, "/b", answer(parade))).status == S.APPROVED


@pytest.mark.parametrize(
    ("status", "body", "reason"),
    [
        (503, "busy", "503"),
        (403, "go away", "403"),
        (
            200,
            "<html><head><script src='/app.js'></script></head><body><div id='root'></div></body></html>",
            "JavaScript",
        ),
    ],
)
def test_unverifiable_stays_pending_with_reason(httpserver, parade, status, body, reason):
    c = submit(parade, page(httpserver, "/post", body, status=status))
    assert c.status == S.PENDING
    assert c.verification == V.UNVERIFIED
    assert reason in c.status_reason
    assert c.next_check_at is not None


def test_blocked_address_stays_pending_with_reason(parade, settings):
    settings.FETCH_ALLOW_HOSTS = []
    c = submit(parade, "http://10.1.2.3/post")
    assert (c.status, c.verification) == (S.PENDING, V.UNVERIFIED)
    assert c.last_error


def test_recheck_marks_gone_and_tells_the_host(httpserver, parade):
    httpserver.expect_oneshot_request("/post").respond_with_data(
        answer(parade), content_type="text/html"
    )
    c = submit(parade, httpserver.url_for("/post"))
    assert c.status == S.APPROVED
    httpserver.expect_oneshot_request("/post").respond_with_data("gone", status=410)
    recheck_contribution(c.pk)
    c.refresh_from_db()
    assert c.status == S.GONE
    assert "410" in c.status_reason
    assert len(mail.outbox) == 1 and parade.host.email in mail.outbox[0].to
    assert c.events.filter(message__contains="410").exists()


def test_recheck_with_removed_link_is_gone(httpserver, parade):
    httpserver.expect_oneshot_request("/post").respond_with_data(
        answer(parade), content_type="text/html"
    )
    c = submit(parade, httpserver.url_for("/post"))
    httpserver.expect_oneshot_request("/post").respond_with_data(
        post_page("edited"), content_type="text/html"
    )
    run_pipeline(c)
    c.refresh_from_db()
    assert c.status == S.GONE
    assert "removed" in c.status_reason


def test_passing_failure_on_recheck_keeps_the_listing(httpserver, parade):
    httpserver.expect_oneshot_request("/post").respond_with_data(
        answer(parade), content_type="text/html"
    )
    c = submit(parade, httpserver.url_for("/post"))
    httpserver.expect_oneshot_request("/post").respond_with_data("busy", status=503)
    run_pipeline(c)
    c.refresh_from_db()
    assert c.status == S.APPROVED
    assert "503" in c.last_error


def test_due_rechecks_are_queued_once(httpserver, parade):
    c = submit(parade, page(httpserver, "/post", answer(parade)))
    Contribution.objects.filter(pk=c.pk).update(next_check_at=timezone.now() - timedelta(minutes=1))
    before = ContributionEvent.objects.filter(contribution=c).count()
    assert enqueue_due_rechecks() == 1
    assert ContributionEvent.objects.filter(contribution=c).count() > before
    assert enqueue_due_rechecks() == 0


def test_recheck_schedule_after_close_is_weekly(httpserver, parade):
    parade.opens_at = timezone.now() - timedelta(days=20)
    parade.closes_at = timezone.now() - timedelta(days=2)
    parade.save()
    c = submit(parade, page(httpserver, "/post", answer(parade, published=published(-3))))
    assert timedelta(days=6) < c.next_check_at - timezone.now() <= timedelta(days=7)


def test_contributor_is_the_same_across_channels(httpserver, parade):
    blog = submit(
        parade,
        page(
            httpserver, "/blog", answer(parade, author="Anna", author_url="https://anna.example/")
        ),
        submitter_name="Anna",
        submitter_email="anna@anna.example",
    )
    assert blog.submitted_by_author is True
    toot = submit(
        parade,
        page(
            httpserver,
            "/@anna/1",
            answer(
                parade, author="Anna", author_url="https://social.example/@anna", title="My thread"
            ),
        ),
        submitter_name="Anna",
        submitter_email="anna@anna.example",
    )
    assert toot.status == S.APPROVED, toot.status_reason
    assert toot.contributor_id == blog.contributor_id
    assert Contributor.objects.count() == 1


def test_submission_by_someone_else_is_marked(httpserver, parade):
    c = submit(
        parade,
        page(
            httpserver, "/post", answer(parade, author="Anna", author_url="https://anna.example/")
        ),
        submitter_name="Bert",
        submitter_email="bert@mail.example",
    )
    assert c.submitted_by_author is False
    assert not Contributor.objects.filter(email="bert@mail.example").exists()


def test_task_for_a_deleted_row_is_quiet(parade):
    from blogparade.contributions.pipeline import check_contribution

    check_contribution.call(999_999)
