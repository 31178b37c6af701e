from django.db import migrations

import blogparade.parades.models


class Migration(migrations.Migration):
    dependencies = [
        ("parades", "0004_series_and_hub"),
    ]

    operations = [
        migrations.AddField(
            model_name="parade",
            name="tags",
            field=blogparade.parades.models.TagsField(
                blank=True,
                help_text="Separated by commas, e.g. writing, slow living.",
                max_length=400,
                verbose_name="tags",
            ),
        ),
    ]
