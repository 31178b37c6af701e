from django.contrib import admin

from blogparade.parades.models import Contribution, HostProfile, Parade


@admin.register(Parade)
class ParadeAdmin(admin.ModelAdmin):
    list_display = ["title", "slug", "host", "opens_at", "closes_at"]
    search_fields = ["title", "slug"]


@admin.register(Contribution)
class ContributionAdmin(admin.ModelAdmin):
    list_display = ["display_title", "parade", "status", "channel", "created_at"]
    list_filter = ["status", "channel", "kind"]
    exclude = ["submitter_email"]


admin.site.register(HostProfile)
