"""Drafting a roundup: entries, statistics, timeline, themes, citations, host edits."""

import datetime as dt

import pytest

from blogparade.contributions import roundup as service
from blogparade.contributions.models import Contribution, Contributor
from blogparade.parades.models import Roundup
from blogparade.syndication.tests.factories import make_contribution, make_parade

pytestmark = pytest.mark.django_db


def day(parade, n, hour=12):
    start = parade.opens_at.replace(hour=hour, minute=0, second=0, microsecond=0)
    return start + dt.timedelta(days=n)


def test_empty_parade_drafts_and_says_so():
    parade = make_parade()
    make_contribution(parade, status=Contribution.Status.PENDING)
    roundup = service.draft_roundup(parade)
    assert roundup.entries.count() == 0
    assert roundup.data["stats"]["contributions"] == 0
    assert roundup.data["timeline"] == [] and roundup.data["themes"] == []
    ctx = service.roundup_context(roundup)
    assert "No contributions" in ctx["summary"]
    assert ctx["timeline_svg"] == ""
    assert "No contributions" in service.export_markdown(roundup)


def test_statistics_counts_contributors_by_fk_or_domain():
    parade = make_parade()
    person = Contributor.objects.create(name="Pia", domain="pia.example")
    make_contribution(parade, contributor=person, kind="article", language="de")
    make_contribution(parade, contributor=person, kind="fediverse", language="de-AT")
    make_contribution(
        parade, author_url="https://max.example/", url="https://max.example/a", language="en"
    )
    make_contribution(
        parade, author_url="https://www.max.example/", url="https://max.example/b", language=""
    )
    make_contribution(parade, status=Contribution.Status.REJECTED)
    stats = service.draft_roundup(parade).data["stats"]
    assert stats["contributions"] == 4
    assert stats["contributors"] == 2
    assert {k["kind"]: k["count"] for k in stats["by_kind"]} == {"article": 3, "fediverse": 1}
    # "" falls back to the parade's language (en); de-AT counts as de.
    assert {k["language"]: k["count"] for k in stats["by_language"]} == {"de": 2, "en": 2}


def test_timeline_has_every_day_and_accessible_svg():
    parade = make_parade()
    make_contribution(parade, published=day(parade, 1))
    make_contribution(parade, published=day(parade, 1, 13))
    make_contribution(parade, published=day(parade, 4))
    roundup = service.draft_roundup(parade)
    counts = [d["count"] for d in roundup.data["timeline"]]
    assert counts == [2, 0, 0, 1]
    svg = str(service.roundup_context(roundup)["timeline_svg"])
    assert 'role="img"' in svg and "<title" in svg and "<desc" in svg
    assert svg.count("<rect") == 4
    assert "3 contributions over 4 days" in svg


def test_entries_keep_host_quotes_and_follow_changes():
    parade = make_parade()
    a = make_contribution(
        parade, summary="First sentence here. Second one follows.", published=day(parade, 2)
    )
    b = make_contribution(parade, summary="", published=day(parade, 1))
    roundup = service.draft_roundup(parade)
    entries = service.ordered_entries(roundup)
    assert [e.contribution_id for e in entries] == [b.pk, a.pk]
    assert entries[1].quote == "First sentence here. Second one follows."
    service.update_roundup(roundup, quotes={entries[1].pk: "Host's pick."})
    # A later contribution appears, a withdrawn one disappears, the host's quote stays.
    b.set_status(Contribution.Status.GONE)
    b.save()
    c = make_contribution(parade, published=day(parade, 3))
    roundup = service.draft_roundup(parade)
    entries = service.ordered_entries(roundup)
    assert [e.contribution_id for e in entries] == [a.pk, c.pk]
    assert entries[0].quote == "Host's pick."
    assert [e.position for e in entries] == [1, 2]


def test_long_summary_quote_is_capped():
    quote = service.propose_quote("word " * 200)
    assert len(quote) <= service.QUOTE_MAX and quote.endswith("…")


def test_order_by_author_and_manual():
    parade = make_parade()
    z = make_contribution(parade, author_name="Zoe", published=day(parade, 1))
    a = make_contribution(parade, author_name="anna", published=day(parade, 2))
    m = make_contribution(parade, author_name="Mo", published=day(parade, 3))
    roundup = service.draft_roundup(parade)
    service.update_roundup(roundup, order=Roundup.Order.AUTHOR)
    assert [e.contribution_id for e in service.ordered_entries(roundup)] == [a.pk, m.pk, z.pk]
    ids = {e.contribution_id: e.pk for e in service.ordered_entries(roundup)}
    service.update_roundup(roundup, positions={ids[m.pk]: 1, ids[z.pk]: 2, ids[a.pk]: 3})
    roundup.refresh_from_db()
    assert roundup.order == Roundup.Order.MANUAL
    assert [e.contribution_id for e in service.ordered_entries(roundup)] == [m.pk, z.pk, a.pk]
    # Manual order survives a refresh; newcomers go last.
    n = make_contribution(parade, author_name="Aaron", published=day(parade, 0))
    service.draft_roundup(parade)
    assert [e.contribution_id for e in service.ordered_entries(roundup)] == [m.pk, z.pk, a.pk, n.pk]
    with pytest.raises(ValueError):
        service.update_roundup(roundup, order="random")


def test_themes_per_language_link_the_contributions_raising_them():
    parade = make_parade()
    en = [
        make_contribution(
            parade,
            title="Owning your data",
            summary="Data ownership matters. Webmention connects independent blogs.",
        ),
        make_contribution(
            parade,
            title="Why I left the platforms",
            summary="Independent blogs and Webmention give me back my voice.",
        ),
        make_contribution(
            parade,
            title="RSS forever",
            summary="Feed readers and independent blogs survive every platform.",
        ),
        make_contribution(parade, title="Gardening", summary="Tomatoes like sun. My garden grows."),
    ]
    de = make_contribution(
        parade,
        title="Das offene Netz",
        summary="Unabhängige Blogs verbinden Menschen.",
        language="de",
    )
    themes = service.draft_roundup(parade).data["themes"]
    en_themes = {
        t["phrase"].casefold(): set(t["contributions"]) for t in themes if t["language"] == "en"
    }
    assert "independent blogs" in en_themes
    assert en_themes["independent blogs"] == {en[0].pk, en[1].pk, en[2].pk}
    assert all(len(ids) >= 2 for ids in en_themes.values())  # shared, not one post's words
    # one German post shares nothing with anyone: no German theme
    assert not [t for t in themes if t["language"] == "de"] and de.pk


def test_themes_are_shared_readable_and_not_the_topic():
    """The demo showed 16 keywords, each from one post ("pro Seite", "Fettfleck pro",
    "Seite", "Heft")."""
    parade = make_parade()
    parade.title, parade.question, parade.language = "Notizbücher", "Welches Notizbuch?", "de"
    parade.save()
    posts = [
        ("Mein Notizbuch", "Ein Fettfleck pro Seite stört mich nicht. Der Kalender hilft."),
        ("Papier und Kalender", "Im Heft steht mein Kalender, und Füller schreiben besser."),
        ("Notizbuch und Füller", "Die Kalendern im Regal und zwei Füller genügen mir."),
    ]
    for title, summary in posts:
        make_contribution(parade, title=title, summary=summary, language="de")
    themes = service.draft_roundup(parade).data["themes"]
    phrases = {t["phrase"].casefold(): len(t["contributions"]) for t in themes}
    assert phrases.get("kalender") == 3  # Kalender and Kalendern are one theme
    assert phrases.get("füller") == 2
    assert all(n >= 2 for n in phrases.values())
    for fragment in ("pro seite", "fettfleck pro", "seite", "heft", "notizbuch"):
        assert fragment not in phrases


def test_cited_people_and_sites():
    parade = make_parade(call_url="https://host.example/call")
    Contributor.objects.create(
        name="Known Person", domain="known.example", url="https://known.example/"
    )
    make_contribution(parade, url="https://a.example/p", author_url="https://a.example/", author_name="A",
                      links=["https://known.example/x", "https://known.example/y", "https://wiki.example/1",
                             "https://host.example/call", "https://a.example/self", "javascript:alert(1)", "http://localhost:8000/p/x/"])  # fmt: skip
    make_contribution(parade, url="https://b.example/p", author_url="https://b.example/", author_name="B",
                      links=["https://www.known.example/z", "https://a.example/p"])  # fmt: skip
    make_contribution(parade, links="not a list")
    data = service.draft_roundup(parade).data
    sites = {s["domain"]: s["count"] for s in data["cited_sites"]}
    assert sites == {"known.example": 2, "wiki.example": 1, "a.example": 1}
    people = {p["name"]: p["count"] for p in data["cited_people"]}
    assert people == {"Known Person": 2, "A": 1}


def test_closed_parades_get_a_draft_once():
    from django.utils import timezone

    now = timezone.now()
    closed = make_parade(opens_at=now - dt.timedelta(days=9), closes_at=now - dt.timedelta(hours=1))
    make_contribution(closed)
    make_parade()  # still open
    assert service.draft_due_roundups() == 1
    assert Roundup.objects.get(parade=closed).entries.count() == 1
    assert service.draft_due_roundups() == 0


def _labels(svg: str) -> list[tuple[float, str, str]]:
    import re

    return [
        (float(x), anchor or "start", text)
        for x, anchor, text in re.findall(
            r'<text x="([\d.]+)" y="\d+" font-size="10"(?: text-anchor="(\w+)")?>([^<]+)</text>',
            svg,
        )
        if "-" in text
    ]


@pytest.mark.parametrize("count", [1, 2, 3, 8])
def test_the_charts_date_labels_never_overlap(count):
    """One day: its date once. More: the first and the last date, with room between them."""
    import re

    from blogparade.contributions.roundup import LABEL_CHAR_WIDTH, timeline_svg

    days = [{"date": f"2026-12-{d:02d}", "count": d % 3 + 1} for d in range(1, count + 1)]
    svg = str(timeline_svg(days))
    labels = _labels(svg)
    width = int(re.search(r'width="(\d+)"', svg).group(1))
    if count == 1:
        assert [text for _x, _a, text in labels] == ["2026-12-01"]
        return
    (x1, a1, first), (x2, a2, last) = labels
    assert (a1, a2) == ("start", "end") and first != last
    first_end = x1 + LABEL_CHAR_WIDTH * len(first)
    last_start = x2 - LABEL_CHAR_WIDTH * len(last)
    assert first_end + 4 <= last_start and x2 <= width


def test_the_draft_opens_in_the_hosts_voice_until_the_host_writes_their_own():
    parade = make_parade(question="What keeps you writing?")
    make_contribution(parade)
    roundup = service.draft_roundup(parade)
    assert roundup.intro.startswith("On ") and "I asked: “What keeps you writing?”" in roundup.intro
    assert "1 post by 1 blogger answered. Thank you! Here it is." in roundup.intro
    make_contribution(parade)
    roundup = service.draft_roundup(parade)  # a refreshed draft brings the proposal up to date
    assert "2 posts by 2 bloggers answered. Thank you all! Here they are." in roundup.intro
    service.update_roundup(roundup, intro="My own words.")
    make_contribution(parade)
    assert service.draft_roundup(parade).intro == "My own words."  # never overwritten


def test_the_proposed_opening_is_in_the_parades_language():
    parade = make_parade(language="de", question="Was bringt euch zum Bloggen?")
    make_contribution(parade)
    make_contribution(parade)
    intro = service.draft_roundup(parade).intro
    assert "habe ich gefragt: „Was bringt euch zum Bloggen?“" in intro
    assert "Geantwortet haben 2 Beiträge von 2 Bloggerinnen und Bloggern." in intro


def test_no_opening_is_proposed_while_nobody_has_answered():
    parade = make_parade()
    assert service.draft_roundup(parade).intro == ""


def test_a_title_is_proposed_kept_up_to_date_and_never_overwritten(client):
    parade = make_parade()
    assert service.draft_roundup(parade).display_title == f"Roundup: {parade.title}"
    make_contribution(parade)
    roundup = service.draft_roundup(parade)
    assert roundup.title == "1 answer to “What does the open web mean to you?”: the roundup"
    make_contribution(parade)
    roundup = service.draft_roundup(parade)
    assert roundup.title == "2 answers to “What does the open web mean to you?”: the roundup"
    # it heads the Markdown, the page and the feed
    assert service.export_markdown(roundup).startswith(
        "# 2 answers to “What does the open web mean to you?”"
    )
    service.publish_roundup(roundup)
    assert (
        "2 answers to “What does the open web mean to you?”: the roundup</h1>"
        in client.get(f"/p/{parade.slug}/roundup/").content.decode()
    )
    assert (
        "2 answers to “What does the open web mean to you?”"
        in client.get("/feeds/roundups.atom").content.decode()
    )
    # the host's own title stays
    service.update_roundup(roundup, title="  Why we still write  ")
    make_contribution(parade)
    assert service.draft_roundup(parade).title == "Why we still write"


def test_the_proposed_title_is_in_the_parades_language():
    parade = make_parade(language="de", question="Was bringt euch zum Bloggen?")
    make_contribution(parade)
    make_contribution(parade)
    title = service.draft_roundup(parade).title
    assert title == "2 Antworten auf „Was bringt euch zum Bloggen?“: der Rückblick"
