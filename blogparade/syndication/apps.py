from django.apps import AppConfig


class SyndicationConfig(AppConfig):
    name = "blogparade.syndication"
    label = "syndication"

    def ready(self) -> None:
        from blogparade.core.worker import register_periodic
        from blogparade.syndication.reminders import send_due_reminders
        from blogparade.syndication.watch import poll_due_feeds

        register_periodic(send_due_reminders, 15 * 60)
        register_periodic(poll_due_feeds, 5 * 60)
