// A form sent back with errors: put the focus on its error summary, so keyboard and screen
// reader users start where the problem is (the summary links to each field). Forms whose
// address ends in #form-errors get there without JavaScript too. Plain JS.
(function () {
  "use strict";
  var summary = document.querySelector(".form-errors");
  if (!summary) return;
  function focus() {
    if (document.activeElement === document.body || document.activeElement === null) {
      summary.focus();
    }
  }
  focus();
  window.addEventListener("load", focus);
})();
