/* blogparade contribution list widget — plain JavaScript, no build step.
 *
 * Usage on a registered site (see `blogparade site add`):
 *   <div data-blogparade-contributions="SLUG"></div>
 *   <script src="https://PARADES.EXAMPLE/widgets/contributions.js" async></script>
 * or, to render right after the script element:
 *   <script src="https://PARADES.EXAMPLE/widgets/contributions.js?parade=SLUG"></script>
 *
 * Everything from the server is inserted as text (never innerHTML); links must be http(s).
 */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || !script.src) { return; }
  var base = new URL(script.src);
  var origin = base.origin;

  function safeHref(url) {
    try {
      var u = new URL(url);
      return (u.protocol === "https:" || u.protocol === "http:") ? u.href : null;
    } catch (e) { return null; }
  }

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text) { node.textContent = text; }
    return node;
  }

  function link(url, text, cls) {
    var href = safeHref(url);
    if (!href) { return el("span", cls ? { "class": cls } : {}, text); }
    var a = el("a", { href: href, rel: "nofollow ugc noopener" }, text);
    if (cls) { a.className = cls; }
    return a;
  }

  function render(container, data) {
    container.textContent = "";
    var box = el("div", { "class": "blogparade-contributions" });
    var head = el("p", {});
    var strong = el("strong", {});
    strong.appendChild(link(data.parade.url, data.parade.title));
    head.appendChild(strong);
    head.appendChild(document.createTextNode(" — " + data.labels.heading));
    box.appendChild(head);
    if (!data.contributions.length) {
      box.appendChild(el("p", {}, data.labels.empty));
    } else {
      var list = el("ol", {});
      data.contributions.forEach(function (c) {
        var li = el("li", { "class": "h-cite" });
        li.appendChild(link(c.url, c.title, "u-url p-name"));
        if (c.author && c.author.name) {
          li.appendChild(document.createTextNode(" " + data.labels.by + " "));
          li.appendChild(link(c.author.url, c.author.name, "p-author"));
        }
        if (c.late) { li.appendChild(document.createTextNode(" (" + data.labels.late + ")")); }
        list.appendChild(li);
      });
      box.appendChild(list);
    }
    if (data.parade.state === "open") {
      var more = el("p", {});
      more.appendChild(link(data.parade.url + "take-part/", data.labels.take_part));
      box.appendChild(more);
    }
    container.appendChild(box);
    container.setAttribute("data-blogparade-rendered", String(data.count));
  }

  function load(container, slug) {
    var url = origin + "/widgets/contributions.json?parade=" + encodeURIComponent(slug);
    fetch(url, { credentials: "omit", mode: "cors" })
      .then(function (r) { if (!r.ok) { throw new Error("HTTP " + r.status); } return r.json(); })
      .then(function (data) { render(container, data); })
      .catch(function (err) {
        container.setAttribute("data-blogparade-error", String(err && err.message || err));
      });
  }

  var slug = base.searchParams.get("parade");
  if (slug) {
    var holder = el("div", { "data-blogparade-contributions": slug });
    script.parentNode.insertBefore(holder, script.nextSibling);
  }
  var targets = document.querySelectorAll("[data-blogparade-contributions]");
  Array.prototype.forEach.call(targets, function (node) {
    if (node.getAttribute("data-blogparade-loading")) { return; }
    node.setAttribute("data-blogparade-loading", "1");
    load(node, node.getAttribute("data-blogparade-contributions"));
  });
})();
