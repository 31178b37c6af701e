from django.apps import AppConfig


class ParadesConfig(AppConfig):
    name = "blogparade.parades"
    label = "parades"
