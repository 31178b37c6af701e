"""Which parade a URL calls for: its page here (``/p/<slug>/`` under ``BASE_URL``) or the
host's own call elsewhere (``Parade.call_url``). Public functions for the apps that receive
linkbacks and comments, so they need not read the parades app themselves."""

from __future__ import annotations

from blogparade.parades.models import Parade


def parade_by_slug(slug: str) -> Parade | None:
    return Parade.objects.filter(slug=slug).first()


def parade_by_call_url(url: str) -> Parade | None:
    """The parade whose ``call_url`` is ``url`` (spelt any way), if any."""
    return next(iter(Parade.objects.with_call_url(url)), None)
