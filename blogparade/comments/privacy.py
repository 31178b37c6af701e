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


def export(email: str, host=None) -> dict[str, object]:
    """Everything stored under ``email``: comments, subscriptions, contributions.

    ``host`` (a user) narrows the export to what sits on that host's own threads: their
    comments and the reply subscriptions on them; contributions and contributor records are
    then left out (operators and the CLI export everything). ``None`` means everything."""
    from blogparade.contributions.models import Contribution, Contributor
    from blogparade.parades.models import SeriesSlot
    from blogparade.syndication import reminders

    email = email.strip().lower()
    scope = _scope(host)
    comments = Comment.objects.filter(email__iexact=email, **scope).select_related("thread")
    subs = NotificationSubscription.objects.filter(email__iexact=email)
    if host is not None:
        subs = subs.filter(comment__thread__parade__host=host)
        contributions = Contribution.objects.none()
        contributors = Contributor.objects.none()
        series_slots = SeriesSlot.objects.none()
    else:
        contributions = Contribution.objects.filter(submitter_email__iexact=email)
        contributors = Contributor.objects.filter(email__iexact=email)
        series_slots = SeriesSlot.objects.filter(external_email__iexact=email).select_related(
            "series"
        )
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
            for s in subs
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
            for c in contributions.select_related("parade")
        ],
        "contributors": [
            {"id": c.pk, "name": c.name, "url": c.url, "email": c.email} for c in contributors
        ],
        "reminders": reminders.gdpr_export(email, host),
        "series_slots": [
            {"series": slot.series.slug, "month": _iso(slot.month), "name": slot.external_name}
            for slot in series_slots
        ],
    }


def summary(email: str, host=None) -> dict[str, int]:
    """How much :func:`erase` would touch (for the confirmation step); no addresses."""
    data = export(email, host)
    return {
        "comments": len(data["comments"]),
        "subscriptions": len(data["reply_notifications"]),
        "contributions": len(data["contributions"]),
        "contributors": len(data["contributors"]),
        "reminders": len(data["reminders"]),
        "series_slots": len(data["series_slots"]),
    }


@transaction.atomic
def erase(email: str, host=None) -> dict[str, int]:
    """Delete (or, where replies hang on them, blank) every comment under ``email``, drop
    subscriptions and remove the address from contributions and contributors.

    With ``host``, only the comments on that host's own threads and the subscriptions on
    them are erased; contributions and contributors stay (an operator's job)."""
    from blogparade.comments.services import delete_comment
    from blogparade.contributions.models import Contribution, Contributor
    from blogparade.parades.models import SeriesSlot
    from blogparade.syndication import reminders

    email = email.strip().lower()
    n = 0
    for c in Comment.objects.filter(email__iexact=email, **_scope(host)).order_by("-created"):
        if Comment.objects.filter(pk=c.pk).exists():
            c.refresh_from_db()
            delete_comment(c)
            n += 1
    subs_qs = NotificationSubscription.objects.filter(email__iexact=email)
    reminder_count = reminders.gdpr_erase(email, host)
    if host is not None:
        subs, _ = subs_qs.filter(comment__thread__parade__host=host).delete()
        return {
            "comments": n,
            "subscriptions": subs,
            "contributions": 0,
            "contributors": 0,
            "reminders": reminder_count,
            "series_slots": 0,
        }
    subs, _ = subs_qs.delete()
    series_slots = SeriesSlot.objects.filter(external_email__iexact=email).update(external_email="")
    contributions = Contribution.objects.filter(submitter_email__iexact=email).update(
        submitter_email="", submitter_name=""
    )
    contributors = Contributor.objects.filter(email__iexact=email).update(email="")
    return {
        "comments": n,
        "subscriptions": subs,
        "contributions": contributions,
        "contributors": contributors,
        "reminders": reminder_count,
        "series_slots": series_slots,
    }
