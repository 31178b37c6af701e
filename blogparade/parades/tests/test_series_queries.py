"""Pinned query counts: the series page and the hub page do not grow with their rows."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils.module_loading import import_string

from blogparade.parades import series as service
from blogparade.parades.models import HubSource, RemoteParade

pytestmark = pytest.mark.django_db


def _queries(client, path: str) -> int:
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(path).status_code == 200
    return len(ctx.captured_queries)


def test_series_page_queries_do_not_grow(owner, make_user, client):
    carnival = service.create_series(owner, slug="carnival", title="Carnival")
    month = service.add_months(service.current_month(), -3)
    service.open_edition(service.add_slot(carnival, month=month, host=owner))
    service.add_slot(carnival, standby=True, external_name="S0")
    small = _queries(client, "/s/carnival/")
    for n in range(1, 7):
        host = make_user(f"host{n}", name=f"Host {n}")
        slot = service.add_slot(carnival, month=service.add_months(month, n), host=host)
        if n % 2:
            service.open_edition(slot)
        service.add_slot(carnival, standby=True, host=host)
    assert _queries(client, "/s/carnival/") == small


def test_hub_page_queries_do_not_grow(client):
    source = HubSource.objects.create(kind="feed", url="https://x.example/feed")
    RemoteParade.objects.create(
        source=source, url="https://x.example/0", domain="x.example", title="0"
    )
    small = _queries(client, "/hub/")
    for n in range(1, 10):
        RemoteParade.objects.create(
            source=source, url=f"https://x.example/{n}", domain="x.example", title=str(n)
        )
    assert _queries(client, "/hub/") == small


@pytest.mark.parametrize(
    "path",
    ["blogparade.parades.series.remind_next_hosts", "blogparade.parades.hub.refresh_due_sources"],
)
def test_periodic_job_paths_resolve(path):
    assert callable(import_string(path))
