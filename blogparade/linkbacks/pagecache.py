"""A parade's call page shows the reactions (likes, reposts, bookmarks) to it: every write of
one tells the parades app, through ``core.signals.pages_changed``, that the page changed."""

from __future__ import annotations

from collections.abc import Iterable

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from blogparade.core.signals import pages_changed
from blogparade.linkbacks.models import Mention
from blogparade.linkbacks.reactions import REACTION_TYPES


def changed(mentions: Iterable[Mention]) -> None:
    """Tell the parades app that the pages of these mentions' parades changed."""
    ids = {m.parade_id for m in mentions if m.parade_id and m.type in REACTION_TYPES}
    if ids:
        pages_changed.send(sender=Mention, parade_ids=ids, directory=False)  # not shown there


@receiver(post_save, sender=Mention, dispatch_uid="linkbacks-page-saved")
@receiver(post_delete, sender=Mention, dispatch_uid="linkbacks-page-deleted")
def _mention_changed(sender: type[Mention], instance: Mention, **kwargs: object) -> None:
    changed([instance])
