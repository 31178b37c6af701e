"""How a parade's host hears of new contributions (each, a daily digest, none), and up to
when the digest has told them.

The columns are added with plain ``ALTER TABLE … ADD COLUMN``: on SQLite, Django would
rebuild ``parades_parade`` for a NOT NULL column, and the full-text triggers of migration
0006 (on host profiles, naming ``parades_parade``) make that rebuild fail.
"""

from django.db import migrations, models

TABLE = "parades_parade"


def forwards(apps, schema_editor):
    quote = schema_editor.quote_name
    schema_editor.execute(
        f"ALTER TABLE {quote(TABLE)} ADD COLUMN {quote('notify_host')} "
        "varchar(8) DEFAULT 'each' NOT NULL"
    )
    timestamp = (
        "timestamp with time zone"
        if schema_editor.connection.vendor == "postgresql"
        else "datetime"
    )
    schema_editor.execute(
        f"ALTER TABLE {quote(TABLE)} ADD COLUMN {quote('host_digest_until')} {timestamp} NULL"
    )


def backwards(apps, schema_editor):
    quote = schema_editor.quote_name
    for column in ("host_digest_until", "notify_host"):
        schema_editor.execute(f"ALTER TABLE {quote(TABLE)} DROP COLUMN {quote(column)}")


class Migration(migrations.Migration):
    dependencies = [("parades", "0009_contributions_moved_out")]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AddField(
                    model_name="parade",
                    name="host_digest_until",
                    field=models.DateTimeField(blank=True, editable=False, null=True),
                ),
                migrations.AddField(
                    model_name="parade",
                    name="notify_host",
                    field=models.CharField(
                        choices=[
                            ("each", "an email for each contribution"),
                            ("digest", "one email a day with the new ones"),
                            ("none", "no email; I look in the dashboard"),
                        ],
                        default="each",
                        max_length=8,
                        verbose_name="tell me about new contributions",
                    ),
                ),
            ],
            database_operations=[migrations.RunPython(forwards, backwards, elidable=False)],
        ),
    ]
