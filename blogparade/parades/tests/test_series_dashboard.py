"""/dashboard/s/<slug>/: the owner manages the schedule; everyone else gets a 404."""

from __future__ import annotations

import pytest

from blogparade.parades import series as service
from blogparade.parades.models import Parade, Series, SeriesSlot

pytestmark = pytest.mark.django_db


@pytest.fixture
def carnival(owner):
    return service.create_series(owner, slug="carnival", title="Web Carnival")


def test_stranger_is_sent_to_login(carnival, stranger_client):
    response = stranger_client.get("/dashboard/s/carnival/")
    assert response.status_code == 302 and "/login/" in response["Location"]


def test_other_host_gets_404_everywhere(carnival, owner, other_client):
    slot = service.add_slot(carnival, month=service.current_month(), host=owner)
    assert other_client.get("/dashboard/s/carnival/").status_code == 404
    assert other_client.post("/dashboard/s/carnival/", {"month": "2030-01"}).status_code == 404
    assert other_client.post(f"/dashboard/s/carnival/slots/{slot.pk}/delete/").status_code == 404
    assert other_client.post(f"/dashboard/s/carnival/slots/{slot.pk}/open/").status_code == 404
    assert SeriesSlot.objects.filter(pk=slot.pk).exists()
    assert not Parade.objects.exists()


def test_slot_of_another_series_is_404(carnival, owner, other_host, owner_client):
    theirs = service.create_series(other_host, slug="theirs", title="Theirs")
    slot = service.add_slot(theirs, month=service.current_month(), host=other_host)
    response = owner_client.post(f"/dashboard/s/carnival/slots/{slot.pk}/delete/")
    assert response.status_code == 404
    assert SeriesSlot.objects.filter(pk=slot.pk).exists()


def test_owner_creates_series_and_schedules_hosts(owner_client, owner, other_host):
    response = owner_client.post(
        "/dashboard/s/",
        {"title": "Web Carnival", "slug": "carnival", "language": "en", "remind_days_before": 10},
    )
    assert response.status_code == 302
    series = Series.objects.get(slug="carnival", owner=owner)

    response = owner_client.post(
        "/dashboard/s/carnival/", {"month": "2031-05", "local_host": "bob", "topic": "Maps"}
    )
    assert response.status_code == 302
    slot = series.slots.get()
    assert slot.host == other_host and str(slot.month) == "2031-05-01"

    response = owner_client.post(
        "/dashboard/s/carnival/",
        {"month": "2031-05", "external_name": "Erin", "external_url": "https://erin.example.net/"},
    )
    assert response.status_code == 400
    assert "already has a host" in response.content.decode()

    response = owner_client.post(
        "/dashboard/s/carnival/", {"month": "2031-06", "local_host": "zed"}
    )
    assert response.status_code == 400
    assert series.slots.count() == 1

    page = owner_client.get("/dashboard/s/carnival/").content.decode()
    assert "Bob Other" in page and "Maps" in page

    response = owner_client.post(f"/dashboard/s/carnival/slots/{slot.pk}/open/")
    assert response.status_code == 302
    edition = Parade.objects.get(series=series)
    assert edition.host == other_host

    response = owner_client.post(f"/dashboard/s/carnival/slots/{slot.pk}/delete/")
    assert response.status_code == 302
    assert not series.slots.exists()
    assert Parade.objects.filter(pk=edition.pk).exists()  # the edition stays


def test_dashboard_requires_post_for_changes(carnival, owner, owner_client):
    slot = service.add_slot(carnival, month=service.current_month(), host=owner)
    assert owner_client.get(f"/dashboard/s/carnival/slots/{slot.pk}/delete/").status_code == 405


def test_a_standby_host_takes_over_a_month_in_one_step(carnival, owner, other_host, owner_client):
    service.add_slot(carnival, month=service.parse_month("2031-05"), host=owner)
    standby = service.add_slot(
        carnival,
        standby=True,
        external_name="Erin",
        external_url="https://erin.example.net/",
        external_email="erin@example.net",
        topic="Maps",
    )
    page = owner_client.get("/dashboard/s/carnival/").content.decode()
    assert f'action="/dashboard/s/carnival/slots/{standby.pk}/promote/"' in page
    assert f'<label for="promote-{standby.pk}">' in page

    # May is taken: refused, with the reason, nothing changed.
    response = owner_client.post(
        f"/dashboard/s/carnival/slots/{standby.pk}/promote/", {"month": "2031-05"}, follow=True
    )
    assert "already has a host" in response.content.decode()
    standby.refresh_from_db()
    assert standby.standby and standby.month is None

    response = owner_client.post(
        f"/dashboard/s/carnival/slots/{standby.pk}/promote/", {"month": "2031-06"}, follow=True
    )
    assert "Erin hosts June 2031 now." in response.content.decode()
    standby.refresh_from_db()
    assert not standby.standby and str(standby.month) == "2031-06-01"
    assert (standby.external_email, standby.topic) == ("erin@example.net", "Maps")  # kept

    # A scheduled host is not a standby; a bad month is refused plainly.
    response = owner_client.post(
        f"/dashboard/s/carnival/slots/{standby.pk}/promote/", {"month": "2031-07"}, follow=True
    )
    assert "Only a standby host" in response.content.decode()
    other = service.add_slot(carnival, standby=True, host=other_host)
    response = owner_client.post(
        f"/dashboard/s/carnival/slots/{other.pk}/promote/", {"month": "June"}, follow=True
    )
    assert "Enter a month as YYYY-MM" in response.content.decode()
    assert owner_client.get(f"/dashboard/s/carnival/slots/{other.pk}/promote/").status_code == 405


def test_promoting_is_for_the_owner_only(carnival, other_host, other_client):
    standby = service.add_slot(carnival, standby=True, host=other_host)
    response = other_client.post(
        f"/dashboard/s/carnival/slots/{standby.pk}/promote/", {"month": "2031-06"}
    )
    assert response.status_code == 404
    standby.refresh_from_db()
    assert standby.standby
