"""What the fediverse side keeps: our actors and their keys, the remote actors we know, who
follows whom, outgoing deliveries, activities seen, and which remote objects became what."""

from __future__ import annotations

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

URL_MAX = 2000


class LocalActor(models.Model):
    """A parade's actor (``@slug@host``), or the instance's own (``parade`` empty)."""

    parade = models.OneToOneField(
        "parades.Parade",
        null=True,
        blank=True,
        # a deleted parade's actor stays a moment, detached, to send its Delete (announce.py)
        on_delete=models.SET_NULL,
        related_name="fediverse_actor",
    )
    enabled = models.BooleanField(
        _("in the fediverse"),
        default=True,
        help_text=_("People can follow the parade and answer it from Mastodon and the like."),
    )
    announce_contributions = models.BooleanField(
        _("tell followers about each contribution"), default=True
    )
    approve_followers = models.BooleanField(_("approve each follower first"), default=False)
    blocked_instances = models.TextField(
        _("blocked instances"),
        blank=True,
        help_text=_("Domains, one a line: nothing from there reaches this parade."),
    )
    private_key_pem = models.TextField()
    public_key_pem = models.TextField()
    call_announced_at = models.DateTimeField(null=True, blank=True)
    reminder_sent_at = models.DateTimeField(null=True, blank=True)
    roundup_announced_at = models.DateTimeField(null=True, blank=True)
    # a digest of the call's Note as followers last had it: a change is sent as an Update
    note_digest = models.CharField(max_length=64, blank=True)
    # the address of a deleted parade's actor, kept (with its key) until its Delete is sent
    retired_uri = models.CharField(max_length=URL_MAX, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        if self.retired_uri:
            return self.retired_uri
        return f"@{self.parade.slug}" if self.parade_id else "@instance"


class RemoteActor(models.Model):
    """An actor of another server, as its document said when we last fetched it."""

    uri = models.CharField(max_length=URL_MAX, unique=True)
    inbox = models.CharField(max_length=URL_MAX)
    shared_inbox = models.CharField(max_length=URL_MAX, blank=True)
    key_id = models.CharField(max_length=URL_MAX, db_index=True)
    public_key_pem = models.TextField()
    username = models.CharField(max_length=200, blank=True)
    name = models.CharField(max_length=200, blank=True)
    url = models.CharField(max_length=URL_MAX, blank=True)
    icon = models.CharField(max_length=URL_MAX, blank=True)
    fetched_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return self.handle or self.uri

    @property
    def handle(self) -> str:
        from urllib.parse import urlsplit

        host = urlsplit(self.uri).hostname or ""
        return f"@{self.username}@{host}" if self.username else ""


class Follower(models.Model):
    actor = models.ForeignKey(LocalActor, on_delete=models.CASCADE, related_name="followers")
    # held for the host (who approves each follower first); not sent anything until accepted
    pending = models.BooleanField(default=False)
    remote = models.ForeignKey(RemoteActor, on_delete=models.CASCADE, related_name="following")
    follow_id = models.CharField(max_length=URL_MAX, blank=True)  # the Follow activity's id
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["actor", "remote"], name="one_follow_per_actor")
        ]

    def __str__(self) -> str:
        return f"{self.remote} → {self.actor}"


class Delivery(models.Model):
    """One activity to one inbox, sent by a background task with retries and back-off."""

    class Status(models.TextChoices):
        WAITING = "waiting", _("waiting")
        SENT = "sent", _("sent")
        FAILED = "failed", _("failed")

    actor = models.ForeignKey(LocalActor, on_delete=models.CASCADE, related_name="deliveries")
    inbox = models.CharField(max_length=URL_MAX)
    activity = models.JSONField()
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.WAITING)
    attempts = models.PositiveSmallIntegerField(default=0)
    next_try_at = models.DateTimeField(default=timezone.now, db_index=True)
    last_error = models.CharField(max_length=500, blank=True)
    last_error_phrase = models.JSONField(null=True, blank=True)  # blogparade.core.phrases
    created_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return f"{self.activity.get('type')} → {self.inbox} ({self.status})"

    @property
    def problem(self) -> str:
        """Why the last try failed, in the active language."""
        from blogparade.core import phrases

        return phrases.render(self.last_error_phrase, self.last_error)


class SeenActivity(models.Model):
    """Activity ids already taken in: a replayed activity is not taken twice."""

    uri = models.CharField(max_length=URL_MAX, unique=True)
    received_at = models.DateTimeField(default=timezone.now, db_index=True)

    def __str__(self) -> str:
        return self.uri


class RemoteObject(models.Model):
    """A remote post and what it became here: a contribution, or a comment in a thread."""

    uri = models.CharField(max_length=URL_MAX, unique=True)
    url = models.CharField(max_length=URL_MAX, blank=True)
    actor = models.ForeignKey(RemoteActor, on_delete=models.CASCADE, related_name="posts")
    parade = models.ForeignKey("parades.Parade", on_delete=models.CASCADE, related_name="+")
    contribution = models.ForeignKey(
        "contributions.Contribution", null=True, blank=True, on_delete=models.SET_NULL
    )
    reply = models.BooleanField(default=False)  # a reply to the call: a comment in its thread
    received_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return self.uri


class Announced(models.Model):
    """A contribution followers were told about (once)."""

    contribution = models.OneToOneField(
        "contributions.Contribution", on_delete=models.CASCADE, related_name="+"
    )
    at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return f"contribution {self.contribution_id}"


class Reaction(models.Model):
    """A like or a boost of a parade's call from the fediverse."""

    class Kind(models.TextChoices):
        LIKE = "like", _("like")
        BOOST = "boost", _("boost")

    uri = models.CharField(max_length=URL_MAX, unique=True)  # the Like or Announce activity
    parade = models.ForeignKey("parades.Parade", on_delete=models.CASCADE, related_name="+")
    remote = models.ForeignKey(RemoteActor, on_delete=models.CASCADE, related_name="reactions")
    kind = models.CharField(max_length=8, choices=Kind.choices)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["parade", "remote", "kind"], name="one_reaction_of_a_kind"
            )
        ]

    def __str__(self) -> str:
        return f"{self.kind} of {self.parade_id} by {self.remote_id}"
