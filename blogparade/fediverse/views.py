"""WebFinger, NodeInfo, the actors and their collections, the call's Note, and the inboxes."""

from __future__ import annotations

import json
import re

from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_POST

from blogparade.core.csrf import origin_checked
from blogparade.fediverse import actors, inbox
from blogparade.fediverse.models import LocalActor
from blogparade.parades.models import Parade


def _activity(document: dict, status: int = 200) -> HttpResponse:
    response = HttpResponse(
        json.dumps(document), content_type=actors.CONTENT_TYPE + "; charset=utf-8", status=status
    )
    response["Access-Control-Allow-Origin"] = "*"
    response["Vary"] = "Accept"
    return response


def _wants_activity(request: HttpRequest) -> bool:
    accept = request.headers.get("Accept", "")
    return "activity+json" in accept or "ld+json" in accept


def _parade(slug: str) -> Parade:
    if not settings.FEDIVERSE:
        raise Http404
    parade = get_object_or_404(Parade.objects.select_related("host"), slug=slug)
    if not actors.federated(parade):
        raise Http404
    return parade


@require_GET
def webfinger(request: HttpRequest) -> HttpResponse:
    """``/.well-known/webfinger?resource=acct:slug@host`` (or the actor's or call's URL)."""
    if not settings.FEDIVERSE:
        raise Http404
    resource = request.GET.get("resource", "").strip()
    if not resource:
        return JsonResponse({"error": "resource is required"}, status=400)
    parade = None
    if resource.startswith("acct:"):
        user, _, host = resource[5:].lstrip("@").rpartition("@")
        if host.lower() != settings.BASE_HOST.lower():
            raise Http404
        if user != actors.instance_username():
            parade = Parade.objects.filter(slug=user).first()
            if parade is None:
                raise Http404
    else:
        parade = next(
            (
                p
                for p in Parade.objects.filter(slug=resource.rstrip("/").rsplit("/", 1)[-1])
                if resource in (actors.actor_uri(p), p.absolute_url())
            ),
            None,
        )
        if parade is None and resource != actors.actor_uri(None):
            raise Http404
    if parade is not None and not actors.federated(parade):
        raise Http404
    username = parade.slug if parade else actors.instance_username()
    uri = actors.actor_uri(parade)
    document = {
        "subject": f"acct:{username}@{settings.BASE_HOST}",
        "aliases": [uri] + ([parade.absolute_url()] if parade else []),
        "links": [
            {"rel": "self", "type": actors.CONTENT_TYPE, "href": uri},
            {
                "rel": "http://webfinger.net/rel/profile-page",
                "type": "text/html",
                "href": parade.absolute_url() if parade else actors.base() + "/",
            },
        ],
    }
    response = JsonResponse(document, content_type="application/jrd+json")
    response["Access-Control-Allow-Origin"] = "*"
    return response


@require_GET
def nodeinfo_links(request: HttpRequest) -> JsonResponse:
    if not settings.FEDIVERSE:
        raise Http404
    return JsonResponse(
        {
            "links": [
                {
                    "rel": "http://nodeinfo.diaspora.software/ns/schema/2.1",
                    "href": actors.base() + reverse("fediverse:nodeinfo"),
                }
            ]
        }
    )


@require_GET
def nodeinfo(request: HttpRequest) -> JsonResponse:
    from importlib import metadata

    if not settings.FEDIVERSE:
        raise Http404
    try:
        version = metadata.version("blogparade")
    except metadata.PackageNotFoundError:
        version = "0"
    parades = Parade.objects.listed().count()
    document = {
        "version": "2.1",
        "software": {
            "name": "blogparade",
            "version": version,
            "homepage": actors.base() + "/",
        },
        "protocols": ["activitypub"],
        "services": {"inbound": [], "outbound": ["atom1.0", "rss2.0"]},
        "openRegistrations": False,
        "usage": {"users": {"total": parades}, "localPosts": parades},
        "metadata": {"nodeName": settings.BASE_HOST},
    }
    response = JsonResponse(document)
    response["Content-Type"] = (
        'application/json; profile="http://nodeinfo.diaspora.software/ns/schema/2.1#"'
    )
    return response


@require_GET
def actor(request: HttpRequest, slug: str) -> HttpResponse:
    uri = actors.base() + request.path
    retired = LocalActor.objects.filter(retired_uri=uri).first()
    if retired is not None and settings.FEDIVERSE:
        # a deleted parade: gone, with the key its Delete was signed with
        return _activity(
            {
                "@context": actors.CONTEXT,
                "id": uri,
                "type": "Tombstone",
                "publicKey": {
                    "id": uri + "#main-key",
                    "owner": uri,
                    "publicKeyPem": retired.public_key_pem,
                },
            },
            status=410,
        )
    parade = _parade(slug)
    if not _wants_activity(request):
        return HttpResponseRedirect(parade.get_absolute_url())
    return _activity(actors.actor_document(parade))


@require_GET
def instance(request: HttpRequest) -> HttpResponse:
    if not settings.FEDIVERSE:
        raise Http404
    if not _wants_activity(request):
        return HttpResponseRedirect("/")
    return _activity(actors.actor_document(None))


@require_GET
def call(request: HttpRequest, slug: str) -> HttpResponse:
    parade = _parade(slug)
    if not _wants_activity(request):
        return HttpResponseRedirect(parade.get_absolute_url())
    note = actors.call_note(parade)
    return _activity({"@context": actors.CONTEXT, **note})


@require_GET
def header(request: HttpRequest, slug: str) -> HttpResponse:
    parade = _parade(slug)
    response = HttpResponse(actors.header_png(parade), content_type="image/png")
    response["Cache-Control"] = "public, max-age=86400"
    return response


@require_GET
def outbox(request: HttpRequest, slug: str) -> HttpResponse:
    parade = _parade(slug)
    uri = actors.actor_uri(parade) + "/outbox"
    return _activity(actors.collection(uri, [actors.create_of(actors.call_note(parade))]))


@require_GET
def featured(request: HttpRequest, slug: str) -> HttpResponse:
    parade = _parade(slug)
    note = actors.call_note(parade)
    return _activity(actors.collection(actors.actor_uri(parade) + "/featured", [note]))


@require_GET
def followers(request: HttpRequest, slug: str) -> HttpResponse:
    parade = _parade(slug)
    local = LocalActor.objects.filter(parade=parade).first()
    total = local.followers.count() if local else 0
    # the count only: who follows a parade is theirs to tell
    return _activity(actors.collection(actors.actor_uri(parade) + "/followers", [], total=total))


@require_GET
def following(request: HttpRequest, slug: str) -> HttpResponse:
    parade = _parade(slug)
    return _activity(actors.collection(actors.actor_uri(parade) + "/following", [], total=0))


def _receive(request: HttpRequest, local: LocalActor | None) -> HttpResponse:
    headers = {k.lower(): v for k, v in request.headers.items()}
    url = actors.base() + request.get_full_path()
    try:
        activity, sender = inbox.check(request.method or "POST", url, headers, request.body)
    except inbox.Refused as refused:
        response = JsonResponse({"error": str(refused)}, status=refused.status)
        if refused.status == 429:
            response["Retry-After"] = "60"
        return response
    inbox.accept(activity, sender, local)
    return HttpResponse(status=202)


@csrf_exempt
@require_POST
def parade_inbox(request: HttpRequest, slug: str) -> HttpResponse:
    parade = _parade(slug)
    return _receive(request, actors.local_actor(parade))


@csrf_exempt
@require_POST
def shared_inbox(request: HttpRequest) -> HttpResponse:
    if not settings.FEDIVERSE:
        raise Http404
    return _receive(request, None)


@csrf_exempt
@require_POST
def instance_inbox(request: HttpRequest) -> HttpResponse:
    if not settings.FEDIVERSE:
        raise Http404
    return _receive(request, actors.local_actor(None))


_HANDLE = re.compile(r"@?([A-Za-z0-9_.~-]{1,100})@([A-Za-z0-9.-]{1,253}(?::[0-9]{1,5})?)")


@origin_checked
@require_POST
def remote_follow(request: HttpRequest, slug: str) -> HttpResponse:
    """ "Follow from your account": ask the reader's server (WebFinger) where its users follow
    someone, and send them there with this parade's address."""
    from urllib.parse import quote

    from django.contrib import messages
    from django.utils.translation import gettext as _

    from blogparade.core import ratelimit
    from blogparade.core.clientip import client_ip
    from blogparade.fediverse import remote

    parade = _parade(slug)
    back = parade.get_absolute_url() + "#follow"
    match = _HANDLE.fullmatch(request.POST.get("handle", "").strip())
    if match is None:
        messages.error(request, _("Enter your fediverse address, such as @you@mastodon.social."))
        return HttpResponseRedirect(back)
    wait = ratelimit.over("remote-follow-ip", client_ip(request))
    if wait is not None:
        messages.error(request, ratelimit.try_again_in(wait))
        return HttpResponseRedirect(back)
    user, host = match.group(1), match.group(2).lower()
    try:
        template = remote.subscribe_template(user, host)
    except remote.RemoteError:
        messages.error(
            request,
            _(
                "%(host)s did not say how to follow from there. Search for %(handle)s on your "
                "server instead."
            )
            % {"host": host, "handle": actors.handle(parade)},
        )
        return HttpResponseRedirect(back)
    return HttpResponseRedirect(template.replace("{uri}", quote(actors.actor_uri(parade), safe="")))
