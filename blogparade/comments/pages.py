"""Server-rendered thread pieces shared by the template tag and the form views."""

from __future__ import annotations

import json

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils.translation import ngettext

from blogparade.comments import services
from blogparade.comments.forms import CommentForm
from blogparade.comments.models import Comment

REMEMBER_COOKIE = "bp_commenter"
REMEMBER_SALT = "comments.remember"
REMEMBER_AGE = 365 * 86400


THREAD_OPEN = 50  # top-level comments shown open; a longer thread folds the rest


def heading(count: int, title: str) -> str:
    """ "One thought on “title”" / "N thoughts on “title”" (German: „Ein Gedanke zu …“)."""
    return ngettext(
        "One thought on “%(title)s”",
        "%(count)s thoughts on “%(title)s”",
        count,
    ) % {"count": count, "title": title}


def remembered(request: HttpRequest) -> dict[str, str]:
    raw = request.get_signed_cookie(REMEMBER_COOKIE, default=None, salt=REMEMBER_SALT)
    if not raw:
        return {}
    try:
        data = json.loads(raw)
    except ValueError:
        return {}
    return {
        k: str(data.get(k, ""))[:300]
        for k in ("author", "email", "website")
        if isinstance(data, dict)
    }


def remember(response: HttpResponse, fields: dict[str, str] | None) -> None:
    """Store the commenter's fields in a signed cookie (only with their consent), or forget them."""
    if fields is None:
        response.delete_cookie(REMEMBER_COOKIE)
        return
    response.set_signed_cookie(
        REMEMBER_COOKIE,
        json.dumps({k: fields.get(k, "") for k in ("author", "email", "website")}),
        salt=REMEMBER_SALT,
        max_age=REMEMBER_AGE,
        httponly=True,
        samesite="Lax",
        secure=settings.BASE_URL.startswith("https://"),
    )


def own_tokens(request: HttpRequest) -> dict[int, str]:
    return {int(k): v for k, v in request.COOKIES.items() if k.isdigit() and len(k) < 12}


def set_edit_cookie(response: HttpResponse, comment: Comment, path: str = "/") -> None:
    secure = settings.BASE_URL.startswith("https://")
    value = services.edit_token(comment)
    max_age = services.edit_window()
    name = services.edit_cookie_name(comment.pk)
    response.set_cookie(
        name,
        value,
        max_age=max_age,
        path=path,
        httponly=True,
        secure=secure,
        samesite="None" if secure else "Lax",
    )


def clear_edit_cookie(response: HttpResponse, comment_id: int) -> None:
    response.delete_cookie(services.edit_cookie_name(comment_id))


def new_form(request: HttpRequest, path: str, title: str, parent: int | None = None) -> CommentForm:
    initial = {"uri": path, "title": title, "ts": services.form_timestamp(), "parent": parent}
    known = remembered(request)
    if known:
        initial.update(known)
        initial["remember"] = True
    return CommentForm(initial=initial, auto_id="bp-%s")


def thread_context(
    request: HttpRequest, path: str, title: str = "", form: CommentForm | None = None
) -> dict:
    site, path = services.split_page(path)
    thread = services.find_thread(site, path)
    tokens = own_tokens(request)
    roots, count = ([], 0)
    editable: set[int] = set()
    if thread is not None:
        roots, count = services.public_tree(thread, extra_ids=set(tokens))
        title = title or thread.title

        def walk(nodes):
            for n in nodes:
                if n.comment.pk in tokens and services.may_edit(n.comment, tokens[n.comment.pk]):
                    editable.add(n.comment.pk)
                walk(n.children)

        walk(roots)
        # Pending comments of others never show; own ones only while the cookie is valid.
        roots = _drop_foreign_pending(roots, editable)
    closed = thread is not None and services.is_closed(thread)
    if thread is None:
        closed = _closed_before_first(site, path)
    form = form or new_form(request, path, title, _reply_to(request))
    return {
        "request": request,
        "thread": thread,
        "path": path,
        "title": title,
        "nodes": roots,
        # the first comments (with their replies) open, the rest of a long thread folded
        "shown": roots[:THREAD_OPEN],
        "folded": roots[THREAD_OPEN:],
        "count": count,
        "heading": heading(count, title) if count else "",
        "form": form,
        "replying_to": _replying_to(thread, form),
        "closed": closed,
        "editable": editable,
        "max_depth": services.max_depth(),
    }


def _drop_foreign_pending(nodes, editable: set[int]):
    kept = []
    for n in nodes:
        if n.comment.status == Comment.Status.PENDING and n.comment.pk not in editable:
            continue
        n.children = _drop_foreign_pending(n.children, editable)
        kept.append(n)
    return kept


def _closed_before_first(site: str, path: str) -> bool:
    from blogparade.comments.models import Thread

    parade = services._parade_for(site, path)
    if parade is None:
        return False
    return services.is_closed(Thread(site=site, path=path, parade=parade))


def _replying_to(thread, form: CommentForm) -> Comment | None:
    """The approved comment of this thread that the form answers ("Replying to NAME")."""
    value = str(form["parent"].value() or "")
    if thread is None or not value.isdigit():
        return None
    return (
        thread.comments.filter(pk=int(value), status=Comment.Status.APPROVED)
        .only("pk", "author")
        .first()
    )


def _reply_to(request: HttpRequest) -> int | None:
    value = request.GET.get("replytocom", "")
    return int(value) if value.isdigit() and len(value) < 12 else None
