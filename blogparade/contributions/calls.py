"""Which parade a URL calls for: its page here (``/p/<slug>/`` under ``BASE_URL``) or the
host's own call elsewhere (``Parade.call_url``). Public functions for the apps that receive
linkbacks and comments, so they need not read the parades app themselves."""

from __future__ import annotations

from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from blogparade.core.urlnorm import canonical_url
from blogparade.parades.models import Parade

if TYPE_CHECKING:
    from collections.abc import Iterable


def parade_by_slug(slug: str) -> Parade | None:
    return Parade.objects.filter(slug=slug).first()


def parade_by_call_url(url: str) -> Parade | None:
    """The parade whose ``call_url`` is ``url`` (after canonicalisation), if any."""
    key = canonical_url(url)
    host = (urlsplit(url).hostname or "").lower()
    host = host[4:] if host.startswith("www.") else host
    candidates: Iterable[Parade] = Parade.objects.exclude(call_url="").filter(
        call_url__icontains=host
    )
    return next((p for p in candidates if canonical_url(p.call_url) == key), None)
