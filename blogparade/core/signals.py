"""Signals between apps that must not import each other (see DESIGN.md's arrows).

``reply_received``: a verified reply from another site to a page here (a Webmention or
Pingback whose source is a ``u-in-reply-to`` of the target), or the news that it is gone.
Sent by the linkbacks app; the comments app puts it in the target's thread. Keyword
arguments, all plain values:

* ``source`` (the reply's URL), ``target`` (the page here, without fragment);
* ``gone`` (True: the reply was deleted or no longer replies; the rest may be empty);
* ``author_name``, ``author_url``, ``published`` (aware datetime or None), ``content_html``
  (already sanitised HTML of the reply's text), ``author_photo`` (the URL path of our local
  copy of the author's photo, or "": never the other site's address).
"""

from django.dispatch import Signal

reply_received = Signal()

# ``linkback_imported``: a pingback or trackback found in an import (a WordPress export),
# sent by the comments app; the linkbacks app stores it and answers True when it was new.
# Keyword arguments: ``source``, ``target``, ``parade`` (or None), ``approved``, ``title``,
# ``content_html`` (sanitised), ``published``, ``kind`` ("pingback" | "trackback").
linkback_imported = Signal()

# ``workers_gone``: background processes that stopped without saying so (killed, crashed,
# their machine gone): no heartbeat for ``dead_after()`` (blogparade.core.worker). Sent by the
# recovery job before their heartbeats are forgotten; each app frees the work they had claimed.
# Keyword argument: ``processes`` (a list of process ids, "host:pid").
workers_gone = Signal()

# ``pages_changed``: a write changed what the public pages of these parades show (reactions,
# for instance, which the parades app cannot see being written). Sent by the app that wrote;
# the parades app gives those pages a new version (blogparade.parades.pagecache).
# Keyword arguments: ``parade_ids`` (an iterable of parade ids; None entries are ignored) and
# ``directory`` (default True: False when the directory shows nothing of the change).
pages_changed = Signal()
