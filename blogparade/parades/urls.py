from django.urls import include, path

from blogparade.parades import views

urlpatterns = [
    path("", views.directory, name="directory"),
    path("p/<slug:slug>/", views.parade_page, name="parade"),
    path("p/<slug:slug>/thanks/", views.parade_thanks, name="parade-thanks"),
    path("", include("blogparade.parades.series_urls")),  # series and hub (issue 5)
]
