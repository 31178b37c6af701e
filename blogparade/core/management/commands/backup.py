from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from blogparade.core.backup import BackupError, create_backup


class Command(BaseCommand):
    help = (
        "Write a backup archive: the database (consistent while the site runs), the secret "
        "key and the uploads."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "path",
            nargs="?",
            help="where to write it (default: blogparade-backup-YYYYMMDD-HHMMSS.tar.gz here)",
        )

    def handle(self, *args, path: str | None, **options):
        target = Path(
            path or f"blogparade-backup-{timezone.localtime():%Y%m%d-%H%M%S}.tar.gz"
        ).expanduser()
        try:
            manifest = create_backup(target, say=self.stdout.write)
        except (BackupError, OSError) as exc:
            raise CommandError(str(exc)) from None
        counts = manifest.get("counts", {})
        self.stdout.write(
            f"Backup written to {target.resolve()}: {counts.get('parades_parade', 0)} parades, "
            f"{counts.get('parades_contribution', 0)} contributions, "
            f"{counts.get('comments_comment', 0)} comments. "
            "It holds email addresses and the secret key: keep it private."
        )
