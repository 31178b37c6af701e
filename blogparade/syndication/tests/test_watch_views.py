"""The host's feed-watch page: owner only, import form, participants, removal."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from blogparade.syndication.models import WatchedFeed
from blogparade.syndication.tests.factories import make_contribution, make_host, make_parade
from blogparade.syndication.tests.test_opml import GOOD

pytestmark = pytest.mark.django_db


@pytest.fixture
def owner():
    return make_host(username="owner")


@pytest.fixture
def parade(owner):
    return make_parade(host=owner, slug="watched")


def test_stranger_and_other_host_get_404(client, parade):
    assert client.get("/dashboard/p/watched/watch/").status_code == 302  # login first
    client.force_login(make_host(username="other"))
    assert client.get("/dashboard/p/watched/watch/").status_code == 404
    upload = SimpleUploadedFile("f.opml", GOOD)
    assert client.post("/dashboard/p/watched/watch/import/", {"opml": upload}).status_code == 404
    feed = WatchedFeed.objects.create(parade=parade, url="https://a.example/feed")
    assert client.post(f"/dashboard/p/watched/watch/{feed.pk}/remove/").status_code == 404
    assert WatchedFeed.objects.filter(pk=feed.pk).exists()


def test_import_lists_feeds_and_status(client, owner, parade):
    client.force_login(owner)
    upload = SimpleUploadedFile("f.opml", GOOD, content_type="text/x-opml")
    response = client.post("/dashboard/p/watched/watch/import/", {"opml": upload}, follow=True)
    assert response.status_code == 200
    html = response.content.decode()
    assert "3 feeds added." in html
    assert "https://bob.example/atom.xml" in html and "Not polled yet" in html
    assert "Ann &lt;b&gt;" in html  # escaped


def test_broken_import_says_why_and_imports_nothing(client, owner, parade):
    client.force_login(owner)
    upload = SimpleUploadedFile("f.opml", b"<html><body>nope</body></html>")
    response = client.post("/dashboard/p/watched/watch/import/", {"opml": upload}, follow=True)
    assert "Nothing was imported" in response.content.decode()
    assert not WatchedFeed.objects.exists()


def test_single_address_and_removal(client, owner, parade):
    client.force_login(owner)
    client.post("/dashboard/p/watched/watch/import/", {"url": "https://blog.example/feed"})
    feed = WatchedFeed.objects.get()
    assert feed.source == "manual"
    response = client.post("/dashboard/p/watched/watch/import/", {"url": "ftp://x"}, follow=True)
    assert "Nothing was imported" in response.content.decode()
    client.post(f"/dashboard/p/watched/watch/{feed.pk}/remove/")
    assert not WatchedFeed.objects.exists()


def test_past_participants_can_be_watched(client, owner, parade):
    earlier = make_parade(host=owner)
    make_contribution(earlier, author_url="https://ann.example/", author_name="Ann")
    make_contribution(earlier, author_url="https://ann.example/", author_name="Ann")
    other_hosts = make_parade()
    make_contribution(other_hosts, author_url="https://stranger.example/")
    client.force_login(owner)
    html = client.get("/dashboard/p/watched/watch/").content.decode()
    assert html.count("https://ann.example/") == 2  # value and label, once
    assert "stranger.example" not in html
    client.post(
        "/dashboard/p/watched/watch/participants/",
        {"site": ["https://ann.example/", "https://stranger.example/"]},
    )
    assert list(WatchedFeed.objects.values_list("url", "source")) == [
        ("https://ann.example/", "participant")
    ]


def test_page_escapes_foreign_text_and_keeps_queries_flat(
    client, owner, parade, django_assert_max_num_queries
):
    for n in range(30):
        WatchedFeed.objects.create(
            parade=parade,
            url=f"https://f{n}.example/feed",
            title="<script>alert(1)</script>",
            status="error",
            last_error="<img src=x onerror=alert(1)>",
        )
    client.force_login(owner)
    with django_assert_max_num_queries(12):
        html = client.get("/dashboard/p/watched/watch/").content.decode()
    assert "<script>alert" not in html and "<img src=x" not in html
    assert html.count("&lt;script&gt;alert(1)&lt;/script&gt;") == 30
