"""Reminder sign-up (double opt-in), confirmation and one-click unsubscribe pages."""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from blogparade.core import ratelimit
from blogparade.core.clientip import client_ip
from blogparade.core.csrf import origin_checked
from blogparade.parades.models import Parade
from blogparade.syndication import reminders

HONEYPOT_FIELD = "homepage"


def _language(request: HttpRequest, parade: Parade) -> str:
    chosen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME, "")
    return chosen if chosen in dict(settings.LANGUAGES) else parade.language


def _page(request: HttpRequest, parade: Parade, state: str, status: int = 200, **extra):
    context = {"parade": parade, "state": state, **extra}
    response = render(request, "syndication/remind.html", context, status=status)
    response["Cache-Control"] = "no-store"
    return response


@origin_checked  # the call page is served from the page cache, without a token
@require_http_methods(["GET", "POST"])
def subscribe(request: HttpRequest, slug: str) -> HttpResponse:
    """GET: the sign-up form. POST: record the address and send the confirmation mail.

    The answer is the same whether the address was new, pending or already confirmed.
    """
    parade = get_object_or_404(Parade, slug=slug)
    with translation.override(_language(request, parade)):
        if request.method == "GET":
            return _page(request, parade, "form")
        ip = client_ip(request)
        wait = ratelimit.blocked("remind-ip", ip)  # what was accepted counts, typos do not
        if wait:
            response = _page(
                request,
                parade,
                "form",
                status=429,
                reminder_error=_("Too many requests from your address.")
                + " "
                + ratelimit.try_again_in(wait),
            )
            response["Retry-After"] = str(wait)
            return response
        if request.POST.get(HONEYPOT_FIELD, "").strip():
            return redirect("reminder-sent", slug=parade.slug)  # looks like success to a bot
        try:
            reminders.subscribe(
                parade, request.POST.get("email", ""), translation.get_language() or ""
            )
        except ValidationError as exc:
            messages = [m for values in exc.message_dict.values() for m in values]
            return _page(request, parade, "form", status=400, reminder_error=" ".join(messages))
        ratelimit.over("remind-ip", ip)
    return redirect("reminder-sent", slug=parade.slug)


@require_http_methods(["GET"])
def sent(request: HttpRequest, slug: str) -> HttpResponse:
    parade = get_object_or_404(Parade, slug=slug)
    with translation.override(_language(request, parade)):
        return _page(request, parade, "sent")


@require_http_methods(["GET", "POST"])
def confirm(request: HttpRequest, token: str) -> HttpResponse:
    """GET asks (mail scanners that follow links confirm nothing); POST confirms."""
    sub = reminders.read_token(token, "confirm", max_age=reminders.CONFIRM_MAX_AGE)
    if sub is None:
        raise Http404
    with translation.override(sub.language):
        if request.method == "POST":
            reminders.confirm(sub)
            return _page(request, sub.parade, "confirmed")
        return _page(request, sub.parade, "confirm")


@csrf_exempt  # the signed token is the authority; RFC 8058 one-click POSTs carry no CSRF token
@require_http_methods(["GET", "POST"])
def unsubscribe(request: HttpRequest, token: str) -> HttpResponse:
    """GET asks with one button; POST (that button, or the mail client's one-click) leaves."""
    sub = reminders.read_token(token, "unsubscribe")
    if sub is None:
        raise Http404
    with translation.override(sub.language):
        if request.method == "POST":
            reminders.unsubscribe(sub)
            return _page(request, sub.parade, "unsubscribed")
        return _page(request, sub.parade, "unsubscribe")
