from __future__ import annotations

from functools import lru_cache
from urllib.parse import urlsplit

from django.db import models
from django.utils.translation import gettext_lazy as _


@lru_cache(maxsize=1024)  # a pure function, asked for the same few origins on every API call
def origin_of(url: str) -> str:
    """``scheme://host[:port]`` of a URL, lower-cased, default ports dropped; '' if not http(s)."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return ""
    host = parts.hostname.lower()
    if ":" in host:
        host = f"[{host}]"
    try:
        port = parts.port
    except ValueError:
        return ""
    default = 443 if parts.scheme == "https" else 80
    return f"{parts.scheme}://{host}" + (f":{port}" if port and port != default else "")


class RegisteredSite(models.Model):
    """A site (origin) whose pages may embed threads and widgets and be Webmention targets."""

    origin = models.CharField(_("origin"), max_length=300, unique=True)
    name = models.CharField(_("name"), max_length=120, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("registered site")
        verbose_name_plural = _("registered sites")

    def __str__(self) -> str:
        return self.name or self.origin

    @classmethod
    def is_registered(cls, url_or_origin: str) -> bool:
        origin = origin_of(url_or_origin)
        return bool(origin) and cls.objects.filter(origin=origin).exists()


class RateLimitCounter(models.Model):
    """One fixed window of one rate limit (see ``blogparade.core.ratelimit``)."""

    key = models.CharField(max_length=120, unique=True)
    count = models.PositiveIntegerField(default=0)
    expires_at = models.BigIntegerField(db_index=True)  # unix time the window ends

    def __str__(self) -> str:
        return f"{self.key}={self.count}"


class PeriodicRun(models.Model):
    """When a periodic job last ran, shared by every process: the first process to claim a
    due job runs it, the others see it claimed (see ``blogparade.core.worker``)."""

    name = models.CharField(max_length=200, unique=True)
    last_run_at = models.DateTimeField()

    def __str__(self) -> str:
        return f"{self.name} @ {self.last_run_at:%Y-%m-%d %H:%M}"


class WorkerHeartbeat(models.Model):
    """A background process that is alive: ``serve`` with its worker, each ``worker``
    process, each verification helper. It writes ``last_seen`` every few seconds; one that
    stops writing is gone, and the work it had claimed is given back (see
    ``blogparade.core.worker.recover_from_dead_workers``)."""

    process = models.CharField(max_length=200, unique=True)  # "host:pid"
    started_at = models.DateTimeField()
    last_seen = models.DateTimeField(db_index=True)

    def __str__(self) -> str:
        return f"{self.process} @ {self.last_seen:%H:%M:%S}"


class PageVersion(models.Model):
    """A version of pages that show many things at once (the directory): changed by every
    write any of them shows, read as part of their page-cache keys
    (:mod:`blogparade.core.pagecache`)."""

    name = models.CharField(max_length=100, primary_key=True)
    token = models.CharField(max_length=16)

    def __str__(self) -> str:
        return f"{self.name}: {self.token}"
