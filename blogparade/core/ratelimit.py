"""Fixed-window rate limits shared by every app.

``hit(scope, ident, limit, period)`` counts one event for ``ident`` (an IP address, a thread
key …) in the current window of ``period`` seconds and returns whether it is still within
``limit``. Counters live in the database by default (table ``core_ratelimitcounter``) and in
Redis when ``settings.REDIS_URL`` is set. With ``settings.RATE_LIMITS`` off every hit passes
(tests and benchmarks only).

Limits are named: ``allow("comment-ip", ip)`` reads ``(limit, period)`` pairs from
``settings.RATE_LIMIT_RULES``, the one table of every limit and its default.
"""

from __future__ import annotations

import hashlib
import time
from functools import lru_cache

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F


class RateLimited(Exception):
    """Raised by :func:`check` when a limit is exceeded."""


def enabled() -> bool:
    return bool(settings.RATE_LIMITS)


def _key(scope: str, ident: str, period: int, window: int) -> str:
    digest = hashlib.sha256(ident.encode()).hexdigest()[:32]
    prefix = settings.RATE_LIMIT_KEY_PREFIX
    return f"{prefix}:{scope}:{period}:{window}:{digest}"


@lru_cache(maxsize=2)
def _redis(url: str):  # pragma: no cover - exercised only with Redis configured
    import redis

    return redis.Redis.from_url(url)


def _count_redis(url: str, key: str, period: int) -> int:  # pragma: no cover
    client = _redis(url)
    pipe = client.pipeline()
    pipe.incr(key)
    pipe.expire(key, period + 5)
    count, _ = pipe.execute()
    return int(count)


def _count_db(key: str, expires_at: float) -> int:
    from blogparade.core.models import RateLimitCounter

    for _attempt in range(3):
        updated = RateLimitCounter.objects.filter(key=key).update(count=F("count") + 1)
        if updated:
            return (
                RateLimitCounter.objects.filter(key=key).values_list("count", flat=True).first()
                or 1
            )
        try:
            with transaction.atomic():
                RateLimitCounter.objects.create(key=key, count=1, expires_at=int(expires_at))
            return 1
        except IntegrityError:
            continue
    return 1


def hit(scope: str, ident: str, limit: int, period: int) -> bool:
    """Count one event; True while the window's count is within ``limit``."""
    if not enabled() or not ident:
        return True
    now = time.time()
    window = int(now // period)
    key = _key(scope, ident, period, window)
    url = settings.REDIS_URL
    count = _count_redis(url, key, period) if url else _count_db(key, (window + 1) * period)
    return count <= limit


def rules(name: str) -> list[tuple[int, int]]:
    """The named limit's rules. Raises KeyError for a name the table does not have."""
    return [(int(limit), int(period)) for limit, period in settings.RATE_LIMIT_RULES[name]]


def over(name: str, ident: str) -> int | None:
    """Count one event against every rule of the named limit: ``None`` while within them,
    else the seconds until the longest exceeded window ends."""
    if not enabled() or not ident:
        return None
    now = time.time()
    wait = None
    for limit, period in rules(name):
        if not hit(name, ident, limit, period):
            wait = max(wait or 0, max(1, int(period - now % period)))
    return wait


def _current(key: str) -> int:
    url = settings.REDIS_URL
    if url:  # pragma: no cover - exercised only with Redis configured
        value = _redis(url).get(key)
        return int(value or 0)
    from blogparade.core.models import RateLimitCounter

    return RateLimitCounter.objects.filter(key=key).values_list("count", flat=True).first() or 0


def blocked(name: str, ident: str) -> int | None:
    """Without counting anything: ``None`` while ``ident`` is within the named limit, else
    the seconds until the exceeded window ends (for limits counted only on failure, such as
    failed sign-ins, checked before the next try)."""
    if not enabled() or not ident:
        return None
    now = time.time()
    wait = None
    for limit, period in rules(name):
        if _current(_key(name, ident, period, int(now // period))) >= limit:
            wait = max(wait or 0, max(1, int(period - now % period)))
    return wait


def allow(name: str, ident: str) -> bool:
    """Apply every rule of the named limit; False when any of them is exceeded."""
    return over(name, ident) is None


def check(name: str, ident: str) -> None:
    """Like :func:`allow`, raising :class:`RateLimited` instead of returning False."""
    if not allow(name, ident):
        raise RateLimited(name)


def purge_expired() -> int:
    """Delete finished windows from the database; returns how many rows went."""
    from blogparade.core.models import RateLimitCounter

    deleted, _ = RateLimitCounter.objects.filter(expires_at__lt=int(time.time())).delete()
    return deleted


def try_again_in(seconds: int) -> str:
    """ "Please try again in 5 minutes." — the real wait, in the active language."""
    from django.utils.translation import ngettext

    if seconds < 90:
        return ngettext(
            "Please try again in %(n)d second.", "Please try again in %(n)d seconds.", seconds
        ) % {"n": seconds}
    minutes = -(-seconds // 60)
    return ngettext(
        "Please try again in %(n)d minute.", "Please try again in %(n)d minutes.", minutes
    ) % {"n": minutes}
