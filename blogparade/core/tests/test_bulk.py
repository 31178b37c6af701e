"""update_each stores what save() would store, row by row."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from blogparade.core.bulk import update_each
from blogparade.linkbacks.models import Mention

FIELDS = ["status", "title", "log", "published", "next_try_at", "attempts"]


@pytest.mark.django_db
def test_each_row_gets_its_own_values_as_save_would_store_them():
    rows = [
        Mention.objects.create(source=f"https://blog.example/{i}", target="https://x.example/")
        for i in range(3)
    ]
    for i, row in enumerate(rows[:2]):
        row.status = Mention.Status.VERIFIED
        row.title = f"Post “{i}” 'quoted'; DROP TABLE x; --"
        row.log = [{"at": "2026-11-27T10:00:00+00:00", "message": f"line {i} ✓"}]
        row.published = datetime(2026, 11, i + 1, 9, 30, tzinfo=UTC)
        row.next_try_at = None
        row.attempts = i + 5
    update_each(rows[:2], FIELDS)
    for i, row in enumerate(rows):
        stored = Mention.objects.get(pk=row.pk)
        if i == 2:
            assert stored.status == Mention.Status.QUEUED and stored.title == ""
            continue
        assert [getattr(stored, f) for f in FIELDS] == [getattr(row, f) for f in FIELDS]


def test_nothing_to_store_is_no_statement():
    update_each([], FIELDS)  # no database needed: returns before connecting
