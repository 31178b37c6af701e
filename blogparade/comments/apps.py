from django.apps import AppConfig


class CommentsConfig(AppConfig):
    name = "blogparade.comments"
    label = "comments"

    def ready(self) -> None:
        from blogparade.comments import cache  # noqa: F401  (connects the invalidation signals)
