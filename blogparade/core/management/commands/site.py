from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from blogparade.core.models import RegisteredSite, origin_of


class Command(BaseCommand):
    help = (
        "Manage registered sites: pages on them may embed threads and widgets and be "
        "Webmention targets. A site registered for a host holds only that host's calls."
    )

    def add_arguments(self, parser):
        sub = parser.add_subparsers(dest="action", required=True)
        add = sub.add_parser("add", help="register scheme://host[:port]")
        add.add_argument("url")
        add.add_argument("--name", default="")
        add.add_argument(
            "--host",
            default=None,
            metavar="EMAIL",
            help="the host whose calls may live on the site (default: every host)",
        )
        sub.add_parser("list", help="list registered sites")
        remove = sub.add_parser("remove", help="unregister a site")
        remove.add_argument("url")

    def handle(self, *args, action: str, **options):
        if action == "list":
            for site in RegisteredSite.objects.select_related("owner").order_by("origin"):
                owner = site.owner.username if site.owner else "every host"
                self.stdout.write(f"{site.origin}\t{site.name}\t{owner}")
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
        owner = None
        if options["host"]:
            User = get_user_model()
            owner = User.objects.filter(username=options["host"].strip().lower()).first()
            if owner is None:
                raise CommandError(
                    f"no host with the email {options['host']}; create one with "
                    "`blogparade createhost`."
                )
            others = _calls_of_other_hosts(origin, owner.pk)
            if others:
                raise CommandError(
                    f"calls of other hosts live on {origin} already: {', '.join(others)}."
                )
        site, created = RegisteredSite.objects.update_or_create(
            origin=origin, defaults={"name": options["name"][:120], "owner": owner}
        )
        whose = f" for {owner.username}" if owner else " for every host"
        self.stdout.write(f"{'Registered' if created else 'Updated'} {site.origin}{whose}.")


def _calls_of_other_hosts(origin: str, owner_id: int) -> list[str]:
    """Slugs of other hosts' parades whose call lives on the site of ``origin``."""
    from blogparade.core.models import site_key
    from blogparade.parades.models import Parade

    key = site_key(origin)
    return sorted(
        parade.slug
        for parade in Parade.objects.exclude(call_url="").exclude(host_id=owner_id)
        if site_key(parade.call_url) == key
    )
