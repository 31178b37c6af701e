import pytest
from django.template import Context, Template
from django.test import RequestFactory
from django.utils import translation

from blogparade.comments import pages

from .conftest import XSS, assert_inert, make_comment

TAG = Template('{% load comments_tags %}{% comment_thread request "/p/slow-web/" "Slow web" %}')


def render(request=None):
    request = request or RequestFactory().get("/p/slow-web/")
    from django.contrib.auth.models import AnonymousUser

    request.user = AnonymousUser()
    return TAG.render(Context({"request": request}))


def test_empty_thread_shows_form_without_heading(thread):
    html = render()
    assert "thoughts on" not in html and 'action="/comments/post/"' in html
    assert 'name="homepage"' in html and 'name="ts"' in html
    assert (
        'type="checkbox" name="remember"' in html
        and "checked" not in html.split('name="remember"')[1][:40]
    )


def test_heading_plurals_english():
    with translation.override("en"):
        assert pages.heading(1, "T") == "One thought on “T”"
        assert pages.heading(2, "T") == "2 thoughts on “T”"


def test_threaded_oldest_first_with_permalinks(thread):
    a = make_comment(thread, text="first")
    b = make_comment(thread, text="second")
    r = make_comment(thread, text="reply to first", parent=a)
    make_comment(thread, text="held back", status="pending")
    html = render()
    assert "3 thoughts on “Slow web”" in html
    assert html.index("first") < html.index("reply to first") < html.index("second")
    for c in (a, b, r):
        assert f'id="comment-{c.pk}"' in html and f'href="#comment-{c.pk}"' in html
    assert "held back" not in html


def test_deleted_with_replies_is_placeholder(thread):
    a = make_comment(thread, status="deleted", text="", author="")
    make_comment(thread, text="child", parent=a)
    make_comment(thread, status="deleted", text="", author="")
    html = render()
    assert html.count("This comment was deleted.") == 1 and "child" in html


def test_email_never_rendered(thread):
    make_comment(thread, email="secret-person@example.net")
    assert "secret-person" not in render()


@pytest.mark.parametrize("payload", XSS)
def test_xss_in_text_name_website_is_inert_on_page(thread, payload):
    from blogparade.comments.render import clean_line, safe_website

    # Stored as the service stores it (clean_line on one-line fields).
    make_comment(thread, text=payload, author=clean_line(payload), website=safe_website(payload))
    make_comment(thread, text="x " + payload, website="https://ok.example/?q=\"'><script>")
    html = render()
    section = html[html.index('<section class="bp-comments"') :]
    assert_inert(section)


def test_replying_to_names_the_comment_and_offers_a_cancel(thread):
    """Replying showed no "replying to …" and no way to cancel."""
    ann = make_comment(thread, author="Ann", text="first")
    html = render(RequestFactory().get(f"/p/slow-web/?replytocom={ann.pk}"))
    assert "Replying to Ann" in html and "Leave a comment" not in html
    assert 'href="/p/slow-web/#respond">Cancel reply</a>' in html
    assert f'name="parent" value="{ann.pk}"' in html
    # a pending or unknown comment is not answered
    hidden = make_comment(thread, author="Hid", status="pending")
    for value in (hidden.pk, 999999, "x"):
        html = render(RequestFactory().get(f"/p/slow-web/?replytocom={value}"))
        assert "Replying to" not in html and "Leave a comment" in html


def test_times_are_relative_with_the_exact_date_kept(thread):
    from datetime import timedelta

    from django.utils import timezone

    c = make_comment(thread, text="older")
    type(c).objects.filter(pk=c.pk).update(created=timezone.now() - timedelta(days=3))
    with translation.override("de"):
        html = render()
    assert ">vor 3 Tagen</time>" in html  # one unit, as blogs say it
    assert 'title="' in html.split("bp-comment__permalink")[1][:200]


def test_a_long_thread_folds_after_the_first_fifty(thread, monkeypatch):
    """Long threads paged or folded, with a no-JavaScript fallback: <details> needs none, and
    a link to a comment in it opens it."""
    monkeypatch.setattr(pages, "THREAD_OPEN", 3)
    comments = [make_comment(thread, text=f"number {i}") for i in range(5)]
    make_comment(thread, text="a reply", parent=comments[0])
    html = render()
    head, _sep, folded = html.partition('<details class="bp-more">')
    assert "Show 2 more comments" in folded
    assert all(f"number {i}" in head for i in range(3)) and "a reply" in head
    assert "number 3" in folded and "number 4" in folded and "number 3" not in head
