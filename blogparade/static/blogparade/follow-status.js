// Live status of background work in the host dashboard (a roundup's notifications, a
// WordPress import): while it runs, ask the server every two seconds and update the bar and
// the sentence; when it is over, load the page once so the outcome shows in full.
// The status (JSON) gives "value" and "max" for the bar, "text", and "done".
// Without JS the page shows the state it had when loaded, and a "Refresh" link.
(function () {
  "use strict";
  var box = document.querySelector("[data-status-url]");
  if (!box || !window.fetch || box.dataset.done === "true") return;
  var bar = box.querySelector("progress");
  var text = box.querySelector("[data-status-text]");
  function poll() {
    fetch(box.dataset.statusUrl, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (status) {
        if (!status) return;
        if (bar && status.max) { bar.max = status.max; bar.value = status.value; }
        if (text) text.textContent = status.text;
        if (status.done) window.location.reload();
        else setTimeout(poll, 2000);
      })
      .catch(function () { setTimeout(poll, 5000); });
  }
  setTimeout(poll, 2000);
})();
