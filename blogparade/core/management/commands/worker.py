import argparse
import gc
import os
import signal
import subprocess
import sys
import threading
import time
from types import FrameType

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from blogparade.core.memory import limit_malloc_arenas
from blogparade.core.worker import Heartbeat, PeriodicRunner, TaskThreads, end_with
from blogparade.linkbacks.tasks import warm


def default_processes() -> int:
    """``BLOGPARADE_WORKER_PROCESSES``, or one process per CPU core when it is 0."""
    return max(1, settings.WORKER_PROCESSES or os.cpu_count() or 1)


class Copies:
    """The other worker processes of a ``worker --processes N``: each is ``blogparade worker
    --processes 1`` with the same threads and interval and no periodic jobs, and ends when
    this process ends (even by ``kill -9``). One that exits while this one runs is started
    again after a back-off (1 s, doubling, at most 30 s), so a crash never leaves the queue
    with fewer workers than asked for."""

    def __init__(self, count: int, threads: int, interval: float, stderr) -> None:
        self.command = [
            sys.executable,
            "-m",
            "blogparade.cli",
            "worker",
            "--processes",
            "1",
            "--threads",
            str(threads),
            "--interval",
            str(interval),
            "--no-periodic",
        ]
        self.count = count
        self.stderr = stderr
        self.running = True
        self.processes: list[subprocess.Popen] = []
        self._wake = threading.Event()
        self.thread = threading.Thread(target=self._watch, name="blogparade-copies", daemon=True)

    def _start_one(self) -> subprocess.Popen:
        return subprocess.Popen([*self.command, "--copy-of", str(os.getpid())])

    def start(self) -> "Copies":
        self.processes = [self._start_one() for _ in range(self.count)]
        self.thread.start()
        return self

    def _watch(self) -> None:
        backoff = 1.0
        while self.running:
            for index, process in enumerate(self.processes):
                code = process.poll()
                if code is None or not self.running:
                    continue
                self.stderr.write(
                    f"a worker process ({process.pid}) ended with {code}; starting another "
                    f"in {backoff:.0f} s"
                )
                if self._wake.wait(backoff) or not self.running:
                    return
                backoff = min(backoff * 2, 30.0)
                self.processes[index] = self._start_one()
            if self._wake.wait(1.0):
                return

    def stop(self, timeout: float = 30.0) -> None:
        """Ask every copy to stop after its current task (SIGTERM) and wait for them."""
        self.running = False
        self._wake.set()
        for process in self.processes:
            if process.poll() is None:
                process.terminate()
        deadline = time.monotonic() + timeout
        for process in self.processes:
            try:
                process.wait(max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                process.kill()


class Command(BaseCommand):
    help = "Run background tasks (verification, notifications, re-checks) until stopped."

    def add_arguments(self, parser):
        parser.add_argument(
            "--processes",
            type=int,
            default=None,
            help="worker processes: this one and copies it starts "
            "(default BLOGPARADE_WORKER_PROCESSES, or one per CPU core)",
        )
        parser.add_argument(
            "--threads",
            type=int,
            default=None,
            help="task threads in each process (default BLOGPARADE_WORKER_THREADS, 16)",
        )
        parser.add_argument(
            "--interval",
            type=float,
            default=1.0,
            help="seconds between polls when idle (db backend)",
        )
        parser.add_argument(
            "--no-periodic", action="store_true", help="do not run periodic jobs in this process"
        )
        # Given to the copies a worker starts: the worker's pid (a copy ends with it).
        parser.add_argument("--copy-of", type=int, default=None, help=argparse.SUPPRESS)

    def handle(
        self,
        *args,
        processes: int | None,
        threads: int | None,
        interval: float,
        no_periodic: bool,
        copy_of: int | None = None,
        **options,
    ):
        if settings.TASKS_MODE == "immediate":
            raise CommandError(
                "BLOGPARADE_TASKS=immediate runs every task inline; there is no queue for a worker to take from."
            )
        processes = default_processes() if processes is None else processes
        threads = settings.WORKER_THREADS if threads is None else threads
        if processes < 1 or threads < 1:
            raise CommandError("--processes and --threads must be positive numbers.")
        if interval <= 0:
            raise CommandError("--interval must be a positive number of seconds.")
        if copy_of:
            end_with(copy_of)  # a copy: it ends with the worker that started it
        limit_malloc_arenas()  # before any thread starts; the task threads share heaps

        # This process imports what verifying needs before its first task. What is loaded
        # now lives as long as the process: kept out of the cyclic garbage collector, whose
        # full passes would otherwise walk it again and again while pages are parsed.
        warm()
        gc.collect()
        gc.freeze()
        # Written every few seconds: a process that stops writing is gone, and the tasks and
        # mentions it held are given back within about a minute and a half.
        heartbeat = Heartbeat().start()
        copies = Copies(processes - 1, threads, interval, self.stderr) if processes > 1 else None
        if copies:
            copies.start()
        # Each thread supervised: an error in its task loop (the database locked for long, a
        # full disk) is logged and the loop starts again after a back-off.
        workers = TaskThreads(threads, interval)
        periodic = None
        if not no_periodic:
            periodic = PeriodicRunner()
            threading.Thread(target=periodic.run, name="blogparade-periodic", daemon=True).start()

        def stop(signum: int, frame: FrameType | None) -> None:
            self.stderr.write("stopping after the current tasks…")
            workers.running = False
            if periodic:
                periodic.running = False
            if copies:
                threading.Thread(target=copies.stop, daemon=True).start()

        signal.signal(signal.SIGINT, stop)
        signal.signal(signal.SIGTERM, stop)
        if not copy_of:
            self.stderr.write(
                f"blogparade worker: taking tasks from the {settings.TASKS_MODE} queue "
                f"({processes} process(es), {threads} thread(s) each)"
            )
        try:
            workers.run()
        finally:
            if copies:
                copies.stop()
            heartbeat.stop()
            heartbeat.thread.join(5)
