"""Incoming Webmentions and Pingbacks.

A :class:`Mention` is stored the moment a request passes the cheap synchronous checks; the
fetch and verification happen later in a task (see :mod:`blogparade.linkbacks.tasks`). The
work state (status, attempts, next try, last error, log) lives on the row so the host can see
it and a crash loses nothing. ``(source, target_normalized)`` is unique: a re-sent mention
re-verifies the same row.
"""

from __future__ import annotations

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from blogparade.core import phrases
from blogparade.core.phrases import Phrase

URL_MAX = 2000
LOG_MAX_LINES = 50


class Mention(models.Model):
    class Type(models.TextChoices):
        MENTION = "mention", _("mention")
        REPLY = "reply", _("reply")
        LIKE = "like", _("like")
        REPOST = "repost", _("repost")
        BOOKMARK = "bookmark", _("bookmark")

    class Status(models.TextChoices):
        QUEUED = "queued", _("queued")
        VERIFYING = "verifying", _("being verified")
        VERIFIED = "verified", _("verified")
        UNVERIFIED = "unverified", _("could not be verified yet")
        REJECTED = "rejected", _("rejected")
        GONE = "gone", _("gone")

    class Protocol(models.TextChoices):
        WEBMENTION = "webmention", _("Webmention")
        PINGBACK = "pingback", _("Pingback")

    source = models.CharField(_("source"), max_length=URL_MAX)  # exactly as submitted
    target = models.CharField(_("target"), max_length=URL_MAX)  # as submitted, without #fragment
    # The page here the target names: a parade's absolute URL, its call URL, or the target.
    target_normalized = models.CharField(max_length=URL_MAX, db_index=True)
    protocol = models.CharField(
        max_length=16, choices=Protocol.choices, default=Protocol.WEBMENTION
    )
    type = models.CharField(_("type"), max_length=16, choices=Type.choices, default=Type.MENTION)
    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.QUEUED
    )
    status_reason = models.CharField(_("reason"), max_length=500, blank=True)
    # The reason as a phrase (blogparade.core.phrases), rendered in the reader's language.
    status_phrase = models.JSONField(null=True, blank=True)
    title = models.CharField(max_length=300, blank=True)
    author_name = models.CharField(max_length=200, blank=True)
    author_url = models.CharField(max_length=URL_MAX, blank=True)
    author_photo = models.CharField(max_length=URL_MAX, blank=True)
    # Our own copy of that photo (a media URL path) for replies and reactions, so readers
    # never load it from the other site; "" when there is none.
    author_photo_copy = models.CharField(max_length=300, blank=True)
    published = models.DateTimeField(null=True, blank=True)
    content = models.TextField(blank=True)  # sanitised HTML (nh3)
    parade = models.ForeignKey(
        "parades.Parade", on_delete=models.CASCADE, null=True, blank=True, related_name="mentions"
    )
    contribution = models.ForeignKey(
        "contributions.Contribution",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="mentions",
    )
    # work state
    attempts = models.PositiveIntegerField(default=0)
    # the process ("host:pid") that claimed it for verification; freed when that one is gone
    claimed_by = models.CharField(max_length=200, blank=True, default="")
    next_try_at = models.DateTimeField(null=True, blank=True, db_index=True)
    last_error = models.CharField(max_length=500, blank=True)
    # [{"at": iso, "message": English text, "phrase": phrase data or absent}], newest last
    log = models.JSONField(default=list, blank=True)
    verified_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("mention")
        verbose_name_plural = _("mentions")
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["source", "target_normalized"], name="mention_unique_source_target"
            ),
        ]
        indexes = [
            models.Index(fields=["status", "next_try_at"]),
            models.Index(fields=["parade", "type", "status"]),
        ]

    def __str__(self) -> str:
        return f"{self.source} → {self.target}"

    def add_log(self, message: str | Phrase) -> None:
        """Append one line to the log (saved by the caller); keeps the last 50 lines."""
        text, data = phrases.store(message)
        entry = {"at": timezone.now().isoformat(timespec="seconds"), "message": text[:500]}
        if data is not None:
            entry["phrase"] = data
        self.log = [*(self.log or [])[-(LOG_MAX_LINES - 1) :], entry]

    def set_reason(self, reason: str | Phrase) -> None:
        """Remember why the status is what it is (saved by the caller)."""
        text, self.status_phrase = phrases.store(reason)
        self.status_reason = text[:500]

    @property
    def reason(self) -> str:
        """Why the status is what it is, in the active language."""
        return phrases.render(self.status_phrase, self.status_reason)

    @property
    def log_lines(self) -> list[tuple[str, str]]:
        """The log as ``(ISO time, line in the active language)``, oldest first."""
        return [
            (entry.get("at", ""), phrases.render(entry.get("phrase"), entry.get("message", "")))
            for entry in self.log or []
        ]

    @property
    def is_reaction(self) -> bool:
        return self.type in (self.Type.LIKE, self.Type.REPOST, self.Type.BOOKMARK)
