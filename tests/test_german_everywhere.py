"""A German reader of a German parade meets no English from our catalogue: the public pages,
the host's dashboard, the error page and the mails, rendered in German, contain no msgid of
``locale/de`` whose German differs from it (the language rule of DESIGN.md).

Only phrases of some length are looked for (at least 14 characters of text between
placeholders, with a space), so that a word both languages share ("Blog", "Feed") does not
count; text the parade's host or a contributor wrote is German here, so an English phrase
can only come from an untranslated catalogue string."""

from __future__ import annotations

import html
import re
from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from tests.test_locale import LOCALE, read_po

PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|%[sd]|\{\w*\}")
TAG = re.compile(r"<[^>]+>")


def english_phrases() -> list[str]:
    """The catalogue's English phrases whose German is different."""
    phrases = set()
    for entry in read_po(LOCALE / "django.po"):
        msgid, msgstrs = str(entry["msgid"]), entry["msgstr"]
        if not msgstrs or msgstrs[0] == msgid:  # type: ignore[index]
            continue
        for chunk in PLACEHOLDER.split(TAG.sub(" ", msgid)):
            chunk = " ".join(chunk.split()).strip(" .,:;()–-“”\"'")
            if len(chunk) >= 14 and " " in chunk:
                phrases.add(chunk)
    return sorted(phrases)


PHRASES = english_phrases()


def visible_text(page: str) -> str:
    page = re.sub(r"<(script|style)\b.*?</\1>", " ", page, flags=re.S)
    page = re.sub(r"<!--.*?-->", " ", page, flags=re.S)
    # attribute values a reader meets too (labels, titles, placeholders)
    attrs = " ".join(re.findall(r'(?:aria-label|title|placeholder|alt)="([^"]*)"', page))
    return " ".join(html.unescape(TAG.sub(" ", page) + " " + attrs).split())


def english_in(text: str) -> list[str]:
    return [p for p in PHRASES if p in text]


@pytest.fixture
def german(client, host, settings):
    from blogparade.contributions.models import Contribution
    from blogparade.parades.models import HostProfile, Parade

    settings.LANGUAGE_CODE = "de"
    HostProfile.objects.filter(user=host).update(name="Hanna Gastgeberin", bio="Schreibt gern.")
    now = timezone.now()
    parade = Parade.objects.create(
        host=host,
        slug="langsam",
        title="Was bedeutet euch Langsamkeit?",
        question="Was bedeutet euch Langsamkeit?",
        call_text="Erzählt von **langsamen** Tagen.",
        rules="Bitte auf Deutsch.",
        hashtag="langsam",
        language="de",
        opens_at=now - timedelta(days=3),
        closes_at=now + timedelta(days=10),
    )
    Contribution.objects.create(
        parade=parade,
        url="https://anna.example/langsam",
        canonical_url="https://anna.example/langsam",
        title="Mein langsamer Sonntag",
        author_name="Anna",
        summary="Ein Tag ohne Uhr.",
        status=Contribution.Status.APPROVED,
        language="de",
        published=now - timedelta(days=1),
    )
    Contribution.objects.create(
        parade=parade,
        url="https://ben.example/eile",
        canonical_url="https://ben.example/eile",
        title="Eile",
        status=Contribution.Status.PENDING,
        language="de",
    )
    from blogparade.parades.models import ReadingItem

    ReadingItem.objects.create(
        parade=parade,
        url="https://essays.example/langsam",
        title="Über das langsame Lesen",
        description="Ein Essay über Muße.",
    )
    client.cookies["django_language"] = "de"
    return parade


def _german_page(client, url: str, expect: int = 200) -> list[str]:
    response = client.get(url, HTTP_ACCEPT_LANGUAGE="de")
    assert response.status_code == expect, url
    return english_in(visible_text(response.content.decode()))


@pytest.mark.parametrize(
    "url",
    ["/", "/p/langsam/", "/p/langsam/thanks/", "/p/langsam/remind/", "/dashboard/login/"],
)
def test_public_pages(client, german, url):
    assert _german_page(client, url) == []


def test_the_404_page(client, german):
    assert _german_page(client, "/p/gibt-es-nicht/", expect=404) == []


@pytest.mark.parametrize(
    "url",
    [
        "/dashboard/",
        "/dashboard/new/",
        "/dashboard/profile/",
        "/dashboard/p/langsam/",
        "/dashboard/p/langsam/edit/",
        "/dashboard/p/langsam/share/",
        "/dashboard/p/langsam/fediverse/",
        "/dashboard/p/langsam/roundup/",
        "/dashboard/p/langsam/watch/",
        "/dashboard/p/langsam/import/",
        "/dashboard/p/langsam/reading/",
        "/dashboard/comments/",
        "/dashboard/comments/email/",
        "/dashboard/comments/privacy/",
    ],
)
def test_dashboard_pages(client, german, host, url):
    client.force_login(host)
    assert _german_page(client, url) == []


def test_the_published_roundup_and_its_exports(client, german, settings):
    from blogparade.contributions import roundup as service

    german.opens_at = timezone.now() - timedelta(days=20)
    german.closes_at = timezone.now() - timedelta(days=1)
    german.save()
    roundup = service.draft_roundup(german)
    service.publish_roundup(roundup)
    assert _german_page(client, "/p/langsam/roundup/") == []
    for fmt in ("md", "html"):
        from io import StringIO

        from django.core.management import call_command

        out = StringIO()
        call_command("roundup", "langsam", "--format", fmt, stdout=out)
        assert english_in(visible_text(out.getvalue())) == [], fmt
    # the WordPress block markup, and the JSON feed with the roundup
    out = StringIO()
    call_command("roundup", "langsam", "--format", "wp", stdout=out)
    assert english_in(visible_text(out.getvalue())) == []


@pytest.mark.parametrize(
    "url",
    [
        "/feeds/parades.atom",
        "/feeds/parades.json",
        "/feeds/roundups.atom",
        "/p/langsam/deadline.ics",
        "/p/langsam/contributions.atom",
    ],
)
def test_feeds_and_calendar_of_a_german_parade(client, german, url):
    response = client.get(url, HTTP_ACCEPT_LANGUAGE="de")
    assert response.status_code == 200
    assert english_in(visible_text(response.content.decode())) == []


def test_the_reminder_confirmation_mail(client, german, django_capture_on_commit_callbacks):
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/p/langsam/remind/",
            {"email": "clara@example.net", "consent": "on"},
            HTTP_ACCEPT_LANGUAGE="de",
            headers={"Sec-Fetch-Site": "same-origin"},
        )
    assert response.status_code in (200, 302)
    assert mail.outbox, "a confirmation mail is sent"
    for message in mail.outbox:
        assert english_in(" ".join(f"{message.subject} {message.body}".split())) == []


def _mails_in_german() -> list[str]:
    found = []
    for message in mail.outbox:
        found += english_in(" ".join(f"{message.subject} {message.body}".split()))
    return found


def test_the_hosts_mails_from_the_worker(german, settings):
    """Sent by the worker, where no reader's language is active: in the parade's."""
    from django.utils import translation

    from blogparade.contributions import notify
    from blogparade.contributions.models import Contribution

    settings.LANGUAGE_CODE = "en"  # the instance's default is not the parade's
    translation.deactivate_all()
    mail.outbox.clear()
    pending = Contribution.objects.get(url="https://ben.example/eile")
    notify.notify_host_of_submission.call(pending.pk)
    german.closes_at = timezone.now() + timedelta(hours=30)
    german.save()
    notify.tell_hosts_deadline_nears()
    german.closes_at = timezone.now() - timedelta(hours=1)
    german.save()
    notify.tell_host_draft_ready(german)
    assert len(mail.outbox) >= 3, [m.subject for m in mail.outbox]
    assert _mails_in_german() == []


def test_the_hosts_mail_about_a_new_comment(
    client, german, settings, django_capture_on_commit_callbacks
):
    import json

    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/isso/new?uri=/p/langsam/",
            json.dumps({"text": "Ein schöner Aufruf, danke!", "author": "Clara",
                        "email": "clara@example.net"}),
            content_type="application/json",
            HTTP_ORIGIN=settings.BASE_URL,
            HTTP_ACCEPT_LANGUAGE="de",
        )  # fmt: skip
    assert response.status_code in (201, 202), response.content  # 202: held for moderation
    assert mail.outbox, "the host hears of the comment"
    assert _mails_in_german() == []


def test_the_parades_fediverse_documents(client, german, settings):
    """The call's Note and the actor's profile fields speak the parade's language."""
    actor = client.get("/ap/p/langsam", HTTP_ACCEPT="application/activity+json").json()
    featured = client.get("/ap/p/langsam/featured").json()["orderedItems"][0]
    fields = " ".join(f"{f['name']} {f['value']}" for f in actor["attachment"])
    assert english_in(visible_text(featured["content"] + " " + fields)) == []


def test_the_check_finds_english_where_there_is_some(client, german):
    """The same pages in English are full of the phrases looked for: the check can fail."""
    client.cookies["django_language"] = "en"
    response = client.get("/p/langsam/", HTTP_ACCEPT_LANGUAGE="en")
    found = english_in(visible_text(response.content.decode()))
    assert len(found) >= 5, found


def test_the_whole_page_preview(client, german, host):
    """The host's preview of the call page: the page and its notice in German."""
    client.force_login(host)
    edit = client.get("/dashboard/p/langsam/edit/", HTTP_ACCEPT_LANGUAGE="de")
    form = edit.context["form"]
    data = {
        name: form[name].value() if not hasattr(form[name].value(), "isoformat") else
        form[name].value().strftime("%Y-%m-%dT%H:%M")
        for name in form.fields
        if form[name].value() not in (None, False)
    }  # fmt: skip
    response = client.post("/dashboard/p/langsam/preview/", data, HTTP_ACCEPT_LANGUAGE="de")
    assert response.status_code == 200, response.content.decode()[:2000]
    text = visible_text(response.content.decode())
    assert "Noch ist nichts gespeichert" in text
    assert english_in(text) == []


def test_the_participants_mail_about_the_roundup(german, settings):
    """Sent by the worker in whatever language it runs: in the parade's."""
    from django.utils import translation

    from blogparade.contributions import roundup as service
    from blogparade.contributions.models import Contribution

    settings.LANGUAGE_CODE = "en"
    translation.activate("en")
    Contribution.objects.filter(url="https://anna.example/langsam").update(
        submitter_email="anna@example.net"
    )
    roundup = service.draft_roundup(german)
    service.publish_roundup(roundup, queue=False)
    mail.outbox.clear()
    service.email_participants.call(roundup.pk)
    assert [m.to for m in mail.outbox] == [["anna@example.net"]]
    assert _mails_in_german() == []
    assert "Rückblick" in mail.outbox[0].subject or "Rückblick" in mail.outbox[0].body


def test_the_demo_parades_roundup(client, db, settings, tmp_path):
    """The roundup of the demo parade: themes only where posts share them, and read in
    German no English from our catalogue (its posts are in several languages)."""
    from blogparade.contributions import roundup as service
    from blogparade.core.management.demo import create_demo_content
    from blogparade.parades.models import Parade

    settings.DATA_DIR = tmp_path
    create_demo_content()
    parade = Parade.objects.get()
    roundup = service.draft_roundup(parade)
    for theme in roundup.data["themes"]:
        assert len(theme["contributions"]) >= 2, theme
    service.publish_roundup(roundup, queue=False)
    client.cookies["django_language"] = "de"
    response = client.get(f"/p/{parade.slug}/roundup/", HTTP_ACCEPT_LANGUAGE="de")
    assert response.status_code == 200
    text = visible_text(response.content.decode())
    assert "Rückblick" in text or "Beiträge" in text
    assert english_in(text) == []
