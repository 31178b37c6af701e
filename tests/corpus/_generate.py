"""Writes the corpus: realistic pages in the markup of the engines bloggers and news sites use,
each with an expected-values JSON next to it. Run once; the output is committed.

    .venv/bin/python tests/corpus/_generate.py

Expected JSON keys: url, title, author_name, published (ISO; a bare date compares the day),
summary_prefix, language, kind, call_in_main (true / false / null when the page has no
usable link to the call), must_not_link (links that are only in navigation, sidebars,
footers or comments).
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).parent
CALL = "https://parade.example/p/warum-bloggen/"
OTHER_CALL = "https://parade.example/p/lieblingsbuecher/"

LOREM_EN = (
    "Writing in public changed the way I think. Every post forces me to find out what I actually "
    "believe, and every reply from a reader shows me where I was wrong. "
)
LOREM_DE = (
    "Schreiben in der Öffentlichkeit hat verändert, wie ich denke. Jeder Beitrag zwingt mich "
    "herauszufinden, was ich wirklich glaube, und jede Antwort einer Leserin zeigt mir, wo ich "
    "falsch lag. Das ist nicht immer bequem, aber es ist ehrlich. "
)

WP_SIDEBAR = f"""
<aside id="secondary" class="widget-area" role="complementary">
  <section id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="/"><input type="search" name="s"></form></section>
  <section id="text-3" class="widget widget_text"><h2 class="widget-title">Blogparaden</h2>
    <div class="textwidget"><p>Ich mache mit bei <a href="{OTHER_CALL}">Lieblingsbücher</a> und <a href="{CALL}">Warum bloggen?</a></p></div></section>
  <section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Neueste Beiträge</h2>
    <ul><li><a href="/2024/02/winter/">Winter</a></li><li><a href="/2024/01/rueckblick/">Rückblick</a></li></ul></section>
</aside>"""

WP_FOOTER = f"""
<footer id="colophon" class="site-footer" role="contentinfo"><div class="site-info">
  <a href="https://wordpress.org/">Proudly powered by WordPress</a> · <a href="{OTHER_CALL}">Aktuelle Blogparade</a>
</div></footer>"""


def wp_comments(link: str) -> str:
    return f"""
<div id="comments" class="comments-area">
  <h2 class="comments-title">2 Kommentare</h2>
  <ol class="comment-list">
    <li id="comment-12" class="comment even thread-even depth-1">
      <article id="div-comment-12" class="comment-body">
        <footer class="comment-meta"><div class="comment-author vcard"><b class="fn"><a href="https://jo.example/" class="url" rel="ugc external nofollow">Jo</a></b> <span class="says">sagt:</span></div></footer>
        <div class="comment-content"><p>Schöner Beitrag! Die Blogparade dazu: <a href="{link}" rel="nofollow ugc">{link}</a></p></div>
      </article>
    </li>
  </ol>
  <div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Schreibe einen Kommentar</h3>
  <form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><textarea id="comment" name="comment"></textarea></form></div>
</div>"""


PAGES: list[tuple[str, str, dict]] = []


def page(name: str, html: str, **expected: object) -> None:
    expected.setdefault("call_in_main", True)
    expected.setdefault("must_not_link", [])
    PAGES.append((name, html, expected))


# 1 WordPress classic theme, Yoast SEO graph, hentry, sidebar + comments linking elsewhere
page(
    "wordpress-yoast-en",
    f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Why I still blog in 2024 - Margin Notes</title>
<meta name="description" content="Twenty years after my first post, blogging is still the best thinking tool I know. My answer to the blog parade on why we write." />
<link rel="canonical" href="https://marginnotes.example/2024/03/why-i-still-blog/" />
<meta property="og:locale" content="en_US" />
<meta property="og:type" content="article" />
<meta property="og:title" content="Why I still blog in 2024 - Margin Notes" />
<meta property="og:url" content="https://marginnotes.example/2024/03/why-i-still-blog/" />
<meta property="og:site_name" content="Margin Notes" />
<meta property="article:published_time" content="2024-03-06T08:15:00+00:00" />
<meta property="og:image" content="https://marginnotes.example/wp-content/uploads/2024/03/desk.jpg" />
<meta name="author" content="Sam Rivera" />
<script type="application/ld+json" class="yoast-schema-graph">{{"@context":"https://schema.org","@graph":[{{"@type":"Article","@id":"https://marginnotes.example/2024/03/why-i-still-blog/#article","isPartOf":{{"@id":"https://marginnotes.example/2024/03/why-i-still-blog/"}},"author":{{"name":"Sam Rivera","@id":"https://marginnotes.example/#/schema/person/1"}},"headline":"Why I still blog in 2024","datePublished":"2024-03-06T08:15:00+00:00","dateModified":"2024-03-07T10:00:00+00:00","wordCount":812,"inLanguage":"en-US"}},{{"@type":"WebPage","@id":"https://marginnotes.example/2024/03/why-i-still-blog/","url":"https://marginnotes.example/2024/03/why-i-still-blog/","name":"Why I still blog in 2024 - Margin Notes"}},{{"@type":"Person","@id":"https://marginnotes.example/#/schema/person/1","name":"Sam Rivera","image":{{"@type":"ImageObject","url":"https://secure.gravatar.com/avatar/abc?s=96"}},"url":"https://marginnotes.example/author/sam/"}}]}}</script>
<link rel='stylesheet' id='twentytwenty-style-css' href='/wp-content/themes/twentytwenty/style.css' media='all' />
<link rel="https://api.w.org/" href="https://marginnotes.example/wp-json/" />
<link rel="pingback" href="https://marginnotes.example/xmlrpc.php">
</head>
<body class="post-template-default single single-post postid-812 single-format-standard">
<a class="skip-link screen-reader-text" href="#site-content">Skip to the content</a>
<header id="site-header" class="header-footer-group" role="banner"><div class="header-titles"><div class="site-title"><a href="https://marginnotes.example/">Margin Notes</a></div></div>
<nav class="primary-menu-wrapper" aria-label="Horizontal" role="navigation"><ul class="primary-menu reset-list-style"><li><a href="/about/">About</a></li><li><a href="{OTHER_CALL}">Parades</a></li></ul></nav></header>
<main id="site-content" role="main">
<article class="post-812 post type-post status-publish format-standard hentry category-writing" id="post-812">
<header class="entry-header has-text-align-center"><div class="entry-header-inner section-inner medium">
<div class="entry-categories"><a href="https://marginnotes.example/category/writing/" rel="category tag">Writing</a></div>
<h1 class="entry-title">Why I still blog in 2024</h1>
<div class="post-meta-wrapper post-meta-single post-meta-single-top"><ul class="post-meta">
<li class="post-author meta-wrapper"><span class="meta-text">By <a href="https://marginnotes.example/author/sam/">Sam Rivera</a></span></li>
<li class="post-date meta-wrapper"><span class="meta-text"><a href="https://marginnotes.example/2024/03/why-i-still-blog/">March 6, 2024</a></span></li></ul></div></div></header>
<figure class="featured-media"><img src="/wp-content/uploads/2024/03/desk.jpg" alt="A desk"></figure>
<div class="post-inner thin"><div class="entry-content">
<p>Twenty years after my first post, blogging is still the best thinking tool I know. This is my answer to <a href="{CALL}">the blog parade “Why do you blog?”</a> hosted by Hanna.</p>
<p>{LOREM_EN * 3}</p>
<h2>Owning the words</h2><p>{LOREM_EN * 2} I wrote about this before in <a href="https://marginnotes.example/2019/05/own-your-words/">Own your words</a>.</p>
<p>Thanks to <a href="https://blog.example.org/2024/03/answer/">Lee</a> for the nudge.</p>
</div></div>
<div class="section-inner"><div class="post-meta-wrapper post-meta-single post-meta-single-bottom"><ul class="post-meta"><li class="post-tags meta-wrapper"><span class="meta-text"><a href="https://marginnotes.example/tag/blogging/" rel="tag">blogging</a></span></li></ul></div></div>
<nav class="pagination-single section-inner" aria-label="Post" role="navigation"><a class="previous-post" href="/2024/02/winter/">Winter</a></nav>
{wp_comments(OTHER_CALL)}
</article>
</main>
{WP_SIDEBAR}
{WP_FOOTER}
<script src='/wp-includes/js/comment-reply.min.js' id='comment-reply-js'></script>
</body></html>""",
    url="https://marginnotes.example/2024/03/why-i-still-blog/",
    title="Why I still blog in 2024",
    author_name="Sam Rivera",
    published="2024-03-06T08:15:00+00:00",
    summary_prefix="Twenty years after my first post",
    language="en",
    kind="article",
    must_not_link=[OTHER_CALL, "https://jo.example/", "/about/"],
)

# 2 WordPress block theme, German, OpenGraph only, no JSON-LD
page(
    "wordpress-block-de",
    f"""<!DOCTYPE html>
<html lang="de-DE">
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta name='robots' content='max-image-preview:large' />
<title>Warum ich blogge – und warum du es auch solltest &#8211; Kaffeesatz</title>
<meta property="og:type" content="article" />
<meta property="og:title" content="Warum ich blogge – und warum du es auch solltest" />
<meta property="og:site_name" content="Kaffeesatz" />
<meta property="og:description" content="Meine Antwort auf die Blogparade: Bloggen ist für mich Denken mit offenem Fenster." />
<meta property="og:locale" content="de_DE" />
<meta property="article:published_time" content="2024-03-08T19:42:11+01:00" />
<meta name="author" content="Julia Brandt" />
<meta name="generator" content="WordPress 6.4.3" />
</head>
<body class="post-template-default single single-post wp-embed-responsive">
<div class="wp-site-blocks">
<header class="wp-block-template-part"><div class="wp-block-group"><p class="wp-block-site-title"><a href="https://kaffeesatz.example" rel="home">Kaffeesatz</a></p>
<nav class="wp-block-navigation" aria-label="Menü"><ul class="wp-block-navigation__container"><li class="wp-block-navigation-item"><a class="wp-block-navigation-item__content" href="https://kaffeesatz.example/ueber/">Über mich</a></li></ul></nav></div></header>
<main class="wp-block-group">
<div class="wp-block-group"><h1 class="wp-block-post-title">Warum ich blogge – und warum du es auch solltest</h1>
<div class="wp-block-post-date"><time datetime="2024-03-08T19:42:11+01:00">8. März 2024</time></div>
<div class="wp-block-post-author"><div class="wp-block-post-author__content"><p class="wp-block-post-author__name">Julia Brandt</p></div></div></div>
<div class="entry-content wp-block-post-content">
<p>Meine Antwort auf die <a href="{CALL}" target="_blank" rel="noreferrer noopener">Blogparade „Warum bloggen?“</a>: Bloggen ist für mich Denken mit offenem Fenster.</p>
<p>{LOREM_DE * 3}</p>
<figure class="wp-block-image"><img src="https://kaffeesatz.example/wp-content/uploads/2024/03/tasse.jpg" alt="Tasse"/></figure>
<p>{LOREM_DE * 2}</p>
</div>
<div class="wp-block-post-terms"><a href="https://kaffeesatz.example/tag/blogparade/" rel="tag">Blogparade</a></div>
<div class="wp-block-comments"><h2>Kommentare</h2><ol class="wp-block-comment-template"><li class="comment"><div class="wp-block-comment-content"><p>Siehe auch <a href="{OTHER_CALL}">die andere Parade</a></p></div></li></ol></div>
</main>
<footer class="wp-block-template-part"><p class="has-text-align-center">Mit <a href="https://de.wordpress.org" rel="nofollow">WordPress</a></p></footer>
</div>
</body></html>""",
    url="https://kaffeesatz.example/2024/03/08/warum-ich-blogge/",
    title="Warum ich blogge – und warum du es auch solltest",
    author_name="Julia Brandt",
    published="2024-03-08T19:42:11+01:00",
    summary_prefix="Meine Antwort auf die Blogparade",
    language="de",
    kind="article",
    must_not_link=[OTHER_CALL, "https://kaffeesatz.example/ueber/"],
)

# 3 WordPress, German text but the theme says lang="en-US"
page(
    "wordpress-wrong-lang-de",
    f"""<!DOCTYPE html>
<html lang="en-US">
<head><meta charset="utf-8"><title>Fünf Gründe fürs Bloggen | Gartenzwerg Blog</title>
<meta property="og:title" content="Fünf Gründe fürs Bloggen">
<meta property="og:site_name" content="Gartenzwerg Blog">
<meta property="og:locale" content="en_US">
</head>
<body class="single">
<div id="page" class="hfeed site">
<header id="masthead" class="site-header"><h1 class="site-title"><a href="/">Gartenzwerg Blog</a></h1></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-77" class="post-77 post type-post hentry">
<header class="entry-header"><h1 class="entry-title">Fünf Gründe fürs Bloggen</h1>
<div class="entry-meta"><span class="posted-on"><a href="/2024/03/fuenf-gruende/" rel="bookmark"><time class="entry-date published" datetime="2024-03-10T09:00:00+01:00">10. März 2024</time><time class="updated" datetime="2024-03-11T12:00:00+01:00">11. März 2024</time></a></span>
<span class="byline"><span class="author vcard"><a class="url fn n" href="/author/petra/">Petra Gärtner</a></span></span></div></header>
<div class="entry-content">
<p>Die Blogparade <a href="{CALL}">„Warum bloggen?“</a> kommt genau richtig, denn ich wollte schon lange aufschreiben, warum ich das hier mache.</p>
<ol><li>Weil ich mich sonst nicht erinnere, was ich im Garten gemacht habe.</li><li>Weil andere davon lernen können und mir ihre Erfahrungen schicken.</li></ol>
<p>{LOREM_DE * 3}</p>
</div>
<footer class="entry-footer"><span class="cat-links"><a href="/category/garten/" rel="category tag">Garten</a></span></footer>
</article>
</main></div>
<div id="secondary" class="widget-area"><aside class="widget"><a href="{OTHER_CALL}">Blogparade Lieblingsbücher</a></aside></div>
</div>
<footer id="colophon" class="site-footer"><a href="https://wordpress.org/">WordPress</a></footer>
</div></body></html>""",
    url="https://gartenzwerg.example/2024/03/fuenf-gruende/",
    title="Fünf Gründe fürs Bloggen",
    author_name="Petra Gärtner",
    published="2024-03-10T09:00:00+01:00",
    summary_prefix="Die Blogparade „Warum bloggen?“ kommt genau richtig",
    language="de",
    kind="article",
    must_not_link=[OTHER_CALL],
)

# 4 Ghost (Casper)
page(
    "ghost-casper-en",
    f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8" />
<title>The quiet joy of writing for nobody</title>
<meta name="description" content="Most of my posts are read by a dozen people. That is exactly why I keep writing them." />
<link rel="canonical" href="https://quiet.example/quiet-joy/" />
<meta property="og:site_name" content="Quiet Corner" />
<meta property="og:type" content="article" />
<meta property="og:title" content="The quiet joy of writing for nobody" />
<meta property="og:description" content="Most of my posts are read by a dozen people. That is exactly why I keep writing them." />
<meta property="og:image" content="https://quiet.example/content/images/2024/03/lamp.jpg" />
<meta property="article:published_time" content="2024-03-09T21:30:12.000Z" />
<meta property="article:tag" content="Essays" />
<meta name="twitter:card" content="summary_large_image" />
<script type="application/ld+json">
{{
    "@context": "https://schema.org",
    "@type": "Article",
    "publisher": {{"@type": "Organization", "name": "Quiet Corner", "url": "https://quiet.example/"}},
    "author": {{"@type": "Person", "name": "Noor Haddad", "image": {{"@type": "ImageObject", "url": "https://quiet.example/content/images/noor.jpg"}}, "url": "https://quiet.example/author/noor/", "sameAs": []}},
    "headline": "The quiet joy of writing for nobody",
    "url": "https://quiet.example/quiet-joy/",
    "datePublished": "2024-03-09T21:30:12.000Z",
    "dateModified": "2024-03-09T22:01:40.000Z",
    "image": {{"@type": "ImageObject", "url": "https://quiet.example/content/images/2024/03/lamp.jpg", "width": 1200, "height": 800}},
    "description": "Most of my posts are read by a dozen people. That is exactly why I keep writing them.",
    "mainEntityOfPage": "https://quiet.example/quiet-joy/"
}}
</script>
<meta name="generator" content="Ghost 5.80" />
</head>
<body class="post-template tag-essays">
<div class="viewport"><header id="gh-head" class="gh-head outer"><nav class="gh-head-inner inner"><div class="gh-head-menu"><ul class="nav"><li class="nav-home"><a href="https://quiet.example/">Home</a></li><li><a href="{OTHER_CALL}">Parade</a></li></ul></div></nav></header>
<div class="site-content"><main id="site-main" class="site-main">
<article class="article post tag-essays">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/essays/">Essays</a></span></div>
<h1 class="article-title">The quiet joy of writing for nobody</h1>
<p class="article-excerpt">Most of my posts are read by a dozen people. That is exactly why I keep writing them.</p>
<div class="article-byline"><div class="article-byline-content"><ul class="author-list"><li class="author-list-item"><a href="/author/noor/" class="author-avatar"><img class="author-profile-image" src="/content/images/noor.jpg" alt="Noor Haddad" /></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/noor/">Noor Haddad</a></h4><div class="byline-meta-content"><time class="byline-meta-date" datetime="2024-03-09">Mar 9, 2024</time></div></div></div></div>
<figure class="article-image"><img src="/content/images/2024/03/lamp.jpg" alt="" /></figure></header>
<section class="gh-content gh-canvas">
<p>When Hanna asked <a href="{CALL}">why we blog</a>, my first answer was: I don't know. My second answer is this post.</p>
<p>{LOREM_EN * 4}</p>
<blockquote>Write the post you wanted to read.</blockquote>
<p>{LOREM_EN}</p>
</section>
</article>
</main>
<aside class="read-more-wrap outer"><div class="read-more inner"><article class="post-card"><a class="post-card-image-link" href="/older/">Older</a><h2 class="post-card-title">Older post</h2><p>{LOREM_EN * 2}</p></article></div></aside>
</div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://quiet.example">Quiet Corner</a> © 2024</section><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></footer>
</div></body></html>""",
    url="https://quiet.example/quiet-joy/",
    title="The quiet joy of writing for nobody",
    author_name="Noor Haddad",
    published="2024-03-09T21:30:12+00:00",
    summary_prefix="Most of my posts are read by a dozen people",
    language="en",
    kind="article",
    must_not_link=[OTHER_CALL, "https://quiet.example/older/"],
)

# 5 Hugo PaperMod
page(
    "hugo-papermod-en",
    f"""<!DOCTYPE html>
<html lang="en" dir="auto">
<head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<meta name="robots" content="index, follow">
<title>Notes on a decade of static blogging | Byte Garden</title>
<meta name="keywords" content="blogging, hugo">
<meta name="description" content="A decade of Markdown files, one static site generator, and the reasons I keep at it.">
<meta name="author" content="Tom Becker">
<link rel="canonical" href="https://bytegarden.example/posts/decade/">
<meta name="generator" content="Hugo 0.123.7">
<meta property="og:title" content="Notes on a decade of static blogging" />
<meta property="og:description" content="A decade of Markdown files, one static site generator, and the reasons I keep at it." />
<meta property="og:type" content="article" />
<meta property="og:url" content="https://bytegarden.example/posts/decade/" />
<meta property="article:section" content="posts" />
<meta property="article:published_time" content="2024-03-11T07:00:00+01:00" />
<meta property="article:modified_time" content="2024-03-11T07:00:00+01:00" />
<script type="application/ld+json">
{{
  "@context": "https://schema.org",
  "@type": "BlogPosting",
  "headline": "Notes on a decade of static blogging",
  "name": "Notes on a decade of static blogging",
  "description": "A decade of Markdown files, one static site generator, and the reasons I keep at it.",
  "wordCount" : "640",
  "inLanguage": "en",
  "datePublished": "2024-03-11T07:00:00+01:00",
  "dateModified": "2024-03-11T07:00:00+01:00",
  "author":[{{"@type": "Person", "name": "Tom Becker"}}],
  "mainEntityOfPage": {{"@type": "WebPage", "@id": "https://bytegarden.example/posts/decade/"}},
  "publisher": {{"@type": "Organization", "name": "Byte Garden", "logo": {{"@type": "ImageObject", "url": "https://bytegarden.example/favicon.ico"}}}}
}}
</script>
</head>
<body class="" id="top">
<header class="header"><nav class="nav"><div class="logo"><a href="https://bytegarden.example/" accesskey="h" title="Byte Garden (Alt + H)">Byte Garden</a></div>
<ul id="menu"><li><a href="https://bytegarden.example/archives/" title="Archive"><span>Archive</span></a></li><li><a href="{OTHER_CALL}"><span>Parade</span></a></li></ul></nav></header>
<main class="main">
<article class="post-single">
<header class="post-header"><div class="breadcrumbs"><a href="https://bytegarden.example/">Home</a>&nbsp;»&nbsp;<a href="https://bytegarden.example/posts/">Posts</a></div>
<h1 class="post-title entry-hint-parent">Notes on a decade of static blogging</h1>
<div class="post-meta"><span title='2024-03-11 07:00:00 +0100 CET'>March 11, 2024</span>&nbsp;·&nbsp;3 min&nbsp;·&nbsp;Tom Becker</div></header>
<div class="toc"><details><summary>Table of Contents</summary><ul><li><a href="#why">Why</a></li></ul></details></div>
<div class="post-content"><p>This post is part of the <a href="{CALL}">“Why do you blog?” parade</a>. Ten years ago I moved my blog to a static site generator and never looked back.</p>
<h2 id="why">Why<a hidden class="anchor" aria-hidden="true" href="#why">#</a></h2>
<p>{LOREM_EN * 3}</p>
<pre><code>hugo new posts/decade.md</code></pre>
<p>More on my setup in the <a href="https://gohugo.io/documentation/">Hugo documentation</a>.</p>
</div>
<footer class="post-footer"><ul class="post-tags"><li><a href="https://bytegarden.example/tags/blogging/">Blogging</a></li></ul>
<nav class="paginav"><a class="prev" href="https://bytegarden.example/posts/previous/"><span class="title">« Prev</span></a></nav>
<div class="share-buttons"><a target="_blank" rel="noopener noreferrer" href="https://x.com/intent/tweet/?url={CALL}">share</a></div></footer>
</article>
</main>
<footer class="footer"><span>&copy; 2024 <a href="https://bytegarden.example/">Byte Garden</a></span> · <span>Powered by <a href="https://gohugo.io/">Hugo</a></span></footer>
</body></html>""",
    url="https://bytegarden.example/posts/decade/",
    title="Notes on a decade of static blogging",
    author_name="Tom Becker",
    published="2024-03-11T07:00:00+01:00",
    summary_prefix="A decade of Markdown files",
    language="en",
    kind="article",
    must_not_link=[OTHER_CALL, f"https://x.com/intent/tweet/?url={CALL}"],
)

# 6 Hugo with hand-made microformats, German
page(
    "hugo-mf2-de",
    f"""<!doctype html>
<html lang="de">
<head><meta charset="utf-8"><title>Bloggen als Gartenarbeit · Notizen von Lena</title>
<link rel="webmention" href="https://webmention.io/lena.example/webmention">
<meta property="og:title" content="Bloggen als Gartenarbeit">
</head>
<body>
<nav class="site-nav"><a href="/">Start</a> <a href="/notizen/">Notizen</a> <a href="{OTHER_CALL}">Parade</a></nav>
<main>
<article class="h-entry">
<h1 class="p-name">Bloggen als Gartenarbeit</h1>
<p class="meta"><a class="u-url" href="https://lena.example/2024/gartenarbeit/"><time class="dt-published" datetime="2024-03-12T18:05:00+01:00">12.03.2024</time></a>
von <a class="p-author h-card" href="https://lena.example/"><img class="u-photo" src="/lena.jpg" alt="">Lena Vogel</a></p>
<p class="p-summary">Ein Blog ist kein Produkt, sondern ein Garten: Man pflegt ihn, und er wächst langsam.</p>
<div class="e-content">
<p>Das ist mein Beitrag zur <a href="{CALL}">Blogparade „Warum bloggen?“</a>.</p>
<p>{LOREM_DE * 2}</p>
<p>Inspiriert hat mich auch der Text von <a href="https://digitalgarden.example/wachsen/">Maggie</a>.</p>
</div>
<footer><a class="p-category" href="/tags/bloggen/">bloggen</a></footer>
</article>
<section class="webmentions"><h2>Reaktionen</h2><ul><li class="h-cite p-comment"><a class="u-url" href="https://anderer.example/antwort/">Antwort</a> verlinkt <a href="{OTHER_CALL}">diese Parade</a></li></ul></section>
</main>
<footer class="site-footer"><a href="/impressum/">Impressum</a></footer>
</body></html>""",
    url="https://lena.example/2024/gartenarbeit/",
    title="Bloggen als Gartenarbeit",
    author_name="Lena Vogel",
    published="2024-03-12T18:05:00+01:00",
    summary_prefix="Ein Blog ist kein Produkt, sondern ein Garten",
    language="de",
    kind="article",
    must_not_link=[
        OTHER_CALL,
        "https://anderer.example/antwort/",
        "https://lena.example/impressum/",
    ],
)

# 7 Jekyll minima + jekyll-seo-tag
page(
    "jekyll-minima-en",
    f"""<!DOCTYPE html>
<html lang="en"><head>
  <meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport" content="width=device-width, initial-scale=1">
<!-- Begin Jekyll SEO tag v2.8.0 -->
<title>Blogging is a conversation | Ada’s Notebook</title>
<meta name="generator" content="Jekyll v4.3.3" />
<meta property="og:title" content="Blogging is a conversation" />
<meta name="author" content="Ada Okafor" />
<meta property="og:locale" content="en_US" />
<meta name="description" content="Blog posts are letters to people I have not met yet. Some of them write back." />
<meta property="og:description" content="Blog posts are letters to people I have not met yet. Some of them write back." />
<link rel="canonical" href="https://ada.example/2024/03/13/conversation.html" />
<meta property="og:site_name" content="Ada’s Notebook" />
<meta property="og:type" content="article" />
<meta property="article:published_time" content="2024-03-13T00:00:00+00:00" />
<script type="application/ld+json">
{{"@context":"https://schema.org","@type":"BlogPosting","author":{{"@type":"Person","name":"Ada Okafor"}},"dateModified":"2024-03-13T00:00:00+00:00","datePublished":"2024-03-13T00:00:00+00:00","description":"Blog posts are letters to people I have not met yet. Some of them write back.","headline":"Blogging is a conversation","mainEntityOfPage":{{"@type":"WebPage","@id":"https://ada.example/2024/03/13/conversation.html"}},"url":"https://ada.example/2024/03/13/conversation.html"}}</script>
<!-- End Jekyll SEO tag -->
<link rel="stylesheet" href="/assets/main.css"><link type="application/atom+xml" rel="alternate" href="https://ada.example/feed.xml" title="Ada’s Notebook" /></head>
<body><header class="site-header" role="banner"><div class="wrapper"><a class="site-title" rel="author" href="/">Ada’s Notebook</a><nav class="site-nav"><div class="trigger"><a class="page-link" href="/about/">About</a></div></nav></div></header>
<main class="page-content" aria-label="Content"><div class="wrapper">
<article class="post h-entry" itemscope itemtype="http://schema.org/BlogPosting">
  <header class="post-header"><h1 class="post-title p-name" itemprop="name headline">Blogging is a conversation</h1>
    <p class="post-meta"><time class="dt-published" datetime="2024-03-13T00:00:00+00:00" itemprop="datePublished">Mar 13, 2024</time> • <span itemprop="author" itemscope itemtype="http://schema.org/Person"><span class="p-author h-card" itemprop="name">Ada Okafor</span></span></p></header>
  <div class="post-content e-content" itemprop="articleBody">
    <p>Blog posts are letters to people I have not met yet. Some of them write back. That is my short answer to <a href="{CALL}">Hanna’s question</a>.</p>
    <p>{LOREM_EN * 3}</p>
    <p>Footnotes are fun.<sup id="fnref:1"><a href="#fn:1" class="footnote">1</a></sup></p>
    <div class="footnotes"><ol><li id="fn:1"><p>Really. <a href="#fnref:1" class="reversefootnote">&#8617;</a></p></li></ol></div>
  </div><a class="u-url" href="/2024/03/13/conversation.html" hidden></a>
</article>
</div></main>
<footer class="site-footer h-card"><data class="u-url" href="/"></data><div class="wrapper"><ul class="contact-list"><li class="p-name">Ada Okafor</li></ul><ul class="social-media-list"><li><a href="https://github.com/ada">github</a></li><li><a href="{OTHER_CALL}">parade</a></li></ul></div></footer>
</body></html>""",
    url="https://ada.example/2024/03/13/conversation.html",
    title="Blogging is a conversation",
    author_name="Ada Okafor",
    published="2024-03-13",
    summary_prefix="Blog posts are letters to people I have not met yet",
    language="en",
    kind="article",
    must_not_link=[
        OTHER_CALL,
        "https://github.com/ada",
        "https://ada.example/2024/03/13/conversation.html#fn:1",
    ],
)

# 8 Blogger (classic hAtom), German
page(
    "blogger-de",
    f"""<!DOCTYPE html>
<html class='v2' dir='ltr' lang='de' xmlns='http://www.w3.org/1999/xhtml' xmlns:b='http://www.google.com/2005/gml/b' xmlns:data='http://www.google.com/2005/gml/data' xmlns:expr='http://www.google.com/2005/gml/expr'>
<head>
<meta content='text/html; charset=UTF-8' http-equiv='Content-Type'/>
<meta content='blogger' name='generator'/>
<link href='https://strickliesel.blogspot.com/2024/03/warum-ich-blogge.html' rel='canonical'/>
<meta content='Seit 2009 schreibe ich hier über Wolle, Muster und das Leben. Zeit für eine Antwort auf die Blogparade.' name='description'/>
<meta content='https://strickliesel.blogspot.com/2024/03/warum-ich-blogge.html' property='og:url'/>
<meta content='Warum ich (immer noch) blogge' property='og:title'/>
<meta content='Seit 2009 schreibe ich hier über Wolle, Muster und das Leben. Zeit für eine Antwort auf die Blogparade.' property='og:description'/>
<title>Strickliesel: Warum ich (immer noch) blogge</title>
</head>
<body class='loading'>
<div class='navbar section' id='navbar'><div class='widget Navbar' id='Navbar1'></div></div>
<div class='header section' id='header'><div class='widget Header' id='Header1'><h1 class='title'><a href='https://strickliesel.blogspot.com/'>Strickliesel</a></h1></div></div>
<div class='main-outer'><div class='columns fauxcolumns'><div class='column-center-outer'><div class='main section' id='main'><div class='widget Blog' id='Blog1'>
<div class='blog-posts hfeed'>
<div class="date-outer"><h2 class='date-header'><span>Dienstag, 12. März 2024</span></h2>
<div class="date-posts"><div class='post-outer'>
<div class='post hentry uncustomized-post-template' itemprop='blogPost' itemscope='itemscope' itemtype='http://schema.org/BlogPosting'>
<a name='4711'></a>
<h3 class='post-title entry-title' itemprop='name'>Warum ich (immer noch) blogge</h3>
<div class='post-header'><div class='post-header-line-1'></div></div>
<div class='post-body entry-content' id='post-body-4711' itemprop='description articleBody'>
<div style="text-align: left;">Seit 2009 schreibe ich hier über Wolle, Muster und das Leben. Zeit für eine Antwort auf die <a href="{CALL}">Blogparade „Warum bloggen?“</a>.<br /><br />{LOREM_DE * 2}<br /><br />{LOREM_DE}</div>
<div style='clear: both;'></div></div>
<div class='post-footer'><div class='post-footer-line post-footer-line-1'>
<span class='post-author vcard'>Eingestellt von <span class='fn' itemprop='author' itemscope='itemscope' itemtype='http://schema.org/Person'><meta content='https://www.blogger.com/profile/0815' itemprop='url'/><a class='g-profile' href='https://www.blogger.com/profile/0815' rel='author' title='author profile'><span itemprop='name'>Liesel Maier</span></a></span></span>
<span class='post-timestamp'>um <meta content='https://strickliesel.blogspot.com/2024/03/warum-ich-blogge.html' itemprop='url'/><a class='timestamp-link' href='https://strickliesel.blogspot.com/2024/03/warum-ich-blogge.html' rel='bookmark' title='permanent link'><abbr class='published' itemprop='datePublished' title='2024-03-12T20:15:00+01:00'>20:15</abbr></a></span>
</div></div></div>
<div class='comments' id='comments'><h4>3 Kommentare:</h4><div class='comments-content'><div class='comment-thread'><ol><li class='comment'><div class='comment-block'><p class='comment-content'>Toll! Die Parade: <a href="{OTHER_CALL}">hier</a></p></div></li></ol></div></div></div>
</div></div></div></div></div></div></div>
<div class='column-right-outer'><div class='sidebar section' id='sidebar-right-1'><div class='widget HTML' id='HTML1'><h2 class='title'>Blogparaden</h2><div class='widget-content'><a href="{OTHER_CALL}">Lieblingsbücher</a></div></div>
<div class='widget BlogArchive' id='BlogArchive1'><ul><li><a href='https://strickliesel.blogspot.com/2024/'>2024</a></li></ul></div></div></div>
</div></div>
<div class='footer-outer'><div class='footer section' id='footer-1'><div class='widget Attribution' id='Attribution1'>Powered by <a href='https://www.blogger.com' target='_blank'>Blogger</a>.</div></div></div>
</body></html>""",
    url="https://strickliesel.blogspot.com/2024/03/warum-ich-blogge.html",
    title="Warum ich (immer noch) blogge",
    author_name="Liesel Maier",
    published="2024-03-12T20:15:00+01:00",
    summary_prefix="Seit 2009 schreibe ich hier über Wolle",
    language="de",
    kind="article",
    must_not_link=[OTHER_CALL, "https://strickliesel.blogspot.com/2024/"],
)

# 9 Medium
page(
    "medium-en",
    f"""<!doctype html><html lang="en"><head><title>I Blog Because Nobody Asked Me To | by Priya Natarajan | Medium</title>
<meta data-rh="true" charset="utf-8"/><meta data-rh="true" name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1,maximum-scale=1"/>
<meta data-rh="true" property="og:type" content="article"/><meta data-rh="true" property="article:published_time" content="2024-03-14T15:02:11.345Z"/>
<meta data-rh="true" name="title" content="I Blog Because Nobody Asked Me To | by Priya Natarajan | Medium"/>
<meta data-rh="true" property="og:title" content="I Blog Because Nobody Asked Me To"/>
<meta data-rh="true" property="al:android:app_name" content="Medium"/>
<meta data-rh="true" name="description" content="Permission is overrated. A response to the “Why do you blog?” parade."/>
<meta data-rh="true" property="og:description" content="Permission is overrated. A response to the “Why do you blog?” parade."/>
<meta data-rh="true" property="og:url" content="https://medium.com/@priya/i-blog-because-nobody-asked-me-to-3f2a1b"/>
<meta data-rh="true" property="og:image" content="https://miro.medium.com/v2/resize:fit:1200/1*abc.jpeg"/>
<meta data-rh="true" property="article:author" content="https://medium.com/@priya"/>
<meta data-rh="true" name="author" content="Priya Natarajan"/>
<meta data-rh="true" property="og:site_name" content="Medium"/>
<script data-rh="true" type="application/ld+json">{{"@context":"http:\\u002F\\u002Fschema.org","@type":"NewsArticle","image":["https:\\u002F\\u002Fmiro.medium.com\\u002Fv2\\u002Fresize:fit:1200\\u002F1*abc.jpeg"],"url":"https:\\u002F\\u002Fmedium.com\\u002F@priya\\u002Fi-blog-because-nobody-asked-me-to-3f2a1b","dateCreated":"2024-03-14T15:02:11.345Z","datePublished":"2024-03-14T15:02:11.345Z","dateModified":"2024-03-14T15:10:00.000Z","headline":"I Blog Because Nobody Asked Me To - Medium","name":"I Blog Because Nobody Asked Me To","description":"Permission is overrated. A response to the “Why do you blog?” parade.","identifier":"3f2a1b","author":{{"@type":"Person","name":"Priya Natarajan","url":"https:\\u002F\\u002Fmedium.com\\u002F@priya"}},"creator":["Priya Natarajan"],"publisher":{{"@type":"Organization","name":"Medium"}},"mainEntityOfPage":"https:\\u002F\\u002Fmedium.com\\u002F@priya\\u002Fi-blog-because-nobody-asked-me-to-3f2a1b"}}</script>
</head><body><div id="root"><div class="a b c"><div class="l c"><div class="l m n o c"><div class="p q r s t u v w x y z ab ac ae af"><a href="https://medium.com/?source=post_page" aria-label="Homepage">Medium</a></div></div></div>
<div class="ag ah"><article><div class="l"><div class="l"><section><div><div class="gn go gp gq gr"><div class="ab cb"><div class="ci bh hf hg hh hi">
<div><h1 id="9f1e" class="pw-post-title hj hk hl bf hm hn ho hp hq" data-testid="storyTitle">I Blog Because Nobody Asked Me To</h1></div>
<div class="speechify-ignore ab cp"><div class="ab q"><a href="/@priya?source=post_page-----3f2a1b" rel="noopener follow"><p class="bf b iv iw bk">Priya Natarajan</p></a></div><span data-testid="storyPublishDate">Mar 14, 2024</span></div>
<p id="a1b2" class="pw-post-body-paragraph kn ko hl kp b kq kr ks kt ku kv kw" data-selectable-paragraph="">Permission is overrated. This is my response to <a class="af mf" href="{CALL}" rel="noopener ugc nofollow" target="_blank">the “Why do you blog?” parade</a>, and to everyone who waits to be invited.</p>
<p id="c3d4" class="pw-post-body-paragraph kn ko hl kp b kq kr ks kt ku kv kw" data-selectable-paragraph="">{LOREM_EN * 3}</p>
<p id="e5f6" class="pw-post-body-paragraph kn ko hl kp b kq kr ks kt ku kv kw" data-selectable-paragraph="">{LOREM_EN * 2}</p>
</div></div></div></div></section></div></div></article></div>
<div class="ag ah"><div class="mx my"><h2>More from Priya Natarajan</h2><div><a href="https://medium.com/@priya/another-story-1a2b">Another story</a> <a href="{OTHER_CALL}">Parade</a></div></div></div>
<footer class="ab"><a href="https://help.medium.com/?source=post_page">Help</a><a href="https://medium.statuspage.io/">Status</a></footer>
</div></div></body></html>""",
    url="https://medium.com/@priya/i-blog-because-nobody-asked-me-to-3f2a1b",
    title="I Blog Because Nobody Asked Me To",
    author_name="Priya Natarajan",
    published="2024-03-14T15:02:11.345000+00:00",
    summary_prefix="Permission is overrated",
    language="en",
    kind="article",
    must_not_link=[OTHER_CALL, "https://medium.com/@priya/another-story-1a2b"],
)

# 10 Substack
page(
    "substack-en",
    f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Why I write a newsletter instead of a blog (sort of)</title>
<meta property="og:type" content="article"><meta property="og:title" content="Why I write a newsletter instead of a blog (sort of)">
<meta name="description" content="Same thing, different envelope: a newsletter is a blog that knocks on your door.">
<meta property="og:description" content="Same thing, different envelope: a newsletter is a blog that knocks on your door.">
<meta property="og:image" content="https://substackcdn.com/image/fetch/w_1200/envelope.png">
<meta name="author" content="Marcus Lee">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","url":"https://marcuslee.substack.com/p/why-i-write-a-newsletter","mainEntityOfPage":"https://marcuslee.substack.com/p/why-i-write-a-newsletter","headline":"Why I write a newsletter instead of a blog (sort of)","description":"Same thing, different envelope: a newsletter is a blog that knocks on your door.","image":[{{"@type":"ImageObject","url":"https://substackcdn.com/image/fetch/w_1200/envelope.png"}}],"datePublished":"2024-03-15T12:00:52+00:00","dateModified":"2024-03-15T12:00:52+00:00","isAccessibleForFree":true,"author":[{{"@type":"Person","name":"Marcus Lee","url":"https://substack.com/@marcuslee","description":"Writer","identifier":"user:123","image":{{"@type":"ImageObject","contentUrl":"https://substackcdn.com/image/fetch/ml.png","thumbnailUrl":"https://substackcdn.com/image/fetch/ml.png"}}}}],"publisher":{{"@type":"Organization","name":"Marcus Lee's Letters","url":"https://marcuslee.substack.com"}}}}</script>
</head><body>
<div id="entry"><div id="main" class="main typography use-theme-bg"><div class="main-menu-content"><div class="topbar-content"><a href="/" class="navbar-title-link">Marcus Lee's Letters</a><a href="/subscribe" class="button subscribe-btn">Subscribe</a></div></div>
<div class="container"><div class="single-post-container"><div class="single-post"><article class="typography newsletter-post post">
<div class="post-header"><h1 class="post-title published">Why I write a newsletter instead of a blog (sort of)</h1><h3 class="subtitle">Same thing, different envelope: a newsletter is a blog that knocks on your door.</h3>
<div class="post-meta"><div class="profile-hover-card-target"><a href="https://substack.com/@marcuslee" class="pencraft">Marcus Lee</a></div><div class="pencraft">Mar 15, 2024</div></div></div>
<div class="available-content"><div dir="auto" class="body markup">
<p>Hanna’s <a href="{CALL}" rel="">blog parade</a> asks why we blog. I will answer for the slightly odd cousin of the blog: the newsletter.</p>
<p>{LOREM_EN * 3}</p>
<div class="subscription-widget-wrap"><div class="subscription-widget show-subscribe"><div class="preamble"><p>Thanks for reading! Subscribe for free.</p></div><form class="subscription-widget-subscribe"><input type="email" name="email"></form></div></div>
<p>{LOREM_EN * 2}</p>
<p class="button-wrapper"><a class="button primary" href="https://marcuslee.substack.com/p/why-i-write-a-newsletter/comments"><span>Leave a comment</span></a></p>
</div></div>
<div class="post-footer"><a href="{OTHER_CALL}">Parade</a></div>
</article></div></div></div>
<div class="footer-wrap"><div class="footer"><a href="https://substack.com/privacy">Privacy</a> <a href="https://substack.com/signup">Start writing</a></div></div>
</div></div></body></html>""",
    url="https://marcuslee.substack.com/p/why-i-write-a-newsletter",
    title="Why I write a newsletter instead of a blog (sort of)",
    author_name="Marcus Lee",
    published="2024-03-15T12:00:52+00:00",
    summary_prefix="Same thing, different envelope",
    language="en",
    kind="article",
    must_not_link=[OTHER_CALL, "https://substack.com/privacy"],
)

# 11 Mastodon (server-rendered status page with h-entry)
page(
    "mastodon-status-en",
    f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Rosa Park (@rosa@social.example)</title>
<meta content="Mastodon" property="og:site_name">
<meta content="article" property="og:type">
<meta content="Rosa Park (@rosa@social.example)" property="og:title">
<meta content="https://social.example/@rosa/112233445566778899" property="og:url">
<meta content="2024-03-16T09:41:27Z" property="og:published_time">
<meta content="I blog because a toot disappears and a post stays. My answer for the #Blogparade: https://parade.example/p/warum-bloggen/" property="og:description">
<meta content="https://files.social.example/accounts/avatars/rosa.png" property="og:image">
<link href="https://social.example/users/rosa/statuses/112233445566778899" rel="alternate" type="application/activity+json">
</head><body class="with-modals">
<div class="public-layout"><div class="container"><nav class="header"><a class="brand" href="https://social.example/">social.example</a><a class="nav-link" href="/explore">Explore</a></nav></div>
<div class="container"><div class="grid"><div class="column-0"><div class="activity-stream h-entry">
<div class="entry entry-center"><div class="detailed-status detailed-status--flex">
<a class="detailed-status__display-name u-url" href="https://social.example/@rosa" rel="noopener"><div class="detailed-status__display-avatar"><img alt="" class="account__avatar u-photo" src="https://files.social.example/accounts/avatars/rosa.png"></div>
<span class="display-name"><bdi><strong class="display-name__html p-name emojify">Rosa Park</strong></bdi> <span class="display-name__account">@rosa@social.example</span></span></a>
<div class="status__content emojify"><div class="e-content" lang="en"><p>I blog because a toot disappears and a post stays. My answer for the <a href="https://social.example/tags/Blogparade" class="mention hashtag" rel="tag">#<span>Blogparade</span></a>: <a href="{CALL}" target="_blank" rel="nofollow noopener noreferrer"><span class="invisible">https://</span><span class="ellipsis">parade.example/p/warum-bloggen/</span></a></p></div></div>
<div class="detailed-status__meta"><data class="dt-published" value="2024-03-16T09:41:27+00:00"></data><a class="detailed-status__datetime u-url u-uid" href="https://social.example/@rosa/112233445566778899"><time class="formatted" datetime="2024-03-16T09:41:27Z">Mar 16, 2024, 09:41</time></a></div>
</div></div></div></div></div></div>
<div class="footer"><a href="https://joinmastodon.org">Mastodon</a> <a href="{OTHER_CALL}">x</a></div></div>
</body></html>""",
    url="https://social.example/@rosa/112233445566778899",
    title="I blog because a toot disappears and a post stays.",
    author_name="Rosa Park",
    published="2024-03-16T09:41:27+00:00",
    summary_prefix="I blog because a toot disappears",
    language="en",
    kind="fediverse",
    must_not_link=[OTHER_CALL, "https://joinmastodon.org"],
)

# 12 German news site
page(
    "news-de",
    f"""<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8">
<title>Blogs erleben ein Comeback: Warum Menschen wieder selbst publizieren | Rheinische Rundschau</title>
<meta name="description" content="Nach Jahren der Plattformen entdecken viele das eigene Blog neu. Eine Blogparade sammelt die Gründe.">
<meta property="og:title" content="Blogs erleben ein Comeback: Warum Menschen wieder selbst publizieren">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Rheinische Rundschau">
<meta property="og:image" content="https://www.rundschau.example/img/blogs-comeback-1200.jpg">
<meta name="date" content="2024-03-17T06:30:00+01:00">
<script type="application/ld+json">[{{"@context":"https://schema.org","@type":"NewsArticle","headline":"Blogs erleben ein Comeback: Warum Menschen wieder selbst publizieren","datePublished":"2024-03-17T06:30:00+01:00","dateModified":"2024-03-17T08:12:00+01:00","author":[{{"@type":"Person","name":"Katrin Wolff","url":"https://www.rundschau.example/autoren/katrin-wolff/"}},{{"@type":"Person","name":"Mehmet Yilmaz"}}],"publisher":{{"@type":"NewsMediaOrganization","name":"Rheinische Rundschau","logo":{{"@type":"ImageObject","url":"https://www.rundschau.example/logo.png"}}}},"image":["https://www.rundschau.example/img/blogs-comeback-1200.jpg"],"description":"Nach Jahren der Plattformen entdecken viele das eigene Blog neu. Eine Blogparade sammelt die Gründe.","isAccessibleForFree":"True"}},{{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{{"@type":"ListItem","position":1,"name":"Kultur","item":"https://www.rundschau.example/kultur/"}}]}}]</script>
</head><body>
<div class="page"><header class="site-header"><a href="/" class="logo">Rheinische Rundschau</a><nav class="main-nav"><a href="/politik/">Politik</a><a href="/kultur/">Kultur</a><a href="/digital/">Digital</a></nav></header>
<div class="cookie-banner"><p>Wir verwenden Cookies.</p><a href="/datenschutz/">Datenschutz</a></div>
<main id="content"><article class="article article--long">
<div class="article-header"><span class="kicker">Netzkultur</span><h1 class="article-title">Blogs erleben ein Comeback: Warum Menschen wieder selbst publizieren</h1>
<p class="article-lead">Nach Jahren der Plattformen entdecken viele das eigene Blog neu. Eine Blogparade sammelt die Gründe.</p>
<div class="byline">Von <a href="/autoren/katrin-wolff/">Katrin Wolff</a> und Mehmet Yilmaz · <time datetime="2024-03-17T06:30:00+01:00">17.03.2024, 06:30 Uhr</time></div></div>
<div class="article-body">
<p>Köln. Sie heißen „Kaffeesatz“, „Byte Garden“ oder „Strickliesel“, und sie haben eines gemeinsam: Ihre Autorinnen und Autoren schreiben wieder für das eigene Blog. Unter dem Motto <a href="{CALL}">„Warum bloggen?“</a> sammelt eine Blogparade derzeit Dutzende Antworten.</p>
<p>{LOREM_DE * 2}</p>
<div class="teaser-box related"><h3>Mehr zum Thema</h3><ul><li><a href="/digital/plattformen-krise/">Die Krise der Plattformen</a></li><li><a href="{OTHER_CALL}">Noch eine Parade</a></li></ul></div>
<p>{LOREM_DE * 2}</p>
<div class="ad-slot ad"><a href="https://ads.example/click">Anzeige</a></div>
</div>
<div class="article-share share"><a href="https://www.facebook.com/sharer.php?u=x">Teilen</a></div>
</article></main>
<aside class="sidebar"><div class="most-read"><a href="/kultur/andere/">Meistgelesen</a></div></aside>
<footer class="site-footer"><a href="/impressum/">Impressum</a><a href="/datenschutz/">Datenschutz</a></footer></div>
</body></html>""",
    url="https://www.rundschau.example/kultur/blogs-comeback-blogparade-100.html",
    title="Blogs erleben ein Comeback: Warum Menschen wieder selbst publizieren",
    author_name="Katrin Wolff",
    published="2024-03-17T06:30:00+01:00",
    summary_prefix="Nach Jahren der Plattformen entdecken viele",
    language="de",
    kind="article",
    must_not_link=[
        OTHER_CALL,
        "https://www.rundschau.example/digital/plattformen-krise/",
        "https://ads.example/click",
        "https://www.rundschau.example/impressum/",
    ],
)

# 13 English news site, no JSON-LD author, byline with rel=author
page(
    "news-en",
    f"""<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8">
<title>The return of the personal blog - The Northern Courier</title>
<meta property="og:title" content="The return of the personal blog">
<meta property="og:description" content="Tired of algorithms, writers are going back to their own websites. A ‘blog parade’ is collecting their reasons.">
<meta property="og:image" content="https://courier.example/images/blogs.jpg">
<meta property="og:type" content="article">
<meta property="article:published_time" content="2024-03-18T11:45:00Z">
<meta name="twitter:creator" content="@jwhitfield">
</head><body class="article-page">
<a href="#main" class="skip">Skip to main content</a>
<div class="masthead"><a href="/">The Northern Courier</a><ul class="menu"><li><a href="/news/">News</a></li><li><a href="/culture/">Culture</a></li></ul></div>
<div class="layout"><div class="content-column">
<div class="story">
<h1 class="headline">The return of the personal blog</h1>
<p class="standfirst">Tired of algorithms, writers are going back to their own websites. A ‘blog parade’ is collecting their reasons.</p>
<p class="byline">By <a rel="author" href="/profile/james-whitfield">James Whitfield</a>, Technology correspondent</p>
<div class="story-body">
<p>It started with a simple question on one blogger's site: <a href="{CALL}">why do you still blog?</a> Within two weeks, more than fifty people had answered on their own websites.</p>
<p>{LOREM_EN * 3}</p>
<p>{LOREM_EN * 2}</p>
</div>
</div>
<div class="related-articles"><h2>Related</h2><a href="/culture/newsletters/">Newsletters</a><a href="{OTHER_CALL}">Other parade</a></div>
</div>
<div class="sidebar"><div class="most-popular"><a href="/news/weather/">Weather</a></div></div></div>
<div class="footer"><a href="/contact/">Contact</a></div>
</body></html>""",
    url="https://courier.example/culture/2024/mar/18/return-of-the-personal-blog",
    title="The return of the personal blog",
    author_name="James Whitfield",
    published="2024-03-18T11:45:00+00:00",
    summary_prefix="Tired of algorithms, writers are going back",
    language="en",
    kind="article",
    must_not_link=[
        OTHER_CALL,
        "https://courier.example/culture/newsletters/",
        "https://courier.example/news/weather/",
    ],
)

# 14 Hand-written static page, little metadata
page(
    "plain-static-en",
    f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="author" content="Dr. Harold Finch">
<title>Why I Keep a Home Page</title>
</head>
<body bgcolor="#ffffff">
<p><a href="index.html">Home</a> | <a href="papers.html">Papers</a> | <a href="links.html">Links</a></p>
<hr>
<h1>Why I Keep a Home Page</h1>
<p><i>Posted on 2024-03-19</i></p>
<p>Someone asked, in a <a href="{CALL}">blog parade</a>, why people still write on their own sites. I have kept this home page since 1996, so I suppose I should answer.</p>
<p>{LOREM_EN * 2}</p>
<p>{LOREM_EN}</p>
<hr>
<p><small>Last modified: 19 March 2024. <a href="mailto:finch@example.edu">finch@example.edu</a></small></p>
</body>
</html>""",
    url="https://www.cs.example.edu/~finch/why.html",
    title="Why I Keep a Home Page",
    author_name="Dr. Harold Finch",
    published="2024-03-19",
    summary_prefix="Someone asked, in a blog parade",
    language="en",
    kind="article",
    must_not_link=["https://www.cs.example.edu/~finch/papers.html"],
)

# 15 WordPress post that links to the call only from a comment and the footer
page(
    "wordpress-comment-only-de",
    f"""<!DOCTYPE html>
<html lang="de-DE"><head><meta charset="UTF-8"><title>Mein Winter in Bildern &#8211; Fernweh</title>
<meta property="og:title" content="Mein Winter in Bildern">
<meta property="article:published_time" content="2024-02-20T10:00:00+01:00">
<meta name="author" content="Tim Sommer">
<meta property="og:description" content="Schnee, Nebel und ein bisschen Sonne: der Winter in zwölf Fotos.">
</head>
<body class="single">
<div id="page" class="site"><header id="masthead" class="site-header"><p class="site-title"><a href="/">Fernweh</a></p></header>
<div id="content" class="site-content"><main id="main" class="site-main">
<article id="post-5" class="post-5 post hentry">
<header class="entry-header"><h1 class="entry-title">Mein Winter in Bildern</h1><span class="posted-on"><time class="entry-date published" datetime="2024-02-20T10:00:00+01:00">20. Februar 2024</time></span>
<span class="byline"><span class="author vcard"><a class="url fn n" href="/author/tim/">Tim Sommer</a></span></span></header>
<div class="entry-content"><p>Schnee, Nebel und ein bisschen Sonne: der Winter in zwölf Fotos. Mehr Fotos gibt es bei <a href="https://fotos.example/tim/">Flickr</a>.</p><p>{LOREM_DE * 2}</p></div>
</article>
{wp_comments(CALL)}
</main></div>
{WP_SIDEBAR}
<footer id="colophon" class="site-footer"><a href="{CALL}">Blogparade</a></footer>
</div></body></html>""",
    url="https://fernweh.example/2024/02/winter-in-bildern/",
    title="Mein Winter in Bildern",
    author_name="Tim Sommer",
    published="2024-02-20T10:00:00+01:00",
    summary_prefix="Schnee, Nebel und ein bisschen Sonne",
    language="de",
    kind="article",
    call_in_main=False,
    must_not_link=[CALL, OTHER_CALL, "https://jo.example/"],
)

# 16 Hugo page with the call only in a sidebar widget
page(
    "hugo-sidebar-only-en",
    f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Release notes for my dotfiles · Terminal Tales</title>
<meta name="description" content="What changed in my dotfiles this quarter.">
<meta property="og:title" content="Release notes for my dotfiles">
<meta property="article:published_time" content="2024-03-01T08:00:00+00:00">
<meta name="author" content="Kim Lindqvist">
</head><body>
<div class="container"><div class="row">
<div class="col-md-8"><div class="post"><h1 class="post-title">Release notes for my dotfiles</h1><span class="post-date">Mar 1, 2024</span>
<div class="post-content"><p>What changed in my dotfiles this quarter: a new prompt, fewer plugins, and a faster shell start. The details are on <a href="https://github.com/kim/dotfiles">GitHub</a>.</p><p>{LOREM_EN * 2}</p></div></div></div>
<div class="col-md-4"><div class="sidebar"><div class="sidebar-widget"><h4>Currently participating</h4><p><a href="{CALL}">Why do you blog?</a></p></div></div></div>
</div></div>
<footer><p>© Kim Lindqvist</p></footer>
</body></html>""",
    url="https://terminaltales.example/posts/dotfiles-q1/",
    title="Release notes for my dotfiles",
    author_name="Kim Lindqvist",
    published="2024-03-01T08:00:00+00:00",
    summary_prefix="What changed in my dotfiles this quarter",
    language="en",
    kind="article",
    call_in_main=False,
    must_not_link=[CALL],
)

# 17 Podcast episode on WordPress (PowerPress) with audio enclosure
page(
    "podcast-episode-de",
    f"""<!DOCTYPE html>
<html lang="de-DE"><head><meta charset="UTF-8"><title>Folge 42: Warum wir bloggen &#8211; Der Feierabend-Podcast</title>
<meta property="og:type" content="article">
<meta property="og:title" content="Folge 42: Warum wir bloggen">
<meta property="og:description" content="In Folge 42 sprechen wir über die Blogparade „Warum bloggen?“ und unsere eigenen Gründe.">
<meta property="og:audio" content="https://feierabend.example/media/folge42.mp3">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"PodcastEpisode","url":"https://feierabend.example/folge-42/","name":"Folge 42: Warum wir bloggen","datePublished":"2024-03-20","timeRequired":"PT58M","description":"In Folge 42 sprechen wir über die Blogparade „Warum bloggen?“ und unsere eigenen Gründe.","associatedMedia":{{"@type":"MediaObject","contentUrl":"https://feierabend.example/media/folge42.mp3"}},"partOfSeries":{{"@type":"PodcastSeries","name":"Der Feierabend-Podcast","url":"https://feierabend.example/"}},"author":{{"@type":"Person","name":"Anja Roth"}}}}</script>
</head><body class="single single-post">
<header class="site-header"><a href="/">Der Feierabend-Podcast</a><nav class="main-navigation"><a href="/folgen/">Alle Folgen</a></nav></header>
<main id="main"><article class="post hentry">
<h1 class="entry-title">Folge 42: Warum wir bloggen</h1>
<div class="entry-content">
<div class="powerpress_player" id="powerpress_player_1"><audio class="wp-audio-shortcode" preload="none" controls="controls"><source type="audio/mpeg" src="https://feierabend.example/media/folge42.mp3" /><a href="https://feierabend.example/media/folge42.mp3">https://feierabend.example/media/folge42.mp3</a></audio></div>
<p class="powerpress_links powerpress_links_mp3">Podcast: <a href="https://feierabend.example/media/folge42.mp3" class="powerpress_link_d" title="Download" rel="nofollow" download="folge42.mp3">Download</a></p>
<p>In Folge 42 sprechen wir über die <a href="{CALL}">Blogparade „Warum bloggen?“</a> und unsere eigenen Gründe.</p>
<h3>Shownotes</h3><ul><li><a href="https://indieweb.example/">IndieWeb</a> – worum es dabei geht und warum es wichtig ist</li><li>Die eigene Domain als digitales Zuhause, das man selbst gestaltet</li></ul>
<p>{LOREM_DE}</p>
</div></article></main>
<footer class="site-footer"><a href="/impressum/">Impressum</a></footer>
</body></html>""",
    url="https://feierabend.example/folge-42/",
    title="Folge 42: Warum wir bloggen",
    author_name="Anja Roth",
    published="2024-03-20",
    summary_prefix="In Folge 42 sprechen wir über die Blogparade",
    language="de",
    kind="podcast",
    must_not_link=["https://feierabend.example/impressum/"],
)

# 18 YouTube video page (metadata only; the description's links are not main content)
page(
    "youtube-video-en",
    """<!DOCTYPE html><html style="font-size: 10px;font-family: Roboto, Arial, sans-serif;" lang="en" darker-dark-theme darker-dark-theme-deprecate system-icons typography typography-spacing>
<head><title>Why I Started Blogging Again (Blog Parade Answer) - YouTube</title>
<meta name="title" content="Why I Started Blogging Again (Blog Parade Answer)">
<meta name="description" content="After five years on video platforms I started a blog again. Here is why, and what the blog parade taught me.">
<meta property="og:site_name" content="YouTube"><meta property="og:url" content="https://www.youtube.com/watch?v=dQw4w9WgXcQ">
<meta property="og:title" content="Why I Started Blogging Again (Blog Parade Answer)">
<meta property="og:image" content="https://i.ytimg.com/vi/dQw4w9WgXcQ/maxresdefault.jpg">
<meta property="og:description" content="After five years on video platforms I started a blog again. Here is why, and what the blog parade taught me.">
<meta property="og:type" content="video.other">
<meta property="og:video:url" content="https://www.youtube.com/embed/dQw4w9WgXcQ">
<link itemprop="url" href="https://www.youtube.com/watch?v=dQw4w9WgXcQ">
<span itemprop="author" itemscope itemtype="http://schema.org/Person"><link itemprop="url" href="http://www.youtube.com/@DanaMakes"><link itemprop="name" content="Dana Makes"></span>
<meta itemprop="datePublished" content="2024-03-21T07:00:12-07:00"><meta itemprop="uploadDate" content="2024-03-21T07:00:12-07:00">
</head><body dir="ltr" no-y-overflow><div id="player"></div><ytd-app><div id="content"></div></ytd-app>
<script>var ytInitialData = {"contents":{}};</script></body></html>""",
    url="https://www.youtube.com/watch?v=dQw4w9WgXcQ",
    title="Why I Started Blogging Again (Blog Parade Answer)",
    author_name="Dana Makes",
    published="2024-03-21T07:00:12-07:00",
    summary_prefix="After five years on video platforms",
    language="en",
    kind="video",
    call_in_main=None,
)

# 19 Bluesky post page
page(
    "bluesky-post-de",
    f"""<!DOCTYPE html><html lang="de"><head><meta charset="utf-8">
<title>Moritz Klein (@moritz.bsky.social) – Bluesky</title>
<meta property="og:site_name" content="Bluesky Social">
<meta property="og:type" content="article">
<meta property="profile:username" content="moritz.bsky.social">
<meta property="og:url" content="https://bsky.app/profile/moritz.bsky.social/post/3kq2xyz">
<meta property="og:title" content="Moritz Klein (@moritz.bsky.social)">
<meta property="article:published_time" content="2024-03-22T14:03:00.000Z">
<meta property="og:description" content="Ich blogge, weil ich beim Schreiben erst merke, was ich denke. Mein Beitrag zur Blogparade: {CALL}">
<meta name="twitter:label1" content="Account DID"><meta name="twitter:value1" content="did:plc:abc">
</head><body>
<div id="bsky_post_summary"><h3>Post</h3><p id="bsky_display_name">Moritz Klein</p><p id="bsky_handle">moritz.bsky.social</p><p id="bsky_did">did:plc:abc</p>
<p id="bsky_post_text">Ich blogge, weil ich beim Schreiben erst merke, was ich denke. Mein Beitrag zur Blogparade: <a href="{CALL}">parade.example/p/warum-bloggen/</a></p>
<p id="bsky_post_indexedat">2024-03-22T14:03:00.000Z</p></div>
<noscript><p>JavaScript Required</p></noscript><div id="root"></div></body></html>""",
    url="https://bsky.app/profile/moritz.bsky.social/post/3kq2xyz",
    title="Ich blogge, weil ich beim Schreiben erst merke, was ich denke.",
    author_name="Moritz Klein",
    published="2024-03-22T14:03:00+00:00",
    summary_prefix="Ich blogge, weil ich beim Schreiben erst merke",
    language="de",
    kind="bluesky",
)

# 20 Micro.blog-style note with microformats, no title, and a reply context
page(
    "microblog-note-en",
    f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Owen Hart</title>
<meta property="og:title" content="Owen Hart">
<link rel="micropub" href="https://micro.blog/micropub">
</head><body>
<nav class="navbar"><a href="/">Owen Hart</a> <a href="/about/">About</a> <a href="/archive/">Archive</a></nav>
<div class="container"><div class="h-entry">
<a href="https://owen.example/2024/03/23/a-short-answer.html" class="u-url"><time class="dt-published" datetime="2024-03-23 16:20:00 +0000">Mar 23, 2024</time></a>
<a class="p-author h-card" href="https://owen.example/" style="display:none">Owen Hart</a>
<div class="e-content"><p>A short answer to <a href="{CALL}">why I blog</a>: because micro posts grow into long ones when nobody is watching, and that growth is the whole point.</p></div>
</div>
<div class="post-nav"><a href="/2024/03/22/previous.html">Previous</a></div>
<div class="replies"><div class="h-cite p-comment"><a href="{OTHER_CALL}">reply</a></div></div>
</div>
<footer class="footer"><a href="https://micro.blog/owen">Also on Micro.blog</a></footer>
</body></html>""",
    url="https://owen.example/2024/03/23/a-short-answer.html",
    title="A short answer to why I blog: because micro posts grow into long ones…",
    author_name="Owen Hart",
    published="2024-03-23T16:20:00+00:00",
    summary_prefix="A short answer to why I blog",
    language="en",
    kind="article",
    must_not_link=[OTHER_CALL, "https://micro.blog/owen"],
)


def main() -> None:
    for name, html, expected in PAGES:
        expected["call"] = CALL
        (HERE / f"{name}.html").write_text(html, encoding="utf-8")
        (HERE / f"{name}.json").write_text(
            json.dumps(expected, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
    print(f"wrote {len(PAGES)} pages")


if __name__ == "__main__":
    main()
