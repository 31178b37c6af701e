"""GDPR export/erase in the dashboard: staff reach every address's data, a host only what
sits on their own parades' threads; erasing needs a confirmation step and a CSRF token."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.utils import timezone

from blogparade.comments import services
from blogparade.comments.models import Comment, NotificationSubscription
from blogparade.contributions.models import Contribution
from blogparade.parades.models import Parade

from .conftest import make_comment

URL = "/dashboard/comments/privacy/"
EMAIL = "gdpr@example.net"


@pytest.fixture
def other_thread(other_host):
    now = timezone.now()
    Parade.objects.create(
        host=other_host,
        slug="other",
        title="Other",
        opens_at=now - timedelta(days=1),
        closes_at=now + timedelta(days=10),
    )
    return services.get_or_create_thread("", "/p/other/")


@pytest.fixture
def data(thread, other_thread, parade):
    mine = make_comment(thread, email=EMAIL, text="on the host's parade")
    theirs = make_comment(other_thread, email=EMAIL, text="on another parade")
    NotificationSubscription.objects.create(comment=mine, email=EMAIL)
    NotificationSubscription.objects.create(comment=theirs, email=EMAIL)
    Contribution.objects.create(
        parade=parade,
        url="https://a.example/p",
        canonical_url="a.example/p",
        channel="form",
        submitter_email=EMAIL,
    )
    return mine, theirs


@pytest.fixture
def staff(db):
    return get_user_model().objects.create_user("op", "op@example.org", "pw", is_staff=True)


def test_anonymous_goes_to_login(client, db):
    r = client.post(URL, {"email": EMAIL, "action": "export"})
    assert r.status_code == 302 and "login" in r["Location"]


def test_host_export_covers_own_threads_only(client, data, host):
    client.force_login(host)
    r = client.post(URL, {"email": EMAIL.upper(), "action": "export"})
    assert r.status_code == 200 and "attachment" in r["Content-Disposition"]
    body = json.loads(r.content)
    assert [c["text"] for c in body["comments"]] == ["on the host's parade"]
    assert body["comments"][0]["email"] == EMAIL
    assert len(body["reply_notifications"]) == 1
    assert body["contributions"] == [] and body["contributors"] == []


def test_staff_export_covers_everything(client, data, staff):
    client.force_login(staff)
    body = json.loads(client.post(URL, {"email": EMAIL, "action": "export"}).content)
    assert {c["text"] for c in body["comments"]} == {"on the host's parade", "on another parade"}
    assert len(body["reply_notifications"]) == 2 and len(body["contributions"]) == 1


def test_erase_asks_for_confirmation_first(client, data, host):
    client.force_login(host)
    r = client.post(URL, {"email": EMAIL, "action": "erase"})
    html = r.content.decode()
    assert r.status_code == 200 and 'name="confirm" value="yes"' in html
    assert "1 comment" in html and Comment.objects.filter(email=EMAIL).count() == 2


def test_host_erase_leaves_other_hosts_data(client, data, host):
    mine, theirs = data
    client.force_login(host)
    r = client.post(URL, {"email": EMAIL, "action": "erase", "confirm": "yes"})
    assert r.status_code == 302
    assert not Comment.objects.filter(pk=mine.pk).exists()
    assert Comment.objects.filter(pk=theirs.pk, email=EMAIL).exists()
    assert NotificationSubscription.objects.filter(comment=theirs).exists()
    assert Contribution.objects.get().submitter_email == EMAIL


def test_staff_erase_removes_everything(client, data, staff):
    client.force_login(staff)
    client.post(URL, {"email": EMAIL, "action": "erase", "confirm": "yes"})
    assert not Comment.objects.filter(email=EMAIL).exists()
    assert not NotificationSubscription.objects.exists()
    assert Contribution.objects.get().submitter_email == ""


def test_csrf_is_required(data, staff):
    csrf_client = Client(enforce_csrf_checks=True)
    csrf_client.force_login(staff)
    r = csrf_client.post(URL, {"email": EMAIL, "action": "erase", "confirm": "yes"})
    assert r.status_code == 403 and Comment.objects.filter(email=EMAIL).count() == 2
    page = csrf_client.get(URL)
    assert "csrfmiddlewaretoken" in page.content.decode()


def test_invalid_email_is_an_error_next_to_the_field(client, staff):
    client.force_login(staff)
    r = client.post(URL, {"email": "not-an-address", "action": "export"})
    assert r.status_code == 400 and "errorlist" in r.content.decode()
