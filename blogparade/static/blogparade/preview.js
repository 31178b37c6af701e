// Live preview of the call text in the host dashboard. Without JS the "Preview" button
// does the same on the server. Plain JS, no build.
(function () {
  "use strict";
  var source = document.querySelector("[data-preview-source]");
  var target = document.getElementById("call-preview");
  if (!source || !target || !window.fetch) return;
  var form = source.form;
  var token = form.querySelector("input[name=csrfmiddlewaretoken]");
  var timer = null;
  var seq = 0;
  function update() {
    var mine = ++seq;
    var body = new URLSearchParams();
    body.set("call_text", source.value);
    fetch(target.dataset.previewUrl, {
      method: "POST",
      credentials: "same-origin",
      headers: { "X-CSRFToken": token ? token.value : "", "Content-Type": "application/x-www-form-urlencoded" },
      body: body.toString()
    }).then(function (response) {
      return response.ok ? response.text() : null;
    }).then(function (html) {
      // The endpoint returns HTML sanitised on the server (markdown-it + nh3 allowlist).
      if (html !== null && mine === seq) target.innerHTML = html;
    }).catch(function () { /* keep the last preview */ });
  }
  source.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(update, 350);
  });
  if (source.value) update();
})();
