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
