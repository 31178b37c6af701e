"""The directory's SQL query count stays constant whatever the number of parades,
contributions, tags and hosts, with and without filters and search (no N+1)."""

from datetime import timedelta

import pytest
from django.core.cache import cache
from django.utils import timezone

pytestmark = pytest.mark.django_db

URLS = [
    "/",
    "/?state=open",
    "/?state=closing_soon&language=en&tag=kaffee",
    "/?q=parade",
    "/?q=parade&state=open&tag=kaffee&page=2",
    '/?q=*PARADE"-(',
]


def grow(make_parade, make_contribution, make_user, n: int) -> None:
    now = timezone.now()
    for i in range(n):
        host = make_user(f"host{n}-{i}", name=f"Host {i}") if i % 2 else None
        p = make_parade(
            "open", host=host, tags=f"kaffee, tag{i}", closes_at=now + timedelta(days=1 + i)
        )
        make_contribution(p)
        make_contribution(p)


@pytest.mark.parametrize("url", URLS)
def test_query_count_is_constant(
    client, make_parade, make_contribution, make_user, django_assert_num_queries, url, settings
):
    settings.PAGE_CACHE = False  # the rendering's own queries (the page cache has its tests)
    grow(make_parade, make_contribution, make_user, 2)
    cache.clear()
    # count; the page's ids in order; those rows (hosts and profiles joined, contributions
    # counted); the tag list
    hub = 1 if url == "/" else 0  # the unfiltered first page also lists parades hosted elsewhere
    with django_assert_num_queries(4 + hub):
        assert client.get(url).status_code == 200
    with django_assert_num_queries(3 + hub):  # tag list cached
        client.get(url)
    grow(make_parade, make_contribution, make_user, 30)
    cache.clear()
    with django_assert_num_queries(4 + hub):
        assert client.get(url).status_code == 200
