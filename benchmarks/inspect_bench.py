"""Median time of `inspect` per page over tests/corpus.

Figures: describe() in-process (what the pipeline pays per page), the same for a classic
WordPress post with 1, 50 and 200 comments inside its `hentry`, and the
`blogparade inspect FILE --json` console script end to end (process start included).

    .venv/bin/python benchmarks/inspect_bench.py [--rounds N] [--cli-rounds N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "corpus"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--cli-rounds", type=int, default=1)
    args = parser.parse_args()

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "blogparade.settings")
    import django

    django.setup()
    from blogparade.fetch.extract import check_link, describe

    pages = [(p, p.read_bytes()) for p in sorted(CORPUS.glob("*.html"))]
    for _path, html in pages:  # warm up imports and caches
        describe(html, "https://bench.example/post/")

    per_page: list[float] = []
    checks: list[float] = []
    for path, html in pages:
        times = []
        for _ in range(args.rounds):
            started = time.perf_counter()
            describe(html, "https://bench.example/post/")
            times.append(time.perf_counter() - started)
        per_page.append(statistics.median(times))
        started = time.perf_counter()
        check_link(html, "https://bench.example/post/", "https://parade.example/p/warum-bloggen/")
        checks.append(time.perf_counter() - started)
        print(
            f"  {path.stem:28} {len(html) / 1024:6.1f} KB  describe {statistics.median(times) * 1000:7.1f} ms"
        )
    print(
        f"describe(): median {statistics.median(per_page) * 1000:.1f} ms/page, max {max(per_page) * 1000:.1f} ms ({len(pages)} pages, {args.rounds} rounds)"
    )
    print(f"check_link(): median {statistics.median(checks) * 1000:.1f} ms/page")

    # A popular post of a classic WordPress theme: its comments (each with a vcard) sit inside
    # the post's `hentry` element.
    post = (CORPUS / "wordpress-yoast-en.html").read_text(encoding="utf-8")
    comment = post[post.index('<li id="comment-12"') : post.index("</ol>")]
    for count in (1, 50, 200):
        html = post.replace(comment, comment * count).encode()
        times = []
        for _ in range(max(1, args.rounds // 4)):
            started = time.perf_counter()
            describe(html, "https://bench.example/post/")
            times.append(time.perf_counter() - started)
        print(
            f"describe(): WordPress post with {count:3} comments ({len(html) / 1024:.0f} KB): "
            f"{statistics.median(times) * 1000:.1f} ms"
        )

    cli = Path(sys.executable).with_name("blogparade")
    if args.cli_rounds and cli.exists():
        runs = []
        with tempfile.TemporaryDirectory() as data_dir:
            env = dict(os.environ, BLOGPARADE_DATA_DIR=data_dir, BLOGPARADE_LOG_LEVEL="WARNING")
            for _ in range(args.cli_rounds):
                for path, _html in pages:
                    started = time.perf_counter()
                    subprocess.run(
                        [
                            str(cli),
                            "inspect",
                            str(path),
                            "--json",
                            "--base-url",
                            "https://bench.example/post/",
                        ],
                        check=True,
                        capture_output=True,
                        env=env,
                    )
                    runs.append(time.perf_counter() - started)
        print(
            f"`blogparade inspect FILE --json`: median {statistics.median(runs) * 1000:.0f} ms/page end to end ({len(runs)} runs)"
        )


if __name__ == "__main__":
    main()
