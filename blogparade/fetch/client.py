"""The safe client: the one way blogparade reaches other sites.

:func:`fetch` is the whole API. For every hop (the first request and each redirect, followed
by hand) it checks the scheme, resolves the host, refuses the request unless every address
DNS returned is public (see :mod:`blogparade.fetch.guard`), and connects to exactly that
checked address — TLS still verifies the certificate for the host name, and ``Host`` and SNI
carry the name. There is no window for DNS rebinding because there is no second lookup.

Limits: the body is streamed and cut at ``max_bytes`` (after decompression); connect and read
timeouts, and a hard overall deadline (never more than 15 s) that also bounds a body dribbled
one byte at a time; at most ``max_redirects`` redirects; an allowlist of content types; and
per-host politeness (concurrency, a minimum interval between request starts, and a memory of
a site's ``429 Retry-After``) so that nobody can use an instance to flood a site.

``settings.FETCH_ALLOW_HOSTS`` (read at call time) names hosts that may be reached although
they are private, on any port — for tests and benchmarks only; nothing else opens the guard.
"""

from __future__ import annotations

import email.utils
import hashlib
import hmac
import random
import ssl
import threading
import time
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from importlib import metadata
from typing import Any
from urllib.parse import urljoin, urlsplit

import httpcore
import httpx
from django.conf import settings
from django.utils.translation import gettext_noop

from blogparade.core.phrases import Phrase

from .charset import decode_html
from .errors import (
    BadContentType,
    BlockedAddress,
    ConnectionFailed,
    FetchError,
    FetchTimeout,
    RateLimited,
    TooLarge,
    TooManyRedirects,
)
from .guard import literal_address, normalise_host, resolve

__all__ = [
    "BadContentType",
    "BlockedAddress",
    "ConnectionFailed",
    "FetchError",
    "FetchResult",
    "FetchTimeout",
    "RateLimited",
    "TooLarge",
    "TooManyRedirects",
    "fetch",
    "fetch_with_retries",
    "reset_politeness",
]

HARD_DEADLINE = 15.0  # seconds; no fetch lives longer, whatever the caller asks
CONNECT_TIMEOUT = 8.0
READ_TIMEOUT = 10.0
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
MAX_POLITENESS_WAIT = 5.0  # longer than this and we raise RateLimited instead of waiting
MAX_RETRY_AFTER = 3600.0  # a site's Retry-After is remembered for at most an hour
TRIGGER_HEADER = "X-Blogparade-Triggered-By"


@dataclass
class FetchResult:
    """A response: any status (non-2xx is returned, not raised) and at most ``max_bytes``."""

    url: str
    final_url: str
    status: int
    headers: httpx.Headers
    content: bytes
    truncated: bool

    @property
    def content_type(self) -> str:
        """Lower-case MIME type without parameters ('' when absent)."""
        return self.headers.get("content-type", "").split(";", 1)[0].strip().lower()

    def text(self) -> str:
        """The body decoded: header charset, then ``<meta charset>``, then detection."""
        return decode_html(self.content, self.headers.get("content-type", ""))


# --- connecting to checked addresses only ---------------------------------------------------


class _DeadlineStream(httpcore.NetworkStream):
    """Clamps every socket operation's timeout to what is left of the overall deadline."""

    def __init__(self, inner: httpcore.NetworkStream, deadline: float) -> None:
        self._inner = inner
        self._deadline = deadline

    def _timeout(self, timeout: float | None, exc: type[Exception]) -> float:
        remaining = self._deadline - time.monotonic()
        if remaining <= 0:
            raise exc("overall deadline reached")
        return remaining if timeout is None else min(timeout, remaining)

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, self._timeout(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, self._timeout(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        inner = self._inner.start_tls(
            ssl_context, server_hostname, self._timeout(timeout, httpcore.ConnectTimeout)
        )
        return _DeadlineStream(inner, self._deadline)

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class _GuardedBackend(httpcore.NetworkBackend):
    """Resolves, checks every address, and connects to the checked address itself."""

    def __init__(self, deadline: float, allow_hosts: frozenset[str]) -> None:
        self._inner = httpcore.SyncBackend()
        self._deadline = deadline
        self._allow = allow_hosts

    def _remaining(self) -> float:
        remaining = self._deadline - time.monotonic()
        if remaining <= 0:
            raise httpcore.ConnectTimeout("overall deadline reached")
        return remaining

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        limit = self._remaining() if timeout is None else min(timeout, self._remaining())
        allowed = normalise_host(host) in self._allow
        addresses = resolve(host, port, timeout=limit, allowed=allowed)
        last_error: Exception | None = None
        for address in addresses:
            try:
                stream = self._inner.connect_tcp(
                    address,
                    port,
                    timeout=min(limit, self._remaining()),
                    local_address=local_address,
                    socket_options=socket_options,
                )
            except httpcore.ConnectError as exc:
                last_error = exc
                continue
            return _DeadlineStream(stream, self._deadline)
        assert last_error is not None
        raise last_error

    def connect_unix_socket(self, *args: Any, **kwargs: Any) -> httpcore.NetworkStream:
        raise BlockedAddress(
            Phrase("unix_socket", gettext_noop("Unix sockets are never connected to."))
        )

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)


_ssl_lock = threading.Lock()
_ssl_contexts: list[ssl.SSLContext] = []


def _ssl_context() -> ssl.SSLContext:
    """One context per process (loading the CA bundle takes tens of milliseconds; threads
    starting together wait for the first rather than each loading it)."""
    if not _ssl_contexts:
        with _ssl_lock:
            if not _ssl_contexts:
                try:
                    import certifi

                    context = ssl.create_default_context(cafile=certifi.where())
                except ImportError:  # pragma: no cover - httpx depends on certifi
                    context = ssl.create_default_context()
                _ssl_contexts.append(context)
    return _ssl_contexts[0]


class _GuardedTransport(httpx.HTTPTransport):
    def __init__(self, backend: _GuardedBackend) -> None:
        super().__init__(verify=_ssl_context(), trust_env=False)
        self._pool = httpcore.ConnectionPool(
            ssl_context=_ssl_context(),
            max_connections=2,
            max_keepalive_connections=0,
            http1=True,
            http2=False,
            network_backend=backend,
        )


class _FetchCookies(httpx.Cookies):
    """The cookie jar of one fetch (a redirect hop sends what an earlier hop set, as httpx's
    own jar does). It reads a response's cookies only when the response sets any: httpx wraps
    every response in urllib adapters to read them (~0.07 ms of a ~1.2 ms fetch), and with no
    ``Set-Cookie`` / ``Set-Cookie2`` header the standard jar reads nothing."""

    def extract_cookies(self, response: httpx.Response) -> None:
        if "set-cookie" in response.headers or "set-cookie2" in response.headers:
            super().extract_cookies(response)


# --- per-host politeness --------------------------------------------------------------------


@dataclass
class _HostState:
    semaphore: threading.BoundedSemaphore
    concurrency: int
    next_start: float = 0.0
    blocked_until: float = 0.0


_hosts: dict[str, _HostState] = {}
_hosts_lock = threading.Lock()


def reset_politeness() -> None:
    """Forget all per-host state (for tests)."""
    with _hosts_lock:
        _hosts.clear()


def _host_state(host: str) -> _HostState:
    concurrency = max(1, int(settings.FETCH_HOST_CONCURRENCY))
    with _hosts_lock:
        state = _hosts.get(host)
        if state is None or state.concurrency != concurrency:
            if len(_hosts) > 10_000:  # forget idle hosts rather than grow without bound
                now = time.monotonic()
                for key in [
                    k for k, v in _hosts.items() if v.next_start < now and v.blocked_until < now
                ]:
                    del _hosts[key]
            state = _HostState(threading.BoundedSemaphore(concurrency), concurrency)
            _hosts[host] = state
        return state


def _polite(host: str, allowed: bool) -> bool:
    # Allow-listed hosts are the operator's own fake sites (tests, benchmarks): they measure
    # us, not the politeness, unless a test asks for it.
    return not allowed or bool(settings.FETCH_POLITE_ALLOWED_HOSTS)


def _acquire(host: str, deadline: float) -> _HostState:
    """Take a concurrency slot for ``host`` and wait for its next start time; or RateLimited."""
    state = _host_state(host)
    now = time.monotonic()
    if state.blocked_until > now:
        raise RateLimited(
            Phrase(
                "host_backing_off",
                gettext_noop("The site %(host)s asked us to wait before fetching again."),
                host=host,
            ),
            retry_after=round(state.blocked_until - now, 3),
        )
    budget = min(MAX_POLITENESS_WAIT, deadline - now)
    if not state.semaphore.acquire(timeout=max(budget, 0)):
        raise RateLimited(
            Phrase(
                "host_busy",
                gettext_noop("Too many requests to %(host)s are already running."),
                host=host,
            ),
            retry_after=1.0,
        )
    interval = max(0.0, float(settings.FETCH_HOST_INTERVAL))
    with _hosts_lock:
        now = time.monotonic()
        start = max(now, state.next_start)
        wait = start - now
        if wait > 0 and wait > min(MAX_POLITENESS_WAIT, deadline - now - 0.5):
            state.semaphore.release()
            raise RateLimited(
                Phrase(
                    "host_spaced",
                    gettext_noop("Requests to %(host)s are spaced out; try again shortly."),
                    host=host,
                ),
                retry_after=round(wait, 3),
            )
        state.next_start = start + interval
    if wait > 0:
        time.sleep(wait)
    return state


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return min(float(value), MAX_RETRY_AFTER)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return min(max((when - datetime.now(UTC)).total_seconds(), 0.0), MAX_RETRY_AFTER)


# --- request helpers ------------------------------------------------------------------------


@cache
def _version() -> str:
    try:
        return metadata.version("blogparade")
    except metadata.PackageNotFoundError:  # pragma: no cover
        return "0"


def _user_agent() -> str:
    return f"blogparade/{_version()} (+{settings.BASE_URL})"


def _trigger_value(triggered_by: str) -> str:
    """An opaque, stable token for whoever caused the request; the operator can map it back."""
    if not triggered_by:
        return "instance"
    key = str(settings.SECRET_KEY).encode()
    return hmac.new(key, triggered_by.encode(), hashlib.sha256).hexdigest()[:20]


def _allow_hosts() -> frozenset[str]:
    hosts = set()
    for host in settings.FETCH_ALLOW_HOSTS or ():
        host = normalise_host(str(host))
        if not host.isascii():
            try:
                host = host.encode("idna").decode("ascii")
            except UnicodeError:
                continue
        hosts.add(host)
    return frozenset(hosts)


def _check_url(url: str, allow: frozenset[str]) -> httpx.URL:
    """Parse and vet one hop's URL: http(s), a host, no credentials, no odd IPv4 spellings."""
    try:
        spelled = urlsplit(url).hostname
    except ValueError:
        spelled = None
    if spelled:
        literal_address(spelled)  # refuses 2130706433, 0177.0.0.1, 0x7f.1 … before parsing
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError, ValueError):
        raise FetchError(
            Phrase(
                "invalid_url",
                gettext_noop("The address %(url)s is not a valid URL."),
                url=url[:200],
            )
        ) from None
    if parsed.scheme not in ("http", "https"):
        raise BlockedAddress(
            Phrase("scheme_refused", gettext_noop("Only http and https addresses are fetched."))
        )
    if not parsed.host:
        raise FetchError(
            Phrase("no_host", gettext_noop("The address %(url)s has no host."), url=url[:200])
        )
    if parsed.userinfo:
        raise BlockedAddress(
            Phrase(
                "userinfo_refused",
                gettext_noop("Addresses containing a user name or password are not fetched."),
            )
        )
    raw_host = parsed.raw_host.decode("ascii", "replace")
    literal = literal_address(raw_host)  # refuses 2130706433, 0x7f.1 …
    if literal is not None and normalise_host(raw_host) not in allow:
        resolve(raw_host, parsed.port or 0, timeout=1.0)  # raises BlockedAddress when private
    return parsed


class _Decoder:
    """Content-Encoding decoding with a bounded output size (decompression bombs)."""

    def __init__(self, encoding: str) -> None:
        encoding = encoding.strip().lower()
        self._zlib: Any = None
        self._raw_deflate_fallback = False
        if encoding in ("gzip", "x-gzip"):
            self._zlib = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif encoding == "deflate":
            self._zlib = zlib.decompressobj()
            self._raw_deflate_fallback = True

    def decode(self, chunk: bytes, limit: int) -> bytes:
        if self._zlib is None:
            return chunk
        try:
            return self._zlib.decompress(chunk, max(limit, 1))
        except zlib.error:
            if self._raw_deflate_fallback:
                self._raw_deflate_fallback = False
                self._zlib = zlib.decompressobj(-zlib.MAX_WBITS)
                return self.decode(chunk, limit)
            raise ConnectionFailed(
                Phrase("undecompressable", gettext_noop("The response could not be decompressed."))
            ) from None
        finally:
            self._raw_deflate_fallback = False


def _mime_allowed(mime: str, accept: tuple[str, ...]) -> bool:
    for pattern in accept:
        pattern = pattern.split(";", 1)[0].strip().lower()
        if pattern in ("*/*", mime) or (pattern.endswith("/*") and mime.startswith(pattern[:-1])):
            return True
    return False


def _read_body(
    response: httpx.Response, max_bytes: int, truncate: bool, deadline: float
) -> tuple[bytes, bool]:
    length = response.headers.get("content-length", "")
    if not truncate and length.isdigit() and int(length) > max_bytes:
        raise TooLarge(
            Phrase(
                "too_large", gettext_noop("The response is larger than %(n)d bytes."), n=max_bytes
            )
        )
    decoder = _Decoder(response.headers.get("content-encoding", ""))
    body = bytearray()
    for chunk in response.iter_raw():
        if time.monotonic() > deadline:
            raise FetchTimeout(
                Phrase("body_timeout", gettext_noop("The site took too long to send its answer."))
            )
        body += decoder.decode(chunk, max_bytes - len(body) + 1)
        if len(body) > max_bytes:
            if not truncate:
                raise TooLarge(
                    Phrase(
                        "too_large",
                        gettext_noop("The response is larger than %(n)d bytes."),
                        n=max_bytes,
                    )
                )
            del body[max_bytes:]
            return bytes(body), True
    return bytes(body), False


def _tls_verification_failed(exc: BaseException) -> bool:
    """Was a certificate (chain or host name) refused somewhere down ``exc``'s causes?"""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, ssl.SSLCertVerificationError):
            return True
        current = current.__cause__ or current.__context__
    return "CERTIFICATE_VERIFY_FAILED" in str(exc)


def _map_httpx_error(exc: Exception, host: str) -> FetchError:
    if isinstance(exc, httpx.TimeoutException):
        return FetchTimeout(
            Phrase("timeout", gettext_noop("The site %(host)s took too long to answer."), host=host)
        )
    if isinstance(exc, httpx.ConnectError):
        if _tls_verification_failed(exc):
            return ConnectionFailed(
                Phrase(
                    "bad_certificate",
                    gettext_noop(
                        "The certificate of %(host)s could not be verified; the connection was refused."
                    ),
                    host=host,
                )
            )
        return ConnectionFailed(
            Phrase("connect_failed", gettext_noop("Could not connect to %(host)s."), host=host)
        )
    if isinstance(exc, httpx.TooManyRedirects):  # pragma: no cover - we follow by hand
        return TooManyRedirects(Phrase("too_many_redirects", gettext_noop("Too many redirects.")))
    return ConnectionFailed(
        Phrase(
            "protocol_error",
            gettext_noop("The connection to %(host)s failed or the answer was malformed."),
            host=host,
        )
    )


# --- the API --------------------------------------------------------------------------------


def fetch(
    url: str,
    *,
    method: str = "GET",
    data: dict | None = None,
    headers: dict | None = None,
    max_bytes: int = 2_000_000,
    timeout: float = 15.0,
    max_redirects: int = 5,
    follow_redirects: bool = True,
    accept: tuple[str, ...] | None = None,
    truncate: bool = True,
    triggered_by: str = "",
    content: bytes | None = None,
) -> FetchResult:
    """Safe request: http(s) only; every hop's DNS answer checked and the checked address
    connected to; limits; per-host politeness. Non-2xx statuses are returned, not raised.

    ``data`` is sent form-encoded; ``content`` (an extension) is sent as the raw body. ``timeout`` bounds the whole exchange, redirects and body
    included, and is itself capped at 15 s. ``accept`` lists allowed MIME types (``text/*``
    patterns work) for a 2xx answer; anything else raises :class:`BadContentType` before the
    body is read. A site's 429 raises :class:`RateLimited` with its ``retry_after``.
    Raises :class:`FetchError` subclasses only.
    """
    total = min(max(float(timeout), 0.001), HARD_DEADLINE)
    deadline = time.monotonic() + total
    allow = _allow_hosts()
    request_headers = {
        "User-Agent": _user_agent(),
        TRIGGER_HEADER: _trigger_value(triggered_by),
        "Accept-Encoding": "gzip, deflate",
        "Accept": ", ".join(accept) + ", */*;q=0.1" if accept else "*/*",
    }
    for name, value in (headers or {}).items():
        if name.lower() not in ("host", "accept-encoding", TRIGGER_HEADER.lower()):
            request_headers[name] = value
    current, current_method, body, raw = url, method.upper(), data, content
    backend = _GuardedBackend(deadline, allow)
    client = httpx.Client(
        transport=_GuardedTransport(backend),
        follow_redirects=False,
        trust_env=False,
        timeout=httpx.Timeout(
            connect=min(total, CONNECT_TIMEOUT),
            read=min(total, READ_TIMEOUT),
            write=min(total, READ_TIMEOUT),
            pool=total,
        ),
    )
    client._cookies = _FetchCookies()  # what Client(cookies=None) holds, read lazily
    with client:
        for hop in range(max_redirects + 1):
            target = _check_url(current, allow)
            host = target.host
            key = normalise_host(target.raw_host.decode("ascii", "replace"))
            state = _acquire(key, deadline) if _polite(key, key in allow) else None
            try:
                request = client.build_request(
                    current_method, target, data=body, content=raw, headers=request_headers
                )
                try:
                    response = client.send(request, stream=True)
                except httpx.HTTPError as exc:
                    raise _map_httpx_error(exc, host) from None
                try:
                    status = response.status_code
                    location = response.headers.get("location", "").strip()
                    if follow_redirects and status in REDIRECT_STATUSES and location:
                        if hop == max_redirects:
                            raise TooManyRedirects(
                                Phrase(
                                    "too_many_redirects",
                                    gettext_noop("More than %(n)d redirects; giving up."),
                                    n=max_redirects,
                                )
                            )
                        current = urljoin(str(target), location)
                        if status == 303 or (status in (301, 302) and current_method == "POST"):
                            current_method = "GET" if current_method != "HEAD" else "HEAD"
                            body = raw = None
                        continue
                    if status == 429:
                        retry_after = _retry_after(response.headers.get("retry-after"))
                        if state is not None and retry_after:
                            state.blocked_until = time.monotonic() + retry_after
                        raise RateLimited(
                            Phrase(
                                "host_429",
                                gettext_noop("The site %(host)s answered 429 Too Many Requests."),
                                host=host,
                            ),
                            retry_after=retry_after,
                            status=429,
                        )
                    mime = response.headers.get("content-type", "").split(";", 1)[0]
                    mime = mime.strip().lower()
                    if accept and 200 <= status < 300 and not _mime_allowed(mime, accept):
                        raise BadContentType(
                            Phrase(
                                "not_a_page",
                                gettext_noop("The answer is of type %(type)s, not a web page."),
                                type=mime or Phrase.word(gettext_noop("unknown")),
                            )
                        )
                    try:
                        content, truncated = _read_body(response, max_bytes, truncate, deadline)
                    except httpx.HTTPError as exc:
                        raise _map_httpx_error(exc, host) from None
                    return FetchResult(
                        url=url,
                        final_url=str(target),
                        status=status,
                        headers=response.headers,
                        content=content,
                        truncated=truncated,
                    )
                finally:
                    response.close()
            finally:
                if state is not None:
                    state.semaphore.release()
    raise TooManyRedirects(
        Phrase("too_many_redirects", gettext_noop("Too many redirects."))
    )  # pragma: no cover - loop always returns


def fetch_with_retries(
    url: str, *, attempts: int = 3, backoff: float = 1.0, max_wait: float = 60.0, **kwargs: Any
) -> FetchResult:
    """:func:`fetch`, retried with exponential backoff (and jitter) only where it can help:
    network errors and timeouts, 408, 429 (waiting the site's Retry-After when it is at most
    ``max_wait``) and 5xx. Any other 4xx, a refused address, a too large or mistyped answer
    is final. Returns the last result (possibly a 5xx) or raises the last error."""
    last_error: FetchError | None = None
    for attempt in range(max(1, attempts)):
        final = attempt == max(1, attempts) - 1
        delay = backoff * (2**attempt) * (0.5 + random.random())
        try:
            result = fetch(url, **kwargs)
        except RateLimited as exc:
            if final or (exc.retry_after is not None and exc.retry_after > max_wait):
                raise
            last_error = exc
            delay = max(delay, exc.retry_after or 0.0)
        except (FetchTimeout, ConnectionFailed) as exc:
            if final:
                raise
            last_error = exc
        else:
            if final or not (result.status == 408 or result.status >= 500):
                return result
        time.sleep(min(delay, max_wait))
    assert last_error is not None  # pragma: no cover
    raise last_error  # pragma: no cover
