from django.apps import AppConfig


class LinkbacksConfig(AppConfig):
    name = "blogparade.linkbacks"
    label = "linkbacks"
