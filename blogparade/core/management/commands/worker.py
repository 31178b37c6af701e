import signal
import threading
from types import FrameType

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from blogparade.core.memory import limit_malloc_arenas
from blogparade.core.worker import Heartbeat, PeriodicRunner, Supervised, build_task_worker
from blogparade.linkbacks import pool
from blogparade.linkbacks.tasks import start_helpers


class Command(BaseCommand):
    help = "Run background tasks (verification, notifications, re-checks) until stopped."

    def add_arguments(self, parser):
        parser.add_argument(
            "--interval",
            type=float,
            default=1.0,
            help="seconds between polls when idle (db backend)",
        )
        parser.add_argument(
            "--no-periodic", action="store_true", help="do not run periodic jobs in this process"
        )

    def handle(self, *args, interval: float, no_periodic: bool, **options):
        if settings.TASKS_MODE == "immediate":
            raise CommandError(
                "BLOGPARADE_TASKS=immediate runs every task inline; there is no queue for a worker to take from."
            )
        limit_malloc_arenas()  # before any thread starts; the verification threads share heaps

        # The verification helpers start now (their forkserver sets Django up in the
        # background) and this process imports what verifying needs before its first task.
        start_helpers()
        pool.warm()
        # Supervised: an error in the task loop (the database locked for long, a full disk)
        # is logged and the loop starts again after a back-off; the process keeps running.
        # Written every few seconds: a process that stops writing is gone, and the tasks and
        # mentions it held are given back within about a minute and a half.
        heartbeat = Heartbeat().start()
        worker = Supervised(lambda: build_task_worker(interval))
        periodic = None
        if not no_periodic:
            periodic = PeriodicRunner()
            threading.Thread(target=periodic.run, name="blogparade-periodic", daemon=True).start()

        def stop(signum: int, frame: FrameType | None) -> None:
            self.stderr.write("stopping after the current task…")
            worker.running = False
            if periodic:
                periodic.running = False

        signal.signal(signal.SIGINT, stop)
        signal.signal(signal.SIGTERM, stop)
        self.stderr.write(f"blogparade worker: taking tasks from the {settings.TASKS_MODE} queue")
        try:
            worker.run()
        finally:
            heartbeat.stop()
            heartbeat.thread.join(5)
