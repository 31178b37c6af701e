"""``blogparade roundup SLUG --format md|html|json|csv [--publish]``.

Drafts (or refreshes) the parade's roundup, publishes it when asked, and prints the export on
stdout. An unknown slug is one error line on stderr and exit status 1.
"""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import translation

from blogparade.contributions import roundup as service
from blogparade.parades.models import Parade


class Command(BaseCommand):
    help = "Draft a parade's roundup, optionally publish it, and print it as md, html, json or csv."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("slug", help="the parade's short name (as in /p/SLUG/)")
        parser.add_argument("--format", choices=sorted(service.EXPORTS), default="md")
        parser.add_argument(
            "--publish",
            action="store_true",
            help="publish it: Webmentions to every contribution, emails to participants who asked",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        parade = Parade.objects.filter(slug=options["slug"]).first()
        if parade is None:
            raise CommandError(f"no parade with the slug {options['slug']!r}")
        # The roundup speaks the parade's language, whatever the shell's locale.
        with translation.override(parade.language):
            roundup = service.draft_roundup(parade)
            if options["publish"]:
                service.publish_roundup(roundup)
                roundup.refresh_from_db()
            output = service.EXPORTS[options["format"]](roundup)
        self.stdout.write(output, ending="" if output.endswith("\n") else "\n")
