"""Template helpers for parade pages: safe Markdown, safe links, host boxes, state badges."""

from __future__ import annotations

from django import template
from django.core.cache import cache
from django.utils.safestring import SafeString, mark_safe

from blogparade.core.markup import render_markdown
from blogparade.core.urlnorm import is_http_url
from blogparade.parades import services
from blogparade.parades.models import HostProfile, Parade

register = template.Library()


@register.filter
def markdown(text: str) -> SafeString:
    """Markdown → sanitised HTML (see blogparade.core.markup)."""
    return mark_safe(render_markdown(text or ""))  # sanitised by nh3


@register.simple_tag
def call_html(parade: Parade) -> SafeString:
    """The parade's call text as sanitised HTML, cached until the parade changes."""
    if not parade.call_text:
        return mark_safe("")
    stamp = parade.updated_at.timestamp() if parade.updated_at else 0
    key = f"bp:call:{parade.pk}:{stamp}"
    html = cache.get(key)
    if html is None:
        html = render_markdown(parade.call_text)
        cache.set(key, html, 3600)
    return mark_safe(html)  # sanitised by nh3


@register.filter
def safe_url(value: str) -> str:
    """The URL itself if it is http(s), else '' (for hrefs and srcs of foreign data)."""
    value = (value or "").strip()
    return value if is_http_url(value) else ""


@register.filter
def safe_href(value: str) -> str:
    """Like :func:`safe_url`, but a path on this site (``/p/x/``) passes too."""
    value = (value or "").strip()
    if value.startswith("/") and not value.startswith("//") and "\\" not in value:
        return value
    return safe_url(value)


@register.filter
def host_profile(user: object) -> HostProfile | None:
    return services.host_profile_of(user)  # type: ignore[arg-type]


@register.filter
def host_name(user: object) -> str:
    """The host's public name: profile name, else full name; never the username or email."""
    profile = services.host_profile_of(user)  # type: ignore[arg-type]
    if profile and profile.name:
        return profile.name
    full = user.get_full_name() if hasattr(user, "get_full_name") else ""
    return full or ""


@register.inclusion_tag("parades/_state_badge.html")
def state_badge(parade: Parade) -> dict[str, object]:
    return {"state": parade.state, "label": parade.state_label}


@register.filter
def field_errors(form: object) -> list[tuple[object, str]]:
    """``form|field_errors``: (bound field, message) for every error of a visible field, in
    the form's order — the links of the error summary."""
    return [
        (field, error)
        for field in form.visible_fields()  # type: ignore[attr-defined]
        for error in field.errors
    ]


@register.simple_tag
def control(field: object, **attrs: object) -> SafeString:
    """Render a bound field's widget with aria-describedby pointing at its help and errors."""
    described = []
    if field.help_text:  # type: ignore[attr-defined]
        described.append(f"{field.auto_id}-help")  # type: ignore[attr-defined]
    if field.errors:  # type: ignore[attr-defined]
        described.append(f"{field.auto_id}-error")  # type: ignore[attr-defined]
        attrs["aria-invalid"] = "true"
    if described:
        attrs["aria-describedby"] = " ".join(described)
    return field.as_widget(attrs=attrs)  # type: ignore[attr-defined]
