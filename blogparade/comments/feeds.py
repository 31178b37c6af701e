"""Atom feeds of approved comments: per thread (``?uri=``) and per registered site
(``?origin=``). Text is the stored sanitised HTML; no email ever appears."""

from __future__ import annotations

from django.contrib.syndication.views import Feed
from django.http import Http404, HttpRequest
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from blogparade.comments import services
from blogparade.comments.models import Comment, Thread
from blogparade.core.models import origin_of

LIMIT = 100


class ThreadFeed(Feed):
    feed_type = Atom1Feed

    def get_object(self, request: HttpRequest) -> Thread:
        site, path = services.split_page(request.GET.get("uri", ""))
        thread = services.find_thread(site, path)
        if thread is None:
            # A parade page without comments yet still has a (empty) feed to subscribe to.
            parade = services._parade_for(site, path) if not site else None
            if parade is None:
                raise Http404
            thread = Thread(site="", path=path, title=parade.title, parade=parade)
        return thread

    def title(self, obj: Thread) -> str:
        return _("Comments on “%(title)s”") % {"title": obj.title or obj.path}

    def link(self, obj: Thread) -> str:
        return obj.page_url

    def subtitle(self, obj: Thread) -> str:
        return ""

    def items(self, obj: Thread):
        if obj.pk is None:
            return []
        return (
            obj.comments.filter(status=Comment.Status.APPROVED)
            .select_related("thread")
            .order_by("-created")[:LIMIT]
        )

    def item_title(self, item: Comment) -> str:
        return _("Comment by %(name)s") % {"name": item.author or _("anonymous")}

    def item_description(self, item: Comment) -> str:
        return item.text_html

    def item_link(self, item: Comment) -> str:
        return item.get_absolute_url()

    def item_author_name(self, item: Comment) -> str:
        return item.author

    def item_author_link(self, item: Comment) -> str | None:
        return item.website or None

    def item_pubdate(self, item: Comment):
        return item.created

    def item_updateddate(self, item: Comment):
        return item.modified or item.created


class SiteFeed(ThreadFeed):
    def get_object(self, request: HttpRequest) -> Thread:
        origin = origin_of(request.GET.get("origin", ""))
        if not origin:
            raise Http404
        return Thread(site=origin, path="/", title=origin)

    def title(self, obj: Thread) -> str:
        return _("Comments on %(site)s") % {"site": obj.site}

    def items(self, obj: Thread):
        return (
            Comment.objects.filter(thread__site=obj.site, status=Comment.Status.APPROVED)
            .select_related("thread")
            .order_by("-created")[:LIMIT]
        )
