"""A mention's contribution is now ``contributions.Contribution`` (the same table: state only)."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("contributions", "0001_initial"),
        ("linkbacks", "0001_mention"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name="mention",
                    name="contribution",
                    field=models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="mentions",
                        to="contributions.contribution",
                    ),
                ),
            ],
            database_operations=[],
        ),
    ]
