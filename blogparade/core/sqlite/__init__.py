"""Django's SQLite backend, with the threads of one process taking turns at the write lock
(see :mod:`blogparade.core.sqlite.base`)."""
