"""``{% load contribution_tags %}``: ``{% contribution_list parade %}`` prints a parade's public
list of contributions (rendered once per change and language, then cached)."""

from __future__ import annotations

from django import template
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

from blogparade.contributions.services import contribution_list_html

register = template.Library()


@register.simple_tag
def contribution_list(parade) -> SafeString:
    # Our own template, rendered with autoescaping: safe to print as it is.
    return mark_safe(contribution_list_html(parade, get_language()))
