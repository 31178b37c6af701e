"""The comments' part of GDPR export and erase (registered with :mod:`blogparade.core.privacy`)
and the IP retention rule.

Full addresses are kept ``COMMENTS_IP_TRUNCATE_DAYS`` (default 7) for bans, then truncated
(/24, /48), and cleared after ``COMMENTS_IP_DELETE_DAYS`` (default 30)."""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.utils import timezone

from blogparade.comments.models import Comment, NotificationSubscription
from blogparade.core.clientip import truncate_ip
from blogparade.core.privacy import Source


def purge_ips(now=None) -> dict[str, int]:
    now = now or timezone.now()
    t_days = int(settings.COMMENTS_IP_TRUNCATE_DAYS)
    d_days = int(settings.COMMENTS_IP_DELETE_DAYS)
    from blogparade.comments.cache import bump_many

    to_clear = Comment.objects.filter(created__lt=now - timedelta(days=d_days)).exclude(ip="")
    touched = set(to_clear.values_list("thread_id", flat=True).distinct())
    cleared = to_clear.update(ip="", ip_truncated=True)
    truncated = 0
    for c in (
        Comment.objects.filter(created__lt=now - timedelta(days=t_days), ip_truncated=False)
        .exclude(ip="")
        .only("pk", "ip", "thread_id")
        .iterator()
    ):
        Comment.objects.filter(pk=c.pk).update(ip=truncate_ip(c.ip), ip_truncated=True)
        touched.add(c.thread_id)
        truncated += 1
    # The avatar seed may fall back to the address: cached listings must not keep the old one.
    bump_many(touched)
    from blogparade.core.ratelimit import purge_expired

    purge_expired()
    return {"truncated": truncated, "cleared": cleared}


def _iso(value) -> str | None:
    return value.isoformat() if value else None


def _scope(host) -> dict[str, object]:
    """Comment filter for a host's GDPR request: only comments under their own parades."""
    return {} if host is None else {"thread__parade__host": host}


def export_comments(email: str, host=None) -> list[dict[str, object]]:
    comments = Comment.objects.filter(email__iexact=email, **_scope(host)).select_related("thread")
    return [
        {
            "id": c.pk,
            "page": c.thread.page_url,
            "author": c.author,
            "email": c.email,
            "website": c.website,
            "text": c.text,
            "status": c.status,
            "created": _iso(c.created),
            "modified": _iso(c.modified),
            "ip": c.ip,
            "likes": c.likes,
        }
        for c in comments
    ]


def erase_comments(email: str, host=None) -> int:
    """Delete (or, where replies hang on them, blank) every comment under ``email``."""
    from blogparade.comments.services import delete_comment

    n = 0
    for c in Comment.objects.filter(email__iexact=email, **_scope(host)).order_by("-created"):
        if Comment.objects.filter(pk=c.pk).exists():
            c.refresh_from_db()
            delete_comment(c)
            n += 1
    return n


def _subscriptions(email: str, host=None):
    subs = NotificationSubscription.objects.filter(email__iexact=email)
    if host is not None:
        subs = subs.filter(comment__thread__parade__host=host)
    return subs


def export_subscriptions(email: str, host=None) -> list[dict[str, object]]:
    return [
        {
            "comment": s.comment_id,
            "confirmed": _iso(s.confirmed_at),
            "unsubscribed": _iso(s.unsubscribed_at),
        }
        for s in _subscriptions(email, host)
    ]


def erase_subscriptions(email: str, host=None) -> int:
    deleted, _ = _subscriptions(email, host).delete()
    return deleted


SOURCES = [
    Source("comments", "comments", export_comments, erase_comments),
    Source("reply_notifications", "subscriptions", export_subscriptions, erase_subscriptions),
]
