from django.apps import AppConfig


class ParadesConfig(AppConfig):
    name = "blogparade.parades"
    label = "parades"

    def ready(self) -> None:
        from blogparade.core import privacy
        from blogparade.core.worker import register_periodic
        from blogparade.parades import pagecache  # noqa: F401  (connects the page versions)
        from blogparade.parades.hub import refresh_due_sources
        from blogparade.parades.privacy import SOURCES
        from blogparade.parades.series import remind_next_hosts

        register_periodic(remind_next_hosts, 3600)
        register_periodic(refresh_due_sources, 15 * 60)
        for source in SOURCES:
            privacy.register(source)
