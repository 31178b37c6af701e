"""Outgoing activities: one :class:`Delivery` per inbox (a server's shared inbox once for all
its followers), signed with the sending actor's key and POSTed by a background task through
the SSRF-safe client. A failure is tried again with back-off; after the last try the delivery
is given up, and a follower whose inbox has failed for :data:`DEAD_AFTER` is dropped."""

from __future__ import annotations

import json
import logging
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone
from django_tasks import task

from blogparade.core import phrases
from blogparade.core.phrases import Phrase
from blogparade.fediverse.models import Delivery, Follower, LocalActor
from blogparade.fetch.client import fetch
from blogparade.fetch.errors import FetchError

logger = logging.getLogger("blogparade.fediverse")

BACKOFF = [60, 300, 1800, 7200, 21600, 86400, 86400]  # seconds before each retry
DEAD_AFTER = timedelta(days=7)


def follower_inboxes(actor: LocalActor, followers: QuerySet[Follower] | None = None) -> list[str]:
    """Where the actor's (accepted) followers — or these of them — are reached: each
    server's shared inbox once, else each follower's own inbox."""
    inboxes: list[str] = []
    chosen = actor.followers.all() if followers is None else followers
    for follower in chosen.filter(pending=False).select_related("remote"):
        inbox = follower.remote.shared_inbox or follower.remote.inbox
        if inbox not in inboxes:
            inboxes.append(inbox)
    return inboxes


def deliver(actor: LocalActor, activity: dict, inboxes: list[str]) -> list[Delivery]:
    """Queue ``activity`` from ``actor`` to each inbox (once each), sent after commit: one
    task for them all, which sends :data:`THREADS` at a time (sending is mostly waiting)."""
    rows = Delivery.objects.bulk_create(
        Delivery(actor=actor, inbox=inbox, activity=activity)
        for inbox in dict.fromkeys(inboxes)
        if inbox
    )
    ids = [row.pk for row in rows]  # SQLite and PostgreSQL return them from bulk_create
    if ids:
        transaction.on_commit(lambda: send_deliveries.enqueue(ids))
    return rows


def to_followers(actor: LocalActor, activity: dict) -> list[Delivery]:
    return deliver(actor, activity, follower_inboxes(actor))


THREADS = 8


@task()
def send_deliveries(delivery_ids: list[int]) -> int:
    """Task: send these deliveries, :data:`THREADS` at a time; how many were sent."""
    from concurrent.futures import ThreadPoolExecutor

    from django.db import connections

    def one(pk: int) -> str:
        try:
            return _send(pk)
        finally:
            connections.close_all()  # each thread's own connection

    if len(delivery_ids) == 1 or settings.TASKS_MODE == "immediate":  # inline: one by one
        return sum(1 for pk in delivery_ids if _send(pk) == Delivery.Status.SENT)
    with ThreadPoolExecutor(THREADS, thread_name_prefix="fediverse-delivery") as pool:
        results = list(pool.map(one, delivery_ids))
    return sum(1 for r in results if r == Delivery.Status.SENT)


@task()
def send_delivery(delivery_id: int) -> str:
    """Task: POST one delivery; on failure schedule the next try, or give it up."""
    return _send(delivery_id)


def _send(delivery_id: int) -> str:
    from blogparade.fediverse import actors
    from blogparade.fediverse.signatures import sign

    delivery = Delivery.objects.select_related("actor__parade").filter(pk=delivery_id).first()
    if delivery is None or delivery.status != Delivery.Status.WAITING:
        return "skipped"
    body = json.dumps(delivery.activity).encode()
    headers = sign(
        "POST",
        delivery.inbox,
        body,
        actors.signing_key_id(delivery.actor),
        delivery.actor.private_key_pem,
    )
    headers.pop("host", None)
    headers["content-type"] = actors.CONTENT_TYPE
    delivery.attempts += 1
    error: str | Phrase = ""
    try:
        result = fetch(
            delivery.inbox,
            method="POST",
            content=body,
            headers=headers,
            max_bytes=20_000,
            timeout=10,
            follow_redirects=False,
            triggered_by=f"fediverse-delivery:{delivery.pk}",
        )
        if 200 <= result.status < 300:
            delivery.status = Delivery.Status.SENT
        else:
            error = f"HTTP {result.status}"
    except FetchError as exc:
        error = exc.phrase or exc.reason
    if error:
        text, delivery.last_error_phrase = phrases.store(error)
        delivery.last_error = text[:500]
        if delivery.attempts > len(BACKOFF):
            delivery.status = Delivery.Status.FAILED
        else:
            delivery.next_try_at = timezone.now() + timedelta(
                seconds=BACKOFF[delivery.attempts - 1]
            )
        logger.info("delivery %s to %s: %s", delivery.pk, delivery.inbox, error)
    delivery.save(
        update_fields=["status", "attempts", "next_try_at", "last_error", "last_error_phrase"]
    )
    return delivery.status


def retry_deliveries(limit: int = 500) -> int:
    """Periodic: queue the deliveries whose next try has come; drop followers whose inbox
    has only failed for :data:`DEAD_AFTER`."""
    now = timezone.now()
    due = list(
        Delivery.objects.filter(
            status=Delivery.Status.WAITING, attempts__gt=0, next_try_at__lte=now
        ).values_list("pk", flat=True)[:limit]
    )
    if due:
        send_deliveries.enqueue(due)
    dead = set(
        Delivery.objects.filter(
            status=Delivery.Status.FAILED, created_at__lt=now - DEAD_AFTER
        ).values_list("inbox", flat=True)
    ) - set(
        Delivery.objects.filter(
            status=Delivery.Status.SENT, created_at__gte=now - DEAD_AFTER
        ).values_list("inbox", flat=True)
    )
    if dead:
        Follower.objects.filter(remote__inbox__in=dead).delete()
        Follower.objects.filter(remote__shared_inbox__in=dead).delete()
    # a deleted parade's actor goes once its Delete has been sent (or given up)
    LocalActor.objects.exclude(retired_uri="").exclude(
        deliveries__status=Delivery.Status.WAITING
    ).delete()
    return len(due)
