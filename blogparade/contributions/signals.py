"""Signals of the contributions app, for apps that keep rows about the same posts (a mention
that brought a contribution) without this app importing them."""

from django.dispatch import Signal

# Sent when a listed contribution is taken out of the list (404/410, a removed link), after
# its row is saved: ``contribution`` and ``reason`` (the sentence the host reads).
contribution_gone = Signal()

# Sent once, when a parade's roundup is first published (inside the publishing transaction):
# ``parade``. Reminder subscribers are mailed from it.
roundup_published = Signal()
