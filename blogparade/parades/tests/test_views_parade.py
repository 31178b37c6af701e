import re
from pathlib import Path

import pytest
from django.conf import settings

from blogparade.contributions.models import Contribution

pytestmark = pytest.mark.django_db


def test_unknown_slug_is_404(client):
    assert client.get("/p/no-such-parade/").status_code == 404
    assert client.post("/p/no-such-parade/take-part/", {}).status_code == 404


def test_call_with_author_box_question_rules_and_deadline(client, parade, owner):
    profile = owner.host_profile
    profile.role = "Editor"
    profile.organisation = "Morning Club"
    profile.bio = "Writes before breakfast."
    profile.website = "https://alice.example.org/"
    profile.save()
    response = client.get(parade.get_absolute_url())
    assert response.status_code == 200
    html = response.content.decode()
    assert '<h1 class="p-name" lang="en">Slow mornings</h1>' in html
    assert "What does your slowest morning look like?" in html
    assert "Tell us about <strong>your</strong> mornings." in html
    # author box as h-card
    assert 'class="author-box p-author h-card"' in html
    assert (
        '<a class="p-name u-url" href="https://alice.example.org/" rel="me">Alice Example</a>'
        in html
    )
    assert '<span class="p-job-title">Editor</span>' in html
    assert '<span class="p-org">Morning Club</span>' in html
    assert "Writes before breakfast." in html
    # rules
    assert "Your post must link to this call." in html
    assert "#slowmornings" in html
    assert "Late entries are welcome" in html
    # deadline in the parade's time zone, machine-readable, with the countdown hook
    assert 'class="deadline h-event"' in html
    assert re.search(r'<time class="dt-end" datetime="[^"]+"', html)
    assert "(Europe/Berlin)" in html
    assert "data-countdown" in html
    assert "left." in html  # meaningful without JS
    # how to take part
    assert f"{settings.BASE_URL}/webmention" in html
    assert 'action="/p/slow-mornings/take-part/#form-errors"' in html  # back at the form
    # served to every reader from the page cache: no per-reader token (blogparade.core.csrf)
    assert 'name="csrfmiddlewaretoken"' not in html


def test_microformats_opengraph_and_linkback_discovery(client, parade):
    response = client.get(parade.get_absolute_url())
    html = response.content.decode()
    assert '<article class="h-entry call">' in html
    assert 'class="e-content call-text' in html
    assert (
        '<link rel="webmention" href="http://localhost:8000/webmention">'.replace(
            "http://localhost:8000", settings.BASE_URL
        )
        in html
    )
    assert f'<link rel="pingback" href="{settings.BASE_URL}/xmlrpc">' in html
    assert '<meta property="og:title" content="Slow mornings">' in html
    assert f'<meta property="og:url" content="{settings.BASE_URL}/p/slow-mornings/">' in html
    assert '<meta property="og:type" content="article">' in html
    assert response["Link"] == f'<{settings.BASE_URL}/webmention>; rel="webmention"'
    assert response["X-Pingback"] == f"{settings.BASE_URL}/xmlrpc"


def test_mf2_parse(client, parade, make_contribution):
    mf2py = pytest.importorskip("mf2py")
    make_contribution(
        parade, title="Tea at dawn", author_name="Dora", author_url="https://dora.example/"
    )
    html = client.get(parade.get_absolute_url()).content.decode()
    parsed = mf2py.parse(doc=html, url=settings.BASE_URL + parade.get_absolute_url())
    entry = next(i for i in parsed["items"] if "h-entry" in i["type"])
    assert entry["properties"]["name"] == ["Slow mornings"]
    author = entry["properties"]["author"][0]
    assert "h-card" in author["type"] and author["properties"]["name"] == ["Alice Example"]
    children = entry.get("children", [])
    assert any("h-event" in c["type"] and c["properties"].get("end") for c in children)
    cites = [i for i in parsed["items"] if "h-cite" in i["type"]]
    assert cites[0]["properties"]["name"] == ["Tea at dawn"]
    assert cites[0]["properties"]["author"][0]["properties"]["name"] == ["Dora"]


def test_only_approved_contributions_are_listed(client, parade, make_contribution):
    make_contribution(parade, title="Approved post")
    for status in ("pending", "rejected", "spam", "gone"):
        make_contribution(parade, status=status, title=f"Hidden {status} post")
    html = client.get(parade.get_absolute_url()).content.decode()
    assert "Approved post" in html
    assert "Hidden" not in html
    assert html.count('class="contribution h-cite"') == 1


def test_foreign_text_is_escaped_and_bad_links_dropped(client, parade, make_contribution):
    make_contribution(
        parade,
        title="<script>alert('t')</script>",
        author_name='<img src=x onerror="alert(1)">',
        author_url="javascript:alert(1)",
        summary="<b>bold?</b>",
        url="https://ok.example/post",
    )
    html = client.get(parade.get_absolute_url()).content.decode()
    assert "<script>alert" not in html
    assert "&lt;script&gt;" in html
    assert "<img src=x" not in html
    assert "javascript:alert" not in html
    assert "&lt;b&gt;bold?&lt;/b&gt;" in html


def test_submitter_email_never_on_page(client, parade, make_contribution):
    make_contribution(parade, submitter_email="secret-person@example.com", submitter_name="Sam")
    html = client.get(parade.get_absolute_url()).content.decode()
    assert "secret-person@example.com" not in html


def test_extension_points_for_thread_and_comments(client, parade):
    from django.template.loader import get_template

    assert get_template("parades/_after_contributions.html")
    source = Path(get_template("parades/parade.html").origin.name).read_text()
    assert "{% block thread %}" in source
    assert '{% include "parades/_after_contributions.html" %}' in source


@pytest.mark.parametrize("count", [1, 50])
def test_query_count_does_not_grow_with_contributions(
    client, parade, make_contribution, count, django_assert_num_queries
):
    for _ in range(count):
        make_contribution(parade)
    # the page's version (page cache); parade with host and profile; the list's version; its
    # rows (only when the cached fragment is stale); reactions; whether the parade is in the
    # fediverse and its likes and boosts there; the reading list; the comment thread (thread,
    # its comments)
    with django_assert_num_queries(10):
        response = client.get(parade.get_absolute_url())
    assert response.content.decode().count('class="contribution h-cite"') == count
    # the same page again comes from the page cache: one query for its version
    with django_assert_num_queries(1):
        response = client.get(parade.get_absolute_url())
    assert response.content.decode().count('class="contribution h-cite"') == count
    # rendered live (a commenter's cookie): the list fragment is cached, its rows are not read
    client.cookies["unrelated"] = "1"
    with django_assert_num_queries(8):
        response = client.get(parade.get_absolute_url())
    assert response.content.decode().count('class="contribution h-cite"') == count


def test_cached_list_follows_moderation(client, parade, make_contribution):
    shown = make_contribution(parade, title="First answer")
    assert "First answer" in client.get(parade.get_absolute_url()).content.decode()
    shown.status = Contribution.Status.REJECTED
    shown.save()
    assert "First answer" not in client.get(parade.get_absolute_url()).content.decode()


def test_the_interface_follows_the_reader_and_the_parades_texts_stay(client, make_parade):
    """One rule: the interface speaks the reader's language (switcher, else browser), the
    parade's own texts stay in the parade's language, marked as such. A browser that names
    no language gets the parade's."""
    german = make_parade("open", slug="auf-deutsch", language="de", title="Warum bloggst du?")
    html = client.get("/p/auf-deutsch/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert '<html lang="en">' in html and ">Deadline</h2>" in html
    assert '<h1 class="p-name" lang="de">Warum bloggst du?</h1>' in html
    html = client.get("/p/auf-deutsch/").content.decode()  # no Accept-Language
    assert '<html lang="de">' in html
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "de"
    html = client.get(german.get_absolute_url(), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert '<html lang="de">' in html  # the switcher wins over the browser


def test_directory_language_from_browser(client):
    html = client.get("/", HTTP_ACCEPT_LANGUAGE="de").content.decode()
    assert '<html lang="de">' in html


def test_upcoming_parade_shows_no_form(client, make_parade):
    upcoming = make_parade("upcoming")
    html = client.get(upcoming.get_absolute_url()).content.decode()
    assert "has not opened yet" in html
    assert 'take-part/"' not in html


def test_base_layout_is_accessible(client, parade):
    html = client.get(parade.get_absolute_url()).content.decode()
    assert '<a class="skip-link" href="#main">' in html
    for landmark in ("<header", "<nav", '<main id="main"', "<footer"):
        assert landmark in html
    assert 'action="/i18n/setlang/"' in html
    assert '<label for="lang-select"' in html
    # every visible form control has a label
    for tag, control_id in re.findall(
        r'(<(?:input|select|textarea)[^>]*\bid="([^"]+)"[^>]*>)', html
    ):
        if 'type="hidden"' in tag:
            continue
        assert f'for="{control_id}"' in html, control_id


def test_head_request_works(client, parade):
    assert client.head(parade.get_absolute_url()).status_code == 200
    assert client.head("/").status_code == 200


def test_contribution_of_another_parade_not_shown(client, parade, make_parade, make_contribution):
    other = make_parade("open")
    make_contribution(other, title="Elsewhere post", status=Contribution.Status.APPROVED)
    assert "Elsewhere post" not in client.get(parade.get_absolute_url()).content.decode()


def test_host_sees_a_link_to_moderate(owner_client, other_client, parade):
    link = f'href="/dashboard/p/{parade.slug}/"'
    assert link in owner_client.get(parade.get_absolute_url()).content.decode()
    assert link not in other_client.get(parade.get_absolute_url()).content.decode()


def test_a_published_roundup_is_linked_from_the_call_and_the_directory(client, make_parade):
    from django.utils import timezone

    parade = make_parade("closed", title="Finished parade")
    page = client.get(parade.get_absolute_url()).content.decode()
    assert f"/p/{parade.slug}/roundup/" not in page
    parade.rounded_up_at = timezone.now()
    parade.save()
    page = client.get(parade.get_absolute_url()).content.decode()
    assert f'href="/p/{parade.slug}/roundup/"' in page
    directory = client.get("/").content.decode()
    assert f'href="/p/{parade.slug}/roundup/"' in directory
