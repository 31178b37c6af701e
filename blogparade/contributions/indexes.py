"""Indexes Django's model state does not know about, kept in place after every ``migrate``.

``Contributor.url`` is indexed by raw SQL (parades migration 0008: a hash index on PostgreSQL, whose
btree entries may not exceed about 2.7 KB; a btree on SQLite). SQLite alters a table by
building a new one, copying only the indexes Django knows of — a later migration touching
``Contributor`` would drop this one without a word. So it is created again, if missing, after
each ``migrate``.
"""

from __future__ import annotations

from typing import Any

CONTRIBUTOR_URL_INDEX = "parades_contributor_url_idx"


def ensure_contributor_url_index(using: str = "default", **kwargs: Any) -> None:
    """Create the index on ``Contributor.url`` unless it exists (a ``post_migrate`` handler)."""
    from django.db import connections

    from blogparade.contributions.models import Contributor

    connection = connections[using]
    table = Contributor._meta.db_table
    with connection.cursor() as cursor:
        if table not in connection.introspection.table_names(cursor):
            return  # migrated backwards, or not yet this far
    kind = " USING hash" if connection.vendor == "postgresql" else ""
    quote = connection.ops.quote_name
    with connection.cursor() as cursor:
        cursor.execute(
            f"CREATE INDEX IF NOT EXISTS {quote(CONTRIBUTOR_URL_INDEX)} "
            f"ON {quote(table)}{kind} ({quote('url')})"
        )
