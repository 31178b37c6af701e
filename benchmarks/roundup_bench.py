"""Roundup of a parade with 500 contributions: time to draft (stats, timeline, themes,
citations, entries) and to export. Target: draft < 2 s. Prints the figures.

    .venv/bin/python benchmarks/roundup_bench.py [--contributions 500]

Runs against a throw-away SQLite database in a temporary data dir.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

WORDS = [
    "open",
    "web",
    "independent",
    "blogs",
    "webmention",
    "feeds",
    "readers",
    "platform",
    "ownership",
    "data",
    "privacy",
    "community",
    "writing",
    "conversation",
    "carnival",
    "indieweb",
    "garden",
    "notes",
    "links",
    "search",
    "algorithm",
    "newsletter",
    "fediverse",
    "mastodon",
    "comments",
    "archive",
    "domain",
    "hosting",
    "static",
    "sites",
]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--contributions", type=int, default=500)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    tmp = tempfile.mkdtemp(prefix="bp-bench-")
    os.environ["BLOGPARADE_DATA_DIR"] = tmp
    os.environ.setdefault("BLOGPARADE_TASKS", "immediate")
    os.environ.setdefault("BLOGPARADE_RATE_LIMITS", "off")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "blogparade.settings")
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.core.management import call_command
    from django.utils import timezone

    from blogparade.contributions import roundup as service
    from blogparade.contributions.models import Contribution, Contributor
    from blogparade.parades.models import Parade

    call_command("migrate", verbosity=0)
    rng = random.Random(5)
    host = get_user_model().objects.create_user("bench", password="bench-password")
    now = timezone.now()
    parade = Parade.objects.create(
        host=host, slug="bench", title="Bench", opens_at=now - dt.timedelta(days=40), closes_at=now
    )
    people = [
        Contributor(
            name=f"Person {i}", domain=f"person{i}.example", url=f"https://person{i}.example/"
        )
        for i in range(100)
    ]
    Contributor.objects.bulk_create(people)
    people = list(Contributor.objects.all())
    rows = []
    for i in range(args.contributions):
        who = rng.choice(people)
        lang = "de" if i % 5 == 0 else "en"
        summary = " ".join(rng.choice(WORDS) for _ in range(80)) + "."
        rows.append(
            Contribution(
                parade=parade,
                contributor=who,
                url=f"https://{who.domain}/post-{i}/",
                canonical_url=f"{who.domain}/post-{i}",
                title=" ".join(rng.choice(WORDS) for _ in range(6)).title(),
                author_name=who.name,
                author_url=who.url,
                published=parade.opens_at + dt.timedelta(hours=rng.randrange(40 * 24)),
                summary=summary,
                language=lang,
                kind=rng.choice(list(Contribution.Kind.values)),
                channel=Contribution.Channel.WEBMENTION,
                status=Contribution.Status.APPROVED,
                links=[f"https://person{rng.randrange(100)}.example/x" for _ in range(5)]
                + ["https://en.wikipedia.org/wiki/Blog"],
            )
        )
    Contribution.objects.bulk_create(rows)

    timings = []
    for i in range(args.repeat):
        start = time.perf_counter()
        roundup = service.draft_roundup(parade)
        timings.append(time.perf_counter() - start)
        label = "first draft" if i == 0 else "refresh"
        print(f"{label:>12}: {timings[-1]:.3f} s")
    for fmt, export in service.EXPORTS.items():
        start = time.perf_counter()
        size = len(export(roundup))
        print(f"{'export ' + fmt:>12}: {time.perf_counter() - start:.3f} s ({size:,} chars)")
    data = roundup.data
    print(
        f"roundup of {data['stats']['contributions']} contributions from "
        f"{data['stats']['contributors']} contributors: {len(data['themes'])} themes, "
        f"{len(data['timeline'])} days, {len(data['cited_people'])} cited people"
    )
    shutil.rmtree(tmp, ignore_errors=True)
    best = min(timings)
    print(
        f"draft_roundup({args.contributions}): best {best:.3f} s — target < 2 s: {'OK' if best < 2 else 'MISSED'}"
    )
    return 0 if timings[0] < 2 else 1


if __name__ == "__main__":
    sys.exit(main())
