"""Writing many rows at once."""

from __future__ import annotations

from collections.abc import Sequence

from django.db import connections, router
from django.db.models import Model


def update_each(objs: Sequence[Model], fields: Sequence[str]) -> None:
    """Store ``fields`` of each of ``objs`` (instances of one model): one UPDATE statement,
    run once per row with that row's values (``executemany``).

    The values are prepared exactly as ``Model.save(update_fields=...)`` prepares them; no
    signals are sent and ``auto_now`` fields are not touched (set them first). Django's
    ``bulk_update`` gives the same rows, but builds a ``CASE`` expression per field and row,
    which costs far more than the statements it saves once there are more than a few fields.
    """
    if not objs:
        return
    meta = type(objs[0])._meta
    connection = connections[router.db_for_write(type(objs[0]))]
    quote = connection.ops.quote_name
    columns = [meta.get_field(name) for name in fields]
    # Only quoted names from the model meet the SQL text; every value is a parameter.
    sql = "UPDATE {} SET {} WHERE {} = %s".format(  # noqa: S608
        quote(meta.db_table),
        ", ".join(f"{quote(field.column)} = %s" for field in columns),
        quote(meta.pk.column),
    )
    rows = [
        [
            field.get_db_prep_save(getattr(obj, field.attname), connection=connection)
            for field in columns
        ]
        + [meta.pk.get_db_prep_save(obj.pk, connection=connection)]
        for obj in objs
    ]
    with connection.cursor() as cursor:
        cursor.executemany(sql, rows)
