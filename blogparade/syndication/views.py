"""Thin views for feeds, calendars, widgets, oEmbed, sitemap and robots.txt."""

from __future__ import annotations

from pathlib import Path

from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.clickjacking import xframe_options_exempt
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods

from blogparade.core import ratelimit
from blogparade.core.clientip import client_ip
from blogparade.parades.models import Parade
from blogparade.syndication import calendar, feeds, sitemap, widgets


@require_GET
def parades_json(request: HttpRequest) -> HttpResponse:
    return feeds.ParadesFeed().json_response(request)


@require_GET
def contributions_json(request: HttpRequest, slug: str) -> HttpResponse:
    return feeds.ContributionsFeed().json_response(request, slug=slug)


@require_GET
def roundups_json(request: HttpRequest) -> HttpResponse:
    return feeds.RoundupsFeed().json_response(request)


def _ics(body: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(body, content_type=calendar.CONTENT_TYPE)
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response


@require_GET
def parade_deadline_ics(request: HttpRequest, slug: str) -> HttpResponse:
    parade = get_object_or_404(Parade, slug=slug)
    return _ics(calendar.parade_calendar(parade), f"{parade.slug}.ics")


@require_GET
def open_parades_ics(request: HttpRequest) -> HttpResponse:
    return _ics(calendar.open_parades_calendar(), "blogparade.ics")


# --- widgets and oEmbed -------------------------------------------------------------------

_WIDGET_JS: bytes | None = None


@require_GET
def contributions_js(request: HttpRequest) -> HttpResponse:
    """The widget script (the same for every parade; the parade comes from its URL or the page)."""
    global _WIDGET_JS
    if _WIDGET_JS is None or settings.DEBUG:
        _WIDGET_JS = (
            Path(__file__).parent / "static" / "syndication" / "contributions.js"
        ).read_bytes()
    response = HttpResponse(_WIDGET_JS, content_type="text/javascript; charset=utf-8")
    response["Cache-Control"] = "public, max-age=3600"
    return response


def _parade_param(request: HttpRequest) -> Parade:
    slug = request.GET.get("parade", "")
    if not slug:
        raise Http404
    return get_object_or_404(Parade, slug=slug)


@require_GET
def contributions_json_widget(request: HttpRequest) -> HttpResponse:
    """The widget's data; CORS names the requesting origin only when it is a registered site."""
    parade = _parade_param(request)
    response = HttpResponse(
        feeds.json_dumps_safe(widgets.widget_data(parade)), content_type="application/json"
    )
    origin = widgets.allowed_origin(request.headers.get("Origin"))
    if origin:
        response["Access-Control-Allow-Origin"] = origin
    response["Vary"] = "Origin"
    response["Cache-Control"] = "public, max-age=300"
    return response


@require_GET
@xframe_options_exempt
def contributions_snippet(request: HttpRequest) -> HttpResponse:
    """The list as a static HTML fragment to paste into a blog that allows no scripts."""
    parade = _parade_param(request)
    return HttpResponse(widgets.snippet_html(parade), content_type="text/html; charset=utf-8")


def _int(value: str | None) -> int | None:
    return int(value) if value and value.isdigit() and 0 < int(value) < 100_000 else None


@require_GET
def oembed(request: HttpRequest) -> HttpResponse:
    """oEmbed 1.0 provider: ``?url=<parade or roundup URL>[&maxwidth=&maxheight=&format=json]``."""
    if request.GET.get("format", "json") != "json":
        return HttpResponse(
            "Only format=json is supported.\n", status=501, content_type="text/plain"
        )
    data = widgets.oembed(
        request.GET.get("url", ""),
        _int(request.GET.get("maxwidth")),
        _int(request.GET.get("maxheight")),
    )
    if data is None:
        raise Http404
    response = HttpResponse(feeds.json_dumps_safe(data), content_type="application/json")
    response["Access-Control-Allow-Origin"] = "*"  # public data, no credentials
    return response


@require_GET
def sitemap_view(request: HttpRequest) -> HttpResponse:
    return HttpResponse(sitemap.sitemap_xml(), content_type="application/xml; charset=utf-8")


@require_GET
def robots_view(request: HttpRequest) -> HttpResponse:
    return HttpResponse(sitemap.robots_txt(), content_type="text/plain; charset=utf-8")


# --- the take-part form widget --------------------------------------------------------------

_TAKE_PART_JS: bytes | None = None


@require_GET
def take_part_js(request: HttpRequest) -> HttpResponse:
    """The form widget script (plain JS; labels come from :func:`take_part_json`)."""
    global _TAKE_PART_JS
    if _TAKE_PART_JS is None or settings.DEBUG:
        _TAKE_PART_JS = (
            Path(__file__).parent / "static" / "syndication" / "take-part.js"
        ).read_bytes()
    response = HttpResponse(_TAKE_PART_JS, content_type="text/javascript; charset=utf-8")
    response["Cache-Control"] = "public, max-age=3600"
    return response


def _widget_language(request: HttpRequest, parade: Parade) -> str:
    lang = (request.GET.get("lang") or "").split("-")[0].lower()
    return lang if lang in dict(settings.LANGUAGES) else parade.language


def _cors(response: HttpResponse, origin: str) -> HttpResponse:
    response["Vary"] = "Origin"
    if origin:
        response["Access-Control-Allow-Origin"] = origin
    return response


def _json(data: object, origin: str, status: int = 200) -> HttpResponse:
    response = HttpResponse(
        feeds.json_dumps_safe(data), content_type="application/json", status=status
    )
    response["Cache-Control"] = "no-store"
    return _cors(response, origin)


@require_GET
def take_part_json(request: HttpRequest) -> HttpResponse:
    """``GET ?parade=SLUG[&lang=de]`` from a registered site: labels, state and a signed form
    token bound to that origin. Other origins (or none) get 403 and no token."""
    parade = _parade_param(request)
    origin = widgets.allowed_origin(request.headers.get("Origin"))
    if not origin:
        return _json({"error": "origin not registered"}, "", status=403)
    with translation.override(_widget_language(request, parade)):
        return _json(widgets.take_part_config(parade, origin), origin)


@csrf_exempt  # cross-site without cookies: the Origin check and the signed token protect it
@require_http_methods(["POST", "OPTIONS"])
def take_part_submit(request: HttpRequest) -> HttpResponse:
    """``POST ?parade=SLUG`` (form-encoded ``url, name, email, consent, homepage, token``).

    Refused with 403 unless ``Origin`` is a registered site and the token was issued to that
    origin for this parade; 429 (``Retry-After``) over the ``submit-ip`` rate limit; a filled
    honeypot looks like success and stores nothing. 201 ``{"ok": true, "message"}`` when
    stored, 400 ``{"ok": false, "errors": {field: [...]}}`` otherwise.
    """
    parade = _parade_param(request)
    origin = widgets.allowed_origin(request.headers.get("Origin"))
    if request.method == "OPTIONS":
        response = HttpResponse(status=204 if origin else 403)
        if origin:
            response["Access-Control-Allow-Methods"] = "POST"
            response["Access-Control-Allow-Headers"] = "Content-Type"
            response["Access-Control-Max-Age"] = "3600"
        return _cors(response, origin)
    with translation.override(_widget_language(request, parade)):
        if not origin or not widgets.check_take_part_token(
            request.POST.get("token", ""), parade, origin
        ):
            return _json(
                {
                    "ok": False,
                    "errors": {"__all__": [_("This form has expired; please reload the page.")]},
                },
                origin,
                status=403,
            )
        ip = client_ip(request)
        wait = ratelimit.blocked("submit-ip", ip)  # accepted submissions count, typos do not
        if wait:
            message = (
                _("Too many submissions from your address.") + " " + ratelimit.try_again_in(wait)
            )
            response = _json({"ok": False, "errors": {"__all__": [message]}}, origin, status=429)
            response["Retry-After"] = str(wait)
            return response
        thanks = _(
            "Thank you! We check that your post is reachable and links to the call; the host then adds it to the list."
        )
        if request.POST.get("homepage", "").strip():
            return _json(
                {"ok": True, "message": thanks}, origin, status=201
            )  # a bot; nothing stored
        errors = widgets.submit_take_part(parade, request.POST.dict())
        if errors:
            return _json({"ok": False, "errors": errors}, origin, status=400)
        ratelimit.over("submit-ip", ip)
        return _json({"ok": True, "message": thanks}, origin, status=201)
