"""iCalendar (RFC 5545) for parade deadlines: one calendar per parade and one of all open parades.

Each deadline is a VEVENT at ``closes_at`` (UTC) with a VALARM reminder a day before it.
The UID is stable per parade, so calendar clients update an event when the deadline moves.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from django.conf import settings
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _
from icalendar import Alarm, Calendar, Event

from blogparade.parades.models import Parade

CALENDAR_LIMIT = 500
REMINDER_BEFORE = dt.timedelta(days=1)
CONTENT_TYPE = "text/calendar; charset=utf-8"


def deadline_event(parade: Parade, *, stamp: dt.datetime | None = None) -> Event:
    """The VEVENT for a parade's deadline, with a display reminder ``REMINDER_BEFORE`` it."""
    event = Event()
    event.add("uid", f"parade-{parade.pk}-deadline@{settings.BASE_HOST}")
    event.add("dtstamp", (stamp or timezone.now()).astimezone(dt.UTC))
    start = parade.closes_at.astimezone(dt.UTC)
    event.add("dtstart", start)
    event.add("dtend", start)
    event.add("summary", _("Deadline: %(title)s") % {"title": parade.title})
    description = parade.display_question
    if parade.hashtag:
        description += f"\n#{parade.hashtag.lstrip('#')}"
    event.add("description", description + "\n" + parade.absolute_url())
    event.add("url", parade.absolute_url())
    event.add("transp", "TRANSPARENT")
    event.add("last-modified", parade.updated_at.astimezone(dt.UTC))

    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("trigger", -REMINDER_BEFORE)
    alarm.add(
        "description", _("Tomorrow is the deadline of “%(title)s”.") % {"title": parade.title}
    )
    event.add_component(alarm)
    return event


def build_calendar(parades: Iterable[Parade], name: str) -> bytes:
    """A VCALENDAR holding the deadline of every parade given, serialised."""
    cal = Calendar()
    cal.add("prodid", "-//blogparade//deadlines//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", name)
    cal.add("refresh-interval", dt.timedelta(hours=6), parameters={"VALUE": "DURATION"})
    cal.add("x-published-ttl", "PT6H")
    stamp = timezone.now()
    for parade in parades:
        cal.add_component(deadline_event(parade, stamp=stamp))
    return cal.to_ical()


def parade_calendar(parade: Parade) -> bytes:
    """The calendar of one parade's deadline."""
    return build_calendar([parade], parade.title)


def open_parades() -> QuerySet[Parade]:
    """Listed parades whose deadline is still ahead (open or upcoming), soonest first."""
    return (
        Parade.objects.listed()
        .filter(closes_at__gt=timezone.now())
        .order_by("closes_at")[:CALENDAR_LIMIT]
    )


def open_parades_calendar() -> bytes:
    """One calendar with the deadlines of all listed parades that have not closed yet."""
    return build_calendar(open_parades(), _("Blog parade deadlines"))
