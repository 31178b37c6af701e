from blogparade.comments.models import Comment

from .conftest import make_comment


def test_edit_and_delete_own_comment_in_window(client, post_form, parade, old_ts):
    post_form(old_ts)
    c = Comment.objects.get()
    r = client.post(f"/comments/{c.pk}/edit/", {"text": "changed **text**"})
    assert r.status_code == 302
    c.refresh_from_db()
    assert c.text_html == "<p>changed <strong>text</strong></p>" and c.modified
    assert client.post(f"/comments/{c.pk}/delete/").status_code == 302
    assert not Comment.objects.exists()


def test_strangers_get_404(client, thread):
    c = make_comment(thread)
    assert client.get(f"/comments/{c.pk}/edit/").status_code == 404
    assert client.post(f"/comments/{c.pk}/delete/").status_code == 404


def test_window_closes(client, post_form, parade, old_ts, settings):
    post_form(old_ts)
    c = Comment.objects.get()
    settings.COMMENTS_EDIT_WINDOW = 0
    assert client.post(f"/comments/{c.pk}/delete/").status_code == 404


def test_like_once_per_visitor(client, thread):
    c = make_comment(thread)
    for _ in range(2):
        r = client.post(f"/comments/{c.pk}/like/", REMOTE_ADDR="198.51.100.50")
        assert r.status_code == 302
    client.post(f"/comments/{c.pk}/like/", REMOTE_ADDR="198.51.100.51")
    c.refresh_from_db()
    assert c.likes == 2
