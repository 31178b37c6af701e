"""Widgets for hosts whose call lives on their own blog, and the oEmbed provider.

- :func:`widget_data`: the approved contributions of a parade as plain data (the JSON the
  script widget renders; labels come translated so the script needs no catalogue).
- :func:`allowed_origin`: the ``Origin`` a CORS answer may name — registered sites only.
- :func:`snippet_html`: the same list as a static HTML fragment (no script, no style).
- :func:`oembed`: an oEmbed 1.0 ``rich`` answer for a parade or roundup URL of this site.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from django.conf import settings
from django.db.models import F, QuerySet
from django.template.loader import render_to_string
from django.urls import Resolver404, resolve
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from blogparade.contributions.models import Contribution
from blogparade.core.models import RegisteredSite, origin_of
from blogparade.parades.models import Parade, Roundup

WIDGET_LIMIT = 200
OEMBED_DEFAULT_WIDTH = 600
OEMBED_MAX_WIDTH = 1200


def approved(parade: Parade, limit: int = WIDGET_LIMIT) -> QuerySet[Contribution]:
    """Approved contributions, oldest first (the order a call page lists answers in)."""
    return (
        parade.contributions.filter(status=Contribution.Status.APPROVED)
        .select_related("contributor")
        .order_by(F("published").asc(nulls_last=True), "created_at", "pk")[:limit]
    )


def _http(url: str) -> str:
    return url if urlsplit(url or "").scheme in ("http", "https") else ""


def widget_data(parade: Parade) -> dict[str, Any]:
    """``{"parade": {...}, "count", "labels": {...}, "contributions": [{title, url, author, published, kind, late}]}``."""
    items = list(approved(parade))
    return {
        "parade": {
            "slug": parade.slug,
            "title": parade.title,
            "question": parade.display_question,
            "url": parade.absolute_url(),
            "call_url": _http(parade.call_url),
            "closes_at": parade.closes_at.isoformat(),
            "state": parade.state,
        },
        "count": len(items),
        "labels": {
            "heading": ngettext("%(n)d contribution", "%(n)d contributions", len(items))
            % {"n": len(items)},
            "empty": _("No contributions yet — be the first!"),
            "by": _("by"),
            "late": _("late"),
            "take_part": _("Take part"),
        },
        "contributions": [
            {
                "title": c.display_title,
                "url": _http(c.url),
                "author": {"name": c.author_name, "url": _http(c.author_url)},
                "published": c.published.isoformat() if c.published else None,
                "kind": c.kind,
                "late": c.late,
            }
            for c in items
            if _http(c.url)
        ],
    }


def allowed_origin(origin: str | None) -> str:
    """The request's Origin when it is a registered site (CORS may name it), else ''."""
    if not origin:
        return ""
    normal = origin_of(origin)
    return normal if normal and RegisteredSite.is_registered(normal) else ""


def snippet_html(parade: Parade) -> str:
    """A static HTML fragment listing the approved contributions, for blogs without scripts."""
    items = list(approved(parade))
    return render_to_string(
        "syndication/_contributions_snippet.html",
        {
            "parade": parade,
            "contributions": [c for c in items if _http(c.url)],
            "count": len(items),
        },
    ).strip()


def parade_for_url(url: str) -> tuple[Parade, str] | None:
    """The parade a URL of this site names and what it names ("parade" or "roundup")."""
    if not url or origin_of(url) != origin_of(settings.BASE_URL):
        return None
    try:
        match = resolve(urlsplit(url).path or "/")
    except Resolver404:
        return None
    kinds = {"parade": "parade", "roundup": "roundup"}
    if match.url_name not in kinds or "slug" not in match.kwargs:
        return None
    parade = (
        Parade.objects.select_related("host__host_profile")
        .filter(slug=match.kwargs["slug"])
        .first()
    )
    if parade is None:
        return None
    if match.url_name == "roundup" and not hasattr(parade, "roundup"):
        return None
    if match.url_name == "roundup" and parade.roundup.published_at is None:
        return None
    return parade, kinds[match.url_name]


def oembed(
    url: str, maxwidth: int | None = None, maxheight: int | None = None
) -> dict[str, Any] | None:
    """oEmbed 1.0 ``rich`` response for a parade (or roundup) URL here; None when it names none."""
    found = parade_for_url(url)
    if found is None:
        return None
    parade, kind = found
    from blogparade.syndication.feeds import host_name

    width = min(maxwidth or OEMBED_DEFAULT_WIDTH, OEMBED_MAX_WIDTH)
    count = parade.contributions.filter(status=Contribution.Status.APPROVED).count()
    height = 160 + 28 * min(count, WIDGET_LIMIT)
    if maxheight:
        height = min(height, maxheight)
    roundup = Roundup.objects.filter(parade=parade).first() if kind != "parade" else None
    if roundup is not None:
        title = roundup.display_title  # the host's title, or the one proposed with the draft
    elif kind != "parade":
        title = _("Roundup: %(title)s") % {"title": parade.title}
    else:
        title = parade.title
    return {
        "version": "1.0",
        "type": "rich",
        "provider_name": "blogparade",
        "provider_url": settings.BASE_URL + "/",
        "title": title,
        "author_name": host_name(parade),
        "author_url": parade.absolute_url(),
        "html": snippet_html(parade),
        "width": width,
        "height": height,
        "cache_age": 3600,
    }


# --- the "take part" form widget ----------------------------------------------------------

TAKE_PART_SALT = "syndication.take-part"
TAKE_PART_TOKEN_AGE = 2 * 3600


def take_part_token(parade: Parade, origin: str) -> str:
    """A signed form token bound to the parade and the embedding origin (valid two hours).

    The widget posts cross-site without cookies, so Django's CSRF cookie cannot work; the
    request's ``Origin`` (a registered site, equal to the token's) and this token stand in.
    """
    from django.core import signing

    return signing.dumps({"p": parade.pk, "o": origin}, salt=TAKE_PART_SALT)


def check_take_part_token(token: str, parade: Parade, origin: str) -> bool:
    from django.core import signing

    try:
        value = signing.loads(token or "", salt=TAKE_PART_SALT, max_age=TAKE_PART_TOKEN_AGE)
    except signing.BadSignature:
        return False
    return isinstance(value, dict) and value.get("p") == parade.pk and value.get("o") == origin


def take_part_config(parade: Parade, origin: str) -> dict[str, Any]:
    """What the form widget needs: a fresh token, where to post, whether the parade takes
    contributions now, and every label in the active language."""
    from django.urls import reverse

    from blogparade.parades import services

    reason = services.not_accepting_message(parade)
    return {
        "parade": {
            "slug": parade.slug,
            "title": parade.title,
            "url": parade.absolute_url(),
            "state": parade.state,
        },
        "accepting": not reason,
        "not_accepting": reason,
        "late": parade.state == "closed" and not reason,
        "token": take_part_token(parade, origin),
        # a path: the script posts to the origin it was loaded from
        "action": reverse("widget-take-part") + f"?parade={parade.slug}",
        "labels": {
            "heading": _("Submit your post"),
            "url": _("Address of your post"),
            "name": _("Your name"),
            "email": _("Your email"),
            "email_help": _(
                "Never shown anywhere. Only used to reach you about this contribution."
            ),
            "consent": _(
                "I agree that my name, email and post address are stored to process this "
                "submission. My name and post appear in the list once approved; my email never does."
            ),
            "honeypot": _("Leave this field empty"),
            "submit": _("Submit my post"),
            "sending": _("Sending…"),
            "late": _(
                "The deadline has passed. Late entries are still welcome and are marked as late."
            ),
            "required": _("This field is required."),
            "error": _("Your post could not be submitted. Please check the form."),
            "network": _("The server could not be reached. Please try again later."),
        },
    }


def submit_take_part(parade: Parade, data: dict[str, str]) -> dict[str, list[str]]:
    """Validate and store a widget submission like the take-part form on the parade page.
    Returns ``{}`` on success, else errors by field (``__all__`` for the whole form)."""
    from django.core.exceptions import ValidationError

    from blogparade.contributions import services as contribution_services
    from blogparade.parades import services
    from blogparade.parades.forms import SubmissionForm

    form = SubmissionForm(data)
    if not form.is_valid():
        errors = {k: [str(m) for m in v] for k, v in form.errors.items()}
        if reason := services.not_accepting_message(parade):
            errors.setdefault("__all__", []).append(reason)
        return errors
    try:
        contribution_services.submit_contribution(
            parade,
            url=form.cleaned_data["url"],
            name=form.cleaned_data["name"],
            email=form.cleaned_data["email"],
        )
    except ValidationError as exc:
        return {k: [str(m) for m in v] for k, v in exc.message_dict.items()}
    return {}
