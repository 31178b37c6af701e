from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "blogparade.core"
    label = "core"

    def ready(self) -> None:
        from blogparade.core.housekeeping import checkpoint_wal, prune_task_results
        from blogparade.core.ratelimit import purge_expired
        from blogparade.core.worker import register_periodic

        register_periodic(purge_expired, 3600)
        register_periodic(prune_task_results, 3600)
        register_periodic(checkpoint_wal, 300)
        from blogparade.core.health import HEARTBEAT_EVERY, heartbeat

        register_periodic(heartbeat, HEARTBEAT_EVERY)
        from blogparade.core.worker import recover_from_dead_workers, recovery_interval

        register_periodic(recover_from_dead_workers, recovery_interval())
        # the admin signs in through the same throttled form as the dashboard
        from django.contrib import admin

        from blogparade.core import login

        admin.site.login_form = login.ThrottledAdminAuthenticationForm
