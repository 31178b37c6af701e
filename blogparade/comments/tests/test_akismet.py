"""Akismet only with a key; checked through the safe client against a fake Akismet; any
failure holds the comment for moderation instead of losing it."""

from __future__ import annotations

import json
from urllib.parse import parse_qs

import pytest
from werkzeug import Response

from blogparade.comments import akismet, services
from blogparade.comments.models import Comment

PATH = "/1.1/comment-check"


@pytest.fixture
def fake_akismet(httpserver, settings):
    settings.AKISMET_KEY = "test-key"
    settings.AKISMET_URL = f"http://127.0.0.1:{httpserver.port}{PATH}"
    settings.FETCH_ALLOW_HOSTS = ["127.0.0.1"]
    settings.MODERATION = False
    return httpserver


def post(thread, text="A thoughtful comment", **kw):
    return services.post_comment(
        thread,
        author="Ann",
        email="ann@example.net",
        website="https://ann.example",
        text=text,
        ip="198.51.100.7",
        user_agent="Firefox/140",
        referrer="https://ann.example/from",
        **kw,
    )


def sent_form(server) -> dict[str, str]:
    (request, _response) = server.log[-1]
    return {k: v[0] for k, v in parse_qs(request.get_data(as_text=True)).items()}


def test_no_key_no_request(httpserver, settings, thread):
    settings.AKISMET_KEY = ""
    settings.AKISMET_URL = f"http://127.0.0.1:{httpserver.port}{PATH}"
    settings.FETCH_ALLOW_HOSTS = ["127.0.0.1"]
    settings.MODERATION = False
    assert not akismet.enabled()
    assert post(thread).status == Comment.Status.APPROVED
    assert httpserver.log == []


def test_spam_verdict_files_as_spam(fake_akismet, thread):
    fake_akismet.expect_request(PATH, method="POST").respond_with_data("true")
    comment = post(thread)
    assert comment.status == Comment.Status.SPAM
    form = sent_form(fake_akismet)
    assert form["api_key"] == "test-key" and form["comment_content"] == "A thoughtful comment"
    assert form["user_ip"] == "198.51.100.7" and form["user_agent"] == "Firefox/140"
    assert form["comment_author_email"] == "ann@example.net"
    assert form["permalink"].endswith("/p/slow-web/") and form["referrer"].endswith("/from")


def test_ham_follows_normal_moderation(fake_akismet, thread, settings):
    fake_akismet.expect_request(PATH, method="POST").respond_with_data("false")
    assert post(thread).status == Comment.Status.APPROVED  # moderation off
    settings.MODERATION = True
    assert post(thread, text="returning commenter").status == Comment.Status.APPROVED
    stranger = services.post_comment(
        thread, author="Neu", email="neu@example.net", text="first time here", ip="198.51.100.8"
    )
    assert stranger.status == Comment.Status.PENDING and len(fake_akismet.log) == 3


@pytest.mark.parametrize(
    "response",
    [
        Response("invalid", status=200, headers={"X-akismet-debug-help": "bad key"}),
        Response("oops", status=500),
        Response("", status=200),
    ],
)
def test_failures_hold_the_comment(fake_akismet, thread, response):
    fake_akismet.expect_request(PATH, method="POST").respond_with_response(response)
    comment = post(thread)
    assert comment.pk and comment.status == Comment.Status.PENDING


def test_unreachable_akismet_holds_the_comment(settings, thread):
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    settings.AKISMET_KEY = "test-key"
    settings.AKISMET_URL = f"http://127.0.0.1:{port}{PATH}"
    settings.FETCH_ALLOW_HOSTS = ["127.0.0.1"]
    settings.MODERATION = False
    assert post(thread).status == Comment.Status.PENDING


def test_not_allowed_host_is_refused_by_the_safe_client(settings, thread):
    # Without the allow-list the safe client refuses a private address: held, not lost.
    settings.AKISMET_KEY = "test-key"
    settings.AKISMET_URL = "http://127.0.0.1:9/1.1/comment-check"
    settings.FETCH_ALLOW_HOSTS = []
    settings.MODERATION = False
    assert post(thread).status == Comment.Status.PENDING


def test_trusted_and_blocklisted_skip_akismet(fake_akismet, thread, settings):
    from blogparade.comments.models import Blocklist

    post(thread, text="from the host", trusted=True)
    settings.MODERATION = True
    Blocklist.objects.create(kind="word", value="pills")
    assert post(thread, text="cheap pills here").status == Comment.Status.SPAM
    assert fake_akismet.log == []


def test_isso_api_passes_user_agent_and_answers_202(fake_akismet, client, settings, parade):
    settings.BASE_URL = "http://localhost:8000"
    fake_akismet.expect_request(PATH, method="POST").respond_with_data("oops", status=503)
    r = client.post(
        "/isso/new?uri=/p/slow-web/",
        json.dumps({"text": "Hello isso", "author": "Ann", "email": "ann@example.net"}),
        content_type="application/json",
        HTTP_ORIGIN="http://localhost:8000",
        HTTP_USER_AGENT="IssoClient/1",
    )
    assert r.status_code == 202 and Comment.objects.get().status == Comment.Status.PENDING
    assert sent_form(fake_akismet)["user_agent"] == "IssoClient/1"
