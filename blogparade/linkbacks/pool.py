"""Entry points of the verification helper processes (see :mod:`blogparade.linkbacks.tasks`).

A helper is forked from a forkserver that imported :mod:`helper_boot` (or, without one, a
fresh spawned interpreter): it unpickles these functions by importing this
module, so nothing here may import models before :func:`start` has set Django up.
"""

from __future__ import annotations

import contextlib


def start(worker: int | None = None) -> None:
    """Runs once in each helper process, with the worker's environment. ``worker``: the pid
    of the worker process that started the pool; the helper ends when that process is gone.
    (A helper is a child of the forkserver, not of the worker, and holds the ends of the
    pool's pipes itself, so it would otherwise wait for work forever after a ``kill -9`` of
    the worker — and keep the forkserver and the resource tracker alive with it.)"""
    import django

    django.setup()
    warm()
    if worker:
        from blogparade.core.worker import Heartbeat, end_with

        # The mentions this helper claims carry its process id; its heartbeat says it lives.
        Heartbeat().start()
        end_with(worker)


def warm() -> None:
    """Import and build once what every verifying thread needs (URL patterns, parsers, the
    TLS context), so that the threads of a batch do not all stop at the same import lock."""
    with contextlib.suppress(Exception):
        import mf2py  # noqa: F401
        from django.urls import get_resolver

        from blogparade.fetch import client, extract, parse  # noqa: F401
        from blogparade.linkbacks import verify  # noqa: F401

        get_resolver().reverse_dict  # noqa: B018 - builds the patterns of the current language
        client._ssl_context()


def ready() -> int:
    """Nothing to do: a helper that answers is up (:func:`tasks.start_helpers`)."""
    import os

    return os.getpid()


def drain(ids: list[int], size: int, threads: int, seconds: float, exclude: int | None) -> int:
    """Verify the claimed ``ids``, then claim and verify queued mentions (``tasks._drain``)."""
    from django.db import connections

    from blogparade.linkbacks.tasks import _drain

    try:
        return _drain(ids, size, threads, seconds, exclude)
    finally:
        connections.close_all()
