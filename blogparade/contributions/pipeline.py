"""The contribution pipeline: fetch → verify → describe → moderate → list.

Every channel (form, Webmention, Pingback, manual add, comment link) stores a pending
:class:`~blogparade.parades.models.Contribution` and calls :func:`enqueue_verification`.
The task re-reads the row and calls :func:`run_pipeline`, which:

* **fetches** the post through the safe client (unless the caller already holds the page,
  as the Webmention verifier does — one incoming request never fetches a host twice);
* **verifies** it: reachable; links to the call (the parade's page here and its ``call_url``)
  in the main content when the parade requires a backlink; published inside
  ``[opens_at, closes_at]`` or flagged late (when the parade accepts late entries); not a
  duplicate after canonicalisation of the submitted URL, the URL after redirects and
  ``rel=canonical``;
* **describes** it (title, author, date, summary, image, language, kind, links) and finds its
  contributor across channels;
* **moderates**: verified → approved when the parade auto-approves (or moderation is off),
  otherwise pending.

A page that cannot be verified (blocked, timing out, answering 5xx/403, rendered by
JavaScript) is never rejected silently: it stays *pending* with ``verification=unverified``
and the reason. Every step writes a :class:`ContributionEvent`. Contributions are re-checked
on a schedule (daily while the parade is open, weekly for 90 days after it closes); a 404/410
or a removed link marks a listed contribution *gone* and tells the host.
"""

from __future__ import annotations

import logging
import re
from datetime import datetime, timedelta
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from django.conf import settings
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop
from django_tasks import task

from blogparade.contributions.models import Contribution, ContributionEvent, Contributor
from blogparade.contributions.signals import contribution_gone
from blogparade.core.phrases import Phrase
from blogparade.core.urlnorm import canonical_url
from blogparade.parades.models import Parade

if TYPE_CHECKING:
    from blogparade.fetch.client import FetchResult
    from blogparade.fetch.extract import Description, LinkCheck
    from blogparade.fetch.parse import Document

logger = logging.getLogger("blogparade.pipeline")

PAGE_ACCEPT = ("text/html", "application/xhtml+xml")
RECHECK_OPEN = timedelta(days=1)
RECHECK_CLOSED = timedelta(days=7)
RECHECK_AFTER_CLOSE = timedelta(days=90)
# A date-only "published" of the opening day may read as midnight UTC: allow a day of slack.
OPENING_GRACE = timedelta(days=1)
RETRY_BASE = timedelta(minutes=10)
MAX_QUICK_RETRIES = 5
RECHECK_BATCH = 500
GONE_RECHECK_FOR = timedelta(days=30)

S = Contribution.Status
V = Contribution.Verification


# --- the fetched page ---------------------------------------------------------------------


class Page:
    """A fetched page whose parse results are cached, so one fetch serves every check: the
    markup is parsed once (one :class:`~blogparade.fetch.parse.Document` shared by every
    link check and the description)."""

    def __init__(self, result: FetchResult) -> None:
        self.result = result
        self._text: str | None = None
        self._document: Document | None = None
        self._description: Description | None = None
        self._checks: dict[str, LinkCheck] = {}

    @property
    def url(self) -> str:
        return self.result.final_url

    @property
    def status(self) -> int:
        return self.result.status

    def text(self) -> str:
        if self._text is None:
            self._text = self.result.text()
        return self._text

    def document(self) -> Document:
        """The parsed page (parsed on first use, then shared)."""
        if self._document is None:
            from blogparade.fetch.parse import Document

            self._document = Document(self.text(), self.url)
        return self._document

    def release(self) -> None:
        """Let go of the parsed page (the biggest part of a page in memory) and its decoded
        text once the answers are cached; a later question decodes and parses it again."""
        self._document = None
        self._text = None

    def description(self) -> Description:
        if self._description is None:
            from blogparade.fetch.extract import describe

            self._description = describe(self.document(), self.url)
        return self._description

    def link_check(self, target: str) -> LinkCheck:
        if target not in self._checks:
            from blogparade.fetch.extract import check_link

            self._checks[target] = check_link(self.document(), self.url, target)
        return self._checks[target]


def fetch_page(
    url: str, *, triggered_by: str = "", accept: tuple[str, ...] = PAGE_ACCEPT, **limits: object
) -> Page:
    """Fetch ``url`` through the safe client as a page. Raises ``FetchError``."""
    from blogparade.fetch.client import fetch

    return Page(fetch(url, accept=accept, triggered_by=triggered_by, **limits))  # type: ignore[arg-type]


_SCRIPT_RE = re.compile(r"(?is)<(script|style|noscript|template|svg)\b.*?</\1\s*>")
_TAG_RE = re.compile(r"(?s)<[^>]*>")


def looks_script_rendered(html: str) -> bool:
    """True for an app shell: scripts, but next to no text without them."""
    if "<script" not in html[:500_000].lower():
        return False
    text = _TAG_RE.sub(" ", _SCRIPT_RE.sub(" ", html[:500_000]))
    return len(" ".join(text.split())) < 400


def call_targets(parade: Parade) -> list[str]:
    """The URLs a contribution may link to: the parade page here and the host's own call."""
    targets = [parade.absolute_url()]
    if parade.call_url:
        targets.append(parade.call_url)
    return targets


ONLY_ASIDE = Phrase(
    "link_only_aside",
    gettext_noop("The link to the call is only in a sidebar, footer or comment section."),
)


def status_word(status: str) -> Phrase:
    """How a status reads inside a log line ("Verified; status approved.")."""
    return Phrase.label(S(status).label)


def find_backlink(page: Page, parade: Parade) -> tuple[bool, bool]:
    """``(found anywhere, found in the main content)`` for a link to the parade's call.

    The one definition of "links to the call", for every channel and every re-check: a real
    link (``<a href>``) to the parade's page here or to its ``call_url``, compared after URL
    canonicalisation (http/https, ``www.``, trailing slash, tracking parameters), counted
    only in the post's main content — not in a sidebar, footer, comment section or a
    "related posts" box."""
    found = in_main = False
    for target in call_targets(parade):
        check = page.link_check(target)
        found = found or check.found
        in_main = in_main or (check.found and check.in_main_content)
    if not in_main:
        # Lenient on spelling: http/https, www., trailing slash, tracking parameters.
        keys = {canonical_url(t) for t in call_targets(parade)}
        if any(canonical_url(link) in keys for link in page.description().links):
            found = in_main = True
    return found, in_main


# --- the pipeline -------------------------------------------------------------------------


class _Run:
    """Collects the events of one run; written together with the row."""

    def __init__(self, contribution: Contribution) -> None:
        self.c = contribution
        self.events: list[ContributionEvent] = []
        self.key = contribution.canonical_url

    def log(self, message: str | Phrase) -> None:
        self.events.append(ContributionEvent.of(self.c, message))

    def save(self) -> Contribution:
        c = self.c
        # Inside a caller's transaction no savepoint of its own; the row's own savepoint only
        # when a changed canonical key may collide with another row's.
        with transaction.atomic(savepoint=False):
            if c.pk is None or c.canonical_url == self.key:
                c.save()  # a new row that collides raises: the caller's savepoint undoes it
                ContributionEvent.objects.bulk_create(self.events)
                return c
            try:
                with transaction.atomic():
                    c.save()
            except IntegrityError:
                # Another row took the canonical key meanwhile: keep ours as it was.
                c.canonical_url = (
                    Contribution.objects.filter(pk=c.pk)
                    .values_list("canonical_url", flat=True)
                    .first()
                    or c.canonical_url
                )
                c.save()
            ContributionEvent.objects.bulk_create(self.events)
        return c


def _schedule(c: Contribution, now: datetime) -> None:
    """Next regular re-check: daily while open, weekly for 90 days after the deadline."""
    parade = c.parade
    if now < parade.closes_at:
        c.next_check_at = now + RECHECK_OPEN
    elif now < parade.closes_at + RECHECK_AFTER_CLOSE:
        c.next_check_at = now + RECHECK_CLOSED
    else:
        c.next_check_at = None


def _schedule_gone(c: Contribution, now: datetime) -> None:
    """A gone post is looked at again: hourly at first, then less often (at most a day
    apart), for :data:`GONE_RECHECK_FOR` after it went."""
    until = (c.status_changed_at or now) + GONE_RECHECK_FOR
    if now >= until:
        c.next_check_at = None
        return
    step = min(timedelta(days=1), timedelta(hours=1) * 2 ** min(max(c.check_attempts - 1, 0), 5))
    c.next_check_at = min(now + step, until)


def _was_listed(c: Contribution) -> bool:
    return c.verification == V.VERIFIED and c.status in (S.APPROVED, S.PENDING)


def _unverified(
    run: _Run, reason: Phrase | str, now: datetime, *, transient: bool = True
) -> Contribution:
    """Could not check: keep it in the host's queue with the reason; retry with backoff."""
    c = run.c
    c.set_problem(reason)
    text = c.last_error
    if c.verification == V.VERIFIED:
        # A listed contribution keeps its place through a passing failure.
        run.log(
            Phrase(
                "recheck_failed",
                gettext_noop("Re-check failed, status kept: %(reason)s"),
                reason=reason,
            )
        )
    else:
        c.verification = V.UNVERIFIED
        if c.status in (S.REJECTED, S.GONE) and c.status_reason != text:
            c.set_status(S.PENDING, reason)
        elif c.status == S.PENDING:
            c.set_reason(reason)
        run.log(
            Phrase(
                "unverified",
                gettext_noop("Could not be verified, left for the host: %(reason)s"),
                reason=reason,
            )
        )
    if transient and c.check_attempts <= MAX_QUICK_RETRIES:
        c.next_check_at = now + RETRY_BASE * (2 ** (c.check_attempts - 1))
    else:
        _schedule(c, now)
    return run.save()


def _failed(run: _Run, reason: Phrase, now: datetime, *, gone: bool = False) -> Contribution:
    """Verification says no. A listed contribution goes *gone* (host told) and is checked
    again on a back-off for :data:`GONE_RECHECK_FOR`, so a restored post comes back by
    itself; a new one is rejected."""
    c = run.c
    c.set_problem(reason)
    if _was_listed(c) or (gone and c.status == S.APPROVED) or c.status == S.GONE:
        was_approved = c.status == S.APPROVED
        newly = c.status != S.GONE
        if newly:
            c.set_status(S.GONE, reason)  # (the 30 days count from here)
            run.log(Phrase("gone", gettext_noop("Gone: %(reason)s"), reason=reason))
        else:
            c.set_reason(reason)
            run.log(Phrase("still_gone", gettext_noop("Still gone: %(reason)s"), reason=reason))
        c.verification = V.FAILED
        _schedule_gone(c, now)
        run.save()
        if newly:
            contribution_gone.send(sender=Contribution, contribution=c, reason=reason)
        if was_approved:
            _tell_host_gone(c, reason)
        return c
    c.verification = V.FAILED
    if c.status != S.SPAM:
        c.set_status(S.REJECTED, reason)
    run.log(Phrase("rejected", gettext_noop("Rejected: %(reason)s"), reason=reason))
    c.next_check_at = None
    return run.save()


def run_pipeline(
    contribution: Contribution,
    page: Page | None = None,
    *,
    triggered_by: str = "",
    events: list[str | Phrase] | None = None,
) -> Contribution:
    """Run every step for one contribution and save it. Returns the contribution.

    Called by the intake (:mod:`blogparade.contributions.intake`) for a new or re-arrived
    post and by the re-check task; ``events`` are log lines written before this run's own
    (the intake's "received through …").

    ``page`` is the already fetched post (Webmention/Pingback verification); without it the
    post is fetched here. Never raises for anything a foreign site does.
    """
    from blogparade.fetch.client import FetchError

    c = contribution
    parade = c.parade
    now = timezone.now()
    run = _Run(c)
    for message in events or ():
        run.log(message)
    first = c.verification != V.VERIFIED
    c.check_attempts += 1
    c.checked_at = now

    # fetch
    if page is None:
        try:
            page = fetch_page(c.url, triggered_by=triggered_by or f"contribution:{c.pk}")
        except FetchError as exc:
            reason = exc.phrase or exc.reason
            run.log(Phrase("fetch_failed", gettext_noop("Fetch failed: %(reason)s"), reason=reason))
            return _unverified(run, reason, now)
    run.log(
        Phrase(
            "fetched",
            gettext_noop("Fetched %(url)s: HTTP %(status)s"),
            url=page.url,
            status=page.status,
        )
    )
    if page.status in (404, 410):
        return _failed(
            run,
            Phrase(
                "page_missing", gettext_noop("The page answered %(status)s."), status=page.status
            ),
            now,
            gone=True,
        )
    if not 200 <= page.status < 300:
        return _unverified(
            run,
            Phrase(
                "page_status",
                gettext_noop("The page answered HTTP %(status)s."),
                status=page.status,
            ),
            now,
        )

    # verify: the backlink
    try:
        desc = page.description()
        found, in_main = find_backlink(page, parade)
    except Exception as exc:  # a parser failing on hostile HTML must not lose the row
        logger.exception("describing %s failed", c.url)
        return _unverified(
            run,
            Phrase(
                "unreadable",
                gettext_noop("The page could not be read (%(error)s)."),
                error=type(exc).__name__,
            ),
            now,
        )
    if in_main:
        run.log(Phrase("links_in_main", gettext_noop("Links to the call in its main content.")))
    elif parade.backlink_required:
        if found:
            return _failed(run, ONLY_ASIDE, now, gone=True)
        if looks_script_rendered(page.text()):
            return _unverified(
                run,
                Phrase(
                    "script_rendered",
                    gettext_noop(
                        "The page seems to be rendered by JavaScript; "
                        "no link to the call could be seen."
                    ),
                ),
                now,
            )
        if first:
            return _failed(
                run, Phrase("no_link", gettext_noop("The page does not link to the call.")), now
            )
        return _failed(
            run,
            Phrase("link_removed", gettext_noop("The link to the call was removed.")),
            now,
            gone=True,
        )
    else:
        run.log(
            Phrase(
                "no_link_needed",
                gettext_noop("No link to the call (not required by this parade)."),
            )
        )

    # verify: the window and duplicates (once; re-checks only watch for the post going away)
    late = c.late
    if first:
        published = desc.published
        when = published or c.created_at or now
        late = False
        if when >= parade.closes_at:
            if not parade.late_entries_accepted:
                return _failed(
                    run,
                    Phrase(
                        "too_late",
                        gettext_noop(
                            "Published after the deadline; this parade takes no late entries."
                        ),
                    ),
                    now,
                )
            late = True
            run.log(Phrase("marked_late", gettext_noop("Arrived after the deadline: marked late.")))
        elif published and published < parade.opens_at - OPENING_GRACE:
            return _failed(
                run,
                Phrase("too_early", gettext_noop("Published before the parade opened.")),
                now,
            )
        keys = {canonical_url(c.url), canonical_url(page.url)}
        if desc.canonical:
            keys.add(canonical_url(desc.canonical))
        preferred = canonical_url(desc.canonical or page.url)  # always one of the keys
        # One query answers both questions: a listed duplicate, and whether the preferred
        # key is taken (by any row).
        others = list(
            Contribution.objects.filter(parade=parade, canonical_url__in=keys | {preferred})
            .exclude(pk=c.pk)
            .order_by("created_at", "pk")
            .values_list("url", "status", "canonical_url")
        )
        duplicate = next(
            (url for url, status, _key in others if status not in (S.REJECTED, S.GONE)), None
        )
        if duplicate is not None:
            return _failed(
                run,
                Phrase(
                    "duplicate",
                    gettext_noop("Duplicate of a contribution already listed: %(url)s"),
                    url=duplicate,
                ),
                now,
            )
        if preferred != c.canonical_url and not any(key == preferred for *_, key in others):
            c.canonical_url = preferred
    c.late = late

    # describe
    _describe(c, desc)
    run.log(
        Phrase(
            "described",
            gettext_noop("Described: “%(title)s” by %(author)s."),
            title=c.title or c.url,
            author=c.author_name or "?",
        )
    )
    _identify(c, desc, page)

    # moderate
    c.verification = V.VERIFIED
    c.set_problem("")
    # A feed-watch proposal waits for the host even when verified: the host chose to watch
    # that feed; its author did not announce the post.
    auto = (
        parade.auto_approve or not settings.MODERATION
    ) and c.channel != Contribution.Channel.FEED
    previous = c.status
    if previous in (S.PENDING, S.GONE) or (previous == S.REJECTED and first):
        if auto:
            c.set_status(
                S.APPROVED,
                Phrase("auto_approved", gettext_noop("Verified and approved automatically.")),
            )
        else:
            c.set_status(
                S.PENDING,
                Phrase("awaits_host", gettext_noop("Verified; waiting for the host's approval.")),
            )
    run.log(
        Phrase(
            "verified",
            gettext_noop("Verified; status %(status)s."),
            status=status_word(c.status),
        )
        if c.status != previous
        else Phrase(
            "verified_again",
            gettext_noop("Verified again; status stays %(status)s."),
            status=status_word(c.status),
        )
    )
    _schedule(c, now)
    return run.save()


def _clip(value: str | None, length: int) -> str:
    return (value or "")[:length]


def _http(value: str | None) -> str:
    value = (value or "").strip()
    return value[:2000] if urlsplit(value).scheme in ("http", "https") else ""


def _describe(c: Contribution, desc: Description) -> None:
    c.title = _clip(desc.title, 300)
    c.author_name = _clip(desc.author_name, 200)
    c.author_url = _http(desc.author_url)
    c.author_photo = _http(desc.author_photo)
    c.published = desc.published
    c.summary = _clip(desc.summary, 5000)
    c.image = _http(desc.image)
    c.language = _clip(desc.language, 16)
    c.kind = desc.kind if desc.kind in Contribution.Kind.values else Contribution.Kind.ARTICLE
    if c.channel == Contribution.Channel.FEDIVERSE and c.kind == Contribution.Kind.ARTICLE:
        c.kind = Contribution.Kind.FEDIVERSE  # a post that came by ActivityPub
    c.links = list(desc.links or [])[:300]


def _host(url: str) -> str:
    host = (urlsplit(url).hostname or "").lower().rstrip(".")
    return host[4:] if host.startswith("www.") else host


def _personal_domain(author_url: str) -> str:
    """The author's own domain when their h-card URL is the root of a site, else ''."""
    parts = urlsplit(author_url)
    if parts.scheme in ("http", "https") and parts.path in ("", "/") and not parts.query:
        return _host(author_url)
    return ""


def _identify(c: Contribution, desc: Description, page: Page) -> None:
    """Find (or make) the contributor across channels and judge ``submitted_by_author``."""
    author_url = _http(desc.author_url)
    author_domain = _personal_domain(author_url) if author_url else ""
    page_host = _host(page.url)
    if not author_url and not desc.author_name and c.kind == Contribution.Kind.ARTICLE:
        author_domain = page_host  # an anonymous personal blog: the site is the person
    # A name shown without a link (as WordPress's block themes show it): the same name on
    # the same site is the same person.
    named_on_site = page_host if desc.author_name and not author_url else ""
    email = (c.submitter_email or "").strip().lower()

    contributor = None
    if named_on_site:
        name = _clip(desc.author_name, 200).strip().casefold()
        candidates = list(Contributor.objects.filter(domain=named_on_site).order_by("pk"))
        contributor = next((x for x in candidates if x.name.strip().casefold() == name), None)
        author_domain = named_on_site
    elif author_url or author_domain:
        # One query: a contributor with this URL first, else one with this domain.
        variants = (
            {author_url, author_url.rstrip("/"), author_url.rstrip("/") + "/"}
            if author_url
            else set()
        )
        match = Q(url__in=variants) if variants else Q(pk__in=[])
        if author_domain:
            match |= Q(domain=author_domain)
        # (Ranked here rather than by an annotated ORDER BY: cheaper to build, same answer.)
        candidates = list(Contributor.objects.filter(match).order_by("pk"))
        contributor = next((x for x in candidates if x.url in variants), None) or next(
            iter(candidates), None
        )

    # Was it submitted by the author?
    by_author: bool | None
    if c.channel in (Contribution.Channel.WEBMENTION, Contribution.Channel.PINGBACK):
        by_author = True  # the post's own site announced it
    elif email:
        email_domain = _host("http://" + email.rpartition("@")[2])
        names_match = bool(c.submitter_name and desc.author_name) and (
            c.submitter_name.strip().casefold() == desc.author_name.strip().casefold()
        )
        same_domain = bool(email_domain) and email_domain in {
            author_domain,
            page_host,
            _host(author_url),
        }
        known_email = contributor is not None and (contributor.email or "").lower() == email
        if same_domain or known_email or names_match:
            by_author = True
        elif desc.author_name or author_url:
            by_author = False
        else:
            by_author = None
    else:
        by_author = None
    c.submitted_by_author = by_author

    if contributor is None and email and by_author:
        contributor = Contributor.objects.filter(email__iexact=email).first()
    if contributor is None:
        if not (desc.author_name or author_url or author_domain):
            return
        contributor = Contributor(
            name=_clip(desc.author_name, 200), url=author_url, domain=author_domain
        )
    changed = contributor.pk is None
    for field, value in (
        ("name", _clip(desc.author_name, 200)),
        ("url", author_url),
        ("domain", author_domain),
        ("photo", _http(desc.author_photo)),
        ("email", email if by_author else ""),
    ):
        if value and not getattr(contributor, field):
            setattr(contributor, field, value)
            changed = True
    if changed:
        contributor.save()
    c.contributor = contributor


def _tell_host_gone(c: Contribution, reason: Phrase) -> None:
    host = c.parade.host
    if not getattr(host, "email", ""):
        return
    with translation.override(c.parade.language):
        subject, body = _gone_mail(c, reason)
    try:
        send_mail(subject, body, None, [host.email], fail_silently=False)
    except Exception:
        logger.exception("telling the host about gone contribution %s failed", c.pk)


def _gone_mail(c: Contribution, reason: Phrase) -> tuple[str, str]:
    subject = _("A contribution to “%(parade)s” is gone") % {"parade": c.parade.title}
    body = _(
        "The contribution %(url)s was taken out of the list of “%(parade)s”.\n\nReason: %(reason)s\n\n"
        "You can check it again from your dashboard."
    ) % {"url": c.url, "parade": c.parade.title, "reason": reason}
    return subject, body


# --- tasks and entry points ---------------------------------------------------------------


@task()
def check_contribution(contribution_id: int) -> None:
    """Task: run the pipeline for one contribution (quietly nothing if it is gone)."""
    contribution = (
        Contribution.objects.select_related("parade", "parade__host")
        .filter(pk=contribution_id)
        .first()
    )
    if contribution is None:
        return
    run_pipeline(contribution)


def enqueue_verification(contribution: Contribution) -> None:
    """Queue the pipeline for a stored contribution (runs inline with ``BLOGPARADE_TASKS=immediate``)."""
    check_contribution.enqueue(contribution.pk)


def recheck_contribution(contribution_id: int) -> None:
    """The dashboard's "check again" (which logs the request): queue a fresh check."""
    check_contribution.enqueue(contribution_id)


def enqueue_due_rechecks(limit: int = RECHECK_BATCH) -> int:
    """Periodic job: queue contributions whose ``next_check_at`` has come.

    Claims each row by pushing ``next_check_at`` an hour ahead, so a slow queue never takes
    the same row twice. Returns how many contributions were queued.
    """
    now = timezone.now()
    due = list(
        Contribution.objects.filter(next_check_at__lte=now)
        .exclude(status__in=[S.SPAM, S.REJECTED])
        .order_by("next_check_at")
        .values_list("pk", flat=True)[:limit]
    )
    queued = 0
    for pk in due:
        if Contribution.objects.filter(pk=pk, next_check_at__lte=now).update(
            next_check_at=now + timedelta(hours=1)
        ):
            check_contribution.enqueue(pk)
            queued += 1
    return queued
