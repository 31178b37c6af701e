"""Widget script, its CORS JSON, the static snippet and the oEmbed endpoint."""

from urllib.parse import quote

import pytest
from bs4 import BeautifulSoup

from blogparade.contributions import roundup as service
from blogparade.contributions.models import Contribution
from blogparade.core.models import RegisteredSite
from blogparade.syndication.tests.factories import make_contribution, make_parade

pytestmark = pytest.mark.django_db

HOSTILE = "<img src=x onerror=alert(1)>\"'"


@pytest.fixture
def parade():
    p = make_parade(slug="web")
    make_contribution(p, title=HOSTILE, author_name=HOSTILE)
    make_contribution(p, title="Pending", status=Contribution.Status.PENDING)
    make_contribution(p, title="JS link", url="javascript:alert(1)")
    return p


def test_script_is_served_as_javascript(client):
    response = client.get("/widgets/contributions.js")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/javascript")
    body = response.content.decode()
    assert "textContent" in body and "innerHTML" not in body.replace("never innerHTML", "")


def test_json_cors_only_for_registered_origins(client, parade):
    RegisteredSite.objects.create(origin="https://host-blog.example")
    ok = client.get(
        "/widgets/contributions.json?parade=web", headers={"Origin": "https://HOST-blog.example"}
    )
    assert ok.status_code == 200
    assert ok["Access-Control-Allow-Origin"] == "https://host-blog.example"
    assert "Origin" in ok["Vary"]
    data = ok.json()
    assert [c["title"] for c in data["contributions"]] == [HOSTILE]  # approved, http(s) only
    assert data["labels"]["heading"] == "2 contributions"
    assert b"<img" not in ok.content
    stranger = client.get(
        "/widgets/contributions.json?parade=web", headers={"Origin": "https://evil.example"}
    )
    assert stranger.status_code == 200 and "Access-Control-Allow-Origin" not in stranger
    assert "Access-Control-Allow-Origin" not in client.get("/widgets/contributions.json?parade=web")


def test_unknown_or_missing_parade_404(client):
    assert client.get("/widgets/contributions.json?parade=nope").status_code == 404
    assert client.get("/widgets/contributions.json").status_code == 404
    assert client.get("/widgets/contributions.html?parade=nope").status_code == 404


def test_static_snippet_is_escaped_and_scriptless(client, parade):
    response = client.get("/widgets/contributions.html?parade=web")
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert not soup.find_all(["script", "img", "style"])
    assert [a.get_text() for a in soup.select("li a.u-url")] == [HOSTILE]
    assert all(a["href"].startswith("http") for a in soup.find_all("a"))


def test_oembed_rich_for_parade_and_published_roundup(client, parade):
    url = quote(parade.absolute_url(), safe="")
    response = client.get(f"/oembed?url={url}&maxwidth=400")
    assert response.status_code == 200
    data = response.json()
    assert data["version"] == "1.0" and data["type"] == "rich"
    assert data["width"] == 400 and data["height"] > 0
    assert "<script" not in data["html"] and "&lt;img" in data["html"]
    roundup_url = quote(service.roundup_url(parade), safe="")
    assert client.get(f"/oembed?url={roundup_url}").status_code == 404  # not published
    roundup = service.draft_roundup(parade)
    service.publish_roundup(roundup)
    # the roundup's own title (proposed with the draft: "2 answers to …: the roundup")
    title = client.get(f"/oembed?url={roundup_url}").json()["title"]
    assert title == roundup.display_title and title.endswith("the roundup")


@pytest.mark.parametrize(
    "url",
    [
        "",
        "https://elsewhere.example/p/web/",
        "http://localhost:8000/p/nope/",
        "http://localhost:8000/feeds/parades.atom",
        "javascript:alert(1)",
    ],
)
def test_oembed_unknown_url_404(client, parade, url):
    assert client.get("/oembed", {"url": url}).status_code == 404


def test_oembed_xml_not_implemented(client, parade):
    assert client.get("/oembed", {"url": parade.absolute_url(), "format": "xml"}).status_code == 501


def test_alternate_links_include():
    from django.template.loader import render_to_string

    html = render_to_string(
        "syndication/_alternate_links.html",
        {"parade": make_parade(slug="alt", title='A "quoted" <title>')},
    )
    soup = BeautifulSoup(html, "html.parser")
    types = {link["type"]: link["href"] for link in soup.find_all("link")}
    assert types["application/atom+xml"] == "/p/alt/contributions.atom"
    assert types["application/rss+xml"] == "/p/alt/contributions.rss"
    assert types["application/feed+json"] == "/p/alt/contributions.json"
    assert types["text/calendar"] == "/p/alt/deadline.ics"
    assert "url=http%3A%2F%2Flocalhost%3A8000%2Fp%2Falt%2F" in types["application/json+oembed"]
    assert '"quoted" <title>' not in html
    directory = BeautifulSoup(
        render_to_string("syndication/_alternate_links.html", {}), "html.parser"
    )
    hrefs = {link["href"] for link in directory.find_all("link")}
    assert {
        "/feeds/parades.atom",
        "/feeds/parades.rss",
        "/feeds/parades.json",
        "/calendar.ics",
        "/feeds/roundups.atom",
    } <= hrefs
