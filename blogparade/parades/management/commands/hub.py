"""``blogparade hub add-feed URL | add-call URL | refresh``.

``add-feed`` subscribes to another blogparade instance's directory feed; ``add-call`` lists
one call page marked up with h-entry/h-event; ``refresh`` fetches every active source again.
Each failure is one line on stderr and exit status 1; a failed add saves nothing.
"""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from blogparade.parades import hub
from blogparade.parades.models import HubSource


class Command(BaseCommand):
    help = "List parades hosted elsewhere: add a directory feed or a call page, or refresh."

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        feed = sub.add_parser("add-feed", help="subscribe to a blogparade directory feed")
        feed.add_argument("url")
        call = sub.add_parser("add-call", help="list a call page marked up with h-entry/h-event")
        call.add_argument("url")
        sub.add_parser("refresh", help="fetch every active source again")

    def handle(self, *args: Any, **options: Any) -> None:
        action = options["action"]
        if action in ("add-feed", "add-call"):
            adder = hub.add_feed if action == "add-feed" else hub.add_call
            try:
                source = adder(options["url"])
            except hub.HubError as exc:
                raise CommandError(str(exc)) from None
            count = source.parades.count()
            self.stdout.write(f"added {source.url}: {count} parade(s)")
            return
        failed = 0
        for source in HubSource.objects.filter(active=True):
            try:
                count = hub.refresh_source(source)
            except hub.HubError as exc:
                failed += 1
                self.stderr.write(f"{source.url}: {exc}")
            else:
                self.stdout.write(f"{source.url}: {count} parade(s)")
        if failed:
            raise CommandError(f"{failed} source(s) failed")
