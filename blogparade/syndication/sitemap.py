"""sitemap.xml (listed parades and their published roundups) and robots.txt."""

from __future__ import annotations

import datetime as dt
from xml.sax.saxutils import escape

from django.conf import settings
from django.urls import reverse

from blogparade.parades.models import Parade, Roundup

SITEMAP_LIMIT = 50_000  # the protocol's limit per file


def sitemap_xml() -> str:
    """The sitemap: the directory, every listed parade, every published roundup of one."""
    base = settings.BASE_URL
    rows: list[tuple[str, dt.datetime | None]] = [(base + reverse("directory"), None)]
    for slug, updated in (
        Parade.objects.listed()
        .order_by("pk")
        .values_list("slug", "updated_at")[: SITEMAP_LIMIT // 2]
    ):
        rows.append((base + reverse("parade", kwargs={"slug": slug}), updated))
    roundups = (
        Roundup.objects.filter(published_at__isnull=False, parade__listed=True)
        .order_by("pk")
        .values_list("parade__slug", "updated_at")[: SITEMAP_LIMIT // 2 - 1]
    )
    for slug, updated in roundups:
        rows.append((base + reverse("roundup", kwargs={"slug": slug}), updated))
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ]
    for loc, lastmod in rows:
        mod = (
            f"<lastmod>{lastmod.astimezone(dt.UTC).date().isoformat()}</lastmod>" if lastmod else ""
        )
        out.append(f"<url><loc>{escape(loc)}</loc>{mod}</url>")
    out.append("</urlset>\n")
    return "\n".join(out)


def robots_txt() -> str:
    """Crawlers welcome on public pages; not on the dashboard, admin, widgets or API answers."""
    lines = [
        "User-agent: *",
        "Disallow: /dashboard/",
        "Disallow: /admin/",
        "Disallow: /widgets/",
        "Disallow: /oembed",
        "Disallow: /i18n/",
        "Allow: /",
        "",
        f"Sitemap: {settings.BASE_URL}{reverse('sitemap')}",
        "",
    ]
    return "\n".join(lines)
