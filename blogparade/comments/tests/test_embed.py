"""``GET /embed.js``: served, cacheable, small, and free of unsafe sinks."""

from __future__ import annotations

import gzip
import re

from blogparade.comments.embed import SCRIPT


def test_served_with_javascript_type_and_etag(client, db):
    response = client.get("/embed.js")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/javascript")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "max-age" in response["Cache-Control"]
    assert response.content == SCRIPT.read_bytes()
    again = client.get("/embed.js", HTTP_IF_NONE_MATCH=response["ETag"])
    assert again.status_code == 304


def test_post_not_allowed(client, db):
    assert client.post("/embed.js").status_code == 405


def test_at_most_15_kb_gzipped():
    assert len(gzip.compress(SCRIPT.read_bytes(), 9)) <= 15 * 1024


def test_no_unsafe_sinks():
    """Foreign text goes through textContent; the one HTML parse is DOMParser (inert)."""
    source = SCRIPT.read_text()
    code = re.sub(r"/\*.*?\*/", "", source, flags=re.S)
    assert "outerHTML" not in code and "insertAdjacentHTML" not in code
    assert "document.write" not in code and "eval(" not in code
    # The only innerHTML is on a textarea in an inert DOMParser document (entity decoding).
    assert code.count("innerHTML") == 1
    assert "t.innerHTML = s" in code


def test_both_languages_have_the_same_strings():
    source = SCRIPT.read_text()
    en = source.split("en: {", 1)[1].split("de: {", 1)[0]
    de = source.split("de: {", 1)[1].split("}[lang]", 1)[0]
    keys = lambda block: set(re.findall(r"(?:,|\n)\s*(\w+): \"", block))  # noqa: E731
    assert keys(en) == keys(de) and len(keys(en)) > 20
    assert "Gedanken zu" in de and "Ein Gedanke zu" in de
