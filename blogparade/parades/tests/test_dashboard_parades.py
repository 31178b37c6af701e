"""Create and edit parades in the dashboard, with preview."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from blogparade.parades.models import Parade

pytestmark = pytest.mark.django_db


def form_data(**changes):
    data = {
        "title": "Rainy days",
        "slug": "rainy-days",
        "question": "What do you do when it rains?",
        "call_text": "# Rain\n\nTell me **everything**. <script>alert(1)</script>",
        "language": "en",
        "opens_at": "2030-03-01T09:00",
        "closes_at": "2030-03-31T23:59",
        "time_zone": "Europe/Berlin",
        "backlink_required": "on",
        "late_entries_accepted": "on",
        "listed": "on",
    }
    data.update(changes)
    return data


def test_create_parade(owner_client, owner, client):
    response = owner_client.post("/dashboard/new/", form_data())
    assert response.status_code == 302
    parade = Parade.objects.get(slug="rainy-days")
    assert parade.host == owner
    assert parade.closes_at == datetime(2030, 3, 31, 23, 59, tzinfo=ZoneInfo("Europe/Berlin"))
    assert response["Location"] == "/dashboard/p/rainy-days/share/"  # the share kit next
    assert "Rainy days" in client.get("/").content.decode()


def test_create_with_deadline_before_opening(owner_client):
    response = owner_client.post("/dashboard/new/", form_data(closes_at="2030-02-01T09:00"))
    assert response.status_code == 400
    html = response.content.decode()
    assert "The deadline must come after the opening." in html
    assert 'id="id_closes_at-error"' in html
    assert not Parade.objects.exists()


def test_create_with_taken_slug_and_bad_zone(owner_client, parade):
    response = owner_client.post(
        "/dashboard/new/", form_data(slug=parade.slug, time_zone="Moon/Base")
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "This short name is taken already" in html
    assert "is not a time zone" in html
    assert Parade.objects.count() == 1


def test_server_side_preview_saves_nothing(owner_client):
    response = owner_client.post("/dashboard/new/", form_data(preview="1"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h2>Rain</h2>" in html
    assert "<strong>everything</strong>" in html
    assert "<script>alert(1)</script>" not in html
    assert not Parade.objects.exists()


def test_preview_endpoint_returns_sanitised_html(owner_client):
    response = owner_client.post(
        "/dashboard/preview/",
        {"call_text": "*hi* [x](javascript:alert(1)) <img src=x onerror=alert(1)>"},
    )
    assert response.status_code == 200
    body = response.content.decode()
    assert "<em>hi</em>" in body
    assert "<img" not in body and 'href="javascript' not in body


def test_preview_endpoint_rejects_huge_text(owner_client):
    assert owner_client.post("/dashboard/preview/", {"call_text": "x" * 50_001}).status_code == 400


def test_preview_needs_csrf(owner):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(owner)
    assert client.post("/dashboard/preview/", {"call_text": "x"}).status_code == 403


def test_edit_parade(owner_client, parade):
    page = owner_client.get(f"/dashboard/p/{parade.slug}/edit/").content.decode()
    assert 'value="Slow mornings"' in page
    response = owner_client.post(
        f"/dashboard/p/{parade.slug}/edit/", form_data(slug=parade.slug, title="Slower mornings")
    )
    assert response.status_code == 302
    parade.refresh_from_db()
    assert parade.title == "Slower mornings"


def test_edit_keeps_own_slug_valid_but_not_anothers(owner_client, parade, make_parade, other_host):
    other = make_parade("open", host=other_host, slug="bobs")
    response = owner_client.post(f"/dashboard/p/{parade.slug}/edit/", form_data(slug=other.slug))
    assert response.status_code == 400
    parade.refresh_from_db()
    assert parade.slug == "slow-mornings"


@pytest.mark.parametrize("interface,language", [("de", "de"), ("en", "en")])
def test_new_parade_form_defaults_to_the_interface_language(owner_client, interface, language):
    """In the German interface the form defaulted its language to "Englisch"."""
    html = owner_client.get("/dashboard/new/", HTTP_ACCEPT_LANGUAGE=interface).content.decode()
    assert f'<option value="{language}" selected>' in html


def test_a_new_parade_without_a_short_name_gets_one_from_its_title(owner_client, make_parade):
    """The slug was not suggested from the title."""
    make_parade(slug="warum-ich-noch-immer-blogge")
    data = form_data(title="Warum ich noch immer blogge – Übersicht für Äpfel", slug="")
    response = owner_client.post("/dashboard/new/", data)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert Parade.objects.filter(slug="warum-ich-noch-immer-blogge-uebersicht-fuer-aepfel").exists()
    again = owner_client.post(
        "/dashboard/new/", form_data(title="Warum ich noch immer blogge", slug="")
    )
    assert again.status_code == 302
    assert Parade.objects.filter(slug="warum-ich-noch-immer-blogge-2").exists()


def test_suggested_short_names_are_short_and_free():
    from blogparade.parades.forms import suggest_slug

    long = suggest_slug("Ein sehr langer Titel " * 10)
    assert len(long) <= 60 and not long.endswith("-")
    assert suggest_slug("!!!") == ""
    assert suggest_slug("Crème brûlée") == "creme-brulee"


# --- the whole call page, previewed before saving --------------------------------------


def test_the_whole_page_preview_of_a_new_parade_saves_nothing(owner_client):
    from blogparade.core.models import RegisteredSite

    sites = RegisteredSite.objects.count()
    response = owner_client.post(
        "/dashboard/preview/page/", form_data(call_url="https://owner.example/rain")
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert 'class="notice notice--preview"' in html
    assert "Nothing is saved yet" in html
    # the call page itself: title, question, rendered call, author box, the take-part form
    assert '<h1 class="p-name" lang="en">Rainy days</h1>' in html
    assert "What do you do when it rains?" in html
    assert "<strong>everything</strong>" in html and "<script>alert(1)</script>" not in html
    assert 'id="take-part"' in html or "take-part" in html
    assert response["X-Robots-Tag"] == "noindex"
    assert "no-store" in response["Cache-Control"]
    assert not Parade.objects.exists()
    assert RegisteredSite.objects.count() == sites  # the call's site was not registered either


def test_the_preview_of_an_edit_shows_the_change_and_what_the_parade_has(
    owner_client, parade, make_contribution
):
    make_contribution(parade, title="My rainy Sunday")
    data = form_data(title="Slow, slower, slowest", slug=parade.slug)
    response = owner_client.post(f"/dashboard/p/{parade.slug}/preview/", data)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Slow, slower, slowest" in html
    assert "My rainy Sunday" in html  # its contributions, as readers see them
    parade.refresh_from_db()
    assert parade.title == "Slow mornings"
    # the public page never saw the preview
    assert "Slow, slower, slowest" not in owner_client.get(f"/p/{parade.slug}/").content.decode()


def test_an_invalid_preview_shows_the_form_with_its_errors(owner_client):
    response = owner_client.post(
        "/dashboard/preview/page/", form_data(closes_at="2030-02-01T09:00")
    )
    assert response.status_code == 400
    assert "The deadline must come after the opening." in response.content.decode()
    assert not Parade.objects.exists()


def test_preview_is_for_the_parades_own_host(client, other_host, parade):
    client.force_login(other_host)
    assert client.post(f"/dashboard/p/{parade.slug}/preview/", form_data()).status_code == 404
    client.logout()
    response = client.post("/dashboard/preview/page/", form_data())
    assert response.status_code == 302  # to the login


def test_the_form_offers_the_whole_page_preview(owner_client, parade):
    html = owner_client.get("/dashboard/new/").content.decode()
    assert 'formaction="/dashboard/preview/page/"' in html
    html = owner_client.get(f"/dashboard/p/{parade.slug}/edit/").content.decode()
    assert f'formaction="/dashboard/p/{parade.slug}/preview/"' in html
