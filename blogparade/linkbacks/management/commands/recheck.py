"""``blogparade recheck``: queue the contributions (and mention retries) that are due.

Without options: everything whose ``next_check_at`` has come (what the worker's periodic job
does every 15 minutes). ``--parade SLUG``: every listed or pending contribution of a parade.
``--contribution ID``: one contribution. With ``BLOGPARADE_TASKS=immediate`` the checks run
before the command returns.
"""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError

from blogparade.contributions.models import Contribution
from blogparade.contributions.pipeline import enqueue_due_rechecks, recheck_contribution
from blogparade.parades.models import Parade


class Command(BaseCommand):
    help = "Check contributions again: those due, one parade's, or one."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--parade", metavar="SLUG")
        parser.add_argument("--contribution", metavar="ID", type=int)

    def handle(
        self, *args, parade: str | None = None, contribution: int | None = None, **options
    ) -> None:
        if contribution is not None:
            if not Contribution.objects.filter(pk=contribution).exists():
                raise CommandError(f"No contribution {contribution}.")
            recheck_contribution(contribution)
            self.stdout.write("1")
            return
        if parade:
            found = Parade.objects.filter(slug=parade).first()
            if found is None:
                raise CommandError(f"No parade {parade!r}.")
            ids = list(
                found.contributions.exclude(status=Contribution.Status.SPAM).values_list(
                    "pk", flat=True
                )
            )
            for pk in ids:
                recheck_contribution(pk)
            self.stdout.write(str(len(ids)))
            return
        self.stdout.write(str(enqueue_due_rechecks()))
