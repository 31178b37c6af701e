"""blogparade against a real WordPress 6.1 (Debian's packages, Twenty Twenty-Three, German),
both served on loopback as users run them: ``blogparade serve`` with its in-process worker
and default limits, WordPress behind nginx and php-fpm. ``make interop`` runs this.

* A post published on WordPress arrives by Pingback with the right title, author and date
  (titles with separators of their own included).
* A reply sent to a call by Webmention (from a WordPress post) appears in the call's thread.
* A roundup's pingback appears as a pingback comment on the WordPress post.
* 50 posts published within a minute are all listed (some wait out the per-site limit).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest

from interop.wordpress import WordPress, free_port, start_wordpress

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
SLUG = "warum-bloggen"
FLOOD = "fuenfzig-beitraege"


def wait_until(check: Callable[[], object], what: str, seconds: float = 90) -> object:
    deadline = time.monotonic() + seconds
    last = None
    while time.monotonic() < deadline:
        last = check()
        if last:
            return last
        time.sleep(1)
    raise AssertionError(f"timed out waiting for {what} (last: {last!r})")


class Blogparade:
    def __init__(self, data: Path) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.env = {
            **os.environ,
            "BLOGPARADE_DATA_DIR": str(data),
            "BLOGPARADE_BASE_URL": self.url,
            "BLOGPARADE_FETCH_ALLOW_HOSTS": "127.0.0.1",
            "BLOGPARADE_EMAIL_URL": f"file://{data}/mail",
        }
        for name in (
            "BLOGPARADE_DATABASE_URL",
            "BLOGPARADE_REDIS_URL",
            "BLOGPARADE_TASKS",
            "BLOGPARADE_RATE_LIMITS",
            "BLOGPARADE_MODERATION",
        ):
            self.env.pop(name, None)
        self.proc: subprocess.Popen | None = None
        self.log = data / "serve.log"

    def cli(self, *args: str) -> str:
        done = subprocess.run(
            [str(BIN / "blogparade"), *args],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        if done.returncode != 0:
            raise AssertionError(f"blogparade {' '.join(args)}: {done.stdout}{done.stderr}")
        return done.stdout

    def start(self) -> None:
        self.cli("migrate", "--no-input")
        self.cli(
            "createhost",
            "--email",
            "host@bp.example",
            "--password",
            "pw-for-tests-1",
            "--name",
            "Hanna Host",
        )
        self.proc = subprocess.Popen(
            [str(BIN / "blogparade"), "serve", "--host", "127.0.0.1", "--port", str(self.port)],
            env=self.env,
            stdout=self.log.open("ab"),
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        wait_until(lambda: self.get("/healthz") is not None, "blogparade serve", 60)

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(20)
            except subprocess.TimeoutExpired:
                self.proc.kill()

    def get(self, path: str) -> str | None:
        try:
            with urllib.request.urlopen(self.url + path, timeout=20) as response:  # noqa: S310
                return response.read().decode()
        except OSError:
            return None

    def contributions(self, slug: str) -> list[dict]:
        body = self.get(f"/api/v1/parades/{slug}/contributions?limit=100")
        return json.loads(body)["items"] if body else []

    def shell(self, code: str) -> str:
        return self.cli("shell", "-c", code)


@pytest.fixture(scope="module")
def wordpress(tmp_path_factory) -> WordPress:
    wp = start_wordpress(tmp_path_factory.mktemp("wordpress"))
    yield wp
    wp.stop()


@pytest.fixture(scope="module")
def blogparade(tmp_path_factory) -> Blogparade:
    bp = Blogparade(tmp_path_factory.mktemp("blogparade"))
    try:
        bp.start()
        for slug, title in ((SLUG, "Warum bloggst du?"), (FLOOD, "Fünfzig Beiträge")):
            bp.cli(
                "parade",
                "create",
                "--slug",
                slug,
                "--title",
                title,
                "--opens",
                "2026-01-01T00:00:00+00:00",
                "--closes",
                "2099-12-31T23:00:00+00:00",
            )
        yield bp
    finally:
        bp.stop()
        sys.stderr.write(bp.log.read_text(errors="replace")[-4000:] if bp.log.exists() else "")


def test_a_wordpress_post_arrives_by_pingback_described_right(wordpress, blogparade):
    call = f"{blogparade.url}/p/{SLUG}/"
    post_id = wordpress.publish(
        "Warum ich blogge",
        f'<p>Meine Antwort auf die <a href="{call}">Blogparade „Warum bloggst du?“</a>.</p>'
        "<p>Ich blogge, weil ich gern schreibe und weil andere antworten. " * 3 + "</p>",
    )
    permalink = wordpress.permalink(post_id)
    wordpress.run_cron()
    [item] = wait_until(
        lambda: [c for c in blogparade.contributions(SLUG) if c["url"] == permalink],
        "the pingback to be verified and listed",
    )
    assert item["channel"] == "pingback"
    assert item["title"] == "Warum ich blogge"
    assert item["author"]["name"] == "admin"  # Twenty Twenty-Three shows the display name
    published = wordpress.php(f"echo get_post_time('c', true, {post_id});").strip()
    assert item["published"] and datetime.fromisoformat(
        item["published"]
    ) == datetime.fromisoformat(published)
    assert item["language"] == "de"


@pytest.mark.parametrize(
    "title",
    [
        "Blogparade – Warum ich blogge",
        "Warum ich blogge | Blogparade",
        "Warum ich blogge – mein Beitrag zur Blogparade",
        "Bloggen: ein Ehrenamt? – Meine Antwort",
    ],
)
def test_twenty_twenty_three_titles_are_the_posts_not_the_blogs(wordpress, blogparade, title):
    """Titles with separators of their own, as Twenty Twenty-Three shows them without
    og:site_name: the post's title, never the blog's name or a fragment."""
    call = f"{blogparade.url}/p/{SLUG}/"
    post_id = wordpress.publish(
        title,
        f'<p>Mein Beitrag zur <a href="{call}">Blogparade</a>. '
        + "Ich schreibe, weil ich gern schreibe und weil andere antworten. " * 3
        + "</p>",
    )
    permalink = wordpress.permalink(post_id)
    wordpress.run_cron()
    [item] = wait_until(
        lambda: [c for c in blogparade.contributions(SLUG) if c["url"] == permalink],
        "the pingback to be verified and listed",
    )
    assert item["title"] == title


def test_a_reply_sent_by_webmention_appears_in_the_calls_thread(wordpress, blogparade):
    call = f"{blogparade.url}/p/{SLUG}/"
    post_id = wordpress.publish(
        "Antwort auf den Aufruf",
        f'<div class="h-entry"><p><a class="u-in-reply-to" href="{call}">Zum Aufruf</a></p>'
        '<div class="e-content"><p>Gute Frage! Ich antworte am Sonntag ausführlich.</p></div>'
        "</div>",
    )
    source = wordpress.permalink(post_id)
    wordpress.run_cron()  # WordPress pings the call too: the same mention, not a second one
    status = blogparade.cli("webmention", "send", source, call).strip()
    assert status in ("201", "202")
    code = (
        "from blogparade.comments.models import Comment;"
        f"print(list(Comment.objects.filter(thread__path='/p/{SLUG}/', kind='webmention')"
        ".values_list('author', 'status', 'text')))"
    )
    rows = wait_until(
        lambda: (out := blogparade.shell(code).strip()) != "[]" and out, "the reply in the thread"
    )
    assert "Ich antworte am Sonntag" in rows and "pending" in rows  # moderated like any comment
    assert rows.count("Ich antworte am Sonntag") == 1


def test_a_published_roundup_pings_the_wordpress_post(wordpress, blogparade):
    listed = wait_until(lambda: blogparade.contributions(SLUG), "a listed contribution")
    permalink = listed[0]["url"]
    post_id = int(wordpress.php(f"echo url_to_postid('{permalink}');").strip())
    blogparade.cli("roundup", SLUG, "--format", "md", "--publish", "--yes")
    roundup = f"{blogparade.url}/p/{SLUG}/roundup/"
    comments = wait_until(
        lambda: [c for c in wordpress.pingback_comments(post_id) if c["url"].startswith(roundup)],
        "WordPress to register the roundup's pingback",
    )
    assert comments[0]["approved"] == "1"


def test_the_roundups_block_markup_is_blocks_to_wordpress(wordpress, blogparade):
    """WordPress's own parse_blocks() reads the `--format wp` export as blocks — no
    freeform (Classic) content between them — and serialises them back unchanged."""
    markup = blogparade.cli("roundup", SLUG, "--format", "wp")
    script = wordpress.state / "roundup-blocks.html"
    script.write_text(markup)
    result = json.loads(
        wordpress.php(
            f"$markup = file_get_contents('{script}');"
            "$blocks = parse_blocks($markup);"
            "$names = array_map(fn($b) => $b['blockName'], $blocks);"
            "$free = array_filter($blocks, fn($b) => $b['blockName'] === null"
            " && trim($b['innerHTML']) !== '');"
            "$items = 0; foreach ($blocks as $b) { foreach ($b['innerBlocks'] as $i)"
            " { if ($i['blockName'] === 'core/list-item') { $items++; } } }"
            "echo json_encode(['names' => array_values(array_filter($names)),"
            " 'freeform' => count($free), 'items' => $items,"
            " 'same' => serialize_blocks($blocks) === $markup]);"
        )
    )
    assert result["freeform"] == 0
    assert result["names"][0] == "core/paragraph" and "core/heading" in result["names"]
    assert "core/list" in result["names"] and result["items"] >= 1
    assert result["same"], "serialize_blocks(parse_blocks(x)) differs from x"


def test_fifty_posts_published_within_a_minute_are_all_listed(wordpress, blogparade):
    call = f"{blogparade.url}/p/{FLOOD}/"
    started = time.monotonic()
    links = []
    for n in range(50):
        # One every 0.8 s, as a script or an importer would publish: 40 s for all 50. (All 50
        # within two seconds makes WP-Cron itself drop pings: a publish that reads the cron
        # array while a run is taking its event off schedules none, and WordPress never
        # pings those.)
        time.sleep(max(0.0, started + 0.8 * n - time.monotonic()))
        post_id = wordpress.publish(
            f"Beitrag Nummer {n}",
            f'<p>Beitrag {n} zur <a href="{call}">Blogparade</a>. '
            + "Ein Absatz mit genug Text, damit er als Inhalt zählt. " * 4
            + "</p>",
        )
        links.append(wordpress.permalink(post_id))
    assert time.monotonic() - started < 60
    wordpress.run_cron()

    # Some arrive at once; the rest wait out the per-site limit and are checked a minute later.
    def listed() -> int:
        return len({c["url"] for c in blogparade.contributions(FLOOD)} & set(links))

    def all_listed() -> bool:
        wordpress.run_cron()  # WP-Cron runs on visits; a quiet blog is visited now and then
        return listed() == 50

    try:
        wait_until(all_listed, "all 50 posts to be listed", seconds=240)
    except AssertionError:
        pinged = wordpress.sql(
            "SELECT COUNT(*) FROM wordpress.wp_posts WHERE pinged LIKE '%fuenfzig%'"
        )
        states = blogparade.shell(
            "from blogparade.linkbacks.models import Mention as M; from collections import Counter;"
            "print(Counter(M.objects.values_list('status', flat=True)))"
        )
        raise AssertionError(
            f"{listed()} of 50 listed; WordPress pinged {pinged}; {states}"
        ) from None
