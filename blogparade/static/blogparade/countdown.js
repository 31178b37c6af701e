// Countdown to a parade's deadline, in the reader's own time zone. Plain JS, no build.
// The server already renders the deadline in the parade's zone; this only adds to it.
(function () {
  "use strict";
  var el = document.querySelector("[data-countdown]");
  if (!el || !window.Intl) return;
  var lang = document.documentElement.lang || undefined;
  var opens = new Date(el.dataset.opens);
  var closes = new Date(el.dataset.closes);
  if (isNaN(closes)) return;

  var local = new Intl.DateTimeFormat(lang, { dateStyle: "full", timeStyle: "short" });
  var zone = Intl.DateTimeFormat().resolvedOptions().timeZone || "";

  function parts(ms) {
    var s = Math.max(0, Math.floor(ms / 1000));
    return { d: Math.floor(s / 86400), h: Math.floor(s / 3600) % 24, m: Math.floor(s / 60) % 60, s: s % 60 };
  }
  function unit(n, name) {
    try {
      return new Intl.NumberFormat(lang, { style: "unit", unit: name, unitDisplay: "long" }).format(n);
    } catch (e) { return n + " " + name; }
  }
  function span(d) {
    var out = [];
    if (d.d) out.push(unit(d.d, "day"));
    if (d.d || d.h) out.push(unit(d.h, "hour"));
    out.push(unit(d.m, "minute"));
    if (!d.d) out.push(unit(d.s, "second"));
    return out.join(", ");
  }
  function text(tag, content) { var n = document.createElement(tag); n.textContent = content; return n; }

  function render() {
    var now = new Date();
    el.textContent = "";
    if (now < opens) {
      el.appendChild(document.createTextNode(el.dataset.labelOpens + " "));
      el.appendChild(text("strong", span(parts(opens - now))));
    } else if (now < closes) {
      el.appendChild(document.createTextNode(el.dataset.labelLeft + " "));
      el.appendChild(text("strong", span(parts(closes - now))));
    } else {
      el.appendChild(document.createTextNode(el.dataset.labelClosed));
    }
    el.appendChild(document.createElement("br"));
    el.appendChild(text("span", el.dataset.labelLocal + " " + local.format(closes) + (zone ? " (" + zone + ")" : "")));
  }
  render();
  var timer = setInterval(function () {
    render();
    if (new Date() > closes) clearInterval(timer);
  }, 1000);
})();
