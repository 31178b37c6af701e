from datetime import datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from blogparade.parades.models import Parade


def parse_when(value: str, option: str, tz: ZoneInfo) -> datetime:
    try:
        parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        raise CommandError(
            f"{option} is not an ISO 8601 date or time: {value!r} (e.g. 2026-12-31T23:59+01:00)"
        ) from None
    if timezone.is_naive(parsed):
        parsed = parsed.replace(tzinfo=tz)
    return parsed


class Command(BaseCommand):
    help = "Create and list parades."

    def add_arguments(self, parser):
        sub = parser.add_subparsers(dest="action", required=True)
        create = sub.add_parser("create", help="create a parade and print its URL")
        create.add_argument(
            "--slug",
            default="",
            help="short name in the address, e.g. tools-that-stay (default: made from the "
            "title, as the dashboard suggests it)",
        )
        create.add_argument("--title", required=True)
        create.add_argument(
            "--closes", required=True, help="deadline, ISO 8601 (no offset: in --time-zone)"
        )
        create.add_argument("--opens", help="opening, ISO 8601 (default: now)")
        create.add_argument(
            "--call-url", default="", help="the call's address when it lives on your own blog"
        )
        create.add_argument("--host", help="email of the host (default: the only host)")
        create.add_argument("--language", default="en", choices=["en", "de"])
        create.add_argument("--time-zone", default=settings.TIME_ZONE)
        sub.add_parser("list", help="list parades")
        share = sub.add_parser(
            "share", help="what to spread the word with: address, announcements, embed snippets"
        )
        share.add_argument("slug")
        close = sub.add_parser("close", help="end an open parade now (its deadline becomes now)")
        close.add_argument("slug")
        reopen = sub.add_parser("reopen", help="open a closed parade again until a new deadline")
        reopen.add_argument("slug")
        reopen.add_argument(
            "--closes",
            required=True,
            help="the new deadline, ISO 8601 (no offset: the parade's zone)",
        )

    def handle(self, *args, action: str, **options):
        if action == "list":
            for parade in Parade.objects.order_by("closes_at"):
                self.stdout.write(
                    f"{parade.slug}\t{parade.state}\t{parade.closes_at.isoformat()}\t{parade.absolute_url()}"
                )
            return
        if action in ("close", "reopen"):
            self.change_deadline(action, options)
            return
        if action == "share":
            self.share(options["slug"])
            return
        try:
            tz = ZoneInfo(options["time_zone"])
        except (ZoneInfoNotFoundError, ValueError):
            raise CommandError(f"unknown time zone: {options['time_zone']!r}") from None
        closes = parse_when(options["closes"], "--closes", tz)
        opens = parse_when(options["opens"], "--opens", tz) if options["opens"] else timezone.now()
        host = self.find_host(options["host"])
        if not options["slug"]:
            from blogparade.parades.forms import suggest_slug

            options["slug"] = suggest_slug(options["title"])
            if not options["slug"]:
                raise CommandError(
                    "--title has no letters or digits to make a short name of; add --slug."
                )
        if Parade.objects.filter(slug=options["slug"]).exists():
            raise CommandError(
                f"a parade with the slug {options['slug']!r} exists already; choose another --slug."
            )
        parade = Parade(
            host=host,
            slug=options["slug"],
            title=options["title"],
            opens_at=opens,
            closes_at=closes,
            call_url=options["call_url"],
            language=options["language"],
            time_zone=str(tz.key),
        )
        try:
            parade.full_clean()
        except ValidationError as exc:
            problems = "; ".join(
                f"{'--' + field.replace('_at', '').replace('_', '-') if field != '__all__' else ''} {' '.join(msgs)}".strip()
                for field, msgs in exc.message_dict.items()
            )
            raise CommandError(problems) from None
        parade.save()
        self.stdout.write(parade.absolute_url())

    def share(self, slug: str) -> None:
        """The dashboard's share kit on stdout, in sections (the texts in the parade's
        language)."""
        from blogparade.parades.share import share_kit

        parade = Parade.objects.filter(slug=slug).first()
        if parade is None:
            raise CommandError(f"no parade with the slug {slug!r}.")
        kit = share_kit(parade)
        sections = [
            ("The call's address", kit.call_url),
            ("Hashtags", kit.hashtags),
            ("Calendar with the deadline (iCal)", kit.ical_url),
            ("Mastodon", kit.mastodon),
            ("Bluesky", kit.bluesky),
            ("Newsletter or blog post", kit.newsletter),
            ("WordPress (Custom HTML block)", kit.wordpress),
            ("Hugo shortcode (layouts/shortcodes/blogparade.html)", kit.hugo_shortcode),
            ("Hugo, in a post", kit.hugo_usage),
            ("Without JavaScript", kit.no_script),
        ]
        for title, text in sections:
            if text:
                self.stdout.write(f"== {title}\n{text}\n")
        if kit.site_origin and not kit.site_registered:
            self.stdout.write(
                f"The widgets show only on registered sites: blogparade site add {kit.site_origin}"
            )

    def change_deadline(self, action: str, options: dict) -> None:
        from blogparade.parades import services

        parade = Parade.objects.filter(slug=options["slug"]).first()
        if parade is None:
            raise CommandError(f"no parade with the slug {options['slug']!r}.")
        try:
            if action == "close":
                services.close_now(parade)
            else:
                closes = parse_when(options["closes"], "--closes", ZoneInfo(parade.time_zone))
                services.reopen(parade, closes)
        except ValidationError as exc:
            raise CommandError(" ".join(exc.messages)) from None
        state = "closed" if action == "close" else "open again"
        self.stdout.write(
            f"{parade.slug}: {state}; deadline {parade.closes_at.isoformat()} — {parade.absolute_url()}"
        )

    def find_host(self, email: str | None):
        User = get_user_model()
        if email:
            try:
                return User.objects.get(username=email.strip().lower())
            except User.DoesNotExist:
                raise CommandError(
                    f"no host with the email {email}; create one with `blogparade createhost`."
                ) from None
        hosts = list(User.objects.filter(host_profile__isnull=False)[:2])
        if not hosts:
            hosts = list(User.objects.filter(is_superuser=True)[:2])
        if not hosts:
            raise CommandError(
                "there is no host yet; create one with `blogparade createhost` first."
            )
        if len(hosts) > 1:
            raise CommandError("there are several hosts; say which with --host EMAIL.")
        return hosts[0]
