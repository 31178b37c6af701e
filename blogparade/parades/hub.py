"""The hub: list parades hosted elsewhere next to our own.

Two kinds of :class:`~blogparade.parades.models.HubSource`:

- ``feed`` — another blogparade instance's directory feed (``/feeds/parades.atom``; any
  Atom/RSS feed of calls works). Fetched with the safe client (conditional GET), checked with
  defusedxml, then parsed by feedparser *from bytes* — feedparser never fetches anything.
- ``call`` — one call page marked up with h-entry or h-event, read with mf2py: name, url,
  deadline (``dt-end``), start (``dt-start``), summary, author/organizer h-card.

:func:`add_feed` / :func:`add_call` fetch and parse first and save only when everything
worked (one transaction), raising :class:`HubError` (one sentence) otherwise.
:func:`refresh_source` keeps errors on the row instead; :func:`refresh_due_sources` is the
periodic job. :func:`remote_parades_for_directory` is what the directory lists.

Everything from another site is stored as plain text (tags dropped with nh3, entities
decoded) and escaped by the templates.
"""

from __future__ import annotations

import datetime as dt
import html
import logging
import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin, urlsplit

import nh3
from django.conf import settings
from django.db import transaction
from django.db.models import F, Min, Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext_noop
from django_tasks import task

from blogparade.core import phrases
from blogparade.core.phrases import Phrase
from blogparade.fetch.client import (
    BadContentType,
    BlockedAddress,
    FetchError,
    FetchResult,
    TooLarge,
    fetch,
)
from blogparade.fetch.extract import parse_date
from blogparade.parades.models import HubSource, RemoteParade

logger = logging.getLogger("blogparade.hub")

FEED_TYPES = (
    "application/atom+xml",
    "application/rss+xml",
    "application/xml",
    "text/xml",
    "application/feed+xml",
    "text/html",  # for discovery of a feed advertised by a directory page
    "application/xhtml+xml",
)
HTML_TYPES = ("text/html", "application/xhtml+xml")
MAX_FEED_BYTES = 2_000_000
MAX_ENTRIES = 200
REFRESH_INTERVAL = dt.timedelta(hours=6)
DIRECTORY_GRACE = dt.timedelta(days=1)  # closed remote parades stay listed this long
DEADLINE_IN_TEXT = re.compile(r"\b(\d{4}-\d{2}-\d{2} \d{2}:\d{2}) UTC\b")


class HubError(Exception):
    """Adding or refreshing a source failed; ``str(exc)`` is one sentence for the user, and
    ``phrase`` the same to store (read later in the reader's language)."""

    def __init__(self, message: str | Phrase) -> None:
        super().__init__(str(message))
        self.phrase = message if isinstance(message, Phrase) else None


@dataclass
class RemoteData:
    url: str
    title: str
    summary: str = ""
    starts_at: dt.datetime | None = None
    deadline: dt.datetime | None = None
    author_name: str = ""
    author_url: str = ""


@dataclass
class Parsed:
    title: str = ""
    items: list[RemoteData] = field(default_factory=list)
    not_modified: bool = False
    etag: str = ""
    last_modified: str = ""


# --- text from elsewhere --------------------------------------------------------------------


def plain_text(value: Any, limit: int = 1000) -> str:
    """Remote HTML or text → plain text: every tag dropped (nh3), entities decoded, blanks
    collapsed, cut at ``limit`` characters. Templates escape it on output."""
    if not isinstance(value, str) or not value:
        return ""
    text = nh3.clean(value, tags=set(), clean_content_tags={"script", "style"})
    text = re.sub(r"\s+", " ", html.unescape(text)).strip()
    return text[: limit - 1] + "…" if len(text) > limit else text


def clean_text(value: Any, limit: int = 1000) -> str:
    """Text that is already plain (mf2 ``p-*`` values, feed text constructs): blanks
    collapsed and cut at ``limit``; nothing is interpreted as markup."""
    if not isinstance(value, str):
        return ""
    text = re.sub(r"\s+", " ", value).strip()
    return text[: limit - 1] + "…" if len(text) > limit else text


def _http_url(value: Any, base: str = "") -> str:
    if not isinstance(value, str) or not value.strip():
        return ""
    try:
        url = urljoin(base, value.strip()) if base else value.strip()
        parts = urlsplit(url)
    except ValueError:
        return ""
    if parts.scheme not in ("http", "https") or not parts.hostname or len(url) > 2000:
        return ""
    return url


def domain_of(url: str) -> str:
    host = (urlsplit(url).hostname or "").lower()
    return host[4:] if host.startswith("www.") else host


# --- fetching -------------------------------------------------------------------------------


def _get(
    url: str, accept: tuple[str, ...], headers: dict | None = None, *, feed: bool = True
) -> FetchResult:
    """The safe client with errors turned into one-sentence HubErrors."""
    if not _http_url(url):
        raise HubError(
            Phrase(
                "hub_not_http", gettext_noop("%(url)s is not an http(s) address."), url=url[:200]
            )
        )
    try:
        result = fetch(
            url, accept=accept, headers=headers, max_bytes=MAX_FEED_BYTES, truncate=False
        )
    except BlockedAddress as exc:
        raise HubError(
            Phrase(
                "hub_refused",
                gettext_noop("Refused address: %(reason)s"),
                reason=exc.phrase or exc.reason,
            )
        ) from None
    except BadContentType as exc:
        if feed:
            raise HubError(
                Phrase(
                    "hub_not_feed",
                    gettext_noop("Not a feed: %(reason)s"),
                    reason=exc.phrase or exc.reason,
                )
            ) from None
        raise HubError(
            Phrase(
                "hub_not_page",
                gettext_noop("Not a web page: %(reason)s"),
                reason=exc.phrase or exc.reason,
            )
        ) from None
    except TooLarge as exc:
        raise HubError(
            Phrase(
                "hub_too_large",
                gettext_noop("Too large: %(reason)s"),
                reason=exc.phrase or exc.reason,
            )
        ) from None
    except FetchError as exc:
        raise HubError(
            Phrase(
                "hub_unreachable",
                gettext_noop("Unreachable: %(reason)s"),
                reason=exc.phrase or exc.reason,
            )
        ) from None
    if result.status == 304:
        return result
    if not 200 <= result.status < 300:
        raise HubError(
            Phrase(
                "hub_status",
                gettext_noop("Unreachable: %(url)s answered HTTP %(status)s."),
                url=url[:200],
                status=result.status,
            )
        )
    return result


# --- feeds ----------------------------------------------------------------------------------


def _feed_link_in_html(page: FetchResult) -> str:
    """The first Atom/RSS feed a page advertises with <link rel=alternate>, or ''."""
    import lxml.html

    try:
        tree = lxml.html.fromstring(page.text() or "<html></html>")
    except Exception:
        return ""
    for link in tree.iter("link"):
        rels = (link.get("rel") or "").lower().split()
        kind = (link.get("type") or "").lower()
        if "alternate" in rels and kind in ("application/atom+xml", "application/rss+xml"):
            return _http_url(link.get("href"), page.final_url)
    return ""


def _check_xml(content: bytes) -> None:
    """Refuse entity tricks (billion laughs, external entities) before feedparser sees it."""
    from xml.etree.ElementTree import ParseError

    import defusedxml.ElementTree
    from defusedxml import DefusedXmlException

    try:
        defusedxml.ElementTree.fromstring(content)
    except DefusedXmlException:
        raise HubError(
            Phrase(
                "hub_entities",
                gettext_noop("Not a feed: it declares XML entities, which are refused."),
            )
        ) from None
    except (ParseError, ValueError):
        raise HubError(
            Phrase("hub_bad_xml", gettext_noop("Not a feed: the answer is not well-formed XML."))
        ) from None


def _feed_text(item: Any, name: str, limit: int) -> str:
    """A feed text construct as plain text: text stays as written, HTML loses its tags."""
    value = item.get(name)
    if not isinstance(value, str):
        return ""
    kind = (item.get(f"{name}_detail") or {}).get("type", "text/plain")
    if kind in ("text/html", "application/xhtml+xml"):
        return plain_text(value, limit)
    return clean_text(value, limit)


def _entry_from_feed(entry: Any, base: str) -> RemoteData | None:
    url = _http_url(entry.get("link"), base)
    title = _feed_text(entry, "title", 300)
    if not url or not title:
        return None
    description = entry.get("summary") or ""
    if not description and entry.get("content"):
        description = entry["content"][0].get("value", "")
    summary = ""
    deadline = None
    if description:
        # Our own feeds say "<p>question</p><p>Deadline: 2026-12-01 12:00 UTC</p>".
        match = DEADLINE_IN_TEXT.search(plain_text(description, 5000))
        if match:
            deadline = parse_date(match.group(1) + "+00:00")
        first = re.split(r"</p\s*>", description, maxsplit=1, flags=re.I)[0]
        summary = plain_text(first, 1000)
        if match and match.group(0) in summary:
            summary = ""
    author = entry.get("author_detail") or {}
    return RemoteData(
        url=url,
        title=title,
        summary=summary,
        deadline=deadline,
        author_name=clean_text(author.get("name"), 200),
        author_url=_http_url(author.get("href"), base),
    )


def fetch_feed(source_url: str, etag: str = "", last_modified: str = "") -> Parsed:
    """Fetch and parse a directory feed. HubError: unreachable, refused, not a feed."""
    import feedparser

    headers = {}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    result = _get(source_url, FEED_TYPES, headers)
    if result.status == 304:
        return Parsed(not_modified=True, etag=etag, last_modified=last_modified)
    if result.content_type in HTML_TYPES:
        found = _feed_link_in_html(result)
        if not found:
            raise HubError(
                Phrase(
                    "hub_page_no_feed",
                    gettext_noop("Not a feed: %(url)s is a web page that names no feed."),
                    url=source_url[:200],
                )
            )
        result = _get(found, FEED_TYPES)
        if result.content_type in HTML_TYPES:
            raise HubError(
                Phrase(
                    "hub_page", gettext_noop("Not a feed: %(url)s is a web page."), url=found[:200]
                )
            )
    _check_xml(result.content)
    # Bytes in, so feedparser parses and never fetches (no URL, no network).
    parsed = feedparser.parse(
        result.content,
        response_headers={
            "content-location": result.final_url,
            "content-type": result.headers.get("content-type", ""),
        },
        resolve_relative_uris=True,
        # Not feedparser's sanitiser: every value becomes plain text here (see plain_text).
        sanitize_html=False,
    )
    if not parsed.get("version"):
        raise HubError(
            Phrase(
                "hub_not_atom_rss",
                gettext_noop("Not a feed: %(url)s is neither Atom nor RSS."),
                url=source_url[:200],
            )
        )
    base = result.final_url
    items: list[RemoteData] = []
    seen: set[str] = set()
    for entry in parsed.entries[:MAX_ENTRIES]:
        data = _entry_from_feed(entry, base)
        if data and data.url not in seen:
            seen.add(data.url)
            items.append(data)
    return Parsed(
        title=_feed_text(parsed.feed, "title", 300),
        items=items,
        etag=result.headers.get("etag", "")[:300],
        last_modified=result.headers.get("last-modified", "")[:100],
    )


# --- call pages -----------------------------------------------------------------------------


def _mf_text(props: dict, name: str) -> str:
    values = props.get(name) or []
    if not values:
        return ""
    value = values[0]
    if isinstance(value, dict):
        value = value.get("value") or value.get("html") or ""
    return value if isinstance(value, str) else ""


def _mf_card(props: dict, base: str) -> tuple[str, str]:
    for name in ("author", "organizer"):
        for value in props.get(name) or []:
            if isinstance(value, dict):
                cprops = value.get("properties", {})
                card_name = _mf_text(cprops, "name") or value.get("value", "")
                return clean_text(card_name, 200), _http_url(_mf_text(cprops, "url"), base)
            if isinstance(value, str) and value.strip():
                url = _http_url(value, base)
                return ("" if url else clean_text(value, 200)), url
    return "", ""


def _find_call_item(items: list) -> dict | None:
    found: list[dict] = []

    def walk(nodes: list) -> None:
        for item in nodes:
            if not isinstance(item, dict):
                continue
            types = item.get("type", [])
            if "h-event" in types or "h-entry" in types:
                found.append(item)
            walk(item.get("children", []))
            for values in item.get("properties", {}).values():
                walk([v for v in values if isinstance(v, dict) and "type" in v])

    walk(items)
    events = [i for i in found if "h-event" in i.get("type", [])]
    return (events or found or [None])[0]


def parse_call(content: str, url: str) -> RemoteData:
    """The call described by the page's first h-event (else h-entry). HubError when none."""
    import mf2py

    try:
        items = mf2py.parse(doc=content, url=url, html_parser="lxml").get("items", [])
    except Exception:
        items = []
    item = _find_call_item(items)
    if item is None:
        raise HubError(
            Phrase("hub_no_entry", gettext_noop("No h-entry or h-event on %(url)s."), url=url[:200])
        )
    props = item.get("properties", {})
    home = _http_url(_mf_text(props, "url"), url) or url
    title = clean_text(_mf_text(props, "name"), 300)
    summary = clean_text(_mf_text(props, "summary"), 1000)
    if not summary:
        content_values = props.get("content") or []
        if content_values and isinstance(content_values[0], dict):
            summary = clean_text(content_values[0].get("value", ""), 500)
    if not title:
        raise HubError(
            Phrase(
                "hub_no_name",
                gettext_noop("The h-entry or h-event on %(url)s has no name."),
                url=url[:200],
            )
        )
    author_name, author_url = _mf_card(props, url)
    return RemoteData(
        url=home,
        title=title,
        summary=summary,
        starts_at=parse_date(_mf_text(props, "start")),
        deadline=parse_date(_mf_text(props, "end")),
        author_name=author_name,
        author_url=author_url,
    )


def fetch_call(url: str) -> Parsed:
    result = _get(url, HTML_TYPES, feed=False)
    data = parse_call(result.text(), result.final_url)
    return Parsed(title=data.title, items=[data])


# --- storing --------------------------------------------------------------------------------


def _store(source: HubSource, parsed: Parsed, now: dt.datetime) -> int:
    for data in parsed.items:
        RemoteParade.objects.update_or_create(
            source=source,
            url=data.url,
            defaults={
                "domain": domain_of(data.url),
                "title": data.title,
                "summary": data.summary,
                "starts_at": data.starts_at,
                "deadline": data.deadline,
                "author_name": data.author_name,
                "author_url": data.author_url,
                "seen_at": now,
            },
        )
    if source.kind == HubSource.Kind.CALL and parsed.items:
        # A call page describes one parade; if its u-url changed, the old row goes.
        source.parades.exclude(url=parsed.items[0].url).delete()
    return len(parsed.items)


def _add(kind: str, url: str, parsed: Parsed) -> HubSource:
    now = timezone.now()
    with transaction.atomic():
        source = HubSource.objects.create(
            kind=kind,
            url=url,
            title=parsed.title,
            etag=parsed.etag,
            last_modified=parsed.last_modified,
            last_fetched_at=now,
            last_ok_at=now,
        )
        _store(source, parsed, now)
    return source


def _refuse_duplicate(url: str) -> None:
    if HubSource.objects.filter(url=url).exists():
        raise HubError(
            Phrase("hub_already", gettext_noop("%(url)s is already in the hub."), url=url[:200])
        )


def add_feed(url: str) -> HubSource:
    """Subscribe to a directory feed. Saves the source and its parades only if the fetch and
    parse succeeded; HubError (nothing saved) otherwise."""
    url = url.strip()
    _refuse_duplicate(url)
    return _add(HubSource.Kind.FEED, url, fetch_feed(url))


def add_call(url: str) -> HubSource:
    """List one call page (h-entry/h-event). HubError (nothing saved) when it cannot be read."""
    url = url.strip()
    _refuse_duplicate(url)
    return _add(HubSource.Kind.CALL, url, fetch_call(url))


def refresh_source(source: HubSource, now: dt.datetime | None = None) -> int:
    """Fetch a source again and update its parades; the outcome is kept on the row. Returns
    how many parades it lists now; raises HubError (after recording it) on failure."""
    now = now or timezone.now()
    source.last_fetched_at = now
    try:
        if source.kind == HubSource.Kind.FEED:
            parsed = fetch_feed(source.url, source.etag, source.last_modified)
        else:
            parsed = fetch_call(source.url)
    except HubError as exc:
        text, source.last_error_phrase = phrases.store(exc.phrase or str(exc))
        source.last_error = text[:500]
        source.save(update_fields=["last_fetched_at", "last_error", "last_error_phrase"])
        raise
    with transaction.atomic():
        if parsed.not_modified:
            count = source.parades.count()
            source.parades.update(seen_at=now)
        else:
            count = _store(source, parsed, now)
            source.title = parsed.title or source.title
            source.etag, source.last_modified = parsed.etag, parsed.last_modified
        source.last_ok_at = now
        source.last_error = ""
        source.last_error_phrase = None
        source.save()
    return count


@task()
def refresh_source_task(source_id: int) -> None:
    source = HubSource.objects.filter(pk=source_id, active=True).first()
    if source is None:
        return
    try:
        refresh_source(source)
    except HubError as exc:
        logger.info("hub source %s: %s", source_id, exc)


def refresh_due_sources(now: dt.datetime | None = None) -> int:
    """Periodic job: enqueue a refresh for every active source not fetched for
    ``REFRESH_INTERVAL``. Returns how many were enqueued."""
    now = now or timezone.now()
    due = HubSource.objects.filter(active=True).filter(
        Q(last_fetched_at__isnull=True) | Q(last_fetched_at__lte=now - REFRESH_INTERVAL)
    )
    ids = list(due.values_list("pk", flat=True))
    for pk in ids:
        refresh_source_task.enqueue(pk)
    return len(ids)


def remote_parades_for_directory(
    now: dt.datetime | None = None, include_closed: bool = False
) -> QuerySet[RemoteParade]:
    """Remote parades of active sources for the directory, soonest deadline first (unknown
    deadlines last). Closed ones (deadline over a day ago) only with ``include_closed``.
    Each row has ``url`` (its home), ``domain`` (show as "hosted at <domain>"), ``title``,
    ``summary``, ``deadline``, ``author_name`` — all plain text, to be escaped."""
    now = now or timezone.now()
    rows = RemoteParade.objects.filter(source__active=True)
    if not include_closed:
        rows = rows.filter(Q(deadline__isnull=True) | Q(deadline__gte=now - DIRECTORY_GRACE))
    # Our own parades, listed back to us by a feed we subscribed to, are not "elsewhere".
    own = domain_of(settings.BASE_URL)
    if own:
        rows = rows.exclude(domain=own)
    # The same call from two sources is listed once (the oldest row).
    first_of_each = rows.values("url").annotate(first=Min("pk")).values("first")
    return RemoteParade.objects.filter(pk__in=first_of_each).order_by(
        F("deadline").asc(nulls_last=True), "title", "pk"
    )
