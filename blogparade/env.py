"""Strict readers for ``BLOGPARADE_*`` environment variables.

Every reader returns the default when the variable is unset or empty and raises
:class:`django.core.exceptions.ImproperlyConfigured` with a one-line, human message
when the value is present but malformed. Settings never guess.
"""

from __future__ import annotations

import os
from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off"}


def env_str(name: str, default: str = "") -> str:
    """Return the variable stripped of surrounding white space, or ``default``."""
    value = os.environ.get(name, "").strip()
    return value or default


def env_bool(name: str, default: bool) -> bool:
    """Accept 1/0, true/false, yes/no, on/off (any case)."""
    raw = env_str(name).lower()
    if not raw:
        return default
    if raw in _TRUE:
        return True
    if raw in _FALSE:
        return False
    raise ImproperlyConfigured(
        f"{name} must be one of on/off, true/false, yes/no, 1/0 — got {raw!r}."
    )


def env_int(name: str, default: int, *, minimum: int = 0) -> int:
    raw = env_str(name)
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a whole number — got {raw!r}.") from None
    if value < minimum:
        raise ImproperlyConfigured(f"{name} must be at least {minimum} — got {value}.")
    return value


def env_choice(name: str, choices: tuple[str, ...], default: str) -> str:
    raw = env_str(name, default).lower()
    if raw not in choices:
        raise ImproperlyConfigured(f"{name} must be one of {', '.join(choices)} — got {raw!r}.")
    return raw


def env_list(name: str) -> list[str]:
    """A comma-separated list; empty items are dropped."""
    return [item.strip() for item in env_str(name).split(",") if item.strip()]


def env_base_url(name: str, default: str) -> str:
    """An absolute http(s) URL without path, query or fragment; returned without a trailing slash."""
    raw = env_str(name, default)
    parts = urlsplit(raw)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ImproperlyConfigured(f"{name} must look like https://blog.example.org — got {raw!r}.")
    if parts.path not in ("", "/") or parts.query or parts.fragment:
        raise ImproperlyConfigured(
            f"{name} must be scheme://host[:port] without a path — got {raw!r}."
        )
    try:
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError:
        raise ImproperlyConfigured(f"{name} has an invalid port — got {raw!r}.") from None
    return f"{parts.scheme}://{parts.netloc}"
