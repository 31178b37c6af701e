"""``{% load comments_tags %}{% comment_thread request "/p/<slug>/" title %}`` renders a
page's thread and the comment form on the server (works without JavaScript);
``{% comment_feed_link "/p/<slug>/" title %}`` goes into the page's ``<head>``."""

from __future__ import annotations

from django import template
from django.http import HttpRequest
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe

from blogparade.comments import pages
from blogparade.comments.render import gravatar_enabled, gravatar_url, identicon_svg

register = template.Library()


@register.inclusion_tag("comments/thread.html", takes_context=True)
def comment_thread(
    context: template.Context, request: HttpRequest, path: str, title: str = ""
) -> dict:
    data = pages.thread_context(request, path, title)
    data["csrf_token"] = context.get("csrf_token")
    return data


@register.simple_tag(takes_context=True)
def comment_items(context: template.Context, nodes) -> SafeString:
    """``{% comment_items nodes %}``: the ``<li>`` of each comment node with its replies
    (:mod:`blogparade.comments.listing`), with the thread's ``closed``, ``max_depth``,
    ``editable`` and ``csrf_token`` from the context."""
    from blogparade.comments.listing import render_nodes

    return render_nodes(
        nodes,
        csrf_token=context.get("csrf_token") or "",
        closed=bool(context.get("closed")),
        max_depth=int(context.get("max_depth") or 5),
        editable=context.get("editable") or set(),
    )


@register.simple_tag
def identicon(seed: str, size: int = 40) -> SafeString:
    # Drawn only from hex digits and numbers of our own: nothing foreign reaches the markup.
    return mark_safe(identicon_svg(seed or "", int(size)))


@register.simple_tag
def avatar(comment, size: int = 40) -> SafeString:
    """``{% avatar comment %}``: the local identicon, or — only when the operator turned
    Gravatar on — a Gravatar image (URL built from hex digits only, attributes escaped)."""
    seed = comment.voter_hash or comment.author or ""
    if getattr(comment, "author_photo", ""):
        # a reply from another site: our local copy of its author's photo
        return format_html(
            '<img class="bp-avatar" src="{}" width="{}" height="{}" alt="" loading="lazy">',
            comment.author_photo,
            int(size),
            int(size),
        )
    if gravatar_enabled():
        return format_html(
            '<img class="bp-avatar" src="{}" width="{}" height="{}" alt="" loading="lazy" '
            'referrerpolicy="no-referrer">',
            gravatar_url(comment.email, seed, int(size) * 2),
            int(size),
            int(size),
        )
    return mark_safe(identicon_svg(seed, int(size)))


@register.simple_tag
def comment_feed_link(path: str, title: str = "") -> SafeString:
    """``{% comment_feed_link "/p/<slug>/" parade.title %}`` in a page's ``<head>``: the
    ``<link rel="alternate" type="application/atom+xml">`` of the page's comment feed
    (absolute URL on ``BASE_URL``; title and address escaped)."""
    from urllib.parse import urlencode

    from django.conf import settings
    from django.urls import reverse
    from django.utils.translation import gettext as _

    href = settings.BASE_URL + reverse("comments:feed") + "?" + urlencode({"uri": path})
    label = _("Comments on “%(title)s”") % {"title": title or path}
    return format_html(
        '<link rel="alternate" type="application/atom+xml" title="{}" href="{}">', label, href
    )


@register.filter
def page_name(thread) -> str:
    """``{{ thread|page_name }}``: how mails name a thread's page (the parade's title, else
    the page's address; never a title a commenter's client sent)."""
    from blogparade.comments.notify import page_name as name

    return name(thread)
