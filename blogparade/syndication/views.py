"""Thin views for feeds, calendars, widgets, oEmbed, sitemap and robots.txt."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_GET

from blogparade.parades.models import Parade
from blogparade.syndication import calendar, feeds


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
