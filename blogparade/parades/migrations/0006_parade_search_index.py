"""Full-text index of parades.

SQLite: an FTS5 table ``parades_parade_fts`` (rowid = parade id) over title, question,
call text, host name and tags, filled now and kept in sync by triggers on parades, host
profiles and users — so bulk inserts and raw updates are indexed too. PostgreSQL: a GIN
index on the ``to_tsvector('simple', …)`` expression that parades/search.py queries.
The SQL is frozen here on purpose; ``blogparade reindex`` rebuilds the SQLite table.
"""

# ruff: noqa: S608 -- SQL built from constant identifiers only, never from input.

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

FTS = "parades_parade_fts"
PG_INDEX = "parade_search_gin"
FIELDS = ("title", "question", "call_text", "tags")


def host_sql(user_table: str, user_id: str) -> str:
    # The public host name, as the templates show it: profile name, else the full name.
    return (
        "(SELECT COALESCE(NULLIF((SELECT hp.name FROM parades_hostprofile hp "
        "WHERE hp.user_id = u.id), ''), TRIM(u.first_name || ' ' || u.last_name)) "
        f"FROM {user_table} u WHERE u.id = {user_id})"
    )


def sqlite_statements(user_table: str) -> list[str]:
    def insert(row: str) -> str:
        return (
            f"INSERT INTO {FTS}(rowid, title, question, call_text, host, tags) VALUES "
            f"({row}.id, {row}.title, {row}.question, {row}.call_text, "
            f"{host_sql(user_table, row + '.host_id')}, {row}.tags);"
        )

    def refresh_host(user_id: str) -> str:
        return (
            f"UPDATE {FTS} SET host = {host_sql(user_table, user_id)} WHERE rowid IN "
            f"(SELECT id FROM parades_parade WHERE host_id = {user_id});"
        )

    return [
        f"CREATE VIRTUAL TABLE {FTS} USING fts5(title, question, call_text, host, tags, "
        "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')",
        f"INSERT INTO {FTS}(rowid, title, question, call_text, host, tags) "
        f"SELECT p.id, p.title, p.question, p.call_text, {host_sql(user_table, 'p.host_id')}, "
        "p.tags FROM parades_parade p",
        f"CREATE TRIGGER {FTS}_parade_ai AFTER INSERT ON parades_parade BEGIN {insert('new')} END",
        f"CREATE TRIGGER {FTS}_parade_au AFTER UPDATE OF title, question, call_text, tags, host_id "
        "ON parades_parade WHEN old.title IS NOT new.title OR old.question IS NOT new.question "
        "OR old.call_text IS NOT new.call_text OR old.tags IS NOT new.tags "
        "OR old.host_id IS NOT new.host_id OR old.id IS NOT new.id "
        f"BEGIN DELETE FROM {FTS} WHERE rowid = old.id; {insert('new')} END",
        f"CREATE TRIGGER {FTS}_parade_ad AFTER DELETE ON parades_parade "
        f"BEGIN DELETE FROM {FTS} WHERE rowid = old.id; END",
        f"CREATE TRIGGER {FTS}_profile_ai AFTER INSERT ON parades_hostprofile "
        f"BEGIN {refresh_host('new.user_id')} END",
        f"CREATE TRIGGER {FTS}_profile_au AFTER UPDATE OF name, user_id ON parades_hostprofile "
        "WHEN old.name IS NOT new.name OR old.user_id IS NOT new.user_id "
        f"BEGIN {refresh_host('old.user_id')} {refresh_host('new.user_id')} END",
        f"CREATE TRIGGER {FTS}_profile_ad AFTER DELETE ON parades_hostprofile "
        f"BEGIN {refresh_host('old.user_id')} END",
        f"CREATE TRIGGER {FTS}_user_au AFTER UPDATE OF first_name, last_name ON {user_table} "
        "WHEN old.first_name IS NOT new.first_name OR old.last_name IS NOT new.last_name "
        f"BEGIN {refresh_host('new.id')} END",
    ]


SQLITE_TRIGGERS = ("parade_ai", "parade_au", "parade_ad", "profile_ai", "profile_au")
SQLITE_TRIGGERS += ("profile_ad", "user_au")


def pg_index():
    from django.contrib.postgres.indexes import GinIndex
    from django.contrib.postgres.search import SearchVector

    return GinIndex(SearchVector(*FIELDS, config="simple"), name=PG_INDEX)


def forwards(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "sqlite":
        user_table = apps.get_model(settings.AUTH_USER_MODEL)._meta.db_table
        for statement in sqlite_statements(user_table):
            schema_editor.execute(statement)
    elif vendor == "postgresql":
        schema_editor.add_index(apps.get_model("parades", "Parade"), pg_index())


def backwards(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "sqlite":
        for name in SQLITE_TRIGGERS:
            schema_editor.execute(f"DROP TRIGGER IF EXISTS {FTS}_{name}")
        schema_editor.execute(f"DROP TABLE IF EXISTS {FTS}")
    elif vendor == "postgresql":
        schema_editor.remove_index(apps.get_model("parades", "Parade"), pg_index())


class Migration(migrations.Migration):
    dependencies = [
        ("parades", "0005_parade_tags"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="ParadeSearchEntry",
            fields=[
                (
                    "parade",
                    models.OneToOneField(
                        db_column="rowid",
                        db_constraint=False,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        primary_key=True,
                        related_name="search_entry",
                        serialize=False,
                        to="parades.parade",
                    ),
                ),
                ("document", models.TextField(db_column="parades_parade_fts")),
                ("rank", models.FloatField()),
            ],
            options={"db_table": "parades_parade_fts", "managed": False},
        ),
        migrations.RunPython(forwards, backwards),
    ]
