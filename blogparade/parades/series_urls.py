"""Routes (and their thin views) for series and the hub; included at the site root.

Public: ``/s/<slug>/`` series page, ``/s/<slug>/feed.atom`` its editions, ``/hub/`` parades
hosted elsewhere. Owner only (others get a 404): ``/dashboard/s/…`` the series schedule.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db.models import Count
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import path
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from blogparade.core.views import require_staff
from blogparade.parades import hub, series
from blogparade.parades.models import HubSource, Series, SeriesSlot


@require_safe
def series_page(request: HttpRequest, slug: str) -> HttpResponse:
    obj = series.public_series(slug)
    return render(
        request,
        "parades/series.html",
        {
            "series": obj,
            "overview": series.overview(obj),
            "owner_name": series.user_display_name(obj.owner),
        },
    )


@require_safe
def hub_page(request: HttpRequest) -> HttpResponse:
    return render(
        request, "parades/hub.html", {"remote_parades": hub.remote_parades_for_directory()}
    )


@login_required
@require_http_methods(["GET", "POST"])
def dashboard_series_list(request: HttpRequest) -> HttpResponse:
    """The host's own series and a form to start one."""
    form = series.SeriesForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            obj = series.create_series(request.user, **form.cleaned_data)
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(request, _("Your series is ready; now plan its hosts."))
            return redirect("series-manage", slug=obj.slug)
    return render(
        request,
        "parades/series_dashboard_list.html",
        {"series_list": Series.objects.filter(owner=request.user), "form": form},
        status=400 if form.is_bound and form.errors else 200,
    )


@login_required
@require_http_methods(["GET", "POST"])
def dashboard_series(request: HttpRequest, slug: str) -> HttpResponse:
    """The owner's schedule: slots, standby hosts, and a form to add one."""
    obj = series.own_series(request.user, slug)
    form = series.SlotForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            form.save(obj)
        except ValidationError:
            pass  # the form carries the error
        else:
            messages.success(request, _("The schedule has been updated."))
            return redirect("series-manage", slug=obj.slug)
    slots = obj.slots.select_related("host__host_profile")
    editions = {p.edition_month: p for p in obj.editions.exclude(edition_month=None)}
    rows = [(slot, editions.get(slot.month)) for slot in slots]
    return render(
        request,
        "parades/series_dashboard.html",
        {"series": obj, "rows": rows, "form": form},
        status=400 if form.is_bound and form.errors else 200,
    )


def _own_slot(request: HttpRequest, slug: str, pk: int) -> SeriesSlot:
    obj = series.own_series(request.user, slug)
    return get_object_or_404(SeriesSlot.objects.select_related("series", "host"), pk=pk, series=obj)


@login_required
@require_POST
def dashboard_slot_delete(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    series.remove_slot(_own_slot(request, slug, pk))
    messages.success(request, _("The host has been taken off the schedule."))
    return redirect("series-manage", slug=slug)


@login_required
@require_POST
def dashboard_slot_promote(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    slot = _own_slot(request, slug, pk)
    try:
        slot = series.promote_standby(slot, series.parse_month(request.POST.get("month", "")))
    except ValidationError as exc:
        for message in exc.messages:
            messages.error(request, message)
    else:
        messages.success(
            request,
            _("%(host)s hosts %(month)s now.")
            % {"host": slot.host_name, "month": series.month_label(slot.month)},
        )
    return redirect("series-manage", slug=slug)


@login_required
@require_POST
def dashboard_slot_open(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    try:
        parade = series.open_edition(_own_slot(request, slug, pk))
    except ValidationError as exc:
        for message in exc.messages:
            messages.error(request, message)
    else:
        messages.success(
            request,
            _("The edition %(title)s is open; its host can edit the call now.")
            % {"title": parade.title},
        )
    return redirect("series-manage", slug=slug)


# --- the hub, for operators (staff) ---------------------------------------------------------


@login_required
@require_http_methods(["GET", "POST"])
def dashboard_hub(request: HttpRequest) -> HttpResponse:
    """Staff: the hub's sources (directory feeds of other instances, single call pages), their
    state, and a form to add one — fetched at once; nothing is saved if it cannot be read."""
    require_staff(request)
    url = ""
    if request.method == "POST":
        url = request.POST.get("url", "").strip()
        kind = request.POST.get("kind", "")
        if kind not in HubSource.Kind.values:
            messages.error(
                request, _("Choose whether the address is a directory feed or a call page.")
            )
        elif not url:
            messages.error(request, _("Enter the address to add."))
        else:
            adder = hub.add_feed if kind == HubSource.Kind.FEED else hub.add_call
            try:
                source = adder(url)
            except hub.HubError as exc:
                messages.error(request, str(exc))
            else:
                messages.success(
                    request,
                    _("Added %(url)s: %(count)d parade(s).")
                    % {"url": source.url, "count": source.parades.count()},
                )
                return redirect("hub-manage")
    sources = HubSource.objects.annotate(parade_count=Count("parades")).order_by("pk")
    return render(
        request,
        "parades/hub_dashboard.html",
        {"sources": sources, "kinds": HubSource.Kind.choices, "url": url},
        status=400 if request.method == "POST" else 200,
    )


@login_required
@require_POST
def dashboard_hub_refresh(request: HttpRequest, pk: int) -> HttpResponse:
    require_staff(request)
    source = get_object_or_404(HubSource, pk=pk)
    try:
        count = hub.refresh_source(source)
    except hub.HubError as exc:
        messages.error(request, f"{source.url}: {exc}")
    else:
        messages.success(
            request, _("%(url)s: %(count)d parade(s).") % {"url": source.url, "count": count}
        )
    return redirect("hub-manage")


@login_required
@require_POST
def dashboard_hub_active(request: HttpRequest, pk: int) -> HttpResponse:
    """Pause a source (its parades leave the directory) or take it up again."""
    require_staff(request)
    source = get_object_or_404(HubSource, pk=pk)
    source.active = not source.active
    source.save(update_fields=["active"])
    if source.active:
        messages.success(request, _("%(url)s is listed again.") % {"url": source.url})
    else:
        messages.success(request, _("%(url)s is paused.") % {"url": source.url})
    return redirect("hub-manage")


urlpatterns = [
    path("s/<slug:slug>/", series_page, name="series"),
    path("s/<slug:slug>/feed.atom", series.SeriesFeed(), name="series-feed"),
    path("hub/", hub_page, name="hub"),
    path("dashboard/s/", dashboard_series_list, name="series-dashboard"),
    path("dashboard/hub/", dashboard_hub, name="hub-manage"),
    path("dashboard/hub/<int:pk>/refresh/", dashboard_hub_refresh, name="hub-refresh"),
    path("dashboard/hub/<int:pk>/active/", dashboard_hub_active, name="hub-active"),
    path("dashboard/s/<slug:slug>/", dashboard_series, name="series-manage"),
    path(
        "dashboard/s/<slug:slug>/slots/<int:pk>/delete/",
        dashboard_slot_delete,
        name="series-slot-delete",
    ),
    path(
        "dashboard/s/<slug:slug>/slots/<int:pk>/promote/",
        dashboard_slot_promote,
        name="series-slot-promote",
    ),
    path(
        "dashboard/s/<slug:slug>/slots/<int:pk>/open/",
        dashboard_slot_open,
        name="series-slot-open",
    ),
]
