"""The host's side (the call page's handle, the dashboard and its switches), what followers
are sent without asking (the call when it opens, each listed contribution once), and how
deliveries are retried and given up."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone
from werkzeug import Response

from blogparade.contributions import intake
from blogparade.contributions.models import Contribution
from blogparade.fediverse import actors
from blogparade.fediverse.announce import announce_calls, announce_contributions
from blogparade.fediverse.delivery import BACKOFF, retry_deliveries, send_delivery
from blogparade.fediverse.models import Delivery, Follower, LocalActor, RemoteActor
from blogparade.fediverse.tests.test_fediverse import peer  # noqa: F401 - a fixture

pytestmark = pytest.mark.django_db


@pytest.fixture
def owner_client(host) -> Client:
    client = Client()
    client.force_login(host)
    return client


def _follower(parade, httpserver, n: int = 1, created_at=None) -> Follower:
    remote = RemoteActor.objects.create(
        uri=httpserver.url_for(f"/users/f{n}"),
        inbox=httpserver.url_for(f"/users/f{n}/inbox"),
        shared_inbox=httpserver.url_for("/inbox"),
        key_id=httpserver.url_for(f"/users/f{n}#main-key"),
        public_key_pem="-",
        username=f"f{n}",
    )
    follower = Follower.objects.create(actor=actors.local_actor(parade), remote=remote)
    if created_at:
        Follower.objects.filter(pk=follower.pk).update(created_at=created_at)
    return follower


def test_the_call_page_shows_the_handle_to_follow(client, parade, settings):
    settings.BASE_URL = "http://localhost:8000"
    page = client.get(f"/p/{parade.slug}/").content.decode()
    assert f"@{parade.slug}@localhost" in page
    assert (
        f'type="application/activity+json" href="http://localhost:8000/ap/p/{parade.slug}"' in page
    )
    assert 'data-copy="fediverse-handle"' in page


def test_the_host_turns_the_fediverse_off_for_a_parade(owner_client, client, parade, settings):
    settings.BASE_URL = "http://localhost:8000"
    url = f"/dashboard/p/{parade.slug}/fediverse/"
    page = owner_client.get(url)
    assert page.status_code == 200 and f"@{parade.slug}@localhost" in page.content.decode()
    owner_client.post(url, {"announce_contributions": "on"})  # "in the fediverse" unticked
    assert not LocalActor.objects.get(parade=parade).enabled
    assert f"@{parade.slug}@localhost" not in client.get(f"/p/{parade.slug}/").content.decode()
    assert (
        client.get(f"/ap/p/{parade.slug}", HTTP_ACCEPT="application/activity+json").status_code
        == 404
    )
    wf = client.get("/.well-known/webfinger", {"resource": f"acct:{parade.slug}@localhost"})
    assert wf.status_code == 404


def test_only_the_host_sees_the_fediverse_page(client, parade, other_host):
    other = Client()
    other.force_login(other_host)
    assert other.get(f"/dashboard/p/{parade.slug}/fediverse/").status_code == 404
    assert client.get(f"/dashboard/p/{parade.slug}/fediverse/").status_code == 302  # sign in


def _inbox_log(httpserver, status: int = 202) -> list:
    received: list = []

    def handler(request):
        received.append(request.get_json(force=True))
        return Response(status=status)

    httpserver.expect_request("/inbox", method="POST").respond_with_handler(handler)
    return received


def test_followers_from_before_the_opening_get_the_call_when_it_opens(
    parade, httpserver, settings, django_capture_on_commit_callbacks
):
    settings.FETCH_ALLOW_HOSTS = ["127.0.0.1", "localhost"]
    received = _inbox_log(httpserver)
    _follower(parade, httpserver, 1, created_at=parade.opens_at - timedelta(days=1))
    _follower(parade, httpserver, 2, created_at=parade.opens_at - timedelta(hours=1))
    _follower(parade, httpserver, 3)  # followed after it opened: it had the call then
    with django_capture_on_commit_callbacks(execute=True):
        assert announce_calls() == 1
    assert [a["type"] for a in received] == ["Create"]  # one shared inbox, once
    assert received[0]["object"]["id"] == actors.note_uri(parade)
    with django_capture_on_commit_callbacks(execute=True):
        assert announce_calls() == 0


def test_each_listed_contribution_is_told_to_followers_once(
    parade, httpserver, settings, django_capture_on_commit_callbacks
):
    settings.FETCH_ALLOW_HOSTS = ["127.0.0.1", "localhost"]
    received = _inbox_log(httpserver)
    _follower(parade, httpserver)
    listed = intake.accept(
        parade,
        "https://blog.example/answer",
        Contribution.Channel.FORM,
        check="never",
        described={"title": "My answer", "author_name": "Ben"},
    )
    Contribution.objects.filter(pk=listed.pk).update(status=Contribution.Status.APPROVED)
    with django_capture_on_commit_callbacks(execute=True):
        assert announce_contributions() == 1
        assert announce_contributions() == 0
    note = received[0]["object"]
    assert received[0]["type"] == "Create" and "“My answer” by Ben" in note["content"]
    assert note["url"] == "https://blog.example/answer"


def test_a_failed_delivery_is_tried_again_later_then_given_up(
    parade, httpserver, settings, django_capture_on_commit_callbacks
):
    settings.FETCH_ALLOW_HOSTS = ["127.0.0.1", "localhost"]
    _inbox_log(httpserver, status=503)
    actor = actors.local_actor(parade)
    delivery = Delivery.objects.create(
        actor=actor, inbox=httpserver.url_for("/inbox"), activity={"type": "Create"}
    )
    send_delivery.call(delivery.pk)
    delivery.refresh_from_db()
    assert delivery.status == Delivery.Status.WAITING and delivery.attempts == 1
    assert delivery.last_error == "HTTP 503"
    assert delivery.next_try_at > timezone.now() + timedelta(seconds=BACKOFF[0] - 5)
    assert retry_deliveries() == 0  # not yet due
    Delivery.objects.filter(pk=delivery.pk).update(
        next_try_at=timezone.now(), attempts=len(BACKOFF)
    )
    assert retry_deliveries() == 1  # runs it (inline in tests): the last try fails too
    delivery.refresh_from_db()
    assert delivery.status == Delivery.Status.FAILED


def test_followers_hear_of_an_edited_call_the_deadline_and_the_roundup_once(
    parade, httpserver, settings, django_capture_on_commit_callbacks
):
    from blogparade.fediverse.announce import follow_up
    from blogparade.parades.models import Roundup

    settings.FETCH_ALLOW_HOSTS = ["127.0.0.1", "localhost"]
    received = _inbox_log(httpserver)
    _follower(parade, httpserver)
    with django_capture_on_commit_callbacks(execute=True):
        announce_calls()  # followers have the call now (none from before the opening)
        assert follow_up() == 0
    parade.question = "What keeps you writing, after all these years?"
    parade.save()
    with django_capture_on_commit_callbacks(execute=True):
        assert follow_up() == 1
        assert follow_up() == 0
    assert received[-1]["type"] == "Update"
    assert "after all these years" in received[-1]["object"]["content"]

    parade.closes_at = timezone.now() + timedelta(days=2)
    parade.save()
    with django_capture_on_commit_callbacks(execute=True):
        follow_up()
        follow_up()
    reminders = [a for a in received if a["object"].get("id", "").endswith("/reminder")]
    assert len(reminders) == 1 and "Three days left" in reminders[0]["object"]["content"]

    Roundup.objects.create(parade=parade, published_at=timezone.now())
    with django_capture_on_commit_callbacks(execute=True):
        follow_up()
        follow_up()
    roundups = [a for a in received if a["object"].get("id", "").endswith("/roundup")]
    assert len(roundups) == 1
    assert roundups[0]["object"]["url"].endswith(f"/p/{parade.slug}/roundup/")


def test_a_deleted_parade_tells_its_followers_signed_with_its_own_key(
    client, parade, httpserver, settings, django_capture_on_commit_callbacks
):
    from blogparade.fediverse.signatures import Request as Signed
    from blogparade.fediverse.signatures import verify

    settings.FETCH_ALLOW_HOSTS = ["127.0.0.1", "localhost"]
    settings.BASE_URL = "http://localhost:8000"
    seen: list = []

    def handler(request):
        headers = {k.lower(): v for k, v in request.headers.items()}
        seen.append((Signed("POST", request.url, headers, request.get_data()), request.get_json()))
        return Response(status=202)

    httpserver.expect_request("/inbox", method="POST").respond_with_handler(handler)
    _follower(parade, httpserver)
    uri = actors.actor_uri(parade)
    key = actors.local_actor(parade).public_key_pem
    with django_capture_on_commit_callbacks(execute=True):
        parade.delete()
    signed, activity = seen[-1]
    assert activity["type"] == "Delete" and activity["object"] == uri
    verify(signed, key)
    assert signed.headers["signature"].startswith(f'keyId="{uri}#main-key"')
    # its address says it is gone, with the key that Delete was signed with
    gone = client.get(
        uri.removeprefix("http://localhost:8000"), HTTP_ACCEPT="application/activity+json"
    )
    assert gone.status_code == 410 and gone.json()["publicKey"]["publicKeyPem"] == key
    retry_deliveries()  # delivered: the detached actor and its key go
    assert not LocalActor.objects.exclude(retired_uri="").exists()


def test_a_contribution_that_leaves_the_list_is_withdrawn_from_followers(
    parade, httpserver, settings, django_capture_on_commit_callbacks
):
    from blogparade.fediverse.announce import follow_up

    settings.FETCH_ALLOW_HOSTS = ["127.0.0.1", "localhost"]
    received = _inbox_log(httpserver)
    _follower(parade, httpserver)
    listed = intake.accept(
        parade, "https://blog.example/answer", Contribution.Channel.FORM, check="never"
    )
    Contribution.objects.filter(pk=listed.pk).update(status=Contribution.Status.APPROVED)
    with django_capture_on_commit_callbacks(execute=True):
        announce_calls()
        announce_contributions()
    note_id = received[-1]["object"]["id"]
    Contribution.objects.filter(pk=listed.pk).update(status=Contribution.Status.REJECTED)
    with django_capture_on_commit_callbacks(execute=True):
        follow_up()
        follow_up()
    deletes = [a for a in received if a["type"] == "Delete"]
    assert len(deletes) == 1 and deletes[0]["object"]["id"] == note_id


def test_a_delivery_that_cannot_connect_reads_in_the_hosts_language(parade, settings):
    import socket

    from django.utils import translation

    settings.FETCH_ALLOW_HOSTS = ["127.0.0.1", "localhost"]
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    delivery = Delivery.objects.create(
        actor=actors.local_actor(parade),
        inbox=f"http://127.0.0.1:{port}/inbox",
        activity={"type": "Create"},
    )
    with translation.override("en"):
        send_delivery.call(delivery.pk)
    delivery.refresh_from_db()
    assert delivery.last_error_phrase["code"] == "connect_failed"
    assert delivery.last_error == "Could not connect to 127.0.0.1."
    with translation.override("de"):
        assert delivery.problem != delivery.last_error and "127.0.0.1" in delivery.problem
