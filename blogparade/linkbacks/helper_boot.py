"""Imported once by the forkserver that starts the verification helpers
(:func:`blogparade.linkbacks.tasks._helper_pool`): importing this module sets Django up and
warms what every helper needs, so that each helper is a cheap fork of a single-threaded,
ready process instead of a fresh interpreter importing everything again."""

from __future__ import annotations

import gc

from django.db import connections

from blogparade.core.memory import limit_malloc_arenas
from blogparade.linkbacks import pool

limit_malloc_arenas()  # inherited by every helper forked from here
pool.start()
connections.close_all()  # a forked helper opens its own
# What is loaded now lives as long as the helpers: kept out of the cyclic collector, whose
# bookkeeping would otherwise write to (and so copy) every page the forks share.
gc.collect()
gc.freeze()
