"""Server-rendered comment views for blogparade's own pages (no JavaScript needed)."""

from __future__ import annotations

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST

from blogparade.comments import notify, pages, services
from blogparade.comments.forms import CommentForm, EditForm
from blogparade.comments.models import Comment, Thread
from blogparade.comments.render import visitor_hash
from blogparade.core.clientip import client_ip
from blogparade.core.csrf import origin_checked
from blogparade.core.inputs import MalformedInput, parse_json
from blogparade.core.models import RegisteredSite


def _local_path(path: str) -> str:
    """Only a path on this site may be redirected to."""
    if not path.startswith("/") or path.startswith("//") or "\\" in path:
        return "/"
    return path


def _back(comment: Comment) -> str:
    thread = comment.thread
    base = _local_path(thread.path) if not thread.site else thread.page_url
    return f"{base}#comment-{comment.pk}"


def is_trusted(request: HttpRequest, thread: Thread) -> bool:
    user = request.user
    if not user.is_authenticated:
        return False
    return user.is_staff or (thread.parade is not None and thread.parade.host_id == user.pk)


def _form_page(request: HttpRequest, form: CommentForm, status: int = 400) -> HttpResponse:
    path = form.data.get("uri", "/")
    return render(
        request,
        "comments/form_page.html",
        {"form": form, "back": _local_path(services.split_page(path)[1])},
        status=status,
    )


@origin_checked  # the thread's page is served from the page cache, without a token
@require_POST
def post(request: HttpRequest) -> HttpResponse:
    """The comment form's target. Errors come back next to the fields; success redirects
    to the page's ``#comment-N`` with the edit cookie (and the remember cookie on consent)."""
    form = CommentForm(request.POST, auto_id="bp-%s")
    if not form.is_valid():
        return _form_page(request, form)
    data = form.cleaned_data
    site, path = services.split_page(data["uri"])
    if site and not RegisteredSite.is_registered(site):
        raise Http404
    if data.get("homepage"):
        # A bot filled the honeypot: answer as if held for moderation, store nothing.
        messages.info(request, _("Your comment is awaiting moderation."))
        return HttpResponseRedirect(_local_path(path) + "#comments")
    try:
        services.check_fill_time(data.get("ts", ""))
        thread = services.get_or_create_thread(site, path, data.get("title", ""))
        comment = services.post_comment(
            thread,
            author=data["author"],
            email=data["email"],
            website=data["website"],
            text=data["text"],
            parent_id=data.get("parent"),
            ip=client_ip(request),
            notify=data.get("notify", False),
            trusted=is_trusted(request, thread),
            user_agent=request.headers.get("User-Agent", ""),
            referrer=request.headers.get("Referer", ""),
        )
    except services.CommentRejected as exc:
        form.add_error(exc.field if exc.field in form.fields else None, exc.message)
        form.data = form.data.copy()
        form.data["ts"] = services.form_timestamp()
        response = _form_page(request, form, exc.status)
        if exc.status == 429:
            response["Retry-After"] = str(services.RETRY_AFTER)
        return response
    if comment.status == Comment.Status.APPROVED:
        messages.success(request, _("Thank you! Your comment is published."))
    else:
        messages.info(request, _("Thank you! Your comment is awaiting moderation."))
    if data.get("notify"):
        messages.info(
            request, _("Please confirm reply notifications with the link we emailed you.")
        )
    response = HttpResponseRedirect(_back(comment))
    pages.set_edit_cookie(response, comment)
    pages.remember(response, data if data.get("remember") else None)
    return response


def _own(request: HttpRequest, comment_id: int) -> Comment:
    comment = get_object_or_404(Comment.objects.select_related("thread"), pk=comment_id)
    token = request.COOKIES.get(services.edit_cookie_name(comment.pk))
    if not services.may_edit(comment, token):
        raise Http404
    return comment


@require_http_methods(["GET", "POST"])
def edit(request: HttpRequest, comment_id: int) -> HttpResponse:
    comment = _own(request, comment_id)
    form = EditForm(request.POST or None, initial={"text": comment.text})
    if request.method == "POST" and form.is_valid():
        try:
            services.edit_comment(comment, text=form.cleaned_data["text"])
        except services.CommentRejected as exc:
            form.add_error("text", exc.message)
        else:
            response = HttpResponseRedirect(_back(comment))
            pages.set_edit_cookie(response, comment)
            return response
    return render(
        request, "comments/edit.html", {"form": form, "comment": comment, "back": _back(comment)}
    )


@require_POST
def delete(request: HttpRequest, comment_id: int) -> HttpResponse:
    comment = _own(request, comment_id)
    back = _back(comment).split("#")[0] + "#comments"
    services.delete_comment(comment)
    messages.info(request, _("Your comment was deleted."))
    response = HttpResponseRedirect(back)
    pages.clear_edit_cookie(response, comment_id)
    return response


@origin_checked
@require_POST
def like(request: HttpRequest, comment_id: int) -> HttpResponse:
    comment = get_object_or_404(
        Comment.objects.select_related("thread"), pk=comment_id, status=Comment.Status.APPROVED
    )
    services.vote(comment, visitor_hash(client_ip(request)))
    return HttpResponseRedirect(_back(comment))


@require_http_methods(["GET", "POST"])
def moderate_link(request: HttpRequest, comment_id: int, action: str, token: str) -> HttpResponse:
    """Signed one-click moderation from the host's email. GET shows one button (mail
    scanners prefetch links); POST acts. Wrong, tampered or expired tokens get 404."""
    if action not in ("approve", "delete") or not services.check_moderation_token(
        comment_id, action, token
    ):
        raise Http404
    comment = get_object_or_404(Comment.objects.select_related("thread"), pk=comment_id)
    if request.method == "POST":
        services.moderate(comment, action)
        return render(
            request, "comments/moderated.html", {"action": action, "comment": comment, "done": True}
        )
    return render(
        request, "comments/moderated.html", {"action": action, "comment": comment, "done": False}
    )


def confirm_subscription(request: HttpRequest, token: str) -> HttpResponse:
    sub = notify.read_token(token, "confirm", max_age=7 * 86400)
    if sub is None:
        raise Http404
    notify.confirm(sub)
    return render(request, "comments/subscription.html", {"confirmed": True})


@csrf_exempt  # signed token instead; RFC 8058 one-click POSTs come without a CSRF token
@require_http_methods(["GET", "POST"])
def unsubscribe(request: HttpRequest, token: str) -> HttpResponse:
    sub = notify.read_token(token, "unsubscribe")
    if sub is None:
        raise Http404
    if request.method == "POST":
        notify.unsubscribe(sub)
        return render(request, "comments/subscription.html", {"unsubscribed": True})
    return render(request, "comments/subscription.html", {"ask": True, "token": token})


@csrf_exempt  # read-only
@require_POST
def count(request: HttpRequest) -> JsonResponse:
    """``POST`` a JSON list of page addresses → list of approved-comment counts."""
    try:
        data = parse_json(request.body, default=[])
    except MalformedInput:
        return JsonResponse({"error": "JSON list of addresses expected"}, status=400)
    if not isinstance(data, list) or not all(isinstance(x, str) for x in data) or len(data) > 1000:
        return JsonResponse({"error": "JSON list of addresses expected"}, status=400)
    return JsonResponse(services.counts(data), safe=False)
