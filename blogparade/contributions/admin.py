from django.contrib import admin

from blogparade.contributions.models import Contribution


@admin.register(Contribution)
class ContributionAdmin(admin.ModelAdmin):
    list_display = ["display_title", "parade", "status", "channel", "created_at"]
    list_filter = ["status", "channel", "kind"]
    exclude = ["submitter_email"]
