"""One parade per call address (``call_url``): mentions of it and comments on it go to one
host, so no host can take over another's call.

Before the constraint, a ``call_url`` that several parades share stays with the oldest of
them; the later ones lose it (their pages and contributions stay), and each is named on the
console so the operator can tell their hosts.
"""

from django.db import migrations, models


def keep_oldest(apps, schema_editor):
    Parade = apps.get_model("parades", "Parade")
    seen: set[str] = set()
    for parade in Parade.objects.exclude(call_url="").order_by("created_at", "pk"):
        if parade.call_url in seen:
            print(  # noqa: T201 - the operator must hear of it
                f"\n  parade {parade.slug!r}: its call address {parade.call_url} belongs to an "
                "older parade; removed from this one."
            )
            Parade.objects.filter(pk=parade.pk).update(call_url="")
        else:
            seen.add(parade.call_url)


class Migration(migrations.Migration):
    dependencies = [("parades", "0010_parade_notify_host")]

    operations = [
        migrations.RunPython(keep_oldest, migrations.RunPython.noop, elidable=False),
        migrations.AddConstraint(
            model_name="parade",
            constraint=models.UniqueConstraint(
                condition=models.Q(("call_url", ""), _negated=True),
                fields=("call_url",),
                name="parade_call_url_unique",
            ),
        ),
    ]
