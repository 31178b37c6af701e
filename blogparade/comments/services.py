"""The comment service layer: every view (page form, Isso API, dashboard, email links) and
every test goes through these functions.

Contract highlights
* :func:`post_comment` validates, runs the spam defence and stores a comment; it raises
  :class:`CommentRejected` (with the field at fault and a translated message) and never
  echoes the email back in any message.
* Moderation state: settings.MODERATION off → approved; otherwise a first-time commenter
  is held (pending) and a commenter with an approved comment under the same email passes.
* Signed values (edit rights, one-click moderation, fill-in time) use django.core.signing
  with a salt per purpose, per comment and per action.
"""

from __future__ import annotations

import hashlib
import ipaddress
import re
import time
from dataclasses import dataclass, field
from datetime import timedelta
from urllib.parse import urlsplit

from django.conf import settings
from django.core import signing
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from blogparade.comments.models import Blocklist, Comment, Like, Thread
from blogparade.comments.render import (
    clean_line,
    link_count,
    link_hosts,
    render_markdown,
    safe_website,
    strip_invisible,
    visitor_hash,
)
from blogparade.core import ratelimit
from blogparade.core.models import origin_of
from blogparade.core.phrases import Phrase

MAX_TEXT = 65_535
MIN_TEXT = 3


def edit_window() -> int:
    """Seconds after posting in which the author may edit or delete (default 15 minutes)."""
    return int(settings.COMMENTS_EDIT_WINDOW)


def max_depth() -> int:
    """Levels of threading (1 = flat); replies beyond attach to the deepest allowed level."""
    return max(1, int(settings.COMMENTS_MAX_DEPTH))


def max_links() -> int:
    return int(settings.COMMENTS_MAX_LINKS)


def moderation_link_age() -> int:
    return int(settings.COMMENTS_MODERATION_LINK_DAYS) * 86400


class CommentRejected(Exception):
    """A comment that is not stored. ``field`` names the form field at fault (or ``None``),
    ``message`` is translated for the reader, ``status`` an HTTP status for APIs."""

    def __init__(self, message: str, field: str | None = None, status: int = 400) -> None:
        super().__init__(message)
        self.message = message
        self.field = field
        self.status = status


# --- threads ----------------------------------------------------------------------------------


def split_page(uri: str) -> tuple[str, str]:
    """``(site, path)`` for a page address: absolute URLs of other sites keep their origin,
    our own (and bare paths) get site ``""``."""
    uri = (uri or "").strip()
    origin = origin_of(uri)
    if origin:
        path = uri[len(origin) :] if uri.lower().startswith(origin) else "/" + uri.split("/", 3)[-1]
        path = path.split("#", 1)[0] or "/"
        if origin == origin_of(settings.BASE_URL):
            return "", path
        return origin, path
    return "", uri.split("#", 1)[0] or "/"


def _parade_for(site: str, path: str):
    from blogparade.parades.models import Parade

    if not site and path.startswith("/p/"):
        slug = path[3:].strip("/")
        return Parade.objects.filter(slug=slug).first()
    if site:
        return Parade.objects.filter(call_url__in=[site + path, site + path.rstrip("/")]).first()
    return None


def find_thread(site: str, path: str) -> Thread | None:
    # with its parade: posting and the page both ask whether it is still open
    return Thread.objects.filter(site=site, path=path).select_related("parade").first()


def get_or_create_thread(site: str, path: str, title: str = "") -> Thread:
    """The page's thread, made on first use. Raises :class:`CommentRejected` (400) for an
    address longer than a thread can hold."""
    if len(path) > Thread._meta.get_field("path").max_length or len(site) > 300:
        raise CommentRejected(_("This page address is too long."), None, 400)
    thread = find_thread(site, path)
    if thread is None and not site and _parade_for(site, path) is None:
        # blogparade's own pages with a thread are the calls; no thread for any other path
        # (nor mail about one)
        raise CommentRejected(_("There is no such page here."), None, 404)
    if thread:
        if title and not thread.title:
            thread.title = clean_line(title, 300)
            thread.save(update_fields=["title"])
        return thread
    parade = _parade_for(site, path)
    if parade:
        title = parade.title  # the call's own title, never one a commenter sent
    try:
        with transaction.atomic():
            return Thread.objects.create(
                site=site, path=path, title=clean_line(title, 300), parade=parade
            )
    except IntegrityError:
        return Thread.objects.get(site=site, path=path)


def closes_at(thread: Thread):
    """When commenting ends: N days (``COMMENTS_CLOSE_AFTER_DAYS``, default 30; None = never)
    after the parade's deadline; threads of other pages never close."""
    days = settings.COMMENTS_CLOSE_AFTER_DAYS
    if days is None or thread.parade_id is None:
        return None
    return thread.parade.closes_at + timedelta(days=int(days))


def is_closed(thread: Thread) -> bool:
    end = closes_at(thread)
    return end is not None and timezone.now() >= end


# --- reading ----------------------------------------------------------------------------------


@dataclass
class Node:
    comment: Comment
    children: list[Node] = field(default_factory=list)
    depth: int = 1


# What a thread's page and the Isso API show of each comment (blogparade.comments.listing,
# the avatar, comments.isso.serialize; the edit check reads the text of the reader's own
# ones, seldom): the Markdown source and the rest are not read.
TREE_FIELDS = (
    "thread_id",
    "parent_id",
    "status",
    "created",
    "modified",
    "author",
    "website",
    "email",
    "text_html",
    "likes",
    "dislikes",
    "ip",  # the Isso API's avatar hash
    "voter_hash",
    "author_photo",
    "kind",
)


def public_tree(thread: Thread, extra_ids: set[int] | None = None) -> tuple[list[Node], int]:
    """Threaded public comments oldest first, and the count of approved ones.

    Deleted comments stay as placeholders only while they have visible replies. Pending
    comments in ``extra_ids`` (the reader's own, known from their signed cookie) are shown too.
    One query.
    """
    rows = list(
        thread.comments.filter(
            status__in=(Comment.Status.APPROVED, Comment.Status.DELETED, Comment.Status.PENDING)
        )
        .only(*TREE_FIELDS)
        .order_by("created", "pk")
    )
    extra_ids = extra_ids or set()
    visible = [c for c in rows if c.status != Comment.Status.PENDING or c.pk in extra_ids]
    nodes = {c.pk: Node(c) for c in visible}
    roots: list[Node] = []
    for c in visible:
        node = nodes[c.pk]
        parent = nodes.get(c.parent_id) if c.parent_id else None
        if parent:
            parent.children.append(node)
        else:
            roots.append(node)

    def prune(items: list[Node], depth: int) -> list[Node]:
        kept = []
        for n in items:
            n.depth = depth
            n.children = prune(n.children, depth + 1)
            if n.comment.status == Comment.Status.DELETED and not n.children:
                continue
            kept.append(n)
        return kept

    roots = prune(roots, 1)
    count = sum(1 for c in visible if c.status == Comment.Status.APPROVED)
    return roots, count


def counts(pages: list[str]) -> list[int]:
    """Approved comments per page address, in the order asked (0 for unknown pages).

    One aggregate query for all pages, in plain SQL (the ORM's query building cost more
    than the query itself on this hot endpoint); it uses the (thread, status, created) index.
    """
    from django.db import connection

    keys = [split_page(p) for p in pages]
    wanted_paths = sorted({path for _s, path in keys})
    if not wanted_paths:
        return []
    qn = connection.ops.quote_name
    thread_t, comment_t = qn(Thread._meta.db_table), qn(Comment._meta.db_table)
    marks = ", ".join(["%s"] * len(wanted_paths))
    sql = (
        f"SELECT t.site, t.path, COUNT(c.id) FROM {thread_t} t "  # noqa: S608 (names only)
        f"LEFT JOIN {comment_t} c ON c.thread_id = t.id AND c.status = %s "
        f"WHERE t.path IN ({marks}) GROUP BY t.id, t.site, t.path"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [Comment.Status.APPROVED.value, *wanted_paths])
        found = {(site, path): n for site, path, n in cursor.fetchall()}
    return [found.get(k, 0) for k in keys]


# --- spam defence -----------------------------------------------------------------------------


def form_timestamp() -> str:
    """A signed 'form rendered at' value for the minimum fill-in time check."""
    return signing.dumps(int(time.time()), salt="comments.form-ts")


def check_fill_time(value: str) -> None:
    minimum = int(settings.COMMENTS_MIN_FILL_SECONDS)
    try:
        started = signing.loads(value or "", salt="comments.form-ts", max_age=86400)
    except signing.BadSignature:
        raise CommentRejected(_("The form expired. Please send it again."), None) from None
    if time.time() - int(started) < minimum:
        raise CommentRejected(
            _("That was quick. Please take a moment and send it again."), None, 429
        )


def _ip_blocked(ip: str, entries: list[str]) -> bool:
    try:
        addr = ipaddress.ip_address(ip)
    except ValueError:
        return False
    for value in entries:
        try:
            if addr in ipaddress.ip_network(value, strict=False):
                return True
        except ValueError:
            continue
    return False


def _domain_match(host: str, domain: str) -> bool:
    host, domain = host.lower().rstrip("."), domain.lower().strip().lstrip("@").lstrip(".")
    return bool(domain) and (host == domain or host.endswith("." + domain))


def blocklisted(*, text: str, author: str, email: str, website: str, ip: str) -> bool:
    """True when any blocklist entry matches the comment."""
    entries: dict[str, list[str]] = {}
    for kind, value in Blocklist.objects.values_list("kind", "value"):
        entries.setdefault(kind, []).append(value)
    if not entries:
        return False
    haystack = f"{author}\n{website}\n{text}".casefold()
    if any(w.casefold() in haystack for w in entries.get(Blocklist.Kind.WORD, []) if w.strip()):
        return True
    if ip and _ip_blocked(ip, entries.get(Blocklist.Kind.IP, [])):
        return True
    email_host = email.rsplit("@", 1)[-1] if "@" in email else ""
    if email_host and any(
        _domain_match(email_host, d) for d in entries.get(Blocklist.Kind.EMAIL_DOMAIN, [])
    ):
        return True
    from urllib.parse import urlsplit

    hosts = link_hosts(text)
    if website:
        hosts.append((urlsplit(website).hostname or "").lower())
    return any(
        _domain_match(h, d) for h in hosts if h for d in entries.get(Blocklist.Kind.URL_DOMAIN, [])
    )


def _duplicate(thread: Thread, text: str, email: str, ip: str) -> bool:
    since = timezone.now() - timedelta(hours=int(settings.COMMENTS_DUPLICATE_HOURS))
    qs = thread.comments.filter(text=text, created__gte=since).exclude(
        status=Comment.Status.DELETED
    )
    if email:
        return qs.filter(email__iexact=email).exists()
    return qs.filter(ip=ip).exists() if ip else qs.exists()


def _previously_approved(email: str) -> bool:
    return (
        bool(email)
        and Comment.objects.filter(email__iexact=email, status=Comment.Status.APPROVED).exists()
    )


def _attach_parent(thread: Thread, parent_id: int | None) -> Comment | None:
    if not parent_id:
        return None
    parent = (
        thread.comments.filter(
            pk=parent_id, status__in=(Comment.Status.APPROVED, Comment.Status.DELETED)
        )
        .select_related("parent")
        .first()
    )
    if parent is None:
        raise CommentRejected(_("The comment you reply to does not exist."), "parent")
    chain = [parent]
    while chain[-1].parent_id:
        chain.append(Comment.objects.only("pk", "parent_id").get(pk=chain[-1].parent_id))
    # chain[-1] is the root (depth 1); a reply to chain[0] sits at depth len(chain) + 1.
    too_deep = len(chain) + 1 - max_depth()
    if too_deep > 0:
        parent = chain[too_deep]
    return parent


# --- writing ----------------------------------------------------------------------------------


# Seconds a commenter over a rate limit is asked to wait (``Retry-After``): the shortest
# window of the comment limits.
RETRY_AFTER = 60


def validate_fields(
    *,
    author: str,
    email: str,
    website: str,
    text: str,
    require_identity: bool = True,
    links: bool = True,
) -> dict[str, str]:
    """Normalised fields or :class:`CommentRejected` naming the first field at fault.
    ``links``: also count the links, which renders the text (:func:`check_links`); without
    it every check is cheap, so a caller can ask the rate limits first."""
    from django.core.exceptions import ValidationError
    from django.core.validators import validate_email

    text = strip_invisible(text or "").strip()
    author = clean_line(author, 120)
    email = clean_line(email, 254).lower()
    raw_site = clean_line(website, 2000)
    site = safe_website(raw_site)
    if require_identity and not author:
        raise CommentRejected(_("Please enter your name."), "author")
    if require_identity and not email:
        raise CommentRejected(_("Please enter your email address. It is not published."), "email")
    if email:
        try:
            validate_email(email)
        except ValidationError:
            raise CommentRejected(_("Please enter a valid email address."), "email") from None
    if raw_site and not site:
        raise CommentRejected(
            _("Please enter a web address starting with http:// or https://."), "website"
        )
    if len(text) < MIN_TEXT:
        raise CommentRejected(_("Please write a comment."), "text")
    if len(text) > MAX_TEXT:
        raise CommentRejected(_("The comment is too long."), "text")
    if links:
        check_links(text)
    return {"author": author, "email": email, "website": site, "text": text}


def check_links(text: str) -> None:
    """:class:`CommentRejected` when ``text`` holds more links than a comment may."""
    if link_count(text) > max_links():
        raise CommentRejected(
            _("Too many links in one comment (at most %(n)d).") % {"n": max_links()}, "text"
        )


def post_comment(
    thread: Thread,
    *,
    author: str,
    email: str,
    website: str = "",
    text: str,
    parent_id: int | None = None,
    ip: str = "",
    notify: bool = False,
    trusted: bool = False,
    require_identity: bool = True,
    user_agent: str = "",
    referrer: str = "",
) -> Comment:
    """Validate, defend, store. ``trusted`` (the thread's host, staff) skips moderation and
    rate limits. Sends the host notification and, if asked, the double opt-in email.

    With an Akismet key configured, untrusted comments that pass the blocklist are checked
    there before anything is stored (outside the transaction, so no database lock is held
    while waiting): ``spam`` files them as spam, a failed check holds them for moderation."""
    if is_closed(thread):
        raise CommentRejected(_("Comments are closed."), None, 403)
    # The cheap checks, then the rate limits, and only then what renders the text: a refused
    # request costs no Markdown rendering.
    data = validate_fields(
        author=author,
        email=email,
        website=website,
        text=text,
        require_identity=require_identity,
        links=False,
    )
    parent = _attach_parent(thread, parent_id)
    if not trusted:
        if not ratelimit.allow("comment-ip", ip):
            raise CommentRejected(
                _("You are commenting too fast. Please wait a minute."), None, 429
            )
        if not ratelimit.allow("comment-thread", f"{thread.site}{thread.path}"):
            raise CommentRejected(
                _("This thread receives too many comments right now. Please try again later."),
                None,
                429,
            )
    check_links(data["text"])
    if _duplicate(thread, data["text"], data["email"], ip):
        raise CommentRejected(_("You already said that."), "text", 409)
    status = _judge(thread, data, ip, user_agent, referrer, trusted=trusted)
    text_html = render_markdown(data["text"])  # before the write lock is taken
    with transaction.atomic():
        comment = Comment.objects.create(
            thread=thread,
            parent=parent,
            author=data["author"],
            email=data["email"],
            website=data["website"],
            text=data["text"],
            text_html=text_html,
            status=status,
            ip=ip,
            voter_hash=visitor_hash(ip) if ip else "",
        )
        from blogparade.comments import notify as notify_mod

        if status != Comment.Status.SPAM:
            from blogparade.comments.tasks import send_host_notification
            from blogparade.core.worker import enqueue_with_transaction

            enqueue_with_transaction(send_host_notification, comment.pk)
        if notify and data["email"]:
            notify_mod.subscribe(comment, data["email"])
        if status == Comment.Status.APPROVED:
            transaction.on_commit(lambda: on_approved(comment.pk, comment))
    return comment


def _judge(
    thread: Thread,
    data: dict[str, str],
    ip: str,
    user_agent: str = "",
    referrer: str = "",
    *,
    trusted: bool = False,
) -> str:
    """The status a comment's text earns: spam (blocklist, Akismet), pending (moderation on,
    an unknown author, or Akismet unsure) or approved. New comments and edits alike."""
    moderation = settings.MODERATION
    if trusted:
        return Comment.Status.APPROVED
    if moderation and blocklisted(ip=ip, **data):
        return Comment.Status.SPAM
    verdict = _akismet_verdict(thread, data, ip, user_agent, referrer)
    if verdict == "spam":
        return Comment.Status.SPAM
    if verdict == "unknown":
        return Comment.Status.PENDING
    if not moderation or _previously_approved(data["email"]):
        return Comment.Status.APPROVED
    return Comment.Status.PENDING


def _akismet_verdict(
    thread: Thread, data: dict[str, str], ip: str, user_agent: str, referrer: str
) -> str | None:
    """``None`` without an Akismet key, else ``"spam"`` | ``"ham"`` | ``"unknown"``."""
    from blogparade.comments import akismet

    if not akismet.enabled():
        return None
    parade = thread.parade if thread.parade_id else None
    return akismet.check(
        text=data["text"],
        author=data["author"],
        email=data["email"],
        website=data["website"],
        ip=ip,
        user_agent=user_agent,
        referrer=referrer,
        permalink=thread.page_url,
        language=parade.language if parade else "",
    )


def on_approved(comment_id: int, comment: Comment | None = None) -> None:
    """Side effects of a comment going public: reply notifications (a reply's only),
    contribution links. ``comment``: the row, when the caller holds it."""
    from blogparade.comments import notify as notify_mod

    if comment is None:
        comment = Comment.objects.filter(pk=comment_id).select_related("thread__parade").first()
    if comment is None:
        return
    if comment.parent_id:
        notify_mod.reply_approved(comment_id)
    feed_contributions(comment)


def feed_contributions(comment: Comment) -> int:
    """A comment under a parade's thread that links to posts in its *text* hands those links
    to the intake (channel "comment"); the commenter's website field never counts — it names
    the commenter, not an answer. Returns how many posts were new to the parade."""
    from blogparade.contributions import intake
    from blogparade.contributions.models import Contribution

    parade = comment.thread.parade
    if parade is None or comment.status != Comment.Status.APPROVED:
        return 0
    own = origin_of(settings.BASE_URL)
    submitter = intake.Submitter(name=comment.author, email=comment.email)
    created = 0
    for url in dict.fromkeys(links_in_text(comment.text_html)):
        if origin_of(url) == own:
            continue
        try:
            contribution = intake.accept(
                parade,
                url,
                Contribution.Channel.COMMENT,
                submitter=submitter,
                note=Phrase(
                    "comment_link", gettext_noop("Linked in comment #%(id)s."), id=comment.pk
                ),
            )
        except intake.InvalidURL:
            continue
        created += contribution.new_arrival
    return created


def links_in_text(text_html: str) -> list[str]:
    """Absolute http(s) links of a comment's rendered text, in order."""
    return [
        href.replace("&amp;", "&")
        for href in re.findall(r'href="(https?://[^"]+)"', text_html)
        if urlsplit(href).hostname
    ]


def edit_comment(
    comment: Comment, *, text: str, author: str | None = None, website: str | None = None
) -> Comment:
    """The author's own edit inside the window: text (and name, website) re-rendered once."""
    data = validate_fields(
        author=comment.author if author is None else author,
        email=comment.email,
        website=comment.website if website is None else website,
        text=text,
        require_identity=bool(comment.author),
    )
    comment.text = data["text"]
    comment.text_html = render_markdown(data["text"])
    comment.author = data["author"]
    comment.website = data["website"]
    comment.modified = timezone.now()
    # An edit goes through the same checks as a new comment: an approved comment rewritten
    # into spam, or held by the moderation rules, leaves the page until the host decides.
    was = comment.status
    if was in (Comment.Status.APPROVED, Comment.Status.PENDING):
        comment.status = _judge(comment.thread, data, comment.ip)
        if comment.status == Comment.Status.APPROVED and was == Comment.Status.PENDING:
            comment.status = was  # an edit never approves what the host has not
    comment.save(update_fields=["text", "text_html", "author", "website", "modified", "status"])
    if was == Comment.Status.APPROVED and comment.status != was:
        from blogparade.comments import notify as notify_mod

        # The host hears of it as of a new comment (with approve and delete links).
        transaction.on_commit(lambda: notify_mod.comment_posted(comment.pk))
    return comment


def delete_comment(comment: Comment) -> Comment | None:
    """Remove a comment: a placeholder stays while it has replies (returned), otherwise the
    row goes (None)."""
    if comment.children.exclude(status=Comment.Status.SPAM).exists():
        comment.status = Comment.Status.DELETED
        comment.text = ""
        comment.text_html = ""
        comment.author = ""
        comment.website = ""
        comment.email = ""
        comment.modified = timezone.now()
        comment.save()
        return comment
    parent = comment.parent
    comment.delete()
    # A deleted parent left only for this reply goes too.
    if parent and parent.status == Comment.Status.DELETED and not parent.children.exists():
        delete_comment(parent)
    return None


def moderate(comment: Comment, action: str) -> Comment | None:
    """``approve`` | ``spam`` | ``delete`` (host or signed link)."""
    if action == "approve":
        was = comment.status
        comment.status = Comment.Status.APPROVED
        comment.save(update_fields=["status"])
        if was != Comment.Status.APPROVED:
            transaction.on_commit(lambda: on_approved(comment.pk))
        return comment
    if action == "spam":
        comment.status = Comment.Status.SPAM
        comment.save(update_fields=["status"])
        return comment
    if action == "delete":
        return delete_comment(comment)
    raise ValueError(action)


def vote(comment: Comment, voter: str, value: int = 1) -> tuple[int, int]:
    """One vote per visitor (``voter`` is a salted hash); the author cannot vote on their own
    comment. Returns ``(likes, dislikes)``."""
    if voter and voter != comment.voter_hash and ratelimit.allow("like-ip", voter):
        try:
            with transaction.atomic():
                Like.objects.create(comment=comment, voter=voter, value=1 if value > 0 else -1)
                column = "likes" if value > 0 else "dislikes"
                Comment.objects.filter(pk=comment.pk).update(**{column: F(column) + 1})
                from blogparade.comments.cache import bump

                bump(comment.thread_id)
        except IntegrityError:
            pass
    comment.refresh_from_db(fields=["likes", "dislikes"])
    return comment.likes, comment.dislikes


# --- signed values ----------------------------------------------------------------------------


def _text_digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def edit_cookie_name(comment_id: int) -> str:
    """Isso's client expects a cookie named by the comment id."""
    return str(comment_id)


def edit_token(comment: Comment) -> str:
    return signing.dumps(
        [comment.pk, _text_digest(comment.text)], salt="comments.edit", compress=False
    )


def may_edit(comment: Comment, token: str | None) -> bool:
    """True while the signed token names this comment and its current text, inside the window."""
    if not token or comment.status == Comment.Status.DELETED:
        return False
    try:
        cid, digest = signing.loads(token, salt="comments.edit", max_age=edit_window())
    except (signing.BadSignature, ValueError, TypeError):
        return False
    if cid != comment.pk or digest != _text_digest(comment.text):
        return False
    return timezone.now() - comment.created <= timedelta(seconds=edit_window())


def moderation_token(comment: Comment, action: str) -> str:
    return signing.dumps(comment.pk, salt=f"comments.moderate.{comment.pk}.{action}")


def check_moderation_token(comment_id: int, action: str, token: str) -> bool:
    try:
        value = signing.loads(
            token, salt=f"comments.moderate.{comment_id}.{action}", max_age=moderation_link_age()
        )
    except signing.BadSignature:
        return False
    return value == comment_id
