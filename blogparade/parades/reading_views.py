"""The host's reading list editor: ``/dashboard/p/<slug>/reading/`` (add, edit, reorder,
read again, remove). Another host's parade is a 404."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from blogparade.parades import reading
from blogparade.parades.models import Parade, ReadingItem


def _own(request: HttpRequest, slug: str) -> Parade:
    return get_object_or_404(Parade, slug=slug, host=request.user)


@login_required
@require_http_methods(["GET", "POST"])
def reading_list(request: HttpRequest, slug: str) -> HttpResponse:
    parade = _own(request, slug)
    error = ""
    values = {"url": "", "title": "", "description": "", "place": ReadingItem.Place.BOTH}
    if request.method == "POST":
        values = {key: request.POST.get(key, "") for key in values}
        try:
            item = reading.add(parade, **values)
        except reading.ReadingError as exc:
            error = str(exc)
        else:
            if item.problem:
                messages.warning(
                    request,
                    _("Added, without a preview: %(problem)s") % {"problem": item.problem_text},
                )
            else:
                messages.success(
                    request, _("“%(title)s” is on the list.") % {"title": item.display_title}
                )
            return redirect(f"{request.path}#item-{item.pk}")
    return render(
        request,
        "dashboard/reading.html",
        {
            "parade": parade,
            "items": parade.reading_items.all(),
            "places": ReadingItem.Place.choices,
            "values": values,
            "error": error,
        },
        status=400 if error else 200,
    )


@login_required
@require_POST
def reading_item(request: HttpRequest, slug: str, item_id: int) -> HttpResponse:
    parade = _own(request, slug)
    item = get_object_or_404(ReadingItem, pk=item_id, parade=parade)
    action = request.POST.get("action", "save")
    anchor = f"#item-{item.pk}"
    if action == "remove":
        reading.remove(item)
        messages.success(request, _("“%(title)s” was removed.") % {"title": item.display_title})
        anchor = ""
    elif action in ("up", "down"):
        reading.move(item, -1 if action == "up" else 1)
    elif action == "refresh":
        reading.refresh(item)
        if item.problem:
            messages.warning(request, item.problem_text)
        else:
            messages.success(request, _("The preview was read again."))
    else:
        reading.update(
            item,
            title=request.POST.get("title", item.title),
            description=request.POST.get("description", item.description),
            place=request.POST.get("place", item.place),
        )
        messages.success(request, _("Saved."))
    return redirect(reverse("dashboard:reading", kwargs={"slug": parade.slug}) + anchor)
