"""Pingback 1.0 over XML-RPC: ``pingback.ping(source, target)``.

The protocol wants the fault code in the answer, so the source is fetched and verified inside
the call, under tight limits (``PINGBACK_TIMEOUT`` seconds, ``PINGBACK_MAX_BYTES``). XML is
parsed by defusedxml with DTDs forbidden: entity expansion ("billion laughs") and external
entities are refused at once. A verified pingback is a :class:`Mention` like a Webmention and
feeds the same pipeline (``Contribution.Channel.PINGBACK``).

Fault codes (Pingback 1.0): 0x10 source does not exist, 0x11 no link to the target, 0x20
target does not exist, 0x21 target cannot be used, 0x30 already registered, 0x31 access
denied (the safe client refused the source, or rate limit), 0x32 upstream error.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from xml.sax.saxutils import escape

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring
from django.conf import settings
from django.utils.translation import gettext as _

from blogparade.linkbacks.models import Mention
from blogparade.linkbacks.receive import (
    Refused,
    check_rate,
    check_request,
    defer,
    deferral,
    store_mention,
)

MAX_BODY = 64 * 1024

FAULT_GENERIC = 0
FAULT_SOURCE_MISSING = 0x10
FAULT_NO_LINK = 0x11
FAULT_TARGET_MISSING = 0x20
FAULT_TARGET_INVALID = 0x21
FAULT_ALREADY = 0x30
FAULT_ACCESS_DENIED = 0x31
FAULT_UPSTREAM = 0x32
FAULT_PARSE = -32700
FAULT_NO_METHOD = -32601
FAULT_PARAMS = -32602


class Fault(Exception):
    def __init__(self, code: int, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def _limits() -> dict:
    return {
        "timeout": float(settings.PINGBACK_TIMEOUT),
        "max_bytes": int(settings.PINGBACK_MAX_BYTES),
        "max_redirects": 3,
    }


def parse_call(body: bytes) -> tuple[str, list[str]]:
    """``(methodName, string params)`` of an XML-RPC call. Raises :class:`Fault` (-32700)."""
    if len(body) > MAX_BODY:
        raise Fault(FAULT_PARSE, _("The request is too large."))
    try:
        root = fromstring(body, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException:
        raise Fault(
            FAULT_PARSE, _("Document type declarations and entities are not accepted.")
        ) from None
    except (ET.ParseError, ValueError):
        raise Fault(FAULT_PARSE, _("The request is not well-formed XML-RPC.")) from None
    if root.tag != "methodCall":
        raise Fault(FAULT_PARSE, _("The request is not an XML-RPC method call."))
    method = (root.findtext("methodName") or "").strip()
    params: list[str] = []
    for value in root.findall("./params/param/value"):
        typed = list(value)
        if not typed:
            params.append((value.text or "").strip())
        elif typed[0].tag in ("string", "base64"):
            params.append((typed[0].text or "").strip())
        else:
            raise Fault(FAULT_PARAMS, _("pingback.ping takes two strings."))
    return method, params


def _value(text: str) -> str:
    return f"<value><string>{escape(text)}</string></value>"


def response_xml(result: str | list[str]) -> bytes:
    if isinstance(result, list):
        inner = (
            "<value><array><data>" + "".join(_value(x) for x in result) + "</data></array></value>"
        )
    else:
        inner = _value(result)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<methodResponse><params><param>'
        f"{inner}</param></params></methodResponse>\n"
    ).encode()


def fault_xml(code: int, message: str) -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<methodResponse><fault><value><struct>'
        f"<member><name>faultCode</name><value><int>{int(code)}</int></value></member>"
        f"<member><name>faultString</name>{_value(message)}</member>"
        "</struct></value></fault></methodResponse>\n"
    ).encode()


def ping(source: str, target: str, client_ip: str = "") -> str:
    """Register and verify one pingback now. Returns the success string; raises :class:`Fault`."""
    from blogparade.linkbacks.tasks import claim, verify_claimed
    from blogparade.linkbacks.verify import Outcome

    try:
        check_rate("pingback-ip", client_ip)
        source, target, resolved = check_request(source, target)
    except Refused as exc:
        raise Fault(exc.fault, exc.reason) from None
    wait = deferral(source, resolved)
    existing = Mention.objects.filter(source=source, target_normalized=resolved.normalized).first()
    if existing is not None and existing.status == Mention.Status.VERIFIED:
        raise Fault(FAULT_ALREADY, _("The pingback has already been registered."))
    mention, fresh = store_mention(source, target, resolved, Mention.Protocol.PINGBACK)
    if fresh and wait is not None:
        # Its site sent many at once: kept and checked a little later, never refused
        # (WordPress does not retry a fault).
        defer(mention, wait)
        return _("Pingback from %(source)s to %(target)s received; it will be checked shortly.") % {
            "source": source,
            "target": target,
        }
    if not fresh or not claim(mention.pk):
        raise Fault(
            FAULT_ALREADY, _("The pingback has already been registered and is being checked.")
        )
    outcome = verify_claimed(mention.pk, limits=_limits())
    mention.refresh_from_db()
    # An unverified ping keeps its retries in the background: the sender learns of the
    # failure now, but WordPress never sends it again.
    reason = mention.reason or mention.last_error
    if outcome == Outcome.VERIFIED:
        return _("Pingback from %(source)s to %(target)s registered.") % {
            "source": source,
            "target": target,
        }
    codes = {
        Outcome.NO_LINK: FAULT_NO_LINK,
        Outcome.SOURCE_MISSING: FAULT_SOURCE_MISSING,
        Outcome.REJECTED: FAULT_SOURCE_MISSING,
        Outcome.BLOCKED: FAULT_ACCESS_DENIED,
        Outcome.UPSTREAM: FAULT_UPSTREAM,
    }
    raise Fault(
        codes.get(Outcome(outcome) if outcome else Outcome.UPSTREAM, FAULT_GENERIC),
        reason or _("Failed."),
    )


def handle(body: bytes, client_ip: str = "") -> bytes:
    """Answer one XML-RPC request body with a response or a fault document."""
    try:
        method, params = parse_call(body)
        if method == "pingback.ping":
            if len(params) != 2:
                raise Fault(FAULT_PARAMS, _("pingback.ping takes two strings: source and target."))
            return response_xml(ping(params[0], params[1], client_ip))
        if method == "system.listMethods":
            return response_xml(["pingback.ping", "system.listMethods"])
        raise Fault(FAULT_NO_METHOD, _("Unknown method."))
    except Fault as fault:
        return fault_xml(fault.code, fault.message)
