"""Registered sites get an owner: the host whose calls may live there (none: every host).

The sites of calls that exist already are registered for their hosts, oldest parade first,
unless they are registered already (those stay open to every host, as before)."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


def claim_call_sites(apps, schema_editor):
    from blogparade.core.models import origin_of, site_key

    RegisteredSite = apps.get_model("core", "RegisteredSite")
    Parade = apps.get_model("parades", "Parade")
    taken = {site_key(origin) for origin in RegisteredSite.objects.values_list("origin", flat=True)}
    for parade in Parade.objects.exclude(call_url="").order_by("created_at", "pk"):
        key = site_key(parade.call_url)
        if key is None or key in taken:
            continue
        RegisteredSite.objects.create(origin=origin_of(parade.call_url), owner_id=parade.host_id)
        taken.add(key)


class Migration(migrations.Migration):

    dependencies = [
        ('core', '0005_pageversion'),
        ('parades', '0012_parade_page_token'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name='registeredsite',
            name='owner',
            field=models.ForeignKey(blank=True, help_text="Only this host's calls may live on the site. Empty: every host's may.", null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='registered_sites', to=settings.AUTH_USER_MODEL, verbose_name='host'),
        ),
        migrations.RunPython(claim_call_sites, migrations.RunPython.noop),
    ]
