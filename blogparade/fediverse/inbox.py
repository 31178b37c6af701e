"""Incoming activities: checked in the request (size, JSON, signature, actor = key owner,
blocked instances, limits, replays), then taken in by a background task.

* ``Follow`` of a parade (or the instance) → a follower, ``Accept`` sent back, and the call
  delivered to the new follower; ``Undo`` of it → no longer a follower.
* ``Create`` of a public or unlisted Note or Article that mentions the parade or links to
  its call → a contribution through the one intake (kind "fediverse post"), verified and
  described like any post; a reply to the call's Note → a comment in the call's thread.
  Followers-only posts and direct messages are never taken in.
* ``Update`` → described again; ``Delete`` (or a ``Tombstone``) → the entry leaves; the
  deletion of an actor takes their follows and entries out (GDPR).
"""

from __future__ import annotations

import html
import logging
import re
from datetime import UTC, datetime, timedelta
from urllib.parse import urlsplit

import httpx
import nh3
from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from django_tasks import task

from blogparade.contributions import intake
from blogparade.contributions.models import Contribution
from blogparade.contributions.pipeline import Page
from blogparade.core.signals import pages_changed, reply_received
from blogparade.fediverse import actors, remote
from blogparade.fediverse.models import (
    Follower,
    LocalActor,
    Reaction,
    RemoteActor,
    RemoteObject,
    SeenActivity,
)
from blogparade.fediverse.signatures import Request, SignatureError, resolve_and_verify
from blogparade.fetch.client import FetchResult
from blogparade.parades.models import Parade, ParadeState

logger = logging.getLogger("blogparade.fediverse")

MAX_BODY = 256_000
_HREF = re.compile(r'href="([^"]{1,2000})"')
POST_TYPES = {"Note", "Article", "Page"}


class Refused(Exception):
    """The request is refused: ``status`` (400, 401, 403, 413, 429) and why."""

    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status = status


def _id(value: object) -> str:
    if isinstance(value, dict):
        value = value.get("id")
    return value if isinstance(value, str) else ""


def _on_domains(host: str, domains: object) -> bool:
    """Is ``host`` one of ``domains``, or a subdomain of one?"""
    host = host.lower()
    return any(host == d or host.endswith("." + d) for d in domains)


def blocked_by_host(local: LocalActor, uri: str) -> bool:
    """Has the parade's host blocked the instance of ``uri``?"""
    domains = {d.strip().lower().lstrip("@") for d in local.blocked_instances.split() if d.strip()}
    return _on_domains(urlsplit(uri).hostname or "", domains)


def _blocked(host: str) -> bool:
    """Has the operator blocked this instance (``BLOGPARADE_FEDIVERSE_BLOCKED``)?"""
    return _on_domains(host, settings.FEDIVERSE_BLOCKED)


def _call_of(note_uri: str) -> Parade | None:
    """The parade whose call's Note is ``note_uri`` (``…/ap/p/<slug>/call``), while it is in
    the fediverse."""
    if "/ap/p/" not in note_uri:
        return None
    slug = note_uri.rstrip("/").rsplit("/", 2)[-2]
    parade = Parade.objects.filter(slug=slug).first()
    if parade is None or actors.note_uri(parade) != note_uri or not actors.federated(parade):
        return None
    return parade


def check(method: str, url: str, headers: dict[str, str], body: bytes) -> tuple[dict, RemoteActor]:
    """Check an incoming POST; the activity and its (verified) actor. Raises :class:`Refused`."""
    from blogparade.core import ratelimit
    from blogparade.core.inputs import MalformedInput, parse_json

    if len(body) > MAX_BODY:
        raise Refused(413, "The activity is too large.")
    try:
        activity = parse_json(body)
    except (MalformedInput, ValueError, UnicodeDecodeError):
        raise Refused(400, "The body is no JSON (or nested too deep).") from None
    if not isinstance(activity, dict) or not isinstance(activity.get("type"), str):
        raise Refused(400, "The body is no activity.")
    actor_id = _id(activity.get("actor"))
    if not actor_id:
        raise Refused(400, "The activity names no actor.")
    host = (urlsplit(actor_id).hostname or "").lower()
    if _blocked(host):
        raise Refused(403, "This instance is blocked here.")
    if not ratelimit.allow("fediverse-instance", host):
        raise Refused(429, "Too many activities from this instance.")
    request = Request(method, url, headers, body)

    def key(key_id: str, fresh: bool) -> str:
        # the key lives with its actor: nothing is fetched from a third server on its behalf
        if not remote.same_origin(key_id, actor_id):
            raise SignatureError("The key is not on the actor's server.")
        try:
            return remote.actor_for_key(key_id, fresh=fresh).public_key_pem
        except remote.RemoteError as exc:
            raise SignatureError(f"The key cannot be had: {exc}") from None

    try:
        key_id = resolve_and_verify(request, key)
    except SignatureError as exc:
        raise Refused(401, str(exc)) from None
    sender = RemoteActor.objects.filter(key_id=key_id).order_by("-fetched_at").first()
    if sender is None or sender.uri != actor_id:
        raise Refused(401, "The activity's actor is not the key's owner.")
    return activity, sender


def accept(activity: dict, sender: RemoteActor, local: LocalActor | None) -> bool:
    """Remember the activity (a replay is ignored) and queue it; False for a replay."""
    uri = _id(activity)
    if uri:
        try:
            with transaction.atomic():
                SeenActivity.objects.create(uri=uri[:2000])
        except IntegrityError:
            return False
    transaction.on_commit(
        lambda: take_activity.enqueue(activity, sender.pk, local.pk if local else None)
    )
    return True


@task()
def take_activity(activity: dict, sender_id: int, local_id: int | None) -> str:
    """Task: take in one checked activity."""
    sender = RemoteActor.objects.filter(pk=sender_id).first()
    if sender is None:
        return "unknown sender"
    local = LocalActor.objects.select_related("parade").filter(pk=local_id).first()
    if local is not None and blocked_by_host(local, sender.uri):
        return "blocked by the host"
    kind = activity.get("type")
    handler = {
        "Follow": _follow,
        "Undo": _undo,
        "Create": _create,
        "Update": _update,
        "Delete": _delete,
        "Like": _react,
        "Announce": _react,
    }.get(kind)
    if handler is None:
        return "ignored"
    try:
        return handler(activity, sender, local)
    except remote.RemoteError as exc:
        logger.info("%s from %s not taken: %s", kind, sender.uri, exc)
        return "remote error"


# --- follows --------------------------------------------------------------------------------


def _local_for(uri: str) -> LocalActor | None:
    """Our actor with this URI, if it is in the fediverse."""
    base = actors.base() + "/ap/"
    if not uri.startswith(base):
        return None
    rest = uri[len(base) :].strip("/")
    if rest == "instance":
        return actors.local_actor(None)
    if rest.startswith("p/") and rest.count("/") == 1:
        parade = Parade.objects.filter(slug=rest[2:]).first()
        if parade is not None and actors.federated(parade):
            return actors.local_actor(parade)
    return None


def accept_follower(follower: Follower) -> None:
    """Send the follower the ``Accept`` of their ``Follow``, and the call while it is open."""
    from blogparade.fediverse.delivery import deliver

    target = follower.actor
    uri = actors.actor_uri(target.parade)
    accept_activity = {
        "@context": actors.CONTEXT,
        "id": f"{uri}#accepts/{follower.pk}",
        "type": "Accept",
        "actor": uri,
        "object": {
            "id": follower.follow_id,
            "type": "Follow",
            "actor": follower.remote.uri,
            "object": uri,
        },
    }
    deliver(target, accept_activity, [follower.remote.inbox])
    if target.parade is not None and target.parade.state == ParadeState.OPEN:
        # the call, for the new follower to see in their timeline (those who follow before
        # it opens are sent it when it opens)
        deliver(target, actors.create_of(actors.call_note(target.parade)), [follower.remote.inbox])


def reject_follower(follower: Follower) -> None:
    from blogparade.fediverse.delivery import deliver

    uri = actors.actor_uri(follower.actor.parade)
    deliver(
        follower.actor,
        {
            "@context": actors.CONTEXT,
            "id": f"{uri}#rejects/{follower.pk}",
            "type": "Reject",
            "actor": uri,
            "object": {"id": follower.follow_id, "type": "Follow", "actor": follower.remote.uri,
                       "object": uri},
        },
        [follower.remote.inbox],
    )  # fmt: skip
    follower.delete()


def _follow(activity: dict, sender: RemoteActor, local: LocalActor | None) -> str:
    target = _local_for(_id(activity.get("object")))
    if target is None:
        return "no such actor"
    if blocked_by_host(target, sender.uri):
        return "blocked by the host"
    follower, _created = Follower.objects.update_or_create(
        actor=target,
        remote=sender,
        defaults={"follow_id": _id(activity)[:2000]},
        create_defaults={"follow_id": _id(activity)[:2000], "pending": target.approve_followers},
    )
    if follower.pending:
        return "held for the host"
    accept_follower(follower)
    return "followed"


def _undo(activity: dict, sender: RemoteActor, local: LocalActor | None) -> str:
    inner = activity.get("object")
    kind = inner.get("type") if isinstance(inner, dict) else ""
    gone = Reaction.objects.filter(remote=sender, uri=_id(inner))
    if kind in ("Like", "Announce") or (not kind and gone.exists()):
        parades = list(gone.values_list("parade_id", flat=True))
        gone.delete()
        pages_changed.send(sender=Reaction, parade_ids=parades, directory=False)
        return "reaction undone"
    if kind == "Follow" or (not kind and isinstance(inner, str)):
        follows = Follower.objects.filter(remote=sender)
        followed = _local_for(_id(inner.get("object"))) if isinstance(inner, dict) else None
        if followed is not None:
            follows = follows.filter(actor=followed)
        elif isinstance(inner, str):
            follows = follows.filter(follow_id=inner)
        follows.delete()
        return "unfollowed"
    return "ignored"


def _react(activity: dict, sender: RemoteActor, local: LocalActor | None) -> str:
    """A like or a boost of a call's Note counts as a reaction on the call page."""
    parade = _call_of(_id(activity.get("object")))
    if parade is None:
        return "not a call of ours"
    kind = Reaction.Kind.LIKE if activity.get("type") == "Like" else Reaction.Kind.BOOST
    Reaction.objects.update_or_create(
        parade=parade,
        remote=sender,
        kind=kind,
        defaults={"uri": (_id(activity) or f"{sender.uri}#{kind}/{parade.pk}")[:2000]},
    )
    pages_changed.send(sender=Reaction, parade_ids=[parade.pk], directory=False)
    return kind


# --- posts ----------------------------------------------------------------------------------


def _public(obj: dict) -> bool:
    audience = []
    for name in ("to", "cc"):
        value = obj.get(name)
        audience += value if isinstance(value, list) else [value]
    return any(isinstance(a, str) and a in actors.PUBLIC_NAMES for a in audience)


def _authentic(obj: object, sender: RemoteActor) -> dict | None:
    """The object as its author's server has it: the copy in a signed activity when the
    sender wrote it and it lives on the sender's server, else fetched from there."""
    if (
        isinstance(obj, dict)
        and _id(obj.get("attributedTo")) == sender.uri
        and remote.same_origin(_id(obj), sender.uri)
    ):
        return obj
    uri = _id(obj)
    if not uri or not remote.same_origin(uri, sender.uri):
        return None
    try:
        fetched = remote.get_document(uri)
    except remote.RemoteError:
        return None
    return fetched if _id(fetched.get("attributedTo")) == sender.uri else None


def _parades_of(obj: dict) -> tuple[list[Parade], bool]:
    """The parades a post answers, and whether it is a reply to a call's Note."""
    called = _call_of(_id(obj.get("inReplyTo")))
    if called is not None:
        return [called], True
    found: list[Parade] = []
    mentioned = set()
    tags = obj.get("tag") or []
    for tag in tags if isinstance(tags, list) else [tags]:
        if isinstance(tag, dict) and tag.get("type") == "Mention":
            mentioned.add(_id(tag.get("href")) or str(tag.get("href") or ""))
    for uri in mentioned:
        local = _local_for(uri)
        if local is not None and local.parade is not None and local.parade not in found:
            found.append(local.parade)
    # the parade's hashtag (its rules decide whether a post without a link to the call counts)
    hashtags = {
        str(tag.get("name") or "").lstrip("#").lower()
        for tag in (tags if isinstance(tags, list) else [tags])
        if isinstance(tag, dict) and tag.get("type") == "Hashtag"
    } - {""}
    if hashtags:
        now = timezone.now()
        for parade in Parade.objects.exclude(hashtag="").filter(
            opens_at__lte=now, closes_at__gt=now - timedelta(days=30)
        ):
            tag = parade.hashtag.lstrip("#").lower()
            if tag in hashtags and parade not in found and actors.federated(parade):
                found.append(parade)
    # links to a call in the text: its page here, or its address on the host's blog
    own = actors.base() + "/p/"
    for href in _HREF.findall(str(obj.get("content") or ""))[:20]:
        href = html.unescape(href)
        if href.startswith(own):
            slug = href[len(own) :].split("/", 1)[0]
            candidates = list(Parade.objects.filter(slug=slug))
        else:
            candidates = Parade.objects.with_call_url(href)
        for parade in candidates:
            if parade not in found and actors.federated(parade):
                found.append(parade)
    return found, False


def _page(obj: dict, sender: RemoteActor, url: str, status: int = 200) -> Page:
    """The post as a page the pipeline reads: an h-entry with its author, date and content
    (sanitised by the pipeline like any page)."""
    content = str(obj.get("content") or "")
    attachments = obj.get("attachment") or []
    for item in (attachments if isinstance(attachments, list) else [attachments])[:10]:
        media = remote.first_url(item)  # media are shown as links, never embedded
        if urlsplit(media).scheme in ("http", "https"):
            label = html.escape(str(item.get("name") or "") if isinstance(item, dict) else "")
            content += f'<p><a href="{html.escape(media)}">{label or html.escape(media)}</a></p>'
    name = str(obj.get("name") or "") if obj.get("type") == "Article" else ""
    author = html.escape(sender.name or sender.username or sender.uri)
    published = html.escape(str(obj.get("published") or ""))
    title = f'<h1 class="p-name">{html.escape(name)}</h1>' if name else ""
    document = (
        f'<!doctype html><html><head><meta charset="utf-8">'
        f"<title>{html.escape(name or author)}</title></head><body>"
        f'<article class="h-entry">{title}'
        f'<a class="p-author h-card" href="{html.escape(sender.url or sender.uri)}">{author}</a>'
        f'<time class="dt-published" datetime="{published}">{published}</time>'
        f'<div class="e-content">{content}</div>'
        f'<a class="u-url" href="{html.escape(url)}"></a></article></body></html>'
    )
    result = FetchResult(
        url=url,
        final_url=url,
        status=status,
        headers=httpx.Headers({"content-type": "text/html; charset=utf-8"}),
        content=document.encode() if status == 200 else b"",
        truncated=False,
    )
    return Page(result)


def _post_url(obj: dict) -> str:
    url = remote.first_url(obj.get("url")) or _id(obj)
    return url if urlsplit(url).scheme in ("http", "https") else ""


def _take_post(obj: dict, sender: RemoteActor, *, update: bool = False) -> str:
    if obj.get("type") not in POST_TYPES:
        return "not a post"
    if not _public(obj):
        return "not public"  # followers-only posts and direct messages never become public
    parades, is_reply = _parades_of(obj)
    url = _post_url(obj)
    if not parades or not url:
        return "not for a parade"
    uri = _id(obj)[:2000]
    for parade in parades:
        if blocked_by_host(actors.local_actor(parade), sender.uri):
            continue
        if is_reply:
            reply_received.send(
                sender=RemoteObject,
                source=url,
                target=parade.absolute_url(),
                author_name=sender.name or sender.username,
                author_url=sender.url or sender.uri,
                published=_published(obj),
                content_html=nh3.clean(str(obj.get("content") or "")),
            )
            RemoteObject.objects.update_or_create(
                uri=uri, defaults={"url": url, "actor": sender, "parade": parade, "reply": True}
            )
            continue
        page = _page(obj, sender, url)
        known = RemoteObject.objects.filter(uri=uri, contribution__isnull=False).first()
        if known is not None and known.contribution is not None:
            intake.check_again(known.contribution, page=page)
            continue
        contribution = intake.accept(
            parade, url, Contribution.Channel.FEDIVERSE, page=page, described={"kind": "fediverse"}
        )
        RemoteObject.objects.update_or_create(
            uri=uri,
            defaults={"url": url, "actor": sender, "parade": parade, "contribution": contribution},
        )
    return "reply" if is_reply else "updated" if update else "contribution"


def _published(obj: dict) -> datetime | None:
    try:
        value = datetime.fromisoformat(str(obj.get("published") or "").replace("Z", "+00:00"))
    except ValueError:
        return None
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def _create(activity: dict, sender: RemoteActor, local: LocalActor | None) -> str:
    obj = _authentic(activity.get("object"), sender)
    return "not authentic" if obj is None else _take_post(obj, sender)


def _update(activity: dict, sender: RemoteActor, local: LocalActor | None) -> str:
    obj = activity.get("object")
    if isinstance(obj, dict) and obj.get("type") in ("Person", "Service", "Application", "Group"):
        if _id(obj) == sender.uri:
            remote.actor(sender.uri, fresh=True)
        return "actor updated"
    obj = _authentic(obj, sender)
    return "not authentic" if obj is None else _take_post(obj, sender, update=True)


def _delete(activity: dict, sender: RemoteActor, local: LocalActor | None) -> str:
    uri = _id(activity.get("object"))
    if uri == sender.uri:  # the account is gone: its follows and entries go with it
        objects = list(RemoteObject.objects.filter(actor=sender))
        for item in objects:
            _remove(item, sender)
        Follower.objects.filter(remote=sender).delete()
        parades = list(sender.reactions.values_list("parade_id", flat=True))
        sender.reactions.all().delete()
        pages_changed.send(sender=Reaction, parade_ids=parades, directory=False)
        return "actor deleted"
    if not remote.same_origin(uri, sender.uri):
        return "not theirs"
    item = RemoteObject.objects.filter(uri=uri, actor=sender).first()
    if item is None:
        return "unknown"
    _remove(item, sender)
    return "deleted"


def _remove(item: RemoteObject, sender: RemoteActor) -> None:
    if item.reply:
        reply_received.send(
            sender=RemoteObject, source=item.url, target=item.parade.absolute_url(), gone=True
        )
    elif item.contribution is not None:
        intake.check_again(item.contribution, page=_page({}, sender, item.url, status=410))
    item.delete()


def forget_seen_activities(days: int = 30) -> int:
    """Periodic: activity ids older than ``days`` are forgotten (a replay that old fails the
    signature's date check anyway)."""
    from datetime import timedelta

    cutoff = timezone.now() - timedelta(days=days)
    deleted, _ = SeenActivity.objects.filter(received_at__lt=cutoff).delete()
    return deleted
