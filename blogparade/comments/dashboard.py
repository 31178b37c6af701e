"""Host dashboard: the moderation queue with approve, spam, delete and bulk actions, GDPR
requests and (staff only) the blocklist editor.

Staff see every comment; a host sees the comments under their own parades. Anything else
is a 404 (or the login page for visitors who are not logged in).

GDPR requests: staff (operators) export or erase everything stored under an address, as
``blogparade gdpr`` does; a host exports or erases only the comments on their own parades'
threads and the reply subscriptions on them — contributions and contributor records are an
operator's job. Erasing asks for confirmation first; every form carries a CSRF token."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.db.models import Count, QuerySet
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_http_methods, require_POST

from blogparade.comments import blocklist, services
from blogparade.comments.forms import BlocklistForm, GdprForm
from blogparade.comments.models import Blocklist, Comment
from blogparade.core import privacy
from blogparade.core.views import require_staff

ACTIONS = ("approve", "spam", "delete")
# What each tab offers: nothing that would leave a comment as it is.
ACTIONS_FOR = {
    Comment.Status.PENDING: ("approve", "spam", "delete"),
    Comment.Status.APPROVED: ("spam", "delete"),
    Comment.Status.SPAM: ("approve", "delete"),
    Comment.Status.DELETED: (),
}


def visible_comments(user) -> QuerySet[Comment]:
    qs = Comment.objects.select_related("thread", "thread__parade")
    if user.is_staff:
        return qs
    return qs.filter(thread__parade__host=user)


@login_required
def queue(request: HttpRequest) -> HttpResponse:
    status = request.GET.get("status", Comment.Status.PENDING)
    if status not in Comment.Status.values:
        status = Comment.Status.PENDING
    visible = visible_comments(request.user)
    comments = visible.filter(status=status).order_by("-created")[:200]
    counts = dict(
        visible.order_by().values_list("status").annotate(n=Count("pk")).values_list("status", "n")
    )
    return render(
        request,
        "comments/dashboard.html",
        {
            "comments": comments,
            "status": status,
            "tabs": [
                (value, label, counts.get(value, 0)) for value, label in Comment.Status.choices
            ],
            "actions": ACTIONS_FOR[status],
        },
    )


@login_required
@require_POST
def act(request: HttpRequest) -> HttpResponse:
    """Apply one action to the selected comments (``ids`` may repeat)."""
    action = request.POST.get("action", "")
    ids = [int(i) for i in request.POST.getlist("ids") if i.isdigit()]
    # A row's own button: "approve:17" acts on that comment alone.
    row = request.POST.get("row", "")
    if ":" in row:
        action, _sep, one = row.partition(":")
        ids = [int(one)] if one.isdigit() else []
    status = request.POST.get("status", Comment.Status.PENDING)
    if action not in ACTIONS or not ids:
        messages.error(request, _("Choose comments and an action."))
    else:
        done = 0
        with transaction.atomic():
            for comment in visible_comments(request.user).filter(pk__in=ids):
                services.moderate(comment, action)
                done += 1
        messages.success(
            request,
            ngettext("%(n)d comment changed.", "%(n)d comments changed.", done) % {"n": done},
        )
    url = reverse("comments:dashboard")
    if status in Comment.Status.values:
        url += f"?status={status}"
    return HttpResponseRedirect(url)


# --- email preferences -------------------------------------------------------------------------


@login_required
@require_http_methods(["GET", "POST"])
def preferences(request: HttpRequest) -> HttpResponse:
    """The host's choice: one email per comment, or the daily digest."""
    from blogparade.comments import notify

    if request.method == "POST":
        notify.set_daily_digest(request.user, request.POST.get("daily_digest") == "1")
        messages.success(request, _("Email settings saved."))
        return HttpResponseRedirect(reverse("comments:dashboard_preferences"))
    return render(
        request,
        "comments/dashboard_preferences.html",
        {"daily_digest": notify.wants_digest(request.user)},
    )


# --- GDPR --------------------------------------------------------------------------------------


def _gdpr_scope(user):
    """``None`` (everything) for staff, else the host whose threads bound the request."""
    return None if user.is_staff else user


@login_required
@require_http_methods(["GET", "POST"])
def gdpr(request: HttpRequest) -> HttpResponse:
    """Export (a JSON download) or erase (after a confirmation step) one address's data."""
    host = _gdpr_scope(request.user)
    form = GdprForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        email = form.cleaned_data["email"]
        action = request.POST.get("action", "")
        if action == "export":
            response = JsonResponse(
                privacy.export(email, host), json_dumps_params={"indent": 2, "ensure_ascii": False}
            )
            response["Content-Disposition"] = 'attachment; filename="blogparade-export.json"'
            response["Cache-Control"] = "no-store"
            return response
        if action == "erase" and request.POST.get("confirm") == "yes":
            done = privacy.erase(email, host)
            messages.success(
                request,
                _(
                    "Erased: %(comments)d comments, %(subscriptions)d reply notifications, "
                    "%(contributions)d contributions, %(contributors)d contributor records."
                )
                % done,
            )
            return HttpResponseRedirect(reverse("comments:dashboard_gdpr"))
        if action == "erase":
            return render(
                request,
                "comments/dashboard_gdpr_confirm.html",
                {"form": form, "email": email, "found": privacy.summary(email, host)},
            )
        form.add_error(None, _("Choose export or erase."))
    return render(
        request,
        "comments/dashboard_gdpr.html",
        {"form": form, "everything": host is None},
        status=400 if form.errors else 200,
    )


# --- blocklist ---------------------------------------------------------------------------------


@login_required
@require_http_methods(["GET", "POST"])
def blocklist_editor(request: HttpRequest) -> HttpResponse:
    """Staff: list, add (normalised values) and remove blocklist entries."""
    require_staff(request)
    form = BlocklistForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        _entry, created = blocklist.add(data["kind"], data["value"], data.get("note", ""))
        if created:
            messages.success(request, _("Blocklist entry added."))
        else:
            messages.info(request, _("That entry is already on the blocklist."))
        return HttpResponseRedirect(reverse("comments:dashboard_blocklist"))
    entries = Blocklist.objects.order_by("kind", "value")
    groups = [
        (label, [e for e in entries if e.kind == kind]) for kind, label in Blocklist.Kind.choices
    ]
    return render(
        request,
        "comments/dashboard_blocklist.html",
        {"form": form, "groups": groups},
        status=400 if form.errors else 200,
    )


@login_required
@require_POST
def blocklist_remove(request: HttpRequest, entry_id: int) -> HttpResponse:
    require_staff(request)
    if blocklist.remove(entry_id):
        messages.success(request, _("Blocklist entry removed."))
    return HttpResponseRedirect(reverse("comments:dashboard_blocklist"))
