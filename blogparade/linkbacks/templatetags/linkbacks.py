"""``{% load linkbacks %}``: endpoint URLs and the reactions under a call.

``{% webmention_endpoint %}`` / ``{% pingback_endpoint %}`` print the absolute endpoint URLs;
``{% parade_reactions parade %}`` renders ``linkbacks/_reactions.html`` for a parade.
"""

from __future__ import annotations

from django import template

from blogparade.linkbacks import advertise
from blogparade.linkbacks.reactions import reactions_for

register = template.Library()


@register.simple_tag
def webmention_endpoint() -> str:
    return advertise.webmention_endpoint()


@register.simple_tag
def pingback_endpoint() -> str:
    return advertise.pingback_endpoint()


@register.inclusion_tag("linkbacks/_reactions.html")
def parade_reactions(parade) -> dict:
    return {"reactions": reactions_for(parade)}
