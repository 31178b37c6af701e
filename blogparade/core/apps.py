from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "blogparade.core"
    label = "core"
