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
    from django.db.models import Count

    from blogparade.fediverse.models import Reaction

    if not actors.federated(parade):
        return {"handle": ""}
    counts = dict(
        Reaction.objects.filter(parade=parade)
        .order_by()
        .values_list("kind")
        .annotate(n=Count("pk"))
    )
    return {
        "handle": actors.handle(parade),
        "slug": parade.slug,
        "likes": counts.get(Reaction.Kind.LIKE, 0),
        "boosts": counts.get(Reaction.Kind.BOOST, 0),
    }
