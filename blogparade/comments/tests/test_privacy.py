import json
from datetime import timedelta
from io import StringIO

from django.core.management import call_command
from django.utils import timezone

from blogparade.comments.models import Comment, NotificationSubscription
from blogparade.comments.privacy import purge_ips
from blogparade.contributions.models import Contribution

from .conftest import make_comment


def test_export_has_comments_and_contributions(thread, parade):
    make_comment(thread, email="gdpr@example.net", text="mine")
    Contribution.objects.create(
        parade=parade,
        url="https://a.example/p",
        canonical_url="a.example/p",
        channel="form",
        submitter_email="gdpr@example.net",
    )
    out = StringIO()
    call_command("gdpr", "export", "GDPR@example.net", stdout=out)
    data = json.loads(out.getvalue())
    assert (
        data["comments"][0]["text"] == "mine" and data["comments"][0]["email"] == "gdpr@example.net"
    )
    assert data["contributions"][0]["url"] == "https://a.example/p"


def test_erase(thread, parade):
    a = make_comment(thread, email="gdpr@example.net", text="with reply")
    make_comment(thread, parent=a, text="reply by other")
    make_comment(thread, email="gdpr@example.net", text="alone")
    NotificationSubscription.objects.create(comment=a, email="gdpr@example.net")
    Contribution.objects.create(
        parade=parade,
        url="https://a.example/p",
        canonical_url="a.example/p",
        channel="form",
        submitter_email="gdpr@example.net",
    )
    call_command("gdpr", "erase", "gdpr@example.net", stdout=StringIO())
    assert not Comment.objects.filter(email="gdpr@example.net").exists()
    a.refresh_from_db()
    assert a.status == "deleted" and a.text == "" and a.author == ""
    assert not Comment.objects.filter(text="alone").exists()
    assert not NotificationSubscription.objects.exists()
    assert Contribution.objects.get().submitter_email == ""


def test_ip_truncated_after_7_and_cleared_after_30_days(thread, settings):
    now = timezone.now()
    fresh = make_comment(thread, ip="203.0.113.7")
    week = make_comment(thread, ip="203.0.113.8", created=now - timedelta(days=8))
    month = make_comment(thread, ip="203.0.113.9", created=now - timedelta(days=31))
    assert purge_ips() == {"truncated": 1, "cleared": 1}
    for c in (fresh, week, month):
        c.refresh_from_db()
    assert (fresh.ip, week.ip, month.ip) == ("203.0.113.7", "203.0.113.0", "")


def test_ip_days_configurable(thread, settings):
    settings.COMMENTS_IP_TRUNCATE_DAYS = 0
    c = make_comment(thread, ip="203.0.113.7", created=timezone.now() - timedelta(hours=1))
    purge_ips()
    c.refresh_from_db()
    assert c.ip == "203.0.113.0"
