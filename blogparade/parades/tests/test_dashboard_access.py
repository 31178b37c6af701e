"""Every dashboard view: login required; another host's parade is a 404."""

import pytest

pytestmark = pytest.mark.django_db

PARADE_GETS = ["/dashboard/p/{slug}/", "/dashboard/p/{slug}/edit/"]
PARADE_POSTS = ["/dashboard/p/{slug}/moderate/", "/dashboard/p/{slug}/edit/"]
OWN_PAGES = ["/dashboard/", "/dashboard/new/", "/dashboard/profile/"]


@pytest.mark.parametrize("path", PARADE_GETS)
def test_owner_sees_own_parade_pages(owner_client, parade, path):
    assert owner_client.get(path.format(slug=parade.slug)).status_code == 200


@pytest.mark.parametrize("path", PARADE_GETS)
def test_other_host_gets_404(other_client, parade, path):
    assert other_client.get(path.format(slug=parade.slug)).status_code == 404


@pytest.mark.parametrize("path", PARADE_POSTS)
def test_other_host_cannot_post(other_client, parade, make_contribution, path):
    c = make_contribution(parade, status="pending")
    response = other_client.post(
        path.format(slug=parade.slug), {"single": f"approve:{c.pk}", "title": "Hijacked"}
    )
    assert response.status_code == 404
    c.refresh_from_db()
    parade.refresh_from_db()
    assert c.status == "pending"
    assert parade.title == "Slow mornings"


@pytest.mark.parametrize("path", PARADE_GETS + OWN_PAGES)
def test_stranger_is_sent_to_login(stranger_client, parade, path):
    response = stranger_client.get(path.format(slug=parade.slug))
    assert response.status_code == 302
    assert response["Location"].startswith("/dashboard/login/?next=")


@pytest.mark.parametrize("path", ["/dashboard/preview/", *PARADE_POSTS])
def test_stranger_cannot_post(stranger_client, parade, path):
    response = stranger_client.post(path.format(slug=parade.slug), {"call_text": "x"})
    assert response.status_code == 302
    assert "/dashboard/login/" in response["Location"]


@pytest.mark.parametrize("path", OWN_PAGES)
def test_own_pages_for_a_logged_in_host(owner_client, path):
    assert owner_client.get(path).status_code == 200


def test_home_lists_only_own_parades(owner_client, parade, make_parade, other_host):
    make_parade("open", host=other_host, title="Bob's parade")
    html = owner_client.get("/dashboard/").content.decode()
    assert "Slow mornings" in html
    assert "Bob&#x27;s parade" not in html and "Bob's parade" not in html


def test_unknown_slug_is_404(owner_client):
    assert owner_client.get("/dashboard/p/nope/").status_code == 404


def test_login_page_and_login(client, owner):
    response = client.get("/dashboard/login/")
    assert response.status_code == 200
    assert 'name="username"' in response.content.decode()
    response = client.post(
        "/dashboard/login/", {"username": "alice", "password": "correct-horse-9"}
    )
    assert response.status_code == 302
    assert response["Location"] == "/dashboard/"


def test_wrong_password_is_explained(client, owner):
    response = client.post("/dashboard/login/", {"username": "alice", "password": "wrong"})
    assert response.status_code == 200
    assert "That did not work" in response.content.decode()


def test_logout_is_a_post(owner_client):
    response = owner_client.post("/dashboard/logout/")
    assert response.status_code == 302
    assert owner_client.get("/dashboard/").status_code == 302
