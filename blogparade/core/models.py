from __future__ import annotations

from functools import lru_cache
from urllib.parse import urlsplit

from django.conf import settings
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


def site_key(url_or_origin: str) -> tuple[str, int | None] | None:
    """The site of a URL spelt any way: its host without ``www.`` and its port unless it is
    the default one, whatever the scheme. ``None`` if it is not an http(s) address."""
    origin = origin_of(url_or_origin)
    if not origin:
        return None
    parts = urlsplit(origin)
    return (parts.hostname or "").removeprefix("www."), parts.port


class RegisteredSite(models.Model):
    """A site (origin) whose pages may embed threads and widgets and be Webmention targets.

    A site with an ``owner`` is that host's: only their calls may live on it. A site without
    one was registered by the operator for every host of the instance."""

    origin = models.CharField(_("origin"), max_length=300, unique=True)
    name = models.CharField(_("name"), max_length=120, blank=True)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("host"),
        help_text=_("Only this host's calls may live on the site. Empty: every host's may."),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="registered_sites",
    )
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

    @classmethod
    def matching(cls, url: str) -> list[RegisteredSite]:
        """The registered sites a URL is on, spelt any way (http or https, with or without
        ``www.``): the comparison that decides whose calls may live there."""
        key = site_key(url)
        if key is None:
            return []
        candidates = cls.objects.filter(origin__icontains=key[0])
        return [site for site in candidates if site_key(site.origin) == key]

    @classmethod
    def claim(cls, url: str, owner_id: int | None, name: str = "") -> RegisteredSite | None:
        """Register the origin of ``url`` unless it is registered already: for ``owner_id``,
        or for whoever has its site in another spelling. ``None`` for no http(s) address."""
        origin = origin_of(url)
        if not origin:
            return None
        existing = cls.matching(origin)
        for site in existing:
            if site.origin == origin:
                return site
        site, _created = cls.objects.get_or_create(
            origin=origin,
            defaults={
                "owner_id": existing[0].owner_id if existing else owner_id,
                "name": (existing[0].name if existing else name)[:120],
            },
        )
        return site


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
    process (a worker's copies included). It writes ``last_seen`` every few seconds; one that
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


class MailCount(models.Model):
    """How many messages were sent, and how many failed, since the instance began."""

    outcome = models.CharField(max_length=10, primary_key=True)  # "sent" or "failed"
    count = models.BigIntegerField(default=0)

    def __str__(self) -> str:
        return f"{self.outcome}={self.count}"
