"""Contributors are identified once; a gone post keeps being looked at and comes back."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from blogparade.contributions.models import Contribution, Contributor
from blogparade.contributions.pipeline import GONE_RECHECK_FOR, run_pipeline
from blogparade.contributions.tests.test_pipeline import _local_web, answer, submit  # noqa: F401

pytestmark = pytest.mark.django_db
S = Contribution.Status


def test_a_name_without_a_link_on_one_site_is_one_person(httpserver, parade):
    """Twenty Twenty-Three shows the author's name without a URL: four posts, four checks
    each, still one contributor."""
    urls = []
    for n in range(4):
        path = f"/2026/12/post-{n}/"
        httpserver.expect_request(path).respond_with_data(
            answer(parade, author="Wilma Press", title=f"Post {n}"), content_type="text/html"
        )
        urls.append(httpserver.url_for(path))
    contributions = [submit(parade, url) for url in urls]
    for c in contributions:
        run_pipeline(c)
        run_pipeline(c)
    assert Contributor.objects.count() == 1
    person = Contributor.objects.get()
    assert person.name == "Wilma Press"
    assert person.contributions.count() == 4


def test_the_same_name_on_another_site_is_another_person(httpserver, parade):
    httpserver.expect_request("/a").respond_with_data(
        answer(parade, author="Sam"), content_type="text/html"
    )
    submit(parade, httpserver.url_for("/a"))
    other = httpserver.url_for("/b").replace("localhost", "127.0.0.1")
    if other == httpserver.url_for("/b"):
        other = other.replace("127.0.0.1", "localhost")
    httpserver.expect_request("/b").respond_with_data(
        answer(parade, author="Sam"), content_type="text/html"
    )
    submit(parade, other)
    assert Contributor.objects.filter(name="Sam").count() == 2


def test_a_gone_post_is_checked_on_a_back_off_and_comes_back_by_itself(httpserver, parade):
    httpserver.expect_oneshot_request("/post").respond_with_data(
        answer(parade), content_type="text/html"
    )
    c = submit(parade, httpserver.url_for("/post"))
    assert c.status == S.APPROVED

    went = timezone.now()
    for _ in range(3):
        httpserver.expect_oneshot_request("/post").respond_with_data("", status=404)
        run_pipeline(c)
        c.refresh_from_db()
        assert c.status == S.GONE  # not rejected: still being looked at
        assert c.next_check_at is not None
        assert c.next_check_at <= went + GONE_RECHECK_FOR + timedelta(minutes=1)
    assert "404" in c.status_reason

    httpserver.expect_oneshot_request("/post").respond_with_data(
        answer(parade), content_type="text/html"
    )
    run_pipeline(c)
    c.refresh_from_db()
    assert c.status == S.APPROVED


def test_checking_a_gone_post_stops_after_thirty_days(httpserver, parade):
    httpserver.expect_oneshot_request("/post").respond_with_data(
        answer(parade), content_type="text/html"
    )
    c = submit(parade, httpserver.url_for("/post"))
    httpserver.expect_request("/post").respond_with_data("", status=410)
    run_pipeline(c)
    c.refresh_from_db()
    assert c.status == S.GONE and c.next_check_at is not None
    Contribution.objects.filter(pk=c.pk).update(
        status_changed_at=timezone.now() - GONE_RECHECK_FOR - timedelta(hours=1)
    )
    c.refresh_from_db()
    run_pipeline(c)
    c.refresh_from_db()
    assert c.status == S.GONE and c.next_check_at is None
