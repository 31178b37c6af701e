"""Full-text search in the directory: fields, index kept in sync, hostile queries, reindex.

Runs on SQLite (FTS5) and, with BLOGPARADE_DATABASE_URL set, on PostgreSQL full text."""

import re

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection

from blogparade.parades import services
from blogparade.parades.models import HostProfile
from blogparade.parades.search import DirectoryFilters, fts5_query, search_terms, tsquery

pytestmark = pytest.mark.django_db

SQLITE = connection.vendor == "sqlite"


@pytest.fixture(autouse=True)
def _fresh_cache():
    cache.clear()


def found(query: str, **filters: str) -> list[str]:
    parades = services.directory_parades(filters=DirectoryFilters(q=query, **filters))
    return [p.title for p in parades]


def titles(response) -> list[str]:
    return re.findall(r'class="p-name u-url" href="[^"]+">([^<]+)</a>', response.content.decode())


@pytest.fixture
def corpus(make_parade, make_user):
    carol = make_user("carol", name="Carol Gärtner")
    make_parade(
        "open",
        title="Slow mornings",
        question="What does your slowest morning look like?",
        call_text="Tell us about **coffee** and quiet.",
        tags="slow living",
    )
    make_parade("open", title="Garden diaries", question="What grows?", host=carol)
    make_parade("closed", title="Writing rituals", call_text="Notebooks, pens, mornings.")
    make_parade("open", title="Kaffeeklatsch", tags="kaffee, gemütlichkeit", language="de")


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("slow", ["Slow mornings"]),  # title
        ("slowest", ["Slow mornings"]),  # question
        ("coffee", ["Slow mornings"]),  # call text
        ("Gärtner", ["Garden diaries"]),  # host name
        ("carol", ["Garden diaries"]),
        ("living", ["Slow mornings"]),  # tag
        ("gemütlichkeit", ["Kaffeeklatsch"]),
        ("morn", ["Slow mornings", "Writing rituals"]),  # prefix of the last word
        ("mornings slow", ["Slow mornings"]),  # every word required, any order
        ("SLOW Mornings", ["Slow mornings"]),
        ("nothing-like-this", []),
    ],
)
def test_search_fields(corpus, query, expected):
    assert sorted(found(query)) == sorted(expected)


def test_search_combines_with_filters(corpus):
    assert found("morn", state="open") == ["Slow mornings"]
    assert found("morn", state="closed") == ["Writing rituals"]
    assert found("kaffee", language="en") == []
    assert found("kaffee", tag="gemütlichkeit") == ["Kaffeeklatsch"]


def test_more_relevant_first(make_parade):
    make_parade("open", title="Tea", call_text="Once, about bread.")
    make_parade("open", title="Bread bread bread", question="Bread?", tags="bread")
    assert found("bread")[0] == "Bread bread bread"


def test_diacritics_fold(corpus):
    """FTS5's unicode61 tokenizer on SQLite; the unaccent dictionary on PostgreSQL."""
    assert found("gartner") == ["Garden diaries"]
    assert found("gärtner") == ["Garden diaries"]
    assert found("gemutlichkeit") == ["Kaffeeklatsch"]  # a tag
    assert found("gemutl") == ["Kaffeeklatsch"]  # a prefix


def test_index_follows_edits_of_parades_profiles_and_users(make_parade, make_user):
    dave = make_user("dave", first_name="Dave", last_name="Nameless")
    parade = make_parade("open", title="Before", host=dave)
    assert found("nameless") == ["Before"]
    parade.title = "Afterwards"
    parade.tags = "renamed"
    parade.save()
    assert found("before") == []
    assert found("afterwards") == ["Afterwards"]
    assert found("renamed") == ["Afterwards"]
    profile = HostProfile.objects.create(user=dave, name="Davina Pseudonym")
    assert found("pseudonym") == ["Afterwards"]
    assert found("nameless") == []  # the public name is the profile's now
    profile.name = "Davina Other"
    profile.save()
    assert found("pseudonym") == []
    assert found("davina other") == ["Afterwards"]
    profile.delete()
    assert found("nameless") == ["Afterwards"]
    dave.last_name = "Renamed-Again"
    dave.save()
    assert found("again") == ["Afterwards"]
    parade.delete()
    assert found("afterwards") == []


HOSTILE = [
    '"',
    '"unbalanced',
    "slow OR coffee",
    "slow AND NOT coffee",
    "NEAR(slow coffee, 2)",
    "slow*",
    "*",
    "title:slow",
    "^slow",
    "slow -coffee",
    "(slow",
    "slow)",
    "'); DROP TABLE parades_parade; --",
    "\\",
    "a & b | !c <-> d:*",
    "\x00null byte",
    "🦄 emoji",
    "漢字 日本語",
    "x" * 5000,
    " ".join(["slow"] * 400),
    "\u202etxet\u202c",
    "".join(chr(ord(c) + 0xFEE0) for c in "%slow"),  # full width; NFKC makes it "slow"
]


@pytest.mark.parametrize("query", HOSTILE)
def test_hostile_queries_never_fail(client, corpus, query):
    response = client.get("/", {"q": query})
    if "\x00" in query:  # no search has a NUL byte: malformed input, answered 400 everywhere
        assert response.status_code == 400
        return
    assert response.status_code == 200
    html = response.content.decode()
    assert 'role="status">' in html


def test_operators_are_words_not_syntax(corpus, make_parade):
    make_parade("open", title="Slow coffee or tea")
    # "OR" is a word that must occur, not an alternative.
    assert found("slow OR coffee") == ["Slow coffee or tea"]
    assert found("NEAR(slow coffee, 2)") == []  # 'near' and '2' are required words too
    assert sorted(found("slow*")) == ["Slow coffee or tea", "Slow mornings"]
    wide = "".join(chr(ord(c) + 0xFEE0) if c != " " else c for c in "%slow mornings")
    assert found(wide) == ["Slow mornings"]


def test_query_without_words_matches_nothing_and_says_so(client, corpus):
    html = client.get("/", {"q": '"*"'}).content.decode()
    assert titles(client.get("/", {"q": '"*"'})) == []
    assert "No parades match “&quot;*&quot;”." in html
    assert "No parades yet." not in html


def test_search_results_page(client, corpus):
    response = client.get("/", {"q": "morn"})
    html = response.content.decode()
    assert 'role="status">2 parades found.</p>' in html
    assert '<h2 id="group-results">Search results</h2>' in html
    assert '<meta name="robots" content="noindex, follow">' in html
    assert 'value="morn"' in html


def test_no_results_message_escapes_the_query(client, corpus):
    html = client.get("/", {"q": "<script>alert(1)</script>"}).content.decode()
    assert "<script>alert(1)" not in html
    assert "No parades match “&lt;script&gt;alert(1)&lt;/script&gt;”." in html


def test_unlisted_parades_are_not_found(make_parade):
    make_parade("open", title="Hidden gem", listed=False)
    assert found("hidden") == []


def test_terms_and_engine_queries():
    assert search_terms('  "Slow"  OR mornings* NEAR/3 slow ') == [
        "slow",
        "or",
        "mornings",
        "near",
        "3",
    ]
    assert len(search_terms(" ".join(f"w{i}" for i in range(50)))) == 12
    assert search_terms("snake_case ünïcödé") == ["snake", "case", "ünïcödé"]
    assert fts5_query(["a", "b"]) == '"a" "b"*'
    assert tsquery(["a", "b"]) == "'a' & 'b':*"
    assert fts5_query([]) == "" and search_terms("!!! ***") == []


def test_reindex_command_rebuilds(make_parade, capsys):
    make_parade("open", title="Indexed twice")
    if SQLITE:
        with connection.cursor() as cursor:
            cursor.execute("DELETE FROM parades_parade_fts")
        assert found("indexed") == []
    call_command("reindex")
    assert "indexed 1 parades" in capsys.readouterr().out
    assert found("indexed") == ["Indexed twice"]
