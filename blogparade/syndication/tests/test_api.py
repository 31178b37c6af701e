# ruff: noqa: F811 -- the parades tests' fixtures, imported by name
"""/api/v1/parades/<slug>, …/contributions (visibility, paging), /api/v1/openapi.json."""

from __future__ import annotations

import json

import pytest

from blogparade.contributions.models import Contribution
from blogparade.parades.tests.conftest import (  # noqa: F401  (the parades tests' hosts)
    make_parade,
    make_user,
    other_host,
    owner,
    parade,
)

pytestmark = pytest.mark.django_db


def add(parade, n, status=Contribution.Status.APPROVED):
    return [
        Contribution.objects.create(
            parade=parade,
            url=f"https://b{n}-{i}.example/post",
            canonical_url=f"k{n}-{i}",
            channel="form",
            status=status,
            title=f"Post {i}",
        )
        for i in range(n)
    ]


def get(client, url):
    response = client.get(url)
    assert response.status_code == 200, response.content
    return json.loads(response.content)


def test_parade_detail(client, parade):
    add(parade, 2)
    data = get(client, f"/api/v1/parades/{parade.slug}")
    assert data["slug"] == parade.slug
    assert data["url"] == parade.absolute_url()
    assert data["state"] == "open"
    assert data["approved_count"] == 2
    assert data["contributions"].endswith(f"/api/v1/parades/{parade.slug}/contributions")
    assert client.get("/api/v1/parades/nope").status_code == 404


def test_stranger_sees_approved_only_host_sees_pending(client, parade, owner, other_host):
    add(parade, 1)
    Contribution.objects.create(
        parade=parade,
        url="https://p.example/x",
        canonical_url="p",
        channel="form",
        submitter_email="secret@example.org",
    )
    data = get(client, f"/api/v1/parades/{parade.slug}/contributions")
    assert [i["status"] for i in data["items"]] == ["approved"]
    assert "secret@example.org" not in json.dumps(data)
    client.force_login(other_host)
    assert len(get(client, f"/api/v1/parades/{parade.slug}/contributions")["items"]) == 1
    client.force_login(owner)
    data = get(client, f"/api/v1/parades/{parade.slug}/contributions")
    assert sorted(i["status"] for i in data["items"]) == ["approved", "pending"]
    assert "secret@example.org" not in json.dumps(data)


def test_paging_with_next(client, parade):
    add(parade, 120)
    first = get(client, f"/api/v1/parades/{parade.slug}/contributions")
    assert len(first["items"]) == 50
    seen = {i["url"] for i in first["items"]}
    url = first["next"]
    while url:
        page = get(
            client,
            url.removeprefix("http://testserver")
            .removeprefix("http://localhost:8000")
            .removeprefix("http://blogparade.test"),
        )
        seen |= {i["url"] for i in page["items"]}
        url = page["next"]
    assert len(seen) == 120
    assert get(client, f"/api/v1/parades/{parade.slug}/contributions?limit=200")["next"] is None


def test_openapi_document(client, db):
    doc = get(client, "/api/v1/openapi.json")
    assert doc["openapi"].startswith("3.1")
    assert {"/mentions", "/parades/{slug}", "/parades/{slug}/contributions"} <= set(doc["paths"])
    assert doc["components"]["schemas"]["Mention"]["required"] == [
        "source",
        "target",
        "type",
        "status",
        "author",
        "published",
        "content",
    ]
