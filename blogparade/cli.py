"""The ``blogparade`` console script: a thin front to the management commands.

``blogparade serve`` is ``manage.py serve``; a few names differ where Django already uses
them (``check``) or Python would stumble (``import``). Errors end as one line on stderr.
"""

from __future__ import annotations

import argparse
import os
import sys

# Our names for commands whose module names differ.
ALIASES = {"check": "bp_check", "import": "bp_import"}

USAGE = """usage: blogparade COMMAND [options]

Running:
  demo [--port P]              create demo data if the data dir is empty, then serve
  serve [--host H] [--port P] [--no-worker]
                               serve the site (with a background worker unless --no-worker)
  worker [--processes N] [--threads N]
                               run background tasks
  check                        check configuration and database

Hosting:
  createhost [--email E --password P --name N]
  parade create --slug S --title T --closes ISO8601 [--opens ISO8601] [--call-url URL]
  parade close SLUG | reopen SLUG --closes ISO8601
                               end a parade now, or open it again
  site add URL [--name N]
  roundup SLUG --format md|html|wp|json|csv [--publish]
  contribution add SLUG URL [--approve [--reason TEXT]]
                               add a post by hand (verified like any other)
  recheck [--parade SLUG | --contribution ID]
                               verify contributions again now
  hub add-feed URL | add-call URL | refresh
                               list parades hosted elsewhere
  reindex                      rebuild the directory's search index

Open web:
  inspect SOURCE --json [--base-url URL] [--explain]
  webmention discover URL
  webmention send SOURCE TARGET

Data:
  import isso|wordpress|disqus FILE
  gdpr export|erase EMAIL
  backup [PATH]                write a backup archive (database, secret key, uploads)
  restore PATH [--force]       restore a backup archive, then migrate

Django's own commands (migrate, shell, …) work too. `blogparade COMMAND --help` for details.
"""


def _default_base_url(args: list[str]) -> None:
    """Without BLOGPARADE_BASE_URL, the site's own address is where it is being served."""
    if os.environ.get("BLOGPARADE_BASE_URL", "").strip():
        return
    host, port = "127.0.0.1", "8000"
    for i, arg in enumerate(args):
        for name in ("--host", "--port"):
            value = None
            if arg == name and i + 1 < len(args):
                value = args[i + 1]
            elif arg.startswith(name + "="):
                value = arg.split("=", 1)[1]
            if value is not None:
                if name == "--host":
                    host = value
                else:
                    port = value
    if host in ("0.0.0.0", "::", ""):  # noqa: S104 - naming the wildcard, not binding it
        host = "localhost"
    if ":" in host:
        host = f"[{host}]"
    if port.isdigit() and 0 < int(port) < 65536:  # else serve itself says what is wrong
        os.environ["BLOGPARADE_BASE_URL"] = f"http://{host}:{port}"


# Django's options on every command: they keep working, but our commands' help does not show them.
DJANGO_OPTIONS = {
    "version",
    "verbosity",
    "settings",
    "pythonpath",
    "traceback",
    "no_color",
    "force_color",
    "skip_checks",
}


def _our_command(name: str):  # -> BaseCommand | None
    """The command object when ``name`` is one of blogparade's own commands."""
    from django.core.management import get_commands, load_command_class

    app = get_commands().get(name)
    if not isinstance(app, str) or not app.startswith("blogparade"):
        return None
    return load_command_class(app, name)


def _run(command, prog: str, argv: list[str]) -> int:
    """Run one of our commands: its help under our name (``blogparade check``, not
    ``bp_check``) with our options only, and an error as one line — ``blogparade: …`` — with
    the command's exit status."""
    from django.core.management.base import CommandError, handle_default_options
    from django.db import connections

    public = {v: k for k, v in ALIASES.items()}.get(argv[0], argv[0])
    # Argument errors raise CommandError (one line below), not argparse's usage block.
    command._called_from_command_line = False
    parser = command.create_parser(prog, public)
    for action in parser._actions:
        if action.dest in DJANGO_OPTIONS:
            action.help = argparse.SUPPRESS
    try:
        options = parser.parse_args(argv[1:])
    except CommandError as exc:
        message = str(exc).removeprefix("Error: ")
        print(f"{prog} {public}: {message} (see: {prog} {public} --help)", file=sys.stderr)
        return 2
    handle_default_options(options)
    values = vars(options)
    args = values.pop("args", ())
    try:
        command.execute(*args, **values)
    except CommandError as exc:
        print(f"{prog}: {exc}", file=sys.stderr)
        return exc.returncode
    finally:
        connections.close_all()
    return 0


def main(argv: list[str] | None = None, prog: str = "blogparade") -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "blogparade.settings")
    if not argv or argv[0] in ("-h", "--help", "help"):
        print(USAGE, end="")
        return 0
    if argv[0] == "demo":
        os.environ.setdefault("BLOGPARADE_DEMO", "1")
    if argv[0] in ("demo", "serve"):
        _default_base_url(argv[1:])
    argv[0] = ALIASES.get(argv[0], argv[0])

    from django.core.exceptions import ImproperlyConfigured

    try:
        import django

        django.setup()
        from django.core.management import ManagementUtility

        command = _our_command(argv[0])
        if command is None:
            # Django's own commands (migrate, shell …) keep Django's handling.
            utility = ManagementUtility([prog, *argv])
            utility.prog_name = prog
            utility.execute()
        else:
            return _run(command, prog, argv)
    except ImproperlyConfigured as exc:
        print(f"{prog}: configuration error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    except Exception as exc:
        from django.db import DatabaseError

        if isinstance(exc, DatabaseError):
            print(f"{prog}: database error: {exc}".strip(), file=sys.stderr)
            return 1
        raise
    return 0


if __name__ == "__main__":
    sys.exit(main())
