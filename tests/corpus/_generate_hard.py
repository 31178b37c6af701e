"""Writes the second, harder part of the corpus: pages in the markup real themes and platforms
emit *without* the helpful extras of the first set (no microformats, dates only in visible
text, a site name as meta author, hentry only on the "More posts" list, lang attributes that
lie, a charset declared only in a meta tag …). Run once; the output is committed.

    .venv/bin/python tests/corpus/_generate_hard.py

Same expected-JSON keys as _generate.py. The pages are written by hand for this test, in the
shape the named engines and themes produce; all names and sites are invented.
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).parent
CALL = "https://parade.example/p/warum-bloggen/"
OTHER_CALL = "https://parade.example/p/lieblingsbuecher/"

PAGES: list[tuple[str, str, dict, str]] = []


def page(name: str, html: str, encoding: str = "utf-8", **expected: object) -> None:
    expected.setdefault("call_in_main", True)
    expected.setdefault("must_not_link", [])
    expected.setdefault("call", CALL)
    PAGES.append((name, html, expected, encoding))


BLOGPARADEN_WIDGET = f"""<section id="custom_html-4" class="widget_text widget widget_custom_html"><h2 class="widget-title">Blogparaden</h2><div class="textwidget custom-html-widget"><ul><li><a href="{CALL}">Warum bloggen? (bis 30.11.)</a></li><li><a href="{OTHER_CALL}">Lieblingsbücher</a></li></ul></div></section>"""


# 1 WordPress + Astra, no SEO plugin: no og/JSON-LD, the date only as text in span.published
page(
    "wordpress-astra-de",
    f"""<!DOCTYPE html>
<html lang="de-DE">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11">
<title>Warum ich nach zehn Jahren immer noch blogge &#8211; Gartenzeilen</title>
<meta name='robots' content='max-image-preview:large' />
<link rel="alternate" type="application/rss+xml" title="Gartenzeilen &raquo; Feed" href="https://gartenzeilen.example/feed/" />
<link rel="alternate" type="application/rss+xml" title="Gartenzeilen &raquo; Warum ich nach zehn Jahren immer noch blogge-Kommentar-Feed" href="https://gartenzeilen.example/2026/11/warum-ich-blogge/feed/" />
<link rel='stylesheet' id='astra-theme-css-css' href='https://gartenzeilen.example/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4' media='all' />
<style id='astra-theme-css-inline-css'>:root{{--ast-container-default-xlg-padding:3em;}}html{{font-size:93.75%;}}a{{color:var(--ast-global-color-0);}}</style>
<link rel="https://api.w.org/" href="https://gartenzeilen.example/wp-json/" /><link rel="alternate" type="application/json" href="https://gartenzeilen.example/wp-json/wp/v2/posts/1412" />
<meta name="generator" content="WordPress 6.4.3" />
<link rel="canonical" href="https://gartenzeilen.example/2026/11/warum-ich-blogge/" />
<link rel='shortlink' href='https://gartenzeilen.example/?p=1412' />
</head>
<body itemtype='https://schema.org/Blog' itemscope='itemscope' class="post-template-default single single-post postid-1412 single-format-standard ast-desktop ast-separate-container ast-right-sidebar astra-4.6.4">
<a class="skip-link screen-reader-text" href="#content" role="link" title="Zum Inhalt springen">Zum Inhalt springen</a>
<div class="hfeed site" id="page">
<header class="site-header header-main-layout-1 ast-primary-menu-enabled ast-logo-title-inline ast-hide-custom-menu-mobile ast-builder-menu-toggle-icon ast-mobile-header-inline" id="masthead" itemtype="https://schema.org/WPHeader" itemscope="itemscope" itemid="#masthead">
<div id="ast-desktop-header" data-toggle-type="dropdown"><div class="ast-main-header-wrap main-header-bar-wrap"><div class="ast-primary-header-bar ast-primary-header main-header-bar site-header-focus-item" data-section="section-primary-header-builder"><div class="site-primary-header-wrap ast-builder-grid-row-container site-header-focus-item ast-container" data-section="section-primary-header-builder"><div class="ast-builder-grid-row ast-builder-grid-row-has-sides ast-builder-grid-row-no-center">
<div class="site-header-primary-section-left site-header-section ast-flex site-header-section-left"><div class="ast-builder-layout-element ast-flex site-header-focus-item" data-section="title_tagline"><div class="site-branding ast-site-identity" itemtype="https://schema.org/Organization" itemscope="itemscope"><div class="ast-site-title-wrap"><span class="site-title" itemprop="name"><a href="https://gartenzeilen.example/" rel="home" itemprop="url">Gartenzeilen</a></span><p class="site-description" itemprop="description">Ein Blog über Beete, Bücher und das Leben auf dem Land</p></div></div></div></div>
<div class="site-header-primary-section-right site-header-section ast-flex ast-grid-right-section"><div class="ast-builder-menu-1 ast-builder-menu ast-flex ast-builder-menu-1-focus-item ast-builder-layout-element site-header-focus-item" data-section="section-hb-menu-1"><div class="ast-main-header-bar-alignment"><div class="main-header-bar-navigation"><nav class="site-navigation ast-flex-grow-1 navigation-accessibility site-header-focus-item" id="primary-site-navigation-desktop" aria-label="Site Navigation" itemtype="https://schema.org/SiteNavigationElement" itemscope="itemscope"><div class="main-navigation ast-inline-flex"><ul id="ast-hf-menu-1" class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border stack-on-mobile"><li class="menu-item menu-item-type-custom"><a href="https://gartenzeilen.example/" class="menu-link">Start</a></li><li class="menu-item"><a href="https://gartenzeilen.example/ueber-mich/" class="menu-link">Über mich</a></li><li class="menu-item"><a href="https://gartenzeilen.example/blogparaden/" class="menu-link">Blogparaden</a></li></ul></div></nav></div></div></div></div>
</div></div></div></div></div>
</header>
<div id="content" class="site-content"><div class="ast-container">
<div id="primary" class="content-area primary">
<main id="main" class="site-main">
<article class="post-1412 post type-post status-publish format-standard has-post-thumbnail hentry category-allgemein tag-blogparade ast-article-single" id="post-1412" itemtype="https://schema.org/CreativeWork" itemscope="itemscope">
<div class="ast-post-format- single-layout-1">
<header class="entry-header ">
<div class="post-thumb-img-content post-thumb"><img width="1024" height="683" src="https://gartenzeilen.example/wp-content/uploads/2026/11/schreibtisch-1024x683.jpg" class="attachment-large size-large wp-post-image" alt="" itemprop="image" decoding="async" fetchpriority="high" /></div>
<h1 class="entry-title" itemprop="headline">Warum ich nach zehn Jahren immer noch blogge</h1>
<div class="entry-meta"><span class="posted-by vcard author" itemtype="https://schema.org/Person" itemscope="itemscope" itemprop="author"> <a title="Alle Beiträge von Heike Brandstätter ansehen" href="https://gartenzeilen.example/author/heike/" rel="author" class="url fn n" itemprop="url"><span class="author-name" itemprop="name">Heike Brandstätter</span></a></span> / <span class="posted-on"><span class="published" itemprop="datePublished"> 26. November 2026 </span><span class="updated" itemprop="dateModified"> 27. November 2026 </span></span> / <span class="cat-links"><a href="https://gartenzeilen.example/category/allgemein/" rel="category tag">Allgemein</a></span></div>
</header>
<div class="entry-content clear" itemprop="text">
<p>Als Anne zur <a href="{CALL}">Blogparade „Warum bloggen?“</a> aufgerufen hat, musste ich nicht lange überlegen. Zehn Jahre schreibe ich jetzt hier über meinen Garten, und die Antwort hat sich in dieser Zeit mehrmals geändert.</p>
<p>Am Anfang war das Blog ein Gartentagebuch. Ich wollte nachlesen können, wann die Tomaten ausgesät waren und welche Sorte im nassen Sommer nicht geplatzt ist. Dass jemand anderes das liest, war mir damals ziemlich egal.</p>
<h2 class="wp-block-heading">Dann kamen die Leserinnen</h2>
<p>Irgendwann kamen Kommentare. Eine Leserin aus dem Allgäu schickte mir Samen von ihren Stangenbohnen, ein Leser aus Bremen hat mir erklärt, warum mein Kompost stinkt. Seitdem schreibe ich nicht mehr nur für mich, sondern für diese kleine Runde, die sich über die Jahre gebildet hat.</p>
<p>Und ja, ich habe es mit Instagram versucht. Aber dort ist nach zwei Tagen alles weg, und auf die Frage nach der Bohnensorte antwortet niemand mehr. Hier im Blog finde ich auch nach acht Jahren noch den Beitrag über <a href="https://gartenzeilen.example/2018/05/stangenbohnen/">die Stangenbohnen aus dem Allgäu</a>.</p>
<p>Danke, Anne, für die Frage. Ich bin gespannt auf die anderen Antworten!</p>
</div>
</div>
</article>
<nav class="navigation post-navigation" aria-label="Beiträge"><div class="nav-links"><div class="nav-previous"><a title="Herbstbeete abdecken" href="https://gartenzeilen.example/2026/11/herbstbeete/" rel="prev"><span class="ast-left-arrow">&larr;</span> Vorheriger Beitrag</a></div></div></nav>
<div id="comments" class="comments-area comment-form-position-below ">
<div class="comments-count-wrapper"><h3 class="comments-title">1 Gedanke zu „Warum ich nach zehn Jahren immer noch blogge“</h3></div>
<ol class="ast-comment-list"><li class="comment even thread-even depth-1" id="li-comment-311"><article id="comment-311" class="ast-comment"><div class='ast-comment-info'><div class='ast-comment-avatar-wrap'><img alt='' src='https://secure.gravatar.com/avatar/x?s=50&#038;d=mm&#038;r=g' class='avatar avatar-50 photo' height='50' width='50' /></div><header class="ast-comment-meta ast-row ast-comment-author vcard capitalize"><div class="ast-comment-cite-wrap"><cite><b class="fn"><a href="https://beetfreunde.example/" class="url" rel="ugc external nofollow">Beetfreundin</a></b></cite></div></header></div><section class="ast-comment-content comment"><p>Wie schön! Ich mache auch mit: <a href="{OTHER_CALL}" rel="nofollow ugc">{OTHER_CALL}</a></p></section></article></li></ol>
</div>
</main>
</div>
<div class="widget-area secondary" id="secondary" itemtype="https://schema.org/WPSideBar" itemscope="itemscope"><div class="sidebar-main">
{BLOGPARADEN_WIDGET}
<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Neueste Beiträge</h2><ul><li><a href="https://gartenzeilen.example/2026/11/herbstbeete/">Herbstbeete abdecken</a></li></ul></section>
</div></div>
</div></div>
<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter" itemscope="itemscope" itemid="#colophon"><div class="site-below-footer-wrap ast-builder-grid-row-container site-footer-focus-item ast-builder-grid-row-full ast-builder-grid-row-tablet-full ast-builder-grid-row-mobile-full ast-footer-row-stack ast-footer-row-tablet-stack ast-footer-row-mobile-stack" data-section="section-below-footer-builder"><div class="ast-footer-copyright"><p>Copyright &copy; 2026 Gartenzeilen | Powered by <a href="https://wpastra.com" rel="nofollow noopener" target="_blank">Astra WordPress Theme</a></p></div></div></footer>
</div>
<script id="astra-theme-js-js-extra">var astra = {{"break_point":"921","isRtl":"","is_scroll_to_id":"","is_scroll_to_top":"","is_header_footer_builder_active":"1"}};</script>
</body>
</html>""",
    url="https://gartenzeilen.example/2026/11/warum-ich-blogge/",
    title="Warum ich nach zehn Jahren immer noch blogge",
    author_name="Heike Brandstätter",
    published="2026-11-26",
    summary_prefix="Als Anne zur Blogparade „Warum bloggen?“ aufgerufen hat",
    language="de",
    kind="article",
    must_not_link=[
        OTHER_CALL,
        "https://beetfreunde.example/",
        "https://wpastra.com",
        "https://gartenzeilen.example/blogparaden/",
    ],
)

# 2 WordPress + GeneratePress + Rank Math: the @graph's headline carries " - Site name",
# the first node is the site's Person/Organization, the article author is an @id reference
page(
    "wordpress-generatepress-rankmath-en",
    f"""<!DOCTYPE html>
<html lang="en-US">
<head>
	<meta charset="UTF-8">
	<meta name="viewport" content="width=device-width, initial-scale=1">
<!-- Search Engine Optimization by Rank Math - https://rankmath.com/ -->
<title>How I Finally Started Writing Again - Pixel &amp; Prose</title>
<meta name="description" content="After two years of silence I wrote again, and the reason was a blog parade. Here is what got me unstuck."/>
<meta name="robots" content="follow, index, max-snippet:-1, max-video-preview:-1, max-image-preview:large"/>
<link rel="canonical" href="https://pixelprose.example/how-i-finally-started-writing-again/" />
<meta property="og:locale" content="en_US" />
<meta property="og:type" content="article" />
<meta property="og:title" content="How I Finally Started Writing Again - Pixel &amp; Prose" />
<meta property="og:description" content="After two years of silence I wrote again, and the reason was a blog parade. Here is what got me unstuck." />
<meta property="og:url" content="https://pixelprose.example/how-i-finally-started-writing-again/" />
<meta property="og:site_name" content="Pixel &amp; Prose" />
<meta property="article:section" content="Writing" />
<meta property="og:updated_time" content="2024-03-12T18:20:44+00:00" />
<meta property="og:image" content="https://pixelprose.example/wp-content/uploads/2024/03/notebook.jpg" />
<meta property="article:published_time" content="2024-03-11T07:45:10+00:00" />
<meta property="article:modified_time" content="2024-03-12T18:20:44+00:00" />
<meta name="twitter:card" content="summary_large_image" />
<meta name="twitter:title" content="How I Finally Started Writing Again - Pixel &amp; Prose" />
<meta name="twitter:description" content="After two years of silence I wrote again, and the reason was a blog parade. Here is what got me unstuck." />
<meta name="twitter:label1" content="Written by" />
<meta name="twitter:data1" content="Dana Whitfield" />
<meta name="twitter:label2" content="Time to read" />
<meta name="twitter:data2" content="3 minutes" />
<script type="application/ld+json" class="rank-math-schema">{{"@context":"https://schema.org","@graph":[{{"@type":["Person","Organization"],"@id":"https://pixelprose.example/#person","name":"Pixel &amp; Prose","logo":{{"@type":"ImageObject","@id":"https://pixelprose.example/#logo","url":"https://pixelprose.example/wp-content/uploads/logo.png","contentUrl":"https://pixelprose.example/wp-content/uploads/logo.png","caption":"Pixel &amp; Prose","inLanguage":"en-US"}},"image":{{"@type":"ImageObject","@id":"https://pixelprose.example/#logo","url":"https://pixelprose.example/wp-content/uploads/logo.png"}}}},{{"@type":"WebSite","@id":"https://pixelprose.example/#website","url":"https://pixelprose.example","name":"Pixel &amp; Prose","publisher":{{"@id":"https://pixelprose.example/#person"}},"inLanguage":"en-US"}},{{"@type":"ImageObject","@id":"https://pixelprose.example/wp-content/uploads/2024/03/notebook.jpg","url":"https://pixelprose.example/wp-content/uploads/2024/03/notebook.jpg","width":"1200","height":"800","inLanguage":"en-US"}},{{"@type":"WebPage","@id":"https://pixelprose.example/how-i-finally-started-writing-again/#webpage","url":"https://pixelprose.example/how-i-finally-started-writing-again/","name":"How I Finally Started Writing Again - Pixel &amp; Prose","datePublished":"2024-03-11T07:45:10+00:00","dateModified":"2024-03-12T18:20:44+00:00","isPartOf":{{"@id":"https://pixelprose.example/#website"}},"primaryImageOfPage":{{"@id":"https://pixelprose.example/wp-content/uploads/2024/03/notebook.jpg"}},"inLanguage":"en-US"}},{{"@type":"Person","@id":"https://pixelprose.example/author/dana/","name":"Dana Whitfield","url":"https://pixelprose.example/author/dana/","image":{{"@type":"ImageObject","@id":"https://secure.gravatar.com/avatar/1f2e?s=96&amp;d=mm&amp;r=g","url":"https://secure.gravatar.com/avatar/1f2e?s=96&amp;d=mm&amp;r=g","caption":"Dana Whitfield","inLanguage":"en-US"}},"sameAs":["https://pixelprose.example"]}},{{"@type":"BlogPosting","headline":"How I Finally Started Writing Again - Pixel &amp; Prose","datePublished":"2024-03-11T07:45:10+00:00","dateModified":"2024-03-12T18:20:44+00:00","articleSection":"Writing","author":{{"@id":"https://pixelprose.example/author/dana/","name":"Dana Whitfield"}},"publisher":{{"@id":"https://pixelprose.example/#person"}},"description":"After two years of silence I wrote again, and the reason was a blog parade. Here is what got me unstuck.","name":"How I Finally Started Writing Again - Pixel &amp; Prose","@id":"https://pixelprose.example/how-i-finally-started-writing-again/#richSnippet","isPartOf":{{"@id":"https://pixelprose.example/how-i-finally-started-writing-again/#webpage"}},"image":{{"@id":"https://pixelprose.example/wp-content/uploads/2024/03/notebook.jpg"}},"inLanguage":"en-US","mainEntityOfPage":{{"@id":"https://pixelprose.example/how-i-finally-started-writing-again/#webpage"}}}}]}}</script>
<!-- /Rank Math WordPress SEO plugin -->
<link rel='stylesheet' id='generate-style-css' href='https://pixelprose.example/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.4.0' media='all' />
</head>
<body class="post-template-default single single-post postid-77 single-format-standard wp-embed-responsive right-sidebar nav-float-right separate-containers header-aligned-left dropdown-hover featured-image-active" itemtype="https://schema.org/Blog" itemscope>
<a class="screen-reader-text skip-link" href="#content" title="Skip to content">Skip to content</a>
<header class="site-header has-inline-mobile-toggle" id="masthead" aria-label="Site" itemtype="https://schema.org/WPHeader" itemscope><div class="inside-header grid-container"><div class="site-branding"><p class="main-title" itemprop="headline"><a href="https://pixelprose.example/" rel="home">Pixel &amp; Prose</a></p></div>
<nav class="main-navigation sub-menu-right" id="site-navigation" aria-label="Primary" itemtype="https://schema.org/SiteNavigationElement" itemscope><div class="inside-navigation grid-container"><div class="main-nav"><ul id="menu-main" class=" menu sf-menu"><li class="menu-item"><a href="https://pixelprose.example/about/">About</a></li><li class="menu-item"><a href="https://pixelprose.example/now/">Now</a></li></ul></div></div></nav></div></header>
<div class="site grid-container container hfeed" id="page"><div class="site-content" id="content">
<div class="content-area" id="primary"><main class="site-main" id="main">
<article id="post-77" class="post-77 post type-post status-publish format-standard has-post-thumbnail hentry category-writing" itemtype="https://schema.org/CreativeWork" itemscope>
<div class="inside-article">
<div class="featured-image page-header-image-single grid-container grid-parent"><img width="1200" height="800" src="https://pixelprose.example/wp-content/uploads/2024/03/notebook.jpg" class="attachment-full size-full wp-post-image" alt="" itemprop="image" decoding="async" /></div>
<header class="entry-header"><h1 class="entry-title" itemprop="headline">How I Finally Started Writing Again</h1>
<div class="entry-meta"><span class="posted-on"><time class="updated" datetime="2024-03-12T18:20:44+00:00" itemprop="dateModified">March 12, 2024</time><time class="entry-date published" datetime="2024-03-11T07:45:10+00:00" itemprop="datePublished">March 11, 2024</time></span> <span class="byline">by <span class="author vcard" itemprop="author" itemtype="https://schema.org/Person" itemscope><a class="url fn n" href="https://pixelprose.example/author/dana/" title="View all posts by Dana Whitfield" rel="author" itemprop="url"><span class="author-name" itemprop="name">Dana Whitfield</span></a></span></span></div>
</header>
<div class="entry-content" itemprop="text">
<p>For two years this blog was silent. Then a friend sent me <a href="{CALL}">the blog parade “Why do you blog?”</a>, and I sat down that evening and wrote the longest draft I had written since 2021.</p>
<p>I had plenty of excuses. Work was busy, the kids were small, and every time I opened the editor I felt that everything worth saying had already been said by someone cleverer. What finally helped was not a productivity trick but a question somebody else asked, with a deadline attached.</p>
<h2 class="wp-block-heading">A prompt beats a blank page</h2>
<p>A blank page asks you to decide what matters. A prompt only asks you to answer. That is a much smaller request, and it turns out I can meet small requests even in a busy month.</p>
<p>I also stopped trying to be thorough. This post took forty minutes, and it is fine. If you are stuck too, pick a parade, answer the question and hit publish.</p>
</div>
<footer class="entry-meta" aria-label="Entry meta"><span class="cat-links"><span class="screen-reader-text">Categories </span><a href="https://pixelprose.example/category/writing/" rel="category tag">Writing</a></span>
<nav id="nav-below" class="post-navigation" aria-label="Posts"><div class="nav-previous"><span class="prev"><a href="https://pixelprose.example/winter-reading/" rel="prev">Winter reading</a></span></div></nav></footer>
</div>
</article>
<div class="comments-area"><div id="comments"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment</h3><form action="https://pixelprose.example/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate><p class="comment-form-comment"><textarea id="comment" name="comment" cols="45" rows="8" required></textarea></p></form></div></div></div>
</main></div>
<div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-sidebar"><aside id="block-3" class="widget inner-padding widget_block"><h2 class="wp-block-heading">Blog parades I joined</h2><ul class="wp-block-list"><li><a href="{OTHER_CALL}">Favourite books</a></li></ul></aside></div></div>
</div></div>
<div class="site-footer"><footer class="site-info" aria-label="Site" itemtype="https://schema.org/WPFooter" itemscope><div class="inside-site-info grid-container"><div class="copyright-bar"><span class="copyright">&copy; 2024 Pixel &amp; Prose</span> &bull; Built with <a href="https://generatepress.com" itemprop="url">GeneratePress</a></div></div></footer></div>
</body>
</html>""",
    url="https://pixelprose.example/how-i-finally-started-writing-again/",
    title="How I Finally Started Writing Again",
    author_name="Dana Whitfield",
    published="2024-03-11T07:45:10+00:00",
    summary_prefix="After two years of silence I wrote again",
    language="en",
    kind="article",
    must_not_link=[OTHER_CALL, "https://generatepress.com"],
)

# 3 WordPress block theme Twenty Twenty-Four, no SEO plugin: the single post has no hentry,
# only the "More posts" query loop below does; the author only in the post-author-name block
page(
    "wordpress-tt4-de",
    f"""<!DOCTYPE html>
<html lang="de-DE">
<head>
	<meta charset="UTF-8" />
	<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta name='robots' content='max-image-preview:large' />
<title>Bloggen ist Gärtnern für Gedanken &#8211; Feldnotizen</title>
<link rel="alternate" type="application/rss+xml" title="Feldnotizen &raquo; Feed" href="https://feldnotizen.example/feed/" />
<style id='wp-block-post-title-inline-css'>.wp-block-post-title{{box-sizing:border-box;word-break:break-word}}</style>
<style id='wp-block-post-date-inline-css'>.wp-block-post-date{{box-sizing:border-box}}</style>
<link rel="https://api.w.org/" href="https://feldnotizen.example/wp-json/" />
<meta name="generator" content="WordPress 6.4.2" />
<link rel="canonical" href="https://feldnotizen.example/bloggen-ist-gaertnern/" />
<style class='wp-fonts-local'>@font-face{{font-family:Cardo;font-style:normal;font-weight:400;src:url('https://feldnotizen.example/wp-content/themes/twentytwentyfour/assets/fonts/cardo/cardo_normal_400.woff2') format('woff2');}}</style>
</head>
<body class="post-template-default single single-post postid-58 single-format-standard wp-embed-responsive">
<div class="wp-site-blocks"><header class="wp-block-template-part">
<div class="wp-block-group alignwide is-layout-flow wp-block-group-is-layout-flow" style="padding-top:20px;padding-bottom:20px">
<div class="wp-block-group alignwide is-content-justification-space-between is-layout-flex wp-container-core-group-is-layout-3 wp-block-group-is-layout-flex"><div class="wp-block-group is-layout-flex wp-block-group-is-layout-flex"><p class="wp-block-site-title"><a href="https://feldnotizen.example" target="_self" rel="home">Feldnotizen</a></p></div>
<nav class="is-responsive items-justified-right wp-block-navigation is-content-justification-right is-layout-flex wp-container-core-navigation-is-layout-1 wp-block-navigation-is-layout-flex" aria-label="Navigation"><ul class="wp-block-navigation__container"><li class="wp-block-pages-list__item wp-block-navigation-item open-on-hover-click"><a class="wp-block-pages-list__item__link wp-block-navigation-item__content" href="https://feldnotizen.example/ueber/">Über</a></li></ul></nav></div></div>
</header>
<main class="wp-block-group is-layout-flow wp-block-group-is-layout-flow" style="margin-top:var(--wp--preset--spacing--50)">
<div class="wp-block-group is-layout-constrained wp-block-group-is-layout-constrained">
<h1 style="margin-bottom:var(--wp--preset--spacing--40);" class="wp-block-post-title">Bloggen ist Gärtnern für Gedanken</h1>
</div>
<div class="wp-block-group has-global-padding is-layout-constrained wp-block-group-is-layout-constrained" style="padding-top:var(--wp--preset--spacing--10);padding-bottom:var(--wp--preset--spacing--10)">
<div class="wp-block-group is-content-justification-left is-layout-flex wp-container-core-group-is-layout-5 wp-block-group-is-layout-flex"><div class="wp-block-post-date"><time datetime="2026-11-25T19:02:14+01:00"><a href="https://feldnotizen.example/bloggen-ist-gaertnern/">25. November 2026</a></time></div>
<p class="has-small-font-size">—</p><p class="has-small-font-size">von</p><div class="wp-block-post-author-name has-small-font-size"><a href="https://feldnotizen.example/author/jonas/" target="_self" class="wp-block-post-author-name__link">Jonas Weidinger</a></div>
<div class="taxonomy-category wp-block-post-terms has-small-font-size"><span class="wp-block-post-terms__prefix">in </span><a href="https://feldnotizen.example/category/schreiben/" rel="tag">Schreiben</a></div></div>
</div>
<div class="entry-content alignfull wp-block-post-content has-global-padding is-layout-constrained wp-block-post-content-is-layout-constrained">
<p>Ein Blog ist für mich ein Garten, in dem Gedanken wachsen dürfen, bevor sie fertig sind. Das ist meine Antwort auf die Frage, warum ich blogge – und sie kommt spät, denn die Blogparade läuft nur noch ein paar Tage.</p>
<p>Wenn ich etwas aufschreibe, merke ich schnell, ob ich es verstanden habe. Oft habe ich es nicht. Dann wird aus dem Entwurf eine Liste von Fragen, und manchmal beantwortet eine Leserin eine davon in den Kommentaren, bevor ich selbst so weit bin.</p>
<p>Soziale Netzwerke sind dafür zu laut. Dort zählt, was heute gut ankommt; im Blog zählt, was nächstes Jahr noch stimmt. Deshalb schreibe ich hier, und deshalb verlinke ich gern auf andere Blogs, statt nur auf Beiträge in Timelines.</p>
<div class="wp-block-buttons is-layout-flex wp-block-buttons-is-layout-flex"><div class="wp-block-button"><a class="wp-block-button__link wp-element-button" href="{CALL}">Zur Blogparade „Warum bloggen?“</a></div></div>
</div>
<div class="wp-block-group has-global-padding is-layout-constrained wp-block-group-is-layout-constrained" style="margin-top:var(--wp--preset--spacing--40)">
<div class="wp-block-comments wp-block-comments-query-loop" style="margin-top:var(--wp--preset--spacing--70);margin-bottom:var(--wp--preset--spacing--70)">
<h2 class="wp-block-heading has-x-large-font-size">Kommentare</h2>
<h3 id="comments" class="wp-block-comments-title">Eine Antwort auf „Bloggen ist Gärtnern für Gedanken“</h3>
<ol class="wp-block-comment-template"><li id="comment-9" class="comment even thread-even depth-1">
<div class="wp-block-columns is-layout-flex wp-container-core-columns-is-layout-1 wp-block-columns-is-layout-flex"><div class="wp-block-column is-layout-flow wp-block-column-is-layout-flow" style="flex-basis:40px"><div class="wp-block-avatar"><img alt="Avatar von Mara" src="https://secure.gravatar.com/avatar/0?s=40&#038;d=mm&#038;r=g" class="avatar avatar-40 photo wp-block-avatar__image" width="40" height="40"/></div></div>
<div class="wp-block-column is-layout-flow wp-block-column-is-layout-flow"><div class="wp-block-comment-author-name has-small-font-size"><a rel="external nofollow ugc" href="https://mara.example/" target="_self">Mara</a></div>
<div class="wp-block-comment-content"><p>Schön gesagt! Ich habe auch mitgemacht, hier ist der Aufruf noch mal: <a href="{CALL}" rel="nofollow ugc">{CALL}</a> und meine Antwort: <a href="https://mara.example/2026/11/warum/" rel="nofollow ugc">mara.example</a></p></div></div></div></li></ol>
<div id="respond" class="comment-respond wp-block-post-comments-form"><h3 id="reply-title" class="comment-reply-title">Schreibe einen Kommentar</h3><form action="https://feldnotizen.example/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate><p class="comment-form-comment"><textarea id="comment" name="comment"></textarea></p></form></div>
</div></div>
<div class="wp-block-group alignwide has-global-padding is-layout-constrained wp-block-group-is-layout-constrained">
<nav class="wp-block-group alignwide is-content-justification-space-between is-nowrap is-layout-flex wp-block-group-is-layout-flex" aria-label="Beitragsnavigation" style="border-top-color:var(--wp--preset--color--contrast-3);border-top-width:1px;padding-top:var(--wp--preset--spacing--40);padding-bottom:var(--wp--preset--spacing--40)"><div class="post-navigation-link-previous wp-block-post-navigation-link"><span class="wp-block-post-navigation-link__arrow-previous is-arrow-arrow" aria-hidden="true">←</span><a href="https://feldnotizen.example/novemberlicht/" rel="prev">Novemberlicht</a></div></nav>
</div>
<div class="wp-block-group alignwide has-global-padding is-layout-constrained wp-block-group-is-layout-constrained" style="padding-top:var(--wp--preset--spacing--50);padding-bottom:var(--wp--preset--spacing--50)">
<h2 class="wp-block-heading alignwide has-small-font-size" style="font-style:normal;font-weight:700;letter-spacing:1.4px;text-transform:uppercase">Weitere Beiträge</h2>
<div class="wp-block-query alignwide is-layout-flow wp-block-query-is-layout-flow"><ul class="alignfull wp-block-post-template is-layout-flow wp-block-post-template-is-layout-flow">
<li class="wp-block-post post-55 post type-post status-publish format-standard hentry category-schreiben"><div class="wp-block-group alignfull is-content-justification-space-between is-nowrap is-layout-flex wp-block-group-is-layout-flex" style="border-bottom-color:var(--wp--preset--color--contrast-3);border-bottom-width:1px;padding-top:var(--wp--preset--spacing--30);padding-bottom:var(--wp--preset--spacing--30)"><h3 class="has-link-color wp-block-post-title has-large-font-size"><a href="https://feldnotizen.example/novemberlicht/" target="_self">Novemberlicht und warum ich trotzdem rausgehe, auch wenn es um vier dunkel wird</a></h3><div class="wp-block-post-date has-text-align-right"><time datetime="2026-11-18T08:00:00+01:00">18. November 2026</time></div></div></li>
<li class="wp-block-post post-51 post type-post status-publish format-standard hentry category-allgemein"><div class="wp-block-group alignfull is-content-justification-space-between is-nowrap is-layout-flex wp-block-group-is-layout-flex"><h3 class="has-link-color wp-block-post-title has-large-font-size"><a href="{OTHER_CALL}" target="_self">Meine Lieblingsbücher – Blogparade</a></h3><div class="wp-block-post-date has-text-align-right"><time datetime="2026-11-02T08:00:00+01:00">2. November 2026</time></div></div></li>
</ul></div></div>
</main>
<footer class="wp-block-template-part"><div class="wp-block-group has-global-padding is-layout-constrained wp-block-group-is-layout-constrained" style="padding-top:var(--wp--preset--spacing--50);padding-bottom:var(--wp--preset--spacing--50)"><p class="has-small-font-size">Gestaltet mit <a href="https://de.wordpress.org" rel="nofollow">WordPress</a></p></div></footer>
</div>
</body>
</html>""",
    url="https://feldnotizen.example/bloggen-ist-gaertnern/",
    title="Bloggen ist Gärtnern für Gedanken",
    author_name="Jonas Weidinger",
    published="2026-11-25T19:02:14+01:00",
    summary_prefix="Ein Blog ist für mich ein Garten, in dem Gedanken wachsen dürfen",
    language="de",
    kind="article",
    must_not_link=[OTHER_CALL, "https://mara.example/", "https://mara.example/2026/11/warum/"],
)

# 4 Ghost 5 with the Source theme: the call as a bookmark card, a "Read more" feed of cards
page(
    "ghost-source-en",
    f"""<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Notes from a slow web</title>
    <link rel="stylesheet" type="text/css" href="https://slowweb.example/assets/built/screen.css?v=4bb2cd1a1e">
    <meta name="description" content="I write for the web that still has addresses. A reply to the blog parade on why we blog.">
    <link rel="icon" href="https://slowweb.example/content/images/size/w256h256/2024/01/favicon.png" type="image/png">
    <link rel="canonical" href="https://slowweb.example/notes-from-a-slow-web/">
    <meta name="referrer" content="no-referrer-when-downgrade">
    <link rel="amphtml" href="https://slowweb.example/notes-from-a-slow-web/amp/">
    <meta property="og:site_name" content="The Slow Web Journal">
    <meta property="og:type" content="article">
    <meta property="og:title" content="Notes from a slow web">
    <meta property="og:description" content="I write for the web that still has addresses. A reply to the blog parade on why we blog.">
    <meta property="og:url" content="https://slowweb.example/notes-from-a-slow-web/">
    <meta property="og:image" content="https://slowweb.example/content/images/2024/03/tracks.jpg">
    <meta property="article:published_time" content="2024-03-19T06:12:40.000Z">
    <meta property="article:modified_time" content="2024-03-19T08:02:11.000Z">
    <meta property="article:tag" content="Essays">
    <meta name="twitter:card" content="summary_large_image">
    <meta name="twitter:title" content="Notes from a slow web">
    <meta name="twitter:label1" content="Written by">
    <meta name="twitter:data1" content="Ines Okafor">
    <meta name="twitter:label2" content="Filed under">
    <meta name="twitter:data2" content="Essays">
    <script type="application/ld+json">
{{
    "@context": "https://schema.org",
    "@type": "Article",
    "publisher": {{
        "@type": "Organization",
        "name": "The Slow Web Journal",
        "url": "https://slowweb.example/",
        "logo": {{"@type": "ImageObject", "url": "https://slowweb.example/content/images/2024/01/logo.png"}}
    }},
    "author": {{
        "@type": "Person",
        "name": "Ines Okafor",
        "image": {{"@type": "ImageObject", "url": "https://slowweb.example/content/images/2024/01/ines.jpg", "width": 800, "height": 800}},
        "url": "https://slowweb.example/author/ines/",
        "sameAs": ["https://mastodon.example/@ines"]
    }},
    "headline": "Notes from a slow web",
    "url": "https://slowweb.example/notes-from-a-slow-web/",
    "datePublished": "2024-03-19T06:12:40.000Z",
    "dateModified": "2024-03-19T08:02:11.000Z",
    "image": {{"@type": "ImageObject", "url": "https://slowweb.example/content/images/2024/03/tracks.jpg", "width": 2000, "height": 1333}},
    "keywords": "Essays",
    "description": "I write for the web that still has addresses. A reply to the blog parade on why we blog.",
    "mainEntityOfPage": "https://slowweb.example/notes-from-a-slow-web/"
}}
    </script>
    <meta name="generator" content="Ghost 5.80">
    <link rel="alternate" type="application/rss+xml" title="The Slow Web Journal" href="https://slowweb.example/rss/">
    <script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="false" data-ghost="https://slowweb.example/" data-key="2f1c" data-api="https://slowweb.example/ghost/api/content/" crossorigin="anonymous"></script><style id="gh-members-styles">.gh-post-upgrade-cta-content{{}}</style>
    <script defer src="https://cdn.jsdelivr.net/ghost/sodo-search@~1.1/umd/sodo-search.min.js" data-key="2f1c" data-styles="https://cdn.jsdelivr.net/ghost/sodo-search@~1.1/umd/main.css" data-sodo-search="https://slowweb.example/" crossorigin="anonymous"></script>
    <link href="https://slowweb.example/webmentions/receive/" rel="webmention">
</head>
<body class="post-template tag-essays has-sans-title has-sans-body">
<div class="gh-viewport">
<header id="gh-navigation" class="gh-navigation is-middle-logo gh-outer"><div class="gh-navigation-inner gh-inner"><div class="gh-navigation-brand"><a class="gh-navigation-logo is-title" href="https://slowweb.example">The Slow Web Journal</a></div>
<nav class="gh-navigation-menu"><ul class="nav"><li class="nav-home"><a href="https://slowweb.example/">Home</a></li><li class="nav-about"><a href="https://slowweb.example/about/">About</a></li></ul></nav>
<div class="gh-navigation-actions"><div class="gh-navigation-members"><a href="#/portal/signin" data-portal="signin">Sign in</a><a class="gh-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<main class="gh-main">
<article class="gh-article post tag-essays">
<header class="gh-article-header gh-canvas">
<a class="gh-article-tag" href="https://slowweb.example/tag/essays/">Essays</a>
<h1 class="gh-article-title is-title">Notes from a slow web</h1>
<p class="gh-article-excerpt is-body">I write for the web that still has addresses. A reply to the blog parade on why we blog.</p>
<div class="gh-article-meta"><div class="gh-article-author-image instapaper_ignore"><a href="/author/ines/"><img class="author-profile-image" src="/content/images/size/w160/2024/01/ines.jpg" alt="Ines Okafor"></a></div>
<div class="gh-article-meta-wrapper"><h4 class="gh-article-author-name"><a href="/author/ines/">Ines Okafor</a></h4><div class="gh-article-meta-content"><time class="gh-article-meta-date" datetime="2024-03-19">Mar 19, 2024</time><span class="gh-article-meta-length"><span class="bull">—</span> 4 min read</span></div></div></div>
<figure class="gh-article-image"><img srcset="/content/images/size/w320/2024/03/tracks.jpg 320w, /content/images/size/w600/2024/03/tracks.jpg 600w" sizes="(min-width: 1320px) 1200px, 92vw" src="/content/images/size/w1200/2024/03/tracks.jpg" alt="Notes from a slow web"></figure>
</header>
<section class="gh-content gh-canvas is-body">
<p>There is a version of the web where every thought has an address. You can link to it in ten years, and it will still say what it said. That is the web I write for, and it is my answer to the question in this month's parade.</p>
<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="{CALL}"><div class="kg-bookmark-content"><div class="kg-bookmark-title">Blog parade: Why do you blog?</div><div class="kg-bookmark-description">Tell us why you keep writing on your own site. Answers until the end of the month.</div><div class="kg-bookmark-metadata"><img class="kg-bookmark-icon" src="https://parade.example/favicon.png" alt=""><span class="kg-bookmark-author">Parade</span></div></div><div class="kg-bookmark-thumbnail"><img src="https://parade.example/og.png" alt=""></div></a></figure>
<p>Timelines are built to forget. They are tuned for what is new, and what is new is rarely what I want to find again. A blog is built to remember, and remembering is most of what thinking needs.</p>
<h2 id="slow-is-fine">Slow is fine</h2>
<p>My posts get a handful of readers in the first week and a steady trickle for years. I used to think that was failure. Now I think it is the point: the people who arrive in year three found the post because they were looking for exactly it.</p>
<div class="kg-card kg-cta-card kg-cta-bg-grey"><div class="kg-cta-content"><div class="kg-cta-text"><p>Enjoying these essays? Subscribe and get them by email.</p></div></div></div>
</section>
</article>
<div class="gh-comments gh-canvas"><script defer src="https://cdn.jsdelivr.net/ghost/comments-ui@~0.16/umd/comments-ui.min.js" data-ghost-comments="https://slowweb.example/" data-api="https://slowweb.example/ghost/api/content/" data-post-id="65f93b2"></script></div>
</main>
<section class="gh-container is-grid gh-outer"><div class="gh-container-inner gh-inner"><h2 class="gh-container-title">Read more</h2><main class="gh-main"><div class="gh-feed">
<article class="gh-card post"><a class="gh-card-link" href="/favourite-books-parade/"><figure class="gh-card-image"><img src="/content/images/size/w320/2024/02/books.jpg" alt="Books"></figure><div class="gh-card-wrapper"><h3 class="gh-card-title is-title">Five books for the parade on favourite books</h3><p class="gh-card-excerpt is-body">My list for the favourite-books blog parade, with a detour through my grandmother's shelf and the one book I never gave back to the library.</p><footer class="gh-card-meta"><span class="gh-card-author">By Ines Okafor</span><time class="gh-card-date" datetime="2024-02-11">Feb 11, 2024</time></footer></div></a></article>
</div></main></div></section>
<footer class="gh-footer gh-outer"><div class="gh-footer-inner gh-inner"><div class="gh-footer-bar"><span class="gh-footer-logo is-title">The Slow Web Journal</span><nav class="gh-footer-menu"><ul class="nav"><li><a href="{OTHER_CALL}">Current parade</a></li></ul></nav><div class="gh-footer-copyright">Powered by <a href="https://ghost.org/" target="_blank" rel="noopener">Ghost</a></div></div></div></footer>
</div>
<script src="https://slowweb.example/assets/built/source.js?v=4bb2cd1a1e"></script>
</body>
</html>""",
    url="https://slowweb.example/notes-from-a-slow-web/",
    title="Notes from a slow web",
    author_name="Ines Okafor",
    published="2024-03-19T06:12:40+00:00",
    summary_prefix="I write for the web that still has addresses",
    language="en",
    kind="article",
    must_not_link=[
        OTHER_CALL,
        "https://slowweb.example/favourite-books-parade/",
        "https://ghost.org/",
    ],
)

# 5 Hugo + Ananke-like theme: Hugo's internal OpenGraph template (no author), the author only
# in a visible "By …" line, no JSON-LD, no microformats
page(
    "hugo-ananke-en",
    f"""<!DOCTYPE html>
<html lang="en-us">
  <head>
    <meta charset="utf-8">
    <meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
    <title>Blogging as a long conversation | Field Recordings</title>
    <meta name="viewport" content="width=device-width,minimum-scale=1">
    <meta name="description" content="Why I keep a blog after fifteen years: it is the only conversation I can have with people who are not born yet.">
    <meta name="generator" content="Hugo 0.124.1">
    <meta name="robots" content="index, follow">
    <link rel="stylesheet" href="/ananke/css/main.min.css" >
    <link rel="canonical" href="https://fieldrec.example/posts/long-conversation/">
    <meta property="og:title" content="Blogging as a long conversation" />
<meta property="og:description" content="Why I keep a blog after fifteen years: it is the only conversation I can have with people who are not born yet." />
<meta property="og:type" content="article" />
<meta property="og:url" content="https://fieldrec.example/posts/long-conversation/" /><meta property="article:section" content="posts" />
<meta property="article:published_time" content="2024-03-08T00:00:00+00:00" />
<meta property="article:modified_time" content="2024-03-08T00:00:00+00:00" />
<meta itemprop="name" content="Blogging as a long conversation">
<meta itemprop="description" content="Why I keep a blog after fifteen years: it is the only conversation I can have with people who are not born yet.">
<meta itemprop="datePublished" content="2024-03-08T00:00:00+00:00" />
<meta itemprop="wordCount" content="342">
<meta name="twitter:card" content="summary"/>
<meta name="twitter:title" content="Blogging as a long conversation"/>
  </head>
  <body class="ma0 avenir bg-near-white production">
  <header>
    <div class="bg-black">
      <nav class="pv3 ph3 ph4-ns" role="navigation"><div class="flex-l justify-between items-center center"><a href="/" class="f3 fw2 hover-white no-underline white-90 dib">Field Recordings</a><div class="flex-l items-center"><ul class="pl0 mr3"><li class="list f5 f4-ns fw4 dib pr3"><a class="hover-white no-underline white-90" href="/posts/" title="Posts page">Posts</a></li><li class="list f5 f4-ns fw4 dib pr3"><a class="hover-white no-underline white-90" href="/about/" title="About page">About</a></li></ul></div></div></nav>
    </div>
  </header>
    <main class="pb7" role="main">
  <article class="flex-l flex-wrap justify-between mw8 center ph3">
    <header class="mt4 w-100">
      <aside class="instapaper_ignore left-0 w-100 tc-l pt4-l"><div class="ananke-socials"></div></aside>
      <h1 class="f1 athelas mt3 mb1">Blogging as a long conversation</h1>
      <p class="tracked">By <strong>Tomás Reyes</strong></p>
      <time class="f6 mv4 dib tracked" datetime="2024-03-08T00:00:00Z">March 8, 2024</time>
    </header>
    <div class="nested-copy-line-height lh-copy serif f4 nested-links mid-gray pr4-l w-two-thirds-l"><p>Fifteen years ago I wrote my first post here, about a field recorder I had just bought. Since then this blog has become a long conversation, mostly with people I have never met. When <a href="{CALL}">the blog parade asked why we blog</a>, that was the first word that came to mind: conversation.</p>
<p>Some of the replies to that first post arrived years later. A student found it while writing a thesis on bird song; a sound engineer corrected my settings in 2016. None of that would have happened on a platform that buries everything older than a week.</p>
<p>I like that the conversation is slow. Nobody is waiting for an answer within the hour, so the answers are better. And when someone links to me from their own blog, the link stays, and the next reader can follow the whole thread.</p>
<p>So that is why: because a blog is the only place where I can talk to people who have not found it yet.</p>
</div>
    <aside class="w-30-l mt6-l"><div class="bg-light-gray pa3 nested-list-reset nested-copy-line-height nested-links"><p class="f5 b mb3">Related</p><ul class="pa0 list"><li class="mb2"><a href="{OTHER_CALL}">My favourite books, for another parade</a></li><li class="mb2"><a href="/posts/recorder/">The recorder, fifteen years on</a></li></ul></div></aside>
  </article>
    </main>
    <footer class="bg-black bottom-0 w-100 pa3" role="contentinfo"><div class="flex justify-between"><a class="f4 fw4 hover-white no-underline white-70 dn dib-ns pv2 ph3" href="https://fieldrec.example/" >&copy;  Field Recordings 2024 </a><div></div></div></footer>
  </body>
</html>""",
    url="https://fieldrec.example/posts/long-conversation/",
    title="Blogging as a long conversation",
    author_name="Tomás Reyes",
    published="2024-03-08",
    summary_prefix="Why I keep a blog after fifteen years",
    language="en",
    kind="article",
    must_not_link=[OTHER_CALL, "https://fieldrec.example/posts/recorder/"],
)

# 6 Jekyll + Minimal Mistakes + jekyll-seo-tag: an h-entry without p-author, the author only
# in the sidebar's author profile (an h-card with rel=me), JSON-LD without author
page(
    "jekyll-minimal-mistakes-de",
    f"""<!doctype html>
<html lang="de" class="no-js">
  <head>
    <meta charset="utf-8">
<!-- begin _includes/seo.html --><title>Warum ich (wieder) blogge - Lenas Logbuch</title>
<meta name="description" content="Nach drei Jahren Pause schreibe ich wieder. Ein Beitrag zur Blogparade über das Warum.">
<meta property="og:type" content="article">
<meta property="og:locale" content="de_DE">
<meta property="og:site_name" content="Lenas Logbuch">
<meta property="og:title" content="Warum ich (wieder) blogge">
<meta property="og:url" content="https://lenavogt.example/2024/03/14/warum-ich-wieder-blogge/">
<meta property="og:description" content="Nach drei Jahren Pause schreibe ich wieder. Ein Beitrag zur Blogparade über das Warum.">
<meta property="article:published_time" content="2024-03-14T00:00:00+01:00">
<link rel="canonical" href="https://lenavogt.example/2024/03/14/warum-ich-wieder-blogge/">
<script type="application/ld+json">
  {{
    "@context": "https://schema.org",
    "@type": "Person",
    "name": "Lenas Logbuch",
    "url": "https://lenavogt.example/"
  }}
</script>
<!-- end _includes/seo.html -->
<link href="/feed.xml" type="application/atom+xml" rel="alternate" title="Lenas Logbuch Feed">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="/assets/css/main.css">
  </head>
  <body class="layout--single">
    <nav class="skip-links"><ul><li><a href="#site-nav" class="screen-reader-shortcut">Zur Hauptnavigation springen</a></li><li><a href="#main" class="screen-reader-shortcut">Direkt zum Inhalt</a></li></ul></nav>
    <div class="masthead"><div class="masthead__inner-wrap"><div class="masthead__menu"><nav id="site-nav" class="greedy-nav"><a class="site-title" href="/">Lenas Logbuch</a><ul class="visible-links"><li class="masthead__menu-item"><a href="/ueber/">Über</a></li><li class="masthead__menu-item"><a href="/archiv/">Archiv</a></li></ul></nav></div></div></div>
    <div class="initial-content">
<div id="main" role="main">
  <div class="sidebar sticky">
  <div itemscope itemtype="https://schema.org/Person" class="h-card">
    <div class="author__avatar"><a href="https://lenavogt.example/"><img src="/assets/images/lena.jpg" alt="Lena Vogt" itemprop="image" class="u-photo"></a></div>
    <div class="author__content"><h3 class="author__name p-name" itemprop="name"><a class="u-url" rel="me" href="https://lenavogt.example/" itemprop="url">Lena Vogt</a></h3><div class="author__bio p-note" itemprop="description"><p>Schreibt über Bahnreisen, Bücher und Bildungspolitik.</p></div></div>
    <div class="author__urls-wrapper"><ul class="author__urls social-icons"><li itemprop="homeLocation" itemscope itemtype="https://schema.org/Place"><i class="fas fa-fw fa-map-marker-alt" aria-hidden="true"></i> <span itemprop="name" class="p-locality">Kassel</span></li><li><a href="https://norden.social/@lena" rel="nofollow noopener noreferrer me"><i class="fab fa-fw fa-mastodon" aria-hidden="true"></i><span class="label">Mastodon</span></a></li></ul></div>
  </div>
  </div>
  <article class="page h-entry" itemscope itemtype="https://schema.org/CreativeWork">
    <meta itemprop="headline" content="Warum ich (wieder) blogge">
    <meta itemprop="description" content="Nach drei Jahren Pause schreibe ich wieder. Ein Beitrag zur Blogparade über das Warum.">
    <meta itemprop="datePublished" content="2024-03-14T00:00:00+01:00">
    <div class="page__inner-wrap">
        <header>
          <h1 id="page-title" class="page__title p-name" itemprop="headline"><a href="https://lenavogt.example/2024/03/14/warum-ich-wieder-blogge/" class="u-url" itemprop="url">Warum ich (wieder) blogge</a></h1>
          <div class="page__meta"><span class="page__meta-date"><i class="far fa-calendar-alt" aria-hidden="true"></i> <time class="dt-published" datetime="2024-03-14T00:00:00+01:00">14. März 2024</time></span><span class="page__meta-sep"></span><span class="page__meta-readtime"><i class="far fa-clock" aria-hidden="true"></i> 2 Minuten Lesezeit</span></div>
        </header>
      <section class="page__content e-content" itemprop="text">
        <p>Drei Jahre lang lag dieses Blog brach. Jetzt schreibe ich wieder, und der Anlass ist <a href="{CALL}">die Blogparade „Warum bloggen?“</a>. Eine bessere Gelegenheit, über das Warum nachzudenken, gibt es kaum.</p>
<p>Ich habe in der Pause nicht weniger geschrieben, nur an anderen Orten: in Threads, in Gruppen, in Kommentaren unter den Beiträgen anderer. Davon ist heute fast nichts mehr auffindbar. Das hat mich mehr geärgert, als ich erwartet hatte.</p>
<p>Ein Blog ist mein Archiv. Wenn ich wissen will, was ich vor fünf Jahren über die Nachtzüge nach Wien gedacht habe, kann ich es nachlesen – und mich über mich selbst wundern. Das geht nur, weil die Texte hier bei mir liegen.</p>
<p>Also: Ich blogge, weil ich mich erinnern will. Und weil ich gern lese, was andere darauf antworten.</p>
      </section>
      <footer class="page__meta"><p class="page__taxonomy"><strong><i class="fas fa-fw fa-tags" aria-hidden="true"></i> Tags: </strong><span itemprop="keywords"><a href="/tags/#blogparade" class="page__taxonomy-item p-category" rel="tag">blogparade</a></span></p></footer>
      <section class="page__share"><h4 class="page__share-title">Teilen auf</h4><a href="https://www.linkedin.com/shareArticle?mini=true&url=https://lenavogt.example/2024/03/14/warum-ich-wieder-blogge/" class="btn btn--linkedin" title="Teilen auf LinkedIn">LinkedIn</a></section>
      <nav class="pagination"><a href="/2021/02/02/nachtzug/" class="pagination--pager" title="Nachtzug nach Wien">Zurück</a><a href="#" class="pagination--pager disabled">Weiter</a></nav>
    </div>
  </article>
  <div class="page__related">
    <h2 class="page__related-title">Das könnte dich auch interessieren</h2>
    <div class="grid__wrapper"><div class="grid__item"><article class="archive__item" itemscope itemtype="https://schema.org/CreativeWork"><h2 class="archive__item-title no_toc" itemprop="headline"><a href="{OTHER_CALL}" rel="permalink">Blogparade: Lieblingsbücher</a></h2><p class="archive__item-excerpt" itemprop="description">Meine fünf Bücher für die Blogparade über Lieblingsbücher, mit einer langen Begründung, warum Momo dabei sein muss.</p></article></div></div>
  </div>
</div>
    </div>
    <div id="footer" class="page__footer"><footer><div class="page__footer-copyright">&copy; 2024 Lena Vogt. Powered by <a href="https://jekyllrb.com" rel="nofollow">Jekyll</a> &amp; <a href="https://mademistakes.com/work/minimal-mistakes-jekyll-theme/" rel="nofollow">Minimal Mistakes</a>.</div></footer></div>
  </body>
</html>""",
    url="https://lenavogt.example/2024/03/14/warum-ich-wieder-blogge/",
    title="Warum ich (wieder) blogge",
    author_name="Lena Vogt",
    published="2024-03-14",
    summary_prefix="Nach drei Jahren Pause schreibe ich wieder",
    language="de",
    kind="article",
    must_not_link=[OTHER_CALL, "https://jekyllrb.com"],
)

# 7 Blogger, classic layout with the time stamp switched off: the date only in the German
# date header ("Freitag, 27. November 2026"), the title tag is "Blog name: Post title"
page(
    "blogger-classic-de",
    f"""<!DOCTYPE html>
<html class='v2' dir='ltr' xmlns='http://www.w3.org/1999/xhtml' xmlns:b='http://www.google.com/2005/gml/b' xmlns:data='http://www.google.com/2005/gml/data' xmlns:expr='http://www.google.com/2005/gml/expr'>
<head>
<meta content='width=1100' name='viewport'/>
<meta content='text/html; charset=UTF-8' http-equiv='Content-Type'/>
<meta content='blogger' name='generator'/>
<link href='https://strickliesel.blogspot.com/favicon.ico' rel='icon' type='image/x-icon'/>
<link href='https://strickliesel.blogspot.com/2026/11/warum-ich-blogge.html' rel='canonical'/>
<link rel="alternate" type="application/atom+xml" title="Strickliesels Maschenwelt - Atom" href="https://strickliesel.blogspot.com/feeds/posts/default" />
<link rel="service.post" type="application/atom+xml" title="Strickliesels Maschenwelt - Atom" href="https://www.blogger.com/feeds/4711/posts/default" />
<link rel="alternate" type="application/atom+xml" title="Strickliesels Maschenwelt - Atom" href="https://strickliesel.blogspot.com/feeds/1234/comments/default" />
<link rel="me" href="https://www.blogger.com/profile/0815" />
<meta content='https://strickliesel.blogspot.com/2026/11/warum-ich-blogge.html' property='og:url'/>
<meta content='Warum ich blogge – meine Antwort zur Blogparade' property='og:title'/>
<meta content='Seit 2009 zeige ich hier meine Socken, Schals und Fehlversuche. Warum eigentlich? Die Blogparade hat mich zum Nachdenken gebracht. Es fing mit ...' property='og:description'/>
<title>Strickliesels Maschenwelt: Warum ich blogge – meine Antwort zur Blogparade</title>
<style id='page-skin-1' type='text/css'><!--
body {{ font: normal normal 12px Arial, Tahoma, Helvetica, FreeSans, sans-serif; color: #666666; }}
--></style>
<link type='text/css' rel='stylesheet' href='https://www.blogger.com/static/v1/widgets/2975350028-widget_css_bundle.css' />
</head>
<body class='loading'>
<div class='navbar section' id='navbar'><div class='widget Navbar' data-version='1' id='Navbar1'><script type="text/javascript">function setAttributeOnload(object, attribute, val) {{}}</script><div id="navbar-iframe-container"></div></div></div>
<div class='content'><div class='content-outer'><div class='content-inner'>
<header><div class='header-outer'><div class='header-inner'><div class='section' id='header'><div class='widget Header' data-version='1' id='Header1'><div id='header-inner'><div class='titlewrapper'><h1 class='title'><a href='https://strickliesel.blogspot.com/'>Strickliesels Maschenwelt</a></h1></div><div class='descriptionwrapper'><p class='description'><span>Socken, Schals und was sonst von den Nadeln fällt</span></p></div></div></div></div></div></div></header>
<div class='main-outer'><div class='main-inner columns-2'>
<div class='columns-inner'><div class='column-center-outer'><div class='column-center-inner'>
<div class='main section' id='main'><div class='widget Blog' data-version='1' id='Blog1'>
<div class='blog-posts hfeed'>
<div class="date-outer">
<h2 class='date-header'><span>Freitag, 27. November 2026</span></h2>
<div class="date-posts">
<div class='post-outer'>
<div class='post hentry uncustomized-post-template' itemprop='blogPost' itemscope='itemscope' itemtype='http://schema.org/BlogPosting'>
<meta content='https://blogger.googleusercontent.com/img/b/R29vZ2xl/socken.jpg' itemprop='image_url'/>
<meta content='4711' itemprop='blogId'/>
<meta content='1234' itemprop='postId'/>
<a name='1234'></a>
<h3 class='post-title entry-title' itemprop='name'>Warum ich blogge – meine Antwort zur Blogparade</h3>
<div class='post-header'><div class='post-header-line-1'></div></div>
<div class='post-body entry-content' id='post-body-1234' itemprop='description articleBody'>
Seit 2009 zeige ich hier meine Socken, Schals und Fehlversuche. Warum eigentlich? Die <a href="{CALL}">Blogparade „Warum bloggen?“</a> hat mich zum Nachdenken gebracht.<br /><br />
Es fing mit einem Paar Socken an, das ich meiner Schwester nach Kanada geschickt habe. Sie wollte sehen, wie die Ferse entsteht, und ich habe jeden Abend ein Foto hochgeladen. Daraus wurde dieses Blog.<br /><br />
<div class="separator" style="clear: both; text-align: center;"><a href="https://blogger.googleusercontent.com/img/b/R29vZ2xl/socken.jpg" style="margin-left: 1em; margin-right: 1em;"><img border="0" data-original-height="800" data-original-width="600" height="320" src="https://blogger.googleusercontent.com/img/b/R29vZ2xl/s320/socken.jpg" width="240" /></a></div><br />
Heute lesen hier vielleicht zwanzig Leute mit, aber mit einigen schreibe ich mir seit Jahren. Wir tauschen Muster, Wolle und manchmal auch Sorgen. Das ist für mich der eigentliche Grund: Das Blog ist ein Wohnzimmer, in das man Gäste einladen kann.<br /><br />
Und ganz ehrlich: Ich schaue mir selbst gern an, was ich vor zehn Jahren gestrickt habe. Manches davon würde ich heute nicht mehr anziehen.
<div style='clear: both;'></div>
</div>
<div class='post-footer'>
<div class='post-footer-line post-footer-line-1'><span class='post-author vcard'>Eingestellt von <span class='fn' itemprop='author' itemscope='itemscope' itemtype='http://schema.org/Person'><meta content='https://www.blogger.com/profile/0815' itemprop='url'/><a class='g-profile' href='https://www.blogger.com/profile/0815' rel='author' title='author profile'><span itemprop='name'>Liesel Hartmann</span></a></span></span>
<span class='post-comment-link'><a class='comment-link' href='https://strickliesel.blogspot.com/2026/11/warum-ich-blogge.html#comment-form' onclick=''>3 Kommentare:</a></span></div>
<div class='post-footer-line post-footer-line-2'><span class='post-labels'>Labels: <a href='https://strickliesel.blogspot.com/search/label/Blogparade' rel='tag'>Blogparade</a></span></div>
</div>
</div>
<div class='comments' id='comments'>
<a name='comments'></a><h4>3 Kommentare:</h4>
<div class='comments-content'><div class='comment-thread'><ol><li class='comment' id='c555'><div class='avatar-image-container'><img src='//www.blogger.com/img/blogger_logo_round_35.png' alt=''/></div><div class='comment-block'><div class='comment-header'><cite class='user'><a href='https://www.blogger.com/profile/999' rel='nofollow'>Wollmaus</a></cite><span class='icon user'></span><span class='datetime secondary-text'><a rel='nofollow' href='https://strickliesel.blogspot.com/2026/11/warum-ich-blogge.html?showComment=1764251000000#c555'>27. November 2026 um 14:03</a></span></div><p class='comment-content'>Wie schön, liebe Liesel! Ich bin auch bei der <a href="{OTHER_CALL}" rel="nofollow">Lieblingsbücher-Parade</a> dabei.</p></div></li></ol></div></div>
</div>
</div>
</div></div>
</div>
<div class='blog-pager' id='blog-pager'><span id='blog-pager-newer-link'><a class='blog-pager-newer-link' href='https://strickliesel.blogspot.com/2026/11/adventskalender.html' id='Blog1_blog-pager-newer-link' title='Neuerer Post'>Neuerer Post</a></span><a class='home-link' href='https://strickliesel.blogspot.com/'>Startseite</a></div>
</div></div>
</div></div></div>
<div class='column-right-outer'><div class='column-right-inner'><aside><div class='sidebar section' id='sidebar-right-1'>
<div class='widget HTML' data-version='1' id='HTML2'><h2 class='title'>Blogparaden</h2><div class='widget-content'><a href="{CALL}">Warum bloggen?</a><br/><a href="{OTHER_CALL}">Lieblingsbücher</a></div></div>
<div class='widget Profile' data-version='1' id='Profile1'><h2>Über mich</h2><div class='widget-content'><a href='https://www.blogger.com/profile/0815'><img alt='Mein Bild' class='profile-img' height='80' src='//blogger.googleusercontent.com/img/b/liesel.jpg' width='60'/></a><dl class='profile-datablock'><dt class='profile-data'><a class='profile-name-link g-profile' href='https://www.blogger.com/profile/0815' rel='author'>Liesel Hartmann</a></dt></dl></div></div>
</div></aside></div></div>
</div></div></div>
<footer><div class='footer-outer'><div class='footer-inner'><div class='foot section' id='footer-3'><div class='widget Attribution' data-version='1' id='Attribution1'><div class='widget-content' style='text-align: center;'>Design „Einfach“. Powered by <a href='https://www.blogger.com' target='_blank'>Blogger</a>.</div></div></div></div></div></footer>
</div></div></div>
</body>
</html>""",
    url="https://strickliesel.blogspot.com/2026/11/warum-ich-blogge.html",
    title="Warum ich blogge – meine Antwort zur Blogparade",
    author_name="Liesel Hartmann",
    published="2026-11-27",
    summary_prefix="Seit 2009 zeige ich hier meine Socken",
    language="de",
    kind="article",
    must_not_link=[OTHER_CALL, "https://www.blogger.com/profile/999", "https://www.blogger.com"],
)

# 8 Blogger, Contempo layout: the blog's language setting says English (lang='en'), the posts
# are German; a comment and the sidebar repeat the call
page(
    "blogger-contempo-wrong-lang-de",
    f"""<!DOCTYPE html>
<html dir='ltr' lang='en'>
<head>
<meta content='width=device-width, initial-scale=1' name='viewport'/>
<title>Fünf Gründe, warum ich blogge</title>
<meta content='text/html; charset=UTF-8' http-equiv='Content-Type'/>
<meta content='blogger' name='generator'/>
<link href='https://kuechenchaos.blogspot.com/2024/03/fuenf-gruende.html' rel='canonical'/>
<meta content='Fünf Gründe, warum ich seit zwölf Jahren über Essen, Familie und Chaos schreibe – mein Beitrag zur Blogparade.' name='description'/>
<meta content='https://kuechenchaos.blogspot.com/2024/03/fuenf-gruende.html' property='og:url'/>
<meta content='Fünf Gründe, warum ich blogge' property='og:title'/>
<meta content='Fünf Gründe, warum ich seit zwölf Jahren über Essen, Familie und Chaos schreibe – mein Beitrag zur Blogparade.' property='og:description'/>
<meta content='https://blogger.googleusercontent.com/img/b/R29vZ2xl/w1200-h630-p-k-no-nu/topf.jpg' property='og:image'/>
<style>/* Contempo */ body{{overflow-wrap:break-word;word-break:break-word;word-wrap:break-word}}.hidden{{display:none}}</style>
<script async='async' src='https://www.gstatic.com/external_hosted/clipboardjs/clipboard.min.js'></script>
</head>
<body class='version-1-3-3 variant-indie_light'>
<a class='skip-navigation' href='#main' tabindex='0'>Skip to main content</a>
<div class='page'><div class='bg-photo-overlay'></div><div class='bg-photo-container'><div class='bg-photo'></div></div>
<div class='page_body'><div class='centered'>
<div class='centered-top-placeholder'></div>
<header class='centered-top-container' role='banner'><div class='centered-top'><div class='blog-name container'><div class='container section' id='header' name='Header'><div class='widget Header' data-version='2' id='Header1'><div class='header-widget'><div><h1><a href='https://kuechenchaos.blogspot.com/'>Küchenchaos</a></h1></div><p>Kochen mit drei Kindern und einem Hund</p></div></div></div></div></div></header>
<main class='centered-bottom' id='main' role='main' tabindex='-1'>
<div class='main section' id='page_body' name='Page body'><div class='widget Blog' data-version='2' id='Blog1'>
<div class='blog-posts hfeed container'>
<article class='post-outer-container'>
<div class='post-outer'><div class='post'>
<script type='application/ld+json'>{{
  "@context": "http://schema.org",
  "@type": "BlogPosting",
  "mainEntityOfPage": {{"@type": "WebPage", "@id": "https://kuechenchaos.blogspot.com/2024/03/fuenf-gruende.html"}},
  "headline": "Fünf Gründe, warum ich blogge",
  "description": "Fünf Gründe, warum ich seit zwölf Jahren über Essen, Familie und Chaos schreibe – mein Beitrag zur Blogparade.",
  "datePublished": "2024-03-21T20:15:00+01:00",
  "dateModified": "2024-03-21T20:31:12+01:00",
  "image": {{"@type": "ImageObject", "url": "https://blogger.googleusercontent.com/img/b/R29vZ2xl/w1200-h630-p-k-no-nu/topf.jpg", "height": 630, "width": 1200}},
  "publisher": {{"@type": "Organization", "name": "Blogger", "logo": {{"@type": "ImageObject", "url": "https://blogger.googleusercontent.com/img/b/U2hvZWJveA/AVvXsEgfMvYAhAbdHksiBA24JKmb2Tav6K0GviwztID3Cq4VpV96HaJfy0viIu8z1SSw_G9n5FQHZWSRao61M3e58ImahqBtr7LiOUS6m_w59IvDYwjmMcbq3fKW4JSbacqkbxTo8B90dWp0Cese92xfLMPe_tg11g/h60/", "width": 206, "height": 60}}}},
  "author": {{"@type": "Person", "name": "Svenja K."}}
}}</script>
<a name='5678'></a>
<h3 class='post-title entry-title'>Fünf Gründe, warum ich blogge</h3>
<div class='post-share-buttons post-share-buttons-top'><div class='byline post-share-buttons goog-inline-block'><div aria-owns='sharing-popup-Blog1-byline-5678' class='sharing' data-title='Fünf Gründe, warum ich blogge'><button aria-controls='sharing-popup-Blog1-byline-5678' aria-label='Share' class='sharing-button touch-icon-button' id='sharing-button-Blog1-byline-5678' role='button'><div class='flat-icon-button ripple'><svg class='svg-icon-24'><use xlink:href='/responsive/sprite_v1_6.css.svg#ic_share_black_24dp' xmlns:xlink='http://www.w3.org/1999/xlink'></use></svg></div></button><div class='share-buttons-container'><ul aria-hidden='true' aria-label='Share' class='share-buttons hidden' id='sharing-popup-Blog1-byline-5678' role='menu'><li><span aria-label='Get link' class='sharing-platform-button sharing-element-link' data-href='https://www.blogger.com/share-post.g?blogID=42&postID=5678&target=' data-url='https://kuechenchaos.blogspot.com/2024/03/fuenf-gruende.html' role='menuitem' tabindex='-1' title='Get link'><span class='platform-sharing-text'>Get link</span></span></li></ul></div></div></div></div>
<div class='post-header'><div class='post-header-line-1'><span class='byline post-author vcard'><span class='byline-label'>By</span><span class='fn'><meta content='https://www.blogger.com/profile/1212' itemprop='url'/><a class='g-profile' href='https://www.blogger.com/profile/1212' rel='author' title='author profile'><span itemprop='name'>Svenja K.</span></a></span></span>
<span class='byline post-timestamp'><meta content='https://kuechenchaos.blogspot.com/2024/03/fuenf-gruende.html'/><a class='timestamp-link' href='https://kuechenchaos.blogspot.com/2024/03/fuenf-gruende.html' rel='bookmark' title='permanent link'><time class='published' datetime='2024-03-21T20:15:00+01:00' title='2024-03-21T20:15:00+01:00'>March 21, 2024</time></a></span></div></div>
<div class='post-body entry-content float-container' id='post-body-5678'>
<p>Zwölf Jahre schreibe ich jetzt über das, was bei uns auf den Tisch kommt, und über das Chaos drumherum. Für die <a href="{CALL}">Blogparade „Warum bloggen?“</a> habe ich meine Gründe einmal aufgeschrieben.</p>
<p><b>1. Ich vergesse Rezepte.</b> Wirklich. Ohne das Blog wüsste ich nicht mehr, wie die Linsensuppe ging, die alle drei Kinder essen.</p>
<p><b>2. Die Leserinnen.</b> Aus Kommentaren sind Freundschaften geworden, und eine davon hat mir beim Umzug geholfen.</p>
<p><b>3. Es ist meins.</b> Kein Algorithmus entscheidet, wer meine Texte sieht, und keine Firma kann sie löschen.</p>
<p><b>4. Schreiben sortiert den Kopf.</b> Nach einem chaotischen Tag hilft mir nichts so sehr wie ein Beitrag, in dem ich aus dem Chaos eine Geschichte mache.</p>
<p><b>5. Die Kinder lesen mit.</b> Meine Große sucht sich inzwischen selbst Rezepte im Archiv aus. Das ist vielleicht der schönste Grund von allen.</p>
</div>
<div class='post-footer'><div class='post-footer-line post-footer-line-0'><span class='byline post-labels'><span class='byline-label'>Labels:</span><a href='https://kuechenchaos.blogspot.com/search/label/Blogparade' rel='tag'>Blogparade</a></span></div></div>
</div>
<section class='comments threaded' data-embed='true' data-num-comments='1' id='comments'><a name='comments'></a><h3 class='title'>Comments</h3><div class='comments-content'><div id='comment-holder'><div class='comment-thread toplevel-thread'><ol id='top-ra'><li class='comment' id='c9001'><div class='comment-block'><div class='comment-header'><cite class='user'><a href='https://www.blogger.com/profile/3333' rel='nofollow'>Brotzeitblog</a></cite></div><p class='comment-content'>Toll! Für alle, die auch mitmachen wollen: <a href="{CALL}">{CALL}</a></p></div></li></ol></div></div></div></section>
</div>
</article>
</div>
</div></div>
</main>
</div></div>
<aside class='sidebar-container container sidebar-invisible' role='complementary'><div class='sidebar_bottom section' id='sidebar_bottom'><div class='widget LinkList' data-version='2' id='LinkList1'><h3 class='title'>Blogparaden</h3><div class='widget-content'><ul><li><a href='{OTHER_CALL}'>Lieblingsbücher</a></li></ul></div></div></div></aside>
</div>
<footer class='footer section' id='footer' name='Footer'><div class='widget Attribution' data-version='2' id='Attribution1'><div class='widget-content'><div class='blogger'><a href='https://www.blogger.com' rel='nofollow'>Powered by Blogger</a></div></div></div></footer>
</body>
</html>""",
    url="https://kuechenchaos.blogspot.com/2024/03/fuenf-gruende.html",
    title="Fünf Gründe, warum ich blogge",
    author_name="Svenja K.",
    published="2024-03-21T20:15:00+01:00",
    summary_prefix="Fünf Gründe, warum ich seit zwölf Jahren",
    language="de",
    kind="article",
    must_not_link=[OTHER_CALL, "https://www.blogger.com/profile/3333"],
)

# 9 Medium, publication post: atomic CSS classes, the title tag "Title | by Name | Pub | Medium",
# the JSON-LD headline with " - Medium", "Member-only story", a "More from" block
page(
    "medium-publication-en",
    f"""<!doctype html><html lang="en"><head><title>What Twelve Years of Blogging Taught Me About Attention | by Marcus Ellery | The Writing Cooperative | Medium</title><meta data-rh="true" charset="utf-8"/><meta data-rh="true" name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1,maximum-scale=1"/><meta data-rh="true" name="theme-color" content="#000000"/><meta data-rh="true" name="twitter:app:name:iphone" content="Medium"/><meta data-rh="true" property="al:ios:app_name" content="Medium"/><meta data-rh="true" property="og:site_name" content="Medium"/><meta data-rh="true" property="og:type" content="article"/><meta data-rh="true" property="article:published_time" content="2024-03-15T14:02:51.318Z"/><meta data-rh="true" name="title" content="What Twelve Years of Blogging Taught Me About Attention | by Marcus Ellery | The Writing Cooperative | Medium"/><meta data-rh="true" property="og:title" content="What Twelve Years of Blogging Taught Me About Attention"/><meta data-rh="true" property="al:android:url" content="medium://p/9f1e2d3c4b5a"/><meta data-rh="true" name="description" content="Attention is not the same as readers. Notes for the blog parade on why we blog."/><meta data-rh="true" property="og:description" content="Attention is not the same as readers. Notes for the blog parade on why we blog."/><meta data-rh="true" property="og:url" content="https://writingcooperative.example/what-twelve-years-of-blogging-taught-me-9f1e2d3c4b5a"/><meta data-rh="true" property="og:image" content="https://miro.medium.com/v2/resize:fit:1200/1*abc.jpeg"/><meta data-rh="true" property="article:author" content="https://medium.com/@marcusellery"/><meta data-rh="true" name="author" content="Marcus Ellery"/><meta data-rh="true" name="robots" content="index,noarchive,follow,max-image-preview:large"/><meta data-rh="true" name="referrer" content="unsafe-url"/><meta data-rh="true" property="twitter:title" content="What Twelve Years of Blogging Taught Me About Attention"/><meta data-rh="true" name="twitter:site" content="@WritingCoop"/><meta data-rh="true" name="twitter:creator" content="@marcusellery"/><meta data-rh="true" name="twitter:label1" content="Reading time"/><meta data-rh="true" name="twitter:data1" content="5 min read"/><link data-rh="true" rel="author" href="https://medium.com/@marcusellery"/><link data-rh="true" rel="canonical" href="https://writingcooperative.example/what-twelve-years-of-blogging-taught-me-9f1e2d3c4b5a"/><script data-rh="true" type="application/ld+json">{{"@context":"http:\\u002F\\u002Fschema.org","@type":"NewsArticle","image":["https:\\u002F\\u002Fmiro.medium.com\\u002Fv2\\u002Fresize:fit:1200\\u002F1*abc.jpeg"],"url":"https:\\u002F\\u002Fwritingcooperative.example\\u002Fwhat-twelve-years-of-blogging-taught-me-9f1e2d3c4b5a","dateCreated":"2024-03-15T14:02:51.318Z","datePublished":"2024-03-15T14:02:51.318Z","dateModified":"2024-03-16T09:11:04.201Z","headline":"What Twelve Years of Blogging Taught Me About Attention - The Writing Cooperative","name":"What Twelve Years of Blogging Taught Me About Attention - The Writing Cooperative","description":"Attention is not the same as readers. Notes for the blog parade on why we blog.","identifier":"9f1e2d3c4b5a","author":{{"@type":"Person","name":"Marcus Ellery","url":"https:\\u002F\\u002Fmedium.com\\u002F@marcusellery"}},"creator":["Marcus Ellery"],"publisher":{{"@type":"Organization","name":"The Writing Cooperative","url":"https:\\u002F\\u002Fwritingcooperative.example","logo":{{"@type":"ImageObject","width":240,"height":240,"url":"https:\\u002F\\u002Fmiro.medium.com\\u002Fv2\\u002Fresize:fill:240:240\\u002F1*logo.png"}}}},"mainEntityOfPage":"https:\\u002F\\u002Fwritingcooperative.example\\u002Fwhat-twelve-years-of-blogging-taught-me-9f1e2d3c4b5a","isAccessibleForFree":false}}</script><link rel="stylesheet" type="text/css" href="https://glyph.medium.com/css/unbound.css"/><style type="text/css" data-fela-rehydration="571" data-fela-type="STATIC">html{{box-sizing:border-box;-webkit-text-size-adjust:100%}}</style></head><body><div id="root"><div class="a b c"><div class="d e f g h i j k"></div><script>document.domain = document.domain;</script><div class="l c"><div class="l c"><div class="m n o p q r s t u v w x y z ab ac"><div class="ad ae af ag ah ai aj ak al am an ao ap aq ar"><a class="au av aw ax ay az ba bb bc bd be bf bg bh bi" href="https://medium.com/?source=post_page---top_nav_layout_nav----------------------------------" aria-label="Homepage" data-testid="headerMediumLogo" rel="noopener follow"><svg viewBox="0 0 719 160" class="bj"><path fill="#242424" d="m174.104 9.734.215-.047V8.02H130.39"></path></svg></a></div></div></div>
<div class="l ce eo ep eq"><div class="ab ca"><div class="ch bg fw fx fy fz"><article><div class="l"><div class="l"><section><div><div class="fp gb gc gd ge"><div class="ab ca"><div class="ch bg fw fx fy fz"><div class="gf gg ab"><div class="ab q gh"><svg width="16" height="16" viewBox="0 0 64 64" fill="none"><path fill="#FFC017" d="m39.637 40.831-5.771 15.871"></path></svg><p class="bf b dv z dx">Member-only story</p></div></div><div><h1 id="5c2a" class="pw-post-title gi gj gk bf gl gm gn go gp gq gr gs gt gu gv gw gx gy gz ha hb hc hd he hf hg bk" data-testid="storyTitle" data-selectable-paragraph="">What Twelve Years of Blogging Taught Me About Attention</h1></div><div><h2 id="3f0d" class="pw-subtitle-paragraph hh gj gk bf b hi hj hk hl hm hn ho hp hq hr hs ht hu hv hw cp dx" data-selectable-paragraph="">Attention is not the same as readers</h2><div class="speechify-ignore ab cp"><div class="speechify-ignore bg l"><div class="hx hy hz ia ib ab"><div><div class="ab ic"><div><div class="bm" aria-hidden="false"><a href="/@marcusellery?source=post_page---byline--9f1e2d3c4b5a--------------------------------" rel="noopener follow"><div class="l id ie by if ig"><img alt="Marcus Ellery" class="l fe by dc dd cx" src="https://miro.medium.com/v2/resize:fill:88:88/1*me.jpeg" width="44" height="44" loading="lazy" data-testid="authorPhoto"/></div></a></div></div></div></div><div class="bm bg l"><div class="ab"><div style="flex:1"><span class="bf b bg z bk"><div class="ih ab q"><div class="ab q ii"><div class="ab q"><div><div class="bm" aria-hidden="false"><p class="bf b ij ik bk"><a class="af ag ah ai aj ak al am an ao ap aq ar il" data-testid="authorName" href="/@marcusellery?source=post_page---byline--9f1e2d3c4b5a--------------------------------" rel="noopener follow">Marcus Ellery</a></p></div></div></div><span class="im in" aria-hidden="true"><span class="bf b bg z dx">·</span></span><p class="bf b ij ik dx"><span><a class="io ip ah ai aj ak al am an ao ap aq ar ex iq ir" href="/m/signin?actionUrl=https%3A%2F%2Fmedium.com%2F_%2Fsubscribe%2Fuser%2F1&amp;operation=register" rel="noopener follow">Follow</a></span></p></div></div></span></div></div><div class="l is"><span class="bf b bg z dx"><div class="ab cn it iu iv"><div class="iw ix ab"><div class="bf b bg z dx ab iy"><span class="iz l is">Published in</span><div><div class="l" aria-hidden="false"><a class="af ag ah ai aj ak al am an ao ap aq ar il ab q" data-testid="publicationName" href="https://writingcooperative.example/?source=post_page---byline--9f1e2d3c4b5a--------------------------------" rel="noopener follow"><p class="bf b bg z ja jb jc jd je jf jg jh bk">The Writing Cooperative</p></a></div></div></div><div class="h k"><span class="im in" aria-hidden="true"><span class="bf b bg z dx">·</span></span></div></div><span class="bf b bg z dx"><div class="ab ae"><span data-testid="storyReadTime">5 min read</span><div class="ji jj l" aria-hidden="true"><span class="l" aria-hidden="true"><span class="bf b bg z dx">·</span></span></div><span data-testid="storyPublishDate">Mar 15, 2024</span></div></span></div></span></div></div></div></div></div></div>
<p id="a1b2" class="pw-post-body-paragraph jk jl gk jm b jn jo jp jq jr js jt ju jv jw jx jy jz ka kb kc kd ke kf kg kh gd bk" data-selectable-paragraph="">When I started blogging in 2012 I wanted attention. I checked my stats twice a day and felt every dip. Twelve years later, writing this for <a class="af ki" href="{CALL}" rel="noopener ugc nofollow" target="_blank">the blog parade on why we blog</a>, I want something else: I want the attention of a few people who read slowly.</p>
<p id="c3d4" class="pw-post-body-paragraph jk jl gk jm b jn jo jp jq jr js jt ju jv jw jx jy jz ka kb kc kd ke kf kg kh gd bk" data-selectable-paragraph="">The numbers never told me who those people were. The replies did. A long email from a reader in Lagos taught me more than a year of dashboards, and it came because of a post that had ninety views.</p>
<p id="e5f6" class="pw-post-body-paragraph jk jl gk jm b jn jo jp jq jr js jt ju jv jw jx jy jz ka kb kc kd ke kf kg kh gd bk" data-selectable-paragraph="">So I keep writing, partly here and partly on my own site, and I have stopped looking at the stats. The writing got better the week I stopped.</p>
</div></div></div></div></section></div></div></article></div></div>
<div class="ab ca"><div class="ch bg fw fx fy fz"><div class="ab cp ov"><h2 class="bf ow ox oy oz pa pb pc pd pe pf pg ph pi pj pk pl pm pn bk">More from Marcus Ellery and The Writing Cooperative</h2></div><div class="po"><article class="pp"><a href="{OTHER_CALL}" rel="noopener follow"><h2 class="bf gl qa qb qc qd qe qf qg qh bk">My favourite books, a parade entry</h2></a><p class="bf b hi z ja qi jc jd qj jf jh dx">Ten books that changed how I write, and one that I still do not understand after four readings and a long argument with my sister.</p></article></div></div></div>
</div></div><script>window.__BUILD_ID__="main-20240315-173312-3e1c9f2b1a"</script><script>window.__APOLLO_STATE__ = {{"ROOT_QUERY":{{"__typename":"Query"}}}}</script></body></html>""",
    url="https://writingcooperative.example/what-twelve-years-of-blogging-taught-me-9f1e2d3c4b5a",
    title="What Twelve Years of Blogging Taught Me About Attention",
    author_name="Marcus Ellery",
    published="2024-03-15T14:02:51.318000+00:00",
    summary_prefix="Attention is not the same as readers",
    language="en",
    kind="article",
    must_not_link=[OTHER_CALL],
)

# 10 Substack, a German newsletter: Substack always says lang="en"; subscribe widgets inside
# the body, a paywall, author as a list in JSON-LD, "Teilen" buttons
page(
    "substack-german-de",
    f"""<!DOCTYPE html>
<html lang="en">
    <head>
        <meta charset="utf-8" />
        <meta name="norton-safeweb-site-verification" content="24usqpep0ejc5w6hod3dulxwciwp0djs6c6ufp96av3t4whuxovj72wfkdjxu82yacb7430qjm8adbd5ezlt4592dq4zrvadcn9j9n-0btgdzpiojfzno16-fnsnu7xd" />
        <link rel="preconnect" href="https://substackcdn.com" />
            <title data-rh="true">Wozu noch bloggen? - von Jana Hoff</title>
            <meta data-rh="true" name="theme-color" content="#ffffff"/><meta data-rh="true" property="og:type" content="article"/><meta data-rh="true" property="og:title" content="Wozu noch bloggen?"/><meta data-rh="true" name="twitter:title" content="Wozu noch bloggen?"/><meta data-rh="true" name="description" content="Warum ich meinen Newsletter als Blog verstehe – ein Beitrag zur Blogparade"/><meta data-rh="true" property="og:description" content="Warum ich meinen Newsletter als Blog verstehe – ein Beitrag zur Blogparade"/><meta data-rh="true" name="twitter:description" content="Warum ich meinen Newsletter als Blog verstehe – ein Beitrag zur Blogparade"/><meta data-rh="true" property="og:image" content="https://substackcdn.com/image/fetch/w_1200,h_600,c_fill,f_jpg,q_auto:good,fl_progressive:steep,g_auto/https%3A%2F%2Fsubstack-post-media.s3.amazonaws.com%2Fpublic%2Fimages%2Fab12.png"/><meta data-rh="true" name="twitter:card" content="summary_large_image"/><meta data-rh="true" name="author" content="Jana Hoff"/>
            <link data-rh="true" rel="canonical" href="https://janahoff.substack.com/p/wozu-noch-bloggen"/>
            <script data-rh="true" type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","url":"https://janahoff.substack.com/p/wozu-noch-bloggen","mainEntityOfPage":"https://janahoff.substack.com/p/wozu-noch-bloggen","headline":"Wozu noch bloggen?","description":"Warum ich meinen Newsletter als Blog verstehe – ein Beitrag zur Blogparade","image":[{{"@type":"ImageObject","url":"https://substack-post-media.s3.amazonaws.com/public/images/ab12.png"}}],"datePublished":"2024-03-18T05:02:11+00:00","dateModified":"2024-03-18T05:02:11+00:00","isAccessibleForFree":false,"author":[{{"@type":"Person","name":"Jana Hoff","url":"https://substack.com/@janahoff","description":"Schreibt über Arbeit, Stadt und Sprache.","identifier":"user:4455","image":{{"@type":"ImageObject","contentUrl":"https://substack-post-media.s3.amazonaws.com/public/images/jana.jpg","thumbnailUrl":"https://substackcdn.com/image/fetch/w_128,h_128,c_limit/jana.jpg"}}}}],"publisher":{{"@type":"Organization","name":"Stadtsprache","url":"https://janahoff.substack.com","description":"Ein Newsletter über Arbeit, Stadt und Sprache.","interactionStatistic":{{"@type":"InteractionCounter","name":"Subscribers","interactionType":"https://schema.org/SubscribeAction","userInteractionCount":1000}},"identifier":"pub:778899","logo":{{"@type":"ImageObject","url":"https://substackcdn.com/image/fetch/logo.png","contentUrl":"https://substackcdn.com/image/fetch/logo.png","thumbnailUrl":"https://substackcdn.com/image/fetch/w_128/logo.png"}},"image":{{"@type":"ImageObject","url":"https://substackcdn.com/image/fetch/logo.png"}},"sameAs":[]}}}}</script>
        <link rel="stylesheet" type="text/css" href="https://substackcdn.com/bundle/theme/main.css" />
    </head>
    <body class="pc-root">
        <div id="entry"><div id="main" class="main typography use-theme-bg"><div class="pencraft pc-display-contents pc-reset pubTheme-yiXxQA">
        <div class="main-menu" data-testid="navbar"><div class="topbar-content"><div class="navbar-title"><h1 class="navbar-title-link"><a href="/">Stadtsprache</a></h1></div><div class="navbar-buttons"><button tabindex="0" type="button" class="button primary subscribe-btn">Abonnieren</button><button tabindex="0" type="button" class="button">Anmelden</button></div></div></div>
        <div class="single-post-container"><div class="container"><div class="single-post"><div class="pencraft pc-display-contents pc-reset pubTheme-yiXxQA"><article class="typography newsletter-post post">
        <div class="post-header"><h1 dir="auto" class="post-title published title-X77sOw">Wozu noch bloggen?</h1><h3 dir="auto" class="subtitle subtitle-HEEcLo">Warum ich meinen Newsletter als Blog verstehe – ein Beitrag zur Blogparade</h3>
        <div class="pencraft pc-display-flex pc-gap-12 pc-paddingTop-16 pc-paddingBottom-16 pc-justifyContent-space-between pc-alignItems-center flex-grow-rzmknG border-top-detail-themed pc-borderColor-utility-detail pc-borderTop-solid"><div class="pencraft pc-display-flex pc-gap-12 pc-alignItems-center pc-reset"><div class="pencraft pc-display-flex pc-flexDirection-row pc-gap-8 pc-alignItems-center pc-justifyContent-flex-start pc-reset"><a href="https://substack.com/@janahoff" class="pencraft pc-display-contents pc-reset"><div class="user-hover-card"><img src="https://substackcdn.com/image/fetch/w_80,h_80/jana.jpg" alt="" width="40" height="40" class="img-OACg1c"/></div></a></div><div class="pencraft pc-display-flex pc-flexDirection-column pc-reset"><div class="pencraft pc-reset color-pub-primary-text-NyXPlw line-height-20-t4M0El font-text-qe4AeH size-13-hZTUKr weight-medium-fw81nC transform-uppercase-yKDgcq reset-IxiVJZ meta-EgzBVA"><span class="pencraft pc-reset decoration-hover-underline-ClDVRM reset-IxiVJZ"><a href="https://substack.com/@janahoff" class="pencraft pc-reset link-HFGZLd">Jana Hoff</a></span></div><div class="pencraft pc-display-flex pc-gap-4 pc-reset"><div class="pencraft pc-reset color-pub-secondary-text-hGQ02T line-height-20-t4M0El font-meta-MWBumP size-11-NuY2Zx weight-medium-fw81nC transform-uppercase-yKDgcq reset-IxiVJZ meta-EgzBVA">18. März 2024</div></div></div></div></div></div>
        <div class="available-content"><div dir="auto" class="body markup">
        <p>Mein Newsletter ist eigentlich ein Blog, das zufällig auch per Mail kommt. Das ist die kürzeste Antwort, die ich auf die Frage der <a href="{CALL}" rel="">Blogparade „Warum bloggen?“</a> geben kann.</p>
        <div class="subscription-widget-wrap-editor" data-attrs="{{&quot;url&quot;:&quot;https://janahoff.substack.com/subscribe?&quot;,&quot;text&quot;:&quot;Abonnieren&quot;,&quot;language&quot;:&quot;de&quot;}}" data-component-name="SubscribeWidgetToDOM"><div class="subscription-widget show-subscribe"><div class="preamble"><p class="cta-caption">Stadtsprache ist ein Newsletter, der von Leserinnen und Lesern getragen wird. Um neue Beiträge zu erhalten, abonniere kostenlos.</p></div><form class="subscription-widget-subscribe"><input type="email" class="email-input" name="email" placeholder="E-Mail-Adresse eingeben …" tabindex="-1"><input type="submit" class="button primary" value="Abonnieren"></form></div></div>
        <p>Ich schreibe über Arbeit, Stadt und Sprache, und ich schreibe lange Texte. Die Entscheidung für Substack war eine praktische: Die Leute wollten die Texte im Postfach haben. Aber jeder Beitrag hat eine Adresse im Netz, man kann auf ihn verlinken, und er bleibt. Genau das unterscheidet für mich ein Blog von einem Feed.</p>
        <p>Trotzdem bin ich unruhig. Was, wenn die Plattform morgen andere Regeln macht? Deshalb exportiere ich jeden Monat alles und habe eine eigene Domain. Bloggen heißt für mich auch: den Ausgang kennen.</p>
        </div></div>
        <div class="paywall" data-component-name="Paywall"><h2 class="paywall-title">Lies weiter mit einem kostenlosen Probeabo</h2><div class="paywall-cta"><p>Abonniere Stadtsprache, um weiterzulesen und Zugriff auf das vollständige Archiv zu erhalten.</p><a class="button primary" href="/subscribe?simple=true&amp;next=https%3A%2F%2Fjanahoff.substack.com%2Fp%2Fwozu-noch-bloggen">Probeabo starten</a></div></div>
        <div class="post-footer"><div class="post-ufi"><a role="button" class="post-ufi-button style-button" href="https://janahoff.substack.com/p/wozu-noch-bloggen/comments"><span class="label">12 Kommentare</span></a><a role="button" class="post-ufi-button style-button" href="javascript:void(0)"><span class="label">Teilen</span></a></div></div>
        </article></div></div></div></div>
        <div class="footer-wrap publication-footer"><div class="footer"><div class="container"><div class="footer-buttons"><a class="button" href="https://substack.com/signup?utm_source=substack&amp;utm_medium=web&amp;utm_content=footer">Starte deinen Substack</a><a class="button" href="https://substack.com/app/app-store-redirect?utm_campaign=app-marketing&amp;utm_content=web-footer-button">Die App holen</a></div><div class="footer-terms"><span class="copyright">© 2024 Jana Hoff</span> · <a href="https://substack.com/privacy" target="_blank" rel="noopener">Datenschutz</a></div><div class="footer-substack-cta"><a href="https://substack.com" native="true">Substack</a> ist die Heimat für großartige Kultur</div></div></div></div>
        </div></div></div>
        <script>window._preloads = JSON.parse("{{\\"isEU\\":true,\\"language\\":\\"de\\",\\"post\\":{{\\"id\\":140000001,\\"title\\":\\"Wozu noch bloggen?\\"}}}}")</script>
    </body>
</html>""",
    url="https://janahoff.substack.com/p/wozu-noch-bloggen",
    title="Wozu noch bloggen?",
    author_name="Jana Hoff",
    published="2024-03-18T05:02:11+00:00",
    summary_prefix="Warum ich meinen Newsletter als Blog verstehe",
    language="de",
    kind="article",
    must_not_link=[
        "https://substack.com/privacy",
        "https://janahoff.substack.com/p/wozu-noch-bloggen/comments",
    ],
)

# 11 dev.to (Forem): " - DEV Community" title, a huge comment tree that links the call too,
# a sidebar of other posts
page(
    "devto-en",
    f"""<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <title>Why I blog as a junior developer - DEV Community</title>
    <link rel="canonical" href="https://dev.to/aylin_codes/why-i-blog-as-a-junior-developer-3k2p" />
    <meta name="description" content="I am eight months into my first dev job, and writing about what I learn is the best thing I do for my career. Tagged with blogging, beginners, career, writing.">
    <meta name="keywords" content="blogging, beginners, career, writing, software, coding, development, engineering, inclusive, community">
    <meta property="og:type" content="article" />
    <meta property="og:url" content="https://dev.to/aylin_codes/why-i-blog-as-a-junior-developer-3k2p" />
    <meta property="og:title" content="Why I blog as a junior developer" />
    <meta property="og:description" content="I am eight months into my first dev job, and writing about what I learn is the best thing I do for my career." />
    <meta property="og:site_name" content="DEV Community" />
    <meta name="twitter:site" content="@thepracticaldev">
    <meta name="twitter:creator" content="@aylin_codes">
    <meta name="twitter:title" content="Why I blog as a junior developer">
    <meta property="og:image" content="https://media2.dev.to/dynamic/image/width=1000,height=500,fit=cover,gravity=auto,format=auto/https%3A%2F%2Fdev-to-uploads.s3.amazonaws.com%2Fuploads%2Farticles%2Fx.png" />
    <meta name="last-updated" content="2024-03-22 10:12:01 UTC">
    <meta name="user-signed-in" content="false">
    <meta name="environment" content="production">
    <link rel="stylesheet" href="https://assets.dev.to/assets/minimal-044fa.css" media="all" id="main-minimal-stylesheet">
    <script type="application/ld+json">
      {{"@context":"http://schema.org","@type":"Article","mainEntityOfPage":{{"@type":"WebPage","@id":"https://dev.to/aylin_codes/why-i-blog-as-a-junior-developer-3k2p"}},"url":"https://dev.to/aylin_codes/why-i-blog-as-a-junior-developer-3k2p","image":["https://media2.dev.to/dynamic/image/width=1080,height=1080,fit=cover,gravity=auto,format=auto/x.png"],"publisher":{{"@context":"http://schema.org","@type":"Organization","name":"DEV Community","logo":{{"@context":"http://schema.org","@type":"ImageObject","url":"https://media2.dev.to/dynamic/image/width=192,height=,fit=scale-down,gravity=auto,format=auto/logo.png","width":"192","height":"192"}}}},"headline":"Why I blog as a junior developer","author":{{"@context":"http://schema.org","@type":"Person","url":"https://dev.to/aylin_codes","name":"Aylin Demir"}},"datePublished":"2024-03-21T16:40:27Z","dateModified":"2024-03-22T10:12:01Z"}}
    </script>
  </head>
  <body class="sans-serif-article-body default-header" data-user-status="logged-out">
    <header id="topbar" class="crayons-header topbar print-hidden"><span id="route-change-target" tabindex="-1"></span><a href="#main-content" class="skip-content-link">Skip to content</a><div class="crayons-header__container"><a href="/" class="site-logo" aria-label="DEV Community Home"><svg width="50" height="40" class="site-logo__img"></svg></a><div class="crayons-header--search js-search-form"><form accept-charset="UTF-8" method="get" action="/search" role="search"><input class="crayons-header--search-input crayons-textfield" type="text" name="q" placeholder="Search..."></form></div></div></header>
    <div id="page-content" class="wrapper stories stories-show articles-show" data-current-page="stories-show">
      <div id="page-content-inner">
<div class="crayons-layout crayons-layout--3-cols crayons-layout--article">
  <aside class="crayons-layout__sidebar-left" aria-label="Article actions"><div class="crayons-article-actions print-hidden"><button class="crayons-reaction"><span class="crayons-reaction__count" id="reaction-number-like">42</span></button></div></aside>
  <main id="main-content" class="crayons-layout__content grid gap-4">
    <div class="article-wrapper">
      <article class="crayons-card crayons-article mb-4" id="article-show-container" data-article-id="1799001" data-author-id="887766" data-path="/aylin_codes/why-i-blog-as-a-junior-developer-3k2p" data-pin-path="/stories/feed/pinned_article">
        <header class="crayons-article__header" id="main-title">
          <div class="crayons-article__header__meta">
            <div class="flex s:items-start flex-col s:flex-row"><div id="action-space" class="crayons-article__actions mb-4 s:mb-0 s:order-last"></div>
              <div class="flex flex-1 mb-5 items-start"><div class="relative"><a href="/aylin_codes"><img class="radius-full align-middle" src="https://media2.dev.to/dynamic/image/width=50,height=50/aylin.png" width="40" height="40" alt="Aylin Demir"></a></div>
                <div class="pl-3 flex-1"><a href="/aylin_codes" class="crayons-link fw-bold">Aylin Demir</a>
                  <p class="fs-xs color-base-60">Posted on <time datetime="2024-03-21T16:40:27Z" class="date-no-year">Mar 21</time></p></div></div>
            </div>
            <h1 class="fs-3xl m:fs-4xl l:fs-5xl fw-bold s:fw-heavy lh-tight mb-2 long">Why I blog as a junior developer</h1>
            <div class="spec__tags flex flex-wrap"><a class="crayons-tag crayons-tag--monochrome" href="/t/blogging"><span class="crayons-tag__prefix">#</span>blogging</a><a class="crayons-tag crayons-tag--monochrome" href="/t/beginners"><span class="crayons-tag__prefix">#</span>beginners</a></div>
          </div>
        </header>
        <div class="crayons-article__main ">
          <div class="crayons-article__body text-styles spec__body" data-article-id="1799001" id="article-body">
<p>I am eight months into my first dev job, and writing about what I learn is the best thing I do for my career. This post is my entry for <a href="{CALL}">the "Why do you blog?" blog parade</a>, which a colleague shared in our Slack.</p>
<h2><a name="it-makes-me-finish-things" href="#it-makes-me-finish-things"></a>It makes me finish things</h2>
<p>Half-understood ideas feel fine until you try to explain them. When I write a post about, say, how our CI cache works, I discover the three things I did not actually understand. Then I go and find out.</p>
<h2><a name="it-is-a-portfolio" href="#it-is-a-portfolio"></a>It is a portfolio nobody asked for</h2>
<p>When I applied for my job, the interviewer had read two of my posts. We spent half the interview talking about one of them. No CV has ever done that for me.</p>
<p>If you are just starting out: write the post you wish you had found last week. Someone is looking for it right now.</p>
          </div>
        </div>
      </article>
      <div class="crayons-card crayons-card--secondary p-5" id="comments"><section id="comments-container" class="text-padding mb-4 border-t-1 border-0 border-solid border-base-10"><header class="relative flex justify-between items-center mb-6"><h2 class="crayons-subtitle-1">Top comments (3)</h2></header>
        <div class="comments" id="comment-trees-container"><details class="comment-wrapper js-comment-wrapper comment-wrapper--deep-0 root-comment" open><summary aria-label="Toggle this comment (and replies)"></summary><div id="comment-node-2790011" class="comment single-comment-node root comment--deep-0" data-comment-id="2790011" data-path="/aylin_codes/comment/2k9c"><div class="inner-comment"><div class="comment__details"><a href="/ben_rivers" class="crayons-link crayons-link--secondary flex items-center fw-medium m:hidden"><span class="js-comment-username">Ben Rivers</span></a></div><div class="comment__content"><div class="comment__body text-styles text-styles--secondary body" data-tracking-name="comment_body"><p>Great post! For anyone else joining: <a href="{CALL}">parade.example/p/warum-bloggen</a> — and here is mine: <a href="https://benrivers.example/why-blog">benrivers.example/why-blog</a></p></div></div></div></div></details></div>
      </section></div>
    </div>
  </main>
  <aside class="crayons-layout__sidebar-right" aria-label="Right sidebar navigation"><div class="crayons-article-sticky grid gap-4 break-word" id="article-show-primary-sticky-nav"><div class="crayons-card crayons-card--secondary"><header class="crayons-card__header"><h3 class="crayons-subtitle-2">More from <a href="/aylin_codes" class="crayons-link">Aylin Demir</a></h3></header><div><a href="/aylin_codes/my-favourite-books-for-devs-1a2b" class="crayons-link crayons-link--contentful"><div>My favourite books for devs</div></a></div></div></div></aside>
</div>
      </div>
    </div>
    <footer id="footer" class="crayons-footer print-hidden"><div id="footer-container" class="crayons-footer__container"><p class="fs-s crayons-footer__description"><a class="c-link c-link--branded fw-medium" aria-label="DEV Community Home" href="/">DEV Community</a> — A constructive and inclusive social network for software developers.</p></div></footer>
  </body>
</html>""",
    url="https://dev.to/aylin_codes/why-i-blog-as-a-junior-developer-3k2p",
    title="Why I blog as a junior developer",
    author_name="Aylin Demir",
    published="2024-03-21T16:40:27+00:00",
    summary_prefix="I am eight months into my first dev job",
    language="en",
    kind="article",
    must_not_link=[
        "https://benrivers.example/why-blog",
        "https://dev.to/aylin_codes/my-favourite-books-for-devs-1a2b",
    ],
)

# 12 WriteFreely / Write.as: h-entry without author, no lang attribute (collection language not
# set) on a German text; the only attribution is the author meta with the user name
page(
    "writeas-de",
    f"""<!DOCTYPE HTML>
<html>
	<head>
		<meta charset="utf-8">
		<title>Kleine Notiz zum Bloggen &mdash; Notizen aus dem Zug</title>
		<link rel="stylesheet" type="text/css" href="/css/write.css" />
		<link rel="shortcut icon" href="/favicon.ico" />
		<meta name="viewport" content="width=device-width, initial-scale=1.0" />
		<link rel="canonical" href="https://write.as/zugnotizen/kleine-notiz-zum-bloggen" />
		<link rel="alternate" type="application/rss+xml" title="Notizen aus dem Zug &raquo; Feed" href="https://write.as/zugnotizen/feed/" />
		<meta name="generator" content="Write.as">
		<meta name="title" content="Kleine Notiz zum Bloggen &mdash; Notizen aus dem Zug">
		<meta name="description" content="Ich schreibe im Zug, zwischen Kassel und Göttingen, und ich schreibe, weil ein Text, der eine Adresse hat, nicht verschwindet. …">
		<meta name="author" content="zugnotizen" />
		<meta itemprop="name" content="Notizen aus dem Zug">
		<meta itemprop="description" content="Ich schreibe im Zug, zwischen Kassel und Göttingen, und ich schreibe, weil ein Text, der eine Adresse hat, nicht verschwindet. …">
		<meta itemprop="datePublished" content="2024-03-20" />
		<meta name="twitter:card" content="summary">
		<meta name="twitter:description" content="Ich schreibe im Zug, zwischen Kassel und Göttingen, und ich schreibe, weil ein Text, der eine Adresse hat, nicht verschwindet. …">
		<meta name="twitter:title" content="Kleine Notiz zum Bloggen &mdash; Notizen aus dem Zug">
		<meta property="og:title" content="Kleine Notiz zum Bloggen" />
		<meta property="og:description" content="Ich schreibe im Zug, zwischen Kassel und Göttingen, und ich schreibe, weil ein Text, der eine Adresse hat, nicht verschwindet. …" />
		<meta property="og:site_name" content="Notizen aus dem Zug" />
		<meta property="og:type" content="article" />
		<meta property="og:url" content="https://write.as/zugnotizen/kleine-notiz-zum-bloggen" />
		<meta property="article:published_time" content="2024-03-20T07:48:02Z">
	</head>
	<body id="post">
		<div id="overlay"></div>
		<nav id="manage"><ul><li class="has-nav"><a href="/">Write.as</a></li></ul></nav>
		<header><h1 dir="auto" id="blog-title"><a rel="author" href="/zugnotizen/" class="h-card p-author">Notizen aus dem Zug</a></h1></header>
		<article id="post-body" class="norm h-entry" itemscope itemtype="http://schema.org/BlogPosting"><h2 id="title" class="p-name">Kleine Notiz zum Bloggen</h2><time class="dt-published" datetime="2024-03-20T07:48:02Z" pubdate itemprop="datePublished" content="2024-03-20 07:48:02 +0000 UTC">20. März 2024</time><div class="e-content"><p>Ich schreibe im Zug, zwischen Kassel und Göttingen, und ich schreibe, weil ein Text, der eine Adresse hat, nicht verschwindet. Das ist alles, was ich zur <a href="{CALL}">Blogparade „Warum bloggen?“</a> beitragen kann, aber es ist mir wichtig.</p>
<p>Hier gibt es keine Likes und keine Kommentare. Wer antworten will, schreibt mir eine Mail oder einen eigenen Beitrag. Das passiert selten, aber wenn, dann ist es ein richtiger Brief und keine Reaktion.</p>
<p>Die Strecke dauert zweiundzwanzig Minuten. Genau so lang sind die meisten Texte hier.</p></div></article>
		<footer dir="ltr"><hr><nav><p style="font-size: 0.9em">veröffentlicht mit <a class="home pubd" href="/">write.as</a></p></nav></footer>
	</body>
</html>""",
    url="https://write.as/zugnotizen/kleine-notiz-zum-bloggen",
    title="Kleine Notiz zum Bloggen",
    author_name="Notizen aus dem Zug",
    published="2024-03-20T07:48:02+00:00",
    summary_prefix="Ich schreibe im Zug, zwischen Kassel und Göttingen",
    language="de",
    kind="article",
)

# 13 Mastodon 4 status page: the status only in meta tags (the body is the JS app), the page
# language is the server default (en), the toot is German and short
page(
    "mastodon4-status-de",
    """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta content="width=device-width, initial-scale=1" name="viewport">
<link href="/favicon.ico" rel="icon" type="image/x-icon">
<link href="/manifest" crossorigin="use-credentials" rel="manifest">
<meta content="#191b22" name="theme-color">
<meta content="yes" name="apple-mobile-web-app-capable">
<title>Ole Brinkmann: &quot;Warum ich blogge? Weil ich dort…&quot; - norden.example</title>
<link rel="stylesheet" crossorigin="anonymous" href="/packs/css/common-b6b7a2a3.css" media="all" integrity="sha256-x">
<script src="/packs/js/common-9b1a.js" crossorigin="anonymous" integrity="sha256-y"></script>
<meta content="abc123==" name="csrf-token">
<meta content="https://norden.example/@ole/113500000000000001" property="og:url">
<meta content="norden.example" property="og:site_name">
<meta content="article" property="og:type">
<meta content="Ole Brinkmann (@ole@norden.example)" property="og:title">
<meta content="Warum ich blogge? Weil ich dort in Ruhe zu Ende denken kann, was hier nach drei Sätzen abbricht. Mein Beitrag zur #Blogparade steht jetzt im Blog, der Aufruf ist hier: https://parade.example/p/warum-bloggen/" property="og:description">
<meta content="https://files.norden.example/accounts/avatars/ole.png" property="og:image">
<meta content="400" property="og:image:width">
<meta content="400" property="og:image:height">
<meta content="summary" property="twitter:card">
<meta content="ole@norden.example" property="profile:username">
<meta content="2026-11-26T18:03:44Z" property="og:published_time">
<link href="https://norden.example/users/ole/statuses/113500000000000001" rel="alternate" type="application/activity+json">
<link href="https://norden.example/api/oembed?format=json&amp;url=https%3A%2F%2Fnorden.example%2F%40ole%2F113500000000000001" rel="alternate" type="application/json+oembed">
<script id="initial-state" type="application/json">{"meta":{"access_token":null,"locale":"en","domain":"norden.example","title":"norden.example","version":"4.3.1","mascot":null,"single_user_mode":false},"compose":{"text":""},"accounts":{}}</script>
<script src="/packs/js/public-4f21.js" crossorigin="anonymous" integrity="sha256-z"></script>
</head>
<body class="app-body theme-default no-reduce-motion">
<div class="notranslate app-holder" id="mastodon" data-props="{&quot;locale&quot;:&quot;en&quot;}">
<noscript><img alt="Mastodon" src="/avatars/original/missing.png"><div>To use the Mastodon web application, please enable JavaScript. Alternatively, try one of the <a href="https://joinmastodon.org/apps">native apps</a> for Mastodon for your platform.</div></noscript>
</div>
<div aria-hidden="true" class="logo-resources" inert tabindex="-1"></div>
<div id="modal-container"></div>
</body>
</html>""",
    url="https://norden.example/@ole/113500000000000001",
    title="Warum ich blogge?…",
    author_name="Ole Brinkmann",
    published="2026-11-26T18:03:44+00:00",
    summary_prefix="Warum ich blogge? Weil ich dort in Ruhe zu Ende denken kann",
    language="de",
    kind="fediverse",
    call_in_main=None,
    must_not_link=["https://joinmastodon.org/apps"],
)

# 14 Misskey note page: a JS app with meta tags; no lang attribute, German note
page(
    "misskey-note-de",
    """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="application-name" content="Misskey">
<meta name="referrer" content="origin">
<meta name="theme-color" content="#86b300">
<meta name="theme-color-orig" content="#86b300">
<meta property="og:site_name" content="Kiste.example">
<meta property="instance_url" content="https://kiste.example">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="format-detection" content="telephone=no,date=no,address=no,email=no,url=no">
<link rel="icon" href="/favicon.ico">
<link rel="manifest" href="/manifest.json">
<link rel="alternate" href="https://kiste.example/notes/9q8w7e6r5t" type="application/activity+json">
<link rel="alternate" href="https://kiste.example/@mia" type="text/html">
<title>Mia Sommer | Kiste.example</title>
<meta name="description" content="Ich blogge, weil ich dort Bilder und lange Gedanken zusammen bringen kann. Hier in der Notiz passt das nie. Mein Beitrag zur Blogparade kommt heute Abend!">
<meta property="og:type" content="article">
<meta property="og:title" content="Mia Sommer (@mia)">
<meta property="og:description" content="Ich blogge, weil ich dort Bilder und lange Gedanken zusammen bringen kann. Hier in der Notiz passt das nie. Mein Beitrag zur Blogparade kommt heute Abend!">
<meta property="og:url" content="https://kiste.example/notes/9q8w7e6r5t">
<meta property="og:image" content="https://kiste.example/proxy/avatar.webp?url=https%3A%2F%2Fkiste.example%2Ffiles%2Fmia.png&amp;avatar=1">
<meta property="twitter:card" content="summary">
<meta name="misskey:user-username" content="mia">
<meta name="misskey:user-id" content="9a1b2c3d4e">
<meta name="misskey:note-id" content="9q8w7e6r5t">
<meta property="article:published_time" content="2026-11-26T08:15:09.000Z">
<script type="application/json" id="misskey_meta" data-generated-at="2026-11-26T08:20:00.000Z">{"name":"Kiste.example","version":"2024.11.0"}</script>
<style>html{background-color:var(--MI_THEME-bg);color:var(--MI_THEME-fg)}#splash{position:fixed;z-index:10000;top:0;left:0;width:100vw;height:100vh}</style>
<script type="module" src="/vite/assets/boot.js"></script>
</head>
<body>
<noscript><p>JavaScriptを有効にしてください<br>Please turn on your JavaScript</p></noscript>
<div id="splash"><img id="splashIcon" src="https://kiste.example/static-assets/splash.png"><div id="splashSpinner"></div></div>
</body>
</html>""",
    url="https://kiste.example/notes/9q8w7e6r5t",
    title="Ich blogge, weil ich dort Bilder und lange Gedanken zusammen bringen kann.",
    author_name="Mia Sommer",
    published="2026-11-26T08:15:09+00:00",
    summary_prefix="Ich blogge, weil ich dort Bilder und lange Gedanken",
    language="de",
    kind="fediverse",
    call_in_main=None,
)

# 15 German regional news site: kicker + headline in the h1, "| Site" in the title tag, the
# author as a list of two in JSON-LD, a paywall teaser, "Mehr zum Thema" and an author box
page(
    "news-paywall-de",
    f"""<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Blogparade: Warum schreiben Menschen 2026 noch Blogs? | Weserbote</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Eine Blogparade aus Bremen sammelt Antworten auf die Frage, warum Menschen noch bloggen. Wir haben mit drei Teilnehmenden gesprochen.">
<meta name="robots" content="index, follow, noarchive, max-image-preview:large">
<meta name="news_keywords" content="Blogs, Internet, Bremen, Blogparade">
<meta property="og:site_name" content="Weserbote">
<meta property="og:type" content="article">
<meta property="og:title" content="Warum schreiben Menschen 2026 noch Blogs?">
<meta property="og:description" content="Eine Blogparade aus Bremen sammelt Antworten auf die Frage, warum Menschen noch bloggen. Wir haben mit drei Teilnehmenden gesprochen.">
<meta property="og:url" content="https://www.weserbote.example/kultur/blogparade-warum-bloggen-id4711.html">
<meta property="og:image" content="https://www.weserbote.example/img/4711-16x9.jpg">
<meta property="article:published_time" content="2026-11-27T06:00:00+01:00">
<meta property="article:modified_time" content="2026-11-27T09:41:00+01:00">
<meta property="article:publisher" content="https://www.facebook.com/weserbote">
<meta property="article:content_tier" content="locked">
<meta name="author" content="Weserbote">
<link rel="canonical" href="https://www.weserbote.example/kultur/blogparade-warum-bloggen-id4711.html">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","mainEntityOfPage":{{"@type":"WebPage","@id":"https://www.weserbote.example/kultur/blogparade-warum-bloggen-id4711.html"}},"headline":"Warum schreiben Menschen 2026 noch Blogs?","alternativeHeadline":"Blogparade","description":"Eine Blogparade aus Bremen sammelt Antworten auf die Frage, warum Menschen noch bloggen. Wir haben mit drei Teilnehmenden gesprochen.","datePublished":"2026-11-27T06:00:00+01:00","dateModified":"2026-11-27T09:41:00+01:00","author":[{{"@type":"Person","name":"Friederike Lange","url":"https://www.weserbote.example/autoren/friederike-lange/"}},{{"@type":"Person","name":"Cem Aydın"}}],"publisher":{{"@type":"NewsMediaOrganization","name":"Weserbote","logo":{{"@type":"ImageObject","url":"https://www.weserbote.example/logo.png"}}}},"isAccessibleForFree":"False","hasPart":{{"@type":"WebPageElement","isAccessibleForFree":"False","cssSelector":".paywalled"}},"image":["https://www.weserbote.example/img/4711-16x9.jpg"]}}</script>
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{{"@type":"ListItem","position":1,"name":"Startseite","item":"https://www.weserbote.example/"}},{{"@type":"ListItem","position":2,"name":"Kultur","item":"https://www.weserbote.example/kultur/"}}]}}</script>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({{"pageType":"article","paywall":"plus","section":"kultur"}});</script>
</head>
<body class="page-article theme-kultur">
<div id="cmp-banner" class="cookie-consent"><p>Wir verwenden Cookies und ähnliche Technologien, um Inhalte zu personalisieren. <a href="https://www.weserbote.example/datenschutz/">Mehr erfahren</a></p><button>Akzeptieren</button></div>
<header class="site-header"><div class="brand"><a href="https://www.weserbote.example/" class="logo">Weserbote</a></div><nav class="main-nav"><ul><li><a href="/politik/">Politik</a></li><li><a href="/kultur/">Kultur</a></li><li><a href="/sport/">Sport</a></li></ul></nav><a class="btn-abo" href="/abo/">Weserbote+ testen</a></header>
<div class="ad-slot ad-superbanner" id="ad-top"><a href="https://ads.example/click?id=1"><img src="https://ads.example/b.gif" alt="Anzeige"></a></div>
<main id="content">
<article class="article article--plus" data-article-id="4711">
<nav class="breadcrumb"><a href="/">Startseite</a> › <a href="/kultur/">Kultur</a></nav>
<header class="article-header">
<h1 class="article-title"><span class="article-kicker">Blogparade</span><span class="visually-hidden">: </span><span class="article-headline">Warum schreiben Menschen 2026 noch Blogs?</span></h1>
<p class="article-teaser">Eine Blogparade aus Bremen sammelt Antworten auf die Frage, warum Menschen noch bloggen. Wir haben mit drei Teilnehmenden gesprochen.</p>
<div class="article-meta"><span class="article-authors">Von <a href="/autoren/friederike-lange/">Friederike Lange</a> und Cem Aydın</span> <time class="article-date" datetime="2026-11-27T06:00:00+01:00">27.11.2026, 06:00 Uhr</time> <span class="plus-badge">Weserbote+</span></div>
</header>
<figure class="article-image"><img src="/img/4711-16x9.jpg" alt="Eine Frau schreibt am Laptop"><figcaption>Bloggen am Küchentisch: Viele schreiben abends. Foto: Weserbote</figcaption></figure>
<div class="article-body">
<p>Die Frage ist einfach, die Antworten sind es nicht: „Warum bloggst du?“, will die Bremer Bloggerin Anne Stöver wissen. Ihr <a href="{CALL}">Aufruf zur Blogparade</a> hat in zwei Wochen mehr als achtzig Beiträge gesammelt – von Strickblogs bis zu Fachartikeln über Datenbanken.</p>
<p>„Ich habe mit zwanzig Antworten gerechnet“, sagt Stöver. Dass es so viele wurden, erklärt sie sich mit einer gewissen Müdigkeit: Viele Menschen hätten genug von Plattformen, auf denen ihre Texte nach einem Tag verschwinden.</p>
<div class="paywalled">
<p>Einer von ihnen ist Jörg Pahl aus Findorff, der seit 2004 über Stadtgeschichte schreibt. Mit seinem Blog hat er …</p>
</div>
<div class="paywall-box" id="paywall"><h3>Weiterlesen mit Weserbote+</h3><p>Alle Artikel auf weserbote.example lesen. Jederzeit kündbar. Jetzt 4 Wochen für 0,99 € testen.</p><a class="btn" href="/abo/angebot/">Jetzt testen</a><p class="paywall-login">Bereits Abonnent? <a href="/login/">Anmelden</a></p></div>
</div>
<section class="author-box"><img src="/autoren/lange.jpg" alt=""><div><p class="author-box__name">Friederike Lange</p><p class="author-box__bio">Friederike Lange schreibt für das Kulturressort über Netzkultur und Literatur. Sie ist selbst seit 2011 Bloggerin.</p><a href="https://mastodon.example/@flange">Mastodon</a></div></section>
<section class="related-articles"><h2>Mehr zum Thema</h2><ul><li><a href="{OTHER_CALL}">Blogparade „Lieblingsbücher“: Was Bremen liest</a></li><li><a href="/digital/plattformen-krise-id4600.html">Die Krise der Plattformen</a></li></ul></section>
</article>
</main>
<aside class="sidebar"><section class="most-read"><h2>Meistgelesen</h2><ol><li><a href="/bremen/weihnachtsmarkt-id4700.html">Weihnachtsmarkt öffnet früher</a></li></ol></section></aside>
<footer class="site-footer"><a href="/impressum/">Impressum</a> · <a href="/datenschutz/">Datenschutz</a> · © Weserbote 2026</footer>
</body>
</html>""",
    url="https://www.weserbote.example/kultur/blogparade-warum-bloggen-id4711.html",
    title="Warum schreiben Menschen 2026 noch Blogs?",
    author_name="Friederike Lange",
    published="2026-11-27T06:00:00+01:00",
    summary_prefix="Eine Blogparade aus Bremen sammelt Antworten",
    language="de",
    kind="article",
    must_not_link=[
        OTHER_CALL,
        "https://www.weserbote.example/digital/plattformen-krise-id4600.html",
        "https://mastodon.example/@flange",
        "https://ads.example/click?id=1",
        "https://www.weserbote.example/abo/angebot/",
    ],
)

# 16 English news site without JSON-LD author: the meta author is the publication, the real
# author only in the visible byline link (rel=author missing), dates in meta
page(
    "news-meta-author-site-en",
    f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>The quiet return of the personal blog | Technology | The Northern Ledger</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="description" content="From knitting diaries to database notes, people are writing on their own websites again. A blog parade asked them why.">
<meta name="author" content="The Northern Ledger">
<meta property="og:site_name" content="The Northern Ledger">
<meta property="og:type" content="article">
<meta property="og:title" content="The quiet return of the personal blog">
<meta property="og:description" content="From knitting diaries to database notes, people are writing on their own websites again. A blog parade asked them why.">
<meta property="og:url" content="https://www.northernledger.example/technology/2024/mar/20/personal-blog-return">
<meta property="article:published_time" content="2024-03-20T11:00:00Z">
<meta property="article:modified_time" content="2024-03-20T15:12:00Z">
<meta property="article:section" content="Technology">
<meta property="article:author" content="https://www.northernledger.example/profile/owen-blake">
<meta name="twitter:site" content="@northernledger">
<link rel="canonical" href="https://www.northernledger.example/technology/2024/mar/20/personal-blog-return">
<script type="application/ld+json">[{{"@type":"Organization","@context":"https://schema.org","name":"The Northern Ledger","url":"https://www.northernledger.example/","logo":{{"@type":"ImageObject","url":"https://www.northernledger.example/logo.png","width":300,"height":60}}}},{{"@type":"WebPage","@context":"https://schema.org","@id":"https://www.northernledger.example/technology/2024/mar/20/personal-blog-return","potentialAction":{{"@type":"ViewAction","target":"android-app://com.northernledger/https/www.northernledger.example/technology/2024/mar/20/personal-blog-return"}}}}]</script>
</head>
<body>
<a class="skip" href="#maincontent">Skip to main content</a>
<header class="masthead"><a class="logo" href="/">The Northern Ledger</a><nav class="pillars" aria-label="Sections"><a href="/news">News</a><a href="/opinion">Opinion</a><a href="/technology">Technology</a></nav><a href="/support" class="support-cta">Support the Ledger</a></header>
<main id="maincontent">
<div class="article-layout">
<div class="standfirst-area">
<div class="section-label"><a href="/technology">Technology</a></div>
<h1 class="headline">The quiet return of the personal blog</h1>
<div class="standfirst"><p>From knitting diaries to database notes, people are writing on their own websites again. A blog parade asked them why.</p></div>
</div>
<div class="meta-area"><div class="byline-block"><address aria-label="Contributor info"><a href="/profile/owen-blake" class="contributor-link">Owen Blake</a></address></div><div class="dateline"><span>Wed 20 Mar 2024 11.00 GMT</span></div><div class="share-row"><a href="https://www.facebook.com/sharer.php?u=https://www.northernledger.example/technology/2024/mar/20/personal-blog-return" class="share-facebook">Share on Facebook</a></div></div>
<div id="maincontent-body" class="article-body-commercial-selector article-body-viewer-selector">
<p>A few years ago, Hanna Schubert's question would have sounded quaint. “Why do you blog?” she asked in <a href="{CALL}">a call for a blog parade</a> – an old custom in which bloggers answer a common prompt on their own sites and link back to the host.</p>
<p>Within a fortnight she had more than 80 replies, many from people who had not published anything on their own website in a decade. “I expected my friends and a couple of old-timers,” Schubert said. “I did not expect teenagers.”</p>
<p>The replies share a theme. People want a place that does not forget, and that no company can switch off. “I was tired of writing into a feed,” said one participant, a database engineer from Leeds. “A blog post has an address. I can send it to someone in five years.”</p>
<aside class="element-rich-link"><p><span>Related: </span><a href="/technology/2024/jan/10/social-media-fatigue">Is social media fatigue real?</a></p></aside>
<p>Not everyone is convinced the trend will last. But for now, Schubert is busy reading.</p>
</div>
<div class="submeta"><ul class="submeta-tags"><li><a href="/technology/blogging">Blogging</a></li><li><a href="/technology/internet">Internet</a></li></ul></div>
<div class="contributions-epic"><h2>… there is a good reason why not to support the Ledger.</h2><p>Not every news organisation is free to read. <a href="/support?ref=epic">Support us from just £2</a>.</p></div>
</div>
<section class="onwards" aria-label="More on this story"><h2>More on this story</h2><ul><li><a href="{OTHER_CALL}">A blog parade on favourite books</a></li></ul></section>
<section class="comments-container" id="comments"><h2>Comments (214)</h2><div class="d-comment"><div class="d-comment__body"><p>Mine is at <a href="https://reader.example/blog">reader.example/blog</a>, see also <a href="{CALL}">the call</a>.</p></div></div></section>
</main>
<footer class="site-footer"><ul><li><a href="/about">About us</a></li><li><a href="/help/contact-us">Contact us</a></li></ul><p>© 2024 The Northern Ledger</p></footer>
</body>
</html>""",
    url="https://www.northernledger.example/technology/2024/mar/20/personal-blog-return",
    title="The quiet return of the personal blog",
    author_name="Owen Blake",
    published="2024-03-20T11:00:00+00:00",
    summary_prefix="From knitting diaries to database notes",
    language="en",
    kind="article",
    must_not_link=[
        OTHER_CALL,
        "https://reader.example/blog",
        "https://www.northernledger.example/support?ref=epic",
    ],
)

# 17 Podcast episode on WordPress with a podcast plugin (Podlove-style): the episode is an
# ordinary WP post with an <audio> player, an enclosure link in the feed only, Yoast graph
# with WebPage + Article; og:type article
page(
    "podcast-wordpress-de",
    f"""<!DOCTYPE html>
<html lang="de-DE">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>FK042 Warum bloggen wir noch? - Feierabendkanal</title>
<meta name="description" content="In Folge 42 sprechen Timo und Nele über die Blogparade „Warum bloggen?“, über alte Blogrolls und darüber, warum ein Podcast eigentlich auch ein Blog ist." />
<meta property="og:locale" content="de_DE" />
<meta property="og:type" content="article" />
<meta property="og:title" content="FK042 Warum bloggen wir noch? - Feierabendkanal" />
<meta property="og:description" content="In Folge 42 sprechen Timo und Nele über die Blogparade „Warum bloggen?“, über alte Blogrolls und darüber, warum ein Podcast eigentlich auch ein Blog ist." />
<meta property="og:url" content="https://feierabendkanal.example/fk042-warum-bloggen-wir-noch/" />
<meta property="og:site_name" content="Feierabendkanal" />
<meta property="article:published_time" content="2026-11-24T17:00:00+00:00" />
<meta name="author" content="Timo Rasche" />
<meta name="twitter:label1" content="Verfasst von" />
<meta name="twitter:data1" content="Timo Rasche" />
<script type="application/ld+json" class="yoast-schema-graph">{{"@context":"https://schema.org","@graph":[{{"@type":"Article","@id":"https://feierabendkanal.example/fk042-warum-bloggen-wir-noch/#article","isPartOf":{{"@id":"https://feierabendkanal.example/fk042-warum-bloggen-wir-noch/"}},"author":{{"name":"Timo Rasche","@id":"https://feierabendkanal.example/#/schema/person/7a1"}},"headline":"FK042 Warum bloggen wir noch?","datePublished":"2026-11-24T17:00:00+00:00","dateModified":"2026-11-24T19:30:00+00:00","mainEntityOfPage":{{"@id":"https://feierabendkanal.example/fk042-warum-bloggen-wir-noch/"}},"wordCount":402,"publisher":{{"@id":"https://feierabendkanal.example/#organization"}},"articleSection":["Episoden"],"inLanguage":"de"}},{{"@type":"WebPage","@id":"https://feierabendkanal.example/fk042-warum-bloggen-wir-noch/","url":"https://feierabendkanal.example/fk042-warum-bloggen-wir-noch/","name":"FK042 Warum bloggen wir noch? - Feierabendkanal","isPartOf":{{"@id":"https://feierabendkanal.example/#website"}},"datePublished":"2026-11-24T17:00:00+00:00","inLanguage":"de"}},{{"@type":"Organization","@id":"https://feierabendkanal.example/#organization","name":"Feierabendkanal","url":"https://feierabendkanal.example/"}},{{"@type":"Person","@id":"https://feierabendkanal.example/#/schema/person/7a1","name":"Timo Rasche","url":"https://feierabendkanal.example/author/timo/"}}]}}</script>
<link rel="alternate" type="application/rss+xml" title="Feierabendkanal (MP3 Feed)" href="https://feierabendkanal.example/feed/mp3/" />
<link rel="stylesheet" id="podlove-web-player-css" href="https://feierabendkanal.example/wp-content/plugins/podlove-podcasting-plugin-for-wordpress/css/player.css" media="all" />
<meta name="generator" content="WordPress 6.7.1" />
</head>
<body class="post-template-default single single-post postid-1042 single-format-standard">
<div id="page" class="site">
<header id="masthead" class="site-header"><p class="site-title"><a href="https://feierabendkanal.example/" rel="home">Feierabendkanal</a></p><nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu"><li><a href="/episoden/">Episoden</a></li><li><a href="/abonnieren/">Abonnieren</a></li></ul></nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-1042" class="post-1042 post type-post status-publish format-standard hentry category-episoden">
<header class="entry-header"><h1 class="entry-title">FK042 Warum bloggen wir noch?</h1><div class="entry-meta"><span class="posted-on">Veröffentlicht am <a href="https://feierabendkanal.example/fk042-warum-bloggen-wir-noch/" rel="bookmark"><time class="entry-date published" datetime="2026-11-24T17:00:00+00:00">24. November 2026</time></a></span><span class="byline"> von <span class="author vcard"><a class="url fn n" href="https://feierabendkanal.example/author/timo/">Timo Rasche</a></span></span></div></header>
<div class="entry-content">
<div class="podlove-web-player"><audio controls preload="none" class="podlove-player"><source src="https://feierabendkanal.example/podlove/file/812/s/webplayer/c/episode/fk042.mp3" type="audio/mpeg"><source src="https://feierabendkanal.example/podlove/file/813/s/webplayer/c/episode/fk042.opus" type="audio/ogg; codecs=opus"></audio><p class="podlove-meta">Dauer: 1:12:40 · <a href="https://feierabendkanal.example/podlove/file/812/s/download/c/select-show/fk042.mp3" download>MP3 herunterladen</a></p></div>
<p>In Folge 42 sprechen Timo und Nele über die <a href="{CALL}">Blogparade „Warum bloggen?“</a>, über alte Blogrolls und darüber, warum ein Podcast eigentlich auch ein Blog ist – nur eben zum Hören.</p>
<h2>Shownotes</h2>
<ul class="podlove-shownotes"><li>00:03:10 Nele hat 2008 ein Blog über Comics angefangen und nie aufgehört</li><li>00:21:45 Blogrolls, Trackbacks und warum wir sie vermissen</li><li>00:48:02 Ist ein Podcast-Feed nicht auch ein Blog?</li></ul>
<p>Schreibt uns, warum ihr bloggt – oder noch besser: schreibt einen eigenen Beitrag und verlinkt die Parade.</p>
</div>
</article>
<div id="comments" class="comments-area"><h2 class="comments-title">Ein Gedanke zu „FK042 Warum bloggen wir noch?“</h2><ol class="comment-list"><li id="comment-77" class="comment"><article class="comment-body"><div class="comment-content"><p>Super Folge! Hier mein Beitrag: <a href="https://hoerer.example/blog/warum/" rel="nofollow ugc">hoerer.example</a></p></div></article></li></ol></div>
</main></div></div>
<footer id="colophon" class="site-footer"><div class="site-info"><a href="https://de.wordpress.org/">Stolz präsentiert von WordPress</a></div></footer>
</div>
</body>
</html>""",
    url="https://feierabendkanal.example/fk042-warum-bloggen-wir-noch/",
    title="FK042 Warum bloggen wir noch?",
    author_name="Timo Rasche",
    published="2026-11-24T17:00:00+00:00",
    summary_prefix="In Folge 42 sprechen Timo und Nele",
    language="de",
    kind="podcast",
    must_not_link=["https://hoerer.example/blog/warum/"],
)

# 18 A blog post that embeds a YouTube video: still an article (not a video page)
page(
    "wordpress-embed-video-en",
    f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<title>Why I blog (and a video about it) &#8211; Mostly Harmless Notes</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:type" content="article" />
<meta property="og:title" content="Why I blog (and a video about it)" />
<meta property="og:url" content="https://mostlyharmless.example/2024/03/why-i-blog-video/" />
<meta property="og:site_name" content="Mostly Harmless Notes" />
<meta property="og:description" content="I recorded a short video for the blog parade, but the real answer is in the text below." />
<meta property="article:published_time" content="2024-03-25T12:30:00+00:00" />
<meta name="author" content="Priya Nair" />
<link rel="canonical" href="https://mostlyharmless.example/2024/03/why-i-blog-video/" />
</head>
<body class="post-template-default single single-post">
<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="https://mostlyharmless.example/" rel="home">Mostly Harmless Notes</a></p></div></header>
<main id="primary" class="site-main">
<article id="post-310" class="post-310 post type-post status-publish format-video hentry category-meta post_format-post-format-video">
<header class="entry-header"><h1 class="entry-title">Why I blog (and a video about it)</h1><div class="entry-meta"><span class="posted-on">Posted on <a href="https://mostlyharmless.example/2024/03/why-i-blog-video/" rel="bookmark"><time class="entry-date published" datetime="2024-03-25T12:30:00+00:00">March 25, 2024</time></a></span><span class="byline"> by <span class="author vcard"><a class="url fn n" href="https://mostlyharmless.example/author/priya/">Priya Nair</a></span></span></div></header>
<div class="entry-content">
<p>I recorded a short video for <a href="{CALL}">the blog parade “Why do you blog?”</a>, but the real answer is in the text below, because that is how I think.</p>
<figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube wp-embed-aspect-16-9 wp-has-aspect-ratio"><div class="wp-block-embed__wrapper"><iframe title="Why I blog" width="640" height="360" src="https://www.youtube.com/embed/dQw4w9WgXcQ?feature=oembed" frameborder="0" allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture; web-share" allowfullscreen></iframe></div></figure>
<p>Video is great for showing things. It is terrible for arguing. Every time I try to make a point on camera I ramble, and there is no way for a viewer to skim back to the sentence that mattered. Text lets me revise until the point is clear.</p>
<p>So I blog because writing is where I find out what I think, and the video is just the trailer.</p>
</div>
</article>
</main>
<footer class="site-footer"><a href="https://wordpress.org/">Proudly powered by WordPress</a></footer>
</body>
</html>""",
    url="https://mostlyharmless.example/2024/03/why-i-blog-video/",
    title="Why I blog (and a video about it)",
    author_name="Priya Nair",
    published="2024-03-25T12:30:00+00:00",
    summary_prefix="I recorded a short video for the blog parade",
    language="en",
    kind="article",
)

# 19 WordPress + Kadence: the call (a post on the same blog) only in the "Similar Posts"
# carousel after the article and in the sidebar; the article itself does not link it
KADENCE_CALL = "https://hostblog.example/2026/11/blogparade-warum-bloggen/"
page(
    "wordpress-kadence-related-only-en",
    f"""<!doctype html>
<html lang="en-US" class="no-js" itemtype="https://schema.org/Blog" itemscope>
<head>
	<meta charset="UTF-8">
	<meta name="viewport" content="width=device-width, initial-scale=1, minimum-scale=1">
	<title>November garden notes &#8211; Host Blog</title>
<meta name="description" content="What grew, what failed and what I am planting for spring." />
<meta property="og:locale" content="en_US" />
<meta property="og:type" content="article" />
<meta property="og:title" content="November garden notes - Host Blog" />
<meta property="og:description" content="What grew, what failed and what I am planting for spring." />
<meta property="og:url" content="https://hostblog.example/2026/11/november-garden-notes/" />
<meta property="og:site_name" content="Host Blog" />
<meta property="article:published_time" content="2026-11-22T09:00:00+00:00" />
<meta name="author" content="Hanna Schubert" />
<script type="application/ld+json" class="yoast-schema-graph">{{"@context":"https://schema.org","@graph":[{{"@type":"Article","@id":"https://hostblog.example/2026/11/november-garden-notes/#article","isPartOf":{{"@id":"https://hostblog.example/2026/11/november-garden-notes/"}},"author":{{"name":"Hanna Schubert","@id":"https://hostblog.example/#/schema/person/1"}},"headline":"November garden notes","datePublished":"2026-11-22T09:00:00+00:00","inLanguage":"en-US"}},{{"@type":"Person","@id":"https://hostblog.example/#/schema/person/1","name":"Hanna Schubert"}}]}}</script>
<link rel='stylesheet' id='kadence-global-css' href='https://hostblog.example/wp-content/themes/kadence/assets/css/global.min.css?ver=1.2.3' media='all' />
</head>
<body class="post-template-default single single-post postid-501 single-format-standard wp-embed-responsive footer-on-bottom hide-focus-outline link-style-standard has-sidebar content-title-style-normal content-width-normal content-style-boxed content-vertical-padding-show non-transparent-header mobile-non-transparent-header">
<div id="wrapper" class="site wp-site-blocks">
<a class="skip-link screen-reader-text scroll-ignore" href="#main">Skip to content</a>
<header id="masthead" class="site-header" role="banner" itemtype="https://schema.org/WPHeader" itemscope><div id="main-header" class="site-header-wrap"><div class="site-header-inner-wrap"><div class="site-header-upper-wrap"><div class="site-header-upper-inner-wrap"><div class="site-main-header-wrap site-header-row-container site-header-focus-item site-header-row-layout-standard" data-section="kadence_customizer_header_main"><div class="site-header-row-container-inner"><div class="site-container"><div class="site-main-header-inner-wrap site-header-row site-header-row-has-sides site-header-row-no-center"><div class="site-header-main-section-left site-header-section site-header-section-left"><div class="site-header-item site-header-focus-item" data-section="title_tagline"><div class="site-branding branding-layout-standard"><a class="brand" href="https://hostblog.example/" rel="home"><div class="site-title-wrap"><p class="site-title">Host Blog</p></div></a></div></div></div><div class="site-header-main-section-right site-header-section site-header-section-right"><div class="site-header-item site-header-focus-item site-header-item-main-navigation header-navigation-layout-stretch-false header-navigation-layout-fill-stretch-false" data-section="kadence_customizer_primary_navigation"><nav id="site-navigation" class="main-navigation header-navigation nav--toggle-sub header-navigation-style-standard header-navigation-dropdown-animation-none" role="navigation" aria-label="Primary Navigation"><div class="primary-menu-container header-menu-container"><ul id="primary-menu" class="menu"><li class="menu-item"><a href="https://hostblog.example/garden/">Garden</a></li><li class="menu-item"><a href="{KADENCE_CALL}">Blog parade</a></li></ul></div></nav></div></div></div></div></div></div></div></div></div></div></header>
<div id="inner-wrap" class="wrap hfeed kt-clear">
<div id="primary" class="content-container site-container">
<div id="main" class="site-main">
<div class="content-wrap">
<article id="post-501" class="entry content-bg single-entry post-501 post type-post status-publish format-standard hentry category-garden">
<div class="entry-content-wrap">
<header class="entry-header post-title title-align-inherit title-tablet-align-inherit title-mobile-align-inherit">
<div class="entry-taxonomies"><span class="category-links term-links category-style-normal"><a href="https://hostblog.example/category/garden/" rel="tag">Garden</a></span></div>
<h1 class="entry-title">November garden notes</h1>
<div class="entry-meta entry-meta-divider-dot"><span class="posted-by"><span class="meta-label">By</span><span class="author vcard"><a class="url fn n" href="https://hostblog.example/author/hanna/">Hanna Schubert</a></span></span><span class="posted-on"><time class="entry-date published" datetime="2026-11-22T09:00:00+00:00">November 22, 2026</time></span></div>
</header>
<div class="entry-content single-content">
<p>What grew, what failed and what I am planting for spring. November is the month when the garden tells the truth about the year, and this year it has a lot to say.</p>
<p>The kale survived everything, as always. The late beans did not: two cold nights in October and they were gone. I will sow them three weeks earlier next year and cover them with fleece from the first forecast frost.</p>
<p>For spring I have ordered broad beans, two kinds of peas and far too many tulips. The tulips are not for eating, but they are for sanity, which counts.</p>
</div>
<footer class="entry-footer"><div class="entry-tags"><span class="tags-links"><span class="tags-label screen-reader-text">Post Tags:</span><a href="https://hostblog.example/tag/kale/" title="kale" class="tag-link tag-item-kale" rel="tag"><span class="tag-hash">#</span>kale</a></span></div></footer>
</div>
</article>
<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links"><div class="nav-previous"><a href="{KADENCE_CALL}" rel="prev"><div class="post-navigation-sub"><small><span class="kadence-svg-iconset svg-baseline"><svg aria-hidden="true" class="kadence-svg-icon kadence-arrow-left-alt-svg" fill="currentColor" version="1.1" xmlns="http://www.w3.org/2000/svg" width="29" height="28" viewBox="0 0 29 28"><title>Previous</title><path d="M28 12.5v3c0 0.281-0.219 0.5-0.5 0.5h-19.5v3.5c0 0.203-0.109 0.375-0.297 0.453s-0.391 0.047-0.547-0.078l-6-5.469c-0.094-0.094-0.156-0.219-0.156-0.359v0c0-0.141 0.063-0.281 0.156-0.375l6-5.531c0.156-0.141 0.359-0.172 0.547-0.094 0.172 0.078 0.297 0.25 0.297 0.453v3.5h19.5c0.281 0 0.5 0.219 0.5 0.5z"></path></svg></span>Previous</small></div>Blog parade: Why do you blog?</a></div></div></nav>
<div class="entry-related alignfull entry-related-style-wide"><div class="entry-related-inner content-container site-container"><div class="entry-related-inner-content alignwide"><h2 class="entry-related-title">Similar Posts</h2><div class="entry-related-carousel kadence-slide-init splide" data-columns-xxl="3" data-columns-xl="3" data-columns-md="3"><div class="splide__track"><ul class="splide__list kadence-posts-list grid-cols grid-sm-col-2 grid-lg-col-3">
<li class="entry-list-item carousel-item splide__slide"><article class="entry content-bg loop-entry post-488 post type-post status-publish format-standard hentry category-blogging"><div class="entry-content-wrap"><header class="entry-header"><h3 class="entry-title"><a href="{KADENCE_CALL}" rel="bookmark">Blog parade: Why do you blog?</a></h3><div class="entry-meta entry-meta-divider-dot"><span class="posted-on"><time class="entry-date published" datetime="2026-11-01T08:00:00+00:00">November 1, 2026</time></span></div></header><div class="entry-summary"><p>I am hosting a blog parade this month: tell me why you blog, on your own site, and link back here so I can collect every answer in one long list.</p></div></div></article></li>
<li class="entry-list-item carousel-item splide__slide"><article class="entry content-bg loop-entry post-470 post type-post status-publish format-standard hentry category-garden"><div class="entry-content-wrap"><header class="entry-header"><h3 class="entry-title"><a href="https://hostblog.example/2026/10/october-garden-notes/" rel="bookmark">October garden notes</a></h3></header><div class="entry-summary"><p>Pumpkins, a surprise crop of late raspberries and the end of the tomato season, with a short lament for the beans.</p></div></div></article></li>
</ul></div></div></div></div></div>
</div>
</div>
<aside id="secondary" role="complementary" class="primary-sidebar widget-area sidebar-slug-sidebar-primary sidebar-link-style-normal"><div class="sidebar-inner-wrap"><section id="block-7" class="widget widget_block"><h2 class="widget-title">Now hosting</h2><p><a href="{KADENCE_CALL}">Blog parade: Why do you blog? Answers until 30 November!</a></p></section></div></aside>
</div>
</div>
<footer id="colophon" class="site-footer" role="contentinfo"><div class="site-footer-wrap"><div class="site-bottom-footer-wrap site-footer-row-container site-footer-focus-item site-footer-row-layout-standard site-footer-row-tablet-layout-default site-footer-row-mobile-layout-default" data-section="kadence_customizer_footer_bottom"><div class="footer-html inner-link-style-normal"><div class="footer-html-inner"><p>&copy; 2026 Host Blog - WordPress Theme by <a href="https://www.kadencewp.com/" rel="nofollow noopener" target="_blank">Kadence WP</a></p></div></div></div></div></footer>
</div>
</body>
</html>""",
    url="https://hostblog.example/2026/11/november-garden-notes/",
    title="November garden notes",
    author_name="Hanna Schubert",
    published="2026-11-22T09:00:00+00:00",
    summary_prefix="What grew, what failed and what I am planting for spring",
    language="en",
    kind="article",
    call=KADENCE_CALL,
    call_in_main=False,
    must_not_link=[
        KADENCE_CALL,
        "https://hostblog.example/2026/10/october-garden-notes/",
        "https://www.kadencewp.com/",
    ],
)

# 20 A hand-written static page from the 2000s: windows-1252 declared only in a meta tag,
# no lang, the date and author only in visible text, the site name as the first <h1>
page(
    "static-latin1-de",
    f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<title>Uwes Seite - Warum ich immer noch blogge</title>
<link rel="stylesheet" type="text/css" href="../stil.css">
</head>
<body bgcolor="#ffffff">
<table width="100%" border="0" cellpadding="4">
<tr><td colspan="2" bgcolor="#003366"><h1><font color="#ffffff">Uwes Seite</font></h1></td></tr>
<tr>
<td width="160" valign="top" bgcolor="#dddddd" class="menue">
<a href="../index.html">Startseite</a><br>
<a href="../fotos.html">Fotos</a><br>
<a href="../gaestebuch.html">Gästebuch</a><br>
<a href="../links.html">Links</a><br><br>
<b>Blogparaden:</b><br>
<a href="{OTHER_CALL}">Lieblingsbücher</a>
</td>
<td valign="top">
<h1>Warum ich immer noch blogge</h1>
<p><i>Geschrieben am 3. März 2024 von Uwe Brandt</i></p>
<p>Seit 1999 gibt es diese Seite, und seit 2005 schreibe ich hier ab und zu etwas auf, das man heute wohl Blog nennen würde. Hanna hat in ihrer <a href="{CALL}">Blogparade</a> gefragt, warum man das macht. Hier ist meine Antwort.</p>
<p>Ich bin Rentner und habe Zeit. Aber das ist nicht der Grund. Der Grund ist, dass ich beim Schreiben merke, was ich eigentlich denke. Früher habe ich Briefe geschrieben, heute schreibe ich hier. Die Leute, die das lesen, kenne ich meistens nicht, aber ab und zu schreibt jemand ins Gästebuch, und das freut mich jedes Mal.</p>
<p>Außerdem gehört mir die Seite. Ich habe das HTML selbst geschrieben, mit dem Editor, und es sieht immer noch so aus wie 2003. Das ist mir recht so.</p>
<p>&Uuml;brigens: Wer auch mitmachen will, findet den Aufruf oben verlinkt. Die Parade läuft bis Ende des Monats.</p>
<hr>
<p><font size="-1">Letzte Änderung: 04.03.2024 &middot; <a href="../impressum.html">Impressum</a></font></p>
</td>
</tr>
</table>
</body>
</html>""",
    encoding="cp1252",
    url="https://uwe-brandt.example/texte/warum-blogge.html",
    title="Warum ich immer noch blogge",
    author_name="Uwe Brandt",
    published="2024-03-03",
    summary_prefix="Seit 1999 gibt es diese Seite",
    language="de",
    kind="article",
    must_not_link=[OTHER_CALL, "https://uwe-brandt.example/gaestebuch.html"],
)

# 21 Hugo theme without OpenGraph/JSON-LD: no lang attribute, the site title is an <h1> in the
# header, the post title another <h1>; the meta description is the site's tagline (the post
# has none), date and author only as text
page(
    "hugo-no-meta-en",
    f"""<!DOCTYPE html>
<html>
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="description" content="Notes on synthesizers, field trips and the occasional recipe.">
  <meta name="generator" content="Hugo 0.110.0">
  <title>Writing things down · Patch Cables</title>
  <link rel="stylesheet" href="/css/style.css">
  <link rel="alternate" type="application/rss+xml" href="/index.xml" title="Patch Cables">
</head>
<body>
  <div class="container">
    <header class="site-header">
      <h1 class="site-title"><a href="/">Patch Cables</a></h1>
      <nav><a href="/posts/">Posts</a> · <a href="/about/">About</a> · <a href="/index.xml">RSS</a></nav>
    </header>
    <div class="post">
      <h1 class="post-title">Writing things down</h1>
      <div class="post-meta">Posted on 9 March 2024 · by Jun Takeda · 3 minute read</div>
      <div class="post-body">
        <p>I started this site to remember synthesizer patches. A patch is a fragile thing: move one cable and the sound is gone forever, unless you wrote it down. That habit of writing things down is, it turns out, my answer to <a href="{CALL}">this month's blog parade</a>.</p>
        <p>Over the years the patch notes turned into longer posts. A field trip to record frogs, a failed attempt at a sequencer made from a music box, a recipe for the soup I make after long nights in the studio. None of it is important, but all of it is findable.</p>
        <p>I blog because my memory is bad and my curiosity is good, and a blog is where the two can meet.</p>
      </div>
      <div class="post-tags">Tags: <a href="/tags/meta/">meta</a></div>
    </div>
    <div class="related"><h3>See also</h3><ul><li><a href="/posts/music-box-sequencer/">The music box sequencer</a></li></ul></div>
    <footer class="site-footer">&copy; 2024 Jun Takeda · <a href="https://gohugo.io">Hugo</a></footer>
  </div>
</body>
</html>""",
    url="https://patchcables.example/posts/writing-things-down/",
    title="Writing things down",
    author_name="Jun Takeda",
    published="2024-03-09",
    summary_prefix="I started this site to remember synthesizer patches",
    language="en",
    kind="article",
    must_not_link=["https://patchcables.example/posts/music-box-sequencer/", "https://gohugo.io"],
)

# 22 Tumblr, a custom theme: the blog's name as title tag prefix, the post date only as text
# with an ordinal ("March 3rd, 2024"), notes (reblogs) that link to the call
page(
    "tumblr-custom-theme-en",
    f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>inkwell &amp; static — Why I still keep a blog</title>
<meta name="description" content="Tumblr is half blog, half party, and I like the blog half best. Hanna asked why we blog and I have been thinking about it all week, in between shelving and tea." />
<meta property="og:site_name" content="inkwell &amp; static" />
<meta property="og:title" content="Why I still keep a blog" />
<meta property="og:description" content="Tumblr is half blog, half party, and I like the blog half best." />
<meta property="og:url" content="https://inkwellstatic.tumblr.com/post/741234567890123456/why-i-still-keep-a-blog" />
<meta property="og:type" content="tumblr-feed:text" />
<meta name="twitter:card" content="summary" />
<meta name="twitter:title" content="Why I still keep a blog" />
<meta name="twitter:description" content="Tumblr is half blog, half party, and I like the blog half best." />
<link rel="canonical" href="https://inkwellstatic.tumblr.com/post/741234567890123456/why-i-still-keep-a-blog" />
<link rel="alternate" type="application/rss+xml" href="https://inkwellstatic.tumblr.com/rss">
<meta name="color:Background" content="#fdfaf3"/>
<style type="text/css">body {{ background: #fdfaf3; font-family: Georgia, serif; }}</style>
</head>
<body>
<div id="sidebar"><h1><a href="/">inkwell &amp; static</a></h1><img src="https://64.media.tumblr.com/avatar_aa11_128.pnj" class="avatar" alt=""><p class="desc">Ruth, 34, librarian. Zines, tea and long posts.</p><ul class="links"><li><a href="/ask">ask</a></li><li><a href="/archive">archive</a></li><li><a href="{OTHER_CALL}">book parade</a></li></ul></div>
<div id="content">
<div class="post text">
<h2><a href="https://inkwellstatic.tumblr.com/post/741234567890123456/why-i-still-keep-a-blog">Why I still keep a blog</a></h2>
<p>Tumblr is half blog, half party, and I like the blog half best. Hanna asked <a href="https://t.umblr.com/redirect?z={CALL}&amp;t=ZjQ5&amp;b=t%3A1">why we blog</a> and I have been thinking about it all week, in between shelving and tea.</p>
<p>I blog because posts here have dates and addresses. I can find the zine review I wrote in 2014 and link it to someone who asks. The party half of the site forgets everything by Thursday; the blog half remembers.</p>
<p>Also, nobody here cares about my follower count, least of all me.</p>
<div class="meta"><span class="date"><a href="https://inkwellstatic.tumblr.com/post/741234567890123456/why-i-still-keep-a-blog">March 3rd, 2024</a></span> · <a href="https://inkwellstatic.tumblr.com/post/741234567890123456/why-i-still-keep-a-blog#notes">12 notes</a> · <span class="tags"><a href="https://inkwellstatic.tumblr.com/tagged/blog%20parade">#blog parade</a></span></div>
</div>
<ol class="notes"><li class="note reblog"><a href="https://zinefriend.tumblr.com/" class="avatar_frame"><img src="https://64.media.tumblr.com/avatar_bb_16.pnj" class="avatar" alt=""></a><span class="action"><a rel="nofollow" href="https://zinefriend.tumblr.com/" class="tumblelog">zinefriend</a> reblogged this and added: <blockquote><a href="{CALL}">parade.example/p/warum-bloggen</a> go write yours!</blockquote></span></li></ol>
</div>
<iframe src="https://assets.tumblr.com/assets/html/iframe/o.html?_v=2#src=https%3A%2F%2Finkwellstatic.tumblr.com%2Fpost%2F741234567890123456&amp;lang=en_US&amp;name=inkwellstatic" scrolling="no" width="1" height="1" frameborder="0" style="background-color:transparent; overflow:hidden; position:absolute; top:0; right:0; z-index:9999;" id="tumblr_controls"></iframe>
</body>
</html>""",
    url="https://inkwellstatic.tumblr.com/post/741234567890123456/why-i-still-keep-a-blog",
    title="Why I still keep a blog",
    author_name="inkwell & static",
    published="2024-03-03",
    summary_prefix="Tumblr is half blog, half party",
    language="en",
    kind="article",
    must_not_link=[OTHER_CALL, "https://zinefriend.tumblr.com/"],
)


# 23 WordPress + Elementor (Hello theme): the post body is a stack of Elementor widgets
# ("elementor-widget-theme-post-content" …), Yoast graph, Elementor header/footer templates
page(
    "wordpress-elementor-de",
    f"""<!doctype html>
<html lang="de">
<head>
	<meta charset="UTF-8">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<title>Warum ich blogge: Mein Beitrag zur Blogparade - Reiselust &amp; Rucksack</title>
	<meta name="description" content="Ich blogge, weil Reisen erst beim Aufschreiben zu Ende gehen. Mein Beitrag zur Blogparade „Warum bloggen?“." />
	<link rel="canonical" href="https://reiselust.example/warum-ich-blogge/" />
	<meta property="og:locale" content="de_DE" />
	<meta property="og:type" content="article" />
	<meta property="og:title" content="Warum ich blogge: Mein Beitrag zur Blogparade - Reiselust &amp; Rucksack" />
	<meta property="og:description" content="Ich blogge, weil Reisen erst beim Aufschreiben zu Ende gehen. Mein Beitrag zur Blogparade „Warum bloggen?“." />
	<meta property="og:url" content="https://reiselust.example/warum-ich-blogge/" />
	<meta property="og:site_name" content="Reiselust &amp; Rucksack" />
	<meta property="article:published_time" content="2026-11-20T10:00:00+00:00" />
	<meta name="author" content="Carla Reinholz" />
	<script type="application/ld+json" class="yoast-schema-graph">{{"@context":"https://schema.org","@graph":[{{"@type":"Article","@id":"https://reiselust.example/warum-ich-blogge/#article","isPartOf":{{"@id":"https://reiselust.example/warum-ich-blogge/"}},"author":{{"name":"Carla Reinholz","@id":"https://reiselust.example/#/schema/person/c1"}},"headline":"Warum ich blogge: Mein Beitrag zur Blogparade","datePublished":"2026-11-20T10:00:00+00:00","inLanguage":"de"}},{{"@type":"WebPage","@id":"https://reiselust.example/warum-ich-blogge/","url":"https://reiselust.example/warum-ich-blogge/","name":"Warum ich blogge: Mein Beitrag zur Blogparade - Reiselust &amp; Rucksack","inLanguage":"de"}},{{"@type":"Person","@id":"https://reiselust.example/#/schema/person/c1","name":"Carla Reinholz"}}]}}</script>
	<link rel='stylesheet' id='elementor-frontend-css' href='https://reiselust.example/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.25.4' media='all' />
	<link rel='stylesheet' id='hello-elementor-css' href='https://reiselust.example/wp-content/themes/hello-elementor/style.min.css?ver=3.1.1' media='all' />
</head>
<body class="post-template-default single single-post postid-2024 single-format-standard elementor-default elementor-template-full-width elementor-kit-6 elementor-page-77">
<a class="skip-link screen-reader-text" href="#content">Zum Inhalt wechseln</a>
<div data-elementor-type="header" data-elementor-id="12" class="elementor elementor-12 elementor-location-header" data-elementor-post-type="elementor_library">
<div class="elementor-element elementor-element-3b1c e-flex e-con-boxed e-con e-parent" data-id="3b1c" data-element_type="container"><div class="e-con-inner">
<div class="elementor-element elementor-element-7d2 elementor-widget elementor-widget-theme-site-title elementor-widget-heading" data-id="7d2" data-element_type="widget" data-widget_type="theme-site-title.default"><div class="elementor-widget-container"><p class="elementor-heading-title elementor-size-default"><a href="https://reiselust.example">Reiselust &amp; Rucksack</a></p></div></div>
<div class="elementor-element elementor-element-91a elementor-nav-menu--dropdown-tablet elementor-widget elementor-widget-nav-menu" data-id="91a" data-element_type="widget" data-widget_type="nav-menu.default"><div class="elementor-widget-container"><nav aria-label="Menü" class="elementor-nav-menu--main elementor-nav-menu__container"><ul id="menu-1-91a" class="elementor-nav-menu"><li class="menu-item"><a href="https://reiselust.example/reisen/" class="elementor-item">Reisen</a></li><li class="menu-item"><a href="{OTHER_CALL}" class="elementor-item">Blogparaden</a></li></ul></nav></div></div>
</div></div></div>
<div data-elementor-type="single-post" data-elementor-id="77" class="elementor elementor-77 elementor-location-single post-2024 post type-post status-publish format-standard has-post-thumbnail hentry category-allgemein" data-elementor-post-type="elementor_library">
<div class="elementor-element elementor-element-5e0 e-flex e-con-boxed e-con e-parent" data-id="5e0" data-element_type="container"><div class="e-con-inner">
<div class="elementor-element elementor-element-1f3 elementor-widget elementor-widget-theme-post-title elementor-page-title elementor-widget-heading" data-id="1f3" data-element_type="widget" data-widget_type="theme-post-title.default"><div class="elementor-widget-container"><h1 class="elementor-heading-title elementor-size-default">Warum ich blogge: Mein Beitrag zur Blogparade</h1></div></div>
<div class="elementor-element elementor-element-2c8 elementor-widget elementor-widget-post-info" data-id="2c8" data-element_type="widget" data-widget_type="post-info.default"><div class="elementor-widget-container"><ul class="elementor-inline-items elementor-icon-list-items elementor-post-info"><li class="elementor-icon-list-item elementor-repeater-item-a1 elementor-inline-item" itemprop="author"><span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-author">Carla Reinholz</span></li><li class="elementor-icon-list-item elementor-repeater-item-a2 elementor-inline-item" itemprop="datePublished"><span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-date"><time>20. November 2026</time></span></li></ul></div></div>
<div class="elementor-element elementor-element-8aa elementor-widget elementor-widget-theme-post-content" data-id="8aa" data-element_type="widget" data-widget_type="theme-post-content.default"><div class="elementor-widget-container">
<p>Ich blogge, weil Reisen erst beim Aufschreiben zu Ende gehen. Solange eine Reise nur in meinem Kopf und in dreihundert Handyfotos existiert, ist sie nicht vorbei. Erst wenn ich sie hier erzählt habe, kann ich sie loslassen. Das ist meine Antwort auf die <a href="{CALL}">Blogparade „Warum bloggen?“</a>.</p>
<p>Dazu kommt etwas Praktisches: Ich bekomme jede Woche Fragen zu Zugverbindungen in den Balkan, zu Hostels in Albanien, zu Fähren nach Korfu. Statt jede Frage einzeln zu beantworten, schreibe ich einen Beitrag – und kann ihn jahrelang verlinken.</p>
<p>Und schließlich: Mein Blog ist der einzige Ort im Netz, an dem ich die Regeln mache. Kein Algorithmus zeigt meine Reiseberichte nur dann, wenn ich ein Video dazu drehe.</p>
</div></div>
<div class="elementor-element elementor-element-c41 elementor-share-buttons--view-icon elementor-widget elementor-widget-share-buttons" data-id="c41" data-element_type="widget" data-widget_type="share-buttons.default"><div class="elementor-widget-container"><div class="elementor-grid"><div class="elementor-grid-item"><div class="elementor-share-btn elementor-share-btn_facebook" role="button" tabindex="0" aria-label="Teilen auf facebook"></div></div></div></div></div>
<div class="elementor-element elementor-element-d77 elementor-widget elementor-widget-post-comments" data-id="d77" data-element_type="widget" data-widget_type="post-comments.theme_comments"><div class="elementor-widget-container"><section id="comments" class="comments-area"><h2 class="title-comments">Ein Kommentar</h2><ol class="comment-list"><li class="comment"><article class="comment-body"><div class="comment-content"><p>Schön! Kennst du schon <a href="{OTHER_CALL}" rel="nofollow ugc">diese Parade</a>?</p></div></article></li></ol></section></div></div>
</div></div></div>
<footer data-elementor-type="footer" data-elementor-id="15" class="elementor elementor-15 elementor-location-footer" data-elementor-post-type="elementor_library"><div class="elementor-element e-con-full e-flex e-con e-parent" data-id="aa1" data-element_type="container"><div class="elementor-element elementor-widget elementor-widget-text-editor" data-id="aa2" data-element_type="widget" data-widget_type="text-editor.default"><div class="elementor-widget-container"><p>© 2026 Reiselust &amp; Rucksack · <a href="https://reiselust.example/impressum/">Impressum</a></p></div></div></div></footer>
</body>
</html>""",
    url="https://reiselust.example/warum-ich-blogge/",
    title="Warum ich blogge: Mein Beitrag zur Blogparade",
    author_name="Carla Reinholz",
    published="2026-11-20T10:00:00+00:00",
    summary_prefix="Ich blogge, weil Reisen erst beim Aufschreiben zu Ende gehen",
    language="de",
    kind="article",
    must_not_link=[OTHER_CALL, "https://reiselust.example/impressum/"],
)

# 24 Hashnode (Next.js): everything in one server-rendered app tree plus __NEXT_DATA__,
# " | Blog name" title suffix, the author as a link in the header only
page(
    "hashnode-en",
    f"""<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/><title>Blogging Made Me a Better Engineer | Raj Builds</title><meta name="description" content="Writing about what I build forces me to understand it. A note for the Why do you blog? parade."/><meta property="og:site_name" content="Raj Builds"/><meta property="og:type" content="article"/><meta property="og:title" content="Blogging Made Me a Better Engineer"/><meta property="og:description" content="Writing about what I build forces me to understand it. A note for the Why do you blog? parade."/><meta property="og:url" content="https://raj.hashnode.example/blogging-made-me-a-better-engineer"/><meta property="og:image" content="https://cdn.hashnode.example/res/hashnode/image/upload/v1/cover.png?w=1200&amp;h=630&amp;fit=crop"/><meta property="article:published_time" content="2024-03-26T04:30:00.000Z"/><meta property="article:author" content="https://hashnode.example/@rajbuilds"/><meta name="twitter:card" content="summary_large_image"/><meta name="twitter:creator" content="@rajbuilds"/><link rel="canonical" href="https://raj.hashnode.example/blogging-made-me-a-better-engineer"/><script type="application/ld+json">{{"@context":"https://schema.org/","@type":"BlogPosting","mainEntityOfPage":{{"@type":"WebPage","@id":"https://raj.hashnode.example/blogging-made-me-a-better-engineer"}},"headline":"Blogging Made Me a Better Engineer","description":"Writing about what I build forces me to understand it. A note for the Why do you blog? parade.","image":"https://cdn.hashnode.example/res/hashnode/image/upload/v1/cover.png","author":{{"@type":"Person","name":"Raj Malhotra","url":"https://hashnode.example/@rajbuilds"}},"datePublished":"2024-03-26T04:30:00.000Z"}}</script><link rel="preload" href="/_next/static/css/8e9b.css" as="style"/><link rel="stylesheet" href="/_next/static/css/8e9b.css" data-n-g=""/><noscript data-n-css=""></noscript><script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script><script src="/_next/static/chunks/webpack-2fe1.js" defer=""></script></head><body><div id="__next"><div class="blog-post-area"><header class="blog-header relative z-50 w-full transform-gpu border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-950"><div class="container mx-auto px-2 md:px-4 2xl:px-10"><div class="relative z-40 flex flex-row items-center justify-between pb-2 pt-8 md:mb-4"><h1 class="blog-main-logo"><a aria-label="Raj Builds home page" class="flex flex-row items-center" href="/"><span class="text-2xl font-bold">Raj Builds</span></a></h1><nav class="hidden md:block"><a href="/series/devlog" class="block p-2 font-semibold">Devlog</a><a href="/newsletter" class="block p-2 font-semibold">Newsletter</a></nav></div></div></header><main class="bg-white dark:bg-slate-950"><article><div class="relative"><div class="relative z-40 mx-auto max-w-screen-lg"><div class="relative mb-8 flex flex-col items-center px-4 text-center"><h1 class="font-heading mb-8 px-4 text-center text-3xl font-extrabold text-slate-900 dark:text-white md:px-5 md:text-4xl lg:text-5xl"><span>Blogging Made Me a Better Engineer</span></h1><div class="relative z-20 mb-8 flex flex-row flex-wrap items-center justify-center px-4 md:-mt-7 md:mb-14 md:text-lg last:md:mb-10"><div class="mb-5 flex w-full flex-row items-center justify-center md:mb-0 md:w-auto md:justify-start"><div class="flex flex-row items-center"><a href="https://hashnode.example/@rajbuilds" class="blog-author-image relative block h-8 w-8 md:h-10 md:w-10"><img alt="Raj Malhotra&#x27;s photo" class="relative z-20 block w-full rounded-full" src="https://cdn.hashnode.example/res/hashnode/image/upload/v1/raj.png?w=200&amp;h=200&amp;fit=crop&amp;crop=faces&amp;auto=compress,format&amp;format=webp"/></a><a href="https://hashnode.example/@rajbuilds" class="ml-2 font-semibold text-slate-600 dark:text-white md:ml-3"><span>Raj Malhotra</span></a></div></div><div class="mb-5 flex w-full flex-row items-center justify-center md:mb-0 md:w-auto md:justify-start"><span class="mx-3 hidden font-bold text-slate-500 md:block">·</span><a href="/blogging-made-me-a-better-engineer" class="tooltip-handle text-slate-700 dark:text-slate-400" data-title="Mar 26, 2024 04:30"><span>Mar 26, 2024</span></a><span class="mx-3 block font-bold text-slate-500">·</span><p class="flex flex-row items-center text-slate-700 dark:text-slate-400"><span>3<!-- --> min read</span></p></div></div></div></div></div>
<section class="blog-content-wrapper article-main-wrapper container relative z-30 mx-auto grid grid-flow-row grid-cols-8 xl:gap-6 2xl:grid-cols-10"><section class="z-20 col-span-8 mb-10 px-4 md:z-10 lg:col-span-6 lg:col-start-2 lg:px-0 xl:col-span-6 xl:col-start-2 2xl:col-span-6 2xl:col-start-3"><div class="relative"><div id="post-content-parent" class="relative mb-10 pb-14"><div id="post-content-wrapper" class="prose prose-base mx-auto mb-10 min-h-30 break-words dark:prose-dark xl:prose-xl"><p>Writing about what I build forces me to understand it. That is the short version of my answer to <a target="_blank" rel="noopener noreferrer" class="user-mention" href="{CALL}">the "Why do you blog?" parade</a>, and the long version is below.</p><p>Every time I publish a devlog, someone asks the one question I skipped. Usually it is the question I did not want to think about, the edge case or the migration plan. Blogging drags those questions into daylight before a production incident does.</p><p>I also get to keep my notes. My old posts are the best documentation I have for my own side projects, and they are searchable in a way my head is not.</p></div></div></div></section></section>
<div class="blog-more-articles"><div class="container mx-auto"><h2 class="mb-5 text-center text-2xl font-bold">More articles</h2><div class="grid grid-cols-1 gap-6 md:grid-cols-2"><div class="blog-similar-article-wrapper"><a href="/my-favourite-books-of-2023" class="block"><h3 class="font-heading text-lg font-bold">My favourite books of 2023 (for the book parade)</h3></a><p>A list of the books that made me a better engineer, a worse sleeper and, briefly, a person who owns a sourdough starter.</p></div></div></div></div></article></main><footer class="blog-footer-area"><div class="text-center"><p>©2024 Raj Builds</p><a href="https://hashnode.example/onboard?unlock-blog=true" class="rounded-full">Publish with Hashnode</a></div></footer></div></div><script id="__NEXT_DATA__" type="application/json">{{"props":{{"pageProps":{{"post":{{"title":"Blogging Made Me a Better Engineer","author":{{"name":"Raj Malhotra","username":"rajbuilds"}},"publishedAt":"2024-03-26T04:30:00.000Z"}}}}}},"page":"/[...slug]","buildId":"x1y2"}}</script></body></html>""",
    url="https://raj.hashnode.example/blogging-made-me-a-better-engineer",
    title="Blogging Made Me a Better Engineer",
    author_name="Raj Malhotra",
    published="2024-03-26T04:30:00+00:00",
    summary_prefix="Writing about what I build forces me to understand it",
    language="en",
    kind="article",
    must_not_link=[
        "https://raj.hashnode.example/my-favourite-books-of-2023",
        "https://hashnode.example/onboard?unlock-blog=true",
    ],
)

# 25 Local news site on a WordPress news theme: "By …" inside the author meta, the date only
# in the visible dateline, no JSON-LD
page(
    "news-local-byline-en",
    f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<title>Library hosts workshop on starting a blog &#8211; Millbrook Gazette</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="author" content="By Sarah Lin, Staff Writer">
<meta name="description" content="The Millbrook Public Library will host a free workshop for residents who want to start a personal blog.">
<meta property="og:title" content="Library hosts workshop on starting a blog">
<meta property="og:site_name" content="Millbrook Gazette">
<meta property="og:type" content="article">
<link rel="canonical" href="https://millbrookgazette.example/2024/03/27/library-blog-workshop/">
</head>
<body class="post-template-default single single-post">
<div id="page" class="site">
<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="https://millbrookgazette.example/" rel="home">Millbrook Gazette</a></p><p class="site-description">Serving Millbrook since 1887</p></div><nav id="site-navigation" class="main-navigation"><a href="/news/">News</a> <a href="/sports/">Sports</a> <a href="/obituaries/">Obituaries</a></nav></header>
<div id="content" class="site-content">
<div id="primary" class="content-area"><main id="main" class="site-main">
<div class="single-post-wrap">
<div class="cat-label"><a href="/news/community/">Community</a></div>
<h1 class="post-title">Library hosts workshop on starting a blog</h1>
<div class="post-dateline">Published Wednesday, March 27, 2024 at 6:15 am</div>
<div class="post-byline">By Sarah Lin, Staff Writer</div>
<div class="post-text">
<p>The Millbrook Public Library will host a free workshop for residents who want to start a personal blog, librarian Dolores Finch announced Tuesday.</p>
<p>The two-hour session on April 6 will cover choosing a platform, writing a first post and finding readers. Finch said the idea came from <a href="{CALL}">an online “blog parade”</a> in which writers answer the question of why they blog.</p>
<p>“Several patrons asked me how to join in,” Finch said. “We realized a lot of people want to write but don't know where to start.”</p>
<p>Registration is required. Call the library's front desk or sign up at the circulation desk.</p>
</div>
<div class="post-share">Share this: <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fmillbrookgazette.example%2F2024%2F03%2F27%2Flibrary-blog-workshop%2F">Facebook</a></div>
<div class="more-news"><h3>You may also like</h3><ul><li><a href="/2024/03/20/council-budget/">Council approves budget</a></li></ul></div>
</div>
</main></div>
</div>
<footer class="site-footer"><p>&copy; 2024 Millbrook Gazette. <a href="/contact/">Contact</a></p></footer>
</div>
</body>
</html>""",
    url="https://millbrookgazette.example/2024/03/27/library-blog-workshop/",
    title="Library hosts workshop on starting a blog",
    author_name="Sarah Lin",
    published="2024-03-27",
    summary_prefix="The Millbrook Public Library will host a free workshop",
    language="en",
    kind="article",
    must_not_link=["https://millbrookgazette.example/2024/03/20/council-budget/"],
)

# 26 Hugo with footnotes: the only link to the call is in the post's footnotes (part of the
# article), the site has a "Blogroll" list below the post in the same column
page(
    "hugo-footnote-en",
    f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Three reasons, one footnote - quiet.systems</title>
<meta name="description" content="Three reasons I blog, and a footnote about the parade that made me write them down.">
<meta property="og:title" content="Three reasons, one footnote">
<meta property="og:description" content="Three reasons I blog, and a footnote about the parade that made me write them down.">
<meta property="og:type" content="article">
<meta property="og:url" content="https://quiet.systems.example/posts/three-reasons/">
<meta property="article:published_time" content="2024-03-28T21:10:00+01:00">
<meta name="author" content="Eli Navarro">
</head>
<body>
<header><nav><a href="/">quiet.systems</a> <a href="/posts/">posts</a> <a href="/now/">now</a></nav></header>
<main>
<article>
<h1>Three reasons, one footnote</h1>
<p class="meta"><time datetime="2024-03-28T21:10:00+01:00">2024-03-28</time></p>
<p>Three reasons I blog, and a footnote about the parade that made me write them down.<sup id="fnref:1"><a href="#fn:1" class="footnote-ref" role="doc-noteref">1</a></sup></p>
<ol>
<li><strong>Thinking.</strong> I do not know what I think about a system until I have tried to explain it in plain sentences.</li>
<li><strong>Remembering.</strong> Future me is a stranger who forgot everything; these posts are letters to them.</li>
<li><strong>Meeting people.</strong> Every good work relationship I had in the last decade started with someone replying to a post.</li>
</ol>
<p>None of these need an audience of thousands. They need an address and a little patience.</p>
<div class="footnotes" role="doc-endnotes">
<hr>
<ol>
<li id="fn:1">
<p>The prompt came from <a href="{CALL}">the “Why do you blog?” blog parade</a>, which is still open until the end of the month.&#160;<a href="#fnref:1" class="footnote-backref" role="doc-backlink">&#x21a9;&#xfe0e;</a></p>
</li>
</ol>
</div>
</article>
<h3>Blogroll</h3>
<ul>
<li><a href="https://friend-one.example/">Friend One</a></li>
<li><a href="{OTHER_CALL}">Book parade</a></li>
</ul>
</main>
<footer><p>&copy; 2024 Eli Navarro</p></footer>
</body>
</html>""",
    url="https://quiet.systems.example/posts/three-reasons/",
    title="Three reasons, one footnote",
    author_name="Eli Navarro",
    published="2024-03-28T21:10:00+01:00",
    summary_prefix="Three reasons I blog, and a footnote",
    language="en",
    kind="article",
    must_not_link=["https://friend-one.example/", OTHER_CALL],
)

# 27 Hugo, German: the only link to the call sits in an in-article note box rendered as
# <aside> by the theme's "note" shortcode (part of the post); the sidebar lists it again
page(
    "hugo-aside-note-de",
    f"""<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Bloggen als Werkstatt | Werkbank</title>
<meta name="description" content="Mein Blog ist eine Werkstatt: Hier liegt alles halbfertig herum, und das ist gut so.">
<meta property="og:title" content="Bloggen als Werkstatt">
<meta property="og:description" content="Mein Blog ist eine Werkstatt: Hier liegt alles halbfertig herum, und das ist gut so.">
<meta property="og:type" content="article">
<meta property="og:locale" content="de_DE">
<meta property="article:published_time" content="2026-11-23T08:30:00+01:00">
<meta name="author" content="Mirko Albers">
</head>
<body>
<header class="site-header"><a class="site-title" href="/">Werkbank</a><nav><a href="/posts/">Beiträge</a> <a href="/ueber/">Über</a></nav></header>
<div class="wrapper">
<main class="content">
<article class="post">
<h1 class="post-title">Bloggen als Werkstatt</h1>
<div class="post-meta"><time datetime="2026-11-23T08:30:00+01:00">23.11.2026</time> · Mirko Albers</div>
<div class="post-content">
<aside class="note"><p><strong>Hinweis:</strong> Dieser Beitrag ist meine Antwort auf die <a href="{CALL}">Blogparade „Warum bloggen?“</a>, die noch bis Ende November läuft.</p></aside>
<p>Mein Blog ist eine Werkstatt: Hier liegt alles halbfertig herum, und das ist gut so. Auf der Werkbank liegen Gedanken, die noch nicht zusammenpassen, und Notizen zu Projekten, die nie fertig werden.</p>
<p>Wer hier mitliest, sieht mir beim Arbeiten zu. Das hat mich anfangs nervös gemacht, inzwischen finde ich es entlastend: Ich muss nichts Fertiges abliefern, nur zeigen, woran ich gerade schraube.</p>
<p>Und manchmal reicht mir jemand ein Werkzeug rüber, an das ich nicht gedacht hatte. Dafür allein lohnt sich das Bloggen.</p>
</div>
</article>
</main>
<aside class="sidebar"><h3>Blogparaden</h3><ul><li><a href="{CALL}">Warum bloggen?</a></li><li><a href="{OTHER_CALL}">Lieblingsbücher</a></li></ul></aside>
</div>
<footer class="site-footer">© 2026 Mirko Albers</footer>
</body>
</html>""",
    url="https://werkbank.example/posts/bloggen-als-werkstatt/",
    title="Bloggen als Werkstatt",
    author_name="Mirko Albers",
    published="2026-11-23T08:30:00+01:00",
    summary_prefix="Mein Blog ist eine Werkstatt",
    language="de",
    kind="article",
    must_not_link=[OTHER_CALL],
)

# 28 WordPress + Jetpack: the call (the host's own post) only in the Jetpack related-posts
# block that Jetpack appends inside .entry-content, and in the "Gefällt mir" / share area
JETPACK_CALL = "https://annasblog.example/2026/11/01/blogparade-warum-bloggen/"
page(
    "wordpress-jetpack-related-only-de",
    f"""<!DOCTYPE html>
<html lang="de-DE">
<head>
<meta charset="UTF-8">
<title>Herbstspaziergang am Deich &#8211; Annas Blog</title>
<meta property="og:type" content="article" />
<meta property="og:title" content="Herbstspaziergang am Deich" />
<meta property="og:url" content="https://annasblog.example/2026/11/22/herbstspaziergang/" />
<meta property="og:description" content="Ein grauer Sonntag, zwei Stunden Wind und ein Thermobecher Tee: mein Herbstspaziergang am Deich." />
<meta property="article:published_time" content="2026-11-22T15:40:00+00:00" />
<meta property="og:site_name" content="Annas Blog" />
<meta property="og:locale" content="de_DE" />
<meta name="author" content="Anna Stöver" />
</head>
<body class="post-template-default single single-post">
<div id="page" class="hfeed site">
<header id="masthead" class="site-header"><p class="site-title"><a href="https://annasblog.example/" rel="home">Annas Blog</a></p></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-930" class="post-930 post type-post status-publish format-standard hentry category-alltag">
<header class="entry-header"><h1 class="entry-title">Herbstspaziergang am Deich</h1><div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="2026-11-22T15:40:00+00:00">22. November 2026</time></span> <span class="byline">von <span class="author vcard"><a class="url fn n" href="https://annasblog.example/author/anna/">Anna Stöver</a></span></span></div></header>
<div class="entry-content">
<p>Ein grauer Sonntag, zwei Stunden Wind und ein Thermobecher Tee: mein Herbstspaziergang am Deich. Die Schafe standen alle mit dem Hintern zum Wind, und ich habe sie sehr gut verstanden.</p>
<p>Unterwegs habe ich an nichts gedacht, und das war der Plan. Zu Hause gab es Kartoffelsuppe und danach ein Buch auf dem Sofa.</p>
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Teilen mit:</h3><div class="sd-content"><ul><li class="share-mastodon"><a rel="nofollow noopener noreferrer" class="share-mastodon sd-button share-icon" href="https://annasblog.example/2026/11/22/herbstspaziergang/?share=mastodon" target="_blank"><span>Mastodon</span></a></li></ul></div></div></div>
<div id='jp-relatedposts' class='jp-relatedposts'><h3 class="jp-relatedposts-headline"><em>Ähnliche Beiträge</em></h3>
<nav class="jp-relatedposts-i2" data-layout="grid"><ul class="jp-related-posts-i2__list" role="list"><li class="jp-related-posts-i2__post" id="related-posts-item-1"><a id="related-posts-item-1-label" href="{JETPACK_CALL}" class="jp-related-posts-i2__post-link">Blogparade: Warum bloggst du?</a><dl class="jp-related-posts-i2__post-defs"><dt>Datum</dt><dd class="jp-related-posts-i2__post-date">1. November 2026</dd></dl></li></ul></nav></div>
</div>
</article>
</main></div></div>
<footer id="colophon" class="site-footer"><div class="site-info"><a href="https://de.wordpress.org/">Stolz präsentiert von WordPress</a></div></footer>
</div>
</body>
</html>""",
    url="https://annasblog.example/2026/11/22/herbstspaziergang/",
    title="Herbstspaziergang am Deich",
    author_name="Anna Stöver",
    published="2026-11-22T15:40:00+00:00",
    summary_prefix="Ein grauer Sonntag, zwei Stunden Wind",
    language="de",
    kind="article",
    call=JETPACK_CALL,
    call_in_main=False,
    must_not_link=[
        JETPACK_CALL,
        "https://annasblog.example/2026/11/22/herbstspaziergang/?share=mastodon",
    ],
)


# --- held out: written after the rules above, scored before any change for them ----------

# 29 WordPress with the old default theme (Kubrick): "Blog » Blog Archive » Title", post titles
# as <h2>, the date only as "Freitag, 27. November 2026" text, no author anywhere on the page
page(
    "wordpress-kubrick-de",
    f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" dir="ltr" lang="de-DE">
<head profile="http://gmpg.org/xfn/11">
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<title>Modellbahn am Dachboden &raquo; Blog Archive &raquo; Warum ich über meine Modellbahn blogge</title>
<link rel="stylesheet" href="https://dachboden.example/wp-content/themes/default/style.css" type="text/css" media="screen" />
<link rel="pingback" href="https://dachboden.example/xmlrpc.php" />
<meta name="generator" content="WordPress 2.8.4" />
</head>
<body>
<div id="page">
<div id="header" role="banner"><div id="headerimg"><h1><a href="https://dachboden.example/">Modellbahn am Dachboden</a></h1><div class="description">Spur H0, seit 1987</div></div></div>
<hr />
<div id="content" class="widecolumn" role="main">
<div class="navigation"><div class="alignleft">&laquo; <a href="https://dachboden.example/2026/11/weichenantrieb/">Neuer Weichenantrieb</a></div><div class="alignright"></div></div>
<div class="post-1204 post hentry category-allgemein" id="post-1204">
<h2>Warum ich über meine Modellbahn blogge</h2>
<div class="entry">
<p>Seit 1987 baue ich an dieser Anlage, und seit 2006 schreibe ich darüber. Die <a href="{CALL}">Blogparade „Warum bloggen?“</a> ist ein guter Anlass, einmal zu erklären, warum.</p>
<p>Eine Modellbahn wird nie fertig. Man baut einen Bahnhof, dann reißt man ihn wieder ab, weil der Gleisplan doch nicht passt. Ohne das Blog wüsste ich nicht mehr, warum ich 2011 die Kehrschleife entfernt habe. Jetzt kann ich es nachlesen – und andere auch.</p>
<p>Und dann sind da die Leser. Ein Herr aus Österreich hat mir einmal eine ganze Kiste alter Fleischmann-Wagen geschickt, weil er meinen Beitrag über die Epoche III gelesen hatte. So etwas passiert nur, wenn man schreibt.</p>
<p class="postmetadata alt"><small>Dieser Eintrag wurde am Freitag, 27. November 2026 um 10:12 veröffentlicht und ist abgelegt unter <a href="https://dachboden.example/category/allgemein/" title="Alle Beiträge in Allgemein ansehen" rel="category tag">Allgemein</a>. Du kannst die Antworten zu diesem Eintrag über den <a href='https://dachboden.example/2026/11/warum-ich-blogge/feed/'>RSS 2.0</a> Feed verfolgen.</small></p>
</div>
</div>
<h3 id="comments">Eine Antwort auf &#8220;Warum ich über meine Modellbahn blogge&#8221;</h3>
<ol class="commentlist"><li class="alt" id="comment-88"><cite><a href='https://spur-n.example/' rel='external nofollow' class='url'>Spur-N-Fan</a></cite> sagt:<br /><small class="commentmetadata"><a href="#comment-88" title="">27. November 2026 um 12:40</a></small><p>Toll! Ich mache bei <a href="{OTHER_CALL}" rel="nofollow">der anderen Parade</a> mit.</p></li></ol>
</div>
<div id="sidebar" role="complementary"><ul><li><h2>Blogparaden</h2><ul><li><a href="{CALL}">Warum bloggen?</a></li></ul></li><li><h2>Archiv</h2><ul><li><a href='https://dachboden.example/2026/11/' title='November 2026'>November 2026</a></li></ul></li></ul></div>
<hr />
<div id="footer" role="contentinfo"><p>Modellbahn am Dachboden is proudly powered by <a href="http://wordpress.org/">WordPress</a></p></div>
</div>
</body>
</html>""",
    url="https://dachboden.example/2026/11/warum-ich-blogge/",
    title="Warum ich über meine Modellbahn blogge",
    author_name="",
    published="2026-11-27",
    summary_prefix="Seit 1987 baue ich an dieser Anlage",
    language="de",
    kind="article",
    must_not_link=[OTHER_CALL, "https://spur-n.example/"],
)

# 30 Eleventy starter with microformats: p-author h-card inside the entry, but dt-published is a
# <time> without datetime ("March 4, 2024"); no OpenGraph
page(
    "eleventy-mf2-en",
    f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>On keeping a commonplace blog</title>
<meta name="description" content="A commonplace book, but public: why I blog.">
<meta name="generator" content="Eleventy v2.0.1">
<link rel="alternate" href="/feed/feed.xml" type="application/atom+xml" title="Commonplace">
<link rel="webmention" href="https://webmention.io/commonplace.example/webmention">
</head>
<body>
<a href="#skip" class="visually-hidden">Skip to main content</a>
<header><a href="/" class="home-link">Commonplace</a><nav><h2 class="visually-hidden">Top level navigation menu</h2><ul class="nav"><li class="nav-item"><a href="/">Home</a></li><li class="nav-item"><a href="/blog/">Archive</a></li></ul></nav></header>
<main id="skip">
<article class="h-entry">
<h1 class="p-name">On keeping a commonplace blog</h1>
<ul class="post-metadata"><li><time class="dt-published">March 4, 2024</time></li><li>by <a class="p-author h-card" href="https://commonplace.example/">Amara Osei</a></li><li><a href="/tags/meta/" class="post-tag">meta</a></li></ul>
<div class="e-content">
<p>A commonplace book is a notebook of quotes and fragments you want to keep. My blog is one of those, only public, and that is the whole of my answer to <a href="{CALL}">the question in this blog parade</a>.</p>
<p>Keeping it public changes what I copy into it. I add a line about why the quote matters, because somebody else might read it. Those lines turned out to be the best part.</p>
<p>It also means other people send me fragments back. Half of my favourite quotes came from readers who saw one of mine and thought of another.</p>
</div>
</article>
<ul class="links-nextprev"><li>Previous: <a href="/blog/quotes-2023/">Quotes of 2023</a></li></ul>
</main>
<footer><p>Webmentions: <a href="{OTHER_CALL}">1 mention</a></p></footer>
</body>
</html>""",
    url="https://commonplace.example/blog/commonplace-blog/",
    title="On keeping a commonplace blog",
    author_name="Amara Osei",
    published="2024-03-04",
    summary_prefix="A commonplace book, but public",
    language="en",
    kind="article",
    must_not_link=["https://commonplace.example/blog/quotes-2023/", OTHER_CALL],
)

# 31 WordPress site in German (lang="de-DE", Yoast inLanguage "de"), this post written in English
page(
    "wordpress-english-post-on-german-site-en",
    f"""<!DOCTYPE html>
<html lang="de-DE">
<head>
<meta charset="UTF-8">
<title>Why I blog in two languages - Zweisprachig</title>
<meta name="description" content="I write in German and in English, and the blog is where both languages live side by side." />
<meta property="og:locale" content="de_DE" />
<meta property="og:type" content="article" />
<meta property="og:title" content="Why I blog in two languages - Zweisprachig" />
<meta property="og:description" content="I write in German and in English, and the blog is where both languages live side by side." />
<meta property="og:site_name" content="Zweisprachig" />
<meta property="article:published_time" content="2026-11-21T18:45:00+00:00" />
<meta name="author" content="Lea Hofmann" />
<script type="application/ld+json" class="yoast-schema-graph">{{"@context":"https://schema.org","@graph":[{{"@type":"Article","@id":"https://zweisprachig.example/why-i-blog/#article","author":{{"name":"Lea Hofmann","@id":"https://zweisprachig.example/#/schema/person/1"}},"headline":"Why I blog in two languages","datePublished":"2026-11-21T18:45:00+00:00","inLanguage":"de"}},{{"@type":"Person","@id":"https://zweisprachig.example/#/schema/person/1","name":"Lea Hofmann"}}]}}</script>
</head>
<body class="post-template-default single single-post">
<header id="masthead" class="site-header"><p class="site-title"><a href="https://zweisprachig.example/" rel="home">Zweisprachig</a></p><nav class="main-navigation"><a href="/ueber-mich/">Über mich</a></nav></header>
<main id="primary" class="site-main">
<article id="post-88" class="post-88 post type-post status-publish format-standard hentry category-english">
<header class="entry-header"><h1 class="entry-title">Why I blog in two languages</h1><div class="entry-meta"><span class="posted-on">Veröffentlicht am <time class="entry-date published" datetime="2026-11-21T18:45:00+00:00">21. November 2026</time></span><span class="byline"> von <span class="author vcard"><a class="url fn n" href="https://zweisprachig.example/author/lea/">Lea Hofmann</a></span></span></div></header>
<div class="entry-content">
<p>I write in German and in English, and the blog is where both languages live side by side. When <a href="{CALL}">the blog parade</a> asked why I blog, I realised that this is the reason: nowhere else can I switch languages from one post to the next without losing half of my readers.</p>
<p>On social media the algorithm decides that I am a German account, and my English posts vanish. Here, a reader from Leeds and a reader from Leipzig both find what they came for, and some of them read both.</p>
<p>Writing in a second language also keeps me honest. I cannot hide behind clever phrasing, so I have to know what I mean.</p>
</div>
</article>
</main>
<footer class="site-footer"><a href="https://de.wordpress.org/">Stolz präsentiert von WordPress</a></footer>
</body>
</html>""",
    url="https://zweisprachig.example/why-i-blog/",
    title="Why I blog in two languages",
    author_name="Lea Hofmann",
    published="2026-11-21T18:45:00+00:00",
    summary_prefix="I write in German and in English",
    language="en",
    kind="article",
)

# 32 Serendipity (s9y) with the 2k11 template: "Geschrieben von … am …", the post title as <h2>,
# the blog name as <h1>, comments and trackbacks below
page(
    "serendipity-2k11-de",
    f"""<!doctype html>
<html lang="de">
<head>
<meta charset="UTF-8">
<title>Warum ich seit 2005 blogge - Notizen aus dem Maschinenraum</title>
<meta name="generator" content="Serendipity v.2.4.0">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="canonical" href="https://maschinenraum.example/archives/812-Warum-ich-seit-2005-blogge.html">
<link rel="alternate" type="application/rss+xml" title="Notizen aus dem Maschinenraum RSS-Feed" href="https://maschinenraum.example/feeds/index.rss2">
<link rel="pingback" href="https://maschinenraum.example/comment.php?type=pingback&amp;entry_id=812">
</head>
<body>
<a href="#content" class="visuallyhidden">Direkt zum Inhalt</a>
<header id="banner"><div id="identity"><a href="https://maschinenraum.example/"><h1>Notizen aus dem Maschinenraum</h1><p>Linux, Netze und alte Rechner</p></a></div><nav id="primary-nav"><ul class="clearfix"><li><a href="/">Startseite</a></li><li><a href="/pages/ueber.html">Über</a></li></ul></nav></header>
<main id="content">
<article class="post serendipity_entry_812 clearfix">
<header><h2><a href="/archives/812-Warum-ich-seit-2005-blogge.html">Warum ich seit 2005 blogge</a></h2>
<p class="post_byline">Geschrieben von <a href="https://maschinenraum.example/authors/1-Bernd-Kowalczyk">Bernd Kowalczyk</a> am <time datetime="2026-11-26T21:40:00+01:00">Donnerstag, 26. November 2026</time> in <a href="https://maschinenraum.example/categories/3-Meta">Meta</a></p></header>
<div class="clearfix content serendipity_entry_body">
<p>2005 habe ich Serendipity installiert, um mir Notizen zu meinem Server zu machen. Einundzwanzig Jahre später läuft das Blog immer noch auf derselben Software, und die <a href="{CALL}">Blogparade „Warum bloggen?“</a> bringt mich dazu, einmal aufzuschreiben, warum.</p>
<p>Der wichtigste Grund ist banal: Ich vergesse Dinge. Wie man ein RAID nach einem Plattentausch wieder aufbaut, wie der Trick mit dem seriellen Konsolenkabel ging – das steht alles hier. Und weil es öffentlich ist, schreibe ich es ordentlicher auf als in einer privaten Datei.</p>
<p>Der zweite Grund sind die Kommentare. Mehr als einmal hat mir jemand einen besseren Weg gezeigt, und oft waren es Menschen, die über eine Suchmaschine auf einen zehn Jahre alten Beitrag gestoßen sind.</p>
</div>
<footer class="clearfix"><span class="visuallyhidden">Kategorien: </span><a href="https://maschinenraum.example/categories/3-Meta">Meta</a> | <a href="/archives/812-Warum-ich-seit-2005-blogge.html#comments">2 Kommentare</a></footer>
</article>
<section id="trackbacks" class="serendipity_section_trackbacks"><h3>Trackbacks</h3><div id="serendipity_trackbacklist"><article id="c5" class="trackback"><h4><a href="https://anderer-blog.example/2026/11/warum/">Auch ich blogge</a></h4><p>Via <a href="{CALL}">Blogparade</a> gefunden …</p></article></div></section>
<section id="comments" class="serendipity_section_comments"><h3>Kommentare</h3><article id="c6" class="serendipity_comment"><p>Schöner Rückblick! Die andere Parade: <a href="{OTHER_CALL}" rel="nofollow">Lieblingsbücher</a></p></article></section>
</main>
<aside id="sidebar_right"><section class="sidebar_plugin"><h3>Blogroll</h3><ul><li><a href="https://anderer-blog.example/">Anderer Blog</a></li></ul></section></aside>
<footer id="colophon"><p>Powered by <a href="https://s9y.org">Serendipity</a></p></footer>
</body>
</html>""",
    url="https://maschinenraum.example/archives/812-Warum-ich-seit-2005-blogge.html",
    title="Warum ich seit 2005 blogge",
    author_name="Bernd Kowalczyk",
    published="2026-11-26T21:40:00+01:00",
    summary_prefix="2005 habe ich Serendipity installiert",
    language="de",
    kind="article",
    must_not_link=[
        OTHER_CALL,
        "https://anderer-blog.example/2026/11/warum/",
        "https://anderer-blog.example/",
    ],
)

# 33 WordPress + Divi with a Theme Builder body template: no hentry, no entry-content; the post
# content is an et_pb_post_content module; a sidebar module and a comments module in the same
# section; the date as "27.11.2026" text only
page(
    "wordpress-divi-de",
    f"""<!DOCTYPE html>
<html lang="de-DE">
<head>
<meta charset="UTF-8" />
<title>Warum ich blogge – und warum gerade jetzt | Yogazeit</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=0" />
<meta name="description" content="Warum ich nach acht Jahren Instagram wieder blogge – mein Beitrag zur Blogparade." />
<meta property="og:title" content="Warum ich blogge – und warum gerade jetzt" />
<meta property="og:site_name" content="Yogazeit" />
<meta property="og:type" content="article" />
<link rel='stylesheet' id='divi-style-css' href='https://yogazeit.example/wp-content/themes/Divi/style.min.css?ver=4.27.2' type='text/css' media='all' />
</head>
<body class="post-template-default single single-post postid-455 single-format-standard et-tb-has-template et-tb-has-body et_pb_button_helper_class et_fullwidth_nav et_fixed_nav et_show_nav et_primary_nav_dropdown_animation_fade et_secondary_nav_dropdown_animation_fade et_header_style_left et_pb_footer_columns4 et_cover_background et_pb_gutter et_pb_gutters3 et_smooth_scroll et_divi_theme et-db">
<div id="page-container">
<div id="et-boc" class="et-boc">
<header id="main-header" data-height-onload="66"><div class="container clearfix et_menu_container"><div class="logo_container"><span class="logo_helper"></span><a href="https://yogazeit.example/"><img src="https://yogazeit.example/wp-content/uploads/logo.png" alt="Yogazeit" id="logo" data-height-percentage="54" /></a></div><div id="et-top-navigation" data-height="66" data-fixed-height="40"><nav id="top-menu-nav"><ul id="top-menu" class="nav"><li class="menu-item"><a href="https://yogazeit.example/kurse/">Kurse</a></li><li class="menu-item"><a href="https://yogazeit.example/blog/">Blog</a></li></ul></nav></div></div></header>
<div id="et-main-area">
<div id="main-content">
<div class="et-l et-l--body">
<div class="et_builder_inner_content et_pb_gutters3">
<div class="et_pb_section et_pb_section_0_tb_body et_section_regular">
<div class="et_pb_row et_pb_row_0_tb_body">
<div class="et_pb_column et_pb_column_3_4 et_pb_column_0_tb_body  et_pb_css_mix_blend_mode_passthrough">
<div class="et_pb_module et_pb_post_title et_pb_post_title_0_tb_body et_pb_bg_layout_light  et_pb_text_align_left"><div class="et_pb_title_container"><h1 class="entry-title">Warum ich blogge – und warum gerade jetzt</h1><p class="et_pb_title_meta_container"> von <span class="author vcard"><a href="https://yogazeit.example/author/sabine/" title="Beiträge von Sabine Ortlieb" rel="author">Sabine Ortlieb</a></span> | <span class="published">27.11.2026</span> | <a href="https://yogazeit.example/category/blog/" rel="category tag">Blog</a></p></div></div>
<div class="et_pb_module et_pb_post_content et_pb_post_content_0_tb_body">
<p>Acht Jahre lang habe ich meine Gedanken zu Yoga auf Instagram geteilt. Seit diesem Herbst schreibe ich wieder hier, und die <a href="{CALL}">Blogparade „Warum bloggen?“</a> kommt genau zur richtigen Zeit, um zu erklären, warum.</p>
<p>Auf Instagram musste jeder Gedanke in ein quadratisches Bild und drei Zeilen passen. Manche Dinge passen da nicht hinein: Wie man nach einer Verletzung wieder anfängt, warum Atmen wichtiger ist als jede Haltung, was ich von meiner ersten Lehrerin gelernt habe.</p>
<p>Hier darf ein Text so lang sein, wie er sein muss. Und er verschwindet nicht nach zwei Tagen aus dem Feed.</p>
</div>
<div class="et_pb_module et_pb_comments_0_tb_body et_pb_comments_module et_pb_bg_layout_light"><section id="comment-wrap"><h1 id="comments" class="page_title">1 Kommentar</h1><ol class="commentlist clearfix"><li class="comment even thread-even depth-1" id="li-comment-31"><article id="comment-31" class="comment-body clearfix"><div class="comment_area"><div class="comment-content clearfix"><p>Willkommen zurück! <a href="{OTHER_CALL}" rel="nofollow ugc">Hier</a> ist noch eine Parade.</p></div></div></article></li></ol></section></div>
</div>
<div class="et_pb_column et_pb_column_1_4 et_pb_column_1_tb_body  et_pb_css_mix_blend_mode_passthrough et-last-child">
<div class="et_pb_module et_pb_sidebar_0_tb_body et_pb_widget_area clearfix et_pb_widget_area_left et_pb_bg_layout_light"><div id="block-5" class="et_pb_widget widget_block"><h2>Blogparaden</h2><ul><li><a href="{CALL}">Warum bloggen?</a></li><li><a href="{OTHER_CALL}">Lieblingsbücher</a></li></ul></div></div>
</div>
</div>
</div>
</div>
</div>
</div>
<footer id="main-footer"><div id="footer-bottom"><div class="container clearfix"><div id="footer-info">Designed by <a href="https://www.elegantthemes.com" title="Premium WordPress Themes">Elegant Themes</a></div></div></div></footer>
</div>
</div>
</div>
</body>
</html>""",
    url="https://yogazeit.example/warum-ich-blogge/",
    title="Warum ich blogge – und warum gerade jetzt",
    author_name="Sabine Ortlieb",
    published="2026-11-27",
    summary_prefix="Warum ich nach acht Jahren Instagram wieder blogge",
    language="de",
    kind="article",
    must_not_link=[OTHER_CALL, "https://www.elegantthemes.com"],
)

# 34 WordPress + Genesis: class "entry" (not hentry) with schema.org itemprops; the call only in
# the "after entry" widget area below the post (a Blogparaden widget), the post itself only
# names the parade without linking it
page(
    "wordpress-genesis-after-entry-en",
    f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>Ten years of sourdough notes</title>
<meta name="description" content="Ten years ago I wrote down my first sourdough recipe here. This is what changed since." />
<meta property="og:title" content="Ten years of sourdough notes" />
<meta property="og:type" content="article" />
<meta property="article:published_time" content="2024-03-29T07:00:00+00:00" />
<link rel='stylesheet' id='genesis-sample-css' href='https://crumb.example/wp-content/themes/genesis-sample/style.css?ver=3.4.0' type='text/css' media='all' />
</head>
<body class="post-template-default single single-post postid-310 single-format-standard wp-embed-responsive header-full-width content-sidebar genesis-breadcrumbs-hidden genesis-footer-widgets-hidden" itemscope itemtype="https://schema.org/WebPage">
<div class="site-container"><ul class="genesis-skip-link"><li><a href="#genesis-content" class="screen-reader-shortcut"> Skip to main content</a></li></ul>
<header class="site-header" itemscope itemtype="https://schema.org/WPHeader"><div class="wrap"><div class="title-area"><p class="site-title" itemprop="headline"><a href="https://crumb.example/">Crumb &amp; Crust</a></p></div><nav class="nav-primary" aria-label="Main" itemscope itemtype="https://schema.org/SiteNavigationElement" id="genesis-nav-primary"><div class="wrap"><ul id="menu-main" class="menu genesis-nav-menu menu-primary"><li class="menu-item"><a href="https://crumb.example/recipes/" itemprop="url"><span itemprop="name">Recipes</span></a></li></ul></div></nav></div></header>
<div class="site-inner"><div class="content-sidebar-wrap"><main class="content" id="genesis-content">
<article class="post-310 post type-post status-publish format-standard category-bread entry" aria-label="Ten years of sourdough notes" itemscope itemtype="https://schema.org/CreativeWork">
<header class="entry-header"><h1 class="entry-title" itemprop="headline">Ten years of sourdough notes</h1>
<p class="entry-meta"><time class="entry-time" itemprop="datePublished" datetime="2024-03-29T07:00:00+00:00">March 29, 2024</time> by <span class="entry-author" itemprop="author" itemscope itemtype="https://schema.org/Person"><a href="https://crumb.example/author/maeve/" class="entry-author-link" rel="author" itemprop="url"><span class="entry-author-name" itemprop="name">Maeve Doyle</span></a></span> <span class="entry-comments-link"><a href="https://crumb.example/sourdough-notes/#respond">Leave a Comment</a></span></p></header>
<div class="entry-content" itemprop="text">
<p>Ten years ago I wrote down my first sourdough recipe here. This is what changed since, and it is also my late answer to the blog parade about why we blog, which I saw mentioned on a friend's site.</p>
<p>The recipe itself changed a lot: more water, less yeast-anxiety, a longer cold proof. But the real change is that I stopped keeping notes in a paper notebook that got flour in every page. The blog is my notebook now, and readers add to it every week.</p>
<p>So: I blog because bread is a long experiment, and experiments need a lab book.</p>
</div>
<footer class="entry-footer"><p class="entry-meta"><span class="entry-categories">Filed Under: <a href="https://crumb.example/category/bread/" rel="category tag">Bread</a></span></p></footer>
</article>
<div class="after-entry widget-area"><section id="text-6" class="widget widget_text"><div class="widget-wrap"><h3 class="widgettitle widget-title">Blog parades</h3><div class="textwidget"><p>I took part in <a href="{CALL}">Why do you blog?</a> and <a href="{OTHER_CALL}">Favourite books</a>.</p></div></div></section></div>
<div class="entry-comments" id="comments"><h3>Comments</h3></div>
</main>
<aside class="sidebar sidebar-primary widget-area" role="complementary" aria-label="Primary Sidebar" itemscope itemtype="https://schema.org/WPSideBar" id="genesis-sidebar-primary"><section id="search-3" class="widget widget_search"><div class="widget-wrap"><form class="search-form" method="get" action="https://crumb.example/" role="search"><input class="search-form-input" type="search" name="s"></form></div></section></aside>
</div></div>
<footer class="site-footer" itemscope itemtype="https://schema.org/WPFooter"><div class="wrap"><p>Copyright &#x000A9;&nbsp;2024 · <a href="https://www.studiopress.com/">Genesis Sample</a> on <a href="https://www.studiopress.com/">Genesis Framework</a></p></div></footer>
</div>
</body>
</html>""",
    url="https://crumb.example/sourdough-notes/",
    title="Ten years of sourdough notes",
    author_name="Maeve Doyle",
    published="2024-03-29T07:00:00+00:00",
    summary_prefix="Ten years ago I wrote down my first sourdough recipe",
    language="en",
    kind="article",
    call_in_main=False,
    must_not_link=[CALL, OTHER_CALL, "https://www.studiopress.com/"],
)


# --- second held-out batch (written after all rule changes, scored before any fix) ----------

# 35 German news site: a dpa story, author an Organization in JSON-LD ("Von dpa" visible), an
# inline "Lesen Sie auch" teaser in the middle of the article body (no heading, no class hint)
page(
    "news-dpa-inline-teaser-de",
    f"""<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Blogs erleben Comeback: Tausende beteiligen sich an Blogparade | Neue Rheinpost</title>
<meta name="description" content="Eine Blogparade zur Frage „Warum bloggen?“ hat in wenigen Wochen Tausende Beiträge gesammelt. Fachleute sehen einen Trend weg von Plattformen.">
<meta property="og:title" content="Blogs erleben Comeback: Tausende beteiligen sich an Blogparade">
<meta property="og:site_name" content="Neue Rheinpost">
<meta property="og:type" content="article">
<meta property="og:description" content="Eine Blogparade zur Frage „Warum bloggen?“ hat in wenigen Wochen Tausende Beiträge gesammelt. Fachleute sehen einen Trend weg von Plattformen.">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"Blogs erleben Comeback: Tausende beteiligen sich an Blogparade","datePublished":"2026-11-26T14:32:00+01:00","dateModified":"2026-11-26T15:05:00+01:00","author":{{"@type":"Organization","name":"dpa"}},"publisher":{{"@type":"Organization","name":"Neue Rheinpost"}},"description":"Eine Blogparade zur Frage „Warum bloggen?“ hat in wenigen Wochen Tausende Beiträge gesammelt. Fachleute sehen einen Trend weg von Plattformen."}}</script>
</head>
<body>
<header class="page-header"><a href="/" class="logo">Neue Rheinpost</a><nav><a href="/panorama/">Panorama</a> <a href="/digital/">Digital</a></nav></header>
<main>
<article class="story">
<h1 class="story__headline"><span class="story__kicker">Internet</span> Blogs erleben Comeback: Tausende beteiligen sich an Blogparade</h1>
<div class="story__meta">Von dpa · 26.11.2026, 14:32 Uhr</div>
<div class="story__text">
<p><strong>Berlin (dpa) – Eine Blogparade zur Frage „Warum bloggen?“ hat in wenigen Wochen Tausende Beiträge gesammelt.</strong> Die Initiatorin, eine Bloggerin aus Bremen, hatte <a href="{CALL}">in ihrem Aufruf</a> dazu eingeladen, auf dem eigenen Blog zu antworten und zurückzuverlinken.</p>
<p>Fachleute sehen darin einen Trend weg von großen Plattformen. „Viele Menschen wollen wieder selbst bestimmen, wo ihre Texte stehen“, sagte die Medienwissenschaftlerin Petra Lorenz der Deutschen Presse-Agentur.</p>
<div class="story__inline-teaser"><span>Lesen Sie auch:</span> <a href="/digital/soziale-netzwerke-nutzerzahlen-id9911.html">Soziale Netzwerke verlieren junge Nutzer</a></div>
<p>Blogparaden sind eine alte Tradition im Netz: Eine Person stellt eine Frage, andere antworten in eigenen Beiträgen. Die aktuelle Parade läuft noch bis Ende November.</p>
</div>
</article>
<section class="teaser-list"><h2 class="teaser-list__title">Das könnte Sie auch interessieren</h2><a href="{OTHER_CALL}">Blogparade über Lieblingsbücher</a></section>
</main>
<footer><a href="/impressum/">Impressum</a></footer>
</body>
</html>""",
    url="https://www.neue-rheinpost.example/panorama/blogs-comeback-id9920.html",
    title="Blogs erleben Comeback: Tausende beteiligen sich an Blogparade",
    author_name="dpa",
    published="2026-11-26T14:32:00+01:00",
    summary_prefix="Eine Blogparade zur Frage „Warum bloggen?“",
    language="de",
    kind="article",
    must_not_link=[
        OTHER_CALL,
        "https://www.neue-rheinpost.example/digital/soziale-netzwerke-nutzerzahlen-id9911.html",
    ],
)

# 36 WordPress + OceanWP + Yoast: the call linked only through a banner image (no link text)
# inside the post content; the author reply in the comments links it again
page(
    "wordpress-oceanwp-image-link-de",
    f"""<!DOCTYPE html>
<html class="html" lang="de-DE">
<head>
<meta charset="UTF-8">
<link rel="profile" href="https://gmpg.org/xfn/11">
<title>Blogparade: Warum ich blogge - Familienküche</title>
<meta name="description" content="Ich blogge, weil unsere Familienrezepte sonst verloren gingen. Mein Beitrag zur Blogparade." />
<meta property="og:locale" content="de_DE" />
<meta property="og:type" content="article" />
<meta property="og:title" content="Blogparade: Warum ich blogge - Familienküche" />
<meta property="og:description" content="Ich blogge, weil unsere Familienrezepte sonst verloren gingen. Mein Beitrag zur Blogparade." />
<meta property="og:site_name" content="Familienküche" />
<meta property="article:published_time" content="2026-11-19T06:00:00+00:00" />
<meta name="author" content="Gül Yıldız" />
<script type="application/ld+json" class="yoast-schema-graph">{{"@context":"https://schema.org","@graph":[{{"@type":"Article","@id":"https://familienkueche.example/blogparade-warum-ich-blogge/#article","author":{{"name":"Gül Yıldız","@id":"https://familienkueche.example/#/schema/person/9"}},"headline":"Blogparade: Warum ich blogge","datePublished":"2026-11-19T06:00:00+00:00","inLanguage":"de"}},{{"@type":"Person","@id":"https://familienkueche.example/#/schema/person/9","name":"Gül Yıldız"}}]}}</script>
</head>
<body class="post-template-default single single-post oceanwp-theme dropdown-mobile default-breakpoint has-sidebar content-right-sidebar post-in-category-allgemein" itemscope="itemscope" itemtype="https://schema.org/Article">
<div id="outer-wrap" class="site clr"><div id="wrap" class="clr">
<header id="site-header" class="minimal-header clr" data-height="74" itemscope="itemscope" itemtype="https://schema.org/WPHeader" role="banner"><div id="site-header-inner" class="clr container"><div id="site-logo" class="clr" itemscope itemtype="https://schema.org/Brand"><div id="site-logo-inner" class="clr"><a href="https://familienkueche.example/" rel="home" class="site-title site-logo-text">Familienküche</a></div></div></div></header>
<main id="main" class="site-main clr" role="main">
<header class="page-header"><div class="container clr page-header-inner"><h1 class="page-header-title clr" itemprop="headline">Blogparade: Warum ich blogge</h1></div></header>
<div id="content-wrap" class="container clr"><div id="primary" class="content-area clr"><div id="content" class="site-content clr">
<article id="post-2210" class="single-post-article blog-post-article clr" itemscope="itemscope" itemtype="https://schema.org/CreativeWork">
<header class="entry-header clr"><h2 class="single-post-title entry-title" itemprop="headline">Blogparade: Warum ich blogge</h2></header>
<ul class="meta ospm-default clr"><li class="meta-author" itemprop="name"><span class="screen-reader-text">Beitrags-Autor:</span><i class="icon-user" aria-hidden="true" role="img"></i><a href="https://familienkueche.example/author/guel/" title="Beiträge von Gül Yıldız" rel="author" itemprop="author" itemscope="itemscope" itemtype="https://schema.org/Person">Gül Yıldız</a></li><li class="meta-date" itemprop="datePublished"><span class="screen-reader-text">Beitrag veröffentlicht:</span><i class="icon-clock" aria-hidden="true" role="img"></i>19. November 2026</li></ul>
<div class="entry-content clr" itemprop="text">
<figure class="wp-block-image size-large"><a href="{CALL}"><img src="https://familienkueche.example/wp-content/uploads/2026/11/blogparade-banner.png" alt="" class="wp-image-2211"/></a></figure>
<p>Ich blogge, weil unsere Familienrezepte sonst verloren gingen. Meine Oma hat nie etwas aufgeschrieben, und als sie starb, war das Rezept für ihre Linsensuppe fast weg. Meine Tante und ich haben es aus der Erinnerung rekonstruiert, und seitdem steht es hier.</p>
<p>Inzwischen schicken mir Leserinnen ihre eigenen Familienrezepte. Aus einem Blog für uns ist ein kleines Archiv für viele Familien geworden.</p>
</div>
</article>
<section id="comments" class="comments-area clr has-comments"><h3 class="theme-heading comments-title"><span class="text">Ein Kommentar</span></h3><ol class="comment-list"><li class="comment byuser comment-author-guel bypostauthor"><article class="comment-container"><div class="comment-content"><p>Danke! Hier noch mal der Link zur Parade: <a href="{CALL}">{CALL}</a></p></div></article></li></ol></section>
</div></div>
<aside id="right-sidebar" class="sidebar-container widget-area sidebar-primary" itemscope="itemscope" itemtype="https://schema.org/WPSideBar" role="complementary" aria-label="Primäre Seitenleiste"><div id="right-sidebar-inner" class="clr"><div id="text-2" class="sidebar-box widget_text clr"><h4 class="widget-title">Blogparaden</h4><div class="textwidget"><a href="{OTHER_CALL}">Lieblingsbücher</a></div></div></div></aside>
</div>
</main>
<footer id="footer" class="site-footer" itemscope="itemscope" itemtype="https://schema.org/WPFooter" role="contentinfo"><div id="footer-bottom" class="clr"><div id="copyright" class="clr" role="contentinfo">Copyright 2026 - OceanWP Theme by OceanWP</div></div></footer>
</div></div>
</body>
</html>""",
    url="https://familienkueche.example/blogparade-warum-ich-blogge/",
    title="Blogparade: Warum ich blogge",
    author_name="Gül Yıldız",
    published="2026-11-19T06:00:00+00:00",
    summary_prefix="Ich blogge, weil unsere Familienrezepte sonst verloren gingen",
    language="de",
    kind="article",
    must_not_link=[OTHER_CALL],
)

# 37 Ghost + Casper, German, two authors (JSON-LD names only the first), the call in a
# callout card
page(
    "ghost-casper-two-authors-de",
    f"""<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Warum wir zu zweit bloggen</title>
<meta name="description" content="Ein Blog, zwei Köpfe: warum wir gemeinsam schreiben und was das mit der Blogparade zu tun hat.">
<link rel="canonical" href="https://zuzweit.example/warum-wir-zu-zweit-bloggen/">
<meta property="og:site_name" content="Zu zweit">
<meta property="og:type" content="article">
<meta property="og:title" content="Warum wir zu zweit bloggen">
<meta property="og:description" content="Ein Blog, zwei Köpfe: warum wir gemeinsam schreiben und was das mit der Blogparade zu tun hat.">
<meta property="article:published_time" content="2026-11-25T16:00:00.000Z">
<meta name="twitter:label1" content="Written by">
<meta name="twitter:data1" content="Anna Beck, Tom Kühn">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"Article","publisher":{{"@type":"Organization","name":"Zu zweit","url":"https://zuzweit.example/"}},"author":{{"@type":"Person","name":"Anna Beck","url":"https://zuzweit.example/author/anna/","sameAs":[]}},"headline":"Warum wir zu zweit bloggen","url":"https://zuzweit.example/warum-wir-zu-zweit-bloggen/","datePublished":"2026-11-25T16:00:00.000Z","dateModified":"2026-11-25T16:30:00.000Z","description":"Ein Blog, zwei Köpfe: warum wir gemeinsam schreiben und was das mit der Blogparade zu tun hat.","mainEntityOfPage":"https://zuzweit.example/warum-wir-zu-zweit-bloggen/"}}</script>
<meta name="generator" content="Ghost 5.96">
</head>
<body class="post-template">
<div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo no-image" href="https://zuzweit.example">Zu zweit</a></div><nav class="gh-head-menu"><ul class="nav"><li class="nav-start"><a href="https://zuzweit.example/">Start</a></li></ul></nav></div></header>
<div class="site-content">
<main id="site-main" class="site-main">
<article class="article post">
<header class="article-header gh-canvas">
<h1 class="article-title">Warum wir zu zweit bloggen</h1>
<p class="article-excerpt">Ein Blog, zwei Köpfe: warum wir gemeinsam schreiben und was das mit der Blogparade zu tun hat.</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item"><a href="/author/anna/" class="author-avatar author-profile-image"><img src="/content/images/anna.jpg" alt="Anna Beck"></a></li><li class="author-list-item"><a href="/author/tom/" class="author-avatar author-profile-image"><img src="/content/images/tom.jpg" alt="Tom Kühn"></a></li></ul><div class="article-byline-meta"><h4 class="author-name"><a href="/author/anna/">Anna Beck</a>, <a href="/author/tom/">Tom Kühn</a></h4><div class="byline-meta-content"><time class="byline-meta-date" datetime="2026-11-25">25. Nov. 2026</time><span class="byline-reading-time"><span class="bull">&bull;</span> 3 Min. Lesezeit</span></div></div></section></div>
</header>
<section class="gh-content gh-canvas">
<p>Wir schreiben dieses Blog seit sechs Jahren zu zweit. Anna kümmert sich um die langen Texte, Tom um die Fotos und die Fehler in Annas Texten. Meistens streiten wir uns vorher über das Thema.</p>
<div class="kg-card kg-callout-card kg-callout-card-blue"><div class="kg-callout-emoji">💡</div><div class="kg-callout-text">Dieser Beitrag ist Teil der <a href="{CALL}">Blogparade „Warum bloggen?“</a>.</div></div>
<p>Warum bloggen wir? Weil wir beim Schreiben merken, wo wir uns nicht einig sind. Und weil ein gemeinsames Blog das einzige Projekt ist, bei dem wir uns nach sechs Jahren noch nicht gegenseitig gekündigt haben.</p>
</section>
</article>
</main>
<aside class="read-more-wrap outer"><div class="read-more inner"><article class="post-card post"><a class="post-card-image-link" href="/lieblingsbuecher/"><img class="post-card-image" src="/content/images/books.jpg" alt=""></a><div class="post-card-content"><a class="post-card-content-link" href="/lieblingsbuecher/"><header class="post-card-header"><h2 class="post-card-title">Unsere Lieblingsbücher</h2></header><div class="post-card-excerpt">Zwei Listen, eine Überschneidung.</div></a></div></article></div></aside>
</div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://zuzweit.example">Zu zweit</a> &copy; 2026</section><div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer>
</div>
</body>
</html>""",
    url="https://zuzweit.example/warum-wir-zu-zweit-bloggen/",
    title="Warum wir zu zweit bloggen",
    author_name="Anna Beck",
    published="2026-11-25T16:00:00+00:00",
    summary_prefix="Ein Blog, zwei Köpfe",
    language="de",
    kind="article",
    must_not_link=["https://zuzweit.example/lieblingsbuecher/", "https://ghost.org/"],
)

# 38 WordPress + Twenty Twenty-One: the post names the parade but links it nowhere in the text;
# the blog author's own reply in the comments carries the link (does not count)
page(
    "wordpress-tt1-author-reply-only-en",
    f"""<!doctype html>
<html lang="en-US" class="respect-color-scheme-preference">
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>Why I write in the mornings &#8211; Early Hours</title>
<meta name="generator" content="WordPress 6.6.2" />
<link rel="canonical" href="https://earlyhours.example/2024/03/31/mornings/" />
</head>
<body class="post-template-default single single-post postid-91 single-format-standard wp-embed-responsive is-light-theme no-js singular has-main-navigation">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header has-title-and-tagline has-menu"><div class="site-branding"><p class="site-title"><a href="https://earlyhours.example/" rel="home">Early Hours</a></p><p class="site-description">A blog written before breakfast</p></div></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-91" class="post-91 post type-post status-publish format-standard hentry category-writing entry">
<header class="entry-header alignwide"><h1 class="entry-title">Why I write in the mornings</h1></header>
<div class="entry-content">
<p>This is my answer to Hanna's blog parade on why we blog, and the short version is: because the mornings are quiet. I get up at five, make tea and write until the house wakes up.</p>
<p>Blogging gives those hours a shape. Without a place to publish, my morning notes would be a pile of unfinished thoughts; with it, I have to finish one now and then, and finishing is the part I need to practise.</p>
<p>I have done this for six years now. Most posts are read by a few dozen people, and that is plenty.</p>
</div>
<footer class="entry-footer default-max-width"><div class="posted-by"><span class="posted-on">Published <time class="entry-date published updated" datetime="2024-03-31T05:48:00+00:00">March 31, 2024</time></span><span class="byline">By <a href="https://earlyhours.example/author/oskar/" rel="author">Oskar Lind</a></span></div><div class="post-taxonomies"><span class="cat-links">Categorized as <a href="https://earlyhours.example/category/writing/" rel="category tag">Writing</a></span></div></footer>
</article>
<div id="comments" class="comments-area default-max-width show-avatars"><h2 class="comments-title">2 comments</h2><ol class="comment-list">
<li id="comment-14" class="comment even thread-even depth-1 parent"><article id="div-comment-14" class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Mira</b> <span class="says">says:</span></div></footer><div class="comment-content"><p>Where is the parade? I would like to join.</p></div></article>
<ol class="children"><li id="comment-15" class="comment byuser comment-author-oskar bypostauthor odd alt depth-2"><article id="div-comment-15" class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><b class="fn"><a href="https://earlyhours.example/" class="url" rel="ugc">Oskar Lind</a></b> <span class="says">says:</span></div></footer><div class="comment-content"><p>Here it is: <a href="{CALL}" rel="ugc">{CALL}</a></p></div></article></li></ol></li>
</ol></div>
</main></div></div>
<footer id="colophon" class="site-footer"><div class="site-info"><div class="powered-by">Proudly powered by <a href="https://wordpress.org/">WordPress</a>.</div></div></footer>
</div>
</body>
</html>""",
    url="https://earlyhours.example/2024/03/31/mornings/",
    title="Why I write in the mornings",
    author_name="Oskar Lind",
    published="2024-03-31T05:48:00+00:00",
    summary_prefix="This is my answer to Hanna's blog parade",
    language="en",
    kind="article",
    call_in_main=False,
    must_not_link=[CALL],
)


def main() -> None:
    for name, html, expected, encoding in PAGES:
        (HERE / f"{name}.html").write_bytes(html.encode(encoding))
        (HERE / f"{name}.json").write_text(
            json.dumps(expected, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
    print(f"wrote {len(PAGES)} pages")


if __name__ == "__main__":
    main()
