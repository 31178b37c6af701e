"""A contributor is looked up by h-card URL or domain in one query; both columns are indexed,
so the lookup does not read the whole contributors table (it ran once per new contribution)."""

from __future__ import annotations

import pytest
from django.db import connection
from django.db.models import Q

from blogparade.contributions.models import Contributor


@pytest.mark.django_db
def test_the_contributor_url_is_indexed():
    table = Contributor._meta.db_table
    with connection.cursor() as cursor:
        constraints = connection.introspection.get_constraints(cursor, table)
    indexed = {tuple(c["columns"]) for c in constraints.values() if c["index"]}
    assert ("url",) in indexed
    assert ("domain",) in indexed


@pytest.mark.django_db
def test_the_url_or_domain_lookup_uses_the_indexes():
    if connection.vendor != "sqlite":
        pytest.skip("reads SQLite's query plan; PostgreSQL's depends on its statistics")
    Contributor.objects.bulk_create(
        Contributor(url=f"https://blog{i}.example/", domain=f"blog{i}.example") for i in range(50)
    )
    query = Contributor.objects.filter(
        Q(url__in=["https://blog7.example/", "https://blog7.example"]) | Q(domain="blog8.example")
    ).order_by("pk")
    sql, params = query.query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN QUERY PLAN {sql}", params)
        plan = " ".join(str(row[-1]) for row in cursor.fetchall())
    assert "SCAN " not in plan.replace("SCAN CONSTANT", ""), plan
    assert "parades_contributor_url_idx" in plan
    assert sorted(x.url for x in query) == ["https://blog7.example/", "https://blog8.example/"]


@pytest.mark.django_db
def test_the_url_index_comes_back_after_a_migrate_that_lost_it():
    """SQLite rebuilds a table to alter it, with only the indexes Django knows of."""
    from django.db.models.signals import post_migrate

    from blogparade.contributions.indexes import CONTRIBUTOR_URL_INDEX, ensure_contributor_url_index

    def indexed() -> bool:
        with connection.cursor() as cursor:
            names = connection.introspection.get_constraints(cursor, Contributor._meta.db_table)
        return CONTRIBUTOR_URL_INDEX in names

    with connection.cursor() as cursor:
        cursor.execute(f"DROP INDEX {connection.ops.quote_name(CONTRIBUTOR_URL_INDEX)}")
    assert not indexed()
    assert any(
        key[0] == "contributions-contributor-url-index" for key, *_ in post_migrate.receivers
    )
    ensure_contributor_url_index(using="default")  # what post_migrate runs after a migrate
    assert indexed()
    ensure_contributor_url_index(using="default")  # and again: nothing to do
    assert indexed()
