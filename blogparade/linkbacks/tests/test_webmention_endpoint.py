"""POST /webmention: the synchronous answers (400 reasons, 201 + Location, 429), per the W3C spec."""

from __future__ import annotations

import json

import pytest
from django.test import Client

from blogparade.core.models import RegisteredSite
from blogparade.linkbacks.models import Mention

pytestmark = pytest.mark.django_db


@pytest.fixture
def no_run(settings):
    """Tasks are stored, not run: what the endpoint itself does is under test."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    from django_tasks import default_task_backend

    default_task_backend.clear()
    yield default_task_backend
    default_task_backend.clear()


def post(client, source, target, **extra):
    return client.post("/webmention", {"source": source, "target": target}, **extra)


@pytest.mark.parametrize(
    ("source", "target_path", "reason"),
    [
        ("", "/p/open-call/", "source URL is missing"),
        ("not a url", "/p/open-call/", "malformed"),
        ("example.org/post", "/p/open-call/", "must start with http"),
        ("ftp://example.org/post", "/p/open-call/", "must start with http"),
        ("javascript:alert(1)", "/p/open-call/", "must start with http"),
        ("http://", "/p/open-call/", "malformed"),
        ("http://example.org:99999/x", "/p/open-call/", "malformed"),
        ("https://example.org/post", "", "target URL is missing"),
        ("https://example.org/post", "/p/no-such-parade/", "does not exist"),
        ("https://example.org/post", "/", "not a parade page"),
        ("https://example.org/post", "/dashboard/", "not a parade page"),
        ("http://blogparade.test/p/open-call/", "/p/open-call/", "same page"),
        ("http://blogparade.test/p/other/", "/p/open-call/", "on this site"),
    ],
)
def test_bad_requests_answer_400_with_a_plain_reason(
    client, parade, no_run, source, target_path, reason
):
    target = "http://blogparade.test" + target_path if target_path else ""
    response = post(client, source, target)
    assert response.status_code == 400
    assert response["Content-Type"].startswith("text/plain")
    assert reason in response.content.decode()
    assert not Mention.objects.exists()
    assert no_run.results == []


@pytest.mark.parametrize(
    "target",
    [
        "https://blogparade.test/p/open-call/",  # other scheme: not "here"
        "http://blogparade.test:8080/p/open-call/",  # other port
        "http://elsewhere.example/p/open-call/",
        "ftp://blogparade.test/p/open-call/",
    ],
)
def test_targets_elsewhere_are_refused(client, parade, no_run, target):
    response = post(client, "https://example.org/post", target)
    assert response.status_code == 400
    assert not Mention.objects.exists()


def test_accepted_mention_answers_201_with_a_status_location(client, parade, no_run):
    response = post(
        client, "https://example.org/post", "http://blogparade.test/p/open-call/#comments"
    )
    assert response.status_code == 201
    location = response["Location"]
    assert location.startswith("http://blogparade.test/webmention/status/")
    mention = Mention.objects.get()
    assert mention.source == "https://example.org/post"
    assert mention.target == "http://blogparade.test/p/open-call/"  # fragment ignored
    assert mention.target_normalized == parade.absolute_url()
    assert mention.parade == parade
    assert mention.status == Mention.Status.QUEUED
    assert len(no_run.results) == 1

    status = client.get(
        location.removeprefix("http://blogparade.test"), HTTP_ACCEPT="application/json"
    )
    assert status.status_code == 200
    data = json.loads(status.content)
    assert data["status"] == "queued"
    assert data["source"] == "https://example.org/post"
    plain = client.get(location.removeprefix("http://blogparade.test"))
    assert "status: queued" in plain.content.decode()


def test_status_url_cannot_be_guessed(client, parade, no_run):
    post(client, "https://example.org/post", parade.absolute_url())
    mention = Mention.objects.get()
    assert client.get(f"/webmention/status/{mention.pk}").status_code == 404
    assert client.get(f"/webmention/status/{mention.pk}:forged").status_code == 404


def test_no_csrf_token_needed(parade, no_run):
    client = Client(enforce_csrf_checks=True)
    assert post(client, "https://example.org/post", parade.absolute_url()).status_code == 201


def test_target_without_trailing_slash_names_the_parade(client, parade, no_run):
    assert (
        post(client, "https://example.org/post", "http://blogparade.test/p/open-call").status_code
        == 201
    )
    assert Mention.objects.get().target_normalized == parade.absolute_url()


def test_call_url_on_the_hosts_blog_is_a_target(client, parade, no_run):
    parade.call_url = "https://hanna.example.org/2026/my-call/"
    parade.save()
    response = post(
        client, "https://example.org/post", "https://www.hanna.example.org/2026/my-call"
    )
    assert response.status_code == 201
    mention = Mention.objects.get()
    assert mention.parade == parade
    assert mention.target_normalized == parade.call_url


def test_page_of_a_registered_site_is_a_target_without_parade(client, db, no_run):
    RegisteredSite.objects.create(origin="https://hanna.example.org")
    assert (
        post(client, "https://example.org/post", "https://hanna.example.org/about/").status_code
        == 201
    )
    assert Mention.objects.get().parade is None


def test_get_is_not_allowed(client, db):
    response = client.get("/webmention")
    assert response.status_code == 405
    assert response["Allow"] == "POST"


def test_same_mention_sent_100_times_is_one_job(client, parade, no_run):
    for _ in range(100):
        assert post(client, "https://example.org/post", parade.absolute_url()).status_code == 201
    assert Mention.objects.count() == 1
    assert len(no_run.results) == 1


def test_resend_after_verification_queues_again(client, parade, no_run):
    post(client, "https://example.org/post", parade.absolute_url())
    Mention.objects.update(status=Mention.Status.VERIFIED)
    post(client, "https://example.org/post", parade.absolute_url())
    post(client, "https://example.org/post", parade.absolute_url())
    assert len(no_run.results) == 2
    assert Mention.objects.get().status == Mention.Status.QUEUED


def test_rate_limit_per_client_answers_429_with_retry_after(client, parade, no_run, settings):
    settings.RATE_LIMITS = True
    settings.RATE_LIMIT_RULES = {
        **settings.RATE_LIMIT_RULES,
        "webmention-ip": [(3, 60)],
        "webmention-source": [(100, 60)],
    }
    codes = [
        post(client, f"https://example.org/post-{i}", parade.absolute_url()).status_code
        for i in range(4)
    ]
    assert codes == [201, 201, 201, 429]
    response = post(client, "https://example.org/post-9", parade.absolute_url())
    assert response.status_code == 429
    assert 1 <= int(response["Retry-After"]) <= 60
    # Another client is not affected.
    assert (
        post(
            client, "https://example.org/x", parade.absolute_url(), REMOTE_ADDR="192.0.2.7"
        ).status_code
        == 201
    )


def test_a_site_over_its_limit_is_deferred_never_refused(client, parade, no_run, settings):
    settings.RATE_LIMITS = True
    settings.RATE_LIMIT_RULES = {
        **settings.RATE_LIMIT_RULES,
        "webmention-ip": [(100, 60)],
        "linkback-site": [(2, 60)],
    }
    codes = [
        post(
            client,
            f"https://flood.example/post-{i}",
            parade.absolute_url(),
            REMOTE_ADDR=f"192.0.2.{i + 1}",
        ).status_code
        for i in range(3)
    ]
    assert codes == [201, 201, 201]
    deferred = Mention.objects.get(source="https://flood.example/post-2")
    assert deferred.status == Mention.Status.UNVERIFIED
    assert deferred.next_try_at is not None
    assert "flood.example" in deferred.status_reason
    assert len(no_run.results) == 2  # the deferred one waits for the periodic job
    assert post(client, "https://calm.example/post", parade.absolute_url()).status_code == 201
    assert len(no_run.results) == 3
