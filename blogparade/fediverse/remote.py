"""Other servers' actors and objects, fetched through the one SSRF-safe client (signed with
the instance actor's key, for servers that ask every fetch to be signed), and cached: an
actor's key is fetched again when a signature fails with the cached one (key rotation)."""

from __future__ import annotations

import json
from datetime import timedelta
from urllib.parse import urlsplit, urlunsplit

from django.utils import timezone

from blogparade.core.inputs import MalformedInput, parse_json
from blogparade.fediverse.models import URL_MAX, RemoteActor
from blogparade.fetch.client import fetch
from blogparade.fetch.errors import FetchError

ACCEPT = 'application/activity+json, application/ld+json; profile="https://www.w3.org/ns/activitystreams"'
MAX_BYTES = 1_000_000
REFRESH_AFTER = timedelta(days=1)


class RemoteError(Exception):
    """A document could not be had, or is not what it claims to be."""


def _without_fragment(url: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, parts.path, parts.query, ""))


def same_origin(a: str, b: str) -> bool:
    pa, pb = urlsplit(a), urlsplit(b)
    return bool(pa.hostname) and (pa.hostname, pa.port) == (pb.hostname, pb.port)


def get_document(url: str) -> dict:
    """The JSON document at ``url`` (ActivityStreams), with a signed GET."""
    from blogparade.fediverse import actors
    from blogparade.fediverse.signatures import sign

    if urlsplit(url).scheme not in ("http", "https") or len(url) > URL_MAX:
        raise RemoteError(f"not an http(s) address: {url[:200]}")
    instance = actors.local_actor(None)
    headers = sign("GET", url, b"", actors.key_id(None), instance.private_key_pem)
    headers.pop("host", None)  # the client sets it
    headers["accept"] = ACCEPT
    try:
        result = fetch(
            url,
            headers=headers,
            max_bytes=MAX_BYTES,
            timeout=10,
            accept=("application/activity+json", "application/ld+json", "application/json"),
            truncate=False,
            triggered_by="fediverse",
        )
    except FetchError as exc:
        raise RemoteError(f"{url[:200]}: {exc}") from None
    if result.status != 200:
        raise RemoteError(f"{url[:200]}: HTTP {result.status}")
    try:
        document = parse_json(result.content)
    except (MalformedInput, ValueError, UnicodeDecodeError) as exc:
        raise RemoteError(f"{url[:200]}: {exc}") from None
    if not isinstance(document, dict):
        raise RemoteError(f"{url[:200]}: not a JSON object")
    if not same_origin(str(document.get("id") or ""), result.final_url):
        raise RemoteError(f"{url[:200]}: its id is on another server")
    return document


def first_url(value: object) -> str:
    """A URL out of an AS2 ``url``/``icon`` value (a string, a Link, an Image, a list)."""
    if isinstance(value, list):
        for item in value:
            found = first_url(item)
            if found:
                return found
        return ""
    if isinstance(value, dict):
        return first_url(value.get("href") or value.get("url") or "")
    return value if isinstance(value, str) and len(value) <= URL_MAX else ""


def _store_actor(document: dict) -> RemoteActor:
    uri = str(document.get("id") or "")
    key = document.get("publicKey")
    if isinstance(key, list):
        key = next((k for k in key if isinstance(k, dict)), None)
    if not isinstance(key, dict) or str(key.get("owner") or uri) != uri:
        raise RemoteError(f"{uri[:200]}: no key of its own")
    inbox = str(document.get("inbox") or "")
    if not inbox or not same_origin(inbox, uri):
        raise RemoteError(f"{uri[:200]}: no inbox on its server")
    endpoints = document.get("endpoints") if isinstance(document.get("endpoints"), dict) else {}
    shared = str(endpoints.get("sharedInbox") or "")
    values = {
        "inbox": inbox[:URL_MAX],
        "shared_inbox": shared[:URL_MAX] if shared and same_origin(shared, uri) else "",
        "key_id": str(key.get("id") or uri + "#main-key")[:URL_MAX],
        "public_key_pem": str(key.get("publicKeyPem") or ""),
        "username": str(document.get("preferredUsername") or "")[:200],
        "name": str(document.get("name") or "")[:200],
        "url": first_url(document.get("url")),
        "icon": first_url(document.get("icon")),
        "fetched_at": timezone.now(),
    }
    actor, _created = RemoteActor.objects.update_or_create(uri=uri[:URL_MAX], defaults=values)
    return actor


def actor(uri: str, *, fresh: bool = False) -> RemoteActor:
    """The actor ``uri``, from the cache unless ``fresh`` or a day old."""
    uri = _without_fragment(uri)
    known = RemoteActor.objects.filter(uri=uri).first()
    if known is not None and not fresh and timezone.now() - known.fetched_at < REFRESH_AFTER:
        return known
    return _store_actor(get_document(uri))


def actor_for_key(key_id: str, *, fresh: bool = False) -> RemoteActor:
    """The actor whose key is ``key_id`` (Mastodon's ``…/users/x#main-key``, or a key
    document of its own with an ``owner``)."""
    if not fresh:
        known = RemoteActor.objects.filter(key_id=key_id).first()
        if known is not None:
            return known
    document = get_document(_without_fragment(key_id))
    if "inbox" not in document and isinstance(document.get("owner"), str):
        owner = document["owner"]
        if not same_origin(owner, key_id):
            raise RemoteError("the key's owner is on another server")
        document = get_document(owner)
    stored = _store_actor(document)
    if stored.key_id != key_id:
        raise RemoteError("the actor does not have this key")
    return stored


def summary(document: dict) -> str:
    return json.dumps(document)[:300]


SUBSCRIBE = "http://ostatus.org/schema/1.0/subscribe"


def subscribe_template(user: str, host: str) -> str:
    """Where ``@user@host`` follows someone: the ``{uri}`` template their server gives in
    WebFinger (Mastodon's "authorize interaction" page), on that same server."""
    from urllib.parse import quote

    url = f"https://{host}/.well-known/webfinger?resource=" + quote(f"acct:{user}@{host}")
    try:
        result = fetch(
            url,
            max_bytes=100_000,
            timeout=10,
            accept=("application/jrd+json", "application/json"),
            triggered_by="fediverse-remote-follow",
        )
    except FetchError as exc:
        raise RemoteError(f"{host}: {exc}") from None
    if result.status != 200:
        raise RemoteError(f"{host}: HTTP {result.status}")
    try:
        document = parse_json(result.content)
    except (MalformedInput, ValueError, UnicodeDecodeError) as exc:
        raise RemoteError(f"{host}: {exc}") from None
    links = document.get("links") if isinstance(document, dict) else None
    for link in links if isinstance(links, list) else []:
        if not isinstance(link, dict) or link.get("rel") != SUBSCRIBE:
            continue
        template = str(link.get("template") or "")
        parts = urlsplit(template)
        if "{uri}" in template and parts.scheme == "https" and parts.netloc == host:
            return template
    raise RemoteError(f"{host} does not say how to follow from there")
