"""The one way in: every contribution, whatever brought it, enters through :func:`accept`.

The submission form and the take-part widget, Webmention, Pingback, links in comment text,
feed-watch proposals, the host's manual add, imports and demo content all call it, so each
gets the same treatment:

* the URL is checked and canonicalised, and a post already known to the parade (after
  canonicalisation) is the same row — a second channel adds a line to its log and a fresh
  check, never a second contribution;
* a new row is stored *pending* with one event saying how it came in;
* it is verified by the one pipeline (:func:`blogparade.contributions.pipeline.run_pipeline`):
  inline when the caller already holds the fetched page (the linkback verifier), otherwise
  in a task;
* the host hears of it as the parade asks (each one, a daily digest, or not at all).

``Contribution.objects.create`` and its relatives appear nowhere else in the code (tests
and migrations aside); the app-graph test holds that.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_noop

from blogparade.contributions.models import STATUS_FIELDS, Contribution, ContributionEvent
from blogparade.core.phrases import Phrase
from blogparade.core.queries import one_or_none
from blogparade.core.urlnorm import canonical_url

if TYPE_CHECKING:
    from blogparade.contributions.pipeline import Page
    from blogparade.parades.models import Parade

logger = logging.getLogger("blogparade.intake")

URL_MAX = 2000
C = Contribution.Channel
S = Contribution.Status
V = Contribution.Verification

# Fields a channel may hand over when it already knows them (a feed entry, demo content);
# the pipeline replaces them with what the page itself says once it is verified.
DESCRIBED_FIELDS = (
    "title",
    "author_name",
    "author_url",
    "author_photo",
    "published",
    "summary",
    "image",
    "language",
    "kind",
)


@dataclass(frozen=True)
class Submitter:
    """Who handed the post in, when a person did (form, widget, comment). The email address
    is never shown anywhere but the GDPR export."""

    name: str = ""
    email: str = ""


class Duplicate(Exception):
    """The post is already part of the parade (raised only with ``unique=True``)."""

    def __init__(self, contribution: Contribution) -> None:
        super().__init__(contribution.url)
        self.contribution = contribution


class InvalidURL(ValueError):
    """The URL is not an http(s) address of at most :data:`URL_MAX` characters."""


class IsTheCall(InvalidURL):
    """The URL is the parade's call itself (its page here or its ``call_url``)."""


def clean_url(url: str) -> str:
    """``url`` stripped; raises :class:`InvalidURL` unless it is a usable http(s) address."""
    from urllib.parse import urlsplit

    url = (url or "").strip()
    if not url or len(url) > URL_MAX or any(ch.isspace() or ord(ch) < 32 for ch in url):
        raise InvalidURL(url)
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError:
        raise InvalidURL(url) from None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise InvalidURL(url)
    return url


def channel_word(channel: str) -> Phrase:
    """How a channel reads inside a log line ("Received through the submission form.")."""
    return Phrase.label(C(channel).label)


def _arrival_message(channel: str, late: bool, note: str | Phrase) -> Phrase:
    return Phrase.join(
        Phrase(
            "arrived",
            gettext_noop("Received through the %(channel)s."),
            channel=channel_word(channel),
        ),
        Phrase("arrived_late", gettext_noop("It arrived after the deadline.")) if late else "",
        note,
    )


def accept(
    parade: Parade,
    url: str,
    channel: str,
    *,
    page: Page | None = None,
    submitter: Submitter | None = None,
    note: str | Phrase = "",
    described: Mapping[str, Any] | None = None,
    check: str = "later",
    unique: bool = False,
) -> Contribution:
    """Take in the post at ``url`` for ``parade``, as brought by ``channel``; return its row.

    ``page``: the post, already fetched (the linkback verifier holds it); it is then verified
    here and now, in the caller's transaction. Without it, ``check`` says when: ``"later"``
    in a task (inline with ``BLOGPARADE_TASKS=immediate``), ``"now"`` fetched and verified
    before this returns (the host's manual add), ``"never"`` stored as verified without a
    fetch (demo content only).

    A post the parade already has (same canonical URL) is not stored twice: its log notes the
    new arrival and it is checked again; with ``unique=True`` (the form, which tells the
    person) :class:`Duplicate` is raised instead and nothing changes.

    ``described`` pre-fills what the channel already knows (see :data:`DESCRIBED_FIELDS`).
    ``note`` is added to the arrival's log line. Raises :class:`InvalidURL` for an unusable
    URL (:class:`IsTheCall` for the call itself). The returned row's ``new_arrival`` says
    whether this call stored it.
    """
    if check not in ("later", "now", "never"):
        raise ValueError(f"unknown check: {check!r}")
    url = clean_url(url)
    key = canonical_url(url)
    if key == canonical_url(parade.absolute_url()) or (
        parade.call_url and key == canonical_url(parade.call_url)
    ):
        raise IsTheCall(url)
    existing = one_or_none(Contribution.objects, parade=parade, canonical_url=key)
    if existing is not None:
        if unique:
            raise Duplicate(existing)
        return _again(existing, channel, page, note, now=check == "now")

    late = parade.closes_at <= timezone.now()
    contribution = Contribution(
        parade=parade,
        url=url,
        canonical_url=key,
        channel=channel,
        status=S.PENDING,
        late=late,
    )
    contribution.set_reason(
        Phrase("submitted", gettext_noop("Submitted, waiting for verification."))
        if page is None and check == "later"
        else Phrase("received", gettext_noop("Received, being verified."))
    )
    contribution.parade = parade
    if submitter is not None:
        contribution.submitter_name = (submitter.name or "").strip()[:120]
        contribution.submitter_email = (submitter.email or "").strip()[:254]
    for field, value in (described or {}).items():
        if field not in DESCRIBED_FIELDS:
            raise TypeError(f"accept() cannot pre-fill {field!r}")
        setattr(contribution, field, value)
    arrival = _arrival_message(channel, late, note)

    if page is not None or check == "now":
        from blogparade.contributions.pipeline import run_pipeline

        # The pipeline stores the new row once, with its outcome and the arrival's log line.
        try:
            with transaction.atomic():
                run_pipeline(
                    contribution, page, events=[arrival], triggered_by=f"{channel}:{parade.pk}"
                )
        except IntegrityError:
            # The same post arrived by another way meanwhile: that row is the one.
            contribution.pk = None
            stored = (
                Contribution.objects.filter(
                    parade=parade, canonical_url__in={key, contribution.canonical_url}
                )
                .order_by("pk")
                .first()
            )
            if stored is not None:
                return _again(stored, channel, page, note, now=check == "now")
            contribution.canonical_url = key
        except Exception:
            logger.exception("verifying %s for parade %s failed", url, parade.pk)
            contribution.pk = None
            contribution.canonical_url = key
        if contribution.pk is None:  # the pipeline failed before storing: keep it pending
            stored = _store(contribution, arrival)
            if stored is not contribution:
                return _again(stored, channel, None, note)
            _schedule_check(contribution)
        _after_arrival(contribution)
        return contribution

    if check == "never":
        contribution.verification = V.VERIFIED
    stored = _store(contribution, arrival)
    if stored is not contribution:  # lost a race with the same post
        if unique:
            raise Duplicate(stored)
        return _again(stored, channel, page, note)
    if check == "later":
        _schedule_check(contribution)
    _after_arrival(contribution)
    return contribution


def _store(contribution: Contribution, arrival: Phrase) -> Contribution:
    """Insert ``contribution`` with its arrival line; the stored row if another took the key."""
    try:
        with transaction.atomic():
            contribution.save()
            ContributionEvent.write(contribution, arrival)
    except IntegrityError:
        contribution.pk = None
        return Contribution.objects.get(
            parade_id=contribution.parade_id, canonical_url=contribution.canonical_url
        )
    return contribution


def _again(
    contribution: Contribution,
    channel: str,
    page: Page | None,
    note: str | Phrase,
    *,
    now: bool = False,
) -> Contribution:
    """A post the parade has arrived once more: log it and check it again."""
    contribution.new_arrival = False
    message = Phrase.join(
        Phrase(
            "arrived_again",
            gettext_noop("Received again through the %(channel)s."),
            channel=channel_word(channel),
        ),
        note,
    )
    ContributionEvent.write(contribution, message)
    if contribution.status == S.SPAM:
        return contribution  # the host's verdict stands; nothing is fetched for spam
    if page is not None or now:
        check_again(contribution, page)
    else:
        _schedule_check(contribution)
    return contribution


def _schedule_check(contribution: Contribution) -> None:
    from blogparade.contributions.pipeline import check_contribution

    pk = contribution.pk

    def enqueue() -> None:
        try:
            check_contribution.enqueue(pk)
        except Exception:
            # Stored and due: the periodic re-check picks it up; a queue hiccup loses nothing.
            logger.exception("could not queue the check of contribution %s", pk)
            Contribution.objects.filter(pk=pk, next_check_at__isnull=True).update(
                next_check_at=timezone.now()
            )

    # Outside the transaction: a worker must be able to see the row.
    transaction.on_commit(enqueue)


def _after_arrival(contribution: Contribution) -> None:
    """The host hears of a new contribution as the parade asks (not of their own adds, nor
    of one the checks turned away at once: a late post to a parade without late entries, a
    duplicate — those are in the dashboard's log)."""
    contribution.new_arrival = contribution.pk is not None
    if (
        contribution.pk is None
        or contribution.channel == C.MANUAL
        or contribution.status in (S.REJECTED, S.SPAM)
    ):
        return
    from blogparade.contributions.notify import host_hears_of

    host_hears_of(contribution)


def check_again(contribution: Contribution, page: Page | None = None) -> Contribution:
    """Verify a stored contribution again, now: with ``page`` when the caller holds the post
    (a re-sent mention), else fetched. Never raises for what a foreign site does."""
    from blogparade.contributions.pipeline import run_pipeline

    try:
        with transaction.atomic():
            return run_pipeline(contribution, page)
    except Exception:
        logger.exception("checking contribution %s again failed", contribution.pk)
        return contribution


# --- the host's own hand ------------------------------------------------------------------


def add_by_host(
    parade: Parade, url: str, *, approve: bool = False, reason: str = "", by: str = ""
) -> Contribution:
    """The host adds a post by hand: the same pipeline, run now so the host sees the outcome.

    With ``approve`` the post is listed even when it could not be verified; ``reason`` (the
    host's words) is logged with that decision. Raises :class:`InvalidURL`.
    """
    note = Phrase("added_by", gettext_noop("Added by %(who)s."), who=by) if by else ""
    contribution = accept(parade, url, C.MANUAL, note=note, check="now")
    contribution.refresh_from_db()
    if approve and contribution.status != S.APPROVED:
        approve_despite(contribution, reason)
    return contribution


def approve_despite(contribution: Contribution, reason: str) -> Contribution:
    """The host lists a post the checks did not accept; their reason goes into the log."""
    reason = " ".join((reason or "").split())[:400]
    check: Phrase | str = (
        Phrase.from_data(contribution.status_phrase)
        if contribution.status_phrase
        else contribution.status_reason or Phrase.label(V(contribution.verification).label)
    )
    message = (
        Phrase(
            "approved_despite_because",
            gettext_noop("Approved by the host although the check said: %(check)s — %(reason)s"),
            check=check,
            reason=reason,
        )
        if reason
        else Phrase(
            "approved_despite",
            gettext_noop("Approved by the host although the check said: %(check)s"),
            check=check,
        )
    )
    contribution.set_status(S.APPROVED, message)
    contribution.save(update_fields=[*STATUS_FIELDS, "updated_at"])
    ContributionEvent.write(contribution, message)
    return contribution
