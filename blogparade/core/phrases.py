"""Sentences stored as codes with parameters, rendered in the language of whoever reads them.

A reason for a status, a line of a contribution's log or a mention's log is written by a
worker, a request in some visitor's language, or the CLI, and read later by a host in theirs.
Storing the sentence as text would freeze it in the writer's language (a German host read
"Grund: The host … could not be found."). So writers build a :class:`Phrase`:

    Phrase("http_status", gettext_noop("The page answered HTTP %(status)s."), status=503)

and the models store :meth:`Phrase.as_data`, a small JSON object::

    {"code": "http_status", "text": "The page answered HTTP %(status)s.", "params": {"status": 503}}

``code`` is stable and meant for machines (the API, tests); ``text`` is the catalogue's
message id, so :func:`render` translates it into the active language when the page, mail or
API answer is made. A parameter may itself be a phrase (``"Gone: %(reason)s"``), and is
rendered in the same language. A message id the catalogue no longer knows still renders (in
English), and rows written before phrases existed keep their plain text beside.

``str(phrase)`` renders in the active language, so a phrase can go wherever a sentence went
(an exception's message, a CLI line) without losing what it is.
"""

from __future__ import annotations

from typing import Any

from django.utils import translation


class Phrase:
    """One sentence: a stable ``code``, its English message id and its parameters."""

    __slots__ = ("code", "params", "text")

    def __init__(self, code: str, text: str, **params: Any) -> None:
        self.code = code
        self.text = str(text)
        self.params = params

    @classmethod
    def word(cls, text: str) -> Phrase:
        """A bare catalogue word used as a parameter ("unknown")."""
        return cls("", text)

    @classmethod
    def label(cls, label: object) -> Phrase:
        """A choice's label (the lazy catalogue string a ``TextChoices`` member keeps, such as
        a status's "approved") as a parameter: its message id is the label in English, the
        catalogue's source language, so it is read in English once and rendered in each
        reader's language later."""
        with translation.override("en"):
            return cls("", str(label))

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> Phrase:
        """The phrase stored as ``data`` (nested phrases stay data until rendered)."""
        return cls(data.get("code", ""), data["text"], **(data.get("params") or {}))

    @classmethod
    def join(cls, *parts: str | Phrase) -> Phrase:
        """Sentences one after the other ("Received through the form. It arrived late.");
        empty parts are left out."""
        kept = [part for part in parts if part]
        text = " ".join(f"%(p{i})s" for i in range(len(kept)))
        return cls("joined", text, **{f"p{i}": part for i, part in enumerate(kept)})

    def as_data(self) -> dict[str, Any]:
        """The JSON-able form the models store."""
        data: dict[str, Any] = {"code": self.code, "text": self.text}
        if self.params:
            data["params"] = {key: _param_data(value) for key, value in self.params.items()}
        return data

    def render(self) -> str:
        """This sentence in the active language."""
        return render(self.as_data())

    def english(self) -> str:
        """This sentence in English: the plain-text copy kept beside the code (logs, grep)."""
        with translation.override("en"):
            return self.render()

    def __str__(self) -> str:
        return self.render()

    def __repr__(self) -> str:
        return f"Phrase({self.code!r}, {self.params!r})"

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Phrase):
            return self.as_data() == other.as_data()
        return NotImplemented

    def __hash__(self) -> int:
        return hash((self.code, self.text))


def _param_data(value: Any) -> Any:
    if isinstance(value, Phrase):
        return value.as_data()
    if is_phrase_data(value):
        return value
    if value is None or isinstance(value, (int, float)):
        return value
    return str(value)


def is_phrase_data(value: Any) -> bool:
    return isinstance(value, dict) and isinstance(value.get("text"), str)


def render(data: Any, default: str = "") -> str:
    """The stored phrase ``data`` in the active language; ``default`` when there is none.

    Never raises: a parameter the (possibly newer) catalogue text does not expect, or one it
    misses, falls back to the English text with what can be filled in."""
    if not is_phrase_data(data):
        return default
    text = data["text"]
    params = {
        key: render(value) if is_phrase_data(value) else ("" if value is None else value)
        for key, value in (data.get("params") or {}).items()
    }
    translated = translation.gettext(text) if text else ""
    for candidate in (translated, text):
        try:
            return candidate % params if params else candidate
        except (KeyError, ValueError, TypeError):
            continue
    return text


def store(reason: str | Phrase | None) -> tuple[str, dict[str, Any] | None]:
    """``(plain text, phrase data)`` for a model's pair of fields: the English text of a
    phrase (so grep and old readers still see a sentence) and its data; a plain string is
    kept as it is, without data."""
    if isinstance(reason, Phrase):
        return reason.english(), reason.as_data()
    return str(reason or ""), None
