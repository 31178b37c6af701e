"""The take-part form widget's endpoints: origin gate, signed token, honeypot, rate limit."""

import datetime as dt

import pytest
from django.test import Client
from django.utils import timezone

from blogparade.contributions.models import Contribution
from blogparade.core.models import RegisteredSite
from blogparade.syndication import widgets
from blogparade.syndication.tests.factories import make_parade

pytestmark = pytest.mark.django_db

SITE = "https://host-blog.example"
DATA = {
    "url": "https://writer.example/my-answer/",
    "name": "Wanda Writer",
    "email": "wanda@example.org",
    "consent": "on",
}


@pytest.fixture
def parade():
    RegisteredSite.objects.create(origin=SITE)
    return make_parade(slug="form")


@pytest.fixture
def client():
    return Client(enforce_csrf_checks=True)  # no CSRF cookie crosses sites; must not be needed


def _token(client, origin=SITE, slug="form", lang=""):
    response = client.get(
        f"/widgets/take-part.json?parade={slug}&lang={lang}", headers={"Origin": origin}
    )
    return response


def _post(client, data, origin=SITE, slug="form"):
    headers = {"Origin": origin} if origin else {}
    return client.post(f"/widgets/take-part?parade={slug}", data, headers=headers)


def test_config_for_registered_origin_only(client, parade):
    ok = _token(client, lang="de")
    assert ok.status_code == 200 and ok["Access-Control-Allow-Origin"] == SITE
    assert "Origin" in ok["Vary"] and not ok.cookies
    cfg = ok.json()
    assert cfg["accepting"] and cfg["token"] and cfg["action"] == "/widgets/take-part?parade=form"
    assert cfg["labels"]["heading"] == "Reich deinen Beitrag ein"
    assert _token(client).json()["labels"]["heading"] == "Submit your post"
    bad = _token(client, origin="https://evil.example")
    assert bad.status_code == 403 and "token" not in bad.json()
    assert "Access-Control-Allow-Origin" not in bad
    assert client.get("/widgets/take-part.json?parade=form").status_code == 403
    assert _token(client, slug="nope").status_code == 404


def test_submission_stored_pending(client, parade, mailoutbox):
    token = _token(client).json()["token"]
    response = _post(client, {**DATA, "token": token})
    assert response.status_code == 201, response.content
    assert response["Access-Control-Allow-Origin"] == SITE
    assert response.json()["ok"] is True
    assert b"wanda@example.org" not in response.content
    c = Contribution.objects.get()
    assert c.channel == Contribution.Channel.FORM and c.submitter_email == "wanda@example.org"


@pytest.mark.parametrize(
    "case", ["no-origin", "other-origin", "token-for-other-origin", "bad-token"]
)
def test_forged_requests_refused(client, parade, case):
    RegisteredSite.objects.create(origin="https://second.example")
    token = _token(client).json()["token"]
    if case == "no-origin":
        response = _post(client, {**DATA, "token": token}, origin="")
    elif case == "other-origin":
        response = _post(client, {**DATA, "token": token}, origin="https://evil.example")
    elif case == "token-for-other-origin":
        response = _post(client, {**DATA, "token": token}, origin="https://second.example")
    else:
        response = _post(client, {**DATA, "token": token + "x"})
    assert response.status_code == 403
    assert not Contribution.objects.exists()


def test_token_is_bound_to_the_parade(client, parade):
    make_parade(slug="other")
    token = _token(client, slug="other").json()["token"]
    assert _post(client, {**DATA, "token": token}).status_code == 403


def test_expired_token(client, parade, monkeypatch):
    token = widgets.take_part_token(parade, SITE)
    monkeypatch.setattr(widgets, "TAKE_PART_TOKEN_AGE", -1)
    assert _post(client, {**DATA, "token": token}).status_code == 403


def test_honeypot_looks_like_success(client, parade):
    token = _token(client).json()["token"]
    response = _post(client, {**DATA, "token": token, "homepage": "http://spam.example"})
    assert response.status_code == 201 and not Contribution.objects.exists()


def test_validation_errors_by_field(client, parade):
    token = _token(client).json()["token"]
    response = _post(client, {"url": "javascript:alert(1)", "token": token})
    assert response.status_code == 400
    errors = response.json()["errors"]
    assert {"url", "name", "email", "consent"} <= set(errors)
    assert not Contribution.objects.exists()


def test_closed_parade_says_so(client, parade):
    parade.opens_at = timezone.now() - dt.timedelta(days=9)
    parade.closes_at = timezone.now() - dt.timedelta(days=1)
    parade.late_entries_accepted = False
    parade.save()
    cfg = _token(client).json()
    assert cfg["accepting"] is False and "does not accept late entries" in cfg["not_accepting"]
    response = _post(client, {**DATA, "token": cfg["token"]})
    assert response.status_code == 400 and "__all__" in response.json()["errors"]


def test_rate_limited(client, parade, settings):
    settings.RATE_LIMITS = True
    settings.RATE_LIMIT_RULES = {**settings.RATE_LIMIT_RULES, "submit-ip": [(1, 60)]}
    token = _token(client).json()["token"]
    assert _post(client, {**DATA, "token": token}).status_code == 201
    second = _post(client, {**DATA, "url": "https://writer.example/2/", "token": token})
    assert second.status_code == 429 and 0 < int(second["Retry-After"]) <= 60
    assert "Please try again in" in second.json()["errors"]["__all__"][0]
    assert Contribution.objects.count() == 1


def test_preflight(client, parade):
    ok = client.options("/widgets/take-part?parade=form", headers={"Origin": SITE})
    assert ok.status_code == 204 and ok["Access-Control-Allow-Origin"] == SITE
    bad = client.options("/widgets/take-part?parade=form", headers={"Origin": "https://x.example"})
    assert bad.status_code == 403 and "Access-Control-Allow-Origin" not in bad


def test_script_served(client):
    response = client.get("/widgets/take-part.js")
    assert response.status_code == 200 and response["Content-Type"].startswith("text/javascript")
    assert "innerHTML" not in response.content.decode().replace("never innerHTML", "")
