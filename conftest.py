"""Fixtures shared by every app's tests: hosts (owner, other host, stranger) and a parade."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone


@pytest.fixture
def host(db):
    from django.contrib.auth import get_user_model

    from blogparade.parades.models import HostProfile

    user = get_user_model().objects.create_user("host@example.org", "host@example.org", "host-password")
    HostProfile.objects.create(user=user, name="Hanna Host", role="Editor", website="https://hanna.example.org/")
    return user


@pytest.fixture
def other_host(db):
    from django.contrib.auth import get_user_model

    from blogparade.parades.models import HostProfile

    user = get_user_model().objects.create_user("other@example.org", "other@example.org", "other-password")
    HostProfile.objects.create(user=user, name="Otto Other")
    return user


@pytest.fixture
def parade(host):
    from blogparade.parades.models import Parade

    now = timezone.now()
    return Parade.objects.create(
        host=host,
        slug="open-call",
        title="What keeps you writing?",
        question="What keeps you writing?",
        call_text="Tell us **why** you still blog.",
        opens_at=now - timedelta(days=3),
        closes_at=now + timedelta(days=10),
    )
