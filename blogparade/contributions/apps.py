from django.apps import AppConfig
from django.db.models.signals import post_migrate


class ContributionsConfig(AppConfig):
    name = "blogparade.contributions"
    label = "contributions"

    def ready(self) -> None:
        from blogparade.contributions.models import Contribution
        from blogparade.core.metrics import by_status, register_gauge

        register_gauge(
            "blogparade_contributions", "Contributions by status.", by_status(Contribution)
        )
        from blogparade.contributions import pagecache  # noqa: F401  (page versions)
        from blogparade.contributions.indexes import ensure_contributor_url_index
        from blogparade.contributions.notify import send_host_digests, tell_hosts_deadline_nears
        from blogparade.contributions.pipeline import enqueue_due_rechecks
        from blogparade.contributions.privacy import SOURCES
        from blogparade.contributions.roundup import draft_due_roundups
        from blogparade.core import privacy
        from blogparade.core.worker import register_periodic

        post_migrate.connect(
            ensure_contributor_url_index,
            sender=self,
            dispatch_uid="contributions-contributor-url-index",
        )
        register_periodic(enqueue_due_rechecks, 15 * 60)
        register_periodic(send_host_digests, 3600)
        register_periodic(tell_hosts_deadline_nears, 3600)
        register_periodic(draft_due_roundups, 15 * 60)
        for source in SOURCES:
            privacy.register(source)
