"""Dates for lists of many items (a thread of 200 comments, a list of 50 contributions),
formatted as Django formats them, at a fraction of the cost.

:class:`DateFormatter` applies one of Django's date formats (``DATE_FORMAT``,
``DATETIME_FORMAT``, in the active language) the way :func:`django.utils.dateformat.format`
does, with the format parsed once and the month names looked up once, instead of once per
item. :func:`relative` says how long ago something was ("3 days ago", "vor 3 Tagen") in one
unit, with one catalogue lookup per distinct answer.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from django.utils.dateformat import DateFormat, re_escaped, re_formatchars
from django.utils.dates import MONTHS, MONTHS_3, MONTHS_AP
from django.utils.translation import gettext as _
from django.utils.translation import ngettext


def _two(n: int) -> str:
    return f"{n:02d}"


class DateFormatter:
    """``formatter(value)`` == ``dateformat.format(value, fmt)`` for aware or naive
    datetimes and dates, in the language active when the formatter was made."""

    def __init__(self, fmt: str) -> None:
        self.pieces: list[tuple[str, bool]] = [
            (piece if i % 2 else re_escaped.sub(r"\1", piece), bool(i % 2))
            for i, piece in enumerate(re_formatchars.split(str(fmt)))
            if piece
        ]
        months = {m: str(MONTHS[m]) for m in range(1, 13)}
        months_ap = {m: str(MONTHS_AP[m]) for m in range(1, 13)}
        months_3 = {m: str(MONTHS_3[m]) for m in range(1, 13)}
        # The characters lists use, without a DateFormat each; the rest go to Django.
        self.fast: dict[str, Callable[[dt.date], str]] = {
            "d": lambda v: _two(v.day),
            "j": lambda v: str(v.day),
            "m": lambda v: _two(v.month),
            "n": lambda v: str(v.month),
            "Y": lambda v: f"{v.year:04d}",
            "y": lambda v: _two(v.year % 100),
            "F": lambda v: months[v.month],
            "N": lambda v: months_ap[v.month],
            "b": lambda v: months_3[v.month],
            "H": lambda v: _two(v.hour),  # type: ignore[attr-defined]
            "G": lambda v: str(v.hour),  # type: ignore[attr-defined]
            "i": lambda v: _two(v.minute),  # type: ignore[attr-defined]
            "s": lambda v: _two(v.second),  # type: ignore[attr-defined]
        }
        self.cache: dict[object, str] = {}

    def __call__(self, value: dt.date) -> str:
        key = (value, getattr(value, "tzinfo", None))
        hit = self.cache.get(key)
        if hit is not None:
            return hit
        out = []
        slow: DateFormat | None = None
        for piece, special in self.pieces:
            if not special:
                out.append(piece)
                continue
            fast = self.fast.get(piece)
            if fast is not None:
                out.append(fast(value))
                continue
            if slow is None:
                slow = DateFormat(value)
            out.append(str(getattr(slow, piece)()))
        text = "".join(out)
        self.cache[key] = text
        return text


class Relative:
    """How long ago, in the largest whole unit: "just now", "5 minutes ago", "3 days ago" …
    in the language active when it was made; each distinct answer is looked up once."""

    def __init__(self, now: dt.datetime) -> None:
        self.now = now
        self.cache: dict[tuple[str, int], str] = {}

    def __call__(self, when: dt.datetime) -> str:
        seconds = (self.now - when).total_seconds()
        unit, n = _unit(seconds)
        key = (unit, n)
        text = self.cache.get(key)
        if text is None:
            text = self.cache[key] = _say(unit, n)
        return text


def _unit(seconds: float) -> tuple[str, int]:
    if seconds < 60:
        return "now", 0
    minutes = int(seconds // 60)
    if minutes < 60:
        return "minute", minutes
    hours = minutes // 60
    if hours < 24:
        return "hour", hours
    days = hours // 24
    if days < 14:
        return "day", days
    if days < 60:
        return "week", days // 7
    if days < 365:
        return "month", days // 30
    return "year", days // 365


def _say(unit: str, n: int) -> str:
    if unit == "now":
        return _("just now")
    if unit == "minute":
        return ngettext("%(n)d minute ago", "%(n)d minutes ago", n) % {"n": n}
    if unit == "hour":
        return ngettext("%(n)d hour ago", "%(n)d hours ago", n) % {"n": n}
    if unit == "day":
        return ngettext("%(n)d day ago", "%(n)d days ago", n) % {"n": n}
    if unit == "week":
        return ngettext("%(n)d week ago", "%(n)d weeks ago", n) % {"n": n}
    if unit == "month":
        return ngettext("%(n)d month ago", "%(n)d months ago", n) % {"n": n}
    return ngettext("%(n)d year ago", "%(n)d years ago", n) % {"n": n}
