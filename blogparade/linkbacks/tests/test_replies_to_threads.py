"""A verified reply to a call becomes a comment in the call's thread (and leaves it when the
reply is deleted), through the real receiver, verifier and comments app."""

from __future__ import annotations

import pytest

from blogparade.comments.models import Comment
from blogparade.comments.services import public_tree
from blogparade.contributions.models import Contribution
from blogparade.linkbacks.models import Mention

pytestmark = pytest.mark.django_db

# A microformats2 reply as an IndieWeb site (or WordPress with the Webmention plugin and a
# microformats theme) publishes it: an h-entry with u-in-reply-to and its own e-content.
MF2_REPLY = """<!doctype html><html lang="en"><head><title>Re: the call</title></head><body>
<article class="h-entry">
  <p><a class="u-in-reply-to" href="{target}">In reply to the call</a></p>
  <span class="p-author h-card"><img class="u-photo" src="https://rhea.example/me.jpg" alt="">
    <a class="u-url p-name" href="https://rhea.example/">Rhea Replier</a></span>
  <time class="dt-published" datetime="2026-12-01T10:00:00+00:00">1 Dec</time>
  <div class="e-content p-name"><p>What a good question! I will answer it on Sunday.
  <script>alert(1)</script><b onclick="x()">Promise.</b></p></div>
</article></body></html>"""

# A WordPress post with the Webmention and Microformats 2 plugins: classic classes beside the
# microformats2 ones, and a u-in-reply-to link inside the post.
WP_REPLY = """<!doctype html><html lang="de"><head><title>Antwort | Blog</title></head><body>
<div id="content"><article class="post hentry h-entry">
<h1 class="entry-title p-name">Antwort auf die Blogparade</h1>
<span class="author vcard p-author h-card"><a class="url fn n u-url p-name"
   href="https://wp.example/">Wilma Press</a></span>
<div class="entry-content e-content"><p>Als Antwort auf
<a class="u-in-reply-to" href="{target}">den Aufruf</a>: Ich bin dabei und schreibe bald.</p>
</div></article></div></body></html>"""


def send(client, source, target):
    response = client.post("/webmention", {"source": source, "target": target})
    assert response.status_code == 201, response.content
    return Mention.objects.get(source=source)


def thread_comments(parade):
    return list(Comment.objects.filter(thread__path=f"/p/{parade.slug}/"))


@pytest.mark.parametrize("page", [MF2_REPLY, WP_REPLY], ids=["microformats2", "wordpress"])
def test_a_verified_reply_appears_in_the_calls_thread(client, httpserver, parade, target, page):
    httpserver.expect_request("/reply").respond_with_data(
        page.format(target=target), content_type="text/html"
    )
    mention = send(client, httpserver.url_for("/reply"), target)
    assert mention.type == Mention.Type.REPLY
    assert mention.status == Mention.Status.VERIFIED

    [comment] = thread_comments(parade)
    assert comment.kind == "webmention"
    assert comment.author in ("Rhea Replier", "Wilma Press")
    assert comment.website in ("https://rhea.example/", "https://wp.example/")
    assert comment.email == ""
    assert "<script" not in comment.text_html and "onclick" not in comment.text_html
    assert httpserver.url_for("/reply") in comment.text_html  # a link to the original
    assert comment.status == Comment.Status.PENDING  # moderated like any comment
    assert not Contribution.objects.exists()  # a reply is conversation, not an answer


def test_without_moderation_the_reply_is_public_at_once(
    client, httpserver, parade, target, settings
):
    settings.MODERATION = False
    httpserver.expect_request("/reply").respond_with_data(
        MF2_REPLY.format(target=target), content_type="text/html"
    )
    send(client, httpserver.url_for("/reply"), target)
    thread = Comment.objects.get().thread
    _nodes, total = public_tree(thread)
    assert total == 1
    assert "I will answer it on Sunday" in Comment.objects.get().text_html


def test_a_resent_reply_updates_its_comment_and_a_deleted_one_leaves(
    client, httpserver, parade, target
):
    source = httpserver.url_for("/reply")
    httpserver.expect_oneshot_request("/reply").respond_with_data(
        MF2_REPLY.format(target=target), content_type="text/html"
    )
    send(client, source, target)
    changed = MF2_REPLY.replace("I will answer it on Sunday", "I answered it today")
    httpserver.expect_oneshot_request("/reply").respond_with_data(
        changed.format(target=target), content_type="text/html"
    )
    send(client, source, target)
    [comment] = thread_comments(parade)
    assert "I answered it today" in comment.text_html

    httpserver.expect_oneshot_request("/reply").respond_with_data("", status=410)
    mention = send(client, source, target)
    assert mention.status == Mention.Status.GONE
    assert thread_comments(parade) == []


def test_pingback_and_webmention_of_the_same_reply_make_one_comment(
    client, httpserver, parade, target
):
    import xmlrpc.client

    source = httpserver.url_for("/reply")
    httpserver.expect_request("/reply").respond_with_data(
        MF2_REPLY.format(target=target), content_type="text/html"
    )
    send(client, source, target)
    body = xmlrpc.client.dumps((source, target), "pingback.ping")
    response = client.post("/xmlrpc", body, content_type="text/xml")
    assert response.status_code == 200
    assert len(thread_comments(parade)) == 1


def _png(width: int = 200, height: int = 200) -> bytes:
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (width, height), (200, 80, 40)).save(out, format="PNG")
    return out.getvalue()


def test_the_repliers_photo_is_a_local_copy_never_the_other_sites(
    client, httpserver, parade, target, settings, tmp_path
):
    settings.MEDIA_ROOT = str(tmp_path)
    settings.MODERATION = False
    photo = httpserver.url_for("/me.png")
    httpserver.expect_request("/me.png").respond_with_data(_png(), content_type="image/png")
    httpserver.expect_request("/reply").respond_with_data(
        MF2_REPLY.format(target=target).replace("https://rhea.example/me.jpg", photo),
        content_type="text/html",
    )
    send(client, httpserver.url_for("/reply"), target)
    [comment] = thread_comments(parade)
    assert comment.author_photo.startswith(settings.MEDIA_URL + "remote-avatars/")
    copy = tmp_path / "remote-avatars" / comment.author_photo.rsplit("/", 1)[1]
    from PIL import Image

    with Image.open(copy) as image:
        assert image.format == "PNG" and max(image.size) <= 96
    page = client.get(f"/p/{parade.slug}/").content.decode()
    assert comment.author_photo in page
    assert photo not in page  # readers never ask the other site


def test_a_like_shows_a_local_face(client, httpserver, parade, target, settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path)
    photo = httpserver.url_for("/fan.png")
    httpserver.expect_request("/fan.png").respond_with_data(_png(), content_type="image/png")
    like = (
        f'<html><body><div class="h-entry"><a class="u-like-of" href="{target}">liked</a>'
        f'<span class="p-author h-card"><img class="u-photo" src="{photo}" alt="">'
        '<a class="u-url p-name" href="https://fan.example/">Fan</a></span></div></body></html>'
    )
    httpserver.expect_request("/like").respond_with_data(like, content_type="text/html")
    mention = send(client, httpserver.url_for("/like"), target)
    assert mention.type == Mention.Type.LIKE
    assert mention.author_photo == photo  # what the source says (the API shows it)
    page = client.get(f"/p/{parade.slug}/").content.decode()
    assert mention.author_photo_copy and mention.author_photo_copy in page
    assert f'src="{photo}"' not in page


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        (b"not an image at all", "image/png"),
        (b"\x89PNG" + b"\0" * 600_000, "image/png"),  # over the size cap
        (b"<svg onload=alert(1)></svg>", "image/svg+xml"),  # not an accepted type
    ],
)
def test_a_bad_photo_is_simply_no_face(httpserver, settings, tmp_path, body, content_type):
    from blogparade.fetch.images import copy_avatar

    settings.MEDIA_ROOT = str(tmp_path)
    settings.FETCH_ALLOW_HOSTS = ["127.0.0.1", "localhost"]
    httpserver.expect_request("/bad").respond_with_data(body, content_type=content_type)
    assert copy_avatar(httpserver.url_for("/bad")) == ""
    assert not list(tmp_path.rglob("*.png"))


def test_a_decompression_bomb_is_no_face(httpserver, settings, tmp_path):
    from blogparade.fetch.images import copy_avatar

    settings.MEDIA_ROOT = str(tmp_path)
    settings.FETCH_ALLOW_HOSTS = ["127.0.0.1", "localhost"]
    httpserver.expect_request("/bomb").respond_with_data(_png(5000, 5000), content_type="image/png")
    assert copy_avatar(httpserver.url_for("/bomb")) == ""
