"""Widgets for hosts whose call lives on their own blog, and the oEmbed provider.

- :func:`widget_data`: the approved contributions of a parade as plain data (the JSON the
  script widget renders; labels come translated so the script needs no catalogue).
- :func:`allowed_origin`: the ``Origin`` a CORS answer may name — registered sites only.
- :func:`snippet_html`: the same list as a static HTML fragment (no script, no style).
- :func:`oembed`: an oEmbed 1.0 ``rich`` answer for a parade or roundup URL of this site.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from django.conf import settings
from django.db.models import F, QuerySet
from django.template.loader import render_to_string
from django.urls import Resolver404, resolve
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from blogparade.core.models import RegisteredSite, origin_of
from blogparade.parades.models import Contribution, Parade

WIDGET_LIMIT = 200
OEMBED_DEFAULT_WIDTH = 600
OEMBED_MAX_WIDTH = 1200


def approved(parade: Parade, limit: int = WIDGET_LIMIT) -> QuerySet[Contribution]:
    """Approved contributions, oldest first (the order a call page lists answers in)."""
    return (
        parade.contributions.filter(status=Contribution.Status.APPROVED)
        .select_related("contributor")
        .order_by(F("published").asc(nulls_last=True), "created_at", "pk")[:limit]
    )


def _http(url: str) -> str:
    return url if urlsplit(url or "").scheme in ("http", "https") else ""


def widget_data(parade: Parade) -> dict[str, Any]:
    """``{"parade": {...}, "count", "labels": {...}, "contributions": [{title, url, author, published, kind, late}]}``."""
    items = list(approved(parade))
    return {
        "parade": {
            "slug": parade.slug,
            "title": parade.title,
            "question": parade.display_question,
            "url": parade.absolute_url(),
            "call_url": _http(parade.call_url),
            "closes_at": parade.closes_at.isoformat(),
            "state": parade.state,
        },
        "count": len(items),
        "labels": {
            "heading": ngettext("%(n)d contribution", "%(n)d contributions", len(items))
            % {"n": len(items)},
            "empty": _("No contributions yet — be the first!"),
            "by": _("by"),
            "late": _("late"),
            "take_part": _("Take part"),
        },
        "contributions": [
            {
                "title": c.display_title,
                "url": _http(c.url),
                "author": {"name": c.author_name, "url": _http(c.author_url)},
                "published": c.published.isoformat() if c.published else None,
                "kind": c.kind,
                "late": c.late,
            }
            for c in items
            if _http(c.url)
        ],
    }


def allowed_origin(origin: str | None) -> str:
    """The request's Origin when it is a registered site (CORS may name it), else ''."""
    if not origin:
        return ""
    normal = origin_of(origin)
    return normal if normal and RegisteredSite.is_registered(normal) else ""


def snippet_html(parade: Parade) -> str:
    """A static HTML fragment listing the approved contributions, for blogs without scripts."""
    items = list(approved(parade))
    return render_to_string(
        "syndication/_contributions_snippet.html",
        {
            "parade": parade,
            "contributions": [c for c in items if _http(c.url)],
            "count": len(items),
        },
    ).strip()


def parade_for_url(url: str) -> tuple[Parade, str] | None:
    """The parade a URL of this site names and what it names ("parade" or "roundup")."""
    if not url or origin_of(url) != origin_of(settings.BASE_URL):
        return None
    try:
        match = resolve(urlsplit(url).path or "/")
    except Resolver404:
        return None
    kinds = {"parade": "parade", "roundup": "roundup"}
    if match.url_name not in kinds or "slug" not in match.kwargs:
        return None
    parade = (
        Parade.objects.select_related("host__host_profile")
        .filter(slug=match.kwargs["slug"])
        .first()
    )
    if parade is None:
        return None
    if match.url_name == "roundup" and not hasattr(parade, "roundup"):
        return None
    if match.url_name == "roundup" and parade.roundup.published_at is None:
        return None
    return parade, kinds[match.url_name]


def oembed(
    url: str, maxwidth: int | None = None, maxheight: int | None = None
) -> dict[str, Any] | None:
    """oEmbed 1.0 ``rich`` response for a parade (or roundup) URL here; None when it names none."""
    found = parade_for_url(url)
    if found is None:
        return None
    parade, kind = found
    from blogparade.syndication.feeds import host_name

    width = min(maxwidth or OEMBED_DEFAULT_WIDTH, OEMBED_MAX_WIDTH)
    count = parade.contributions.filter(status=Contribution.Status.APPROVED).count()
    height = 160 + 28 * min(count, WIDGET_LIMIT)
    if maxheight:
        height = min(height, maxheight)
    title = parade.title if kind == "parade" else _("Roundup: %(title)s") % {"title": parade.title}
    return {
        "version": "1.0",
        "type": "rich",
        "provider_name": "blogparade",
        "provider_url": settings.BASE_URL + "/",
        "title": title,
        "author_name": host_name(parade),
        "author_url": parade.absolute_url(),
        "html": snippet_html(parade),
        "width": width,
        "height": height,
        "cache_age": 3600,
    }
