"""Whole rendered pages for readers without a personal cookie, invalidated exactly.

A blog parade is read far more than it is written, so its public pages (the call, the
roundup, the directory) are rendered once per change and language and then served from the
cache — compressed, with an ``ETag`` for conditional requests (``304``) and a
``Cache-Control`` a proxy or CDN may follow (``public, no-cache``: keep it, but ask first).

How it stays exact: a view opts in with :func:`cached_page`, naming a *key function*. That
function reads, in one small query, a version the app bumps in the same transaction as every
write the page shows (for a parade: :mod:`blogparade.parades.pagecache`), and returns a key
that holds it with everything else the page depends on (language, state, page number), or
``None`` for "render this one live". A write therefore never
has to find and delete cached pages: once it has returned, the next read computes a new key.
Across processes this holds because the version lives in the database; the rendered pages
live in the ``pages`` cache (Redis when configured, else each process's memory).

Who gets a cached page: ``GET`` and ``HEAD`` requests whose cookies are at most the CSRF
cookie and the language cookie. A signed-in host, a commenter with their edit cookie or a
remembered name, a reader with a message waiting: all get the page rendered for them. A
cached page carries no CSRF token; its forms are protected by :mod:`blogparade.core.csrf`.

Relative times ("2 hours ago") are kept fresh by rendering a page again when it is from an
earlier minute; meanwhile the other readers get the copy they would have had a moment before.
A page missing from the cache is rendered by one request while the others wait for it, so a
write under load costs one rendering per process, not one per waiting reader.

The fast path before Django (:func:`answer_before_django`) also remembers, per thread, which
compressed page it gave for which request (path, query, host, language and encoding headers,
cookies; at most :data:`HOT_BYTES` of pages). On SQLite it then answers the same request again
without a query, for as long as the database is unchanged: ``PRAGMA data_version`` changes
once any other connection, of any process, has committed, and the connection's own
``total_changes`` once it wrote itself. Any write at all makes the next request ask the
database again, so this is exact. A key function whose variant changes at a moment (a
deadline) says when, with :func:`fresh_until`. On other databases every request asks the
database, as above.

A view rendering for the cache sees :func:`rendering_for_cache` true, must then render
nothing personal, and marks its response with :func:`mark_cacheable`.
"""

from __future__ import annotations

import functools
import gzip
import hashlib
import secrets
import sqlite3
import threading
import time
from collections.abc import Callable
from importlib import metadata
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.cache import caches
from django.db import DEFAULT_DB_ALIAS, connections
from django.http import HttpRequest, HttpResponse, HttpResponseNotModified
from django.urls import Resolver404, resolve

import blogparade

CACHE_ALIAS = "pages"
TIMEOUT = 3600  # an unused variant simply ages out
LOCK_SECONDS = 5  # at most this long does a request wait for another one's rendering
CACHE_CONTROL = "public, no-cache"
VARY = "Accept-Language, Accept-Encoding, Cookie"
# Headers added per request by the stack outside this middleware, or per connection.
_NOT_STORED = {"x-request-id", "set-cookie", "date", "server", "content-length", "vary"}
_ATTR = "page_cache_key"
_FLAG = "_page_cache_render"
_UNTIL = "_page_cache_fresh_until"
# What a thread remembers: compressed answers only, at most this many bytes of them; more,
# and its memory starts anew.
HOT_BYTES = 4 * 1024 * 1024
_hot = threading.local()

KeyFunction = Callable[..., "str | None"]


def cached_page(
    key: KeyFunction,
) -> Callable[[Callable[..., HttpResponse]], Callable[..., HttpResponse]]:
    """Mark a view as served from the page cache; ``key(request, *args, **kwargs)`` returns
    the variant's key, or ``None`` to render this request live."""

    def decorate(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
        setattr(view, _ATTR, key)
        return view

    return decorate


def rendering_for_cache(request: HttpRequest) -> bool:
    """True while a view renders the copy every cookie-less reader will get."""
    return bool(getattr(request, _FLAG, False))


def mark_cacheable(response: HttpResponse) -> HttpResponse:
    response.page_cacheable = True  # type: ignore[attr-defined]
    return response


def minute() -> int:
    """The current minute: a key part for pages that show relative times ("2 hours ago")."""
    return int(time.time() // 60)


def personal(request: HttpRequest) -> bool:
    """Does the request carry a cookie that could make the page differ for this reader?"""
    allowed = {settings.CSRF_COOKIE_NAME, settings.LANGUAGE_COOKIE_NAME}
    return any(name not in allowed for name in request.COOKIES)


def accepts_gzip(request: HttpRequest) -> bool:
    for part in request.headers.get("Accept-Encoding", "").lower().split(","):
        coding, _, params = part.strip().partition(";")
        if coding.strip() in ("gzip", "*"):
            q = (
                params.strip().removeprefix("q=").strip()
                if params.strip().startswith("q=")
                else "1"
            )
            try:
                return float(q) > 0
            except ValueError:
                return True
    return False


@functools.cache
def _build() -> str:
    """Pages cached by another release are never served: the package's version and the
    newest template, catalogue or code file (an edited checkout changes without a release)."""
    root = Path(blogparade.__file__).parent
    newest = max(
        (p.stat().st_mtime_ns for p in root.rglob("*") if p.suffix in {".html", ".mo", ".py"}),
        default=0,
    )
    try:
        release = metadata.version("blogparade")
    except metadata.PackageNotFoundError:  # pragma: no cover - run from a bare checkout
        release = "0"
    return f"{release}:{newest}"


def _etag(digest: str, rendered: int, zipped: bool) -> str:
    return f'"{digest}.{rendered}{"-gz" if zipped else ""}"'


def _wait_for(cache: Any, slot: str) -> tuple[int, list, bytes] | None:
    """The page another request is rendering, once it is there (``None`` after a while:
    then this request renders it too)."""
    deadline = time.monotonic() + LOCK_SECONDS
    while time.monotonic() < deadline:
        time.sleep(0.01)
        stored = cache.get(slot)
        if stored is not None:
            return stored
        if cache.get(f"{slot}:lock") is None:
            return None  # the other one gave up (an error page, a page not for everyone)
    return None


def _etag_matches(request: HttpRequest, etag: str) -> bool:
    return _if_none_match(request.headers.get("If-None-Match", ""), etag)


def _if_none_match(header: str, etag: str) -> bool:
    if not header:
        return False
    if header.strip() == "*":
        return True
    tags = {t.strip().removeprefix("W/") for t in header.split(",")}
    return etag in tags


def _variant(request: HttpRequest) -> tuple[str, bool] | None:
    """``(digest of the page variant, gzip accepted)`` when ``request`` may be answered from
    the page cache, else ``None``."""
    if request.method not in ("GET", "HEAD") or not settings.PAGE_CACHE or personal(request):
        return None
    try:
        match = resolve(request.path_info)
    except Resolver404:
        return None
    key_function = getattr(match.func, _ATTR, None)
    if key_function is None:
        return None
    variant = key_function(request, *match.args, **match.kwargs)
    if variant is None:
        return None
    digest = hashlib.blake2b(
        f"{_build()}\x1f{request.path}\x1f{variant}".encode(), digest_size=12
    ).hexdigest()
    return digest, accepts_gzip(request)


def answer_before_django(
    environ: dict[str, Any],
) -> tuple[str, list[tuple[str, str]], bytes] | None:
    """The fast path, for the WSGI entry point (:mod:`blogparade.core.wsgi`): a page that is
    in the cache and of this minute, answered without Django's request handling and
    middleware (whose headers it carries from when it was stored); ``None`` for everything
    else — including anything unusual, which Django then handles as always."""
    method = environ.get("REQUEST_METHOD")
    if method not in ("GET", "HEAD") or not settings.PAGE_CACHE:
        return None
    remembered = _remembered(environ)
    if remembered is not None:
        return _answer(environ, method, *remembered)

    from django.core.exceptions import DisallowedHost
    from django.core.handlers.wsgi import WSGIRequest
    from django.db import DatabaseError, connection

    try:  # most requests are for other views: find that out before building a request
        if not hasattr(resolve(environ.get("PATH_INFO", "") or "/").func, _ATTR):
            return None
    except Resolver404:
        return None
    stamp = _database_stamp()  # before the version is read: a write after it ends the memory
    try:
        request = WSGIRequest(environ)
        request.get_host()  # the allowed hosts, as Django checks them
        found = _variant(request)
    except DisallowedHost:
        return None
    except DatabaseError:
        connection.close()  # let Django's request cycle open a fresh one
        return None
    if found is None:
        return None
    digest, zipped = found
    stored = caches[CACHE_ALIAS].get(f"bp:page:{digest}")
    if stored is None or stored[0] != minute():
        return None  # rendered (and the waiting and locking) by the middleware
    rendered, headers, packed = stored
    etag = _etag(digest, rendered, zipped)
    sent = packed if zipped else gzip.decompress(packed)
    headers = [*headers, ("Content-Length", str(len(sent))), ("X-Page-Cache", "hit")]
    if zipped:
        headers.append(("Content-Encoding", "gzip"))
    if stamp is not None and zipped:
        _remember(environ, stamp, getattr(request, _UNTIL, None), etag, rendered, headers, sent)
    return _answer(environ, method, etag, headers, sent)


def _answer(
    environ: dict[str, Any], method: str, etag: str, headers: list[tuple[str, str]], sent: bytes
) -> tuple[str, list[tuple[str, str]], bytes]:
    from blogparade.core.metrics import count_request

    common = [
        ("ETag", etag),
        ("Cache-Control", CACHE_CONTROL),
        ("Vary", VARY),
        ("X-Request-ID", secrets.token_hex(8)),
    ]
    if _if_none_match(environ.get("HTTP_IF_NONE_MATCH", ""), etag):
        count_request(method, 304)
        return "304 Not Modified", common, b""
    count_request(method, 200)
    return "200 OK", [*headers, *common], sent if method == "GET" else b""


def fresh_until(request: HttpRequest, moment: float) -> None:
    """For key functions: the variant they computed changes at ``moment`` (a POSIX time), e.g.
    when a deadline passes, so a remembered answer must not outlive it."""
    before = getattr(request, _UNTIL, None)
    setattr(request, _UNTIL, moment if before is None else min(before, moment))


def _database_stamp() -> tuple[object, int, int] | None:
    """Something that changes whenever the database may have: this thread's SQLite connection
    (the object itself, so that a new connection is never taken for the old one), its own
    changes, and ``PRAGMA data_version`` (which changes once another connection has
    committed). ``None`` where there is no such cheap signal, or no open connection yet."""
    wrapper = connections[DEFAULT_DB_ALIAS]
    if wrapper.vendor != "sqlite":
        return None
    raw = wrapper.connection
    if raw is None:
        return None
    try:
        return raw, raw.total_changes, raw.execute("PRAGMA data_version").fetchone()[0]
    except sqlite3.Error:
        return None


def _request_key(environ: dict[str, Any]) -> tuple[str, ...]:
    """What a cached page's variant may depend on, as the client sent it."""
    return (
        environ.get("PATH_INFO", ""),
        environ.get("QUERY_STRING", ""),
        environ.get("HTTP_HOST", ""),
        environ.get("SERVER_NAME", ""),
        environ.get("SERVER_PORT", ""),
        environ.get("wsgi.url_scheme", ""),
        environ.get("HTTP_ACCEPT_LANGUAGE", ""),
        environ.get("HTTP_ACCEPT_ENCODING", ""),
        environ.get("HTTP_COOKIE", ""),
    )


def _remembered(environ: dict[str, Any]) -> tuple[str, list[tuple[str, str]], bytes] | None:
    """``(etag, headers, body)`` this thread answered the same request with, if the database
    is unchanged since, the page is of this minute and its variant has not expired (the
    database is only asked when there is such an answer)."""
    entry = getattr(_hot, "pages", {}).get(_request_key(environ))
    if entry is None:
        return None
    then, until, etag, rendered, headers, sent = entry
    if rendered != minute() or (until is not None and time.time() >= until):
        return None
    if then != _database_stamp():
        return None
    return etag, headers, sent


def _remember(
    environ: dict[str, Any],
    stamp: tuple[object, int, int],
    until: float | None,
    etag: str,
    rendered: int,
    headers: list[tuple[str, str]],
    sent: bytes,
) -> None:
    pages = getattr(_hot, "pages", None)
    size = getattr(_hot, "size", 0) + len(sent)
    if pages is None or size > HOT_BYTES:
        pages = _hot.pages = {}
        size = len(sent)
    _hot.size = size
    pages[_request_key(environ)] = (stamp, until, etag, rendered, headers, sent)


def forget_remembered() -> None:
    """Drop what this thread remembers (tests)."""
    _hot.pages = {}
    _hot.size = 0


class PageCache:
    """Serve marked views from the page cache (see the module's documentation)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        found = _variant(request)
        if found is None:
            return self.get_response(request)
        digest, zipped = found
        cache = caches[CACHE_ALIAS]
        slot = f"bp:page:{digest}"
        now = minute()
        # Kept compressed only (a tenth of the size); the rare client without gzip gets the
        # page unpacked on the way out. With it: the minute it was rendered in.
        stored = cache.get(slot)
        if stored is None and not cache.add(f"{slot}:lock", 1, LOCK_SECONDS):
            # another request of this process or another one renders it right now: wait for it
            # rather than rendering the same page sixteen times at once
            stored = _wait_for(cache, slot)
        elif stored is not None and stored[0] != now and cache.add(f"{slot}:lock", 1, LOCK_SECONDS):
            stored = None  # only the minute changed: this request renders; others get this copy
        if stored is not None:
            rendered, headers, packed = stored
            etag = _etag(digest, rendered, zipped)
            if _etag_matches(request, etag):
                response = HttpResponseNotModified()
                self._common_headers(response, etag)
                return response
            sent = packed if zipped else gzip.decompress(packed)
            response = HttpResponse(sent if request.method == "GET" else b"")
            for name, value in headers:
                response[name] = value
            response["X-Page-Cache"] = "hit"
        else:
            setattr(request, _FLAG, True)
            try:
                response = self.get_response(request)
            finally:
                cache.delete(f"{slot}:lock")
            if (
                response.status_code != 200
                or not getattr(response, "page_cacheable", False)
                or response.cookies
                or response.streaming
                or response.has_header("Content-Encoding")
            ):
                return response
            body = response.content
            headers = [(k, v) for k, v in response.items() if k.lower() not in _NOT_STORED]
            packed = gzip.compress(body, compresslevel=6, mtime=0)
            cache.set(slot, (now, headers, packed), TIMEOUT)
            etag = _etag(digest, now, zipped)
            sent = packed if zipped else body
            response.content = sent if request.method == "GET" else b""
            response["X-Page-Cache"] = "miss"
        response["Content-Length"] = str(len(sent))
        if zipped:
            response["Content-Encoding"] = "gzip"
        self._common_headers(response, etag)
        return response

    @staticmethod
    def _common_headers(response: HttpResponse, etag: str) -> None:
        response["ETag"] = etag
        response["Cache-Control"] = CACHE_CONTROL
        response["Vary"] = VARY


def new_token() -> str:
    return secrets.token_hex(8)


def bump(*names: str) -> None:
    """A write changed what the pages named ``names`` show (one statement per name)."""
    from blogparade.core.models import PageVersion

    for name in names:
        token = new_token()
        if not PageVersion.objects.filter(name=name).update(token=token):
            PageVersion.objects.get_or_create(name=name, defaults={"token": token})


def version(name: str) -> str:
    """The current version of the pages named ``name`` (one indexed query)."""
    from django.db import connection

    from blogparade.core.models import PageVersion

    table = connection.ops.quote_name(PageVersion._meta.db_table)
    with connection.cursor() as cursor:  # plain SQL: see parades.pagecache.parade_page_key
        cursor.execute(f"SELECT token FROM {table} WHERE name = %s", [name])  # noqa: S608
        row = cursor.fetchone()
    return row[0] if row else "-"
