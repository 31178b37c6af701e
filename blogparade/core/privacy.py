"""GDPR export and erase across the apps, without core knowing them.

Each app that stores personal data registers a :class:`Source` for it in its
``AppConfig.ready``: what it keeps under an email address (``export``) and how to remove it
(``erase``, returning how many records it touched). ``host`` narrows both to what sits under
that host's own parades; sources that are the operator's alone return nothing for a host.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.db import transaction


@dataclass(frozen=True)
class Source:
    name: str  # the key of its part in the export
    count_name: str  # the key of its count in summaries and erase results
    export: Callable[[str, Any], list[dict[str, Any]]]
    erase: Callable[[str, Any], int]


SOURCES: dict[str, Source] = {}


def register(source: Source) -> None:
    SOURCES[source.name] = source


def export(email: str, host: Any = None) -> dict[str, Any]:
    """Everything stored under ``email``, by source (``host``: only under their parades)."""
    email = email.strip().lower()
    return {"email": email, **{s.name: s.export(email, host) for s in SOURCES.values()}}


def summary(email: str, host: Any = None) -> dict[str, int]:
    """How much :func:`erase` would touch (for the confirmation step); no addresses."""
    data = export(email, host)
    return {s.count_name: len(data[s.name]) for s in SOURCES.values()}


@transaction.atomic
def erase(email: str, host: Any = None) -> dict[str, int]:
    """Remove ``email`` from every source; how many records each touched."""
    email = email.strip().lower()
    return {s.count_name: s.erase(email, host) for s in SOURCES.values()}
