"""Directory filters (state, language, tag), the results count, pagination that keeps them."""

import re
from datetime import timedelta

import pytest
from django.core.cache import cache
from django.utils import timezone

from blogparade.parades.models import Parade
from blogparade.parades.search import DirectoryFilters, normalise_tags

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_cache():
    cache.clear()


def titles(response) -> list[str]:
    return re.findall(r'class="p-name u-url" href="[^"]+">([^<]+)</a>', response.content.decode())


@pytest.fixture
def states(make_parade):
    now = timezone.now()
    make_parade("open", title="Open far", closes_at=now + timedelta(days=20))
    make_parade("open", title="Open soon", closes_at=now + timedelta(days=3))
    make_parade("upcoming", title="Upcoming one")
    make_parade("closed", title="Closed one")
    make_parade("closed", title="Rounded one", rounded_up_at=now)


@pytest.mark.parametrize(
    ("state", "expected"),
    [
        ("open", ["Open soon", "Open far"]),
        ("closing_soon", ["Open soon"]),
        ("upcoming", ["Upcoming one"]),
        ("closed", ["Closed one", "Rounded one"]),
        ("rounded_up", ["Rounded one"]),
        ("", ["Open soon", "Open far", "Upcoming one", "Closed one", "Rounded one"]),
        ("bogus';--", ["Open soon", "Open far", "Upcoming one", "Closed one", "Rounded one"]),
    ],
)
def test_state_filter(client, states, state, expected):
    response = client.get("/", {"state": state})
    assert response.status_code == 200
    assert titles(response) == expected


def test_closing_soon_is_seven_days(client, make_parade):
    now = timezone.now()
    make_parade("open", title="Six days", closes_at=now + timedelta(days=6, hours=23))
    make_parade("open", title="Eight days", closes_at=now + timedelta(days=8))
    assert titles(client.get("/?state=closing_soon")) == ["Six days"]


def test_language_filter(client, make_parade):
    make_parade("open", title="English one", language="en")
    make_parade("open", title="Deutsche Parade", language="de")
    assert titles(client.get("/?language=de")) == ["Deutsche Parade"]
    assert titles(client.get("/?language=en")) == ["English one"]
    assert len(titles(client.get("/?language=xx"))) == 2  # unknown: ignored


def test_tag_filter_matches_whole_tags_only(client, make_parade):
    make_parade("open", title="Writing", tags="Writing, slow living")
    make_parade("open", title="Rewriting", tags="rewriting")
    make_parade("open", title="Living", tags="living,#Writing")
    assert titles(client.get("/?tag=writing")) == ["Writing", "Living"]
    assert titles(client.get("/", {"tag": "Slow  Living"})) == ["Writing"]
    assert titles(client.get("/?tag=%25")) == []  # LIKE wildcards are literal


def test_tags_are_normalised_on_save_and_bulk_create(make_parade, owner):
    parade = make_parade("open", tags=" #Kaffee, kaffee ,  Slow   Living,,Ökologie ")
    parade.refresh_from_db()
    assert parade.tags == "kaffee,slow living,ökologie"
    assert parade.tag_list == ["kaffee", "slow living", "ökologie"]
    now = timezone.now()
    Parade.objects.bulk_create(
        [
            Parade(
                host=owner,
                slug="bulk",
                title="Bulk",
                tags="A,B,a",
                opens_at=now,
                closes_at=now + timedelta(days=1),
            )
        ]
    )
    assert Parade.objects.get(slug="bulk").tags == "a,b"


def test_normalise_tags_limits():
    many = ",".join(f"t{i}" for i in range(30))
    assert normalise_tags(many).count(",") == 9
    assert len(normalise_tags("x" * 100)) == 40
    assert normalise_tags(["One", " two "]) == "one,two"
    assert normalise_tags(None) == ""


def test_cards_link_their_tags_and_the_tag_list_offers_them(client, make_parade):
    make_parade("open", title="Tagged", tags="slow living, kaffee")
    make_parade("open", title="Also", tags="kaffee")
    html = client.get("/").content.decode()
    assert '<a class="p-category" rel="tag" href="/?tag=slow%20living">slow living</a>' in html
    assert '<option value="kaffee">kaffee (2)</option>' in html
    assert '<option value="slow living">slow living (1)</option>' in html


def test_chosen_tag_stays_selected_even_when_unknown(client, make_parade):
    make_parade("open", tags="kaffee")
    html = client.get("/?tag=Tee").content.decode()
    assert '<option value="tee" selected>tee</option>' in html
    assert "No parades match these filters." in html


def test_form_is_accessible_and_keeps_choices(client, make_parade):
    make_parade("open", tags="kaffee")
    html = client.get("/?state=open&language=de&tag=kaffee&q=morning").content.decode()
    assert '<form class="directory-filters" method="get" action="/" role="search"' in html
    for name in ("q", "state", "language", "tag"):
        assert f'<label for="directory-{name}">' in html
        assert f'id="directory-{name}" name="{name}"' in html
    assert 'value="morning"' in html
    assert '<option value="open" selected>' in html
    assert '<option value="de" lang="de" selected>' in html
    assert '<option value="kaffee" selected>' in html
    assert '<a href="/">Clear all filters</a>' in html


def test_results_count_is_announced(client, states):
    html = client.get("/?state=open").content.decode()
    assert (
        '<p class="results-count" id="directory-results" role="status">2 parades found.</p>' in html
    )
    html = client.get("/?state=upcoming").content.decode()
    assert 'role="status">1 parade found.</p>' in html
    html = client.get("/").content.decode()
    assert 'role="status"' not in html  # nothing asked, nothing to announce


def test_empty_result_with_filters_is_said_clearly(client, states):
    html = client.get("/?language=de").content.decode()
    assert "No parades match these filters." in html
    assert "No parades yet." not in html


def make_many(make_parade, n: int, **fields) -> None:
    now = timezone.now()
    for i in range(n):
        make_parade("open", title=f"Many {i:02d}", closes_at=now + timedelta(days=1 + i), **fields)


def test_pagination_25_a_page_with_rel_links(client, make_parade):
    make_many(make_parade, 30)
    html = client.get("/").content.decode()
    assert len(titles(client.get("/"))) == 25
    assert '<a href="/?page=2" rel="next">' in html
    assert '<link rel="next" href="/?page=2">' in html
    assert 'rel="prev"' not in html
    second = client.get("/?page=2")
    assert titles(second) == [f"Many {i:02d}" for i in range(25, 30)]
    html = second.content.decode()
    assert '<a href="/" rel="prev">' in html
    assert '<link rel="prev" href="/">' in html
    assert 'rel="next"' not in html
    assert "Page 2 of 2" in html


def test_pagination_links_keep_the_filters(client, make_parade):
    make_many(make_parade, 55, language="de", tags="kaffee")
    make_parade("open", title="English", language="en")
    html = client.get("/?language=de&tag=kaffee&state=open&page=2").content.decode()
    assert '<a href="/?state=open&amp;language=de&amp;tag=kaffee" rel="prev">' in html
    assert '<a href="/?state=open&amp;language=de&amp;tag=kaffee&amp;page=3" rel="next">' in html
    assert 'role="status">55 parades found.</p>' in html


@pytest.mark.parametrize("page", ["0", "-1", "abc", "99999999999999999999999", "2.5", ""])
def test_odd_page_numbers_give_a_page(client, make_parade, page):
    make_many(make_parade, 3)
    response = client.get("/", {"page": page})
    assert response.status_code == 200
    assert len(titles(response)) == 3


def test_filters_from_any_input():
    filters = DirectoryFilters.from_query(
        {"q": "  a\u00a0 b  " + "x" * 500, "state": "OPEN", "language": "de", "tag": "#Tee"}
    )
    assert filters.q.startswith("a b x") and len(filters.q) == 200
    assert filters.state == ""
    assert filters.language == "de"
    assert filters.tag == "tee"
    assert DirectoryFilters().querystring(page=1) == ""
    assert DirectoryFilters(q="ä&b").querystring(page=2) == "?q=%C3%A4%26b&page=2"


def test_post_is_not_allowed(client):
    assert client.post("/").status_code == 405


def test_host_sets_tags_in_the_dashboard_form(owner_client, client):
    from blogparade.parades.tests.test_dashboard_parades import form_data

    form = owner_client.get("/dashboard/new/").content.decode()
    assert 'name="tags"' in form and '<label for="id_tags"' in form
    response = owner_client.post("/dashboard/new/", form_data(tags="Rain, #Weather, rain"))
    assert response.status_code == 302
    assert Parade.objects.get(slug="rainy-days").tags == "rain,weather"
    assert titles(client.get("/?tag=weather")) == ["Rainy days"]
    assert titles(client.get("/?q=weath")) == ["Rainy days"]


@pytest.mark.parametrize("tag", ["\x00", "kaf\x00fee", "\u202ekaffee", "%", "_", "\\", "'"])
def test_odd_tags_never_fail(client, make_parade, tag):
    make_parade("open", title="Kaffee", tags="kaffee")
    response = client.get("/", {"tag": tag, "q": tag})
    # No tag has a NUL byte: malformed input, answered 400 everywhere (never a 500).
    assert response.status_code == (400 if "\x00" in tag else 200)
    assert "\x00" not in response.content.decode()
