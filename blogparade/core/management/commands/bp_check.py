from io import StringIO

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError, connection
from django.db.migrations.executor import MigrationExecutor


class Command(BaseCommand):
    help = "Check the configuration and the database; exit non-zero on a problem."
    requires_system_checks = []

    def handle(self, *args, **options):
        problems = []
        call_command("check", verbosity=0, stdout=StringIO())
        db = settings.DATABASES["default"]
        self.stdout.write(f"data dir:  {settings.DATA_DIR}")
        self.stdout.write(f"base URL:  {settings.BASE_URL}")
        self.stdout.write(f"database:  {db['ENGINE'].rsplit('.', 1)[-1]} {db.get('NAME')}")
        self.stdout.write(f"tasks:     {settings.TASKS_MODE}")
        self.stdout.write(f"email:     {settings.MAIL_DELIVERY_BACKEND.rsplit('.', 2)[-2]}")
        try:
            with connection.cursor() as cursor:
                cursor.execute("SELECT 1")
            executor = MigrationExecutor(connection)
            pending = executor.migration_plan(executor.loader.graph.leaf_nodes())
            if pending:
                problems.append(
                    f"{len(pending)} migration(s) pending: run `blogparade migrate` (serve does it too)"
                )
        except DatabaseError as exc:
            problems.append(f"the database does not answer: {exc}")
        if settings.TASKS_MODE == "rq" or settings.REDIS_URL:
            try:
                import redis

                redis.Redis.from_url(settings.REDIS_URL, socket_connect_timeout=3).ping()
                self.stdout.write("redis:     ok")
            except Exception as exc:
                problems.append(f"Redis does not answer at BLOGPARADE_REDIS_URL: {exc}")
        if settings.HTTPS and settings.DEBUG:
            problems.append("BLOGPARADE_DEBUG is on for an https site; turn it off in production")
        if settings.FETCH_ALLOW_HOSTS:
            self.stderr.write(
                "warning: BLOGPARADE_FETCH_ALLOW_HOSTS opens private hosts to the fetcher; use it for tests only"
            )
        if problems:
            raise CommandError("; ".join(problems))
        self.stdout.write("All good.")
