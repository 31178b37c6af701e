from django.urls import path

from blogparade.contributions import dashboard

app_name = "contributions"

urlpatterns = [
    path("p/<slug:slug>/add/", dashboard.add, name="add"),
]
