"""Routes of the read-only JSON API under ``/api/v1/``."""

from django.urls import path

from blogparade.syndication import api, api_mentions

urlpatterns = [
    path("mentions", api_mentions.mentions, name="api-mentions"),
    path("openapi.json", api.openapi, name="api-openapi"),
    path("parades/<slug:slug>", api.parade_detail, name="api-parade"),
    path(
        "parades/<slug:slug>/contributions",
        api.parade_contributions,
        name="api-parade-contributions",
    ),
]
