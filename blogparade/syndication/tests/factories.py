"""Plain factory functions for syndication and roundup tests (no magic, explicit defaults)."""

from __future__ import annotations

import datetime as dt
import itertools
from typing import Any

from django.contrib.auth import get_user_model
from django.utils import timezone

from blogparade.contributions.models import Contribution
from blogparade.core.urlnorm import canonical_url
from blogparade.parades.models import HostProfile, Parade

_seq = itertools.count(1)


def make_host(username: str = "", name: str = "Hannah Host", password: str = "password-123"):
    username = username or f"host{next(_seq)}"
    user = get_user_model().objects.create_user(
        username=username, email=f"{username}@example.org", password=password
    )
    HostProfile.objects.create(user=user, name=name)
    return user


def make_parade(host=None, **kwargs: Any) -> Parade:
    now = timezone.now()
    n = next(_seq)
    fields: dict[str, Any] = {
        "slug": f"parade-{n}",
        "title": f"Parade {n}",
        "question": "What does the open web mean to you?",
        "opens_at": now - dt.timedelta(days=10),
        "closes_at": now + dt.timedelta(days=10),
    }
    fields.update(kwargs)
    return Parade.objects.create(host=host or make_host(), **fields)


def make_contribution(parade: Parade, **kwargs: Any) -> Contribution:
    n = next(_seq)
    url = kwargs.pop("url", f"https://blog{n}.example.net/posts/{n}/")
    fields: dict[str, Any] = {
        "url": url,
        "canonical_url": canonical_url(url),
        "title": f"Contribution {n}",
        "author_name": f"Author {n}",
        "author_url": f"https://blog{n}.example.net/",
        "published": parade.opens_at + dt.timedelta(days=1),
        "summary": "The open web is a place where independent blogs talk to each other.",
        "language": "en",
        "channel": Contribution.Channel.WEBMENTION,
        "status": Contribution.Status.APPROVED,
    }
    fields.update(kwargs)
    return Contribution.objects.create(parade=parade, **fields)
