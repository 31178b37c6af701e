"""A parade's public contributions as HTML items, written in Python rather than with the
template engine (50 items cost it some 30 ms; see :mod:`blogparade.comments.listing` for the
same reasoning). The markup is what ``parades/_contribution_list.html`` printed per item.
Everything from another site is escaped here; URLs pass :func:`safe_url`."""

from __future__ import annotations

from collections.abc import Iterable
from html import escape  # the same as Django's, without its lazy-string wrapper

from django.utils import formats, timezone
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import Truncator
from django.utils.translation import gettext as _

from blogparade.contributions.models import Contribution
from blogparade.core.dates import DateFormatter
from blogparade.parades.templatetags.parade_tags import safe_url

SUMMARY_WORDS = 60


def render_items(contributions: Iterable[Contribution]) -> SafeString:
    """The ``<li>`` of each contribution of the public list."""
    late = escape(_("late"))
    zone = timezone.get_current_timezone()
    date = DateFormatter(formats.get_format("DATE_FORMAT"))
    kinds: dict[str, str] = {}
    out: list[str] = []
    for c in contributions:
        lang = f' lang="{escape(c.language)}"' if c.language else ""
        out.append(
            f'\n    <li class="contribution h-cite"{lang}>\n'
            f'      <h3 class="contribution__title"><a class="p-name u-url" '
            f'href="{escape(safe_url(c.url))}" rel="nofollow ugc">{escape(c.display_title)}</a></h3>\n'
            '      <p class="meta">\n        '
        )
        author = c.author_name or c.submitter_name
        if author:
            link = safe_url(c.author_url)
            name = (
                f'<a class="p-name u-url" href="{escape(link)}" rel="nofollow ugc">{escape(author)}</a>'
                if link
                else f'<span class="p-name">{escape(author)}</span>'
            )
            out.append(f'<span class="p-author h-card">{name}</span>')
        out.append("\n        ")
        if c.published:
            local = (
                timezone.localtime(c.published, zone)
                if timezone.is_aware(c.published)
                else c.published
            )
            shown = escape(date(local))
            out.append(f'<time class="dt-published" datetime="{local.isoformat()}">{shown}</time>')
        kind = kinds.get(c.kind)
        if kind is None:
            kind = kinds[c.kind] = escape(c.get_kind_display())
        out.append(f'\n        <span class="kind kind--{escape(c.kind)}">{kind}</span>\n        ')
        if c.late:
            out.append(f'<span class="badge badge--late">{late}</span>')
        out.append("\n      </p>\n      ")
        if c.summary:
            summary = Truncator(c.summary).words(SUMMARY_WORDS, truncate=" …")
            out.append(f'<p class="p-summary contribution__summary">{escape(summary)}</p>')
        out.append("\n    </li>\n    ")
    return mark_safe("".join(out))  # every foreign value above is escaped
