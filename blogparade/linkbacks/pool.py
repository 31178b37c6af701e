"""Entry points of the verification helper processes (see :mod:`blogparade.linkbacks.tasks`).

A helper is a fresh interpreter (spawned): it unpickles these functions by importing this
module, so nothing here may import models before :func:`start` has set Django up.
"""

from __future__ import annotations


def start() -> None:
    """Runs once in each helper process, with the worker's environment."""
    import django

    django.setup()


def drain(ids: list[int], size: int, threads: int, seconds: float, exclude: int | None) -> int:
    """Verify the claimed ``ids``, then claim and verify queued mentions (``tasks._drain``)."""
    from django.db import connections

    from blogparade.linkbacks.tasks import _drain

    try:
        return _drain(ids, size, threads, seconds, exclude)
    finally:
        connections.close_all()
