"""Malformed input gets 400, never a 500: NUL bytes, overlong addresses, deep JSON."""

from __future__ import annotations

import json

import pytest

pytestmark = pytest.mark.django_db
BASE = "http://localhost:8000"


@pytest.fixture(autouse=True)
def _base(settings):
    settings.BASE_URL = BASE


@pytest.mark.parametrize(
    "url",
    [
        "/isso/?uri=/p/x%00y/",
        "/feeds/comments.atom?uri=/p/a%00/",
        "/api/v1/mentions?target=http://x/%00",
        "/widgets/contributions.html?parade=a%00b",
        "/?q=a%00b",
    ],
)
def test_a_nul_byte_in_the_query_is_a_400(client, url):
    response = client.get(url)
    assert response.status_code == 400


def test_json_endpoints_say_it_in_json(client):
    response = client.get("/isso/?uri=/p/x%00y/")
    assert response.status_code == 400 and "error" in response.json()


def test_a_nul_byte_in_a_form_field_is_a_400(client, parade):
    response = client.post(f"/p/{parade.slug}/take-part/", {"url": "https://a.example/\x00"})
    assert response.status_code == 400


@pytest.mark.parametrize(
    "body",
    [
        "[" * 100_000 + "]" * 100_000,
        json.dumps(["/p/a/", "/p/\u0000/"]),
        "not json",
        b"\xff\xfe",
    ],
)
def test_count_refuses_deep_nul_or_broken_json(client, body):
    response = client.post(
        "/isso/count", data=body, content_type="application/json", HTTP_ORIGIN=BASE
    )
    assert response.status_code == 400


def test_new_comment_with_deep_json_is_a_400(client, parade):
    response = client.post(
        f"/isso/new?uri=/p/{parade.slug}/",
        data="{" + '"a":{' * 50_000 + "}" * 50_001,
        content_type="application/json",
        HTTP_ORIGIN=BASE,
    )
    assert response.status_code == 400


def test_a_thread_address_longer_than_a_thread_holds_is_a_400(client, settings):
    settings.MODERATION = False
    long_path = "/" + "x" * 1500
    response = client.post(
        f"/isso/new?uri={long_path}",
        data=json.dumps({"text": "Hello there, a comment.", "author": "A", "email": "a@b.c"}),
        content_type="application/json",
        HTTP_ORIGIN=BASE,
    )
    assert response.status_code == 400


def test_an_absurd_page_number_is_an_empty_page_not_a_500(client, parade):
    target = f"http://localhost:8000/p/{parade.slug}/"
    response = client.get("/api/v1/mentions", {"target": target, "page": "9223372036854775807"})
    assert response.status_code == 200 and response.json()["items"] == []
    response = client.get(f"/api/v1/parades/{parade.slug}/contributions?page=9223372036854775807")
    assert response.status_code == 200
