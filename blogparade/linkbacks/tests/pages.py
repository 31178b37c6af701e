"""Realistic fake blog pages for the tests (written for this project)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from html import escape

FILLER = (
    "Blogging is a long conversation. Every post answers someone, and every answer invites the next "
    "one. I started writing here years ago because I wanted a place of my own on the web, one that "
    "no platform could take away, and I keep writing because the people who read it write back. "
)


def post_page(
    links: str = "",
    *,
    title: str = "Why I still write",
    author: str = "Anna Example",
    author_url: str = "",
    photo: str = "",
    published: str = "",
    footer_links: str = "",
    sidebar_links: str = "",
    head: str = "",
    entry_props: str = "",
    paragraphs: int = 4,
) -> str:
    """An h-entry blog post. ``links`` is raw HTML put inside the article body; ``published``
    defaults to an hour ago."""
    if not published:
        published = (datetime.now(UTC) - timedelta(hours=1)).isoformat(timespec="seconds")
    card = (
        f'<a class="p-author h-card" href="{escape(author_url)}">{escape(author)}</a>'
        if author_url
        else (f'<span class="p-author h-card">{escape(author)}</span>')
    )
    if photo:
        card = card.replace(
            'h-card">', f'h-card"><img class="u-photo" src="{escape(photo)}" alt="">', 1
        )
    body = "".join(f"<p>{FILLER}</p>" for _ in range(paragraphs))
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{escape(title)} | Anna's blog</title>{head}</head>
<body>
<header><nav><a href="/">Home</a> <a href="/about">About</a></nav></header>
<main>
<article class="h-entry">
<h1 class="p-name">{escape(title)}</h1>
<p>By {card} on <time class="dt-published" datetime="{published}">{published[:10]}</time></p>
{entry_props}
<div class="e-content">
<p>This is my answer to the blog parade. {links}</p>
{body}
</div>
</article>
</main>
<aside class="sidebar"><h2>Blogroll</h2>{sidebar_links}</aside>
<footer><p>© Anna. {footer_links}</p></footer>
</body></html>"""
