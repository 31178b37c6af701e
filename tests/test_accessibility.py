"""axe-core on every public and dashboard page, in English and German (and dark), at 320 px wide: no
serious or critical violation. Debian's Chromium through Playwright; axe-core is the npm
package pinned in package.json (injected through the DevTools protocol, which the pages'
Content-Security-Policy does not stop)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from blogparade.comments.models import Comment, Thread
from blogparade.comments.render import render_markdown
from blogparade.contributions.models import Contribution
from blogparade.contributions.roundup import draft_roundup
from blogparade.parades.models import HostProfile, Parade

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "host-password-for-axe"


@pytest.fixture
def content(live_server, settings, host):
    """An open parade with contributions and a threaded comment, a closed one with its
    roundup published: every kind of page has something to show."""
    settings.BASE_URL = live_server.url
    HostProfile.objects.filter(user=host).update(
        role="Writer", bio="Writes about things that last.", website="https://host.example/"
    )
    host.set_password(PASSWORD)
    host.save()
    now = timezone.now()
    open_parade = Parade.objects.create(
        host=host,
        slug="open-axe",
        title="Tools that stay",
        question="Which tool have you kept for ten years?",
        call_text="Tell us about **one** tool.\n\n- why you kept it\n- what broke",
        rules="Link to this call.",
        hashtag="#ToolsThatStay",
        opens_at=now - timedelta(days=3),
        closes_at=now + timedelta(days=10),
    )
    closed = Parade.objects.create(
        host=host,
        slug="closed-axe",
        title="Slow mornings",
        question="How do your mornings start?",
        opens_at=now - timedelta(days=30),
        closes_at=now - timedelta(days=2),
    )
    for parade in (open_parade, closed):
        for i in range(3):
            Contribution.objects.create(
                parade=parade,
                url=f"https://writer{i}.example.org/post",
                canonical_url=f"https://writer{i}.example.org/post",
                title=f"An answer number {i} with a title long enough to wrap on a phone",
                author_name=f"Writer {i}",
                author_url=f"https://writer{i}.example.org/",
                summary="A summary of the post, one or two sentences long.",
                published=now - timedelta(days=5 - i),
                language="en",
                channel=Contribution.Channel.WEBMENTION,
                status=Contribution.Status.APPROVED,
            )
    thread = Thread.objects.create(site="", path=f"/p/{open_parade.slug}/", parade=open_parade)
    first = Comment.objects.create(
        thread=thread,
        author="Ann",
        email="ann@example.net",
        text="What a *good* question.",
        text_html=render_markdown("What a *good* question."),
        status=Comment.Status.APPROVED,
    )
    Comment.objects.create(
        thread=thread,
        parent=first,
        author="Bob",
        email="bob@example.net",
        text="Agreed!",
        text_html=render_markdown("Agreed!"),
        status=Comment.Status.PENDING,
    )
    roundup = draft_roundup(closed)
    roundup.published_at = now
    roundup.save()
    closed.rounded_up_at = now
    closed.save()
    from blogparade.comments.models import ImportJob
    from blogparade.parades.models import ReadingItem

    for parade in (open_parade, closed):
        ReadingItem.objects.create(
            parade=parade,
            url="https://essays.example.org/tools",
            title="On tools that outlive their makers",
            description="An essay about keeping things, and why repair matters.",
        )

    ImportJob.objects.create(
        pk=9001,
        parade=open_parade,
        host=host,
        file_name="export.xml",
        stored="gone.xml",
        post="https://host.example/tools/",
        state=ImportJob.State.DONE,
        done=12,
        total=12,
        result="threads: 0 new, comments: 12 new, mentions: 0 new, already imported: 0, skipped: 0",
    )
    return live_server.url


PUBLIC = [
    "/",
    "/p/open-axe/",
    "/p/open-axe/thanks/",
    "/p/closed-axe/",
    "/p/closed-axe/roundup/",
    "/hub/",
    "/dashboard/login/",
    "/dashboard/password/reset/",
    "/no-such-page/",
]
DASHBOARD = [
    "/dashboard/",
    "/dashboard/new/",
    "/dashboard/profile/",
    "/dashboard/p/open-axe/",
    "/dashboard/p/open-axe/edit/",
    "/dashboard/p/open-axe/share/",
    "/dashboard/p/open-axe/fediverse/",
    "/dashboard/p/closed-axe/",
    "/dashboard/p/closed-axe/roundup/",
    "/dashboard/p/open-axe/import/",
    "/dashboard/p/open-axe/reading/",
    "/dashboard/p/open-axe/import/9001/",
    "/dashboard/comments/",
    "/dashboard/password/",
]


def _violations(page, axe_source: str) -> list[str]:
    page.evaluate(axe_source)
    result = page.evaluate(
        "async () => (await axe.run(document, {resultTypes: ['violations']})).violations"
    )
    found = []
    for violation in result:
        if violation["impact"] in ("serious", "critical"):
            targets = [" ".join(map(str, node["target"])) for node in violation["nodes"][:3]]
            found.append(f"{violation['id']} ({violation['impact']}): {targets}")
    return found


def _check(page, axe_source: str, site: str, paths: list[str]) -> dict[str, list[str]]:
    problems = {}
    for path in paths:
        page.goto(site + path)
        found = _violations(page, axe_source)
        if found:
            problems[path] = found
    return problems


@pytest.fixture(params=["en", "de", "en-dark"])
def phone(browser, request):
    """A 320 px wide page whose browser asks for the language (and, once, the dark scheme)."""
    context = browser.new_context(
        locale="de-DE" if request.param == "de" else "en-GB",
        viewport={"width": 320, "height": 640},
        color_scheme="dark" if request.param.endswith("dark") else "light",
    )
    yield context.new_page()
    context.close()


def test_public_pages_have_no_serious_violations(content, phone, axe_source):
    assert _check(phone, axe_source, content, PUBLIC) == {}


def test_dashboard_pages_have_no_serious_violations(content, phone, axe_source, host):
    phone.goto(f"{content}/dashboard/login/")
    phone.locator("input[name=username]").fill(host.email)
    phone.locator("input[name=password]").fill(PASSWORD)
    phone.locator("form button[type=submit]").last.click()
    phone.wait_for_url(f"{content}/dashboard/")
    assert _check(phone, axe_source, content, DASHBOARD) == {}
