from django.contrib import admin

from blogparade.linkbacks.models import Mention


@admin.register(Mention)
class MentionAdmin(admin.ModelAdmin):
    list_display = ("source", "target", "type", "status", "parade", "updated_at")
    list_filter = ("status", "type", "protocol")
    search_fields = ("source", "target")
    raw_id_fields = ("parade", "contribution")
