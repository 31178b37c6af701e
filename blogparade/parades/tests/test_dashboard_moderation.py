"""Moderating the contributions of one parade."""

import pytest

from blogparade.contributions.models import ContributionEvent

pytestmark = pytest.mark.django_db


def url(parade, suffix=""):
    return f"/dashboard/p/{parade.slug}/{suffix}"


def test_list_filter_and_reasons(owner_client, parade, make_contribution):
    pending = make_contribution(
        parade, status="pending", title="Waiting post", status_reason="Could not be fetched"
    )
    ContributionEvent.objects.create(contribution=pending, message="Fetched: 503")
    make_contribution(parade, status="approved", title="Listed post")
    html = owner_client.get(url(parade)).content.decode()
    assert "Waiting post" in html and "Listed post" in html
    assert "Could not be fetched" in html
    assert "Fetched: 503" in html
    html = owner_client.get(url(parade) + "?status=pending").content.decode()
    assert "Waiting post" in html and "Listed post" not in html
    html = owner_client.get(url(parade) + "?status=bogus").content.decode()
    assert "Listed post" in html


def test_submitter_email_not_in_dashboard(owner_client, parade, make_contribution):
    make_contribution(parade, status="pending", submitter_email="hidden@example.com")
    assert "hidden@example.com" not in owner_client.get(url(parade)).content.decode()


def test_moderation_list_queries_do_not_grow(
    owner_client, parade, make_contribution, django_assert_max_num_queries
):
    for _ in range(3):
        make_contribution(parade, status="pending")
    with django_assert_max_num_queries(8) as small:
        owner_client.get(url(parade))
    for _ in range(30):
        c = make_contribution(parade, status="pending")
        ContributionEvent.objects.create(contribution=c, message="x")
    with django_assert_max_num_queries(len(small.captured_queries)):
        owner_client.get(url(parade))


def test_bulk_approve_with_reason(owner_client, parade, make_contribution):
    a = make_contribution(parade, status="pending")
    b = make_contribution(parade, status="pending")
    c = make_contribution(parade, status="pending")
    response = owner_client.post(
        url(parade, "moderate/"),
        {"action": "approve", "ids": [a.pk, b.pk], "reason": "Lovely", "status": "pending"},
    )
    assert response.status_code == 302
    assert response["Location"] == url(parade) + "?status=pending"
    for obj in (a, b, c):
        obj.refresh_from_db()
    assert (a.status, b.status, c.status) == ("approved", "approved", "pending")
    assert a.status_reason == "Lovely"
    assert "2 contributions updated." in owner_client.get(response["Location"]).content.decode()


@pytest.mark.parametrize(
    ("action", "status"), [("approve", "approved"), ("reject", "rejected"), ("spam", "spam")]
)
def test_single_row_buttons(owner_client, parade, make_contribution, action, status):
    c = make_contribution(parade, status="pending")
    owner_client.post(url(parade, "moderate/"), {"single": f"{action}:{c.pk}", "action": ""})
    c.refresh_from_db()
    assert c.status == status
    assert c.events.count() == 1


def test_cannot_moderate_another_parades_contribution(
    owner_client, parade, make_parade, make_contribution, other_host
):
    foreign = make_contribution(make_parade("open", host=other_host), status="pending")
    owner_client.post(url(parade, "moderate/"), {"action": "approve", "ids": [foreign.pk]})
    foreign.refresh_from_db()
    assert foreign.status == "pending"


def test_nothing_selected_or_no_action(owner_client, parade, make_contribution):
    c = make_contribution(parade, status="pending")
    response = owner_client.post(url(parade, "moderate/"), {"action": "approve"}, follow=True)
    assert "Please select at least one contribution." in response.content.decode()
    response = owner_client.post(
        url(parade, "moderate/"), {"action": "", "ids": [c.pk]}, follow=True
    )
    assert "Please choose an action." in response.content.decode()
    c.refresh_from_db()
    assert c.status == "pending"


def test_check_again_calls_the_pipeline(owner_client, parade, make_contribution, monkeypatch):
    calls = []
    from blogparade.contributions import services

    monkeypatch.setattr(services, "recheck_contribution", calls.append)
    c = make_contribution(parade, status="gone")
    assert 'value="recheck:' in owner_client.get(url(parade)).content.decode()
    owner_client.post(url(parade, "moderate/"), {"single": f"recheck:{c.pk}"})
    assert calls == [c.pk]
    assert c.events.filter(message__icontains="asked to check again").exists()


def test_approved_contribution_appears_on_public_page(
    owner_client, client, parade, make_contribution
):
    c = make_contribution(parade, status="pending", title="Soon public")
    assert "Soon public" not in client.get(parade.get_absolute_url()).content.decode()
    owner_client.post(url(parade, "moderate/"), {"single": f"approve:{c.pk}"})
    assert "Soon public" in client.get(parade.get_absolute_url()).content.decode()
