"""Finding what was missed: polling the feeds a host picked for posts that link to the call.

Boundary functions:

- :func:`import_opml` / :func:`watch_participants` / :func:`add_feed`: add
  :class:`WatchedFeed` rows to a parade (all or nothing for OPML). A row may name a blog
  rather than a feed; its first poll discovers the feed from ``<link rel="alternate">``.
- :func:`past_participants`: the blogs of people who took part in the host's other parades.
- :func:`poll_due_feeds` (periodic job): queues :func:`poll_feed_task` for every feed of an
  open parade whose ``next_check_at`` has come (claiming each row first).
- :func:`poll_feed`: one polite poll — conditional GET (``If-None-Match`` /
  ``If-Modified-Since``) through the safe client, a byte cap, a site's 429 ``Retry-After``
  respected, backoff after errors. The body (bytes fetched by our client; feedparser never
  fetches) is parsed with feedparser, and every new entry whose content or summary links to
  the call is stored as a *pending* contribution with channel ``feed`` and a log line saying it
  was proposed and is never approved automatically (the verification pipeline, which might
  auto-approve, is not run on it).

Whatever a site sends — not a feed, too large, malformed dates, 5xx — ends as ``status`` and
``last_error`` on the row; nothing raises out of :func:`poll_feed`.
"""

from __future__ import annotations

import calendar
import io
import logging
import random
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urljoin

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop
from django_tasks import task

from blogparade.contributions import intake
from blogparade.contributions.models import Contribution
from blogparade.core import phrases
from blogparade.core.phrases import Phrase
from blogparade.core.urlnorm import canonical_url
from blogparade.parades.models import Parade
from blogparade.syndication.models import WatchedFeed
from blogparade.syndication.opml import OPMLError, parse_opml

logger = logging.getLogger(__name__)

FEED_TYPES = (
    "application/rss+xml",
    "application/atom+xml",
    "application/rdf+xml",
    "application/feed+json",
    "application/json",
    "application/xml",
    "text/xml",
    "text/html",
    "application/xhtml+xml",
    "text/plain",
)
ALTERNATE_TYPES = (
    "application/atom+xml",
    "application/rss+xml",
    "application/feed+json",
    "application/json",
    "application/rdf+xml",
)
SEEN_MAX = 1000
POLL_BATCH = 500
MAX_BACKOFF = timedelta(hours=24)
CLAIM_FOR = timedelta(minutes=15)
AFTER_CLOSE = timedelta(days=1)  # feeds lag: keep looking a day past the deadline
OPENING_GRACE = timedelta(days=1)

S = WatchedFeed.Status


def interval() -> timedelta:
    """``settings.FEEDWATCH_INTERVAL`` seconds between polls of one feed (default 3600)."""
    return timedelta(seconds=max(60, int(settings.FEEDWATCH_INTERVAL)))


def max_bytes() -> int:
    """``settings.FEEDWATCH_MAX_BYTES`` (default 2 MB): larger feeds are an error, not read."""
    return int(settings.FEEDWATCH_MAX_BYTES)


# --- adding feeds ---------------------------------------------------------------------------


def import_opml(parade: Parade, data: bytes) -> int:
    """Watch every feed an OPML file lists. Returns how many were new. Raises
    :class:`OPMLError` (nothing imported) for a broken, foreign or oversized file."""
    feeds = parse_opml(data)
    now = timezone.now()
    existing = set(parade.watched_feeds.values_list("url", flat=True))
    rows = [
        WatchedFeed(
            parade=parade,
            url=f.xml_url or f.html_url,
            site_url=f.html_url,
            title=f.title,
            source=WatchedFeed.Source.OPML,
            next_check_at=now,
        )
        for f in feeds
        if (f.xml_url or f.html_url) not in existing
    ]
    with transaction.atomic():
        WatchedFeed.objects.bulk_create(rows, ignore_conflicts=True)
    return len(rows)


def add_feed(
    parade: Parade, url: str, *, source: str = WatchedFeed.Source.MANUAL, title: str = ""
) -> WatchedFeed:
    """Watch one feed or blog address (http(s)); raises OPMLError-compatible ValueError."""
    from blogparade.syndication.opml import _http

    url = _http(url)
    if not url:
        raise OPMLError(_("Enter the full address of a feed or blog, starting with https://."))
    feed, _created = WatchedFeed.objects.get_or_create(
        parade=parade,
        url=url,
        defaults={
            "source": source,
            "title": title[:300],
            "site_url": url if source == WatchedFeed.Source.PARTICIPANT else "",
            "next_check_at": timezone.now(),
        },
    )
    return feed


def past_participants(parade: Parade, limit: int = 500) -> list[dict[str, str]]:
    """``[{"url", "name"}]``: blogs (author URLs) of approved contributions to the host's
    other parades, newest first, one per address, minus those this parade already watches."""
    watched = set(parade.watched_feeds.values_list("url", flat=True)) | set(
        parade.watched_feeds.exclude(site_url="").values_list("site_url", flat=True)
    )
    rows = (
        Contribution.objects.filter(
            parade__host_id=parade.host_id, status=Contribution.Status.APPROVED
        )
        .exclude(parade=parade)
        .exclude(author_url="")
        .order_by("-created_at")
        .values_list("author_url", "author_name")[: limit * 4]
    )
    out: list[dict[str, str]] = []
    keys: set[str] = set()
    for url, name in rows:
        key = canonical_url(url)
        if key in keys or url in watched or not url.startswith(("http://", "https://")):
            continue
        keys.add(key)
        out.append({"url": url, "name": name})
        if len(out) >= limit:
            break
    return out


def watch_participants(parade: Parade, urls: list[str]) -> int:
    """Watch the blogs of the given past participants (others are ignored); their feeds are
    discovered on the first poll. Returns how many were added."""
    allowed = {p["url"]: p["name"] for p in past_participants(parade)}
    added = 0
    for url in urls:
        if url in allowed:
            add_feed(parade, url, source=WatchedFeed.Source.PARTICIPANT, title=allowed[url])
            added += 1
    return added


# --- discovering a feed in a page ------------------------------------------------------------


def feed_link(html: bytes | str, base: str) -> str:
    """The first ``<link rel="alternate">`` of a feed type in a page, absolute; else ''."""
    from blogparade.fetch.dom import parse, rel_tokens

    try:
        tree = parse(html)
    except Exception:  # the parser promises not to raise; a page must never crash a poll
        return ""
    for link in tree.iter("link"):
        if "alternate" not in rel_tokens(link.get("rel")):
            continue
        kind = (link.get("type") or "").split(";", 1)[0].strip().lower()
        href = (link.get("href") or "").strip()
        if kind in ALTERNATE_TYPES and href:
            url = urljoin(base, href)
            if url.startswith(("http://", "https://")):
                return url
    return ""


# --- polling --------------------------------------------------------------------------------


@dataclass
class PollOutcome:
    status: str
    proposed: int = 0
    entries: int = 0
    error: str | Phrase = ""


def _links_in(html: str, base: str) -> set[str]:
    from blogparade.fetch.dom import parse

    if not html or "href" not in html:
        return set()
    links = set()
    for a in parse(html).iter("a"):
        href = (a.get("href") or "").strip()
        if href:
            links.add(canonical_url(urljoin(base, href)))
    return links


def _entry_html(entry: Any) -> str:
    parts = [c.get("value", "") for c in entry.get("content", []) or []]
    parts.append(entry.get("summary", "") or "")
    return "\n".join(p for p in parts if isinstance(p, str))


def _entry_date(entry: Any) -> tuple[datetime | None, bool]:
    """(published or updated as aware UTC, whether a date was there but unreadable)."""
    for field in ("published", "updated"):
        raw = entry.get(field)
        parsed = entry.get(f"{field}_parsed")
        if parsed:
            try:
                return datetime.fromtimestamp(calendar.timegm(parsed), UTC), False
            except (OverflowError, ValueError, TypeError):
                return None, True
        if raw:
            return None, True
    return None, False


def _plain(text: str, limit: int) -> str:
    import nh3

    cleaned = nh3.clean(text or "", tags=set())
    from html import unescape

    return " ".join(unescape(cleaned).split())[:limit]


def _propose(feed: WatchedFeed, entry: Any, url: str, published: datetime | None) -> bool:
    """Hand a feed entry that links to the call to the intake, described as the feed has it
    (the pipeline then reads the post itself). Proposals are never approved automatically.
    True when the post was new to the parade."""
    parade = feed.parade
    if Contribution.objects.filter(parade=parade, canonical_url=canonical_url(url)).exists():
        return False
    author = entry.get("author_detail") or {}
    author_url = author.get("href", "") if isinstance(author, dict) else ""
    try:
        contribution = intake.accept(
            parade,
            url[:2000],
            Contribution.Channel.FEED,
            note=Phrase(
                "feed_proposal",
                gettext_noop(
                    "Found in the feed %(feed)s: the post links to the call. Proposed for the "
                    "host to decide; never approved automatically."
                ),
                feed=feed.url,
            ),
            described={
                "title": _plain(entry.get("title", ""), 300),
                "author_name": _plain(entry.get("author", "") or feed.title, 200),
                "author_url": author_url if author_url.startswith(("http://", "https://")) else "",
                "published": published,
                "summary": _plain(entry.get("summary", ""), 5000),
            },
        )
    except intake.InvalidURL:
        return False
    return contribution.new_arrival


def _parse(body: bytes, content_type: str, url: str) -> Any:
    import feedparser

    # A stream, never a string: feedparser would open a URL or a file name by itself.
    return feedparser.parse(
        io.BytesIO(body),
        response_headers={
            "content-type": content_type or "application/xml",
            "content-location": url,
        },
        sanitize_html=True,
        resolve_relative_uris=True,
    )


def _parse_json_feed(body: bytes) -> Any:
    """A JSON Feed (1.0/1.1) in feedparser's shape (feedparser 6 reads XML feeds only);
    None when the body is not a JSON Feed."""
    import json

    from django.utils.dateparse import parse_datetime
    from feedparser.util import FeedParserDict

    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError, RecursionError):
        return None
    version = data.get("version") if isinstance(data, dict) else None
    if not isinstance(version, str) or not version.startswith("https://jsonfeed.org/version/"):
        return None
    entries = []
    for item in data.get("items") or []:
        if not isinstance(item, dict):
            continue
        entry = FeedParserDict()
        for key, field in (
            ("id", "id"),
            ("link", "url"),
            ("title", "title"),
            ("summary", "summary"),
        ):
            if isinstance(item.get(field), str | int):
                entry[key] = str(item[field])
        html = item.get("content_html")
        if isinstance(html, str):
            entry["content"] = [{"value": html}]
        authors = item.get("authors") or ([item["author"]] if item.get("author") else [])
        if authors and isinstance(authors[0], dict):
            entry["author"] = str(authors[0].get("name") or "")
            entry["author_detail"] = {"href": str(authors[0].get("url") or "")}
        for key, field in (("published", "date_published"), ("updated", "date_modified")):
            raw = item.get(field)
            if isinstance(raw, str) and raw:
                entry[key] = raw
                try:
                    when = parse_datetime(raw)
                except ValueError:
                    when = None
                if when is not None and when.tzinfo is not None:
                    entry[f"{key}_parsed"] = when.astimezone(UTC).timetuple()
        entries.append(entry)
    title = data.get("title")
    return FeedParserDict(
        version="json1",
        bozo=False,
        entries=entries,
        feed=FeedParserDict(title=title if isinstance(title, str) else ""),
    )


def _looks_html(body: bytes, content_type: str) -> bool:
    head = body[:512].lstrip().lower()
    return content_type in ("text/html", "application/xhtml+xml") or head.startswith(
        (b"<!doctype html", b"<html")
    )


def _read_entries(feed: WatchedFeed, parsed: Any, base: str) -> PollOutcome:
    parade = feed.parade
    targets = {canonical_url(parade.absolute_url())}
    if parade.call_url:
        targets.add(canonical_url(parade.call_url))
    seen = list(feed.seen or [])
    seen_set = set(seen)
    proposed = bad_dates = considered = 0
    for entry in parsed.entries[:500]:
        link = (entry.get("link") or "").strip()
        key = (entry.get("id") or link or "")[:500]
        if not key or key in seen_set:
            continue
        seen.append(key)
        seen_set.add(key)
        considered += 1
        published, bad = _entry_date(entry)
        bad_dates += bad
        if published and published < parade.opens_at - OPENING_GRACE:
            continue
        link = urljoin(base, link) if link else ""
        if not link.startswith(("http://", "https://")):
            continue
        if targets & _links_in(_entry_html(entry), link) and _propose(feed, entry, link, published):
            proposed += 1
    feed.seen = seen[-SEEN_MAX:]
    note: str | Phrase = ""
    if bad_dates:
        note = Phrase(
            "feed_bad_dates",
            gettext_noop(
                "%(n)d entries had dates that could not be read; they were checked undated."
            ),
            n=bad_dates,
        )
    if parsed.get("bozo") and not note:
        note = Phrase(
            "feed_bozo", gettext_noop("The feed is not quite well-formed, but could be read.")
        )
    return PollOutcome(S.OK, proposed=proposed, entries=considered, error=note)


def _backoff(feed: WatchedFeed) -> timedelta:
    return min(interval() * (2 ** min(feed.failures, 6)), MAX_BACKOFF)


def _jitter(delta: timedelta, low: float = 0.9) -> timedelta:
    return delta * random.uniform(low, 1.1)


def poll_feed(feed: WatchedFeed, *, _discovering: bool = False) -> PollOutcome:
    """Poll one feed once, record the outcome on the row and return it. Never raises for
    anything a site does."""
    from blogparade.fetch.client import FetchError, RateLimited, TooLarge, fetch

    now = timezone.now()
    headers = {}
    if feed.etag:
        headers["If-None-Match"] = feed.etag
    if feed.last_modified:
        headers["If-Modified-Since"] = feed.last_modified
    outcome: PollOutcome
    next_in = interval()
    try:
        result = fetch(
            feed.url,
            headers=headers,
            accept=FEED_TYPES,
            max_bytes=max_bytes(),
            truncate=False,
            timeout=10.0,
            triggered_by=f"feedwatch:{feed.parade_id}",
        )
    except RateLimited as exc:
        wait = timedelta(seconds=exc.retry_after or 0)
        outcome = PollOutcome(S.RATE_LIMITED, error=exc.phrase or exc.reason)
        next_in = max(wait, interval()) if exc.status == 429 else max(wait, timedelta(minutes=2))
        return _record(feed, outcome, now, next_in, failed=False, low=1.0)
    except TooLarge:
        outcome = PollOutcome(
            S.ERROR,
            error=Phrase(
                "feed_too_large",
                gettext_noop("The feed is larger than %(n)d kB; it is not read."),
                n=max_bytes() // 1000,
            ),
        )
        return _record(feed, outcome, now, _backoff(feed), failed=True)
    except FetchError as exc:
        return _record(
            feed,
            PollOutcome(S.ERROR, error=exc.phrase or exc.reason),
            now,
            _backoff(feed),
            failed=True,
        )
    if result.status == 304:
        return _record(feed, PollOutcome(S.NOT_MODIFIED), now, next_in, failed=False)
    if result.status == 410:
        return _record(
            feed,
            PollOutcome(
                S.GONE, error=Phrase("feed_410", gettext_noop("The feed answered 410 Gone."))
            ),
            now,
            None,
            failed=True,
        )
    if not 200 <= result.status < 300:
        error = Phrase(
            "feed_status", gettext_noop("The feed answered HTTP %(status)s."), status=result.status
        )
        return _record(feed, PollOutcome(S.ERROR, error=error), now, _backoff(feed), failed=True)
    body, content_type = result.content, result.content_type
    if _looks_html(body, content_type):
        found = "" if _discovering else feed_link(body, result.final_url)
        if found and found != feed.url:
            clash = WatchedFeed.objects.filter(parade_id=feed.parade_id, url=found).exclude(
                pk=feed.pk
            )
            if clash.exists():
                feed.delete()  # the blog's feed is already watched
                return PollOutcome(
                    S.OK,
                    error=Phrase(
                        "feed_already", gettext_noop("Already watched as %(url)s."), url=found
                    ),
                )
            if not feed.site_url:
                feed.site_url = feed.url[:2000]
            feed.url = found[:2000]
            feed.etag = feed.last_modified = ""
            return poll_feed(feed, _discovering=True)
        error = Phrase(
            "feed_is_page",
            gettext_noop("This address is a web page, not a feed, and the page names no feed."),
        )
        return _record(feed, PollOutcome(S.ERROR, error=error), now, _backoff(feed), failed=True)
    if b"<!entity" in body[:20_000].lower():
        error = Phrase(
            "feed_entities", gettext_noop("The feed declares XML entities; it is not read.")
        )
        return _record(feed, PollOutcome(S.ERROR, error=error), now, _backoff(feed), failed=True)
    try:
        parsed = None
        if body.lstrip()[:1] == b"{":
            parsed = _parse_json_feed(body)
        if parsed is None:
            parsed = _parse(body, content_type, result.final_url)
        if not parsed.get("version") and not parsed.entries:
            error = Phrase(
                "feed_not_a_feed", gettext_noop("The answer is not an RSS, Atom or JSON feed.")
            )
            return _record(
                feed, PollOutcome(S.ERROR, error=error), now, _backoff(feed), failed=True
            )
        if not feed.title:
            feed.title = _plain(parsed.feed.get("title", ""), 300)
        outcome = _read_entries(feed, parsed, result.final_url)
    except Exception as exc:  # a parser failing on hostile input must not lose the row
        logger.warning("reading feed %s failed", feed.pk, exc_info=True)
        error = Phrase(
            "feed_unreadable",
            gettext_noop("The feed could not be read (%(error)s)."),
            error=type(exc).__name__,
        )
        return _record(feed, PollOutcome(S.ERROR, error=error), now, _backoff(feed), failed=True)
    feed.etag = (result.headers.get("etag") or "")[:500]
    feed.last_modified = (result.headers.get("last-modified") or "")[:100]
    return _record(feed, outcome, now, next_in, failed=False)


def _record(
    feed: WatchedFeed,
    outcome: PollOutcome,
    now: datetime,
    next_in: timedelta | None,
    *,
    failed: bool,
    low: float = 0.9,
) -> PollOutcome:
    feed.status = outcome.status
    text, feed.last_error_phrase = phrases.store(outcome.error)
    feed.last_error = text[:500]
    feed.last_checked_at = now
    feed.polls += 1
    feed.failures = feed.failures + 1 if failed else 0
    feed.next_check_at = now + _jitter(next_in, low) if next_in is not None else None
    if outcome.proposed:
        feed.proposed += outcome.proposed
    try:
        feed.save()
    except IntegrityError:  # the discovered feed URL was taken meanwhile
        WatchedFeed.objects.filter(pk=feed.pk).delete()
    return outcome


def _watching() -> Q:
    now = timezone.now()
    return Q(
        parade__opens_at__lte=now,
        parade__closes_at__gt=now - AFTER_CLOSE,
        parade__rounded_up_at__isnull=True,
    )


@task()
def poll_feed_task(feed_id: int) -> None:
    """Task: poll one watched feed (quietly nothing when the row or its parade's window is gone)."""
    feed = WatchedFeed.objects.select_related("parade").filter(_watching(), pk=feed_id).first()
    if feed is not None:
        poll_feed(feed)


def poll_due_feeds(limit: int = POLL_BATCH) -> int:
    """Periodic job: queue a poll for each due feed of a parade that is open (or closed less
    than a day ago). Each row is claimed (``next_check_at`` pushed ahead) before it is queued,
    so a slow queue never polls a feed twice. Returns how many were queued."""
    now = timezone.now()
    due = list(
        WatchedFeed.objects.filter(_watching(), next_check_at__lte=now)
        .order_by("next_check_at")
        .values_list("pk", flat=True)[:limit]
    )
    queued = 0
    for pk in due:
        if WatchedFeed.objects.filter(pk=pk, next_check_at__lte=now).update(
            next_check_at=now + CLAIM_FOR
        ):
            poll_feed_task.enqueue(pk)
            queued += 1
    return queued


def feed_rows(parade: Parade) -> list[WatchedFeed]:
    """The dashboard's list: every watched feed with its last outcome (one query)."""
    return list(
        parade.watched_feeds.defer("seen").order_by(
            F("last_checked_at").desc(nulls_last=True), "pk"
        )
    )
