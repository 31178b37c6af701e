"""Telling the host that contributions arrived, as the parade asks: an email for each one, one
email a day with the new ones, or none (``Parade.notify_host``).

Mails are plain text in the parade's language and never include a submitter's email address.
Tasks take ids, re-read the rows and return quietly when they are gone.
"""

from __future__ import annotations

import logging
from datetime import timedelta

from django.conf import settings
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.db.models import Count
from django.urls import reverse
from django.utils import formats, timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django_tasks import task

from blogparade.contributions.models import Contribution, HostMail
from blogparade.core.queries import one_or_none
from blogparade.parades.models import Parade

logger = logging.getLogger("blogparade.intake")

DIGEST_EVERY = timedelta(days=1)
DIGEST_MAX_LINES = 100


def _one_line(text: str, limit: int = 150) -> str:
    """Header-safe: no line breaks, bounded length."""
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def host_hears_of(contribution: Contribution) -> None:
    """Called by the intake for each new contribution: queue the host's email if the parade
    wants one per contribution (the digest job finds the others by their arrival time)."""
    parade = contribution.parade
    if parade.notify_host != Parade.HostNotice.EACH:
        return
    pk = contribution.pk

    def enqueue() -> None:
        try:
            notify_host_of_submission.enqueue(pk)
        except Exception:
            # The contribution is stored; a failing queue must not lose it or show an error.
            logger.exception("could not enqueue the host notification for contribution %s", pk)

    transaction.on_commit(enqueue)


def _dashboard(parade: Parade) -> str:
    return (
        settings.BASE_URL
        + reverse("dashboard:contributions", kwargs={"slug": parade.slug})
        + "?status=pending"
    )


def _entry_lines(contribution: Contribution) -> list[str]:
    lines = ["  " + _one_line(contribution.url, 2000)]
    if contribution.submitter_name:
        lines.append(
            "  " + _("submitted by %(name)s") % {"name": _one_line(contribution.submitter_name)}
        )
    lines.append("  " + _("channel: %(channel)s") % {"channel": contribution.get_channel_display()})
    return lines


@task()
def notify_host_of_submission(contribution_id: int) -> bool:
    """Email the parade's host that a contribution arrived, with a link to moderate it.

    Returns True when a message was sent, False when there was nothing to send.
    """
    contribution = one_or_none(
        Contribution.objects.select_related("parade__host"), pk=contribution_id
    )
    if contribution is None:
        return False
    parade = contribution.parade
    host_email = getattr(parade.host, "email", "")
    if not host_email or parade.notify_host != Parade.HostNotice.EACH:
        return False
    with translation.override(parade.language):
        subject = _one_line(_("New contribution to “%(title)s”") % {"title": parade.title})
        lines = [
            _("Hello,"),
            "",
            _("a new contribution arrived for your parade “%(title)s”:")
            % {"title": _one_line(parade.title)},
            "",
            *_entry_lines(contribution),
            "",
            _("Review it in your dashboard:"),
            _dashboard(parade),
            "",
            "— blogparade",
        ]
        send_mail(subject, "\n".join(lines) + "\n", None, [host_email])
    return True


def send_host_digests(now=None) -> int:
    """Periodic job: one email a day to each host whose parade asks for a digest and got new
    contributions since the last one. Returns how many emails were sent."""
    now = now or timezone.now()
    sent = 0
    parades = Parade.objects.filter(notify_host=Parade.HostNotice.DIGEST).select_related("host")
    for parade in parades:
        since = parade.host_digest_until
        if since is not None and now - since < DIGEST_EVERY:
            continue
        new = Contribution.objects.filter(parade=parade, created_at__lte=now).exclude(
            channel=Contribution.Channel.MANUAL
        )
        if since is not None:
            new = new.filter(created_at__gt=since)
        new = list(new.order_by("created_at", "pk")[: DIGEST_MAX_LINES + 1])
        # Claim the period first: two processes never send the same digest.
        claimed = Parade.objects.filter(pk=parade.pk, host_digest_until=since).update(
            host_digest_until=now
        )
        if not claimed or not new or not getattr(parade.host, "email", ""):
            continue
        with translation.override(parade.language):
            count = len(new)
            subject = _one_line(
                _("%(count)s new contributions to “%(title)s”")
                % {
                    "count": count if count <= DIGEST_MAX_LINES else f"{DIGEST_MAX_LINES}+",
                    "title": parade.title,
                }
            )
            lines = [
                _("Hello,"),
                "",
                _("these contributions arrived for your parade “%(title)s” since the last email:")
                % {"title": _one_line(parade.title)},
                "",
            ]
            for contribution in new[:DIGEST_MAX_LINES]:
                lines += [*_entry_lines(contribution), ""]
            if count > DIGEST_MAX_LINES:
                lines += [_("… and more; the dashboard lists them all."), ""]
            lines += [_("Review them in your dashboard:"), _dashboard(parade), "", "— blogparade"]
            try:
                send_mail(subject, "\n".join(lines) + "\n", None, [parade.host.email])
            except Exception:
                logger.exception("the contribution digest for parade %s failed", parade.pk)
                Parade.objects.filter(pk=parade.pk).update(host_digest_until=since)
                continue
        sent += 1
    return sent


DEADLINE_NOTICE = timedelta(hours=48)  # how long before its deadline a host is reminded


def _claim_host_mail(parade: Parade, kind: str) -> HostMail | None:
    """The right to send ``kind`` to the parade's host, once (None: sent or being sent)."""
    try:
        with transaction.atomic():
            return HostMail.objects.create(parade=parade, kind=kind)
    except IntegrityError:
        return None


def _send_host_mail(parade: Parade, kind: str, subject: str, lines: list[str]) -> bool:
    host_email = getattr(parade.host, "email", "")
    if not host_email:
        return False
    claim = _claim_host_mail(parade, kind)
    if claim is None:
        return False
    try:
        send_mail(_one_line(subject), "\n".join(lines) + "\n", None, [host_email])
    except Exception:
        claim.delete()  # tried again on the next run
        logger.warning("the %s mail to the host of %s failed", kind, parade.slug, exc_info=True)
        return False
    return True


def tell_hosts_deadline_nears(now=None) -> int:
    """Periodic job: a host whose open parade closes within :data:`DEADLINE_NOTICE` hears so
    once — how many contributions there are, how many wait for them, the call to share once
    more, and where to close now or move the deadline. Returns how many emails went out."""
    now = now or timezone.now()
    due = Parade.objects.filter(
        opens_at__lte=now,
        closes_at__gt=now,
        closes_at__lte=now + DEADLINE_NOTICE,
        rounded_up_at__isnull=True,
    ).select_related("host")
    sent = 0
    for parade in due.exclude(
        pk__in=HostMail.objects.filter(kind=HostMail.Kind.DEADLINE).values("parade")
    ):
        counts = dict(parade.contributions.order_by().values_list("status").annotate(n=Count("pk")))
        with translation.override(parade.language), timezone.override(parade.time_zone):
            hours = max(1, round((parade.closes_at - now).total_seconds() / 3600))
            subject = ngettext(
                "“%(title)s” closes in %(n)d hour",
                "“%(title)s” closes in %(n)d hours",
                hours,
            ) % {"title": parade.title, "n": hours}
            lines = [
                _("Hello,"),
                "",
                _("your parade “%(title)s” closes on %(when)s (%(zone)s).")
                % {
                    "title": _one_line(parade.title),
                    "when": formats.date_format(
                        timezone.localtime(parade.closes_at), "DATETIME_FORMAT"
                    ),
                    "zone": parade.time_zone,
                },
                _("So far: %(approved)d listed, %(pending)d waiting for you.")
                % {
                    "approved": counts.get(Contribution.Status.APPROVED, 0),
                    "pending": counts.get(Contribution.Status.PENDING, 0),
                },
                "",
                _("The call, to share once more:"),
                parade.call_url or parade.absolute_url(),
                "",
                _("To close it now or move the deadline:"),
                settings.BASE_URL
                + reverse("dashboard:contributions", kwargs={"slug": parade.slug}),
                "",
                "— blogparade",
            ]
        sent += _send_host_mail(parade, HostMail.Kind.DEADLINE, subject, lines)
    return sent


def tell_host_draft_ready(parade: Parade) -> bool:
    """After the first draft of a closed parade's roundup: the host hears it is ready to edit
    and publish (once)."""
    if parade.rounded_up_at or parade.closes_at > timezone.now():
        return False
    approved = parade.contributions.filter(status=Contribution.Status.APPROVED).count()
    with translation.override(parade.language):
        subject = _("The roundup draft of “%(title)s” is ready") % {"title": parade.title}
        lines = [
            _("Hello,"),
            "",
            ngettext(
                "“%(title)s” has closed with %(n)d contribution. The roundup draft is ready:",
                "“%(title)s” has closed with %(n)d contributions. The roundup draft is ready:",
                approved,
            )
            % {"title": _one_line(parade.title), "n": approved},
            settings.BASE_URL + reverse("roundup-edit", kwargs={"slug": parade.slug}),
            "",
            _("Edit the introduction and the quotes, then publish: every contributor is told."),
            "",
            "— blogparade",
        ]
    return _send_host_mail(parade, HostMail.Kind.DRAFT, subject, lines)
