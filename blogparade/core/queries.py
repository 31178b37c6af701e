"""Small query helpers."""

from __future__ import annotations

from typing import TypeVar

from django.db.models import Model, QuerySet

M = TypeVar("M", bound=Model)


def one_or_none(queryset: QuerySet[M], **lookups: object) -> M | None:
    """The one row matching ``lookups`` (a primary key, a unique key), or None.

    Like ``filter(...).first()`` for a lookup that can match one row only, without the
    ``ORDER BY`` that ``first()`` adds: building it is a good part of a short query's cost."""
    try:
        return queryset.get(**lookups)
    except queryset.model.DoesNotExist:
        return None
