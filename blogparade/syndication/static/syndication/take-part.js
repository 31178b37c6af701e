/* blogparade "take part" form widget — plain JavaScript, no build step.
 *
 * Usage on a registered site (see `blogparade site add`):
 *   <div data-blogparade-take-part="SLUG" data-lang="de"></div>
 *   <script src="https://PARADES.EXAMPLE/widgets/take-part.js" async></script>
 * or, to render right after the script element:
 *   <script src="https://PARADES.EXAMPLE/widgets/take-part.js?parade=SLUG"></script>
 *
 * The form is built from /widgets/take-part.json (labels in the page's language, a signed form
 * token bound to this page's origin) and posts form-encoded to blogparade without cookies.
 * Everything from the server is inserted as text (never innerHTML).
 */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || !script.src) { return; }
  var base = new URL(script.src);
  var origin = base.origin;
  var counter = 0;
  var FIELDS = ["url", "name", "email", "consent"];

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text) { node.textContent = text; }
    return node;
  }

  function language(node) {
    return node.getAttribute("data-lang") || document.documentElement.lang || "";
  }

  function field(form, prefix, name, type, label, help, autocomplete) {
    var wrap = el("p", { "class": "blogparade-field" });
    var id = prefix + "-" + name;
    var input = el("input", { id: id, name: name, type: type, required: "" });
    if (autocomplete) { input.setAttribute("autocomplete", autocomplete); }
    var error = el("span", { id: id + "-error", "class": "blogparade-error" });
    var described = [id + "-error"];
    if (type === "checkbox") {
      input.value = "on";
      var box = el("label", { "for": id });
      box.appendChild(input);
      box.appendChild(document.createTextNode(" " + label));
      wrap.appendChild(box);
    } else {
      wrap.appendChild(el("label", { "for": id }, label));
      wrap.appendChild(el("br"));
      if (type === "url") { input.setAttribute("placeholder", "https://"); }
      wrap.appendChild(input);
    }
    if (help) {
      wrap.appendChild(el("br"));
      wrap.appendChild(el("small", { id: id + "-help" }, help));
      described.push(id + "-help");
    }
    input.setAttribute("aria-describedby", described.join(" "));
    wrap.appendChild(el("br"));
    wrap.appendChild(error);
    form.appendChild(wrap);
    return input;
  }

  function build(container, cfg) {
    container.textContent = "";
    var prefix = "blogparade-tp-" + (++counter);
    var box = el("section", { "class": "blogparade-take-part", "aria-labelledby": prefix + "-title" });
    box.appendChild(el("h2", { id: prefix + "-title" }, cfg.labels.heading));
    container.appendChild(box);
    if (!cfg.accepting) {
      box.appendChild(el("p", { "class": "blogparade-notice" }, cfg.not_accepting));
      container.setAttribute("data-blogparade-rendered", "closed");
      return;
    }
    if (cfg.late) { box.appendChild(el("p", { "class": "blogparade-notice" }, cfg.labels.late)); }
    var action = origin + cfg.action;
    var form = el("form", { method: "post", action: action, novalidate: "" });
    var status = el("p", { "class": "blogparade-status", role: "status", "aria-live": "polite" });
    var inputs = {
      url: field(form, prefix, "url", "url", cfg.labels.url, "", "url"),
      name: field(form, prefix, "name", "text", cfg.labels.name, "", "name"),
      email: field(form, prefix, "email", "email", cfg.labels.email, cfg.labels.email_help, "email"),
      consent: field(form, prefix, "consent", "checkbox", cfg.labels.consent, "", "")
    };
    var trap = el("div", { "aria-hidden": "true", style: "position:absolute;left:-10000px;width:1px;height:1px;overflow:hidden" });
    trap.appendChild(el("label", { "for": prefix + "-homepage" }, cfg.labels.honeypot));
    trap.appendChild(el("input", { id: prefix + "-homepage", name: "homepage", type: "text", tabindex: "-1", autocomplete: "off" }));
    form.appendChild(trap);
    var token = el("input", { type: "hidden", name: "token" });
    token.value = cfg.token;
    form.appendChild(token);
    var button = el("button", { type: "submit" }, cfg.labels.submit);
    form.appendChild(el("p")).appendChild(button);
    form.appendChild(status);
    box.appendChild(form);

    function showErrors(errors) {
      var first = null;
      FIELDS.forEach(function (name) {
        var input = inputs[name];
        var slot = document.getElementById(input.id + "-error");
        var messages = errors[name] || [];
        slot.textContent = messages.join(" ");
        if (messages.length) {
          input.setAttribute("aria-invalid", "true");
          if (!first) { first = input; }
        } else {
          input.removeAttribute("aria-invalid");
        }
      });
      var general = (errors.__all__ || []).join(" ");
      status.textContent = general || cfg.labels.error;
      if (first) { first.focus(); }
    }

    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var missing = {};
      FIELDS.forEach(function (name) {
        var input = inputs[name];
        var empty = input.type === "checkbox" ? !input.checked : !input.value.trim();
        if (empty) { missing[name] = [cfg.labels.required]; }
      });
      if (Object.keys(missing).length) { showErrors(missing); return; }
      var body = new URLSearchParams();
      Array.prototype.forEach.call(form.elements, function (input) {
        if (!input.name) { return; }
        if (input.type === "checkbox" && !input.checked) { return; }
        body.append(input.name, input.value);
      });
      button.disabled = true;
      status.textContent = cfg.labels.sending;
      fetch(action + "&lang=" + encodeURIComponent(language(container)), {
        method: "POST", body: body, credentials: "omit", mode: "cors"
      })
        .then(function (r) { return r.json(); })
        .then(function (data) {
          button.disabled = false;
          if (data.ok) {
            var done = el("p", { "class": "blogparade-done", role: "status", tabindex: "-1" }, data.message);
            box.replaceChild(done, form);
            done.focus();
            container.setAttribute("data-blogparade-submitted", "1");
          } else {
            showErrors(data.errors || {});
          }
        })
        .catch(function () {
          button.disabled = false;
          status.textContent = cfg.labels.network;
        });
    });
    container.setAttribute("data-blogparade-rendered", "form");
  }

  function load(container, slug) {
    var url = origin + "/widgets/take-part.json?parade=" + encodeURIComponent(slug) +
      "&lang=" + encodeURIComponent(language(container));
    fetch(url, { credentials: "omit", mode: "cors" })
      .then(function (r) { if (!r.ok) { throw new Error("HTTP " + r.status); } return r.json(); })
      .then(function (cfg) { build(container, cfg); })
      .catch(function (err) {
        container.setAttribute("data-blogparade-error", String(err && err.message || err));
      });
  }

  var slug = base.searchParams.get("parade");
  if (slug) {
    var holder = el("div", { "data-blogparade-take-part": slug });
    script.parentNode.insertBefore(holder, script.nextSibling);
  }
  var targets = document.querySelectorAll("[data-blogparade-take-part]");
  Array.prototype.forEach.call(targets, function (node) {
    if (node.getAttribute("data-blogparade-loading")) { return; }
    node.setAttribute("data-blogparade-loading", "1");
    load(node, node.getAttribute("data-blogparade-take-part"));
  });
})();
