"""HTTPS through the safe client against a local TLS server on 127.0.0.1.

A throwaway CA and certificates are made at test time (trustme). The site's name
``blog.test`` is resolved by a test resolver (the guard's lookup, replaced for the test) to
127.0.0.1: the client must connect to that checked address while TLS verifies the
certificate for the URL's host name and SNI and ``Host`` carry that name. A certificate
that is not trusted, or not for that name, is refused with a clear :class:`FetchError`.
"""

from __future__ import annotations

import ssl

import pytest
import trustme
from pytest_httpserver import HTTPServer

from blogparade.fetch import client, guard
from blogparade.fetch.client import ConnectionFailed, FetchError, fetch, reset_politeness

NAME = "blog.test"


@pytest.fixture(scope="module")
def ca() -> trustme.CA:
    return trustme.CA()


def tls_server(cert: trustme.LeafCert, sni_seen: list) -> HTTPServer:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    cert.configure_cert(context)
    context.sni_callback = lambda sock, name, ctx: sni_seen.append(name)
    server = HTTPServer(host="127.0.0.1", port=0, ssl_context=context)
    server.start()
    return server


@pytest.fixture
def lookups(monkeypatch) -> list[str]:
    """The test resolver: ``blog.test`` and ``other.test`` are 127.0.0.1; it records each name."""
    seen: list[str] = []
    real = guard._lookup

    def lookup(host: str, port: int) -> list[str]:
        seen.append(host)
        return ["127.0.0.1"] if host.endswith(".test") else real(host, port)

    monkeypatch.setattr(guard, "_lookup", lookup)
    return seen


@pytest.fixture
def trust(monkeypatch, ca):
    """The client trusts the throwaway CA (and nothing is changed but its trust store)."""
    context = ssl.create_default_context()
    ca.configure_trust(context)
    monkeypatch.setattr(client, "_ssl_context", lambda: context)


@pytest.fixture
def allow(settings):
    settings.FETCH_ALLOW_HOSTS = [NAME, "other.test", "127.0.0.1"]
    reset_politeness()
    yield
    reset_politeness()


@pytest.fixture
def site(ca, allow):
    """A TLS site whose certificate names blog.test and 127.0.0.1."""
    sni: list = []
    server = tls_server(ca.issue_cert(NAME, "127.0.0.1"), sni)
    server.expect_request("/post").respond_with_data(
        "<p>hello over TLS</p>", content_type="text/html"
    )
    yield server, sni
    server.clear()
    server.stop()


def test_https_connects_to_the_checked_address_and_verifies_the_name(site, lookups, trust):
    server, sni = site
    result = fetch(f"https://{NAME}:{server.port}/post")
    assert result.status == 200
    assert result.content == b"<p>hello over TLS</p>"
    assert lookups == [NAME]  # resolved once, by the guard; the server only listens on 127.0.0.1
    assert sni == [NAME]  # SNI carries the URL's host name, not the address
    request, _response = server.log[0]
    assert request.headers["Host"] == f"{NAME}:{server.port}"


def test_an_ip_address_url_is_verified_against_the_ip_san(site, trust):
    server, sni = site
    result = fetch(f"https://127.0.0.1:{server.port}/post")
    assert result.status == 200
    assert sni == [None]  # no SNI for an address


def test_a_certificate_for_another_name_is_refused(ca, allow, lookups, trust):
    sni: list = []
    server = tls_server(ca.issue_cert("other.test"), sni)
    server.expect_request("/post").respond_with_data("secret")
    try:
        with pytest.raises(ConnectionFailed) as caught:
            fetch(f"https://{NAME}:{server.port}/post")
        assert "certificate" in caught.value.reason
        assert NAME in caught.value.reason
        assert sni == [NAME]
        assert not server.log  # no request was sent over the refused connection
    finally:
        server.stop()


def test_an_untrusted_certificate_is_refused_with_a_clear_reason(site, lookups):
    server, _sni = site  # signed by a CA the client does not know (certifi's store only)
    with pytest.raises(FetchError) as caught:
        fetch(f"https://{NAME}:{server.port}/post")
    assert isinstance(caught.value, ConnectionFailed)
    assert caught.value.reason == (
        f"The certificate of {NAME} could not be verified; the connection was refused."
    )
    assert not server.log


def test_a_private_answer_for_a_name_not_allowed_is_refused_before_connecting(
    site, lookups, trust, settings
):
    server, sni = site
    settings.FETCH_ALLOW_HOSTS = []
    with pytest.raises(FetchError) as caught:
        fetch(f"https://{NAME}:{server.port}/post")
    assert type(caught.value).__name__ == "BlockedAddress"
    assert sni == []  # not even a TLS handshake
