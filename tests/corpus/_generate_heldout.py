"""Writes the held-out part of the corpus: pages in the markup of engines, themes and sites
that the first two sets (_generate.py, _generate_hard.py) do not cover, written *before* any
rule in extract.py was changed for them (their first score is the honest held-out figure).

    .venv/bin/python tests/corpus/_generate_heldout.py

Same expected-JSON keys as _generate.py. The markup follows what the named engines, themes
and sites emit (as far as known: WordPress block themes, WordPress.com / Jetpack, Yoast's
JSON-LD graph, Hugo Stack, Jekyll Chirpy and al-folio, Eleventy's base blog, Astro's blog
template, Bear Blog, Squarespace, Wix, Substack podcasts, Lemmy, Ghost bookmark cards, Kirby,
TYPO3 news, and news sites' NewsArticle / LiveBlogPosting pages) with the usual noise: cookie
banners, newsletter boxes, related posts, author boxes, share buttons, comments with links.
All names, sites and texts are invented. About a quarter of the pages link to the call only
outside the article (sidebar, footer, comments, author box, related posts): not counted.
Links to the call vary in spelling (tracking parameters, http, no trailing slash) the way the
pipeline's canonical comparison accepts them.
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).parent
CALL = "https://parade.example/p/warum-bloggen/"
OTHER_CALL = "https://parade.example/p/lieblingsbuecher/"
# The call as people also write it: without the trailing slash, over http.
CALL_NO_SLASH = CALL.rstrip("/")
CALL_HTTP = CALL.replace("https://", "http://")

PAGES: list[tuple[str, str, dict]] = []


def page(name: str, html: str, **expected: object) -> None:
    expected.setdefault("call_in_main", True)
    expected.setdefault("must_not_link", [])
    expected.setdefault("call", CALL)
    PAGES.append((name, html, expected))


COOKIE_BANNER_DE = """<div id="cookie-law-info-bar" data-nosnippet="true" class="cli-bar-container"><span>Diese Website verwendet Cookies, um Ihre Erfahrung zu verbessern. Wir gehen davon aus, dass Sie damit einverstanden sind. <a role="button" data-cli_action="accept" id="cookie_action_close_header" class="cli_action_button cli-accept-button">Akzeptieren</a> <a href="/datenschutz/" id="CONSTANT_OPEN_URL" class="cli-plugin-main-link">Datenschutzerklärung</a></span></div>"""
COOKIE_BANNER_EN = """<div class="cmplz-cookiebanner cmplz-hidden banner-1 optin" role="dialog" aria-live="polite" aria-labelledby="cmplz-header-1-optin"><div class="cmplz-header"><div id="cmplz-header-1-optin" class="cmplz-title">Manage Cookie Consent</div></div><div class="cmplz-body"><div class="cmplz-message" id="cmplz-message-1-optin">To provide the best experiences, we use technologies like cookies to store and/or access device information.</div></div><div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button></div><div class="cmplz-links"><a href="/privacy-policy/" class="cmplz-link privacy-statement">Privacy Policy</a></div></div>"""

# 1 WordPress 6.7, Twenty Twenty-Five (block theme), no SEO plugin: no og, no JSON-LD; the date
# and author blocks after the content; a comment thread whose commenter also links to the call.
page(
    "heldout-wordpress-tt25-en",
    f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta name='robots' content='max-image-preview:large' />
<title>Notes from a slow blogger &#8211; Lanterns &amp; Ledgers</title>
<link rel="alternate" type="application/rss+xml" title="Lanterns &amp; Ledgers &raquo; Feed" href="https://lanterns.example/feed/" />
<link rel="alternate" type="application/rss+xml" title="Lanterns &amp; Ledgers &raquo; Notes from a slow blogger Comments Feed" href="https://lanterns.example/2025/02/notes-from-a-slow-blogger/feed/" />
<style id='wp-block-site-title-inline-css'>.wp-block-site-title{{box-sizing:border-box}}</style>
<link rel="https://api.w.org/" href="https://lanterns.example/wp-json/" /><link rel="alternate" title="JSON" type="application/json" href="https://lanterns.example/wp-json/wp/v2/posts/88" />
<meta name="generator" content="WordPress 6.7.1" />
<link rel="canonical" href="https://lanterns.example/2025/02/notes-from-a-slow-blogger/" />
<link rel='shortlink' href='https://lanterns.example/?p=88' />
</head>
<body class="post-template-default single single-post postid-88 single-format-standard wp-embed-responsive">
<div class="wp-site-blocks"><header class="wp-block-template-part">
<div class="wp-block-group alignfull is-layout-flow wp-block-group-is-layout-flow"><div class="wp-block-group has-global-padding is-layout-constrained wp-block-group-is-layout-constrained"><div class="wp-block-group alignwide is-content-justification-space-between is-layout-flex wp-container-core-group-is-layout-3 wp-block-group-is-layout-flex" style="padding-top:var(--wp--preset--spacing--30);padding-bottom:var(--wp--preset--spacing--30)">
<p class="wp-block-site-title"><a href="https://lanterns.example" target="_self" rel="home">Lanterns &amp; Ledgers</a></p>
<div class="wp-block-group is-content-justification-right is-nowrap is-layout-flex wp-block-group-is-layout-flex"><nav class="is-responsive items-justified-right wp-block-navigation is-layout-flex wp-block-navigation-is-layout-flex" aria-label="Navigation"><ul class="wp-block-navigation__container is-responsive items-justified-right wp-block-navigation"><li class=" wp-block-navigation-item wp-block-navigation-link"><a class="wp-block-navigation-item__content" href="https://lanterns.example/blog/"><span class="wp-block-navigation-item__label">Blog</span></a></li><li class=" wp-block-navigation-item wp-block-navigation-link"><a class="wp-block-navigation-item__content" href="https://lanterns.example/about/"><span class="wp-block-navigation-item__label">About</span></a></li></ul></nav></div>
</div></div></div>
</header>
<main class="wp-block-group has-global-padding is-layout-constrained wp-block-group-is-layout-constrained" style="margin-top:var(--wp--preset--spacing--60)">
<div class="wp-block-group alignfull has-global-padding is-layout-constrained wp-block-group-is-layout-constrained" style="padding-top:var(--wp--preset--spacing--60);padding-bottom:var(--wp--preset--spacing--60)">
<h1 class="wp-block-post-title">Notes from a slow blogger</h1>
<div class="wp-block-post-featured-image"><img width="1024" height="683" src="https://lanterns.example/wp-content/uploads/2025/02/desk-1024x683.jpg" class="attachment-post-thumbnail size-post-thumbnail wp-post-image" alt="" decoding="async" /></div>
<div class="entry-content alignfull wp-block-post-content has-global-padding is-layout-constrained wp-block-post-content-is-layout-constrained">
<p>I publish about once a month, which by the standards of the internet makes me a slow blogger. When I saw the <a href="{CALL}">blog parade asking why we still blog</a>, I realised that the slowness is the answer.</p>
<p>A post here takes me a week or two. I write a draft on Sunday, leave it alone, come back on Wednesday and throw half of it away. What is left is usually the part I did not know I thought until I wrote it down.</p>
<h2 class="wp-block-heading">Nobody is waiting, and that is fine</h2>
<p>There is no algorithm that punishes me for skipping a week. The twelve people who read this blog through their feed reader will see the next post whenever it arrives, and they have never complained.</p>
<p>So that is why I blog: because it is the one place on the web where I am allowed to take my time.</p>
</div>
<div class="wp-block-group is-layout-flow wp-block-group-is-layout-flow" style="margin-top:var(--wp--preset--spacing--60)">
<div class="wp-block-group is-layout-flex wp-block-group-is-layout-flex"><div class="wp-block-post-date has-small-font-size"><time datetime="2025-02-12T09:41:00+00:00">February 12, 2025</time></div>
<p class="has-small-font-size">&mdash;</p>
<div class="wp-block-group has-small-font-size is-layout-flex wp-block-group-is-layout-flex"><p>Written by </p><div class="wp-block-post-author-name"><a href="https://lanterns.example/author/ruth/" target="_self" class="wp-block-post-author-name__link">Ruth Okonkwo</a></div></div>
<div class="taxonomy-category wp-block-post-terms"><span class="wp-block-post-terms__prefix">in </span><a href="https://lanterns.example/category/writing/" rel="tag">Writing</a></div></div>
</div>
<nav class="wp-block-group alignwide is-content-justification-space-between is-layout-flex wp-block-group-is-layout-flex" aria-label="Post navigation"><div class="post-navigation-link-previous wp-block-post-navigation-link"><span class="wp-block-post-navigation-link__arrow-previous is-arrow-arrow" aria-hidden="true">←</span><a href="https://lanterns.example/2025/01/winter-reading/" rel="prev">Winter reading</a></div></nav>
<div class="wp-block-comments wp-block-comments-query-loop" style="margin-top:var(--wp--preset--spacing--70)">
<h2 class="wp-block-heading">Comments</h2>
<ol class="wp-block-comment-template"><li id="comment-14" class="comment even thread-even depth-1">
<div class="wp-block-group is-layout-flex wp-block-group-is-layout-flex"><div class="wp-block-avatar"><img alt='Dev Patel Avatar' src='https://secure.gravatar.com/avatar/0?s=40&#038;d=mm&#038;r=g' class='avatar avatar-40 photo wp-block-avatar__image' height='40' width='40' /></div>
<div class="wp-block-group is-layout-flow wp-block-group-is-layout-flow"><div class="wp-block-comment-author-name"><a rel="external nofollow ugc" href="https://devwrites.example/" target="_self">Dev Patel</a></div>
<div class="wp-block-comment-date"><time datetime="2025-02-13T18:02:11+00:00"><a href="https://lanterns.example/2025/02/notes-from-a-slow-blogger/#comment-14">February 13, 2025 at 6:02 pm</a></time></div>
<div class="wp-block-comment-content"><p>Lovely answer. I wrote mine too, after reading <a href="{CALL}" rel="nofollow ugc">the call</a> last week: <a href="https://devwrites.example/why-i-blog/" rel="nofollow ugc">https://devwrites.example/why-i-blog/</a></p></div>
<div class="wp-block-comment-reply-link"><a rel="nofollow" class="comment-reply-link" href="#comment-14" data-commentid="14" data-postid="88" data-belowelement="comment-14" data-respondelement="respond">Reply</a></div></div></div></li></ol>
<div id="respond" class="comment-respond wp-block-post-comments-form"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3><form action="https://lanterns.example/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate><p class="comment-form-comment"><label for="comment">Comment <span class="required">*</span></label> <textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p><p class="form-submit wp-block-button"><input name="submit" type="submit" id="submit" class="wp-block-button__link wp-element-button" value="Post Comment" /></p></form></div>
</div>
</div>
</main>
<footer class="wp-block-template-part"><div class="wp-block-group has-global-padding is-layout-constrained wp-block-group-is-layout-constrained"><p class="has-small-font-size">Designed with <a href="https://wordpress.org" rel="nofollow">WordPress</a></p></div></footer></div>
</body>
</html>
""",
    url="https://lanterns.example/2025/02/notes-from-a-slow-blogger/",
    title="Notes from a slow blogger",
    author_name="Ruth Okonkwo",
    published="2025-02-12T09:41:00+00:00",
    summary_prefix="I publish about once a month, which by the standards of the internet",
    language="en",
    kind="article",
    must_not_link=[
        "https://devwrites.example/",
        "https://devwrites.example/why-i-blog/",
        "https://lanterns.example/2025/01/winter-reading/",
    ],
)

# 2 WordPress.com (classic theme Independent Publisher 2): Jetpack's OpenGraph tags, hentry
# markup, the call in a quote block with tracking parameters; sharing, likes and Jetpack's
# related posts after the content; the floating "Subscribe" bar.
page(
    "heldout-wordpresscom-en",
    f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>What the blog parade made me admit &#8211; Slow Mornings</title>
<link rel='dns-prefetch' href='//s0.wp.com' />
<link rel="alternate" type="application/rss+xml" title="Slow Mornings &raquo; Feed" href="https://slowmornings.wordpress.com/feed/" />
<!-- Jetpack Open Graph Tags -->
<meta property="og:type" content="article" />
<meta property="og:title" content="What the blog parade made me admit" />
<meta property="og:url" content="https://slowmornings.wordpress.com/2025/01/19/what-the-blog-parade-made-me-admit/" />
<meta property="og:description" content="Someone asked why I blog, and the honest answer surprised me. It has less to do with readers than with remembering." />
<meta property="article:published_time" content="2025-01-19T14:03:27+00:00" />
<meta property="article:modified_time" content="2025-01-20T08:10:02+00:00" />
<meta property="og:site_name" content="Slow Mornings" />
<meta property="og:image" content="https://slowmornings.wordpress.com/wp-content/uploads/2025/01/coffee.jpg" />
<meta property="og:image:width" content="1200" />
<meta property="og:locale" content="en_US" />
<meta property="article:publisher" content="https://www.facebook.com/WordPresscom" />
<meta name="twitter:creator" content="@helenmarsh" />
<meta name="twitter:site" content="@wordpressdotcom" />
<meta name="twitter:text:title" content="What the blog parade made me admit" />
<meta name="twitter:card" content="summary_large_image" />
<!-- End Jetpack Open Graph Tags -->
<meta name="description" content="Someone asked why I blog, and the honest answer surprised me. It has less to do with readers than with remembering." />
<link rel="canonical" href="https://slowmornings.wordpress.com/2025/01/19/what-the-blog-parade-made-me-admit/" />
<meta name="generator" content="WordPress.com" />
</head>
<body class="post-template-default single single-post postid-611 single-format-standard customizer-styles-applied highlander-enabled highlander-light">
<div id="page" class="hfeed site">
<header id="masthead" class="site-header" role="banner"><div class="site-branding"><a href="https://slowmornings.wordpress.com/" class="site-logo-link" rel="home" itemprop="url"><img width="100" height="100" src="https://slowmornings.wordpress.com/wp-content/uploads/2024/02/me.jpg" class="no-grav site-logo" alt="" itemprop="logo" /></a><h1 class="site-title"><a href="https://slowmornings.wordpress.com/" rel="home">Slow Mornings</a></h1><h2 class="site-description">Coffee, books, and the occasional long walk</h2></div>
<nav id="site-navigation" class="main-navigation" role="navigation"><div class="menu-primary-container"><ul id="menu-primary" class="menu"><li class="menu-item"><a href="https://slowmornings.wordpress.com/about/">About</a></li></ul></div></nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main" role="main">
<article id="post-611" class="post-611 post type-post status-publish format-standard hentry category-uncategorized tag-blog-parade">
<header class="entry-header"><h1 class="entry-title">What the blog parade made me admit</h1></header>
<div class="entry-meta"><span class="byline"><span class="author vcard"><a class="url fn n" href="https://slowmornings.wordpress.com/author/helenmarsh/">Helen Marsh</a></span></span><span class="cat-links"> in <a href="https://slowmornings.wordpress.com/category/uncategorized/" rel="category tag">Uncategorized</a></span><span class="published-on"><a href="https://slowmornings.wordpress.com/2025/01/19/what-the-blog-parade-made-me-admit/" rel="bookmark"><time class="entry-date published" datetime="2025-01-19T14:03:27+00:00">January 19, 2025</time><time class="updated" datetime="2025-01-20T08:10:02+00:00">January 20, 2025</time></a></span></div>
<div class="entry-content">
<p>A friend sent me a link last week with a one-line question attached: was I going to join? The link was to a blog parade, and the prompt was simple enough:</p>
<blockquote class="wp-block-quote is-layout-flow wp-block-quote-is-layout-flow"><p>Why do you blog, and why do you keep doing it when nobody seems to read blogs any more?</p><cite>— <a href="{CALL}?utm_source=newsletter&amp;utm_medium=email&amp;utm_campaign=parade">the call for the parade</a></cite></blockquote>
<p>My first answer was the polite one: to share things. But I looked at my archive and most posts have two or three readers, and one of them is my mother. So I am not really sharing much.</p>
<p>The honest answer is that I blog to remember. I have forgotten almost everything that happened in 2016, except for the eleven things I wrote about here. When I read those posts now, the whole year comes back.</p>
<div id="jp-post-flair" class="sharedaddy sd-like-enabled sd-sharing-enabled"><div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Share this:</h3><div class="sd-content"><ul><li class="share-twitter"><a rel="nofollow noopener noreferrer" class="share-twitter sd-button share-icon" href="https://slowmornings.wordpress.com/2025/01/19/what-the-blog-parade-made-me-admit/?share=twitter" target="_blank"><span>X</span></a></li><li class="share-facebook"><a rel="nofollow noopener noreferrer" class="share-facebook sd-button share-icon" href="https://slowmornings.wordpress.com/2025/01/19/what-the-blog-parade-made-me-admit/?share=facebook" target="_blank"><span>Facebook</span></a></li></ul></div></div></div>
<div class='sharedaddy sd-block sd-like jetpack-likes-widget-wrapper jetpack-likes-widget-unloaded' id='like-post-wrapper-1234-611'><h3 class="sd-title">Like this:</h3><div class='likes-widget-placeholder post-likes-widget-placeholder'><span class="button"><span>Like</span></span> <span class="loading">Loading...</span></div></div>
<div id='jp-relatedposts' class='jp-relatedposts' ><h3 class="jp-relatedposts-headline"><em>Related</em></h3><div class="jp-relatedposts-items jp-relatedposts-items-visual"><div class="jp-relatedposts-post"><a class="jp-relatedposts-post-a" href="https://slowmornings.wordpress.com/2024/11/03/on-keeping-a-diary/" title="On keeping a diary">On keeping a diary</a></div></div></div></div>
</div>
<footer class="entry-footer"><span class="tags-links">Tagged <a href="https://slowmornings.wordpress.com/tag/blog-parade/" rel="tag">blog parade</a></span></footer>
</article>
</main></div></div>
<footer id="colophon" class="site-footer" role="contentinfo"><div class="site-info"><a href="https://wordpress.com/?ref=footer_blog" rel="nofollow">Blog at WordPress.com.</a></div></footer>
</div>
<div id="actionbar" dir="ltr" style="display: none;" class="actnbr-pub-independent-publisher-2 actnbr-has-follow"><ul><li class="actnbr-btn actnbr-hidden"><a class="actnbr-action actnbr-actn-follow" href=""><span>Subscribe</span></a><div class="actnbr-popover tip tip-top-left actnbr-notice"><div class="actnbr-inner"><div class="actnbr-site-title"><a href="https://slowmornings.wordpress.com">Slow Mornings</a></div></div></div></li></ul></div>
</body>
</html>
""",
    url="https://slowmornings.wordpress.com/2025/01/19/what-the-blog-parade-made-me-admit/",
    title="What the blog parade made me admit",
    author_name="Helen Marsh",
    published="2025-01-19T14:03:27+00:00",
    summary_prefix="Someone asked why I blog, and the honest answer surprised me",
    language="en",
    kind="article",
    must_not_link=[
        "https://slowmornings.wordpress.com/2024/11/03/on-keeping-a-diary/",
        "https://wordpress.com/?ref=footer_blog",
    ],
)

# 3 Hugo + Stack: the headline is an <h2> in the article's <header>, the date a <time> without
# datetime (Hugo's og template has article:published_time), no author anywhere but the site
# name in the left sidebar; the call as a bare URL without its trailing slash.
page(
    "heldout-hugo-stack-en",
    f"""<!DOCTYPE html>
<html lang="en-us" dir="ltr">
    <head><meta charset='utf-8'>
<meta name='viewport' content='width=device-width, initial-scale=1'><meta name='description' content="I answered a blog parade about why we blog. The short version: a homelab without notes is a homelab you rebuild every year.">
<title>Why I blog about my homelab</title>

<link rel='canonical' href='https://tferreira.example/p/why-i-blog-about-my-homelab/'>

<link rel="stylesheet" href="/scss/style.min.663803bebe609202d5b39d848f2d7c2dc8b598a2d879efa079fa88893d29c49c.css"><meta property='og:title' content="Why I blog about my homelab">
<meta property='og:description' content="I answered a blog parade about why we blog. The short version: a homelab without notes is a homelab you rebuild every year.">
<meta property='og:url' content='https://tferreira.example/p/why-i-blog-about-my-homelab/'>
<meta property='og:site_name' content='Tomás Ferreira'>
<meta property='og:type' content='article'><meta property='article:section' content='Post' /><meta property='article:tag' content='blogging' /><meta property='article:tag' content='homelab' /><meta property='article:published_time' content='2024-05-14T00:00:00&#43;00:00'/><meta property='article:modified_time' content='2024-05-14T00:00:00&#43;00:00'/>
<meta name="twitter:title" content="Why I blog about my homelab">
<meta name="twitter:description" content="I answered a blog parade about why we blog. The short version: a homelab without notes is a homelab you rebuild every year.">
    </head>
    <body class="
    article-page
    ">
    <script>
        (function() {{
            const colorSchemeKey = 'StackColorScheme';
            localStorage.setItem(colorSchemeKey, "auto");
        }})();
    </script>
    <div class="container main-container flex on-phone--column extended"><aside class="sidebar left-sidebar sticky ">
    <button class="hamburger hamburger--spin" type="button" id="toggle-menu" aria-label="Toggle Menu"><span class="hamburger-box"><span class="hamburger-inner"></span></span></button>
    <header>
            <figure class="site-avatar"><a href="/"><img src="/img/avatar_hu_7b1.png" width="300" height="300" class="site-logo" loading="lazy" alt="Avatar"></a></figure>
        <div class="site-meta">
            <h1 class="site-name"><a href="/">Tomás Ferreira</a></h1>
            <h2 class="site-description">Homelab, Linux and too many Raspberry Pis</h2>
        </div>
    </header><ol class="menu-social"><li><a href='https://github.com/tferreira' target="_blank" title="GitHub" rel="me">GitHub</a></li><li><a href='https://fosstodon.example/@tferreira' target="_blank" title="Mastodon" rel="me">Mastodon</a></li></ol>
    <ol class="menu" id="main-menu"><li ><a href='/' ><span>Home</span></a></li><li ><a href='/about/' ><span>About</span></a></li><li ><a href='/archives/' ><span>Archives</span></a></li></ol>
</aside>
<main class="main full-width">
    <article class="main-article">
    <header class="article-header">
    <div class="article-details">
    <header class="article-category"><a href="/categories/meta/" >Meta</a></header>
    <div class="article-title-wrapper">
        <h2 class="article-title"><a href="/p/why-i-blog-about-my-homelab/">Why I blog about my homelab</a></h2>
            <h3 class="article-subtitle">My answer to the blog parade</h3>
    </div>
    <footer class="article-time">
            <div><svg xmlns="http://www.w3.org/2000/svg" class="icon icon-tabler icon-tabler-calendar-time" width="56" height="56" viewBox="0 0 24 24"><path stroke="none" d="M0 0h24v24H0z"/></svg>
                <time class="article-time--published">May 14, 2024</time></div>
            <div><svg xmlns="http://www.w3.org/2000/svg" class="icon icon-tabler icon-tabler-clock" width="24" height="24" viewBox="0 0 24 24"><path stroke="none" d="M0 0h24v24H0z"/></svg>
                <time class="article-time--reading">3 minute read</time></div>
    </footer>
    </div>
</header>
    <section class="article-content">
<p>A blog parade is going round with a simple question: why do you blog? My call-out link, for anyone who wants to join: <a href="{CALL_NO_SLASH}" target="_blank" rel="noopener">{CALL_NO_SLASH}</a></p>
<p>My answer is boring and practical. Every service in my homelab has a post on this blog, because every service in my homelab has broken at least once, usually at two in the morning and always after I had forgotten how I set it up.</p>
<h2 id="the-notes-are-for-me">The notes are for me</h2>
<p>I write these posts for future me. Future me has no idea why the DNS server listens on port 5353 or which of the three reverse proxies is the one that actually runs. Past me, thankfully, wrote it all down here.</p>
<p>That other people find the posts useful is a nice side effect. About once a month someone writes to say a post about ZFS snapshots saved their weekend, and that is the best email I get.</p>
</section>
    <footer class="article-footer">
    <section class="article-tags"><a href="/tags/blogging/">Blogging</a><a href="/tags/homelab/">Homelab</a></section>
    <section class="article-copyright"><svg xmlns="http://www.w3.org/2000/svg" class="icon icon-tabler icon-tabler-copyright" width="24" height="24" viewBox="0 0 24 24"><path stroke="none" d="M0 0h24v24H0z"/></svg><span>Licensed under CC BY-NC-SA 4.0</span></section>
    </footer>
</article>
    <aside class="related-content--wrapper">
    <h2 class="section-title">Related content</h2>
    <div class="related-content"><div class="flex article-list--tile"><article class=""><a href="/p/zfs-snapshots-for-people-in-a-hurry/"><div class="article-details"><h2 class="article-title">ZFS snapshots for people in a hurry</h2></div></a></article></div></div>
</aside>
    <footer class="site-footer">
    <section class="copyright">&copy; 2020 - 2024 Tomás Ferreira</section>
    <section class="powerby">Built with <a href="https://gohugo.io/" target="_blank" rel="noopener">Hugo</a> <br />Theme <b><a href="https://github.com/CaiJimmy/hugo-theme-stack" target="_blank" rel="noopener" data-version="3.26.0">Stack</a></b> designed by <a href="https://jimmycai.com" target="_blank" rel="noopener">Jimmy</a></section>
</footer>
</main>
    <aside class="sidebar right-sidebar sticky">
            <section class="widget archives"><div class="widget-icon"></div><h2 class="widget-title section-title">Archives</h2><div class="widget-archive--list"><div class="archives-year"><a href="/archives/#2024"><span class="year">2024</span><span class="count">9</span></a></div></div></section>
    </aside>
    </div>
    </body>
</html>
""",
    url="https://tferreira.example/p/why-i-blog-about-my-homelab/",
    title="Why I blog about my homelab",
    author_name="Tomás Ferreira",
    published="2024-05-14",
    summary_prefix="I answered a blog parade about why we blog",
    language="en",
    kind="article",
    must_not_link=[
        "/p/zfs-snapshots-for-people-in-a-hurry/",
        "https://gohugo.io/",
        "/archives/#2024",
    ],
)

# 4 Jekyll + Chirpy 7: jekyll-seo-tag (og + BlogPosting JSON-LD), a date shown by script from
# data-ts, the call only in a kramdown footnote at the end of the post; recently updated and
# trending tags in the right panel, related posts below.
page(
    "heldout-jekyll-chirpy-en",
    f"""<!doctype html>
<html lang="en" data-mode="light">
  <head>
    <meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
    <meta name="theme-color" media="(prefers-color-scheme: light)" content="#f7f7f7">
    <meta name="viewport" content="width=device-width, user-scalable=no initial-scale=1, shrink-to-fit=no, viewport-fit=cover">
    <!-- Begin Jekyll SEO tag v2.8.0 -->
    <meta name="generator" content="Jekyll v4.3.3" />
    <meta property="og:title" content="Blogging as a lab notebook" />
    <meta name="author" content="Wei Chen" />
    <meta property="og:locale" content="en" />
    <meta name="description" content="Why I keep a technical blog: it is my lab notebook, and a lab notebook only works if you write in it every day." />
    <meta property="og:description" content="Why I keep a technical blog: it is my lab notebook, and a lab notebook only works if you write in it every day." />
    <link rel="canonical" href="https://weichen.example/posts/blogging-as-a-lab-notebook/" />
    <meta property="og:url" content="https://weichen.example/posts/blogging-as-a-lab-notebook/" />
    <meta property="og:site_name" content="Wei's Notebook" />
    <meta property="og:type" content="article" />
    <meta property="article:published_time" content="2024-06-02T21:15:00+08:00" />
    <meta name="twitter:card" content="summary" />
    <meta property="twitter:title" content="Blogging as a lab notebook" />
    <script type="application/ld+json">
    {{"@context":"https://schema.org","@type":"BlogPosting","author":{{"@type":"Person","name":"Wei Chen","url":"https://github.com/weichen"}},"dateModified":"2024-06-03T10:00:00+08:00","datePublished":"2024-06-02T21:15:00+08:00","description":"Why I keep a technical blog: it is my lab notebook, and a lab notebook only works if you write in it every day.","headline":"Blogging as a lab notebook","mainEntityOfPage":{{"@type":"WebPage","@id":"https://weichen.example/posts/blogging-as-a-lab-notebook/"}},"url":"https://weichen.example/posts/blogging-as-a-lab-notebook/"}}</script>
    <!-- End Jekyll SEO tag -->
    <title>Blogging as a lab notebook | Wei's Notebook</title>
    <link rel="stylesheet" href="/assets/css/jekyll-theme-chirpy.css">
  </head>
  <body>
    <aside aria-label="Sidebar" id="sidebar" class="d-flex flex-column align-items-end">
      <header class="profile-wrapper"><a href="/" id="avatar" class="rounded-circle"><img src="/assets/img/avatar.png" width="112" height="112" alt="avatar" onerror="this.style.display='none'"></a><a class="site-title d-block" href="/">Wei's Notebook</a><p class="site-subtitle fst-italic mb-0">Systems, compilers and coffee</p></header>
      <nav class="flex-column flex-grow-1 w-100 ps-0"><ul class="nav"><li class="nav-item"><a href="/" class="nav-link"><i class="fa-fw fas fa-home"></i><span>HOME</span></a></li><li class="nav-item"><a href="/categories/" class="nav-link"><span>CATEGORIES</span></a></li><li class="nav-item"><a href="/about/" class="nav-link"><span>ABOUT</span></a></li></ul></nav>
      <div class="sidebar-bottom d-flex flex-wrap align-items-center w-100"><a href="https://github.com/weichen" aria-label="github" target="_blank" rel="noopener noreferrer"><i class="fab fa-github"></i></a></div>
    </aside>
    <div id="main-wrapper" class="d-flex justify-content-center">
      <div class="container d-flex flex-column px-xxl-5">
        <header id="topbar-wrapper" aria-label="Top Bar"><div id="topbar" class="d-flex align-items-center justify-content-between px-lg-3 h-100"><nav id="breadcrumb" aria-label="Breadcrumb"><span><a href="/">Home</a></span><span>Blogging as a lab notebook</span></nav></div></header>
        <div class="row flex-grow-1">
          <main aria-label="Main Content" class="col-12 col-lg-11 col-xl-9 px-md-4">
<article class="px-1">
  <header>
    <h1 data-toc-skip>Blogging as a lab notebook</h1>
    <p class="post-desc fw-light mb-4">Why I keep a technical blog: it is my lab notebook, and a lab notebook only works if you write in it every day.</p>
    <div class="post-meta text-muted">
      <span>Posted <time data-ts="1717334100" data-df="ll" data-bs-toggle="tooltip" data-bs-placement="bottom">Jun 2, 2024</time></span>
      <span>Updated <time data-ts="1717380000" data-df="ll" data-bs-toggle="tooltip" data-bs-placement="bottom">Jun 3, 2024</time></span>
      <div class="d-flex justify-content-between">
        <span>By <em><a href="https://github.com/weichen">Wei Chen</a></em></span>
        <span class="readtime" data-bs-toggle="tooltip" data-bs-placement="bottom" title="412 words"><em>2 min</em> read</span>
      </div>
    </div>
  </header>
  <div class="content">
    <p>Every researcher I worked with kept a lab notebook. Not a tidy one: a notebook full of crossed-out numbers, half-finished sketches and the occasional coffee ring. When an experiment failed three months later, the notebook was where they went to find out why.</p>
    <p>This blog is my lab notebook. When I benchmark an allocator, chase a compiler bug or set up a new build machine, I write it down here. Publishing it keeps me honest: I cannot write “it just worked” when someone might try to reproduce it.<sup id="fnref:1" role="doc-noteref"><a href="#fn:1" class="footnote" rel="footnote">1</a></sup></p>
    <h2 id="why-in-public"><span class="me-2">Why in public</span><a href="#why-in-public" class="anchor text-muted"><i class="fas fa-hashtag"></i></a></h2>
    <p>A private notebook would do the same job for me. But the public one has one extra feature: strangers correct it. Half of my best fixes came from readers who wrote to say that my benchmark was measuring the wrong thing.</p>
    <div class="footnotes" role="doc-endnotes">
      <ol>
        <li id="fn:1"><p>This post is my entry for the <a href="{CALL}">“Why do you blog?” blog parade</a>. <a href="#fnref:1" class="reversefootnote" role="doc-backlink">&#8617;&#xfe0e;</a></p></li>
      </ol>
    </div>
  </div>
  <div class="post-tail-wrapper text-muted">
    <div class="post-meta mb-3"><i class="far fa-folder-open fa-fw me-1"></i><a href="/categories/meta/">Meta</a></div>
    <div class="post-tags"><i class="fa fa-tags fa-fw me-1"></i><a href="/tags/blogging/" class="post-tag no-text-decoration">blogging</a></div>
    <div class="post-tail-bottom d-flex justify-content-between align-items-center mt-5 pb-2">
      <div class="license-wrapper">This post is licensed under <a href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a> by the author.</div>
      <div class="share-wrapper d-flex align-items-center"><span class="share-label text-muted">Share</span><span class="share-icons"><a href="https://twitter.com/intent/tweet?text=Blogging%20as%20a%20lab%20notebook&amp;url=https%3A%2F%2Fweichen.example%2Fposts%2Fblogging-as-a-lab-notebook%2F" target="_blank" rel="noopener" aria-label="Twitter"><i class="fa-fw fa-brands fa-square-x-twitter"></i></a></span></div>
    </div>
  </div>
</article>
          </main>
          <aside aria-label="Panel" id="panel-wrapper" class="col-xl-3 ps-2 text-muted">
            <div class="access">
              <section id="access-lastmod"><h2 class="panel-heading">Recently Updated</h2><ul class="content list-unstyled ps-0 pb-1 ms-1 mt-2"><li class="text-truncate lh-lg"><a href="/posts/a-tiny-allocator/">A tiny allocator</a></li></ul></section>
              <section><h2 class="panel-heading">Trending Tags</h2><div class="d-flex flex-wrap mt-3 mb-1 me-3"><a class="post-tag btn btn-outline-primary" href="/tags/compilers/">compilers</a></div></section>
            </div>
          </aside>
        </div>
        <div class="row">
          <div id="tail-wrapper" class="col-12 col-lg-11 col-xl-9 px-md-4">
            <aside id="related-posts" aria-labelledby="related-label"><h3 class="mb-4" id="related-label">Further Reading</h3><nav class="row row-cols-1 row-cols-md-2 row-cols-xl-3 g-4 mb-4"><article class="col"><a href="/posts/a-tiny-allocator/" class="post-preview card h-100"><div class="card-body"><h4 class="pt-0 my-2">A tiny allocator</h4></div></a></article></nav></aside>
            <footer aria-label="Site Info" class="d-flex flex-column justify-content-center text-muted flex-lg-row justify-content-lg-between align-items-lg-center pb-lg-3"><p>&copy; <time>2024</time> <a href="https://github.com/weichen">Wei Chen</a>. Some rights reserved.</p><p>Using the <a data-bs-toggle="tooltip" data-bs-placement="top" title="v7.0.1" href="https://github.com/cotes2020/jekyll-theme-chirpy" target="_blank" rel="noopener">Chirpy</a> theme for <a href="https://jekyllrb.com" target="_blank" rel="noopener">Jekyll</a>.</p></footer>
          </div>
        </div>
      </div>
    </div>
  </body>
</html>
""",
    url="https://weichen.example/posts/blogging-as-a-lab-notebook/",
    title="Blogging as a lab notebook",
    author_name="Wei Chen",
    published="2024-06-02T21:15:00+08:00",
    summary_prefix="Why I keep a technical blog: it is my lab notebook",
    language="en",
    kind="article",
    must_not_link=["/posts/a-tiny-allocator/", "https://jekyllrb.com"],
)

# 5 Eleventy base blog v9: no og, no JSON-LD, no author meta; the site-wide description
# (the tagline) as meta description on every page; the owner named only in the footer;
# the call linked over http.
page(
    "heldout-eleventy-base-en",
    f"""<!doctype html>
<html lang="en">
	<head>
		<meta charset="utf-8">
		<meta name="viewport" content="width=device-width, initial-scale=1.0">
		<title>Ten years of a personal site</title>
		<meta name="description" content="Priya writes about typography, maps and the small web.">
		<link rel="alternate" href="/feed/feed.xml" type="application/atom+xml" title="Priya Raman">
		<meta name="generator" content="Eleventy v3.0.0">
		<style>/* This is an arbitrary CSS string added to the bundle */ :root {{ --color-gray-20: #e0e0e0; }}</style>
	</head>
	<body>
		<a href="#skip" class="visually-hidden">Skip to main content</a>
		<header>
			<a href="/" class="home-link">Priya Raman</a>
			<nav>
				<h2 class="visually-hidden" id="top-level-navigation-menu">Top level navigation menu</h2>
				<ul class="nav">
					<li class="nav-item"><a href="/">Home</a></li>
					<li class="nav-item"><a href="/blog/">Archive</a></li>
					<li class="nav-item"><a href="/about/">About</a></li>
					<li class="nav-item"><a href="/feed/feed.xml">Feed</a></li>
				</ul>
			</nav>
		</header>
		<main id="skip">
			<heading-anchors>
<h1 id="ten-years-of-a-personal-site">Ten years of a personal site</h1>
<ul class="post-metadata">
	<li><time datetime="2024-04-09">09 April 2024</time></li>
	<li><a href="/tags/indieweb/" class="post-tag">indieweb</a>, </li>
	<li><a href="/tags/meta/" class="post-tag">meta</a></li>
</ul>
<p>This site turns ten this month. It has been a Jekyll site, a WordPress site, a hand-written folder of HTML files and, since last spring, an Eleventy site. Through all of that the URLs never changed, which is the thing I am proudest of.</p>
<p>The <a href="{CALL_HTTP}">blog parade on why we blog</a> came at the right moment, so here is my answer. I blog because a personal site is the only place on the web that is mine: no feed decides who sees it, no company can sell it, and nobody can change the terms under me.</p>
<h2 id="what-ten-years-taught-me">What ten years taught me</h2>
<p>Keep it simple enough that you can move it. Every time I changed tools the posts came with me as Markdown files, and every time I was glad I had not relied on a plugin that only one system understood.</p>
<p>And write for one reader at a time. The posts people still send me are never the ones I wrote for an audience.</p>
			</heading-anchors>
			<ul class="links-nextprev">
				<li class="links-nextprev-prev">← Previous<br> <a href="/blog/maps-i-love/">Maps I love</a></li>
			</ul>
		</main>
		<footer>
			<p>&copy; 2014–2024 Priya Raman. <em>Built with <a href="https://www.11ty.dev/">Eleventy v3.0.0</a></em></p>
		</footer>
	</body>
</html>
""",
    url="https://priyaraman.example/blog/ten-years/",
    title="Ten years of a personal site",
    author_name="Priya Raman",
    published="2024-04-09",
    summary_prefix="This site turns ten this month",
    language="en",
    kind="article",
    must_not_link=["/blog/maps-i-love/", "https://www.11ty.dev/", "/feed/feed.xml"],
)

# 6 Astro blog template: og:type website, a hero image, the date (and "Last updated on") in
# <time> above the <h1>, the name only in the template's "© year Your name" footer.
page(
    "heldout-astro-blog-en",
    f"""<!doctype html>
<html lang="en">
	<head>
		<meta charset="utf-8" />
		<meta name="viewport" content="width=device-width,initial-scale=1" />
		<link rel="icon" type="image/svg+xml" href="/favicon.svg" />
		<link rel="sitemap" href="/sitemap-index.xml" />
		<link rel="alternate" type="application/rss+xml" title="Jonah's Workshop" href="https://jonahweiss.example/rss.xml" />
		<meta name="generator" content="Astro v4.15.4" />
		<link rel="preload" href="/fonts/atkinson-regular.woff" as="font" type="font/woff" crossorigin />
		<link rel="canonical" href="https://jonahweiss.example/blog/why-i-write-here/" />
		<title>Why I write here instead of posting threads</title>
		<meta name="title" content="Why I write here instead of posting threads" />
		<meta name="description" content="A thread disappears in a day. A post on my own site is still here when someone searches for it three years later." />
		<meta property="og:type" content="website" />
		<meta property="og:url" content="https://jonahweiss.example/blog/why-i-write-here/" />
		<meta property="og:title" content="Why I write here instead of posting threads" />
		<meta property="og:description" content="A thread disappears in a day. A post on my own site is still here when someone searches for it three years later." />
		<meta property="og:image" content="https://jonahweiss.example/blog-placeholder-3.jpg" />
		<meta property="twitter:card" content="summary_large_image" />
		<meta property="twitter:url" content="https://jonahweiss.example/blog/why-i-write-here/" />
		<meta property="twitter:title" content="Why I write here instead of posting threads" />
		<meta property="twitter:description" content="A thread disappears in a day. A post on my own site is still here when someone searches for it three years later." />
		<meta property="twitter:image" content="https://jonahweiss.example/blog-placeholder-3.jpg" />
	</head>
	<body>
		<header data-astro-cid-3ef6ksr2><nav data-astro-cid-3ef6ksr2><h2 data-astro-cid-3ef6ksr2><a href="/" data-astro-cid-3ef6ksr2>Jonah's Workshop</a></h2><div class="internal-links" data-astro-cid-3ef6ksr2><a href="/" data-astro-cid-eimmu3lg>Home</a><a href="/blog" class="active" data-astro-cid-eimmu3lg>Blog</a><a href="/about" data-astro-cid-eimmu3lg>About</a></div><div class="social-links" data-astro-cid-3ef6ksr2><a href="https://m.webtoo.ls/@astro" target="_blank" data-astro-cid-3ef6ksr2><span class="sr-only" data-astro-cid-3ef6ksr2>Follow Astro on Mastodon</span></a></div></nav></header>
		<main data-astro-cid-bvzihdzo>
			<article data-astro-cid-bvzihdzo>
				<div class="hero-image" data-astro-cid-bvzihdzo><img width="1020" height="510" src="/blog-placeholder-3.jpg" alt="" data-astro-cid-bvzihdzo /></div>
				<div class="prose" data-astro-cid-bvzihdzo>
					<div class="title" data-astro-cid-bvzihdzo>
						<div class="date" data-astro-cid-bvzihdzo>
							<time datetime="2024-07-08T00:00:00.000Z">Jul 8, 2024</time>
							<div class="last-updated-on" data-astro-cid-bvzihdzo>Last updated on <time datetime="2024-07-10T00:00:00.000Z">Jul 10, 2024</time></div>
						</div>
						<h1 data-astro-cid-bvzihdzo>Why I write here instead of posting threads</h1>
						<hr data-astro-cid-bvzihdzo />
					</div>
					<p>For a couple of years I did what everyone did: I wrote long threads. Twenty posts in a row, each one squeezed to fit, numbered so people could follow along. Some of them did well. None of them can be found today.</p>
					<p>So when a friend pointed me to <a href="{CALL}">a blog parade asking why we still blog</a>, the answer was easy. I write here because it lasts. A post on my own site has a URL that works, a title that search engines understand, and an archive that I can link to from the next post.</p>
					<p>There is also the pleasure of the form itself. A blog post can have a beginning, a middle and an end. It can include a table, or a code sample that does not turn into a screenshot. It can be revised when I learn I was wrong.</p>
				</div>
			</article>
		</main>
		<footer data-astro-cid-sz7xmlte>&copy; 2024 Jonah Weiss. All rights reserved.<div class="social-links" data-astro-cid-sz7xmlte><a href="https://github.com/jonahweiss" target="_blank" data-astro-cid-sz7xmlte><span class="sr-only" data-astro-cid-sz7xmlte>Go to Jonah's GitHub repo</span></a></div></footer>
	</body>
</html>
""",
    url="https://jonahweiss.example/blog/why-i-write-here/",
    title="Why I write here instead of posting threads",
    author_name="Jonah Weiss",
    published="2024-07-08",
    summary_prefix="A thread disappears in a day",
    language="en",
    kind="article",
    must_not_link=["https://github.com/jonahweiss", "/about"],
)

# 7 Bear Blog: a minimal page, the blog named after its owner, the date as "19 Aug, 2024" in
# <time> inside <i>, tags and the upvote ("Toast") form at the end of <main>.
page(
    "heldout-bearblog-en",
    f"""<!DOCTYPE html>
<html lang="en">
<head>
    <meta http-equiv="content-type" content="text/html; charset=utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <link rel="shortcut icon" href="data:image/svg+xml,<svg xmlns=%22http://www.w3.org/2000/svg%22 viewBox=%220 0 100 100%22><text y=%22.9em%22 font-size=%2290%22>🐻</text></svg>">
    <title>Small web, small answers | Mira Okafor</title>
    <link rel="canonical" href="https://mira.example/small-web-small-answers/">
    <meta name="description" content="Somebody asked the whole small web why we blog. I have three small answers and no big one." />
    <meta name="title" content="Small web, small answers" />
    <meta property="og:type" content="article" />
    <meta property="og:url" content="https://mira.example/small-web-small-answers/" />
    <meta property="og:title" content="Small web, small answers" />
    <meta property="og:description" content="Somebody asked the whole small web why we blog. I have three small answers and no big one." />
    <meta property="og:site_name" content="Mira Okafor" />
    <meta name="twitter:card" content="summary" />
    <style>
        :root {{ --width: 720px; --font-main: Verdana, sans-serif; --background-color: #fff; }}
        body {{ font-family: var(--font-main); margin: auto; padding: 20px; max-width: var(--width); }}
    </style>
</head>
<body class="post">
    <header>
        <a class="title" href="/"><h2>Mira Okafor</h2></a>
        <nav><p><a href="/">Home</a> <a href="/now/">Now</a> <a href="/blog/">Blog</a></p></nav>
    </header>
    <main>
        <h1>Small web, small answers</h1>
        <p><i><time datetime="2024-08-19T07:12Z" class="published">19 Aug, 2024</time></i></p>
        <p>Somebody asked the whole small web <a href="{CALL}">why we blog</a>. I have been thinking about it on the bus for a week, and I have three small answers and no big one.</p>
        <p>One: it slows me down. Writing a paragraph takes longer than having an opinion, and by the end of the paragraph the opinion is usually better.</p>
        <p>Two: the people. Every few weeks a stranger replies by email. We write back and forth for a while, and then we do not, and both of us are a little richer for it.</p>
        <p>Three: it is quiet here. No numbers, no notifications, no streaks. Just a page that says what I meant to say.</p>
        <p class="tags"><a href="https://mira.example/blog/?q=smallweb">#smallweb</a> <a href="https://mira.example/blog/?q=meta">#meta</a></p>
        <form method="POST" action="/upvote/" class="upvote-form" id="upvote-form"><input type="hidden" name="csrfmiddlewaretoken" value="x"><small><input hidden="" type="text" name="uid" value="abc" required></small><button class="upvote-button" title="Toast this post">Toast</button></form>
    </main>
    <footer>
        <span>Powered by <a href="https://bearblog.dev">ʕ•ᴥ•ʔ Bear</a></span>
    </footer>
</body>
</html>
""",
    url="https://mira.example/small-web-small-answers/",
    title="Small web, small answers",
    author_name="Mira Okafor",
    published="2024-08-19T07:12:00+00:00",
    summary_prefix="Somebody asked the whole small web why we blog",
    language="en",
    kind="article",
    must_not_link=["https://bearblog.dev", "https://mira.example/blog/?q=smallweb"],
)

# 8 Substack podcast episode: NewsArticle JSON-LD with an author array and the publication
# as publisher, a Twitter player card and an audio player; the headline's title tag carries
# " - by Author - Publication"; subscribe widgets and the comment teaser around the post.
page(
    "heldout-substack-podcast-en",
    f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="norton-safeweb-site-verification" content="24usqpep0ejc5w6hod3dulxwciwp0djs6c6ufp96av3t4whuxovj72wfkdjxu82yacb7430qjm8adbd5ezlt4592dq4zrvadcn9j9n-0btgdzpiojfzno16-fnsnu7xd" />
<title>Episode 12: Why we still blog - by Dana Whitfield - The Long Tail</title>
<meta property="og:type" content="article"/>
<meta property="og:title" content="Episode 12: Why we still blog"/>
<meta name="twitter:title" content="Episode 12: Why we still blog"/>
<meta name="description" content="Dana and Rafael answer the blog parade question, argue about newsletters, and read out your emails."/>
<meta property="og:description" content="Dana and Rafael answer the blog parade question, argue about newsletters, and read out your emails."/>
<meta name="twitter:description" content="Dana and Rafael answer the blog parade question, argue about newsletters, and read out your emails."/>
<meta property="og:image" content="https://substackcdn.example/image/fetch/w_1200,h_600,c_fill/episode12.png"/>
<meta name="twitter:card" content="player"/>
<meta name="twitter:player" content="https://thelongtail.substack.com/embed/podcast/episode-12-why-we-still-blog?autoplay=1"/>
<meta name="twitter:player:width" content="1"/>
<meta name="twitter:player:height" content="1"/>
<meta name="author" content="Dana Whitfield"/>
<link rel="canonical" href="https://thelongtail.substack.com/p/episode-12-why-we-still-blog"/>
<link rel="alternate" type="application/rss+xml" href="https://thelongtail.substack.com/feed" title="The Long Tail"/>
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","url":"https://thelongtail.substack.com/p/episode-12-why-we-still-blog","mainEntityOfPage":"https://thelongtail.substack.com/p/episode-12-why-we-still-blog","headline":"Episode 12: Why we still blog","description":"Dana and Rafael answer the blog parade question, argue about newsletters, and read out your emails.","image":[{{"@type":"ImageObject","url":"https://substackcdn.example/image/fetch/episode12.png"}}],"datePublished":"2024-09-04T10:01:25+00:00","dateModified":"2024-09-04T10:01:25+00:00","isAccessibleForFree":true,"author":[{{"@type":"Person","name":"Dana Whitfield","url":"https://substack.com/@danawhitfield","description":"Writer and podcaster.","identifier":"user:1234567","image":{{"@type":"ImageObject","contentUrl":"https://substackcdn.example/dana.jpg","thumbnailUrl":"https://substackcdn.example/dana-t.jpg"}}}},{{"@type":"Person","name":"Rafael Ortiz","url":"https://substack.com/@rafaelortiz","identifier":"user:7654321"}}],"publisher":{{"@type":"Organization","name":"The Long Tail","url":"https://thelongtail.substack.com","description":"A podcast about the open web.","interactionStatistic":{{"@type":"InteractionCounter","name":"Subscribers","interactionType":"https://schema.org/SubscribeAction","userInteractionCount":1000}}}}}}</script>
</head>
<body>
<div id="entry"><div id="main" class="main typography use-theme-bg">
<div class="topbar"><div class="topbar-content"><a href="/" class="navbar-title-link">The Long Tail</a><button class="button primary subscribe-btn">Subscribe</button><a href="https://substack.com/sign-in?redirect=%2Fp%2Fepisode-12-why-we-still-blog" class="button">Sign in</a></div></div>
<div class="single-post-container"><div class="container"><div class="single-post">
<article class="typography podcast-post post shows-post-selection">
<div class="post-header"><h1 dir="auto" class="post-title published">Episode 12: Why we still blog</h1><h3 dir="auto" class="subtitle">Dana and Rafael answer the blog parade question, argue about newsletters, and read out your emails.</h3>
<div class="post-meta-item"><div class="profile-hover-card-target"><a href="https://substack.com/@danawhitfield" class="pencraft pc-reset">Dana Whitfield</a></div> and <div class="profile-hover-card-target"><a href="https://substack.com/@rafaelortiz" class="pencraft pc-reset">Rafael Ortiz</a></div></div>
<div class="pencraft pc-reset color-pub-secondary-text-hGQ02T">Sep 04, 2024</div></div>
<div class="player-wrapper-outer"><div class="player-wrapper-inner"><div class="track-player"><audio preload="none" src="https://api.substack.com/api/v1/audio/upload/8c1e/src" controls></audio><div class="track-controls"><button class="play-button">Play</button><span class="duration">48:12</span></div></div></div></div>
<div class="available-content"><div dir="auto" class="body markup">
<p>This week the two of us answer the question that has been going around: <a href="{CALL}" rel="">why do you still blog?</a> Dana makes the case for the archive, Rafael for the conversation, and we both end up agreeing more than we expected.</p>
<p>In the second half we read your emails. Thank you to everyone who wrote in about their first blog, especially the listener whose first post in 2003 was a review of a toaster.</p>
<h3 class="header-anchor-post">Show notes</h3>
<ul><li><p>00:00 Why this episode</p></li><li><p>12:40 The archive argument</p></li><li><p>31:05 Listener mail</p></li></ul>
<div class="subscription-widget-wrap-editor" data-attrs="{{&quot;url&quot;:&quot;https://thelongtail.substack.com/subscribe?&quot;}}"><div class="subscription-widget show-subscribe"><div class="preamble"><p class="cta-caption">The Long Tail is a reader-supported publication. To receive new posts and support our work, consider becoming a free or paid subscriber.</p></div><form class="subscription-widget-subscribe"><input type="email" class="email-input" name="email" placeholder="Type your email…" tabindex="-1"><input type="submit" class="button primary" value="Subscribe"></form></div></div>
</div></div>
</article>
<div class="post-footer"><div class="like-button-container"><button class="like-button">12</button></div><a href="https://thelongtail.substack.com/p/episode-12-why-we-still-blog/comments" class="post-ufi-button"><span>3</span></a><a href="https://thelongtail.substack.com/p/episode-12-why-we-still-blog?utm_source=substack&amp;utm_medium=email&amp;utm_content=share&amp;action=share" class="post-ufi-button">Share</a></div>
</div></div></div>
<div class="comments-section"><div class="comments-page"><div class="comment-list"><div class="comment"><a href="https://substack.com/@reader123" class="comment-meta">Sam</a><div class="comment-body"><p>Loved this one. My own answer is at <a href="https://samwrites.example/why/">samwrites.example</a>.</p></div></div></div></div></div>
<div class="footer-wrap publication-footer"><div class="footer"><div class="footer-terms">© 2024 Dana Whitfield</div><a href="https://substack.com/signup?utm_source=substack&amp;utm_medium=web&amp;utm_content=footer" class="footer-substack-cta">Start writing</a></div></div>
</div></div>
</body>
</html>
""",
    url="https://thelongtail.substack.com/p/episode-12-why-we-still-blog",
    title="Episode 12: Why we still blog",
    author_name="Dana Whitfield",
    published="2024-09-04T10:01:25+00:00",
    summary_prefix="Dana and Rafael answer the blog parade question",
    language="en",
    kind="podcast",
    must_not_link=[
        "https://samwrites.example/why/",
        "https://thelongtail.substack.com/p/episode-12-why-we-still-blog/comments",
    ],
)

# 9 A Guardian-style live blog: LiveBlogPosting JSON-LD, title "... - live | Section | Site",
# the live blog as many small <article> blocks, the call in a block further down (not in the
# longest one); key events list, "most viewed" and a reader callout around it.
page(
    "heldout-news-liveblog-en",
    f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Blogging at 30: readers share why they still write – live | Technology | The Morning Courier</title>
<meta name="description" content="Thirty years after the first weblogs, readers tell us why they keep writing on their own sites. Share your story and follow the day’s contributions here.">
<link rel="canonical" href="https://www.morningcourier.example/technology/live/2025/mar/12/blogging-at-30-readers-live">
<meta property="og:url" content="https://www.morningcourier.example/technology/live/2025/mar/12/blogging-at-30-readers-live">
<meta property="article:author" content="https://www.morningcourier.example/profile/alexhartley">
<meta property="og:type" content="article">
<meta property="og:title" content="Blogging at 30: readers share why they still write – live">
<meta property="og:description" content="Thirty years after the first weblogs, readers tell us why they keep writing on their own sites. Share your story and follow the day’s contributions here.">
<meta property="og:site_name" content="the Morning Courier">
<meta property="article:published_time" content="2025-03-12T09:01:23.000Z">
<meta property="article:modified_time" content="2025-03-12T16:44:02.000Z">
<meta property="article:section" content="Technology">
<meta name="twitter:site" content="@morningcourier">
<script type="application/ld+json">[{{"@context":"https://schema.org","@type":"LiveBlogPosting","@id":"https://www.morningcourier.example/technology/live/2025/mar/12/blogging-at-30-readers-live","publisher":{{"@type":"Organization","name":"The Morning Courier","logo":{{"@type":"ImageObject","url":"https://uploads.morningcourier.example/logo.png","width":300,"height":60}}}},"datePublished":"2025-03-12T09:01:23.000Z","dateModified":"2025-03-12T16:44:02.000Z","headline":"Blogging at 30: readers share why they still write – live","image":["https://i.morningcourier.example/img/blogging.jpg"],"author":[{{"@type":"Person","name":"Alex Hartley","sameAs":"https://www.morningcourier.example/profile/alexhartley"}},{{"@type":"Person","name":"Priti Nair","sameAs":"https://www.morningcourier.example/profile/pritinair"}}],"mainEntityOfPage":"https://www.morningcourier.example/technology/live/2025/mar/12/blogging-at-30-readers-live","coverageStartTime":"2025-03-12T09:01:23.000Z","coverageEndTime":"2025-03-12T16:44:02.000Z","liveBlogUpdate":[{{"@type":"BlogPosting","headline":"A retired teacher on 22 years of blogging","datePublished":"2025-03-12T14:20:00.000Z","articleBody":"Margaret has kept a blog since 2003."}}]}},{{"@context":"https://schema.org","@type":"WebPage","@id":"https://www.morningcourier.example/technology/live/2025/mar/12/blogging-at-30-readers-live","potentialAction":{{"@type":"ViewAction","target":"android-app://com.morningcourier/https/www.morningcourier.example/technology/live/2025/mar/12/blogging-at-30-readers-live"}}}}]</script>
</head>
<body>
<div id="cmp-container" class="consent-banner"><div class="message"><p>Yes, we use cookies. <a href="https://www.morningcourier.example/info/privacy">Privacy policy</a></p><button>Yes, I’m happy</button><button>Manage or reject cookies</button></div></div>
<header data-component="header"><nav aria-label="Courier sections"><ul><li><a href="/uk">News</a></li><li><a href="/technology">Technology</a></li><li><a href="/commentisfree">Opinion</a></li></ul></nav></header>
<main data-layout="LiveLayout">
<div class="dcr-header"><div data-gu-name="headline"><h1 class="dcr-10khgmf">Blogging at 30: readers share why they still write – live</h1></div>
<div data-gu-name="standfirst"><div class="dcr-standfirst"><ul><li><p>Thirty years after the first weblogs, readers tell us why they keep writing on their own sites</p></li><li><p><a href="https://www.morningcourier.example/technology/2025/mar/11/thirty-years-of-blogs">Analysis: how the blog survived the platforms</a></p></li></ul></div></div></div>
<div class="dcr-meta"><div data-gu-name="meta"><address aria-label="Contributor info"><div class="dcr-byline"><a rel="author" href="https://www.morningcourier.example/profile/alexhartley">Alex Hartley</a> (now) and <a rel="author" href="https://www.morningcourier.example/profile/pritinair">Priti Nair</a> (earlier)</div></address>
<details class="dcr-dateline"><summary><span>Wed 12 Mar 2025 16.44 GMT</span></summary><span>First published on Wed 12 Mar 2025 09.01 GMT</span></details>
<div class="dcr-share"><ul><li><a href="https://www.facebook.com/dialog/share?app_id=1&amp;href=https%3A%2F%2Fwww.morningcourier.example%2Ftechnology%2Flive" data-ignore="global-link-styling">Share on Facebook</a></li></ul></div></div></div>
<div data-gu-name="key-events"><details class="dcr-keyevents"><summary><h2>Key events</h2></summary><ul><li><a href="#block-65f0b2"><time datetime="2025-03-12T14:20:00.000Z">2h ago</time><span>A retired teacher on 22 years of blogging</span></a></li></ul></details></div>
<div id="liveblog-body" class="dcr-liveblog">
<article id="block-65f0c9" class="block" data-gu-name="block"><header><p><span class="dcr-timestamp"><time datetime="2025-03-12T16:44:02.000Z">16.44 GMT</time></span></p></header><p>That is all from us today. Thank you for every story you sent; we will publish a selection in the weekend magazine.</p><footer><span class="dcr-updated">Updated at 16.45 GMT</span></footer></article>
<article id="block-65f0c1" class="block" data-gu-name="block"><header><p><span class="dcr-timestamp"><time datetime="2025-03-12T15:10:00.000Z">15.10 GMT</time></span></p><h2>Why a parade of blogs?</h2></header><p>Several of you mentioned that you heard about today’s call through a “blog parade”, a chain of posts answering one question. One reader, Jo from Leeds, writes that it got her writing again after five years: “I saw <a href="{CALL}">the parade’s call</a> on a friend’s blog and wrote my answer the same evening.”</p></article>
<article id="block-65f0b2" class="block" data-gu-name="block"><header><p><span class="dcr-timestamp"><time datetime="2025-03-12T14:20:00.000Z">14.20 GMT</time></span></p><h2>A retired teacher on 22 years of blogging</h2></header><p>Margaret, a retired teacher from Aberdeen, has kept a blog since 2003. She started it to share lesson plans with colleagues and kept it going when she retired, writing about her garden, her grandchildren and the books she reads.</p><p>“The blog is my diary, my scrapbook and my way of staying in touch,” she writes. “My readers are mostly former pupils now. Some of them have children of their own who I taught to read, in a way, through the posts I wrote about phonics twenty years ago.”</p><p>She has no plans to stop. “As long as the site works, I will keep writing. When it stops working, my grandson says he will fix it.”</p></article>
<article id="block-65f0a0" class="block" data-gu-name="block"><header><p><span class="dcr-timestamp"><time datetime="2025-03-12T09:01:23.000Z">09.01 GMT</time></span></p><h2>Welcome</h2></header><p>Good morning. Thirty years ago the first personal sites that we would now call blogs appeared. Today we want to hear from you: why do you still write on a site of your own?</p></article>
</div>
<div data-gu-name="callout"><div class="dcr-callout"><h2>Tell us: why do you blog?</h2><p>Share your experiences using <a href="https://www.morningcourier.example/tellus/blogging">this form</a>.</p></div></div>
</main>
<aside data-gu-name="most-viewed"><h2>Most viewed</h2><ol><li><a href="https://www.morningcourier.example/uk/2025/mar/12/weather">Storm warning for the north</a></li></ol></aside>
<footer data-component="footer"><ul><li><a href="https://www.morningcourier.example/help/contact-us">Contact us</a></li></ul><small>© 2025 Courier News &amp; Media Limited</small></footer>
</body>
</html>
""",
    url="https://www.morningcourier.example/technology/live/2025/mar/12/blogging-at-30-readers-live",
    title="Blogging at 30: readers share why they still write – live",
    author_name="Alex Hartley",
    published="2025-03-12T09:01:23+00:00",
    summary_prefix="Thirty years after the first weblogs, readers tell us why they keep writing",
    language="en",
    kind="article",
    must_not_link=[
        "https://www.morningcourier.example/uk/2025/mar/12/weather",
        "https://www.morningcourier.example/help/contact-us",
    ],
)

# 10 A BBC-style article: ReportageNewsArticle JSON-LD whose author is the organisation
# (no-bylines policy), the reporter only in the visible byline block with a role line; a
# relative date ("2 hours ago") over a machine date; "More on this story" and "Related" after.
page(
    "heldout-news-bbc-en",
    f"""<!DOCTYPE html>
<html lang="en-GB" class="no-js">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Why millions still keep a personal blog - Northern Broadcasting News</title>
<meta name="description" content="Blogs were supposed to have died with the rise of social media. Instead, a new generation is writing on sites of its own.">
<meta property="og:title" content="Why millions still keep a personal blog">
<meta property="og:type" content="article">
<meta property="og:description" content="Blogs were supposed to have died with the rise of social media. Instead, a new generation is writing on sites of its own.">
<meta property="og:site_name" content="Northern Broadcasting News">
<meta property="og:url" content="https://www.nbn.example/news/articles/c2lz4x9k7npo">
<meta property="og:image" content="https://ichef.nbn.example/news/1024/branded_news/blogging.jpg">
<meta name="twitter:card" content="summary_large_image">
<meta name="article:author" content="https://www.facebook.com/nbcnews">
<link rel="canonical" href="https://www.nbn.example/news/articles/c2lz4x9k7npo">
<script type="application/ld+json">{{"@context":"http://schema.org","@type":"ReportageNewsArticle","url":"https://www.nbn.example/news/articles/c2lz4x9k7npo","publisher":{{"@type":"NewsMediaOrganization","name":"Northern Broadcasting News","publishingPrinciples":"https://www.nbn.example/news/help-41670342","logo":{{"@type":"ImageObject","url":"https://www.nbn.example/news/special/2015/newsspec_10857/nbn_news_logo.png"}}}},"datePublished":"2025-04-02T05:12:44.123Z","dateModified":"2025-04-02T05:12:44.123Z","description":"Blogs were supposed to have died with the rise of social media. Instead, a new generation is writing on sites of its own.","headline":"Why millions still keep a personal blog","image":{{"@type":"ImageObject","width":1024,"height":576,"url":"https://ichef.nbn.example/news/1024/branded_news/blogging.jpg"}},"thumbnailUrl":"https://ichef.nbn.example/news/1024/branded_news/blogging.jpg","mainEntityOfPage":"https://www.nbn.example/news/articles/c2lz4x9k7npo","author":{{"@type":"NewsMediaOrganization","name":"Northern Broadcasting News","noBylinesPolicy":"https://www.nbn.example/news/help-41670342#authorexpertise","logo":{{"@type":"ImageObject","url":"https://www.nbn.example/news/special/2015/newsspec_10857/nbn_news_logo.png"}}}}}}</script>
</head>
<body>
<div id="nbn-cookie-banner"><p>Let us know you agree to cookies</p><p>We use <a href="https://www.nbn.example/usingthebbc/cookies/">cookies</a> to give you the best online experience.</p><button>Yes, I agree</button><a href="https://www.nbn.example/usingthebbc/cookies/how-can-i-change-my-nbn-cookie-settings/">No, take me to settings</a></div>
<header role="banner" data-testid="header-container"><nav aria-label="NBN"><ul><li><a href="https://www.nbn.example/">Home</a></li><li><a href="https://www.nbn.example/news">News</a></li><li><a href="https://www.nbn.example/sport">Sport</a></li></ul></nav></header>
<div id="main-wrapper"><main id="main-content" data-testid="main-content">
<article>
<div data-component="headline-block" class="sc-a1b2c3-0"><h1 id="main-heading" type="headline" tabindex="-1" class="sc-518485e5-0 bWszMR">Why millions still keep a personal blog</h1></div>
<div data-component="byline-block" class="sc-a1b2c3-1"><div class="sc-2b5e3b35-0 hSYPqV"><div class="sc-2b5e3b35-1"><time type="published" data-testid="timestamp" datetime="2025-04-02T05:12:44.123Z">2 hours ago</time></div><div data-testid="byline-new" class="sc-2b5e3b35-2"><div class="sc-2b5e3b35-3"><div data-testid="byline-new-contributors" class="sc-801dd632-0"><div class="sc-801dd632-1"><span data-testid="byline-name" class="sc-801dd632-7 lasLGY">Nadia Clarke</span><div class="sc-801dd632-8">Technology reporter</div></div></div></div></div></div></div>
<div data-component="image-block" class="sc-a1b2c3-2"><figure><img src="https://ichef.nbn.example/news/480/cpsprodpb/blogging.jpg" alt="A woman typing on a laptop at a kitchen table"><figcaption>Getty Images</figcaption></figure></div>
<div data-component="text-block" class="sc-18fde0d6-0 dlWCEZ"><p class="sc-eb7bd5f6-0 fYAfXe"><b class="sc-7dcfb11b-0 cnmAvd">Blogs were supposed to have died when social media arrived. Instead, millions of people still write on sites of their own, and a new generation is joining them.</b></p></div>
<div data-component="text-block" class="sc-18fde0d6-0 dlWCEZ"><p class="sc-eb7bd5f6-0 fYAfXe">This month hundreds of bloggers answered the same question on their own sites, as part of a so-called <a href="{CALL}" class="sc-2e6baa30-0 gILusN">blog parade</a>: why do you blog? The answers range from keeping a diary to building a small business.</p></div>
<div data-component="text-block" class="sc-18fde0d6-0 dlWCEZ"><p class="sc-eb7bd5f6-0 fYAfXe">“Social media feels like shouting in a crowded room,” says Tom, 24, who started a blog about repairing old bicycles last year. “On my blog people come to read what I wrote, and they stay.”</p></div>
<div data-component="text-block" class="sc-18fde0d6-0 dlWCEZ"><p class="sc-eb7bd5f6-0 fYAfXe">Researchers say the number of active personal blogs has been stable for a decade, even as the attention moved elsewhere.</p></div>
<div data-component="tags" class="sc-a1b2c3-3"><ul><li><a href="https://www.nbn.example/news/topics/c1vw6q14rzqt">Internet</a></li><li><a href="https://www.nbn.example/news/topics/cp7r8vgl2lgt">Social media</a></li></ul></div>
<section data-component="links-block" aria-labelledby="more-on-this"><h2 id="more-on-this">More on this story</h2><ul><li><a href="https://www.nbn.example/news/articles/c9xx1">The people still using RSS readers</a></li></ul></section>
</article>
<section data-testid="related-content" aria-labelledby="related-heading"><h2 id="related-heading">Related</h2><ul><li><a href="https://www.nbn.example/news/articles/c4yy2">Is the newsletter boom over?</a></li></ul></section>
</main></div>
<footer data-testid="footer"><ul><li><a href="https://www.nbn.example/aboutthebbc">About the NBN</a></li></ul><p>Copyright 2025 NBN. All rights reserved. The NBN is not responsible for the content of external sites.</p></footer>
</body>
</html>
""",
    url="https://www.nbn.example/news/articles/c2lz4x9k7npo",
    title="Why millions still keep a personal blog",
    author_name="Nadia Clarke",
    published="2025-04-02T05:12:44.123000+00:00",
    summary_prefix="Blogs were supposed to have died",
    language="en",
    kind="article",
    must_not_link=[
        "https://www.nbn.example/news/articles/c9xx1",
        "https://www.nbn.example/news/articles/c4yy2",
        "https://www.nbn.example/news/topics/c1vw6q14rzqt",
    ],
)

# 11 Lemmy 0.19 post page (server-rendered Inferno app): a link post whose title links to the
# call, the body in .md-div, the author as a /u/ link, the date only as a relative "3 days ago"
# with the full date in a tooltip attribute; comments below; no generator meta.
page(
    "heldout-lemmy-post-en",
    f"""<!DOCTYPE html>
<html lang="en">
<head>
<script nonce="x">window.isoData = {{"path":"/post/4821337","site_res":{{"site_view":{{"site":{{"name":"Feddit"}}}}}}}};</script>
<meta name="Description" content="Lemmy">
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="manifest" href="/manifest.webmanifest">
<link rel="apple-touch-icon" href="/static/assets/icons/apple-touch-icon.png">
<title>Why do you still blog? A blog parade is collecting answers - Feddit</title>
<meta property="og:title" content="Why do you still blog? A blog parade is collecting answers">
<meta property="og:url" content="https://feddit.example/post/4821337">
<meta property="og:type" content="website">
<meta property="og:description" content="Somebody started a blog parade with one question: why do you blog? Post your answer on your own blog and link back.">
<meta name="description" content="Somebody started a blog parade with one question: why do you blog? Post your answer on your own blog and link back.">
<link rel="alternate" type="application/activity+json" href="https://feddit.example/post/4821337">
</head>
<body>
<div id="root"><div class="lemmy-site"><noscript><div class="alert alert-danger rounded-0" role="alert"><b>Javascript is disabled. Actions will not work.</b></div></noscript>
<nav class="navbar navbar-expand-md navbar-light shadow-sm p-0 px-3 container-lg" id="navbar"><a title="Feddit" class="d-flex align-items-center navbar-brand me-md-3 active" href="/">Feddit</a><ul class="navbar-nav"><li class="nav-item"><a title="Communities" class="nav-link" href="/communities">Communities</a></li><li class="nav-item"><a title="Create Post" class="nav-link" href="/create_post">Create Post</a></li></ul></nav>
<div class="mt-4 p-0 fl-1"><div class="container-lg"><div class="row"><main class="col-12 col-md-8 col-lg-9 mb-3">
<div class="post-listing mt-2"><div class="d-block d-sm-none"></div><div class="d-none d-sm-block"><div class="row"><div class="col flex-grow-0"><div class="vote-bar small text-center"><button class="btn-animate btn btn-link p-0 text-muted" aria-label="Upvote">▲</button><div class="unselectable pointer text-muted post-score">87</div></div></div>
<div class="col flex-grow-1"><div class="row"><div class="col-12"><div class="post-title"><h1 class="h5 d-inline text-break"><a class="d-inline link-dark" href="{CALL}" title="{CALL}" rel="noopener nofollow">Why do you still blog? A blog parade is collecting answers</a></h1>
<p class="small m-0"><a class="fst-italic link-dark link-opacity-75 link-opacity-100-hover" href="{CALL}" title="{CALL}" rel="noopener nofollow">parade.example</a></p></div>
<div class="small mb-1 mb-md-0"><span class="person-listing d-inline-flex align-items-baseline"><a class="person-listing d-inline-flex align-items-baseline" title="jamie_r" href="/u/jamie_r"><span>Jamie Rowe</span></a></span> to <a class="community-link" title="Blogging" href="/c/blogging"><span>Blogging</span></a><span class="mx-1">•</span><span data-tippy-content="Wednesday, March 5th 2025, 14:02:11" class="moment-time pointer unselectable">3 days ago</span></div></div></div></div></div></div>
<div class="post-body"><div class="md-div"><p>Somebody started a blog parade with one question: why do you blog? The idea is old-fashioned in the best way. You write your answer on your own blog, link back to <a href="{CALL}" rel="noopener nofollow">the call</a>, and the host collects every answer in a roundup at the end of the month.</p>
<p>I wrote mine yesterday. It turned into a long post about the forum I used to run in 2005. Has anyone here joined one of these before?</p></div></div>
<div class="d-flex align-items-center justify-content-start flex-wrap text-muted"><button class="btn btn-sm btn-link btn-animate text-muted py-0" aria-label="Share">Share</button><a class="btn btn-link btn-animate text-muted btn-sm" title="View source" href="/post/4821337/source">Source</a></div></div>
<div class="comments"><div class="comment-node py-2 ms-1"><div class="details comment-node py-2"><div class="small d-flex flex-wrap align-items-center"><a title="kat" href="/u/kat">Kat</a></div><div class="md-div"><p>Yes! Here is mine from last year's round: <a href="https://katblog.example/2024/why" rel="noopener nofollow">katblog.example/2024/why</a></p></div></div></div></div>
</main>
<aside class="sidebar col-12 col-md-4 col-lg-3"><div class="card border-secondary mb-3"><div class="card-body"><h5 class="mb-0 d-inline">Blogging</h5><div class="md-div"><p>A community about blogs, bloggers and the small web. Rules: be kind, no spam.</p></div></div></div></aside>
</div></div></div>
<footer class="app-footer container-lg navbar navbar-expand-md navbar-light navbar-bg p-3"><ul class="navbar-nav ms-auto"><li class="nav-item"><a class="nav-link" href="/modlog">Modlog</a></li><li class="nav-item"><a class="nav-link" href="https://join-lemmy.org">join-lemmy.org</a></li></ul></footer></div></div>
</body>
</html>
""",
    url="https://feddit.example/post/4821337",
    title="Why do you still blog? A blog parade is collecting answers",
    author_name="Jamie Rowe",
    published="2025-03-05",
    summary_prefix="Somebody started a blog parade with one question",
    language="en",
    kind="fediverse",
    must_not_link=["https://katblog.example/2024/why", "https://join-lemmy.org", "/modlog"],
)

# 12 Squarespace 7.1 blog post: title with " — Studio" suffix in og:title too, Article JSON-LD
# with the author as a plain string, h-entry classes; the call only in the site footer's
# "Currently taking part in" text block. Must NOT count.
page(
    "heldout-squarespace-footer-only-en",
    f"""<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" xmlns:fb="http://www.facebook.com/2008/fbml" lang="en-US">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1">
<!-- This is Squarespace. --><!-- finch-studio -->
<base href="">
<meta charset="utf-8" />
<title>Five years of Finch Studio, in photographs — Finch Studio</title>
<meta http-equiv="Accept-CH" content="Sec-CH-UA-Platform-Version, Sec-CH-UA-Model" />
<link rel="icon" type="image/x-icon" href="https://images.squarespace-cdn.example/favicon.ico"/>
<link rel="canonical" href="https://www.finchstudio.example/journal/five-years"/>
<meta property="og:site_name" content="Finch Studio"/>
<meta property="og:title" content="Five years of Finch Studio, in photographs — Finch Studio"/>
<meta property="og:url" content="https://www.finchstudio.example/journal/five-years"/>
<meta property="og:type" content="article"/>
<meta property="og:description" content="Our ceramics studio opened five years ago this week. Here is the whole story, told in twelve photographs."/>
<meta property="og:image" content="http://static1.squarespace.example/static/5f1/t/66f/studio.jpg?format=1500w"/>
<meta itemprop="name" content="Five years of Finch Studio, in photographs — Finch Studio"/>
<meta itemprop="url" content="https://www.finchstudio.example/journal/five-years"/>
<meta itemprop="description" content="Our ceramics studio opened five years ago this week. Here is the whole story, told in twelve photographs."/>
<meta itemprop="author" content="Laura Finch"/>
<meta itemprop="datePublished" content="2024-10-03T08:00:00-0400"/>
<meta itemprop="headline" content="Five years of Finch Studio, in photographs"/>
<meta name="twitter:title" content="Five years of Finch Studio, in photographs — Finch Studio"/>
<meta name="twitter:card" content="summary_large_image"/>
<meta name="description" content="Our ceramics studio opened five years ago this week. Here is the whole story, told in twelve photographs." />
<script type="application/ld+json">{{"url":"https://www.finchstudio.example","name":"Finch Studio","description":"","@context":"http://schema.org","@type":"WebSite"}}</script><script type="application/ld+json">{{"url":"https://www.finchstudio.example/journal/five-years","name":"Five years of Finch Studio, in photographs","datePublished":"2024-10-03T08:00:00-0400","dateModified":"2024-10-04T11:21:09-0400","headline":"Five years of Finch Studio, in photographs","author":"Laura Finch","publisher":{{"name":"Finch Studio","logo":{{"@type":"ImageObject","url":"https://images.squarespace-cdn.example/logo.png"}},"@context":"http://schema.org","@type":"Organization"}},"@context":"http://schema.org","@type":"Article","image":"http://static1.squarespace.example/static/5f1/t/66f/studio.jpg"}}</script><script type="application/ld+json">{{"legalName":"Finch Studio","address":"12 Mill Lane\\nHebden Bridge","email":"hello@finchstudio.example","@context":"http://schema.org","@type":"Organization"}}</script>
</head>
<body id="item-66f1" class="header-overlay-alignment-center tweak-blog-item-width-narrow primary-button-style-solid collection-type-blog-basic-grid collection-layout-default view-item mobile-style-available sqs-seven-one">
<div class="gdpr-cookie-banner"><div class="sqs-cookie-banner-v2"><p>We use cookies to improve your experience on this website. <a href="/privacy">Learn more</a></p><button class="sqs-cookie-banner-v2-accept">Accept</button></div></div>
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="" data-controller="Header"><div class="header-display-desktop"><div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-text"><a href="/" data-animation-role="header-element">Finch Studio</a></div></div><div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list"><div class="header-nav-item header-nav-item--collection"><a href="/shop">Shop</a></div><div class="header-nav-item header-nav-item--collection header-nav-item--active"><a href="/journal" aria-current="page">Journal</a></div></nav></div></div></div></div></header>
<main id="page" class="container" role="main">
<article class="sections" id="sections" data-page-sections="66f1">
<section data-test="page-section" class="page-section layout-engine-section background-width--full-bleed section-height--medium content-width--wide horizontal-alignment--center vertical-alignment--middle" data-section-id="66f1a">
<div class="content-wrapper"><div class="content"><div class="blog-item-wrapper">
<article class="entry h-entry post-type-text author-laura-finch article-index-1" data-item-id="66f1b2c3">
<div class="blog-item-top-wrapper"><div class="blog-item-title"><h1 class="entry-title entry-title--large p-name" data-content-field="title">Five years of Finch Studio, in photographs</h1></div>
<div class="blog-item-meta-wrapper"><div class="blog-item-author-date-wrapper"><div class="blog-author"><span class="blog-author-name"><a href="/journal?author=5f1a2b3c" class="blog-author-name">Laura Finch</a></span></div><div class="blog-meta-item blog-meta-item--date"><time class="dt-published blog-meta-item blog-meta-item--date" datetime="2024-10-03" pubdate data-animation-role="date">October 3</time></div></div></div></div>
<div class="blog-item-content-wrapper" data-layout-label="Post Body" data-type="item" data-updated-on="1728055269000">
<div class="blog-item-content e-content" data-content-field="main-content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="item" id="item-66f1b2c3"><div class="row sqs-row"><div class="col sqs-col-12 span-12"><div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1"><div class="sqs-block-content"><div class="sqs-html-content">
<p class="" style="white-space:pre-wrap;">Five years ago this week we unlocked the door of a former bakery on Mill Lane and turned on a kiln for the first time. We had two wheels, one shelf of glazes and no idea whether anyone would come.</p>
<p class="" style="white-space:pre-wrap;">People came. Here is the story of those five years, told in twelve photographs: the first wonky mugs, the flood in the second winter, the evening classes, and the day the big kiln arrived on the back of a tractor.</p>
<p class="" style="white-space:pre-wrap;">Thank you to everyone who has taken a class, bought a bowl or simply stopped at the window to watch. We could not have done any of it without you.</p>
</div></div></div></div></div></div></div>
</div>
<div class="blog-item-comments"><div class="squarespace-comment-link"><a href="#comments-66f1b2c3">Comments (2)</a></div></div>
</article>
<section class="item-pagination item-pagination--prev-next" data-item-pagination><a class="item-pagination-link item-pagination-link--next" href="/journal/new-glazes"><div class="item-pagination-title">New glazes for winter</div></a></section>
</div></div></div></section></article>
</main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" class="page-section" data-section-id="footer-1"><div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12"><div class="row sqs-row"><div class="col sqs-col-6 span-6"><div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content"><p class="" style="white-space:pre-wrap;">Finch Studio · 12 Mill Lane · Hebden Bridge</p><p class="" style="white-space:pre-wrap;">This month we are taking part in the <a href="{CALL}">“Why do you blog?” blog parade</a>.</p></div></div></div></div><div class="col sqs-col-6 span-6"><div class="sqs-block newsletter-block sqs-block-newsletter"><div class="sqs-block-content"><div class="newsletter-form-wrapper"><h2 class="newsletter-form-header-title">Join our mailing list</h2><form class="newsletter-form"><input name="email" type="email" placeholder="Email Address"><button type="submit">Sign Up</button></form></div></div></div></div></div></div></div></div></section></footer>
</body>
</html>
""",
    url="https://www.finchstudio.example/journal/five-years",
    title="Five years of Finch Studio, in photographs",
    author_name="Laura Finch",
    published="2024-10-03T08:00:00-04:00",
    summary_prefix="Our ceramics studio opened five years ago this week",
    language="en",
    kind="article",
    call_in_main=False,
    must_not_link=[CALL, "/journal/new-glazes", "/privacy"],
)

# 13 A New-York-Times-style opinion piece: og:title (social headline) differs from the
# printed headline, NewsArticle JSON-LD with an author array, "byl" meta, dateModified later
# than datePublished; the body in section[name=articleBody] in companion columns; a
# newsletter sign-up and "More in Opinion" around it.
page(
    "heldout-news-opinion-en",
    f"""<!DOCTYPE html>
<html lang="en" class="story nytapp-vi-article" xmlns:og="http://opengraphprotocol.org/schema/">
<head>
<meta charset="utf-8" />
<title>Opinion | The Quiet Return of the Personal Blog - The Daily Ledger</title>
<meta data-rh="true" name="robots" content="noarchive, max-image-preview:large"/>
<meta data-rh="true" name="description" content="Tired of feeds that decide what we see, people are going back to writing on their own websites. That is good news for the web."/>
<meta data-rh="true" property="og:url" content="https://www.dailyledger.example/2025/05/06/opinion/personal-blogs-return.html"/>
<meta data-rh="true" property="og:type" content="article"/>
<meta data-rh="true" property="og:title" content="Opinion | Why People Are Blogging Again"/>
<meta data-rh="true" property="og:image" content="https://static01.dailyledger.example/images/2025/05/06/opinion/06torres/06torres-facebookJumbo.jpg"/>
<meta data-rh="true" property="og:description" content="Tired of feeds that decide what we see, people are going back to writing on their own websites. That is good news for the web."/>
<meta data-rh="true" name="twitter:title" content="Opinion | Why People Are Blogging Again"/>
<meta data-rh="true" name="byl" content="By Maya Torres and Leon Grant"/>
<meta data-rh="true" name="pdate" content="20250506"/>
<meta data-rh="true" property="article:published_time" content="2025-05-06T09:00:41.000Z"/>
<meta data-rh="true" property="article:modified_time" content="2025-05-07T14:12:03.000Z"/>
<meta data-rh="true" property="article:section" content="Opinion"/>
<meta data-rh="true" property="article:author" content="https://www.dailyledger.example/by/maya-torres"/>
<link data-rh="true" rel="canonical" href="https://www.dailyledger.example/2025/05/06/opinion/personal-blogs-return.html"/>
<script data-rh="true" type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","description":"Tired of feeds that decide what we see, people are going back to writing on their own websites. That is good news for the web.","image":[{{"@context":"https://schema.org","@type":"ImageObject","url":"https://static01.dailyledger.example/images/2025/05/06/opinion/06torres/06torres-videoSixteenByNine3000.jpg","height":1688,"width":3000,"contentUrl":"https://static01.dailyledger.example/images/2025/05/06/opinion/06torres/06torres-videoSixteenByNine3000.jpg","caption":"","creditText":"Illustration by Ana Ruiz"}}],"mainEntityOfPage":"https://www.dailyledger.example/2025/05/06/opinion/personal-blogs-return.html","url":"https://www.dailyledger.example/2025/05/06/opinion/personal-blogs-return.html","inLanguage":"en","author":[{{"@context":"https://schema.org","@type":"Person","url":"https://www.dailyledger.example/by/maya-torres","name":"Maya Torres"}},{{"@context":"https://schema.org","@type":"Person","url":"https://www.dailyledger.example/by/leon-grant","name":"Leon Grant"}}],"dateModified":"2025-05-07T14:12:03.000Z","datePublished":"2025-05-06T09:00:41.000Z","headline":"The Quiet Return of the Personal Blog","alternativeHeadline":"Why People Are Blogging Again","publisher":{{"@id":"https://www.dailyledger.example/#publisher"}},"copyrightHolder":{{"@id":"https://www.dailyledger.example/#publisher"}},"sourceOrganization":{{"@id":"https://www.dailyledger.example/#publisher"}},"copyrightYear":2025,"isAccessibleForFree":false,"hasPart":{{"@type":"WebPageElement","isAccessibleForFree":false,"cssSelector":".meteredContent"}},"isPartOf":{{"@type":["CreativeWork","Product"],"name":"The Daily Ledger","productID":"dailyledger.example:basic"}}}}</script>
<script data-rh="true" type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsMediaOrganization","name":"The Daily Ledger","logo":{{"@context":"https://schema.org","@type":"ImageObject","url":"https://static01.dailyledger.example/logo.png"}},"url":"https://www.dailyledger.example/","@id":"https://www.dailyledger.example/#publisher"}}</script>
<script data-rh="true" type="application/ld+json">{{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{{"@context":"https://schema.org","@type":"ListItem","name":"Opinion","position":1,"item":"https://www.dailyledger.example/section/opinion"}}]}}</script>
</head>
<body>
<div id="app"><div><div class="NYTAppHideMasthead css-1q2w090 e1m0pzr40"><header class="css-ahe4g0 e1m0pzr41"><section class="css-12b4wr e1m0pzr42"><a href="https://www.dailyledger.example/section/opinion">Opinion</a></section><div class="css-10488qs"><a data-testid="masthead-mobile-logo" href="/">The Daily Ledger</a></div></header></div>
<main id="site-content"><div class="css-1ykxbo"><article id="story" class="css-1vxca1d e1lfvv700">
<header class="css-1ye2a1e e1h9fxb60"><div class="css-1vkm6nb ehdk2mb0"><h1 data-testid="headline" class="css-1xt7t3 e1h9rw200">The Quiet Return of the Personal Blog</h1></div>
<p id="article-summary" class="css-79rysd e1wiw3jv0">Tired of feeds that decide what we see, people are going back to writing on their own websites. That is good news for the web.</p>
<div class="css-1vyfqq8 e1hzqwdb0"><div class="css-1baulvz last-byline" itemprop="author" itemscope itemtype="http://schema.org/Person"><p class="css-aknsld e1jsehar1">By <a href="https://www.dailyledger.example/by/maya-torres" class="css-n8ff4n e1jsehar0"><span class="css-1baulvz last-byline" itemprop="name">Maya Torres</span></a> and <a href="https://www.dailyledger.example/by/leon-grant" class="css-n8ff4n e1jsehar0"><span class="css-1baulvz last-byline" itemprop="name">Leon Grant</span></a></p></div>
<ul class="css-1w5cs23 epjyd6m1"><li><time datetime="2025-05-06T05:00:41-04:00" class="css-129k401 e16638kd0">May 6, 2025</time></li></ul></div></header>
<section name="articleBody" itemprop="articleBody" class="meteredContent css-1r7ky0e">
<div class="css-53u6y8 StoryBodyCompanionColumn"><div class="css-1wa7u5r"><p class="css-at9mc1 evys1bk0">Ms. Torres and Mr. Grant are writers who have kept personal blogs since 2004.</p><p class="css-at9mc1 evys1bk0">A decade ago, the personal blog looked finished. The platforms had won: everyone posted in the same few places, and the algorithms decided who would read what. Something has shifted since. Quietly, without a launch event or an app, people have started writing on their own sites again.</p><p class="css-at9mc1 evys1bk0">You can see it in the small rituals that have come back. This spring hundreds of writers took part in a <a href="{CALL}" title="" class="css-yywogo">blog parade</a>, an old form in which one blogger poses a question and others answer on their own pages, linking back. Nobody needed permission, and nobody’s answer depended on a ranking.</p></div></div>
<div class="css-1r7ky0e" data-testid="inline-message"><div class="NewsletterSignup"><h2>Opinion Today</h2><p>Get expert analysis of the news and a guide to the big ideas shaping the world every weekday morning.</p><a href="https://www.dailyledger.example/newsletters/opinion-today">Sign up</a></div></div>
<div class="css-53u6y8 StoryBodyCompanionColumn"><div class="css-1wa7u5r"><p class="css-at9mc1 evys1bk0">The return is modest. Blogs will not replace social networks, and they should not try. But a web in which more people own the place where they write is a healthier one, and it is worth protecting.</p></div></div>
</section>
<div class="bottom-of-article"><div class="css-1jp38cr"><p>Maya Torres is a contributing Opinion writer. Leon Grant writes the newsletter “Small Web Weekly.”</p></div></div>
</article>
<div id="bottom-wrapper"><section aria-labelledby="more-in-opinion"><h2 id="more-in-opinion">More in Opinion</h2><ol><li><a href="https://www.dailyledger.example/2025/05/05/opinion/email-is-fine.html">Email Is Fine, Actually</a></li></ol></section></div>
</div></main></div></div>
<footer role="contentinfo" class="css-1iruc8t"><nav><a href="https://help.dailyledger.example/">Help</a><a href="https://www.dailyledger.example/subscription">Subscriptions</a></nav></footer>
</body>
</html>
""",
    url="https://www.dailyledger.example/2025/05/06/opinion/personal-blogs-return.html",
    title="The Quiet Return of the Personal Blog",
    author_name="Maya Torres",
    published="2025-05-06T09:00:41+00:00",
    summary_prefix="Tired of feeds that decide what we see",
    language="en",
    kind="article",
    must_not_link=[
        "https://www.dailyledger.example/2025/05/05/opinion/email-is-fine.html",
        "https://www.dailyledger.example/newsletters/opinion-today",
    ],
)

# 14 Wix blog post: BlogPosting JSON-LD, class names that say nothing, the text in the rich
# content viewer (data-hook attributes), "Recent Posts" and a comment box after it.
page(
    "heldout-wix-blog-en",
    f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset='utf-8'>
<meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport" />
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="generator" content="Wix.com Website Builder"/>
<title>What a year of weekly posts taught our bakery</title>
<meta name="description" content="We promised ourselves one blog post a week for a year. Fifty-two posts later, here is what it did for a small bakery."/>
<link rel="canonical" href="https://www.crumbandco.example/post/what-a-year-of-weekly-posts-taught-our-bakery"/>
<meta property="og:title" content="What a year of weekly posts taught our bakery"/>
<meta property="og:description" content="We promised ourselves one blog post a week for a year. Fifty-two posts later, here is what it did for a small bakery."/>
<meta property="og:image" content="https://static.wixstatic.example/media/bread.jpg/v1/fill/w_1000,h_750/bread.jpg"/>
<meta property="og:url" content="https://www.crumbandco.example/post/what-a-year-of-weekly-posts-taught-our-bakery"/>
<meta property="og:site_name" content="Crumb &amp; Co."/>
<meta property="og:type" content="article"/>
<meta property="article:author" content="Owen Price"/>
<meta property="article:published_time" content="2024-11-12T14:30:12.345Z"/>
<meta property="article:modified_time" content="2024-11-13T08:02:00.001Z"/>
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"BlogPosting","mainEntityOfPage":{{"@type":"WebPage","@id":"https://www.crumbandco.example/post/what-a-year-of-weekly-posts-taught-our-bakery"}},"headline":"What a year of weekly posts taught our bakery","image":{{"@type":"ImageObject","url":"https://static.wixstatic.example/media/bread.jpg","width":1000,"height":750}},"datePublished":"2024-11-12T14:30:12.345Z","dateModified":"2024-11-13T08:02:00.001Z","author":{{"@type":"Person","name":"Owen Price","url":"https://www.crumbandco.example/profile/owenprice/profile"}},"publisher":{{"@type":"Organization","name":"Crumb & Co.","logo":{{"@type":"ImageObject","url":"https://static.wixstatic.example/media/logo.png"}}}},"description":"We promised ourselves one blog post a week for a year. Fifty-two posts later, here is what it did for a small bakery."}}</script>
</head>
<body class="">
<div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus"></div>
<div id="site-root"><div id="masterPage" class="mesh-layout">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div id="comp-kh2" class="comp-kh2 wixui-rich-text"><h2 class="font_2 wixui-rich-text__text"><a href="https://www.crumbandco.example" class="wixui-rich-text__text">Crumb &amp; Co.</a></h2></div><nav id="comp-kh3" class="comp-kh3 wixui-horizontal-menu" aria-label="Site"><ul class="lXUYjm"><li><a class="UiHgGh" href="https://www.crumbandco.example">Home</a></li><li><a class="UiHgGh" href="https://www.crumbandco.example/blog">Blog</a></li></ul></nav></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div class="JsJXaX"><div id="TPAMultiSection_kx2" class="comp-kx2"><div class="T7n0L6"><div data-hook="post-page" class="post-page-wrapper">
<article class="blog-post-page-font _5oB2Y" data-hook="post">
<div class="m5T_S"><div class="ddBtb" data-hook="post-header"><div data-hook="user-name" class="tQ0Q1A user-name"><a href="https://www.crumbandco.example/profile/owenprice/profile" class="YtPWg_"><span class="UrOKr">Owen Price</span></a></div><ul class="Q9WVTq"><li><span data-hook="time-ago" class="post-metadata__date time-ago" title="Nov 12, 2024">Nov 12, 2024</span></li><li><span data-hook="time-to-read" class="post-metadata__readTime">3 min read</span></li></ul></div>
<div class="vz4Qa6" data-hook="post-title"><h1 class="H3vOVf mm8Nw _1j-51 roLFQS blog-post-title-font" data-hook="post-title">What a year of weekly posts taught our bakery</h1></div>
<div class="YnAhV" data-hook="post-description"><div data-rce-version="10.43.0" data-id="content-viewer" class="Bt0MR"><div class="ZqAlZ rich-content-viewer" dir="ltr" data-id="rich-content-viewer">
<div class="_1YeJG" data-hook="rcv-block1"><p dir="auto" class="mm8Nw _1j-51 roLFQS _1FoOD _78FBa" id="viewer-foo12"><span class="_2PHJq public-DraftStyleDefault-ltr">A year ago we made a promise to ourselves: one blog post a week, every week, no matter how busy the ovens were. Fifty-two posts later, the blog has become the most useful thing we do that is not baking.</span></p></div>
<div class="_1YeJG" data-hook="rcv-block2"><p dir="auto" class="mm8Nw _1j-51 roLFQS _1FoOD _78FBa" id="viewer-bar34"><span class="_2PHJq public-DraftStyleDefault-ltr">When we found the <a href="{CALL}" target="_blank" rel="noopener noreferrer" class="_3Bkfb _1lsz7"><u class="_2mFNh">blog parade asking why businesses blog</u></a>, it felt like the right moment to look back. Customers read the posts before they visit. They ask for the rye we wrote about in March. They know the names of our bakers.</span></p></div>
<div class="_1YeJG" data-hook="rcv-block3"><p dir="auto" class="mm8Nw _1j-51 roLFQS _1FoOD _78FBa" id="viewer-baz56"><span class="_2PHJq public-DraftStyleDefault-ltr">Social media brings people in for a day. The blog brings them back, because the posts are still there when they search for a recipe a year later.</span></p></div>
</div></div></div></div>
<div class="blog-post-footer"><div data-hook="post-footer"><ul class="tag-list" data-hook="tag-cloud"><li><a href="https://www.crumbandco.example/blog/tags/baking">baking</a></li></ul><div data-hook="post-social-actions"><a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fwww.crumbandco.example%2Fpost%2Fwhat-a-year" data-hook="share-facebook">Share on Facebook</a></div></div></div>
</article>
<section data-hook="recent-posts" class="recent-posts"><h2 class="recent-posts-title">Recent Posts</h2><div><a href="https://www.crumbandco.example/post/rye-season" data-hook="post-list-item">Rye season is here</a></div><a href="https://www.crumbandco.example/blog" class="see-all">See All</a></section>
<section data-hook="comments" class="comments-section"><h2>Comments</h2><div data-hook="comment"><a href="https://breadlover.example/">Bread Lover</a><p>Loved this! Wrote my own answer on my blog.</p></div></section>
</div></div></div></div></div></main>
<footer id="SITE_FOOTER" class="SITE_FOOTER wixui-footer"><p>© 2024 by Crumb &amp; Co. Proudly created with <a href="https://www.wix.com/?utm_campaign=vir_created_with">Wix.com</a></p></footer>
</div></div></div></div>
</body>
</html>
""",
    url="https://www.crumbandco.example/post/what-a-year-of-weekly-posts-taught-our-bakery",
    title="What a year of weekly posts taught our bakery",
    author_name="Owen Price",
    published="2024-11-12T14:30:12.345000+00:00",
    summary_prefix="We promised ourselves one blog post a week for a year",
    language="en",
    kind="article",
    must_not_link=[
        "https://www.crumbandco.example/post/rye-season",
        "https://breadlover.example/",
        "https://www.crumbandco.example/blog/tags/baking",
    ],
)

# 15 WordPress 6.5, Twenty Twenty-Three: a post about something else; the call only in a
# reader's comment in the block theme's comment template. Must NOT count.
page(
    "heldout-wordpress-tt23-comment-only-de",
    f"""<!DOCTYPE html>
<html lang="de-DE">
<head>
	<meta charset="UTF-8" />
	<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta name='robots' content='max-image-preview:large' />
<title>Mit dem Rad über die Alb: drei Tage, zwei Platten &#8211; Kettenblatt</title>
<link rel="alternate" type="application/rss+xml" title="Kettenblatt &raquo; Feed" href="https://kettenblatt.example/feed/" />
<link rel="alternate" type="application/rss+xml" title="Kettenblatt &raquo; Mit dem Rad über die Alb: drei Tage, zwei Platten-Kommentar-Feed" href="https://kettenblatt.example/2025/06/rad-ueber-die-alb/feed/" />
<meta name="generator" content="WordPress 6.5.5" />
<link rel="canonical" href="https://kettenblatt.example/2025/06/rad-ueber-die-alb/" />
</head>
<body class="post-template-default single single-post postid-245 single-format-standard wp-embed-responsive">
<div class="wp-site-blocks"><header class="wp-block-template-part"><div class="wp-block-group is-layout-flow wp-block-group-is-layout-flow"><div class="wp-block-group alignwide is-content-justification-space-between is-layout-flex wp-container-core-group-is-layout-2 wp-block-group-is-layout-flex"><p class="wp-block-site-title"><a href="https://kettenblatt.example" target="_self" rel="home">Kettenblatt</a></p><nav class="wp-block-navigation is-layout-flex" aria-label="Navigation"><ul class="wp-block-page-list"><li class="wp-block-pages-list__item"><a class="wp-block-pages-list__item__link" href="https://kettenblatt.example/touren/">Touren</a></li><li class="wp-block-pages-list__item"><a class="wp-block-pages-list__item__link" href="https://kettenblatt.example/impressum/">Impressum</a></li></ul></nav></div></div></header>
<main class="wp-block-group is-layout-flow wp-block-group-is-layout-flow">
<div class="wp-block-group has-global-padding is-layout-constrained wp-block-group-is-layout-constrained">
<h1 style="margin-bottom:var(--wp--preset--spacing--40);" class="wp-block-post-title">Mit dem Rad über die Alb: drei Tage, zwei Platten</h1>
</div>
<div class="entry-content wp-block-post-content has-global-padding is-layout-constrained wp-block-post-content-is-layout-constrained">
<p>Drei Tage, 240 Kilometer und ungefähr 3.000 Höhenmeter: Ende Mai bin ich mit dem Gravelbike einmal quer über die Schwäbische Alb gefahren, von Aalen bis nach Tuttlingen. Hier ist mein Bericht, mit allen Pannen.</p>
<p>Der erste Tag war der schönste. Die Strecke führt lange auf alten Bahntrassen, es geht kaum bergauf, und am Nachmittag saß ich mit einem Eis am Marktplatz von Heidenheim. Am zweiten Tag kamen dann der Regen, der erste Platten und ein Anstieg, den ich nie wieder fahren möchte.</p>
<p>Der zweite Platten kam am dritten Morgen, fünf Kilometer vor dem Ziel. Ich habe ihn nicht mehr geflickt, sondern das Rad bis zum Bahnhof geschoben. Nächstes Jahr nehme ich breitere Reifen mit.</p>
</div>
<div class="wp-block-group has-global-padding is-layout-constrained wp-block-group-is-layout-constrained" style="margin-top:var(--wp--preset--spacing--70)">
<div class="wp-block-group is-layout-flex wp-block-group-is-layout-flex"><p>Veröffentlicht</p><div class="wp-block-post-date"><time datetime="2025-06-02T19:04:37+02:00"><a href="https://kettenblatt.example/2025/06/rad-ueber-die-alb/">2. Juni 2025</a></time></div><p>in</p><div class="taxonomy-category wp-block-post-terms"><a href="https://kettenblatt.example/category/touren/" rel="tag">Touren</a></div></div>
<div class="wp-block-group is-layout-flex wp-block-group-is-layout-flex"><p>von</p><div class="wp-block-post-author-name"><a href="https://kettenblatt.example/author/matthias/" target="_self" class="wp-block-post-author-name__link">Matthias Kern</a></div></div>
</div>
<div class="wp-block-comments wp-block-comments-query-loop">
<h2 class="wp-block-comments-title">2 Antworten auf „Mit dem Rad über die Alb: drei Tage, zwei Platten“</h2>
<ol class="wp-block-comment-template">
<li id="comment-31" class="comment even thread-even depth-1"><div class="wp-block-columns is-layout-flex"><div class="wp-block-column"><div class="wp-block-comment-author-name"><a rel="external nofollow ugc" href="https://alltagsradler.example/" target="_self">Susanne</a></div><div class="wp-block-comment-date"><time datetime="2025-06-03T08:12:00+02:00"><a href="https://kettenblatt.example/2025/06/rad-ueber-die-alb/#comment-31">3. Juni 2025 um 8:12 Uhr</a></time></div><div class="wp-block-comment-content"><p>Toller Bericht! Du schreibst so schön über deine Touren – mach doch bei der <a href="{CALL}" rel="nofollow ugc">Blogparade „Warum bloggen?“</a> mit, da würde deine Antwort gut reinpassen.</p></div><div class="wp-block-comment-reply-link"><a rel="nofollow" class="comment-reply-link" href="#comment-31">Antworten</a></div></div></div></li>
<li id="comment-32" class="comment byuser comment-author-matthias bypostauthor odd alt thread-odd thread-alt depth-1"><div class="wp-block-columns is-layout-flex"><div class="wp-block-column"><div class="wp-block-comment-author-name">Matthias Kern</div><div class="wp-block-comment-content"><p>Danke, Susanne! Ich schaue mir das an.</p></div></div></div></li>
</ol>
<div id="respond" class="comment-respond wp-block-post-comments-form"><h3 id="reply-title" class="comment-reply-title">Schreibe einen Kommentar</h3><form action="https://kettenblatt.example/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes">Deine E-Mail-Adresse wird nicht veröffentlicht.</p><p class="comment-form-comment"><textarea id="comment" name="comment"></textarea></p></form></div>
</div>
</main>
<footer class="wp-block-template-part"><div class="wp-block-group has-global-padding is-layout-constrained"><p class="has-text-align-right">Stolz präsentiert von <a href="https://de.wordpress.org" rel="nofollow">WordPress</a></p></div></footer></div>
</body>
</html>
""",
    url="https://kettenblatt.example/2025/06/rad-ueber-die-alb/",
    title="Mit dem Rad über die Alb: drei Tage, zwei Platten",
    author_name="Matthias Kern",
    published="2025-06-02T19:04:37+02:00",
    summary_prefix="Drei Tage, 240 Kilometer und ungefähr 3.000 Höhenmeter",
    language="de",
    kind="article",
    call_in_main=False,
    must_not_link=[CALL, "https://alltagsradler.example/", "https://de.wordpress.org"],
)

# 16 WordPress + Blocksy + Yoast SEO 23: the JSON-LD @graph (Article whose author is an @id
# reference to a Person node, WebPage with the description and inLanguage, BreadcrumbList,
# WebSite, Organization); the call with utm parameters; a MailPoet newsletter form inside the
# content, the theme's author box and related posts after it.
page(
    "heldout-wordpress-yoast-graph-de",
    f"""<!doctype html>
<html lang="de">
<head>
	<meta charset="UTF-8">
	<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=5, viewport-fit=cover">
	<link rel="profile" href="https://gmpg.org/xfn/11">
	<!-- This site is optimized with the Yoast SEO plugin v23.1 - https://yoast.com/wordpress/plugins/seo/ -->
	<title>Warum ich blogge, obwohl es niemand verlangt - Nähkästchen</title>
	<meta name="description" content="Zur Blogparade „Warum bloggen?“: Über zwölf Jahre Nähblog, verlorene Schnittmuster und warum ich trotzdem jede Woche schreibe." />
	<link rel="canonical" href="https://naehkaestchen.example/warum-ich-blogge/" />
	<meta property="og:locale" content="de_DE" />
	<meta property="og:type" content="article" />
	<meta property="og:title" content="Warum ich blogge, obwohl es niemand verlangt" />
	<meta property="og:description" content="Zur Blogparade „Warum bloggen?“: Über zwölf Jahre Nähblog, verlorene Schnittmuster und warum ich trotzdem jede Woche schreibe." />
	<meta property="og:url" content="https://naehkaestchen.example/warum-ich-blogge/" />
	<meta property="og:site_name" content="Nähkästchen" />
	<meta property="article:published_time" content="2025-03-03T06:30:00+00:00" />
	<meta property="article:modified_time" content="2025-03-05T10:02:13+00:00" />
	<meta property="og:image" content="https://naehkaestchen.example/wp-content/uploads/2025/03/naehtisch.jpg" />
	<meta name="author" content="Jana Vogt" />
	<meta name="twitter:card" content="summary_large_image" />
	<meta name="twitter:label1" content="Verfasst von" />
	<meta name="twitter:data1" content="Jana Vogt" />
	<meta name="twitter:label2" content="Geschätzte Lesezeit" />
	<meta name="twitter:data2" content="4 Minuten" />
	<script type="application/ld+json" class="yoast-schema-graph">{{"@context":"https://schema.org","@graph":[{{"@type":"Article","@id":"https://naehkaestchen.example/warum-ich-blogge/#article","isPartOf":{{"@id":"https://naehkaestchen.example/warum-ich-blogge/"}},"author":{{"name":"Jana Vogt","@id":"https://naehkaestchen.example/#/schema/person/5c1f0e"}},"headline":"Warum ich blogge, obwohl es niemand verlangt","datePublished":"2025-03-03T06:30:00+00:00","dateModified":"2025-03-05T10:02:13+00:00","mainEntityOfPage":{{"@id":"https://naehkaestchen.example/warum-ich-blogge/"}},"wordCount":655,"commentCount":4,"publisher":{{"@id":"https://naehkaestchen.example/#organization"}},"image":{{"@id":"https://naehkaestchen.example/warum-ich-blogge/#primaryimage"}},"thumbnailUrl":"https://naehkaestchen.example/wp-content/uploads/2025/03/naehtisch.jpg","keywords":["Blogparade","Bloggen"],"articleSection":["Allgemein"],"inLanguage":"de","potentialAction":[{{"@type":"CommentAction","name":"Comment","target":["https://naehkaestchen.example/warum-ich-blogge/#respond"]}}]}},{{"@type":"WebPage","@id":"https://naehkaestchen.example/warum-ich-blogge/","url":"https://naehkaestchen.example/warum-ich-blogge/","name":"Warum ich blogge, obwohl es niemand verlangt - Nähkästchen","isPartOf":{{"@id":"https://naehkaestchen.example/#website"}},"primaryImageOfPage":{{"@id":"https://naehkaestchen.example/warum-ich-blogge/#primaryimage"}},"image":{{"@id":"https://naehkaestchen.example/warum-ich-blogge/#primaryimage"}},"thumbnailUrl":"https://naehkaestchen.example/wp-content/uploads/2025/03/naehtisch.jpg","datePublished":"2025-03-03T06:30:00+00:00","dateModified":"2025-03-05T10:02:13+00:00","description":"Zur Blogparade „Warum bloggen?“: Über zwölf Jahre Nähblog, verlorene Schnittmuster und warum ich trotzdem jede Woche schreibe.","breadcrumb":{{"@id":"https://naehkaestchen.example/warum-ich-blogge/#breadcrumb"}},"inLanguage":"de","potentialAction":[{{"@type":"ReadAction","target":["https://naehkaestchen.example/warum-ich-blogge/"]}}]}},{{"@type":"ImageObject","inLanguage":"de","@id":"https://naehkaestchen.example/warum-ich-blogge/#primaryimage","url":"https://naehkaestchen.example/wp-content/uploads/2025/03/naehtisch.jpg","contentUrl":"https://naehkaestchen.example/wp-content/uploads/2025/03/naehtisch.jpg","width":1200,"height":800}},{{"@type":"BreadcrumbList","@id":"https://naehkaestchen.example/warum-ich-blogge/#breadcrumb","itemListElement":[{{"@type":"ListItem","position":1,"name":"Startseite","item":"https://naehkaestchen.example/"}},{{"@type":"ListItem","position":2,"name":"Warum ich blogge, obwohl es niemand verlangt"}}]}},{{"@type":"WebSite","@id":"https://naehkaestchen.example/#website","url":"https://naehkaestchen.example/","name":"Nähkästchen","description":"Nähen, Flicken, Weitermachen","publisher":{{"@id":"https://naehkaestchen.example/#organization"}},"potentialAction":[{{"@type":"SearchAction","target":{{"@type":"EntryPoint","urlTemplate":"https://naehkaestchen.example/?s={{search_term_string}}"}},"query-input":{{"@type":"PropertyValueSpecification","valueRequired":true,"valueName":"search_term_string"}}}}],"inLanguage":"de"}},{{"@type":"Organization","@id":"https://naehkaestchen.example/#organization","name":"Nähkästchen","url":"https://naehkaestchen.example/","logo":{{"@type":"ImageObject","inLanguage":"de","@id":"https://naehkaestchen.example/#/schema/logo/image/","url":"https://naehkaestchen.example/wp-content/uploads/2023/01/logo.png","contentUrl":"https://naehkaestchen.example/wp-content/uploads/2023/01/logo.png","width":512,"height":512,"caption":"Nähkästchen"}},"image":{{"@id":"https://naehkaestchen.example/#/schema/logo/image/"}}}},{{"@type":"Person","@id":"https://naehkaestchen.example/#/schema/person/5c1f0e","name":"Jana Vogt","image":{{"@type":"ImageObject","inLanguage":"de","@id":"https://naehkaestchen.example/#/schema/person/image/","url":"https://secure.gravatar.com/avatar/5c1f?s=96&d=mm&r=g","contentUrl":"https://secure.gravatar.com/avatar/5c1f?s=96&d=mm&r=g","caption":"Jana Vogt"}},"url":"https://naehkaestchen.example/author/jana/"}}]}}</script>
	<!-- / Yoast SEO plugin. -->
</head>
<body class="post-template-default single single-post postid-1707 single-format-standard" data-link="type-2" data-prefix="single_blog_post" data-header="type-1" data-footer="type-1" itemscope="itemscope" itemtype="https://schema.org/Blog">
<a class="skip-link show-on-focus" href="#main">Zum Inhalt springen</a>
<div class="ct-drawer-canvas" data-location="start"><div id="offcanvas" class="ct-panel ct-header" data-behaviour="right-side"></div></div>
<div id="main-container">
<header id="header" class="ct-header" data-id="type-1" itemscope="" itemtype="https://schema.org/WPHeader"><div data-device="desktop"><div data-row="middle" data-column-set="2"><div class="ct-container"><div data-column="start" data-placements="1"><div data-items="primary"><div class="site-branding" data-id="logo" itemscope="itemscope" itemtype="https://schema.org/Organization"><span class="site-title" itemprop="name"><a href="https://naehkaestchen.example/" rel="home" itemprop="url">Nähkästchen</a></span></div></div></div><div data-column="end" data-placements="1"><div data-items="primary"><nav id="header-menu-1" class="header-menu-1" data-id="menu" data-interaction="hover" data-menu="type-1" data-dropdown="type-1:simple" data-responsive="no" itemscope="" itemtype="https://schema.org/SiteNavigationElement" aria-label="Header Menu"><ul id="menu-hauptmenue" class="menu"><li class="menu-item"><a href="https://naehkaestchen.example/anleitungen/" class="ct-menu-link">Anleitungen</a></li><li class="menu-item"><a href="https://naehkaestchen.example/ueber-mich/" class="ct-menu-link">Über mich</a></li></ul></nav></div></div></div></div></div></header>
<main id="main" class="site-main hfeed" itemscope="itemscope" itemtype="https://schema.org/CreativeWork">
<div class="ct-container-full" data-content="narrow" data-vertical-spacing="top:bottom">
<article id="post-1707" class="post-1707 post type-post status-publish format-standard has-post-thumbnail hentry category-allgemein tag-blogparade">
<div class="hero-section is-width-constrained" data-type="type-1">
<header class="entry-header"><h1 class="page-title" title="Warum ich blogge, obwohl es niemand verlangt" itemprop="headline">Warum ich blogge, obwohl es niemand verlangt</h1>
<ul class="entry-meta" data-type="simple:slash" data-id="meta_1"><li class="meta-author" itemprop="author" itemscope="" itemtype="https://schema.org/Person"><a class="ct-meta-element-author" href="https://naehkaestchen.example/author/jana/" title="Beiträge von Jana Vogt" rel="author" itemprop="url"><span itemprop="name">Jana Vogt</span></a></li><li class="meta-date" itemprop="datePublished"><time class="ct-meta-element-date" datetime="2025-03-03T07:30:00+01:00">3. März 2025</time></li><li class="meta-categories" data-type="simple"><a href="https://naehkaestchen.example/category/allgemein/" rel="tag" class="ct-term-1">Allgemein</a></li></ul></header></div>
<figure class="ct-featured-image"><img width="1200" height="800" src="https://naehkaestchen.example/wp-content/uploads/2025/03/naehtisch.jpg" class="attachment-full size-full wp-post-image" alt="" itemprop="image" /></figure>
<div class="entry-content is-layout-flow">
<p>Anne hat mit ihrer <a href="{CALL}?utm_source=mastodon&amp;utm_medium=social">Blogparade „Warum bloggen?“</a> eine Frage gestellt, die ich mir seit zwölf Jahren nicht mehr gestellt habe. Ich blogge halt. Jeden Sonntag ein Beitrag, meistens über ein Nähprojekt, manchmal über das, was dabei schiefgegangen ist.</p>
<h2 class="wp-block-heading">Das Blog als Schnittmuster-Archiv</h2>
<p>Angefangen hat alles mit einem verlorenen Schnittmuster. Ich hatte eine Bluse genäht, die perfekt saß, und ein Jahr später wusste ich nicht mehr, welche Änderungen ich am Papierschnitt gemacht hatte. Seitdem schreibe ich jede Änderung auf – und zwar hier, wo ich sie garantiert wiederfinde.</p>
<p>Dass andere mitlesen, war ein Zufall. Heute sind es ein paar hundert Leserinnen, die mir schreiben, wenn sie eine Anleitung nachgenäht haben. Das ist der Teil, der mich weitermachen lässt.</p>
<div class="wp-block-mailpoet-subscription-form-block mailpoet_form mailpoet_form_html" id="mp_form_below_posts1"><form method="post" action="https://naehkaestchen.example/wp-admin/admin-post.php?action=mailpoet_subscription_form" class="mailpoet_form mailpoet_form_form" novalidate><h2 class="mailpoet-heading">Kein Beitrag mehr verpassen?</h2><p class="mailpoet_form_paragraph">Trag dich in meinen Newsletter ein und bekomme jeden Sonntag den neuen Beitrag per E-Mail.</p><div class="mailpoet_paragraph"><input type="email" class="mailpoet_text" name="data[form_field_email]" placeholder="E-Mail-Adresse *"></div><div class="mailpoet_paragraph"><input type="submit" class="mailpoet_submit" value="Jetzt anmelden!"></div></form></div>
<p>Also: Ich blogge, weil es mein Gedächtnis ist. Und weil ich mich jede Woche über die Post freue, die danach kommt.</p>
</div>
<div class="author-box is-width-constrained" data-type="type-2"><a href="https://naehkaestchen.example/author/jana/" class="ct-media-container"><img src="https://secure.gravatar.com/avatar/5c1f?s=120" alt="Jana Vogt" width="60" height="60"></a><section><h5 class="author-box-name">Jana Vogt</h5><div class="author-box-bio"><p>Jana näht seit ihrer Kindheit und bloggt seit 2013 über Schnitte, Stoffe und Reparaturen.</p></div><a href="https://naehkaestchen.example/author/jana/" class="ct-author-box-more">Artikel: 412</a></section></div>
<nav class="post-navigation is-width-constrained"><a href="https://naehkaestchen.example/fruehjahrsjacke/" class="nav-item-prev"><span class="item-label">Vorheriger <span>Beitrag</span></span><span class="item-title ct-hidden-sm">Eine Frühjahrsjacke aus Wachstuch</span></a></nav>
</article>
<div class="ct-related-posts-container"><div class="ct-container"><div class="ct-related-posts"><h3 class="ct-module-title">Ähnliche Beiträge</h3><div class="ct-related-posts-items" data-layout="grid"><article><h4 class="related-entry-title"><a href="https://naehkaestchen.example/zehn-jahre-naehkaestchen/" rel="bookmark">Zehn Jahre Nähkästchen</a></h4></article></div></div></div></div>
</div>
</main>
<footer id="footer" class="ct-footer" data-id="type-1" itemscope="" itemtype="https://schema.org/WPFooter"><div data-row="bottom"><div class="ct-container"><div data-column="copyright"><div class="ct-footer-copyright" data-id="copyright"><p>Copyright &copy; 2025 Nähkästchen - WordPress Theme by <a href="https://creativethemes.com">CreativeThemes</a></p></div></div></div></div></footer>
</div>
</body>
</html>
""",
    url="https://naehkaestchen.example/warum-ich-blogge/",
    title="Warum ich blogge, obwohl es niemand verlangt",
    author_name="Jana Vogt",
    published="2025-03-03T06:30:00+00:00",
    summary_prefix="Zur Blogparade „Warum bloggen?“: Über zwölf Jahre Nähblog",
    language="de",
    kind="article",
    must_not_link=[
        "https://naehkaestchen.example/zehn-jahre-naehkaestchen/",
        "https://naehkaestchen.example/fruehjahrsjacke/",
        "https://creativethemes.com",
    ],
)

# 17 WordPress + GeneratePress, no SEO plugin (no og, no description), with the Simple Author
# Box plugin, which appends its box to the post's content: the call only in the author's bio
# inside .entry-content. Must NOT count.
page(
    "heldout-wordpress-author-box-only-de",
    f"""<!DOCTYPE html>
<html lang="de-DE">
<head>
	<meta charset="UTF-8">
	<meta name='robots' content='index, follow, max-image-preview:large' />
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Sauerteig ohne Drama: mein Anstellgut-Fahrplan &#8211; Brotzeit bei Kai</title>
<link rel="alternate" type="application/rss+xml" title="Brotzeit bei Kai &raquo; Feed" href="https://brotzeit-kai.example/feed/" />
<link rel='stylesheet' id='sab-font-css' href='https://fonts.googleapis.com/css?family=Open+Sans:400,700,400italic,700italic&#038;subset=latin' media='all' />
<link rel='stylesheet' id='generate-style-css' href='https://brotzeit-kai.example/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.4.0' media='all' />
<meta name="generator" content="WordPress 6.5.3" />
<link rel="canonical" href="https://brotzeit-kai.example/sauerteig-ohne-drama/" />
<style type="text/css">.saboxplugin-wrap{{-webkit-box-sizing:border-box;border:1px solid #eee;width:100%;clear:both;display:block;overflow:hidden;}}</style>
</head>
<body class="post-template-default single single-post postid-512 single-format-standard wp-embed-responsive right-sidebar nav-float-right separate-containers header-aligned-left dropdown-hover" itemtype="https://schema.org/Blog" itemscope>
<a class="screen-reader-text skip-link" href="#content" title="Zum Inhalt springen">Zum Inhalt springen</a>
<header class="site-header has-inline-mobile-toggle" id="masthead" aria-label="Website" itemtype="https://schema.org/WPHeader" itemscope><div class="inside-header grid-container"><div class="site-branding"><p class="main-title" itemprop="headline"><a href="https://brotzeit-kai.example/" rel="home">Brotzeit bei Kai</a></p><p class="site-description" itemprop="description">Brot backen mit Zeit und ohne Drama</p></div>
<nav class="main-navigation sub-menu-right" id="site-navigation" aria-label="Primär" itemtype="https://schema.org/SiteNavigationElement" itemscope><div class="inside-navigation grid-container"><div id="primary-menu" class="main-nav"><ul id="menu-menue" class=" menu sf-menu"><li class="menu-item"><a href="https://brotzeit-kai.example/rezepte/">Rezepte</a></li><li class="menu-item"><a href="https://brotzeit-kai.example/ueber-mich/">Über mich</a></li></ul></div></div></nav></div></header>
<div class="site grid-container container hfeed" id="page"><div class="site-content" id="content">
<div class="content-area" id="primary"><main class="site-main" id="main">
<article id="post-512" class="post-512 post type-post status-publish format-standard hentry category-sauerteig" itemtype="https://schema.org/CreativeWork" itemscope>
<div class="inside-article">
<header class="entry-header"><h1 class="entry-title" itemprop="headline">Sauerteig ohne Drama: mein Anstellgut-Fahrplan</h1>
<div class="entry-meta"><span class="posted-on"><time class="updated" datetime="2025-04-16T09:01:12+02:00" itemprop="dateModified">16. April 2025</time><time class="entry-date published" datetime="2025-04-14T17:20:31+02:00" itemprop="datePublished">14. April 2025</time></span> <span class="byline">von <span class="author vcard" itemprop="author" itemtype="https://schema.org/Person" itemscope><a class="url fn n" href="https://brotzeit-kai.example/author/kai/" title="Alle Beiträge von Kai Lorenz anzeigen" rel="author" itemprop="url"><span class="author-name" itemprop="name">Kai Lorenz</span></a></span></span></div></header>
<div class="entry-content" itemprop="text">
<p>Sauerteig hat den Ruf, kompliziert zu sein. Füttern, warten, riechen, wieder füttern – und am Ende doch ein flaches Brot. Dabei reicht ein einfacher Fahrplan, und der passt auf einen Zettel am Kühlschrank.</p>
<p>Mein Anstellgut lebt im Kühlschrank und wird einmal pro Woche gefüttert: 20 Gramm Anstellgut, 50 Gramm Roggenmehl, 50 Gramm Wasser. Am Abend vor dem Backtag kommt es heraus, am Morgen ist es bereit.</p>
<h2>Der Fahrplan für Samstag</h2>
<p>Freitagabend Sauerteig ansetzen, Samstagmorgen Hauptteig kneten, mittags formen, nachmittags backen. Wer will, kann den geformten Laib auch über Nacht in den Kühlschrank stellen und erst am Sonntag backen.</p>
<div class="saboxplugin-wrap" itemtype="http://schema.org/Person" itemscope itemprop="author"><div class="saboxplugin-tab"><div class="saboxplugin-gravatar"><img alt='Kai Lorenz' src='https://secure.gravatar.com/avatar/ab12?s=100&#038;d=mm&#038;r=g' class='avatar avatar-100 photo' height='100' width='100' itemprop="image"></div><div class="saboxplugin-authorname"><a href="https://brotzeit-kai.example/author/kai/" class="vcard author" rel="author"><span class="fn">Kai Lorenz</span></a></div><div class="saboxplugin-desc"><div itemprop="description"><p>Kai backt seit 2016 jedes Wochenende Brot und schreibt hier darüber. Gerade nimmt er an der <a href="{CALL}">Blogparade „Warum bloggen?“</a> teil und sammelt Ideen für seine Antwort.</p></div></div><div class="clearfix"></div><div class="saboxplugin-socials "><a title="Instagram" target="_self" href="https://instagram.com/brotzeitkai" rel="nofollow noopener" class="saboxplugin-icon-grey"><span class="st-icon-instagram"></span></a></div></div></div>
</div>
<footer class="entry-meta" aria-label="Beitragsmeta"><span class="cat-links"><span class="screen-reader-text">Kategorien </span><a href="https://brotzeit-kai.example/category/sauerteig/" rel="category tag">Sauerteig</a></span><nav id="nav-below" class="post-navigation" aria-label="Beiträge"><div class="nav-previous"><span class="prev"><a href="https://brotzeit-kai.example/roggenmischbrot/" rel="prev">Roggenmischbrot für Einsteiger</a></span></div></nav></footer>
</div>
</article>
</main></div>
<div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-sidebar"><aside id="search-2" class="widget inner-padding widget_search"><form method="get" class="search-form" action="https://brotzeit-kai.example/"><input type="search" class="search-field" name="s"></form></aside></div></div>
</div></div>
<div class="site-footer"><footer class="site-info" aria-label="Website" itemtype="https://schema.org/WPFooter" itemscope><div class="inside-site-info grid-container"><div class="copyright-bar"><span class="copyright">&copy; 2025 Brotzeit bei Kai</span> &bull; Erstellt mit <a href="https://generatepress.com" itemprop="url">GeneratePress</a></div></div></footer></div>
</body>
</html>
""",
    url="https://brotzeit-kai.example/sauerteig-ohne-drama/",
    title="Sauerteig ohne Drama: mein Anstellgut-Fahrplan",
    author_name="Kai Lorenz",
    published="2025-04-14T17:20:31+02:00",
    summary_prefix="Sauerteig hat den Ruf, kompliziert zu sein",
    language="de",
    kind="article",
    call_in_main=False,
    must_not_link=[
        CALL,
        "https://instagram.com/brotzeitkai",
        "https://brotzeit-kai.example/roggenmischbrot/",
    ],
)

# 18 WordPress + Neve: the host's roundup pinged this post back, so WordPress lists a pingback
# from the call's own blog in the comment list. The post itself never links to the call.
# Must NOT count.
page(
    "heldout-wordpress-pingback-only-de",
    f"""<!DOCTYPE html>
<html lang="de-DE">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1, minimum-scale=1">
<link rel="profile" href="http://gmpg.org/xfn/11">
<link rel="pingback" href="https://stadtgruen.example/xmlrpc.php">
<title>Urban Gardening auf dem Balkon: Bilanz nach einem Jahr &#8211; Stadtgrün</title>
<meta name="description" content="Ein Blog über Pflanzen in der Stadt" />
<meta property="og:type" content="article" />
<meta property="og:title" content="Urban Gardening auf dem Balkon: Bilanz nach einem Jahr" />
<meta property="og:url" content="https://stadtgruen.example/balkon-bilanz/" />
<meta property="og:site_name" content="Stadtgrün" />
<meta property="article:published_time" content="2025-09-21T12:00:00+00:00" />
<meta property="og:locale" content="de_DE" />
<meta name="generator" content="WordPress 6.6.2" />
<link rel="canonical" href="https://stadtgruen.example/balkon-bilanz/" />
</head>
<body class="post-template-default single single-post postid-77 single-format-standard nv-blog-default nv-sidebar-right menu_sidebar_slide_left">
<div class="wrapper">
<header class="header"><div id="header-grid" class="hfg_header site-header"><nav class="header--row header-main hide-on-mobile" data-row-id="main"><div class="header--row-inner header-main-inner"><div class="container"><div class="row row--wrapper"><div class="builder-item"><div class="site-logo"><a class="brand" href="https://stadtgruen.example/" title="Stadtgrün" aria-label="Stadtgrün"><div class="title-with-logo"><p class="site-title">Stadtgrün</p></div></a></div></div><div class="builder-item"><div class="nv-nav-wrap"><div role="navigation" class="nav-menu-primary" aria-label="Hauptmenü"><ul id="nv-primary-navigation-main" class="primary-menu-ul nav-ul"><li class="menu-item"><a href="https://stadtgruen.example/balkon/">Balkon</a></li><li class="menu-item"><a href="https://stadtgruen.example/kontakt/">Kontakt</a></li></ul></div></div></div></div></div></div></nav></div></header>
<main id="content" class="neve-main">
<div class="container single-post-container"><div class="row">
<article id="post-77" class="nv-single-post-wrap col post-77 post type-post status-publish format-standard hentry category-balkon">
<div class="entry-header"><div class="nv-title-meta-wrap"><small class="neve-breadcrumbs-wrapper"><span><a href="https://stadtgruen.example/">Start</a> » <a href="https://stadtgruen.example/category/balkon/">Balkon</a></span></small><h1 class="title entry-title">Urban Gardening auf dem Balkon: Bilanz nach einem Jahr</h1>
<ul class="nv-meta-list"><li class="meta author vcard"><span class="author-name fn">von <a href="https://stadtgruen.example/author/tanja/" title="Beiträge von Tanja Wiese" rel="author">Tanja Wiese</a></span></li><li class="meta date posted-on"><time class="entry-date published" datetime="2025-09-21T14:00:00+02:00" content="2025-09-21">21. September 2025</time><time class="updated" datetime="2025-09-22T08:00:00+02:00">22. September 2025</time></li><li class="meta comments"><a href="https://stadtgruen.example/balkon-bilanz/#comments">3 Kommentare</a></li></ul></div></div>
<div class="nv-content-wrap entry-content">
<p>Vor einem Jahr habe ich auf unserem sechs Quadratmeter großen Balkon angefangen, Gemüse anzubauen. Heute ziehe ich Bilanz: Was hat funktioniert, was nicht, und was pflanze ich im nächsten Frühjahr?</p>
<p>Der klare Gewinner sind Pflücksalate. Sie wachsen im Balkonkasten fast von allein, und von April bis Oktober mussten wir keinen Salat mehr kaufen. Auch die Buschbohnen haben sich gelohnt, obwohl die Schnecken sie im Juni entdeckt haben.</p>
<p>Die Tomaten dagegen waren eine Enttäuschung. Zu wenig Sonne, zu viel Wind, und am Ende zwölf Früchte von drei Pflanzen. Im nächsten Jahr probiere ich es mit einer Sorte für Hängeampeln.</p>
</div>
</article>
<div class="nv-sidebar-wrap col-sm-12 nv-right blog-sidebar"><aside id="secondary" role="complementary"><div id="block-3" class="widget widget_block"><h2>Über mich</h2><p>Tanja gärtnert auf sechs Quadratmetern in Leipzig.</p></div></aside></div>
</div>
<div id="comments" class="comments-area"><div class="nv-comments-wrap"><div class="nv-comments-title-wrap"><h2 class="comments-title">3 Kommentare</h2></div>
<ol class="nv-comments-list">
<li class="pingback even thread-even depth-1" id="comment-120"><div class="comment-body">Pingback: <a href="{CALL}" class="url" rel="ugc external nofollow">Blogparade „Warum bloggen?“ – die Zwischenbilanz › Parade</a> <span class="edit-link"></span></div></li>
<li class="comment odd alt thread-odd thread-alt depth-1" id="comment-121"><article id="div-comment-121" class="nv-comment-article"><div class="nv-comment-header"><div class="comment-author vcard"><span class="fn"><a href="https://balkonliebe.example/" class="url" rel="ugc external nofollow">Mia</a></span></div></div><div class="nv-comment-content comment nv-content-wrap"><p>Hängetomaten kann ich sehr empfehlen! Bei mir hat die Sorte „Tumbling Tom“ super funktioniert.</p></div></article></li>
<li class="comment byuser bypostauthor even depth-2" id="comment-122"><article class="nv-comment-article"><div class="nv-comment-content comment nv-content-wrap"><p>Danke für den Tipp, Mia!</p></div></article></li>
</ol></div></div>
</div>
</main>
<footer class="site-footer" id="site-footer"><div class="hfg_footer"><div class="footer--row footer-bottom"><div class="container"><p class="component-wrap">Erstellt mit <a href="https://themeisle.com/themes/neve/" rel="nofollow">Neve</a> | Unterstützt von <a href="http://wordpress.org" rel="nofollow">WordPress</a></p></div></div></div></footer>
</div>
</body>
</html>
""",
    url="https://stadtgruen.example/balkon-bilanz/",
    title="Urban Gardening auf dem Balkon: Bilanz nach einem Jahr",
    author_name="Tanja Wiese",
    published="2025-09-21T12:00:00+00:00",
    summary_prefix="Vor einem Jahr habe ich auf unserem sechs Quadratmeter großen Balkon",
    language="de",
    kind="article",
    call_in_main=False,
    must_not_link=[CALL, "https://balkonliebe.example/", "https://themeisle.com/themes/neve/"],
)

# 19 Hugo + Blowfish: Article JSON-LD with inLanguage and author, an author card in the
# header, the call in a blockquote; "Verwandte Artikel" after the post.
page(
    "heldout-hugo-blowfish-de",
    f"""<!DOCTYPE html>
<html lang="de" dir="ltr" class="scroll-smooth" data-default-appearance="light" data-auto-appearance="true"><head>
  <meta charset="utf-8" />
  <meta http-equiv="content-language" content="de" />
  <meta name="viewport" content="width=device-width, initial-scale=1.0" />
  <meta http-equiv="X-UA-Compatible" content="ie=edge" />
  <title>Bloggen als Gegengewicht zum Feed &middot; Lenas Logbuch</title>
  <meta name="title" content="Bloggen als Gegengewicht zum Feed &middot; Lenas Logbuch" />
  <meta name="description" content="Meine Antwort auf die Blogparade: Warum ein eigenes Blog das beste Mittel gegen den endlosen Feed ist." />
  <meta name="keywords" content="Blogparade, Bloggen, " />
  <link rel="canonical" href="https://lenas-logbuch.example/posts/bloggen-gegengewicht/" />
  <meta property="og:url" content="https://lenas-logbuch.example/posts/bloggen-gegengewicht/">
  <meta property="og:site_name" content="Lenas Logbuch">
  <meta property="og:title" content="Bloggen als Gegengewicht zum Feed">
  <meta property="og:description" content="Meine Antwort auf die Blogparade: Warum ein eigenes Blog das beste Mittel gegen den endlosen Feed ist.">
  <meta property="og:locale" content="de">
  <meta property="og:type" content="article">
  <meta property="article:section" content="posts">
  <meta property="article:published_time" content="2024-12-01T10:00:00+01:00">
  <meta property="article:modified_time" content="2024-12-01T10:00:00+01:00">
  <meta name="twitter:card" content="summary">
  <meta name="twitter:title" content="Bloggen als Gegengewicht zum Feed">
  <script type="application/ld+json">
  [{{
    "@context": "https://schema.org",
    "@type": "Article",
    "articleSection": "Posts",
    "name": "Bloggen als Gegengewicht zum Feed",
    "headline": "Bloggen als Gegengewicht zum Feed",
    "description": "Meine Antwort auf die Blogparade: Warum ein eigenes Blog das beste Mittel gegen den endlosen Feed ist.",
    "abstract": "\\u003cp\\u003eVor ein paar Wochen habe ich gemerkt, dass ich morgens als Erstes den Feed öffne.\\u003c/p\\u003e",
    "inLanguage": "de",
    "url" : "https://lenas-logbuch.example/posts/bloggen-gegengewicht/",
    "author" : {{
      "@type": "Person",
      "name": "Lena Hoffmann"
    }},
    "copyrightYear": "2024",
    "dateCreated": "2024-12-01T10:00:00\\u002b01:00",
    "datePublished": "2024-12-01T10:00:00\\u002b01:00",
    "dateModified": "2024-12-01T10:00:00\\u002b01:00",
    "keywords": ["Blogparade","Bloggen"],
    "mainEntityOfPage": "true",
    "wordCount": "402"
  }}]
  </script>
  <meta name="author" content="Lena Hoffmann" />
  <link href="https://norden.social.example/@lena" rel="me" />
</head>
<body class="flex flex-col h-screen px-6 m-auto text-lg leading-7 max-w-7xl bg-neutral text-neutral-900 dark:bg-neutral-800 dark:text-neutral sm:px-14 md:px-24 lg:px-32 scrollbar-thin scrollbar-track-neutral-200 scrollbar-thumb-neutral-400">
  <div id="the-top" class="absolute flex self-center"><a class="px-3 py-1 text-sm -translate-y-8 rounded-b-lg bg-primary-200 focus:translate-y-0 dark:bg-neutral-600" href="#main-content"><span class="font-bold text-primary-600 ltr:pr-2 rtl:pl-2 dark:text-primary-400">&darr;</span>Zum Hauptinhalt springen</a></div>
  <div class="min-h-[148px]"></div>
  <div class="fixed inset-x-0 pl-[24px] pr-[24px]" style="z-index:100"><div id="menu-blur" class="absolute opacity-0 inset-x-0 top-0 h-full single_hero_background nozoom backdrop-blur-2xl shadow-2xl"></div><div class="relative max-w-[64rem] ml-auto mr-auto"><div style="padding-left:0;padding-right:0;padding-top:2px;padding-bottom:3px" class="main-menu flex items-center justify-between px-4 py-6 sm:px-6 md:justify-start gap-x-3"><div class="flex flex-1 items-center justify-between"><nav class="flex space-x-3"><a href="/" class="text-base font-medium text-gray-500 hover:text-gray-900">Lenas Logbuch</a></nav><nav class="hidden md:flex items-center gap-x-5 md:ml-12 h-12"><a href="/posts/" class="flex items-center text-gray-500 hover:text-primary-600 dark:hover:text-primary-400" aria-label="Beiträge" title="Beiträge"><p class="text-base font-medium" title="">Beiträge</p></a></nav></div></div></div></div>
  <div class="relative flex flex-col grow">
    <main id="main-content" class="grow">
<article>
  <header id="single_header" class="mt-5 max-w-prose">
    <ol class="text-sm text-neutral-500 dark:text-neutral-400 print:hidden"><li class="inline hidden"><a class="hover:underline decoration-neutral-300 dark:underline-neutral-600" href="/">Lenas Logbuch</a><span class="px-1 text-primary-500">/</span></li><li class="inline "><a class="hover:underline decoration-neutral-300 dark:underline-neutral-600" href="/posts/">Beiträge</a><span class="px-1 text-primary-500">/</span></li></ol>
    <h1 class="mt-0 text-4xl font-extrabold text-neutral-900 dark:text-neutral">Bloggen als Gegengewicht zum Feed</h1>
    <div class="mt-1 mb-6 text-base text-neutral-500 dark:text-neutral-400 print:hidden"><div class="flex flex-row flex-wrap items-center"><time datetime="2024-12-01T10:00:00&#43;01:00">1 Dezember 2024</time><span class="px-2 text-primary-500">&middot;</span><span title="Lesezeit">2 min</span></div></div>
    <div class="flex author"><img class="!mt-0 !mb-0 h-24 w-24 rounded-full ltr:mr-4 rtl:ml-4" width="96" height="96" alt="Lena Hoffmann" src="/img/lena_hu3d03.jpg" /><div class="place-self-center"><div class="text-[0.6rem] uppercase leading-3 text-neutral-500 dark:text-neutral-400">Autor</div><div class="font-semibold leading-6 text-neutral-800 dark:text-neutral-300">Lena Hoffmann</div><div class="text-sm text-neutral-700 dark:text-neutral-400">Schreibt über Bücher, Bahnfahren und das Netz.</div></div></div>
  </header>
  <section class="flex flex-col max-w-full mt-0 prose dark:prose-invert lg:flex-row">
    <div class="min-w-0 min-h-0 max-w-fit">
      <div class="article-content max-w-prose mb-20">
        <p>Vor ein paar Wochen habe ich gemerkt, dass ich morgens als Erstes den Feed öffne. Noch vor dem Kaffee, noch vor dem Fenster. Zwanzig Minuten später weiß ich viel über Dinge, die mich nicht interessieren, und nichts über den Tag, der vor mir liegt.</p>
        <p>Deshalb kam die Frage dieser Blogparade genau richtig:</p>
        <blockquote><p>Warum bloggst du – und was gibt dir das eigene Blog, was dir keine Plattform geben kann? (<a href="{CALL}">zum Aufruf</a>)</p></blockquote>
        <p>Meine Antwort: Das Blog ist mein Gegengewicht. Im Feed reagiere ich, hier denke ich nach. Ein Beitrag braucht Tage, manchmal Wochen, und am Ende steht da etwas, das ich auch in einem Jahr noch unterschreiben kann.</p>
        <p>Und es ist ruhig hier. Keine Zahlen neben den Beiträgen, keine roten Punkte. Wer mir antworten will, schreibt eine E-Mail oder einen eigenen Beitrag. Das ist langsamer – und viel schöner.</p>
      </div>
    </div>
  </section>
  <footer class="pt-8 max-w-prose print:hidden"><div class="flex author"><div class="place-self-center"><div class="text-[0.6rem] uppercase leading-3 text-neutral-500 dark:text-neutral-400">Autor</div><div class="font-semibold leading-6 text-neutral-800 dark:text-neutral-300">Lena Hoffmann</div></div></div>
    <div class="pt-8"><hr class="border-dotted border-neutral-300 dark:border-neutral-600" /><div class="flex justify-between pt-3"><span><a class="flex group mr-3" href="/posts/bahnfahren-im-winter/"><span class="flex flex-col"><span class="mt-[0.1rem] leading-6 group-hover:underline group-hover:decoration-primary-500">Bahnfahren im Winter</span></span></a></span></div></div>
  </footer>
</article>
<section class="w-full"><h2 class="mt-8 text-2xl font-extrabold mb-10">Verwandte Artikel</h2><section class="w-full grid gap-4 sm:grid-cols-2 md:grid-cols-3"><a href="/posts/zehn-jahre-bloggen/" class="min-w-full"><div class="min-h-full border border-neutral-200 dark:border-neutral-700 border-2 rounded overflow-hidden shadow-2xl relative"><div class="px-6 py-4"><div class="font-bold text-xl text-neutral-800 decoration-primary-500 hover:underline hover:underline-offset-2 dark:text-neutral" href="/posts/zehn-jahre-bloggen/">Zehn Jahre Bloggen</div></div></div></a></section></section>
    </main>
    <footer id="site-footer" class="py-10 print:hidden"><div class="flex items-center justify-between"><p class="text-sm text-neutral-500 dark:text-neutral-400">&copy; 2024 Lena Hoffmann</p><p class="text-xs text-neutral-500 dark:text-neutral-400">Erstellt mit <a class="hover:underline hover:decoration-primary-400 hover:text-primary-500" href="https://gohugo.io/" target="_blank" rel="noopener noreferrer">Hugo</a> &amp; <a class="hover:underline hover:decoration-primary-400 hover:text-primary-500" href="https://blowfish.page/" target="_blank" rel="noopener noreferrer">Blowfish</a></p></div></footer>
  </div>
</body>
</html>
""",
    url="https://lenas-logbuch.example/posts/bloggen-gegengewicht/",
    title="Bloggen als Gegengewicht zum Feed",
    author_name="Lena Hoffmann",
    published="2024-12-01T10:00:00+01:00",
    summary_prefix="Meine Antwort auf die Blogparade: Warum ein eigenes Blog",
    language="de",
    kind="article",
    must_not_link=[
        "/posts/zehn-jahre-bloggen/",
        "/posts/bahnfahren-im-winter/",
        "https://blowfish.page/",
    ],
)

# 20 Jekyll + al-folio: an empty lang attribute (site.lang unset), jekyll-seo-tag only in part
# (title and description, no date), the date as "1. Februar 2025" in .post-meta with the author,
# the call in a list item of the post.
page(
    "heldout-jekyll-al-folio-de",
    f"""<!DOCTYPE html>
<html lang="">
  <head>
    <meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <title>Warum ich als Doktorandin blogge | Dr. Sophie Albrecht</title>
    <meta name="author" content="Sophie  Albrecht">
    <meta name="description" content="Ein Blog neben der Promotion klingt nach Zeitverschwendung. Für mich ist es das Gegenteil.">
    <meta name="keywords" content="jekyll, jekyll-theme, academic-website, portfolio-website">
    <link rel="stylesheet" href="/assets/css/bootstrap.min.css?a4b3f509e79c54a512b890d73235ef04">
    <link rel="canonical" href="https://salbrecht.example/blog/2025/warum-bloggen/">
  </head>
  <body class="fixed-top-nav ">
    <header><nav id="navbar" class="navbar navbar-light navbar-expand-sm fixed-top" role="navigation"><div class="container"><a class="navbar-brand title font-weight-lighter" href="/"><span class="font-weight-bold">Sophie </span>Albrecht</a><div class="collapse navbar-collapse text-right" id="navbarNav"><ul class="navbar-nav ml-auto flex-nowrap"><li class="nav-item "><a class="nav-link" href="/">über mich</a></li><li class="nav-item active"><a class="nav-link" href="/blog/">blog</a></li><li class="nav-item "><a class="nav-link" href="/publications/">publikationen</a></li></ul></div></div></nav><progress id="progress" value="0"><div class="progress-container"><span class="progress-bar"></span></div></progress></header>
    <div class="container mt-5" role="main">
      <div class="post">
        <header class="post-header">
          <h1 class="post-title">Warum ich als Doktorandin blogge</h1>
          <p class="post-meta">1. Februar 2025 • Sophie Albrecht</p>
          <p class="post-tags"><a href="/blog/2025"> <i class="fa-solid fa-calendar fa-sm"></i> 2025 </a> &nbsp; &middot; &nbsp; <a href="/blog/tag/wissenschaft"> <i class="fa-solid fa-hashtag fa-sm"></i> wissenschaft</a></p>
        </header>
        <article class="post-content">
          <div id="markdown-content">
            <p>Ein Blog neben der Promotion klingt nach Zeitverschwendung. Die Betreuerin fragt nach dem nächsten Kapitel, die Deadline für die Konferenz rückt näher, und ich sitze an einem Beitrag über Bodenproben. Für mich ist das Blog trotzdem kein Luxus, sondern Teil der Arbeit.</p>
            <p>Drei Gründe, warum ich blogge – aufgeschrieben für die Blogparade:</p>
            <ul>
              <li>Schreiben ist Denken. Was ich hier für Laien erkläre, verstehe ich danach selbst besser.</li>
              <li>Die Leute aus dem Feld lesen mit: Landwirte, Förster, eine Lehrerin, die ihre Klasse Bodenproben nehmen lässt.</li>
              <li>Die Frage von <a href="{CALL}">Annes Blogparade „Warum bloggen?“</a> hat mich daran erinnert, dass ich das alles schon lange aufschreiben wollte.</li>
            </ul>
            <p>Meine Dissertation werden vielleicht zwanzig Menschen lesen. Dieses Blog lesen jeden Monat ein paar hundert. Beides hat seinen Platz, aber nur eines davon macht mir jede Woche Freude.</p>
          </div>
        </article>
        <div id="giscus_thread" style="max-width: 800px; margin: 0 auto;"><noscript>Please enable JavaScript to view the <a href="http://giscus.app/?ref_noscript">comments powered by giscus.</a></noscript></div>
      </div>
    </div>
    <footer class="fixed-bottom" role="contentinfo"><div class="container mt-0">&copy; Copyright 2025 Sophie  Albrecht. Powered by <a href="https://jekyllrb.com/" target="_blank" rel="external nofollow noopener">Jekyll</a> with <a href="https://github.com/alshedivat/al-folio" rel="external nofollow noopener" target="_blank">al-folio</a> theme.</div></footer>
  </body>
</html>
""",
    url="https://salbrecht.example/blog/2025/warum-bloggen/",
    title="Warum ich als Doktorandin blogge",
    author_name="Sophie Albrecht",
    published="2025-02-01",
    summary_prefix="Ein Blog neben der Promotion klingt nach Zeitverschwendung",
    language="de",
    kind="article",
    must_not_link=["http://giscus.app/?ref_noscript", "https://jekyllrb.com/", "/publications/"],
)

# 21 Kirby 4 Starterkit "note" page: lang="en" left from the kit on a German site, no meta at
# all beyond the title ("Site | Page"), the date in <time class="note-date"> under the post,
# the author only in a "von Paula Reimann" line in the note's footer.
page(
    "heldout-kirby-note-wrong-lang-de",
    f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="UTF-8">
  <meta name="viewport" content="width=device-width,initial-scale=1.0">
  <title>Atelier Reimann | Zwölf Jahre Werkstattblog</title>
  <link href="https://atelier-reimann.example/assets/css/index.css" rel="stylesheet">
  <link href="https://atelier-reimann.example/assets/css/templates/note.css" rel="stylesheet">
  <link rel="shortcut icon" type="image/x-icon" href="https://atelier-reimann.example/favicon.svg">
</head>
<body>
  <header class="header">
    <a class="logo" href="https://atelier-reimann.example">Atelier Reimann</a>
    <nav class="menu">
      <a href="https://atelier-reimann.example/photography">Arbeiten</a>
      <a aria-current href="https://atelier-reimann.example/notes">Notizen</a>
      <a href="https://atelier-reimann.example/about">Über uns</a>
    </nav>
  </header>
  <main class="main">
<article class="note">
  <header class="note-header h1">
    <h1 class="note-title">Zwölf Jahre Werkstattblog</h1>
    <p class="note-subtitle">Warum wir immer noch aufschreiben, was in der Werkstatt passiert</p>
  </header>
  <div class="note text">
    <p>Seit zwölf Jahren schreiben wir hier auf, was in unserer Holzwerkstatt passiert: neue Möbel, misslungene Verbindungen, Besuche beim Sägewerk. Die <a href="{CALL}">Blogparade „Warum bloggen?“</a> ist ein guter Anlass, einmal zurückzuschauen.</p>
    <p>Angefangen hat es, weil Kunden wissen wollten, wie ihr Tisch entsteht. Wir haben Fotos gemacht und ein paar Sätze dazu geschrieben. Heute ist das Blog unser Archiv: Wenn jemand nach zehn Jahren eine passende Bank zu seinem Tisch möchte, finden wir hier die Holzsorte, die Maße und sogar den Baum.</p>
    <p>Und es ist unsere Visitenkarte. Die meisten neuen Aufträge beginnen mit einer E-Mail, in der steht: Ich habe Ihren Beitrag über die Eichenplatte gelesen.</p>
  </div>
  <footer class="note-footer">
    <p class="note-author">von Paula Reimann</p>
    <ul class="note-tags"><li><a href="https://atelier-reimann.example/notes/tag:werkstatt">werkstatt</a></li></ul>
    <time class="note-date" datetime="2025-05-20">Veröffentlicht am 20. Mai 2025</time>
  </footer>
</article>
<nav class="blog-prevnext"><h2 class="h2">Weitere Notizen</h2><div class="grid"><article class="note-excerpt"><a href="https://atelier-reimann.example/notes/eichenplatte"><header><figure class="img"></figure><h2 class="note-excerpt-title">Die Eichenplatte</h2><time class="note-excerpt-date" datetime="2025-04-02">2. April 2025</time></header></a></article></div></nav>
  </main>
  <footer class="footer">
    <div class="grid">
      <div class="column"><h2><a href="https://getkirby.com">Made with Kirby</a></h2><p>Atelier Reimann · Holzwerkstatt in Freiburg</p></div>
      <div class="column"><h2>Kontakt</h2><ul><li><a href="https://atelier-reimann.example/impressum">Impressum</a></li></ul></div>
    </div>
  </footer>
</body>
</html>
""",
    url="https://atelier-reimann.example/notes/zwoelf-jahre-werkstattblog",
    title="Zwölf Jahre Werkstattblog",
    author_name="Paula Reimann",
    published="2025-05-20",
    summary_prefix="Seit zwölf Jahren schreiben wir hier auf, was in unserer Holzwerkstatt passiert",
    language="de",
    kind="article",
    must_not_link=[
        "https://atelier-reimann.example/notes/eichenplatte",
        "https://getkirby.com",
        "https://atelier-reimann.example/impressum",
    ],
)

# 22 TYPO3 with the news extension on an association's site: microdata (itemprop headline,
# datePublished, articleBody), the teaser as its own block, author as "Von: …" in the
# news-list-author span, page title "Verein: News", the breadcrumb and a sidebar menu.
page(
    "heldout-typo3-news-de",
    f"""<!DOCTYPE html>
<html dir="ltr" lang="de-DE">
<head>
<meta charset="utf-8">
<!--
	This website is powered by TYPO3 - inspiring people to share!
	TYPO3 is a free open source Content Management Framework initially created by Kasper Skaarhoj and licensed under GNU/GPL.
	TYPO3 is copyright 1998-2025 of Kasper Skaarhoj. Extensions are copyright of their respective owners.
	Information and contribution at https://typo3.org/
-->
<title>Warum unser Verein bloggt - Heimatverein Lindenau e.V.</title>
<meta name="generator" content="TYPO3 CMS" />
<meta name="description" content="Der Heimatverein Lindenau beteiligt sich an der Blogparade „Warum bloggen?“ und erzählt, warum das Vereinsblog seit 2012 dazugehört." />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta property="og:title" content="Warum unser Verein bloggt" />
<meta property="og:type" content="article" />
<meta property="og:url" content="https://heimatverein-lindenau.example/aktuelles/detail/warum-unser-verein-bloggt" />
<meta property="og:description" content="Der Heimatverein Lindenau beteiligt sich an der Blogparade „Warum bloggen?“ und erzählt, warum das Vereinsblog seit 2012 dazugehört." />
<meta name="twitter:card" content="summary" />
<link rel="canonical" href="https://heimatverein-lindenau.example/aktuelles/detail/warum-unser-verein-bloggt"/>
</head>
<body id="p12" class="page-12 pagelevel-2 language-0 backendlayout-default layout-default">
<div id="top"></div>
<div class="body-bg">
<a class="visually-hidden-focusable page-skip-link" href="#page-content"><span>Zum Hauptinhalt springen</span></a>
<header id="page-header" class="bp-page-header navbar navbar-mainnavigation navbar-default navbar-has-image navbar-top navbar-fixed-top"><div class="container container-mainnavigation"><a class="navbar-brand navbar-brand-image" title="Heimatverein Lindenau e.V." href="/"><img class="navbar-brand-logo-normal" src="/fileadmin/logo.svg" alt="Heimatverein Lindenau logo" height="52" width="180"></a><nav aria-label="Hauptnavigation" id="mainnavigation" class="collapse navbar-collapse"><ul class="navbar-nav"><li class="nav-item"><a href="/verein" class="nav-link">Verein</a></li><li class="nav-item active"><a href="/aktuelles" class="nav-link">Aktuelles</a></li><li class="nav-item"><a href="/termine" class="nav-link">Termine</a></li></ul></nav></div></header>
<nav class="breadcrumb-section" aria-label="Brotkrumennavigation"><div class="container"><ol class="breadcrumb"><li class="breadcrumb-item"><a class="breadcrumb-link" href="/">Startseite</a></li><li class="breadcrumb-item"><a class="breadcrumb-link" href="/aktuelles">Aktuelles</a></li><li class="breadcrumb-item active" aria-current="page">Warum unser Verein bloggt</li></ol></div></nav>
<div id="page-content" class="bp-page-content main-section"><main>
<div class="section section-default"><div class="container"><div class="section-row"><div class="section-column maincontent-wrap" role="main">
<div id="c41" class="frame frame-default frame-type-news_newsdetail frame-layout-0"><div class="news news-single"><div class="article" itemscope="itemscope" itemtype="http://schema.org/Article">
<div class="header"><h3 itemprop="headline">Warum unser Verein bloggt</h3></div>
<div class="footer"><p><span class="news-list-date"><time itemprop="datePublished" datetime="2025-10-08">08.10.2025</time></span><span class="news-list-category">Vereinsleben</span><span class="news-list-author" itemprop="author" itemscope="itemscope" itemtype="http://schema.org/Person">Von: <span itemprop="name">Gerhard Pohl</span></span></p></div>
<div class="lead" itemprop="description"><p>Der Heimatverein Lindenau beteiligt sich an der Blogparade „Warum bloggen?“ und erzählt, warum das Vereinsblog seit 2012 dazugehört.</p></div>
<div class="news-text-wrap" itemprop="articleBody">
<p>Als wir 2012 die erste Meldung auf unsere Webseite gestellt haben, ging es um das Osterfeuer. Seitdem ist unser Vereinsblog gewachsen: Mehr als 400 Beiträge über Ortsgeschichte, Wanderungen, alte Fotos und das Leben im Dorf sind inzwischen zusammengekommen.</p>
<p>Warum wir das machen? Weil eine Chronik nur lebt, wenn sie weitergeschrieben wird. Viele Leserinnen und Leser sind weggezogen und bleiben über das Blog mit Lindenau verbunden. Und manches alte Foto hat erst durch einen Kommentar seinen Namen bekommen.</p>
<p>Den Anstoß für diesen Beitrag gab die <a href="{CALL}" target="_blank" rel="noreferrer">Blogparade „Warum bloggen?“</a>, bei der auch Vereine mitmachen dürfen. Wir haben nicht lange überlegt.</p>
</div>
<div class="news-backlink-wrap"><a href="/aktuelles">Zurück</a></div>
<div class="news-related-wrap"><div class="news-related news-related-news"><h4>Verwandte Nachrichten</h4><ul><li><span class="news-related-news-date">12.03.2025</span><a title="Osterfeuer 2025" href="/aktuelles/detail/osterfeuer-2025">Osterfeuer 2025</a></li></ul></div></div>
</div></div></div>
</div>
<div class="section-column subcontent-wrap" role="complementary"><nav class="nav-sub"><ul><li><a href="/aktuelles/archiv">Archiv</a></li><li><a href="https://www.heimatbund.example/">Landesheimatbund</a></li></ul></nav></div>
</div></div></div>
</main></div>
<footer id="page-footer" class="bp-page-footer"><section class="section footer-section footer-section-meta"><div class="container"><div class="frame-default"><ul class="footer-meta-navigation"><li><a href="/impressum">Impressum</a></li><li><a href="/datenschutz">Datenschutz</a></li></ul></div></div></section></footer>
</div>
</body>
</html>
""",
    url="https://heimatverein-lindenau.example/aktuelles/detail/warum-unser-verein-bloggt",
    title="Warum unser Verein bloggt",
    author_name="Gerhard Pohl",
    published="2025-10-08",
    summary_prefix="Der Heimatverein Lindenau beteiligt sich an der Blogparade",
    language="de",
    kind="article",
    must_not_link=[
        "/aktuelles/detail/osterfeuer-2025",
        "https://www.heimatbund.example/",
        "/impressum",
    ],
)

# 23 A Spiegel-style article: the kicker and headline as spans of one <h2>, og:title with the
# kicker ("Kicker: Headline"), the title tag with " - DER SITE", NewsArticle JSON-LD with an
# author array; the date as "14.08.2025, 17.03 Uhr" beside a machine date with a space.
page(
    "heldout-news-spiegel-de",
    f"""<!DOCTYPE html>
<html lang="de" data-area="page">
<head>
<meta charset="utf-8">
<title>Blogparade: Warum Menschen wieder bloggen - DER SPIEGLER</title>
<meta name="description" content="Eigene Blogs galten als Relikt der Nullerjahre. Jetzt schreiben wieder mehr Menschen auf ihren eigenen Seiten – eine Blogparade zeigt, warum.">
<meta name="robots" content="index, follow, noarchive, max-snippet:-1, max-image-preview:large, max-video-preview:-1">
<meta name="last-modified" content="2025-08-15T08:10:22+02:00">
<meta name="date" content="2025-08-14T17:03:00+02:00">
<meta name="author" content="DER SPIEGLER">
<meta property="og:title" content="Blogparade: Warum Menschen wieder bloggen">
<meta property="og:type" content="article">
<meta property="og:description" content="Eigene Blogs galten als Relikt der Nullerjahre. Jetzt schreiben wieder mehr Menschen auf ihren eigenen Seiten – eine Blogparade zeigt, warum.">
<meta property="og:url" content="https://www.spiegler.example/netzwelt/web/blogparade-warum-menschen-wieder-bloggen-a-3f1c2d9e">
<meta property="og:site_name" content="DER SPIEGLER">
<meta property="og:image" content="https://cdn.spiegler.example/images/blog-1200.jpg">
<link rel="canonical" href="https://www.spiegler.example/netzwelt/web/blogparade-warum-menschen-wieder-bloggen-a-3f1c2d9e">
<script type="application/ld+json">[{{"@context":"http://schema.org","@type":"NewsArticle","mainEntityOfPage":"https://www.spiegler.example/netzwelt/web/blogparade-warum-menschen-wieder-bloggen-a-3f1c2d9e","headline":"Warum Menschen wieder bloggen","description":"Eigene Blogs galten als Relikt der Nullerjahre. Jetzt schreiben wieder mehr Menschen auf ihren eigenen Seiten – eine Blogparade zeigt, warum.","datePublished":"2025-08-14T17:03:00+02:00","dateModified":"2025-08-15T08:10:22+02:00","author":[{{"@type":"Person","name":"Jonas Brandt","url":"https://www.spiegler.example/impressum/autor-1a2b3c"}}],"publisher":{{"@type":"Organization","name":"DER SPIEGLER","logo":{{"@type":"ImageObject","url":"https://www.spiegler.example/public/logo.png"}}}},"image":[{{"@type":"ImageObject","url":"https://cdn.spiegler.example/images/blog-1200.jpg","width":1200,"height":675}}],"isAccessibleForFree":true}},{{"@context":"http://schema.org","@type":"BreadcrumbList","itemListElement":[{{"@type":"ListItem","position":1,"item":{{"@id":"https://www.spiegler.example/","name":"DER SPIEGLER"}}}},{{"@type":"ListItem","position":2,"item":{{"@id":"https://www.spiegler.example/netzwelt/","name":"Netzwelt"}}}}]}}]</script>
</head>
<body class="font-sansUI">
<div id="sp_message_container_123" class="sp_message_container"><div class="message-component"><p>Wir brauchen Ihre Zustimmung. Wir verwenden Cookies und ähnliche Technologien.</p><button title="Akzeptieren und weiter">Akzeptieren und weiter</button><a href="https://www.spiegler.example/datenschutz-spiegel">Datenschutzerklärung</a></div></div>
<header data-area="header"><nav aria-label="Ressorts"><ul><li><a href="https://www.spiegler.example/politik/">Politik</a></li><li><a href="https://www.spiegler.example/netzwelt/">Netzwelt</a></li></ul></nav></header>
<main id="Inhalt" class="relative">
<article aria-label="Warum Menschen wieder bloggen" data-area="article">
<header data-area="intro" class="lg:w-8/12 md:w-10/12 lg:mx-auto md:mx-auto">
<h2 class="lg:w-full md:w-full lg:mb-24 md:mb-24 sm:mb-20"><span class="block text-primary-base dark:text-dm-primary-base focus:outline-none font-sansUI font-bold lg:text-xl md:text-xl sm:text-l leading-normal mb-12">Blogparade</span><span class="align-middle font-brandUI font-extrabold lg:text-6xl md:text-5xl sm:text-3xl leading-tight">Warum Menschen wieder bloggen</span></h2>
<div class="RichText RichText--sans leading-loose lg:text-xl md:text-xl sm:text-l lg:mb-32 md:mb-32 sm:mb-24">Eigene Blogs galten als Relikt der Nullerjahre. Jetzt schreiben wieder mehr Menschen auf ihren eigenen Seiten – eine Blogparade zeigt, warum.</div>
<div data-area="author" class="font-sansUI lg:text-base md:text-base sm:text-s"><span>Von </span><a href="https://www.spiegler.example/impressum/autor-1a2b3c" class="text-black dark:text-shade-lightest border-b border-shade-light">Jonas Brandt</a></div>
<div class="font-sansUI lg:text-base md:text-base sm:text-s text-shade-dark"><time datetime="2025-08-14 17:03:00" class="timeformat">14.08.2025, 17.03 Uhr</time></div>
<div data-area="social-bar"><a href="https://www.facebook.com/sharer.php?u=https%3A%2F%2Fwww.spiegler.example%2Fnetzwelt" title="Facebook">Facebook</a><button title="Artikel merken">Merken</button></div>
</header>
<section class="relative" data-area="body">
<div data-area="text" class="RichText RichText--iconLinks lg:w-8/12 md:w-10/12 lg:mx-auto md:mx-auto"><p>Zehn Jahre lang schien das persönliche Blog erledigt. Wer etwas zu sagen hatte, sagte es in sozialen Netzwerken, und die alten Blogs verwaisten. Doch in diesem Sommer machen Hunderte Menschen bei einer sogenannten <a href="{CALL}" target="_blank" rel="noopener">Blogparade</a> mit: Eine Gastgeberin stellt eine Frage, und die Teilnehmenden beantworten sie im eigenen Blog.</p></div>
<div data-area="text" class="RichText RichText--iconLinks lg:w-8/12 md:w-10/12 lg:mx-auto md:mx-auto"><p>Die Frage lautet schlicht: Warum bloggst du? Die Antworten reichen vom Kochtagebuch bis zur Wissenschaftskommunikation. Viele Teilnehmende schreiben, dass sie die Kontrolle über ihre Texte zurückhaben wollen – und ein Publikum, das bleibt.</p></div>
<div data-area="related_articles" class="lg:w-8/12 md:w-10/12 lg:mx-auto md:mx-auto"><section><h3>Mehr zum Thema</h3><ul><li><a href="https://www.spiegler.example/netzwelt/web/rss-reader-comeback-a-77">Das Comeback der RSS-Reader</a></li></ul></section></div>
<div data-area="text" class="RichText RichText--iconLinks lg:w-8/12 md:w-10/12 lg:mx-auto md:mx-auto"><p>Ob daraus eine Bewegung wird, ist offen. Aber die Blogparade zeigt, dass das offene Netz lebendiger ist, als viele glauben.</p></div>
</section>
</article>
<aside aria-label="Empfehlungen"><h3>Empfehlungen der Redaktion</h3><ul><li><a href="https://www.spiegler.example/kultur/buecher-des-sommers-a-99">Die Bücher des Sommers</a></li></ul></aside>
</main>
<footer data-area="footer"><ul><li><a href="https://www.spiegler.example/impressum">Impressum</a></li></ul></footer>
</body>
</html>
""",
    url="https://www.spiegler.example/netzwelt/web/blogparade-warum-menschen-wieder-bloggen-a-3f1c2d9e",
    title="Warum Menschen wieder bloggen",
    author_name="Jonas Brandt",
    published="2025-08-14T17:03:00+02:00",
    summary_prefix="Eigene Blogs galten als Relikt der Nullerjahre",
    language="de",
    kind="article",
    must_not_link=[
        "https://www.spiegler.example/netzwelt/web/rss-reader-comeback-a-77",
        "https://www.spiegler.example/kultur/buecher-des-sommers-a-99",
    ],
)

# 24 A Zeit-style article: kicker and title spans inside one <h1>, NewsArticle JSON-LD, the
# comment section rendered into the page below the article; the call only in a reader's
# comment. Must NOT count.
page(
    "heldout-news-zeit-comment-only-de",
    f"""<!DOCTYPE html>
<html lang="de" class="no-js">
<head>
<meta charset="utf-8">
<title>Blogs: Die Rückkehr der Tagebücher | ZEITUNG ONLINE</title>
<meta name="description" content="Immer mehr Menschen führen wieder ein Onlinetagebuch. Was suchen sie dort, was sie in sozialen Netzwerken nicht finden?">
<meta property="og:site_name" content="ZEITUNG ONLINE">
<meta property="og:type" content="article">
<meta property="og:title" content="Blogs: Die Rückkehr der Tagebücher">
<meta property="og:description" content="Immer mehr Menschen führen wieder ein Onlinetagebuch. Was suchen sie dort, was sie in sozialen Netzwerken nicht finden?">
<meta property="og:url" content="https://www.zeitung.example/digital/internet/2025-11/blogs-tagebuch-comeback">
<meta name="date" content="2025-11-02T12:45:59+01:00">
<meta name="last-modified" content="2025-11-02T16:20:03+01:00">
<link rel="canonical" href="https://www.zeitung.example/digital/internet/2025-11/blogs-tagebuch-comeback">
<script type="application/ld+json">{{"@context":"http://schema.org","@type":"NewsArticle","mainEntityOfPage":{{"@type":"WebPage","@id":"https://www.zeitung.example/digital/internet/2025-11/blogs-tagebuch-comeback"}},"headline":"Die Rückkehr der Tagebücher","description":"Immer mehr Menschen führen wieder ein Onlinetagebuch. Was suchen sie dort, was sie in sozialen Netzwerken nicht finden?","datePublished":"2025-11-02T12:45:59+01:00","dateModified":"2025-11-02T16:20:03+01:00","author":[{{"@type":"Person","name":"Miriam Sander","url":"https://www.zeitung.example/autoren/S/Miriam_Sander/index"}}],"publisher":{{"@type":"Organization","name":"ZEITUNG ONLINE","url":"https://www.zeitung.example/index"}},"isAccessibleForFree":"True","keywords":"Blog, Internet, Soziale Medien"}}</script>
</head>
<body data-page-type="article">
<div class="cmp-wrapper"><div class="cmp-message"><h2>Besuchen Sie zeitung.example wie gewohnt mit Werbung und Tracking.</h2><a href="https://www.zeitung.example/zustimmung?url=x">Zum Abo</a><button>Einverstanden</button></div></div>
<header class="header" data-ct-area="topnav"><a class="header__brand" href="https://www.zeitung.example/index">ZEITUNG ONLINE</a><nav class="nav" aria-label="Ressorts"><ul><li><a href="https://www.zeitung.example/digital/index">Digital</a></li></ul></nav></header>
<main class="main main--article" id="main">
<article class="article article--padded" id="js-article" itemscope itemtype="http://schema.org/Article">
<header class="article-header">
<h1 class="article-heading" itemprop="headline"><span class="article-heading__kicker">Blogs</span><span class="visually-hidden">: </span><span class="article-heading__title">Die Rückkehr der Tagebücher</span></h1>
<div class="summary" itemprop="description">Immer mehr Menschen führen wieder ein Onlinetagebuch. Was suchen sie dort, was sie in sozialen Netzwerken nicht finden?</div>
<div class="metadata"><time class="metadata__date" datetime="2025-11-02T12:45:59+01:00">2. November 2025, 12:45 Uhr</time><a class="metadata__commentcount js-scroll" href="#comments">212 Kommentare</a></div>
<div class="byline" itemprop="author" itemscope itemtype="http://schema.org/Person">Von <a href="https://www.zeitung.example/autoren/S/Miriam_Sander/index" itemprop="url"><span itemprop="name">Miriam Sander</span></a></div>
</header>
<div class="article-body article-body--article" itemprop="articleBody">
<p class="paragraph article__item">Anna M. schreibt jeden Abend. Nicht viel, meistens ein paar Zeilen darüber, was sie gesehen und gelesen hat. Früher hätte sie das vielleicht in ein Notizbuch geschrieben, heute steht es auf ihrer eigenen Webseite, für jeden lesbar, der sich dafür interessiert.</p>
<p class="paragraph article__item">Sie ist nicht allein. Onlinetagebücher erleben gerade ein kleines Comeback, vor allem bei Menschen, die von sozialen Netzwerken erschöpft sind. „Ich will nicht mehr für einen Algorithmus schreiben“, sagt sie. „Ich will für mich schreiben und für die paar Leute, die wirklich mitlesen.“</p>
<aside class="article__item article-box" data-ct-area="newsletter"><h2>Newsletter: Was jetzt?</h2><p>Der tägliche Überblick am Morgen. <a href="https://www.zeitung.example/newsletter/was-jetzt">Hier anmelden</a></p></aside>
<p class="paragraph article__item">Forscherinnen sehen darin eine Gegenbewegung zu den Plattformen. Das eigene Tagebuch im Netz sei langsamer, persönlicher und weniger auf Zustimmung angewiesen.</p>
</div>
</article>
<section class="comment-section" id="comments" data-ct-area="comments"><h2 class="comment-section__headline">212 Kommentare</h2>
<article class="comment" id="cid-48211"><div class="comment-meta"><a class="comment-meta__name" href="https://community.zeitung.example/user/fenster42">Fenster42</a><a class="comment-meta__date" href="#cid-48211">vor 3 Stunden</a></div><div class="comment__body"><p>Passend dazu läuft gerade eine <a href="{CALL}" rel="nofollow">Blogparade „Warum bloggen?“</a> – da kann jede mitmachen, die ein Blog hat.</p></div></article>
<article class="comment" id="cid-48212"><div class="comment-meta"><a class="comment-meta__name" href="https://community.zeitung.example/user/leserin_b">leserin_b</a></div><div class="comment__body"><p>Ich schreibe seit 2006 Tagebuch online. Schön, dass das wieder Thema ist.</p></div></article>
</section>
</main>
<footer class="footer"><a href="https://www.zeitung.example/impressum/index">Impressum</a></footer>
</body>
</html>
""",
    url="https://www.zeitung.example/digital/internet/2025-11/blogs-tagebuch-comeback",
    title="Die Rückkehr der Tagebücher",
    author_name="Miriam Sander",
    published="2025-11-02T12:45:59+01:00",
    summary_prefix="Immer mehr Menschen führen wieder ein Onlinetagebuch",
    language="de",
    kind="article",
    call_in_main=False,
    must_not_link=[
        CALL,
        "https://community.zeitung.example/user/fenster42",
        "https://www.zeitung.example/newsletter/was-jetzt",
    ],
)

# 25 A heise-style news item: the label ("Blogparade") as its own line above the <h1>, the
# lead paragraph, meta author and date, NewsArticle JSON-LD with a Person author; an editor's
# abbreviation at the end; "Mehr zum Thema" and a heise+ teaser next to it.
page(
    "heldout-news-heise-de",
    f"""<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Blogparade: Warum Entwickler wieder bloggen | heißt online</title>
<meta name="description" content="Eine Blogparade fragt, warum Menschen bloggen. Unter den Antworten sind auffallend viele Entwicklerinnen und Entwickler – mit guten Gründen.">
<meta name="author" content="Jan Weber">
<meta name="date" content="2025-07-09T10:32:00+02:00">
<meta name="publisher" content="heißt online">
<meta property="og:title" content="Blogparade: Warum Entwickler wieder bloggen">
<meta property="og:description" content="Eine Blogparade fragt, warum Menschen bloggen. Unter den Antworten sind auffallend viele Entwicklerinnen und Entwickler – mit guten Gründen.">
<meta property="og:type" content="article">
<meta property="og:url" content="https://www.heisst.example/news/Blogparade-Warum-Entwickler-wieder-bloggen-10482911.html">
<meta property="og:site_name" content="heißt online">
<link rel="canonical" href="https://www.heisst.example/news/Blogparade-Warum-Entwickler-wieder-bloggen-10482911.html">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"Blogparade: Warum Entwickler wieder bloggen","description":"Eine Blogparade fragt, warum Menschen bloggen. Unter den Antworten sind auffallend viele Entwicklerinnen und Entwickler – mit guten Gründen.","datePublished":"2025-07-09T10:32:00+02:00","dateModified":"2025-07-09T11:05:00+02:00","author":[{{"@type":"Person","name":"Jan Weber","url":"https://www.heisst.example/autor/Jan-Weber-4711"}}],"publisher":{{"@type":"Organization","name":"heißt online","logo":{{"@type":"ImageObject","url":"https://www.heisst.example/icons/logo.png"}}}},"mainEntityOfPage":"https://www.heisst.example/news/Blogparade-Warum-Entwickler-wieder-bloggen-10482911.html","isAccessibleForFree":true}}</script>
</head>
<body class="page--article">
<a-gift-box hidden></a-gift-box>
<header class="header"><a class="header__logo" href="/">heißt online</a><nav class="header__nav"><ul><li><a href="/newsticker/">Newsticker</a></li><li><a href="/plus/">heißt+</a></li></ul></nav></header>
<main class="main">
<article class="article" data-article-type="meldung" data-component="ArticleTracking">
<header class="a-article-header">
<p class="a-article-header__label">Blogparade</p>
<h1 class="a-article-header__title">Warum Entwickler wieder bloggen</h1>
<p class="a-article-header__lead">Eine Blogparade fragt, warum Menschen bloggen. Unter den Antworten sind auffallend viele Entwicklerinnen und Entwickler – mit guten Gründen.</p>
<div class="a-article-header__publish-info"><span class="a-publish-info__author"><a href="https://www.heisst.example/autor/Jan-Weber-4711">Jan Weber</a></span><time class="a-datetime" datetime="2025-07-09T10:32:00+02:00"><span class="a-datetime__date">09.07.2025</span> <span class="a-datetime__time">10:32 Uhr</span></time><a class="a-publish-info__comments" href="https://www.heisst.example/forum/heise-online/Kommentare/Blogparade/forum-560001/comment/">Kommentare lesen</a></div>
</header>
<div class="article-layout__content article-content">
<p>„Warum bloggst du?“ – mit dieser schlichten Frage hat eine Bloggerin Anfang Juli eine <a href="{CALL}" rel="external noopener" target="_blank">Blogparade</a> gestartet. Nach einer Woche zählt die Sammlung schon mehr als 300 Antworten, und auffallend viele kommen aus der Softwareentwicklung.</p>
<p>Die Gründe ähneln sich: Ein Blog sei ein öffentliches Notizbuch, schreiben mehrere Teilnehmende. Was man einmal aufgeschrieben hat, findet man später wieder – und andere mit demselben Problem auch. Andere nennen die Unabhängigkeit von Plattformen, die ihre Regeln und Reichweiten ständig ändern.</p>
<div class="a-boxtarget a-boxcontent a-inline-related"><h3>Mehr zum Thema</h3><ul><li><a href="https://www.heisst.example/news/Fediverse-waechst-weiter-10400001.html">Fediverse wächst weiter</a></li></ul></div>
<p>Technisch ist das Mitmachen einfach: Wer antwortet, verlinkt den Aufruf im eigenen Beitrag; per Webmention landet die Antwort automatisch in der Sammlung.</p>
<p class="redakteurskuerzel">(<a href="mailto:jwe@heisst.example" title="Jan Weber">jwe</a>)</p>
</div>
<div class="a-paywall-teaser" data-component="PaywallTeaser"><a href="https://www.heisst.example/plus/angebot">heißt+ testen – 4 Wochen für 1 €</a></div>
</article>
<aside class="article-sidebar"><section class="a-top-articles"><h2>Meistgelesen</h2><ol><li><a href="https://www.heisst.example/news/Patchday-10480000.html">Patchday im Juli</a></li></ol></section></aside>
</main>
<footer class="footer"><a href="https://www.heisst.example/impressum.html">Impressum</a></footer>
</body>
</html>
""",
    url="https://www.heisst.example/news/Blogparade-Warum-Entwickler-wieder-bloggen-10482911.html",
    title="Blogparade: Warum Entwickler wieder bloggen",
    author_name="Jan Weber",
    published="2025-07-09T10:32:00+02:00",
    summary_prefix="Eine Blogparade fragt, warum Menschen bloggen",
    language="de",
    kind="article",
    must_not_link=[
        "https://www.heisst.example/news/Fediverse-waechst-weiter-10400001.html",
        "https://www.heisst.example/news/Patchday-10480000.html",
        "https://www.heisst.example/plus/angebot",
    ],
)

# 26 A t3n-style article: a relative date ("vor 3 Tagen") in the byline over the machine date,
# NewsArticle JSON-LD whose author array starts with the person, a newsletter box and a Pro
# teaser inside the article body, the call with a utm parameter and without trailing slash.
page(
    "heldout-news-t3n-de",
    f"""<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Bloggen im Jahr 2025: Diese Gründe nennen Entwickler:innen | t4n</title>
<meta name="description" content="Warum bloggt man 2025 noch? Eine Blogparade liefert Antworten – wir haben uns die spannendsten aus der Tech-Szene angesehen.">
<meta property="og:title" content="Bloggen im Jahr 2025: Diese Gründe nennen Entwickler:innen">
<meta property="og:description" content="Warum bloggt man 2025 noch? Eine Blogparade liefert Antworten – wir haben uns die spannendsten aus der Tech-Szene angesehen.">
<meta property="og:type" content="article">
<meta property="og:site_name" content="t4n Magazin">
<meta property="article:published_time" content="2025-08-30T09:15:00+02:00">
<meta property="article:author" content="Lea Sommer">
<link rel="canonical" href="https://t4n.example/news/bloggen-2025-gruende-entwickler-1712345/">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"Bloggen im Jahr 2025: Diese Gründe nennen Entwickler:innen","datePublished":"2025-08-30T09:15:00+02:00","dateModified":"2025-08-30T12:40:00+02:00","description":"Warum bloggt man 2025 noch? Eine Blogparade liefert Antworten – wir haben uns die spannendsten aus der Tech-Szene angesehen.","author":[{{"@type":"Person","name":"Lea Sommer","url":"https://t4n.example/autoren/lea-sommer/"}}],"publisher":{{"@type":"Organization","name":"t4n Magazin"}},"mainEntityOfPage":{{"@type":"WebPage","@id":"https://t4n.example/news/bloggen-2025-gruende-entwickler-1712345/"}},"isAccessibleForFree":true}}</script>
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{{"@type":"ListItem","position":1,"name":"t4n","item":"https://t4n.example/"}},{{"@type":"ListItem","position":2,"name":"News","item":"https://t4n.example/news/"}}]}}</script>
</head>
<body class="tg-page">
<div id="usercentrics-root" class="uc-banner"><p>Wir verwenden Cookies und ähnliche Technologien. <a href="https://t4n.example/datenschutz/">Mehr erfahren</a></p><button>Alle akzeptieren</button></div>
<header class="tg-header"><a class="tg-header__logo" href="https://t4n.example/">t4n</a><nav class="tg-header__nav"><a href="https://t4n.example/news/">News</a><a href="https://t4n.example/pro/">Pro</a></nav></header>
<main class="tg-main">
<article class="c-article" data-article-id="1712345">
<div class="c-article__header"><ol class="c-breadcrumb"><li><a href="https://t4n.example/news/">News</a></li></ol>
<h1 class="c-article__title">Bloggen im Jahr 2025: Diese Gründe nennen Entwickler:innen</h1>
<div class="c-article__meta"><div class="c-author"><img class="c-author__image" src="https://t4n.example/img/lea.jpg" alt=""><a class="c-author__name" href="https://t4n.example/autoren/lea-sommer/">Lea Sommer</a></div><time class="c-article__date" datetime="2025-08-30T09:15:00+02:00">vor 3 Tagen</time><span class="c-article__readtime">3 Min.</span></div>
<figure class="c-article__image"><img src="https://t4n.example/img/blog-2025.jpg" alt=""><figcaption>Bloggen ist wieder in. (Foto: Shutterstock)</figcaption></figure></div>
<div class="c-article__body">
<p>Warum bloggt man 2025 noch, wenn doch alle Aufmerksamkeit in Feeds und Kurzvideos fließt? Genau das fragt eine <a href="{CALL_NO_SLASH}?utm_source=t4n">Blogparade</a>, die seit Anfang des Monats läuft. Wir haben uns die Antworten aus der Tech-Szene angesehen.</p>
<p>Der häufigste Grund: Dokumentation. Wer ein Problem gelöst hat, schreibt es auf, damit die Lösung nicht verloren geht. Auf Platz zwei folgt die Sichtbarkeit im Beruf – ein gut gepflegtes Blog sei die beste Bewerbung, schreibt eine Entwicklerin aus Köln.</p>
<div class="c-newsletter-box"><h3 class="c-newsletter-box__title">Bring dein Know-how auf das nächste Level</h3><p>Der t4n Daily Newsletter liefert dir jeden Tag die wichtigsten News.</p><form action="https://t4n.example/newsletter/subscribe"><input type="email" name="email"><button>Jetzt abonnieren</button></form></div>
<p>Überraschend oft wird auch der Spaß genannt. Schreiben sei ein Ausgleich zum Programmieren, und die Antworten von Leserinnen und Lesern seien ehrlicher als jeder Like.</p>
<div class="c-pro-teaser"><a href="https://t4n.example/pro/">Mehr zu diesem Thema mit t4n Pro – jetzt 30 Tage kostenlos testen</a></div>
</div>
<div class="c-article__tags"><a href="https://t4n.example/tag/blogging/">Blogging</a></div>
</article>
<section class="c-related"><h2>Das könnte dich auch interessieren</h2><ul><li><a href="https://t4n.example/news/mastodon-tipps-1700000/">10 Tipps für Mastodon</a></li></ul></section>
</main>
<footer class="tg-footer"><a href="https://t4n.example/impressum/">Impressum</a></footer>
</body>
</html>
""",
    url="https://t4n.example/news/bloggen-2025-gruende-entwickler-1712345/",
    title="Bloggen im Jahr 2025: Diese Gründe nennen Entwickler:innen",
    author_name="Lea Sommer",
    published="2025-08-30T09:15:00+02:00",
    summary_prefix="Warum bloggt man 2025 noch?",
    language="de",
    kind="article",
    must_not_link=[
        "https://t4n.example/news/mastodon-tipps-1700000/",
        "https://t4n.example/newsletter/subscribe",
        "https://t4n.example/pro/",
    ],
)

# 27 Ghost 5 + Casper: the call only as a bookmark card (the link wraps the card's title,
# description and thumbnail); Article JSON-LD; Portal's sign-up call to action after the post
# and "read more" cards below it.
page(
    "heldout-ghost-bookmark-card-de",
    f"""<!DOCTYPE html>
<html lang="de">
<head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Zwischen Küstenwind und Korrekturfahnen</title>
    <link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=b3c4d5e6f7">
    <meta name="description" content="Warum ich seit Jahren über das Schreiben schreibe – meine Antwort auf die Blogparade.">
    <link rel="icon" href="https://federkiel.example/content/images/size/w256h256/2023/02/feder.png" type="image/png">
    <link rel="canonical" href="https://federkiel.example/zwischen-kuestenwind-und-korrekturfahnen/">
    <meta name="referrer" content="no-referrer-when-downgrade">
    <meta property="og:site_name" content="Federkiel">
    <meta property="og:type" content="article">
    <meta property="og:title" content="Zwischen Küstenwind und Korrekturfahnen">
    <meta property="og:description" content="Warum ich seit Jahren über das Schreiben schreibe – meine Antwort auf die Blogparade.">
    <meta property="og:url" content="https://federkiel.example/zwischen-kuestenwind-und-korrekturfahnen/">
    <meta property="og:image" content="https://federkiel.example/content/images/2025/01/kueste.jpg">
    <meta property="article:published_time" content="2025-01-26T15:40:12.000Z">
    <meta property="article:modified_time" content="2025-01-27T09:02:44.000Z">
    <meta property="article:tag" content="Blogparade">
    <meta name="twitter:card" content="summary_large_image">
    <meta name="twitter:title" content="Zwischen Küstenwind und Korrekturfahnen">
    <meta name="twitter:label1" content="Written by">
    <meta name="twitter:data1" content="Henrike Jansen">
    <meta name="twitter:label2" content="Filed under">
    <meta name="twitter:data2" content="Blogparade">
    <script type="application/ld+json">
{{
    "@context": "https://schema.org",
    "@type": "Article",
    "publisher": {{
        "@type": "Organization",
        "name": "Federkiel",
        "url": "https://federkiel.example/",
        "logo": {{"@type": "ImageObject", "url": "https://federkiel.example/content/images/size/w256h256/2023/02/feder.png", "width": 60, "height": 60}}
    }},
    "author": {{
        "@type": "Person",
        "name": "Henrike Jansen",
        "image": {{"@type": "ImageObject", "url": "https://federkiel.example/content/images/2023/02/henrike.jpg", "width": 400, "height": 400}},
        "url": "https://federkiel.example/author/henrike/",
        "sameAs": []
    }},
    "headline": "Zwischen Küstenwind und Korrekturfahnen",
    "url": "https://federkiel.example/zwischen-kuestenwind-und-korrekturfahnen/",
    "datePublished": "2025-01-26T15:40:12.000Z",
    "dateModified": "2025-01-27T09:02:44.000Z",
    "image": {{"@type": "ImageObject", "url": "https://federkiel.example/content/images/2025/01/kueste.jpg", "width": 2000, "height": 1333}},
    "keywords": "Blogparade",
    "description": "Warum ich seit Jahren über das Schreiben schreibe – meine Antwort auf die Blogparade.",
    "mainEntityOfPage": "https://federkiel.example/zwischen-kuestenwind-und-korrekturfahnen/"
}}
    </script>
    <meta name="generator" content="Ghost 5.105">
    <link rel="alternate" type="application/rss+xml" title="Federkiel" href="https://federkiel.example/rss/">
    <script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.48/umd/portal.min.js" data-i18n="true" data-ghost="https://federkiel.example/" data-key="abc" data-api="https://federkiel.example/ghost/api/content/" crossorigin="anonymous"></script>
</head>
<body class="post-template tag-blogparade is-head-left-logo has-serif-body">
<div class="viewport">
    <header id="gh-head" class="gh-head outer is-header-hidden"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo" href="https://federkiel.example">Federkiel</a></div><nav class="gh-head-menu"><ul class="nav"><li class="nav-start"><a href="https://federkiel.example/">Start</a></li><li class="nav-ueber-mich"><a href="https://federkiel.example/ueber-mich/">Über mich</a></li></ul></nav><div class="gh-head-actions"><a class="gh-head-button" href="#/portal/signup" data-portal="signup">Abonnieren</a></div></div></header>
    <div class="site-content">
<main id="site-main" class="site-main">
<article class="article post tag-blogparade ">
    <header class="article-header gh-canvas">
        <div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/blogparade/">Blogparade</a></span></div>
        <h1 class="article-title">Zwischen Küstenwind und Korrekturfahnen</h1>
        <p class="article-excerpt">Warum ich seit Jahren über das Schreiben schreibe – meine Antwort auf die Blogparade.</p>
        <div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item"><a href="/author/henrike/" class="author-avatar"><img class="author-profile-image" src="/content/images/size/w100/2023/02/henrike.jpg" alt="Henrike Jansen" /></a></li></ul><div class="article-byline-meta"><h4 class="author-name"><a href="/author/henrike/">Henrike Jansen</a></h4><div class="byline-meta-content"><time class="byline-meta-date" datetime="2025-01-26">26. Jan. 2025</time><span class="byline-reading-time"><span class="bull">&bull;</span> 3 Min. Lesezeit</span></div></div></section></div>
        <figure class="article-image"><img src="/content/images/size/w2000/2025/01/kueste.jpg" alt="" /></figure>
    </header>
    <section class="gh-content gh-canvas">
        <p>Ich wohne an der Küste und arbeite als Lektorin. Den ganzen Tag lese ich die Texte anderer Leute, und abends schreibe ich hier über das, was mir dabei auffällt: über Kommas, über Anfänge, über Sätze, die man dreimal lesen muss.</p>
        <p>Diese Blogparade stellt eine Frage, die ich mir selten stelle:</p>
        <figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="{CALL}"><div class="kg-bookmark-content"><div class="kg-bookmark-title">Warum bloggen? – Blogparade</div><div class="kg-bookmark-description">Eine Frage, viele Antworten: Schreib in deinem Blog, warum du bloggst, und verlinke diesen Aufruf.</div><div class="kg-bookmark-metadata"><img class="kg-bookmark-icon" src="https://parade.example/static/icon.png" alt=""><span class="kg-bookmark-author">Parade</span><span class="kg-bookmark-publisher">Anne Kaiser</span></div></div><div class="kg-bookmark-thumbnail"><img src="https://parade.example/static/og.png" alt="" onerror="this.style.display = 'none'"></div></a></figure>
        <p>Meine Antwort ist einfach: Weil ich beim Lektorieren so viel lerne, dass es raus muss. Das Blog ist mein Ventil. Und manchmal schreibt mir eine Autorin, dass ein Beitrag ihr beim Überarbeiten geholfen hat – dann weiß ich wieder, warum ich das mache.</p>
        <p>Außerdem gehört dieser Ort mir. Kein Verlag, kein Algorithmus, keine Zeichenbegrenzung.</p>
    </section>
</article>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Abonniere Federkiel</h2><a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Deine E-Mail-Adresse</div><span>Abonnieren</span></a></div></section>
</main>
<aside class="read-more-wrap outer"><div class="read-more inner"><article class="post-card post"><a class="post-card-image-link" href="/das-komma-vor-und/"><img class="post-card-image" src="/content/images/2024/12/komma.jpg" alt="" /></a><div class="post-card-content"><a class="post-card-content-link" href="/das-komma-vor-und/"><header class="post-card-header"><h2 class="post-card-title">Das Komma vor „und“</h2></header></a></div></article></div></aside>
    </div>
    <footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://federkiel.example">Federkiel</a> &copy; 2025</section><nav class="site-footer-nav"><ul class="nav"><li class="nav-impressum"><a href="https://federkiel.example/impressum/">Impressum</a></li></ul></nav><div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer>
</div>
</body>
</html>
""",
    url="https://federkiel.example/zwischen-kuestenwind-und-korrekturfahnen/",
    title="Zwischen Küstenwind und Korrekturfahnen",
    author_name="Henrike Jansen",
    published="2025-01-26T15:40:12+00:00",
    summary_prefix="Warum ich seit Jahren über das Schreiben schreibe",
    language="de",
    kind="article",
    must_not_link=[
        "/das-komma-vor-und/",
        "https://ghost.org/",
        "https://federkiel.example/impressum/",
    ],
)

# 28 Blogger, Notable theme (2018 generation): the post's own BlogPosting JSON-LD inside the
# post, title tag "Blog: Post", the call only in a LinkList gadget of the slide-in sidebar.
# Must NOT count.
page(
    "heldout-blogger-notable-sidebar-only-de",
    f"""<!DOCTYPE html>
<html dir='ltr' lang='de'>
<head>
<meta content='width=device-width, initial-scale=1' name='viewport'/>
<title>Renates Küchenbuch: Herbstliche Kürbissuppe mit Ingwer</title>
<meta content='text/html; charset=UTF-8' http-equiv='Content-Type'/>
<meta content='blogger' name='generator'/>
<link href='https://renates-kuechenbuch.blogspot.com/favicon.ico' rel='icon' type='image/x-icon'/>
<link href='https://renates-kuechenbuch.blogspot.com/2025/10/herbstliche-kurbissuppe-mit-ingwer.html' rel='canonical'/>
<link rel="alternate" type="application/atom+xml" title="Renates Küchenbuch - Atom" href="https://renates-kuechenbuch.blogspot.com/feeds/posts/default" />
<link rel="service.post" type="application/atom+xml" title="Renates Küchenbuch - Atom" href="https://www.blogger.com/feeds/1234567890/posts/default" />
<meta content='Meine liebste Suppe für graue Oktobertage: Hokkaido, Ingwer, Kokosmilch und ein Spritzer Limette. In 30 Minuten fertig.' name='description'/>
<meta content='https://renates-kuechenbuch.blogspot.com/2025/10/herbstliche-kurbissuppe-mit-ingwer.html' property='og:url'/>
<meta content='Herbstliche Kürbissuppe mit Ingwer' property='og:title'/>
<meta content='Meine liebste Suppe für graue Oktobertage: Hokkaido, Ingwer, Kokosmilch und ein Spritzer Limette. In 30 Minuten fertig.' property='og:description'/>
<meta content='https://blogger.googleusercontent.example/img/b/R29vZ2xl/suppe.jpg' property='og:image'/>
<style type="text/css">body{{overflow-wrap:break-word;word-break:break-word;word-wrap:break-word}}</style>
</head>
<body class='post-view item-view version-1-3-3 variant-indie_light'>
<a class='skip-navigation' href='#main' tabindex='0'>Direkt zum Hauptbereich</a>
<div class='page'>
<div class='page_body'>
<div class='centered'>
<header class='centered-top-container' role='banner'><div class='centered-top'><a class='return_link' href='https://renates-kuechenbuch.blogspot.com/'><button class='svg-icon-24-button back-button rtl-reversible-icon flat-icon-button ripple'><svg class='svg-icon-24'><use xlink:href='/responsive/sprite_v1_6.css.svg#ic_arrow_back_black_24dp'></use></svg></button></a><div class='search'><button aria-label='Blog durchsuchen' class='search-expand touch-icon-button'></button></div><div class='section' id='header'><div class='widget Header' data-version='2' id='Header1'><div class='header-widget'><div><h1><a href='https://renates-kuechenbuch.blogspot.com/'>Renates Küchenbuch</a></h1></div><p>Einfache Rezepte aus einer kleinen Küche</p></div></div></div></div></header>
<div class='centered-bottom'>
<main class='centered-bottom' id='main' role='main' tabindex='-1'>
<div class='main section' id='page_body' name='Seitentext'><div class='widget Blog' data-version='2' id='Blog1'>
<div class='blog-posts hfeed container'>
<article class='post-outer-container'>
<div class='post-outer'><div class='post'>
<script type='application/ld+json'>{{
  "@context": "http://schema.org",
  "@type": "BlogPosting",
  "mainEntityOfPage": {{"@type": "WebPage", "@id": "https://renates-kuechenbuch.blogspot.com/2025/10/herbstliche-kurbissuppe-mit-ingwer.html"}},
  "headline": "Herbstliche Kürbissuppe mit Ingwer",
  "description": "Meine liebste Suppe für graue Oktobertage: Hokkaido, Ingwer, Kokosmilch und ein Spritzer Limette. In 30 Minuten fertig.",
  "datePublished": "2025-10-11T20:15:00+02:00",
  "dateModified": "2025-10-11T20:18:04+02:00",
  "image": {{"@type": "ImageObject", "url": "https://blogger.googleusercontent.example/img/b/R29vZ2xl/w1200-h630-p-k-no-nu/suppe.jpg", "height": 630, "width": 1200}},
  "publisher": {{"@type": "Organization", "name": "Blogger", "logo": {{"@type": "ImageObject", "url": "https://blogger.googleusercontent.example/img/b/logo.png", "width": 206, "height": 60}}}},
  "author": {{"@type": "Person", "name": "Renate Schulte"}}
}}</script>
<a name='4711'></a>
<h3 class='post-title entry-title'>Herbstliche Kürbissuppe mit Ingwer</h3>
<div class='post-share-buttons post-share-buttons-top'><div class='byline post-share-buttons goog-inline-block'><div aria-owns='sharing-popup-Blog1-byline-4711' class='sharing' data-title='Herbstliche Kürbissuppe mit Ingwer'><button aria-controls='sharing-popup-Blog1-byline-4711' aria-label='Teilen' class='sharing-button touch-icon-button'></button><div class='share-buttons-container'><ul aria-hidden='true' class='share-buttons hidden' id='sharing-popup-Blog1-byline-4711' role='menu'><li><span aria-label='Link abrufen' class='sharing-platform-button sharing-element-link' data-href='https://www.blogger.com/share-post.g?blogID=1234567890&postID=4711&target=' role='menuitem' tabindex='-1' title='Link abrufen'><span class='platform-sharing-text'>Link abrufen</span></span></li></ul></div></div></div></div>
<div class='post-header'><div class='post-header-line-1'><span class='byline post-author vcard'><span class='byline-label'>Von</span><span class='fn'><meta content='https://www.blogger.com/profile/0987654321' itemprop='url'/><a class='g-profile' href='https://www.blogger.com/profile/0987654321' rel='author' title='author profile'><span itemprop='name'>Renate Schulte</span></a></span></span><span class='byline post-timestamp'><meta content='https://renates-kuechenbuch.blogspot.com/2025/10/herbstliche-kurbissuppe-mit-ingwer.html' itemprop='url'/><a class='timestamp-link' href='https://renates-kuechenbuch.blogspot.com/2025/10/herbstliche-kurbissuppe-mit-ingwer.html' rel='bookmark' title='permanent link'><time class='published' datetime='2025-10-11T20:15:00+02:00' itemprop='datePublished' title='2025-10-11T20:15:00+02:00'>Oktober 11, 2025</time></a></span></div></div>
<div class='post-body-container'><div class='post-body entry-content float-container' id='post-body-4711'>
<div class="separator" style="clear: both;"><a href="https://blogger.googleusercontent.example/img/b/R29vZ2xl/s1600/suppe.jpg" style="display: block; padding: 1em 0; text-align: center; "><img alt="" border="0" width="400" data-original-height="1067" data-original-width="1600" src="https://blogger.googleusercontent.example/img/b/R29vZ2xl/s400/suppe.jpg"/></a></div>
<p>Meine liebste Suppe für graue Oktobertage: Hokkaido, Ingwer, Kokosmilch und ein Spritzer Limette. Sie ist in 30 Minuten fertig, und der Kürbis muss nicht einmal geschält werden.</p>
<p>Für vier Portionen brauchst du einen kleinen Hokkaido, eine Zwiebel, ein daumengroßes Stück Ingwer, eine Dose Kokosmilch und einen halben Liter Gemüsebrühe. Zwiebel und Ingwer anschwitzen, den gewürfelten Kürbis dazu, mit Brühe ablöschen und zwanzig Minuten köcheln lassen.</p>
<p>Dann die Kokosmilch dazugeben, alles pürieren und mit Salz, Pfeffer und Limettensaft abschmecken. Dazu passt ein Stück frisches Brot.</p>
</div></div>
<div class='post-footer'><div class='post-footer-line post-footer-line-1'><span class='byline post-labels'><span class='byline-label'>Labels:</span><a href='https://renates-kuechenbuch.blogspot.com/search/label/Suppen' rel='tag'>Suppen</a></span></div></div>
</div></div>
<section class='comments embed' data-num-comments='0' id='comments'><a name='comments'></a><h3 class='title'>Kommentare</h3><div id='Blog1_comments-block-wrapper'></div><div class='footer'><div class='comment-form'><a name='comment-form'></a><p>Ich freue mich über jeden Kommentar!</p><a href='https://www.blogger.com/comment/frame/1234567890?po=4711&hl=de' id='comment-editor-src'></a></div></div></section>
</article>
</div>
</div></div>
</main>
</div>
</div>
</div>
<aside class='sidebar-container container sidebar-invisible' role='complementary'>
<div class='navigation'><button class='svg-icon-24-button flat-icon-button ripple sidebar-back'><svg class='svg-icon-24'><use xlink:href='/responsive/sprite_v1_6.css.svg#ic_arrow_back_black_24dp'></use></svg></button></div>
<div class='sidebar_top_wrapper'><div class='sidebar_top section' id='sidebar_top' name='Seitenleiste (oben)'><div class='widget Profile' data-version='2' id='Profile1'><div class='wrapper solo'><div><dl class='profile-datablock'><dt class='profile-name-container'><a class='profile-link g-profile' href='https://www.blogger.com/profile/0987654321' rel='author'>Renate Schulte</a></dt></dl></div></div></div></div></div>
<div class='sidebar_bottom section' id='sidebar_bottom' name='Seitenleiste (unten)'><div class='widget LinkList' data-version='2' id='LinkList1'><h3 class='title'>Ich mache mit</h3><div class='widget-content'><ul><li><a href='{CALL}'>Blogparade: Warum bloggen?</a></li><li><a href='https://suppenkasper.example/'>Suppenkasper (Blogroll)</a></li></ul></div></div><div class='widget BlogArchive' data-version='2' id='BlogArchive1'><h3 class='title'>Archiv</h3><div class='widget-content'><ul><li><a href='https://renates-kuechenbuch.blogspot.com/2025/'>2025</a></li></ul></div></div></div>
</aside>
<footer class='footer section' id='footer' name='Fußzeile'><div class='widget Attribution' data-version='2' id='Attribution1'><div class='widget-content'><div class='blogger'><a href='https://www.blogger.com' rel='nofollow'>Powered by Blogger</a></div></div></div></footer>
</div>
</body>
</html>
""",
    url="https://renates-kuechenbuch.blogspot.com/2025/10/herbstliche-kurbissuppe-mit-ingwer.html",
    title="Herbstliche Kürbissuppe mit Ingwer",
    author_name="Renate Schulte",
    published="2025-10-11T20:15:00+02:00",
    summary_prefix="Meine liebste Suppe für graue Oktobertage",
    language="de",
    kind="article",
    call_in_main=False,
    must_not_link=[CALL, "https://suppenkasper.example/", "https://www.blogger.com"],
)


# --- Second round --------------------------------------------------------------------------
# Written after the rule changes that the first round led to, and scored before any further
# change: a second held-out figure for those rules.

# 29 Mataroa: a minimal blog platform, the date in .posts-byline as text only, no og:type,
# the title tag "Title — blog name"; the call in a paragraph.
page(
    "heldout2-mataroa-en",
    f"""<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>On writing in plain text — sunil</title>
    <meta name="description" content="I write everything in plain text files first. Here is why, and why it keeps me blogging.">
    <meta property="og:title" content="On writing in plain text">
    <meta property="og:description" content="I write everything in plain text files first. Here is why, and why it keeps me blogging.">
    <meta property="og:site_name" content="sunil">
    <link rel="alternate" type="application/rss+xml" title="RSS" href="https://sunil.mataroa.blog/rss/">
    <link rel="stylesheet" href="/static/style.css">
</head>
<body>
    <header><nav><a href="/">sunil</a> — <a href="https://sunil.mataroa.blog/rss/">rss</a></nav></header>
    <main>
        <h1 class="posts-title">On writing in plain text</h1>
        <div class="posts-byline">Published on March 11, 2025 by <a href="https://sunil.mataroa.blog/">sunil</a></div>
        <div class="posts-body">
            <p>I write everything in plain text files first. No editor with buttons, no preview, just a text file in a folder called drafts. When a draft is done, I paste it into the blog and press publish.</p>
            <p>This is my answer to <a href="{CALL}">the blog parade asking why we blog</a>: because it is the simplest publishing I know. A text file becomes a page, and the page stays there.</p>
            <p>Everything else I tried added steps. Plain text removed them.</p>
        </div>
    </main>
    <footer><a href="https://mataroa.blog">Powered by mataroa.blog</a></footer>
</body>
</html>
""",
    url="https://sunil.mataroa.blog/blog/on-writing-in-plain-text/",
    title="On writing in plain text",
    author_name="sunil",
    published="2025-03-11",
    summary_prefix="I write everything in plain text files first",
    language="en",
    kind="article",
    must_not_link=["https://mataroa.blog"],
)

# 30 Medium on a custom domain: the title tag "Title | by Author | Publication", og:site_name
# the publication, the author in meta and JSON-LD, the text in <article> sections; the call in
# a paragraph; "More from" and responses around it.
page(
    "heldout2-medium-custom-domain-en",
    rf"""<!doctype html>
<html lang="en">
<head>
<title>The Case for Boring Blogs | by Grace Lin | Field Notes</title>
<meta data-rh="true" charset="utf-8"/>
<meta data-rh="true" name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1,maximum-scale=1"/>
<meta data-rh="true" property="og:site_name" content="Field Notes"/>
<meta data-rh="true" property="og:type" content="article"/>
<meta data-rh="true" property="article:published_time" content="2025-02-18T16:22:08.551Z"/>
<meta data-rh="true" name="title" content="The Case for Boring Blogs | by Grace Lin | Field Notes"/>
<meta data-rh="true" property="og:title" content="The Case for Boring Blogs"/>
<meta data-rh="true" property="al:android:package" content="com.medium.reader"/>
<meta data-rh="true" property="og:description" content="Why the least exciting blogs are the ones I read for years."/>
<meta data-rh="true" name="description" content="Why the least exciting blogs are the ones I read for years."/>
<meta data-rh="true" property="og:url" content="https://fieldnotes.example/the-case-for-boring-blogs-4f2a9c1e7b3d"/>
<meta data-rh="true" name="twitter:app:name:iphone" content="Medium"/>
<meta data-rh="true" name="author" content="Grace Lin"/>
<meta data-rh="true" name="twitter:creator" content="@gracelin"/>
<link data-rh="true" rel="author" href="https://fieldnotes.example/@gracelin"/>
<link data-rh="true" rel="canonical" href="https://fieldnotes.example/the-case-for-boring-blogs-4f2a9c1e7b3d"/>
<script data-rh="true" type="application/ld+json">{{"@context":"http:\/\/schema.org","@type":"NewsArticle","image":["https:\/\/miro.medium.example\/1*abc.jpeg"],"url":"https:\/\/fieldnotes.example\/the-case-for-boring-blogs-4f2a9c1e7b3d","dateCreated":"2025-02-18T16:22:08.551Z","datePublished":"2025-02-18T16:22:08.551Z","dateModified":"2025-02-19T09:01:44.120Z","headline":"The Case for Boring Blogs - Field Notes","name":"The Case for Boring Blogs - Field Notes","description":"Why the least exciting blogs are the ones I read for years.","identifier":"4f2a9c1e7b3d","author":{{"@type":"Person","name":"Grace Lin","url":"https:\/\/fieldnotes.example\/@gracelin"}},"creator":["Grace Lin"],"publisher":{{"@type":"Organization","name":"Field Notes","url":"fieldnotes.example"}},"mainEntityOfPage":"https:\/\/fieldnotes.example\/the-case-for-boring-blogs-4f2a9c1e7b3d"}}</script>
</head>
<body>
<div id="root"><div class="a b c"><div class="l"><div class="m n o">
<nav class="bh"><a href="https://fieldnotes.example/?source=post_page-----4f2a9c1e7b3d" aria-label="Homepage">Field Notes</a><a href="https://medium.com/m/signin?operation=login&amp;redirect=https%3A%2F%2Ffieldnotes.example%2F">Sign in</a></nav>
<article><div class="l"><div class="l"><section><div><div class="fr fs ft fu fv"><div class="ab ca"><div class="ch bg ew ex ey ez">
<div><h1 id="1c2d" class="pw-post-title gw gx gy bf gz ha hb hc hd he hf hg hh" data-testid="storyTitle">The Case for Boring Blogs</h1></div>
<div class="speechify-ignore ab co"><div class="speechify-ignore bg l"><div class="hv hw hx hy hz ab"><div><div class="ab ia"><a href="https://fieldnotes.example/@gracelin?source=post_page-----4f2a9c1e7b3d" rel="noopener follow"><div class="l eu"><img alt="Grace Lin" class="l eo bx ib ic cw" src="https://miro.medium.example/v2/resize:fill:88:88/1*x.jpeg" width="44" height="44" loading="lazy" data-testid="authorPhoto"/></div></a></div></div>
<div class="bm bg l"><div class="ab"><div style="flex:1"><span class="bf b bg z bk"><div class="ip ab q"><div class="ab q iq"><div class="ab q"><div><div class="bm" aria-hidden="false"><a class="af ag ah ai aj ak al am an ao ap aq ar is" data-testid="authorName" href="https://fieldnotes.example/@gracelin?source=post_page-----4f2a9c1e7b3d" rel="noopener follow">Grace Lin</a></div></div></div></div></div></span></div></div>
<div class="l ix"><span class="bf b bg z dx"><div class="ab cn iy iz ja"><span class="bf b bg z dx"><div class="ab ae"><span data-testid="storyReadTime">4 min read</span><div class="jb jc l" aria-hidden="true"><span class="l" aria-hidden="true"><span class="bf b bg z dx">·</span></span></div><span data-testid="storyPublishDate">Feb 18, 2025</span></div></span></div></span></div></div></div></div></div>
<p id="a1b2" class="pw-post-body-paragraph ny nz gq oa b ob oc od oe of og oh oi oj ok ol om on oo op oq or os ot ou ov gj bk" data-selectable-paragraph="">The blogs I have read the longest are not the clever ones. They are the boring ones: a man who reviews every train he takes, a woman who posts the weather in her village every Sunday, a retired engineer who writes about his lathe.</p>
<p id="c3d4" class="pw-post-body-paragraph ny nz gq oa b ob oc od oe of og oh oi oj ok ol om on oo op oq or os ot ou ov gj bk" data-selectable-paragraph="">When the <a class="af ow" href="{CALL}" rel="noopener ugc nofollow" target="_blank">blog parade on why we blog</a> came around, I realised that boring is the point. A boring blog is one that will still be there next year, because its author is not chasing anything.</p>
<p id="e5f6" class="pw-post-body-paragraph ny nz gq oa b ob oc od oe of og oh oi oj ok ol om on oo op oq or os ot ou ov gj bk" data-selectable-paragraph="">So here is my resolution: fewer hot takes, more train reviews.</p>
</div></div></div></div></section></div></div></article>
<div class="ab ca"><div class="ch bg ew ex ey ez"><div class="pn po pp pq"><h2 class="bf gz qd qe qf qg qh qi qj qk ql qm qn qo qp qq qr qs qt qu bk">More from Grace Lin and Field Notes</h2><div><a href="https://fieldnotes.example/train-reviews-2024-9a8b7c6d5e4f?source=author_recirc-----4f2a9c1e7b3d" rel="noopener follow"><h2>Every train I took in 2024</h2></a></div></div>
<div class="qv"><h2 class="bf gz">Responses (3)</h2><div><a href="https://medium.com/@reader42?source=post_page---post_responses">reader42</a><p>Boring blogs forever. Mine is at <a href="https://slowposts.example/" rel="noopener ugc nofollow">slowposts.example</a></p></div></div></div></div>
</div></div></div></div>
</body>
</html>
""",
    url="https://fieldnotes.example/the-case-for-boring-blogs-4f2a9c1e7b3d",
    title="The Case for Boring Blogs",
    author_name="Grace Lin",
    published="2025-02-18T16:22:08.551000+00:00",
    summary_prefix="Why the least exciting blogs are the ones I read for years",
    language="en",
    kind="article",
    must_not_link=[
        "https://fieldnotes.example/train-reviews-2024-9a8b7c6d5e4f?source=author_recirc-----4f2a9c1e7b3d",
        "https://slowposts.example/",
    ],
)

# 31 A German live ticker (regional news site): LiveBlogPosting JSON-LD, the entries as
# <div class="ticker-entry"> blocks (no <article>s), newest first; the call in an older entry.
page(
    "heldout2-news-liveticker-de",
    f"""<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Blogger-Treffen in Leipzig: Der Tag im Liveticker | Mitteldeutsche Rundschau</title>
<meta name="description" content="Rund 300 Bloggerinnen und Blogger treffen sich in Leipzig. Wir berichten den ganzen Tag live über Vorträge, Gespräche und die große Blogparade.">
<meta property="og:title" content="Blogger-Treffen in Leipzig: Der Tag im Liveticker">
<meta property="og:description" content="Rund 300 Bloggerinnen und Blogger treffen sich in Leipzig. Wir berichten den ganzen Tag live über Vorträge, Gespräche und die große Blogparade.">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Mitteldeutsche Rundschau">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"LiveBlogPosting","headline":"Blogger-Treffen in Leipzig: Der Tag im Liveticker","description":"Rund 300 Bloggerinnen und Blogger treffen sich in Leipzig. Wir berichten den ganzen Tag live über Vorträge, Gespräche und die große Blogparade.","datePublished":"2025-09-13T08:00:00+02:00","dateModified":"2025-09-13T17:45:00+02:00","coverageStartTime":"2025-09-13T08:00:00+02:00","coverageEndTime":"2025-09-13T18:00:00+02:00","author":{{"@type":"Person","name":"Katrin Vogel"}},"publisher":{{"@type":"Organization","name":"Mitteldeutsche Rundschau"}}}}</script>
</head>
<body>
<div class="consent-layer"><p>Wir und unsere Partner verwenden Cookies. <a href="/datenschutz">Datenschutz</a></p><button>Zustimmen</button></div>
<header class="page-header"><a href="/" class="logo">Mitteldeutsche Rundschau</a><nav><a href="/leipzig">Leipzig</a><a href="/kultur">Kultur</a></nav></header>
<main class="page-main">
<div class="article-wrapper">
<h1 class="article-title">Blogger-Treffen in Leipzig: Der Tag im Liveticker</h1>
<p class="article-author">Von Katrin Vogel</p>
<p class="article-intro">Rund 300 Bloggerinnen und Blogger treffen sich in Leipzig. Wir berichten den ganzen Tag live über Vorträge, Gespräche und die große Blogparade.</p>
<div class="liveticker" id="ticker">
<div class="ticker-entry"><div class="ticker-time"><time datetime="2025-09-13T17:45:00+02:00">17:45 Uhr</time></div><div class="ticker-text"><p>Das war’s für heute. Danke fürs Mitlesen!</p></div></div>
<div class="ticker-entry"><div class="ticker-time"><time datetime="2025-09-13T15:20:00+02:00">15:20 Uhr</time></div><div class="ticker-text"><p>Großer Andrang beim Workshop „Das eigene Blog mit Webmentions“. Der Raum ist so voll, dass die Veranstalter einen zweiten Termin am Abend ansetzen. Viele Teilnehmende wollen ihre Blogs untereinander besser vernetzen und erzählen von ersten Versuchen.</p><p>Eine Teilnehmerin aus Halle sagt, sie habe ihr Blog erst im Frühjahr wieder aufgenommen, nach fast zehn Jahren Pause.</p></div></div>
<div class="ticker-entry"><div class="ticker-time"><time datetime="2025-09-13T11:05:00+02:00">11:05 Uhr</time></div><div class="ticker-text"><p>Auf der Bühne wird die <a href="{CALL}">Blogparade „Warum bloggen?“</a> vorgestellt. Wer mitmacht, beantwortet die Frage im eigenen Blog und verlinkt den Aufruf.</p></div></div>
<div class="ticker-entry"><div class="ticker-time"><time datetime="2025-09-13T08:00:00+02:00">8:00 Uhr</time></div><div class="ticker-text"><p>Guten Morgen aus Leipzig! Heute treffen sich hier rund 300 Menschen, die bloggen.</p></div></div>
</div>
</div>
<aside class="sidebar"><h3>Meistgelesen</h3><ul><li><a href="/leipzig/stau-a14">Stau auf der A14</a></li></ul></aside>
</main>
<footer class="page-footer"><a href="/impressum">Impressum</a></footer>
</body>
</html>
""",
    url="https://www.md-rundschau.example/kultur/blogger-treffen-leipzig-liveticker-1.889123",
    title="Blogger-Treffen in Leipzig: Der Tag im Liveticker",
    author_name="Katrin Vogel",
    published="2025-09-13T08:00:00+02:00",
    summary_prefix="Rund 300 Bloggerinnen und Blogger treffen sich in Leipzig",
    language="de",
    kind="article",
    must_not_link=["https://www.md-rundschau.example/leipzig/stau-a14"],
)

# 32 WordPress 6.5 core footnotes block in a Kadence theme post: the call only in a footnote
# (ol.wp-block-footnotes inside the content), a Rank Math JSON-LD graph, Kadence's author box
# and related posts carousel after the content.
page(
    "heldout2-wordpress-footnotes-de",
    f"""<!doctype html>
<html lang="de-DE" class="no-js" itemtype="https://schema.org/Blog" itemscope>
<head>
	<meta charset="UTF-8">
	<meta name="viewport" content="width=device-width, initial-scale=1, minimum-scale=1">
	<title>Was mir das Bloggen über das Wandern beigebracht hat - Höhenmeter</title>
	<meta name="description" content="Zehn Jahre Wanderblog: Warum ich nach jeder Tour schreibe und was das Aufschreiben mit dem Gehen zu tun hat."/>
	<meta property="og:locale" content="de_DE" />
	<meta property="og:type" content="article" />
	<meta property="og:title" content="Was mir das Bloggen über das Wandern beigebracht hat - Höhenmeter" />
	<meta property="og:description" content="Zehn Jahre Wanderblog: Warum ich nach jeder Tour schreibe und was das Aufschreiben mit dem Gehen zu tun hat." />
	<meta property="og:url" content="https://hoehenmeter.example/bloggen-und-wandern/" />
	<meta property="og:site_name" content="Höhenmeter" />
	<meta property="article:published_time" content="2025-05-04T18:30:00+02:00" />
	<meta name="twitter:label1" content="Verfasst von" />
	<meta name="twitter:data1" content="Lukas Berger" />
	<script type="application/ld+json" class="rank-math-schema">{{"@context":"https://schema.org","@graph":[{{"@type":["Person","Organization"],"@id":"https://hoehenmeter.example/#person","name":"Höhenmeter"}},{{"@type":"WebSite","@id":"https://hoehenmeter.example/#website","url":"https://hoehenmeter.example","name":"Höhenmeter","publisher":{{"@id":"https://hoehenmeter.example/#person"}},"inLanguage":"de"}},{{"@type":"WebPage","@id":"https://hoehenmeter.example/bloggen-und-wandern/#webpage","url":"https://hoehenmeter.example/bloggen-und-wandern/","name":"Was mir das Bloggen über das Wandern beigebracht hat - Höhenmeter","datePublished":"2025-05-04T18:30:00+02:00","dateModified":"2025-05-05T09:12:40+02:00","isPartOf":{{"@id":"https://hoehenmeter.example/#website"}},"inLanguage":"de"}},{{"@type":"Person","@id":"https://hoehenmeter.example/author/lukas/","name":"Lukas Berger","url":"https://hoehenmeter.example/author/lukas/","worksFor":{{"@id":"https://hoehenmeter.example/#person"}}}},{{"@type":"BlogPosting","headline":"Was mir das Bloggen über das Wandern beigebracht hat - Höhenmeter","datePublished":"2025-05-04T18:30:00+02:00","dateModified":"2025-05-05T09:12:40+02:00","author":{{"@id":"https://hoehenmeter.example/author/lukas/","name":"Lukas Berger"}},"publisher":{{"@id":"https://hoehenmeter.example/#person"}},"description":"Zehn Jahre Wanderblog: Warum ich nach jeder Tour schreibe und was das Aufschreiben mit dem Gehen zu tun hat.","name":"Was mir das Bloggen über das Wandern beigebracht hat - Höhenmeter","@id":"https://hoehenmeter.example/bloggen-und-wandern/#richSnippet","isPartOf":{{"@id":"https://hoehenmeter.example/bloggen-und-wandern/#webpage"}},"inLanguage":"de","mainEntityOfPage":{{"@id":"https://hoehenmeter.example/bloggen-und-wandern/#webpage"}}}}]}}</script>
</head>
<body class="post-template-default single single-post postid-902 single-format-standard wp-custom-logo footer-on-bottom hide-focus-outline link-style-standard content-title-style-normal content-width-narrow content-style-unboxed content-vertical-padding-show non-transparent-header mobile-non-transparent-header">
<div id="wrapper" class="site wp-site-blocks">
<header id="masthead" class="site-header" role="banner" itemtype="https://schema.org/WPHeader" itemscope><div id="main-header" class="site-header-wrap"><div class="site-header-inner-wrap"><div class="site-branding branding-layout-standard"><a class="brand" href="https://hoehenmeter.example/" rel="home"><p class="site-title">Höhenmeter</p></a></div><nav id="site-navigation" class="main-navigation header-navigation" role="navigation" aria-label="Primär"><div class="primary-menu-container header-menu-container"><ul id="primary-menu" class="menu"><li class="menu-item"><a href="https://hoehenmeter.example/touren/">Touren</a></li></ul></div></nav></div></div></header>
<div id="inner-wrap" class="wrap hfeed kt-clear">
<div id="primary" class="content-area"><div class="content-container site-container"><main id="main" class="site-main" role="main">
<div class="content-wrap">
<article id="post-902" class="entry content-bg single-entry post-902 post type-post status-publish format-standard hentry category-gedanken">
<div class="entry-content-wrap">
<header class="entry-header post-title title-align-inherit title-tablet-align-inherit title-mobile-align-inherit">
<h1 class="entry-title">Was mir das Bloggen über das Wandern beigebracht hat</h1>
<div class="entry-meta entry-meta-divider-dot"><span class="posted-by"><span class="meta-label">Von</span><span class="author vcard"><a class="url fn n" href="https://hoehenmeter.example/author/lukas/">Lukas Berger</a></span></span><span class="posted-on"><time class="entry-date published" datetime="2025-05-04T18:30:00+02:00">4. Mai 2025</time><time class="updated" datetime="2025-05-05T09:12:40+02:00">5. Mai 2025</time></span></div>
</header>
<div class="entry-content single-content">
<p>Seit zehn Jahren schreibe ich nach jeder Wanderung einen Beitrag. Manchmal am selben Abend, manchmal Wochen später, aber immer. Ohne den Beitrag fühlt sich eine Tour nicht fertig an.<sup data-fn="a1b2c3" class="fn"><a href="#a1b2c3" id="a1b2c3-link">1</a></sup></p>
<p>Das Aufschreiben hat mein Wandern verändert. Ich achte unterwegs auf mehr: auf Wegweiser mit Rechtschreibfehlern, auf die Hütte, in der es nur kalte Getränke gibt, auf das Gespräch mit dem Schäfer am Hang. All das landet später im Blog.</p>
<p>Und umgekehrt hat das Wandern mein Schreiben verändert. Ich schreibe langsamer, in kürzeren Sätzen, so wie man bergauf geht.</p>
<ol class="wp-block-footnotes"><li id="a1b2c3">Dieser Beitrag ist meine Antwort auf die <a href="{CALL}">Blogparade „Warum bloggen?“</a>. <a href="#a1b2c3-link" aria-label="Zur Fußnotenreferenz 1 navigieren">↩︎</a></li></ol>
</div>
<footer class="entry-footer"><div class="entry-tags"><span class="tags-links"><a href="https://hoehenmeter.example/tag/blogparade/" title="Blogparade" class="tag-link" rel="tag">#Blogparade</a></span></div></footer>
</div>
</article>
<div class="entry-author entry-author-style-normal"><div class="entry-author-profile author-profile vcard"><div class="entry-author-avatar"><img alt="" src="https://secure.gravatar.com/avatar/ab?s=80" class="avatar avatar-80 photo" height="80" width="80"></div><b class="entry-author-name author-name fn"><a href="https://hoehenmeter.example/author/lukas/" title="Beiträge von Lukas Berger" rel="author">Lukas Berger</a></b><div class="entry-author-description author-bio"><p>Lukas wandert am liebsten im Allgäu und schreibt darüber seit 2015.</p></div></div></div>
<div class="entry-related alignfull entry-related-style-wide"><div class="entry-related-inner content-container site-container"><div class="entry-related-inner-content alignwide"><h2 class="entry-related-title">Ähnliche Beiträge</h2><div class="entry-related-carousel kadence-slide-init splide"><div class="splide__track"><ul class="splide__list"><li class="carousel-item"><article class="entry content-bg loop-entry post"><h3 class="entry-title"><a href="https://hoehenmeter.example/zehn-jahre-hoehenmeter/" rel="bookmark">Zehn Jahre Höhenmeter</a></h3></article></li></ul></div></div></div></div></div>
</div>
</main></div></div>
</div>
<footer id="colophon" class="site-footer" role="contentinfo"><div class="site-footer-wrap"><div class="site-bottom-footer-wrap site-footer-row-container site-footer-focus-item"><div class="footer-html inner-link-style-normal"><div class="footer-html-inner"><p>&copy; 2025 Höhenmeter - WordPress Theme von <a href="https://www.kadencewp.com/">Kadence WP</a></p></div></div></div></div></footer>
</div>
</body>
</html>
""",
    url="https://hoehenmeter.example/bloggen-und-wandern/",
    title="Was mir das Bloggen über das Wandern beigebracht hat",
    author_name="Lukas Berger",
    published="2025-05-04T18:30:00+02:00",
    summary_prefix="Zehn Jahre Wanderblog: Warum ich nach jeder Tour schreibe",
    language="de",
    kind="article",
    must_not_link=[
        "https://hoehenmeter.example/zehn-jahre-hoehenmeter/",
        "https://www.kadencewp.com/",
        "https://hoehenmeter.example/tag/blogparade/",
    ],
)

# 33 Hugo + Congo: dark-mode Tailwind classes everywhere, the date as "3. Juni 2025" in a
# <time> with datetime, no author on the page but the header's name, JSON-LD Article with an
# author; the call only in the site's footer links ("Blogparaden"). Must NOT count.
page(
    "heldout2-hugo-congo-footer-only-de",
    f"""<!doctype html>
<html lang="de" dir="ltr" class="scroll-smooth" data-default-appearance="light" data-auto-appearance="true">
<head>
  <meta charset="utf-8" />
  <meta http-equiv="content-language" content="de" />
  <meta name="viewport" content="width=device-width, initial-scale=1.0" />
  <title>Ein Jahr mit dem Lastenrad &middot; Radspur</title>
  <meta name="title" content="Ein Jahr mit dem Lastenrad &middot; Radspur" />
  <meta name="description" content="Zwölf Monate, 3.400 Kilometer, zwei Kinder und ein Kühlschrank: meine Bilanz nach einem Jahr mit dem Lastenrad." />
  <link rel="canonical" href="https://radspur.example/posts/ein-jahr-lastenrad/" />
  <meta property="og:title" content="Ein Jahr mit dem Lastenrad" />
  <meta property="og:description" content="Zwölf Monate, 3.400 Kilometer, zwei Kinder und ein Kühlschrank: meine Bilanz nach einem Jahr mit dem Lastenrad." />
  <meta property="og:type" content="article" />
  <meta property="og:url" content="https://radspur.example/posts/ein-jahr-lastenrad/" />
  <meta property="article:section" content="posts" />
  <meta property="article:published_time" content="2025-06-03T07:00:00+02:00" />
  <meta property="article:modified_time" content="2025-06-03T07:00:00+02:00" />
  <meta property="og:site_name" content="Radspur" />
  <script type="application/ld+json">
  {{
    "@context": "https://schema.org",
    "@type": "Article",
    "articleSection": "Posts",
    "name": "Ein Jahr mit dem Lastenrad",
    "headline": "Ein Jahr mit dem Lastenrad",
    "description": "Zwölf Monate, 3.400 Kilometer, zwei Kinder und ein Kühlschrank: meine Bilanz nach einem Jahr mit dem Lastenrad.",
    "inLanguage": "de",
    "url" : "https://radspur.example/posts/ein-jahr-lastenrad/",
    "author" : {{"@type": "Person", "name": "Mara Lindner"}},
    "copyrightYear": "2025",
    "dateCreated": "2025-06-03T07:00:00\u002b02:00",
    "datePublished": "2025-06-03T07:00:00\u002b02:00",
    "mainEntityOfPage": "true",
    "wordCount": "380"
  }}
  </script>
  <meta name="author" content="Mara Lindner" />
</head>
<body class="flex flex-col h-screen px-6 m-auto text-lg leading-7 max-w-7xl bg-neutral text-neutral-900 dark:bg-neutral-800 dark:text-neutral sm:px-14 md:px-24 lg:px-32">
  <div id="the-top" class="absolute flex self-center"><a class="px-3 py-1 text-sm -translate-y-8 rounded-b-lg bg-primary-200 focus:translate-y-0 dark:bg-neutral-600" href="#main-content"><span class="font-bold text-primary-600 ltr:pr-2 rtl:pl-2 dark:text-primary-400">&darr;</span>Zum Hauptinhalt springen</a></div>
  <header class="py-6 font-semibold text-neutral-900 dark:text-neutral print:hidden sm:py-10"><nav class="flex items-start justify-between sm:items-center"><div class="flex flex-row items-center"><a class="decoration-primary-500 hover:underline hover:decoration-2 hover:underline-offset-2" rel="me" href="/">Radspur</a></div><ul class="flex list-none flex-col text-end sm:flex-row"><li class="group mb-1 sm:mb-0 sm:me-7 sm:last:me-0.5"><a href="/posts/" title="Beiträge"><span class="decoration-primary-500 group-hover:underline group-hover:decoration-2 group-hover:underline-offset-2">Beiträge</span></a></li></ul></nav></header>
  <div class="relative flex flex-col grow">
    <main id="main-content" class="grow">
<article>
  <header class="max-w-prose">
    <h1 class="mt-0 text-4xl font-extrabold text-neutral-900 dark:text-neutral">Ein Jahr mit dem Lastenrad</h1>
    <div class="mt-8 mb-12 text-base text-neutral-500 dark:text-neutral-400 print:hidden"><div class="flex flex-row flex-wrap items-center"><time datetime="2025-06-03 07:00:00 &#43;0200 CEST">3. Juni 2025</time><span class="px-2 text-primary-500">&middot;</span><span title="Lesezeit">2 Minuten</span></div></div>
  </header>
  <section class="prose mt-0 flex max-w-full flex-col dark:prose-invert lg:flex-row">
    <div class="min-w-0 min-h-0 max-w-prose grow">
      <p>Vor einem Jahr haben wir das Auto verkauft und ein Lastenrad gekauft. Zwölf Monate und 3.400 Kilometer später ziehe ich Bilanz: Es war die beste Entscheidung seit Langem, mit ein paar Einschränkungen.</p>
      <p>Die Kinder lieben es. Der Einkauf passt hinein, meistens jedenfalls. Den Kühlschrank haben wir tatsächlich einmal transportiert, aber das war eine Ausnahme, über die ich lieber nicht schreibe.</p>
      <p>Im Winter war es hart. Bei Glatteis bleibt das Rad stehen, und dann fahren wir Straßenbahn. Insgesamt aber: Wir vermissen das Auto nicht.</p>
    </div>
  </section>
  <footer class="pt-8 max-w-prose print:hidden"><div class="flex"><img class="!mb-0 !mt-0 me-4 h-24 w-24 rounded-full" width="96" height="96" alt="Mara Lindner" src="/img/mara.jpg" /><div class="place-self-center"><div class="text-[0.6rem] uppercase leading-3 text-neutral-500 dark:text-neutral-400">Autorin</div><div class="font-semibold leading-6 text-neutral-800 dark:text-neutral-300">Mara Lindner</div></div></div></footer>
</article>
    </main>
    <footer class="py-10 print:hidden">
      <nav class="pb-4 text-base font-medium text-neutral-500 dark:text-neutral-400"><ul class="flex flex-col list-none sm:flex-row"><li class="group mb-1 text-end sm:mb-0 sm:me-7 sm:last:me-0"><a href="/impressum/" title="Impressum"><span class="decoration-primary-500 group-hover:underline">Impressum</span></a></li><li class="group mb-1 text-end sm:mb-0 sm:me-7 sm:last:me-0"><a href="{CALL}" title="Blogparade"><span class="decoration-primary-500 group-hover:underline">Ich mache mit: Blogparade „Warum bloggen?“</span></a></li></ul></nav>
      <div class="flex items-center justify-between"><p class="text-sm text-neutral-500 dark:text-neutral-400">&copy; 2025 Mara Lindner</p><p class="text-xs text-neutral-500 dark:text-neutral-400">Erstellt mit <a class="hover:underline" href="https://gohugo.io/" target="_blank" rel="noopener noreferrer">Hugo</a> &amp; <a class="hover:underline" href="https://github.com/jpanther/congo" target="_blank" rel="noopener noreferrer">Congo</a></p></div>
    </footer>
  </div>
</body>
</html>
""",
    url="https://radspur.example/posts/ein-jahr-lastenrad/",
    title="Ein Jahr mit dem Lastenrad",
    author_name="Mara Lindner",
    published="2025-06-03T07:00:00+02:00",
    summary_prefix="Zwölf Monate, 3.400 Kilometer, zwei Kinder und ein Kühlschrank",
    language="de",
    kind="article",
    call_in_main=False,
    must_not_link=[CALL, "https://gohugo.io/", "/impressum/"],
)

# 34 Blot (blot.im), default "Blog" template: the date as text in .date, no meta but the
# title and a description, the author only in the site's footer "© Theo Marsh"; the call as a
# bare link in the post's last paragraph.
page(
    "heldout2-blot-en",
    f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Why I blog from a folder - Theo Marsh</title>
<meta name="description" content="My blog is a folder in my Dropbox. That is the whole reason I still write.">
<link rel="alternate" type="application/rss+xml" title="Theo Marsh" href="/feed.rss">
<link rel="stylesheet" type="text/css" href="/style.css?cache=1712">
</head>
<body>
<div class="container">
<div class="header"><a href="/" class="title">Theo Marsh</a> <a href="/archives">Archives</a> <a href="/search">Search</a></div>
<div class="entry">
<h1><a href="/why-i-blog-from-a-folder">Why I blog from a folder</a></h1>
<p class="date">17 February 2025</p>
<p>My blog is a folder in my Dropbox. When I save a text file there, it becomes a post. When I delete it, the post is gone. That is the whole system, and it is the reason I still write after eleven years.</p>
<p>Every other setup I tried wanted something from me: a login, an editor, an update. The folder wants nothing. It is just there, like a notebook on a desk.</p>
<p>Written for the blog parade at <a href="{CALL}">{CALL}</a></p>
</div>
<div class="pagination"><a href="/page/2">Older posts</a></div>
<div class="footer">&copy; Theo Marsh &middot; <a href="https://blot.im">Blot</a></div>
</div>
</body>
</html>
""",
    url="https://theomarsh.example/why-i-blog-from-a-folder",
    title="Why I blog from a folder",
    author_name="Theo Marsh",
    published="2025-02-17",
    summary_prefix="My blog is a folder in my Dropbox",
    language="en",
    kind="article",
    must_not_link=["/page/2", "https://blot.im"],
)


def main() -> None:
    for name, html, expected in PAGES:
        (HERE / f"{name}.html").write_bytes(html.encode("utf-8"))
        (HERE / f"{name}.json").write_text(
            json.dumps(expected, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
    print(f"wrote {len(PAGES)} pages")


if __name__ == "__main__":
    main()
