"""The models moved from ``parades`` to ``contributions`` with state-only migrations: a
database made before the move keeps every row, under the new app."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

BEFORE = [
    ("parades", "0008_contributor_url_index"),
    ("linkbacks", "0001_mention"),
    ("contributions", None),
]


@pytest.mark.django_db(transaction=True)
def test_rows_made_before_the_move_are_all_found_after_it():
    executor = MigrationExecutor(connection)
    executor.migrate(BEFORE)
    others = [
        node for node in executor.loader.graph.leaf_nodes() if node[0] in ("auth", "contenttypes")
    ]
    old = executor.loader.project_state(BEFORE[:2] + others).apps

    User = old.get_model("auth", "User")
    Parade = old.get_model("parades", "Parade")
    Contributor = old.get_model("parades", "Contributor")
    Contribution = old.get_model("parades", "Contribution")
    Event = old.get_model("parades", "ContributionEvent")
    Roundup = old.get_model("parades", "Roundup")
    Entry = old.get_model("parades", "RoundupEntry")
    Mention = old.get_model("linkbacks", "Mention")
    ContentType = old.get_model("contenttypes", "ContentType")
    ContentType.objects.get_or_create(app_label="parades", model="contribution")

    now = timezone.now()
    host = User.objects.create(username="h@example.org", email="h@example.org")
    parade = Parade.objects.create(
        host=host,
        slug="before-the-move",
        title="Before the move",
        opens_at=now - timedelta(days=3),
        closes_at=now + timedelta(days=3),
    )
    person = Contributor.objects.create(
        name="Ada", url="https://ada.example/", domain="ada.example"
    )
    made = []
    for i in range(3):
        c = Contribution.objects.create(
            parade=parade,
            contributor=person,
            url=f"https://ada.example/{i}/",
            canonical_url=f"https://ada.example/{i}",
            channel="webmention",
            status="approved",
            title=f"Post {i}",
        )
        Event.objects.create(contribution=c, message=f"event {i}")
        made.append(c.pk)
    roundup = Roundup.objects.create(parade=parade)
    Entry.objects.create(roundup=roundup, contribution_id=made[0])
    Mention.objects.create(
        source="https://ada.example/0/",
        target="http://x/p/before-the-move/",
        target_normalized="http://x/p/before-the-move/",
        parade=parade,
        contribution_id=made[0],
    )

    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())

    from django.contrib.contenttypes.models import ContentType as CurrentContentType

    from blogparade.contributions.models import Contribution as Moved
    from blogparade.contributions.models import ContributionEvent
    from blogparade.contributions.models import Contributor as MovedPerson
    from blogparade.linkbacks.models import Mention as CurrentMention
    from blogparade.parades.models import RoundupEntry

    assert sorted(Moved.objects.values_list("pk", flat=True)) == sorted(made)
    assert {c.contributor.name for c in Moved.objects.all()} == {"Ada"}
    assert MovedPerson.objects.count() == 1
    assert ContributionEvent.objects.filter(contribution_id__in=made).count() == 3
    assert RoundupEntry.objects.get().contribution.title == "Post 0"
    assert CurrentMention.objects.get().contribution.pk == made[0]
    ct = CurrentContentType.objects.get_for_model(Moved)
    assert ct.app_label == "contributions"
    assert not CurrentContentType.objects.filter(app_label="parades", model="contribution").exists()
