"""Error pages: styled, localised, with a way on; JSON on the APIs; 503 with Retry-After
instead of a 500 when the database is busy (issues: the 404 page was bare and English, a
database lock gave an HTML 500 on JSON endpoints too)."""

from __future__ import annotations

import sqlite3

import pytest
from django.db import OperationalError, connection
from django.test import Client

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "language,heading,way",
    [
        ("en", "This page does not exist", "All blog parades"),
        ("de", "Diese Seite gibt es nicht", "Alle Blogparaden"),
    ],
)
def test_404_is_a_page_in_the_readers_language_with_a_way_on(client, language, heading, way):
    response = client.get("/p/no-such-parade/", HTTP_ACCEPT_LANGUAGE=language)
    assert response.status_code == 404
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    assert heading in html and way in html
    assert 'href="/"' in html and "site.css" in html


def test_404_on_the_api_is_json(client):
    response = client.get("/api/v1/parades/no-such-parade")
    assert response.status_code == 404
    assert response["Content-Type"].startswith("application/json")
    assert response.json()["error"]


def test_a_form_without_its_csrf_token_gets_a_page_that_says_what_to_do(parade):
    client = Client(enforce_csrf_checks=True)
    response = client.post("/comments/post/", {"text": "hi"}, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 403
    html = response.content.decode()
    assert "The form could not be sent" in html and "reload the page" in html


def test_500_and_503_pages_stand_alone(rf, django_assert_num_queries):
    """They must show when the database cannot: no session, user or query behind them."""
    from django.utils import translation

    from blogparade.core.errors import busy, server_error

    with translation.override("de"), django_assert_num_queries(0):
        error = server_error(rf.get("/p/x/"))
        wait = busy(rf.get("/p/x/"))
    assert error.status_code == 500 and "Bei uns ist etwas schiefgegangen" in error.content.decode()
    assert wait.status_code == 503 and wait["Retry-After"] == "10"
    assert "Alle Blogparaden" in wait.content.decode()


def test_a_database_error_in_a_view_is_503_with_retry_after(client, parade, monkeypatch):
    from blogparade.comments import services

    def locked(*args, **kwargs):
        raise OperationalError("database is locked")

    monkeypatch.setattr(services, "post_comment", locked)
    client.raise_request_exception = False
    response = client.post(
        f"/isso/new?uri=/p/{parade.slug}/",
        '{"text": "hi", "author": "Ann", "email": "ann@example.net"}',
        content_type="application/json",
        HTTP_ORIGIN="http://localhost:8000",
    )
    assert response.status_code == 503
    assert response["Retry-After"] == "10"
    assert response.json()["error"]


@pytest.mark.django_db(transaction=True)
def test_a_real_sqlite_lock_gives_503_not_500(client, parade, settings):
    """Another process holds SQLite's write lock past the timeout: the form answers 503."""
    if connection.vendor != "sqlite":
        pytest.skip("SQLite's write lock; PostgreSQL takes row locks instead")
    settings.BASE_URL = "http://localhost:8000"
    connection.ensure_connection()
    connection.connection.execute("PRAGMA busy_timeout = 100")
    holder = sqlite3.connect(connection.settings_dict["NAME"], isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        client.raise_request_exception = False
        response = client.post(
            f"/isso/new?uri=/p/{parade.slug}/",
            '{"text": "hi", "author": "Ann", "email": "ann@example.net"}',
            content_type="application/json",
            HTTP_ORIGIN="http://localhost:8000",
        )
        page = client.get(f"/p/{parade.slug}/", HTTP_ACCEPT_LANGUAGE="en")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
        connection.close()
    assert response.status_code == 503 and response["Retry-After"] == "10"
    assert page.status_code == 200  # reading does not wait behind the writer


@pytest.mark.django_db(transaction=True)
def test_reading_pages_do_not_wait_behind_a_writer(client, parade, settings):
    """A 10 s write lock held every GET, /healthz included (issue #13). On SQLite in WAL mode
    reads need no lock: with a 100 ms busy timeout none of these may fail while another
    connection holds the write lock."""
    if connection.vendor != "sqlite":
        pytest.skip("SQLite's write lock; PostgreSQL readers never wait for writers")
    connection.ensure_connection()
    connection.connection.execute("PRAGMA busy_timeout = 100")
    holder = sqlite3.connect(connection.settings_dict["NAME"], isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    paths = [
        "/",
        f"/p/{parade.slug}/",
        f"/p/{parade.slug}/contributions.atom",
        "/feeds/parades.atom",
        "/calendar.ics",
        f"/api/v1/parades/{parade.slug}",
        f"/isso/?uri=/p/{parade.slug}/",
        "/healthz",
        "/readyz",
        "/hub/",
    ]
    try:
        client.raise_request_exception = False
        codes = {path: client.get(path, HTTP_ACCEPT_LANGUAGE="en").status_code for path in paths}
    finally:
        holder.execute("ROLLBACK")
        holder.close()
        connection.close()
    assert codes == dict.fromkeys(paths, 200)
