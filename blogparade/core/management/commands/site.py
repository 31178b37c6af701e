from django.core.management.base import BaseCommand, CommandError

from blogparade.core.models import RegisteredSite, origin_of


class Command(BaseCommand):
    help = "Manage registered sites: pages on them may embed threads and widgets and be Webmention targets."

    def add_arguments(self, parser):
        sub = parser.add_subparsers(dest="action", required=True)
        add = sub.add_parser("add", help="register scheme://host[:port]")
        add.add_argument("url")
        add.add_argument("--name", default="")
        sub.add_parser("list", help="list registered sites")
        remove = sub.add_parser("remove", help="unregister a site")
        remove.add_argument("url")

    def handle(self, *args, action: str, **options):
        if action == "list":
            for site in RegisteredSite.objects.order_by("origin"):
                self.stdout.write(f"{site.origin}\t{site.name}")
            return
        origin = origin_of(options["url"])
        if not origin:
            raise CommandError(f"not an http(s) address: {options['url']!r}")
        if action == "remove":
            deleted, _ = RegisteredSite.objects.filter(origin=origin).delete()
            if not deleted:
                raise CommandError(f"{origin} is not registered.")
            self.stdout.write(f"Removed {origin}.")
            return
        site, created = RegisteredSite.objects.update_or_create(
            origin=origin, defaults={"name": options["name"][:120]}
        )
        self.stdout.write(f"{'Registered' if created else 'Updated'} {site.origin}.")
