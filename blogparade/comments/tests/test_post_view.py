import pytest
from django.core import mail

from blogparade.comments.models import Blocklist, Comment

from .conftest import make_comment


def test_first_comment_is_held_and_host_is_mailed(post_form, parade, old_ts):
    r = post_form(old_ts)
    c = Comment.objects.get()
    assert r.status_code == 302 and r["Location"] == f"/p/slow-web/#comment-{c.pk}"
    assert c.status == "pending" and c.text_html == "<p>Hello <em>world</em></p>"
    assert c.thread.parade == parade and c.ip == "198.51.100.1"
    assert str(c.pk) in r.cookies  # edit rights
    assert "bp_commenter" not in r.cookies or r.cookies["bp_commenter"].value == ""
    assert [m.to for m in mail.outbox] == [["host@example.org"]]


def test_returning_approved_commenter_passes(post_form, thread, old_ts):
    make_comment(thread, email="ada@example.net")
    post_form(old_ts, text="second time")
    assert Comment.objects.get(text="second time").status == "approved"


def test_moderation_off_approves(post_form, parade, old_ts, settings):
    settings.MODERATION = False
    post_form(old_ts)
    assert Comment.objects.get().status == "approved"


def test_remember_cookie_only_with_consent(post_form, parade, old_ts):
    r = post_form(old_ts, remember="on")
    assert r.cookies["bp_commenter"].value
    assert (
        "ada@example.net" not in r.cookies["bp_commenter"].value
        or ":" in r.cookies["bp_commenter"].value
    )


@pytest.mark.parametrize(
    "field,value",
    [
        ("author", ""),
        ("email", ""),
        ("email", "nope"),
        ("text", ""),
        ("website", "javascript:alert(1)"),
    ],
)
def test_errors_next_to_the_field(post_form, parade, old_ts, field, value):
    r = post_form(old_ts, **{field: value})
    assert r.status_code == 400
    html = r.content.decode()
    block = html[html.index(f"bp-field--{field}") :].split("</p>")[0]
    assert 'class="bp-error"' in block
    assert not Comment.objects.exists()


def test_honeypot_stores_nothing(post_form, parade, old_ts):
    r = post_form(old_ts, homepage="http://spam.example")
    assert r.status_code == 302 and not Comment.objects.exists()


def test_too_fast_is_refused(post_form, parade):
    from blogparade.comments.services import form_timestamp

    r = post_form(form_timestamp())
    assert r.status_code == 429 and not Comment.objects.exists()


def test_tampered_timestamp_is_refused(post_form, parade):
    r = post_form("123:abc")
    assert r.status_code == 400 and not Comment.objects.exists()


def test_max_links(post_form, parade, old_ts, settings):
    settings.COMMENTS_MAX_LINKS = 1
    r = post_form(old_ts, text="[a](https://a.example) [b](https://b.example)")
    assert r.status_code == 400 and not Comment.objects.exists()


def test_duplicate_detected(post_form, thread, old_ts):
    post_form(old_ts)
    r = post_form(old_ts)
    assert r.status_code == 409 and Comment.objects.count() == 1


@pytest.mark.parametrize(
    "kind,value,override",
    [
        ("word", "casino", {"text": "Best CASINO here"}),
        ("ip", "198.51.100.0/24", {}),
        ("email_domain", "example.net", {}),
        ("url_domain", "bad.example", {"text": "see [x](https://www.bad.example/)"}),
    ],
)
def test_blocklists_mark_spam(post_form, parade, old_ts, kind, value, override):
    Blocklist.objects.create(kind=kind, value=value)
    post_form(old_ts, **override)
    assert Comment.objects.get().status == "spam"
    assert mail.outbox == []


def test_rate_limit_per_ip(post_form, parade, old_ts, settings):
    settings.RATE_LIMITS = True
    settings.RATE_LIMIT_RULES = {
        **settings.RATE_LIMIT_RULES,
        "comment-ip": [(2, 60)],
        "comment-thread": [(100, 60)],
    }
    responses = [post_form(old_ts, text=f"comment {i}") for i in range(3)]
    assert [r.status_code for r in responses] == [302, 302, 429]
    assert responses[2]["Retry-After"] == "60"
    assert "commenting too fast" in responses[2].content.decode()


def test_rate_limit_not_fooled_by_forwarded_for(post_form, parade, old_ts, settings):
    settings.RATE_LIMITS = True
    settings.TRUSTED_PROXIES = []
    settings.RATE_LIMIT_RULES = {
        **settings.RATE_LIMIT_RULES,
        "comment-ip": [(1, 60)],
        "comment-thread": [(100, 60)],
    }
    a = post_form(old_ts, text="one", extra={"HTTP_X_FORWARDED_FOR": "1.1.1.1"})
    b = post_form(old_ts, text="two", extra={"HTTP_X_FORWARDED_FOR": "2.2.2.2"})
    assert (a.status_code, b.status_code) == (302, 429)


def test_rate_limits_off(post_form, parade, old_ts, settings):
    settings.RATE_LIMITS = False
    settings.RATE_LIMIT_RULES = {**settings.RATE_LIMIT_RULES, "comment-ip": [(1, 60)]}
    assert [post_form(old_ts, text=f"c {i}").status_code for i in range(3)] == [302] * 3


def test_per_thread_rate_limit(post_form, parade, old_ts, settings):
    settings.RATE_LIMITS = True
    settings.RATE_LIMIT_RULES = {
        **settings.RATE_LIMIT_RULES,
        "comment-ip": [(100, 60)],
        "comment-thread": [(1, 60)],
    }
    post_form(old_ts, text="one")
    r = post_form(old_ts, remote="198.51.100.99", text="two")
    assert r.status_code == 429


def test_closed_after_deadline_plus_days(post_form, parade, old_ts, settings):
    from datetime import timedelta

    from django.utils import timezone

    settings.COMMENTS_CLOSE_AFTER_DAYS = 2
    parade.opens_at = timezone.now() - timedelta(days=10)
    parade.closes_at = timezone.now() - timedelta(days=3)
    parade.save()
    r = post_form(old_ts)
    assert r.status_code == 403 and not Comment.objects.exists()


def test_replies_beyond_depth_attach_to_deepest_level(post_form, thread, old_ts, settings):
    settings.COMMENTS_MAX_DEPTH = 2
    settings.MODERATION = False
    root = make_comment(thread)
    child = make_comment(thread, parent=root, text="child")
    post_form(old_ts, parent=child.pk, text="grandchild")
    assert Comment.objects.get(text="grandchild").parent == root


def test_host_is_trusted(client, post_form, parade, host, old_ts):
    client.force_login(host)
    post_form(old_ts)
    assert Comment.objects.get().status == "approved"


def test_unregistered_site_refused(post_form, db, old_ts):
    r = post_form(old_ts, uri="https://evil.example/page/")
    assert r.status_code == 404
