"""Contributors, contributions and their event log.

The tables kept their names from the time these models lived in ``parades`` (moved with
state-only migrations: no row was copied). Rows are created only by the intake
(:mod:`blogparade.contributions.intake`).
"""

from __future__ import annotations

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from blogparade.core import phrases
from blogparade.core.phrases import Phrase
from blogparade.parades.models import URL_MAX

# What :meth:`Contribution.set_status` changes, for ``save(update_fields=...)``.
STATUS_FIELDS = ("status", "status_reason", "status_phrase", "status_changed_at")


class Contributor(models.Model):
    """One person across channels: their blog post and their fediverse thread are two
    contributions from one contributor. Identified by h-card URL, domain or email."""

    name = models.CharField(max_length=200, blank=True)
    url = models.URLField(max_length=URL_MAX, blank=True)
    domain = models.CharField(max_length=255, blank=True, db_index=True)
    email = models.EmailField(blank=True, db_index=True)  # never shown; GDPR export only
    photo = models.URLField(max_length=URL_MAX, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        db_table = "parades_contributor"

    def __str__(self) -> str:
        return self.name or self.url or self.domain


class Contribution(models.Model):
    """A post that answers a parade, whatever channel brought it."""

    class Status(models.TextChoices):
        PENDING = "pending", _("pending")
        APPROVED = "approved", _("approved")
        REJECTED = "rejected", _("rejected")
        SPAM = "spam", _("spam")
        GONE = "gone", _("gone")

    class Kind(models.TextChoices):
        ARTICLE = "article", _("article")
        FEDIVERSE = "fediverse", _("fediverse post")
        BLUESKY = "bluesky", _("Bluesky post")
        VIDEO = "video", _("video")
        PODCAST = "podcast", _("podcast episode")

    class Channel(models.TextChoices):
        FORM = "form", _("submission form")
        WEBMENTION = "webmention", _("Webmention")
        PINGBACK = "pingback", _("Pingback")
        MANUAL = "manual", _("added by the host")
        COMMENT = "comment", _("link in a comment")
        FEED = "feed", _("found in a feed")
        FEDIVERSE = "fediverse", _("fediverse")

    class Verification(models.TextChoices):
        UNCHECKED = "unchecked", _("not checked yet")
        VERIFIED = "verified", _("verified")
        UNVERIFIED = "unverified", _("could not be verified")
        FAILED = "failed", _("failed verification")

    parade = models.ForeignKey(
        "parades.Parade", on_delete=models.CASCADE, related_name="contributions"
    )
    contributor = models.ForeignKey(
        Contributor, on_delete=models.SET_NULL, null=True, blank=True, related_name="contributions"
    )
    # None: unknown; False: submitted by someone other than the author.
    submitted_by_author = models.BooleanField(null=True, blank=True)
    url = models.URLField(_("post address"), max_length=URL_MAX)
    canonical_url = models.CharField(max_length=URL_MAX, db_index=True)
    title = models.CharField(_("title"), max_length=300, blank=True)
    author_name = models.CharField(_("author"), max_length=200, blank=True)
    author_url = models.URLField(_("author website"), max_length=URL_MAX, blank=True)
    author_photo = models.URLField(max_length=URL_MAX, blank=True)
    published = models.DateTimeField(_("published"), null=True, blank=True)
    summary = models.TextField(_("summary"), blank=True)
    image = models.URLField(max_length=URL_MAX, blank=True)
    language = models.CharField(_("language"), max_length=16, blank=True)
    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices, default=Kind.ARTICLE)
    channel = models.CharField(_("channel"), max_length=16, choices=Channel.choices)
    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.PENDING
    )
    status_reason = models.CharField(
        _("reason for the last change of status"), max_length=500, blank=True
    )
    # The reason as a phrase (code, message id, parameters: blogparade.core.phrases), so each
    # reader sees it in their language; ``status_reason`` keeps its English text beside it.
    status_phrase = models.JSONField(null=True, blank=True)
    status_changed_at = models.DateTimeField(default=timezone.now)
    verification = models.CharField(
        max_length=16, choices=Verification.choices, default=Verification.UNCHECKED
    )
    late = models.BooleanField(_("arrived after the deadline"), default=False)
    # Absolute URLs of the links in the post's main content (filled by the pipeline); the
    # roundup counts the people and sites contributions cite from them.
    links = models.JSONField(default=list, blank=True)
    # Who submitted it. The email is never shown anywhere but the GDPR export.
    submitter_name = models.CharField(_("your name"), max_length=120, blank=True)
    submitter_email = models.EmailField(_("your email"), blank=True)
    # Work state of the pipeline, kept on the row so nothing is lost on a crash.
    checked_at = models.DateTimeField(null=True, blank=True)
    next_check_at = models.DateTimeField(null=True, blank=True, db_index=True)
    check_attempts = models.PositiveIntegerField(default=0)
    last_error = models.CharField(max_length=500, blank=True)
    last_error_phrase = models.JSONField(null=True, blank=True)  # as status_phrase
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        db_table = "parades_contribution"
        verbose_name = _("contribution")
        verbose_name_plural = _("contributions")
        ordering = ["created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["parade", "canonical_url"], name="contribution_unique_per_parade"
            ),
        ]
        indexes = [models.Index(fields=["parade", "status", "published"])]

    def __str__(self) -> str:
        return self.title or self.url

    def set_status(self, status: str, reason: str | Phrase = "") -> None:
        """Change the status, remembering why and when (saved by the caller with
        :data:`STATUS_FIELDS`)."""
        self.status = status
        self.set_reason(reason)
        self.status_changed_at = timezone.now()

    def set_reason(self, reason: str | Phrase) -> None:
        """Remember why the status is what it is (a :class:`Phrase`, or the host's own words)."""
        text, self.status_phrase = phrases.store(reason)
        self.status_reason = text[:500]

    @property
    def reason(self) -> str:
        """Why the status is what it is, in the active language."""
        return phrases.render(self.status_phrase, self.status_reason)

    def set_problem(self, problem: str | Phrase) -> None:
        """Remember what went wrong at the last check ("" when nothing did)."""
        text, self.last_error_phrase = phrases.store(problem)
        self.last_error = text[:500]

    @property
    def problem(self) -> str:
        """What went wrong at the last check, in the active language."""
        return phrases.render(self.last_error_phrase, self.last_error)

    @property
    def display_title(self) -> str:
        return self.title or self.url


class ContributionEvent(models.Model):
    """One line of a contribution's log, readable by the host."""

    contribution = models.ForeignKey(Contribution, on_delete=models.CASCADE, related_name="events")
    at = models.DateTimeField(default=timezone.now)
    # The English text, and the line as a phrase to render in the reader's language.
    message = models.CharField(max_length=500)
    phrase = models.JSONField(null=True, blank=True)

    class Meta:
        db_table = "parades_contributionevent"
        ordering = ["at", "pk"]

    def __str__(self) -> str:
        return self.text

    @classmethod
    def of(
        cls, contribution: Contribution, line: str | Phrase, **fields: object
    ) -> ContributionEvent:
        """An unsaved log line for ``contribution``."""
        text, data = phrases.store(line)
        return cls(contribution=contribution, message=text[:500], phrase=data, **fields)

    @classmethod
    def write(cls, contribution: Contribution, line: str | Phrase) -> ContributionEvent:
        """Add one line to ``contribution``'s log."""
        event = cls.of(contribution, line)
        event.save()
        return event

    @property
    def text(self) -> str:
        """The line in the active language."""
        return phrases.render(self.phrase, self.message)


class HostMail(models.Model):
    """A once-per-parade email to its host (the deadline nears, the roundup draft is ready):
    the row is made before the mail goes out, so two processes never send it twice."""

    class Kind(models.TextChoices):
        DEADLINE = "deadline", _("the deadline nears")
        DRAFT = "draft", _("the roundup draft is ready")

    parade = models.ForeignKey("parades.Parade", on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=16, choices=Kind.choices)
    sent_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["parade", "kind"], name="one_host_mail_of_a_kind")
        ]

    def __str__(self) -> str:
        return f"{self.kind} @ {self.sent_at:%Y-%m-%d}"
