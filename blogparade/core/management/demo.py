"""Demo content for ``blogparade demo``: an original parade with its host and a few answers."""

from __future__ import annotations

import secrets
from datetime import timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_noop

from blogparade.contributions import intake
from blogparade.contributions.models import STATUS_FIELDS, Contribution
from blogparade.core.phrases import Phrase
from blogparade.parades.models import HostProfile, Parade

DEMO_EMAIL = "host@demo.blogparade.invalid"

CALL_TEXT = """\
Most of what we use is replaced every few years. A few things stay: a pen, a text editor,
a bicycle, a recipe notebook, a shell script that has survived four laptops.

**Tell me about one tool you have kept for ten years or more.** What is it, how did it
find you, and what would it take to make you give it up?

Write on your own blog, link back to this page, and your post will appear in the list
below. At the end I will collect every answer in a roundup.
"""

RULES = "One post per person, please. Photos welcome. Any language is fine; German and English are read most."

CONTRIBUTIONS = [
    (
        "https://notebook.example.org/2026/a-fountain-pen-from-1998/",
        "A fountain pen from 1998",
        "Ilse Brandt",
        "en",
        "It was my grandfather's, it leaks in airplanes, and I have never written a shopping list with anything else.",
    ),
    (
        "https://kitchen.example.net/blog/das-rezeptheft/",
        "Das Rezeptheft meiner Mutter",
        "Jonas Weber",
        "de",
        "Zwölf Jahre, drei Umzüge, ein Fettfleck pro Seite: warum ich das Heft nie digitalisiert habe.",
    ),
    (
        "https://dotfiles.example.com/posts/my-oldest-shell-script",
        "My oldest shell script",
        "Priya Raman",
        "en",
        "Forty lines of Bash that back up my notes every night since 2011, and the one time they saved me.",
    ),
    (
        "https://social.example.social/@rad/113000000000000001",
        "Still riding the same steel frame",
        "Ana Ruiz",
        "en",
        "Fourteen years, three saddles, the same frame. A thread about repairing instead of replacing.",
    ),
]


def demo_login_path() -> Path:
    return settings.DATA_DIR / "demo-login.txt"


@transaction.atomic
def create_demo_content() -> tuple[str, str] | None:
    """Create the demo host, parade and contributions if there are no parades yet.

    Returns (email, password) of a newly created demo host, or None when content existed.
    """
    if Parade.objects.exists():
        return None
    User = get_user_model()
    password = secrets.token_urlsafe(9)
    user, _ = User.objects.get_or_create(username=DEMO_EMAIL, defaults={"email": DEMO_EMAIL})
    user.set_password(password)
    user.save()
    HostProfile.objects.update_or_create(
        user=user,
        defaults={
            "name": "Mara Lindqvist",
            "role": "Writer and bicycle mechanic",
            "organisation": "Slow Tools Quarterly",
            "bio": "Writes about things that last: tools, habits, and the people who repair them.",
            "website": "https://slowtools.example.org/",
        },
    )
    now = timezone.now()
    parade = Parade.objects.create(
        host=user,
        slug="tools-that-stay",
        title="Tools that stay: what have you kept for ten years?",
        question="Which tool have you kept for ten years or more, and why?",
        call_text=CALL_TEXT,
        rules=RULES,
        hashtag="#ToolsThatStay",
        language="en",
        opens_at=now - timedelta(days=10),
        # 23:59 in the host's zone, three weeks from now
        closes_at=(now + timedelta(days=21))
        .astimezone(ZoneInfo("Europe/Berlin"))
        .replace(hour=23, minute=59, second=0, microsecond=0),
        time_zone="Europe/Berlin",
        # The seed contributions are no news to the host: no mail for them (set back below).
        notify_host=Parade.HostNotice.NONE,
    )
    for i, (url, title, author, lang, summary) in enumerate(CONTRIBUTIONS):
        contribution = intake.accept(
            parade,
            url,
            Contribution.Channel.WEBMENTION,
            check="never",
            note=Phrase("demo", gettext_noop("(demo content)")),
            described={
                "title": title,
                "author_name": author,
                "author_url": url.split("/", 3)[0] + "//" + url.split("/")[2] + "/",
                "published": now - timedelta(days=8 - 2 * i),
                "summary": summary,
                "language": lang,
                "kind": Contribution.Kind.FEDIVERSE if "@" in url else Contribution.Kind.ARTICLE,
            },
        )
        contribution.set_status(
            Contribution.Status.APPROVED, Phrase("demo", gettext_noop("demo content"))
        )
        contribution.save(update_fields=list(STATUS_FIELDS))
    Parade.objects.filter(pk=parade.pk).update(notify_host=Parade.HostNotice.EACH)
    path = demo_login_path()
    path.write_text(f"{DEMO_EMAIL}\n{password}\n")
    path.chmod(0o600)
    return DEMO_EMAIL, password


def demo_login() -> tuple[str, str] | None:
    path = demo_login_path()
    if not path.exists():
        return None
    lines = path.read_text().split()
    return (lines[0], lines[1]) if len(lines) >= 2 else None
