"""Reasons and log lines are stored as codes with parameters and read in the reader's
language (DESIGN.md's language rule): a worker in English writes them, a German host reads
them in German, an English one in English; the API gives the code beside the sentence."""

from __future__ import annotations

import pytest
from django.utils import translation
from django.utils.translation import gettext

from blogparade.contributions import intake, services
from blogparade.contributions.models import Contribution
from blogparade.core.phrases import Phrase
from blogparade.linkbacks.tests.pages import post_page

pytestmark = pytest.mark.django_db
S = Contribution.Status

NO_LINK = "The page does not link to the call."


@pytest.fixture(autouse=True)
def _local_web(settings):
    settings.FETCH_ALLOW_HOSTS = ["127.0.0.1", "localhost"]
    settings.BASE_URL = "http://blogparade.test"
    from blogparade.fetch.client import reset_politeness

    reset_politeness()


def serve(httpserver, path: str, html: str) -> str:
    httpserver.expect_request(path).respond_with_data(html, content_type="text/html; charset=utf-8")
    return httpserver.url_for(path)


@pytest.fixture
def rejected(httpserver, parade):
    """Checked by an English-speaking process: no link to the call, so rejected."""
    url = serve(httpserver, "/elsewhere", post_page('<a href="https://else.example/">x</a>'))
    with translation.override("en"):
        contribution = intake.accept(parade, url, Contribution.Channel.FORM, check="now")
    contribution.refresh_from_db()
    assert contribution.status == S.REJECTED
    return contribution


def in_german(text: str) -> str:
    with translation.override("de"):
        return gettext(text)


def test_the_reason_is_kept_as_a_code_with_its_english_text(rejected):
    assert rejected.status_phrase["code"] == "no_link"
    assert rejected.status_reason == NO_LINK  # the plain copy, for logs and grep
    codes = [event.phrase["code"] for event in rejected.events.all()]
    assert codes == ["joined", "fetched", "rejected"]


def test_a_german_host_reads_reason_and_log_in_german(client, owner, parade, rejected):
    client.force_login(owner)
    client.cookies["django_language"] = "de"
    page = client.get(f"/dashboard/p/{parade.slug}/", HTTP_ACCEPT_LANGUAGE="de")
    text = page.content.decode()
    german = in_german(NO_LINK)
    assert german != NO_LINK
    assert german in text
    assert NO_LINK not in text
    for english in ("Received through the", "Fetched http", "Rejected:"):
        assert english not in text
    assert (
        in_german("Received through the %(channel)s.") % {"channel": in_german("submission form")}
        in text
    )


def test_the_same_log_reads_english_for_an_english_host(client, owner, parade, rejected):
    client.force_login(owner)
    client.cookies["django_language"] = "en"
    text = client.get(f"/dashboard/p/{parade.slug}/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert NO_LINK in text
    assert "Received through the submission form." in text
    assert f"Rejected: {NO_LINK}" in text


def test_the_api_gives_the_code_and_the_sentence_in_the_requests_language(
    client, owner, parade, rejected
):
    client.force_login(owner)
    client.cookies["django_language"] = "de"
    data = client.get(
        f"/api/v1/parades/{parade.slug}/contributions", HTTP_ACCEPT_LANGUAGE="de"
    ).json()
    (item,) = data["items"]
    assert item["reason_code"] == "no_link"
    assert item["reason"] == in_german(NO_LINK)


def test_the_hosts_own_words_stay_as_written(rejected):
    with translation.override("en"):
        intake.approve_despite(rejected, "Ich kenne die Autorin.")
        services.moderate([rejected], "reject", "Doch nicht.")
    rejected.refresh_from_db()
    assert rejected.reason == "Doch nicht."
    assert rejected.status_phrase is None
    with translation.override("de"):
        lines = [event.text for event in rejected.events.all()]
    approved, set_by_host = lines[-2:]
    assert "Ich kenne die Autorin." in approved and in_german(NO_LINK) in approved
    assert set_by_host.endswith("Doch nicht.") and "The host set" not in set_by_host


def test_rows_from_before_phrases_show_their_text(parade, rejected):
    Contribution.objects.filter(pk=rejected.pk).update(
        status_reason="An old reason.", status_phrase=None
    )
    rejected.events.update(phrase=None)
    rejected.refresh_from_db()
    with translation.override("de"):
        assert rejected.reason == "An old reason."
        assert rejected.events.first().text.startswith("Received through the")


def test_a_mentions_status_page_speaks_the_senders_language(client, parade):
    from blogparade.linkbacks.models import Mention
    from blogparade.linkbacks.views import status_url

    mention = Mention.objects.create(
        source="https://anna.example/post", target=parade.absolute_url(), parade=parade
    )
    mention.set_reason(Phrase("source_no_link", "The source does not link to the target."))
    mention.add_log(Phrase("source_fetched", "Fetched the source: HTTP %(status)s.", status=200))
    mention.save()
    path = status_url(mention).split("blogparade.test", 1)[1]
    german = client.get(path + "?format=json", HTTP_ACCEPT_LANGUAGE="de").json()
    assert german["reason"] == in_german("The source does not link to the target.")
    assert german["reason"] != "The source does not link to the target."
    with translation.override("de"):
        assert mention.log_lines[-1][1] == in_german("Fetched the source: HTTP %(status)s.") % {
            "status": 200
        }
