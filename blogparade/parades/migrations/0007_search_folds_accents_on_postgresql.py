"""PostgreSQL search folds accents, as SQLite's FTS5 tokenizer does ("gärtner" finds "Gartner").

Creates the text search configuration ``blogparade_fold``: PostgreSQL's ``simple`` with the
``unaccent`` dictionary in front, and rebuilds the directory's GIN index on it. ``unaccent``
ships with PostgreSQL and is a trusted extension since PostgreSQL 13 (any user who may create
objects in the database can install it). Where it cannot be installed, the configuration is
plain ``simple`` — search works as before, without folding — and a warning says why.
Nothing happens on SQLite.
"""

import logging

from django.db import DatabaseError, migrations, transaction

CONFIG = "blogparade_fold"
PG_INDEX = "parade_search_gin"
FIELDS = ("title", "question", "call_text", "tags")

logger = logging.getLogger("blogparade.migrations")


def gin(config):
    from django.contrib.postgres.indexes import GinIndex
    from django.contrib.postgres.search import SearchVector

    return GinIndex(SearchVector(*FIELDS, config=config), name=PG_INDEX)


def forwards(apps, schema_editor):
    connection = schema_editor.connection
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_ts_config WHERE cfgname = %s", [CONFIG])
        if cursor.fetchone() is None:
            folding = True
            try:
                with transaction.atomic(using=connection.alias):
                    cursor.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
            except DatabaseError as exc:
                folding = False
                logger.warning(
                    "PostgreSQL's unaccent extension could not be installed (%s); the directory "
                    "search will not fold accents. Install it as a superuser "
                    "(CREATE EXTENSION unaccent) and run `blogparade migrate parades 0006` "
                    "and `blogparade migrate` again.",
                    exc,
                )
            cursor.execute(f"CREATE TEXT SEARCH CONFIGURATION {CONFIG} (COPY = simple)")
            if folding:
                cursor.execute(
                    f"ALTER TEXT SEARCH CONFIGURATION {CONFIG} "
                    "ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple"
                )
    Parade = apps.get_model("parades", "Parade")
    schema_editor.remove_index(Parade, gin("simple"))
    schema_editor.add_index(Parade, gin(CONFIG))


def backwards(apps, schema_editor):
    connection = schema_editor.connection
    if connection.vendor != "postgresql":
        return
    Parade = apps.get_model("parades", "Parade")
    schema_editor.remove_index(Parade, gin(CONFIG))
    schema_editor.add_index(Parade, gin("simple"))
    with connection.cursor() as cursor:
        cursor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {CONFIG}")


class Migration(migrations.Migration):
    dependencies = [("parades", "0006_parade_search_index")]

    operations = [migrations.RunPython(forwards, backwards)]
