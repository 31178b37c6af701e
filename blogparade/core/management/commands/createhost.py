import getpass

from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.core.validators import validate_email
from django.db import transaction

from blogparade.parades.models import HostProfile


class Command(BaseCommand):
    help = "Create a host account (interactive without flags)."

    def add_arguments(self, parser):
        parser.add_argument("--email", help="login email address")
        parser.add_argument("--password", help="password (at least 8 characters)")
        parser.add_argument("--name", help="name shown in the author box")
        parser.add_argument(
            "--staff", action="store_true", help="also allow the Django admin (operators)"
        )

    def handle(
        self,
        *args,
        email: str | None,
        password: str | None,
        name: str | None,
        staff: bool,
        **options,
    ):
        if not (email and password and name):
            if not self.stdin_is_interactive():
                raise CommandError(
                    "give --email, --password and --name, or run in a terminal to be asked."
                )
            email = email or input("Email: ").strip()
            name = name or input("Name shown under your calls: ").strip()
            while not password:
                password = getpass.getpass("Password: ")
                if password != getpass.getpass("Password (again): "):
                    self.stderr.write("The passwords differ; try again.")
                    password = None
        email = email.strip().lower()
        try:
            validate_email(email)
        except ValidationError:
            raise CommandError(f"not an email address: {email!r}") from None
        if not name.strip():
            raise CommandError("--name must not be empty.")
        User = get_user_model()
        if User.objects.filter(username=email).exists():
            raise CommandError(f"a host with the email {email} exists already.")
        user = User(username=email, email=email, is_staff=staff, is_superuser=staff)
        try:
            validate_password(password, user)
        except ValidationError as exc:
            raise CommandError("password rejected: " + " ".join(exc.messages)) from None
        with transaction.atomic():
            user.set_password(password)
            user.save()
            HostProfile.objects.create(user=user, name=name.strip()[:120])
        self.stdout.write(f"Created host {name.strip()} <{email}>.")

    def stdin_is_interactive(self) -> bool:
        import sys

        return sys.stdin.isatty()
