"""An index on ``Contributor.url``: a contributor is found by their h-card URL or their domain
(one query, ``url IN (…) OR domain = …``), and without it every new contribution scanned the
whole contributors table — inside the writing transaction when contributions are settled in
bulk. A btree index on SQLite; a hash index on PostgreSQL, whose btree entries may not exceed
about 2.7 KB (a 2,000-character URL of non-ASCII characters would), and whose hash indexes
serve equality lookups of any length. Django's model state does not know this index, so
``blogparade.contributions.indexes`` creates it again after each ``migrate`` if a table rebuild on
SQLite dropped it.
"""

from django.db import migrations

INDEX = "parades_contributor_url_idx"


def forwards(apps, schema_editor):
    table = apps.get_model("parades", "Contributor")._meta.db_table
    quote = schema_editor.quote_name
    using = " USING hash" if schema_editor.connection.vendor == "postgresql" else ""
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {quote(INDEX)} ON {quote(table)}{using} ({quote('url')})"
    )


def backwards(apps, schema_editor):
    schema_editor.execute(f"DROP INDEX IF EXISTS {schema_editor.quote_name(INDEX)}")


class Migration(migrations.Migration):
    dependencies = [("parades", "0007_search_folds_accents_on_postgresql")]

    operations = [migrations.RunPython(forwards, backwards, elidable=False)]
