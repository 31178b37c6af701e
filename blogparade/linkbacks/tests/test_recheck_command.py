from __future__ import annotations

from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from blogparade.contributions.models import Contribution
from blogparade.linkbacks.tests.pages import post_page

pytestmark = pytest.mark.django_db


def test_recheck_due_and_by_parade(httpserver, parade, target):
    httpserver.expect_request("/post").respond_with_data(
        post_page(f'<a href="{target}">x</a>'), content_type="text/html"
    )
    c = Contribution.objects.create(
        parade=parade,
        url=httpserver.url_for("/post"),
        canonical_url="k",
        channel="manual",
        next_check_at=timezone.now() - timedelta(minutes=1),
    )
    out = StringIO()
    call_command("recheck", stdout=out)
    assert out.getvalue().strip() == "1"
    c.refresh_from_db()
    assert c.status == Contribution.Status.APPROVED
    out = StringIO()
    call_command("recheck", "--parade", parade.slug, stdout=out)
    assert out.getvalue().strip() == "1"
    with pytest.raises(CommandError):
        call_command("recheck", "--parade", "nope")
