"""Sending Webmentions and Pingbacks, through the safe client only.

:func:`send_webmention` POSTs ``source`` and ``target`` exactly as given, form-encoded, to the
endpoint the target advertises. :func:`send_pingback` calls ``pingback.ping`` by XML-RPC (the
answer is parsed with defusedxml). :func:`send_linkback` is what the roundup uses: discover both
endpoints with one fetch, prefer Webmention, fall back to Pingback, retry with backoff where a
retry can help. Each returns a :class:`SendOutcome`; no function here raises for a remote
failure — refused addresses, timeouts and errors end up in ``outcome.error``.
"""

from __future__ import annotations

import xmlrpc.client
from dataclasses import dataclass

from defusedxml import ElementTree
from django.utils.translation import gettext_noop

from blogparade.core.phrases import Phrase
from blogparade.fetch.client import FetchError, FetchResult, RateLimited, fetch, fetch_with_retries
from blogparade.fetch.discover import discover

SEND_TIMEOUT = 10.0
SEND_MAX_BYTES = 64_000


@dataclass
class SendOutcome:
    """What happened. ``ok`` is True only when the endpoint answered 2xx (Webmention) or
    returned a non-fault answer (Pingback)."""

    protocol: str  # "webmention" | "pingback" | "" (no endpoint found)
    endpoint: str | None
    status: int | None  # the endpoint's HTTP status, when it answered
    ok: bool
    error: str | Phrase = ""  # one human sentence when not ok (a phrase when ours)
    location: str = ""  # Webmention 201 status URL
    fault_code: int | None = None  # Pingback fault

    @property
    def no_endpoint(self) -> bool:
        return self.endpoint is None


def _post(
    endpoint: str, *, attempts: int, backoff: float, triggered_by: str, **kwargs: object
) -> FetchResult:
    options = {"method": "POST", "timeout": SEND_TIMEOUT, "max_bytes": SEND_MAX_BYTES}
    options.update(kwargs)
    if attempts > 1:
        return fetch_with_retries(
            endpoint, attempts=attempts, backoff=backoff, triggered_by=triggered_by, **options
        )
    return fetch(endpoint, triggered_by=triggered_by, **options)  # type: ignore[arg-type]


def post_webmention(
    endpoint: str,
    source: str,
    target: str,
    *,
    attempts: int = 1,
    backoff: float = 1.0,
    triggered_by: str = "",
) -> SendOutcome:
    """POST ``source`` and ``target`` (exactly as given) to a known endpoint."""
    try:
        result = _post(
            endpoint,
            attempts=attempts,
            backoff=backoff,
            triggered_by=triggered_by,
            data={"source": source, "target": target},
        )
    except RateLimited as exc:
        return SendOutcome("webmention", endpoint, exc.status, False, exc.phrase or exc.reason)
    except FetchError as exc:
        return SendOutcome("webmention", endpoint, None, False, exc.phrase or exc.reason)
    ok = 200 <= result.status < 300
    return SendOutcome(
        "webmention",
        endpoint,
        result.status,
        ok,
        ""
        if ok
        else Phrase(
            "endpoint_status",
            gettext_noop("The endpoint answered HTTP %(status)d."),
            status=result.status,
        ),
        location=result.headers.get("location", "") if ok else "",
    )


def _pingback_answer(content: bytes) -> tuple[bool, int | None, str | Phrase]:
    """(ok, fault_code, message) from an XML-RPC methodResponse, parsed defused."""
    try:
        root = ElementTree.fromstring(content)
    except Exception:  # defusedxml's refusals and any ParseError alike
        return (
            False,
            None,
            Phrase(
                "pingback_not_xmlrpc",
                gettext_noop("The Pingback endpoint sent an answer that is not XML-RPC."),
            ),
        )
    fault = root.find("fault")
    if fault is not None:
        code, message = None, ""
        for member in fault.iter("member"):
            name = (member.findtext("name") or "").strip()
            value = member.find("value")
            text = "".join(value.itertext()).strip() if value is not None else ""
            if name == "faultCode":
                try:
                    code = int(text)
                except ValueError:
                    code = None
            elif name == "faultString":
                message = text
        return (
            False,
            code,
            message
            or Phrase(
                "pingback_fault", gettext_noop("The Pingback endpoint answered with a fault.")
            ),
        )
    if root.find("params") is not None:
        return True, None, ""
    return (
        False,
        None,
        Phrase(
            "pingback_not_xmlrpc",
            gettext_noop("The Pingback endpoint sent an answer that is not XML-RPC."),
        ),
    )


def send_pingback(
    endpoint: str,
    source: str,
    target: str,
    *,
    attempts: int = 1,
    backoff: float = 1.0,
    triggered_by: str = "",
) -> SendOutcome:
    """Call ``pingback.ping(source, target)`` at ``endpoint``."""
    body = xmlrpc.client.dumps((source, target), "pingback.ping").encode()
    try:
        result = _post(
            endpoint,
            attempts=attempts,
            backoff=backoff,
            triggered_by=triggered_by,
            content=body,
            headers={"Content-Type": "text/xml"},
        )
    except RateLimited as exc:
        return SendOutcome("pingback", endpoint, exc.status, False, exc.phrase or exc.reason)
    except FetchError as exc:
        return SendOutcome("pingback", endpoint, None, False, exc.phrase or exc.reason)
    if not 200 <= result.status < 300:
        return SendOutcome(
            "pingback",
            endpoint,
            result.status,
            False,
            Phrase(
                "endpoint_status",
                gettext_noop("The endpoint answered HTTP %(status)d."),
                status=result.status,
            ),
        )
    ok, code, message = _pingback_answer(result.content)
    return SendOutcome("pingback", endpoint, result.status, ok, message, fault_code=code)


def send_webmention(
    source: str, target: str, *, attempts: int = 1, backoff: float = 1.0, triggered_by: str = ""
) -> SendOutcome:
    """Discover ``target``'s Webmention endpoint and POST once (or up to ``attempts`` times
    on 408/429/5xx/network errors). ``endpoint`` is None in the outcome when there is none."""
    try:
        endpoints = discover(target, triggered_by=triggered_by)
    except FetchError as exc:
        return SendOutcome("", None, None, False, exc.phrase or exc.reason)
    if endpoints.webmention is None:
        return SendOutcome(
            "",
            None,
            None,
            False,
            Phrase(
                "no_webmention_endpoint",
                gettext_noop("The target advertises no Webmention endpoint."),
            ),
        )
    return post_webmention(
        endpoints.webmention,
        source,
        target,
        attempts=attempts,
        backoff=backoff,
        triggered_by=triggered_by,
    )


def send_linkback(
    source: str, target: str, *, attempts: int = 3, backoff: float = 1.0, triggered_by: str = ""
) -> SendOutcome:
    """Tell ``target`` that ``source`` links to it: Webmention if advertised, else Pingback.

    One fetch of the target for discovery, then one POST (retried with backoff on
    408/429/5xx/network errors only). The outcome is for recording; nothing is raised."""
    try:
        endpoints = discover(target, triggered_by=triggered_by)
    except FetchError as exc:
        return SendOutcome("", None, None, False, exc.phrase or exc.reason)
    if endpoints.webmention:
        return post_webmention(
            endpoints.webmention,
            source,
            target,
            attempts=attempts,
            backoff=backoff,
            triggered_by=triggered_by,
        )
    if endpoints.pingback:
        return send_pingback(
            endpoints.pingback,
            source,
            target,
            attempts=attempts,
            backoff=backoff,
            triggered_by=triggered_by,
        )
    return SendOutcome(
        "",
        None,
        None,
        False,
        Phrase(
            "no_endpoint", gettext_noop("The target advertises neither Webmention nor Pingback.")
        ),
    )
