from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "blogparade.core"
    label = "core"

    def ready(self) -> None:
        from blogparade.core.ratelimit import purge_expired
        from blogparade.core.worker import register_periodic

        register_periodic(purge_expired, 3600)
