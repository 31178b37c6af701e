"""HTTP endpoints: ``/webmention``, its status URLs, ``/xmlrpc``. Thin: checks live in receive."""

from __future__ import annotations

from django.conf import settings
from django.core import signing
from django.http import HttpRequest, HttpResponse, HttpResponseNotAllowed, JsonResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt

from blogparade.core.clientip import client_ip
from blogparade.linkbacks import pingback
from blogparade.linkbacks.models import Mention
from blogparade.linkbacks.receive import Refused, receive_webmention

_signer = signing.Signer(salt="blogparade.linkbacks.status")


def status_url(mention: Mention) -> str:
    token = _signer.sign(str(mention.pk))
    return settings.BASE_URL.rstrip("/") + reverse("webmention-status", kwargs={"token": token})


def _text(body: str, status: int) -> HttpResponse:
    return HttpResponse(
        body.rstrip("\n") + "\n", status=status, content_type="text/plain; charset=utf-8"
    )


@csrf_exempt
@never_cache
def webmention(request: HttpRequest) -> HttpResponse:
    """Webmention receiver: 400 with a plain reason, 429 with Retry-After, or 201 + Location."""
    if request.method != "POST":
        response = HttpResponseNotAllowed(["POST"], content_type="text/plain; charset=utf-8")
        response.content = _("This is a Webmention endpoint: POST source and target.\n").encode()
        return response
    try:
        mention = receive_webmention(
            request.POST.get("source", ""), request.POST.get("target", ""), client_ip(request)
        )
    except Refused as exc:
        response = _text(exc.reason, exc.status)
        if exc.retry_after:
            response["Retry-After"] = str(exc.retry_after)
        return response
    location = status_url(mention)
    response = _text(
        _("Accepted; the mention will be verified. Progress: %(url)s") % {"url": location}, 201
    )
    response["Location"] = location
    return response


@never_cache
def webmention_status(request: HttpRequest, token: str) -> HttpResponse:
    """Progress of one mention (JSON when asked for, else plain text). Unknown token → 404."""
    try:
        pk = int(_signer.unsign(token))
    except (signing.BadSignature, ValueError):
        return _text(_("No such mention."), 404)
    mention = get_object_or_404(Mention, pk=pk)
    data = {
        "source": mention.source,
        "target": mention.target,
        "status": mention.status,
        "type": mention.type,
        "reason": mention.reason,
        "updated": mention.updated_at.isoformat(),
    }
    wants_json = request.GET.get("format") == "json" or "json" in request.headers.get("Accept", "")
    if wants_json:
        return JsonResponse(data)
    return _text("\n".join(f"{key}: {value}" for key, value in data.items()), 200)


@csrf_exempt
def xmlrpc(request: HttpRequest) -> HttpResponse:
    """Pingback 1.0 over XML-RPC; faults travel in a 200 response as the protocol wants."""
    if request.method != "POST":
        response = HttpResponseNotAllowed(["POST"], content_type="text/plain; charset=utf-8")
        response.content = _("XML-RPC server accepts POST requests only.\n").encode()
        return response
    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        length = 0
    if length > pingback.MAX_BODY:
        body = pingback.fault_xml(pingback.FAULT_PARSE, _("The request is too large."))
    else:
        body = pingback.handle(request.read(pingback.MAX_BODY + 1), client_ip(request))
    return HttpResponse(body, content_type="text/xml; charset=utf-8")
