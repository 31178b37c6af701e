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
from django.contrib.auth.forms import AuthenticationForm
from django.contrib.auth.signals import user_login_failed
from django.dispatch import receiver
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
