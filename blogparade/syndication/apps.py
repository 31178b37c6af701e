from django.apps import AppConfig


class SyndicationConfig(AppConfig):
    name = "blogparade.syndication"
    label = "syndication"
