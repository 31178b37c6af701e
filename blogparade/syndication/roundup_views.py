"""The public roundup page and the host's small roundup editor (thin views over contributions.roundup)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET, require_http_methods

from blogparade.contributions import roundup as service
from blogparade.core.pagecache import cached_page, mark_cacheable, rendering_for_cache
from blogparade.parades.models import Parade, Roundup
from blogparade.parades.pagecache import parade_page_key
from blogparade.parades.views import page_language


@cached_page(parade_page_key)
@require_GET
def roundup_page(request: HttpRequest, slug: str) -> HttpResponse:
    """The published roundup (an h-entry). Its host may preview an unpublished draft."""
    parade = get_object_or_404(Parade.objects.select_related("host__host_profile"), slug=slug)
    roundup = Roundup.objects.filter(parade=parade).first()
    if roundup is None:
        raise Http404
    is_host = request.user.is_authenticated and request.user.pk == parade.host_id
    if roundup.published_at is None and not is_host:
        raise Http404
    # The parade's language, unless the reader chose one with the switcher (as the call page).
    language = page_language(request, parade)
    with translation.override(language):
        context = service.roundup_context(roundup)
        context["preview"] = roundup.published_at is None
        for_everyone = not context["preview"] and rendering_for_cache(request)
        if for_everyone:
            context["csrf_token"] = ""  # its forms are checked by origin (blogparade.core.csrf)
        response = render(request, "syndication/roundup.html", context)
    response["Content-Language"] = language
    return mark_cacheable(response) if for_everyone else response


def _hosted(request: HttpRequest, slug: str) -> Parade:
    return get_object_or_404(Parade, slug=slug, host=request.user)


@login_required
@require_http_methods(["GET", "POST"])
def roundup_edit(request: HttpRequest, slug: str) -> HttpResponse:
    """Edit intro, order and quotes; refresh the draft; publish. Another host's parade is a 404."""
    parade = _hosted(request, slug)
    roundup = Roundup.objects.filter(parade=parade).first() or service.draft_roundup(parade)
    if request.method == "POST":
        action = request.POST.get("action", "save")
        confirmed = request.POST.get("confirm") == "yes"
        if action == "refresh":
            service.draft_roundup(parade)
            messages.success(request, _("The draft was refreshed from the approved contributions."))
        elif action == "retry" and roundup.published_at is not None:
            waiting = service.notification_status(roundup)["failed"]
            service.publish_roundup(roundup)  # publishing again retries what failed
            messages.success(
                request,
                ngettext(
                    "Trying again to notify %(n)d contribution.",
                    "Trying again to notify %(n)d contributions.",
                    waiting,
                )
                % {"n": waiting},
            )
        elif action == "publish" and confirmed:
            # The second step: the edits were saved with the first; now publish.
            try:
                service.publish_roundup(roundup)
            except service.NotOpenedYet:
                messages.error(
                    request, _("This parade has not opened yet; there is nothing to round up.")
                )
            else:
                messages.success(
                    request, _("The roundup is published; participants are being notified.")
                )
        else:
            _save_edits(request, roundup)
            if action != "publish":
                messages.success(request, _("The roundup was saved."))
            else:
                # The edits are saved; publishing first says what it will do.
                from blogparade.syndication.reminders import roundup_recipients

                preview = service.publish_preview(roundup)
                preview["subscribers"] = 0 if roundup.published_at else roundup_recipients(parade)
                return render(
                    request,
                    "syndication/roundup_publish_confirm.html",
                    {"parade": parade, "roundup": roundup, **preview},
                )
        return redirect("roundup-edit", slug=parade.slug)
    context = service.roundup_context(roundup)
    context["orders"] = Roundup.Order.choices
    context["all_entries"] = service.ordered_entries(roundup, left_out=True)
    context["status"] = service.notification_status(roundup)
    context["status_text"] = _status_text(context["status"])
    return render(request, "syndication/roundup_edit.html", context)


def _status_text(status: dict) -> str:
    return _(
        "%(sent)d of %(total)d contributions notified, %(failed)d failed, %(waiting)d waiting."
    ) % {key: status[key] for key in ("sent", "total", "failed", "waiting")}


@login_required
@require_GET
def roundup_status(request: HttpRequest, slug: str) -> JsonResponse:
    """How telling the contributions goes, for the editor's live status (the host's own
    parades only)."""
    parade = _hosted(request, slug)
    roundup = get_object_or_404(Roundup, parade=parade)
    status = service.notification_status(roundup)
    return JsonResponse(
        {
            **{key: status[key] for key in ("published", "total", "sent", "failed", "waiting")},
            "done": status["done"],
            "value": status["sent"] + status["failed"],
            "max": status["total"],
            "text": _status_text(status),
            "failures": [
                {
                    "url": entry.contribution.url,
                    "title": entry.contribution.display_title,
                    "reason": entry.notification_text,
                    "reason_code": (entry.notification_phrase or {}).get("code", ""),
                }
                for entry in status["failures"]
            ],
        },
        headers={"Cache-Control": "no-store"},
    )


def _save_edits(request: HttpRequest, roundup: Roundup) -> None:
    """Intro, order, quotes and (in manual order) positions from the edit form."""
    quotes, notes, positions = {}, {}, {}
    for key, value in request.POST.items():
        if key.startswith("quote-") and key[6:].isdigit():
            quotes[int(key[6:])] = value.strip()
        elif key.startswith("note-") and key[5:].isdigit():
            notes[int(key[5:])] = value.strip()
        elif key.startswith("position-") and key[9:].isdigit() and value.strip().isdigit():
            positions[int(key[9:])] = int(value)
    # An entry in the form whose "leave out" box is not ticked is listed (a box unticked
    # sends nothing, so the entries the form showed are those with a quote field).
    left_out = {pk for pk in quotes if request.POST.get(f"left_out-{pk}") == "on"}
    order = request.POST.get("order")
    if order not in Roundup.Order.values:
        order = roundup.order
    service.update_roundup(
        roundup,
        intro=request.POST.get("intro", roundup.intro)[:20_000],
        title=request.POST.get("title", roundup.title),
        order=order,
        quotes=quotes,
        notes=notes,
        left_out=left_out if quotes else None,
        positions=positions if order == Roundup.Order.MANUAL else None,
    )


@login_required
@require_GET
def roundup_export(request: HttpRequest, slug: str, fmt: str) -> HttpResponse:
    """Download the roundup as md, html, json or csv (the host's own parades only)."""
    parade = _hosted(request, slug)
    if fmt not in service.EXPORTS:
        raise Http404
    roundup = Roundup.objects.filter(parade=parade).first() or service.draft_roundup(parade)
    response = HttpResponse(service.EXPORTS[fmt](roundup), content_type=service.EXPORT_TYPES[fmt])
    suffix = service.EXPORT_SUFFIXES.get(fmt, fmt)
    response["Content-Disposition"] = f'attachment; filename="{parade.slug}-roundup.{suffix}"'
    return response
