"""``blogparade reindex``: rebuild the directory's full-text index.

SQLite: refills the FTS5 table from the parades (triggers keep it current; this repairs it
after a restore or a manual edit of the database file). PostgreSQL: REINDEX of the GIN
index. Prints the number of parades indexed.
"""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand
from django.db import transaction

from blogparade.parades import search


class Command(BaseCommand):
    help = "Rebuild the full-text search index of the parade directory."

    def handle(self, *args: Any, **options: Any) -> None:
        with transaction.atomic():
            count = search.rebuild_index()
        self.stdout.write(f"indexed {count} parades")
