"""Forms: the public take-part form and the host's parade and profile forms."""

from __future__ import annotations

import re
import zoneinfo
from datetime import datetime, timedelta
from functools import cache
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from blogparade.parades import services
from blogparade.parades.models import HostProfile, Parade

HONEYPOT_FIELD = "homepage"
_BARE_DOMAIN = re.compile(r"^[\w-]+(\.[\w-]+)*\.[a-z]{2,}(:\d+)?([/?#]|$)", re.IGNORECASE)


class SubmissionForm(forms.Form):
    """Post URL, name, email and consent. Checks shapes; the service checks the rest."""

    url = forms.CharField(
        label=_("Address of your post"),
        max_length=services.URL_MAX,
        widget=forms.URLInput(attrs={"placeholder": "https://", "autocomplete": "url"}),
        error_messages={"required": _("Please enter the address of your post.")},
    )
    name = forms.CharField(
        label=_("Your name"),
        max_length=services.NAME_MAX,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
        error_messages={"required": _("Please tell us your name.")},
    )
    email = forms.EmailField(
        label=_("Your email"),
        max_length=services.EMAIL_MAX,
        help_text=_("Never shown anywhere. Only used to reach you about this contribution."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        error_messages={
            "required": _("Please enter your email address."),
            "invalid": _("Please enter a valid email address, like name@example.org."),
        },
    )
    consent = forms.BooleanField(
        label=_(
            "I agree that my name, email and post address are stored to process this "
            "submission. My name and post appear in the list once approved; my email never does."
        ),
        error_messages={
            "required": _("Please agree so that we may store and process your submission.")
        },
    )
    # Hidden from people by CSS and aria; bots fill it in.
    homepage = forms.CharField(label=_("Leave this field empty"), required=False, max_length=200)

    def clean_url(self) -> str:
        value = self.cleaned_data["url"].strip()
        if "://" not in value and _BARE_DOMAIN.match(value):
            value = "https://" + value
        try:
            services.http_url_validator(value)
        except ValidationError:
            raise ValidationError(services.INVALID_URL_MESSAGE, code="invalid_url") from None
        return value


@cache
def _time_zone_choices() -> list[str]:
    return sorted(
        z
        for z in zoneinfo.available_timezones()
        if "/" in z and not z.startswith(("Etc/", "SystemV/"))
    )


def _zone(name: str | None) -> zoneinfo.ZoneInfo | None:
    try:
        services.validate_time_zone(name or "")
    except ValidationError:
        return None
    return zoneinfo.ZoneInfo(name)  # type: ignore[arg-type]


class LocalDateTimeInput(forms.DateTimeInput):
    input_type = "datetime-local"

    def __init__(self, attrs: dict[str, Any] | None = None) -> None:
        super().__init__(attrs=attrs, format="%Y-%m-%dT%H:%M")


class ParadeForm(forms.ModelForm):
    """Create or edit a parade. Opening and deadline are entered as local times in the
    parade's own time zone (the ``time_zone`` field of the same form)."""

    class Meta:
        model = Parade
        fields = [
            "title", "slug", "question", "call_text", "language", "opens_at", "closes_at",
            "time_zone", "backlink_required", "hashtag", "late_entries_accepted", "rules",
            "call_url", "auto_approve", "notify_host", "listed", "tags",
        ]  # fmt: skip
        widgets = {
            "opens_at": LocalDateTimeInput(),
            "closes_at": LocalDateTimeInput(),
            "call_text": forms.Textarea(attrs={"rows": 14, "data-preview-source": ""}),
            "rules": forms.Textarea(attrs={"rows": 4}),
            "time_zone": forms.TextInput(attrs={"list": "time-zones", "autocomplete": "off"}),
        }
        error_messages = {
            "slug": {"unique": _("This short name is taken already. Please choose another one.")},
        }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for name in ("opens_at", "closes_at"):
            self.fields[name].input_formats = [
                "%Y-%m-%dT%H:%M",
                "%Y-%m-%dT%H:%M:%S",
                "%Y-%m-%d %H:%M",
            ]
        self.fields["opens_at"].help_text = _("Local time in the parade's time zone.")
        self.fields["closes_at"].help_text = _("Local time in the parade's time zone.")
        self.fields["slug"].help_text = _(
            "Letters, digits and hyphens; the page will be /p/<short name>/."
        )
        if self.instance.pk is None:
            # A new parade's short name is suggested from its title (also without JavaScript:
            # left empty, it is made from the title when the form is sent).
            self.fields["slug"].required = False
            self.fields["slug"].help_text = _(
                "Letters, digits and hyphens; the page will be /p/<short name>/. "
                "Leave it empty to have it made from the title."
            )
            self.fields["title"].widget.attrs["data-slug-source"] = ""
            self.fields["slug"].widget.attrs["data-slug-target"] = ""
        # Left out of a posted form (an older page, a script): keep what is stored.
        self.fields["notify_host"].required = False
        if not self.is_bound:
            # Show stored times as wall-clock times of the parade's zone.
            zone = _zone(self.initial.get("time_zone") or self.instance.time_zone)
            for name in ("opens_at", "closes_at"):
                value = self.initial.get(name)
                if isinstance(value, datetime) and timezone.is_aware(value) and zone:
                    self.initial[name] = value.astimezone(zone).replace(tzinfo=None)

    @property
    def time_zones(self) -> list[str]:
        return _time_zone_choices()

    def full_clean(self) -> None:
        # Interpret the datetime-local inputs in the time zone given in the same form.
        zone = _zone(self.data.get(self.add_prefix("time_zone"))) if self.is_bound else None
        if zone is None:
            super().full_clean()
            return
        with timezone.override(zone):
            super().full_clean()

    def clean_slug(self) -> str:
        slug = (self.cleaned_data.get("slug") or "").strip()
        if slug or self.instance.pk is not None:
            return slug
        title = self.data.get(self.add_prefix("title"), "")
        return suggest_slug(title)

    def clean_notify_host(self) -> str:
        return self.cleaned_data.get("notify_host") or self.instance.notify_host

    def clean_time_zone(self) -> str:
        value = (self.cleaned_data.get("time_zone") or "").strip()
        services.validate_time_zone(value)
        return value


_TRANSLITERATE = str.maketrans(
    {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}
)


def suggest_slug(title: str, max_length: int = 60) -> str:
    """A free short name from a title: German umlauts written out, other accents dropped,
    words joined by hyphens, at most ``max_length`` characters on a word boundary, and
    ``-2``, ``-3`` … when it is taken. "" when the title has no letters or digits."""
    from django.utils.text import slugify

    base = slugify(title.translate(_TRANSLITERATE))
    if len(base) > max_length:
        base = base[:max_length].rsplit("-", 1)[0] or base[:max_length]
    if not base:
        return ""
    slug, n = base, 1
    while Parade.objects.filter(slug=slug).exists():
        n += 1
        slug = f"{base[: max_length - len(str(n)) - 1]}-{n}"
    return slug


class ReopenForm(forms.Form):
    """The new deadline of a parade opened again, a local time in the parade's time zone."""

    closes_at = forms.DateTimeField(
        label=_("New deadline"),
        widget=LocalDateTimeInput(attrs={"aria-describedby": "reopen-help"}),
        input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M"],
        help_text=_("Local time in the parade's time zone."),
    )

    def __init__(self, *args: Any, parade: Parade, **kwargs: Any) -> None:
        self.parade = parade
        zone = _zone(parade.time_zone)
        if "initial" not in kwargs and zone:
            week = (timezone.now() + timedelta(days=7)).astimezone(zone)
            kwargs["initial"] = {
                "closes_at": week.replace(minute=0, second=0, microsecond=0, tzinfo=None)
            }
        super().__init__(*args, **kwargs)

    def full_clean(self) -> None:
        zone = _zone(self.parade.time_zone)
        if zone is None:
            super().full_clean()
            return
        with timezone.override(zone):
            super().full_clean()


class HostProfileForm(forms.ModelForm):
    """The author box under the host's calls."""

    AVATAR_MAX_BYTES = 1024 * 1024

    class Meta:
        model = HostProfile
        fields = ["name", "role", "organisation", "bio", "website", "avatar"]
        widgets = {"bio": forms.Textarea(attrs={"rows": 5})}

    def clean_website(self) -> str:
        value = self.cleaned_data.get("website", "")
        if value:
            services.http_url_validator(value)
        return value

    AVATAR_MAX_PIXELS = 4096 * 4096

    def clean_avatar(self) -> Any:
        avatar = self.cleaned_data.get("avatar")
        if avatar and getattr(avatar, "size", 0) > self.AVATAR_MAX_BYTES:
            raise ValidationError(_("Please upload an image of at most 1 MB."))
        image = getattr(avatar, "image", None)  # set by Django's ImageField on upload
        if image is not None and image.width * image.height > self.AVATAR_MAX_PIXELS:
            # a small file can still decode into a huge picture (a 12,000 × 12,000 PNG)
            raise ValidationError(_("Please upload an image of at most 4096 × 4096 pixels."))
        return avatar


class PreviewForm(forms.Form):
    call_text = forms.CharField(required=False, max_length=50_000)
