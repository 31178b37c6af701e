from django.apps import AppConfig


class FediverseConfig(AppConfig):
    name = "blogparade.fediverse"
    label = "fediverse"

    def ready(self) -> None:
        from django.db.models.signals import pre_delete

        from blogparade.core.worker import register_periodic
        from blogparade.fediverse.announce import parade_deleted
        from blogparade.parades.models import Parade

        pre_delete.connect(parade_deleted, sender=Parade, dispatch_uid="fediverse-parade-deleted")
        from blogparade.fediverse.announce import (
            announce_calls,
            announce_contributions,
            follow_up,
        )
        from blogparade.fediverse.delivery import retry_deliveries
        from blogparade.fediverse.inbox import forget_seen_activities

        register_periodic(retry_deliveries, 60)
        register_periodic(announce_calls, 300)
        register_periodic(announce_contributions, 120)
        register_periodic(forget_seen_activities, 86400)
        register_periodic(follow_up, 300)
