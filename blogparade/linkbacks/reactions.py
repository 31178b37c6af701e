"""Likes, reposts and bookmarks shown under a call."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.utils.translation import gettext_lazy as _

from blogparade.linkbacks.models import Mention

if TYPE_CHECKING:
    from blogparade.parades.models import Parade

REACTION_TYPES = (Mention.Type.LIKE, Mention.Type.REPOST, Mention.Type.BOOKMARK)
LABELS = {
    Mention.Type.LIKE: _("likes"),
    Mention.Type.REPOST: _("reposts"),
    Mention.Type.BOOKMARK: _("bookmarks"),
}
AUTHORS_MAX = 50


def reactions_for(parade: Parade) -> dict:
    """Verified reactions to ``parade``: ``{"total": n, "groups": [{"type", "label", "count",
    "authors": [{"name", "url", "photo", "source"}]}]}`` (groups with a count only).

    Author fields come from the reacting page's h-card; URLs are http(s) only (see verify).
    """
    rows = (
        Mention.objects.filter(
            parade=parade, status=Mention.Status.VERIFIED, type__in=REACTION_TYPES
        )
        .order_by("-verified_at", "-pk")
        .values("type", "source", "author_name", "author_url", "author_photo_copy")
    )
    groups: dict[str, dict] = {
        t: {"type": str(t), "label": LABELS[t], "count": 0, "authors": []} for t in REACTION_TYPES
    }
    for row in rows:
        group = groups[row["type"]]
        group["count"] += 1
        if len(group["authors"]) < AUTHORS_MAX:
            group["authors"].append(
                {
                    "name": row["author_name"],
                    "url": row["author_url"],
                    "photo": row["author_photo_copy"],  # our own copy, never theirs
                    "source": row["source"],
                }
            )
    found = [g for g in groups.values() if g["count"]]
    return {"total": sum(g["count"] for g in found), "groups": found}
