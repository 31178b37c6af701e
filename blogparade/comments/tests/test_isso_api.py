import json

import pytest

from blogparade.comments.models import Comment
from blogparade.core.models import RegisteredSite

from .conftest import XSS, assert_inert, make_comment

BASE = "http://localhost:8000"
SITE = "https://blog.example"


@pytest.fixture(autouse=True)
def _base(settings):
    settings.BASE_URL = BASE
    settings.MODERATION = False


@pytest.fixture
def site(db):
    return RegisteredSite.objects.create(origin=SITE)


def jpost(client, url, data, origin=BASE, **extra):
    return client.post(
        url,
        json.dumps(data),
        content_type="application/json",
        HTTP_ORIGIN=origin,
        REMOTE_ADDR="198.51.100.3",
        **extra,
    )


def new(client, data=None, uri="/p/slow-web/", origin=BASE, oncommit=None):
    body = {
        "text": "Hello *isso*",
        "author": "Ann",
        "email": "ann@example.net",
        "website": "ann.example",
    }
    body.update(data or {})
    return jpost(client, f"/isso/new?uri={uri}", body, origin=origin)


def test_new_then_fetch_threaded(client, parade):
    r = new(client)
    assert r.status_code == 201
    c = r.json()
    assert c["text"] == "<p>Hello <em>isso</em></p>" and c["author"] == "Ann" and c["mode"] == 1
    assert c["website"] == "https://ann.example" and "email" not in c and len(c["hash"]) == 12
    assert str(c["id"]) in r.cookies and r["X-Set-Cookie"].startswith(f"isso-{c['id']}=")
    r2 = new(client, {"text": "a reply", "parent": c["id"]})
    listing = client.get("/isso/?uri=/p/slow-web/").json()
    assert (
        listing["total_replies"] == 2 and listing["hidden_replies"] == 0 and listing["id"] is None
    )
    top = listing["replies"][0]
    assert top["id"] == c["id"] and top["total_replies"] == 1
    assert top["replies"][0]["id"] == r2.json()["id"] and top["replies"][0]["parent"] == c["id"]


def test_fetch_unknown_thread_is_empty(client, db):
    r = client.get("/isso/?uri=/nothing/")
    assert r.status_code == 200 and r.json()["replies"] == [] and r.json()["total_replies"] == 0


def test_limit_and_hidden(client, thread):
    for i in range(3):
        make_comment(thread, text=f"c{i}")
    body = client.get("/isso/?uri=/p/slow-web/&limit=2").json()
    assert len(body["replies"]) == 2 and body["hidden_replies"] == 1 and body["total_replies"] == 3


def test_pending_is_202_and_not_listed(client, parade, settings):
    settings.MODERATION = True
    r = new(client)
    assert r.status_code == 202 and r.json()["mode"] == 2
    assert client.get("/isso/?uri=/p/slow-web/").json()["replies"] == []


def test_edit_and_delete_with_cookie(client, parade):
    c = new(client).json()
    r = client.put(
        f"/isso/id/{c['id']}",
        json.dumps({"text": "<script>x</script> **new**"}),
        content_type="application/json",
        HTTP_ORIGIN=BASE,
    )
    assert (
        r.status_code == 200
        and "<script" not in r.json()["text"]
        and "<strong>new</strong>" in r.json()["text"]
    )
    plain = client.get(f"/isso/id/{c['id']}?plain=1").json()
    assert plain["text"] == "<script>x</script> **new**"
    r = client.delete(f"/isso/id/{c['id']}", HTTP_ORIGIN=BASE)
    assert r.status_code == 200 and r.json() is None and not Comment.objects.exists()


def test_edit_without_cookie_forbidden(client, thread):
    c = make_comment(thread)
    r = client.put(
        f"/isso/id/{c.pk}",
        json.dumps({"text": "hijack"}),
        content_type="application/json",
        HTTP_ORIGIN=BASE,
    )
    assert r.status_code == 403
    client.cookies[str(c.pk)] = "forged"
    assert client.delete(f"/isso/id/{c.pk}", HTTP_ORIGIN=BASE).status_code == 403


def test_edit_window_expires(client, parade, settings):
    c = new(client).json()
    Comment.objects.filter(pk=c["id"]).update(
        created=Comment.objects.get().created.replace(year=2000)
    )
    r = client.delete(f"/isso/id/{c['id']}", HTTP_ORIGIN=BASE)
    assert r.status_code == 403


def test_like_once_per_visitor_even_with_forged_forwarded_for(client, thread, settings):
    settings.TRUSTED_PROXIES = []
    c = make_comment(thread, ip="203.0.113.99")
    for fake in ("1.1.1.1", "2.2.2.2"):
        r = client.post(
            f"/isso/id/{c.pk}/like",
            content_type="application/json",
            HTTP_ORIGIN=BASE,
            REMOTE_ADDR="198.51.100.3",
            HTTP_X_FORWARDED_FOR=fake,
        )
    assert r.json() == {"likes": 1, "dislikes": 0}
    r = client.post(
        f"/isso/id/{c.pk}/dislike",
        content_type="application/json",
        HTTP_ORIGIN=BASE,
        REMOTE_ADDR="198.51.100.4",
    )
    assert r.json() == {"likes": 1, "dislikes": 1}


def test_author_cannot_like_own(client, parade):
    c = new(client).json()
    r = client.post(
        f"/isso/id/{c['id']}/like",
        content_type="application/json",
        HTTP_ORIGIN=BASE,
        REMOTE_ADDR="198.51.100.3",
    )
    assert r.json()["likes"] == 0


def test_preview_count_config(client, thread):
    make_comment(thread)
    assert (
        jpost(client, "/isso/preview", {"text": "*x* <img src=x onerror=alert(1)>"}).json()["text"]
        == "<p><em>x</em> &lt;img src=x onerror=alert(1)&gt;</p>"
    )
    assert jpost(client, "/isso/count", ["/p/slow-web/", "/none/"]).json() == [1, 0]
    assert client.get("/isso/config").json()["config"]["require-email"] is True


def test_writes_need_allowed_origin(client, parade):
    assert new(client, origin="https://evil.example").status_code == 403
    r = client.post(
        "/isso/new?uri=/p/slow-web/", json.dumps({"text": "hey"}), content_type="application/json"
    )
    assert r.status_code == 403
    assert not Comment.objects.exists()


def test_form_content_type_refused(client, parade):
    r = client.post("/isso/new?uri=/p/slow-web/", {"text": "hey"}, HTTP_ORIGIN=BASE)
    assert r.status_code == 403


def test_registered_site_cors_and_thread_key(client, site, db):
    r = client.options(
        "/isso/new?uri=/post/", HTTP_ORIGIN=SITE, HTTP_ACCESS_CONTROL_REQUEST_METHOD="POST"
    )
    assert r.status_code == 204 and r["Access-Control-Allow-Origin"] == SITE
    assert int(r["Access-Control-Max-Age"]) > 0 and r["Access-Control-Allow-Credentials"] == "true"
    assert "X-Set-Cookie" in r["Access-Control-Expose-Headers"]
    r = new(client, uri="/post/", origin=SITE)
    assert r.status_code == 201 and r["Access-Control-Allow-Origin"] == SITE
    t = Comment.objects.get().thread
    assert (t.site, t.path) == (SITE, "/post/")
    body = client.get("/isso/?uri=/post/", HTTP_ORIGIN=SITE).json()
    assert len(body["replies"]) == 1
    # the same path on blogparade itself is another thread
    assert client.get("/isso/?uri=/post/").json()["replies"] == []


def test_no_cors_for_strangers(client, db):
    r = client.options("/isso/", HTTP_ORIGIN="https://evil.example")
    assert "Access-Control-Allow-Origin" not in r


@pytest.mark.parametrize("payload", XSS)
def test_xss_inert_in_api(client, parade, payload):
    r = new(client, {"text": payload, "author": payload[:100], "website": payload[:200]})
    if r.status_code == 400:  # refused website
        r = new(
            client,
            {"text": payload, "author": payload[:100], "website": "https://x.example/?a=1&b=2"},
        )
    for body in (r.json(), client.get("/isso/?uri=/p/slow-web/").json()["replies"][0]):
        assert_inert(body["text"])
        assert "<" not in (body["author"] or "") and '"' not in (body["author"] or "")
        assert body["website"] is None or (
            "<" not in body["website"] and '"' not in body["website"]
        )


def test_email_never_in_api(client, parade):
    new(client, {"email": "hidden-person@example.net"})
    assert b"hidden-person" not in client.get("/isso/?uri=/p/slow-web/").content
    assert b"hidden-person" not in client.get("/isso/feed?uri=/p/slow-web/").content
