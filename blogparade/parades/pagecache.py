"""Versions of the parades' public pages, and the page-cache keys of their views.

A parade's ``page_token`` changes with everything its call page and roundup show: the parade
itself (``Parade.save``), its host's profile and name, its roundup and series, and — through
:func:`touch`, called by the apps that own them — its contributions, comments and
reactions. The directory's version (``core.PageVersion`` "directory") changes with any of
these and with the parades hosted elsewhere. See :mod:`blogparade.core.pagecache` for how the
keys are used.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import connection
from django.db.models import QuerySet
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.http import HttpRequest
from django.utils import timezone, translation

from blogparade.core import pagecache
from blogparade.core.signals import pages_changed
from blogparade.parades.models import (
    HostProfile,
    HubSource,
    Parade,
    ReadingItem,
    RemoteParade,
    Roundup,
    RoundupEntry,
    Series,
    new_page_token,
)

DIRECTORY = "directory"


def touch(parade_ids: Iterable[int | None], *, directory: bool = True) -> None:
    """What these parades' pages show has changed (one UPDATE, and one for the directory
    unless ``directory`` is false: comments and reactions do not show there)."""
    ids = {int(i) for i in parade_ids if i}
    if not ids:
        return
    Parade.objects.filter(pk__in=ids).update(page_token=new_page_token())
    if directory:
        pagecache.bump(DIRECTORY)


def touch_selected(parade_ids: QuerySet, *, directory: bool = True) -> None:
    """Like :func:`touch`, for the parades a query selects (its ids become a subquery: one
    statement whatever their number)."""
    Parade.objects.filter(pk__in=parade_ids).update(page_token=new_page_token())
    if directory:
        pagecache.bump(DIRECTORY)


def interface_language(request: HttpRequest, parade_language: str) -> str:
    """The language of a parade page's interface: the reader's — picked with the switcher,
    else the browser's — and the parade's own when the browser names none (crawlers, feed
    readers)."""
    chosen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME, "")
    if chosen in dict(settings.LANGUAGES):
        return chosen
    if request.headers.get("Accept-Language", "").strip():
        return translation.get_language_from_request(request)
    return parade_language


def _page_number(request: HttpRequest) -> str | None:
    """The ``page`` parameter when it is the only one and a plain number, else ``None``."""
    if any(name != "page" for name in request.GET):
        return None
    page = request.GET.get("page", "1")
    return page if page.isdigit() and len(page) < 7 else None


def parade_page_key(request: HttpRequest, slug: str) -> str | None:
    """The variant of a call page (or of a roundup): parade, version, interface language,
    state (opened, deadline passed) and page number; ``None`` renders live. (The page cache
    itself renders a page again once a minute for its relative times.)"""
    page = _page_number(request)
    if page is None:
        return None
    # Plain SQL: on a cache hit this is the only work a request does, and building the same
    # query with the ORM costs ten times as much as running it.
    table = connection.ops.quote_name(Parade._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT id, page_token, language, opens_at, closes_at FROM {table} WHERE slug = %s",  # noqa: S608
            [slug],
        )
        row = cursor.fetchone()
    if row is None:
        return None  # the 404 page is rendered live
    pk, token, language, opens_at, closes_at = row
    now = timezone.now()
    opens_at, closes_at = _aware(opens_at), _aware(closes_at)
    state = f"{int(now >= opens_at)}{int(now >= closes_at)}"
    for moment in (opens_at, closes_at):
        if now < moment:
            pagecache.fresh_until(request, moment.timestamp())
            break
    language = interface_language(request, language)
    return f"{pk}:{token}:{language}:{state}:{page}"


def _aware(value: object) -> datetime:
    """A timestamp column as an aware datetime, whatever the backend handed back."""
    if isinstance(value, str):  # SQLite without converters
        value = datetime.fromisoformat(value)
    assert isinstance(value, datetime)
    return value if timezone.is_aware(value) else value.replace(tzinfo=UTC)


def directory_key(request: HttpRequest) -> str | None:
    """The variant of the directory: its version, language and query."""
    if len(request.META.get("QUERY_STRING", "")) > 500:
        return None
    language = translation.get_language_from_request(request)
    return ":".join(
        [
            pagecache.version(DIRECTORY),
            language,
            request.META.get("QUERY_STRING", ""),
        ]
    )


@receiver(pages_changed, dispatch_uid="parades-pages-changed")
def _pages_changed(
    sender: object, parade_ids: Iterable[int | None] = (), directory: bool = True, **kwargs: object
) -> None:
    touch(parade_ids, directory=directory)


@receiver(post_save, sender=Parade, dispatch_uid="parades-page-parade-saved")
@receiver(post_delete, sender=Parade, dispatch_uid="parades-page-parade-deleted")
@receiver(post_save, sender=RemoteParade, dispatch_uid="parades-page-remote-saved")
@receiver(post_delete, sender=RemoteParade, dispatch_uid="parades-page-remote-deleted")
@receiver(post_save, sender=HubSource, dispatch_uid="parades-page-source-saved")
@receiver(post_delete, sender=HubSource, dispatch_uid="parades-page-source-deleted")
def _directory_changed(sender: type, **kwargs: object) -> None:
    pagecache.bump(DIRECTORY)  # a parade's own save gave it a new token already


@receiver(post_save, sender=HostProfile, dispatch_uid="parades-page-profile-saved")
@receiver(post_delete, sender=HostProfile, dispatch_uid="parades-page-profile-deleted")
def _profile_changed(sender: type, instance: HostProfile, **kwargs: object) -> None:
    touch(Parade.objects.filter(host_id=instance.user_id).values_list("pk", flat=True))


@receiver(post_save, sender=get_user_model(), dispatch_uid="parades-page-host-saved")
def _host_changed(
    sender: type, instance: object, update_fields: object = None, **kwargs: object
) -> None:
    if update_fields is not None and set(update_fields) <= {"last_login", "password"}:
        return  # a sign-in or a new password changes nothing a page shows
    touch(Parade.objects.filter(host_id=instance.pk).values_list("pk", flat=True))  # type: ignore[attr-defined]


@receiver(post_save, sender=Roundup, dispatch_uid="parades-page-roundup-saved")
@receiver(post_delete, sender=Roundup, dispatch_uid="parades-page-roundup-deleted")
def _roundup_changed(sender: type, instance: Roundup, **kwargs: object) -> None:
    touch([instance.parade_id])


@receiver(post_save, sender=RoundupEntry, dispatch_uid="parades-page-entry-saved")
@receiver(post_delete, sender=RoundupEntry, dispatch_uid="parades-page-entry-deleted")
def _roundup_entry_changed(sender: type, instance: RoundupEntry, **kwargs: object) -> None:
    touch(Roundup.objects.filter(pk=instance.roundup_id).values_list("parade_id", flat=True))


@receiver(post_save, sender=ReadingItem, dispatch_uid="parades-page-reading-saved")
@receiver(post_delete, sender=ReadingItem, dispatch_uid="parades-page-reading-deleted")
def _reading_item_changed(sender: type, instance: ReadingItem, **kwargs: object) -> None:
    touch([instance.parade_id], directory=False)


@receiver(post_save, sender=Series, dispatch_uid="parades-page-series-saved")
def _series_changed(sender: type, instance: Series, **kwargs: object) -> None:
    touch(instance.editions.values_list("pk", flat=True))
