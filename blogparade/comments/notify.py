"""Emails of the comment system: the host's note about each new comment (with signed
one-click approve/delete links), the double opt-in confirmation, and reply notifications
(sent once, only after the reply is approved, with a one-click unsubscribe link and
``List-Unsubscribe`` headers). Commenters' email addresses never appear in any message body.

Hosts who turn on the daily digest (:class:`HostPreference`) get no per-comment email;
:func:`send_daily_digests` (a periodic job) sends them one email a day instead.
"""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.core import signing
from django.core.mail import EmailMultiAlternatives
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from blogparade.comments.models import (
    Comment,
    HostPreference,
    NotificationSubscription,
    NotifiedReply,
)


def _one_line(text: str, limit: int = 150) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _abs(name: str, **kwargs: object) -> str:
    return settings.BASE_URL + reverse(name, kwargs=kwargs)


def _language(comment: Comment) -> str:
    parade = comment.thread.parade
    return parade.language if parade else settings.LANGUAGE_CODE


def _send(to: str, subject: str, template: str, context: dict, headers: dict | None = None) -> None:
    text = render_to_string(f"comments/email/{template}.txt", context)
    html = render_to_string(f"comments/email/{template}.html", context)
    message = EmailMultiAlternatives(_one_line(subject), text, to=[to], headers=headers or {})
    message.attach_alternative(html, "text/html")
    message.send()


# --- host ------------------------------------------------------------------------------------


def wants_digest(user) -> bool:
    """True when ``user`` chose the daily digest over one email per comment."""
    return HostPreference.objects.filter(user=user, daily_digest=True).exists()


def host_recipients(comment: Comment) -> list[str]:
    """Who gets the per-comment email: the parade's host (nobody when the host chose the
    daily digest), else ``COMMENTS_NOTIFY_EMAIL``, else up to five staff users who did not
    choose the digest."""
    parade = comment.thread.parade
    if parade and getattr(parade.host, "email", ""):
        return [] if wants_digest(parade.host) else [parade.host.email]
    fallback = settings.COMMENTS_NOTIFY_EMAIL
    if fallback:
        return [fallback]
    from django.contrib.auth import get_user_model

    return list(
        get_user_model()
        .objects.filter(is_staff=True, is_active=True)
        .exclude(email="")
        .exclude(comment_preference__daily_digest=True)
        .values_list("email", flat=True)[:5]
    )


def comment_posted(comment_id: int) -> None:
    from blogparade.comments.tasks import send_host_notification

    send_host_notification.enqueue(comment_id)


def send_host_mail(comment_id: int) -> bool:
    """Tell the host about a new comment. Approve/delete links are signed per comment and
    action and expire (``COMMENTS_MODERATION_LINK_DAYS``, default 7)."""
    from blogparade.comments.services import moderation_token

    comment = Comment.objects.select_related("thread__parade__host").filter(pk=comment_id).first()
    if comment is None or comment.status in (Comment.Status.SPAM, Comment.Status.DELETED):
        return False
    recipients = host_recipients(comment)
    if not recipients:
        return False
    with translation.override(_language(comment)):
        links = {
            action: _abs(
                "comments:moderate_link",
                comment_id=comment.pk,
                action=action,
                token=moderation_token(comment, action),
            )
            for action in ("approve", "delete")
        }
        context = {
            "comment": comment,
            "thread": comment.thread,
            "pending": comment.status == Comment.Status.PENDING,
            "approve_url": links["approve"],
            "delete_url": links["delete"],
            "dashboard_url": _abs("comments:dashboard"),
            "permalink": comment.get_absolute_url(),
        }
        subject = _("New comment on “%(title)s”") % {"title": page_name(comment.thread)}
        for to in recipients:
            _send(to, subject, "host", context)
    return True


# --- daily digest ---------------------------------------------------------------------------

DIGEST_GAP = timedelta(hours=23)  # a digest at most once a day, whatever the job's interval


def set_daily_digest(user, on: bool) -> HostPreference:
    pref, _created = HostPreference.objects.get_or_create(user=user)
    if pref.daily_digest != on:
        pref.daily_digest = on
        if on and pref.last_digest_at is None:
            # Comments before the switch were already mailed one by one.
            pref.last_digest_at = timezone.now()
        pref.save(update_fields=["daily_digest", "last_digest_at"])
    return pref


def _digest_comments(user, since, until):
    qs = Comment.objects.filter(
        created__gt=since,
        created__lte=until,
        status__in=(Comment.Status.PENDING, Comment.Status.APPROVED),
    ).select_related("thread__parade")
    own = Q(thread__parade__host=user)
    if user.is_staff and not settings.COMMENTS_NOTIFY_EMAIL:
        own |= Q(thread__parade__isnull=True)  # the pages staff hear about otherwise
    return qs.filter(own).order_by("thread_id", "created", "pk")


def send_daily_digests(now=None) -> int:
    """Periodic job: one email per host with the daily digest on, listing the comments since
    their last digest (pending ones with signed approve/delete links). Hosts with nothing new
    get no email. Safe to run more often than daily. Returns emails sent."""
    from blogparade.comments.services import moderation_token

    now = now or timezone.now()
    sent = 0
    prefs = HostPreference.objects.filter(daily_digest=True, user__is_active=True).select_related(
        "user"
    )
    for pref in prefs:
        if pref.last_digest_at and now - pref.last_digest_at < DIGEST_GAP:
            continue
        since = pref.last_digest_at or now - timedelta(days=1)
        comments = list(_digest_comments(pref.user, since, now))
        HostPreference.objects.filter(pk=pref.pk).update(last_digest_at=now)
        if not comments or not pref.user.email:
            continue
        language = next(
            (c.thread.parade.language for c in comments if c.thread.parade), settings.LANGUAGE_CODE
        )
        with translation.override(language):
            items = [
                {
                    "comment": c,
                    "thread": c.thread,
                    "permalink": c.get_absolute_url(),
                    "pending": c.status == Comment.Status.PENDING,
                    "approve_url": _abs(
                        "comments:moderate_link",
                        comment_id=c.pk,
                        action="approve",
                        token=moderation_token(c, "approve"),
                    ),
                    "delete_url": _abs(
                        "comments:moderate_link",
                        comment_id=c.pk,
                        action="delete",
                        token=moderation_token(c, "delete"),
                    ),
                }
                for c in comments
            ]
            pending = sum(1 for i in items if i["pending"])
            subject = ngettext(
                "%(n)d new comment today", "%(n)d new comments today", len(items)
            ) % {"n": len(items)}
            context = {
                "items": items,
                "count": len(items),
                "pending": pending,
                "dashboard_url": _abs("comments:dashboard"),
                "settings_url": _abs("comments:dashboard_preferences"),
            }
            _send(pref.user.email, subject, "digest", context)
        sent += 1
    return sent


# --- double opt-in ---------------------------------------------------------------------------


def _token(sub: NotificationSubscription, purpose: str) -> str:
    return signing.dumps(sub.pk, salt=f"comments.subscription.{purpose}")


def read_token(
    token: str, purpose: str, max_age: int | None = None
) -> NotificationSubscription | None:
    try:
        pk = signing.loads(token, salt=f"comments.subscription.{purpose}", max_age=max_age)
    except signing.BadSignature:
        return None
    return NotificationSubscription.objects.filter(pk=pk).first()


def page_name(thread) -> str:
    """How mails name a thread's page: the parade's title, else the page's address — never
    a title a commenter's client sent (it would put their words in someone's inbox)."""
    if thread.parade_id and thread.parade is not None:
        return thread.parade.title
    return thread.page_url


def subscribe(comment: Comment, email: str) -> NotificationSubscription:
    """Record the wish and send the confirmation email (nothing is sent until confirmed).
    At most a few confirmation mails a day go to one address (``notify-email``), so nobody
    can use the form to fill someone else's inbox."""
    from blogparade.core import ratelimit

    sub, _created = NotificationSubscription.objects.get_or_create(
        comment=comment, email=email.lower()
    )
    if sub.confirmed_at is None and ratelimit.allow("notify-email", sub.email):
        transaction.on_commit(lambda: _send_confirmation(sub.pk))
    return sub


def _send_confirmation(sub_id: int) -> None:
    sub = (
        NotificationSubscription.objects.select_related("comment__thread__parade")
        .filter(pk=sub_id)
        .first()
    )
    if sub is None:
        return
    with translation.override(_language(sub.comment)):
        context = {
            "thread": sub.comment.thread,
            "confirm_url": _abs("comments:confirm", token=_token(sub, "confirm")),
        }
        subject = _("Confirm reply notifications for “%(title)s”") % {
            "title": page_name(sub.comment.thread)
        }
        _send(sub.email, subject, "confirm", context)


def confirm(sub: NotificationSubscription) -> None:
    if sub.confirmed_at is None:
        sub.confirmed_at = timezone.now()
        sub.unsubscribed_at = None
        sub.save(update_fields=["confirmed_at", "unsubscribed_at"])


def unsubscribe(sub: NotificationSubscription) -> None:
    if sub.unsubscribed_at is None:
        sub.unsubscribed_at = timezone.now()
        sub.save(update_fields=["unsubscribed_at"])


def unsubscribe_url(sub: NotificationSubscription) -> str:
    return _abs("comments:unsubscribe", token=_token(sub, "unsubscribe"))


# --- replies ---------------------------------------------------------------------------------


def reply_approved(comment_id: int) -> None:
    from blogparade.comments.tasks import send_reply_notifications

    send_reply_notifications.enqueue(comment_id)


def send_replies(reply_id: int) -> int:
    """Mail every active subscriber of the reply's parent once. Returns messages sent."""
    reply = Comment.objects.select_related("thread__parade", "parent").filter(pk=reply_id).first()
    if reply is None or reply.parent_id is None or reply.status != Comment.Status.APPROVED:
        return 0
    sent = 0
    subs = NotificationSubscription.objects.filter(
        comment_id=reply.parent_id, confirmed_at__isnull=False, unsubscribed_at__isnull=True
    ).exclude(email__iexact=reply.email or "\x00")
    for sub in subs:
        try:
            with transaction.atomic():
                NotifiedReply.objects.create(subscription=sub, reply=reply)
        except IntegrityError:
            continue
        url = unsubscribe_url(sub)
        with translation.override(_language(reply)):
            context = {
                "reply": reply,
                "thread": reply.thread,
                "permalink": reply.get_absolute_url(),
                "unsubscribe_url": url,
            }
            subject = _("New reply on “%(title)s”") % {"title": page_name(reply.thread)}
            _send(
                sub.email,
                subject,
                "reply",
                context,
                headers={
                    "List-Unsubscribe": f"<{url}>",
                    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
                },
            )
        sent += 1
    return sent
