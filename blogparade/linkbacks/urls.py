from django.urls import path

from blogparade.linkbacks import views

urlpatterns = [
    path("webmention", views.webmention, name="webmention"),
    path("webmention/status/<str:token>", views.webmention_status, name="webmention-status"),
    path("xmlrpc", views.xmlrpc, name="xmlrpc"),
]
