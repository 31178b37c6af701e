from django.conf import settings
from django.contrib import admin
from django.urls import include, path, re_path
from django.views.i18n import set_language
from django.views.static import serve

from blogparade.contributions import dashboard_urls as contributions_dashboard
from blogparade.core.csrf import origin_checked
from blogparade.core.metrics import metrics_view
from blogparade.core.views import healthz, readyz
from blogparade.parades import dashboard_urls as parades_dashboard

# One ``dashboard`` namespace for the host's pages of both apps.
dashboard_urls = [*parades_dashboard.urlpatterns, *contributions_dashboard.urlpatterns]

urlpatterns = [
    # The comment API first: embedded clients call it on every page view of every blog.
    path("", include("blogparade.comments.urls")),
    path("healthz", healthz, name="healthz"),
    path("readyz", readyz, name="readyz"),
    path("metrics", metrics_view, name="metrics"),
    # the language switcher is on cached pages too, which carry no CSRF token
    path("i18n/setlang/", origin_checked(set_language), name="set_language"),
    path("admin/", admin.site.urls),
    path("dashboard/", include((dashboard_urls, "dashboard"))),
    path("", include("blogparade.linkbacks.urls")),
    path("api/v1/", include("blogparade.syndication.api_urls")),
    path("", include("blogparade.syndication.urls")),
    path("", include("blogparade.fediverse.urls")),
    path("", include("blogparade.contributions.urls")),
    path("", include("blogparade.parades.urls")),
]
# Uploads (host avatars) are few and small; serving them here keeps one process enough.
urlpatterns += [
    re_path(r"^media/(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT}),
]

# Styled, localised error pages (JSON on the APIs); see blogparade.core.errors.
handler400 = "blogparade.core.errors.bad_request"
handler403 = "blogparade.core.errors.permission_denied"
handler404 = "blogparade.core.errors.page_not_found"
handler500 = "blogparade.core.errors.server_error"
