from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from blogparade.core.backup import BackupError, restore_backup


class Command(BaseCommand):
    help = (
        "Restore a backup archive made by `blogparade backup` into this installation, then "
        "apply the migrations. Stop `serve` and `worker` first."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", help="the backup archive (.tar.gz)")
        parser.add_argument(
            "--force",
            action="store_true",
            help="replace a database that already holds data",
        )

    def handle(self, *args, path: str, force: bool, **options):
        try:
            manifest = restore_backup(Path(path).expanduser(), force=force, say=self.stdout.write)
        except (BackupError, OSError) as exc:
            raise CommandError(str(exc)) from None
        counts = manifest.get("counts", {})
        self.stdout.write(
            f"Restored the backup of {manifest.get('created_at', '?')} "
            f"(blogparade {manifest.get('blogparade', '?')}): "
            f"{counts.get('parades_parade', 0)} parades, "
            f"{counts.get('parades_contribution', 0)} contributions, "
            f"{counts.get('comments_comment', 0)} comments."
        )
