"""Public pages: the directory, a parade's page, the take-part form and its thank-you page."""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import translation
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_safe

from blogparade.core import ratelimit
from blogparade.core.clientip import client_ip
from blogparade.parades import services
from blogparade.parades.forms import HONEYPOT_FIELD, SubmissionForm
from blogparade.parades.models import Parade, ParadeState
from blogparade.parades.search import STATE_CHOICES, DirectoryFilters


@require_safe
def directory(request: HttpRequest) -> HttpResponse:
    """Listed parades, filtered by state, language, tag and a search query (GET parameters
    ``state``, ``language``, ``tag``, ``q``, ``page``; any value is safe), 25 a page."""
    filters = DirectoryFilters.from_query(request.GET)
    result = services.directory_page(filters, request.GET.get("page"))
    # Parades hosted elsewhere (the hub) follow the unfiltered first page.
    remote = []
    if not filters.active and result.page.number == 1:
        from blogparade.parades.hub import remote_parades_for_directory

        remote = list(remote_parades_for_directory()[:50])
    return render(
        request,
        "parades/directory.html",
        {
            "result": result,
            "page": result.page,
            "filters": filters,
            "state_choices": STATE_CHOICES,
            "language_choices": Parade.Language.choices,
            "remote_parades": remote,
        },
    )


def _get_parade(slug: str) -> Parade:
    return get_object_or_404(Parade.objects.select_related("host__host_profile"), slug=slug)


def _page_language(request: HttpRequest, parade: Parade) -> str:
    """The parade's language, unless the reader picked one with the language switcher."""
    chosen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME, "")
    if chosen in dict(settings.LANGUAGES):
        return chosen
    return parade.language


def _linkback_headers(response: HttpResponse) -> HttpResponse:
    response["Link"] = f'<{settings.BASE_URL}/webmention>; rel="webmention"'
    response["X-Pingback"] = f"{settings.BASE_URL}/xmlrpc"
    return response


def _render_parade(
    request: HttpRequest, parade: Parade, form: SubmissionForm | None = None, status: int = 200
) -> HttpResponse:
    language = _page_language(request, parade)
    with translation.override(language):
        context = {
            "parade": parade,
            "profile": services.host_profile_of(parade.host),
            "contribution_list": mark_safe(
                services.contribution_list_html(parade, language)
            ),  # our own rendered template
            "form": form or SubmissionForm(),
            "not_accepting": services.not_accepting_message(parade),
            "is_upcoming": parade.state == ParadeState.UPCOMING,
            "page_url": parade.absolute_url(),
        }
        response = render(request, "parades/parade.html", context, status=status)
        response["Content-Language"] = language
    return _linkback_headers(response)


@require_safe
def parade_page(request: HttpRequest, slug: str) -> HttpResponse:
    """The call (DESIGN.md flow 1). A Webmention and Pingback target, advertised in headers."""
    return _render_parade(request, _get_parade(slug))


@require_http_methods(["GET", "POST"])
def parade_submit(request: HttpRequest, slug: str) -> HttpResponse:
    """POST the take-part form. Errors re-render the parade page (400); success redirects
    to the thank-you page. GET goes to the form on the parade page."""
    parade = _get_parade(slug)
    if request.method == "GET":
        return redirect(parade.get_absolute_url() + "#take-part")
    with translation.override(_page_language(request, parade)):
        form = SubmissionForm(request.POST)
        if not ratelimit.allow("submit-ip", client_ip(request)):
            form.add_error(
                None, _("Too many submissions from your address; please try again in an hour.")
            )
            response = _render_parade(request, parade, form, status=429)
            response["Retry-After"] = "3600"
            return response
        if request.POST.get(HONEYPOT_FIELD, "").strip():
            # Looks like success to a bot; nothing is stored.
            return redirect("parade-thanks", slug=parade.slug)
        if form.is_valid():
            try:
                services.submit_contribution(
                    parade,
                    url=form.cleaned_data["url"],
                    name=form.cleaned_data["name"],
                    email=form.cleaned_data["email"],
                )
            except ValidationError as exc:
                form.add_error(None, exc)
            else:
                return redirect("parade-thanks", slug=parade.slug)
        elif reason := services.not_accepting_message(parade):
            form.add_error(None, reason)
    return _render_parade(request, parade, form, status=400)


@require_safe
def parade_thanks(request: HttpRequest, slug: str) -> HttpResponse:
    """Tells a participant what happens after their submission."""
    parade = _get_parade(slug)
    with translation.override(_page_language(request, parade)):
        response = render(request, "parades/thanks.html", {"parade": parade})
    return response
