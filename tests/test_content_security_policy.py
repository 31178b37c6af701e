"""A strict Content-Security-Policy on every HTML page (issue: there was none), and nothing
our own pages load is refused by it."""

from __future__ import annotations

import pytest

from blogparade.core.middleware import policy

pytestmark = pytest.mark.django_db


def _directives(header: str) -> dict[str, str]:
    return dict(part.strip().split(" ", 1) for part in header.split(";"))


@pytest.mark.parametrize("path", ["/", "/p/open-call/", "/dashboard/login/", "/no-such-page/"])
def test_every_html_page_has_the_strict_policy(client, parade, path):
    response = client.get(path)
    csp = _directives(response["Content-Security-Policy"])
    assert csp["script-src"] == "'self'" and csp["style-src"] == "'self'"
    assert csp["default-src"] == "'self'" and csp["object-src"] == "'none'"
    assert csp["frame-ancestors"] == "'none'" and csp["form-action"] == "'self'"
    assert "unsafe" not in response["Content-Security-Policy"]


def test_no_inline_style_or_script_in_the_call_page(client, parade):
    html = client.get(f"/p/{parade.slug}/").content.decode()
    assert " style=" not in html and "<style" not in html
    assert "<script>" not in html and " onclick=" not in html


def test_fragments_for_other_sites_may_be_framed(client, parade):
    response = client.get(f"/widgets/contributions.html?parade={parade.slug}")
    assert response.status_code == 200
    assert "frame-ancestors" not in response["Content-Security-Policy"]


def test_json_gets_no_page_policy(client, parade):
    assert "Content-Security-Policy" not in client.get(f"/api/v1/parades/{parade.slug}")


def test_gravatar_is_allowed_only_when_turned_on(settings):
    settings.GRAVATAR = False
    assert "gravatar" not in policy()
    settings.GRAVATAR = True
    assert "img-src 'self' data: https://www.gravatar.com" in policy()


def test_the_admin_keeps_its_inline_styles(admin_client):
    response = admin_client.get("/admin/")
    assert "style-src 'self' 'unsafe-inline'" in response["Content-Security-Policy"]
