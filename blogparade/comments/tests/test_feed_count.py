import json

import pytest

from .conftest import XSS, assert_inert, make_comment


def test_thread_feed(client, thread):
    make_comment(thread, text="*hello*", email="nobody-sees@example.net")
    make_comment(thread, text="held", status="pending")
    r = client.get("/comments/feed/?uri=/p/slow-web/")
    body = r.content.decode()
    assert r.status_code == 200 and r["Content-Type"].startswith("application/atom+xml")
    assert "&lt;em&gt;hello&lt;/em&gt;" in body and "held" not in body and "nobody-sees" not in body


def test_feed_unknown_thread_404(client, db):
    assert client.get("/comments/feed/?uri=/nope/").status_code == 404


def test_counts_many_pages(client, thread):
    make_comment(thread)
    make_comment(thread)
    make_comment(thread, status="pending")
    r = client.post(
        "/comments/count", json.dumps(["/p/slow-web/", "/other/"]), content_type="application/json"
    )
    assert r.json() == [2, 0]


@pytest.mark.parametrize("payload", XSS)
def test_xss_inert_in_feed(client, thread, payload):
    from defusedxml import ElementTree

    from blogparade.comments.render import clean_line

    make_comment(thread, text=payload, author=clean_line(payload))
    raw = client.get("/comments/feed/?uri=/p/slow-web/").content
    assert b"<script" not in raw and b"<svg" not in raw  # names are escaped text in the XML
    root = ElementTree.fromstring(raw)
    ns = "{http://www.w3.org/2005/Atom}"
    entry = root.find(f"{ns}entry")
    # The HTML a feed reader would render.
    assert_inert(entry.find(f"{ns}summary").text or "")
