"""The safe client refuses every non-public destination, on the first hop and after redirects."""

from __future__ import annotations

import socket

import pytest

from blogparade.fetch.client import BlockedAddress, FetchError, fetch
from blogparade.fetch.guard import is_public_address, literal_address


@pytest.mark.parametrize(
    "address",
    [
        "127.0.0.1",
        "127.1.2.3",
        "10.1.2.3",
        "172.16.0.1",
        "172.31.255.255",
        "192.168.1.1",
        "169.254.169.254",
        "100.64.0.1",
        "100.127.255.254",
        "0.0.0.0",
        "224.0.0.1",
        "239.255.255.250",
        "240.0.0.1",
        "255.255.255.255",
        "192.0.2.1",
        "198.18.0.1",
        "::",
        "::1",
        "fe80::1",
        "fc00::1",
        "fd12:3456::1",
        "ff02::1",
        "::ffff:127.0.0.1",
        "::ffff:10.0.0.1",
        "::ffff:8.8.8.8",
        "64:ff9b::a00:1",
        "64:ff9b::808:808",
        "2002:7f00:1::",
        "2001:0:4136:e378:8000:63bf:3fff:fdd2",
        "2001:db8::1",
        "::127.0.0.1",
        "fec0::1",
    ],
)
def test_non_public_addresses_are_refused(address):
    assert not is_public_address(address)


@pytest.mark.parametrize(
    "address", ["93.184.215.14", "8.8.8.8", "1.1.1.1", "2606:4700::1111", "2a00:1450:4001::1"]
)
def test_public_addresses_pass(address):
    assert is_public_address(address)


@pytest.mark.parametrize(
    "host",
    [
        "2130706433",
        "0177.0.0.1",
        "0x7f.1",
        "0x7f000001",
        "127.1",
        "017700000001",
        "0x7F.0.0.1",
        "127.000.000.001",
    ],
)
def test_non_canonical_ipv4_spellings_are_refused(host):
    with pytest.raises(BlockedAddress):
        literal_address(host)


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1/",
        "http://127.0.0.1:8000/",
        "https://10.0.0.1/",
        "http://192.168.0.1/",
        "http://169.254.169.254/latest/meta-data/",
        "http://100.64.0.1/",
        "http://0.0.0.0/",
        "http://[::1]/",
        "http://[::ffff:127.0.0.1]/",
        "http://[::ffff:7f00:1]/",
        "http://[64:ff9b::7f00:1]/",
        "http://[fe80::1]/",
        "http://2130706433/",
        "http://0177.0.0.1/",
        "http://0x7f.1/",
        "http://0x7f000001/",
        "http://localhost/",
        "http://LOCALHOST./",
        "http://foo.localhost/",
        "http://224.0.0.1/",
    ],
)
def test_fetch_refuses_private_destinations(url, settings):
    settings.FETCH_ALLOW_HOSTS = []
    with pytest.raises(BlockedAddress) as info:
        fetch(url, timeout=2)
    assert info.value.reason


@pytest.mark.parametrize(
    "url",
    [
        "ftp://example.org/",
        "file:///etc/passwd",
        "gopher://example.org/",
        "javascript:alert(1)",
        "data:text/html,hi",
    ],
)
def test_fetch_refuses_other_schemes(url):
    with pytest.raises(FetchError):
        fetch(url, timeout=2)


def _private_name_from_hosts_file() -> str | None:
    """A name that the system resolver answers with a private address (from /etc/hosts)."""
    try:
        with open("/etc/hosts") as fh:
            lines = fh.read().splitlines()
    except OSError:
        return None
    for line in lines:
        fields = line.split("#", 1)[0].split()
        for name in fields[1:]:
            if "localhost" in name or name.endswith(".local"):
                continue
            try:
                addrs = {info[4][0] for info in socket.getaddrinfo(name, 80)}
            except OSError:
                continue
            if addrs and not any(is_public_address(a) for a in addrs):
                return name
    return None


def test_a_name_resolving_to_a_private_address_is_refused(settings, httpserver):
    name = _private_name_from_hosts_file()
    if name is None:
        pytest.skip("no private name in /etc/hosts on this machine")
    settings.FETCH_ALLOW_HOSTS = ["127.0.0.1"]  # the literal is open; the name is not
    with pytest.raises(BlockedAddress):
        fetch(f"http://{name}:{httpserver.port}/", timeout=2)


def test_allow_list_opens_only_the_named_host_on_any_port(site, httpserver, settings):
    httpserver.expect_request("/ok").respond_with_data("fine")
    assert fetch(f"{site}/ok").status == 200
    settings.FETCH_ALLOW_HOSTS = []
    with pytest.raises(BlockedAddress):
        fetch(f"{site}/ok")


def test_allow_list_is_read_at_call_time(httpserver, settings):
    httpserver.expect_request("/x").respond_with_data("x")
    url = f"http://127.0.0.1:{httpserver.port}/x"
    settings.FETCH_ALLOW_HOSTS = []
    with pytest.raises(BlockedAddress):
        fetch(url)
    settings.FETCH_ALLOW_HOSTS = ["127.0.0.1"]
    assert fetch(url).content == b"x"


@pytest.mark.parametrize(
    "location",
    [
        "http://localhost:{port}/secret",
        "http://10.0.0.1/",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::ffff:127.0.0.1]:{port}/secret",
        "http://2130706433:{port}/secret",
        "file:///etc/passwd",
    ],
)
def test_redirect_into_private_space_is_refused(site, httpserver, location):
    httpserver.expect_request("/go").respond_with_data(
        "", status=302, headers={"Location": location.format(port=httpserver.port)}
    )
    httpserver.expect_request("/secret").respond_with_data("secret")
    with pytest.raises(BlockedAddress):
        fetch(f"{site}/go")
    assert all(req.path != "/secret" for req, _resp in httpserver.log)


def test_idn_host_is_encoded_and_looked_up(settings):
    settings.FETCH_ALLOW_HOSTS = []
    # No network in tests: the punycode name reaches the resolver, which cannot find it
    # (or, with network, refuses nothing — either way no UnicodeError escapes).
    with pytest.raises(FetchError) as info:
        fetch("http://bücher.invalid/", timeout=2)
    assert "xn--bcher-kva.invalid" in info.value.reason
