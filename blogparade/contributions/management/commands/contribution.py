"""``blogparade contribution add SLUG URL [--approve [--reason TEXT]]``: the host's manual add,
through the same intake and pipeline as every other channel."""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError

from blogparade.contributions import intake
from blogparade.contributions.models import Contribution
from blogparade.parades.models import Parade


class Command(BaseCommand):
    help = "Add a contribution by hand (verified like any other)."

    def add_arguments(self, parser):
        sub = parser.add_subparsers(dest="action", required=True)
        add = sub.add_parser("add", help="add the post at URL to the parade SLUG")
        add.add_argument("slug")
        add.add_argument("url")
        add.add_argument(
            "--approve",
            action="store_true",
            help="list it even if it cannot be verified (your reason is logged)",
        )
        add.add_argument("--reason", default="", help="why you approve it despite the check")

    def handle(self, *args, action: str, slug: str, url: str, **options):
        parade = Parade.objects.select_related("host").filter(slug=slug).first()
        if parade is None:
            raise CommandError(f"no parade with the short name {slug!r}")
        try:
            contribution = intake.add_by_host(
                parade,
                url,
                approve=options["approve"],
                reason=options["reason"],
                by="the host (command line)",
            )
        except intake.IsTheCall:
            raise CommandError(
                f"{url} is the call itself; give the address of a post that answers it"
            ) from None
        except intake.InvalidURL:
            raise CommandError(
                f"not a usable address: {url!r} (it must start with http:// or https://)"
            ) from None
        status = Contribution.Status(contribution.status).label
        self.stdout.write(f"{contribution.url}\t{status}")
        if contribution.title:
            self.stdout.write(
                f"  {contribution.title}"
                + (f" — {contribution.author_name}" if contribution.author_name else "")
            )
        if contribution.reason:
            self.stdout.write(f"  {contribution.reason}")
        if contribution.status in (Contribution.Status.REJECTED, Contribution.Status.SPAM):
            raise CommandError("not listed; add --approve (with --reason) to list it all the same")
