import pytest
from django.conf import settings

from blogparade.contributions import services
from blogparade.contributions.notify import notify_host_of_submission

pytestmark = pytest.mark.django_db


def test_host_gets_plain_text_mail_without_submitter_email(
    parade, make_contribution, mailoutbox, owner
):
    c = make_contribution(
        parade, status="pending", submitter_name="Wren", submitter_email="wren-secret@example.com"
    )
    assert notify_host_of_submission.call(c.pk) is True
    assert len(mailoutbox) == 1
    mail = mailoutbox[0]
    assert mail.to == [owner.email]
    assert "Slow mornings" in mail.subject
    assert f"{settings.BASE_URL}/dashboard/p/{parade.slug}/" in mail.body
    assert c.url in mail.body
    assert "wren-secret@example.com" not in mail.body
    assert "wren-secret@example.com" not in mail.subject
    assert not mail.alternatives  # plain text only


def test_hostile_title_cannot_break_the_subject(make_parade, make_contribution, mailoutbox):
    parade = make_parade("open", title="Hi\nBcc: victim@example.com")
    c = make_contribution(parade, status="pending")
    notify_host_of_submission.call(c.pk)
    assert "\n" not in mailoutbox[0].subject


def test_gone_contribution_is_quietly_skipped(mailoutbox):
    assert notify_host_of_submission.call(999999) is False
    assert mailoutbox == []


def test_host_without_email_is_skipped(parade, make_contribution, mailoutbox, owner):
    owner.email = ""
    owner.save()
    c = make_contribution(parade, status="pending")
    assert notify_host_of_submission.call(c.pk) is False


def test_submission_runs_notification_inline_in_tests(
    parade, mailoutbox, settings, httpserver, django_capture_on_commit_callbacks
):
    """End to end with the immediate backend; the post is a local page linking to the call."""
    settings.FETCH_ALLOW_HOSTS = ["127.0.0.1"]
    httpserver.expect_request("/post").respond_with_data(
        f'<html><body><article><h1>Mine</h1><a href="{settings.BASE_URL}/p/{parade.slug}/">call</a></article></body></html>',
        content_type="text/html",
    )
    with django_capture_on_commit_callbacks(execute=True):
        services.submit_contribution(
            parade, httpserver.url_for("/post"), "Wren", "wren-secret@example.com"
        )
    host_mails = [m for m in mailoutbox if "New contribution" in m.subject]
    assert len(host_mails) == 1
    assert all("wren-secret@example.com" not in m.body for m in mailoutbox)
