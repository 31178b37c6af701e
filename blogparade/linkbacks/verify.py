"""Verifying a stored mention: fetch the source once, look for a real link to the target.

:func:`fetch_source` fetches the source with the safe client (the stored source stays the
URL as submitted, even when it redirected) and reads it; :func:`settle` counts only real HTML
links whose resolved URL equals the target, reads type and author from microformats, and
routes what it found, in one transaction (``blogparade.linkbacks.tasks.verify_claimed`` calls
both):

* a post that mentions a parade (its page here or its ``call_url``) → a contribution, through
  the one pipeline (:func:`blogparade.contributions.pipeline.run_pipeline`, with the page already
  fetched);
* a reply → the comment thread of its target (the ``reply_received`` signal of
  :mod:`blogparade.core.signals`, which the comments app receives);
* likes, reposts, bookmarks → reactions under the call (:mod:`blogparade.linkbacks.reactions`).

A re-sent mention is verified again: changed content updates it; a 410, a 404 after it was
verified, or a removed link make it *gone*, with the reason kept.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from datetime import timedelta
from enum import StrEnum

import nh3
from django.db import transaction
from django.utils import timezone
from django.utils.html import escape
from django.utils.translation import gettext_noop

from blogparade.contributions import intake
from blogparade.contributions.models import Contribution
from blogparade.contributions.pipeline import (
    ONLY_ASIDE,
    Page,
    fetch_page,
    find_backlink,
)
from blogparade.core import phrases
from blogparade.core.phrases import Phrase
from blogparade.core.signals import reply_received
from blogparade.linkbacks.models import Mention

logger = logging.getLogger("blogparade.linkbacks")

# Reading a page (parse, link checks, description) is CPU work that the threads of a process
# could only take turns at anyway. One at a time, each finishes and lets go of its parse tree
# before the next starts, so a process holds one tree, not one per thread: memory no longer
# grows with the number of threads waiting for the network.
_reading = threading.Lock()

SOURCE_ACCEPT = ("text/html", "application/xhtml+xml", "text/plain")
# Seconds to wait before the next try after a passing failure (timeouts, 5xx, 429).
RETRY_DELAYS = (60, 5 * 60, 30 * 60, 2 * 3600, 12 * 3600)
CONTENT_MAX = 2000


class Outcome(StrEnum):
    """What verification found; Pingback turns it into a fault code."""

    VERIFIED = "verified"
    NO_LINK = "no_link"  # 0x11
    SOURCE_MISSING = "source_missing"  # 0x10
    BLOCKED = "blocked"  # 0x31
    UPSTREAM = "upstream"  # 0x32: timeout, 5xx, connection trouble
    REJECTED = "rejected"  # 0x10 too: a source we cannot use


S = Mention.Status


def _finish(
    mention: Mention, status: str, reason: str | Phrase, outcome: Outcome, *, save: bool = True
) -> Outcome:
    mention.status = status
    mention.set_reason(reason)
    if status in (S.REJECTED, S.GONE, S.UNVERIFIED):
        mention.last_error = mention.status_reason
    word = Phrase.label(S(status).label)
    mention.add_log(
        Phrase("status_because", gettext_noop("%(status)s: %(reason)s"), status=word, reason=reason)
        if reason
        else word
    )
    if save:
        mention.save()
    if (
        status in (S.REJECTED, S.GONE)
        and mention.type == Mention.Type.REPLY
        and mention.verified_at
    ):
        _tell_thread(mention, gone=True)  # a reply deleted, or no longer a reply
    return outcome


def _tell_thread(mention: Mention, *, gone: bool = False) -> None:
    """A verified reply goes to the comment thread of its target (or leaves it)."""
    try:
        reply_received.send(
            sender=Mention,
            source=mention.source,
            target=mention.target_normalized,
            gone=gone,
            author_name=mention.author_name,
            author_url=mention.author_url,
            author_photo=mention.author_photo_copy,
            published=mention.published,
            content_html=mention.content,
        )
    except Exception:
        logger.exception("handing reply %s to its thread failed", mention.pk)


def _retry_later(
    mention: Mention, reason: str | Phrase, retry_after: float | None = None
) -> Outcome:
    if mention.attempts <= len(RETRY_DELAYS):
        delay = max(RETRY_DELAYS[mention.attempts - 1], int(retry_after or 0))
        mention.next_try_at = timezone.now() + timedelta(seconds=delay)
    else:
        mention.next_try_at = None  # given up; the reason stays for the host
    return _finish(mention, S.UNVERIFIED, reason, Outcome.UPSTREAM)


def _lost(mention: Mention, reason: str | Phrase, outcome: Outcome) -> Outcome:
    """The source no longer supports the mention: *gone* once verified, else *rejected*."""
    mention.next_try_at = None
    status = S.GONE if mention.verified_at else S.REJECTED
    return _finish(mention, status, reason, outcome)


def _content_html(summary: str) -> str:
    text = " ".join((summary or "").split())
    if len(text) > CONTENT_MAX:
        text = text[: CONTENT_MAX - 1].rstrip() + "…"
    return nh3.clean(f"<p>{escape(text)}</p>") if text else ""


def _http(value: str | None) -> str:
    value = (value or "").strip()
    return value[:2000] if value.lower().startswith(("http://", "https://")) else ""


def fetch_source(mention: Mention, *, limits: dict | None = None) -> Page | Outcome:
    """Fetch the source of a claimed ``mention`` and read what the checks need, writing
    nothing — or settle and save it when the fetch failed (returning the :class:`Outcome`).
    ``limits``: keyword arguments for the safe client (Pingback passes tight ones). Never
    raises for what a foreign site does."""
    from blogparade.fetch.client import (
        BadContentType,
        BlockedAddress,
        FetchError,
        RateLimited,
        TooManyRedirects,
    )

    mention.attempts += 1
    try:
        page = fetch_page(
            mention.source,
            triggered_by=f"{mention.protocol}:{mention.pk}",
            accept=SOURCE_ACCEPT,
            **(limits or {}),
        )
    except BlockedAddress as exc:
        mention.next_try_at = None
        return _finish(mention, S.REJECTED, exc.phrase or exc.reason, Outcome.BLOCKED)
    except (BadContentType, TooManyRedirects) as exc:
        return _lost(mention, exc.phrase or exc.reason, Outcome.REJECTED)
    except RateLimited as exc:
        return _retry_later(mention, exc.phrase or exc.reason, exc.retry_after)
    except FetchError as exc:
        return _retry_later(mention, exc.phrase or exc.reason)

    if 200 <= page.status < 300:
        with _reading:
            _read_page(mention, page)  # the CPU work, before any write (short write locks)
            page.release()  # settling asks only what was read; the tree waits for no one
        _copy_face(mention, page)
    return page


def _copy_face(mention: Mention, page: Page) -> None:
    """Replies and reactions show their author's face: copy it here, before any write, so
    readers never load it from the other site (plain mentions show none)."""
    from blogparade.fetch.images import copy_avatar

    if page.result.content_type == "text/plain":
        return
    try:
        targets = dict.fromkeys([mention.target, mention.target_normalized])
        check = next((c for c in (page.link_check(t) for t in targets) if c.found), None)
        if check is None or check.mention_type == Mention.Type.MENTION:
            return
        photo = _http(page.description().author_photo)
    except Exception:
        return  # the checks report it
    mention.author_photo_copy = (
        copy_avatar(photo, triggered_by=f"avatar:{mention.pk}") if photo else ""
    )


def settle(mention: Mention, page: Page) -> Outcome:
    """Judge a fetched mention and store the result: one transaction."""
    with transaction.atomic():
        return _judge(mention, page)


def _channel(mention: Mention) -> str:
    if mention.protocol == Mention.Protocol.PINGBACK:
        return Contribution.Channel.PINGBACK
    return Contribution.Channel.WEBMENTION


def mentions_gone(contribution: Contribution, reason: str | Phrase, **kwargs: object) -> None:
    """A contribution left the list: the verified mentions that brought it are gone too."""
    text, data = phrases.store(reason)
    Mention.objects.filter(contribution=contribution, status=S.VERIFIED).update(
        status=S.GONE, status_reason=text[:500], status_phrase=data, updated_at=timezone.now()
    )


def _read_page(mention: Mention, page: Page) -> None:
    """Parse the page and answer every question the checks below will ask of it (cached on
    the page): links to the target, the description, links to the parade's call."""
    if page.result.content_type == "text/plain":
        return
    # A failure here is reported (and the mention settled) by the checks themselves.
    with contextlib.suppress(Exception):
        targets = list(dict.fromkeys([mention.target, mention.target_normalized]))
        found = any(page.link_check(t).found for t in targets)
        if mention.parade_id and mention.parade is not None:
            # The call's rule (find_backlink) reads the links to the call and, for links
            # spelt another way, the description's links.
            find_backlink(page, mention.parade)
            page.description()
        elif found:
            page.description()


def _judge(mention: Mention, page: Page) -> Outcome:
    """Settle a fetched mention: status, description, route; one transaction (the caller's)."""
    status = page.status
    mention.add_log(_fetched(status))
    outcome: Outcome
    if status == 410:
        mention.next_try_at = None
        outcome = _finish(
            mention,
            S.GONE,
            Phrase("source_410", gettext_noop("The source answered 410 Gone.")),
            Outcome.SOURCE_MISSING,
        )
    elif status == 404:
        outcome = _lost(
            mention,
            Phrase("source_404", gettext_noop("The source answered 404 Not Found.")),
            Outcome.SOURCE_MISSING,
        )
    elif status in (408, 429) or status >= 500 or status == 403:
        return _retry_later(mention, _source_status(status))
    elif not 200 <= status < 300:
        outcome = _lost(mention, _source_status(status), Outcome.REJECTED)
    else:
        # A verified mention of a parade is saved once, after routing (with its contribution).
        outcome = _check_page(mention, page, save=not mention.parade_id)

    if mention.parade_id and (mention.contribution_id or outcome == Outcome.VERIFIED):
        _route_contribution(mention, page, saved=outcome != Outcome.VERIFIED)
    if outcome == Outcome.VERIFIED and mention.parade_id:
        mention.save()
    return outcome


def _fetched(status: int) -> Phrase:
    return Phrase(
        "source_fetched", gettext_noop("Fetched the source: HTTP %(status)s."), status=status
    )


def _source_status(status: int) -> Phrase:
    return Phrase(
        "source_status", gettext_noop("The source answered HTTP %(status)s."), status=status
    )


def _check_page(mention: Mention, page: Page, *, save: bool = True) -> Outcome:
    targets = list(dict.fromkeys([mention.target, mention.target_normalized]))
    if page.result.content_type == "text/plain":
        text = page.text()
        found = any(t in text for t in targets)
        mention_type, desc = Mention.Type.MENTION, None
    else:
        try:
            check = next((c for c in (page.link_check(t) for t in targets) if c.found), None)
        except Exception as exc:  # hostile HTML must not leave the row hanging
            logger.exception("checking links of %s failed", mention.source)
            return _lost(
                mention,
                Phrase(
                    "source_unreadable",
                    gettext_noop("The source could not be read (%(error)s)."),
                    error=type(exc).__name__,
                ),
                Outcome.REJECTED,
            )
        found = check is not None
        if not found and mention.parade_id and mention.parade is not None:
            # A link to the call spelt another way (https, www., tracking parameters) is
            # still the link to the call: the one rule of find_backlink.
            try:
                found = find_backlink(page, mention.parade)[0]
            except Exception:
                logger.exception("checking the call link of %s failed", mention.source)
        mention_type = (
            check.mention_type
            if check and check.mention_type in Mention.Type.values
            else Mention.Type.MENTION
        )
        desc = None
        if found:
            try:
                desc = page.description()
            except Exception:
                logger.exception("describing %s failed", mention.source)
    if not found:
        reason = (
            Phrase("source_link_removed", gettext_noop("The source no longer links to the target."))
            if mention.verified_at
            else Phrase("source_no_link", gettext_noop("The source does not link to the target."))
        )
        return _lost(mention, reason, Outcome.NO_LINK)
    if not _answers_call(mention, mention_type, page):
        return _lost(mention, ONLY_ASIDE, Outcome.NO_LINK)

    mention.type = mention_type
    if desc is not None:
        mention.title = (desc.title or "")[:300]
        mention.author_name = (desc.author_name or "")[:200]
        mention.author_url = _http(desc.author_url)
        mention.author_photo = _http(desc.author_photo)
        mention.published = desc.published
        mention.content = _content_html(desc.summary)
    mention.verified_at = timezone.now()
    mention.next_try_at = None
    mention.last_error = ""
    _finish(mention, S.VERIFIED, "", Outcome.VERIFIED, save=save)
    if mention.type == Mention.Type.REPLY:
        if not save:
            mention.save()  # the comment thread reads the stored row
        _tell_thread(mention)
    return Outcome.VERIFIED


def _answers_call(mention: Mention, mention_type: str, page: Page) -> bool:
    """A plain mention of a parade that requires a link to its call is verified by the same
    rule its contribution is (:func:`~blogparade.contributions.pipeline.find_backlink`): a
    link in a sidebar verifies neither. Replies and reactions are conversation, not answers."""
    parade = mention.parade if mention.parade_id else None
    if parade is None or mention_type != Mention.Type.MENTION or not parade.backlink_required:
        return True
    if page.result.content_type == "text/plain":
        return True
    try:
        _found, in_main = find_backlink(page, parade)
    except Exception:
        logger.exception("checking the call link of %s failed", mention.source)
        return True  # the pipeline judges (and logs) it again
    return in_main


def _route_contribution(mention: Mention, page: Page, *, saved: bool = True) -> None:
    """A mention of a parade is a contribution: hand the post, with its fetched page, to the
    intake (which verifies a new one or checks a known one again). ``saved``: the mention
    row is already stored as it is (else the caller saves it, link to the contribution
    included)."""
    contribution = mention.contribution
    if contribution is None:
        if mention.status != S.VERIFIED or mention.type != Mention.Type.MENTION:
            return
        contribution = intake.accept(mention.parade, mention.source, _channel(mention), page=page)
    else:
        if contribution.parade_id == mention.parade_id and mention.parade is not None:
            contribution.parade = mention.parade  # already loaded with the mention: no query
        intake.check_again(contribution, page)
    if contribution.pk is not None and mention.contribution_id != contribution.pk:
        mention.contribution = contribution
        if saved:
            Mention.objects.filter(pk=mention.pk).update(contribution=contribution)
