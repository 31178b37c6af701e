"""The public pages as a reader's browser sees them: Debian's Chromium via Playwright."""

from __future__ import annotations

import pytest

from blogparade.contributions.models import Contribution

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def site(live_server, settings, parade):
    settings.BASE_URL = live_server.url
    Contribution.objects.create(
        parade=parade,
        url="https://writer.example.org/answer",
        canonical_url="https://writer.example.org/answer",
        title="An answer with a rather long title that has to wrap on a small phone screen",
        author_name="Wanda Writer",
        channel=Contribution.Channel.WEBMENTION,
        status=Contribution.Status.APPROVED,
    )
    return live_server.url


def test_countdown_speaks_the_readers_time_zone(site, page, parade):
    page.goto(f"{site}/p/{parade.slug}/")
    countdown = page.locator("[data-countdown]")
    countdown.get_by_text("America/New_York").wait_for()  # the fixture's reader lives there
    assert "Time left:" in countdown.inner_text()
    assert page.js_errors == []


@pytest.mark.parametrize("path", ["/", "/p/open-call/"])
def test_nothing_scrolls_sideways_at_320_px(site, page, path):
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(site + path)
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    assert page.js_errors == []


def test_keyboard_reader_skips_to_content_and_submits_a_post(site, page, parade):
    page.goto(f"{site}/p/{parade.slug}/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip-link"
    page.keyboard.press("Enter")
    assert page.url.endswith("#main")

    page.get_by_label("Address of your post").focus()
    page.keyboard.type("https://reader.example.net/my-answer")
    page.keyboard.press("Tab")
    page.keyboard.type("Rita Reader")
    page.keyboard.press("Tab")
    page.keyboard.type("rita@example.net")
    page.keyboard.press("Tab")
    page.keyboard.press("Space")  # the consent checkbox
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")  # the submit button
    page.wait_for_url(f"{site}/p/{parade.slug}/thanks/#main")
    assert Contribution.objects.filter(url="https://reader.example.net/my-answer").exists()


@pytest.mark.parametrize("path", ["/", "/p/open-call/", "/dashboard/login/", "/no-such-page/"])
def test_the_content_security_policy_refuses_nothing_of_ours(site, page, path):
    page.goto(site + path)
    page.wait_for_load_state("networkidle")
    assert page.csp_violations == []
    assert page.js_errors == []


def test_the_call_form_preview_works_under_the_policy(site, page, parade, host):
    """The dashboard's live preview fetches from this site: connect-src 'self'."""
    page.goto(f"{site}/dashboard/login/")
    page.get_by_label("Email address").fill(host.email)
    page.get_by_label("Password").fill("host-password")
    page.get_by_role("button", name="Log in").click()
    page.goto(f"{site}/dashboard/p/{parade.slug}/edit/")
    page.locator("[data-preview-source]").fill("Write about *slow* blogging.")
    page.locator("#call-preview em").get_by_text("slow").wait_for()
    assert page.csp_violations == []
    assert page.js_errors == []


def test_a_rejected_submission_puts_the_reader_at_the_errors(site, page, parade):
    """It reloaded the call page at the top, the error box 2,180 px down, focus on <body>."""
    page.goto(f"{site}/p/{parade.slug}/")
    page.get_by_label("Address of your post").fill("not an address")
    page.get_by_role("button", name="Submit my post").click()
    page.wait_for_url(f"{site}/p/{parade.slug}/take-part/#form-errors")
    page.wait_for_load_state("load")
    assert page.evaluate("document.activeElement.id") == "form-errors"
    summary = page.locator("#form-errors")
    assert summary.is_visible() and summary.get_by_role("link").count() >= 1
    summary.get_by_role("link").first.click()
    assert page.evaluate("document.activeElement.getAttribute('aria-invalid')") == "true"
    assert page.js_errors == [] and page.csp_violations == []


def test_the_short_name_follows_the_title_until_edited(site, page, host):
    page.goto(f"{site}/dashboard/login/")
    page.get_by_label("Email address").fill(host.email)
    page.get_by_label("Password").fill("host-password")
    page.get_by_role("button", name="Log in").click()
    page.goto(f"{site}/dashboard/new/")
    page.locator("[data-slug-source]").fill("Grüße aus der Küche")
    assert page.locator("[data-slug-target]").input_value() == "gruesse-aus-der-kueche"
    page.locator("[data-slug-target]").fill("kueche")
    page.locator("[data-slug-source]").fill("Something else")
    assert page.locator("[data-slug-target]").input_value() == "kueche"
    assert page.js_errors == [] and page.csp_violations == []


def test_a_link_to_a_folded_comment_opens_the_fold(site, page, parade, monkeypatch):
    from blogparade.comments import pages
    from blogparade.comments.models import Comment, Thread

    monkeypatch.setattr(pages, "THREAD_OPEN", 2)
    thread = Thread.objects.create(site="", path=f"/p/{parade.slug}/", parade=parade)
    made = [
        Comment.objects.create(
            thread=thread,
            author=f"Reader {i}",
            email=f"r{i}@example.net",
            text=f"comment {i}",
            text_html=f"<p>comment {i}</p>",
            status=Comment.Status.APPROVED,
        )
        for i in range(4)
    ]
    page.goto(f"{site}/p/{parade.slug}/#comment-{made[3].pk}")
    page.wait_for_load_state("load")
    assert page.evaluate("document.querySelector('details.bp-more').open") is True
    page.goto(f"{site}/p/{parade.slug}/")
    assert page.evaluate("document.querySelector('details.bp-more').open") is False
