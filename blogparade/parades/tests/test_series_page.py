"""The public series page: past, current and upcoming editions, standby hosts, escaping."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from blogparade.parades import series as service
from blogparade.parades.models import Parade, Series

pytestmark = pytest.mark.django_db


@pytest.fixture
def carnival(owner) -> Series:
    return service.create_series(
        owner, slug="carnival", title="Web Carnival", description="A topic a month."
    )


def _month(n: int) -> dt.date:
    return service.add_months(service.current_month(), n)


def test_page_lists_past_current_upcoming_and_standby(carnival, owner, other_host, client):
    past = service.add_slot(carnival, month=_month(-1), host=other_host)
    service.open_edition(past)
    now_slot = service.add_slot(carnival, month=_month(0), host=owner, topic="Tools")
    service.open_edition(now_slot)
    service.add_slot(
        carnival,
        month=_month(2),
        external_name="Erin External",
        external_url="https://erin.example.net/carnival",
        external_email="erin@example.net",
        topic="Gardens",
    )
    service.add_slot(carnival, standby=True, external_name="Sam Standby")

    overview = service.overview(carnival)
    assert [e.month for e in overview.past] == [_month(-1)]
    assert [e.month for e in overview.current] == [_month(0)]
    assert [e.month for e in overview.upcoming] == [_month(2)]
    assert overview.current[0].parade.host == owner

    response = client.get("/s/carnival/")
    assert response.status_code == 200
    body = response.content.decode()
    assert "Web Carnival" in body
    assert "Bob Other" in body and "Alice Example" in body
    assert 'href="https://erin.example.net/carnival"' in body
    assert "Sam Standby" in body
    assert "erin@example.net" not in body  # the reminder address is never shown
    assert 'type="application/atom+xml"' in body


def test_unknown_series_is_404(client, db):
    assert client.get("/s/nope/").status_code == 404


def test_names_and_topics_are_escaped(carnival, client):
    service.add_slot(
        carnival,
        month=_month(1),
        external_name='<script>alert("x")</script>',
        topic="<img src=x onerror=alert(1)>",
        external_url="https://e.example.net/",
    )
    body = client.get("/s/carnival/").content.decode()
    assert "<script>alert" not in body
    assert "<img src=x" not in body
    assert "&lt;script&gt;" in body


def test_unlisted_edition_is_not_shown(carnival, owner, client):
    slot = service.add_slot(carnival, month=_month(0), host=owner)
    parade = service.open_edition(slot)
    Parade.objects.filter(pk=parade.pk).update(listed=False)
    body = client.get("/s/carnival/").content.decode()
    assert parade.get_absolute_url() not in body


def test_open_edition_spans_the_month(carnival, owner):
    slot = service.add_slot(carnival, month=_month(1), host=owner)
    parade = service.open_edition(slot)
    assert parade.series == carnival and parade.edition_month == _month(1)
    assert parade.slug == f"carnival-{_month(1):%Y-%m}"
    assert parade.opens_at == service.month_start(_month(1))
    assert parade.closes_at == service.month_start(_month(2))
    assert parade.state_at(timezone.now()) == "upcoming"
