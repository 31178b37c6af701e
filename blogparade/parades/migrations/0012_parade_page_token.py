"""The version of a parade's public pages (``page_token``, see blogparade.parades.pagecache).

Added with a plain ``ALTER TABLE … ADD COLUMN`` for the reason given in migration 0010 (the
full-text triggers would make SQLite's table rebuild fail). Existing rows start with "0";
every save and every change the page shows gives a row a random token.
"""

from django.db import migrations, models

import blogparade.parades.models

TABLE = "parades_parade"


def forwards(apps, schema_editor):
    quote = schema_editor.quote_name
    schema_editor.execute(
        f"ALTER TABLE {quote(TABLE)} ADD COLUMN {quote('page_token')} "
        "varchar(16) DEFAULT '0' NOT NULL"
    )


def backwards(apps, schema_editor):
    quote = schema_editor.quote_name
    schema_editor.execute(f"ALTER TABLE {quote(TABLE)} DROP COLUMN {quote('page_token')}")


class Migration(migrations.Migration):
    dependencies = [("parades", "0011_parade_call_url_unique")]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[migrations.RunPython(forwards, backwards)],
            state_operations=[
                migrations.AddField(
                    model_name="parade",
                    name="page_token",
                    field=models.CharField(
                        default=blogparade.parades.models.new_page_token,
                        editable=False,
                        max_length=16,
                    ),
                ),
            ],
        ),
    ]
