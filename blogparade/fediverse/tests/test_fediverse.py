"""A parade in the fediverse, against a Mastodon-shaped peer on loopback (pytest-httpserver):
its actor document as Mastodon serves it, its requests signed as Mastodon signs them
(draft-cavage, ``rsa-sha256`` over ``(request-target) host date digest``), or with RFC 9421
as Fedify and newer servers do. What we send it is checked with its own key's counterpart."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from werkzeug import Request as WRequest
from werkzeug import Response

from blogparade.comments.models import Comment
from blogparade.contributions.models import Contribution
from blogparade.fediverse import actors
from blogparade.fediverse.models import Delivery, Follower, RemoteObject
from blogparade.fediverse.signatures import Request, generate_key, sign, verify

pytestmark = pytest.mark.django_db

PUBLIC = "https://www.w3.org/ns/activitystreams#Public"


class Peer:
    """A Mastodon account on loopback: ``/users/alice`` with its key, an inbox that keeps what
    it is sent, and statuses under ``/users/alice/statuses/N``."""

    def __init__(self, httpserver, on_commit, name: str = "alice") -> None:
        self.server = httpserver
        self.on_commit = on_commit
        self.private, self.public = generate_key()
        self.uri = httpserver.url_for(f"/users/{name}")
        self.key_id = self.uri + "#main-key"
        self.requests: list[Request] = []
        self.document = {
            "@context": ["https://www.w3.org/ns/activitystreams", "https://w3id.org/security/v1"],
            "id": self.uri,
            "type": "Person",
            "preferredUsername": name,
            "name": name.title() + " Writer",
            "url": httpserver.url_for(f"/@{name}"),
            "inbox": self.uri + "/inbox",
            "outbox": self.uri + "/outbox",
            "followers": self.uri + "/followers",
            "endpoints": {"sharedInbox": httpserver.url_for("/inbox")},
            "publicKey": {"id": self.key_id, "owner": self.uri, "publicKeyPem": self.public},
        }
        httpserver.expect_request(f"/users/{name}").respond_with_json(
            self.document, content_type="application/activity+json"
        )
        httpserver.expect_request(f"/users/{name}/inbox", method="POST").respond_with_handler(
            self._inbox
        )

    def _inbox(self, request: WRequest) -> Response:
        headers = {k.lower(): v for k, v in request.headers.items()}
        self.requests.append(Request("POST", request.url, headers, request.get_data()))
        return Response(status=202)

    def verified(self) -> list[dict]:
        """What the inbox was sent, each checked with the sending actor's published key."""
        from blogparade.fediverse.models import LocalActor

        activities = []
        for request in self.requests:
            activity = json.loads(request.body)
            slug = activity["actor"].rstrip("/").rsplit("/", 1)[-1]
            local = LocalActor.objects.get(parade__slug=slug)
            verify(request, local.public_key_pem)
            activities.append(activity)
        return activities

    def post(
        self,
        client,
        path: str,
        activity: dict,
        *,
        key: str | None = None,
        date: datetime | None = None,
        rfc9421: bool = False,
    ):
        body = json.dumps(activity).encode()
        url = actors.base() + path
        if rfc9421:
            headers = _rfc9421_headers(url, body, self.key_id, key or self.private)
        else:
            headers = sign("POST", url, body, self.key_id, key or self.private, now=date)
        if rfc9421:
            headers["host"] = "localhost:8000"
        extra = {f"HTTP_{k.upper().replace('-', '_')}": v for k, v in headers.items()}
        # what the request queues after its commit runs too (tasks run inline in tests)
        with self.on_commit(execute=True):
            return client.post(path, body, content_type="application/activity+json", **extra)

    def status(self, n: int, content: str, **fields) -> dict:
        uri = f"{self.uri}/statuses/{n}"
        note = {
            "id": uri,
            "type": "Note",
            "attributedTo": self.uri,
            "content": content,
            "url": self.server.url_for(f"/@alice/{n}"),
            "published": datetime.now(UTC).isoformat().replace("+00:00", "Z"),
            "to": [PUBLIC],
            "cc": [self.uri + "/followers"],
            "tag": [],
        }
        note.update(fields)
        return note

    def create(self, note: dict) -> dict:
        return {
            "@context": "https://www.w3.org/ns/activitystreams",
            "id": note["id"] + "/activity",
            "type": "Create",
            "actor": self.uri,
            "to": note["to"],
            "cc": note["cc"],
            "object": note,
        }


def _rfc9421_headers(url: str, body: bytes, key_id: str, private_pem: str) -> dict[str, str]:
    import base64
    import hashlib

    from http_message_signatures import HTTPMessageSigner, HTTPSignatureKeyResolver
    from http_message_signatures import algorithms as sig_algorithms

    class Keys(HTTPSignatureKeyResolver):
        def resolve_private_key(self, key_id: str):
            return private_pem.encode()

    class Message:
        def __init__(self) -> None:
            self.method = "POST"
            self.url = url
            self.headers = {
                "Content-Type": "application/activity+json",
                "Content-Digest": "sha-256=:"
                + base64.b64encode(hashlib.sha256(body).digest()).decode()
                + ":",
            }

    message = Message()
    HTTPMessageSigner(signature_algorithm=sig_algorithms.RSA_V1_5_SHA256, key_resolver=Keys()).sign(
        message,
        key_id=key_id,
        covered_component_ids=("@method", "@target-uri", "content-digest"),
        use_existing_digest=True,
    )
    return {k.lower(): v for k, v in message.headers.items()}


@pytest.fixture
def peer(httpserver, settings, django_capture_on_commit_callbacks):
    settings.FETCH_ALLOW_HOSTS = ["127.0.0.1", "localhost"]
    settings.BASE_URL = "http://localhost:8000"
    return Peer(httpserver, django_capture_on_commit_callbacks)


def inbox(parade) -> str:
    return f"/ap/p/{parade.slug}/inbox"


def test_webfinger_and_nodeinfo_find_the_parade(client, parade, settings):
    settings.BASE_URL = "http://localhost:8000"
    found = client.get("/.well-known/webfinger", {"resource": f"acct:{parade.slug}@localhost"})
    assert found.status_code == 200 and found["Content-Type"] == "application/jrd+json"
    links = {link["rel"]: link["href"] for link in found.json()["links"]}
    assert links["self"] == f"http://localhost:8000/ap/p/{parade.slug}"
    assert (
        client.get("/.well-known/webfinger", {"resource": "acct:nope@localhost"}).status_code == 404
    )
    assert (
        client.get(
            "/.well-known/webfinger", {"resource": f"acct:{parade.slug}@elsewhere"}
        ).status_code
        == 404
    )
    nodeinfo = client.get(client.get("/.well-known/nodeinfo").json()["links"][0]["href"])
    assert nodeinfo.json()["software"]["name"] == "blogparade"
    assert nodeinfo.json()["protocols"] == ["activitypub"]


def test_the_actor_document_and_the_call(client, parade, settings):
    settings.BASE_URL = "http://localhost:8000"
    parade.hashtag = "#KeepWriting"
    parade.save()
    response = client.get(f"/ap/p/{parade.slug}", HTTP_ACCEPT="application/activity+json")
    actor = response.json()
    assert response["Content-Type"].startswith("application/activity+json")
    assert actor["preferredUsername"] == parade.slug and actor["name"] == parade.title
    assert actor["inbox"].endswith("/inbox") and actor["endpoints"]["sharedInbox"].endswith(
        "/ap/inbox"
    )
    assert "BEGIN PUBLIC KEY" in actor["publicKey"]["publicKeyPem"]
    assert actor["url"] == parade.absolute_url()
    assert {f["name"] for f in actor["attachment"]} == {"Deadline", "Take part"}
    header = client.get(actor["image"]["url"].removeprefix("http://localhost:8000"))
    assert header["Content-Type"] == "image/png" and header.content.startswith(b"\x89PNG")
    # a browser is sent to the call page
    assert client.get(f"/ap/p/{parade.slug}")["Location"] == f"/p/{parade.slug}/"
    featured = client.get(actor["featured"].removeprefix("http://localhost:8000"))
    note = featured.json()["orderedItems"][0]
    assert parade.absolute_url() in note["content"] and "#KeepWriting" in note["tag"][0]["name"]
    outbox = client.get(actor["outbox"].removeprefix("http://localhost:8000")).json()
    assert outbox["orderedItems"][0]["type"] == "Create"


def test_follow_is_accepted_and_the_call_delivered_signed(client, parade, peer):
    follow = {
        "@context": "https://www.w3.org/ns/activitystreams",
        "id": peer.uri + "#follows/1",
        "type": "Follow",
        "actor": peer.uri,
        "object": actors.actor_uri(parade),
    }
    assert peer.post(client, inbox(parade), follow).status_code == 202
    assert Follower.objects.get().remote.uri == peer.uri
    # Accept, then the call, each signed (the peer's inbox verified both)
    received = peer.verified()
    assert [a["type"] for a in received] == ["Accept", "Create"]
    assert received[0]["object"]["id"] == follow["id"]
    assert received[1]["object"]["url"] == parade.absolute_url()
    assert set(Delivery.objects.values_list("status", flat=True)) == {"sent"}

    undo = {"id": peer.uri + "#undo/1", "type": "Undo", "actor": peer.uri, "object": follow}
    assert peer.post(client, inbox(parade), undo).status_code == 202
    assert not Follower.objects.exists()


def test_a_public_post_mentioning_the_parade_becomes_a_contribution(client, parade, peer):
    mention = (
        f'<a href="{parade.absolute_url()}" class="u-url mention">@<span>{parade.slug}</span></a>'
    )
    note = peer.status(
        1,
        f"<p>{mention} My answer: I write because the web is still ours.</p>",
        tag=[
            {
                "type": "Mention",
                "href": actors.actor_uri(parade),
                "name": f"@{parade.slug}@localhost",
            }
        ],
    )
    assert peer.post(client, "/ap/inbox", peer.create(note)).status_code == 202
    contribution = Contribution.objects.get()
    assert contribution.parade == parade
    assert contribution.url == note["url"]
    assert contribution.channel == Contribution.Channel.FEDIVERSE
    assert contribution.kind == "fediverse"
    assert contribution.verification == Contribution.Verification.VERIFIED, (
        contribution.status_reason
    )
    assert contribution.author_name == "Alice Writer"

    # the author deletes it: it leaves the list
    delete = {"id": note["id"] + "#delete", "type": "Delete", "actor": peer.uri,
              "object": {"id": note["id"], "type": "Tombstone"}}  # fmt: skip
    assert peer.post(client, "/ap/inbox", delete).status_code == 202
    contribution.refresh_from_db()
    assert contribution.status != Contribution.Status.APPROVED
    assert contribution.verification == Contribution.Verification.FAILED
    assert not RemoteObject.objects.exists()


def test_a_reply_to_the_call_becomes_a_comment_and_leaves_with_its_delete(client, parade, peer):
    note = peer.status(
        2, "<p>Lovely question! I will write something.</p>", inReplyTo=actors.note_uri(parade)
    )
    assert peer.post(client, inbox(parade), peer.create(note)).status_code == 202
    assert not Contribution.objects.exists()
    comment = Comment.objects.get()
    assert comment.thread.path == f"/p/{parade.slug}/"
    assert comment.author == "Alice Writer" and "Lovely question" in comment.text
    delete = {
        "id": note["id"] + "#delete",
        "type": "Delete",
        "actor": peer.uri,
        "object": note["id"],
    }
    peer.post(client, inbox(parade), delete)
    # gone from the thread (a comment without replies is removed outright)
    assert not Comment.objects.exclude(status=Comment.Status.DELETED).exists()


@pytest.mark.parametrize(
    "audience",
    [
        {"to": ["http://localhost/users/alice/followers"], "cc": []},  # followers only
        {"to": [], "cc": []},  # a direct message
    ],
)
def test_private_posts_never_become_public(client, parade, peer, audience):
    note = peer.status(3, f'<p><a href="{parade.absolute_url()}">@{parade.slug}</a> secret</p>')
    note.update(audience)
    activity = peer.create(note)
    activity.update(audience)
    assert peer.post(client, inbox(parade), activity).status_code == 202
    assert not Contribution.objects.exists() and not Comment.objects.exists()


def test_rfc9421_signatures_are_verified(client, parade, peer):
    note = peer.status(4, f'<p>Answer: <a href="{parade.absolute_url()}">the call</a></p>')
    assert peer.post(client, inbox(parade), peer.create(note), rfc9421=True).status_code == 202
    assert Contribution.objects.count() == 1
    other, _public = generate_key()
    note = peer.status(5, f'<p>Answer: <a href="{parade.absolute_url()}">the call</a></p>')
    assert (
        peer.post(client, inbox(parade), peer.create(note), rfc9421=True, key=other).status_code
        == 401
    )


def test_bad_requests_are_refused_and_nothing_is_stored(client, parade, peer, httpserver):
    note = peer.status(6, f'<p><a href="{parade.absolute_url()}">answer</a></p>')
    activity = peer.create(note)
    body = json.dumps(activity)
    # unsigned
    assert (
        client.post(inbox(parade), body, content_type="application/activity+json").status_code
        == 401
    )
    # signed with a key that is not the actor's
    wrong, _public = generate_key()
    assert peer.post(client, inbox(parade), activity, key=wrong).status_code == 401
    # a replayed (old) date
    old = datetime.now(UTC) - timedelta(hours=2)
    assert peer.post(client, inbox(parade), activity, date=old).status_code == 401
    # the actor of the activity is not the key's owner
    forged = dict(activity, actor=httpserver.url_for("/users/mallory"))
    assert peer.post(client, inbox(parade), forged).status_code == 401
    # too large, and nested too deep
    huge = dict(activity, padding="x" * 300_000)
    assert peer.post(client, inbox(parade), huge).status_code == 413
    deep: dict = {"type": "Create", "actor": peer.uri}
    node = deep
    for _ in range(200):
        node["object"] = {}
        node = node["object"]
    assert peer.post(client, inbox(parade), deep).status_code == 400
    # a body altered after signing
    headers = sign("POST", actors.base() + inbox(parade), body.encode(), peer.key_id, peer.private)
    extra = {f"HTTP_{k.upper()}": v for k, v in headers.items()}
    tampered = body.replace("answer", "spam!!")
    assert (
        client.post(
            inbox(parade), tampered, content_type="application/activity+json", **extra
        ).status_code
        == 401
    )
    assert not Contribution.objects.exists()


def test_a_replayed_activity_is_taken_once(client, parade, peer):
    note = peer.status(7, f'<p><a href="{parade.absolute_url()}">answer</a></p>')
    activity = peer.create(note)
    assert peer.post(client, inbox(parade), activity).status_code == 202
    Contribution.objects.all().delete()
    assert peer.post(client, inbox(parade), activity).status_code == 202
    assert not Contribution.objects.exists()


def test_a_blocked_instance_is_refused(client, parade, peer, settings):
    settings.FEDIVERSE_BLOCKED = ["localhost"]
    note = peer.status(8, f'<p><a href="{parade.absolute_url()}">answer</a></p>')
    assert peer.post(client, inbox(parade), peer.create(note)).status_code == 403


def test_the_fediverse_can_be_switched_off(client, parade, settings):
    settings.FEDIVERSE = False
    assert (
        client.get(
            "/.well-known/webfinger", {"resource": f"acct:{parade.slug}@localhost"}
        ).status_code
        == 404
    )
    assert (
        client.get(f"/ap/p/{parade.slug}", HTTP_ACCEPT="application/activity+json").status_code
        == 404
    )


def test_a_key_on_another_server_is_not_fetched(client, parade, peer):
    """The key lives with its actor: a request whose keyId points at another server is
    refused without anything fetched from there (no one is made to fetch a third site)."""
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    asked: list[str] = []

    class Victim(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            asked.append(self.path)
            self.send_response(404)
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    victim = ThreadingHTTPServer(("127.0.0.1", 0), Victim)
    threading.Thread(target=victim.serve_forever, daemon=True).start()
    try:
        note = peer.status(9, f'<p><a href="{parade.absolute_url()}">answer</a></p>')
        body = json.dumps(peer.create(note)).encode()
        elsewhere = f"http://127.0.0.1:{victim.server_address[1]}/key#main-key"
        headers = sign("POST", actors.base() + inbox(parade), body, elsewhere, peer.private)
        extra = {f"HTTP_{k.upper()}": v for k, v in headers.items()}
        response = client.post(
            inbox(parade), body, content_type="application/activity+json", **extra
        )
        assert response.status_code == 401
        assert asked == []
    finally:
        victim.shutdown()
        victim.server_close()


def test_a_post_linking_to_the_call_on_the_hosts_blog_counts(client, parade, peer):
    from blogparade.core.models import RegisteredSite

    parade.call_url = "https://hanna.example.org/my-call/"
    parade.save()
    assert RegisteredSite.objects.filter(origin="https://hanna.example.org").exists()
    note = peer.status(
        10, '<p>My answer to <a href="https://hanna.example.org/my-call/">the call</a></p>'
    )
    assert peer.post(client, "/ap/inbox", peer.create(note)).status_code == 202
    assert Contribution.objects.get().parade == parade


def test_likes_and_boosts_of_the_call_show_on_its_page(client, parade, peer):
    like = {"id": peer.uri + "#likes/1", "type": "Like", "actor": peer.uri,
            "object": actors.note_uri(parade)}  # fmt: skip
    boost = {"id": peer.uri + "/statuses/99/activity", "type": "Announce", "actor": peer.uri,
             "object": actors.note_uri(parade), "to": [PUBLIC]}  # fmt: skip
    assert peer.post(client, inbox(parade), like).status_code == 202
    assert peer.post(client, inbox(parade), boost).status_code == 202
    page = client.get(f"/p/{parade.slug}/").content.decode()
    assert "1 like, 1 boost in the fediverse" in page
    undo = {"id": peer.uri + "#likes/1/undo", "type": "Undo", "actor": peer.uri, "object": like}
    assert peer.post(client, inbox(parade), undo).status_code == 202
    page = client.get(f"/p/{parade.slug}/").content.decode()  # the cached page was replaced
    assert "0 likes, 1 boost in the fediverse" in page


def test_follow_from_your_own_account(client, parade, settings, monkeypatch):
    """The reader gives their address; their server (HTTPS, asked by WebFinger through the
    safe client) says where its users follow; they are sent there with the parade's actor."""
    import ssl

    import trustme
    from pytest_httpserver import HTTPServer

    from blogparade.fetch import client as fetch_client
    from blogparade.fetch import guard

    settings.BASE_URL = "http://localhost:8000"
    ca = trustme.CA()
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ca.issue_cert("social.test").configure_cert(context)
    server = HTTPServer(host="127.0.0.1", port=0, ssl_context=context)
    server.start()
    trust = ssl.create_default_context()
    ca.configure_trust(trust)
    monkeypatch.setattr(fetch_client, "_ssl_context", lambda: trust)
    real = guard._lookup
    monkeypatch.setattr(
        guard,
        "_lookup",
        lambda host, port: ["127.0.0.1"] if host == "social.test" else real(host, port),
    )
    settings.FETCH_ALLOW_HOSTS = ["social.test"]  # it resolves to loopback here
    host = f"social.test:{server.port}"
    try:
        server.expect_request("/.well-known/webfinger").respond_with_json(
            {
                "subject": f"acct:you@{host}",
                "links": [
                    {
                        "rel": "http://ostatus.org/schema/1.0/subscribe",
                        "template": f"https://{host}/authorize_interaction?uri={{uri}}",
                    },
                ],
            }
        )
        response = client.post(f"/ap/p/{parade.slug}/follow", {"handle": f"@you@{host}"})
        assert response.status_code == 302
        assert response["Location"] == (
            f"https://{host}/authorize_interaction?uri=http%3A%2F%2Flocalhost%3A8000%2Fap%2Fp%2F"
            f"{parade.slug}"
        )
        # a server that does not say: back to the call, with what to do instead
        server.clear()
        server.expect_request("/.well-known/webfinger").respond_with_json({"links": []})
        response = client.post(
            f"/ap/p/{parade.slug}/follow", {"handle": f"you@{host}"}, follow=True
        )
        assert f"Search for @{parade.slug}@localhost on your server" in response.content.decode()
        # not an address at all
        response = client.post(f"/ap/p/{parade.slug}/follow", {"handle": "you"}, follow=True)
        assert "Enter your fediverse address" in response.content.decode()
    finally:
        server.stop()


def test_a_post_with_the_parades_hashtag_counts_where_its_rules_allow(client, parade, peer):
    parade.hashtag = "#KeepWriting"
    parade.backlink_required = False
    parade.save()
    note = peer.status(
        11,
        '<p>Why I still write. <a href="http://localhost/tags/keepwriting" class="hashtag">'
        "#<span>KeepWriting</span></a></p>",
        tag=[
            {"type": "Hashtag", "name": "#keepwriting", "href": "http://localhost/tags/keepwriting"}
        ],
    )
    assert peer.post(client, "/ap/inbox", peer.create(note)).status_code == 202
    contribution = Contribution.objects.get()
    assert contribution.parade == parade
    assert contribution.verification == Contribution.Verification.VERIFIED, (
        contribution.status_reason
    )


def test_a_blog_post_federated_by_wordpress_merges_with_its_webmention(client, parade, peer):
    """The WordPress ActivityPub plugin federates a post as an Article whose url is the post
    on the blog; the same post's Webmention made the contribution already: one entry."""
    from blogparade.contributions import intake

    post_url = "https://alice.example/2026/12/why-i-write/"
    first = intake.accept(
        parade, post_url, Contribution.Channel.WEBMENTION, check="never",
        described={"title": "Why I write"},
    )  # fmt: skip
    article = peer.status(
        12,
        f'<p>Why I write, for <a href="{parade.absolute_url()}">the parade</a>.</p>',
        type="Article",
        name="Why I write",
        url=post_url,
    )
    assert peer.post(client, "/ap/inbox", peer.create(article)).status_code == 202
    assert list(Contribution.objects.values_list("pk", flat=True)) == [first.pk]
    assert RemoteObject.objects.get().contribution_id == first.pk


def test_the_host_approves_each_follower_first_and_blocks_instances(client, parade, peer, host):
    from django.test import Client

    from blogparade.fediverse.models import LocalActor

    actor = actors.local_actor(parade)
    LocalActor.objects.filter(pk=actor.pk).update(approve_followers=True)
    follow = {"id": peer.uri + "#follows/2", "type": "Follow", "actor": peer.uri,
              "object": actors.actor_uri(parade)}  # fmt: skip
    assert peer.post(client, inbox(parade), follow).status_code == 202
    document = client.get(f"/ap/p/{parade.slug}", HTTP_ACCEPT="application/activity+json")
    assert document.json()["manuallyApprovesFollowers"] is True
    held = Follower.objects.get()
    assert held.pending and peer.requests == []  # nothing sent while it waits

    owner = Client()
    owner.force_login(host)
    page = owner.get(f"/dashboard/p/{parade.slug}/fediverse/").content.decode()
    assert "Waiting for your approval" in page and "Alice Writer" in page
    with peer.on_commit(execute=True):
        owner.post(
            f"/dashboard/p/{parade.slug}/fediverse/", {"follower": held.pk, "action": "accept"}
        )
    assert not Follower.objects.get().pending
    assert [a["type"] for a in peer.verified()] == ["Accept", "Create"]

    # the host blocks the peer's instance: its follow ends, and its posts do not reach
    owner.post(
        f"/dashboard/p/{parade.slug}/fediverse/",
        {"enabled": "on", "announce_contributions": "on", "blocked_instances": "localhost"},
    )
    assert not Follower.objects.exists()
    note = peer.status(13, f'<p><a href="{parade.absolute_url()}">answer</a></p>')
    assert peer.post(client, inbox(parade), peer.create(note)).status_code == 202
    assert not Contribution.objects.exists()


def test_media_of_a_post_arrive_as_links(client, parade, peer):
    note = peer.status(
        14,
        f'<p>My answer, with a picture: <a href="{parade.absolute_url()}">the call</a></p>',
        attachment=[{"type": "Document", "mediaType": "image/png", "name": "My desk",
                     "url": "https://files.example/desk.png"}],
    )  # fmt: skip
    assert peer.post(client, "/ap/inbox", peer.create(note)).status_code == 202
    contribution = Contribution.objects.get()
    assert "https://files.example/desk.png" in contribution.links
