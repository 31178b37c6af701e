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


def test_an_absurd_page_number_is_a_400_not_a_500(client, parade):
    target = f"http://localhost:8000/p/{parade.slug}/"
    response = client.get("/api/v1/mentions", {"target": target, "page": "9223372036854775807"})
    assert response.status_code == 400 and "between 1 and 1000000" in response.json()["error"]
    response = client.get(f"/api/v1/parades/{parade.slug}/contributions?page=9223372036854775807")
    assert response.status_code == 400
    # the last page the API serves is an empty one, not an error
    response = client.get("/api/v1/mentions", {"target": target, "page": "1000000"})
    assert response.status_code == 200 and response.json()["items"] == []


@pytest.mark.parametrize(
    "query",
    [
        "target=null",
        "target=ftp://w.example/",
        "target=https://w.example/&target=https://v.example/",
        "target=https://w.example/&page=abc",
        "target=https://w.example/&page=0",
        "target=https://w.example/&page=%EF%BC%91",  # a fullwidth digit one
        "target=https://w.example/&page=1&page=2",
    ],
)
def test_malformed_api_queries_are_400s_that_say_why(client, query):
    response = client.get(f"/api/v1/mentions?{query}")
    assert response.status_code == 400
    assert response.json()["error"]


@pytest.mark.parametrize("query", ["limit=0", "limit=201", "limit=ten", "page=-1", "page=1.5"])
def test_malformed_contribution_pages_are_400s(client, parade, query):
    response = client.get(f"/api/v1/parades/{parade.slug}/contributions?{query}")
    assert response.status_code == 400 and response.json()["error"]
