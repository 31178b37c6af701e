"""Host dashboard: the moderation queue with approve, spam, delete and bulk actions.

Staff see every comment; a host sees the comments under their own parades. Anything else
is a 404 (or the login page for visitors who are not logged in)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from blogparade.comments import services
from blogparade.comments.models import Comment

ACTIONS = ("approve", "spam", "delete")


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
    comments = visible_comments(request.user).filter(status=status).order_by("-created")[:200]
    return render(
        request,
        "comments/dashboard.html",
        {
            "comments": comments,
            "status": status,
            "statuses": Comment.Status.choices,
            "actions": ACTIONS,
        },
    )


@login_required
@require_POST
def act(request: HttpRequest) -> HttpResponse:
    """Apply one action to the selected comments (``ids`` may repeat)."""
    action = request.POST.get("action", "")
    ids = [int(i) for i in request.POST.getlist("ids") if i.isdigit()]
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
