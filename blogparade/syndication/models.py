"""Reader reminders (double opt-in email) and the feeds a host watches for missed posts."""

from __future__ import annotations

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from blogparade.parades.models import URL_MAX, Parade


class ReminderSubscription(models.Model):
    """A reader's wish to hear about a parade: once before the deadline, once at the roundup.

    Nothing but the confirmation is ever sent before ``confirmed_at`` is set. The address is
    never shown anywhere; each message goes to this one recipient only.
    """

    parade = models.ForeignKey(Parade, on_delete=models.CASCADE, related_name="reminders")
    email = models.EmailField(max_length=254)
    language = models.CharField(max_length=8, default="en")
    created_at = models.DateTimeField(default=timezone.now)
    confirmation_sent_at = models.DateTimeField(null=True, blank=True)
    confirmations_sent = models.PositiveIntegerField(default=0)
    confirmed_at = models.DateTimeField(null=True, blank=True)
    unsubscribed_at = models.DateTimeField(null=True, blank=True)
    # Set when the message is claimed (before sending), so two workers never send it twice.
    deadline_sent_at = models.DateTimeField(null=True, blank=True)
    roundup_sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["parade", "email"], name="reminder_unique_per_parade")
        ]
        indexes = [models.Index(fields=["confirmed_at", "deadline_sent_at"])]

    def __str__(self) -> str:
        return f"reminder {self.pk} for {self.parade_id}"

    @property
    def active(self) -> bool:
        return self.confirmed_at is not None and self.unsubscribed_at is None


class WatchedFeed(models.Model):
    """A blog feed polled while its parade is open, for posts that link to the call but
    never announced themselves. Work state lives on the row: validators, last outcome, next
    poll, the entries already seen."""

    class Source(models.TextChoices):
        OPML = "opml", _("OPML import")
        PARTICIPANT = "participant", _("past participant")
        MANUAL = "manual", _("added by the host")

    class Status(models.TextChoices):
        NEW = "new", _("not polled yet")
        OK = "ok", _("read")
        NOT_MODIFIED = "not_modified", _("unchanged (304)")
        RATE_LIMITED = "rate_limited", _("asked us to wait (429)")
        ERROR = "error", _("error")
        GONE = "gone", _("gone (410); no longer polled")

    parade = models.ForeignKey(Parade, on_delete=models.CASCADE, related_name="watched_feeds")
    url = models.URLField(_("feed address"), max_length=URL_MAX)
    site_url = models.URLField(_("blog address"), max_length=URL_MAX, blank=True)
    title = models.CharField(_("title"), max_length=300, blank=True)
    source = models.CharField(max_length=16, choices=Source.choices, default=Source.MANUAL)
    etag = models.CharField(max_length=500, blank=True)
    last_modified = models.CharField(max_length=100, blank=True)
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.NEW)
    last_error = models.CharField(max_length=500, blank=True)
    last_error_phrase = models.JSONField(null=True, blank=True)  # blogparade.core.phrases
    last_checked_at = models.DateTimeField(null=True, blank=True)
    next_check_at = models.DateTimeField(null=True, blank=True, db_index=True)
    failures = models.PositiveIntegerField(default=0)
    polls = models.PositiveIntegerField(default=0)
    proposed = models.PositiveIntegerField(default=0)
    # Keys (entry id or link) of entries already looked at, newest last, capped.
    seen = models.JSONField(default=list, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["parade", "url"], name="watched_feed_unique_per_parade")
        ]

    def __str__(self) -> str:
        return self.title or self.url

    @property
    def problem(self) -> str:
        """What went wrong (or was noted) at the last poll, in the active language."""
        from blogparade.core import phrases

        return phrases.render(self.last_error_phrase, self.last_error)
