"""/dashboard/hub/: operators add, refresh and pause the hub's sources; nobody else sees it."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model

from blogparade.parades.models import HubSource, RemoteParade
from blogparade.parades.tests.test_hub_call import H_EVENT

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _allow_fake_sites(settings):
    settings.FETCH_ALLOW_HOSTS = ["127.0.0.1"]


@pytest.fixture
def staff_client(client):
    user = get_user_model().objects.create_user("op", "op@example.org", "pw", is_staff=True)
    client.force_login(user)
    return client


def test_only_staff_see_or_change_the_hub(client, host):
    source = HubSource.objects.create(kind=HubSource.Kind.FEED, url="https://other.example/feed")
    assert client.get("/dashboard/hub/").status_code == 302  # to the login
    client.force_login(host)  # a host, not an operator
    assert client.get("/dashboard/hub/").status_code == 404
    assert (
        client.post("/dashboard/hub/", {"kind": "call", "url": "https://x.example/"}).status_code
        == 404
    )
    assert client.post(f"/dashboard/hub/{source.pk}/active/").status_code == 404
    assert client.post(f"/dashboard/hub/{source.pk}/refresh/").status_code == 404
    source.refresh_from_db()
    assert source.active and HubSource.objects.count() == 1
    assert "/dashboard/hub/" not in client.get("/dashboard/").content.decode()


def test_staff_add_a_call_page_pause_and_refresh_it(staff_client, httpserver):
    httpserver.expect_request("/call").respond_with_data(H_EVENT, content_type="text/html")
    url = f"http://127.0.0.1:{httpserver.port}/call"
    assert "/dashboard/hub/" in staff_client.get("/dashboard/").content.decode()

    response = staff_client.post("/dashboard/hub/", {"kind": "call", "url": url}, follow=True)
    page = response.content.decode()
    assert f"Added {url}: 1 parade(s)." in page
    source = HubSource.objects.get()
    assert source.kind == HubSource.Kind.CALL and RemoteParade.objects.count() == 1
    assert "IndieWeb Carnival" in page  # the source's title, escaped by the template

    response = staff_client.post(f"/dashboard/hub/{source.pk}/active/", follow=True)
    assert f"{url} is paused." in response.content.decode()
    source.refresh_from_db()
    assert not source.active

    response = staff_client.post(f"/dashboard/hub/{source.pk}/refresh/", follow=True)
    assert f"{url}: 1 parade(s)." in response.content.decode()
    assert staff_client.get(f"/dashboard/hub/{source.pk}/refresh/").status_code == 405


def test_a_source_that_cannot_be_read_is_not_saved_and_says_why(staff_client, httpserver):
    httpserver.expect_request("/gone").respond_with_data("no", status=404)
    url = f"http://127.0.0.1:{httpserver.port}/gone"
    response = staff_client.post("/dashboard/hub/", {"kind": "feed", "url": url})
    assert response.status_code == 400
    page = response.content.decode()
    assert 'class="message message--error"' in page
    assert f'value="{url}"' in page  # what was typed stays in the form
    assert not HubSource.objects.exists()

    response = staff_client.post("/dashboard/hub/", {"kind": "podcast", "url": url})
    assert "directory feed or a call page" in response.content.decode()
    response = staff_client.post("/dashboard/hub/", {"kind": "feed", "url": "  "})
    assert "Enter the address" in response.content.decode()
    assert not HubSource.objects.exists()
