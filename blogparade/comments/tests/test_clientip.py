from django.test import RequestFactory

from blogparade.core.clientip import client_ip, truncate_ip

rf = RequestFactory()


def _req(remote, xff=None):
    meta = {"REMOTE_ADDR": remote}
    if xff:
        meta["HTTP_X_FORWARDED_FOR"] = xff
    return rf.get("/", **meta)


def test_forwarded_for_ignored_without_trusted_proxy(settings):
    settings.TRUSTED_PROXIES = []
    assert client_ip(_req("198.51.100.7", "1.2.3.4")) == "198.51.100.7"


def test_forwarded_for_from_trusted_proxy(settings):
    settings.TRUSTED_PROXIES = ["10.0.0.0/8"]
    assert client_ip(_req("10.0.0.2", "1.2.3.4, 203.0.113.9")) == "203.0.113.9"


def test_spoofed_left_entries_do_not_win(settings):
    settings.TRUSTED_PROXIES = ["10.0.0.1"]
    # The client forged "1.1.1.1"; the proxy appended the real address.
    assert client_ip(_req("10.0.0.1", "1.1.1.1, 198.51.100.20")) == "198.51.100.20"


def test_garbage_header_falls_back(settings):
    settings.TRUSTED_PROXIES = ["10.0.0.1"]
    assert client_ip(_req("10.0.0.1", "not-an-ip")) == "10.0.0.1"


def test_truncate():
    assert truncate_ip("203.0.113.77") == "203.0.113.0"
    assert truncate_ip("2001:db8:1:2:3::1") == "2001:db8:1::"
    assert truncate_ip("") == ""
