import logging
import multiprocessing
import os
import socket
import sys
import threading
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


def default_processes() -> int:
    """Request processes when ``--processes`` is not given: one per CPU core, at most four."""
    return max(1, min(os.cpu_count() or 1, 4))


def build_server(target: str, *, host: str, port: int, processes: int, threads: int):
    """granian serving the WSGI application ``target`` ("module:name") as ``serve`` does:
    ``processes`` request processes with ``threads`` threads each (the benchmarks use it for
    a fixed page on the same stack)."""
    from granian import Granian
    from granian.constants import HTTPModes, Interfaces
    from granian.http import HTTP1Settings

    # Request processes start afresh (no fork of this one, whose threads and connections
    # they must not inherit); they read the same environment.
    multiprocessing.set_start_method("spawn", force=True)
    return Granian(
        target,
        address=host,
        port=port,
        interface=Interfaces.WSGI,
        workers=processes,
        blocking_threads=threads,
        backpressure=threads,
        http=HTTPModes.http1,
        websockets=False,
        http1_settings=HTTP1Settings(header_read_timeout=30_000, keep_alive=True),
        log_level="warning",
        respawn_failed_workers=True,
        respawn_interval=1.0,
        workers_kill_timeout=20,
    )


def _wait_until_answering(host: str, port: int, seconds: float = 120) -> None:
    import http.client

    # a wildcard address is asked on loopback
    target = "::1" if host in ("::", "::0") else "127.0.0.1" if host in ("0.0.0.0", "") else host  # noqa: S104
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            conn = http.client.HTTPConnection(target, port, timeout=5)
            conn.request("GET", "/healthz")
            conn.getresponse().read()
            return
        except OSError:
            time.sleep(0.1)


def _check_port(host: str, port: int) -> None:
    """Fail in one line, before anything starts, when the address cannot be listened on."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError as exc:
            raise CommandError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None


def run_server(
    *,
    host: str,
    port: int,
    worker: bool,
    threads: int,
    stdout,
    banner: str = "",
    processes: int | None = None,
) -> None:
    """Serve ``blogparade.wsgi`` with granian: ``processes`` request processes with ``threads``
    threads each, and this process supervising them — restarting one that dies — and running
    the background task worker unless ``worker`` is false.

    Chosen by measurement (``benchmarks/server_bench.py``, README "How it is built"): on two
    cores a cached call page is answered about 23,000 times a second by granian with two
    processes, 8,400 by gunicorn with two, 3,100 by waitress with eight threads in one process;
    a page rendered for every request 72, 67 and 25 times. granian runs on Linux, macOS and
    Windows, like blogparade.
    """
    from django.db import connections

    processes = processes or default_processes()
    _check_port(host, port)
    connections.close_all()
    server = build_server(
        "blogparade.wsgi:application", host=host, port=port, processes=processes, threads=threads
    )
    started: list[object] = []
    shown_host = f"[{host}]" if ":" in host else host

    def announce() -> None:
        # Said once a request process answers, so the printed address works when it is read.
        _wait_until_answering(host, port)
        stdout.write(f"blogparade is serving at http://{shown_host}:{port}/")
        if banner:
            stdout.write(banner)
        sys.stdout.flush()

    def ready() -> None:  # the socket is bound; the request processes start next
        if worker:
            started.extend(start_background())
        threading.Thread(target=announce, name="blogparade-announce", daemon=True).start()

    server.on_startup(ready)
    server.on_shutdown(lambda: stop_background(started))
    try:
        server.serve()
    except KeyboardInterrupt:
        pass
    finally:
        stop_background(started)
        time.sleep(0.1)


class Command(BaseCommand):
    help = (
        "Serve blogparade with granian (several request processes), static files included, and "
        "a background task worker in the main process unless --no-worker."
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
        parser.add_argument(
            "--processes",
            type=int,
            default=0,
            help="request processes (default: one per CPU core, at most 4)",
        )
        parser.add_argument(
            "--threads", type=int, default=4, help="request threads per process (default 4)"
        )

    def handle(
        self,
        *args,
        host: str,
        port: int,
        no_worker: bool,
        threads: int,
        processes: int,
        **options,
    ):
        if not 0 < port < 65536:
            raise CommandError(f"--port must be between 1 and 65535, got {port}.")
        if processes < 0 or threads < 1:
            raise CommandError("--processes and --threads must be positive numbers.")
        prepare_database(self.stdout)
        run_server(
            host=host,
            port=port,
            worker=not no_worker,
            threads=threads,
            processes=processes or None,
            stdout=self.stdout,
        )
