"""The contributions' part of GDPR export and erase: submitters' addresses and contributor
records. The operator's alone: a host's request leaves them out."""

from __future__ import annotations

from typing import Any

from blogparade.contributions.models import Contribution, Contributor
from blogparade.core.privacy import Source


def _iso(value) -> str | None:
    return value.isoformat() if value else None


def export_contributions(email: str, host: Any = None) -> list[dict[str, Any]]:
    if host is not None:
        return []
    return [
        {
            "id": c.pk,
            "parade": c.parade.slug,
            "url": c.url,
            "submitter_name": c.submitter_name,
            "submitter_email": c.submitter_email,
            "status": c.status,
            "created": _iso(c.created_at),
        }
        for c in Contribution.objects.filter(submitter_email__iexact=email).select_related("parade")
    ]


def erase_contributions(email: str, host: Any = None) -> int:
    if host is not None:
        return 0
    return Contribution.objects.filter(submitter_email__iexact=email).update(
        submitter_email="", submitter_name=""
    )


def export_contributors(email: str, host: Any = None) -> list[dict[str, Any]]:
    if host is not None:
        return []
    return [
        {"id": c.pk, "name": c.name, "url": c.url, "email": c.email}
        for c in Contributor.objects.filter(email__iexact=email)
    ]


def erase_contributors(email: str, host: Any = None) -> int:
    if host is not None:
        return 0
    return Contributor.objects.filter(email__iexact=email).update(email="")


SOURCES = [
    Source("contributions", "contributions", export_contributions, erase_contributions),
    Source("contributors", "contributors", export_contributors, erase_contributors),
]
