"""Feed watch: polite polling of fake feeds, proposals, and every way a feed can be bad."""

import datetime as dt

import pytest
from django.utils import timezone

from blogparade.contributions.models import Contribution
from blogparade.fetch.client import reset_politeness
from blogparade.syndication import watch
from blogparade.syndication.models import WatchedFeed
from blogparade.syndication.tests.factories import make_contribution, make_parade

pytestmark = pytest.mark.django_db


@pytest.fixture
def site(httpserver, settings):
    settings.FETCH_ALLOW_HOSTS = ["127.0.0.1"]
    settings.BASE_URL = "https://parades.example"
    reset_politeness()
    yield f"http://127.0.0.1:{httpserver.port}"
    reset_politeness()
    httpserver.check_assertions()


@pytest.fixture
def parade():
    return make_parade(slug="call", call_url="https://host.example/blog/call/")


def _when(days: float) -> str:
    return (timezone.now() + dt.timedelta(days=days)).strftime("%a, %d %b %Y %H:%M:%S +0000")


def rss(items: list[str]) -> str:
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Blog &amp; more</title>'
        "<link>http://127.0.0.1/</link>" + "".join(items) + "</channel></rss>"
    )


def item(n: int, body: str, date: str | None = None, link: str = "") -> str:
    date = date if date is not None else _when(-1)
    return (
        f"<item><title>Post {n} &lt;b&gt;</title><link>{link or f'https://blog.example/{n}/'}</link>"
        f"<guid>post-{n}</guid><pubDate>{date}</pubDate><author>a@b.example (Ann)</author>"
        f"<description><![CDATA[{body}]]></description></item>"
    )


LINKS_TO_PARADE = '<p>My answer to <a href="https://parades.example/p/call/">the parade</a>.</p>'
LINKS_TO_CALL = '<p>For <a href="https://host.example/blog/call">the call</a></p>'
NO_LINK = "<p>Something else entirely.</p>"


def _feed(parade, url) -> WatchedFeed:
    return WatchedFeed.objects.create(parade=parade, url=url, next_check_at=timezone.now())


def test_proposes_posts_linking_to_the_call_never_approved(site, httpserver, parade):
    body = rss([item(1, LINKS_TO_PARADE), item(2, LINKS_TO_CALL), item(3, NO_LINK)])
    httpserver.expect_request("/feed.xml").respond_with_data(
        body, content_type="application/rss+xml", headers={"ETag": '"v1"'}
    )
    feed = _feed(parade, f"{site}/feed.xml")
    outcome = watch.poll_feed(feed)
    assert outcome.status == "ok" and outcome.proposed == 2
    proposed = Contribution.objects.filter(parade=parade).order_by("url")
    assert [c.url for c in proposed] == ["https://blog.example/1/", "https://blog.example/2/"]
    for c in proposed:
        assert c.status == Contribution.Status.PENDING
        assert c.channel == Contribution.Channel.FEED
        assert c.verification == Contribution.Verification.UNCHECKED
        assert "<" not in c.title and c.title.startswith("Post")
        assert "never approved automatically" in c.events.get().message
    feed.refresh_from_db()
    assert feed.etag == '"v1"' and feed.proposed == 2 and feed.title == "Blog & more"
    assert feed.next_check_at > timezone.now() + dt.timedelta(minutes=50)


def test_auto_approving_parade_still_leaves_proposals_pending(site, httpserver, parade):
    parade.auto_approve = True
    parade.save()
    httpserver.expect_request("/feed.xml").respond_with_data(
        rss([item(1, LINKS_TO_PARADE)]), content_type="application/rss+xml"
    )
    watch.poll_feed(_feed(parade, f"{site}/feed.xml"))
    assert Contribution.objects.get().status == Contribution.Status.PENDING


def test_conditional_get_and_seen_entries(site, httpserver, parade):
    first = rss([item(1, LINKS_TO_PARADE)])
    httpserver.expect_ordered_request("/feed.xml").respond_with_data(
        first,
        content_type="application/rss+xml",
        headers={"ETag": '"a"', "Last-Modified": "Wed, 01 Jan 2025 00:00:00 GMT"},
    )
    httpserver.expect_ordered_request(
        "/feed.xml",
        headers={"If-None-Match": '"a"', "If-Modified-Since": "Wed, 01 Jan 2025 00:00:00 GMT"},
    ).respond_with_data("", status=304)
    httpserver.expect_ordered_request("/feed.xml").respond_with_data(
        rss([item(1, LINKS_TO_PARADE), item(4, LINKS_TO_CALL)]), content_type="application/rss+xml"
    )
    feed = _feed(parade, f"{site}/feed.xml")
    assert watch.poll_feed(feed).proposed == 1
    assert watch.poll_feed(feed).status == "not_modified"
    assert watch.poll_feed(feed).proposed == 1  # only the new entry
    assert Contribution.objects.count() == 2


def test_known_post_is_not_proposed_again(site, httpserver, parade):
    make_contribution(parade, url="https://blog.example/1/")
    httpserver.expect_request("/feed.xml").respond_with_data(
        rss([item(1, LINKS_TO_PARADE)]), content_type="application/rss+xml"
    )
    assert watch.poll_feed(_feed(parade, f"{site}/feed.xml")).proposed == 0


def test_atom_and_old_posts(site, httpserver, parade):
    old = (timezone.now() - dt.timedelta(days=60)).isoformat()
    new = timezone.now().isoformat()
    atom = (
        '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>A</title>'
        f'<entry><id>1</id><title>Old</title><link href="https://a.example/old"/><updated>{old}</updated>'
        f'<content type="html">{LINKS_TO_PARADE.replace("<", "&lt;")}</content></entry>'
        f'<entry><id>2</id><title>New</title><link href="https://a.example/new"/><updated>{new}</updated>'
        f'<content type="html">{LINKS_TO_PARADE.replace("<", "&lt;")}</content></entry></feed>'
    )
    httpserver.expect_request("/atom").respond_with_data(atom, content_type="application/atom+xml")
    assert watch.poll_feed(_feed(parade, f"{site}/atom")).proposed == 1
    assert Contribution.objects.get().url == "https://a.example/new"


def test_malformed_dates_are_noted_not_fatal(site, httpserver, parade):
    httpserver.expect_request("/feed.xml").respond_with_data(
        rss([item(1, LINKS_TO_PARADE, date="the thirty-second of Smarch")]),
        content_type="application/rss+xml",
    )
    feed = _feed(parade, f"{site}/feed.xml")
    outcome = watch.poll_feed(feed)
    assert outcome.status == "ok" and outcome.proposed == 1
    feed.refresh_from_db()
    assert "dates" in feed.last_error
    assert Contribution.objects.get().published is None


@pytest.mark.parametrize(
    ("body", "content_type", "fragment"),
    [
        ("just some text, no feed at all", "text/plain", "not an RSS"),
        ("<html><body><p>a blog without feed</p></body></html>", "text/html", "web page"),
        ('{"not": "a feed"}', "application/json", "not an RSS"),
        (
            '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaa">]><rss><channel>&a;</channel></rss>',
            "application/rss+xml",
            "entities",
        ),
    ],
)
def test_not_a_feed_is_an_error_on_the_row(site, httpserver, parade, body, content_type, fragment):
    httpserver.expect_request("/x").respond_with_data(body, content_type=content_type)
    feed = _feed(parade, f"{site}/x")
    assert watch.poll_feed(feed).status == "error"
    feed.refresh_from_db()
    assert feed.status == "error" and fragment in feed.last_error and feed.failures == 1
    assert feed.next_check_at > timezone.now() + dt.timedelta(minutes=50)
    assert not Contribution.objects.exists()


def test_huge_feed_is_refused(site, httpserver, parade, settings):
    settings.FEEDWATCH_MAX_BYTES = 10_000
    httpserver.expect_request("/big").respond_with_data(
        rss([item(i, LINKS_TO_PARADE) for i in range(200)]), content_type="application/rss+xml"
    )
    feed = _feed(parade, f"{site}/big")
    assert watch.poll_feed(feed).status == "error"
    feed.refresh_from_db()
    assert "larger" in feed.last_error and not Contribution.objects.exists()


def test_429_retry_after_is_respected(site, httpserver, parade, settings):
    settings.FEEDWATCH_INTERVAL = 60
    httpserver.expect_request("/feed.xml").respond_with_data(
        "slow down", status=429, headers={"Retry-After": "1800"}
    )
    feed = _feed(parade, f"{site}/feed.xml")
    assert watch.poll_feed(feed).status == "rate_limited"
    feed.refresh_from_db()
    assert feed.next_check_at >= timezone.now() + dt.timedelta(minutes=29, seconds=55)


def test_410_stops_polling_and_5xx_backs_off(site, httpserver, parade):
    httpserver.expect_request("/gone").respond_with_data("", status=410)
    httpserver.expect_request("/broken").respond_with_data("", status=503)
    gone = _feed(parade, f"{site}/gone")
    watch.poll_feed(gone)
    gone.refresh_from_db()
    assert gone.status == "gone" and gone.next_check_at is None
    broken = _feed(parade, f"{site}/broken")
    watch.poll_feed(broken)
    broken.refresh_from_db()
    assert broken.status == "error" and "503" in broken.last_error


def test_blog_address_discovers_its_feed(site, httpserver, parade):
    page = '<html><head><link rel="alternate" type="application/rss+xml" href="/feed.xml"></head></html>'
    httpserver.expect_request("/").respond_with_data(page, content_type="text/html")
    httpserver.expect_request("/feed.xml").respond_with_data(
        rss([item(1, LINKS_TO_PARADE)]), content_type="application/rss+xml"
    )
    feed = _feed(parade, f"{site}/")
    assert watch.poll_feed(feed).proposed == 1
    feed.refresh_from_db()
    assert feed.url == f"{site}/feed.xml" and feed.site_url == f"{site}/"


def test_blocked_address_is_an_error_not_a_crash(parade, settings):
    settings.FETCH_ALLOW_HOSTS = []
    feed = _feed(parade, "http://127.0.0.1:9/feed")
    assert watch.poll_feed(feed).status == "error"
    feed.refresh_from_db()
    assert feed.last_error


def test_poll_due_feeds_only_open_parades_and_claims(site, httpserver, parade):
    httpserver.expect_request("/feed.xml").respond_with_data("", status=304)
    due = _feed(parade, f"{site}/feed.xml")
    closed = make_parade(
        opens_at=timezone.now() - dt.timedelta(days=20),
        closes_at=timezone.now() - dt.timedelta(days=5),
    )
    _feed(closed, f"{site}/feed.xml")
    later = WatchedFeed.objects.create(
        parade=parade, url=f"{site}/later", next_check_at=timezone.now() + dt.timedelta(hours=1)
    )
    assert watch.poll_due_feeds() == 1  # immediate tasks: polled inline
    due.refresh_from_db()
    later.refresh_from_db()
    assert due.status == "not_modified" and later.status == "new"
    assert watch.poll_due_feeds() == 0


def test_json_feed(site, httpserver, parade):
    import json

    feed_json = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": "J",
        "items": [
            {
                "id": "1",
                "url": "https://j.example/1",
                "title": "Json <post>",
                "content_html": LINKS_TO_PARADE,
                "date_published": timezone.now().isoformat(),
                "authors": [{"name": "Jo", "url": "https://j.example/"}],
            },
            {
                "id": "2",
                "url": "https://j.example/2",
                "content_text": "no link",
                "date_published": "soon",
            },
            "not an item",
        ],
    }
    httpserver.expect_request("/feed.json").respond_with_data(
        json.dumps(feed_json), content_type="application/feed+json"
    )
    feed = _feed(parade, f"{site}/feed.json")
    outcome = watch.poll_feed(feed)
    assert outcome.status == "ok" and outcome.proposed == 1
    c = Contribution.objects.get()
    assert (c.url, c.author_name, c.author_url) == (
        "https://j.example/1",
        "Jo",
        "https://j.example/",
    )
    feed.refresh_from_db()
    assert feed.title == "J" and "dates" in feed.last_error


def test_proposals_are_verified_by_the_one_pipeline_and_still_wait_for_the_host(
    site, httpserver, parade, settings, django_capture_on_commit_callbacks
):
    settings.FETCH_ALLOW_HOSTS = ["127.0.0.1"]
    parade.auto_approve = True
    parade.save()
    post = (
        "<html><body><article><h1>My answer</h1><p>I write because of "
        f'<a href="{parade.absolute_url()}">this parade</a> and many other reasons that '
        "fill a paragraph of decent length.</p></article></body></html>"
    )
    httpserver.expect_request("/post/1").respond_with_data(post, content_type="text/html")
    httpserver.expect_request("/post/2").respond_with_data("", status=404)
    httpserver.expect_request("/feed.xml").respond_with_data(
        rss(
            [
                item(1, LINKS_TO_PARADE, link=f"{site}/post/1"),
                item(2, LINKS_TO_PARADE, link=f"{site}/post/2"),
            ]
        ),
        content_type="application/rss+xml",
    )
    with django_capture_on_commit_callbacks(execute=True):
        assert watch.poll_feed(_feed(parade, f"{site}/feed.xml")).proposed == 2
    by_path = {c.url.rsplit("/", 1)[-1]: c for c in Contribution.objects.all()}
    verified, missing = by_path["1"], by_path["2"]
    assert verified.verification == Contribution.Verification.VERIFIED
    assert verified.title == "My answer"  # what the post says, over the feed's title
    assert verified.status == Contribution.Status.PENDING  # never approved automatically
    assert missing.status == Contribution.Status.REJECTED
    assert "404" in missing.status_reason
