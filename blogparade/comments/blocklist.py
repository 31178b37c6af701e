"""Blocklist entries as the staff editor stores them: every value normalised so that the
matching in :func:`blogparade.comments.services.blocklisted` finds it.

* words and phrases: trimmed, at least two characters, matched case-insensitively;
* IP addresses or networks: ``203.0.113.7``, ``203.0.113.0/24``, ``2001:db8::/32``;
* email and link domains: a bare host name (``spam.example``; ``@``, ``*.``, a scheme or a
  path are stripped), matching the domain and its subdomains.
"""

from __future__ import annotations

import ipaddress
import re
from urllib.parse import urlsplit

from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from blogparade.comments.models import Blocklist

_HOST = re.compile(r"^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9-]{1,63})*$")


class InvalidEntry(ValueError):
    """The value does not fit its kind; the message is translated for the editor."""


def normalise(kind: str, value: str) -> str:
    """The stored form of ``value`` for ``kind`` or :class:`InvalidEntry`."""
    value = " ".join((value or "").split())
    if kind == Blocklist.Kind.WORD:
        if len(value) < 2:
            raise InvalidEntry(_("Enter a word or phrase of at least two characters."))
        return value[:300]
    if kind == Blocklist.Kind.IP:
        try:
            network = ipaddress.ip_network(value, strict=False)
        except ValueError:
            raise InvalidEntry(
                _("Enter an IP address or network, such as 203.0.113.7 or 203.0.113.0/24.")
            ) from None
        if network.num_addresses == 1:
            return str(network.network_address)
        return str(network)
    if kind in (Blocklist.Kind.EMAIL_DOMAIN, Blocklist.Kind.URL_DOMAIN):
        host = value.lower()
        if "://" in host:
            host = urlsplit(host).hostname or ""
        host = host.rsplit("@", 1)[-1].split("/", 1)[0].removeprefix("*.").strip(".")
        try:
            host = host.encode("idna").decode("ascii") if host else ""
        except UnicodeError:
            host = ""
        if not _HOST.match(host) or "." not in host:
            raise InvalidEntry(_("Enter a domain name, such as spam.example."))
        return host
    raise InvalidEntry(_("Choose a kind of entry."))


def add(kind: str, value: str, note: str = "") -> tuple[Blocklist, bool]:
    """Store one entry (normalised); ``(entry, created)`` — an existing entry is kept."""
    value = normalise(kind, value)
    try:
        with transaction.atomic():
            return Blocklist.objects.create(kind=kind, value=value, note=note.strip()[:300]), True
    except IntegrityError:
        return Blocklist.objects.get(kind=kind, value=value), False


def remove(entry_id: int) -> bool:
    deleted, _rows = Blocklist.objects.filter(pk=entry_id).delete()
    return bool(deleted)
