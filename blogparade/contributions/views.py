"""The take-part form's POST: the reader's own door into the intake. Errors re-render the
parade page where the reader is; success goes to the thank-you page."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from blogparade.contributions.services import submit_contribution
from blogparade.core import ratelimit
from blogparade.core.clientip import client_ip
from blogparade.core.csrf import origin_checked
from blogparade.parades.forms import HONEYPOT_FIELD, SubmissionForm
from blogparade.parades.services import not_accepting_message
from blogparade.parades.views import get_parade, page_language, render_parade


def _thanks(parade) -> HttpResponse:
    """To the thank-you page, at its content (the form's #take-part would be inherited by
    the redirect otherwise, and means nothing there)."""
    return redirect(reverse("parade-thanks", kwargs={"slug": parade.slug}) + "#main")


@origin_checked  # the call page is served from the page cache, without a token
@require_http_methods(["GET", "POST"])
def parade_submit(request: HttpRequest, slug: str) -> HttpResponse:
    """POST the take-part form. Errors re-render the parade page (400); success redirects
    to the thank-you page. GET goes to the form on the parade page."""
    parade = get_parade(slug)
    if request.method == "GET":
        return redirect(parade.get_absolute_url() + "#take-part")
    ip = client_ip(request)
    with translation.override(page_language(request, parade)):
        form = SubmissionForm(request.POST)
        # Only accepted submissions count: a typo costs nothing; the limit is asked first.
        wait = ratelimit.blocked("submit-ip", ip)
        if wait:
            form.add_error(
                None,
                _("Too many submissions from your address.") + " " + ratelimit.try_again_in(wait),
            )
            response = render_parade(request, parade, form, status=429)
            response["Retry-After"] = str(wait)
            return response
        if request.POST.get(HONEYPOT_FIELD, "").strip():
            # Looks like success to a bot; nothing is stored.
            return _thanks(parade)
        if form.is_valid():
            try:
                submit_contribution(
                    parade,
                    url=form.cleaned_data["url"],
                    name=form.cleaned_data["name"],
                    email=form.cleaned_data["email"],
                )
            except ValidationError as exc:
                form.add_error(None, exc)
            else:
                ratelimit.over("submit-ip", ip)
                return _thanks(parade)
        elif reason := not_accepting_message(parade):
            form.add_error(None, reason)
    return render_parade(request, parade, form, status=400)
