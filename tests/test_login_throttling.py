"""Sign-in is throttled per account and per address, in the dashboard and the admin: after
too many failures even the right password waits, and the message says how long."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model

pytestmark = pytest.mark.django_db


@pytest.fixture
def limited(settings):
    settings.RATE_LIMITS = True
    settings.RATE_LIMIT_RULES = {
        **settings.RATE_LIMIT_RULES,
        "login-account": [(3, 900)],
        "login-ip": [(10, 900)],
    }


@pytest.fixture
def hanna():
    return get_user_model().objects.create_user(
        "hanna@example.org", "hanna@example.org", "right-password-1", is_staff=True
    )


def sign_in(client, url, password, username="hanna@example.org", ip="198.51.100.7"):
    return client.post(url, {"username": username, "password": password}, REMOTE_ADDR=ip)


@pytest.mark.parametrize("url", ["/dashboard/login/", "/admin/login/"])
def test_after_too_many_failures_even_the_right_password_waits(client, limited, hanna, url):
    for _ in range(3):
        assert sign_in(client, url, "wrong").status_code == 200
    response = sign_in(client, url, "right-password-1")
    assert response.status_code == 200  # the form again, not a redirect
    assert "Too many failed sign-ins" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_the_right_password_works_before_the_limit(client, limited, hanna):
    for _ in range(2):
        sign_in(client, "/dashboard/login/", "wrong")
    assert sign_in(client, "/dashboard/login/", "right-password-1").status_code == 302


def test_one_address_trying_many_accounts_is_throttled_too(client, limited, hanna, settings):
    settings.RATE_LIMIT_RULES = {**settings.RATE_LIMIT_RULES, "login-account": [(100, 900)]}
    for n in range(10):
        sign_in(client, "/dashboard/login/", "wrong", username=f"u{n}@example.org")
    response = sign_in(client, "/dashboard/login/", "right-password-1")
    assert "Too many failed sign-ins" in response.content.decode()
    # another address may still sign in to the account
    assert (
        sign_in(client, "/dashboard/login/", "right-password-1", ip="203.0.113.9").status_code
        == 302
    )


def test_the_admin_still_wants_staff(client, limited):
    get_user_model().objects.create_user("ann@example.org", "ann@example.org", "pw-of-ann-12")
    response = sign_in(client, "/admin/login/", "pw-of-ann-12", username="ann@example.org")
    assert response.status_code == 200 and "_auth_user_id" not in client.session
