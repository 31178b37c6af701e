"""``blogparade webmention discover URL`` and ``blogparade webmention send SOURCE TARGET``.

Contract (DESIGN.md): ``discover`` prints exactly the absolute endpoint on stdout, logs go to
stderr, exit 1 when there is none and 2 on any error, and it sends nothing. ``send`` discovers
the target's endpoint, POSTs ``source`` and ``target`` exactly as given, once, form-encoded,
prints the endpoint's numeric HTTP status and exits 0 only on 2xx (1 for a non-2xx answer or
no endpoint, 2 when the address is refused or the exchange fails). Errors are one line.
"""

from __future__ import annotations

import sys

from django.core.management.base import BaseCommand

from blogparade.fetch.client import FetchError
from blogparade.fetch.discover import discover_webmention
from blogparade.fetch.send import post_webmention

EXIT_NONE = 1
EXIT_ERROR = 2


class Command(BaseCommand):
    help = "Discover a page's Webmention endpoint, or send a Webmention."
    requires_system_checks: list[str] = []

    def add_arguments(self, parser):
        sub = parser.add_subparsers(dest="action", required=True)
        discover = sub.add_parser("discover", help="print the Webmention endpoint of URL")
        discover.add_argument("url")
        send = sub.add_parser("send", help="send a Webmention from SOURCE to TARGET")
        send.add_argument("source")
        send.add_argument("target")

    def _fail(self, message: str, code: int) -> None:
        self.stderr.write(f"blogparade webmention: {message}")
        self.stderr.flush()
        sys.exit(code)

    def handle(self, *args, action: str, **options):
        if action == "discover":
            self._discover(options["url"])
        else:
            self._send(options["source"], options["target"])

    def _discover(self, url: str) -> None:
        try:
            endpoint = discover_webmention(url)
        except FetchError as exc:
            self._fail(exc.reason, EXIT_ERROR)
        if endpoint is None:
            self._fail(f"no Webmention endpoint found at {url}", EXIT_NONE)
        self.stdout.write(endpoint)

    def _send(self, source: str, target: str) -> None:
        try:
            endpoint = discover_webmention(target)
        except FetchError as exc:
            self._fail(exc.reason, EXIT_ERROR)
        if endpoint is None:
            self._fail(f"no Webmention endpoint found at {target}", EXIT_NONE)
        self.stderr.write(f"Sending to {endpoint}")
        outcome = post_webmention(endpoint, source, target, attempts=1)
        if outcome.status is None:
            self._fail(str(outcome.error), EXIT_ERROR)
        self.stdout.write(str(outcome.status))
        if not outcome.ok:
            self._fail(str(outcome.error), EXIT_NONE)
