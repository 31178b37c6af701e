"""Which addresses the safe client may connect to.

The rule is simple: only globally routable unicast addresses. Everything else — loopback,
RFC 1918 private ranges, link-local, shared address space (CGNAT, 100.64/10), multicast,
reserved, unspecified, documentation and benchmarking ranges, IPv4-mapped / IPv4-compatible
IPv6, NAT64, 6to4, Teredo, unique-local and site-local IPv6 — is refused. Both the
``ipaddress`` module's flags and an explicit table are consulted, so the result does not
depend on which Python patch release corrected which flag.

Host names are checked after DNS (:func:`resolve`), and the client then connects to exactly
the address that was checked, so a second DNS answer cannot slip in between.
"""

from __future__ import annotations

import ipaddress
import re
import socket
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout

from django.utils.translation import gettext_noop

from blogparade.core.phrases import Phrase

from .errors import BlockedAddress, ConnectionFailed, FetchTimeout

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

_BLOCKED_NETWORKS = [
    ipaddress.ip_network(n)
    for n in (
        # IPv4
        "0.0.0.0/8",  # "this network", unspecified
        "10.0.0.0/8",  # private
        "100.64.0.0/10",  # shared address space (CGNAT)
        "127.0.0.0/8",  # loopback
        "169.254.0.0/16",  # link-local (cloud metadata lives here)
        "172.16.0.0/12",  # private
        "192.0.0.0/24",  # IETF protocol assignments
        "192.0.2.0/24",  # documentation
        "192.88.99.0/24",  # 6to4 relay anycast
        "192.168.0.0/16",  # private
        "198.18.0.0/15",  # benchmarking
        "198.51.100.0/24",  # documentation
        "203.0.113.0/24",  # documentation
        "224.0.0.0/4",  # multicast
        "240.0.0.0/4",  # reserved, broadcast
        # IPv6
        "::/96",  # unspecified, loopback, IPv4-compatible (deprecated)
        "::ffff:0:0/96",  # IPv4-mapped
        "::ffff:0:0:0/96",  # IPv4-translated
        "64:ff9b::/96",  # NAT64 well-known prefix
        "64:ff9b:1::/48",  # NAT64 local-use prefix
        "100::/64",  # discard-only
        "2001::/23",  # IETF protocol assignments, Teredo (2001::/32) included
        "2001:db8::/32",  # documentation
        "2002::/16",  # 6to4
        "3fff::/20",  # documentation
        "5f00::/16",  # SRv6 SIDs
        "fc00::/7",  # unique local
        "fe80::/10",  # link-local
        "fec0::/10",  # site-local (deprecated)
        "ff00::/8",  # multicast
    )
]

_NUMERIC_LABEL = re.compile(r"^(0x[0-9a-f]*|[0-9]+)$", re.IGNORECASE)
_CANONICAL_V4 = re.compile(
    r"^(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(\.(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}$"
)

# DNS lookups run on a small pool so that a hanging resolver cannot outlast the deadline.
_resolver_pool = ThreadPoolExecutor(max_workers=8, thread_name_prefix="blogparade-dns")


def is_public_address(address: IPAddress | str) -> bool:
    """True when ``address`` is a globally routable unicast address we may connect to."""
    try:
        ip = ipaddress.ip_address(address) if isinstance(address, str) else address
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address) and ip.scope_id:
        return False
    if (
        ip.is_loopback
        or ip.is_private
        or ip.is_link_local
        or ip.is_multicast
        or ip.is_reserved
        or ip.is_unspecified
        or not ip.is_global
    ):
        return False
    if isinstance(ip, ipaddress.IPv6Address) and (
        ip.ipv4_mapped is not None or ip.sixtofour is not None or ip.teredo is not None
    ):
        return False
    return not any(ip.version == net.version and ip in net for net in _BLOCKED_NETWORKS)


def normalise_host(host: str) -> str:
    """Lower-case, without brackets or a trailing dot — the form compared with the allow list."""
    return host.strip().strip("[]").rstrip(".").lower()


def literal_address(host: str) -> IPAddress | None:
    """The IP address ``host`` spells, or None when it is a name.

    Raises :class:`BlockedAddress` for the non-canonical IPv4 spellings that C resolvers
    accept (``2130706433``, ``0177.0.0.1``, ``0x7f.1``, ``127.1``): they are a classic way
    around naive filters, and no real site is published that way.
    """
    host = normalise_host(host)
    if ":" in host:
        try:
            return ipaddress.IPv6Address(host)
        except ValueError:
            raise BlockedAddress(
                Phrase(
                    "invalid_ipv6",
                    gettext_noop("The address %(host)s is not a valid IPv6 address."),
                    host=host,
                )
            ) from None
    labels = host.split(".")
    if 1 <= len(labels) <= 4 and all(_NUMERIC_LABEL.match(label) for label in labels):
        if _CANONICAL_V4.match(host):
            return ipaddress.IPv4Address(host)
        raise BlockedAddress(
            Phrase(
                "numeric_host",
                gettext_noop(
                    "The address %(host)s is written in an unusual numeric form and is refused."
                ),
                host=host,
            )
        )
    return None


def _lookup(host: str, port: int) -> list[str]:
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    seen: list[str] = []
    for _family, _type, _proto, _canon, sockaddr in infos:
        addr = str(sockaddr[0])
        if addr not in seen:
            seen.append(addr)
    return seen


def resolve(host: str, port: int, *, timeout: float, allowed: bool = False) -> list[str]:
    """Resolve ``host`` and return the addresses to connect to, all of them checked.

    When any address in the answer is not public the whole host is refused (a name that
    mixes public and private answers is a rebinding attempt, not a blog). ``allowed`` —
    the host is in ``FETCH_ALLOW_HOSTS`` — skips the address check, nothing else.
    Raises :class:`BlockedAddress`, :class:`ConnectionFailed` (no such host) or
    :class:`FetchTimeout`.
    """
    literal = literal_address(host)
    if literal is not None:
        if not allowed and not is_public_address(literal):
            raise BlockedAddress(
                Phrase(
                    "private_address",
                    gettext_noop("The address %(host)s is not a public internet address."),
                    host=host,
                )
            )
        return [str(literal)]
    name = normalise_host(host)
    local = not name or name == "localhost" or name.endswith((".localhost", ".local", ".internal"))
    if local and not allowed:
        raise BlockedAddress(
            Phrase(
                "local_name",
                gettext_noop("The host %(host)s is a local name and is refused."),
                host=name,
            )
        )
    future = _resolver_pool.submit(_lookup, name, port)
    try:
        addresses = future.result(timeout=max(timeout, 0.01))
    except FutureTimeout:
        raise FetchTimeout(
            Phrase(
                "dns_timeout",
                gettext_noop("Looking up the host %(host)s took too long."),
                host=name,
            )
        ) from None
    except (OSError, UnicodeError):
        raise ConnectionFailed(
            Phrase(
                "host_not_found", gettext_noop("The host %(host)s could not be found."), host=name
            )
        ) from None
    if not addresses:
        raise ConnectionFailed(
            Phrase(
                "host_not_found", gettext_noop("The host %(host)s could not be found."), host=name
            )
        )
    if not allowed:
        for addr in addresses:
            if not is_public_address(addr):
                raise BlockedAddress(
                    Phrase(
                        "private_address",
                        gettext_noop(
                            "The host %(host)s points to a private or reserved address and is refused."
                        ),
                        host=name,
                    )
                )
    return addresses
