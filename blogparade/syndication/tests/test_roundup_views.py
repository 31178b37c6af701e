"""The roundup page (/p/<slug>/roundup/) and the host's editor (/dashboard/p/<slug>/roundup/)."""

import pytest
from bs4 import BeautifulSoup

from blogparade.contributions import roundup as service
from blogparade.parades.models import Roundup
from blogparade.syndication.tests.factories import make_contribution, make_host, make_parade

pytestmark = pytest.mark.django_db

HOSTILE = "<script>alert(1)</script>"


@pytest.fixture
def owner():
    return make_host(username="owner")


@pytest.fixture
def parade(owner):
    p = make_parade(host=owner, slug="web")
    make_contribution(p, title=HOSTILE, author_name=HOSTILE, summary=HOSTILE + " Quote me.")
    return p


def test_unpublished_roundup_is_404_for_strangers_and_preview_for_host(client, parade, owner):
    assert client.get("/p/web/roundup/").status_code == 404
    service.draft_roundup(parade)
    assert client.get("/p/web/roundup/").status_code == 404
    client.force_login(make_host(username="other"))
    assert client.get("/p/web/roundup/").status_code == 404
    client.force_login(owner)
    response = client.get("/p/web/roundup/")
    assert response.status_code == 200 and b"Preview" in response.content


def test_published_roundup_page_is_an_h_entry(client, parade):
    roundup = service.draft_roundup(parade)
    roundup.intro = "Thank you **all**."
    roundup.save()
    service.publish_roundup(roundup)
    response = client.get("/p/web/roundup/")
    assert response.status_code == 200
    assert HOSTILE.encode() not in response.content
    soup = BeautifulSoup(response.content, "html.parser")
    entry = soup.select_one(".h-entry")
    assert (
        entry.select_one(".p-name")
        and entry.select_one(".e-content")
        and entry.select_one(".dt-published")
    )
    assert entry.select_one(".e-content strong").get_text() == "all"
    assert [a.get_text() for a in entry.select(".h-cite > a.u-url.p-name")] == [HOSTILE]
    assert soup.select_one('svg[role="img"]') is not None
    assert soup.select_one('link[type="application/atom+xml"]') is not None


def test_roundup_feed_carries_published_roundups(client, parade):
    import feedparser

    service.publish_roundup(service.draft_roundup(parade))
    parsed = feedparser.parse(client.get("/feeds/roundups.atom").content)
    assert not parsed.bozo
    assert parsed.entries[0].link.endswith("/p/web/roundup/")
    assert "<script" not in parsed.entries[0].summary


def test_editor_requires_login_and_ownership(client, parade):
    response = client.get("/dashboard/p/web/roundup/")
    assert response.status_code == 302 and "login" in response["Location"]
    client.force_login(make_host(username="other"))
    assert client.get("/dashboard/p/web/roundup/").status_code == 404
    assert client.post("/dashboard/p/web/roundup/", {"intro": "x"}).status_code == 404
    assert client.get("/dashboard/p/web/roundup.md").status_code == 404
    assert not Roundup.objects.filter(parade=parade, intro="x").exists()


def test_editor_saves_intro_order_quotes_and_publishes(client, parade, owner):
    client.force_login(owner)
    response = client.get("/dashboard/p/web/roundup/")
    assert response.status_code == 200
    assert HOSTILE.encode() not in response.content
    entry = Roundup.objects.get(parade=parade).entries.get()
    response = client.post(
        "/dashboard/p/web/roundup/",
        {
            "intro": "Hello *all*",
            "order": "author",
            f"quote-{entry.pk}": "Chosen words",
            "action": "save",
        },
    )
    assert response.status_code == 302
    roundup = Roundup.objects.get(parade=parade)
    assert (roundup.intro, roundup.order) == ("Hello *all*", "author")
    assert roundup.entries.get().quote == "Chosen words"
    assert roundup.published_at is None
    asked = client.post(
        "/dashboard/p/web/roundup/", {"intro": "Hello", "order": "date", "action": "publish"}
    )
    roundup.refresh_from_db()
    assert asked.status_code == 200 and roundup.published_at is None  # it asks first …
    assert roundup.intro == "Hello"  # … with the edits saved
    client.post("/dashboard/p/web/roundup/", {"action": "publish", "confirm": "yes"})
    roundup.refresh_from_db()
    assert roundup.published_at is not None


def test_publishing_says_what_it_will_do(client, parade, owner):
    """ "Save and publish" asked nothing; publishing an open parade ended it silently."""
    from datetime import timedelta

    from django.utils import timezone

    from blogparade.contributions.models import Contribution

    parade.closes_at = timezone.now() + timedelta(days=21, hours=1)
    parade.save()
    make_contribution(parade)
    Contribution.objects.filter(parade=parade).update(submitter_email="W@example.org ")
    client.force_login(owner)
    html = client.post(
        "/dashboard/p/web/roundup/", {"action": "publish"}, HTTP_ACCEPT_LANGUAGE="en"
    ).content.decode()
    assert "Publish the roundup?" in html
    assert f"close “{parade.title}” now, 21 days before its deadline" in html
    approved = Contribution.objects.filter(parade=parade, status="approved").count()
    assert f"send {approved} Webmentions or Pingbacks to the contributions" in html
    assert "email 1 participant who left an address" in html
    assert "email 0 readers who asked for the roundup" in html
    parade.refresh_from_db()
    assert parade.rounded_up_at is None and parade.closes_at > timezone.now()


@pytest.mark.parametrize(
    ("fmt", "ctype"),
    [
        ("md", "text/markdown"),
        ("html", "text/html"),
        ("json", "application/json"),
        ("csv", "text/csv"),
    ],
)
def test_exports_download(client, parade, owner, fmt, ctype):
    client.force_login(owner)
    response = client.get(f"/dashboard/p/web/roundup.{fmt}")
    assert response.status_code == 200
    assert response["Content-Type"].startswith(ctype)
    assert "attachment" in response["Content-Disposition"]


def test_unknown_export_format_404(client, parade, owner):
    client.force_login(owner)
    assert client.get("/dashboard/p/web/roundup.pdf").status_code == 404


def test_roundup_page_query_count_does_not_grow(
    client, parade, django_assert_max_num_queries, settings
):
    settings.PAGE_CACHE = False  # the rendering's own queries (the page cache has its tests)
    for _ in range(30):
        make_contribution(parade)
    service.publish_roundup(service.draft_roundup(parade))
    # (7: the reading list is one more, whatever its length)
    with django_assert_max_num_queries(7):
        assert client.get("/p/web/roundup/").status_code == 200


def test_the_statistics_name_each_language_with_its_count(client, owner):
    """ "By language: : , :" was the language switcher's list overwriting the statistics."""
    p = make_parade(host=owner, slug="langs")
    make_contribution(p, language="en")
    make_contribution(p, language="en")
    make_contribution(p, language="de")
    service.publish_roundup(service.draft_roundup(p))
    soup = BeautifulSoup(client.get("/p/langs/roundup/").content, "html.parser")
    line = next(x for x in soup.find_all("p") if x.get_text().startswith("By language:"))
    assert " ".join(line.get_text().split()) == "By language: English: 2, German: 1"


def test_the_roundup_page_speaks_the_parades_language(client, owner):
    p = make_parade(host=owner, slug="deutsch", language="de")
    make_contribution(p, language="de")
    service.publish_roundup(service.draft_roundup(p))
    response = client.get("/p/deutsch/roundup/")  # no Accept-Language at all
    assert response["Content-Language"] == "de"
    assert "Nach Sprache:" in response.content.decode()
    client.cookies["django_language"] = "en"  # the reader's own choice wins
    assert client.get("/p/deutsch/roundup/")["Content-Language"] == "en"


def test_the_roundup_page_never_shows_the_hosts_email(client, parade):
    """Without a profile name it showed the host's username — their email address."""
    from django.utils import timezone

    from blogparade.parades.models import HostProfile

    HostProfile.objects.filter(user=parade.host).delete()  # no author box at all
    parade.host.first_name = parade.host.last_name = ""
    parade.host.username = parade.host.email  # as `createhost` and the dashboard make hosts
    parade.host.save()
    roundup = service.draft_roundup(parade)
    roundup.published_at = timezone.now()
    roundup.save()
    html = client.get(f"/p/{parade.slug}/roundup/").content.decode()
    assert parade.host.email not in html and parade.host.username not in html
    for feed in ("/feeds/parades.atom", "/feeds/roundups.atom", "/feeds/parades.json"):
        assert parade.host.email not in client.get(feed).content.decode(), feed


# --- telling the contributions: live status, failures, retry ---------------------------


def _published_waiting(parade):
    roundup = service.draft_roundup(parade)
    service.publish_roundup(roundup, queue=False)  # published; nobody told yet
    return roundup


def test_the_editor_shows_how_telling_the_contributions_goes(client, parade, owner):
    from blogparade.fetch.send import SendOutcome

    roundup = _published_waiting(parade)
    client.force_login(owner)
    soup = BeautifulSoup(client.get("/dashboard/p/web/roundup/").content, "html.parser")
    box = soup.select_one("[data-status-url]")
    assert box["data-status-url"] == "/dashboard/p/web/roundup/status.json"
    assert box["data-done"] == "false"
    assert box.select_one("progress")["max"] == "1"
    assert box.select_one("[data-status-text]").get_text() == (
        "0 of 1 contributions notified, 0 failed, 1 waiting."
    )
    assert soup.find("script", src=lambda s: s and s.endswith("follow-status.js"))
    # it failed: the reason and a retry
    entry = roundup.entries.get()
    service._record(entry, SendOutcome("", None, None, False, "The target advertises nothing."))
    soup = BeautifulSoup(client.get("/dashboard/p/web/roundup/").content, "html.parser")
    box = soup.select_one("[data-status-url]")
    assert box["data-done"] == "true"
    failure = box.select_one(".notify-failures li").get_text(" ", strip=True)
    assert "not notified: The target advertises nothing." in failure
    assert box.select_one("button[name=action][value=retry]")
    response = client.post("/dashboard/p/web/roundup/", {"action": "retry"})
    assert response.status_code == 302
    entry.refresh_from_db()
    assert entry.notify_state == "waiting"  # queued again


def test_the_status_endpoint(client, parade, owner):
    from blogparade.fetch.send import SendOutcome

    roundup = _published_waiting(parade)
    assert client.get("/dashboard/p/web/roundup/status.json").status_code == 302  # login
    client.force_login(make_host(username="other"))
    assert client.get("/dashboard/p/web/roundup/status.json").status_code == 404
    client.force_login(owner)
    data = client.get("/dashboard/p/web/roundup/status.json").json()
    assert (data["total"], data["waiting"], data["done"]) == (1, 1, False)
    service._record(
        roundup.entries.get(), SendOutcome("webmention", "https://x.example/wm", 500, False, "no")
    )
    data = client.get("/dashboard/p/web/roundup/status.json", HTTP_ACCEPT_LANGUAGE="de").json()
    assert (data["failed"], data["done"]) == (1, True)
    (failure,) = data["failures"]
    assert failure["reason_code"] == "linkback_failed"
    assert failure["reason"].startswith("Webmention")
    assert data["text"] == "0 von 1 Beiträgen benachrichtigt, 1 fehlgeschlagen, 0 wartend."


def test_no_status_before_publishing(client, parade, owner):
    service.draft_roundup(parade)
    client.force_login(owner)
    assert b"data-status-url" not in client.get("/dashboard/p/web/roundup/").content


# --- the host leaves entries out and adds their own words -------------------------------


def _edit(client, roundup, *, notes=None, left_out=()):
    data = {"action": "save", "intro": roundup.intro, "order": roundup.order}
    for entry in roundup.entries.all():
        data[f"quote-{entry.pk}"] = entry.quote
        data[f"note-{entry.pk}"] = (notes or {}).get(entry.pk, entry.note)
        if entry.pk in left_out:
            data[f"left_out-{entry.pk}"] = "on"
    return client.post("/dashboard/p/web/roundup/", data)


def test_the_host_leaves_an_entry_out_and_adds_their_words(client, owner, parade):
    kept = make_contribution(parade, title="Kept", submitter_email="kept@example.org")
    out = make_contribution(parade, title="Left out", submitter_email="out@example.org")
    roundup = service.draft_roundup(parade)
    assert roundup.data["stats"]["contributions"] == 3
    first = roundup.entries.get(contribution=kept)
    left = roundup.entries.get(contribution=out)
    client.force_login(owner)
    assert _edit(client, roundup, notes={first.pk: "My favourite."}, left_out={left.pk})
    roundup.refresh_from_db()

    # not listed, not counted; the proposals follow
    listed = [e.contribution.title for e in service.ordered_entries(roundup)]
    assert "Left out" not in listed and "Kept" in listed
    assert roundup.data["stats"]["contributions"] == 2
    assert roundup.title.startswith("2 answers to")
    page = client.get("/p/web/roundup/").content.decode()
    assert "Left out" not in page and "My favourite." in page
    markdown = service.export_markdown(roundup)
    assert "Left out" not in markdown and "My favourite." in markdown
    assert "My favourite." in service.export_html(roundup)
    assert "My favourite." in service.export_blocks(roundup)
    assert service.export_data(roundup)["entries"][1]["note"] == "My favourite."

    # the editor still shows it, ticked, to take back in
    soup = BeautifulSoup(client.get("/dashboard/p/web/roundup/").content, "html.parser")
    assert soup.select_one(f"#left_out-{left.pk}").has_attr("checked")
    assert soup.select_one(f"#note-{first.pk}").get_text() == "My favourite."

    # publishing tells and mails only the listed ones
    preview = service.publish_preview(roundup)
    assert preview["linkbacks"] == 2
    assert service.participant_addresses(parade) == ["kept@example.org"]
    service.publish_roundup(roundup, queue=False)
    assert service.notification_status(roundup)["total"] == 2

    # taken back in
    _edit(client, roundup)
    roundup.refresh_from_db()
    assert roundup.data["stats"]["contributions"] == 3
    assert "Left out" in [e.contribution.title for e in service.ordered_entries(roundup)]


def test_the_parades_own_feeds_carry_its_roundup(client, parade):
    from django.urls import reverse

    urls = [
        reverse("parade-contributions-atom", kwargs={"slug": "web"}),
        reverse("parade-contributions-rss", kwargs={"slug": "web"}),
        reverse("parade-contributions-json", kwargs={"slug": "web"}),
    ]
    assert all(client.get(u).status_code == 200 for u in urls)
    roundup = service.draft_roundup(parade)
    assert all(b"/p/web/roundup/" not in client.get(u).content for u in urls)
    service.publish_roundup(roundup, queue=False)
    for url in urls:
        body = client.get(url).content.decode()
        assert "/p/web/roundup/" in body, url
        assert HOSTILE not in body
    items = client.get(urls[2]).json()["items"]
    assert items[0]["url"].endswith("/p/web/roundup/")
    assert items[0]["title"] == roundup.display_title
    assert items[0]["tags"] == ["roundup"]


def test_a_watched_feeds_problem_reads_in_the_hosts_language(parade, httpserver, settings):
    from django.utils import translation

    from blogparade.syndication.models import WatchedFeed
    from blogparade.syndication.watch import poll_feed

    settings.FETCH_ALLOW_HOSTS = ["127.0.0.1", "localhost"]
    httpserver.expect_request("/feed").respond_with_data("down", status=503)
    feed = WatchedFeed.objects.create(parade=parade, url=httpserver.url_for("/feed"))
    with translation.override("en"):
        poll_feed(feed)
    feed.refresh_from_db()
    assert feed.last_error_phrase["code"] == "feed_status"
    assert feed.last_error == "The feed answered HTTP 503."
    with translation.override("de"):
        assert "503" in feed.problem and feed.problem != feed.last_error
