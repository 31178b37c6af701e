"""``blogparade roundup SLUG --format md|html|json|csv [--publish [--yes]]``.

Drafts (or refreshes) the parade's roundup, publishes it when asked, and prints the export on
stdout. Publishing says what it will do; publishing a parade that is still open closes it, so
it asks first (or needs ``--yes``; without a terminal it refuses). It then tells every
contribution itself, showing its progress on stderr (a bar on a terminal, a line per
contribution otherwise), and ends with what failed; publishing again retries just those. An
unknown slug is one error line on stderr and exit status 1.
"""

from __future__ import annotations

import sys
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
        parser.add_argument(
            "--yes",
            action="store_true",
            help="publish an open parade without asking (publishing closes it now)",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        parade = Parade.objects.filter(slug=options["slug"]).first()
        if parade is None:
            raise CommandError(f"no parade with the slug {options['slug']!r}")
        # The roundup speaks the parade's language, whatever the shell's locale.
        with translation.override(parade.language):
            roundup = service.draft_roundup(parade)
            if options["publish"]:
                self._confirm(parade, roundup, options["yes"])
                first = roundup.published_at is None
                try:
                    service.publish_roundup(roundup, queue=False)
                except service.NotOpenedYet:
                    raise CommandError(
                        f"{parade.slug} has not opened yet; there is nothing to round up"
                    ) from None
                status = service.send_notifications(roundup, emails=first, progress=self._progress)
                self._report(parade, status)
                roundup.refresh_from_db()
            output = service.EXPORTS[options["format"]](roundup)
        self.stdout.write(output, ending="" if output.endswith("\n") else "\n")

    def _progress(self, done: int, total: int, entry: Any) -> None:
        """One step of telling the contributions: a bar on a terminal, else a line each."""
        mark = {"sent": "sent", "failed": "FAILED"}.get(entry.notify_state, "waiting")
        if self.stderr.isatty():
            width = 30
            filled = round(width * done / total) if total else width
            bar = "#" * filled + "-" * (width - filled)
            end = "\n" if done == total else ""
            self.stderr.write(f"\rTelling the contributions [{bar}] {done}/{total}", ending=end)
            self.stderr.flush()
        else:
            self.stderr.write(f"{done}/{total} {mark}: {entry.contribution.url}")

    def _report(self, parade: Parade, status: dict[str, Any]) -> None:
        if not status["total"]:
            self.stderr.write("Published; there were no contributions to tell.")
            return
        self.stderr.write(
            f"Published; {status['sent']} of {status['total']} contribution(s) notified, "
            f"{status['failed']} failed."
        )
        for entry in status["failures"]:
            self.stderr.write(f"  {entry.contribution.url}: {entry.notification_text}")
        if status["failed"]:
            self.stderr.write(
                f"Run `blogparade roundup {parade.slug} --publish` again to retry what failed."
            )

    def _confirm(self, parade: Parade, roundup: Any, yes: bool) -> None:
        """Say what publishing will do (what the dashboard says too); an open parade needs a
        yes (asked, or ``--yes``)."""
        from blogparade.syndication.reminders import roundup_recipients

        if roundup.published_at is not None:
            return  # published before: only what failed is sent again
        preview = service.publish_preview(roundup)
        consequences = (
            f"Publishing sends {preview['linkbacks']} Webmention(s) or Pingback(s) to the "
            f"contributions, emails {preview['participants']} participant(s) and "
            f"{roundup_recipients(parade)} reminder subscriber(s)."
        )
        if not preview["closes"]:
            self.stderr.write(consequences)
            return
        closing = (
            f"“{parade.title}” is still open ({preview['days_left']} day(s) before its "
            "deadline): publishing closes it now. "
        )
        if yes:
            self.stderr.write(closing + consequences)
            return
        if not sys.stdin.isatty():
            raise CommandError(closing + consequences + " Add --yes to publish all the same.")
        self.stderr.write(closing + consequences)
        answer = input("Publish now? [y/N] ").strip().lower()
        if answer not in ("y", "yes", "j", "ja"):
            raise CommandError("not published")
