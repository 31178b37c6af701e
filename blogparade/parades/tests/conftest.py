"""Fixtures for the parades app: an owner (host), another host, a stranger, parades and
contributions in known states."""

from __future__ import annotations

import itertools
from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from blogparade.contributions.models import Contribution
from blogparade.parades.models import HostProfile, Parade

_seq = itertools.count(1)


@pytest.fixture
def make_user(django_user_model):
    def make(username: str, name: str = "", **kwargs):
        user = django_user_model.objects.create_user(
            username=username, email=f"{username}@example.org", password="correct-horse-9", **kwargs
        )
        if name:
            HostProfile.objects.create(user=user, name=name)
        return user

    return make


@pytest.fixture
def owner(make_user):
    return make_user("alice", name="Alice Example")


@pytest.fixture
def other_host(make_user):
    return make_user("bob", name="Bob Other")


@pytest.fixture
def owner_client(owner) -> Client:
    client = Client()
    client.force_login(owner)
    return client


@pytest.fixture
def other_client(other_host) -> Client:
    client = Client()
    client.force_login(other_host)
    return client


@pytest.fixture
def stranger_client() -> Client:
    """Not logged in."""
    return Client()


@pytest.fixture
def make_parade(owner):
    def make(state: str = "open", host=None, **fields) -> Parade:
        now = timezone.now()
        opens, closes = {
            "open": (now - timedelta(days=1), now + timedelta(days=10)),
            "upcoming": (now + timedelta(days=2), now + timedelta(days=20)),
            "closed": (now - timedelta(days=20), now - timedelta(days=1)),
        }[state]
        n = next(_seq)
        defaults = {
            "slug": f"parade-{n}",
            "title": f"Parade {n}",
            "question": f"What is question {n}?",
            "opens_at": opens,
            "closes_at": closes,
        }
        defaults.update(fields)
        return Parade.objects.create(host=host or owner, **defaults)

    return make


@pytest.fixture
def parade(make_parade) -> Parade:
    return make_parade(
        "open",
        slug="slow-mornings",
        title="Slow mornings",
        question="What does your slowest morning look like?",
        call_text="Tell us about **your** mornings.",
        hashtag="slowmornings",
    )


@pytest.fixture
def make_contribution():
    def make(parade: Parade, status: str = Contribution.Status.APPROVED, **fields) -> Contribution:
        n = next(_seq)
        defaults = {
            "url": f"https://blog{n}.example.net/posts/{n}",
            "canonical_url": f"https://blog{n}.example.net/posts/{n}",
            "title": f"Post number {n}",
            "author_name": f"Author {n}",
            "summary": f"Summary of post {n}.",
            "channel": Contribution.Channel.FORM,
            "published": timezone.now() - timedelta(hours=n),
        }
        defaults.update(fields)
        return Contribution.objects.create(parade=parade, status=status, **defaults)

    return make


@pytest.fixture
def queued_tasks(settings):
    """Tasks are recorded, not run: returns the dummy backend (``.results``)."""
    from django_tasks import task_backends

    settings.TASKS = {
        "default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend", "QUEUES": ["default"]}
    }
    backend = task_backends["default"]
    backend.clear()
    return backend


def task_names(backend) -> list[str]:
    return [result.task.name for result in backend.results]
