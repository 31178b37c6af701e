from django.apps import AppConfig
from django.db.models.signals import post_migrate


class ParadesConfig(AppConfig):
    name = "blogparade.parades"
    label = "parades"

    def ready(self) -> None:
        from blogparade.parades.indexes import ensure_contributor_url_index

        post_migrate.connect(
            ensure_contributor_url_index, sender=self, dispatch_uid="parades-contributor-url-index"
        )
