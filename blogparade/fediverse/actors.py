"""Our actors and the documents that describe them: each parade is ``@slug@host``, the
instance is ``@host@host`` (the directory). Addresses live under ``/ap/``.

Documents follow ActivityStreams 2.0 as Mastodon reads them (plain JSON with the AS context
and Mastodon's ``PropertyValue`` and ``featured`` terms; no JSON-LD processing is needed to
read or write them).
"""

from __future__ import annotations

import html

from django.conf import settings
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import override

from blogparade.fediverse.models import LocalActor
from blogparade.fediverse.signatures import generate_key
from blogparade.parades.models import Parade

AS_PUBLIC = "https://www.w3.org/ns/activitystreams#Public"
PUBLIC_NAMES = {AS_PUBLIC, "as:Public", "Public"}
CONTEXT = [
    "https://www.w3.org/ns/activitystreams",
    "https://w3id.org/security/v1",
    {
        "manuallyApprovesFollowers": "as:manuallyApprovesFollowers",
        "toot": "http://joinmastodon.org/ns#",
        "featured": {"@id": "toot:featured", "@type": "@id"},
        "discoverable": "toot:discoverable",
        "schema": "http://schema.org#",
        "PropertyValue": "schema:PropertyValue",
        "value": "schema:value",
        "Hashtag": "as:Hashtag",
    },
]
CONTENT_TYPE = "application/activity+json"


def base() -> str:
    return settings.BASE_URL.rstrip("/")


def instance_username() -> str:
    return settings.BASE_HOST


def actor_uri(parade: Parade | None) -> str:
    if parade is None:
        return base() + reverse("fediverse:instance")
    return base() + reverse("fediverse:actor", kwargs={"slug": parade.slug})


def key_id(parade: Parade | None) -> str:
    return actor_uri(parade) + "#main-key"


def signing_key_id(actor: LocalActor) -> str:
    """The key id an actor signs with (a deleted parade's actor keeps its address)."""
    if actor.retired_uri:
        return actor.retired_uri + "#main-key"
    return key_id(actor.parade)


def note_uri(parade: Parade) -> str:
    return base() + reverse("fediverse:call", kwargs={"slug": parade.slug})


def handle(parade: Parade) -> str:
    return f"@{parade.slug}@{settings.BASE_HOST}"


def local_actor(parade: Parade | None) -> LocalActor:
    """The actor of ``parade`` (or the instance's), created with its key on first use."""
    existing = LocalActor.objects.filter(parade=parade, retired_uri="").first()
    if existing is not None:
        return existing
    private, public = generate_key()
    try:
        with transaction.atomic():
            return LocalActor.objects.create(
                parade=parade, private_key_pem=private, public_key_pem=public
            )
    except IntegrityError:  # created meanwhile by another request
        return LocalActor.objects.get(parade=parade)


def federated(parade: Parade) -> bool:
    """Is the parade in the fediverse (the instance allows it and its host did not turn it
    off)?"""
    if not settings.FEDIVERSE:
        return False
    known = parade.__dict__.get("_fediverse_enabled")
    if known is None:  # asked once per parade object (a page asks twice)
        enabled = LocalActor.objects.filter(parade=parade).values_list("enabled", flat=True)
        known = parade.__dict__["_fediverse_enabled"] = next(iter(enabled), True)
    return known


def _hashtag(parade: Parade) -> str:
    return (parade.hashtag or "").lstrip("#")


def call_note(parade: Parade) -> dict:
    """The call as a Note: the question, the deadline, the link and the hashtag, in the
    parade's language."""
    with override(parade.language):
        tag = _hashtag(parade)
        link = parade.absolute_url()
        parts = [
            f"<p>{html.escape(parade.title)}</p>",
            f"<p>{html.escape(parade.question)}</p>" if parade.question else "",
            "<p>"
            + html.escape(
                _("Answer on your own blog or here by %(deadline)s:")
                % {"deadline": parade.closes_at.date().isoformat()}
            )
            + f' <a href="{html.escape(link)}">{html.escape(link)}</a></p>',
        ]
        if tag:
            parts.append(
                f'<p><a href="{html.escape(link)}" class="mention hashtag" rel="tag">'
                f"#<span>{html.escape(tag)}</span></a></p>"
            )
    actor = actor_uri(parade)
    note = {
        "id": note_uri(parade),
        "type": "Note",
        "attributedTo": actor,
        "content": "".join(parts),
        "contentMap": {parade.language: "".join(parts)},
        "url": link,
        "published": parade.opens_at.isoformat().replace("+00:00", "Z"),
        "to": [AS_PUBLIC],
        "cc": [actor + "/followers"],
        "tag": [{"type": "Hashtag", "name": f"#{tag}", "href": link}] if tag else [],
    }
    return note


def create_of(note: dict) -> dict:
    return {
        "@context": CONTEXT,
        "id": note["id"] + "#create",
        "type": "Create",
        "actor": note["attributedTo"],
        "published": note["published"],
        "to": note["to"],
        "cc": note["cc"],
        "object": note,
    }


def actor_document(parade: Parade | None) -> dict:
    """The actor: profile, key, inbox and collections; profile fields for the deadline and
    the call."""
    actor = local_actor(parade)
    uri = actor_uri(parade)
    document = {
        "@context": CONTEXT,
        "id": uri,
        "inbox": uri + "/inbox",
        "outbox": uri + "/outbox",
        "followers": uri + "/followers",
        "following": uri + "/following",
        "endpoints": {"sharedInbox": base() + reverse("fediverse:shared-inbox")},
        "publicKey": {"id": uri + "#main-key", "owner": uri, "publicKeyPem": actor.public_key_pem},
        "manuallyApprovesFollowers": actor.approve_followers,
        "discoverable": True,
    }
    if parade is None:
        document.update(
            {
                "type": "Application",
                "preferredUsername": instance_username(),
                "name": "blogparade",
                "summary": html.escape(
                    _("Blog parades on %(host)s") % {"host": settings.BASE_HOST}
                ),
                "url": base() + "/",
            }
        )
        return document
    with override(parade.language):
        fields = [
            (_("Deadline"), parade.closes_at.date().isoformat()),
            (_("Take part"), _link(parade.absolute_url())),
        ]
    document.update(
        {
            "type": "Service",
            "preferredUsername": parade.slug,
            "name": parade.title,
            "summary": f"<p>{html.escape(parade.question or parade.title)}</p>",
            "url": parade.absolute_url(),
            "featured": uri + "/featured",
            "image": {
                "type": "Image",
                "mediaType": "image/png",
                "url": base() + reverse("fediverse:header", kwargs={"slug": parade.slug}),
            },
            "attachment": [
                {"type": "PropertyValue", "name": name, "value": value} for name, value in fields
            ],
        }
    )
    profile = getattr(parade.host, "host_profile", None)
    avatar = getattr(profile, "avatar", None)
    if avatar:
        document["icon"] = {"type": "Image", "url": base() + avatar.url}
    return document


def header_png(parade: Parade) -> bytes:
    """The actor's header image: a band of tiles in colours drawn from the parade's slug
    (1500×500, as Mastodon shows headers; no text, so no font is needed)."""
    import colorsys
    import hashlib
    import io

    from PIL import Image, ImageDraw

    digest = hashlib.sha256(parade.slug.encode()).digest()
    hue = digest[0] / 255

    def colour(lightness: float, shift: float = 0.0) -> tuple[int, int, int]:
        r, g, b = colorsys.hls_to_rgb((hue + shift) % 1, lightness, 0.45)
        return int(r * 255), int(g * 255), int(b * 255)

    image = Image.new("RGB", (1500, 500), colour(0.22))
    draw = ImageDraw.Draw(image)
    tile = 100
    for n in range(15 * 5):
        bit = digest[n % 32] >> (n // 32) & 1
        if bit:
            x, y = (n % 15) * tile, (n // 15) * tile
            draw.rectangle([x, y, x + tile - 1, y + tile - 1], fill=colour(0.32, 0.05 * (n % 3)))
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()


def _link(url: str) -> str:
    return f'<a href="{html.escape(url)}">{html.escape(url)}</a>'


def collection(uri: str, items: list, *, ordered: bool = True, total: int | None = None) -> dict:
    kind = "OrderedCollection" if ordered else "Collection"
    document = {
        "@context": "https://www.w3.org/ns/activitystreams",
        "id": uri,
        "type": kind,
        "totalItems": len(items) if total is None else total,
    }
    if items or total is None:
        document["orderedItems" if ordered else "items"] = items
    return document
