"""Read-only JSON API: ``/api/v1/parades/<slug>``, ``…/contributions``, ``/api/v1/openapi.json``.

Approved contributions are public; the parade's host, logged in, also sees the others (with
their status and reason). Each contribution is one ``(source, target)`` pair: the table is
unique per parade and canonical URL. Lists page with a ``next`` URL (``null`` on the last page).
"""

from __future__ import annotations

from django.conf import settings
from django.db.models import QuerySet
from django.http import HttpRequest, JsonResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.http import urlencode
from django.views.decorators.http import require_GET

from blogparade.contributions.models import Contribution
from blogparade.core.inputs import MalformedInput, query_int
from blogparade.parades.models import Parade

PAGE_SIZE = 50
PAGE_SIZE_MAX = 200
MAX_PAGE = 1_000_000  # a page past any real list is empty; huge numbers overflow SQL's OFFSET


def _iso(value) -> str | None:
    return value.isoformat() if value else None


def _absolute(path: str) -> str:
    return settings.BASE_URL.rstrip("/") + path


def is_host(parade: Parade, user) -> bool:
    return bool(user and user.is_authenticated and parade.host_id == user.pk)


def parade_data(parade: Parade) -> dict:
    profile = getattr(parade.host, "host_profile", None)
    return {
        "slug": parade.slug,
        "title": parade.title,
        "question": parade.display_question,
        "url": parade.absolute_url(),
        "call_url": parade.call_url or None,
        "language": parade.language,
        "opens_at": _iso(parade.opens_at),
        "closes_at": _iso(parade.closes_at),
        "time_zone": parade.time_zone,
        "state": parade.state,
        "hashtag": parade.hashtag,
        "backlink_required": parade.backlink_required,
        "late_entries_accepted": parade.late_entries_accepted,
        "host": {
            "name": profile.name if profile else "",
            "website": profile.website if profile else "",
        },
        "contributions": _absolute(
            reverse("api-parade-contributions", kwargs={"slug": parade.slug})
        ),
        "approved_count": parade.contributions.filter(status=Contribution.Status.APPROVED).count(),
    }


def contribution_item(c: Contribution, *, private: bool = False) -> dict:
    item = {
        "source": c.url,
        "target": c.parade.absolute_url(),
        "url": c.url,
        "title": c.title,
        "author": {"name": c.author_name, "url": c.author_url, "photo": c.author_photo},
        "published": _iso(c.published),
        "summary": c.summary,
        "image": c.image,
        "language": c.language,
        "kind": c.kind,
        "channel": c.channel,
        "late": c.late,
        "status": c.status,
    }
    if private:
        item["verification"] = c.verification
        item["reason"] = c.reason
        item["reason_code"] = (c.status_phrase or {}).get("code", "")
        item["submitted_by_author"] = c.submitted_by_author
    return item


def visible_contributions(parade: Parade, user=None) -> QuerySet[Contribution]:
    qs = parade.contributions.select_related("parade").order_by("published", "created_at", "pk")
    if is_host(parade, user):
        return qs
    return qs.filter(status=Contribution.Status.APPROVED)


@require_GET
def parade_detail(request: HttpRequest, slug: str) -> JsonResponse:
    parade = get_object_or_404(Parade.objects.select_related("host__host_profile"), slug=slug)
    response = JsonResponse(parade_data(parade))
    response["Access-Control-Allow-Origin"] = "*"
    return response


@require_GET
def parade_contributions(request: HttpRequest, slug: str) -> JsonResponse:
    parade = get_object_or_404(Parade, slug=slug)
    try:
        page = query_int(request, "page", 1, 1, MAX_PAGE)
        size = query_int(request, "limit", PAGE_SIZE, 1, PAGE_SIZE_MAX)
    except MalformedInput as exc:
        return JsonResponse({"error": str(exc)}, status=400)
    private = is_host(parade, request.user)
    start = (page - 1) * size
    rows = list(visible_contributions(parade, request.user)[start : start + size + 1])
    next_url = None
    if len(rows) > size:
        query = {"page": page + 1}
        if size != PAGE_SIZE:
            query["limit"] = size
        next_url = _absolute(request.path) + "?" + urlencode(query)
    response = JsonResponse(
        {"items": [contribution_item(c, private=private) for c in rows[:size]], "next": next_url}
    )
    if not private:
        response["Access-Control-Allow-Origin"] = "*"
    return response


def _author_schema() -> dict:
    return {
        "type": "object",
        "required": ["name", "url", "photo"],
        "properties": {
            "name": {"type": "string"},
            "url": {"type": "string"},
            "photo": {"type": "string"},
        },
    }


def openapi_document() -> dict:
    """The hand-written OpenAPI 3.1 description of ``/api/v1``."""
    datetime_or_null = {"type": ["string", "null"], "format": "date-time"}
    mention = {
        "type": "object",
        "required": ["source", "target", "type", "status", "author", "published", "content"],
        "properties": {
            "source": {"type": "string", "format": "uri"},
            "target": {"type": "string", "format": "uri"},
            "type": {"type": "string", "enum": ["mention", "reply", "like", "repost", "bookmark"]},
            "status": {
                "type": "string",
                "enum": ["queued", "verifying", "verified", "unverified", "rejected", "gone"],
            },
            "author": {"$ref": "#/components/schemas/Author"},
            "published": datetime_or_null,
            "content": {"type": "string", "description": "Sanitised HTML."},
        },
    }
    contribution = {
        "type": "object",
        "required": ["source", "target", "url", "title", "author", "published", "status"],
        "properties": {
            "source": {"type": "string", "format": "uri"},
            "target": {"type": "string", "format": "uri"},
            "url": {"type": "string", "format": "uri"},
            "title": {"type": "string"},
            "author": {"$ref": "#/components/schemas/Author"},
            "published": datetime_or_null,
            "summary": {"type": "string"},
            "image": {"type": "string"},
            "language": {"type": "string"},
            "kind": {"type": "string", "enum": list(Contribution.Kind.values)},
            "channel": {"type": "string", "enum": list(Contribution.Channel.values)},
            "late": {"type": "boolean"},
            "status": {"type": "string", "enum": list(Contribution.Status.values)},
            "verification": {"type": "string", "description": "Host only."},
            "reason": {
                "type": "string",
                "description": "Host only. Why the status is what it is, in the request's "
                "language (Accept-Language).",
            },
            "reason_code": {
                "type": "string",
                "description": "Host only. The reason's stable code (such as no_link, "
                "duplicate, page_missing); empty for the host's own words.",
            },
            "submitted_by_author": {"type": ["boolean", "null"], "description": "Host only."},
        },
    }
    parade = {
        "type": "object",
        "required": ["slug", "title", "url", "opens_at", "closes_at", "state", "contributions"],
        "properties": {
            "slug": {"type": "string"},
            "title": {"type": "string"},
            "question": {"type": "string"},
            "url": {"type": "string", "format": "uri"},
            "call_url": {"type": ["string", "null"], "format": "uri"},
            "language": {"type": "string"},
            "opens_at": {"type": "string", "format": "date-time"},
            "closes_at": {"type": "string", "format": "date-time"},
            "time_zone": {"type": "string"},
            "state": {"type": "string", "enum": ["upcoming", "open", "closed", "rounded_up"]},
            "hashtag": {"type": "string"},
            "backlink_required": {"type": "boolean"},
            "late_entries_accepted": {"type": "boolean"},
            "host": {
                "type": "object",
                "properties": {"name": {"type": "string"}, "website": {"type": "string"}},
            },
            "contributions": {"type": "string", "format": "uri"},
            "approved_count": {"type": "integer"},
        },
    }
    slug_param = {"name": "slug", "in": "path", "required": True, "schema": {"type": "string"}}
    not_found = {"description": "No such parade."}
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "blogparade API",
            "version": "1",
            "description": "Read-only. Approved items are public; a parade's host, logged in, "
            "also sees pending ones.",
        },
        "servers": [{"url": settings.BASE_URL.rstrip("/") + "/api/v1"}],
        "paths": {
            "/mentions": {
                "get": {
                    "summary": "Webmentions and Pingbacks received for a target",
                    "parameters": [
                        {
                            "name": "target",
                            "in": "query",
                            "required": True,
                            "schema": {"type": "string", "format": "uri"},
                        },
                        {
                            "name": "page",
                            "in": "query",
                            "required": False,
                            "schema": {"type": "integer", "minimum": 1, "maximum": MAX_PAGE},
                        },
                    ],
                    "responses": {
                        "200": {
                            "description": "Mentions, each (source, target) once; `next` only when more follow.",
                            "content": {
                                "application/json": {
                                    "schema": {
                                        "type": "object",
                                        "required": ["items"],
                                        "properties": {
                                            "items": {
                                                "type": "array",
                                                "items": {"$ref": "#/components/schemas/Mention"},
                                            },
                                            "next": {"type": "string", "format": "uri"},
                                        },
                                    }
                                }
                            },
                        },
                        "400": {
                            "description": "`target` is missing or no http(s) address, or "
                            "`page` is no whole number in range."
                        },
                    },
                }
            },
            "/parades/{slug}": {
                "get": {
                    "summary": "One parade",
                    "parameters": [slug_param],
                    "responses": {
                        "200": {
                            "description": "The parade.",
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/Parade"}
                                }
                            },
                        },
                        "404": not_found,
                    },
                }
            },
            "/parades/{slug}/contributions": {
                "get": {
                    "summary": "A parade's contributions, oldest first",
                    "parameters": [
                        slug_param,
                        {
                            "name": "page",
                            "in": "query",
                            "required": False,
                            "schema": {"type": "integer", "minimum": 1, "maximum": MAX_PAGE},
                        },
                        {
                            "name": "limit",
                            "in": "query",
                            "required": False,
                            "schema": {
                                "type": "integer",
                                "minimum": 1,
                                "maximum": PAGE_SIZE_MAX,
                                "default": PAGE_SIZE,
                            },
                        },
                    ],
                    "responses": {
                        "200": {
                            "description": "One page of contributions.",
                            "content": {
                                "application/json": {
                                    "schema": {
                                        "type": "object",
                                        "required": ["items", "next"],
                                        "properties": {
                                            "items": {
                                                "type": "array",
                                                "items": {
                                                    "$ref": "#/components/schemas/Contribution"
                                                },
                                            },
                                            "next": {"type": ["string", "null"], "format": "uri"},
                                        },
                                    }
                                }
                            },
                        },
                        "400": {"description": "`page` or `limit` is no whole number in range."},
                        "404": not_found,
                    },
                }
            },
        },
        "components": {
            "schemas": {
                "Author": _author_schema(),
                "Mention": mention,
                "Contribution": contribution,
                "Parade": parade,
            }
        },
    }


@require_GET
def openapi(request: HttpRequest) -> JsonResponse:
    response = JsonResponse(openapi_document())
    response["Access-Control-Allow-Origin"] = "*"
    return response
