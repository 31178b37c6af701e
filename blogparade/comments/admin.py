from django.contrib import admin

from blogparade.comments.models import Blocklist, Thread


@admin.register(Blocklist)
class BlocklistAdmin(admin.ModelAdmin):
    list_display = ("kind", "value", "note", "created_at")
    list_filter = ("kind",)
    search_fields = ("value", "note")


@admin.register(Thread)
class ThreadAdmin(admin.ModelAdmin):
    list_display = ("title", "site", "path", "created_at")
    search_fields = ("title", "path")
