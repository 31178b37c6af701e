"""GET /api/v1/mentions?target=URL: the contract shape, visibility, one item per pair."""

from __future__ import annotations

import json

import pytest

from blogparade.contributions.models import Contribution
from blogparade.linkbacks.models import Mention

pytestmark = pytest.mark.django_db


def make(parade, source, status=Mention.Status.VERIFIED, **kw):
    return Mention.objects.create(
        source=source,
        target=parade.absolute_url(),
        target_normalized=parade.absolute_url(),
        parade=parade,
        status=status,
        **kw,
    )


def get(client, target):
    response = client.get("/api/v1/mentions", {"target": target})
    assert response.status_code == 200
    return json.loads(response.content)


def test_contract_shape(client, parade):
    make(
        parade,
        "https://a.example/1",
        type="like",
        author_name="Ann",
        author_url="https://a.example/",
        content="<p>hi</p>",
    )
    data = get(client, parade.absolute_url())
    assert list(data) == ["items"]
    (item,) = data["items"]
    assert set(item) == {"source", "target", "type", "status", "author", "published", "content"}
    assert set(item["author"]) == {"name", "url", "photo"}
    assert item["type"] == "like"
    assert item["status"] == "verified"
    assert item["published"] is None


def test_target_spelling_variants_find_the_same_mentions(client, parade):
    make(parade, "https://a.example/1")
    assert len(get(client, parade.absolute_url() + "#x")["items"]) == 1
    assert len(get(client, parade.absolute_url().rstrip("/"))["items"]) == 1
    assert get(client, "https://elsewhere.example/")["items"] == []


def test_stranger_sees_only_public_mentions_host_sees_all(client, parade, host):
    make(parade, "https://a.example/ok")
    make(parade, "https://a.example/queued", status=Mention.Status.QUEUED)
    make(parade, "https://a.example/rejected", status=Mention.Status.REJECTED)
    pending = Contribution.objects.create(
        parade=parade, url="https://a.example/p", canonical_url="k", channel="webmention"
    )
    make(parade, "https://a.example/p", contribution=pending)
    assert [i["source"] for i in get(client, parade.absolute_url())["items"]] == [
        "https://a.example/ok"
    ]
    client.force_login(host)
    assert len(get(client, parade.absolute_url())["items"]) == 4


def test_other_host_is_a_stranger(client, parade, other_host):
    make(parade, "https://a.example/queued", status=Mention.Status.QUEUED)
    client.force_login(other_host)
    assert get(client, parade.absolute_url())["items"] == []


def test_target_is_required(client, db):
    assert client.get("/api/v1/mentions").status_code == 400
