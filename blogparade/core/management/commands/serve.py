import logging
import sys
import time

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from blogparade.core.worker import start_background, stop_background

logger = logging.getLogger("blogparade.serve")


def prepare_database(stdout) -> None:
    """Apply pending migrations (idempotent; quiet when there is nothing to do)."""
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    settings.DATA_DIR.mkdir(parents=True, exist_ok=True)
    executor = MigrationExecutor(connection)
    plan = executor.migration_plan(executor.loader.graph.leaf_nodes())
    if plan:
        stdout.write(f"Applying {len(plan)} database migration(s)…")
        call_command("migrate", interactive=False, verbosity=0)


def run_server(
    *, host: str, port: int, worker: bool, threads: int, stdout, banner: str = ""
) -> None:
    """Serve with waitress (and the task worker in this process unless ``worker`` is false)."""
    from waitress import create_server

    from blogparade.wsgi import application

    options: dict[str, object] = {
        "threads": threads,
        "ident": "blogparade",
        "clear_untrusted_proxy_headers": True,
        "channel_timeout": 60,
        "connection_limit": 200,
        # No request needs more (an avatar is at most 1 MB; imports run on the command line):
        # a larger body is refused before it is read.
        "max_request_body_size": 8 * 1024 * 1024,
    }
    if settings.TRUSTED_PROXIES:
        # waitress then rewrites REMOTE_ADDR and the scheme from these headers, for these proxies only
        options["trusted_proxy"] = " ".join(settings.TRUSTED_PROXIES)
        options["trusted_proxy_headers"] = "x-forwarded-for x-forwarded-proto"
    try:
        server = create_server(application, host=host, port=port, **options)
    except OSError as exc:
        raise CommandError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    started = start_background() if worker else []
    shown_host = f"[{host}]" if ":" in host else host
    stdout.write(f"blogparade is serving at http://{shown_host}:{port}/")
    if banner:
        stdout.write(banner)
    sys.stdout.flush()
    try:
        server.run()
    except KeyboardInterrupt:
        pass
    finally:
        stop_background(started)
        server.close()
        time.sleep(0.1)


class Command(BaseCommand):
    help = (
        "Serve blogparade with waitress (a production-grade, pure-Python WSGI server), static files "
        "included, and a background task worker in the same process unless --no-worker."
    )
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument(
            "--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)"
        )
        parser.add_argument("--port", type=int, default=8000, help="port (default 8000)")
        parser.add_argument(
            "--no-worker", action="store_true", help="run no task worker in this process"
        )
        parser.add_argument("--threads", type=int, default=8, help="request threads (default 8)")

    def handle(self, *args, host: str, port: int, no_worker: bool, threads: int, **options):
        if not 0 < port < 65536:
            raise CommandError(f"--port must be between 1 and 65535, got {port}.")
        prepare_database(self.stdout)
        run_server(host=host, port=port, worker=not no_worker, threads=threads, stdout=self.stdout)
