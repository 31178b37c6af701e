"""The take-part form's POST: the reader's own door into the intake. Errors re-render the
parade page where the reader is; success goes to the thank-you page."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from blogparade.contributions.services import submit_contribution
from blogparade.core import ratelimit
from blogparade.core.clientip import client_ip
from blogparade.parades.forms import HONEYPOT_FIELD, SubmissionForm
from blogparade.parades.services import not_accepting_message
from blogparade.parades.views import get_parade, page_language, render_parade


@require_http_methods(["GET", "POST"])
def parade_submit(request: HttpRequest, slug: str) -> HttpResponse:
    """POST the take-part form. Errors re-render the parade page (400); success redirects
    to the thank-you page. GET goes to the form on the parade page."""
    parade = get_parade(slug)
    if request.method == "GET":
        return redirect(parade.get_absolute_url() + "#take-part")
    with translation.override(page_language(request, parade)):
        form = SubmissionForm(request.POST)
        if not ratelimit.allow("submit-ip", client_ip(request)):
            form.add_error(
                None, _("Too many submissions from your address; please try again in an hour.")
            )
            response = render_parade(request, parade, form, status=429)
            response["Retry-After"] = "3600"
            return response
        if request.POST.get(HONEYPOT_FIELD, "").strip():
            # Looks like success to a bot; nothing is stored.
            return redirect("parade-thanks", slug=parade.slug)
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
                return redirect("parade-thanks", slug=parade.slug)
        elif reason := not_accepting_message(parade):
            form.add_error(None, reason)
    return render_parade(request, parade, form, status=400)
