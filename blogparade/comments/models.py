"""Comment threads keyed by page (as Isso keys them), comments, likes, blocklists and
reply-notification subscriptions.

Comment text is stored twice: ``text`` is the author's Markdown, ``text_html`` the rendered,
sanitised HTML made once at write time, so reading a thread never renders anything.
``email`` is never shown anywhere but the GDPR export.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from blogparade.core.phrases import render

URL_MAX = 2000


class Thread(models.Model):
    """All comments under one page. ``site`` is the page's origin (``""`` for blogparade's
    own pages); ``path`` is the page path, the thread of a parade page is ``/p/<slug>/``."""

    site = models.CharField(_("site"), max_length=300, blank=True, default="")
    path = models.CharField(_("page path"), max_length=1000)
    title = models.CharField(_("title"), max_length=300, blank=True)
    parade = models.ForeignKey(
        "parades.Parade",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="comment_threads",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    # Bumped on every change readers could see (new, edit, delete, vote, moderation, import):
    # the key of the cached listing (see ``blogparade.comments.cache``).
    version = models.PositiveBigIntegerField(default=0)

    class Meta:
        verbose_name = _("comment thread")
        verbose_name_plural = _("comment threads")
        constraints = [models.UniqueConstraint(fields=["site", "path"], name="thread_unique_page")]

    def __str__(self) -> str:
        return self.title or f"{self.site}{self.path}"

    @property
    def page_url(self) -> str:
        return (self.site or settings.BASE_URL) + self.path


class CommentQuerySet(models.QuerySet["Comment"]):
    def public(self) -> CommentQuerySet:
        """What readers see: approved comments and deleted ones kept as placeholders."""
        return self.filter(status__in=(Comment.Status.APPROVED, Comment.Status.DELETED))


class Comment(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("pending")
        APPROVED = "approved", _("approved")
        SPAM = "spam", _("spam")
        DELETED = "deleted", _("deleted")

    thread = models.ForeignKey(Thread, on_delete=models.CASCADE, related_name="comments")
    parent = models.ForeignKey(
        "self", on_delete=models.CASCADE, null=True, blank=True, related_name="children"
    )
    author = models.CharField(_("name"), max_length=120, blank=True)
    email = models.EmailField(_("email"), max_length=254, blank=True, db_index=True)
    website = models.CharField(_("website"), max_length=URL_MAX, blank=True)
    # A reply from another site: our local copy of its author's photo (a media URL path).
    author_photo = models.CharField(max_length=300, blank=True)
    text = models.TextField(_("comment"), blank=True)
    text_html = models.TextField(blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    created = models.DateTimeField(default=timezone.now, db_index=True)
    modified = models.DateTimeField(null=True, blank=True)
    # Full address while bans may need it; truncated, then cleared (see purge_ips).
    ip = models.CharField(max_length=45, blank=True)
    ip_truncated = models.BooleanField(default=False)
    # Salted hash of the visitor (address) for one-like-per-visitor and "the author cannot vote".
    voter_hash = models.CharField(max_length=64, blank=True)
    likes = models.PositiveIntegerField(default=0)
    dislikes = models.PositiveIntegerField(default=0)
    # Import bookkeeping: "isso:<id>", "wordpress:<id>" … for idempotent imports.
    source_key = models.CharField(max_length=200, blank=True, db_index=True)
    kind = models.CharField(max_length=12, default="comment")  # comment | pingback | trackback

    objects = CommentQuerySet.as_manager()

    class Meta:
        verbose_name = _("comment")
        verbose_name_plural = _("comments")
        ordering = ["created", "pk"]
        indexes = [models.Index(fields=["thread", "status", "created"])]

    def __str__(self) -> str:
        return f"#{self.pk} {self.author}"

    def get_absolute_url(self) -> str:
        return f"{self.thread.page_url}#comment-{self.pk}"


class Like(models.Model):
    """One visitor's vote on one comment (+1 like, -1 dislike)."""

    comment = models.ForeignKey(Comment, on_delete=models.CASCADE, related_name="votes")
    voter = models.CharField(max_length=64)
    value = models.SmallIntegerField(default=1)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["comment", "voter"], name="like_once_per_visitor")
        ]

    def __str__(self) -> str:
        return f"{self.value:+d} on #{self.comment_id}"


class Blocklist(models.Model):
    class Kind(models.TextChoices):
        WORD = "word", _("word or phrase")
        IP = "ip", _("IP address or network")
        EMAIL_DOMAIN = "email_domain", _("email domain")
        URL_DOMAIN = "url_domain", _("link domain")

    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices)
    value = models.CharField(_("value"), max_length=300)
    note = models.CharField(_("note"), max_length=300, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("blocklist entry")
        verbose_name_plural = _("blocklist entries")
        constraints = [models.UniqueConstraint(fields=["kind", "value"], name="blocklist_unique")]

    def __str__(self) -> str:
        return f"{self.kind}: {self.value}"


class NotificationSubscription(models.Model):
    """Someone asked to hear about replies to ``comment``; active once ``confirmed_at`` is set
    (double opt-in)."""

    comment = models.ForeignKey(Comment, on_delete=models.CASCADE, related_name="subscriptions")
    email = models.EmailField(max_length=254, db_index=True)
    confirmed_at = models.DateTimeField(null=True, blank=True)
    unsubscribed_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["comment", "email"], name="subscription_unique")
        ]

    def __str__(self) -> str:
        return f"replies to #{self.comment_id}"

    @property
    def active(self) -> bool:
        return self.confirmed_at is not None and self.unsubscribed_at is None


class NotifiedReply(models.Model):
    """Which approved reply was already mailed to which subscription (sent once)."""

    subscription = models.ForeignKey(NotificationSubscription, on_delete=models.CASCADE)
    reply = models.ForeignKey(Comment, on_delete=models.CASCADE, related_name="+")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["subscription", "reply"], name="notified_once")
        ]

    def __str__(self) -> str:
        return f"#{self.reply_id} to {self.subscription_id}"


class HostPreference(models.Model):
    """A host's (or operator's) choices about comment email: with ``daily_digest`` on they get
    one email a day listing new comments instead of one email per comment."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="comment_preference"
    )
    daily_digest = models.BooleanField(
        _("daily digest instead of one email per comment"), default=False
    )
    last_digest_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("comment email preference")
        verbose_name_plural = _("comment email preferences")

    def __str__(self) -> str:
        return f"{self.user_id}: {'digest' if self.daily_digest else 'each comment'}"


class ImportJob(models.Model):
    """A WordPress export uploaded in the dashboard, to bring one post's comments onto a
    parade's call page: uploaded → (the host picks the post) queued → running → done | failed.
    The worker reads the file (kept in the data dir until the import ends) and counts its
    progress here, so the page can show it."""

    class State(models.TextChoices):
        UPLOADED = "uploaded", _("uploaded")
        QUEUED = "queued", _("queued")
        RUNNING = "running", _("running")
        DONE = "done", _("done")
        FAILED = "failed", _("failed")

    parade = models.ForeignKey("parades.Parade", on_delete=models.CASCADE, related_name="+")
    host = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    file_name = models.CharField(max_length=255)  # as uploaded, for the host to recognise
    stored = models.CharField(max_length=255)  # the file's name in DATA_DIR/imports/
    language = models.CharField(max_length=16, default="en")  # the host's, for messages
    post = models.CharField(max_length=URL_MAX, blank=True)
    state = models.CharField(max_length=16, choices=State.choices, default=State.UPLOADED)
    done = models.PositiveIntegerField(default=0)
    total = models.PositiveIntegerField(default=0)
    # What it brought in, or why it failed: in English (logs, grep), and as a phrase rendered
    # in the language of whoever reads it (blogparade.core.phrases).
    result = models.CharField(max_length=500, blank=True)
    error = models.CharField(max_length=500, blank=True)
    result_phrase = models.JSONField(null=True, blank=True)
    error_phrase = models.JSONField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.file_name} → {self.parade_id} ({self.state})"

    @property
    def result_text(self) -> str:
        """What the import brought in, in the active language."""
        return render(self.result_phrase, self.result)

    @property
    def error_text(self) -> str:
        """Why it failed, in the active language."""
        return render(self.error_phrase, self.error)

    @property
    def finished(self) -> bool:
        return self.state in (self.State.DONE, self.State.FAILED)
