"""Django's SQLite backend, asking for the write lock every few milliseconds instead of
sleeping in SQLite's busy handler (see :mod:`blogparade.core.sqlite.base`)."""
