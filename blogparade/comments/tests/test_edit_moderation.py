"""An edit goes through the spam checks and moderation rules a new comment meets: an
approved comment rewritten into spam leaves the page; one the rules hold goes back to the
host's queue, and the host hears of it as of a new comment."""

from __future__ import annotations

import pytest

from blogparade.comments import services
from blogparade.comments.models import Blocklist, Comment
from blogparade.comments.tests.conftest import make_comment

pytestmark = pytest.mark.django_db


def test_an_approved_comment_edited_into_spam_leaves_the_page(
    thread, settings, django_capture_on_commit_callbacks, mailoutbox
):
    settings.MODERATION = True
    Blocklist.objects.create(kind=Blocklist.Kind.WORD, value="cheap pills")
    comment = make_comment(thread, email="ann@example.net", text="A kind word.")
    with django_capture_on_commit_callbacks(execute=True):
        services.edit_comment(comment, text="Buy cheap pills at my shop")
    comment.refresh_from_db()
    assert comment.status == Comment.Status.SPAM
    _nodes, public = services.public_tree(thread)
    assert public == 0
    assert mailoutbox == []  # spam is filed, not mailed (as for a new comment)


def test_a_clean_edit_of_an_approved_comment_stays(thread, settings):
    settings.MODERATION = True
    Blocklist.objects.create(kind=Blocklist.Kind.WORD, value="cheap pills")
    comment = make_comment(thread, email="ann@example.net", text="A kind word.")
    services.edit_comment(comment, text="A kinder word, corrected.")
    comment.refresh_from_db()
    assert comment.status == Comment.Status.APPROVED


def test_an_edit_never_approves_a_held_comment(thread, settings):
    settings.MODERATION = True
    comment = make_comment(thread, status="pending", email="new@example.net", text="First.")
    services.edit_comment(comment, text="First, edited.")
    comment.refresh_from_db()
    assert comment.status == Comment.Status.PENDING
