"""Routes of the fediverse side: discovery under ``/.well-known/``, actors under ``/ap/``."""

from django.urls import path

from blogparade.fediverse import dashboard, views

app_name = "fediverse"

urlpatterns = [
    path(".well-known/webfinger", views.webfinger, name="webfinger"),
    path(".well-known/nodeinfo", views.nodeinfo_links, name="nodeinfo-links"),
    path("nodeinfo/2.1", views.nodeinfo, name="nodeinfo"),
    path("ap/inbox", views.shared_inbox, name="shared-inbox"),
    path("ap/instance", views.instance, name="instance"),
    path("ap/instance/inbox", views.instance_inbox, name="instance-inbox"),
    path("ap/p/<slug:slug>", views.actor, name="actor"),
    path("ap/p/<slug:slug>/inbox", views.parade_inbox, name="inbox"),
    path("ap/p/<slug:slug>/outbox", views.outbox, name="outbox"),
    path("ap/p/<slug:slug>/followers", views.followers, name="followers"),
    path("ap/p/<slug:slug>/following", views.following, name="following"),
    path("ap/p/<slug:slug>/featured", views.featured, name="featured"),
    path("ap/p/<slug:slug>/call", views.call, name="call"),
    path("ap/p/<slug:slug>/header.png", views.header, name="header"),
    path("ap/p/<slug:slug>/follow", views.remote_follow, name="remote-follow"),
    path("dashboard/p/<slug:slug>/fediverse/", dashboard.parade_fediverse, name="dashboard"),
]
