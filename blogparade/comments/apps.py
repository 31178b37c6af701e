from django.apps import AppConfig


class CommentsConfig(AppConfig):
    name = "blogparade.comments"
    label = "comments"
