"""The errors of the safe client (re-exported by :mod:`blogparade.fetch.client`).

Every error carries ``reason``: one human sentence, translated into the active language,
that is safe to show to a host (it never contains response bodies or internal addresses
beyond what the user typed). ``phrase`` is the same sentence as a
:class:`~blogparade.core.phrases.Phrase` (None when it was given as plain text), for callers
that store it: a host reads it later in their own language.
"""

from __future__ import annotations

from blogparade.core.phrases import Phrase


class FetchError(Exception):
    """A fetch did not produce a response. ``reason`` says why in one sentence."""

    def __init__(self, reason: str | Phrase) -> None:
        super().__init__(str(reason))
        self.phrase = reason if isinstance(reason, Phrase) else None
        self.reason = str(reason)


class BlockedAddress(FetchError):
    """The URL names a private/loopback/reserved address, or a scheme other than http(s)."""


class FetchTimeout(FetchError):
    """Connecting, reading or the whole exchange took longer than allowed."""


class TooLarge(FetchError):
    """The body exceeded ``max_bytes`` (only raised when ``truncate=False``)."""


class TooManyRedirects(FetchError):
    """More redirects than ``max_redirects``, or a redirect without a usable Location."""


class ConnectionFailed(FetchError):
    """DNS failure, connection refused or reset, TLS failure, protocol error."""


class BadContentType(FetchError):
    """The response's content type is not one of those the caller accepts."""


class RateLimited(FetchError):
    """Our own per-host limit, or the site answered 429. ``retry_after`` in seconds or None;
    ``status`` is 429 when the site said so, None when the limit is ours."""

    def __init__(
        self, reason: str | Phrase, retry_after: float | None = None, status: int | None = None
    ) -> None:
        super().__init__(reason)
        self.retry_after = retry_after
        self.status = status
