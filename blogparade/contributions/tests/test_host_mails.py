"""The host hears when the deadline nears and when the roundup draft is ready — once each,
in the parade's language (issue: no emails to the host at either step)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from blogparade.contributions import notify
from blogparade.contributions.models import Contribution, HostMail
from blogparade.contributions.roundup import draft_roundup_task
from blogparade.parades.models import Parade

pytestmark = pytest.mark.django_db


def test_the_deadline_mail_goes_once_two_days_before(parade, mailoutbox):
    Contribution.objects.create(
        parade=parade, url="https://a.example/p", canonical_url="https://a.example/p",
        status=Contribution.Status.APPROVED,
    )  # fmt: skip
    Contribution.objects.create(
        parade=parade, url="https://b.example/p", canonical_url="https://b.example/p",
        status=Contribution.Status.PENDING,
    )  # fmt: skip
    parade.closes_at = timezone.now() + timedelta(days=5)
    parade.save()
    assert notify.tell_hosts_deadline_nears() == 0  # not yet
    parade.closes_at = timezone.now() + timedelta(hours=30)
    parade.save()
    assert notify.tell_hosts_deadline_nears() == 1
    assert notify.tell_hosts_deadline_nears() == 0  # once
    mail = mailoutbox[0]
    assert mail.to == [parade.host.email]
    assert mail.subject == f"“{parade.title}” closes in 30 hours"
    assert "So far: 1 listed, 1 waiting for you." in mail.body
    assert f"/dashboard/p/{parade.slug}/" in mail.body and parade.absolute_url() in mail.body


def test_the_deadline_mail_speaks_the_parades_language(parade, mailoutbox):
    parade.language = "de"
    parade.closes_at = timezone.now() + timedelta(hours=5, minutes=10)
    parade.save()
    notify.tell_hosts_deadline_nears()
    assert mailoutbox[0].subject == f"„{parade.title}“ endet in 5 Stunden"


def test_a_failed_mail_is_tried_again(parade, settings, mailoutbox):
    parade.closes_at = timezone.now() + timedelta(hours=10)
    parade.save()
    settings.EMAIL_BACKEND = "blogparade.contributions.tests.test_host_mails.Broken"
    assert notify.tell_hosts_deadline_nears() == 0
    assert not HostMail.objects.exists()
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    assert notify.tell_hosts_deadline_nears() == 1


class Broken:
    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        raise OSError("the mail server is away")


def test_the_draft_mail_goes_when_the_draft_is_made(parade, mailoutbox):
    Contribution.objects.create(
        parade=parade, url="https://a.example/p", canonical_url="https://a.example/p",
        status=Contribution.Status.APPROVED,
    )  # fmt: skip
    Parade.objects.filter(pk=parade.pk).update(closes_at=timezone.now() - timedelta(minutes=5))
    draft_roundup_task.call(parade.pk)
    draft_roundup_task.call(parade.pk)  # a second draft: no second mail
    assert len(mailoutbox) == 1
    mail = mailoutbox[0]
    assert mail.subject == f"The roundup draft of “{parade.title}” is ready"
    assert "has closed with 1 contribution" in mail.body
    assert f"/dashboard/p/{parade.slug}/roundup/" in mail.body
