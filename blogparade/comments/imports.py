"""Import comments from Isso (SQLite), WordPress (WXR) and Disqus (XML export).

Contract
* :func:`run` reads the whole file first (XML through defusedxml, DTDs and entities
  refused; SQLite opened read-only), then writes everything in one transaction: a file that
  is missing, malformed, hostile or of the wrong schema raises :class:`ImportFailed` with one
  clear, translated line and nothing is stored.
* Idempotent: every imported comment carries ``source_key`` (``isso:<site>:<id>``,
  ``wordpress:<origin>:<id>``, ``disqus:<id>``); threads are keyed by page (site, path) as
  everywhere else; mentions by (source, target). A second run creates nothing.
* Comment text goes through the same renderer and sanitiser as new comments: Markdown
  (Isso) through :func:`render.render_markdown`; HTML (WordPress, Disqus) through nh3 with
  the same allowlist. Names and websites are cleaned as the comment form cleans them.
  Addresses (IPs) are not imported; emails are kept (never shown; the GDPR export has them).
* Imported comments send no notifications and skip the spam checks of new comments.
* WordPress pingbacks and trackbacks become :class:`linkbacks.models.Mention` rows.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from xml.etree.ElementTree import Element, ParseError  # types only; parsing is defused

import nh3
from defusedxml import DefusedXmlException
from defusedxml import ElementTree as SafeET
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.utils.translation import gettext_noop

from blogparade.comments import services
from blogparade.comments.models import Comment
from blogparade.comments.render import (
    ALLOWED_ATTRIBUTES,
    ALLOWED_TAGS,
    LINK_REL,
    clean_line,
    render_markdown,
    safe_website,
    strip_invisible,
)
from blogparade.core.models import RegisteredSite, origin_of
from blogparade.core.phrases import Phrase

FORMATS = ("isso", "wordpress", "disqus")


class ImportFailed(Exception):
    """The file cannot be imported; ``str(exc)`` is one line for the user, in the active
    language, and :attr:`phrase` the same as a code with parameters. Nothing was stored."""

    @property
    def phrase(self) -> Phrase:
        reason = self.args[0] if self.args else ""
        if isinstance(reason, Phrase):
            return reason
        return Phrase("import_failed", "%(error)s", error=str(reason))

    def __str__(self) -> str:
        return self.phrase.render()


@dataclass
class Item:
    """One comment (or linkback) read from a file, before anything is stored."""

    key: str
    site: str
    path: str
    title: str
    author: str = ""
    email: str = ""
    website: str = ""
    text: str = ""
    html: str | None = None  # already-HTML sources (sanitised again before storing)
    created: datetime | None = None
    modified: datetime | None = None
    status: str = Comment.Status.APPROVED
    parent_key: str | None = None
    likes: int = 0
    dislikes: int = 0
    kind: str = "comment"  # comment | pingback | trackback


@dataclass
class Result:
    threads: int = 0
    comments: int = 0
    mentions: int = 0
    existing: int = 0
    skipped: int = 0
    unregistered_sites: set[str] = field(default_factory=set)

    def summary(self) -> str:
        """The counts, in the active language."""
        return self.summary_phrase().render()

    def summary_phrase(self) -> Phrase:
        return Phrase(
            "import_summary",
            gettext_noop(
                "threads: %(t)d new, comments: %(c)d new, mentions: %(m)d new, "
                "already imported: %(e)d, skipped: %(s)d"
            ),
            t=self.threads,
            c=self.comments,
            m=self.mentions,
            e=self.existing,
            s=self.skipped,
        )


# --- helpers ----------------------------------------------------------------------------------


def sanitise_html(html: str) -> str:
    """Foreign comment HTML → the same allowlist as rendered Markdown. Plain text with blank
    lines (as WordPress stores it) gets paragraphs and line breaks first."""
    html = strip_invisible(html or "").strip().replace("\r\n", "\n")
    if "<p" not in html.lower():
        paragraphs = [p.strip() for p in re.split(r"\n\s*\n", html) if p.strip()]
        html = "".join("<p>" + p.replace("\n", "<br>\n") + "</p>" for p in paragraphs)
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel=LINK_REL,
        strip_comments=True,
    ).strip()


def _email(value: str | None) -> str:
    value = clean_line(value, 254).lower()
    try:
        validate_email(value)
    except ValidationError:
        return ""
    return value


def _path_of(url: str) -> tuple[str, str]:
    """(origin, path) of a page URL; a bare path keeps origin ''."""
    url = (url or "").strip()
    origin = origin_of(url)
    if origin:
        rest = url[len(origin) :] if url.lower().startswith(origin) else "/"
        return origin, (rest.split("#", 1)[0] or "/")
    return "", (url.split("#", 1)[0] or "/")


def _utc(ts: float | None) -> datetime | None:
    return datetime.fromtimestamp(float(ts), tz=UTC) if ts else None


def _iso(value: str | None) -> datetime | None:
    value = (value or "").strip()
    if not value:
        return None
    try:
        dt = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise ImportFailed(
            Phrase("import_invalid_date", gettext_noop("invalid date %(value)s"), value=value[:40])
        ) from None
    return dt if dt.tzinfo else dt.replace(tzinfo=UTC)


def _read_xml(path: Path) -> Element:
    try:
        return SafeET.parse(str(path), forbid_dtd=True).getroot()
    except DefusedXmlException:
        raise ImportFailed(
            Phrase(
                "import_xml_dtd",
                gettext_noop("%(file)s: refused: the XML declares a DTD or entities"),
                file=path.name,
            )
        ) from None
    except ParseError as exc:
        raise ImportFailed(
            Phrase(
                "import_xml_malformed",
                gettext_noop("%(file)s: not well-formed XML (%(error)s)"),
                file=path.name,
                error=exc,
            )
        ) from None


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _child(el: Element, name: str) -> Element | None:
    for c in el:
        if _local(c.tag) == name:
            return c
    return None


def _text(el: Element, name: str) -> str:
    c = _child(el, name)
    return (c.text or "").strip() if c is not None else ""


# --- readers ----------------------------------------------------------------------------------


ISSO_MODE = {1: Comment.Status.APPROVED, 2: Comment.Status.PENDING, 4: Comment.Status.DELETED}


def read_isso(path: Path, site: str = "") -> list[Item]:
    """Isso's SQLite database: ``threads(id, uri, title)`` and ``comments(...)``; text is
    Markdown. Threads land under ``site`` (the blog's origin; ``""`` = our own pages)."""
    try:
        con = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise ImportFailed(f"{path.name}: {exc}") from None
    try:
        con.row_factory = sqlite3.Row
        rows = con.execute(
            "SELECT c.id, c.parent, c.created, c.modified, c.mode, c.text, c.author, c.email,"
            " c.website, c.likes, c.dislikes, t.uri, t.title"
            " FROM comments c JOIN threads t ON t.id = c.tid ORDER BY c.created, c.id"
        ).fetchall()
    except sqlite3.DatabaseError as exc:
        raise ImportFailed(
            Phrase(
                "import_not_isso",
                gettext_noop("%(file)s: not an Isso database (%(error)s)"),
                file=path.name,
                error=exc,
            )
        ) from None
    finally:
        con.close()
    items = []
    for r in rows:
        try:
            status = ISSO_MODE.get(int(r["mode"]), Comment.Status.PENDING)
            thread_site, page = _path_of(str(r["uri"]))
            items.append(
                Item(
                    key=f"isso:{site}:{int(r['id'])}",
                    site=site or thread_site,
                    path=page,
                    title=str(r["title"] or ""),
                    author=str(r["author"] or ""),
                    email=str(r["email"] or ""),
                    website=str(r["website"] or ""),
                    text=str(r["text"] or ""),
                    created=_utc(r["created"]),
                    modified=_utc(r["modified"]),
                    status=status,
                    parent_key=f"isso:{site}:{int(r['parent'])}" if r["parent"] else None,
                    likes=max(0, int(r["likes"] or 0)),
                    dislikes=max(0, int(r["dislikes"] or 0)),
                )
            )
        except (TypeError, ValueError, OverflowError) as exc:
            raise ImportFailed(
                Phrase(
                    "import_bad_row",
                    gettext_noop("%(file)s: bad comment row %(id)s (%(error)s)"),
                    file=path.name,
                    id=r["id"],
                    error=exc,
                )
            ) from None
    return items


WP_STATUS = {"1": Comment.Status.APPROVED, "0": Comment.Status.PENDING, "spam": Comment.Status.SPAM}


def read_wordpress(path: Path) -> list[Item]:
    """A WordPress export (WXR): each post is a thread keyed by its URL's path on its site;
    comments keep ``comment_parent``; pingbacks/trackbacks come back with ``kind`` set.
    Trashed comments are left out."""
    root = _read_xml(path)
    channel = _child(root, "channel") if _local(root.tag) == "rss" else None
    if channel is None or not any(
        (c.tag.startswith("{http://wordpress.org/export/")) for c in root.iter()
    ):
        raise ImportFailed(
            Phrase(
                "import_not_wordpress",
                gettext_noop("%(file)s: not a WordPress export (WXR)"),
                file=path.name,
            )
        )
    base = _text(channel, "base_blog_url") or _text(channel, "link")
    items: list[Item] = []
    for post in channel:
        if _local(post.tag) != "item":
            continue
        link = _text(post, "link")
        origin, page = _path_of(link)
        if not origin:
            origin = origin_of(base)
        if not origin:
            continue
        title = _text(post, "title")
        for c in post:
            if _local(c.tag) != "comment":
                continue
            cid = _text(c, "comment_id")
            if not cid.isdigit():
                raise ImportFailed(
                    Phrase(
                        "import_comment_without_id",
                        gettext_noop("%(file)s: comment without id"),
                        file=path.name,
                    )
                )
            approved = _text(c, "comment_approved")
            if approved not in WP_STATUS:
                continue  # trash, post-trashed
            kind = _text(c, "comment_type") or "comment"
            parent = _text(c, "comment_parent")
            gmt = _text(c, "comment_date_gmt")
            created = None
            if gmt and not gmt.startswith("0000"):
                created = _iso(gmt.replace(" ", "T"))
            items.append(
                Item(
                    key=f"wordpress:{origin}:{cid}",
                    site=origin,
                    path=page,
                    title=title,
                    author=_text(c, "comment_author"),
                    email=_text(c, "comment_author_email"),
                    website=_text(c, "comment_author_url"),
                    html=_text(c, "comment_content"),
                    text=_text(c, "comment_content"),
                    created=created,
                    status=WP_STATUS[approved],
                    parent_key=f"wordpress:{origin}:{parent}" if parent and parent != "0" else None,
                    kind=kind if kind in ("pingback", "trackback") else "comment",
                )
            )
    return items


def read_disqus(path: Path) -> list[Item]:
    """A Disqus export: ``<thread>`` elements (link, title) and ``<post>`` elements pointing
    at them (``thread/@dsq:id``, ``parent/@dsq:id``); messages are HTML."""
    root = _read_xml(path)
    if _local(root.tag) != "disqus":
        raise ImportFailed(
            Phrase(
                "import_not_disqus", gettext_noop("%(file)s: not a Disqus export"), file=path.name
            )
        )

    def dsq_id(el: Element | None) -> str:
        if el is None:
            return ""
        for k, v in el.attrib.items():
            if _local(k) == "id":
                return v
        return ""

    threads: dict[str, tuple[str, str, str]] = {}
    for el in root:
        if _local(el.tag) == "thread":
            origin, page = _path_of(_text(el, "link"))
            if origin:
                threads[dsq_id(el)] = (origin, page, _text(el, "title"))
    items: list[Item] = []
    for el in root:
        if _local(el.tag) != "post":
            continue
        pid = dsq_id(el)
        thread = threads.get(dsq_id(_child(el, "thread")))
        if not pid or thread is None:
            raise ImportFailed(
                Phrase(
                    "import_unknown_thread",
                    gettext_noop("%(file)s: post %(id)s has no known thread"),
                    file=path.name,
                    id=pid,
                )
            )
        author = _child(el, "author")
        spam = _text(el, "isSpam") == "true"
        deleted = _text(el, "isDeleted") == "true"
        parent = dsq_id(_child(el, "parent"))
        items.append(
            Item(
                key=f"disqus:{pid}",
                site=thread[0],
                path=thread[1],
                title=thread[2],
                author=_text(author, "name") if author is not None else "",
                email=_text(author, "email") if author is not None else "",
                html=_text(el, "message"),
                text=_text(el, "message"),
                created=_iso(_text(el, "createdAt")),
                status=Comment.Status.DELETED
                if deleted
                else (Comment.Status.SPAM if spam else Comment.Status.APPROVED),
                parent_key=f"disqus:{parent}" if parent else None,
            )
        )
    return items


# --- writing ----------------------------------------------------------------------------------


def _store_mention(item: Item, parent_url: str) -> bool:
    """A pingback or trackback in a WordPress export is a linkback, not a comment: handed to
    the linkbacks app (the ``linkback_imported`` signal). True when it was new."""
    from blogparade.core.signals import linkback_imported

    source = safe_website(item.website)
    if not source:
        return False
    approved = item.status == Comment.Status.APPROVED
    answers = linkback_imported.send(
        sender=Item,
        source=source,
        target=parent_url,
        parade=services._parade_for(item.site, item.path),
        approved=approved,
        title=clean_line(item.author, 300),
        content_html=sanitise_html(item.html or ""),
        published=item.created,
        kind=item.kind,
    )
    return any(created for _receiver, created in answers)


def store(items: list[Item], progress: Callable[[int, int], None] | None = None) -> Result:
    """Write ``items`` (parents before replies is not required) in one transaction."""
    result = Result()
    total = len(items)
    with transaction.atomic():
        known = dict(
            Comment.objects.filter(source_key__in=[i.key for i in items]).values_list(
                "source_key", "pk"
            )
        )
        threads: dict[tuple[str, str], object] = {}
        pending_parents: list[tuple[int, str]] = []
        checked_sites: set[str] = set()
        for n, item in enumerate(items, 1):
            if progress and (n % 100 == 0 or n == total):
                progress(n, total)
            if item.site and item.site not in checked_sites:
                checked_sites.add(item.site)
                if not RegisteredSite.is_registered(item.site):
                    result.unregistered_sites.add(item.site)
            if item.kind in ("pingback", "trackback"):
                target = (item.site or "") + item.path
                if _store_mention(item, target):
                    result.mentions += 1
                else:
                    result.skipped += 1
                continue
            if item.key in known:
                result.existing += 1
                continue
            tkey = (item.site, item.path)
            thread = threads.get(tkey)
            if thread is None:
                existed = services.find_thread(*tkey) is not None
                thread = services.get_or_create_thread(item.site, item.path, item.title)
                threads[tkey] = thread
                result.threads += 0 if existed else 1
            deleted = item.status == Comment.Status.DELETED
            html = (
                ""
                if deleted
                else (
                    sanitise_html(item.html)
                    if item.html is not None
                    else render_markdown(item.text)
                )
            )
            comment = Comment.objects.create(
                thread=thread,
                author="" if deleted else clean_line(item.author, 120),
                email="" if deleted else _email(item.email),
                website="" if deleted else safe_website(item.website),
                text="" if deleted else strip_invisible(item.text)[: services.MAX_TEXT],
                text_html=html,
                status=item.status,
                created=item.created or datetime.now(tz=UTC),
                modified=item.modified,
                likes=item.likes,
                dislikes=item.dislikes,
                source_key=item.key,
                kind=item.kind,
            )
            known[item.key] = comment.pk
            result.comments += 1
            if item.parent_key:
                pending_parents.append((comment.pk, item.parent_key))
        # Threading once every comment exists (a reply may precede its parent in the file).
        for pk, parent_key in pending_parents:
            parent_pk = known.get(parent_key)
            if parent_pk and parent_pk != pk:
                Comment.objects.filter(pk=pk).update(parent_id=parent_pk)
        from blogparade.comments.cache import bump_many

        bump_many(t.pk for t in threads.values())
    return result


READERS = {"isso": read_isso, "wordpress": read_wordpress, "disqus": read_disqus}


def onto_call(items: list[Item], post: str, slug: str) -> list[Item]:
    """The comments of one post (``post``, its address as the export gives it) moved onto the
    thread of the parade ``slug``'s call page: threading, authors and dates kept, keys too
    (importing again changes nothing). Raises :class:`ImportFailed` when either is unknown."""
    from blogparade.parades.models import Parade

    parade = Parade.objects.filter(slug=slug).first()
    if parade is None:
        raise ImportFailed(
            Phrase(
                "import_no_parade",
                gettext_noop("no parade with the short name %(slug)s"),
                slug=slug,
            )
        )
    origin, page = _path_of(post)
    if not origin:
        raise ImportFailed(
            Phrase(
                "import_post_address",
                gettext_noop("--post must be the post's full address (https://…)"),
            )
        )
    wanted = {page, page.rstrip("/") or "/", page.rstrip("/") + "/"}
    chosen = [i for i in items if i.site == origin and i.path in wanted]
    if not chosen:
        raise ImportFailed(
            Phrase(
                "import_no_comments_on_post",
                gettext_noop("the export has no comments on %(post)s"),
                post=post,
            )
        )
    for item in chosen:
        item.site, item.path, item.title = "", f"/p/{parade.slug}/", parade.title
    return chosen


def run(
    fmt: str,
    filename: str,
    *,
    site: str = "",
    post: str = "",
    into: str = "",
    progress: Callable[[int, int], None] | None = None,
) -> Result:
    """Read ``filename`` as ``fmt`` and store it; :class:`ImportFailed` for anything wrong.
    ``post`` and ``into`` (WordPress only, both or neither): bring that post's comments onto
    the call page of the parade ``into``."""
    if fmt not in READERS:
        raise ImportFailed(
            Phrase("import_unknown_format", gettext_noop("unknown format %(fmt)s"), fmt=fmt)
        )
    path = Path(filename)
    if not path.is_file():
        raise ImportFailed(
            Phrase("import_no_file", gettext_noop("%(file)s: no such file"), file=filename)
        )
    if site:
        site = origin_of(site)
        if not site:
            raise ImportFailed(
                Phrase(
                    "import_site_origin",
                    gettext_noop("--site must be an origin such as https://blog.example"),
                )
            )
    if bool(post) != bool(into) or (post and fmt != "wordpress"):
        raise ImportFailed(
            Phrase(
                "import_post_into",
                gettext_noop("--post and --into go together, and only with a WordPress export"),
            )
        )
    items = read_isso(path, site) if fmt == "isso" else READERS[fmt](path)
    if post:
        items = onto_call(items, post, into)
    return store(items, progress)
