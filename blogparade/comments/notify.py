"""Emails of the comment system: the host's note about each new comment (with signed
one-click approve/delete links), the double opt-in confirmation, and reply notifications
(sent once, only after the reply is approved, with a one-click unsubscribe link and
``List-Unsubscribe`` headers). Commenters' email addresses never appear in any message body.
"""

from __future__ import annotations

from django.conf import settings
from django.core import signing
from django.core.mail import EmailMultiAlternatives
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from blogparade.comments.models import Comment, NotificationSubscription, NotifiedReply


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


def host_recipients(comment: Comment) -> list[str]:
    parade = comment.thread.parade
    if parade and getattr(parade.host, "email", ""):
        return [parade.host.email]
    fallback = getattr(settings, "COMMENTS_NOTIFY_EMAIL", "")
    if fallback:
        return [fallback]
    from django.contrib.auth import get_user_model

    return list(
        get_user_model()
        .objects.filter(is_staff=True, is_active=True)
        .exclude(email="")
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
        subject = _("New comment on “%(title)s”") % {
            "title": comment.thread.title or comment.thread.path
        }
        for to in recipients:
            _send(to, subject, "host", context)
    return True


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


def subscribe(comment: Comment, email: str) -> NotificationSubscription:
    """Record the wish and send the confirmation email (nothing is sent until confirmed)."""
    sub, _created = NotificationSubscription.objects.get_or_create(
        comment=comment, email=email.lower()
    )
    if sub.confirmed_at is None:
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
            "title": sub.comment.thread.title or sub.comment.thread.path
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
            subject = _("New reply on “%(title)s”") % {
                "title": reply.thread.title or reply.thread.path
            }
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
