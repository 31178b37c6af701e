"""GDPR export/erase and the IP retention rule.

Full addresses are kept ``COMMENTS_IP_TRUNCATE_DAYS`` (default 7) for bans, then truncated
(/24, /48), and cleared after ``COMMENTS_IP_DELETE_DAYS`` (default 30)."""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from blogparade.comments.models import Comment, NotificationSubscription
from blogparade.core.clientip import truncate_ip


def purge_ips(now=None) -> dict[str, int]:
    now = now or timezone.now()
    t_days = int(getattr(settings, "COMMENTS_IP_TRUNCATE_DAYS", 7))
    d_days = int(getattr(settings, "COMMENTS_IP_DELETE_DAYS", 30))
    cleared = (
        Comment.objects.filter(created__lt=now - timedelta(days=d_days))
        .exclude(ip="")
        .update(ip="", ip_truncated=True)
    )
    truncated = 0
    for c in (
        Comment.objects.filter(created__lt=now - timedelta(days=t_days), ip_truncated=False)
        .exclude(ip="")
        .only("pk", "ip")
        .iterator()
    ):
        Comment.objects.filter(pk=c.pk).update(ip=truncate_ip(c.ip), ip_truncated=True)
        truncated += 1
    from blogparade.core.ratelimit import purge_expired

    purge_expired()
    return {"truncated": truncated, "cleared": cleared}


def _iso(value) -> str | None:
    return value.isoformat() if value else None


def export(email: str) -> dict[str, object]:
    """Everything stored under ``email``: comments, subscriptions, contributions."""
    from blogparade.parades.models import Contribution, Contributor

    email = email.strip().lower()
    comments = Comment.objects.filter(email__iexact=email).select_related("thread")
    return {
        "email": email,
        "comments": [
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
        ],
        "reply_notifications": [
            {
                "comment": s.comment_id,
                "confirmed": _iso(s.confirmed_at),
                "unsubscribed": _iso(s.unsubscribed_at),
            }
            for s in NotificationSubscription.objects.filter(email__iexact=email)
        ],
        "contributions": [
            {
                "id": c.pk,
                "parade": c.parade.slug,
                "url": c.url,
                "submitter_name": c.submitter_name,
                "submitter_email": c.submitter_email,
                "status": c.status,
                "created": _iso(c.created_at),
            }
            for c in Contribution.objects.filter(submitter_email__iexact=email).select_related(
                "parade"
            )
        ],
        "contributors": [
            {"id": c.pk, "name": c.name, "url": c.url, "email": c.email}
            for c in Contributor.objects.filter(email__iexact=email)
        ],
    }


@transaction.atomic
def erase(email: str) -> dict[str, int]:
    """Delete (or, where replies hang on them, blank) every comment under ``email``, drop
    subscriptions and remove the address from contributions and contributors."""
    from blogparade.comments.services import delete_comment
    from blogparade.parades.models import Contribution, Contributor

    email = email.strip().lower()
    n = 0
    for c in Comment.objects.filter(email__iexact=email).order_by("-created"):
        if Comment.objects.filter(pk=c.pk).exists():
            c.refresh_from_db()
            delete_comment(c)
            n += 1
    subs, _ = NotificationSubscription.objects.filter(email__iexact=email).delete()
    contributions = Contribution.objects.filter(submitter_email__iexact=email).update(
        submitter_email="", submitter_name=""
    )
    contributors = Contributor.objects.filter(email__iexact=email).update(email="")
    return {
        "comments": n,
        "subscriptions": subs,
        "contributions": contributions,
        "contributors": contributors,
    }
