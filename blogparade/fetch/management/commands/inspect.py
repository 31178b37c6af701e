"""``blogparade inspect SOURCE --json [--base-url URL]``.

SOURCE is an http(s) URL (fetched through the safe client) or a local HTML file. Prints one
JSON object: url, title, author {name, url, photo}, published (ISO 8601 or null), summary,
image, language, kind, links (absolute URLs of the links in the main content). ``--base-url``
is the address a file's relative links resolve against; ``--explain`` adds ``explain``, the
step of the description each field's value came from. Errors: one line on stderr, exit 2.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from urllib.parse import urlsplit

from django.core.management.base import BaseCommand

from blogparade.fetch.client import FetchError, fetch
from blogparade.fetch.extract import describe

HTML_TYPES = ("text/html", "application/xhtml+xml")


class Command(BaseCommand):
    help = "Describe a page (URL or HTML file) as blogparade sees it."
    requires_system_checks: list[str] = []

    def add_arguments(self, parser):
        parser.add_argument("source", help="an http(s) URL or a local HTML file")
        parser.add_argument("--json", action="store_true", help="print JSON (the only format)")
        parser.add_argument(
            "--base-url", default="", help="URL that relative links of a file resolve against"
        )
        parser.add_argument(
            "--explain",
            action="store_true",
            help='also say where each field came from ("explain": {field: step})',
        )

    def _fail(self, message: str) -> None:
        self.stderr.write(f"blogparade inspect: {message}")
        sys.exit(2)

    def handle(self, *args, source: str, base_url: str = "", explain: bool = False, **options):
        if urlsplit(source).scheme in ("http", "https"):
            try:
                result = fetch(source, accept=HTML_TYPES)
            except FetchError as exc:
                self._fail(exc.reason)
            if result.status >= 400:
                self._fail(f"{result.final_url} answered HTTP {result.status}")
            description = describe(result.text(), base_url or result.final_url)
        else:
            path = Path(source)
            try:
                content = path.read_bytes()
            except OSError as exc:
                self._fail(f"cannot read {source}: {exc.strerror or exc}")
            description = describe(content, base_url or path.resolve().as_uri())
        result = description.as_json()
        if explain:
            names = {"author_name": "author.name", "author_url": "author.url",
                     "author_photo": "author.photo"}  # fmt: skip
            result["explain"] = {
                names.get(field, field): step for field, step in description.sources.items()
            }
        self.stdout.write(json.dumps(result, ensure_ascii=False))
