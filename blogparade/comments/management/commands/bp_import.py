"""``blogparade import isso|wordpress|disqus FILE [--site ORIGIN]``.

Progress goes to stderr, the counts to stdout; any problem with the file is one line on
stderr, exit status 1, and nothing imported (see :mod:`blogparade.comments.imports`).
"""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils.translation import gettext as _

from blogparade.comments import imports


class Command(BaseCommand):
    help = "Import comments from Isso (SQLite), WordPress (WXR) or Disqus (XML export)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("format", choices=imports.FORMATS)
        parser.add_argument("file")
        parser.add_argument(
            "--site",
            default="",
            help="Isso only: the origin of the blog whose pages the threads belong to "
            "(default: blogparade's own pages).",
        )
        parser.add_argument(
            "--post",
            default="",
            help="WordPress only: the address of the one post whose comments to bring over",
        )
        parser.add_argument(
            "--into",
            default="",
            metavar="SLUG",
            help="WordPress only, with --post: the parade whose call page gets those comments",
        )

    def handle(
        self,
        *args: object,
        format: str,
        file: str,
        site: str,
        post: str = "",
        into: str = "",
        **options: object,
    ) -> None:
        def progress(done: int, total: int) -> None:
            self.stderr.write(_("%(done)d/%(total)d") % {"done": done, "total": total})

        try:
            result = imports.run(format, file, site=site, post=post, into=into, progress=progress)
        except imports.ImportFailed as exc:
            raise CommandError(
                _("import failed: %(error)s; nothing imported") % {"error": exc}
            ) from None
        for origin in sorted(result.unregistered_sites):
            self.stderr.write(
                _("note: %(origin)s is not a registered site; run `blogparade site add %(origin)s`")
                % {"origin": origin}
            )
        self.stdout.write(result.summary())
