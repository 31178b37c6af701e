"""Public pages: the directory, a parade's page, the take-part form and its thank-you page."""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils import translation
from django.views.decorators.http import require_safe

from blogparade.core import pagecache as core_pagecache
from blogparade.parades import pagecache, reading, services
from blogparade.parades.forms import SubmissionForm
from blogparade.parades.models import Parade, ParadeState
from blogparade.parades.search import STATE_CHOICES, DirectoryFilters


@core_pagecache.cached_page(pagecache.directory_key)
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
    context = {
        "result": result,
        "page": result.page,
        "filters": filters,
        "state_choices": STATE_CHOICES,
        "language_choices": Parade.Language.choices,
        "remote_parades": remote,
    }
    for_everyone = core_pagecache.rendering_for_cache(request)
    if for_everyone:
        context["csrf_token"] = ""  # the language switcher is checked by origin
    response = render(request, "parades/directory.html", context)
    return core_pagecache.mark_cacheable(response) if for_everyone else response


def get_parade(slug: str) -> Parade:
    return get_object_or_404(Parade.objects.select_related("host__host_profile"), slug=slug)


def page_language(request: HttpRequest, parade: Parade) -> str:
    """The language of a parade page's interface: the reader's — picked with the switcher,
    else the browser's — and the parade's own when the browser names none (crawlers, feed
    readers). The parade's own texts (title, question, call, rules) stay in the parade's
    language whatever the interface speaks, marked with ``lang``."""
    return pagecache.interface_language(request, parade.language)


def _linkback_headers(response: HttpResponse) -> HttpResponse:
    response["Link"] = f'<{settings.BASE_URL}/webmention>; rel="webmention"'
    response["X-Pingback"] = f"{settings.BASE_URL}/xmlrpc"
    return response


def render_parade(
    request: HttpRequest,
    parade: Parade,
    form: SubmissionForm | None = None,
    status: int = 200,
    *,
    preview: bool = False,
) -> HttpResponse:
    """The call page. ``preview``: the host's look at it before saving (never cached)."""
    language = page_language(request, parade)
    with translation.override(language):
        context = {
            "preview": preview,
            "reading_items": reading.shown(parade, "call"),
            "parade": parade,
            "profile": services.host_profile_of(parade.host),
            "form": form or SubmissionForm(),
            "not_accepting": services.not_accepting_message(parade),
            "is_upcoming": parade.state == ParadeState.UPCOMING,
            "page_url": parade.absolute_url(),
        }
        for_everyone = (
            status == 200
            and form is None
            and not preview
            and core_pagecache.rendering_for_cache(request)
        )
        if for_everyone:
            context["csrf_token"] = ""  # its forms are checked by origin (blogparade.core.csrf)
        response = render(request, "parades/parade.html", context, status=status)
        response["Content-Language"] = language
        if for_everyone:
            core_pagecache.mark_cacheable(response)
    return _linkback_headers(response)


@core_pagecache.cached_page(pagecache.parade_page_key)
@require_safe
def parade_page(request: HttpRequest, slug: str) -> HttpResponse:
    """The call (DESIGN.md flow 1). A Webmention and Pingback target, advertised in headers."""
    return render_parade(request, get_parade(slug))


@require_safe
def parade_thanks(request: HttpRequest, slug: str) -> HttpResponse:
    """Tells a participant what happens after their submission."""
    parade = get_parade(slug)
    with translation.override(page_language(request, parade)):
        response = render(request, "parades/thanks.html", {"parade": parade})
    return response
