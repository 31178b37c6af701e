"""Sign-in throttling for the dashboard and the admin.

Failed sign-ins are counted per account and per address (``user_login_failed``; limits
``login-account`` and ``login-ip`` in ``RATE_LIMIT_RULES``). While either is over its limit,
the sign-in form refuses before it checks the password — the right password too — and says
how long to wait.
"""

from __future__ import annotations

import math
from typing import Any

from django import forms
from django.contrib.admin.forms import AdminAuthenticationForm
from django.contrib.auth import views as auth_views
from django.contrib.auth.forms import AuthenticationForm, PasswordResetForm
from django.contrib.auth.signals import user_login_failed
from django.dispatch import receiver
from django.urls import reverse_lazy
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from blogparade.core import ratelimit
from blogparade.core.clientip import client_ip


def _account(username: str | None) -> str:
    return (username or "").strip().lower()


class Throttled:
    """For a sign-in form: refuse while too many sign-ins have failed."""

    request: Any
    cleaned_data: dict[str, Any]

    def clean(self) -> dict[str, Any]:
        ip = client_ip(self.request) if self.request is not None else ""
        wait = max(
            ratelimit.blocked("login-account", _account(self.cleaned_data.get("username"))) or 0,
            ratelimit.blocked("login-ip", ip) or 0,
        )
        if wait:
            minutes = max(1, math.ceil(wait / 60))
            raise forms.ValidationError(
                ngettext(
                    "Too many failed sign-ins. Please try again in %(minutes)d minute.",
                    "Too many failed sign-ins. Please try again in %(minutes)d minutes.",
                    minutes,
                )
                % {"minutes": minutes},
                code="throttled",
            )
        return super().clean()  # type: ignore[misc]


class ThrottledAuthenticationForm(Throttled, AuthenticationForm):
    """The dashboard's sign-in: an email address and a password, throttled."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Hosts sign in with their email address (createhost makes it the username).
        self.fields["username"].label = _("Email address")
        self.fields["username"].widget.attrs.update({"autocomplete": "email", "type": "email"})

    def get_invalid_login_error(self) -> forms.ValidationError:
        return forms.ValidationError(
            _("That did not work. Please check your email address and password."),
            code="invalid_login",
        )


class ThrottledAdminAuthenticationForm(Throttled, AdminAuthenticationForm):
    """The admin's sign-in (staff only, as Django's), throttled the same way."""


@receiver(user_login_failed, dispatch_uid="blogparade-count-failed-sign-ins")
def count_failure(
    sender: object, credentials: dict[str, Any], request: Any = None, **kw: Any
) -> None:
    ratelimit.allow("login-account", _account(credentials.get("username")))
    if request is not None:
        ratelimit.allow("login-ip", client_ip(request))


# --- password change and reset ----------------------------------------------------------------


class ThrottledPasswordResetForm(PasswordResetForm):
    """The reset form, limited per address asking and per email asked for (``reset-ip``,
    ``reset-email``) so nobody floods an inbox through us. Whether the address has an
    account is never said; the mail links to ``BASE_URL``, whatever Host header came in."""

    request: Any = None

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        email = (data.get("email") or "").strip().lower()
        ip = client_ip(self.request) if self.request is not None else ""
        wait = max(
            ratelimit.blocked("reset-ip", ip) or 0, ratelimit.blocked("reset-email", email) or 0
        )
        if wait:
            raise forms.ValidationError(
                _("Too many requests for a new password.") + " " + ratelimit.try_again_in(wait)
            )
        ratelimit.over("reset-ip", ip)
        ratelimit.over("reset-email", email)
        return data


class PasswordResetView(auth_views.PasswordResetView):
    form_class = ThrottledPasswordResetForm
    template_name = "dashboard/password_reset_form.html"
    email_template_name = "dashboard/password_reset_email.txt"
    subject_template_name = "dashboard/password_reset_subject.txt"
    success_url = reverse_lazy("dashboard:password-reset-sent")

    def get_form(self, form_class=None):
        form = super().get_form(form_class)
        form.request = self.request
        return form

    def form_valid(self, form):
        from django.conf import settings

        self.extra_email_context = {"base_url": settings.BASE_URL}
        return super().form_valid(form)


class PasswordChangeView(auth_views.PasswordChangeView):
    template_name = "dashboard/password_change.html"
    success_url = reverse_lazy("dashboard:home")

    def form_valid(self, form):
        from django.contrib import messages

        response = super().form_valid(form)
        messages.success(self.request, _("Your password has been changed."))
        return response
