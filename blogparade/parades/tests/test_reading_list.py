"""The reading list ("Lesenswertes"): the host adds links, their previews are read through
the safe client with the image copied here, and they show beside the call and in the
roundup — nothing loaded from the other site by readers."""

from __future__ import annotations

import io

import pytest
from bs4 import BeautifulSoup
from django.utils import translation
from PIL import Image

from blogparade.parades import reading
from blogparade.parades.models import ReadingItem

pytestmark = pytest.mark.django_db

HOSTILE = "<script>alert(1)</script>"


@pytest.fixture(autouse=True)
def _local_web(settings, tmp_path):
    settings.FETCH_ALLOW_HOSTS = ["127.0.0.1", "localhost"]
    settings.MEDIA_ROOT = tmp_path / "media"
    from blogparade.fetch.client import reset_politeness

    reset_politeness()


def png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (1200, 630), (30, 120, 200)).save(out, format="PNG")
    return out.getvalue()


@pytest.fixture
def article(httpserver):
    """A page with Open Graph title, description and image."""
    image = httpserver.url_for("/cover.png")
    httpserver.expect_request("/cover.png").respond_with_data(png(), content_type="image/png")
    httpserver.expect_request("/essay").respond_with_data(
        f"""<!doctype html><html lang="de"><head><title>Essay | Ein Blog</title>
        <meta property="og:title" content="Warum wir langsam lesen">
        <meta property="og:description" content="Über das Lesen ohne Eile. {HOSTILE}">
        <meta property="og:image" content="{image}"></head>
        <body><article><h1>Warum wir langsam lesen</h1><p>Text.</p></article></body></html>""",
        content_type="text/html; charset=utf-8",
    )
    return httpserver.url_for("/essay")


def test_a_link_gets_its_preview_with_a_local_image(parade, article, settings):
    item = reading.add(parade, article)
    assert item.title == "Warum wir langsam lesen"
    assert item.description.startswith("Über das Lesen ohne Eile.")
    assert item.image.startswith(f"{settings.MEDIA_URL}previews/") and item.image.endswith(".jpg")
    copy = settings.MEDIA_ROOT / "previews" / item.image.rsplit("/", 1)[1]
    with Image.open(copy) as image:
        assert max(image.size) <= 480  # made small
    assert item.problem is None


def test_the_hosts_own_words_win(parade, article):
    item = reading.add(parade, article, title="Lesenswert!", description="Meine Empfehlung.")
    assert (item.title, item.description) == ("Lesenswert!", "Meine Empfehlung.")
    assert item.image  # the picture is still read


def test_a_page_that_cannot_be_read_is_listed_with_the_reason(parade, httpserver):
    httpserver.expect_request("/gone").respond_with_data("no", status=404)
    item = reading.add(parade, httpserver.url_for("/gone"))
    assert item.pk and item.title == "" and item.display_title == item.url
    assert item.problem["code"] == "page_status"
    with translation.override("de"):
        assert "404" in item.problem_text and "answered" not in item.problem_text


def test_bad_and_duplicate_addresses_are_refused(parade, article):
    with pytest.raises(reading.ReadingError):
        reading.add(parade, "javascript:alert(1)")
    reading.add(parade, article)
    with pytest.raises(reading.ReadingError, match="already"):
        reading.add(parade, article + "?utm_source=x")


def test_shown_beside_the_call_and_in_the_roundup_as_chosen(client, parade, article, httpserver):
    from blogparade.contributions import roundup as service

    both = reading.add(parade, article)
    httpserver.expect_request("/call-only").respond_with_data(
        "<title>Vorher</title>", content_type="text/html"
    )
    call_only = reading.add(parade, httpserver.url_for("/call-only"), place="call")
    httpserver.expect_request("/later").respond_with_data(
        "<title>Danach</title>", content_type="text/html"
    )
    later = reading.add(parade, httpserver.url_for("/later"), place="roundup")

    soup = BeautifulSoup(client.get(parade.get_absolute_url()).content, "html.parser")
    section = soup.select_one("section.reading-list")
    titles = [a.get_text() for a in section.select(".reading-list__title a")]
    assert titles == [both.title, call_only.title]
    assert section.select_one("img")["src"] == both.image  # our copy
    assert httpserver.url_for("/cover.png") not in str(soup)  # nothing from the other site
    assert HOSTILE not in str(soup)

    roundup = service.draft_roundup(parade)
    context = service.roundup_context(roundup)
    assert [i.pk for i in context["reading_items"]] == [both.pk, later.pk]
    markdown = service.export_markdown(roundup)
    assert f"- [Warum wir langsam lesen]({both.url})" in markdown
    assert "Danach" in service.export_html(roundup) and "Vorher" not in markdown
    assert "Danach" in service.export_blocks(roundup)


def test_adding_a_link_renews_the_cached_call_page(client, parade, article):
    first = client.get(parade.get_absolute_url())
    assert b"reading-list" not in first.content
    reading.add(parade, article)
    again = client.get(parade.get_absolute_url())
    assert again["ETag"] != first["ETag"]
    assert b"Warum wir langsam lesen" in again.content


def test_the_hosts_editor(client, owner, parade, article):
    client.force_login(owner)
    url = f"/dashboard/p/{parade.slug}/reading/"
    assert f'href="{url}"' in client.get(f"/dashboard/p/{parade.slug}/").content.decode()
    response = client.post(url, {"url": article, "title": "", "description": "", "place": "both"})
    assert response.status_code == 302
    first = ReadingItem.objects.get()
    second = reading.add(parade, article.replace("/essay", "/other"))  # unreadable: 500 here
    soup = BeautifulSoup(client.get(url).content, "html.parser")
    assert [li["id"] for li in soup.select("ol.reading-edit > li")] == [
        f"item-{first.pk}",
        f"item-{second.pk}",
    ]
    item_url = f"{url}{second.pk}/"
    client.post(item_url, {"action": "up"})
    assert list(ReadingItem.objects.values_list("pk", flat=True)) == [second.pk, first.pk]
    client.post(item_url, {"action": "save", "title": "Mein Titel", "description": "Kurz.",
                           "place": "roundup"})  # fmt: skip
    second.refresh_from_db()
    assert (second.title, second.description, second.place) == ("Mein Titel", "Kurz.", "roundup")
    client.post(item_url, {"action": "remove"})
    assert list(ReadingItem.objects.values_list("pk", flat=True)) == [first.pk]


def test_the_editor_says_what_is_wrong_where_it_is(client, owner, parade):
    client.force_login(owner)
    response = client.post(f"/dashboard/p/{parade.slug}/reading/", {"url": "nope"})
    assert response.status_code == 400
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.select_one("#error-summary a")["href"] == "#id_url"
    assert soup.select_one("#id_url")["aria-invalid"] == "true"
    assert soup.select_one("#id_url")["value"] == "nope"  # nothing typed is lost


def test_only_the_parades_host(client, other_host, parade, article):
    item = reading.add(parade, article)
    client.force_login(other_host)
    assert client.get(f"/dashboard/p/{parade.slug}/reading/").status_code == 404
    response = client.post(f"/dashboard/p/{parade.slug}/reading/{item.pk}/", {"action": "remove"})
    assert response.status_code == 404
    assert ReadingItem.objects.filter(pk=item.pk).exists()
