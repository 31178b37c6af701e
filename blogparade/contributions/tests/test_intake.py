"""The one way in: every channel stores, verifies, logs, de-duplicates and notifies alike."""

from __future__ import annotations

import ast
import pathlib

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from blogparade.comments.models import Comment, Thread
from blogparade.comments.services import moderate as moderate_comment
from blogparade.contributions import intake
from blogparade.contributions.models import Contribution, ContributionEvent
from blogparade.contributions.notify import send_host_digests
from blogparade.linkbacks.tests.pages import post_page

pytestmark = pytest.mark.django_db
C = Contribution.Channel
S = Contribution.Status


@pytest.fixture(autouse=True)
def _local_web(settings):
    settings.FETCH_ALLOW_HOSTS = ["127.0.0.1", "localhost"]
    settings.BASE_URL = "http://blogparade.test"


@pytest.fixture
def answer(httpserver, parade):
    """A post on a fake blog that answers the parade (links to its call in the article)."""
    httpserver.expect_request("/answer").respond_with_data(
        post_page(f'<a href="{parade.absolute_url()}">the call</a>', title="My answer"),
        content_type="text/html",
    )
    return httpserver.url_for("/answer")


@pytest.fixture
def stranger_post(httpserver):
    httpserver.expect_request("/other").respond_with_data(
        post_page("no link at all", title="Something else"), content_type="text/html"
    )
    return httpserver.url_for("/other")


def test_a_new_post_is_stored_pending_logged_and_verified(
    parade, answer, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        contribution = intake.accept(parade, answer, C.FORM, submitter=intake.Submitter("Ann"))
    assert contribution.new_arrival
    contribution.refresh_from_db()
    assert contribution.verification == Contribution.Verification.VERIFIED
    assert contribution.title == "My answer"
    messages = [e.message for e in contribution.events.all()]
    assert messages[0].startswith("Received through the submission form")


def test_the_same_post_by_another_channel_is_the_same_row(parade, answer, mailoutbox):
    first = intake.accept(parade, answer, C.WEBMENTION)
    again = intake.accept(parade, answer + "?utm_source=x", C.COMMENT)
    assert again.pk == first.pk and not again.new_arrival
    assert Contribution.objects.count() == 1
    assert any(
        e.message.startswith("Received again through the link in a comment")
        for e in ContributionEvent.objects.filter(contribution=first)
    )


def test_unique_arrivals_raise_duplicate_and_change_nothing(parade, answer):
    intake.accept(parade, answer, C.FORM)
    events = ContributionEvent.objects.count()
    with pytest.raises(intake.Duplicate):
        intake.accept(parade, answer, C.FORM, unique=True)
    assert ContributionEvent.objects.count() == events


@pytest.mark.parametrize(
    "url", ["", "ftp://x.example/", "javascript:alert(1)", "http://", "x" * 3000]
)
def test_unusable_addresses_are_refused_and_nothing_is_stored(parade, url):
    with pytest.raises(intake.InvalidURL):
        intake.accept(parade, url, C.MANUAL)
    assert not Contribution.objects.exists()


# --- the host's notification, the same for every channel ---------------------------------


@pytest.mark.parametrize("channel", [C.FORM, C.WEBMENTION, C.PINGBACK, C.COMMENT, C.FEED])
def test_every_channel_tells_the_host(
    parade, answer, channel, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        intake.accept(parade, answer, channel)
    assert [m.to for m in mailoutbox if "New contribution" in m.subject] == [[parade.host.email]]


def test_no_mail_when_the_parade_asks_for_none(
    parade, answer, mailoutbox, django_capture_on_commit_callbacks
):
    parade.notify_host = "none"
    parade.save()
    with django_capture_on_commit_callbacks(execute=True):
        intake.accept(parade, answer, C.WEBMENTION)
    assert not [m for m in mailoutbox if "contribution" in m.subject.lower()]
    assert send_host_digests() == 0


def test_a_digest_parade_gets_one_mail_a_day_listing_the_new_ones(
    parade, httpserver, mailoutbox, django_capture_on_commit_callbacks
):
    from datetime import timedelta

    from django.utils import timezone

    parade.notify_host = "digest"
    parade.save()
    with django_capture_on_commit_callbacks(execute=True):
        for n in range(3):
            intake.accept(parade, f"https://blog{n}.example/answer", C.PINGBACK)
    assert not [m for m in mailoutbox if "contribution" in m.subject.lower()]
    assert send_host_digests() == 1
    [digest] = [m for m in mailoutbox if "3 new contributions" in m.subject]
    assert all(f"https://blog{n}.example/answer" in digest.body for n in range(3))
    assert send_host_digests() == 0  # not again within the day
    intake.accept(parade, "https://late.example/answer", C.PINGBACK)
    assert send_host_digests(now=timezone.now() + timedelta(days=1, minutes=1)) == 1
    assert "late.example" in mailoutbox[-1].body and "blog0" not in mailoutbox[-1].body


# --- the host's own hand -----------------------------------------------------------------


def test_cli_add_verifies_like_any_channel(parade, answer, capsys, mailoutbox):
    call_command("contribution", "add", parade.slug, answer)
    c = Contribution.objects.get()
    assert c.channel == C.MANUAL and c.status == S.APPROVED
    assert c.verification == Contribution.Verification.VERIFIED
    out = capsys.readouterr().out
    assert answer in out and "My answer" in out
    assert not mailoutbox  # the host is not told of their own add


def test_cli_add_of_an_unverifiable_post_fails_unless_approved_with_a_reason(
    parade, stranger_post, capsys
):
    with pytest.raises(CommandError, match="--approve"):
        call_command("contribution", "add", parade.slug, stranger_post)
    assert Contribution.objects.get().status == S.REJECTED
    call_command(
        "contribution", "add", parade.slug, stranger_post, "--approve", "--reason", "asked me"
    )
    c = Contribution.objects.get()
    assert c.status == S.APPROVED
    assert "asked me" in c.status_reason
    assert any("asked me" in e.message for e in c.events.all())


def test_the_call_itself_is_no_contribution(parade):
    with pytest.raises(intake.IsTheCall):
        intake.accept(parade, parade.absolute_url(), C.COMMENT)
    with pytest.raises(CommandError, match="the call itself"):
        call_command("contribution", "add", parade.slug, parade.absolute_url() + "?utm_source=x")
    assert not Contribution.objects.exists()


def test_cli_add_names_the_problem(parade):
    with pytest.raises(CommandError, match="no parade"):
        call_command("contribution", "add", "no-such-parade", "https://x.example/")
    with pytest.raises(CommandError, match="http:// or https://"):
        call_command("contribution", "add", parade.slug, "x.example/post")


def test_dashboard_add_is_the_hosts_own(client, parade, other_host, answer):
    client.force_login(other_host)
    response = client.post(f"/dashboard/p/{parade.slug}/add/", {"url": answer})
    assert response.status_code == 404
    assert not Contribution.objects.exists()
    client.force_login(parade.host)
    response = client.post(f"/dashboard/p/{parade.slug}/add/", {"url": answer}, follow=True)
    assert response.status_code == 200
    assert "is listed" in response.content.decode()
    assert Contribution.objects.get().channel == C.MANUAL


def test_dashboard_add_with_approve_lists_an_unverifiable_post(client, parade, stranger_post):
    client.force_login(parade.host)
    client.post(
        f"/dashboard/p/{parade.slug}/add/",
        {"url": stranger_post, "approve": "on", "reason": "Offline answer"},
    )
    c = Contribution.objects.get()
    assert c.status == S.APPROVED and "Offline answer" in c.status_reason


# --- links in comments -------------------------------------------------------------------


def _comment(parade, text_html, website=""):
    thread = Thread.objects.create(path=f"/p/{parade.slug}/", parade=parade)
    comment = Comment.objects.create(
        thread=thread,
        author="Cora",
        email="cora@example.org",
        website=website,
        text="x",
        text_html=text_html,
        status=Comment.Status.PENDING,
    )
    return comment


def test_only_links_in_the_comment_text_count_never_the_website_field(
    parade, django_capture_on_commit_callbacks
):
    comment = _comment(
        parade,
        '<p>Great call! Here is mine: <a href="https://cora.example/my-answer">my answer</a></p>',
        website="https://cora.example/",
    )
    with django_capture_on_commit_callbacks(execute=True):
        moderate_comment(comment, "approve")
    assert list(Contribution.objects.values_list("url", "channel", "submitter_name")) == [
        ("https://cora.example/my-answer", C.COMMENT, "Cora")
    ]


def test_a_comment_with_only_a_website_makes_no_contribution(
    parade, django_capture_on_commit_callbacks
):
    comment = _comment(parade, "<p>Looking forward to it!</p>", website="https://cora.example/")
    with django_capture_on_commit_callbacks(execute=True):
        moderate_comment(comment, "approve")
    assert not Contribution.objects.exists()


# --- nothing else creates one ------------------------------------------------------------


def test_contribution_rows_are_made_only_by_the_intake():
    """``Contribution.objects.create`` / ``bulk_create`` / ``get_or_create`` and direct
    ``Contribution(...)`` construction appear only in the intake and its pipeline."""
    root = pathlib.Path(__file__).resolve().parents[2]
    allowed = {root / "contributions" / "intake.py", root / "contributions" / "pipeline.py"}
    offenders = []
    for path in root.rglob("*.py"):
        if "tests" in path.parts or "migrations" in path.parts or path in allowed:
            continue
        for node in ast.walk(ast.parse(path.read_text())):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            if isinstance(func, ast.Name) and func.id == "Contribution":
                offenders.append(f"{path.relative_to(root)}:{node.lineno}")
            if (
                isinstance(func, ast.Attribute)
                and func.attr in ("create", "bulk_create", "get_or_create", "update_or_create")
                and isinstance(func.value, ast.Attribute)
                and func.value.attr == "objects"
                and isinstance(func.value.value, ast.Name)
                and func.value.value.id == "Contribution"
            ):
                offenders.append(f"{path.relative_to(root)}:{node.lineno}")
    assert offenders == []


def test_the_host_is_not_mailed_about_a_post_turned_away_at_once(
    parade, httpserver, mailoutbox, django_capture_on_commit_callbacks
):
    from blogparade.contributions.pipeline import fetch_page

    parade.late_entries_accepted = False
    parade.save()
    httpserver.expect_request("/late").respond_with_data(
        post_page(
            f'<a href="{parade.absolute_url()}">the call</a>', published="2099-01-01T00:00:00+00:00"
        ),
        content_type="text/html",
    )
    page = fetch_page(httpserver.url_for("/late"))
    with django_capture_on_commit_callbacks(execute=True):
        contribution = intake.accept(parade, httpserver.url_for("/late"), C.WEBMENTION, page=page)
    assert contribution.status == S.REJECTED
    assert not [m for m in mailoutbox if "New contribution" in m.subject]
