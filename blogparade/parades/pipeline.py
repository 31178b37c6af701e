"""The contribution pipeline: fetch → verify → describe → moderate → list.

Every channel (form, Webmention, Pingback, manual add, comment link) stores a
pending :class:`~blogparade.parades.models.Contribution` and calls
:func:`enqueue_verification`.
"""

from __future__ import annotations

from blogparade.parades.models import Contribution


def enqueue_verification(contribution: Contribution) -> None:
    """Queue the verification of a stored contribution (filled in by the pipeline work)."""
