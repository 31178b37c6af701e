"""``{% load fediverse %}``: the parade's fediverse handle on its call page.

``{% fediverse_link parade %}`` puts the actor in the page's head (``rel="alternate"``), and
``{% follow_parade parade %}`` the "follow from the fediverse" step, while the parade is in
the fediverse.
"""

from __future__ import annotations

from django import template
from django.utils.html import format_html

from blogparade.fediverse import actors

register = template.Library()


@register.simple_tag
def fediverse_link(parade) -> str:
    if not actors.federated(parade):
        return ""
    return format_html(
        '<link rel="alternate" type="application/activity+json" href="{}">',
        actors.actor_uri(parade),
    )


@register.inclusion_tag("fediverse/_follow.html")
def follow_parade(parade) -> dict:
    return {"handle": actors.handle(parade) if actors.federated(parade) else ""}
