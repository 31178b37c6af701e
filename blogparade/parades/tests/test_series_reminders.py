"""remind_next_hosts: N days before the month, once per slot, to the right address."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core import mail

from blogparade.parades import series as service
from blogparade.parades.models import Parade

pytestmark = pytest.mark.django_db


@pytest.fixture
def carnival(owner):
    return service.create_series(owner, slug="carnival", title="Web Carnival", remind_days_before=7)


MONTH = dt.date(2031, 5, 1)


def _at(days_before: float) -> dt.datetime:
    return service.month_start(MONTH) - dt.timedelta(days=days_before)


def test_reminds_once_inside_the_window(carnival, other_host):
    slot = service.add_slot(carnival, month=MONTH, host=other_host, topic="Maps")
    assert service.remind_next_hosts(_at(8)) == 0  # too early
    assert mail.outbox == []
    assert service.remind_next_hosts(_at(6)) == 1
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [other_host.email]
    assert "Web Carnival" in message.subject
    assert "Maps" in message.body
    assert "/s/carnival/" in message.body
    slot.refresh_from_db()
    assert slot.reminded_at is not None
    edition = Parade.objects.get(series=carnival, edition_month=MONTH)  # opened for them
    assert edition.host == other_host and edition.question == "Maps"
    assert f"/dashboard/p/{edition.slug}/edit/" in message.body
    assert service.remind_next_hosts(_at(5)) == 0  # sent once
    assert len(mail.outbox) == 1


def test_no_reminder_once_the_month_started_nor_for_standby(carnival, other_host):
    service.add_slot(carnival, month=MONTH, host=other_host, standby=True)
    service.add_slot(carnival, month=MONTH, external_name="Late", external_email="l@example.net")
    assert service.remind_next_hosts(service.month_start(MONTH) + dt.timedelta(hours=1)) == 0
    assert mail.outbox == []


def test_external_host_email_or_owner(carnival, owner):
    service.add_slot(carnival, month=MONTH, external_name="Erin", external_email="erin@example.net")
    service.add_slot(carnival, month=service.add_months(MONTH, -1), external_name="Nomail Nora")
    # The window of the earlier month: only Nora's slot is due.
    assert (
        service.remind_next_hosts(
            service.month_start(service.add_months(MONTH, -1)) - dt.timedelta(days=1)
        )
        == 1
    )
    assert mail.outbox[0].to == [owner.email]
    assert "Nomail Nora" in mail.outbox[0].body
    assert service.remind_next_hosts(_at(1)) == 1
    assert mail.outbox[1].to == ["erin@example.net"]


def test_failed_send_is_retried(carnival, other_host, settings):
    slot = service.add_slot(carnival, month=MONTH, host=other_host)
    settings.EMAIL_BACKEND = "blogparade.parades.tests.test_series_reminders.BrokenBackend"
    assert service.remind_next_hosts(_at(2)) == 0
    slot.refresh_from_db()
    assert slot.reminded_at is None
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    assert service.remind_next_hosts(_at(1)) == 1


def test_german_series_writes_german(owner, other_host):
    series = service.create_series(owner, slug="karneval", title="Karneval", language="de")
    service.add_slot(series, month=MONTH, host=other_host)
    service.remind_next_hosts(_at(1))
    assert mail.outbox[0].subject.startswith("Karneval")


class BrokenBackend:
    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        raise OSError("SMTP down")


def test_external_host_gets_no_edition(carnival):
    service.add_slot(carnival, month=MONTH, external_name="Erin", external_email="e@example.net")
    assert service.remind_next_hosts(_at(1)) == 1
    assert not Parade.objects.exists()
    assert "/dashboard/" not in mail.outbox[0].body
