from django.core.management.base import BaseCommand, CommandError

from blogparade.core.management.commands.serve import prepare_database, run_server
from blogparade.core.management.demo import create_demo_content, demo_login


class Command(BaseCommand):
    help = "Create the data dir and demo content if empty, then serve the demo on SQLite."
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument("--port", type=int, default=8000, help="port (default 8000)")
        parser.add_argument("--host", default="127.0.0.1", help="address (default 127.0.0.1)")

    def handle(self, *args, port: int, host: str, **options):
        if not 0 < port < 65536:
            raise CommandError(f"--port must be between 1 and 65535, got {port}.")
        prepare_database(self.stdout)
        if create_demo_content():
            self.stdout.write("Created the demo parade “Tools that stay”.")
        login = demo_login()
        banner = ""
        if login:
            shown = f"[{host}]" if ":" in host else host
            banner = (
                f"Log in at http://{shown}:{port}/dashboard/login/ as {login[0]} "
                f"with the password {login[1]}\nPress Ctrl+C to stop."
            )
        run_server(host=host, port=port, worker=True, threads=4, stdout=self.stdout, banner=banner)
