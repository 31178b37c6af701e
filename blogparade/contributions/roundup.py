"""The roundup: drafted from the approved contributions, edited by the host, then published.

Boundary functions:

- :func:`draft_roundup` creates or refreshes a parade's :class:`Roundup` — entries for every
  approved contribution (host-edited quotes and manual positions are kept), statistics, a
  per-day timeline, themes (YAKE key phrases per language) and the people and sites cited most.
  Derived figures live in ``Roundup.data`` (JSON, see :func:`compute_data`).
- :func:`update_roundup` applies the host's edits (intro, order, quotes, manual positions).
- :func:`publish_roundup` publishes: sets ``published_at`` and ``parade.rounded_up_at``, queues a
  Webmention (Pingback fallback) per entry and one email per participant who left an address.
- :func:`export_markdown`, :func:`export_html`, :func:`export_json`, :func:`export_csv`.
- :func:`roundup_context` gives templates everything to show (labels, SVG, resolved links).

Everything from other sites (titles, names, summaries) is text: escaped in HTML, backslash-
escaped in Markdown, neutralised against spreadsheet formulas in CSV.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import io
import json
import logging
import re
import zoneinfo
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import F
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop, ngettext
from django_tasks import task

from blogparade.contributions import signals
from blogparade.contributions.models import Contribution, ContributionEvent, Contributor
from blogparade.core.phrases import Phrase
from blogparade.parades import reading
from blogparade.parades.models import Parade, Roundup, RoundupEntry
from blogparade.parades.pagecache import touch

log = logging.getLogger(__name__)

DATA_VERSION = 1
QUOTE_MAX = 280
THEMES_PER_LANGUAGE = 8
THEME_TEXT_MAX = 800  # characters per contribution fed to the key-phrase extractor
CITED_MAX = 10
TIMELINE_MAX_DAYS = 366


# --- small helpers ----------------------------------------------------------------------


def domain_of(url: str) -> str:
    """Lower-case host of a URL without ``www.``; '' for anything that is not http(s)."""
    try:
        parts = urlsplit((url or "").strip())
    except ValueError:
        return ""
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return ""
    host = parts.hostname.lower().rstrip(".")
    return host.removeprefix("www.")


def roundup_url(parade: Parade) -> str:
    """Absolute URL of a parade's roundup page (the Webmention source)."""
    return settings.BASE_URL + reverse("roundup", kwargs={"slug": parade.slug})


def propose_quote(summary: str) -> str:
    """The opening sentences of a summary, at most ``QUOTE_MAX`` characters."""
    text = " ".join((summary or "").split())
    if not text:
        return ""
    quote_ = ""
    for sentence in re.split(r"(?<=[.!?…])\s+", text):
        if len(quote_) + len(sentence) + 1 > QUOTE_MAX:
            break
        quote_ = f"{quote_} {sentence}".strip()
    if not quote_:
        quote_ = text[: QUOTE_MAX - 1].rsplit(" ", 1)[0] + "…"
    return quote_


def _when(c: Contribution) -> dt.datetime:
    return c.published or c.created_at


def _author(c: Contribution) -> str:
    return c.author_name or (c.contributor.name if c.contributor else "") or domain_of(c.url)


def _author_url(c: Contribution) -> str:
    return c.author_url or (c.contributor.url if c.contributor else "")


def contributor_key(c: Contribution) -> str:
    """Who wrote it: the Contributor row when known, else the author's (or post's) domain."""
    if c.contributor_id:
        return f"contributor:{c.contributor_id}"
    return "domain:" + (domain_of(c.author_url) or domain_of(c.url))


def _zone(parade: Parade) -> dt.tzinfo:
    try:
        return zoneinfo.ZoneInfo(parade.time_zone)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return timezone.get_default_timezone()


def _language(c: Contribution, default: str) -> str:
    lang = (c.language or "").split("-")[0].split("_")[0].lower()
    return lang if re.fullmatch(r"[a-z]{2,3}", lang) else default


# --- derived data -----------------------------------------------------------------------


def statistics(contributions: Sequence[Contribution], default_language: str) -> dict[str, Any]:
    kinds = Counter(c.kind for c in contributions)
    languages = Counter(_language(c, default_language) for c in contributions)
    return {
        "contributions": len(contributions),
        "contributors": len({contributor_key(c) for c in contributions}),
        "late": sum(1 for c in contributions if c.late),
        "by_kind": [{"kind": k, "count": n} for k, n in kinds.most_common()],
        "by_language": [{"language": k, "count": n} for k, n in languages.most_common()],
    }


def timeline(contributions: Sequence[Contribution], zone: dt.tzinfo) -> list[dict[str, Any]]:
    """Contributions per local day, every day from the first to the last (zeros included)."""
    if not contributions:
        return []
    counts = Counter(_when(c).astimezone(zone).date() for c in contributions)
    last = max(counts)
    first = max(min(counts), last - dt.timedelta(days=TIMELINE_MAX_DAYS - 1))
    days = (last - first).days + 1
    return [
        {
            "date": (first + dt.timedelta(days=i)).isoformat(),
            "count": counts.get(first + dt.timedelta(days=i), 0),
        }
        for i in range(days)
    ]


def _theme_text(c: Contribution) -> str:
    return f"{c.title}. {(c.summary or '')[:THEME_TEXT_MAX]}"


# Beyond the extractor's stop words: fillers no phrase starts or ends with (else it is a
# fragment, "Fettfleck pro") …
_FILLERS = {
    "de": {"pro", "per", "via", "mal", "mehr", "heute", "immer", "ganz", "gibt", "geht", "macht",
           "viele", "wirklich", "einfach"},
    "en": {"per", "via", "really", "just", "lot", "lots", "much", "many", "today"},
}  # fmt: skip
# … and the vocabulary every parade shares, no theme on its own ("Seite", "blogs").
_GENERIC = {
    "de": {"seite", "seiten", "jahr", "jahre", "jahren", "zeit", "tag", "tage", "tagen", "teil",
           "art", "weise", "ding", "dinge", "sache", "sachen", "beitrag", "beiträge", "blogparade",
           "blog", "blogs", "artikel", "frage", "antwort"},
    "en": {"page", "pages", "time", "times", "year", "years", "day", "days", "thing", "things",
           "way", "ways", "post", "posts", "blog", "blogs", "article", "question", "answer",
           "parade"},
}  # fmt: skip


@functools.cache
def _stop_words(language: str) -> frozenset[str]:
    """YAKE's stop word list of ``language`` (English where it has none) and our fillers."""
    import yake

    folder = Path(yake.__file__).parent / "core" / "StopwordsList"
    path = folder / f"stopwords_{language}.txt"
    if not path.exists():
        path = folder / "stopwords_en.txt"
    words = {w.strip().casefold() for w in path.read_text(encoding="utf-8").splitlines()}
    return frozenset(words | _FILLERS.get(language, set()) - {""})


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", text)


def _stem(word: str) -> str:
    """A light stem for grouping inflected forms (Kalender, Kalendern; blog, blogs)."""
    word = word.casefold()
    return word[:-2] if len(word) > 6 else word[:-1] if len(word) > 4 else word


def _phrase_pattern(words: list[str]) -> re.Pattern[str]:
    """Matches the phrase with up to three more letters on each word (plurals, cases)."""
    body = r"\W+".join(re.escape(w) + r"\w{0,3}" for w in words)
    return re.compile(r"(?<!\w)" + body + r"(?!\w)", re.IGNORECASE)


def themes(
    contributions: Sequence[Contribution], default_language: str, topic: str = ""
) -> list[dict[str, Any]]:
    """Themes that at least two contributions share, per language: key phrases (YAKE) of
    their titles and summaries, each with the ids of the contributions raising it. A phrase
    is no theme when it is a fragment (it starts or ends with a stop word or filler), a
    number, a word shorter than three letters, or the parade's own topic (``topic``: words of
    its title and question, which every answer repeats). Inflected forms count as one theme.
    None when the contributions share none."""
    import yake  # heavy import, only when drafting

    by_language: dict[str, list[Contribution]] = defaultdict(list)
    for c in contributions:
        by_language[_language(c, default_language)].append(c)
    topic_stems = {_stem(w) for w in _words(topic)}
    found: list[dict[str, Any]] = []
    for lang, items in sorted(by_language.items()):
        if len(items) < 2:
            continue  # nothing to share
        texts = {c.pk: _theme_text(c) for c in items}
        corpus = "\n".join(texts.values())
        if not corpus.strip(" .\n"):
            continue
        extractor = yake.KeywordExtractor(lan=lang, n=2, top=THEMES_PER_LANGUAGE * 5, dedup_lim=0.7)
        try:
            phrases = extractor.extract_keywords(corpus)
        except Exception:  # the extractor chokes on some degenerate inputs; themes are optional
            log.warning("key-phrase extraction failed for language %s", lang, exc_info=True)
            continue
        stop = _stop_words(lang)
        kept: list[dict[str, Any]] = []
        seen: set[tuple[str, ...]] = set()
        for phrase, score in phrases:
            words = _words(phrase)
            if not words or " ".join(words) != " ".join(phrase.split()):
                continue  # digits, punctuation: not a readable theme
            folded = [w.casefold() for w in words]
            if any(len(w) < 3 for w in folded) or folded[0] in stop or folded[-1] in stop:
                continue
            if all(w in _GENERIC.get(lang, set()) for w in folded):
                continue
            key = tuple(_stem(w) for w in words)
            if key in seen or all(k in topic_stems for k in key):
                continue
            seen.add(key)
            pattern = _phrase_pattern(words)
            ids = [pk for pk, text in texts.items() if pattern.search(text)]
            if len(ids) >= 2:
                kept.append(
                    {
                        "phrase": phrase,
                        "language": lang,
                        "score": float(score),
                        "contributions": ids,
                    }
                )
        kept.sort(key=lambda t: (-len(t["contributions"]), t["score"]))
        # A one-word theme raised by exactly the posts of a longer theme says less: keep the longer.
        chosen: list[dict[str, Any]] = []
        for theme in kept:
            if any(
                set(theme["contributions"]) == set(other["contributions"])
                and theme["phrase"].casefold() in other["phrase"].casefold()
                for other in kept
                if other is not theme and len(other["phrase"]) > len(theme["phrase"])
            ):
                continue
            chosen.append(theme)
        for theme in chosen[:THEMES_PER_LANGUAGE]:
            theme.pop("score")
            found.append(theme)
    return found


def citations(
    contributions: Sequence[Contribution], parade: Parade
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The sites and the people the contributions link to most (each post counts once per site).

    Links to this server, to the call and to the post's own site are not citations. A cited
    site is a person when it is a known contributor's site (h-card URL, author URL or domain).
    """
    own = {domain_of(settings.BASE_URL), domain_of(parade.call_url)} - {""}
    sites: Counter[str] = Counter()
    for c in contributions:
        mine = {domain_of(c.url), domain_of(c.author_url)}
        links = c.links if isinstance(c.links, list) else []
        cited = {domain_of(str(link)) for link in links} - own - mine - {""}
        sites.update(cited)
    if not sites:
        return [], []
    people_by_domain: dict[str, dict[str, str]] = {}
    for row in Contributor.objects.filter(domain__in=list(sites)).values("domain", "name", "url"):
        if row["name"]:
            people_by_domain.setdefault(
                row["domain"].removeprefix("www."), {"name": row["name"], "url": row["url"]}
            )
    for c in contributions:
        d = domain_of(c.author_url) or domain_of(c.url)
        if d in sites and c.author_name and d not in people_by_domain:
            people_by_domain[d] = {"name": c.author_name, "url": c.author_url or f"https://{d}/"}
    top_sites = [{"domain": d, "count": n} for d, n in sites.most_common(CITED_MAX)]
    people = [
        {
            "name": people_by_domain[d]["name"],
            "url": people_by_domain[d]["url"],
            "domain": d,
            "count": n,
        }
        for d, n in sites.most_common()
        if d in people_by_domain
    ][:CITED_MAX]
    return top_sites, people


def compute_data(parade: Parade, contributions: Sequence[Contribution]) -> dict[str, Any]:
    """Everything derived for ``Roundup.data``: version, stats, timeline, themes, cited sites and people."""
    sites, people = citations(contributions, parade)
    return {
        "version": DATA_VERSION,
        "stats": statistics(contributions, parade.language),
        "timeline": timeline(contributions, _zone(parade)),
        "themes": themes(
            contributions, parade.language, f"{parade.title} {parade.question} {parade.hashtag}"
        ),
        "cited_sites": sites,
        "cited_people": people,
    }


# --- drafting and editing ---------------------------------------------------------------


def _approved(parade: Parade) -> list[Contribution]:
    return list(
        parade.contributions.filter(status=Contribution.Status.APPROVED)
        .select_related("contributor")
        .order_by(F("published").asc(nulls_last=True), "created_at", "pk")
    )


def _sort_key(order: str):
    if order == Roundup.Order.AUTHOR:
        return lambda e: (
            _author(e.contribution).casefold(),
            _when(e.contribution),
            e.contribution_id,
        )
    return lambda e: (_when(e.contribution), e.contribution_id)


def _renumber(
    roundup: Roundup, entries: list[RoundupEntry], stored: dict[int, int] | None = None
) -> list[RoundupEntry]:
    """Positions 1..n following the roundup's order (manual: current positions, ties by date).

    ``stored`` maps entry ids to the positions in the database when they were changed in memory.
    """
    stored = stored or {}
    if roundup.order == Roundup.Order.MANUAL:
        entries.sort(key=lambda e: (e.position, _when(e.contribution), e.contribution_id))
    else:
        entries.sort(key=_sort_key(roundup.order))
    changed = []
    for i, entry in enumerate(entries, start=1):
        if stored.get(entry.pk, entry.position) != i or entry.position != i:
            entry.position = i
            changed.append(entry)
    if changed:
        RoundupEntry.objects.bulk_update(changed, ["position"])
        touch([roundup.parade_id])  # bulk_update sends no signal
    return entries


def draft_roundup(parade: Parade) -> Roundup:
    """Create or refresh the parade's roundup from its approved contributions.

    New approved contributions get an entry with a proposed quote (appended at the end in
    manual order); entries whose contribution is no longer approved are removed; the host's
    intro, quotes and manual order stay. Returns the saved roundup; works with none approved.
    """
    with transaction.atomic():
        roundup, _created = Roundup.objects.select_for_update().get_or_create(parade=parade)
        contributions = _approved(parade)
        by_id = {c.pk: c for c in contributions}
        entries = list(roundup.entries.all())
        stale = [e.pk for e in entries if e.contribution_id not in by_id]
        if stale:
            RoundupEntry.objects.filter(pk__in=stale).delete()
        entries = [e for e in entries if e.contribution_id in by_id]
        present = {e.contribution_id for e in entries}
        end = max((e.position for e in entries), default=0)
        new = []
        for c in contributions:
            if c.pk not in present:
                end += 1
                new.append(
                    RoundupEntry(
                        roundup=roundup,
                        contribution=c,
                        position=end,
                        quote=propose_quote(c.summary),
                    )
                )
        RoundupEntry.objects.bulk_create(new)
        entries += new
        for e in entries:
            e.contribution = by_id[e.contribution_id]
        _renumber(roundup, entries)
        _describe(roundup, [e.contribution for e in entries if not e.left_out])
        roundup.drafted_at = timezone.now()
        roundup.save()
    return roundup


def _describe(roundup: Roundup, contributions: list[Contribution]) -> None:
    """Statistics, themes, citations and the proposed title and opening from the entries the
    roundup lists (not the ones the host left out); saved by the caller."""
    parade = roundup.parade
    # in the order of _approved: by date published (unknown last), then arrival
    contributions = sorted(
        contributions,
        key=lambda c: (c.published is None, c.published or c.created_at, c.created_at, c.pk),
    )
    proposed_before = (roundup.data or {}).get("proposed_intro", "")
    title_before = (roundup.data or {}).get("proposed_title", "")
    roundup.data = compute_data(parade, contributions)
    # An opening in the host's voice, until the host writes their own: a proposal is
    # brought up to date with the draft, the host's text is never touched.
    proposal = propose_intro(parade, roundup.data.get("stats") or {})
    if not roundup.intro.strip() or roundup.intro == proposed_before:
        roundup.intro = proposal
    roundup.data["proposed_intro"] = proposal
    # … and a title from the question, the same way
    title = propose_title(parade, roundup.data.get("stats") or {})
    if not roundup.title.strip() or roundup.title == title_before:
        roundup.title = title
    roundup.data["proposed_title"] = title


def propose_intro(parade: Parade, stats: dict[str, Any]) -> str:
    """The draft's opening, in the parade's language and the host's voice: when the question
    was asked, the question, how many answered. ``""`` while nobody has."""
    from zoneinfo import ZoneInfo

    from django.utils import formats

    n, m = stats.get("contributions", 0), stats.get("contributors", 0)
    if not n:
        return ""
    with translation.override(parade.language):
        try:
            zone = ZoneInfo(parade.time_zone)
        except (ValueError, KeyError):
            zone = None
        opened = formats.date_format(timezone.localtime(parade.opens_at, zone), "DATE_FORMAT")
        people = ngettext("%(m)d blogger", "%(m)d bloggers", m) % {"m": m}
        return ngettext(
            "On %(opened)s I asked: “%(question)s” %(count)d post by %(people)s answered. "
            "Thank you! Here it is.",
            "On %(opened)s I asked: “%(question)s” %(count)d posts by %(people)s answered. "
            "Thank you all! Here they are.",
            n,
        ) % {"opened": opened, "question": parade.display_question, "count": n, "people": people}


def propose_title(parade: Parade, stats: dict[str, Any]) -> str:
    """The draft's title, in the parade's language: how many answered, and the question
    (or the parade's title). ``""`` while nobody has."""
    n = stats.get("contributions", 0)
    if not n:
        return ""
    with translation.override(parade.language):
        question = parade.display_question or parade.title
        title = ngettext(
            "%(count)d answer to “%(question)s”: the roundup",
            "%(count)d answers to “%(question)s”: the roundup",
            n,
        ) % {"count": n, "question": question}
    if len(title) > 200:  # a long question: the parade's title instead
        with translation.override(parade.language):
            title = ngettext(
                "%(count)d answer to “%(question)s”: the roundup",
                "%(count)d answers to “%(question)s”: the roundup",
                n,
            ) % {"count": n, "question": parade.title}
    return title[:200]


@task()
def draft_roundup_task(parade_id: int) -> None:
    """Draft one parade's roundup in the background (quietly nothing if the parade is gone)."""
    parade = Parade.objects.filter(pk=parade_id).first()
    if parade is not None:
        draft_roundup(parade)
        from blogparade.contributions.notify import tell_host_draft_ready

        tell_host_draft_ready(parade)


def draft_due_roundups() -> int:
    """Queue a draft for every parade that has closed and has no roundup yet (a periodic job).
    Returns how many were queued."""
    due = list(
        Parade.objects.filter(
            closes_at__lte=timezone.now(), roundup__isnull=True, rounded_up_at__isnull=True
        )
        .order_by("closes_at")
        .values_list("pk", flat=True)[:100]
    )
    for pk in due:
        draft_roundup_task.enqueue(pk)
    return len(due)


def update_roundup(
    roundup: Roundup,
    *,
    intro: str | None = None,
    order: str | None = None,
    quotes: dict[int, str] | None = None,
    positions: dict[int, int] | None = None,
    title: str | None = None,
    notes: dict[int, str] | None = None,
    left_out: set[int] | None = None,
) -> Roundup:
    """Apply the host's edits. ``quotes``/``notes``/``positions`` map entry ids to values;
    unknown ids are ignored. Positions only matter (and switch the order to manual) when
    given. ``left_out``: the ids of the entries the host leaves out (all others are listed);
    the statistics, themes and proposals then follow what is listed."""
    with transaction.atomic():
        if intro is not None:
            roundup.intro = intro
        if title is not None:
            roundup.title = " ".join(title.split())[:200]
        if order is not None:
            if order not in Roundup.Order.values:
                raise ValueError(f"unknown order {order!r}")
            roundup.order = order
        entries = list(roundup.entries.select_related("contribution__contributor"))
        stored = {e.pk: e.position for e in entries}
        dirty = []
        listing_changed = False
        for entry in entries:
            changed = False
            if quotes and entry.pk in quotes and quotes[entry.pk] != entry.quote:
                entry.quote = quotes[entry.pk][:2000]
                changed = True
            if notes and entry.pk in notes and notes[entry.pk] != entry.note:
                entry.note = notes[entry.pk][:2000]
                changed = True
            if left_out is not None and (entry.pk in left_out) != entry.left_out:
                entry.left_out = entry.pk in left_out
                changed = listing_changed = True
            if changed:
                dirty.append(entry)
            if positions and entry.pk in positions:
                entry.position = positions[entry.pk]
        if dirty:
            RoundupEntry.objects.bulk_update(dirty, ["quote", "note", "left_out"])
            touch([roundup.parade_id])
        if listing_changed:
            _describe(roundup, [e.contribution for e in entries if not e.left_out])
        if positions and order is None:
            roundup.order = Roundup.Order.MANUAL
        roundup.save()
        _renumber(roundup, entries, stored)
    return roundup


def ordered_entries(roundup: Roundup, *, left_out: bool = False) -> list[RoundupEntry]:
    """The entries the roundup lists, in order (``left_out=True``: with those the host left
    out, for the editor)."""
    entries = roundup.entries.select_related("contribution__contributor").order_by("position", "pk")
    return list(entries if left_out else entries.filter(left_out=False))


# --- presentation -----------------------------------------------------------------------


def kind_label(kind: str) -> str:
    try:
        return str(Contribution.Kind(kind).label)
    except ValueError:
        return kind


def language_label(code: str) -> str:
    from django.utils.translation import get_language_info

    try:
        return str(get_language_info(code)["name_translated"])
    except KeyError:
        return code


def summary_sentence(stats: dict[str, Any]) -> str:
    n, m = stats.get("contributions", 0), stats.get("contributors", 0)
    if not n:
        return _("No contributions were approved for this parade.")
    return ngettext("%(n)d contribution from %(m)s.", "%(n)d contributions from %(m)s.", n) % {
        "n": n,
        "m": ngettext("%(m)d contributor", "%(m)d contributors", m) % {"m": m},
    }


LABEL_CHAR_WIDTH = 6.5  # px per character of a 10 px label, generously


def timeline_svg(days: Sequence[dict[str, Any]], *, ident: str = "roundup-timeline") -> SafeString:
    """An accessible inline SVG bar chart of contributions per day ('' when there are none).

    ``role="img"`` with a <title> and a <desc> that says the figures in words; each bar has its
    own <title>. Pages should also show :func:`timeline` as a table for a full text alternative.
    """
    if not days:
        return mark_safe("")
    peak = max(d["count"] for d in days) or 1
    bar, gap, height, top, bottom = 14, 4, 100, 16, 18
    # room for the first and the last date side by side (10 px type: about 6 px a character)
    label_width = LABEL_CHAR_WIDTH * max(len(str(days[0]["date"])), len(str(days[-1]["date"])))
    width = max(len(days) * (bar + gap) + gap, round(2 * label_width + 4 * gap))
    busiest = max(days, key=lambda d: d["count"])
    total = sum(d["count"] for d in days)
    title = _("Contributions per day")
    desc = _(
        "%(total)d contributions over %(days)d days, from %(first)s to %(last)s; "
        "most on %(busiest)s (%(peak)d)."
    ) % {
        "total": total,
        "days": len(days),
        "first": days[0]["date"],
        "last": days[-1]["date"],
        "busiest": busiest["date"],
        "peak": busiest["count"],
    }
    bars = []
    for i, d in enumerate(days):
        h = round(height * d["count"] / peak)
        x = gap + i * (bar + gap)
        y = top + height - h
        bars.append(
            format_html(
                '<rect x="{}" y="{}" width="{}" height="{}" fill="currentColor"><title>{}: {}</title></rect>',
                x, y, bar, max(h, 0), d["date"], d["count"],
            )
        )  # fmt: skip
    if len(days) == 1:  # one day: its date once, under its bar
        labels = format_html(
            '<text x="{}" y="{}" font-size="10">{}</text>', gap, top + height + 13, days[0]["date"]
        )
    else:
        labels = format_html(
            '<text x="{}" y="{}" font-size="10">{}</text><text x="{}" y="{}" font-size="10" text-anchor="end">{}</text>',
            gap, top + height + 13, days[0]["date"], width - gap, top + height + 13, days[-1]["date"],
        )  # fmt: skip
    return format_html(
        '<svg xmlns="http://www.w3.org/2000/svg" class="roundup-timeline" role="img" '
        'viewBox="0 0 {w} {h}" width="{w}" height="{h}" aria-labelledby="{i}-title {i}-desc">'
        '<title id="{i}-title">{title}</title><desc id="{i}-desc">{desc}</desc>'
        '<text x="{gap}" y="11" font-size="10">{peak}</text>{bars}{labels}</svg>',
        w=width, h=top + height + bottom, i=ident, title=title, desc=desc, gap=gap,
        peak=peak, bars=mark_safe("".join(bars)), labels=labels,
    )  # fmt: skip


def roundup_context(roundup: Roundup, entries: list[RoundupEntry] | None = None) -> dict[str, Any]:
    """Everything a template needs: entries, statistics with labels, SVG, themes and citations
    with the entries they refer to, the intro as sanitised HTML."""
    from blogparade.core.markup import render_markdown

    entries = ordered_entries(roundup) if entries is None else entries
    data = roundup.data or {}
    stats = data.get("stats") or statistics([], roundup.parade.language)
    by_contribution = {e.contribution_id: e for e in entries}
    themes_ = [
        {
            "phrase": t["phrase"],
            "language": t["language"],
            "entries": [by_contribution[i] for i in t["contributions"] if i in by_contribution],
        }
        for t in data.get("themes", [])
    ]
    return {
        "roundup": roundup,
        "parade": roundup.parade,
        "entries": entries,
        "intro_html": mark_safe(render_markdown(roundup.intro)),
        "summary": summary_sentence(stats),
        "stats": stats,
        "kinds": [
            {"label": kind_label(k["kind"]), "count": k["count"]} for k in stats.get("by_kind", [])
        ],
        "by_language": [
            {
                "code": lang["language"],
                "label": language_label(lang["language"]),
                "count": lang["count"],
            }
            for lang in stats.get("by_language", [])
        ],
        "timeline": data.get("timeline", []),
        "timeline_svg": timeline_svg(data.get("timeline", [])),
        "themes": [t for t in themes_ if t["entries"]],
        "cited_sites": data.get("cited_sites", []),
        "cited_people": data.get("cited_people", []),
        "thanks": thanks_sentence(entries),
        "url": roundup_url(roundup.parade),
        "reading_items": reading.shown(roundup.parade, "roundup"),
    }


def thanks_sentence(entries: Sequence[RoundupEntry]) -> str:
    """ "Thank you to everyone who took part: Ada, Ben and Cleo." — every author by name, once,
    in the roundup's order (posts without a known name are not named); "" when none is known."""
    names: list[str] = []
    seen: set[str] = set()
    for entry in entries:
        c = entry.contribution
        name = (c.author_name or (c.contributor.name if c.contributor else "")).strip()
        if name and name.casefold() not in seen:
            seen.add(name.casefold())
            names.append(name)
    if not names:
        return ""
    joined = names[0] if len(names) == 1 else ", ".join(names[:-1]) + _(" and ") + names[-1]
    return _("Thank you to everyone who took part: %(names)s.") % {"names": joined}


# --- exports ----------------------------------------------------------------------------

# Inline markup anywhere in a line; block markup only where a line begins.
_MD_INLINE = re.compile(r"([\\`*_\[\]<>|~])")
_MD_LINE_START = re.compile(r"^(\s*)(?:([#>+-])|(\d+)([.)]))(?=\s|$)")


def md_text(text: str) -> str:
    """Foreign text made inert in Markdown, on one line: emphasis, code, links, HTML and
    tables escaped anywhere; headings, quotes, lists only where the text begins. Full stops,
    hyphens and parentheses inside a sentence stay as they are ("2026-11-29", "end.")."""
    text = _MD_INLINE.sub(r"\\\1", " ".join((text or "").split()))
    return _MD_LINE_START.sub(
        lambda m: m.group(1) + (f"\\{m.group(2)}" if m.group(2) else f"{m.group(3)}\\{m.group(4)}"),
        text,
    )


def md_url(url: str) -> str:
    """A URL safe inside ``(…)``: http(s) only, spaces, parentheses and angle brackets encoded."""
    if not domain_of(url):
        return ""
    return quote(url.strip(), safe=":/?#@!$&'*+,;=%~-._")


def _date(c: Contribution, zone: dt.tzinfo) -> str:
    return _when(c).astimezone(zone).date().isoformat()


def _in_parade_language(export: Callable[[Roundup], str]) -> Callable[[Roundup], str]:
    """Exports speak the parade's language, whoever asks for them (a host browsing in
    English, the CLI, a task): the parade's own texts are in the parade's language."""

    @functools.wraps(export)
    def wrapped(roundup: Roundup) -> str:
        with translation.override(roundup.parade.language):
            return export(roundup)

    return wrapped


@_in_parade_language
def export_markdown(roundup: Roundup) -> str:
    """The roundup as Markdown (the host's intro verbatim; everything foreign escaped)."""
    ctx = roundup_context(roundup)
    zone = _zone(roundup.parade)
    # (gettext outside the f-strings: makemessages does not look inside them)
    heading = roundup.display_title
    statistics_, contributions_ = _("Statistics"), _("Contributions")
    themes_, cited_ = _("Themes"), _("Cited most")
    out = [f"# {md_text(heading)}", ""]
    if roundup.intro.strip():
        out += [roundup.intro.strip(), ""]
    out += [f"## {statistics_}", "", md_text(ctx["summary"]), ""]
    for k in ctx["kinds"]:
        out.append(f"- {md_text(k['label'])}: {k['count']}")
    for lang in ctx["by_language"]:
        out.append(f"- {md_text(lang['label'])}: {lang['count']}")
    out += ["", f"## {contributions_}", ""]
    if not ctx["entries"]:
        out += [md_text(_("No contributions were approved for this parade.")), ""]
    for e in ctx["entries"]:
        c = e.contribution
        line = f"{e.position}. [{md_text(c.display_title)}]({md_url(c.url)})"
        line += " " + md_text(
            _("by %(author)s, %(date)s") % {"author": _author(c), "date": _date(c, zone)}
        )
        out.append(line)
        if e.quote.strip():
            out += ["", f"   > {md_text(e.quote)}", ""]
        if e.note.strip():
            out += ["", f"   {md_text(e.note)}", ""]
    if ctx["themes"]:
        out += ["", f"## {themes_}", ""]
        for t in ctx["themes"]:
            refs = ", ".join(
                f"[{md_text(x.contribution.display_title)}]({md_url(x.contribution.url)})"
                for x in t["entries"]
            )
            out.append(f"- **{md_text(t['phrase'])}**: {refs}")
    if ctx["cited_people"] or ctx["cited_sites"]:
        out += ["", f"## {cited_}", ""]
        for p in ctx["cited_people"]:
            out.append(f"- [{md_text(p['name'])}]({md_url(p['url'])}) ({p['count']})")
        for s in ctx["cited_sites"]:
            out.append(f"- {md_text(s['domain'])} ({s['count']})")
    if ctx["reading_items"]:
        reading_ = _("Worth reading")
        out += ["", f"## {reading_}", ""]
        for item in ctx["reading_items"]:
            line = f"- [{md_text(item.display_title)}]({md_url(item.url)})"
            if item.description:
                line += " — " + md_text(item.description)
            out.append(line)
    if ctx["thanks"]:
        out += ["", md_text(ctx["thanks"])]
    out += ["", f"<{ctx['url']}>", ""]
    return "\n".join(out)


@_in_parade_language
def export_html(roundup: Roundup) -> str:
    """An HTML fragment to paste into WordPress or any editor: escaped, no scripts, no styles."""
    ctx = roundup_context(roundup)
    zone = _zone(roundup.parade)
    parts: list[str] = [str(ctx["intro_html"]), format_html("<p>{}</p>", ctx["summary"])]
    if ctx["entries"]:
        items = format_html_join(
            "\n",
            '<li class="h-cite"><a class="u-url p-name" href="{}">{}</a> — '
            '<span class="p-author">{}</span>, <time class="dt-published" datetime="{}">{}</time>{}</li>',
            (
                (
                    e.contribution.url,
                    e.contribution.display_title,
                    _author(e.contribution),
                    _when(e.contribution).isoformat(),
                    _date(e.contribution, zone),
                    _quote_and_note(e),
                )
                for e in ctx["entries"]
                if domain_of(e.contribution.url)
            ),
        )
        parts.append(format_html("<ol>\n{}\n</ol>", items))
    if ctx["themes"]:
        rows = format_html_join(
            "\n",
            "<li><strong>{}</strong>: {}</li>",
            (
                (
                    t["phrase"],
                    format_html_join(
                        ", ",
                        '<a href="{}">{}</a>',
                        ((x.contribution.url, x.contribution.display_title) for x in t["entries"]),
                    ),
                )
                for t in ctx["themes"]
            ),
        )
        parts.append(format_html("<h2>{}</h2>\n<ul>\n{}\n</ul>", _("Themes"), rows))
    if ctx["cited_people"] or ctx["cited_sites"]:
        people = format_html_join(
            "\n",
            '<li><a href="{}">{}</a> ({})</li>',
            ((p["url"], p["name"], p["count"]) for p in ctx["cited_people"] if domain_of(p["url"])),
        )
        sites = format_html_join(
            "\n", "<li>{} ({})</li>", ((s["domain"], s["count"]) for s in ctx["cited_sites"])
        )
        parts.append(format_html("<h2>{}</h2>\n<ul>\n{}{}\n</ul>", _("Cited most"), people, sites))
    if ctx["reading_items"]:
        parts.append(
            format_html("<h2>{}</h2>\n<ul>\n{}\n</ul>", _("Worth reading"), _reading_rows(ctx))
        )
    if ctx["thanks"]:
        parts.append(format_html("<p>{}</p>", ctx["thanks"]))
    return "\n".join(p for p in parts if p)


def _quote_and_note(e: RoundupEntry) -> str:
    """The post's sentence as a quote, then the host's own words about it."""
    quote = format_html("<blockquote><p>{}</p></blockquote>", e.quote) if e.quote.strip() else ""
    note = format_html("<p>{}</p>", e.note) if e.note.strip() else ""
    return format_html("{}{}", quote, note)


def _reading_rows(ctx: dict[str, Any]) -> str:
    return format_html_join(
        "\n",
        '<li><a href="{}">{}</a>{}</li>',
        (
            (
                item.url,
                item.display_title,
                format_html(" — {}", item.description) if item.description else "",
            )
            for item in ctx["reading_items"]
            if domain_of(item.url)
        ),
    )


def export_data(roundup: Roundup) -> dict[str, Any]:
    """The roundup as plain data (what :func:`export_json` serialises)."""
    parade = roundup.parade
    data = roundup.data or {}
    return {
        "parade": {
            "slug": parade.slug,
            "title": parade.title,
            "url": parade.absolute_url(),
            "question": parade.question,
        },
        "url": roundup_url(parade),
        "title": roundup.title,
        "intro": roundup.intro,
        "order": roundup.order,
        "drafted_at": roundup.drafted_at.isoformat() if roundup.drafted_at else None,
        "published_at": roundup.published_at.isoformat() if roundup.published_at else None,
        "stats": data.get("stats") or statistics([], parade.language),
        "timeline": data.get("timeline", []),
        "themes": data.get("themes", []),
        "cited_sites": data.get("cited_sites", []),
        "cited_people": data.get("cited_people", []),
        "entries": [
            {
                "position": e.position,
                "contribution_id": e.contribution_id,
                "title": e.contribution.title,
                "url": e.contribution.url,
                "author": {"name": _author(e.contribution), "url": _author_url(e.contribution)},
                "published": e.contribution.published.isoformat()
                if e.contribution.published
                else None,
                "kind": e.contribution.kind,
                "language": e.contribution.language,
                "late": e.contribution.late,
                "quote": e.quote,
                "note": e.note,
            }
            for e in ordered_entries(roundup)
        ],
    }


@_in_parade_language
def export_json(roundup: Roundup) -> str:
    return json.dumps(export_data(roundup), ensure_ascii=False, indent=2)


def _cell(value: Any) -> str:
    text = "" if value is None else str(value)
    # Spreadsheets run cells that start like a formula; foreign titles must not.
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


CSV_COLUMNS = [
    "position",
    "title",
    "url",
    "author",
    "author_url",
    "published",
    "kind",
    "language",
    "late",
    "quote",
]


@_in_parade_language
def export_csv(roundup: Roundup) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_COLUMNS)
    for e in export_data(roundup)["entries"]:
        row = [
            e["position"],
            e["title"],
            e["url"],
            e["author"]["name"],
            e["author"]["url"],
            e["published"],
            e["kind"],
            e["language"],
            e["late"],
            e["quote"],
        ]
        writer.writerow([_cell(v) for v in row])
    return buffer.getvalue()


def _block(name: str, html: str, attrs: dict[str, Any] | None = None) -> str:
    """One block of the WordPress block editor: its HTML between ``<!-- wp:NAME -->`` and
    ``<!-- /wp:NAME -->`` (attributes as JSON in the opening comment)."""
    attrs_json = (
        json.dumps(attrs, separators=(",", ":")) if attrs else ""
    )  # as WordPress writes them
    opening = f"<!-- wp:{name} {attrs_json} -->" if attrs else f"<!-- wp:{name} -->"
    return f"{opening}\n{html}\n<!-- /wp:{name} -->"


def _list_block(items: list[str], ordered: bool = False) -> str:
    tag = "ol" if ordered else "ul"
    inner = "".join(_block("list-item", f"<li>{item}</li>") for item in items)
    return _block(
        "list",
        f'<{tag} class="wp-block-list">{inner}</{tag}>',
        {"ordered": True} if ordered else None,
    )


def _intro_blocks(intro_html: str) -> list[str]:
    """The host's intro (sanitised HTML from Markdown) as blocks: paragraphs, headings, lists
    and quotes become their own blocks; anything else an HTML block."""
    import lxml.html

    if not intro_html.strip():
        return []
    blocks = []
    for element in lxml.html.fragments_fromstring(intro_html):
        if isinstance(element, str):
            if element.strip():
                blocks.append(_block("paragraph", format_html("<p>{}</p>", element.strip())))
            continue
        html = lxml.html.tostring(element, encoding="unicode").strip()
        if element.tag == "p":
            blocks.append(_block("paragraph", html))
        elif element.tag in ("h2", "h3", "h4"):
            level = int(element.tag[1])
            element.set("class", "wp-block-heading")
            html = lxml.html.tostring(element, encoding="unicode").strip()
            blocks.append(_block("heading", html, {"level": level} if level != 2 else None))
        elif element.tag in ("ul", "ol"):
            items = [
                lxml.html.tostring(li, encoding="unicode").strip()[4:-5]  # inside <li>…</li>
                for li in element.findall("li")
            ]
            blocks.append(_list_block(items, ordered=element.tag == "ol"))
        elif element.tag == "blockquote":
            inner = "".join(_intro_blocks("".join(
                lxml.html.tostring(child, encoding="unicode") for child in element
            )))  # fmt: skip
            blocks.append(
                _block("quote", f'<blockquote class="wp-block-quote">{inner}</blockquote>')
            )
        else:
            blocks.append(_block("html", html))
    return blocks


@_in_parade_language
def export_blocks(roundup: Roundup) -> str:
    """The roundup as WordPress block markup: pasted into the block editor (Code editor, or
    as it is into a post), every part is a block — paragraphs, headings, lists, quotes."""
    ctx = roundup_context(roundup)
    zone = _zone(roundup.parade)
    blocks = _intro_blocks(str(ctx["intro_html"]))
    blocks.append(_block("paragraph", format_html("<p>{}</p>", ctx["summary"])))
    entries = []
    for e in ctx["entries"]:
        c = e.contribution
        if not domain_of(c.url):
            continue
        author = _author(c)
        author_url = _author_url(c)
        item = format_html(
            '<a href="{}">{}</a> — {}, {}',
            c.url,
            c.display_title,
            format_html('<a href="{}">{}</a>', author_url, author)
            if domain_of(author_url)
            else author,
            _date(c, zone),
        )
        if e.quote.strip():
            item += format_html(
                ": <em>„{}“</em>" if roundup.parade.language == "de" else ": <em>“{}”</em>", e.quote
            )
        if e.note.strip():
            item += format_html(" {}", e.note)
        entries.append(str(item))
    if entries:
        blocks.append(
            _block(
                "heading", format_html('<h2 class="wp-block-heading">{}</h2>', _("Contributions"))
            )
        )
        blocks.append(_list_block(entries, ordered=True))
    if ctx["themes"]:
        blocks.append(
            _block("heading", format_html('<h2 class="wp-block-heading">{}</h2>', _("Themes")))
        )
        items = [
            str(
                format_html(
                    "<strong>{}</strong>: {}",
                    t["phrase"],
                    format_html_join(
                        ", ",
                        '<a href="{}">{}</a>',
                        ((x.contribution.url, x.contribution.display_title) for x in t["entries"]),
                    ),
                )
            )
            for t in ctx["themes"]
        ]
        blocks.append(_list_block(items))
    if ctx["cited_people"] or ctx["cited_sites"]:
        blocks.append(
            _block("heading", format_html('<h2 class="wp-block-heading">{}</h2>', _("Cited most")))
        )
        items = [
            str(format_html('<a href="{}">{}</a> ({})', p["url"], p["name"], p["count"]))
            for p in ctx["cited_people"]
            if domain_of(p["url"])
        ] + [str(format_html("{} ({})", s_["domain"], s_["count"])) for s_ in ctx["cited_sites"]]
        blocks.append(_list_block(items))
    if ctx["reading_items"]:
        blocks.append(
            _block(
                "heading", format_html('<h2 class="wp-block-heading">{}</h2>', _("Worth reading"))
            )
        )
        items = [
            str(
                format_html(
                    '<a href="{}">{}</a>{}',
                    item.url,
                    item.display_title,
                    format_html(" — {}", item.description) if item.description else "",
                )
            )
            for item in ctx["reading_items"]
            if domain_of(item.url)
        ]
        blocks.append(_list_block(items))
    if ctx["thanks"]:
        blocks.append(_block("paragraph", format_html("<p>{}</p>", ctx["thanks"])))
    return "\n\n".join(blocks) + "\n"


EXPORTS = {
    "md": export_markdown,
    "html": export_html,
    "wp": export_blocks,
    "json": export_json,
    "csv": export_csv,
}
EXPORT_TYPES = {
    "md": "text/markdown; charset=utf-8",
    "html": "text/html; charset=utf-8",
    "wp": "text/html; charset=utf-8",
    "json": "application/json",
    "csv": "text/csv; charset=utf-8",
}
# File names of the downloads: the block markup is HTML too.
EXPORT_SUFFIXES = {"wp": "wordpress.html"}


# --- publishing -------------------------------------------------------------------------


class NotOpenedYet(ValueError):
    """A parade that has not opened has nothing to round up."""


def publish_preview(roundup: Roundup) -> dict[str, Any]:
    """What publishing would do now: ``closes`` (the parade is still open and ends now),
    ``days_left`` before its deadline, ``linkbacks`` (Webmentions or Pingbacks to send) and
    ``participants`` (addresses that get the one "the roundup is out" email)."""
    parade = roundup.parade
    now = timezone.now()
    closes = parade.closes_at > now and not parade.rounded_up_at
    return {
        "closes": closes,
        "days_left": max(0, (parade.closes_at - now).days) if closes else 0,
        "linkbacks": roundup.entries.filter(notified_at__isnull=True, left_out=False).count(),
        "participants": 0 if roundup.published_at else len(participant_addresses(parade)),
    }


def participant_addresses(parade: Parade) -> list[str]:
    """The addresses participants left with their approved contributions, once each (not
    for contributions the host left out of the roundup)."""
    return sorted(
        {
            e.strip().lower()
            for e in parade.contributions.filter(status=Contribution.Status.APPROVED)
            .exclude(submitter_email="")
            .exclude(roundup_entries__left_out=True)
            .values_list("submitter_email", flat=True)
        }
    )


def publish_roundup(roundup: Roundup, *, queue: bool = True) -> Roundup:
    """Publish (idempotent): set ``published_at`` and ``parade.rounded_up_at`` once, then after
    commit queue :func:`notify_entry` for every entry not yet notified and, on the first
    publication only, :func:`email_participants`. Entries whose notification failed wait
    again (publishing again is the retry).

    ``queue=False``: nothing is queued; the caller sends them itself with
    :func:`send_notifications` (the CLI, which shows its progress).

    A parade still open is closed now (its deadline becomes this moment): a published roundup
    ends the parade, and its page says so without a countdown. Raises :class:`NotOpenedYet`
    for a parade that has not opened."""
    now = timezone.now()
    first = roundup.published_at is None
    parade = roundup.parade
    if parade.opens_at > now:
        raise NotOpenedYet(parade.slug)
    with transaction.atomic():
        if first:
            roundup.published_at = now
            roundup.save(update_fields=["published_at", "updated_at"])
        if not parade.rounded_up_at:
            parade.rounded_up_at = roundup.published_at
            parade.closes_at = min(parade.closes_at, roundup.published_at)
            parade.save(update_fields=["rounded_up_at", "closes_at", "updated_at"])
        waiting = roundup.entries.filter(notified_at__isnull=True, left_out=False)
        pending = list(waiting.values_list("pk", flat=True))
        waiting.update(notification="", notification_phrase=None)

        def enqueue() -> None:
            for pk in pending:
                notify_entry.enqueue(pk)
            if first:
                email_participants.enqueue(roundup.pk)

        if queue:
            transaction.on_commit(enqueue)
        if first:
            signals.roundup_published.send(sender=Roundup, parade=parade)
    return roundup


def send_notifications(
    roundup: Roundup,
    *,
    emails: bool = False,
    progress: Callable[[int, int, RoundupEntry], None] | None = None,
) -> dict[str, Any]:
    """Tell every waiting entry of a published roundup, here and now, one after the other
    (``publish_roundup(queue=False)`` left them waiting); ``progress(done, total, entry)``
    after each. ``emails``: also mail the participants (the first publication). Returns
    :func:`notification_status`."""
    waiting = list(
        roundup.entries.filter(notified_at__isnull=True, left_out=False).values_list(
            "pk", flat=True
        )
    )
    for done, pk in enumerate(waiting, 1):
        notify_entry.call(pk)
        if progress is not None:
            progress(
                done, len(waiting), RoundupEntry.objects.select_related("contribution").get(pk=pk)
            )
    if emails:
        email_participants.call(roundup.pk)
    return notification_status(roundup)


def notification_status(roundup: Roundup) -> dict[str, Any]:
    """How telling the contributions goes: ``total``, ``sent``, ``failed``, ``waiting``,
    ``done`` (nothing waits) and ``failures`` (the entries that failed, with their reason)."""
    entries = list(
        roundup.entries.filter(left_out=False)
        .select_related("contribution")
        .order_by("position", "pk")
    )
    counts = Counter(entry.notify_state for entry in entries)
    return {
        "published": roundup.published_at is not None,
        "total": len(entries),
        "sent": counts["sent"],
        "failed": counts["failed"],
        "waiting": counts["waiting"],
        "done": counts["waiting"] == 0,
        "failures": [entry for entry in entries if entry.notify_state == "failed"],
    }


def _record(entry: RoundupEntry, outcome: Any) -> None:
    """Keep the outcome on the entry and in the contribution's log. Only a sent linkback is
    final (``notified_at``); any failure stays open so that publishing again retries it."""
    line = describe_outcome(outcome)
    entry.notification = line.english()[:500]
    entry.notification_phrase = line.as_data()
    if outcome.ok:
        entry.notified_at = timezone.now()
    entry.save(update_fields=["notified_at", "notification", "notification_phrase"])
    ContributionEvent.write(
        entry.contribution,
        Phrase("roundup_notified", gettext_noop("Roundup: %(outcome)s"), outcome=line),
    )


@task()
def notify_entry(entry_id: int) -> None:
    """Tell one contribution it is in the published roundup: a Webmention, or a Pingback where
    that is all the site offers (both via :mod:`blogparade.fetch.send`). The outcome is kept
    on the entry (``notified_at``, ``notification``) and in the contribution's log."""
    entry = (
        RoundupEntry.objects.select_related("roundup__parade", "contribution")
        .filter(pk=entry_id)
        .first()
    )
    if entry is None or entry.notified_at or entry.left_out or entry.roundup.published_at is None:
        return
    from blogparade.fetch.send import send_linkback

    source, target = roundup_url(entry.roundup.parade), entry.contribution.url
    try:
        outcome = send_linkback(source, target, triggered_by=f"roundup:{entry.roundup.parade.slug}")
    except Exception as exc:  # the sender promises not to raise; if it does, keep it for the host
        log.warning("roundup linkback to %s failed", target, exc_info=True)
        problem = Phrase(
            "notify_error",
            gettext_noop("not notified: an error in blogparade (%(error)s)"),
            error=type(exc).__name__,
        )
        entry.notification = problem.english()[:500]
        entry.notification_phrase = problem.as_data()
        entry.save(update_fields=["notification", "notification_phrase"])
        return
    _record(entry, outcome)


def describe_outcome(outcome: Any) -> Phrase:
    """One line for the host from a :class:`blogparade.fetch.send.SendOutcome`."""
    protocol = {"webmention": "Webmention", "pingback": "Pingback"}.get(outcome.protocol, "")
    if outcome.ok:
        return Phrase(
            "linkback_sent",
            gettext_noop("%(protocol)s sent (HTTP %(status)s)."),
            protocol=protocol,
            status=outcome.status,
        )
    if outcome.endpoint is None:
        return Phrase("not_notified", gettext_noop("not notified: %(error)s"), error=outcome.error)
    return Phrase(
        "linkback_failed",
        gettext_noop("%(protocol)s failed: %(error)s"),
        protocol=protocol,
        error=outcome.error,
    )


@task()
def email_participants(roundup_id: int) -> None:
    """Email each participant who left an address (once per address) that the roundup is out.
    Addresses are never shown; each message goes to one recipient only."""
    roundup = Roundup.objects.select_related("parade").filter(pk=roundup_id).first()
    if roundup is None or roundup.published_at is None:
        return
    parade = roundup.parade
    addresses = participant_addresses(parade)
    with translation.override(parade.language):  # the parade's own message: its language
        subject = _("The roundup of “%(title)s” is out") % {"title": parade.title}
        body = _(
            "Hello,\n\nthank you for taking part in “%(title)s”. The roundup is published:\n"
            "%(url)s\n\n"
            "You receive this one message because you left your address with your contribution."
        ) % {"title": parade.title, "url": roundup_url(parade)}
    for address in addresses:
        try:
            send_mail(subject, body, None, [address])
        except Exception:  # one bad address must not stop the others
            log.warning("roundup email to a participant of %s failed", parade.slug, exc_info=True)


__all__ = [
    "EXPORTS",
    "draft_roundup",
    "email_participants",
    "export_csv",
    "export_html",
    "export_json",
    "export_markdown",
    "notify_entry",
    "publish_roundup",
    "roundup_context",
    "update_roundup",
]
