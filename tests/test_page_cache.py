"""The page cache (blogparade.core.pagecache): whole call pages for readers without a
personal cookie, compressed, conditional, and never stale after a write has returned — for
every kind of write the page shows. And the origin check that protects the forms of those
token-less pages (blogparade.core.csrf)."""

from __future__ import annotations

import gzip
import time
from datetime import timedelta

import pytest
from django.core import signing
from django.test import Client
from django.utils import timezone

from blogparade.comments import services as comment_services
from blogparade.comments.models import Comment
from blogparade.contributions.models import Contribution
from blogparade.linkbacks.models import Mention
from blogparade.parades.models import HostProfile, Parade, Roundup

URL = "/p/open-call/"


@pytest.fixture(autouse=True)
def _one_minute(monkeypatch):
    """Pages are rendered anew each minute: no test here may cross into the next by chance."""
    from blogparade.core import pagecache

    now = int(time.time() // 60)
    monkeypatch.setattr(pagecache, "minute", lambda: now)


def get(client: Client, path: str = URL, **headers: str):
    return client.get(path, headers=headers)


def body(response) -> str:
    data = response.content
    if response.get("Content-Encoding") == "gzip":
        data = gzip.decompress(data)
    return data.decode()


def test_second_reader_gets_the_cached_page_with_validators(client, parade):
    first = get(client)
    assert first.status_code == 200 and first["X-Page-Cache"] == "miss"
    second = get(client)
    assert second["X-Page-Cache"] == "hit"
    assert body(second) == body(first)
    assert second["ETag"] == first["ETag"]
    assert second["Cache-Control"] == "public, no-cache"
    assert set(second["Vary"].split(", ")) == {"Accept-Language", "Accept-Encoding", "Cookie"}
    # the headers of the page itself are kept: language, linkback endpoints, CSP
    for name in ("Content-Language", "Link", "X-Pingback", "Content-Security-Policy"):
        assert second[name] == first[name]
    assert not second.cookies  # nothing personal is handed out from the cache


def test_conditional_get_answers_304_without_a_body(client, parade):
    etag = get(client)["ETag"]
    response = client.get(URL, HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 304 and response.content == b""
    assert response["ETag"] == etag
    # after a write the old validator no longer matches
    parade.title = "A new title"
    parade.save()
    response = client.get(URL, HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 200 and "A new title" in body(response)


def test_compressed_for_clients_that_accept_it(client, parade):
    plain = get(client)
    for _ in range(2):  # miss, then hit
        packed = client.get(URL, HTTP_ACCEPT_ENCODING="gzip, deflate, br")
        assert packed["Content-Encoding"] == "gzip"
        assert int(packed["Content-Length"]) == len(packed.content) < len(plain.content) / 2
        assert gzip.decompress(packed.content) == plain.content
        assert packed["ETag"] != plain["ETag"]  # two representations, two validators


def test_head_gets_the_headers_only(client, parade):
    get(client)
    response = client.head(URL)
    assert response.status_code == 200 and response.content == b""
    assert int(response["Content-Length"]) > 1000


def test_each_language_is_its_own_variant(client, parade):
    assert "Deadline" in body(get(client, **{"Accept-Language": "en"}))
    german = body(get(client, **{"Accept-Language": "de-DE,de;q=0.9"}))
    assert "Einsendeschluss" in german or "Frist" in german
    assert "Deadline</h2>" not in german
    assert "Deadline" in body(get(client, **{"Accept-Language": "en"}))


def test_personal_cookies_get_a_page_rendered_for_them(client, parade, host):
    get(client)
    client.cookies["123"] = "an-edit-token"
    response = get(client)
    assert not response.has_header("X-Page-Cache")
    client.cookies.clear()
    client.force_login(host)
    page = body(get(client))
    assert "Moderate this parade" in page and 'name="csrfmiddlewaretoken"' in page
    client.logout()
    client.cookies.clear()
    anonymous = get(client)
    assert anonymous["X-Page-Cache"] == "hit" and "Moderate this parade" not in body(anonymous)


def test_unknown_query_parameters_are_rendered_live(client, parade):
    get(client)
    assert not get(client, URL + "?replytocom=5").has_header("X-Page-Cache")
    assert get(client, URL + "?page=1").has_header("X-Page-Cache")  # the list's own paging


def test_a_missing_parade_is_a_live_404(client, db):
    assert client.get("/p/nothing-here/").status_code == 404


# --- exact invalidation: every kind of write the page shows ---------------------------------


def _changes_after(client, change) -> None:
    before = get(client)
    assert get(client)["X-Page-Cache"] == "hit"
    expected = change()
    after = get(client)
    assert after["X-Page-Cache"] == "miss", "a write must give the page a new version"
    assert after["ETag"] != before["ETag"]
    assert expected in body(after)


def test_parade_edit(client, parade):
    def change():
        Parade.objects.get(pk=parade.pk).save()  # a stale copy saved elsewhere
        parade.rules = "No AI slop, please."
        parade.save()
        return "No AI slop, please."

    _changes_after(client, change)


def test_contribution_approved(client, parade):
    from blogparade.contributions.models import Contribution

    c = Contribution.objects.create(
        parade=parade,
        url="https://ada.example/post",
        canonical_url="https://ada.example/post",
        title="Ada writes back",
        status=Contribution.Status.PENDING,
    )

    def change():
        c.status = Contribution.Status.APPROVED
        c.save()
        return "Ada writes back"

    _changes_after(client, change)


def test_contributor_renamed_gives_a_new_version(client, parade):
    """The roundup names contributors; the call page shares the parade's version."""
    from blogparade.contributions.models import Contributor

    person = Contributor.objects.create(name="Ada", url="https://ada.example/")
    Contribution.objects.create(
        parade=parade,
        contributor=person,
        url="https://ada.example/post",
        canonical_url="https://ada.example/post",
        title="A post",
        author_name="",
        status=Contribution.Status.APPROVED,
    )

    def change():
        person.name = "Ada Lovelace"
        person.save()
        return "A post"

    _changes_after(client, change)


def test_comment_approved(client, parade):
    thread = comment_services.get_or_create_thread("", URL)
    comment = Comment.objects.create(
        thread=thread,
        author="Grace",
        email="grace@example.net",
        text="Lovely question",
        text_html="<p>Lovely question</p>",
        status=Comment.Status.PENDING,
    )

    def change():
        Comment.objects.filter(pk=comment.pk).update(status=Comment.Status.APPROVED)
        from blogparade.comments.cache import bump

        bump(thread.pk)  # what moderation does after its queryset update
        return "Lovely question"

    _changes_after(client, change)


def test_reaction_verified(client, parade):
    like = Mention.objects.create(
        source="https://fan.example/likes/1",
        target=parade.absolute_url(),
        target_normalized=parade.absolute_url(),
        parade=parade,
        type=Mention.Type.LIKE,
        author_name="Fan of parades",
    )

    def change():
        like.status = Mention.Status.VERIFIED
        like.verified_at = timezone.now()
        like.save()
        return "Fan of parades"

    _changes_after(client, change)


def test_host_profile_edit(client, parade):
    def change():
        profile = HostProfile.objects.get(user=parade.host)
        profile.bio = "Now blogging from the mountains."
        profile.save()
        return "Now blogging from the mountains."

    _changes_after(client, change)


def test_roundup_published(client, parade):
    def change():
        Roundup.objects.create(parade=parade)
        parade.rounded_up_at = timezone.now()
        parade.save()
        return "Read the roundup"

    _changes_after(client, change)


def test_the_deadline_passing_is_a_new_variant(client, parade, monkeypatch):
    assert "left." in body(get(client))
    later = timezone.now() + timedelta(days=11)
    monkeypatch.setattr(timezone, "now", lambda: later)
    assert "The deadline has passed." in body(get(client))


def test_relative_times_are_at_most_a_minute_old(client, parade, monkeypatch):
    from blogparade.core import pagecache

    now = pagecache.minute()
    get(client)
    assert get(client)["X-Page-Cache"] == "hit"
    monkeypatch.setattr(pagecache, "minute", lambda: now + 1)
    assert get(client)["X-Page-Cache"] == "miss"


def test_the_setting_turns_it_off(client, parade, settings):
    settings.PAGE_CACHE = False
    get(client)
    assert not get(client).has_header("X-Page-Cache")


# --- the forms of a cached page: checked by origin --------------------------------------------


@pytest.fixture
def strict():
    """A client that enforces CSRF as a browser's request would meet it."""
    return Client(enforce_csrf_checks=True)


def _comment(ts: str) -> dict:
    return {
        "author": "Ada",
        "email": "ada@example.net",
        "text": "Hello",
        "uri": URL,
        "ts": ts,
    }


@pytest.fixture
def old_ts():
    return signing.dumps(int(time.time() - 60), salt="comments.form-ts")


def test_a_comment_from_this_site_needs_no_token(strict, parade, old_ts):
    assert "csrfmiddlewaretoken" not in body(strict.get(URL))
    response = strict.post(
        "/comments/post/", _comment(old_ts), headers={"Sec-Fetch-Site": "same-origin"}
    )
    assert response.status_code == 302
    assert Comment.objects.filter(author="Ada").exists()


@pytest.mark.parametrize(
    "headers",
    [
        {"Sec-Fetch-Site": "cross-site"},
        {"Sec-Fetch-Site": "same-site"},
        {"Origin": "https://evil.example"},
        {"Origin": "null"},
        {},  # no browser header and no token: Django's token check refuses it
    ],
)
def test_a_comment_from_elsewhere_is_refused(strict, parade, old_ts, headers):
    response = strict.post("/comments/post/", _comment(old_ts), headers=headers)
    assert response.status_code == 403
    assert not Comment.objects.exists()


def test_the_origin_alone_is_enough_for_older_browsers(strict, parade, old_ts, settings):
    origin = settings.BASE_URL.rstrip("/")
    response = strict.post("/comments/post/", _comment(old_ts), headers={"Origin": origin})
    assert response.status_code == 302


def test_a_page_with_a_token_still_posts_without_browser_headers(strict, parade, host, old_ts):
    strict.force_login(host)
    page = body(strict.get(URL))
    token = page.split('name="csrfmiddlewaretoken" value="', 1)[1].split('"', 1)[0]
    data = {**_comment(old_ts), "csrfmiddlewaretoken": token}
    assert strict.post("/comments/post/", data).status_code == 302


def test_take_part_and_language_switch_are_checked_the_same_way(strict, parade):
    same = {"Sec-Fetch-Site": "same-origin"}
    cross = {"Sec-Fetch-Site": "cross-site"}
    take_part = f"{URL}take-part/"
    data = {"url": "https://ada.example/post", "name": "Ada", "email": "ada@example.net"}
    assert strict.post(take_part, data, headers=cross).status_code == 403
    assert strict.post(take_part, data, headers=same).status_code in (200, 302, 400)
    switch = {"language": "de", "next": URL}
    assert strict.post("/i18n/setlang/", switch, headers=cross).status_code == 403
    assert strict.post("/i18n/setlang/", switch, headers=same).status_code == 302
    remind = f"{URL}remind/"
    assert strict.post(remind, {"email": "ada@example.net"}, headers=cross).status_code == 403


# --- the roundup and the directory ------------------------------------------------------------


def test_published_roundup_is_cached_and_follows_edits(client, parade):
    from blogparade.contributions import roundup as service

    parade.closes_at = timezone.now() - timedelta(hours=1)
    parade.opens_at = timezone.now() - timedelta(days=5)
    parade.save()
    roundup = service.draft_roundup(parade)
    url = f"{URL}roundup/"
    assert client.get(url).status_code == 404  # a draft is the host's alone
    service.publish_roundup(roundup)
    assert get(client, url)["X-Page-Cache"] == "miss"
    assert get(client, url)["X-Page-Cache"] == "hit"
    roundup.refresh_from_db()
    roundup.intro = "Twelve voices answered."
    roundup.save()
    after = get(client, url)
    assert after["X-Page-Cache"] == "miss" and "Twelve voices answered." in body(after)


def test_directory_follows_a_new_parade(client, parade, host):
    assert get(client, "/")["X-Page-Cache"] == "miss"
    assert get(client, "/")["X-Page-Cache"] == "hit"
    now = timezone.now()
    Parade.objects.create(
        host=host,
        slug="second-call",
        title="A second call for posts",
        opens_at=now - timedelta(days=1),
        closes_at=now + timedelta(days=3),
    )
    after = get(client, "/")
    assert after["X-Page-Cache"] == "miss" and "A second call for posts" in body(after)
    assert get(client, "/?q=second")["X-Page-Cache"] == "miss"  # each query its own variant


def test_readers_wait_for_the_one_rendering_instead_of_rendering_it_too(client, parade):
    """While another request renders a page (its lock is held), a reader waits for that
    copy rather than rendering the same page again."""
    import threading

    from django.core.cache import caches

    from blogparade.core import pagecache

    first = get(client)
    cache = caches[pagecache.CACHE_ALIAS]
    (slot,) = [k for k in cache._cache if ":bp:page:" in k and not k.endswith(":lock")]
    slot = slot.split(":", 2)[2]  # without the cache's own key prefix and version
    stored = cache.get(slot)
    cache.delete(slot)
    assert cache.add(f"{slot}:lock", 1, 5)  # "somebody renders it"
    threading.Timer(0.2, lambda: cache.set(slot, stored)).start()
    started = time.monotonic()
    waited = get(client)
    assert waited["X-Page-Cache"] == "hit" and body(waited) == body(first)
    assert time.monotonic() - started >= 0.15


def test_a_page_from_an_earlier_minute_is_shown_while_one_request_renders_it(
    client, parade, monkeypatch
):
    from django.core.cache import caches

    from blogparade.core import pagecache

    get(client)
    cache = caches[pagecache.CACHE_ALIAS]
    (slot,) = [k.split(":", 2)[2] for k in cache._cache if ":bp:page:" in k]
    monkeypatch.setattr(pagecache, "minute", lambda: int(time.time() // 60) + 5)
    assert cache.add(f"{slot}:lock", 1, 5)  # another request is rendering the new minute
    assert get(client)["X-Page-Cache"] == "hit"  # the previous copy, not a second rendering
    cache.delete(f"{slot}:lock")
    assert get(client)["X-Page-Cache"] == "miss"


# --- the fast path before Django (blogparade.core.wsgi) ------------------------------------


def _environ(path: str = URL, **extra: str) -> dict:
    from django.test import RequestFactory

    return RequestFactory().get(path, **extra).environ


def test_a_fresh_page_is_answered_before_django_with_its_stored_headers(client, parade):
    from blogparade.core.pagecache import answer_before_django

    assert answer_before_django(_environ()) is None  # nothing cached yet: Django renders it
    first = get(client)
    status, headers, data = answer_before_django(_environ(HTTP_ACCEPT_ENCODING="gzip"))
    named = dict(headers)
    assert status == "200 OK" and named["Content-Encoding"] == "gzip"
    assert gzip.decompress(data) == first.content
    for name in ("Content-Security-Policy", "Content-Language", "Link", "X-Frame-Options"):
        assert named[name] == first[name]
    assert named["Content-Length"] == str(len(data))
    etag = named["ETag"]
    status, _headers, data = answer_before_django(
        _environ(HTTP_ACCEPT_ENCODING="gzip", HTTP_IF_NONE_MATCH=etag)
    )
    assert status == "304 Not Modified" and data == b""


def test_the_fast_path_leaves_everything_unusual_to_django(client, parade, monkeypatch):
    from blogparade.core import pagecache
    from blogparade.core.pagecache import answer_before_django

    get(client)
    assert answer_before_django(_environ()) is not None
    assert answer_before_django(_environ(HTTP_COOKIE="sessionid=abc")) is None
    assert answer_before_django(_environ(HTTP_HOST="evil.example")) is None  # not an allowed host
    assert answer_before_django(_environ(URL + "?replytocom=1")) is None
    post = _environ()
    post["REQUEST_METHOD"] = "POST"
    assert answer_before_django(post) is None
    parade.title = "Changed"
    parade.save()
    assert answer_before_django(_environ()) is None  # a new version: rendered by Django
    get(client)
    monkeypatch.setattr(pagecache, "minute", lambda: int(time.time() // 60) + 1)
    assert answer_before_django(_environ()) is None  # of an earlier minute: Django re-renders


def test_comments_change_the_call_page_but_not_the_directory(client, parade):
    from blogparade.core.pagecache import version

    thread = comment_services.get_or_create_thread("", URL)
    before_page, before_directory = (
        Parade.objects.get(pk=parade.pk).page_token,
        version("directory"),
    )
    Comment.objects.create(
        thread=thread, author="Ada", email="a@example.net", text="Hi", text_html="<p>Hi</p>"
    )
    assert Parade.objects.get(pk=parade.pk).page_token != before_page
    assert version("directory") == before_directory


def test_the_fast_path_remembers_an_answer_until_the_database_changes(client, parade):
    from django.db import connection

    from blogparade.core import pagecache
    from blogparade.core.pagecache import answer_before_django

    get(client)
    first = answer_before_django(_environ(HTTP_ACCEPT_ENCODING="gzip"))
    assert first is not None
    calls = []
    real = pagecache._variant
    pagecache._variant = lambda request: calls.append(1) or real(request)
    try:
        again = answer_before_django(_environ(HTTP_ACCEPT_ENCODING="gzip"))
        assert again[2] == first[2]
        if connection.vendor != "sqlite":  # no cheap change signal: every request asks
            assert calls == [1]
            return
        assert calls == []  # remembered: no query for the version
        assert answer_before_django(_environ()) is not None  # uncompressed: never remembered
        assert calls == [1]
        german = answer_before_django(
            _environ(HTTP_ACCEPT_ENCODING="gzip", HTTP_ACCEPT_LANGUAGE="de")
        )
        assert calls == [1, 1] and german is None  # another variant: asked, not cached yet
        # any write at all (here one that leaves the version alone) makes it ask again
        Parade.objects.filter(pk=parade.pk).update(rules="Changed behind its back")
        assert answer_before_django(_environ(HTTP_ACCEPT_ENCODING="gzip")) is not None
        assert calls == [1, 1, 1]
        parade.title = "Changed"
        parade.save()
        assert answer_before_django(_environ(HTTP_ACCEPT_ENCODING="gzip")) is None
    finally:
        pagecache._variant = real


def test_a_write_by_another_connection_ends_what_the_fast_path_remembers(
    transactional_db, parade, client, tmp_path
):
    """Another process's commit is seen through SQLite's data_version: here another thread,
    which Django gives a connection of its own."""
    import threading

    from django.db import connection

    from blogparade.core.pagecache import answer_before_django

    if connection.vendor != "sqlite":
        pytest.skip("the remembered answers are an SQLite fast path")
    get(client)
    assert answer_before_django(_environ(HTTP_ACCEPT_ENCODING="gzip")) is not None
    assert answer_before_django(_environ(HTTP_ACCEPT_ENCODING="gzip")) is not None

    def write() -> None:
        changed = Parade.objects.get(pk=parade.pk)
        changed.title = "Changed elsewhere"
        changed.save()
        connection.close()

    other = threading.Thread(target=write)
    other.start()
    other.join()
    assert (
        answer_before_django(_environ(HTTP_ACCEPT_ENCODING="gzip")) is None
    )  # a new version: Django renders it
    assert "Changed elsewhere" in body(get(client))


def test_a_remembered_answer_ends_when_the_deadline_passes(client, parade, monkeypatch):
    from blogparade.core import pagecache
    from blogparade.core.pagecache import answer_before_django

    get(client)
    assert answer_before_django(_environ(HTTP_ACCEPT_ENCODING="gzip")) is not None
    assert answer_before_django(_environ(HTTP_ACCEPT_ENCODING="gzip")) is not None
    later = parade.closes_at.timestamp() + 1
    monkeypatch.setattr(pagecache.time, "time", lambda: later)
    monkeypatch.setattr(pagecache, "minute", lambda: int(later // 60))
    monkeypatch.setattr(timezone, "now", lambda: parade.closes_at + timedelta(seconds=1))
    assert (
        answer_before_django(_environ(HTTP_ACCEPT_ENCODING="gzip")) is None
    )  # the deadline passed: a new variant
