"""Contributions as hosts and readers meet them: the take-part form's checks and submission,
the public list, the host's moderation and re-checks. Every new contribution still enters
through :func:`blogparade.contributions.intake.accept`."""

from __future__ import annotations

from collections.abc import Iterable

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Count, F, QuerySet
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from blogparade.contributions.models import STATUS_FIELDS, Contribution, ContributionEvent
from blogparade.contributions.pipeline import recheck_contribution, status_word
from blogparade.core.phrases import Phrase
from blogparade.core.urlnorm import canonical_url
from blogparade.parades.models import Parade
from blogparade.parades.services import (
    EMAIL_MAX,
    INVALID_URL_MESSAGE,
    NAME_MAX,
    URL_MAX,
    http_url_validator,
    not_accepting_message,
)

# What the public list shows of each (blogparade.contributions.listing): read no more.
LIST_FIELDS = (
    "parade_id",
    "url",
    "title",
    "author_name",
    "author_url",
    "submitter_name",
    "published",
    "created_at",
    "language",
    "kind",
    "late",
    "summary",
    "status",
)
# Contributions shown on one page of a call; more are paged (?page=2#contributions).
CONTRIBUTIONS_PER_PAGE = 100


def contribution_list_html(parade: Parade, language: str, page: int = 1) -> str:
    """The rendered public contribution list, cached until the list changes.

    One aggregate query decides whether the cached fragment is current (count and latest
    change of the approved contributions); only a miss fetches and renders the rows. The
    key holds everything the fragment depends on: parade, language, time zone and state.
    """
    from django.core.cache import cache
    from django.db.models import Count, Max
    from django.template.loader import render_to_string
    from django.utils import timezone as tz

    version = (
        approved_contributions(parade).order_by().aggregate(n=Count("pk"), last=Max("updated_at"))
    )
    pages = max(1, -(-version["n"] // CONTRIBUTIONS_PER_PAGE))
    page = min(max(1, page), pages)
    key = "parade-list:{}:{}:{}:{}:{}:{}:{}:{}:{}".format(
        page,
        parade.pk,
        parade.page_token,  # contributors renamed, and every other change the page shows
        parade.created_at.timestamp(),
        language,
        tz.get_current_timezone_name(),
        parade.state,
        version["n"],
        version["last"].timestamp() if version["last"] else 0,
    )
    html = cache.get(key)
    if html is None:
        start = (page - 1) * CONTRIBUTIONS_PER_PAGE
        rows = approved_contributions(parade).only(*LIST_FIELDS)[
            start : start + CONTRIBUTIONS_PER_PAGE
        ]
        context = {
            "parade": parade,
            "contributions": list(rows) if version["n"] else [],
            "total": version["n"],
            "page": page,
            "pages": pages,
            "first_number": start + 1,
            "previous_range": (max(1, start - CONTRIBUTIONS_PER_PAGE + 1), start),
            "next_range": (
                start + CONTRIBUTIONS_PER_PAGE + 1,
                min(version["n"], start + 2 * CONTRIBUTIONS_PER_PAGE),
            ),
        }
        html = render_to_string("parades/_contribution_list.html", context)
        cache.set(key, html, 600)
    return html


def approved_contributions(parade: Parade) -> QuerySet[Contribution]:
    """The public list of a parade: approved contributions, oldest first (one query)."""
    return (
        parade.contributions.filter(status=Contribution.Status.APPROVED)
        .defer("submitter_email", "last_error", "last_error_phrase")
        .order_by(F("published").asc(nulls_last=True), "created_at", "pk")
    )


def clean_submission(parade: Parade, url: str, name: str, email: str) -> tuple[str, str]:
    """Check a submission; returns ``(url, canonical_url)`` or raises ValidationError by field."""
    errors: dict[str, list[ValidationError]] = {}
    url = (url or "").strip()
    name = (name or "").strip()
    email = (email or "").strip()
    reason = not_accepting_message(parade)
    if reason:
        errors["__all__"] = [ValidationError(reason, code="not_accepting")]
    canonical = ""
    if not url:
        errors["url"] = [
            ValidationError(_("Please enter the address of your post."), code="required")
        ]
    elif len(url) > URL_MAX:
        errors["url"] = [
            ValidationError(
                _("This address is too long (at most %(max)d characters)."),
                params={"max": URL_MAX},
                code="max_length",
            )
        ]
    else:
        try:
            http_url_validator(url)
        except ValidationError:
            errors["url"] = [ValidationError(str(INVALID_URL_MESSAGE), code="invalid_url")]
        else:
            canonical = canonical_url(url)
            if canonical == canonical_url(parade.absolute_url()) or (
                parade.call_url and canonical == canonical_url(parade.call_url)
            ):
                errors["url"] = [
                    ValidationError(
                        _("That is the call itself. Please enter the address of your own post."),
                        code="is_call",
                    )
                ]
            elif Contribution.objects.filter(parade=parade, canonical_url=canonical).exists():
                errors["url"] = [
                    ValidationError(_("This post is already part of the parade."), code="duplicate")
                ]
    if len(name) > NAME_MAX:
        errors["name"] = [
            ValidationError(
                _("Please shorten your name to at most %(max)d characters."),
                params={"max": NAME_MAX},
                code="max_length",
            )
        ]
    if len(email) > EMAIL_MAX:
        errors["email"] = [ValidationError(_("This email address is too long."), code="max_length")]
    if errors:
        raise ValidationError(errors)
    return url, canonical


def submit_contribution(
    parade: Parade,
    url: str,
    name: str = "",
    email: str = "",
    channel: str = Contribution.Channel.FORM,
) -> Contribution:
    """Store a pending contribution and start its verification and the host's notification.

    Raises :class:`ValidationError` (keyed ``url``/``name``/``email``/``__all__``) when the
    parade does not accept contributions, the URL is not http(s) or too long, or the post
    (after canonicalisation) is already part of the parade; nothing is saved then.
    """
    from blogparade.contributions import intake

    url, _canonical = clean_submission(parade, url, name, email)
    try:
        return intake.accept(
            parade,
            url,
            channel,
            submitter=intake.Submitter(name=name, email=email),
            unique=True,
        )
    except intake.Duplicate:
        # Lost a race with an identical submission.
        raise ValidationError(
            {
                "url": [
                    ValidationError(_("This post is already part of the parade."), code="duplicate")
                ]
            }
        ) from None


MODERATION_ACTIONS = {
    "approve": Contribution.Status.APPROVED,
    "reject": Contribution.Status.REJECTED,
    "spam": Contribution.Status.SPAM,
    "pending": Contribution.Status.PENDING,
}


def moderate(contributions: Iterable[Contribution], action: str, reason: str = "") -> int:
    """Apply ``action`` (approve | reject | spam | pending) to ``contributions``.

    Sets status, reason and time, and logs one ContributionEvent per contribution; returns
    how many changed. Raises ValueError for an unknown action. Callers check ownership.
    """
    if action not in MODERATION_ACTIONS:
        raise ValueError(f"unknown moderation action: {action!r}")
    status = MODERATION_ACTIONS[action]
    reason = (reason or "").strip()[:400]
    word = status_word(status)
    changed = 0
    with transaction.atomic():
        for contribution in contributions:
            if contribution.status == status and not reason:
                continue
            contribution.set_status(
                status,
                reason
                or Phrase(
                    "set_by_host", gettext_noop("Set to %(status)s by the host."), status=word
                ),
            )
            contribution.save(update_fields=[*STATUS_FIELDS, "updated_at"])
            message = Phrase.join(
                Phrase(
                    "host_set_status",
                    gettext_noop("The host set the status to %(status)s."),
                    status=word,
                ),
                Phrase("host_reason", gettext_noop("Reason: %(reason)s"), reason=reason)
                if reason
                else "",
            )
            ContributionEvent.write(contribution, message)
            changed += 1
    return changed


def status_counts(parade: Parade) -> dict[str, int]:
    """``{status: count}`` of the parade's contributions (one query)."""
    rows = parade.contributions.order_by().values("status").annotate(n=Count("pk"))
    return {row["status"]: row["n"] for row in rows}


def recheck(contributions: Iterable[Contribution]) -> None:
    """Check the contributions again (a task each), noting the host's request in their logs."""
    for contribution in contributions:
        ContributionEvent.write(
            contribution, Phrase("recheck_asked", gettext_noop("The host asked to check again."))
        )
        recheck_contribution(contribution.pk)
