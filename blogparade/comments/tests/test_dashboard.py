import pytest

from blogparade.comments.models import Comment

from .conftest import XSS, assert_inert, make_comment


def test_anonymous_goes_to_login(client, db):
    r = client.get("/dashboard/comments/")
    assert r.status_code == 302 and "login" in r["Location"]


def test_host_sees_own_queue_only(client, thread, other_host):
    make_comment(thread, status="pending", text="to moderate", email="hidden-x@example.net")
    client.force_login(other_host)
    assert "to moderate" not in client.get("/dashboard/comments/").content.decode()
    client.force_login(thread.parade.host)
    html = client.get("/dashboard/comments/").content.decode()
    assert "to moderate" in html and "hidden-x" not in html


def test_bulk_actions(client, thread):
    a = make_comment(thread, status="pending")
    b = make_comment(thread, status="pending")
    c = make_comment(thread, status="pending")
    client.force_login(thread.parade.host)
    client.post("/dashboard/comments/act/", {"action": "approve", "ids": [a.pk, b.pk]})
    client.post("/dashboard/comments/act/", {"action": "spam", "ids": [c.pk]})
    assert {x.pk: x.status for x in Comment.objects.all()} == {
        a.pk: "approved",
        b.pk: "approved",
        c.pk: "spam",
    }
    client.post("/dashboard/comments/act/", {"action": "delete", "ids": [c.pk]})
    assert not Comment.objects.filter(pk=c.pk).exists()


def test_other_host_cannot_act(client, thread, other_host):
    a = make_comment(thread, status="pending")
    client.force_login(other_host)
    client.post("/dashboard/comments/act/", {"action": "approve", "ids": [a.pk]})
    a.refresh_from_db()
    assert a.status == "pending"


@pytest.mark.parametrize("payload", XSS)
def test_xss_inert_in_dashboard(client, thread, payload):
    from blogparade.comments.render import clean_line, render_markdown, safe_website

    make_comment(
        thread,
        status="pending",
        text=payload,
        author=clean_line(payload),
        website=safe_website(payload),
    )
    client.force_login(thread.parade.host)
    html = client.get("/dashboard/comments/").content.decode()
    assert_inert(html[html.index("<main") :])
    assert render_markdown(payload) in html


def test_per_row_actions_tab_counts_and_context_links(client, thread, other_host):
    """Moderation was bulk-only: no row buttons, no counts on the tabs, the page column no
    link, and the Approved tab offered "Approve"."""
    a = make_comment(thread, status="pending", author="Ann")
    b = make_comment(thread, status="pending", author="Ben")
    make_comment(thread, status="approved", author="Cleo")
    client.force_login(thread.parade.host)
    html = client.get("/dashboard/comments/").content.decode()
    assert "Pending (2)" in html and "Approved (1)" in html and "Spam (0)" in html
    assert f'name="row" value="approve:{a.pk}"' in html
    assert f'href="{a.get_absolute_url()}"' in html  # the comment in its page

    client.post("/dashboard/comments/act/", {"row": f"approve:{a.pk}", "ids": [b.pk]})
    a.refresh_from_db()
    b.refresh_from_db()
    assert (a.status, b.status) == ("approved", "pending")  # the row's button, that row only

    approved = client.get("/dashboard/comments/?status=approved").content.decode()
    assert 'value="approve:' not in approved and 'name="action" value="approve"' not in approved
    assert f'value="spam:{a.pk}"' in approved

    client.force_login(other_host)
    client.post("/dashboard/comments/act/", {"row": f"spam:{b.pk}"})
    b.refresh_from_db()
    assert b.status == "pending"
