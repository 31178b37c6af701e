"""Contributors, contributions and their event log move here from ``parades``.

State only: the tables keep their names (``parades_contribution`` …) and every row stays
where it is. ``parades`` 0009 removes the models from its own state afterwards.
"""

import django.db.models.deletion
import django.utils.timezone
from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("parades", "0008_contributor_url_index"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="Contributor",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True,
                                primary_key=True,
                                serialize=False,
                                verbose_name="ID",
                            ),
                        ),
                        ("name", models.CharField(blank=True, max_length=200)),
                        ("url", models.URLField(blank=True, max_length=2000)),
                        ("domain", models.CharField(blank=True, db_index=True, max_length=255)),
                        ("email", models.EmailField(blank=True, db_index=True, max_length=254)),
                        ("photo", models.URLField(blank=True, max_length=2000)),
                        ("created_at", models.DateTimeField(auto_now_add=True)),
                    ],
                    options={
                        "db_table": "parades_contributor",
                    },
                ),
                migrations.CreateModel(
                    name="Contribution",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True,
                                primary_key=True,
                                serialize=False,
                                verbose_name="ID",
                            ),
                        ),
                        ("submitted_by_author", models.BooleanField(blank=True, null=True)),
                        ("url", models.URLField(max_length=2000, verbose_name="post address")),
                        ("canonical_url", models.CharField(db_index=True, max_length=2000)),
                        (
                            "title",
                            models.CharField(blank=True, max_length=300, verbose_name="title"),
                        ),
                        (
                            "author_name",
                            models.CharField(blank=True, max_length=200, verbose_name="author"),
                        ),
                        (
                            "author_url",
                            models.URLField(
                                blank=True, max_length=2000, verbose_name="author website"
                            ),
                        ),
                        ("author_photo", models.URLField(blank=True, max_length=2000)),
                        (
                            "published",
                            models.DateTimeField(blank=True, null=True, verbose_name="published"),
                        ),
                        ("summary", models.TextField(blank=True, verbose_name="summary")),
                        ("image", models.URLField(blank=True, max_length=2000)),
                        (
                            "language",
                            models.CharField(blank=True, max_length=16, verbose_name="language"),
                        ),
                        (
                            "kind",
                            models.CharField(
                                choices=[
                                    ("article", "article"),
                                    ("fediverse", "fediverse post"),
                                    ("bluesky", "Bluesky post"),
                                    ("video", "video"),
                                    ("podcast", "podcast episode"),
                                ],
                                default="article",
                                max_length=16,
                                verbose_name="kind",
                            ),
                        ),
                        (
                            "channel",
                            models.CharField(
                                choices=[
                                    ("form", "submission form"),
                                    ("webmention", "Webmention"),
                                    ("pingback", "Pingback"),
                                    ("manual", "added by the host"),
                                    ("comment", "link in a comment"),
                                    ("feed", "found in a feed"),
                                ],
                                max_length=16,
                                verbose_name="channel",
                            ),
                        ),
                        (
                            "status",
                            models.CharField(
                                choices=[
                                    ("pending", "pending"),
                                    ("approved", "approved"),
                                    ("rejected", "rejected"),
                                    ("spam", "spam"),
                                    ("gone", "gone"),
                                ],
                                default="pending",
                                max_length=16,
                                verbose_name="status",
                            ),
                        ),
                        (
                            "status_reason",
                            models.CharField(
                                blank=True,
                                max_length=500,
                                verbose_name="reason for the last change of status",
                            ),
                        ),
                        (
                            "status_changed_at",
                            models.DateTimeField(default=django.utils.timezone.now),
                        ),
                        (
                            "verification",
                            models.CharField(
                                choices=[
                                    ("unchecked", "not checked yet"),
                                    ("verified", "verified"),
                                    ("unverified", "could not be verified"),
                                    ("failed", "failed verification"),
                                ],
                                default="unchecked",
                                max_length=16,
                            ),
                        ),
                        (
                            "late",
                            models.BooleanField(
                                default=False, verbose_name="arrived after the deadline"
                            ),
                        ),
                        ("links", models.JSONField(blank=True, default=list)),
                        (
                            "submitter_name",
                            models.CharField(blank=True, max_length=120, verbose_name="your name"),
                        ),
                        (
                            "submitter_email",
                            models.EmailField(
                                blank=True, max_length=254, verbose_name="your email"
                            ),
                        ),
                        ("checked_at", models.DateTimeField(blank=True, null=True)),
                        (
                            "next_check_at",
                            models.DateTimeField(blank=True, db_index=True, null=True),
                        ),
                        ("check_attempts", models.PositiveIntegerField(default=0)),
                        ("last_error", models.CharField(blank=True, max_length=500)),
                        ("created_at", models.DateTimeField(auto_now_add=True)),
                        ("updated_at", models.DateTimeField(auto_now=True)),
                        (
                            "parade",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="contributions",
                                to="parades.parade",
                            ),
                        ),
                        (
                            "contributor",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="contributions",
                                to="contributions.contributor",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "contribution",
                        "verbose_name_plural": "contributions",
                        "db_table": "parades_contribution",
                        "ordering": ["created_at"],
                    },
                ),
                migrations.CreateModel(
                    name="ContributionEvent",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True,
                                primary_key=True,
                                serialize=False,
                                verbose_name="ID",
                            ),
                        ),
                        ("at", models.DateTimeField(default=django.utils.timezone.now)),
                        ("message", models.CharField(max_length=500)),
                        (
                            "contribution",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="events",
                                to="contributions.contribution",
                            ),
                        ),
                    ],
                    options={
                        "db_table": "parades_contributionevent",
                        "ordering": ["at", "pk"],
                    },
                ),
                migrations.AddIndex(
                    model_name="contribution",
                    index=models.Index(
                        fields=["parade", "status", "published"],
                        name="parades_con_parade__eeb08c_idx",
                    ),
                ),
                migrations.AddConstraint(
                    model_name="contribution",
                    constraint=models.UniqueConstraint(
                        fields=("parade", "canonical_url"), name="contribution_unique_per_parade"
                    ),
                ),
            ],
            database_operations=[],
        ),
    ]
