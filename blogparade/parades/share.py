"""The share kit of a parade: what a host posts and pastes to spread the call.

Announcement texts are written in the parade's language (not the host's browser's): they are
read by the parade's audience. Each fits its network — 500 characters on Mastodon, 300 on
Bluesky (a link counts in full there) — by shortening the question, never the link.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.urls import reverse
from django.utils import formats, timezone, translation
from django.utils.html import escape
from django.utils.translation import gettext as _

from blogparade.core.models import RegisteredSite, origin_of
from blogparade.parades.models import Parade

MASTODON_MAX = 500
BLUESKY_MAX = 300


@dataclass(frozen=True)
class ShareKit:
    call_url: str
    hashtags: str
    mastodon: str
    bluesky: str
    newsletter: str
    ical_url: str
    wordpress: str
    hugo_shortcode: str  # layouts/shortcodes/blogparade.html
    hugo_usage: str
    no_script: str
    site_origin: str  # the origin of the call on the host's blog ('' without one)
    site_registered: bool


def hashtags(parade: Parade) -> str:
    """The parade's own hashtag, and #Blogparade for German parades (the word German
    bloggers search for)."""
    tags = []
    own = parade.hashtag.strip().lstrip("#")
    if own:
        tags.append(f"#{own}")
    if parade.language == "de" and own.lower() != "blogparade":
        tags.append("#Blogparade")
    return " ".join(tags)


def _fit(template: str, question: str, limit: int, **values: str) -> str:
    """``template`` filled in, the question shortened (with an ellipsis) until it fits."""
    text = template.format(question=question, **values).strip()
    while len(text) > limit and question:
        question = question[: max(0, len(question) - max(1, len(text) - limit) - 1)].rstrip()
        text = template.format(question=f"{question}…" if question else "", **values).strip()
    return text


def share_kit(parade: Parade) -> ShareKit:
    call_url = parade.call_url or parade.absolute_url()
    base = settings.BASE_URL
    tags = hashtags(parade)
    widget_js = base + reverse("widget-contributions-js")
    snippet = base + reverse("widget-contributions-html") + f"?parade={parade.slug}"
    list_html = (
        f'<div data-blogparade-contributions="{parade.slug}"></div>\n'
        f'<script src="{widget_js}" async></script>'
    )
    with translation.override(parade.language), timezone.override(parade.time_zone):
        deadline = formats.date_format(timezone.localtime(parade.closes_at), "DATETIME_FORMAT")
        day = formats.date_format(timezone.localtime(parade.closes_at), "DATE_FORMAT")
        question = parade.display_question
        mastodon = _fit(
            _(
                "Blog parade: {title}\n\n{question}\n\nWrite your answer on your blog until {deadline}: {url}\n\n{tags}"
            ),
            question,
            MASTODON_MAX,
            title=parade.title,
            deadline=deadline,
            url=call_url,
            tags=tags,
        )
        bluesky = _fit(
            _(
                "Blog parade: {title} – {question} Answer on your blog until {deadline}: {url} {tags}"
            ),
            question if question != parade.title else "",
            BLUESKY_MAX,
            title=parade.title,
            deadline=day,
            url=call_url,
            tags=tags,
        )
        newsletter = _(
            "I am hosting a blog parade: “{title}”. {question} Write your answer on your own "
            "blog by {deadline} and link to the call; every answer appears in the list on the "
            "call page and in the roundup afterwards. The call: {url}"
        ).format(title=parade.title, question=question, deadline=deadline, url=call_url)
    site = origin_of(parade.call_url) if parade.call_url else ""
    return ShareKit(
        call_url=call_url,
        hashtags=tags,
        mastodon=mastodon,
        bluesky=bluesky,
        newsletter=newsletter,
        ical_url=base + reverse("parade-deadline-ics", kwargs={"slug": parade.slug}),
        wordpress=list_html,
        hugo_shortcode=(
            '<div data-blogparade-contributions="{{ .Get 0 }}"></div>\n'
            f'<script src="{widget_js}" async></script>'
        ),
        hugo_usage=f'{{{{< blogparade "{parade.slug}" >}}}}',
        no_script=(
            f'<iframe src="{escape(snippet)}" title="{escape(parade.title)}" width="100%" '
            'height="400" loading="lazy"></iframe>'
        ),
        site_origin=site,
        site_registered=bool(site) and RegisteredSite.objects.filter(origin=site).exists(),
    )
