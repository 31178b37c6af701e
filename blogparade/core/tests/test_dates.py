"""Dates for long lists: the same text as Django's dateformat, and a one-unit "… ago"."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from django.utils import dateformat, formats, translation

from blogparade.core.dates import DateFormatter, Relative

BERLIN = ZoneInfo("Europe/Berlin")
MOMENTS = [
    dt.datetime(2026, 1, 1, 0, 0, 5, tzinfo=BERLIN),
    dt.datetime(2026, 3, 29, 2, 30, tzinfo=BERLIN),  # the night the clocks change
    dt.datetime(2026, 9, 9, 9, 9, 9, tzinfo=BERLIN),
    dt.datetime(2026, 12, 24, 23, 59, 59, tzinfo=dt.UTC),
    dt.datetime(2026, 5, 1, 12, 0),  # naive
]
FORMATS = ["DATE_FORMAT", "DATETIME_FORMAT", "SHORT_DATETIME_FORMAT", "j. F Y, H:i \\U\\h\\r"]
FORMATS += ["D, d M Y H:i:s O", "l jS \\of F Y h:i:s A", "N j, Y, P", "c", "r", "U"]


@pytest.mark.parametrize("language", ["en", "de"])
@pytest.mark.parametrize("name", FORMATS)
def test_the_same_text_as_django(language, name):
    with translation.override(language):
        fmt = formats.get_format(name) if name.isupper() else name
        formatter = DateFormatter(fmt)
        for moment in MOMENTS:
            assert formatter(moment) == dateformat.format(moment, fmt), (fmt, moment)
            assert formatter(moment) == dateformat.format(moment, fmt)  # and from its memory


@pytest.mark.parametrize(
    ("ago", "en", "de"),
    [
        (dt.timedelta(seconds=20), "just now", "gerade eben"),
        (dt.timedelta(minutes=1), "1 minute ago", "vor 1 Minute"),
        (dt.timedelta(minutes=59), "59 minutes ago", "vor 59 Minuten"),
        (dt.timedelta(hours=5, minutes=59), "5 hours ago", "vor 5 Stunden"),
        (dt.timedelta(days=1, hours=23), "1 day ago", "vor 1 Tag"),
        (dt.timedelta(days=13), "13 days ago", "vor 13 Tagen"),
        (dt.timedelta(days=20), "2 weeks ago", "vor 2 Wochen"),
        (dt.timedelta(days=200), "6 months ago", "vor 6 Monaten"),
        (dt.timedelta(days=800), "2 years ago", "vor 2 Jahren"),
    ],
)
def test_relative_time_in_one_unit(ago, en, de):
    now = dt.datetime(2026, 12, 7, 12, 0, tzinfo=dt.UTC)
    with translation.override("en"):
        assert Relative(now)(now - ago) == en
    with translation.override("de"):
        assert Relative(now)(now - ago) == de
