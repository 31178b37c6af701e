"""Contributors, contributions and their event log now belong to the ``contributions`` app.

State only: the tables and their rows stay as they are (``contributions`` 0001 took them
over under their old names). Their content types follow them, so admin history and
permissions keep pointing at the same rows.
"""

import django.db.models.deletion
from django.db import migrations, models

MOVED = ("contributor", "contribution", "contributionevent")


def content_types_follow(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    for model in MOVED:
        if not ContentType.objects.filter(app_label="contributions", model=model).exists():
            ContentType.objects.filter(app_label="parades", model=model).update(
                app_label="contributions"
            )


def content_types_return(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    for model in MOVED:
        if not ContentType.objects.filter(app_label="parades", model=model).exists():
            ContentType.objects.filter(app_label="contributions", model=model).update(
                app_label="parades"
            )


class Migration(migrations.Migration):
    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("contributions", "0001_initial"),
        ("linkbacks", "0002_mention_contribution_moved"),
        ("parades", "0008_contributor_url_index"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.RemoveField(model_name="contribution", name="contributor"),
                migrations.RemoveField(model_name="contribution", name="parade"),
                migrations.RemoveField(model_name="contributionevent", name="contribution"),
                migrations.AlterField(
                    model_name="roundupentry",
                    name="contribution",
                    field=models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="roundup_entries",
                        to="contributions.contribution",
                    ),
                ),
                migrations.DeleteModel(name="Contributor"),
                migrations.DeleteModel(name="ContributionEvent"),
                migrations.DeleteModel(name="Contribution"),
            ],
            database_operations=[],
        ),
        migrations.RunPython(content_types_follow, content_types_return, elidable=False),
    ]
