"""Reader reminders for a parade, by email, with double opt-in.

Boundary functions:

- :func:`subscribe` records a reader's address for a parade and sends *only* a confirmation
  mail with a signed link (at most ``REMINDER_CONFIRMATIONS_MAX`` per address and parade).
  Nothing else is sent before the reader confirms. The answer never tells whether the
  address was known (no enumeration).
- :func:`confirm` / :func:`unsubscribe` act on signed tokens from those mails.
- :func:`send_due_reminders` (periodic job): one mail ``REMINDER_DAYS_BEFORE`` days (default
  3) before the deadline, one when the roundup is out (a safety net for the hook below); also
  forgets addresses never confirmed within a week.
- :func:`roundup_published` (hook called by ``publish_roundup``): queue the roundup mails.

Every mail after confirmation carries a one-click unsubscribe link and the
``List-Unsubscribe``/``List-Unsubscribe-Post`` headers (RFC 8058). Each message has one
recipient; the address appears in no page and no other message.
"""

from __future__ import annotations

import logging
from datetime import timedelta

from django.conf import settings
from django.core import signing
from django.core.exceptions import ValidationError
from django.core.mail import EmailMultiAlternatives
from django.core.validators import validate_email
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django_tasks import task

from blogparade.parades.models import Parade
from blogparade.syndication.models import ReminderSubscription

logger = logging.getLogger(__name__)

CONFIRM_MAX_AGE = 7 * 86400
UNCONFIRMED_KEPT = timedelta(days=7)
REMINDER_CONFIRMATIONS_MAX = 3
BATCH = 500


def days_before() -> int:
    """``settings.REMINDER_DAYS_BEFORE`` (default 3): when the deadline reminder goes out."""
    try:
        return max(0, int(settings.REMINDER_DAYS_BEFORE))
    except (TypeError, ValueError):
        return 3


# --- tokens ----------------------------------------------------------------------------------


def make_token(sub: ReminderSubscription, purpose: str) -> str:
    """A signed token naming the subscription, valid for ``purpose`` only."""
    return signing.dumps(sub.pk, salt=f"syndication.reminder.{purpose}")


def read_token(token: str, purpose: str, max_age: int | None = None) -> ReminderSubscription | None:
    """The subscription a valid token names, else None (bad, expired or for another purpose)."""
    try:
        pk = signing.loads(token, salt=f"syndication.reminder.{purpose}", max_age=max_age)
    except signing.BadSignature:
        return None
    if not isinstance(pk, int):
        return None
    return ReminderSubscription.objects.select_related("parade").filter(pk=pk).first()


def _abs(name: str, **kwargs: object) -> str:
    return settings.BASE_URL + reverse(name, kwargs=kwargs)


def confirm_url(sub: ReminderSubscription) -> str:
    return _abs("reminder-confirm", token=make_token(sub, "confirm"))


def unsubscribe_url(sub: ReminderSubscription) -> str:
    return _abs("reminder-unsubscribe", token=make_token(sub, "unsubscribe"))


# --- subscribing -----------------------------------------------------------------------------


def clean_email(email: str) -> str:
    """The address trimmed and lower-cased, or ValidationError (keyed ``email``)."""
    email = (email or "").strip()
    if not email or len(email) > 254:
        raise ValidationError({"email": [_("Please enter a valid email address.")]})
    try:
        validate_email(email)
    except ValidationError:
        raise ValidationError({"email": [_("Please enter a valid email address.")]}) from None
    return email.lower()


def accepts_subscriptions(parade: Parade) -> bool:
    """Reminders make sense until the roundup is out."""
    return parade.rounded_up_at is None


def subscribe(parade: Parade, email: str, language: str = "") -> ReminderSubscription | None:
    """Record the wish and queue the confirmation mail (nothing else is sent until confirmed).

    Raises ValidationError for a bad address or a parade that is over. Returns the row, or
    None when nothing was sent because the address already confirmed or asked too often —
    callers must answer the same way in every case.
    """
    email = clean_email(email)
    if not accepts_subscriptions(parade):
        raise ValidationError(
            {"__all__": [_("This parade is over: the roundup has been published.")]}
        )
    language = language if language in dict(settings.LANGUAGES) else parade.language
    try:
        with transaction.atomic():
            sub, _created = ReminderSubscription.objects.get_or_create(
                parade=parade, email=email, defaults={"language": language}
            )
    except IntegrityError:
        sub = ReminderSubscription.objects.get(parade=parade, email=email)
    if sub.unsubscribed_at is not None:
        # Subscribing again after leaving needs a fresh confirmation.
        sub.confirmed_at = None
        sub.unsubscribed_at = None
        sub.language = language
        sub.save(update_fields=["confirmed_at", "unsubscribed_at", "language"])
    if sub.confirmed_at is not None or not _address_allowed(email):
        return None
    claimed = ReminderSubscription.objects.filter(
        pk=sub.pk, confirmations_sent__lt=REMINDER_CONFIRMATIONS_MAX
    ).update(confirmations_sent=sub.confirmations_sent + 1, confirmation_sent_at=timezone.now())
    if not claimed:
        return None
    transaction.on_commit(lambda: send_confirmation.enqueue(sub.pk))
    return sub


def _address_allowed(email: str) -> bool:
    """At most a few confirmation mails a day to one address, across all parades (the named
    limit ``remind-email``, default 5 a day), so nobody can flood someone else's inbox."""
    from blogparade.core import ratelimit

    return ratelimit.allow("remind-email", email)


def confirm(sub: ReminderSubscription) -> None:
    if sub.confirmed_at is None or sub.unsubscribed_at is not None:
        sub.confirmed_at = timezone.now()
        sub.unsubscribed_at = None
        sub.save(update_fields=["confirmed_at", "unsubscribed_at"])


def unsubscribe(sub: ReminderSubscription) -> None:
    if sub.unsubscribed_at is None:
        sub.unsubscribed_at = timezone.now()
        sub.save(update_fields=["unsubscribed_at"])


# --- mails -----------------------------------------------------------------------------------


def _send(
    sub: ReminderSubscription, subject: str, template: str, context: dict, *, list_mail: bool
) -> None:
    context = {"parade": sub.parade, "parade_url": sub.parade.absolute_url(), **context}
    headers: dict[str, str] = {}
    if list_mail:
        url = unsubscribe_url(sub)
        context["unsubscribe_url"] = url
        headers = {
            "List-Unsubscribe": f"<{url}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        }
    text = render_to_string(f"syndication/email/{template}.txt", context)
    subject = " ".join(subject.split())[:200]
    EmailMultiAlternatives(subject, text, to=[sub.email], headers=headers).send()


@task()
def send_confirmation(sub_id: int) -> None:
    """Task: the double opt-in mail (the only mail before confirmation)."""
    sub = ReminderSubscription.objects.select_related("parade").filter(pk=sub_id).first()
    if sub is None or sub.active:
        return
    with translation.override(sub.language):
        subject = _("Confirm reminders for “%(title)s”") % {"title": sub.parade.title}
        _send(sub, subject, "confirm", {"confirm_url": confirm_url(sub)}, list_mail=False)


def _claim(sub_id: int, field: str) -> bool:
    now = timezone.now()
    return bool(
        ReminderSubscription.objects.filter(
            pk=sub_id, confirmed_at__isnull=False, unsubscribed_at__isnull=True, **{field: None}
        ).update(**{field: now})
    )


def send_deadline_reminder(sub: ReminderSubscription) -> bool:
    """Claim and send the pre-deadline mail once; False when already sent or not active."""
    if not _claim(sub.pk, "deadline_sent_at"):
        return False
    parade = sub.parade
    with translation.override(sub.language):
        subject = _("Reminder: “%(title)s” closes soon") % {"title": parade.title}
        _send(sub, subject, "deadline", {"closes_at": parade.closes_at}, list_mail=True)
    return True


def send_roundup_mail(sub: ReminderSubscription) -> bool:
    """Claim and send the roundup mail once; False when already sent or not active."""
    if not _claim(sub.pk, "roundup_sent_at"):
        return False
    from blogparade.contributions.roundup import roundup_url

    with translation.override(sub.language):
        subject = _("The roundup of “%(title)s” is out") % {"title": sub.parade.title}
        _send(sub, subject, "roundup", {"roundup_url": roundup_url(sub.parade)}, list_mail=True)
    return True


def _active() -> Q:
    return Q(confirmed_at__isnull=False, unsubscribed_at__isnull=True)


@task()
def send_roundup_mails(parade_id: int) -> int:
    """Task: mail every confirmed reader of the parade that the roundup is out (once each)."""
    parade = Parade.objects.filter(pk=parade_id, rounded_up_at__isnull=False).first()
    if parade is None:
        return 0
    sent = 0
    subs = ReminderSubscription.objects.select_related("parade").filter(
        _active(), parade=parade, roundup_sent_at__isnull=True
    )
    for sub in subs.iterator():
        try:
            sent += send_roundup_mail(sub)
        except Exception:  # one bad address must not stop the others
            logger.warning("roundup reminder %s failed", sub.pk, exc_info=True)
    return sent


def roundup_recipients(parade: Parade) -> int:
    """How many confirmed readers the roundup mail of ``parade`` would reach."""
    return ReminderSubscription.objects.filter(
        _active(), parade=parade, roundup_sent_at__isnull=True
    ).count()


def roundup_published(parade: Parade) -> None:
    """Hook for ``publish_roundup``: queue the roundup mails after the transaction commits."""
    transaction.on_commit(lambda: send_roundup_mails.enqueue(parade.pk))


def send_due_reminders(limit: int = BATCH) -> int:
    """Periodic job: deadline reminders that are due, roundup mails not sent yet, and removal
    of addresses never confirmed within a week. Returns how many mails were sent.

    A deadline reminder is due from ``days_before()`` days before the deadline until the
    deadline itself; a reader who confirms later than that gets none.
    """
    now = timezone.now()
    sent = 0
    due = ReminderSubscription.objects.select_related("parade").filter(
        _active(),
        deadline_sent_at__isnull=True,
        parade__closes_at__gt=now,
        parade__closes_at__lte=now + timedelta(days=days_before()),
        parade__rounded_up_at__isnull=True,
    )[:limit]
    for sub in due:
        try:
            sent += send_deadline_reminder(sub)
        except Exception:
            logger.warning("deadline reminder %s failed", sub.pk, exc_info=True)
    roundups = ReminderSubscription.objects.select_related("parade").filter(
        _active(), roundup_sent_at__isnull=True, parade__rounded_up_at__isnull=False
    )[:limit]
    for sub in roundups:
        try:
            sent += send_roundup_mail(sub)
        except Exception:
            logger.warning("roundup reminder %s failed", sub.pk, exc_info=True)
    ReminderSubscription.objects.filter(
        confirmed_at__isnull=True, created_at__lt=now - UNCONFIRMED_KEPT
    ).delete()
    return sent


# --- privacy -----------------------------------------------------------------------------------


def gdpr_export(email: str, host: object = None) -> list[dict[str, object]]:
    """The reminder subscriptions stored under ``email`` (only on ``host``'s parades if given),
    for ``blogparade gdpr export``."""
    subs = ReminderSubscription.objects.filter(email__iexact=(email or "").strip())
    if host is not None:
        subs = subs.filter(parade__host=host)

    def iso(value: object) -> str | None:
        return value.isoformat() if value else None  # type: ignore[attr-defined]

    return [
        {
            "parade": s.parade.slug,
            "email": s.email,
            "created": iso(s.created_at),
            "confirmed": iso(s.confirmed_at),
            "unsubscribed": iso(s.unsubscribed_at),
            "deadline_reminder_sent": iso(s.deadline_sent_at),
            "roundup_mail_sent": iso(s.roundup_sent_at),
        }
        for s in subs.select_related("parade").order_by("pk")
    ]


def gdpr_erase(email: str, host: object = None) -> int:
    """Delete the reminder subscriptions stored under ``email`` (only on ``host``'s parades
    if given), for ``blogparade gdpr erase``. Returns how many went."""
    subs = ReminderSubscription.objects.filter(email__iexact=(email or "").strip())
    if host is not None:
        subs = subs.filter(parade__host=host)
    deleted, _rows = subs.delete()
    return deleted
