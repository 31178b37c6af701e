"""The host's contributions in the dashboard: the moderation list of a parade, moderation
and re-checks, and adding a post by hand.

Only the logged-in host's own parades; anything else is a 404. A post added by hand goes
through the same intake and pipeline as every other channel; when it cannot be verified the
host may list it all the same, with a reason that is logged.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST, require_safe

from blogparade.contributions import intake, services
from blogparade.contributions.models import Contribution
from blogparade.parades.forms import ReopenForm
from blogparade.parades.models import Parade


def own_parade(request: HttpRequest, slug: str) -> Parade:
    return get_object_or_404(Parade, slug=slug, host=request.user)


STATUS_FILTERS = [s.value for s in Contribution.Status]


@login_required
@require_safe
def contributions(request: HttpRequest, slug: str) -> HttpResponse:
    """The moderation list of one parade, filterable by ``?status=``."""
    parade = own_parade(request, slug)
    status = request.GET.get("status", "")
    rows = (
        parade.contributions.prefetch_related("events")
        .defer("submitter_email")
        .order_by("-created_at", "-pk")
    )
    if status in STATUS_FILTERS:
        rows = rows.filter(status=status)
    else:
        status = ""
    counts = services.status_counts(parade)
    filters = [("", _("all"), sum(counts.values()))] + [
        (s.value, s.label, counts.get(s.value, 0)) for s in Contribution.Status
    ]
    return render(
        request,
        "dashboard/contributions.html",
        {
            "parade": parade,
            "contributions": rows,
            "status": status,
            "filters": filters,
            "reopen_form": ReopenForm(parade=parade),
        },
    )


@login_required
@require_POST
def moderate(request: HttpRequest, slug: str) -> HttpResponse:
    """Bulk or single moderation. ``action`` + ``ids`` (checkboxes) for bulk; a row's own
    button posts ``single=<action>:<id>``; ``single=recheck:<id>`` checks a post again."""
    parade = own_parade(request, slug)
    status = request.POST.get("status", "")
    query = f"?status={status}" if status in STATUS_FILTERS else ""
    single = request.POST.get("single", "")
    reason = request.POST.get("reason", "")
    if single:
        action, _sep, raw_id = single.partition(":")
        ids = [raw_id]
    else:
        action = request.POST.get("action", "")
        ids = request.POST.getlist("ids")
    ids = [int(i) for i in ids if i.isdigit()]
    chosen = list(parade.contributions.filter(pk__in=ids))
    if not chosen:
        messages.error(request, _("Please select at least one contribution."))
    elif action == "recheck":
        services.recheck(chosen)
        messages.success(request, _("The post will be checked again in a moment."))
    elif action in services.MODERATION_ACTIONS:
        changed = services.moderate(chosen, action, reason)
        messages.success(
            request,
            ngettext("%(count)d contribution updated.", "%(count)d contributions updated.", changed)
            % {"count": changed},
        )
    else:
        messages.error(request, _("Please choose an action."))
    return redirect(reverse("dashboard:contributions", kwargs={"slug": parade.slug}) + query)


@login_required
@require_POST
def add(request: HttpRequest, slug: str) -> HttpResponse:
    parade = own_parade(request, slug)
    back = reverse("dashboard:contributions", kwargs={"slug": parade.slug})
    url = request.POST.get("url", "")
    approve = request.POST.get("approve") == "on"
    reason = request.POST.get("reason", "")
    try:
        contribution = intake.add_by_host(
            parade, url, approve=approve, reason=reason, by=request.user.get_username()
        )
    except intake.IsTheCall:
        messages.error(
            request,
            _("That is the call itself. Please enter the address of a post that answers it."),
        )
        return redirect(back)
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
                "reason": contribution.reason,
            },
        )
    return redirect(back + f"#c-{contribution.pk}")
