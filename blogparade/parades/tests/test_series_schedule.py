"""The schedule's rules: one host a month, local xor external, standby, editions."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError

from blogparade.parades import series as service
from blogparade.parades.models import SeriesSlot

pytestmark = pytest.mark.django_db


@pytest.fixture
def carnival(owner):
    return service.create_series(owner, slug="carnival", title="Web Carnival")


def test_one_host_per_month(carnival, owner, other_host):
    month = service.add_months(service.current_month(), 1)
    service.add_slot(carnival, month=month, host=owner)
    with pytest.raises(ValidationError, match="already has a host"):
        service.add_slot(carnival, month=month, host=other_host)
    # a standby for the same month is fine
    service.add_slot(carnival, month=month, host=other_host, standby=True)
    assert SeriesSlot.objects.count() == 2


def test_host_is_local_or_external_not_both_nor_neither(carnival, owner):
    month = service.current_month()
    with pytest.raises(ValidationError):
        service.add_slot(carnival, month=month)
    with pytest.raises(ValidationError):
        service.add_slot(carnival, month=month, host=owner, external_name="Both")
    assert not SeriesSlot.objects.exists()


def test_month_required_unless_standby(carnival):
    with pytest.raises(ValidationError, match="month"):
        service.add_slot(carnival, external_name="X")
    slot = service.add_slot(carnival, external_name="X", standby=True)
    assert slot.month is None


def test_external_url_must_be_http(carnival):
    with pytest.raises(ValidationError):
        service.add_slot(
            carnival,
            month=service.current_month(),
            external_name="X",
            external_url="javascript:alert(1)",
        )
    assert not SeriesSlot.objects.exists()


def test_month_is_normalised_and_parsed():
    assert str(service.parse_month("2027-03")) == "2027-03-01"
    assert str(service.parse_month("2027-03-17")) == "2027-03-01"
    with pytest.raises(ValidationError):
        service.parse_month("March")
    assert str(service.add_months(service.parse_month("2027-11"), 3)) == "2028-02-01"


def test_edition_only_for_local_scheduled_host_and_only_once(carnival, owner):
    month = service.current_month()
    external = service.add_slot(carnival, month=month, external_name="X")
    with pytest.raises(ValidationError, match="own site"):
        service.open_edition(external)
    standby = service.add_slot(carnival, standby=True, host=owner)
    with pytest.raises(ValidationError):
        service.open_edition(standby)
    local = service.add_slot(
        carnival, month=service.add_months(month, 1), host=owner, topic="Why now?"
    )
    parade = service.open_edition(local)
    assert parade.question == "Why now?"
    with pytest.raises(ValidationError, match="exists already"):
        service.open_edition(local)
