"""Phrases: sentences stored as a code, a message id and parameters, rendered in whichever
language is active when they are read."""

from __future__ import annotations

import json

from django.utils import translation
from django.utils.translation import gettext_noop

from blogparade.core import phrases
from blogparade.core.phrases import Phrase


def gone(status: int) -> Phrase:
    return Phrase(
        "gone",
        gettext_noop("Gone: %(reason)s"),
        reason=Phrase("page_missing", gettext_noop("The page answered %(status)s."), status=status),
    )


def test_stored_as_json_with_its_code_and_rendered_per_language():
    data = json.loads(json.dumps(gone(410).as_data()))  # what a JSONField gives back
    assert data["code"] == "gone"
    assert data["params"]["reason"]["code"] == "page_missing"
    with translation.override("en"):
        assert phrases.render(data) == "Gone: The page answered 410."
    with translation.override("de"):
        german = phrases.render(data)
    assert german != "Gone: The page answered 410."
    assert "410" in german and "Gone" not in german


def test_str_follows_the_active_language_and_english_is_always_english():
    phrase = Phrase("no_link", gettext_noop("The page does not link to the call."))
    with translation.override("de"):
        assert str(phrase) == "Die Seite verlinkt nicht auf den Aufruf."
        assert phrase.english() == "The page does not link to the call."


def test_store_gives_english_text_beside_the_data_and_keeps_plain_text_as_it_is():
    text, data = phrases.store(gone(404))
    assert text == "Gone: The page answered 404."
    assert data == gone(404).as_data()
    assert phrases.store("the host's own words") == ("the host's own words", None)
    assert phrases.render(None, "an old row's text") == "an old row's text"


def test_a_stored_phrase_comes_back_whole():
    again = Phrase.from_data(gone(404).as_data())
    assert again == gone(404)
    assert again.as_data() == gone(404).as_data()


def test_joined_sentences_leave_out_empty_parts():
    joined = Phrase.join(
        Phrase("arrived_late", gettext_noop("It arrived after the deadline.")), "", "Thanks."
    )
    with translation.override("en"):
        assert str(joined) == "It arrived after the deadline. Thanks."
    with translation.override("de"):
        assert str(joined).endswith(" Thanks.")
        assert not str(joined).startswith("It arrived")


def test_a_changed_catalogue_never_breaks_a_page():
    # a parameter the text no longer names, or one it names that was never stored
    missing = {"code": "x", "text": "Fetched %(url)s: HTTP %(status)s", "params": {"url": "u"}}
    assert phrases.render(missing) == "Fetched %(url)s: HTTP %(status)s"
    assert phrases.render({"code": "x", "text": "Plain.", "params": {"extra": 1}}) == "Plain."
    assert phrases.render({"nonsense": True}, "fallback") == "fallback"


def test_a_choices_label_is_kept_as_its_message_id_whatever_language_is_active():
    from blogparade.contributions.models import Contribution

    with translation.override("de"):
        word = Phrase.label(Contribution.Status.APPROVED.label)
    assert word.text == "approved"
    with translation.override("de"):
        assert str(word) == str(Contribution.Status.APPROVED.label)
        assert str(word) != "approved"
