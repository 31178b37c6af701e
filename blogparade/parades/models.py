"""Parades (the call), their hosts, series, hub sources and roundups. The contributions that
answer a parade live in :mod:`blogparade.contributions`."""

from __future__ import annotations

import secrets
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator, URLValidator
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from blogparade.core.models import RegisteredSite

URL_MAX = 2000


def new_page_token() -> str:
    return secrets.token_hex(8)


http_url = URLValidator(
    schemes=["http", "https"], message=_("Enter an address starting with http:// or https://.")
)


class HostProfile(models.Model):
    """The author box shown under a call: who asks the question."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="host_profile"
    )
    name = models.CharField(_("name"), max_length=120)
    role = models.CharField(_("role"), max_length=120, blank=True)
    organisation = models.CharField(_("organisation"), max_length=120, blank=True)
    bio = models.TextField(_("short bio"), blank=True, validators=[MaxLengthValidator(1000)])
    website = models.URLField(_("website"), max_length=URL_MAX, blank=True, validators=[http_url])
    avatar = models.ImageField(_("avatar"), upload_to="avatars/", blank=True)

    class Meta:
        verbose_name = _("host profile")
        verbose_name_plural = _("host profiles")

    def __str__(self) -> str:
        return self.name


class ParadeState(models.TextChoices):
    UPCOMING = "upcoming", _("upcoming")
    OPEN = "open", _("open")
    CLOSED = "closed", _("closed")
    ROUNDED_UP = "rounded_up", _("rounded up")


class TagsField(models.CharField):
    """Tags as one string, normalised whenever a row is written (save and bulk_create): lower
    case, comma-separated, no repeats (see parades/search.py:normalise_tags)."""

    def pre_save(self, model_instance: models.Model, add: bool) -> str:
        from blogparade.parades.search import normalise_tags

        value = normalise_tags(getattr(model_instance, self.attname))
        setattr(model_instance, self.attname, value)
        return value


class ParadeQuerySet(models.QuerySet["Parade"]):
    def listed(self) -> ParadeQuerySet:
        return self.filter(listed=True)

    def with_call_url(self, url: str) -> list[Parade]:
        """Parades whose ``call_url`` is ``url`` spelt any way (http/https, ``www.``, trailing
        slash, tracking parameters): the one comparison for look-ups and for uniqueness."""
        from urllib.parse import urlsplit

        from blogparade.core.urlnorm import canonical_url

        key = canonical_url(url)
        host = (urlsplit(url).hostname or "").lower().removeprefix("www.")
        candidates = self.exclude(call_url="").filter(call_url__icontains=host)
        return [p for p in candidates if canonical_url(p.call_url) == key]

    def open_now(self) -> ParadeQuerySet:
        now = timezone.now()
        return self.filter(opens_at__lte=now, closes_at__gt=now)


class Parade(models.Model):
    """A call for contributions with a deadline. Its state derives from dates and roundup."""

    class Language(models.TextChoices):
        EN = "en", _("English")
        DE = "de", _("German")

    host = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="parades"
    )
    slug = models.SlugField(_("short name in the address"), max_length=80, unique=True)
    title = models.CharField(_("title"), max_length=200)
    question = models.CharField(
        _("the question"), max_length=300, blank=True, help_text=_("One sentence bloggers answer.")
    )
    call_text = models.TextField(
        _("call text"),
        blank=True,
        validators=[MaxLengthValidator(50_000)],
        help_text=_("Markdown."),
    )
    language = models.CharField(
        _("language"), max_length=8, choices=Language.choices, default=Language.EN
    )
    opens_at = models.DateTimeField(_("opens"))
    closes_at = models.DateTimeField(_("deadline"))
    time_zone = models.CharField(
        _("time zone of the deadline"), max_length=64, default="Europe/Berlin"
    )
    # rules
    backlink_required = models.BooleanField(_("contributions must link to the call"), default=True)
    hashtag = models.CharField(_("hashtag"), max_length=60, blank=True)
    late_entries_accepted = models.BooleanField(
        _("accept late entries (marked late)"), default=True
    )
    rules = models.TextField(_("further rules"), blank=True, validators=[MaxLengthValidator(5000)])
    call_url = models.URLField(
        _("call on your own blog"),
        max_length=URL_MAX,
        validators=[http_url],
        blank=True,
        help_text=_(
            "When the call lives on your own blog, its address; it then counts as a Webmention target."
        ),
    )
    auto_approve = models.BooleanField(
        _("approve verified contributions automatically"), default=True
    )

    class HostNotice(models.TextChoices):
        EACH = "each", _("an email for each contribution")
        DIGEST = "digest", _("one email a day with the new ones")
        NONE = "none", _("no email; I look in the dashboard")

    notify_host = models.CharField(
        _("tell me about new contributions"),
        max_length=8,
        choices=HostNotice.choices,
        default=HostNotice.EACH,
    )
    # Up to when the daily digest of new contributions has told the host.
    host_digest_until = models.DateTimeField(null=True, blank=True, editable=False)
    listed = models.BooleanField(_("show in the directory"), default=True)
    tags = TagsField(
        _("tags"),
        max_length=400,
        blank=True,
        help_text=_("Separated by commas, e.g. writing, slow living."),
    )
    rounded_up_at = models.DateTimeField(_("roundup published"), null=True, blank=True)
    # An edition of a series (see Series below): the series and the month it stands for.
    series = models.ForeignKey(
        "parades.Series",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="editions",
        verbose_name=_("series"),
    )
    edition_month = models.DateField(_("edition month"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    # Changes with everything the parade's public pages show (blogparade.parades.pagecache):
    # the version part of their cache keys. Random, so a save from a stale copy of the row
    # can never bring back a token that keys an older page.
    page_token = models.CharField(max_length=16, default=new_page_token, editable=False)

    objects = ParadeQuerySet.as_manager()

    class Meta:
        verbose_name = _("parade")
        verbose_name_plural = _("parades")
        ordering = ["closes_at"]
        indexes = [models.Index(fields=["listed", "closes_at"])]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(closes_at__gt=models.F("opens_at")),
                name="parade_closes_after_opening",
            ),
            # One parade per call address: mentions of it and comments on it go to one host.
            models.UniqueConstraint(
                fields=["call_url"], condition=~models.Q(call_url=""), name="parade_call_url_unique"
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def save(self, *args: Any, **kwargs: Any) -> None:
        self.page_token = new_page_token()
        update_fields = kwargs.get("update_fields")
        if update_fields is not None:
            kwargs["update_fields"] = {*update_fields, "page_token"}
        super().save(*args, **kwargs)
        if self.call_url and (update_fields is None or "call_url" in update_fields):
            # The call's site becomes the host's: no other host's call may live there, and
            # the widgets work on it at once.
            RegisteredSite.claim(self.call_url, self.host_id)

    def get_absolute_url(self) -> str:
        return reverse("parade", kwargs={"slug": self.slug})

    def clean(self) -> None:
        super().clean()
        if self.opens_at and self.closes_at and self.closes_at <= self.opens_at:
            raise ValidationError({"closes_at": _("The deadline must come after the opening.")})
        if self.call_url and self.call_url_taken():
            raise ValidationError({"call_url": _("Another parade has this call address already.")})
        if self.call_url and self.call_site_of_another_host():
            raise ValidationError(
                {
                    "call_url": _(
                        "This site belongs to another host of this instance. If it is yours, "
                        "ask the operator to register it for you."
                    )
                }
            )

    def call_site_of_another_host(self) -> bool:
        """Is the site of ``call_url`` registered for another host? Calls live only on the
        host's own sites (or on sites the operator opened to every host)."""
        return any(
            site.owner_id is not None and site.owner_id != self.host_id
            for site in RegisteredSite.matching(self.call_url)
        )

    def call_url_taken(self) -> bool:
        """Does another parade have this ``call_url``, spelt any way? Mentions and comments of
        a call address go to one parade, so no host can take over another's."""
        return any(p.pk != self.pk for p in Parade.objects.with_call_url(self.call_url))

    @property
    def tag_list(self) -> list[str]:
        return [t for t in (self.tags or "").split(",") if t]

    def absolute_url(self) -> str:
        return settings.BASE_URL + self.get_absolute_url()

    @property
    def display_question(self) -> str:
        return self.question or self.title

    def state_at(self, when=None) -> str:
        now = when or timezone.now()
        if self.rounded_up_at:
            return ParadeState.ROUNDED_UP
        if now < self.opens_at:
            return ParadeState.UPCOMING
        if now < self.closes_at:
            return ParadeState.OPEN
        return ParadeState.CLOSED

    @property
    def state(self) -> str:
        return self.state_at()

    @property
    def state_label(self) -> str:
        return ParadeState(self.state).label

    @property
    def is_open(self) -> bool:
        return self.state == ParadeState.OPEN

    def accepts_contributions(self) -> bool:
        state = self.state
        return state == ParadeState.OPEN or (
            state == ParadeState.CLOSED and self.late_entries_accepted
        )


class ParadeSearchEntry(models.Model):
    """A row of the SQLite full-text index of parades: an FTS5 table that triggers keep in
    sync (migration ``parade_search_index``). SQLite only; Django never writes it — queries
    join it through ``Parade.search_entry`` (see parades/search.py)."""

    parade = models.OneToOneField(
        Parade,
        on_delete=models.DO_NOTHING,
        primary_key=True,
        db_column="rowid",
        db_constraint=False,
        related_name="search_entry",
    )
    # FTS5's hidden column named after its table: the left side of MATCH.
    document = models.TextField(db_column="parades_parade_fts")
    rank = models.FloatField()  # bm25 of the current MATCH; lower is better

    class Meta:
        managed = False
        db_table = "parades_parade_fts"

    def __str__(self) -> str:
        return f"search entry of parade {self.pk}"


class Roundup(models.Model):
    """The roundup of a parade: drafted when it closes, edited and published by the host."""

    class Order(models.TextChoices):
        DATE = "date", _("by date")
        AUTHOR = "author", _("by author")
        MANUAL = "manual", _("manual")

    parade = models.OneToOneField(Parade, on_delete=models.CASCADE, related_name="roundup")
    title = models.CharField(_("title"), max_length=200, blank=True)
    intro = models.TextField(_("introduction"), blank=True, help_text=_("Markdown."))
    order = models.CharField(_("order"), max_length=10, choices=Order.choices, default=Order.DATE)
    data = models.JSONField(default=dict, blank=True)  # statistics, themes, citations (derived)
    drafted_at = models.DateTimeField(default=timezone.now)
    published_at = models.DateTimeField(null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return f"Roundup: {self.parade}"

    @property
    def display_title(self) -> str:
        """The host's title (proposed with the draft), else "Roundup: …" in the active
        language."""
        return self.title or _("Roundup: %(title)s") % {"title": self.parade.title}


class RoundupEntry(models.Model):
    roundup = models.ForeignKey(Roundup, on_delete=models.CASCADE, related_name="entries")
    contribution = models.ForeignKey(
        "contributions.Contribution", on_delete=models.CASCADE, related_name="roundup_entries"
    )
    position = models.PositiveIntegerField(default=0)
    quote = models.TextField(_("quote"), blank=True)
    # The host's own words about this entry, shown after the quote (which is the post's).
    note = models.TextField(_("your words"), blank=True)
    # Left out by the host: not listed, not counted, not notified.
    left_out = models.BooleanField(_("left out"), default=False)
    # Outcome of telling the contribution it is in the published roundup (Webmention/Pingback).
    notified_at = models.DateTimeField(null=True, blank=True)
    notification = models.CharField(max_length=500, blank=True)  # English, for logs
    notification_phrase = models.JSONField(null=True, blank=True)  # blogparade.core.phrases

    class Meta:
        ordering = ["position", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["roundup", "contribution"], name="roundup_entry_unique")
        ]

    def __str__(self) -> str:
        return f"{self.position}: {self.contribution}"

    @property
    def notification_text(self) -> str:
        """The outcome of telling the contribution, in the active language."""
        from blogparade.core import phrases

        return phrases.render(self.notification_phrase, self.notification)

    @property
    def notify_state(self) -> str:
        """``sent``, ``failed`` (tried, to be retried) or ``waiting`` (not tried yet)."""
        if self.notified_at:
            return "sent"
        return "failed" if self.notification else "waiting"


# --- series with rotating hosts ---------------------------------------------------------


class Series(models.Model):
    """A recurring parade (monthly, like the IndieWeb Carnival): each month's edition is its
    own :class:`Parade` with its own host, planned ahead in :class:`SeriesSlot` rows."""

    class Cadence(models.TextChoices):
        MONTHLY = "monthly", _("monthly")

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="owned_series"
    )
    slug = models.SlugField(_("short name in the address"), max_length=80, unique=True)
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(
        _("description"), blank=True, validators=[MaxLengthValidator(5000)]
    )
    cadence = models.CharField(
        _("cadence"), max_length=16, choices=Cadence.choices, default=Cadence.MONTHLY
    )
    language = models.CharField(
        _("language"), max_length=8, choices=Parade.Language.choices, default=Parade.Language.EN
    )
    remind_days_before = models.PositiveSmallIntegerField(
        _("remind the next host this many days before their month"), default=14
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("series")
        verbose_name_plural = _("series")
        ordering = ["title"]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("series", kwargs={"slug": self.slug})

    def absolute_url(self) -> str:
        return settings.BASE_URL + self.get_absolute_url()


class SeriesSlot(models.Model):
    """One month of a series' schedule and who hosts it — a local host (a user here) or an
    external one (name and URL; the email, if any, is used for the reminder only and never
    shown) — or, with ``standby``, a host ready to step in (``month`` may then be empty)."""

    series = models.ForeignKey(Series, on_delete=models.CASCADE, related_name="slots")
    month = models.DateField(_("month"), null=True, blank=True)  # always the 1st of a month
    standby = models.BooleanField(_("standby host"), default=False)
    host = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="series_slots",
    )
    external_name = models.CharField(_("external host's name"), max_length=200, blank=True)
    external_url = models.URLField(
        _("external host's website or call"), max_length=URL_MAX, blank=True, validators=[http_url]
    )
    external_email = models.EmailField(_("external host's email (never shown)"), blank=True)
    topic = models.CharField(_("topic, if known"), max_length=300, blank=True)
    reminded_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("series slot")
        verbose_name_plural = _("series slots")
        ordering = ["standby", "month", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["series", "month"],
                condition=models.Q(standby=False),
                name="series_slot_one_host_per_month",
            ),
            models.CheckConstraint(
                condition=models.Q(standby=True) | models.Q(month__isnull=False),
                name="series_slot_month_unless_standby",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.series}: {self.month or 'standby'} {self.host_name}"

    @property
    def host_name(self) -> str:
        if self.host_id:
            try:
                name = self.host.host_profile.name  # type: ignore[union-attr]
            except Exception:  # no HostProfile
                name = ""
            # never the username: it is the host's email address
            return name or self.host.get_full_name()  # type: ignore[union-attr]
        return self.external_name

    @property
    def host_url(self) -> str:
        if self.host_id:
            try:
                return self.host.host_profile.website  # type: ignore[union-attr]
            except Exception:
                return ""
        return self.external_url


# --- the hub: parades hosted elsewhere ---------------------------------------------------


class HubSource(models.Model):
    """Where remote parades come from: another blogparade instance's directory feed, or one
    call page marked up with h-entry/h-event. Its fetch state lives on the row."""

    class Kind(models.TextChoices):
        FEED = "feed", _("directory feed")
        CALL = "call", _("call page")

    kind = models.CharField(max_length=8, choices=Kind.choices)
    url = models.URLField(max_length=URL_MAX, unique=True, validators=[http_url])
    title = models.CharField(max_length=300, blank=True)
    active = models.BooleanField(default=True)
    etag = models.CharField(max_length=300, blank=True)
    last_modified = models.CharField(max_length=100, blank=True)
    last_fetched_at = models.DateTimeField(null=True, blank=True)
    last_ok_at = models.DateTimeField(null=True, blank=True)
    last_error = models.CharField(max_length=500, blank=True)
    last_error_phrase = models.JSONField(null=True, blank=True)  # blogparade.core.phrases
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("hub source")
        verbose_name_plural = _("hub sources")
        ordering = ["pk"]

    def __str__(self) -> str:
        return self.url

    @property
    def problem(self) -> str:
        """Why the last refresh failed, in the active language."""
        from blogparade.core import phrases

        return phrases.render(self.last_error_phrase, self.last_error)


class RemoteParade(models.Model):
    """A parade hosted elsewhere, listed with a link to its home. All text is plain text
    from another site (templates escape it)."""

    source = models.ForeignKey(HubSource, on_delete=models.CASCADE, related_name="parades")
    url = models.URLField(max_length=URL_MAX, validators=[http_url])
    domain = models.CharField(max_length=255)
    title = models.CharField(max_length=300)
    summary = models.TextField(blank=True)
    starts_at = models.DateTimeField(null=True, blank=True)
    deadline = models.DateTimeField(null=True, blank=True, db_index=True)
    author_name = models.CharField(max_length=200, blank=True)
    author_url = models.URLField(max_length=URL_MAX, blank=True)
    seen_at = models.DateTimeField(default=timezone.now)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("remote parade")
        verbose_name_plural = _("remote parades")
        ordering = ["deadline", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["source", "url"], name="remote_parade_unique_url"),
        ]

    def __str__(self) -> str:
        return self.title


# --- the reading list ("Lesenswertes") --------------------------------------------------


class ReadingItem(models.Model):
    """A link the host recommends beside the call and in the roundup (German blogs call the
    list "Lesenswertes"): its title, description and image are read from the page through
    the safe client when it is added (the host may change them), and the image is a local
    copy, so readers' browsers never ask the other site."""

    class Place(models.TextChoices):
        BOTH = "both", _("on the call page and in the roundup")
        CALL = "call", _("on the call page only")
        ROUNDUP = "roundup", _("in the roundup only")

    parade = models.ForeignKey(Parade, on_delete=models.CASCADE, related_name="reading_items")
    url = models.URLField(_("address"), max_length=URL_MAX)
    title = models.CharField(_("title"), max_length=300, blank=True)
    description = models.TextField(_("description"), max_length=1000, blank=True)
    image = models.CharField(max_length=300, blank=True)  # our copy's URL path, or ""
    place = models.CharField(_("shown"), max_length=8, choices=Place.choices, default=Place.BOTH)
    position = models.PositiveIntegerField(default=0)
    fetched_at = models.DateTimeField(null=True, blank=True)
    # Why the preview could not be read (a phrase, blogparade.core.phrases), or null.
    problem = models.JSONField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["position", "pk"]
        verbose_name = _("reading list entry")
        verbose_name_plural = _("reading list")

    def __str__(self) -> str:
        return self.title or self.url

    @property
    def display_title(self) -> str:
        return self.title or self.url

    @property
    def site(self) -> str:
        from urllib.parse import urlsplit

        host = (urlsplit(self.url).hostname or "").lower()
        return host.removeprefix("www.")

    @property
    def problem_text(self) -> str:
        from blogparade.core import phrases

        return phrases.render(self.problem)
