"""The directory's filters, tags and full-text search.

Full-text search runs on SQLite's FTS5 by default: the table ``parades_parade_fts`` (title,
question, call text, host name, tags; rowid = parade id) is created by the migration
``parade_search_index`` together with triggers that keep it in sync with parades, host
profiles and users, whatever writes them (ORM, bulk_create, raw SQL). ``blogparade reindex``
rebuilds it. On PostgreSQL (``settings.IS_POSTGRES``) the same fields are searched with
``to_tsvector('blogparade_fold', …)`` (``simple`` with ``unaccent`` in front, migration 0007)
backed by a GIN expression index; the host name through the users table. Both fold accents:
"gartner" finds "Gärtner".

Whatever a visitor types, no query ever reaches the database as syntax: input is reduced to
at most :data:`MAX_TERMS` words (letters and digits, any script), each searched as a quoted
term, the last one as a prefix — so quotes, ``NEAR``, ``OR``, ``*``, ``:`` and the like are
never operators, and nothing a visitor types can make the search fail.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from urllib.parse import urlencode

from django.db import connection
from django.db.models import F, Lookup, Q, QuerySet, TextField, Value
from django.utils.translation import gettext_lazy as _

from blogparade.parades.models import Parade, ParadeSearchEntry

MAX_QUERY_CHARS = 200
MAX_TERMS = 12
TAG_MAX_CHARS = 40
MAX_TAGS = 10
CLOSING_SOON = timedelta(days=7)

FTS_TABLE = "parades_parade_fts"
PG_CONFIG = "blogparade_fold"  # simple, with unaccent in front (migration 0007)
PG_INDEX_NAME = "parade_search_gin"
PG_FIELDS = ("title", "question", "call_text", "tags")
RANK_FIELDS = ("title", "question", "tags")

_WORD = re.compile(r"[^\W_]+")


# --- tags -----------------------------------------------------------------------------------


def normalise_tags(value: str | Iterable[str] | None) -> str:
    """Tags as stored: lower case, single spaces, no leading '#', no repeats, in the order
    given, at most :data:`MAX_TAGS` of at most :data:`TAG_MAX_CHARS` characters, joined by
    commas ("writing,slow living"). Accepts a comma-separated string or an iterable."""
    if value is None:
        return ""
    parts = value.split(",") if isinstance(value, str) else list(value)
    seen: list[str] = []
    for part in parts:
        tag = normalise_tag(part)
        if tag and tag not in seen:
            seen.append(tag)
        if len(seen) == MAX_TAGS:
            break
    return ",".join(seen)


def normalise_tag(value: str) -> str:
    """One tag as stored (see :func:`normalise_tags`); '' when nothing is left."""
    tag = _printable(unicodedata.normalize("NFKC", str(value))).replace(",", " ")
    tag = " ".join(tag.split()).lstrip("#").strip().lower()
    return tag[:TAG_MAX_CHARS].strip()


def _printable(text: str) -> str:
    """``text`` without control and other invisible format characters (NUL included, which
    PostgreSQL refuses in strings), each replaced by a space."""
    return "".join(" " if unicodedata.category(c)[0] == "C" else c for c in text)


# --- search terms ---------------------------------------------------------------------------


def search_terms(query: str) -> list[str]:
    """The words of a visitor's query: NFKC-normalised, cut to :data:`MAX_QUERY_CHARS`,
    letters and digits only (any script), at most :data:`MAX_TERMS`, repeats dropped."""
    text = unicodedata.normalize("NFKC", query or "")[:MAX_QUERY_CHARS].lower()
    terms: list[str] = []
    for word in _WORD.findall(text):
        if word not in terms:
            terms.append(word)
        if len(terms) == MAX_TERMS:
            break
    return terms


def fts5_query(terms: list[str]) -> str:
    """An FTS5 MATCH expression: every term quoted (never an operator), all required, the
    last one also matching as a prefix (``"slow" "morn"*``)."""
    quoted = ['"' + t.replace('"', '""') + '"' for t in terms]
    if quoted:
        quoted[-1] += "*"
    return " ".join(quoted)


def tsquery(terms: list[str]) -> str:
    """A PostgreSQL ``to_tsquery`` expression of the same meaning as :func:`fts5_query`."""
    quoted = ["'" + t.replace("'", "''").replace("\\", "") + "'" for t in terms]
    if quoted:
        quoted[-1] += ":*"
    return " & ".join(quoted)


# --- filters --------------------------------------------------------------------------------


STATE_CHOICES: list[tuple[str, object]] = [
    ("open", _("Open")),
    ("closing_soon", _("Closing within 7 days")),
    ("upcoming", _("Coming up")),
    ("closed", _("Closed or rounded up")),
    ("rounded_up", _("Rounded up")),
]
_STATES = {value for value, _label in STATE_CHOICES}


@dataclass(frozen=True)
class DirectoryFilters:
    """What a visitor asked the directory for; built by :meth:`from_query` from any input."""

    q: str = ""
    state: str = ""
    language: str = ""
    tag: str = ""

    @classmethod
    def from_query(cls, data: Mapping[str, str]) -> DirectoryFilters:
        """Read ``q``, ``state``, ``language`` and ``tag`` from GET parameters. Never raises:
        unknown states and languages are ignored, the query is cut to its allowed length."""
        q = " ".join(_printable(unicodedata.normalize("NFKC", str(data.get("q") or ""))).split())
        state = str(data.get("state") or "")
        language = str(data.get("language") or "")
        languages = {code for code, _label in Parade.Language.choices}
        return cls(
            q=q[:MAX_QUERY_CHARS],
            state=state if state in _STATES else "",
            language=language if language in languages else "",
            tag=normalise_tag(str(data.get("tag") or "")),
        )

    @property
    def active(self) -> bool:
        return bool(self.q or self.state or self.language or self.tag)

    @property
    def terms(self) -> list[str]:
        return search_terms(self.q)

    def querystring(self, page: int | None = None) -> str:
        """'?…' with the non-empty filters (and ``page`` when > 1), or '' when there are none."""
        params = [(k, v) for k, v in self.__dict__.items() if v]
        if page and page > 1:
            params.append(("page", str(page)))
        return "?" + urlencode(params) if params else ""

    def without(self, name: str) -> DirectoryFilters:
        return replace(self, **{name: ""})


def state_condition(state: str, now: datetime) -> Q:
    """The rows in a directory state (see :data:`STATE_CHOICES`); all rows for ''."""
    not_rounded = Q(rounded_up_at__isnull=True)
    open_now = not_rounded & Q(opens_at__lte=now, closes_at__gt=now)
    return {
        "open": open_now,
        "closing_soon": open_now & Q(closes_at__lte=now + CLOSING_SOON),
        "upcoming": not_rounded & Q(opens_at__gt=now),
        "closed": Q(rounded_up_at__isnull=False) | Q(closes_at__lte=now),
        "rounded_up": Q(rounded_up_at__isnull=False),
    }.get(state, Q())


def tag_condition(tag: str) -> Q:
    """Parades carrying exactly ``tag`` (already normalised) among their tags."""
    if not tag:
        return Q()
    return (
        Q(tags=tag)
        | Q(tags__startswith=tag + ",")
        | Q(tags__endswith="," + tag)
        | Q(tags__contains="," + tag + ",")
    )


def apply_filters(
    parades: QuerySet[Parade], filters: DirectoryFilters, now: datetime
) -> QuerySet[Parade]:
    """``parades`` narrowed by state, language and tag (not the text search)."""
    parades = parades.filter(state_condition(filters.state, now))
    if filters.language:
        parades = parades.filter(language=filters.language)
    return parades.filter(tag_condition(filters.tag))


# --- full-text search -----------------------------------------------------------------------


class FtsMatch(Lookup):
    """``<fts table column> MATCH <expression>`` (SQLite FTS5); registered on
    ``ParadeSearchEntry.document`` only, so the join to the index is an inner one."""

    lookup_name = "match"

    def as_sql(self, compiler, connection):  # type: ignore[no-untyped-def]
        lhs, lhs_params = self.process_lhs(compiler, connection)
        rhs, rhs_params = self.process_rhs(compiler, connection)
        return f"{lhs} MATCH {rhs}", [*lhs_params, *rhs_params]


ParadeSearchEntry._meta.get_field("document").register_lookup(FtsMatch)


def search(parades: QuerySet[Parade], terms: list[str]) -> QuerySet[Parade]:
    """``parades`` matching every term (the last as a prefix) in title, question, call
    text, host name or tags, annotated with ``search_rank`` (lower is more relevant).
    No terms: no rows. The database in use decides the engine (FTS5 or PostgreSQL)."""
    if not terms:
        return parades.none().annotate(search_rank=Value(0.0))
    if connection.vendor == "postgresql":
        return _search_postgres(parades, terms)
    return parades.filter(search_entry__document__match=fts5_query(terms)).annotate(
        search_rank=F("search_entry__rank")
    )


def pg_document():  # -> SearchVector; imported lazily: SQLite installs need no psycopg
    """The indexed document on PostgreSQL; the GIN index is built on this exact expression."""
    from django.contrib.postgres.search import SearchVector

    return SearchVector(*PG_FIELDS, config=PG_CONFIG)


def _search_postgres(parades: QuerySet[Parade], terms: list[str]) -> QuerySet[Parade]:
    from django.contrib.auth import get_user_model
    from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector
    from django.db.models.functions import Coalesce, Concat, NullIf

    query = SearchQuery(tsquery(terms), config=PG_CONFIG, search_type="raw")
    host_name = Coalesce(
        NullIf(F("host_profile__name"), Value("")),
        Concat(F("first_name"), Value(" "), F("last_name"), output_field=TextField()),
        output_field=TextField(),
    )
    hosts = (
        get_user_model()
        .objects.annotate(host_document=SearchVector(host_name, config=PG_CONFIG))
        .filter(host_document=query)
        .values("pk")
    )
    # Two id sets, each found through an index (the GIN index; the host's users), so the
    # document is computed only for the rows that match — never for the whole table.
    matching = (
        Parade.objects.annotate(search_document=pg_document())
        .filter(search_document=query)
        .values("pk")
    )
    # Ranked on the short fields only: re-reading every matching call text (up to 50,000
    # characters each) to rank it would cost more than the search itself.
    ranked = SearchVector(*RANK_FIELDS, config=PG_CONFIG)
    return parades.filter(Q(pk__in=matching) | Q(host_id__in=hosts)).annotate(
        search_rank=-SearchRank(ranked, query)
    )


HOST_NAME_SQL = (
    "(SELECT COALESCE(NULLIF((SELECT hp.name FROM parades_hostprofile hp "
    "WHERE hp.user_id = u.id), ''), TRIM(u.first_name || ' ' || u.last_name)) "
    "FROM {user_table} u WHERE u.id = {user_id})"
)


def rebuild_index() -> int:
    """Rebuild the full-text index from the parades table; return the number of parades.

    SQLite: empties and refills the FTS5 table, then merges its segments. PostgreSQL:
    ``REINDEX`` of the GIN index (the database keeps it current on its own)."""
    from django.contrib.auth import get_user_model

    count = Parade.objects.count()
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(f"REINDEX INDEX {PG_INDEX_NAME}")
            return count
        # Identifiers below are constants, never input.
        host = HOST_NAME_SQL.format(user_table=get_user_model()._meta.db_table, user_id="p.host_id")
        cursor.execute(f"DELETE FROM {FTS_TABLE}")  # noqa: S608
        cursor.execute(
            f"INSERT INTO {FTS_TABLE}(rowid, title, question, call_text, host, tags) "  # noqa: S608
            f"SELECT p.id, p.title, p.question, p.call_text, {host}, p.tags FROM parades_parade p"
        )
        cursor.execute(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('optimize')")  # noqa: S608
    return count
