"""Atom, RSS 2.0 and JSON Feed 1.1 for new parades, each parade's contributions and roundups.

Every feed is a :class:`django.contrib.syndication.views.Feed`; the RSS variant is a subclass
with another ``feed_type``; :meth:`JsonFeedMixin.json_response` renders the same items as
JSON Feed 1.1. Titles and summaries from other sites are treated as plain text: the feed
generator escapes them, and HTML descriptions are built from escaped text only.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
from typing import Any

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.db.models import F, QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import translation
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.html import format_html
from django.utils.translation import gettext as _

from blogparade.contributions.models import Contribution
from blogparade.parades.models import Parade, Roundup

PARADES_LIMIT = 50
CONTRIBUTIONS_LIMIT = 200
ROUNDUPS_LIMIT = 30

JSON_FEED_VERSION = "https://jsonfeed.org/version/1.1"
JSON_FEED_TYPE = "application/feed+json"


def absolute(path: str) -> str:
    """``BASE_URL`` + path (feeds carry absolute links whatever Host the request named)."""
    return settings.BASE_URL + path


def host_name(parade: Parade) -> str:
    """The host's display name, from the author box when there is one; never the username
    (it is the host's email address)."""
    try:
        name = parade.host.host_profile.name
    except Exception:  # no HostProfile yet (RelatedObjectDoesNotExist)
        name = ""
    return name or parade.host.get_full_name()


def json_dumps_safe(data: Any) -> str:
    """JSON with ``<``, ``>`` and ``&`` as unicode escapes, so no byte of it reads as markup."""
    body = json.dumps(data, ensure_ascii=False, indent=1)
    return body.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


class JsonFeedMixin:
    """Render the feed's items as JSON Feed 1.1 (``application/feed+json``)."""

    json_url_name = ""

    def json_response(self, request: HttpRequest, **kwargs: Any) -> HttpResponse:
        obj = self.get_object(request, **kwargs)  # type: ignore[attr-defined]
        home = self._call("link", obj)
        data: dict[str, Any] = {
            "version": JSON_FEED_VERSION,
            "title": str(self._call("title", obj)),
            "home_page_url": home,
            "feed_url": absolute(reverse(self.json_url_name, kwargs=kwargs)),
            "description": str(self._call("description", obj)),
            "language": self._call("feed_language", obj) or settings.LANGUAGE_CODE,
            "items": [self.json_item(item) for item in self._call("items", obj)],
        }
        body = json_dumps_safe(data)
        return HttpResponse(body, content_type=f"{JSON_FEED_TYPE}; charset=utf-8")

    def get_feed(self, obj: Any, request: HttpRequest) -> Any:
        # Django reads ``language`` as a plain attribute, not per object. Feed instances are
        # shared between threads, so set it on a copy, per request.
        feed = copy.copy(self)
        feed.language = self._call("feed_language", obj) or settings.LANGUAGE_CODE
        return super(JsonFeedMixin, feed).get_feed(obj, request)  # type: ignore[misc]

    def _call(self, name: str, obj: Any) -> Any:
        attr = getattr(self, name)
        if not callable(attr):
            return attr
        return attr(obj) if attr.__code__.co_argcount == 2 else attr()

    def json_item(self, item: Any) -> dict[str, Any]:
        published = self.item_pubdate(item)  # type: ignore[attr-defined]
        updated = self.item_updateddate(item)  # type: ignore[attr-defined]
        entry: dict[str, Any] = {
            "id": self.item_guid(item),  # type: ignore[attr-defined]
            "url": self.item_link(item),  # type: ignore[attr-defined]
            "title": self.item_title(item),  # type: ignore[attr-defined]
            "content_html": self.item_description(item),  # type: ignore[attr-defined]
            "date_published": published.isoformat() if published else None,
            "date_modified": updated.isoformat() if updated else None,
        }
        name = self.item_author_name(item)  # type: ignore[attr-defined]
        if name:
            author = {"name": name}
            link = self.item_author_link(item)  # type: ignore[attr-defined]
            if link:
                author["url"] = link
            entry["authors"] = [author]
        tags = [str(t) for t in self.item_categories(item) if t]  # type: ignore[attr-defined]
        if tags:
            entry["tags"] = tags
        return {k: v for k, v in entry.items() if v is not None}


# --- new parades ------------------------------------------------------------------------


class ParadesFeed(JsonFeedMixin, Feed):
    """The parades listed in the directory, newest first."""

    feed_type = Atom1Feed
    url_name = "feeds-parades-atom"
    json_url_name = "feeds-parades-json"

    def get_object(self, request: HttpRequest, **kwargs: Any) -> None:
        return None

    def title(self) -> str:
        return _("New blog parades")

    def description(self) -> str:
        return _("Blog parades (blog carnivals) listed on this site, newest first.")

    subtitle = description

    def link(self) -> str:
        return absolute(reverse("directory"))

    def feed_url(self) -> str:
        return absolute(reverse(self.url_name))

    def feed_language(self) -> str:
        return settings.LANGUAGE_CODE

    def items(self) -> QuerySet[Parade]:
        return (
            Parade.objects.listed()
            .select_related("host__host_profile")
            .order_by("-created_at", "-pk")[:PARADES_LIMIT]
        )

    def item_title(self, item: Parade) -> str:
        return item.title

    def item_description(self, item: Parade) -> str:
        deadline = item.closes_at.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
        return format_html("<p>{}</p><p>{}: {}</p>", item.display_question, _("Deadline"), deadline)

    def item_link(self, item: Parade) -> str:
        return item.absolute_url()

    def item_guid(self, item: Parade) -> str:
        return item.absolute_url()

    def item_pubdate(self, item: Parade) -> dt.datetime:
        return item.created_at

    def item_updateddate(self, item: Parade) -> dt.datetime:
        return item.updated_at

    def item_author_name(self, item: Parade) -> str:
        return host_name(item)

    def item_author_link(self, item: Parade) -> str:
        try:
            return item.host.host_profile.website
        except Exception:
            return ""

    def item_categories(self, item: Parade) -> list[str]:
        return [f"#{item.hashtag.lstrip('#')}"] if item.hashtag else []


class ParadesRssFeed(ParadesFeed):
    feed_type = Rss201rev2Feed
    url_name = "feeds-parades-rss"


# --- one parade's contributions ---------------------------------------------------------


class ContributionsFeed(JsonFeedMixin, Feed):
    """The approved contributions to one parade, newest first."""

    feed_type = Atom1Feed
    url_name = "parade-contributions-atom"
    json_url_name = "parade-contributions-json"

    def get_object(self, request: HttpRequest, slug: str) -> Parade:
        return get_object_or_404(Parade, slug=slug)

    def title(self, obj: Parade) -> str:
        return _("Contributions: %(title)s") % {"title": obj.title}

    def description(self, obj: Parade) -> str:
        return obj.display_question

    subtitle = description

    def link(self, obj: Parade) -> str:
        return obj.absolute_url()

    def feed_url(self, obj: Parade) -> str:
        return absolute(reverse(self.url_name, kwargs={"slug": obj.slug}))

    def feed_language(self, obj: Parade) -> str:
        return obj.language

    def items(self, obj: Parade) -> list[Contribution | Roundup]:
        """The contributions, and on top, once it is published, the parade's roundup."""
        contributions = list(
            obj.contributions.filter(status=Contribution.Status.APPROVED)
            .select_related("contributor")
            .order_by(F("published").desc(nulls_last=True), "-created_at", "-pk")[
                :CONTRIBUTIONS_LIMIT
            ]
        )
        roundup = (
            Roundup.objects.filter(parade=obj, published_at__isnull=False)
            .select_related("parade__host__host_profile")
            .first()
        )
        return [roundup, *contributions] if roundup else contributions

    def item_title(self, item: Contribution | Roundup) -> str:
        return item.display_title

    def item_description(self, item: Contribution | Roundup) -> str:
        if isinstance(item, Roundup):
            from blogparade.contributions.roundup import export_html

            return export_html(item)  # sanitised; in the parade's language
        # The summary is text from another site: escaped, never trusted as markup.
        return format_html("<p>{}</p>", item.summary) if item.summary else ""

    def item_link(self, item: Contribution | Roundup) -> str:
        if isinstance(item, Roundup):
            return absolute(reverse("roundup", kwargs={"slug": item.parade.slug}))
        return item.url

    def item_guid(self, item: Contribution | Roundup) -> str:
        return self.item_link(item)

    def item_pubdate(self, item: Contribution | Roundup) -> dt.datetime:
        if isinstance(item, Roundup):
            return item.published_at
        return item.published or item.created_at

    def item_updateddate(self, item: Contribution | Roundup) -> dt.datetime:
        return item.updated_at

    def item_author_name(self, item: Contribution | Roundup) -> str:
        if isinstance(item, Roundup):
            return host_name(item.parade)
        return item.author_name or (item.contributor.name if item.contributor else "")

    def item_author_link(self, item: Contribution | Roundup) -> str:
        if isinstance(item, Roundup):
            return ""
        return item.author_url or (item.contributor.url if item.contributor else "")

    def item_categories(self, item: Contribution | Roundup) -> list[str]:
        if isinstance(item, Roundup):
            with translation.override(item.parade.language):
                return [_("roundup")]
        return [item.get_kind_display()]


class ContributionsRssFeed(ContributionsFeed):
    feed_type = Rss201rev2Feed
    url_name = "parade-contributions-rss"


# --- roundups ---------------------------------------------------------------------------


class RoundupsFeed(JsonFeedMixin, Feed):
    """Published roundups of listed parades, newest first; each entry carries the list."""

    feed_type = Atom1Feed
    url_name = "feeds-roundups-atom"
    json_url_name = "feeds-roundups-json"

    def get_object(self, request: HttpRequest, **kwargs: Any) -> None:
        return None

    def title(self) -> str:
        return _("Blog parade roundups")

    def description(self) -> str:
        return _("Roundups of finished blog parades, newest first.")

    subtitle = description

    def link(self) -> str:
        return absolute(reverse("directory"))

    def feed_url(self) -> str:
        return absolute(reverse(self.url_name))

    def feed_language(self) -> str:
        return settings.LANGUAGE_CODE

    def items(self) -> QuerySet[Roundup]:
        return (
            Roundup.objects.filter(published_at__isnull=False, parade__listed=True)
            .select_related("parade__host__host_profile")
            .order_by("-published_at", "-pk")[:ROUNDUPS_LIMIT]
        )

    def item_title(self, item: Roundup) -> str:
        return item.display_title

    def item_description(self, item: Roundup) -> str:
        from blogparade.contributions.roundup import export_html

        return export_html(item)

    def item_link(self, item: Roundup) -> str:
        return absolute(reverse("roundup", kwargs={"slug": item.parade.slug}))

    def item_guid(self, item: Roundup) -> str:
        return self.item_link(item)

    def item_pubdate(self, item: Roundup) -> dt.datetime:
        return item.published_at  # type: ignore[return-value]

    def item_updateddate(self, item: Roundup) -> dt.datetime:
        return item.updated_at

    def item_author_name(self, item: Roundup) -> str:
        return host_name(item.parade)

    def item_author_link(self, item: Roundup) -> str:
        return ""

    def item_categories(self, item: Roundup) -> list[str]:
        return []


class RoundupsRssFeed(RoundupsFeed):
    feed_type = Rss201rev2Feed
    url_name = "feeds-roundups-rss"


__all__ = [
    "ContributionsFeed",
    "ContributionsRssFeed",
    "ParadesFeed",
    "ParadesRssFeed",
    "RoundupsFeed",
    "RoundupsRssFeed",
]
