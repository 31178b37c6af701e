"""Migration 0011: a call address shared by several parades stays with the oldest."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

BEFORE = [("parades", "0010_parade_notify_host")]


@pytest.mark.django_db(transaction=True)
def test_a_shared_call_address_stays_with_the_oldest_parade(capsys):
    executor = MigrationExecutor(connection)
    executor.migrate(BEFORE)
    others = [n for n in executor.loader.graph.leaf_nodes() if n[0] in ("auth", "contenttypes")]
    old = executor.loader.project_state(BEFORE + others).apps
    User, Parade = old.get_model("auth", "User"), old.get_model("parades", "Parade")
    host = User.objects.create(username="h@example.org")
    now = timezone.now()
    for slug in ("first", "second"):
        Parade.objects.create(
            host=host,
            slug=slug,
            title=slug,
            opens_at=now,
            closes_at=now + timedelta(days=1),
            call_url="https://hanna.example/call/",
        )
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())

    from blogparade.parades.models import Parade as Current

    assert dict(Current.objects.values_list("slug", "call_url")) == {
        "first": "https://hanna.example/call/",
        "second": "",
    }
    assert "'second'" in capsys.readouterr().out
