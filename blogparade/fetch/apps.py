from django.apps import AppConfig


class FetchConfig(AppConfig):
    name = "blogparade.fetch"
    label = "fetch"
