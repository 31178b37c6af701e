"""Parade and contribution operations shared by the views, the CLI and the tests.

Functions here validate their input and raise :class:`django.core.exceptions.ValidationError`
with translated messages keyed by field name; they never leave half-saved rows behind.
"""

from __future__ import annotations

import logging
import zoneinfo
from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from itertools import groupby

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.core.paginator import Page, Paginator
from django.core.validators import URLValidator
from django.db.models import Case, Count, F, IntegerField, Q, QuerySet, Value, When
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from blogparade.parades import search
from blogparade.parades.models import HostProfile, Parade, ParadeState
from blogparade.parades.search import DirectoryFilters

logger = logging.getLogger(__name__)

# The contributions app builds on this one (DESIGN.md's arrows), so the counts below name
# its statuses by value; tests/test_app_graph.py holds them equal to Contribution.Status.
APPROVED = "approved"
PENDING = "pending"

NAME_MAX = 120
EMAIL_MAX = 254
URL_MAX = 2000

http_url_validator = URLValidator(schemes=["http", "https"])
INVALID_URL_MESSAGE = gettext_lazy(
    "Enter the full address of a web page, starting with https:// or http://."
)


# --- parades --------------------------------------------------------------------------------


def validate_time_zone(value: str) -> None:
    """Raise ValidationError unless ``value`` names an IANA time zone (e.g. Europe/Berlin)."""
    try:
        if not value or ("/" not in value and value != "UTC"):
            raise ValueError(value)
        zoneinfo.ZoneInfo(value)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, TypeError):
        raise ValidationError(
            _("“%(value)s” is not a time zone. Use a name like Europe/Berlin."),
            params={"value": value},
            code="invalid_time_zone",
        ) from None


def create_parade(host: AbstractBaseUser, **fields: object) -> Parade:
    """Create and return a parade hosted by ``host``.

    ``fields`` are Parade model fields; ``opens_at`` defaults to now. Everything is checked
    with ``full_clean`` (deadline after opening, unique slug, valid time zone, field sizes);
    a :class:`ValidationError` is raised and nothing is saved when anything is wrong.
    """
    fields.setdefault("opens_at", timezone.now())
    parade = Parade(host=host, **fields)
    errors: dict[str, list] = {}
    try:
        validate_time_zone(parade.time_zone)
    except ValidationError as exc:
        errors["time_zone"] = exc.error_list
    try:
        parade.full_clean()
    except ValidationError as exc:
        for key, value in exc.message_dict.items():
            errors.setdefault(key, []).extend(value)
    if errors:
        raise ValidationError(errors)
    parade.save()
    return parade


def close_now(parade: Parade) -> Parade:
    """End an open parade now: its deadline becomes this moment. Late entries are still
    taken if the parade accepts them; the roundup is drafted as for any parade past its
    deadline. :class:`ValidationError` when it is not open."""
    now = timezone.now()
    state = parade.state_at(now)
    if state == ParadeState.UPCOMING:
        raise ValidationError(_("This parade has not opened yet; change its dates in Edit."))
    if state != ParadeState.OPEN:
        raise ValidationError(_("This parade is closed already."))
    parade.closes_at = now
    parade.save(update_fields=["closes_at", "updated_at"])
    return parade


def reopen(parade: Parade, closes_at: datetime) -> Parade:
    """Open a closed parade again until ``closes_at``. Not once its roundup is published
    (participants have been told it is over), and only with a deadline in the future."""
    now = timezone.now()
    if parade.rounded_up_at:
        raise ValidationError(
            _("The roundup of this parade is published; it cannot be opened again.")
        )
    if closes_at <= now:
        raise ValidationError(_("The new deadline must be in the future."))
    parade.closes_at = closes_at
    parade.opens_at = min(parade.opens_at, now)
    parade.save(update_fields=["closes_at", "opens_at", "updated_at"])
    return parade


DIRECTORY_PAGE_SIZE = 25
DIRECTORY_TAGS_CACHE_SECONDS = 60


_STATE_ORDER = {
    ParadeState.OPEN: 0,
    ParadeState.UPCOMING: 1,
    ParadeState.CLOSED: 2,
    ParadeState.ROUNDED_UP: 3,
}


def _state_order(now: datetime) -> Case:
    return Case(
        When(rounded_up_at__isnull=False, then=Value(3)),
        When(opens_at__gt=now, then=Value(1)),
        When(closes_at__gt=now, then=Value(0)),
        default=Value(2),
        output_field=IntegerField(),
    )


def _directory_order(now: datetime, filters: DirectoryFilters) -> QuerySet[Parade]:
    """Listed parades narrowed by ``filters``, in directory order, without per-row details."""
    parades = search.apply_filters(Parade.objects.listed(), filters, now)
    ordering: list = []
    if filters.q:
        parades = search.search(parades, filters.terms)
        ordering.append("search_rank")
    return parades.annotate(
        state_order=_state_order(now),
        soon_key=Case(
            When(state_order=0, then=F("closes_at")),
            When(state_order=1, then=F("opens_at")),
        ),
        past_key=Case(When(state_order__gte=2, then=F("closes_at"))),
    ).order_by(
        *ordering,
        "state_order",
        F("soon_key").asc(nulls_last=True),
        F("past_key").desc(nulls_last=True),
        "pk",
    )


def _with_details(parades: QuerySet[Parade]) -> QuerySet[Parade]:
    """Host and profile joined, ``approved_count`` counted (one query for any rows)."""
    return parades.select_related("host__host_profile").annotate(
        approved_count=Count("contributions", filter=Q(contributions__status=APPROVED))
    )


def directory_parades(
    now: datetime | None = None, filters: DirectoryFilters | None = None
) -> QuerySet[Parade]:
    """Listed parades for the directory, in one query with their approved-contribution count.

    Order: open ones by deadline, then upcoming ones by opening, then closed and rounded-up
    ones, most recent deadline first. Each row carries ``state_order`` (0 open, 1 upcoming,
    2 closed, 3 rounded up) and ``approved_count``. ``filters`` narrow the list (state,
    language, tag) and, with a search query, keep only matching parades, most relevant first
    (rows then also carry ``search_rank``, lower is better); a query with no words in it
    matches nothing.
    """
    return _with_details(_directory_order(now or timezone.now(), filters or DirectoryFilters()))


@dataclass
class DirectoryPage:
    """One page of the directory as the template shows it."""

    filters: DirectoryFilters
    page: Page
    # (state_order, parades) runs in page order; one run with state None for search results.
    groups: list[tuple[int | None, list[Parade]]]
    tags: list[tuple[str, int]]

    @property
    def total(self) -> int:
        return self.page.paginator.count

    @property
    def searching(self) -> bool:
        return bool(self.filters.q)

    @property
    def tag_options(self) -> list[tuple[str, int | None]]:
        """The tag list, plus the chosen tag (count unknown) when it is not among them."""
        tag = self.filters.tag
        if tag and all(tag != name for name, _count in self.tags):
            return [*self.tags, (tag, None)]
        return self.tags

    @property
    def previous_url(self) -> str:
        """Query string of the previous page ('' for none, or for page 1 without filters)."""
        if not self.page.has_previous():
            return ""
        return self.filters.querystring(self.page.previous_page_number())

    @property
    def next_url(self) -> str:
        return (
            self.filters.querystring(self.page.next_page_number()) if self.page.has_next() else ""
        )


def directory_page(
    filters: DirectoryFilters, page_number: object = None, now: datetime | None = None
) -> DirectoryPage:
    """The directory page ``page_number`` (any input; out of range or not a number gives the
    nearest page) for ``filters``: a count query, the page's rows in one query, and the tag
    list (cached for a minute)."""
    now = now or timezone.now()
    # Two steps, so that the expensive per-row work (joins, counting contributions) is done
    # for the 25 rows shown, not for every parade that matches: the page's ids in order,
    # then those rows.
    ids = _directory_order(now, filters).values_list("pk", flat=True)
    page = Paginator(ids, DIRECTORY_PAGE_SIZE).get_page(page_number)
    page_ids = list(page.object_list)
    details = {p.pk: p for p in _with_details(Parade.objects.filter(pk__in=page_ids))}
    rows = [details[pk] for pk in page_ids if pk in details]
    for parade in rows:
        parade.state_order = _STATE_ORDER[parade.state_at(now)]
    page.object_list = rows
    if filters.q:
        groups: list[tuple[int | None, list[Parade]]] = [(None, rows)] if rows else []
    else:
        groups = [(key, list(run)) for key, run in groupby(rows, key=lambda p: p.state_order)]
    return DirectoryPage(filters=filters, page=page, groups=groups, tags=directory_tags())


def directory_tags(limit: int = 100) -> list[tuple[str, int]]:
    """The ``limit`` most used tags of listed parades as (tag, count), most used first, then
    by name; cached for :data:`DIRECTORY_TAGS_CACHE_SECONDS`."""
    from django.core.cache import cache

    key = f"bp:directory-tags:{limit}"
    tags = cache.get(key)
    if tags is None:
        counts: Counter[str] = Counter()
        rows = Parade.objects.listed().exclude(tags="").order_by().values_list("tags", flat=True)
        for value in rows:
            counts.update(t for t in value.split(",") if t)
        tags = sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:limit]
        cache.set(key, tags, DIRECTORY_TAGS_CACHE_SECONDS)
    return tags


def host_parades(host: AbstractBaseUser) -> QuerySet[Parade]:
    """The host's own parades with ``pending_count``, ``approved_count`` and ``total_count``."""
    return (
        Parade.objects.filter(host=host)
        .annotate(
            pending_count=Count("contributions", filter=Q(contributions__status=PENDING)),
            approved_count=Count("contributions", filter=Q(contributions__status=APPROVED)),
            total_count=Count("contributions"),
        )
        .order_by("-closes_at", "pk")
    )


def host_profile_of(user: AbstractBaseUser) -> HostProfile | None:
    """The user's host profile, or None (no query when it was select_related)."""
    try:
        return user.host_profile  # type: ignore[attr-defined]
    except HostProfile.DoesNotExist:
        return None


def get_or_create_profile(user: AbstractBaseUser) -> HostProfile:
    """The user's host profile, created with their full name when missing."""
    profile = host_profile_of(user)
    if profile is None:
        name = user.get_full_name() if hasattr(user, "get_full_name") else ""
        profile, _created = HostProfile.objects.get_or_create(
            user=user, defaults={"name": (name or "").strip()[:120]}
        )
    return profile


# --- contributions --------------------------------------------------------------------------


def not_accepting_message(parade: Parade) -> str:
    """Why ``parade`` takes no contributions now, in the active language ('' if it does)."""
    state = parade.state
    if state == ParadeState.UPCOMING:
        return _("This parade has not opened yet. Please come back when it opens.")
    if state == ParadeState.CLOSED and not parade.late_entries_accepted:
        return _("This parade has closed and does not accept late entries.")
    if state == ParadeState.ROUNDED_UP:
        return _("This parade is over: the roundup has been published.")
    return ""
