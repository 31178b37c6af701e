"""Replies from other sites in the comment thread.

A verified Webmention or Pingback reply to a page here (``u-in-reply-to``, as WordPress's
Webmention plugin and IndieWeb sites send it) arrives as the ``reply_received`` signal
(:mod:`blogparade.core.signals`). It becomes a comment of kind ``webmention`` in the target's
thread: the author's name, site and photo (our local copy), the reply's text (sanitised again
here), a link to the original, and the moderation any comment gets (blocklist; held for the host while
moderation is on). One comment per source: a re-sent reply updates it, a deleted one (410,
the link removed) takes it out.
"""

from __future__ import annotations

import logging
from datetime import datetime
from html import escape
from urllib.parse import urlsplit

import nh3
from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext as _

from blogparade.comments.models import Comment
from blogparade.comments.render import clean_line
from blogparade.comments.services import (
    blocklisted,
    delete_comment,
    get_or_create_thread,
    on_approved,
    split_page,
)

logger = logging.getLogger("blogparade.comments")

KIND = "webmention"


def _http(url: str) -> str:
    url = (url or "").strip()
    return url if urlsplit(url).scheme in ("http", "https") and len(url) <= 2000 else ""


def source_key(source: str) -> str:
    return f"{KIND}:{source}"[:200]


def reply_received(
    sender: object,
    *,
    source: str,
    target: str,
    gone: bool = False,
    author_name: str = "",
    author_url: str = "",
    author_photo: str = "",
    published: datetime | None = None,
    content_html: str = "",
    **kwargs: object,
) -> Comment | None:
    """Put the reply at ``source`` into the thread of ``target`` (or take it out when
    ``gone``). Returns the comment, or None when there is none (any more)."""
    site, path = split_page(target)
    key = source_key(source)
    existing = Comment.objects.filter(thread__site=site, thread__path=path, source_key=key).first()
    if gone:
        if existing is not None:
            delete_comment(existing)
        return None

    source = _http(source)
    if not source:
        return None
    website = _http(author_url)
    author = clean_line(author_name, 120) or (urlsplit(source).hostname or "")[:120]
    body = nh3.clean(content_html or "", link_rel="nofollow ugc noopener")
    label = escape(_("Read the reply on its own site"))
    link = (
        f'<p class="comment-source"><a href="{escape(source)}" rel="nofollow ugc noopener">'
        f"{label}</a></p>"
    )
    text_html = nh3.clean(body + link, link_rel="nofollow ugc noopener")
    text = " ".join(strip_tags(body).split())[:65_535]

    photo = author_photo if author_photo.startswith(settings.MEDIA_URL) else ""
    if existing is not None:
        existing.author, existing.website, existing.author_photo = author, website, photo
        existing.text, existing.text_html = text, text_html
        existing.modified = timezone.now()
        if existing.status == Comment.Status.DELETED:
            existing.status = _status(text, author, website)
        existing.save()
        return existing

    thread = get_or_create_thread(site, path)
    status = _status(text, author, website)
    with transaction.atomic():
        comment = Comment.objects.create(
            thread=thread,
            author=author,
            website=website,
            text=text,
            text_html=text_html,
            author_photo=photo,
            status=status,
            created=published if published and published <= timezone.now() else timezone.now(),
            source_key=key,
            kind=KIND,
        )
        from blogparade.comments import notify as notify_mod

        if status != Comment.Status.SPAM:
            transaction.on_commit(lambda: notify_mod.comment_posted(comment.pk))
        if status == Comment.Status.APPROVED:
            transaction.on_commit(lambda: on_approved(comment.pk))
    return comment


def _status(text: str, author: str, website: str) -> str:
    moderation = settings.MODERATION
    if moderation and blocklisted(text=text, author=author, email="", website=website, ip=""):
        return Comment.Status.SPAM
    return Comment.Status.PENDING if moderation else Comment.Status.APPROVED
