"""``{% load contribution_tags %}``: ``{% contribution_list parade %}`` prints a parade's public
list of contributions (rendered once per change and language, then cached)."""

from __future__ import annotations

from django import template
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

from blogparade.contributions.services import contribution_list_html

register = template.Library()


@register.simple_tag(takes_context=True)
def contribution_list(context, parade) -> SafeString:
    """The list, one page of it (``?page=N`` of the request) when there are many."""
    request = context.get("request")
    raw = request.GET.get("page", "1") if request is not None else "1"
    page = int(raw) if raw.isdigit() and len(raw) < 6 else 1
    # Our own template, rendered with autoescaping: safe to print as it is.
    return mark_safe(contribution_list_html(parade, get_language(), page))


@register.simple_tag
def contribution_items(contributions) -> SafeString:
    """``{% contribution_items contributions %}``: their ``<li>`` items
    (:mod:`blogparade.contributions.listing`)."""
    from blogparade.contributions.listing import render_items

    return render_items(contributions)
