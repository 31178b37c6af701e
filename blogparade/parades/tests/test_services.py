from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from blogparade.contributions import services as contribution_services
from blogparade.contributions.models import Contribution, ContributionEvent
from blogparade.parades import services
from blogparade.parades.models import Parade

pytestmark = pytest.mark.django_db


def test_create_parade_defaults_opening_to_now(owner):
    closes = timezone.now() + timedelta(days=7)
    parade = services.create_parade(owner, slug="new-one", title="New one", closes_at=closes)
    assert parade.pk and parade.host == owner
    assert parade.opens_at <= timezone.now()
    assert parade.state == "open"


def test_create_parade_rejects_deadline_before_opening(owner):
    now = timezone.now()
    with pytest.raises(ValidationError) as exc:
        services.create_parade(
            owner, slug="bad", title="Bad", opens_at=now, closes_at=now - timedelta(hours=1)
        )
    assert "closes_at" in exc.value.message_dict
    assert not Parade.objects.exists()


def test_create_parade_rejects_taken_slug_and_bad_zone(owner, parade):
    with pytest.raises(ValidationError) as exc:
        services.create_parade(
            owner,
            slug=parade.slug,
            title="Again",
            closes_at=timezone.now() + timedelta(days=1),
            time_zone="Mars/Olympus",
        )
    assert set(exc.value.message_dict) >= {"slug", "time_zone"}
    assert Parade.objects.count() == 1


@pytest.mark.parametrize("zone", ["Europe/Berlin", "America/New_York", "UTC", "Asia/Kolkata"])
def test_valid_time_zones(zone):
    services.validate_time_zone(zone)


@pytest.mark.parametrize("zone", ["", "Berlin", "Europe/Nowhere", "../../etc/passwd", "EST"])
def test_invalid_time_zones(zone):
    with pytest.raises(ValidationError):
        services.validate_time_zone(zone)


def test_submit_contribution_canonicalises_and_logs(parade, queued_tasks):
    c = contribution_services.submit_contribution(
        parade, "https://www.Blog.example/a/?fbclid=1", "Nia", "nia@example.com"
    )
    assert c.canonical_url == "https://blog.example/a"
    assert c.status == Contribution.Status.PENDING
    assert c.events.count() == 1
    with pytest.raises(ValidationError) as exc:
        contribution_services.submit_contribution(
            parade, "http://blog.example/a", "Nia", "nia@example.com"
        )
    assert exc.value.message_dict["url"] == ["This post is already part of the parade."]
    assert Contribution.objects.count() == 1


def test_submit_contribution_other_channels(parade, queued_tasks):
    c = contribution_services.submit_contribution(
        parade, "https://blog.example/b", channel=Contribution.Channel.WEBMENTION
    )
    assert c.channel == "webmention"
    assert "Webmention" in c.events.get().message


def test_moderate_sets_status_reason_and_log(parade, make_contribution):
    a = make_contribution(parade, status="pending")
    b = make_contribution(parade, status="pending")
    changed = contribution_services.moderate([a, b], "approve", "")
    assert changed == 2
    a.refresh_from_db()
    assert a.status == "approved"
    assert a.status_reason
    assert ContributionEvent.objects.filter(contribution=a, message__icontains="approved").exists()
    assert (
        contribution_services.moderate(Contribution.objects.filter(pk=b.pk), "spam", "Casino links")
        == 1
    )
    b.refresh_from_db()
    assert (b.status, b.status_reason) == ("spam", "Casino links")
    assert "Casino links" in b.events.last().message


def test_moderate_unknown_action(parade, make_contribution):
    with pytest.raises(ValueError):
        contribution_services.moderate([make_contribution(parade)], "delete")


def test_moderate_same_status_without_reason_is_noop(parade, make_contribution):
    c = make_contribution(parade, status="approved")
    assert contribution_services.moderate([c], "approve") == 0
    assert not c.events.exists()


def test_host_parades_counts(owner, parade, make_parade, make_contribution, other_host):
    make_contribution(parade)
    make_contribution(parade, status="pending")
    make_contribution(parade, status="spam")
    make_parade("open", host=other_host)
    rows = list(services.host_parades(owner))
    assert [(p.slug, p.pending_count, p.approved_count, p.total_count) for p in rows] == [
        (parade.slug, 1, 1, 3)
    ]
