from django.apps import AppConfig


class LinkbacksConfig(AppConfig):
    name = "blogparade.linkbacks"
    label = "linkbacks"

    def ready(self) -> None:
        from blogparade.core.metrics import by_status, register_gauge
        from blogparade.linkbacks.models import Mention

        register_gauge(
            "blogparade_mentions",
            "Webmentions and pingbacks by verification status.",
            by_status(Mention),
        )
        from blogparade.contributions.signals import contribution_gone
        from blogparade.core.signals import linkback_imported, workers_gone
        from blogparade.core.worker import register_periodic
        from blogparade.linkbacks import pagecache  # noqa: F401  (reactions change pages)
        from blogparade.linkbacks.receive import store_imported
        from blogparade.linkbacks.tasks import enqueue_due_mentions, free_claims_of
        from blogparade.linkbacks.verify import mentions_gone

        register_periodic(enqueue_due_mentions, 60)  # deferred and retried mentions
        contribution_gone.connect(mentions_gone, dispatch_uid="linkbacks-mentions-gone")
        linkback_imported.connect(store_imported, dispatch_uid="linkbacks-imported")
        workers_gone.connect(free_claims_of, dispatch_uid="linkbacks-free-claims")
