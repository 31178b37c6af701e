"""Akismet, only when the operator configures a key (``BLOGPARADE_AKISMET_KEY`` →
``settings.AKISMET_KEY``); without one nothing is ever sent to a third party.

:func:`check` asks Akismet's ``comment-check`` (``settings.AKISMET_URL``, default the real REST
endpoint) through blogparade's safe fetch client and answers ``"spam"``, ``"ham"`` or
``"unknown"``. Anything that goes wrong — network, timeout, the client's per-host limits, a
non-200 answer, ``invalid`` — is ``"unknown"``: the caller holds the comment for moderation,
so a failing Akismet never loses a comment and never lets one through unchecked. Commenter
data is sent only to the configured endpoint and never logged.
"""

from __future__ import annotations

import logging

from django.conf import settings

logger = logging.getLogger(__name__)

DEFAULT_URL = "https://rest.akismet.com/1.1/comment-check"
SPAM, HAM, UNKNOWN = "spam", "ham", "unknown"


def enabled() -> bool:
    return bool(settings.AKISMET_KEY)


def check(
    *,
    text: str,
    author: str = "",
    email: str = "",
    website: str = "",
    ip: str = "",
    user_agent: str = "",
    referrer: str = "",
    permalink: str = "",
    language: str = "",
) -> str:
    """Akismet's verdict on one comment: ``"spam"``, ``"ham"`` or ``"unknown"``."""
    from blogparade.fetch.client import FetchError, fetch

    url = settings.AKISMET_URL or DEFAULT_URL
    data = {
        "api_key": settings.AKISMET_KEY,
        "blog": settings.BASE_URL,
        "user_ip": ip,
        "user_agent": user_agent[:500],
        "referrer": referrer[:2000],
        "permalink": permalink,
        "comment_type": "comment",
        "comment_author": author,
        "comment_author_email": email,
        "comment_author_url": website,
        "comment_content": text,
        "blog_lang": language or settings.LANGUAGE_CODE,
        "blog_charset": "UTF-8",
    }
    timeout = float(settings.AKISMET_TIMEOUT)
    try:
        result = fetch(
            url,
            method="POST",
            data=data,
            timeout=timeout,
            max_bytes=10_000,
            follow_redirects=False,
            triggered_by="akismet",
        )
    except FetchError as exc:
        logger.warning("Akismet not reached (%s); comment held for moderation", type(exc).__name__)
        return UNKNOWN
    answer = result.content.strip().lower()
    if result.status == 200 and answer == b"true":
        return SPAM
    if result.status == 200 and answer == b"false":
        return HAM
    logger.warning(
        "Akismet answered %s %r (%s); comment held for moderation",
        result.status,
        answer[:40],
        result.headers.get("X-akismet-debug-help", ""),
    )
    return UNKNOWN
