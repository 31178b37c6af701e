"""The host's own hand in the dashboard: add a contribution by its address.

Only the logged-in host's own parades; anything else is a 404. The post goes through the
same intake and pipeline as every other channel; when it cannot be verified the host may
list it all the same, with a reason that is logged.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from blogparade.contributions import intake
from blogparade.contributions.models import Contribution
from blogparade.parades.models import Parade


@login_required
@require_POST
def add(request: HttpRequest, slug: str) -> HttpResponse:
    parade = get_object_or_404(Parade, slug=slug, host=request.user)
    back = reverse("dashboard:contributions", kwargs={"slug": parade.slug})
    url = request.POST.get("url", "")
    approve = request.POST.get("approve") == "on"
    reason = request.POST.get("reason", "")
    try:
        contribution = intake.add_by_host(
            parade, url, approve=approve, reason=reason, by=request.user.get_username()
        )
    except intake.InvalidURL:
        messages.error(
            request,
            _("Please enter the full address of the post, starting with http:// or https://."),
        )
        return redirect(back)
    status = Contribution.Status(contribution.status).label
    if contribution.status == Contribution.Status.APPROVED:
        messages.success(
            request,
            _("“%(title)s” is listed.") % {"title": contribution.display_title},
        )
    else:
        messages.warning(
            request,
            _("“%(title)s” is %(status)s: %(reason)s You can approve it with a reason.")
            % {
                "title": contribution.display_title,
                "status": status,
                "reason": contribution.status_reason,
            },
        )
    return redirect(back + f"#c-{contribution.pk}")
