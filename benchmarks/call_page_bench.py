"""The call page as readers meet it, against WordPress 6.1's post page (issue 12).

Both pages carry the same 200 comments; the call page also lists 50 contributions. Each side
is started the way its users start it: ``blogparade serve`` as the README says (SQLite, its
defaults), and WordPress from Debian's packages (nginx, php-fpm, MariaDB; no page cache, as
installed), both on loopback, started and stopped by this script. A third server is the
stack's own limit: the same WSGI server as ``serve`` (granian, same processes and threads)
answering the call page's compressed bytes from memory, without Django.

Load comes from ``wrk -t2 -c16`` (Debian's ``wrk``) with a browser's headers
(``Accept-Encoding: gzip``, ``Accept-Language``), the sides alternating A B B A. Printed:
requests/s, p50 and p99 per run; bytes per response; one cold GET; the cold in-process render
of the page (page cache off) in ms; and the ratios. Run: ``.venv/bin/python
benchmarks/call_page_bench.py`` (root, for WordPress's services; ``BENCH_SECONDS`` per run,
default 10; ``BENCH_NO_WORDPRESS=1`` skips WordPress).
"""

from __future__ import annotations

import http.client
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SECONDS = float(os.environ.get("BENCH_SECONDS", "10"))
COMMENTS = 200
CONTRIBUTIONS = 50
HEADERS = {
    "Accept": "text/html,application/xhtml+xml",
    "Accept-Encoding": "gzip, deflate",
    "Accept-Language": "de-DE,de;q=0.9,en;q=0.8",
    "User-Agent": "Mozilla/5.0 (X11; Linux x86_64) call_page_bench",
}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(port: int, path: str, deadline: float = 90) -> None:
    started = time.monotonic()
    while time.monotonic() - started < deadline:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            conn.request("GET", path)
            if conn.getresponse().status < 500:
                return
        except OSError:
            pass
        time.sleep(0.1)
    raise SystemExit(f"the server on port {port} did not answer within {deadline:.0f} s")


def get_once(port: int, path: str) -> tuple[int, float, dict[str, str], bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    started = time.perf_counter()
    conn.request("GET", path, headers=HEADERS)
    response = conn.getresponse()
    data = response.read()
    elapsed = (time.perf_counter() - started) * 1000
    return response.status, elapsed, {k.lower(): v for k, v in response.getheaders()}, data


# --- blogparade ----------------------------------------------------------------------------

SETUP = f"""
import django, time, statistics
django.setup()
from django.core.management import call_command
call_command("migrate", verbosity=0)
from datetime import timedelta
from django.contrib.auth import get_user_model
from django.core.cache import caches
from django.test import Client
from django.utils import timezone
from blogparade.comments import services
from blogparade.comments.models import Comment
from blogparade.comments.render import render_markdown
from blogparade.contributions.models import Contribution
from blogparade.parades.models import HostProfile, Parade
from benchmarks.isso_bench import comment_rows
user = get_user_model().objects.create_user("bench@example.org", "bench@example.org", "pw-bench-1")
HostProfile.objects.create(user=user, name="Bench Host", role="Editor", bio="Measures things.")
now = timezone.now()
parade = Parade.objects.create(host=user, slug="bench", title="Was bringt euch zum Bloggen?",
    question="Was bringt euch zum Bloggen?", call_text="**Erzählt** es uns. " * 40,
    opens_at=now - timedelta(days=20), closes_at=now + timedelta(days=20), language="de")
for i in range({CONTRIBUTIONS}):
    Contribution.objects.create(parade=parade, url=f"https://blog{{i}}.example.org/post",
        canonical_url=f"https://blog{{i}}.example.org/post", title=f"Beitrag Nummer {{i}} mit Titel",
        author_name=f"Autorin {{i}}", author_url=f"https://blog{{i}}.example.org/",
        published=now - timedelta(hours=i), summary="Ein Satz als Zusammenfassung. " * 8,
        channel="webmention", status="approved", verification="verified", language="de")
thread = services.get_or_create_thread("", "/p/bench/", parade.title)
start = now - timedelta(days=2)
for i, parent, author, email, text in comment_rows({COMMENTS}):
    Comment.objects.create(pk=i, thread=thread, parent_id=parent, author=author, email=email,
        website="https://example.org/", text=text, text_html=render_markdown(text),
        status="approved", created=start + timedelta(seconds=i))
client = Client(HTTP_HOST="127.0.0.1")
from django.conf import settings
settings.PAGE_CACHE = False
times = []
for _ in range(7):
    caches["default"].clear(); caches["pages"].clear()
    t = time.perf_counter()
    assert client.get("/p/bench/").status_code == 200
    times.append((time.perf_counter() - t) * 1000)
print(f"cold render of the call page in process (page cache off, other caches emptied): "
      f"median {{statistics.median(times):.1f}} ms, best {{min(times):.1f}} ms")
"""


def setup_blogparade(env: dict[str, str]) -> None:
    proc = subprocess.run(
        [sys.executable, "-c", SETUP], env=env, cwd=ROOT, capture_output=True, text=True
    )
    if proc.returncode:
        raise SystemExit("setting up blogparade failed:\n" + proc.stderr[-3000:])
    print(proc.stdout, end="")


FIXED_APP = """
import os
from pathlib import Path
body = Path(os.environ["BENCH_FIXED_PAGE"]).read_bytes()
headers = [("Content-Type", "text/html; charset=utf-8"), ("Content-Encoding", "gzip"),
           ("Content-Length", str(len(body)))]
def app(environ, start_response):
    start_response("200 OK", headers)
    return [body]
"""

RUN_FIXED = """
import sys
from blogparade.core.management.commands.serve import build_server, default_processes
build_server("fixedpage:app", host="127.0.0.1", port=int(sys.argv[1]),
             processes=default_processes(), threads=4).serve()
"""


# --- WordPress -----------------------------------------------------------------------------


def start_wordpress(state: Path):
    from interop.wordpress import start_wordpress as start

    wp = start(state)
    post = wp.publish("Was bringt euch zum Bloggen?", "<p>" + "Erzählt es uns. " * 40 + "</p>")
    rows = [(i, p, a, e, t) for i, p, a, e, t in _rows()]
    code = ["$ids = array();"]
    for i, parent, author, email, text in rows:
        parent_expr = f"$ids[{parent}]" if parent else "0"
        code.append(
            f"$ids[{i}] = wp_insert_comment(array('comment_post_ID' => {post},"
            f" 'comment_author' => {author!r}, 'comment_author_email' => {email!r},"
            " 'comment_author_url' => 'https://example.org/',"
            f" 'comment_content' => {text!r}, 'comment_parent' => {parent_expr},"
            " 'comment_approved' => 1));"
        )
    # threaded comments shown as WordPress shows them, all on one page
    code.append("update_option('thread_comments', 1); update_option('thread_comments_depth', 5);")
    code.append("update_option('page_comments', 0);")
    wp.php("\n".join(code))
    return wp, "/" + wp.permalink(post).split("/", 3)[3]


def _rows():
    from benchmarks.isso_bench import comment_rows

    for i, parent, author, email, text in comment_rows(COMMENTS):
        yield i, parent, author, email, text.replace("'", "’")


# --- load ----------------------------------------------------------------------------------


def wrk(port: int, path: str) -> dict[str, float]:
    args = ["wrk", "-t2", "-c16", f"-d{SECONDS:.0f}s", "--latency", "--timeout", "30s"]
    for name, value in HEADERS.items():
        args += ["-H", f"{name}: {value}"]
    out = subprocess.run(
        [*args, f"http://127.0.0.1:{port}{path}"], capture_output=True, text=True, check=True
    ).stdout
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))

    def percentile(p: str) -> float:
        m = re.search(rf"^\s+{p}%\s+([\d.]+)(us|ms|s)\s*$", out, re.M)
        value, unit = float(m.group(1)), m.group(2)
        return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value

    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return {
        "rate": rate,
        "p50": percentile("50"),
        "p99": percentile("99"),
        "errors": float(errors.group(1)) if errors else 0.0,
    }


def drain(name: str, port: int, path: str) -> None:
    """WordPress keeps working through the requests queued when a run ends: wait until a
    single request is answered at once again, so the next run starts from an idle server."""
    if name != "WordPress":
        return
    for _ in range(60):
        _status, elapsed, _headers, _data = get_once(port, path)
        if elapsed < 2000:
            return


def main() -> None:
    if not shutil.which("wrk"):
        print("skipped: needs wrk (apt-get install wrk)")  # make bench runs the other scripts
        return
    from interop.wordpress import missing_packages

    if not os.environ.get("BENCH_NO_WORDPRESS") and missing_packages():
        print("WordPress left out: it needs " + " ".join(missing_packages()) + " (make interop)")
        os.environ["BENCH_NO_WORDPRESS"] = "1"
    work = Path(tempfile.mkdtemp(prefix="bp-callbench-"))
    port = free_port()
    env = {
        **os.environ,
        "BLOGPARADE_DATA_DIR": str(work / "data"),
        "BLOGPARADE_BASE_URL": f"http://127.0.0.1:{port}",
        "DJANGO_SETTINGS_MODULE": "blogparade.settings",
        "PYTHONPATH": str(ROOT),
    }
    env.pop("BLOGPARADE_TESTING", None)
    setup_blogparade(env)
    bin_dir = Path(sys.executable).parent
    serve = subprocess.Popen(
        [str(bin_dir / "blogparade"), "serve", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    procs: list[subprocess.Popen] = [serve]
    wp = None
    try:
        wait_for(port, "/healthz")
        status, cold, headers, data = get_once(port, "/p/bench/")
        assert status == 200, status
        size = len(data)
        import gzip

        plain = len(gzip.decompress(data)) if headers.get("content-encoding") == "gzip" else size
        print(
            f"blogparade: first GET {cold:.0f} ms, {plain / 1024:.0f} KB "
            f"({size / 1024:.0f} KB sent, {headers.get('content-encoding', 'identity')})"
        )
        fixed_file = work / "page.gz"
        fixed_file.write_bytes(
            data if headers.get("content-encoding") == "gzip" else gzip.compress(data)
        )
        fixed_port = free_port()
        (work / "fixedpage.py").write_text(FIXED_APP)
        fixed = subprocess.Popen(
            [sys.executable, "-c", RUN_FIXED, str(fixed_port)],
            env={
                **env,
                "BENCH_FIXED_PAGE": str(fixed_file),
                "PYTHONPATH": f"{work}{os.pathsep}{ROOT}",
            },
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        procs.append(fixed)
        wait_for(fixed_port, "/")

        sides: dict[str, tuple[int, str]] = {
            "blogparade": (port, "/p/bench/"),
            "fixed page": (fixed_port, "/"),
        }
        if not os.environ.get("BENCH_NO_WORDPRESS"):
            wp, wp_path = start_wordpress(work / "wordpress")
            status, wp_cold, wp_headers, wp_data = get_once(wp.port, wp_path)
            assert status == 200, (status, wp_path)
            shown = wp_data.count(b"comment-author")
            print(
                f"WordPress: first GET {wp_cold:.0f} ms, {len(wp_data) / 1024:.0f} KB sent "
                f"({wp_headers.get('content-encoding', 'identity')}), "
                f"{shown} comment authors on the page"
            )
            sides["WordPress"] = (wp.port, wp_path)
        for name, (p, path) in sides.items():
            wrk(p, path)  # warm-up
            drain(name, p, path)
        results: dict[str, list[dict[str, float]]] = {name: [] for name in sides}
        order = list(sides) + list(reversed(list(sides)))
        for name in order:
            p, path = sides[name]
            r = wrk(p, path)
            drain(name, p, path)
            results[name].append(r)
            print(
                f"  {name:<11} {r['rate']:9.1f} req/s   p50 {r['p50']:8.1f} ms   "
                f"p99 {r['p99']:8.1f} ms   non-2xx {r['errors']:.0f}"
            )
        print()
        print(f"{'':<12}{'req/s':>22}{'p50 ms':>18}{'p99 ms':>18}")
        for name, runs in results.items():
            rates = [r["rate"] for r in runs]
            print(
                f"{name:<12}{min(rates):>10.1f}–{max(rates):<10.1f}"
                f"{statistics.median(r['p50'] for r in runs):>18.1f}"
                f"{max(r['p99'] for r in runs):>18.1f}"
            )
        ours = statistics.median(r["rate"] for r in results["blogparade"])
        limit = statistics.median(r["rate"] for r in results["fixed page"])
        print(f"\nblogparade / fixed page on the same server: {ours / limit:.2f}×")
        if "WordPress" in results:
            theirs = statistics.median(r["rate"] for r in results["WordPress"])
            print(f"blogparade / WordPress: {ours / theirs:.0f}×")
    finally:
        for proc in procs:
            if proc.poll() is None:
                os.killpg(proc.pid, 15)
        for proc in procs:
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, 9)
        if wp is not None:
            wp.stop()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
