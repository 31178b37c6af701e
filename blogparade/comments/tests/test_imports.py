"""``blogparade import isso|wordpress|disqus FILE``: threading, idempotency, hostile files."""

from __future__ import annotations

import sqlite3
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from blogparade.comments.models import Comment, Thread
from blogparade.comments.tests.conftest import assert_inert
from blogparade.core.models import RegisteredSite

BLOG = "https://blog.example"


def isso_db(path, rows=None):
    con = sqlite3.connect(path)
    con.executescript(
        """
        CREATE TABLE threads (id INTEGER PRIMARY KEY, uri VARCHAR(256) UNIQUE, title VARCHAR(256));
        CREATE TABLE comments (tid REFERENCES threads(id), id INTEGER PRIMARY KEY,
            parent INTEGER, created FLOAT NOT NULL, modified FLOAT, mode INTEGER,
            remote_addr VARCHAR, text VARCHAR, author VARCHAR, email VARCHAR, website VARCHAR,
            likes INTEGER DEFAULT 0, dislikes INTEGER DEFAULT 0, voters BLOB NOT NULL,
            notification INTEGER);
        INSERT INTO threads VALUES (1, '/2024/hello/', 'Hello'), (2, '/about/', NULL);
        """
    )
    rows = rows or [
        (
            1,
            1,
            None,
            1700000000.0,
            None,
            1,
            "192.168.1.0",
            "First *post*",
            "Ada",
            "ada@x.org",
            "https://ada.example",
            2,
            0,
        ),
        (1, 2, 1, 1700000100.0, 1700000200.0, 1, "192.168.1.0", "A reply", "Bob", None, None, 0, 0),
        (1, 3, None, 1700000300.0, None, 2, "10.0.0.0", "Held", "Cy", "cy@x.org", "", 0, 0),
        (
            2,
            4,
            None,
            1700000400.0,
            None,
            1,
            "",
            "[x](javascript:alert(1))",
            "<img src=x onerror=alert(1)>",
            "",
            "javascript:alert(1)",
            0,
            0,
        ),
    ]
    con.executemany("INSERT INTO comments VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,x'',0)", rows)
    con.commit()
    con.close()
    return path


WXR = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
  <title>My blog</title><link>https://blog.example</link>
  <wp:base_blog_url>https://blog.example</wp:base_blog_url>
  <item>
    <title>Why I blog</title>
    <link>https://blog.example/2024/why-i-blog/</link>
    <wp:post_id>7</wp:post_id><wp:post_type>post</wp:post_type>
    <wp:comment>
      <wp:comment_id>11</wp:comment_id>
      <wp:comment_author><![CDATA[Ann]]></wp:comment_author>
      <wp:comment_author_email>ann@example.net</wp:comment_author_email>
      <wp:comment_author_url>https://ann.example/</wp:comment_author_url>
      <wp:comment_author_IP>203.0.113.9</wp:comment_author_IP>
      <wp:comment_date>2024-03-01 10:00:00</wp:comment_date>
      <wp:comment_date_gmt>2024-03-01 09:00:00</wp:comment_date_gmt>
      <wp:comment_content><![CDATA[Great <strong>post</strong>!

Second para <script>alert(1)</script><a href="javascript:alert(2)">x</a>]]></wp:comment_content>
      <wp:comment_approved>1</wp:comment_approved>
      <wp:comment_type>comment</wp:comment_type>
      <wp:comment_parent>0</wp:comment_parent>
    </wp:comment>
    <wp:comment>
      <wp:comment_id>12</wp:comment_id>
      <wp:comment_author><![CDATA[Hanna]]></wp:comment_author>
      <wp:comment_author_email>h@blog.example</wp:comment_author_email>
      <wp:comment_author_url></wp:comment_author_url>
      <wp:comment_date_gmt>2024-03-01 11:00:00</wp:comment_date_gmt>
      <wp:comment_content><![CDATA[Thanks, Ann]]></wp:comment_content>
      <wp:comment_approved>1</wp:comment_approved>
      <wp:comment_type></wp:comment_type>
      <wp:comment_parent>11</wp:comment_parent>
    </wp:comment>
    <wp:comment>
      <wp:comment_id>13</wp:comment_id>
      <wp:comment_author><![CDATA[Other blog]]></wp:comment_author>
      <wp:comment_author_url>https://other.example/answer/</wp:comment_author_url>
      <wp:comment_date_gmt>2024-03-02 11:00:00</wp:comment_date_gmt>
      <wp:comment_content><![CDATA[[...] I answered [...]]]></wp:comment_content>
      <wp:comment_approved>1</wp:comment_approved>
      <wp:comment_type>pingback</wp:comment_type>
      <wp:comment_parent>0</wp:comment_parent>
    </wp:comment>
    <wp:comment>
      <wp:comment_id>14</wp:comment_id>
      <wp:comment_author><![CDATA[Trash]]></wp:comment_author>
      <wp:comment_date_gmt>2024-03-02 11:00:00</wp:comment_date_gmt>
      <wp:comment_content><![CDATA[gone]]></wp:comment_content>
      <wp:comment_approved>trash</wp:comment_approved>
      <wp:comment_parent>0</wp:comment_parent>
    </wp:comment>
  </item>
</channel>
</rss>
"""

DISQUS = """<?xml version="1.0" encoding="utf-8"?>
<disqus xmlns="http://disqus.com" xmlns:dsq="http://disqus.com/disqus-internals">
  <thread dsq:id="100"><link>https://blog.example/a/</link><title>A</title></thread>
  <post dsq:id="201">
    <message><![CDATA[<p>Hello <em>there</em></p><img src=x onerror=alert(1)>]]></message>
    <createdAt>2020-01-02T03:04:05Z</createdAt>
    <isDeleted>false</isDeleted><isSpam>false</isSpam>
    <author><email>d@example.net</email><name>Dee</name></author>
    <thread dsq:id="100"/>
  </post>
  <post dsq:id="202">
    <message><![CDATA[<p>Reply</p>]]></message>
    <createdAt>2020-01-02T04:04:05Z</createdAt>
    <isDeleted>false</isDeleted><isSpam>false</isSpam>
    <author><email>e@example.net</email><name>Eve</name></author>
    <thread dsq:id="100"/><parent dsq:id="201"/>
  </post>
  <post dsq:id="203">
    <message><![CDATA[buy pills]]></message>
    <createdAt>2020-01-03T04:04:05Z</createdAt>
    <isDeleted>false</isDeleted><isSpam>true</isSpam>
    <author><name>Spammer</name></author>
    <thread dsq:id="100"/>
  </post>
</disqus>
"""


def run(*args: str) -> tuple[str, str]:
    out, err = StringIO(), StringIO()
    call_command("bp_import", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


@pytest.fixture
def blog(db):
    return RegisteredSite.objects.create(origin=BLOG)


def test_isso_import_keeps_threads_threading_and_sanitises(blog, tmp_path):
    db = isso_db(tmp_path / "comments.db")
    out, err = run("isso", str(db), "--site", BLOG)
    assert "comments: 4 new" in out and "threads: 2 new" in out
    assert "4/4" in err
    thread = Thread.objects.get(site=BLOG, path="/2024/hello/")
    assert thread.title == "Hello"
    first, reply, held = thread.comments.order_by("created")
    assert first.text_html == "<p>First <em>post</em></p>" and first.likes == 2
    assert reply.parent_id == first.pk and reply.modified is not None
    assert held.status == Comment.Status.PENDING
    assert first.ip == "" and first.email == "ada@x.org"
    hostile = Comment.objects.get(thread__path="/about/")
    assert_inert(hostile.text_html)
    assert "<a" not in hostile.text_html and hostile.website == ""


def test_isso_import_is_idempotent(blog, tmp_path):
    db = isso_db(tmp_path / "comments.db")
    run("isso", str(db), "--site", BLOG)
    out, _err = run("isso", str(db), "--site", BLOG)
    assert "comments: 0 new" in out and "already imported: 4" in out
    assert Comment.objects.count() == 4 and Thread.objects.count() == 2


def test_isso_import_visible_through_isso_api(blog, tmp_path, client):
    run("isso", str(isso_db(tmp_path / "c.db")), "--site", BLOG)
    body = client.get("/isso/?uri=/2024/hello/", HTTP_ORIGIN=BLOG).json()
    assert body["total_replies"] == 2
    assert body["replies"][0]["replies"][0]["text"] == "<p>A reply</p>"


def test_wordpress_import(blog, tmp_path, parade):
    f = tmp_path / "export.xml"
    f.write_text(WXR)
    out, _err = run("wordpress", str(f))
    assert "comments: 2 new" in out and "mentions: 1 new" in out
    thread = Thread.objects.get(site=BLOG, path="/2024/why-i-blog/")
    assert thread.title == "Why I blog"
    ann, hanna = thread.comments.order_by("created")
    assert hanna.parent_id == ann.pk
    assert ann.author == "Ann" and ann.website == "https://ann.example/"
    assert ann.created.isoformat() == "2024-03-01T09:00:00+00:00"
    assert "<strong>post</strong>" in ann.text_html and "<p>Second para" in ann.text_html
    assert_inert(ann.text_html)
    assert "javascript" not in ann.text_html
    from blogparade.linkbacks.models import Mention

    mention = Mention.objects.get()
    assert mention.source == "https://other.example/answer/"
    assert mention.target == BLOG + "/2024/why-i-blog/"
    assert mention.protocol == Mention.Protocol.PINGBACK
    out, _err = run("wordpress", str(f))
    assert "comments: 0 new" in out and "mentions: 0 new" in out
    assert Comment.objects.count() == 2 and Mention.objects.count() == 1


def test_unregistered_site_is_noted(db, tmp_path):
    f = tmp_path / "export.xml"
    f.write_text(WXR)
    _out, err = run("wordpress", str(f))
    assert "blogparade site add https://blog.example" in err


def test_disqus_import(blog, tmp_path):
    f = tmp_path / "disqus.xml"
    f.write_text(DISQUS)
    out, _err = run("disqus", str(f))
    assert "comments: 3 new" in out
    dee, eve, spam = Comment.objects.order_by("created")
    assert dee.thread.site == BLOG and dee.thread.path == "/a/"
    assert eve.parent_id == dee.pk
    assert spam.status == Comment.Status.SPAM
    assert dee.text_html == "<p>Hello <em>there</em></p>"
    out, _err = run("disqus", str(f))
    assert "comments: 0 new" in out and Comment.objects.count() == 3


BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<rss xmlns:wp="http://wordpress.org/export/1.2/"><channel><item><title>&lol3;</title></item></channel></rss>
"""
XXE = """<?xml version="1.0"?>
<!DOCTYPE d [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<disqus><thread><link>&xxe;</link></thread></disqus>
"""


@pytest.mark.parametrize(
    ("fmt", "content", "needle"),
    [
        ("wordpress", BILLION_LAUGHS, "DTD"),
        ("disqus", XXE, "DTD"),
        ("wordpress", "this is not xml <", "not well-formed"),
        ("wordpress", DISQUS, "not a WordPress export"),
        ("disqus", WXR, "not a Disqus export"),
        ("isso", "not a database at all, just text" * 100, "not an Isso database"),
        (
            "disqus",
            DISQUS.replace('<thread dsq:id="100"/><parent', '<thread dsq:id="9"/><parent'),
            "no known thread",
        ),
    ],
)
def test_hostile_or_malformed_files_import_nothing(blog, tmp_path, fmt, content, needle):
    f = tmp_path / "in.file"
    f.write_text(content)
    with pytest.raises(CommandError) as exc:
        run(fmt, str(f))
    message = str(exc.value)
    assert needle in message and "nothing imported" in message and "\n" not in message
    assert Comment.objects.count() == 0 and Thread.objects.count() == 0


def test_wrong_schema_sqlite(blog, tmp_path):
    f = tmp_path / "other.db"
    con = sqlite3.connect(f)
    con.execute("CREATE TABLE posts (id INTEGER)")
    con.close()
    with pytest.raises(CommandError, match="not an Isso database"):
        run("isso", str(f))


def test_missing_file(db, tmp_path):
    with pytest.raises(CommandError, match="no such file"):
        run("isso", str(tmp_path / "nope.db"))


def test_failure_midway_rolls_back(blog, tmp_path):
    """A bad row after good ones: nothing from the file is kept."""
    rows = [
        (1, 1, None, 1700000000.0, None, 1, "", "good", "Ada", "", "", 0, 0),
        (1, 2, None, "not-a-time", None, 1, "", "bad", "Bob", "", "", 0, 0),
    ]
    db = isso_db(tmp_path / "c.db", rows)
    with pytest.raises(CommandError):
        run("isso", str(db), "--site", BLOG)
    assert Comment.objects.count() == 0


def test_cli_exit_status_and_one_line(db, tmp_path, capsys):
    from blogparade.cli import main

    f = tmp_path / "x.xml"
    f.write_text(BILLION_LAUGHS)
    assert main(["import", "wordpress", str(f)]) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "nothing imported" in err


def test_wordpress_post_comments_onto_a_call(db, tmp_path, parade):
    """``import wordpress FILE --post URL --into SLUG``: one post's comments, threaded, with
    their authors and dates, in the call page's thread; again, nothing new."""
    f = tmp_path / "export.xml"
    f.write_text(WXR)
    out, _err = run("wordpress", str(f), "--post", BLOG + "/2024/why-i-blog", "--into", parade.slug)
    assert "comments: 2 new" in out
    thread = Thread.objects.get(site="", path=f"/p/{parade.slug}/")
    assert thread.parade == parade
    ann, hanna = thread.comments.order_by("created")
    assert hanna.parent_id == ann.pk and ann.author == "Ann"
    assert ann.created.isoformat() == "2024-03-01T09:00:00+00:00"
    assert not Thread.objects.filter(site=BLOG).exists()
    out, _err = run(
        "wordpress", str(f), "--post", BLOG + "/2024/why-i-blog/", "--into", parade.slug
    )
    assert "comments: 0 new" in out


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["--post", BLOG + "/2024/why-i-blog/", "--into", "no-such-parade"], "no parade"),
        (["--post", BLOG + "/not-in-the-export/", "--into", "{slug}"], "no comments on"),
        (["--post", BLOG + "/2024/why-i-blog/"], "go together"),
    ],
)
def test_wordpress_onto_a_call_says_what_is_wrong(db, tmp_path, parade, args, needle):
    f = tmp_path / "export.xml"
    f.write_text(WXR)
    args = [a.replace("{slug}", parade.slug) for a in args]
    with pytest.raises(CommandError, match=needle):
        run("wordpress", str(f), *args)
    assert not Comment.objects.exists()
