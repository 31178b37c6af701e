"""The host's view of a parade in the fediverse: its handle, followers, deliveries and their
failures, the posts that came from there, and the switches (in the fediverse at all; a note
to followers for each contribution)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Count
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from blogparade.fediverse import actors
from blogparade.fediverse.inbox import accept_follower, blocked_by_host, reject_follower
from blogparade.fediverse.models import Delivery, Follower, RemoteObject
from blogparade.parades.models import Parade


@login_required
@require_http_methods(["GET", "POST"])
def parade_fediverse(request: HttpRequest, slug: str) -> HttpResponse:
    parade = get_object_or_404(Parade, slug=slug, host=request.user)
    actor = actors.local_actor(parade)
    if request.method == "POST":
        follower_id = request.POST.get("follower", "")
        if follower_id.isdigit():  # a follower held for the host: accepted or declined
            follower = actor.followers.filter(pk=int(follower_id), pending=True).first()
            if follower is not None and request.POST.get("action") == "accept":
                Follower.objects.filter(pk=follower.pk).update(pending=False)
                follower.pending = False
                accept_follower(follower)
                messages.success(request, _("Follower accepted."))
            elif follower is not None and request.POST.get("action") == "decline":
                reject_follower(follower)
                messages.success(request, _("Follower declined."))
            return redirect("fediverse:dashboard", slug=parade.slug)
        actor.enabled = request.POST.get("enabled") == "on"
        actor.announce_contributions = request.POST.get("announce_contributions") == "on"
        actor.approve_followers = request.POST.get("approve_followers") == "on"
        actor.blocked_instances = "\n".join(
            d.strip().lower().lstrip("@")
            for d in request.POST.get("blocked_instances", "").split()
            if d.strip()
        )[:5000]
        actor.save(
            update_fields=[
                "enabled",
                "announce_contributions",
                "approve_followers",
                "blocked_instances",
            ]
        )
        if actor.blocked_instances:  # a blocked instance's follows end here
            for follower in actor.followers.select_related("remote"):
                if blocked_by_host(actor, follower.remote.uri):
                    follower.delete()
        parade.save(update_fields=["page_token"])  # the call page shows the handle, or not
        messages.success(request, _("Changes saved."))
        return redirect("fediverse:dashboard", slug=parade.slug)
    deliveries = dict(actor.deliveries.order_by().values_list("status").annotate(n=Count("pk")))
    failures = actor.deliveries.exclude(last_error="").order_by("-created_at")[:10]
    followers = (
        actor.followers.filter(pending=False).select_related("remote").order_by("-created_at")
    )
    held = actor.followers.filter(pending=True).select_related("remote").order_by("created_at")
    posts = RemoteObject.objects.filter(parade=parade).select_related("actor", "contribution")
    context = {
        "parade": parade,
        "actor": actor,
        "handle": actors.handle(parade),
        "followers": followers[:50],
        "held": held[:50],
        "follower_count": followers.count(),
        "deliveries": {s: deliveries.get(s, 0) for s in Delivery.Status.values},
        "failures": failures,
        "contributions": posts.filter(reply=False, contribution__isnull=False).order_by(
            "-received_at"
        )[:50],
        "replies": posts.filter(reply=True).count(),
    }
    return render(request, "fediverse/dashboard.html", context)
