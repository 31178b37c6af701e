"""The host's "finding what was missed" page: watched feeds, OPML import, past participants."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_http_methods, require_POST

from blogparade.parades.models import Parade
from blogparade.syndication import opml, watch


def _own_parade(request: HttpRequest, slug: str) -> Parade:
    return get_object_or_404(Parade, slug=slug, host=request.user)


@login_required
@require_http_methods(["GET"])
def feeds_page(request: HttpRequest, slug: str) -> HttpResponse:
    """Watched feeds with their last status, the import form and the past participants."""
    parade = _own_parade(request, slug)
    context = {
        "parade": parade,
        "feeds": watch.feed_rows(parade),
        "participants": watch.past_participants(parade),
        "max_kb": opml.MAX_BYTES // 1000,
    }
    return render(request, "syndication/watch.html", context)


@login_required
@require_POST
def import_feeds(request: HttpRequest, slug: str) -> HttpResponse:
    """Import an uploaded OPML file (all or nothing) or one feed address."""
    parade = _own_parade(request, slug)
    upload = request.FILES.get("opml")
    address = request.POST.get("url", "").strip()
    try:
        if upload is not None:
            if upload.size and upload.size > opml.MAX_BYTES:
                raise opml.OPMLError(
                    _("The file is too large (at most %(n)d kB).") % {"n": opml.MAX_BYTES // 1000}
                )
            added = watch.import_opml(parade, upload.read(opml.MAX_BYTES + 1))
            messages.success(
                request,
                ngettext("%(n)d feed added.", "%(n)d feeds added.", added) % {"n": added},
            )
        elif address:
            watch.add_feed(parade, address)
            messages.success(request, _("The feed is watched."))
        else:
            messages.error(request, _("Choose an OPML file or enter a feed address."))
    except opml.OPMLError as exc:
        messages.error(request, _("Nothing was imported: %(reason)s") % {"reason": exc})
    return redirect("feedwatch", slug=parade.slug)


@login_required
@require_POST
def watch_participants(request: HttpRequest, slug: str) -> HttpResponse:
    parade = _own_parade(request, slug)
    added = watch.watch_participants(parade, request.POST.getlist("site"))
    messages.success(
        request, ngettext("%(n)d blog added.", "%(n)d blogs added.", added) % {"n": added}
    )
    return redirect("feedwatch", slug=parade.slug)


@login_required
@require_POST
def remove_feed(request: HttpRequest, slug: str, feed_id: int) -> HttpResponse:
    parade = _own_parade(request, slug)
    feed = get_object_or_404(parade.watched_feeds, pk=feed_id)
    feed.delete()
    messages.success(request, _("The feed is no longer watched."))
    return redirect("feedwatch", slug=parade.slug)
