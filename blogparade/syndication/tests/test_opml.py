"""OPML import: good files, and every bad file gives a clear error with nothing imported."""

import pytest

from blogparade.syndication import opml, watch
from blogparade.syndication.models import WatchedFeed
from blogparade.syndication.tests.factories import make_parade

GOOD = b"""<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0"><head><title>Blogroll</title></head><body>
  <outline text="Friends">
    <outline type="rss" text="Ann &lt;b&gt;" xmlUrl="https://ann.example/feed/" htmlUrl="https://ann.example/"/>
    <outline type="rss" text="Bob" xmlurl="https://bob.example/atom.xml"/>
  </outline>
  <outline text="Only a blog" htmlUrl="https://cid.example/"/>
  <outline text="dup" xmlUrl="https://ann.example/feed/"/>
  <outline text="bad scheme" xmlUrl="javascript:alert(1)"/>
  <outline text="file" xmlUrl="file:///etc/passwd"/>
</body></opml>"""


def test_parse_good_file():
    feeds = opml.parse_opml(GOOD)
    assert [(f.title, f.xml_url or f.html_url) for f in feeds] == [
        ("Ann <b>", "https://ann.example/feed/"),
        ("Bob", "https://bob.example/atom.xml"),
        ("Only a blog", "https://cid.example/"),
    ]


@pytest.mark.parametrize(
    ("data", "fragment"),
    [
        (b"", "empty"),
        (b"<opml><body><outline", "well-formed"),
        (b"\xff\xfe garbage \x00", "well-formed"),
        (b'<?xml version="1.0"?><rss version="2.0"><channel/></rss>', "not OPML"),
        (b"<opml><head/></opml>", "no <body>"),
        (b"<opml><body><outline text='no urls'/></body></opml>", "no feed"),
        (
            b'<?xml version="1.0"?><!DOCTYPE opml [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;">]>'
            b"<opml><body><outline text='&b;' xmlUrl='https://x.example/'/></body></opml>",
            "entities",
        ),
        (
            b'<?xml version="1.0"?><!DOCTYPE opml [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
            b"<opml><body><outline text='&x;' xmlUrl='https://x.example/'/></body></opml>",
            "entities",
        ),
        (b"<opml><body>" + b" " * opml.MAX_BYTES + b"</body></opml>", "too large"),
    ],
)
def test_bad_files_raise_clear_errors(data, fragment):
    with pytest.raises(opml.OPMLError) as info:
        opml.parse_opml(data)
    assert fragment in str(info.value)


def test_too_many_feeds():
    outlines = b"".join(
        b'<outline xmlUrl="https://f%d.example/"/>' % i for i in range(opml.MAX_FEEDS + 1)
    )
    with pytest.raises(opml.OPMLError, match="more than"):
        opml.parse_opml(b"<opml><body>" + outlines + b"</body></opml>")


@pytest.mark.django_db
def test_import_is_idempotent_and_all_or_nothing():
    parade = make_parade()
    assert watch.import_opml(parade, GOOD) == 3
    assert watch.import_opml(parade, GOOD) == 0
    assert WatchedFeed.objects.filter(parade=parade).count() == 3
    with pytest.raises(opml.OPMLError):
        watch.import_opml(parade, b"<opml><body><outline xmlUrl='https://new.example/'/>")
    assert WatchedFeed.objects.filter(parade=parade).count() == 3
