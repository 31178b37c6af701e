"""Routes of the JSON API under ``/api/v1/`` (included from ``blogparade.linkbacks.urls``)."""

from django.urls import path

from blogparade.parades import api

urlpatterns = [
    path("openapi.json", api.openapi, name="api-openapi"),
    path("parades/<slug:slug>", api.parade_detail, name="api-parade"),
    path(
        "parades/<slug:slug>/contributions",
        api.parade_contributions,
        name="api-parade-contributions",
    ),
]
