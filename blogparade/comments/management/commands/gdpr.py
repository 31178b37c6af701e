"""``blogparade gdpr export EMAIL`` (JSON on stdout) and ``blogparade gdpr erase EMAIL``."""

from __future__ import annotations

import json

from django.core.management.base import BaseCommand, CommandError, CommandParser

from blogparade.core import privacy


class Command(BaseCommand):
    help = "Export or erase everything stored for one email address."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("action", choices=["export", "erase"])
        parser.add_argument("email")

    def handle(self, *args: object, action: str, email: str, **options: object) -> None:
        if "@" not in email:
            raise CommandError("EMAIL must be an email address.")
        if action == "export":
            self.stdout.write(json.dumps(privacy.export(email), indent=2, ensure_ascii=False))
        else:
            counts = privacy.erase(email)
            self.stdout.write(", ".join(f"{k}: {v}" for k, v in counts.items()))
