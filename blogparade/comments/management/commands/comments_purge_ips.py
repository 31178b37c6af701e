"""Truncate commenters' IP addresses after 7 days and clear them after 30 (configurable:
COMMENTS_IP_TRUNCATE_DAYS, COMMENTS_IP_DELETE_DAYS). Run daily (cron or the task)."""

from __future__ import annotations

from django.core.management.base import BaseCommand

from blogparade.comments.privacy import purge_ips


class Command(BaseCommand):
    help = "Truncate and clear old commenter IP addresses."

    def handle(self, *args: object, **options: object) -> None:
        result = purge_ips()
        self.stdout.write(f"truncated: {result['truncated']}, cleared: {result['cleared']}")
