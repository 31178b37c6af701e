"""A call lives on a site registered for its host (issue: one host could take over another's
``call_url``; a unique address alone left the rest of the other host's blog open)."""

from __future__ import annotations

from datetime import timedelta
from io import StringIO

import pytest
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.test import Client
from django.utils import timezone

from blogparade.core.models import RegisteredSite
from blogparade.parades import services
from blogparade.parades.models import Parade

pytestmark = pytest.mark.django_db

ANOTHER_HOSTS_SITE = "This site belongs to another host of this instance."


def _form(**fields: str) -> dict[str, str]:
    return {
        "title": "Rainy days",
        "slug": "rainy-days",
        "language": "en",
        "opens_at": "2030-03-01T09:00",
        "closes_at": "2030-03-31T23:59",
        "time_zone": "Europe/Berlin",
        **fields,
    }


def test_the_calls_site_becomes_the_hosts_when_the_parade_is_saved(owner, make_parade):
    make_parade("open", call_url="https://alice.example/2026/call/")
    site = RegisteredSite.objects.get()
    assert (site.origin, site.owner) == ("https://alice.example", owner)


@pytest.mark.parametrize(
    "spelling",
    [
        "https://alice.example/another-call/",
        "http://alice.example/another-call/",
        "https://www.alice.example/another-call/",
        "https://WWW.Alice.Example:443/another-call/",
    ],
)
def test_another_host_cannot_put_a_call_on_that_site(
    make_parade, other_host, other_client, spelling
):
    make_parade("open", call_url="https://alice.example/2026/call/")

    response = other_client.post("/dashboard/new/", _form(call_url=spelling))
    assert response.status_code == 400  # the form again, with the error at the field
    assert ANOTHER_HOSTS_SITE in response.content.decode()
    assert not Parade.objects.filter(host=other_host).exists()

    with pytest.raises(ValidationError, match="belongs to another host"):
        services.create_parade(
            other_host,
            slug="bobs",
            title="Bob's",
            closes_at=timezone.now() + timedelta(days=3),
            call_url=spelling,
        )


def test_the_cli_refuses_it_too(make_parade, other_host):
    make_parade("open", call_url="https://alice.example/2026/call/")
    with pytest.raises(CommandError, match="--call-url This site belongs to another host"):
        call_command(
            "parade", "create", "--host", other_host.username, "--slug", "bobs",
            "--title", "Bob's", "--closes", "2099-01-01T12:00",
            "--call-url", "https://alice.example/bobs-call/", stdout=StringIO(),
        )  # fmt: skip


def test_editing_the_address_onto_another_hosts_site_is_refused(make_parade, other_host):
    make_parade("open", call_url="https://alice.example/2026/call/")
    bobs = make_parade("open", host=other_host)
    client = Client()
    client.force_login(other_host)
    response = client.post(
        f"/dashboard/p/{bobs.slug}/edit/",
        _form(slug=bobs.slug, call_url="https://alice.example/mine-now/"),
    )
    assert ANOTHER_HOSTS_SITE in response.content.decode()
    bobs.refresh_from_db()
    assert bobs.call_url == ""


def test_the_same_host_may_hold_several_calls_on_their_site(owner, make_parade):
    make_parade("open", call_url="https://alice.example/2026/call/")
    second = make_parade("open", call_url="https://www.alice.example/2027/call/")
    second.full_clean()  # no error
    # the second spelling is registered too (for her), so the widgets work on both
    assert set(RegisteredSite.objects.values_list("origin", "owner")) == {
        ("https://alice.example", owner.pk),
        ("https://www.alice.example", owner.pk),
    }


def test_a_site_the_operator_opened_to_every_host_takes_anyones_calls(make_parade, other_host):
    RegisteredSite.objects.create(origin="https://community.example")  # no owner
    make_parade("open", call_url="https://community.example/alice/")
    bobs = make_parade("open", host=other_host, call_url="https://community.example/bob/")
    bobs.full_clean()
    assert RegisteredSite.objects.get().owner is None


def test_the_operator_ties_a_site_to_a_host(owner, other_host, make_parade):
    out = StringIO()
    call_command("site", "add", "https://bob.example", "--host", other_host.username, stdout=out)
    assert f"for {other_host.username}" in out.getvalue()
    parade = make_parade("open")
    parade.call_url = "https://bob.example/call/"
    with pytest.raises(ValidationError, match="belongs to another host"):
        parade.full_clean()

    listing = StringIO()
    call_command("site", "list", stdout=listing)
    assert f"https://bob.example\t\t{other_host.username}" in listing.getvalue()


def test_the_operator_cannot_tie_a_site_that_holds_other_hosts_calls(
    owner, other_host, make_parade
):
    parade = make_parade("open", call_url="https://shared.example/alice/")
    RegisteredSite.objects.update(owner=None)  # as before owners existed
    with pytest.raises(CommandError, match=f"calls of other hosts live on .*{parade.slug}"):
        call_command("site", "add", "https://shared.example", "--host", other_host.username)
    call_command(
        "site", "add", "https://shared.example", "--host", owner.username, stdout=StringIO()
    )
    assert RegisteredSite.objects.get().owner == owner


def test_the_one_click_registration_refuses_another_hosts_site(owner, other_host, make_parade):
    bobs = make_parade("open", host=other_host, call_url="https://bob.example/call/")
    RegisteredSite.objects.update(owner=owner)  # the operator gave it to Alice meanwhile
    client = Client()
    client.force_login(other_host)
    response = client.post(f"/dashboard/p/{bobs.slug}/share/site/", follow=True)
    assert ANOTHER_HOSTS_SITE in response.content.decode()
    assert RegisteredSite.objects.get().owner == owner


@pytest.mark.django_db(transaction=True)
def test_existing_calls_claim_their_sites_on_upgrade():
    before = [("core", "0005_pageversion"), ("parades", "0012_parade_page_token")]
    executor = MigrationExecutor(connection)
    executor.migrate(before)
    others = [n for n in executor.loader.graph.leaf_nodes() if n[0] in ("auth", "contenttypes")]
    old = executor.loader.project_state(before + others).apps
    User, OldParade = old.get_model("auth", "User"), old.get_model("parades", "Parade")
    Site = old.get_model("core", "RegisteredSite")
    hanna = User.objects.create(username="hanna@example.org")
    ines = User.objects.create(username="ines@example.org")
    Site.objects.create(origin="https://open.example")  # the operator's: stays open
    now = timezone.now()
    for slug, host, url in [
        ("hannas", hanna, "https://hanna.example/call/"),
        ("ines-on-hannas", ines, "https://www.hanna.example/other/"),
        ("ines-open", ines, "https://open.example/x/"),
    ]:
        OldParade.objects.create(
            host=host, slug=slug, title=slug, opens_at=now,
            closes_at=now + timedelta(days=1), call_url=url,
        )  # fmt: skip
        now += timedelta(seconds=1)
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())

    sites = {s.origin: s.owner_id for s in RegisteredSite.objects.all()}
    assert sites == {"https://hanna.example": hanna.pk, "https://open.example": None}
