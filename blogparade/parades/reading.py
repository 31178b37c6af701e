"""The reading list ("Lesenswertes") of a parade: links the host recommends beside the call
and in the roundup, each shown as a preview.

:func:`add` reads the page through the safe client (title, description, ``og:image``) and
copies the image locally (:func:`blogparade.fetch.images.copy_preview`); readers' browsers
load nothing from the other site. What the host writes in title or description wins over
what the page says; :func:`refresh` reads the page again for what the host left empty.
A page that cannot be read is still listed, with its address, and the host sees why.
"""

from __future__ import annotations

import logging

from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext_noop

from blogparade.core.phrases import Phrase
from blogparade.core.urlnorm import canonical_url
from blogparade.parades.models import Parade, ReadingItem

logger = logging.getLogger("blogparade.parades")

LIMIT = 50  # entries per parade
PAGE_ACCEPT = ("text/html", "application/xhtml+xml")


class ReadingError(ValueError):
    """What the host asked for cannot be done (a bad address, a full list)."""


def add(
    parade: Parade,
    url: str,
    *,
    title: str = "",
    description: str = "",
    place: str = ReadingItem.Place.BOTH,
) -> ReadingItem:
    """Add ``url`` to the parade's reading list, with its preview. Raises
    :class:`ReadingError` for an address that is not http(s), one already listed, or a
    full list."""
    from django.utils.translation import gettext as _

    url = (url or "").strip()
    if not url.lower().startswith(("http://", "https://")) or len(url) > 2000:
        raise ReadingError(_("Enter an address starting with http:// or https://."))
    key = canonical_url(url)
    items = list(parade.reading_items.all())
    if any(canonical_url(item.url) == key for item in items):
        raise ReadingError(_("This address is on the list already."))
    if len(items) >= LIMIT:
        raise ReadingError(_("The list is full (%(n)d entries).") % {"n": LIMIT})
    item = ReadingItem(
        parade=parade,
        url=url,
        title=title.strip()[:300],
        description=description.strip()[:1000],
        place=place if place in ReadingItem.Place.values else ReadingItem.Place.BOTH,
        position=(parade.reading_items.aggregate(m=Max("position"))["m"] or 0) + 1,
    )
    _read(item)
    item.save()
    return item


def refresh(item: ReadingItem) -> ReadingItem:
    """Read the page again: fills what is empty, renews the image."""
    _read(item, again=True)
    item.save()
    return item


def update(item: ReadingItem, *, title: str, description: str, place: str) -> ReadingItem:
    item.title = title.strip()[:300]
    item.description = description.strip()[:1000]
    if place in ReadingItem.Place.values:
        item.place = place
    item.save(update_fields=["title", "description", "place"])
    return item


def remove(item: ReadingItem) -> None:
    item.delete()


def move(item: ReadingItem, step: int) -> None:
    """One place up (``-1``) or down (``1``) in the list."""
    items = list(item.parade.reading_items.all())
    index = next(i for i, other in enumerate(items) if other.pk == item.pk)
    other = index + step
    if not 0 <= other < len(items):
        return
    items[index], items[other] = items[other], items[index]
    with transaction.atomic():
        for position, entry in enumerate(items, 1):
            if entry.position != position:
                entry.position = position
                entry.save(update_fields=["position"])


def shown(parade: Parade, where: str) -> list[ReadingItem]:
    """The entries for the call page (``"call"``) or the roundup (``"roundup"``)."""
    return [
        item for item in parade.reading_items.all() if item.place in (ReadingItem.Place.BOTH, where)
    ]


def _read(item: ReadingItem, *, again: bool = False) -> None:
    """Fill title, description and image from the page (never raises for the other site)."""
    from blogparade.fetch.client import FetchError, fetch
    from blogparade.fetch.extract import describe
    from blogparade.fetch.images import copy_preview

    trigger = f"reading:{item.parade.slug}"
    item.fetched_at = timezone.now()
    try:
        result = fetch(item.url, accept=PAGE_ACCEPT, triggered_by=trigger)
    except FetchError as exc:
        item.problem = (exc.phrase or _could_not(exc.reason)).as_data()
        return
    if not 200 <= result.status < 300:
        item.problem = Phrase(
            "page_status", gettext_noop("The page answered HTTP %(status)s."), status=result.status
        ).as_data()
        return
    try:
        desc = describe(result.text(), result.final_url)
    except Exception as exc:  # hostile markup must not stop the host
        logger.info("reading list: describing %s failed: %s", item.url, type(exc).__name__)
        item.problem = Phrase(
            "unreadable",
            gettext_noop("The page could not be read (%(error)s)."),
            error=type(exc).__name__,
        ).as_data()
        return
    item.problem = None
    if not item.title:
        item.title = " ".join((desc.title or "").split())[:300]
    if not item.description:
        item.description = " ".join((desc.summary or "").split())[:1000]
    if desc.image and (again or not item.image):
        item.image = copy_preview(desc.image, triggered_by=trigger) or item.image


def _could_not(reason: str) -> Phrase:
    return Phrase("fetch_failed", gettext_noop("Fetch failed: %(reason)s"), reason=reason)
