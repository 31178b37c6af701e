"""Receiving Webmentions and Pingbacks: the cheap synchronous checks, storing, queueing.

:func:`receive_webmention` is what ``POST /webmention`` calls: it checks the two URLs without
touching the network, stores (or refreshes) the :class:`Mention` row and queues its
verification — identical requests collapse into one queued job. :func:`resolve_target` says
whether a URL is a target *here*: a parade page under ``settings.BASE_URL``, a parade's
``call_url`` (a host's call on their own blog), or a page of a registered site.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urlsplit, urlunsplit

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from blogparade.contributions import calls
from blogparade.core import ratelimit
from blogparade.core.models import RegisteredSite, origin_of
from blogparade.core.phrases import Phrase
from blogparade.core.urlnorm import canonical_url
from blogparade.linkbacks.models import Mention

if TYPE_CHECKING:
    from blogparade.parades.models import Parade

logger = logging.getLogger("blogparade.linkbacks")

MAX_URL = 2000
PARADE_PATH = re.compile(r"^/p/(?P<slug>[-a-zA-Z0-9_]+)/?$")


class Refused(Exception):
    """A request the receiver answers at once. ``reason`` is one sentence for the sender;
    ``status`` the HTTP status; ``fault`` the Pingback fault code; ``retry_after`` seconds."""

    def __init__(
        self, reason: str, *, status: int = 400, fault: int = 0, retry_after: int | None = None
    ) -> None:
        super().__init__(reason)
        self.reason = reason
        self.status = status
        self.fault = fault
        self.retry_after = retry_after


@dataclass
class Target:
    normalized: str
    parade: Parade | None


# --- checks -------------------------------------------------------------------------------


def _parse_http_url(value: str, what: str, fault: int) -> str:
    value = (value or "").strip()
    if not value:
        raise Refused(_("The %(what)s URL is missing.") % {"what": what}, fault=fault)
    if len(value) > MAX_URL:
        raise Refused(_("The %(what)s URL is too long.") % {"what": what}, fault=fault)
    if any(ch.isspace() or ord(ch) < 32 for ch in value):
        raise Refused(_("The %(what)s URL is malformed.") % {"what": what}, fault=fault)
    try:
        parts = urlsplit(value)
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError:
        raise Refused(_("The %(what)s URL is malformed.") % {"what": what}, fault=fault) from None
    if parts.scheme.lower() not in ("http", "https"):
        raise Refused(
            _("The %(what)s URL must start with http:// or https://.") % {"what": what}, fault=fault
        )
    if not parts.hostname or "@" in parts.netloc:
        raise Refused(_("The %(what)s URL is malformed.") % {"what": what}, fault=fault)
    return value


def without_fragment(url: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, parts.path, parts.query, ""))


def _is_here(url: str) -> bool:
    return origin_of(url) == origin_of(settings.BASE_URL)


def _exists_here(path: str) -> bool:
    from django.urls import Resolver404, resolve

    try:
        resolve(path or "/")
    except Resolver404:
        return False
    return True


def resolve_target(target: str) -> Target:
    """Which page here ``target`` names. Raises :class:`Refused` (0x20/0x21 faults) if none.

    ``target`` must already be an http(s) URL without fragment.
    """
    if _is_here(target):
        match = PARADE_PATH.match(urlsplit(target).path)
        if not match:
            # A page here that does not exist is 0x20 (the Pingback specification's "does not
            # exist"); one that exists but is no parade's call is 0x21 ("cannot be used").
            if not _exists_here(urlsplit(target).path):
                raise Refused(_("The target page does not exist."), fault=0x20)
            raise Refused(_("The target is not a parade page on this site."), fault=0x21)
        parade = calls.parade_by_slug(match["slug"])
        if parade is None:
            raise Refused(_("The target page does not exist."), fault=0x20)
        return Target(normalized=parade.absolute_url(), parade=parade)
    parade = calls.parade_by_call_url(target)
    if parade is not None:
        return Target(normalized=parade.call_url, parade=parade)
    if RegisteredSite.is_registered(target):
        return Target(normalized=target, parade=None)
    raise Refused(_("The target is not a page on this site or a registered call."), fault=0x21)


def check_request(source: str, target: str) -> tuple[str, str, Target]:
    """Validate a ``(source, target)`` pair without the network.

    Returns ``(source as submitted, target without fragment, resolved target)``; raises
    :class:`Refused` with a one-sentence reason otherwise.
    """
    source = _parse_http_url(source, _("source"), 0x10)
    target = without_fragment(_parse_http_url(target, _("target"), 0x21))
    if without_fragment(source) == target or canonical_url(source) == canonical_url(target):
        raise Refused(_("The source and the target are the same page."), fault=0)
    if _is_here(source):
        raise Refused(_("The source is a page on this site."), fault=0x10)
    return source, target, resolve_target(target)


def check_rate(name: str, ident: str) -> None:
    """Count one event against the named limits; raises :class:`Refused` (429) when over.
    Refusals are logged, so the operator sees what was turned away."""
    wait = ratelimit.over(name, ident)
    if wait is not None:
        logger.warning("%s: refused a linkback from %s (over the limit)", name, ident)
        raise Refused(
            _("Too many requests; please try again later."),
            status=429,
            fault=0x31,
            retry_after=wait,
        )


def deferral(source: str, resolved: Target) -> int | None:
    """Seconds to put off the check when the source's site is over its limit for this
    target (``None``: check now). Nothing is refused for it."""
    return ratelimit.over("linkback-site", f"{source_host(source)} {resolved.normalized}")


def defer(mention: Mention, wait: int) -> None:
    """Keep a stored mention for later: the periodic job queues it once ``wait`` is over."""
    from datetime import timedelta

    when = timezone.now() + timedelta(seconds=wait)
    reason = Phrase(
        "deferred",
        gettext_noop("Many linkbacks from %(site)s at once: it will be checked after %(time)s."),
        site=source_host(mention.source),
        time=timezone.localtime(when).strftime("%H:%M"),
    )
    mention.status = Mention.Status.UNVERIFIED
    mention.set_reason(reason)
    mention.next_try_at = when
    mention.add_log(reason)
    Mention.objects.filter(pk=mention.pk).update(
        status=mention.status,
        status_reason=mention.status_reason,
        status_phrase=mention.status_phrase,
        next_try_at=when,
        log=mention.log,
        updated_at=timezone.now(),
    )


def source_host(source: str) -> str:
    return (urlsplit(source).hostname or "").lower()


# --- storing and queueing -----------------------------------------------------------------


def store_mention(
    source: str, target: str, resolved: Target, protocol: str
) -> tuple[Mention, bool]:
    """Create or refresh the row for ``(source, target)``; True when a verification must be queued.

    While the row is queued or being verified, a repeat changes nothing (one job). Otherwise
    it goes back to *queued*; of many simultaneous repeats, one wins the conditional update.
    """
    busy = (Mention.Status.QUEUED, Mention.Status.VERIFYING)
    mention = Mention.objects.filter(source=source, target_normalized=resolved.normalized).first()
    if mention is None:
        mention = Mention(
            source=source,
            target=target,
            target_normalized=resolved.normalized,
            protocol=protocol,
            parade=resolved.parade,
        )
        mention.add_log(
            Phrase(
                "received",
                gettext_noop("Received by %(protocol)s."),
                protocol=str(Mention.Protocol(protocol).label),
            )
        )
        try:
            with transaction.atomic():
                mention.save()
            return mention, True
        except IntegrityError:
            mention = Mention.objects.get(source=source, target_normalized=resolved.normalized)
            return mention, False
    if mention.status in busy:
        return mention, False
    mention.add_log(
        Phrase("received_again", gettext_noop("Received again; queued for a new check."))
    )
    log = mention.log
    won = (
        Mention.objects.filter(pk=mention.pk)
        .exclude(status__in=busy)
        .update(
            status=Mention.Status.QUEUED,
            target=target,
            parade=resolved.parade,
            next_try_at=None,
            attempts=0,
            log=log,
            updated_at=timezone.now(),
        )
    )
    if won:
        from blogparade.linkbacks.pagecache import changed

        changed([mention])  # a verified reaction leaves the page while it is checked again
    mention.refresh_from_db()
    return mention, bool(won)


def receive_webmention(source: str, target: str, client_ip: str = "") -> Mention:
    """``POST /webmention``: check, rate-limit, store, queue. Raises :class:`Refused`."""
    check_rate("webmention-ip", client_ip)
    source, target, resolved = check_request(source, target)
    wait = deferral(source, resolved)
    mention, queue = store_mention(source, target, resolved, Mention.Protocol.WEBMENTION)
    if queue and wait is not None:
        defer(mention, wait)
    elif queue:
        from blogparade.linkbacks.tasks import queue_verification

        queue_verification(mention.pk)
        if settings.TASKS_MODE == "immediate":
            mention.refresh_from_db()  # verified inline: the caller sees the outcome
    return mention


def store_imported(
    sender: object,
    *,
    source: str,
    target: str,
    parade: Parade | None,
    approved: bool,
    title: str,
    content_html: str,
    published: object,
    kind: str,
    **kwargs: object,
) -> bool:
    """An imported pingback or trackback (``linkback_imported``): stored as the verified (or,
    when the export held it back, rejected) mention it was on the old site."""
    held = Phrase("import_held", gettext_noop("held or spam in the WordPress export"))
    mention, created = Mention.objects.get_or_create(
        source=source,
        target_normalized=target,
        defaults={
            "target": target,
            "protocol": Mention.Protocol.PINGBACK,
            "status": Mention.Status.VERIFIED if approved else Mention.Status.REJECTED,
            "status_reason": "" if approved else held.english(),
            "status_phrase": None if approved else held.as_data(),
            "title": title,
            "content": content_html,
            "published": published,
            "verified_at": published if approved else None,
            "parade": parade,
        },
    )
    if created:
        mention.add_log(
            Phrase(
                "imported",
                gettext_noop("imported from a WordPress export (%(kind)s)"),
                kind=kind,
            )
        )
        mention.save(update_fields=["log"])
    return created
