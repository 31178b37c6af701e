"""Background tasks of the parades app. Tasks take ids, re-read the row and return quietly
when it is gone."""

from __future__ import annotations

from django.conf import settings
from django.core.mail import send_mail
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django_tasks import task

from blogparade.contributions.models import Contribution


def _one_line(text: str, limit: int = 150) -> str:
    """Header-safe: no line breaks, bounded length."""
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


@task()
def notify_host_of_submission(contribution_id: int) -> bool:
    """Email the parade's host that a contribution arrived, with a link to moderate it.

    Plain text in the parade's language. Never includes the submitter's email address.
    Returns True when a message was sent, False when there was nothing to send.
    """
    contribution = (
        Contribution.objects.select_related("parade__host").filter(pk=contribution_id).first()
    )
    if contribution is None:
        return False
    parade = contribution.parade
    host_email = getattr(parade.host, "email", "")
    if not host_email:
        return False
    with translation.override(parade.language):
        subject = _one_line(_("New contribution to “%(title)s”") % {"title": parade.title})
        dashboard = settings.BASE_URL + reverse(
            "dashboard:contributions", kwargs={"slug": parade.slug}
        )
        lines = [
            _("Hello,"),
            "",
            _("a new contribution arrived for your parade “%(title)s”:")
            % {"title": _one_line(parade.title)},
            "",
            "  " + _one_line(contribution.url, 2000),
        ]
        if contribution.submitter_name:
            lines.append(
                "  " + _("submitted by %(name)s") % {"name": _one_line(contribution.submitter_name)}
            )
        lines += [
            "  " + _("channel: %(channel)s") % {"channel": contribution.get_channel_display()},
            "",
            _("Review it in your dashboard:"),
            dashboard + "?status=pending",
            "",
            "— blogparade",
        ]
        send_mail(subject, "\n".join(lines) + "\n", None, [host_email])
    return True
