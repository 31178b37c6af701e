from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from blogparade.parades.forms import ParadeForm, SubmissionForm
from blogparade.parades.models import Parade

pytestmark = pytest.mark.django_db


def parade_data(**changes):
    data = {
        "title": "Rainy days",
        "slug": "rainy-days",
        "question": "What do you do when it rains?",
        "call_text": "Tell me.",
        "language": "en",
        "opens_at": "2030-03-01T09:00",
        "closes_at": "2030-03-31T23:59",
        "time_zone": "America/New_York",
        "backlink_required": "on",
        "late_entries_accepted": "on",
        "listed": "on",
    }
    data.update(changes)
    return data


def test_times_are_read_in_the_parades_time_zone(owner):
    form = ParadeForm(parade_data(), instance=Parade(host=owner))
    assert form.is_valid(), form.errors
    closes = form.cleaned_data["closes_at"]
    assert closes == datetime(2030, 3, 31, 23, 59, tzinfo=ZoneInfo("America/New_York"))


def test_initial_times_are_shown_in_the_parades_time_zone(owner):
    parade = Parade(
        host=owner,
        time_zone="Asia/Tokyo",
        opens_at=datetime(2030, 1, 1, 0, 0, tzinfo=ZoneInfo("UTC")),
        closes_at=datetime(2030, 1, 2, 0, 0, tzinfo=ZoneInfo("UTC")),
    )
    html = str(ParadeForm(instance=parade)["opens_at"])
    assert 'value="2030-01-01T09:00"' in html


def test_deadline_must_follow_opening(owner):
    form = ParadeForm(parade_data(closes_at="2030-02-01T09:00"), instance=Parade(host=owner))
    assert not form.is_valid()
    assert form.errors["closes_at"] == ["The deadline must come after the opening."]


def test_bad_time_zone(owner):
    form = ParadeForm(parade_data(time_zone="Nowhere/Land"), instance=Parade(host=owner))
    assert not form.is_valid()
    assert "time_zone" in form.errors


def test_slug_must_be_unique(owner, parade):
    form = ParadeForm(parade_data(slug=parade.slug), instance=Parade(host=owner))
    assert not form.is_valid()
    assert "taken" in form.errors["slug"][0]


def test_submission_form_requires_consent():
    form = SubmissionForm({"url": "https://a.example/p", "name": "A", "email": "a@example.com"})
    assert not form.is_valid()
    assert list(form.errors) == ["consent"]


def test_a_call_address_belongs_to_one_parade(make_parade):
    """No host can take over another's call: the same address, spelt any way, is refused."""
    import pytest
    from django.core.exceptions import ValidationError

    make_parade("open", call_url="https://hanna.example/blog/call/")
    other = make_parade("open", slug="copycat")
    for spelling in (
        "https://hanna.example/blog/call/",
        "http://www.hanna.example/blog/call?utm_source=x",
    ):
        other.call_url = spelling
        with pytest.raises(ValidationError) as raised:
            other.full_clean()
        assert "call_url" in raised.value.message_dict
    other.call_url = "https://hanna.example/blog/another-call/"
    other.full_clean()  # a different address is fine
