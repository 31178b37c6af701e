"""Feeds, calendars, widgets, oEmbed, sitemap, robots.txt and the roundup pages.

URL names are stable: templates and other apps reverse them.
"""

from django.urls import path

from blogparade.syndication import feeds, views

urlpatterns = [
    # new parades
    path("feeds/parades.atom", feeds.ParadesFeed(), name="feeds-parades-atom"),
    path("feeds/parades.rss", feeds.ParadesRssFeed(), name="feeds-parades-rss"),
    path("feeds/parades.json", views.parades_json, name="feeds-parades-json"),
    # roundups
    path("feeds/roundups.atom", feeds.RoundupsFeed(), name="feeds-roundups-atom"),
    path("feeds/roundups.rss", feeds.RoundupsRssFeed(), name="feeds-roundups-rss"),
    path("feeds/roundups.json", views.roundups_json, name="feeds-roundups-json"),
    # one parade
    path(
        "p/<slug:slug>/contributions.atom",
        feeds.ContributionsFeed(),
        name="parade-contributions-atom",
    ),
    path(
        "p/<slug:slug>/contributions.rss",
        feeds.ContributionsRssFeed(),
        name="parade-contributions-rss",
    ),
    path(
        "p/<slug:slug>/contributions.json",
        views.contributions_json,
        name="parade-contributions-json",
    ),
    path("p/<slug:slug>/deadline.ics", views.parade_deadline_ics, name="parade-deadline-ics"),
    # calendars
    path("calendar.ics", views.open_parades_ics, name="calendar-ics"),
    # widgets for calls on other blogs, and oEmbed
    path("widgets/contributions.js", views.contributions_js, name="widget-contributions-js"),
    path(
        "widgets/contributions.json",
        views.contributions_json_widget,
        name="widget-contributions-json",
    ),
    path(
        "widgets/contributions.html", views.contributions_snippet, name="widget-contributions-html"
    ),
    path("widgets/take-part.js", views.take_part_js, name="widget-take-part-js"),
    path("widgets/take-part.json", views.take_part_json, name="widget-take-part-json"),
    path("widgets/take-part", views.take_part_submit, name="widget-take-part"),
    path("oembed", views.oembed, name="oembed"),
    # crawlers
    path("sitemap.xml", views.sitemap_view, name="sitemap"),
    path("robots.txt", views.robots_view, name="robots"),
]

from blogparade.syndication import roundup_views  # noqa: E402

urlpatterns += [
    path("p/<slug:slug>/roundup/", roundup_views.roundup_page, name="roundup"),
    path("dashboard/p/<slug:slug>/roundup/", roundup_views.roundup_edit, name="roundup-edit"),
    path(
        "dashboard/p/<slug:slug>/roundup/status.json",
        roundup_views.roundup_status,
        name="roundup-status",
    ),
    path(
        "dashboard/p/<slug:slug>/roundup.<str:fmt>",
        roundup_views.roundup_export,
        name="roundup-export",
    ),
]

from blogparade.syndication import reminder_views  # noqa: E402

urlpatterns += [
    path("p/<slug:slug>/remind/", reminder_views.subscribe, name="reminder-subscribe"),
    path("p/<slug:slug>/remind/sent/", reminder_views.sent, name="reminder-sent"),
    path("reminders/confirm/<str:token>/", reminder_views.confirm, name="reminder-confirm"),
    path(
        "reminders/unsubscribe/<str:token>/",
        reminder_views.unsubscribe,
        name="reminder-unsubscribe",
    ),
]

from blogparade.syndication import watch_views  # noqa: E402

urlpatterns += [
    path("dashboard/p/<slug:slug>/watch/", watch_views.feeds_page, name="feedwatch"),
    path(
        "dashboard/p/<slug:slug>/watch/import/", watch_views.import_feeds, name="feedwatch-import"
    ),
    path(
        "dashboard/p/<slug:slug>/watch/participants/",
        watch_views.watch_participants,
        name="feedwatch-participants",
    ),
    path(
        "dashboard/p/<slug:slug>/watch/<int:feed_id>/remove/",
        watch_views.remove_feed,
        name="feedwatch-remove",
    ),
]
