"""Hostile comment text, names and websites in a real browser: nothing executes on the public
parade page, in our embed, in Isso's client, or in the host's dashboard queue."""

from __future__ import annotations

import pytest
from django.conf import settings as django_settings
from django.test import Client

from blogparade.comments import services
from blogparade.comments.models import Comment
from blogparade.comments.tests.test_browser_embed import (  # noqa: F401
    blog,
    embed_snippet,
    quick,
    serve_page,
)
from blogparade.comments.tests.test_browser_isso_client import isso_page

pytestmark = pytest.mark.browser

FLAG = "window.__xss=1"
PAYLOADS = [
    f"<script>{FLAG}</script>",
    f'<img src=x onerror="{FLAG}">',
    f"[click](javascript:{FLAG})",
    f"[d](data:text/html,<script>{FLAG}</script>)",
    f'<svg onload="{FLAG}"><circle/></svg>',
    f'"><img src=x onerror={FLAG}>',
    f"<a href='jav&#x09;ascript:{FLAG}'>x</a>",
    f"<<script>script>{FLAG}<</script>/script>",
    f"\u202e<b onclick={FLAG}>x</b>\u200b",
    '<iframe srcdoc="<script>parent.__xss=1</script>"></iframe>',
    f"'-{FLAG}-'\"-{FLAG}-\"",
    f"<math><mtext><table><mglyph><style><img src=x onerror={FLAG}>",
    f"<details open ontoggle={FLAG}>",
]
# Websites that pass the comment form's own checks (what new comments can carry).
ACCEPTED_WEBSITES = [
    "https://x.example/?a=1&b=%22onmouseover=window.__xss=1",
    "https://xn--80ak6aa92e.com/",
    "HTTPS://X.EXAMPLE/%3Cscript%3E",
    "https://x.example/\u202eevil#javascript:window.__xss=1",
]
# Websites as legacy rows could hold them (admin edits, old data): the JSON API escapes and
# filters them on output, and so do the server-rendered templates (safe_url).
LEGACY_WEBSITES = [
    f"javascript:{FLAG}",
    f"data:text/html,<script>{FLAG}</script>",
    f'https://x.example/"onmouseover="{FLAG}',
    f"https://x.example/'><img src=x onerror={FLAG}>",
]

CHECK = """() => {
  const bad = [];
  for (const el of document.querySelectorAll('*')) {
    for (const a of el.attributes) {
      const v = a.value.trim().toLowerCase();
      if (a.name.startsWith('on')) bad.push(el.tagName + ' ' + a.name);
      if (['href', 'src', 'action', 'formaction', 'srcdoc'].includes(a.name)
          && (v.startsWith('javascript:') || v.startsWith('data:') || a.name === 'srcdoc')) {
        bad.push(el.tagName + ' ' + a.name + '=' + v);
      }
    }
  }
  return {flag: window.__xss, bad: bad,
          scripts: [...document.scripts].filter(s => s.textContent.includes('__xss=1')).length};
}"""


def hostile_comments(thread, status=Comment.Status.APPROVED, legacy=False) -> list[Comment]:
    """Every payload as text and name, through the real service path; websites accepted by
    the form, or (``legacy``) hostile ones written straight into the row."""
    made = []
    for i, payload in enumerate(PAYLOADS):
        c = services.post_comment(
            thread,
            author=payload[:120],
            email=f"x{i}@example.net",
            website=ACCEPTED_WEBSITES[i % len(ACCEPTED_WEBSITES)],
            text=f"{i} {payload}",
            ip=f"198.51.100.{i + 1}",
            trusted=True,
        )
        if legacy:
            c.website = LEGACY_WEBSITES[i % len(LEGACY_WEBSITES)]
        c.status = status
        c.save(update_fields=["website", "status"])
        made.append(c)
    return made


def assert_nothing_ran(page, dialogs: list[str], expected: int) -> None:
    # Fire the events inline handlers would wait for, on every element.
    page.evaluate(
        """() => { for (const el of document.querySelectorAll('*')) {
            for (const t of ['mouseover', 'mouseenter', 'focus', 'toggle', 'animationstart'])
                el.dispatchEvent(new Event(t)); } }"""
    )
    result = page.evaluate(CHECK)
    assert result["flag"] is None, result
    assert result["bad"] == [], result
    assert result["scripts"] == 0
    assert dialogs == []
    assert page.content().count("__xss") >= expected  # the payloads are there, as inert text


def watch(page) -> list[str]:
    dialogs: list[str] = []

    def on_dialog(d):
        dialogs.append(d.message)
        d.dismiss()

    page.on("dialog", on_dialog)
    return dialogs


def test_public_parade_page(
    quick,  # noqa: F811
    page,
    live_server,
    settings,
    parade,
):
    settings.BASE_URL = live_server.url
    thread = services.get_or_create_thread("", f"/p/{parade.slug}/")
    made = hostile_comments(thread)
    dialogs = watch(page)
    page.goto(f"{live_server.url}/p/{parade.slug}/")
    page.wait_for_selector(f"#comment-{made[-1].pk}", state="attached")
    assert_nothing_ran(page, dialogs, len(PAYLOADS))


def test_embed(quick, page, blog, httpserver, live_server):  # noqa: F811
    thread = services.get_or_create_thread(blog, "/hostile/", "Hostile")
    made = hostile_comments(thread, legacy=True)
    dialogs = watch(page)
    page.goto(serve_page(httpserver, "/hostile/", embed_snippet(live_server, "/hostile/")))
    page.wait_for_selector(f"#comment-{made[-1].pk}")
    assert_nothing_ran(page, dialogs, len(PAYLOADS))


def test_isso_client(quick, page, blog, httpserver, live_server):  # noqa: F811
    thread = services.get_or_create_thread(blog, "/hostile-isso/", "Hostile")
    made = hostile_comments(thread, legacy=True)
    dialogs = watch(page)
    page.goto(isso_page(httpserver, live_server, "/hostile-isso/"))
    page.wait_for_selector(f"#isso-{made[-1].pk}")
    assert_nothing_ran(page, dialogs, len(PAYLOADS))


def test_host_dashboard_queue(
    quick,  # noqa: F811
    page,
    live_server,
    settings,
    parade,
    host,
):
    settings.BASE_URL = live_server.url
    thread = services.get_or_create_thread("", f"/p/{parade.slug}/")
    made = hostile_comments(thread, status=Comment.Status.PENDING)
    client = Client()
    client.force_login(host)
    cookie = client.cookies[django_settings.SESSION_COOKIE_NAME]
    page.context.add_cookies([{"name": cookie.key, "value": cookie.value, "url": live_server.url}])
    dialogs = watch(page)
    page.goto(f"{live_server.url}/dashboard/comments/")
    page.wait_for_selector(f"#comment-{made[0].pk}", state="attached")
    assert_nothing_ran(page, dialogs, len(PAYLOADS))


def test_public_parade_page_with_legacy_websites(quick, page, live_server, settings, parade):  # noqa: F811
    settings.BASE_URL = live_server.url
    thread = services.get_or_create_thread("", f"/p/{parade.slug}/")
    hostile_comments(thread, legacy=True)
    dialogs = watch(page)
    page.goto(f"{live_server.url}/p/{parade.slug}/")
    assert_nothing_ran(page, dialogs, len(PAYLOADS))
