"""Fetched mentions settled together (the batch verifier's writer) give exactly the rows that
settling them one by one gives: contributions, their logs, contributors, the mentions."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from blogparade.contributions.models import Contribution, ContributionEvent, Contributor
from blogparade.contributions.pipeline import PipelineBatch
from blogparade.core.urlnorm import canonical_url
from blogparade.linkbacks import tasks
from blogparade.linkbacks.models import Mention
from blogparade.linkbacks.receive import receive_webmention
from blogparade.linkbacks.tests.pages import post_page
from blogparade.linkbacks.verify import Outcome, fetch_source, settle, settle_batch


@pytest.fixture(autouse=True)
def _queued_only(settings):
    """Received mentions wait in the queue (as with a real worker) instead of being verified
    on arrival."""
    settings.TASKS = {
        "default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}
    }


def serve_posts(httpserver, target: str) -> list[str]:
    """A small web: answers by several authors (two by one person), a post that names another
    as canonical, one published before the parade opened, a reply, a like."""
    link = f'<a href="{target}">the blog parade</a>'
    old = (timezone.now() - timedelta(days=30)).isoformat(timespec="seconds")
    pages = {
        "/anna/one": post_page(
            link, title="One", author="Anna", author_url="https://anna.example/"
        ),
        "/anna/two": post_page(
            link, title="Two", author="Anna", author_url="https://anna.example/"
        ),
        "/ben/post": post_page(
            link, title="Ben's answer", author="Ben", author_url="https://ben.example/"
        ),
        "/copy": post_page(
            link,
            title="Copy",
            author="Cleo",
            head=f'<link rel="canonical" href="{httpserver.url_for("/ben/post")}">',
        ),
        "/old": post_page(link, title="Too early", author="Dora", published=old),
        "/reply": post_page(
            "", title="Re", entry_props=f'<a class="u-in-reply-to" href="{target}">re</a>'
        ),
        "/like": post_page(
            "", title="Like", entry_props=f'<a class="u-like-of" href="{target}">♥</a>'
        ),
        "/nolink": post_page("", title="No link"),
    }
    for path, html in pages.items():
        httpserver.expect_request(path).respond_with_data(
            html, content_type="text/html; charset=utf-8"
        )
    return [httpserver.url_for(path) for path in pages]


def fetched(urls: list[str], target: str) -> list[tuple[Mention, object]]:
    for url in urls:
        receive_webmention(url, target, "192.0.2.1")
    items = []
    for mention in tasks._claim_rows(len(urls)):
        page = fetch_source(mention)
        assert not isinstance(page, Outcome), mention.source
        items.append((mention, page))
    return items


def snapshot() -> dict:
    """Everything settling stored, without keys and timestamps."""

    def who(contributor: Contributor | None) -> tuple | None:
        if contributor is None:
            return None
        return (contributor.name, contributor.url, contributor.domain, contributor.email)

    contributions = {}
    for c in Contribution.objects.select_related("contributor"):
        contributions[c.url] = {
            **{
                f: getattr(c, f)
                for f in (
                    "canonical_url",
                    "status",
                    "status_reason",
                    "verification",
                    "title",
                    "author_name",
                    "author_url",
                    "published",
                    "summary",
                    "language",
                    "kind",
                    "channel",
                    "late",
                    "links",
                    "submitted_by_author",
                    "check_attempts",
                    "last_error",
                )
            },
            "contributor": who(c.contributor),
            "sharing": sorted(x.url for x in Contribution.objects.filter(contributor=c.contributor))
            if c.contributor_id
            else [],
            "events": list(
                ContributionEvent.objects.filter(contribution=c)
                .order_by("pk")
                .values_list("message", flat=True)
            ),
        }
    mentions = {}
    for m in Mention.objects.select_related("contribution"):
        mentions[m.source] = {
            **{
                f: getattr(m, f)
                for f in (
                    "status",
                    "status_reason",
                    "type",
                    "title",
                    "author_name",
                    "author_url",
                    "published",
                    "content",
                    "attempts",
                    "last_error",
                )
            },
            "verified": m.verified_at is not None,
            "log": [line["message"] for line in m.log],
            "contribution": m.contribution.url if m.contribution_id else None,
        }
    people = sorted((x.name, x.url, x.domain, x.email, x.photo) for x in Contributor.objects.all())
    return {"contributions": contributions, "mentions": mentions, "contributors": people}


def wipe() -> None:
    Mention.objects.all().delete()
    Contribution.objects.all().delete()
    Contributor.objects.all().delete()


@pytest.mark.django_db(transaction=True)
def test_settled_together_equals_one_by_one(httpserver, target, parade):
    # The host's notifications (tasks run inline here) are counted in the intake's tests.
    parade.notify_host = "none"
    parade.save()
    urls = serve_posts(httpserver, target)

    for mention, page in fetched(urls, target):
        settle(mention, page)
    alone = snapshot()
    wipe()

    items = fetched(urls, target)
    with CaptureQueriesContext(connection) as queries:
        left = settle_batch(items)
    # The reply, the like and the page without a link are left for one by one.
    assert sorted(m.source.rsplit("/", 1)[1] for m, _p in left) == ["like", "nolink", "reply"]
    # Five new contributions (two by one person, a duplicate, one too early): a handful of
    # statements, not a dozen per mention (two of them give the parade's pages a new version).
    assert len(queries) <= 12, [q["sql"][:80] for q in queries]
    for mention, page in left:
        settle(mention, page)
    together = snapshot()

    assert together == alone
    # The scenario means something: a duplicate, a rejection, one person with two posts.
    c = together["contributions"]
    assert c[httpserver.url_for("/copy")]["status"] == Contribution.Status.REJECTED
    assert "Duplicate" in c[httpserver.url_for("/copy")]["status_reason"]
    assert c[httpserver.url_for("/old")]["status"] == Contribution.Status.REJECTED
    assert c[httpserver.url_for("/anna/two")]["sharing"] == sorted(
        [httpserver.url_for("/anna/one"), httpserver.url_for("/anna/two")]
    )
    assert together["mentions"][httpserver.url_for("/reply")]["type"] == Mention.Type.REPLY


@pytest.mark.django_db(transaction=True)
def test_a_post_already_stored_is_left_to_one_by_one(httpserver, target, parade):
    urls = serve_posts(httpserver, target)[:3]
    Contribution.objects.create(
        parade=parade,
        url=urls[0],
        canonical_url=canonical_url(urls[0]),
        channel=Contribution.Channel.FORM,
    )
    items = fetched(urls, target)
    left = settle_batch(items)
    assert [m.source for m, _p in left] == [urls[0]]
    settle(*left[0])
    assert Contribution.objects.count() == 3
    assert Mention.objects.get(source=urls[0]).contribution.channel == Contribution.Channel.FORM


@pytest.mark.django_db(transaction=True)
def test_a_batch_that_cannot_be_written_is_undone_and_left_whole(httpserver, target, monkeypatch):
    urls = serve_posts(httpserver, target)
    for mention, page in fetched(urls, target):
        settle(mention, page)
    alone = snapshot()
    wipe()

    # A run asking for something the batch did not read: the batch is undone.
    monkeypatch.setattr(
        PipelineBatch, "lookups", staticmethod(lambda url, page: (set(), set(), set()))
    )
    items = fetched(urls, target)
    left = settle_batch(items)
    assert len(left) == len(items)
    assert not Contribution.objects.exists()
    for mention, page in left:
        settle(mention, page)
    assert snapshot() == alone  # nothing doubled in the logs, nothing lost


@pytest.mark.django_db(transaction=True)
def test_the_writer_settles_what_threads_hand_over(httpserver, target):
    urls = serve_posts(httpserver, target)
    writer = tasks._Writer(limit=3)
    for mention, page in fetched(urls, target):
        writer.submit(mention, page)
    assert not writer.pending and not writer.writing
    statuses = dict(Mention.objects.values_list("source", "status"))
    assert statuses[httpserver.url_for("/nolink")] == Mention.Status.REJECTED
    assert statuses[httpserver.url_for("/anna/one")] == Mention.Status.VERIFIED
    assert Contribution.objects.filter(status=Contribution.Status.APPROVED).count() == 3


@pytest.mark.django_db(transaction=True)
def test_settling_never_parses_a_page_again(httpserver, target, monkeypatch):
    """A fetched page keeps its answers, not its parse tree: settling (together or one by one)
    must not need the tree again."""
    from blogparade.fetch import parse

    urls = serve_posts(httpserver, target)
    items = fetched(urls, target)
    assert all(page._document is None for _m, page in items)
    parses = []
    original = parse.Document.__init__

    def counting(self, *args, **kwargs):
        parses.append(args)
        original(self, *args, **kwargs)

    monkeypatch.setattr(parse.Document, "__init__", counting)
    left = settle_batch(items[:4])
    for mention, page in [*left, *items[4:]]:
        settle(mention, page)
    assert parses == []
    assert Mention.objects.filter(status=Mention.Status.VERIFIED).count() == 7


@pytest.mark.django_db(transaction=True)
def test_the_writer_gathers_a_batch_and_flushes_the_rest(httpserver, target):
    urls = serve_posts(httpserver, target)[:5]
    items = fetched(urls, target)
    writer = tasks._Writer(gather=3, wait=60)

    def settled() -> int:
        return Mention.objects.exclude(status=Mention.Status.VERIFYING).count()

    writer.submit(*items[0])
    writer.submit(*items[1])
    assert settled() == 0 and len(writer.pending) == 2  # waiting for a third
    writer.submit(*items[2])
    assert settled() == 3 and not writer.pending
    writer.submit(*items[3])
    writer.submit(*items[4])
    assert settled() == 3
    writer.flush()  # a thread out of work writes what is left
    assert settled() == 5 and not writer.pending and not writer.writing


@pytest.mark.django_db(transaction=True)
def test_rows_changed_between_deciding_and_writing_send_the_batch_one_by_one(
    httpserver, target, monkeypatch
):
    """The batch decides outside the transaction; if another process changed what it read
    (here: stored Anna as a contributor meanwhile), nothing of the batch is written and each
    mention is settled on its own — no second Anna."""
    from blogparade.contributions import pipeline

    urls = serve_posts(httpserver, target)[:3]
    items = fetched(urls, target)
    original = pipeline.run_pipeline

    def meanwhile(*args, **kwargs):
        if not Contributor.objects.exists():
            Contributor.objects.create(
                name="Anna", url="https://anna.example/", domain="anna.example"
            )
        return original(*args, **kwargs)

    monkeypatch.setattr(pipeline, "run_pipeline", meanwhile)
    left = settle_batch(items)
    assert len(left) == 3
    assert not Contribution.objects.exists()  # nothing of the batch was written
    for mention, page in left:
        settle(mention, page)
    assert Contribution.objects.count() == 3
    assert Contributor.objects.filter(domain="anna.example").count() == 1
    anna = Contributor.objects.get(domain="anna.example")
    assert anna.contributions.count() == 2
    log = [line["message"] for line in Mention.objects.get(source=urls[1]).log]
    assert sum("Fetched the source" in line for line in log) == 1  # nothing doubled


@pytest.mark.django_db(transaction=True)
def test_a_sidebar_only_mention_does_not_send_the_batch_one_by_one(httpserver, target):
    urls = serve_posts(httpserver, target)[:3]  # Anna's two posts and Ben's
    httpserver.expect_request("/aside").respond_with_data(
        post_page("no link in the text", sidebar_links=f'<a href="{target}">a parade</a>'),
        content_type="text/html",
    )
    items = fetched([*urls, httpserver.url_for("/aside")], target)
    left = settle_batch(items)
    assert [m.source for m, _p in left] == [httpserver.url_for("/aside")]
    assert Contribution.objects.count() == 3
