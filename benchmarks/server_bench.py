"""Which WSGI server `blogparade serve` runs: granian against gunicorn and waitress, side by side.

All three serve the same ``blogparade.wsgi:application`` over the same SQLite database (the
call page with 200 comments and 50 contributions of ``call_page_bench.py``), on this machine,
in one run, alternating A B C C B A:

* **granian**: ``blogparade serve`` as the README says (its defaults: one request process
  per core, 4 threads each, and the task worker in the supervising process);
* **gunicorn**: 2 worker processes with 4 threads each (``gthread``), as close to that as it
  goes (it does not run on Windows);
* **waitress**: one process with 8 threads, its own default being 4 (pure Python, runs
  everywhere).

Two loads, ``wrk -t2 -c16`` with a browser's headers:

* **cached**: the call page as readers get it, from the page cache;
* **rendered**: the same page with a query that the page cache leaves to Django
  (``?replytocom=1``), so every request renders 200 comments and 50 contributions.

gunicorn and waitress are no dependencies of blogparade: the script installs them (pinned)
into ``.bench/site-packages`` on its first run. Run: ``.venv/bin/python
benchmarks/server_bench.py`` (``BENCH_SECONDS`` per run, default 10).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.call_page_bench import (  # noqa: E402
    free_port,
    get_once,
    setup_blogparade,
    wait_for,
    wrk,
)

SITE = ROOT / ".bench" / "site-packages"
PINS = ["gunicorn==23.0.0", "waitress==3.0.2"]
PATHS = {"cached": "/p/bench/", "rendered": "/p/bench/?replytocom=1"}


def install_peers() -> None:
    if (SITE / "gunicorn").exists() and (SITE / "waitress").exists():
        return
    print("installing " + " ".join(PINS) + " into .bench/site-packages …", flush=True)
    pip = [sys.executable, "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    subprocess.run([*pip, "--target", str(SITE), *PINS], check=True)


def start(name: str, port: int, env: dict[str, str]) -> subprocess.Popen:
    bin_dir = Path(sys.executable).parent
    python = str(bin_dir / "python")
    if name == "granian":
        command = [str(bin_dir / "blogparade"), "serve", "--port", str(port)]
    elif name == "gunicorn":
        command = [python, "-m", "gunicorn", "blogparade.wsgi:application"]
        command += ["--bind", f"127.0.0.1:{port}", "--workers", "2", "--threads", "4"]
        command += ["--worker-class", "gthread", "--log-level", "warning"]
    else:
        command = [python, "-m", "waitress", "--listen", f"127.0.0.1:{port}", "--threads", "8"]
        command += ["blogparade.wsgi:application"]
    return subprocess.Popen(
        command,
        env={**env, "PYTHONPATH": f"{ROOT}{os.pathsep}{SITE}"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )


def main() -> None:
    if not shutil.which("wrk"):
        print("skipped: needs wrk (apt-get install wrk)")
        return
    install_peers()
    seconds = float(os.environ.get("BENCH_SECONDS", "10"))
    work = Path(tempfile.mkdtemp(prefix="bp-serverbench-"))
    env = {
        **os.environ,
        "BLOGPARADE_DATA_DIR": str(work / "data"),
        "BLOGPARADE_BASE_URL": "http://127.0.0.1",
        "DJANGO_SETTINGS_MODULE": "blogparade.settings",
        "PYTHONPATH": str(ROOT),
        "BENCH_SECONDS": str(seconds),
    }
    env.pop("BLOGPARADE_TESTING", None)
    setup_blogparade(env)
    names = ["granian", "gunicorn", "waitress"]
    ports = {name: free_port() for name in names}
    procs = {name: start(name, ports[name], env) for name in names}
    results: dict[tuple[str, str], list[dict[str, float]]] = {}
    try:
        for name in names:
            wait_for(ports[name], "/healthz")
            for path in PATHS.values():  # warm: the page cache, templates, connections
                status, *_ = get_once(ports[name], path)
                assert status == 200, (name, path, status)
        for load, path in PATHS.items():
            for name in [*names, *reversed(names)]:
                r = wrk(ports[name], path)
                results.setdefault((load, name), []).append(r)
                print(
                    f"  {load:<9} {name:<9} {r['rate']:9.1f} req/s   p50 {r['p50']:8.1f} ms"
                    f"   p99 {r['p99']:8.1f} ms   non-2xx {r['errors']:.0f}",
                    flush=True,
                )
    finally:
        for proc in procs.values():
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, 15)
        for proc in procs.values():
            try:
                proc.wait(20)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, 9)
        shutil.rmtree(work, ignore_errors=True)
    print(f"\nwrk -t2 -c16, {seconds:.0f} s per run, A B C C B A; requests/s (p99)")
    print(f"{'':10}" + "".join(f"{name:>26}" for name in names))
    for load in PATHS:
        cells = []
        for name in names:
            runs = results[(load, name)]
            rates = [r["rate"] for r in runs]
            cells.append(
                f"{min(rates):,.0f}–{max(rates):,.0f} ({max(r['p99'] for r in runs):.0f} ms)"
            )
        print(f"{load:<10}" + "".join(f"{cell:>26}" for cell in cells))
    for load in PATHS:
        ours = statistics.median(r["rate"] for r in results[(load, "granian")])
        ratios = ", ".join(
            f"{ours / statistics.median(r['rate'] for r in results[(load, n)]):.2f}× {n}"
            for n in names[1:]
        )
        print(f"granian ({load}): {ratios}")


if __name__ == "__main__":
    main()
