from datetime import timedelta

import pytest
from django.core.cache import cache
from django.utils import timezone

from blogparade.contributions.models import Contribution

pytestmark = pytest.mark.django_db


def titles_in_order(content: bytes, titles: list[str]) -> list[str]:
    text = content.decode()
    return sorted(titles, key=text.index)


def test_open_first_by_deadline_then_upcoming_then_closed(client, make_parade):
    now = timezone.now()
    make_parade(
        "closed",
        title="Closed long ago",
        closes_at=now - timedelta(days=30),
        opens_at=now - timedelta(days=60),
    )
    make_parade("closed", title="Closed yesterday")
    make_parade("upcoming", title="Coming soon")
    make_parade("open", title="Open later deadline", closes_at=now + timedelta(days=30))
    make_parade("open", title="Open sooner deadline", closes_at=now + timedelta(days=3))
    make_parade("closed", title="Rounded up one", rounded_up_at=now)
    response = client.get("/")
    assert response.status_code == 200
    order = titles_in_order(
        response.content,
        [
            "Closed long ago",
            "Closed yesterday",
            "Coming soon",
            "Open later deadline",
            "Open sooner deadline",
            "Rounded up one",
        ],
    )
    assert order == [
        "Open sooner deadline",
        "Open later deadline",
        "Coming soon",
        "Closed yesterday",
        "Closed long ago",
        "Rounded up one",
    ]


def test_shows_host_deadline_badge_and_approved_count(client, parade, make_contribution):
    make_contribution(parade)
    make_contribution(parade)
    make_contribution(parade, status=Contribution.Status.PENDING)
    make_contribution(parade, status=Contribution.Status.SPAM)
    response = client.get("/")
    html = response.content.decode()
    assert "Slow mornings" in html
    assert "Alice Example" in html
    assert 'class="badge badge--open"' in html
    assert "<div><dt>Contributions</dt><dd>2</dd></div>" in html
    assert 'class="dt-end"' in html


def test_unlisted_parades_are_not_in_the_directory(client, make_parade):
    make_parade("open", title="Secret parade", listed=False)
    assert "Secret parade" not in client.get("/").content.decode()


def test_host_email_and_username_never_shown(client, make_parade, make_user):
    nameless = make_user("carol-login")  # no profile, no full name
    make_parade("open", host=nameless, title="By a nameless host")
    html = client.get("/").content.decode()
    assert "By a nameless host" in html
    assert "carol-login" not in html


def test_directory_query_count_does_not_grow(
    client, make_parade, make_contribution, django_assert_num_queries, settings
):
    settings.PAGE_CACHE = False  # the rendering's own queries (the page cache has its tests)
    for _ in range(3):
        p = make_parade("open")
        make_contribution(p)
    cache.clear()
    # count, the page's ids, their rows, tags (cached), parades hosted elsewhere (hub)
    with django_assert_num_queries(5):
        client.get("/")
    for _ in range(20):
        p = make_parade("closed")
        make_contribution(p)
        make_contribution(p)
    cache.clear()
    with django_assert_num_queries(5):
        client.get("/")


def test_empty_directory(client):
    response = client.get("/")
    assert response.status_code == 200
    assert "No parades yet." in response.content.decode()


def test_directory_lists_parades_hosted_elsewhere(client, db):
    from blogparade.parades.models import HubSource, RemoteParade

    source = HubSource.objects.create(
        url="https://other.example.net/feeds/parades.atom", kind=HubSource.Kind.FEED
    )
    RemoteParade.objects.create(
        source=source,
        url="javascript:alert(1)",
        title="<b>Elsewhere</b> parade",
        domain="other.example.net",
    )
    html = client.get("/").content.decode()
    assert "Parades hosted elsewhere" in html
    assert "&lt;b&gt;Elsewhere&lt;/b&gt; parade" in html
    assert "javascript:" not in html
    assert "Parades hosted elsewhere" not in client.get("/?q=anything").content.decode()
