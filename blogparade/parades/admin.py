from django.contrib import admin

from blogparade.parades.models import HostProfile, Parade


@admin.register(Parade)
class ParadeAdmin(admin.ModelAdmin):
    list_display = ["title", "slug", "host", "opens_at", "closes_at"]
    search_fields = ["title", "slug"]


admin.site.register(HostProfile)
