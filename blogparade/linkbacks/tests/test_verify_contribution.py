"""A verified mention of a parade is stored once, with its contribution (inserted by the
pipeline, in the mention's one transaction); when the pipeline fails, nothing is lost.

(Another mention taking the post's key between lookup and insert cannot happen on SQLite,
whose IMMEDIATE transaction holds the write lock throughout; PostgreSQL takes the fallback.)"""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from blogparade.contributions.models import Contribution
from blogparade.linkbacks import tasks
from blogparade.linkbacks.models import Mention
from blogparade.linkbacks.receive import check_request, store_mention
from blogparade.linkbacks.tests.pages import post_page

pytestmark = pytest.mark.django_db


def stored(httpserver, target: str, path: str = "/post") -> Mention:
    httpserver.expect_request(path).respond_with_data(
        post_page(f'<a href="{target}">the call</a>'), content_type="text/html; charset=utf-8"
    )
    source, clean_target, resolved = check_request(httpserver.url_for(path), target)
    mention, _queued = store_mention(source, clean_target, resolved, Mention.Protocol.WEBMENTION)
    assert tasks.claim(mention.pk)
    return mention


def test_one_transaction_and_the_mention_written_once(httpserver, target):
    mention = stored(httpserver, target)
    with CaptureQueriesContext(connection) as queries:
        assert tasks.verify_claimed(mention.pk) == "verified"
    sql = [q["sql"] for q in queries.captured_queries]
    assert sum(s.startswith('UPDATE "linkbacks_mention"') for s in sql) == 1
    assert sum(s.startswith('INSERT INTO "parades_contribution"') for s in sql) == 1
    assert not any(s.startswith('UPDATE "parades_contribution"') for s in sql)
    mention.refresh_from_db()
    assert mention.status == Mention.Status.VERIFIED
    assert mention.contribution.status == Contribution.Status.APPROVED


def test_a_failing_pipeline_still_stores_a_pending_contribution(httpserver, target, monkeypatch):
    mention = stored(httpserver, target)

    from blogparade.contributions import pipeline

    def broken(contribution, page, **kwargs):
        raise RuntimeError("a bug")

    monkeypatch.setattr(pipeline, "run_pipeline", broken)
    assert tasks.verify_claimed(mention.pk) == "verified"
    mention.refresh_from_db()
    assert mention.status == Mention.Status.VERIFIED
    assert mention.contribution is not None
    assert mention.contribution.status == Contribution.Status.PENDING
