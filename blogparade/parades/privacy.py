"""The parades' part of GDPR export and erase: external series hosts' addresses. The
operator's alone: a host's request leaves them out."""

from __future__ import annotations

from typing import Any

from blogparade.core.privacy import Source
from blogparade.parades.models import SeriesSlot


def export_series_slots(email: str, host: Any = None) -> list[dict[str, Any]]:
    if host is not None:
        return []
    return [
        {
            "series": slot.series.slug,
            "month": slot.month.isoformat() if slot.month else None,
            "name": slot.external_name,
        }
        for slot in SeriesSlot.objects.filter(external_email__iexact=email).select_related("series")
    ]


def erase_series_slots(email: str, host: Any = None) -> int:
    if host is not None:
        return 0
    return SeriesSlot.objects.filter(external_email__iexact=email).update(external_email="")


SOURCES = [Source("series_slots", "series_slots", export_series_slots, erase_series_slots)]
