/* blogparade comment thread embed — plain JavaScript, no build step.
 *
 * On a page of a registered site (`blogparade site add https://blog.example`):
 *   <div id="blogparade-thread"></div>   (optional: without it the thread follows the script)
 *   <script src="https://PARADES.EXAMPLE/embed.js" data-blogparade-thread="/2024/my-post/"
 *           data-lang="de" async></script>
 *   <noscript><a href="https://PARADES.EXAMPLE/comments/feed/?uri=https://blog.example/2024/my-post/">
 *     Read the comments</a></noscript>
 *
 * data-blogparade-thread: the page's path (default: location.pathname); data-lang: de|en
 * (default: the page's lang); data-title: the thread title (default: document.title).
 * Talks to the Isso-compatible JSON API under /isso/ (CORS for registered sites only).
 * Foreign text is inserted with textContent; comment bodies (sanitised on the server) are
 * filtered again here through an allowlist before they reach the page.
 */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || !script.src) { return; }
  var api = new URL(script.src).origin + "/isso/";
  var uri = script.getAttribute("data-blogparade-thread") || location.pathname;
  var title = script.getAttribute("data-title") || document.title;
  var lang = (script.getAttribute("data-lang") || document.documentElement.lang || "en").slice(0, 2).toLowerCase();
  if (lang !== "de") { lang = "en"; }
  var uid = "bp" + Math.random().toString(36).slice(2, 8);

  var T = {
    en: {
      none: "No comments yet on “%t”", one: "One thought on “%t”", many: "%n thoughts on “%t”",
      name: "Name", email: "Email (never published)", website: "Website", comment: "Comment",
      required: "required", remember: "Remember my name, email and website in this browser",
      send: "Post comment", reply: "Reply", cancel: "Cancel reply", deleted: "This comment was deleted.",
      pending: "Your comment is awaiting moderation.", posted: "Your comment was posted.",
      needName: "Please enter your name.", needEmail: "Please enter your email address. It is not published.",
      badEmail: "Please enter a valid email address.", needText: "Please write a comment.",
      badSite: "Please enter a web address starting with http:// or https://.",
      failed: "Sorry, the comment could not be sent: ", loadFailed: "The comments could not be loaded.",
      replyTo: "Reply to %a", leave: "Leave a comment", markdown: "Markdown: *emphasis*, [link](https://…), > quote, `code`",
      permalink: "Link to this comment", anon: "Anonymous"
    },
    de: {
      none: "Noch keine Kommentare zu „%t“", one: "Ein Gedanke zu „%t“", many: "%n Gedanken zu „%t“",
      name: "Name", email: "E-Mail (wird nie veröffentlicht)", website: "Website", comment: "Kommentar",
      required: "Pflichtfeld", remember: "Meinen Namen, meine E-Mail-Adresse und Website in diesem Browser speichern",
      send: "Kommentar abschicken", reply: "Antworten", cancel: "Antwort abbrechen", deleted: "Dieser Kommentar wurde gelöscht.",
      pending: "Dein Kommentar wartet auf Freischaltung.", posted: "Dein Kommentar wurde veröffentlicht.",
      needName: "Bitte gib deinen Namen ein.", needEmail: "Bitte gib deine E-Mail-Adresse ein. Sie wird nicht veröffentlicht.",
      badEmail: "Bitte gib eine gültige E-Mail-Adresse ein.", needText: "Bitte schreib einen Kommentar.",
      badSite: "Bitte gib eine Webadresse ein, die mit http:// oder https:// beginnt.",
      failed: "Der Kommentar konnte leider nicht gesendet werden: ", loadFailed: "Die Kommentare konnten nicht geladen werden.",
      replyTo: "Antwort an %a", leave: "Schreib einen Kommentar", markdown: "Markdown: *betont*, [Link](https://…), > Zitat, `Code`",
      permalink: "Link zu diesem Kommentar", anon: "Anonym"
    }
  }[lang];

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    for (var k in attrs || {}) { if (attrs[k] !== null && attrs[k] !== undefined) { node.setAttribute(k, attrs[k]); } }
    if (text !== undefined && text !== null) { node.textContent = text; }
    return node;
  }

  function httpUrl(value) {
    try {
      var u = new URL(value);
      return (u.protocol === "http:" || u.protocol === "https:") ? u.href : null;
    } catch (e) { return null; }
  }

  // The API escapes author and website for Isso's client; decode them as inert text.
  function unescapeText(s) {
    if (!s) { return ""; }
    var t = new DOMParser().parseFromString("", "text/html").createElement("textarea");
    t.innerHTML = s;
    return t.value;
  }

  var TAGS = { P: 1, BR: 1, A: 1, EM: 1, STRONG: 1, UL: 1, OL: 1, LI: 1, BLOCKQUOTE: 1, CODE: 1, PRE: 1 };

  // Rebuild sanitised HTML from an inert document, keeping only the allowlist.
  function safeNodes(html) {
    var src = new DOMParser().parseFromString(html || "", "text/html").body;
    var out = document.createDocumentFragment();
    (function copy(from, to) {
      for (var n = from.firstChild; n; n = n.nextSibling) {
        if (n.nodeType === 3) { to.appendChild(document.createTextNode(n.nodeValue)); continue; }
        if (n.nodeType !== 1) { continue; }
        if (!TAGS[n.tagName]) { copy(n, to); continue; }
        var c = document.createElement(n.tagName.toLowerCase());
        if (n.tagName === "A") {
          var href = n.getAttribute("href") || "";
          if (httpUrl(href) || /^mailto:/i.test(href)) { c.setAttribute("href", href); }
          c.setAttribute("rel", "nofollow ugc noopener");
        } else if (n.tagName === "OL" && /^\d+$/.test(n.getAttribute("start") || "")) {
          c.setAttribute("start", n.getAttribute("start"));
        }
        copy(n, c);
        to.appendChild(c);
      }
    })(src, out);
    return out;
  }

  function request(method, path, body) {
    var opts = { method: method, credentials: "include", headers: { "Accept-Language": lang } };
    if (body !== undefined) { opts.headers["Content-Type"] = "application/json"; opts.body = JSON.stringify(body); }
    return fetch(api + path, opts).then(function (r) {
      if (r.ok) { return r.json(); }
      return r.text().then(function (msg) {
        var err = new Error(msg.length < 300 ? msg : String(r.status));
        err.status = r.status;
        throw err;
      });
    });
  }

  var root = el("section", { "class": "bp-embed", lang: lang, "aria-labelledby": uid + "-h" });
  var target = script.getAttribute("data-target") && document.querySelector(script.getAttribute("data-target"));
  target = target || document.getElementById("blogparade-thread");
  if (target) { target.appendChild(root); } else { script.parentNode.insertBefore(root, script.nextSibling); }

  var style = el("style", {}, ".bp-embed ol{list-style:none;padding-left:0}.bp-embed ol ol{padding-left:1.5em;border-left:2px solid #ddd}" +
    ".bp-embed article{margin:1em 0}.bp-embed label{display:block;margin-top:.5em}.bp-embed input:not([type=checkbox]),.bp-embed textarea{width:100%;max-width:40em;box-sizing:border-box}" +
    ".bp-embed .bp-error{color:#b00020}.bp-embed .bp-hint{font-size:.9em;color:#555}.bp-embed [aria-invalid=true]{border-color:#b00020}");
  root.appendChild(style);
  var heading = el("h2", { id: uid + "-h" });
  var status = el("p", { role: "status", "aria-live": "polite", "class": "bp-status" });
  var list = el("ol", { "class": "bp-comments" });
  root.appendChild(heading);
  root.appendChild(status);
  root.appendChild(list);

  var total = 0;
  function setHeading() {
    var s = total === 0 ? T.none : (total === 1 ? T.one : T.many);
    heading.textContent = s.replace("%n", String(total)).replace("%t", title);
  }

  function renderComment(c) {
    var li = el("li", { id: "comment-" + c.id });
    var art = el("article", { tabindex: "-1", "aria-labelledby": "comment-" + c.id + "-by" });
    var head = el("header");
    var name = unescapeText(c.author) || T.anon;
    var site = httpUrl(unescapeText(c.website));
    var who = site ? el("a", { href: site, rel: "nofollow ugc noopener" }, name) : el("strong", {}, name);
    who.id = "comment-" + c.id + "-by";
    head.appendChild(who);
    head.appendChild(document.createTextNode(" · "));
    var when = new Date(c.created * 1000);
    var link = el("a", { href: "#comment-" + c.id, title: T.permalink });
    link.appendChild(el("time", { datetime: when.toISOString() }, when.toLocaleString(lang)));
    head.appendChild(link);
    art.appendChild(head);
    var body = el("div", { "class": "bp-text" });
    if (c.mode === 4) { body.appendChild(el("p", {}, T.deleted)); } else { body.appendChild(safeNodes(c.text)); }
    if (c.mode === 2) { body.appendChild(el("p", { "class": "bp-hint" }, T.pending)); }
    art.appendChild(body);
    if (c.mode !== 4) {
      var btn = el("button", { type: "button", "aria-expanded": "false" }, T.reply);
      btn.setAttribute("aria-label", T.replyTo.replace("%a", name));
      btn.addEventListener("click", function () { toggleReply(li, c.id, btn); });
      art.appendChild(btn);
    }
    li.appendChild(art);
    var sub = el("ol");
    (c.replies || []).forEach(function (r) { sub.appendChild(renderComment(r)); });
    li.appendChild(sub);
    return li;
  }

  var remembered = {};
  try { remembered = JSON.parse(localStorage.getItem("blogparade-commenter") || "{}") || {}; } catch (e) { remembered = {}; }

  function field(form, key, label, type, required, hint) {
    var id = uid + "-" + key + "-" + (form.bpParent || 0);
    var wrap = el("p");
    var lab = el("label", { "for": id }, label);
    if (required) { lab.appendChild(el("span", { "aria-hidden": "true" }, " *")); }
    wrap.appendChild(lab);
    var input = type === "textarea"
      ? el("textarea", { id: id, name: key, rows: "6" })
      : el("input", { id: id, name: key, type: type, autocomplete: { author: "name", email: "email", website: "url" }[key] || "off" });
    if (required) { input.required = true; input.setAttribute("aria-required", "true"); }
    if (remembered[key] && type !== "textarea") { input.value = remembered[key]; }
    var err = el("span", { id: id + "-err", "class": "bp-error" });
    var described = id + "-err";
    if (hint) { wrap.appendChild(input); var h = el("span", { id: id + "-hint", "class": "bp-hint" }, hint); described += " " + h.id; wrap.appendChild(h); } else { wrap.appendChild(input); }
    input.setAttribute("aria-describedby", described);
    wrap.appendChild(err);
    form.appendChild(wrap);
    form.bpFields[key] = { input: input, err: err };
  }

  function buildForm(parent) {
    var form = el("form", { "class": "bp-form", novalidate: "novalidate" });
    form.bpParent = parent || null;
    form.bpFields = {};
    form.appendChild(el("h3", {}, parent ? T.reply : T.leave));
    field(form, "text", T.comment, "textarea", true, T.markdown);
    field(form, "author", T.name, "text", true);
    field(form, "email", T.email, "email", true);
    field(form, "website", T.website, "url", false);
    var rid = uid + "-remember-" + (parent || 0);
    var rem = el("p");
    var box = el("input", { type: "checkbox", id: rid });
    box.checked = !!remembered.author;
    rem.appendChild(box);
    rem.appendChild(el("label", { "for": rid, style: "display:inline" }, " " + T.remember));
    form.appendChild(rem);
    var alert = el("p", { role: "alert", "class": "bp-error" });
    form.appendChild(alert);
    form.appendChild(el("button", { type: "submit" }, T.send));
    form.addEventListener("submit", function (ev) {
      ev.preventDefault();
      var f = form.bpFields, v = {}, first = null;
      alert.textContent = "";
      Object.keys(f).forEach(function (k) {
        v[k] = f[k].input.value.trim();
        f[k].err.textContent = "";
        f[k].input.removeAttribute("aria-invalid");
      });
      function bad(k, msg) {
        f[k].err.textContent = msg;
        f[k].input.setAttribute("aria-invalid", "true");
        first = first || f[k].input;
      }
      if (v.text.length < 3) { bad("text", T.needText); }
      if (!v.author) { bad("author", T.needName); }
      if (!v.email) { bad("email", T.needEmail); } else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v.email)) { bad("email", T.badEmail); }
      if (v.website && !httpUrl(v.website)) { bad("website", T.badSite); }
      if (first) { alert.textContent = f[first.name].err.textContent; first.focus(); return; }
      try {
        if (box.checked) {
          localStorage.setItem("blogparade-commenter", JSON.stringify({ author: v.author, email: v.email, website: v.website }));
        } else { localStorage.removeItem("blogparade-commenter"); }
      } catch (e) { /* storage may be off */ }
      var submit = form.querySelector("button[type=submit]");
      submit.disabled = true;
      request("POST", "new?uri=" + encodeURIComponent(uri), {
        text: v.text, author: v.author, email: v.email, website: v.website || null,
        parent: form.bpParent, title: title
      }).then(function (c) {
        var node = renderComment(c);
        var into = form.bpParent ? document.querySelector("#comment-" + form.bpParent + " > ol") : list;
        into.appendChild(node);
        if (c.mode === 1) { total += 1; setHeading(); }
        status.textContent = c.mode === 1 ? T.posted : T.pending;
        f.text.input.value = "";
        if (form.bpParent) { form.parentNode.removeChild(form); }
        node.querySelector("article").focus();
      }, function (e) {
        alert.textContent = T.failed + e.message;
      }).then(function () { submit.disabled = false; });
    });
    return form;
  }

  function toggleReply(li, id, btn) {
    var open = li.querySelector(":scope > form");
    if (open) { li.removeChild(open); btn.setAttribute("aria-expanded", "false"); btn.textContent = T.reply; btn.focus(); return; }
    var form = buildForm(id);
    li.insertBefore(form, li.querySelector(":scope > ol"));
    btn.setAttribute("aria-expanded", "true");
    btn.textContent = T.cancel;
    form.querySelector("textarea").focus();
  }

  setHeading();
  root.appendChild(buildForm(null));
  request("GET", "?uri=" + encodeURIComponent(uri)).then(function (data) {
    total = 0;
    (function count(items) { items.forEach(function (c) { if (c.mode === 1) { total += 1; } count(c.replies || []); }); })(data.replies || []);
    setHeading();
    (data.replies || []).forEach(function (c) { list.appendChild(renderComment(c)); });
    if (location.hash && /^#comment-\d+$/.test(location.hash)) {
      var a = document.getElementById(location.hash.slice(1));
      if (a) { a.scrollIntoView(); }
    }
  }, function () { status.textContent = T.loadFailed; });
})();
