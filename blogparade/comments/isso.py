"""Isso-compatible JSON API under ``/isso/`` so Isso's own, unmodified ``embed.min.js`` works.

Shape follows Isso's public API (list, new, view/edit/delete, like/dislike, preview, count,
config, feed). Differences that make it safer:

* every comment leaves as ``text`` = the sanitised HTML stored at write time, ``author``
  HTML-escaped, ``website`` escaped (quotes included) and http(s) only — Isso's client puts
  these into the page unescaped; the raw Markdown is only given (``?plain=1``) to the holder
  of a valid edit cookie, and Isso's client writes it into a textarea's ``value``;
* writes need an ``Origin`` (or ``Referer``) of blogparade itself or a registered site, and
  a JSON content type; CORS headers only ever name registered origins; preflights are
  cacheable (``Access-Control-Max-Age``);
* edit rights travel in a signed cookie named by the comment id (as Isso's client expects,
  plus the ``X-Set-Cookie: isso-<id>`` copy it stores on the page), bound to the text and
  expiring with the edit window.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import wraps
from http.cookies import SimpleCookie

from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.urls import path
from django.utils.html import escape
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt

from blogparade.comments import cache, pages, services
from blogparade.comments.feeds import ThreadFeed
from blogparade.comments.models import Comment, Thread
from blogparade.comments.render import (
    avatar_hash,
    gravatar_enabled,
    gravatar_url,
    render_markdown,
    visitor_hash,
)
from blogparade.core import ratelimit
from blogparade.core.clientip import client_ip
from blogparade.core.fastpath import before_middleware
from blogparade.core.inputs import MalformedInput, parse_json
from blogparade.core.models import RegisteredSite, origin_of

MODE = {
    Comment.Status.APPROVED: 1,
    Comment.Status.PENDING: 2,
    Comment.Status.SPAM: 2,
    Comment.Status.DELETED: 4,
}
METHODS = "HEAD, GET, POST, PUT, DELETE"


def public_config() -> dict[str, object]:
    return {
        "reply-to-self": False,
        "require-email": True,
        "require-author": True,
        "reply-notifications": True,
        "gravatar": gravatar_enabled(),
        "avatar": True,
        "feed": True,
    }


# --- origin and CORS --------------------------------------------------------------------------


def request_origin(request: HttpRequest) -> str:
    origin = request.headers.get("Origin", "")
    if origin and origin != "null":
        return origin_of(origin)
    return origin_of(request.headers.get("Referer", ""))


def own_origin() -> str:
    return origin_of(settings.BASE_URL)


def allowed_origin(origin: str) -> bool:
    return bool(origin) and (origin == own_origin() or RegisteredSite.is_registered(origin))


def _cors(request: HttpRequest, response: HttpResponse) -> HttpResponse:
    origin = origin_of(request.headers.get("Origin", ""))
    if origin and origin != own_origin() and RegisteredSite.is_registered(origin):
        response["Access-Control-Allow-Origin"] = origin
        response["Access-Control-Allow-Credentials"] = "true"
        response["Access-Control-Allow-Methods"] = METHODS
        response["Access-Control-Allow-Headers"] = "Origin, Referer, Content-Type"
        response["Access-Control-Expose-Headers"] = "X-Set-Cookie, Date"
        response["Access-Control-Max-Age"] = str(settings.ISSO_CORS_MAX_AGE)
        response["Vary"] = "Origin"
    return response


def api(*methods: str) -> Callable:
    """CORS, preflight, Origin checks for writes, and JSON errors for one endpoint."""

    def decorate(view: Callable) -> Callable:
        @csrf_exempt
        @wraps(view)
        def wrapper(request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
            if request.method == "OPTIONS":
                return _cors(request, HttpResponse(status=204))
            if request.method not in methods:
                return _cors(request, JsonResponse({"error": "method not allowed"}, status=405))
            if request.method in ("POST", "PUT", "DELETE"):
                if not allowed_origin(request_origin(request)):
                    return _cors(request, JsonResponse({"error": "origin not allowed"}, status=403))
                ctype = request.content_type or ""
                if ctype and ctype != "application/json":
                    return _cors(request, JsonResponse({"error": "CSRF"}, status=403))
            try:
                response = view(request, *args, **kwargs)
            except services.CommentRejected as exc:
                response = HttpResponse(
                    exc.message, status=exc.status, content_type="text/plain; charset=utf-8"
                )
                if exc.status == 429:
                    response["Retry-After"] = str(services.RETRY_AFTER)
            except Http404:
                response = JsonResponse({"error": "not found"}, status=404)
            return _cors(request, response)

        return wrapper

    return decorate


def _json_body(request: HttpRequest) -> object:
    try:
        return parse_json(request.body)
    except MalformedInput:
        raise services.CommentRejected("invalid JSON", None, 400) from None


def _site_for(request: HttpRequest) -> str:
    origin = origin_of(request.headers.get("Origin", "")) or origin_of(
        request.headers.get("Referer", "")
    )
    if origin and origin != own_origin() and RegisteredSite.is_registered(origin):
        return origin
    return ""


def _thread_key(request: HttpRequest, uri: str) -> tuple[str, str]:
    site, path = services.split_page(uri)
    if site and not RegisteredSite.is_registered(site):
        raise Http404
    return site or _site_for(request), path


# --- serialisation ----------------------------------------------------------------------------


def serialize(c: Comment) -> dict[str, object]:
    deleted = c.status == Comment.Status.DELETED
    website = "" if deleted else c.website
    return {
        "id": c.pk,
        "parent": c.parent_id,
        "text": "" if deleted else c.text_html,
        "author": (escape(c.author) or None) if not deleted else None,
        "website": escape(website) if website.startswith(("http://", "https://")) else None,
        "mode": MODE[c.status],
        "created": c.created.timestamp(),
        "modified": c.modified.timestamp() if c.modified else None,
        "likes": c.likes,
        "dislikes": c.dislikes,
        "hash": avatar_hash(c.email, c.ip or c.voter_hash),
        **(
            {"gravatar_image": gravatar_url("" if deleted else c.email, c.voter_hash)}
            if gravatar_enabled()
            else {}
        ),
    }


def _cookie_header(name: str, value: str, max_age: int) -> str:
    cookie: SimpleCookie = SimpleCookie()
    cookie[name] = value
    morsel = cookie[name]
    morsel["path"] = "/"
    morsel["max-age"] = max_age
    secure = settings.BASE_URL.startswith("https://")
    morsel["samesite"] = "None" if secure else "Lax"
    if secure:
        morsel["secure"] = True
    return morsel.OutputString()


def _with_edit_cookies(response: HttpResponse, comment: Comment) -> HttpResponse:
    pages.set_edit_cookie(response, comment)
    response["X-Set-Cookie"] = _cookie_header(
        f"isso-{comment.pk}", services.edit_token(comment), services.edit_window()
    )
    return response


def _own_comment(request: HttpRequest, comment_id: int) -> Comment:
    comment = Comment.objects.filter(pk=comment_id).select_related("thread").first()
    if comment is None:
        raise Http404
    if not services.may_edit(comment, request.COOKIES.get(str(comment_id))):
        raise services.CommentRejected("Forbidden", None, 403)
    return comment


# --- endpoints --------------------------------------------------------------------------------


def _int(value: str | None, default: int | None) -> int | None:
    if value in (None, "", "null", "inf"):
        return default
    try:
        return int(value)
    except ValueError:
        raise services.CommentRejected("integer expected", None, 400) from None


@api("GET", "HEAD")
def fetch(request: HttpRequest) -> HttpResponse:
    uri = request.GET.get("uri")
    if not uri:
        raise services.CommentRejected("uri is required", None, 400)
    site, path = _thread_key(request, uri)
    limit = _int(request.GET.get("limit"), None)
    nested_limit = _int(request.GET.get("nested_limit"), None)
    offset = max(0, _int(request.GET.get("offset"), 0) or 0)
    parent = _int(request.GET.get("parent"), None)
    after = (
        float(request.GET.get("after") or 0)
        if (request.GET.get("after") or "0").replace(".", "", 1).isdigit()
        else 0.0
    )
    sort = request.GET.get("sort") or "oldest"
    if sort not in ("oldest", "newest", "upvotes"):
        raise services.CommentRejected("Invalid sort option", None, 400)
    # The listing is the same for every visitor (edit rights are checked per comment by
    # GET /id/N; Isso's client shows one's own pending comment from the POST answer), so the
    # whole body is cached per (thread, version, query). One query finds the thread's version.
    found = cache.thread_version(site, path)
    if found is None:
        body = _listing(None, parent, limit, nested_limit, offset, after, sort)
        return JsonResponse(body)
    query = (parent, limit, nested_limit, offset, after, sort, gravatar_enabled())
    ck = cache.key(*found, "isso", *query)
    data = cache.get(ck)
    if data is None:
        thread = Thread.objects.filter(pk=found[0]).first()  # None if deleted meanwhile
        body = _listing(thread, parent, limit, nested_limit, offset, after, sort)
        data = json.dumps(body, separators=(",", ":")).encode()
        cache.put(ck, data)
    return HttpResponse(data, content_type="application/json")


def _listing(
    thread: Thread | None, parent: int | None, limit, nested_limit, offset, after, sort
) -> dict:
    rows: list[Comment] = []
    if thread is not None:
        roots, _count = services.public_tree(thread)
        # Flatten the pruned tree back into rows, keeping only what readers may see.
        stack = list(roots)
        while stack:
            node = stack.pop()
            rows.append(node.comment)
            stack.extend(node.children)
    if after:
        rows = [c for c in rows if c.created.timestamp() > after]
    children: dict[int | None, list[Comment]] = {}
    for c in rows:
        children.setdefault(c.parent_id, []).append(c)
    key = {
        "oldest": lambda c: (c.created, c.pk),
        "newest": lambda c: (-c.created.timestamp(), -c.pk),
        "upvotes": lambda c: (-(c.likes - c.dislikes), c.created),
    }[sort]
    for items in children.values():
        items.sort(key=key)

    def level(pid: int | None, lim: int | None, off: int) -> tuple[list[dict], int, int]:
        items = children.get(pid, [])
        chosen = items[off:] if lim is None else items[off : off + lim]
        out = []
        for c in chosen:
            d = serialize(c)
            sub, total, hidden = level(c.pk, nested_limit, 0)
            d.update(replies=sub, total_replies=total, hidden_replies=hidden)
            out.append(d)
        return out, len(items), len(items) - len(chosen) - off

    replies, direct, hidden = level(parent, limit, offset)
    total = len(rows) if parent is None else direct
    return {
        "id": parent,
        "total_replies": total,
        "hidden_replies": max(0, hidden),
        "replies": replies,
        "config": public_config(),
    }


@api("POST")
def new(request: HttpRequest) -> HttpResponse:
    uri = request.GET.get("uri")
    if not uri:
        raise services.CommentRejected("uri is required", None, 400)
    data = _json_body(request)
    if not isinstance(data, dict):
        raise services.CommentRejected("JSON object expected", None, 400)
    site, path = services.split_page(uri)
    if site and not RegisteredSite.is_registered(site):
        raise services.CommentRejected("unknown site", None, 403)
    site = site or _site_for(request)
    thread = services.get_or_create_thread(site, path, str(data.get("title") or "")[:300])
    parent = data.get("parent")
    comment = services.post_comment(
        thread,
        author=str(data.get("author") or ""),
        email=str(data.get("email") or ""),
        website=str(data.get("website") or ""),
        text=str(data.get("text") or ""),
        parent_id=parent if isinstance(parent, int) else None,
        ip=client_ip(request),
        notify=bool(data.get("notification")),
        user_agent=request.headers.get("User-Agent", ""),
        referrer=request.headers.get("Referer", ""),
    )
    status = 201 if comment.status == Comment.Status.APPROVED else 202
    return _with_edit_cookies(JsonResponse(serialize(comment), status=status), comment)


@api("GET", "PUT", "DELETE")
def one(request: HttpRequest, comment_id: int) -> HttpResponse:
    if request.method == "GET":
        comment = _own_comment(request, comment_id)
        body = serialize(comment)
        if request.GET.get("plain") == "1":
            body["text"] = comment.text  # raw Markdown for the author's textarea (value, not HTML)
        return JsonResponse(body)
    if request.method == "PUT":
        comment = _own_comment(request, comment_id)
        data = _json_body(request)
        if not isinstance(data, dict):
            raise services.CommentRejected("JSON object expected", None, 400)
        services.edit_comment(
            comment,
            text=str(data.get("text") or ""),
            author=str(data["author"]) if data.get("author") is not None else None,
            website=str(data["website"]) if data.get("website") is not None else None,
        )
        return _with_edit_cookies(JsonResponse(serialize(comment)), comment)
    comment = _own_comment(request, comment_id)
    kept = services.delete_comment(comment)
    response = JsonResponse(serialize(kept) if kept else None, safe=False)
    response.delete_cookie(str(comment_id))
    response["X-Set-Cookie"] = _cookie_header(f"isso-{comment_id}", "", 0)
    return response


def _vote(request: HttpRequest, comment_id: int, value: int) -> HttpResponse:
    comment = Comment.objects.filter(pk=comment_id, status=Comment.Status.APPROVED).first()
    if comment is None:
        raise Http404
    likes, dislikes = services.vote(comment, visitor_hash(client_ip(request)), value)
    return JsonResponse({"likes": likes, "dislikes": dislikes})


@api("POST")
def like(request: HttpRequest, comment_id: int) -> HttpResponse:
    return _vote(request, comment_id, 1)


@api("POST")
def dislike(request: HttpRequest, comment_id: int) -> HttpResponse:
    return _vote(request, comment_id, -1)


@api("POST")
def preview(request: HttpRequest) -> HttpResponse:
    # Counted before anything is read or rendered: refusing is cheap.
    if not ratelimit.allow("preview-ip", client_ip(request)):
        raise services.CommentRejected(_("Too many previews; please wait a minute."), None, 429)
    data = _json_body(request)
    if not isinstance(data, dict) or not isinstance(data.get("text"), str):
        raise services.CommentRejected("no text given", None, 400)
    return JsonResponse({"text": render_markdown(data["text"][: services.MAX_TEXT])})


@before_middleware  # asked on every page view of every blog with counters; read-only
@api("POST")
def count(request: HttpRequest) -> HttpResponse:
    data = _json_body(request)
    if not isinstance(data, list) or not all(isinstance(x, str) for x in data) or len(data) > 1000:
        raise services.CommentRejected("JSON must be a list of URLs", None, 400)
    site = _site_for(request)
    pages_ = [(site + u) if site and u.startswith("/") else u for u in data]
    return JsonResponse(services.counts(pages_), safe=False)


@api("GET", "HEAD")
def config(request: HttpRequest) -> HttpResponse:
    return JsonResponse({"config": public_config()})


_feed = ThreadFeed()


@api("GET", "HEAD")
def feed(request: HttpRequest) -> HttpResponse:
    return _feed(request)


urlpatterns = [
    path("isso/", fetch, name="isso_fetch"),
    path("isso/new", new, name="isso_new"),
    path("isso/id/<int:comment_id>", one, name="isso_comment"),
    path("isso/id/<int:comment_id>/like", like, name="isso_like"),
    path("isso/id/<int:comment_id>/dislike", dislike, name="isso_dislike"),
    path("isso/preview", preview, name="isso_preview"),
    path("isso/count", count, name="isso_count"),
    path("isso/config", config, name="isso_config"),
    path("isso/feed", feed, name="isso_feed"),
]
