"""Series with rotating hosts: a recurring (monthly) parade whose editions are parades of
their own, each with its own host, planned ahead in a schedule of slots.

Service functions (views and tests call these):

- :func:`create_series`, :func:`add_slot`, :func:`remove_slot`, :func:`open_edition` — the
  owner's schedule; each raises :class:`~django.core.exceptions.ValidationError` on bad input
  and saves nothing then.
- :func:`overview` — past, current and upcoming editions plus standby hosts, for the page.
- :func:`remind_next_hosts` — the periodic job: emails each scheduled host once, N days
  before their month starts.
- :class:`SeriesFeed` — the Atom feed of a series' editions.

Months are calendar months in ``settings.TIME_ZONE``; a slot's ``month`` is the 1st.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field
from typing import Any
from zoneinfo import ZoneInfo

from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.syndication.views import Feed
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import formats, timezone, translation
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from blogparade.parades.models import Parade, ParadeState, Series, SeriesSlot

logger = logging.getLogger("blogparade.series")

FEED_LIMIT = 60

# --- months ---------------------------------------------------------------------------------


def _zone() -> ZoneInfo:
    return ZoneInfo(settings.TIME_ZONE)


def first_of_month(day: dt.date) -> dt.date:
    return day.replace(day=1)


def add_months(month: dt.date, n: int) -> dt.date:
    index = month.year * 12 + month.month - 1 + n
    return dt.date(index // 12, index % 12 + 1, 1)


def month_start(month: dt.date) -> dt.datetime:
    """Midnight at the start of ``month`` in the site's time zone (aware)."""
    return dt.datetime(month.year, month.month, 1, tzinfo=_zone())


def current_month(now: dt.datetime | None = None) -> dt.date:
    return first_of_month((now or timezone.now()).astimezone(_zone()).date())


def parse_month(value: str) -> dt.date:
    """``YYYY-MM`` (or a full date) → the 1st of that month; ValidationError otherwise."""
    value = (value or "").strip()
    for fmt in ("%Y-%m", "%Y-%m-%d"):
        try:
            return first_of_month(dt.datetime.strptime(value, fmt).date())
        except ValueError:
            continue
    raise ValidationError(_("Enter a month as YYYY-MM, for example 2027-03."))


def month_label(month: dt.date | None) -> str:
    return formats.date_format(month, "YEAR_MONTH_FORMAT") if month else ""


# --- the schedule ---------------------------------------------------------------------------


def create_series(owner: Any, **fields: Any) -> Series:
    """A new series owned by ``owner``; ValidationError (nothing saved) on bad fields."""
    series = Series(owner=owner, **fields)
    series.full_clean()
    series.save()
    return series


def find_host(identifier: str) -> Any | None:
    """The local user whose user name or email is ``identifier`` (case-insensitive)."""
    identifier = (identifier or "").strip()
    if not identifier:
        return None
    User = get_user_model()
    return (
        User.objects.filter(Q(username__iexact=identifier) | Q(email__iexact=identifier))
        .filter(is_active=True)
        .order_by("pk")
        .first()
    )


def add_slot(
    series: Series,
    *,
    month: dt.date | None = None,
    host: Any | None = None,
    external_name: str = "",
    external_url: str = "",
    external_email: str = "",
    standby: bool = False,
    topic: str = "",
) -> SeriesSlot:
    """Schedule a host for ``month`` (or add a standby host, month optional).

    Exactly one of a local ``host`` or an ``external_name`` is required. A month that already
    has a (non-standby) host is refused. Raises ValidationError and saves nothing then.
    """
    external_name = external_name.strip()
    if bool(host) == bool(external_name):
        raise ValidationError(_("Name either a host on this site or an external host."))
    if month is None and not standby:
        raise ValidationError(_("Choose the month this host takes over."))
    slot = SeriesSlot(
        series=series,
        month=first_of_month(month) if month else None,
        host=host,
        external_name=external_name,
        external_url=external_url.strip(),
        external_email=external_email.strip(),
        standby=standby,
        topic=topic.strip(),
    )
    slot.full_clean(validate_constraints=False)
    if (
        not standby
        and SeriesSlot.objects.filter(series=series, month=slot.month, standby=False).exists()
    ):
        raise ValidationError(
            _("%(month)s already has a host.") % {"month": month_label(slot.month)}
        )
    try:
        with transaction.atomic():
            slot.save()
    except IntegrityError:  # a concurrent add for the same month
        raise ValidationError(
            _("%(month)s already has a host.") % {"month": month_label(slot.month)}
        ) from None
    return slot


def promote_standby(slot: SeriesSlot, month: dt.date) -> SeriesSlot:
    """A standby host takes over ``month`` (when the scheduled host drops out): the same slot,
    with its name, address, email and topic, becomes that month's host. A month that still has
    a host is refused — take them off the schedule first. Raises ValidationError."""
    if not slot.standby:
        raise ValidationError(_("Only a standby host can take over a month."))
    month = first_of_month(month)
    taken = _("%(month)s already has a host: take them off the schedule first.") % {
        "month": month_label(month)
    }
    if SeriesSlot.objects.filter(series=slot.series, month=month, standby=False).exists():
        raise ValidationError(taken)
    slot.month, slot.standby, slot.reminded_at = month, False, None
    try:
        with transaction.atomic():
            slot.save(update_fields=["month", "standby", "reminded_at"])
    except IntegrityError:  # a concurrent change took the month
        raise ValidationError(taken) from None
    return slot


def remove_slot(slot: SeriesSlot) -> None:
    """Take a host off the schedule (an edition already opened stays: it is a parade)."""
    slot.delete()


def edition_for(slot: SeriesSlot) -> Parade | None:
    if slot.month is None:
        return None
    return Parade.objects.filter(series=slot.series, edition_month=slot.month).first()


def open_edition(slot: SeriesSlot, *, slug: str = "", title: str = "") -> Parade:
    """Create the parade for a slot with a local host: that host hosts it, from the 1st of the
    month until the 1st of the next; they edit the call in their own dashboard.

    ValidationError when the slot is a standby or external host, or the edition exists.
    """
    if slot.standby or slot.month is None:
        raise ValidationError(_("A standby host has no edition of their own."))
    if slot.host is None:
        raise ValidationError(_("An external host runs their edition on their own site."))
    if edition_for(slot) is not None:
        raise ValidationError(_("This month's edition exists already."))
    series = slot.series
    slug = slug or f"{series.slug}-{slot.month:%Y-%m}"[:80]
    if Parade.objects.filter(slug=slug).exists():
        raise ValidationError(_("The address %(slug)s is taken.") % {"slug": slug})
    with translation.override(series.language):
        title = title or f"{series.title}: {month_label(slot.month)}"
    parade = Parade(
        host=slot.host,
        slug=slug,
        title=title[:200],
        question=slot.topic[:300],
        language=series.language,
        opens_at=month_start(slot.month),
        closes_at=month_start(add_months(slot.month, 1)),
        time_zone=settings.TIME_ZONE,
        series=series,
        edition_month=slot.month,
    )
    parade.full_clean()
    parade.save()
    return parade


# --- what the series page shows ---------------------------------------------------------------


@dataclass
class Edition:
    """One month of a series as readers see it: an edition parade here, or a scheduled host
    (whose call may live on their own site), or both."""

    month: dt.date | None
    parade: Parade | None = None
    slot: SeriesSlot | None = None
    period: str = "upcoming"  # past | current | upcoming

    @property
    def month_label(self) -> str:
        return month_label(self.month)

    @property
    def title(self) -> str:
        if self.parade:
            return self.parade.title
        return self.slot.topic if self.slot and self.slot.topic else ""

    @property
    def link(self) -> str:
        if self.parade:
            return self.parade.get_absolute_url()
        return self.slot.external_url if self.slot else ""

    @property
    def host_name(self) -> str:
        if self.parade:
            return user_display_name(self.parade.host)
        return self.slot.host_name if self.slot else ""

    @property
    def host_url(self) -> str:
        if self.parade:
            try:
                return self.parade.host.host_profile.website
            except Exception:
                return ""
        return self.slot.host_url if self.slot else ""

    @property
    def external(self) -> bool:
        return self.parade is None and self.slot is not None and self.slot.host_id is None


@dataclass
class Overview:
    past: list[Edition] = field(default_factory=list)
    current: list[Edition] = field(default_factory=list)
    upcoming: list[Edition] = field(default_factory=list)
    standby: list[SeriesSlot] = field(default_factory=list)


def editions(series: Series, now: dt.datetime | None = None) -> list[Edition]:
    """All editions, newest month first: listed edition parades merged with the schedule."""
    now = now or timezone.now()
    this_month = current_month(now)
    by_month: dict[Any, Edition] = {}
    parades = series.editions.filter(listed=True).select_related("host__host_profile")
    for parade in parades:
        month = parade.edition_month or current_month(parade.opens_at)
        state = parade.state_at(now)
        period = {
            ParadeState.OPEN: "current",
            ParadeState.UPCOMING: "upcoming",
        }.get(state, "past")
        by_month[(month, parade.pk)] = Edition(month=month, parade=parade, period=period)
    taken = {key[0]: key for key in by_month}
    for slot in series.slots.filter(standby=False).select_related("host__host_profile"):
        key = taken.get(slot.month)
        if key is not None:
            by_month[key].slot = slot
            continue
        if slot.month < this_month:
            period = "past"
        elif slot.month == this_month:
            period = "current"
        else:
            period = "upcoming"
        by_month[(slot.month, 0)] = Edition(month=slot.month, slot=slot, period=period)
    return sorted(
        by_month.values(),
        key=lambda e: (e.month or dt.date.min, e.parade.pk if e.parade else 0),
        reverse=True,
    )


def overview(series: Series, now: dt.datetime | None = None) -> Overview:
    """Past (newest first), current, upcoming (soonest first) editions and standby hosts."""
    result = Overview()
    for edition in editions(series, now):
        getattr(result, edition.period).append(edition)
    result.upcoming.reverse()
    result.standby = list(
        series.slots.filter(standby=True).select_related("host__host_profile").order_by("pk")
    )
    return result


def user_display_name(user: Any) -> str:
    """A host's name from their author box, else their full name; never the username (it
    is the host's email address)."""
    try:
        name = user.host_profile.name
    except Exception:  # no HostProfile (RelatedObjectDoesNotExist)
        name = ""
    return name or user.get_full_name()


def public_series(slug: str) -> Series:
    """The series or Http404."""
    return get_object_or_404(Series.objects.select_related("owner__host_profile"), slug=slug)


def own_series(user: Any, slug: str) -> Series:
    """The series ``slug`` if ``user`` owns it, else Http404 (strangers learn nothing)."""
    return get_object_or_404(Series, slug=slug, owner=user)


# --- reminders ------------------------------------------------------------------------------


def _reminder_recipient(slot: SeriesSlot) -> str:
    if slot.host_id and slot.host.email:  # type: ignore[union-attr]
        return slot.host.email  # type: ignore[union-attr]
    if slot.external_email:
        return slot.external_email
    return slot.series.owner.email  # nobody to write to: the owner passes it on


def _edition_for_reminder(slot: SeriesSlot) -> Parade | None:
    """A local host's edition, opened now if the owner has not yet (so the reminder can link
    straight to its call); None for external hosts or when it cannot be opened."""
    if slot.host_id is None:
        return None
    edition = edition_for(slot)
    if edition is None:
        try:
            edition = open_edition(slot)
        except ValidationError as exc:
            logger.info("series slot %s: edition not opened: %s", slot.pk, exc.messages)
            return None
    return edition if edition.host_id == slot.host_id else None


def _send_reminder(slot: SeriesSlot) -> None:
    series = slot.series
    recipient = _reminder_recipient(slot)
    with translation.override(series.language):
        context = {
            "series": series.title,
            "month": month_label(slot.month),
            "host": slot.host_name,
            "days": series.remind_days_before,
            "url": series.absolute_url(),
        }
        subject = _("%(series)s: your month, %(month)s, starts soon") % context
        lines = [
            _("Hello %(host)s,") % context,
            "",
            _(
                "you host %(series)s in %(month)s. Your month starts in %(days)s days "
                "or less: time to write your call."
            )
            % context,
            "",
            _("The series: %(url)s") % context,
        ]
        if slot.topic:
            lines.append(_("Your topic so far: %(topic)s") % {"topic": slot.topic})
        edition = _edition_for_reminder(slot)
        if edition is not None:
            lines.append(
                _("Your edition is ready for its call; edit it here: %(url)s")
                % {
                    "url": settings.BASE_URL
                    + reverse("dashboard:parade-edit", kwargs={"slug": edition.slug})
                }
            )
        elif slot.host_id:
            lines.append(
                _("Your dashboard: %(url)s")
                % {"url": settings.BASE_URL + reverse("dashboard:home")}
            )
        if recipient == series.owner.email and not (slot.host_id or slot.external_email):
            lines[0] = _("Hello,")
            lines.insert(
                2,
                _("(We have no email for %(host)s; please pass this on.)") % context,
            )
        send_mail(subject, "\n".join(lines) + "\n", None, [recipient])


def remind_next_hosts(now: dt.datetime | None = None) -> int:
    """Periodic job: email every scheduled (non-standby) host whose month starts within their
    series' ``remind_days_before`` days and has not started yet; a local host's edition is
    opened then if it is not yet, and the email links to its call. Each slot is claimed by a
    conditional update before sending, so it is reminded once even with several workers; a
    failed send releases the claim for the next run. Returns the number of emails sent."""
    now = now or timezone.now()
    this_month = current_month(now)
    horizon = current_month(now + dt.timedelta(days=366))
    candidates = SeriesSlot.objects.filter(
        standby=False, reminded_at__isnull=True, month__gt=this_month, month__lte=horizon
    ).select_related("series__owner", "host")
    sent = 0
    for slot in candidates:
        starts = month_start(slot.month)  # type: ignore[arg-type]
        if not (starts - dt.timedelta(days=slot.series.remind_days_before) <= now < starts):
            continue
        if not SeriesSlot.objects.filter(pk=slot.pk, reminded_at__isnull=True).update(
            reminded_at=now
        ):
            continue  # another process sent it
        try:
            _send_reminder(slot)
        except Exception:
            logger.exception("reminder for series slot %s failed; will retry", slot.pk)
            SeriesSlot.objects.filter(pk=slot.pk).update(reminded_at=None)
            continue
        sent += 1
    return sent


# --- forms ----------------------------------------------------------------------------------


class SeriesForm(forms.ModelForm):
    class Meta:
        model = Series
        fields = ["slug", "title", "description", "language", "remind_days_before"]


class SlotForm(forms.Form):
    """One host for the schedule: a host on this site (user name or email) or an external one."""

    month = forms.CharField(label=gettext_lazy("Month (YYYY-MM)"), required=False, max_length=10)
    standby = forms.BooleanField(label=gettext_lazy("Standby host"), required=False)
    local_host = forms.CharField(
        label=gettext_lazy("Host on this site (user name or email)"),
        required=False,
        max_length=254,
    )
    external_name = forms.CharField(
        label=gettext_lazy("…or an external host's name"), required=False, max_length=200
    )
    external_url = forms.URLField(
        label=gettext_lazy("External host's website or call"),
        required=False,
        max_length=2000,
        assume_scheme="https",
    )
    external_email = forms.EmailField(
        label=gettext_lazy("External host's email (for the reminder; never shown)"),
        required=False,
    )
    topic = forms.CharField(label=gettext_lazy("Topic, if known"), required=False, max_length=300)

    def clean_month(self) -> dt.date | None:
        value = self.cleaned_data.get("month", "")
        return parse_month(value) if value.strip() else None

    def clean_local_host(self) -> Any:
        value = self.cleaned_data.get("local_host", "").strip()
        if not value:
            return None
        user = find_host(value)
        if user is None:
            raise ValidationError(_("There is no host with that user name or email here."))
        return user

    def save(self, series: Series) -> SeriesSlot:
        """add_slot with the cleaned data; ValidationError is added to the form and re-raised."""
        data = self.cleaned_data
        try:
            return add_slot(
                series,
                month=data.get("month"),
                host=data.get("local_host"),
                external_name=data.get("external_name", ""),
                external_url=data.get("external_url", ""),
                external_email=data.get("external_email", ""),
                standby=data.get("standby", False),
                topic=data.get("topic", ""),
            )
        except ValidationError as exc:
            self.add_error(None, exc)
            raise


# --- the series feed ------------------------------------------------------------------------


class SeriesFeed(Feed):
    """Atom feed of a series' editions (here or on the host's own site), newest month first."""

    feed_type = Atom1Feed

    def get_object(self, request: HttpRequest, slug: str) -> Series:
        return public_series(slug)

    def title(self, obj: Series) -> str:
        return obj.title

    def subtitle(self, obj: Series) -> str:
        return obj.description or _("A blog parade with a new host every month.")

    description = subtitle

    def link(self, obj: Series) -> str:
        return obj.absolute_url()

    def feed_url(self, obj: Series) -> str:
        return settings.BASE_URL + reverse("series-feed", kwargs={"slug": obj.slug})

    def feed_guid(self, obj: Series) -> str:
        return self.feed_url(obj)

    def get_feed(self, obj: Series, request: HttpRequest) -> Any:
        # Feed.language is read as a plain attribute (not called with obj): set it here.
        feed = super().get_feed(obj, request)
        feed.feed["language"] = obj.language
        return feed

    def author_name(self, obj: Series) -> str:
        return user_display_name(obj.owner)

    def items(self, obj: Series) -> list[Edition]:
        # Only editions readers can open: a parade here, or an external host's call URL.
        return [e for e in editions(obj) if e.link][:FEED_LIMIT]

    def item_title(self, item: Edition) -> str:
        name = item.title or _("%(month)s edition") % {"month": item.month_label}
        return f"{item.month_label}: {name}" if item.title else name

    def item_description(self, item: Edition) -> str:
        return format_html(
            "<p>{}</p>",
            _("%(month)s, hosted by %(host)s")
            % {"month": item.month_label, "host": item.host_name or "?"},
        )

    def item_link(self, item: Edition) -> str:
        link = item.link
        return settings.BASE_URL + link if link.startswith("/") else link

    def item_guid(self, item: Edition) -> str:
        if item.parade:
            return item.parade.absolute_url()
        return f"{settings.BASE_URL}/s/{item.slot.series.slug}/#slot-{item.slot.pk}"  # type: ignore[union-attr]

    item_guid_is_permalink = False

    def item_pubdate(self, item: Edition) -> dt.datetime:
        return item.parade.created_at if item.parade else item.slot.created_at  # type: ignore[union-attr]

    def item_updateddate(self, item: Edition) -> dt.datetime:
        return item.parade.updated_at if item.parade else item.slot.created_at  # type: ignore[union-attr]

    def item_author_name(self, item: Edition) -> str:
        return item.host_name

    def item_author_link(self, item: Edition) -> str:
        return item.host_url
