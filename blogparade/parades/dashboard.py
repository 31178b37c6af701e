"""The host dashboard: own parades, create/edit with preview, moderation, host profile.

Every view requires a login and only ever looks up the logged-in host's own parades and
contributions; anything else is a 404 (not a 403), so strangers learn nothing.
"""

from __future__ import annotations

from datetime import timedelta

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from blogparade.core.markup import render_markdown
from blogparade.core.models import RegisteredSite, origin_of
from blogparade.parades import services
from blogparade.parades.forms import HostProfileForm, ParadeForm, PreviewForm, ReopenForm
from blogparade.parades.models import Parade
from blogparade.parades.share import share_kit
from blogparade.parades.views import render_parade


def _own_parade(request: HttpRequest, slug: str) -> Parade:
    return get_object_or_404(Parade, slug=slug, host=request.user)


@login_required
@require_safe
def home(request: HttpRequest) -> HttpResponse:
    """The host's parades with their contribution counts."""
    parades = services.host_parades(request.user)
    profile = services.host_profile_of(request.user)
    return render(request, "dashboard/home.html", {"parades": parades, "profile": profile})


def _parade_form_page(
    request: HttpRequest, form: ParadeForm, parade: Parade | None
) -> HttpResponse:
    preview = None
    if request.method == "POST" and "preview" in request.POST:
        preview = render_markdown(request.POST.get("call_text", "")[:50_000])
    return render(
        request,
        "dashboard/parade_form.html",
        {"form": form, "parade": parade, "preview_html": preview},
        status=400 if form.is_bound and form.errors else 200,
    )


def _new_parade(request: HttpRequest) -> Parade:
    """An unsaved parade with the new-parade form's defaults."""
    now = timezone.localtime().replace(minute=0, second=0, microsecond=0)
    # The new parade speaks the host's interface language unless the host says otherwise.
    language = (get_language() or "en").split("-")[0]
    if language not in dict(Parade._meta.get_field("language").choices):
        language = Parade._meta.get_field("language").default
    return Parade(
        host=request.user,
        opens_at=now,
        closes_at=now + timedelta(days=28),
        language=language,
    )


@login_required
@require_http_methods(["GET", "POST"])
def parade_new(request: HttpRequest) -> HttpResponse:
    """Create a parade. The "preview" button re-shows the form with the rendered call."""
    instance = _new_parade(request)
    if request.method == "POST":
        form = ParadeForm(request.POST, instance=instance)
        if "preview" not in request.POST and form.is_valid():
            fields = {k: v for k, v in form.cleaned_data.items() if k in ParadeForm.Meta.fields}
            try:
                parade = services.create_parade(request.user, **fields)
            except ValidationError as exc:
                form.add_error(None, exc)
            else:
                messages.success(
                    request, _("Your parade is set up. Here is what you need to spread the word.")
                )
                return redirect("dashboard:parade-share", slug=parade.slug)
        elif "preview" in request.POST:
            form.is_valid()  # show errors next to the preview, save nothing
    else:
        form = ParadeForm(instance=instance)
    return _parade_form_page(request, form, None)


@login_required
@require_http_methods(["GET", "POST"])
def parade_edit(request: HttpRequest, slug: str) -> HttpResponse:
    parade = _own_parade(request, slug)
    if request.method == "POST":
        form = ParadeForm(request.POST, instance=parade)
        if "preview" not in request.POST and form.is_valid():
            parade = form.save()
            messages.success(request, _("Changes saved."))
            return redirect("dashboard:contributions", slug=parade.slug)
        if "preview" in request.POST:
            form.is_valid()
    else:
        form = ParadeForm(instance=parade)
    return _parade_form_page(request, form, parade)


@login_required
@require_POST
def page_preview(request: HttpRequest, slug: str | None = None) -> HttpResponse:
    """The whole call page as readers will see it, with the form's values, before saving.

    The parade is saved and the page rendered inside a transaction that is then rolled back:
    the preview shows exactly what the public page would (the host's box, the deadline, the
    contributions and comments it already has), and nothing is kept. Invalid values show the
    form again with its errors."""
    existing = _own_parade(request, slug) if slug else None
    form = ParadeForm(request.POST, instance=existing or _new_parade(request))
    if not form.is_valid():
        return _parade_form_page(request, form, existing)
    try:
        with transaction.atomic():
            if existing is None:
                fields = {k: v for k, v in form.cleaned_data.items() if k in ParadeForm.Meta.fields}
                parade = services.create_parade(request.user, **fields)
            else:
                parade = form.save()
            response = render_parade(request, parade, preview=True)
            transaction.set_rollback(True)
    except ValidationError as exc:
        form.add_error(None, exc)
        return _parade_form_page(request, form, existing)
    response["X-Robots-Tag"] = "noindex"
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
@require_safe
def parade_share(request: HttpRequest, slug: str) -> HttpResponse:
    """The share kit: the call's address, hashtags, announcement texts in the parade's
    language, the calendar link and the widget snippets (with the call's site registered in
    one click)."""
    parade = _own_parade(request, slug)
    return render(request, "dashboard/share.html", {"parade": parade, "kit": share_kit(parade)})


@login_required
@require_POST
def parade_register_site(request: HttpRequest, slug: str) -> HttpResponse:
    """Allow the widgets on the site of this parade's call (its ``call_url``, which no other
    parade may have) — the one site a host may register from the dashboard."""
    parade = _own_parade(request, slug)
    origin = origin_of(parade.call_url) if parade.call_url else ""
    if not origin:
        messages.error(request, _("Enter the address of your call on your blog first (Edit)."))
    elif parade.call_site_of_another_host():
        messages.error(request, _("This site belongs to another host of this instance."))
    else:
        RegisteredSite.claim(origin, parade.host_id, parade.host.get_full_name() or parade.title)
        messages.success(request, _("The widgets now work on %(site)s.") % {"site": origin})
    return redirect("dashboard:parade-share", slug=parade.slug)


@login_required
@require_POST
def parade_close(request: HttpRequest, slug: str) -> HttpResponse:
    """ "Close now": the deadline becomes this moment (the form asks to confirm)."""
    parade = _own_parade(request, slug)
    if request.POST.get("confirm") != "yes":
        messages.error(request, _("Tick the box to confirm that the parade ends now."))
    else:
        try:
            services.close_now(parade)
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
        else:
            messages.success(
                request, _("The parade is closed. The roundup draft is made within the hour.")
            )
    return redirect("dashboard:contributions", slug=parade.slug)


@login_required
@require_POST
def parade_reopen(request: HttpRequest, slug: str) -> HttpResponse:
    """Open a closed parade again, until the new deadline given (in the parade's time zone)."""
    parade = _own_parade(request, slug)
    form = ReopenForm(request.POST, parade=parade)
    if not form.is_valid():
        messages.error(request, " ".join(m for ms in form.errors.values() for m in ms))
        return redirect("dashboard:contributions", slug=parade.slug)
    try:
        services.reopen(parade, form.cleaned_data["closes_at"])
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(request, _("The parade is open again."))
    return redirect("dashboard:contributions", slug=parade.slug)


@login_required
@require_POST
def preview(request: HttpRequest) -> HttpResponse:
    """Rendered call text (sanitised HTML fragment) for the live preview."""
    form = PreviewForm(request.POST)
    if not form.is_valid():
        return HttpResponse(
            _("The text is too long to preview."), status=400, content_type="text/plain"
        )
    return HttpResponse(
        render_markdown(form.cleaned_data["call_text"]), content_type="text/html; charset=utf-8"
    )


@login_required
@require_http_methods(["GET", "POST"])
def profile(request: HttpRequest) -> HttpResponse:
    """Edit the author box shown under the host's calls."""
    instance = services.get_or_create_profile(request.user)
    if request.method == "POST":
        old_avatar = instance.avatar.name if instance.avatar else ""
        form = HostProfileForm(request.POST, request.FILES, instance=instance)
        if form.is_valid():
            profile = form.save()
            if old_avatar and old_avatar != (profile.avatar.name if profile.avatar else ""):
                # a replaced or removed avatar leaves no file behind
                profile.avatar.storage.delete(old_avatar)
            messages.success(request, _("Your author box has been saved."))
            return redirect("dashboard:home")
    else:
        form = HostProfileForm(instance=instance)
    return render(
        request,
        "dashboard/profile.html",
        {"form": form, "profile": instance},
        status=400 if form.errors else 200,
    )
