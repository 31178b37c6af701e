"""`blogparade gdpr` covers every place an email address is stored."""

import json
from datetime import date
from io import StringIO

from django.core.management import call_command

from blogparade.parades.models import Series, SeriesSlot
from blogparade.syndication.models import ReminderSubscription


def test_export_and_erase_cover_reminders_and_series_hosts(parade, host):
    ReminderSubscription.objects.create(parade=parade, email="ada@example.org")
    series = Series.objects.create(slug="monthly", title="Monthly", owner=host)
    SeriesSlot.objects.create(
        series=series, month=date(2031, 1, 1), external_name="Ada", external_email="ada@example.org"
    )
    out = StringIO()
    call_command("gdpr", "export", "ada@example.org", stdout=out)
    data = json.loads(out.getvalue())
    assert len(data["reminders"]) == 1
    assert data["series_slots"][0]["series"] == "monthly"

    call_command("gdpr", "erase", "ada@example.org", stdout=StringIO())
    assert not ReminderSubscription.objects.filter(email="ada@example.org").exists()
    assert not SeriesSlot.objects.filter(external_email="ada@example.org").exists()
