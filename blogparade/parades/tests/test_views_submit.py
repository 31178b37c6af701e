"""The take-part form: POST /p/<slug>/take-part/."""

import pytest
from django.conf import settings

from blogparade.contributions.models import Contribution, ContributionEvent

from .conftest import task_names

pytestmark = pytest.mark.django_db

GOOD = {
    "url": "https://writer.example/2025/my-slow-morning/",
    "name": "Wren Writer",
    "email": "wren@example.com",
    "consent": "on",
}


def submit(client, parade, **changes):
    data = {**GOOD, **changes}
    data = {k: v for k, v in data.items() if v is not None}
    return client.post(f"/p/{parade.slug}/take-part/", data)


def test_success_stores_pending_contribution_and_queues_work(
    client, parade, queued_tasks, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = submit(
            client, parade, url="https://WWW.Writer.example/2025/my-slow-morning/?utm_source=x"
        )
    assert response.status_code == 302
    assert response["Location"] == f"/p/{parade.slug}/thanks/#main"
    c = Contribution.objects.get()
    assert c.parade == parade
    assert c.status == Contribution.Status.PENDING
    assert c.channel == Contribution.Channel.FORM
    assert c.canonical_url == "https://writer.example/2025/my-slow-morning"
    assert c.submitter_name == "Wren Writer"
    assert c.submitter_email == "wren@example.com"
    assert not c.late
    assert ContributionEvent.objects.filter(contribution=c).exists()
    names = task_names(queued_tasks)
    assert any("notify_host_of_submission" in n for n in names)
    assert len(names) == 2  # verification + host notification
    # the pending post is not listed yet
    assert "my-slow-morning" not in client.get(parade.get_absolute_url()).content.decode()


def test_thanks_page_says_what_happens_next(client, parade):
    response = client.get(f"/p/{parade.slug}/thanks/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "What happens next" in html
    assert "links to the call" in html
    assert "never shown" in html


def test_get_take_part_redirects_to_form(client, parade):
    response = client.get(f"/p/{parade.slug}/take-part/")
    assert response.status_code == 302
    assert response["Location"].endswith("#take-part")


def test_csrf_is_enforced(parade):
    from django.test import Client

    response = Client(enforce_csrf_checks=True).post(f"/p/{parade.slug}/take-part/", GOOD)
    assert response.status_code == 403
    assert not Contribution.objects.exists()


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"url": ""}, "url", "Please enter the address of your post."),
        ({"url": "not a url"}, "url", "starting with https://"),
        ({"url": "ftp://writer.example/post"}, "url", "starting with https://"),
        ({"url": "javascript:alert(1)"}, "url", "starting with https://"),
        ({"url": "https://e.example/" + "a" * 2100}, "url", "at most 2000 characters"),
        ({"name": ""}, "name", "Please tell us your name."),
        ({"name": "n" * 121}, "name", "at most 120 characters"),
        ({"email": "nope"}, "email", "valid email address"),
        ({"email": ""}, "email", "Please enter your email address."),
        ({"email": "a" * 60 + "@" + "b" * 200 + ".example.com"}, "email", "at most 254 characters"),
        ({"consent": None}, "consent", "Please agree"),
    ],
)
def test_errors_next_to_the_field_and_nothing_saved(
    client, parade, queued_tasks, changes, field, message
):
    response = submit(client, parade, **changes)
    assert response.status_code == 400
    html = response.content.decode()
    assert f'id="id_{field}-error"' in html
    assert message in html
    assert 'aria-invalid="true"' in html
    assert not Contribution.objects.exists()
    assert not ContributionEvent.objects.exists()
    assert queued_tasks.results == []


def test_bare_domain_gets_https(client, parade, queued_tasks):
    assert submit(client, parade, url="writer.example/post").status_code == 302
    assert Contribution.objects.get().url == "https://writer.example/post"


def test_duplicate_after_canonicalisation(client, parade, make_contribution, queued_tasks):
    make_contribution(
        parade, url="https://writer.example/post", canonical_url="https://writer.example/post"
    )
    response = submit(client, parade, url="http://www.writer.example/post/#comments")
    assert response.status_code == 400
    assert "This post is already part of the parade" in response.content.decode()
    assert Contribution.objects.count() == 1
    assert queued_tasks.results == []


def test_same_post_may_join_another_parade(
    client, parade, make_parade, make_contribution, queued_tasks
):
    other = make_parade("open")
    make_contribution(
        other, url=GOOD["url"], canonical_url="https://writer.example/2025/my-slow-morning"
    )
    assert submit(client, parade).status_code == 302
    assert Contribution.objects.filter(parade=parade).count() == 1


def test_the_call_itself_is_refused(client, parade, queued_tasks):
    response = submit(client, parade, url=settings.BASE_URL + parade.get_absolute_url())
    assert response.status_code == 400
    assert "That is the call itself" in response.content.decode()


def test_upcoming_parade_refuses(client, make_parade, queued_tasks):
    upcoming = make_parade("upcoming")
    response = submit(client, upcoming)
    assert response.status_code == 400
    assert "has not opened yet" in response.content.decode()
    assert not Contribution.objects.exists()


def test_closed_parade_without_late_entries_refuses(client, make_parade, queued_tasks):
    closed = make_parade("closed", late_entries_accepted=False)
    response = submit(client, closed)
    assert response.status_code == 400
    assert "does not accept late entries" in response.content.decode()
    assert not Contribution.objects.exists()


def test_closed_parade_with_late_entries_marks_late(client, make_parade, queued_tasks):
    closed = make_parade("closed", late_entries_accepted=True)
    assert submit(client, closed).status_code == 302
    assert Contribution.objects.get().late is True


def test_not_accepting_is_reported_even_when_fields_are_bad(client, make_parade):
    upcoming = make_parade("upcoming")
    response = submit(client, upcoming, url="")
    assert "has not opened yet" in response.content.decode()


def test_honeypot_pretends_success_and_stores_nothing(client, parade, queued_tasks):
    response = submit(client, parade, homepage="http://spam.example/")
    assert response.status_code == 302
    assert response["Location"] == f"/p/{parade.slug}/thanks/#main"
    assert not Contribution.objects.exists()
    assert queued_tasks.results == []


def test_honeypot_field_hidden_from_people(client, parade):
    html = client.get(parade.get_absolute_url()).content.decode()
    assert '<div class="hp" aria-hidden="true">' in html
    assert 'name="homepage"' in html and 'tabindex="-1"' in html


def test_errors_in_the_readers_language(client, make_parade, queued_tasks):
    german = make_parade("open", language="de")
    response = client.post(f"/p/{german.slug}/take-part/", {**GOOD, "email": "nope"})
    assert response.status_code == 400
    assert response["Content-Language"] == "de"
    assert '<html lang="de">' in response.content.decode()


def test_all_field_errors_at_once(client, parade, queued_tasks):
    response = submit(client, parade, url="ftp://writer.example/post", name="", consent=None)
    html = response.content.decode()
    for field in ("url", "name", "consent"):
        assert f'id="id_{field}-error"' in html
