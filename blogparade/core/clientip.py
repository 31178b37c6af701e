"""The client's IP address, spoof-resistant.

``X-Forwarded-For`` is believed only when the request arrives from a proxy listed in
``settings.TRUSTED_PROXIES`` (addresses or networks). Then the header is read from the right,
skipping further trusted proxies; the first untrusted address is the client. Anything
malformed falls back to ``REMOTE_ADDR``, so a forged header never picks the address that
rate limits and one-like-per-visitor key on.
"""

from __future__ import annotations

import ipaddress
from functools import lru_cache

from django.conf import settings
from django.http import HttpRequest

Network = ipaddress.IPv4Network | ipaddress.IPv6Network


@lru_cache(maxsize=8)
def _networks(proxies: tuple[str, ...]) -> tuple[Network, ...]:
    nets: list[Network] = []
    for item in proxies:
        try:
            nets.append(ipaddress.ip_network(item.strip(), strict=False))
        except ValueError:
            continue
    return tuple(nets)


def _parse(value: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    value = value.strip()
    if value.startswith("[") and "]" in value:  # [v6]:port
        value = value[1 : value.index("]")]
    elif value.count(":") == 1:  # v4:port
        value = value.split(":", 1)[0]
    try:
        addr = ipaddress.ip_address(value)
    except ValueError:
        return None
    if isinstance(addr, ipaddress.IPv6Address) and addr.ipv4_mapped:
        return addr.ipv4_mapped
    return addr


def _trusted(addr: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    proxies = tuple(settings.TRUSTED_PROXIES or ())
    return any(addr in net for net in _networks(proxies))


def from_trusted_proxy(remote_addr: str) -> bool:
    """Does a request from ``remote_addr`` come from one of ``BLOGPARADE_TRUSTED_PROXIES``?"""
    addr = _parse(remote_addr or "")
    return addr is not None and _trusted(addr)


def client_ip(request: HttpRequest) -> str:
    """Return the client's address as a normalised string ('' when unknown)."""
    remote = _parse(request.META.get("REMOTE_ADDR", "") or "")
    if remote is None:
        return ""
    if not _trusted(remote):
        return str(remote)
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    hops = [h for h in (p.strip() for p in forwarded.split(",")) if h]
    client = remote
    for hop in reversed(hops):
        addr = _parse(hop)
        if addr is None:
            break
        client = addr
        if not _trusted(addr):
            break
    return str(client)


def truncate_ip(value: str) -> str:
    """Keep the network part only: /24 for IPv4, /48 for IPv6 ('' stays '')."""
    addr = _parse(value or "")
    if addr is None:
        return ""
    prefix = 24 if addr.version == 4 else 48
    return str(ipaddress.ip_network(f"{addr}/{prefix}", strict=False).network_address)
