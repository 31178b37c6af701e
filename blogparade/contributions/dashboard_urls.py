"""Dashboard routes of the contributions app; the project's URLconf puts them in the
``dashboard`` namespace beside the parades app's own."""

from django.urls import path

from blogparade.contributions import dashboard

urlpatterns = [
    path("p/<slug:slug>/", dashboard.contributions, name="contributions"),
    path("p/<slug:slug>/moderate/", dashboard.moderate, name="moderate"),
    path("p/<slug:slug>/add/", dashboard.add, name="contribution-add"),
]
