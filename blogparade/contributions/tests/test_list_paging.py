"""The call page's list is paged beyond a sensible number (issue: 2.76 MB at 3,021)."""

from __future__ import annotations

import pytest

from blogparade.contributions import services
from blogparade.contributions.models import Contribution

pytestmark = pytest.mark.django_db


def _many(parade, n):
    Contribution.objects.bulk_create(
        Contribution(
            parade=parade,
            url=f"https://w{i}.example/p",
            canonical_url=f"https://w{i}.example/p",
            title=f"Answer {i:04d}",
            status=Contribution.Status.APPROVED,
        )
        for i in range(n)
    )


def test_a_long_list_is_paged(client, parade, monkeypatch):
    monkeypatch.setattr(services, "CONTRIBUTIONS_PER_PAGE", 10)
    _many(parade, 25)
    first = client.get(f"/p/{parade.slug}/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert first.count('class="contribution h-cite"') == 10
    assert '<span class="count">25</span>' in first and "Showing 1–10 of 25." in first
    assert 'rel="next" href="?page=2#contributions"' in first and 'rel="prev"' not in first
    third = client.get(f"/p/{parade.slug}/?page=3", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert third.count('class="contribution h-cite"') == 5
    assert '<ol class="contribution-list" start="21">' in third
    assert "Contributions 11–20" in third and 'rel="next"' not in third
    # out of range or not a number: the nearest page, never an error
    assert client.get(f"/p/{parade.slug}/?page=99").status_code == 200
    assert client.get(f"/p/{parade.slug}/?page=x").status_code == 200


def test_a_short_list_has_no_pager(client, parade):
    _many(parade, 3)
    html = client.get(f"/p/{parade.slug}/").content.decode()
    assert 'class="pagination pager"' not in html and '<span class="count">3</span>' in html
