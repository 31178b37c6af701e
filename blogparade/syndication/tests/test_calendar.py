import datetime as dt

import pytest
from django.utils import timezone
from icalendar import Calendar

from blogparade.syndication.tests.factories import make_parade

pytestmark = pytest.mark.django_db


def parse(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    cal = Calendar.from_ical(response.content)
    assert cal["VERSION"] == "2.0" and cal["PRODID"]
    return cal


def test_parade_deadline_event_with_reminder(client):
    closes = timezone.now().replace(microsecond=0) + dt.timedelta(days=3)
    parade = make_parade(title='Café <b>"Talk"</b>; a, b', closes_at=closes)
    cal = parse(client.get(f"/p/{parade.slug}/deadline.ics"))
    events = list(cal.walk("VEVENT"))
    assert len(events) == 1
    event = events[0]
    assert event.decoded("DTSTART") == closes
    assert str(event["SUMMARY"]) == 'Deadline: Café <b>"Talk"</b>; a, b'
    assert str(event["URL"]) == parade.absolute_url()
    assert str(event["UID"]).startswith(f"parade-{parade.pk}-")
    alarms = list(event.walk("VALARM"))
    assert len(alarms) == 1
    assert alarms[0]["ACTION"] == "DISPLAY"
    assert alarms[0].decoded("TRIGGER") == -dt.timedelta(days=1)


def test_unknown_parade_calendar_404(client):
    assert client.get("/p/nope/deadline.ics").status_code == 404


def test_calendar_of_open_parades(client):
    now = timezone.now()
    soon = make_parade(title="Soon", closes_at=now + dt.timedelta(days=2))
    later = make_parade(title="Later", closes_at=now + dt.timedelta(days=20))
    make_parade(
        title="Closed", opens_at=now - dt.timedelta(days=30), closes_at=now - dt.timedelta(days=1)
    )
    make_parade(title="Hidden", listed=False)
    cal = parse(client.get("/calendar.ics"))
    summaries = [str(e["SUMMARY"]) for e in cal.walk("VEVENT")]
    assert summaries == [f"Deadline: {soon.title}", f"Deadline: {later.title}"]
    assert all(len(list(e.walk("VALARM"))) == 1 for e in cal.walk("VEVENT"))


def test_empty_calendar_is_valid(client):
    cal = parse(client.get("/calendar.ics"))
    assert list(cal.walk("VEVENT")) == []
