import pytest
from defusedxml import ElementTree

from blogparade.contributions import roundup as service
from blogparade.syndication.tests.factories import make_parade

pytestmark = pytest.mark.django_db
NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def test_sitemap_lists_listed_parades_and_published_roundups(client):
    shown = make_parade(slug="shown")
    make_parade(slug="hidden", listed=False)
    draft_only = make_parade(slug="draft-only")
    service.draft_roundup(draft_only)
    service.publish_roundup(service.draft_roundup(shown))
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    root = ElementTree.fromstring(response.content)
    locs = [u.find(f"{NS}loc").text for u in root.findall(f"{NS}url")]
    assert locs == [
        "http://localhost:8000/",
        "http://localhost:8000/p/shown/",
        "http://localhost:8000/p/draft-only/",
        "http://localhost:8000/p/shown/roundup/",
    ]
    assert root.findall(f"{NS}url")[1].find(f"{NS}lastmod").text


def test_robots_txt_points_at_sitemap_and_keeps_crawlers_out_of_dashboard(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    body = response.content.decode()
    assert "Disallow: /dashboard/" in body
    assert "Sitemap: http://localhost:8000/sitemap.xml" in body
