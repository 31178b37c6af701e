from django.urls import include, path

from blogparade.linkbacks import api, views

urlpatterns = [
    path("webmention", views.webmention, name="webmention"),
    path("webmention/status/<str:token>", views.webmention_status, name="webmention-status"),
    path("xmlrpc", views.xmlrpc, name="xmlrpc"),
    path("api/v1/mentions", api.mentions, name="api-mentions"),
    path("api/v1/", include("blogparade.parades.api_urls")),
]
