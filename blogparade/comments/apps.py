from django.apps import AppConfig


class CommentsConfig(AppConfig):
    name = "blogparade.comments"
    label = "comments"

    def ready(self) -> None:
        from blogparade.comments.models import Comment
        from blogparade.core.metrics import by_status, register_gauge

        register_gauge("blogparade_comments", "Comments by status.", by_status(Comment))
        from blogparade.comments import cache  # noqa: F401  (connects the invalidation signals)
        from blogparade.comments.mentions import reply_received
        from blogparade.comments.notify import send_daily_digests
        from blogparade.comments.privacy import SOURCES
        from blogparade.comments.tasks import prune_import_uploads, purge_ips
        from blogparade.core import privacy
        from blogparade.core.signals import reply_received as reply_signal
        from blogparade.core.worker import register_periodic

        register_periodic(purge_ips, 6 * 3600)
        register_periodic(send_daily_digests, 3600)
        register_periodic(prune_import_uploads, 6 * 3600)
        for source in SOURCES:
            privacy.register(source)
        reply_signal.connect(reply_received, dispatch_uid="comments-replies-from-other-sites")
