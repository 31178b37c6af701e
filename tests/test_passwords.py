"""Hosts change their password and reset a forgotten one by email (issue: there was no
password change or reset for hosts)."""

from __future__ import annotations

import re

import pytest
from django.contrib.auth import get_user_model

pytestmark = pytest.mark.django_db

BASE = "https://parades.example"


@pytest.fixture(autouse=True)
def _base(settings):
    settings.BASE_URL = BASE


def test_a_forgotten_password_is_reset_by_email(client, host, mailoutbox):
    login = client.get("/dashboard/login/").content.decode()
    assert 'href="/dashboard/password/reset/"' in login
    response = client.post("/dashboard/password/reset/", {"email": "Host@Example.org"})
    assert response.status_code == 302 and response["Location"] == "/dashboard/password/reset/sent/"
    mail = mailoutbox[0]
    assert mail.to == [host.email] and mail.subject == "A new password for blogparade"
    link = re.search(rf"{BASE}(/dashboard/password/reset/\S+/\S+/)", mail.body).group(1)
    form = client.get(link, follow=True)
    assert "Choose a new password" in form.content.decode()
    done = client.post(
        form.redirect_chain[-1][0],
        {"new_password1": "a-new-long-password-9", "new_password2": "a-new-long-password-9"},
    )
    assert done.status_code == 302 and done["Location"] == "/dashboard/password/reset/done/"
    assert get_user_model().objects.get(pk=host.pk).check_password("a-new-long-password-9")
    again = client.get(link, follow=True).content.decode()
    assert "has been used already or is too old" in again


def test_an_unknown_address_is_not_revealed(client, mailoutbox):
    response = client.post("/dashboard/password/reset/", {"email": "nobody@example.org"})
    assert response["Location"] == "/dashboard/password/reset/sent/"
    assert mailoutbox == []


def test_reset_requests_are_limited(client, host, settings, mailoutbox):
    settings.RATE_LIMITS = True
    for _ in range(3):
        client.post("/dashboard/password/reset/", {"email": host.email})
    refused = client.post("/dashboard/password/reset/", {"email": host.email})
    assert refused.status_code == 200
    assert "Too many requests for a new password." in refused.content.decode()
    assert len(mailoutbox) == 3


def test_a_host_changes_the_password(client, host):
    client.force_login(host)
    assert 'href="/dashboard/password/"' in client.get("/dashboard/").content.decode()
    wrong = client.post(
        "/dashboard/password/",
        {
            "old_password": "nope",
            "new_password1": "x-new-pass-77",
            "new_password2": "x-new-pass-77",
        },
    )
    assert wrong.status_code == 200 and 'aria-invalid="true"' in wrong.content.decode()
    response = client.post(
        "/dashboard/password/",
        {
            "old_password": "host-password",
            "new_password1": "x-new-pass-77",
            "new_password2": "x-new-pass-77",
        },
        follow=True,
    )
    assert "Your password has been changed." in response.content.decode()
    assert get_user_model().objects.get(pk=host.pk).check_password("x-new-pass-77")
    assert client.get("/dashboard/").status_code == 200  # still logged in
