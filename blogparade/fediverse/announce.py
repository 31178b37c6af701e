"""What followers are sent without anyone asking: the call when the parade opens (and an
``Update`` when it is edited), a reminder three days before the deadline, each contribution
once it is listed, and the roundup once it is published."""

from __future__ import annotations

import html
from datetime import timedelta

from django.utils import timezone

from blogparade.contributions.models import Contribution
from blogparade.fediverse import actors
from blogparade.fediverse.delivery import deliver, follower_inboxes, to_followers
from blogparade.fediverse.models import Announced, LocalActor, RemoteObject


def announce_calls() -> int:
    """Periodic: the call of each parade that has opened, once, to its followers."""
    now = timezone.now()
    due = LocalActor.objects.select_related("parade").filter(
        enabled=True,
        parade__isnull=False,
        call_announced_at__isnull=True,
        parade__opens_at__lte=now,
        parade__closes_at__gt=now,
    )
    sent = 0
    for actor in due:
        # those who followed before it opened; a later follower is sent the call at once
        early = actor.followers.filter(created_at__lt=actor.parade.opens_at)
        inboxes = follower_inboxes(actor, early)
        note = actors.call_note(actor.parade)
        if inboxes:
            deliver(actor, actors.create_of(note), inboxes)
            sent += 1
        LocalActor.objects.filter(pk=actor.pk).update(
            call_announced_at=now, note_digest=note_digest(note)
        )
    return sent


def contribution_activity(actor: LocalActor, contribution: Contribution) -> dict:
    """A boost of the author's own post when it came from the fediverse, else a short Note
    in the parade's language that links to it."""
    from django.utils.translation import gettext as _
    from django.utils.translation import override

    parade = actor.parade
    uri = actors.actor_uri(parade)
    own = RemoteObject.objects.filter(contribution=contribution, reply=False).first()
    if own is not None:
        return {
            "@context": "https://www.w3.org/ns/activitystreams",
            "id": f"{uri}/contributions/{contribution.pk}/announce",
            "type": "Announce",
            "actor": uri,
            "published": timezone.now().isoformat(),
            "to": [actors.AS_PUBLIC],
            "cc": [uri + "/followers", own.actor.uri],
            "object": own.uri,
        }
    with override(parade.language):
        title = contribution.title or contribution.url
        author = contribution.author_name
        text = (
            _("New in the parade: “%(title)s” by %(author)s")
            if author
            else _("New in the parade: “%(title)s”")
        ) % {"title": title, "author": author}
    return _note(actor, f"contributions/{contribution.pk}", text, contribution.url)


def announce_contributions(limit: int = 200) -> int:
    """Periodic: each contribution listed since the parade's actor exists, once, to its
    followers (unless the host turned it off)."""
    sent = 0
    for actor in LocalActor.objects.select_related("parade").filter(
        enabled=True, announce_contributions=True, parade__isnull=False
    ):
        if not actor.followers.filter(pending=False).exists():
            continue
        fresh = (
            Contribution.objects.filter(
                parade=actor.parade,
                status=Contribution.Status.APPROVED,
                created_at__gte=actor.created_at,
            )
            .exclude(pk__in=Announced.objects.values("contribution_id"))
            .order_by("pk")[:limit]
        )
        for contribution in fresh:
            _, created = Announced.objects.get_or_create(contribution=contribution)
            if created:
                to_followers(actor, contribution_activity(actor, contribution))
                sent += 1
    return sent


REMIND_BEFORE = timedelta(days=3)


def note_digest(note: dict) -> str:
    import hashlib
    import json

    return hashlib.sha256(json.dumps(note, sort_keys=True).encode()).hexdigest()


def _note(actor: LocalActor, suffix: str, text: str, url: str) -> dict:
    uri = actors.actor_uri(actor.parade)
    content = (
        f'<p>{html.escape(text)}</p><p><a href="{html.escape(url)}">{html.escape(url)}</a></p>'
    )
    return actors.create_of(
        {
            "id": f"{uri}/{suffix}",
            "type": "Note",
            "attributedTo": uri,
            "content": content,
            "url": url,
            "published": timezone.now().isoformat(),
            "to": [actors.AS_PUBLIC],
            "cc": [uri + "/followers"],
        }
    )


def parade_deleted(sender: object, instance: object, **kwargs: object) -> None:
    """``pre_delete`` of a parade: its followers are sent the ``Delete`` of its actor. The
    actor (and its key) stays, detached, until that is delivered."""
    actor = LocalActor.objects.filter(parade=instance, retired_uri="").first()
    if actor is None:
        return
    uri = actors.actor_uri(instance)
    inboxes = follower_inboxes(actor)
    if not inboxes:
        actor.delete()
        return
    LocalActor.objects.filter(pk=actor.pk).update(parade=None, retired_uri=uri, enabled=False)
    actor.parade, actor.retired_uri = None, uri
    deliver(
        actor,
        {
            "@context": actors.CONTEXT,
            "id": uri + "#delete",
            "type": "Delete",
            "actor": uri,
            "object": uri,
            "to": [actors.AS_PUBLIC],
        },
        inboxes,
    )
    actor.followers.all().delete()


def _withdraw(actor: LocalActor, contribution: Contribution) -> None:
    """A contribution followers were told about is no longer listed: the boost is undone, or
    the Note about it deleted."""
    told = contribution_activity(actor, contribution)
    uri = actors.actor_uri(actor.parade)
    if told["type"] == "Announce":
        activity = {
            "@context": "https://www.w3.org/ns/activitystreams",
            "id": told["id"] + "/undo",
            "type": "Undo",
            "actor": uri,
            "to": told["to"],
            "object": {k: v for k, v in told.items() if k != "@context"},
        }
    else:
        note_id = told["object"]["id"]
        activity = {
            "@context": "https://www.w3.org/ns/activitystreams",
            "id": note_id + "#delete",
            "type": "Delete",
            "actor": uri,
            "to": [actors.AS_PUBLIC],
            "object": {"id": note_id, "type": "Tombstone"},
        }
    to_followers(actor, activity)


def follow_up() -> int:
    """Periodic: an ``Update`` of the call when the host edited it since followers had it, a
    reminder three days before the deadline, and the published roundup: each once."""
    from django.utils.translation import gettext as _
    from django.utils.translation import override

    from blogparade.parades.models import Roundup

    now = timezone.now()
    sent = 0
    for actor in LocalActor.objects.select_related("parade").filter(
        enabled=True, parade__isnull=False
    ):
        parade = actor.parade
        if not actor.followers.filter(pending=False).exists():
            continue
        if actor.call_announced_at and actor.note_digest:
            note = actors.call_note(parade)
            digest = note_digest(note)
            if digest != actor.note_digest:
                update = {
                    "@context": actors.CONTEXT,
                    "id": f"{note['id']}#updates/{digest[:12]}",
                    "type": "Update",
                    "actor": note["attributedTo"],
                    "to": note["to"],
                    "cc": note["cc"],
                    "object": {**note, "updated": now.isoformat()},
                }
                to_followers(actor, update)
                LocalActor.objects.filter(pk=actor.pk).update(note_digest=digest)
                sent += 1
        if (
            actor.reminder_sent_at is None
            and parade.opens_at <= now < parade.closes_at <= now + REMIND_BEFORE
        ):
            with override(parade.language):
                text = _("Three days left to answer “%(title)s”: %(question)s") % {
                    "title": parade.title,
                    "question": parade.question or parade.title,
                }
            to_followers(actor, _note(actor, "reminder", text, parade.absolute_url()))
            LocalActor.objects.filter(pk=actor.pk).update(reminder_sent_at=now)
            sent += 1
        withdrawn = Announced.objects.filter(contribution__parade=parade).exclude(
            contribution__status=Contribution.Status.APPROVED
        )
        for told in withdrawn.select_related("contribution"):
            _withdraw(actor, told.contribution)
            told.delete()  # listed again later, it is told again
            sent += 1
        roundup = Roundup.objects.filter(parade=parade, published_at__isnull=False).first()
        if roundup is not None and actor.roundup_announced_at is None:
            with override(parade.language):
                text = _("The roundup of “%(title)s” is out: every answer in one place.") % {
                    "title": parade.title
                }
            url = actors.base() + f"/p/{parade.slug}/roundup/"
            to_followers(actor, _note(actor, "roundup", text, url))
            LocalActor.objects.filter(pk=actor.pk).update(roundup_announced_at=now)
            sent += 1
    return sent
