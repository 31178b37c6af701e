"""What followers are sent without anyone asking: the call when the parade opens, and each
contribution once it is listed."""

from __future__ import annotations

import html

from django.utils import timezone

from blogparade.contributions.models import Contribution
from blogparade.fediverse import actors
from blogparade.fediverse.delivery import deliver, to_followers
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
        early = actor.followers.filter(created_at__lt=actor.parade.opens_at).select_related(
            "remote"
        )
        inboxes = [f.remote.shared_inbox or f.remote.inbox for f in early]
        if inboxes:
            deliver(actor, actors.create_of(actors.call_note(actor.parade)), inboxes)
            sent += 1
        LocalActor.objects.filter(pk=actor.pk).update(call_announced_at=now)
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
    content = (
        f"<p>{html.escape(text)}</p>"
        f'<p><a href="{html.escape(contribution.url)}">{html.escape(contribution.url)}</a></p>'
    )
    note = {
        "id": f"{uri}/contributions/{contribution.pk}",
        "type": "Note",
        "attributedTo": uri,
        "content": content,
        "url": contribution.url,
        "published": timezone.now().isoformat(),
        "to": [actors.AS_PUBLIC],
        "cc": [uri + "/followers"],
    }
    return actors.create_of(note)


def announce_contributions(limit: int = 200) -> int:
    """Periodic: each contribution listed since the parade's actor exists, once, to its
    followers (unless the host turned it off)."""
    sent = 0
    for actor in LocalActor.objects.select_related("parade").filter(
        enabled=True, announce_contributions=True, parade__isnull=False
    ):
        if not actor.followers.exists():
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
