from django.urls import path

from blogparade.comments import dashboard, embed, feeds, import_views, isso, views

app_name = "comments"

urlpatterns = [
    # Isso's client calls these most (every page view): first, so they resolve fastest.
    *isso.urlpatterns,
    path("comments/post/", views.post, name="post"),
    path("comments/<int:comment_id>/edit/", views.edit, name="edit"),
    path("comments/<int:comment_id>/delete/", views.delete, name="delete"),
    path("comments/<int:comment_id>/like/", views.like, name="like"),
    path(
        "comments/<int:comment_id>/<str:action>/<str:token>/",
        views.moderate_link,
        name="moderate_link",
    ),
    path("comments/notify/confirm/<str:token>/", views.confirm_subscription, name="confirm"),
    path("comments/notify/unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
    path("comments/feed/", feeds.ThreadFeed(), name="feed"),
    path("comments/feed/site/", feeds.SiteFeed(), name="site_feed"),
    path("comments/count", views.count, name="count"),
    path("dashboard/comments/", dashboard.queue, name="dashboard"),
    path("dashboard/comments/act/", dashboard.act, name="dashboard_act"),
    path("dashboard/comments/privacy/", dashboard.gdpr, name="dashboard_gdpr"),
    path("dashboard/comments/email/", dashboard.preferences, name="dashboard_preferences"),
    path("dashboard/comments/blocklist/", dashboard.blocklist_editor, name="dashboard_blocklist"),
    path(
        "dashboard/comments/blocklist/<int:entry_id>/remove/",
        dashboard.blocklist_remove,
        name="dashboard_blocklist_remove",
    ),
    path("dashboard/p/<slug:slug>/import/", import_views.import_page, name="dashboard_import"),
    path(
        "dashboard/p/<slug:slug>/import/<int:job_id>/",
        import_views.import_job,
        name="dashboard_import_job",
    ),
    path(
        "dashboard/p/<slug:slug>/import/<int:job_id>/status.json",
        import_views.import_status,
        name="dashboard_import_status",
    ),
    path("embed.js", embed.embed_js, name="embed_js"),
]
