from django.urls import path

from blogparade.parades import views

urlpatterns = [
    path("", views.directory, name="directory"),
    path("p/<slug:slug>/", views.parade_page, name="parade"),
]
