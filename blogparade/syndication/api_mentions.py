"""``GET /api/v1/mentions?target=URL`` → ``{"items": [{"source", "target", "type", "status",
"author": {"name", "url", "photo"}, "published", "content"}]}``.

Public: verified mentions (those that became a contribution only once it is approved). The
host of the target's parade, logged in, also sees the others with their status. Each
``(source, target)`` appears once (the table is unique on it). Above ``PAGE_SIZE`` items a
``next`` URL appears next to ``items``.
"""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.db.models import Q, QuerySet
from django.http import HttpRequest, JsonResponse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from blogparade.contributions.models import Contribution
from blogparade.core.inputs import MalformedInput, query_int, query_url
from blogparade.linkbacks.models import Mention
from blogparade.linkbacks.receive import Refused, resolve_target, without_fragment
from blogparade.syndication.api import MAX_PAGE

PAGE_SIZE = 500


def mention_item(mention: Mention) -> dict:
    return {
        "source": mention.source,
        "target": mention.target,
        "type": mention.type,
        "status": mention.status,
        "author": {
            "name": mention.author_name,
            "url": mention.author_url,
            "photo": mention.author_photo,
        },
        "published": mention.published.isoformat() if mention.published else None,
        "content": mention.content,
    }


def mentions_for(target: str, user=None) -> QuerySet[Mention]:
    """Mentions of ``target`` visible to ``user`` (anonymous: public ones only)."""
    target = without_fragment(target.strip())
    try:
        resolved = resolve_target(target)
        normalized = resolved.normalized
        parade = resolved.parade
    except Refused:
        normalized, parade = target, None
    qs = Mention.objects.filter(target_normalized=normalized).select_related("contribution")
    user = user or AnonymousUser()
    if parade is not None and user.is_authenticated and parade.host_id == user.pk:
        return qs.order_by("created_at", "pk")
    public = Q(status=Mention.Status.VERIFIED) & (
        Q(contribution__isnull=True) | Q(contribution__status=Contribution.Status.APPROVED)
    )
    return qs.filter(public).order_by("created_at", "pk")


@require_GET
def mentions(request: HttpRequest) -> JsonResponse:
    if not request.GET.get("target", "").strip():
        return JsonResponse({"error": _("The target parameter is required.")}, status=400)
    try:
        target = query_url(request, "target")
        page = query_int(request, "page", 1, 1, MAX_PAGE)
    except MalformedInput as exc:
        return JsonResponse({"error": str(exc)}, status=400)
    qs = mentions_for(target, request.user)
    start = (page - 1) * PAGE_SIZE
    rows = list(qs[start : start + PAGE_SIZE + 1])
    data: dict = {"items": [mention_item(m) for m in rows[:PAGE_SIZE]]}
    if len(rows) > PAGE_SIZE:
        data["next"] = (
            settings.BASE_URL.rstrip("/")
            + request.path
            + "?"
            + urlencode({"target": target, "page": page + 1})
        )
    response = JsonResponse(data)
    if not request.user.is_authenticated:
        response["Access-Control-Allow-Origin"] = (
            "*"  # public data; widgets on hosts' blogs read it
        )
    return response
