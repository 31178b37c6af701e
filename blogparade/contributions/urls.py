from django.urls import path

from blogparade.contributions import views

urlpatterns = [
    path("p/<slug:slug>/take-part/", views.parade_submit, name="parade-submit"),
]
