from django.apps import AppConfig
from django.db.models.signals import post_migrate


class ContributionsConfig(AppConfig):
    name = "blogparade.contributions"
    label = "contributions"

    def ready(self) -> None:
        from blogparade.contributions.indexes import ensure_contributor_url_index

        post_migrate.connect(
            ensure_contributor_url_index,
            sender=self,
            dispatch_uid="contributions-contributor-url-index",
        )
