from django.apps import AppConfig


class SyndicationConfig(AppConfig):
    name = "blogparade.syndication"
    label = "syndication"

    def ready(self) -> None:
        from blogparade.contributions import signals
        from blogparade.core import privacy
        from blogparade.core.worker import register_periodic
        from blogparade.syndication.reminders import (
            gdpr_erase,
            gdpr_export,
            roundup_published,
            send_due_reminders,
        )
        from blogparade.syndication.watch import poll_due_feeds

        register_periodic(send_due_reminders, 15 * 60)
        register_periodic(poll_due_feeds, 5 * 60)
        signals.roundup_published.connect(
            lambda sender, parade, **kwargs: roundup_published(parade),
            dispatch_uid="syndication-roundup-reminders",
            weak=False,
        )
        privacy.register(privacy.Source("reminders", "reminders", gdpr_export, gdpr_erase))
